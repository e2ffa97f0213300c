"""The routing pipeline, in order: explicit › lane › scenario › sticky › router › default.

Each step either settles the request, recording its reason (`x-crossroads-reason`), or passes it on. The router
runs once per user turn: a request whose last user message only carries tool results continues on the model that
took the turn. A router problem is logged and the request goes on to the default: it never fails a request.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from crossroads.config.resolved import GatewayConfig, ModelTarget
from crossroads.routing.conversation import conversation_key, is_tool_continuation, utterances
from crossroads.routing.decision import Decision
from crossroads.routing.names import decide_by_name, resolve_name
from crossroads.routing.routers.base import Route, Router, RouterFailure
from crossroads.routing.scenarios import match_scenario
from crossroads.routing.sessions import SessionCache, TurnChoice

log = logging.getLogger("crossroads.routing")


class NoModelError(Exception):
    """No configured model can take the request (nothing usable, or no default for an unknown name)."""


def configured_routes(config: GatewayConfig) -> tuple[list[Route], dict[str, ModelTarget]]:
    """Every routing preference, in config order (deterministic), with the model that serves it."""
    routes: list[Route] = []
    owners: dict[str, ModelTarget] = {}
    for target in config.targets:
        for pref in target.preferences:
            routes.append(Route(pref.name, pref.description, tuple(pref.examples)))
            owners[pref.name] = target
    return routes, owners


class RoutingPipeline:
    def __init__(self, config: GatewayConfig, router: Router | None = None) -> None:
        self.config = config
        self.router = router
        self.routes, self.route_owners = configured_routes(config)
        routing = config.raw.routing
        self.sessions = SessionCache(routing.session_max, routing.session_ttl)
        self.router_timeout = routing.timeout

    @property
    def routing_active(self) -> bool:
        return self.router is not None and bool(self.routes)

    async def warm_up(self) -> None:
        if self.routing_active:
            assert self.router is not None
            await self.router.warm_up(self.routes)

    async def close(self) -> None:
        if self.router is not None:
            await self.router.close()

    async def decide(
        self, body: dict[str, Any], header_model: str | None = None, session: str | None = None,
        body_size: int = 0,
    ) -> Decision:
        requested = str(body.get("model") or "")
        by_name = self._by_name(requested, header_model)
        if by_name is not None:
            return by_name

        scenario = match_scenario(body, body_size, self.config.raw.routing.scenarios)
        if scenario is not None:
            rule, name = scenario
            target = resolve_name(self.config, name)
            if target is not None and target.usable:
                return Decision(target, "scenario", detail=f"scenario {rule} → {target.full}")

        if not self.routing_active:
            return self._default(requested, "no routes configured" if not self.routes else "routing is off")

        messages = body.get("messages") or []
        turn_key = f"{session or '-'}|{conversation_key(messages)}"
        sticky = self._sticky(messages, turn_key)
        if sticky is not None:
            return sticky
        decision = await self._route(messages, requested)
        if self.config.raw.routing.sticky:
            self.sessions.put(turn_key, TurnChoice(decision.target.full, decision.route))
        return decision

    def decide_without_router(self, body: dict[str, Any], header_model: str | None = None) -> Decision:
        """Name rules and the default only: for side calls (count_tokens) that must not count as a turn."""
        requested = str(body.get("model") or "")
        return decide_by_name(self.config, requested, header_model) or self._default(requested, "not routed")

    def _by_name(self, requested: str, header_model: str | None) -> Decision | None:
        decision = decide_by_name(self.config, requested, header_model)
        if decision is None:
            return None
        # With routes configured, only deliberate names pin a model: `provider/model`, an alias or a
        # configured `name`. Claude Code always sends some claude-* id; a bare id is left to the router.
        bare_id = requested == decision.target.model_id and requested != decision.target.name
        if decision.reason == "explicit" and self.routing_active and not header_model and bare_id:
            return None
        return decision

    def _sticky(self, messages: list[Any], turn_key: str) -> Decision | None:
        if not self.config.raw.routing.sticky or not is_tool_continuation(messages):
            return None
        choice = self.sessions.get(turn_key)
        if choice is None:
            return None
        target = self.config.find(choice.target)
        if target is None or not target.usable:
            return None
        return Decision(target, "sticky", route=choice.route, detail="tool-result continuation of this turn")

    async def _route(self, messages: list[Any], requested: str) -> Decision:
        assert self.router is not None
        conversation = utterances(messages)
        if not conversation:
            return self._default(requested, "no user text to route on")
        started = time.perf_counter()
        try:
            async with asyncio.timeout(self.router_timeout):
                result = await self.router.route(conversation, self.routes)
        except (TimeoutError, RouterFailure, Exception) as exc:  # fail open, always
            elapsed = (time.perf_counter() - started) * 1000
            problem = "timed out" if isinstance(exc, TimeoutError) else str(exc) or type(exc).__name__
            log.warning("router %s failed after %.0f ms: %s; using the default", self.router.name, elapsed, problem)
            fallback = self._default(requested, f"router failed: {problem}")
            return Decision(fallback.target, "fallback", router_ms=elapsed, detail=fallback.detail)
        elapsed = (time.perf_counter() - started) * 1000
        if result.route is None:
            why = f" ({result.explanation})" if result.explanation else ""
            fallback = self._default(requested, f"router: no route fits{why}")
            return Decision(fallback.target, fallback.reason, router_ms=elapsed, detail=fallback.detail,
                            scores=result.scores or None)
        owner = self.route_owners.get(result.route)
        if owner is None or not owner.usable:
            why = f"→ {owner.full}, which is unusable ({owner.problem})" if owner is not None else "is unknown"
            fallback = self._default(requested, f"route {result.route!r} {why}")
            return Decision(fallback.target, fallback.reason, route=result.route, router_ms=elapsed,
                            detail=fallback.detail, scores=result.scores or None)
        return Decision(owner, "router", route=result.route, router_ms=elapsed, detail=result.explanation,
                        scores=result.scores or None)

    def _default(self, requested: str, why: str) -> Decision:
        """The requested model when it is configured, else the default model."""
        target = resolve_name(self.config, requested)
        if target is not None and target.usable:
            return Decision(target, "default", detail=f"{why}; requested model")
        default = self.config.default_target
        if default is None:
            raise NoModelError(f"model {requested!r} is not configured and there is no usable default model")
        return Decision(default, "default", detail=why)
