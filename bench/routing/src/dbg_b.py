from lib import *

L = "debugging"

ex("dbg_understand_then_dot_key", L, [
    first('''what does get_path do?

def get_path(d, path, default=None):
    for part in path.split("."):
        if not isinstance(d, dict) or part not in d:
            return default
        d = d[part]
    return d'''),
    A("It walks a nested dict along a dot-separated path. `get_path(cfg, \"db.host\")` returns `cfg[\"db\"][\"host\"]`. If any segment is missing, or a value along the way isn't a dict, it returns `default`."),
    ut("ok and why does it return None for get_path(cfg, 'smtp.relay.example.com') even though that key exists? the key literally has dots in it"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:python"])

ex("dbg_your_code_recursion", L, [
    first("write a function to flatten arbitrarily nested lists in python"),
    A('''```python
def flatten(xs):
    out = []
    for x in xs:
        if isinstance(x, list):
            out.extend(flatten(x))
        else:
            out.append(x)
    return out
```'''),
    ut('''your code throws on our data

RecursionError: maximum recursion depth exceeded while calling a Python object

the lists come from a parser and can be nested ~5000 levels deep'''),
], tags=["multi_turn", "intent_shift", "follow_up", "stack_trace", "code:python"])

ex("dbg_still_failing", L, [
    first('''jest fails with

    SyntaxError: Cannot use import statement outside a module

      > 1 | import { nanoid } from "nanoid";'''),
    A("nanoid v5 is ESM-only, and your Jest setup transforms with CommonJS. Add it to `transformIgnorePatterns` so Babel transforms it:\n\n```js\n// jest.config.js\ntransformIgnorePatterns: [\"/node_modules/(?!nanoid)/\"],\n```"),
    ut("still failing, same error"),
], tags=["multi_turn", "follow_up", "terse", "stack_trace", "code:javascript"])

ex("dbg_tool_tests_timezone", L, [
    first("tests are failing on my machine, can you check"),
    A(None, T("pt", "Bash", {"command": "python -m pytest tests/ -x -q 2>&1 | tail -30", "description": "Run test suite"})),
    TR(R("pt", '''..........F
=================================== FAILURES ===================================
________________________ test_daily_report_groups_by_day ________________________

    def test_daily_report_groups_by_day(db, make_event):
        make_event(created_at=datetime(2026, 3, 29, 23, 30))
        make_event(created_at=datetime(2026, 3, 30, 0, 30))
        rows = daily_report(db)
>       assert [r.day for r in rows] == [date(2026, 3, 29), date(2026, 3, 30)]
E       AssertionError: assert [datetime.date(2026, 3, 30)] == [datetime.date(2026, 3, 29), datetime.date(2026, 3, 30)]

tests/test_reports.py:41: AssertionError
1 failed, 10 passed in 2.31s''', err=True)),
    A("`test_daily_report_groups_by_day` fails: both events end up on 2026-03-30. The `make_event` fixture probably doesn't set up the data the way the test expects. Let me check the fixture.", T("fx", "Read", {"file_path": "/home/dev/work/metrics/tests/conftest.py"})),
    TR(R("fx", catn('''@pytest.fixture
def make_event(db):
    def _make(**kw):
        kw.setdefault("kind", "click")
        return Event.objects.create(**kw)
    return _make
''')), text="no wait, the fixture is fine. it's the timezone — 2026-03-29 is the DST switch here and I'm in Europe/Berlin. look at how created_at is stored and how daily_report truncates it"),
], tags=["tool_loop", "follow_up", "stack_trace", "code:python"])

ex("dbg_toolonly_failing_test", L, [
    first("fix the failing test in tests/test_orders.py"),
    A("Let me run it to see the failure.", T("to", "Bash", {"command": "python -m pytest tests/test_orders.py -q 2>&1 | tail -25", "description": "Run orders tests"})),
    TR(R("to", '''F.
=================================== FAILURES ===================================
_______________________ test_cancel_refunds_full_amount ________________________

client = <FlaskClient <Flask 'shop'>>, paid_order = <Order 17 status=paid total=49.90>

    def test_cancel_refunds_full_amount(client, paid_order):
        r = client.post(f"/orders/{paid_order.id}/cancel")
        assert r.status_code == 200
>       assert r.json["refunded"] == "49.90"
E       AssertionError: assert '44.91' == '49.90'
E         - 49.90
E         + 44.91

tests/test_orders.py:27: AssertionError
1 failed, 1 passed in 0.88s''', err=True)),
], tags=["tool_result_last", "stack_trace", "code:python"])

ex("dbg_toolonly_build_broken", L, [
    first("the build is broken, fix it"),
    A(None, T("nb", "Bash", {"command": "pnpm run build 2>&1 | tail -30", "description": "Run production build"})),
    TR(R("nb", '''> web@2.14.0 build /home/dev/work/web
> vite build

vite v6.0.3 building for production...
✓ 1412 modules transformed.
x Build failed in 4.12s
error during build:
src/pages/Settings.tsx (3:7): "default" is not exported by "src/components/ThemeToggle.tsx", imported by "src/pages/Settings.tsx".
file: /home/dev/work/web/src/pages/Settings.tsx:3:7

1: import { useState } from "react";
2: import Layout from "../components/Layout";
3: import ThemeToggle from "../components/ThemeToggle";
          ^
 ELIFECYCLE  Command failed with exit code 1.''', err=True)),
], tags=["tool_result_last", "stack_trace", "code:typescript"])

ex("dbg_toolonly_worker_oom", L, [
    first("why is the worker OOMing? it's the `ingest-worker` deployment in staging"),
    A("I'll check the pod status and the recent logs.", T("k1", "Bash", {"command": "kubectl -n staging get pods -l app=ingest-worker && kubectl -n staging logs deploy/ingest-worker --previous --tail=40", "description": "Get pod status and previous logs"})),
    TR(R("k1", '''NAME                             READY   STATUS      RESTARTS        AGE
ingest-worker-6c8b9d7f4d-h2lnm   0/1     OOMKilled   9 (2m13s ago)   41m
2026-11-25T08:14:02Z INFO  starting batch id=8812 files=1
2026-11-25T08:14:02Z INFO  downloading s3://acme-ingest/raw/2026/11/25/export_full.json (2.3 GiB)
2026-11-25T08:14:31Z INFO  parsing export_full.json
2026-11-25T08:14:58Z WARN  gc pause 1.8s heap=1.9GiB
2026-11-25T08:15:11Z WARN  gc pause 3.2s heap=2.7GiB''', err=False)),
], tags=["tool_result_last", "code:yaml"])

ex("dbg_float_sort", L, [first("why does my sort put 10 before 2?? `[2, 10, 1].sort()` gives `[1, 10, 2]` in the browser")],
   tags=["code:javascript", "terse"])

ex("dbg_race_observed", L, [first('''our page view counter is consistently lower than what the CDN logs say, by about 3-5% under load. this is the code:

@app.post("/hit/{page_id}")
async def hit(page_id: str):
    n = await redis.get(f"views:{page_id}") or 0
    await redis.set(f"views:{page_id}", int(n) + 1)
    return {"ok": True}''')], tags=["pasted_code", "code:python"])

ex("dbg_grpc_deadline", L, [first('''calls from checkout to inventory started failing intermittently with

rpc error: code = DeadlineExceeded desc = context deadline exceeded

inventory's own metrics show p99 of 40ms and checkout sets a 2s timeout. what could be eating the time? both in the same cluster, grpc-go, no service mesh''')], tags=["stack_trace", "code:go"])

ex("dbg_tokio_runtime", L, [first('''thread 'main' panicked at 'Cannot start a runtime from within a runtime. This happens because a function (like `block_on`) attempted to block the current thread while the thread is being used to drive asynchronous tasks.'

I'm calling reqwest::blocking::get inside my #[tokio::main] fn, why does that matter''')],
   tags=["stack_trace", "code:rust"])

ex("dbg_o2_segfault", L, [first('''only segfaults with -O2, works with -O0. gcc 13

int find(int *a, int n, int x) {
    int i = 0;
    while (a[i] != x) i++;
    return i < n ? i : -1;
}''')], tags=["pasted_code", "code:c", "terse"])

ex("dbg_sysmsg_nginx_502", L, [first('''getting 502s from nginx every few minutes, upstream is gunicorn

2026/11/24 14:02:11 [error] 31#31: *88123 upstream prematurely closed connection while reading response header from upstream, client: 10.0.3.17, server: api.example.com, request: "POST /v1/exports HTTP/1.1", upstream: "http://127.0.0.1:8000/v1/exports"

gunicorn: [CRITICAL] WORKER TIMEOUT (pid:412)''')], sysmsg=True, tags=["stack_trace"])

ex("dbg_oldshape_swift_nil", L, [first('''app crashes on launch on iOS 18 only

Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value

it points at `tableView.delegate = self` in viewDidLoad''')], oldshape=True, tags=["stack_trace", "code:swift"])

ex("dbg_ide_undefined", L, [
    first("why is this returning undefined", ide_sel("/Users/tom/code/shop-web/src/lib/prices.js", 8, 15, '''export async function getPrice(sku) {
  cache.get(sku, async (err, hit) => {
    if (hit) return hit;
    const res = await fetch(`/api/prices/${sku}`);
    return (await res.json()).price;
  });
}''')),
], tags=["ide_context", "terse", "code:javascript"])

ex("dbg_typo_crash_button", L, [first("my app keeps crashign when i click the submit buton, no error in the consle, the page just goes white. its react 18 + vite. where do i even look")],
   tags=["typo", "code:javascript"])

ex("dbg_terraform_cycle", L, [first('''terraform plan suddenly says

Error: Cycle: aws_security_group.app, aws_security_group.db

I just added an ingress rule on db allowing app's SG and an egress on app to db's SG''')],
   tags=["stack_trace", "code:hcl"])

ex("dbg_pg_deadlock", L, [first('''seeing these in postgres logs a few times an hour since we added the bulk import

ERROR:  deadlock detected
DETAIL:  Process 48211 waits for ShareLock on transaction 99120331; blocked by process 48190.
	Process 48190 waits for ShareLock on transaction 99120327; blocked by process 48211.
HINT:  See server log for query details.
CONTEXT:  while updating tuple (1203,14) in relation "inventory"
STATEMENT:  UPDATE inventory SET qty = qty - $1 WHERE sku = $2''')], tags=["stack_trace", "code:sql"])

ex("dbg_interrupted_no_full_suite", L, [
    first('''e2e test `checkout.spec.ts > applies coupon` times out in CI:

  TimeoutError: locator.click: Timeout 30000ms exceeded.
  Call log:
    - waiting for getByRole('button', { name: 'Apply' })
    -   locator resolved to <button disabled class="btn btn-primary">Apply</button>
    - attempting click action
    -   element is not enabled - waiting...'''),
    A("I'll run the e2e suite to reproduce.", T("e2", "Bash", {"command": "pnpm playwright test", "description": "Run the full e2e suite", "timeout": 600000})),
    TR(R("e2", REJECT, deny=True), texts=[INTERRUPT, "don't run the whole suite, it takes 40 min. the button is disabled, so why would it stay disabled only in CI? look at the coupon input component"]),
], tags=["follow_up", "stack_trace", "code:typescript"])

ex("dbg_docker_module_not_found", L, [first('''works on my machine but in docker:

Traceback (most recent call last):
  File "/app/src/myapp/cli.py", line 3, in <module>
    from myapp.core import run
ModuleNotFoundError: No module named 'myapp'

Dockerfile does COPY src/ /app/src and CMD ["python", "/app/src/myapp/cli.py"]''')],
   tags=["stack_trace", "code:python", "code:dockerfile"])

ex("dbg_tool_app_startup", L, [
    first("start the dev server and check the homepage loads"),
    A(None, T("ds", "Bash", {"command": "timeout 20 npm run dev 2>&1 | head -30", "description": "Start dev server briefly"})),
    TR(R("ds", '''> api@0.9.0 dev
> tsx watch src/index.ts

Error: listen EADDRINUSE: address already in use :::3000
    at Server.setupListenHandle [as _listen2] (node:net:1908:16)
    at listenInCluster (node:net:1965:12)
    at Server.listen (node:net:2067:7)
    at Object.<anonymous> (/home/dev/work/api/src/index.ts:41:8)''', err=True)),
    A("Port 3000 is already taken, probably a dev server that's still running. Want me to find and kill that process, or start on another port?"),
    ut("there's nothing running on 3000 though, `lsof -i :3000` shows nothing. it happens every time since I added the websocket server in src/ws.ts"),
], tags=["tool_loop", "tool_error", "follow_up", "stack_trace", "code:typescript"])

ex("dbg_tool_wrong_totals", L, [
    first("the monthly report shows wrong totals for october, check src/reports/monthly.py"),
    A(None, T("mr", "Read", {"file_path": "/home/dev/work/finance/src/reports/monthly.py"})),
    TR(R("mr", catn('''def monthly_totals(rows, year, month):
    start = date(year, month, 1)
    end = date(year, month + 1, 1) if month < 12 else date(year + 1, 1, 1)
    total = 0
    for r in rows:
        if start < r.booked_on < end:
            total += r.amount
    return round(total, 2)
'''))),
    A("Found it. `start < r.booked_on` excludes rows booked on the first day of the month; it should be `start <= r.booked_on`. That's why October comes out short."),
    ut("fixed that, but it's still off by 0.03 compared to the accounting export. amounts are floats from the db"),
], tags=["tool_loop", "follow_up", "code:python"])

ex("dbg_tool_migration_fail", L, [
    first("run the migrations"),
    A(None, T("mi", "Bash", {"command": "alembic upgrade head", "description": "Apply database migrations"})),
    TR(R("mi", '''INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.
INFO  [alembic.runtime.migration] Will assume transactional DDL.
INFO  [alembic.runtime.migration] Running upgrade 7c1f2a9d3e44 -> a03b55e1c2d9, add normalized_email
sqlalchemy.exc.IntegrityError: (psycopg.errors.UniqueViolation) could not create unique index "ix_accounts_normalized_email"
DETAIL:  Key (normalized_email)=(maria.lopez@example.com) is duplicated.''', err=True)),
    A("The migration failed: creating the unique index on `normalized_email` hit a duplicate (`maria.lopez@example.com`). Because DDL is transactional here, the migration rolled back and the database is still at `7c1f2a9d3e44`."),
    ut("hm. how can there be duplicates, email itself is unique? figure out what's going on"),
], tags=["tool_loop", "tool_error", "stack_trace", "code:sql"])

ex("dbg_java_concurrent_mod", L, [first('''Exception in thread "scheduler-1" java.util.ConcurrentModificationException
	at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)
	at com.acme.jobs.SessionReaper.run(SessionReaper.java:29)

line 29 is `for (Session s : sessions) { if (s.expired()) sessions.remove(s); }`''')],
   tags=["stack_trace", "terse", "code:java"])

ex("dbg_regex_not_matching", L, [first('''why doesn't this match? re.match(r"\\d+$", "order 1234") returns None but the string clearly ends in digits''')],
   tags=["code:python", "code:regex"])

ex("dbg_webpack_env_undefined", L, [first("process.env.API_URL is undefind in the browser bundle even tho its in .env?? vite project migrated from CRA last week")],
   tags=["typo", "code:javascript"])

ex("dbg_perf_regression_bisect", L, [first("benchmarks show json encoding got 3x slower somewhere between v2.3.0 and v2.5.1 of our lib (about 140 commits). what's the fastest way to find the culprit? can you set up a git bisect run with the benchmark script in bench/encode.py, fail if > 1.5x baseline")],
   tags=["repo_paths", "code:bash"])

ex("dbg_long_log_kafka", L, [first(r'''consumer group keeps rebalancing every few minutes and lag grows. logs from one consumer:

2026-11-24 10:01:02,113 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Revoke previously assigned partitions orders-0, orders-1, orders-2
2026-11-24 10:01:02,114 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] (Re-)joining group
2026-11-24 10:01:05,220 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Successfully joined group with generation Generation{generationId=412, memberId='orders-consumer-3-6a1e', protocol='range'}
2026-11-24 10:01:05,231 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Notifying assignor about the new Assignment(partitions=[orders-3, orders-4, orders-5])
2026-11-24 10:01:05,240 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Adding newly assigned partitions: orders-3, orders-4, orders-5
2026-11-24 10:01:05,260 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Setting offset for partition orders-3 to the committed offset FetchPosition{offset=88123341}
2026-11-24 10:01:05,261 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Setting offset for partition orders-4 to the committed offset FetchPosition{offset=87993012}
2026-11-24 10:01:05,262 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Setting offset for partition orders-5 to the committed offset FetchPosition{offset=88410233}
2026-11-24 10:02:11,905 DEBUG [OrderHandler] processing batch size=500
2026-11-24 10:03:40,117 DEBUG [OrderHandler] enrichment call to pricing-svc took 71234ms for batch
2026-11-24 10:06:12,440 WARN  [Consumer clientId=orders-consumer-3, groupId=orders] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.
2026-11-24 10:06:12,441 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Member orders-consumer-3-6a1e sending LeaveGroup request to coordinator kafka-2:9092 (id: 2147483645 rack: null) due to consumer poll timeout has expired.
2026-11-24 10:06:12,512 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Resetting generation and member id due to: consumer pro-actively leaving the group
2026-11-24 10:06:12,513 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] Request joining group due to: consumer pro-actively leaving the group
2026-11-24 10:06:13,020 ERROR [Consumer clientId=orders-consumer-3, groupId=orders] Offset commit failed on partition orders-3 at offset 88123841: The coordinator is not aware of this member.
2026-11-24 10:06:13,021 WARN  [OrderHandler] commitSync failed: org.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.
	at org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.sendOffsetCommitRequest(ConsumerCoordinator.java:1351)
	at org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.commitOffsetsSync(ConsumerCoordinator.java:1165)
	at org.apache.kafka.clients.consumer.KafkaConsumer.commitSync(KafkaConsumer.java:1474)
	at com.acme.orders.OrderConsumer.loop(OrderConsumer.java:77)
2026-11-24 10:06:13,100 INFO  [Consumer clientId=orders-consumer-3, groupId=orders] (Re-)joining group

config: max.poll.records=500, max.poll.interval.ms=300000, session.timeout.ms=45000, enable.auto.commit=false''')],
   tags=["stack_trace", "long", "code:java"])

ex("dbg_pip_resolver", L, [first("pip install -r requirements.txt hangs forever on 'INFO: pip is looking at multiple versions of botocore to determine which version is compatible'. started after I added `awswrangler` to requirements")],
   tags=["code:python"])

ex("dbg_same_for_other_endpoint", L, [
    first('''POST /api/projects returns 500 when description is empty

sqlalchemy.exc.IntegrityError: (psycopg2.errors.NotNullViolation) null value in column "description" of relation "projects" violates not-null constraint'''),
    A("The form sends `\"\"`, and `ProjectIn` turns empty strings into `None` (`empty_str_to_none` validator). Since the column is `NOT NULL`, the insert fails. I changed `ProjectIn.description` to default to `\"\"` instead of `None`, and `POST /api/projects` now succeeds with an empty description."),
    ut("same thing happens on PATCH /api/projects/{id} and on the teams endpoint, can you check those"),
], tags=["multi_turn", "follow_up", "stack_trace", "code:python"])
