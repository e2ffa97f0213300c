from common import R, U, A, CC, t, opened, sel, tu, tr

C = "architecture"

EXAMPLES = [
R(C, CC(opened("core/__init__.py"), "everything imports everything in the `core` package now. circular import errors get 'fixed' by moving imports inside functions. how do I get out of this")),

R(C, U("write a migration that creates an audit_log table partitioned by month in postgres"), A("```sql\nCREATE TABLE audit_log (\n  id bigserial, tenant_id bigint NOT NULL, at timestamptz NOT NULL, action text, payload jsonb,\n  PRIMARY KEY (tenant_id, at, id)\n) PARTITION BY RANGE (at);\n```"), CC("postgres or dynamo for the new audit log thing? ~5k writes/s, reads are rare and always by tenant+time range, retention 2 years")),

R(C, CC(opened("payments/charge.py"), """we have this and it's getting out of hand. every new payment provider means touching 6 files

def charge(provider, amount, card):
    if provider == "stripe":
        ...
    elif provider == "adyen":
        ...
    elif provider == "mollie":
        ...

how should this be structured so adding provider #7 isn't a nightmare""")),

R(C, CC(opened("src/server/index.ts"), "monolith's at ~180k lines of TS, deploys take 25 min and 4 teams step on each other. do we split into services or is a modular monolith enough? what would the first step be")),

R(C, U("what does `paranoia` gem do"), A("It implements soft deletes for ActiveRecord: `destroy` sets `deleted_at` instead of deleting, and a default scope hides soft-deleted rows."), CC("soft delete with deleted_at vs moving rows to an archive table, for a multi-tenant saas where GDPR erasure requests are a thing")),

R(C, U("""Wie würdet ihr die Berechtigungen modellieren? Wir haben Organisationen, Projekte darin, und Nutzer können pro Projekt Rollen haben, aber Org-Admins sehen alles. Aktuell ist das ein `role`-String auf der User-Tabelle und das reicht nicht mehr""")),

R(C,
  U("why is our celery queue backing up every monday morning"),
  A("Monday morning spikes usually come from weekly scheduled tasks all firing at once plus the weekend backlog. Check celery beat for jobs scheduled at Monday 00:00–08:00 and whether long reports share a queue with latency-sensitive tasks."),
  U("yeah it's the weekly reports sharing the default queue with password-reset emails. found it. Bigger question though: should we even be on celery for this in 2026 or move to something like temporal / a proper workflow engine? reports are multi-step and fail halfway a lot"),
),

R(C, U("REST vs gRPC for service-to-service inside our cluster. 9 go services, 2 python ones, one team is scared of protobuf")),

R(C, CC(opened("app/controllers/orders_controller.rb"), """I have this in the controller, some in the model, some in a 'helper'. where should the pricing logic live? rails app

class OrdersController < ApplicationController
  def create
    price = params[:qty].to_i * Product.find(params[:product_id]).price
    price *= 0.9 if current_user.vip?
    price -= Coupon.find_by(code: params[:coupon])&.amount.to_i
    @order = Order.create!(user: current_user, total: price)
  end
end""")),

R(C, CC("how should I structure a Go project with an http api, a worker and a cli that share the domain code? cmd/ internal/ pkg/ confuses me")),

R(C, U("we need multi-region. currently single region on aws, postgres rds, redis, s3. users in EU and US. where do we even start, what are the options for the db")),

R(C, CC("<ide_selection>The user selected the lines 1 to 18 from src/events/types.ts:\nexport type Event =\n  | { type: 'user.created'; user: User }\n  | { type: 'user.updated'; user: User; changed: string[] }\n  | { type: 'order.placed'; order: Order }\n  | { type: 'order.refunded'; orderId: string; amount: number }\n\nThis may or may not be related to the current task.</ide_selection>",
        "we want to publish these to other teams via kafka. do we keep one topic with this union or topic per event type? and how do we version the payloads without breaking consumers")),

R(C, U("explain event sourcing in 3 sentences"), A("Instead of storing current state, you store the sequence of events that changed it. Current state is derived by replaying events (or from projections built from them). It gives a full audit history and lets you rebuild read models."), CC("event sourcing for the ledger: yes or overkill? 3 devs, fintech, regulators want full history")),

R(C, U("""Estamos pensando en migrar de MongoDB a Postgres. Tenemos 400GB, el esquema es bastante relacional en realidad (usamos $lookup por todos lados). ¿Cómo planearíais la migración sin downtime?""")),

R(C, U("should the mobile app talk to our 6 microservices directly or should we put a BFF in front? the app team wants fewer round trips")),

R(C,
  CC("read the README and docker-compose to get a sense of the project"),
  A(t("Reading both."), tu("01Ar1", "Read", {"file_path": "README.md"}), tu("01Ar2", "Read", {"file_path": "docker-compose.yml"})),
  U(tr("01Ar1", "# Shopline\nMonolithic Django app: storefront, admin, order processing, email. Celery for async. Postgres + Redis.\n"),
    tr("01Ar2", "services:\n  web: {build: ., command: gunicorn shopline.wsgi}\n  worker: {build: ., command: celery -A shopline worker}\n  beat: {build: ., command: celery -A shopline beat}\n  db: {image: postgres:16}\n  redis: {image: redis:7}\n")),
  A("It's a single Django monolith (storefront, admin, orders, email) with Celery workers and beat, backed by Postgres and Redis, all run from the same image."),
  U("right. we're about to add a public API for partners with its own rate limits and SLAs. separate service or inside the monolith? what would you do"),
),

R(C, U("redis as the primary store for shopping carts: good idea or will it bite us? ~2M active carts, carts must survive restarts")),

R(C, CC(opened("src/store/index.ts"), "In our React app, state is: some in redux, some in react-query, some in context, some in URL params. New devs don't know where to put things. What's a sane rule set?")),

R(C, CC("what's the right way to do idempotency for our public POST endpoints? thinking Idempotency-Key header, but where do we store keys, how long, and what about concurrent requests with the same key")),

R(C, CC(opened("db/schema.sql"), """I'm designing the schema for a booking system (rooms, time slots, no double bookings). Thinking:

bookings(id, room_id, starts_at, ends_at, user_id)

is that enough, how do I enforce no overlaps in the db rather than in app code, and how do recurring bookings fit""")),

R(C, U("our design system npm package publish fails with E403"), A("E403 on publish usually means the token lacks publish rights on the scope or the version already exists. Check `npm whoami` and the package's access settings."), CC("monorepo or polyrepo for 3 frontends + shared design system + 4 backend services? currently 8 repos and version bumps of the design system are hell")),

R(C,
  U("write a function to compute shipping cost from weight and zone"),
  A("""```python
RATES = {"domestic": 4.5, "eu": 9.0, "world": 18.0}
def shipping_cost(weight_kg: float, zone: str) -> float:
    base = RATES[zone]
    return round(base + max(0, weight_kg - 1) * base * 0.4, 2)
```"""),
  U("thanks. now, carriers are going to differ per country and change their rates every quarter, and marketing wants free shipping promos. how should the whole shipping pricing piece be designed so we're not redeploying for every rate change"),
),

R(C, CC(opened("services/orders/client/inventory.go"), "sync HTTP calls between order service and inventory service keep causing cascading failures. move to events? saga? outbox? what's the shape of the solution")),

R(C, U("我们准备把单体应用里的用户模块拆出来做成独立服务，数据库也要拆。用户表被二十几个表外键引用，这种情况一般怎么拆比较稳？")),

R(C, CC(opened("cli/main.py"), """is a plugin system worth it for our CLI? right now commands are registered like this and people want to add their own internal commands without forking

COMMANDS = {"init": cmd_init, "deploy": cmd_deploy, "logs": cmd_logs}""")),

R(C, U("Where should authz checks live in a hexagonal architecture — in the domain, the application service, or the HTTP adapter? we're doing Kotlin + Spring")),

R(C, CC("caching strategy for product pages: 200k products, prices change a few times a day, stock changes constantly. CDN, redis, both? how do we invalidate")),

R(C, U("""nossa API de relatórios faz queries pesadas direto no banco de produção e às vezes derruba tudo. réplica de leitura, data warehouse, ou materialized views? qual caminho faz sentido pra um time pequeno""")),

R(C, CC(opened("services/notifications/README.md"), "notifications service sends email, sms, push. each channel is a different vendor. how do i design it so a vendor outage doesn't block the others and we can swap vendors")),

R(C, U("for a new internal tool: Next.js full stack, or a separate React SPA + FastAPI backend? team knows python better, UI is mostly tables and forms")),

R(C, CC(opened("api/openapi.yaml"), "how do I version our public REST API? URL /v2, header, or date-based like Stripe? we have ~300 external integrators")),

R(C,
  U("our tests take 22 minutes, how can I make them faster"),
  A("First measure: `pytest --durations=30`. Typical wins are running in parallel with pytest-xdist, replacing per-test DB setup with transactions rolled back per test, and moving slow integration tests to a separate stage."),
  U("did all that, down to 9 min. the remaining problem is structural: every test boots the full app with all 40 services wired through a global container. how should we restructure dependency wiring so unit tests don't need the world"),
),

R(C, U("single table design in dynamodb for an app with users, teams, projects, and comments — what would the PK/SK layout look like, and is it worth it vs multiple tables")),

R(C, U("webhooks outbound to customers: how should the delivery system work? retries, ordering, signing, customers' endpoints being down for days")),

R(C, U("""Nous devons choisir entre Kafka et RabbitMQ pour notre système de traitement de commandes. ~500 msg/s, besoin de rejouer les événements en cas de bug. L'équipe connaît mieux RabbitMQ.""")),

R(C, CC(opened("app/utils.py"), "how would you split this 3,000 line `utils.py`? it has date helpers, s3 helpers, pricing math, slack notifications and a bunch of string stuff. every module imports it")),

R(C, U("why is 0.1+0.2 not 0.3 in our postgres float column"), A("Because `double precision` is binary floating point and can't represent 0.1 exactly. Use `numeric` or integer cents for money."), CC("we store money as float in the db (yes I know). what's the migration plan to integer cents / numeric without breaking the 12 services reading that table")),

R(C, CC("""thinking about moving our file processing from a cron on an ec2 box to something serverless. files land in s3, processing takes 30s–20min depending on size. lambda has the 15 min cap. options?""")),

R(C, U("should our SDK be generated from the OpenAPI spec or handwritten? we ship TS, Python and Go clients")),

R(C, CC("""multi-tenancy: schema-per-tenant vs shared tables with tenant_id vs db-per-tenant. 1,500 tenants, a few huge ones, enterprise customers asking for data isolation""")),

R(C,
  CC("grep for where we call the pricing api"),
  A(t("Searching."), tu("01Pa1", "Grep", {"pattern": "pricing_client\\.", "path": "src", "output_mode": "files_with_matches"})),
  U(tr("01Pa1", "src/cart/views.py\nsrc/cart/totals.py\nsrc/checkout/service.py\nsrc/admin/reports.py\nsrc/emails/receipts.py\nsrc/search/indexer.py\nsrc/recommend/ranker.py\nsrc/api/v1/products.py\nsrc/api/v2/products.py")),
  A("The pricing client is called from 9 modules across cart, checkout, admin, emails, search, recommendations and both API versions."),
  U("yeah that's what I feared. pricing service gets hammered and each caller does its own caching (or none). what should the boundary look like here — a shared cached facade, push prices into our own read model, something else?"),
),

R(C, U("for a mobile app offline-first sync: CRDTs, last-write-wins with timestamps, or server-side conflict resolution? notes app, users on 2-3 devices")),

R(C, U("Search: elasticsearch, opensearch, meilisearch or just postgres full text? 5M documents, need typo tolerance and facets, 1 devops person")),

R(C, CC(opened("Cargo.toml"), """Rust workspace layout question. We have a parser, a type checker, an LSP server and a CLI. One crate with modules, or one crate per component? compile times already ~3 min""")),

R(C, CC(opened("app/deps.py"), "I want to stop passing `db` and `logger` and `config` through every function. DI container, context object, module-level globals? python, fastapi")),

R(C, U("""Jak zaprojektować system powiadomień w czasie rzeczywistym dla ~50k jednoczesnych użytkowników? WebSockety, SSE, czy polling? Backend w Node.js, mamy Redis""")),

R(C, CC(opened("catalog/models.py"), """Here's our current data model, pasting so you see the problem. a Product has variants, variants have prices per currency, and now we need per-customer-group pricing + time-bound sale prices. where does that go?

class Product(Base): id, name
class Variant(Base): id, product_id, sku
class Price(Base): id, variant_id, currency, amount""")),

R(C,
  U("how do I run a one-off script against prod db safely"),
  A("Run it as a one-off job in the same environment (k8s Job / ECS task) with the app image, read-only credentials if possible, a dry-run flag, and wrap writes in a transaction you can inspect before commit."),
  U("we do this like 3 times a week now for data fixes. should this become a proper thing — like a data-migration framework in the repo with review and audit? how would you set it up"),
),

R(C, U("team wants to rewrite the python backend in go for performance. p99 is fine, cpu is 30%. I think it's a bad idea. how do I evaluate this properly")),

R(C, U("background jobs in a serverless next.js app on vercel — where do they go? queue? cron? separate worker somewhere?")),

R(C, U("the admin users page takes 8 seconds to load"), A("The query joins 8 tables and sorts on a non-indexed column; an index on `(org_id, created_at)` and removing the `DISTINCT` should help. Want me to show the plan?"), CC("""CQRS for our admin panel? the read queries join 8 tables and are slow, writes are simple. Or is that like using a bazooka""")),

R(C, CC(opened("terraform/environments/prod/main.tf"), "all environments are copy-pasted terraform dirs (dev/stage/prod) and they've drifted. workspaces, terragrunt, or modules + tfvars? want one approach for the next 3 years")),

R(C, U("how should the API look for bulk operations? client needs to update up to 10k items, some may fail validation")),

R(C, U("Should each microservice have its own database even if that means duplicating customer data in 4 places? our architect insists, devs hate it")),

R(C, U("rate limiting for our API gateway: token bucket in redis per key, or use the cloud provider's? we have per-plan limits and burst allowances")),

R(C, U("""बड़ा सवाल: हमारा ऐप अभी एक ही Postgres पर है, 2TB डेटा, writes बढ़ रहे हैं। sharding करें या पहले partitioning और read replicas? किस क्रम में सोचना चाहिए?""")),

R(C, U("does it make sense to put business rules in postgres (triggers, check constraints, functions) or keep the db dumb? debate at work")),

R(C,
  CC("what does our `EventStore.append` do exactly"),
  A(t("Let me read it."), tu("01Es1", "Grep", {"pattern": "def append", "path": "ledger/", "output_mode": "content", "-n": True, "-A": 10})),
  U(tr("01Es1", "ledger/store.py:31:    def append(self, stream_id, events, expected_version):\nledger/store.py-32-        with self.conn.transaction():\nledger/store.py-33-            cur = self._current_version(stream_id)\nledger/store.py-34-            if cur != expected_version:\nledger/store.py-35-                raise ConcurrencyError(stream_id, cur, expected_version)\nledger/store.py-36-            for i, e in enumerate(events):\nledger/store.py-37-                self._insert(stream_id, cur + i + 1, e)")),
  A("`append` does optimistic concurrency: inside a transaction it reads the stream's current version, raises `ConcurrencyError` if it doesn't match `expected_version`, then inserts the events with consecutive version numbers."),
  U("ok makes sense. now we need projections that are rebuilt from this — should those run in-process after append, as a separate worker tailing the table, or via CDC/debezium? and how do we handle rebuilding a projection from scratch with 200M events"),
),

R(C, U("trunk based dev + feature flags vs gitflow with release branches, for a team shipping an on-prem product customers upgrade twice a year")),

R(C, CC(opened("src/screens/Home/HomeScreen.tsx"), """how would you lay out the modules for a react native app that's getting big? currently screens/ components/ utils/ hooks/ and every feature is spread across all four""")),

R(C, U("secrets management: we have .env files in a private repo (I know). vault vs aws secrets manager vs sops. k8s + some lambdas")),

R(C, U("""Serverless vs containers for a new API, expected traffic very spiky (0 at night, 3k rps during live events). cold starts matter, budget matters""")),

R(C, U("what's a good design for audit logging that can't be tampered with by our own admins? regulators asked")),

R(C, U("Elixir/Phoenix: should the chat feature use Phoenix Channels with PubSub across nodes, or offload to a dedicated service? 3 nodes now, maybe 20 later")),

R(C, U("데이터 파이프라인을 새로 짜야 하는데 Airflow, Dagster, Prefect 중에 뭘 써야 할지 모르겠어요. 배치 위주고 dbt 모델이 200개 정도 있습니다.")),

R(C, CC(opened("app/db/session.py"), "should i use an ORM-level repository pattern on top of SQLAlchemy or is that abstraction on top of an abstraction")),
R(C, CC(opened("docs/current-architecture.md"), """Context dump, sorry it's long. I need a recommendation on how to restructure, not a code review.

Current state:
- One Django app ("core") with 140 models, 9 teams commit to it. CI 35 min. Deploys twice a week because every deploy needs a QA sign-off from every team.
- Celery with 3 queues (default, reports, emails). Reports regularly starve emails during month-end.
- Postgres 15, single primary 64 vCPU, 2 read replicas used only by the BI tool. Largest tables: events (1.8B rows), audit (900M), orders (120M).
- A Node.js "gateway" in front that does auth and some response shaping for the mobile app. Nobody owns it.
- Search via Elasticsearch, synced by a cron job every 10 minutes that re-indexes changed rows (by updated_at).
- Partners integrate through a REST API (v1, ~300 integrators) and webhooks delivered synchronously inside request handlers.

Pain:
1. Team autonomy: teams block each other on deploys.
2. Month-end: reports jobs kill the primary, emails get delayed by hours.
3. Webhook delivery failures slow down our own API.
4. Search is stale by up to 10 minutes and the cron sometimes misses rows when updated_at isn't bumped.
5. Mobile team wants to own the gateway but it's tangled with auth.

Constraints: 40 engineers, 2 platform people, we can't freeze features for more than a sprint, must keep v1 API stable for at least 18 months. Budget for new infra is modest.

What would you change first, second, third? And what would you explicitly NOT do?""")),

R(C, U("""Ho una domanda di design: la nostra app mobile deve funzionare offline e sincronizzare con il server. Meglio un database locale con SQLite e una coda di operazioni, oppure usare qualcosa tipo CouchDB/PouchDB con la replica integrata? Team piccolo, backend già in Postgres""")),

R(C, U("""Türkçe soruyorum: mikroservisler arasında paylaşılan kod (DTO'lar, hata tipleri, auth yardımcıları) için ortak bir kütüphane mi yapmalıyız, yoksa her servis kendi kopyasını mı tutmalı? Ortak kütüphane versiyonlama cehennemine döner mi?""")),

R(C, U("""Hoe zouden jullie de rechten en rollen opzetten voor een B2B SaaS met klanten die hun eigen rollen willen definiëren? RBAC, ABAC, of iets als OpenFGA/Zanzibar? We zitten nu op hardcoded rollen in de code""")),
]
