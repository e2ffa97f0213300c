"""code_generation: writing new code -- functions, features, scripts, tests for finished code,
config files, SQL, UI components.  Often implicit ("users want to export this"), often a
follow-up ("same but in Go", "and the other endpoint"), sometimes with stack traces or logs
that are context rather than a problem to diagnose."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

C = "code_generation"
EXAMPLES = []

# 1 regression test now that it's fixed (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "orders with a 100% coupon crash the checkout with ZeroDivisionError in tax_share()"),
    A(Read("/app/shop/tax.py")),
    U(Res(lines('''def tax_share(line, order):
    return line.net / order.net * order.tax''', 12))),
    A("When a 100% coupon makes `order.net` zero, the division fails. A zero-net order has no tax to distribute, so return 0.",
      Edit("/app/shop/tax.py", "    return line.net / order.net * order.tax",
           "    if order.net == 0:\n        return Decimal(0)\n    return line.net / order.net * order.tax")),
    U(Res(edited("/app/shop/tax.py", "def tax_share(line, order):\n    if order.net == 0:\n        return Decimal(0)\n    return line.net / order.net * order.tax", 12))),
    A("Fixed: `tax_share` returns 0 when the order's net total is zero."),
    U("cool, add a regression test now that it's fixed"),
))

# 2 same but in Go
EXAMPLES.append(ex(C,
    '''write a python function that takes a list of (start, end) datetime ranges and returns the total covered time without double-counting overlaps''',
    '''```python
from datetime import timedelta

def covered(ranges):
    total = timedelta()
    cur_start = cur_end = None
    for s, e in sorted(ranges):
        if cur_end is None or s > cur_end:
            if cur_end is not None:
                total += cur_end - cur_start
            cur_start, cur_end = s, e
        else:
            cur_end = max(cur_end, e)
    if cur_end is not None:
        total += cur_end - cur_start
    return total
```''',
    "same but in Go, with time.Time and returning time.Duration"))

# 3 and for the other endpoint (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("api/handlers/projects.go"), "add request validation to the CreateProject handler, name required max 80 chars, slug lowercase"),
    A(Edit("api/handlers/projects.go",
           "\t// TODO: validate\n",
           "\tif errs := req.Validate(); len(errs) > 0 {\n\t\twriteJSON(w, 422, errs)\n\t\treturn\n\t}\n")),
    U(Res(edited("api/handlers/projects.go", "\tif errs := req.Validate(); len(errs) > 0 {\n\t\twriteJSON(w, 422, errs)\n\t\treturn\n\t}", 48))),
    A("`CreateProject` now returns 422 with field errors when `name` is empty or over 80 characters, or when `slug` isn't lowercase."),
    U("and for the UpdateProject one? there name is optional but same rules if present"),
))

# 4 docker-compose terse
EXAMPLES.append(ex(C, "need a docker-compose w/ postgres 16, redis, and the app (Dockerfile in repo root, listens on 8000). healthchecks pls, app should wait for db"))

# 5 SQL cohorts
EXAMPLES.append(ex(C, '''monthly active users by signup cohort, as a retention triangle. postgres.

users(id, created_at)
events(user_id, occurred_at, name)

active = any event that month'''))

# 6 log rotate script
EXAMPLES.append(ex(C, "bash script: gzip every *.log in /var/log/myapp older than 7 days, delete .gz older than 90, and don't touch the file currently being written (app.log). should be safe to run from cron"))

# 7 searchable dropdown tailwind
EXAMPLES.append(ex(C, "react component: dropdown with a search box on top, keyboard nav (up/down/enter/esc), tailwind, options passed as props {value,label}[]. no headless ui, we can't add deps"))

# 8 cover this with tests (finished code)
EXAMPLES.append(ex(C,
    U(REM(), "is parseDuration tested anywhere"),
    A(Grep("parseDuration", "src/", "files_with_matches")),
    U(Res('''src/lib/duration.ts
src/commands/schedule.ts
src/commands/timeout.ts''')),
    A("It's defined in `src/lib/duration.ts` and used by two commands, but no test file references it.",
      Read("src/lib/duration.ts")),
    U(Res(lines('''export function parseDuration(input: string): number {
  const re = /^(?:(\\d+)h)?\\s*(?:(\\d+)m)?\\s*(?:(\\d+)s)?$/;
  const m = input.trim().match(re);
  if (!m || input.trim() === '') throw new Error(`invalid duration: ${input}`);
  const [, h = '0', min = '0', s = '0'] = m;
  return (+h * 3600 + +min * 60 + +s) * 1000;
}'''))),
    A("`parseDuration` turns strings like `1h 30m` or `45s` into milliseconds and throws on empty or malformed input."),
    U("cover it with tests. it's done and deployed, just never had any. vitest"),
))

# 9 terraform s3 lifecycle
EXAMPLES.append(ex(C, "terraform: s3 bucket for audit logs, versioning on, block all public access, SSE with our kms key (var.kms_key_arn), transition to glacier after 90d, expire after 7 years. aws provider v5 style please, not the deprecated inline blocks"))

# 10 HPA (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the api deployment"),
    A(Read("/infra/k8s/api/deployment.yaml")),
    U(Res(lines('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  namespace: shop
spec:
  replicas: 3
  selector:
    matchLabels: { app: api }
  template:
    metadata:
      labels: { app: api }
    spec:
      containers:
        - name: api
          image: ghcr.io/shop/api:1.42.0
          resources:
            requests: { cpu: 500m, memory: 512Mi }
            limits: { memory: 1Gi }'''))),
    A("The `api` Deployment in `shop` runs 3 replicas, each requesting 500m CPU and 512Mi of memory."),
    U("give it an HPA, 3 to 20 replicas on cpu 70%, and scale down slowly so we don't flap"),
))

# 11 GHA matrix
EXAMPLES.append(ex(C, "github action: run pytest on python 3.10, 3.11, 3.12 on ubuntu and 3.12 on windows, cache pip, upload coverage to codecov only once (from 3.12 ubuntu)"))

# 12 implicit: form remembers on refresh
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/reports/ReportForm.tsx"), "read ReportForm"),
    A(Read("src/reports/ReportForm.tsx")),
    U(Res(lines('''export function ReportForm({ onSubmit }: { onSubmit: (r: Report) => void }) {
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  return (
    <form onSubmit={(e) => { e.preventDefault(); onSubmit({ title, body }); }}>
      <input value={title} onChange={(e) => setTitle(e.target.value)} />
      <textarea value={body} onChange={(e) => setBody(e.target.value)} />
      <button>Send</button>
    </form>
  );
}'''))),
    A("`ReportForm` is a controlled form with a title and body, submitted through `onSubmit`."),
    U("the form needs to remember what you typed if you accidentally refresh. people lose 20 min of writing"),
))

# 13 users want csv export (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("app/admin/views.py"), "read the members admin view"),
    A(Read("app/admin/views.py", offset=60, limit=40)),
    U(Res(lines('''@admin_bp.route("/members")
@login_required
@role_required("admin")
def members():
    q = Member.query.filter_by(org_id=current_user.org_id)
    if status := request.args.get("status"):
        q = q.filter_by(status=status)
    members = q.order_by(Member.joined_at.desc()).all()
    return render_template("admin/members.html", members=members)''', 60))),
    A("`/members` lists the current org's members, optionally filtered by `status`, newest first."),
    U("admins keep asking to get this into excel"),
))

# 14 retry with backoff, 503s expected (log pasted)
EXAMPLES.append(ex(C, '''wrap the vendor call in a retry with exponential backoff + jitter. these 503s are normal for them (their status page literally says so), we just need to ride over them. max 4 attempts, don't retry 4xx

```
2026-11-25 03:12:09 WARN  geo.client  GET https://api.geovend.io/v3/lookup?ip=81.2.69.160 -> 503 Service Unavailable (118ms)
2026-11-25 03:12:09 ERROR worker      enrich failed for evt_8812a: HTTPError 503
2026-11-25 03:14:41 WARN  geo.client  GET https://api.geovend.io/v3/lookup?ip=2.125.160.216 -> 503 Service Unavailable (96ms)
```

```python
def lookup(ip: str) -> dict:
    r = session.get(f"{BASE}/lookup", params={"ip": ip}, timeout=5)
    r.raise_for_status()
    return r.json()
```'''))

# 15 es endpoint avatares
EXAMPLES.append(ex(C, "hazme un endpoint en express para subir avatares: solo jpg/png/webp, máximo 2MB, redimensionar a 256x256 con sharp y guardar en S3 con el id del usuario como key. usamos multer ya"))

# 16 de skript docker images
EXAMPLES.append(ex(C, "Schreib mir ein Skript, das auf unseren Build-Agents alle Docker-Images löscht, die älter als 3 Tage sind und von keinem laufenden Container benutzt werden. Bash oder Python, egal. Soll per Cron laufen und loggen, was es gelöscht hat."))

# 17 fr debounce hook (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/components/SearchBar.tsx"), "regarde SearchBar"),
    A(Read("src/components/SearchBar.tsx")),
    U(Res(lines('''export function SearchBar({ onSearch }: { onSearch: (q: string) => void }) {
  const [q, setQ] = useState('');
  return (
    <input
      value={q}
      onChange={(e) => { setQ(e.target.value); onSearch(e.target.value); }}
      placeholder="Rechercher…"
    />
  );
}'''))),
    A("`SearchBar` appelle `onSearch` à chaque frappe."),
    U("il me faudrait un hook `useDebouncedValue` réutilisable (300ms par défaut) et l'utiliser ici, on spamme l'API à chaque lettre"),
))

# 18 zh rust csv tool
EXAMPLES.append(ex(C, "用 Rust 写一个命令行小工具：读取 CSV 文件，按指定的列名对数值列求和，支持 --delimiter 参数，遇到无法解析的行跳过并在 stderr 里报行号。用 clap 和 csv crate"))

# 19 ja unit tests for class (ide selection)
EXAMPLES.append(ex(C,
    U(REM(), SEL("src/cart/Cart.kt", 1, 24, '''class Cart(private val clock: Clock) {
    private val lines = mutableMapOf<String, Line>()

    fun add(sku: String, price: BigDecimal, qty: Int = 1) {
        require(qty > 0)
        lines.merge(sku, Line(sku, price, qty)) { a, b -> a.copy(qty = a.qty + b.qty) }
    }

    fun remove(sku: String) { lines.remove(sku) }

    fun total(): BigDecimal = lines.values.fold(BigDecimal.ZERO) { acc, l -> acc + l.price * l.qty.toBigDecimal() }

    fun isExpired(): Boolean = Duration.between(createdAt, clock.instant()) > Duration.ofHours(2)

    private val createdAt = clock.instant()
}'''), "このクラスにユニットテストを書いて。JUnit5 + kotest assertions で。Clockは固定のやつを使って"),
))

# 20 ko spring pagination api
EXAMPLES.append(ex(C, "Spring Boot 3에서 게시글 목록 페이지네이션 API 만들어줘. 커서 기반으로(createdAt + id), 한 번에 최대 50개, 응답에 nextCursor 포함. JPA 씀"))

# 21 ru alembic migration (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "покажи модель Invoice"),
    A(Grep("class Invoice", "app/models", "content", **{"-n": True, "-A": 12})),
    U(Res('''app/models/billing.py:40:class Invoice(Base):
app/models/billing.py-41-    __tablename__ = "invoices"
app/models/billing.py-42-    id: Mapped[int] = mapped_column(primary_key=True)
app/models/billing.py-43-    number: Mapped[str] = mapped_column(String(32), unique=True)
app/models/billing.py-44-    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"))
app/models/billing.py-45-    total_cents: Mapped[int]
app/models/billing.py-46-    issued_at: Mapped[datetime]
app/models/billing.py-47-    status: Mapped[str] = mapped_column(String(16), default="draft")''')),
    A("Модель `Invoice` находится в `app/models/billing.py`: номер, клиент, сумма в центах, дата выставления и статус."),
    U("добавь поле due_date (nullable date) и напиши миграцию alembic, для существующих счетов заполни issued_at + 14 дней"),
))

# 22 pt vue paginated table
EXAMPLES.append(ex(C, "cria um componente de tabela paginada em Vue 3 (composition API + TS) que recebe as colunas por prop, busca os dados de uma função async(page, pageSize) e mostra loading/erro. sem lib de UI"))

# 23 it IBAN validator
EXAMPLES.append(ex(C, "mi serve una funzione TypeScript che validi l'IBAN (lunghezza per paese + checksum mod 97), senza librerie. restituisce anche l'IBAN normalizzato senza spazi"))

# 24 pl Makefile (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "jakie komendy odpalamy zwykle w tym repo? sprawdź README i package.json"),
    A(Bash("jq .scripts package.json; grep -n '```' -A3 README.md | head -30", "Check scripts and README commands")),
    U(Res('''{
  "dev": "vite",
  "build": "tsc -b && vite build",
  "test": "vitest run",
  "lint": "eslint . --max-warnings 0",
  "db:migrate": "prisma migrate deploy",
  "db:seed": "tsx prisma/seed.ts"
}
README.md:14:```
README.md-15-docker compose up -d db
README.md-16-npm run db:migrate && npm run db:seed
README.md-17-npm run dev''')),
    A("Skrypty npm: `dev`, `build`, `test`, `lint`, `db:migrate`, `db:seed`. W README jest jeszcze uruchamianie bazy przez `docker compose up -d db`."),
    U("napisz mi Makefile, który to wszystko opakuje: setup, dev, test, lint, ci (lint+test+build), i reset bazy. z help targetem"),
))

# 25 tr go rate limiter middleware
EXAMPLES.append(ex(C, "Go ile basit bir rate limiter middleware yaz: IP başına dakikada 60 istek, net/http uyumlu, limit aşılınca 429 ve Retry-After header. harici kütüphane olmasın, eski IP kayıtları da temizlensin"))

# 26 hinglish resize images
EXAMPLES.append(ex(C, "ek python script chahiye jo ek folder ke saare images (jpg, png, heic bhi agar ho sake) ko max 1600px width pe resize kare, EXIF rotation sahi rakhe, aur output alag folder mein daale. Pillow use kar lo"))

# 27 vi number to words
EXAMPLES.append(ex(C, "viết giúp mình hàm Python chuyển số tiền thành chữ tiếng Việt, ví dụ 1250000 -> 'một triệu hai trăm năm mươi nghìn đồng'. xử lý đúng 'lẻ', 'mốt', 'lăm' nhé"))

# 28 nl github action (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "welke workflows hebben we al"),
    A(Glob(".github/workflows/*.yml")),
    U(Res('''.github/workflows/test.yml
.github/workflows/deploy-staging.yml''')),
    A(Read(".github/workflows/deploy-staging.yml")),
    U(Res(lines('''name: deploy-staging
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment: staging
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh staging
        env:
          FLY_API_TOKEN: ${{ secrets.FLY_API_TOKEN }}'''))),
    A("Er zijn twee workflows: `test.yml` en `deploy-staging.yml`, die bij elke push naar `main` naar staging deployt met `scripts/deploy.sh`."),
    U("kun je er een maken voor productie? alleen bij een tag v*, met handmatige goedkeuring via environment 'production', en eerst de tests draaien"),
))

# 29 --dry-run flag (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("scripts/prune_accounts.py"), "what does prune_accounts do"),
    A(Read("scripts/prune_accounts.py")),
    U(Res(lines('''import click
from app.db import session
from app.models import Account

@click.command()
@click.option("--days", default=365)
def main(days):
    cutoff = datetime.utcnow() - timedelta(days=days)
    stale = session.query(Account).filter(Account.last_login < cutoff, Account.plan == "free").all()
    for acc in stale:
        session.delete(acc)
    session.commit()
    click.echo(f"deleted {len(stale)} accounts")

if __name__ == "__main__":
    main()'''))),
    A("It deletes free-plan accounts whose last login is older than `--days` (default 365) and prints how many it removed."),
    U("ok now add a --dry-run flag that lists what it would delete (id, email, last_login) without deleting"),
))

# 30 same for orders module (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "how are the DTO mappers done in the customers module"),
    A(Glob("src/main/kotlin/**/customers/**/*Mapper*.kt")),
    U(Res("src/main/kotlin/shop/customers/api/CustomerMapper.kt")),
    A(Read("src/main/kotlin/shop/customers/api/CustomerMapper.kt")),
    U(Res(lines('''@Mapper(componentModel = "spring")
interface CustomerMapper {
    @Mapping(target = "fullName", expression = "java(c.getFirstName() + \\" \\" + c.getLastName())")
    fun toDto(c: Customer): CustomerDto

    @Mapping(target = "id", ignore = true)
    @Mapping(target = "createdAt", ignore = true)
    fun toEntity(req: CreateCustomerRequest): Customer
}'''))),
    A("Customers uses a MapStruct `CustomerMapper` with `toDto` and `toEntity`; `fullName` is computed and `id` and `createdAt` are ignored on create."),
    U("do the same for the orders module. Order has lines and a status enum that the API exposes as lowercase strings"),
))

# 31 edit rejected, new file instead
EXAMPLES.append(ex(C,
    U(REM(), "we need a helper to mask emails in logs, like j***@example.com"),
    A("I'll add it to the shared utils module.",
      Edit("/srv/api/app/utils.py", "def slugify(", "def mask_email(email: str) -> str:\n    local, _, domain = email.partition('@')\n    return f\"{local[:1]}***@{domain}\" if domain else '***'\n\n\ndef slugify(")),
    U(Err(REJECTED), "no, put it in a new app/logging/redact.py, utils is a dumping ground. and also mask phone numbers while you're at it"),
))

# 32 swiftui settings
EXAMPLES.append(ex(C, "SwiftUI settings screen: toggle for notifications, picker for theme (system/light/dark) stored in @AppStorage, a 'Clear cache' button with a confirmation dialog, and app version at the bottom from the bundle"))

# 33 kotlin Room DAO (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the Note entity"),
    A(Read("app/src/main/java/app/notes/data/Note.kt")),
    U(Res(lines('''@Entity(tableName = "notes")
data class Note(
    @PrimaryKey val id: String,
    val title: String,
    val body: String,
    val folderId: String?,
    val pinned: Boolean = false,
    val updatedAt: Long,
    val deleted: Boolean = false,
)'''))),
    A("`Note` is a Room entity in the `notes` table with `folderId`, `pinned`, `updatedAt` and a soft-delete flag."),
    U("need the DAO: flow of notes in a folder (pinned first, then updatedAt desc, excluding deleted), search by title/body, upsert, soft delete, and purge deleted older than 30 days"),
))

# 34 C# minimal API
EXAMPLES.append(ex(C, "minimal API endpoint in .NET 8: POST /webhooks/github that verifies the X-Hub-Signature-256 HMAC with the secret from config, rejects with 401 if wrong, and pushes the event into a Channel<GitHubEvent> for a background service"))

# 35 C ring buffer
EXAMPLES.append(ex(C, "ring buffer in C for an embedded project: fixed capacity (power of two), uint8_t elements, push/pop/peek/count, no malloc, safe for one ISR producer + main loop consumer on a cortex-m0"))

# 36 C++ thread pool
EXAMPLES.append(ex(C, "small C++20 thread pool: fixed number of workers, submit() returns std::future, graceful shutdown that finishes queued tasks, no boost"))

# 37 elixir genserver TTL counter (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "where do we count login attempts right now"),
    A(Grep("login_attempts|failed_login", "lib/", "content", **{"-n": True})),
    U(Res('''lib/app/accounts.ex:88:    Repo.update_all(from(u in User, where: u.id == ^id), inc: [failed_login_count: 1])
lib/app_web/controllers/session_controller.ex:21:      if user.failed_login_count > 5 do''')),
    A("Failed logins are counted on the `users` row (`failed_login_count`) and checked in `SessionController`."),
    U("that never resets lol. write a GenServer that counts attempts per {ip, email} with a 15 minute sliding TTL and a `blocked?/2` function, we'll swap it in"),
))

# 38 scala fs2 stream
EXAMPLES.append(ex(C, "fs2 stream in scala 3 that reads a big gzipped ndjson file from S3, parses each line with circe into Event, groups into batches of 500 or every 2 seconds, and writes each batch to postgres with doobie. cats-effect 3"))

# 39 rake task
EXAMPLES.append(ex(C, "rake task that backfills `slug` for all articles where it's null, in batches of 1000, with a progress line every batch, and safe to re-run if it dies halfway"))

# 40 laravel job (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "how do we currently send the invoice email"),
    A(Grep("InvoiceMail", "app/", "content", **{"-n": True})),
    U(Res('''app/Http/Controllers/InvoiceController.php:57:        Mail::to($invoice->customer->email)->send(new InvoiceMail($invoice, $pdf));
app/Mail/InvoiceMail.php:11:class InvoiceMail extends Mailable''')),
    A("`InvoiceController` generates the PDF and sends `InvoiceMail` synchronously inside the request."),
    U("move that into a queued job: SendInvoiceEmail, 3 tries with backoff, generates the pdf inside the job, and marks invoice.sent_at when done"),
))

# 41 git hook blocking console.log
EXAMPLES.append(ex(C, "pre-commit hook (plain bash, no husky) that blocks the commit if any staged .ts/.tsx file adds a console.log or a debugger statement, and prints file:line for each hit. only look at added lines, not the whole file"))

# 42 junit mockito tests for service
EXAMPLES.append(ex(C,
    U(REM(), "show CheckoutService and tell me if it has tests"),
    A(Read("src/main/java/shop/checkout/CheckoutService.java"), Glob("src/test/java/shop/checkout/*")),
    U(Res(lines('''@Service
@RequiredArgsConstructor
public class CheckoutService {
    private final StockClient stock;
    private final PaymentClient payments;
    private final OrderRepository orders;

    public Order checkout(Cart cart, String cardToken) {
        if (!stock.reserve(cart.lines())) throw new OutOfStockException();
        try {
            String ref = payments.charge(cardToken, cart.total());
            return orders.save(Order.paid(cart, ref));
        } catch (PaymentDeclinedException e) {
            stock.release(cart.lines());
            throw e;
        }
    }
}''')), Res("No files found")),
    A("`CheckoutService.checkout` reserves stock, charges the card, and saves a paid order, releasing the stock if the payment is declined. There are no tests for it yet."),
    U("write JUnit 5 + Mockito tests: happy path, insufficient stock, payment declined (verify release is called)"),
))

# 43 protobuf definitions
EXAMPLES.append(ex(C, "protobuf + gRPC service definition for a file storage service: upload (client streaming chunks), download (server streaming), stat, list with pagination, delete. proto3, include field comments"))

# 44 semver regex
EXAMPLES.append(ex(C, "regex for semver including optional prerelease and build metadata (1.2.3, 1.2.3-rc.1, 1.2.3+build.5, 1.0.0-alpha+001), no leading zeros in the numeric parts. for python"))

# 45 SQL trigger updated_at (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "which tables have an updated_at column"),
    A(Bash("psql -Atc \"select table_name from information_schema.columns where column_name='updated_at' and table_schema='public' order by 1\"", "List tables with updated_at")),
    U(Res('''accounts
invoices
line_items
projects
users''')),
    A("Five tables have `updated_at`: accounts, invoices, line_items, projects and users."),
    U("none of them actually update it automatically. write a trigger function + migration that attaches it to all five"),
))

# 46 click CLI
EXAMPLES.append(ex(C, "python CLI with click: `kv get KEY`, `kv set KEY VALUE [--ttl SECONDS]`, `kv list [--prefix P]`, backed by a sqlite file at ~/.kv.db, pretty output with rich, exit code 1 on missing key"))

# 47 pydantic models from JSON sample
EXAMPLES.append(ex(C, '''pydantic v2 models for this webhook payload. dates as datetime/date, amounts as Decimal, enums where the docs say so (status: pending|in_transit|paid|failed|canceled, destination.type: bank_account|card, fee type: transfer|fx|instant). `metadata` is free-form str->str.

```json
{
  "id": "evt_01HZX3K8Q2M7",
  "object": "event",
  "api_version": "2026-09-01",
  "type": "payout.paid",
  "created": "2026-11-24T09:31:02Z",
  "livemode": true,
  "pending_webhooks": 2,
  "request": { "id": null, "idempotency_key": null },
  "data": {
    "payout": {
      "id": "po_88A1F0C2",
      "object": "payout",
      "amount": "1520.40",
      "currency": "EUR",
      "status": "paid",
      "method": "standard",
      "arrival_date": "2026-11-25",
      "created": "2026-11-22T16:04:55Z",
      "statement_descriptor": "ACME PAYOUT 2211",
      "failure_code": null,
      "failure_message": null,
      "automatic": true,
      "balance_transaction": "txn_3Q0f9aB21",
      "destination": {
        "type": "bank_account",
        "id": "ba_1Q7Zr2",
        "last4": "4321",
        "bank_name": "Sparkasse",
        "country": "DE",
        "currency": "EUR",
        "account_holder_name": "ACME Handels GmbH",
        "account_holder_type": "company",
        "fingerprint": "x8Kq2mZ0aVbw1n3C"
      },
      "fees": [
        { "type": "transfer", "amount": "0.25", "currency": "EUR", "description": "SEPA transfer" },
        { "type": "fx", "amount": "0.00", "currency": "EUR", "description": null }
      ],
      "fx": {
        "source_currency": "USD",
        "rate": "0.92175",
        "source_amount": "1649.48"
      },
      "metadata": {
        "settlement_batch": "2026-11-22-03",
        "erp_reference": "ZV-2026-11-0412"
      },
      "reconciliation": {
        "status": "matched",
        "matched_at": "2026-11-25T07:12:40Z",
        "transactions": [
          { "id": "txn_3Pz81", "type": "charge", "amount": "899.00", "created": "2026-11-20T10:14:02Z" },
          { "id": "txn_3Pz9c", "type": "charge", "amount": "749.90", "created": "2026-11-21T18:40:11Z" },
          { "id": "txn_3PzA7", "type": "refund", "amount": "-129.00", "created": "2026-11-22T08:02:37Z" },
          { "id": "txn_3PzB0", "type": "adjustment", "amount": "0.75", "created": "2026-11-22T09:00:00Z" }
        ]
      }
    },
    "previous_attributes": { "status": "in_transit" }
  }
}
```

also want a discriminated union on `type` so `payout.failed` and `payout.canceled` events parse into their own classes (same payout shape, but failure_code/failure_message are required for failed)'''))

# 48 TS types from API response (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "hit the staging /api/v2/flights/AF123 and show me the response"),
    A(Bash("curl -s https://staging.api.trip.example/api/v2/flights/AF123 -H \"Authorization: Bearer $STAGING_TOKEN\" | jq .", "Fetch sample response")),
    U(Res('''{
  "flight": "AF123",
  "carrier": { "code": "AF", "name": "Air France" },
  "departure": { "airport": "CDG", "scheduled": "2026-12-02T07:40:00+01:00", "terminal": "2E", "gate": null },
  "arrival": { "airport": "JFK", "scheduled": "2026-12-02T10:05:00-05:00", "terminal": "1", "gate": "7" },
  "status": "scheduled",
  "delayMinutes": 0,
  "codeshares": ["DL8411", "KL6034"]
}''')),
    A("That's the flight payload: carrier, departure and arrival (each with airport, scheduled time, terminal and nullable gate), a status, a delay and codeshares."),
    U("write TS types for that plus a zod schema so we validate at the boundary. status can also be delayed, boarding, departed, landed, cancelled"),
))

# 49 rust Display + Error
EXAMPLES.append(ex(C, '''implement Display and std::error::Error for this, and From<io::Error> and From<serde_json::Error>. no thiserror, the crate has to stay dependency-light

```rust
#[derive(Debug)]
pub enum StoreError {
    Io(std::io::Error),
    Corrupt { path: PathBuf, line: usize },
    Json(serde_json::Error),
    NotFound(String),
}
```'''))

# 50 multi-turn after architecture: outbox implement
EXAMPLES.append(ex(C,
    "we lose events when the rabbit publish fails after the db commit. outbox or something simpler?",
    "Use a transactional outbox. In the same DB transaction as the business change, insert a row into `outbox(id, topic, payload, created_at, published_at)`. A separate relay process polls `WHERE published_at IS NULL ORDER BY id LIMIT n FOR UPDATE SKIP LOCKED`, publishes each row, and sets `published_at`. Consumers must be idempotent because the relay can publish a row twice if it crashes between publish and update.",
    "ok let's go with the outbox. write the table migration and the relay worker (python, psycopg 3, pika). batch of 100, poll every 500ms"))

# 51 multi-turn after understanding: one for yaml
EXAMPLES.append(ex(C,
    '''what does this do

```python
def load_env_file(path):
    out = {}
    for line in open(path):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        k, _, v = line.partition("=")
        out[k.strip()] = v.strip().strip('"')
    return out
```''',
    "It parses a `.env`-style file into a dict. It skips blank lines and `#` comments, splits each remaining line at the first `=`, trims whitespace around the key and value, and strips surrounding double quotes from the value. It doesn't handle `export` prefixes, single quotes, escapes or multi-line values.",
    "cool, now write me one that does the same for a flat yaml file but without pulling in pyyaml"))

# 52 multi-turn after review: add the validation
EXAMPLES.append(ex(C,
    '''anything missing here?

```go
func (h *Handler) Transfer(w http.ResponseWriter, r *http.Request) {
	var req TransferReq
	json.NewDecoder(r.Body).Decode(&req)
	if err := h.svc.Transfer(r.Context(), req.From, req.To, req.Amount); err != nil {
		http.Error(w, err.Error(), 500)
		return
	}
	w.WriteHeader(204)
}
```''',
    "A few things. The decode error is ignored, so a malformed body becomes a zero-value transfer. There's no validation: negative or zero amounts, `From == To`, and missing IDs all go straight to the service. Every service error becomes a 500 with the raw error message, which leaks internals, so map domain errors (insufficient funds, not found) to 4xx. And nothing checks that the caller owns `From`.",
    "yeah ok. add the validation and error mapping you mentioned, ownership check too (caller id is in ctx via auth.UserID(ctx))"))

# 53 tool_result + text: now bulk delete
EXAMPLES.append(ex(C,
    U(REM(), "run the tests for the delete endpoint"),
    A(Bash("npx jest src/routes/__tests__/files.delete.test.ts", "Run delete endpoint tests")),
    U(Res(''' PASS  src/routes/__tests__/files.delete.test.ts
  DELETE /files/:id
    ✓ deletes own file (41 ms)
    ✓ 404 for missing file (9 ms)
    ✓ 403 for someone else's file (11 ms)

Tests:       3 passed, 3 total'''), "nice. now the same thing but bulk: DELETE /files with a body of up to 100 ids, partial success allowed, response lists which failed and why"),
))

# 54 hypothesis property tests
EXAMPLES.append(ex(C, '''property-based tests with hypothesis for these two. encode/decode should roundtrip for any bytes

```python
def encode(data: bytes) -> str: ...
def decode(s: str) -> bytes: ...
```

they're our base32-crockford implementation, no padding, case-insensitive decode'''))

# 55 playwright e2e login (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "what e2e setup do we have"),
    A(Bash("ls e2e/ && cat playwright.config.ts | head -30", "Inspect e2e setup")),
    U(Res('''fixtures.ts
smoke.spec.ts
import { defineConfig } from '@playwright/test';
export default defineConfig({
  testDir: './e2e',
  use: { baseURL: process.env.E2E_URL ?? 'http://localhost:3000', trace: 'on-first-retry' },
  webServer: { command: 'npm run start:test', port: 3000, reuseExistingServer: true },
});''')),
    A("Playwright is set up with a smoke spec and a `fixtures.ts`, and it starts the app via `npm run start:test`."),
    U("write e2e tests for login: success, wrong password shows the error, locked account after 5 attempts, and 'remember me' keeps you logged in after a context restart"),
))

# 56 seed data script
EXAMPLES.append(ex(C, "seed script for local dev (prisma, TS): 3 orgs, 20 users spread across them with different roles, 200 projects with realistic names via faker, some archived. deterministic (fixed faker seed) so screenshots in docs stay the same"))

# 57 implement interface stub (ide selection)
EXAMPLES.append(ex(C,
    U(REM(), SEL("internal/blob/blob.go", 8, 20, '''type Store interface {
	Put(ctx context.Context, key string, r io.Reader, size int64) error
	Get(ctx context.Context, key string) (io.ReadCloser, error)
	Delete(ctx context.Context, key string) error
	List(ctx context.Context, prefix string) ([]string, error)
}'''), "implement this on top of the local filesystem for tests/dev. root dir passed in, keys can contain slashes, atomic writes"),
))

# 58 fastapi skeleton
EXAMPLES.append(ex(C, "new fastapi project skeleton: routers for users and items, settings via pydantic-settings, async sqlalchemy 2 session dependency, alembic set up, a health endpoint, and pytest with an httpx AsyncClient fixture"))

# 59 dockerfile rust (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "check Cargo.toml"),
    A(Read("Cargo.toml")),
    U(Res(lines('''[package]
name = "ledgerd"
version = "0.7.2"
edition = "2021"

[dependencies]
axum = "0.7"
tokio = { version = "1", features = ["full"] }
sqlx = { version = "0.8", features = ["postgres", "runtime-tokio", "tls-rustls"] }
serde = { version = "1", features = ["derive"] }
tracing = "0.1"'''))),
    A("`ledgerd` 0.7.2 is an axum + sqlx (Postgres, rustls) service on tokio."),
    U("dockerfile for it. cached dependency layer (cargo-chef or similar), distroless or scratch final image, non-root. sqlx offline mode since there's no db at build time"),
))

# 60 nginx websocket
EXAMPLES.append(ex(C, "nginx config: reverse proxy app.example.com to localhost:3000 with websocket support on /socket, gzip, HSTS, http->https redirect, and serve /static from /var/www/app/static with long cache headers"))

# 61 systemd timer
EXAMPLES.append(ex(C, "systemd service + timer to run /opt/backup/run.sh every night at 02:30, with randomized delay up to 15 min, persistent (catch up if the box was off), and send the journal output somewhere I'll notice on failure"))

# 62 helm chart (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the raw k8s manifests for the notifier"),
    A(Bash("ls deploy/notifier/ && cat deploy/notifier/*.yaml | head -60", "Show notifier manifests")),
    U(Res('''configmap.yaml
deployment.yaml
service.yaml
apiVersion: v1
kind: ConfigMap
metadata: { name: notifier-config }
data:
  LOG_LEVEL: info
  SMTP_HOST: smtp.internal
---
apiVersion: apps/v1
kind: Deployment
metadata: { name: notifier }
spec:
  replicas: 2
  template:
    spec:
      containers:
        - name: notifier
          image: registry.internal/notifier:2.3.1
          envFrom: [{ configMapRef: { name: notifier-config } }]
          ports: [{ containerPort: 9000 }]
---
apiVersion: v1
kind: Service
metadata: { name: notifier }
spec:
  ports: [{ port: 80, targetPort: 9000 }]''')),
    A("Three manifests: a ConfigMap (log level, SMTP host), a 2-replica Deployment of `notifier:2.3.1` on port 9000, and a Service mapping port 80 to 9000."),
    U("turn these into a helm chart so we can deploy it per env. image tag, replicas, env vars and resources in values.yaml"),
))

# 63 react native screen
EXAMPLES.append(ex(C, "React Native screen (expo, TS) showing a list of orders with pull-to-refresh, infinite scroll, an empty state, and tapping a row navigates to OrderDetail with the id. data from a useOrders(page) hook that already exists"))

# 64 port to TS
EXAMPLES.append(ex(C, '''port this to TypeScript with proper types, no `any`

```js
export function groupBy(list, keyFn) {
  return list.reduce((acc, item) => {
    const k = keyFn(item);
    (acc[k] ||= []).push(item);
    return acc;
  }, {});
}

export function pick(obj, ...keys) {
  return Object.fromEntries(keys.filter(k => k in obj).map(k => [k, obj[k]]));
}
```'''))

# 65 SQL to ORM (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "find the raw SQL in the reports module"),
    A(Grep("text\\(|execute\\(", "app/reports", "content", **{"-n": True, "-A": 8})),
    U(Res('''app/reports/top_customers.py:12:    rows = db.execute(text("""
app/reports/top_customers.py-13-        SELECT c.id, c.name, SUM(o.total) AS revenue, COUNT(*) AS orders
app/reports/top_customers.py-14-        FROM customers c JOIN orders o ON o.customer_id = c.id
app/reports/top_customers.py-15-        WHERE o.status = 'paid' AND o.created_at >= :since
app/reports/top_customers.py-16-        GROUP BY c.id, c.name
app/reports/top_customers.py-17-        HAVING SUM(o.total) > :min_revenue
app/reports/top_customers.py-18-        ORDER BY revenue DESC LIMIT :n
app/reports/top_customers.py-19-    """), {"since": since, "min_revenue": min_rev, "n": n})''')),
    A("There is one raw query, in `app/reports/top_customers.py`: top customers by paid revenue since a date, with a minimum revenue and a limit."),
    U("rewrite that with the SQLAlchemy 2.0 select() API using our Customer/Order models, same result shape"),
))

# 66 python equivalent of bash
EXAMPLES.append(ex(C, '''make a python equivalent of this, needs to run on windows too

```bash
#!/usr/bin/env bash
set -euo pipefail
for f in data/raw/*.csv; do
  base=$(basename "$f" .csv)
  tail -n +2 "$f" | cut -d, -f1,3,7 | sort -u > "data/clean/${base}.csv"
done
echo "done: $(ls data/clean | wc -l) files"
```'''))

# 67 now the frontend part (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "add an endpoint GET /api/me/api-keys that lists the user's api keys (prefix, name, created, last used), never the secret"),
    A(Write("/app/src/routes/apiKeys.ts", '''import { Router } from 'express';
import { requireAuth } from '../auth';
import { db } from '../db';

export const apiKeys = Router();

apiKeys.get('/api/me/api-keys', requireAuth, async (req, res) => {
  const keys = await db.apiKey.findMany({
    where: { userId: req.user.id, revokedAt: null },
    select: { id: true, prefix: true, name: true, createdAt: true, lastUsedAt: true },
    orderBy: { createdAt: 'desc' },
  });
  res.json(keys);
});''')),
    U(Res("File created successfully at: /app/src/routes/apiKeys.ts")),
    A("Added `GET /api/me/api-keys` in `src/routes/apiKeys.ts`. It returns id, prefix, name, createdAt and lastUsedAt for the user's non-revoked keys."),
    U("now the frontend part: a settings page section listing them in a table, with a revoke button and a 'create key' modal that shows the secret once"),
))

# 68 implicit: CLI timing per step
EXAMPLES.append(ex(C,
    U(REM(), OPEN("cmd/bootstrap/run.go"), "run the bootstrap against the local env"),
    A(Bash("go run ./cmd/bootstrap --env local", "Run bootstrap locally")),
    U(Res('''→ create buckets
→ apply migrations
→ seed fixtures
→ build search index
✓ done''')),
    A("Bootstrap finished all four steps.",
      Read("cmd/bootstrap/run.go")),
    U(Res(lines('''func run(ctx context.Context, steps []Step) error {
	for _, s := range steps {
		fmt.Printf("→ %s\\n", s.Name)
		if err := s.Fn(ctx); err != nil {
			return fmt.Errorf("%s: %w", s.Name, err)
		}
	}
	fmt.Println("✓ done")
	return nil
}'''))),
    A("`run` prints each step's name, runs it, and stops at the first error."),
    U("would be nice if it told you how long each step took. and the total at the end. the index one takes forever and I never know if it's stuck"),
))

# 69 implicit feature: impersonation (tool loop)
EXAMPLES.append(ex(C,
    U(REM_MD("/repo/CLAUDE.md", """# Conventions
- Rails 7.2, Devise for auth, Pundit for authorization
- Every admin action must write an AuditEvent
- Tests: RSpec request specs, no controller specs"""), "how does the admin user detail page work"),
    A(Read("/repo/app/controllers/admin/users_controller.rb")),
    U(Res(lines('''module Admin
  class UsersController < Admin::BaseController
    def show
      @user = User.find(params[:id])
      authorize @user, policy_class: Admin::UserPolicy
      @recent_orders = @user.orders.order(created_at: :desc).limit(10)
    end
  end
end'''))),
    A("`Admin::UsersController#show` loads the user, authorizes through `Admin::UserPolicy`, and shows their 10 most recent orders."),
    U("support wants to be able to see the app exactly as a given user sees it to debug their issues. and obviously get back to their own account after"),
))

# 70 config file: eslint flat config (tool loop with rejected write)
EXAMPLES.append(ex(C,
    U(REM(), "we're on eslint 9 now, our .eslintrc.json is ignored"),
    A("I'll delete the old config and write an `eslint.config.js`.",
      Bash("git rm .eslintrc.json", "Remove legacy config")),
    U(Err(REJECTED), "keep the old file for now, other branches still need it. just write the new flat config next to it: typescript-eslint strict, react hooks, import order, and ignore dist/ and generated/"),
))
