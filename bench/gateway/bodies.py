"""Request bodies shaped like real Claude Code traffic.

* ``small`` (~7.7 KB): Claude Code's system prompt cut down, three of its tools (Read, Edit, Write) and a short
  conversation (a Write tool call, its result, and a new user turn), as in a recorded session.
* ``cc`` (~76 KB): byte for byte the first request Claude Code 2.1.197 sent for "say hello"
  (``data/claude_code_request.json``, from ``fixtures/claude-code/raw/01_hello_json.jsonl``): 24 tool schemas,
  the full system prompt, the mid-conversation system message.
* ``long`` (~400 KB): the ``cc`` body plus agent-loop turns (Read/Grep/Bash/Edit calls and their results,
  generated from a fixed seed) — what a long Claude Code session sends on every turn.

Each comes in Anthropic shape (what a client sends a gateway, and the direct call of a passthrough scenario)
and OpenAI shape (the direct call of a translation scenario), stream and non-stream. Serialised exactly as
Claude Code does: ``json.dumps(body, separators=(",", ":"), ensure_ascii=False)``.
"""

from __future__ import annotations

import copy
import json
from functools import cache
from pathlib import Path
from typing import Any

from bench.gateway.openai_shape import to_openai
from bench.gateway.synthetic import grow

DATA = Path(__file__).parent / "data" / "claude_code_request.json"
SIZES = ("small", "cc", "long")
SIZE_LABELS = {"small": "7.7 KB", "cc": "76 KB", "long": "400 KB"}
SMALL_TARGET = 7_700
LONG_TARGET = 400_000
SMALL_TOOLS = ("Read", "Edit", "Write")

# A recorded tool round-trip (fixtures/claude-code/raw/05a_tool_write_bypass.jsonl) and a new user turn.
_TOOL_ID = "toolu_f8c7c73f745e4714a99213bc"
_SMALL_TURNS: list[dict[str, Any]] = [
    {"role": "assistant", "content": [
        {"type": "text", "text": "I'll create the file now."},
        {"type": "tool_use", "id": _TOOL_ID, "name": "Write",
         "input": {"file_path": "/home/dev/work/hello.txt", "content": "hello from fake anthropic\n"}}]},
    {"role": "user", "content": [
        {"tool_use_id": _TOOL_ID, "type": "tool_result",
         "content": "File created successfully at: /home/dev/work/hello.txt (file state is current in your "
                    "context — no need to Read it back)"}]},
    {"role": "assistant", "content": [{"type": "text", "text": "Created `hello.txt` with a one-line greeting."}]},
    {"role": "user", "content": [{"type": "text", "text": "now write a small Python script that prints hello.txt "
                                                          "backwards, with a unit test for it",
                                  "cache_control": {"type": "ephemeral"}}]},
]


def dumps(body: dict[str, Any]) -> bytes:
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


@cache
def claude_code_body() -> dict[str, Any]:
    body: dict[str, Any] = json.loads(DATA.read_bytes())
    return body


def _small() -> dict[str, Any]:
    base = copy.deepcopy(claude_code_body())
    first_user = base["messages"][0]
    first_user["content"][-1] = {"type": "text", "text": "Create hello.txt"}
    body = dict(base)
    body["messages"] = [first_user, *copy.deepcopy(_SMALL_TURNS)]
    body["tools"] = [t for t in base["tools"] if t["name"] in SMALL_TOOLS]
    system = copy.deepcopy(base["system"])
    prompt = system[-1]["text"]
    body["system"] = system
    # Cut the long system prompt so the whole body lands on the target size.
    system[-1]["text"] = ""
    room = SMALL_TARGET - len(dumps(body))
    cut = prompt[:max(0, room)]
    while len(json.dumps(cut, ensure_ascii=False).encode()) - 2 > room:
        cut = cut[:-1]
    system[-1]["text"] = cut
    return body


def _long() -> dict[str, Any]:
    body = copy.deepcopy(claude_code_body())
    body["messages"] = grow(body["messages"], LONG_TARGET, len(dumps(body)))
    return body


@cache
def anthropic_dict(size: str) -> dict[str, Any]:
    if size == "small":
        return _small()
    if size == "cc":
        return copy.deepcopy(claude_code_body())
    if size == "long":
        return _long()
    raise ValueError(f"unknown body size {size!r} (one of {', '.join(SIZES)})")


@cache
def anthropic_bytes(size: str, stream: bool, model: str) -> bytes:
    """The Anthropic Messages body for `size`, with `model` and `stream` set (key order kept)."""
    body = dict(anthropic_dict(size))
    body["model"] = model
    body["stream"] = stream
    return dumps(body)


@cache
def openai_bytes(size: str, stream: bool) -> bytes:
    """The equivalent OpenAI Chat Completions body (what a translating gateway sends upstream)."""
    return dumps(to_openai(anthropic_dict(size), stream))


def describe() -> list[tuple[str, int, int, int]]:
    """(size, Anthropic bytes, OpenAI bytes, tool count) for the report."""
    out = []
    for size in SIZES:
        body = anthropic_dict(size)
        out.append((size, len(anthropic_bytes(size, False, "claude-opus-4-8")), len(openai_bytes(size, False)),
                    len(body.get("tools") or [])))
    return out
