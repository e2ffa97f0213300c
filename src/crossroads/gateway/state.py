"""Everything one worker holds while it serves: config, routing pipeline, upstream pool, observers."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

from crossroads.config.resolved import GatewayConfig
from crossroads.config.schema import Timeouts as ConfiguredTimeouts
from crossroads.gateway.cooldown import CoolDown
from crossroads.gateway.upstream import Timeouts, UpstreamClient
from crossroads.observe.events import ObserverHub
from crossroads.routing.pipeline import RoutingPipeline


@dataclass
class GatewayState:
    config: GatewayConfig
    pipeline: RoutingPipeline
    upstream: UpstreamClient = field(default_factory=UpstreamClient)
    hub: ObserverHub = field(default_factory=ObserverHub)
    cooldown: CoolDown = field(default_factory=CoolDown)
    started_at: float = field(default_factory=time.time)
    ready: bool = False
    requests_served: int = 0
    in_flight: int = 0
    ping_interval: float = 5.0

    @property
    def max_body(self) -> int:
        return self.config.raw.defaults.max_body

    @staticmethod
    def timeouts_for(configured: ConfiguredTimeouts) -> Timeouts:
        """A model's timeouts (already merged with `defaults:` when the config was loaded), in seconds."""
        return Timeouts(
            connect=configured.connect or 5.0,
            first_byte=configured.first_byte or 300.0,
            idle=configured.idle or 300.0,
        )
