"""The OpenAI Chat Completions request equivalent to an Anthropic Messages body, for the DIRECT baseline.

The direct call of a translation scenario sends the fake upstream what a translating gateway would send it: the
same system prompt, conversation and tool schemas in OpenAI's shape. This is written independently of the
gateway's own translator (the baseline must not depend on the code under test); it only has to carry the same
content at about the same size.
"""

from __future__ import annotations

import json
from typing import Any

from bench.gateway.replies import OPENAI_MODEL


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    parts: list[str] = []
    for block in content or []:
        if isinstance(block, dict):
            if block.get("type") == "text":
                parts.append(str(block.get("text", "")))
            elif block.get("type") == "tool_result":
                parts.append(_text_of(block.get("content")))
    return "\n".join(parts)


def _user(message: dict[str, Any]) -> list[dict[str, Any]]:
    content = message.get("content")
    if isinstance(content, str):
        return [{"role": "user", "content": content}]
    out: list[dict[str, Any]] = []
    texts: list[dict[str, Any]] = []
    for block in content or []:
        if block.get("type") == "tool_result":
            out.append({"role": "tool", "tool_call_id": block["tool_use_id"], "content": _text_of(block.get("content"))})
        elif block.get("type") == "text":
            texts.append({"type": "text", "text": block.get("text", "")})
    if texts:
        out.append({"role": "user", "content": texts})
    return out


def _assistant(message: dict[str, Any]) -> dict[str, Any]:
    content = message.get("content")
    if isinstance(content, str):
        return {"role": "assistant", "content": content}
    text = "".join(b.get("text", "") for b in content or [] if b.get("type") == "text")
    calls = [
        {"id": b["id"], "type": "function",
         "function": {"name": b["name"], "arguments": json.dumps(b.get("input", {}), separators=(",", ":"),
                                                                 ensure_ascii=False)}}
        for b in content or [] if b.get("type") == "tool_use"
    ]
    out: dict[str, Any] = {"role": "assistant", "content": text or None}
    if calls:
        out["tool_calls"] = calls
    return out


def to_openai(body: dict[str, Any], stream: bool) -> dict[str, Any]:
    messages: list[dict[str, Any]] = []
    system = body.get("system")
    if system:
        messages.append({"role": "system", "content": _text_of(system)})
    for message in body.get("messages", []):
        role = message.get("role")
        if role == "user":
            messages.extend(_user(message))
        elif role == "assistant":
            messages.append(_assistant(message))
        else:
            messages.append({"role": "system", "content": _text_of(message.get("content"))})
    out: dict[str, Any] = {"model": OPENAI_MODEL, "messages": messages}
    tools = body.get("tools") or []
    if tools:
        out["tools"] = [{"type": "function", "function": {"name": t["name"], "description": t.get("description", ""),
                                                          "parameters": t.get("input_schema", {})}} for t in tools]
    out["max_completion_tokens"] = min(int(body.get("max_tokens", 4096)), 32_768)
    if stream:
        out["stream"] = True
        out["stream_options"] = {"include_usage": True}
    return out
