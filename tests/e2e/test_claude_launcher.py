"""`crossroads claude -p …` runs the real Claude Code CLI through a detached gateway it starts itself; the turn
shows up in `logs` and `stats` with its model, route and tokens, and the gateway outlives claude."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.cli_harness import CliSession, free_port, write_config
from tests.e2e.conftest import claude_binary
from tests.fakes import Answer, FakeUpstream, RecordedRequest, tool_call

pytestmark = pytest.mark.e2e


def config(upstream: str, port: int) -> str:
    return f"""
listeners:
  egress_traffic: {{address: 127.0.0.1, port: {port}}}
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream}/v1
    access_key: sk-openai-e2e
    routing_preferences:
      - name: code generation
        description: writing new code, files, functions and tests
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream}
    access_key: sk-ant-e2e
    default: true
  - model: anthropic/claude-haiku-4-5
    base_url: {upstream}
    access_key: sk-ant-e2e
model_aliases:
  arch.claude.code.small.fast: {{target: claude-haiku-4-5}}
routing:
  router: arch-router
  endpoint: {upstream}/router/v1
"""


def conversation(target: Path) -> object:
    """Answer by conversation state (Claude Code's own retries cannot desynchronise it); the router's question
    gets the code generation route."""

    def answer(request: RecordedRequest) -> Answer:
        body = request.json()
        if body.get("model") == "Arch-Router":
            return Answer(text='{"route": "code generation"}')
        last = json.dumps(body["messages"][-1])
        if "tool_result" in last or body["messages"][-1].get("role") == "tool":
            return Answer(text="Done: hello.txt is written.", input_tokens=900, output_tokens=12)
        return Answer(text="I'll create the file.", input_tokens=2000, output_tokens=40,
                      tool_calls=[tool_call("Write", {"file_path": str(target), "content": "hello via crossroads\n"})])

    return answer


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        yield fake


def test_crossroads_claude_runs_claude_code_through_a_detached_gateway(tmp_path: Path,
                                                                       upstream: FakeUpstream) -> None:
    claude = claude_binary()
    work = tmp_path / "work"
    (tmp_path / "user").mkdir()
    work.mkdir()
    target = work / "hello.txt"
    upstream.default = conversation(target)
    port = free_port()
    write_config(work / "config.yaml", config(upstream.url, port))  # found as ./config.yaml, like `up`
    offline = {"HOME": str(tmp_path / "user"), "CLAUDE_PATH": str(claude),
               "CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC": "1", "DISABLE_ERROR_REPORTING": "1",
               "DISABLE_AUTOUPDATER": "1", "CLAUDE_CODE_MAX_RETRIES": "1"}
    with CliSession(tmp_path / "home", cwd=work, env=offline) as cli:
        result = cli.run("claude", "-p", "Create hello.txt saying hello via crossroads", "--output-format", "json",
                         "--permission-mode", "acceptEdits", timeout=120)
        assert result.returncode == 0, result.stdout + result.stderr
        output = json.loads(result.stdout)
        assert output["is_error"] is False and "Done: hello.txt" in output["result"]
        assert target.read_text() == "hello via crossroads\n"
        assert "gateway ready" in result.stderr

        # claude has exited; the gateway it started has not
        status = cli.json("status")
        assert status["running"] is True and status["port"] == port

        records = cli.wait_for_records(2)
        assert len(records) == 2, records
        assert {r["model"] for r in records} == {"openai/gpt-4.1"}
        assert {r["route"] for r in records} == {"code generation"}
        assert [r["reason"] for r in records] == ["router", "sticky"]  # the tool loop stays on its turn's model
        assert [(r["input_tokens"], r["output_tokens"]) for r in records] == [(2000, 40), (900, 12)]
        assert all(r["status"] == 200 and r["stream"] is True and r["session"] for r in records)
        assert len({r["session"] for r in records}) == 1

        stats = cli.json("stats", "--by", "route")
        assert stats["total"]["requests"] == 2 and stats["total"]["input_tokens"] == 2900
        assert stats["groups"][0]["key"] == "code generation" and stats["total"]["cost_usd"] > 0

        assert "stopped" in cli.ok("down").stdout
