"""`crossroads doctor`: what stands between you and a working gateway, one line per finding.

Checks the config, each model's key status (whether a key is set, never the key), optionally whether each
provider is reachable, Claude Code settings and exported variables that would bypass the gateway, the port, and
the usage store. Exit code 1 when something is broken, 0 otherwise (warnings included).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal
from urllib.parse import urlsplit

from crossroads.observe.feed import Painter, use_color

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig

HELP = """examples:
  crossroads doctor                          config, keys, bypassing settings, port, usage store
  crossroads doctor --reachability           also try to reach each provider (no key is sent)
  crossroads doctor --config team.yaml --reachability --timeout 5
"""

Level = Literal["ok", "warn", "fail"]
MARKS = {"ok": ("✓", "green"), "warn": ("!", "yellow"), "fail": ("✗", "red")}
BYPASS_SWITCHES = ("CLAUDE_CODE_USE_BEDROCK", "CLAUDE_CODE_USE_VERTEX", "CLAUDE_CODE_USE_FOUNDRY")
MODEL_VARIABLES = ("ANTHROPIC_MODEL", "ANTHROPIC_DEFAULT_OPUS_MODEL", "ANTHROPIC_DEFAULT_SONNET_MODEL",
                   "ANTHROPIC_DEFAULT_HAIKU_MODEL", "ANTHROPIC_SMALL_FAST_MODEL")


@dataclass
class Finding:
    level: Level
    topic: str
    message: str


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("doctor", help="check config, keys, settings that bypass the gateway, the port",
                                 epilog=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, then the user config dir)")
    parser.add_argument("--reachability", action="store_true", help="try to reach every provider's base URL")
    parser.add_argument("--timeout", type=float, default=3.0, metavar="SECONDS",
                        help="per-provider timeout for --reachability (default: 3)")
    parser.set_defaults(run=run)


# -- config and keys -----------------------------------------------------------------------------------------


def config_findings(config_arg: str | None) -> tuple[list[Finding], GatewayConfig | None]:
    from crossroads.cli.lookup import load_for_cli
    from crossroads.cli.up import security_warnings
    from crossroads.config import ConfigError

    try:
        config, _ = load_for_cli(config_arg)
    except ConfigError as exc:
        return [Finding("fail", "config", str(exc))], None
    usable = len(config.usable_targets())
    findings = [Finding("ok", "config", f"{config.source}: {len(config.targets)} model(s), {usable} usable")]
    findings += [Finding("warn", "config", w) for w in config.warnings if " is unusable: " not in w]
    findings += [Finding("warn", "security", w) for w in security_warnings(config, config.host)]
    for target in config.targets:
        level: Level = "ok" if target.usable else "fail"
        findings.append(Finding(level, "key", f"{target.full}: {target.key_status()}"))
    return findings, config


def reachability_findings(config: GatewayConfig, timeout: float) -> list[Finding]:
    bases = sorted({t.base_url for t in config.usable_targets()})
    with ThreadPoolExecutor(max_workers=min(8, len(bases) or 1)) as pool:
        results = list(pool.map(lambda base: (base, reach(base, timeout)), bases))
    findings = []
    for base, problem in results:
        if problem is None:
            findings.append(Finding("ok", "reach", f"{base} answers"))
        else:
            findings.append(Finding("fail", "reach", f"{base}: {problem}"))
    return findings


def reach(base_url: str, timeout: float) -> str | None:
    """None when the server answers HTTP at all (401/404 included: it is there); else why not. No key is sent."""
    import http.client

    parts = urlsplit(base_url)
    conn_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_class(parts.hostname or "", parts.port, timeout=timeout)
    try:
        conn.request("GET", parts.path or "/")
        conn.getresponse().read(1024)
        return None
    except TimeoutError:
        return f"no answer within {timeout:g}s"
    except (OSError, http.client.HTTPException) as exc:
        return f"cannot connect ({getattr(exc, 'strerror', None) or exc})"
    finally:
        conn.close()


# -- Claude Code settings and the environment -------------------------------------------------------------------


def settings_files() -> list[Path]:
    return [Path.home() / ".claude" / "settings.json", Path(".claude") / "settings.json",
            Path(".claude") / "settings.local.json", Path("/etc/claude-code/managed-settings.json")]


def same_gateway(url: str, gateway: str) -> bool:
    def norm(value: str) -> tuple[str, int | None]:
        parts = urlsplit(value.strip().rstrip("/"))
        host = parts.hostname or ""
        return ("127.0.0.1" if host in ("localhost", "::1") else host), parts.port

    return norm(url) == norm(gateway)


def variable_findings(where: str, env: dict[str, object], gateway: str) -> list[Finding]:
    findings: list[Finding] = []
    base = env.get("ANTHROPIC_BASE_URL")
    if isinstance(base, str) and base and not same_gateway(base, gateway):
        findings.append(Finding("fail", "bypass", f"{where} sets ANTHROPIC_BASE_URL={base}: Claude Code goes there, "
                                                  f"not to the gateway at {gateway}; remove it or set it to {gateway}"))
    for switch in BYPASS_SWITCHES:
        if str(env.get(switch) or "").lower() in ("1", "true", "yes"):
            findings.append(Finding("fail", "bypass", f"{where} sets {switch}: Claude Code talks to that cloud "
                                                      "directly; remove it to use the gateway"))
    for name in MODEL_VARIABLES:
        value = env.get(name)
        if isinstance(value, str) and value:
            findings.append(Finding("warn", "model", f"{where} sets {name}={value}: a configured name or "
                                                     "provider/model there pins that model and skips routing"))
    return findings


def settings_findings(gateway: str) -> list[Finding]:
    findings: list[Finding] = []
    for path in settings_files():
        if not path.is_file():
            continue
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            findings.append(Finding("warn", "settings", f"{path} cannot be read as JSON ({exc})"))
            continue
        if not isinstance(data, dict):
            continue
        env = data.get("env") if isinstance(data.get("env"), dict) else {}
        findings += variable_findings(f"{path} (env)", env, gateway)
        model = data.get("model")
        if isinstance(model, str) and model:
            findings.append(Finding("warn", "model", f"{path} sets model={model}: every turn asks for it; a "
                                                     "configured name there pins that model and skips routing"))
    exported = {k: v for k, v in os.environ.items() if k == "ANTHROPIC_BASE_URL" or k in BYPASS_SWITCHES}
    findings += [Finding(f.level if f.level == "fail" else "warn", f.topic,
                         f.message + " (`crossroads claude` overrides it)")
                 for f in variable_findings("your shell", exported, gateway)]
    return findings


# -- port and store ------------------------------------------------------------------------------------------------


def port_findings(host: str, port: int) -> list[Finding]:
    from crossroads.cli import probe
    from crossroads.cli.instances import find_instance, gateway_url

    running = find_instance(port)
    url = gateway_url(host, port)
    if running is not None:
        health = "healthy" if probe.healthy(running.url) else "NOT answering /healthz"
        return [Finding("ok" if health == "healthy" else "fail", "port",
                        f"crossroads runs on {running.url} (pid {running.pid}), {health}")]
    if probe.port_in_use(host, port):
        if probe.is_crossroads(url):
            return [Finding("warn", "port", f"a crossroads gateway not started from this CROSSROADS_HOME listens on "
                                            f"{url}")]
        return [Finding("fail", "port", f"port {port} on {host} is used by another program; stop it or change "
                                        "listeners.egress_traffic.port")]
    return [Finding("ok", "port", f"port {port} is free (the gateway is not running; `crossroads up -d` starts it)")]


def store_findings() -> list[Finding]:
    import sqlite3

    from crossroads.home import usage_db_path
    from crossroads.observe.usage_read import connect_read_only

    path = usage_db_path()
    try:
        conn = connect_read_only(path)
        if conn is None:
            return [Finding("ok", "store", f"{path} (not created yet: the first request creates it)")]
        try:
            verdict = conn.execute("PRAGMA quick_check").fetchone()[0]
            count = conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return [Finding("fail", "store", f"{path}: {exc}")]
    if verdict != "ok":
        return [Finding("fail", "store", f"{path} is damaged ({verdict}); move it aside, a new one is created")]
    return [Finding("ok", "store", f"{path}: {count} request(s) recorded")]


# -- the command ------------------------------------------------------------------------------------------------------


def run(args: argparse.Namespace) -> int:
    from crossroads.cli.instances import gateway_url

    findings, config = config_findings(args.config)
    if config is not None:
        if args.reachability:
            print(f"crossroads: checking {len(config.usable_targets())} provider(s), {args.timeout:g}s timeout…",
                  file=sys.stderr, flush=True)
            findings += reachability_findings(config, args.timeout)
        host, port = config.host, config.port
    else:
        host, port = "127.0.0.1", 12000
    findings += settings_findings(gateway_url(host, port))
    findings += port_findings(host, port)
    findings += store_findings()
    paint = Painter(use_color(sys.stdout))
    width = max(len(f.topic) for f in findings)
    for finding in findings:
        mark, style = MARKS[finding.level]
        print(f"{paint(mark, style)} {finding.topic:<{width}}  {finding.message}")
    failed = sum(f.level == "fail" for f in findings)
    warned = sum(f.level == "warn" for f in findings)
    print(f"\n{failed} problem(s), {warned} warning(s)" if failed or warned else "\nall good")
    return 1 if failed else 0
