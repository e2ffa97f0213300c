from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "debugging"
PARENT = None

DESCRIPTIONS = [
    "bug fixing",
    "finding and fixing bugs, diagnosing errors and failing tests",
    "when I'm stuck on an error",
    "Debugging: stack traces, exceptions, segfaults, panics, flaky tests, wrong output, crashes, hangs, memory leaks, 'works on my machine' problems",
    "use this route for anything where something is broken and I need to know why and how to fix it",
    "troubleshoot compile errors, runtime exceptions, failing CI builds and unexpected behaviour",
    "root-cause analysis of defects; reading logs and tracebacks; reproducing and patching bugs",
    "fix my code — it doesn't work",
    "Fehlersuche und Bugfixing: Fehlermeldungen, Abstürze und fehlschlagende Tests analysieren und beheben",
    "Depuración: encontrar y corregir errores, interpretar trazas de pila y tests que fallan",
]

REQUESTS = [
    r"""getting this and no idea why, it worked yesterday

```
Traceback (most recent call last):
  File "/app/main.py", line 42, in <module>
    main()
  File "/app/main.py", line 37, in main
    cfg = load_config(args.config)
  File "/app/config.py", line 18, in load_config
    return Config(**raw["settings"])
TypeError: Config.__init__() got an unexpected keyword argument 'retry_policy'
```""",
    "TypeError: Cannot read properties of undefined (reading 'map') in my react component when the page first loads. after a refresh it's fine??",
    r"""why does this panic?

```go
func main() {
	var m map[string]int
	m["a"] = 1
	fmt.Println(m)
}
```
panic: assignment to entry in nil map""",
    cc("`pnpm test` fails on CI but passes locally. the failing test is tests/date-format.test.ts > formats relative dates. can you figure out why and fix it",
       reminders=[reminder_date("2026-02-14")]),
    r"""Segfault in my C program, valgrind says:

```
==2145== Invalid write of size 1
==2145==    at 0x4C32E0D: strcpy (vg_replace_strmem.c:512)
==2145==    by 0x108795: make_label (label.c:22)
==2145==    by 0x1088A1: main (main.c:14)
==2145==  Address 0x522d045 is 0 bytes after a block of size 5 alloc'd
==2145==    at 0x4C2FB0F: malloc (vg_replace_malloc.c:299)
==2145==    by 0x108781: make_label (label.c:21)
```

label.c:
```c
char *make_label(const char *name) {
    char *buf = malloc(strlen(name));
    strcpy(buf, name);
    return buf;
}
```""",
    loop(
        "run the test suite",
        [
            (None, [
                ("Bash", {"command": "python -m pytest -x -q", "description": "Run tests, stop at first failure"},
                 "..........F\n=================================== FAILURES ===================================\n_________________________ test_apply_discount_rounding _________________________\n\n    def test_apply_discount_rounding():\n        order = make_order(total=Decimal(\"19.99\"))\n>       assert apply_discount(order, pct=15).total == Decimal(\"16.99\")\nE       AssertionError: assert Decimal('16.9915') == Decimal('16.99')\n\ntests/test_pricing.py:31: AssertionError\n1 failed, 10 passed in 0.84s"),
            ]),
            (None, [
                ("Read", {"file_path": "/home/mia/shop/pricing.py"},
                 "    40\tdef apply_discount(order, pct):\n    41\t    factor = Decimal(100 - pct) / 100\n    42\t    order.total = order.total * factor\n    43\t    return order\n"),
            ]),
        ],
        "yeah that's the one that's been failing since the Decimal switch. fix it — totals should be rounded half-up to cents",
        reminders=[reminder_date("2026-06-03")],
        wrap="One failure: `test_apply_discount_rounding` — `apply_discount` multiplies the Decimal total by the factor but never quantizes, so the result keeps 4 decimal places.",
    ),
    # Spanish
    "Me sale este error al hacer `npm run build`: `Module not found: Error: Can't resolve 'fs' in '/home/ana/proyecto/node_modules/dotenv/lib'`. Es un proyecto con Webpack 5 y React. ¿Qué pasa y cómo lo arreglo?",
    conv(
        "I've been moving our worker to docker, mostly went fine",
        "Good to hear. Anything that didn't go smoothly — build, config, runtime behaviour?",
        "my docker container exits immediately with code 137 and nothing in the logs. what's going on",
    ),
    r"""Rust compile error I can't get past:

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
27 |                 self.items.remove(&item.id);
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here
```""",
    "useEffect running twice in dev and firing my analytics event twice. is this a bug in my code or react",
    conv(
        "how do I connect to postgres from a spring boot app",
        "Add `spring-boot-starter-data-jpa` and the `org.postgresql:postgresql` driver, then set `spring.datasource.url=jdbc:postgresql://localhost:5432/mydb`, `spring.datasource.username` and `spring.datasource.password` in application.properties. Spring Boot auto-configures the DataSource and a Hikari pool.",
        "did that, now it crashes at startup:\n\n```\norg.springframework.beans.factory.BeanCreationException: Error creating bean with name 'entityManagerFactory': \nCaused by: org.hibernate.HibernateException: Unable to determine Dialect without JDBC metadata (please set 'jakarta.persistence.jdbc.url' for common cases or 'hibernate.dialect' when a custom Dialect implementation must be provided)\n```\n\ndb is running, I can psql into it",
    ),
    r"""My Python asyncio code hangs forever, no error. What am I doing wrong?

```python
async def worker(q):
    while True:
        item = await q.get()
        await process(item)

async def main():
    q = asyncio.Queue()
    for i in range(10):
        q.put_nowait(i)
    workers = [asyncio.create_task(worker(q)) for _ in range(3)]
    await q.join()
```""",
    # German
    "Mein Jest-Test schlägt nur manchmal fehl (flaky), ca. jedes fünfte Mal: `Expected: 3, Received: 2`. Der Test prüft, wie viele Einträge nach einem `await saveAll()` in der DB sind. Woran kann das liegen?",
    conv(
        "what's the difference between onCreateView and onViewCreated in a fragment",
        "`onCreateView` inflates and returns the fragment's view hierarchy; `onViewCreated` is called right after with that view, and is the recommended place to set up views — find views, attach adapters, observe LiveData with `viewLifecycleOwner`.",
        "kotlin: `lateinit property adapter has not been initialized` crash when rotating the screen on android. adapter is set in onViewCreated",
    ),
    cc("The /api/export endpoint returns 502 from nginx on large accounts but works for small ones. Logs from the app show the request completes after ~70s. Figure out what's wrong and fix the config.",
       reminders=[reminder_claudemd("2026-08-09", """
- nginx config in deploy/nginx/
- app is gunicorn + flask, config in deploy/gunicorn.conf.py
""")]),
    r"""```
java.util.ConcurrentModificationException
	at java.base/java.util.ArrayList$Itr.checkForComodification(ArrayList.java:1013)
	at java.base/java.util.ArrayList$Itr.next(ArrayList.java:967)
	at com.acme.cart.Cart.removeExpired(Cart.java:58)
```
line 58 is `for (Item i : items) { if (i.isExpired()) items.remove(i); }`""",
    # Chinese
    "Python 里用 requests 调接口一直报 `SSLError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate`，在公司网络下才出现，家里正常。怎么排查？",
    r"""this sql returns duplicates and I don't understand why, expected one row per customer

```sql
SELECT c.id, c.name, SUM(o.total) AS spent
FROM customers c
JOIN orders o ON o.customer_id = c.id
JOIN addresses a ON a.customer_id = c.id
GROUP BY c.id, c.name;
```
the sums are also way too high""",
    "memory keeps growing in our node service until it gets OOM killed every ~6h. heap snapshots show lots of retained closures from an EventEmitter. how do I track down the leak",
    loop(
        "build the ios app",
        [
            (None, [
                ("Bash", {"command": "xcodebuild -scheme Tracker -destination 'platform=iOS Simulator,name=iPhone 16' build 2>&1 | tail -20", "description": "Build iOS app"},
                 "/Users/kai/Tracker/Tracker/Views/SessionRow.swift:18:27: error: main actor-isolated property 'title' can not be referenced from a nonisolated context\n        let label = session.title\n                          ^\n/Users/kai/Tracker/Tracker/Models/Session.swift:9:9: note: property declared here\n    var title: String\n        ^\n** BUILD FAILED **"),
            ]),
        ],
        "this started after I turned on swift 6 language mode. fix it properly, don't just slap @MainActor on everything",
        reminders=[reminder_date("2026-04-22")],
    ),
    # French
    "J'ai une erreur CORS bizarre : « No 'Access-Control-Allow-Origin' header is present » alors que mon backend Express a bien `app.use(cors())`. Ça n'arrive que sur les requêtes PUT avec un header Authorization. Une idée ?",
    r"""C# async deadlock? this WinForms button handler freezes the UI forever

```csharp
private void button1_Click(object sender, EventArgs e) {
    var data = LoadAsync().Result;
    label1.Text = data;
}
private async Task<string> LoadAsync() {
    var s = await http.GetStringAsync(url);
    return s.Trim();
}
```""",
    "pip install fails on mac m2: `error: command '/usr/bin/clang' failed with exit code 1` while building psycopg2. full log is huge but last part says `ld: library not found for -lssl`",
    conv(
        "write a function to parse dates like 03/04/2024",
        "```python\nfrom datetime import datetime\n\ndef parse_date(s: str) -> datetime:\n    return datetime.strptime(s, \"%m/%d/%Y\")\n```\nThis assumes US month/day order.",
        "I used it but now our german users' dates are all wrong and some crash with `ValueError: month must be in 1..12`. what's going on, how do I fix it so both work",
    ),
    "kubectl get pods shows CrashLoopBackOff for my api pod. `kubectl logs` shows `Error: listen EADDRINUSE: address already in use :::3000`. there's only one container in the pod??",
    r"""TS error I don't understand:

```
src/store.ts:14:5 - error TS2322: Type '{ id: string; name: string; }[]' is not assignable to type 'readonly User[]'.
  Property 'email' is missing in type '{ id: string; name: string; }' but required in type 'User'.
```
but email is optional in the API response...""",
    # Japanese
    "Djangoで `django.db.utils.OperationalError: database is locked` が本番で時々発生します。SQLiteを使っていて、Celeryのワーカーも同じDBに書き込んでいます。原因と対策を教えてください。",
    "the app works locally but on vercel every api route returns 500 `FUNCTION_INVOCATION_TIMEOUT`. prisma + postgres on supabase",
    cc("tests in packages/parser started failing after I bumped typescript to 5.6. run them, find what broke and fix it",
       reminders=[REMINDER_TODO, reminder_date("2026-10-15")]),
    r"""Go test is racy according to -race, can you explain the report and fix?

```
WARNING: DATA RACE
Write at 0x00c0000a4018 by goroutine 8:
  example.com/counter.(*Counter).Inc()
      /src/counter/counter.go:12 +0x44
Previous read at 0x00c0000a4018 by goroutine 7:
  example.com/counter.(*Counter).Value()
      /src/counter/counter.go:16 +0x3a
```
```go
type Counter struct{ n int }
func (c *Counter) Inc() { c.n++ }
func (c *Counter) Value() int { return c.n }
```""",
    # Portuguese
    "Meu app Flutter dá `RenderFlex overflowed by 42 pixels on the bottom` quando o teclado abre. Já tentei SingleChildScrollView mas aí o layout quebra. Como resolvo?",
    "after upgrading to python 3.12 we get `AttributeError: module 'pkgutil' has no attribute 'ImpImporter'` during pip install. what gives",
    "websocket connection drops exactly every 60 seconds behind our load balancer (AWS ALB). client is browser, server is fastapi. how do I fix",
    # Russian
    "Приложение на Spring падает с `java.lang.OutOfMemoryError: Metaspace` примерно через сутки работы. Мы часто пересоздаём Groovy-скрипты в рантайме. С чего начать отладку?",
    r"""PHP: `Fatal error: Uncaught Error: Call to a member function format() on bool in /var/www/app/src/Report.php:33`

line 33: `$d = DateTime::createFromFormat('d/m/Y', $row['date'])->format('Y-m-d');`""",
    conv(
        "can you add logging to the upload handler",
        "Added structured logging with `logger.info(\"upload.start\", extra={...})` at the start, on each chunk, and on completion, plus `logger.exception` in the except block.",
        "thanks, with the logs I can see the issue now: uploads over ~100MB die with `ClientDisconnect` right after `upload.chunk n=97`. small files are fine. what's killing it?",
        ),
    "rails: after deploying, `ActionView::Template::Error (The asset \"application.css\" is not present in the asset pipeline.)` but it's definitely in app/assets/stylesheets",
    # Korean
    "파이썬 pandas에서 `SettingWithCopyWarning`이 계속 뜨고 값이 원본 데이터프레임에 반영이 안 돼요. df[df.a > 0]['b'] = 1 이렇게 쓰고 있어요. 왜 그런지랑 고치는 법 알려주세요.",
    "Why does `0.1 + 0.2 === 0.3` return false in my JS cart total check, and how do I fix the comparison so orders stop failing validation",
    loop(
        "check the latest CI run",
        [
            (None, [
                ("Bash", {"command": "gh run view --log-failed | tail -25", "description": "Show failed CI logs"},
                 "build\tRun cargo build --release\n   Compiling ring v0.17.8\nerror: failed to run custom build command for `ring v0.17.8`\n\nCaused by:\n  process didn't exit successfully: `/home/runner/work/app/target/release/build/ring-6c2d/build-script-build` (exit status: 1)\n  --- stderr\n  running \"aarch64-linux-gnu-gcc\" \"-O3\" ...\n  failed to find tool \"aarch64-linux-gnu-gcc\": No such file or directory (os error 2)\nError: Process completed with exit status 101."),
            ]),
        ],
        "why is this failing now? we only added the arm64 target to the matrix. get it green",
        reminders=[reminder_date("2025-12-18")],
    ),
    "Swift: `Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value` on an IBOutlet in viewDidLoad. the outlet is connected in storyboard, I checked twice",
    "our cron job ran twice at 2am on the DST change day and double-charged some customers. the schedule is `0 2 * * *` in Europe/Berlin. explain what happened and how to make it safe",
    "dotnet ef migrations add fails: `Unable to create a 'DbContext' of type ''. The exception 'Unable to resolve service for type 'Microsoft.EntityFrameworkCore.DbContextOptions'` — it builds fine otherwise",
    cc(
        r"""ok the refactor broke something. after moving the repository into its own module the API crashes on startup. full output:

```
$ uvicorn app.main:app --reload
INFO:     Will watch for changes in these directories: ['/home/sam/dev/ledger']
INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)
INFO:     Started reloader process [48121] using WatchFiles
Process SpawnProcess-1:
Traceback (most recent call last):
  File "/usr/lib/python3.12/multiprocessing/process.py", line 314, in _bootstrap
    self.run()
  File "/usr/lib/python3.12/multiprocessing/process.py", line 108, in run
    self._target(*self._args, **self._kwargs)
  File "/home/sam/dev/ledger/.venv/lib/python3.12/site-packages/uvicorn/_subprocess.py", line 80, in subprocess_started
    target(sockets=sockets)
  File "/home/sam/dev/ledger/.venv/lib/python3.12/site-packages/uvicorn/server.py", line 65, in run
    return asyncio.run(self.serve(sockets=sockets))
  File "/usr/lib/python3.12/asyncio/runners.py", line 194, in run
    return runner.run(main)
  File "/usr/lib/python3.12/asyncio/base_events.py", line 687, in run_until_complete
    return future.result()
  File "/home/sam/dev/ledger/.venv/lib/python3.12/site-packages/uvicorn/server.py", line 69, in serve
    await self._serve(sockets)
  File "/home/sam/dev/ledger/.venv/lib/python3.12/site-packages/uvicorn/server.py", line 76, in _serve
    config.load()
  File "/home/sam/dev/ledger/.venv/lib/python3.12/site-packages/uvicorn/config.py", line 434, in load
    self.loaded_app = import_from_string(self.app)
  File "/home/sam/dev/ledger/.venv/lib/python3.12/site-packages/uvicorn/importer.py", line 19, in import_from_string
    module = importlib.import_module(module_str)
  File "/usr/lib/python3.12/importlib/__init__.py", line 90, in import_module
    return _bootstrap._gcd_import(name[level:], package, level)
  File "<frozen importlib._bootstrap>", line 1387, in _gcd_import
  File "<frozen importlib._bootstrap>", line 1360, in _find_and_load
  File "<frozen importlib._bootstrap>", line 1331, in _find_and_load_unlocked
  File "<frozen importlib._bootstrap>", line 935, in _load_unlocked
  File "<frozen importlib._bootstrap_external>", line 995, in exec_module
  File "<frozen importlib._bootstrap>", line 488, in _call_with_frames_removed
  File "/home/sam/dev/ledger/app/main.py", line 7, in <module>
    from app.api import accounts, entries, reports
  File "/home/sam/dev/ledger/app/api/accounts.py", line 4, in <module>
    from app.repository import AccountRepository
  File "/home/sam/dev/ledger/app/repository/__init__.py", line 1, in <module>
    from .accounts import AccountRepository
  File "/home/sam/dev/ledger/app/repository/accounts.py", line 3, in <module>
    from app.services.balances import recompute_balance
  File "/home/sam/dev/ledger/app/services/balances.py", line 5, in <module>
    from app.repository import EntryRepository
ImportError: cannot import name 'EntryRepository' from partially initialized module 'app.repository' (most likely due to a circular import) (/home/sam/dev/ledger/app/repository/__init__.py)
```

app/repository/__init__.py:
```python
from .accounts import AccountRepository
from .entries import EntryRepository

__all__ = ["AccountRepository", "EntryRepository"]
```

app/services/balances.py (top):
```python
from decimal import Decimal

from sqlalchemy.orm import Session

from app.repository import EntryRepository


def recompute_balance(session: Session, account_id: int) -> Decimal:
    entries = EntryRepository(session).for_account(account_id)
    return sum((e.amount for e in entries), Decimal(0))
```

and AccountRepository.close_account() calls recompute_balance(). how do I fix this without undoing the module split?""",
        reminders=[reminder_date("2026-03-05")],
        history=(
            "move AccountRepository and EntryRepository out of app/db.py into an app/repository/ package",
            "Moved both classes into `app/repository/accounts.py` and `app/repository/entries.py`, re-exported them from `app/repository/__init__.py`, and updated the imports in `app/api/`. `app/db.py` now only contains the engine and session factory.",
        ),
    ),
    "Ho un problema: il mio servizio Node va in crash con `FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory` quando elaboro un file JSON da 800MB con JSON.parse. Ho già provato ad aumentare --max-old-space-size a 4096 ma crasha lo stesso. Come lo risolvo?",
]
