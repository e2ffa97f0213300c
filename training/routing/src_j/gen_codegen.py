from h import ex, SR, SRt, T, FILE, SEL, call, res

G = "code_generation"

# 1 test after the fix (tool loop)
ex(G,
   [SR(), T("the slugify function drops non-ascii chars, Łódź becomes 'd'")],
   call(None, ("Read", "src/text/slugify.ts")),
   res("1\texport function slugify(s: string): string {\n2\t  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');\n3\t}\n"),
   call("The regex strips everything outside a-z. I'll normalize and strip diacritics first.", ("Edit", {"file_path": "src/text/slugify.ts", "old_string": "return s.toLowerCase()", "new_string": "return s.normalize('NFKD').replace(/[\\u0300-\\u036f]/g, '').replace(/ł/g, 'l').replace(/Ł/g, 'L').toLowerCase()"})),
   res("The file src/text/slugify.ts has been updated."),
   call(None, ("Bash", "node -e \"console.log(require('./dist/text/slugify').slugify('Łódź Główna'))\"")),
   res("lodz-glowna"),
   "Fixed: 'Łódź Główna' → 'lodz-glowna'.",
   "nice. lock it in with some vitest cases — polish, german ß, french accents, emoji, empty string")

# 2 implicit: "we need something that..."
ex(G, "every monday someone manually copies last week's stand-up notes from notion into a slack thread. there's a notion API token in 1password already. python is fine, we run stuff on a cron box")

# 3 German, SQL
ex(G, "Brauche eine Query: pro Kunde die letzte Bestellung mit Betrag, aber nur Kunden, die in den letzten 90 Tagen mehr als 3 Mal bestellt haben. Postgres, Tabellen orders(id, customer_id, amount, created_at) und customers(id, name).")

# 4 tool loop: read existing, then add feature
ex(G,
   [SR(), FILE("cmd/cli/main.go"), T("how are subcommands wired up here")],
   call(None, ("Read", "cmd/cli/main.go")),
   res("1\tpackage main\n2\n3\timport (\n4\t\t\"os\"\n5\t\t\"github.com/spf13/cobra\"\n6\t)\n7\n8\tfunc main() {\n9\t\troot := &cobra.Command{Use: \"acme\"}\n10\t\troot.AddCommand(newDeployCmd(), newLogsCmd())\n11\t\tif err := root.Execute(); err != nil {\n12\t\t\tos.Exit(1)\n13\t\t}\n14\t}\n"),
   call(None, ("Read", "cmd/cli/logs.go")),
   res("1\tfunc newLogsCmd() *cobra.Command {\n2\t\tvar follow bool\n3\t\tc := &cobra.Command{\n4\t\t\tUse:   \"logs [service]\",\n5\t\t\tArgs:  cobra.ExactArgs(1),\n6\t\t\tRunE: func(cmd *cobra.Command, args []string) error {\n7\t\t\t\treturn api.StreamLogs(cmd.Context(), args[0], follow)\n8\t\t\t},\n9\t\t}\n10\t\tc.Flags().BoolVarP(&follow, \"follow\", \"f\", false, \"follow\")\n11\t\treturn c\n12\t}\n"),
   "Each subcommand is a `newXCmd()` constructor returning a `*cobra.Command`, registered in `main` via `root.AddCommand`. Flags are bound in the constructor.",
   "ok so same pattern: `acme rollback <service> [--to <version>]`, default to previous release. api.Rollback(ctx, svc, version) already exists")

# 5 terse
ex(G, "pydantic model for this payload pls\n{\"id\":\"a1\",\"items\":[{\"sku\":\"X\",\"qty\":2,\"price\":\"9.99\"}],\"shipping\":{\"method\":\"dhl\",\"eta\":\"2026-12-01\"},\"notes\":null}")

# 6 Japanese
ex(G, "Reactで無限スクロールのリストコンポーネントを作ってください。IntersectionObserverを使って、APIは `/api/items?cursor=xxx` でnextCursorを返します。TypeScriptで。")

# 7 multi-turn debugging then codegen
ex(G,
   "our redis keys never expire, memory is at 90%",
   "You're calling `SET` without `EX` in `cache.set()` so keys are persistent. Add a TTL there, and for the existing keys you'll need a one-off cleanup.",
   "ok fixed the set(). now write me that one-off cleanup — scan keys matching `sess:*` and give them a 24h ttl if they don't have one. must not block redis, there are ~40M keys")

# 8 config file: GH Actions
ex(G,
   [SR(), FILE(".github/workflows/ci.yml"), T("we need the same checks to run on PRs against release/* branches too, plus a nightly at 3am UTC that also runs the slow tests (`pytest -m slow`)")])

# 9 tool loop in Rust, implement trait
ex(G,
   [SR(), T("look at src/store.rs")],
   call(None, ("Read", "src/store.rs")),
   res("1\tpub trait Store: Send + Sync {\n2\t    fn get(&self, key: &str) -> Result<Option<Vec<u8>>, StoreError>;\n3\t    fn put(&self, key: &str, val: Vec<u8>) -> Result<(), StoreError>;\n4\t    fn delete(&self, key: &str) -> Result<bool, StoreError>;\n5\t}\n6\n7\tpub struct FsStore { root: PathBuf }\n8\timpl Store for FsStore { /* ... */ }\n"),
   "It defines a `Store` trait (get/put/delete over byte values) with a filesystem implementation `FsStore`.",
   "tests need an in-memory one. thread-safe, no extra deps")

# 10 Spanish, bash
ex(G, "necesito un script que recorra todas las carpetas de ~/fotos, y mueva cada jpg a una carpeta AAAA/MM según la fecha EXIF. si no tiene EXIF que use la fecha de modificación. bash o python, me da igual")

# 11 multi-turn architecture then codegen
ex(G,
   "for feature flags, should we build our own or use unleash/launchdarkly? ~15 engineers, 3 services",
   "At your size a managed or self-hosted Unleash is usually cheaper than building. But if you only need boolean flags per environment plus a percentage rollout, a small table plus a cached client is a weekend's work.",
   "let's do our own minimal one then. postgres table + a python client with 30s in-process cache, percentage rollout by hashing user id. go")

# 12 terse codegen with pasted code (surface cue: code paste)
ex(G, "```ts\ninterface Event { id: string; ts: number; type: 'click' | 'view'; userId: string }\n```\ngroup by userId, then sessionize with 30min inactivity gap. return Session[] {userId, start, end, events}")

# 13 k8s yaml
ex(G, "k8s manifests for a small go service: deployment w/ 3 replicas, readiness on /healthz, HPA 3-10 at 70% cpu, service, and a PDB so at least 2 stay up. image ghcr.io/acme/pinger:1.4.0, port 8080")

# 14 tool loop: after understanding, generate migration
ex(G,
   [SR(), T("where do we define the users table")],
   call(None, ("Grep", {"pattern": "create_table.*users|class User\\b", "output_mode": "content", "-n": True})),
   res("db/migrate/20230114_create_users.rb:3:    create_table :users do |t|\napp/models/user.rb:1:class User < ApplicationRecord"),
   call(None, ("Read", "db/migrate/20230114_create_users.rb")),
   res("1\tclass CreateUsers < ActiveRecord::Migration[7.0]\n2\t  def change\n3\t    create_table :users do |t|\n4\t      t.string :email, null: false\n5\t      t.string :name\n6\t      t.timestamps\n7\t    end\n8\t    add_index :users, :email, unique: true\n9\t  end\n10\tend\n"),
   "The `users` table is created in `db/migrate/20230114_create_users.rb`; model is `app/models/user.rb`.",
   "add soft delete: deleted_at column, index, default scope excluding deleted, and `restore!`. the email unique index has to allow re-signup after deletion")

# 15 French
ex(G, "Tu peux m'écrire un hook React `useDebouncedValue(value, delay)` en TypeScript, avec un test Testing Library qui utilise les fake timers ?")

# 16 implicit in complaint form
ex(G, "I'm so tired of typing `docker compose -f docker-compose.yml -f docker-compose.dev.yml --env-file .env.dev` every time. make target or something? we need up, down, logs, shell into api")

# 17 C#
ex(G, "ASP.NET Core minimal API endpoint POST /webhooks/stripe that verifies the signature with Stripe.net, handles checkout.session.completed and invoice.payment_failed, and returns 400 on bad signature")

# 18 tool loop long session, several intents, last codegen
ex(G,
   [SR(), T("what's in the scripts folder")],
   call(None, ("Bash", "ls -la scripts/")),
   res("total 24\n-rwxr-xr-x 1 dev dev 1204 Oct  2 seed_db.sh\n-rwxr-xr-x 1 dev dev  811 Oct  2 rotate_logs.sh\n-rw-r--r-- 1 dev dev 2290 Nov 11 export_report.py"),
   "Three scripts: `seed_db.sh`, `rotate_logs.sh`, and `export_report.py`.",
   "export_report.py fails with KeyError 'region'",
   call(None, ("Read", "scripts/export_report.py")),
   res("...\n22\t    for row in rows:\n23\t        totals[row['region']] += row['amount']\n..."),
   call("Rows from the new API use `regionCode`. I'll handle both.", ("Edit", {"file_path": "scripts/export_report.py", "old_string": "totals[row['region']]", "new_string": "totals[row.get('region') or row['regionCode']]"})),
   res("The file scripts/export_report.py has been updated."),
   "Fixed, it now accepts either key.",
   "works. now add a --format flag so it can also spit out xlsx, not just csv. openpyxl is already in requirements")

# 19 Korean
ex(G, "FastAPI에서 JWT 인증 미들웨어 만들어주세요. access token 15분, refresh token 7일, refresh는 httpOnly 쿠키로요.")

# 20 Terraform
ex(G, "terraform for an s3 bucket that only cloudfront can read (OAC, not OAI), versioning on, lifecycle to move noncurrent versions to glacier after 30d, and the cloudfront distro with our ACM cert arn var")

# 21 multi-turn review then codegen
ex(G,
   "is it ok to store the stripe customer id on the user row or should it be a separate table",
   "On the user row is fine if there's exactly one Stripe customer per user. A separate table makes sense for multiple billing accounts or multiple providers.",
   "one per user. write the migration + the model change (sqlalchemy 2.0 style, mapped_column) and a backfill script that looks customers up by email via stripe api")

# 22 terse
ex(G, "regex for semver incl prerelease and build metadata")

# 23 tool loop: tests for existing finished code
ex(G,
   [SR(), FILE("pkg/ratelimit/token_bucket.go"), T("this is done and working in prod but has zero tests. cover it")],
   call(None, ("Read", "pkg/ratelimit/token_bucket.go")),
   res("1\tpackage ratelimit\n2\n3\ttype Clock interface{ Now() time.Time }\n4\n5\ttype Bucket struct {\n6\t\tmu       sync.Mutex\n7\t\tcap      float64\n8\t\ttokens   float64\n9\t\trate     float64 // tokens per second\n10\t\tlast     time.Time\n11\t\tclock    Clock\n12\t}\n13\n14\tfunc (b *Bucket) Allow(n float64) bool {\n15\t\tb.mu.Lock()\n16\t\tdefer b.mu.Unlock()\n17\t\tnow := b.clock.Now()\n18\t\tb.tokens = math.Min(b.cap, b.tokens+now.Sub(b.last).Seconds()*b.rate)\n19\t\tb.last = now\n20\t\tif b.tokens >= n {\n21\t\t\tb.tokens -= n\n22\t\t\treturn true\n23\t\t}\n24\t\treturn false\n25\t}\n"),
   [T("table-driven please, use a fake clock")])

# 24 Portuguese
ex(G, "preciso de uma função em Python que valide CPF e CNPJ (com e sem máscara) e retorne o tipo. sem libs externas")

# 25 UI component implicit
ex(G,
   [SR(), FILE("src/components/Table.tsx"), T("designers want the orders table columns to be resizable by dragging the header edge and remember widths per user (localStorage is fine). we're on plain react + css modules, no table lib")])

# 26 multi-turn understanding then codegen with Chinese
ex(G,
   "这个项目的日志是怎么配置的？",
   "日志在 `app/logging.py` 里用 `structlog` 配置，输出 JSON 到 stdout，`LOG_LEVEL` 环境变量控制级别。请求 ID 通过中间件放进 contextvars。",
   "好的，帮我加一个把 ERROR 级别日志同时发到 Sentry 的 processor，别影响现在的 JSON 输出")

# 27 shell one-liner
ex(G, "one liner: find all files > 100MB in the repo history (not just working tree), show size and path")

# 28 tool loop, Write new file after exploring
ex(G,
   [SR(), T("we have an OpenAPI spec, right?")],
   call(None, ("Glob", "**/openapi*.{yaml,yml,json}")),
   res("api/openapi.yaml"),
   call(None, ("Bash", "head -30 api/openapi.yaml && grep -c 'operationId' api/openapi.yaml")),
   res("openapi: 3.0.3\ninfo:\n  title: Acme Public API\n  version: 2.4.0\nservers:\n  - url: https://api.acme.io/v2\npaths:\n  /projects:\n    get:\n      operationId: listProjects\n...\n41"),
   "Yes: `api/openapi.yaml`, OpenAPI 3.0.3, 41 operations.",
   "cool. generate a typed fetch client from it for the frontend. I don't want a codegen dependency in CI, just commit the output. a small script we can rerun is fine")

# 29 Elixir
ex(G, "Phoenix LiveView component for a live-updating order status badge, subscribes to PubSub topic \"order:#{id}\", colors per status (pending yellow, paid green, failed red)")

# 30 multi-turn, debugging done → codegen: follow-up terse needing previous
ex(G,
   "why does `sorted(users, key=lambda u: u.last_login)` crash with TypeError '<' not supported between NoneType and datetime",
   "Some users have `last_login=None`. Python 3 can't compare None with datetime. Use a key that maps None to something comparable, e.g. `(u.last_login is None, u.last_login or datetime.min)`.",
   "got it. write me a generic `sort_nulls_last(items, key, reverse=False)` helper for our utils module, typed, and make reverse still keep nulls last")

# 31 Swift
ex(G, "SwiftUI view: a settings screen with sections Account (email, sign out button), Notifications (3 toggles bound to @AppStorage), About (version from bundle). iOS 17")

# 32 Italian
ex(G, "Scrivimi un Dockerfile multi-stage per un'app Spring Boot con Gradle, immagine finale distroless, utente non root, e il layering dei jar per sfruttare la cache")

# 33 tool loop with failing command then codegen intent
ex(G,
   [SR(), T("is there a pre-commit config?")],
   call(None, ("Read", ".pre-commit-config.yaml")),
   res(("ERR", "File does not exist.")),
   call(None, ("Bash", "ls -a | head -30 && cat pyproject.toml | grep -A5 '\\[tool\\.'")),
   res(".\n..\n.git\n.github\npyproject.toml\nsrc\ntests\n[tool.ruff]\nline-length = 100\n[tool.mypy]\nstrict = true"),
   "No pre-commit config. The project configures ruff and mypy (strict) in pyproject.toml.",
   "set one up then, ruff (lint+format), mypy, and a check that no one commits .env files")

# 34 implicit data generation
ex(G, "I need 500 realistic fake customers in our seed data — names, emails, addresses across DE/FR/PL, some with missing phone numbers, deterministic so tests don't flap. we already use factory_boy")

# 35 Kotlin
ex(G, "kotlin extension fun on Flow<T> that batches items into lists of max N or every T ms, whichever comes first")

# 36 Russian
ex(G, "Напиши на Go middleware для net/http, который логирует метод, путь, статус и длительность запроса через slog, и добавляет X-Request-ID если его нет")

# 37 multi-turn docs earlier then codegen
ex(G,
   [SR(), T("write a docstring for parse_duration")],
   "```python\ndef parse_duration(s: str) -> timedelta:\n    \"\"\"Parse a human duration like '1h30m' or '45s' into a timedelta.\n\n    Raises ValueError on unknown units.\n    \"\"\"\n```",
   [SR(), T("actually it doesn't support days or weeks yet, can you add 'd' and 'w' and also allow spaces like '1h 30m'")])

# 38 SQL migration + trigger
ex(G, "postgres: trigger that keeps products.updated_at current on every update, plus an audit table that records old/new jsonb, who (current_setting('app.user_id')) and when")

# 39 tool loop: Grep then implement endpoint
ex(G,
   [SR(), FILE("src/routes/projects.ts"), T("find how we do pagination in the other list endpoints")],
   call(None, ("Grep", {"pattern": "cursor", "path": "src/routes", "output_mode": "content", "-n": True})),
   res("src/routes/users.ts:18:  const { cursor, limit = 50 } = parsePage(req.query);\nsrc/routes/users.ts:24:  res.json({ data: rows, nextCursor: encodeCursor(rows.at(-1)) });\nsrc/routes/orgs.ts:15:  const { cursor, limit = 50 } = parsePage(req.query);"),
   "They use `parsePage(req.query)` for cursor+limit and return `{ data, nextCursor: encodeCursor(last) }`.",
   "do the same for GET /projects/:id/members, sorted by joined_at desc")

# 40 Turkish
ex(G, "Node.js ile bir CLI yazmam lazım: bir klasördeki tüm .md dosyalarındaki kırık linkleri (hem relative dosya hem http) bulsun, sonuçları tablo olarak bassın. Harici paket kullanabilirsin.")

# 41 tool loop, finished debugging, generate regression test (test after fix)
ex(G,
   [SR(), T("dates are off by a day in the invoice PDF")],
   call(None, ("Grep", {"pattern": "toISOString\\(\\)\\.slice", "output_mode": "content", "-n": True})),
   res("src/pdf/invoice.ts:57:    issued: inv.issuedAt.toISOString().slice(0, 10),"),
   call("toISOString converts to UTC; for Europe/Berlin invoices issued after 23:00 UTC that's the next day. Formatting in the account's timezone instead.", ("Edit", {"file_path": "src/pdf/invoice.ts", "old_string": "issued: inv.issuedAt.toISOString().slice(0, 10),", "new_string": "issued: formatInTimeZone(inv.issuedAt, account.timezone, 'yyyy-MM-dd'),"})),
   res("The file src/pdf/invoice.ts has been updated."),
   "Fixed by formatting in the account timezone.",
   "👍 pushed. add a test so nobody reintroduces that, use an invoice at 23:30 UTC for a Berlin account and one for LA")

# 42 Vietnamese
ex(G, "Viết giúp mình một hàm TypeScript format số tiền VND kiểu 1.234.567 ₫, có option rút gọn thành 1,2 tr / 3,4 tỷ")

# 43 php
ex(G, "Laravel artisan command `reports:monthly {month?}` that aggregates orders per merchant for the month (default last month), writes a CSV to storage/reports and emails the finance list. chunk the query")

# 44 codegen in ambiguous "can you make this async"
ex(G,
   [SR(), SEL("crawler/fetch.py", 1, 14, "import requests\n\ndef fetch_all(urls):\n    out = {}\n    for u in urls:\n        r = requests.get(u, timeout=10)\n        out[u] = r.text\n    return out"), T("need this to do 2k urls, 20 at a time max, with retries on 5xx. httpx is fine")])

# 45 multi-turn tool loop: understanding → codegen
ex(G,
   [SR(), T("how does the plugin loader discover plugins?")],
   call(None, ("Read", "core/plugins.py")),
   res("1\tfrom importlib.metadata import entry_points\n2\n3\tdef load_plugins():\n4\t    for ep in entry_points(group='acme.plugins'):\n5\t        plugin = ep.load()\n6\t        REGISTRY[plugin.name] = plugin()\n"),
   "Through the `acme.plugins` entry-point group: any installed package that declares an entry point there gets loaded and instantiated into `REGISTRY`.",
   [T("scaffold me a new plugin package `acme-plugin-s3export` then. pyproject w/ the entry point, plugin class with the same interface as the others, one test")])

# 46 terse JS
ex(G, "deep merge two objects, arrays concatenated, no lodash")

# 47 Polish
ex(G, "Napisz mi skrypt w PowerShellu, który sprawdza na liście serwerów (plik servers.txt) czy usługa 'Spooler' działa i jeśli nie, to ją uruchamia i loguje to do pliku")

# 48 Python class from spec pasted (long)
ex(G,
   "From the spec below I need the Python dataclasses + a parser from the raw line format. Spec excerpt:\n\n```\n4.2 Record format\nEach record is a single line of ASCII, fields separated by '|'.\n  0  record_type  'H' header, 'D' detail, 'T' trailer\n  1  seq          zero-padded 6 digits\nHeader (H):\n  2  sender_id    8 chars\n  3  created      YYYYMMDDhhmmss (UTC)\n  4  version      '02'\nDetail (D):\n  2  account      IBAN, max 34\n  3  amount       integer, minor units, may be negative ('-' prefix)\n  4  currency     ISO 4217\n  5  booking_date YYYYMMDD\n  6  reference    free text, max 140, '|' escaped as '\\|'\nTrailer (T):\n  2  count        number of D records\n  3  sum          sum of D amounts\n4.3 Validation\n  - exactly one H first and one T last\n  - seq strictly increasing from 000001\n  - T.count and T.sum must match\n```\nraise a ParseError with line number on any violation")

# 49 tool loop, earlier debugging, final codegen with tool_result + text
ex(G,
   [SR(), T("run the migrations on my local db")],
   call(None, ("Bash", "npx prisma migrate dev")),
   res(("ERR", "Error: P1001: Can't reach database server at `localhost:5432`")),
   call(None, ("Bash", "docker ps --format '{{.Names}} {{.Status}}'")),
   res("redis Up 3 hours"),
   call("Postgres container isn't running. Starting it.", ("Bash", "docker compose up -d db && sleep 3 && npx prisma migrate dev")),
   res("Applying migration `20261120_add_teams`\nYour database is now in sync with your schema."),
   "Postgres wasn't running; started it and migrations applied.",
   "thanks. now add a `Team` ↔ `User` many-to-many with a role enum (OWNER, ADMIN, MEMBER) on the join, to schema.prisma")

# 50 Hindi/Hinglish
ex(G, "ek python function chahiye jo Indian numbering format me number print kare, jaise 12,34,567.89. negative bhi handle kare")

# 51 GH action composite
ex(G, "a reusable workflow that builds a docker image, tags with sha + semver from the git tag, pushes to ghcr, and signs it with cosign keyless. callers pass image name + context dir")

# 52 multi-turn architecture → codegen
ex(G,
   "outbox pattern vs CDC with debezium for publishing domain events from our postgres monolith?",
   "Outbox is simpler to start: write the event row in the same transaction, a relay publishes it. Debezium avoids a polling relay but adds Kafka Connect ops. For one monolith, outbox with a small relay is usually enough.",
   "outbox it is. write the relay: go, polls outbox table with SKIP LOCKED, publishes to NATS JetStream, marks published, batch of 100")

# 53 config - nginx
ex(G, "nginx config: serve the SPA from /var/www/app with history fallback, proxy /api to localhost:3000 with websockets, gzip + brotli, cache hashed assets for a year, never cache index.html")

# 54 Dutch
ex(G, "Kun je een Python-script schrijven dat alle open GitHub-issues met het label 'bug' van onze repo ophaalt en in een Markdown-tabel zet, gesorteerd op aantal 👍?")

# 55 codegen with stack trace surface cue (wants a handler)
ex(G,
   "we keep getting this in sentry from bots hitting random urls\n```\nInvalidSignatureError: Signature verification failed\n  at verify (/app/node_modules/jsonwebtoken/verify.js:171)\n  at authMiddleware (/app/src/middleware/auth.ts:22)\n```\nit's expected, not a bug. write a small error-classification helper so these get returned as 401 and not reported to sentry, while real errors still are")

# 56 tool loop: Edit previously, then new feature in same file
ex(G,
   [SR(), FILE("src/lib/money.ts"), T("format() shows 1.5 instead of 1.50")],
   call(None, ("Read", "src/lib/money.ts")),
   res("1\texport function format(cents: number, currency = 'EUR') {\n2\t  return `${cents / 100} ${currency}`;\n3\t}\n"),
   call(None, ("Edit", {"file_path": "src/lib/money.ts", "old_string": "  return `${cents / 100} ${currency}`;", "new_string": "  return new Intl.NumberFormat('de-DE', { style: 'currency', currency }).format(cents / 100);"})),
   res("The file src/lib/money.ts has been updated."),
   "Now uses Intl.NumberFormat, so 150 → '1,50 €'.",
   "good. also need `parse(input: string, currency)` that goes the other way and accepts '1.234,50', '1234.5', '€ 12' etc, returns cents")

# 57 Scala
ex(G, "cats-effect 3: a Resource that acquires a hikari pool from config, and a small Repo[F[_]] with findById/insert using doobie")

# 58 Java
ex(G, "JUnit 5 parameterized tests for our existing IbanValidator.isValid(String) — it's been in prod for years and works, I just need coverage for DE/GB/NL valid ones, wrong checksum, wrong length, lowercase, spaces")

# 59 terse after debugging, needing prior turn
ex(G,
   "why is my docker image 2.1GB, it's just a fastapi app",
   "You're on `python:3.12` (full Debian, ~1GB), installing build-essential and not cleaning the pip cache, and copying the whole repo including `.git` and `node_modules`. A slim base, multi-stage build and a `.dockerignore` should get you under 200MB.",
   "do it")

# 60 Spanish tool loop
ex(G,
   [SR(), T("qué endpoints tiene el servicio de pagos?")],
   call(None, ("Grep", {"pattern": "@(Get|Post|Put|Delete)Mapping", "path": "payments/src", "output_mode": "content"})),
   res("PaymentController.java:    @PostMapping(\"/payments\")\nPaymentController.java:    @GetMapping(\"/payments/{id}\")\nRefundController.java:    @PostMapping(\"/payments/{id}/refunds\")"),
   "Tres endpoints: crear pago, obtener pago por id, y crear reembolso.",
   "falta cancelar. agrega POST /payments/{id}/cancel que solo funcione si el estado es AUTHORIZED, si no 409")

# 61 implicit: regex/cron
ex(G, "our cleanup job should run at 2:30am on weekdays but 4am on weekends, and never on the first of the month because that's billing day. k8s CronJob(s)")

# 62 multi-turn review → codegen
ex(G,
   [SR(), T("thoughts on using `any` in this util? \n```ts\nexport function pick(obj: any, keys: string[]): any {\n  return Object.fromEntries(keys.map(k => [k, obj[k]]));\n}\n```")],
   "It throws away all type info for callers. A generic signature `pick<T, K extends keyof T>(obj: T, keys: K[]): Pick<T, K>` preserves it.",
   [T("rewrite it like that, plus an `omit` counterpart, plus type tests with expectTypeOf")])

# 63 C
ex(G, "C function to parse an IPv4 CIDR string like \"10.0.0.0/8\" into network + mask uint32, return -1 on bad input, no sscanf")

# 64 tool loop long with failing Bash, final codegen of a makefile target
ex(G,
   [SR(), T("how do I regenerate the protobuf stubs")],
   call(None, ("Grep", {"pattern": "protoc", "output_mode": "content"})),
   res("README.md:88:Run `protoc -I proto --go_out=. --go-grpc_out=. proto/*.proto` (needs protoc 25+)"),
   call(None, ("Bash", "protoc -I proto --go_out=. --go-grpc_out=. proto/*.proto")),
   res(("ERR", "protoc-gen-go-grpc: program not found or is not executable\nPlease specify a program using absolute path or make sure the program is available in your PATH system variable\n--go-grpc_out: protoc-gen-go-grpc: Plugin failed with status code 1.")),
   call(None, ("Bash", "go install google.golang.org/grpc/cmd/protoc-gen-go-grpc@latest && protoc -I proto --go_out=. --go-grpc_out=. proto/*.proto && git status --short")),
   res(" M gen/billing/billing.pb.go\n M gen/billing/billing_grpc.pb.go"),
   "Installed the missing plugin and regenerated; two files changed.",
   "this is annoying for everyone. buf.gen.yaml + `make proto` that pins plugin versions so nobody needs global installs")

# 65 French terse
ex(G, "classe Python LRU cache avec TTL par entrée, thread-safe")

# 66 Bash
ex(G, "wrapper script around `kubectl exec` that picks a random ready pod of a deployment and opens a shell, with fzf to choose the deployment if none given")

# 67 tool loop, ide selection in final message
ex(G,
   [SR(), T("what does normalize_phone do with numbers without a country code")],
   call(None, ("Read", "app/utils/phone.py")),
   res("1\timport phonenumbers\n2\n3\tdef normalize_phone(raw, default_region='DE'):\n4\t    n = phonenumbers.parse(raw, default_region)\n5\t    return phonenumbers.format_number(n, phonenumbers.PhoneNumberFormat.E164)\n"),
   "It assumes Germany (`default_region='DE'`), so '030 1234567' becomes '+49301234567'.",
   [SEL("app/forms/signup.py", 31, 35, "    phone = forms.CharField()\n    country = forms.ChoiceField(choices=COUNTRIES)"), T("add a clean() on this form that uses the selected country as default region and rejects invalid numbers with a nice message")])

# 68 Chinese terse
ex(G, "用 Rust 写个命令行工具，统计目录下各种扩展名的文件数和总行数，用 clap 和 walkdir，忽略 .gitignore 的文件")

# 69 Ruby
ex(G, "sidekiq job that syncs a shop's products from shopify graphql in pages of 250, respects the cost-based throttle (sleep when available points low), and is idempotent")

# 70 implicit - mock server
ex(G, "frontend team is blocked because the payments API isn't deployed yet. spec is in api/payments.yaml. something they can run locally that returns plausible responses, including a slow endpoint and a random 500 on 5% of calls")
