"""`crossroads stats`: requests, tokens, cost, cache hit ratio, latency and errors, grouped."""

from __future__ import annotations

import argparse
import json
from typing import Any

from crossroads.cli.ui import iso, note, parse_since
from crossroads.home import usage_db_path
from crossroads.observe.feed import tokens
from crossroads.observe.stats import GROUPINGS, aggregate
from crossroads.observe.usage_read import UsageReader

HELP = """examples:
  crossroads stats                       everything in the store, by model
  crossroads stats --since 1d --by route
  crossroads stats --by day --since 1w
  crossroads stats --json                {"since", "groups": [{"key", "requests", "input_tokens", "output_tokens",
                                          "cache_read_tokens", "cost_usd", "p50_ms", "p95_ms", "error_rate", …}],
                                          "total": {…}}

Costs are estimates from the built-in price table (override it under usage.prices in the config).
Tokens follow Anthropic's meaning: input excludes cache reads. Client disconnects are not counted as errors.
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("stats", help="usage and cost summary", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--since", metavar="WHEN", help="only requests since then (30m, 2h, 1d, 1w, today, a date)")
    parser.add_argument("--by", choices=GROUPINGS, default="model", help="group by (default: model)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    since = parse_since(args.since) if args.since else None
    with UsageReader.open(usage_db_path()) as reader:
        groups, total = aggregate(reader.iter_since(since), args.by)
    if args.json:
        print(json.dumps({"since": iso(since), "by": args.by, "groups": groups, "total": total}))
        return 0
    if not groups:
        note("no requests recorded" + (f" since {iso(since)}" if since else " yet"))
        return 0
    print_table(groups, total, args.by)
    return 0


COLUMNS = ("requests", "in", "out", "cache read", "hit", "cost", "p50", "p95", "errors")


def _cells(row: dict[str, Any]) -> list[str]:
    return [
        str(row["requests"]),
        tokens(row["input_tokens"]),
        tokens(row["output_tokens"]),
        tokens(row["cache_read_tokens"]),
        f"{row['cache_hit_ratio'] * 100:.0f}%",
        f"${row['cost_usd']:.4f}",
        _ms(row["p50_ms"]),
        _ms(row["p95_ms"]),
        f"{row['error_rate'] * 100:.1f}%",
    ]


def _ms(value: float | None) -> str:
    if value is None:
        return "-"
    return f"{value:.0f}ms" if value < 1000 else f"{value / 1000:.2f}s"


def print_table(groups: list[dict[str, Any]], total: dict[str, Any], by: str) -> None:
    rows = [(str(g["key"]), _cells(g)) for g in groups] + [("total", _cells(total))]
    key_width = max(len(by), *(len(key) for key, _ in rows))
    widths = [max(len(title), *(len(cells[i]) for _, cells in rows)) for i, title in enumerate(COLUMNS)]
    header = f"{by:<{key_width}}  " + "  ".join(f"{t:>{w}}" for t, w in zip(COLUMNS, widths, strict=True))
    print(header)
    for index, (key, cells) in enumerate(rows):
        if index == len(rows) - 1:
            print("-" * len(header))
        print(f"{key:<{key_width}}  " + "  ".join(f"{c:>{w}}" for c, w in zip(cells, widths, strict=True)))
