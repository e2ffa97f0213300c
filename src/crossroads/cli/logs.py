"""`crossroads logs`: the decision feed, one line per request, from the usage store (any gateway, any restart)."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from crossroads.cli.instances import live_instances
from crossroads.cli.ui import note, parse_since
from crossroads.home import home, usage_db_path
from crossroads.observe.feed import format_line, use_color
from crossroads.observe.usage_read import UsageReader, public

HELP = """examples:
  crossroads logs                   the last 20 requests
  crossroads logs -f                follow: print each request as it is answered (Ctrl-C to stop)
  crossroads logs --since 1h        everything from the last hour (30m, 2h, 1d, 1w, today, 2025-01-31)
  crossroads logs --json | jq .     one JSON object per line: ts, request_id, session, requested_model, model,
                                    provider, route, reason, stream, status, error_type, input_tokens,
                                    output_tokens, cache_read_tokens, cache_write_tokens, latency_ms, ttft_ms,
                                    cost_usd, fallback_from, router_ms

Each line: time, session, requested → answering model, route, reason (router ms), tokens in/out, latency, status.
"""

POLL_SECONDS = 0.25


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("logs", help="show routing decisions, one line per request", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-f", "--follow", action="store_true", help="keep printing new requests as they come")
    parser.add_argument("--json", action="store_true", help="one JSON object per line")
    parser.add_argument("--since", metavar="WHEN", help="only requests since then (30m, 2h, 1d, today, a date)")
    parser.add_argument("-n", "--lines", type=int, default=None, metavar="N",
                        help="how many recent requests to show first (default: 20, or all with --since)")
    parser.add_argument("--session", metavar="ID", help="only this Claude Code session (a prefix is enough)")
    parser.set_defaults(run=run)


class Printer:
    def __init__(self, as_json: bool) -> None:
        self.as_json = as_json
        self.color = not as_json and use_color(sys.stdout)

    def __call__(self, record: dict[str, Any]) -> None:
        line = json.dumps(public(record)) if self.as_json else format_line(record, self.color)
        sys.stdout.write(line + "\n")
        sys.stdout.flush()  # readers of a pipe see each request at once


def run(args: argparse.Namespace) -> int:
    since = parse_since(args.since) if args.since else None
    limit = args.lines if args.lines is not None else (None if since is not None else 20)
    path = usage_db_path()
    show = Printer(args.json)
    reader = UsageReader.open(path)
    try:
        records = reader.recent(limit, since, args.session)
        for record in records:
            show(record)
        if not args.follow:
            if not records and not args.json:
                note(f"no requests recorded yet in {path}")
            return 0
        if not args.json and not live_instances():
            note(f"no gateway is running from {home()}; waiting for requests (start one with `crossroads up -d`)")
        last_id = records[-1]["id"] if records else _newest_id(reader)
        return _follow(reader, path, last_id, args.session, show)
    finally:
        reader.close()


def _newest_id(reader: UsageReader) -> int:
    newest = reader.recent(1)
    return int(newest[-1]["id"]) if newest else 0


def _follow(reader: UsageReader, path: Any, last_id: int, session: str | None, show: Printer) -> int:
    try:
        while True:
            reader.reopen(path)
            for record in reader.after(last_id, session):
                show(record)
                last_id = int(record["id"])
            time.sleep(POLL_SECONDS)
    except KeyboardInterrupt:
        return 0
