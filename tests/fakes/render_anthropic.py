"""Render an :class:`Answer` as Anthropic Messages bytes (``POST /v1/messages``).

Non-streaming: one Message object (compact JSON).  Streaming, byte for byte as the API frames
it (``event: NAME\\ndata: {compact json}\\n\\n``):

``message_start`` (empty content, ``stop_reason: null``, input usage), then per content block
``content_block_start`` / ``content_block_delta``... / ``content_block_stop`` (a ``ping`` follows
the first ``content_block_start``, where the real API sends it), then ``message_delta`` with
``stop_reason`` and cumulative usage, then ``message_stop``.

Blocks come in the order thinking, text, tool_use.  A thinking block streams ``thinking_delta``
fragments and then one ``signature_delta``; a tool_use block starts with ``input: {}`` and
streams ``input_json_delta`` fragments, the first one empty (``partial_json: ""``) as the API
does.
"""

from __future__ import annotations

from typing import Any

from tests.fakes.answers import Answer, ToolCall
from tests.fakes.headers import anthropic_headers
from tests.fakes.ids import message_id
from tests.fakes.pieces import split
from tests.fakes.reply import Reply, compact_json, sse_event, sse_event_raw

# The real API spells the ping payload with a space, unlike every other event.
PING_FRAME = sse_event_raw("ping", '{"type": "ping"}')

Event = tuple[str, dict[str, Any]]


def render_anthropic(answer: Answer, *, stream: bool, model: str, chunking: int | None = None) -> Reply:
    """The reply api.anthropic.com sends for ``answer``; ``chunking`` is the maximum number of
    characters per text, thinking or tool-input fragment."""
    name = answer.model_for(model)
    if not stream:
        body = compact_json(message(answer, name)).encode()
        return Reply(headers=anthropic_headers(stream=False), body=body)
    return Reply(headers=anthropic_headers(stream=True), frames=stream_frames(answer, name, chunking))


def start_usage(answer: Answer, output_tokens: int) -> dict[str, Any]:
    return {
        "input_tokens": answer.input_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": answer.cache_read_tokens,
        "cache_creation": {"ephemeral_5m_input_tokens": 0, "ephemeral_1h_input_tokens": 0},
        "output_tokens": output_tokens,
        "service_tier": "standard",
    }


def final_usage(answer: Answer) -> dict[str, Any]:
    return {
        "input_tokens": answer.input_tokens,
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": answer.cache_read_tokens,
        "output_tokens": answer.output_tokens,
    }


def content_blocks(answer: Answer) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if answer.thinking:
        blocks.append(
            {"type": "thinking", "thinking": answer.thinking, "signature": answer.thinking_signature}
        )
    if answer.text:
        blocks.append({"type": "text", "text": answer.text})
    for call in answer.tool_calls:
        blocks.append({"type": "tool_use", "id": call.id, "name": call.name, "input": call.arguments})
    return blocks


def message(answer: Answer, model: str, *, streaming_start: bool = False) -> dict[str, Any]:
    """The Message object; with ``streaming_start`` the skeleton that ``message_start`` carries."""
    return {
        "id": message_id(),
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": [] if streaming_start else content_blocks(answer),
        "stop_reason": None if streaming_start else answer.stop,
        "stop_sequence": None if streaming_start else answer.reported_stop_sequence,
        "usage": start_usage(answer, 1) if streaming_start else start_usage(answer, answer.output_tokens),
    }


def _delta(index: int, delta: dict[str, Any]) -> Event:
    return "content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}


def _thinking_events(index: int, answer: Answer, chunking: int | None) -> list[Event]:
    start = {"type": "thinking", "thinking": "", "signature": ""}
    events: list[Event] = [_start(index, start)]
    events += [
        _delta(index, {"type": "thinking_delta", "thinking": p}) for p in split(answer.thinking, chunking)
    ]
    events.append(_delta(index, {"type": "signature_delta", "signature": answer.thinking_signature}))
    return events


def _text_events(index: int, answer: Answer, chunking: int | None) -> list[Event]:
    events: list[Event] = [_start(index, {"type": "text", "text": ""})]
    events += [_delta(index, {"type": "text_delta", "text": p}) for p in split(answer.text, chunking)]
    return events


def _tool_events(index: int, call: ToolCall, chunking: int | None) -> list[Event]:
    start = {"type": "tool_use", "id": call.id, "name": call.name, "input": {}}
    fragments = ["", *split(call.arguments_anthropic(), chunking)]
    events: list[Event] = [_start(index, start)]
    events += [_delta(index, {"type": "input_json_delta", "partial_json": f}) for f in fragments]
    return events


def _start(index: int, block: dict[str, Any]) -> Event:
    return "content_block_start", {"type": "content_block_start", "index": index, "content_block": block}


def _stop(index: int) -> Event:
    return "content_block_stop", {"type": "content_block_stop", "index": index}


def block_events(answer: Answer, chunking: int | None) -> list[list[Event]]:
    """The events of each content block, one list per block, in content order."""
    blocks: list[list[Event]] = []
    if answer.thinking:
        blocks.append(_thinking_events(len(blocks), answer, chunking))
    if answer.text:
        blocks.append(_text_events(len(blocks), answer, chunking))
    for call in answer.tool_calls:
        blocks.append(_tool_events(len(blocks), call, chunking))
    return [[*events, _stop(index)] for index, events in enumerate(blocks)]


def stream_frames(answer: Answer, model: str, chunking: int | None) -> list[bytes]:
    start = {"type": "message_start", "message": message(answer, model, streaming_start=True)}
    frames = [sse_event("message_start", start)]
    blocks = block_events(answer, chunking)
    for number, events in enumerate(blocks):
        for position, (name, data) in enumerate(events):
            frames.append(sse_event(name, data))
            if number == 0 and position == 0:
                frames.append(PING_FRAME)
    if not blocks:
        frames.append(PING_FRAME)
    delta = {"stop_reason": answer.stop, "stop_sequence": answer.reported_stop_sequence}
    frames.append(
        sse_event("message_delta", {"type": "message_delta", "delta": delta, "usage": final_usage(answer)})
    )
    frames.append(sse_event("message_stop", {"type": "message_stop"}))
    return frames
