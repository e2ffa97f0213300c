"""Cool-down per provider key: after consecutive failures a key is skipped for a while, then probed once
(half-open), so a dead provider is not hammered and requests go straight to their fallback."""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass

from crossroads.config.resolved import ModelTarget


@dataclass
class _KeyHealth:
    failures: int = 0
    open_until: float = 0.0
    probing: bool = False


class CoolDown:
    def __init__(self, threshold: int = 3, duration: float = 30.0) -> None:
        self.threshold = threshold
        self.duration = duration
        self._keys: dict[str, _KeyHealth] = {}

    @staticmethod
    def key_of(target: ModelTarget) -> str:
        # The key itself never leaves this function: only a short hash identifies it.
        digest = hashlib.blake2b((target.api_key or "").encode(), digest_size=6).hexdigest()
        return f"{target.provider}@{target.base_url}#{digest}"

    def available(self, target: ModelTarget, now: float | None = None) -> bool:
        """False while the key cools down; once the time is up, exactly one probe request is let through."""
        health = self._keys.get(self.key_of(target))
        if health is None or health.failures < self.threshold:
            return True
        now = time.monotonic() if now is None else now
        if now < health.open_until or health.probing:
            return False
        health.probing = True
        return True

    def succeeded(self, target: ModelTarget) -> None:
        self._keys.pop(self.key_of(target), None)

    def failed(self, target: ModelTarget, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        health = self._keys.setdefault(self.key_of(target), _KeyHealth())
        health.failures += 1
        health.probing = False
        if health.failures >= self.threshold:
            health.open_until = now + self.duration

    def cooling(self) -> list[str]:
        now = time.monotonic()
        return [key.split("#")[0] for key, h in self._keys.items() if h.failures >= self.threshold and now < h.open_until]
