from common import U, A, CC, TU, AT, TR, TRS

CATEGORY = "debugging"

EXAMPLES = [
    [U("""grafana says 1.2k signups yesterday, the admin dashboard says 940. this is the query the dashboard uses:

SELECT count(*) FROM users
WHERE created_at >= current_date - interval '1 day'
  AND created_at < current_date;

grafana counts the `user.signup` event""")],
    [U("still broken after your change. same error")],
    [CC("explain why this prints 3 3 3 instead of 0 1 2\n\nfor (var i = 0; i < 3; i++) {\n  setTimeout(() => console.log(i), 0);\n}", rem=4)],
    [U("can you review the logs below and tell me why the pod keeps restarting\n\nNAME                      READY   STATUS             RESTARTS   AGE\napi-7d9f8b6c5-x2k4p       0/1     CrashLoopBackOff   7          14m\n\n$ kubectl logs api-7d9f8b6c5-x2k4p --previous\n2026-03-14T10:02:11Z INFO starting server on :8080\n2026-03-14T10:02:11Z INFO connecting to postgres at db:5432\n2026-03-14T10:02:41Z FATAL dial tcp 10.0.3.17:5432: i/o timeout\n\n$ kubectl describe pod ... \n    Liveness:   http-get http://:8080/healthz delay=10s timeout=1s period=5s #success=1 #failure=3")],
    [U("""wrote a test that reproduces #4412, it fails as expected. now figure out why

def test_refund_partial_twice_does_not_exceed_total():
    order = make_order(total=100)
    refund(order, 60)
    refund(order, 60)
    assert order.refunded_total <= 100   # fails: 120""")],
    [U("pip install fails on M1 mac\n\n  error: command '/usr/bin/clang' failed with exit code 1\n  src/psycopg2/psycopg.h:36:10: fatal error: 'libpq-fe.h' file not found\n  ERROR: Failed building wheel for psycopg2")],
    [CC("p99 went from 80ms to 600ms after we upgraded to node 20. nothing else changed. where do I even start", rem=3)],
    [U("the test passes alone but fails when I run the whole suite"),],
    [U("why is `[] == ![]` true in js, it's breaking a check in our code\n\nif (items == !items.length) { ... }")],
    [U("TypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.jsx:12:23)\n\nconst ProductList = ({ products }) => (\n  <ul>{products.map(p => <li key={p.id}>{p.name}</li>)}</ul>\n);\n\nit works on first load but crashes after I filter")],
    [CC("cargo build error\n\nerror[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable\n  --> src/inv.rs:41:13\n   |\n39 |         let first = self.items.first();\n   |                     ---------- immutable borrow occurs here\n40 |         if let Some(f) = first {\n41 |             self.items.push(f.clone());\n   |             ^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here", rem=2)],
    [U("Warum gibt meine Funktion None zurück?\n\ndef find(tree, key):\n    if tree is None:\n        return None\n    if tree.key == key:\n        return tree\n    if key < tree.key:\n        find(tree.left, key)\n    else:\n        find(tree.right, key)")],
    [U("flaky: test_websocket_reconnect fails ~1 in 10 runs on CI with 'Timeout waiting for message'. never locally")],
    [CC("the CSV export has garbled characters when opened in Excel — é shows as Ã©. file is generated with python csv module, utf-8", rem=1)],
    [U("docker build works on my machine but CI says `COPY failed: file not found in build context or excluded by .dockerignore: stat dist/: file does not exist`")],
    [U("my go service memory keeps growing about 50MB/hour until OOMkilled. pprof heap top:\n\n      flat  flat%   sum%        cum   cum%\n  812.41MB 71.20% 71.20%   812.41MB 71.20%  time.NewTimer\n  120.03MB 10.52% 81.72%   120.03MB 10.52%  bufio.NewReaderSize")],
    [CC("La app de React Native se cierra al abrir la cámara solo en Android 14. En iOS va bien. No sale nada en la consola de Metro", rem=0)],
    [U("git push rejected\n\n! [remote rejected] main -> main (pre-receive hook declined)\nremote: error: GH006: Protected branch update failed for refs/heads/main.\nremote: error: 3 of 3 required status checks are expected.\n\nbut all checks are green on the PR??")],
    [U("the numbers are off by a few cents sometimes\n\ntotal = sum(item['price'] * item['qty'] for item in cart)\nreturn round(total * 1.21, 2)\n\nfinance says invoice #88213 should be 121.00 and we show 120.99")],
    [U("terraform plan wants to destroy and recreate the rds instance every time even though I changed nothing\n\n  # aws_db_instance.main must be replaced\n-/+ resource \"aws_db_instance\" \"main\" {\n      ~ snapshot_identifier = \"snap-2024\" -> null # forces replacement")],
    [CC("useEffect infinite loop, I don't see why\n\nconst [filters, setFilters] = useState({});\nconst query = { ...filters, page };\nuseEffect(() => { fetchData(query).then(setData); }, [query]);", rem=5)],
    [U("Java: ConcurrentModificationException but there's only one thread??\n\nfor (Order o : orders) {\n    if (o.isCancelled()) orders.remove(o);\n}")],
    [U("after upgrading to sqlalchemy 2 I get `sqlalchemy.exc.ArgumentError: Textual SQL expression 'SELECT 1' should be explicitly declared as text('SELECT 1')`. there are like 200 places")],
    [CC("GitHub action fails with 'Resource not accessible by integration' when commenting on the PR. worked last week", rem=4)],
    [U("why is this query slow now? it was 20ms last month, now 4s. table grew from 1M to 9M rows\n\nEXPLAIN ANALYZE SELECT * FROM orders WHERE lower(email) = 'x@y.com';\nSeq Scan on orders  (cost=0.00..412938.00 rows=45000 width=212) (actual time=0.03..3981.2 rows=3 loops=1)\n  Filter: (lower(email) = 'x@y.com'::text)\n\nthere IS an index on email")],
    [U("Pourquoi mon Dockerfile reconstruit toutes les dépendances à chaque fois alors que je n'ai changé qu'un fichier .py ?\n\nFROM python:3.12\nCOPY . /app\nWORKDIR /app\nRUN pip install -r requirements.txt")],
    [CC("segfault in the C extension only on linux, macOS fine\n\n#0  0x00007ffff7a5e1c4 in __memmove_avx_unaligned_erms () from /lib/x86_64-linux-gnu/libc.so.6\n#1  0x00007ffff6d2a8b1 in buf_append (b=0x5555559a2e30, data=0x7fffffffd9f0 \"...\", n=4096) at src/buf.c:58\n#2  0x00007ffff6d2b011 in parse_chunk (...) at src/parse.c:211\n\nstatic void buf_append(buf_t *b, const char *data, size_t n) {\n    if (b->len + n > b->cap) { b->cap *= 2; b->data = realloc(b->data, b->cap); }\n    memcpy(b->data + b->len, data, n);\n    b->len += n;\n}", rem=3)],
    [U("our cron job runs twice at 2am on the DST change day")],
    [U("tests pass, app works locally, but in prod the login redirect loops forever. behind an ALB, django, SECURE_SSL_REDIRECT=True")],
    [CC("kotlin coroutine: the UI freezes when I call this even though it's in a coroutine\n\nlifecycleScope.launch {\n    val data = repository.loadAll()  // does a big JSON parse\n    adapter.submit(data)\n}", rem=2)],
    [U("jest says `SyntaxError: Cannot use import statement outside a module` for node_modules/lodash-es. ts-jest, next 14")],
    [U("My Elixir LiveView loses the form input every time a PubSub message arrives and the page re-renders")],
    [U("The 'Forgot password' emails arrive with a link that 404s. The token in the URL looks cut off after the first `+`")],
    [CC("rails: `ActiveRecord::StatementInvalid: PG::InFailedSqlTransaction: ERROR: current transaction is aborted, commands ignored until end of transaction block` in one spec only", rem=1)],
    [U("同じコードなのに、本番だけ日付が1日ずれます。DBはUTC、アプリはAsia/Tokyoです。\n\nconst d = new Date(row.birthday); // '1990-05-01'\nreturn d.toLocaleDateString('ja-JP');")],
    [U("swift: `Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value` on the tableView line but only when coming back from the detail screen")],
    [CC("C# — async method never returns, app just hangs. WinForms button handler calls `var r = GetDataAsync().Result;`", rem=0)],
    [U("vite dev server works, `vite build` output shows a blank page. console: Failed to load module script: Expected a JavaScript module script but the server responded with a MIME type of \"text/html\"")],
    [U("bash script works when I run it by hand but not from cron. `aws: command not found` in the cron mail")],
    [CC("Dlaczego ten kod w Pythonie zwraca różne wyniki przy każdym uruchomieniu? Używam set() do deduplikacji a potem biorę pierwszy element", rem=5)],
    [U("openssl error in curl from the container: `SSL certificate problem: unable to get local issuer certificate` — alpine base, corporate proxy")],
    [U("""big log dump, tell me what's wrong with the consumer

2026-07-09 11:00:01 INFO  consumer-3 Subscribed to topic(s): orders
2026-07-09 11:00:04 INFO  consumer-3 Successfully joined group with generation 412
2026-07-09 11:00:04 INFO  consumer-3 Adding newly assigned partitions: orders-4, orders-5
2026-07-09 11:05:09 WARN  consumer-3 Commit cannot be completed since the group has already rebalanced and assigned the partitions to another member. This means that the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time message processing.
2026-07-09 11:05:09 INFO  consumer-3 Revoke previously assigned partitions orders-4, orders-5
2026-07-09 11:05:10 INFO  consumer-3 (Re-)joining group
2026-07-09 11:05:13 INFO  consumer-3 Successfully joined group with generation 413
2026-07-09 11:05:13 INFO  consumer-3 Adding newly assigned partitions: orders-4, orders-5
2026-07-09 11:10:19 WARN  consumer-3 Commit cannot be completed since the group has already rebalanced...
2026-07-09 11:10:19 INFO  consumer-3 Revoke previously assigned partitions orders-4, orders-5

processing each batch calls the tax api (~300ms per msg), max.poll.records=500""")],
    # multi-turn
    [U("add a retry to the s3 upload"),
     A("```python\n@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=0.5, max=10))\ndef upload(path, key):\n    s3.upload_file(path, BUCKET, key)\n```"),
     U("now it retries 5 times and then still fails with `An error occurred (RequestTimeTooSkewed)`")],
    [U("what does `@lru_cache` do on a method"),
     A("It caches results keyed on all arguments, including `self`, so each instance gets its own entries but the cache lives on the class-level function and holds strong references to every `self` it has seen."),
     U("ohh. that's probably why our worker's memory never goes down then? the objects are huge. how do I confirm it's that")],
    [U("write a SQL query for monthly active users"),
     A("```sql\nSELECT date_trunc('month', ts) AS month, count(DISTINCT user_id) AS mau\nFROM events\nGROUP BY 1 ORDER BY 1;\n```"),
     U("ran it, december shows 0 but we definitely had users in december")],
    [U("set up eslint with the airbnb config for my TS project"),
     A("Install `eslint`, `eslint-config-airbnb-typescript`, `@typescript-eslint/parser` and `@typescript-eslint/eslint-plugin`, then in `.eslintrc.cjs` extend `['airbnb', 'airbnb-typescript']` and set `parserOptions.project` to `./tsconfig.json`."),
     U("Parsing error: ESLint was configured to run on `<tsconfigRootDir>/vite.config.ts` using `parserOptions.project` however, that TSConfig does not include this file")],
    [U("can you review my PR"),
     A("Sure — paste the diff or point me at the branch."),
     U("actually never mind the review, CI on it is red and I can't figure out why:\n\nRun npm ci\nnpm ERR! code EUSAGE\nnpm ERR! `npm ci` can only install packages when your package.json and package-lock.json are in sync.\nnpm ERR! Missing: @types/node@20.11.5 from lock file")],
    [U("explain generics variance in kotlin, in/out"),
     A("`out T` means the type only produces T (covariant: `List<out Animal>` accepts `List<Cat>`); `in T` means it only consumes T (contravariant: `Comparator<in Cat>` accepts `Comparator<Animal>`)."),
     U("ok then why does this not compile\n\nfun feed(animals: MutableList<Animal>) {}\nval cats: MutableList<Cat> = mutableListOf()\nfeed(cats) // Type mismatch")],
    [U("¿cómo hago un healthcheck en docker compose?"),
     A("Añade en el servicio:\n```yaml\nhealthcheck:\n  test: [\"CMD\", \"curl\", \"-f\", \"http://localhost:8080/health\"]\n  interval: 10s\n  retries: 5\n```\ny en el dependiente `depends_on: {api: {condition: service_healthy}}`."),
     U("lo puse y el contenedor se queda 'unhealthy' para siempre, pero si hago curl desde mi máquina responde 200")],
    # Claude Code shapes
    [CC("run the tests and fix whatever's failing", rem=0),
     AT("", TU("01Hb1", "Bash", command="npm test -- --silent")),
     TR("01Hb1", "FAIL src/utils/date.test.ts\n  ● formatRelative › returns 'yesterday' for dates 1 day ago\n\n    Expected: \"yesterday\"\n    Received: \"2 days ago\"\n\n      14 |   const d = new Date(Date.now() - 24 * 3600 * 1000);\n    > 15 |   expect(formatRelative(d)).toBe('yesterday');\n\nTests: 1 failed, 211 passed", err=True,
        text='it passes in the morning and fails in the evening, I swear')],
    [CC("the build is broken since I pulled", rem=1),
     AT("", TU("01Hb2", "Bash", command="go build ./...")),
     TR("01Hb2", "# github.com/acme/api/internal/store\ninternal/store/pg.go:44:17: cannot use rows (variable of type pgx.Rows) as *sql.Rows value in argument to scanUsers", err=True),
     AT("`scanUsers` still expects `*sql.Rows`, but `pg.go` was switched to pgx. Let me check who else calls it.", TU("01Hb3", "Grep", pattern="scanUsers", path="internal")),
     TR("01Hb3", "internal/store/pg.go:44:\tusers, err := scanUsers(rows)\ninternal/store/scan.go:12:func scanUsers(rows *sql.Rows) ([]User, error) {\ninternal/store/mysql.go:61:\tusers, err := scanUsers(rows)",
        text="mysql.go is dead code btw, we dropped mysql")],
    [CC("this component renders twice and the second time `user` is null, can you find out why", rem=2, open="src/pages/Profile.tsx")],
    [CC("explain what's going on here, the endpoint returns 200 but the row never shows up in the db", rem=3, sel=("api/handlers/notes.py", 30, 41, "@router.post('/notes')\nasync def create_note(body: NoteIn, db: AsyncSession = Depends(get_db)):\n    note = Note(**body.dict())\n    db.add(note)\n    await db.flush()\n    return {'id': note.id}"))],
    [CC("I applied your fix from before", rem=4),
     AT("", TU("01Hb4", "Bash", command="python -m pytest tests/test_sync.py -x -q")),
     TR("01Hb4", "F\n=================================== FAILURES ===================================\n____________________________ test_sync_handles_deletes ____________________________\n    assert remote.list() == []\nE   AssertionError: assert ['a.txt'] == []\n1 failed in 0.84s", err=True,
        text="nope. the delete still doesn't propagate")],
    [CC("npm run dev crashes immediately", rem=5),
     AT("", TU("01Hb5", "Bash", command="npm run dev 2>&1 | tail -20")),
     TR("01Hb5", "> web@0.1.0 dev\n> next dev\n\nnode:internal/modules/cjs/loader:1147\n  throw err;\n  ^\n\nError: Cannot find module '@next/swc-darwin-arm64'\nRequire stack:\n- /Users/k/web/node_modules/next/dist/build/swc/index.js", err=True,
        text="I'm on an M3, was working friday. rm -rf node_modules didn't help")],
    [CC("eh, les tests e2e ne passent plus depuis la mise à jour de playwright, tu peux regarder ?", rem=0),
     AT("", TU("01Hb6", "Bash", command="npx playwright test --reporter=line")),
     TR("01Hb6", "  1) [chromium] › login.spec.ts:12:5 › logs in\n    Error: browserType.launch: Executable doesn't exist at /home/ci/.cache/ms-playwright/chromium-1117/chrome-linux/chrome\n    ╔═════════════════════════════════════════════════════════════════════════╗\n    ║ Looks like Playwright was just installed or updated.                    ║\n    ║ Please run the following command to download new browsers:              ║\n    ║     npx playwright install                                              ║\n    ╚═════════════════════════════════════════════════════════════════════════╝", err=True,
        text='I did run playwright install, still the same')],
    [CC("why does this hang forever?", rem=1, sel=("worker/main.py", 50, 60, "async def main():\n    q = asyncio.Queue()\n    producers = [asyncio.create_task(produce(q, i)) for i in range(4)]\n    consumers = [asyncio.create_task(consume(q)) for _ in range(2)]\n    await asyncio.gather(*producers)\n    await q.join()\n    await asyncio.gather(*consumers)"))],
    [CC("review the stacktrace, tell me what's going on", rem=2,
        extra=("Exception in thread \"main\" java.lang.NoSuchMethodError: 'com.fasterxml.jackson.databind.JsonNode com.fasterxml.jackson.databind.ObjectMapper.readTree(java.lang.String)'\n\tat com.acme.ingest.Parser.parse(Parser.java:31)\n\tat com.acme.ingest.Main.main(Main.java:12)",))],
    [CC("ok so the migration worked locally but on staging:", rem=3,
        extra=("django.db.utils.ProgrammingError: column \"tenant_id\" of relation \"invoices\" already exists",))],
    [CC("hmm numbers in the report don't match what stripe shows for march. the report code is open", rem=4, open="reports/revenue.py")],
    [CC("그냥 `cargo test` 하면 통과하는데 `cargo test --release` 하면 하나 실패해요. 왜 그럴까요?", rem=5),
     AT("", TU("01Hb7", "Bash", command="cargo test --release 2>&1 | tail -15")),
     TR("01Hb7", "---- checksum::tests::overflow_wraps stdout ----\nthread 'checksum::tests::overflow_wraps' panicked at src/checksum.rs:88:9:\nassertion `left == right` failed\n  left: 4294967295\n right: 0\n\nfailures:\n    checksum::tests::overflow_wraps", err=True,
        text='디버그에서는 왜 괜찮은 거죠?')],
    [CC("github actions: the cache step never hits, every run reinstalls everything", rem=0, open=".github/workflows/ci.yml")],
    [CC("it worked yesterday. now every request to /api/search returns 502 from nginx but the app logs show nothing", rem=1)],
    [U("Bhai ye function kabhi kabhi galat answer deta hai, samajh nahi aa raha kyun\n\ndef avg(nums):\n    return sum(nums) / len(nums) if nums else 0\n\nprint(avg([0.1]*10))  # 0.09999999999999999")],
    [CC("Tại sao API của tôi trả về 413 khi upload file 5MB? Nginx phía trước, Express phía sau, đã set `limit: '50mb'` trong body-parser rồi", rem=4)],
    [U("Neden Spring Boot uygulamam başlarken `BeanCurrentlyInCreationException` veriyor? İki servis birbirini @Autowired ile kullanıyor")],
    [U("Waarom faalt mijn GitHub Action met 'permission denied' op ./deploy.sh? Lokaal werkt het wel")],
]

_BIG_LOG = """2026-11-26T08:14:02.118Z  INFO 1 --- [main] c.a.b.BillingApplication : Starting BillingApplication v3.8.1 using Java 21.0.2
2026-11-26T08:14:02.121Z  INFO 1 --- [main] c.a.b.BillingApplication : The following 1 profile is active: "prod"
2026-11-26T08:14:04.502Z  INFO 1 --- [main] o.s.b.w.embedded.tomcat.TomcatWebServer : Tomcat initialized with port 8080 (http)
2026-11-26T08:14:05.877Z  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : billing-pool - Starting...
2026-11-26T08:14:06.210Z  INFO 1 --- [main] com.zaxxer.hikari.pool.HikariPool : billing-pool - Added connection org.postgresql.jdbc.PgConnection@4b3a9c1e
2026-11-26T08:14:06.212Z  INFO 1 --- [main] com.zaxxer.hikari.HikariDataSource : billing-pool - Start completed.
2026-11-26T08:14:09.004Z  INFO 1 --- [main] c.a.b.BillingApplication : Started BillingApplication in 7.21 seconds
2026-11-26T09:00:00.001Z  INFO 1 --- [scheduling-1] c.a.b.jobs.InvoiceRunJob : invoice run started batch=2026-11-26-09
2026-11-26T09:00:00.430Z  INFO 1 --- [scheduling-1] c.a.b.jobs.InvoiceRunJob : loaded 18422 subscriptions due
2026-11-26T09:00:31.902Z  WARN 1 --- [invoice-exec-7] com.zaxxer.hikari.pool.HikariPool : billing-pool - Thread starvation or clock leap detected (housekeeper delta=31s).
2026-11-26T09:00:32.117Z ERROR 1 --- [invoice-exec-3] c.a.b.jobs.InvoiceWorker : failed subscription sub_8812a
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
	at org.springframework.jdbc.datasource.DataSourceUtils.getConnection(DataSourceUtils.java:84)
	at org.springframework.jdbc.core.JdbcTemplate.execute(JdbcTemplate.java:388)
	at com.acme.billing.repo.LedgerRepo.append(LedgerRepo.java:57)
	at com.acme.billing.jobs.InvoiceWorker.charge(InvoiceWorker.java:112)
	at com.acme.billing.jobs.InvoiceWorker.lambda$run$0(InvoiceWorker.java:64)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
Caused by: java.sql.SQLTransientConnectionException: billing-pool - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=54).
	at com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:686)
	at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:179)
	... 9 common frames omitted
2026-11-26T09:00:32.118Z ERROR 1 --- [invoice-exec-9] c.a.b.jobs.InvoiceWorker : failed subscription sub_1f03c
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
Caused by: java.sql.SQLTransientConnectionException: billing-pool - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=61).
2026-11-26T09:00:32.240Z ERROR 1 --- [http-nio-8080-exec-12] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet [dispatcherServlet] threw exception
java.sql.SQLTransientConnectionException: billing-pool - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=63).
2026-11-26T09:00:45.991Z  WARN 1 --- [invoice-exec-1] c.a.b.client.StripeClient : stripe call took 14211ms op=charges.create
2026-11-26T09:00:46.004Z  WARN 1 --- [invoice-exec-5] c.a.b.client.StripeClient : stripe call took 14198ms op=charges.create
2026-11-26T09:01:02.330Z ERROR 1 --- [invoice-exec-2] c.a.b.jobs.InvoiceWorker : failed subscription sub_77d2e
org.springframework.jdbc.CannotGetJdbcConnectionException: Failed to obtain JDBC Connection
2026-11-26T09:01:02.331Z  INFO 1 --- [actuator] o.s.b.a.health.HealthEndpoint : health DOWN db=DOWN diskSpace=UP
2026-11-26T09:01:07.002Z  WARN 1 --- [kubelet] probe : Liveness probe failed: HTTP probe failed with statuscode: 503
"""

_BIG_CODE = """    @Scheduled(cron = "0 0 * * * *")
    public void run() {
        List<Subscription> due = subs.findDue(clock.instant());
        log.info("loaded {} subscriptions due", due.size());
        for (Subscription s : due) {
            executor.submit(() -> worker.charge(s));
        }
    }

    // InvoiceWorker
    @Transactional
    public void charge(Subscription s) {
        Invoice inv = invoices.create(s);
        ChargeResult r = stripe.charge(s.customerId(), inv.totalCents(), inv.idempotencyKey());
        ledger.append(inv, r);
        invoices.markPaid(inv, r);
    }

    # application-prod.yml
    spring.datasource.hikari.maximum-pool-size: 10
    invoice.executor.threads: 32
"""

EXAMPLES += [
    [CC("every hour at :00 the billing pod dies. logs + the relevant code below. what's going on", rem=0,
        extra=(_BIG_LOG, _BIG_CODE))],
    [U("hey I'm back with the thing from before"),
     A("Which one — the retry issue on the webhook consumer or the slow search endpoint?"),
     U("the search one"),
     A("Right. Last time the EXPLAIN showed the GIN index was used but the query still took ~2s because of the `ORDER BY similarity(...)` over 400k candidate rows. We talked about adding a `LIMIT` before the sort via a CTE."),
     U("did that. now it's fast but returns different results than before for short queries like 'ab' — some obvious matches are missing")],
    [CC("Ich hab deinen Fix übernommen, aber jetzt schlägt ein anderer Test fehl", rem=3),
     AT("", TU("01Hb8", "Bash", command="pytest tests/test_export.py -q")),
     TR("01Hb8", "FAILED tests/test_export.py::test_export_empty - KeyError: 'rows'\n1 failed, 14 passed in 2.11s", err=True,
        text="vorher ging der. warum bricht der jetzt?")],
]
