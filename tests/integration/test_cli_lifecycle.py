"""The CLI for real: subprocesses, a temp CROSSROADS_HOME, a fake upstream, ports on 127.0.0.1 only.

`up --detach` → `status` → a request (official Anthropic SDK) → `logs` → `stats` → `statusline` → `down`, plus a
busy port, `models`, `doctor` (never printing a key), `env` and the `claude` launcher with a stand-in claude.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import anthropic
import pytest

from tests.cli_harness import CliSession, free_port, write_config
from tests.fakes import Answer, FakeUpstream, RecordedRequest, faults

PLANTED = "sk-planted-0123456789-SECRET"
LITERAL = "sk-ant-literal-9876543210-SECRET"
SESSION = "3f2a91c0-5d7e-4c1b-9a2f-0123456789ab"


def config_text(upstream: str, port: int, extra: str = "") -> str:
    return f"""
listeners:
  egress_traffic: {{address: 127.0.0.1, port: {port}}}
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream}/v1
    access_key: $PLANTED_OPENAI_KEY
    routing_preferences:
      - name: code generation
        description: writing new code, functions and tests
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream}
    access_key: {LITERAL}
    default: true
  - model: anthropic/claude-haiku-4-5
    base_url: {upstream}
    access_key: {LITERAL}
model_aliases:
  arch.claude.code.small.fast: {{target: claude-haiku-4-5}}
routing:
  router: arch-router
  endpoint: {upstream}/router/v1
{extra}
"""


def answer(request: RecordedRequest) -> Answer:
    """The router's question gets a route; everything else a plain answer with known token counts."""
    if request.json().get("model") == "Arch-Router":
        return Answer(text='{"route": "code generation"}')
    return Answer(text="def parse_iso(s): ...", input_tokens=1200, output_tokens=300, cache_read_tokens=4000)


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        fake.default = answer
        yield fake


@pytest.fixture
def cli(tmp_path: Path) -> Iterator[CliSession]:
    with CliSession(tmp_path / "home", cwd=tmp_path, env={"PLANTED_OPENAI_KEY": PLANTED}) as session:
        yield session


def test_up_status_request_logs_stats_down(cli: CliSession, upstream: FakeUpstream, tmp_path: Path) -> None:
    port = free_port()
    config = write_config(tmp_path / "config.yaml", config_text(upstream.url, port))
    started = cli.ok("up", "--detach", "--config", str(config))
    assert "ready" in started.stderr

    # status finds it through CROSSROADS_HOME alone
    assert "running" in cli.ok("status").stdout
    state = cli.json("status")
    assert state["running"] is True and state["port"] == port and state["url"] == f"http://127.0.0.1:{port}"
    assert state["config"] == str(config.resolve()) and state["requests"] == 0
    assert state["pid"] > 0 and state["uptime_s"] >= 0

    # a second `up` on the same port is refused, clearly
    again = cli.run("up", "--detach", "--config", str(config))
    assert again.returncode == 1 and "already running" in again.stderr and "crossroads down" in again.stderr

    client = anthropic.Anthropic(base_url=state["url"], api_key="anything", max_retries=0)
    raw = client.messages.with_raw_response.create(
        model="claude-opus-4-8", max_tokens=100, extra_headers={"x-claude-code-session-id": SESSION},
        messages=[{"role": "user", "content": "write a function that parses ISO dates"}],
    )
    assert raw.parse().content[0].text == "def parse_iso(s): ..."
    assert raw.headers["x-crossroads-route"] == "code generation"

    [record] = cli.wait_for_records(1)
    assert record["request_id"] == raw.headers["x-crossroads-request-id"]
    assert record["session"] == SESSION and record["requested_model"] == "claude-opus-4-8"
    assert (record["model"], record["provider"], record["route"], record["reason"]) == (
        "openai/gpt-4.1", "openai", "code generation", "router")
    assert (record["input_tokens"], record["output_tokens"], record["cache_read_tokens"]) == (1200, 300, 4000)
    assert record["status"] == 200 and record["error_type"] is None and record["router_ms"] is not None
    expected_cost = (1200 * 2.0 + 300 * 8.0 + 4000 * 0.5) / 1e6  # gpt-4.1 in the built-in table
    assert record["cost_usd"] == pytest.approx(expected_cost)

    line = cli.ok("logs").stdout
    assert "claude-opus-4-8 → openai/gpt-4.1" in line and "code generation" in line and "router" in line

    stats = cli.json("stats", "--since", "1h")
    assert stats["total"]["requests"] == 1 and stats["total"]["cost_usd"] == pytest.approx(expected_cost)
    [group] = stats["groups"]
    assert group["key"] == "openai/gpt-4.1" and group["input_tokens"] == 1200 and group["error_rate"] == 0
    assert {"p50_ms", "p95_ms", "cache_read_tokens", "output_tokens"} <= group.keys()
    assert cli.json("stats", "--by", "route")["groups"][0]["key"] == "code generation"
    assert "openai/gpt-4.1" in cli.ok("stats").stdout

    status_line = cli.ok("statusline", input=json.dumps({"session_id": SESSION, "model": {"id": "x"}})).stdout
    assert "openai/gpt-4.1" in status_line and "code generation" in status_line and "$0.0068" in status_line
    assert cli.json("status")["requests"] == 1

    # keys never reach the feed, the stats, the gateway log or the store
    outputs = [cli.ok("logs", "--json").stdout, cli.ok("stats").stdout, cli.ok("status", "--json").stdout]
    stored = [p.read_bytes() for p in (cli.home).rglob("*") if p.is_file()]
    for secret in (PLANTED, LITERAL):
        assert not any(secret in text for text in outputs)
        assert not any(secret.encode() in blob for blob in stored)

    stopped = cli.ok("down")
    assert "stopped" in stopped.stdout
    assert cli.run("status").returncode == 1
    assert cli.json_lines("logs")[0]["request_id"] == record["request_id"]  # still readable after it stopped
    assert not list(cli.home.glob("gateway-*.json"))


def test_up_refuses_a_port_another_program_holds(cli: CliSession, upstream: FakeUpstream, tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        config = write_config(tmp_path / "config.yaml", config_text(upstream.url, port))
        for args in (["up", "--config", str(config)], ["up", "--detach", "--config", str(config)]):
            result = cli.run(*args)
            assert result.returncode == 1
            assert f"port {port} on 127.0.0.1 is already in use by another program" in result.stderr
            assert "Traceback" not in result.stderr
    assert not list(cli.home.glob("gateway-*.json"))


def test_models_json(cli: CliSession, upstream: FakeUpstream, tmp_path: Path) -> None:
    config = write_config(tmp_path / "config.yaml", config_text(upstream.url, free_port()))
    data = cli.json("models")  # found as ./config.yaml
    assert data["config"] == "config.yaml" and data["router"] == "arch-router"
    models = {m["model"]: m for m in data["models"]}
    assert models["openai/gpt-4.1"]["routes"] == ["code generation"]
    assert models["openai/gpt-4.1"]["key"] == "key set" and models["openai/gpt-4.1"]["protocol"] == "openai"
    assert models["anthropic/claude-sonnet-4-5"]["default"] is True
    assert models["anthropic/claude-haiku-4-5"]["price"]["input"] == 1.0
    assert data["aliases"] == [{"alias": "arch.claude.code.small.fast", "target": "claude-haiku-4-5", "lane": True}]
    assert data["routes"][0]["route"] == "code generation"
    assert PLANTED not in json.dumps(data) and LITERAL not in json.dumps(data)
    assert config.exists()


def test_doctor_finds_problems_and_never_prints_a_key(cli: CliSession, upstream: FakeUpstream,
                                                      tmp_path: Path) -> None:
    home = tmp_path / "user"
    (home / ".claude").mkdir(parents=True)
    (home / ".claude" / "settings.json").write_text(json.dumps(
        {"env": {"ANTHROPIC_BASE_URL": "https://elsewhere.example", "ANTHROPIC_API_KEY": PLANTED},
         "model": "opus"}))
    config = write_config(tmp_path / "config.yaml", config_text(upstream.url, free_port()))
    config.chmod(0o644)  # literal keys, readable by others
    result = cli.run("doctor", "--reachability", "--timeout", "2", "--config", str(config),
                     env={"HOME": str(home), "ANTHROPIC_BASE_URL": "http://127.0.0.1:9"})
    output = result.stdout + result.stderr
    assert PLANTED not in output and LITERAL not in output
    assert result.returncode == 1  # the bypassing settings are problems
    assert "openai/gpt-4.1: key set" in output
    assert "sets ANTHROPIC_BASE_URL=https://elsewhere.example" in output
    assert "your shell sets ANTHROPIC_BASE_URL=http://127.0.0.1:9" in output
    assert "sets model=opus" in output and "chmod 600" in output
    assert f"{upstream.url}/v1 answers" in output and "is free" in output


def test_env_prints_exports_a_shell_can_eval(cli: CliSession, upstream: FakeUpstream, tmp_path: Path) -> None:
    port = free_port()
    write_config(tmp_path / "config.yaml", config_text(upstream.url, port, "auth: {keys: [$GATEWAY_KEY]}"))
    printed = cli.ok("env", env={"GATEWAY_KEY": "gw-key-1"}).stdout
    assert f"export ANTHROPIC_BASE_URL=http://127.0.0.1:{port}" in printed
    shell = subprocess.run(["sh", "-c", 'eval "$1"; echo "$ANTHROPIC_AUTH_TOKEN|${ANTHROPIC_API_KEY-unset}|'
                                        '$ANTHROPIC_DEFAULT_HAIKU_MODEL|$API_TIMEOUT_MS"', "sh", printed],
                           capture_output=True, text=True, check=True)
    assert shell.stdout.strip() == "gw-key-1||arch.claude.code.small.fast|600000"
    assert "unset ANTHROPIC_BASE_URL" in cli.ok("env", "--unset").stdout


STAND_IN_CLAUDE = """#!/bin/sh
# Records what `crossroads claude` handed over, then exits with a code of its own.
{ for a in "$@"; do printf '%s\\n' "$a"; done; } > "$RECORD.args"
env > "$RECORD.env"
exit 7
"""


def test_claude_launcher_starts_the_gateway_passes_args_env_and_exit_code(cli: CliSession, upstream: FakeUpstream,
                                                                           tmp_path: Path) -> None:
    port = free_port()
    write_config(tmp_path / "config.yaml", config_text(upstream.url, port))
    fake_claude = tmp_path / "claude"
    fake_claude.write_text(STAND_IN_CLAUDE)
    fake_claude.chmod(fake_claude.stat().st_mode | stat.S_IEXEC)
    record = tmp_path / "record"
    result = cli.run("claude", "-p", "hi there", "--permission-mode", "acceptEdits",
                     "--settings", '{"NON_INTERACTIVE_MODE": true, "theme": "dark"}',
                     env={"CLAUDE_PATH": str(fake_claude), "RECORD": str(record), "ANTHROPIC_API_KEY": PLANTED})
    assert result.returncode == 7, result.stderr
    assert "gateway ready" in result.stderr
    args = (tmp_path / "record.args").read_text().splitlines()
    assert args == ["--settings", '{"theme": "dark"}', "-p", "hi there", "--permission-mode", "acceptEdits"]
    env = dict(line.split("=", 1) for line in (tmp_path / "record.env").read_text().splitlines() if "=" in line)
    assert env["ANTHROPIC_BASE_URL"] == f"http://127.0.0.1:{port}"
    assert env["ANTHROPIC_AUTH_TOKEN"] == "crossroads" and env["ANTHROPIC_API_KEY"] == ""
    assert env["ANTHROPIC_SMALL_FAST_MODEL"] == env["ANTHROPIC_DEFAULT_HAIKU_MODEL"] == "arch.claude.code.small.fast"
    assert env["DISABLE_TELEMETRY"] == "true" and env["DISABLE_COST_WARNINGS"] == "true"
    assert env["API_TIMEOUT_MS"] == "600000" and "127.0.0.1" in env["NO_PROXY"] and env["CI"] == "true"
    # the gateway stays up after claude exits, and a second launch reuses it
    assert cli.json("status")["port"] == port
    again = cli.run("cli-agent", "claude", "--version", env={"CLAUDE_PATH": str(fake_claude), "RECORD": str(record)})
    assert again.returncode == 7 and "starting" not in again.stderr
    assert (tmp_path / "record.args").read_text().splitlines() == ["--version"]


def test_claude_launcher_says_how_to_install_claude(cli: CliSession, tmp_path: Path) -> None:
    empty = tmp_path / "bin"
    empty.mkdir()
    env = {"PATH": f"{empty}{os.pathsep}{Path(sys.executable).parent}", "CLAUDE_PATH": ""}
    result = cli.run("claude", "-p", "hi", env=env)
    assert result.returncode == 127
    assert "npm install -g @anthropic-ai/claude-code" in result.stderr and "Traceback" not in result.stderr
    assert not list(cli.home.glob("gateway-*.json"))  # nothing was started for nothing


def test_down_lets_an_in_flight_stream_finish_and_flushes_the_store(cli: CliSession, upstream: FakeUpstream,
                                                                    tmp_path: Path) -> None:
    port = free_port()
    config = write_config(tmp_path / "config.yaml", config_text(upstream.url, port).replace(
        "router: arch-router", "router: none"))
    cli.ok("up", "--detach", "--config", str(config))
    upstream.script(faults.stall(Answer(text="slow and steady", input_tokens=77, output_tokens=7),
                                 after_frames=3, seconds=1.0))
    client = anthropic.Anthropic(base_url=f"http://127.0.0.1:{port}", api_key="x", max_retries=0)
    with client.messages.stream(model="openai/gpt-4.1", max_tokens=50,
                                messages=[{"role": "user", "content": "hi"}]) as stream:
        events = iter(stream)
        next(events)  # the stream has started; the upstream now stalls for a second
        down = subprocess.Popen([sys.executable, "-m", "crossroads", "down"], env=cli.env, cwd=tmp_path,
                                stdout=subprocess.PIPE, text=True)
        for _ in events:
            pass
        final = stream.get_final_message()
    assert down.communicate(timeout=30)[0].strip().endswith("stopped")
    assert final.content[0].text == "slow and steady" and final.stop_reason == "end_turn"
    [record] = cli.json_lines("logs")  # written before the gateway exited
    assert (record["status"], record["input_tokens"], record["output_tokens"]) == (200, 77, 7)
    assert cli.run("status").returncode == 1


def test_up_detach_says_why_when_the_gateway_is_not_healthy_in_time(cli: CliSession, upstream: FakeUpstream,
                                                                    tmp_path: Path) -> None:
    port = free_port()
    config = write_config(tmp_path / "config.yaml", config_text(upstream.url, port))
    result = cli.run("up", "--detach", "--timeout", "0.05", "--config", str(config))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "was not healthy after 0s and was stopped; last lines of" in result.stderr
    assert "crossroads 0.1.0 starting" in result.stderr  # the log's tail is shown
    assert not list(cli.home.glob("gateway-*.json")) and cli.run("status").returncode == 1
