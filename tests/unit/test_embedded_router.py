"""The embedded router with its real encoders and shipped heads: plain requests land on the obvious route, the
cascade only asks e5 when the fast head is unsure, and routes users describe themselves work too."""

from __future__ import annotations

import asyncio
from pathlib import Path

import numpy as np
import pytest

from crossroads.config import load_config
from crossroads.routing.conversation import Utterance, utterances
from crossroads.routing.pipeline import configured_routes
from crossroads.routing.routers.base import Route
from crossroads.routing.routers.embedded import EmbeddedRouter
from crossroads.routing.routers.encoder import E5Encoder

SAMPLE = Path(__file__).resolve().parents[2] / "src/crossroads/cli/sample_config.yaml"


class CountingE5(E5Encoder):
    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def encode(self, texts: list[str]) -> np.ndarray:
        self.calls += 1
        return super().encode(texts)


@pytest.fixture(scope="module")
def routes() -> list[Route]:
    return configured_routes(load_config(SAMPLE, env={}))[0]


@pytest.fixture(scope="module")
def router(routes: list[Route]) -> EmbeddedRouter:
    router = EmbeddedRouter(intent_encoder=CountingE5())
    asyncio.run(router.warm_up(routes))
    return router


def said(*turns: str) -> list[Utterance]:
    return [Utterance("user" if i % 2 == 0 else "assistant", text) for i, text in enumerate(turns)]


@pytest.mark.parametrize(("text", "expected"), [
    ("write a python function that parses ISO 8601 dates and returns a timezone-aware datetime", "code generation"),
    ("the checkout tests started failing after the last merge with KeyError: 'currency', can you find why?",
     "debugging"),
    ("add docstrings to every public function in billing/invoice.py and update the README's usage section",
     "documentation"),
    ("should we split the monolith into services or keep a modular monolith? we are 6 engineers", "architecture"),
    ("walk me through how the request middleware chain in this codebase works", "code understanding"),
    ("please review my pull request for security problems and style issues before I merge it", "code review"),
    ("what's a good recipe for banana bread?", None),
])
def test_plain_requests_take_the_obvious_route(router: EmbeddedRouter, routes: list[Route], text: str,
                                                expected: str | None) -> None:
    result = router.decide(said(text), routes)
    assert result.route == expected, result.explanation
    assert set(result.scores) == {r.name for r in routes} | {"other"}
    assert abs(sum(result.scores.values()) - 1) < 1e-4


def test_e5_is_read_only_when_the_fast_head_is_unsure(routes: list[Route]) -> None:
    counting = CountingE5()
    confident = EmbeddedRouter(intent_encoder=counting, confident=0.0)  # the fast head always answers
    result = confident.decide(said("write a bash script that backs up /etc every night"), routes)
    assert counting.calls == 0 and "fast head" in result.explanation
    unsure = EmbeddedRouter(intent_encoder=counting, confident=2.0)  # it never is sure enough
    result = unsure.decide(said("write a bash script that backs up /etc every night"), routes)
    assert counting.calls == 1 and "full head, e5" in result.explanation
    assert result.route == "code generation"


@pytest.mark.xfail(strict=True, reason="known weakness: a terse follow-up after a coding turn scores 'other' "
                   "(multi-turn follow-ups are 87.5% on the dev set); strict, so a fix shows up here")
def test_a_terse_follow_up_keeps_the_intent_it_continues(router: EmbeddedRouter, routes: list[Route]) -> None:
    conversation = said("write a python function that merges overlapping intervals",
                        "Here is `merge_intervals`: it sorts by start, then folds overlapping ranges.",
                        "now the same in rust please")
    assert router.decide(conversation, routes).route == "code generation"


OWN_ROUTES = [Route("sql", "writing and optimising SQL queries for our Postgres warehouse"),
              Route("frontend", "React components, CSS and anything the browser renders"),
              Route("emails", "drafting emails and messages to customers")]


def test_routes_users_describe_themselves(router: EmbeddedRouter) -> None:
    assert router.decide(said("draft a polite reply to a customer asking for a refund"), OWN_ROUTES).route == "emails"
    assert router.decide(said("what's the capital of France?"), OWN_ROUTES).route is None


@pytest.mark.parametrize(("text", "expected"), [
    ("write a query for monthly revenue per region from the orders table", "sql"),
    ("build a dropdown menu component with keyboard navigation", "frontend"),
])
def test_narrow_coding_routes_users_describe_themselves(router: EmbeddedRouter, text: str, expected: str) -> None:
    assert router.decide(said(text), OWN_ROUTES).route == expected


def test_claude_code_envelopes_are_not_read(router: EmbeddedRouter, routes: list[Route]) -> None:
    messages = [{"role": "user", "content": [
        {"type": "text", "text": "<system-reminder>\nAs you answer the user's questions, you can use the following "
                                 "context:\n# claudeMd\nAlways write docs in British English.\n</system-reminder>"},
        {"type": "text", "text": "the login endpoint returns 500 since this morning, here's the trace:\n"
                                 "Traceback (most recent call last):\n  File \"app.py\", line 12, in login\n"
                                 "KeyError: 'user_id'"}]}]
    assert router.decide(utterances(messages), routes).route == "debugging"


def test_two_examples_per_route_sharpen_narrow_routes(router: EmbeddedRouter) -> None:
    sharpened = [Route("sql", OWN_ROUTES[0].description,
                       ("SELECT total sales per month from orders", "speed up this slow join")),
                 Route("frontend", OWN_ROUTES[1].description,
                       ("make a React modal component", "fix the navbar layout on mobile with CSS")),
                 OWN_ROUTES[2]]
    assert router.decide(said("write a query for monthly revenue per region from the orders table"),
                         sharpened).route == "sql"
    assert router.decide(said("build a dropdown menu component with keyboard navigation"), sharpened).route == "frontend"
    assert router.decide(said("what's the capital of France?"), sharpened).route is None
