#!/usr/bin/env python3
"""Build training/routing/corpus_d.jsonl from the hand-written examples in this folder.

    python3 training/routing/src_d/build.py

Deterministic: modules are read in a fixed order, then interleaved with a seeded shuffle.
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.dont_write_bytecode = True

import cat_architecture  # noqa: E402
import cat_code_generation  # noqa: E402
import cat_code_review  # noqa: E402
import cat_code_understanding  # noqa: E402
import cat_debugging  # noqa: E402
import cat_documentation  # noqa: E402
import cat_other  # noqa: E402

MODULES = [cat_code_generation, cat_code_understanding, cat_code_review, cat_architecture,
           cat_debugging, cat_documentation, cat_other]
OUT = HERE.parent / "corpus_d.jsonl"


def main() -> None:
    examples = [e for m in MODULES for e in m.EXAMPLES]
    random.Random(20261126).shuffle(examples)
    with OUT.open("w", encoding="utf-8") as f:
        for e in examples:
            f.write(json.dumps({"kind": "request", "category": e["category"], "messages": e["messages"]},
                               ensure_ascii=False) + "\n")
    print(f"wrote {len(examples)} requests to {OUT}")


if __name__ == "__main__":
    main()
