"""`crossroads statusline`: Claude Code's status line, from the usage store.

Claude Code runs the `statusLine` command after each assistant message with a JSON object on stdin (`session_id`,
`model`, `workspace`, `cost`, …) and shows the first line printed. We print the model and route that answered the
last turn of that session, and its tokens and estimated cost so far. It never fails loudly: whatever goes wrong,
one short line is printed and the exit code is 0.

    {"statusLine": {"type": "command", "command": "crossroads statusline"}}
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from typing import Any

from crossroads.home import usage_db_path
from crossroads.observe.feed import Painter, tokens
from crossroads.observe.usage_read import UsageReader

HELP = """examples:
  in ~/.claude/settings.json:  {"statusLine": {"type": "command", "command": "crossroads statusline"}}
  echo '{"session_id": "3f2a91c0-…"}' | crossroads statusline

Shows: answering model · route (reason) · tokens in/out so far · estimated cost so far.
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("statusline", help="a status line for Claude Code (reads its JSON on stdin)",
                                 epilog=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--session", metavar="ID", help="the session to show (default: session_id from stdin)")
    parser.add_argument("--no-color", action="store_true", help="plain text (also when NO_COLOR is set)")
    parser.set_defaults(run=run)


def session_from_stdin() -> str | None:
    if sys.stdin is None or sys.stdin.isatty():
        return None
    try:
        data = json.loads(sys.stdin.read() or "{}")
    except ValueError:
        return None
    session = data.get("session_id") if isinstance(data, dict) else None
    return session if isinstance(session, str) and session else None


def render(totals: dict[str, Any] | None, paint: Painter) -> str:
    name = paint("crossroads", "dim")
    if totals is None:
        return f"{name} · no turns through the gateway yet"
    last = totals["last"]
    route = last.get("route") or "no route"
    prompt = totals["input_tokens"] + totals["cache_read_tokens"] + totals["cache_write_tokens"]
    cached = f" ({totals['cache_read_tokens'] * 100 // prompt}% cached)" if prompt and totals["cache_read_tokens"] else ""
    cost = totals["cost_usd"]
    parts = [
        f"{name} {paint(str(last.get('model') or '-'), 'magenta')}",
        f"{paint(route, 'bold')} ({last.get('reason') or '-'})",
        f"{tokens(prompt)} in{cached} · {tokens(totals['output_tokens'])} out",
        f"${cost:.4f}" if cost is not None else "$ unknown",
    ]
    if last.get("error_type") and last.get("error_type") != "client_disconnected":
        parts.append(paint(f"last: {last.get('status')} {last['error_type']}", "red"))
    return " · ".join(parts)


def run(args: argparse.Namespace) -> int:
    paint = Painter(not args.no_color and not os.environ.get("NO_COLOR"))
    try:
        session = args.session or session_from_stdin()
        if not session:
            print(paint("crossroads", "dim"))
            return 0
        with UsageReader.open(usage_db_path()) as reader:
            totals = reader.session_totals(session)
        print(render(totals, paint))
    except Exception as exc:  # a status line must never show a traceback
        print(f"crossroads · usage store unavailable ({type(exc).__name__})")
    return 0
