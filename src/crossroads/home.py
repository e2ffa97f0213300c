"""CROSSROADS_HOME: the one directory the gateway writes to (state files, logs, the usage store).

Tests and scripts point `CROSSROADS_HOME` at a temp directory; everyone else gets the XDG state directory
(`$XDG_STATE_HOME/crossroads`, else `~/.local/state/crossroads`). Every command that needs to find a running
gateway (`status`, `logs`, `stats`, `down`) looks here and nowhere else.

Layout::

    CROSSROADS_HOME/
      usage.db                 the SQLite usage store (+ -wal, -shm while a gateway writes)
      gateway-12000.json       one state file per port: pid, url, config, started_at, …
      logs/gateway-12000.log   what a detached gateway prints
"""

from __future__ import annotations

import os
from pathlib import Path

ENV = "CROSSROADS_HOME"
STATE_PREFIX = "gateway-"
USAGE_DB = "usage.db"


def home() -> Path:
    explicit = os.environ.get(ENV)
    if explicit:
        return Path(explicit).expanduser()
    state_base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(state_base) / "crossroads"


def ensure_home() -> Path:
    path = home()
    path.mkdir(parents=True, exist_ok=True)
    return path


def usage_db_path() -> Path:
    return home() / USAGE_DB


def state_path(port: int) -> Path:
    return home() / f"{STATE_PREFIX}{port}.json"


def state_files() -> list[Path]:
    """Every gateway state file, lowest port first."""
    root = home()
    if not root.is_dir():
        return []
    found = [p for p in root.glob(f"{STATE_PREFIX}*.json") if p.stem.removeprefix(STATE_PREFIX).isdigit()]
    return sorted(found, key=lambda p: int(p.stem.removeprefix(STATE_PREFIX)))


def logs_dir() -> Path:
    return home() / "logs"


def log_path(port: int) -> Path:
    return logs_dir() / f"{STATE_PREFIX}{port}.log"
