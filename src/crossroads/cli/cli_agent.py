"""`crossroads cli-agent claude …`: archgw's spelling of `crossroads claude`, for muscle memory and scripts.

archgw takes an optional config FILE and `--path DIR` before its options; both are understood here.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from crossroads.cli import claude
from crossroads.cli.ui import CliError

HELP = """usage: crossroads cli-agent claude [FILE] [--path DIR] [--settings JSON] [CLAUDE ARGS...]

archgw's `cli-agent claude`, the same as `crossroads claude` (see `crossroads claude --help`).
FILE is the config file; --path DIR looks for config.yaml (or arch_config.yaml) in DIR.

examples:
  crossroads cli-agent claude
  crossroads cli-agent claude arch_config.yaml --settings '{"NON_INTERACTIVE_MODE": true}' -p "hello"
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("cli-agent", help="archgw-compatible: `cli-agent claude` = `claude`",
                                 add_help=False)
    parser.set_defaults(run=lambda _args: main_raw([]))


def main_raw(argv: list[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(HELP, end="")
        return 0 if argv else 2
    agent, rest = argv[0], argv[1:]
    if agent != "claude":
        raise CliError(f"cli-agent {agent!r} is not supported; use `crossroads cli-agent claude`", code=2)
    return claude.main_raw(archgw_arguments(rest))


def archgw_arguments(argv: list[str]) -> list[str]:
    """Turn archgw's positional FILE and --path DIR into --config."""
    from crossroads.config.loading import CONFIG_NAMES

    out = list(argv)
    if out and not out[0].startswith("-") and out[0].endswith((".yaml", ".yml")) and Path(out[0]).is_file():
        out[0:1] = ["--config", out[0]]
    for index, arg in enumerate(out):
        if arg == "--path" and index + 1 < len(out):
            directory = Path(out[index + 1]).expanduser()
            found = next((directory / n for n in CONFIG_NAMES if (directory / n).is_file()), None)
            if found is None:
                raise CliError(f"--path {directory}: no config.yaml (or arch_config.yaml) there", code=2)
            out[index:index + 2] = ["--config", str(found)]
            break
    return out
