"""The routing pipeline: each step either settles the request (recording its reason) or passes it on."""

from __future__ import annotations

from typing import Any

from crossroads.config.resolved import GatewayConfig
from crossroads.routing.decision import Decision
from crossroads.routing.names import decide_by_name


class NoModelError(Exception):
    """No configured model can take the request (nothing usable, or no default for an unknown name)."""


class RoutingPipeline:
    def __init__(self, config: GatewayConfig) -> None:
        self.config = config

    async def decide(self, body: dict[str, Any], header_model: str | None) -> Decision:
        requested = body.get("model") or ""
        by_name = decide_by_name(self.config, requested, header_model)
        if by_name is not None:
            return by_name
        default = self.config.default_target
        if default is None:
            raise NoModelError(f"model {requested!r} is not configured and there is no usable default model")
        return Decision(default, "default", detail=f"{requested or '(none)'} is not configured")
