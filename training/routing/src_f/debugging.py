from common import *

C = "debugging"

conv(C, "pytest passes locally, fails in CI with `ModuleNotFoundError: No module named 'app'`. same python version. what gives")
conv(C, "the dashboard says 1,204 signups yesterday but the raw count from the users table is 1,187. query behind the tile:\n\n```sql\nSELECT count(*) FROM events\nWHERE name = 'signup_completed'\n  AND ts >= current_date - interval '1 day'\n  AND ts < current_date;\n```\n\nwhich one is lying")
conv(C, "can you review why this goroutine never exits? I close the channel in main\n\n```go\nfunc worker(jobs <-chan Job, done chan<- struct{}) {\n    for {\n        select {\n        case j := <-jobs:\n            process(j)\n        }\n    }\n    done <- struct{}{}\n}\n```")
conv(C, "explain to me why `[[]] * 3` then appending to the first one changes all three. i just lost an hour on this in my grid code, board[0].append('x') fills every row")
conv(C, "after bumping react-query to v5 every useQuery returns isLoading=true forever on the settings page only. other pages fine")
conv(C, "`cargo build` on the M2: error: linking with `cc` failed: exit status: 1 ... ld: library not found for -lssl. brew has openssl@3 installed")
conv(C, "ok so test_invoice_rounding fails like 1 in 20 runs. `assert 10.3 == 10.299999999999999`. only on the nightly job. no idea")
conv(C, "I wrote this test to pin the bug from #882 before anyone touches it — it fails as expected. now help me find where the timezone gets dropped\n\n```python\ndef test_schedule_keeps_tz():\n    ev = Event.create(start=datetime(2026, 3, 29, 1, 30, tzinfo=ZoneInfo('Europe/Berlin')))\n    assert ev.reload().start.tzinfo is not None\n```")
conv(C, "p99 on /search went from 180ms to 1.4s after Tuesday's deploy. only diff touching that path is we added `.select_related('author__profile')`. coincidence?")
conv(C, "Mi script de bash funciona cuando lo ejecuto a mano pero desde cron no hace nada. ni siquiera escribe el log. `*/5 * * * * ~/bin/sync.sh >> ~/sync.log 2>&1`")
conv(C, "Warum gibt mir `new Date('2026-03-05')` im Browser den 4. März zurück?? Nutzer in Kalifornien sehen das falsche Datum")
conv(C, "pourquoi mon useEffect s'exécute deux fois au montage ? j'ai un fetch dedans et je vois deux requêtes dans l'onglet réseau")
conv(C, "为什么这个 Java 的 HashMap 在多线程下 get 会卡死？CPU 100%，jstack 显示一直在 HashMap.getNode 里")
conv(C, "docker compose up → postgres healthy, api container keeps restarting with `connection refused 127.0.0.1:5432`. env has DB_HOST=localhost")
conv(C, "kubectl get pods shows CrashLoopBackOff, logs are empty. `kubectl describe` says Last State: Terminated, Reason: OOMKilled, Exit Code: 137. limits are 512Mi and the jvm has -Xmx512m")
conv(C, "still broken. same 401 after your change to the interceptor")
conv(C, "the numbers in the CSV export are off by exactly 100x for EUR accounts but fine for USD. probably something dumb with minor units?")
conv(C, "terraform plan wants to destroy and recreate the rds instance every single time even with no changes. says `engine_version: \"15.4\" => \"15\"`")
conv(C, "Swift: `Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value` on `tableView.delegate = self` in viewDidLoad. storyboard connected i think")
conv(C, "yo my github action keeps skipping the deploy job even though tests pass. `needs: test` and `if: github.ref == 'refs/heads/main'`. it's a push to main")
conv(C, "Rails: `ActiveRecord::StatementInvalid: PG::UniqueViolation: duplicate key value violates unique constraint \"users_pkey\"` when creating a user in prod. nobody passes an id. restored from a dump last week if that matters")
conv(C, "npm i → `ERESOLVE unable to resolve dependency tree` peer react@\"^17\" from some-datepicker. we're on react 18. just want it installed without breaking stuff")
conv(C, "Elixir GenServer times out on call after 5000ms but only when the other node is under load, `** (exit) exited in: GenServer.call(..., 5000) ** (EXIT) time out`. the handle_call itself is fast I timed it")
conv(C, "kotlin coroutine: launched a job in viewModelScope, the screen closes, job still logs stuff for like 30s after. thought it cancels automatically?")
conv(C, "C++: segfault only in release build (-O2), debug is fine. valgrind clean in debug. where do i even start")
conv(C, "my PHP session data vanishes between requests behind the load balancer but works on a single box")
conv(C, "the sum in the report is 0.30000000000000004 and finance is screaming. it's `sum(row.amount for row in rows)` with floats from the api")
conv(C, "Ce test Jest passe seul (`jest foo.test.ts`) mais échoue quand je lance toute la suite. mock de Date.now je crois")
conv(C, "webpack dev server hot reload stopped working after I moved the project into WSL. changes don't trigger rebuild at all")
conv(C, "Perchè questa query ci mette 40 secondi? prima ci metteva 200ms. EXPLAIN dice Seq Scan on orders, eppure c'è l'indice su customer_id")
conv(C, "왜 Next.js에서 `window is not defined` 에러가 나요? 로컬 dev에서는 괜찮은데 빌드하면 터져요")
conv(C, "почему `git push` в CI падает с `fatal: could not read Username for 'https://github.com': No such device or address`? токен вроде передаю")
conv(C, "ye kyu ho raha hai yaar — login ke baad redirect loop, /dashboard → /login → /dashboard. cookie set ho rahi hai devtools mein dikh rahi hai")
conv(C, "tại sao goroutine leak vậy? pprof thấy 40k goroutines đang chờ ở net/http.(*persistConn).readLoop")
conv(C, "Neden `pip install` sonrası hâlâ `ImportError: cannot import name 'soft_unicode' from 'markupsafe'` alıyorum? jinja2 eski sürüm sanırım")
conv(C, "Waarom geeft mijn C# async methode een deadlock in de WinForms app? `.Result` op een Task die HttpClient gebruikt")
conv(C, "Dlaczego mój Dockerfile buduje się 8 minut za każdym razem, nawet jak zmienię tylko jeden plik .py? cache chyba nie działa")
conv(C, "interesting — the prometheus counter says 3.2k errors/min but the error log only has ~200 lines in the same window. the code:\n\n```go\nif err != nil {\n    errorsTotal.Inc()\n    if rand.Float64() < 0.05 { log.Error(err) }\n    return err\n}\n```\nand there's retry middleware wrapping this handler")
conv(C, "```\nTraceback (most recent call last):\n  File \"/app/worker.py\", line 88, in run\n    payload = json.loads(msg.body)\n  File \"/usr/lib/python3.11/json/__init__.py\", line 346, in loads\n    return _default_decoder.decode(s)\njson.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)\n```\nhappens maybe 2% of messages from the queue. producer is node and definitely sends JSON")
conv(C, "scala: `java.lang.StackOverflowError` in my foldRight over a list of 200k items. foldLeft version is fine. why")
conv(C, "hey sorry to bother, the migration I ran this morning says success but the column isn't there when I \\d the table. flyway says version 42 applied")

# Claude Code shapes
conv(C, cc(date(), opened("src/hooks/useCart.ts"), "the cart badge shows the old count until i refresh. setItems is called, i can see it in devtools"))
conv(C, cc(date("2026-11-27"), sel("api/handlers/upload.go", 41, 52, "func Upload(w http.ResponseWriter, r *http.Request) {\n    r.ParseMultipartForm(10 << 20)\n    f, h, err := r.FormFile(\"file\")\n    if err != nil { http.Error(w, err.Error(), 400); return }\n    defer f.Close()\n    dst, _ := os.Create(filepath.Join(uploadDir, h.Filename))\n    io.Copy(dst, f)\n    w.WriteHeader(201)\n}"), "files over ~30MB come out truncated, zero error anywhere"))
conv(C, cc(todo(), opened("tests/test_billing.py"), "explain why this passes when I run it alone but blows up when the whole module runs"))
conv(C, cc(date(), "getting this when i start the app, worked yesterday\n\n```\nError: Cannot find module '@prisma/client'\nRequire stack:\n- /Users/dana/code/shop/src/db.ts\n```"))
conv(C, cc(md("- Use pnpm, never npm\n- Run `pnpm test` before finishing"), opened("packages/ui/src/Modal.tsx"), "modal closes when i click inside the input on safari only"))
conv(C, cc(date(), sel("lib/pricing.rb", 12, 19, "def discounted(total, pct)\n  (total * (1 - pct / 100)).round(2)\nend"), "discounted(200, 15) returns 200. what"))

conv(C,
     cc(date(), "the nightly export job died, can you look"),
     call("Let me check the job logs.", ("a", "Bash", {"command": "kubectl logs job/nightly-export --tail=40"})),
     results(("a", "2026-11-26T02:00:14Z INFO starting export batch=1\n2026-11-26T02:13:52Z INFO batch=47 rows=50000\n2026-11-26T02:14:03Z ERROR psycopg2.errors.QueryCanceled: canceling statement due to statement timeout\nCONTEXT: SQL statement \"SELECT * FROM ledger_entries WHERE ...\"\n2026-11-26T02:14:03Z FATAL export aborted")),
     call("It hit the statement timeout on batch 48. Let me look at the query.", ("b", "Grep", {"pattern": "ledger_entries", "path": "jobs/"})),
     results(("b", "jobs/export.py:61:    cur.execute(f\"SELECT * FROM ledger_entries WHERE id > {last_id} ORDER BY created_at LIMIT 50000\")"), "it was fine until this month, table grew a lot"))

conv(C,
     "run the tests",
     call(None, ("a", "Bash", {"command": "go test ./..."})),
     results(("a", "ok  \tgithub.com/acme/ledger/internal/money\t0.012s\n--- FAIL: TestTransferConcurrent (0.31s)\n    transfer_test.go:77: balance = 990, want 1000\nFAIL\tgithub.com/acme/ledger/internal/account\t0.402s", True)),
     A("One failure: TestTransferConcurrent ends with balance 990 instead of 1000. That looks like a race in the transfer path. Want me to run it with -race?"),
     "yes and tell me what's racing")

conv(C,
     cc(date(), opened("Cargo.toml"), "add serde to the project"),
     call("Adding serde with derive.", ("a", "Bash", {"command": "cargo add serde --features derive"})),
     results(("a", "    Updating crates.io index\n      Adding serde v1.0.215 to dependencies\n             Features:\n             + derive")),
     A("Done — serde 1.0.215 with the derive feature is in Cargo.toml."),
     cc("now cargo build says `the trait bound `Config: Deserialize<'_>` is not satisfied` even though i put #[derive(Deserialize)] on it"))

conv(C,
     "why is the staging deploy red",
     call("Checking the last workflow run.", ("a", "Bash", {"command": "gh run view --log-failed | tail -30"})),
     results(("a", "deploy\tDeploy to staging\t2026-11-26T10:02:11Z Error: UPGRADE FAILED: cannot patch \"api\" with kind Deployment: Deployment.apps \"api\" is invalid: spec.selector: Invalid value: v1.LabelSelector{MatchLabels:map[string]string{\"app\":\"api\", \"tier\":\"backend\"}}: field is immutable")),
     A("The Helm upgrade failed because the Deployment's selector changed — `spec.selector` is immutable in Kubernetes. Someone added `tier: backend` to the selector labels."),
     "ugh that was me in the chart refactor. how do i get past it without downtime")

conv(C,
     cc(todo(), "fix the flaky e2e login test"),
     call("Let me read the test first.", ("a", "Read", {"file_path": "e2e/login.spec.ts"})),
     results(("a", "  1\timport { test, expect } from '@playwright/test';\n  2\t\n  3\ttest('logs in', async ({ page }) => {\n  4\t  await page.goto('/login');\n  5\t  await page.fill('#email', 'qa@acme.dev');\n  6\t  await page.fill('#password', process.env.QA_PW!);\n  7\t  await page.click('button[type=submit]');\n  8\t  await page.waitForTimeout(2000);\n  9\t  expect(page.url()).toContain('/dashboard');\n 10\t});")),
     call("The `waitForTimeout(2000)` plus a synchronous URL check is the likely flake. Let me run it a few times to confirm.", ("b", "Bash", {"command": "npx playwright test e2e/login.spec.ts --repeat-each=10"})),
     results(("b", "  7 passed, 3 failed\n  Error: expect(received).toContain(expected)\n  Expected substring: \"/dashboard\"\n  Received string:    \"http://localhost:3000/login?next=%2Fdashboard\"", True), "3 of 10 bounce back to login with next=. the creds are right, so why would the session not stick sometimes"))

conv(C,
     "install deps and start the dev server",
     call(None, ("a", "Bash", {"command": "poetry install && poetry run uvicorn app.main:app --reload"})),
     results(("a", "Installing dependencies from lock file\n\n  • Installing pydantic-core (2.23.4): Failed\n\n  ChefBuildError\n\n  Backend subprocess exited when trying to invoke build_wheel\n  error: the configured Python interpreter version (3.14) is newer than PyO3's maximum supported version (3.13)", True)),
     "hm? i just did brew upgrade this morning")

conv(C,
     cc(date(), sel("src/main/java/com/acme/OrderService.java", 88, 97, "@Transactional\npublic void placeOrder(Order o) {\n    orderRepo.save(o);\n    this.notifyWarehouse(o);\n}\n\n@Transactional(propagation = Propagation.REQUIRES_NEW)\npublic void notifyWarehouse(Order o) {\n    outboxRepo.save(new OutboxEvent(o));\n}"), "the outbox row gets rolled back together with the order when something fails later. REQUIRES_NEW should prevent that no?"))

# multi-turn, intent shifts to debugging
conv(C,
     "write me a python function that retries an http call with exponential backoff",
     "```python\nimport time, random, requests\n\ndef get_with_retry(url, attempts=5, base=0.5):\n    for i in range(attempts):\n        try:\n            r = requests.get(url, timeout=10)\n            r.raise_for_status()\n            return r\n        except requests.RequestException:\n            if i == attempts - 1:\n                raise\n            time.sleep(base * 2 ** i + random.random() * base)\n```",
     "plugged it in and it retries on 404s too which hammers the api for nothing. also once it hung forever?")
conv(C,
     "what's the difference between `useMemo` and `useCallback`",
     "`useMemo` caches the *result* of a function between renders; `useCallback` caches the *function itself*. `useCallback(fn, deps)` is equivalent to `useMemo(() => fn, deps)`.",
     "ok so I wrapped my handler in useCallback and the child still re-renders on every keystroke, React.memo on the child too")
conv(C,
     "Can you review this before I merge?\n\n```ts\nexport async function getUser(id: string) {\n  const cached = cache.get(id);\n  if (cached) return cached;\n  const u = await db.user.findUnique({ where: { id } });\n  cache.set(id, u);\n  return u;\n}\n```",
     "Looks reasonable. Two notes: you cache `null` when the user doesn't exist, and there's no TTL, so updates never show up.",
     "merged it anyway lol. now prod has users reporting their avatar changes don't show for hours, and one guy sees someone else's name?? ")
conv(C,
     "how should I split our monolith's notification code out — queue or direct http?",
     "For notifications I'd use a queue: the sender doesn't need a synchronous answer, you get retries and backpressure for free, and outages in the notification service don't fail user requests.",
     "ok we went with SQS. now messages show up twice in the consumer, sometimes three times. visibility timeout is 30s, handler takes ~45s on big batches")
conv(C,
     "explain what `SELECT ... FOR UPDATE SKIP LOCKED` does",
     "It locks the selected rows for the rest of the transaction and, instead of waiting on rows another transaction already locked, silently skips them. That's why it's popular for job queues: many workers can poll the same table without blocking each other.",
     "cool that's what i use. but two workers still processed job 5521 at the same time yesterday. autocommit is on in psycopg if that matters")
conv(C,
     "add a /health endpoint to the express app",
     "```js\napp.get('/health', (req, res) => res.json({ status: 'ok', uptime: process.uptime() }));\n```\nAdd it before your auth middleware so load balancers can hit it unauthenticated.",
     "added, but the ALB health check still says unhealthy, 404 in the target group. curl from my laptop works")
conv(C,
     cc(date(), "write a docstring for parse_duration"),
     "```python\ndef parse_duration(s: str) -> timedelta:\n    \"\"\"Parse a compact duration like '1h30m' or '45s' into a timedelta.\n\n    Raises ValueError for empty or malformed input.\n    \"\"\"\n```",
     cc("while writing that i noticed parse_duration('1h30m') gives 1:00:30 not 1:30:00. huh"))
conv(C,
     "Kannst du mir erklären, wie das Retry in unserem Kafka-Consumer funktioniert?",
     "Der Consumer committet den Offset erst nach erfolgreicher Verarbeitung. Bei einer Exception wird die Nachricht nach `retry.backoff.ms` erneut gelesen, nach 3 Versuchen landet sie im DLQ-Topic `orders.dlq`.",
     "Im DLQ landet aber nie etwas, obwohl wir Fehler im Log sehen. Und der Consumer-Lag wächst seit gestern ständig")
conv(C,
     "generate a github action that runs our go tests on PRs",
     "```yaml\nname: test\non: [pull_request]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with: { go-version-file: go.mod }\n      - run: go test ./...\n```",
     "it's not triggering on PRs from forks and when it does run it can't find the private module `github.com/acme/internal-sdk`")
conv(C,
     "thx for the fix yesterday btw",
     "Glad it helped! Anything else going on with the import job?",
     "actually yeah it's back. same `UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9` but now on a different file, the one from the french supplier")
conv(C,
     "是不是应该用 Redis 做分布式锁？",
     "可以，常见做法是 `SET key value NX PX 30000`，释放时用 Lua 脚本校验 value 再删除，避免误删别人的锁。",
     "我就是这么做的，但是压测时还是偶尔两个实例同时拿到锁。GC 停顿有时超过 30 秒，会不会有关系？")
conv(C,
     "tweak the log format to include request id",
     "Done — added `%(request_id)s` to the formatter and a filter that pulls it from the contextvar.",
     "now every log line crashes with `KeyError: 'request_id'` from the celery workers. web is fine")
conv(C,
     "sanity check this regex for emails pls `^[\\w.+-]+@[\\w-]+\\.[\\w.]+$`",
     "It's fine for a basic check. It rejects some valid addresses (quoted local parts, IP literals) but that's usually acceptable.",
     "ok but the signup form rejects `anna@münchen.de` and the customer is mad. plus it hangs the page on some garbage input someone pasted, like 20 seconds")

_LOG = "\n".join([
    "2026-11-25 14:02:11.203 [main] INFO  o.s.b.SpringApplication - Starting PaymentsApplication v2.8.1 using Java 21.0.2",
    "2026-11-25 14:02:11.207 [main] INFO  o.s.b.SpringApplication - The following 1 profile is active: \"prod\"",
    "2026-11-25 14:02:13.881 [main] INFO  o.s.d.r.c.RepositoryConfigurationDelegate - Bootstrapping Spring Data JPA repositories in DEFAULT mode.",
    "2026-11-25 14:02:14.102 [main] INFO  o.s.d.r.c.RepositoryConfigurationDelegate - Finished Spring Data repository scanning in 211 ms. Found 14 JPA repository interfaces.",
    "2026-11-25 14:02:15.660 [main] INFO  o.s.b.w.e.tomcat.TomcatWebServer - Tomcat initialized with port 8080 (http)",
    "2026-11-25 14:02:15.671 [main] INFO  o.a.catalina.core.StandardService - Starting service [Tomcat]",
    "2026-11-25 14:02:16.004 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Starting...",
    "2026-11-25 14:02:16.412 [main] INFO  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5b8dfcc1",
    "2026-11-25 14:02:16.414 [main] INFO  com.zaxxer.hikari.HikariDataSource - HikariPool-1 - Start completed.",
    "2026-11-25 14:02:19.930 [main] INFO  o.s.b.w.e.tomcat.TomcatWebServer - Tomcat started on port 8080 (http) with context path ''",
    "2026-11-25 14:02:19.951 [main] INFO  c.a.p.PaymentsApplication - Started PaymentsApplication in 9.12 seconds",
] + [
    f"2026-11-25 14:{m:02d}:{s:02d}.{ms:03d} [http-nio-8080-exec-{t}] WARN  com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Connection is not available, request timed out after 30000ms (total={tot}, active=10, idle=0, waiting={w})"
    for m, s, ms, t, tot, w in [(31, 4, 118, 3, 10, 12), (31, 9, 775, 7, 10, 19), (31, 17, 2, 1, 10, 27), (32, 40, 533, 9, 10, 41), (33, 2, 91, 4, 10, 58)]
] + [
    "2026-11-25 14:33:02.093 [http-nio-8080-exec-4] ERROR c.a.p.web.ChargeController - charge failed orderId=88213",
    "org.springframework.transaction.CannotCreateTransactionException: Could not open JPA EntityManager for transaction",
    "\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)",
    "\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)",
    "\tat org.springframework.transaction.interceptor.TransactionAspectSupport.createTransactionIfNecessary(TransactionAspectSupport.java:595)",
    "\tat com.acme.payments.service.ChargeService$$SpringCGLIB$$0.charge(<generated>)",
    "\tat com.acme.payments.web.ChargeController.charge(ChargeController.java:54)",
    "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)",
    "\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "\t... 58 common frames omitted",
    "2026-11-25 14:33:05.441 [scheduling-1] INFO  c.a.p.jobs.ReconcileJob - reconcile started, window=24h",
    "2026-11-25 14:47:51.006 [scheduling-1] INFO  c.a.p.jobs.ReconcileJob - reconcile finished, 1843202 rows, took 885565ms",
    "2026-11-25 14:47:51.210 [http-nio-8080-exec-2] INFO  c.a.p.web.ChargeController - charge ok orderId=88301",
])
conv(C, "this happens every afternoon around 14:30 and then magically fixes itself ~15 min later. ops wants a root cause by tomorrow\n\n```\n" + _LOG + "\n```")
conv(C,
     cc(date("2026-11-28"), opened("infra/modules/vpc/main.tf"), "terraform apply just sits at `aws_nat_gateway.this[0]: Still destroying... [20m0s elapsed]` and never finishes. didn't touch the nat gateway afaik"))
conv(C, "Por que o meu `for` em JavaScript imprime 3, 3, 3 em vez de 0, 1, 2? uso `var i` e um setTimeout dentro")
