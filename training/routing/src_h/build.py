#!/usr/bin/env python3
"""Write training/routing/corpus_h.jsonl from the hand-written examples in this folder."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import cat_architecture
import cat_code_generation
import cat_code_review
import cat_code_understanding
import cat_debugging
import cat_documentation
import cat_other

OUT = os.path.join(os.path.dirname(HERE), "corpus_h.jsonl")


def main():
    rows = []
    for mod in (cat_code_generation, cat_code_understanding, cat_code_review,
                cat_architecture, cat_debugging, cat_documentation):
        for msgs in mod.EXAMPLES:
            rows.append((mod.CATEGORY, msgs))
    rows.extend(cat_other.EXAMPLES)
    with open(OUT, "w", encoding="utf-8") as f:
        for cat, msgs in rows:
            f.write(json.dumps({"kind": "request", "category": cat, "messages": msgs},
                               ensure_ascii=False, sort_keys=False) + "\n")
    print(f"wrote {len(rows)} requests to {OUT}")


if __name__ == "__main__":
    main()
