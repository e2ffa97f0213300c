#!/usr/bin/env python3
"""Write training/routing/corpus_f.jsonl deterministically from the hand-written examples in this folder."""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import common  # noqa: E402
import debugging, generation, understanding, review, arch, docs, other1, other2, other3  # noqa: E402,F401

OUT = os.path.join(os.path.dirname(HERE), "corpus_f.jsonl")


def claude_code_shape(e):
    """Deterministically give ~1/3 of the plain-string conversations the block shape Claude Code sends:
    user text as text blocks, with a leading system-reminder on the first user turn (content unchanged)."""
    msgs = e["messages"]
    if any(not isinstance(m["content"], str) for m in msgs):
        return e
    h = int(hashlib.sha1(msgs[-1]["content"].encode()).hexdigest(), 16)
    if h % 100 >= 33:
        return e
    day = 1 + h % 28
    month = 9 + (h // 28) % 4
    first = common.date(f"2026-{month:02d}-{day:02d}") if (h // 7) % 4 else common.todo()
    for i, m in enumerate(msgs):
        if m["role"] == "user":
            m["content"] = ([first] if i == 0 else []) + [common.T(m["content"])]
    return e


def main():
    with open(OUT, "w", encoding="utf-8") as f:
        for e in map(claude_code_shape, common.EXAMPLES):
            f.write(json.dumps(e, ensure_ascii=False) + "\n")
    print(f"wrote {len(common.EXAMPLES)} requests to {OUT}")


if __name__ == "__main__":
    main()
