"""The measurements proper, interleaved: every round visits every target (in a rotated order), so machine noise
lands on all of them alike. For each block of requests the target's CPU time (its whole process tree) and the
fake upstream's counters are read before and after."""

from __future__ import annotations

import asyncio
import contextlib
import time
from dataclasses import dataclass, field
from typing import Any

from bench.gateway.client import Samples, Throughput, latency_block, throughput
from bench.gateway.httpclient import Connection
from bench.gateway.noise import QuietGate
from bench.gateway.procs import Proc, connections_per_worker
from bench.gateway.scenarios import Scenario
from bench.gateway.stats import summary
from bench.gateway.targets import HOST, Direct, Target
from bench.gateway.verify import counter_key, upstream_stats


@dataclass(frozen=True)
class Plan:
    rounds: int  # latency rounds per scenario
    block: int  # requests per target per round (at most)
    block_cap: float  # seconds per target per round (at most)
    warmup: int  # requests per target before a scenario's first round
    throughput_rounds: int
    throughput_seconds: float
    concurrencies: tuple[int, ...]
    cold_starts: int
    chunks: int
    delay_ms: float
    soak_seconds: float = 0.0


QUICK = Plan(rounds=2, block=50, block_cap=0.4, warmup=10, throughput_rounds=1, throughput_seconds=1.5,
             concurrencies=(32, 64), cold_starts=1, chunks=20, delay_ms=2.0)
FULL = Plan(rounds=5, block=300, block_cap=2.0, warmup=40, throughput_rounds=2, throughput_seconds=5.0,
            concurrencies=(32, 64), cold_starts=3, chunks=20, delay_ms=2.0)


def rotated(items: list[Target], shift: int) -> list[Target]:
    if not items:
        return items
    shift %= len(items)
    return items[shift:] + items[:shift]


@dataclass
class Cell:
    """One target in one latency scenario."""

    samples: Samples = field(default_factory=Samples)
    sent: int = 0
    cpu_seconds: float = 0.0
    upstream_seen: int = 0

    def as_dict(self) -> dict[str, Any]:
        ok = len(self.samples.total)
        out: dict[str, Any] = dict(self.samples.as_dict())
        out.update({"sent": self.sent, "ok": ok, "upstream_seen": self.upstream_seen,
                    "cpu_ms_per_request": self.cpu_seconds * 1000 / self.sent if self.sent else None})
        return out


def _cpu(target: Target) -> float:
    return target.proc.cpu() if target.proc is not None else 0.0


MAX_REDO = 2  # a block measured while other processes were busy is redone at most this often


async def latency_scenario(scenario: Scenario, targets: list[Target], plan: Plan, upstream_port: int,
                           progress: Any, gate: QuietGate) -> dict[str, Cell]:
    cells = {t.name: Cell() for t in targets}
    requests = {t.name: t.request(scenario) for t in targets}
    # Connected on first use: a target that died shows up as errors in its own cell, not as a crash of the run.
    conns = {t.name: Connection(HOST, t.port) for t in targets}
    key = counter_key(scenario)
    try:
        for t in targets:  # warm-up: JIT-less, but pools, caches and allocators settle
            await latency_block(conns[t.name], requests[t.name], plan.warmup, plan.block_cap, Samples(),
                                pause=scenario.pause_ms / 1000)
        for round_no in range(plan.rounds):
            for t in rotated(targets, round_no):
                cell = cells[t.name]
                for attempt in range(MAX_REDO + 1):
                    await gate.wait()
                    before = await upstream_stats(upstream_port)
                    cpu0 = _cpu(t)
                    block = Samples()
                    gate.begin()
                    sent = await latency_block(conns[t.name], requests[t.name], plan.block, plan.block_cap, block,
                                               pause=scenario.pause_ms / 1000)
                    noisy = gate.end() > gate.threshold
                    cpu1 = _cpu(t)
                    after = await upstream_stats(upstream_port)
                    if noisy and attempt < MAX_REDO and not gate.exhausted:
                        gate.redone += 1
                        continue
                    gate.kept_noisy += noisy
                    cell.samples.merge(block)
                    cell.sent += sent
                    cell.cpu_seconds += cpu1 - cpu0
                    cell.upstream_seen += after[key] - before[key]
                    break
            progress(f"  {scenario.label}: round {round_no + 1}/{plan.rounds}")
    finally:
        for conn in conns.values():
            conn.close()
    return cells


@dataclass
class Load:
    """One target under fixed concurrency, accumulated over rounds."""

    result: Throughput
    cpu_seconds: float = 0.0
    upstream_seen: int = 0
    rss_peak_total: int = 0
    rss_peak_largest: int = 0
    connection_split: list[int] = field(default_factory=list)  # client connections held by each process

    def as_dict(self) -> dict[str, Any]:
        out = self.result.as_dict()
        out.update({
            "cpu_ms_per_request": self.cpu_seconds * 1000 / self.result.sent if self.result.sent else None,
            "upstream_seen": self.upstream_seen,
            "rss_peak_total_mb": self.rss_peak_total / 2**20, "rss_peak_largest_mb": self.rss_peak_largest / 2**20,
            "connection_split": self.connection_split,
        })
        return out


async def _sample(target: Target, proc: Proc, port: int, load: Load, stop: asyncio.Event, every: float = 0.5
                  ) -> None:
    """RSS peaks and, once the load is on, how the client connections spread over the processes."""
    first = True
    while not stop.is_set():
        rss = proc.rss()
        load.rss_peak_total = max(load.rss_peak_total, rss.total)
        load.rss_peak_largest = max(load.rss_peak_largest, rss.largest)
        if not first and not load.connection_split and not isinstance(target, Direct):
            load.connection_split = connections_per_worker(proc.pids(), port)
        first = False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(stop.wait(), every)


async def throughput_runs(scenario: Scenario, targets: list[Target], plan: Plan, upstream_port: int,
                          progress: Any, gate: QuietGate) -> dict[int, dict[str, Load]]:
    key = counter_key(scenario)
    out: dict[int, dict[str, Load]] = {}
    for connections in plan.concurrencies:
        loads = {t.name: Load(Throughput(connections=connections)) for t in targets}
        for round_no in range(plan.throughput_rounds):
            for t in rotated(targets, round_no):
                load = loads[t.name]
                request = t.request(scenario)
                for attempt in range(MAX_REDO + 1):
                    await gate.wait()
                    before = await upstream_stats(upstream_port)
                    cpu0 = _cpu(t)
                    stop = asyncio.Event()
                    sampler = asyncio.create_task(_sample(t, t.proc, t.port, load, stop)) if t.proc else None
                    gate.begin()
                    result = await throughput(HOST, t.port, request, connections, plan.throughput_seconds)
                    noisy = gate.end() > gate.threshold
                    stop.set()
                    if sampler is not None:
                        await sampler
                    cpu1 = _cpu(t)
                    after = await upstream_stats(upstream_port)
                    await asyncio.sleep(0.3)  # let sockets in TIME_WAIT and stragglers settle between targets
                    if noisy and attempt < MAX_REDO and not gate.exhausted:
                        gate.redone += 1
                        continue
                    gate.kept_noisy += noisy
                    load.result.merge(result)
                    load.cpu_seconds += cpu1 - cpu0
                    load.upstream_seen += after[key] - before[key]
                    break
            progress(f"  throughput c={connections}: round {round_no + 1}/{plan.throughput_rounds}")
        out[connections] = loads
    return out


async def soak(target: Target, scenario: Scenario, seconds: float, connections: int, every: float = 10.0
               ) -> dict[str, Any]:
    """Fixed load for `seconds`, RSS sampled every `every` seconds: is memory flat?"""
    assert target.proc is not None
    request = target.request(scenario)
    samples: list[tuple[float, float]] = []
    started = time.perf_counter()
    total = Throughput(connections=connections)
    while time.perf_counter() - started < seconds:
        samples.append((time.perf_counter() - started, target.proc.rss().total / 2**20))
        chunk = min(every, seconds - (time.perf_counter() - started))
        if chunk <= 0:
            break
        total.merge(await throughput(HOST, target.port, request, connections, chunk))
    samples.append((time.perf_counter() - started, target.proc.rss().total / 2**20))
    rss = [mb for _, mb in samples]
    return {"target": target.name, "seconds": seconds, "connections": connections, "rps": total.rps,
            "errors": total.errors, "rss_mb": [(round(t, 1), round(mb, 1)) for t, mb in samples],
            "rss_first_mb": rss[0], "rss_last_mb": rss[-1], "rss_max_mb": max(rss),
            "latency": summary(total.latencies)}
