from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

C = "code_generation"
EXAMPLES = []
add = EXAMPLES.append

# 1 regression test after fix (debug -> gen)
t1 = use("Edit", file_path="app/services/proration.rb", old_string="days_left = (period_end - Date.today).to_i", new_string="days_left = (period_end - today).to_i + 1")
add(ex(C,
    U(reminder(), "proration is off by one day when someone upgrades on the last day of the period, they get charged 0"),
    A("The days remaining calculation excludes the current day, so on the last day it's 0. Including today:", t1),
    U(result(t1, "The file app/services/proration.rb has been updated successfully.")),
    A("Fixed. An upgrade on the last day now charges one day's difference."),
    U("confirmed in staging. add a regression test now that it's fixed, rspec, freeze time with travel_to")))

# 2 same but in Go
add(ex(C,
    U("python func that chunks a list into n roughly equal parts (not chunks of size n)"),
    A('''```python
def split_even(xs, n):
    k, m = divmod(len(xs), n)
    return [xs[i * k + min(i, m):(i + 1) * k + min(i + 1, m)] for i in range(n)]
```'''),
    U("same but in Go, generic")))

# 3 arch discussion -> implement
add(ex(C,
    U("order service writes to postgres then publishes to kafka. sometimes the publish fails and downstream never hears about the order. options?"),
    A("Classic dual-write. Options: (1) transactional outbox: write the event to an `outbox` table in the same transaction, a relay publishes and marks rows sent; (2) CDC with Debezium reading the WAL; (3) publish first and make the consumer create the order (inverts ownership). For your size, (1) is simplest: no new infra, at-least-once delivery, consumers dedupe on event id."),
    U("ok outbox it is. write the migration for the outbox table and the relay loop in go, using pgx, FOR UPDATE SKIP LOCKED so we can run 2 relays")))

# 4 GH action
add(ex(C,
    U("our test suite takes 12 min locally, any way to only run the fast stuff while I'm iterating?"),
    A("Mark the slow ones with a custom marker (`@pytest.mark.slow`, registered in `pyproject.toml`) and run `pytest -m 'not slow'` locally. `pytest-xdist` with `-n auto` also helps if the tests are independent, and `--lf` reruns only what failed last time."),
    U(reminder("2026-01-14"), opened(".github/workflows/ci.yml"), "need a gh action that runs pytest on 3.10 3.11 3.12, caches pip, and uploads the coverage xml as an artifact only from the 3.12 run")))

# 5 docker compose with healthcheck
add(ex(C,
    U("in compose, isn't depends_on enough to make the app wait for the db?"),
    A("Plain `depends_on` only waits for the container to *start*, not for Postgres to accept connections. You need a `healthcheck` on the db service (e.g. `pg_isready`) and `depends_on: { db: { condition: service_healthy } }` on the app."),
    U(reminder(), "docker compose for postgres 16 + redis + our app (builds from ./Dockerfile, port 8000). app has to wait until pg is actually healthy not just started. named volume for pg data")))

# 6 SQL with schemas
add(ex(C, U(reminder_md("- Postgres 16\n- report queries live in sql/reports/, one file per report"), '''top 5 customers by revenue for each month of 2025. revenue = sum of line totals minus refunds

orders(id, customer_id, created_at, status)
order_lines(order_id, qty, unit_price_cents)
refunds(order_id, amount_cents, created_at)
customers(id, name)

postgres''')))

# 7 Bash log rotate
add(ex(C, U(opened("ops/scripts/rotate-logs.sh"), "bash script: in /var/log/myapp gzip any *.log older than 7 days, delete .gz older than 30, don't touch the current app.log. should be safe to run from cron (no output unless something fails)")))

# 8 React combobox, CC opened file
add(ex(C, U(reminder("2026-04-02"), opened("web/src/components/UserPicker.tsx"), "replace this with a combobox that searches /api/users?q= as you type, debounce 300ms, up/down/enter/esc keyboard nav, aria-combobox roles. use our useDebounce hook from hooks/")))

# 9 Terraform s3
add(ex(C, U(reminder("2026-07-30"), opened("infra/storage/main.tf"), "terraform for an s3 bucket: versioning on, objects to glacier IR after 90 days, noncurrent versions deleted after 30, block all public access, SSE-KMS with a new key. aws provider v5")))

# 10 k8s CronJob
add(ex(C,
    U("should our nightly cleanup be a k8s CronJob or just a loop with sleep inside the api pods?"),
    A("CronJob. A loop inside the API runs once per replica (so 3x with 3 pods) unless you add leader election, and it competes with request traffic for resources. A CronJob gives you one run, its own resources, history and failure visibility."),
    U("k8s cronjob that runs ghcr.io/acme/cleanup:1.4 every night 02:00 UTC, never two at once, keep last 3 failed jobs, 1h deadline, reads DB_URL from secret app-db")))

# 11 Rust FromStr
add(ex(C,
    U(reminder(), "where is Format parsed from the cli args right now"),
    A("Let me check.", (_t := use("Grep", pattern="Format::", path="src", output_mode="content"))),
    U(result(_t, 'src/cli.rs:44:        "json" => Format::Json,\nsrc/cli.rs:45:        "yaml" | "yml" => Format::Yaml,\nsrc/cli.rs:46:        "toml" => Format::Toml,\nsrc/cli.rs:47:        _ => Format::Markdown,')),
    A("It's an inline `match` in `src/cli.rs` on the case-sensitive string, and anything unknown silently falls back to `Markdown`."),
    U(opened("src/format.rs"), '''impl FromStr for this, case-insensitive, and also accept "md" for Markdown

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Json,
    Yaml,
    Toml,
    Markdown,
}''')))

# 12 tests for finished code
add(ex(C, U(reminder(), opened("textutils/truncate.py"), '''cover this with tests. pytest. edge cases esp empty string, unicode, and the max_len boundary

def truncate_words(s: str, max_len: int, ellipsis: str = "…") -> str:
    if len(s) <= max_len:
        return s
    cut = s[: max_len - len(ellipsis)]
    if " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip() + ellipsis''')))

# 13 CC selection: implement interface for S3
add(ex(C, U(reminder(), selection("internal/storage/storage.go", 8, 16, '''type Blob interface {
	Put(ctx context.Context, key string, r io.Reader, size int64, contentType string) error
	Get(ctx context.Context, key string) (io.ReadCloser, error)
	Delete(ctx context.Context, key string) error
	List(ctx context.Context, prefix string) ([]string, error)
	PresignGet(ctx context.Context, key string, ttl time.Duration) (string, error)
}'''), "s3 impl of this in internal/storage/s3.go, aws-sdk-go-v2. List needs to paginate")))

# 14 Spanish CSV export endpoint
add(ex(C, U(reminder("2026-10-05"), opened("pedidos/views.py"), "hazme un endpoint en Django REST para exportar los pedidos a CSV, filtrando por rango de fechas. que haga streaming porque hay clientes con 200k pedidos y se nos cae la memoria")))

# 15 German PDF merge script
add(ex(C, U("Schreib mir ein Python-Skript, das alle PDFs in einem Ordner nach Dateiname sortiert zu einer Datei zusammenführt und Lesezeichen mit den Dateinamen anlegt. pypdf ist installiert")))

# 16 Chinese LRU with TTL
add(ex(C, U(reminder("2026-04-17"), "用Go写一个带过期时间的LRU缓存，要并发安全，泛型，过期的key在Get的时候惰性删除就行，再加一个后台goroutine定期清理，能用context停掉")))

# 17 Japanese React hook
add(ex(C, U('''このAPIを叩くReactのカスタムフックを作って。ローディング・エラー・再取得に対応、TypeScriptで

GET /api/v2/projects/:id/members?role=admin|member
レスポンス: { members: { id: string; name: string; role: "admin" | "member"; joinedAt: string }[] }''')))

# 18 Korean FastAPI upload
add(ex(C, U(opened("app/routers/files.py"), "FastAPI로 파일 업로드 엔드포인트 만들어줘. 10MB 넘으면 413, 이미지(png/jpg/webp)만 허용하고 확장자 말고 매직바이트로 검사. 저장은 로컬 uploads/ 에 uuid 이름으로")))

# 19 French JPA entities
add(ex(C, U('''génère les entités JPA (Spring Boot 3, Lombok ok) pour ce schéma

CREATE TABLE author (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE book (
  id BIGSERIAL PRIMARY KEY,
  title TEXT NOT NULL,
  isbn CHAR(13) UNIQUE,
  published DATE
);
CREATE TABLE book_author (book_id BIGINT REFERENCES book(id), author_id BIGINT REFERENCES author(id), PRIMARY KEY (book_id, author_id));''')))

# 20 Portuguese Laravel seeder
add(ex(C, U("cria um seeder com dados fake pra tabela users e orders (Laravel 11), uns 50 usuários cada um com 0 a 10 pedidos, status aleatório entre pending/paid/shipped")))

# 21 Russian express middleware
add(ex(C, U("напиши middleware для express на TypeScript, который логирует метод, путь, статус и время ответа в мс через pino, и добавляет X-Request-Id если его нет в запросе")))

# 22 Italian Vue upload
add(ex(C, U("mi serve un componente Vue 3 (script setup, TS) per l'upload drag & drop di più file, con anteprima delle immagini, barra di progresso per file e possibilità di annullare. upload via axios su /api/files")))

# 23 Polish Kotlin PESEL
add(ex(C, U("napisz funkcję w Kotlinie która waliduje polski PESEL (suma kontrolna + poprawna data urodzenia, z uwzględnieniem stuleci w miesiącu) i zwraca datę urodzenia i płeć")))

# 24 Turkish Swift retry
add(ex(C, U("Swift'te async/await ile çalışan genel bir retry fonksiyonu yaz, exponential backoff ve jitter olsun, sadece URLError.timedOut ve 5xx'lerde tekrar denesin")))

# 25 Hinglish cron parser
add(ex(C, U(reminder(), TODO_EMPTY, "yaar ek chhota cron expression parser likh de typescript mein, bas 5 fields wala, */n, ranges aur lists support kare, aur nextRun(date) function de")))

# 26 Vietnamese Jest tests
add(ex(C, U('''viết unit test cho service này bằng Jest, mock cái repository

export class VoucherService {
  constructor(private repo: VoucherRepo, private clock: () => Date = () => new Date()) {}
  async redeem(code: string, userId: string) {
    const v = await this.repo.findByCode(code);
    if (!v) throw new NotFoundError("voucher");
    if (v.expiresAt < this.clock()) throw new ExpiredError();
    if (v.usedBy.includes(userId)) throw new AlreadyUsedError();
    if (v.usedBy.length >= v.maxUses) throw new ExhaustedError();
    await this.repo.addUse(v.id, userId);
    return v.discountPct;
  }
}''')))

# 27 Dutch Makefile
add(ex(C, U("schrijf een Makefile voor ons Go-project met targets build, test (met -race), lint (golangci-lint), en een help target dat alle targets met hun beschrijving toont")))

# 28 Elixir GenServer rate limiter
add(ex(C, U(reminder("2026-09-24"), opened("lib/acme/rate_limiter.ex"), "elixir: GenServer rate limiter, sliding window per key, `allow?(key)` returns true/false, limit and window from start_link opts, clean up stale keys every minute")))

# 29 C ring buffer
add(ex(C,
    U("ISR writes into a buffer, main loop reads it. is marking the buffer volatile enough?"),
    A("Not by itself. `volatile` stops the compiler caching the variable, but it doesn't order other memory accesses around it, and read-modify-write of a shared index isn't atomic. The usual safe pattern is a single-producer/single-consumer ring where the ISR only writes `head`, the main loop only writes `tail`, indexes are word-sized, and you put a barrier between writing the data and publishing the index."),
    U("C ring buffer for an STM32, fixed size power of two, no malloc, single producer (ISR) single consumer (main loop), uint8_t payload. needs to be correct without disabling interrupts")))

# 30 C# minimal API
add(ex(C, U("minimal API endpoints (.NET 8) for CRUD on Product with EF Core + Postgres. Product: Id, Sku (unique), Name, PriceCents, UpdatedAt. return 404/409 properly, use TypedResults")))

# 31 Scala/Akka streams
add(ex(C, U("akka streams (or pekko, whatever, same api) flow that reads from kafka topic `clicks`, batches up to 500 records or 1s whichever first, writes each batch to clickhouse, commits offsets only after the write succeeds")))

# 32 Ruby rake backfill
add(ex(C, U(reminder("2026-02-18"), opened("lib/tasks/backfill.rake"), "rake task to backfill the new slug column on articles. in batches of 1000, skip rows that already have one, parameterize the title and add -2, -3 on collisions. print progress")))

# 33 PHP Symfony command
add(ex(C, U(opened("src/Command/ImportProductsCommand.php"), "symfony console command app:import-products that reads a CSV (sku;name;price;stock), upserts into Product via doctrine, --dry-run option, reports created/updated/skipped counts at the end")))

# 34 Java Spring scheduled
add(ex(C, U("Spring Boot @Scheduled job that every 5 min marks orders stuck in PENDING_PAYMENT for >30min as EXPIRED and releases their inventory. We run 3 instances, so use ShedLock so only one runs")))

# 35 understanding -> non-blocking version
add(ex(C,
    U('''what is this doing

app.get("/report", (req, res) => {
  const rows = fs.readFileSync("/data/report.csv", "utf8").split("\\n").map(l => l.split(","));
  const total = rows.reduce((s, r) => s + Number(r[3] || 0), 0);
  res.json({ rows: rows.length, total });
});'''),
    A("It reads the whole CSV synchronously on every request, splits it into rows and columns, sums the 4th column, and returns the row count and total. Because `readFileSync` blocks, every other request to this server waits while the file is read."),
    U("yeah that's what I thought. rewrite it so it streams the file and doesn't block the event loop")))

# 36 stub out the rest like this one
add(ex(C, U(reminder(), selection("api/handlers/invoices.py", 1, 22, '''@router.get("/invoices/{invoice_id}", response_model=InvoiceOut)
async def get_invoice(invoice_id: UUID, user: User = Depends(current_user), db: AsyncSession = Depends(get_db)):
    inv = await db.get(Invoice, invoice_id)
    if inv is None or inv.org_id != user.org_id:
        raise HTTPException(404)
    return inv'''), "stub out list/create/update/delete the same way. list gets limit/offset, create and update take InvoiceIn")))

# 37 proto from JSON
add(ex(C, U(reminder(), opened("proto/acme/events/v1/events.proto"), '''turn this payload into a .proto (proto3), package acme.events.v1

{
  "event_id": "01HV...",
  "occurred_at": "2026-01-01T10:00:00Z",
  "actor": { "type": "user", "id": "u_123" },
  "action": "document.shared",
  "target": { "type": "document", "id": "d_9" },
  "metadata": { "channel": "email", "recipients": 3 }
}''')))

# 38 pydantic models for API response
add(ex(C,
    U(reminder(), "hit the sandbox payments list endpoint and show me what comes back"),
    A("Calling the sandbox.", (_t := use("Bash", command="curl -s -H \"Authorization: Bearer $SANDBOX_KEY\" https://sandbox.payfast.dev/v1/payments?limit=1", description="Fetch one payment from sandbox"))),
    U(result(_t, '{"data":[{"id":"pi_3","amount":"19.99","currency":"EUR","status":"succeeded","created":"2026-05-02T11:03:12Z","customer":{"id":"c_1","email":"a@b.c"},"refunds":[]}],"has_more":true,"next_cursor":"pi_3"}')),
    A("One payment came back: amounts are strings, timestamps ISO-8601, and pagination uses `has_more` + `next_cursor`."),
    U('''pydantic v2 models for this response. amounts should be Decimal, dates datetime, status an enum

{"data":[{"id":"pi_3","amount":"19.99","currency":"EUR","status":"succeeded","created":"2026-05-02T11:03:12Z","customer":{"id":"c_1","email":"a@b.c"},"refunds":[]}],"has_more":true,"next_cursor":"pi_3"}''')))

# 39 zod schema for a form
add(ex(C,
    U("signup form component, react-hook-form, fields: email, password, confirm, country select, referral code, terms checkbox"),
    A('''```tsx
export function SignupForm({ onSubmit }: { onSubmit: (v: SignupValues) => Promise<void> }) {
  const { register, handleSubmit, formState: { errors, isSubmitting } } = useForm<SignupValues>();
  return (
    <form onSubmit={handleSubmit(onSubmit)} noValidate>
      <Field label="Email" error={errors.email?.message}><input type="email" {...register("email")} /></Field>
      <Field label="Password" error={errors.password?.message}><input type="password" {...register("password")} /></Field>
      <Field label="Confirm password" error={errors.confirmPassword?.message}><input type="password" {...register("confirmPassword")} /></Field>
      <Field label="Country" error={errors.country?.message}><CountrySelect {...register("country")} /></Field>
      <Field label="Referral code (optional)" error={errors.referralCode?.message}><input {...register("referralCode")} /></Field>
      <label><input type="checkbox" {...register("acceptTerms")} /> I accept the terms</label>
      <button disabled={isSubmitting}>Create account</button>
    </form>
  );
}
```
Validation isn't wired yet; a resolver would go in `useForm({ resolver })`.'''),
    U("zod schema for the signup form: email, password (12+ chars, one number), confirmPassword must match, country from a list, optional referralCode exactly 8 alnum chars, acceptTerms must be true. export the inferred type too")))

# 40 eslint config
add(ex(C, U("flat eslint config (eslint 9) for a TS monorepo, type-aware rules, react + react-hooks in apps/web only, no semicolons via stylistic, ignore dist and generated")))

# 41 nginx conf
add(ex(C, U("nginx server block: proxy /api/ to 127.0.0.1:8000 (keep the /api prefix), websockets on /api/ws, everything else serves /srv/app/dist with history fallback to index.html, long cache for hashed assets, no cache for index.html")))

# 42 pre-commit hook (git surface)
add(ex(C,
    U("how many console.logs snuck into main last month"),
    A("Checking commits that added console.log.", (_t := use("Bash", command="git log --since='1 month ago' -S'console.log' --oneline main -- '*.ts' '*.tsx'", description="Find commits adding console.log"))),
    U(result(_t, "c81e0a2 checkout: tweak totals\n5d02f11 fix avatar upload\n9ab3c7e wip search\n0f1e2d3 feed perf\n77a1b9c settings page\n3e3e901 fix tests\n1c0ffee onboarding copy")),
    A("Seven commits on main touched `console.log` in TS files in the last month, at least a couple look like debugging leftovers (`wip search`, `feed perf`)."),
    U(reminder("2026-02-27"), "write me a git pre-commit hook that blocks the commit if any staged .ts/.tsx file adds a console.log or a `.only(` in tests. only look at the added lines, not the whole file")))

# 43 zero-downtime migration SQL
add(ex(C, U(reminder(), opened("migrations/000123_events_archived.up.sql"), "postgres migration: add `archived boolean NOT NULL DEFAULT false` to a 300M row events table without a long lock, plus an index on (account_id) where not archived, concurrently. we use plain sql files with golang-migrate")))

# 44 architecture ask -> "just write it"
add(ex(C,
    U("how should the signature look for a function that fetches a page of results from our API and yields items across pages? generator? callback? class?"),
    A("In Python an async generator is the most natural: `async def paginate(client, path, params) -> AsyncIterator[Item]`. Callers can `async for` over it, stop early, and you keep cursor handling inside. A class only pays off if callers need to resume from a cursor later."),
    U("async generator it is. write it. cursor is in resp['next'], stop when it's null, and respect the rate limit header X-RateLimit-Remaining (sleep till reset when 0)")))

# 45 "split it like you said"
add(ex(C,
    U(opened("src/app.py"), "this file is getting huge"),
    A("It's ~1,900 lines mixing route handlers, DB helpers, auth and background jobs. I'd split it into `routes/` (one module per resource), `db.py` for the session and query helpers, `auth.py`, and `jobs.py`, with `app.py` only creating the app and registering blueprints."),
    U("ok do that split. keep the public import paths working with re-exports in app.py for now")))

# 46 hypothesis property test
add(ex(C, U('''property-based tests (hypothesis) for this encoder/decoder pair, roundtrip + decoded length bound

def encode(data: bytes) -> str: ...   # base58 with 4-byte checksum
def decode(s: str) -> bytes: ...      # raises ValueError on bad checksum''')))

# 47 CC tool loop: add pagination to another endpoint
t1 = use("Read", file_path="api/routes/orders.ts")
add(ex(C,
    U(reminder(), "how does pagination work on the orders route"),
    A("Let me read it.", t1),
    U(result(t1, '''router.get("/orders", async (req, res) => {
  const limit = Math.min(Number(req.query.limit ?? 50), 200);
  const cursor = req.query.cursor ? decodeCursor(String(req.query.cursor)) : null;
  const rows = await db.order.findMany({
    where: { orgId: req.user.orgId, ...(cursor && { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
  });
  const page = rows.slice(0, limit);
  res.json({ data: page, next: rows.length > limit ? encodeCursor(page[page.length - 1]) : null });
});''')),
    A("Keyset pagination: the cursor encodes `(createdAt, id)` of the last row, the query fetches `limit + 1` rows ordered by both descending, and if there's an extra row it returns a `next` cursor. The tie-break on `id` keeps pages stable when timestamps collide."),
    U("nice. /users has no pagination at all, give it the same thing")))

# 48 "and for the other endpoint?"
add(ex(C,
    U("add request validation to POST /webhooks/stripe using the raw body + stripe.webhooks.constructEvent, express"),
    A('''```ts
router.post("/webhooks/stripe", express.raw({ type: "application/json" }), (req, res) => {
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(req.body, req.header("stripe-signature")!, env.STRIPE_WEBHOOK_SECRET);
  } catch (err) {
    return res.status(400).send(`Webhook Error: ${(err as Error).message}`);
  }
  queue.add("stripe", event);
  res.sendStatus(200);
});
```
Mount this before the global `express.json()` middleware, or the raw body is already parsed.'''),
    U("and for the other endpoint? /webhooks/github, it uses x-hub-signature-256")))

# 51 GH action on tag docker
add(ex(C, U("workflow: on tag v*, build multi-arch (amd64 arm64) docker image and push to ghcr with the tag and `latest`, use buildx cache via gha, sign with cosign keyless")))

# 52 jq one-liner
add(ex(C,
    U("whats the quickest way to look at a big json response in the terminal"),
    A("Pipe it to `jq`: `curl -s ... | jq .` pretty-prints, `jq -C . | less -R` keeps colors while paging, and `jq 'keys'` or `jq '.jobs | length'` help you get your bearings before digging in."),
    U('''jq one liner to get ids of the failed jobs and their error message, tab separated

{"jobs":[{"id":"a1","status":"ok"},{"id":"b2","status":"failed","error":{"msg":"timeout"}},{"id":"c3","status":"failed","error":{"msg":"oom"}}]}''')))

# 53 SwiftUI settings
add(ex(C, U(reminder("2026-11-11"), opened("App/Settings/SettingsView.swift"), "swiftui settings screen: sections Notifications (push toggle, email toggle, quiet hours start/end pickers shown only when push is on), Appearance (system/light/dark picker), Account (sign out button with confirmation). bind to an @Observable SettingsModel")))

# 54 .d.ts for untyped lib
add(ex(C,
    U("TS7016: Could not find a declaration file for module 'tiny-queue'. what does that actually mean"),
    A("TypeScript found the JS module but no type information for it (no bundled `.d.ts`, no `@types/tiny-queue`). With `noImplicitAny` it refuses to treat the import as `any`. You either install types if they exist, or declare them yourself in a `.d.ts` file."),
    U('''type definitions for this untyped lib we vendor, so we can drop the `// @ts-ignore`s

module.exports = function tinyQueue(opts) {
  // opts: { concurrency: number, timeout?: number, autostart?: boolean }
  return {
    push(fn /* () => Promise<any> */, priority /* number, optional */) {},
    start() {},
    stop() {},
    on(event /* 'idle' | 'error' | 'timeout' */, cb) {},
    get size() {},
    get pending() {},
  }
}''')))

# 55 k6 load test
add(ex(C,
    U(reminder("2026-03-26"), "which api calls does the feed page make"),
    A("Searching the feed page and its hooks.", (_t := use("Grep", pattern="api\\.(get|post)\\(", path="web/src/features/feed", output_mode="content"))),
    U(result(_t, 'web/src/features/feed/useFeed.ts:12:  const res = await api.get("/feed", { params: { cursor } });\nweb/src/features/feed/LikeButton.tsx:19:    await api.post("/likes", { postId });\nweb/src/features/auth/login.ts:8:  const { token } = await api.post("/auth", creds);')),
    A("Two calls on the feed itself: `GET /feed` (cursor-paginated) and `POST /likes`; plus `POST /auth` at login, which returns a token in the JSON body."),
    U(opened("loadtest/feed.js"), "k6 script: ramp 0->500 VUs over 5 min, hold 10 min, ramp down. each VU logs in once (POST /auth, token in json), then loops GET /feed and POST /likes randomly 80/20. thresholds p95 < 400ms, errors < 1%")))

# 56 long: tests for a pasted module
add(ex(C, U('''write tests for parse_config and merge_overrides. pytest, use tmp_path, no mocks unless you really need them

from __future__ import annotations
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

ENV_PREFIX = "SHIPIT_"

@dataclass(frozen=True)
class Target:
    name: str
    host: str
    port: int = 22
    user: str = "deploy"
    tags: tuple[str, ...] = ()

@dataclass(frozen=True)
class Config:
    targets: tuple[Target, ...]
    parallel: int = 4
    timeout: float = 30.0
    dry_run: bool = False
    hooks: dict[str, list[str]] = field(default_factory=dict)


class ConfigError(ValueError):
    pass


def _target(name: str, raw: dict) -> Target:
    if "host" not in raw:
        raise ConfigError(f"target {name!r}: missing host")
    port = raw.get("port", 22)
    if not isinstance(port, int) or not (0 < port < 65536):
        raise ConfigError(f"target {name!r}: bad port {port!r}")
    tags = raw.get("tags", [])
    if isinstance(tags, str):
        tags = [t.strip() for t in tags.split(",") if t.strip()]
    return Target(name=name, host=raw["host"], port=port, user=raw.get("user", "deploy"), tags=tuple(tags))


def parse_config(path: Path) -> Config:
    try:
        raw = tomllib.loads(path.read_text())
    except FileNotFoundError:
        raise ConfigError(f"{path} not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(f"{path}: {e}") from None
    targets = tuple(_target(n, t) for n, t in sorted(raw.get("targets", {}).items()))
    if not targets:
        raise ConfigError("no targets defined")
    hooks = {k: list(v) if isinstance(v, list) else [v] for k, v in raw.get("hooks", {}).items()}
    return Config(
        targets=targets,
        parallel=int(raw.get("parallel", 4)),
        timeout=float(raw.get("timeout", 30.0)),
        dry_run=bool(raw.get("dry_run", False)),
        hooks=hooks,
    )


def _coerce(value: str, current):
    if isinstance(current, bool):
        return value.lower() in {"1", "true", "yes", "on"}
    if isinstance(current, int):
        return int(value)
    if isinstance(current, float):
        return float(value)
    return value


def merge_overrides(cfg: Config, env: dict[str, str] | None = None, cli: dict[str, object] | None = None) -> Config:
    """CLI beats env beats file."""
    env = os.environ if env is None else env
    updates = {}
    for fname in ("parallel", "timeout", "dry_run"):
        key = ENV_PREFIX + fname.upper()
        if key in env:
            updates[fname] = _coerce(env[key], getattr(cfg, fname))
    for k, v in (cli or {}).items():
        if v is None:
            continue
        if k not in ("parallel", "timeout", "dry_run"):
            raise ConfigError(f"unknown override {k!r}")
        updates[k] = v
    if "parallel" in updates and updates["parallel"] < 1:
        raise ConfigError("parallel must be >= 1")
    return replace(cfg, **updates)''')))

# 57 systemd unit
add(ex(C,
    U("difference between Restart=on-failure and Restart=always?"),
    A("`on-failure` restarts only on non-zero exit, signals, timeouts or watchdog; a clean exit 0 stays stopped. `always` restarts regardless of exit status. Both respect `StartLimitIntervalSec`/`StartLimitBurst`, which stop restarts after too many in a window."),
    U("systemd unit for the queue worker: runs /opt/acme/bin/worker as user acme, env from /etc/acme/worker.env, restart on failure with 5s delay but give up after 5 tries in 2 min, hardening (ProtectSystem=strict etc) but it needs to write /var/lib/acme")))

# 58 Dockerfile multi-stage go
add(ex(C, U(reminder(), opened("Dockerfile"), "rewrite this as multi-stage: build with golang:1.23, CGO off, static binary, final image distroless nonroot, keep the /healthz HEALTHCHECK somehow (no shell in distroless)")))

# 59 alembic migration for model change
add(ex(C, U(reminder("2026-08-08"), opened("app/models/account.py"), '''alembic migration for this model change. existing rows should get status='active' if deleted_at is null else 'deleted'

 class Account(Base):
     __tablename__ = "accounts"
     id = mapped_column(Integer, primary_key=True)
     email = mapped_column(String(320), unique=True)
-    deleted_at = mapped_column(DateTime, nullable=True)
+    status = mapped_column(Enum("active", "suspended", "deleted", name="account_status"), nullable=False, server_default="active")
+    status_changed_at = mapped_column(DateTime, nullable=True)''')))

# 60 feature following pattern (CC tool loop)
t1 = use("Bash", command="ls app/notifications/ && sed -n 1,60p app/notifications/service.py", description="Look at notifications module")
add(ex(C,
    U(reminder_md("- Flask + SQLAlchemy 2.0\n- every new table needs an alembic migration\n- services never import from routes"), TODO_EMPTY, "feature: users can mute a thread so they stop getting notifications for it. backend only. follow the pattern in notifications/"),
    A("Let me look at how notifications are structured first.", t1),
    U(result(t1, '''__init__.py
models.py
routes.py
service.py
tests/
from .models import NotificationPref, Notification
class NotificationService:
    def __init__(self, session):
        self.s = session
    def should_notify(self, user_id, event) -> bool:
        pref = self.s.get(NotificationPref, (user_id, event.kind))
        return pref is None or pref.enabled
    def notify(self, user_id, event):
        if not self.should_notify(user_id, event):
            return None
        n = Notification(user_id=user_id, kind=event.kind, payload=event.payload)
        self.s.add(n)
        return n

# models.py
class NotificationPref(Base):
    __tablename__ = "notification_prefs"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), primary_key=True)
    kind: Mapped[str] = mapped_column(String(64), primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now(), onupdate=func.now())

class Notification(Base):
    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    kind: Mapped[str] = mapped_column(String(64))
    payload: Mapped[dict] = mapped_column(JSONB)
    read_at: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())

# routes.py
bp = Blueprint("notifications", __name__, url_prefix="/notifications")

@bp.get("/prefs")
@login_required
def list_prefs():
    prefs = db.session.scalars(select(NotificationPref).where(NotificationPref.user_id == current_user.id))
    return jsonify([{"kind": p.kind, "enabled": p.enabled} for p in prefs])

@bp.put("/prefs/<kind>")
@login_required
def set_pref(kind):
    body = request.get_json(force=True)
    pref = db.session.get(NotificationPref, (current_user.id, kind)) or NotificationPref(user_id=current_user.id, kind=kind)
    pref.enabled = bool(body.get("enabled", True))
    db.session.add(pref)
    db.session.commit()
    return "", 204

# tests/test_service.py
def test_disabled_pref_blocks(session, user):
    session.add(NotificationPref(user_id=user.id, kind="comment", enabled=False))
    svc = NotificationService(session)
    assert svc.notify(user.id, Event(kind="comment", payload={})) is None

# events carry: Event(kind, payload) where payload for thread events has {"thread_id": int, "comment_id": int}'''), "mute should be checked in should_notify. endpoints POST/DELETE /threads/<id>/mute")))

# 61 backend done -> frontend part
add(ex(C,
    U("add an endpoint to toggle 'favorite' on a recipe, rails"),
    A('''```ruby
# config/routes.rb
resources :recipes do
  resource :favorite, only: [:create, :destroy]
end

# app/controllers/favorites_controller.rb
class FavoritesController < ApplicationController
  before_action :authenticate_user!
  def create
    current_user.favorites.find_or_create_by!(recipe_id: params[:recipe_id])
    head :created
  end
  def destroy
    current_user.favorites.where(recipe_id: params[:recipe_id]).delete_all
    head :no_content
  end
end
```'''),
    U("now the frontend bit. there's a RecipeCard.tsx, add a heart button that calls these optimistically")))

# 62 Spanish CC: copy button
add(ex(C, U(reminder("2026-09-15"), opened("src/components/CodeBlock.tsx"), "agrega un botón de 'copiar' arriba a la derecha del bloque de código, que muestre 'copiado ✓' por 2 segundos. sin librerías nuevas")))

# 63 German follow-up "jetzt für MySQL"
add(ex(C,
    U("Schreib mir eine SQL-Abfrage für Postgres, die pro Kunde die letzte Bestellung liefert (Tabelle orders: id, kunde_id, erstellt_am, betrag)"),
    A('''```sql
SELECT DISTINCT ON (kunde_id) kunde_id, id, erstellt_am, betrag
FROM orders
ORDER BY kunde_id, erstellt_am DESC, id DESC;
```'''),
    U("danke. jetzt dasselbe für MySQL 5.7, da gibt's weder DISTINCT ON noch Window Functions")))

# 64 Chinese shell rename
add(ex(C, U("帮我写个shell脚本，把当前目录下所有 IMG_20240312_101530.jpg 这种文件按拍摄日期重命名成 2024-03-12_10-15-30.jpg，有重名的话加 _1 _2，先打印要做的改动，加 -y 才真的执行")))

# 65 Japanese follow-up: tests too
add(ex(C,
    U("全角英数字を半角に変換する関数をTypeScriptで書いて"),
    A('''```ts
export function toHalfWidth(s: string): string {
  return s.replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/　/g, " ");
}
```'''),
    U("ありがとう、テストも書いて。vitestで、記号とか混ざってる場合も")))

# 66 prometheus alert rule
add(ex(C, U("prometheus alerting rule: page when p99 latency of http_request_duration_seconds for job=api is over 500ms for 10 minutes, warn at 300ms. exclude the /healthz route. include a runbook_url annotation")))

# 67 CC: tool loop then "now write the worker" with tool_result + text in final message
t1 = use("Read", file_path="worker/jobs/base.py")
add(ex(C,
    U(reminder(), "read the base job class, I want a new job type"),
    A("Reading it.", t1),
    U(result(t1, '''class Job(ABC):
    name: ClassVar[str]
    max_retries: ClassVar[int] = 3
    @abstractmethod
    async def run(self, payload: dict, ctx: JobContext) -> None: ...
    def backoff(self, attempt: int) -> float:
        return min(60, 2 ** attempt)'''), "ok: ThumbnailJob. payload has s3 key of an uploaded image, make 3 sizes (128, 512, 1024 wide, webp) with pillow, upload next to original with _128 etc suffix. no retries on invalid image")))

# 68 code pasted, implicit: "needs to handle leap years too"? -> convert to gen: "make it work with dataclasses too"
add(ex(C, U('''this only handles dicts, make it work with dataclasses and pydantic models too (recursively)

def redact(obj, keys=frozenset({"password", "token", "secret"})):
    if isinstance(obj, dict):
        return {k: "***" if k in keys else redact(v, keys) for k, v in obj.items()}
    if isinstance(obj, list):
        return [redact(v, keys) for v in obj]
    return obj''')))

# 69 mock server for openapi snippet
add(ex(C,
    U("frontend is blocked on the shipments API and backend needs 2 more weeks. how do other teams usually unblock this?"),
    A("Contract first: agree on the OpenAPI for the endpoints now, then the frontend builds against a mock that serves that contract (Prism can serve one straight from the spec, or a small hand-written server if you want realistic data and filters). Backend implements against the same spec, and a contract test keeps them honest."),
    U('''tiny mock server (node, no deps beyond express) for this so the frontend can work before the backend is done. return realistic fake data, support ?status filter

paths:
  /shipments:
    get:
      parameters: [{ name: status, in: query, schema: { enum: [created, in_transit, delivered] } }]
      responses: { "200": { content: { application/json: { schema: { type: array, items: { $ref: "#/components/schemas/Shipment" } } } } } }
  /shipments/{id}:
    get: { responses: { "200": {}, "404": {} } }
components:
  schemas:
    Shipment: { type: object, properties: { id: { type: string }, status: { type: string }, carrier: { type: string }, eta: { type: string, format: date-time } } }''')))

# 70 Portuguese: "faz um script" w/ code-switching
add(ex(C,
    U("escreve uma função que lista os objetos de um prefixo no S3, com paginação"),
    A('''```python
def listar(bucket: str, prefixo: str):
    s3 = boto3.client("s3")
    for pagina in s3.get_paginator("list_objects_v2").paginate(Bucket=bucket, Prefix=prefixo):
        yield from pagina.get("Contents", [])
```'''),
    U("preciso de um script python que lê um bucket do S3 (prefixo logs/2026/), baixa só os .json.gz das últimas 24h, e joga tudo num parquet particionado por hora. boto3 + pyarrow, sem pandas pq a máquina tem pouca memória")))

# 71 Russian: after review, "apply it"
add(ex(C,
    U('''глянь, нормально?

func (s *Store) Save(u User) error {
	_, err := s.db.Exec("INSERT INTO users (id, name, email) VALUES ($1, $2, $3)", u.ID, u.Name, u.Email)
	return err
}'''),
    A("Для вставки нормально, параметризованный запрос, инъекций нет. Но это только INSERT: повторное сохранение того же пользователя упадёт на unique constraint. Если `Save` должен обновлять, нужен `ON CONFLICT (id) DO UPDATE`. И стоит принимать `context.Context` и использовать `ExecContext`."),
    U("да, должен обновлять. перепиши с ON CONFLICT и контекстом, и добавь SaveBatch для слайса в одной транзакции")))

# 72 Korean CC selection: write the rest
add(ex(C, U(reminder("2026-11-02"), selection("src/main/kotlin/com/acme/order/OrderStateMachine.kt", 1, 12, '''enum class OrderState { CREATED, PAID, PACKED, SHIPPED, DELIVERED, CANCELLED, REFUNDED }

sealed interface OrderEvent {
    data object Pay : OrderEvent
    data object Pack : OrderEvent
    data object Ship : OrderEvent
    data object Deliver : OrderEvent
    data object Cancel : OrderEvent
    data class Refund(val amount: Long) : OrderEvent
}'''), "이거 기반으로 상태 전이 함수 만들어줘. 불가능한 전이는 IllegalStateException, 배송 후에는 취소 불가, 환불은 DELIVERED에서만")))
