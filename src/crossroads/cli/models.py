"""`crossroads models`: the configured models, aliases and routes, with protocol, key status and price."""

from __future__ import annotations

import argparse
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig

HELP = """examples:
  crossroads models                  a table: model, protocol, key status, routes; then aliases
  crossroads models --json           {"config", "router", "models": [...], "aliases": [...], "routes": [...]}
  crossroads models --config team.yaml

Key status says whether a key is set, never the key. Prices are USD per million tokens (estimates).
"""


def register(commands: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = commands.add_parser("models", help="list configured models, aliases and routes", epilog=HELP,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config", metavar="FILE", help="config file (default: ./config.yaml, then the user "
                        "config dir, then the running gateway's)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.set_defaults(run=run)


def catalogue(config: GatewayConfig) -> dict[str, Any]:
    from crossroads.observe.prices import PriceBook
    from crossroads.routing.names import lane_alias

    prices = PriceBook.from_config(config)
    default = config.default_target
    lane = lane_alias(config)
    models = []
    for target in config.targets:
        rate = prices.rate(target.full)
        models.append({
            "model": target.full,
            "name": target.name,
            "provider": target.provider,
            "protocol": target.protocol,
            "endpoint": target.endpoint,
            "key": target.key_status(),
            "usable": target.usable,
            "default": target is default,
            "routes": [p.name for p in target.preferences],
            "price": rate._asdict() if rate is not None else None,
        })
    aliases = [{"alias": alias, "target": target, "lane": alias == lane} for alias, target in config.aliases.items()]
    routes = [{"route": p.name, "model": t.full, "description": p.description}
              for t in config.targets for p in t.preferences]
    return {"config": str(config.source) if config.source else None, "router": config.raw.routing.router,
            "models": models, "aliases": aliases, "routes": routes}


def run(args: argparse.Namespace) -> int:
    from crossroads.cli.lookup import load_for_cli

    config, _ = load_for_cli(args.config)
    data = catalogue(config)
    if args.json:
        print(json.dumps(data))
        return 0
    print_catalogue(data)
    return 0


def _price(price: dict[str, float | None] | None) -> str:
    if price is None:
        return "unknown"
    return f"${price['input']:g} / ${price['output']:g}"


def print_catalogue(data: dict[str, Any]) -> None:
    rows = [("", "model", "protocol", "key", "price in/out", "routes")]
    for m in data["models"]:
        name = m["model"] + ("  (default)" if m["default"] else "")
        rows.append(("✓" if m["usable"] else "✗", name, m["protocol"], m["key"], _price(m["price"]),
                     ", ".join(m["routes"]) or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]) - 1)]
    for row in rows:
        print("  ".join(cell.ljust(width) for cell, width in zip(row[:-1], widths, strict=True)) + "  " + row[-1])
    if data["aliases"]:
        print("\naliases")
        for alias in data["aliases"]:
            lane = "  (Claude Code's small/fast lane)" if alias["lane"] else ""
            print(f"  {alias['alias']} → {alias['target']}{lane}")
    print(f"\nrouter: {data['router']}, {len(data['routes'])} route(s); config {data['config']}")
