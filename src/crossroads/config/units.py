"""Parse the human units the config accepts: durations ("0.5s", "2m", "300ms") and sizes ("32MB")."""

from __future__ import annotations

import re

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$")
_DURATION_FACTORS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, None: 1.0}

_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib|gb|gib)?\s*$", re.IGNORECASE)
_SIZE_FACTORS = {
    "b": 1, "kb": 1000, "kib": 1024, "mb": 1000**2, "mib": 1024**2, "gb": 1000**3, "gib": 1024**3, None: 1,
}


def parse_duration(value: object) -> float:
    """Seconds from a number (seconds) or a string with a unit: '0.5s', '1.5s', '2m', '300ms'."""
    if isinstance(value, bool):
        raise ValueError("expected a duration such as '30s' or '2m'")
    if isinstance(value, int | float):
        if value < 0:
            raise ValueError("a duration cannot be negative")
        return float(value)
    if isinstance(value, str):
        match = _DURATION.match(value)
        if match:
            return float(match.group(1)) * _DURATION_FACTORS[match.group(2)]
    raise ValueError(f"{value!r} is not a duration; write it like '30s', '0.5s', '2m' or '300ms'")


def parse_size(value: object) -> int:
    """Bytes from a number or a string with a unit: '32MB', '512KiB'."""
    if isinstance(value, bool):
        raise ValueError("expected a size such as '32MB'")
    if isinstance(value, int):
        return value
    if isinstance(value, str):
        match = _SIZE.match(value)
        if match:
            unit = match.group(2).lower() if match.group(2) else None
            return int(float(match.group(1)) * _SIZE_FACTORS[unit])
    raise ValueError(f"{value!r} is not a size; write it like '32MB' or '512KiB'")
