from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes import FakeUpstream
from tests.gateway_harness import RunningGateway, run_gateway

OPENAI_KEY = "sk-openai-test-0123456789"
ANTHROPIC_KEY = "sk-ant-test-0123456789"


def two_protocol_config(upstream_url: str, extra: str = "") -> str:
    return f"""
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream_url}/v1
    access_key: {OPENAI_KEY}
    default: true
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream_url}
    access_key: {ANTHROPIC_KEY}
routing:
  router: none
defaults:
  retry: {{attempts: 1}}   # protocol tests see each upstream answer as it is; retries have their own tests
{extra}
"""


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        yield fake


@pytest.fixture
def gateway(upstream: FakeUpstream, tmp_path: Path) -> Iterator[RunningGateway]:
    with run_gateway(two_protocol_config(upstream.url), tmp_path) as running:
        yield running
