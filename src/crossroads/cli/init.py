"""`crossroads init`: write a commented sample config covering the six coding routes."""

from __future__ import annotations

import argparse
import sys
from importlib import resources
from pathlib import Path

HELP = """examples:
  crossroads init                    write ./config.yaml
  crossroads init --path ~/.config/crossroads/config.yaml
  crossroads init --force            overwrite an existing file
"""


def sample_config_text() -> str:
    return resources.files("crossroads.cli").joinpath("sample_config.yaml").read_text(encoding="utf-8")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("init", help="write a commented sample config.yaml", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--path", default="config.yaml", help="where to write it (default: ./config.yaml)")
    parser.add_argument("--force", action="store_true", help="overwrite an existing file")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    path = Path(args.path).expanduser()
    if path.exists() and not args.force:
        print(f"crossroads: {path} already exists; pass --force to overwrite it", file=sys.stderr)
        return 1
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(sample_config_text(), encoding="utf-8")
    print(f"wrote {path}: set the keys it names (or put them in {path.parent / '.env'}), then run `crossroads up`")
    return 0
