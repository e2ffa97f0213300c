"""Configuration: the archgw-compatible schema, loading with $ENV interpolation, and clear errors."""

from crossroads.config.errors import ConfigError
from crossroads.config.loading import find_config, load_config, parse_config
from crossroads.config.resolved import GatewayConfig, ModelTarget

__all__ = ["ConfigError", "GatewayConfig", "ModelTarget", "find_config", "load_config", "parse_config"]
