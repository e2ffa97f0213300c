"""Run a real crossroads gateway (uvicorn + the ASGI app) in a background thread, for integration tests."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import uvicorn

from crossroads.config import load_config
from crossroads.gateway.app import GatewayApp


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RunningGateway:
    def __init__(self, app: GatewayApp, port: int) -> None:
        self.app = app
        self.port = port
        self.url = f"http://127.0.0.1:{port}"

    @property
    def records(self) -> list:
        return self.app.recorded


@contextlib.contextmanager
def run_gateway(config_text: str, tmp_path: Path, env: dict[str, str] | None = None) -> Iterator[RunningGateway]:
    path = tmp_path / "config.yaml"
    path.write_text(config_text, encoding="utf-8")
    config = load_config(path, env=env or {})
    app = GatewayApp(config)
    recorded: list = []
    app.state.hub.subscribe(recorded.extend)
    app.recorded = recorded  # type: ignore[attr-defined]
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, lifespan="on", log_level="warning",
                                           loop="asyncio", http="httptools"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve()), daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the gateway did not start")
        time.sleep(0.01)
    try:
        yield RunningGateway(app, port)
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def wait_for_records(gateway: RunningGateway, count: int, timeout: float = 5.0) -> list:
    deadline = time.monotonic() + timeout
    while len(gateway.records) < count and time.monotonic() < deadline:
        time.sleep(0.01)
    return list(gateway.records)
