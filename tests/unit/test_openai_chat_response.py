"""to_anthropic_message: non-streaming Chat Completions responses → Anthropic Messages."""

from __future__ import annotations

from typing import Any

import pytest

from crossroads.protocols.openai_chat import to_anthropic_message
from crossroads.protocols.openai_chat.jsonfix import RAW_ARGUMENTS_KEY


def completion(message: dict, finish_reason: str | None = "stop", usage: dict | None = None, **choice: Any) -> dict:
    body: dict[str, Any] = {
        "id": "chatcmpl-1", "object": "chat.completion", "model": "upstream-model",
        "choices": [{"index": 0, "message": {"role": "assistant", **message}, "finish_reason": finish_reason,
                     **choice}],
    }
    if usage is not None:
        body["usage"] = usage
    return body


def call(call_id: str | None, name: str, arguments: Any) -> dict:
    out: dict[str, Any] = {"type": "function", "function": {"name": name, "arguments": arguments}}
    if call_id:
        out["id"] = call_id
    return out


def test_full_message_with_reasoning_text_and_tools_in_anthropic_order() -> None:
    chat = completion(
        {"content": "Creating it.", "reasoning_content": "User wants a file.",
         "tool_calls": [call("call_1", "Write", '{"file_path":"/a","content":"x"}'), call("call_2", "Bash", "{}")]},
        finish_reason="tool_calls",
        usage={"prompt_tokens": 120, "completion_tokens": 30, "prompt_tokens_details": {"cached_tokens": 100}},
    )
    message = to_anthropic_message(chat, "gw-model", "msg_abc")
    assert message == {
        "id": "msg_abc", "type": "message", "role": "assistant", "model": "gw-model",
        "content": [
            {"type": "thinking", "thinking": "User wants a file.", "signature": ""},
            {"type": "text", "text": "Creating it."},
            {"type": "tool_use", "id": "call_1", "name": "Write", "input": {"file_path": "/a", "content": "x"}},
            {"type": "tool_use", "id": "call_2", "name": "Bash", "input": {}},
        ],
        "stop_reason": "tool_use", "stop_sequence": None,
        "usage": {"input_tokens": 20, "output_tokens": 30, "cache_creation_input_tokens": 0,
                  "cache_read_input_tokens": 100},
    }


@pytest.mark.parametrize(("finish_reason", "expected"), [
    ("stop", "end_turn"), ("length", "max_tokens"), ("tool_calls", "tool_use"), ("function_call", "tool_use"),
    ("content_filter", "refusal"), (None, "end_turn"), ("model_length", "max_tokens"), ("weird", "end_turn"),
])
def test_finish_reason_mapping(finish_reason: str | None, expected: str) -> None:
    assert to_anthropic_message(completion({"content": "x"}, finish_reason), "m", "id")["stop_reason"] == expected


def test_tool_calls_with_finish_stop_are_tool_use_but_length_stays_max_tokens() -> None:
    tools = {"content": None, "tool_calls": [call("c", "Read", "{}")]}
    assert to_anthropic_message(completion(tools, "stop"), "m", "id")["stop_reason"] == "tool_use"
    assert to_anthropic_message(completion(tools, "length"), "m", "id")["stop_reason"] == "max_tokens"


def test_stop_sequence_reported_by_vllm() -> None:
    message = to_anthropic_message(completion({"content": "x"}, "stop", stop_reason="###"), "m", "id")
    assert (message["stop_reason"], message["stop_sequence"]) == ("stop_sequence", "###")
    message = to_anthropic_message(completion({"content": "x"}, "stop", stop_reason=128001), "m", "id")
    assert (message["stop_reason"], message["stop_sequence"]) == ("end_turn", None)


def test_invalid_arguments_are_repaired_with_a_note_or_kept_raw() -> None:
    notes: list[str] = []
    chat = completion({"tool_calls": [call("a", "Edit", '{"x": 1,}'), call("b", "Edit", "oops")]}, "tool_calls")
    message = to_anthropic_message(chat, "m", "id", notes)
    assert message["content"][0]["input"] == {"x": 1}
    assert message["content"][1]["input"] == {RAW_ARGUMENTS_KEY: "oops"}
    assert len(notes) == 2 and all(note.startswith("Edit: ") for note in notes)


def test_arguments_given_as_an_object_and_missing_ids() -> None:
    chat = completion({"tool_calls": [call(None, "Read", {"file_path": "/x"})]}, "tool_calls")
    block = to_anthropic_message(chat, "m", "msg_9")["content"][0]
    assert block == {"type": "tool_use", "id": "toolu_msg_9_0", "name": "Read", "input": {"file_path": "/x"}}


def test_legacy_function_call() -> None:
    chat = completion({"function_call": {"name": "Read", "arguments": '{"a": 1}'}}, "function_call")
    message = to_anthropic_message(chat, "m", "id")
    assert message["content"][0]["input"] == {"a": 1} and message["stop_reason"] == "tool_use"


def test_empty_response_has_one_empty_text_block() -> None:
    message = to_anthropic_message(completion({"content": None}), "m", "id")
    assert message["content"] == [{"type": "text", "text": ""}] and message["stop_reason"] == "end_turn"
    message = to_anthropic_message({"choices": []}, "m", "id")
    assert message["content"] == [{"type": "text", "text": ""}]
    assert message["usage"]["input_tokens"] == 0


def test_content_as_parts_and_openrouter_reasoning() -> None:
    chat = completion({"content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
                       "reasoning": "r"})
    assert to_anthropic_message(chat, "m", "id")["content"] == [
        {"type": "thinking", "thinking": "r", "signature": ""}, {"type": "text", "text": "ab"}]


def test_deepseek_cache_hit_tokens() -> None:
    usage = {"prompt_tokens": 1000, "completion_tokens": 5, "prompt_cache_hit_tokens": 900,
             "prompt_cache_miss_tokens": 100}
    assert to_anthropic_message(completion({"content": "x"}, usage=usage), "m", "id")["usage"] == {
        "input_tokens": 100, "output_tokens": 5, "cache_creation_input_tokens": 0, "cache_read_input_tokens": 900}
