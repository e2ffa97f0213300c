"""`python -m bench.gateway`: start the fake upstream and every gateway, verify each, measure them interleaved,
print a markdown table and (with --out) write every figure as JSON. See README.md beside this file."""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Coroutine
from dataclasses import asdict, replace
from pathlib import Path
from typing import Any, TypeVar

from bench.gateway import bodies, peers
from bench.gateway.httpclient import get
from bench.gateway.machine import describe
from bench.gateway.measure import FULL, QUICK, Plan, latency_scenario, soak, throughput_runs
from bench.gateway.noise import NoiseMeter, QuietGate
from bench.gateway.procs import Proc, start
from bench.gateway.report import render
from bench.gateway.scenarios import LATENCY_SCENARIOS, ROUTER_SCENARIOS, THROUGHPUT_SCENARIO, Scenario
from bench.gateway.stats import summary
from bench.gateway.targets import HOST, REPO, Crossroads, Direct, Target, free_port
from bench.gateway.verify import verify

HEALTH_TIMEOUT = 180.0
T = TypeVar("T")


def progress(message: str) -> None:
    print(time.strftime("%H:%M:%S ") + message, file=sys.stderr, flush=True)


async def wait_healthy(proc: Proc, port: int, path: str, timeout: float = HEALTH_TIMEOUT) -> float:
    """Seconds from process start to the first 200 on `path`; raises RuntimeError if it dies or times out."""
    deadline = proc.started_at + timeout
    while time.perf_counter() < deadline:
        if not proc.alive():
            raise RuntimeError(f"exited with code {proc.popen.returncode}")
        try:
            result = await get(HOST, port, path, timeout=2.0)
            if result.status == 200:
                return time.perf_counter() - proc.started_at
        except (OSError, TimeoutError):
            pass
        await asyncio.sleep(0.01)
    raise RuntimeError(f"not healthy after {timeout:g}s")


def compact(text: str, limit: int = 300) -> str:
    """One line for a table cell: the error lines of a log tail if there are any, whitespace collapsed."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    errors = [line for line in lines if "error" in line.lower() and "unclosed" not in line.lower()]
    picked = " / ".join(errors or lines)
    picked = " ".join(picked.split())
    return picked if len(picked) <= limit else picked[:limit - 1] + "…"


async def settle(proc: Proc, window: float = 1.0, idle_share: float = 0.05, timeout: float = 90.0) -> float:
    """Wait until the process tree is idle (its workers all up, start-up work done): less than `idle_share` of
    a core over `window` seconds. Returns the seconds waited (a supervisor's /health can answer 200 while a
    second worker is still importing, and that work must not land in the measurements)."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        before = proc.cpu()
        await asyncio.sleep(window)
        if proc.cpu() - before < idle_share * window:
            break
    return time.perf_counter() - started


class Bench:
    def __init__(self, args: argparse.Namespace, plan: Plan, workdir: Path) -> None:
        self.args = args
        self.plan = plan
        self.workdir = workdir
        self.procs: list[Proc] = []
        self.upstream_port = 0
        self.results: dict[str, Any] = {}
        self.noise = NoiseMeter()
        budget = args.quiet_budget if args.quiet_budget is not None else (30.0 if args.quick else 300.0)
        self.gate = QuietGate(budget=budget)
        self.router_log_end: dict[str, int] = {}

    def tick(self, message: str) -> None:
        """Progress after a round: also the moment to read what other processes used (outside any block)."""
        self.noise.read()
        progress(message)

    # -- processes -------------------------------------------------------------------------------------

    async def start_upstream(self) -> Proc:
        self.upstream_port = free_port()
        argv = [sys.executable, "-m", "bench.gateway.upstream", "--port", str(self.upstream_port),
                "--chunks", str(self.plan.chunks), "--delay-ms", str(self.plan.delay_ms)]
        proc = start("upstream", argv, self.workdir / "upstream.log", cwd=REPO)
        self.procs.append(proc)
        await wait_healthy(proc, self.upstream_port, "/stats", 20)
        return proc

    async def start_target(self, target: Target, folder: str) -> None:
        target.port = free_port()
        where = self.workdir / folder
        where.mkdir(parents=True, exist_ok=True)
        launch = target.launch(where, self.upstream_port)
        proc = start(target.name, launch.argv, where / "output.log", env=launch.env, cwd=launch.cwd)
        self.procs.append(proc)
        try:
            target.start_seconds = await wait_healthy(proc, target.port, launch.health_path)
            target.proc = proc
        except RuntimeError as exc:
            target.unavailable = f"did not start ({exc}): {compact(proc.log_tail(8))}"
            self.stop(proc)

    def stop(self, proc: Proc) -> None:
        proc.stop()
        if proc in self.procs:
            self.procs.remove(proc)

    def stop_all(self) -> None:
        for proc in reversed(list(self.procs)):
            try:
                self.stop(proc)
            except Exception as exc:  # keep stopping the others
                progress(f"could not stop {proc.name} (pid {proc.pid}): {exc}")

    # -- phases ----------------------------------------------------------------------------------------

    async def cold_starts(self) -> dict[str, list[float]]:
        out: dict[str, list[float]] = {}
        for router in ("none", "embedded"):
            label = f"crossroads router={router}"
            times: list[float] = []
            for i in range(self.plan.cold_starts):
                target = Crossroads(label, "crossroads", router=router)
                await self.start_target(target, f"cold-{router}-{i}")
                if target.unavailable:
                    self.results.setdefault("problems", []).append(f"cold start of {label}: {target.unavailable}")
                    break
                times.append(target.start_seconds or math.nan)
                assert target.proc is not None
                self.stop(target.proc)
            out[label] = times
            progress(f"cold start {label}: {', '.join(f'{t:.2f}s' for t in times)}")
        return out

    def make_targets(self) -> list[Target]:
        targets: list[Target] = [
            Direct("direct", "direct"),
            Crossroads("crossroads", "crossroads"),
            Crossroads("crossroads --workers 2", "crossroads", workers=2),
            Crossroads("crossroads router=embedded", "crossroads", router="embedded"),
        ]
        if self.args.only != "crossroads":
            targets += [peers.LiteLLM("LiteLLM", "litellm"), peers.LiteLLM("LiteLLM --num_workers 2", "litellm", 2),
                        peers.ClaudeCodeRouter("claude-code-router", "ccr")]
        return targets

    async def start_targets(self, targets: list[Target], upstream: Proc) -> None:
        reasons: dict[str, str | None] = {}
        if any(t.group in ("litellm", "ccr") for t in targets):
            progress("checking the peers (bench/gateway/setup_peers.sh installs what is missing)…")
            reasons = peers.ensure_installed(self.workdir / "setup_peers.log")
        for t in targets:
            if isinstance(t, Direct):
                t.port, t.proc = self.upstream_port, upstream
            elif reasons.get(t.group):
                t.unavailable = reasons[t.group]
            else:
                await self.start_one(t)

    async def start_one(self, t: Target) -> None:
        progress(f"starting {t.name}…")
        await self.start_target(t, t.name.replace(" ", "_").replace("=", "-").replace("/", "_"))
        if t.unavailable or t.proc is None:
            progress(f"  {t.name}: {t.unavailable}")
            return
        settled = await settle(t.proc)
        t.settle_seconds = settled
        progress(f"  {t.name}: healthy after {t.start_seconds:.2f}s on port {t.port}"
                 + (f", idle {settled:.1f}s later" if settled > 1.5 else ""))

    def runs_in(self, target: Target, scenario: Scenario) -> bool:
        if isinstance(target, Crossroads) and target.router != "none":
            return scenario.key in ROUTER_SCENARIOS
        return True

    async def verify_all(self, targets: list[Target]) -> dict[str, dict[str, str]]:
        """scenario -> target -> why it is not measured."""
        skipped: dict[str, dict[str, str]] = {}
        for scenario in LATENCY_SCENARIOS:
            for t in targets:
                if not self.runs_in(t, scenario):
                    continue
                why = t.unavailable or t.unsupported(scenario)
                if why is None:
                    problem = await verify(t, scenario, t.request(scenario), self.upstream_port)
                    if problem:
                        why = f"failed verification: {problem}"
                        progress(f"  {t.name} / {scenario.label}: {why[:300]}")
                if why:
                    skipped.setdefault(scenario.key, {})[t.name] = why
        return skipped

    async def wait_quiet(self, limit: float, window: float = 10.0, threshold: float = 0.1) -> None:
        deadline = time.perf_counter() + limit
        while True:
            meter = NoiseMeter()
            await asyncio.sleep(window)
            meter.read()
            cores = meter.cores
            if cores < threshold:
                progress(f"machine quiet ({cores:.2f} cores used by others)")
                return
            if time.perf_counter() > deadline:
                progress(f"machine still busy ({cores:.2f} cores used by others); going on anyway")
                return
            progress(f"waiting for a quiet machine: others use {cores:.2f} cores")

    async def run(self) -> dict[str, Any]:
        plan = self.plan
        if self.args.wait_quiet > 0:
            await self.wait_quiet(self.args.wait_quiet)
            self.noise = NoiseMeter()
        self.results["machine"] = describe(REPO)
        self.results["plan"] = asdict(plan)
        self.results["bodies"] = [{"size": s, "label": bodies.SIZE_LABELS[s], "anthropic_bytes": a, "openai_bytes": o,
                                   "tools": n} for s, a, o, n in bodies.describe()]
        upstream = await self.start_upstream()
        progress(f"fake upstream on port {self.upstream_port} ({plan.chunks} chunks, {plan.delay_ms:g} ms apart)")
        self.results["cold_start"] = await self.cold_starts()
        targets = self.make_targets()
        await self.start_targets(targets, upstream)
        self.results["versions"] = {"crossroads": self.results["machine"]["crossroads"], **peers.versions()}
        progress("verifying every target reaches the upstream with a valid answer…")
        skipped = await self.verify_all(targets)
        self.results["idle_rss"] = {t.name: asdict(t.proc.rss()) for t in targets if t.proc is not None}
        latency: dict[str, dict[str, Any]] = {}
        for scenario in LATENCY_SCENARIOS:
            here = [t for t in targets if self.runs_in(t, scenario) and t.name not in skipped.get(scenario.key, {})]
            progress(f"latency: {scenario.label} ({', '.join(t.name for t in here)})")
            cells = await latency_scenario(scenario, here, plan, self.upstream_port, self.tick, self.gate)
            latency[scenario.key] = {name: cell.as_dict() for name, cell in cells.items()}
            for name, why in skipped.get(scenario.key, {}).items():
                latency[scenario.key][name] = {"skipped": why}
        self.results["latency"] = latency
        # The router's own time is read from the 1-connection phase only: under load decisions also queue.
        self.router_log_end = {t.name: t.proc.log_path.stat().st_size for t in targets if t.proc is not None}
        loaded = [t for t in targets if t.name not in skipped.get(THROUGHPUT_SCENARIO.key, {})]
        progress(f"throughput: {THROUGHPUT_SCENARIO.label} at {plan.concurrencies} connections")
        runs = await throughput_runs(THROUGHPUT_SCENARIO, loaded, plan, self.upstream_port, self.tick, self.gate)
        self.results["throughput"] = {
            str(c): {name: load.as_dict() for name, load in loads.items()} for c, loads in runs.items()}
        for name, why in skipped.get(THROUGHPUT_SCENARIO.key, {}).items():
            for c in plan.concurrencies:
                self.results["throughput"][str(c)][name] = {"skipped": why}
        if plan.soak_seconds > 0:
            soaked = next((t for t in targets if t.name == "crossroads --workers 2" and t.proc), None)
            if soaked is not None:
                progress(f"soak: {soaked.name}, {plan.soak_seconds:g}s at 32 connections")
                self.results["soak"] = await soak(soaked, THROUGHPUT_SCENARIO, plan.soak_seconds, 32)
        self.results["router_ms"] = self.router_ms(targets)
        self.results["targets"] = {t.name: {"group": t.group, "workers": t.workers, "port": t.port,
                                            "start_seconds": t.start_seconds, "settle_seconds": t.settle_seconds,
                                            "unavailable": t.unavailable,
                                            "notes": t.notes, "pid": t.proc.pid if t.proc else None}
                                   for t in targets}
        self.results["scenarios"] = {s.key: {"label": s.label, "mode": s.mode, "size": s.size, "stream": s.stream}
                                     for s in LATENCY_SCENARIOS}
        self.results["upstream_totals"] = json.loads((await get(HOST, self.upstream_port, "/stats")).body)
        self.noise.read()
        self.results["noise"] = {**self.noise.as_dict(), "gate": self.gate.as_dict()}
        return self.results

    def router_ms(self, targets: list[Target]) -> dict[str, Any] | None:
        """The embedded router's own time per decision, from the gateway's request log lines."""
        for t in targets:
            if isinstance(t, Crossroads) and t.router != "none" and t.proc is not None:
                values: list[float] = []
                decisions: dict[str, int] = {}
                with t.proc.log_path.open("rb") as log:
                    text = log.read(self.router_log_end.get(t.name, -1)).decode(errors="replace")
                for line in text.splitlines():
                    if line.startswith('{"event":"request"'):
                        try:
                            record = json.loads(line)
                        except ValueError:
                            continue
                        value = record.get("router_ms")
                        if isinstance(value, (int, float)):
                            values.append(float(value))
                            outcome = f"{record.get('reason')} → {record.get('route') or '-'}"
                            decisions[outcome] = decisions.get(outcome, 0) + 1
                return {"target": t.name, "phase": "1 connection", "decisions": decisions, **summary(values)}
        return None


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.gateway",
        description="Gateway overhead benchmark: crossroads vs a direct call vs LiteLLM and claude-code-router, "
                    "one fake upstream, interleaved rounds. Prints a markdown table.",
        epilog="Peers are installed by bench/gateway/setup_peers.sh into $CROSSROADS_BENCH_CACHE "
               "(default ~/.cache/crossroads-bench) on first use. See bench/gateway/README.md.")
    parser.add_argument("--quick", action="store_true", help="short smoke run (about a minute)")
    parser.add_argument("--only", choices=("all", "crossroads"), default="all",
                        help="'crossroads': skip the peers (default: all)")
    parser.add_argument("--out", type=Path, help="write every figure as JSON to this file")
    parser.add_argument("--markdown", type=Path, help="also write the markdown report to this file")
    parser.add_argument("--rounds", type=int, help="latency rounds per scenario (quick 2, full 5)")
    parser.add_argument("--chunks", type=int, help="text deltas per streamed answer (default 20)")
    parser.add_argument("--delay-ms", type=float, help="delay between streamed deltas (default 2)")
    parser.add_argument("--seconds", type=float, help="seconds per throughput round (quick 2, full 5)")
    parser.add_argument("--soak", type=float, default=0.0, metavar="SECONDS",
                        help="also hold crossroads --workers 2 at 32 connections this long, sampling RSS")
    parser.add_argument("--wait-quiet", type=float, default=0.0, metavar="SECONDS",
                        help="first wait (up to this long) until other processes use < 0.1 core for 10 s")
    parser.add_argument("--quiet-budget", type=float, metavar="SECONDS",
                        help="how long, in all, to wait for other processes to go quiet before measured blocks, "
                             "and to redo blocks they disturbed (default: quick 30, full 300; 0 measures regardless)")
    parser.add_argument("--keep", action="store_true", help="keep the temp dir (configs, logs) after the run")
    return parser.parse_args(argv)


def make_plan(args: argparse.Namespace) -> Plan:
    plan = QUICK if args.quick else FULL
    changes: dict[str, Any] = {"soak_seconds": args.soak}
    if args.rounds:
        changes["rounds"] = args.rounds
    if args.chunks:
        changes["chunks"] = args.chunks
    if args.delay_ms is not None:
        changes["delay_ms"] = args.delay_ms
    if args.seconds:
        changes["throughput_seconds"] = args.seconds
    return replace(plan, **changes)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    plan = make_plan(args)
    workdir = Path(tempfile.mkdtemp(prefix="crossroads-bench-"))
    bench = Bench(args, plan, workdir)
    progress(f"work dir {workdir} ({'quick' if args.quick else 'full'} run)")

    async def guarded() -> dict[str, Any]:
        loop = asyncio.get_running_loop()
        task = asyncio.current_task()
        assert task is not None
        loop.add_signal_handler(signal.SIGTERM, task.cancel)
        try:
            return await bench.run()
        finally:
            bench.stop_all()

    started = time.perf_counter()
    try:
        results = _run(guarded())
    except (KeyboardInterrupt, asyncio.CancelledError):
        bench.stop_all()
        progress("interrupted; every started process was stopped")
        return 130
    results["elapsed_seconds"] = round(time.perf_counter() - started, 1)
    results["workdir"] = str(workdir) if args.keep else None
    markdown = render(results)
    print(markdown)
    if args.out:
        args.out.write_text(json.dumps(_clean(results), indent=2, default=str, allow_nan=False))
        progress(f"results written to {args.out}")
    if args.markdown:
        args.markdown.write_text(markdown)
    if not args.keep:
        shutil.rmtree(workdir, ignore_errors=True)
    else:
        progress(f"configs and logs kept in {workdir}")
    return 0


def _run(coro: Coroutine[Any, Any, T]) -> T:
    try:
        import uvloop
    except ImportError:
        return asyncio.run(coro)
    return uvloop.run(coro)


def _clean(value: Any) -> Any:
    """NaN (no sample) becomes null, so the file is strict JSON."""
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_clean(v) for v in value]
    return value
