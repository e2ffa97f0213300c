"""The official anthropic SDK drives crossroads; the same scripted answer must come back identical whether the
upstream speaks OpenAI (translation) or Anthropic (passthrough)."""

from __future__ import annotations

import base64
import json
from typing import Any

import anthropic
import pytest

from tests.conftest import load_raw_requests
from tests.fakes import Answer, FakeUpstream, anthropic_error, openai_error, tool_call
from tests.gateway_harness import RunningGateway, wait_for_records
from tests.integration.conftest import ANTHROPIC_KEY, OPENAI_KEY

TRANSLATED = "openai/gpt-4.1"
PASSTHROUGH = "anthropic/claude-sonnet-4-5"

TOOLS = [
    {"name": "Write", "description": "Write a file",
     "input_schema": {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
                      "properties": {"file_path": {"type": "string"}, "content": {"type": "string"}},
                      "required": ["file_path", "content"], "additionalProperties": False}},
    {"name": "Bash", "description": "Run a command",
     "input_schema": {"type": "object", "properties": {"command": {"type": "string"}}, "required": ["command"]}},
]

PNG_1X1 = base64.b64encode(bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")).decode()


def client(gateway: RunningGateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key="client-key", max_retries=0)


def comparable(message: anthropic.types.Message) -> list[dict[str, Any]]:
    """Content blocks with ids and signatures aside (they are provider-specific by nature)."""
    blocks = []
    for block in message.content:
        data = block.model_dump(exclude_none=True)
        data.pop("id", None)
        data.pop("signature", None)
        blocks.append(data)
    return blocks


def usage_of(message: anthropic.types.Message) -> tuple[int, int, int]:
    usage = message.usage
    return usage.input_tokens, usage.output_tokens, usage.cache_read_input_tokens or 0


def both(upstream: FakeUpstream, answer: Answer) -> None:
    upstream.script(answer, answer)


@pytest.mark.parametrize("stream", [False, True])
def test_text_and_parallel_tool_calls_are_identical_through_translation_and_passthrough(
    upstream: FakeUpstream, gateway: RunningGateway, stream: bool
) -> None:
    answer = Answer(
        text="I'll write both files.",
        tool_calls=[tool_call("Write", {"file_path": "/tmp/a.txt", "content": "a\n"}),
                    tool_call("Bash", {"command": "ls -la /tmp"})],
        input_tokens=120, output_tokens=40, cache_read_tokens=30,
    )
    both(upstream, answer)
    results = []
    for model in (TRANSLATED, PASSTHROUGH):
        kwargs = {"model": model, "max_tokens": 1024, "tools": TOOLS,
                  "messages": [{"role": "user", "content": "write a.txt and list /tmp"}]}
        if stream:
            with client(gateway).messages.stream(**kwargs) as events:
                results.append(events.get_final_message())
        else:
            results.append(client(gateway).messages.create(**kwargs))
    translated, passed = results
    assert comparable(translated) == comparable(passed)
    assert translated.stop_reason == passed.stop_reason == "tool_use"
    assert usage_of(translated) == usage_of(passed) == (120, 40, 30)
    assert [b.type for b in translated.content] == ["text", "tool_use", "tool_use"]
    # Tool ids survive translation (the fake's OpenAI id is derived from the Anthropic one).
    assert translated.content[1].id.endswith(passed.content[1].id.removeprefix("toolu_"))


def test_thinking_comes_back_as_a_thinking_block_through_translation(
    upstream: FakeUpstream, gateway: RunningGateway
) -> None:
    answer = Answer(thinking="The user wants a greeting.", text="Hello!")
    both(upstream, answer)
    messages = []
    for model in (TRANSLATED, PASSTHROUGH):
        with client(gateway).messages.stream(
            model=model, max_tokens=2048, thinking={"type": "enabled", "budget_tokens": 1024},
            messages=[{"role": "user", "content": "hi"}],
        ) as events:
            messages.append(events.get_final_message())
    assert comparable(messages[0]) == comparable(messages[1])
    assert messages[0].content[0].type == "thinking"
    assert messages[0].content[0].thinking == "The user wants a greeting."


def test_tool_results_with_is_error_and_images_reach_the_openai_upstream_in_order(
    upstream: FakeUpstream, gateway: RunningGateway
) -> None:
    upstream.script(Answer(text="Understood."))
    client(gateway).messages.create(
        model=TRANSLATED, max_tokens=100, tools=TOOLS,
        messages=[
            {"role": "user", "content": [{"type": "text", "text": "look at this"},
                                         {"type": "image", "source": {"type": "base64", "media_type": "image/png",
                                                                      "data": PNG_1X1}}]},
            {"role": "assistant", "content": [
                {"type": "text", "text": "Running both."},
                {"type": "tool_use", "id": "toolu_01A", "name": "Bash", "input": {"command": "false"}},
                {"type": "tool_use", "id": "toolu_01B", "name": "Write", "input": {"file_path": "/x", "content": ""}},
            ]},
            {"role": "user", "content": [
                {"type": "tool_result", "tool_use_id": "toolu_01A", "content": "exit 1", "is_error": True},
                {"type": "tool_result", "tool_use_id": "toolu_01B",
                 "content": [{"type": "text", "text": "written"}]},
            ]},
        ],
    )
    sent = upstream.requests[-1].json()
    roles = [m["role"] for m in sent["messages"]]
    assert roles == ["user", "assistant", "tool", "tool"]
    assert sent["messages"][0]["content"][1]["image_url"]["url"].startswith("data:image/png;base64,")
    calls = sent["messages"][1]["tool_calls"]
    assert [c["id"] for c in calls] == ["toolu_01A", "toolu_01B"]
    assert json.loads(calls[0]["function"]["arguments"]) == {"command": "false"}
    assert sent["messages"][2]["tool_call_id"] == "toolu_01A" and "exit 1" in sent["messages"][2]["content"]
    assert "error" in sent["messages"][2]["content"].lower()
    assert sent["messages"][3]["tool_call_id"] == "toolu_01B"
    assert sent["tools"][0]["function"]["parameters"]["properties"]["file_path"] == {"type": "string"}


def test_passthrough_forwards_recorded_claude_code_bytes_with_only_the_model_changed(
    upstream: FakeUpstream, gateway: RunningGateway
) -> None:
    import httpx

    recorded = [r for r in load_raw_requests("05a_tool_write_bypass.jsonl") if r["method"] == "POST"]
    for request in recorded:
        body = {**request["body"], "model": PASSTHROUGH}
        raw = json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()
        headers = {k: v for k, v in request["headers"].items() if k.lower() not in ("host", "content-length")}
        upstream.script(Answer(text="ok"))
        response = httpx.post(f"{gateway.url}/v1/messages?beta=true", content=raw, headers=headers, timeout=10)
        assert response.status_code == 200
        got = upstream.requests[-1]
        expected = raw.replace(f'"model":"{PASSTHROUGH}"'.encode(), b'"model":"claude-sonnet-4-5"', 1)
        assert got.body == expected
        assert got.query == "beta=true"
        assert got.header("x-api-key") == ANTHROPIC_KEY
        assert got.header("anthropic-beta") == request["headers"]["anthropic-beta"]
        assert got.header("x-claude-code-session-id") == request["headers"]["X-Claude-Code-Session-Id"]
    # A multi-turn conversation keeps its cache_control breakpoints untouched.
    assert b'"cache_control":{"type":"ephemeral"}' in upstream.requests[-1].body


def test_thinking_signatures_survive_passthrough_and_unsigned_thinking_is_dropped(
    upstream: FakeUpstream, gateway: RunningGateway
) -> None:
    upstream.script(Answer(text="again"), Answer(text="again"))
    signed = {"type": "thinking", "thinking": "plan", "signature": "EqQBCkYIBRgCKkD"}
    history = [{"role": "user", "content": "hi"},
               {"role": "assistant", "content": [signed, {"type": "text", "text": "hello"}]},
               {"role": "user", "content": "and again"}]
    client(gateway).messages.create(model=PASSTHROUGH, max_tokens=64, messages=history)
    assert upstream.requests[-1].json()["messages"][1]["content"][0] == signed
    unsigned = [{**history[1], "content": [{"type": "thinking", "thinking": "from gpt", "signature": ""},
                                           {"type": "text", "text": "hello"}]}]
    client(gateway).messages.create(model=PASSTHROUGH, max_tokens=64, messages=[history[0], *unsigned, history[2]])
    assert [b["type"] for b in upstream.requests[-1].json()["messages"][1]["content"]] == ["text"]


def test_every_response_says_which_model_answered_and_why(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.script(Answer(text="a"), Answer(text="b"))
    raw = client(gateway).messages.with_raw_response.create(
        model="claude-opus-4-8", max_tokens=10, messages=[{"role": "user", "content": "hi"}])
    assert raw.headers["x-crossroads-model"] == TRANSLATED
    assert raw.headers["x-crossroads-reason"] == "default"
    assert raw.headers["x-crossroads-route"] == "none"
    assert raw.headers["x-crossroads-request-id"].startswith("req_")
    raw = client(gateway).messages.with_raw_response.create(
        model=PASSTHROUGH, max_tokens=10, messages=[{"role": "user", "content": "hi"}])
    assert (raw.headers["x-crossroads-model"], raw.headers["x-crossroads-reason"]) == (PASSTHROUGH, "explicit")
    records = wait_for_records(gateway, 2)
    assert [r.model for r in records[-2:]] == [TRANSLATED, PASSTHROUGH]
    assert all(r.status == 200 and r.latency_ms > 0 for r in records[-2:])


@pytest.mark.parametrize("model, reply, error_class", [
    (TRANSLATED, openai_error(429, "Rate limit reached", retry_after=7), anthropic.RateLimitError),
    (PASSTHROUGH, anthropic_error(429, "rate_limit_error", "slow down", retry_after=7), anthropic.RateLimitError),
    (TRANSLATED, openai_error(401, "Incorrect API key provided"), anthropic.AuthenticationError),
    (TRANSLATED, openai_error(400, "Invalid 'messages'"), anthropic.BadRequestError),
    (PASSTHROUGH, anthropic_error(529, "overloaded_error", "Overloaded"), anthropic.InternalServerError),
    (TRANSLATED, openai_error(503, "The engine is currently overloaded"), anthropic.InternalServerError),
])
def test_upstream_errors_become_anthropic_errors(
    upstream: FakeUpstream, gateway: RunningGateway, model: str, reply: Any, error_class: type
) -> None:
    upstream.script(reply)
    with pytest.raises(error_class) as info:
        client(gateway).messages.create(model=model, max_tokens=10, messages=[{"role": "user", "content": "hi"}])
    body = info.value.body
    assert body["type"] == "error" and body["error"]["message"]
    if info.value.status_code == 429:
        assert info.value.response.headers["retry-after"] == "7"
    assert OPENAI_KEY not in json.dumps(body) and ANTHROPIC_KEY not in json.dumps(body)


def test_count_tokens_is_exact_upstream_and_estimated_offline(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.token_count = 4242
    request = {"messages": [{"role": "user", "content": "hello world " * 50}], "tools": TOOLS,
               "system": "You are helpful."}
    exact = client(gateway).messages.count_tokens(model=PASSTHROUGH, **request)
    assert exact.input_tokens == 4242
    estimate = client(gateway).messages.count_tokens(model=TRANSLATED, **request)
    assert 150 < estimate.input_tokens < 1000  # tools and system counted, never a fake 0


def test_models_lists_configured_models(gateway: RunningGateway) -> None:
    ids = [m.id for m in client(gateway).models.list()]
    assert ids == [TRANSLATED, PASSTHROUGH]


def test_bad_requests_get_anthropic_errors_and_the_gateway_keeps_serving(
    upstream: FakeUpstream, gateway: RunningGateway
) -> None:
    import httpx

    cases = [
        (b"{not json", 400, "not valid JSON"),
        (b"[]", 400, "JSON object"),
        (b'{"model":"x","max_tokens":5,"messages":[]}', 400, "at least one message"),
        (b'{"model":"x","messages":[{"role":"user","content":"hi"}]}', 400, "max_tokens"),
        (b'{"model":"x","max_tokens":5,"messages":[{"role":"robot","content":"hi"}]}', 400, "role"),
        (b'{"model":"x","max_tokens":99999999999,"messages":[{"role":"user","content":"hi"}]}', 400, "max_tokens"),
        (b'\xff\xfe{"model"', 400, "UTF-8"),
    ]
    for body, status, needle in cases:
        response = httpx.post(f"{gateway.url}/v1/messages", content=body,
                              headers={"content-type": "application/json"})
        assert response.status_code == status, body
        error = response.json()
        assert error["type"] == "error" and error["error"]["type"] == "invalid_request_error"
        assert needle in error["error"]["message"]
    upstream.script(Answer(text="still here"))
    message = client(gateway).messages.create(model=TRANSLATED, max_tokens=10,
                                              messages=[{"role": "user", "content": "hi"}])
    assert message.content[0].text == "still here"
