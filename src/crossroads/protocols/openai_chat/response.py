"""OpenAI Chat Completions response → Anthropic Message (non-streaming), and the mappings streams share."""

from __future__ import annotations

from typing import Any

import orjson

from crossroads.protocols.openai_chat.jsonfix import repair_json_object

_STOP_REASONS = {
    "stop": "end_turn",
    "eos": "end_turn",
    "end_turn": "end_turn",
    "length": "max_tokens",
    "model_length": "max_tokens",  # Mistral: the context window ran out
    "max_tokens": "max_tokens",
    "tool_calls": "tool_use",
    "function_call": "tool_use",
    "tool_use": "tool_use",
    "content_filter": "refusal",
    "stop_sequence": "stop_sequence",
}


def to_anthropic_message(chat: dict, model: str, message_id: str, notes: list[str] | None = None) -> dict:
    """A complete Anthropic Message for a Chat Completions response (only choice 0 is used).

    Blocks come in Anthropic's order: thinking, text, tool_use. When the upstream returned nothing at all, the
    content is one empty text block: Claude Code treats an end_turn without any block as a broken response,
    and an empty text block is what Anthropic itself streams for an empty answer. Repairs made to tool
    arguments are appended to `notes` when a list is given.
    """
    choice = _first_choice(chat)
    message = choice.get("message") if isinstance(choice.get("message"), dict) else {}
    content: list[dict] = []
    reasoning = reasoning_text(message)
    if reasoning:
        content.append({"type": "thinking", "thinking": reasoning, "signature": ""})
    text = content_text(message.get("content"))
    if text:
        content.append({"type": "text", "text": text})
    content.extend(_tool_use_blocks(message, message_id, notes))
    if not content:
        content.append({"type": "text", "text": ""})
    has_tool_use = any(block["type"] == "tool_use" for block in content)
    stop_sequence = stop_sequence_of(choice)
    return {
        "id": message_id,
        "type": "message",
        "role": "assistant",
        "model": model,
        "content": content,
        "stop_reason": "stop_sequence" if stop_sequence and not has_tool_use
        else map_stop_reason(choice.get("finish_reason"), has_tool_use),
        "stop_sequence": None if has_tool_use else stop_sequence,
        "usage": map_usage(chat.get("usage")),
    }


def map_stop_reason(finish_reason: Any, has_tool_use: bool) -> str:
    """Anthropic `stop_reason` for an OpenAI `finish_reason`.

    A response that carries tool calls is always `tool_use`: some upstreams (Gemini's OpenAI endpoint among
    them) say "stop" there, and Claude Code only runs tools on a tool_use turn.
    """
    if has_tool_use and finish_reason not in ("length", "model_length", "max_tokens", "content_filter"):
        return "tool_use"
    mapped = _STOP_REASONS.get(finish_reason) if isinstance(finish_reason, str) else None
    return mapped or "end_turn"


def map_usage(usage: Any) -> dict[str, int]:
    """Anthropic usage for OpenAI usage; Anthropic's `input_tokens` excludes the tokens read from cache."""
    usage = usage if isinstance(usage, dict) else {}
    prompt = _count(usage.get("prompt_tokens"))
    details = usage.get("prompt_tokens_details")
    cached = _count(details.get("cached_tokens")) if isinstance(details, dict) else 0
    cached = cached or _count(usage.get("prompt_cache_hit_tokens"))  # DeepSeek's spelling
    cached = min(cached, prompt)
    return {
        "input_tokens": prompt - cached,
        "output_tokens": _count(usage.get("completion_tokens")),
        "cache_creation_input_tokens": 0,
        "cache_read_input_tokens": cached,
    }


def reasoning_text(message: dict) -> str:
    """Chain-of-thought from a message or delta: `reasoning_content` (DeepSeek, vLLM, xAI) or `reasoning`
    (OpenRouter, Ollama, Groq). Some servers fill both with the same text, so only one is taken."""
    for key in ("reasoning_content", "reasoning"):
        value = message.get(key)
        if isinstance(value, str) and value:
            return value
    return ""


def content_text(content: Any) -> str:
    """Text of a message `content`: a string, or a list of parts (some servers answer with parts)."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part.get("text") or "" for part in content if isinstance(part, dict) and part.get("type") == "text"
        )
    return ""


def stop_sequence_of(choice: dict) -> str | None:
    """The stop string that ended the response, where the server says (vLLM `stop_reason`, SGLang
    `matched_stop`); OpenAI itself does not report it, so "stop" there stays end_turn."""
    if choice.get("finish_reason") != "stop":
        return None
    for key in ("stop_reason", "matched_stop"):
        value = choice.get(key)
        if isinstance(value, str) and value:
            return value
    return None


def tool_call_id(raw_id: Any, message_id: str, position: int) -> str:
    """The upstream's tool call id, or a stable one when it sent none."""
    if isinstance(raw_id, str) and raw_id:
        return raw_id
    return f"toolu_{message_id}_{position}"


def _tool_use_blocks(message: dict, message_id: str, notes: list[str] | None) -> list[dict]:
    raw_calls = message.get("tool_calls")
    calls = [call for call in raw_calls if isinstance(call, dict)] if isinstance(raw_calls, list) else []
    legacy = message.get("function_call")
    if not calls and isinstance(legacy, dict):
        calls = [{"function": legacy}]
    blocks = []
    for position, call in enumerate(calls):
        function = call.get("function") if isinstance(call.get("function"), dict) else {}
        arguments, note = parse_arguments(function.get("arguments"))
        if note and notes is not None:
            notes.append(f"{function.get('name') or 'tool'}: {note}")
        blocks.append({
            "type": "tool_use",
            "id": tool_call_id(call.get("id"), message_id, position),
            "name": function.get("name") if isinstance(function.get("name"), str) else "",
            "input": arguments,
        })
    return blocks


def parse_arguments(arguments: Any) -> tuple[dict, str | None]:
    """Tool call arguments (a JSON string, or an object from lenient servers) → the tool_use input."""
    if isinstance(arguments, dict):
        return arguments, None
    if not isinstance(arguments, str):
        return {}, None
    try:
        value = orjson.loads(arguments)
    except orjson.JSONDecodeError:
        value = None
    if isinstance(value, dict):
        return value, None
    return repair_json_object(arguments)


def _first_choice(chat: dict) -> dict:
    choices = chat.get("choices")
    for choice in choices if isinstance(choices, list) else ():
        if isinstance(choice, dict) and choice.get("index") in (0, None):
            return choice
    return {}


def _count(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0
