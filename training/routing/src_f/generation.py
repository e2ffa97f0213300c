from common import *

C = "code_generation"

conv(C, "need a bash thing that finds every .env file under ~/code that isn't gitignored and prints the repo it's in")
conv(C, "the fix for the double-charge bug is merged. can we get a regression test in so it never comes back? ChargeService.charge should be idempotent on the same idempotency key")
conv(C, "gimme a react hook useDebouncedValue(value, ms)")
conv(C, "SQL: for each customer, their first order date, last order date, and how many orders in between were refunded. postgres. tables orders(id, customer_id, created_at, status)")
conv(C, "k8s manifests for a redis sidecar next to our api pod, with a readiness probe and 128Mi limit")
conv(C, "there's no way to export a project as PDF yet, customers keep asking. we have the html template already in templates/report.html, wire up an endpoint")
conv(C, "Go: a small LRU cache with TTL per entry, generic over key and value, safe for concurrent use")
conv(C, "hmm, we copy-paste the same 6 lines of pagination param parsing in like 14 handlers. make it a dependency for FastAPI")
conv(C, "make the table sortable by clicking the headers, asc/desc toggle, little arrow icon. it's a plain html table rendered by the Vue component below\n\n```vue\n<template>\n  <table>\n    <thead><tr><th>Name</th><th>Owner</th><th>Updated</th></tr></thead>\n    <tbody>\n      <tr v-for=\"r in rows\" :key=\"r.id\"><td>{{ r.name }}</td><td>{{ r.owner }}</td><td>{{ r.updated }}</td></tr>\n    </tbody>\n  </table>\n</template>\n<script setup>\ndefineProps({ rows: Array })\n</script>\n```")
conv(C, "Rust: parse lines like `2026-11-26T10:00:00Z level=warn msg=\"disk 91%\" host=db-3` into a struct, no regex crate pls")
conv(C, "Terraform for an S3 bucket that only CloudFront can read, versioning on, lifecycle to glacier after 90d")
conv(C, "a github workflow that builds the docker image on tag push, tags it with the git tag and `latest`, pushes to ghcr")
conv(C, "we keep forgetting to bump the version in 3 places. a script that takes `patch|minor|major` and updates package.json, src/version.ts and the helm Chart.yaml appVersion")
conv(C, "Swift UI view: list of transactions grouped by day with a sticky header, negative amounts red")
conv(C, "Kotlin data class + Room entity + DAO for a Note with title, body, pinned flag, updatedAt. need a Flow of notes pinned first")
conv(C, "C#: minimal API endpoint POST /webhooks/stripe that verifies the signature and dispatches by event type")
conv(C, "Elixir: a GenServer that batches incoming events and flushes every 500ms or 100 items, whichever first")
conv(C, "ruby script: read a CSV of users, dedupe by lowercase email keeping the newest row, write it back out")
conv(C, "php 8: a tiny router class, register GET/POST handlers with `{id}` params, no framework")
conv(C, "scala case classes + circe codecs for this json\n\n```json\n{\"id\": \"ev_1\", \"kind\": \"click\", \"at\": 1764151200, \"meta\": {\"x\": 10, \"y\": 20, \"tags\": [\"a\", \"b\"]}}\n```")
conv(C, "C: function that reverses a UTF-8 string in place by code point, not by byte")
conv(C, "Makefile with targets for lint, test, build, docker, and a help target that prints them with descriptions")
conv(C, "i want the cli to have a `--dry-run` flag that prints what it would delete instead of deleting. it's click-based, main command is `prune`")
conv(C, "customers want dark mode. tailwind is already set up with `darkMode: 'class'`. do the toggle component + persist in localStorage + respect prefers-color-scheme on first load")
conv(C, "pytest fixtures for a throwaway postgres per test session using testcontainers, with alembic migrations applied")
conv(C, "Escribe una función en TypeScript que convierta un objeto anidado en query string, soportando arrays como `a[]=1&a[]=2`")
conv(C, "Schreib mir bitte ein Python-Skript, das alle PDFs in einem Ordner zusammenfügt und Lesezeichen pro Datei anlegt")
conv(C, "Écris un composant React pour un champ de saisie d'OTP à 6 chiffres, avec collage automatique et focus qui avance")
conv(C, "Crie uma migration do Django que adiciona um campo slug único ao modelo Artigo e preenche os registros existentes a partir do título")
conv(C, "用 Go 写一个命令行工具，递归统计目录下各语言的代码行数，按扩展名分组输出")
conv(C, "TypeScriptでZodスキーマから型を作って、フォームのバリデーションに使う例を書いてください。メールとパスワード確認つき")
conv(C, "Напиши systemd unit для нашего воркера, чтобы он перезапускался при падении и писал логи в journald")
conv(C, "bhai ek chhota sa node script likh do jo S3 bucket ke saare objects list kare jo 30 din se purane hain")
conv(C, "Napisz w Javie klasę RateLimiter (token bucket), thread-safe, z metodą tryAcquire()")
conv(C, "Bir Flask endpoint'i yaz: dosya yükleme, sadece png/jpg, max 5MB, dosyayı uuid ile kaydetsin")
conv(C, "Schrijf een Bash-script dat elke nacht een pg_dump maakt, gzip't, en alles ouder dan 14 dagen weggooit")
conv(C, "the PR that fixes the off-by-one in paginate() landed. add tests around the boundaries now: empty list, exactly one page, page beyond the end")
conv(C, "regex + function to mask credit card numbers in log lines except the last 4")
conv(C, "seed script for local dev: 20 users, each with 0-5 projects, each project with a few tasks, faker data, prisma")
conv(C, "openapi 3.1 yaml for a simple todos api: list, create, get, patch, delete, bearer auth")

conv(C, cc(date(), opened("src/components/Avatar.tsx"), "same thing but for a group of avatars, overlapping, max 4 shown then a +N bubble"))
conv(C, cc(date(), sel("app/models/invoice.py", 1, 14, "class Invoice(Base):\n    __tablename__ = 'invoices'\n    id = Column(Integer, primary_key=True)\n    customer_id = Column(ForeignKey('customers.id'))\n    total_cents = Column(Integer, nullable=False)\n    currency = Column(String(3), nullable=False)\n    status = Column(String, default='draft')\n    issued_at = Column(DateTime)\n    due_at = Column(DateTime)"), "pydantic schemas for this: create, update (all optional), and read with a computed `is_overdue`"))
conv(C, cc(md("- Tests live next to code as *_test.go\n- Use testify/require"), opened("internal/slug/slug.go"), "tests for this, table driven"))
conv(C, cc(todo(), "add a `--json` output mode to the `status` subcommand, same fields as the table"))
conv(C, cc(date("2026-11-29"), "i want a pre-commit hook that blocks commits containing `console.log` or `debugger` in staged ts files"))

conv(C,
     cc(date(), "add rate limiting to the login route"),
     call("Let me look at how routes are set up.", ("a", "Read", {"file_path": "src/routes/auth.ts"})),
     results(("a", "  1\timport { Router } from 'express';\n  2\timport { login, logout } from '../controllers/auth';\n  3\t\n  4\tconst r = Router();\n  5\tr.post('/login', login);\n  6\tr.post('/logout', logout);\n  7\texport default r;")),
     call("Checking whether a Redis client already exists.", ("b", "Grep", {"pattern": "createClient|ioredis", "path": "src"})),
     results(("b", "src/lib/redis.ts:1:import Redis from 'ioredis';\nsrc/lib/redis.ts:3:export const redis = new Redis(process.env.REDIS_URL);"), "use that redis, 5 attempts per 15 min per ip+email"))

conv(C,
     "what's in the migrations folder",
     call(None, ("a", "Bash", {"command": "ls db/migrations | tail"})),
     results(("a", "0037_add_invoice_notes.sql\n0038_drop_legacy_tokens.sql\n0039_index_events_ts.sql\n0040_audit_log.sql")),
     A("The latest is `0040_audit_log.sql`. Migrations are plain SQL, numbered sequentially."),
     "ok write 0041 that adds soft delete (deleted_at) to projects and tasks + partial indexes for the non-deleted rows")

conv(C,
     cc(date(), "is there already a helper for formatting money?"),
     call(None, ("a", "Grep", {"pattern": "formatMoney|formatCurrency|Intl.NumberFormat", "path": "src"})),
     results(("a", "No matches found")),
     A("There's no money formatting helper in `src/` — nothing uses `Intl.NumberFormat` yet."),
     cc("then make one. cents in, locale + currency, handle JPY having no decimals"))

conv(C,
     "run the linter",
     call(None, ("a", "Bash", {"command": "ruff check ."})),
     results(("a", "All checks passed!")),
     "nice. now the csv importer thing we talked about — write it. same style as importers/json_importer.py")

conv(C,
     cc(todo(), "check what the users endpoint returns"),
     call(None, ("a", "Bash", {"command": "curl -s localhost:8000/api/users/1 | jq"})),
     results(("a", "{\n  \"id\": 1,\n  \"email\": \"ada@example.com\",\n  \"name\": \"Ada\",\n  \"created_at\": \"2026-01-04T10:22:00Z\",\n  \"roles\": [\"admin\"]\n}")),
     cc("generate TS types + a typed fetch client for that and the list endpoint (same shape, paginated with `items`/`next_cursor`)"))

conv(C,
     "the test for `slugify` is failing on unicode",
     call(None, ("a", "Bash", {"command": "pytest tests/test_slug.py -x -q"})),
     results(("a", "F\n    assert slugify('Crème brûlée') == 'creme-brulee'\nE   AssertionError: assert 'crme-brle' == 'creme-brulee'", True)),
     A("`slugify` drops non-ASCII characters instead of transliterating them. I changed it to NFKD-normalize and strip combining marks first; the test now passes."),
     "great. while you're there add a few more cases to that test file — german ß, turkish dotless i, emoji, all-whitespace")

# multi-turn shifts into generation
conv(C,
     "what does `@functools.cache` do vs lru_cache",
     "`functools.cache` is `lru_cache(maxsize=None)`: unbounded, slightly faster since it doesn't track recency. `lru_cache` lets you cap size and evicts least-recently-used entries.",
     "ok write me a decorator like cache but that expires entries after N seconds")
conv(C,
     "should we use websockets or SSE for the live order status page",
     "SSE. The flow is one-directional (server → browser), it works over plain HTTP/2, reconnects automatically, and passes through most proxies. Websockets only pay off if the client needs to push messages too.",
     "sse it is. write the endpoint (fastapi) and the client hook (react)")
conv(C,
     "why is my docker image 1.8GB",
     "You're building on `python:3.12` (the full Debian image) and installing build-essential without cleanup. Switching to a multi-stage build with `python:3.12-slim` for the runtime stage usually gets a Flask app under 200MB.",
     "do it, rewrite the dockerfile like that")
conv(C,
     "review pls\n\n```python\ndef chunks(xs, n):\n    return [xs[i:i+n] for i in range(0, len(xs), n)]\n```",
     "It's correct and idiomatic for sequences. It won't work on generators and materializes everything; fine for small lists.",
     "make a version that works on any iterable lazily then")
conv(C,
     "walk me through how the auth middleware picks the tenant",
     "It reads the `X-Tenant` header first; if missing it falls back to the subdomain; then it loads the tenant and stores it on `request.state.tenant`. Unknown tenants get 404.",
     "cool. add an admin-only override via `?as_tenant=` query param, logged to the audit table")
conv(C,
     "Warum ist mein pandas-Merge so langsam?",
     "Bei 20 Mio. Zeilen und Objekt-Spalten als Schlüssel ist das erwartbar. Konvertiere die Schlüssel zu `category` oder int, dann wird der Merge deutlich schneller.",
     "ok danke, hat geholfen. Jetzt bräuchte ich noch eine Funktion, die das Ergebnis nach Monat aggregiert und als Excel mit einem Sheet pro Region exportiert")
conv(C,
     "thanks that fixed the leak",
     "Great! The listener now gets removed in the cleanup function, so unmounted components won't keep references around.",
     "next thing on my list: an infinite scroll list component using IntersectionObserver, loads 20 at a time")
conv(C,
     cc(date(), "explain the difference between these two terraform blocks: count vs for_each"),
     "`count` indexes resources by number, so removing an item from the middle shifts every later resource and forces replacements. `for_each` keys resources by a stable string, so removals only affect that one key.",
     cc("got it. convert our module below to for_each keyed by subnet name\n\n```hcl\nresource \"aws_subnet\" \"private\" {\n  count             = length(var.private_cidrs)\n  vpc_id            = aws_vpc.this.id\n  cidr_block        = var.private_cidrs[count.index]\n  availability_zone = var.azs[count.index]\n}\n```"))
conv(C,
     "is it ok to store feature flags in env vars",
     "For a handful of deploy-time flags, yes. Once you want per-user targeting, gradual rollout, or changing a flag without a redeploy, you want a flags table or a service.",
     "yeah let's do the table. give me the migration, the model, and a `is_enabled(flag, user)` helper with percentage rollout by user id hash")
conv(C,
     "hey",
     "Hi! What are you working on?",
     "need a quick cron expression + k8s CronJob yaml for running cleanup at 3:15am berlin time every weekday")

conv(C, "Genera una classe Python per leggere file di configurazione TOML con valori di default e override da variabili d'ambiente (prefisso APP_)")
conv(C, "Viết giúp mình một component React Native hiển thị danh sách sản phẩm với pull-to-refresh và phân trang")
conv(C, "다크모드 토글 버튼을 SwiftUI로 만들어 주세요. 시스템 설정 따라가기 옵션도 있어야 해요")
conv(C, "nginx config: serve the SPA from /var/www/app, proxy /api to localhost:4000, gzip, cache static assets for a year, index.html never")
conv(C, "JUnit 5 tests for the new `DiscountCalculator` now that the rounding fix is in — parameterized over the tier table from the spec")
conv(C, "a `.github/dependabot.yml` for npm in /web, gomod in /api, docker in both, weekly, group minor+patch")
conv(C, "write a small textual TUI that tails our json logs and lets me filter by level with keys 1-4")
conv(C, "build the onboarding checklist widget from the figma — 4 steps, checkmarks, progress bar, dismiss after all done. shadcn + tailwind")
conv(C, cc(date(), opened("scripts/"), "i keep doing the same 5 commands to spin up a review app. script it: create namespace pr-<n>, helm install with the pr image tag, wait for rollout, print the url"))
