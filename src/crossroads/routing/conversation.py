"""What the router reads: the user and assistant text of a conversation, without Claude Code's envelopes.

Pure functions over the Anthropic request body. Not read: the system prompt, tool schemas, tool calls, tool
results, images, thinking, and `<system-reminder>` / hook envelopes Claude Code wraps around prompts.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

_ENVELOPES = re.compile(
    r"<(system-reminder|user-prompt-submit-hook|local-command-stdout|local-command-stderr|command-message|"
    r"local-command-caveat)>.*?</\1>|\[Request interrupted by user[^\]]*\]",
    re.DOTALL,
)
# A slash command is the user's intent in a word (`/review`), and its arguments are what they typed after it.
_COMMAND_PARTS = re.compile(r"<(command-name|command-args)>(.*?)</\1>", re.DOTALL)


@dataclass(frozen=True, slots=True)
class Utterance:
    role: str  # "user" | "assistant"
    text: str


def strip_envelopes(text: str) -> str:
    if "<" not in text and "[Request interrupted" not in text:
        return text.strip()
    text = _ENVELOPES.sub("", text)
    return _COMMAND_PARTS.sub(lambda m: f" {m.group(2).strip()} ", text).strip()


def _blocks(content: Any) -> list[dict[str, Any]]:
    if isinstance(content, str):
        return [{"type": "text", "text": content}]
    if isinstance(content, list):
        return [b for b in content if isinstance(b, dict)]
    return []


def message_text(message: dict[str, Any]) -> str:
    """The text a person (or the model) wrote in one message; tool traffic and envelopes removed."""
    parts = []
    for block in _blocks(message.get("content")):
        if block.get("type") == "text":
            text = strip_envelopes(str(block.get("text") or ""))
            if text:
                parts.append(text)
    return "\n".join(parts)


def utterances(messages: list[Any]) -> list[Utterance]:
    """User and assistant text in order; messages with no text of their own are skipped."""
    out = []
    for message in messages:
        if not isinstance(message, dict) or message.get("role") not in ("user", "assistant"):
            continue
        text = message_text(message)
        if text:
            out.append(Utterance(message["role"], text))
    return out


def is_tool_continuation(messages: list[Any]) -> bool:
    """True when the last user message carries tool results and no new text: the turn is still going on."""
    if not messages:
        return False
    last = messages[-1]
    if not isinstance(last, dict) or last.get("role") != "user":
        return False
    blocks = _blocks(last.get("content"))
    has_result = any(b.get("type") == "tool_result" for b in blocks)
    return has_result and not message_text(last)


def first_user_text(messages: list[Any]) -> str:
    for message in messages:
        if isinstance(message, dict) and message.get("role") == "user":
            text = message_text(message)
            if text:
                return text
    return ""


def conversation_key(messages: list[Any]) -> str:
    """A session key for clients that send no session id: a hash of the first user text."""
    return "h:" + hashlib.blake2b(first_user_text(messages).encode(), digest_size=8).hexdigest()
