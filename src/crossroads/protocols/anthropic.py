"""The Anthropic Messages API: error objects, SSE events and the byte-level edits passthrough needs."""

from __future__ import annotations

import re
from typing import Any

import orjson

from crossroads.protocols.sse import encode_event

# Anthropic error types and the HTTP status each one travels with.
ERROR_STATUS: dict[str, int] = {
    "invalid_request_error": 400,
    "authentication_error": 401,
    "billing_error": 402,
    "permission_error": 403,
    "not_found_error": 404,
    "request_too_large": 413,
    "rate_limit_error": 429,
    "api_error": 500,
    "timeout_error": 504,
    "overloaded_error": 529,
}


def error_type_for_status(status: int) -> str:
    """The Anthropic error type that matches an HTTP status from any upstream."""
    if status == 400 or status == 422:
        return "invalid_request_error"
    if status == 401:
        return "authentication_error"
    if status == 402:
        return "billing_error"
    if status == 403:
        return "permission_error"
    if status == 404:
        return "not_found_error"
    if status == 413:
        return "request_too_large"
    if status == 429:
        return "rate_limit_error"
    if status in (503, 529):
        return "overloaded_error"
    if status == 504:
        return "timeout_error"
    if 400 <= status < 500:
        return "invalid_request_error"
    return "api_error"


def error_object(error_type: str, message: str, request_id: str | None = None) -> dict[str, Any]:
    body: dict[str, Any] = {"type": "error", "error": {"type": error_type, "message": message}}
    if request_id:
        body["request_id"] = request_id
    return body


def error_bytes(error_type: str, message: str, request_id: str | None = None) -> bytes:
    return orjson.dumps(error_object(error_type, message, request_id))


def error_event(error_type: str, message: str, request_id: str | None = None) -> bytes:
    """`event: error` for a stream that has already started."""
    return encode_event("error", error_bytes(error_type, message, request_id))


PING_EVENT = encode_event("ping", b'{"type":"ping"}')


_FIRST_KEY = re.compile(rb'^\s*\{\s*"model"\s*:\s*')


def replace_model(body: bytes, old: str, new: str) -> bytes:
    """Return `body` with the top-level `"model"` value changed and every other byte untouched.

    Claude Code writes `model` first, so the common case is a prefix edit. Otherwise the exact old value is
    located; a nested object could carry a `"model"` key with the same value, so ambiguity falls back to a
    structural scan that only looks at depth-1 keys.
    """
    if old == new:
        return body
    old_json = orjson.dumps(old)
    new_json = orjson.dumps(new)
    head = _FIRST_KEY.match(body)
    if head and body.startswith(old_json, head.end()):
        return body[: head.end()] + new_json + body[head.end() + len(old_json) :]
    pattern = re.compile(rb'"model"\s*:\s*' + re.escape(old_json))
    matches = list(pattern.finditer(body))
    if len(matches) == 1:
        match = matches[0]
        return body[: match.end() - len(old_json)] + new_json + body[match.end() :]
    position = _top_level_value_offset(body, b"model")
    if position is None or not body.startswith(old_json, position):
        raise ValueError("the request body has no top-level string 'model'")
    return body[:position] + new_json + body[position + len(old_json) :]


_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[{}\[\]:,]')


def _top_level_value_offset(body: bytes, key: bytes) -> int | None:
    """Offset of the value of a depth-1 key, found by walking strings and brackets (rarely needed)."""
    depth = 0
    expect_key = False
    wanted = orjson.dumps(key.decode())
    pending_key = False
    for token in _TOKEN.finditer(body):
        text = token.group()
        if text in (b"{", b"["):
            depth += 1
            expect_key = text == b"{" and depth == 1
            continue
        if text in (b"}", b"]"):
            depth -= 1
            continue
        if depth != 1:
            continue
        if text == b",":
            expect_key = True
        elif text == b":":
            if pending_key:
                offset = token.end()
                while offset < len(body) and body[offset] in b" \t\r\n":
                    offset += 1
                return offset
        elif expect_key:
            pending_key = text == wanted
            expect_key = False
    return None


def has_unsigned_thinking(messages: list[Any]) -> bool:
    """True when an assistant turn carries thinking without a signature (written by a non-Anthropic model)."""
    for message in messages:
        if not isinstance(message, dict) or message.get("role") != "assistant":
            continue
        content = message.get("content")
        if isinstance(content, list):
            for block in content:
                if isinstance(block, dict) and block.get("type") == "thinking" and not block.get("signature"):
                    return True
    return False


def drop_unsigned_thinking(body: dict[str, Any]) -> dict[str, Any]:
    """A copy of the request without unsigned thinking blocks: Anthropic rejects them, and they carry nothing
    Anthropic can verify. Signed thinking and everything else are kept as they were."""
    messages = []
    for message in body.get("messages", []):
        content = message.get("content") if isinstance(message, dict) else None
        if isinstance(message, dict) and message.get("role") == "assistant" and isinstance(content, list):
            kept = [b for b in content
                    if not (isinstance(b, dict) and b.get("type") == "thinking" and not b.get("signature"))]
            message = {**message, "content": kept or [{"type": "text", "text": ""}]}
        messages.append(message)
    return {**body, "messages": messages}
