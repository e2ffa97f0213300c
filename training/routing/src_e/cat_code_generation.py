"""code_generation: writing new code. Hand-written, implicit and messy requests."""
from common import *  # noqa: F401,F403

C = "code_generation"

# 1 terse, implicit: a script from a vague description
ex(C, UB(REM('2026-11-19'), "need a thing that takes the stripe csv export and spits out MRR per plan per month. pandas is fine"))

# 2 after a debugging session: regression test now that it's fixed (shift debugging -> generation)
ex(C,
   UB(REM("2026-11-24"), OPEN("/Users/mara/src/ledger/ledger/money.py"),
      "round_half_even is giving 0.01 too much on negative amounts, look at money.py"),
   *step("Let me read the rounding helper.",
         read("/Users/mara/src/ledger/ledger/money.py",
              "from decimal import Decimal, ROUND_HALF_UP\n\n\ndef round_half_even(amount: Decimal, places: int = 2) -> Decimal:\n    q = Decimal(1).scaleb(-places)\n    return amount.quantize(q, rounding=ROUND_HALF_UP)\n")),
   *step("The function is named `round_half_even` but passes `ROUND_HALF_UP`, so -2.345 becomes -2.35 instead of -2.34. I'll switch it to `ROUND_HALF_EVEN`.", edit("/Users/mara/src/ledger/ledger/money.py",
                    "    return amount.quantize(q, rounding=ROUND_HALF_UP)",
                    "    return amount.quantize(q, rounding=ROUND_HALF_EVEN)")),
   A("Done, and I updated the import. The ledger totals from your example now come out to -118.34."),
   UB("ok that matches the bank statement. add a regression test now so nobody flips it back, tests/test_money.py, pytest parametrize with a few negative and .5 cases"))

# 3 follow-up that needs context: same but in Go
ex(C,
   U("retry helper with exponential backoff + full jitter, max 5 attempts, python"),
   A("```python\nimport random, time\n\ndef retry(fn, attempts=5, base=0.2, cap=10.0, retry_on=(Exception,)):\n    for i in range(attempts):\n        try:\n            return fn()\n        except retry_on:\n            if i == attempts - 1:\n                raise\n            time.sleep(random.uniform(0, min(cap, base * 2 ** i)))\n```\nCall it as `retry(lambda: client.get(url))`."),
   U("same but in Go, with ctx so I can cancel it"))

# 4 follow-up: and for the other endpoint?
ex(C,
   U("zod schema for the body of POST /api/projects — name (1-80 chars), visibility 'private'|'team'|'public', tags optional string array max 10"),
   A("```ts\nimport { z } from 'zod';\n\nexport const createProjectBody = z.object({\n  name: z.string().trim().min(1).max(80),\n  visibility: z.enum(['private', 'team', 'public']),\n  tags: z.array(z.string().min(1)).max(10).optional(),\n});\nexport type CreateProjectBody = z.infer<typeof createProjectBody>;\n```"),
   U("and for the PATCH one? everything optional but at least one field"))

# 5 IDE selection, terse
ex(C, UB(REM(), REM_TODO(), SEL("web/src/types/invoice.ts", 3, 19,
                    "export interface Invoice {\n  id: string;\n  number: string;\n  customerId: string;\n  issuedAt: string; // ISO\n  dueAt: string | null;\n  currency: 'EUR' | 'USD' | 'GBP';\n  lines: Array<{\n    sku: string;\n    qty: number;\n    unitPriceCents: number;\n  }>;\n  status: 'draft' | 'sent' | 'paid' | 'void';\n  notes?: string;\n}"),
         "zod for this pls, dates should parse to Date"))

# 6 GitHub Action
ex(C, UB(REM('2026-11-26'), OPEN('.github/workflows/ci.yml'), "make it a github action that runs on every PR and posts the coverage % as a comment, update the same comment instead of spamming new ones. we use pytest-cov"))

# 7 Spanish bash
ex(C, U("hazme un script en bash que borre los logs de más de 7 días en /var/log/miapp pero que NO toque los .gz, y que tenga un modo --dry-run"))

# 8 Go health check, implicit
ex(C, UB(REM('2026-11-21'), OPEN('/home/rui/svc/cmd/api/router.go'), "can u wire up /healthz on the chi router that pings redis and pg with a 2s timeout each and returns 503 with which one failed"))

# 9 SQL with schema
ex(C,
   U("is there a way to get last quarter's date range in postgres without hardcoding dates"),
   A("Yes: `date_trunc('quarter', now()) - interval '3 months'` is the first day of last quarter and `date_trunc('quarter', now())` is the exclusive end, so `created_at >= date_trunc('quarter', now()) - interval '3 months' AND created_at < date_trunc('quarter', now())`."),
   U("""top 3 products per category by revenue for last quarter. postgres 15

orders(id, created_at, status)
order_items(order_id, product_id, qty, unit_price_cents)
products(id, name, category_id)
categories(id, name)

only status = 'completed'"""))

# 10 Terraform
ex(C, UB(REM('2026-11-26'), OPEN('infra/site/main.tf'), "s3 bucket for the marketing site, cloudfront in front, OAC not the old OAI, and block all public access. terraform aws provider 5.x"))

# 11 k8s manifests from existing deployment
ex(C,
   UB(REM('2026-11-24'), 'thumbnailer pods all get evicted at once when nodes drain during upgrades, the whole media pipeline stalls for minutes'),
   A("Nothing stops the drain from evicting all three replicas at once because the deployment has no PodDisruptionBudget. And with a fixed replica count there's no headroom to chew through the backlog once they come back."),
   UB("""HPA + PDB for this. scale on cpu 70%, min 3 max 12, never less than 2 available

apiVersion: apps/v1
kind: Deployment
metadata:
  name: thumbnailer
  namespace: media
spec:
  replicas: 3
  selector:
    matchLabels:
      app: thumbnailer
  template:
    metadata:
      labels:
        app: thumbnailer
    spec:
      containers:
        - name: worker
          image: ghcr.io/acme/thumbnailer:1.14.2
          resources:
            requests: { cpu: 500m, memory: 512Mi }
            limits: { memory: 1Gi }"""))

# 12 React hook
ex(C, UB(REM('2026-11-22'), REM_TODO(), OPEN('web/src/features/search/SearchBox.tsx'), "a hook that debounces the search box and aborts the previous fetch when a new one starts. ts, no libs"))

# 13 Rust impl with pasted enum
ex(C, UB(REM(), SEL("src/config.rs", 12, 19,
                    "#[derive(Debug, Clone, Copy, PartialEq, Eq)]\npub enum LogFormat {\n    Json,\n    Pretty,\n    Compact,\n    Logfmt,\n}"),
         "impl FromStr + Display for this, case insensitive, and a serde deserialize that goes through FromStr"))

# 14 fill in TODOs
ex(C, UB(REM("2026-11-25"), OPEN("app/services/export_service.rb"),
         SEL("app/services/export_service.rb", 1, 22,
             "class ExportService\n  def initialize(account, range)\n    @account = account\n    @range = range\n  end\n\n  def call\n    # TODO: load transactions in batches of 1000\n    # TODO: write CSV with headers date, description, amount, category\n    # TODO: upload to S3 under exports/<account_id>/<timestamp>.csv\n    # TODO: return presigned url valid 24h\n  end\n\n  private\n\n  def s3\n    @s3 ||= Aws::S3::Resource.new\n  end\nend"),
         "fill these in"))

# 15 German Kotlin
ex(C,
   UB(REM("2026-11-26"), "zeig mir mal das Schema der notes-Tabelle aus der alten App"),
   *step(None, bash("sqlite3 legacy/notes.db '.schema notes'", "CREATE TABLE notes (id INTEGER PRIMARY KEY AUTOINCREMENT, title TEXT NOT NULL, body TEXT, pinned INTEGER DEFAULT 0, updated_at INTEGER);", "Show legacy schema")),
   A("Die Tabelle hat fünf Spalten: `id` (autoincrement), `title` (NOT NULL), `body`, `pinned` (0/1, Default 0) und `updated_at` als Unix-Zeitstempel."),
   UB("Schreib mir bitte eine Kotlin data class plus Room-Entity und DAO für die Tabelle hier: notes(id INTEGER PK autoincrement, title TEXT NOT NULL, body TEXT, pinned INTEGER default 0, updated_at INTEGER). DAO mit Flow für alle Notizen, gepinnte zuerst."))

# 16 error pasted but the ask is a new feature
ex(C, U("""we don't have any refresh handling yet, so after an hour everything starts failing like this:

AxiosError: Request failed with status code 401
    at settle (axios.js:1913:12)
    at XMLHttpRequest.onloadend (axios.js:2347:7)
  config: { url: '/api/me', method: 'get' }
  response: { status: 401, data: { error: 'token_expired' } }

write the interceptor: on token_expired call /auth/refresh once, queue the other requests while it's refreshing, replay them, and if refresh fails redirect to /login"""))

# 17 tests for finished code
ex(C,
   U('what does re.findall return when the pattern has two groups'),
   A("A list of tuples, one per match, holding each group's text, e.g. `[('1', 'h'), ('30', 'm')]`. With exactly one group you get a list of strings, and with no groups a list of the whole matches."),
   U("""parse_duration is done and merged but has zero tests. pytest please

def parse_duration(s: str) -> timedelta:
    \"\"\"'1h30m', '45s', '2d', '1h 5m 3s'\"\"\"
    total = timedelta()
    for num, unit in re.findall(r"(\\d+)\\s*([dhms])", s.strip().lower()):
        total += timedelta(**{UNITS[unit]: int(num)})
    if not total and s.strip() not in ("0", "0s"):
        raise ValueError(f"bad duration: {s!r}")
    return total"""))

# 18 Chinese decorator
ex(C, U("帮我写一个 Python 装饰器，统计函数执行时间并打到 logger 里，要同时支持普通函数和 async 函数"))

# 19 Japanese SwiftUI
ex(C, UB(REM(), OPEN("Sources/Feed/FeedView.swift"),
         "このFeedViewにpull-to-refreshを追加して。リフレッシュ中は既存のリストを消さないでほしい"))

# 20 port to TS
ex(C,
   U("are lodash's chunk/groupBy/uniqBy tree-shakeable if I import from 'lodash'"),
   A("No. `lodash` is CommonJS, so `import { chunk } from 'lodash'` pulls in the whole library (~70 KB min). Use `lodash-es`, per-method packages, or write the few helpers yourself."),
   U("""port to typescript, keep it dependency free

def chunk(xs, n):
    return [xs[i:i+n] for i in range(0, len(xs), n)]

def group_by(xs, key):
    out = {}
    for x in xs:
        out.setdefault(key(x), []).append(x)
    return out

def uniq_by(xs, key):
    seen = set(); out = []
    for x in xs:
        k = key(x)
        if k not in seen:
            seen.add(k); out.append(x)
    return out"""))

# 21 follow-up after architecture chat: now the Dockerfile
ex(C,
   U("for a small go api, would you ship it as a container or just a binary on the VM?"),
   A("Container, mostly for reproducibility: the same artifact runs in CI, staging and prod, and a static Go binary makes a tiny image. A systemd unit on a VM works fine, but you'd end up rebuilding the env handling, rollback and health checks that your orchestrator gives you for free."),
   U("ok the dockerfile then. multi stage, distroless at the end, module cache mounted so CI is fast"))

# 22 understanding -> generation shift
ex(C,
   U("""what does this do exactly

export async function* paginate(fetchPage) {
  let cursor;
  do {
    const { items, next } = await fetchPage(cursor);
    yield* items;
    cursor = next;
  } while (cursor);
}"""),
   A("It's an async generator that keeps calling `fetchPage` with the last cursor and yields each item one at a time, stopping when the API returns no `next` cursor. Callers use `for await (const item of paginate(fn))` and never see the pages."),
   U("nice. now make it take an AbortSignal and a maxPages limit"))

# 23 Claude Code tool loop: boilerplate in same style as existing file
ex(C,
   UB(REM_MD("/home/ivo/work/billing/CLAUDE.md", "- FastAPI, SQLAlchemy 2.0 async\n- routers live in app/routers, one file per resource\n- run tests with `make test`"),
      "new router for invoices, same style as users.py: list (paginated), get, create. no delete"),
   *step("I'll look at the existing users router first to match its conventions.",
         read("/home/ivo/work/billing/app/routers/users.py",
              "from fastapi import APIRouter, Depends, HTTPException, Query\nfrom sqlalchemy import select\nfrom sqlalchemy.ext.asyncio import AsyncSession\n\nfrom app.db import get_session\nfrom app.models import User\nfrom app.schemas.users import UserCreate, UserOut, Page\n\nrouter = APIRouter(prefix=\"/users\", tags=[\"users\"])\n\n\n@router.get(\"\", response_model=Page[UserOut])\nasync def list_users(limit: int = Query(50, le=200), offset: int = 0, s: AsyncSession = Depends(get_session)):\n    rows = (await s.scalars(select(User).order_by(User.id).limit(limit).offset(offset))).all()\n    return Page(items=rows, limit=limit, offset=offset)\n\n\n@router.get(\"/{user_id}\", response_model=UserOut)\nasync def get_user(user_id: int, s: AsyncSession = Depends(get_session)):\n    user = await s.get(User, user_id)\n    if not user:\n        raise HTTPException(404, \"user not found\")\n    return user\n"),
         glob("app/schemas/*.py", "/home/ivo/work/billing/app/schemas/__init__.py\n/home/ivo/work/billing/app/schemas/users.py\n/home/ivo/work/billing/app/schemas/common.py")),
   A("Got it: prefix router, `Page[...]` response, `get_session` dependency, 404 via HTTPException. There's no invoice schema yet, so I'll need to create `app/schemas/invoices.py` too. Should invoices be scoped to a customer (`/customers/{id}/invoices`) or top-level?"),
   UB("top level, but filterable by customer_id and status in the list. go ahead and write both files"))

# 24 Elixir GenServer
ex(C,
   U('is :ets actually faster than a GenServer holding a map, for reads'),
   A('For concurrent reads, usually yes: with `read_concurrency: true` many processes read an ETS table directly, while a GenServer serializes every call through one mailbox. Writes that need coordination (check-and-update) are where a GenServer or `:ets.update_counter` matters.'),
   U("elixir: genserver that rate limits per key, token bucket, 10 req/s burst 20. needs a check(key) that returns :ok | {:error, retry_after_ms}. ets if that makes it faster"))

# 25 C# minimal API
ex(C, UB(REM('2026-11-20'), REM_TODO(), OPEN('src/Orders.Api/Program.cs'), "minimal api endpoint in .NET 8 that streams a csv of all orders for a tenant straight from EF Core without loading everything into memory"))

# 26 PHP Laravel
ex(C, UB(REM('2026-11-26'), "laravel 11: migration + model + factory for subscriptions. belongs to user, plan string, status enum (trialing, active, past_due, canceled), trial_ends_at, ends_at nullable. casts for the dates and the enum"))

# 27 Ruby rake task, sloppy
ex(C,
   UB(REM('2026-11-25'), 'article show page 500s for some older posts since the slug release'),
   A("The route now uses `Article.find_by!(slug: params[:slug])`, and articles created before the migration have `slug = NULL`, so their URLs can't resolve and `ActiveRecord::RecordNotFound` bubbles up as a 500 because of the custom error handler. Those rows need a slug."),
   UB("rake task to backfill slugs on articles where slug is null, batches of 500, parameterize the title, add -2 -3 suffix if taken"))

# 28 Makefile
ex(C, UB(REM('2026-11-18'), OPEN('Makefile'), "makefile w/ targets lint test build docker-push, docker-push should tag with git sha and also latest on main only"))

# 29 Scala cats-effect
ex(C, U("cats-effect 3 Resource for a fs2-kafka consumer that commits offsets in batches of 500 or every 5s, whichever first. just the wiring + a processRecord stub"))

# 30 C ring buffer
ex(C, UB(REM('2026-11-25'), OPEN('firmware/src/uart.c'), "ring buffer in C for a cortex-m4, no malloc, fixed size power of 2, single producer (ISR) single consumer (main loop). push/pop/len"))

# 31 pre-commit config
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('.pre-commit-config.yaml'), "pre-commit config: ruff (lint+format), mypy only on src/, and prettier but only for files under web/"))

# 32 bash one-liner
ex(C,
   U('when did node 16 stop getting security patches'),
   A('Node.js 16 reached end-of-life on 2023-09-11, earlier than the usual schedule because OpenSSL 1.1.1 went EOL the same day. It gets no security fixes anymore.'),
   U("one liner to list which repos under ~/code still have node 16 in their .nvmrc"))

# 33 IDE selection: add a flag
ex(C, UB(REM(), SEL("tools/sync_buckets.py", 40, 58,
                    "def main():\n    p = argparse.ArgumentParser()\n    p.add_argument(\"src\")\n    p.add_argument(\"dst\")\n    p.add_argument(\"--delete\", action=\"store_true\")\n    args = p.parse_args()\n\n    for key in list_keys(args.src):\n        if not exists(args.dst, key):\n            copy(args.src, args.dst, key)\n    if args.delete:\n        for key in list_keys(args.dst):\n            if not exists(args.src, key):\n                remove(args.dst, key)"),
         "--dry-run for this that just prints what it would copy/delete"))

# 34 Portuguese React
ex(C, U("cria um componente React de tabela paginada com ordenação por coluna usando tanstack table v8, os dados vêm de props. typescript"))

# 35 French function
ex(C, U("écris-moi une fonction TypeScript qui valide un IBAN (longueur par pays + checksum mod 97), sans lib externe"))

# 36 seed data
ex(C, UB(REM_MD('/Users/jas/shopfront/CLAUDE.md', '- Next.js 15 app router + Prisma + Postgres\n- `pnpm db:seed` runs prisma/seed.ts\n- never commit .env files', '2026-11-24'), OPEN('prisma/schema.prisma'), "seed script for local dev: 50 users, about half with 1-5 orders, a few admins, faker with a fixed seed so it's the same every time. prisma"))

# 37 Korean: TS types from JSON
ex(C, U("""이 API 응답으로 TypeScript 타입 정의 만들어줘. null 올 수 있는 건 표시해주고

{
  "data": {
    "user": {"id": 42, "nickname": "hana", "avatar": null, "roles": ["editor"]},
    "posts": [{"id": 1, "title": "hi", "publishedAt": "2026-10-01T09:00:00Z", "tags": []}],
    "cursor": null
  },
  "meta": {"took_ms": 12}
}"""))

# 38 k6 load test
ex(C, UB(REM('2026-11-26'), "k6 script for the checkout flow: login, add 2 random items to cart, checkout. ramp to 200 VUs over 5 min, fail if p95 > 800ms"))

# 39 Claude Code: cursor pagination follow-up after a read
ex(C,
   UB(REM(), OPEN("/srv/app/internal/http/listings.go"), "add pagination to the listings endpoint"),
   *step("Let me look at the current handler.",
         read("/srv/app/internal/http/listings.go",
              "func (h *Handler) ListListings(w http.ResponseWriter, r *http.Request) {\n\tctx := r.Context()\n\trows, err := h.db.Query(ctx, `SELECT id, title, price_cents, created_at FROM listings WHERE active ORDER BY created_at DESC`)\n\tif err != nil {\n\t\thttp.Error(w, err.Error(), 500)\n\t\treturn\n\t}\n\tdefer rows.Close()\n\tout := []Listing{}\n\tfor rows.Next() {\n\t\tvar l Listing\n\t\tif err := rows.Scan(&l.ID, &l.Title, &l.PriceCents, &l.CreatedAt); err != nil {\n\t\t\thttp.Error(w, err.Error(), 500)\n\t\t\treturn\n\t\t}\n\t\tout = append(out, l)\n\t}\n\twriteJSON(w, out)\n}")),
   A("It returns every active listing in one go. I can add `?limit=&offset=` with a default of 50 and a max of 200. Want that?"),
   UB("no, cursor based. created_at+id as the cursor, opaque base64 string, return next_cursor"))

# 40 after review: implement the suggestions
ex(C,
   U("""anything wrong with this?

func (c *Cache) Get(k string) (string, bool) {
    c.mu.Lock()
    v, ok := c.m[k]
    c.mu.Unlock()
    if ok && time.Now().After(v.exp) {
        delete(c.m, k)
        return "", false
    }
    return v.val, ok
}"""),
   A("Two issues: (1) `delete(c.m, k)` runs after the lock is released, which is a data race on the map; (2) every read takes the exclusive lock, so an `RWMutex` with `RLock` on the fast path would help under read-heavy load. Minor: the expired entry is still returned as `ok` if `exp` is zero-valued, depending on how you set it."),
   U("yep. write me a proper generic version then, Cache[K comparable, V any] with Get/Set/Delete and a janitor goroutine that sweeps expired entries every minute, with both fixes baked in"))

# 41 interface + fake
ex(C, UB(REM('2026-11-23'), OPEN('/Users/noa/shop/internal/payments/payments.go'), "stub out a PaymentProvider interface in go (charge, refund, get status) + an in-memory fake for tests. stripe impl comes later, just leave the interface shaped so adyen fits too"))

# 42 Russian alembic
ex(C, U("напиши миграцию alembic: добавить колонку deleted_at (timestamptz, nullable) в таблицу documents и частичный индекс по owner_id где deleted_at is null. downgrade тоже"))

# 43 Polish hook
ex(C, U("napisz hook useLocalStorage<T> z typami generycznymi, synchronizacja między kartami przez event storage"))

# 44 Turkish middleware
ex(C,
   U("pino'da child logger tam olarak ne işe yarıyor?"),
   A("`logger.child({ reqId })` üst logger'ın ayarlarını (seviye, transport) devralan yeni bir logger döndürür ve verdiğin alanları o logger'dan çıkan her satıra ekler. Yani her log çağrısında request id'yi tekrar yazmana gerek kalmaz."),
   U("bir express middleware yaz: her isteğe request id üretsin (varsa X-Request-Id header'ını kullansın), response header'ına koysun ve pino logger'a child olarak eklesin"))

# 45 Hinglish script
ex(C,
   UB(REM("2026-11-26"), REM_TODO(), "photos folder kitna bada hai?"),
   *step(None, bash("du -sh ~/photos && find ~/photos -type f \\( -iname '*.jpg' -o -iname '*.png' \\) | wc -l", "38G\t/home/ravi/photos\n11482", "Check photos folder size")),
   A("`~/photos` 38 GB ka hai, usme 11,482 jpg/png files hain."),
   UB("bhai ek python script likh do jo ek folder ke saare jpg/png ko webp me convert kare, quality 80, original delete mat karna"))

# 46 Vietnamese debounce
ex(C, U("viết giúp mình hàm debounce trong JS không dùng lodash, có hỗ trợ leading và trailing, có hàm cancel"))

# 47 Dutch goreleaser
ex(C,
   U('wat is eigenlijk het verschil tussen goreleaser en gewoon go build in een matrix job?'),
   A('Met een matrix bouw je per OS/arch zelf een binary en moet je archiveren, checksums, changelog en de GitHub release zelf regelen. GoReleaser doet dat allemaal vanuit één config (`.goreleaser.yaml`): cross-compilen, archives, checksums, release notes en uploaden.'),
   U("kun je een GitHub Actions workflow maken die bij een tag v* een release bouwt met goreleaser, voor linux/mac/windows amd64 en arm64"))

# 48 Italian SQL
ex(C, U("""mi serve una query mysql che trova i clienti che non ordinano da più di 90 giorni ma che prima avevano fatto almeno 3 ordini

clienti(id, email, creato_il)
ordini(id, cliente_id, totale, creato_il)"""))

# 49 copy validation over: implicit
ex(C, UB(REM(), OPEN("web/src/features/team/InviteForm.tsx"),
         "copy the email + password rules from SignupForm into this one too, but the invite form has no password so only the email part. and show the errors inline the same way"))

# 50 mock for selected class
ex(C, UB(REM(), SEL("app/storage.py", 1, 24,
                    "import boto3\n\n\nclass AvatarStore:\n    def __init__(self, bucket: str):\n        self.s3 = boto3.client(\"s3\")\n        self.bucket = bucket\n\n    def put(self, user_id: int, data: bytes, content_type: str) -> str:\n        key = f\"avatars/{user_id}\"\n        self.s3.put_object(Bucket=self.bucket, Key=key, Body=data, ContentType=content_type)\n        return key\n\n    def url(self, user_id: int) -> str:\n        return self.s3.generate_presigned_url(\n            \"get_object\", Params={\"Bucket\": self.bucket, \"Key\": f\"avatars/{user_id}\"}, ExpiresIn=3600\n        )\n\n    def delete(self, user_id: int) -> None:\n        self.s3.delete_object(Bucket=self.bucket, Key=f\"avatars/{user_id}\")"),
         "tests for this with moto, one per method"))

# 51 property based tests
ex(C,
   U('does this split look right to you?\n\ndef split(amount: int, n: int) -> list[int]:\n    base, rem = divmod(amount, n)\n    return [base + (1 if i < rem else 0) for i in range(n)]'),
   A('For positive cent amounts, yes: the parts sum to `amount` and differ by at most 1. Two edge cases: `n <= 0` raises `ZeroDivisionError` or returns `[]`, and negative amounts work arithmetically because `divmod` floors, but the larger parts end up first, which may not be what you want.'),
   U("hypothesis tests for money.split(amount, n) — parts must sum to amount, differ by at most 1 cent, never negative"))

# 52 terse follow-up: progress bar
ex(C,
   U("script that downloads every file listed in urls.txt into ./out, 4 at a time"),
   A("```python\nimport concurrent.futures as cf, pathlib, urllib.request\n\nout = pathlib.Path('out'); out.mkdir(exist_ok=True)\nurls = [u.strip() for u in open('urls.txt') if u.strip()]\n\ndef fetch(u):\n    dest = out / u.rsplit('/', 1)[-1]\n    urllib.request.urlretrieve(u, dest)\n    return dest\n\nwith cf.ThreadPoolExecutor(4) as ex:\n    for p in ex.map(fetch, urls):\n        print('saved', p)\n```"),
   U("can u make it show a progress bar instead of the prints. and skip files that already exist"))

# 53 "yea go" after assistant offered
ex(C,
   U("fetch_rates() hits the fx api on every request, it's like 300ms each time"),
   A("Since rates only change every few minutes, the simplest fix is an in-process TTL cache around `fetch_rates()`. I could add a small decorator with a lock so concurrent requests don't all miss at once. Want me to?"),
   U("yea go, ttl 5 min tho and make it per base currency"))

# 54 architecture -> generation shift
ex(C,
   U("thinking about event sourcing just for the wallet balance part, not the whole app. sane?"),
   A("Scoped to the wallet it's quite sane: balances are naturally a fold over credits/debits, you get an audit trail for free, and you avoid the rest of the app paying the complexity. Keep one append-only `wallet_events` table with a per-wallet version for optimistic concurrency, and a projection table for current balance updated in the same transaction."),
   U("ok convinced. write the event base class + the append function for postgres with the version check. python, psycopg 3"))

# 55 Swift Codable
ex(C,
   U('does keyDecodingStrategy = .convertFromSnakeCase turn line_1 into line1?'),
   A('Yes. It splits on underscores and capitalizes each following component, so `line_1` becomes `line1` and `postal_code` becomes `postalCode`. Leading and trailing underscores are preserved.'),
   U("""Codable structs for this, snake_case -> camelCase, dates are ISO8601 with fractional seconds

{"order_id":"A-1009","placed_at":"2026-11-02T10:15:30.123Z","items":[{"sku":"TSHIRT-M","unit_price":1999,"qty":2}],"shipping_address":{"line_1":"Main St 1","postal_code":"10115","country_code":"DE"},"gift_note":null}"""))

# 56 nginx
ex(C, UB(REM('2026-11-26'), "nginx server block: /api -> 127.0.0.1:8080 (keep the /api prefix), websocket upgrade on /api/ws, everything else static from /srv/www with SPA fallback, gzip, cache hashed assets for a year"))

# 57 regex
ex(C, UB(REM('2026-11-17'), OPEN('src/lib/version.ts'), "regex for semver incl prerelease and build metadata, needs to work in JS. and a couple of test strings it should/shouldn't match"))

# 58 Jest test for finished component
ex(C, UB(REM(), REM_TODO(), OPEN("src/components/ProfileForm.tsx"),
         "jest + RTL test: when save fails the error toast appears and the button is enabled again. mock the api module"))

# 59 Spring scheduled job
ex(C, UB(REM('2026-11-26'), OPEN('src/main/java/com/acme/session/SessionCleanup.java'), "spring boot: @Scheduled job every 10 min that deletes expired sessions in batches, with ShedLock so only one pod runs it. jdbc template is fine"))

# 60 Kotlin flow
ex(C, UB(REM('2026-11-25'), OPEN('app/src/main/java/com/acme/jobs/JobRepository.kt'), "kotlin flow that polls getStatus(jobId) every 5s until it's DONE or FAILED, emits each status, gives up after 2 min with a TimeoutCancellationException"))

# 61 Claude Code: tool result + new instruction in same message
ex(C,
   UB(REM(), "add a --json output mode to `acme status`"),
   *step("Let me find the status command.",
         grep("def status", "src/acme/cli/status.py:14:def status(ctx: click.Context, verbose: bool) -> None:", path="src/acme/cli"),
         read("/home/sol/acme/src/acme/cli/status.py",
              "import click\nfrom rich.table import Table\nfrom rich.console import Console\n\nfrom acme.client import get_client\n\n\n@click.command()\n@click.option(\"-v\", \"--verbose\", is_flag=True)\n@click.pass_context\ndef status(ctx: click.Context, verbose: bool) -> None:\n    client = get_client(ctx)\n    services = client.services()\n    table = Table(\"service\", \"state\", \"uptime\")\n    for s in services:\n        table.add_row(s.name, s.state, s.uptime_human)\n    Console().print(table)\n"),
         then="keep the table as the default, json only with the flag, and include the raw uptime seconds in json"))

# 62 long paste: implement interface for sqlite
ex(C, U("""implement this for sqlite (database/sql + modernc.org/sqlite, no cgo). migrations as an embedded .sql, put it in internal/store/sqlite

package store

import (
	"context"
	"errors"
	"time"
)

var ErrNotFound = errors.New("store: not found")
var ErrConflict = errors.New("store: version conflict")

type Bookmark struct {
	ID        string
	UserID    string
	URL       string
	Title     string
	Tags      []string
	Archived  bool
	Version   int64
	CreatedAt time.Time
	UpdatedAt time.Time
}

type ListFilter struct {
	UserID   string
	Tag      string // optional, exact match
	Archived *bool  // nil = both
	Query    string // optional, substring match on title or url
	After    string // cursor: ID of last item from previous page
	Limit    int    // default 50, max 500
}

type Store interface {
	// Create inserts a new bookmark. ID, Version, CreatedAt and UpdatedAt are set by the store.
	Create(ctx context.Context, b *Bookmark) error
	// Get returns ErrNotFound if the bookmark does not exist or belongs to another user.
	Get(ctx context.Context, userID, id string) (*Bookmark, error)
	// Update uses optimistic locking: b.Version must equal the stored version, otherwise ErrConflict.
	// On success b.Version is incremented and UpdatedAt refreshed.
	Update(ctx context.Context, b *Bookmark) error
	// Delete is idempotent.
	Delete(ctx context.Context, userID, id string) error
	// List returns bookmarks ordered by CreatedAt desc, ID desc.
	List(ctx context.Context, f ListFilter) ([]Bookmark, string, error)
	// Tags returns all distinct tags for the user with their counts.
	Tags(ctx context.Context, userID string) (map[string]int, error)
	Close() error
}

// the postgres impl lives in internal/store/pg, same semantics. tags there are a text[] column,
// for sqlite do whatever is simplest (join table is fine)."""))

# 63 pydantic settings from .env.example
ex(C,
   U('pydantic v2 moved BaseSettings out of the main package right? where is it now'),
   A("Yes, it lives in the separate `pydantic-settings` package: `pip install pydantic-settings`, then `from pydantic_settings import BaseSettings, SettingsConfigDict`. Config moves from an inner `class Config` to `model_config = SettingsConfigDict(env_file='.env')`."),
   U("""pydantic-settings class for everything in here, with sane types (urls as AnyUrl, the bools as bool, comma lists as list[str])

# .env.example
APP_ENV=development
DATABASE_URL=postgresql+asyncpg://app:app@localhost:5432/app
REDIS_URL=redis://localhost:6379/0
SECRET_KEY=change-me
ALLOWED_ORIGINS=http://localhost:3000,http://localhost:5173
SENTRY_DSN=
ENABLE_SIGNUPS=true
MAX_UPLOAD_MB=25
SMTP_HOST=localhost
SMTP_PORT=1025
SMTP_FROM=noreply@example.test
FEATURE_FLAGS=new_editor,bulk_export"""))

# 64 migration script between providers
ex(C, UB(REM('2026-11-26'), "need a one-off script that reads the auth0 user export (ndjson) and creates the users in cognito with admin_create_user, keeping email_verified, skipping ones that exist, writing failures to a csv. boto3"))

# 65 helm values
ex(C, UB(REM('2026-11-22'), REM_TODO(), OPEN('charts/api/values.yaml'), "values-staging.yaml and values-prod.yaml for our chart. only replicas (2 vs 6), resources (half in staging), and the ingress host differ. prod gets a PDB enabled flag"))

# 66 cron + flock wrapper
ex(C, UB(REM('2026-11-26'), "crontab line for 02:30 on weekdays + a wrapper script that uses flock so two runs never overlap and logs to /var/log/reindex.log with timestamps"))

# 67 ticket text only
ex(C,
   U('for the audit export ticket: is it ok to stream a CSV straight from a DRF view or should that be a celery job + email?'),
   A('At 100k rows a `StreamingHttpResponse` with a generator over `.iterator()` is fine: memory stays flat and the download starts immediately. Move to a job only if you expect millions of rows or slow joins that would hit the proxy timeout.'),
   U("""ticket says:

> As an admin I can export audit log entries as CSV filtered by date range and actor, so compliance can review them offline. Max 100k rows.

django + DRF. go"""))

# 68 understanding -> add action (shift)
ex(C,
   U("""what's this reducer doing with the `past` array

function reducer(state, action) {
  switch (action.type) {
    case 'SET':
      return { past: [...state.past, state.present], present: action.value };
    default:
      return state;
  }
}"""),
   A("Every `SET` pushes the current value onto `past` before replacing `present`, so `past` is a history stack of previous values. Nothing reads it yet, so it's groundwork for undo."),
   U("right, add UNDO and REDO then, and cap the history at 50"))

# 69 "broken" cue but the ask is generation
ex(C,
   UB(REM('2026-11-26'), 'graphql-codegen fails with `Unable to find any GraphQL type definitions for the following pointers: src/**/*.graphql`'),
   A('The globs in `codegen.ts` are resolved relative to the directory you run it from. If it runs from the repo root in CI but the config lives in `apps/web`, `src/**/*.graphql` points at nothing. Use a path relative to the config (`path.join(__dirname, ...)`) or run it with `--config` from the package directory.'),
   UB("graphql-codegen is broken in our setup and I don't have time to fight it today. just hand-write the TS types for these: type Query { me: User!, project(id: ID!): Project } type User { id: ID!, name: String!, email: String } type Project { id: ID!, name: String!, members: [User!]!, archivedAt: DateTime }"))

# 70 long session ending with a small generation ask
ex(C,
   UB(REM("2026-11-23"), "why does the webhook test time out"),
   *step("Running the test to see the failure.",
         bash("pytest tests/test_webhooks.py -x -q", "F\n=================================== FAILURES ===================================\n_________________________ test_signed_webhook_accepted _________________________\n...\nE   httpx.ReadTimeout: timed out\n1 failed in 10.42s", "Run webhook tests", err=True)),
   *step("The test app posts to `http://localhost:8000` but the fixture starts the server on a random port. I'll make the test use the `live_server.url` fixture.", edit("/home/kai/hooks/tests/test_webhooks.py",
                    "    r = httpx.post(\"http://localhost:8000/hooks\", content=body, headers=h)",
                    "    r = httpx.post(f\"{live_server.url}/hooks\", content=body, headers=h)"),
         bash("pytest tests/test_webhooks.py -q", "....\n4 passed in 1.12s", "Re-run webhook tests")),
   A("All four webhook tests pass now."),
   UB("sweet. while we're here: write a small helper sign_payload(secret, body, ts) in tests/utils.py that builds the X-Signature header the same way prod does (hmac sha256 of f\"{ts}.{body}\", hex) so the tests stop inlining it"))
