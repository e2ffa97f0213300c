"""Config hot reload, on SIGHUP and when the file (or its .env) changes: the new config is validated first; on an
error the old one stays. Requests already under way keep the config they started with."""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Awaitable, Callable
from pathlib import Path

from crossroads.config import ConfigError, GatewayConfig, load_config

log = logging.getLogger("crossroads.reload")


def _fingerprint(paths: list[Path]) -> tuple[tuple[float, int], ...]:
    marks = []
    for path in paths:
        try:
            stat = path.stat()
            marks.append((stat.st_mtime, stat.st_size))
        except OSError:
            marks.append((0.0, -1))
    return tuple(marks)


class ConfigReloader:
    def __init__(self, source: Path, apply: Callable[[GatewayConfig], Awaitable[None]], interval: float = 1.0) -> None:
        self.source = source
        self.apply = apply
        self.interval = interval
        self._watched = [source, source.parent / ".env"]
        self._seen = _fingerprint(self._watched)
        self._task: asyncio.Task[None] | None = None
        self._lock = asyncio.Lock()
        self.reloads = 0
        self.last_error: str | None = None

    async def start(self) -> None:
        self._task = asyncio.create_task(self._watch(), name="crossroads-config-watch")
        with contextlib.suppress(ValueError, RuntimeError, NotImplementedError):
            # Only the main thread may own signal handlers; embedded (test) servers rely on the file watch.
            asyncio.get_running_loop().add_signal_handler(signal.SIGHUP, lambda: asyncio.ensure_future(
                self.reload("SIGHUP")))

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _watch(self) -> None:
        while True:
            await asyncio.sleep(self.interval)
            current = _fingerprint(self._watched)
            if current != self._seen:
                self._seen = current
                await self.reload("the config file changed")

    async def reload(self, why: str) -> bool:
        async with self._lock:
            try:
                config = await asyncio.to_thread(load_config, self.source)
            except ConfigError as exc:
                self.last_error = str(exc)
                log.error("config not reloaded (%s), keeping the running one: %s", why, exc)
                return False
            await self.apply(config)
            self.reloads += 1
            self.last_error = None
            log.info("config reloaded (%s): %d model(s) usable", why, len(config.usable_targets()))
            return True
