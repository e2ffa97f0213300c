"""Helpers for building corpus_g request lines.  Every example is written by hand
in the cat_*.py modules; these helpers only shape messages into the Anthropic
Messages API form (text blocks, system reminders, IDE context, tool loops)."""
import hashlib

_ALPHA = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


class _Ids:
    def __init__(self):
        self.n = 0

    def next(self):
        self.n += 1
        h = hashlib.sha256(f"corpus_g-tool-{self.n}".encode()).digest()
        return "toolu_01" + "".join(_ALPHA[b % len(_ALPHA)] for b in h[:22])


IDS = _Ids()

DATES = ["2026-11-26", "2026-03-04", "2025-12-15", "2026-07-19", "2026-01-08", "2026-09-30"]


def reminder(i=0, extra=None):
    """A Claude Code style system reminder block."""
    body = ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            f"# currentDate\nToday's date is {DATES[i % len(DATES)]}.\n")
    if extra:
        body += "\n" + extra + "\n"
    body += "\n      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>"
    return {"type": "text", "text": body}


def opened(path):
    return {"type": "text", "text": f"<ide_opened_file>The user opened the file {path} in the IDE. "
                                    "This may or may not be related to the current task.</ide_opened_file>"}


def selection(path, start, end, code):
    return {"type": "text", "text": f"<ide_selection>The user selected the lines {start} to {end} from {path}:\n"
                                    f"{code}\n\nThis may or may not be related to the current task.</ide_selection>"}


def txt(s):
    return {"type": "text", "text": s}


def cc(text, file=None, sel=None, rem=0, blocks_only=False):
    """User content as a list of blocks: optional reminder, IDE context, then the text.
    sel = (path, start, end, code). rem=None drops the reminder."""
    out = []
    if rem is not None and not blocks_only:
        out.append(reminder(rem))
    if file:
        out.append(opened(file))
    if sel:
        out.append(selection(*sel))
    out.append(txt(text))
    return out


class Tools:
    """An assistant turn with tool calls followed by the user turn carrying results.
    calls: list of (name, input, result) or (name, input, result, is_error).
    then: optional text appended to the result turn (a new user instruction)."""

    def __init__(self, say, calls, then=None):
        self.say = say
        self.calls = calls
        self.then = then

    def expand(self):
        a, u = [], []
        if self.say:
            a.append(txt(self.say))
        for c in self.calls:
            name, inp, res = c[0], c[1], c[2]
            err = len(c) > 3 and c[3]
            tid = IDS.next()
            a.append({"type": "tool_use", "id": tid, "name": name, "input": inp})
            r = {"type": "tool_result", "tool_use_id": tid, "content": res}
            if err:
                r["is_error"] = True
            u.append(r)
        if self.then:
            if isinstance(self.then, list):
                u.extend(self.then)
            else:
                u.append(txt(self.then))
        return [a, u]


def conv(*parts):
    """Alternating messages starting with user. Str/list = one message; Tools = two."""
    msgs = []
    for p in parts:
        items = p.expand() if isinstance(p, Tools) else [p]
        for content in items:
            role = "user" if len(msgs) % 2 == 0 else "assistant"
            msgs.append({"role": role, "content": content})
    return msgs


def R(category, *parts):
    return {"kind": "request", "category": category, "messages": conv(*parts)}
