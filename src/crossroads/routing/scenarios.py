"""Scenario rules: request traits that send a request to a named model, off unless configured.

Each check is cheap (no tokenisation): it looks at fields Claude Code sets, never the whole body text.
"""

from __future__ import annotations

from typing import Any

from crossroads.config.schema import Scenarios

SUBAGENT_PREAMBLE = "You are an agent for Claude Code"
BYTES_PER_TOKEN = 4  # a coarse, cheap size estimate; long-context thresholds are coarse by nature


def _system_texts(body: dict[str, Any]) -> list[str]:
    system = body.get("system")
    if isinstance(system, str):
        return [system]
    if isinstance(system, list):
        return [str(b.get("text") or "") for b in system if isinstance(b, dict)]
    return []


def is_subagent(body: dict[str, Any]) -> bool:
    """Claude Code's Agent/Task tool runs subagents whose system prompt opens with this preamble."""
    return any(text.startswith(SUBAGENT_PREAMBLE) for text in _system_texts(body))


def wants_thinking(body: dict[str, Any]) -> bool:
    thinking = body.get("thinking")
    return isinstance(thinking, dict) and thinking.get("type") in ("enabled", "adaptive")


def has_web_search_tool(body: dict[str, Any]) -> bool:
    tools = body.get("tools") or []
    return any(isinstance(t, dict) and str(t.get("type") or "").startswith("web_search") for t in tools)


def _has_image(blocks: Any) -> bool:
    if not isinstance(blocks, list):
        return False
    for block in blocks:
        if not isinstance(block, dict):
            continue
        if block.get("type") == "image":
            return True
        if block.get("type") == "tool_result" and _has_image(block.get("content")):
            return True
    return False


def latest_user_has_image(body: dict[str, Any]) -> bool:
    """Images in the newest user message, tool results included (a screenshot read by a tool counts)."""
    for message in reversed(body.get("messages") or []):
        if isinstance(message, dict) and message.get("role") == "user":
            return _has_image(message.get("content"))
    return False


def match_scenario(body: dict[str, Any], body_size: int, rules: Scenarios) -> tuple[str, str] | None:
    """(rule name, model) for the first rule that applies, in a fixed order; None when none does."""
    if rules.long_context and body_size / BYTES_PER_TOKEN > rules.long_context_threshold:
        return "long_context", rules.long_context
    if rules.subagent and is_subagent(body):
        return "subagent", rules.subagent
    if rules.images and latest_user_has_image(body):
        return "images", rules.images
    if rules.web_search and has_web_search_tool(body):
        return "web_search", rules.web_search
    if rules.thinking and wants_thinking(body):
        return "thinking", rules.thinking
    return None
