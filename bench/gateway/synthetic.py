"""Deterministic, realistic-looking agent-loop turns to grow a Claude Code body into a long conversation.

Each appended exchange is what Claude Code sends after a tool ran: an assistant message (a sentence plus one
`tool_use`: Read, Grep, Bash or Edit) and a user message carrying the matching `tool_result` (file contents
with line numbers, grep hits, command output). The text is generated from a fixed seed, so the body is
byte-identical on every machine and every run.
"""

from __future__ import annotations

import json
import random
from typing import Any

_NOUNS = ("session", "route", "config", "request", "stream", "token", "buffer", "cache", "worker", "policy",
          "decision", "provider", "schema", "record", "channel", "budget", "header", "payload", "event", "store")
_VERBS = ("load", "parse", "resolve", "emit", "flush", "route", "apply", "render", "check", "merge", "build",
          "encode", "decode", "select", "collect", "update")
_WORDS = ("the", "a", "when", "each", "every", "one", "its", "this", "that", "before", "after", "until",
          "value", "result", "caller", "field", "list", "name", "limit", "error", "default", "entry", "state")


def _ident(rng: random.Random) -> str:
    return f"{rng.choice(_VERBS)}_{rng.choice(_NOUNS)}"


def _sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(_WORDS + _NOUNS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def source_file(rng: random.Random, functions: int) -> str:
    """A plausible Python module, numbered the way Claude Code's Read tool returns files."""
    lines = [f'"""{_sentence(rng, 12)}"""', "", "from __future__ import annotations", "",
             "import asyncio", "import logging", "from typing import Any", "",
             f"log = logging.getLogger({_ident(rng)!r})", ""]
    for _ in range(functions):
        name = _ident(rng)
        arg_a, arg_b = rng.choice(_NOUNS), rng.choice(_NOUNS) + "s"
        lines += ["", f"def {name}({arg_a}: dict[str, Any], {arg_b}: list[str] | None = None) -> bool:",
                  f'    """{_sentence(rng, rng.randint(8, 18))}"""']
        for _ in range(rng.randint(4, 10)):
            var = rng.choice(_NOUNS)
            kind = rng.randint(0, 3)
            if kind == 0:
                lines.append(f"    {var} = {arg_a}.get({rng.choice(_NOUNS)!r}) or {rng.randint(0, 999)}")
            elif kind == 1:
                lines.append(f"    if {arg_b} and {var!r} in {arg_b}:")
                lines.append(f"        log.debug({_sentence(rng, 6)!r}, {arg_a})")
            elif kind == 2:
                lines.append(f"    for item in {arg_b} or []:")
                lines.append(f"        {arg_a}[item] = {_ident(rng)}(item)")
            else:
                lines.append(f"    # {_sentence(rng, rng.randint(6, 14))}")
        lines.append(f"    return bool({arg_a})")
    width = len(str(len(lines)))
    return "\n".join(f"{i + 1:>{width}}\t{line}" for i, line in enumerate(lines))


def _grep_output(rng: random.Random, hits: int) -> str:
    out = []
    for _ in range(hits):
        path = f"src/app/{rng.choice(_NOUNS)}/{rng.choice(_NOUNS)}.py"
        out.append(f"{path}:{rng.randint(1, 400)}:    {_ident(rng)}({rng.choice(_NOUNS)}, {rng.choice(_NOUNS)}s)")
    return "\n".join(out)


def _pytest_output(rng: random.Random, tests: int) -> str:
    out = ["============================= test session starts ==============================",
           "platform linux -- Python 3.11.7, pytest-8.3.3, pluggy-1.5.0", f"collected {tests} items", ""]
    for i in range(tests):
        mark = "F" if rng.random() < 0.05 else "."
        out.append(f"tests/unit/test_{rng.choice(_NOUNS)}_{i}.py {mark * rng.randint(3, 30)}")
    out.append(f"========================= {tests} passed in {rng.uniform(0.5, 9):.2f}s =========================")
    return "\n".join(out)


def exchange(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """One assistant tool call and the user message with its result."""
    tool_id = f"toolu_{rng.getrandbits(96):024x}"
    path = f"/home/dev/work/src/app/{rng.choice(_NOUNS)}/{_ident(rng)}.py"
    kind = n % 5
    if kind in (0, 3):
        call = {"name": "Read", "input": {"file_path": path}}
        result = source_file(rng, rng.randint(10, 22))
        intro = f"Let me read {path.rsplit('/', 1)[1]} to see how {_ident(rng)} is wired."
    elif kind == 1:
        pattern = _ident(rng)
        call = {"name": "Grep", "input": {"pattern": pattern, "path": "/home/dev/work/src", "output_mode": "content",
                                          "-n": True}}
        result = _grep_output(rng, rng.randint(8, 30))
        intro = f"I'll search for every caller of `{pattern}`."
    elif kind == 2:
        call = {"name": "Bash", "input": {"command": "python -m pytest -q tests/unit", "description": "Run the unit tests"}}
        result = _pytest_output(rng, rng.randint(20, 60))
        intro = "Now let me run the unit tests to check nothing else broke."
    else:
        old = f"    return bool({rng.choice(_NOUNS)})"
        call = {"name": "Edit", "input": {"file_path": path, "old_string": old,
                                          "new_string": old + f"  # {_sentence(rng, 6)}", "replace_all": False}}
        result = f"The file {path} has been updated. Here's the result of running `cat -n` on a snippet:\n" + \
                 source_file(rng, 2)
        intro = f"{_sentence(rng, 10)} I'll make that change now."
    assistant = {"role": "assistant", "content": [
        {"type": "text", "text": intro},
        {"type": "tool_use", "id": tool_id, **call},
    ]}
    user = {"role": "user", "content": [{"tool_use_id": tool_id, "type": "tool_result", "content": result}]}
    return [assistant, user]


def grow(messages: list[dict[str, Any]], target_bytes: int, current_bytes: int, seed: int = 7) -> list[dict[str, Any]]:
    """`messages` plus agent-loop exchanges until the serialised body reaches about `target_bytes`."""
    rng = random.Random(seed)
    out = list(messages)
    size = current_bytes
    n = 0
    while size < target_bytes:
        pair = exchange(rng, n)
        size += len(json.dumps(pair, separators=(",", ":"), ensure_ascii=False).encode()) - 1
        out.extend(pair)
        n += 1
    # The last turn's result lands in a cache breakpoint, as Claude Code marks it.
    out[-1]["content"][-1]["cache_control"] = {"type": "ephemeral"}
    return out
