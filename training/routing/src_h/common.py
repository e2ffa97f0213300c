"""Helpers for hand-written routing examples (corpus_h)."""

_DATES = ["2026-11-26", "2026-03-14", "2025-12-02", "2026-07-09", "2026-01-30", "2026-05-21"]


def reminder(i=0):
    return ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            "# currentDate\nToday's date is %s.\n\n      IMPORTANT: this context may or may not be "
            "relevant to your tasks.\n</system-reminder>" % _DATES[i % len(_DATES)])


def opened(path):
    return ("<ide_opened_file>The user opened the file %s in the IDE. This may or may not be related "
            "to the current task.</ide_opened_file>" % path)


def selection(path, a, b, code):
    return "<ide_selection>The user selected the lines %d to %d from %s:\n%s</ide_selection>" % (a, b, path, code)


def U(text):
    return {"role": "user", "content": text}


def A(text):
    return {"role": "assistant", "content": text}


def CC(text, *, rem=None, open=None, sel=None, extra=()):
    """Claude Code style user message: list of text blocks."""
    blocks = []
    if rem is not None:
        blocks.append({"type": "text", "text": reminder(rem)})
    if open:
        blocks.append({"type": "text", "text": opened(open)})
    if sel:
        blocks.append({"type": "text", "text": selection(*sel)})
    for e in extra:
        blocks.append({"type": "text", "text": e})
    blocks.append({"type": "text", "text": text})
    return {"role": "user", "content": blocks}


def TU(tid, name, **inp):
    return {"type": "tool_use", "id": "toolu_" + tid, "name": name, "input": inp}


def AT(text, *uses):
    blocks = []
    if text:
        blocks.append({"type": "text", "text": text})
    blocks.extend(uses)
    return {"role": "assistant", "content": blocks}


def TR(tid, content, err=False, text=None):
    """Single tool result user message; optional trailing user text."""
    b = {"type": "tool_result", "tool_use_id": "toolu_" + tid, "content": content}
    if err:
        b["is_error"] = True
    blocks = [b]
    if text:
        blocks.append({"type": "text", "text": text})
    return {"role": "user", "content": blocks}


def TRS(*results, text=None):
    """Several tool results: results are (tid, content) or (tid, content, True)."""
    blocks = []
    for r in results:
        b = {"type": "tool_result", "tool_use_id": "toolu_" + r[0], "content": r[1]}
        if len(r) > 2 and r[2]:
            b["is_error"] = True
        blocks.append(b)
    if text:
        blocks.append({"type": "text", "text": text})
    return {"role": "user", "content": blocks}
