"""Shape helpers for hand-authored routing dev examples.

Only the *shape* (Claude Code block structure, tool ids, cache_control) is
generated here; every example's content is written literally in the batch
files.
"""
import hashlib
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
_FIX = json.load(open(os.path.join(HERE, "fixture_texts.json")))
SYSTEM_MSG = _FIX["system_msg"]  # role:"system" mid-conversation message (verbatim from fixture 01)
_agents, _skills = SYSTEM_MSG.split("The following skills are available", 1)
OLD_AGENTS_REMINDER = "<system-reminder>\n" + _agents.rstrip() + "\n</system-reminder>\n"
OLD_SKILLS_REMINDER = ("<system-reminder>\nThe following skills are available" + _skills.rstrip()
                       + "\n</system-reminder>\n")

EXAMPLES = []

DATES = ["2026-11-26", "2026-11-24", "2026-11-19", "2026-10-30", "2026-11-03",
         "2026-09-15", "2026-11-11", "2026-08-27", "2026-11-25", "2026-10-08"]

_ctx = {"key": None}


def _h(s, n):
    return hashlib.sha1(s.encode()).hexdigest()[:n]


def date_reminder(date):
    return ("<system-reminder>\nAs you answer the user's questions, you can use the following context:\n"
            "# currentDate\nToday's date is %s.\n\n      IMPORTANT: this context may or may not be relevant "
            "to your tasks. You should not respond to this context unless it is highly relevant to your task.\n"
            "</system-reminder>\n\n" % date)


def txt(t):
    return {"type": "text", "text": t}


def ide_open(path):
    return ("<system-reminder>\nThe user opened the file %s in the IDE. This may or may not be related "
            "to the current task.\n</system-reminder>" % path)


def ide_sel(path, a, b, code):
    return ("<system-reminder>\nThe user selected the lines %d to %d from %s:\n%s\n\nThis may or may not be "
            "related to the current task.\n</system-reminder>" % (a, b, path, code))


def modified(path, snippet):
    return ("<system-reminder>\nNote: %s was modified, either by the user or by a linter. This change was "
            "intentional, so make sure to take it into account as you proceed (ie. don't revert it unless the "
            "user asks you to). Don't tell the user this, since they are already aware. Here are the relevant "
            "changes (shown with line numbers):\n%s\n</system-reminder>" % (path, snippet))


def catn(text, start=1):
    """Format file text like the Read tool does (cat -n)."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return "\n".join("%6d\t%s" % (i + start, l) for i, l in enumerate(lines))


def first(text, *reminders, date=None):
    """First user message as Claude Code sends it: currentDate reminder, extra reminders, prompt."""
    return {"role": "user", "content": ["__DATE__"] + [txt(r) for r in reminders] + [txt(text)]}


def ut(text, *reminders):
    """A later user text turn as a list of blocks (optionally with reminders first)."""
    return {"role": "user", "content": [txt(r) for r in reminders] + [txt(text)]}


def us(text):
    """A user turn with plain string content (how earlier turns appear in history, or non-CC clients)."""
    return {"role": "user", "content": text}


def T(key, name, inp):
    return {"type": "tool_use", "id": "@" + key, "name": name, "input": inp}


def think(t):
    return {"type": "thinking", "thinking": t, "signature": "__SIG__"}


def A(text=None, *tools, thinking=None):
    c = []
    if thinking:
        c.append(think(thinking))
    if text:
        c.append(txt(text))
    c.extend(tools)
    return {"role": "assistant", "content": c}


def R(key, content, err=None, deny=False):
    if deny:
        return {"type": "tool_result", "content": content, "is_error": True, "tool_use_id": "@" + key}
    d = {"tool_use_id": "@" + key, "type": "tool_result", "content": content}
    if err is not None:
        d["is_error"] = err
    return d


def TR(*results, text=None, texts=()):
    c = list(results)
    for t in texts:
        c.append(txt(t))
    if text:
        c.append(txt(text))
    return {"role": "user", "content": c}


REJECT = ("The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file "
          "edit, the new_string was NOT written to the file). STOP what you are doing and wait for the user to "
          "tell you how to proceed.")
INTERRUPT = "[Request interrupted by user for tool use]"


def ex(key, label, msgs, tags=(), cache=True, sysmsg=False, oldshape=False, date=None, plain=False):
    assert label in ("code generation", "code understanding", "code review", "architecture",
                     "debugging", "documentation", "other"), label
    msgs = json.loads(json.dumps(msgs))
    d = date or DATES[int(_h(key, 6), 16) % len(DATES)]
    seen = set()
    for m in msgs:
        if isinstance(m["content"], list):
            newc = []
            for b in m["content"]:
                if b == "__DATE__":
                    if oldshape:
                        newc.append(txt(OLD_AGENTS_REMINDER))
                        newc.append(txt(OLD_SKILLS_REMINDER))
                    newc.append(txt(date_reminder(d)))
                    continue
                if b.get("type") == "tool_use":
                    b["id"] = "toolu_" + _h(key + b["id"], 24)
                    assert b["id"] not in seen
                    seen.add(b["id"])
                if b.get("type") == "tool_result":
                    b["tool_use_id"] = "toolu_" + _h(key + b["tool_use_id"], 24)
                if b.get("type") == "thinking":
                    b["signature"] = "Eq" + _h(key + "sig" + b["thinking"], 40)
                newc.append(b)
            m["content"] = newc
    if plain:
        # non-Claude-Code client: collapse the first user turn to a plain string
        m0 = msgs[0]
        if isinstance(m0["content"], list):
            m0["content"] = "\n".join(b["text"] for b in m0["content"] if not b["text"].startswith("<system-reminder>"))
        cache = False
    if cache and isinstance(msgs[-1]["content"], list):
        msgs[-1]["content"][-1]["cache_control"] = {"type": "ephemeral"}
    if sysmsg:
        msgs.insert(1, {"role": "system", "content": SYSTEM_MSG})
    t = list(tags)
    if sysmsg:
        t.append("mid_conversation_system")
    if oldshape:
        t.append("old_model_shape")
    if plain:
        t.append("plain_string_content")
    EXAMPLES.append({"key": key, "label": label, "messages": msgs, "tags": t})
