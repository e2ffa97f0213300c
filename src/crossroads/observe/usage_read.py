"""Reading the usage store from another process (`logs`, `stats`, `status`, `statusline`).

Readers open the file read-only and never block the gateway: in WAL mode a reader sees the last committed
transaction while the writer goes on. A store that does not exist yet simply has no records.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import orjson

from crossroads.observe.usage_store import BUSY_TIMEOUT_MS

# The record fields `logs --json` prints, in this order (issue 4's stable list, then router_ms).
PUBLIC_FIELDS = ("ts", "request_id", "session", "requested_model", "model", "provider", "route", "reason",
                 "stream", "status", "error_type", "input_tokens", "output_tokens", "cache_read_tokens",
                 "cache_write_tokens", "latency_ms", "ttft_ms", "cost_usd", "fallback_from", "router_ms")


def connect_read_only(path: Path) -> sqlite3.Connection | None:
    """A read-only connection, or None when no gateway has written the store yet."""
    if not path.is_file():
        return None
    conn = _connect(f"{path.resolve().as_uri()}?mode=ro")
    try:
        conn.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError as exc:
        if "readonly" not in (getattr(exc, "sqlite_errorname", "") or "").lower() and "recover" not in str(exc):
            raise
        # A writer was killed mid-commit and the WAL index needs recovery, which a read-only connection cannot
        # do: open read-write (recovery runs on open) but refuse every write on this connection.
        conn.close()
        conn = _connect(path.resolve().as_uri())
        conn.execute("PRAGMA query_only = ON")
    return conn


def _connect(uri: str) -> sqlite3.Connection:
    conn = sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.row_factory = sqlite3.Row
    return conn


def _record(row: sqlite3.Row) -> dict[str, Any]:
    item = dict(row)
    item["stream"] = bool(item.get("stream"))
    notes = item.get("notes")
    item["notes"] = orjson.loads(notes) if notes else []
    return item


def public(record: dict[str, Any]) -> dict[str, Any]:
    """The record as `logs --json` prints it: only the stable fields, floats rounded for reading."""
    out: dict[str, Any] = {}
    for name in PUBLIC_FIELDS:
        value = record.get(name)
        if isinstance(value, float) and name not in ("ts", "cost_usd"):
            value = round(value, 2)
        out[name] = value
    return out


class UsageReader:
    def __init__(self, conn: sqlite3.Connection | None) -> None:
        self._conn = conn

    @classmethod
    def open(cls, path: Path) -> UsageReader:
        return cls(connect_read_only(path))

    def reopen(self, path: Path) -> None:
        """For `logs -f`: the store may appear after the follower started."""
        if self._conn is None:
            self._conn = connect_read_only(path)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> UsageReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[sqlite3.Row]:
        if self._conn is None:
            return []
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):  # created but not yet initialised by the writer
                return []
            raise

    def recent(self, limit: int | None = 20, since: float | None = None,
               session: str | None = None) -> list[dict[str, Any]]:
        """The newest records (oldest first), at most `limit` unless `since` is given."""
        where, params = _filters(since, session)
        sql = f"SELECT * FROM requests{where} ORDER BY id DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        rows = self._query(sql, params)
        return [_record(r) for r in reversed(rows)]

    def after(self, last_id: int, session: str | None = None) -> list[dict[str, Any]]:
        """Records written after `last_id`, oldest first (for following)."""
        where, params = _filters(None, session)
        where = f"{where} AND id > ?" if where else " WHERE id > ?"
        rows = self._query(f"SELECT * FROM requests{where} ORDER BY id LIMIT 1000", (*params, last_id))
        return [_record(r) for r in rows]

    def iter_since(self, since: float | None) -> Iterator[dict[str, Any]]:
        """Every record since then, streamed from the cursor (a year of requests never sits in memory)."""
        if self._conn is None:
            return
        where, params = _filters(since, None)
        try:
            cursor = self._conn.execute(f"SELECT * FROM requests{where} ORDER BY id", params)
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):
                return
            raise
        for row in cursor:
            yield _record(row)

    def count_since(self, since: float) -> int:
        rows = self._query("SELECT COUNT(*) FROM requests WHERE ts >= ?", (since,))
        return int(rows[0][0]) if rows else 0

    def session_totals(self, session: str) -> dict[str, Any] | None:
        """The last record of a session and its totals so far, or None if it has none."""
        last = self._query("SELECT * FROM requests WHERE session = ? ORDER BY id DESC LIMIT 1", (session,))
        if not last:
            return None
        sums = self._query(
            "SELECT COUNT(*), SUM(input_tokens), SUM(output_tokens), SUM(cache_read_tokens), "
            "SUM(cache_write_tokens), SUM(cost_usd), COUNT(cost_usd) FROM requests WHERE session = ?",
            (session,),
        )[0]
        return {
            "last": _record(last[0]),
            "requests": sums[0],
            "input_tokens": sums[1] or 0,
            "output_tokens": sums[2] or 0,
            "cache_read_tokens": sums[3] or 0,
            "cache_write_tokens": sums[4] or 0,
            "cost_usd": sums[5] if sums[6] else None,
        }


def _filters(since: float | None, session: str | None) -> tuple[str, tuple[Any, ...]]:
    clauses: list[str] = []
    params: list[Any] = []
    if since is not None:
        clauses.append("ts >= ?")
        params.append(since)
    if session:
        clauses.append("session LIKE ?")  # a short id prefix (as `logs` shows it) is enough
        params.append(session + "%")
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", tuple(params)
