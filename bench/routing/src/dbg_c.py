from lib import *

L = "debugging"

ex("dbg_big_ci_log", L, [first(r'''CI fails on the py3.13 job only, the others are green. full log of the failing step:

Run uv sync --frozen --all-extras
Using CPython 3.13.0
Creating virtual environment at: .venv
Resolved 87 packages in 12ms
Prepared 81 packages in 3.41s
Installed 81 packages in 214ms
 + aiosqlite==0.20.0
 + annotated-types==0.7.0
 + anyio==4.6.2.post1
 + asgi-lifespan==2.1.0
 + attrs==24.2.0
 + certifi==2024.8.30
 + charset-normalizer==3.4.0
 + click==8.1.7
 + coverage==7.6.4
 + fastapi==0.115.4
 + freezegun==1.5.1
 + greenlet==3.1.1
 + h11==0.14.0
 + httpcore==1.0.6
 + httpx==0.27.2
 + idna==3.10
 + iniconfig==2.0.0
 + orjson==3.10.11
 + packaging==24.1
 + pluggy==1.5.0
 + pydantic==2.9.2
 + pydantic-core==2.23.4
 + pytest==8.3.3
 + pytest-asyncio==0.24.0
 + pytest-cov==6.0.0
 + python-dateutil==2.9.0.post0
 + respx==0.21.1
 + six==1.16.0
 + sniffio==1.3.1
 + sqlalchemy==2.0.36
 + starlette==0.41.2
 + typing-extensions==4.12.2
 + tzdata==2024.2
 + uvicorn==0.32.0
 ...
Run uv run pytest -q --cov=ledger --cov-report=xml
============================= test session starts ==============================
platform linux -- Python 3.13.0, pytest-8.3.3, pluggy-1.5.0
rootdir: /home/runner/work/ledger/ledger
configfile: pyproject.toml
plugins: asyncio-0.24.0, cov-6.0.0, respx-0.21.1, anyio-4.6.2.post1
asyncio: mode=Mode.AUTO, default_loop_scope=function
collected 214 items

tests/api/test_accounts.py ..........................                    [ 12%]
tests/api/test_health.py ..                                              [ 13%]
tests/api/test_transfers.py ....................F.......                 [ 26%]
tests/domain/test_money.py ....................................          [ 43%]
tests/domain/test_posting.py ..............................              [ 57%]
tests/domain/test_statements.py .........................                [ 68%]
tests/infra/test_repo.py ..................................              [ 84%]
tests/infra/test_outbox.py .................................             [100%]

=================================== FAILURES ===================================
____________________ test_transfer_is_idempotent_per_key ____________________

client = <httpx.AsyncClient object at 0x7f3a2c1b9d90>
accounts = (<Account id=1 currency=EUR>, <Account id=2 currency=EUR>)

    async def test_transfer_is_idempotent_per_key(client, accounts):
        src, dst = accounts
        body = {"from": src.id, "to": dst.id, "amount": "10.00", "currency": "EUR"}
        headers = {"Idempotency-Key": "abc-123"}
        r1, r2 = await asyncio.gather(
            client.post("/transfers", json=body, headers=headers),
            client.post("/transfers", json=body, headers=headers),
        )
>       assert {r1.status_code, r2.status_code} == {201, 200}
E       AssertionError: assert {201, 409} == {200, 201}
E
E         Extra items in the left set:
E         409
E         Extra items in the right set:
E         200
E
E         Full diff:
E         - {200, 201}
E         + {201, 409}

tests/api/test_transfers.py:118: AssertionError
------------------------------ Captured log call -------------------------------
WARNING  ledger.api.idempotency:idempotency.py:61 idempotency key abc-123 in flight, returning 409
=============================== warnings summary ===============================
tests/infra/test_outbox.py::test_relay_marks_sent
  /home/runner/work/ledger/ledger/ledger/infra/outbox.py:44: DeprecationWarning: datetime.datetime.utcnow() is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: datetime.datetime.now(datetime.UTC).
    sent_at = datetime.utcnow()

-- Docs: https://docs.pytest.org/en/stable/how-to/capture-warnings.html
---------- coverage: platform linux, python 3.13.0-final-0 -----------
Coverage XML written to file coverage.xml

=========================== short test summary info ============================
FAILED tests/api/test_transfers.py::test_transfer_is_idempotent_per_key - AssertionError: assert {201, 409} == {200, 201}
================== 1 failed, 213 passed, 1 warning in 19.84s ===================
Error: Process completed with exit code 1.

ledger/api/idempotency.py around there:

    async def check(self, key: str, body_hash: str) -> StoredResponse | None:
        row = await self.repo.get(key)
        if row is None:
            await self.repo.insert_pending(key, body_hash)
            return None
        if row.status == "pending":
            log.warning("idempotency key %s in flight, returning 409", key)
            raise InFlight()
        if row.body_hash != body_hash:
            raise KeyReuse()
        return row.response

it passes on 3.11 and 3.12 every time. flaky or real?''')], sysmsg=True, tags=["stack_trace", "long", "pasted_code", "code:python"])

ex("dbg_tool_didnt_help", L, [
    first("run the app, it crashes on startup"),
    A(None, T("ra", "Bash", {"command": "cargo run --release 2>&1 | tail -15", "description": "Run the app"})),
    TR(R("ra", '''    Finished `release` profile [optimized] target(s) in 0.21s
     Running `target/release/gatekeeper`
Error: failed to load config

Caused by:
    0: reading /etc/gatekeeper/config.toml
    1: No such file or directory (os error 2)''', err=True)),
    A("It looks for `/etc/gatekeeper/config.toml`, which doesn't exist on this machine. The repo has `config.example.toml`, so I'll point it at that with `GATEKEEPER_CONFIG`.", T("ra2", "Bash", {"command": "GATEKEEPER_CONFIG=./config.example.toml cargo run --release 2>&1 | tail -15", "description": "Run with example config"})),
    TR(R("ra2", '''     Running `target/release/gatekeeper`
2026-11-25T10:02:11.402Z INFO gatekeeper: listening on 0.0.0.0:8443
thread 'tokio-runtime-worker' panicked at src/tls.rs:38:10:
called `Result::unwrap()` on an `Err` value: Custom { kind: InvalidData, error: "no private key found in key.pem" }
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace''', err=True)),
    A("That got past the config error. Now it panics in `src/tls.rs:38` because `key.pem` contains no private key the parser recognises."),
    ut("that didn't help, the key is definitely there, I generated it with openssl genpkey -algorithm ed25519. why can't it find it?"),
], tags=["tool_loop", "tool_error", "follow_up", "stack_trace", "code:rust"])

ex("dbg_tool_index_not_used", L, [
    first("why is this query slow? SELECT * FROM events WHERE account_id = 42 AND created_at > now() - interval '7 days' ORDER BY created_at DESC LIMIT 50"),
    A(None, T("ea", "Bash", {"command": "psql \"$DATABASE_URL\" -c \"EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM events WHERE account_id = 42 AND created_at > now() - interval '7 days' ORDER BY created_at DESC LIMIT 50\"", "description": "Explain the slow query"})),
    TR(R("ea", '''                                                          QUERY PLAN
------------------------------------------------------------------------------------------------------------------------------
 Limit  (cost=0.57..1893.41 rows=50 width=412) (actual time=2841.113..2841.290 rows=50 loops=1)
   Buffers: shared hit=18231 read=402113
   ->  Index Scan Backward using events_created_at_idx on events  (cost=0.57..981233.10 rows=25921 width=412) (actual time=2841.110..2841.281 rows=50 loops=1)
         Index Cond: (created_at > (now() - '7 days'::interval))
         Filter: (account_id = 42)
         Rows Removed by Filter: 3911204
 Planning Time: 0.311 ms
 Execution Time: 2841.350 ms''', err=False)),
    A("Postgres walks `events_created_at_idx` backwards and throws away 3.9M rows that belong to other accounts before it finds 50 for account 42. A composite index on `(account_id, created_at DESC)` would let it jump straight to that account's rows."),
    ut("but there IS an index on (account_id, created_at), I created it last week: events_account_created_idx. why isn't the planner using it?"),
], tags=["tool_loop", "follow_up", "code:sql"])

ex("dbg_thinking_multi", L, [
    first('''websocket connections drop exactly every 60 seconds in prod, never locally. behind an AWS ALB → nginx → node (ws library)'''),
    A("A drop every 60 seconds almost always means an idle timeout somewhere on the path. Both the ALB's default idle timeout and nginx's `proxy_read_timeout` default to 60 s. If no frames cross the connection for 60 s, one of them closes it. Locally there's no proxy, so you never see it.\n\nFixes:\n- Send pings from the server every 25–30 s (`ws` supports `ws.ping()`). This keeps every hop busy.\n- And/or raise the ALB idle timeout and nginx's `proxy_read_timeout`/`proxy_send_timeout` for the websocket location.", thinking="60s exactly suggests idle timeout: ALB default 60s, nginx proxy_read_timeout 60s. Suggest ping/pong heartbeat and raising timeouts."),
    ut("added a 30s ping on the server, now they drop every ~30-35s instead?? that's even weirder"),
], tags=["multi_turn", "follow_up", "code:javascript"])

ex("dbg_sysmsg_tool_loop", L, [
    first("npm test hangs after all tests pass, have to ctrl-c it"),
    A(None, T("jt", "Bash", {"command": "npx jest --detectOpenHandles 2>&1 | tail -25", "description": "Find open handles keeping jest alive", "timeout": 120000})),
    TR(R("jt", '''PASS  src/__tests__/orders.test.ts
PASS  src/__tests__/users.test.ts

Test Suites: 2 passed, 2 total
Tests:       31 passed, 31 total

Jest has detected the following 1 open handle potentially keeping Jest from exiting:

  ●  TCPWRAP

      12 | import { createClient } from "redis";
      13 |
    > 14 | export const redis = createClient({ url: process.env.REDIS_URL });
         |                      ^
      15 | redis.connect();
      at Object.<anonymous> (src/lib/redis.ts:14:22)''', err=False)),
    A("The open handle is the Redis client that `src/lib/redis.ts` creates at import time. Nothing ever closes it, so Jest can't exit."),
    ut("ok but the tests don't even use redis, they mock the repo. why is it being imported at all?"),
], sysmsg=True, tags=["tool_loop", "follow_up", "code:typescript"])

ex("dbg_compaction_same_error", L, [
    first('''This session is being continued from a previous conversation that ran out of context. The conversation is summarized below:
Analysis:
The user asked to make the image worker stop crashing on large TIFF uploads. I investigated worker/process.py, found Pillow's decompression bomb protection triggering (PIL.Image.DecompressionBombError), and the user agreed to raise Image.MAX_IMAGE_PIXELS to 300M only in the worker and to downscale via Image.draft() for JPEGs. I implemented both changes, added a test with a synthetic 20000x15000 TIFF, and the user confirmed the staging worker processed the backlog.

Summary:
1. Primary Request and Intent: Stop the image worker from crashing on very large uploads.
2. Key Technical Concepts: Pillow DecompressionBombError, MAX_IMAGE_PIXELS, Image.draft, memory limits in k8s (worker limit 1Gi).
3. Files and Code Sections: worker/process.py (set MAX_IMAGE_PIXELS, draft mode), tests/test_process.py (new large TIFF test).
4. Errors and fixes: DecompressionBombError -> raised limit in worker only.
5. Pending Tasks: none.
6. Current Work: Completed; staging verified.
Please continue the conversation from where we left it off without asking the user any further questions. Continue with the last task that you were asked to work on.'''),
    A("The worker changes are in place and staging has processed the backlog. Nothing else is pending from the previous session."),
    ut('''it's back. prod worker restarted overnight and now:

Killed
worker exited with code 137

and the TIFFs in the queue are like 30000x30000. same files went through fine in staging'''),
], tags=["multi_turn", "compaction_summary", "follow_up", "stack_trace", "code:python"])
