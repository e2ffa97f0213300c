"""Issue 6's targets, checked against one run's results."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

OURS = ("crossroads", "crossroads --workers 2")
MET, MISSED, UNKNOWN = "✅ met", "❌ missed", "– not measured"


@dataclass(frozen=True)
class Verdict:
    goal: str
    measured: str
    outcome: str


def _num(value: Any) -> float | None:
    if isinstance(value, (int, float)) and not (isinstance(value, float) and math.isnan(value)):
        return float(value)
    return None


def _fmt(value: float | None, unit: str = " ms", signed: bool = True) -> str:
    """A difference (signed) or an absolute figure."""
    if value is None:
        return "–"
    return f"{value:+.2f}{unit}" if signed else f"{value:.2f}{unit}"


def _diff(results: dict[str, Any], key: str, name: str, metric: str, q: str) -> float | None:
    cells = results.get("latency", {}).get(key, {})
    mine = _num(cells.get(name, {}).get(metric, {}).get(q))
    base = _num(cells.get("direct", {}).get(metric, {}).get(q))
    return None if mine is None or base is None else mine - base


def _outcome(checks: list[bool | None]) -> str:
    if not checks or any(c is None for c in checks):
        return UNKNOWN
    return MET if all(checks) else MISSED


def _added_latency(results: dict[str, Any]) -> list[Verdict]:
    out = []
    for key in ("translate-small", "translate-cc", "passthrough-small", "passthrough-cc"):
        label = results.get("scenarios", {}).get(key, {}).get("label", key)
        parts, checks = [], []
        for name in OURS:
            p50 = _diff(results, key, name, "total", "p50")
            p99 = _diff(results, key, name, "total", "p99")
            parts.append(f"{name}: Δp50 {_fmt(p50)}, Δp99 {_fmt(p99)}")
            checks += [None if p50 is None else p50 <= 1.0, None if p99 is None else p99 <= 5.0]
        out.append(Verdict(f"added latency p50 ≤ 1 ms, p99 ≤ 5 ms — {label}", "; ".join(parts), _outcome(checks)))
    return out


def _streaming(results: dict[str, Any]) -> list[Verdict]:
    """TTFB added ≤ 1 ms; and chunks relayed as they arrive: once the first byte is out, the gateway adds ≤ 1 ms
    more to the first token and to the last byte (a gateway holding chunks back adds ~chunks × delay)."""
    out = []
    for key in ("stream-translate-cc", "stream-passthrough-cc"):
        label = results.get("scenarios", {}).get(key, {}).get("label", key)
        ttfb_parts, relay_parts, ttfb_checks, relay_checks = [], [], [], []
        for name in OURS:
            ttfb = _diff(results, key, name, "ttfb", "p50")
            ttft = _diff(results, key, name, "ttft", "p50")
            last = _diff(results, key, name, "total", "p50")
            ttfb_parts.append(f"{name}: {_fmt(ttfb)}")
            ttfb_checks.append(None if ttfb is None else ttfb <= 1.0)
            if ttfb is None or ttft is None or last is None:
                relay_parts.append(f"{name}: –")
                relay_checks.append(None)
                continue
            relay_parts.append(f"{name}: first token {_fmt(ttft - ttfb)}, last byte {_fmt(last - ttfb)}")
            relay_checks.append(ttft - ttfb <= 1.0 and last - ttfb <= 1.0)
        out.append(Verdict(f"streaming: added TTFB p50 ≤ 1 ms — {label}", "; ".join(ttfb_parts),
                           _outcome(ttfb_checks)))
        out.append(Verdict(f"chunks relayed as they arrive (beyond the added TTFB, ≤ 1 ms more to the first token "
                           f"and to the last byte, p50) — {label}", "; ".join(relay_parts), _outcome(relay_checks)))
    return out


def _router(results: dict[str, Any]) -> list[Verdict]:
    router = results.get("router_ms") or {}
    p50 = _num(router.get("p50"))
    return [Verdict("embedded router's own share p50 ≤ 50 ms", f"router_ms p50 {_fmt(p50, ' ms', False)} "
                    f"(p99 {_fmt(_num(router.get('p99')), ' ms', False)}, n={router.get('n', 0)})",
                    _outcome([None if p50 is None else p50 <= 50.0]))]


def _cpu_and_throughput(results: dict[str, Any]) -> list[Verdict]:
    out = []
    one = _num(results.get("latency", {}).get("translate-small", {}).get("crossroads", {}).get("cpu_ms_per_request"))
    loads = results.get("throughput", {}).get("32", {})
    loaded = _num(loads.get("crossroads --workers 2", {}).get("cpu_ms_per_request"))
    out.append(Verdict("gateway CPU ≤ 1 ms per translated request (7.7 KB)",
                       f"1 worker, 1 connection: {_fmt(one, ' ms', False)}; 2 workers at 32 connections: "
                       f"{_fmt(loaded, ' ms', False)}",
                       _outcome([None if one is None else one <= 1.0])))
    ours = _num(loads.get("crossroads --workers 2", {}).get("rps"))
    out.append(Verdict("throughput at 32 connections, --workers 2 ≥ 1,000 req/s",
                       "–" if ours is None else f"{ours:,.0f} req/s",
                       _outcome([None if ours is None else ours >= 1000])))
    for peer, factor in (("claude-code-router", 5.0), ("LiteLLM --num_workers 2", 9.0)):
        rps = _num(loads.get(peer, {}).get("rps"))
        if ours is None or rps is None or not rps:
            out.append(Verdict(f"≥ {factor:g}× {peer} at 32 connections", "–", UNKNOWN))
            continue
        out.append(Verdict(f"≥ {factor:g}× {peer} at 32 connections", f"{ours / rps:.1f}× ({rps:,.0f} req/s)",
                           MET if ours / rps >= factor else MISSED))
    return out


def _memory_and_start(results: dict[str, Any]) -> list[Verdict]:
    out = []
    loads = results.get("throughput", {}).get("32", {})
    idle = results.get("idle_rss", {})
    parts, checks = [], []
    for name in OURS:
        peak = _num(loads.get(name, {}).get("rss_peak_largest_mb"))
        rest = idle.get(name, {}).get("largest")
        parts.append(f"{name}: idle {_fmt(rest / 2**20 if rest else None, ' MB', False)}, "
                     f"under load {_fmt(peak, ' MB', False)}")
        checks.append(None if peak is None else peak <= 120.0)
    out.append(Verdict("RSS ≤ 120 MB per worker without a router model", "; ".join(parts), _outcome(checks)))
    embedded = "crossroads router=embedded"
    peak = _num(loads.get(embedded, {}).get("rss_peak_largest_mb"))
    rest = idle.get(embedded, {}).get("largest")
    out.append(Verdict("RSS per worker with the embedded router model (stated)",
                       f"idle {_fmt(rest / 2**20 if rest else None, ' MB', False)}, "
                       f"under load {_fmt(peak, ' MB', False)}",
                       "stated" if peak is not None or rest else UNKNOWN))
    soak = results.get("soak")
    if soak:
        growth = soak["rss_last_mb"] - soak["rss_first_mb"]
        out.append(Verdict("RSS flat across a soak", f"{soak['rss_first_mb']:.0f} → {soak['rss_last_mb']:.0f} MB over "
                           f"{soak['seconds']:g} s", MET if growth <= 0.1 * soak["rss_first_mb"] else MISSED))
    for label, limit in (("crossroads router=none", 2.0), ("crossroads router=embedded", 5.0)):
        times = results.get("cold_start", {}).get(label) or []
        median = sorted(times)[len(times) // 2] if times else None
        out.append(Verdict(f"cold start ≤ {limit:g} s — {label}", _fmt(median, " s", False) + f" (median of {len(times)})",
                           _outcome([None if median is None else median <= limit])))
    return out


def verdicts(results: dict[str, Any]) -> list[Verdict]:
    return [*_added_latency(results), *_streaming(results), *_router(results), *_cpu_and_throughput(results),
            *_memory_and_start(results)]
