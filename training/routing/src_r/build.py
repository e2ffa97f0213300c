#!/usr/bin/env python3
"""Build training/routing/corpus_r.jsonl deterministically from the literal examples in cat_*.py."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # conversation_shapes
from conversation_shapes import finalize, cc  # noqa: E402
import hashlib  # noqa: E402
import cat_sec, cat_perf, cat_err, cat_ft, cat_env  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus_r.jsonl")


def main():
    lines = []
    for mod in (cat_sec, cat_perf, cat_err, cat_ft, cat_env):
        for i, (cat, msgs) in enumerate(mod.EXAMPLES):
            if isinstance(msgs, dict):
                msgs = [msgs]
            # Roughly a third of the plain single-turn requests are emitted in Claude Code block shape
            # (leading system-reminder block + the same literal text), chosen by a stable hash.
            key = int(hashlib.sha1(f"r-{mod.__name__}-{i}".encode()).hexdigest(), 16)
            if len(msgs) == 1 and isinstance(msgs[0]["content"], str) and key % 5 < 2:
                msgs = [cc(msgs[0]["content"], d=key % 6)]
            lines.append(json.dumps(finalize(i, cat, msgs), ensure_ascii=False, sort_keys=True))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
