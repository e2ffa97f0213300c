"""The request record every observer receives, and the hub that hands records out off the request path."""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

log = logging.getLogger("crossroads.observe")


@dataclass(slots=True)
class RequestRecord:
    """Field names are a stable interface (`crossroads logs --json`, the usage store)."""

    ts: float
    request_id: str
    session: str | None
    requested_model: str
    model: str | None
    """`provider/model-id` that answered (or was tried last)."""
    provider: str | None
    route: str | None
    reason: str
    stream: bool
    status: int
    error_type: str | None = None
    input_tokens: int = 0
    output_tokens: int = 0
    cache_read_tokens: int = 0
    cache_write_tokens: int = 0
    latency_ms: float = 0.0
    ttft_ms: float | None = None
    cost_usd: float | None = None
    fallback_from: str | None = None
    router_ms: float | None = None
    endpoint: str = "messages"
    notes: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


Observer = Callable[[list[RequestRecord]], None]


class ObserverHub:
    """Collects records and hands them to observers in batches from a background task.

    `emit` only appends to a list, so the request never waits for logging or storage.
    """

    def __init__(self, flush_interval: float = 0.05) -> None:
        self._observers: list[Observer] = []
        self._pending: list[RequestRecord] = []
        self._flush_interval = flush_interval
        self._wakeup: asyncio.Event | None = None
        self._task: asyncio.Task[None] | None = None

    def subscribe(self, observer: Observer) -> None:
        self._observers.append(observer)

    def emit(self, record: RequestRecord) -> None:
        self._pending.append(record)
        if self._wakeup is not None and not self._wakeup.is_set():
            self._wakeup.set()

    async def start(self) -> None:
        self._wakeup = asyncio.Event()
        self._task = asyncio.create_task(self._run(), name="crossroads-observers")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        self.flush()

    def flush(self) -> None:
        if not self._pending:
            return
        batch, self._pending = self._pending, []
        for observer in self._observers:
            try:
                observer(batch)
            except Exception:  # an observer bug must never take the gateway down
                log.exception("observer %r failed", observer)

    async def _run(self) -> None:
        assert self._wakeup is not None
        while True:
            await self._wakeup.wait()
            self._wakeup.clear()
            await asyncio.sleep(self._flush_interval)  # gather a batch
            self.flush()
