"""to_chat_request: Anthropic Messages bodies (real Claude Code captures and hand-made edge cases) → Chat."""

from __future__ import annotations

import copy
from typing import Any

import orjson
import pytest

from crossroads.protocols.openai_chat import ChatOptions, to_chat_request
from crossroads.protocols.openai_chat.request import BILLING_HEADER_PREFIX, TOOL_ERROR_PREFIX
from crossroads.protocols.schema_sanitize import walk_schema
from tests.conftest import load_raw_requests
from tests.unit.test_schema_sanitize import GEMINI_FORBIDDEN, gemini_violations

OPTIONS = ChatOptions(model="gpt-test")


def claude_code_requests() -> list[dict]:
    return [r["body"] for r in load_raw_requests("05a_tool_write_bypass.jsonl") if r["method"] == "POST"]


def translate(body: dict, **options: Any) -> tuple[dict, list[str]]:
    return to_chat_request(body, ChatOptions(model="gpt-test", **options))


def user(*blocks: dict) -> dict:
    return {"role": "user", "content": list(blocks)}


def text(value: str, **extra: Any) -> dict:
    return {"type": "text", "text": value, **extra}


# --- real Claude Code traffic --------------------------------------------------------------------------------


def test_claude_code_tool_round_trip_survives_translation() -> None:
    first, second = claude_code_requests()
    for body in (first, second):
        chat, notes = translate(body, reasoning_field="reasoning_content")
        assert chat["model"] == "gpt-test"
        assert chat["stream"] is True and chat["stream_options"] == {"include_usage": True}
        assert chat["max_tokens"] == body["max_tokens"]

        system = chat["messages"][0]
        assert system["role"] == "system"
        assert BILLING_HEADER_PREFIX not in system["content"]
        for block in body["system"]:
            if not block["text"].startswith(BILLING_HEADER_PREFIX):
                assert block["text"] in system["content"]

        # The mid-conversation system message keeps its place after the first user message.
        roles = [m["role"] for m in chat["messages"]]
        assert roles[:3] == ["system", "user", "system"]
        assert chat["messages"][2]["content"] == body["messages"][1]["content"]
        assert all(block["text"] in chat["messages"][1]["content"] for block in body["messages"][0]["content"])

        assert [tool["function"]["name"] for tool in chat["tools"]] == [tool["name"] for tool in body["tools"]]
        for tool, original in zip(chat["tools"], body["tools"], strict=True):
            assert tool["type"] == "function"
            assert tool["function"]["description"] == original["description"]
            expected = {k: v for k, v in original["input_schema"].items() if k != "$schema"}
            assert tool["function"]["parameters"] == expected

        assert chat["user"] == orjson.loads(body["metadata"]["user_id"])["session_id"]
        assert any("cache_control" in note for note in notes)
        assert any(note.startswith("dropped thinking") for note in notes)
        assert any("context_management" in note for note in notes)
        assert "cache_control" not in orjson.dumps(chat).decode()

    chat, _ = translate(second)
    assistant, tool_message = chat["messages"][3], chat["messages"][4]
    tool_use = second["messages"][2]["content"][1]
    assert assistant["content"] == second["messages"][2]["content"][0]["text"]
    call = assistant["tool_calls"][0]
    assert call["id"] == tool_use["id"] and call["function"]["name"] == "Write"
    assert orjson.loads(call["function"]["arguments"]) == tool_use["input"]
    assert " " not in call["function"]["arguments"].split('"content"')[0]  # compact JSON
    result = second["messages"][3]["content"][0]
    assert tool_message == {"role": "tool", "tool_call_id": result["tool_use_id"], "content": result["content"]}
    assert len(chat["messages"]) == 5


def test_claude_code_tools_for_gemini_carry_no_forbidden_keyword() -> None:
    chat, _ = translate(claude_code_requests()[1], schema_dialect="gemini")
    for tool in chat["tools"]:
        parameters = tool["function"].get("parameters")
        if parameters is None:
            assert tool["function"]["name"] in ("CronList", "TaskList")
            continue
        assert gemini_violations(parameters) == []
        assert parameters["type"] == "object"


def test_claude_code_interactive_session_translates_every_turn() -> None:
    for request in load_raw_requests("07b_interactive_haiku_env.jsonl"):
        if request["method"] != "POST":
            continue
        body = request["body"]
        chat, _ = to_chat_request(body, OPTIONS)
        user_texts = [m for m in body["messages"] if m["role"] == "user"]
        assert sum(1 for m in chat["messages"] if m["role"] == "user") == len(user_texts)
        assert "tools" not in chat or len(chat["tools"]) == len(body["tools"])


# --- system ---------------------------------------------------------------------------------------------


def test_system_string_and_blocks() -> None:
    chat, _ = to_chat_request({"system": "Be brief.", "messages": []}, OPTIONS)
    assert chat["messages"] == [{"role": "system", "content": "Be brief."}]
    body = {"system": [text(f"{BILLING_HEADER_PREFIX} cc_version=1;"), text("A", cache_control={"type": "ephemeral"}),
                       text("B")], "messages": []}
    chat, notes = to_chat_request(body, OPTIONS)
    assert chat["messages"] == [{"role": "system", "content": "A\n\nB"}]
    assert sum("cache_control" in note for note in notes) == 1


def test_system_message_inside_messages_with_block_content() -> None:
    body = {"messages": [user(text("hi")), {"role": "system", "content": [text("rule 1"), text("rule 2")]}]}
    chat, _ = to_chat_request(body, OPTIONS)
    assert chat["messages"] == [{"role": "user", "content": "hi"}, {"role": "system", "content": "rule 1\n\nrule 2"}]


# --- user content ---------------------------------------------------------------------------------------


def test_user_text_blocks_are_joined_into_one_string() -> None:
    chat, _ = to_chat_request({"messages": [user(text("a"), text("b"))]}, OPTIONS)
    assert chat["messages"] == [{"role": "user", "content": "a\n\nb"}]


def test_images_become_image_url_parts() -> None:
    body = {"messages": [user(
        text("look"),
        {"type": "image", "source": {"type": "base64", "media_type": "image/jpeg", "data": "AAAA"}},
        {"type": "image", "source": {"type": "url", "url": "https://example.com/a.png"}},
    )]}
    chat, _ = to_chat_request(body, OPTIONS)
    assert chat["messages"][0]["content"] == [
        {"type": "text", "text": "look"},
        {"type": "image_url", "image_url": {"url": "data:image/jpeg;base64,AAAA"}},
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}},
    ]


def test_documents_text_is_kept_and_pdfs_are_dropped_with_a_note() -> None:
    body = {"messages": [user(
        {"type": "document", "title": "notes.txt", "source": {"type": "text", "media_type": "text/plain",
                                                              "data": "line"}},
        {"type": "document", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="}},
        text("summarise"),
    )]}
    chat, notes = to_chat_request(body, OPTIONS)
    assert chat["messages"][0]["content"] == "notes.txt\n\nline\n\nsummarise"
    assert any("application/pdf" in note for note in notes)


def test_tool_results_come_first_in_order_then_images_then_user_text() -> None:
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBO"}}
    body = {"messages": [user(
        text("also, thanks"),
        {"type": "tool_result", "tool_use_id": "toolu_A", "content": "out A"},
        {"type": "tool_result", "tool_use_id": "toolu_B", "content": [text("line 1"), image, text("line 2")]},
        {"type": "tool_result", "tool_use_id": "toolu_C", "content": "denied", "is_error": True},
    )]}
    chat, _ = to_chat_request(body, OPTIONS)
    assert chat["messages"][:3] == [
        {"role": "tool", "tool_call_id": "toolu_A", "content": "out A"},
        {"role": "tool", "tool_call_id": "toolu_B", "content": "line 1\nline 2"},
        {"role": "tool", "tool_call_id": "toolu_C", "content": TOOL_ERROR_PREFIX + "denied"},
    ]
    assert chat["messages"][3] == {"role": "user", "content": [
        {"type": "text", "text": "Images returned by tool call toolu_B:"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,iVBO"}},
        {"type": "text", "text": "also, thanks"},
    ]}
    assert len(chat["messages"]) == 4


def test_tool_result_only_message_emits_no_user_message_and_empty_results_say_so() -> None:
    body = {"messages": [user({"type": "tool_result", "tool_use_id": "t1", "content": []},
                              {"type": "tool_result", "tool_use_id": "t2"})]}
    chat, _ = to_chat_request(body, OPTIONS)
    assert [m["role"] for m in chat["messages"]] == ["tool", "tool"]
    assert all(m["content"] for m in chat["messages"])


# --- assistant content ----------------------------------------------------------------------------------


def assistant_turn() -> dict:
    return {"role": "assistant", "content": [
        {"type": "thinking", "thinking": "I should list files.", "signature": "sig"},
        {"type": "redacted_thinking", "data": "EncryptedBlob"},
        text("Listing."),
        {"type": "tool_use", "id": "toolu_1", "name": "Bash", "input": {"command": "ls -la", "n": 1}},
        {"type": "tool_use", "id": "toolu_2", "name": "Read", "input": {}},
    ]}


def test_assistant_tool_calls_and_reasoning_for_deepseek() -> None:
    chat, notes = translate({"messages": [assistant_turn()]}, reasoning_field="reasoning_content")
    message = chat["messages"][0]
    assert message["content"] == "Listing."
    assert message["reasoning_content"] == "I should list files."
    assert message["tool_calls"] == [
        {"id": "toolu_1", "type": "function", "function": {"name": "Bash", "arguments": '{"command":"ls -la","n":1}'}},
        {"id": "toolu_2", "type": "function", "function": {"name": "Read", "arguments": "{}"}},
    ]
    assert any("redacted_thinking" in note for note in notes)
    assert "EncryptedBlob" not in orjson.dumps(chat).decode() and "sig" not in message.values()


def test_thinking_is_dropped_when_the_upstream_takes_no_reasoning() -> None:
    chat, notes = translate({"messages": [assistant_turn()]})
    assert set(chat["messages"][0]) == {"role", "content", "tool_calls"}
    assert any("thinking blocks" in note for note in notes)


def test_openrouter_reasoning_field_name() -> None:
    chat, _ = translate({"messages": [assistant_turn()]}, reasoning_field="reasoning")
    assert chat["messages"][0]["reasoning"] == "I should list files."


def test_assistant_with_only_tool_calls_has_null_content() -> None:
    body = {"messages": [{"role": "assistant", "content": [
        {"type": "tool_use", "id": "t", "name": "Read", "input": {"file_path": "/a"}}]}]}
    assert to_chat_request(body, OPTIONS)[0]["messages"][0]["content"] is None


def test_assistant_string_content_and_empty_assistant_message() -> None:
    body = {"messages": [{"role": "assistant", "content": "ok"},
                         {"role": "assistant", "content": [{"type": "redacted_thinking", "data": "x"}]}]}
    chat, notes = to_chat_request(body, OPTIONS)
    assert chat["messages"] == [{"role": "assistant", "content": "ok"}]
    assert "dropped an empty assistant message" in notes


# --- tools and tool_choice ------------------------------------------------------------------------------


TOOL = {"name": "Read", "description": "Read a file", "input_schema": {
    "$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object",
    "properties": {"path": {"type": "string"}}, "required": ["path"], "additionalProperties": False}}


@pytest.mark.parametrize(("choice", "expected"), [
    ({"type": "auto"}, "auto"),
    ({"type": "any"}, "required"),
    ({"type": "none"}, "none"),
    ({"type": "tool", "name": "Read"}, {"type": "function", "function": {"name": "Read"}}),
])
def test_tool_choice_mapping(choice: dict, expected: Any) -> None:
    chat, _ = to_chat_request({"messages": [], "tools": [TOOL], "tool_choice": choice}, OPTIONS)
    assert chat["tool_choice"] == expected
    assert "parallel_tool_calls" not in chat


def test_disable_parallel_tool_use() -> None:
    body = {"messages": [], "tools": [TOOL], "tool_choice": {"type": "auto", "disable_parallel_tool_use": True}}
    assert to_chat_request(body, OPTIONS)[0]["parallel_tool_calls"] is False


def test_tool_schema_is_a_sanitised_copy() -> None:
    own = copy.deepcopy(TOOL) | {"description": "a list no other test sends (this test edits the translation)"}
    chat, _ = to_chat_request({"messages": [], "tools": [own]}, OPTIONS)
    parameters = chat["tools"][0]["function"]["parameters"]
    assert "$schema" not in parameters and parameters["additionalProperties"] is False
    parameters["properties"]["path"]["type"] = "changed"
    assert own["input_schema"]["properties"]["path"]["type"] == "string"


def test_an_equal_tool_list_reuses_its_translation_and_a_changed_one_does_not() -> None:
    web = {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}
    tools = [copy.deepcopy(TOOL), web]
    first, first_notes = to_chat_request({"messages": [], "tools": tools}, OPTIONS)
    again, again_notes = to_chat_request({"messages": [], "tools": copy.deepcopy(tools)}, OPTIONS)
    assert again["tools"] is first["tools"]  # Claude Code's next turn: no re-translation
    assert again_notes == first_notes and any("web_search" in note for note in again_notes)
    tools[0]["input_schema"]["properties"]["path"]["description"] = "edited in place after the first request"
    edited, _ = to_chat_request({"messages": [], "tools": tools}, OPTIONS)
    assert edited["tools"] is not first["tools"]
    assert edited["tools"][0]["function"]["parameters"]["properties"]["path"]["description"] == (
        "edited in place after the first request")
    gemini, _ = to_chat_request({"messages": [], "tools": copy.deepcopy(tools)}, ChatOptions(model="g",
                                                                                            schema_dialect="gemini"))
    assert gemini["tools"] is not edited["tools"]  # one translation per schema dialect


def test_server_tools_are_dropped_and_empty_tool_lists_not_sent() -> None:
    web = {"type": "web_search_20250305", "name": "web_search", "max_uses": 3}
    body = {"messages": [], "tools": [web], "tool_choice": {"type": "auto", "disable_parallel_tool_use": True}}
    chat, notes = to_chat_request(body, OPTIONS)
    assert "tools" not in chat and "tool_choice" not in chat and "parallel_tool_calls" not in chat
    assert any("web_search" in note for note in notes) and any("tool_choice" in note for note in notes)
    assert "tools" not in to_chat_request({"messages": [], "tools": []}, OPTIONS)[0]


# --- parameters -----------------------------------------------------------------------------------------


def test_sampling_parameters_and_stop_sequences() -> None:
    body = {"messages": [], "temperature": 0.2, "top_p": 0.9, "top_k": 40, "stop_sequences": ["END", "STOP"]}
    chat, notes = to_chat_request(body, OPTIONS)
    assert (chat["temperature"], chat["top_p"], chat["stop"]) == (0.2, 0.9, ["END", "STOP"])
    assert "top_k" not in chat and any("top_k" in note for note in notes)


def test_max_tokens_field_and_clamp() -> None:
    body = {"messages": [], "max_tokens": 64000}
    chat, _ = translate(body, max_tokens_field="max_completion_tokens", max_output_tokens=16384)
    assert chat["max_completion_tokens"] == 16384 and "max_tokens" not in chat
    assert translate(body, max_output_tokens=100000)[0]["max_tokens"] == 64000


@pytest.mark.parametrize(("effort", "expected"), [("low", "low"), ("medium", "medium"), ("high", "high"),
                                                  ("xhigh", "high"), ("max", "high")])
def test_effort_maps_to_reasoning_effort_for_reasoning_models(effort: str, expected: str) -> None:
    body = {"messages": [], "output_config": {"effort": effort}}
    assert translate(body, max_tokens_field="max_completion_tokens")[0]["reasoning_effort"] == expected
    chat, notes = translate(body)
    assert "reasoning_effort" not in chat and "dropped output_config.effort: Anthropic-only" in notes


def test_output_format_is_dropped_with_a_note() -> None:
    body = {"messages": [], "output_config": {"effort": "high", "format": {"type": "json_schema", "schema": {}}}}
    chat, notes = translate(body, max_tokens_field="max_completion_tokens")
    assert chat["reasoning_effort"] == "high" and "dropped output_config.format: Anthropic-only" in notes


def test_user_id_forms() -> None:
    session = '{"device_id":"' + "a" * 64 + '","account_uuid":"","session_id":"0f0e-uuid"}'
    assert translate({"messages": [], "metadata": {"user_id": session}})[0]["user"] == "0f0e-uuid"
    assert translate({"messages": [], "metadata": {"user_id": "alice"}})[0]["user"] == "alice"
    long_id = "user_" + "b" * 100
    hashed = translate({"messages": [], "metadata": {"user_id": long_id}})[0]["user"]
    assert len(hashed) <= 64 and hashed == translate({"messages": [], "metadata": {"user_id": long_id}})[0]["user"]
    assert "user" not in translate({"messages": [], "metadata": {"user_id": "alice"}}, send_user=False)[0]


def test_stream_flags() -> None:
    assert "stream" not in to_chat_request({"messages": []}, OPTIONS)[0]
    chat, _ = translate({"messages": [], "stream": True}, stream_usage=False)
    assert chat["stream"] is True and "stream_options" not in chat


def test_unknown_top_level_fields_are_dropped_with_a_note() -> None:
    chat, notes = to_chat_request({"messages": [], "service_tier": "auto", "frobnicate": 1}, OPTIONS)
    assert "frobnicate" not in chat and "service_tier" not in chat
    assert "dropped frobnicate: unknown to Chat Completions" in notes and any("service_tier" in n for n in notes)


def test_gemini_tool_without_parameters_omits_them() -> None:
    tool = {"name": "TaskList", "input_schema": {"type": "object", "properties": {}, "additionalProperties": False}}
    chat, _ = translate({"messages": [], "tools": [tool]}, schema_dialect="gemini")
    assert chat["tools"][0]["function"] == {"name": "TaskList"}
    chat, _ = translate({"messages": [], "tools": [tool]})
    assert chat["tools"][0]["function"]["parameters"] == {"type": "object", "properties": {},
                                                          "additionalProperties": False}


def test_gemini_forbidden_list_is_checked_on_every_schema_node() -> None:
    # Guard for the helper itself: a forbidden key deep inside must be reported.
    schema = {"type": "object", "properties": {"a": {"type": "array", "items": {"type": "string", "const": "x"}}}}
    assert gemini_violations(schema) and "const" in GEMINI_FORBIDDEN
    assert len(list(walk_schema(schema))) == 3
