"""`crossroads eval`: route every labelled request of a dataset and report accuracy, per label and overall."""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crossroads.routing.routers.base import Route, Router

HELP = """examples:
  crossroads eval bench/routing/dev.jsonl --config src/crossroads/cli/sample_config.yaml
  crossroads eval my_requests.jsonl --json > report.json

Each line: {"id": "...", "label": "<route name or other>", "messages": [Anthropic messages]}.
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("eval", help="measure routing accuracy on a labelled dataset", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", help="a JSONL file of labelled requests")
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="also list up to N misrouted ids")
    parser.set_defaults(run=run)


def load_dataset(path: Path) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except ValueError as exc:
            raise SystemExit(f"crossroads eval: {path}:{number} is not JSON ({exc})") from None
        if not isinstance(item, dict) or "label" not in item or not isinstance(item.get("messages"), list):
            raise SystemExit(f"crossroads eval: {path}:{number} needs 'label' and a 'messages' list")
        items.append(item)
    return items


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


async def evaluate(router: Router, routes: list[Route], items: list[dict[str, Any]]) -> dict[str, Any]:
    from crossroads.routing.conversation import utterances
    from crossroads.routing.routers.base import RouterFailure

    await router.warm_up(routes)
    labels = sorted({r.name for r in routes} | {"other"})
    confusion: dict[str, Counter[str]] = defaultdict(Counter)
    latencies: list[float] = []
    wrong: list[dict[str, str]] = []
    failures = 0
    for item in items:
        started = time.perf_counter()
        try:
            result = await router.route(utterances(item["messages"]), routes)
            predicted = result.route or "other"
        except RouterFailure:
            failures += 1
            predicted = "(router failed)"  # in production this request would go to the default model
        latencies.append((time.perf_counter() - started) * 1000)
        confusion[item["label"]][predicted] += 1
        if predicted != item["label"]:
            wrong.append({"id": str(item.get("id")), "label": item["label"], "predicted": predicted})
    n = len(items)
    correct = sum(confusion[label][label] for label in confusion)
    per_label = {}
    for label in labels:
        total = sum(confusion[label].values())
        predicted_as = sum(confusion[other][label] for other in confusion)
        hits = confusion[label][label]
        per_label[label] = {
            "n": total,
            "accuracy": hits / total if total else None,
            "precision": hits / predicted_as if predicted_as else None,
        }
    return {
        "n": n,
        "accuracy": correct / n if n else 0.0,
        "per_label": per_label,
        "confusion": {label: dict(confusion[label]) for label in labels if confusion[label]},
        "latency_ms": {"p50": percentile(latencies, 0.5), "p95": percentile(latencies, 0.95),
                       "mean": statistics.fmean(latencies) if latencies else 0.0},
        "router": router.name,
        "router_failures": failures,
        "errors": wrong,
    }


def print_report(report: dict[str, Any], errors: int) -> None:
    print(f"router {report['router']}: {report['n']} requests, accuracy {report['accuracy']:.1%}, "
          f"decision p50 {report['latency_ms']['p50']:.1f} ms, p95 {report['latency_ms']['p95']:.1f} ms\n")
    print(f"| {'label':<20} | {'n':>4} | {'accuracy':>8} | {'precision':>9} |")
    print(f"|{'-' * 22}|{'-' * 6}|{'-' * 10}|{'-' * 11}|")
    for label, row in report["per_label"].items():
        acc = f"{row['accuracy']:.1%}" if row["accuracy"] is not None else "-"
        prec = f"{row['precision']:.1%}" if row["precision"] is not None else "-"
        print(f"| {label:<20} | {row['n']:>4} | {acc:>8} | {prec:>9} |")
    labels = list(report["per_label"])
    print("\nconfusion (rows: label, columns: predicted)")
    short = [label[:8] for label in labels]
    print(" " * 20 + " ".join(f"{s:>8}" for s in short))
    for label in labels:
        row = report["confusion"].get(label, {})
        print(f"{label[:19]:<20}" + " ".join(f"{row.get(col, 0):>8}" for col in labels))
    for item in report["errors"][:errors]:
        print(f"  {item['id']}: {item['label']} → {item['predicted']}")


def run(args: argparse.Namespace) -> int:
    from crossroads.config import load_config
    from crossroads.routing.pipeline import configured_routes
    from crossroads.routing.routers.factory import build_router

    config = load_config(args.config)
    routes, _ = configured_routes(config)
    if not routes:
        print("crossroads eval: the config has no routing_preferences to evaluate", file=sys.stderr)
        return 2
    router = build_router(config)
    if router is None:
        print("crossroads eval: routing.router is 'none'; choose embedded, arch-router or llm", file=sys.stderr)
        return 2
    items = load_dataset(Path(args.dataset))
    if not args.json:
        print(f"crossroads: warming up the {router.name} router…", file=sys.stderr)

    async def go() -> dict[str, Any]:
        try:
            return await evaluate(router, routes, items)
        finally:
            await router.close()

    report = asyncio.run(go())
    if args.json:
        print(json.dumps(report, ensure_ascii=False))
    else:
        print_report(report, args.errors)
    return 0
