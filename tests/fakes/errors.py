"""Error replies and mid-stream error frames in each provider's own shape.

* OpenAI (and compatible servers): ``{"error": {"message", "type", "param", "code"}}``,
  pretty-printed with 4 spaces as api.openai.com sends it; mid-stream, one
  ``data: {"error": {...}}`` frame, after which the stream just ends (no ``[DONE]``).
* Anthropic: ``{"type": "error", "error": {"type", "message"}, "request_id": "req_..."}`` with
  the same id in the ``request-id`` header; mid-stream, an ``event: error`` frame.
* OpenRouter, mid-stream: a ``chat.completion.chunk`` with a top-level ``error`` object
  (numeric-or-string ``code`` and ``message``) and ``finish_reason: "error"``.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable

from tests.fakes.headers import FAKE_ORGANIZATION_ID, JSON_CONTENT_TYPE
from tests.fakes.ids import anthropic_request_id, completion_id, openai_request_id
from tests.fakes.recorded import RecordedRequest
from tests.fakes.reply import Header, Reply, compact_json, sse_data, sse_event_raw
from tests.fakes.respond import protocol_of

OPENAI_DEFAULTS: dict[int, tuple[str, str | None, str]] = {
    400: ("invalid_request_error", None, "Invalid request."),
    401: ("invalid_request_error", "invalid_api_key", "Incorrect API key provided: sk-fake***."),
    403: (
        "invalid_request_error",
        "unsupported_country_region_territory",
        "Country, region, or territory not supported",
    ),
    404: (
        "invalid_request_error",
        None,
        "The model `fake-model` does not exist or you do not have access to it.",
    ),
    429: ("requests", "rate_limit_exceeded", "Rate limit reached for requests. Please try again in 1s."),
    500: ("server_error", None, "The server had an error while processing your request. Sorry about that!"),
    503: ("server_error", None, "The server is overloaded or not ready yet."),
}

ANTHROPIC_DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("invalid_request_error", "Invalid request"),
    401: ("authentication_error", "invalid x-api-key"),
    403: ("permission_error", "Your API key does not have permission to use the specified resource."),
    404: ("not_found_error", "Not found"),
    413: ("request_too_large", "Request exceeds the maximum allowed number of bytes."),
    429: ("rate_limit_error", "Number of request tokens has exceeded your per-minute rate limit"),
    500: ("api_error", "Internal server error"),
    529: ("overloaded_error", "Overloaded"),
}


def _retry_headers(retry_after: float | None, should_retry: bool | None) -> list[Header]:
    headers: list[Header] = []
    if retry_after is not None:
        headers.append(("retry-after", f"{retry_after:g}"))
    if should_retry is not None:
        headers.append(("x-should-retry", "true" if should_retry else "false"))
    return headers


def _openai_defaults(status: int) -> tuple[str, str | None, str]:
    fallback = (
        ("server_error", None, "Internal error")
        if status >= 500
        else ("invalid_request_error", None, "Error")
    )
    return OPENAI_DEFAULTS.get(status, fallback)


def openai_error(
    status: int,
    message: str | None = None,
    type: str | None = None,
    code: str | None = None,
    *,
    param: str | None = None,
    retry_after: float | None = None,
    should_retry: bool | None = None,
) -> Reply:
    """An OpenAI error response; ``type``, ``code`` and ``message`` default by status."""
    default_type, default_code, default_message = _openai_defaults(status)
    error = {
        "message": message or default_message,
        "type": type or default_type,
        "param": param,
        "code": code if code is not None else default_code,
    }
    body = json.dumps({"error": error}, indent=4, ensure_ascii=False) + "\n"
    headers: list[Header] = [
        ("content-type", "application/json; charset=utf-8"),
        ("x-request-id", openai_request_id()),
        *_retry_headers(retry_after, should_retry),
    ]
    return Reply(status=status, headers=headers, body=body.encode())


def _anthropic_defaults(status: int) -> tuple[str, str]:
    fallback = ("api_error", "Internal server error") if status >= 500 else ("invalid_request_error", "Error")
    return ANTHROPIC_DEFAULTS.get(status, fallback)


def anthropic_error(
    status: int,
    error_type: str | None = None,
    message: str | None = None,
    *,
    retry_after: float | None = None,
    should_retry: bool | None = None,
) -> Reply:
    """An Anthropic error response; ``error_type`` and ``message`` default by status."""
    default_type, default_message = _anthropic_defaults(status)
    request_id = anthropic_request_id()
    error = {"type": error_type or default_type, "message": message or default_message}
    body = compact_json({"type": "error", "error": error, "request_id": request_id})
    headers: list[Header] = [
        ("content-type", JSON_CONTENT_TYPE),
        ("request-id", request_id),
        ("anthropic-organization-id", FAKE_ORGANIZATION_ID),
        *_retry_headers(retry_after, should_retry),
    ]
    return Reply(status=status, headers=headers, body=body.encode())


def upstream_error(
    status: int,
    message: str | None = None,
    *,
    retry_after: float | None = None,
    should_retry: bool | None = None,
) -> Callable[[RecordedRequest], Reply]:
    """A scripted error in the shape of whichever protocol the request used."""

    def reply(request: RecordedRequest) -> Reply:
        if protocol_of(request.path) == "anthropic":
            return anthropic_error(
                status, message=message, retry_after=retry_after, should_retry=should_retry
            )
        return openai_error(status, message, retry_after=retry_after, should_retry=should_retry)

    return reply


def anthropic_error_frame(error_type: str = "overloaded_error", message: str = "Overloaded") -> bytes:
    """``event: error`` as the API sends it mid-stream (its JSON has spaces after separators)."""
    payload = json.dumps({"type": "error", "error": {"type": error_type, "message": message}})
    return sse_event_raw("error", payload)


def openai_error_frame(
    message: str = "The server had an error while processing your request. Sorry about that!",
    type: str = "server_error",
    code: str | None = None,
) -> bytes:
    """A mid-stream ``data: {"error": {...}}`` frame as api.openai.com sends it."""
    error: dict[str, str] = {"message": message, "type": type}
    if code is not None:
        error["code"] = code
    return f"data: {json.dumps({'error': error})}\n\n".encode()


def openrouter_error_frame(
    message: str = "Provider disconnected unexpectedly",
    code: int | str = "server_error",
    model: str = "fake-model",
) -> bytes:
    """OpenRouter's mid-stream error: a chunk with ``error`` and ``finish_reason: "error"``."""
    chunk = {
        "id": completion_id(),
        "object": "chat.completion.chunk",
        "created": int(time.time()),
        "model": model,
        "provider": "FakeProvider",
        "error": {"code": code, "message": message},
        "choices": [
            {"index": 0, "delta": {"content": ""}, "finish_reason": "error", "native_finish_reason": "error"}
        ],
    }
    return sse_data(chunk)
