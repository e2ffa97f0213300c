#!/usr/bin/env python3
"""Build training/routing/corpus_j.jsonl deterministically from the hand-written examples."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import h  # noqa: E402
import gen_codegen, gen_understanding, gen_review, gen_arch, gen_debug, gen_docs, gen_other  # noqa: E402,F401

OUT = os.path.join(os.path.dirname(HERE), "corpus_j.jsonl")


import sessions  # noqa: E402

CODING = ["code_generation", "code_understanding", "code_review", "architecture", "debugging", "documentation"]


def attach_sessions():
    """Prepend one hand-written earlier session (unrelated tool loop) to ten single-turn
    requests per coding category, so the final message must be judged on its own."""
    k = 0
    for cat in CODING:
        singles = [i for i, (c, m) in enumerate(h.EXAMPLES) if c == cat and len(m) == 1]
        for i in singles[1::2][:10]:
            c, m = h.EXAMPLES[i]
            h.EXAMPLES[i] = (c, tuple(sessions.P[k]) + tuple(m))
            k += 1
    assert k == len(sessions.P), k


def main():
    attach_sessions()
    rows = h.finalize_all()
    with open(OUT, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} rows to {OUT}")


if __name__ == "__main__":
    main()
