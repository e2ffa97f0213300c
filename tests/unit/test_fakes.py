"""The fake upstream providers must be faithful: the official SDKs accept what they send."""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import anthropic
import openai
import pytest

from tests.fakes import (
    Answer,
    FakeUpstream,
    Faulted,
    RecordedRequest,
    Reply,
    anthropic_error,
    faults,
    openai_error,
    render_anthropic,
    render_openai,
    tool_call,
    upstream_error,
)
from tests.fakes.reply import DONE_FRAME
from tests.fakes.script_file import item_from_json

REPO_ROOT = Path(__file__).resolve().parents[2]
WRITE_ARGS = {"file_path": "/home/dev/work/hello.txt", "content": "hello from the fake\n"}
USER_TURN = [{"role": "user", "content": "hi"}]


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as running:
        yield running


def rich_answer() -> Answer:
    return Answer(
        text="I'll create the file now.",
        thinking="The user wants a file; the Write tool does that.",
        tool_calls=[tool_call("Write", WRITE_ARGS, id="toolu_01FakeWriteCall0000000001")],
        input_tokens=55,
        output_tokens=82,
        cache_read_tokens=11,
    )


def anthropic_client(upstream: FakeUpstream) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=upstream.url, api_key="x", max_retries=0)


def openai_client(upstream: FakeUpstream, prefix: str = "/v1") -> openai.OpenAI:
    return openai.OpenAI(base_url=upstream.url + prefix, api_key="x", max_retries=0)


def post_json(upstream: FakeUpstream, path: str, body: dict[str, Any]) -> http.client.HTTPResponse:
    connection = http.client.HTTPConnection("127.0.0.1", upstream.port, timeout=5)
    connection.request("POST", path, body=json.dumps(body), headers={"content-type": "application/json"})
    return connection.getresponse()


def sse_events(raw: bytes) -> list[tuple[str, str]]:
    """(event name, data) pairs of a byte-exact Anthropic stream."""
    assert raw.endswith(b"\n\n")
    events = []
    for block in raw.decode().split("\n\n")[:-1]:
        name_line, data_line = block.split("\n")
        assert name_line.startswith("event: ") and data_line.startswith("data: ")
        events.append((name_line.removeprefix("event: "), data_line.removeprefix("data: ")))
    return events


def openai_chunks(reply: Reply) -> list[dict[str, Any]]:
    assert reply.frames is not None and reply.frames[-1] == DONE_FRAME
    for frame in reply.frames:
        assert frame.startswith(b"data: ") and frame.endswith(b"\n\n") and frame.count(b"\n") == 2
    return [json.loads(frame[len(b"data: ") :]) for frame in reply.frames[:-1]]


# ----- renderers -----


def test_anthropic_stream_is_framed_and_ordered_like_the_api() -> None:
    reply = render_anthropic(rich_answer(), stream=True, model="gw-main-model", chunking=12)
    events = sse_events(reply.joined())
    names = [name for name, _ in events]
    assert names[:3] == ["message_start", "content_block_start", "ping"]
    assert names[-2:] == ["message_delta", "message_stop"]
    assert names.count("content_block_start") == names.count("content_block_stop") == 3
    assert ("ping", '{"type": "ping"}') in events
    datas = [json.loads(data) for _, data in events]
    assert all(data["type"] == name for (name, _), data in zip(events, datas, strict=True))
    assert reply.header("content-type") == "text/event-stream; charset=utf-8"
    assert (reply.header("request-id") or "").startswith("req_")


def test_anthropic_stream_blocks_carry_thinking_signature_and_tool_json() -> None:
    answer = rich_answer()
    datas = [
        json.loads(data) for _, data in sse_events(render_anthropic(answer, stream=True, model="m").joined())
    ]
    deltas = [d["delta"] for d in datas if d["type"] == "content_block_delta"]
    thinking = "".join(d["thinking"] for d in deltas if d["type"] == "thinking_delta")
    signatures = [d["signature"] for d in deltas if d["type"] == "signature_delta"]
    partial = [d["partial_json"] for d in deltas if d["type"] == "input_json_delta"]
    assert thinking == answer.thinking and signatures == [answer.thinking_signature]
    assert partial[0] == "" and len(partial) > 2
    assert json.loads("".join(partial)) == WRITE_ARGS
    final = datas[-2]
    assert final["delta"] == {"stop_reason": "tool_use", "stop_sequence": None}
    assert final["usage"]["output_tokens"] == 82 and final["usage"]["cache_read_input_tokens"] == 11


def test_openai_stream_chunks_follow_the_chat_completions_format() -> None:
    chunks = openai_chunks(render_openai(rich_answer(), stream=True, model="gpt-x", include_usage=True))
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": "", "refusal": None}
    assert {c["id"] for c in chunks} == {chunks[0]["id"]} and chunks[0]["id"].startswith("chatcmpl-")
    assert all(c["object"] == "chat.completion.chunk" and c["usage"] is None for c in chunks[:-1])
    tool_deltas = [
        c["choices"][0]["delta"]["tool_calls"][0]
        for c in chunks[:-2]
        if "tool_calls" in c["choices"][0]["delta"]
    ]
    opening = tool_deltas[0]
    assert opening == {
        "index": 0,
        "id": "call_01FakeWriteCall0000000001",
        "type": "function",
        "function": {"name": "Write", "arguments": ""},
    }
    assert all(
        set(d) == {"index", "function"} and set(d["function"]) == {"arguments"} for d in tool_deltas[1:]
    )
    assert json.loads("".join(d["function"]["arguments"] for d in tool_deltas[1:])) == WRITE_ARGS
    assert chunks[-2]["choices"] == [
        {"index": 0, "delta": {}, "logprobs": None, "finish_reason": "tool_calls"}
    ]
    assert chunks[-1]["choices"] == []
    assert chunks[-1]["usage"]["prompt_tokens"] == 66
    assert chunks[-1]["usage"]["prompt_tokens_details"]["cached_tokens"] == 11


def test_openai_stream_without_include_usage_has_no_usage_key() -> None:
    chunks = openai_chunks(render_openai(Answer(text="hi there"), stream=True, model="m"))
    assert all("usage" not in chunk for chunk in chunks)
    assert chunks[-1]["choices"][0]["finish_reason"] == "stop"


def test_openai_tool_only_answer_puts_the_role_on_the_first_tool_chunk() -> None:
    answer = Answer(tool_calls=[tool_call("Write", WRITE_ARGS)])
    first = openai_chunks(render_openai(answer, stream=True, model="m"))[0]["choices"][0]["delta"]
    assert first["role"] == "assistant" and first["content"] is None
    assert first["tool_calls"][0]["function"] == {"name": "Write", "arguments": ""}


@pytest.mark.parametrize("field", ["reasoning_content", "reasoning"])
def test_openai_reasoning_goes_in_the_configured_field(field: str) -> None:
    answer = Answer(text="42", thinking="deep thought")
    chunks = openai_chunks(render_openai(answer, stream=True, model="m", reasoning_field=field))
    streamed = "".join(c["choices"][0]["delta"].get(field) or "" for c in chunks)
    body = json.loads(render_openai(answer, stream=False, model="m", reasoning_field=field).joined())
    assert streamed == "deep thought" == body["choices"][0]["message"][field]


@pytest.mark.parametrize(
    ("stop", "finish"),
    [("end_turn", "stop"), ("max_tokens", "length"), ("stop_sequence", "stop"), ("tool_use", "tool_calls")],
)
def test_stop_reasons_map_to_openai_finish_reasons(stop: Any, finish: str) -> None:
    body = json.loads(render_openai(Answer(text="x", stop=stop), stream=False, model="m").joined())
    assert body["choices"][0]["finish_reason"] == finish


def test_stop_defaults_follow_the_tool_calls() -> None:
    assert Answer(text="x").stop == "end_turn"
    assert Answer(tool_calls=[tool_call("Write", {})]).stop == "tool_use"
    assert tool_call("Write", {}).id.startswith("toolu_01")


def test_error_replies_have_the_provider_shapes() -> None:
    oa = json.loads(openai_error(429, retry_after=2).joined())
    assert oa == {
        "error": {
            "message": oa["error"]["message"],
            "type": "requests",
            "param": None,
            "code": "rate_limit_exceeded",
        }
    }
    reply = anthropic_error(529)
    body = json.loads(reply.joined())
    assert body["type"] == "error" and body["error"] == {"type": "overloaded_error", "message": "Overloaded"}
    assert body["request_id"] == reply.header("request-id")


# ----- the server, driven by the official SDKs -----


def test_openai_sdk_non_streaming_with_tool_call_and_usage(upstream: FakeUpstream) -> None:
    upstream.script(rich_answer())
    completion = openai_client(upstream).chat.completions.create(model="gpt-x", messages=USER_TURN)
    choice = completion.choices[0]
    assert choice.finish_reason == "tool_calls" and choice.message.content == "I'll create the file now."
    call = choice.message.tool_calls[0]  # type: ignore[index]
    assert call.id == "call_01FakeWriteCall0000000001" and json.loads(call.function.arguments) == WRITE_ARGS  # type: ignore[union-attr]
    assert completion.usage is not None and completion.usage.total_tokens == 55 + 11 + 82
    assert completion.usage.prompt_tokens_details.cached_tokens == 11  # type: ignore[union-attr]
    assert completion.model == "gpt-x"


def test_openai_sdk_streaming_reassembles_text_tools_and_usage(upstream: FakeUpstream) -> None:
    upstream.script(rich_answer())
    stream = openai_client(upstream).chat.completions.create(
        model="gpt-x", messages=USER_TURN, stream=True, stream_options={"include_usage": True}
    )
    text, arguments, usage = "", "", None
    for chunk in stream:
        if chunk.usage is not None:
            usage = chunk.usage
        for choice in chunk.choices:
            text += choice.delta.content or ""
            arguments += "".join(
                c.function.arguments or "" for c in choice.delta.tool_calls or [] if c.function
            )
    assert text == "I'll create the file now." and json.loads(arguments) == WRITE_ARGS
    assert usage is not None and usage.completion_tokens == 82
    assert upstream.requests[0].json()["stream_options"] == {"include_usage": True}


def test_openai_sdk_stream_helper_builds_the_final_completion(upstream: FakeUpstream) -> None:
    upstream.script(Answer(tool_calls=[tool_call("Write", WRITE_ARGS)]))
    client = openai_client(upstream)
    with client.chat.completions.stream(model="gpt-x", messages=USER_TURN) as stream:  # type: ignore[arg-type]
        final = stream.get_final_completion()
    call = final.choices[0].message.tool_calls[0]  # type: ignore[index]
    assert call.function.name == "Write" and json.loads(call.function.arguments) == WRITE_ARGS  # type: ignore[union-attr]


@pytest.mark.parametrize("prefix", ["", "/openai/v1", "/v1beta/openai", "/api/v1"])
def test_openai_routes_accept_any_chat_completions_prefix(upstream: FakeUpstream, prefix: str) -> None:
    completion = openai_client(upstream, prefix).chat.completions.create(model="m", messages=USER_TURN)
    assert completion.choices[0].message.content == "Hello from the fake upstream."
    assert upstream.requests[-1].path == prefix + "/chat/completions"


def test_anthropic_sdk_non_streaming_message(upstream: FakeUpstream) -> None:
    upstream.script(rich_answer())
    message = anthropic_client(upstream).messages.create(model="claude-x", max_tokens=100, messages=USER_TURN)
    assert [block.type for block in message.content] == ["thinking", "text", "tool_use"]
    tool = message.content[2]
    assert (
        tool.type == "tool_use" and tool.input == WRITE_ARGS and tool.id == "toolu_01FakeWriteCall0000000001"
    )
    assert message.stop_reason == "tool_use" and message.usage.input_tokens == 55
    assert message.usage.cache_read_input_tokens == 11 and message.usage.output_tokens == 82


def test_anthropic_sdk_stream_final_message(upstream: FakeUpstream) -> None:
    upstream.script(rich_answer())
    client = anthropic_client(upstream)
    with client.messages.stream(model="claude-x", max_tokens=100, messages=USER_TURN) as stream:
        message = stream.get_final_message()
    thinking, text, tool = message.content
    assert thinking.type == "thinking" and thinking.signature == rich_answer().thinking_signature
    assert text.type == "text" and text.text == "I'll create the file now."
    assert tool.type == "tool_use" and tool.input == WRITE_ARGS
    assert message.stop_reason == "tool_use"
    assert (message.usage.input_tokens, message.usage.output_tokens) == (55, 82)
    assert upstream.requests[0].json()["stream"] is True


def test_anthropic_count_tokens_and_model_lists(upstream: FakeUpstream) -> None:
    upstream.token_count = 1234
    upstream.model_ids = ["claude-fake-1", "gpt-fake-1"]
    client = anthropic_client(upstream)
    counted = client.messages.count_tokens(model="claude-x", messages=USER_TURN)  # type: ignore[arg-type]
    assert counted.input_tokens == 1234
    assert [m.id for m in client.models.list()] == ["claude-fake-1", "gpt-fake-1"]
    assert [m.id for m in openai_client(upstream).models.list()] == ["claude-fake-1", "gpt-fake-1"]
    assert upstream.pending == 0 and len(upstream.requests) == 3


# ----- errors as the SDKs see them -----


def test_openai_sdk_raises_rate_limit_error(upstream: FakeUpstream) -> None:
    upstream.script(openai_error(429, retry_after=1))
    with pytest.raises(openai.RateLimitError) as caught:
        openai_client(upstream).chat.completions.create(model="m", messages=USER_TURN)
    assert caught.value.code == "rate_limit_exceeded" and caught.value.type == "requests"
    assert caught.value.response.headers["retry-after"] == "1"


@pytest.mark.parametrize(
    ("status", "error_class"),
    [(429, anthropic.RateLimitError), (500, anthropic.InternalServerError), (529, anthropic.APIStatusError)],
)
def test_anthropic_sdk_raises_the_status_error_class(
    upstream: FakeUpstream, status: int, error_class: type[anthropic.APIStatusError]
) -> None:
    upstream.script(anthropic_error(status))
    with pytest.raises(error_class) as caught:
        anthropic_client(upstream).messages.create(model="m", max_tokens=5, messages=USER_TURN)
    assert caught.value.status_code == status
    assert caught.value.request_id == caught.value.body["request_id"]  # type: ignore[index]


def test_upstream_error_takes_the_shape_of_the_request_protocol(upstream: FakeUpstream) -> None:
    upstream.script(upstream_error(529), upstream_error(503))
    with pytest.raises(anthropic.APIStatusError) as anthropic_caught:
        anthropic_client(upstream).messages.create(model="m", max_tokens=5, messages=USER_TURN)
    with pytest.raises(openai.InternalServerError) as openai_caught:
        openai_client(upstream).chat.completions.create(model="m", messages=USER_TURN)
    assert anthropic_caught.value.type == "overloaded_error"
    assert openai_caught.value.status_code == 503 and openai_caught.value.type == "server_error"


def test_status_then_success_through_the_script(upstream: FakeUpstream) -> None:
    upstream.script(*faults.status_then(529, Answer(text="finally"), times=2))
    client = anthropic_client(upstream)
    for _ in range(2):
        with pytest.raises(anthropic.APIStatusError):
            client.messages.create(model="m", max_tokens=5, messages=USER_TURN)
    message = client.messages.create(model="m", max_tokens=5, messages=USER_TURN)
    assert message.content[0].type == "text" and message.content[0].text == "finally"


def test_anthropic_error_event_mid_stream(upstream: FakeUpstream) -> None:
    upstream.script(faults.anthropic_error_midstream(Answer(text="Partial answer"), after_frames=4))
    stream = anthropic_client(upstream).messages.create(
        model="m", max_tokens=5, messages=USER_TURN, stream=True
    )
    with pytest.raises(anthropic.APIStatusError) as caught:
        list(stream)
    assert caught.value.body == {
        "type": "error",
        "error": {"type": "overloaded_error", "message": "Overloaded"},
    }


@pytest.mark.parametrize("fault", [faults.openai_error_midstream, faults.openrouter_error_midstream])
def test_openai_style_error_chunk_mid_stream(upstream: FakeUpstream, fault: Any) -> None:
    upstream.script(fault(Answer(text="Partial answer"), after_frames=2))
    stream = openai_client(upstream).chat.completions.create(model="m", messages=USER_TURN, stream=True)
    with pytest.raises(openai.APIError):
        list(stream)


# ----- faults on the wire -----


def test_dropped_connection_sends_nothing(upstream: FakeUpstream) -> None:
    upstream.script(faults.drop_connection())
    with pytest.raises(http.client.RemoteDisconnected):
        post_json(upstream, "/v1/messages", {"model": "m", "stream": True})


def test_hang_delays_the_whole_reply(upstream: FakeUpstream) -> None:
    upstream.script(faults.hang(0.3))
    started = time.monotonic()
    response = post_json(upstream, "/v1/chat/completions", {"model": "m"})
    assert response.status == 200 and time.monotonic() - started >= 0.3
    assert json.loads(response.read())["choices"][0]["message"]["content"] == "Hello from the fake upstream."


def test_stall_pauses_mid_stream_then_continues(upstream: FakeUpstream) -> None:
    upstream.script(faults.stall(Answer(text="slow and steady"), after_frames=2, seconds=0.3))
    started = time.monotonic()
    body = post_json(upstream, "/v1/messages", {"model": "m", "stream": True}).read()
    assert time.monotonic() - started >= 0.3
    assert body.endswith(b'event: message_stop\ndata: {"type":"message_stop"}\n\n')


def test_frame_delay_spaces_the_frames(upstream: FakeUpstream) -> None:
    reply = render_openai(Answer(text="abcdefgh" * 3), stream=True, model="m")
    upstream.script(replace(reply, frame_delay=0.05))
    started = time.monotonic()
    body = post_json(upstream, "/v1/chat/completions", {"model": "m", "stream": True}).read()
    assert body == reply.joined() and time.monotonic() - started >= 0.05 * (len(reply.frames or []) - 1)


def test_stall_then_close_and_truncate_leave_an_incomplete_body(upstream: FakeUpstream) -> None:
    upstream.script(
        faults.stall(Answer(text="abc"), after_frames=2, seconds=0.1, then_close=True),
        faults.truncate(Answer(text="abcdefghijklmnop"), after_frames=3),
    )
    for frames_sent in (2, 3):
        with pytest.raises(http.client.IncompleteRead) as caught:
            post_json(upstream, "/v1/chat/completions", {"model": "m", "stream": True}).read()
        assert caught.value.partial.count(b"data: ") == frames_sent
        assert b"[DONE]" not in caught.value.partial


def test_end_early_ends_the_body_cleanly_without_done(upstream: FakeUpstream) -> None:
    upstream.script(faults.end_early(Answer(text="abcdefghijklmnop"), after_frames=2))
    body = post_json(upstream, "/v1/chat/completions", {"model": "m", "stream": True}).read()
    assert body.count(b"data: ") == 2 and b"[DONE]" not in body


def test_invalid_json_and_garbage_lines(upstream: FakeUpstream) -> None:
    upstream.script(faults.invalid_json(), faults.garbage(Answer(text="x"), at=1))
    response = post_json(upstream, "/v1/chat/completions", {"model": "m"})
    assert response.status == 200 and response.getheader("content-type") == "application/json"
    with pytest.raises(json.JSONDecodeError):
        json.loads(response.read())
    body = post_json(upstream, "/v1/messages", {"model": "m", "stream": True}).read()
    assert faults.GARBAGE_FRAME in body and body.index(faults.GARBAGE_FRAME) > body.index(b"message_start")


def test_keepalive_comments_are_skipped_by_the_sdk(upstream: FakeUpstream) -> None:
    upstream.script(faults.keepalive_comments(Answer(text="commented stream")))
    stream = openai_client(upstream).chat.completions.create(model="m", messages=USER_TURN, stream=True)
    assert "".join(c.choices[0].delta.content or "" for c in stream if c.choices) == "commented stream"


def test_a_fault_that_cannot_apply_answers_500_and_is_reported(upstream: FakeUpstream) -> None:
    upstream.script(faults.truncate(None, after_frames=1))
    response = post_json(upstream, "/v1/chat/completions", {"model": "m"})
    assert response.status == 500 and b"needs a streamed reply" in response.read()
    assert len(upstream.errors) == 1


# ----- recording, routing, lifecycle -----


def test_requests_are_recorded_byte_for_byte(upstream: FakeUpstream) -> None:
    body = b'{"model": "claude-x", "stream": false,  "messages": []}'
    head = (
        b"POST /v1/messages?beta=true HTTP/1.1\r\nHost: fake\r\nX-Custom-Thing: Value One\r\n"
        b"anthropic-version: 2023-06-01\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
    )
    chunked = b"%x\r\n%s\r\n0\r\n\r\n" % (len(body), body)
    with socket.create_connection(("127.0.0.1", upstream.port), timeout=5) as sock:
        sock.sendall(head + chunked)
        answer = b"".join(iter(lambda: sock.recv(65536), b""))
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n") and b"\r\nconnection: close\r\n" in answer
    recorded = upstream.requests[0]
    assert (recorded.method, recorded.path, recorded.query) == ("POST", "/v1/messages", "beta=true")
    assert recorded.headers == [
        ("Host", "fake"),
        ("X-Custom-Thing", "Value One"),
        ("anthropic-version", "2023-06-01"),
        ("Transfer-Encoding", "chunked"),
        ("Connection", "close"),
    ]
    assert recorded.body == body and recorded.json()["model"] == "claude-x"
    assert recorded.header("x-custom-thing") == "Value One" and recorded.query_params() == {"beta": ["true"]}


def test_sdk_requests_are_recorded_as_sent(upstream: FakeUpstream) -> None:
    client = anthropic.Anthropic(
        base_url=upstream.url, api_key="x", max_retries=0, default_headers={"X-Claude-Code-Session-Id": "abc"}
    )
    client.messages.create(model="claude-x", max_tokens=7, messages=USER_TURN)
    recorded = upstream.requests[0]
    assert recorded.header("X-Claude-Code-Session-Id") == "abc"
    assert "X-Claude-Code-Session-Id" in recorded.header_names()
    assert recorded.json() == {"max_tokens": 7, "messages": USER_TURN, "model": "claude-x"}
    assert int(recorded.header("content-length") or 0) == len(recorded.body)


def test_streamed_reply_reaches_the_client_byte_exact(upstream: FakeUpstream) -> None:
    reply = render_anthropic(rich_answer(), stream=True, model="m")
    upstream.script(reply)
    response = post_json(upstream, "/v1/messages", {"model": "m", "stream": True})
    assert response.getheader("transfer-encoding") == "chunked"
    assert response.getheader("request-id") == reply.header("request-id")
    assert response.read() == reply.joined()


def test_bad_bodies_and_unknown_routes_do_not_consume_the_script(upstream: FakeUpstream) -> None:
    upstream.script(Answer(text="kept"))
    connection = http.client.HTTPConnection("127.0.0.1", upstream.port, timeout=5)
    connection.request("POST", "/v1/messages", body=b"{not json")
    bad = connection.getresponse()
    assert bad.status == 400 and json.loads(bad.read())["error"]["type"] == "invalid_request_error"
    connection.request("HEAD", "/")
    head = connection.getresponse()
    assert head.status == 404 and head.read() == b""
    connection.request("POST", "/v1/nowhere", body=b"{}")
    missing = connection.getresponse()
    assert missing.status == 404 and "Invalid URL" in json.loads(missing.read())["error"]["message"]
    assert upstream.pending == 1 and len(upstream.requests) == 3


def test_callables_see_the_request(upstream: FakeUpstream) -> None:
    def echo(request: RecordedRequest) -> Answer:
        return Answer(text="you said " + request.json()["messages"][0]["content"])

    upstream.script(echo)
    message = anthropic_client(upstream).messages.create(model="m", max_tokens=5, messages=USER_TURN)
    assert message.content[0].type == "text" and message.content[0].text == "you said hi"


def test_concurrent_requests_each_take_one_scripted_item(upstream: FakeUpstream) -> None:
    upstream.script(*[Answer(text=f"answer {n}") for n in range(24)])
    seen: list[str] = []
    lock = threading.Lock()

    def worker() -> None:
        client = openai_client(upstream)
        for _ in range(4):
            text = client.chat.completions.create(model="m", messages=USER_TURN).choices[0].message.content
            with lock:
                seen.append(text or "")

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(seen) == sorted(f"answer {n}" for n in range(24))
    assert len(upstream.wait_for_requests(24, timeout=1)) == 24


def test_wait_for_requests_times_out(upstream: FakeUpstream) -> None:
    with pytest.raises(TimeoutError):
        upstream.wait_for_requests(1, timeout=0.05)


def test_stop_does_not_wait_for_a_hanging_reply() -> None:
    upstream = FakeUpstream().start()
    upstream.script(faults.hang(30))
    with pytest.raises(TimeoutError):
        connection = http.client.HTTPConnection("127.0.0.1", upstream.port, timeout=0.2)
        connection.request("POST", "/v1/messages", body=b"{}")
        connection.getresponse()
    started = time.monotonic()
    upstream.stop()
    assert time.monotonic() - started < 2


def test_script_items_from_json() -> None:
    assert isinstance(
        item_from_json({"text": "hi", "tool_calls": [{"name": "Write", "arguments": {}}]}), Answer
    )
    assert callable(item_from_json({"error": {"status": 529, "retry_after": 1}}))
    assert isinstance(item_from_json({"fault": "drop_connection"}), Reply)
    hang = item_from_json({"fault": "hang", "seconds": 1, "answer": {"text": "late"}})
    assert isinstance(hang, Faulted) and hang.inner == Answer(text="late")
    with pytest.raises(ValueError, match="unknown answer fields"):
        item_from_json({"txt": "typo"})


def test_foreground_server_runs_a_json_script(tmp_path: Path) -> None:
    script = tmp_path / "script.json"
    write = {"text": "I'll create the file now.", "tool_calls": [{"name": "Write", "arguments": WRITE_ARGS}]}
    script.write_text(json.dumps([write, {"text": "Done."}]))
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fakes.server", "--port", "0", "--script", str(script)],
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        url = process.stdout.readline().split()[-1]
        client = anthropic.Anthropic(base_url=url, api_key="x", max_retries=0)
        with client.messages.stream(model="m", max_tokens=5, messages=USER_TURN) as stream:
            first = stream.get_final_message()
        second = client.messages.create(model="m", max_tokens=5, messages=USER_TURN)
        assert first.stop_reason == "tool_use" and first.content[1].type == "tool_use"
        assert first.content[1].input == WRITE_ARGS
        assert second.content[0].type == "text" and second.content[0].text == "Done."
    finally:
        process.terminate()
        assert process.wait(timeout=5) == 0
