"""The real Claude Code CLI writes a file through crossroads, whichever protocol the upstream speaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.e2e.conftest import offline_env, run_claude
from tests.fakes import Answer, FakeUpstream, RecordedRequest, tool_call
from tests.gateway_harness import run_gateway, wait_for_records

pytestmark = pytest.mark.e2e


def config(upstream_url: str, default: str) -> str:
    return f"""
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream_url}/v1
    access_key: sk-openai-e2e
    default: {"true" if default == "openai" else "false"}
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream_url}
    access_key: sk-ant-e2e
    default: {"true" if default == "anthropic" else "false"}
routing:
  router: none
"""


def write_then_finish(target: Path) -> object:
    """Answer by conversation state, so Claude Code's own retries and fallbacks cannot desynchronise a script."""

    def answer(request: RecordedRequest) -> Answer:
        body = request.json()
        last = body["messages"][-1]
        text = json.dumps(last)
        if "tool_result" in text or last.get("role") == "tool":
            return Answer(text="Done: hello.txt now says hello from crossroads.")
        return Answer(text="I'll create the file now.",
                      tool_calls=[tool_call("Write", {"file_path": str(target),
                                                      "content": "hello from crossroads\n"})])

    return answer


@pytest.mark.parametrize("default", ["openai", "anthropic"])
def test_claude_code_writes_a_file_through_the_gateway(default: str, tmp_path: Path, workdir: Path,
                                                       home: Path) -> None:
    target = workdir / "hello.txt"
    with FakeUpstream() as upstream:
        upstream.default = write_then_finish(target)
        with run_gateway(config(upstream.url, default), tmp_path) as gateway:
            result = run_claude(
                ["-p", "Create hello.txt saying hello from crossroads", "--output-format", "json",
                 "--permission-mode", "acceptEdits"],
                cwd=workdir, env=offline_env(home, gateway.url),
            )
            assert result.returncode == 0, result.stdout + result.stderr
            output = json.loads(result.stdout)
            assert output["is_error"] is False, output
            assert "Done: hello.txt" in output["result"]
            assert target.read_text() == "hello from crossroads\n"
            records = wait_for_records(gateway, 2)
    expected_path = "/v1/chat/completions" if default == "openai" else "/v1/messages"
    model_calls = [r for r in upstream.requests if r.path == expected_path]
    assert len(model_calls) == 2, [r.path for r in upstream.requests]
    assert all(r.json()["stream"] is True for r in model_calls)
    assert {r.model for r in records} == {"openai/gpt-4.1" if default == "openai" else "anthropic/claude-sonnet-4-5"}
    assert all(r.status == 200 and r.error_type is None for r in records)
