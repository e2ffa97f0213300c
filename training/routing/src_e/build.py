#!/usr/bin/env python3
"""Write training/routing/corpus_e.jsonl from the hand-written examples in cat_*.py.

    python3 training/routing/src_e/build.py

Deterministic: modules are imported in a fixed order and examples keep their written order.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402

MODULES = [
    "cat_code_generation",
    "cat_code_understanding",
    "cat_code_review",
    "cat_architecture",
    "cat_debugging",
    "cat_documentation",
    "cat_other",
]

CODING = {"code_generation", "code_understanding", "code_review", "architecture", "debugging", "documentation"}
OTHER = {"chit_chat", "creative_writing", "business_writing", "general_knowledge", "math_help",
         "language_translation", "summarization", "life_advice", "product_management", "git_help"}


def main() -> int:
    for name in MODULES:
        __import__(name)
    out = HERE.parent / "corpus_e.jsonl"
    counts = Counter()
    with out.open("w", encoding="utf-8") as f:
        for category, messages in common.REGISTRY:
            if category not in CODING | OTHER:
                raise SystemExit(f"unknown category {category!r}")
            counts[category] += 1
            f.write(json.dumps({"kind": "request", "category": category, "messages": messages},
                               ensure_ascii=False) + "\n")
    for c in sorted(counts):
        print(f"{c:22s} {counts[c]}")
    print(f"total {sum(counts.values())} -> {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
