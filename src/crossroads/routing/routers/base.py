"""The router interface every preference router implements."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from crossroads.routing.conversation import Utterance


@dataclass(frozen=True, slots=True)
class Route:
    name: str
    description: str
    examples: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RouteResult:
    route: str | None
    """The chosen route name, or None for "other" (no route fits)."""
    scores: dict[str, float] = field(default_factory=dict)
    explanation: str = ""


class RouterFailure(Exception):
    """The router could not decide (timeout, transport error, unparseable answer); the pipeline fails open."""


class Router(Protocol):
    name: str

    async def warm_up(self, routes: list[Route]) -> None:
        """Load models / precompute route vectors before /healthz turns green."""

    async def route(self, conversation: list[Utterance], routes: list[Route]) -> RouteResult:
        """Pick the route for the latest user intent."""

    async def close(self) -> None:
        """Release connections or threads."""
