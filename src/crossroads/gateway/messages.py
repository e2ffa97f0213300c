"""POST /v1/messages: route, then pass the bytes through to an Anthropic-protocol upstream or translate for an
OpenAI-protocol one, relaying streams chunk by chunk as they arrive."""

from __future__ import annotations

import contextlib
import secrets
import time
from typing import Any

import orjson

from crossroads.config.resolved import ModelTarget
from crossroads.gateway.asgi import Scope, Send, send_response
from crossroads.gateway.headers import (
    decision_headers,
    passthrough_request_headers,
    relayed_response_headers,
    translated_request_headers,
)
from crossroads.gateway.state import GatewayState
from crossroads.gateway.upstream import UpstreamError, UpstreamResponse
from crossroads.observe.events import RequestRecord
from crossroads.protocols.anthropic import (
    PING_EVENT,
    drop_unsigned_thinking,
    error_bytes,
    error_event,
    has_unsigned_thinking,
    replace_model,
)
from crossroads.protocols.anthropic_stream import AnthropicStreamTap
from crossroads.protocols.openai_chat.errors import error_in_body, to_anthropic_error
from crossroads.protocols.openai_chat.options import ChatOptions
from crossroads.protocols.openai_chat.request import to_chat_request
from crossroads.protocols.openai_chat.response import to_anthropic_message
from crossroads.protocols.openai_chat.stream import ChatStreamTranslator
from crossroads.routing.decision import Decision

SSE = b"text/event-stream; charset=utf-8"
UPSTREAM_ERROR_STATUS = {"connect": 502, "first_byte_timeout": 504, "idle_timeout": 504, "disconnected": 502,
                         "transport": 502}
UPSTREAM_ERROR_TYPE = {"connect": "api_error", "first_byte_timeout": "timeout_error", "idle_timeout": "timeout_error",
                       "disconnected": "api_error", "transport": "api_error"}


def new_message_id() -> str:
    return "msg_" + secrets.token_hex(12)


class Exchange:
    """One request on its way through: what was asked, what was decided, what came back."""

    __slots__ = ("body", "data", "decision", "record", "scope", "send", "started", "state", "stream")

    def __init__(self, state: GatewayState, scope: Scope, send: Send, body: bytes, data: dict[str, Any],
                 decision: Decision, record: RequestRecord) -> None:
        self.state = state
        self.scope = scope
        self.send = send
        self.body = body
        self.data = data
        self.decision = decision
        self.record = record
        self.stream = data.get("stream") is True
        self.started = time.perf_counter()

    @property
    def target(self) -> ModelTarget:
        return self.decision.target

    def response_headers(self) -> list[tuple[bytes, bytes]]:
        return decision_headers(self.record.request_id, self.decision)

    def mark_first_token(self) -> None:
        if self.record.ttft_ms is None:
            self.record.ttft_ms = (time.perf_counter() - self.started) * 1000

    def take_usage(self, usage: dict[str, Any]) -> None:
        record = self.record
        record.input_tokens = int(usage.get("input_tokens") or 0)
        record.output_tokens = int(usage.get("output_tokens") or 0)
        record.cache_read_tokens = int(usage.get("cache_read_input_tokens") or 0)
        record.cache_write_tokens = int(usage.get("cache_creation_input_tokens") or 0)

    async def send_error(self, status: int, error_type: str, message: str,
                         extra: list[tuple[bytes, bytes]] | None = None) -> None:
        self.record.status = status
        self.record.error_type = error_type
        headers = self.response_headers() + (extra or [])
        await send_response(self.send, status, error_bytes(error_type, message, self.record.request_id), headers)

    async def send_upstream_failure(self, error: UpstreamError) -> None:
        await self.send_error(UPSTREAM_ERROR_STATUS.get(error.kind, 502), UPSTREAM_ERROR_TYPE.get(error.kind, "api_error"),
                              f"{self.target.full}: {error.message}")


async def relay(exchange: Exchange) -> None:
    if exchange.target.protocol == "anthropic":
        await _passthrough(exchange)
    else:
        await _translate(exchange)


# ---- Anthropic-protocol upstreams: bytes in, bytes out ------------------------------------------------------


def _passthrough_body(exchange: Exchange) -> bytes:
    data = exchange.data
    messages = data.get("messages") or []
    if has_unsigned_thinking(messages):
        # Thinking written by another provider has no valid signature; Anthropic would reject the request.
        exchange.record.notes.append("dropped unsigned thinking blocks")
        edited = drop_unsigned_thinking(data)
        edited["model"] = exchange.target.model_id
        return orjson.dumps(edited)
    return replace_model(exchange.body, data["model"], exchange.target.model_id)


async def _passthrough(exchange: Exchange) -> None:
    target = exchange.target
    query = exchange.scope.get("query_string") or b""
    url = target.endpoint + ("?" + query.decode("latin-1") if query else "")
    headers = passthrough_request_headers(exchange.scope["headers"], target)
    try:
        response = await exchange.state.upstream.post(url, headers, _passthrough_body(exchange),
                                                      exchange.state.timeouts_for(target.timeouts))
    except UpstreamError as error:
        await exchange.send_upstream_failure(error)
        return
    content_type = response.header("content-type") or ""
    if exchange.stream and response.status == 200 and content_type.startswith("text/event-stream"):
        await _relay_anthropic_stream(exchange, response)
        return
    try:
        payload = await response.read()
    except UpstreamError as error:
        await exchange.send_upstream_failure(error)
        return
    exchange.record.status = response.status
    if response.status == 200:
        exchange.mark_first_token()
        with contextlib.suppress(orjson.JSONDecodeError, AttributeError):
            exchange.take_usage(orjson.loads(payload).get("usage") or {})
    else:
        exchange.record.error_type = _anthropic_error_type(payload)
    headers = relayed_response_headers(response.headers) + exchange.response_headers()
    headers = [h for h in headers if h[0] != b"content-type"]
    await send_response(exchange.send, response.status, payload, headers,
                        content_type=(content_type or "application/json").encode("latin-1"))


def _anthropic_error_type(payload: bytes) -> str:
    try:
        return orjson.loads(payload)["error"]["type"]
    except (orjson.JSONDecodeError, KeyError, TypeError):
        return "api_error"


async def _relay_anthropic_stream(exchange: Exchange, response: UpstreamResponse) -> None:
    send = exchange.send
    headers = relayed_response_headers(response.headers) + exchange.response_headers()
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    exchange.record.status = 200
    tap = AnthropicStreamTap()
    try:
        async for chunk in response.iter_chunks():
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
            tap.feed(chunk)
            if tap.first_delta_seen and exchange.record.ttft_ms is None:
                exchange.mark_first_token()
    except UpstreamError as error:
        exchange.record.error_type = UPSTREAM_ERROR_TYPE.get(error.kind, "api_error")
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


# ---- OpenAI-protocol upstreams: translate the request, the answer and the stream ---------------------------


def chat_options(target: ModelTarget) -> ChatOptions:
    spec = target.spec
    return ChatOptions(
        model=target.model_id,
        max_tokens_field=target.max_tokens_field,
        max_output_tokens=target.max_output_tokens,
        schema_dialect=spec.schema_dialect,
        reasoning_field=spec.reasoning_field,
        stream_usage=spec.stream_usage,
        send_user=spec.send_user,
    )


async def _translate(exchange: Exchange) -> None:
    target = exchange.target
    chat_body, notes = to_chat_request(exchange.data, chat_options(target))
    exchange.record.notes.extend(notes)
    try:
        response = await exchange.state.upstream.post(
            target.endpoint, translated_request_headers(target, exchange.stream), orjson.dumps(chat_body),
            exchange.state.timeouts_for(target.timeouts),
        )
    except UpstreamError as error:
        await exchange.send_upstream_failure(error)
        return
    content_type = response.header("content-type") or ""
    if response.status == 200 and exchange.stream and content_type.startswith("text/event-stream"):
        await _relay_translated_stream(exchange, response)
        return
    try:
        payload = await response.read()
    except UpstreamError as error:
        await exchange.send_upstream_failure(error)
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
        if hidden_error is None:
            message = to_anthropic_message(chat, target.model_id, new_message_id(), exchange.record.notes)
    except (orjson.JSONDecodeError, AttributeError, KeyError, TypeError, IndexError):
        await exchange.send_error(502, "api_error", f"{target.full} returned a response that is not a valid chat completion")
        return
    if hidden_error is not None:
        status, error = hidden_error
        await exchange.send_error(status, error["error"]["type"], f"{target.full}: {error['error']['message']}")
        return
    exchange.mark_first_token()
    exchange.take_usage(message.get("usage") or {})
    exchange.record.status = 200
    if exchange.stream:
        # The upstream ignored `stream: true`; answer in the protocol the client asked for.
        await _send_message_as_stream(exchange, message)
        return
    await send_response(exchange.send, 200, orjson.dumps(message), exchange.response_headers())


async def _relay_translated_stream(exchange: Exchange, response: UpstreamResponse) -> None:
    send = exchange.send
    state = exchange.state
    headers = [(b"content-type", SSE), (b"cache-control", b"no-cache"), *exchange.response_headers()]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    exchange.record.status = 200
    translator = ChatStreamTranslator(exchange.target.model_id, new_message_id())
    idle_limit = state.timeouts_for(exchange.target.timeouts).idle
    silent_since = time.perf_counter()
    try:
        while True:
            chunk = await response.next_chunk(min(state.ping_interval, idle_limit))
            if chunk is None:
                if time.perf_counter() - silent_since >= idle_limit:
                    raise UpstreamError("idle_timeout", f"upstream sent nothing for {idle_limit:g}s")
                await send({"type": "http.response.body", "body": PING_EVENT, "more_body": True})
                continue
            if not chunk:
                break
            silent_since = time.perf_counter()
            out = translator.feed(chunk)
            if out:
                if exchange.record.ttft_ms is None and b"content_block_delta" in out:
                    exchange.mark_first_token()
                await send({"type": "http.response.body", "body": out, "more_body": True})
        tail = translator.finish()
    except UpstreamError as error:
        tail = translator.fail(UPSTREAM_ERROR_TYPE.get(error.kind, "api_error"), f"{exchange.target.full}: {error.message}")
    finally:
        response.release()
    exchange.record.notes.extend(translator.notes)
    exchange.take_usage(translator.usage)
    if translator.stop_reason is None:  # the stream ended in an error event, not a message_stop
        exchange.record.error_type = exchange.record.error_type or "api_error"
    await send({"type": "http.response.body", "body": tail, "more_body": False})


async def _send_message_as_stream(exchange: Exchange, message: dict[str, Any]) -> None:
    from crossroads.protocols.anthropic_events import message_to_events

    headers = [(b"content-type", SSE), (b"cache-control", b"no-cache"), *exchange.response_headers()]
    await exchange.send({"type": "http.response.start", "status": 200, "headers": headers})
    await exchange.send({"type": "http.response.body", "body": message_to_events(message), "more_body": False})
