from common import R, U, A, CC, t, opened, sel, tu, tr

C = "code_generation"

EXAMPLES = [
R(C, CC(opened("analytics/rollup.py"), """fixed the DST bug from #4412 yesterday (rollup now uses local midnight boundaries). can you add a regression test so it doesn't come back? here's the fixed function

def rollup_by_day(events, tz):
    out = defaultdict(int)
    for e in events:
        out[e.ts.astimezone(tz).date()] += 1
    return dict(out)""")),

R(C, U("what is an MX record"), A("An MX (mail exchanger) record tells other mail servers which host accepts email for a domain, with a priority number; lower is preferred."), CC("need a thing that takes a csv of emails and spits out the ones with mx records that don't resolve")),

R(C, CC(opened("src/components/Settings/ProfileForm.tsx"), "same as the profile form but for the billing address. country dropdown, postcode validation for US/UK/DE")),

R(C, CC("gimme a github action that runs ruff and pytest on PRs, python 3.11 and 3.12, cache pip")),

R(C,
  U("how does python's `bisect` module work"),
  A("`bisect` does binary search on a sorted list: `bisect_left(a, x)` returns the leftmost insertion point keeping `a` sorted, `bisect_right` the rightmost, and `insort` inserts in place. Since 3.10 they take a `key=` argument."),
  U("cool. so use it to write me a function that maps a score 0-100 to a letter grade with cutoffs 60/70/80/90"),
),

R(C, U("""Schreib mir bitte ein kleines Bash-Skript, das alle Docker-Images löscht, die älter als 30 Tage sind und keinen Container mehr haben. Läuft auf unseren Build-Agents""")),

R(C, CC(opened("reports/customers.sql"), "SQL: for each customer, their most recent order and the total of all their orders, one row per customer. postgres. tables customers(id,name) orders(id,customer_id,total,created_at)")),

R(C, CC(opened("src/text.py"), "the test suite has no tests for `slugify` now that I've finished it, write some. edge cases: unicode, repeated dashes, leading/trailing spaces, empty string\n\ndef slugify(s: str) -> str:\n    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()\n    s = re.sub(r'[^a-zA-Z0-9]+', '-', s).strip('-').lower()\n    return s")),

R(C,
  CC("make a new endpoint GET /api/projects/:id/members returning members with their roles"),
  A(t("Let me look at an existing endpoint for the conventions."), tu("01Ge1", "Read", {"file_path": "src/routes/projects.ts"})),
  U(tr("01Ge1", "import { Router } from 'express';\nimport { requireAuth } from '../auth';\nimport { db } from '../db';\nexport const projects = Router();\nprojects.get('/:id', requireAuth, async (req, res) => {\n  const p = await db.project.findFirst({ where: { id: req.params.id, orgId: req.user.orgId } });\n  if (!p) return res.status(404).json({ error: 'not_found' });\n  res.json(p);\n});\n"),
    t("follow that pattern. membership table is project_members(project_id, user_id, role)")),
),

R(C, CC(opened("Cargo.toml"), "rust cli with clap: `imgsz resize <in> <out> --width N [--keep-aspect]`, use the image crate")),

R(C, U("terraform for an s3 bucket with versioning, SSE-KMS, block public access, and lifecycle to glacier after 90 days")),

R(C, U("what does `concurrencyPolicy` do on a CronJob"), A("`Allow` lets runs overlap, `Forbid` skips a new run if the previous is still going, `Replace` kills the running one and starts the new one."), CC("k8s CronJob yaml that runs `python manage.py clearsessions` every night at 3 UTC, no overlap, keep last 3 jobs")),

R(C, U("""Preciso de um componente React de upload com drag and drop, barra de progresso e cancelamento. Sem libs externas se possível, só fetch/XHR""")),

R(C,
  U("why does my golang http client leak connections"),
  A("The usual cause is not closing `resp.Body` (or not draining it before closing), so the connection can't go back to the pool. Always `defer resp.Body.Close()` and `io.Copy(io.Discard, resp.Body)` if you don't read it fully."),
  U("that was it, thanks!! now can you write me a small wrapper around http.Client that always drains+closes, has a default timeout, and retries on 502/503/504 with jitter"),
),

R(C, CC("a python decorator that caches results to disk keyed by args hash, with a ttl")),

R(C, CC(sel("app/models/invoice.rb", 1, 9, """class Invoice < ApplicationRecord
  belongs_to :customer
  has_many :lines, dependent: :destroy
  enum status: { draft: 0, sent: 1, paid: 2, void: 3 }

  def total
    lines.sum(&:amount)
  end
end"""), "add a state machine so draft->sent->paid and any->void (except paid), raise on illegal transitions. plus a `sent_at`/`paid_at` timestamp set automatically")),

R(C, CC(opened("Features/Transactions/TransactionsViewModel.swift"), "swiftui view: list of transactions grouped by day with sticky headers, pull to refresh, empty state")),

R(C, CC(opened("next.config.mjs"), "write the Dockerfile for this: next.js 14 app, pnpm, standalone output, final image should be small")),

R(C, U("""需要一个 Go 函数：把一个大文件按行切成 N 个小文件，每个不超过 100MB，不能把一行切断""")),

R(C, U("convert this bash to python pls, I want to run it on windows too\n\nfor f in logs/*.log; do\n  gzip -9 \"$f\"\n  mv \"$f.gz\" archive/$(date +%Y%m%d)-$(basename \"$f\").gz\ndone")),

R(C,
  U("is it better to use zod or yup for form validation"),
  A("For new TypeScript code, zod: schemas infer static types (`z.infer`), it has no dependencies, and it's the default in react-hook-form's resolvers examples. yup is fine if you're already on it."),
  U("ok zod. write me the schema for the signup form: email, password (12+ chars, 1 digit), confirm password must match, optional referral code (6 uppercase alnum), terms checkbox must be true"),
),

R(C, CC(opened("src/main/java/com/acme/discounts/DiscountService.java"), "JUnit 5 tests for this service now that it's done, mock the repo with mockito\n\npublic class DiscountService {\n  private final CouponRepo repo;\n  public BigDecimal apply(String code, BigDecimal amount) {\n    Coupon c = repo.find(code).orElseThrow(() -> new InvalidCoupon(code));\n    if (c.isExpired()) throw new ExpiredCoupon(code);\n    return amount.subtract(c.discountFor(amount)).max(BigDecimal.ZERO);\n  }\n}")),

R(C, U("a makefile for a c project: src/*.c -> build/*.o -> bin/app, debug and release targets, auto deps with -MMD")),

R(C, U("elixir: genserver that batches incoming events and flushes every 5s or when 500 are buffered, whichever first")),

R(C, CC("scaffold a new fastapi router for 'webhooks' with the same structure as routers/users.py — crud for webhook subscriptions, pydantic schemas in schemas/webhooks.py")),

R(C, U("should archived projects be a flag or a separate table?"), A("A boolean flag with a partial index is simpler and keeps foreign keys intact; a separate table only pays off if archived rows are huge and rarely touched."), CC("sql migration: add `archived` bool not null default false to projects, backfill true for projects with no activity in 1 year, and a partial index on non-archived")),

R(C, U("""Potrzebuję hooka w React, który śledzi, czy element jest widoczny na ekranie (IntersectionObserver), z opcją "tylko raz". TypeScript.""")),

R(C,
  CC("I need a script to find unused env vars"),
  A(t("Let me see how env vars are declared and used."), tu("01Ev1", "Bash", {"command": "ls; head -20 .env.example; grep -rn 'process.env' src | head -5"})),
  U(tr("01Ev1", "package.json\nsrc\n.env.example\nDATABASE_URL=\nREDIS_URL=\nSENTRY_DSN=\nFEATURE_NEW_NAV=\nLEGACY_API_KEY=\nsrc/db.ts:3:const url = process.env.DATABASE_URL!;\nsrc/queue.ts:5:  url: process.env.REDIS_URL,\nsrc/sentry.ts:2:if (process.env.SENTRY_DSN) init({ dsn: process.env.SENTRY_DSN });")),
  A("Env vars are declared in `.env.example` and read via `process.env.X` in `src/`. A script can diff the two sets."),
  U("yep write it, node script, also flag vars used in code but missing from .env.example"),
),

R(C, U("write me a regex that matches semver incl prerelease and build metadata, and a few test strings")),

R(C, CC(opened("app/src/main/java/com/acme/notes/NotesScreen.kt"), "kotlin data class + room entity + dao for notes (id, title, body, updatedAt, pinned), with a flow of notes ordered pinned first")),

R(C, CC(opened("api/pagination.py"), """I fixed the off-by-one in paginate() (last page was dropped). Now add pytest cases covering exact multiples, remainder pages, page beyond end, and page_size=1 so this is locked down

def paginate(items, page, page_size):
    start = (page - 1) * page_size
    return items[start:start + page_size]""")),

R(C, U("PHP laravel: artisan command `reports:send-weekly` that emails each team lead a summary, queued, with a --dry-run option")),

R(C, U("C#: minimal API endpoint that accepts a multipart file upload, validates it's a PNG under 5MB, stores in azure blob, returns the url")),

R(C, U("powershell version of our setup.sh pls. it installs node via nvm, copies .env.example to .env if missing, and runs npm ci")),

R(C,
  U("explain what a bloom filter is"),
  A("A bloom filter is a probabilistic set: a bit array plus k hash functions. Adding sets k bits; checking tests them. It can say \"definitely not present\" or \"probably present\" — false positives possible, false negatives not. Great for skipping expensive lookups."),
  U("nice. implement one in rust with configurable false positive rate and expected n, using two hashes (double hashing trick)"),
),

R(C, U("""Ecco lo schema JSON della risposta della nostra API. Mi generi i tipi TypeScript corrispondenti?

{"id":"ord_1","status":"paid","items":[{"sku":"A1","qty":2,"price":{"amount":1299,"currency":"EUR"}}],"customer":{"id":"cus_9","email":"x@y.z"},"shipping":null}""")),

R(C, CC("github actions workflow: on tag v*, build multi-arch docker image, push to ghcr, create a release with the changelog section for that version")),

R(C, CC(opened("src/lib/api.ts"), "add an axios-like interceptor layer to our fetch wrapper: attach auth header, refresh token on 401 once and retry, queue concurrent requests during refresh")),

R(C, CC(opened("cmd/acme/db.go"), "cobra cmd for our go tool: `acme db snapshot --env <name> [--output file]` calls snapshot.Create(ctx, env) and writes the json")),

R(C, U("nginx config: serve SPA from /srv/app, proxy /api to localhost:3000, gzip, cache static assets 1y except index.html")),

R(C, U("python: read a huge jsonl (20GB) and compute per-user counts without loading it in memory, multiprocessing would be nice")),

R(C,
  U("we get 'too many open files' in the ingest service"),
  A("Check `ulimit -n` for the process and look for file handles opened in a loop without `with`. In your earlier snippet, `open(path)` in `read_chunk` is never closed."),
  U("yep closed it, fixed. while I'm in there: write a context manager `atomic_write(path)` that writes to a temp file in the same dir and renames on success, so half-written files never show up"),
),

R(C, U("""I need a SQL view for the dashboard: daily active users, new signups and churned users (no activity in 30 days) per day for the last 90 days. events(user_id, ts), users(id, created_at)""")),

R(C, CC(opened("src/components/Layout.tsx"), "tailwind navbar with logo left, links center, avatar dropdown right, collapses to hamburger on mobile. react")),

R(C, U("scala: case classes + circe codecs for an Order with a sealed trait PaymentMethod (Card, Iban, Wallet)")),

R(C, CC(sel("tests/test_api.py", 1, 12, """import pytest
from app import create_app

@pytest.fixture
def client():
    app = create_app(testing=True)
    return app.test_client()

def test_health(client):
    assert client.get('/health').status_code == 200"""), "add tests for the /orders endpoints in the same style: list, create (valid/invalid), get by id, 404")),

R(C, U("一个 Python 脚本：监控某个目录，有新的 PDF 进来就提取文字存成同名 txt，用 watchdog")),

R(C, U("k8s: HPA on custom metric `queue_depth` from prometheus adapter, min 2 max 30, target 100 per pod. and the ServiceMonitor")),

R(C,
  CC("what does the `OrderProjection` class do?"),
  A(t("Reading it."), tu("01Op1", "Read", {"file_path": "ledger/projections/orders.py"})),
  U(tr("01Op1", "class OrderProjection:\n    def handle(self, e):\n        match e.type:\n            case 'OrderPlaced': self.db.insert_order(e.data)\n            case 'OrderPaid': self.db.mark_paid(e.data['id'], e.at)\n            case 'OrderCancelled': self.db.mark_cancelled(e.data['id'])\n")),
  A("It's a read-model projection: for each event it updates the orders table — inserts on `OrderPlaced`, marks paid on `OrderPaid`, cancelled on `OrderCancelled`. Other event types are ignored."),
  U("ok add handling for OrderRefunded (partial refunds, keep a refunded_amount running total) and OrderShipped (tracking number), plus tests"),
),

R(C, CC(opened("src/payments/stripe.ts"), "write a jest mock for our `stripe` module that lets each test set what `paymentIntents.create` returns")),

R(C, U("""Necesito un script en Python que lea un Excel con varias hojas, junte todas en un solo DataFrame añadiendo una columna con el nombre de la hoja, y lo guarde en parquet""")),

R(C, U("angular service with signals for a shopping cart (add/remove/update qty, computed total), persisted to localStorage")),

R(C, U("is grpc streaming a good fit for chat?"), A("Yes for server-to-client streams between your own services or native clients; for browsers you'd need grpc-web or a websocket gateway, since bidi streaming isn't available there."), CC("protobuf definitions for a chat service: send message, stream messages for a room, edit, delete, reactions")),

R(C,
  U("""TypeError: unhashable type: 'list' on `set(rows)`"""),
  A("Your rows are lists, which aren't hashable. Convert each row to a tuple first: `set(map(tuple, rows))`."),
  U("works. ok now I actually need a proper dedupe helper for these rows: dedupe by a subset of columns given by index, keep first or last occurrence (param), preserve order"),
),

R(C, U("ansible playbook to install docker, add the deploy user to docker group, and set up log rotation for container logs on ubuntu 24.04")),

R(C, U("c++17: thread-safe bounded queue with blocking push/pop and a close() that wakes everyone up")),

R(C, CC("write a seed script for local dev: 3 orgs, 20 users each, random projects and tasks, deterministic with a fixed seed. we use prisma")),

R(C, CC("I need an OpenAPI 3.1 spec for these three endpoints: POST /links (create short link), GET /{code} (redirect), GET /links/{code}/stats")),

R(C, U("vue 3 composable useInfiniteScroll(fetchPage) that loads the next page when a sentinel element is visible, with loading/error/done state")),

R(C, U("""Tôi cần một hàm TypeScript định dạng số tiền theo locale, ví dụ 1234567.5 -> "1.234.567,50 ₫" cho vi-VN và "$1,234,567.50" cho en-US, không dùng thư viện ngoài""")),

R(C, U("dbt model that builds a customer LTV table from orders and refunds, incremental on order date")),

R(C, CC(opened("internal/timeutil/duration.go"), "write a go test table for ParseDuration that covers 1h30m, 90s, 1.5h, bad units, empty, negative — function is finished, I just never wrote tests for it")),

R(C,
  CC("there's a TODO in src/export.py, can you look"),
  A(t("Looking."), tu("01Td1", "Grep", {"pattern": "TODO", "path": "src/export.py", "output_mode": "content", "-n": True, "-B": 2, "-A": 4})),
  U(tr("01Td1", "src/export.py:40-def export_orders(orders, fmt):\nsrc/export.py:41-    if fmt == 'csv':\nsrc/export.py:42:        # TODO: xlsx and json exports\nsrc/export.py:43-        return to_csv(orders)\nsrc/export.py:44-    raise ValueError(fmt)")),
  A("The TODO is for adding xlsx and json export formats; only csv is implemented right now."),
  U("do it. xlsx via openpyxl with a bold header row and auto column widths, json as an array with iso dates"),
),

R(C, U("ruby: a small rack middleware that adds a request id header if missing and tags the rails logger with it")),

R(C, U("why does cloud run need a vpc connector to reach cloud sql private ip"), A("Cloud Run services don't live in your VPC; the serverless VPC connector (or Direct VPC egress) gives them a route to private IPs like Cloud SQL's."), CC("terraform module for a cloud run service + a cloud sql postgres + the serverless vpc connector, with variables for region and image")),

R(C, U("helm chart values + templates for a worker deployment with configurable concurrency via env and a PodDisruptionBudget")),
R(C, CC(opened("src/importers/base.py"), """add a new importer for the Shopify orders export, following the same pattern as the existing ones. here's the base class and the woocommerce importer for reference, the shopify csv columns are below. needs tests too (the other importers have them in tests/importers/)

```python
class BaseImporter(ABC):
    source: ClassVar[str]

    def __init__(self, tenant_id: int, *, currency: str = "EUR"):
        self.tenant_id = tenant_id
        self.currency = currency
        self.errors: list[ImportError_] = []

    def run(self, fp: TextIO) -> list[OrderIn]:
        out = []
        for lineno, row in enumerate(csv.DictReader(fp), start=2):
            try:
                out.append(self.parse_row(row))
            except (KeyError, ValueError) as e:
                self.errors.append(ImportError_(lineno, str(e)))
        return self.merge(out)

    @abstractmethod
    def parse_row(self, row: dict[str, str]) -> OrderIn: ...

    def merge(self, orders: list[OrderIn]) -> list[OrderIn]:
        return orders


class WooCommerceImporter(BaseImporter):
    source = "woocommerce"

    def parse_row(self, row):
        return OrderIn(
            external_id=row["order_id"],
            placed_at=datetime.fromisoformat(row["order_date"]),
            customer_email=row["billing_email"].strip().lower(),
            lines=[LineIn(sku=row["sku"], qty=int(row["qty"]), unit_price=Decimal(row["item_cost"]))],
            currency=row.get("order_currency") or self.currency,
            source=self.source,
        )

    def merge(self, orders):
        by_id: dict[str, OrderIn] = {}
        for o in orders:
            if o.external_id in by_id:
                by_id[o.external_id].lines.extend(o.lines)
            else:
                by_id[o.external_id] = o
        return list(by_id.values())
```

Shopify export columns (one row per line item, order-level fields only filled on the first row of each order):
Name, Email, Financial Status, Paid at, Fulfillment Status, Currency, Subtotal, Shipping, Taxes, Total, Discount Code, Lineitem quantity, Lineitem name, Lineitem price, Lineitem sku, Lineitem requires shipping, Billing Name, Shipping Country, Created at, Cancelled at

Skip cancelled orders. `Name` is like `#1042`, strip the hash for external_id.""")),

R(C, U("""Peux-tu m'écrire un script Bash qui vérifie que tous les certificats TLS de nos domaines (liste dans domains.txt) expirent dans plus de 21 jours, et qui envoie un message Slack via webhook sinon ?""")),

R(C, U("""帮我写一个 Kotlin 的扩展函数，把 Flow<List<T>> 按某个 key 去重并且保持顺序，然后再写几个单元测试（用 Turbine）""")),

R(C, U("""日本語で失礼します。Go で、環境変数から設定を読み込む構造体を作りたいです。必須項目がない場合はエラー、デフォルト値もタグで指定できるようにしてください。外部ライブラリなしで""")),
]
