"""Load generation: a closed-loop latency client (one connection, one request after another) and a fixed-
concurrency throughput client (N connections, each closed-loop, for T seconds).

A request is pre-rendered bytes plus what marks its first token (`content_block_delta` in an Anthropic stream)
and how a complete answer ends. An answer counts as an error when its status is not 200, when a stream shows no
token or does not end properly, or when the connection breaks or times out.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field

from bench.gateway.httpclient import Connection, Result
from bench.gateway.stats import summary

ANTHROPIC_FIRST_TOKEN = b"content_block_delta"
ANTHROPIC_END = b"message_stop"
OPENAI_FIRST_TOKEN = b'"delta":{"content":"'
OPENAI_END = b"data: [DONE]"


@dataclass(frozen=True, slots=True)
class Request:
    raw: bytes
    stream: bool
    first_token: bytes = b""  # stream only
    end: bytes = b""  # stream only: must appear in the last bytes of the answer


def check(request: Request, result: Result) -> str | None:
    """Why `result` is not a good answer to `request`, or None."""
    if result.status != 200:
        return f"HTTP {result.status}"
    if request.stream:
        if result.ttft is None:
            return "stream without a token"
        if request.end and request.end not in result.last:
            return "stream did not end with " + request.end.decode()
    return None


@dataclass
class Samples:
    """Latency samples of one target in one scenario, in milliseconds, accumulated over rounds."""

    total: list[float] = field(default_factory=list)
    ttfb: list[float] = field(default_factory=list)
    ttft: list[float] = field(default_factory=list)
    errors: int = 0
    error_examples: list[str] = field(default_factory=list)

    def merge(self, other: Samples) -> None:
        self.total.extend(other.total)
        self.ttfb.extend(other.ttfb)
        self.ttft.extend(other.ttft)
        self.errors += other.errors
        for example in other.error_examples:
            if len(self.error_examples) < 3 and example not in self.error_examples:
                self.error_examples.append(example)

    def add_error(self, why: str) -> None:
        self.errors += 1
        if len(self.error_examples) < 3 and why not in self.error_examples:
            self.error_examples.append(why)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {"total": summary(self.total), "ttfb": summary(self.ttfb), "errors": self.errors,
                                  "error_examples": self.error_examples}
        if self.ttft:
            out["ttft"] = summary(self.ttft)
        return out


async def latency_block(conn: Connection, request: Request, count: int, time_cap: float, samples: Samples,
                        timeout: float = 60.0, pause: float = 0.0) -> int:
    """Up to `count` requests one after another (stopping after `time_cap` seconds), each after `pause` seconds of
    idling; returns how many were sent."""
    deadline = time.perf_counter() + time_cap
    sent = 0
    while sent < count and (sent == 0 or time.perf_counter() < deadline):
        if pause:
            await asyncio.sleep(pause)
        sent += 1
        try:
            result = await conn.send(request.raw, request.first_token, timeout=timeout)
        except (OSError, TimeoutError) as exc:
            samples.add_error(type(exc).__name__ + ": " + str(exc)[:120])
            continue
        why = check(request, result)
        if why is not None:
            samples.add_error(why)
            continue
        samples.total.append(result.total * 1000)
        samples.ttfb.append(result.ttfb * 1000)
        if result.ttft is not None:
            samples.ttft.append(result.ttft * 1000)
    return sent


@dataclass
class Throughput:
    """Fixed-concurrency load. No new request starts after the window closes; the ones in flight then are awaited
    and counted, so `rps` = answers / (window + drain) stays right even when one answer takes most of the window
    (slow gateways), and the CPU the target spent during the whole run is divided by every request it served."""

    connections: int
    seconds: float = 0.0  # window plus drain
    ok: int = 0
    errors: int = 0
    late: int = 0  # of `ok`+`errors`: answers that completed after the window closed (the drain)
    latencies: list[float] = field(default_factory=list)
    error_examples: list[str] = field(default_factory=list)

    @property
    def rps(self) -> float:
        return self.ok / self.seconds if self.seconds else 0.0

    @property
    def sent(self) -> int:
        return self.ok + self.errors

    def merge(self, other: Throughput) -> None:
        self.seconds += other.seconds
        self.ok += other.ok
        self.errors += other.errors
        self.late += other.late
        self.latencies.extend(other.latencies)
        for example in other.error_examples:
            if len(self.error_examples) < 3 and example not in self.error_examples:
                self.error_examples.append(example)

    def as_dict(self) -> dict[str, object]:
        return {"connections": self.connections, "seconds": round(self.seconds, 3), "ok": self.ok,
                "errors": self.errors, "late": self.late, "sent": self.sent,
                "rps": self.rps, "latency": summary(self.latencies), "error_examples": self.error_examples}

    def _error(self, why: str) -> None:
        self.errors += 1
        if len(self.error_examples) < 3 and why not in self.error_examples:
            self.error_examples.append(why)


async def throughput(host: str, port: int, request: Request, connections: int, seconds: float,
                     timeout: float = 30.0) -> Throughput:
    """`connections` closed loops; each starts requests for `seconds`, then finishes the one in flight."""
    out = Throughput(connections=connections)
    stop_at = 0.0

    async def loop(conn: Connection) -> None:
        try:
            while time.perf_counter() < stop_at:
                try:
                    result = await conn.send(request.raw, request.first_token, timeout=timeout)
                except (OSError, TimeoutError) as exc:
                    out._error(type(exc).__name__ + ": " + str(exc)[:120])
                    await asyncio.sleep(0.01)
                    continue
                if time.perf_counter() > stop_at:
                    out.late += 1
                why = check(request, result)
                if why is None:
                    out.ok += 1
                    out.latencies.append(result.total * 1000)
                else:
                    out._error(why)
        finally:
            conn.close()

    opened = await asyncio.gather(*(Connection.open(host, port) for _ in range(connections)), return_exceptions=True)
    conns = [c if isinstance(c, Connection) else Connection(host, port) for c in opened]  # retried in the loop
    started = time.perf_counter()
    stop_at = started + seconds
    await asyncio.gather(*(loop(conn) for conn in conns))
    out.seconds = time.perf_counter() - started
    return out
