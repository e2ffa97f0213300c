"""OpenAI-style upstream errors → Anthropic error objects and statuses Claude Code reacts to correctly.

Status policy (Claude Code retries 408/409/429/5xx/529 itself and gives up at once on other 4xx):
- 400 and 422 → 400 `invalid_request_error`; 401, 402, 403, 404, 413, 429 keep their status and meaning;
  other 4xx keep their status as `invalid_request_error`.
- 408 and 504 (and Cloudflare's 524) → 504 `timeout_error`, so the client retries.
- 503 (and 529) → 529 `overloaded_error`; every other 5xx → 500 `api_error`.
- A context-window overflow becomes 400 "prompt is too long: ...", the text Claude Code looks for before it
  compacts the conversation; an exhausted quota (`insufficient_quota`) becomes 402 `billing_error`, because
  retrying it for minutes as a 429 cannot help.
The upstream's message is kept, with anything that looks like a credential masked.
"""

from __future__ import annotations

import re
from typing import Any

import orjson

from crossroads.protocols.anthropic import error_object, error_type_for_status

_MAX_MESSAGE = 2000

# Error `type`/`code`/`status` strings (OpenAI, OpenRouter, Gemini, vLLM) → the HTTP status they stand for.
_CODE_STATUS = {
    "invalid_request_error": 400, "invalid_argument": 400, "failed_precondition": 400, "bad_request": 400,
    "context_length_exceeded": 400, "string_above_max_length": 400,
    "authentication_error": 401, "invalid_api_key": 401, "unauthenticated": 401,
    "insufficient_quota": 402, "billing_error": 402, "payment_required": 402,
    "permission_error": 403, "permission_denied": 403,
    "not_found_error": 404, "model_not_found": 404, "not_found": 404,
    "rate_limit_exceeded": 429, "rate_limit_error": 429, "resource_exhausted": 429, "tokens": 429, "requests": 429,
    "server_error": 500, "api_error": 500, "internal": 500, "internal_error": 500,
    "overloaded": 529, "overloaded_error": 529, "unavailable": 529, "service_unavailable": 529,
    "timeout": 504, "deadline_exceeded": 504, "timeout_error": 504,
}

_CONTEXT_OVERFLOW = re.compile(
    r"context[ _-]?(length|window)|maximum context|prompt is too long|too many (input )?tokens"
    r"|reduce the length of the messages|input token count",
    re.IGNORECASE,
)
_SECRETS = (
    (re.compile(r"\b(sk|pk|rk)-[A-Za-z0-9_\-]{12,}"), r"\1-***"),
    (re.compile(r"\b(gsk|xai|csk|fw)_[A-Za-z0-9]{12,}"), r"\1_***"),
    (re.compile(r"\bAIza[0-9A-Za-z_\-]{20,}"), "AIza***"),
    (re.compile(r"(?i)\bbearer\s+[A-Za-z0-9._~+/\-]{8,}=*"), "Bearer ***"),
    (re.compile(r"(?i)([?&](?:key|api[_-]?key|access_token|token)=)[^&\s\"']+"), r"\1***"),
)


def to_anthropic_error(status: int, body: bytes) -> tuple[int, dict]:
    """(status to send, Anthropic error object) for an upstream error response with this status and body."""
    payload = _parse(body)
    fields = _error_fields(payload)
    if not fields.get("message"):
        fields["message"] = _plain_text_message(status, body)
    return _build(status, fields)


def anthropic_error_from_payload(payload: Any, status: int = 200) -> tuple[int, dict]:
    """The same for an already-parsed error payload (a mid-stream `{"error": ...}` chunk, a 200 error body).

    With status 200 the error's own `code`/`type` decide the status."""
    fields = _error_fields(payload)
    if not fields.get("message"):
        fields["message"] = "the upstream reported an error"
    return _build(status, fields)


def error_in_body(chat: dict) -> tuple[int, dict] | None:
    """An error hidden in a 200 response (OpenRouter sends `{"error": ...}`; DeepSeek can end a response with
    `finish_reason: insufficient_system_resource`), or None when the body is a real completion."""
    if not isinstance(chat, dict):
        return None
    if chat.get("error") and not chat.get("choices"):
        return anthropic_error_from_payload(chat)
    choices = chat.get("choices")
    for choice in choices if isinstance(choices, list) else ():
        if isinstance(choice, dict) and choice.get("finish_reason") == "insufficient_system_resource":
            return 529, error_object("overloaded_error", "the upstream ran out of capacity mid-response")
    return None


def _build(status: int, fields: dict[str, Any]) -> tuple[int, dict]:
    message = redact(str(fields["message"]))[:_MAX_MESSAGE]
    code_status = _status_from_codes(fields)
    out_status = _anthropic_status(status if 400 <= status < 600 else code_status or 500)
    if fields.get("code_key") == "context_length_exceeded" or (
        out_status == 400 and _CONTEXT_OVERFLOW.search(message)
    ):
        if not message.lower().startswith("prompt is too long"):
            message = f"prompt is too long: {message}"
        return 400, error_object("invalid_request_error", message)
    if code_status == 402:
        return 402, error_object("billing_error", message)
    return out_status, error_object(error_type_for_status(out_status), message)


def _anthropic_status(status: int) -> int:
    if status in (400, 422):
        return 400
    if status in (408, 504, 524):
        return 504
    if status in (503, 529):
        return 529
    if 400 <= status < 500:
        return status
    return 500


def _status_from_codes(fields: dict[str, Any]) -> int | None:
    code = fields.get("code")
    if isinstance(code, int) and 400 <= code < 600:
        return code
    for key in ("code_key", "type_key", "status_key"):
        value = fields.get(key)
        if value in _CODE_STATUS:
            return _CODE_STATUS[value]
    return None


def _parse(body: bytes) -> Any:
    try:
        return orjson.loads(body)
    except orjson.JSONDecodeError:
        return None


def _error_fields(payload: Any) -> dict[str, Any]:
    """message, code and type of an error payload in the shapes providers use."""
    if isinstance(payload, list) and payload:  # Gemini's OpenAI endpoint: [{"error": {...}}]
        payload = payload[0]
    if not isinstance(payload, dict):
        return {}
    error = payload.get("error", payload)
    if isinstance(error, str):  # Ollama, llama.cpp: {"error": "model not found"}
        return {"message": error}
    if not isinstance(error, dict):
        return {}
    message = error.get("message") or error.get("msg") or payload.get("message") or payload.get("detail")
    if message is not None and not isinstance(message, str):
        message = orjson.dumps(message).decode()
    raw = (error.get("metadata") or {}).get("raw") if isinstance(error.get("metadata"), dict) else None
    if isinstance(raw, str) and raw and message and raw not in message:
        message = f"{message}: {raw}"  # OpenRouter keeps the provider's own text here
    return {
        "message": message,
        "code": error.get("code"),
        "code_key": _key(error.get("code")),
        "type_key": _key(error.get("type")),
        "status_key": _key(error.get("status")),
    }


def _key(value: Any) -> str | None:
    return value.lower() if isinstance(value, str) else None


def _plain_text_message(status: int, body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    if not text or text.startswith("<"):  # empty, or a proxy's HTML error page
        return f"upstream returned HTTP {status}"
    return text


def redact(text: str) -> str:
    """`text` with API keys, bearer tokens and key query parameters masked."""
    for pattern, replacement in _SECRETS:
        text = pattern.sub(replacement, text)
    return text
