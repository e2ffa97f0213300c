import glob
import hashlib
import importlib
import json
import os
import sys
from collections import Counter

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import lib

mods = sorted(os.path.basename(p)[:-3] for p in glob.glob(os.path.join(os.path.dirname(__file__), "*_[a-z].py")))
for m in mods:
    importlib.import_module(m)


def is_reminder(t):
    return t.lstrip().startswith("<system-reminder>")


def user_texts(m):
    c = m["content"]
    if isinstance(c, str):
        return [c]
    return [b["text"] for b in c if b.get("type") == "text" and not is_reminder(b["text"])]


out = []
keys = set()
for e in lib.EXAMPLES:
    assert e["key"] not in keys, e["key"]
    keys.add(e["key"])
    msgs = e["messages"]
    conv = [m for m in msgs if m["role"] != "system"]
    tags = set(e["tags"])
    blocks = [b for m in conv if isinstance(m["content"], list) for b in m["content"]]
    has_tr = any(b.get("type") == "tool_result" for b in blocks)
    last = conv[-1]
    last_texts = [t for t in user_texts(last) if t not in (lib.INTERRUPT,)]
    if len(conv) >= 3:
        tags.add("multi_turn")
    if has_tr:
        tags.add("tool_result")
        if last_texts:
            tags.add("tool_loop")
    if isinstance(last["content"], list) and last["content"] and all(b.get("type") == "tool_result" for b in last["content"]):
        tags.add("tool_result_last")
        tags.discard("tool_loop")
    if any(b.get("type") == "tool_result" and b.get("is_error") for b in blocks):
        tags.add("tool_error")
    if any(b.get("type") == "thinking" for b in blocks):
        tags.add("thinking")
    if any(b.get("type") == "text" and "<system-reminder>" in b["text"] for b in blocks):
        tags.add("system_reminder")
    if any(b.get("type") == "text" and b["text"] == lib.INTERRUPT for b in blocks):
        tags.add("interrupted")
    if any(l.isascii() is False for l in []):
        pass
    lt = "\n".join(last_texts).strip()
    if lt and len(lt) <= 40:
        tags.add("terse")
    size = len(json.dumps(msgs, ensure_ascii=False).encode())
    if size > 6000:
        tags.add("large")
    eid = "rt-" + hashlib.sha1(e["key"].encode()).hexdigest()[:7]
    out.append({"id": eid, "label": e["label"], "messages": msgs, "tags": sorted(tags)})

ids = [o["id"] for o in out]
assert len(ids) == len(set(ids)), "id collision"
out.sort(key=lambda o: o["id"])
dest = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "dev.jsonl")
os.makedirs(os.path.dirname(dest), exist_ok=True)
with open(dest, "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False, separators=(",", ":")) + "\n")
print(len(out), Counter(o["label"] for o in out))
