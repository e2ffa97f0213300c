"""`crossroads route`: one routing decision, printed, without calling any provider."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from typing import Any

HELP = """examples:
  crossroads route "why does this test fail with KeyError: 'id'?"
  crossroads route --json "write a README for this package"
  crossroads route --explain "refactor the payment module into services"
  cat request.json | crossroads route --json      an Anthropic request body, or a bare messages list
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("route", help="print the routing decision for a prompt or request (dry run)",
                                 epilog=HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("text", nargs="?", help="the user's prompt; read a request body from stdin when absent")
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml)")
    parser.add_argument("--model", default="claude-opus-4-8", help="the model the client asks for (default: %(default)s)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--explain", action="store_true", help="print the score of every route")
    parser.set_defaults(run=run)


def request_from(text: str | None, model: str) -> dict[str, Any]:
    if text is not None:
        return {"model": model, "messages": [{"role": "user", "content": text}]}
    raw = sys.stdin.read()
    try:
        data = json.loads(raw)
    except ValueError as exc:
        raise SystemExit(f"crossroads route: stdin is not JSON ({exc}); pass the prompt as an argument instead") from None
    if isinstance(data, list):
        return {"model": model, "messages": data}
    if isinstance(data, dict) and isinstance(data.get("messages"), list):
        return {"model": model, **data}
    raise SystemExit("crossroads route: stdin must be an Anthropic request body or a list of messages")


async def decide(config_path: str | None, body: dict[str, Any], quiet: bool) -> dict[str, Any]:
    from crossroads.config import load_config
    from crossroads.routing.pipeline import RoutingPipeline
    from crossroads.routing.routers.factory import build_router

    config = load_config(config_path)
    pipeline = RoutingPipeline(config, build_router(config))
    if not quiet and pipeline.routing_active:
        print(f"crossroads: warming up the {config.raw.routing.router} router…", file=sys.stderr)
    try:
        await pipeline.warm_up()
        decision = await pipeline.decide(body)
    finally:
        await pipeline.close()
    return {
        "route": decision.route,
        "model": decision.target.full,
        "reason": decision.reason,
        "router_ms": round(decision.router_ms, 2) if decision.router_ms is not None else None,
        "detail": decision.detail,
        "scores": {k: round(v, 4) for k, v in (decision.scores or {}).items()},
    }


def run(args: argparse.Namespace) -> int:
    body = request_from(args.text, args.model)
    result = asyncio.run(decide(args.config, body, quiet=args.json))
    if args.json:
        print(json.dumps(result, ensure_ascii=False))
        return 0
    route = result["route"] or "none"
    timing = f", {result['router_ms']:.1f} ms" if result["router_ms"] is not None else ""
    print(f"{result['model']}  route={route}  reason={result['reason']}{timing}")
    if result["detail"]:
        print(f"  {result['detail']}")
    if args.explain:
        for name, score in sorted(result["scores"].items(), key=lambda kv: -kv[1]):
            print(f"  {score:7.4f}  {name}")
    return 0
