"""Front-door checks on a Messages request: parsed once, validated cheaply, errors phrased for the client."""

from __future__ import annotations

from typing import Any

import orjson

MAX_TOKENS_CEILING = 1_000_000


class RequestError(Exception):
    """A client mistake, answered as an Anthropic error object with this status and type."""

    def __init__(self, status: int, error_type: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error_type = error_type
        self.message = message


def invalid(message: str) -> RequestError:
    return RequestError(400, "invalid_request_error", message)


def parse_json_object(body: bytes) -> dict[str, Any]:
    if not body:
        raise invalid("the request body is empty; send a JSON object")
    try:
        data = orjson.loads(body)
    except orjson.JSONDecodeError as exc:
        if b"\xff" in body or not _is_utf8(body):
            raise invalid("the request body is not valid UTF-8") from None
        raise invalid(f"the request body is not valid JSON: {exc}") from None
    if not isinstance(data, dict):
        raise invalid(f"the request body must be a JSON object, not {type(data).__name__}")
    return data


def _is_utf8(body: bytes) -> bool:
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def validate_messages_request(data: dict[str, Any], *, need_max_tokens: bool = True) -> None:
    model = data.get("model")
    if not isinstance(model, str) or not model:
        raise invalid("model: a non-empty string is required")
    messages = data.get("messages")
    if not isinstance(messages, list):
        raise invalid("messages: a list of messages is required")
    if not messages:
        raise invalid("messages: at least one message is required")
    for index, message in enumerate(messages):
        if not isinstance(message, dict):
            raise invalid(f"messages.{index}: each message must be an object with role and content")
        role = message.get("role")
        if role not in ("user", "assistant", "system"):
            raise invalid(f"messages.{index}.role: must be 'user' or 'assistant' (got {role!r})")
        content = message.get("content")
        if not isinstance(content, str | list):
            raise invalid(f"messages.{index}.content: must be a string or a list of content blocks")
        if isinstance(content, list):
            for block_index, block in enumerate(content):
                if not isinstance(block, dict) or not isinstance(block.get("type"), str):
                    raise invalid(f"messages.{index}.content.{block_index}: each block must be an object with a type")
    if need_max_tokens:
        max_tokens = data.get("max_tokens")
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool):
            raise invalid("max_tokens: an integer is required")
        if max_tokens < 1:
            raise invalid("max_tokens: must be at least 1")
        if max_tokens > MAX_TOKENS_CEILING:
            raise invalid(f"max_tokens: {max_tokens} is more than any model can produce (limit {MAX_TOKENS_CEILING})")
    stream = data.get("stream")
    if stream is not None and not isinstance(stream, bool):
        raise invalid("stream: must be true or false")
    system = data.get("system")
    if system is not None and not isinstance(system, str | list):
        raise invalid("system: must be a string or a list of text blocks")
    tools = data.get("tools")
    if tools is not None and not isinstance(tools, list):
        raise invalid("tools: must be a list")


def session_of(data: dict[str, Any], header_session: str | None) -> str | None:
    """Claude Code's session id: `metadata.user_id` is a JSON string holding `session_id`; the
    `X-Claude-Code-Session-Id` header carries the same value."""
    if header_session:
        return header_session
    metadata = data.get("metadata")
    user_id = metadata.get("user_id") if isinstance(metadata, dict) else None
    if isinstance(user_id, str) and user_id.startswith("{"):
        try:
            parsed = orjson.loads(user_id)
        except orjson.JSONDecodeError:
            return None
        session = parsed.get("session_id") if isinstance(parsed, dict) else None
        return session if isinstance(session, str) and session else None
    if isinstance(user_id, str) and "_session_" in user_id:
        return user_id.rsplit("_session_", 1)[1] or None
    return None
