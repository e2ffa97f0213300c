"""`crossroads status`: is a gateway running, where, with which config, for how long, how busy."""

from __future__ import annotations

import argparse
import json
import time
from typing import Any

from crossroads.cli import probe
from crossroads.cli.instances import GatewayInstance, live_instances
from crossroads.cli.ui import ago
from crossroads.home import home, usage_db_path
from crossroads.observe.usage_read import UsageReader

HELP = """examples:
  crossroads status                 running?, url, config, uptime, models and key status, requests served
  crossroads status --json          {"running", "pid", "port", "url", "config", "uptime_s", "requests", …}
  crossroads status --port 12000

Exit code 0 when a gateway is running, 1 when none is.
"""

NOT_RUNNING = {"running": False, "pid": None, "port": None, "url": None, "config": None, "uptime_s": None,
               "requests": None}


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("status", help="show the running gateway", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, help="only the gateway on this port")
    parser.add_argument("--json", action="store_true", help="print one JSON object per gateway")
    parser.set_defaults(run=run)


def describe(instance: GatewayInstance, reader: UsageReader, now: float) -> dict[str, Any]:
    return {
        "running": True,
        "pid": instance.pid,
        "port": instance.port,
        "url": instance.url,
        "config": instance.config,
        "uptime_s": round(now - instance.started_at, 1),
        # Records written since it started: the store is shared by workers and survives restarts.
        "requests": reader.count_since(instance.started_at),
        "healthy": probe.healthy(instance.url),
        "started_at": instance.started_at,
        "workers": instance.workers,
        "version": instance.version,
        "detached": instance.detached,
        "log": instance.log,
        "models": instance.models,
    }


def run(args: argparse.Namespace) -> int:
    running = live_instances(args.port)
    if not running:
        if args.json:
            print(json.dumps(NOT_RUNNING))
        else:
            print(f"crossroads is not running (CROSSROADS_HOME {home()}); start it with `crossroads up --detach` "
                  "or `crossroads claude`")
        return 1
    now = time.time()
    with UsageReader.open(usage_db_path()) as reader:
        states = [describe(instance, reader, now) for instance in running]
    for state in states:
        if args.json:
            print(json.dumps(state))
        else:
            print_state(state)
    return 0


def print_state(state: dict[str, Any]) -> None:
    health = "" if state["healthy"] else " — not answering /healthz yet"
    print(f"crossroads is running on {state['url']} (pid {state['pid']}, up {ago(state['uptime_s'])}){health}")
    print(f"  config    {state['config'] or '-'}")
    if state["log"]:
        print(f"  log       {state['log']}")
    print(f"  workers   {state['workers']}    version {state['version'] or '-'}")
    print(f"  requests  {state['requests']} since start")
    if state["models"]:
        print("  models")
        width = max(len(m["model"]) for m in state["models"])
        for model in state["models"]:
            mark = "✓" if model.get("usable") else "✗"
            default = "  (default)" if model.get("default") else ""
            print(f"    {mark} {model['model']:<{width}}  {model.get('protocol', '')}, {model.get('key', '')}{default}")
