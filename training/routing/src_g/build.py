#!/usr/bin/env python3
"""Write training/routing/corpus_g.jsonl from the hand-written examples.

Deterministic: examples come from the cat_*.py modules in a fixed order.  Two
build-time steps, both deterministic:
  * each coding category's last listed example is swapped for its long
    example from long_examples.py (big pasted logs/code, short intent);
  * about 30% of the examples whose user turns are all plain strings get the
    final user turn re-shaped the way Claude Code sends it (a list of text
    blocks led by a <system-reminder> block).  The choice is by a hash of the
    final text, so it never changes between builds.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat_debugging, cat_code_understanding, cat_code_generation, cat_code_review  # noqa: E402
import cat_architecture, cat_documentation, cat_other  # noqa: E402
from long_examples import LONG  # noqa: E402
from common import reminder, txt  # noqa: E402

MODULES = [cat_debugging, cat_code_understanding, cat_code_generation, cat_code_review,
           cat_architecture, cat_documentation, cat_other]


def _claude_code_shape(ex):
    msgs = ex["messages"]
    users = [m for m in msgs if m["role"] == "user"]
    if not all(isinstance(m["content"], str) for m in users):
        return ex
    last = msgs[-1]["content"]
    h = int(hashlib.sha256(last.encode("utf-8")).hexdigest(), 16)
    if h % 10 >= 3:
        return ex
    msgs[-1] = {"role": "user", "content": [reminder(h // 10), txt(last)]}
    return ex


def main():
    out = os.path.join(os.path.dirname(HERE), "corpus_g.jsonl")
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for mod in MODULES:
            examples = list(mod.EXAMPLES)
            cat = examples[0]["category"]
            if cat in LONG:
                examples = examples[:-1] + [LONG[cat]]
            for ex in examples:
                ex = _claude_code_shape(ex)
                f.write(json.dumps(ex, ensure_ascii=False) + "\n")
                n += 1
    print(f"wrote {n} requests to {out}")


if __name__ == "__main__":
    main()
