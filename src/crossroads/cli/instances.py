"""Running gateways, as their state files in CROSSROADS_HOME describe them (`gateway-PORT.json`).

A gateway writes its file when it starts (foreground or detached) and removes it when it exits. A file whose
process is gone (SIGKILL, reboot) is stale: readers remove it. The pid is checked against the process table
so a recycled pid is never mistaken for a gateway.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crossroads.home import ensure_home, state_files, state_path


@dataclass
class GatewayInstance:
    pid: int
    port: int
    host: str
    url: str
    config: str | None
    started_at: float
    workers: int = 1
    version: str = ""
    detached: bool = False
    log: str | None = None
    models: list[dict[str, Any]] = field(default_factory=list)
    """Each configured model with its key status as the gateway saw it (never the key itself)."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> GatewayInstance:
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)


def gateway_url(host: str, port: int) -> str:
    """The URL clients use: a wildcard bind is reached through loopback."""
    if host in ("", "0.0.0.0"):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"


def write_state(instance: GatewayInstance) -> Path:
    ensure_home()
    path = state_path(instance.port)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    tmp.write_text(json.dumps(instance.to_json(), indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)  # atomic: a reader never sees half a file
    return path


def read_state(path: Path) -> GatewayInstance | None:
    try:
        return GatewayInstance.from_json(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def remove_state(port: int, pid: int | None = None) -> None:
    """Remove the state file of `port`, only if it still belongs to `pid` (when given)."""
    path = state_path(port)
    if pid is not None:
        current = read_state(path)
        if current is not None and current.pid != pid:
            return
    with contextlib.suppress(FileNotFoundError):
        path.unlink()


def pid_alive(pid: int) -> bool:
    """True when `pid` is a live (not zombie) crossroads process."""
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    proc = Path(f"/proc/{pid}")
    if not proc.is_dir():
        return True  # no procfs (macOS): trust the signal check
    try:
        stat = (proc / "stat").read_text()
        if stat.rsplit(")", 1)[-1].split()[0] in ("Z", "X"):
            return False
        return b"crossroads" in (proc / "cmdline").read_bytes()
    except OSError:
        return False


def live_instances(port: int | None = None) -> list[GatewayInstance]:
    """Gateways whose process is alive; stale state files are removed on the way."""
    found: list[GatewayInstance] = []
    for path in state_files():
        instance = read_state(path)
        if instance is None:
            continue
        if port is not None and instance.port != port:
            continue
        if pid_alive(instance.pid):
            found.append(instance)
        else:
            remove_state(instance.port, instance.pid)
    return found


def find_instance(port: int) -> GatewayInstance | None:
    running = live_instances(port)
    return running[0] if running else None
