"""Helpers for building Anthropic Messages API message lists.

Every example in the category modules is written out literally; these helpers
only wrap the literal text into the right message / content-block shapes.
"""
import random

_rng = random.Random(20261126)
_B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def tool_id():
    return "toolu_01" + "".join(_rng.choice(_B62) for _ in range(22))


def reminder_date(date):
    return (
        "<system-reminder>\nAs you answer the user's questions, you can use the "
        "following context:\n# currentDate\nToday's date is " + date + ".\n\n"
        "      IMPORTANT: this context may or may not be relevant to your tasks. "
        "You should not respond to this context unless it is highly relevant to "
        "your task.\n</system-reminder>"
    )


def reminder_claudemd(date, claudemd):
    return (
        "<system-reminder>\nAs you answer the user's questions, you can use the "
        "following context:\n# claudeMd\nCodebase and user instructions are shown "
        "below. Be sure to adhere to these instructions. IMPORTANT: These "
        "instructions OVERRIDE any default behavior and you MUST follow them "
        "exactly as written.\n\nContents of /repo/CLAUDE.md (project instructions, "
        "checked into the codebase):\n\n" + claudemd.strip() + "\n# currentDate\n"
        "Today's date is " + date + ".\n\n      IMPORTANT: this context may or may "
        "not be relevant to your tasks. You should not respond to this context "
        "unless it is highly relevant to your task.\n</system-reminder>"
    )


REMINDER_TODO = (
    "<system-reminder>\nThis is a reminder that your todo list is currently empty. "
    "DO NOT mention this to the user explicitly because they are already aware. "
    "If you are working on tasks that would benefit from a todo list please use "
    "the TodoWrite tool to create one. If not, please feel free to ignore. Again "
    "do not mention this message to the user.\n</system-reminder>"
)


def text(t):
    return {"type": "text", "text": t}


def conv(*turns):
    """Plain multi-turn conversation: alternating user/assistant strings, user first."""
    msgs = []
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    assert msgs[-1]["role"] == "user"
    return msgs


def cc(final, reminders=(), history=()):
    """Claude Code shaped request: content as a list of text blocks.

    history: alternating (user, assistant) plain strings that precede the final
    user message (they are also rendered as block lists).
    """
    msgs = []
    for i, t in enumerate(history):
        role = "user" if i % 2 == 0 else "assistant"
        msgs.append({"role": role, "content": [text(t)]})
    blocks = [text(r) for r in reminders] + [text(final)]
    if msgs:
        assert msgs[-1]["role"] == "assistant"
    msgs.append({"role": "user", "content": blocks})
    return msgs


def loop(task, steps, final, reminders=(), wrap=None):
    """Claude Code tool loop.

    task:  first user text (what the session was doing before)
    steps: list of (assistant_text_or_None, [(tool_name, input_dict, result_str), ...])
    wrap:  optional assistant text after the last tool results
    final: the last user text message (carries the category intent)
    """
    msgs = [{"role": "user", "content": [text(r) for r in reminders] + [text(task)]}]
    for say, calls in steps:
        blocks = []
        if say:
            blocks.append(text(say))
        ids = []
        for name, inp, _res in calls:
            tid = tool_id()
            ids.append(tid)
            blocks.append({"type": "tool_use", "id": tid, "name": name, "input": inp})
        msgs.append({"role": "assistant", "content": blocks})
        msgs.append({
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": tid, "content": res}
                for tid, (_n, _i, res) in zip(ids, calls)
            ],
        })
    if wrap:
        msgs.append({"role": "assistant", "content": [text(wrap)]})
        msgs.append({"role": "user", "content": [text(final)]})
    else:
        msgs[-1]["content"].append(text(final))
    return msgs
