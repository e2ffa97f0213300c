"""A request as the fake upstream received it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs


@dataclass(frozen=True)
class RecordedRequest:
    """One received request.

    ``headers`` are ``(name, value)`` pairs in the order and spelling they arrived (values
    decoded as latin-1, as HTTP/1.1 defines); ``body`` is the raw bytes after any chunked
    transfer coding was removed.  ``query`` is the raw query string without ``?``.
    """

    method: str
    path: str
    query: str
    headers: list[tuple[str, str]]
    body: bytes
    received_at: float = field(default=0.0, compare=False)

    @property
    def target(self) -> str:
        return f"{self.path}?{self.query}" if self.query else self.path

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive), or None."""
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    def header_names(self) -> list[str]:
        return [name for name, _ in self.headers]

    def json(self) -> Any:
        return json.loads(self.body)

    def query_params(self) -> dict[str, list[str]]:
        return parse_qs(self.query, keep_blank_values=True)

    def to_json_dict(self) -> dict[str, Any]:
        """A JSON-friendly copy (the body decoded as UTF-8 with replacement characters)."""
        return {
            "method": self.method,
            "path": self.path,
            "query": self.query,
            "headers": [list(pair) for pair in self.headers],
            "body": self.body.decode("utf-8", errors="replace"),
        }
