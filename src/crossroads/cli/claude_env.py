"""The environment that points Claude Code at the gateway (shared by `crossroads claude` and `crossroads env`).

The same set archgw's `cli-agent claude` and claude-code-router's `ccr code` use, plus the small/fast model
variables newer Claude Code reads (`ANTHROPIC_DEFAULT_HAIKU_MODEL`; `ANTHROPIC_SMALL_FAST_MODEL` is the older
spelling and wins when both are set).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig

PLACEHOLDER_TOKEN = "crossroads"
"""Claude Code makes no request without some credential; without gateway keys any value is accepted."""

# Set only when the user has not chosen a value already.
DEFAULTS = {
    "DISABLE_TELEMETRY": "true",
    "DISABLE_COST_WARNINGS": "true",  # the gateway's own costs are in `crossroads stats`
    "API_TIMEOUT_MS": "600000",  # long thinking streams must not be cut by the client
}


def gateway_token(config: GatewayConfig | None) -> str:
    keys = [k for k in (config.raw.auth.keys if config is not None else []) if k]
    return keys[0] if keys else PLACEHOLDER_TOKEN


def small_fast_alias(config: GatewayConfig | None) -> str | None:
    if config is None:
        return None
    from crossroads.routing.names import lane_alias

    return lane_alias(config)


def no_proxy(url: str, current: str | None) -> str:
    """Never send gateway traffic through an HTTP proxy: loopback and the gateway host, then what was there."""
    host = urlsplit(url).hostname or "127.0.0.1"
    names = ["127.0.0.1", "localhost", host]
    names += [n.strip() for n in (current or "").split(",") if n.strip()]
    return ",".join(dict.fromkeys(names))


def claude_environment(config: GatewayConfig | None, url: str, current: Mapping[str, str]) -> dict[str, str]:
    """The variables to set on top of `current` (the caller's environment)."""
    env = {
        "ANTHROPIC_BASE_URL": url,
        "ANTHROPIC_AUTH_TOKEN": gateway_token(config),
        "ANTHROPIC_API_KEY": "",  # an inherited real key would be sent to the gateway for nothing
        "NO_PROXY": no_proxy(url, current.get("NO_PROXY") or current.get("no_proxy")),
    }
    for name, value in DEFAULTS.items():
        env[name] = current.get(name) or value
    alias = small_fast_alias(config)
    if alias:
        env["ANTHROPIC_DEFAULT_HAIKU_MODEL"] = alias
        env["ANTHROPIC_SMALL_FAST_MODEL"] = alias
    return env
