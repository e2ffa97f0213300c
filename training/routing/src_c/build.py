#!/usr/bin/env python3
"""Write training/routing/corpus_c.jsonl from the hand-written examples in this folder.

    python3 training/routing/src_c/build.py

Deterministic: tool_use ids and reminder dates are derived from a hash of the example's
position, so rebuilding yields a byte-identical file.
"""
from __future__ import annotations

import copy
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import common  # noqa: E402
import cat_architecture  # noqa: E402
import cat_code_generation  # noqa: E402
import cat_code_review  # noqa: E402
import cat_code_understanding  # noqa: E402
import cat_debugging  # noqa: E402
import cat_documentation  # noqa: E402
import cat_other  # noqa: E402

MODULES = [cat_code_generation, cat_code_understanding, cat_code_review, cat_architecture,
           cat_debugging, cat_documentation, cat_other]
OUT = HERE.parent / "corpus_c.jsonl"
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
DATES = ["2026-11-26", "2026-11-25", "2026-10-03", "2026-09-17", "2026-12-01", "2026-08-22",
         "2026-07-09", "2026-11-12", "2026-06-30", "2027-01-14", "2026-05-05", "2026-10-28"]


def _b62(data: bytes, n: int) -> str:
    v = int.from_bytes(data, "big")
    out = []
    for _ in range(n):
        v, r = divmod(v, 62)
        out.append(B62[r])
    return "".join(out)


def _tool_id(key: str) -> str:
    return "toolu_01" + _b62(hashlib.sha256(key.encode()).digest(), 22)


def finalize(raw: dict, key: str) -> dict:
    msgs = []
    date = DATES[int(hashlib.sha256(key.encode()).hexdigest(), 16) % len(DATES)]
    pending: list[str] = []
    for i, m in enumerate(raw["messages"]):
        role = "user" if i % 2 == 0 else "assistant"
        if isinstance(m, str):
            if pending:
                raise ValueError(f"{key} msg {i}: plain string after tool_use")
            msgs.append({"role": role, "content": m})
            continue
        m = copy.deepcopy(m)
        if m["role"] != role:
            raise ValueError(f"{key} msg {i}: expected {role}")
        results = 0
        new_pending = []
        for j, b in enumerate(m["content"]):
            if b.get("text") == common.DATE_MARK:
                b["text"] = common.date_text(date)
            if b["type"] == "tool_use":
                tid = _tool_id(f"{key}|{i}|{j}")
                m["content"][j] = {"type": "tool_use", "id": tid, "name": b["name"], "input": b["input"]}
                new_pending.append(tid)
            elif b["type"] == "tool_result":
                if results >= len(pending):
                    raise ValueError(f"{key} msg {i}: more tool_results than tool_uses")
                nb = {"type": "tool_result", "tool_use_id": pending[results], "content": b["content"]}
                if b.get("is_error"):
                    nb["is_error"] = True
                m["content"][j] = nb
                results += 1
        if role == "user" and results != len(pending):
            raise ValueError(f"{key} msg {i}: {len(pending)} tool_uses but {results} results")
        pending = new_pending if role == "assistant" else []
        msgs.append(m)
    if len(msgs) % 2 == 0:
        raise ValueError(f"{key}: must end with a user message")
    return {"kind": "request", "category": raw["category"], "messages": msgs}


def main() -> int:
    lines = []
    for mod in MODULES:
        for n, raw in enumerate(mod.EXAMPLES):
            key = f"c|{mod.__name__}|{n}"
            lines.append(json.dumps(finalize(raw, key), ensure_ascii=False))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {len(lines)} requests to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
