"""One request on its way through the gateway: what was asked, what was decided, what came back."""

from __future__ import annotations

import time
from typing import Any

from crossroads.config.resolved import ModelTarget
from crossroads.gateway.asgi import Scope, Send, send_response
from crossroads.gateway.headers import decision_headers
from crossroads.gateway.state import GatewayState
from crossroads.observe.events import RequestRecord
from crossroads.protocols.anthropic import error_bytes
from crossroads.routing.decision import Decision


class Exchange:
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

    def switch_to(self, target: ModelTarget, why: str) -> None:
        """Continue on a fallback model: headers, log line and usage store say so."""
        first = self.decision.target
        self.record.fallback_from = self.record.fallback_from or first.full
        self.decision = Decision(target, "fallback", route=self.decision.route, router_ms=self.decision.router_ms,
                                 detail=f"fell back from {first.full}: {why}")
        self.record.model = target.full
        self.record.provider = target.provider
        self.record.reason = "fallback"

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
