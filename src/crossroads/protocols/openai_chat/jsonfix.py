"""Best-effort repair of tool-call arguments that are not a valid JSON object.

OpenAI-compatible models sometimes emit arguments wrapped in code fences, with trailing commas, encoded twice,
with junk around the object, or cut off by max_tokens. Anthropic's `tool_use.input` must be an object, so each
repair is tried in turn and the first candidate that parses to an object wins. Nothing is dropped silently: when
no repair works the raw text is kept under `_raw_arguments`, and every repair returns a note saying what it did.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

RAW_ARGUMENTS_KEY = "_raw_arguments"

_DECODER = json.JSONDecoder()


def repair_json_object(text: str) -> tuple[dict[str, Any], str | None]:
    """The object `text` encodes and None, or a repaired object and a note describing the repair."""
    stripped = text.strip()
    if not stripped or stripped == "null":
        # Models send "" (some "null") for a tool without parameters: an empty input, not an error.
        return {}, None
    parsed = _loads(stripped)
    if isinstance(parsed, dict):
        return parsed, None
    for how, candidate in _candidates(stripped, parsed):
        value = _loads(candidate)
        if isinstance(value, dict) and (value or _is_empty_object(candidate)):
            return value, f"repaired tool arguments ({how})"
    return {RAW_ARGUMENTS_KEY: text}, "tool arguments are not valid JSON; kept as _raw_arguments"


def _candidates(text: str, parsed: Any) -> Iterator[tuple[str, str]]:
    if isinstance(parsed, str):
        yield "decoded a JSON string holding the object", parsed.strip()
    unfenced = _strip_code_fence(text)
    if unfenced != text:
        yield "removed a markdown code fence", unfenced
    start = unfenced.find("{")
    if start < 0:
        return
    body = unfenced[start:]
    first = _first_object(body)
    if first is not None and first != body.rstrip():
        yield "took the first complete object", first
    without_commas = _drop_trailing_commas(body)
    if without_commas != body:
        yield "removed trailing commas", without_commas
    for closed in _close_truncated(without_commas):
        yield "kept the complete members of a truncated object", closed


def _loads(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError:
        return None


def _is_empty_object(text: str) -> bool:
    return text.replace(" ", "").replace("\n", "") == "{}"


def _strip_code_fence(text: str) -> str:
    if not text.startswith("```"):
        return text
    first_newline = text.find("\n")
    if first_newline < 0:
        return text
    inner = text[first_newline + 1 :]
    end = inner.rfind("```")
    return (inner[:end] if end >= 0 else inner).strip()


def _first_object(text: str) -> str | None:
    """The first complete JSON value at the start of `text` (drops trailing junk or a repeated object)."""
    try:
        _, end = _DECODER.raw_decode(text)
    except ValueError:
        return None
    return text[:end]


def _drop_trailing_commas(text: str) -> str:
    """Remove commas directly before `}` or `]`, outside strings."""
    drop = {
        position
        for position, char in _outside_strings(text)
        if char == "," and text[position + 1 :].lstrip()[:1] in ("}", "]")
    }
    return "".join(char for position, char in enumerate(text) if position not in drop) if drop else text


def _close_truncated(text: str) -> Iterator[str]:
    """Candidates for an object cut off (by max_tokens) before its closing brace.

    A value that was still being written is never completed: closing an open string would turn half a file
    into a plausible `content` argument. Only whole top-level members survive, so a missing required argument
    fails the tool's own validation, which the model sees and can retry.
    """
    depth = 0
    cuts: list[int] = []
    state = _ScanState()
    for position, char in _outside_strings(text, state):
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        elif char == "," and depth == 1:
            cuts.append(position)
    if depth <= 0 and not state.in_string:
        return
    if depth == 1 and not state.in_string and text.rstrip()[-1:] in ('"', "}", "]"):
        yield text + "}"
    if cuts:
        yield text[: cuts[-1]] + "}"


class _ScanState:
    """Where a scan stopped: inside a string, and right after a backslash in it."""

    __slots__ = ("escaped", "in_string")

    def __init__(self) -> None:
        self.in_string = False
        self.escaped = False


def _outside_strings(text: str, state: _ScanState | None = None) -> Iterator[tuple[int, str]]:
    """(position, character) for every character outside JSON strings (the quotes themselves excluded)."""
    state = state or _ScanState()
    for position, char in enumerate(text):
        if state.in_string:
            if state.escaped:
                state.escaped = False
            elif char == "\\":
                state.escaped = True
            elif char == '"':
                state.in_string = False
        elif char == '"':
            state.in_string = True
        else:
            yield position, char
