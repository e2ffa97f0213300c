"""Shared test helpers: paths of the recorded Claude Code fixtures."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parent.parent
FIXTURES = Path(os.environ.get("CROSSROADS_FIXTURES", REPO.parent / "shared" / "fixtures" / "claude-code"))


def load_raw_requests(name: str) -> list[dict[str, Any]]:
    """The requests recorded in one raw fixture file (one JSON object per line)."""
    path = FIXTURES / "raw" / name
    if not path.is_file():
        pytest.skip(f"fixture {path} is not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(autouse=True)
def crossroads_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own CROSSROADS_HOME: gateways (in-thread or subprocess) write state, logs and the usage
    store there, never into the developer's ~/.local/state/crossroads."""
    home = tmp_path_factory.mktemp("crossroads-home")
    monkeypatch.setenv("CROSSROADS_HOME", str(home))
    return home
