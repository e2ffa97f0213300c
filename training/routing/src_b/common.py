"""Small helpers for writing request examples by hand.

The helpers only shape messages into the Anthropic Messages API layout; all
wording of every request lives literally in the per-category modules.
"""

import hashlib

_counter = [0]


def tid(seed: str = "") -> str:
    """Deterministic, realistic-looking tool_use id."""
    _counter[0] += 1
    h = hashlib.sha1(f"{seed}-{_counter[0]}".encode()).hexdigest()
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789"
    n = int(h, 16)
    out = []
    for _ in range(22):
        n, r = divmod(n, len(alphabet))
        out.append(alphabet[r])
    return "toolu_01" + "".join(out)


def U(text):
    """Single-turn plain request."""
    return [{"role": "user", "content": text}]


def conv(*turns):
    """Multi-turn plain conversation: user, assistant, user, ..."""
    msgs = []
    for i, t in enumerate(turns):
        msgs.append({"role": "user" if i % 2 == 0 else "assistant", "content": t})
    return msgs


def reminder(date="2026-11-26", claude_md=None, extra=None):
    body = "As you answer the user's questions, you can use the following context:\n"
    if claude_md:
        path, md = claude_md
        body += (
            "# claudeMd\nCodebase and user instructions are shown below. Be sure to adhere to these "
            "instructions. IMPORTANT: These instructions OVERRIDE any default behavior and you MUST "
            "follow them exactly as written.\n\n"
            f"Contents of {path} (project instructions, checked into the codebase):\n\n{md}\n"
        )
    body += f"# currentDate\nToday's date is {date}.\n"
    if claude_md:
        body += (
            "\n      IMPORTANT: this context may or may not be relevant to your tasks. You should not "
            "respond to this context unless it is highly relevant to your task.\n"
        )
    text = f"<system-reminder>\n{body}</system-reminder>"
    blocks = [{"type": "text", "text": text}]
    if extra:
        blocks.append({"type": "text", "text": extra})
    return blocks


TODO_EMPTY = (
    "<system-reminder>\nThis is a reminder that your todo list is currently empty. DO NOT mention "
    "this to the user explicitly because they are not aware of it. If you are working on tasks that "
    "would benefit from a todo list please use the TodoWrite tool to create one. If not, please feel "
    "free to ignore. Again do not mention this message to the user.\n</system-reminder>"
)


def CC(text, date="2026-11-26", claude_md=None, todo=False):
    """Claude Code shaped first user message: list of text blocks with a leading reminder."""
    blocks = reminder(date, claude_md)
    if todo:
        blocks.append({"type": "text", "text": TODO_EMPTY})
    blocks.append({"type": "text", "text": text})
    return [{"role": "user", "content": blocks}]


def TXT(text):
    """User message as a list with a single text block (no reminder)."""
    return [{"role": "user", "content": [{"type": "text", "text": text}]}]


def tool_use(name, input_, id_=None, seed=""):
    return {"type": "tool_use", "id": id_ or tid(seed + name), "name": name, "input": input_}


def tool_result(use_block, content, is_error=False):
    r = {"type": "tool_result", "tool_use_id": use_block["id"], "content": content}
    if is_error:
        r["is_error"] = True
    return r


def assistant(*blocks):
    content = []
    for b in blocks:
        if isinstance(b, str):
            content.append({"type": "text", "text": b})
        else:
            content.append(b)
    return {"role": "assistant", "content": content}


def user_blocks(*blocks):
    content = []
    for b in blocks:
        if isinstance(b, str):
            content.append({"type": "text", "text": b})
        else:
            content.append(b)
    return {"role": "user", "content": content}


def loop(first_text, steps, final_assistant, final_user, date="2026-11-26", claude_md=None, todo=False):
    """Claude Code tool loop ending in a new user text turn.

    steps: list of (assistant_text_or_None, tool_name, tool_input, tool_output).
    Produces: user(reminder + first_text), then per step assistant(text? + tool_use) /
    user(tool_result), then assistant(final_assistant) and user(final_user).
    If final_assistant is None, final_user is appended as a text block to the last
    tool_result turn (the way a user interrupts with a new instruction).
    """
    msgs = CC(first_text, date=date, claude_md=claude_md, todo=todo)
    for atext, name, inp, out in steps:
        tu = tool_use(name, inp, seed=first_text[:30])
        msgs.append(assistant(*([atext] if atext else []), tu))
        msgs.append(user_blocks(tool_result(tu, out)))
    if final_assistant is None:
        msgs[-1]["content"].append({"type": "text", "text": final_user})
    else:
        msgs.append(assistant(final_assistant))
        msgs.append(user_blocks(final_user))
    return msgs


def with_followup(msgs, assistant_text, user_text):
    """Append an assistant reply and a new plain user turn."""
    return msgs + [
        {"role": "assistant", "content": assistant_text},
        {"role": "user", "content": user_text},
    ]


def with_followup_blocks(msgs, assistant_text, user_text):
    return msgs + [
        {"role": "assistant", "content": [{"type": "text", "text": assistant_text}]},
        {"role": "user", "content": [{"type": "text", "text": user_text}]},
    ]


def numbered(text, start=1):
    """Format file content the way Claude Code's Read tool returns it (cat -n style)."""
    lines = text.strip("\n").split("\n")
    return "\n".join(f"{i:>6}\t{line}" for i, line in enumerate(lines, start))
