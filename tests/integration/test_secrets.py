"""Provider keys go to their own provider only, and never come back to the client, even when an upstream echoes
them in an error message."""

from __future__ import annotations

import logging

import anthropic
import pytest

from tests.fakes import Answer, FakeUpstream, openai_error
from tests.gateway_harness import RunningGateway, wait_for_records
from tests.integration.conftest import ANTHROPIC_KEY, OPENAI_KEY


def test_each_provider_sees_only_its_own_key_and_never_the_clients(
    upstream: FakeUpstream, gateway: RunningGateway
) -> None:
    upstream.script(Answer(text="a"), Answer(text="b"))
    client = anthropic.Anthropic(base_url=gateway.url, api_key="client-secret-key", max_retries=0)
    for model in ("openai/gpt-4.1", "anthropic/claude-sonnet-4-5"):
        client.messages.create(model=model, max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    to_openai, to_anthropic = upstream.requests[-2:]
    assert to_openai.header("authorization") == f"Bearer {OPENAI_KEY}"
    assert to_anthropic.header("x-api-key") == ANTHROPIC_KEY
    for request, foreign in ((to_openai, ANTHROPIC_KEY), (to_anthropic, OPENAI_KEY)):
        everything = repr(request.headers) + request.body.decode()
        assert foreign not in everything
        assert "client-secret-key" not in everything


def test_an_upstream_error_echoing_the_key_is_redacted(
    upstream: FakeUpstream, gateway: RunningGateway, caplog: pytest.LogCaptureFixture
) -> None:
    upstream.script(openai_error(401, f"Incorrect API key provided: {OPENAI_KEY}. You can find your API key at "
                                      "https://platform.openai.com/account/api-keys."))
    client = anthropic.Anthropic(base_url=gateway.url, api_key="k", max_retries=0)
    with caplog.at_level(logging.DEBUG), pytest.raises(anthropic.AuthenticationError) as info:
        client.messages.create(model="openai/gpt-4.1", max_tokens=5, messages=[{"role": "user", "content": "hi"}])
    assert OPENAI_KEY not in info.value.response.text
    assert OPENAI_KEY[:12] not in info.value.response.text
    records = wait_for_records(gateway, 1)
    assert OPENAI_KEY not in repr(records)
    assert OPENAI_KEY not in caplog.text
