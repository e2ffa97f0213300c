"""Config hot reload: a changed file takes effect for new requests, a broken one is refused, streams under way
finish on the config they started with."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import anthropic

from tests.fakes import Answer, FakeUpstream, faults
from tests.gateway_harness import run_gateway


def config(upstream_url: str, default: str) -> str:
    return f"""
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream_url}/v1
    access_key: sk-o
    default: {str(default == "openai").lower()}
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream_url}
    access_key: sk-a
    default: {str(default == "anthropic").lower()}
routing: {{router: none}}
"""


def answered_by(gateway_url: str) -> str:
    client = anthropic.Anthropic(base_url=gateway_url, api_key="k", max_retries=0)
    raw = client.messages.with_raw_response.create(model="claude-opus-4-8", max_tokens=5,
                                                   messages=[{"role": "user", "content": "hi"}])
    return raw.headers["x-crossroads-model"]


def wait_until(predicate, timeout: float = 8.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_file_change_reloads_and_a_broken_file_is_refused(tmp_path: Path) -> None:
    with FakeUpstream() as upstream:
        upstream.default = Answer(text="ok")
        with run_gateway(config(upstream.url, "openai"), tmp_path) as gateway:
            assert answered_by(gateway.url) == "openai/gpt-4.1"
            path = tmp_path / "config.yaml"
            path.write_text(config(upstream.url, "anthropic"))
            assert wait_until(lambda: answered_by(gateway.url) == "anthropic/claude-sonnet-4-5")
            path.write_text("llm_providers:\n  - model: not-a-provider-slash-model\n")
            assert wait_until(lambda: gateway.app.reloader.last_error is not None)
            assert "llm_providers[0].model" in gateway.app.reloader.last_error
            assert answered_by(gateway.url) == "anthropic/claude-sonnet-4-5"  # the old config stays


def test_a_stream_under_way_finishes_on_its_own_config(tmp_path: Path) -> None:
    with FakeUpstream() as upstream:
        upstream.default = Answer(text="ok")
        upstream.script(faults.stall(Answer(text="slow and steady " * 5), after_frames=3, seconds=2.5))
        with run_gateway(config(upstream.url, "openai"), tmp_path) as gateway:
            client = anthropic.Anthropic(base_url=gateway.url, api_key="k", max_retries=0)
            result: dict[str, object] = {}

            def stream() -> None:
                with client.messages.stream(model="claude-opus-4-8", max_tokens=50,
                                            messages=[{"role": "user", "content": "hi"}]) as events:
                    result["message"] = events.get_final_message()
                    result["model"] = events.response.headers["x-crossroads-model"]

            worker = threading.Thread(target=stream)
            worker.start()
            time.sleep(0.5)
            (tmp_path / "config.yaml").write_text(config(upstream.url, "anthropic"))
            assert wait_until(lambda: gateway.app.reloader.reloads == 1)
            worker.join(timeout=15)
            assert result["model"] == "openai/gpt-4.1"
            assert "slow and steady" in result["message"].content[0].text
            assert answered_by(gateway.url) == "anthropic/claude-sonnet-4-5"
