"""debugging: something is wrong -- errors, crashes, wrong results, flaky tests, regressions,
environment problems.  Many of these carry cues that point elsewhere ("review", "explain",
"write a test") while the real intent is finding out why something misbehaves."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

C = "debugging"
EXAMPLES = []

# 1 "review" cue, wrong user returned
EXAMPLES.append(ex(C,
    U(REM(), OPEN("accounts/auth.py"), "show me get_current_user"),
    A(Grep("def get_current_user", "accounts/", "content", **{"-n": True, "-A": 12})),
    U(Res('''accounts/auth.py:31:_cache = {}
accounts/auth.py-32-
accounts/auth.py-33-def get_current_user(request):
accounts/auth.py-34-    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
accounts/auth.py-35-    key = token[:16]
accounts/auth.py-36-    if key in _cache:
accounts/auth.py-37-        return _cache[key]
accounts/auth.py-38-    claims = jwt.decode(token, settings.JWT_KEY, algorithms=["HS256"])
accounts/auth.py-39-    user = User.objects.get(pk=claims["sub"])
accounts/auth.py-40-    _cache[key] = user
accounts/auth.py-41-    return user''')),
    A("`get_current_user` decodes the bearer JWT, loads the user, and memoizes the result in a module-level dict keyed by the token's first 16 characters."),
    U("can you review why this returns the wrong user sometimes? like user A hits /me and gets user B's profile. only happens in prod, never locally"),
))

# 2 "explain" cue, RefCell double borrow
EXAMPLES.append(ex(C, '''explain why this crashes

```rust
use std::cell::RefCell;
use std::rc::Rc;

struct Node { val: i32, children: Vec<Rc<RefCell<Node>>> }

fn bump_all(n: &Rc<RefCell<Node>>) {
    let mut node = n.borrow_mut();
    node.val += 1;
    for c in node.children.iter() {
        bump_all(c);
    }
}

fn main() {
    let root = Rc::new(RefCell::new(Node { val: 0, children: vec![] }));
    root.borrow_mut().children.push(root.clone());
    bump_all(&root);
}
```

thread 'main' panicked at src/main.rs:7:22:
already borrowed: BorrowMutError'''))

# 3 implicit: counts lower than CDN under load
EXAMPLES.append(ex(C,
    U(REM(), "where do we count page hits for the analytics endpoint"),
    A(Grep("func \\(s \\*Stats\\)", "internal/analytics", "content", **{"-n": True, "-A": 8})),
    U(Res('''internal/analytics/stats.go:22:func (s *Stats) Hit(path string) {
internal/analytics/stats.go-23-	s.mu.Lock()
internal/analytics/stats.go-24-	n := s.hits[path]
internal/analytics/stats.go-25-	s.mu.Unlock()
internal/analytics/stats.go-26-	s.mu.Lock()
internal/analytics/stats.go-27-	s.hits[path] = n + 1
internal/analytics/stats.go-28-	s.mu.Unlock()
internal/analytics/stats.go-29-}
internal/analytics/stats.go:31:func (s *Stats) Snapshot() map[string]int {''')),
    A("Hits are counted in `(*Stats).Hit` in `internal/analytics/stats.go`, with a per-path counter in a map guarded by `s.mu`."),
    U("hm, 3% lower than the CDN logs under load. at low traffic they match exactly"),
))

# 4 "write a test that reproduces this bug"
EXAMPLES.append(ex(C, '''write a test that reproduces this bug first, then we fix it. ticket says: "invoice total shows 10.00 but line items add up to 9.99 when there are 3 items at 3.33". 

```ts
export function invoiceTotal(items: { price: number; qty: number }[]): string {
  const sum = items.reduce((acc, i) => acc + i.price * i.qty, 0);
  return (Math.round(sum * 10) / 10).toFixed(2);
}
```'''))

# 5 tool loop, still failing after assistant's edit
EXAMPLES.append(ex(C,
    U(REM(), "test_parse_dates is failing on my branch, fix it"),
    A("Let me run the failing test first.",
      Bash("pytest tests/test_dates.py::test_parse_dates -x -q", "Run the failing test")),
    U(Res('''F
=================================== FAILURES ===================================
_______________________________ test_parse_dates _______________________________
    def test_parse_dates():
>       assert parse_date("03/04/2025") == date(2025, 4, 3)
E       AssertionError: assert datetime.date(2025, 3, 4) == datetime.date(2025, 4, 3)
tests/test_dates.py:12: AssertionError
1 failed in 0.21s''')),
    A("The parser is reading month-first. I'll pass `dayfirst=True`.",
      Edit("/home/lena/proj/billing/dates.py", "return dateutil.parser.parse(s).date()",
           "return dateutil.parser.parse(s, dayfirst=True).date()")),
    U(Res(edited("/home/lena/proj/billing/dates.py", "def parse_date(s: str) -> date:\n    return dateutil.parser.parse(s, dayfirst=True).date()", 14))),
    A("Fixed: `parse_date` now uses `dayfirst=True`, so `03/04/2025` parses as 3 April."),
    U(REM(), '''still failing, different assertion now

E       AssertionError: assert datetime.date(2025, 12, 1) == datetime.date(2025, 1, 12)
>       assert parse_date("2025-01-12") == date(2025, 1, 12)'''),
))

# 6 tool loop, CI-only failure after npm ci
EXAMPLES.append(ex(C,
    U("can you bump eslint to v9 in the web package"),
    A("I'll update the dependency and reinstall.",
      Edit("/repo/web/package.json", '"eslint": "^8.57.0"', '"eslint": "^9.14.0"')),
    U(Res(edited("/repo/web/package.json", '    "eslint": "^9.14.0",\n    "eslint-plugin-react": "^7.33.2",', 41))),
    A(Bash("cd web && npm install", "Install updated deps")),
    U(Res('''added 12 packages, removed 31 packages, changed 9 packages in 6s
found 0 vulnerabilities''')),
    A("Done, eslint is on 9.14 and installs cleanly."),
    U('''works locally but CI blows up on the install step:

npm ERR! code ERESOLVE
npm ERR! ERESOLVE could not resolve
npm ERR! While resolving: eslint-config-airbnb@19.0.4
npm ERR! Found: eslint@9.14.0
npm ERR! node_modules/eslint
npm ERR!   dev eslint@"^9.14.0" from the root project
npm ERR! Could not resolve dependency:
npm ERR! peer eslint@"^7.32.0 || ^8.2.0" from eslint-config-airbnb@19.0.4

why does my machine not care'''),
))

# 7 spring boot NPE, long
EXAMPLES.append(ex(C, '''started after bumping spring boot 3.2 -> 3.3, nothing else changed (allegedly)

```
2026-11-20T09:14:03.221Z ERROR 1 --- [order-svc] [nio-8080-exec-4] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.NullPointerException: Cannot invoke "com.acme.orders.pricing.TaxTable.rateFor(String)" because "this.taxTable" is null] with root cause

java.lang.NullPointerException: Cannot invoke "com.acme.orders.pricing.TaxTable.rateFor(String)" because "this.taxTable" is null
	at com.acme.orders.pricing.PriceCalculator.taxFor(PriceCalculator.java:58)
	at com.acme.orders.pricing.PriceCalculator.total(PriceCalculator.java:41)
	at com.acme.orders.api.OrderController.quote(OrderController.java:77)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
	at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
	at org.springframework.web.method.support.InvocableHandlerMethod.invokeForRequest(InvocableHandlerMethod.java:188)
	at org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
	at org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.invokeHandlerMethod(RequestMappingHandlerAdapter.java:926)
	at org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter.handleInternal(RequestMappingHandlerAdapter.java:831)
	at org.springframework.web.servlet.mvc.method.AbstractHandlerMethodAdapter.handle(AbstractHandlerMethodAdapter.java:87)
	at org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
	at org.springframework.web.servlet.DispatcherServlet.doService(DispatcherServlet.java:979)
	at org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
	at org.springframework.web.servlet.FrameworkServlet.doGet(FrameworkServlet.java:903)
	at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:564)
	at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)
	at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)
	at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:195)
	at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:140)
	at org.springframework.web.filter.RequestContextFilter.doFilterInternal(RequestContextFilter.java:100)
	at org.springframework.web.filter.OncePerRequestFilter.doFilter(OncePerRequestFilter.java:116)
	at org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:167)
	at org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)
	at org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:340)
	at org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:391)
	at java.base/java.lang.Thread.run(Thread.java:1583)
```

```java
@Component
public class PriceCalculator {
    @Autowired
    private TaxTable taxTable;

    private final DiscountPolicy discounts;

    public PriceCalculator(DiscountPolicy discounts) {
        this.discounts = discounts;
    }

    @PostConstruct
    void warm() { /* ... */ }

    public Money total(Cart cart) {
        Money net = discounts.apply(cart.subtotal());
        return net.plus(taxFor(cart));
    }

    Money taxFor(Cart cart) {
        return cart.subtotal().times(taxTable.rateFor(cart.region()));
    }
}
```

the OrderController does `new PriceCalculator(discountPolicy)` in one place for the quote endpoint btw, not sure that matters'''))

# 8 es: docker compose postgres role
EXAMPLES.append(ex(C, '''me sale esto al hacer docker compose up y la api no arranca

api-1  | sqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "db" (172.18.0.2), port 5432 failed: FATAL:  role "app" does not exist
db-1   | 2026-11-21 10:02:11.512 UTC [61] FATAL:  role "app" does not exist

en el compose tengo POSTGRES_USER=app y POSTGRES_PASSWORD=secret, antes funcionaba con el usuario postgres. ya reinicié todo dos veces'''))

# 9 de: integer division
EXAMPLES.append(ex(C, '''Warum kommt hier immer 0 % raus? Die Zahlen in der DB stimmen.

```java
int done = repo.countByStatus(Status.DONE);
int total = repo.count();
double progress = done / total * 100;
label.setText(String.format("%.1f %%", progress));
```'''))

# 10 tool loop, gen earlier then blank page
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/pages/Orders.tsx"), "add a status filter dropdown to the orders page, options come from /api/order-statuses"),
    A("I'll add a `useQuery` for the statuses and a `<select>` above the table.",
      Edit("src/pages/Orders.tsx",
           "  const { data: orders } = useQuery(['orders'], fetchOrders);",
           "  const { data: orders } = useQuery(['orders', status], () => fetchOrders({ status }));\n  const { data: statuses } = useQuery(['order-statuses'], fetchStatuses);")),
    U(Res(edited("src/pages/Orders.tsx", "  const [status, setStatus] = useState<string | null>(null);\n  const { data: orders } = useQuery(['orders', status], () => fetchOrders({ status }));\n  const { data: statuses } = useQuery(['order-statuses'], fetchStatuses);", 18))),
    A("Added the dropdown; it renders `statuses.map(...)` into `<option>`s and refetches orders when the value changes."),
    U("now the page is just white. console:\n\nUncaught TypeError: Cannot read properties of undefined (reading 'map')\n    at Orders (Orders.tsx:52:27)"),
))

# 11 flaky jest test
EXAMPLES.append(ex(C,
    U(REM(), "pull the failed CI log for the last run on my branch"),
    A(Bash("gh run view $(gh run list -b fix/sessions -L1 --json databaseId -q '.[0].databaseId') --log-failed | tail -25", "Show failed CI log")),
    U(Res('''test	Run npm test	 FAIL  src/auth/session.test.js
test	Run npm test	  ● session expires after 15 minutes
test	Run npm test	
test	Run npm test	    expect(received).toBe(expected) // Object.is equality
test	Run npm test	
test	Run npm test	    Expected: true
test	Run npm test	    Received: false
test	Run npm test	
test	Run npm test	      5 |   const later = Date.now() + 15 * 60 * 1000;
test	Run npm test	      6 |   jest.spyOn(Date, 'now').mockReturnValue(later);
test	Run npm test	    > 7 |   expect(s.isExpired()).toBe(true);
test	Run npm test	        |                         ^
test	Run npm test	
test	Run npm test	Tests:       1 failed, 211 passed, 212 total''')),
    A("On CI, `session expires after 15 minutes` got `isExpired() === false` right after `Date.now` was mocked to 15 minutes later.",
      Read("src/auth/session.js")),
    U(Res(lines('''export function createSession({ userId }) {
  const createdAt = new Date();
  return {
    userId,
    isExpired: () => Date.now() - createdAt.getTime() > 15 * 60 * 1000,
  };
}'''))),
    A("`createSession` records `createdAt` with `new Date()` and `isExpired` compares `Date.now()` against it with a strict `>`."),
    U("passes locally every time, fails like 1 in 5 on CI. no idea"),
))

# 12 p99 regression after merge
EXAMPLES.append(ex(C, '''p99 on GET /projects went from ~40ms to 900ms right after this got merged. the diff looked harmless in review

```diff
 class ProjectSerializer(serializers.ModelSerializer):
+    owner_name = serializers.SerializerMethodField()
+    open_issues = serializers.SerializerMethodField()
+
+    def get_owner_name(self, obj):
+        return obj.owner.get_full_name()
+
+    def get_open_issues(self, obj):
+        return obj.issues.filter(state="open").count()
+
     class Meta:
         model = Project
-        fields = ["id", "name", "created_at"]
+        fields = ["id", "name", "created_at", "owner_name", "open_issues"]
```'''))

# 13 implicit: laptop fan, infinite render loop
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/settings/Settings.jsx"), "read the settings page component"),
    A(Read("src/settings/Settings.jsx")),
    U(Res(lines('''function Settings({ userId }) {
  const [prefs, setPrefs] = useState({});
  const options = { userId, include: ['theme', 'locale'] };

  useEffect(() => {
    fetchPrefs(options).then(setPrefs);
  }, [options]);

  return <PrefsForm value={prefs} onChange={setPrefs} />;
}'''))),
    A("`Settings` loads the user's preferences with `fetchPrefs` in an effect and renders them in `PrefsForm`."),
    U("my laptop fan goes brrr whenever this page is open and the network tab is an endless wall of /api/prefs"),
))

# 14 terraform recreate every time
EXAMPLES.append(ex(C, '''every single plan wants to destroy and recreate the rds instance even right after an apply. nobody touched it

```
  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ arn                      = "arn:aws:rds:eu-west-1:1234:db:main" -> (known after apply)
      ~ engine_version           = "15.4" -> "15"
      ~ id                       = "main" -> (known after apply)
      ~ snapshot_identifier      = "main-2026-09-01" -> null # forces replacement
        # (31 unchanged attributes hidden)
    }
```

```hcl
resource "aws_db_instance" "main" {
  identifier          = "main"
  engine              = "postgres"
  engine_version      = "15"
  instance_class      = "db.r6g.large"
  allocated_storage   = 200
  # snapshot_identifier = "main-2026-09-01"
}
```'''))

# 15 k8s OOMKilled
EXAMPLES.append(ex(C, '''pod keeps restarting, logs are empty when it dies

```
$ kubectl describe pod report-worker-7d9c6b7f5-x2kqp
...
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Thu, 26 Nov 2026 08:12:40 +0000
      Finished:     Thu, 26 Nov 2026 08:13:02 +0000
    Ready:          False
    Restart Count:  14
    Limits:
      memory:  512Mi
    Requests:
      cpu:     250m
      memory:  256Mi
    Environment:
      JAVA_TOOL_OPTIONS:  -Xmx1g
```'''))

# 16 github actions cache never hits (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "ci takes 11 minutes, most of it is pip install. look at the workflow"),
    A(Read("/home/dev/svc/.github/workflows/ci.yml")),
    U(Res(lines('''name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - uses: actions/cache@v4
        with:
          path: ~/.cache/pip
          key: pip-${{ runner.os }}-${{ github.sha }}
          restore-keys: pip-${{ runner.os }}-${{ github.sha }}
      - run: pip install -r requirements.txt
      - run: pytest -q'''))),
    A("There is a cache step. Let me check whether it actually restores on recent runs.",
      Bash("gh run view --log --job $(gh run list -L1 --json databaseId -q '.[0].databaseId') | grep -i cache | head", "Check cache step logs")),
    U(Res('''test  Cache  Cache not found for input keys: pip-Linux-4e1f0c2a9b, pip-Linux-4e1f0c2a9b
test  Post Cache  Cache saved with key: pip-Linux-4e1f0c2a9b'''),
      "so it saves every run and never finds it?? what's going on"),
))

# 17 rust E0502 terse
EXAMPLES.append(ex(C, '''wtf

error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable
  --> src/inventory.rs:31:13
   |
29 |         for item in self.items.iter() {
   |                     -----------------
   |                     |
   |                     immutable borrow occurs here
   |                     immutable borrow later used here
30 |             if item.qty == 0 {
31 |                 self.items.remove(item.id);
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here'''))

# 18 pytest ModuleNotFoundError, ide
EXAMPLES.append(ex(C,
    U(REM(), OPEN("tests/test_pipeline.py"), '''pytest can't find my package but python -c "import src.pipeline" works from the same folder??

ImportError while importing test module '/Users/kai/etl/tests/test_pipeline.py'.
Hint: make sure your test modules/packages have valid Python names.
Traceback:
/opt/homebrew/Cellar/python@3.12/3.12.7/Frameworks/Python.framework/Versions/3.12/lib/python3.12/importlib/__init__.py:90: in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
tests/test_pipeline.py:3: in <module>
    from src.pipeline import run
E   ModuleNotFoundError: No module named 'src'
''')))

# 19 tool loop: go race detector
EXAMPLES.append(ex(C,
    U(REM(), "run the tests in ./internal/cache with -race, something's off with it"),
    A(Bash("go test -race -count=1 ./internal/cache/...", "Run cache tests with race detector")),
    U(Res('''==================
WARNING: DATA RACE
Write at 0x00c0001a4090 by goroutine 23:
  runtime.mapassign_faststr()
      /usr/local/go/src/runtime/map_faststr.go:223 +0x0
  github.com/tessel/api/internal/cache.(*LRU).Set()
      /src/internal/cache/lru.go:48 +0x1a4
  github.com/tessel/api/internal/cache.TestConcurrentSet.func1()
      /src/internal/cache/lru_test.go:71 +0x8c

Previous read at 0x00c0001a4090 by goroutine 22:
  runtime.mapaccess2_faststr()
      /usr/local/go/src/runtime/map_faststr.go:117 +0x0
  github.com/tessel/api/internal/cache.(*LRU).Get()
      /src/internal/cache/lru.go:33 +0x6c
==================
--- FAIL: TestConcurrentSet (0.02s)
    testing.go:1465: race detected during execution of test
FAIL
FAIL	github.com/tessel/api/internal/cache	0.412s''', )),
    A("The race detector reports a concurrent map read in `Get` and write in `Set` in `lru.go`.",
      Read("/src/internal/cache/lru.go", offset=25, limit=30)),
    U(Res(lines('''func (c *LRU) Get(key string) (any, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	el, ok := c.items[key]
	if !ok {
		return nil, false
	}
	c.order.MoveToFront(el)
	return el.Value.(*entry).val, true
}

func (c *LRU) Set(key string, val any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if el, ok := c.items[key]; ok {
		el.Value.(*entry).val = val
		c.order.MoveToFront(el)
		return
	}
	c.items[key] = c.order.PushFront(&entry{key, val})
}''', 25))),
    A("`Get` and `Set` both take the lock, so the map accesses look guarded."),
    U("but Get is mutating the list under a read lock, isn't that the actual problem? prod has been returning stale entries"),
))

# 20 C strtok segfault
EXAMPLES.append(ex(C, '''works on my mac, segfaults on the debian box

```c
#include <stdio.h>
#include <string.h>

int count_fields(const char *line) {
    int n = 0;
    char *tok = strtok((char *)line, ",");
    while (tok) { n++; tok = strtok(NULL, ","); }
    return n;
}

int main(void) {
    printf("%d\\n", count_fields("a,b,c,d"));
    return 0;
}
```

gcc -O2 main.c && ./a.out
Segmentation fault (core dumped)'''))

# 21 C++ iterator invalidation, garbage output
EXAMPLES.append(ex(C, '''every few runs the output has garbage in it like "task-3, task-3, ��@" and sometimes it's fine. compiled with clang++ -std=c++20 -O2

```cpp
std::vector<std::string> expand(std::vector<std::string> tasks) {
    for (auto it = tasks.begin(); it != tasks.end(); ++it) {
        if (it->ends_with("*")) {
            auto base = it->substr(0, it->size() - 1);
            tasks.push_back(base + "-a");
            tasks.push_back(base + "-b");
        }
    }
    return tasks;
}
```'''))

# 22 swift UI freeze
EXAMPLES.append(ex(C, '''tapping "Sync now" freezes the whole app for like 4 seconds, then it works. no crash, nothing in the console

```swift
@IBAction func syncTapped(_ sender: UIButton) {
    spinner.startAnimating()
    let data = try? Data(contentsOf: URL(string: "https://api.notely.app/v2/sync?since=\\(lastSync)")!)
    if let data, let notes = try? JSONDecoder().decode([Note].self, from: data) {
        store.merge(notes)
        tableView.reloadData()
    }
    spinner.stopAnimating()
}
```'''))

# 23 kotlin cancel does nothing
EXAMPLES.append(ex(C, '''the cancel button does nothing, upload keeps going till 100%. job.cancel() is definitely called (I logged it)

```kotlin
fun startUpload(file: File) {
    job = scope.launch(Dispatchers.IO) {
        val input = file.inputStream()
        val buf = ByteArray(64 * 1024)
        var sent = 0L
        while (true) {
            val n = input.read(buf)
            if (n < 0) break
            socket.getOutputStream().write(buf, 0, n)
            sent += n
            withContext(Dispatchers.Main) { progress.value = sent * 100 / file.length() }
        }
    }
}

fun cancelUpload() { job?.cancel() }
```

wait actually the progress stops updating but the bytes keep going out (checked with the server log)'''))

# 24 elixir genserver timeout (long)
EXAMPLES.append(ex(C, '''this shows up a few times an hour since we moved the price refresh into the GenServer

```
[error] GenServer #PID<0.2281.0> terminating
** (stop) exited in: GenServer.call(Shop.PriceCache, {:get, "SKU-88213"}, 5000)
    ** (EXIT) time out
    (elixir 1.17.2) lib/gen_server.ex:1128: GenServer.call/3
    (shop 0.9.1) lib/shop/cart.ex:44: Shop.Cart.line_total/1
    (elixir 1.17.2) lib/enum.ex:1703: Enum."-map/2-lists^map/1-1-"/2
    (shop 0.9.1) lib/shop/cart.ex:31: Shop.Cart.total/1
    (shop_web 0.9.1) lib/shop_web/live/cart_live.ex:58: ShopWeb.CartLive.handle_event/3
    (phoenix_live_view 0.20.17) lib/phoenix_live_view/channel.ex:509: anonymous fn/3 in Phoenix.LiveView.Channel.view_handle_event/3
Last message: %Phoenix.Socket.Message{topic: "lv:phx-F9a2", event: "event", payload: %{"event" => "inc", "type" => "click", "value" => %{"sku" => "SKU-88213"}}, ref: "14", join_ref: "4"}
```

```elixir
defmodule Shop.PriceCache do
  use GenServer

  def init(_), do: {:ok, %{}, {:continue, :schedule}}
  def handle_continue(:schedule, s), do: (Process.send_after(self(), :refresh, 60_000); {:noreply, s})

  def get(sku), do: GenServer.call(__MODULE__, {:get, sku})

  def handle_call({:get, sku}, _from, prices), do: {:reply, Map.get(prices, sku), prices}

  def handle_info(:refresh, _old) do
    prices = Shop.Supplier.fetch_all_prices()   # HTTP, ~20k skus
    Process.send_after(self(), :refresh, 60_000)
    {:noreply, prices}
  end
end
```'''))

# 25 ruby DST one hour off
EXAMPLES.append(ex(C, '''timestamps in the csv export are all exactly one hour off but only since last monday. before that they were right. we didn't deploy anything export-related

```ruby
def export_row(order)
  [
    order.id,
    order.created_at.in_time_zone("Europe/Berlin").strftime("%Y-%m-%d %H:%M"),
    Time.at(order.paid_at_epoch + 3600).utc.strftime("%Y-%m-%d %H:%M"),
    order.total.to_s
  ]
end
```

it's the paid_at column that's off, created_at is fine'''))

# 26 php array_search 0
EXAMPLES.append(ex(C, '''admin is always told "role not found" but only for the admin role lol

```php
$roles = ['admin', 'editor', 'viewer'];
$idx = array_search($user->role, $roles);
if (!$idx) {
    throw new RoleNotFound($user->role);
}
```'''))

# 27 SQL double counts revenue
EXAMPLES.append(ex(C,
    U(REM(), "show me the quarterly revenue query the finance dashboard uses"),
    A(Read("/repo/analytics/sql/revenue_by_customer.sql")),
    U(Res(lines('''-- used by: finance dashboard, "Revenue by customer (QTD)"
SELECT c.id, c.name, SUM(o.amount) AS revenue, MAX(a.country) AS country
FROM customers c
JOIN orders o ON o.customer_id = c.id
LEFT JOIN addresses a ON a.customer_id = c.id
WHERE o.created_at >= date_trunc('quarter', now())
GROUP BY c.id, c.name
ORDER BY revenue DESC;'''))),
    A("It sums each customer's orders for the current quarter and picks one country from their addresses."),
    U("finance says acme corp shows 2x what stripe says, a few others too. I think it's the customers with more than one address?"),
))

# 28 bash cron
EXAMPLES.append(ex(C, '''runs fine when i run it by hand, from cron it creates an empty tarball every night

```bash
#!/bin/bash
cd ~/sites/blog
tar czf backups/blog-$(date +%F).tar.gz content/ uploads/
aws s3 cp backups/blog-$(date +%F).tar.gz s3://my-backups/blog/
```

crontab: `0 3 * * * /home/rita/bin/backup-blog.sh`

and the mail from cron says `aws: command not found`'''))

# 29 fr gradle jdk 21
EXAMPLES.append(ex(C, '''Le build Gradle plante depuis que je suis passé au JDK 21, le projet n'a pas bougé :

FAILURE: Build failed with an exception.

* What went wrong:
Could not open cp_settings generic class cache for settings file '/home/julien/dev/factu/settings.gradle' (/home/julien/.gradle/caches/7.4.2/scripts/4k2x).
> BUG! exception in phase 'semantic analysis' in source unit '_BuildScript_' Unsupported class file major version 65

j'ai déjà supprimé ~/.gradle/caches, même résultat'''))

# 30 zh 502 occasional
EXAMPLES.append(ex(C, '''为什么这个接口偶尔返回 502？大概每几百个请求出现一次，后端日志里根本没有对应的请求

nginx error.log:
2026/11/24 15:32:10 [error] 29#29: *88121 upstream prematurely closed connection while reading response header from upstream, client: 10.0.3.17, server: api.internal, request: "POST /v1/orders HTTP/1.1", upstream: "http://10.0.5.21:8000/v1/orders"

upstream 配置:
```
upstream app {
    server 10.0.5.21:8000;
    keepalive 64;
}
location / {
    proxy_pass http://app;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
}
```
后端是 gunicorn + uvicorn worker，keep-alive 设置的是默认值'''))

# 31 ja timezone test (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "CIでだけ落ちるテストがある。見てくれる？ tests/report.test.ts"),
    A(Bash("npx vitest run tests/report.test.ts", "Run the report tests")),
    U(Res(''' ✓ tests/report.test.ts > formats header (3 ms)
 ✓ tests/report.test.ts > groups by day (5 ms)

 Test Files  1 passed (1)
      Tests  2 passed (2)''')),
    A("Locally both tests pass. Let me try it with CI's timezone.",
      Bash("TZ=UTC npx vitest run tests/report.test.ts", "Run with UTC timezone")),
    U(Res(''' ✓ tests/report.test.ts > formats header (2 ms)
 × tests/report.test.ts > groups by day (6 ms)
   → expected [ '2026-03-01', '2026-03-01' ] to deeply equal [ '2026-03-01', '2026-03-02' ]

 Test Files  1 failed (1)
      Tests  1 failed | 1 passed (2)'''),
      "あ、これだ。TZ=UTCだと落ちる。groupByDayのどこがおかしいの？"),
))

# 32 ko images not loading after deploy
EXAMPLES.append(ex(C, '''배포하고 나서 상품 이미지가 하나도 안 떠요. 로컬에선 잘 나옴

브라우저 콘솔:
GET https://shop.example.kr/_next/image?url=https%3A%2F%2Fcdn.shopimg.kr%2Fp%2F8812.jpg&w=640&q=75 400 (Bad Request)

next.config.js
```js
module.exports = {
  images: {
    domains: ['localhost', 'cdn-dev.shopimg.kr'],
  },
}
```'''))

# 33 ru pandas merge more rows
EXAMPLES.append(ex(C, '''почему после merge строк стало больше, чем было в orders? было 120к, стало 134к, хотя я делаю left join

```python
df = orders.merge(customers[["customer_id", "segment"]], on="customer_id", how="left")
print(len(orders), len(df))  # 120331 134902
```'''))

# 34 pl celery task runs twice
EXAMPLES.append(ex(C, '''mam problem: niektóre taski w celery wykonują się dwa razy (klienci dostają dwa maile). Dzieje się to tylko przy dłuższych taskach, takich co trwają > 1h

```python
app = Celery("shop", broker="redis://redis:6379/0")
app.conf.task_acks_late = True
app.conf.worker_prefetch_multiplier = 1

@app.task
def send_monthly_report(account_id):
    build_report(account_id)   # potrafi trwać 70-90 min
    send_mail(account_id)
```'''))

# 35 tr login redirect loop (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("server/auth.js"), "login sonrası sürekli tekrar login sayfasına atıyor, sadece production'da. bakar mısın"),
    A("Let me look at how the session cookie is set.",
      Grep("cookie\\(|session\\(", "server/", "content", **{"-n": True})),
    U(Res('''server/auth.js:14:app.use(session({ secret: process.env.SESSION_SECRET, resave: false, saveUninitialized: false,
server/auth.js:15:  cookie: { secure: true, sameSite: 'none', httpOnly: true, maxAge: 86400000 } }));
server/auth.js:42:    res.cookie('csrf', token, { sameSite: 'strict' });''')),
    A("The cookie is `secure: true`. Is the app behind a proxy/load balancer in production?",
      ),
    U("evet, heroku arkasında. ama localde de https kullanıyorum, orada sorun yok"),
))

# 36 hinglish function returns None
EXAMPLES.append(ex(C, '''yaar ye function kabhi kabhi None return kar raha hai aur downstream sab phat jaata hai, samajh nahi aa raha kyun

```python
def pick_discount(cart, coupons):
    best = None
    for c in coupons:
        if c.applies_to(cart):
            if best is None or c.value > best.value:
                best = c
    if best:
        return best.value
    elif cart.is_first_order:
        return 10
```'''))

# 37 vi alembic duplicate column
EXAMPLES.append(ex(C, '''mình chạy `alembic upgrade head` trên staging thì bị lỗi này, local chạy ngon:

sqlalchemy.exc.ProgrammingError: (psycopg2.errors.DuplicateColumn) column "archived_at" of relation "projects" already exists
[SQL: ALTER TABLE projects ADD COLUMN archived_at TIMESTAMP WITHOUT TIME ZONE]

`alembic current` trên staging ra `3f1c9a2e7b10` còn head là `9d02ab44c1e3`. có ai đó đã thêm cột bằng tay không nhỉ? làm sao để qua được'''))

# 38 pt stripe webhook signature
EXAMPLES.append(ex(C, '''o webhook do stripe falha com "No signatures found matching the expected signature for payload" só em produção. o secret tá certo, já conferi três vezes

```js
app.use(express.json());

app.post('/webhooks/stripe', express.raw({ type: 'application/json' }), (req, res) => {
  const sig = req.headers['stripe-signature'];
  let event;
  try {
    event = stripe.webhooks.constructEvent(req.body, sig, process.env.STRIPE_WH_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${err.message}`);
  }
  handle(event);
  res.json({ received: true });
});
```'''))

# 39 it slow query explain
EXAMPLES.append(ex(C, '''da quando la tabella events ha superato i 10 milioni di righe questa query ci mette 14 secondi. prima era istantanea. c'è l'indice su (account_id, created_at)

```sql
EXPLAIN ANALYZE
SELECT * FROM events
WHERE account_id = 4411 AND created_at::date = '2026-11-20'
ORDER BY created_at DESC LIMIT 50;
```
```
Limit  (cost=0.56..98231.22 rows=50 width=412) (actual time=14102.551..14102.580 rows=50 loops=1)
  ->  Index Scan Backward using events_account_created_idx on events  (cost=0.56..1843920.01 rows=939 width=412) (actual time=14102.549..14102.571 rows=50 loops=1)
        Index Cond: (account_id = 4411)
        Filter: ((created_at)::date = '2026-11-20'::date)
        Rows Removed by Filter: 2381990
Planning Time: 0.190 ms
Execution Time: 14102.634 ms
```'''))

# 40 nl cors only on staging (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "waarom krijg ik alleen op staging CORS errors? lokaal werkt alles"),
    A(Grep("CORS|allow_origins", "app/", "content", **{"-n": True})),
    U(Res('''app/main.py:22:app.add_middleware(CORSMiddleware, allow_origins=settings.CORS_ORIGINS, allow_credentials=True,
app/main.py:23:                   allow_methods=["*"], allow_headers=["*"])
app/settings.py:31:    CORS_ORIGINS: list[str] = ["http://localhost:5173"]''')),
    A(Bash("kubectl -n staging get configmap api-env -o jsonpath='{.data.CORS_ORIGINS}'", "Check staging CORS setting")),
    U(Res('''https://staging.klantportaal.nl/''')),
    A("Staging sets `CORS_ORIGINS` to `https://staging.klantportaal.nl/`."),
    U("ja dat is toch precies het domein van de frontend? de browser zegt: Access-Control-Allow-Origin header is missing"),
))

# 41 tool loop: session expires after 5 min
EXAMPLES.append(ex(C,
    U(REM(), "where do we set how long a login session lasts"),
    A(Grep("SESSION_TTL|session_ttl|expires_in", "src/", "content", **{"-n": True})),
    U(Res('''src/config/defaults.ts:18:  SESSION_TTL_MINUTES: 30,
src/auth/session.ts:41:  const expiresIn = config.SESSION_TTL_MINUTES * 60;
src/auth/session.ts:57:  redis.set(`sess:${id}`, JSON.stringify(data), 'EX', expiresIn / 60);
src/auth/refresh.ts:12:  if (Date.now() > session.expiresAt) return reject('expired');''')),
    A("It's `SESSION_TTL_MINUTES` in `src/config/defaults.ts` (30 minutes), used in `src/auth/session.ts` to compute `expiresIn` in seconds."),
    U("ok but support says people get kicked out after like 5 min of being idle, not 30. config on prod is definitely 30"),
))

# 42 cargo linker error, is_error
EXAMPLES.append(ex(C,
    U(REM(), "build the release binary"),
    A(Bash("cargo build --release", "Build release binary")),
    U(Err('''   Compiling openssl-sys v0.9.103
   Compiling reqwest v0.12.9
   Compiling fetchr v0.4.0 (/home/omar/fetchr)
error: linking with `cc` failed: exit status: 1
  |
  = note: /usr/bin/ld: cannot find -lssl: No such file or directory
          /usr/bin/ld: cannot find -lcrypto: No such file or directory
          collect2: error: ld returned 1 exit status

error: could not compile `fetchr` (bin "fetchr") due to 1 previous error''')),
    A("The link step fails because the OpenSSL libraries aren't found."),
    U("it built yesterday. I only reinstalled the OS on this machine (ubuntu 24.04). how do I get past this"),
))

# 43 follow-up after explanation -> debugging
EXAMPLES.append(ex(C,
    "what does this middleware do\n\n```go\nfunc Limit(next http.Handler) http.Handler {\n\treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n\t\tr.Body = http.MaxBytesReader(w, r.Body, 1<<20)\n\t\tnext.ServeHTTP(w, r)\n\t})\n}\n```",
    "It caps the request body at 1 MiB (`1<<20` bytes). `http.MaxBytesReader` wraps the body so that once more than 1 MiB has been read, further reads return an error and the server is told to close the connection after the response. Handlers that read the body see an `*http.MaxBytesError`.",
    "ok so is that why POST /upload just hangs forever with anything over 1mb? the client never gets a response at all, no 413 nothing",
))

# 44 "my reviewer says this is fine" but prod differs
EXAMPLES.append(ex(C, '''my reviewer signed off on this and honestly it looks right to me too, but prod logs say otherwise:

WARN  retrying charge ch_3QK.. attempt=1
WARN  retrying charge ch_3QK.. attempt=1
WARN  retrying charge ch_3QK.. attempt=1
... (forever)

```python
def charge_with_retry(charge_id, max_attempts=5):
    attempt = 0
    while attempt < max_attempts:
        try:
            return gateway.capture(charge_id)
        except GatewayTimeout:
            log.warning("retrying charge %s attempt=%d", charge_id, attempt + 1)
            time.sleep(2 ** attempt)
            continue
        attempt += 1
    raise ChargeFailed(charge_id)
```'''))

# 45 node memory leak
EXAMPLES.append(ex(C,
    U(REM(), "grab the last hour of logs from the notifications api pod"),
    A(Bash("kubectl -n notif logs deploy/notif-api --since=1h | grep -E 'WARN|heap|listener' | tail -40", "Fetch recent warning logs")),
    U(Res('''2026-11-26T07:02:11Z WARN heap_used_mb=1411 rss_mb=1720 uptime_s=18402
(node:1) MaxListenersExceededWarning: Possible EventEmitter memory leak detected. 11 order:update listeners added to [EventEmitter]. Use emitter.setMaxListeners() to increase limit
2026-11-26T07:12:11Z WARN heap_used_mb=1419 rss_mb=1731 uptime_s=19002
2026-11-26T07:22:11Z WARN heap_used_mb=1428 rss_mb=1740 uptime_s=19602
2026-11-26T07:32:11Z WARN heap_used_mb=1437 rss_mb=1751 uptime_s=20202
2026-11-26T07:42:11Z WARN heap_used_mb=1445 rss_mb=1760 uptime_s=20802
2026-11-26T07:52:11Z WARN heap_used_mb=1454 rss_mb=1772 uptime_s=21402''')),
    A("Heap grows by roughly 8–9 MB every 10 minutes, and there's a `MaxListenersExceededWarning` for `order:update`. Let me find who subscribes to that event.",
      Grep("order:update", "src/", "content", **{"-n": True, "-B": 4, "-A": 4})),
    U(Res('''src/routes/stream.js-8-app.get('/orders/:id/stream', (req, res) => {
src/routes/stream.js-9-  res.setHeader('Content-Type', 'text/event-stream');
src/routes/stream.js-10-  const onUpdate = (o) => {
src/routes/stream.js-11-    if (o.id === req.params.id) res.write(`data: ${JSON.stringify(o)}\\n\\n`);
src/routes/stream.js-12-  };
src/routes/stream.js:13:  bus.on('order:update', onUpdate);
src/routes/stream.js-14-});
--
src/orders/service.js-40-  await repo.save(order);
src/orders/service.js:41:  bus.emit('order:update', order);''')),
    A("Each request to `/orders/:id/stream` subscribes an `onUpdate` listener to `order:update`, and `service.js` emits that event on every order save."),
    U("and that's why the container gets OOM killed around 2am every night? the heap snapshot has thousands of closures holding ServerResponse objects"),
))

# 46 asyncio different loop (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("tests/conftest.py"), "run the integration tests"),
    A(Bash("pytest tests/integration -q", "Run integration tests")),
    U(Res('''..E.E
==================================== ERRORS ====================================
____________________ ERROR at setup of test_list_invoices _____________________
    @pytest_asyncio.fixture
    async def client(db_pool):
>       async with db_pool.acquire() as conn:
E       RuntimeError: Task <Task pending name='Task-7' coro=<_wrap_asyncgen_fixture.<locals>._asyncgen_fixture_wrapper.<locals>.setup()>> got Future <Future pending cb=[BaseProtocol._on_waiter_completed()]> attached to a different loop
tests/integration/conftest.py:31: RuntimeError
=========================== 3 passed, 2 errors in 1.84s ==========================''')),
    A("Two tests error in fixture setup: the `db_pool` fixture's future belongs to a different event loop than the test."),
    U(SEL("tests/conftest.py", 8, 14, '''@pytest_asyncio.fixture(scope="session")
async def db_pool():
    pool = await asyncpg.create_pool(DSN)
    yield pool
    await pool.close()'''), "is it this session scope thing? the first tests pass though which is what confuses me"),
))

# 47 pandas groupby drops NaN
EXAMPLES.append(ex(C, '''why are my totals short? the "unknown region" rows just vanish

```python
summary = sales.groupby("region")["amount"].sum()
print(sales["amount"].sum(), summary.sum())
# 1,482,310.50   1,301,977.25
```'''))

# 48 docker image size regression (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "image went from ~300MB to 2.3GB between yesterday and today, figure out what happened"),
    A(Bash("git log --oneline -5 -- Dockerfile .dockerignore", "Recent changes to Docker files")),
    U(Res('''a91c2e0 chore: tidy dockerignore
58bd1f4 build: pin node 20.18''')),
    A(Bash("git show a91c2e0", "Show dockerignore change")),
    U(Res('''commit a91c2e0
Author: Priya N <priya@example.com>
Date:   Wed Nov 25 17:02:11 2026 +0000

    chore: tidy dockerignore

diff --git a/.dockerignore b/.dockerignore
index 3b18e1f..a0c4d2b 100644
--- a/.dockerignore
+++ b/.dockerignore
@@ -1,6 +1,4 @@
-node_modules
-.git
 dist
 coverage
 *.log
+.env''')),
    A("The `.dockerignore` change removed `node_modules` and `.git` from the ignore list, so `COPY . .` is sending them into the image."),
    U("makes sense. but the Dockerfile does npm ci inside anyway so why would the local node_modules even end up in the final stage? we use multi-stage"),
))

# 49 grpc deadline exceeded only one service
EXAMPLES.append(ex(C, '''only the billing service gets `rpc error: code = DeadlineExceeded desc = context deadline exceeded` when calling inventory. the other 4 callers are fine, same client lib, same inventory pods

```go
func (b *Billing) reserve(ctx context.Context, items []Item) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	for _, it := range items {
		if _, err := b.inv.Reserve(ctx, &pb.ReserveReq{Sku: it.SKU, Qty: it.Qty}); err != nil {
			return err
		}
	}
	return nil
}
```

orders with 1-5 items never fail, the big B2B orders do'''))

# 50 TS narrowing lost in callback
EXAMPLES.append(ex(C, '''TS is yelling at me but I literally check for undefined on the line above??

```ts
function labelFor(user: User) {
  if (user.team === undefined) return 'no team';
  return members.filter(m => m.teamId === user.team.id).map(m => m.name).join(', ');
}
```

error TS18048: 'user.team' is possibly 'undefined'.'''))

# 51 tool loop: run tests, one unrelated failure
EXAMPLES.append(ex(C,
    U(REM(), "run the test suite"),
    A(Bash("bundle exec rspec", "Run the full spec suite")),
    U(Res('''...........................................F.................

Failures:

  1) RefundService#call refunds the remaining balance
     Failure/Error: expect(refund.amount).to eq(Money.new(1250, "EUR"))

       expected: #<Money fractional:1250 currency:EUR>
            got: #<Money fractional:1249 currency:EUR>
     # ./spec/services/refund_service_spec.rb:38:in `block (3 levels) in <top (required)>'

Finished in 41.3 seconds (files took 3.12 seconds to load)
62 examples, 1 failure''')),
    A("61 of 62 pass. `RefundService#call refunds the remaining balance` fails: it gets 12.49 EUR instead of 12.50."),
    U("why is only that one failing? I didn't touch refunds at all, my branch is just the currency formatting helper"),
))

# 52 vite blank page after build
EXAMPLES.append(ex(C, '''vite dev is fine, but after `vite build` and deploying to our /admin/ path the page is blank and the network tab shows 404 for /assets/index-Bq3x9.js. it's served from https://intranet.corp/admin/'''))

# 53 tool loop: CLI prints everything twice after change
EXAMPLES.append(ex(C,
    U(REM(), "make the sync command log to a file too, not just stdout"),
    A(Edit("/home/ana/tools/syncer/cli.py",
           "def main():\n    logging.basicConfig(level=logging.INFO)",
           "def main():\n    logging.basicConfig(level=logging.INFO)\n    fh = logging.FileHandler('sync.log')\n    logging.getLogger().addHandler(fh)\n    setup_logging()")),
    U(Res(edited("/home/ana/tools/syncer/cli.py", "def main():\n    logging.basicConfig(level=logging.INFO)\n    fh = logging.FileHandler('sync.log')\n    logging.getLogger().addHandler(fh)\n    setup_logging()", 40))),
    A(Bash("python -m syncer.cli sync --dry-run 2>&1 | head -4", "Try the command")),
    U(Res('''INFO:syncer:scanning 3 folders
2026-11-26 10:14:02 INFO scanning 3 folders
INFO:syncer:found 41 changed files
2026-11-26 10:14:02 INFO found 41 changed files''')),
    A("Logging now goes to `sync.log` as well as stdout."),
    U("hmm now every line shows up twice in the terminal with two different formats"),
))

# 54 "explain this exception" in their service = debugging
EXAMPLES.append(ex(C, '''explain this to me like I'm 5, it's killing our nightly order cleanup job

```
Exception in thread "cleanup-1" java.util.ConcurrentModificationException
	at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1095)
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:1049)
	at com.shopco.jobs.OrderCleanup.run(OrderCleanup.java:27)
```

```java
for (Order o : pending) {
    if (o.isStale(now)) {
        pending.remove(o);
        archive.add(o);
    }
}
```'''))

# 55 spark task not serializable
EXAMPLES.append(ex(C, '''spark job dies immediately

Exception in thread "main" org.apache.spark.SparkException: Task not serializable
Caused by: java.io.NotSerializableException: com.acme.etl.GeoLookup
Serialization stack:
	- object not serializable (class: com.acme.etl.GeoLookup, value: com.acme.etl.GeoLookup@5b2c41f)
	- field (class: com.acme.etl.Enrich$$anonfun$1, name: geo$1, type: class com.acme.etl.GeoLookup)

```scala
object Enrich {
  def run(spark: SparkSession, in: Dataset[Event]): Dataset[Enriched] = {
    import spark.implicits._
    val geo = new GeoLookup("/data/geoip.mmdb")
    in.map(e => Enriched(e, geo.country(e.ip)))
  }
}
```'''))

# 56 C# async deadlock
EXAMPLES.append(ex(C,
    U(REM(), OPEN("Shop.Api/Controllers/ProductsController.cs"), "open ProductsController and the cache service"),
    A(Read("Shop.Api/Controllers/ProductsController.cs"), Read("Shop.Api/Services/ProductCache.cs")),
    U(Res(lines('''public class ProductsController : ApiController
{
    private readonly ProductCache _cache = new ProductCache();

    public IHttpActionResult Get(int id)
    {
        var product = _cache.GetOrLoadAsync(id).Result;
        return Ok(product);
    }
}''')), Res(lines('''public class ProductCache
{
    private static readonly ConcurrentDictionary<int, Product> _mem = new();
    private readonly ShopDb _db = new ShopDb();

    public async Task<Product> GetOrLoadAsync(int id)
    {
        if (_mem.TryGetValue(id, out var p)) return p;
        p = await _db.Products.FindAsync(id);
        _mem[id] = p;
        return p;
    }
}'''))),
    A("The controller calls `GetOrLoadAsync(id).Result` synchronously, and `ProductCache` awaits EF's `FindAsync` on a cache miss."),
    U("the endpoint just hangs, no exception, nothing logged, times out after 100s. only since the cache was added. it's .NET Framework 4.8 WebApi, not core"),
))

# 57 regex works on regex101, not in JS (tool loop w/ selection)
EXAMPLES.append(ex(C,
    U(REM(), SEL("src/validators/phone.ts", 3, 5, '''const PHONE = new RegExp("^\\+?\\d{1,3}[\\s-]?\\(?\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}$");
export const isPhone = (s: string) => PHONE.test(s);'''), "this regex works on regex101 but isPhone returns false for '+49 (30) 1234 5678' in the app"),
    A(Bash("node -e \"const P=new RegExp('^\\\\+?\\\\d{1,3}[\\\\s-]?\\\\(?\\\\d{2,4}\\\\)?[\\\\s-]?\\\\d{3,4}[\\\\s-]?\\\\d{3,4}$'); console.log(P.source)\"", "Print the compiled pattern")),
    U(Res("^\\+?\\d{1,3}[\\s-]?\\(?\\d{2,4}\\)?[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}$")),
    A("When I build it with escaped backslashes the source is correct. In the file, though, the string literal uses single backslashes."),
    U("so what's actually happening to my pattern in the file version"),
))

# 58 rust future not Send (long)
EXAMPLES.append(ex(C, '''no idea what it wants from me. all I did was add the metrics guard

```
error: future cannot be sent between threads safely
   --> src/server.rs:88:18
    |
88  |     tokio::spawn(handle_conn(stream, state.clone()));
    |                  ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ future returned by `handle_conn` is not `Send`
    |
    = help: within `impl Future<Output = Result<(), anyhow::Error>>`, the trait `Send` is not implemented for `std::sync::MutexGuard<'_, Metrics>`
note: future is not `Send` as this value is used across an await
   --> src/server.rs:61:40
    |
57  |     let mut m = state.metrics.lock().unwrap();
    |         ----- has type `std::sync::MutexGuard<'_, Metrics>` which is not `Send`
...
61  |     let req = read_request(&mut stream).await?;
    |                                         ^^^^^ await occurs here, with `mut m` maybe used later
...
74  | }
    | - `mut m` is later dropped here
note: required by a bound in `tokio::spawn`
   --> /home/dee/.cargo/registry/src/index.crates.io-6f17d22bba15001f/tokio-1.41.1/src/task/spawn.rs:167:21
    |
165 |     pub fn spawn<F>(future: F) -> JoinHandle<F::Output>
    |            ----- required by a bound in this function
166 |     where
167 |         F: Future + Send + 'static,
    |                     ^^^^ required by this bound in `spawn`
```

```rust
async fn handle_conn(mut stream: TcpStream, state: Arc<AppState>) -> anyhow::Result<()> {
    let mut m = state.metrics.lock().unwrap();
    m.open_conns += 1;

    let req = read_request(&mut stream).await?;
    let resp = route(&state, req).await;
    write_response(&mut stream, resp).await?;

    m.open_conns -= 1;
    m.requests += 1;
    Ok(())
}
```'''))

# 59 redis keys vanish
EXAMPLES.append(ex(C, '''keys in redis just vanish randomly, no TTL set on them (checked with TTL -> -1 right after writing). happens more during the nightly import

```
$ redis-cli info memory | grep -E "used_memory_human|maxmemory_human|maxmemory_policy"
used_memory_human:3.98G
maxmemory_human:4.00G
maxmemory_policy:allkeys-lru
```'''))

# 60 CSS modal behind header iOS only
EXAMPLES.append(ex(C, '''modal shows up BEHIND the sticky header but only on iOS safari. chrome/firefox desktop fine, android fine

```css
.header { position: sticky; top: 0; z-index: 50; }
.page { transform: translateZ(0); }
.modal-backdrop { position: fixed; inset: 0; z-index: 1000; }
```

the modal is rendered inside .page'''))

# 61 pip install -e old version (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "I changed the version string and added a function to mylib but my notebook still sees the old stuff after pip install -e ."),
    A(Bash("python -c \"import mylib, sys; print(mylib.__file__); print(mylib.__version__)\"", "Check which mylib is imported")),
    U(Res('''/home/jo/.local/lib/python3.11/site-packages/mylib/__init__.py
0.3.1''')),
    A(Bash("pip show -f mylib | head -12; which -a python pip", "Inspect the installation")),
    U(Res('''Name: mylib
Version: 0.4.0
Location: /home/jo/code/mylib/.venv/lib/python3.11/site-packages
Editable project location: /home/jo/code/mylib
/home/jo/code/mylib/.venv/bin/python
/usr/bin/python
/home/jo/code/mylib/.venv/bin/pip
/usr/bin/pip''')),
    A("The editable install (0.4.0) is in the project venv, but the import resolves to a 0.3.1 copy in `~/.local`."),
    U("right but which one is the notebook using then and why does the old one win"),
))

# 62 user rejects suppressing warning
EXAMPLES.append(ex(C,
    U(REM(), "the test output is full of RuntimeWarning: coroutine 'Notifier.send' was never awaited. clean that up"),
    A("I'll filter that warning in the pytest config.",
      Edit("/srv/app/pyproject.toml", "[tool.pytest.ini_options]\naddopts = \"-q\"",
           "[tool.pytest.ini_options]\naddopts = \"-q\"\nfilterwarnings = [\"ignore:coroutine 'Notifier.send' was never awaited:RuntimeWarning\"]")),
    U(Err(REJECTED), "no don't hide it. a coroutine that's never awaited means notifications aren't being sent, right? find out where that happens"),
))

# 63 consumer lag after shipping (multi-turn after architecture)
EXAMPLES.append(ex(C,
    "should the thumbnail generation be sync in the upload request or async via a queue? uploads are ~200/min",
    "Async via a queue. At 200 uploads/min, doing resize work inside the request ties up web workers and makes upload latency depend on image size. Put a message on a queue with the object key, have a worker pool generate thumbnails and write them back, and let the client poll or get a websocket event when they're ready.",
    '''ok we shipped it like that. now consumer lag just keeps climbing, never recovers, even at night when uploads drop to ~20/min

worker logs look normal, each message takes ~300ms. 4 workers. sqs visibility timeout 30s. ApproximateNumberOfMessagesVisible: 48k and rising
NumberOfMessagesReceived is like 3x NumberOfMessagesDeleted'''))

# 64 still broken after your change, new error
EXAMPLES.append(ex(C,
    "docker build fails at `RUN pip install -r requirements.txt`: error: subprocess-exited-with-error ... psycopg2 ... pg_config executable not found",
    "psycopg2 compiles against libpq, so the slim image needs the headers. Either switch to `psycopg2-binary`, or add `RUN apt-get update && apt-get install -y --no-install-recommends libpq-dev gcc` before the pip install.",
    '''added libpq-dev + gcc, now the build passes but the container dies on start:

ImportError: libpq.so.5: cannot open shared object file: No such file or directory

it's a multi stage build, the pip install is in the builder stage'''))

# 65 poetry wrong python (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "set up the project env"),
    A(Bash("poetry install", "Install dependencies with Poetry")),
    U(Err('''The currently activated Python version 3.9.6 is not supported by the project (^3.11).
Trying to find and use a compatible version.
Poetry was unable to find a compatible version. If you have one, you can explicitly use it via the "env use" command.''')),
    A(Bash("python3 --version; which -a python3; pyenv versions 2>/dev/null", "Check Python versions")),
    U(Res('''Python 3.12.4
/opt/homebrew/bin/python3
/usr/bin/python3''')),
    A("Your shell's `python3` is 3.12.4 from Homebrew, yet Poetry sees 3.9.6."),
    U("yeah that's what I don't get. 3.9 is the apple one I think. why does poetry pick that"),
))

# 66 postgres deadlock
EXAMPLES.append(ex(C, '''we get a handful of these per day since the transfer feature launched

ERROR:  deadlock detected
DETAIL:  Process 48211 waits for ShareLock on transaction 9912384; blocked by process 48207.
	Process 48207 waits for ShareLock on transaction 9912391; blocked by process 48211.
HINT:  See server log for query details.
CONTEXT:  while updating tuple (1204,17) in relation "wallets"

```python
def transfer(src_id, dst_id, amount):
    with db.transaction():
        src = db.execute("SELECT * FROM wallets WHERE id = %s FOR UPDATE", [src_id]).one()
        dst = db.execute("SELECT * FROM wallets WHERE id = %s FOR UPDATE", [dst_id]).one()
        if src.balance < amount:
            raise InsufficientFunds()
        db.execute("UPDATE wallets SET balance = balance - %s WHERE id = %s", [amount, src_id])
        db.execute("UPDATE wallets SET balance = balance + %s WHERE id = %s", [amount, dst_id])
```'''))

# 67 tool loop: confirm root cause sundays
EXAMPLES.append(ex(C,
    U(REM(), "the nightly export never has sunday's data. find where the date range gets built"),
    A(Grep("def (build|compute)_range|weekday\\(\\)", "etl/", "content", **{"-n": True, "-C": 3})),
    U(Res('''etl/export/window.py-10-def build_range(run_date):
etl/export/window.py-11-    start = run_date - timedelta(days=1)
etl/export/window.py:12:    if start.weekday() >= 5:
etl/export/window.py-13-        start -= timedelta(days=start.weekday() - 4)
etl/export/window.py-14-    end = run_date
etl/export/window.py-15-    return start, end''')),
    A("The range is built in `etl/export/window.py:build_range`. For weekend days it moves `start` back to Friday."),
    U("there it is. so on monday's run, sunday gets shifted to friday and then sunday itself is never in a window, right? and saturday probably double counts"),
))

# 68 too many open files terse
EXAMPLES.append(ex(C, '''prod down. every request: `OSError: [Errno 24] Too many open files`. restarted, came back after 40 min. ulimit -n is 1024. the only recent change is the new pdf thumbnail thing'''))

# 69 "is this a bug in the library?" iterators python
EXAMPLES.append(ex(C,
    U(REM(), SEL("scripts/validate_import.py", 14, 19, '''rows = map(parse, open("data.csv"))
valid = [r for r in rows if r.ok]
print(f"{len(valid)} valid")
for r in rows:
    print(r.id, r.error)'''), "run the import validator on data.csv"),
    A(Bash("python scripts/validate_import.py", "Run the import validator")),
    U(Res('''18233 valid''')),
    A("The validator reports 18,233 valid rows and prints nothing else."),
    U("there are definitely invalid rows in there (I put some in on purpose) but the second loop prints nothing. is this a python bug or me"),
))

# 70 tool loop, user interrupts with more info
EXAMPLES.append(ex(C,
    U(REM(), OPEN("android/app/build.gradle.kts"), "release build crashes on launch, debug build is fine"),
    A("Let me grab the crash from logcat.",
      Bash("adb logcat -d -s AndroidRuntime | tail -20", "Get crash log")),
    U(Res('''E AndroidRuntime: FATAL EXCEPTION: main
E AndroidRuntime: Process: app.tidy.notes, PID: 13822
E AndroidRuntime: java.lang.RuntimeException: Unable to create application app.tidy.notes.App: com.squareup.moshi.JsonDataException: Required value 'id' missing at $[0]
E AndroidRuntime: 	at android.app.ActivityThread.handleBindApplication(ActivityThread.java:7198)
E AndroidRuntime: Caused by: com.squareup.moshi.JsonDataException: Required value 'id' missing at $[0]
E AndroidRuntime: 	at a.b.c.d(SourceFile:44)''')),
    A("Moshi can't find the `id` field when parsing a JSON array at startup. Let me check the ProGuard/R8 configuration.",
      Read("android/app/proguard-rules.pro")),
    U(Err(INTERRUPTED), "fyi we turned on minifyEnabled in the release block last week, that's the only change. keep going"),
))
