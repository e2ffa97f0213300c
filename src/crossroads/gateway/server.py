"""Run the gateway with uvicorn (uvloop + httptools), one or several worker processes."""

from __future__ import annotations

import logging
import os

from crossroads.config import load_config
from crossroads.gateway.app import GatewayApp

CONFIG_ENV = "CROSSROADS_CONFIG_PATH"


def create_app() -> GatewayApp:
    """Factory used by each worker process: the config path travels in the environment."""
    return GatewayApp(load_config(os.environ.get(CONFIG_ENV)))


def serve(config_path: str, host: str, port: int, workers: int = 1, log_level: str = "info") -> None:
    import uvicorn

    os.environ[CONFIG_ENV] = config_path
    logging.basicConfig(level=getattr(logging, log_level.upper(), logging.INFO),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    uvicorn.run(
        "crossroads.gateway.server:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers if workers > 1 else None,
        loop="uvloop" if _has("uvloop") else "asyncio",
        http="httptools" if _has("httptools") else "h11",
        lifespan="on",
        access_log=False,
        log_level="warning",
        timeout_keep_alive=75,
        timeout_graceful_shutdown=30,
        server_header=False,
        date_header=False,
    )


def _has(module: str) -> bool:
    try:
        __import__(module)
    except ImportError:
        return False
    return True
