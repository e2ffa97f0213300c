"""The arch-router and llm routers against a fake router endpoint: the exact prompt goes out, scripted answers route,
malformed, slow and dead routers fail open to the default model."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import anthropic
import pytest

from tests.fakes import Answer, FakeUpstream, RecordedRequest, faults
from tests.gateway_harness import RunningGateway, free_port, run_gateway

EXPECTED_PROMPT = (
    "\nYou are a helpful assistant designed to find the best suited route.\n"
    "You are provided with route description within <routes></routes> XML tags:\n"
    "<routes>\n"
    '[{"name":"code generation","description":"writing new code"},'
    '{"name":"debugging","description":"fixing bugs and errors"}]\n'
    "</routes>\n\n"
    "<conversation>\n"
    '[{"role":"user","content":"write a parser"},{"role":"assistant","content":"Which format?"},'
    '{"role":"user","content":"JSON, and it crashes on empty input"}]\n'
    "</conversation>\n\n"
    "Your task is to decide which route is best suit with user intent on the conversation in "
    "<conversation></conversation> XML tags.  Follow the instruction:\n"
    '1. If the latest intent from user is irrelevant or user intent is full filled, response with other route '
    '{"route": "other"}.\n'
    "2. You must analyze the route descriptions and find the best match route for user latest intent.\n"
    "3. You only response the name of the route that best matches the user's request, use the exact name in the "
    "<routes></routes>.\n\n"
    "Based on your analysis, provide your response in the following JSON formats if you decide to match any route:\n"
    '{"route": "route_name"}\n'
)

CONVERSATION = [
    {"role": "user", "content": [
        {"type": "text", "text": "<system-reminder>\nToday's date is 2026-11-26.\n</system-reminder>"},
        {"type": "text", "text": "write a parser"}]},
    {"role": "assistant", "content": [{"type": "text", "text": "Which format?"}]},
    {"role": "user", "content": "JSON, and it crashes on empty input"},
]


def config(upstream: str, router: str, router_url: str, timeout: str = "1s") -> str:
    routing = (f"router: arch-router\n  endpoint: {router_url}/v1\n  model: hf.co/katanemo/Arch-Router-1.5B.gguf"
               if router == "arch-router" else "router: llm\n  model: anthropic/claude-haiku-4-5")
    return f"""
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream}/v1
    access_key: sk-o
    routing_preferences:
      - {{name: code generation, description: writing new code}}
  - model: deepseek/deepseek-chat
    base_url: {upstream}/v1
    access_key: sk-d
    routing_preferences:
      - {{name: debugging, description: fixing bugs and errors}}
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream}
    access_key: sk-a
    default: true
  - model: anthropic/claude-haiku-4-5
    base_url: {router_url}
    access_key: sk-router
routing:
  {routing}
  timeout: {timeout}
"""


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        fake.default = Answer(text="answer from the chosen model")
        yield fake


@pytest.fixture
def router() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        yield fake


def ask(gateway: RunningGateway) -> tuple[str, str, str]:
    client = anthropic.Anthropic(base_url=gateway.url, api_key="k", max_retries=0)
    raw = client.messages.with_raw_response.create(model="claude-opus-4-8", max_tokens=50, messages=CONVERSATION)
    assert raw.parse().content[0].text == "answer from the chosen model"
    return raw.headers["x-crossroads-model"], raw.headers["x-crossroads-route"], raw.headers["x-crossroads-reason"]


def test_arch_router_gets_the_exact_prompt_and_its_answer_routes(upstream: FakeUpstream, router: FakeUpstream,
                                                                 tmp_path: Path) -> None:
    router.script(Answer(text='{"route": "debugging"}'))
    with run_gateway(config(upstream.url, "arch-router", router.url), tmp_path) as gateway:
        assert ask(gateway) == ("deepseek/deepseek-chat", "debugging", "router")
    sent = router.requests[0]
    assert sent.path == "/v1/chat/completions"
    body = sent.json()
    assert body["model"] == "hf.co/katanemo/Arch-Router-1.5B.gguf"
    assert body["temperature"] == 0 and body["max_tokens"] <= 64 and body["stream"] is False
    assert body["messages"] == [{"role": "user", "content": EXPECTED_PROMPT}]


@pytest.mark.parametrize("reply, expected", [
    (Answer(text="```json\n{'route': 'code generation'}\n```"), ("openai/gpt-4.1", "code generation", "router")),
    (Answer(text='{"route": ["debugging"]}'), ("deepseek/deepseek-chat", "debugging", "router")),
    (Answer(text='{"route": "other"}'), ("anthropic/claude-sonnet-4-5", "none", "default")),
    (Answer(text="I think you should use astrology"), ("anthropic/claude-sonnet-4-5", "none", "fallback")),
    (faults.invalid_json(), ("anthropic/claude-sonnet-4-5", "none", "fallback")),
    (faults.hang(3, Answer(text='{"route": "debugging"}')), ("anthropic/claude-sonnet-4-5", "none", "fallback")),
])
def test_scripted_malformed_and_slow_router_replies(upstream: FakeUpstream, router: FakeUpstream, tmp_path: Path,
                                                    reply: object, expected: tuple[str, str, str]) -> None:
    router.script(reply)
    with run_gateway(config(upstream.url, "arch-router", router.url, timeout="0.5s"), tmp_path) as gateway:
        assert ask(gateway) == expected


def test_a_dead_router_endpoint_does_not_fail_requests(upstream: FakeUpstream, tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with run_gateway(config(upstream.url, "arch-router", dead), tmp_path) as gateway:
        assert ask(gateway) == ("anthropic/claude-sonnet-4-5", "none", "fallback")
        assert ask(gateway) == ("anthropic/claude-sonnet-4-5", "none", "fallback")


def test_llm_router_asks_a_configured_model_in_its_own_protocol(upstream: FakeUpstream, router: FakeUpstream,
                                                                tmp_path: Path) -> None:
    def route(request: RecordedRequest) -> Answer:
        assert request.json()["messages"][0]["content"] == EXPECTED_PROMPT
        return Answer(text='{"route": "code generation"}')

    router.script(route)
    with run_gateway(config(upstream.url, "llm", router.url), tmp_path) as gateway:
        assert ask(gateway) == ("openai/gpt-4.1", "code generation", "router")
    sent = router.requests[0]
    assert sent.path == "/v1/messages" and sent.header("x-api-key") == "sk-router"
    assert json.loads(sent.body)["model"] == "claude-haiku-4-5"


def test_tool_result_continuations_and_the_small_fast_lane_never_call_the_router(
        upstream: FakeUpstream, router: FakeUpstream, tmp_path: Path) -> None:
    router.script(Answer(text='{"route": "debugging"}'))
    text = config(upstream.url, "arch-router", router.url) + (
        "model_aliases:\n  arch.claude.code.small.fast: {target: claude-sonnet-4-5}\n")
    with run_gateway(text, tmp_path) as gateway:
        client = anthropic.Anthropic(base_url=gateway.url, api_key="k", max_retries=0)
        headers = {"x-claude-code-session-id": "s-1"}
        first = client.messages.with_raw_response.create(
            model="claude-opus-4-8", max_tokens=20, messages=CONVERSATION, extra_headers=headers)
        assert first.headers["x-crossroads-reason"] == "router"
        loop = [*CONVERSATION,
                {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "Read",
                                                   "input": {"file_path": "/x"}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "data"}]}]
        for _ in range(3):
            step = client.messages.with_raw_response.create(model="claude-opus-4-8", max_tokens=20, messages=loop,
                                                            extra_headers=headers)
            assert (step.headers["x-crossroads-reason"], step.headers["x-crossroads-model"]) == (
                "sticky", "deepseek/deepseek-chat")
        lane = client.messages.with_raw_response.create(
            model="claude-haiku-4-5-20251001", max_tokens=20, messages=CONVERSATION, extra_headers=headers)
        assert lane.headers["x-crossroads-reason"] == "lane"
    assert len(router.requests) == 1
