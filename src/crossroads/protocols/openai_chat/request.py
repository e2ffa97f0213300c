"""Anthropic Messages request body → OpenAI Chat Completions request body.

Everything Chat Completions cannot express is dropped and named in the returned notes (the gateway logs them
at debug). Choices worth knowing:
- User text is sent as one string (blocks joined with a blank line) unless the message has images: several
  OpenAI-compatible servers (DeepSeek among them) accept only string content.
- A tool_result becomes a `tool` message, placed before the rest of its user message. Tool messages cannot
  hold images, so images from tool results follow in one user message with a label naming the tool call.
- A tool_result with `is_error: true` is prefixed with "Error: ", the model's only hint that the call failed.
- Thinking goes back in the upstream's reasoning field (DeepSeek requires it on tool-call turns); signatures
  and redacted thinking cannot be replayed anywhere but Anthropic and are dropped.
"""

from __future__ import annotations

import base64
import binascii
import copy
import hashlib
from typing import Any

import orjson

from crossroads.protocols.openai_chat.options import ChatOptions
from crossroads.protocols.schema_sanitize import sanitize_schema

BILLING_HEADER_PREFIX = "x-anthropic-billing-header:"
TOOL_ERROR_PREFIX = "Error: "
EMPTY_TOOL_RESULT = "(no output)"
MAX_STOP_SEQUENCES = 4  # OpenAI's limit; the strictest of the compatible servers
MAX_USER_LENGTH = 64

_EFFORT = {"low": "low", "medium": "medium", "high": "high", "xhigh": "high", "max": "high"}
_HANDLED = frozenset({
    "model", "messages", "system", "max_tokens", "metadata", "stop_sequences", "stream", "temperature",
    "top_p", "tools", "tool_choice", "output_config",
})
_DROP_REASONS = {
    "thinking": "dropped thinking config: Anthropic-only, the upstream model decides its own reasoning",
    "context_management": "dropped context_management: Anthropic-only",
    "top_k": "dropped top_k: Chat Completions has no top_k",
    "service_tier": "dropped service_tier: Anthropic-only",
    "container": "dropped container: Anthropic-only",
    "mcp_servers": "dropped mcp_servers: Anthropic's MCP connector runs only on Anthropic",
}
_CACHE_NOTE = "removed cache_control: OpenAI-compatible upstreams cache prompt prefixes on their own"


class _Notes:
    """Human-readable notes about dropped fields, each said once."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, note: str) -> None:
        if note not in self.items:
            self.items.append(note)

    def check_cache_control(self, block: dict) -> None:
        if "cache_control" in block:
            self.add(_CACHE_NOTE)


def to_chat_request(body: dict, options: ChatOptions) -> tuple[dict, list[str]]:
    """The Chat Completions body for an Anthropic request body, and notes on what was dropped."""
    notes = _Notes()
    messages = _system_messages(body.get("system"), notes)
    for message in _list(body.get("messages")):
        if isinstance(message, dict):
            messages.extend(_message(message, options, notes))
    chat: dict[str, Any] = {"model": options.model, "messages": messages}
    _copy_max_tokens(body, chat, options)
    _copy_sampling(body, chat, notes)
    _copy_tools(body, chat, options, notes)
    _copy_output_config(body, chat, options, notes)
    _copy_user(body, chat, options, notes)
    if body.get("stream") is True:
        chat["stream"] = True
        if options.stream_usage:
            chat["stream_options"] = {"include_usage": True}
    for key in body:
        if key not in _HANDLED:
            notes.add(_DROP_REASONS.get(key, f"dropped {key}: unknown to Chat Completions"))
    return chat, notes.items


# --- messages ---------------------------------------------------------------------------------------------


def _system_messages(system: Any, notes: _Notes) -> list[dict]:
    text = _plain_text(system, notes)
    return [{"role": "system", "content": text}] if text else []


def _plain_text(content: Any, notes: _Notes) -> str:
    """System content (a string or text blocks) as one string, without Claude Code's billing header block
    (billing metadata for Anthropic, not instructions)."""
    if isinstance(content, str):
        return content
    texts = []
    for block in _list(content):
        if not isinstance(block, dict):
            continue
        notes.check_cache_control(block)
        text = block.get("text")
        if block.get("type") != "text" or not isinstance(text, str):
            notes.add(f"dropped a {block.get('type')} block from a system prompt")
        elif text and not text.startswith(BILLING_HEADER_PREFIX):
            texts.append(text)
    return "\n\n".join(texts)


def _message(message: dict, options: ChatOptions, notes: _Notes) -> list[dict]:
    role = message.get("role")
    content = message.get("content")
    if role == "user":
        return _user_messages(content, notes)
    if role == "assistant":
        return _assistant_messages(content, options, notes)
    if role == "system":  # Claude Code's mid-conversation system messages keep their position
        text = _plain_text(content, notes)
        return [{"role": "system", "content": text}] if text else []
    notes.add(f"dropped a message with role {role!r}")
    return []


def _user_messages(content: Any, notes: _Notes) -> list[dict]:
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    out: list[dict] = []
    attached: list[dict] = []
    parts: list[dict] = []
    for block in _list(content):
        if not isinstance(block, dict):
            continue
        notes.check_cache_control(block)
        if block.get("type") == "tool_result":
            tool_message, images = _tool_result(block, notes)
            out.append(tool_message)
            attached.extend(images)
        else:
            part = _user_part(block, notes)
            if part is not None:
                parts.append(part)
    if attached or parts:
        out.append({"role": "user", "content": _compact(attached + parts)})
    return out


def _compact(parts: list[dict]) -> str | list[dict]:
    if all(part["type"] == "text" for part in parts):
        return "\n\n".join(part["text"] for part in parts)
    return parts


def _user_part(block: dict, notes: _Notes) -> dict | None:
    kind = block.get("type")
    if kind == "image":
        url = _image_url(block.get("source"), notes)
        return {"type": "image_url", "image_url": {"url": url}} if url else None
    if kind == "document":
        return _text_part(_document_text(block, notes))
    if kind == "search_result":
        return _text_part(_search_result_text(block))
    text = block.get("text")
    if not isinstance(text, str):
        notes.add(f"dropped a {kind} block from a user message: no Chat Completions equivalent")
        return None
    if kind != "text":
        notes.add(f"sent a {kind} block as plain text")
    return {"type": "text", "text": text}


def _text_part(text: str | None) -> dict | None:
    return {"type": "text", "text": text} if text is not None else None


def _image_url(source: Any, notes: _Notes) -> str | None:
    if not isinstance(source, dict):
        return None
    kind = source.get("type")
    if kind == "base64" and isinstance(source.get("data"), str):
        return f"data:{source.get('media_type') or 'image/png'};base64,{source['data']}"
    if kind == "url" and isinstance(source.get("url"), str):
        return source["url"]
    notes.add(f"dropped an image with a {kind} source")
    return None


def _document_text(block: dict, notes: _Notes) -> str | None:
    """A document's text where it is text; PDFs and file references have no portable Chat equivalent."""
    source = block.get("source") if isinstance(block.get("source"), dict) else {}
    kind = source.get("type")
    media_type = str(source.get("media_type") or "")
    text: str | None = None
    if kind == "text" and isinstance(source.get("data"), str):
        text = source["data"]
    elif kind == "content":
        inner = source.get("content")
        text = inner if isinstance(inner, str) else _texts_of(inner)
    elif kind == "base64" and media_type.startswith("text/"):
        text = _decode_text(source.get("data"))
    if text is None:
        notes.add(f"dropped a document ({media_type or kind}): only text documents can be sent")
        return None
    title = block.get("title")
    return f"{title}\n\n{text}" if isinstance(title, str) and title else text


def _decode_text(data: Any) -> str | None:
    try:
        return base64.b64decode(data, validate=False).decode("utf-8", "replace") if isinstance(data, str) else None
    except (binascii.Error, ValueError):
        return None


def _search_result_text(block: dict) -> str:
    header = " — ".join(str(block[key]) for key in ("title", "source") if block.get(key))
    body = _texts_of(block.get("content"))
    return f"{header}\n{body}" if header else body


def _texts_of(blocks: Any) -> str:
    return "\n".join(
        block["text"] for block in _list(blocks)
        if isinstance(block, dict) and block.get("type") == "text" and isinstance(block.get("text"), str)
    )


def _tool_result(block: dict, notes: _Notes) -> tuple[dict, list[dict]]:
    """The `tool` message for a tool_result, and the image parts (with a label) that must follow it."""
    tool_use_id = str(block.get("tool_use_id") or "")
    content = block.get("content")
    texts: list[str] = [content] if isinstance(content, str) else []
    images: list[dict] = []
    for item in _list(content):
        if not isinstance(item, dict):
            continue
        notes.check_cache_control(item)
        part = _user_part(item, notes)
        if part is None:
            continue
        if part["type"] == "text":
            texts.append(part["text"])
        else:
            images.append(part)
    text = "\n".join(text for text in texts if text)
    if block.get("is_error") is True and not text.startswith(TOOL_ERROR_PREFIX):
        text = TOOL_ERROR_PREFIX + text
    if not text:
        text = "(the tool returned images; they follow)" if images else EMPTY_TOOL_RESULT
    if images:
        images.insert(0, {"type": "text", "text": f"Images returned by tool call {tool_use_id}:"})
    return {"role": "tool", "tool_call_id": tool_use_id, "content": text}, images


def _assistant_messages(content: Any, options: ChatOptions, notes: _Notes) -> list[dict]:
    if isinstance(content, str):
        return [{"role": "assistant", "content": content}]
    texts: list[str] = []
    calls: list[dict] = []
    reasoning: list[str] = []
    for block in _list(content):
        if not isinstance(block, dict):
            continue
        notes.check_cache_control(block)
        kind = block.get("type")
        if kind == "text" and isinstance(block.get("text"), str):
            texts.append(block["text"])
        elif kind == "tool_use":
            calls.append(_tool_call(block))
        elif kind == "thinking" and options.reasoning_field:
            reasoning.append(str(block.get("thinking") or ""))
        elif kind == "thinking":
            notes.add("dropped thinking blocks: the upstream takes no reasoning back")
        elif kind == "redacted_thinking":
            notes.add("dropped redacted_thinking blocks: encrypted for Anthropic only")
        else:
            notes.add(f"dropped a {kind} block from an assistant message: no Chat Completions equivalent")
    return _assistant_message(texts, calls, "\n\n".join(r for r in reasoning if r), options, notes)


def _assistant_message(
    texts: list[str], calls: list[dict], reasoning: str, options: ChatOptions, notes: _Notes
) -> list[dict]:
    text = "\n\n".join(text for text in texts if text)
    if not (text or calls or reasoning):
        notes.add("dropped an empty assistant message")
        return []
    # OpenAI wants content null (not "") beside tool calls.
    message: dict[str, Any] = {"role": "assistant", "content": text or (None if calls else "")}
    if calls:
        message["tool_calls"] = calls
    if reasoning and options.reasoning_field:
        message[options.reasoning_field] = reasoning
    return [message]


def _tool_call(block: dict) -> dict:
    arguments = block.get("input")
    if not isinstance(arguments, str):
        arguments = orjson.dumps(arguments if arguments is not None else {}).decode()
    return {
        "id": str(block.get("id") or ""),
        "type": "function",
        "function": {"name": str(block.get("name") or ""), "arguments": arguments},
    }


# --- parameters --------------------------------------------------------------------------------------------


def _copy_max_tokens(body: dict, chat: dict, options: ChatOptions) -> None:
    value = body.get("max_tokens")
    if not isinstance(value, int) or isinstance(value, bool):
        return
    if options.max_output_tokens:
        value = min(value, options.max_output_tokens)
    chat[options.max_tokens_field] = value


def _copy_sampling(body: dict, chat: dict, notes: _Notes) -> None:
    for key in ("temperature", "top_p"):
        if body.get(key) is not None:
            chat[key] = body[key]
    stops = body.get("stop_sequences")
    if isinstance(stops, list) and stops:
        chat["stop"] = stops[:MAX_STOP_SEQUENCES]
        if len(stops) > MAX_STOP_SEQUENCES:
            notes.add(f"kept the first {MAX_STOP_SEQUENCES} stop_sequences (the Chat Completions limit)")


def _copy_tools(body: dict, chat: dict, options: ChatOptions, notes: _Notes) -> None:
    tools, tool_notes = _translated_tools(_list(body.get("tools")), options.schema_dialect)
    for note in tool_notes:
        notes.add(note)
    choice = body.get("tool_choice")
    if not tools:
        if choice is not None:
            notes.add("dropped tool_choice: there are no tools to choose from")
        return
    chat["tools"] = tools
    mapped = _tool_choice(choice, notes)
    if mapped is not None:
        chat["tool_choice"] = mapped
    if isinstance(choice, dict) and choice.get("disable_parallel_tool_use") is True:
        chat["parallel_tool_calls"] = False


# Claude Code sends the same ~24 tools (~60 KB) on every turn, and a few other lists for its subagents. The last
# few translations are kept and reused when the incoming list is equal (a C-level comparison, no serialising):
# no deep copy, schema walk or allocation per request. Results are shared, so nothing mutates them afterwards.
# (Python equality treats 1, 1.0 and true alike; two lists differing only so would share a translation.)
_RECENT_TOOLS: list[tuple[str, list, list[dict], list[str]]] = []
_RECENT_TOOLS_LIMIT = 8


def _translated_tools(tools_in: list, dialect: str) -> tuple[list[dict], list[str]]:
    if not tools_in:
        return [], []
    for index, (cached_dialect, cached_in, tools, notes) in enumerate(_RECENT_TOOLS):
        if cached_dialect == dialect and len(cached_in) == len(tools_in) and cached_in == tools_in:
            if index:
                _RECENT_TOOLS.insert(0, _RECENT_TOOLS.pop(index))
            return tools, notes
    tools, notes = _translate_tools(tools_in, dialect)
    # The incoming list belongs to this request's parsed body; keep a private copy to compare against.
    _RECENT_TOOLS.insert(0, (dialect, copy.deepcopy(tools_in), tools, notes))
    del _RECENT_TOOLS[_RECENT_TOOLS_LIMIT:]
    return tools, notes


def _translate_tools(tools_in: list, dialect: str) -> tuple[list[dict], list[str]]:
    notes = _Notes()
    tools = []
    for tool in tools_in:
        if not isinstance(tool, dict):
            continue
        notes.check_cache_control(tool)
        kind = tool.get("type")
        if kind not in (None, "custom"):
            notes.add(f"dropped server tool {tool.get('name') or kind} ({kind}): it runs only on Anthropic")
            continue
        tools.append(_function_tool(tool, dialect))
    return tools, notes.items


def _function_tool(tool: dict, dialect: str) -> dict:
    function: dict[str, Any] = {"name": str(tool.get("name") or "")}
    if isinstance(tool.get("description"), str) and tool["description"]:
        function["description"] = tool["description"]
    schema = tool.get("input_schema")
    parameters = sanitize_schema(schema if isinstance(schema, dict) else {"type": "object"}, dialect)
    # Gemini has rejected object schemas without properties; a tool without parameters may omit them.
    if dialect != "gemini" or parameters.get("properties") or parameters.get("type") != "object":
        function["parameters"] = parameters
    return {"type": "function", "function": function}


def _tool_choice(choice: Any, notes: _Notes) -> str | dict | None:
    if not isinstance(choice, dict):
        return None
    kind = choice.get("type")
    if kind in ("auto", "none"):
        return kind
    if kind == "any":
        return "required"
    if kind == "tool" and isinstance(choice.get("name"), str):
        return {"type": "function", "function": {"name": choice["name"]}}
    notes.add(f"dropped tool_choice {kind!r}")
    return None


def _copy_output_config(body: dict, chat: dict, options: ChatOptions, notes: _Notes) -> None:
    config = body.get("output_config")
    if not isinstance(config, dict):
        return
    # Effort means something only to OpenAI-style reasoning models (the max_completion_tokens family).
    reasoning_model = options.max_tokens_field == "max_completion_tokens"
    for key, value in config.items():
        effort = _EFFORT.get(value) if key == "effort" and reasoning_model and isinstance(value, str) else None
        if effort:
            chat["reasoning_effort"] = effort
        else:
            notes.add(f"dropped output_config.{key}: Anthropic-only")


def _copy_user(body: dict, chat: dict, options: ChatOptions, notes: _Notes) -> None:
    metadata = body.get("metadata")
    if not isinstance(metadata, dict):
        return
    for key in metadata:
        if key != "user_id":
            notes.add(f"dropped metadata.{key}")
    user_id = metadata.get("user_id")
    if options.send_user and isinstance(user_id, str) and user_id:
        chat["user"] = short_user_id(user_id)


def _list(value: Any) -> list:
    return value if isinstance(value, list) else []


def short_user_id(user_id: str) -> str:
    """A stable `user` of at most 64 characters: Claude Code's user_id is a JSON string
    (`{"device_id":...,"session_id":...}`), so its session id is used, else a hash of the whole value."""
    try:
        parsed = orjson.loads(user_id)
    except orjson.JSONDecodeError:
        parsed = None
    session = parsed.get("session_id") if isinstance(parsed, dict) else None
    if isinstance(session, str) and 0 < len(session) <= MAX_USER_LENGTH:
        return session
    if not isinstance(parsed, dict) and len(user_id) <= MAX_USER_LENGTH:
        return user_id
    return hashlib.sha256(user_id.encode()).hexdigest()[:32]
