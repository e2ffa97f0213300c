"""Thousands of malformed requests against a running gateway: every answer is a well-formed Anthropic error (or a
real answer when the request happens to be valid), never a 500 with a traceback; valid requests still succeed."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakes import Answer, FakeUpstream
from tests.gateway_harness import RunningGateway, run_gateway
from tests.integration.conftest import two_protocol_config

json_leaf = st.one_of(st.none(), st.booleans(), st.integers(-(2**40), 2**40), st.floats(allow_nan=False),
                      st.text(max_size=20))
json_value = st.recursive(json_leaf, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                             st.dictionaries(st.text(max_size=8), inner, max_size=4)),
                          max_leaves=12)

block = st.one_of(
    st.fixed_dictionaries({"type": st.sampled_from(["text", "image", "tool_use", "tool_result", "thinking",
                                                    "document", "redacted_thinking", "weird"])},
                          optional={"text": json_value, "source": json_value, "id": json_value, "name": json_value,
                                    "input": json_value, "tool_use_id": json_value, "content": json_value,
                                    "is_error": json_value, "thinking": json_value, "signature": json_value,
                                    "cache_control": json_value}),
    json_value,
)
message = st.fixed_dictionaries(
    {"role": st.sampled_from(["user", "assistant", "system", "tool", ""])},
    optional={"content": st.one_of(st.text(max_size=30), st.lists(block, max_size=4), json_value)},
)
request = st.fixed_dictionaries(
    {},
    optional={
        "model": st.one_of(st.sampled_from(["openai/gpt-4.1", "anthropic/claude-sonnet-4-5", "claude-opus-4-8",
                                            "nope"]), json_value),
        "max_tokens": st.one_of(st.integers(-5, 10**9), json_value),
        "messages": st.one_of(st.lists(message, max_size=4), json_value),
        "stream": st.one_of(st.booleans(), json_value),
        "system": st.one_of(st.text(max_size=20), st.lists(block, max_size=2), json_value),
        "tools": st.one_of(st.lists(st.fixed_dictionaries({"name": json_value}, optional={
            "input_schema": json_value, "description": json_value, "type": json_value}), max_size=2), json_value),
        "tool_choice": json_value,
        "thinking": json_value,
        "metadata": json_value,
        "temperature": json_value,
        "stop_sequences": json_value,
    },
)
raw_bytes = st.one_of(st.binary(max_size=200), st.text(max_size=200).map(str.encode))


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[FakeUpstream, RunningGateway]]:
    with FakeUpstream() as upstream:
        upstream.default = Answer(text="ok")
        with run_gateway(two_protocol_config(upstream.url), tmp_path_factory.mktemp("gw")) as gateway:
            yield upstream, gateway


def check(response: httpx.Response) -> None:
    assert response.status_code != 500 or response.json()["error"]["type"] == "api_error"
    body = response.json() if response.headers.get("content-type", "").startswith("application/json") else None
    if response.status_code >= 400:
        assert body is not None, response.text[:200]
        assert body["type"] == "error"
        assert isinstance(body["error"]["type"], str) and body["error"]["message"]
        assert "Traceback" not in response.text
        assert response.status_code < 500, body


def post(gateway: RunningGateway, content: bytes) -> httpx.Response:
    return httpx.post(f"{gateway.url}/v1/messages", content=content,
                      headers={"content-type": "application/json"}, timeout=10)


@settings(max_examples=1200, deadline=None, suppress_health_check=list(HealthCheck))
@given(body=request)
def test_malformed_json_requests(stack: tuple[FakeUpstream, RunningGateway], body: dict[str, Any]) -> None:
    _, gateway = stack
    check(post(gateway, json.dumps(body).encode()))


@settings(max_examples=400, deadline=None, suppress_health_check=list(HealthCheck))
@given(content=raw_bytes)
def test_arbitrary_bytes(stack: tuple[FakeUpstream, RunningGateway], content: bytes) -> None:
    _, gateway = stack
    check(post(gateway, content))


def test_a_valid_request_succeeds_afterwards(stack: tuple[FakeUpstream, RunningGateway]) -> None:
    _, gateway = stack
    for model in ("openai/gpt-4.1", "anthropic/claude-sonnet-4-5"):
        response = post(gateway, json.dumps({"model": model, "max_tokens": 5,
                                             "messages": [{"role": "user", "content": "hi"}]}).encode())
        assert response.status_code == 200
        assert response.json()["content"][0]["text"] == "ok"
