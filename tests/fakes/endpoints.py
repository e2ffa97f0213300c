"""Replies for the endpoints that are not model turns, and for requests the fake refuses."""

from __future__ import annotations

from tests.fakes.errors import anthropic_error, openai_error
from tests.fakes.headers import anthropic_headers, openai_headers
from tests.fakes.recorded import RecordedRequest
from tests.fakes.reply import Reply, compact_json
from tests.fakes.respond import protocol_of

MODEL_CREATED_AT = "2025-02-19T00:00:00Z"
MODEL_CREATED = 1739923200


def count_tokens_reply(input_tokens: int) -> Reply:
    """``POST /v1/messages/count_tokens``: ``{"input_tokens": N}``."""
    body = compact_json({"input_tokens": input_tokens}).encode()
    return Reply(headers=anthropic_headers(stream=False), body=body)


def _is_anthropic_client(request: RecordedRequest) -> bool:
    return request.header("anthropic-version") is not None or request.header("x-api-key") is not None


def models_reply(request: RecordedRequest, model_ids: list[str]) -> Reply:
    """``GET .../models`` as a list of Anthropic models (when the client sent
    ``anthropic-version`` or ``x-api-key``) or of OpenAI models."""
    if _is_anthropic_client(request):
        data = [
            {"type": "model", "id": name, "display_name": name, "created_at": MODEL_CREATED_AT}
            for name in model_ids
        ]
        first, last = (model_ids[0], model_ids[-1]) if model_ids else (None, None)
        listing = {"data": data, "has_more": False, "first_id": first, "last_id": last}
        return Reply(headers=anthropic_headers(stream=False), body=compact_json(listing).encode())
    data = [
        {"id": name, "object": "model", "created": MODEL_CREATED, "owned_by": "system"} for name in model_ids
    ]
    return Reply(
        headers=openai_headers(stream=False), body=compact_json({"object": "list", "data": data}).encode()
    )


def not_found_reply(request: RecordedRequest) -> Reply:
    """What each provider answers for an unknown route."""
    if "/messages" in request.path or _is_anthropic_client(request):
        return anthropic_error(404, "not_found_error", "Not Found")
    message = f"Invalid URL ({request.method} {request.path})"
    return openai_error(404, message, "invalid_request_error")


def bad_body_reply(request: RecordedRequest) -> Reply:
    """A 400 for a model call whose body is not a JSON object."""
    if protocol_of(request.path) == "anthropic":
        return anthropic_error(
            400, "invalid_request_error", "There was an error parsing the body of your request."
        )
    message = (
        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your "
        "HTTP library correctly. The OpenAI API expects a JSON payload, but what was sent was not valid JSON.)"
    )
    return openai_error(400, message, "invalid_request_error")


def internal_error_reply(explanation: str) -> Reply:
    """The fake itself failed (a bad script item): a plain-text 500 that says why."""
    body = f"fake upstream: {explanation}\n".encode()
    return Reply(status=500, headers=[("content-type", "text/plain; charset=utf-8")], body=body)
