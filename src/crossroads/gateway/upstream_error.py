"""The one error both upstream clients raise when an upstream cannot be reached or stops answering."""

from __future__ import annotations


class UpstreamError(Exception):
    """`kind` is one of: connect, first_byte_timeout, idle_timeout, disconnected, transport."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
