"""Which config a command reads: the usual lookup (`--config`, ./config.yaml, the user config dir), else the config
of the one gateway running from this CROSSROADS_HOME, so `crossroads models` works from any directory."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crossroads.cli.instances import GatewayInstance
    from crossroads.config.resolved import GatewayConfig


def load_for_cli(config_arg: str | None) -> tuple[GatewayConfig, GatewayInstance | None]:
    """The config, and the running gateway it came from when the lookup fell back to one."""
    from crossroads.cli.instances import live_instances
    from crossroads.config import ConfigError, load_config

    try:
        return load_config(config_arg), None
    except ConfigError:
        if config_arg is not None:
            raise
        running = [i for i in live_instances() if i.config]
        if len(running) != 1:
            raise
        return load_config(running[0].config), running[0]
