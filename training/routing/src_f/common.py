"""Helpers for corpus_f: each example below is written by hand; helpers only build message shapes."""
import hashlib

REM_DATE = ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            "# currentDate\nToday's date is {d}.\n\n      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>")
REM_TODO = "<system-reminder>\nThe TodoWrite tool hasn't been used recently. If you're working on tasks that would benefit from tracking progress, consider using the TodoWrite tool. Only use it if relevant to the current work.\n</system-reminder>"
REM_MD = ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n# claudeMd\nCodebase and user instructions are shown below.\n\n"
          "Contents of /repo/CLAUDE.md (project instructions):\n\n{md}\n\n      IMPORTANT: this context may or may not be relevant to your tasks.\n</system-reminder>")

EXAMPLES = []


def U(content):
    return {"role": "user", "content": content}


def A(content):
    return {"role": "assistant", "content": content}


def ex(cat, *msgs):
    msgs = list(msgs)
    if msgs and isinstance(msgs[0], str):
        msgs = [U(msgs[0])] + [m if isinstance(m, dict) else None for m in msgs[1:]]
    EXAMPLES.append({"kind": "request", "category": cat, "messages": _fix(msgs)})


def conv(cat, *turns):
    """turns alternate user/assistant, plain strings or block lists or dicts."""
    out = []
    for t in turns:
        if isinstance(t, dict) and "role" in t:
            out.append(t)
        elif (out and out[-1]["role"] == "user" and isinstance(out[-1]["content"], list)
              and any(b.get("type") == "tool_result" for b in out[-1]["content"])):
            # text typed alongside tool results
            out[-1]["content"].extend(cc(t) if isinstance(t, str) else t)
        else:
            role = "user" if not out or out[-1]["role"] == "assistant" else "assistant"
            out.append(U(t) if role == "user" else A(t))
    EXAMPLES.append({"kind": "request", "category": cat, "messages": _fix(out)})


def _fix(msgs):
    # assign deterministic tool ids per conversation
    n = len(EXAMPLES)
    k = 0
    idmap = {}
    for m in msgs:
        if isinstance(m["content"], list):
            for b in m["content"]:
                if b.get("type") == "tool_use":
                    k += 1
                    new = "toolu_01" + hashlib.sha1(f"f{n}-{k}".encode()).hexdigest()[:22]
                    idmap[b["id"]] = new
                    b["id"] = new
                elif b.get("type") == "tool_result":
                    b["tool_use_id"] = idmap[b["tool_use_id"]]
    return msgs


def T(text):
    return {"type": "text", "text": text}


def date(d="2026-11-26"):
    return T(REM_DATE.format(d=d))


def todo():
    return T(REM_TODO)


def md(text):
    return T(REM_MD.format(md=text))


def opened(path):
    return T(f"<ide_opened_file>The user opened the file {path} in the IDE. This may or may not be related to the current task.</ide_opened_file>")


def sel(path, a, b, code):
    return T(f"<ide_selection>The user selected the lines {a} to {b} from {path}:\n{code}</ide_selection>")


def cc(*blocks):
    """User content as block list; bare strings become text blocks."""
    return [T(b) if isinstance(b, str) else b for b in blocks]


def use(name, inp, key):
    return {"type": "tool_use", "id": key, "name": name, "input": inp}


def res(key, content, err=False):
    b = {"type": "tool_result", "tool_use_id": key, "content": content}
    if err:
        b["is_error"] = True
    return b


def call(text, *uses):
    """assistant message: optional text + tool_use blocks given as (key, name, input)."""
    blocks = [T(text)] if text else []
    for key, name, inp in uses:
        blocks.append(use(name, inp, key))
    return A(blocks)


def results(*items):
    """user message of tool_results given as (key, content[, err]) plus trailing strings as text blocks."""
    blocks = []
    for it in items:
        if isinstance(it, str):
            blocks.append(T(it))
        elif isinstance(it, dict):
            blocks.append(it)
        else:
            blocks.append(res(*it))
    return U(blocks)
