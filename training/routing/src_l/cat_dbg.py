from conversation_shapes import u, a, cc, at, tr
import mat as M

C = "debugging"

EXAMPLES = [
(C, u("this diff broke login for everyone on the mobile app since yesterday's deploy. which part?\n\n" + M.DIFF_LOGIN)),
(C, u("why does this return two rows for some customers? I only want the latest order each\n\n```sql\n" + M.SQL_LATEST + "\n```")),
(C, u("the deploy job in this workflow never runs after merging to main, test passes. what's wrong?\n\n```yaml\n" + M.WORKFLOW_CI + "```")),
(C, u("pods from this deployment keep getting restarted every ~10s during startup, CrashLoopBackOff. logs show spring boot starting normally. help\n\n```yaml\n" + M.K8S_DEPLOY + "```")),
(C, u("after merging this dependabot bump our jest suite fails with `SyntaxError: Cannot use import statement outside a module` in node_modules/axios. what do I do?\n\n" + M.DIFF_LOCK)),
(C, u("since this change the invoice endpoint sometimes creates the same invoice twice. why??\n\n" + M.DIFF_RETRY_GO)),
(C, u("the image builds but the container exits immediately with `django.db.utils.OperationalError: could not connect to server`. works with docker compose locally. what's going on?\n\n```dockerfile\n" + M.DOCKERFILE + "```")),
(C, u("con este cambio la segunda página a veces repite la última factura de la primera, y a veces se salta una. ¿dónde está el fallo?\n\n" + M.DIFF_PAGINATION_PY)),
(C, u("tried running this and got `rm: cannot remove './My Documents/app.log': No such file or directory` plus a bunch of others. why does it choke on those?\n\n`" + M.ONELINER + "`")),
(C, u("refunds for shipped orders always raise IllegalTransition even though SHIPPED -> REFUNDED is in the table. what am I missing?\n\n```python\n" + M.STATE_MACHINE + "```\n\ncaller:\n```python\ntransition(order, \"refunded\", request.user)\n```")),
(C, u(r"""how do I get past this compiler error?

```
error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable
  --> src/inventory.rs:27:13
   |
25 |         for item in self.items.iter() {
   |                     -----------------
   |                     |
   |                     immutable borrow occurs here
   |                     immutable borrow later used here
26 |             if item.qty == 0 {
27 |                 self.items.remove(&item.sku);
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
```

```rust
pub fn purge_empty(&mut self) {
    for item in self.items.iter() {
        if item.qty == 0 {
            self.items.remove(&item.sku);
        }
    }
}
```""")),
(C, u(r"""Warum liefert diese Query den falschen Datensatz? Ich will den Mitarbeiter mit dem höchsten Gehalt pro Abteilung, bekomme aber zufällige Namen.

```sql
SELECT department_id, name, MAX(salary)
FROM employees
GROUP BY department_id;
```
(MySQL 5.7, ONLY_FULL_GROUP_BY ist aus)""")),
(C, u(r"""which hunk of this broke the dark mode toggle? after it merged the theme resets on every page load

```diff
diff --git a/src/theme/ThemeProvider.tsx b/src/theme/ThemeProvider.tsx
index 7e1d0ab..2c9f4e3 100644
--- a/src/theme/ThemeProvider.tsx
+++ b/src/theme/ThemeProvider.tsx
@@ -5,18 +5,19 @@ const ThemeContext = createContext<ThemeCtx>(null!);
 export function ThemeProvider({ children }: { children: ReactNode }) {
-  const [theme, setTheme] = useState<Theme>(() => {
-    return (localStorage.getItem('theme') as Theme) ?? 'light';
-  });
+  const [theme, setTheme] = useState<Theme>('light');
+
+  useEffect(() => {
+    const saved = localStorage.getItem('theme') as Theme | null;
+    if (saved) setTheme(saved);
+  }, []);
 
   useEffect(() => {
     localStorage.setItem('theme', theme);
     document.documentElement.dataset.theme = theme;
   }, [theme]);
 
-  const toggle = () => setTheme(t => (t === 'light' ? 'dark' : 'light'));
+  const toggle = useCallback(() => setTheme(theme === 'light' ? 'dark' : 'light'), []);
 
   return <ThemeContext.Provider value={{ theme, toggle }}>{children}</ThemeContext.Provider>;
 }
```""")),
(C, u(r"""terraform plan wants to destroy and recreate the bucket after I added this, why? I only wanted tags

```diff
--- a/infra/storage.tf
+++ b/infra/storage.tf
@@ -1,5 +1,9 @@
 resource "aws_s3_bucket" "exports" {
-  bucket = "acme-customer-exports-${var.env}"
+  bucket_prefix = "acme-customer-exports-${var.env}-"
+  tags = {
+    owner = "data-platform"
+  }
 }
```

```
  # aws_s3_bucket.exports must be replaced
-/+ resource "aws_s3_bucket" "exports" {
      ~ bucket        = "acme-customer-exports-prod" -> (known after apply)
      + bucket_prefix = "acme-customer-exports-prod-" # forces replacement
```""")),
(C, u(r"""TypeError aqui e não faço ideia do porquê. Python 3.11

```
Traceback (most recent call last):
  File "/app/jobs/digest.py", line 41, in <module>
    main()
  File "/app/jobs/digest.py", line 37, in main
    send_digest(users, since=datetime.now() - timedelta(days=1))
  File "/app/jobs/digest.py", line 22, in send_digest
    recent = [e for e in events if e.created_at > since]
TypeError: can't compare offset-naive and offset-aware datetimes
```""")),
(C, u(r"""npm ci fails in CI after the lockfile change in this PR, locally fine:

```
npm ERR! code EUSAGE
npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.
npm ERR! Invalid: lock file's zod@3.22.4 does not satisfy zod@3.23.8
```

```diff
--- a/package.json
+++ b/package.json
@@ -22,7 +22,7 @@
-    "zod": "^3.22.4",
+    "zod": "3.23.8",
```
what did I miss""")),
(C, u(r"""Mi funzione restituisce sempre l'ultimo elemento per tutti i bottoni. Perché?

```js
var buttons = document.querySelectorAll('.tab');
for (var i = 0; i < buttons.length; i++) {
  buttons[i].addEventListener('click', function () {
    showTab(i);
  });
}
```""")),
(C, [cc("the integration tests started failing after my last commit, figure out which change did it", d=1),
     at("Let me see the last commit and the failing test.", ("Bash", {"command": "git show --stat HEAD && git show HEAD -- src/"})),
     tr(r"""commit 8f3c21ae (HEAD -> feature/tz-reports)
    reports: use user's timezone for daily buckets

 src/reports/daily.py | 9 ++++++---
 1 file changed, 6 insertions(+), 3 deletions(-)
diff --git a/src/reports/daily.py b/src/reports/daily.py
index 1d2e3f4..9a8b7c6 100644
--- a/src/reports/daily.py
+++ b/src/reports/daily.py
@@ -14,9 +14,12 @@ def daily_totals(events, tz_name="UTC"):
-    buckets = defaultdict(int)
-    for e in events:
-        buckets[e.ts.date()] += e.amount
+    tz = ZoneInfo(tz_name)
+    buckets = defaultdict(int)
+    for e in events:
+        local = e.ts.replace(tzinfo=tz)
+        buckets[local.date()] += e.amount
     return dict(sorted(buckets.items()))
"""),
     at("", ("Bash", {"command": "pytest tests/integration/test_reports.py -x -q 2>&1 | tail -15"})),
     tr(r"""F
=================================== FAILURES ===================================
____________________ test_daily_totals_in_tokyo ____________________
    def test_daily_totals_in_tokyo(events_utc):
        res = daily_totals(events_utc, tz_name="Asia/Tokyo")
>       assert res[date(2026, 3, 2)] == 1500
E       KeyError: datetime.date(2026, 3, 2)
tests/integration/test_reports.py:31: KeyError
1 failed in 0.41s
"""),
     u("events_utc has timestamps like 2026-03-01T20:00Z, so they should land on the 2nd in Tokyo")]),
(C, u(r"""My Go program deadlocks. `fatal error: all goroutines are asleep - deadlock!`

```go
func main() {
    results := make(chan int)
    var wg sync.WaitGroup
    for i := 0; i < 3; i++ {
        wg.Add(1)
        go func(n int) {
            defer wg.Done()
            results <- n * n
        }(i)
    }
    wg.Wait()
    close(results)
    for r := range results {
        fmt.Println(r)
    }
}
```""")),
(C, u(r"""the Helm upgrade fails with this and I can't see why, the yaml looks fine to me

```
Error: UPGRADE FAILED: YAML parse error on api/templates/deployment.yaml: error converting YAML to JSON: yaml: line 28: did not find expected key
```

```yaml
      containers:
        - name: api
          image: "{{ .Values.image.repo }}:{{ .Values.image.tag }}"
          env:
            {{- range $k, $v := .Values.env }}
            - name: {{ $k }}
              value: {{ $v }}
            {{- end }}
          resources:
{{ toYaml .Values.resources | indent 12 }}
```""")),
(C, u(r"""このSQL、ユーザーが0件の部署も出したいのに出てきません。なぜ？

```sql
SELECT d.name, COUNT(u.id) AS members
FROM departments d
LEFT JOIN users u ON u.department_id = d.id
WHERE u.active = true
GROUP BY d.name;
```""")),
(C, u(r"""Postgres 慢查询突然变慢了，昨天加了这个 migration 之后。是这个 diff 的问题吗？

```diff
--- a/migrations/0042_orders_status.sql
+++ b/migrations/0042_orders_status.sql
@@ -0,0 +1,3 @@
+ALTER TABLE orders ALTER COLUMN customer_id TYPE text USING customer_id::text;
+UPDATE orders SET status = 'open' WHERE status IS NULL;
+ANALYZE orders;
```

慢的查询是 `SELECT * FROM orders WHERE customer_id = 123 AND status='open'`，以前 2ms 现在 4s""")),
(C, u(r"""cannot get past this TS error:

```
src/api/users.ts:18:5 - error TS2322: Type 'User | undefined' is not assignable to type 'User'.
  Type 'undefined' is not assignable to type 'User'.

18     return users.find(u => u.id === id);
       ~~~~~~
```

```ts
export function getUser(id: string): User {
    const users = cache.get('users') as User[];
    return users.find(u => u.id === id);
}
```""")),
(C, u(r"""after this change, uploads over ~1MB fail with 413 behind the ingress. the app itself accepts 50MB. where's the limit coming from?

```diff
--- a/deploy/ingress.yaml
+++ b/deploy/ingress.yaml
@@ -3,9 +3,11 @@ kind: Ingress
 metadata:
   name: web
   annotations:
-    kubernetes.io/ingress.class: traefik
+    kubernetes.io/ingress.class: nginx
+    cert-manager.io/cluster-issuer: letsencrypt
 spec:
+  ingressClassName: nginx
   rules:
     - host: app.acme.io
```""")),
(C, u(r"""Por que isso imprime `undefined`? O `this` deveria ser o objeto

```js
class Counter {
  constructor() { this.n = 0; }
  inc() { this.n++; console.log(this.n); }
}
const c = new Counter();
setTimeout(c.inc, 100);
```""")),
(C, u(r"""kotlin compile error I can't get rid of:

```
e: file:///app/src/main/kotlin/ui/ProfileViewModel.kt:22:9 Smart cast to 'User' is impossible, because 'user' is a mutable property that could have been changed by this time
```

```kotlin
class ProfileViewModel : ViewModel() {
    var user: User? = null
    fun displayName(): String {
        if (user != null) {
            return user.firstName + " " + user.lastName
        }
        return "Guest"
    }
}
```""")),
(C, u(r"""Ce diff a cassé l'export CSV pour les clients belges : les montants arrivent comme 1.234,5 au lieu de 1234.50. Quelle partie ?

```diff
diff --git a/exports/csv.py b/exports/csv.py
--- a/exports/csv.py
+++ b/exports/csv.py
@@ -1,12 +1,15 @@
 import csv
+import locale
 
 
 def write_invoices(f, invoices, user):
+    locale.setlocale(locale.LC_ALL, user.locale)
     w = csv.writer(f, delimiter=";")
     w.writerow(["number", "date", "amount"])
     for inv in invoices:
-        w.writerow([inv.number, inv.date.isoformat(), f"{inv.amount:.2f}"])
+        w.writerow([inv.number, inv.date.strftime("%x"), locale.format_string("%.2f", inv.amount, grouping=True)])
```""")),
(C, u(r"""GitHub Actions matrix fails only on windows-latest:

```
Run ./scripts/check.sh
./scripts/check.sh: line 1: $'\r': command not found
Error: Process completed with exit code 127.
```
workflow:
```yaml
strategy:
  matrix:
    os: [ubuntu-latest, macos-latest, windows-latest]
steps:
  - uses: actions/checkout@v4
  - run: ./scripts/check.sh
    shell: bash
```""")),
(C, u(r"""Этот C++ код иногда падает с segfault, особенно под нагрузкой. Где проблема?

```cpp
std::vector<Order*> pending;

void on_fill(const Fill& f) {
    for (auto it = pending.begin(); it != pending.end(); ++it) {
        if ((*it)->id == f.order_id) {
            (*it)->filled += f.qty;
            if ((*it)->filled >= (*it)->qty) {
                delete *it;
                pending.erase(it);
            }
        }
    }
}
```""")),
(C, [u("I'm trying to understand this function\n\n```python\ndef chunks(it, n):\n    it = iter(it)\n    while batch := list(islice(it, n)):\n        yield batch\n```"),
     a("It turns any iterable into an iterator, then repeatedly takes up to `n` items with `islice`. The walrus assigns the batch and the loop stops when the batch comes back empty. Each yielded batch is a list; the last one may be shorter than `n`."),
     u("ok makes sense, but then why does this hang forever when I pass it a generator from our kafka consumer? `for b in chunks(consumer.poll_forever(), 500): save(b)` never saves anything")]),
(C, u(r"""Docker build fails on the M1 but works on CI:

```
#9 12.41 error: command 'gcc' failed: No such file or directory
#9 12.41 ERROR: Failed building wheel for psycopg2
```
Dockerfile:
```dockerfile
FROM python:3.12-slim
WORKDIR /app
COPY requirements.txt .
RUN pip install -r requirements.txt
COPY . .
```""")),
(C, u(r"""this diff was supposed to fix the N+1 but the page is now even slower and shows duplicates. what happened?

```diff
--- a/app/controllers/posts_controller.rb
+++ b/app/controllers/posts_controller.rb
@@ -3,7 +3,7 @@ class PostsController < ApplicationController
   def index
-    @posts = Post.published.order(created_at: :desc).limit(20)
+    @posts = Post.published.joins(:comments, :tags).order(created_at: :desc).limit(20)
   end
 end
```""")),
(C, u(r"""¿Por qué este test pasa solo si lo corro solo y falla en la suite completa?

```python
CONFIG = {"retries": 3}

def test_retries_default():
    assert get_client().retries == 3

def test_retries_override():
    CONFIG["retries"] = 0
    assert get_client().retries == 0
```""")),
(C, u(r"""Swift: `Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value` on this line when the screen opens

```swift
class ProfileVC: UIViewController {
    @IBOutlet weak var nameLabel: UILabel!
    var user: User!

    override func viewDidLoad() {
        super.viewDidLoad()
        nameLabel.text = user.name   // <- crash
    }
}
```
we push it with `navigationController?.pushViewController(ProfileVC(), animated: true)`""")),
(C, u(r"""which part of this diff causes the memory growth? RSS climbs ~200MB/hour since this release

```diff
--- a/src/metrics.js
+++ b/src/metrics.js
@@ -1,14 +1,20 @@
 const client = require('prom-client');
 
-const httpDuration = new client.Histogram({
-  name: 'http_request_duration_seconds',
-  help: 'duration',
-  labelNames: ['method', 'route', 'status'],
-});
-
 function track(req, res, ms) {
-  httpDuration.labels(req.method, req.route?.path ?? 'unknown', res.statusCode).observe(ms / 1000);
+  const h = new client.Histogram({
+    name: `http_duration_${req.method.toLowerCase()}`,
+    help: 'duration',
+    labelNames: ['path', 'status', 'user'],
+    registers: [],
+  });
+  h.labels(req.originalUrl, res.statusCode, req.user?.id ?? 'anon').observe(ms / 1000);
+  seen.push(h);
 }
```""")),
(C, u(r"""our nightly cron stopped running after I "cleaned up" the crontab. diff:

```diff
--- a/deploy/crontab
+++ b/deploy/crontab
@@ -1,3 +1,3 @@
 SHELL=/bin/bash
-0 2 * * * cd /srv/app && ./bin/nightly >> /var/log/nightly.log 2>&1
+0 2 * * * cd /srv/app && ./bin/nightly >> /var/log/nightly-$(date +%F).log 2>&1
```""")),
(C, u(r"""Java : ConcurrentModificationException ici alors que je n'utilise même pas de threads ?!

```java
for (Subscriber s : subscribers) {
    if (s.isExpired()) {
        subscribers.remove(s);
    }
}
```""")),
(C, u(r"""Why does my React list re-render every item when I add one at the top, and the input fields lose their values?

```tsx
{todos.map((t, i) => (
  <TodoRow key={i} todo={t} />
))}
```""")),
(C, [cc("the ETL job OOMs on the big tenant, find out why", file="etl/load_events.py", d=2),
     at("", ("Read", {"file_path": "etl/load_events.py"})),
     tr(r"""     1	import json
     2	import psycopg2
     3	
     4	def run(tenant_id, path):
     5	    with open(path) as f:
     6	        events = json.load(f)
     7	    conn = psycopg2.connect(DSN)
     8	    cur = conn.cursor()
     9	    rows = []
    10	    for e in events:
    11	        rows.append((tenant_id, e["kind"], json.dumps(e)))
    12	    cur.executemany("INSERT INTO events (tenant_id, kind, payload) VALUES (%s, %s, %s)", rows)
    13	    conn.commit()
"""),
     at("", ("Bash", {"command": "ls -lh /data/exports/tenant_8812.json && free -h | head -2"})),
     tr("-rw-r--r-- 1 etl etl 9.4G Mar  3 02:11 /data/exports/tenant_8812.json\n               total        used        free      shared  buff/cache   available\nMem:            16Gi       1.2Gi        13Gi        12Mi       1.8Gi        14Gi\n"),
     u("the file is JSON lines btw, one event per line, not one big array. does that change anything?")]),
(C, u(r"""Go compile error, how do I fix it without making everything a pointer?

```
./handler.go:31:19: cannot use u (variable of type User) as Entity value in argument to store.Save: User does not implement Entity (method SetID has pointer receiver)
```

```go
type Entity interface{ ID() string; SetID(string) }
type User struct{ id string }
func (u User) ID() string { return u.id }
func (u *User) SetID(s string) { u.id = s }

// handler.go
u := User{}
store.Save(u)
```""")),
(C, u(r"""Proč mi tenhle SQL dotaz vrací NULL u všech řádků v poslední koloně?

```sql
SELECT p.name, p.price * (1 - d.pct / 100) AS final_price
FROM products p
LEFT JOIN discounts d ON d.product_id = p.id AND d.valid_until > now();
```""")),
(C, u(r"""After upgrading, `docker compose up` gives:

```
services.api.depends_on.db.condition must be one of: service_started, service_healthy, service_completed_successfully
```

```yaml
services:
  api:
    build: .
    depends_on:
      db:
        condition: service_ready
  db:
    image: postgres:16
```""")),
(C, u(r"""Bu PR'dan sonra Celery task'ları iki kere çalışıyor. Hangi satır?

```diff
--- a/config/celery.py
+++ b/config/celery.py
@@ -6,8 +6,10 @@ app = Celery("shop")
 app.conf.update(
     broker_url=os.environ["BROKER_URL"],
-    task_acks_late=False,
+    task_acks_late=True,
+    broker_transport_options={"visibility_timeout": 60},
     worker_prefetch_multiplier=4,
 )
```
bazı task'lar 2-3 dakika sürüyor""")),
(C, u(r"""CORS error only in prod, localhost fine:

```
Access to fetch at 'https://api.acme.io/v1/me' from origin 'https://app.acme.io' has been blocked by CORS policy: The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.
```
server:
```js
app.use(cors({ origin: '*', credentials: true }));
```""")),
(C, u(r"""二分查找结果不对：数组 [1,3,5,7]，找 7，返回 -1，为什么？

```python
def bsearch(a, t):
    lo, hi = 0, len(a) - 1
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] == t:
            return mid
        if a[mid] < t:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1
```""")),
(C, u(r"""This diff was meant to speed up the test suite but now 14 tests fail with `sqlite3.OperationalError: database is locked`. Why?

```diff
--- a/pytest.ini
+++ b/pytest.ini
@@ -1,3 +1,3 @@
 [pytest]
-addopts = -q
+addopts = -q -n 8
 DJANGO_SETTINGS_MODULE = app.settings.test
```
settings.test uses `NAME: BASE_DIR / "test.sqlite3"`""")),
(C, u(r"""PHP: `Fatal error: Uncaught TypeError: array_map(): Argument #2 ($array) must be of type array, null given` — $rows should never be null here?

```php
$rows = $stmt->fetchAll(PDO::FETCH_ASSOC);
if (!$rows) {
    $rows = null;
}
$ids = array_map(fn($r) => $r['id'], $rows);
```""")),
(C, u(r"""k8s: my pod is Pending forever. describe says

```
Events:
  Warning  FailedScheduling  2m  default-scheduler  0/3 nodes are available: 3 Insufficient memory. preemption: 0/3 nodes are available: 3 No preemption victims found for incoming pod.
```
resources:
```yaml
resources:
  requests:
    memory: 12Gi
    cpu: 500m
  limits:
    memory: 12Gi
```
nodes are 16GB each and mostly idle?""")),
(C, u(r"""Esta función de Rust no compila: `error[E0106]: missing lifetime specifier`. ¿Cómo la arreglo?

```rust
fn longest(a: &str, b: &str) -> &str {
    if a.len() > b.len() { a } else { b }
}
```""")),
(C, u(r"""Since the merge of this the GraphQL `viewer` query returns null for logged-in users on Safari only. Which change?

```diff
--- a/server/cookies.ts
+++ b/server/cookies.ts
@@ -2,8 +2,8 @@ export const SESSION_COOKIE = {
   name: 'sid',
   httpOnly: true,
-  sameSite: 'lax' as const,
-  secure: process.env.NODE_ENV === 'production',
+  sameSite: 'none' as const,
+  secure: false,
   maxAge: 60 * 60 * 24 * 14,
 };
```""")),
(C, u(r"""why does this print 0.30000000000000004 and how do I get the right total for invoices?

```python
print(0.1 + 0.2)
total = sum(line.price for line in invoice.lines)  # sometimes off by a cent
```""")),
(C, u(r"""этот цикл в bash обрабатывает только первый файл и выходит, без ошибок. почему?

```bash
ls *.csv | while read f; do
  ssh etl@warehouse "load_csv $f" < "$f"
done
```""")),
(C, u(r"""Our GitHub Action fails with `Resource not accessible by integration` when it tries to comment on the PR. It worked last week.

```yaml
on: pull_request
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/github-script@v7
        with:
          script: |
            github.rest.issues.createComment({
              issue_number: context.issue.number,
              owner: context.repo.owner,
              repo: context.repo.repo,
              body: 'Preview: https://pr-' + context.issue.number + '.preview.acme.io'
            })
```""")),
(C, [u("add an index on orders(customer_id, created_at) in a migration"),
     a("Added `migrations/0057_orders_customer_created_idx.sql` with `CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_customer_created_idx ON orders (customer_id, created_at DESC);`."),
     u("migration failed on deploy:\n\n```\nERROR:  CREATE INDEX CONCURRENTLY cannot run inside a transaction block\n```\nhow do I get it through?")]),
(C, u(r"""Spring Boot fails to start after I moved the class into another package:

```
***************************
APPLICATION FAILED TO START
***************************
Description:
Field paymentGateway in com.acme.shop.checkout.CheckoutService required a bean of type 'com.acme.payments.PaymentGateway' that could not be found.
```
main class is `com.acme.shop.ShopApplication`""")),
(C, u(r"""Warum ist `count` am Ende immer 0? Ich erhöhe es doch im Callback

```js
let count = 0;
items.forEach(async (it) => {
  const ok = await validate(it);
  if (ok) count++;
});
console.log(count);
```""")),
(C, u(r"""which part of this webpack diff broke the build? error is `Module not found: Error: Can't resolve '@/components/Button'`

```diff
--- a/webpack.config.js
+++ b/webpack.config.js
@@ -18,9 +18,9 @@ module.exports = {
   resolve: {
     extensions: ['.ts', '.tsx', '.js'],
-    alias: {
-      '@': path.resolve(__dirname, 'src'),
-    },
+    alias: [
+      { name: '@', alias: path.resolve(__dirname, 'src') },
+    ],
   },
```""")),
(C, u(r"""Terraform apply でエラーが出ます。どうすれば通りますか：

```
Error: creating EC2 Instance: InvalidParameterCombination: The parameter iops is not supported for gp2 volumes.
│   with aws_instance.bastion,
│   on main.tf line 12, in resource "aws_instance" "bastion":
```

```hcl
root_block_device {
  volume_type = "gp2"
  volume_size = 30
  iops        = 3000
}
```""")),
(C, u(r"""Since bumping this in go.mod, `go build` fails with `undefined: otel.Tracer`... which line?

```diff
--- a/go.mod
+++ b/go.mod
@@ -6,9 +6,9 @@ require (
 	github.com/jackc/pgx/v5 v5.5.5
-	go.opentelemetry.io/otel v1.11.2
-	go.opentelemetry.io/otel/trace v1.11.2
+	go.opentelemetry.io/otel v1.28.0
+	go.opentelemetry.io/otel/trace v1.11.2
 	go.uber.org/zap v1.27.0
 )
```""")),
(C, u(r"""this diff broke the password reset emails, they now link to localhost. which line?

```diff
diff --git a/app/mailers/reset.py b/app/mailers/reset.py
--- a/app/mailers/reset.py
+++ b/app/mailers/reset.py
@@ -6,9 +6,9 @@ from app.config import settings
 def send_reset(user, token):
-    link = f"{settings.PUBLIC_URL}/reset?token={token}"
+    link = url_for("reset_password", token=token, _external=True)
     body = render("reset.txt", link=link, name=user.first_name)
     mail.send(to=user.email, subject="Reset your password", body=body)
```
app runs behind an nginx proxy that terminates TLS""")),
(C, u(r"""why does this return the wrong row? I want the most recent active subscription, but I get an old cancelled one sometimes

```python
sub = (Subscription.query
       .filter_by(user_id=uid)
       .filter(Subscription.status == "active" or Subscription.status == "trialing")
       .order_by(Subscription.started_at.desc())
       .first())
```""")),
(C, u(r"""Swift compile error I can't get past:

```
error: Main actor-isolated property 'items' can not be mutated from a Sendable closure
```
```swift
@MainActor final class FeedModel: ObservableObject {
    @Published var items: [Item] = []
    func load() {
        Task.detached {
            let fresh = try await API.feed()
            self.items = fresh
        }
    }
}
```""")),
(C, u(r"""Since we merged this lockfile change, `pytest` crashes on import with `AttributeError: module 'numpy' has no attribute 'float'`. How do I fix it without reverting?

```diff
--- a/requirements.lock
+++ b/requirements.lock
@@ -14,3 +14,3 @@ idna==3.7
-numpy==1.23.5
+numpy==1.26.4
 pandas==1.5.3
```""")),
(C, [u("is this Dockerfile healthcheck right?\n\n```dockerfile\nHEALTHCHECK --interval=10s CMD curl -f http://localhost:8080/health || exit 1\n```"),
     a("Syntax is right: every 10s Docker runs the command inside the container and marks it unhealthy after 3 consecutive failures (the default retries). It depends on `curl` existing in the image and the app listening on 8080 inside the container."),
     u("well the container is stuck at `unhealthy` forever but the app responds fine from my laptop on :8080. the image is distroless. why?")]),
(C, [cc("write module docs for payments/", d=4),
     at("Let me see what's in the module.", ("Bash", {"command": "ls payments/ && wc -l payments/*.py"})),
     tr((M.REJECT, True), text=M.INTERRUPTED),
     u(r"""forget the docs, prod is throwing this since the 14:00 deploy. is it this change?

```
Traceback (most recent call last):
  File "/app/payments/webhooks.py", line 31, in stripe_webhook
    amount = Decimal(evt["data"]["object"]["amount_received"]) / 100
KeyError: 'amount_received'
```

```diff
--- a/payments/webhooks.py
+++ b/payments/webhooks.py
@@ -24,10 +24,10 @@ def stripe_webhook(request):
     evt = verify(request)
-    if evt["type"] != "payment_intent.succeeded":
+    if evt["type"] not in ("payment_intent.succeeded", "charge.refunded"):
         return HttpResponse(status=204)
     obj = evt["data"]["object"]
     amount = Decimal(evt["data"]["object"]["amount_received"]) / 100
```""")]),
(C, [cc("ledger-api in payments is in CrashLoopBackOff, have a look", d=0),
     at("", ("Bash", {"command": "kubectl -n payments get pods -l app=ledger-api && kubectl -n payments describe pod -l app=ledger-api | grep -A6 'Last State'"})),
     tr("NAME                          READY   STATUS             RESTARTS      AGE\nledger-api-6f9c7d8b5-2xkqp    0/1     CrashLoopBackOff   7 (41s ago)   12m\nledger-api-6f9c7d8b5-h8r4m    0/1     CrashLoopBackOff   7 (38s ago)   12m\n    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137\n      Started:      Tue, 03 Mar 2026 10:12:08 +0000\n      Finished:     Tue, 03 Mar 2026 10:12:31 +0000\n"),
     at("", ("Bash", {"command": "kubectl -n payments get deploy ledger-api -o yaml | sed -n '/containers:/,/readinessProbe/p'"})),
     tr(M.K8S_DEPLOY.split("    spec:\n", 1)[1]),
     u("but JAVA_OPTS caps the heap at 1g, so why is it being OOMKilled?")]),
]
