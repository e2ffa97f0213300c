"""Response headers shaped like the ones api.anthropic.com and api.openai.com send.

Only the framing headers (``content-length`` / ``transfer-encoding``) are added by the server;
everything else a reply carries is listed here, in this order and spelling.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from tests.fakes.ids import anthropic_request_id, openai_request_id
from tests.fakes.reply import Header

SSE_CONTENT_TYPE = "text/event-stream; charset=utf-8"
JSON_CONTENT_TYPE = "application/json"
FAKE_ORGANIZATION_ID = "00000000-0000-4000-8000-00000000fa4e"


def _reset_time(seconds: int) -> str:
    moment = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=seconds)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def anthropic_ratelimit_headers() -> list[Header]:
    """``anthropic-ratelimit-*`` headers with generous limits, as the real API sends them."""
    headers: list[Header] = []
    for kind, limit in (("requests", 4000), ("input-tokens", 2000000), ("output-tokens", 400000)):
        headers += [
            (f"anthropic-ratelimit-{kind}-limit", str(limit)),
            (f"anthropic-ratelimit-{kind}-remaining", str(limit - 1)),
            (f"anthropic-ratelimit-{kind}-reset", _reset_time(1)),
        ]
    return headers


def anthropic_headers(*, stream: bool, request_id: str | None = None) -> list[Header]:
    content_type = SSE_CONTENT_TYPE if stream else JSON_CONTENT_TYPE
    headers: list[Header] = [("content-type", content_type)]
    if stream:
        headers.append(("cache-control", "no-cache"))
    headers += [
        ("request-id", request_id or anthropic_request_id()),
        ("anthropic-organization-id", FAKE_ORGANIZATION_ID),
    ]
    return headers + anthropic_ratelimit_headers()


def openai_ratelimit_headers() -> list[Header]:
    """``x-ratelimit-*`` headers as OpenAI sends them (resets are durations like ``6ms``)."""
    return [
        ("x-ratelimit-limit-requests", "10000"),
        ("x-ratelimit-limit-tokens", "30000000"),
        ("x-ratelimit-remaining-requests", "9999"),
        ("x-ratelimit-remaining-tokens", "29999975"),
        ("x-ratelimit-reset-requests", "6ms"),
        ("x-ratelimit-reset-tokens", "0s"),
    ]


def openai_headers(*, stream: bool, request_id: str | None = None) -> list[Header]:
    content_type = SSE_CONTENT_TYPE if stream else JSON_CONTENT_TYPE
    headers: list[Header] = [
        ("content-type", content_type),
        ("x-request-id", request_id or openai_request_id()),
        ("openai-organization", "user-fakeupstream"),
        ("openai-processing-ms", "42"),
        ("openai-version", "2020-10-01"),
    ]
    return headers + openai_ratelimit_headers()
