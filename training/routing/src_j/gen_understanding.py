from h import ex, SR, SRt, T, FILE, SEL, call, res

U = "code_understanding"

# 1 walrus
ex(U, [SR(), SEL("etl/read.py", 8, 11, "while (chunk := f.read(65536)):\n    h.update(chunk)\n    n += len(chunk)"), T("what does the walrus operator buy me here vs a normal while True loop")])

# 2 tool loop: where is X handled
ex(U,
   [SR(), T("where do we handle password reset tokens expiring")],
   call(None, ("Grep", {"pattern": "reset_token|password_reset", "output_mode": "files_with_matches"})),
   res("app/auth/views.py\napp/auth/tokens.py\napp/auth/tests/test_reset.py\nmigrations/0042_reset_tokens.py"),
   call(None, ("Read", "app/auth/tokens.py")),
   res("1\tfrom django.contrib.auth.tokens import PasswordResetTokenGenerator\n2\n3\tclass ResetTokenGenerator(PasswordResetTokenGenerator):\n4\t    def _make_hash_value(self, user, timestamp):\n5\t        return f\"{user.pk}{user.password}{timestamp}{user.last_login}\"\n6\n7\treset_tokens = ResetTokenGenerator()\n"),
   "ok but I don't see any expiry in there. and what's the point of putting password and last_login in the hash")

# 3 stack trace but asking to understand how code flows (not broken)
ex(U,
   "not a bug, just curious: when I throw in a view I see this in the trace\n```\n  File \".../starlette/middleware/errors.py\", line 164, in __call__\n  File \".../starlette/middleware/exceptions.py\", line 62, in __call__\n  File \".../starlette/_exception_handler.py\", line 53, in wrapped_app\n  File \".../starlette/routing.py\", line 715, in __call__\n```\nwhat's the order of middleware execution in starlette/fastapi and why is errors.py outermost even though I never added it")

# 4 German
ex(U, "Kann mir jemand erklären, was `Pin<Box<dyn Future<Output = T> + Send>>` konkret bedeutet? Ich sehe das überall in unserem async trait Code und verstehe nicht, warum das Pin nötig ist.")

# 5 tool loop: walk me through flow
ex(U,
   [SR(), FILE("src/checkout/CheckoutPage.tsx"), T("walk me through what happens from clicking 'Place order' to the order showing up in the admin")],
   call(None, ("Grep", {"pattern": "placeOrder", "output_mode": "content", "-n": True})),
   res("src/checkout/CheckoutPage.tsx:88:  const onSubmit = () => placeOrder(cart, address);\nsrc/api/orders.ts:12:export async function placeOrder(cart, address) {\nserver/routes/orders.ts:30:router.post('/orders', async (req, res) => {"),
   call(None, ("Read", "server/routes/orders.ts")),
   res("30\trouter.post('/orders', async (req, res) => {\n31\t  const order = await db.tx(async t => {\n32\t    const o = await t.orders.create(req.body);\n33\t    await t.outbox.insert({ type: 'order.created', payload: o });\n34\t    return o;\n35\t  });\n36\t  res.status(201).json(order);\n37\t});\n"),
   call(None, ("Grep", {"pattern": "order.created", "output_mode": "content", "-n": True})),
   res("server/workers/outbox.ts:14:  'order.created': [notifyWarehouse, indexForAdmin],\nserver/routes/orders.ts:33:    await t.outbox.insert({ type: 'order.created', payload: o });"),
   [T("keep going, what does indexForAdmin do and is this why admin lags a few seconds behind")])

# 6 Japanese
ex(U, "Goの `context.WithCancel` で作ったcontextをキャンセルしたとき、子goroutineは自動的に止まるんですか？それとも自分で ctx.Done() を見る必要がありますか？")

# 7 terse
ex(U, "what's `__slots__` actually for")

# 8 multi-turn: codegen earlier then understanding of generated code
ex(U,
   "write a SQL query for running total of revenue per day",
   "```sql\nSELECT day, revenue,\n       SUM(revenue) OVER (ORDER BY day ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total\nFROM daily_revenue\nORDER BY day;\n```",
   "what's the difference between ROWS and RANGE there, would it matter if I left it off")

# 9 Spanish
ex(U, "¿Qué hace exactamente `useMemo` vs `useCallback`? En el código del equipo veo los dos envolviendo funciones y no entiendo cuándo se usa cada uno")

# 10 tool loop: library API question with repo context
ex(U,
   [SR(), T("how does our app pick which DB replica to read from")],
   call(None, ("Grep", {"pattern": "replica", "path": "config", "output_mode": "content", "-n": True})),
   res("config/database.yml:18:  replica:\nconfig/database.yml:19:    <<: *default\nconfig/database.yml:20:    host: <%= ENV['DB_REPLICA_HOST'] %>\nconfig/database.yml:21:    replica: true"),
   call(None, ("Grep", {"pattern": "connects_to|connected_to", "path": "app", "output_mode": "content", "-n": True})),
   res("app/models/application_record.rb:3:  connects_to database: { writing: :primary, reading: :replica }\napp/controllers/reports_controller.rb:9:    ActiveRecord::Base.connected_to(role: :reading) do"),
   "So only ReportsController explicitly reads from the replica?",
   "or does rails do automatic switching somewhere too? I remember something about a middleware for GET requests")

# 11 IDE selection - regex
ex(U, [SR(), SEL("lib/validators.js", 3, 3, "const EMAIL = /^(?=.{1,254}$)(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,}$/;"), T("decode this for me piece by piece")])

# 12 Korean
ex(U, "Kotlin에서 `inline fun <reified T>` 는 왜 reified 를 쓸 때 inline 이 꼭 필요한가요? 제네릭 타입 소거랑 관련 있는 건 알겠는데 구체적으로 어떻게 동작하는지 궁금해요")

# 13 multi-turn: debugging earlier then understanding
ex(U,
   "my celery tasks are running twice",
   "With Redis as broker, if a task runs longer than `visibility_timeout` (1h by default) the message is redelivered to another worker. Your export tasks take ~90 minutes, which fits.",
   "ok that makes sense. so how does acks_late interact with that? I have acks_late=True on those tasks, I thought that's what prevents this")

# 14 French
ex(U, "Dans ce projet Angular je vois `providedIn: 'root'` sur certains services et d'autres déclarés dans `providers` d'un composant. Quelle différence concrète pour l'instance qu'on reçoit ?")

# 15 tool loop with Bash: git blame to understand
ex(U,
   [SR(), SEL("src/pricing/tax.py", 40, 44, "    # do NOT round here, see FIN-231\n    amount = base * rate\n    if region in ('NO', 'CH'):\n        amount = amount.quantize(Decimal('0.01'), ROUND_HALF_EVEN)\n    return amount"), T("why is this special-cased")],
   call(None, ("Bash", "git log -L 40,44:src/pricing/tax.py --oneline | head -40")),
   res("b7c21e4 FIN-231: round NO/CH tax per line, not per invoice\ndiff --git a/src/pricing/tax.py b/src/pricing/tax.py\n@@ -40,3 +40,5 @@\n     amount = base * rate\n+    if region in ('NO', 'CH'):\n+        amount = amount.quantize(Decimal('0.01'), ROUND_HALF_EVEN)\n     return amount\n1f09aa2 initial tax calc"),
   "It came in with FIN-231: for Norway and Switzerland tax is rounded per line rather than per invoice.",
   "what's the difference in practice between per-line and per-invoice rounding, like with numbers")

# 16 terse Chinese
ex(U, "Python 的 GIL 到底锁的是什么？多线程跑 requests 为什么还能变快")

# 17 code paste, "is this O(n^2)" - understanding (complexity)
ex(U, "what's the time complexity of this, I think it's n log n but a coworker says n^2\n```python\ndef dedupe(xs):\n    out = []\n    for x in sorted(xs):\n        if x not in out:\n            out.append(x)\n    return out\n```")

# 18 tool loop: reading unfamiliar codebase
ex(U,
   [SR(extra="# claudeMd\nThis repo is the ingestion service. See docs/ for details."), T("i just joined, give me the lay of the land")],
   call(None, ("Bash", "ls && cat go.mod | head -15 && find . -name '*.go' | grep -v _test | wc -l")),
   res("Makefile\nREADME.md\ncmd\ndeploy\ndocs\ninternal\npkg\ngo.mod\nmodule github.com/acme/ingest\n\ngo 1.22\n\nrequire (\n\tgithub.com/nats-io/nats.go v1.34.0\n\tgithub.com/jackc/pgx/v5 v5.5.5\n\tgo.opentelemetry.io/otel v1.26.0\n)\n213"),
   call(None, ("Bash", "ls cmd internal")),
   res("cmd:\ningest-api\ningest-worker\nreplay\n\ninternal:\nbatch\ndedupe\nenrich\nschema\nsink\nsource"),
   "It's a Go 1.22 service with three binaries (API, worker, replay tool), NATS + Postgres, and internal packages for source → schema → dedupe → enrich → batch → sink.",
   "how does an event get from ingest-api to the sink, which packages does it go through in order")

# 19 Russian
ex(U, "Объясните, пожалуйста, как работает `yield from` в Python и чем он отличается от простого цикла с yield внутри. Особенно интересует, что происходит с send() и исключениями")

# 20 multi-turn: review then understanding
ex(U,
   [SR(), T("does this look ok?\n```go\nfunc (s *Server) Close() error {\n    s.once.Do(func() { close(s.quit) })\n    s.wg.Wait()\n    return nil\n}\n```")],
   "Yes, that's the standard pattern: `sync.Once` makes Close idempotent, then you wait for goroutines tracked by the WaitGroup.",
   [T("what exactly happens if two goroutines call Close at the same time — does the second one block on once.Do until the first finishes the func?")])

# 21 Portuguese
ex(U, "alguém me explica o que acontece quando o `git rebase -i` pede pra eu escolher entre pick, squash e fixup? e o que o `--autosquash` faz com commits que começam com 'fixup!'?")

# 22 tool loop, user tool_result + new text question
ex(U,
   [SR(), T("run the type checker")],
   call(None, ("Bash", "npx tsc --noEmit")),
   res("Found 0 errors."),
   call("Clean. Anything else?", ("Read", "src/types/api.ts")),
   res("1\texport type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;\n2\texport type Brand<T, B> = T & { readonly __brand: B };\n3\texport type UserId = Brand<string, 'UserId'>;\n", text="what's the Brand thing for? looks like it does nothing at runtime"))

# 23 Italian
ex(U, "Come funziona il garbage collector di Go? Abbiamo latenze a dente di sega ogni 2 minuti circa e vorrei capire cosa fa GOGC prima di toccarlo")

# 24 IDE file only, ask what it does
ex(U, [SR(), FILE("infra/modules/vpc/main.tf"), T("what does this module actually create, in plain terms")])

# 25 terse follow-up needs previous
ex(U,
   "what's the difference between `Arc<Mutex<T>>` and `Rc<RefCell<T>>`",
   "`Rc<RefCell<T>>` is single-threaded shared ownership with runtime-checked borrowing; `Arc<Mutex<T>>` is the thread-safe equivalent, atomic refcount plus a lock.",
   "and RwLock? when")

# 26 tool loop: grep, how config loaded
ex(U,
   [SR(), T("if I set both APP_PORT env var and port: in config.yaml which wins")],
   call(None, ("Grep", {"pattern": "viper\\.(AutomaticEnv|SetEnvPrefix|BindEnv|SetDefault)", "output_mode": "content", "-n": True})),
   res("internal/config/load.go:21:\tv.SetEnvPrefix(\"APP\")\ninternal/config/load.go:22:\tv.AutomaticEnv()\ninternal/config/load.go:23:\tv.SetDefault(\"port\", 8080)"),
   call(None, ("Read", {"file_path": "internal/config/load.go", "offset": 15, "limit": 25})),
   res("15\tfunc Load(path string) (*Config, error) {\n16\t\tv := viper.New()\n17\t\tv.SetConfigFile(path)\n18\t\tif err := v.ReadInConfig(); err != nil {\n19\t\t\treturn nil, err\n20\t\t}\n21\t\tv.SetEnvPrefix(\"APP\")\n22\t\tv.AutomaticEnv()\n23\t\tv.SetDefault(\"port\", 8080)\n24\t\tvar c Config\n25\t\treturn &c, v.Unmarshal(&c)\n26\t}\n"),
   "and does it matter that AutomaticEnv is called after ReadInConfig?")

# 27 Polish
ex(U, "Czym się różni `LEFT JOIN LATERAL` od zwykłego podzapytania w SELECT w Postgresie? Kolega użył tego w raporcie i nie rozumiem, co tam się dzieje")

# 28 long code paste, short question
ex(U,
   "```python\nclass Meta(type):\n    registry = {}\n    def __new__(mcls, name, bases, ns, **kw):\n        cls = super().__new__(mcls, name, bases, ns)\n        if not ns.get('abstract', False):\n            key = kw.get('key', name.lower())\n            Meta.registry[key] = cls\n        return cls\n    def __call__(cls, *a, **k):\n        inst = super().__call__(*a, **k)\n        inst._validate()\n        return inst\n\nclass Handler(metaclass=Meta):\n    abstract = True\n    def _validate(self):\n        pass\n\nclass CsvHandler(Handler, key='csv'):\n    def __init__(self, path):\n        self.path = path\n    def _validate(self):\n        if not self.path.endswith('.csv'):\n            raise ValueError(self.path)\n\nclass JsonHandler(Handler):\n    def __init__(self, path):\n        self.path = path\n\ndef for_path(path):\n    ext = path.rsplit('.', 1)[-1]\n    return Meta.registry[ext](path)\n```\nthis is from our importer. I've never written a metaclass. what's happening when CsvHandler is defined vs when it's instantiated? and where does key='csv' go")

# 29 multi-turn tool loop: debug earlier solved, now understanding
ex(U,
   [SR(), T("the cron job didn't run last night")],
   call(None, ("Bash", "kubectl -n jobs get cronjob nightly-export -o jsonpath='{.spec.schedule} {.spec.concurrencyPolicy} {.status.lastScheduleTime}'")),
   res("0 2 * * * Forbid 2026-11-24T02:00:00Z"),
   call(None, ("Bash", "kubectl -n jobs get jobs --sort-by=.metadata.creationTimestamp | tail -3")),
   res("nightly-export-29399640   0/1   26h   26h"),
   "The previous run from 2026-11-24 is still active (0/1 completions after 26h). With `concurrencyPolicy: Forbid`, last night's run was skipped.",
   "ah. what's the difference between Forbid, Replace and Allow exactly and what about startingDeadlineSeconds, do skipped ones get caught up later?")

# 30 Turkish
ex(U, "JavaScript'te event loop'ta microtask ve macrotask farkı nedir? `setTimeout(fn, 0)` ile `Promise.resolve().then(fn)` hangisi önce çalışır ve neden?")

# 31 "explain" with no bug
ex(U, [SR(), SEL("src/hooks/useStableCallback.ts", 1, 9, "export function useStableCallback<T extends (...a: any[]) => any>(fn: T): T {\n  const ref = useRef(fn);\n  useLayoutEffect(() => { ref.current = fn; });\n  return useCallback(((...args) => ref.current(...args)) as T, []);\n}"), T("someone added this, how is it different from plain useCallback with deps")])

# 32 SQL plan understanding
ex(U, "in postgres EXPLAIN, what's the difference between Bitmap Heap Scan and Index Scan and why does the planner sometimes pick a seq scan even though there's an index on the column")

# 33 tool loop, final message in Hindi
ex(U,
   [SR(), T("open the auth middleware")],
   call(None, ("Read", "server/middleware/auth.js")),
   res("1\tmodule.exports = (req, res, next) => {\n2\t  const hdr = req.headers.authorization || '';\n3\t  const [scheme, token] = hdr.split(' ');\n4\t  if (scheme !== 'Bearer') return res.sendStatus(401);\n5\t  jwt.verify(token, PUBLIC_KEY, { algorithms: ['RS256'], audience: 'api' }, (err, claims) => {\n6\t    if (err) return res.sendStatus(401);\n7\t    req.user = claims;\n8\t    next();\n9\t  });\n10\t};\n"),
   "yeh audience 'api' wala check kya karta hai aur RS256 specify karna kyun zaroori hai? samjha do simple mein")

# 34 library internals
ex(U, "how does React know which state belongs to which useState call if I have three of them in one component? there's no key or name")

# 35 multi-turn arch then understanding
ex(U,
   "CQRS for our booking system, worth it?",
   "Probably only for the availability search side, which has very different read patterns from booking writes. Full CQRS with event sourcing across the system would be a lot of complexity for a team your size.",
   "the previous team did build it with event sourcing already, in src/bookings/. how do the projections get rebuilt, is it on startup?")

# 36 Dutch
ex(U, "Wat betekent `#[derive(Clone, Copy)]` precies in Rust en waarom kan ik Copy niet deriven op een struct met een String erin?")

# 37 tool loop, Bash output interpreting
ex(U,
   [SR(), T("show me what the build produces")],
   call(None, ("Bash", "npm run build && ls -la dist/assets | head")),
   res("vite v5.4.2 building for production...\n✓ 1423 modules transformed.\ndist/index.html                    0.61 kB │ gzip:  0.37 kB\ndist/assets/index-Bq3xk1.css      48.20 kB │ gzip:  9.11 kB\ndist/assets/vendor-D9fl2a.js     512.77 kB │ gzip: 161.02 kB\ndist/assets/index-Cc81xq.js      141.30 kB │ gzip: 44.87 kB\ndist/assets/Chart-a81Fz0.js       92.10 kB │ gzip: 31.40 kB\n(!) Some chunks are larger than 500 kB after minification."),
   "what decides that Chart gets its own file but everything else goes in index? and where does vendor come from, I didn't configure it")

# 38 terse
ex(U, "diff between git merge --no-ff and squash merge, in terms of what history looks like after")

# 39 Spanish tool loop
ex(U,
   [SR(), FILE("src/store/cartSlice.ts"), T("¿cómo fluye el estado del carrito desde que agrego un producto hasta que se guarda en localStorage?")],
   call(None, ("Grep", {"pattern": "localStorage", "path": "src", "output_mode": "content", "-n": True})),
   res("src/store/persist.ts:9:    localStorage.setItem('cart', JSON.stringify(store.getState().cart));\nsrc/store/index.ts:14:store.subscribe(throttle(persist, 1000));"),
   "¿y por qué el throttle? ¿se pierde algo si cierro la pestaña justo después de agregar?")

# 40 understanding a shell pipeline
ex(U, "saw this in our deploy script and I'm scared to touch it:\n```bash\nexec 3>&1 1>>\"$LOG\" 2>&1\ntrap 'echo \"failed at line $LINENO\" >&3' ERR\nset -Eeuo pipefail\n```\nwhat does each line do")

# 41 Vietnamese
ex(U, "Cho mình hỏi trong Java, `volatile` khác gì với `synchronized`? Có phải dùng volatile là đủ cho biến counter++ không?")

# 42 multi-turn tool loop: codegen earlier; final asks how the lib works
ex(U,
   [SR(), T("add zod validation to the signup handler")],
   call(None, ("Edit", {"file_path": "src/routes/signup.ts", "old_string": "const { email, password } = req.body;", "new_string": "const { email, password } = SignupSchema.parse(req.body);"})),
   res("The file src/routes/signup.ts has been updated."),
   "Done, using `SignupSchema.parse`.",
   "what's the difference between parse and safeParse, and does parse strip unknown keys or keep them")

# 43 French tool loop
ex(U,
   [SR(), T("c'est quoi ce fichier ?")],
   call(None, ("Read", "deploy/helm/api/templates/_helpers.tpl")),
   res("1\t{{- define \"api.fullname\" -}}\n2\t{{- if .Values.fullnameOverride }}\n3\t{{- .Values.fullnameOverride | trunc 63 | trimSuffix \"-\" }}\n4\t{{- else }}\n5\t{{- printf \"%s-%s\" .Release.Name .Chart.Name | trunc 63 | trimSuffix \"-\" }}\n6\t{{- end }}\n7\t{{- end }}\n"),
   "pourquoi trunc 63 partout ? et les tirets dans {{- ça sert à quoi")

# 44 C++
ex(U, "why does `std::move` on a const object silently copy? I thought move always moves")

# 45 tool loop large grep, "where is Y handled"
ex(U,
   [SR(), T("where is the 'account suspended' email triggered")],
   call(None, ("Grep", {"pattern": "suspend", "-i": True, "output_mode": "content", "-n": True})),
   res("app/billing/dunning.rb:44:        account.suspend!(reason: :nonpayment)\napp/models/account.rb:61:  def suspend!(reason:)\napp/models/account.rb:64:    AccountMailer.suspended(self, reason).deliver_later\napp/admin/accounts_controller.rb:27:    @account.suspend!(reason: params[:reason])\nconfig/locales/en.yml:112:    suspended_subject: \"Your account has been suspended\""),
   "So it's sent from `Account#suspend!`, called by dunning and by admins manually.",
   "and dunning — when does that decide to suspend? how many failed payments")

# 46 Hinglish terse
ex(U, "yeh `Promise.race` timeout wala pattern actually original request ko cancel karta hai ya bas ignore?")

# 47 GitHub Actions understanding
ex(U, "in github actions what's the actual difference between `needs:` outputs, job `env`, and `GITHUB_ENV`? I'm trying to pass a version string from build job to deploy job and I'm confused what survives between jobs")

# 48 multi-turn with docs earlier, then understanding
ex(U,
   "draft the README intro for our rate limiter lib",
   "# ratelim\n\nA tiny, dependency-free token-bucket rate limiter for Node.js with pluggable stores (memory, Redis)...",
   "hmm before we publish, I actually don't understand how the redis store stays consistent across processes. the lua script in src/stores/redis.lua — what does it do step by step?")

# 49 Japanese tool loop
ex(U,
   [SR(), T("このリポジトリのテストはどうやって実行されてる？")],
   call(None, ("Read", "Makefile")),
   res("test:\n\tdocker compose -f compose.test.yml run --rm app pytest -n auto --dist loadgroup\n"),
   "`make test` でDockerの中でpytestを並列実行しています。",
   "`--dist loadgroup` って何ですか？ -n auto だけだと何が違うの")

# 50 understanding with wrong cue: "review" used for reading
ex(U, "can you review with me how the retry logic in our http client works? not looking for changes, I just need to explain it in a meeting tomorrow. it's src/net/client.ts, the withRetry wrapper")

# 51 tool loop, is_error read then understanding
ex(U,
   [SR(), T("what does the `reconcile` step in the operator do")],
   call(None, ("Read", "controllers/reconcile.go")),
   res(("ERR", "File does not exist. Did you mean internal/controller/database_controller.go?")),
   call(None, ("Read", {"file_path": "internal/controller/database_controller.go", "offset": 40, "limit": 40})),
   res("40\tfunc (r *DatabaseReconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {\n41\t\tvar db v1.Database\n42\t\tif err := r.Get(ctx, req.NamespacedName, &db); err != nil {\n43\t\t\treturn ctrl.Result{}, client.IgnoreNotFound(err)\n44\t\t}\n45\t\tif !db.DeletionTimestamp.IsZero() {\n46\t\t\treturn r.finalize(ctx, &db)\n47\t\t}\n48\t\tif err := r.ensureSecret(ctx, &db); err != nil {\n49\t\t\treturn ctrl.Result{}, err\n50\t\t}\n51\t\tif err := r.ensureStatefulSet(ctx, &db); err != nil {\n52\t\t\treturn ctrl.Result{}, err\n53\t\t}\n54\t\treturn ctrl.Result{RequeueAfter: 5 * time.Minute}, nil\n55\t}\n"),
   "why RequeueAfter 5 min if it already watches the resources? and what does returning an err do vs Requeue")

# 52 Chinese
ex(U, "能解释一下 Kubernetes 里 liveness、readiness、startup 三种探针分别在什么时候起作用吗？我们的服务启动要 90 秒")

# 53 terse
ex(U, "what does `-> impl Iterator<Item = &str> + '_` mean")

# 54 understanding of math in code
ex(U, [SR(), SEL("ml/loss.py", 12, 16, "def focal_loss(logits, y, gamma=2.0, alpha=0.25):\n    p = torch.sigmoid(logits)\n    ce = F.binary_cross_entropy_with_logits(logits, y, reduction='none')\n    p_t = p * y + (1 - p) * (1 - y)\n    return (alpha * (1 - p_t) ** gamma * ce).mean()"), T("intuitively what is (1-p_t)**gamma doing here")])

# 55 multi-turn: earlier debugging; last is "so why did it work before"
ex(U,
   "TypeError: 'NoneType' object is not subscriptable on `config['db']['host']`",
   "`config` is None — `yaml.safe_load` returns None for an empty file. Your `config.yaml` is probably empty or the path is wrong.",
   "the path was wrong, fixed. but out of curiosity how does python resolve a relative path in open() — relative to the script or to where I run it from?")

# 56 German tool loop
ex(U,
   [SR(), T("zeig mir die Kafka-Consumer-Konfiguration")],
   call(None, ("Read", "src/main/resources/application.yml")),
   res("spring:\n  kafka:\n    consumer:\n      group-id: billing\n      auto-offset-reset: earliest\n      enable-auto-commit: false\n      properties:\n        isolation.level: read_committed\n    listener:\n      ack-mode: MANUAL_IMMEDIATE\n"),
   "Was bewirkt isolation.level read_committed hier genau, und was ist der Unterschied zwischen MANUAL und MANUAL_IMMEDIATE?")

# 57 Swift
ex(U, "what's the actual difference between @StateObject and @ObservedObject? the app works with either and I don't know which to use")

# 58 tool loop with ide selection last
ex(U,
   [SR(), T("run the benchmarks")],
   call(None, ("Bash", "go test -bench=. -benchmem ./internal/codec/")),
   res("BenchmarkEncode-8     1204411    991 ns/op    384 B/op    3 allocs/op\nBenchmarkEncodePool-8 3918220    302 ns/op      0 B/op    0 allocs/op"),
   [SEL("internal/codec/pool.go", 5, 12, "var bufPool = sync.Pool{\n\tNew: func() any { return new(bytes.Buffer) },\n}\n\nfunc getBuf() *bytes.Buffer { b := bufPool.Get().(*bytes.Buffer); b.Reset(); return b }"), T("how does sync.Pool get rid of the allocs entirely? doesn't the GC clear it")])

# 59 Elixir
ex(U, "in elixir what does `with` do that a case chain doesn't, and what happens to the else clause when a pattern fails")

# 60 Korean tool loop
ex(U,
   [SR(), T("이 레포에서 인증은 어디서 처리돼?")],
   call(None, ("Grep", {"pattern": "SecurityFilterChain", "output_mode": "files_with_matches"})),
   res("src/main/java/com/acme/config/SecurityConfig.java"),
   call(None, ("Read", "src/main/java/com/acme/config/SecurityConfig.java")),
   res("@Bean\nSecurityFilterChain api(HttpSecurity http) throws Exception {\n  return http\n    .securityMatcher(\"/api/**\")\n    .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))\n    .authorizeHttpRequests(a -> a.requestMatchers(\"/api/public/**\").permitAll().anyRequest().authenticated())\n    .build();\n}"),
   "JWT 검증 키는 어디서 가져오는 거야? 설정 파일에 안 보이는데")

# 61 multi-turn: "so what does X do" following
ex(U,
   "we use `SELECT ... FOR UPDATE NOWAIT` in the booking code",
   "With NOWAIT, if the row is already locked by another transaction the statement fails immediately with `could not obtain lock` (SQLSTATE 55P03) instead of waiting.",
   "and the app catches that where? like what does the user see")

# 62 Ruby
ex(U, "in ruby what's the difference between `proc`, `lambda` and a block, specifically around `return` and arity")

# 63 understanding of a CI file
ex(U, [SR(), FILE(".gitlab-ci.yml"), T("why do some jobs run on MRs and others only on main? I can't see the rule")])

# 64 Portuguese tool loop
ex(U,
   [SR(), T("onde ficam as traduções do app?")],
   call(None, ("Glob", "**/locales/**/*.json")),
   res("public/locales/en/common.json\npublic/locales/pt-BR/common.json\npublic/locales/es/common.json\npublic/locales/en/checkout.json"),
   "Em `public/locales/<idioma>/<namespace>.json`.",
   "e como o i18next decide qual idioma carregar? o usuário em Portugal tá vendo pt-BR")

# 65 TS types
ex(U, "can someone explain conditional types distributing over unions? why does `type X<T> = T extends string ? 'a' : 'b'` give me 'a' | 'b' for X<string | number>")

# 66 Bash understanding terse
ex(U, "what's the difference between $@ and $* and \"$@\"")

# 67 multi-turn tool loop long: debug, fix, then understanding of side
ex(U,
   [SR(), T("my prometheus alert for high error rate never fires")],
   call(None, ("Read", "monitoring/alerts.yml")),
   res("- alert: HighErrorRate\n  expr: sum(rate(http_requests_total{status=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m])) > 0.05\n  for: 10m"),
   call(None, ("Bash", "curl -s 'http://prometheus:9090/api/v1/query?query=http_requests_total' | jq '.data.result[0].metric'")),
   res("{\n  \"__name__\": \"http_requests_total\",\n  \"code\": \"500\",\n  \"handler\": \"/api/orders\",\n  \"job\": \"api\"\n}"),
   call("The label is `code`, not `status`. Fixing the expression.", ("Edit", {"file_path": "monitoring/alerts.yml", "old_string": "status=~\"5..\"", "new_string": "code=~\"5..\""})),
   res("The file monitoring/alerts.yml has been updated."),
   "Fixed: the metric uses `code`, so the selector matched nothing.",
   "nice catch. while we're here, what does `for: 10m` do exactly — 10 min of it being true continuously, or evaluated once after 10m?")

# 68 Python asyncio
ex(U, "if I call an async function without await, what actually happens? I see 'coroutine was never awaited' warnings sometimes but other times nothing")

# 69 Italian short
ex(U, "cosa fa `Object.freeze` sugli oggetti annidati?")

# 70 tool loop final combined result + question
ex(U,
   [SR(), T("list the feature flags we have")],
   call(None, ("Bash", "grep -rhoE \"isEnabled\\('[a-z_]+'\\)\" src | sort | uniq -c | sort -rn")),
   res("     14 isEnabled('new_checkout')\n      6 isEnabled('beta_search')\n      2 isEnabled('legacy_export')\n      1 isEnabled('holiday_banner')", text="how does isEnabled decide for a given user — is it evaluated on the server once per request or on the client?"))
