"""OpenAI Chat Completions SSE → Anthropic Messages SSE, as a push-driven state machine (no I/O).

    translator = ChatStreamTranslator(model="deepseek-chat", message_id="msg_01...", input_tokens=1234)
    for chunk in upstream_body:            # any chunking, \\n or \\r\\n framing
        client.write(translator.feed(chunk))
    client.write(translator.finish())      # the upstream body ended (closes, or reports truncation)

Output follows Anthropic's grammar: `message_start`, then blocks one at a time (`content_block_start`, deltas,
`content_block_stop`, indices 0, 1, 2...), then `message_delta` and `message_stop`; or an `event: error` and
nothing after it.

Thinking (`reasoning_content` / `reasoning`) and text are relayed as they arrive. Tool calls are held until the
upstream says the response is finished, then each is sent as one complete block (start, one input_json_delta,
stop), because:
- Claude Code parses the concatenated `partial_json` at `content_block_stop`, and what was streamed cannot be
  unsent: invalid arguments (code fences, trailing commas, cut off by max_tokens) can only be repaired before
  anything is sent;
- OpenAI streams may interleave fragments of several tool calls, and late fragments of an earlier call may
  arrive after a later one began, while Anthropic allows deltas only inside the one open block.
The cost is that the tool call appears all at once instead of growing on screen; Claude Code runs tools only
after the message anyway. So that a long tool call (a whole file for Write) does not look like a stalled
stream, a `ping` goes out for every 100 argument fragments held back.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import orjson

from crossroads.protocols.anthropic import PING_EVENT, error_event
from crossroads.protocols.openai_chat.errors import anthropic_error_from_payload
from crossroads.protocols.openai_chat.response import (
    content_text,
    map_stop_reason,
    map_usage,
    parse_arguments,
    reasoning_text,
    stop_sequence_of,
    tool_call_id,
)
from crossroads.protocols.sse import SSEDecoder, SSEEvent, encode_event

TRUNCATED_MESSAGE = "upstream stream ended before the response was complete"
PING_EVERY_HELD_FRAGMENTS = 100


@dataclass(slots=True)
class _ToolCall:
    position: int
    id: str = ""
    name: str = ""
    arguments: list[str] = field(default_factory=list)


class ChatStreamTranslator:
    """Feed upstream Chat Completions SSE bytes, get Anthropic SSE bytes back (see the module docstring)."""

    def __init__(self, model: str, message_id: str, input_tokens: int = 0) -> None:
        self._model = model
        self._message_id = message_id
        self._decoder = SSEDecoder()
        self._started = False
        self._done = False
        self._finish_reason: str | None = None
        self._finished = False  # a finish_reason arrived
        self._stop_sequence: str | None = None
        self._stop_reason: str | None = None
        self._next_index = 0
        self._open_kind: str | None = None  # "thinking" | "text" while a block is open
        self._tools: list[_ToolCall] = []
        self._tools_by_index: dict[int, _ToolCall] = {}
        self._tools_by_id: dict[str, _ToolCall] = {}
        self._tools_sent = False
        self._held_fragments = 0
        self._usage_seen = False
        self._usage = {
            "input_tokens": input_tokens,
            "output_tokens": 0,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
        }
        self.notes: list[str] = []

    # --- public surface ---------------------------------------------------------------------------------

    @property
    def usage(self) -> dict[str, int]:
        return dict(self._usage)

    @property
    def stop_reason(self) -> str | None:
        return self._stop_reason

    @property
    def done(self) -> bool:
        """True once `message_stop` or an error event was produced; further input is ignored."""
        return self._done

    def feed(self, data: bytes) -> bytes:
        if self._done:
            return b""
        out: list[bytes] = []
        for event in self._decoder.feed(data):
            self._on_event(event, out)
            if self._done:
                break
        return b"".join(out)

    def finish(self) -> bytes:
        """The upstream body ended: complete the message, or report a truncated stream as an error event
        (Claude Code then retries without streaming). Safe to call more than once."""
        if self._done:
            return b""
        out: list[bytes] = []
        for event in self._decoder.flush():
            self._on_event(event, out)
            if self._done:
                return b"".join(out)
        if self._finished:
            self._complete(out)
        else:
            self._error("api_error", TRUNCATED_MESSAGE, out)
        return b"".join(out)

    def fail(self, error_type: str, message: str) -> bytes:
        """An `event: error` for a failure the gateway detected (upstream error, idle timeout)."""
        if self._done:
            return b""
        out: list[bytes] = []
        self._error(error_type, message, out)
        return b"".join(out)

    # --- upstream events --------------------------------------------------------------------------------

    def _on_event(self, event: SSEEvent, out: list[bytes]) -> None:
        data = event.data.strip()
        if not data:
            return
        if data == "[DONE]":
            self._finished = True
            self._complete(out)
            return
        try:
            chunk = orjson.loads(data)
        except orjson.JSONDecodeError:
            chunk = None
        if event.event == "error" or (isinstance(chunk, dict) and chunk.get("error")):
            _, body = anthropic_error_from_payload(chunk if chunk is not None else {"error": data})
            self._error(body["error"]["type"], body["error"]["message"], out)
            return
        if not isinstance(chunk, dict):
            self._note(f"ignored a data line that is not a JSON object: {data[:80]!r}")
            return
        self._start(out)
        self._on_chunk(chunk, out)

    def _on_chunk(self, chunk: dict, out: list[bytes]) -> None:
        usage = _usage_of(chunk)
        if usage is not None:
            self._take_usage(usage)
        choices = chunk.get("choices")
        for choice in choices if isinstance(choices, list) else ():
            if not isinstance(choice, dict) or choice.get("index") not in (0, None) or self._finished:
                continue
            delta = choice.get("delta")
            if isinstance(delta, dict):
                self._on_delta(delta, out)
            if choice.get("finish_reason"):
                self._on_finish(choice, out)
        # Usage that arrives with or after the finish (stream_options.include_usage) completes the message.
        if self._finished and usage is not None and not self._done:
            self._complete(out)

    def _on_delta(self, delta: dict, out: list[bytes]) -> None:
        thinking = reasoning_text(delta)
        if thinking:
            self._stream_text("thinking", thinking, out)
        text = content_text(delta.get("content"))
        if text:
            self._stream_text("text", text, out)
        calls = delta.get("tool_calls")
        for call in calls if isinstance(calls, list) else ():
            if isinstance(call, dict):
                self._on_tool_delta(call, out)
        legacy = delta.get("function_call")
        if isinstance(legacy, dict) and not calls:
            self._on_tool_delta({"index": 0, "function": legacy}, out)

    def _on_finish(self, choice: dict, out: list[bytes]) -> None:
        reason = choice["finish_reason"]
        if reason == "insufficient_system_resource":  # DeepSeek gave up mid-response
            self._error("overloaded_error", "the upstream ran out of capacity mid-response", out)
            return
        self._finished = True
        self._finish_reason = reason if isinstance(reason, str) else None
        self._stop_sequence = stop_sequence_of(choice)
        self._close_block(out)
        self._send_tools(out)

    def _take_usage(self, usage: dict) -> None:
        mapped = map_usage(usage)
        self._usage_seen = True
        self._usage["output_tokens"] = mapped["output_tokens"]
        if mapped["input_tokens"] or mapped["cache_read_input_tokens"]:
            self._usage["input_tokens"] = mapped["input_tokens"]
            self._usage["cache_read_input_tokens"] = mapped["cache_read_input_tokens"]

    # --- tool calls -------------------------------------------------------------------------------------

    def _on_tool_delta(self, delta: dict, out: list[bytes]) -> None:
        call = self._tool_for(delta.get("index"), delta.get("id"))
        self._held_fragments += 1
        if self._held_fragments % PING_EVERY_HELD_FRAGMENTS == 0:
            out.append(PING_EVENT)
        if isinstance(delta.get("id"), str) and delta["id"] and not call.id:
            call.id = delta["id"]
            self._tools_by_id[call.id] = call
        function = delta.get("function")
        if not isinstance(function, dict):
            return
        name = function.get("name")
        if isinstance(name, str) and name and name != call.name:
            call.name += name  # a name normally arrives whole, once; some servers repeat it on every chunk
        arguments = function.get("arguments")
        if isinstance(arguments, str):
            call.arguments.append(arguments)
        elif isinstance(arguments, dict):  # lenient servers send the object itself
            call.arguments[:] = [orjson.dumps(arguments).decode()]

    def _tool_for(self, index: Any, call_id: Any) -> _ToolCall:
        """The call a tool delta belongs to: by id when known (Mistral repeats it on every chunk), else by
        OpenAI `index`; a new id at a known index is a new call (some servers reuse index 0)."""
        if isinstance(call_id, str) and call_id in self._tools_by_id:
            return self._tools_by_id[call_id]
        if isinstance(index, int):
            known = self._tools_by_index.get(index)
            if known is not None and not (call_id and known.id and known.id != call_id):
                return known
        elif not call_id and self._tools:
            return self._tools[-1]
        call = _ToolCall(position=len(self._tools))
        self._tools.append(call)
        if isinstance(index, int):
            self._tools_by_index[index] = call
        return call

    def _send_tools(self, out: list[bytes]) -> None:
        if self._tools_sent:
            return
        self._tools_sent = True
        for call in self._tools:
            block = {
                "type": "tool_use",
                "id": tool_call_id(call.id, self._message_id, call.position),
                "name": call.name,
                "input": {},
            }
            index = self._open_block(block, out)
            self._delta(index, {"type": "input_json_delta", "partial_json": self._final_arguments(call)}, out)
            self._close_block(out)

    def _final_arguments(self, call: _ToolCall) -> str:
        """The arguments as sent when they are a JSON object, else the repaired object (with a note)."""
        text = "".join(call.arguments)
        if not text.strip():
            return "{}"
        try:
            if isinstance(orjson.loads(text), dict):
                return text
        except orjson.JSONDecodeError:
            pass
        value, note = parse_arguments(text)
        if note:
            self._note(f"{call.name or 'tool'}: {note}")
        return orjson.dumps(value).decode()

    # --- Anthropic output -------------------------------------------------------------------------------

    def _start(self, out: list[bytes]) -> None:
        if self._started:
            return
        self._started = True
        message = {
            "id": self._message_id,
            "type": "message",
            "role": "assistant",
            "model": self._model,
            "content": [],
            "stop_reason": None,
            "stop_sequence": None,
            "usage": dict(self._usage),
        }
        out.append(_event("message_start", {"type": "message_start", "message": message}))

    def _stream_text(self, kind: str, text: str, out: list[bytes]) -> None:
        if self._open_kind != kind:
            self._close_block(out)
            block = {"type": "thinking", "thinking": "", "signature": ""} if kind == "thinking" else {
                "type": "text", "text": ""}
            self._open_block(block, out)
        delta = {"type": "thinking_delta", "thinking": text} if kind == "thinking" else {
            "type": "text_delta", "text": text}
        self._delta(self._next_index - 1, delta, out)

    def _open_block(self, block: dict, out: list[bytes]) -> int:
        index = self._next_index
        self._next_index += 1
        self._open_kind = block["type"]
        out.append(_event("content_block_start", {"type": "content_block_start", "index": index,
                                                  "content_block": block}))
        return index

    def _delta(self, index: int, delta: dict, out: list[bytes]) -> None:
        out.append(_event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}))

    def _close_block(self, out: list[bytes]) -> None:
        if self._open_kind is None:
            return
        out.append(_event("content_block_stop", {"type": "content_block_stop", "index": self._next_index - 1}))
        self._open_kind = None

    def _complete(self, out: list[bytes]) -> None:
        """Close everything and end the message (idempotent)."""
        if self._done:
            return
        self._start(out)
        self._close_block(out)
        self._send_tools(out)
        if self._next_index == 0:
            # Nothing at all came back: one empty text block, as for a non-streamed empty answer.
            self._open_block({"type": "text", "text": ""}, out)
            self._close_block(out)
        has_tools = bool(self._tools)
        if self._stop_sequence and not has_tools:
            self._stop_reason = "stop_sequence"
        else:
            self._stop_reason = map_stop_reason(self._finish_reason, has_tools)
        usage: dict[str, int] = {"output_tokens": self._usage["output_tokens"]}
        if self._usage_seen:
            usage = {**self._usage}
        delta = {"stop_reason": self._stop_reason, "stop_sequence": None if has_tools else self._stop_sequence}
        out.append(_event("message_delta", {"type": "message_delta", "delta": delta, "usage": usage}))
        out.append(_event("message_stop", {"type": "message_stop"}))
        self._done = True

    def _error(self, error_type: str, message: str, out: list[bytes]) -> None:
        out.append(error_event(error_type, message))
        self._done = True

    def _note(self, note: str) -> None:
        if note not in self.notes:
            self.notes.append(note)


def _usage_of(chunk: dict) -> dict | None:
    """The usage object of a chunk; Groq puts it under `x_groq`."""
    usage = chunk.get("usage")
    if not isinstance(usage, dict):
        groq = chunk.get("x_groq")
        usage = groq.get("usage") if isinstance(groq, dict) else None
    return usage if isinstance(usage, dict) else None


def _event(name: str, payload: dict) -> bytes:
    return encode_event(name, orjson.dumps(payload))
