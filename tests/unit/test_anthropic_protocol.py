from __future__ import annotations

import json

import orjson
import pytest

from crossroads.protocols.anthropic import drop_unsigned_thinking, has_unsigned_thinking, replace_model
from crossroads.protocols.anthropic_events import message_to_events
from crossroads.protocols.anthropic_stream import AnthropicStreamTap
from crossroads.protocols.sse import SSEDecoder
from tests.conftest import load_raw_requests


def claude_code_bytes(body: dict) -> bytes:
    """Bytes as Claude Code (JSON.stringify) writes them: compact, non-ASCII kept."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def test_replace_model_on_a_recorded_claude_code_body_changes_only_the_model() -> None:
    request = next(r for r in load_raw_requests("01_hello_json.jsonl") if r["method"] == "POST")
    raw = claude_code_bytes(request["body"])
    out = replace_model(raw, "claude-opus-4-8", "gpt-4.1")
    assert out == raw.replace(b'"model":"claude-opus-4-8"', b'"model":"gpt-4.1"', 1)
    assert orjson.loads(out) == {**request["body"], "model": "gpt-4.1"}


def test_replace_model_when_model_is_not_the_first_key() -> None:
    raw = b'{"max_tokens":5, "model" : "a","messages":[]}'
    assert replace_model(raw, "a", "b") == b'{"max_tokens":5, "model" : "b","messages":[]}'


def test_replace_model_ignores_a_nested_model_key_with_the_same_value() -> None:
    raw = (b'{"messages":[{"role":"assistant","content":[{"type":"tool_use","id":"t","name":"Agent",'
           b'"input":{"model":"opus"}}]}],"model":"opus","max_tokens":1}')
    out = replace_model(raw, "opus", "gpt-4.1")
    assert orjson.loads(out)["model"] == "gpt-4.1"
    assert orjson.loads(out)["messages"][0]["content"][0]["input"] == {"model": "opus"}


def test_replace_model_escapes_the_new_value() -> None:
    out = replace_model(b'{"model":"a"}', "a", 'we"ird')
    assert orjson.loads(out) == {"model": 'we"ird'}


def test_replace_model_without_a_model_raises() -> None:
    with pytest.raises(ValueError):
        replace_model(b'{"messages":[{"model":"x"},{"model":"x"}]}', "x", "y")


def test_unsigned_thinking_is_dropped_and_signed_thinking_kept() -> None:
    body = {"messages": [
        {"role": "user", "content": "hi"},
        {"role": "assistant", "content": [
            {"type": "thinking", "thinking": "from deepseek", "signature": ""},
            {"type": "thinking", "thinking": "from claude", "signature": "EqQBCkYI"},
            {"type": "text", "text": "hello"},
        ]},
    ]}
    assert has_unsigned_thinking(body["messages"])
    cleaned = drop_unsigned_thinking(body)
    assert [b.get("thinking") for b in cleaned["messages"][1]["content"]] == ["from claude", None]
    assert not has_unsigned_thinking(cleaned["messages"])


def test_sse_decoder_handles_any_split_and_line_ending() -> None:
    stream = b"event: a\r\ndata: {\"x\":1}\r\n\r\n: comment\n\nevent: b\ndata: line1\ndata: line2\n\n"
    for size in range(1, len(stream)):
        decoder = SSEDecoder()
        events = []
        for start in range(0, len(stream), size):
            events += decoder.feed(stream[start:start + size])
        events += decoder.flush()
        assert [(e.event, e.data) for e in events] == [("a", '{"x":1}'), ("b", "line1\nline2")], size


def test_message_to_events_round_trips_through_the_stream_tap() -> None:
    message = {"id": "msg_1", "type": "message", "role": "assistant", "model": "m",
               "content": [{"type": "thinking", "thinking": "hmm", "signature": "sig"},
                           {"type": "text", "text": "hi"},
                           {"type": "tool_use", "id": "toolu_1", "name": "Write", "input": {"a": 1}}],
               "stop_reason": "tool_use", "stop_sequence": None,
               "usage": {"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 2}}
    tap = AnthropicStreamTap()
    tap.feed(message_to_events(message))
    assert tap.complete and tap.stop_reason == "tool_use" and tap.first_delta_seen
    assert tap.usage == {"input_tokens": 10, "output_tokens": 5, "cache_read_input_tokens": 2}
