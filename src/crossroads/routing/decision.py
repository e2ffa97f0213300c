"""The outcome of routing one request, carried to headers, logs and the usage store."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from crossroads.config.resolved import ModelTarget

Reason = Literal["explicit", "lane", "scenario", "sticky", "router", "fallback", "default"]


@dataclass(frozen=True, slots=True)
class Decision:
    target: ModelTarget
    reason: Reason
    route: str | None = None
    router_ms: float | None = None
    detail: str = ""
    """A short human explanation (which rule, which alias, why the router was skipped)."""
    scores: dict[str, float] | None = None
    """The router's score per route, when it gives them (for `crossroads route --explain`)."""
