"""ChatStreamTranslator: OpenAI Chat Completions SSE → Anthropic SSE, on hand-written upstream streams."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson
import pytest

from crossroads.protocols.openai_chat import ChatStreamTranslator
from crossroads.protocols.openai_chat.jsonfix import RAW_ARGUMENTS_KEY
from crossroads.protocols.openai_chat.stream import TRUNCATED_MESSAGE
from crossroads.protocols.sse import SSEDecoder

# --- helpers shared with the property tests ----------------------------------------------------------------

_DELTA_BLOCK = {"text_delta": "text", "thinking_delta": "thinking", "signature_delta": "thinking",
                "input_json_delta": "tool_use"}


@dataclass
class Transcript:
    """What an Anthropic event stream says, once its grammar has been checked."""

    events: list[tuple[str, dict]]
    blocks: list[dict] = field(default_factory=list)
    stop_reason: str | None = None
    stop_sequence: str | None = None
    usage: dict | None = None
    error: dict | None = None

    def texts(self, kind: str) -> list[str]:
        key = {"text": "text", "thinking": "thinking", "tool_use": "partial_json"}[kind]
        return [block[key] for block in self.blocks if block["type"] == kind]

    def tool(self, tool_id: str) -> dict:
        return next(block for block in self.blocks if block.get("id") == tool_id)


def parse_events(raw: bytes) -> list[tuple[str, dict]]:
    decoder = SSEDecoder()
    events = decoder.feed(raw) + decoder.flush()
    return [(event.event or "", orjson.loads(event.data)) for event in events]


def check_stream(raw: bytes) -> Transcript:
    """Assert Anthropic's stream grammar on `raw` and return what it carries."""
    events = parse_events(raw)
    assert events, "no events at all"
    names = [name for name, _ in events]
    for name, payload in events:
        assert payload["type"] == name
    transcript = Transcript(events)
    if names[-1] == "error":
        assert names.count("error") == 1 and "message_stop" not in names and "message_delta" not in names
        transcript.error = events[-1][1]["error"]
        body = events[:-1]
    else:
        assert names[-1] == "message_stop" and names.count("message_stop") == 1
        assert names[-2] == "message_delta" and names.count("message_delta") == 1
        body = events
    if not body:
        return transcript
    assert names[0] == "message_start" and names.count("message_start") == 1
    start = body[0][1]["message"]
    assert start["content"] == [] and start["stop_reason"] is None and start["role"] == "assistant"
    _check_blocks(body[1:], transcript)
    return transcript


def _check_blocks(events: list[tuple[str, dict]], transcript: Transcript) -> None:
    open_block: dict | None = None
    for name, payload in events:
        if name == "content_block_start":
            assert open_block is None, "a block started while another is open"
            assert payload["index"] == len(transcript.blocks)
            open_block = {**payload["content_block"], "partial_json": ""}
            transcript.blocks.append(open_block)
        elif name == "content_block_delta":
            assert open_block is not None and payload["index"] == len(transcript.blocks) - 1
            delta = payload["delta"]
            assert _DELTA_BLOCK[delta["type"]] == open_block["type"]
            key = {"text_delta": "text", "thinking_delta": "thinking", "signature_delta": "signature",
                   "input_json_delta": "partial_json"}[delta["type"]]
            open_block[key] += delta[key]
        elif name == "content_block_stop":
            assert open_block is not None and payload["index"] == len(transcript.blocks) - 1
            open_block = None
        elif name == "message_delta":
            assert open_block is None, "message_delta inside an open block"
            transcript.stop_reason = payload["delta"]["stop_reason"]
            transcript.stop_sequence = payload["delta"]["stop_sequence"]
            transcript.usage = payload["usage"]
        else:
            assert name in ("ping", "message_stop"), name


def sse(*chunks: Any, done: bool = True, newline: bytes = b"\n") -> bytes:
    lines = [b"data: " + (c if isinstance(c, bytes) else orjson.dumps(c)) + newline * 2 for c in chunks]
    if done:
        lines.append(b"data: [DONE]" + newline * 2)
    return b"".join(lines)


def delta(**fields: Any) -> dict:
    return {"id": "chatcmpl-1", "object": "chat.completion.chunk", "choices": [{"index": 0, "delta": fields}]}


def finish(reason: str | None = "stop", **extra: Any) -> dict:
    return {"choices": [{"index": 0, "delta": {}, "finish_reason": reason, **extra}]}


def usage_chunk(prompt: int = 100, completion: int = 20, cached: int = 0) -> dict:
    return {"choices": [], "usage": {"prompt_tokens": prompt, "completion_tokens": completion,
                                     "prompt_tokens_details": {"cached_tokens": cached}}}


def tool_delta(index: int, arguments: str = "", call_id: str | None = None, name: str | None = None) -> dict:
    call: dict[str, Any] = {"index": index, "function": {"arguments": arguments}}
    if call_id:
        call["id"] = call_id
        call["type"] = "function"
    if name:
        call["function"]["name"] = name
    return delta(tool_calls=[call])


def run(raw: bytes, step: int | None = None, **kwargs: Any) -> tuple[bytes, ChatStreamTranslator]:
    translator = ChatStreamTranslator(model=kwargs.pop("model", "gpt-test"), message_id="msg_1", **kwargs)
    pieces = [raw] if step is None else [raw[i : i + step] for i in range(0, len(raw), step)]
    out = b"".join(translator.feed(piece) for piece in pieces) + translator.finish()
    return out, translator


# --- tests ----------------------------------------------------------------------------------------------


def test_text_stream_becomes_a_complete_anthropic_message() -> None:
    raw = sse(delta(role="assistant", content=""), delta(content="Hel"), delta(content="lo"), finish("stop"),
              usage_chunk(100, 7, cached=60))
    out, translator = run(raw, step=5, input_tokens=90)
    transcript = check_stream(out)
    start = transcript.events[0][1]["message"]
    assert start["id"] == "msg_1" and start["model"] == "gpt-test"
    assert start["usage"]["input_tokens"] == 90 and start["usage"]["output_tokens"] == 0
    assert transcript.texts("text") == ["Hello"]
    assert transcript.stop_reason == "end_turn"
    assert transcript.usage == {"input_tokens": 40, "output_tokens": 7, "cache_creation_input_tokens": 0,
                                "cache_read_input_tokens": 60}
    assert translator.done and translator.stop_reason == "end_turn"
    assert translator.usage["cache_read_input_tokens"] == 60


def test_first_output_is_message_start_even_for_a_role_only_chunk() -> None:
    translator = ChatStreamTranslator("m", "msg_1")
    first = translator.feed(sse(delta(role="assistant"), done=False))
    assert first.startswith(b"event: message_start\n")
    assert parse_events(first)[0][1]["message"]["stop_sequence"] is None


def test_message_delta_waits_for_the_usage_chunk_after_finish_reason() -> None:
    translator = ChatStreamTranslator("m", "msg_1")
    out = translator.feed(sse(delta(content="hi"), finish("stop"), done=False))
    assert b"message_delta" not in out and b"content_block_stop" in out
    out += translator.feed(sse(usage_chunk(10, 3), done=False))
    assert out.endswith(b"event: message_stop\ndata: {\"type\":\"message_stop\"}\n\n")
    assert translator.feed(sse()) == b"" and translator.finish() == b""
    assert check_stream(out).usage["output_tokens"] == 3


def test_finish_without_done_or_usage_still_completes_at_end_of_body() -> None:
    out, translator = run(sse(delta(content="hi"), finish("length"), done=False))
    transcript = check_stream(out)
    assert transcript.stop_reason == "max_tokens" and translator.stop_reason == "max_tokens"
    assert transcript.usage == {"output_tokens": 0}


def test_usage_in_the_finish_chunk_completes_immediately() -> None:
    chunk = finish("stop")
    chunk["usage"] = {"prompt_tokens": 5, "completion_tokens": 2}
    translator = ChatStreamTranslator("m", "msg_1")
    out = translator.feed(sse(delta(content="x"), chunk, done=False))
    assert check_stream(out).usage["input_tokens"] == 5 and translator.done


def test_groq_usage_under_x_groq_is_read() -> None:
    chunk = finish("stop")
    chunk["x_groq"] = {"usage": {"prompt_tokens": 9, "completion_tokens": 4}}
    out, _ = run(sse(delta(content="x"), chunk))
    assert check_stream(out).usage["output_tokens"] == 4


def test_truncated_stream_ends_with_an_error_event_and_no_message_stop() -> None:
    out, translator = run(sse(delta(content="partial"), done=False))
    transcript = check_stream(out)
    assert transcript.error == {"type": "api_error", "message": TRUNCATED_MESSAGE}
    assert translator.done and translator.finish() == b""


def test_empty_body_is_reported_as_truncated() -> None:
    out, _ = run(b"")
    assert parse_events(out) == [("error", {"type": "error", "error": {"type": "api_error",
                                                                       "message": TRUNCATED_MESSAGE}})]


def test_done_without_any_content_yields_one_empty_text_block() -> None:
    out, _ = run(sse(delta(role="assistant", content=None), finish(None)))
    transcript = check_stream(out)
    assert [block["type"] for block in transcript.blocks] == ["text"]
    assert transcript.texts("text") == [""] and transcript.stop_reason == "end_turn"


def test_empty_deltas_and_null_content_do_not_open_blocks() -> None:
    raw = sse(delta(content=""), delta(content=None), delta(reasoning_content=""), delta(content="a"),
              delta(content=""), finish("stop"))
    transcript = check_stream(run(raw)[0])
    assert [block["type"] for block in transcript.blocks] == ["text"]


def test_reasoning_then_text_makes_a_thinking_block_without_a_signature() -> None:
    raw = sse(delta(reasoning_content="Let me "), delta(reasoning_content="think."), delta(content="Answer"),
              finish("stop"))
    transcript = check_stream(run(raw)[0])
    assert transcript.blocks[0]["type"] == "thinking" and transcript.blocks[0]["signature"] == ""
    assert transcript.texts("thinking") == ["Let me think."] and transcript.texts("text") == ["Answer"]
    assert all(name != "content_block_delta" or payload["delta"]["type"] != "signature_delta"
               for name, payload in transcript.events)


@pytest.mark.parametrize("field_name", ["reasoning_content", "reasoning"])
def test_both_reasoning_spellings_are_read(field_name: str) -> None:
    transcript = check_stream(run(sse(delta(**{field_name: "hmm"}), finish("stop")))[0])
    assert transcript.texts("thinking") == ["hmm"]


def test_servers_sending_both_reasoning_fields_are_not_doubled() -> None:
    transcript = check_stream(run(sse(delta(reasoning_content="a", reasoning="a"), finish("stop")))[0])
    assert transcript.texts("thinking") == ["a"]


def test_tool_call_is_sent_whole_at_finish_with_ids_and_names() -> None:
    raw = sse(delta(content="I'll write it."),
              tool_delta(0, "", call_id="call_abc", name="Write"),
              tool_delta(0, '{"file_path": "/tmp/a",'),
              tool_delta(0, ' "content": "hi\\n"}'),
              finish("tool_calls"), usage_chunk())
    out, translator = run(raw, step=3)
    transcript = check_stream(out)
    assert [block["type"] for block in transcript.blocks] == ["text", "tool_use"]
    tool = transcript.tool("call_abc")
    assert tool["name"] == "Write" and tool["input"] == {}
    assert orjson.loads(tool["partial_json"]) == {"file_path": "/tmp/a", "content": "hi\n"}
    assert tool["partial_json"] == '{"file_path": "/tmp/a", "content": "hi\\n"}'
    assert transcript.stop_reason == "tool_use" and translator.notes == []


def test_parallel_interleaved_tool_calls_each_get_their_own_block() -> None:
    raw = sse(tool_delta(0, '{"a"', call_id="call_0", name="Read"),
              tool_delta(1, '{"b": 2}', call_id="call_1", name="Grep"),
              tool_delta(0, ": 1}"),  # a late fragment of the first call
              finish("tool_calls"))
    transcript = check_stream(run(raw)[0])
    assert [block["id"] for block in transcript.blocks] == ["call_0", "call_1"]
    assert transcript.tool("call_0")["partial_json"] == '{"a": 1}'
    assert transcript.tool("call_1")["partial_json"] == '{"b": 2}'


def test_mistral_style_complete_call_in_one_chunk_with_repeated_ids() -> None:
    call = {"id": "abc123xyz", "type": "function", "function": {"name": "Bash", "arguments": '{"command": "ls"}'}}
    raw = sse(delta(tool_calls=[{**call, "index": 0}]),
              {"choices": [{"index": 0, "delta": {"tool_calls": [{**call, "function": {"name": "Bash",
                                                                                     "arguments": ""}}]}}]},
              finish("tool_calls"))
    transcript = check_stream(run(raw)[0])
    assert len(transcript.blocks) == 1
    assert transcript.blocks[0]["name"] == "Bash" and transcript.blocks[0]["partial_json"] == '{"command": "ls"}'


def test_tool_call_without_index_or_id_continues_the_last_call() -> None:
    raw = sse(delta(tool_calls=[{"id": "c1", "function": {"name": "Read", "arguments": '{"x"'}}]),
              delta(tool_calls=[{"function": {"arguments": ": 1}"}}]), finish("tool_calls"))
    assert check_stream(run(raw)[0]).tool("c1")["partial_json"] == '{"x": 1}'


def test_missing_tool_call_id_gets_a_stable_one() -> None:
    raw = sse(delta(tool_calls=[{"index": 0, "function": {"name": "Read", "arguments": "{}"}}]), finish("stop"))
    transcript = check_stream(run(raw)[0])
    assert transcript.blocks[0]["id"] == "toolu_msg_1_0"
    assert transcript.stop_reason == "tool_use"  # Gemini says "stop" beside tool calls


def test_empty_arguments_become_an_empty_object() -> None:
    transcript = check_stream(run(sse(tool_delta(0, "", call_id="c", name="TaskList"), finish("tool_calls")))[0])
    assert transcript.tool("c")["partial_json"] == "{}"


def test_invalid_arguments_are_repaired_before_they_are_sent() -> None:
    raw = sse(tool_delta(0, '```json\n{"a": 1,}\n```', call_id="c", name="Edit"), finish("tool_calls"))
    out, translator = run(raw)
    assert orjson.loads(check_stream(out).tool("c")["partial_json"]) == {"a": 1}
    assert translator.notes and "Edit" in translator.notes[0]


def test_unrepairable_arguments_are_kept_raw_and_noted() -> None:
    raw = sse(tool_delta(0, "not json at all", call_id="c", name="Edit"), finish("tool_calls"))
    out, translator = run(raw)
    assert orjson.loads(check_stream(out).tool("c")["partial_json"]) == {RAW_ARGUMENTS_KEY: "not json at all"}
    assert translator.notes


def test_arguments_cut_by_max_tokens_keep_only_complete_members() -> None:
    raw = sse(tool_delta(0, '{"file_path": "/a", "content": "half a fi', call_id="c", name="Write"),
              finish("length"))
    transcript = check_stream(run(raw)[0])
    assert orjson.loads(transcript.tool("c")["partial_json"]) == {"file_path": "/a"}
    assert transcript.stop_reason == "max_tokens"


def test_text_after_tool_calls_is_streamed_and_tools_follow_it() -> None:
    raw = sse(tool_delta(0, '{"a": 1}', call_id="c", name="Read"), delta(content="and more"), finish("tool_calls"))
    transcript = check_stream(run(raw)[0])
    assert [block["type"] for block in transcript.blocks] == ["text", "tool_use"]


def test_upstream_error_chunk_mid_stream_becomes_an_error_event() -> None:
    raw = sse(delta(content="Partial "), {"error": {"message": "Rate limit exceeded", "code": 429}}, done=False)
    out, translator = run(raw)
    transcript = check_stream(out)
    assert transcript.error == {"type": "rate_limit_error", "message": "Rate limit exceeded"}
    assert translator.done and translator.feed(sse(delta(content="late"))) == b""


def test_sse_error_event_with_plain_text_data() -> None:
    out, _ = run(b"event: error\ndata: upstream exploded\n\n")
    assert check_stream(out).error["type"] == "api_error"


def test_deepseek_insufficient_system_resource_is_an_overloaded_error() -> None:
    out, _ = run(sse(delta(content="x"), finish("insufficient_system_resource")))
    assert check_stream(out).error["type"] == "overloaded_error"


def test_fail_mid_stream_and_before_start() -> None:
    translator = ChatStreamTranslator("m", "msg_1")
    out = translator.feed(sse(delta(content="x"), done=False))
    out += translator.fail("timeout_error", "upstream idle for 60 s")
    assert check_stream(out).error == {"type": "timeout_error", "message": "upstream idle for 60 s"}
    assert translator.fail("api_error", "again") == b"" and translator.finish() == b""
    fresh = ChatStreamTranslator("m", "msg_2")
    assert parse_events(fresh.fail("overloaded_error", "busy"))[0][0] == "error"


def test_fail_after_message_stop_sends_nothing() -> None:
    translator = ChatStreamTranslator("m", "msg_1")
    translator.feed(sse(delta(content="x"), finish("stop")))
    assert translator.done and translator.fail("api_error", "late") == b""


def test_crlf_framing_comments_and_one_byte_chunks() -> None:
    raw = b": keep-alive\r\n\r\n" + sse(delta(content="é漢"), finish("stop"), newline=b"\r\n")
    out, _ = run(raw, step=1)
    assert check_stream(out).texts("text") == ["é漢"]
    assert out == run(raw)[0]


def test_non_json_data_lines_are_ignored_with_a_note() -> None:
    out, translator = run(sse(b"garbage", delta(content="ok"), finish("stop")))
    assert check_stream(out).texts("text") == ["ok"] and translator.notes


def test_other_choices_and_chunks_after_finish_are_ignored() -> None:
    other = {"choices": [{"index": 1, "delta": {"content": "other choice"}}]}
    raw = sse(delta(content="a"), other, finish("stop"), delta(content="after finish"))
    assert check_stream(run(raw)[0]).texts("text") == ["a"]


def test_vllm_stop_string_becomes_stop_sequence() -> None:
    transcript = check_stream(run(sse(delta(content="a"), finish("stop", stop_reason="END")))[0])
    assert transcript.stop_reason == "stop_sequence" and transcript.stop_sequence == "END"


def test_content_filter_maps_to_refusal() -> None:
    assert check_stream(run(sse(delta(content="a"), finish("content_filter")))[0]).stop_reason == "refusal"


def test_the_anthropic_sdk_accumulates_the_translated_stream() -> None:
    anthropic = pytest.importorskip("anthropic")
    try:
        import httpx2 as httpx
    except ImportError:
        httpx = pytest.importorskip("httpx")
    raw = sse(delta(reasoning_content="plan"), delta(content="Writing."),
              tool_delta(0, '{"file_path": "/tmp/x", ', call_id="call_w", name="Write"),
              tool_delta(1, '{"command": "ls"}', call_id="call_b", name="Bash"),
              tool_delta(0, '"content": "x"}'), finish("tool_calls"), usage_chunk(50, 9, cached=20))
    body, _ = run(raw, step=7)

    def handler(request: Any) -> Any:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    client = anthropic.Anthropic(api_key="test", base_url="http://upstream.test",
                                 http_client=httpx.Client(transport=httpx.MockTransport(handler)))
    with client.messages.stream(model="m", max_tokens=10, messages=[{"role": "user", "content": "hi"}]) as stream:
        message = stream.get_final_message()
    assert [block.type for block in message.content] == ["thinking", "text", "tool_use", "tool_use"]
    assert message.content[2].input == {"file_path": "/tmp/x", "content": "x"}
    assert message.content[3].input == {"command": "ls"}
    assert message.stop_reason == "tool_use"
    assert message.usage.input_tokens == 30 and message.usage.cache_read_input_tokens == 20


def test_long_held_tool_calls_keep_the_client_stream_alive_with_pings() -> None:
    fragments = [tool_delta(0, "", call_id="c", name="Write"), tool_delta(0, '{"content": "')]
    fragments += [tool_delta(0, "x") for _ in range(250)] + [tool_delta(0, '"}'), finish("tool_calls")]
    out, _ = run(sse(*fragments), step=50)
    transcript = check_stream(out)
    assert [name for name, _ in transcript.events].count("ping") == 2
    assert orjson.loads(transcript.tool("c")["partial_json"]) == {"content": "x" * 250}
