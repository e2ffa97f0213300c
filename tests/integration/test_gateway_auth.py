"""Gateway keys (auth.keys): x-api-key or Authorization: Bearer, 401 in Anthropic's shape, /healthz stays open."""

from __future__ import annotations

from pathlib import Path

import anthropic
import httpx
import pytest

from tests.fakes import FakeUpstream
from tests.gateway_harness import run_gateway
from tests.integration.conftest import two_protocol_config


def test_requests_need_a_gateway_key_when_keys_are_configured(upstream: FakeUpstream, tmp_path: Path) -> None:
    config = two_protocol_config(upstream.url, "auth: {keys: [$GW_KEY_A, gw-key-b]}")
    with run_gateway(config, tmp_path, env={"GW_KEY_A": "gw-key-a"}) as gateway:
        assert httpx.get(gateway.url + "/healthz").status_code == 200
        anonymous = anthropic.Anthropic(base_url=gateway.url, api_key="wrong", max_retries=0)
        with pytest.raises(anthropic.AuthenticationError) as refused:
            anonymous.messages.create(model="claude-opus-4-8", max_tokens=10,
                                      messages=[{"role": "user", "content": "hi"}])
        assert refused.value.status_code == 401 and "auth.keys" in str(refused.value)
        by_api_key = anthropic.Anthropic(base_url=gateway.url, api_key="gw-key-a", max_retries=0)
        assert by_api_key.messages.create(model="claude-opus-4-8", max_tokens=10,
                                          messages=[{"role": "user", "content": "hi"}]).content
        by_bearer = httpx.get(gateway.url + "/v1/models", headers={"authorization": "Bearer gw-key-b"})
        assert by_bearer.status_code == 200
    # the gateway key is the client's business: never forwarded upstream
    assert upstream.requests
    assert not any("gw-key" in value for r in upstream.requests for _, value in r.headers)
