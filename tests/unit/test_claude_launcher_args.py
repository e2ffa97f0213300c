"""`crossroads claude`: which arguments are ours, archgw's --settings, archgw's cli-agent spelling, the env."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crossroads.cli.claude import settings_arguments, split_args
from crossroads.cli.claude_env import claude_environment
from crossroads.cli.cli_agent import archgw_arguments
from crossroads.cli.ui import CliError
from crossroads.config import parse_config


def test_our_options_are_taken_out_and_everything_else_passes_in_order() -> None:
    args = split_args(["-p", "hi", "--config", "c.yaml", "--permission-mode", "acceptEdits",
                       "--settings={\"a\": 1}", "--model", "openai/gpt-4.1", "--", "--config", "x"])
    assert args.config == "c.yaml" and args.settings == '{"a": 1}'
    assert args.passthrough == ["-p", "hi", "--permission-mode", "acceptEdits", "--model", "openai/gpt-4.1",
                                "--config", "x"]
    assert split_args(["--help"]).help and not split_args(["-p", "x", "--help"]).help
    with pytest.raises(CliError, match="--config needs a value"):
        split_args(["--config"])


def test_settings_as_archgw_handles_them(tmp_path: Path) -> None:
    args, env = settings_arguments(json.dumps({"ANTHROPIC_SMALL_FAST_MODEL": "fast", "NON_INTERACTIVE_MODE": True,
                                               "permissions": {"allow": ["Bash"]}}))
    assert args == ["--settings", '{"permissions": {"allow": ["Bash"]}}']
    assert env == {"ANTHROPIC_SMALL_FAST_MODEL": "fast", "ANTHROPIC_DEFAULT_HAIKU_MODEL": "fast", "CI": "true",
                   "FORCE_COLOR": "0", "NODE_NO_READLINE": "1", "TERM": "dumb"}
    assert settings_arguments('{"ANTHROPIC_SMALL_FAST_MODEL": "f"}')[0] == []
    settings_file = tmp_path / "s.json"
    settings_file.write_text("{}")
    assert settings_arguments(str(settings_file)) == (["--settings", str(settings_file)], {})
    with pytest.raises(CliError, match="must be a JSON object"):
        settings_arguments("{not json")
    with pytest.raises(CliError, match="must be a JSON object"):
        settings_arguments("[1, 2]")


def test_archgw_positional_file_and_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "arch_config.yaml").write_text("x: 1")
    monkeypatch.chdir(tmp_path)
    assert archgw_arguments(["arch_config.yaml", "-p", "hi"]) == ["--config", "arch_config.yaml", "-p", "hi"]
    assert archgw_arguments(["--path", str(tmp_path), "-p"]) == ["--config", str(tmp_path / "arch_config.yaml"), "-p"]
    assert archgw_arguments(["-p", "notes.yaml"]) == ["-p", "notes.yaml"]


CONFIG = """
llm_providers:
  - model: openai/gpt-4.1
    access_key: sk-x
  - model: anthropic/claude-haiku-4-5
    access_key: sk-y
model_aliases:
  arch.claude.code.small.fast: {target: claude-haiku-4-5}
"""


def test_the_environment_claude_gets() -> None:
    config = parse_config(CONFIG + "auth: {keys: [$GW_KEY]}", {"GW_KEY": "gw-secret"})
    env = claude_environment(config, "http://127.0.0.1:12000", {"NO_PROXY": "corp.internal", "API_TIMEOUT_MS": "5"})
    assert env["ANTHROPIC_BASE_URL"] == "http://127.0.0.1:12000"
    assert env["ANTHROPIC_AUTH_TOKEN"] == "gw-secret" and env["ANTHROPIC_API_KEY"] == ""
    assert env["ANTHROPIC_DEFAULT_HAIKU_MODEL"] == env["ANTHROPIC_SMALL_FAST_MODEL"] == "arch.claude.code.small.fast"
    assert env["NO_PROXY"] == "127.0.0.1,localhost,corp.internal"
    assert env["API_TIMEOUT_MS"] == "5"  # the user's own choice stays
    assert env["DISABLE_TELEMETRY"] == "true" and env["DISABLE_COST_WARNINGS"] == "true"
    without_lane = parse_config(CONFIG.split("model_aliases")[0], {})
    plain = claude_environment(without_lane, "http://127.0.0.1:12000", {})
    assert plain["ANTHROPIC_AUTH_TOKEN"] == "crossroads" and "ANTHROPIC_SMALL_FAST_MODEL" not in plain
