"""`crossroads env`: the exports that point Claude Code (or an IDE extension, or another shell) at the gateway."""

from __future__ import annotations

import argparse
import os
import shlex

from crossroads.cli.claude_env import claude_environment
from crossroads.cli.instances import find_instance, gateway_url
from crossroads.cli.ui import note

HELP = """examples:
  eval "$(crossroads env)"              then run `claude`, or start your IDE from this shell
  crossroads env --shell fish | source
  crossroads env --unset                print the commands that undo it

The gateway is not started; run `crossroads up -d` (or `crossroads claude` once).
"""

SHELLS = ("sh", "fish", "powershell")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("env", help="print the environment variables for Claude Code", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, then the user config dir)")
    parser.add_argument("--shell", choices=SHELLS, default="sh", help="syntax to print (default: sh, also bash/zsh)")
    parser.add_argument("--unset", action="store_true", help="print the commands that remove the variables")
    parser.set_defaults(run=run)


def line(shell: str, name: str, value: str | None) -> str:
    if shell == "fish":
        return f"set -e {name}" if value is None else f"set -gx {name} {shlex.quote(value)}"
    if shell == "powershell":
        quoted = "'" + (value or "").replace("'", "''") + "'"
        return f"Remove-Item Env:{name} -ErrorAction SilentlyContinue" if value is None else f"$env:{name} = {quoted}"
    return f"unset {name}" if value is None else f"export {name}={shlex.quote(value)}"


def run(args: argparse.Namespace) -> int:
    from crossroads.config import load_config

    config = load_config(args.config)
    url = gateway_url(config.host, config.port)
    variables = claude_environment(config, url, os.environ)
    for name, value in variables.items():
        print(line(args.shell, name, None if args.unset else value))
    if not args.unset and find_instance(config.port) is None:
        note(f"no gateway is running on {url} yet; start it with `crossroads up -d`")
    return 0
