"""What the fake server sends back for one request, down to the byte, plus SSE framing helpers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import Any

Header = tuple[str, str]

DONE_FRAME = b"data: [DONE]\n\n"


@dataclass(frozen=True)
class Reply:
    """One HTTP response.

    Either ``body`` (sent with ``content-length``) or ``frames`` (sent with
    ``transfer-encoding: chunked``, one HTTP chunk per frame) is set.

    Timing and faults:
      * ``delay_before_headers``: sleep before the status line.
      * ``frame_delay``: sleep between two frames.
      * ``pauses``: ``{i: seconds}``, sleep before frame ``i`` (a stall after ``i`` frames).
      * ``close_after_frames``: send that many frames, then close the connection without the
        final zero-length chunk (the client sees an incomplete chunked body).
      * ``drop_connection``: close the connection before sending any byte.
    """

    status: int = 200
    headers: list[Header] = field(default_factory=list)
    body: bytes | None = None
    frames: list[bytes] | None = None
    frame_delay: float = 0.0
    pauses: dict[int, float] = field(default_factory=dict)
    close_after_frames: int | None = None
    delay_before_headers: float = 0.0
    drop_connection: bool = False

    @property
    def is_stream(self) -> bool:
        return self.frames is not None

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def with_header(self, name: str, value: str) -> Reply:
        """A copy with ``name`` set to ``value`` (replacing any header of that name)."""
        kept = [(k, v) for k, v in self.headers if k.lower() != name.lower()]
        return replace(self, headers=[*kept, (name, value)])

    def joined(self) -> bytes:
        """Every byte of the body as the client would read it (frames concatenated)."""
        if self.frames is not None:
            return b"".join(self.frames)
        return self.body or b""


def compact_json(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def sse_data(value: Any) -> bytes:
    """``data: {...}\\n\\n`` with compact JSON (OpenAI chunks)."""
    return f"data: {compact_json(value)}\n\n".encode()


def sse_event(name: str, value: Any) -> bytes:
    """``event: NAME\\ndata: {...}\\n\\n`` with compact JSON (Anthropic events)."""
    return f"event: {name}\ndata: {compact_json(value)}\n\n".encode()


def sse_event_raw(name: str, data: str) -> bytes:
    """``event: NAME\\ndata: DATA\\n\\n`` with the data text exactly as given."""
    return f"event: {name}\ndata: {data}\n\n".encode()
