"""Trying one upstream model: build its request, send it, retry what is worth retrying, and classify the outcome.

Nothing here writes to the client, so retries and fallbacks stay invisible: a streaming request is answered only
once an upstream has started answering (its first chunk is read before the client sees a status).
"""

from __future__ import annotations

import asyncio
import email.utils
import random
import time
from dataclasses import dataclass

import orjson

from crossroads.config.resolved import ModelTarget
from crossroads.gateway.exchange import Exchange
from crossroads.gateway.headers import passthrough_request_headers, translated_request_headers
from crossroads.gateway.requests import RequestError
from crossroads.gateway.upstream import UpstreamError, UpstreamResponse
from crossroads.protocols.anthropic import (
    ERROR_STATUS,
    drop_unsigned_thinking,
    has_unsigned_thinking,
    replace_model,
)
from crossroads.protocols.openai_chat.errors import anthropic_error_from_payload, to_anthropic_error
from crossroads.protocols.openai_chat.options import ChatOptions
from crossroads.protocols.openai_chat.request import to_chat_request
from crossroads.protocols.sse import SSEDecoder

RETRYABLE_STATUS = frozenset({429, 500, 502, 503, 504, 529})
# Errors that belong to one provider or key: another model may well succeed.
FALLBACK_STATUS = RETRYABLE_STATUS | {401, 403, 404}
GATEWAY_STATUS = {"connect": 502, "first_byte_timeout": 504, "idle_timeout": 504, "disconnected": 502,
                  "transport": 502}
GATEWAY_TYPE = {"connect": "api_error", "first_byte_timeout": "timeout_error", "idle_timeout": "timeout_error",
                "disconnected": "api_error", "transport": "api_error"}


@dataclass
class Success:
    response: UpstreamResponse
    first_chunk: bytes | None = None
    """For streams: the chunk read before answering the client (it proved the upstream started)."""
    attempts: int = 1


@dataclass
class Failure:
    status: int
    error_type: str
    message: str
    retryable: bool
    fallback_ok: bool
    attempts: int = 1
    retry_after: str | None = None
    raw_error: bytes | None = None
    """An Anthropic-protocol upstream's own error body, relayed as it is when it is the final answer."""
    upstream_status: int | None = None


@dataclass(frozen=True)
class PreparedRequest:
    url: str
    headers: list[tuple[str, str]]
    body: bytes


def chat_options(target: ModelTarget) -> ChatOptions:
    spec = target.spec
    return ChatOptions(
        model=target.model_id, max_tokens_field=target.max_tokens_field, max_output_tokens=target.max_output_tokens,
        schema_dialect=spec.schema_dialect, reasoning_field=spec.reasoning_field, stream_usage=spec.stream_usage,
        send_user=spec.send_user,
    )


def prepare(exchange: Exchange, target: ModelTarget) -> PreparedRequest:
    if target.protocol == "anthropic":
        query = exchange.scope.get("query_string") or b""
        url = target.endpoint + ("?" + query.decode("latin-1") if query else "")
        return PreparedRequest(url, passthrough_request_headers(exchange.scope["headers"], target),
                               passthrough_body(exchange, target))
    try:
        chat_body, notes = to_chat_request(exchange.data, chat_options(target))
    except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
        raise RequestError(400, "invalid_request_error",
                           f"the request cannot be translated for {target.full}: {type(exc).__name__} {exc}") from None
    exchange.record.notes.extend(notes)
    return PreparedRequest(target.endpoint, translated_request_headers(target, exchange.stream), orjson.dumps(chat_body))


def passthrough_body(exchange: Exchange, target: ModelTarget) -> bytes:
    data = exchange.data
    if has_unsigned_thinking(data.get("messages") or []):
        # Thinking written by another provider has no valid signature; Anthropic would reject the request.
        exchange.record.notes.append("dropped unsigned thinking blocks")
        edited = drop_unsigned_thinking(data)
        edited["model"] = target.model_id
        return orjson.dumps(edited)
    return replace_model(exchange.body, data["model"], target.model_id)


def retry_after_seconds(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Capped exponential backoff with full jitter in the upper half: attempt 1 → ~base, 2 → ~2·base…"""
    ceiling = min(cap, base * (2 ** (attempt - 1)))
    return ceiling * (0.5 + random.random() / 2)


def _gateway_failure(error: UpstreamError, target: ModelTarget) -> Failure:
    return Failure(GATEWAY_STATUS.get(error.kind, 502), GATEWAY_TYPE.get(error.kind, "api_error"),
                   f"{target.full}: {error.message}", retryable=True, fallback_ok=True)


async def _status_failure(response: UpstreamResponse, target: ModelTarget) -> Failure:
    try:
        payload = await response.read()
    except UpstreamError:
        payload = b""
    status = response.status
    if target.protocol == "anthropic":
        mapped_status, error = anthropic_error_from_payload(_json_or_text(payload), status)
        mapped_status = status  # an Anthropic-protocol upstream's status already means what it says
        raw = payload if _is_anthropic_error(payload) else None
    else:
        mapped_status, error = to_anthropic_error(status, payload)
        raw = None
    return Failure(
        mapped_status, error["error"]["type"], f"{target.full}: {error['error']['message']}",
        retryable=status in RETRYABLE_STATUS, fallback_ok=status in FALLBACK_STATUS,
        retry_after=response.header("retry-after"), raw_error=raw, upstream_status=status,
    )


def _json_or_text(payload: bytes) -> object:
    try:
        return orjson.loads(payload)
    except orjson.JSONDecodeError:
        return {"error": {"message": payload.decode("utf-8", "replace")[:300] or "no details"}}


def _is_anthropic_error(payload: bytes) -> bool:
    try:
        data = orjson.loads(payload)
    except orjson.JSONDecodeError:
        return False
    return isinstance(data, dict) and data.get("type") == "error" and isinstance(data.get("error"), dict)


def stream_start_error(chunk: bytes, protocol: str) -> tuple[int, str, str] | None:
    """An upstream that opens its 200 stream with an error event has not really started answering."""
    events = SSEDecoder().feed(chunk)
    if not events:
        return None
    first = events[0]
    try:
        payload = orjson.loads(first.data) if first.data and first.data != "[DONE]" else None
    except orjson.JSONDecodeError:
        return None
    if protocol == "anthropic":
        if first.event != "error" or not isinstance(payload, dict):
            return None
        error_type = (payload.get("error") or {}).get("type") or "api_error"
        message = (payload.get("error") or {}).get("message") or error_type
        return ERROR_STATUS.get(error_type, 500), error_type, message
    if isinstance(payload, dict) and payload.get("error") and not payload.get("choices"):
        status, error = anthropic_error_from_payload(payload)
        return status, error["error"]["type"], error["error"]["message"]
    return None


async def _peek_stream(response: UpstreamResponse, target: ModelTarget, first_byte: float) -> Success | Failure:
    chunk = await response.next_chunk(first_byte)
    if chunk is None:
        response.close()
        return Failure(504, "timeout_error", f"{target.full}: the stream sent nothing for {first_byte:g}s",
                       retryable=True, fallback_ok=True)
    if not chunk:
        response.release()
        return Failure(502, "api_error", f"{target.full}: the upstream closed the stream before sending anything",
                       retryable=True, fallback_ok=True)
    problem = stream_start_error(chunk, target.protocol)
    if problem is not None:
        response.close()
        status, error_type, message = problem
        return Failure(status, error_type, f"{target.full}: {message}", retryable=status in RETRYABLE_STATUS,
                       fallback_ok=status in FALLBACK_STATUS, upstream_status=status)
    return Success(response, chunk)


async def attempt(exchange: Exchange, target: ModelTarget, prepared: PreparedRequest) -> Success | Failure:
    """One try: send, then decide whether the upstream has really started answering."""
    timeouts = exchange.state.timeouts_for(target.timeouts)
    try:
        response = await exchange.state.upstream.post(prepared.url, prepared.headers, prepared.body, timeouts)
    except UpstreamError as error:
        return _gateway_failure(error, target)
    if response.status in RETRYABLE_STATUS or response.status in FALLBACK_STATUS:
        return await _status_failure(response, target)
    content_type = response.header("content-type") or ""
    if response.status == 200 and exchange.stream and content_type.startswith("text/event-stream"):
        try:
            return await _peek_stream(response, target, timeouts.first_byte)
        except UpstreamError as error:
            response.close()
            return _gateway_failure(error, target)
    return Success(response)


async def try_target(exchange: Exchange, target: ModelTarget, more_to_try: bool) -> Success | Failure:
    """Up to `retry.attempts` tries of one model, with backoff; a rate limit moves on at once when another
    model is waiting, and a retry-after longer than the backoff cap is not waited for."""
    prepared = prepare(exchange, target)
    attempts = max(1, int(target.retry.attempts or 1))
    base = float(target.retry.backoff or 0.5)
    cap = float(target.retry.max_backoff or 8.0)
    outcome: Success | Failure
    for number in range(1, attempts + 1):
        outcome = await attempt(exchange, target, prepared)
        outcome.attempts = number
        if isinstance(outcome, Success) or not outcome.retryable or number == attempts:
            return outcome
        if outcome.upstream_status == 429 and more_to_try:
            return outcome
        wait = retry_after_seconds(outcome.retry_after)
        if wait is None:
            wait = backoff_delay(number, base, cap)
        elif wait > cap:
            return outcome
        await asyncio.sleep(wait)
    return outcome
