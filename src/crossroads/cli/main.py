"""Entry point: `crossroads <command> …`. Each command lives in its own module and registers itself here.

Command modules import heavy things (pydantic, the router, aiohttp) inside `run`, so quick commands such as
`statusline`, `logs` and `status` start fast.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence

# The embedded router encodes one short text at a time: BLAS and OpenMP pools spinning for more work would only
# fight each other and the event loop for the cores (on 2 cores: 111 ms instead of 46 ms per decision). Set
# before numpy or the e5 engine load; a user's own setting wins.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

from crossroads import __version__
from crossroads.cli import claude as claude_cmd
from crossroads.cli import cli_agent as cli_agent_cmd
from crossroads.cli import doctor as doctor_cmd
from crossroads.cli import down as down_cmd
from crossroads.cli import env as env_cmd
from crossroads.cli import eval as eval_cmd
from crossroads.cli import init as init_cmd
from crossroads.cli import logs as logs_cmd
from crossroads.cli import models as models_cmd
from crossroads.cli import route as route_cmd
from crossroads.cli import stats as stats_cmd
from crossroads.cli import status as status_cmd
from crossroads.cli import statusline as statusline_cmd
from crossroads.cli import up as up_cmd
from crossroads.cli.ui import CliError

COMMANDS = (up_cmd, down_cmd, status_cmd, claude_cmd, cli_agent_cmd, env_cmd, logs_cmd, stats_cmd, models_cmd,
            doctor_cmd, statusline_cmd, init_cmd, route_cmd, eval_cmd)

# Commands whose arguments belong to another program: they get them untouched, before argparse sees them.
RAW_COMMANDS: dict[str, Callable[[list[str]], int]] = {
    "claude": claude_cmd.main_raw,
    "cli-agent": cli_agent_cmd.main_raw,
}

EPILOG = """examples:
  crossroads init                       write a commented config.yaml here
  crossroads claude                     start the gateway in the background and run Claude Code through it
  crossroads up --detach                just start the gateway in the background
  crossroads logs -f                    watch every routing decision live
  crossroads stats --since 1d           requests, tokens and cost per model
  crossroads doctor                     find what stands in the way
  crossroads down                       stop the gateway

Every command has --help with examples. State, logs and the usage store live in CROSSROADS_HOME
(default ~/.local/state/crossroads).
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


def _dispatch(argv: list[str]) -> int:
    if argv and argv[0] in RAW_COMMANDS:
        return RAW_COMMANDS[argv[0]](argv[1:])
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "command", None):
        parser.print_help()
        return 2
    return int(args.run(args) or 0)


def _is_config_error(exc: BaseException) -> bool:
    # Checked through sys.modules: importing the config package (pydantic) just to catch its error would slow
    # every command down, and if a ConfigError was raised, its module is loaded.
    errors = sys.modules.get("crossroads.config.errors")
    return errors is not None and isinstance(exc, errors.ConfigError)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _dispatch(list(sys.argv[1:] if argv is None else argv))
    except CliError as exc:
        print(f"crossroads: {exc.message}", file=sys.stderr)
        return exc.code
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `crossroads logs | head`: the reader left; exit quietly, without a second error at interpreter exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        if not _is_config_error(exc):
            raise
        print(f"crossroads: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
