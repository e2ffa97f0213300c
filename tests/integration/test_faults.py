"""Upstream faults, one by one: what the client receives, and that the next request succeeds."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import anthropic
import pytest

from tests.fakes import Answer, FakeUpstream, anthropic_error, faults, openai_error
from tests.gateway_harness import RunningGateway, free_port, run_gateway, wait_for_records

TRANSLATED = "openai/gpt-4.1"
PASSTHROUGH = "anthropic/claude-sonnet-4-5"


def config(upstream_url: str, extra_models: str = "", primary_extra: str = "") -> str:
    return f"""
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream_url}/v1
    access_key: sk-openai-faults
    default: true
{primary_extra}
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream_url}
    access_key: sk-ant-faults
{extra_models}
routing: {{router: none}}
defaults:
  retry: {{attempts: 2, backoff: 0.05s, max_backoff: 2s}}
  timeouts: {{connect: 0.5s, first_byte: 1s, idle: 1s}}
"""


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        yield fake


@pytest.fixture
def gateway(upstream: FakeUpstream, tmp_path: Path) -> Iterator[RunningGateway]:
    with run_gateway(config(upstream.url), tmp_path) as running:
        yield running


def client(gateway: RunningGateway) -> anthropic.Anthropic:
    return anthropic.Anthropic(base_url=gateway.url, api_key="k", max_retries=0, timeout=20)


def ask(gateway: RunningGateway, model: str, stream: bool = False) -> anthropic.types.Message:
    kwargs = {"model": model, "max_tokens": 50, "messages": [{"role": "user", "content": "hi"}]}
    if stream:
        with client(gateway).messages.stream(**kwargs) as events:
            return events.get_final_message()
    return client(gateway).messages.create(**kwargs)


def next_request_succeeds(upstream: FakeUpstream, gateway: RunningGateway, model: str) -> None:
    upstream.script(Answer(text="recovered"))
    assert ask(gateway, model).content[0].text == "recovered"


@pytest.mark.parametrize("model", [TRANSLATED, PASSTHROUGH])
@pytest.mark.parametrize("stream", [False, True])
def test_500_then_success_is_retried_invisibly(upstream: FakeUpstream, gateway: RunningGateway, model: str,
                                               stream: bool) -> None:
    upstream.script(*faults.status_then(500, Answer(text="second try")))
    message = ask(gateway, model, stream)
    assert message.content[0].text == "second try"
    assert len(upstream.requests) == 2
    next_request_succeeds(upstream, gateway, model)


def test_529_twice_exhausts_retries_and_says_do_not_retry(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.script(anthropic_error(529, "overloaded_error", "Overloaded"),
                    anthropic_error(529, "overloaded_error", "Overloaded"))
    with pytest.raises(anthropic.InternalServerError) as info:
        ask(gateway, PASSTHROUGH)
    assert info.value.status_code == 529
    assert info.value.body["error"]["type"] == "overloaded_error"
    assert info.value.response.headers["x-should-retry"] == "false"
    next_request_succeeds(upstream, gateway, PASSTHROUGH)


def test_429_retry_after_is_honoured(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.script(openai_error(429, "Rate limit reached", retry_after=1), Answer(text="after the wait"))
    started = time.monotonic()
    assert ask(gateway, TRANSLATED).content[0].text == "after the wait"
    assert 0.9 <= time.monotonic() - started < 5


def test_429_with_retry_after_beyond_the_cap_reaches_the_client(upstream: FakeUpstream,
                                                               gateway: RunningGateway) -> None:
    upstream.script(openai_error(429, "Rate limit reached", retry_after=30))
    with pytest.raises(anthropic.RateLimitError) as info:
        ask(gateway, TRANSLATED)
    assert info.value.response.headers["retry-after"] == "30"
    assert len(upstream.requests) == 1  # not waited for: the client knows best whether to wait 30 s
    next_request_succeeds(upstream, gateway, TRANSLATED)


def test_connection_refused_is_a_clear_502(tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    with run_gateway(config(dead), tmp_path) as gateway:
        with pytest.raises(anthropic.APIStatusError) as info:
            ask(gateway, TRANSLATED)
        assert info.value.status_code == 502
        assert "cannot connect" in info.value.body["error"]["message"]


@pytest.mark.parametrize("model", [TRANSLATED, PASSTHROUGH])
def test_hang_before_first_byte_times_out_then_retries(upstream: FakeUpstream, gateway: RunningGateway,
                                                       model: str) -> None:
    upstream.script(faults.hang(3), Answer(text="prompt answer"))
    assert ask(gateway, model, stream=True).content[0].text == "prompt answer"


@pytest.mark.parametrize("model", [TRANSLATED, PASSTHROUGH])
def test_stall_mid_stream_becomes_an_error_event(upstream: FakeUpstream, gateway: RunningGateway,
                                                 model: str) -> None:
    upstream.script(faults.stall(Answer(text="a long answer that stalls " * 4), after_frames=3, seconds=4))
    with pytest.raises(anthropic.APIStatusError) as info:
        ask(gateway, model, stream=True)
    assert "sent nothing" in str(info.value)
    next_request_succeeds(upstream, gateway, model)
    record = wait_for_records(gateway, 2)[0]
    assert record.error_type == "timeout_error"


@pytest.mark.parametrize("model", [TRANSLATED, PASSTHROUGH])
def test_truncated_stream_becomes_an_error_event(upstream: FakeUpstream, gateway: RunningGateway,
                                                 model: str) -> None:
    upstream.script(faults.truncate(Answer(text="cut short " * 6), after_frames=4))
    with pytest.raises(anthropic.APIStatusError) as info:
        ask(gateway, model, stream=True)
    assert info.value.body is None or info.value.body.get("type") == "error" or "error" in str(info.value)
    next_request_succeeds(upstream, gateway, model)


def test_invalid_json_from_upstream_is_a_502(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.script(faults.invalid_json())
    with pytest.raises(anthropic.APIStatusError) as info:
        ask(gateway, TRANSLATED)
    assert info.value.status_code == 502
    assert "not a valid chat completion" in info.value.body["error"]["message"]
    next_request_succeeds(upstream, gateway, TRANSLATED)


def test_garbage_sse_is_skipped_or_reported_never_a_crash(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.script(faults.garbage(Answer(text="fine after garbage"), at=2))
    try:
        message = ask(gateway, TRANSLATED, stream=True)
        assert "fine after garbage" in message.content[0].text
    except anthropic.APIStatusError as error:
        assert "error" in str(error).lower()
    next_request_succeeds(upstream, gateway, TRANSLATED)


def test_error_event_at_stream_start_is_retried(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    upstream.script(faults.anthropic_error_midstream(Answer(text="x"), after_frames=0), Answer(text="clean"))
    assert ask(gateway, PASSTHROUGH, stream=True).content[0].text == "clean"


def test_fallback_chain_answers_when_the_first_model_fails(upstream: FakeUpstream, tmp_path: Path) -> None:
    dead = f"http://127.0.0.1:{free_port()}"
    text = f"""
llm_providers:
  - model: openai/gpt-4.1
    base_url: {dead}/v1
    access_key: sk-dead
    default: true
    fallbacks: [anthropic/claude-sonnet-4-5]
  - model: anthropic/claude-sonnet-4-5
    base_url: {upstream.url}
    access_key: sk-ant-faults
routing: {{router: none}}
defaults:
  retry: {{attempts: 2, backoff: 0.05s}}
  timeouts: {{connect: 0.5s, first_byte: 2s, idle: 2s}}
"""
    with run_gateway(text, tmp_path) as gateway:
        upstream.script(Answer(text="from the fallback"))
        raw = client(gateway).messages.with_raw_response.create(
            model="claude-opus-4-8", max_tokens=10, messages=[{"role": "user", "content": "hi"}])
        assert raw.parse().content[0].text == "from the fallback"
        assert raw.headers["x-crossroads-model"] == PASSTHROUGH
        assert raw.headers["x-crossroads-reason"] == "fallback"
        record = wait_for_records(gateway, 1)[0]
        assert (record.fallback_from, record.model, record.reason) == ("openai/gpt-4.1", PASSTHROUGH, "fallback")
        # A rate limit moves on at once when a fallback is waiting; after repeated failures the dead key cools down
        # and requests go straight to the fallback without trying it.
        for _ in range(3):
            upstream.script(Answer(text="again"))
            ask(gateway, "claude-opus-4-8")
        state = gateway.app.state
        assert any("openai" in key for key in state.cooldown.cooling())
        upstream.script(Answer(text="straight"))
        started = time.monotonic()
        assert ask(gateway, "claude-opus-4-8").content[0].text == "straight"
        assert time.monotonic() - started < 0.5


def test_rate_limit_falls_back_at_once(upstream: FakeUpstream, tmp_path: Path) -> None:
    text = config(upstream.url, primary_extra="    fallbacks: [anthropic/claude-sonnet-4-5]")
    with run_gateway(text, tmp_path) as gateway:
        upstream.script(openai_error(429, "Rate limit reached", retry_after=20), Answer(text="fallback answered"))
        started = time.monotonic()
        assert ask(gateway, TRANSLATED).content[0].text == "fallback answered"
        assert time.monotonic() - started < 2
        assert [r.path for r in upstream.requests] == ["/v1/chat/completions", "/v1/messages"]


def test_client_disconnect_cancels_the_upstream_request(upstream: FakeUpstream, gateway: RunningGateway) -> None:
    import httpx

    upstream.script(faults.stall(Answer(text="slow " * 40), after_frames=2, seconds=30))
    body = {"model": TRANSLATED, "max_tokens": 50, "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with httpx.stream("POST", f"{gateway.url}/v1/messages", json=body, timeout=10) as response:
        for _ in response.iter_bytes():
            break  # read a little, then go away
    records = wait_for_records(gateway, 1, timeout=5)
    assert records and records[0].status == 499
    next_request_succeeds(upstream, gateway, TRANSLATED)
