"""Server-sent events: an incremental decoder and an encoder (the framing both Anthropic and OpenAI use)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class SSEEvent:
    event: str | None
    data: str


class SSEDecoder:
    """Feed bytes as they arrive; get complete events back. Handles \\n, \\r\\n and \\r line ends, multi-line
    `data:` fields, comments (`: keep-alive`) and events split across any chunk boundary."""

    __slots__ = ("_buffer", "_data", "_event")

    def __init__(self) -> None:
        self._buffer = b""
        self._event: str | None = None
        self._data: list[str] = []

    def feed(self, chunk: bytes) -> list[SSEEvent]:
        buffer = self._buffer + chunk if self._buffer else chunk
        if b"\r" in buffer:
            # A trailing \r may be the first half of \r\n: keep it for the next chunk.
            keep_cr = buffer.endswith(b"\r")
            if keep_cr:
                buffer = buffer[:-1]
            buffer = buffer.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
            if keep_cr:
                buffer += b"\r"
        events: list[SSEEvent] = []
        start = 0
        while True:
            end = buffer.find(b"\n", start)
            if end < 0:
                break
            self._line(buffer[start:end], events)
            start = end + 1
        self._buffer = buffer[start:]
        return events

    def flush(self) -> list[SSEEvent]:
        """The stream ended: a final event without its blank line still counts."""
        events: list[SSEEvent] = []
        if self._buffer:
            self._line(self._buffer.rstrip(b"\r"), events)
            self._buffer = b""
        self._line(b"", events)
        return events

    @property
    def pending(self) -> bool:
        """True when a partial event is buffered (the stream was cut in the middle of one)."""
        return bool(self._buffer.strip() or self._data)

    def _line(self, line: bytes, events: list[SSEEvent]) -> None:
        if not line:
            if self._data or self._event is not None:
                events.append(SSEEvent(self._event, "\n".join(self._data)))
            self._event = None
            self._data = []
            return
        if line[:1] == b":":
            return
        name, sep, value = line.partition(b":")
        if sep and value[:1] == b" ":
            value = value[1:]
        text = value.decode("utf-8", "replace")
        if name == b"data":
            self._data.append(text)
        elif name == b"event":
            self._event = text
        # `id:` and `retry:` carry nothing these protocols use.


def encode_event(event: str, data: bytes) -> bytes:
    """One Anthropic-style event: `event:` line, `data:` line (compact JSON has no newlines), blank line."""
    return b"event: " + event.encode() + b"\ndata: " + data + b"\n\n"
