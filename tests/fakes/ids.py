"""Identifiers shaped like the real providers' ones (random, so each reply is distinct)."""

from __future__ import annotations

import secrets
import string

_ALPHANUM = string.ascii_letters + string.digits


def _random(length: int) -> str:
    return "".join(secrets.choice(_ALPHANUM) for _ in range(length))


def message_id() -> str:
    """Anthropic message id, e.g. ``msg_01XFDUDYJgAACzvnptvVoYEL``."""
    return "msg_01" + _random(22)


def tool_use_id() -> str:
    """Anthropic tool-use id, e.g. ``toolu_01A09q90qw90lq917835lq9``."""
    return "toolu_01" + _random(22)


def anthropic_request_id() -> str:
    """Anthropic ``request-id`` header / error ``request_id``, e.g. ``req_011CSHoEeqs5C35K2UUqR7Fy``."""
    return "req_011C" + _random(20)


def completion_id() -> str:
    """OpenAI chat completion id, e.g. ``chatcmpl-BwkwXxA0yAyLKZelloERJWtxKor9z``."""
    return "chatcmpl-" + _random(29)


def openai_request_id() -> str:
    """OpenAI ``x-request-id`` header, ``req_`` and 32 hex digits."""
    return "req_" + secrets.token_hex(16)
