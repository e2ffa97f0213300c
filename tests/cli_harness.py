"""Run `crossroads` commands for real, as subprocesses, against a temp CROSSROADS_HOME.

`CliSession` is a context manager: whatever happens in the test, it stops every gateway it started on the way
out (`crossroads down`, then SIGKILL for any pid still listed in its CROSSROADS_HOME: processes this test
started, nothing else).
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from types import TracebackType
from typing import Any

REPO = Path(__file__).resolve().parent.parent
CLAUDE_KNOBS = ("API_TIMEOUT_MS", "DISABLE_TELEMETRY", "DISABLE_COST_WARNINGS", "NO_COLOR", "CI")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class CliSession:
    def __init__(self, home: Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
        self.home = home
        self.cwd = cwd or REPO
        # The developer's own Claude Code settings must not leak into what the tests assert.
        inherited = {k: v for k, v in os.environ.items()
                     if not k.startswith(("ANTHROPIC_", "CLAUDE_", "CROSSROADS_")) and k not in CLAUDE_KNOBS}
        self.env = {**inherited, "CROSSROADS_HOME": str(home), "NO_COLOR": "1", **(env or {})}

    def run(self, *args: str, timeout: float = 60, input: str | None = None, env: dict[str, str] | None = None,
            cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "crossroads", *args], cwd=cwd or self.cwd,
                              env={**self.env, **(env or {})}, capture_output=True, text=True, timeout=timeout,
                              input=input, stdin=None if input is not None else subprocess.DEVNULL)

    def ok(self, *args: str, **kwargs: Any) -> subprocess.CompletedProcess[str]:
        result = self.run(*args, **kwargs)
        assert result.returncode == 0, f"crossroads {' '.join(args)}: rc={result.returncode}\n{result.stdout}\n{result.stderr}"
        return result

    def json(self, *args: str, **kwargs: Any) -> Any:
        return json.loads(self.ok(*args, "--json", **kwargs).stdout)

    def json_lines(self, *args: str, **kwargs: Any) -> list[dict[str, Any]]:
        return [json.loads(line) for line in self.ok(*args, "--json", **kwargs).stdout.splitlines() if line]

    def wait_for_records(self, count: int, timeout: float = 10.0) -> list[dict[str, Any]]:
        """`logs --json` once the store holds at least `count` records."""
        deadline = time.monotonic() + timeout
        while True:
            records = self.json_lines("logs", "-n", "1000")
            if len(records) >= count or time.monotonic() > deadline:
                return records
            time.sleep(0.1)

    def state_pids(self) -> list[int]:
        pids = []
        for path in self.home.glob("gateway-*.json"):
            with contextlib.suppress(OSError, ValueError, KeyError):
                pids.append(int(json.loads(path.read_text())["pid"]))
        return pids

    def cleanup(self) -> None:
        pids = self.state_pids()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.run("down", "--timeout", "10", timeout=30)
        for pid in pids:  # started by this test; anything `down` could not stop
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)

    def __enter__(self) -> CliSession:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.cleanup()


def write_config(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    path.chmod(0o600)  # like a real user's file holding keys: no permission warning in the output
    return path
