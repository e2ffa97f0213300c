"""Turn a conversation into what the embedded router embeds: the latest intent in prose, its context, and a few
flags. Pasted code, stack traces and diffs are evidence of intent, not the intent: they are cut out of the prose
and only counted."""

from __future__ import annotations

import itertools
import math
import re
import zlib
from dataclasses import dataclass

import numpy as np

from crossroads.routing.conversation import Utterance

_FENCE = re.compile(r"```.*?(?:```|\Z)", re.DOTALL)
_TRACE_LINE = re.compile(
    r"^\s*(Traceback \(most recent call last\)|File \".*\", line \d+|at [\w$.<>]+\(.*\)|"
    r"Exception in thread|panic:|goroutine \d+|thread '.*' panicked|error(\[E\d+\])?:|\w*(Error|Exception)\b.*:|"
    r"#\d+\s+0x[0-9a-f]+|\s*\^+\s*$|npm ERR!|FAILED |E\s{2,}|Caused by:)"
)
_DIFF_LINE = re.compile(r"^(diff --git|index [0-9a-f]+\.\.|@@ .* @@|--- |\+\+\+ |[+-](?![+-]))")
_CODE_LINE = re.compile(
    r"^\s*(def |class |import |from \S+ import|func |fn |pub |let |const |var |return\b|if \(|for \(|while \(|"
    r"#include|using |package |public |private |static |async |await |[\w.]+\s*=\s*[^=]|[}\]);]+\s*$|<\/?\w+[^>]*>\s*$|"
    r"SELECT |INSERT |UPDATE |CREATE |\$ |>>> )"
)
_SYMBOLS = re.compile(r"[{}();=<>\[\]]")
_BLOCK_OPENER = re.compile(r"^(for|if|elif|else|while|with|try|except|catch|finally|switch|case|match|do|loop)\b.*[:{]$|^}")
_PATH = re.compile(r"\b[\w.-]+/[\w./-]+\.\w{1,5}\b|\b\w+\.(py|ts|tsx|js|go|rs|java|rb|php|cs|cpp|c|h|sql|ya?ml|md)\b")

MAX_PROSE_CHARS = 1200
MAX_CONTEXT_CHARS = 600


@dataclass(frozen=True, slots=True)
class RequestView:
    prose: str
    """The latest user text without code, traces or diffs."""
    previous: str
    """The user's text before it (a follow-up such as "now in Go" takes its intent from there)."""
    reply: str
    """The assistant's last text: what the latest user text answers to."""
    flags: tuple[float, ...]


FLAG_NAMES = ("code_block", "stack_trace", "diff", "code_ratio", "question", "follow_up", "prose_len", "file_path")


def _is_code_line(line: str) -> bool:
    if _CODE_LINE.match(line):
        return True
    stripped = line.strip()
    if _BLOCK_OPENER.match(stripped):
        return True  # `for x in items:`, `if (a) {`, `} else {`
    if " " not in stripped and ("(" in stripped or "." in stripped or "_" in stripped) and not stripped.endswith("?"):
        return True  # a bare call or identifier: `main()`, `foo.bar`, `user_id`
    if len(stripped) >= 12:
        symbols = len(_SYMBOLS.findall(stripped))
        return symbols / len(stripped) > 0.08
    return False


def split_prose(text: str) -> tuple[str, dict[str, float]]:
    """The prose of a message and counts of what was cut (fenced code, trace, diff and code lines)."""
    counts = {"fence": 0.0, "trace": 0.0, "diff": 0.0, "code": 0.0, "lines": 0.0}
    fences = _FENCE.findall(text)
    counts["fence"] = float(len(fences))
    text = _FENCE.sub("\n", text)
    kept: list[str] = []
    for line in text.splitlines():
        if not line.strip():
            continue
        counts["lines"] += 1
        if _TRACE_LINE.match(line):
            counts["trace"] += 1
        elif (_DIFF_LINE.match(line) and not line.startswith(("- ", "-\t"))) or line.startswith(("+++", "---", "@@")):
            counts["diff"] += 1
        elif _is_code_line(line):
            counts["code"] += 1
        else:
            kept.append(line.strip())
    return " ".join(kept), counts


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit // 2] + " … " + text[-limit // 2 :]


def view(conversation: list[Utterance]) -> RequestView:
    """What the embedded router reads from a conversation (the latest user text weighs most)."""
    users = [i for i, u in enumerate(conversation) if u.role == "user"]
    if not users:
        return RequestView("", "", "", (0.0,) * len(FLAG_NAMES))
    latest_index = users[-1]
    latest = conversation[latest_index].text
    prose, counts = split_prose(latest)
    if len(prose) < 3:
        prose = latest
    previous = reply = ""
    for utterance in reversed(conversation[:latest_index]):
        part = split_prose(utterance.text)[0] or utterance.text  # a message of pasted code still says something
        if utterance.role == "assistant" and not reply and not previous:
            reply = _clip(part, MAX_CONTEXT_CHARS)
        elif utterance.role == "user" and part.strip():
            previous = _clip(part, MAX_CONTEXT_CHARS)
            break
    lines = max(counts["lines"], 1.0)
    flags = (
        min(counts["fence"], 3.0) / 3,
        min(counts["trace"], 5.0) / 5,
        min(counts["diff"], 5.0) / 5,
        (counts["code"] + counts["trace"] + counts["diff"]) / lines,
        1.0 if "?" in prose[-200:] else 0.0,
        1.0 if len(users) > 1 else 0.0,
        min(math.log1p(len(prose)) / 8, 1.0),
        1.0 if _PATH.search(latest) else 0.0,
    )
    return RequestView(_clip(prose, MAX_PROSE_CHARS), previous, reply, flags)


# Lexical evidence: intent words ("review", "explain", "why", "README", "設計") are strong cues that a sentence
# embedding can blur when code words dominate. Hashed unigrams and bigrams of the prose, and character bigrams for
# scripts written without spaces.
LEXICAL_BUCKETS = 4096
MAX_LEXICAL_TOKENS = 64
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_NO_SPACES = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f]")


def _tokens(text: str) -> list[str]:
    tokens: list[str] = []
    for word in _WORD.findall(text.lower()):
        if _NO_SPACES.search(word):
            tokens.extend(word[i : i + 2] for i in range(max(len(word) - 1, 1)))
        else:
            tokens.append(word)
        if len(tokens) >= MAX_LEXICAL_TOKENS:
            break
    return tokens[:MAX_LEXICAL_TOKENS]


def lexical_vector(text: str) -> np.ndarray:
    vector = np.zeros(LEXICAL_BUCKETS, dtype=np.float32)
    tokens = _tokens(text)
    for gram in tokens + [f"{a} {b}" for a, b in itertools.pairwise(tokens)]:
        vector[zlib.crc32(gram.encode()) % LEXICAL_BUCKETS] = 1.0
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector
