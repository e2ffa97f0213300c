"""Aggregate usage records into groups (by model, route, session or day) for `crossroads stats`."""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

NONE_KEY = "(none)"
GROUPINGS = ("model", "route", "session", "day")


def percentile(values: list[float], fraction: float) -> float | None:
    """Nearest-rank percentile of already sorted values."""
    if not values:
        return None
    rank = max(1, math.ceil(fraction * len(values)))
    return values[min(rank, len(values)) - 1]


def is_error(record: dict[str, Any]) -> bool:
    # A client that hung up (Esc in Claude Code) is not a failure of the gateway or the provider.
    if record.get("error_type") == "client_disconnected":
        return False
    return bool(record.get("error_type")) or int(record.get("status") or 0) >= 400


def _day(ts: float) -> str:
    return time.strftime("%Y-%m-%d", time.localtime(ts))


KEYS: dict[str, Callable[[dict[str, Any]], str]] = {
    "model": lambda r: r.get("model") or NONE_KEY,
    "route": lambda r: r.get("route") or NONE_KEY,
    "session": lambda r: r.get("session") or NONE_KEY,
    "day": lambda r: _day(float(r["ts"])),
}


@dataclass
class Group:
    key: str
    requests: int = 0
    errors: int = 0
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    cost_usd: float = 0.0
    latencies: list[float] = field(default_factory=list)

    def add(self, record: dict[str, Any]) -> None:
        self.requests += 1
        self.errors += is_error(record)
        self.input_tokens += int(record.get("input_tokens") or 0)
        self.output_tokens += int(record.get("output_tokens") or 0)
        self.cache_read_tokens += int(record.get("cache_read_tokens") or 0)
        self.cache_write_tokens += int(record.get("cache_write_tokens") or 0)
        self.cost_usd += float(record.get("cost_usd") or 0.0)
        if record.get("latency_ms") is not None:
            self.latencies.append(float(record["latency_ms"]))

    def summary(self) -> dict[str, Any]:
        """The `stats --json` shape (the first nine names are the stable ones)."""
        latencies = sorted(self.latencies)
        prompt = self.input_tokens + self.cache_read_tokens + self.cache_write_tokens
        p50, p95 = percentile(latencies, 0.50), percentile(latencies, 0.95)
        return {
            "key": self.key,
            "requests": self.requests,
            "input_tokens": self.input_tokens,
            "output_tokens": self.output_tokens,
            "cache_read_tokens": self.cache_read_tokens,
            "cost_usd": round(self.cost_usd, 6),
            "p50_ms": round(p50, 1) if p50 is not None else None,
            "p95_ms": round(p95, 1) if p95 is not None else None,
            "error_rate": round(self.errors / self.requests, 4) if self.requests else 0.0,
            "cache_write_tokens": self.cache_write_tokens,
            "cache_hit_ratio": round(self.cache_read_tokens / prompt, 4) if prompt else 0.0,
        }


def aggregate(records: Iterable[dict[str, Any]], by: str) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Groups (most requests first; days in date order) and the total."""
    key_of = KEYS[by]
    groups: dict[str, Group] = {}
    total = Group("total")
    for record in records:
        key = key_of(record)
        groups.setdefault(key, Group(key)).add(record)
        total.add(record)
    ordered = sorted(groups.values(), key=(lambda g: g.key) if by == "day" else (lambda g: (-g.requests, g.key)))
    return [g.summary() for g in ordered], total.summary()
