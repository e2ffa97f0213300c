"""The usage store: batched writes (one transaction each), WAL, retention, readers during writes, several writers,
and a gateway killed with SIGKILL under load leaving a readable, intact store."""

from __future__ import annotations

import http.client
import json
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crossroads.observe import usage_store
from crossroads.observe.events import RequestRecord
from crossroads.observe.prices import PriceBook, Rate
from crossroads.observe.usage_read import UsageReader, connect_read_only
from crossroads.observe.usage_store import UsageStore, open_for_writing
from tests.cli_harness import REPO, CliSession, free_port, write_config
from tests.fakes import FakeUpstream

DAY = 86400.0


def record(n: int = 0, ts: float | None = None, model: str = "openai/gpt-4.1", session: str = "s1") -> RequestRecord:
    return RequestRecord(ts=ts if ts is not None else time.time(), request_id=f"req_{n:06d}", session=session,
                         requested_model="claude-opus-4-8", model=model, provider=model.split("/")[0],
                         route="code generation", reason="router", stream=True, status=200, input_tokens=1000,
                         output_tokens=100, cache_read_tokens=10_000, latency_ms=12.5, notes=["a note"])


def stored(path: Path) -> list[dict]:
    with UsageReader.open(path) as reader:
        return reader.recent(limit=None)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "usage.db"


def test_each_batch_is_one_transaction_in_wal_mode(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    transactions: list[int] = []
    real_write = usage_store.write_batch
    monkeypatch.setattr(usage_store, "write_batch",
                        lambda conn, rows: (transactions.append(len(rows)), real_write(conn, rows)))
    store = UsageStore(db, PriceBook())
    store.start()
    store([record(i) for i in range(5)])
    assert store.flush()
    store([record(i) for i in range(5, 8)])
    assert store.flush()
    store.close()
    assert transactions == [5, 3]

    rows = stored(db)
    assert [r["request_id"] for r in rows] == [f"req_{i:06d}" for i in range(8)]
    first = rows[0]
    assert first["stream"] is True and first["notes"] == ["a note"] and first["route"] == "code generation"
    assert first["cost_usd"] == pytest.approx((1000 * 2.0 + 100 * 8.0 + 10_000 * 0.5) / 1e6)
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    indexes = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"requests_ts", "requests_session", "requests_model"} <= indexes


def test_cost_uses_config_prices_and_is_unknown_for_unknown_models(db: Path) -> None:
    store = UsageStore(db, PriceBook(per_model={"acme/coder": Rate(1.0, 2.0)}))
    store.start()
    store([record(1, model="acme/coder"), record(2, model="acme/unknown-7b"), record(3, model="ollama/qwen")])
    store.close()
    costs = {r["model"]: r["cost_usd"] for r in stored(db)}
    # no cache price configured: cache reads are billed at the input price
    assert costs == {"acme/coder": pytest.approx((11_000 * 1.0 + 100 * 2.0) / 1e6), "acme/unknown-7b": None,
                     "ollama/qwen": 0.0}


def test_retention_prunes_at_start_and_periodically(db: Path) -> None:
    now = time.time()
    keep_all = UsageStore(db, retention_days=0)
    keep_all.start()
    keep_all([record(1, ts=now - 10 * DAY), record(2, ts=now - 2 * DAY), record(3, ts=now)])
    keep_all.close()
    assert len(stored(db)) == 3  # 0 keeps everything

    store = UsageStore(db, retention_days=3, prune_every=0.05)
    store.start()
    assert store.flush()
    assert [r["request_id"] for r in stored(db)] == ["req_000002", "req_000003"]
    store([record(4, ts=now - 5 * DAY)])  # arrives old (a clock jump): the next pass removes it
    assert store.flush()
    deadline = time.monotonic() + 5
    while len(stored(db)) != 2 and time.monotonic() < deadline:
        store([])  # wake the writer
        time.sleep(0.06)
    store.close()
    assert [r["request_id"] for r in stored(db)] == ["req_000002", "req_000003"]


def test_readers_see_committed_batches_while_the_writer_writes(db: Path, tmp_path: Path) -> None:
    store = UsageStore(db)
    store.start()
    store([record(0)])
    assert store.flush()
    done = threading.Event()

    def write() -> None:
        for batch in range(40):
            store([record(1 + batch * 25 + i) for i in range(25)])
            time.sleep(0.005)
        done.set()

    writer = threading.Thread(target=write)
    writer.start()
    counts = []
    cli = CliSession(tmp_path / "home", env={"CROSSROADS_HOME": str(db.parent)})
    other_process = cli.run("stats", "--json")  # a reader in another process, mid-write
    with UsageReader.open(db) as reader:
        while not done.is_set():
            counts.append(len(reader.recent(limit=None)))
        writer.join()
        assert store.flush()
        counts.append(len(reader.recent(limit=None)))
    store.close()
    assert other_process.returncode == 0 and json.loads(other_process.stdout)["total"]["requests"] >= 1
    assert counts == sorted(counts) and counts[-1] == 1001
    assert all(c == 1 or (c - 1) % 25 == 0 for c in counts)  # whole batches only, never half of one


def test_several_writers_share_one_store(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    stores = [UsageStore(db), UsageStore(db), UsageStore(db)]  # like three gateway workers

    def work(store: UsageStore, offset: int) -> None:
        store.start()
        for batch in range(20):
            store([record(offset + batch * 10 + i) for i in range(10)])
            time.sleep(0.001)
        store.close()

    threads = [threading.Thread(target=work, args=(s, n * 1000)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(stored(db)) == 600
    assert "not written" not in caplog.text


def test_a_store_from_an_older_version_gains_new_columns(db: Path) -> None:
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE requests (id INTEGER PRIMARY KEY, ts REAL, request_id TEXT)")
    conn.execute("INSERT INTO requests (ts, request_id) VALUES (?, 'req_old')", (time.time(),))
    conn.commit()
    conn.close()
    open_for_writing(db).close()
    store = UsageStore(db)
    store.start()
    store([record(1)])
    store.close()
    assert [r["request_id"] for r in stored(db)] == ["req_old", "req_000001"]


# ---- a real gateway, killed with SIGKILL under load -----------------------------------------------------------


CONFIG = """
listeners:
  egress_traffic: {{address: 127.0.0.1, port: {port}}}
llm_providers:
  - model: openai/gpt-4.1
    base_url: {upstream}/v1
    access_key: sk-test-load
routing:
  router: none
"""

BODY = json.dumps({"model": "claude-opus-4-8", "max_tokens": 50, "stream": True,
                   "messages": [{"role": "user", "content": "hello"}]}).encode()


def hammer(port: int, stop: threading.Event, answered: list[str]) -> None:
    """Stream requests on one keep-alive connection until told to stop or the gateway vanishes."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
    try:
        while not stop.is_set():
            conn.request("POST", "/v1/messages", BODY, {"content-type": "application/json"})
            response = conn.getresponse()
            response.read()
            answered.append(response.getheader("x-crossroads-request-id") or "")
    except (OSError, http.client.HTTPException):
        return  # killed mid-request: expected
    finally:
        conn.close()


@pytest.fixture
def upstream() -> Iterator[FakeUpstream]:
    with FakeUpstream() as fake:
        yield fake


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_under_load_leaves_a_readable_store(tmp_path: Path, upstream: FakeUpstream) -> None:
    home = tmp_path / "home"
    port = free_port()
    config = write_config(tmp_path / "config.yaml", CONFIG.format(port=port, upstream=upstream.url))
    db = home / "usage.db"
    with CliSession(home) as cli:
        env = {**cli.env, "PYTHONUNBUFFERED": "1"}
        gateway = subprocess.Popen([sys.executable, "-m", "crossroads", "up", "--config", str(config)], cwd=REPO,
                                   env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        follower: subprocess.Popen[str] | None = None
        stop = threading.Event()
        answered: list[str] = []
        load = [threading.Thread(target=hammer, args=(port, stop, answered)) for _ in range(4)]
        try:
            _wait_until(lambda: _healthy(port))
            assert cli.json("status")["pid"] == gateway.pid  # a foreground `up` writes its state file too
            for thread in load:
                thread.start()
            _wait_until(lambda: _count(db) >= 100)
            # `logs -f` follows the store while the gateway writes it
            follower = subprocess.Popen([sys.executable, "-m", "crossroads", "logs", "-f", "--json", "-n", "5"],
                                        cwd=REPO, env=cli.env, stdout=subprocess.PIPE, text=True)
            followed = _collect_lines(follower)
            _wait_until(lambda: len(followed) >= 30)
            flushed = _request_ids(db)  # every record committed so far must survive the kill
            _wait_until(lambda: len(answered) >= len(flushed) + 50)  # load goes on
            gateway.send_signal(signal.SIGKILL)
            assert gateway.wait(10) == -signal.SIGKILL
        finally:
            stop.set()
            for thread in load:
                thread.join(10)
            if gateway.poll() is None:
                gateway.kill()
                gateway.wait()
            if follower is not None:
                follower.terminate()
                follower.wait(10)

        conn = connect_read_only(db)
        assert conn is not None
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.close()
        after = _request_ids(db)
        assert flushed <= after
        assert {json.loads(line)["request_id"] for line in followed} <= after
        assert len(after) <= len(answered) + 4  # nothing invented; at most the in-flight requests of 4 clients
        assert len(after) >= len(flushed)

        assert len(cli.json_lines("logs", "-n", "100000")) == len(after)
        assert cli.json("stats")["total"]["requests"] == len(after)
        assert cli.run("status").returncode == 1  # the stale state file is noticed and removed
        assert not list(home.glob("gateway-*.json"))

        # the next gateway goes on writing the same store
        cli.ok("up", "--detach", "--config", str(config))
        conn_http = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
        conn_http.request("POST", "/v1/messages", BODY, {"content-type": "application/json"})
        assert conn_http.getresponse().status == 200
        conn_http.close()
        _wait_until(lambda: _count(db) == len(after) + 1)
        cli.ok("down")
        assert _count(db) == len(after) + 1


def _collect_lines(process: subprocess.Popen[str]) -> list[str]:
    """Lines of a child's stdout, gathered by a thread (so a silent child cannot hang the test)."""
    lines: list[str] = []
    assert process.stdout is not None
    stream = process.stdout

    def pump() -> None:
        for line in stream:
            lines.append(line)

    threading.Thread(target=pump, daemon=True).start()
    return lines


def _healthy(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=1)
        conn.request("GET", "/healthz")
        ok = conn.getresponse().status == 200
        conn.close()
        return ok
    except OSError:
        return False


def _count(db: Path) -> int:
    conn = connect_read_only(db)
    if conn is None:
        return 0
    try:
        return conn.execute("SELECT COUNT(*) FROM requests").fetchone()[0]
    except sqlite3.OperationalError:
        return 0
    finally:
        conn.close()


def _request_ids(db: Path) -> set[str]:
    conn = connect_read_only(db)
    assert conn is not None
    try:
        return {row[0] for row in conn.execute("SELECT request_id FROM requests")}
    finally:
        conn.close()


def _wait_until(condition: object, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():  # type: ignore[operator]
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)

