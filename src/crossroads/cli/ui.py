"""What every command shares when talking to a person: one-sentence errors, notes on stderr, time arguments."""

from __future__ import annotations

import re
import sys
import time
from datetime import datetime


class CliError(Exception):
    """A user-facing problem: printed as `crossroads: <message>` without a traceback, exit code `code`."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def note(message: str) -> None:
    print(f"crossroads: {message}", file=sys.stderr, flush=True)


def warn(message: str) -> None:
    print(f"crossroads: warning: {message}", file=sys.stderr, flush=True)


_AGO = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|min|h|d|w)\s*$", re.IGNORECASE)
_FACTORS = {"s": 1, "m": 60, "min": 60, "h": 3600, "d": 86400, "w": 7 * 86400}


def parse_since(text: str, now: float | None = None) -> float:
    """Epoch seconds from `30m`, `2h`, `1d`, `1w`, `today`, `2025-01-31` or `2025-01-31T14:00`."""
    now = time.time() if now is None else now
    value = text.strip()
    match = _AGO.match(value)
    if match:
        return now - float(match.group(1)) * _FACTORS[match.group(2).lower()]
    if value.lower() == "today":
        local = time.localtime(now)
        return time.mktime((local.tm_year, local.tm_mon, local.tm_mday, 0, 0, 0, 0, 0, -1))
    try:
        return datetime.fromisoformat(value).timestamp()  # naive means local time
    except ValueError:
        raise CliError(f"--since {text!r} is not a time; write it like 30m, 2h, 1d, 1w, today or 2025-01-31",
                       code=2) from None


def iso(ts: float | None) -> str | None:
    if ts is None:
        return None
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


def ago(seconds: float) -> str:
    seconds = int(max(0, seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m {seconds % 60:02d}s"
    if seconds < 86400:
        return f"{seconds // 3600}h {seconds % 3600 // 60:02d}m"
    return f"{seconds // 86400}d {seconds % 86400 // 3600:02d}h"
