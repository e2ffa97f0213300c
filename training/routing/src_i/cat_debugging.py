from common import R, U, A, CC, t, opened, sel, tu, tr

C = "debugging"

EXAMPLES = [
R(C, CC(opened("internal/metrics/http.go"), """Grafana says p99 for /checkout is 180ms but the Datadog APM trace for the same hour has p99 at 1.4s. same service. one of them is lying

histogram := prometheus.NewHistogram(prometheus.HistogramOpts{
    Name:    "http_request_duration_seconds",
    Buckets: []float64{.005, .01, .025, .05, .1, .25},
})""")),

R(C, CC(opened("users/repo.py"), "can you explain why this returns None sometimes?? it's supposed to always give the user\n\ndef get_user(uid):\n    for u in cache.values():\n        if u.id == uid:\n            return u\n    db_user = db.fetch(uid)\n    cache[uid] = db_user")),

R(C, CC(opened("src/hooks/useSearch.ts"), "the search box shows results for the previous keystroke, like I type 'abc' and I see results for 'ab'. only when typing fast")),

R(C,
  U("add a retry with backoff to the upload function"),
  A("""```python
@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=0.5, max=8))
def upload(path: str) -> str:
    with open(path, "rb") as f:
        r = session.put(url_for(path), data=f, timeout=30)
    r.raise_for_status()
    return r.headers["ETag"]
```"""),
  U("still broken after your change — the retried uploads land as 0-byte objects in S3"),
),

R(C, U("""review this stack trace and tell me what's going on pls

Exception in thread "main" java.util.ConcurrentModificationException
	at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)
	at com.acme.cart.CartService.removeExpired(CartService.java:88)
	at com.acme.cart.CartJob.run(CartJob.java:31)""")),

R(C, U("""I wrote a test to reproduce #4412 (timezone thing) — it fails like the issue says. now what, where's the bug?

def test_daily_rollup_crosses_dst():
    tz = ZoneInfo("Europe/Berlin")
    events = [ev(datetime(2026, 3, 29, 1, 30, tzinfo=tz)), ev(datetime(2026, 3, 29, 3, 30, tzinfo=tz))]
    assert rollup_by_day(events, tz) == {date(2026, 3, 29): 2}

E   AssertionError: assert {datetime.date(2026, 3, 28): 1, datetime.date(2026, 3, 29): 1} == {datetime.date(2026, 3, 29): 2}""")),

R(C, U("what does `npm ci` do differently from `npm install`"), A("`npm ci` deletes node_modules, installs exactly what package-lock.json says, and fails if package.json and the lock disagree. It never writes the lockfile, so it's what you want in CI."), CC("npm install hangs forever at `idealTree: sill placeDep` on the m2 mac, works on linux CI")),

R(C,
  CC("run the tests"),
  A(t("Running the test suite."), tu("01Tq1", "Bash", {"command": "go test ./... 2>&1 | tail -25"})),
  U(tr("01Tq1", """ok  	github.com/acme/ledger/internal/money	0.012s
--- FAIL: TestTransferConcurrent (0.34s)
    transfer_test.go:58: balance mismatch: got 9990, want 10000
FAIL
FAIL	github.com/acme/ledger/internal/transfer	0.351s
ok  	github.com/acme/ledger/internal/api	0.104s
FAIL""", err=True)),
  A("`TestTransferConcurrent` fails: final balance is 9990 instead of 10000, so 10 units went missing under concurrency. Want me to dig in?"),
  U("yeah. it passes with -count=1 -p 1 locally btw, only fails sometimes"),
),

R(C, U("""Warum bekomme ich hier `TypeError: Cannot read properties of undefined (reading 'map')`? Die API liefert doch definitiv ein Array

export default function List() {
  const [data, setData] = useState();
  useEffect(() => { fetch('/api/items').then(r => r.json()).then(setData) }, []);
  return <ul>{data.map(d => <li key={d.id}>{d.name}</li>)}</ul>;
}""")),

R(C, CC(opened("Dockerfile"), "docker build takes 9 minutes every time even when I change one line of code, the pip install layer never caches")),

R(C, U("""p95 latency of the recommend endpoint went from 90ms to 600ms after the deploy on tuesday. diff of that deploy below, nothing obviously heavy

-    candidates = self.index.search(vec, k=50)
+    candidates = self.index.search(vec, k=50)
+    candidates = [c for c in candidates if c.item_id not in user.seen_items]
""")),

R(C, CC(opened("reports/sql/monthly_revenue.sql"), "the numbers in the monthly revenue export don't match what finance has in stripe, ours is like 3% higher every month. query:\n\nSELECT date_trunc('month', created_at) m, sum(amount)/100.0\nFROM charges WHERE status IN ('succeeded','refunded')\nGROUP BY 1")),

R(C, CC(sel("src/worker.rs", 22, 34, """let handles: Vec<_> = jobs.into_iter().map(|j| {
    let tx = tx.clone();
    tokio::spawn(async move {
        let r = process(j).await;
        tx.send(r).await.unwrap();
    })
}).collect();
while let Some(r) = rx.recv().await {
    results.push(r);
}"""), "this never finishes. all jobs complete (I see the logs) but the while loop just hangs")),

R(C, U("""¿por qué mi cron no se ejecuta? en la terminal el script funciona perfecto

*/5 * * * * cd /opt/app && ./sync.sh >> /var/log/sync.log 2>&1

el log está vacío, ni siquiera se crea""")),

R(C, CC(opened("k8s/orders/deployment.yaml"), "pod keeps getting OOMKilled but the heap dashboard never goes above 60% of Xmx. limit is 2Gi, Xmx 1536m")),

R(C,
  U("what does `git rebase --onto` do"),
  A("`git rebase --onto <newbase> <upstream> <branch>` takes the commits in `<branch>` that aren't in `<upstream>` and replays them on top of `<newbase>`. It's handy for moving a branch that was based on another feature branch onto main."),
  U("ok I did that and now my branch has like 40 commits from someone else's branch in it and CI is red with merge conflicts everywhere. what did I do"),
),

R(C, CC(opened("webhook/dispatcher_test.go"), """Flaky: `TestWebhookRetry` passes 9/10 times. Here's the test. I've stared at it for an hour

func TestWebhookRetry(t *testing.T) {
    srv := httptest.NewServer(failNTimes(2))
    defer srv.Close()
    d := NewDispatcher(srv.URL, WithBackoff(10*time.Millisecond))
    go d.Run()
    d.Enqueue(evt)
    time.Sleep(100 * time.Millisecond)
    if got := srv.Hits(); got != 3 { t.Fatalf("hits=%d", got) }
}""")),

R(C, CC(t("<ide_opened_file>The user opened the file .github/workflows/deploy.yml in the IDE. This may or may not be related to the current task.</ide_opened_file>"),
        "deploy job says `Error: Credentials could not be loaded` since we moved to OIDC. role trust policy looks right to me")),

R(C, U("""pandas gives me different means than excel for the same csv. column 'amount' — pandas says 412.7, excel 398.1

df = pd.read_csv("q3.csv")
print(df["amount"].mean())""")),

R(C, CC(opened("Features/Transactions/TransactionListView.swift"), "SwiftUI list scroll jumps to top every time a cell's toggle changes. data comes from @Published array in the VM")),

R(C, U("""explain to me why this deadlocks

var mu sync.Mutex
func (c *Cache) Get(k string) V {
    mu.Lock()
    defer mu.Unlock()
    if v, ok := c.m[k]; ok { return v }
    return c.load(k)
}
func (c *Cache) load(k string) V {
    mu.Lock()
    defer mu.Unlock()
    ...
}""")),

R(C,
  CC("why is the api container restarting"),
  A(t("Checking container status and logs."), tu("01Dk1", "Bash", {"command": "docker compose ps && docker compose logs --tail=30 api"})),
  U(tr("01Dk1", """NAME        IMAGE         STATUS
app-api-1   app-api       Restarting (1) 4 seconds ago
app-db-1    postgres:16   Up 3 minutes (healthy)
api-1  | Traceback (most recent call last):
api-1  |   File "/app/main.py", line 9, in <module>
api-1  |     engine = create_engine(os.environ["DATABASE_URL"])
api-1  |   File "<frozen os>", line 679, in __getitem__
api-1  | KeyError: 'DATABASE_URL'""")),
  A("The api crashes at startup because `DATABASE_URL` isn't set in its environment. Is it defined in your `.env` or in the compose file's `environment:` section?"),
  U("it's in .env.local, compose is supposed to pick it up?"),
),

R(C, CC("my rust code compiles in debug but in --release the checksum comes out different. no unsafe anywhere (well, one transmute in a dependency)")),

R(C, U("""Zapytanie zwraca duplikaty od kiedy dodałem join do tagów, a powinno być 20 postów na stronę, teraz jest 20 wierszy ale tylko 7 unikalnych postów

SELECT p.* FROM posts p
LEFT JOIN post_tags pt ON pt.post_id = p.id
WHERE pt.tag_id IN (3, 8, 11)
ORDER BY p.published_at DESC LIMIT 20""")),

R(C, U("write me a flask app skeleton with a health route and jinja templates"), A("```python\nfrom flask import Flask, render_template\napp = Flask(__name__)\n\n@app.get(\"/health\")\ndef health():\n    return {\"ok\": True}\n\n@app.get(\"/\")\ndef index():\n    return render_template(\"index.html\")\n```"), CC("ImportError: cannot import name 'soft_unicode' from 'markupsafe' — I didn't touch anything, just rebuilt the venv")),

R(C, U("""here's my whole config + logs, nginx returns 502 on /api only. rest of the site fine

server {
    listen 443 ssl;
    server_name app.example.com;
    location / { root /srv/www; try_files $uri /index.html; }
    location /api/ {
        proxy_pass http://127.0.0.1:8080/;
        proxy_set_header Host $host;
    }
}

2026/11/20 10:14:02 [error] 1421#1421: *88 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.3.4, server: app.example.com, request: "GET /api/health HTTP/2.0", upstream: "http://127.0.0.1:8080/health"

$ ss -ltnp | grep 8080
LISTEN 0 4096 [::1]:8080 [::]:* users:(("java",pid=2210,fd=41))""")),

R(C, CC(opened("src/payments/Reconciler.kt"), "the reconciler marks payments as matched twice when two bank files arrive in the same minute, we end up with double credits")),

R(C,
  U("write a bash script that backs up /var/lib/app to s3 with date in filename"),
  A("""```bash
#!/usr/bin/env bash
set -euo pipefail
ts=$(date +%F-%H%M)
tar -czf "/tmp/app-$ts.tgz" -C /var/lib app
aws s3 cp "/tmp/app-$ts.tgz" "s3://acme-backups/app/app-$ts.tgz"
rm -f "/tmp/app-$ts.tgz"
```"""),
  U("ran it from cron, got `aws: command not found` in the mail but it works when I run it by hand"),
),

R(C, U("""test_parse_dates failing only on the windows runner

>       assert parse_log_line(line).ts == datetime(2026, 1, 5, 8, 0, tzinfo=UTC)
E       OSError: [Errno 22] Invalid argument

tests\\test_parse.py:41: 
src\\logparse\\core.py:77: in parse_log_line
    ts = datetime.fromtimestamp(int(parts[0]) / 1000).astimezone(UTC)""")),

R(C, CC("CPU on the ingest box is at 100% on one core, others idle, throughput capped at 4k msg/s. it's a python asyncio consumer")),

R(C, U("""Le build Gradle échoue depuis ce matin avec :

> Could not resolve com.acme:shared-models:2.4.+
   > Failed to list versions for com.acme:shared-models.
      > Unable to load Maven meta-data from https://nexus.acme.internal/repository/maven-releases/com/acme/shared-models/maven-metadata.xml.
         > Could not GET '...'. Received status code 401 from server: Unauthorized

Personne n'a changé le build.gradle.""")),

R(C,
  CC("check why the e2e suite is red on main"),
  A(t("Looking at the latest CI run."), tu("01Ci1", "Bash", {"command": "gh run view --log-failed | tail -40"})),
  U(tr("01Ci1", """e2e	Run tests	  ✘  checkout.spec.ts:44:5 › guest can pay with card (31.2s)
e2e	Run tests	    Error: Timed out 30000ms waiting for expect(locator).toBeVisible()
e2e	Run tests	    Locator: getByRole('button', { name: 'Pay now' })
e2e	Run tests	  ✓  login.spec.ts:12:3 › user can log in (4.1s)
e2e	Run tests	  1 failed""")),
  A(t("Only the guest checkout test fails: the 'Pay now' button never appears. Let me check recent changes to the checkout page."), tu("01Ci2", "Bash", {"command": "git log --oneline -5 -- src/pages/checkout"})),
  U(tr("01Ci2", "a91f0e2 copy: rename Pay now -> Complete purchase\n7c2210b feat: apple pay button")),
  A("Commit a91f0e2 renamed the button label from 'Pay now' to 'Complete purchase', but the e2e test still looks for 'Pay now'."),
  U("ugh. ok but even after I changed the label in the test it still times out locally, now on the card iframe"),
),

R(C, U("what's the difference between ed25519 and rsa keys"), A("Ed25519 keys are shorter, faster and have no weak-parameter pitfalls; RSA needs 3072+ bits for similar security. Both are fine for SSH today, ed25519 is the default recommendation."), U("ssh to the bastion started asking for a password instead of using my key after I upgraded to OpenSSH 9.8 on my laptop. server side nothing changed")),

R(C, U("""Vue 3: the computed doesn't update when I push into the array

const state = { items: [] }
const count = computed(() => state.items.length)
function add(x) { state.items.push(x) }""")),

R(C, CC("goroutine count climbs ~200/hour until the service dies. pprof goroutine shows most stuck in `net/http.(*persistConn).readLoop`")),

R(C, CC(sel("app/Services/InvoiceService.php", 55, 63, """$total = 0;
foreach ($invoice->lines as $line) {
    $total += round($line->qty * $line->unit_price * (1 + $line->tax_rate), 2);
}
$invoice->total = $total;"""), "customers complain invoice total is off by a cent vs the sum shown on the PDF")),

R(C, U("""TS error I can't make sense of:

Type '{ id: string; name: string; }[]' is not assignable to type 'readonly User[]'.
  Property 'email' is missing in type '{ id: string; name: string; }' but required in type 'User'.

but email is optional in User?? `email?: string`. I checked""")),

R(C,
  U("how do I make a GIN index on a jsonb column in postgres"),
  A("`CREATE INDEX CONCURRENTLY idx_events_payload ON events USING gin (payload jsonb_path_ops);` — `jsonb_path_ops` is smaller and faster for `@>` containment queries; use the default `jsonb_ops` if you also need key-existence operators like `?`."),
  U("made it but the query still does a seq scan: `WHERE payload->>'type' = 'signup'`"),
),

R(C, U("アプリが iOS 18 でだけ起動直後にクラッシュします。クラッシュログはこれです。iOS 17 では問題ありません\n\nException Type:  EXC_BAD_ACCESS (SIGSEGV)\nException Codes: KERN_INVALID_ADDRESS at 0x0000000000000010\nThread 0 Crashed:\n0   libswiftCore.dylib  swift_retain + 8\n1   MyApp               AnalyticsClient.init() + 212\n2   MyApp               AppDelegate.application(_:didFinishLaunchingWithOptions:) + 96")),

R(C, CC(opened("infra/db/rds.tf"), "my terraform plan wants to destroy and recreate the RDS instance every single time, nothing changed. it says `engine_version: \"15.4\" -> \"15\" # forces replacement`")),

R(C, U("Kotlin coroutine: the launch block inside viewModelScope never runs its finally when the user leaves the screen, our temp files pile up")),

R(C, U("""is there something wrong with how I'm using the thread pool? the review comment was 'looks fine' but in prod it only ever uses one thread

with ThreadPoolExecutor(max_workers=8) as ex:
    for url in urls:
        result = ex.submit(fetch, url).result()
        save(result)""")),

R(C, U("how do I write a good .gitignore for a python data project"), A("Ignore venvs (`.venv/`), caches (`__pycache__/`, `.pytest_cache/`), notebooks checkpoints (`.ipynb_checkpoints/`), and data dumps (`data/raw/`, `*.sql`, `*.parquet`), plus `.env`."), CC("git push rejected: `remote: error: File data/dump.sql is 212.00 MB; this exceeds GitHub's file size limit` — I already deleted the file and committed, still rejected")),

R(C, U("""El test de integración pasa en local pero en CI falla con `connection refused` a localhost:5432. El servicio postgres está en el workflow:

services:
  postgres:
    image: postgres:16
    env: { POSTGRES_PASSWORD: test }
jobs... container: node:20""")),

R(C,
  CC("can you read src/metrics.py, the ratio looks wrong in the dashboard"),
  A(t("Reading it."), tu("01Mr1", "Read", {"file_path": "src/metrics.py"})),
  U(tr("01Mr1", """def conversion_rate(events):
    visits = sum(1 for e in events if e.kind == "visit")
    signups = sum(1 for e in events if e.kind == "signup")
    return signups / visits * 100 if visits else 0

def dashboard_row(day):
    events = load_events(day)
    return {"day": day, "conv": round(conversion_rate(events))}""")),
  A("`conversion_rate` counts every visit event, including repeat visits by the same user, while signups are one per user. Also `round()` to an integer drops precision. What exactly looks wrong on the dashboard?"),
  U("it shows 0 for most days and 1 on good days. product says real conversion is around 0.6%"),
),

R(C, CC(opened("jest.config.ts"), "Cannot find module '@/lib/db' or its corresponding type declarations — only in jest, vite dev works fine")),

R(C, CC(opened("admin/views/users.py"), """weird one. `SELECT count(*) FROM users WHERE deleted_at IS NULL` gives 10,482 in psql, but the admin panel shows 10,479 and it's supposedly the same query through the ORM

User.objects.filter(deleted_at__isnull=True).count()""")),

R(C, U("Elixir: GenServer.call times out after 5s under load, `** (exit) exited in: GenServer.call(Inventory, {:reserve, ...}, 5000)`. the handle_call is like 3 lines")),

R(C, U("""Can you explain what's happening here? Memory climbs on every request until the node process gets killed

const cache = new Map();
app.get('/render/:id', async (req, res) => {
  const key = req.params.id + JSON.stringify(req.query);
  if (!cache.has(key)) cache.set(key, await render(req.params.id, req.query));
  res.send(cache.get(key));
});""")),

R(C, U("segfault in my C code only when input file > 4GB. reading with fread into a buffer, size stored in an int")),

R(C,
  U("I want to migrate from moment to date-fns, any gotchas?"),
  A("Main ones: date-fns works on native `Date` (immutable functions, no wrapper object), formatting tokens differ (`YYYY` vs `yyyy`, `DD` vs `dd`), and timezone handling needs `date-fns-tz`. Do it module by module with a lint rule banning new moment imports."),
  U("did it. now every date on the reports page shows year 2027 for late december. `format(d, 'YYYY-MM-dd')`"),
),

R(C, CC(opened("charts/api/templates/deployment.yaml"), "ok so k8s readiness probe fails right after deploy for ~2 min then passes, meanwhile 503s. app boots in 10s locally")),

R(C, U("""Das Ergebnis ist falsch, es sollte 55 sein:

fn fib(n: u32) -> u32 {
    let (mut a, mut b) = (0, 1);
    for _ in 0..n { let t = a + b; a = b; b = t; }
    b
}
// fib(10) -> 89""")),

R(C, U("our C# service log shows `System.InvalidOperationException: A second operation was started on this context instance before a previous operation completed` on maybe 1% of requests")),

R(C, CC(opened("scripts/release.sh"), "release script tags the wrong commit, it tags whatever HEAD was before the version bump commit")),

R(C, U("Wie funktioniert zoneinfo in Python?"), A("`zoneinfo.ZoneInfo(\"Europe/Berlin\")` liefert ein tzinfo-Objekt aus der IANA-Datenbank; damit erzeugst du aware datetimes, z.B. `datetime.now(ZoneInfo(\"Europe/Berlin\"))`."), CC("since upgrading to python 3.12 our tests warn `DeprecationWarning: datetime.datetime.utcnow()` and then one test fails with `can't compare offset-naive and offset-aware datetimes`")),

R(C, U("""bro ye API kabhi kabhi 200 deta hai aur kabhi 401, same token ke saath. load balancer ke peeche 3 instances hain. JWT secret env se aata hai""")),

R(C, CC(opened("next.config.js"), "hot reload stopped working in the next.js app, have to restart dev server on every change. started after moving the repo into WSL")),

R(C,
  U("what's the best way to paginate in graphql?"),
  A("Relay-style cursor connections (`edges { cursor node }`, `pageInfo { hasNextPage endCursor }`) are the de facto standard; they're stable under inserts, unlike offset pagination."),
  U("""implemented it, but page 2 repeats 3 items from page 1 every time. cursor is base64 of created_at

WHERE created_at < :cursor ORDER BY created_at DESC LIMIT 20"""),
),

R(C, U("explain what `select()` does in a BUILD file"), A("`select()` picks attribute values based on configuration conditions (platform, flags). Bazel evaluates it after analysis-time config is known, e.g. different `srcs` for linux vs macos."), U("Bazel says `no such target '//third_party:zlib'` after I rebased, but the BUILD file with that target is right there")),

R(C, U("""Ошибка при запуске миграций alembic:

sqlalchemy.exc.ProgrammingError: (psycopg.errors.DuplicateObject) type "order_status" already exists
[SQL: CREATE TYPE order_status AS ENUM ('new', 'paid', 'shipped')]

На чистой базе всё ок, падает на стейджинге""")),

R(C, CC(opened("bin/provision.sh"), "why does `[ $x == \"yes\" ]` throw `unary operator expected` in my script sometimes")),

R(C, CC("<ide_selection>The user selected the lines 3 to 9 from app/jobs/nightly_digest.rb:\n  def perform\n    User.where(digest: true).find_each do |u|\n      DigestMailer.with(user: u).daily.deliver_later\n    end\n  end\n\nThis may or may not be related to the current task.</ide_selection>",
        "some users get the digest 2-3 times a night. job is scheduled once in sidekiq-cron")),
R(C, U("""The cache hit rate on the dashboard says 94% but redis INFO shows keyspace_hits 1.2M vs keyspace_misses 2.9M. which number do I trust, and if it's redis, why is our counter so optimistic

def get(key):
    v = redis.get(key)
    metrics.incr("cache.hit")
    if v is None:
        v = load(key); redis.set(key, v, ex=300)
    return v""")),

R(C,
  CC("add type hints to utils/dates.py"),
  A(t("Adding hints."), tu("01Th1", "Edit", {"file_path": "utils/dates.py", "old_string": "def to_local(ts, tz):", "new_string": "def to_local(ts: datetime, tz: str) -> datetime:"})),
  U(tr("01Th1", "The file utils/dates.py has been updated.")),
  A(t("Running mypy to confirm."), tu("01Th2", "Bash", {"command": "mypy utils/dates.py"})),
  U(tr("01Th2", "utils/dates.py:14: error: Argument 1 to \"ZoneInfo\" has incompatible type \"str | None\"; expected \"str\"  [arg-type]\nFound 1 error in 1 file (checked 1 source file)", err=True),
    t("hm interesting, so that means prod can actually hit None there? we did get a weird 500 last week with 'NoneType' in the trace from the reports endpoint. could that be it")),
),

R(C, CC("jest: `A worker process has failed to exit gracefully and has been force exited... This is likely caused by tests leaking due to improper teardown`. Which test? there are 300")),
R(C, CC("""deploy of payments-api 2.14.0 went out 20 min ago and the error rate is creeping up, not all requests fail. logs from one pod below, the other pods look similar. nothing in the diff touches the db layer as far as I can tell (it was mostly the new currency formatting + a dependency bump)

2026-11-26T10:02:11.114Z INFO  [http] POST /v1/charges 201 212ms req=8f1c
2026-11-26T10:02:11.391Z INFO  [http] POST /v1/charges 201 198ms req=8f1d
2026-11-26T10:02:12.007Z INFO  [http] GET /v1/charges/ch_9a1 200 14ms req=8f1e
2026-11-26T10:02:13.552Z WARN  [db] pool: waited 1203ms for connection (in_use=20 idle=0 max=20)
2026-11-26T10:02:13.771Z INFO  [http] POST /v1/charges 201 1431ms req=8f1f
2026-11-26T10:02:14.019Z WARN  [db] pool: waited 2011ms for connection (in_use=20 idle=0 max=20)
2026-11-26T10:02:15.880Z ERROR [http] POST /v1/refunds 500 5003ms req=8f20
  sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow 0 reached, connection timed out, timeout 5.00
  File "/app/payments/api/refunds.py", line 61, in create_refund
    with session_scope() as s:
  File "/app/payments/db.py", line 33, in session_scope
    s = Session()
2026-11-26T10:02:16.201Z WARN  [db] pool: waited 4420ms for connection (in_use=20 idle=0 max=20)
2026-11-26T10:02:17.640Z INFO  [fx] refreshing rates from provider (cache miss) req=8f21
2026-11-26T10:02:22.641Z WARN  [fx] provider timeout after 5000ms, retrying (1/3) req=8f21
2026-11-26T10:02:27.644Z WARN  [fx] provider timeout after 5000ms, retrying (2/3) req=8f21
2026-11-26T10:02:32.650Z ERROR [fx] provider unavailable, using stale rates req=8f21
2026-11-26T10:02:32.655Z INFO  [http] POST /v1/charges 201 15016ms req=8f21
2026-11-26T10:02:33.002Z ERROR [http] POST /v1/charges 500 5001ms req=8f22
  sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow 0 reached, connection timed out, timeout 5.00
2026-11-26T10:02:33.118Z ERROR [http] GET /v1/charges/ch_7b2 500 5002ms req=8f23
  sqlalchemy.exc.TimeoutError: QueuePool limit of size 20 overflow 0 reached, connection timed out, timeout 5.00

and the relevant bit of the new formatting code:

def format_amount(session, charge):
    rate = fx.get_rate(charge.currency, charge.settlement_currency)  # network call on cache miss
    return money.format(charge.amount * rate, charge.settlement_currency)

@router.post("/v1/charges")
def create_charge(body: ChargeIn):
    with session_scope() as s:
        charge = Charge.create(s, body)
        s.flush()
        display = format_amount(s, charge)
        return {"id": charge.id, "display_amount": display}
""")),

R(C, U("""Salve, il mio script Python si blocca senza errori quando lo lancio con cron, ma da terminale funziona. Ho messo dei print e si ferma sempre su `input()`... ma non dovrebbe arrivarci perché passo l'argomento --yes

if not args.yes and input("continue? ") != "y":
    sys.exit(1)""")),

R(C, U("""Tests rot seit dem Update auf Node 22:

TypeError [ERR_IMPORT_ATTRIBUTE_MISSING]: Module "file:///app/config/defaults.json" needs an import attribute of "type: json"
    at validateAttributes (node:internal/modules/esm/assert:88:15)

Wir importieren die JSON-Datei mit `import defaults from './defaults.json' assert { type: 'json' }`""")),

R(C, U("""Lỗi này xuất hiện khi tôi build app React Native cho Android, iOS thì chạy bình thường:

Execution failed for task ':app:mergeDebugNativeLibs'.
> 2 files found with path 'lib/arm64-v8a/libc++_shared.so' from inputs""")),
]
