"""Reads an Anthropic SSE stream as it is relayed, without changing a byte: usage, stop reason, completeness."""

from __future__ import annotations

from typing import Any

import orjson

from crossroads.protocols.sse import SSEDecoder


class AnthropicStreamTap:
    __slots__ = ("_decoder", "error_type", "finished", "first_delta_seen", "stop_reason", "usage")

    def __init__(self) -> None:
        self._decoder = SSEDecoder()
        self.usage: dict[str, int] = {}
        self.stop_reason: str | None = None
        self.finished = False
        self.first_delta_seen = False
        self.error_type: str | None = None

    def feed(self, chunk: bytes) -> None:
        for event in self._decoder.feed(chunk):
            name = event.event
            if name == "content_block_delta":
                self.first_delta_seen = True
            elif name in ("message_start", "message_delta", "error"):
                self._read(name, event.data)
            elif name == "message_stop":
                self.finished = True

    def _read(self, name: str, data: str) -> None:
        try:
            payload: Any = orjson.loads(data)
        except orjson.JSONDecodeError:
            return
        if name == "message_start":
            usage = (payload.get("message") or {}).get("usage") or {}
            self._merge(usage)
        elif name == "message_delta":
            self._merge(payload.get("usage") or {})
            self.stop_reason = (payload.get("delta") or {}).get("stop_reason") or self.stop_reason
        else:
            self.error_type = (payload.get("error") or {}).get("type") or "api_error"

    def _merge(self, usage: dict[str, Any]) -> None:
        for key, value in usage.items():
            if isinstance(value, int):
                self.usage[key] = value

    @property
    def complete(self) -> bool:
        """The stream reached its end properly (message_stop, or at least a final message_delta)."""
        return self.finished or self.stop_reason is not None or self.error_type is not None
