"""architecture: system/module design, tech choices, trade-offs, migrations, scaling."""
from common import *  # noqa: F401,F403

C = "architecture"

# 1 file getting huge, implicit
ex(C, UB(REM(), OPEN("src/shop/utils.py"),
         "utils.py is 3400 lines now and half the imports in the project point at it. this can't go on"))

# 2 tech choice with numbers
ex(C, UB(REM('2026-11-26'), OPEN('services/feed/store.go'), "postgres or dynamo for the activity feed? ~5k writes/s peak, reads are always 'latest 50 for user X', we're on aws already"))

# 3 monorepo?
ex(C, UB(REM('2026-11-20'), REM_TODO(), "monorepo or not? 4 devs, 3 services (go api, next.js web, python ml thing), shared protobufs"))

# 4 folder structure for next.js
ex(C, UB(REM('2026-11-26'), "how would you lay out the folders for a new next.js app router project that'll have a public marketing site, a logged-in app and an admin area? don't want to end up with a 200-file components/ again"))

# 5 kafka vs sqs (shift from understanding)
ex(C,
   U("whats the actual difference between sqs standard and fifo queues, besides ordering"),
   A("Standard queues give at-least-once delivery with best-effort ordering and nearly unlimited throughput. FIFO queues give exactly-once processing within a deduplication window and strict ordering per message group, but throughput is capped (300 msg/s per API action, or 3,000 with batching, higher with high-throughput mode), and a slow message blocks its group."),
   U("kafka vs sqs for our order events. 3 consumers today (billing, email, analytics), maybe 10 next year. ~200 events/s. small team, nobody has run kafka"))

# 6 multi-tenancy
ex(C, UB(REM('2026-11-23'), OPEN('app/models/organization.rb'), "we need multi-tenancy for B2B. schema-per-tenant, db-per-tenant or tenant_id column everywhere? ~300 tenants, a few big ones that want data isolation in the contract"))

# 7 god class pasted
ex(C, U("""this class does everything. how would you split it? not asking for code yet, just the shape

class OrderManager:
    def create_order(self, cart, user): ...
    def apply_coupon(self, order, code): ...
    def calculate_tax(self, order): ...
    def charge_card(self, order, card): ...
    def refund(self, order, amount): ...
    def reserve_inventory(self, order): ...
    def release_inventory(self, order): ...
    def send_confirmation_email(self, order): ...
    def send_shipping_email(self, order, tracking): ...
    def create_shipment(self, order): ...
    def sync_to_erp(self, order): ...
    def export_csv(self, orders): ...
    def nightly_report(self): ..."""))

# 8 REST or gRPC, follow-up pushback
ex(C,
   U("REST or gRPC between our go services? all internal, k8s, ~15 services"),
   A("For internal Go-to-Go traffic I'd lean gRPC: typed contracts from the .proto files, generated clients, streaming, and HTTP/2 multiplexing. The costs are tooling (buf, codegen in CI), harder debugging with curl, and L7 load balancing in k8s needing a mesh or client-side balancing."),
   U("the data science people call some of these from notebooks though and they will riot if they have to deal with protobuf. does that change your answer"))

# 9 Spanish Flutter modules
ex(C,
   UB(REM("2026-11-26"), "¿cuántos archivos dart hay en lib/ y cómo están organizados?"),
   *step(None,
         bash("find lib -name '*.dart' | wc -l && ls lib | head -30", "412\napi_client.dart\napp.dart\ncart_page.dart\ncart_provider.dart\ncheckout_page.dart\ncolors.dart\nhome_page.dart\nlogin_page.dart\nmain.dart\norder_model.dart\nproduct_card.dart\nproduct_model.dart\nproduct_provider.dart\nprofile_page.dart\nroutes.dart\nutils.dart\n...", "Count and list dart files")),
   A("Hay 412 archivos `.dart`, todos directamente en `lib/`, sin subcarpetas: páginas, modelos, providers y widgets mezclados, con nombres por sufijo (`_page`, `_provider`, `_model`)."),
   UB("¿cómo organizarías los módulos en una app de Flutter que va a crecer mucho? ahora está todo en lib/ plano. ¿por feature o por capa? usamos Riverpod"))

# 10 auth its own service?
ex(C, UB(REM('2026-11-26'), "should auth be its own service or stay in the monolith? we're splitting out billing next quarter and someone said auth should go first"))

# 11 zero downtime db migration strategy
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('src/db/mongo.ts'), "we have to move from mongo to postgres without downtime. ~40 collections, 2TB, app is node. what's the plan, dual writes? CDC? how do we cut over"))

# 12 scaling plan
ex(C, UB(REM('2026-11-17'), "marketing says we go from ~1k to ~100k daily users after the launch in 6 weeks. single django box + one pg instance + celery on the same box today. where does this break first and what do we do in what order"))

# 13 API design: bulk updates
ex(C, UB(REM('2026-11-26'), OPEN('api/routes/items.py'), "how should bulk updates look in our REST api? PATCH /items with an array? POST /items:batchUpdate? async job with a status url? up to 10k items at once, partial failures are normal"))

# 14 data model product variants
ex(C,
   U('EU users see USD prices on the product page, the price column is USD only'),
   A("Right: `products.price` is a single USD amount and the page only formats it with the visitor's locale, it never converts or looks up a regional price. So an EU visitor sees `1.299,00 $`."),
   U("how do I model products with variants (size/color) and per-region prices + per-region availability? postgres. currently price is a column on products and it's falling apart"))

# 15 German event sourcing overkill
ex(C, U("Event Sourcing für unser Buchhaltungsmodul – sinnvoll oder Overkill? Wir brauchen Audit-Trail und Storno, aber das Team hat null Erfahrung damit."))

# 16 Chinese microservices split
ex(C, U("我们现在是单体应用，准备拆微服务。用户和订单应该拆成两个服务吗？订单里经常要查用户信息，拆了会不会调用太频繁"))

# 17 Japanese state management
ex(C, U("状態管理、ReduxとZustandとTanStack Queryの組み合わせ、どれにすべき？画面は30くらいで、サーバーデータがほとんど"))

# 18 where should validation live
ex(C, UB(REM('2026-11-26'), OPEN('src/Orders/OrdersController.cs'), "where should validation live, in the controllers, the service layer or the domain objects? right now it's in all three and they disagree"))

# 19 shift: after debugging a db-queue deadlock -> architecture
ex(C,
   U("""jobs table deadlocks again in prod

ERROR:  deadlock detected
DETAIL:  Process 2281 waits for ShareLock on transaction 99120; blocked by process 2290.
Process 2290 waits for ShareLock on transaction 99118; blocked by process 2281.
CONTEXT:  while updating tuple (12,7) in relation "jobs"
STATEMENT:  UPDATE jobs SET status='running', worker=$1 WHERE id IN (SELECT id FROM jobs WHERE status='queued' ORDER BY priority DESC LIMIT 10)"""),
   A("Two workers select overlapping job sets and then lock rows in different orders. Add `FOR UPDATE SKIP LOCKED` to the subquery so each worker only claims rows nobody else holds:\n\n```sql\nUPDATE jobs SET status='running', worker=$1\nWHERE id IN (SELECT id FROM jobs WHERE status='queued' ORDER BY priority DESC LIMIT 10 FOR UPDATE SKIP LOCKED)\n```"),
   U("deployed, no deadlocks since. but honestly this is the 3rd queue problem this year. should we stop using postgres as a queue? what would you move to and is it worth it at ~50 jobs/s"))

# 20 cache invalidation strategy
ex(C, UB(REM('2026-11-22'), "cache invalidation for product pages: cloudfront in front, redis in the app, products change maybe 50 times a day but prices update in bulk at night. how would you set it up so we stop serving stale prices"))

# 21 API versioning for mobile
ex(C,
   U('changelog entry for removing `legacy_id` from the /users response'),
   A('```md\n### Removed\n- `legacy_id` is no longer included in `GET /users` and `GET /users/{id}` responses. Use `id` instead; it has been the canonical identifier since v2.3.\n```'),
   U("how do we version the api without breaking old mobile clients? people don't update the app for months. url versioning, headers, something else?"))

# 22 terraform layout for envs/regions
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('terraform/main.tf'), "how would you structure terraform for 3 envs (dev/stage/prod) × 2 regions? workspaces, separate dirs, terragrunt? state is in s3 today, everything's in one root module and plan takes 9 minutes"))

# 23 k8s: cluster per env?
ex(C, UB(REM('2026-11-26'), "one k8s cluster per env or one cluster with namespaces? 6 engineers, EKS, cost matters but prod can't get noisy-neighboured by a load test in staging"))

# 24 CI for monorepo
ex(C, UB(REM('2026-11-25'), OPEN('.github/workflows/ci.yml'), "our monorepo CI builds and tests everything on every PR, 35 min. how should the pipeline be laid out so only affected packages build? pnpm workspaces + a couple go modules"))

# 25 shift: debugging -> design of slow work
ex(C,
   U("export to pdf returns 504 after exactly 30s, works locally"),
   A("Locally nothing sits in front of the app; in prod the request goes through the ingress. A 504 at exactly 30s matches the `nginx.ingress.kubernetes.io/proxy-read-timeout: \"30\"` annotation on your ingress, and large reports take 20 to 40s to render, so they get cut off."),
   U("I could bump the timeout but that feels wrong, some reports will take 2 min next year. do it async with a job + polling? websockets? email the link? what's least painful for a small team"))

# 26 Rust: trait objects vs generics
ex(C, UB(REM('2026-11-26'), OPEN('src/storage/mod.rs'), """for the storage backend: trait objects or generics? we'll have s3, gcs, local fs, picked from config at startup

pub trait Blob {
    async fn put(&self, key: &str, data: Bytes) -> Result<()>;
    async fn get(&self, key: &str) -> Result<Bytes>;
}

pub struct Server<B: Blob> { blob: B, /* ... */ }"""))

# 27 state machine?
ex(C, UB(REM('2026-11-21'), OPEN('orders/views.py'), """should order status be a proper state machine? this is getting out of hand

if order.status == "paid" and not order.shipped_at and req.action == "cancel":
    ...
elif order.status in ("paid", "packed") and req.action == "ship":
    ...
elif order.status == "shipped" and req.action == "cancel" and user.is_admin:
    ...
elif order.status == "cancelled" and req.action == "refund" and order.refunded_at is None:
    ...
# 14 more of these"""))

# 28 French: split Rails monolith
ex(C,
   UB(REM("2026-11-22"), REM_TODO(), "donne-moi une idée de la taille du monolithe"),
   *step(None,
         bash("ls app/models | wc -l; cloc app lib --quiet | tail -4; grep -rl 'Invoice\\|Billing' app | wc -l", "403\n-------------------------------------------------------------------------------\nRuby                          2841          41877          19022         212455\n-------------------------------------------------------------------------------\n187", "Measure the monolith")),
   A("403 modèles, environ 212 000 lignes de Ruby dans `app/` et `lib/`, et 187 fichiers qui mentionnent `Invoice` ou `Billing`, donc la facturation est très couplée au reste."),
   UB("comment découper notre monolithe Rails sans tout casser ? 9 ans de code, 400 modèles, une seule base. on voudrait sortir la facturation en premier"))

# 29 Portuguese CQRS
ex(C, U("vale a pena usar CQRS num sistema que é basicamente um CRUD com alguns relatórios pesados? o time tá empolgado mas eu tô com medo da complexidade"))

# 30 Korean websocket vs SSE
ex(C, U("알림 기능 만들려는데 웹소켓이랑 SSE 중에 뭐가 나아? 서버 → 클라 단방향이고, 로드밸런서는 ALB야"))

# 31 Russian file storage
ex(C, U("как лучше хранить файлы пользователей: в S3 или прямо в Postgres (bytea)? файлы до 20 МБ, около 2 млн штук, нужен контроль доступа"))

# 32 Polish RBAC vs ABAC
ex(C, U("jak zaprojektować system uprawnień? RBAC czy ABAC? mamy organizacje, projekty w nich i klienci chcą własne role"))

# 33 Turkish BFF
ex(C, U("mobil uygulama için ayrı bir backend-for-frontend katmanı mantıklı mı, yoksa mevcut REST API'yi mi genişletelim? web ve mobil farklı veri ihtiyacı var"))

# 34 Hinglish chat app backend
ex(C, U("bhai ek chat app banana hai (1:1 + groups, read receipts), backend ka structure kaisa rakhu? node hai team ke paas. db kaunsa, websockets kaise scale honge"))

# 35 Italian event tables
ex(C, U("meglio un'unica tabella eventi con un campo JSON o una tabella per tipo di evento? circa 40 tipi, query analitiche soprattutto per tipo"))

# 36 Dutch feature flags build vs buy
ex(C, U("moeten we feature flags zelf bouwen of gewoon LaunchDarkly/Unleash nemen? we hebben nu een tabel met booleans en dat wordt een zooi"))

# 37 Vietnamese monolith vs microservices
ex(C, U("startup 3 người, sản phẩm mới, nên dùng monolith hay microservices ngay từ đầu? có người trong team muốn chia service luôn"))

# 38 hexagonal for small service
ex(C, UB(REM('2026-11-26'), "is hexagonal/ports and adapters worth it for a ~2k line service that talks to one db and one queue? or just controllers/services/repos"))

# 39 long compose paste: cut it in half
ex(C, U("""this is our whole local/prod-ish stack. if you had to cut it in half what goes and what merges?

services:
  gateway:        { image: kong:3.4, depends_on: [auth, users, orders, catalog] }
  auth:           { build: ./auth, depends_on: [auth-db, redis] }
  auth-db:        { image: postgres:15 }
  users:          { build: ./users, depends_on: [users-db, kafka] }
  users-db:       { image: postgres:15 }
  orders:         { build: ./orders, depends_on: [orders-db, kafka, catalog] }
  orders-db:      { image: postgres:15 }
  catalog:        { build: ./catalog, depends_on: [catalog-db, elasticsearch] }
  catalog-db:     { image: mongo:6 }
  search-indexer: { build: ./indexer, depends_on: [kafka, elasticsearch] }
  elasticsearch:  { image: elasticsearch:8.11.0 }
  notifications:  { build: ./notifications, depends_on: [kafka, redis] }
  reports:        { build: ./reports, depends_on: [orders-db, users-db] }
  kafka:          { image: bitnami/kafka:3.6 }
  zookeeper:      { image: bitnami/zookeeper:3.9 }
  redis:          { image: redis:7 }

team is 5 people. traffic is ~30 rps peak."""))

# 40 idempotency design
ex(C, UB(REM('2026-11-26'), OPEN('src/payments/webhooks.ts'), "how should we design idempotency for the payment webhooks + our own POST /payments? keys, storage, how long to keep them, what to return on a replay"))

# 41 dashboard calls 9 endpoints
ex(C,
   U('why does the dashboard fire the same /me request 3 times on load'),
   A('Three components (`Header`, `Sidebar`, `UsageCard`) each call `useMe()`, and the hook does a plain `fetch` in `useEffect` with no shared cache. Moving it to react-query (or a context) dedupes them into one request.'),
   U("the dashboard calls 9 endpoints on load and the waterfall is awful on mobile. BFF, graphql, a fat /dashboard endpoint? what would you do"))

# 42 shared types between api and web
ex(C, UB(REM('2026-11-19'), OPEN('apps/web/src/api/types.ts'), "where do I put types shared between the express api and the react app? we copy-paste them now. separate package? generate from openapi? trpc?"))

# 43 plugin system for CLI
ex(C, UB(REM('2026-11-26'), OPEN('acme_cli/main.py'), "we want third parties to write plugins for our python CLI. entry points, a plugins dir, subprocess protocol? how would you approach it so a bad plugin can't take down the whole thing"))

# 44 library or service
ex(C,
   U("what does calculate_price actually do, it's 600 lines"),
   A('In order: it loads the base list price, applies customer-specific contract prices if any, then volume tiers, then active promotions (best single promo wins, except stackable ones), then rounding rules per currency, and finally tax if `include_tax` is set. About half the length is special cases for three legacy customers.'),
   U("the pricing logic is used by checkout, the admin tool and the partner api. make it a library everyone imports or a pricing service?"))

# 45 outbox vs publish after commit
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('app/events/publisher.py'), "outbox pattern or just publish to rabbit right after the db commit? we lose maybe 1 event a week today when the pod dies between the two"))

# 46 sqlite in prod
ex(C,
   U('how does litestream work, roughly'),
   A("It runs next to your app, takes over SQLite's WAL checkpointing and continuously copies new WAL pages to S3 (or similar), plus periodic snapshots. Restoring means downloading the latest snapshot and replaying the WAL segments after it, so you lose at most the last second or so."),
   U("is it crazy to use sqlite in prod for an internal tool? ~50 users, single VM, litestream for backups"))

# 47 booking tables
ex(C, UB(REM('2026-11-24'), "how would you lay out the tables for a room booking system where reservations can't overlap? postgres, rooms belong to buildings, bookings can be recurring"))

# 48 search tech choice
ex(C,
   U("our search with LIKE '%term%' takes 3s now"),
   A("A leading wildcard can't use a btree index, so Postgres scans every row. A `pg_trgm` GIN index on the column (`CREATE INDEX ... USING gin (title gin_trgm_ops)`) makes `LIKE '%term%'` and `ILIKE` indexable."),
   U("search: elastic, meilisearch or just postgres full text? 2M docs, need typo tolerance and facets, 3 devs, nobody wants to babysit a cluster"))

# 49 tool loop exploring repo, then restructure question
ex(C,
   UB(REM_MD("/Users/rk/acme/CLAUDE.md", "Monorepo. Go services in services/, shared code in pkg/. Use `task test` to run tests."),
      "look around services/ and tell me what's there"),
   *step("I'll list the services and skim their entry points.",
         glob("services/*/main.go", "services/api/main.go\nservices/billing/main.go\nservices/billing-worker/main.go\nservices/notifier/main.go\nservices/scheduler/main.go\nservices/webhooks/main.go"),
         bash("for d in services/*; do echo \"== $d\"; ls $d; done", "== services/api\nhandlers  main.go  models  db\n== services/billing\nmain.go  stripe.go  models  db\n== services/billing-worker\nmain.go  jobs.go  models\n== services/notifier\nmain.go  email.go  sms.go\n== services/scheduler\nmain.go  cron.go\n== services/webhooks\nmain.go  stripe.go  github.go", "List service dirs")),
   A("Six services. Notable overlaps: `billing` and `webhooks` both have a `stripe.go`; `api`, `billing` and `billing-worker` each have their own `models` package; `scheduler` only has a cron file that, from a grep, just enqueues billing jobs."),
   UB("ok given all that, how would you restructure this? I feel like we have 6 services for what should be 3"))

# 50 shift: generation -> design doubt
ex(C,
   U("base class for payment providers: charge/refund/capture, python"),
   A("```python\nclass PaymentProvider(ABC):\n    @abstractmethod\n    def charge(self, amount: Money, source: str, idempotency_key: str) -> Charge: ...\n    @abstractmethod\n    def refund(self, charge_id: str, amount: Money | None = None) -> Refund: ...\n    @abstractmethod\n    def capture(self, charge_id: str) -> Charge: ...\n```\nThen `StripeProvider(PaymentProvider)` etc."),
   U("hmm before we go further, is a class hierarchy even the right shape? klarna doesn't have capture, paypal needs a redirect step, apple pay is a token thing. feels like it'll get messy"))

# 51 sessions vs JWT, after a codegen turn
ex(C,
   U("login endpoint for express that checks the bcrypt hash and returns a jwt"),
   A("```js\nrouter.post('/login', async (req, res) => {\n  const user = await db.user.findUnique({ where: { email: req.body.email } });\n  if (!user || !(await bcrypt.compare(req.body.password, user.passwordHash))) {\n    return res.status(401).json({ error: 'invalid_credentials' });\n  }\n  const token = jwt.sign({ sub: user.id }, process.env.JWT_SECRET, { expiresIn: '15m' });\n  res.json({ token });\n});\n```"),
   U("hmm wait, should this even be a jwt? sessions vs JWT for our app? web (same domain) + ios/android, we need to be able to log people out of all devices"))

# 52 lambda limit
ex(C,
   U('lambda logs say `Task timed out after 900.10 seconds` for long videos'),
   A("900 seconds is Lambda's hard maximum (15 minutes); raising the configured timeout can't go beyond it. For videos above roughly 40 minutes the transcode simply doesn't fit in one invocation."),
   U("our video transcode lambda keeps hitting the 15 min limit on long uploads. what do we move it to? fargate tasks, batch, mediaconvert, ec2 spot with a queue?"))

# 53 angularjs -> react incremental
ex(C,
   UB(REM("2026-11-19"), "how big is the angularjs part still"),
   *step(None, bash("grep -rl 'angular.module' src | wc -l; grep -rho \"\\.controller('[A-Za-z]*\" src | wc -l; grep -rho \"\\.directive('[A-Za-z]*\" src | wc -l", "96\n148\n61", "Count angularjs modules, controllers, directives")),
   A("Still sizable: 96 files register AngularJS modules, with 148 controllers and 61 directives."),
   UB("migrating a big angularjs 1.x app to react incrementally. strategy? strangler with routes, micro frontends, react inside angular directives?"))

# 54 error flow across layers (code pasted)
ex(C, UB(REM('2026-11-26'), OPEN('internal/users/handler.go'), """how should errors flow across layers in this go service? right now repos return sql errors, services wrap some of them and handlers string-match

// repo
if errors.Is(err, sql.ErrNoRows) { return nil, err }
// service
u, err := s.repo.Get(ctx, id)
if err != nil { return nil, fmt.Errorf("get user: %w", err) }
// handler
if strings.Contains(err.Error(), "no rows") { w.WriteHeader(404); return }"""))

# 55 event naming convention
ex(C,
   U('emit an event when an invoice is paid, we have the EventBus class'),
   A('```python\nbus.publish("InvoicePaid", {"invoice_id": inv.id, "amount_cents": inv.total_cents, "paid_at": now().isoformat()})\n```\nCall it after the transaction commits.'),
   U("we need a naming convention for domain events before we have 200 of them. past tense? namespaced like billing.invoice.paid? versioned? what goes in the envelope vs payload"))

# 56 repo per microservice pain
ex(C, UB(REM('2026-11-26'), "one repo per microservice is killing us, every change touches 4 repos and 4 PRs. consolidate? and if so how do we keep independent deploys"))

# 57 ledger schema
ex(C,
   U('numeric or integer cents for money in postgres?'),
   A('Integer minor units (`bigint` cents) if every currency you handle has a fixed number of decimals and you never need fractions of a cent. `numeric` if you do (FX conversion results, per-unit pricing like 0.0004 per API call). Never `float`.'),
   U("designing the schema for a multi-currency ledger (double entry). accounts, journal entries, fx. how do you store amounts and rates so reports don't drift"))

# 58 mobile -> firebase directly?
ex(C,
   U('firestore rules so users can only read and write their own docs in /users/{uid}'),
   A("```\nrules_version = '2';\nservice cloud.firestore {\n  match /databases/{db}/documents {\n    match /users/{uid} {\n      allow read, write: if request.auth != null && request.auth.uid == uid;\n    }\n  }\n}\n```"),
   U("should the mobile app talk to firestore directly or everything through our own api? we're 2 devs and want to move fast but there's billing logic"))

# 59 graphql federation
ex(C,
   U('what is apollo federation in 2 sentences'),
   A('Federation lets several GraphQL services (subgraphs) each own part of one schema, and a router composes them into a single supergraph that clients query. Types can be extended across subgraphs using shared keys, so the router plans and stitches the sub-requests for you.'),
   U("graphql federation worth it for 3 teams with 3 subgraphs? or one graphql server that calls REST services behind it"))

# 60 rate limiting placement
ex(C,
   U('kong rate limiting plugin config for 100 req/min per consumer'),
   A('```yaml\nplugins:\n  - name: rate-limiting\n    config:\n      minute: 100\n      limit_by: consumer\n      policy: redis\n      redis_host: redis\n```'),
   U("rate limiting: at the gateway (kong) or in each service? we need per-customer limits based on their plan, which only the billing service knows"))

# 61 after debugging a slow query -> scaling plan
ex(C,
   U("dashboard query takes 4s, explain says seq scan on events (40M rows) filtering by account_id and created_at"),
   A("Add a composite index matching the filter and sort: `CREATE INDEX CONCURRENTLY idx_events_account_created ON events (account_id, created_at DESC);`. It should turn the seq scan into an index range scan."),
   U("index helped, 4s -> 80ms. bigger problem stays though: primary pg is at 80% cpu during the day, reads are ~90% of queries. read replicas first or caching first? team of 4, rails"))

# 62 background jobs won't scale past one box
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('app/jobs.py'), """this is how we run background jobs right now. it won't scale past one box. what are our options?

# app/jobs.py
import threading, queue
_q = queue.Queue()
def enqueue(fn, *args): _q.put((fn, args))
def _worker():
    while True:
        fn, args = _q.get()
        try: fn(*args)
        except Exception: log.exception("job failed")
for _ in range(4):
    threading.Thread(target=_worker, daemon=True).start()"""))

# 63 shift: codegen -> packaging structure
ex(C,
   U("add a click command `dedupe` that runs dedupe_records on a csv file"),
   A("```python\n@click.command()\n@click.argument('path', type=click.Path(exists=True))\n@click.option('--out', '-o', type=click.Path(), default='-')\ndef dedupe(path, out):\n    rows = load_csv(path)\n    write_csv(dedupe_records(rows), out)\n```"),
   U("ok but stepping back, how to structure a python package that's both a library and a CLI? don't want `import mylib` to pull in click and rich"))

# 64 god store, IDE opened file
ex(C, UB(REM_MD("/Users/kim/dash/CLAUDE.md", "- React 18 + Redux Toolkit, state in web/src/store\n- prefer RTK Query for server data\n- `pnpm test` must pass", "2026-11-18"), OPEN("web/src/store/index.ts"),
         "this store is a god object now, 1800 lines, auth + cart + ui + websocket state all mixed. how would you break it up"))

# 65 DI in go, after a review remark
ex(C,
   U("reviewer said our main.go is 'unmaintainable'. it's 420 lines of constructing stuff and passing it around. is that actually bad"),
   A("Not inherently: explicit wiring in `main` is idiomatic Go and easy to follow. It becomes a problem when the construction order is fragile, when tests copy big chunks of it, or when several binaries rebuild the same graph slightly differently."),
   U("we have 5 binaries sharing most of it. so: dependency injection in go: wire, fx, or just pass stuff manually in main? ~40 components"))

# 66 i18n across channels
ex(C,
   UB(REM("2026-11-26"), "where do we have user-facing strings right now? web, emails, push"),
   *step(None,
         grep("t\\(['\"]", "web/src: 1,284 matches in 211 files", path="web/src", mode="count"),
         bash("ls backend/templates/emails | head; grep -rn 'send_push(' backend | head -5", "invoice_paid.de.html\ninvoice_paid.en.html\nwelcome.html\npassword_reset.html\nbackend/notify/push.py:14:    send_push(user, \"Your order has shipped!\")\nbackend/notify/push.py:22:    send_push(user, \"Payment failed, please update your card\")", "Find email templates and push strings")),
   A("Web uses i18next with `t('...')` in 211 files. Emails are Jinja templates, some duplicated per language (`invoice_paid.de.html`), others with inline `if lang == ...`. Push notification texts are hardcoded English strings in `backend/notify/push.py`."),
   UB("how should we do i18n for emails + web + push notifications in one place? right now web uses i18next json, emails are jinja templates with if/else per language, push strings are hardcoded in the backend"))

# 67 multi-region active-active realistic?
ex(C,
   U('status page update for the us-east-1 outage, we were down ~3h, all good now'),
   A("**Resolved:** Between 14:10 and 17:05 UTC our service was unavailable due to an outage at our cloud provider's us-east-1 region. Service is fully restored and no data was lost. We're reviewing how to reduce our dependency on a single region and will share a full report within 5 business days."),
   U("CEO wants multi-region active-active after the us-east-1 outage. we're a rails + pg app. realistic or is active-passive with fast failover the sane answer"))

# 68 webhook subscription system API design
ex(C,
   U('how do stripe webhook signatures work'),
   A("Stripe sends a `Stripe-Signature` header containing a timestamp and an HMAC-SHA256 of `timestamp.payload` using your endpoint's secret. You recompute the HMAC, compare in constant time, and reject timestamps older than a tolerance (5 min by default) to stop replays."),
   U("design the API for letting customers subscribe to webhooks: subscribe/unsubscribe, event filters, retries with backoff, signing, a way to replay. just the API surface + what we store"))

# 69 ML service boundary
ex(C, UB(REM('2026-11-22'), OPEN('web/views/recommendations.py'), "where should the boundary between the ML service and the main app be? right now the django app imports the model code directly and loads a 2GB model in every web worker"))

# 70 long debugging session ends with "maybe split reads/writes?"
ex(C,
   UB(REM(), OPEN("app/services/inventory.py"), "inventory counts are wrong after the flash sale"),
   *step("Let me look at how stock is decremented.",
         read("/srv/shop/app/services/inventory.py",
              "def reserve(sku: str, qty: int) -> bool:\n    item = Inventory.objects.get(sku=sku)\n    if item.available < qty:\n        return False\n    item.available -= qty\n    item.save()\n    return True")),
   *step("Classic lost update: two requests read `available=5`, both subtract and save. Use an atomic conditional update:\n\n```python\nupdated = Inventory.objects.filter(sku=sku, available__gte=qty).update(available=F('available') - qty)\nreturn updated == 1\n```", edit("/srv/shop/app/services/inventory.py",
                    "    item = Inventory.objects.get(sku=sku)\n    if item.available < qty:\n        return False\n    item.available -= qty\n    item.save()\n    return True",
                    "    updated = Inventory.objects.filter(sku=sku, available__gte=qty).update(available=F(\"available\") - qty)\n    return updated == 1")),
   A("Updated `reserve` to the atomic version."),
   UB("thx. bigger question though: inventory is read by like 6 things (storefront, search, feeds, admin) and written by checkout + warehouse sync. should reads and writes be split, like a separate read model that the storefront hits? or is that overkill for us"))
