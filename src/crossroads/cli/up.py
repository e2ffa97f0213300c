"""`crossroads up`: run the gateway, in the foreground or (`--detach`) in the background."""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crossroads import __version__
from crossroads.cli import probe
from crossroads.cli.instances import GatewayInstance, find_instance, gateway_url, remove_state, write_state
from crossroads.cli.ui import CliError, note, warn
from crossroads.home import home

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig

HELP = """examples:
  crossroads up                              ./config.yaml, 127.0.0.1:12000, foreground
  crossroads up --detach                     in the background; returns once healthy
  crossroads up --config ~/cfg.yaml --port 8080
  crossroads up --workers 2                  one process per core

Detached gateways write their pid, state and log under CROSSROADS_HOME (now: {home});
`crossroads status`, `logs`, `stats` and `down` find them there.
"""

LOOPBACK = ("127.0.0.1", "localhost", "::1")


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("up", help="run the gateway (foreground, or --detach)",
                                 epilog=HELP.format(home=home()),
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, then the user config dir)")
    parser.add_argument("--host", help="address to bind (default: the config's listener, else 127.0.0.1)")
    parser.add_argument("--port", type=int, help="port (default: the config's listener, else 12000)")
    parser.add_argument("--workers", type=int, default=1, help="worker processes (default: 1)")
    parser.add_argument("--detach", "-d", action="store_true", help="run in the background and return once healthy")
    parser.add_argument("--timeout", type=float, default=60.0, metavar="SECONDS",
                        help="with --detach: how long to wait for the gateway to become healthy (default: 60)")
    parser.add_argument("--detached-log", help=argparse.SUPPRESS)  # set by --detach for the child it starts
    parser.set_defaults(run=run)


def model_summary(config: GatewayConfig) -> list[dict[str, Any]]:
    """What `status` shows per model; key status words only, never a key."""
    default = config.default_target
    return [{"model": t.full, "protocol": t.protocol, "key": t.key_status(), "usable": t.usable,
             "default": t is default} for t in config.targets]


def ensure_port_free(host: str, port: int) -> None:
    """One clear sentence when the port is taken, by crossroads or by anything else."""
    running = find_instance(port)
    if running is not None and running.pid != os.getpid():
        raise CliError(f"a gateway is already running on {running.url} (pid {running.pid}); stop it with "
                       f"`crossroads down --port {port}` or choose another port with --port")
    if probe.port_in_use(host, port):
        url = gateway_url(host, port)
        if probe.is_crossroads(url, timeout=0.5):
            raise CliError(f"a crossroads gateway not started from {home()} already listens on {url}; stop it, "
                           "or choose another port with --port")
        raise CliError(f"port {port} on {host} is already in use by another program; stop that program or choose "
                       "another port with --port")


def security_warnings(config: GatewayConfig, host: str) -> list[str]:
    warnings: list[str] = []
    if host not in LOOPBACK and not [k for k in config.raw.auth.keys if k]:
        warnings.append(f"listening on {host} without gateway keys: anyone who can reach this port can spend your "
                        "provider credits; set auth.keys (e.g. [$CROSSROADS_KEY]) or bind 127.0.0.1")
    source = config.source
    if source is not None and literal_keys(source) and _readable_by_others(source):
        warnings.append(f"{source} holds API keys and is readable by other users; run `chmod 600 {source}` or use "
                        "$VARIABLES (or a .env file) for the keys")
    return warnings


def literal_keys(path: Path) -> bool:
    """Does the file write a key itself (`access_key: sk-…`) rather than `$VAR`?"""
    import yaml

    try:
        tree = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return False
    entries = (tree or {}).get("llm_providers") or (tree or {}).get("model_providers") or []
    keys = [e.get("access_key") for e in entries if isinstance(e, dict)]
    auth = (tree or {}).get("auth") or {}
    keys += list(auth.get("keys") or []) if isinstance(auth, dict) else []
    return any(isinstance(k, str) and k and not k.lstrip().startswith("$") for k in keys)


def _readable_by_others(path: Path) -> bool:
    try:
        return bool(path.stat().st_mode & 0o044)
    except OSError:
        return False


def run(args: argparse.Namespace) -> int:
    from crossroads.config import load_config

    config = load_config(args.config)
    host = args.host or config.host
    port = args.port or config.port
    config_path = str(Path(config.source).resolve()) if config.source else None
    if args.workers < 1:
        raise CliError("--workers must be at least 1", code=2)
    for warning in [*config.warnings, *security_warnings(config, host)]:
        warn(warning)
    ensure_port_free(host, port)
    default = config.default_target
    summary = f"{len(config.usable_targets())} model(s) usable, default {default.full if default else '-'}"
    if args.detach:
        if config_path is None:
            raise CliError("--detach needs a config file", code=2)
        from crossroads.cli.daemon import start_detached

        note(summary)
        start_detached(config_path, host, port, args.workers, args.timeout, progress=note,
                       models=model_summary(config))
        return 0
    return _foreground(config, config_path, host, port, args, summary)


def _foreground(config: GatewayConfig, config_path: str | None, host: str, port: int, args: argparse.Namespace,
                summary: str) -> int:
    from crossroads.gateway.server import serve

    instance = GatewayInstance(pid=os.getpid(), port=port, host=host, url=gateway_url(host, port),
                               config=config_path, started_at=time.time(), workers=args.workers,
                               version=__version__, detached=args.detached_log is not None, log=args.detached_log,
                               models=model_summary(config))
    write_state(instance)  # so `status`, `logs` and `down` find a foreground gateway too
    print(f"crossroads: {summary}; listening on {instance.url}", file=sys.stderr, flush=True)
    if config.raw.routing.router != "none" and any(t.preferences for t in config.targets):
        note(f"warming up the {config.raw.routing.router} router; /healthz turns green when it is ready")
    try:
        serve(config_path or str(config.source), host, port, workers=args.workers, log_level=config.raw.logging.level)
    finally:
        remove_state(port, os.getpid())
    return 0
