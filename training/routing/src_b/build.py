"""Emit training/routing/corpus_b.jsonl from the hand-written category modules.

Usage:  python training/routing/src_b/build.py
"""

import importlib
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "corpus_b.jsonl"
sys.path.insert(0, str(HERE))

MODULES = [
    "cat_explain_concept",
    "cat_algorithm_explanation",
    "cat_error_explanation",
    "cat_failing_tests",
    "cat_env_setup_problems",
    "cat_commit_messages",
    "cat_code_comments",
    "cat_git_help",
    "cat_data_analysis",
    "cat_chit_chat",
    "cat_creative_writing",
    "cat_business_writing",
    "cat_general_knowledge",
    "cat_math_help",
    "cat_language_translation",
    "cat_summarization",
    "cat_life_advice",
    "cat_product_management",
]

N_DESCRIPTIONS = 10
N_REQUESTS = 40


def last_user_text(messages):
    content = messages[-1]["content"]
    if isinstance(content, str):
        return content
    texts = [b["text"] for b in content if b.get("type") == "text" and not b["text"].startswith("<system-reminder>")]
    return texts[-1] if texts else ""


def validate_messages(msgs, where):
    assert isinstance(msgs, list) and msgs, where
    assert msgs[0]["role"] == "user", f"{where}: must start with user"
    assert msgs[-1]["role"] == "user", f"{where}: must end with user"
    for i, m in enumerate(msgs):
        expected = "user" if i % 2 == 0 else "assistant"
        assert m["role"] == expected, f"{where}: role alternation broken at {i}"
        assert set(m) == {"role", "content"}, f"{where}: extra keys {set(m)}"
        c = m["content"]
        if isinstance(c, str):
            assert c.strip(), f"{where}: empty content at {i}"
            continue
        assert isinstance(c, list) and c, f"{where}: bad content at {i}"
        for b in c:
            t = b["type"]
            if t == "text":
                assert b["text"].strip(), where
            elif t == "tool_use":
                assert m["role"] == "assistant", where
                assert b["id"].startswith("toolu_") and b["name"] and isinstance(b["input"], dict), where
            elif t == "tool_result":
                assert m["role"] == "user", where
                assert isinstance(b["content"], str), where
            else:
                raise AssertionError(f"{where}: unknown block type {t}")
    # every tool_use is answered in the next user turn, and every tool_result refers to the previous turn
    for i, m in enumerate(msgs):
        if isinstance(m["content"], str):
            continue
        uses = [b["id"] for b in m["content"] if b["type"] == "tool_use"]
        if uses:
            nxt = msgs[i + 1]["content"]
            assert isinstance(nxt, list), where
            results = [b["tool_use_id"] for b in nxt if b["type"] == "tool_result"]
            assert results == uses, f"{where}: tool ids mismatch at {i}"
        results = [b["tool_use_id"] for b in m["content"] if b["type"] == "tool_result"]
        if results:
            prev = msgs[i - 1]["content"]
            assert isinstance(prev, list), where
            assert results == [b["id"] for b in prev if b["type"] == "tool_use"], where
    assert last_user_text(msgs).strip(), f"{where}: last user message carries no text"


def main():
    lines = []
    seen_texts = {}
    seen_descs = set()
    stats = {}
    for name in MODULES:
        mod = importlib.import_module(name)
        cat = mod.CATEGORY
        cid = cat["category"]
        descs = cat["descriptions"]
        assert len(descs) == N_DESCRIPTIONS, (cid, len(descs))
        assert len(set(descs)) == N_DESCRIPTIONS, cid
        for d in descs:
            assert d not in seen_descs, (cid, d)
            seen_descs.add(d)
        lines.append({"kind": "category", "category": cid, "parent": cat["parent"], "descriptions": descs})
        reqs = mod.REQUESTS
        assert len(reqs) == N_REQUESTS, (cid, len(reqs))
        s = Counter()
        for j, msgs in enumerate(reqs):
            where = f"{cid}[{j}]"
            validate_messages(msgs, where)
            key = " ".join(last_user_text(msgs).lower().split())
            assert key not in seen_texts, f"{where}: duplicate of {seen_texts[key]}"
            seen_texts[key] = where
            size = len(json.dumps(msgs, ensure_ascii=False).encode())
            s["multi_turn"] += len(msgs) > 1
            s["block_shape"] += any(isinstance(m["content"], list) for m in msgs)
            s["tool_loop"] += any(
                isinstance(m["content"], list) and any(b["type"] == "tool_use" for b in m["content"]) for m in msgs
            )
            s["over_2kb"] += size > 2048
            lines.append({"kind": "request", "category": cid, "messages": msgs})
        stats[cid] = s
    with OUT.open("w", encoding="utf-8") as f:
        for obj in lines:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    print(f"wrote {len(lines)} lines to {OUT}")
    print(f"{'category':24} multi  blocks  tools  >2KB")
    for cid, s in stats.items():
        print(f"{cid:24} {s['multi_turn']:5} {s['block_shape']:7} {s['tool_loop']:6} {s['over_2kb']:5}")


if __name__ == "__main__":
    main()
