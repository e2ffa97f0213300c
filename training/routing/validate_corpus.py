#!/usr/bin/env python3
"""Validate routing training corpora (JSONL).  Standard library only.

Usage:
    python training/routing/validate_corpus.py training/routing/corpus_a.jsonl [more.jsonl ...]

Checks, per line:
  * valid JSON object with a known "kind" ("category" or "request")
  * category lines: string id, parent null or string, exactly 10 distinct
    non-empty string descriptions, no duplicate category ids
  * request lines: known category (defined by a category line in any of the
    given files), non-empty messages list starting with "user" and strictly
    alternating user/assistant, ending with a user message that contains text
  * content is a non-empty string or a non-empty list of blocks of type
    text / tool_use / tool_result (image/document/thinking tolerated)
  * tool_use blocks only in assistant messages, with "toolu_" id (unique in the
    conversation), name and dict input
  * tool_result blocks only in user messages, and every tool_use_id matches a
    tool_use in the immediately preceding assistant message; every tool_use
    that is followed by a user message gets a result there
  * parents refer to known categories (warning if the parent lives elsewhere)

Prints per-category counts and shape statistics; exits 1 on any error.
"""
import json
import sys
from collections import Counter, defaultdict

KNOWN_BLOCKS = {"text", "tool_use", "tool_result", "image", "document", "thinking", "redacted_thinking"}


def _blocks(content):
    return content if isinstance(content, list) else []


def check_content(content, role, where, errors):
    if isinstance(content, str):
        if not content.strip():
            errors.append(f"{where}: empty string content")
        return
    if not isinstance(content, list) or not content:
        errors.append(f"{where}: content must be a non-empty string or list")
        return
    for j, b in enumerate(content):
        w = f"{where} block {j}"
        if not isinstance(b, dict) or "type" not in b:
            errors.append(f"{w}: block must be an object with a type")
            continue
        t = b["type"]
        if t not in KNOWN_BLOCKS:
            errors.append(f"{w}: unknown block type {t!r}")
        elif t == "text":
            if not isinstance(b.get("text"), str) or not b["text"].strip():
                errors.append(f"{w}: text block needs non-empty text")
        elif t == "tool_use":
            if role != "assistant":
                errors.append(f"{w}: tool_use in a {role} message")
            if not isinstance(b.get("id"), str) or not b["id"].startswith("toolu_"):
                errors.append(f"{w}: tool_use id must be a 'toolu_' string")
            if not isinstance(b.get("name"), str) or not b["name"]:
                errors.append(f"{w}: tool_use needs a name")
            if not isinstance(b.get("input"), dict):
                errors.append(f"{w}: tool_use input must be an object")
        elif t == "tool_result":
            if role != "user":
                errors.append(f"{w}: tool_result in a {role} message")
            if not isinstance(b.get("tool_use_id"), str):
                errors.append(f"{w}: tool_result needs tool_use_id")
            c = b.get("content")
            if c is not None and not isinstance(c, (str, list)):
                errors.append(f"{w}: tool_result content must be string or list")


def check_messages(msgs, where, errors):
    if not isinstance(msgs, list) or not msgs:
        errors.append(f"{where}: messages must be a non-empty list")
        return
    seen_ids = set()
    for i, m in enumerate(msgs):
        w = f"{where} msg {i}"
        if not isinstance(m, dict):
            errors.append(f"{w}: message must be an object")
            return
        expected = "user" if i % 2 == 0 else "assistant"
        if m.get("role") != expected:
            errors.append(f"{w}: expected role {expected!r}, got {m.get('role')!r}")
        check_content(m.get("content"), m.get("role"), w, errors)
        blocks = _blocks(m.get("content"))
        for b in blocks:
            if isinstance(b, dict) and b.get("type") == "tool_use":
                if b.get("id") in seen_ids:
                    errors.append(f"{w}: duplicate tool_use id {b.get('id')}")
                seen_ids.add(b.get("id"))
        if m.get("role") == "user" and i > 0:
            prev_ids = {b.get("id") for b in _blocks(msgs[i - 1].get("content"))
                        if isinstance(b, dict) and b.get("type") == "tool_use"}
            got = set()
            for b in blocks:
                if isinstance(b, dict) and b.get("type") == "tool_result":
                    tid = b.get("tool_use_id")
                    if tid not in prev_ids:
                        errors.append(f"{w}: tool_result {tid} has no matching tool_use in the preceding assistant message")
                    got.add(tid)
            missing = prev_ids - got
            if missing:
                errors.append(f"{w}: tool_use ids without a tool_result: {sorted(missing)}")
    last = msgs[-1]
    if last.get("role") != "user":
        errors.append(f"{where}: last message must be from the user")
    else:
        c = last.get("content")
        has_text = (isinstance(c, str) and c.strip()) or any(
            isinstance(b, dict) and b.get("type") == "text" and b.get("text", "").strip()
            and not b["text"].lstrip().startswith("<system-reminder>")
            for b in _blocks(c))
        if not has_text:
            errors.append(f"{where}: last user message carries no (non-reminder) text")


def main(paths):
    if not paths:
        print(__doc__)
        return 2
    errors, warnings = [], []
    categories = {}
    requests = []
    for path in paths:
        with open(path, encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                where = f"{path}:{n}"
                if not line.strip():
                    errors.append(f"{where}: blank line")
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as e:
                    errors.append(f"{where}: invalid JSON ({e})")
                    continue
                if not isinstance(obj, dict):
                    errors.append(f"{where}: line is not a JSON object")
                    continue
                kind = obj.get("kind")
                if kind == "category":
                    cid = obj.get("category")
                    if not isinstance(cid, str) or not cid:
                        errors.append(f"{where}: category id must be a non-empty string")
                        continue
                    if cid in categories:
                        errors.append(f"{where}: duplicate category {cid!r}")
                    parent = obj.get("parent", "MISSING")
                    if parent == "MISSING":
                        errors.append(f"{where}: category line needs a 'parent' key (null allowed)")
                    elif parent is not None and not isinstance(parent, str):
                        errors.append(f"{where}: parent must be null or a string")
                    descs = obj.get("descriptions")
                    if not isinstance(descs, list) or len(descs) != 10:
                        errors.append(f"{where}: {cid} needs exactly 10 descriptions")
                    else:
                        if any(not isinstance(d, str) or not d.strip() for d in descs):
                            errors.append(f"{where}: {cid} has an empty/non-string description")
                        elif len({d.strip().lower() for d in descs}) != 10:
                            errors.append(f"{where}: {cid} has duplicate descriptions")
                    categories[cid] = (parent if parent != "MISSING" else None, where)
                elif kind == "request":
                    requests.append((where, obj))
                else:
                    errors.append(f"{where}: unknown kind {kind!r}")

    for cid, (parent, where) in categories.items():
        if parent is not None and parent not in categories:
            warnings.append(f"{where}: parent {parent!r} of {cid!r} is not defined in the given files")

    counts = Counter()
    shape = defaultdict(Counter)
    finals = defaultdict(list)
    sizes = []
    for where, obj in requests:
        cat = obj.get("category")
        if cat not in categories:
            errors.append(f"{where}: unknown category {cat!r}")
        msgs = obj.get("messages")
        check_messages(msgs, where, errors)
        counts[cat] += 1
        if not isinstance(msgs, list) or not msgs:
            continue
        size = len(json.dumps(msgs, ensure_ascii=False).encode("utf-8"))
        sizes.append(size)
        if len(msgs) > 1:
            shape[cat]["multi_turn"] += 1
        if any(isinstance(m, dict) and isinstance(m.get("content"), list) for m in msgs):
            shape[cat]["block_content"] += 1
        if any(isinstance(b, dict) and b.get("type") == "tool_use"
               for m in msgs if isinstance(m, dict) for b in _blocks(m.get("content"))):
            shape[cat]["tool_loop"] += 1
        if any(isinstance(b, dict) and b.get("type") == "text" and "<system-reminder>" in b.get("text", "")
               for m in msgs if isinstance(m, dict) for b in _blocks(m.get("content"))):
            shape[cat]["system_reminder"] += 1
        last = msgs[-1].get("content") if isinstance(msgs[-1], dict) else ""
        if isinstance(last, list):
            last = " ".join(b.get("text", "") for b in last if isinstance(b, dict) and b.get("type") == "text"
                            and "<system-reminder>" not in b.get("text", ""))
        if isinstance(last, str):
            # rough non-ASCII-letter ratio as a proxy for non-English text
            letters = [ch for ch in last if ch.isalpha()]
            if letters and sum(ord(ch) > 127 for ch in letters) / len(letters) > 0.3:
                shape[cat]["non_latin_script"] += 1
            finals[" ".join(last.lower().split())].append(where)
        if size > 8192:
            warnings.append(f"{where}: request is {size} bytes (> 8 KB)")

    for text, wheres in finals.items():
        if len(wheres) > 1:
            errors.append(f"identical final user message in {', '.join(wheres)}: {text[:80]!r}")

    print(f"{'category':22s} {'parent':18s} {'reqs':>5s} {'multi':>6s} {'blocks':>7s} {'tools':>6s} {'remind':>7s} {'nonlatin':>9s}")
    for cid in sorted(categories):
        parent = categories[cid][0] or "-"
        s = shape[cid]
        print(f"{cid:22s} {parent:18s} {counts[cid]:5d} {s['multi_turn']:6d} {s['block_content']:7d} "
              f"{s['tool_loop']:6d} {s['system_reminder']:7d} {s['non_latin_script']:9d}")
    for cat in counts:
        if cat not in categories:
            print(f"{cat!s:22s} {'(undefined)':18s} {counts[cat]:5d}")
    total = sum(counts.values())
    print(f"\ncategories: {len(categories)}  requests: {total}")
    if sizes:
        sizes.sort()
        print(f"request size bytes: median {sizes[len(sizes) // 2]}, max {sizes[-1]}, "
              f">2KB {sum(s > 2048 for s in sizes)}, >8KB {sum(s > 8192 for s in sizes)}")
    for w in warnings:
        print("WARNING:", w)
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
