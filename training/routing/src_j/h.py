"""Tiny helpers for writing conversations compactly. Every example is authored by hand
in the category modules; these helpers only build the JSON block shapes."""
import hashlib

EXAMPLES = []


def SR(date="2026-11-26", extra=None):
    body = "As you answer the user's questions, you can use the following context:\n"
    if extra:
        body += extra.rstrip() + "\n"
    body += f"# currentDate\nToday's date is {date}.\n\n      IMPORTANT: this context may or may not be relevant to your tasks."
    return {"type": "text", "text": f"<system-reminder>\n{body}\n</system-reminder>"}


def SRt(text):
    return {"type": "text", "text": f"<system-reminder>\n{text}\n</system-reminder>"}


def T(s):
    return {"type": "text", "text": s}


def FILE(path):
    return {"type": "text", "text": f"<ide_opened_file>The user opened the file {path} in the IDE. This may or may not be related to the current task.</ide_opened_file>"}


def SEL(path, a, b, code):
    return {"type": "text", "text": f"<ide_selection>The user selected the lines {a} to {b} from {path}:\n{code}\n\nThis may or may not be related to the current task.</ide_selection>"}


_KEYS = {"Read": "file_path", "Bash": "command", "Grep": "pattern", "Glob": "pattern", "Write": "file_path", "Edit": "file_path", "LS": "path"}


def call(text, *uses):
    """assistant message: optional text + tool_use blocks. uses: (name, str|dict)."""
    blocks = [T(text)] if text else []
    for name, inp in uses:
        if isinstance(inp, str):
            inp = {_KEYS.get(name, "input"): inp}
        blocks.append({"type": "tool_use", "id": None, "name": name, "input": inp})
    return blocks


def res(*contents, text=None, pre=None):
    """user message of tool_results (in order of the preceding tool_uses);
    a content given as ('ERR', s) is an error result. Optional trailing text."""
    blocks = []
    for c in contents:
        if isinstance(c, tuple):
            blocks.append({"type": "tool_result", "tool_use_id": None, "content": c[1], "is_error": True})
        else:
            blocks.append({"type": "tool_result", "tool_use_id": None, "content": c})
    if pre:
        blocks.extend(pre)
    if text:
        blocks.append(T(text))
    return blocks


def ex(category, *msgs):
    EXAMPLES.append((category, msgs))


def _kind(m):
    if isinstance(m, list) and any(b["type"] == "tool_use" for b in m):
        return "assistant"
    if isinstance(m, list) and any(b["type"] == "tool_result" for b in m):
        return "user"
    return None


def _blocks_of(m):
    return [T(m)] if isinstance(m, str) else list(m)


def _finalize(idx, category, msgs):
    # infer roles: tool_use -> assistant, tool_result -> user, otherwise alternate
    roles = []
    for i, m in enumerate(msgs):
        k = _kind(m)
        if k is None:
            k = "user" if not roles or roles[-1] == "assistant" else "assistant"
        roles.append(k)
    # a trailing plain message right after tool results is the user's own text
    if roles[-1] == "assistant" and _kind(msgs[-1]) is None:
        roles[-1] = "user"
    # merge consecutive messages of the same role
    merged = []
    for r, m in zip(roles, msgs):
        if merged and merged[-1][0] == r:
            prev = merged[-1][1]
            merged[-1] = (r, _blocks_of(prev) + _blocks_of(m))
        else:
            merged.append((r, m))
    out = []
    n = 0
    prev_ids = []
    for role, m in merged:
        if isinstance(m, str):
            content = m
            ids = []
        else:
            content = []
            ids = []
            k = 0
            for b in m:
                b = dict(b)
                if b["type"] == "tool_use":
                    n += 1
                    h = hashlib.sha1(f"j-{idx}-{n}".encode()).hexdigest()[:22]
                    b["id"] = "toolu_01" + h
                    ids.append(b["id"])
                elif b["type"] == "tool_result":
                    b["tool_use_id"] = prev_ids[k]
                    k += 1
                content.append(b)
        out.append({"role": role, "content": content})
        prev_ids = ids
    return {"kind": "request", "category": category, "messages": out}


def finalize_all():
    return [_finalize(i, c, m) for i, (c, m) in enumerate(EXAMPLES)]
