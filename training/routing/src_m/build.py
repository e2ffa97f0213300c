#!/usr/bin/env python3
"""Build training/routing/corpus_m.jsonl deterministically from the literal examples in cat_*.py.

Batch m: multi-turn conversations whose latest user text is a short follow-up that only makes sense with the
earlier context (continuations of the earlier intent and intent shifts), labelled by the latest intent."""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))  # conversation_shapes
from conversation_shapes import finalize  # noqa: E402
import cat_gen, cat_und, cat_rev, cat_arch, cat_dbg, cat_doc, cat_other  # noqa: E402

def merge_assistant(msgs):
    """An assistant text reply written literally right before an assistant tool call (a(...) then at("", ...))
    is one assistant turn in the API: merge them into a single turn (text block, then the tool_use blocks)."""
    out = []
    for m in msgs:
        prev = out[-1] if out else None
        if prev is not None and m["role"] == "assistant" and prev["role"] == "assistant":
            pb = prev["content"] if isinstance(prev["content"], list) else [{"type": "text", "text": prev["content"]}]
            mb = m["content"] if isinstance(m["content"], list) else [{"type": "text", "text": m["content"]}]
            out[-1] = {"role": "assistant", "content": pb + mb}
            continue
        out.append(m)
    return out


OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "corpus_m.jsonl")


def main():
    lines = []
    for mod in (cat_gen, cat_und, cat_rev, cat_arch, cat_dbg, cat_doc, cat_other):
        for i, (cat, msgs) in enumerate(mod.EXAMPLES):
            if isinstance(msgs, dict):
                msgs = [msgs]
            msgs = merge_assistant(msgs)
            lines.append(json.dumps(finalize(f"m-{mod.__name__}-{i}", cat, msgs), ensure_ascii=False, sort_keys=True))
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} lines to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
