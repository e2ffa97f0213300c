"""`crossroads claude [CLAUDE ARGS…]`: Claude Code through the gateway in one command.

Finds the config as `up` does, starts the gateway detached on the configured listener port unless it already runs,
then replaces this process with `claude` (so signals, the terminal and the exit code are Claude Code's own),
pointed at the gateway. The gateway keeps running afterwards; `crossroads down` stops it.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from crossroads.cli.claude_env import claude_environment
from crossroads.cli.ui import CliError, note

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig

INSTALL = "npm install -g @anthropic-ai/claude-code"

DESCRIPTION = "run Claude Code through the gateway (starts it in the background if needed)"
HELP = """usage: crossroads claude [--config FILE] [--settings JSON] [CLAUDE ARGS...]

Run Claude Code through crossroads. The gateway is started in the background when it is not running (config
lookup as for `up`; the config's listener port) and keeps running after Claude Code exits.

options:
  --config FILE      config file (default: ./config.yaml, then ~/.config/crossroads/config.yaml)
  --settings JSON    as archgw: ANTHROPIC_SMALL_FAST_MODEL and NON_INTERACTIVE_MODE are taken from it, the rest is
                     passed to claude --settings (a settings file path is passed through unchanged)
  -h, --help         this help (`crossroads claude -- --help` shows Claude Code's)

Every other argument goes to claude unchanged, and claude's exit code is returned.
Claude Code gets ANTHROPIC_BASE_URL, ANTHROPIC_AUTH_TOKEN (a gateway key from auth.keys, else a placeholder),
ANTHROPIC_API_KEY="", ANTHROPIC_DEFAULT_HAIKU_MODEL and ANTHROPIC_SMALL_FAST_MODEL (the small/fast alias, when
configured), NO_PROXY, DISABLE_TELEMETRY, DISABLE_COST_WARNINGS and API_TIMEOUT_MS.
The claude binary is found on PATH; set CLAUDE_PATH to use another one.

examples:
  crossroads claude                                   interactive Claude Code
  crossroads claude -p "explain src/app.py" --permission-mode acceptEdits
  crossroads claude --config team.yaml --model openai/gpt-4.1
  crossroads claude --settings '{"ANTHROPIC_SMALL_FAST_MODEL": "deepseek-chat"}'
"""


@dataclass
class LaunchArgs:
    config: str | None = None
    settings: str | None = None
    help: bool = False
    passthrough: list[str] = field(default_factory=list)


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    # Listed for `crossroads --help`; main.py hands the raw arguments to `main_raw` so none is lost to argparse.
    parser = commands.add_parser("claude", help=DESCRIPTION, add_help=False)
    parser.set_defaults(run=lambda _args: main_raw([]))


def split_args(argv: list[str]) -> LaunchArgs:
    """Take our own options out; everything else (in order) is Claude Code's."""
    parsed = LaunchArgs()
    if argv[:1] in (["-h"], ["--help"]):
        parsed.help = True
        return parsed
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            parsed.passthrough.extend(argv[index + 1:])
            break
        name, eq, value = arg.partition("=")
        if name in ("--config", "--settings"):
            if not eq:
                if index + 1 >= len(argv):
                    raise CliError(f"{name} needs a value", code=2)
                index += 1
                value = argv[index]
            setattr(parsed, name.removeprefix("--"), value)
        else:
            parsed.passthrough.append(arg)
        index += 1
    return parsed


def settings_arguments(raw: str | None) -> tuple[list[str], dict[str, str]]:
    """archgw's `--settings` handling: (arguments for claude, environment variables)."""
    if raw is None:
        return [], {}
    try:
        settings = json.loads(raw)
    except ValueError:
        if Path(raw).expanduser().is_file():
            return ["--settings", raw], {}
        raise CliError("--settings must be a JSON object such as "
                       "'{\"ANTHROPIC_SMALL_FAST_MODEL\": \"deepseek-chat\"}' or the path of a settings file",
                       code=2) from None
    if not isinstance(settings, dict):
        raise CliError("--settings must be a JSON object (got " + type(settings).__name__ + ")", code=2)
    env: dict[str, str] = {}
    small = settings.pop("ANTHROPIC_SMALL_FAST_MODEL", None)
    if small:
        env["ANTHROPIC_SMALL_FAST_MODEL"] = env["ANTHROPIC_DEFAULT_HAIKU_MODEL"] = str(small)
    if settings.pop("NON_INTERACTIVE_MODE", False):
        env.update({"CI": "true", "FORCE_COLOR": "0", "NODE_NO_READLINE": "1", "TERM": "dumb"})
    return (["--settings", json.dumps(settings)] if settings else []), env


def find_claude() -> str:
    override = os.environ.get("CLAUDE_PATH")
    if override:
        path = Path(override).expanduser()
        if not (path.is_file() and os.access(path, os.X_OK)):
            raise CliError(f"CLAUDE_PATH={override} is not an executable file; fix it or unset it to use `claude` "
                           "from PATH", code=127)
        return str(path)
    found = shutil.which("claude")
    if not found:
        raise CliError(f"Claude Code is not installed (no `claude` on PATH); install it with `{INSTALL}`, or set "
                       "CLAUDE_PATH to its location", code=127)
    return found


def gateway_for(config_arg: str | None) -> tuple[GatewayConfig, str]:
    """The loaded config and the URL of a healthy gateway serving it."""
    from crossroads.cli.daemon import ensure_running
    from crossroads.cli.lookup import load_for_cli
    from crossroads.cli.up import model_summary

    config, running = load_for_cli(config_arg)
    if running is not None:  # no config here, but one gateway runs: use it
        return config, running.url
    for warning in config.warnings:
        note(f"warning: {warning}")
    source = str(Path(config.source).resolve()) if config.source else ""
    url = ensure_running(source, config.host, config.port, progress=note, models=model_summary(config))
    return config, url


def main_raw(argv: list[str]) -> int:
    args = split_args(argv)
    if args.help:
        print(HELP, end="")
        return 0
    settings_args, settings_env = settings_arguments(args.settings)
    claude = find_claude()  # before starting anything: a missing claude is the commonest first-run problem
    config, url = gateway_for(args.config)
    env = dict(os.environ)
    env.update(claude_environment(config, url, os.environ))
    env.update(settings_env)
    command = [claude, *settings_args, *args.passthrough]
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "posix":
        try:
            os.execve(claude, command, env)  # Claude Code owns the terminal, signals and exit code from here
        except OSError as exc:
            raise CliError(f"cannot run {claude}: {exc.strerror}; reinstall it with `{INSTALL}`", code=126) from None
    import subprocess

    return subprocess.call(command, env=env)
