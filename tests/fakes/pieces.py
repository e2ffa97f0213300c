"""Splitting text into the fragments a stream carries."""

from __future__ import annotations

DEFAULT_PIECE = 8


def split(text: str, size: int | None) -> list[str]:
    """Cut ``text`` into pieces of at most ``size`` characters (default 8); no empty pieces."""
    step = size or DEFAULT_PIECE
    if step < 1:
        raise ValueError(f"chunking must be a positive number of characters, not {size!r}")
    return [text[i : i + step] for i in range(0, len(text), step)]
