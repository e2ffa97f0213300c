"""Shape helpers for corpus C.  Every example is written by hand in the cat_*.py files;
these helpers only build the Anthropic Messages API block structure around the text.

Conventions
  * ``ex(category, m0, m1, ...)`` -- messages alternate user/assistant starting with user.
    A plain ``str`` becomes string content; ``U(...)`` / ``A(...)`` build block lists.
  * Inside ``U``/``A`` a plain ``str`` is a text block.
  * ``Tool(name, **input)`` in an assistant message is a tool_use; its id is assigned at
    build time.  ``Res(text)`` / ``Err(text)`` in the following user message are the
    tool_results, matched to the preceding tool_uses in order.
"""
from __future__ import annotations

_DATE = "\x00CURRENT-DATE-REMINDER\x00"


def ex(category, *messages):
    return {"category": category, "messages": list(messages)}


def U(*parts):
    return {"role": "user", "content": [_block(p) for p in parts]}


def A(*parts):
    return {"role": "assistant", "content": [_block(p) for p in parts]}


def _block(p):
    if isinstance(p, str):
        return {"type": "text", "text": p}
    return p


def Tool(name, **inp):
    return {"type": "tool_use", "name": name, "input": inp}


def Res(text):
    return {"type": "tool_result", "content": text}


def Err(text):
    return {"type": "tool_result", "content": text, "is_error": True}


# ---- common tool shapes -------------------------------------------------------------

def Read(path, **kw):
    return Tool("Read", file_path=path, **kw)


def Bash(command, description=None):
    if description:
        return Tool("Bash", command=command, description=description)
    return Tool("Bash", command=command)


def Grep(pattern, path=None, output_mode="content", **kw):
    inp = {"pattern": pattern}
    if path:
        inp["path"] = path
    inp["output_mode"] = output_mode
    inp.update(kw)
    return Tool("Grep", **inp)


def Glob(pattern, path=None):
    return Tool("Glob", pattern=pattern, **({"path": path} if path else {}))


def Edit(path, old, new):
    return Tool("Edit", file_path=path, old_string=old, new_string=new)


def Write(path, content):
    return Tool("Write", file_path=path, content=content)


def lines(code, start=1):
    """Format file text the way the Read tool returns it (cat -n style with an arrow)."""
    out = []
    for i, ln in enumerate(code.strip("\n").split("\n"), start):
        out.append(f"{i:>6}\u2192{ln}")
    return "\n".join(out)


def edited(path, snippet="", start=1):
    s = f"The file {path} has been updated. Here's the result of running `cat -n` on a snippet of the edited file:\n"
    return s + (lines(snippet, start) if snippet else "")


REJECTED = ("The user doesn't want to proceed with this tool use. The tool use was rejected "
            "(eg. if it was a file edit, the new_string was NOT written to the file). STOP what you are "
            "doing and wait for the user to tell you how to proceed.")

INTERRUPTED = "[Request interrupted by user for tool use]"


# ---- Claude Code context blocks -------------------------------------------------------

def REM(date=None):
    """The currentDate system reminder; the date is filled in at build time when omitted."""
    return {"type": "text", "text": _DATE if date is None else _rem_text(date)}


def _rem_text(date):
    return ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            f"# currentDate\nToday's date is {date}.\n\n"
            "      IMPORTANT: this context may or may not be relevant to your tasks. You should not respond "
            "to this context unless it is highly relevant to your task.\n</system-reminder>\n")


def REM_MD(path, body, date=None):
    """claudeMd + currentDate reminder."""
    return {"type": "text", "text": ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            "# claudeMd\nCodebase and user instructions are shown below. Be sure to adhere to these instructions. "
            "IMPORTANT: These instructions OVERRIDE any default behavior and you MUST follow them exactly as written.\n\n"
            f"Contents of {path} (project instructions, checked into the codebase):\n\n{body.strip()}\n"
            f"# currentDate\nToday's date is {date or '2026-11-26'}.\n\n"
            "      IMPORTANT: this context may or may not be relevant to your tasks. You should not respond "
            "to this context unless it is highly relevant to your task.\n</system-reminder>\n")}


TODO_EMPTY = {"type": "text", "text": (
    "<system-reminder>\nThis is a reminder that your todo list is currently empty. DO NOT mention this to the "
    "user explicitly because they are already aware. If you are working on tasks that would benefit from a todo "
    "list please use the TodoWrite tool to create one. If not, please feel free to ignore. Again do not mention "
    "this message to the user.\n</system-reminder>")}


def OPEN(path):
    return {"type": "text", "text": f"<ide_opened_file>The user opened the file {path} in the IDE. "
                                    "This may or may not be related to the current task.</ide_opened_file>"}


def SEL(path, a, b, code):
    return {"type": "text", "text": f"<ide_selection>The user selected the lines {a} to {b} from {path}:\n"
                                    f"{code.strip(chr(10))}\n\nThis may or may not be related to the current task."
                                    "</ide_selection>"}


def date_text(date):
    return _rem_text(date)


DATE_MARK = _DATE
