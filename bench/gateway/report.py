"""The markdown report: every figure next to its difference (Δ) and ratio (×) against the direct call measured
in the same run, then resources, cold start, the router's share and a check against issue 6's targets."""

from __future__ import annotations

import math
from typing import Any

from bench.gateway.verdicts import verdicts

MB = 2**20


def ms(value: float | None) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    if abs(value) < 1:
        return f"{value:.3f}"
    if abs(value) < 10:
        return f"{value:.2f}"
    if abs(value) < 100:
        return f"{value:.1f}"
    return f"{value:.0f}"


def delta(value: float | None, base: float | None) -> str:
    if value is None or base is None or math.isnan(value) or math.isnan(base):
        return "–"
    diff = value - base
    return ("+" if diff >= 0 else "−") + ms(abs(diff))


def ratio(value: float | None, base: float | None) -> str:
    if value is None or base is None or not base or math.isnan(value) or math.isnan(base):
        return "–"
    return f"×{value / base:.1f}" if value / base < 100 else f"×{value / base:.0f}"


def cell_text(text: str) -> str:
    """Safe inside a markdown table cell: one line, no bare pipes."""
    return " ".join(text.split()).replace("|", "\\|")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(cell_text(c) for c in row) + " |" for row in rows]
    return out


def note_ref(notes: list[str], text: str) -> str:
    """The number of `text` in the report's notes, adding it once."""
    if text not in notes:
        notes.append(text)
    return f"note {notes.index(text) + 1}"


def share(value: float | None, base: float | None) -> str:
    if value is None or base is None or not base:
        return "–"
    return f"{100 * value / base:.1f}%"


def _seen(seen: int, sent: int) -> str:
    return f"{seen}/{sent} {'✓' if seen == sent else '≠'}"


def _upstream(cell: dict[str, Any]) -> str:
    return _seen(cell.get("upstream_seen", 0), cell.get("sent", 0))


def _errors(cell: dict[str, Any]) -> str:
    errors = cell.get("errors", 0)
    if not errors:
        return "0"
    examples = "; ".join(cell.get("error_examples") or [])
    return f"{errors} ({examples[:80]})" if examples else str(errors)


def header(results: dict[str, Any]) -> list[str]:
    m = results["machine"]
    v = results.get("versions", {})
    plan = results["plan"]
    peers = ", ".join(f"{k} {val}" for k, val in v.items() if k != "crossroads") or "none"
    lines = [
        "# crossroads gateway benchmark",
        "",
        f"- **Machine**: {m['cpu']}, {m['cores']} cores ({m['usable_cores']} usable), {m['memory_gib']} GiB, "
        f"Linux {m['kernel']}, Python {m['python']}",
        f"- **Code**: crossroads {m['crossroads']} (commit {m['commit'] or '?'}); peers: {peers}",
        f"- **Command**: `{m['command']}` — {m['date_utc']}, {results.get('elapsed_seconds', '?')} s",
        f"- **Method**: fake upstream (raw asyncio + httptools) in its own process; closed-loop client, 1 keep-alive "
        f"connection; {plan['rounds']} interleaved rounds × ≤{plan['block']} requests (≤{plan['block_cap']:g} s) per "
        f"target per scenario after {plan['warmup']} warm-up requests; streams: {plan['chunks']} deltas "
        f"{plan['delay_ms']:g} ms apart. Δ and × are against the direct call in the same run. Times in ms.",
        noise_line(results),
        "- **Bodies**: " + ", ".join(f"{b['label']} = {b['anthropic_bytes']:,} B Anthropic / {b['openai_bytes']:,} B "
                                     f"OpenAI ({b['tools']} tools)" for b in results["bodies"]),
        "",
    ]
    return lines


def noise_line(results: dict[str, Any]) -> str:
    noise = results.get("noise") or {}
    cores = noise.get("foreign_cores")
    if cores is None:
        return "- **Machine noise**: not measured"
    top = "; ".join(f"`{t['command'][:70]}` {t['cpu_seconds']:.0f} s" for t in noise.get("top", [])[:2])
    text = f"- **Machine noise**: other processes used {cores:.2f} cores on average during the run"
    if top:
        text += f" (most: {top})"
    gate = noise.get("gate") or {}
    if gate:
        text += (f"; measured blocks waited {gate.get('waited_seconds', 0):g} s in all for quiet, "
                 f"{gate.get('blocks_redone', 0)} were redone, {gate.get('noisy_blocks_kept', 0)} kept although disturbed")
    if gate.get("noisy_blocks_kept", 0) or (not gate and cores > 0.1):
        text += ". ⚠ Some blocks ran while other processes were busy: their tails (p90/p99) are inflated"
    return text


def latency_section(results: dict[str, Any], stream: bool, notes: list[str]) -> list[str]:
    """The latency table; skipped cells add their reason to `notes` (numbered across the report)."""
    rows: list[list[str]] = []
    for key, info in results["scenarios"].items():
        if info["stream"] != stream:
            continue
        cells = results["latency"].get(key, {})
        base = cells.get("direct", {})
        for name, cell in cells.items():
            label = [info["label"], name]
            if "skipped" in cell:
                ref = note_ref(notes, f"{name}: {cell['skipped']}")
                rows.append([*label, "not measured"] + ["–"] * (9 if stream else 8) + [ref])
                continue
            is_base = name == "direct"
            if stream:
                t, b = cell["ttfb"], base.get("ttfb", {})
                f, bf = cell.get("ttft", {}), base.get("ttft", {})
                total, btotal = cell["total"], base.get("total", {})
                rows.append([*label, ms(t["p50"]), "–" if is_base else delta(t["p50"], b.get("p50")), ms(t["p99"]), "–" if is_base else delta(t["p99"], b.get("p99")), ms(f.get("p50")), "–" if is_base else delta(f.get("p50"), bf.get("p50")), ms(total["p50"]), "–" if is_base else delta(total["p50"], btotal.get("p50")), str(total["n"]), _errors(cell), _upstream(cell)])
            else:
                t, b = cell["total"], base.get("total", {})
                rows.append([*label, ms(t["p50"]), ms(t["p90"]), ms(t["p99"]), "–" if is_base else delta(t["p50"], b.get("p50")), "–" if is_base else delta(t["p99"], b.get("p99")), "–" if is_base else ratio(t["p50"], b.get("p50")), ms(cell.get("cpu_ms_per_request")), str(t["n"]), _errors(cell), _upstream(cell)])
    if stream:
        head = ["scenario", "target", "TTFB p50", "ΔTTFB p50", "TTFB p99", "ΔTTFB p99", "TTFT p50", "ΔTTFT p50",
                "last byte p50", "Δlast byte", "n", "errors", "upstream saw"]
        title = "## Streaming, 1 connection (time to first byte / first `content_block_delta` / last byte)"
    else:
        head = ["scenario", "target", "p50", "p90", "p99", "Δp50", "Δp99", "×p50", "CPU ms/req", "n", "errors",
                "upstream saw"]
        title = "## Added latency, non-stream, 1 connection"
    return [title, "", *_table(head, rows), ""]


def throughput_section(results: dict[str, Any], notes: list[str]) -> list[str]:
    rows: list[list[str]] = []
    for conns, loads in results.get("throughput", {}).items():
        base = loads.get("direct", {})
        for name, load in loads.items():
            if "skipped" in load:
                rows.append([name, conns, "not measured"] + ["–"] * 8 + [note_ref(notes, f"{name}: {load['skipped']}")])
                continue
            lat = load["latency"]
            split = load.get("connection_split") or []
            rows.append([name, conns, f"{load['rps']:,.0f}", "–" if name == "direct" else share(load["rps"], base.get("rps")),
                         _errors(load), ms(lat["p50"]),
                         "–" if name == "direct" else delta(lat["p50"], base.get("latency", {}).get("p50")),
                         ms(lat["p99"]), ms(load.get("cpu_ms_per_request")),
                         f"{load['rss_peak_total_mb']:.0f} / {load['rss_peak_largest_mb']:.0f}",
                         "/".join(str(n) for n in split) if split else "–",
                         _seen(load.get("upstream_seen", 0), load.get("sent", load.get("ok", 0)))])
    head = ["target", "connections", "req/s", "% of direct", "errors", "p50", "Δp50", "p99", "CPU ms/req",
            "RSS peak MB (tree / largest)", "connections per worker", "upstream saw / sent"]
    title = "## Throughput: translate 7.7 KB non-stream, fixed concurrency"
    lines = [title, "", *_table(head, rows), ""]
    lines += _throughput_ratios(results)
    return lines


def _throughput_ratios(results: dict[str, Any]) -> list[str]:
    loads = results.get("throughput", {}).get("32", {})
    ours = loads.get("crossroads --workers 2", {}).get("rps")
    if not ours:
        return []
    parts = []
    for peer in ("claude-code-router", "LiteLLM --num_workers 2", "LiteLLM"):
        rps = loads.get(peer, {}).get("rps")
        if rps:
            parts.append(f"{ours / rps:.1f}× {peer}")
    if not parts:
        return []
    return [f"At 32 connections crossroads --workers 2 serves {ours:,.0f} req/s: " + ", ".join(parts) + ".", ""]


def resources_section(results: dict[str, Any]) -> list[str]:
    rows = []
    idle = results.get("idle_rss", {})
    load32 = results.get("throughput", {}).get("32", {})
    one_conn = results.get("latency", {}).get("translate-small", {})
    for name, info in results.get("targets", {}).items():
        if name == "direct":
            continue
        if info.get("unavailable"):
            rows.append([name, "–", "–", "–", "–", "–", "–", "unavailable: " + info["unavailable"][:160]])
            continue
        rss = idle.get(name)
        load = load32.get(name, {})
        cpu1 = one_conn.get(name, {}).get("cpu_ms_per_request")
        rows.append([
            name, str(rss["processes"]) if rss else "–",
            _start(info),
            f"{rss['total'] / MB:.0f} / {rss['largest'] / MB:.0f}" if rss else "–",
            (f"{load['rss_peak_total_mb']:.0f} / {load['rss_peak_largest_mb']:.0f}"
             if "rss_peak_total_mb" in load else "–"),
            ms(cpu1), ms(load.get("cpu_ms_per_request")), "; ".join(info.get("notes") or []) or ""])
    head = ["target", "processes", "start → healthy s (→ idle)", "RSS idle MB (tree / largest)",
            "RSS under load MB (tree / largest)", "CPU ms/req, 1 conn", "CPU ms/req, 32 conns", "notes"]
    return ["## Resources (translate 7.7 KB; CPU = utime+stime of the whole process tree ÷ requests)", "",
            *_table(head, rows), ""]


def _start(info: dict[str, Any]) -> str:
    if not info.get("start_seconds"):
        return "–"
    text = f"{info['start_seconds']:.2f}"
    settle = info.get("settle_seconds")
    if settle and settle > 1.5:
        text += f" (+{settle:.0f})"
    return text


def cold_start_section(results: dict[str, Any]) -> list[str]:
    rows = []
    for label, times in results.get("cold_start", {}).items():
        if not times:
            rows.append([label, "0", "failed", "–"])
            continue
        ordered = sorted(times)
        rows.append([label, str(len(times)), f"{ordered[len(ordered) // 2]:.2f}", f"{max(times):.2f}"])
    return ["## Cold start (`crossroads up` → first 200 on /healthz)", "",
            *_table(["config", "runs", "median s", "max s"], rows), ""]


def router_section(results: dict[str, Any]) -> list[str]:
    router = results.get("router_ms")
    if not router or not router.get("n"):
        return []
    lines = ["## Embedded router's share (a new user turn routed on every request)", "",
             f"- router_ms from the gateway's request log, 1-connection phase ({router['n']} decisions): "
             f"p50 {ms(router['p50'])}, "
             f"p90 {ms(router['p90'])}, p99 {ms(router['p99'])}; outcomes: "
             + ", ".join(f"{k} ×{v}" for k, v in sorted((router.get("decisions") or {}).items(), key=lambda kv: -kv[1]))]
    for key in ("translate-small", "translate-cc"):
        cells = results["latency"].get(key, {})
        with_router = cells.get(router["target"], {}).get("total", {})
        without = cells.get("crossroads", {}).get("total", {})
        if with_router and without:
            lines.append(f"- {results['scenarios'][key]['label']}: p50 {ms(with_router.get('p50'))} with the router vs "
                         f"{ms(without.get('p50'))} with router none (Δ {delta(with_router.get('p50'), without.get('p50'))})")
    return [*lines, ""]


def soak_section(results: dict[str, Any]) -> list[str]:
    soak = results.get("soak")
    if not soak:
        return []
    return ["## Soak", "",
            f"{soak['target']}: {soak['seconds']:g} s at {soak['connections']} connections, {soak['rps']:,.0f} req/s, "
            f"{soak['errors']} errors; RSS {soak['rss_first_mb']:.0f} MB → {soak['rss_last_mb']:.0f} MB "
            f"(max {soak['rss_max_mb']:.0f} MB)", ""]


def verdict_section(results: dict[str, Any]) -> list[str]:
    rows = [[v.goal, v.measured, v.outcome] for v in verdicts(results)]
    return ["## Against issue 6's targets", "", *_table(["target", "measured (this run)", "verdict"], rows), ""]


def render(results: dict[str, Any]) -> str:
    notes: list[str] = []
    lines = header(results)
    lines += latency_section(results, False, notes)
    lines += latency_section(results, True, notes)
    lines += throughput_section(results, notes)
    lines += resources_section(results)
    lines += cold_start_section(results)
    lines += router_section(results)
    lines += soak_section(results)
    lines += verdict_section(results)
    if notes:
        lines += ["## Not measured", ""] + [f"{i}. {note}" for i, note in enumerate(notes, 1)] + [""]
    for problem in results.get("problems", []):
        lines.append(f"- problem: {problem}")
    return "\n".join(lines).rstrip() + "\n"
