"""to_anthropic_error / error_in_body: upstream error bodies → Anthropic error objects and statuses."""

from __future__ import annotations

import orjson
import pytest

from crossroads.protocols.openai_chat import error_in_body, to_anthropic_error
from crossroads.protocols.openai_chat.errors import anthropic_error_from_payload, redact


def openai_error(message: str, type_: str = "invalid_request_error", code: str | None = None) -> bytes:
    return orjson.dumps({"error": {"message": message, "type": type_, "code": code, "param": None}})


@pytest.mark.parametrize(("status", "expected_status", "expected_type"), [
    (400, 400, "invalid_request_error"),
    (422, 400, "invalid_request_error"),
    (401, 401, "authentication_error"),
    (403, 403, "permission_error"),
    (404, 404, "not_found_error"),
    (408, 504, "timeout_error"),
    (413, 413, "request_too_large"),
    (429, 429, "rate_limit_error"),
    (500, 500, "api_error"),
    (502, 500, "api_error"),
    (503, 529, "overloaded_error"),
    (504, 504, "timeout_error"),
    (418, 418, "invalid_request_error"),
])
def test_status_mapping(status: int, expected_status: int, expected_type: str) -> None:
    out_status, body = to_anthropic_error(status, openai_error("something happened", "server_error"))
    assert (out_status, body["error"]["type"]) == (expected_status, expected_type)
    assert body == {"type": "error", "error": {"type": expected_type, "message": "something happened"}}


def test_openai_incorrect_key_message_is_preserved() -> None:
    body = openai_error("Incorrect API key provided: sk-proj-****abcd.", "invalid_request_error", "invalid_api_key")
    status, error = to_anthropic_error(401, body)
    assert status == 401 and error["error"]["message"] == "Incorrect API key provided: sk-proj-****abcd."


def test_secrets_in_messages_are_masked() -> None:
    message = ("bad key sk-abcdefghijklmnopqrstuvwx for https://x.googleapis.com/v1?key=AIzaSyA1234567890abcdefghijk"
               " with Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.payload and gsk_ABCDEFGHIJKLMNOPQR")
    _, error = to_anthropic_error(400, openai_error(message))
    text = error["error"]["message"]
    for secret in ("abcdefghijklmnop", "AIzaSyA1234567890", "eyJhbGci", "ABCDEFGHIJKLMNOPQR"):
        assert secret not in text
    assert redact("key=secret123&x=1") == "key=secret123&x=1"  # no leading ? or &: not a query parameter
    assert redact("?api_key=secret123&x=1") == "?api_key=***&x=1"


def test_context_overflow_becomes_prompt_is_too_long() -> None:
    body = openai_error("This model's maximum context length is 128000 tokens. However, your messages resulted "
                        "in 130000 tokens.", code="context_length_exceeded")
    status, error = to_anthropic_error(400, body)
    assert status == 400 and error["error"]["message"].startswith("prompt is too long: This model's")
    status, error = to_anthropic_error(400, openai_error("The input token count (1200000) exceeds the maximum"))
    assert error["error"]["message"].startswith("prompt is too long")


def test_max_tokens_too_large_is_not_a_context_overflow() -> None:
    body = openai_error("max_tokens is too large: 64000. This model supports at most 16384 completion tokens")
    assert not to_anthropic_error(400, body)[1]["error"]["message"].startswith("prompt is too long")


def test_insufficient_quota_is_a_billing_error_not_a_retryable_rate_limit() -> None:
    body = openai_error("You exceeded your current quota.", "insufficient_quota", "insufficient_quota")
    status, error = to_anthropic_error(429, body)
    assert (status, error["error"]["type"]) == (402, "billing_error")


def test_gemini_list_wrapped_error() -> None:
    body = orjson.dumps([{"error": {"code": 400, "message": "Invalid JSON payload received.",
                                    "status": "INVALID_ARGUMENT"}}])
    assert to_anthropic_error(400, body) == (400, {"type": "error", "error": {
        "type": "invalid_request_error", "message": "Invalid JSON payload received."}})


@pytest.mark.parametrize(("body", "message"), [
    (b"model 'llama9' not found", "model 'llama9' not found"),
    (b'{"error": "model not found"}', "model not found"),  # Ollama
    (b'{"detail": "Not Found"}', "Not Found"),  # FastAPI servers
    (b"<html><body>502 Bad Gateway</body></html>", "upstream returned HTTP 502"),
    (b"", "upstream returned HTTP 502"),
])
def test_other_body_shapes(body: bytes, message: str) -> None:
    assert to_anthropic_error(502, body)[1]["error"]["message"] == message


def test_openrouter_raw_provider_message_is_appended() -> None:
    body = orjson.dumps({"error": {"message": "Provider returned error", "code": 400,
                                   "metadata": {"raw": "tool schema invalid", "provider_name": "X"}}})
    assert to_anthropic_error(400, body)[1]["error"]["message"] == "Provider returned error: tool schema invalid"


def test_long_messages_are_truncated() -> None:
    assert len(to_anthropic_error(500, b"x" * 10000)[1]["error"]["message"]) == 2000


def test_in_body_errors_take_their_status_from_the_code() -> None:
    assert anthropic_error_from_payload({"error": {"message": "slow down", "code": 429}})[0] == 429
    assert anthropic_error_from_payload({"error": {"message": "busy", "code": 503}})[0] == 529
    assert anthropic_error_from_payload({"error": {"message": "x", "type": "server_error"}})[0] == 500
    assert anthropic_error_from_payload({"error": {"message": "x"}})[0] == 500


def test_error_in_body() -> None:
    assert error_in_body({"choices": [{"message": {"content": "ok"}, "finish_reason": "stop"}]}) is None
    status, error = error_in_body({"error": {"message": "Rate limited", "code": 429}})
    assert (status, error["error"]["type"]) == (429, "rate_limit_error")
    status, error = error_in_body({"choices": [{"message": {"content": "par"},
                                                "finish_reason": "insufficient_system_resource"}]})
    assert (status, error["error"]["type"]) == (529, "overloaded_error")
