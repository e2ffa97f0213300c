"""How a requested model name maps onto the configured models, without any router.

Order: the `x-crossroads-model` header, then `model_aliases`, then a configured model by `provider/model`,
`name` or bare id, then Claude Code's small/fast lane (haiku names) when a lane alias exists. Anything else
(claude-opus-4-8, claude-sonnet-5, gw-main-model…) is left to the router or the default model.
"""

from __future__ import annotations

from crossroads.config.resolved import GatewayConfig, ModelTarget
from crossroads.routing.decision import Decision

LANE_MARKERS = ("small.fast", "small-fast", "small_fast", "smallfast")


def lane_alias(config: GatewayConfig) -> str | None:
    """The alias that takes Claude Code's small/fast lane: `routing.small_fast_model`, else an alias whose
    name says so (archgw's `arch.claude.code.small.fast`)."""
    explicit = config.raw.routing.small_fast_model
    if explicit:
        return explicit
    for alias in config.aliases:
        if any(marker in alias.lower() for marker in LANE_MARKERS):
            return alias
    return None


def is_small_fast_name(name: str) -> bool:
    return "haiku" in name.lower()


def resolve_name(config: GatewayConfig, name: str) -> ModelTarget | None:
    """An alias or a configured model, by exact name."""
    alias_target = config.aliases.get(name)
    if alias_target is not None:
        return config.find(alias_target)
    return config.find(name)


def strip_context_suffix(name: str) -> str:
    """Claude Code shows `claude-opus-4-8[1m]`; the suffix never names a different model."""
    if name.endswith("]") and "[" in name:
        return name[: name.rindex("[")]
    return name


def decide_by_name(config: GatewayConfig, requested: str, header_model: str | None) -> Decision | None:
    """A decision when the name alone settles it, else None (the router or the default decides)."""
    if header_model:
        target = resolve_name(config, header_model)
        if target is not None and target.usable:
            return Decision(target, "explicit", detail=f"x-crossroads-model: {header_model}")
    name = strip_context_suffix(requested)
    lane = lane_alias(config)
    if name in config.aliases:
        target = resolve_name(config, name)
        if target is not None and target.usable:
            reason = "lane" if name == lane else "explicit"
            return Decision(target, reason, detail=f"alias {name} → {target.full}")
    target = config.find(name)
    if target is not None and target.usable:
        return Decision(target, "explicit", detail=f"configured model {name}")
    if lane and is_small_fast_name(name):
        target = resolve_name(config, lane)
        if target is not None and target.usable:
            return Decision(target, "lane", detail=f"small/fast lane {lane} → {target.full}")
    return None
