"""A complete Anthropic Message rendered as the SSE event sequence a streaming client expects."""

from __future__ import annotations

from typing import Any

import orjson

from crossroads.protocols.sse import encode_event


def _event(name: str, payload: dict[str, Any]) -> bytes:
    return encode_event(name, orjson.dumps(payload))


def _block_start(block: dict[str, Any]) -> dict[str, Any]:
    kind = block.get("type")
    if kind == "text":
        return {"type": "text", "text": ""}
    if kind == "thinking":
        return {"type": "thinking", "thinking": "", "signature": ""}
    if kind == "tool_use":
        return {"type": "tool_use", "id": block.get("id"), "name": block.get("name"), "input": {}}
    return block


def _block_deltas(block: dict[str, Any]) -> list[dict[str, Any]]:
    kind = block.get("type")
    if kind == "text" and block.get("text"):
        return [{"type": "text_delta", "text": block["text"]}]
    if kind == "thinking":
        deltas: list[dict[str, Any]] = []
        if block.get("thinking"):
            deltas.append({"type": "thinking_delta", "thinking": block["thinking"]})
        if block.get("signature"):
            deltas.append({"type": "signature_delta", "signature": block["signature"]})
        return deltas
    if kind == "tool_use":
        return [{"type": "input_json_delta", "partial_json": orjson.dumps(block.get("input") or {}).decode()}]
    return []


def message_to_events(message: dict[str, Any]) -> bytes:
    usage = dict(message.get("usage") or {})
    start = {**message, "content": [], "stop_reason": None, "stop_sequence": None,
             "usage": {**usage, "output_tokens": 0}}
    parts = [_event("message_start", {"type": "message_start", "message": start})]
    for index, block in enumerate(message.get("content") or []):
        parts.append(_event("content_block_start",
                            {"type": "content_block_start", "index": index, "content_block": _block_start(block)}))
        for delta in _block_deltas(block):
            parts.append(_event("content_block_delta", {"type": "content_block_delta", "index": index, "delta": delta}))
        parts.append(_event("content_block_stop", {"type": "content_block_stop", "index": index}))
    parts.append(_event("message_delta", {
        "type": "message_delta",
        "delta": {"stop_reason": message.get("stop_reason"), "stop_sequence": message.get("stop_sequence")},
        "usage": usage,
    }))
    parts.append(_event("message_stop", {"type": "message_stop"}))
    return b"".join(parts)
