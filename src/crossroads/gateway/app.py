"""The ASGI application: a handful of endpoints, dispatched by method and path, no framework in between."""

from __future__ import annotations

import asyncio
import logging
import os
import secrets
import time
from typing import Any

import orjson

from crossroads import __version__
from crossroads.config.resolved import GatewayConfig
from crossroads.gateway.asgi import (
    BodyTooLarge,
    ClientDisconnected,
    Receive,
    Scope,
    Send,
    header_value,
    read_body,
    send_response,
)
from crossroads.gateway.auth import GatewayAuth
from crossroads.gateway.exchange import Exchange
from crossroads.gateway.headers import decision_headers, passthrough_request_headers, relayed_response_headers
from crossroads.gateway.messages import relay
from crossroads.gateway.reload import ConfigReloader
from crossroads.gateway.requests import RequestError, parse_json_object, session_of, validate_messages_request
from crossroads.gateway.state import GatewayState
from crossroads.gateway.upstream import UpstreamError
from crossroads.observe.events import RequestRecord
from crossroads.observe.logline import LogLineObserver
from crossroads.observe.usage_store import store_for
from crossroads.protocols.anthropic import error_bytes, replace_model
from crossroads.routing.decision import Decision
from crossroads.routing.pipeline import NoModelError, RoutingPipeline
from crossroads.routing.routers.factory import build_router

log = logging.getLogger("crossroads.gateway")


def new_request_id() -> str:
    return "req_" + secrets.token_hex(12)


class GatewayApp:
    def __init__(self, config: GatewayConfig) -> None:
        self.state = GatewayState(config=config, pipeline=RoutingPipeline(config, build_router(config)))
        self.state.hub.subscribe(LogLineObserver())
        self.usage = store_for(config)  # records every request in CROSSROADS_HOME/usage.db, off the request path
        self.state.hub.subscribe(self.usage)
        self.auth = GatewayAuth(config.raw.auth.keys)

        self.reloader = ConfigReloader(config.source, self.apply_config) if config.source else None

    async def startup(self) -> None:
        self.usage.start()
        await self.state.upstream.start()
        await self.state.hub.start()
        await self.state.pipeline.warm_up()  # the router model is loaded before /healthz turns green
        if self.reloader is not None:
            await self.reloader.start()
        self.state.ready = True

    async def apply_config(self, config: GatewayConfig) -> None:
        """Swap in a validated config: new requests see it at once, requests under way keep theirs."""
        old = self.state.pipeline
        pipeline = RoutingPipeline(config, build_router(config))
        await pipeline.warm_up()
        pipeline.sessions = old.sessions  # a reload must not break the turns under way
        self.state.config = config
        self.state.pipeline = pipeline
        self.auth = GatewayAuth(config.raw.auth.keys)
        for warning in config.warnings:
            log.warning("%s", warning)
        # The old router may still be deciding for a request that started before the swap.
        asyncio.get_running_loop().call_later(30, lambda: asyncio.ensure_future(old.close()))

    async def shutdown(self) -> None:
        self.state.ready = False
        if self.reloader is not None:
            await self.reloader.stop()
        await self.state.hub.stop()  # hands the last records to the observers…
        await asyncio.to_thread(self.usage.close)  # …and the store writes them before the process ends
        await self.state.pipeline.close()
        await self.state.upstream.close()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        kind = scope["type"]
        if kind == "http":
            await self._http(scope, receive, send)
        elif kind == "lifespan":
            await self._lifespan(receive, send)

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                try:
                    await self.startup()
                except Exception as exc:
                    await send({"type": "lifespan.startup.failed", "message": str(exc)})
                    return
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.shutdown()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope["method"]
        path = scope["path"].rstrip("/") or "/"
        if path.startswith("/v1/") and not self.auth.allows(scope):
            await send_response(send, 401, error_bytes(
                "authentication_error", "this gateway needs a key (auth.keys): send it as x-api-key or "
                "Authorization: Bearer"))
        elif method == "POST" and path == "/v1/messages":
            await self._with_disconnect_watch(self._messages, scope, receive, send)
        elif method == "POST" and path == "/v1/messages/count_tokens":
            await self._count_tokens(scope, receive, send)
        elif method == "GET" and path == "/v1/models":
            await self._models(send)
        elif method in ("GET", "HEAD") and path == "/healthz":
            await self._health(send)
        elif method in ("GET", "HEAD") and path == "/":
            await send_response(send, 200, orjson.dumps({"name": "crossroads", "version": __version__}))
        else:
            status = 405 if path in ("/v1/messages", "/v1/messages/count_tokens", "/v1/models") else 404
            message = f"{method} {path} is not served here; crossroads serves POST /v1/messages, " \
                      "POST /v1/messages/count_tokens and GET /v1/models"
            await send_response(send, status, error_bytes("not_found_error", message))

    async def _health(self, send: Send) -> None:
        """200 once the router is warm and the pools are open; the counters let soak runs spot leaks."""
        state = self.state
        body = {
            "status": "ok" if state.ready else "starting",
            "pid": os.getpid(),
            "requests": state.requests_served,
            "in_flight": state.in_flight,
            "tasks": len(asyncio.all_tasks()),
            "cooling_down": state.cooldown.cooling(),
        }
        await send_response(send, 200 if state.ready else 503, orjson.dumps(body))

    # -- /v1/messages --------------------------------------------------------------------------------------

    async def _with_disconnect_watch(self, handler: Any, scope: Scope, receive: Receive, send: Send) -> None:
        """Run the handler; if the client goes away first, cancel it so the upstream request stops at once."""
        handler_task = asyncio.current_task()
        body_done = asyncio.Event()
        disconnected = False

        async def guarded_receive() -> dict[str, Any]:
            message = await receive()
            if not message.get("more_body", False):
                body_done.set()
            return message

        async def watch() -> None:
            nonlocal disconnected
            await body_done.wait()
            message = await receive()
            if message["type"] == "http.disconnect" and handler_task is not None:
                disconnected = True
                handler_task.cancel()

        watcher = asyncio.create_task(watch())
        try:
            await handler(scope, guarded_receive, send)
        except asyncio.CancelledError:
            if not disconnected:
                raise
            log.info("client disconnected; upstream request cancelled")
        finally:
            watcher.cancel()

    async def _messages(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state
        started = time.perf_counter()
        request_id = new_request_id()
        record = RequestRecord(ts=time.time(), request_id=request_id, session=None, requested_model="", model=None,
                               provider=None, route=None, reason="default", stream=False, status=0)
        decision: Decision | None = None
        response_started = False
        client_send = send

        async def send(message: dict[str, Any]) -> None:
            nonlocal response_started
            response_started = True
            await client_send(message)

        try:
            try:
                body = await read_body(receive, state.max_body)
            except BodyTooLarge:
                raise RequestError(413, "request_too_large",
                                   f"the request body exceeds the gateway limit of {state.max_body} bytes "
                                   "(defaults.max_body)") from None
            data = parse_json_object(body)
            validate_messages_request(data)
            record.requested_model = data["model"]
            record.stream = data.get("stream") is True
            record.session = session_of(data, header_value(scope, b"x-claude-code-session-id"))
            try:
                decision = await state.pipeline.decide(data, header_value(scope, b"x-crossroads-model"),
                                                       record.session, len(body))
            except NoModelError as exc:
                raise RequestError(404, "not_found_error", str(exc)) from None
            _apply_decision(record, decision)
            state.in_flight += 1
            try:
                await relay(Exchange(state, scope, send, body, data, decision, record))
            finally:
                state.in_flight -= 1
        except ClientDisconnected:
            record.status = 499
            record.error_type = "client_disconnected"
        except RequestError as exc:
            record.status = exc.status
            record.error_type = exc.error_type
            await send_response(send, exc.status, error_bytes(exc.error_type, exc.message, request_id),
                                decision_headers(request_id, decision))
        except asyncio.CancelledError:
            record.status = 499
            record.error_type = "client_disconnected"
            raise
        except Exception:  # a bug must cost one request an error, never the gateway or a traceback to the client
            log.exception("request %s failed inside the gateway", request_id)
            record.status = 500
            record.error_type = "api_error"
            if not response_started:
                await send_response(send, 500, error_bytes(
                    "api_error", f"crossroads could not handle this request (request id {request_id}); "
                    "the details are in the gateway log", request_id), decision_headers(request_id, decision))
        finally:
            record.latency_ms = (time.perf_counter() - started) * 1000
            state.requests_served += 1
            state.hub.emit(record)

    # -- /v1/messages/count_tokens -------------------------------------------------------------------------

    async def _count_tokens(self, scope: Scope, receive: Receive, send: Send) -> None:
        state = self.state
        request_id = new_request_id()
        decision: Decision | None = None
        try:
            try:
                body = await read_body(receive, state.max_body)
            except BodyTooLarge:
                raise RequestError(413, "request_too_large", "the request body exceeds the gateway limit") from None
            data = parse_json_object(body)
            validate_messages_request(data, need_max_tokens=False)
            try:
                decision = state.pipeline.decide_without_router(data, header_value(scope, b"x-crossroads-model"))
            except NoModelError as exc:
                raise RequestError(404, "not_found_error", str(exc)) from None
            target = decision.target
            headers = decision_headers(request_id, decision)
            if target.protocol == "anthropic":
                await self._count_tokens_upstream(scope, send, body, data, decision, headers)
                return
            from crossroads.protocols.tokens import estimate_input_tokens

            count = estimate_input_tokens(data)
            await send_response(send, 200, orjson.dumps({"input_tokens": count}),
                                [*headers, (b"x-crossroads-token-count", b"estimate")])
        except ClientDisconnected:
            return
        except RequestError as exc:
            await send_response(send, exc.status, error_bytes(exc.error_type, exc.message, request_id),
                                decision_headers(request_id, decision))

    async def _count_tokens_upstream(self, scope: Scope, send: Send, body: bytes, data: dict[str, Any],
                                     decision: Decision, headers: list[tuple[bytes, bytes]]) -> None:
        target = decision.target
        query = scope.get("query_string") or b""
        url = target.endpoint + "/count_tokens" + ("?" + query.decode("latin-1") if query else "")
        try:
            response = await self.state.upstream.post(
                url, passthrough_request_headers(scope["headers"], target),
                replace_model(body, data["model"], target.model_id), self.state.timeouts_for(target.timeouts),
            )
            payload = await response.read()
        except UpstreamError as error:
            raise RequestError(502, "api_error", f"{target.full}: cannot count tokens: {error.message}") from None
        await send_response(send, response.status, payload,
                            [*relayed_response_headers(response.headers), *headers, (b"x-crossroads-token-count", b"upstream")])

    # -- /v1/models ----------------------------------------------------------------------------------------

    async def _models(self, send: Send) -> None:
        config = self.state.config
        created = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.state.started_at))
        items: list[dict[str, Any]] = []
        for target in config.usable_targets():
            items.append({"type": "model", "id": target.full, "display_name": target.name, "created_at": created})
        for alias, target_name in config.aliases.items():
            items.append({"type": "model", "id": alias, "display_name": f"{alias} → {target_name}",
                          "created_at": created})
        payload = {"data": items, "has_more": False, "first_id": items[0]["id"] if items else None,
                   "last_id": items[-1]["id"] if items else None}
        await send_response(send, 200, orjson.dumps(payload))


def _apply_decision(record: RequestRecord, decision: Decision) -> None:
    record.model = decision.target.full
    record.provider = decision.target.provider
    record.route = decision.route
    record.reason = decision.reason
    record.router_ms = decision.router_ms
