from __future__ import annotations

import asyncio
from typing import Any

import pytest

from crossroads.config import parse_config
from crossroads.routing.conversation import (
    Utterance,
    is_tool_continuation,
    strip_envelopes,
    utterances,
)
from crossroads.routing.pipeline import RoutingPipeline
from crossroads.routing.routers.base import Route, RouteResult, RouterFailure
from crossroads.routing.sessions import SessionCache, TurnChoice
from tests.conftest import load_raw_requests

CONFIG = """
llm_providers:
  - model: openai/gpt-4.1
    access_key: k
    routing_preferences:
      - {name: code generation, description: writing new code}
  - model: deepseek/deepseek-chat
    access_key: k
    routing_preferences:
      - {name: debugging, description: fixing bugs}
  - model: anthropic/claude-sonnet-4-5
    access_key: k
    default: true
  - model: anthropic/claude-haiku-4-5
    access_key: k
model_aliases:
  arch.claude.code.small.fast: {target: claude-haiku-4-5}
routing:
  timeout: 0.2s
  scenarios: {subagent: openai/gpt-4.1}
"""


class ScriptedRouter:
    """A router double: answers by keyword and counts its calls."""

    name = "scripted"

    def __init__(self, delay: float = 0.0, fail: bool = False) -> None:
        self.calls: list[list[Utterance]] = []
        self.delay = delay
        self.fail = fail

    async def warm_up(self, routes: list[Route]) -> None:
        pass

    async def close(self) -> None:
        pass

    async def route(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        self.calls.append(conversation)
        if self.delay:
            await asyncio.sleep(self.delay)
        if self.fail:
            raise RouterFailure("endpoint unreachable")
        text = conversation[-1].text.lower()
        if "bug" in text or "error" in text:
            return RouteResult("debugging", {"debugging": 0.9, "code generation": 0.1})
        if "write" in text:
            return RouteResult("code generation", {"debugging": 0.1, "code generation": 0.9})
        return RouteResult(None, {})


def user(text: str) -> dict[str, Any]:
    return {"role": "user", "content": [{"type": "text", "text": text}]}


def tool_use(tool_id: str) -> dict[str, Any]:
    return {"role": "assistant", "content": [{"type": "tool_use", "id": tool_id, "name": "Read", "input": {}}]}


def tool_result(tool_id: str) -> dict[str, Any]:
    return {"role": "user", "content": [{"type": "tool_result", "tool_use_id": tool_id, "content": "ok"}]}


def make(router: ScriptedRouter | None = None) -> tuple[RoutingPipeline, ScriptedRouter]:
    router = router or ScriptedRouter()
    return RoutingPipeline(parse_config(CONFIG, {}), router), router


def body(*messages: dict[str, Any], model: str = "claude-opus-4-8") -> dict[str, Any]:
    return {"model": model, "max_tokens": 10, "messages": list(messages)}


async def test_new_user_turn_is_routed_and_tool_continuation_sticks_without_calling_the_router() -> None:
    pipeline, router = make()
    first = await pipeline.decide(body(user("there is a bug in parse()")), session="s1")
    assert (first.reason, first.route, first.target.full) == ("router", "debugging", "deepseek/deepseek-chat")
    assert len(router.calls) == 1
    follow = body(user("there is a bug in parse()"), tool_use("t1"), tool_result("t1"))
    second = await pipeline.decide(follow, session="s1")
    assert (second.reason, second.target.full, second.route) == ("sticky", "deepseek/deepseek-chat", "debugging")
    assert len(router.calls) == 1


async def test_a_new_user_text_turn_with_another_intent_switches_model() -> None:
    pipeline, router = make()
    await pipeline.decide(body(user("fix this bug")), session="s1")
    convo = body(user("fix this bug"), {"role": "assistant", "content": "fixed"}, user("now write a CLI for it"))
    decision = await pipeline.decide(convo, session="s1")
    assert (decision.reason, decision.target.full) == ("router", "openai/gpt-4.1")
    assert len(router.calls) == 2


async def test_small_fast_lane_never_calls_the_router() -> None:
    pipeline, router = make()
    decision = await pipeline.decide(body(user("write a title"), model="claude-haiku-4-5-20251001"))
    assert (decision.reason, decision.target.full) == ("lane", "anthropic/claude-haiku-4-5")
    decision = await pipeline.decide(body(user("write a title"), model="arch.claude.code.small.fast"))
    assert decision.reason == "lane"
    assert router.calls == []


async def test_explicit_provider_model_and_header_skip_the_router() -> None:
    pipeline, router = make()
    decision = await pipeline.decide(body(user("fix this bug"), model="openai/gpt-4.1"))
    assert (decision.reason, decision.target.full) == ("explicit", "openai/gpt-4.1")
    decision = await pipeline.decide(body(user("fix this bug")), header_model="claude-sonnet-4-5")
    assert (decision.reason, decision.target.full) == ("explicit", "anthropic/claude-sonnet-4-5")
    assert router.calls == []


async def test_a_bare_claude_id_is_still_routed_when_routes_exist() -> None:
    pipeline, _router = make()
    decision = await pipeline.decide(body(user("fix this bug"), model="claude-sonnet-4-5"))
    assert decision.reason == "router"
    # No route fits: the requested model, being configured, answers.
    decision = await pipeline.decide(body(user("hello there"), model="claude-sonnet-4-5"))
    assert (decision.reason, decision.target.full) == ("default", "anthropic/claude-sonnet-4-5")


@pytest.mark.parametrize("router", [ScriptedRouter(fail=True), ScriptedRouter(delay=5)])
async def test_a_failing_or_slow_router_fails_open_to_the_default(router: ScriptedRouter) -> None:
    pipeline, _ = make(router)
    decision = await pipeline.decide(body(user("fix this bug")))
    assert (decision.reason, decision.target.full) == ("fallback", "anthropic/claude-sonnet-4-5")
    assert decision.router_ms is not None and decision.router_ms < 2000


async def test_subagent_scenario() -> None:
    pipeline, _router = make()
    request = body(user("look around"))
    request["system"] = [{"type": "text", "text": "You are an agent for Claude Code, Anthropic's official CLI"}]
    decision = await pipeline.decide(request)
    assert (decision.reason, decision.target.full) == ("scenario", "openai/gpt-4.1")


async def test_sticky_is_per_conversation_within_a_session() -> None:
    """A subagent shares the session id but not the first message: its choice must not leak to the parent."""
    pipeline, _ = make()
    await pipeline.decide(body(user("write a parser")), session="s")
    await pipeline.decide(body(user("there is a bug in the lexer")), session="s")  # another conversation
    follow = await pipeline.decide(body(user("write a parser"), tool_use("t"), tool_result("t")), session="s")
    assert follow.target.full == "openai/gpt-4.1"


def test_router_reads_text_without_envelopes_or_tool_traffic() -> None:
    requests = [r for r in load_raw_requests("05a_tool_write_bypass.jsonl") if r["method"] == "POST"]
    messages = requests[-1]["body"]["messages"]
    said = utterances(messages)
    assert said and all("<system-reminder>" not in u.text for u in said)
    assert said[0].role == "user"
    assert is_tool_continuation(messages)
    assert not is_tool_continuation(requests[0]["body"]["messages"])


def test_strip_envelopes() -> None:
    text = "<system-reminder>\nnoise\n</system-reminder>\nfix the bug<user-prompt-submit-hook>x</user-prompt-submit-hook>"
    assert strip_envelopes(text) == "fix the bug"


def test_session_cache_is_bounded_by_size_and_ttl() -> None:
    cache = SessionCache(max_sessions=2, ttl=10)
    cache.put("a", TurnChoice("m1", None), now=0)
    cache.put("b", TurnChoice("m2", None), now=0)
    cache.get("a", now=1)  # a is now the most recent
    cache.put("c", TurnChoice("m3", None), now=1)
    assert cache.get("b", now=1) is None and cache.get("a", now=1) is not None
    assert cache.get("a", now=100) is None
    assert len(cache) == 1
