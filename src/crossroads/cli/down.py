"""`crossroads down`: stop the gateway(s) this CROSSROADS_HOME knows about."""

from __future__ import annotations

import argparse

from crossroads.cli.daemon import stop
from crossroads.cli.instances import live_instances

HELP = """examples:
  crossroads down                  stop every gateway started from this CROSSROADS_HOME
  crossroads down --port 12000     stop only the one on port 12000

In-flight streams are allowed to finish and the usage store is flushed before the gateway exits.
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("down", help="stop the running gateway", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, help="only the gateway on this port")
    parser.add_argument("--timeout", type=float, default=40.0, metavar="SECONDS",
                        help="how long to wait for a graceful exit before killing it (default: 40)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    running = live_instances(args.port)
    if not running:
        where = f" on port {args.port}" if args.port else ""
        print(f"crossroads is not running{where}; nothing to stop")
        return 0
    for instance in running:
        outcome = stop(instance, args.timeout)
        print(f"crossroads on {instance.url} (pid {instance.pid}) {outcome}")
    return 0
