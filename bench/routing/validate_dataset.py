#!/usr/bin/env python3
"""Validate the routing development set (stdlib only).

Usage: python bench/routing/validate_dataset.py [path/to/dev.jsonl]

Checks
  * every line is a JSON object with "id", "label", "messages" (and optional "tags")
  * ids are unique, and the file is sorted by id
  * labels are one of the sample config's route names, or "other"
  * messages: the first one is a user message, user/assistant alternate, the last
    one is a user message. Real Claude Code traffic to unknown model names also
    carries one ``role: "system"`` message with string content (the
    mid-conversation-system feature). It is allowed anywhere after the first
    message and is skipped when checking alternation.
  * content is a string or a non-empty list of known blocks (text, tool_use,
    tool_result, thinking); tool_use only in assistant messages, tool_result
    only in user messages
  * every tool_result references a tool_use id from the preceding assistant
    message, and every tool_use in an assistant message is answered in the
    next user message (as the Messages API requires); tool_use ids are unique
  * the latest user message carries some intent: a non-reminder text block, or
    only tool_results (a continuation in the middle of a turn)
  * warns about exact or near-duplicate latest-user texts

It prints the number of examples per label and per tag, and exits non-zero on errors.
"""
import difflib
import itertools
import json
import sys
from collections import Counter
from pathlib import Path

LABELS = {
    "code generation",
    "code understanding",
    "code review",
    "architecture",
    "debugging",
    "documentation",
    "other",
}
BLOCK_TYPES = {"text", "tool_use", "tool_result", "thinking", "redacted_thinking", "image"}


def is_reminder(text):
    return text.lstrip().startswith("<system-reminder>")


def latest_user_text(messages):
    """Text of the latest user message, without system reminders."""
    for m in reversed(messages):
        if m.get("role") != "user":
            continue
        c = m["content"]
        if isinstance(c, str):
            return c
        return "\n".join(b["text"] for b in c if b.get("type") == "text" and not is_reminder(b["text"]))
    return ""


def check_example(ex, lineno, errors):
    def err(msg):
        errors.append("line %d (%s): %s" % (lineno, ex.get("id", "?"), msg))

    for key in ("id", "label", "messages"):
        if key not in ex:
            err(f"missing key {key!r}")
            return
    extra = set(ex) - {"id", "label", "messages", "tags"}
    if extra:
        err(f"unexpected keys {sorted(extra)}")
    if not isinstance(ex["id"], str) or not ex["id"]:
        err("id must be a non-empty string")
    if ex["label"] not in LABELS:
        err("unknown label {!r}".format(ex["label"]))
    tags = ex.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) for t in tags):
        err("tags must be a list of strings")
    msgs = ex["messages"]
    if not isinstance(msgs, list) or not msgs:
        err("messages must be a non-empty list")
        return

    conv = []
    for i, m in enumerate(msgs):
        if not isinstance(m, dict) or set(m) - {"role", "content"} or "role" not in m or "content" not in m:
            err("message %d must be an object with role and content" % i)
            return
        if m["role"] == "system":
            if i == 0:
                err("first message must be a user message, not system")
            if not isinstance(m["content"], str):
                err("system message %d must have string content" % i)
            continue
        if m["role"] not in ("user", "assistant"):
            err("message %d has unknown role %r" % (i, m["role"]))
            return
        conv.append((i, m))

    if not conv or conv[0][1]["role"] != "user":
        err("first message must be a user message")
    for (i, a), (j, b) in itertools.pairwise(conv):
        if a["role"] == b["role"]:
            err("messages %d and %d both have role %s (must alternate)" % (i, j, a["role"]))
    if conv and conv[-1][1]["role"] != "user":
        err("last message must be a user message")

    seen_ids = set()
    prev_assistant_ids = None  # tool_use ids of the previous assistant message
    for i, m in conv:
        c = m["content"]
        if isinstance(c, str):
            if not c.strip():
                err("message %d has empty string content" % i)
            blocks = []
        elif isinstance(c, list):
            if not c:
                err("message %d has an empty content list" % i)
            blocks = c
        else:
            err("message %d content must be a string or a list" % i)
            continue
        for k, b in enumerate(blocks):
            t = b.get("type") if isinstance(b, dict) else None
            if t not in BLOCK_TYPES:
                err("message %d block %d has unknown type %r" % (i, k, t))
                continue
            if t == "text" and (not isinstance(b.get("text"), str) or not b["text"]):
                err("message %d block %d: text block without text" % (i, k))
            if t == "tool_use":
                if m["role"] != "assistant":
                    err("message %d: tool_use in a %s message" % (i, m["role"]))
                if not isinstance(b.get("id"), str) or not isinstance(b.get("name"), str) or not isinstance(b.get("input"), dict):
                    err("message %d block %d: tool_use needs id, name, input" % (i, k))
                elif b["id"] in seen_ids:
                    err("message %d: duplicate tool_use id %s" % (i, b["id"]))
                seen_ids.add(b.get("id"))
            if t == "tool_result":
                if m["role"] != "user":
                    err("message %d: tool_result in a %s message" % (i, m["role"]))
                if not isinstance(b.get("content"), (str, list)):
                    err("message %d block %d: tool_result content must be a string or list" % (i, k))
                if b.get("tool_use_id") not in (prev_assistant_ids or set()):
                    err("message %d: tool_result %s does not match a tool_use in the preceding assistant message"
                        % (i, b.get("tool_use_id")))
        if m["role"] == "assistant":
            prev_assistant_ids = {b.get("id") for b in blocks if isinstance(b, dict) and b.get("type") == "tool_use"}
        else:
            answered = {b.get("tool_use_id") for b in blocks if isinstance(b, dict) and b.get("type") == "tool_result"}
            missing = (prev_assistant_ids or set()) - answered
            if missing:
                err("message %d does not answer tool_use ids %s" % (i, sorted(missing)))
            prev_assistant_ids = None

    last = conv[-1][1] if conv else None
    if last is not None and last["role"] == "user":
        c = last["content"]
        if isinstance(c, list):
            kinds = {b.get("type") for b in c}
            has_text = any(b.get("type") == "text" and not is_reminder(b["text"]) for b in c)
            if not has_text and kinds != {"tool_result"}:
                err("latest user message has neither a request text nor only tool_results")


def main(argv):
    path = Path(argv[1]) if len(argv) > 1 else Path(__file__).with_name("dev.jsonl")
    errors, warnings = [], []
    examples = []
    with path.open(encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                errors.append("line %d: blank line" % lineno)
                continue
            try:
                ex = json.loads(line)
            except json.JSONDecodeError as e:
                errors.append("line %d: invalid JSON: %s" % (lineno, e))
                continue
            if not isinstance(ex, dict):
                errors.append("line %d: not a JSON object" % lineno)
                continue
            check_example(ex, lineno, errors)
            examples.append(ex)

    ids = [e.get("id") for e in examples]
    dup = [i for i, n in Counter(ids).items() if n > 1]
    if dup:
        errors.append(f"duplicate ids: {dup}")
    if ids != sorted(ids, key=str):
        errors.append("file is not sorted by id")

    # exact and near-duplicate latest user texts
    texts = [(e.get("id"), " ".join(latest_user_text(e.get("messages", [])).lower().split())) for e in examples]
    seen = {}
    for eid, t in texts:
        if len(t) > 15 and t in seen:
            errors.append(f"exact duplicate latest user text: {seen[t]} and {eid}")
        seen.setdefault(t, eid)
    long_texts = [(eid, t) for eid, t in texts if len(t) >= 40]
    for a in range(len(long_texts)):
        for b in range(a + 1, len(long_texts)):
            sm = difflib.SequenceMatcher(None, long_texts[a][1], long_texts[b][1], autojunk=False)
            if sm.real_quick_ratio() > 0.9 and sm.quick_ratio() > 0.9 and sm.ratio() > 0.9:
                warnings.append(f"near-duplicate latest user texts: {long_texts[a][0]} and {long_texts[b][0]}")

    labels = Counter(e.get("label") for e in examples)
    tags = Counter(t for e in examples for t in e.get("tags", []))
    sizes = sorted(len(json.dumps(e, ensure_ascii=False).encode()) for e in examples)

    print("%s: %d examples" % (path, len(examples)))
    print("\nper label:")
    for lab in sorted(LABELS):
        print("  %-20s %4d" % (lab, labels.get(lab, 0)))
    print("\nper tag:")
    for tag, n in sorted(tags.items(), key=lambda kv: (-kv[1], kv[0])):
        print("  %-24s %4d" % (tag, n))
    if sizes:
        under3k = sum(1 for s in sizes if s < 3072)
        print("\nsize: median %d B, max %d B, %d of %d under 3 KB"
              % (sizes[len(sizes) // 2], sizes[-1], under3k, len(sizes)))
    for w in warnings:
        print("WARNING:", w)
    if errors:
        print("\n%d error(s):" % len(errors))
        for e in errors[:200]:
            print("  " + e)
        return 1
    print("\nOK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
