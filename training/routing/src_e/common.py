"""Shared helpers for corpus_e: message/block constructors only.

Every example in the cat_*.py files is written out by hand; these helpers just build
the Anthropic Messages API shapes (text blocks, Claude Code system reminders, IDE
context blocks, tool_use / tool_result pairs) so the examples stay readable.
"""
from __future__ import annotations

import hashlib

REGISTRY: list[tuple[str, list[dict]]] = []

_ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_counter = [0]


def _tool_id() -> str:
    _counter[0] += 1
    n = int(hashlib.sha256(f"corpus-e-tool-{_counter[0]}".encode()).hexdigest(), 16)
    out = []
    for _ in range(22):
        n, r = divmod(n, 62)
        out.append(_ALPHABET[r])
    return "toolu_01" + "".join(out)


# ---------------------------------------------------------------- text blocks

def T(text: str) -> dict:
    return {"type": "text", "text": text}


def REM(date: str = "2026-11-26") -> dict:
    return T(
        "<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
        f"# currentDate\nToday's date is {date}.\n\n"
        "      IMPORTANT: this context may or may not be relevant to your tasks. "
        "You should not respond to this context unless it is highly relevant to your task.\n"
        "</system-reminder>"
    )


def REM_MD(path: str, body: str, date: str = "2026-11-26") -> dict:
    """System reminder carrying a CLAUDE.md file plus the date."""
    return T(
        "<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
        "# claudeMd\nCodebase and user instructions are shown below. Be sure to adhere to these instructions. "
        "IMPORTANT: These instructions OVERRIDE any default behavior and you MUST follow them exactly as written.\n\n"
        f"Contents of {path} (project instructions, checked into the codebase):\n\n{body}\n"
        f"# currentDate\nToday's date is {date}.\n\n"
        "      IMPORTANT: this context may or may not be relevant to your tasks. "
        "You should not respond to this context unless it is highly relevant to your task.\n"
        "</system-reminder>"
    )


def REM_TODO() -> dict:
    return T(
        "<system-reminder>\nThis is a reminder that your todo list is currently empty. DO NOT mention this to the "
        "user explicitly because they are already aware. If you are working on tasks that would benefit from a "
        "todo list please use the TodoWrite tool to create one. If not, please feel free to ignore. Again do not "
        "mention this message to the user.\n</system-reminder>"
    )


def OPEN(path: str) -> dict:
    return T(
        f"<ide_opened_file>The user opened the file {path} in the IDE. "
        "This may or may not be related to the current task.</ide_opened_file>"
    )


def SEL(path: str, start: int, end: int, code: str) -> dict:
    return T(
        f"<ide_selection>The user selected the lines {start} to {end} from {path}:\n{code}\n\n"
        "This may or may not be related to the current task.</ide_selection>"
    )


# ---------------------------------------------------------------- messages

def _blocks(parts) -> list[dict]:
    return [T(p) if isinstance(p, str) else p for p in parts]


def U(*parts) -> dict:
    """User message: a single plain string stays a string, anything else becomes a block list."""
    if len(parts) == 1 and isinstance(parts[0], str):
        return {"role": "user", "content": parts[0]}
    return {"role": "user", "content": _blocks(parts)}


def UB(*parts) -> dict:
    """User message always as a block list (Claude Code shape), even for one text."""
    return {"role": "user", "content": _blocks(parts)}


def A(*parts) -> dict:
    if len(parts) == 1 and isinstance(parts[0], str):
        return {"role": "assistant", "content": parts[0]}
    return {"role": "assistant", "content": _blocks(parts)}


def numbered(code: str, start: int = 1) -> str:
    """Format file text the way Claude Code's Read tool returns it (cat -n style)."""
    lines = code.split("\n")
    return "\n".join(f"{i:>6}\t{line}" for i, line in enumerate(lines, start))


# tool call tuples: (name, input, result, is_error)

def read(path: str, code: str, start: int = 1, err: bool = False):
    return ("Read", {"file_path": path}, code if err else numbered(code, start), err)


def bash(cmd: str, out: str, desc: str | None = None, err: bool = False):
    inp = {"command": cmd}
    if desc:
        inp["description"] = desc
    return ("Bash", inp, out, err)


def grep(pattern: str, out: str, path: str | None = None, mode: str | None = None):
    inp = {"pattern": pattern}
    if path:
        inp["path"] = path
    if mode:
        inp["output_mode"] = mode
    return ("Grep", inp, out, False)


def glob(pattern: str, out: str):
    return ("Glob", {"pattern": pattern}, out, False)


def edit(path: str, old: str, new: str, err: bool = False, out: str | None = None):
    res = out or (f"The file {path} has been updated. Here's the result of running `cat -n` on a snippet of the edited file:\n"
                  + numbered(new, 1))
    return ("Edit", {"file_path": path, "old_string": old, "new_string": new}, res, err)


def write(path: str, content: str):
    return ("Write", {"file_path": path, "content": content}, f"File created successfully at: {path}", False)


def step(text: str | None, *calls, then=None) -> list[dict]:
    """One assistant turn with tool calls, then the user turn carrying the tool results.

    `then` (str or list of str/blocks) appends the user's own text after the results, the shape
    Claude Code produces when the user types while tools were running.
    """
    a_blocks = [T(text)] if text else []
    u_blocks = []
    for name, inp, result, is_err in calls:
        tid = _tool_id()
        a_blocks.append({"type": "tool_use", "id": tid, "name": name, "input": inp})
        r = {"type": "tool_result", "tool_use_id": tid, "content": result}
        if is_err:
            r["is_error"] = True
        u_blocks.append(r)
    if then is not None:
        u_blocks.extend(_blocks(then if isinstance(then, list) else [then]))
    return [{"role": "assistant", "content": a_blocks}, {"role": "user", "content": u_blocks}]


def ex(category: str, *msgs) -> None:
    flat: list[dict] = []
    for m in msgs:
        if isinstance(m, list):
            flat.extend(m)
        else:
            flat.append(m)
    REGISTRY.append((category, flat))
