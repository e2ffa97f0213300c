#!/usr/bin/env python3
"""Build training/routing/corpus_i.jsonl from the hand-written examples in this folder."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat_understanding, cat_debugging, cat_review, cat_architecture  # noqa: E402
import cat_generation, cat_documentation, cat_other  # noqa: E402

MODULES = [cat_understanding, cat_debugging, cat_review, cat_architecture,
           cat_generation, cat_documentation, cat_other]


def main():
    out = os.path.join(os.path.dirname(HERE), "corpus_i.jsonl")
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        for m in MODULES:
            for ex in m.EXAMPLES:
                f.write(json.dumps(ex, ensure_ascii=False, sort_keys=False) + "\n")
                n += 1
    print(f"wrote {n} requests to {out}")


if __name__ == "__main__":
    main()
