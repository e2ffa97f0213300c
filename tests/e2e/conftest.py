"""End-to-end: the real Claude Code CLI (npm @anthropic-ai/claude-code, pinned in package.json), offline."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
CLAUDE = HERE / "node_modules" / ".bin" / "claude"


def claude_binary() -> Path:
    if CLAUDE.exists():
        return CLAUDE
    if os.environ.get("CI"):
        pytest.fail("the Claude Code CLI is not installed: .ci/run runs `npm ci` in tests/e2e")
    pytest.skip("Claude Code CLI not installed (cd tests/e2e && npm ci)")


def offline_env(home: Path, base_url: str, **extra: str) -> dict[str, str]:
    """The environment the fixtures README found necessary for a fully offline `claude -p` run."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "ANTHROPIC_BASE_URL": base_url,
        "ANTHROPIC_API_KEY": "dummy",
        "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1",
        "DISABLE_TELEMETRY": "1",
        "DISABLE_ERROR_REPORTING": "1",
        "DISABLE_AUTOUPDATER": "1",
        "CLAUDE_CODE_MAX_RETRIES": "1",
        "NO_PROXY": "127.0.0.1,localhost",
    }
    env.update(extra)
    return env


def run_claude(args: list[str], cwd: Path, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(claude_binary()), *args], cwd=cwd, env=env, capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


@pytest.fixture
def workdir(tmp_path: Path) -> Path:
    path = tmp_path / "work"
    path.mkdir()
    return path


@pytest.fixture
def home(tmp_path: Path) -> Path:
    path = tmp_path / "home"
    path.mkdir()
    return path


__all__ = ["offline_env", "run_claude", "shutil"]
