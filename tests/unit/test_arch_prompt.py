from __future__ import annotations

import pytest

from crossroads.routing.conversation import Utterance
from crossroads.routing.routers.arch_prompt import build_prompt, middle_trim, parse_answer, select_window
from crossroads.routing.routers.base import Route, RouterFailure

ROUTES = [Route("code generation", "generating new code"), Route("code review", "reviewing code")]


def test_prompt_has_the_arch_router_shape() -> None:
    prompt = build_prompt([Utterance("user", "write a parser"), Utterance("assistant", "sure"),
                           Utterance("user", "in Rust")], ROUTES)
    assert prompt.startswith("\nYou are a helpful assistant designed to find the best suited route.\n")
    assert '<routes>\n[{"name":"code generation","description":"generating new code"},' in prompt
    assert '<conversation>\n[{"role":"user","content":"write a parser"},{"role":"assistant","content":"sure"},' \
           '{"role":"user","content":"in Rust"}]\n</conversation>' in prompt
    assert 'XML tags.  Follow the instruction:' in prompt
    assert prompt.endswith('{"route": "route_name"}\n')


def test_window_keeps_newest_and_middle_trims_an_oversized_user_message() -> None:
    long = "head " + "x" * 20000 + " tail"
    window = select_window([Utterance("user", "old question"), Utterance("assistant", "old answer"),
                            Utterance("user", long)], budget_chars=1000)
    assert len(window) == 1
    assert window[0]["content"].startswith("head ") and window[0]["content"].endswith(" tail")
    assert len(window[0]["content"]) <= 1000


def test_middle_trim() -> None:
    assert middle_trim("abc", 10) == "abc"
    trimmed = middle_trim("a" * 50 + "b" * 50, 20)
    assert trimmed.startswith("a") and trimmed.endswith("b") and len(trimmed) == 20


@pytest.mark.parametrize("answer, route", [
    ('{"route": "code review"}', "code review"),
    ("```json\n{\"route\": \"code generation\"}\n```", "code generation"),
    ("{'route': 'code review'}", "code review"),
    ('{"route": ["code review", "code generation"]}', "code review"),
    ('{"route": "other"}', None),
    ('{"route": []}', None),
    ('"Code Review"', "code review"),
    ("code generation", "code generation"),
    ('Sure! {"route": "code review"}', "code review"),
])
def test_tolerant_parsing(answer: str, route: str | None) -> None:
    assert parse_answer(answer, ROUTES) == route


@pytest.mark.parametrize("answer", ["", '{"route": "astrology"}', '{"route": 5}'])
def test_unreadable_answers_are_router_failures(answer: str) -> None:
    with pytest.raises(RouterFailure):
        parse_answer(answer, ROUTES)
