"""`crossroads up`: run the gateway."""

from __future__ import annotations

import argparse
import sys

from crossroads.config import load_config

HELP = """examples:
  crossroads up                              ./config.yaml, 127.0.0.1:12000, foreground
  crossroads up --config ~/cfg.yaml --port 8080
  crossroads up --workers 2                  one process per core
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("up", help="run the gateway", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, then the user config dir)")
    parser.add_argument("--host", help="address to bind (default: the config's listener, else 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: the config's listener, else 12000)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    config = load_config(args.config)
    host = args.host or config.host
    port = args.port or config.port
    for warning in config.warnings:
        print(f"crossroads: warning: {warning}", file=sys.stderr)
    default = config.default_target
    print(f"crossroads: {len(config.usable_targets())} model(s) usable, default {default.full if default else '-'}; "
          f"listening on http://{host}:{port}", file=sys.stderr)
    from crossroads.gateway.server import serve

    serve(str(config.source), host, port, workers=args.workers, log_level=config.raw.logging.level)
    return 0
