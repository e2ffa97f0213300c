"""`up` warns before it exposes credits: a non-loopback bind without gateway keys, a readable file of keys."""

from __future__ import annotations

from pathlib import Path

from crossroads.cli.up import security_warnings
from crossroads.config import load_config

CONFIG = """
llm_providers:
  - model: openai/gpt-4.1
    access_key: {key}
{extra}
"""


def config_at(tmp_path: Path, key: str, extra: str = "", mode: int = 0o600) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(CONFIG.format(key=key, extra=extra))
    path.chmod(mode)
    return path


def test_binding_beyond_loopback_without_keys_is_warned(tmp_path: Path) -> None:
    config = load_config(config_at(tmp_path, "$OPENAI_KEY"), env={"OPENAI_KEY": "sk-1"})
    assert security_warnings(config, "127.0.0.1") == []
    [warning] = security_warnings(config, "0.0.0.0")
    assert "without gateway keys" in warning and "auth.keys" in warning
    guarded = load_config(config_at(tmp_path, "$OPENAI_KEY", "auth: {keys: [$GW]}"), env={"OPENAI_KEY": "sk-1",
                                                                                          "GW": "gw-1"})
    assert security_warnings(guarded, "0.0.0.0") == []


def test_literal_keys_in_a_file_others_can_read_are_warned(tmp_path: Path) -> None:
    private = load_config(config_at(tmp_path, "sk-literal-123"), env={})
    assert security_warnings(private, "127.0.0.1") == []
    shared = load_config(config_at(tmp_path, "sk-literal-123", mode=0o644), env={})
    [warning] = security_warnings(shared, "127.0.0.1")
    assert "chmod 600" in warning and "sk-literal-123" not in warning
    by_variable = load_config(config_at(tmp_path, "$OPENAI_KEY", mode=0o644), env={"OPENAI_KEY": "sk-1"})
    assert security_warnings(by_variable, "127.0.0.1") == []
