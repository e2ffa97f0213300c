"""Anthropic Messages ↔ OpenAI Chat Completions, as pure functions (dicts and bytes in, dicts and bytes out).

- `to_chat_request`: an Anthropic request body → a Chat Completions body (+ notes on what was dropped)
- `to_anthropic_message`: a Chat Completions response → an Anthropic Message
- `ChatStreamTranslator`: Chat Completions SSE bytes → Anthropic SSE bytes
- `to_anthropic_error`: an upstream error response → (status, Anthropic error object)
"""

from crossroads.protocols.openai_chat.errors import error_in_body, to_anthropic_error
from crossroads.protocols.openai_chat.options import ChatOptions
from crossroads.protocols.openai_chat.request import to_chat_request
from crossroads.protocols.openai_chat.response import to_anthropic_message
from crossroads.protocols.openai_chat.stream import ChatStreamTranslator

__all__ = [
    "ChatOptions",
    "ChatStreamTranslator",
    "error_in_body",
    "to_anthropic_error",
    "to_anthropic_message",
    "to_chat_request",
]
