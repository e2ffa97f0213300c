import zlib
"""Shared tiny helpers for corpus_i. Every example content is written by hand in the cat_*.py files."""

REMINDER = (
    "<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
    "# currentDate\nToday's date is {date}.\n\n"
    "      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>"
)


def rem(date="2026-11-26"):
    return {"type": "text", "text": REMINDER.format(date=date)}


def t(text):
    return {"type": "text", "text": text}


def opened(path):
    return t(f"<ide_opened_file>The user opened the file {path} in the IDE. "
             "This may or may not be related to the current task.</ide_opened_file>")


def sel(path, a, b, code):
    return t(f"<ide_selection>The user selected the lines {a} to {b} from {path}:\n{code}\n\n"
             "This may or may not be related to the current task.</ide_selection>")


def tu(id_, name, inp):
    return {"type": "tool_use", "id": "toolu_" + id_, "name": name, "input": inp}


def tr(id_, content, err=False):
    b = {"type": "tool_result", "tool_use_id": "toolu_" + id_, "content": content}
    if err:
        b["is_error"] = True
    return b


def U(*blocks):
    """User message. A single str stays a plain string; otherwise a block list."""
    if len(blocks) == 1 and isinstance(blocks[0], str):
        return {"role": "user", "content": blocks[0]}
    return {"role": "user", "content": [t(b) if isinstance(b, str) else b for b in blocks]}


def A(*blocks):
    if len(blocks) == 1 and isinstance(blocks[0], str):
        return {"role": "assistant", "content": blocks[0]}
    return {"role": "assistant", "content": [t(b) if isinstance(b, str) else b for b in blocks]}


DATES = ["2026-11-26", "2026-11-27", "2026-12-01", "2026-10-14", "2027-01-08", "2026-09-30"]


def CC(*blocks, date=None):
    """Claude Code style user turn: leading system reminder, then blocks.

    The reminder date is picked deterministically from the turn's own text."""
    if date is None:
        key = "".join(b if isinstance(b, str) else b.get("text", "") for b in blocks)
        date = DATES[zlib.crc32(key.encode("utf-8")) % len(DATES)]
    return U(rem(date), *blocks)


def R(cat, *msgs):
    return {"kind": "request", "category": cat, "messages": list(msgs)}
