"""Entry point: `crossroads <command> …`. Each command lives in its own module and registers itself here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from crossroads import __version__
from crossroads.cli import eval as eval_cmd
from crossroads.cli import init as init_cmd
from crossroads.cli import route as route_cmd
from crossroads.cli import up as up_cmd
from crossroads.config import ConfigError

COMMANDS = (up_cmd, init_cmd, route_cmd, eval_cmd)

EPILOG = """examples:
  crossroads init                       write a commented config.yaml here
  crossroads up                         run the gateway on 127.0.0.1:12000 with ./config.yaml
  crossroads up --config cfg.yaml --port 8080 --workers 2
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crossroads",
        description="An Anthropic-compatible gateway that routes each Claude Code turn to the best model for it.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"crossroads {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    try:
        return int(args.run(args) or 0)
    except ConfigError as exc:
        print(f"crossroads: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
