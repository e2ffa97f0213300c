"""Small builders for Anthropic Messages API shapes used by the corpus_d examples.

Only the *shapes* are shared here; every request's wording is written by hand in the cat_*.py files.
"""
from __future__ import annotations

import hashlib
import json

_B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"


def _tool_id(name: str, inp: dict, salt: str) -> str:
    h = hashlib.sha256((name + json.dumps(inp, sort_keys=True, ensure_ascii=False) + salt).encode()).digest()
    return "toolu_01" + "".join(_B32[b % len(_B32)] for b in h[:22])


def reminder(date: str = "2026-11-26") -> str:
    return ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            f"# currentDate\nToday's date is {date}.\n\n"
            "      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>")


def reminder_md(claude_md: str, date: str = "2026-11-26") -> str:
    return ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            "# claudeMd\nCodebase and user instructions are shown below. Be sure to adhere to these instructions.\n\n"
            f"Contents of /repo/CLAUDE.md (project instructions, checked into the codebase):\n\n{claude_md}\n"
            f"# currentDate\nToday's date is {date}.\n\n"
            "      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>")


TODO_EMPTY = ("<system-reminder>\nThis is a reminder that your todo list is currently empty. DO NOT mention this to "
              "the user explicitly because they have not yet requested a todo list. If you are working on tasks that "
              "would benefit from a todo list please use the TodoWrite tool to create one.\n</system-reminder>")


def opened(path: str) -> str:
    return (f"<ide_opened_file>The user opened the file {path} in the IDE. "
            "This may or may not be related to the current task.</ide_opened_file>")


def selection(path: str, start: int, end: int, code: str) -> str:
    return (f"<ide_selection>The user selected the lines {start} to {end} from {path}:\n{code}\n\n"
            "This may or may not be related to the current task.</ide_selection>")


def text(t: str) -> dict:
    return {"type": "text", "text": t}


def use(name: str, salt: str = "", **inp) -> dict:
    return {"type": "tool_use", "id": _tool_id(name, inp, salt), "name": name, "input": inp}


def result(tool_block: dict, content: str, error: bool = False) -> dict:
    b = {"type": "tool_result", "tool_use_id": tool_block["id"], "content": content}
    if error:
        b["is_error"] = True
    return b


def U(*parts) -> dict:
    """User message. One plain string -> string content; otherwise a list of blocks (strings become text blocks)."""
    if len(parts) == 1 and isinstance(parts[0], str):
        return {"role": "user", "content": parts[0]}
    return {"role": "user", "content": [text(p) if isinstance(p, str) else p for p in parts]}


def A(*parts) -> dict:
    if len(parts) == 1 and isinstance(parts[0], str):
        return {"role": "assistant", "content": parts[0]}
    return {"role": "assistant", "content": [text(p) if isinstance(p, str) else p for p in parts]}


def ex(category: str, *messages: dict) -> dict:
    return {"kind": "request", "category": category, "messages": list(messages)}
