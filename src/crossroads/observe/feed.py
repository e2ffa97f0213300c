"""The live decision feed: one line per request, coloured when a person is watching.

    14:03:07  3f2a91c0  claude-opus-4-8 → openai/gpt-4.1  code generation  router 12ms  in 1.2k out 340  2.41s  200

Colour follows the usual conventions: only on a terminal, never when `NO_COLOR` is set (no-color.org).
"""

from __future__ import annotations

import os
import time
from typing import Any, TextIO

RESET = "\033[0m"
STYLES = {"dim": "2", "bold": "1", "red": "31", "green": "32", "yellow": "33", "blue": "34", "magenta": "35",
          "cyan": "36"}
REASON_STYLE = {"router": "green", "sticky": "blue", "lane": "cyan", "explicit": "bold", "scenario": "yellow",
                "fallback": "red", "default": "dim"}


def use_color(stream: TextIO) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Painter:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, text: str, style: str) -> str:
        if not self.enabled or style not in STYLES:
            return text
        return f"\033[{STYLES[style]}m{text}{RESET}"


def tokens(count: int | None) -> str:
    count = int(count or 0)
    if count < 1000:
        return str(count)
    if count < 1_000_000:
        return f"{count / 1000:.1f}k"
    return f"{count / 1_000_000:.2f}M"


def duration(ms: float | None) -> str:
    if ms is None:
        return "-"
    return f"{ms:.0f}ms" if ms < 1000 else f"{ms / 1000:.2f}s"


def clock(ts: float, now: float | None = None) -> str:
    local = time.localtime(ts)
    today = time.localtime(now if now is not None else time.time())
    if (local.tm_year, local.tm_yday) == (today.tm_year, today.tm_yday):
        return time.strftime("%H:%M:%S", local)
    return time.strftime("%m-%d %H:%M:%S", local)


def short_session(session: str | None) -> str:
    return (session or "-")[:8].ljust(8)


def format_line(record: dict[str, Any], color: bool = False, now: float | None = None) -> str:
    paint = Painter(color)
    reason = str(record.get("reason") or "-")
    status = int(record.get("status") or 0)
    failed = status >= 400 or bool(record.get("error_type")) or status == 0
    parts = [
        paint(clock(float(record["ts"]), now), "dim"),
        paint(short_session(record.get("session")), "dim"),
        f"{paint(str(record.get('requested_model') or '-'), 'cyan')} → "
        f"{paint(str(record.get('model') or '-'), 'magenta')}",
        paint(str(record.get("route") or "-"), "bold"),
        paint(reason, REASON_STYLE.get(reason, "")) + (f" {duration(record.get('router_ms'))}"
                                                        if record.get("router_ms") is not None else ""),
        _token_part(record),
        duration(record.get("latency_ms")),
        paint(_status_text(record), "red" if failed else "green"),
    ]
    if record.get("fallback_from"):
        parts.append(paint(f"(fell back from {record['fallback_from']})", "yellow"))
    return "  ".join(parts)


def _token_part(record: dict[str, Any]) -> str:
    text = f"in {tokens(record.get('input_tokens'))}"
    cached = int(record.get("cache_read_tokens") or 0) + int(record.get("cache_write_tokens") or 0)
    if cached:
        text += f" +{tokens(cached)} cache"
    return f"{text} out {tokens(record.get('output_tokens'))}"


def _status_text(record: dict[str, Any]) -> str:
    status = str(record.get("status") or "-")
    error = record.get("error_type")
    return f"{status} {error}" if error else status
