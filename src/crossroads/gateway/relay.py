"""Sending an upstream's answer to the client: Anthropic-protocol answers byte for byte, OpenAI-protocol ones
translated; streams chunk by chunk as they arrive, with pings while the upstream is silent."""

from __future__ import annotations

import contextlib
import secrets
import time
from typing import Any

import orjson

from crossroads.config.resolved import ModelTarget
from crossroads.gateway.asgi import send_response
from crossroads.gateway.attempts import GATEWAY_TYPE, Success
from crossroads.gateway.exchange import Exchange
from crossroads.gateway.headers import relayed_response_headers
from crossroads.gateway.upstream import UpstreamError, UpstreamResponse
from crossroads.protocols.anthropic import PING_EVENT, error_event
from crossroads.protocols.anthropic_events import message_to_events
from crossroads.protocols.anthropic_stream import AnthropicStreamTap
from crossroads.protocols.openai_chat.errors import error_in_body, to_anthropic_error
from crossroads.protocols.openai_chat.response import to_anthropic_message
from crossroads.protocols.openai_chat.stream import ChatStreamTranslator

SSE = b"text/event-stream; charset=utf-8"


def new_message_id() -> str:
    return "msg_" + secrets.token_hex(12)


async def deliver(exchange: Exchange, target: ModelTarget, success: Success) -> None:
    if target.protocol == "anthropic":
        if success.first_chunk is not None:
            await _relay_anthropic_stream(exchange, success.response, success.first_chunk)
        else:
            await _relay_anthropic_body(exchange, success.response)
    elif success.first_chunk is not None:
        await _relay_translated_stream(exchange, target, success.response, success.first_chunk)
    else:
        await _relay_translated_body(exchange, target, success.response)


async def _body_or_error(exchange: Exchange, target: ModelTarget, response: UpstreamResponse) -> bytes | None:
    try:
        return await response.read()
    except UpstreamError as error:
        await exchange.send_error(502 if error.kind != "idle_timeout" else 504, GATEWAY_TYPE.get(error.kind, "api_error"),
                                  f"{target.full}: {error.message}")
        return None


# ---- Anthropic-protocol upstreams: bytes in, bytes out ------------------------------------------------------


async def _relay_anthropic_body(exchange: Exchange, response: UpstreamResponse) -> None:
    payload = await _body_or_error(exchange, exchange.target, response)
    if payload is None:
        return
    exchange.record.status = response.status
    if response.status == 200:
        exchange.mark_first_token()
        with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
            exchange.take_usage(orjson.loads(payload).get("usage") or {})
    else:
        exchange.record.error_type = _anthropic_error_type(payload)
    content_type = response.header("content-type") or "application/json"
    headers = [h for h in relayed_response_headers(response.headers) if h[0] != b"content-type"]
    await send_response(exchange.send, response.status, payload, headers + exchange.response_headers(),
                        content_type=content_type.encode("latin-1"))


def _anthropic_error_type(payload: bytes) -> str:
    try:
        return orjson.loads(payload)["error"]["type"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return "api_error"


async def _relay_anthropic_stream(exchange: Exchange, response: UpstreamResponse, first: bytes) -> None:
    send = exchange.send
    headers = relayed_response_headers(response.headers) + exchange.response_headers()
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    exchange.record.status = 200
    tap = AnthropicStreamTap()
    chunk = first
    try:
        while chunk:
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            tap.feed(chunk)
            if tap.first_delta_seen and exchange.record.ttft_ms is None:
                exchange.mark_first_token()
            chunk = await _next_or_raise(response, exchange.state.timeouts_for(exchange.target.timeouts).idle)
    except UpstreamError as error:
        exchange.record.error_type = GATEWAY_TYPE.get(error.kind, "api_error")
        await send({"type": "http.response.body", "more_body": True,
                    "body": error_event(exchange.record.error_type, f"{exchange.target.full}: {error.message}",
                                        exchange.record.request_id)})
    else:
        if not tap.complete:
            exchange.record.error_type = "api_error"
            await send({"type": "http.response.body", "more_body": True,
                        "body": error_event("api_error", "upstream stream ended before the response was complete",
                                            exchange.record.request_id)})
        elif tap.error_type:
            exchange.record.error_type = tap.error_type
    finally:
        response.release()
    exchange.take_usage(tap.usage)
    await send({"type": "http.response.body", "body": b"", "more_body": False})


async def _next_or_raise(response: UpstreamResponse, idle: float) -> bytes:
    chunk = await response.next_chunk(idle)
    if chunk is None:
        raise UpstreamError("idle_timeout", f"upstream sent nothing for {idle:g}s")
    return chunk


# ---- OpenAI-protocol upstreams: translate the answer and the stream ---------------------------------------


async def _relay_translated_body(exchange: Exchange, target: ModelTarget, response: UpstreamResponse) -> None:
    payload = await _body_or_error(exchange, target, response)
    if payload is None:
        return
    if response.status != 200:
        status, error = to_anthropic_error(response.status, payload)
        extra = []
        retry_after = response.header("retry-after")
        if retry_after:
            extra.append((b"retry-after", retry_after.encode("latin-1")))
        await exchange.send_error(status, error["error"]["type"], f"{target.full}: {error['error']['message']}", extra)
        return
    try:
        chat = orjson.loads(payload)
        hidden_error = error_in_body(chat)  # OpenRouter & co. answer some failures with a 200
        message = None if hidden_error else to_anthropic_message(chat, target.model_id, new_message_id(),
                                                                 exchange.record.notes)
    except (orjson.JSONDecodeError, AttributeError, KeyError, TypeError, IndexError):
        await exchange.send_error(502, "api_error", f"{target.full} returned a response that is not a valid chat completion")
        return
    if hidden_error is not None or message is None:
        status, error = hidden_error or (502, {"error": {"type": "api_error", "message": "empty response"}})
        await exchange.send_error(status, error["error"]["type"], f"{target.full}: {error['error']['message']}")
        return
    exchange.mark_first_token()
    exchange.take_usage(message.get("usage") or {})
    exchange.record.status = 200
    if exchange.stream:
        await _send_message_as_stream(exchange, message)  # the upstream ignored `stream: true`
        return
    await send_response(exchange.send, 200, orjson.dumps(message), exchange.response_headers())


async def _relay_translated_stream(exchange: Exchange, target: ModelTarget, response: UpstreamResponse,
                                   first: bytes) -> None:
    send = exchange.send
    state = exchange.state
    headers = [(b"content-type", SSE), (b"cache-control", b"no-cache"), *exchange.response_headers()]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    exchange.record.status = 200
    translator = ChatStreamTranslator(target.model_id, new_message_id())
    idle_limit = state.timeouts_for(target.timeouts).idle
    silent_since = time.perf_counter()
    chunk: bytes | None = first
    try:
        while True:
            if chunk is None:
                if time.perf_counter() - silent_since >= idle_limit:
                    raise UpstreamError("idle_timeout", f"upstream sent nothing for {idle_limit:g}s")
                await send({"type": "http.response.body", "body": PING_EVENT, "more_body": True})
            elif not chunk:
                break
            else:
                silent_since = time.perf_counter()
                out = translator.feed(chunk)
                if out:
                    if exchange.record.ttft_ms is None and b"content_block_delta" in out:
                        exchange.mark_first_token()
                    await send({"type": "http.response.body", "body": out, "more_body": True})
            chunk = await response.next_chunk(min(state.ping_interval, idle_limit))
        tail = translator.finish()
    except UpstreamError as error:
        exchange.record.error_type = GATEWAY_TYPE.get(error.kind, "api_error")
        tail = translator.fail(exchange.record.error_type, f"{target.full}: {error.message}")
    finally:
        response.release()
    exchange.record.notes.extend(translator.notes)
    exchange.take_usage(translator.usage)
    if translator.stop_reason is None:  # the stream ended in an error event, not a message_stop
        exchange.record.error_type = exchange.record.error_type or "api_error"
    await send({"type": "http.response.body", "body": tail, "more_body": False})


async def _send_message_as_stream(exchange: Exchange, message: dict[str, Any]) -> None:
    headers = [(b"content-type", SSE), (b"cache-control", b"no-cache"), *exchange.response_headers()]
    await exchange.send({"type": "http.response.start", "status": 200, "headers": headers})
    await exchange.send({"type": "http.response.body", "body": message_to_events(message), "more_body": False})
