from h import ex, SR, SRt, T, FILE, SEL, call, res

D = "documentation"

# 1 new hires auth
ex(D, "new hires keep asking how auth works in this repo, can you write it up so I can just link it")

# 2 tool loop: release notes from diff
ex(D,
   [SR(), T("what changed since v3.1.0")],
   call(None, ("Bash", "git log v3.1.0..HEAD --oneline --no-merges")),
   res("c81a0e2 feat(api): add `expand` query param to GET /orders\n77b1d54 fix: webhook retries no longer duplicate events\n4d2e9a1 perf: cache tax rates per region (-40% p95 on checkout)\nae02c33 chore(deps): bump pg to 8.12\n19f7e80 feat!: remove deprecated /v1/customers endpoints\n0c3b6f2 fix(ui): date picker respects locale week start"),
   "Six commits: two features (one breaking), two fixes, a perf improvement and a dependency bump.",
   "turn that into release notes for customers. they don't care about deps. breaking change needs to be loud")

# 3 stack trace in documentation request
ex(D,
   "support keeps getting tickets with this error:\n```\nError: EACCES: permission denied, open '/usr/local/lib/node_modules/@acme/cli/.cache/token'\n    at Object.openSync (node:fs:573:3)\n```\nit's because people install with sudo. add a troubleshooting section to the CLI docs covering this and how to fix it (nvm, or npm prefix)")

# 4 docstring, German
ex(D, [SR(), SEL("lib/retry.py", 1, 22, "def retry(fn, *, attempts=3, backoff=0.5, jitter=True, retry_on=(IOError,), on_retry=None):\n    delay = backoff\n    for i in range(attempts):\n        try:\n            return fn()\n        except retry_on as e:\n            if i == attempts - 1:\n                raise\n            if on_retry:\n                on_retry(i, e)\n            time.sleep(delay * (random.uniform(0.5, 1.5) if jitter else 1))\n            delay *= 2"), T("Docstring bitte, Google-Style, auf Englisch. Die Kollegen verstehen nie, dass attempts inklusive des ersten Versuchs ist")])

# 5 commit message
ex(D,
   [SR(), T("commit msg for this")],
   call(None, ("Bash", "git diff --staged")),
   res("diff --git a/src/queue/worker.ts b/src/queue/worker.ts\n@@ -40,6 +40,11 @@\n   async process(job: Job) {\n+    if (await this.seen.has(job.id)) {\n+      this.metrics.duplicates.inc();\n+      return;\n+    }\n+    await this.seen.add(job.id, { ttl: 86400 });\n     await this.handler(job);"),
   [T("conventional commits style")])

# 6 PR description, multi-turn tool loop
ex(D,
   [SR(), T("fix the N+1 in the orders list endpoint")],
   call(None, ("Read", "app/views/orders.py")),
   res("12\tdef list_orders(request):\n13\t    orders = Order.objects.filter(account=request.account)[:50]\n14\t    return JsonResponse([o.to_dict() for o in orders], safe=False)\n"),
   call("`to_dict` touches customer and items per order. Adding select_related/prefetch_related.", ("Edit", {"file_path": "app/views/orders.py", "old_string": "Order.objects.filter(account=request.account)[:50]", "new_string": "Order.objects.filter(account=request.account).select_related('customer').prefetch_related('items')[:50]"})),
   res("The file app/views/orders.py has been updated."),
   call(None, ("Bash", "pytest tests/test_orders.py -q && python manage.py shell -c \"from tests.perf import count_queries; print(count_queries('/api/orders'))\"")),
   res("6 passed in 1.1s\n3"),
   "Query count went from 101 to 3 for 50 orders; tests pass.",
   "write the PR description, include the before/after query counts")

# 7 Japanese README
ex(D, "このCLIツールのREADMEを書いてください。インストール方法（brew と go install）、基本的な使い方、設定ファイル（~/.config/tidy/config.toml）の例を含めて。英語と日本語の両方で。")

# 8 runbook
ex(D, "we got paged at 3am because the disk on the kafka brokers filled up and nobody knew what to do. write a runbook for it — how to check, how to free space safely (retention, delete old segments?), when to escalate")

# 9 ADR
ex(D,
   "we decided to go with postgres LISTEN/NOTIFY instead of adding redis pubsub for cache invalidation, mostly because we don't want another piece of infra and the volume is tiny (<50 msg/s). downside is payload limit 8000 bytes and no delivery if the listener is disconnected. record this as an ADR in docs/adr/, our template has Context/Decision/Consequences/Alternatives")

# 10 tool loop: comments for complex code
ex(D,
   [SR(), T("open the scheduler's allocate function")],
   call(None, ("Read", {"file_path": "internal/sched/alloc.go", "offset": 60, "limit": 40})),
   res("60\tfunc allocate(nodes []Node, req Req) (*Node, error) {\n61\t\tsort.Slice(nodes, func(i, j int) bool {\n62\t\t\tsi, sj := score(nodes[i], req), score(nodes[j], req)\n63\t\t\tif si != sj {\n64\t\t\t\treturn si > sj\n65\t\t\t}\n66\t\t\treturn nodes[i].ID < nodes[j].ID\n67\t\t})\n68\t\tfor _, n := range nodes {\n69\t\t\tif n.Free.CPU >= req.CPU && n.Free.Mem >= req.Mem && (req.GPU == 0 || n.GPUModel == req.GPUModel) {\n70\t\t\t\treturn &n, nil\n71\t\t\t}\n72\t\t}\n73\t\treturn nil, ErrNoCapacity\n74\t}\n"),
   "It sorts nodes by a fit score (ties broken by ID for determinism), then picks the first node with enough free CPU/memory and, if a GPU is requested, the right GPU model.",
   "perfect, put that explanation into the code as comments so the next person doesn't have to ask")

# 11 changelog
ex(D, "add an entry to CHANGELOG.md under Unreleased: we fixed the bug where CSV exports cut off at 65,535 rows, and exports now use the user's locale for decimal separators (that one could break people parsing our CSVs!)")

# 12 Spanish: API reference
ex(D, "necesito la documentación de referencia de estos endpoints para el portal de partners: parámetros, ejemplos de request/response y códigos de error\n```\nPOST /v1/shipments  {origin, destination, parcels[], service}\nGET  /v1/shipments/{id}\nPOST /v1/shipments/{id}/cancel\n```\nerrores: 400 validación, 404, 409 si ya fue recogido, 429")

# 13 multi-turn: debugging earlier, docs final
ex(D,
   "getting `SSL: CERTIFICATE_VERIFY_FAILED` when our python service calls the internal vault",
   "The vault cert is signed by your internal CA, which isn't in certifi's bundle. Point `REQUESTS_CA_BUNDLE` (or `SSL_CERT_FILE`) at the corporate CA file, e.g. `/etc/ssl/certs/acme-root.pem`.",
   "that worked. this bites every new service, can you write a short section for our internal platform docs explaining why and how to set it for python, node and java")

# 14 migration guide
ex(D, "we're releasing v3 of the SDK: `client.get_user(id)` is now `client.users.get(id)`, callbacks removed in favor of async, `timeout` is now in seconds instead of ms, and errors are typed (`NotFoundError` etc instead of `ApiError` with a code). write the v2→v3 migration guide")

# 15 Korean
ex(D, "이 함수에 JSDoc 주석 달아주세요. 파라미터랑 반환값, 예외까지요\n```js\nexport async function uploadChunked(file, { chunkSize = 5 * 1024 * 1024, onProgress, signal } = {}) {\n  ...\n}\n```")

# 16 tool loop: README for a repo after exploring
ex(D,
   [SR(), T("this repo has no README. look around")],
   call(None, ("Bash", "ls -a && cat package.json | head -30")),
   res(".\n..\n.env.example\n.github\nMakefile\npackage.json\nsrc\ntest\n{\n  \"name\": \"@acme/pdf-render\",\n  \"version\": \"0.9.2\",\n  \"scripts\": {\n    \"dev\": \"tsx watch src/server.ts\",\n    \"build\": \"tsc\",\n    \"test\": \"vitest\"\n  },\n  \"dependencies\": {\n    \"fastify\": \"^4.26.0\",\n    \"puppeteer\": \"^22.6.0\"\n  }\n}"),
   call(None, ("Read", ".env.example"), ("Grep", {"pattern": "app\\.(get|post)\\(", "path": "src", "output_mode": "content"})),
   res("PORT=3000\nCHROME_PATH=\nMAX_CONCURRENCY=4\nS3_BUCKET=\n", "src/server.ts:  app.post('/render', renderHandler)\nsrc/server.ts:  app.get('/healthz', ...)"),
   "It's a Fastify service that renders PDFs with Puppeteer: POST /render, GET /healthz, configured via PORT, CHROME_PATH, MAX_CONCURRENCY and S3_BUCKET.",
   "good, write the README from that")

# 17 French: comments
ex(D, "Le code de calcul des intérêts est correct mais illisible pour les nouveaux. Tu peux ajouter des commentaires qui expliquent la formule (convention exact/360) sans changer le code ?\n```python\ndef accrued(p, r, d0, d1):\n    return p * r * (d1 - d0).days / 360\n```")

# 18 terse commit message
ex(D, "commit message pls: bumped node 18->20 in Dockerfile and CI, fixed the two fetch polyfill imports that broke")

# 19 multi-turn, arch discussion then ADR
ex(D,
   "should our mobile app talk to services directly or via a BFF?",
   "Given three clients with diverging needs and the mobile team blocked on backend changes, a thin BFF per client family (web, mobile) owned by the frontend teams is a reasonable trade-off. Keep domain logic in services; the BFF only aggregates and shapes.",
   "ok team agreed on BFF for mobile only, web keeps calling the gateway. write that up as the decision record so we don't relitigate it in 6 months")

# 20 Chinese
ex(D, "帮我们的内部 Python SDK 写一份快速上手文档：安装、配置 API key、三个常见例子（查询订单、创建退款、分页遍历）、错误处理。面向新入职的后端同学。")

# 21 tool loop: docs for env vars after grep
ex(D,
   [SR(), FILE("docs/configuration.md"), T("is docs/configuration.md up to date with what the code reads?")],
   call(None, ("Grep", {"pattern": "env\\(\"[A-Z_]+\"", "output_mode": "content", "-o": True})),
   res("config/app.php:env(\"APP_ENV\"\nconfig/app.php:env(\"APP_DEBUG\"\nconfig/queue.php:env(\"QUEUE_CONNECTION\"\nconfig/services.php:env(\"MAILGUN_SECRET\"\nconfig/services.php:env(\"SENTRY_DSN\"\nconfig/billing.php:env(\"BILLING_GRACE_DAYS\"\nconfig/billing.php:env(\"BILLING_PROVIDER\""),
   call(None, ("Read", "docs/configuration.md")),
   res("# Configuration\n\n| Variable | Description |\n|---|---|\n| APP_ENV | environment |\n| APP_DEBUG | debug mode |\n| QUEUE_CONNECTION | queue driver |\n"),
   "The doc is missing MAILGUN_SECRET, SENTRY_DSN, BILLING_GRACE_DAYS and BILLING_PROVIDER.",
   "fill them in, with defaults and what happens if unset. check config/billing.php for the defaults")

# 22 Portuguese
ex(D, "escreve a mensagem do PR pra mim: troquei o cálculo de frete pra usar a API nova dos Correios, adicionei cache de 1h por CEP, e removi o fallback de tabela fixa que estava desatualizado. revisores precisam testar com CEP de área remota")

# 23 docs w/ code pasted; wrong cue "review"
ex(D, "review-ready docs needed: this is our public `Paginator` class, the docstring is one line. write proper docstrings for the class and methods (numpy style), incl. an example\n```python\nclass Paginator:\n    \"\"\"Paginates.\"\"\"\n    def __init__(self, fetch, page_size=100, max_pages=None): ...\n    def __iter__(self): ...\n    def pages(self): ...\n    @property\n    def total(self): ...\n```")

# 24 multi-turn tool loop: codegen then docs
ex(D,
   [SR(), T("add a --dry-run flag to the cleanup script")],
   call(None, ("Edit", {"file_path": "scripts/cleanup.py", "old_string": "parser.add_argument('--days', type=int, default=30)", "new_string": "parser.add_argument('--days', type=int, default=30)\nparser.add_argument('--dry-run', action='store_true', help='print what would be deleted')"})),
   res("The file scripts/cleanup.py has been updated."),
   call(None, ("Edit", {"file_path": "scripts/cleanup.py", "old_string": "        obj.delete()", "new_string": "        if args.dry_run:\n            print(f'would delete {obj.key}')\n        else:\n            obj.delete()"})),
   res("The file scripts/cleanup.py has been updated."),
   "Added `--dry-run`.",
   "now document the script in docs/ops/cleanup.md — what it deletes, flags, how to run it safely the first time, the cron schedule (daily 04:00)")

# 25 Italian
ex(D, "Mi scrivi le release notes in italiano per la versione 2.8 dell'app? Novità: modalità scura, esportazione PDF delle fatture, login con Apple. Bug risolti: crash all'avvio su Android 9, notifiche duplicate.")

# 26 API ref from code (OpenAPI descriptions)
ex(D,
   [SR(), FILE("api/openapi.yaml"), T("half the operations in the spec have no description or examples and the generated portal looks empty. fill in summaries/descriptions and response examples for the /invoices paths")])

# 27 terse
ex(D, "add a module-level docstring to utils/geo.py explaining the coordinate conventions (lat,lon order, WGS84, meters)")

# 28 multi-turn understanding → docs
ex(D,
   [SR(), T("how does the billing cycle job decide who to charge?")],
   call(None, ("Read", "app/jobs/billing_cycle.rb")),
   res("1\tclass BillingCycleJob\n2\t  def perform(date = Date.current)\n3\t    Subscription.active.where(next_bill_on: ..date).find_each do |s|\n4\t      next if s.account.suspended?\n5\t      next if s.trial_ends_on&.>= date\n6\t      Charge.create_for!(s, date)\n7\t      s.update!(next_bill_on: s.plan.next_date(date))\n8\t    end\n9\t  end\n10\tend\n"),
   "It charges every active subscription whose `next_bill_on` is today or earlier, skipping suspended accounts and subscriptions still in trial, then advances `next_bill_on` by the plan interval.",
   "perfect. finance keeps asking this. write it up as a page for the internal wiki, non-technical, with the edge cases (trial ending today, suspended, missed days)")

# 29 Russian
ex(D, "Напиши, пожалуйста, раздел CONTRIBUTING.md: как поднять окружение (docker compose), стиль коммитов (conventional commits), как запускать тесты и линтер, и правила ревью (минимум 1 апрув, CI зелёный).")

# 30 docs with stacktrace: known issues
ex(D,
   "we won't fix this before the release:\n```\nRangeError: Maximum call stack size exceeded\n    at flatten (src/tree.ts:44)\n    at flatten (src/tree.ts:47)\n    ...\n```\nhappens for trees deeper than ~9000 levels. add it to the Known Issues section of the 4.0 release notes with the workaround (use `flattenIterative`)")

# 31 tool loop - changelog from PR list
ex(D,
   [SR(), T("list merged PRs this sprint")],
   call(None, ("Bash", "gh pr list --state merged --search 'merged:>=2026-11-12' --json number,title,labels --jq '.[] | \"#\\(.number) \\(.title) [\\(.labels|map(.name)|join(\",\"))]\"'")),
   res("#912 Add SAML SSO for enterprise plans [feature]\n#915 Fix timezone offset in weekly digest [bug]\n#918 Upgrade React to 18.3 [chore]\n#920 Rate limit public API per key [feature,breaking]\n#923 Fix crash when avatar URL is empty [bug]\n#925 Internal: refactor billing module [chore]"),
   "Six merged PRs since Nov 12.",
   [SR(), T("changelog for the sprint demo, grouped, skip chores, mention the rate limit numbers (100 req/min default)")])

# 32 Dutch
ex(D, "Kun je een onboarding-document schrijven voor nieuwe frontend-developers: hoe de repo is opgebouwd (apps/, packages/ui, packages/api-client), hoe je lokaal start met pnpm, en waar ze moeten beginnen?")

# 33 terse, Hinglish
ex(D, "is function ke liye docstring likh do, english mein hi\n```python\ndef reconcile(ledger, bank_rows, tolerance=Decimal('0.01')):\n    ...\n```\nyeh ledger entries ko bank statement se match karta hai amount aur date ke basis pe")

# 34 multi-turn with review earlier then docs (PR description)
ex(D,
   "does this migration look safe?\n```sql\nCREATE INDEX CONCURRENTLY orders_status_idx ON orders(status) WHERE status <> 'archived';\n```",
   "Yes: CONCURRENTLY avoids blocking writes, and the partial index keeps it small. Make sure the migration tool doesn't wrap it in a transaction — CONCURRENTLY can't run inside one.",
   "good, I've set `disable_ddl_transaction!`. write the PR description, mention the concurrently thing for reviewers and the expected build time (~20 min on prod)")

# 35 docs for a k8s setup
ex(D, [SR(), FILE("deploy/helm/values.yaml"), T("the values.yaml has like 80 keys and zero comments. add comments above each block explaining what it does and which ones people actually need to change per environment")])

# 36 tool loop: Write docs file
ex(D,
   [SR(), T("how do we run DB migrations in prod?")],
   call(None, ("Grep", {"pattern": "migrate", "path": ".github/workflows", "output_mode": "content", "-n": True})),
   res(".github/workflows/deploy.yml:58:      - run: kubectl -n prod create job migrate-${{ github.sha }} --from=cronjob/migrate-template\n.github/workflows/deploy.yml:59:      - run: kubectl -n prod wait --for=condition=complete job/migrate-${{ github.sha }} --timeout=600s"),
   "Deploys create a one-off Job from the `migrate-template` CronJob and wait up to 10 minutes for completion before rolling out.",
   "and if it fails? nobody knows. document the whole thing incl. how to check the job logs, how to rerun, and how to roll back a migration")

# 37 Turkish
ex(D, "Şu bash script için kullanım kılavuzu (usage/help metni) ve README bölümü yazar mısın? Script log dosyalarını sıkıştırıp S3'e yüklüyor, -d gün, -b bucket, -n dry run parametreleri var.")

# 38 terse: comments in SQL
ex(D, "comment this query so analysts understand it\n```sql\nWITH c AS (SELECT user_id, MIN(created_at)::date d FROM orders GROUP BY 1)\nSELECT date_trunc('month', c.d) cohort, date_part('month', age(o.created_at, c.d)) m, COUNT(DISTINCT o.user_id)\nFROM orders o JOIN c USING (user_id) GROUP BY 1,2 ORDER BY 1,2;\n```")

# 39 multi-turn: codegen then "write the docs for it" terse
ex(D,
   "make a small python decorator that logs function duration",
   "```python\ndef timed(logger=log):\n    def deco(fn):\n        @functools.wraps(fn)\n        def inner(*a, **kw):\n            t = time.perf_counter()\n            try:\n                return fn(*a, **kw)\n            finally:\n                logger.info('%s took %.1fms', fn.__qualname__, (time.perf_counter() - t) * 1000)\n        return inner\n    return deco\n```",
   "docstring + a usage example in it")

# 40 Vietnamese
ex(D, "Viết giúp mình tài liệu hướng dẫn cho team QA cách chạy bộ test E2E bằng Playwright trên máy local và trên CI, kèm cách xem report và trace khi test fail.")

# 41 tool loop: docs after debug session with error in tool
ex(D,
   [SR(), T("the local https setup is broken again")],
   call(None, ("Bash", "mkcert -install && mkcert localhost 127.0.0.1")),
   res(("ERR", "ERROR: failed to execute \"keytool -importcert\": exit status 1\n\nkeytool error: java.io.FileNotFoundException: /Library/Java/JavaVirtualMachines/temurin-17.jdk/Contents/Home/lib/security/cacerts (Permission denied)")),
   call("mkcert also tries to install into the Java truststore and lacks permission there. Skipping Java.", ("Bash", "TRUST_STORES=system,nss mkcert -install && mkcert -cert-file certs/local.pem -key-file certs/local-key.pem localhost 127.0.0.1")),
   res("The local CA is now installed in the system trust store! ⚡️\nCreated a new certificate valid for the following names 📜\n - \"localhost\"\n - \"127.0.0.1\"\nThe certificate is at \"certs/local.pem\""),
   "Works now; restricted mkcert to the system and NSS trust stores.",
   "this happens to someone every month. put the steps incl. the TRUST_STORES trick into docs/dev-setup.md under a 'Local HTTPS' heading")

# 42 docs: code comments explaining why
ex(D, [SR(), SEL("src/payments/capture.ts", 88, 95, "await sleep(1500);\nconst intent = await stripe.paymentIntents.retrieve(id);\nif (intent.status === 'requires_capture') {\n  await stripe.paymentIntents.capture(id);\n}"), T("this sleep looks like a bug to every reviewer but it's on purpose (3DS redirect race, see INC-441). add a comment so people stop 'fixing' it")])

# 43 Polish
ex(D, "Potrzebuję opisu do merge requesta: dodałem eksport raportów do XLSX, limit 100k wierszy, duże raporty idą przez kolejkę i przychodzą mailem. Po polsku, z sekcją 'Jak testować'.")

# 44 multi-turn docs tweak
ex(D,
   "write a one-paragraph description of our rate limiting for the API docs",
   "All API requests are rate limited per API key using a token bucket: 100 requests per minute with bursts up to 20. Exceeding the limit returns `429 Too Many Requests` with a `Retry-After` header.",
   "too vague. add the response headers we send (X-RateLimit-Limit, -Remaining, -Reset), an example 429 body, and advice on backoff")

# 45 terse
ex(D, "write the man page for our `dbsnap` cli, flags: -d database, -o out dir, --compress, --exclude-table (repeatable)")

# 46 Japanese multi-turn tool loop
ex(D,
   [SR(), T("src/lib/cache.ts を見て")],
   call(None, ("Read", "src/lib/cache.ts")),
   res("1\texport class SWRCache<T> {\n2\t  constructor(private fetcher: (k: string) => Promise<T>, private ttl = 60_000, private staleTtl = 300_000) {}\n3\t  async get(key: string): Promise<T> { /* returns cached, revalidates in background if stale */ }\n4\t  invalidate(key: string) {}\n5\t}\n"),
   "stale-while-revalidate のキャッシュクラスですね。ttl 内は新鮮、staleTtl 内は古い値を返しつつ裏で再取得します。",
   "その説明をTSDocとしてクラスとメソッドに書いておいてください。英語で")

# 47 docs: ops postmortem (incident report) - docs
ex(D, "write the postmortem for yesterday: 14:02 deploy of api v412 with a migration that locked the orders table, checkout errors 14:03–14:41, rolled back at 14:38, ~2,300 failed checkouts. root cause ALTER TABLE without lock_timeout. action items: lint for migrations, lock_timeout default, canary. blameless format")

# 48 tool loop: API docs from code
ex(D,
   [SR(), T("what events does the webhook system emit?")],
   call(None, ("Grep", {"pattern": "emit\\(['\"][a-z_.]+['\"]", "output_mode": "content", "-o": True})),
   res("src/orders/service.ts:emit('order.created'\nsrc/orders/service.ts:emit('order.cancelled'\nsrc/payments/service.ts:emit('payment.succeeded'\nsrc/payments/service.ts:emit('payment.failed'\nsrc/refunds/service.ts:emit('refund.created'"),
   "Five events: order.created, order.cancelled, payment.succeeded, payment.failed, refund.created.",
   "customers keep emailing us for the payload formats. write a webhooks reference page: each event, when it fires, example payload, plus signature verification and retry policy (we retry 8x over 24h)")

# 49 German
ex(D, "Kannst du die Fehlermeldungen unserer CLI verständlicher formulieren? Gerade steht da z.B. nur 'ERR_CFG_3'. Ich brauche für jede Fehlermeldung einen Text mit Ursache und Lösungsvorschlag:\nERR_CFG_1 config file not found\nERR_CFG_2 invalid yaml\nERR_CFG_3 unknown key\nERR_AUTH_1 token expired\nERR_NET_1 timeout")

# 50 release notes from a diff
ex(D,
   "release notes from this diff for the mobile app store listing (short, friendly, no jargon):\n```diff\n- const MAX_UPLOAD_MB = 10\n+ const MAX_UPLOAD_MB = 50\n+ <Toggle label={t('settings.dark_mode')} ... />\n- if (Platform.OS === 'android' && version < 29) crashyLegacyShare()\n+ if (Platform.OS === 'android' && version < 29) safeShare()\n+ i18n.addResourceBundle('uk', ...)\n```")

# 51 docstrings for a module via tool loop
ex(D,
   [SR(), FILE("pkg/ring/ring.go"), T("add godoc to every exported identifier in pkg/ring")],
   call(None, ("Bash", "go doc -all ./pkg/ring | head -30")),
   res("package ring // import \"github.com/acme/x/pkg/ring\"\n\nfunc New(cap int) *Ring\ntype Ring struct{ ... }\n    func (r *Ring) Push(v []byte) (evicted []byte)\n    func (r *Ring) Snapshot() [][]byte\n    func (r *Ring) Len() int\nvar ErrEmpty = errors.New(\"ring: empty\")"),
   "go on, mention that Push is not safe for concurrent use")

# 52 French multi-turn
ex(D,
   "Comment on gère les secrets dans ce projet ? Je vois du SOPS.",
   "Oui : les secrets sont chiffrés avec SOPS + age dans `secrets/*.enc.yaml`, la clé age est dans 1Password, et le déploiement les déchiffre dans la CI via le secret `SOPS_AGE_KEY`.",
   "Parfait, tu peux écrire une page de doc là-dessus pour l'équipe : comment ajouter un secret, le modifier, faire tourner la clé ?")

# 53 terse, commit message with diff in IDE selection
ex(D, [SR(), SEL("src/auth/password.ts", 10, 13, "-const ROUNDS = 10\n+const ROUNDS = 12\n+// rehash on login if cost is lower than ROUNDS\n+if (bcrypt.getRounds(user.hash) < ROUNDS) await rehash(user, plain)"), T("commit message")])

# 54 docs - code tour
ex(D, "write a CODE_TOUR.md that walks a newcomer through a request's path: nginx → gunicorn → django middleware → DRF view → service → repository → postgres, with the file paths in our repo (core/middleware.py, api/views/, domain/services/, infra/repos/)")

# 55 Chinese tool loop
ex(D,
   [SR(), T("看一下 Makefile 有哪些 target")],
   call(None, ("Bash", "grep -E '^[a-zA-Z_-]+:' Makefile | cut -d: -f1")),
   res("build\ntest\nlint\nproto\nmigrate\nseed\nrelease\nclean"),
   "一共 8 个 target：build、test、lint、proto、migrate、seed、release、clean。",
   "给每个 target 加上 ## 注释，再加一个 make help 能自动把说明打印出来——其实主要是说明文字，help 就用常见的 awk 写法")

# 56 multi-turn: codegen + docs, last is docs tweak in Spanish
ex(D,
   "escribe el README para la librería de validación de RUT chilenos",
   "# rut-valid\n\nValida y formatea RUT chilenos.\n\n```js\nimport { validate, format } from 'rut-valid'\nvalidate('12.345.678-5') // true\n```",
   "agrégale sección de instalación, la tabla de funciones con firmas, y una nota de que acepta con y sin puntos")

# 57 runbook from slack thread
ex(D,
   "turn this slack thread into a runbook entry:\n\n> anna: certs expired on the ingress again\n> bob: cert-manager failed the http01 challenge cause the WAF blocks /.well-known\n> bob: kubectl -n ingress get certificate,challenge shows pending\n> bob: I added the WAF exception for /.well-known/acme-challenge/* and deleted the challenge, it retried and worked\n> anna: we should alert 14 days before expiry\n> bob: there's a prometheus metric certmanager_certificate_expiration_timestamp_seconds")

# 58 tool loop final: write docs combined with tool result in last message
ex(D,
   [SR(), T("dump the CLI help")],
   call(None, ("Bash", "./bin/acmectl --help")),
   res("acmectl - manage Acme deployments\n\nUsage:\n  acmectl [command]\n\nAvailable Commands:\n  deploy      Deploy a service\n  rollback    Roll back a service\n  logs        Stream logs\n  env         Manage environment variables\n\nFlags:\n  -c, --cluster string   target cluster\n  -h, --help             help for acmectl", text="turn this into a proper docs page with an example per command, our users are support engineers not devs"))

# 59 Korean multi-turn
ex(D,
   "이 에러 왜 나요? `TS2589: Type instantiation is excessively deep and possibly infinite`",
   "재귀 타입이 너무 깊게 전개될 때 나요. `DeepPartial` 같은 재귀 타입을 깊은 객체에 적용했을 가능성이 큽니다. 재귀 깊이를 제한하는 카운터 타입을 두면 해결됩니다.",
   "해결했어요. 이 타입 유틸(DepthLimitedPartial)에 주석으로 왜 깊이 제한이 있는지 설명 남겨주세요")

# 60 terse
ex(D, "README badge section + quickstart for the npm package, it's a tiny date lib, like 5 lines of usage")

# 61 docs: inline comments for regex
ex(D, "rewrite this regex in verbose mode with a comment per part so the next person can maintain it\n```python\nPHONE = re.compile(r'^\\+?(\\d{1,3})?[-. (]*(\\d{3})[-. )]*(\\d{3})[-. ]*(\\d{4})(?: *x(\\d+))?$')\n```")

# 62 multi-turn long tool loop: review then docs (PR description)
ex(D,
   [SR(), T("review my branch before I open the PR")],
   call(None, ("Bash", "git diff main...HEAD --stat && git log main..HEAD --oneline")),
   res(" src/search/indexer.py | 64 ++++++++++++++------\n src/search/mapping.json | 12 +++-\n tests/search/test_indexer.py | 40 +++++++++\n\n8aa1c02 reindex with aliases for zero-downtime\n31f0b7e add test for alias swap"),
   call(None, ("Bash", "git diff main...HEAD -- src/search/indexer.py | head -50")),
   res("+def reindex(client, alias='products'):\n+    new = f\"{alias}_{int(time.time())}\"\n+    client.indices.create(index=new, body=MAPPING)\n+    bulk_index(client, new)\n+    old = list(client.indices.get_alias(name=alias).keys())\n+    client.indices.update_aliases(body={'actions': [\n+        {'remove': {'index': i, 'alias': alias}} for i in old] + [{'add': {'index': new, 'alias': alias}}]})\n+    for i in old:\n+        client.indices.delete(index=i)"),
   "Looks good: the alias swap is atomic. Minor: deleting old indices immediately removes your rollback option; consider keeping the previous one.",
   "fair, leaving it for now. write the PR description — explain the alias approach and that first deploy needs the one-time migration (`manage.py search_bootstrap_alias`)")

# 63 Hindi
ex(D, "हमारी टीम के लिए Git branching strategy का एक छोटा डॉक्यूमेंट लिख दो: main, develop, feature/*, hotfix/* कैसे इस्तेमाल करें, और PR के नियम। हिंदी में, पर टेक्निकल शब्द अंग्रेज़ी में रहें।")

# 64 docs for SQL schema
ex(D, [SR(), FILE("db/schema.sql"), T("data team wants a data dictionary for the billing tables — every column, type, meaning, nullable, and gotchas (amounts in cents, soft-deleted rows, etc). markdown")])

# 65 terse German
ex(D, "schreib mir 'ne kurze Commit-Message: Tippfehler in Fehlermeldungen korrigiert + toten Code im Export entfernt")

# 66 multi-turn, debugging then docs "add a note in the FAQ"
ex(D,
   "why does `npm install` pull a different version of left-pad than what's in package-lock on CI?",
   "CI runs `npm install`, which may update the lockfile within the semver ranges. Use `npm ci` to install exactly what the lockfile says.",
   "yep that was it. add a FAQ entry to docs/faq.md so people stop hitting it")

# 67 Swift DocC
ex(D, "DocC documentation comments for this public API, with a code example\n```swift\npublic func retrying<T>(_ attempts: Int = 3, delay: Duration = .seconds(1), operation: () async throws -> T) async throws -> T\n```")

# 68 Portuguese, tool loop
ex(D,
   [SR(), T("quais scripts tem no package.json?")],
   call(None, ("Bash", "jq '.scripts' package.json")),
   res("{\n  \"dev\": \"next dev\",\n  \"build\": \"next build\",\n  \"db:push\": \"drizzle-kit push\",\n  \"db:seed\": \"tsx scripts/seed.ts\",\n  \"e2e\": \"playwright test\",\n  \"typecheck\": \"tsc --noEmit\"\n}"),
   "documenta isso no README numa tabela, com quando usar cada um. os juniores sempre rodam db:push em produção sem querer, coloca um aviso bem visível")

# 69 terse Russian
ex(D, "Добавь docstring к этому классу, стиль Google, на английском\n```python\nclass BackoffPolicy:\n    def __init__(self, base=0.2, factor=2.0, max_delay=30.0, jitter=0.1): ...\n    def delay(self, attempt: int) -> float: ...\n```")

# 70 long pasted config, docs intent
ex(D,
   "this is our nginx config, nobody knows why half of it exists. add comments explaining each block, don't change behavior:\n```nginx\nworker_processes auto;\nevents { worker_connections 4096; }\nhttp {\n  map $http_upgrade $connection_upgrade { default upgrade; '' close; }\n  limit_req_zone $binary_remote_addr zone=api:10m rate=20r/s;\n  proxy_buffer_size 16k;\n  proxy_buffers 8 32k;\n  client_max_body_size 25m;\n  server {\n    listen 443 ssl http2;\n    ssl_session_cache shared:SSL:20m;\n    ssl_stapling on;\n    location /api/ {\n      limit_req zone=api burst=40 nodelay;\n      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n      proxy_read_timeout 120s;\n      proxy_pass http://api_upstream;\n    }\n    location /ws/ {\n      proxy_http_version 1.1;\n      proxy_set_header Upgrade $http_upgrade;\n      proxy_set_header Connection $connection_upgrade;\n      proxy_pass http://ws_upstream;\n    }\n    location ~* \\.(js|css|woff2)$ { expires 1y; add_header Cache-Control immutable; }\n  }\n}\n```")
