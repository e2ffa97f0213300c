"""How much CPU other processes on the machine used while the benchmark ran.

On a 2-core machine a background job (a test suite, a training run) that takes one core distorts every tail
latency; the report says so instead of letting it pass for the gateways' behaviour. The meter is read between
measurement blocks (never inside one): each reading diffs utime+stime of every process in /proc against the
previous reading and charges the difference to processes outside the benchmark's own tree.
"""

from __future__ import annotations

import asyncio
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from bench.gateway.procs import CLOCK_TICKS, tree


def _snapshot() -> dict[int, tuple[int, int, str]]:
    """pid -> (start time, CPU ticks, command name)."""
    out: dict[int, tuple[int, int, str]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        name = raw[raw.find("(") + 1:raw.rfind(")")]
        fields = raw[raw.rfind(")") + 2:].split()
        out[int(entry)] = (int(fields[19]), int(fields[11]) + int(fields[12]), name)
    return out


def _cmdline(pid: int, fallback: str) -> str:
    try:
        text = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode(errors="replace").strip()
    except OSError:
        return fallback
    return text[:120] or fallback


@dataclass
class NoiseMeter:
    started: float = field(default_factory=time.perf_counter)
    last: dict[int, tuple[int, int, str]] = field(default_factory=_snapshot)
    foreign_ticks: int = 0
    by_command: dict[str, int] = field(default_factory=dict)

    def read(self) -> None:
        now = _snapshot()
        ours = set(tree(os.getpid()))
        for pid, (start, ticks, name) in now.items():
            before = self.last.get(pid)
            used = ticks - before[1] if before and before[0] == start else 0
            if used <= 0 or pid in ours:
                continue
            self.foreign_ticks += used
            command = _cmdline(pid, name)
            self.by_command[command] = self.by_command.get(command, 0) + used
        self.last = now

    @property
    def cores(self) -> float:
        """Average cores used by other processes since the meter started."""
        seconds = time.perf_counter() - self.started
        return self.foreign_ticks / CLOCK_TICKS / seconds if seconds else 0.0

    def as_dict(self) -> dict[str, object]:
        seconds = time.perf_counter() - self.started
        cores = self.cores
        top = sorted(self.by_command.items(), key=lambda kv: -kv[1])[:3]
        return {"seconds": round(seconds, 1), "foreign_cores": round(cores, 3),
                "top": [{"command": cmd, "cpu_seconds": round(t / CLOCK_TICKS, 1)} for cmd, t in top]}


def _foreign_ticks(before: dict[int, tuple[int, int, str]], after: dict[int, tuple[int, int, str]]) -> int:
    ours = set(tree(os.getpid()))
    total = 0
    for pid, (start, ticks, _) in after.items():
        old = before.get(pid)
        if old and old[0] == start and pid not in ours:
            total += max(0, ticks - old[1])
    return total


@dataclass
class QuietGate:
    """Keeps other processes' CPU out of the measured blocks: before a block, wait (within a budget for the whole
    run) until the machine is quiet; after it, say how busy the machine was, so a noisy block can be redone."""

    threshold: float = 0.1  # cores used by others
    budget: float = 300.0  # seconds of waiting, for the whole run
    waited: float = 0.0
    redone: int = 0
    kept_noisy: int = 0
    last_cores: float = 0.0  # what the latest block or window saw
    _before: dict[int, tuple[int, int, str]] = field(default_factory=dict)
    _t0: float = 0.0

    @property
    def exhausted(self) -> bool:
        return self.waited >= self.budget

    async def wait(self, window: float = 0.5) -> None:
        """Return at once if the last block was quiet; else poll until a window is (or the budget is spent)."""
        while self.last_cores >= self.threshold and not self.exhausted:
            before = _snapshot()
            await asyncio.sleep(window)
            self.last_cores = _foreign_ticks(before, _snapshot()) / CLOCK_TICKS / window
            self.waited += window

    def begin(self) -> None:
        self._before = _snapshot()
        self._t0 = time.perf_counter()

    def end(self) -> float:
        """Cores used by other processes since `begin`."""
        seconds = time.perf_counter() - self._t0
        self.last_cores = _foreign_ticks(self._before, _snapshot()) / CLOCK_TICKS / seconds if seconds > 0 else 0.0
        return self.last_cores

    def as_dict(self) -> dict[str, object]:
        return {"threshold_cores": self.threshold, "waited_seconds": round(self.waited, 1),
                "blocks_redone": self.redone, "noisy_blocks_kept": self.kept_noisy}
