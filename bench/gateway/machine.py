"""What the numbers were measured on: CPU, cores, memory, kernel, Python, and the code's own version."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def _mem_total_gib() -> float:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    return 0.0


def _git(repo: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, check=False,
                              timeout=5).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def describe(repo: Path) -> dict[str, Any]:
    try:
        from crossroads import __version__ as crossroads_version
    except ImportError:
        crossroads_version = "not importable"
    commit = _git(repo, "rev-parse", "--short", "HEAD")
    dirty = bool(_git(repo, "status", "--porcelain", "--untracked-files=no"))
    return {
        "cpu": _cpu_model(),
        "cores": os.cpu_count(),
        "usable_cores": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "memory_gib": _mem_total_gib(),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "python_executable": _without_home(sys.executable),
        "crossroads": crossroads_version,
        "commit": commit + ("+dirty" if dirty and commit else ""),
        "date_utc": time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime()),
        "command": " ".join(["python -m bench.gateway", *(a.rsplit("/", 1)[-1] if a.startswith("/") else a
                                                          for a in sys.argv[1:])]),
    }


def _without_home(path: str) -> str:
    """Published reports carry no paths of the machine they ran on: the interpreter relative to the repo or a venv."""
    parts = path.split("/")
    for marker in (".venv", "venv", "bin"):
        if marker in parts:
            return "/".join(parts[parts.index(marker):])
    return parts[-1]
