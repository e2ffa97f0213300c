"""Keep the training corpus apart from the evaluation set: list training requests whose final user text is close
to any text in bench/routing/dev.jsonl, so train.py leaves them out.

    python training/routing/decontaminate.py      # writes training/routing/excluded.txt

Closeness: the final user texts are normalised (case, spaces) and compared by word-trigram containment; a short
text is close when it is equal. This is the only script in training/ that reads the evaluation set, and it only
writes fingerprints of training texts.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEV = REPO / "bench" / "routing" / "dev.jsonl"
OUT = HERE / "excluded.txt"
THRESHOLD = 0.5
# Phrases from evaluation examples that an early version of the corpus-writing brief quoted as illustrations.
# Training requests built around them are left out too, so the evaluation stays unseen.
QUOTED_IN_BRIEF = ("is he right", "<<~", "cdn logs", "getting huge", "wrong user", "node_modules",
                   "commit and push", "that's all", "figured it out")
_REMINDER = re.compile(r"<system-reminder>.*?</system-reminder>", re.DOTALL)


def final_user_text(messages: list[dict]) -> str:
    for message in reversed(messages):
        if message.get("role") != "user":
            continue
        content = message.get("content")
        if isinstance(content, str):
            text = content
        else:
            text = " ".join(b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text")
        text = _REMINDER.sub(" ", text)
        if text.strip():
            return " ".join(text.lower().split())
    return ""


def fingerprint(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:16]


def trigrams(text: str) -> set[tuple[str, ...]]:
    words = text.split()
    return {tuple(words[i:i + 3]) for i in range(max(len(words) - 2, 1))}


def main() -> int:
    dev = [final_user_text(json.loads(line)["messages"]) for line in DEV.read_text().splitlines() if line.strip()]
    dev_grams = [(text, trigrams(text)) for text in dev if text]
    excluded: list[str] = []
    for path in sorted(HERE.glob("corpus_*.jsonl")):
        for number, line in enumerate(path.read_text().splitlines(), 1):
            item = json.loads(line)
            if item.get("kind") != "request":
                continue
            text = final_user_text(item["messages"])
            if any(phrase in text for phrase in QUOTED_IN_BRIEF):
                excluded.append(fingerprint(text))
                print(f"{path.name}:{number}: {text[:70]!r} (quoted in the brief)", file=sys.stderr)
                continue
            grams = trigrams(text)
            for dev_text, dev_set in dev_grams:
                short = min(len(grams), len(dev_set))
                close = text == dev_text or (short >= 3 and len(grams & dev_set) / short >= THRESHOLD)
                if close:
                    excluded.append(fingerprint(text))
                    print(f"{path.name}:{number}: {text[:70]!r} ~ {dev_text[:70]!r}", file=sys.stderr)
                    break
    OUT.write_text("".join(f"{f}\n" for f in sorted(set(excluded))))
    print(f"{len(set(excluded))} training requests excluded → {OUT.relative_to(REPO)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
