from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

C = "debugging"
EXAMPLES = []
add = EXAMPLES.append

# 1 "review" word in debugging
add(ex(C, U(reminder("2026-02-19"), opened("app/main.py"), '''can you review why this returns the wrong user? logged in as alice, /me gives me bob sometimes

_current = None

@app.middleware("http")
async def load_user(request, call_next):
    global _current
    _current = await users.from_session(request.cookies.get("sid"))
    return await call_next(request)

@app.get("/me")
async def me():
    await asyncio.sleep(0)  # simulate db
    return {"user": _current.name}''')))

# 2 3% lower than CDN logs
add(ex(C, U(reminder(), opened("internal/metrics/counter.go"), '''hm, our pageview counts are ~3% lower than the CDN logs, but only under load. during quiet hours they match

func (c *Counter) Inc(page string) {
	c.mu.RLock()
	n := c.counts[page]
	c.mu.RUnlock()
	c.mu.Lock()
	c.counts[page] = n + 1
	c.mu.Unlock()
}''')))

# 3 "explain why this crashes"
add(ex(C, U(reminder("2026-06-05"), '''explain why this crashes on the second call

fn main() {
    let mut cache: HashMap<String, Vec<u8>> = HashMap::new();
    let data = load(&mut cache, "a.bin");
    let more = load(&mut cache, "b.bin");
    println!("{} {}", data.len(), more.len());
}

thread 'main' panicked at src/main.rs:21:38:
called `Result::unwrap()` on an `Err` value: Os { code: 24, kind: Uncategorized, message: "Too many open files" }''')))

# 4 write a test that reproduces this bug
add(ex(C, U(reminder(), opened("digest/schedule.py"), '''users in Auckland get their "daily summary" email for the wrong day. before anyone fixes it, write a test that reproduces this bug

def summary_window(user, now=None):
    now = now or datetime.utcnow()
    start = datetime(now.year, now.month, now.day) - timedelta(days=1)
    return start, start + timedelta(days=1)''')))

# 5 still broken after your change (CC)
t1 = use("Edit", file_path="src/hooks/useCart.ts", old_string="useEffect(() => { load(); }, [items]);", new_string="useEffect(() => { load(); }, []);")
t2 = use("Bash", command="pnpm test src/hooks", description="Run hook tests")
add(ex(C,
    U(reminder(), opened("src/hooks/useCart.ts"), "the cart page makes infinite requests to /api/cart"),
    A("`load()` sets `items`, and the effect depends on `items`, so each load triggers another. Running it once on mount:", t1),
    U(result(t1, "The file src/hooks/useCart.ts has been updated successfully.")),
    A("Let me run the tests.", t2),
    U(result(t2, ''' ✓ src/hooks/useCart.test.ts (4 tests) 38ms
 Test Files  1 passed (1)''')),
    A("Tests pass and the effect now only runs once on mount."),
    U("still broken after your change. network tab still shows /api/cart firing nonstop, like 30/s")))

# 6 flaky test
add(ex(C, U(reminder("2026-03-13"), opened("tests/test_events.py"), '''this test fails maybe 1 in 20 runs on CI, never locally

def test_events_are_ordered(client):
    for i in range(5):
        client.post("/events", json={"n": i})
    got = client.get("/events").json()
    assert [e["n"] for e in got] == [0, 1, 2, 3, 4]

E       AssertionError: assert [0, 1, 3, 2, 4] == [0, 1, 2, 3, 4]

(GET /events does SELECT * FROM events ORDER BY created_at)''')))

# 7 perf regression
add(ex(C,
    U("bump pydantic to v2 across the repo and fix whatever breaks"),
    A("Done: bumped to 2.7, ran `bump-pydantic`, replaced `.dict()`/`.parse_obj()` with `.model_dump()`/`.model_validate()`, and swapped the `@validator`s for `@field_validator`. Test suite is green."),
    U(reminder(), "after bumping pydantic 1.10 -> 2.7 our /search endpoint went from 80ms p50 to 450ms. nothing else changed in the release. where do I even start")))

# 8 install problem
add(ex(C, U('''pip install fails on the new M3 macbook

  error: subprocess-exited-with-error
  × Building wheel for psycopg2 (pyproject.toml) did not run successfully.
  │ exit code: 1
  ╰─> [23 lines of output]
      ...
      ld: library 'ssl' not found
      clang: error: linker command failed with exit code 1 (use -v to see invocation)
      error: command '/usr/bin/clang' failed with exit code 1''')))

# 9 wrong results SQL
add(ex(C, U(reminder("2026-04-03"), opened("sql/reports/monthly_revenue.sql"), '''monthly revenue report doubled for march and I don't know why. nothing in orders looks duplicated

SELECT date_trunc('month', o.created_at) m, SUM(o.total)
FROM orders o
LEFT JOIN shipments s ON s.order_id = o.id
WHERE o.status = 'paid'
GROUP BY 1;''')))

# 10 it doesn't work, terse
add(ex(C,
    U(reminder(), "start the stack"),
    A((_t := use("Bash", command="docker compose up -d && docker compose ps", description="Start compose stack"))),
    U(result(_t, "NAME        IMAGE          STATUS         PORTS\nweb-app-1   web-app        Up 4 seconds   0.0.0.0:3000->3000/tcp\nweb-db-1    postgres:16    Up 5 seconds   5432/tcp")),
    A("Both containers are up and port 3000 is published."),
    U("docker compose up works but localhost:3000 just says connection refused. the logs say ready on http://127.0.0.1:3000")))

# 11 CC: tool loop with is_error test failure, final has tool result + text
t1 = use("Bash", command="go test ./internal/billing/... -run TestInvoiceTotals -v", description="Run failing test")
add(ex(C,
    U(reminder(), "run the invoice totals test"),
    A("Running it.", t1),
    U(result(t1, '''=== RUN   TestInvoiceTotals
=== RUN   TestInvoiceTotals/eu_vat
    invoice_test.go:58: total = 119.00, want 119.01
=== RUN   TestInvoiceTotals/zero_rated
--- FAIL: TestInvoiceTotals (0.00s)
    --- FAIL: TestInvoiceTotals/eu_vat (0.00s)
    --- PASS: TestInvoiceTotals/zero_rated (0.00s)
FAIL
exit status 1''', error=True), "it's a cent off. the math uses float64 all the way through, figure out where it goes wrong")))

# 12 Spanish: explain traceback
add(ex(C,
    U("mueve la función current_user de models.py a routes.py, tiene más sentido ahí"),
    A("Hecho: `current_user` ahora vive en `app/routes.py`, y actualicé el import en `app/models.py` para que lo siga usando desde allí."),
    U(reminder(), '''me sale esto al arrancar la app y no entiendo nada

Traceback (most recent call last):
  File "/app/main.py", line 3, in <module>
    from app.routes import router
  File "/app/app/routes.py", line 2, in <module>
    from app.models import User
  File "/app/app/models.py", line 5, in <module>
    from app.routes import current_user
ImportError: cannot import name 'current_user' from partially initialized module 'app.routes' (most likely due to a circular import)''')))

# 13 German: memory grows
add(ex(C, U("Unser Node-Service wächst im Speicher von 200 MB auf 1,8 GB in ca. 6 Stunden und wird dann vom OOM-Killer beendet. Heap-Snapshot zeigt tausende `Timeout`-Objekte und Closures aus `retryWithBackoff`. Wo sollte ich suchen?")))

# 14 French: wrong dates
add(ex(C, U(reminder("2026-11-03"), opened("src/utils/dates.ts"), '''les dates affichées sont décalées d'un jour pour certains utilisateurs au Canada, mais pas en France

const d = new Date("2026-03-15");
return d.toLocaleDateString(locale, { day: "numeric", month: "long" });''')))

# 15 Portuguese: build failing
add(ex(C, U('''o build do android quebrou do nada hoje de manhã, ninguém mexeu em nada

> Task :app:mergeDebugResources FAILED
Execution failed for task ':app:checkDebugAarMetadata'.
> Could not resolve all files for configuration ':app:debugRuntimeClasspath'.
   > Could not find com.facebook.react:react-native:0.73.6.''')))

# 16 Chinese: goroutine leak
add(ex(C, U(reminder(), opened("fetch.go"), '''线上服务的goroutine数量一直涨，pprof看到大部分卡在这里，为什么？

goroutine profile: total 48213
47980 @ 0x43a2f6 0x44b8a5 0x44b87c 0x467c25 0x9a1b3d
#	0x9a1b3c	main.(*Fetcher).fetchOne+0x1bc	/src/fetch.go:88

func (f *Fetcher) fetchOne(url string, out chan<- Result) {
	resp, err := f.client.Get(url)
	if err != nil {
		out <- Result{Err: err}
		return
	}
	out <- Result{Body: readAll(resp)}   // line 88
}''')))

# 17 Japanese: test fails on CI timezone
add(ex(C, U('''ローカルでは通るのにCIだけ落ちる。なんで？

expect(formatDate(new Date(2026, 0, 1))).toBe("2026-01-01")
// Expected: "2026-01-01"
// Received: "2025-12-31"

function formatDate(d: Date) { return d.toISOString().slice(0, 10); }''')))

# 18 Korean: CORS
add(ex(C, U('''프론트에서 API 호출하면 이 에러가 떠. 백엔드에 CORS 설정 했는데도

Access to fetch at 'https://api.acme.kr/v1/me' from origin 'https://app.acme.kr' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.''')))

# 19 Russian: deadlock
add(ex(C, U('''в проде периодически ловим deadlock, вот лог postgres. откуда он берётся?

ERROR:  deadlock detected
DETAIL:  Process 8812 waits for ShareLock on transaction 99120; blocked by process 8840.
	Process 8840 waits for ShareLock on transaction 99118; blocked by process 8812.
	Process 8812: UPDATE accounts SET balance = balance - 100 WHERE id = 7
	Process 8840: UPDATE accounts SET balance = balance - 50 WHERE id = 3''')))

# 20 Italian: React re-render
add(ex(C, U(reminder("2026-09-17"), opened("src/components/Filtri.jsx"), '''il componente si ri-renderizza di continuo e la pagina diventa lentissima quando scrivo nell'input

function Filtri({ onChange }) {
  const [q, setQ] = useState("");
  const options = { q, sort: "asc" };
  useEffect(() => { onChange(options); }, [options]);
  return <input value={q} onChange={e => setQ(e.target.value)} />;
}''')))

# 21 Polish: env var not picked up
add(ex(C,
    U(reminder("2026-09-03"), "pokaż .env i datasource z prisma"),
    A((_t := use("Bash", command="cat .env; ls -a | grep env; grep -A3 datasource prisma/schema.prisma", description="Show env files and datasource"))),
    U(result(_t, "DATABASE_URL=postgresql://app:app@db-new.internal:5432/app\n.env\n.env.local\ndatasource db {\n  provider = \"postgresql\"\n  url      = env(\"DATABASE_URL\")\n}")),
    A("`.env` points at `db-new.internal`, there's also a `.env.local`, and the datasource reads `DATABASE_URL`."),
    U("ustawiłem DATABASE_URL w .env, ale Prisma dalej łączy się ze starą bazą. restartowałem `next dev` kilka razy. o co chodzi?")))

# 22 Turkish: Kotlin NPE from Java interop
add(ex(C, U(reminder(), '''Kotlin'de nullable olmayan bir alan nasıl null olabiliyor?

java.lang.NullPointerException: Parameter specified as non-null is null: method com.acme.ui.ProfileViewModel.onUser, parameter user
    at com.acme.ui.ProfileViewModel.onUser(ProfileViewModel.kt)
    at com.acme.data.UserRepository$load$1.onResponse(UserRepository.java:44)''')))

# 23 Hinglish: cron not running
add(ex(C, U("bhai cron job chal hi nahi raha. crontab -l mein dikh raha hai `0 2 * * * /home/deploy/backup.sh` but subah koi backup nahi hota. manually chalao to chal jata hai")))

# 24 Vietnamese: wrong encoding
add(ex(C, U('''file CSV xuất ra mở bằng Excel thì tiếng Việt bị lỗi font hết, kiểu "Nguyá»…n". mở bằng VS Code thì bình thường

with open("export.csv", "w", encoding="utf-8", newline="") as f:
    csv.writer(f).writerows(rows)''')))

# 25 Dutch: k8s pod crashloop
add(ex(C, U('''pod blijft in CrashLoopBackOff, logs zijn leeg

$ kubectl describe pod api-7c9d-xk2l
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
    Limits:
      memory:  256Mi''')))

# 26 multi-turn: gen -> bug in generated code
add(ex(C,
    U("write a function that returns business days between two dates, excluding weekends"),
    A('''```python
def business_days(start: date, end: date) -> int:
    days = (end - start).days
    return sum(1 for i in range(days) if (start + timedelta(days=i)).weekday() < 5)
```'''),
    U("business_days(date(2026,3,6), date(2026,3,6)) gives 0 but that's a friday, should be 1. and end seems excluded in general")))

# 27 multi-turn: understanding -> "but then why is it null"
add(ex(C,
    U("how does @Autowired field injection work in spring, when is the field set"),
    A("Spring creates the bean via its constructor first, then injects `@Autowired` fields via reflection, then calls `@PostConstruct` methods. So the field is null inside the constructor but populated by the time any other method is called on the Spring-managed instance."),
    U('''ok but then why is it null here? it's not in the constructor

public class ReportJob implements Runnable {
    @Autowired private ReportService service;
    public void run() { service.generate(); }   // NPE
}
// scheduled with: executor.submit(new ReportJob());''')))

# 28 env: node version mismatch
add(ex(C, U('''npm ci fails only in the docker build

npm ERR! code EBADENGINE
npm ERR! engine Unsupported engine
npm ERR! engine Not compatible with your version of node/npm: vite@6.0.1
npm ERR! notsup Required: {"node":"^18.0.0 || ^20.0.0 || >=22.0.0"}
npm ERR! notsup Actual:   {"npm":"9.2.0","node":"v19.9.0"}''')))

# 29 CC: failing build tool loop w/ error
t1 = use("Bash", command="cargo build --release", description="Release build")
add(ex(C,
    U(reminder("2026-04-09"), "build it in release mode"),
    A("Building.", t1),
    U(result(t1, '''   Compiling ring v0.17.8
error: failed to run custom build command for `ring v0.17.8`

Caused by:
  process didn't exit successfully: `/target/release/build/ring-0b1f/build-script-build` (exit status: 1)
  --- stderr
  running "aarch64-linux-gnu-gcc" "-O3" ...
  error occurred: Failed to find tool. Is `aarch64-linux-gnu-gcc` installed?''', error=True)),
    A("The build is cross-compiling for aarch64 (probably a `build.target` in `.cargo/config.toml`) and `ring` needs a C cross-compiler that isn't installed."),
    U("there is no cargo config in the repo though, and debug builds work fine. what else would set the target only for release")))

# 30 perf: slow query after data growth
add(ex(C,
    U("what's the difference between an index scan and a bitmap heap scan in postgres plans?"),
    A("An index scan walks the index and fetches each matching heap row in index order (good for few rows or when order matters). A bitmap scan first collects all matching row locations from one or more indexes into a bitmap, then reads the heap pages in physical order, better for medium-sized result sets or when combining several indexes."),
    U(reminder("2026-07-24"), '''this query used to take 20ms and now takes 9 seconds. table grew from 2M to 14M rows, nothing else changed

EXPLAIN ANALYZE SELECT * FROM messages WHERE thread_id = 8812 AND deleted_at IS NULL ORDER BY created_at DESC LIMIT 50;

Limit  (actual time=9012.4..9012.5 rows=50 loops=1)
  ->  Index Scan Backward using messages_created_at_idx on messages  (actual time=9012.4..9012.4 rows=50 loops=1)
        Filter: ((deleted_at IS NULL) AND (thread_id = 8812))
        Rows Removed by Filter: 13892211''')))

# 31 wrong result: floating
add(ex(C, U("why does sum([0.1]*10) == 1.0 give False in python but math.fsum gives True? our invoice totals check is failing because of this")))

# 32 "explain" + error in TS type
add(ex(C, U(reminder(), opened("src/pages/list.ts"), '''explain this error, I'm literally passing a string

Argument of type 'string' is not assignable to parameter of type '"asc" | "desc"'.

const dir = params.get("dir") === "desc" ? "desc" : "asc";
const opts = { sort: "created", dir };
fetchPage(opts);''')))

# 33 intermittent 502 with long logs
add(ex(C, U('''getting random 502s from the ALB, maybe 0.5% of requests, all on keep-alive connections. gunicorn logs show nothing. ALB access log sample:

https 2026-11-20T10:41:02.118Z app/prod-alb/5d1 10.0.3.7:51234 10.0.9.21:8000 0.001 -1 -1 502 - 812 277 "POST https://api.acme.io:443/v1/orders HTTP/1.1" "okhttp/4.12.0" - - target_processing_time=-1 error_reason=TargetConnectionError
https 2026-11-20T10:41:09.554Z app/prod-alb/5d1 10.0.1.2:40110 10.0.9.22:8000 0.000 -1 -1 502 - 640 277 "GET https://api.acme.io:443/v1/me HTTP/1.1" "Mozilla/5.0" - - target_processing_time=-1 error_reason=TargetConnectionError
https 2026-11-20T10:42:13.001Z app/prod-alb/5d1 10.0.3.9:33111 10.0.9.21:8000 0.000 -1 -1 502 - 701 277 "GET https://api.acme.io:443/v1/feed HTTP/1.1" "okhttp/4.12.0" - - target_processing_time=-1 error_reason=TargetConnectionError

gunicorn: --workers 4 --worker-class uvicorn.workers.UvicornWorker --keep-alive 2
ALB idle timeout: 60s''')))

# 34 Elixir GenServer timeout
add(ex(C, U('''** (exit) exited in: GenServer.call(Inventory.Server, {:reserve, "sku-9", 2}, 5000)
    ** (EXIT) time out

only happens during the nightly import. the import also goes through Inventory.Server. why would reserve time out''')))

# 35 C segfault
add(ex(C, U(opened("src/strutil.c"), '''segfaults only with -O2, fine with -O0. valgrind is clean at -O0

char *dup_trim(const char *s) {
    size_t n = strlen(s);
    char *out = malloc(n);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) if (!isspace(s[i])) out[j++] = s[i];
    out[j] = 0;
    return out;
}''')))

# 36 C# deadlock .Result
add(ex(C, U(reminder("2026-12-08"), opened("Views/EditorWindow.xaml.cs"), '''the WPF app freezes when I click Save. no exception, just hangs forever

private void Save_Click(object sender, RoutedEventArgs e)
{
    var ok = _api.SaveAsync(_model).Result;
    StatusText.Text = ok ? "Saved" : "Failed";
}''')))

# 37 Swift: UI not updating
add(ex(C, U('''the list doesn't update after I add an item, even though print shows the array has it

class Store: ObservableObject {
    var items: [Item] = []
    func add(_ i: Item) { items.append(i); print(items.count) }
}''')))

# 38 PHP: session lost
add(ex(C,
    U(reminder(), "show me the session config"),
    A((_t := use("Read", file_path="config/session.php", offset=15, limit=25))),
    U(result(_t, "18  'driver' => env('SESSION_DRIVER', 'file'),\n20  'lifetime' => env('SESSION_LIFETIME', 120),\n22  'expire_on_close' => false,\n35  'files' => storage_path('framework/sessions'),\n...\n128 'cookie' => env('SESSION_COOKIE', 'app_session'),")),
    A("File-based sessions stored under `storage/framework/sessions`, 120-minute lifetime."),
    U("laravel: users get logged out randomly every few minutes, only in prod (3 servers behind LB). SESSION_DRIVER=file. locally fine")))

# 39 GitHub Actions cache not restoring
add(ex(C,
    U("add pip caching to the test workflow, installs take 4 minutes"),
    A('''Added an `actions/cache@v4` step before `pip install`:
```yaml
- uses: actions/cache@v4
  with:
    path: ~/.cache/pip
    key: pip-${{ runner.os }}-${{ hashFiles('requirements*.txt') }}-${{ github.sha }}
```'''),
    U(reminder(), opened(".github/workflows/test.yml"), '''the cache step never hits, every run reinstalls everything (4 min)

- uses: actions/cache@v4
  with:
    path: ~/.cache/pip
    key: pip-${{ runner.os }}-${{ hashFiles('requirements*.txt') }}-${{ github.sha }}''')))

# 40 terraform plan wants to recreate
add(ex(C,
    U("bump the aws provider to v5 in infra/, we need the new aws_vpc_ipam stuff"),
    A("Updated `required_providers` to `~> 5.31` and ran `terraform init -upgrade`. The lockfile is updated; I haven't run a plan against prod."),
    U(reminder("2026-05-07"), '''terraform plan wants to destroy and recreate the prod RDS instance and I didn't change anything about it. only bumped the aws provider from 4.67 to 5.31

  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ engine_version = "15.4" -> "15" # forces replacement''')))

# 41 multi-turn: arch -> implemented -> bug
add(ex(C,
    U("for the outbox relay, poll every second or use LISTEN/NOTIFY?"),
    A("LISTEN/NOTIFY for latency plus a slow poll (every 10–30s) as a safety net, since notifications are lost if the relay isn't connected when they're sent."),
    U("did that. but now when the relay reconnects after a db failover it never picks up new events until I restart it, the safety poll runs but finds nothing")))

# 42 flaky e2e
add(ex(C, U(reminder(), opened("e2e/checkout.spec.ts"), '''playwright test fails maybe 30% of the time on CI

  1) [chromium] › checkout.spec.ts:22:5 › pays with saved card
    Error: locator.click: Element is not attached to the DOM
      - waiting for getByRole('button', { name: 'Pay now' })
      - locator resolved to <button disabled class="btn">Pay now</button>
      - element was detached from the DOM, retrying''')))

# 43 Hmm this is weird: terse
add(ex(C,
    U(reminder("2026-05-20"), "bisect the export slowdown between v2.3.0 and v2.4.0, use make bench-export (fails if > 60s)"),
    A((_t := use("Bash", command="git bisect start v2.4.0 v2.3.0 && git bisect run make bench-export", description="Bisect export regression", timeout=1800000))),
    U(result(_t, "running make bench-export\n...\na91c0e3 is the first bad commit\ncommit a91c0e3\n    logging: switch to json formatter\n config/logging.yaml | 4 ++--\n 1 file changed, 2 insertions(+), 2 deletions(-)")),
    A("First bad commit is `a91c0e3` (\"logging: switch to json formatter\"), which only touches `config/logging.yaml`."),
    U("git bisect says the regression came in with the commit that only changed our logging config. how can a logging change make the export job 5x slower??")))

# 44 python asyncio never completes
add(ex(C, U(reminder(), opened("crawler/main.py"), '''this hangs forever, no error

async def main():
    q = asyncio.Queue()
    workers = [asyncio.create_task(worker(q)) for _ in range(4)]
    for url in urls:
        await q.put(url)
    await q.join()

async def worker(q):
    while True:
        url = await q.get()
        try:
            await fetch(url)
        except httpx.HTTPError:
            continue
        q.task_done()''')))

# 45 k8s: service not reachable
add(ex(C, U(reminder("2026-08-19"), opened("k8s/orders/service.yaml"), '''kubectl port-forward to the pod works, but other pods get connection refused on http://orders:8080

apiVersion: v1
kind: Service
metadata: { name: orders }
spec:
  selector: { app: order }
  ports: [{ port: 8080, targetPort: 8080 }]

pod labels: app=orders, tier=backend''')))

# 46 CC: debugging via tool results, user adds observation
t1 = use("Bash", command="tail -n 30 logs/worker.log", description="Tail worker log")
add(ex(C,
    U(reminder("2026-08-28"), "emails stopped going out around noon"),
    A("Checking the worker log.", t1),
    U(result(t1, '''12:01:14 INFO  picked job 88123 send_email
12:01:14 INFO  smtp connect smtp.sendprovider.io:587
12:01:44 WARN  smtp timeout after 30s, retry 1/5
12:02:44 WARN  smtp timeout after 30s, retry 2/5
12:04:44 WARN  smtp timeout after 30s, retry 3/5
12:08:44 WARN  smtp timeout after 30s, retry 4/5
12:16:44 ERROR giving up job 88123
12:16:45 INFO  picked job 88124 send_email
12:16:45 INFO  smtp connect smtp.sendprovider.io:587
12:17:15 WARN  smtp timeout after 30s, retry 1/5'''), "infra says they changed egress firewall rules at 11:55 but swear 587 is open. curl to the host on 443 works from the box")))

# 47 "write a failing test first" Portuguese -> debugging
add(ex(C,
    U("como funciona o cálculo do total do carrinho? quem chama aplicar()?"),
    A("`aplicar(carrinho, cupom)` é chamado em dois lugares: em `Checkout.revisar()` quando o usuário aplica o cupom, e de novo em `Checkout.finalizar()` antes de cobrar. Ele zera o frete quando o cupom é de frete e recalcula o total subtraindo `cupom.valor`."),
    U(reminder(), opened("loja/cupons.py"), '''o desconto tá sendo aplicado duas vezes quando o cupom é de frete. antes de mexer, escreve um teste que reproduz isso

def aplicar(carrinho, cupom):
    if cupom.tipo == "frete":
        carrinho.frete = 0
    carrinho.total = carrinho.subtotal + carrinho.frete - cupom.valor
    return carrinho''')))

# 48 wrong user timezone in cron
add(ex(C, U("celery beat runs the 'daily digest' at 9am but users say they get it at 10am since last weekend. we set CELERY_TIMEZONE = 'Europe/Berlin'. what's going on")))

# 49 memory in pandas
add(ex(C,
    U("pandas script: daily active users per day from events.csv (columns ts, user_id, type)"),
    A('''```python
df = pd.read_csv("events.csv")
df["ts"] = pd.to_datetime(df["ts"])
daily = df.groupby([df.ts.dt.date, "user_id"]).size()
dau = daily.groupby(level=0).size()
```'''),
    U('''this blows up with MemoryError on a 3GB csv on a 16GB box

df = pd.read_csv("events.csv")
df["ts"] = pd.to_datetime(df["ts"])
daily = df.groupby([df.ts.dt.date, "user_id"]).size()''')))

# 50 Rust borrow checker error
add(ex(C, U('''error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable
  --> src/inventory.rs:31:13
   |
28 |         for item in self.items.iter() {
   |                     ----------------- immutable borrow occurs here
...
31 |             self.items.push(item.split());
   |             ^^^^^^^^^^ mutable borrow occurs here

how do I get around this? I just want to add split copies of items that are too big''')))

# 51 iOS crash log
add(ex(C, U('''crash reports from TestFlight, only on iOS 17.4+, ~40 of them since yesterday's build. full one below. line 58 is `let hero = posts[0]` but posts comes from the API and it's never empty in our data??

Incident Identifier: 6F1B2E9A-44C2-4B7E-9C1D-2A7E5B3D9F10
Hardware Model:      iPhone15,3
Process:             Acme [2211]
Path:                /private/var/containers/Bundle/Application/1C2D.../Acme.app/Acme
Identifier:          io.acme.app
Version:             4.12.0 (4120017)
AppStoreTools:       15E204
Code Type:           ARM-64 (Native)
Role:                Foreground
Parent Process:      launchd [1]
Date/Time:           2026-11-25 08:14:22.5512 +0100
Launch Time:         2026-11-25 08:14:19.1020 +0100
OS Version:          iPhone OS 17.4.1 (21E236)
Release Type:        User
Baseband Version:    2.51.04
Report Version:      104

Exception Type:  EXC_BREAKPOINT (SIGTRAP)
Exception Codes: 0x0000000000000001, 0x00000001a2f5c1e8
Termination Reason: SIGNAL 5 Trace/BPT trap: 5
Terminating Process: exc handler [2211]

Triggered by Thread:  0

Thread 0 name:   Dispatch queue: com.apple.main-thread
Thread 0 Crashed:
0   libswiftCore.dylib            0x00000001a2f5c1e8 _assertionFailure(_:_:file:line:flags:) + 264
1   libswiftCore.dylib            0x00000001a2fc9c40 _ArrayBuffer._checkInoutAndNativeTypeCheckedBounds(_:wasNativeTypeChecked:) + 200
2   Acme                          0x0000000100a1f3d4 closure #1 in FeedViewModel.load() + 412 (FeedViewModel.swift:58)
3   Acme                          0x0000000100a1e8b0 partial apply for closure #1 in FeedViewModel.load() + 32 (<compiler-generated>:0)
4   Acme                          0x0000000100a2c114 thunk for @escaping @callee_guaranteed @Sendable @async () -> () + 28
5   libswift_Concurrency.dylib    0x00000001ab1f3e9c swift::runJobInEstablishedExecutorContext(swift::Job*) + 416
6   libswift_Concurrency.dylib    0x00000001ab1f53c0 swift_job_runImpl(swift::Job*, swift::ExecutorRef) + 72
7   libdispatch.dylib             0x00000001b1c0e6a8 _dispatch_main_queue_drain + 984
8   libdispatch.dylib             0x00000001b1c0e2c0 _dispatch_main_queue_callback_4CF + 44
9   CoreFoundation                0x00000001a9d8ee5c __CFRUNLOOP_IS_SERVICING_THE_MAIN_DISPATCH_QUEUE__ + 16
10  CoreFoundation                0x00000001a9d8aa8c __CFRunLoopRun + 1996
11  CoreFoundation                0x00000001a9d8a478 CFRunLoopRunSpecific + 608
12  GraphicsServices              0x00000001ef2e64f8 GSEventRunModal + 164
13  UIKitCore                     0x00000001ac1ae62c -[UIApplication _run] + 888
14  UIKitCore                     0x00000001ac1adc68 UIApplicationMain + 340
15  SwiftUI                       0x00000001ad8c3a28 OUTLINED_FUNCTION_10 + 604
16  Acme                          0x00000001009f02ac main + 120 (AcmeApp.swift:12)
17  dyld                          0x00000001cd2a2dcc start + 2240

Thread 1:
0   libsystem_pthread.dylib       0x00000001f6a2e0c4 start_wqthread + 0

Thread 2 name:   com.apple.uikit.eventfetch-thread
Thread 2:
0   libsystem_kernel.dylib        0x00000001f1b2e6c8 mach_msg2_trap + 8
1   libsystem_kernel.dylib        0x00000001f1b31ec8 mach_msg2_internal + 80
2   libsystem_kernel.dylib        0x00000001f1b31de0 mach_msg_overwrite + 436
3   CoreFoundation                0x00000001a9d8b5a8 __CFRunLoopServiceMachPort + 160
4   Foundation                    0x00000001a8c6b0a4 -[NSRunLoop(NSRunLoop) runMode:beforeDate:] + 212

Thread 3 name:   com.apple.NSURLConnectionLoader
Thread 3:
0   libsystem_kernel.dylib        0x00000001f1b2e6c8 mach_msg2_trap + 8
1   CFNetwork                     0x00000001ab0f2f90 +[__CFN_CoreSchedulingSetRunnable _run:] + 384

Thread 0 crashed with ARM Thread State (64-bit):
    x0: 0x8000000100b7c4e0   x1: 0x0000000000000000   x2: 0x0000000000000000   x3: 0x0000000000000000
    fp: 0x000000016f40a5a0   lr: 0x00000001a2f5c1e8   sp: 0x000000016f40a520   pc: 0x00000001a2f5c1e8

FeedViewModel.load():
    func load() {
        Task { @MainActor in
            let page = try? await api.feed(cursor: nil, locale: Locale.current.identifier)
            posts = page?.items ?? []
            let hero = posts[0]            // 58
            heroImage = hero.imageURL
        }
    }''')))

# 52 multi-turn: fix attempt 2 still failing
add(ex(C,
    U('''jest: "Cannot use import statement outside a module" when importing lodash-es'''),
    A('''Jest runs CommonJS by default and skips transforming node_modules. Add lodash-es to the transform allowlist:
```js
transformIgnorePatterns: ["node_modules/(?!lodash-es)"]
```'''),
    U("added it, same error"),
    A("Then the transform probably isn't applied to JS files at all. If you're using `ts-jest`, it only transforms `.ts`; add `\"^.+\\\\.js$\": \"babel-jest\"` to `transform` and make sure a babel config exists."),
    U("ok now it says SyntaxError: Unexpected token 'export' instead. progress I guess?")))

# 53 Scala implicit not found
add(ex(C, U('''could not find implicit value for parameter encoder: io.circe.Encoder[OrderCreated]

but I have `implicit val enc: Encoder[OrderCreated] = deriveEncoder` right there in the companion object?? it worked until I moved OrderCreated into a sealed trait hierarchy''')))

# 54 Terraform cycle
add(ex(C, U('''Error: Cycle: aws_security_group.app, aws_security_group.db

app sg allows egress to db sg on 5432, db sg allows ingress from app sg on 5432. seems like a totally normal thing to want?''')))

# 55 webpack / vite build error after upgrade (CC with error tool result)
t1 = use("Bash", command="pnpm build", description="Production build")
add(ex(C,
    U(reminder(), opened("vite.config.ts"), "upgraded vite 4 -> 6, do a build"),
    A("Running the production build.", t1),
    U(result(t1, '''vite v6.0.3 building for production...
✓ 812 modules transformed.
x Build failed in 4.21s
error during build:
[vite:css] [postcss] Cannot find module 'tailwindcss/nesting'
Require stack:
- /app/postcss.config.cjs''', error=True), "tailwind is installed, v4. did it move?")))

# 56 long log: kafka consumer lag
add(ex(C, U('''consumer group lag keeps climbing on partition 7 only, others are fine. logs from the consumer that owns p7:

2026-11-24 09:12:01.002 INFO  [order-consumer-3] Assigned partitions: [orders-7, orders-15]
2026-11-24 09:12:01.441 INFO  [order-consumer-3] processed offset=88412001 key=cust-19 in 12ms
2026-11-24 09:12:01.455 INFO  [order-consumer-3] processed offset=88412002 key=cust-19 in 11ms
2026-11-24 09:12:02.901 WARN  [order-consumer-3] slow handler offset=88412003 key=cust-4411 took 1446ms (fraud-check)
2026-11-24 09:12:04.377 WARN  [order-consumer-3] slow handler offset=88412004 key=cust-4411 took 1470ms (fraud-check)
2026-11-24 09:12:05.850 WARN  [order-consumer-3] slow handler offset=88412005 key=cust-4411 took 1473ms (fraud-check)
2026-11-24 09:12:07.312 WARN  [order-consumer-3] slow handler offset=88412006 key=cust-4411 took 1462ms (fraud-check)
2026-11-24 09:17:31.090 INFO  [order-consumer-3] Revoking previously assigned partitions [orders-7, orders-15]
2026-11-24 09:17:31.091 WARN  [order-consumer-3] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms
2026-11-24 09:17:33.200 INFO  [order-consumer-1] Assigned partitions: [orders-7, orders-3, orders-11]
2026-11-24 09:17:33.612 WARN  [order-consumer-1] slow handler offset=88412003 key=cust-4411 took 1451ms (fraud-check)

max.poll.records=500, max.poll.interval.ms=300000, handler processes records sequentially''')))

# 57 German follow-up: nach Fix immer noch
add(ex(C,
    U("Mein Docker-Image ist 2,3 GB groß, warum?"),
    A("Meist wegen des Build-Kontexts (node_modules, .git) und weil Build-Tools im finalen Image landen. Eine `.dockerignore` und ein Multi-Stage-Build helfen am meisten."),
    U("Hab beides gemacht, ist immer noch 1,9 GB. `docker history` zeigt eine 1,6 GB Layer beim `RUN pip install -r requirements.txt`. Da steht nur torch drin und ein paar Kleinigkeiten")))

# 58 Chinese: API returns 401 after deploying
add(ex(C, U(reminder("2026-10-21"), opened("config/jwt.go"), "部署到k8s之后所有请求都401，本地一切正常。token是同一个服务签发的，不同pod之间会有问题吗？")))

# 59 Japanese: tool loop, then "still slow"
t1 = use("Edit", file_path="app/models/post.rb", old_string="has_many :comments", new_string="has_many :comments, -> { includes(:author) }")
add(ex(C,
    U(reminder(), "投稿一覧ページが遅い。ログにSELECTが数百本出てる"),
    A("N+1 です。コメントの author を都度読んでいるので includes を追加します。", t1),
    U(result(t1, "The file app/models/post.rb has been updated successfully.")),
    A("これでコメントの author はまとめて読み込まれます。"),
    U("まだ遅い。ログ見たら今度は `SELECT COUNT(*) FROM likes WHERE post_id = ?` が投稿ごとに出てる")))

# 60 Korean: env var in Next.js
add(ex(C,
    U("Next.js에서 서버 컴포넌트랑 클라이언트 컴포넌트 차이가 정확히 뭐야?"),
    A("서버 컴포넌트는 서버에서만 렌더링되고 JS 번들에 포함되지 않아서 DB나 비밀값에 직접 접근할 수 있어. 클라이언트 컴포넌트는 파일 맨 위에 `\"use client\"`를 붙이고, 브라우저에서도 실행되니까 state, effect, 이벤트 핸들러를 쓸 수 있어."),
    U(reminder("2026-10-01"), "Next.js에서 process.env.API_URL이 클라이언트 컴포넌트에서만 undefined로 나와. 서버 컴포넌트에선 잘 찍히는데. .env.local에 넣어놨어")))

# 61 Russian: test passes alone, fails in suite
add(ex(C, U("тест test_refund_flow проходит, если запускать его отдельно, и падает, если гонять всю папку tests/billing. ошибка: IntegrityError duplicate key value violates unique constraint \"customers_email_key\". в чём может быть дело?")))

# 62 Italian: code review-ish wording but debugging
add(ex(C, U('''puoi dare un'occhiata al perché questo endpoint restituisce sempre la prima pagina? page=2, page=3 danno gli stessi risultati

@GetMapping("/prodotti")
public Page<Prodotto> lista(@RequestParam(defaultValue = "0") int page) {
    return repo.findAll(PageRequest.of(0, 20, Sort.by("nome")));
}''')))

# 63 Polish: SSL error
add(ex(C, U('''requests.exceptions.SSLError: HTTPSConnectionPool(host='api.partner.pl', port=443): Max retries exceeded (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate')))

w przeglądarce strona działa normalnie, certyfikat wygląda ok. tylko z naszego serwera''')))

# 64 Turkish: Go JSON field empty
add(ex(C, U(opened("cmd/export/main.go"), '''JSON'a çevirince alanlar boş geliyor, neden?

type user struct {
	id    int
	name  string
	email string
}
b, _ := json.Marshal(user{1, "Ayşe", "a@x.com"})
fmt.Println(string(b)) // {}''')))

# 65 Hinglish: React state not updating
add(ex(C, U('''setCount ke baad console.log purani value kyun de raha hai?

const [count, setCount] = useState(0);
const onClick = () => {
  setCount(count + 1);
  console.log(count); // 0 hi aata hai
};''')))

# 66 Vietnamese: docker network
add(ex(C,
    U("viết giúp mình file docker-compose cho app node và postgres"),
    A('''```yaml
services:
  db:
    image: postgres:16
    environment: { POSTGRES_PASSWORD: app, POSTGRES_DB: app }
  app:
    build: .
    environment: { DATABASE_URL: postgres://postgres:app@localhost:5432/app }
    ports: ["3000:3000"]
    depends_on: [db]
```'''),
    U("container app không kết nối được tới postgres, báo `could not connect to server: Connection refused, Is the server running on host \"localhost\" (127.0.0.1) and accepting TCP/IP connections on port 5432?`. postgres chạy bằng docker compose cùng file luôn")))

# 67 Dutch: multi-turn debugging continues
add(ex(C,
    U("onze Celery workers pakken geen taken meer op sinds de upgrade naar 5.4"),
    A("Welke broker gebruiken jullie, en zien de workers de queue wel? `celery -A app inspect active_queues` laat zien naar welke queues ze luisteren."),
    U("redis. inspect laat zien dat ze op 'celery' luisteren, maar de taken staan in 'default'. we hebben niks aan de routing veranderd, alleen de versie")))

# 68 Spanish: flaky timing test with is_error tool result
t1 = use("Bash", command="npm test -- --runInBand src/rate-limit", description="Run rate limit tests")
add(ex(C,
    U(reminder("2026-05-28"), "corre los tests del rate limiter"),
    A("Los ejecuto.", t1),
    U(result(t1, '''FAIL src/rate-limit/limiter.test.ts
  ● Limiter › allows burst then blocks

    expect(received).toBe(expected) // Object.is equality

    Expected: false
    Received: true

      41 |     for (let i = 0; i < 10; i++) expect(await lim.allow("k")).toBe(true);
    > 42 |     expect(await lim.allow("k")).toBe(false);''', error=True), "a veces pasa y a veces no, ¿por qué? el test no usa fake timers")))

# 69 wrong result after refactor, Python
add(ex(C, U('''after my refactor every request gets the same list of tags appended over and over. first request has 1 tag, the 10th has 10

def build_payload(item, tags=[]):
    tags.append(item.category)
    return {"id": item.id, "tags": tags}''')))

# 70 "is this a bug in the library?" - debugging
add(ex(C, U('''is this a bug in date-fns or am I doing something wrong? differenceInDays says 0 between these

differenceInDays(new Date("2026-03-30T00:30:00+02:00"), new Date("2026-03-29T00:30:00+01:00"))
// 0
// expected 1, it's literally the next day at the same wall-clock time (DST switched that night in Berlin)''')))
