"""Claude Code-shaped conversation pieces shared by the hand-written corpus batches k onwards (system reminders,
IDE context, tool loops). The examples themselves are written literally in each batch's cat_*.py."""
import hashlib

_DATES = ["2026-11-26", "2026-03-14", "2025-12-02", "2026-07-09", "2026-05-21", "2026-01-30"]


def reminder(i=0):
    d = _DATES[i % len(_DATES)]
    return ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            f"# currentDate\nToday's date is {d}.\n\n      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>")


def u(text):
    return {"role": "user", "content": text}


def a(text):
    return {"role": "assistant", "content": text}


def cc(text, file=None, sel=None, rem=True, d=0):
    """Claude Code style user turn: reminder + optional IDE context + text."""
    blocks = []
    if rem:
        blocks.append({"type": "text", "text": reminder(d)})
    if file:
        blocks.append({"type": "text", "text": f"<ide_opened_file>The user opened the file {file} in the IDE. This may or may not be related to the current task.</ide_opened_file>"})
    if sel:
        path, lo, hi, code = sel
        blocks.append({"type": "text", "text": f"<ide_selection>The user selected the lines {lo} to {hi} from {path}:\n{code}</ide_selection>"})
    blocks.append({"type": "text", "text": text})
    return {"role": "user", "content": blocks}


def at(text, *tools):
    """Assistant turn with text and tool_use blocks; tools = (name, input_dict)."""
    blocks = []
    if text:
        blocks.append({"type": "text", "text": text})
    for name, inp in tools:
        blocks.append({"type": "tool_use", "id": None, "name": name, "input": inp})
    return {"role": "assistant", "content": blocks}


def tr(*results, text=None, rem=False):
    """User turn of tool results (in order of the previous tool_use blocks). result = str or (str, True) for error."""
    blocks = []
    for r in results:
        if isinstance(r, tuple):
            blocks.append({"type": "tool_result", "tool_use_id": None, "content": r[0], "is_error": True})
        else:
            blocks.append({"type": "tool_result", "tool_use_id": None, "content": r})
    if rem:
        blocks.append({"type": "text", "text": reminder(3)})
    if text:
        blocks.append({"type": "text", "text": text})
    return {"role": "user", "content": blocks}


def _fold(msgs):
    """A plain user turn written right after a tool_result turn is folded into that turn as a
    trailing text block (Claude Code sends text typed while tools ran that way)."""
    out = []
    for m in msgs:
        prev = out[-1] if out else None
        if (prev is not None and m["role"] == "user" and prev["role"] == "user"
                and isinstance(prev["content"], list)
                and any(b["type"] == "tool_result" for b in prev["content"])):
            extra = m["content"] if isinstance(m["content"], list) else [{"type": "text", "text": m["content"]}]
            prev["content"] = prev["content"] + [b for b in extra if "<system-reminder>" not in b.get("text", "")]
            continue
        out.append(m)
    return out


def finalize(idx, cat, msgs):
    """Assign deterministic tool ids and wire tool_results to the preceding tool_uses."""
    msgs = _fold(msgs)
    n = 0
    prev_ids = []
    for m in msgs:
        if isinstance(m["content"], list):
            if m["role"] == "assistant":
                prev_ids = []
                for b in m["content"]:
                    if b["type"] == "tool_use":
                        h = hashlib.sha1(f"k-{cat}-{idx}-{n}".encode()).hexdigest()[:22]
                        b["id"] = "toolu_01" + h
                        prev_ids.append(b["id"])
                        n += 1
            else:
                k = 0
                for b in m["content"]:
                    if b["type"] == "tool_result":
                        b["tool_use_id"] = prev_ids[k]
                        k += 1
                        if b.get("is_error") is None:
                            b.pop("is_error", None)
    return {"kind": "request", "category": cat, "messages": msgs}
