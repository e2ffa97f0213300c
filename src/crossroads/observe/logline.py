"""One structured log line per request: requested → resolved model, route, reason, status, timings. No keys."""

from __future__ import annotations

import sys
from typing import TextIO

import orjson

from crossroads.observe.events import RequestRecord

_FIELDS = ("request_id", "session", "requested_model", "model", "route", "reason", "stream", "status",
           "error_type", "input_tokens", "output_tokens", "cache_read_tokens", "cache_write_tokens", "latency_ms",
           "ttft_ms", "router_ms", "fallback_from")


class LogLineObserver:
    def __init__(self, stream: TextIO | None = None) -> None:
        self._stream = stream

    def __call__(self, batch: list[RequestRecord]) -> None:
        stream = self._stream or sys.stderr
        lines = []
        for record in batch:
            item = {"event": "request"}
            for name in _FIELDS:
                value = getattr(record, name)
                if isinstance(value, float):
                    value = round(value, 2)
                item[name] = value
            lines.append(orjson.dumps(item).decode())
        stream.write("\n".join(lines) + "\n")
        stream.flush()
