from h import ex, SR, SRt, T, FILE, SEL, call, res

R = "code_review"

# 1 pasted reviewer comment "fair point?"
ex(R, "reviewer on my PR wrote:\n> `catch (e) { return null }` here swallows the DB timeout and the caller will treat it as 'user not found' and create a duplicate account\n\ncode:\n```ts\nasync function findUser(email: string) {\n  try { return await db.user.findUnique({ where: { email } }) }\n  catch (e) { return null }\n}\n```\nfair point?")

# 2 tool loop: git diff + "sanity check before I push"
ex(R,
   [SR(), T("sanity check before I push")],
   call(None, ("Bash", "git diff --staged")),
   res("diff --git a/app/api/export.py b/app/api/export.py\n@@ -12,9 +12,14 @@ def export_orders(request):\n-    rows = Order.objects.filter(account=request.user.account)\n+    account_id = request.GET.get('account_id', request.user.account_id)\n+    rows = Order.objects.filter(account_id=account_id)\n+    if request.GET.get('since'):\n+        rows = rows.filter(created_at__gte=request.GET['since'])\n     resp = HttpResponse(content_type='text/csv')\n-    writer = csv.writer(resp)\n+    writer = csv.writer(resp, delimiter=request.GET.get('sep', ','))\n     for o in rows:\n         writer.writerow([o.id, o.total, o.customer.email])\n     return resp"),
   [T("it's a tiny change, support asked for filtering by date")])

# 3 stack trace but asking for review
ex(R,
   "we fixed this crash:\n```\npanic: runtime error: index out of range [3] with length 3\ngoroutine 41 [running]:\nmain.(*Ring).Push(...)\n\t/src/ring.go:22\n```\nwith this change\n```diff\n-func (r *Ring) Push(v int) { r.buf[r.head] = v; r.head++ }\n+func (r *Ring) Push(v int) {\n+\tif r.head >= len(r.buf) { r.head = 0 }\n+\tr.buf[r.head] = v\n+\tr.head++\n+}\n```\nis that the right fix or just hiding it? Ring is used from multiple goroutines")

# 4 German
ex(R, "Würdest du das so mergen?\n```python\ndef get_price(product, user):\n    if user.is_premium == True:\n        price = product.price * 0.9\n    else:\n        price = product.price\n    if product.on_sale == True:\n        price = price * 0.8\n    return round(price, 2)\n```\nprice ist ein float aus der DB")

# 5 "which of these two is better"
ex(R, "which is better and why\n\nA:\n```js\nconst active = users.filter(u => u.active).map(u => u.id)\n```\nB:\n```js\nconst active = users.reduce((acc, u) => { if (u.active) acc.push(u.id); return acc }, [])\n```\nteammate insists B is faster. list is ~200 items")

# 6 tool loop: review PR via gh
ex(R,
   [SR(), T("look at PR 1834")],
   call(None, ("Bash", "gh pr view 1834 --json title,body,additions,deletions && gh pr diff 1834")),
   res("{\"title\":\"Cache user permissions\",\"body\":\"Perm lookups are 30% of request time\",\"additions\":22,\"deletions\":3}\ndiff --git a/src/authz/permissions.ts b/src/authz/permissions.ts\n+const cache = new Map<string, Set<string>>();\n+\n export async function permissionsFor(userId: string): Promise<Set<string>> {\n-  return loadPermissions(userId);\n+  if (cache.has(userId)) return cache.get(userId)!;\n+  const perms = await loadPermissions(userId);\n+  cache.set(userId, perms);\n+  return perms;\n }"),
   "poke holes")

# 7 Japanese
ex(R, "このコード、セキュリティ的に問題ありますか？\n```php\n$id = $_GET['id'];\n$stmt = $pdo->query(\"SELECT * FROM posts WHERE id = $id\");\n$post = $stmt->fetch();\necho \"<h1>{$post['title']}</h1>\";\n```")

# 8 multi-turn: codegen earlier, final review of own modification
ex(R,
   "write a function that chunks a list into n-sized pieces",
   "```python\ndef chunks(xs, n):\n    return [xs[i:i+n] for i in range(0, len(xs), n)]\n```",
   "I changed it to a generator so it works on big files, did I break anything?\n```python\ndef chunks(it, n):\n    buf = []\n    for x in it:\n        buf.append(x)\n        if len(buf) == n:\n            yield buf\n            buf.clear()\n    if buf:\n        yield buf\n```")

# 9 terse
ex(R, "is `except Exception: pass` ever ok")

# 10 idiomatic Rust
ex(R, [SR(), SEL("src/config.rs", 10, 24, "pub fn load(path: &str) -> Config {\n    let s = std::fs::read_to_string(path).unwrap();\n    let mut cfg: Config = toml::from_str(&s).unwrap();\n    if cfg.workers == 0 {\n        cfg.workers = num_cpus::get();\n    }\n    match std::env::var(\"APP_PORT\") {\n        Ok(p) => cfg.port = p.parse().unwrap(),\n        Err(_) => {}\n    }\n    cfg\n}"), T("idiomatic? first real rust code I'm shipping")])

# 11 tool loop: review commit range
ex(R,
   [SR(), T("what did I change today")],
   call(None, ("Bash", "git log --since=midnight --oneline && git diff HEAD~3 --stat")),
   res("e12f0a3 use connection pool for report queries\n9ab4410 wip\n3cc1d97 add index hint\n src/reports/query.py | 41 +++++++++++++++++++++++++----------\n src/db/pool.py       | 18 ++++++++++++++\n 2 files changed, 44 insertions(+), 15 deletions(-)"),
   "Three commits today touching `src/reports/query.py` and a new `src/db/pool.py`.",
   call(None, ("Bash", "git diff HEAD~3 -- src/db/pool.py")),
   res("+import threading\n+import psycopg2.pool\n+\n+_pool = None\n+\n+def get_pool():\n+    global _pool\n+    if _pool is None:\n+        _pool = psycopg2.pool.SimpleConnectionPool(1, 20, dsn=DSN)\n+    return _pool\n+\n+def query(sql, params):\n+    conn = get_pool().getconn()\n+    cur = conn.cursor()\n+    cur.execute(sql, params)\n+    return cur.fetchall()"),
   [T("does pool.py hold up? it's used from the gunicorn threaded workers")])

# 12 Spanish
ex(R, "¿Está bien este manejo de errores en Go o es demasiado? mi compañero dice que envuelvo demasiado\n```go\nif err := s.repo.Save(ctx, u); err != nil {\n    return fmt.Errorf(\"service: save user %s: %w\", u.ID, err)\n}\n```\ny en el repo también hago `fmt.Errorf(\"repo: insert: %w\", err)`")

# 13 review with "debug" words
ex(R, "I'm debugging nothing, it works — I just want to know if this retry decorator has edge cases I'm not seeing before it goes in the shared lib\n```python\ndef retry(times=3, delay=1):\n    def deco(fn):\n        def inner(*a, **kw):\n            for i in range(times):\n                try:\n                    return fn(*a, **kw)\n                except Exception:\n                    time.sleep(delay)\n        return inner\n    return deco\n```")

# 14 multi-turn: understanding then review
ex(R,
   [SR(), T("how does our JWT refresh flow work")],
   call(None, ("Read", "src/auth/refresh.ts")),
   res("1\texport async function refresh(req, res) {\n2\t  const token = req.cookies.refresh;\n3\t  const payload = jwt.decode(token);\n4\t  const user = await users.find(payload.sub);\n5\t  res.json({ access: sign(user, '15m') });\n6\t}\n"),
   "It reads the refresh token from a cookie, decodes it to get the user id, and issues a new 15-minute access token.",
   "wait is that... fine? jwt.decode not verify")

# 15 Korean
ex(R, "이 React 컴포넌트 코드리뷰 부탁드려요. 특히 성능 측면에서요\n```jsx\nfunction List({ items, onSelect }) {\n  return items.map(item => (\n    <Row key={Math.random()} item={item} onClick={() => onSelect(item.id)} style={{ padding: 8 }} />\n  ));\n}\n```")

# 16 Terraform review
ex(R, "anything off with this before I apply to prod?\n```hcl\nresource \"aws_security_group_rule\" \"db_in\" {\n  type              = \"ingress\"\n  from_port         = 5432\n  to_port           = 5432\n  protocol          = \"tcp\"\n  cidr_blocks       = [\"0.0.0.0/0\"]\n  security_group_id = aws_security_group.db.id\n}\n\nresource \"aws_db_instance\" \"main\" {\n  engine               = \"postgres\"\n  instance_class       = \"db.t3.medium\"\n  publicly_accessible  = true\n  skip_final_snapshot  = true\n  deletion_protection  = false\n  ...\n}\n```")

# 17 tool loop: after edits, "did I miss anything?"
ex(R,
   [SR(), T("I migrated the logger from winston to pino, did I miss anything?")],
   call(None, ("Grep", {"pattern": "winston", "output_mode": "content", "-n": True})),
   res("package.json:31:    \"winston\": \"^3.11.0\",\nsrc/jobs/cleanup.ts:4:import { logger } from 'winston';\nsrc/jobs/cleanup.ts:19:  logger.log('info', 'cleanup done', { removed });"),
   call(None, ("Grep", {"pattern": "logger\\.(info|error|warn)\\(['`\"]", "output_mode": "content", "-n": True, "head_limit": 8})),
   res("src/server.ts:22:  logger.info('listening', { port });\nsrc/api/orders.ts:51:  logger.error('order failed', err);\nsrc/api/users.ts:14:  logger.warn(`slow query ${ms}ms`);"),
   [T("well?")])

# 18 French
ex(R, "Mon lead m'a laissé ce commentaire : « évite les `@Autowired` sur les champs, passe par le constructeur ». C'est juste une question de style ou il y a une vraie raison ?\n```java\n@Service\npublic class InvoiceService {\n    @Autowired private InvoiceRepository repo;\n    @Autowired private MailService mail;\n}\n```")

# 19 performance review of given code
ex(R, "perf review this pls, runs on every request\n```python\ndef has_permission(user, perm):\n    roles = Role.objects.filter(users=user)\n    for r in roles:\n        for p in r.permissions.all():\n            if p.codename == perm:\n                return True\n    return False\n```")

# 20 multi-turn: debugging fixed, final "would you merge this?"
ex(R,
   [SR(), T("fix the flaky test in test_scheduler.py")],
   call(None, ("Read", "tests/test_scheduler.py")),
   res("14\tdef test_runs_after_delay():\n15\t    s = Scheduler()\n16\t    s.schedule(job, delay=0.1)\n17\t    time.sleep(0.15)\n18\t    assert job.called\n"),
   call("The test races the scheduler thread with a real sleep. I'll inject a fake clock and advance it.", ("Edit", {"file_path": "tests/test_scheduler.py", "old_string": "    s = Scheduler()\n    s.schedule(job, delay=0.1)\n    time.sleep(0.15)", "new_string": "    clock = FakeClock()\n    s = Scheduler(clock=clock)\n    s.schedule(job, delay=0.1)\n    clock.advance(0.15)\n    s.run_pending()"})),
   res("The file tests/test_scheduler.py has been updated."),
   call(None, ("Bash", "pytest tests/test_scheduler.py -q --count=50")),
   res("50 passed in 0.41s"),
   "50/50 passing now.",
   "ok but now the test doesn't exercise the real background thread at all. would you merge this as-is?")

# 21 Portuguese
ex(R, "esse código de upload tá seguro? \n```js\napp.post('/upload', upload.single('file'), (req, res) => {\n  const dest = path.join(__dirname, 'uploads', req.body.folder, req.file.originalname)\n  fs.renameSync(req.file.path, dest)\n  res.json({ url: '/uploads/' + req.body.folder + '/' + req.file.originalname })\n})\n```")

# 22 terse, IDE selection
ex(R, [SR(), SEL("src/db/migrations/0057_backfill.sql", 1, 4, "UPDATE users SET plan = 'free' WHERE plan IS NULL;\nALTER TABLE users ALTER COLUMN plan SET NOT NULL;\nCREATE INDEX users_plan_idx ON users(plan);"), T("users has 80M rows. safe to run during the day?")])

# 23 tool loop with Read of two files, compare approaches
ex(R,
   [SR(), T("there are two implementations of the retry policy, one from me and one from Priya, in src/retry/a.ts and b.ts")],
   call(None, ("Read", "src/retry/a.ts"), ("Read", "src/retry/b.ts")),
   res("1\texport async function withRetry<T>(fn: () => Promise<T>, n = 3): Promise<T> {\n2\t  let last;\n3\t  for (let i = 0; i < n; i++) {\n4\t    try { return await fn(); } catch (e) { last = e; await sleep(100 * 2 ** i); }\n5\t  }\n6\t  throw last;\n7\t}\n",
       "1\texport async function withRetry<T>(fn: () => Promise<T>, opts: { retries?: number; retryOn?: (e: unknown) => boolean; signal?: AbortSignal } = {}): Promise<T> {\n2\t  const { retries = 3, retryOn = isTransient, signal } = opts;\n3\t  for (let i = 0; ; i++) {\n4\t    try { return await fn(); }\n5\t    catch (e) {\n6\t      if (i >= retries || !retryOn(e) || signal?.aborted) throw e;\n7\t      await sleep(jitter(100 * 2 ** i), signal);\n8\t    }\n9\t  }\n10\t}\n"),
   [T("be honest, which one should we keep")])

# 24 multi-turn: arch earlier, review of resulting code
ex(R,
   "how should I structure the repository layer for this fastapi app",
   "A repository per aggregate, taking an `AsyncSession` in the constructor, with the service layer owning the transaction boundary.",
   "here's what I did, does this follow it or did I mess it up\n```python\nclass OrderRepo:\n    def __init__(self, session: AsyncSession):\n        self.s = session\n    async def add(self, order: Order):\n        self.s.add(order)\n        await self.s.commit()\n    async def get(self, id: int) -> Order | None:\n        return await self.s.get(Order, id)\n```")

# 25 Chinese
ex(R, "帮我看看这段 SQL 有没有问题，准备上线的报表\n```sql\nSELECT u.id, u.name, COUNT(o.id) AS orders\nFROM users u LEFT JOIN orders o ON o.user_id = u.id\nWHERE o.created_at >= '2026-01-01'\nGROUP BY u.id;\n```\n想要的是所有用户包括没下单的")

# 26 GitHub actions security
ex(R, "is this workflow safe to add to a public repo?\n```yaml\non: pull_request_target\njobs:\n  preview:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with:\n          ref: ${{ github.event.pull_request.head.sha }}\n      - run: npm ci && npm run build\n      - run: npx vercel deploy --token ${{ secrets.VERCEL_TOKEN }}\n```")

# 27 tool loop Kotlin
ex(R,
   [SR(), FILE("app/src/main/java/com/acme/ui/ProfileViewModel.kt"), T("can you check my viewmodel")],
   call(None, ("Read", "app/src/main/java/com/acme/ui/ProfileViewModel.kt")),
   res("1\tclass ProfileViewModel(private val repo: ProfileRepo) : ViewModel() {\n2\t    var profile: Profile? = null\n3\t    fun load(context: Context) {\n4\t        GlobalScope.launch {\n5\t            profile = repo.fetch()\n6\t            Toast.makeText(context, \"loaded\", Toast.LENGTH_SHORT).show()\n7\t        }\n8\t    }\n9\t}\n"),
   "honest opinion, I come from iOS")

# 28 multi-turn review follow-up: "and now?"
ex(R,
   "review:\n```python\ndef avg(xs):\n    return sum(xs) / len(xs)\n```",
   "Crashes with ZeroDivisionError on an empty list, and with generators since len() isn't defined. Decide what empty should mean (raise a clear error or return None).",
   "and now?\n```python\ndef avg(xs: Sequence[float]) -> float | None:\n    if not xs:\n        return None\n    return sum(xs) / len(xs)\n```")

# 29 Russian
ex(R, "Глянь PR-описание и дифф, норм ли так делать миграцию? Добавляю NOT NULL колонку с дефолтом в таблицу на 200 млн строк в Postgres 11\n```sql\nALTER TABLE events ADD COLUMN source text NOT NULL DEFAULT 'web';\n```")

# 30 tool loop with failed tests, but asks for review
ex(R,
   [SR(), T("run the linter and tests on my branch")],
   call(None, ("Bash", "ruff check . && pytest -q")),
   res("All checks passed!\n........................................ [100%]\n214 passed in 12.3s"),
   "Lint clean, 214 tests passing.",
   call(None, ("Bash", "git diff main...HEAD --stat")),
   res(" src/billing/invoice.py   | 88 +++++++++++++++++++++++++--------------\n src/billing/tax.py       | 12 ++++--\n tests/billing/test_invoice.py | 4 +-\n 3 files changed, 67 insertions(+), 37 deletions(-)"),
   "tests pass but that doesn't mean much, I only changed 4 lines of tests for an 88-line refactor. go through invoice.py changes and tell me what's risky")

# 31 Italian
ex(R, "Secondo te questo è un uso corretto di `useEffect`? Il collega dice che è un anti-pattern\n```jsx\nconst [fullName, setFullName] = useState('');\nuseEffect(() => { setFullName(first + ' ' + last) }, [first, last]);\n```")

# 32 C memory review
ex(R, "any leaks or UB here?\n```c\nchar *join(const char **parts, size_t n) {\n  size_t len = 0;\n  for (size_t i = 0; i < n; i++) len += strlen(parts[i]);\n  char *out = malloc(len);\n  out[0] = 0;\n  for (size_t i = 0; i < n; i++) strcat(out, parts[i]);\n  return out;\n}\n```")

# 33 terse, Hinglish
ex(R, "yeh Dockerfile production ke liye theek hai kya?\n```\nFROM node:20\nCOPY . .\nRUN npm install\nEXPOSE 3000\nCMD npm start\n```")

# 34 multi-turn: codegen by assistant, user asks "is this thread safe?" about assistant's output
ex(R,
   [SR(), T("write a singleton for the config loader in java")],
   "```java\npublic class ConfigLoader {\n    private static ConfigLoader instance;\n    private final Properties props;\n    private ConfigLoader() { props = load(); }\n    public static ConfigLoader get() {\n        if (instance == null) instance = new ConfigLoader();\n        return instance;\n    }\n}\n```",
   [T("is that actually safe with our servlet threads? check yourself")])

# 35 Swift review
ex(R, "pls review, first time with async/await in swift\n```swift\nfunc loadAll() async throws -> [Photo] {\n    var out: [Photo] = []\n    for id in ids {\n        let p = try await api.photo(id)\n        out.append(p)\n    }\n    return out\n}\n```\n~300 ids")

# 36 tool loop, reading file, asks about style vs team conventions
ex(R,
   [SR(), T("does my new handler follow the conventions of the other handlers?")],
   call(None, ("Bash", "ls internal/http/handlers && git diff main -- internal/http/handlers/invites.go | head -60")),
   res("members.go\nprojects.go\ninvites.go\n+func CreateInvite(w http.ResponseWriter, r *http.Request) {\n+\tvar body struct{ Email string }\n+\tjson.NewDecoder(r.Body).Decode(&body)\n+\tinv, err := store.CreateInvite(r.Context(), body.Email)\n+\tif err != nil {\n+\t\thttp.Error(w, err.Error(), 500)\n+\t\treturn\n+\t}\n+\tjson.NewEncoder(w).Encode(inv)\n+}"),
   call(None, ("Read", {"file_path": "internal/http/handlers/members.go", "limit": 30})),
   res("1\tfunc (h *Handler) AddMember(w http.ResponseWriter, r *http.Request) {\n2\t\tvar req AddMemberRequest\n3\t\tif err := decodeAndValidate(r, &req); err != nil {\n4\t\t\th.respondError(w, r, err)\n5\t\t\treturn\n6\t\t}\n7\t\tm, err := h.svc.AddMember(r.Context(), req)\n8\t\tif err != nil {\n9\t\t\th.respondError(w, r, err)\n10\t\t\treturn\n11\t\t}\n12\t\th.respond(w, http.StatusCreated, m)\n13\t}\n"),
   "go on")

# 37 Dutch
ex(R, "Is deze manier van wachtwoorden opslaan nog acceptabel in 2026? `hashlib.sha256((salt + pw).encode()).hexdigest()` met een salt per gebruiker")

# 38 review of k8s manifest
ex(R, [SR(), FILE("deploy/k8s/api.yaml"), T("prod readiness check on this manifest before we go live — resources, probes, security context, anything")])

# 39 multi-turn with reviewer comment in Polish
ex(R,
   "Dostałem na review komentarz: „ten `Optional.get()` bez `isPresent()` to bomba”. Kod:\n```java\nUser u = repo.findByEmail(email).get();\n```\nale przecież email zawsze istnieje, bo sprawdzamy to wcześniej w kontrolerze. Ma rację czy się czepia?")

# 40 tool loop with Edit by assistant; final user asks "is your change correct? double check"
ex(R,
   [SR(), T("make the csv export stream instead of building everything in memory")],
   call(None, ("Read", "app/exports.py")),
   res("1\tdef export(qs):\n2\t    buf = io.StringIO()\n3\t    w = csv.writer(buf)\n4\t    for row in qs:\n5\t        w.writerow(row.as_list())\n6\t    return HttpResponse(buf.getvalue(), content_type='text/csv')\n"),
   call(None, ("Edit", {"file_path": "app/exports.py", "old_string": "    buf = io.StringIO()\n    w = csv.writer(buf)\n    for row in qs:\n        w.writerow(row.as_list())\n    return HttpResponse(buf.getvalue(), content_type='text/csv')", "new_string": "    class Echo:\n        def write(self, v):\n            return v\n    w = csv.writer(Echo())\n    return StreamingHttpResponse((w.writerow(r.as_list()) for r in qs), content_type='text/csv')"})),
   res("The file app/exports.py has been updated."),
   "Now streams rows via StreamingHttpResponse.",
   "before I ship: qs is a normal queryset with 2M rows, and there's a middleware that gzips responses. anything in your change that won't behave like I think?")

# 41 terse
ex(R, "naming nitpicks welcome\n```ts\nconst d = await getData(u)\nconst d2 = d.filter(x => x.f)\nconst res = d2.map(proc)\n```")

# 42 Turkish
ex(R, "Bu Python kodunda race condition var mı? Flask uygulamasında global sayaç tutuyorum\n```python\ncounter = 0\n@app.post('/hit')\ndef hit():\n    global counter\n    counter += 1\n    return {'n': counter}\n```\ngunicorn 4 worker ile çalışıyor")

# 43 review request with "explain" surface cue
ex(R, "explain to me what's wrong with this, if anything — it's from a take-home I'm grading\n```python\nclass BankAccount:\n    def __init__(self, balance=[]):\n        self.history = balance\n    def deposit(self, amt):\n        self.history.append(amt)\n    @property\n    def balance(self):\n        return sum(self.history)\n```")

# 44 multi-turn review disagreement
ex(R,
   "is it ok to use `float` for prices in this go struct? `type Item struct { Price float64 }`",
   "Prefer integer minor units (cents as int64) or a decimal type; float64 can't represent most decimal fractions exactly, so sums drift.",
   "we only display them, never sum. still a problem?")

# 45 tool loop security review of endpoint
ex(R,
   [SR(), FILE("src/routes/admin.ts"), T("security review of the admin routes pls, we got a pentest next week")],
   call(None, ("Read", "src/routes/admin.ts")),
   res("1\trouter.use((req, res, next) => {\n2\t  if (req.query.admin === 'true' || req.user?.role === 'admin') return next();\n3\t  res.sendStatus(403);\n4\t});\n5\trouter.post('/users/:id/impersonate', async (req, res) => {\n6\t  const token = sign({ sub: req.params.id });\n7\t  res.cookie('session', token);\n8\t  res.redirect('/');\n9\t});\n10\trouter.get('/logs', (req, res) => {\n11\t  res.sendFile(path.join('/var/log/app', req.query.file as string));\n12\t});\n"),
   [SR(), T("go")])

# 45b Vietnamese
ex(R, "Mọi người xem giúp đoạn code xử lý đơn hàng này có vấn đề gì không, mình mới đi làm được 2 tháng\n```js\nasync function createOrder(req, res) {\n  const order = await Order.create(req.body)\n  await Inventory.decrement(order.items)\n  await sendEmail(order.email)\n  res.json(order)\n}\n```")

# 46 C# review
ex(R, "is this HttpClient usage ok in our asp.net core service?\n```csharp\npublic async Task<Rate> GetRate(string cur) {\n    using var client = new HttpClient();\n    var json = await client.GetStringAsync($\"https://fx.example.com/{cur}\");\n    return JsonSerializer.Deserialize<Rate>(json);\n}\n```\ncalled ~500/s")

# 47 multi-turn: debug→ user pastes own fix and asks review
ex(R,
   [SR(), T("our websocket server leaks connections")],
   "Likely the `close` handler isn't removing the socket from the `clients` Set on abnormal disconnects; `close` fires, but you're listening on `end`.",
   [SEL("ws/server.js", 20, 30, "wss.on('connection', (ws) => {\n  clients.add(ws);\n  ws.on('close', () => clients.delete(ws));\n  ws.on('error', () => clients.delete(ws));\n  const t = setInterval(() => ws.ping(), 30000);\n});"), T("changed it like this. good now?")])

# 48 German tool loop
ex(R,
   [SR(), T("Schau dir mal meinen Branch an")],
   call(None, ("Bash", "git log main..HEAD --oneline && git diff main..HEAD --stat")),
   res("4f1c2aa Nutzerimport aus CSV\n src/import/users.py | 57 ++++++++++\n 1 file changed, 57 insertions(+)"),
   call(None, ("Read", "src/import/users.py")),
   res("1\tdef import_users(path):\n2\t    for line in open(path):\n3\t        name, email, role = line.strip().split(',')\n4\t        cur.execute(f\"INSERT INTO users (name, email, role) VALUES ('{name}', '{email}', '{role}')\")\n5\t    conn.commit()\n"),
   "Ehrliche Meinung bitte, kann das so rein?")

# 49 "compare two queries which is better"
ex(R, "which of these is the better way to get the latest status per order in postgres?\n\n1)\n```sql\nSELECT DISTINCT ON (order_id) order_id, status FROM order_events ORDER BY order_id, created_at DESC;\n```\n2)\n```sql\nSELECT e.order_id, e.status FROM order_events e\nJOIN (SELECT order_id, MAX(created_at) m FROM order_events GROUP BY order_id) x\n  ON x.order_id = e.order_id AND x.m = e.created_at;\n```\n")

# 50 tool loop - mid-session: earlier codegen; final review of test quality
ex(R,
   [SR(), T("write tests for the discount calculator")],
   call(None, ("Write", {"file_path": "tests/test_discount.py", "content": "def test_discount():\n    assert calc(100, 'SUMMER') == 90\n\ndef test_no_code():\n    assert calc(100, None) == 100\n"})),
   res("File created successfully at: tests/test_discount.py"),
   "Added two tests.",
   [T("my teammate added a bunch more on top, look at tests/test_discount.py now and tell me if they're actually testing anything useful or just padding coverage")])

# 51 Scala review
ex(R, "is this idiomatic scala or am I writing java in scala?\n```scala\ndef find(users: List[User], id: Long): User = {\n  var result: User = null\n  for (u <- users) { if (u.id == id) result = u }\n  if (result == null) throw new NoSuchElementException()\n  result\n}\n```")

# 52 Spanish multi-turn
ex(R,
   "¿me explicas qué hace `Promise.all` con errores?",
   "Rechaza en cuanto una de las promesas rechaza, con ese error; las demás siguen ejecutándose pero sus resultados se ignoran.",
   "vale, entonces mira esto y dime si está bien o debería cambiarlo antes del merge:\n```js\nawait Promise.all(users.map(u => sendInvoice(u)))\nawait markAllAsInvoiced(users)\n```")

# 53 Bash review
ex(R, "backup script review before I put it in cron on the prod db box\n```bash\n#!/bin/bash\ncd /var/backups\nrm -rf *\npg_dump mydb > dump.sql\naws s3 cp dump.sql s3://acme-backups/$(date +%F).sql\n```")

# 54 review a regex
ex(R, "this regex is used to validate usernames on signup: `^([a-zA-Z0-9]+)*$`. a coworker said it's dangerous, it seems fine to me?")

# 55 tool loop with IDE opened file + diff: "LGTM?"
ex(R,
   [SR(), FILE("src/components/SearchBox.tsx"), T("LGTM?")],
   call(None, ("Bash", "git diff -- src/components/SearchBox.tsx")),
   res("@@ -8,7 +8,12 @@ export function SearchBox({ onSearch }) {\n   const [q, setQ] = useState('');\n-  useEffect(() => { onSearch(q); }, [q]);\n+  useEffect(() => {\n+    const t = setTimeout(() => onSearch(q), 300);\n+    return () => clearTimeout(t);\n+  }, [q]);\n   return <input value={q} onChange={e => setQ(e.target.value)} />;"),
   "only added the debounce")

# 56 Elixir review
ex(R, "does this genserver design make sense or am I going to regret it? one GenServer holds all active carts in a map, keyed by user id. ~20k concurrent users\n```elixir\ndef handle_call({:add, uid, item}, _from, carts) do\n  carts = Map.update(carts, uid, [item], &[item | &1])\n  {:reply, :ok, carts}\nend\n```")

# 57 Japanese multi-turn
ex(R,
   "TypeScriptで `as` キャストを使うのは悪いことですか？",
   "常に悪いわけではありませんが、型チェックを黙らせるので実行時の不一致を隠す可能性があります。外部入力にはバリデーション（zodなど）を使う方が安全です。",
   "じゃあこれはどうですか？レビューお願いします\n```ts\nconst user = (await res.json()) as User;\nif (user.role === 'admin') showAdmin();\n```")

# 58 multi-turn long tool loop: debugging in session, then final "did we break anything else with that?"
ex(R,
   [SR(), T("the search endpoint returns 500 for queries with an apostrophe")],
   call(None, ("Read", "src/search/query.py")),
   res("20\tdef build(q):\n21\t    return f\"to_tsquery('english', '{q}')\"\n"),
   call("User input is interpolated into SQL. Switching to a bound parameter with plainto_tsquery.", ("Edit", {"file_path": "src/search/query.py", "old_string": "    return f\"to_tsquery('english', '{q}')\"", "new_string": "    return \"plainto_tsquery('english', %(q)s)\", {'q': q}"})),
   res("The file src/search/query.py has been updated."),
   call(None, ("Bash", "pytest tests/search -q")),
   res("....F.\nFAILED tests/search/test_query.py::test_prefix_search - AssertionError: expected 3 results, got 0\n1 failed, 5 passed"),
   "One test now fails: prefix search. plainto_tsquery doesn't support the `:*` prefix operator the old query relied on.",
   "hmm. step back and look at the whole diff — besides prefix search, what else does this change in behavior? I want to know before deciding")

# 59 French terse
ex(R, "c'est propre ça ? `const isValid = !!(user && user.email && user.email.includes('@'))`")

# 60 review of API design in code (review not arch)
ex(R, "here's the public interface of the SDK client I'm about to release v1 of. anything you'd change before it's frozen?\n```ts\nexport class Client {\n  constructor(apiKey: string, baseUrl?: string, timeout?: number, retries?: number, debug?: boolean)\n  getUser(id: string, cb: (err: Error | null, u?: User) => void): void\n  listUsers(page: number): Promise<User[]>\n  deleteUser(id: string): Promise<boolean>\n}\n```")

# 61 tool loop where final message combines tool result (user pasted) + text
ex(R,
   [SR(), T("check test coverage for the payments module")],
   call(None, ("Bash", "pytest --cov=app/payments --cov-report=term-missing -q")),
   res("Name                          Stmts   Miss  Cover   Missing\napp/payments/charge.py           88      4    95%   41-44\napp/payments/refund.py           61     29    52%   30-58, 77\napp/payments/webhooks.py        102     71    30%   18-95\nTOTAL                           251    104    59%", text="is 59% acceptable for payments code in your opinion, and which of those gaps actually matter?"))

# 62 Korean terse
ex(R, "`if (arr.length > 0 == true)` 이런 코드 괜찮나요? 팀 컨벤션 정하는 중")

# 63 Java concurrency review
ex(R, "thread safety check pls\n```java\npublic class Counter {\n  private final Map<String, Integer> counts = new ConcurrentHashMap<>();\n  public void inc(String k) {\n    counts.put(k, counts.getOrDefault(k, 0) + 1);\n  }\n}\n```")

# 64 multi-turn with docs earlier then review
ex(R,
   "write a changelog entry for the new bulk import endpoint",
   "### Added\n- `POST /v2/imports/bulk` accepts up to 10,000 records per request and processes them asynchronously; poll `GET /v2/imports/{id}` for status.",
   "cool. actually before it goes out, look at the handler — is 10k records per request even a sane limit given it parses the whole body in memory?\n```go\nfunc (h *H) Bulk(w http.ResponseWriter, r *http.Request) {\n\tvar recs []Record\n\tif err := json.NewDecoder(r.Body).Decode(&recs); err != nil { ... }\n\tif len(recs) > 10000 { ... 413 }\n\tid := h.q.Enqueue(recs)\n\t...\n}\n```")

# 65 Ruby
ex(R, "rails reviewer says this is an N+1, I don't see it\n```erb\n<% @posts.each do |post| %>\n  <%= post.title %> by <%= post.author.name %> (<%= post.comments.count %> comments)\n<% end %>\n```\ncontroller: `@posts = Post.order(created_at: :desc).limit(20)`")

# 66 PHP
ex(R, "Mi pare ok ma fammi da secondo paio d'occhi:\n```php\nfunction login($email, $pass) {\n  $u = User::where('email', $email)->first();\n  if ($u && md5($pass) == $u->password) {\n    $_SESSION['uid'] = $u->id;\n    return true;\n  }\n  return false;\n}\n```")

# 67 tool loop; final "fair?" with reviewer comment quoted
ex(R,
   [SR(), T("pull up the comments on my PR")],
   call(None, ("Bash", "gh pr view 2201 --comments | tail -20")),
   res("mkowalski commented:\n  src/queue/consumer.go:88 — `time.Sleep(5 * time.Second)` in the retry path blocks the whole partition. Use a delayed requeue instead.\n\nmkowalski requested changes"),
   call(None, ("Read", {"file_path": "src/queue/consumer.go", "offset": 75, "limit": 25})),
   res("80\tfor msg := range partition.Messages() {\n81\t\tif err := handle(msg); err != nil {\n82\t\t\tif isRetryable(err) {\n83\t\t\t\tlog.Warn(\"retrying\", \"offset\", msg.Offset)\n84\t\t\t\tmetrics.Retries.Inc()\n85\t\t\t\t// give the downstream a moment\n86\t\t\t\t// before trying again\n87\t\t\t\t// TODO: make configurable\n88\t\t\t\ttime.Sleep(5 * time.Second)\n89\t\t\t\tcontinue\n90\t\t\t}\n"),
   "does he have a point or is it fine since retries are rare")

# 68 multi-turn language switch Chinese review
ex(R,
   "How should I name boolean props in React?",
   "Use `is`/`has`/`should` prefixes (`isOpen`, `hasError`), avoid negatives like `notVisible`, and keep them positive so `!isOpen` reads naturally.",
   "那你看看我这个组件的 props 设计合不合理\n```tsx\n<Modal show={true} hideClose={false} noOverlay onClose={...} disabled={!enabled} />\n```")

# 69 tool loop: review config changes
ex(R,
   [SR(), T("I tuned postgres config for the new box, 64GB RAM 16 cores")],
   call(None, ("Bash", "git diff -- ops/postgres/postgresql.conf")),
   res("-shared_buffers = 128MB\n+shared_buffers = 48GB\n-work_mem = 4MB\n+work_mem = 512MB\n-max_connections = 100\n+max_connections = 1000\n-effective_cache_size = 4GB\n+effective_cache_size = 48GB\n+fsync = off"),
   [T("reasonable?")])

