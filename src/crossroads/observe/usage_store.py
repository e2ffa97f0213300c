"""The usage store: every request recorded in SQLite under CROSSROADS_HOME, written off the request path.

The hub hands this observer a batch of records from the event loop; the observer only puts the batch on a
queue. A dedicated writer thread owns the connection, prices the records and writes each batch in one
transaction, so a crash (even SIGKILL) loses at most the batch being written, and WAL journaling keeps the file
consistent for readers in other processes (`crossroads logs -f`, `stats`, `statusline`) while it writes.
Several gateway workers may write the same file: SQLite serialises writers, `busy_timeout` makes them wait.
"""

from __future__ import annotations

import contextlib
import dataclasses
import logging
import queue
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import orjson

from crossroads.observe.events import RequestRecord
from crossroads.observe.prices import PriceBook

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig

log = logging.getLogger("crossroads.usage")

# The table mirrors RequestRecord field for field (the names are the stable interface of `logs --json`).
COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(RequestRecord))
BUSY_TIMEOUT_MS = 10_000
DAY = 86_400.0


def _column_type(name: str) -> str:
    annotation = str(next(f.type for f in dataclasses.fields(RequestRecord) if f.name == name))
    for kind, sql in (("bool", "INTEGER"), ("int", "INTEGER"), ("float", "REAL")):
        if annotation.startswith(kind):
            return sql
    return "TEXT"  # str, optional str, and `notes` (a JSON list)


def table_statement() -> str:
    columns = ", ".join(f"{name} {_column_type(name)}" for name in COLUMNS)
    return f"CREATE TABLE IF NOT EXISTS requests (id INTEGER PRIMARY KEY, {columns})"


INDEXES = (
    "CREATE INDEX IF NOT EXISTS requests_ts ON requests(ts)",
    "CREATE INDEX IF NOT EXISTS requests_session ON requests(session, id)",
    "CREATE INDEX IF NOT EXISTS requests_model ON requests(model)",
)


def open_for_writing(path: Path) -> sqlite3.Connection:
    """Open (creating if needed) the store in WAL mode, with the schema in place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, check_same_thread=False)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    _retry_locked(lambda: conn.execute("PRAGMA journal_mode = WAL"))
    # NORMAL in WAL mode: a committed transaction survives a process crash; only power loss can drop the last one.
    conn.execute("PRAGMA synchronous = NORMAL")
    _retry_locked(lambda: _create_schema(conn))
    return conn


def _create_schema(conn: sqlite3.Connection) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute(table_statement())
        existing = {row[1] for row in conn.execute("PRAGMA table_info(requests)")}
        for name in COLUMNS:  # a store written by an older version gains the new fields
            if name not in existing:
                conn.execute(f"ALTER TABLE requests ADD COLUMN {name} {_column_type(name)}")
        for statement in INDEXES:
            conn.execute(statement)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _retry_locked(action: Callable[[], object], attempts: int = 5) -> None:
    # Two workers creating the store at the same moment can see "database is locked" despite busy_timeout
    # (changing the journal mode takes an exclusive lock); a short retry settles it.
    for attempt in range(attempts):
        try:
            action()
            return
        except sqlite3.OperationalError as exc:
            transient = "locked" in str(exc) or "busy" in str(exc)
            if not transient or attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def row_of(record: RequestRecord, prices: PriceBook) -> tuple[object, ...]:
    values = dataclasses.asdict(record)
    if values["cost_usd"] is None:
        values["cost_usd"] = prices.cost(record.model, record.input_tokens, record.output_tokens,
                                         record.cache_read_tokens, record.cache_write_tokens)
    values["stream"] = int(bool(values["stream"]))
    return tuple(_sql_value(values[name]) for name in COLUMNS)


def _sql_value(value: object) -> object:
    # Lists and dicts (`notes`, and whatever a later field holds) are stored as JSON text; empty ones as NULL.
    if isinstance(value, list | tuple | dict):
        return orjson.dumps(value).decode() if value else None
    return value


INSERT = f"INSERT INTO requests ({', '.join(COLUMNS)}) VALUES ({', '.join('?' for _ in COLUMNS)})"


def write_batch(conn: sqlite3.Connection, rows: Sequence[tuple[object, ...]]) -> None:
    """One transaction per batch: all of it is stored, or none of it."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany(INSERT, rows)
        conn.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            conn.execute("ROLLBACK")
        raise


def prune(conn: sqlite3.Connection, retention_days: float, now: float | None = None) -> int:
    """Delete records older than the retention period (0 keeps everything); returns how many went."""
    if retention_days <= 0:
        return 0
    cutoff = (now if now is not None else time.time()) - retention_days * DAY
    cursor = conn.execute("DELETE FROM requests WHERE ts < ?", (cutoff,))
    return cursor.rowcount


class _Marker:
    """Put on the queue by `flush`; set when everything queued before it is written."""

    def __init__(self) -> None:
        self.done = threading.Event()


_STOP = object()


class UsageStore:
    """An observer for `ObserverHub`: `store(batch)` queues, the writer thread writes."""

    def __init__(self, path: Path, prices: PriceBook | None = None, retention_days: float = 90.0,
                 prune_every: float = 3600.0) -> None:
        self.path = path
        self.prices = prices or PriceBook()
        self.retention_days = retention_days
        self.prune_every = prune_every
        self.written = 0
        self._queue: queue.SimpleQueue[object] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._last_prune = 0.0

    def __call__(self, batch: list[RequestRecord]) -> None:
        # Runs on the event loop: no I/O here, ever.
        self._queue.put(batch)

    def start(self) -> None:
        if self._thread is None:
            # A daemon thread: a wedged disk must never keep the gateway from exiting.
            self._thread = threading.Thread(target=self._run, name="crossroads-usage-store", daemon=True)
            self._thread.start()

    def flush(self, timeout: float = 5.0) -> bool:
        """Block until every batch queued so far is written (or given up on); False on timeout."""
        if self._thread is None or not self._thread.is_alive():
            return False
        marker = _Marker()
        self._queue.put(marker)
        return marker.done.wait(timeout)

    def close(self, timeout: float = 10.0) -> None:
        """Write what is queued, then stop the writer."""
        if self._thread is None:
            return
        self._queue.put(_STOP)
        self._thread.join(timeout)
        if self._thread.is_alive():
            log.warning("the usage store did not finish writing within %.0fs", timeout)
        self._thread = None

    # -- the writer thread ---------------------------------------------------------------------------------

    def _run(self) -> None:
        conn = self._open()
        try:
            while True:
                items = self._next_items()
                rows: list[tuple[object, ...]] = []
                markers: list[_Marker] = []
                stop = False
                for item in items:
                    if item is _STOP:
                        stop = True
                    elif isinstance(item, _Marker):
                        markers.append(item)
                    elif isinstance(item, list):
                        rows.extend(row_of(record, self.prices) for record in item)
                if rows and conn is not None:
                    self._write(conn, rows)
                for marker in markers:
                    marker.done.set()
                if conn is not None:
                    self._maybe_prune(conn)
                if stop:
                    return
        finally:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()

    def _open(self) -> sqlite3.Connection | None:
        try:
            conn = open_for_writing(self.path)
        except (sqlite3.Error, OSError) as exc:
            log.error("usage store disabled: cannot open %s (%s)", self.path, exc)
            return None
        self._maybe_prune(conn)
        return conn

    def _next_items(self) -> list[object]:
        """Wait for work (waking up now and then to prune), then take everything already queued: one batch."""
        try:
            items = [self._queue.get(timeout=min(self.prune_every, 60.0))]
        except queue.Empty:
            return []
        while True:
            try:
                items.append(self._queue.get_nowait())
            except queue.Empty:
                return items

    def _write(self, conn: sqlite3.Connection, rows: list[tuple[object, ...]]) -> None:
        for attempt in range(3):
            try:
                write_batch(conn, rows)
                self.written += len(rows)
                return
            except sqlite3.OperationalError as exc:
                if attempt == 2:
                    log.error("usage store: %d record(s) not written: %s", len(rows), exc)
                    return
                time.sleep(0.1 * (attempt + 1))
            except sqlite3.Error as exc:
                log.error("usage store: %d record(s) not written: %s", len(rows), exc)
                return

    def _maybe_prune(self, conn: sqlite3.Connection) -> None:
        now = time.monotonic()
        if self._last_prune and now - self._last_prune < self.prune_every:
            return
        self._last_prune = now
        try:
            removed = prune(conn, self.retention_days)
        except sqlite3.Error as exc:
            log.warning("usage store: retention pass failed: %s", exc)
            return
        if removed:
            log.info("usage store: removed %d record(s) older than %g days", removed, self.retention_days)


def store_for(config: GatewayConfig) -> UsageStore:
    """The gateway's store: CROSSROADS_HOME/usage.db, priced and pruned as the config says."""
    from crossroads.home import usage_db_path

    return UsageStore(usage_db_path(), PriceBook.from_config(config), config.raw.usage.retention_days)
