"""Build the router `routing.router` names."""

from __future__ import annotations

from crossroads.config.resolved import GatewayConfig, ModelTarget
from crossroads.routing.routers.base import Router
from crossroads.routing.routers.llm_router import PromptRouter, RouterEndpoint


def _auth(target: ModelTarget) -> tuple[tuple[str, str], ...]:
    from crossroads.gateway.headers import auth_headers

    return tuple(auth_headers(target)) + tuple(target.headers.items())


def _endpoint_for(target: ModelTarget, model: str | None = None) -> RouterEndpoint:
    return RouterEndpoint(url=target.endpoint, model=model or target.model_id, protocol=target.protocol,
                          headers=_auth(target))


def arch_router_endpoint(config: GatewayConfig) -> RouterEndpoint:
    routing = config.raw.routing
    if routing.endpoint:
        base = routing.endpoint.rstrip("/")
        url = base if base.endswith("/chat/completions") else base + "/chat/completions"
        return RouterEndpoint(url=url, model=routing.model or "Arch-Router")
    target = config.find(routing.model_provider or "arch-router")
    if target is None:
        target = next(t for t in config.targets if t.provider == "arch")
    return _endpoint_for(target, routing.model if routing.model and config.find(routing.model) is None else None)


def build_router(config: GatewayConfig) -> Router | None:
    kind = config.raw.routing.router
    if kind == "none":
        return None
    if kind == "arch-router":
        return PromptRouter("arch-router", arch_router_endpoint(config))
    if kind == "llm":
        target = config.find(config.raw.routing.model or "")
        assert target is not None  # checked when the config was loaded
        return PromptRouter("llm", _endpoint_for(target))
    from crossroads.routing.routers.embedded import EmbeddedRouter

    return EmbeddedRouter()
