"""debugging: something is wrong. Implicit symptoms, misleading cues, follow-ups."""
from common import *  # noqa: F401,F403

C = "debugging"

# 1 implicit: numbers off, code pasted
ex(C, UB(REM('2026-11-26'), OPEN('analytics/signups.py'), """hm, our daily signups chart is off by one day for everyone in sydney/auckland. US people look fine

def signups_by_day(rows):
    out = Counter()
    for r in rows:
        out[r.created_at.date()] += 1   # created_at is UTC
    return sorted(out.items())"""))

# 2 "review" cue but it's a bug hunt
ex(C, UB(REM('2026-11-25'), OPEN('app/webhooks/checkout.py'), """can you review why the webhook handler charges some customers twice? only happens maybe 1 in 500

@app.post("/hooks/checkout")
def on_checkout(evt: dict):
    order = Order.get(evt["order_id"])
    if order.status != "paid":
        charge(order)
        order.status = "paid"
        order.save()
    return "ok\""""))

# 3 "explain" cue
ex(C,
   U('kotlin fn that averages a List<Int>, 0.0 for empty'),
   A('```kotlin\nfun average(xs: List<Int>): Double {\n    if (xs.isEmpty()) return 0.0\n    return xs.sum().toDouble() / xs.size\n}\n```'),
   U("""explain why this crashes when the list is empty, I thought the guard handles it

fun average(xs: List<Int>): Double {
    if (xs.isEmpty()) 0.0
    return xs.sum().toDouble() / xs.size
}

Exception in thread "main" java.lang.ArithmeticException: / by zero"""))

# 4 write a test that reproduces the bug
ex(C,
   U("users report that `slugify('Crème Brûlée')` gives `cr-me-br-l-e` on the prod server but `creme-brulee` on my mac"),
   A("That points at Unicode normalization: if the input arrives NFC-composed on the server (e.g. from the DB) and your strip-accents step only handles decomposed combining marks, the accented letters get replaced by `-` instead of their base letter."),
   U("write a test that reproduces this first, before we touch slugify. I want it red"))

# 5 still failing follow-up
ex(C,
   U("""TestOrderTotals fails after the currency refactor

--- FAIL: TestOrderTotals (0.00s)
    totals_test.go:41: got 1998, want 2000"""),
   A("The new `Money.Mul` truncates after converting the 10% discount to a float. Round instead of truncate: `int64(math.Round(float64(m.Cents) * f))`."),
   U("still failing, now got 2001"))

# 6 Claude Code: still broken after your change, tool_result + text
ex(C,
   UB(REM(), REM_TODO(), OPEN("/home/dev/api/src/routes/upload.ts"), "uploads over ~1MB fail with 413"),
   *step("Express's default JSON limit is 100kb and your body parser is set to 1mb. I'll raise it for the upload route.",
         edit("/home/dev/api/src/routes/upload.ts",
              "router.post('/upload', express.json({ limit: '1mb' }), handler);",
              "router.post('/upload', express.json({ limit: '25mb' }), handler);")),
   *step("Raised the limit to 25mb on the upload route. Try again.", bash("curl -s -o /dev/null -w '%{http_code}\\n' -X POST -H 'content-type: application/json' --data @fixtures/big.json localhost:8080/upload", "413", "Retry large upload")),
   A("Still 413 from the local server."),
   UB("yeah still broken after your change. is something in front of express eating it? we run it behind the dev nginx container"))

# 7 long java stack trace + "??"
ex(C, U("""??

2026-11-25 14:02:11.873 ERROR 1 --- [nio-8080-exec-7] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.orm.jpa.JpaSystemException: could not execute statement [ERROR: null value in column "tenant_id" of relation "audit_entries" violates not-null constraint
  Detail: Failing row contains (98211, null, user.login, 2026-11-25 14:02:11.869+00, {"ip":"10.2.3.4"}).] [insert into audit_entries (action,created_at,payload,tenant_id) values (?,?,?,?)]] with root cause

org.postgresql.util.PSQLException: ERROR: null value in column "tenant_id" of relation "audit_entries" violates not-null constraint
  Detail: Failing row contains (98211, null, user.login, 2026-11-25 14:02:11.869+00, {"ip":"10.2.3.4"}).
	at org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)
	at org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)
	at org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:371)
	at org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:502)
	at org.postgresql.jdbc.PgStatement.execute(PgStatement.java:419)
	at org.postgresql.jdbc.PgPreparedStatement.executeWithFlags(PgPreparedStatement.java:194)
	at org.postgresql.jdbc.PgPreparedStatement.executeUpdate(PgPreparedStatement.java:155)
	at com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)
	at com.zaxxer.hikari.pool.HikariProxyPreparedStatement.executeUpdate(HikariProxyPreparedStatement.java)
	at org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:194)
	at org.hibernate.engine.jdbc.mutation.internal.AbstractMutationExecutor.performNonBatchedMutation(AbstractMutationExecutor.java:108)
	at org.hibernate.engine.jdbc.mutation.internal.MutationExecutorSingleNonBatched.performNonBatchedOperations(MutationExecutorSingleNonBatched.java:40)
	at org.hibernate.engine.jdbc.mutation.internal.AbstractMutationExecutor.execute(AbstractMutationExecutor.java:55)
	at org.hibernate.persister.entity.mutation.InsertCoordinator.doStaticInserts(InsertCoordinator.java:175)
	at org.hibernate.persister.entity.mutation.InsertCoordinator.coordinateInsert(InsertCoordinator.java:113)
	at org.hibernate.persister.entity.AbstractEntityPersister.insert(AbstractEntityPersister.java:2868)
	at org.hibernate.action.internal.EntityInsertAction.execute(EntityInsertAction.java:81)
	at org.hibernate.engine.spi.ActionQueue.executeActions(ActionQueue.java:670)
	at org.hibernate.engine.spi.ActionQueue.executeActions(ActionQueue.java:291)
	at org.hibernate.event.internal.AbstractFlushingEventListener.performExecutions(AbstractFlushingEventListener.java:365)
	at org.hibernate.event.internal.DefaultFlushEventListener.onFlush(DefaultFlushEventListener.java:39)
	at org.hibernate.internal.SessionImpl.doFlush(SessionImpl.java:1412)
	at org.hibernate.internal.SessionImpl.managedFlush(SessionImpl.java:485)
	at org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:562)
	at org.springframework.transaction.support.AbstractPlatformTransactionManager.processCommit(AbstractPlatformTransactionManager.java:795)
	at org.springframework.transaction.interceptor.TransactionAspectSupport.commitTransactionAfterReturning(TransactionAspectSupport.java:660)
	at org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)
	at org.springframework.aop.framework.CglibAopProxy$CglibMethodInvocation.proceed(CglibAopProxy.java:765)
	at com.acme.auth.LoginService$$SpringCGLIB$$0.recordLogin(<generated>)
	at com.acme.auth.LoginController.login(LoginController.java:58)
	at java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)
	at java.base/java.lang.reflect.Method.invoke(Method.java:580)
	at org.springframework.web.method.support.InvocableHandlerMethod.doInvoke(InvocableHandlerMethod.java:255)
	at org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)
	at org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)
	at org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
	at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:590)
	at com.acme.tenancy.TenantFilter.doFilter(TenantFilter.java:44)
	at org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:174)
	at org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:659)
	at java.base/java.lang.Thread.run(Thread.java:1583)

only on /login, every other endpoint writes audit rows fine"""))

# 8 npm install hangs
ex(C, UB(REM('2026-11-26'), "npm install hangs forever at `idealTree:web: sill idealTree buildDeps`. deleted node_modules and the lockfile already. node 22, corporate vpn"))

# 9 psycopg2 on M1
ex(C,
   U('new macbook, fastest way to get python 3.12 and our repo running?'),
   A('`brew install pyenv`, `pyenv install 3.12`, `pyenv local 3.12` in the repo, then `python -m venv .venv && source .venv/bin/activate && pip install -r requirements.txt`.'),
   U("""pip install -r requirements.txt dies on my new m3 mac

      ld: library 'ssl' not found
      clang: error: linker command failed with exit code 1 (use -v to see invocation)
      error: command '/usr/bin/clang' failed with exit code 1
      [end of output]
  note: This error originates from a subprocess, and is likely not a problem with pip.
  ERROR: Failed building wheel for psycopg2"""))

# 10 Spanish ECONNREFUSED
ex(C, U("me sale `Error: connect ECONNREFUSED 127.0.0.1:5432` al arrancar la api, pero postgres está corriendo en docker compose y puedo entrar con psql desde mi máquina. la api también corre en compose"))

# 11 German slowdown after upgrade
ex(C, UB(REM('2026-11-26'), OPEN('backoffice/admin.py'), "Warum ist die Admin-Liste seit dem Update auf Django 5.1 auf einmal 10x langsamer? Gleiche Daten, gleicher Code. Debug-Toolbar zeigt 800 Queries statt 12."))

# 12 flaky CI test
ex(C, UB(REM('2026-11-24'), OPEN('tests/test_checkout.py'), """test_concurrent_checkout passes locally every time, fails in CI like 1 in 5. here's the CI output

FAILED tests/test_checkout.py::test_concurrent_checkout - AssertionError: assert 9 == 10
 +  where 9 = Inventory.objects.get(sku='A1').sold
========================= 1 failed, 212 passed in 48.77s ========================="""))

# 13 Chinese goroutine not exiting
ex(C, U("""为什么这个 goroutine 一直不退出？ctx 已经 cancel 了，pprof 里 goroutine 数一直涨

go func() {
    for msg := range ch {
        select {
        case <-ctx.Done():
            return
        default:
            handle(msg)
        }
    }
}()"""))

# 14 Japanese white screen
ex(C, U("ビルドは通るのに本番にデプロイすると真っ白な画面になる。コンソールに `Uncaught SyntaxError: Unexpected token '<'` って出てる。Vite + React、nginxで配信"))

# 15 Korean undefined
ex(C, U("""ㅠㅠ 이거 왜 undefined 나와요?

const user = fetch('/api/me').then(r => r.json());
console.log(user.name);"""))

# 16 Russian 502 after deploy, logs
ex(C,
   UB(REM("2026-11-25"), "задеплой ветку release/2.8 на прод"),
   *step(None, bash("./scripts/deploy.sh prod release/2.8", "==> building image registry.example.ru/api:2.8.0\n==> pushing\n==> kubectl set image deploy/api api=registry.example.ru/api:2.8.0\ndeployment.apps/api image updated\n==> waiting for rollout\ndeployment \"api\" successfully rolled out", "Deploy release/2.8 to prod")),
   A("Готово: образ 2.8.0 собран и выкачен, rollout прошёл успешно, все поды в Running."),
   UB("""после деплоя все запросы падают с 502, откатили — работает. логи ниже, не понимаю что не так

[error] 31#31: *1201 connect() failed (111: Connection refused) while connecting to upstream, client: 10.0.4.12, server: api.example.ru, request: "GET /health HTTP/1.1", upstream: "http://10.0.7.33:8000/health"
app  | [2026-11-25 10:14:02 +0000] [1] [INFO] Starting gunicorn 23.0.0
app  | [2026-11-25 10:14:02 +0000] [1] [INFO] Listening at: http://127.0.0.1:8000 (1)
app  | [2026-11-25 10:14:02 +0000] [7] [INFO] Booting worker with pid: 7"""))

# 17 Claude Code tool loop: same error as before
ex(C,
   UB(REM(), REM_TODO(), "fix the failing auth tests"),
   *step("Running the auth tests.",
         bash("npx vitest run src/auth", " FAIL  src/auth/token.test.ts > refresh > rotates the refresh token\nAssertionError: expected 'rt_1' not to be 'rt_1'\n ❯ src/auth/token.test.ts:48:31\n\n Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | 27 passed (28)", "Run auth tests", err=True)),
   *step("The rotation test expects a new refresh token, but `rotate()` returns the cached one when called within the same second. I'll include a random nonce in the token payload.", edit("/home/amy/web/src/auth/token.ts",
                    "const payload = { sub: userId, iat: now() };",
                    "const payload = { sub: userId, iat: now(), jti: crypto.randomUUID() };"),
         bash("npx vitest run src/auth", " FAIL  src/auth/token.test.ts > refresh > rotates the refresh token\nAssertionError: expected 'rt_1' not to be 'rt_1'\n ❯ src/auth/token.test.ts:48:31\n\n Test Files  1 failed | 3 passed (4)\n      Tests  1 failed | 27 passed (28)", "Re-run auth tests", err=True),
         then="that's literally the same error as before. the token is 'rt_1' so it's not even a jwt, it's coming from the mock"))

# 18 OOMKilled
ex(C, UB(REM('2026-11-26'), OPEN('src/metrics.js'), """memory keeps climbing for ~6h until the pod gets OOMKilled, then restarts and starts over. node 20 express app, nothing changed in the code recently except we upgraded to prom-client 15

Last State:     Terminated
  Reason:       OOMKilled
  Exit Code:    137
Restart Count:  14"""))

# 19 terraform wants to recreate db
ex(C, UB(REM('2026-11-26'), OPEN('infra/prod/rds.tf'), """terraform wants to destroy and recreate the prod db on every plan?? nobody touched it

  # aws_db_instance.main must be replaced
-/+ resource "aws_db_instance" "main" {
      ~ engine_version = "15.7" -> "15.4" # forces replacement
      ~ id             = "db-prod-main" -> (known after apply)"""))

# 20 GH actions cache never hits
ex(C, UB(REM('2026-11-21'), OPEN('.github/workflows/build.yml'), """our github actions cache never hits, every run reinstalls everything

- uses: actions/cache@v4
  with:
    path: ~/.npm
    key: npm-${{ runner.os }}-${{ hashFiles('package-lock.json') }}-${{ github.run_id }}"""))

# 21 works locally, not in docker
ex(C, UB(REM('2026-11-26'), OPEN('Dockerfile'), """works on my machine, in docker it says

Traceback (most recent call last):
  File "/app/main.py", line 3, in <module>
    from api.routes import router
ModuleNotFoundError: No module named 'api'

WORKDIR /app, COPY src/ ., CMD python main.py"""))

# 22 Rust borrow checker, "wtf"
ex(C,
   U('drop items with qty 0 from the cart vec before checkout'),
   A('```rust\nself.items.retain(|i| i.qty > 0);\n```'),
   U("""wtf

error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable
  --> src/cart.rs:31:13
   |
29 |         for item in self.items.iter() {
   |                     -----------------
   |                     |
   |                     immutable borrow occurs here
   |                     immutable borrow later used here
30 |             if item.qty == 0 {
31 |                 self.items.retain(|i| i.qty > 0);
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here"""))

# 23 button does nothing
ex(C, UB(REM(), REM_TODO(), SEL("src/components/Newsletter.tsx", 8, 22,
                    "export function Newsletter() {\n  const [email, setEmail] = useState('');\n  const submit = async (e) => {\n    await fetch('/api/subscribe', { method: 'POST', body: JSON.stringify({ email }) });\n    toast('Subscribed!');\n  };\n  return (\n    <form>\n      <input value={email} onChange={(e) => setEmail(e.target.value)} />\n      <button onClick={submit}>Subscribe</button>\n    </form>\n  );\n}"),
         "the button does nothing. well it reloads the page and no toast"))

# 24 cent off
ex(C, UB(REM('2026-11-26'), OPEN('billing/invoice.py'), """invoice totals are off by a cent sometimes vs what stripe charges

total = sum(line.qty * line.unit_price for line in lines)   # unit_price is a float from the json
tax = round(total * 0.19, 2)
return round(total + tax, 2)"""))

# 25 segfault in release only
ex(C,
   U('sort a vector of Task by priority desc then name asc, c++17'),
   A('```cpp\nstd::sort(tasks.begin(), tasks.end(), [](const Task& a, const Task& b) {\n    if (a.priority != b.priority) return a.priority > b.priority;\n    return a.name < b.name;\n});\n```'),
   U("segfault only in the release build (-O2), debug build and asan build run clean. crashes inside std::sort on a vector of structs with a custom comparator. what should I look at"))

# 26 CORS
ex(C, UB(REM('2026-11-18'), OPEN('server/index.js'), """CORS error but I DID set the header??

Access to fetch at 'https://api.example.com/v1/me' from origin 'https://app.example.com' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.

app.use((req, res, next) => { res.set('Access-Control-Allow-Origin', 'https://app.example.com'); next(); });
app.use(authMiddleware);"""))

# 27 French test isolation
ex(C, U("mon test test_update_profile passe quand je le lance seul mais échoue quand je lance toute la suite. l'erreur c'est que l'email existe déjà. pytest + sqlalchemy"))

# 28 Portuguese compose redis
ex(C,
   UB(REM("2026-11-26"), "adiciona um redis no docker-compose pra gente usar de cache na api"),
   *step("Vou ver o compose atual.",
         read("/home/caio/loja/docker-compose.yml", "services:\n  api:\n    build: .\n    env_file: .env\n    ports: [\"3000:3000\"]\n    depends_on: [db]\n  db:\n    image: postgres:16\n    environment:\n      POSTGRES_PASSWORD: dev")),
   *step("Adicionando o serviço.",
         edit("/home/caio/loja/docker-compose.yml", "    depends_on: [db]\n  db:", "    depends_on: [db, cache]\n  cache:\n    image: redis:7-alpine\n    ports: [\"6379:6379\"]\n  db:")),
   A("Adicionei o serviço `cache` (redis:7-alpine) e coloquei ele no `depends_on` da api."),
   UB("o docker compose sobe tudo mas a api não conecta no redis: `Error: getaddrinfo ENOTFOUND redis`. no compose o serviço se chama `cache` e a env tá REDIS_HOST=redis"))

# 29 Polish useEffect twice
ex(C, U("czemu ten useEffect odpala się dwa razy przy starcie? przez to mam dwa requesty do API i dwa wpisy w analityce. react 18, vite"))

# 30 Turkish iOS crash log
ex(C, U("""uygulama iOS 17'de açılışta çöküyor, iOS 16'da sorun yok. crash log:

Exception Type:  EXC_CRASH (SIGABRT)
Termination Reason: DYLD 4 Symbol missing
Symbol not found: _$s7SwiftUI4ViewPAAE14scrollContentyQrAA0cD8BehaviorVF
Referenced from: /private/var/containers/Bundle/Application/.../Kasa.app/Kasa"""))

# 31 Hinglish slow query
ex(C,
   UB(REM("2026-11-25"), "orders table pe created_at ka index bana do, alembic migration ke saath"),
   *step(None,
         write("/srv/shop/migrations/versions/8f1c2_orders_created_at_idx.py", "def upgrade():\n    op.create_index(\"idx_orders_created_at\", \"orders\", [\"created_at\"])\n\n\ndef downgrade():\n    op.drop_index(\"idx_orders_created_at\", table_name=\"orders\")\n"),
         bash("alembic upgrade head", "INFO  [alembic.runtime.migration] Running upgrade 77ab0 -> 8f1c2, orders created_at idx", "Apply migration")),
   A("Migration `8f1c2` bana ke apply kar di, `idx_orders_created_at` ab orders table pe hai."),
   UB("yaar ye query 40 sec le rahi hai, created_at pe index laga diya phir bhi. `SELECT * FROM orders WHERE DATE(created_at) = '2026-11-20' AND status = 'paid'` mysql 8"))

# 32 Italian cron
ex(C, U("il job di cron non parte mai, ma se lancio lo script a mano funziona. la riga è `0 3 * * * /home/deploy/backup.sh` e nel log di syslog vedo che cron lo esegue"))

# 33 Dutch 401
ex(C, U("waarom krijg ik een 401 terwijl de token gewoon geldig is? jwt.io zegt signature verified, exp is morgen. alleen in staging, lokaal werkt het"))

# 34 Vietnamese vercel
ex(C, U("""sao lỗi này cứ xuất hiện khi deploy lên vercel, local chạy npm run build bình thường

Error: Cannot find module '../lib/db'
Require stack:
- /var/task/.next/server/app/api/users/route.js"""))

# 35 "explain" cue: ordering changes
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('search/query.sql'), "explain to me why the order of search results changes between page loads. same query, nothing indexed in between. postgres `ORDER BY score DESC LIMIT 20 OFFSET 20`, and some items show up on page 2 and 3"))

# 36 docs cue
ex(C, UB(REM('2026-11-26'), OPEN('scripts/list_media.py'), """the docs say `client.list_objects()` returns a list but I get None back??

objs = client.list_objects(bucket="media", prefix="2026/")
for o in objs:   # TypeError: 'NoneType' object is not iterable
    print(o.key)"""))

# 37 next error follow-up
ex(C,
   U("""cargo build

error[E0277]: `Rc<RefCell<State>>` cannot be sent between threads safely"""),
   A("`tokio::spawn` needs the future to be `Send`, and `Rc` isn't. Switch to `Arc<Mutex<State>>` (or `Arc<tokio::sync::Mutex<State>>` if you hold the lock across `.await`)."),
   U("""ok that fixed the first error, now it's this one

error: future cannot be sent between threads safely
   --> src/main.rs:44:18
    |
44  |     tokio::spawn(async move {
    |                  ^^^^^^^^^^ future created by async block is not `Send`
note: future is not `Send` as this value is used across an await
   --> src/main.rs:47:39
    |
46  |         let guard = state.lock().unwrap();
    |             ----- has type `std::sync::MutexGuard<'_, State>` which is not `Send`
47  |         let resp = client.get(url).await?;"""))

# 38 terse "nope"
ex(C,
   U("my vite dev server doesn't pick up changes in packages/ui, have to restart every time"),
   A("Vite pre-bundles dependencies and `packages/ui` is probably being treated as one. Add it to `optimizeDeps.exclude` and make sure `server.watch` isn't ignoring symlinked packages:\n\n```js\noptimizeDeps: { exclude: ['@acme/ui'] },\nresolve: { preserveSymlinks: true },\n```"),
   U("nope"))

# 39 CI red again with log
ex(C, UB(REM('2026-11-26'), """CI red again

Run pnpm install --frozen-lockfile
 ERR_PNPM_OUTDATED_LOCKFILE  Cannot install with "frozen-lockfile" because pnpm-lock.yaml is not up to date with packages/api/package.json

Note that in CI environments this setting is true by default. If you still need to run install in such cases, use "pnpm install --no-frozen-lockfile"
Error: Process completed with exit code 1.

I literally just ran pnpm install locally and committed the lockfile"""))

# 40 pg deadlock log
ex(C,
   U("when should the nightly reconciliation run so it doesn't overlap with the backups at 01:00"),
   A('Backups take about 50 minutes, so starting reconciliation at 02:00 UTC leaves a buffer. Add a check that the backup job finished (or a lock) rather than relying only on timing.'),
   U("""deadlock in prod last night, happened 40 times between 02:00 and 02:10 then stopped. that's when the nightly reconciliation runs

2026-11-25 02:03:17 UTC [4411] ERROR:  deadlock detected
2026-11-25 02:03:17 UTC [4411] DETAIL:  Process 4411 waits for ShareLock on transaction 5519021; blocked by process 4402.
	Process 4402 waits for ShareLock on transaction 5519019; blocked by process 4411.
	Process 4411: UPDATE balances SET amount = amount + $1 WHERE account_id = $2
	Process 4402: UPDATE balances SET amount = amount + $1 WHERE account_id = $2"""))

# 41 Elixir GenServer timeouts
ex(C,
   UB(REM("2026-11-26"), OPEN("lib/pricing/pricing.ex"), "put a cache in front of Pricing.lookup/1, the db is getting hammered. a GenServer is fine"),
   *step(None,
         write("/home/eli/shop/lib/pricing/cache.ex", "defmodule Pricing.Cache do\n  use GenServer\n\n  def start_link(_), do: GenServer.start_link(__MODULE__, %{}, name: __MODULE__)\n  def get(sku), do: GenServer.call(__MODULE__, {:get, sku})\n\n  def init(state), do: {:ok, state}\n\n  def handle_call({:get, sku}, _from, state) do\n    case Map.fetch(state, sku) do\n      {:ok, price} -> {:reply, price, state}\n      :error ->\n        price = Pricing.lookup(sku)\n        {:reply, price, Map.put(state, sku, price)}\n    end\n  end\nend\n"),
         edit("/home/eli/shop/lib/shop/application.ex", "      Shop.Repo,", "      Shop.Repo,\n      Pricing.Cache,")),
   A("Added `Pricing.Cache` and started it under the application supervisor. Callers use `Pricing.Cache.get(sku)`; misses fall through to `Pricing.lookup/1`."),
   UB("""under load our GenServer calls start timing out

** (exit) exited in: GenServer.call(Pricing.Cache, {:get, "sku-1192"}, 5000)
    ** (EXIT) time out

it's just a map lookup, how can that take 5s"""))

# 42 Swift list flicker
ex(C, UB(REM('2026-11-23'), OPEN('Chat/Views/MessageList.swift'), "the SwiftUI List flickers and jumps to the top every time a new message arrives over the websocket. ForEach(messages, id: \\.self)"))

# 43 Kotlin NetworkOnMainThread
ex(C,
   U('load the text from a url and put it in a TextView, kotlin android'),
   A('```kotlin\nlifecycleScope.launch {\n    val body = withContext(Dispatchers.IO) { URL(url).readText() }\n    binding.text.text = body\n}\n```'),
   U("""NetworkOnMainThreadException but I'm in a coroutine??

lifecycleScope.launch {
    val body = URL(url).readText()
    binding.text.text = body
}"""))

# 44 EF core stale data
ex(C, UB(REM_MD('C:/src/acme/CLAUDE.md', '- .NET 8, EF Core 8, SQL Server\n- build: dotnet build Acme.sln\n- tests: dotnet test'), OPEN('src/Acme.Web/Services/ProfileService.cs'), "EF Core returns the old value right after I update a row through a raw SQL ExecuteSqlRaw call in the same request. if I reload the page it's correct. .NET 8"))

# 45 Laravel double job
ex(C,
   U('how does laravel decide whether a queued job is still running or should be retried'),
   A("Workers reserve a job and it becomes visible again after the connection's `retry_after` seconds (in `config/queue.php`) if it hasn't been deleted. The job's own `$timeout` only kills the worker process; `retry_after` is what makes it available to other workers."),
   U("laravel queue worker processes the same job twice sometimes, both finish successfully so customers get 2 emails. redis queue, 3 workers, the job takes ~100s"))

# 46 Scala 3 implicit not found after upgrade
ex(C, U("""after upgrading to scala 3.3 this stopped compiling

[error] -- [E172] Type Error: /src/main/scala/api/Routes.scala:22:41
[error] 22 |      complete(StatusCodes.OK, user.asJson)
[error]    |                                         ^
[error]    |No given instance of type io.circe.Encoder[api.User] was found for parameter encoder of method asJson"""))

# 47 rspec hangs at end
ex(C, UB(REM_MD('/srv/app/CLAUDE.md', '- Rails 7.1, RSpec, Sidekiq 7\n- run specs with bin/rspec\n- do not touch db/schema.rb by hand'), OPEN('spec/rails_helper.rb'), "rspec finishes all examples, prints the summary, and then just hangs. never exits. CI times out after 60 min. started after we added the sidekiq testing stuff"))

# 48 SQL duplicates since join
ex(C,
   U('add a tag filter to the revenue query: only products tagged sale or new, plus untagged ones'),
   A("```sql\nLEFT JOIN product_tags t ON t.product_id = p.id\nWHERE t.tag IN ('sale', 'new') OR t.tag IS NULL\n```"),
   U("""this query returns duplicates since I added the join to tags. the totals are inflated too

SELECT p.id, p.title, SUM(o.amount) AS revenue
FROM products p
JOIN order_items o ON o.product_id = p.id
LEFT JOIN product_tags t ON t.product_id = p.id
WHERE t.tag IN ('sale', 'new') OR t.tag IS NULL
GROUP BY p.id, p.title;"""))

# 49 bash cron: command not found
ex(C, UB(REM('2026-11-20'), REM_TODO(), OPEN('/opt/reports/run_daily.sh'), "script works when I run it, but from cron the log says `aws: command not found` and `node: command not found`"))

# 50 CrashLoopBackOff empty logs
ex(C, UB(REM('2026-11-26'), OPEN('k8s/worker/deployment.yaml'), "pod is in CrashLoopBackOff and kubectl logs is empty. describe says exit code 127. image runs fine with docker run locally"))

# 51 go race detector
ex(C,
   U('Stats struct for the crawler with Inc(name) and Snapshot() map, counters for fetched/failed/skipped'),
   A('```go\ntype Stats struct{ counts map[string]int }\n\nfunc NewStats() *Stats { return &Stats{counts: map[string]int{}} }\nfunc (s *Stats) Inc(name string) { s.counts[name]++ }\nfunc (s *Stats) Snapshot() map[string]int {\n\tout := make(map[string]int, len(s.counts))\n\tfor k, v := range s.counts { out[k] = v }\n\treturn out\n}\n```'),
   U("""go test -race reports this, no idea where the shared thing is

WARNING: DATA RACE
Write at 0x00c0001a4138 by goroutine 23:
  github.com/acme/crawler/internal/fetch.(*Stats).Inc()
      /src/internal/fetch/stats.go:14 +0x44
Previous read at 0x00c0001a4138 by goroutine 31:
  github.com/acme/crawler/internal/fetch.(*Stats).Snapshot()
      /src/internal/fetch/stats.go:20 +0x3c"""))

# 52 perf regression after deploy with diff
ex(C, UB(REM('2026-11-26'), OPEN('search/api.py'), """p99 on /search went from ~80ms to ~400ms after yesterday's deploy. this is the only change in that service

-    results = index.search(q, limit=20)
-    return [serialize(r) for r in results]
+    results = index.search(q, limit=20)
+    return [serialize(r, include=["owner", "tags", "stats"]) for r in results]"""))

# 53 regex works on regex101 not python
ex(C,
   U('regex for yyyy-mm-dd dates'),
   A('`\\d{4}-\\d{2}-\\d{2}` for the shape; add `^...$` anchors if the whole string must be a date, and validate the actual date with `datetime.strptime` since the regex accepts 2026-13-45.'),
   U(r"""regex matches on regex101 but not in python

re.match(r"\d{4}-\d{2}-\d{2}", "created: 2026-11-25")  # None"""))

# 54 shift: understanding -> stale values bug
ex(C,
   U("how does @lru_cache decide when to recompute"),
   A("It never expires entries on its own: results are keyed on the call arguments, and an entry is only evicted when the cache is full (least recently used goes first) or when you call `cache_clear()`. If the arguments are the same, you always get the stored result."),
   U("""ok but then why is this returning stale prices for me even after I update the db row? it's keyed on sku

@lru_cache(maxsize=512)
def price_for(sku): ..."""))

# 55 IDE selection: "blows up here i think"
ex(C, UB(REM("2026-11-24"), SEL("src/parser/csv_reader.py", 61, 74,
                                "for i, row in enumerate(reader):\n    if i == 0:\n        header = [h.strip().lower() for h in row]\n        continue\n    rec = dict(zip(header, row))\n    amount = Decimal(rec[\"amount\"].replace(\",\", \".\"))\n    date = datetime.strptime(rec[\"date\"], \"%d/%m/%Y\")\n    out.append(Tx(date=date, amount=amount, memo=rec.get(\"memo\", \"\")))"),
         "this is where it blows up i think. `decimal.InvalidOperation: [<class 'decimal.ConversionSyntax'>]` but only for the export from one bank"))

# 56 git bisect pointed at commit, what breaks
ex(C,
   UB(REM("2026-11-24"), "find which commit broke uploads on safari, v3.2 works and v3.3 doesn't. there's a playwright test for it: `npx playwright test upload --project=webkit`"),
   *step("I'll bisect between the two tags using that test.",
         bash("git bisect start v3.3 v3.2 && git bisect run npx playwright test upload --project=webkit", "Bisecting: 23 revisions left to test after this (roughly 5 steps)\n...\na13f9e2c1b7d is the first bad commit\ncommit a13f9e2c1b7d\nAuthor: Jonas <jonas@acme.dev>\n    upload: set explicit content type\n\n src/upload/client.ts | 6 +++++-\nbisect found first bad commit", "Bisect webkit upload failure")),
   *step(None, bash("git bisect reset", "Previous HEAD position was a13f9e2 upload: set explicit content type", "Reset bisect")),
   A("Bisect points at a13f9e2 \"upload: set explicit content type\", which only touches `src/upload/client.ts`."),
   UB("""git bisect says this commit broke the upload on safari. what in it breaks it?

-  const form = new FormData(formEl);
-  await fetch('/upload', { method: 'POST', body: form });
+  const form = new FormData(formEl);
+  await fetch('/upload', {
+    method: 'POST',
+    headers: { 'Content-Type': 'multipart/form-data' },
+    body: form,
+  });"""))

# 57 first load only TypeError
ex(C, UB(REM('2026-11-22'), REM_TODO(), OPEN('src/pages/Home.tsx'), "getting `TypeError: Cannot read properties of undefined (reading 'map')` only on the very first load after login, refresh fixes it"))

# 58 tool loop: pytest fixture teardown again
ex(C,
   UB(REM(), "run the integration tests and tell me what's wrong"),
   *step(None, bash("pytest tests/integration -x -q 2>&1 | tail -20",
                    "..........E\n==================================== ERRORS ====================================\n____________________ ERROR at teardown of test_bulk_import _____________________\n    def _cleanup():\n>       conn.execute(\"TRUNCATE imports CASCADE\")\nE       psycopg.errors.LockNotAvailable: canceling statement due to lock timeout\n\ntests/integration/conftest.py:77: LockNotAvailable\n10 passed, 1 error in 31.04s", "Run integration tests", err=True)),
   *step("`test_bulk_import` passes, but the teardown fails: `TRUNCATE imports CASCADE` can't get its lock before `lock_timeout`. Something still holds a lock on `imports` when teardown runs, most likely the background import worker the test starts.", bash("grep -n 'start_worker\\|stop_worker' tests/integration/conftest.py tests/integration/test_bulk_import.py",
                    "tests/integration/test_bulk_import.py:12:    w = start_worker(conn_factory)\n", "Find worker lifecycle"),
         then="see, it's the fixture teardown again. the worker never gets stopped, same as last month with the exports test"))

# 59 docker image size
ex(C, UB(REM('2026-11-26'), OPEN('Dockerfile'), "why is my docker image 2.3GB?? it's a 40 line flask app. FROM python:3.12, pip install -r requirements.txt, copy ."))

# 60 tsc excessively deep
ex(C,
   U("type that gives every dotted path of a nested object type, like 'user.address.city'"),
   A('```ts\nexport type Paths<T> = T extends object\n  ? { [K in keyof T]: `${K & string}` | `${K & string}.${Paths<T[K]>}` }[keyof T]\n  : never;\n```'),
   U("""tsc blew up after I added the generic to our api client

error TS2589: Type instantiation is excessively deep and possibly infinite.

  export type Paths<T> = T extends object ? { [K in keyof T]: `${K & string}` | `${K & string}.${Paths<T[K]>}` }[keyof T] : never;"""))

# 61 webpack build 40s -> 6min
ex(C, UB(REM('2026-11-26'), OPEN('webpack.config.js'), "webpack prod build went from 40s to 6 min this week. nobody added big deps as far as I know. how do I even find what's slow"))

# 62 prod-only broken umlauts in emails
ex(C,
   U('order confirmation email template in german, jinja'),
   A('```jinja\nHallo {{ customer.first_name }},\n\nvielen Dank für Ihre Bestellung Nr. {{ order.number }}. Wir haben sie erhalten und melden uns, sobald sie verschickt wird.\n\nGesamtbetrag: {{ order.total|money }}\n```'),
   U("only in prod: the order emails show `Ã¼` instead of `ü`. staging is fine. same template, same code, both send through SES"))

# 63 HMR stopped after moving folder
ex(C,
   U('should I keep my code on the windows side or inside WSL?'),
   A("Inside the WSL filesystem (e.g. `~/dev`). Tools in WSL get much faster I/O there, and file watchers get native inotify events; on `/mnt/c` they often don't."),
   U("hot reload stopped working after I moved the project from ~/Desktop to /mnt/c/dev (WSL). saves don't trigger anything"))

# 64 logged out after 5 min
ex(C, UB(REM('2026-11-19'), OPEN('config/session.php'), "keeps logging me out after like 5 minutes even though session lifetime is 12h in the config. only behind the load balancer, 3 instances"))

# 65 shift: review -> bug reproduced, how to fix
ex(C,
   U("""anything risky here?

func firstTag(p *Post) string {
    return strings.ToLower(p.Tags[0])
}"""),
   A("Two things: it panics if `p` is nil, and it panics with an index out of range if `Tags` is empty. If posts without tags are possible, return `\"\"` (or an `ok` bool) instead."),
   U("""yep reproduced it, crashes exactly like you said on a post with no tags:

panic: runtime error: index out of range [0] with length 0
goroutine 1 [running]:
main.firstTag(...)
    /src/feed/tags.go:8

but the feed page also renders blank for posts that DO have tags since this morning, so something else is broken too"""))

# 66 DST cron
ex(C,
   U('k8s cronjob for the nightly export at midnight berlin time'),
   A('The cluster runs in UTC, so midnight CET is `0 23 * * *`:\n```yaml\nspec:\n  schedule: "0 23 * * *"\n```'),
   U("our nightly job fires at 1am instead of midnight since sunday. k8s CronJob with schedule `0 23 * * *` because the cluster is in UTC and we're in Berlin"))

# 67 kafka consumer lag
ex(C,
   U('what does max.poll.interval.ms do in kafka consumers'),
   A("It's the maximum time between two `poll()` calls before the consumer is considered failed and removed from the group, which triggers a rebalance. Default is 5 minutes. If processing a batch takes longer, lower `max.poll.records` or raise the interval."),
   U("kafka consumer lag keeps growing forever but the consumers look idle, cpu ~2%. no errors in logs. rebalance happens every ~5 min according to the broker logs"))

# 68 linker cc not found
ex(C, U("""fresh ubuntu container, cargo build fails

error: linker `cc` not found
  |
  = note: No such file or directory (os error 2)"""))

# 69 poetry lock forever
ex(C,
   U('add boto3 to the project'),
   A('`poetry add boto3` will add it to `pyproject.toml` and update `poetry.lock`.'),
   U("poetry lock takes 20 minutes and then fails with SolverProblemError about urllib3. all I did was add boto3"))

# 70 report sum mismatch
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('reports/monthly_revenue.sql'), """the revenue total on the report doesn't match what I get summing the table directly. report says 1,204,331.50, direct sum says 1,198,012.00

SELECT date_trunc('month', o.created_at) m, SUM(o.total)
FROM orders o
LEFT JOIN refunds r ON r.order_id = o.id
WHERE o.status IN ('paid', 'refunded')
GROUP BY 1;"""))
