"""Session stickiness: the model chosen for a user turn keeps the turn's tool loop, bounded by LRU and TTL."""

from __future__ import annotations

import time
from collections import OrderedDict
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class TurnChoice:
    target: str
    """The `provider/model` that took the turn."""
    route: str | None


class SessionCache:
    def __init__(self, max_sessions: int = 10000, ttl: float = 3600.0) -> None:
        self._entries: OrderedDict[str, tuple[float, TurnChoice]] = OrderedDict()
        self._max = max_sessions
        self._ttl = ttl

    def get(self, session: str, now: float | None = None) -> TurnChoice | None:
        entry = self._entries.get(session)
        if entry is None:
            return None
        now = time.monotonic() if now is None else now
        expires, choice = entry
        if expires < now:
            del self._entries[session]
            return None
        self._entries.move_to_end(session)
        return choice

    def put(self, session: str, choice: TurnChoice, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self._entries[session] = (now + self._ttl, choice)
        self._entries.move_to_end(session)
        while len(self._entries) > self._max:
            self._entries.popitem(last=False)

    def __len__(self) -> int:
        return len(self._entries)
