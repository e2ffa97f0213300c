from common import U, A, CC, TU, AT, TR, TRS

CATEGORY = "architecture"

EXAMPLES = [
    [U("everything imports everything in this package now. models imports services imports models. how do I untangle it")],
    [CC("we're thinking of storing user preferences as a JSON blob column on the users table instead of a prefs table. good idea?", rem=1)],
    [U("utils.py is 4000 lines. how would you split it")],
    [U("""design doc draft, tear it apart:

## Notifications v2
- every service publishes events to a single `notifications` SNS topic
- one lambda subscribes, looks up user prefs in DynamoDB, fans out to email/SMS/push
- retries: lambda default (2)
- dedupe: none, clients should be idempotent
- templates stored in the lambda bundle""")],
    [U("kafka or just postgres + outbox table for ~200 events/sec? team of 4, nobody has run kafka")],
    [U("""we have this in every handler and it's getting out of hand:

func (h *Handler) CreateOrder(w http.ResponseWriter, r *http.Request) {
    user, err := h.auth.FromRequest(r)
    if err != nil { http.Error(w, "unauthorized", 401); return }
    if !h.flags.Enabled("orders", user) { http.Error(w, "not found", 404); return }
    h.metrics.Inc("orders.create")
    tx, _ := h.db.Begin()
    ...
}

what's the right structure so handlers only have business logic""")],
    [CC("monolith to microservices: we're a 12 person team with one django app. the CTO wants microservices 'for scale'. what would you actually recommend", rem=0)],
    [U("should the mobile app talk directly to our 6 backend services or should we put a BFF in between")],
    [U("REST or gRPC between our internal services? all Go, all in the same k8s cluster, some calls are streaming")],
    [U("multi tenant saas: schema per tenant, db per tenant or tenant_id column? ~300 tenants, a few are huge")],
    [CC("¿Conviene usar event sourcing para el módulo de pagos? Ahora tenemos una tabla `payments` con un campo `status` que se va actualizando y perdemos el historial", rem=5)],
    [U("the frontend state is a mess: redux for some things, react-query for others, context for auth, and local state everywhere. how should we decide what lives where")],
    [U("is it a bad idea to use redis as our primary database for the leaderboard service? data is small, mostly sorted sets")],
    [U("we need audit logs for every change to customer records. triggers in postgres, app-level hooks, or CDC with debezium?")],
    [U("""our domain model, roughly:

class Order:
    id, customer_id, status, items: list[OrderItem], payments: list[Payment], shipments: list[Shipment], invoices: list[Invoice]

every feature adds another list to Order and the class is 1500 lines. where should the boundaries be""")],
    [CC("Wie würdet ihr API-Versionierung machen? URL (/v2/), Header oder gar nicht und nur additive Änderungen?", rem=4)],
    [U("s3 + athena vs clickhouse for product analytics, 50GB/day of events, queries from a dashboard")],
    [U("thinking of making every react component fetch its own data with react-query instead of loading everything in the page component. pros/cons?")],
    [CC("how should I structure a rust workspace for a cli + a library + a server that share types", rem=3)],
    [U("sync http call from checkout to inventory service or async via queue? checkout must know if the item is reserved")],
    [U("我们现在所有的定时任务都是 crontab 写在一台机器上，想迁移到 k8s。CronJob、Airflow 还是自己写调度器？任务大概 40 个，有依赖关系")],
    [U("plan for migrating from MySQL 5.7 to Postgres 16 without downtime? 800GB, write-heavy")],
    [CC("webhooks design: we want to let customers subscribe to events. what do we need — signing, retries, ordering? how do others do it", rem=2)],
    [U("our feature flag checks are scattered through the code as `if settings.NEW_CHECKOUT`. worth moving to a proper flag service or overkill for 8 flags?")],
    [U("I want to separate reads and writes (CQRS) in our NestJS app. is it worth it for a CRUD admin panel with 50 users")],
    [U("where should validation live: DTO layer, domain entities, or db constraints? we have all three and they disagree")],
    [CC("idempotency keys for our payment API — store them where, how long, what do we return on replay", rem=1)],
    [U("Should the pricing rules be code or data? product wants to change them without deploys, but they're getting complicated (tiers, regional overrides, promos)")],
    [U("""here's our current module layout:

app/
  controllers/  (42 files)
  services/     (97 files)
  models/       (60 files)
  helpers/      (31 files)

every change touches all four folders. would package-by-feature fix this or just move the pain""")],
    [U("Qual é a melhor forma de organizar um monorepo com 3 apps Next.js e uma lib de componentes compartilhada? Turborepo, Nx ou só workspaces do pnpm?")],
    [CC("we cache product pages in redis with a 5 min TTL but editors complain changes take too long to show. invalidation strategy?", rem=0)],
    [U("is SQLite viable for production for a single-server internal tool with ~30 concurrent users? or am I setting myself up for pain")],
    [U("how do I design the permissions model: RBAC is not enough because users need per-project roles and some resources are shared across orgs")],
    [U("Vale la pena introducir un service mesh (Istio) con 8 servicios? El motivo principal sería mTLS y retries")],
    [CC("we have 3 teams writing to the same `users` table. how do we stop stepping on each other — ownership, separate services, something else?", rem=5)],
    [U("our python lib has a sync and async version of every function duplicated. is there a sane design to not maintain both")],
    [U("graphql federation or a single gateway schema? 5 teams, each owns a domain")],
    [U("what's the right way to structure the terraform: one state per env, per service, or per layer (network/data/app)?")],
    [CC("I'm designing the schema for a booking system — rooms, time slots, recurring bookings, cancellations. how would you model recurring ones without exploding the row count", rem=4)],
    [U("Pensiamo di usare MongoDB per il catalogo prodotti perché gli attributi variano per categoria. Ha senso o meglio Postgres con jsonb?")],
    [U("should background jobs live in the same repo/deployable as the API or split them out? they share 80% of the models")],
    [CC("what's a sensible way to split the 'core' library that every service depends on? a change in it means redeploying 14 services", rem=3)],
    [U("Mamy aplikację w Spring Boot, która robi wszystko synchronicznie. Rozważamy przejście na WebFlux. Czy to ma sens, jeśli baza to zwykły JDBC?")],
    [U("offline-first mobile app syncing with the backend — CRDTs, last-write-wins, or server-authoritative with conflict UI?")],
    [U("how would you lay out hexagonal architecture in a small fastapi service without it turning into 40 files of interfaces")],
    [CC("is having one giant `events` table with a `type` column and jsonb payload a reasonable design or will it bite us", rem=2)],
    # multi-turn where last is architecture
    [U("what does this decorator do?\n\ndef transactional(fn):\n    def w(*a, **k):\n        with db.session.begin():\n            return fn(*a, **k)\n    return w"),
     A("It wraps the function so its whole body runs inside a database transaction: `session.begin()` commits if the function returns normally and rolls back if it raises."),
     U("ok. we put it on service methods but then services call other services and we get nested transactions. should transactions be owned by the service layer, the handler, or a unit of work thing")],
    [U("write me a dockerfile for this go service"),
     A("```dockerfile\nFROM golang:1.22 AS build\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -o /out/svc ./cmd/svc\n\nFROM gcr.io/distroless/static\nCOPY --from=build /out/svc /svc\nENTRYPOINT [\"/svc\"]\n```"),
     U("thanks. bigger q: we have 9 of these services now, each with its own repo and ci. should we consolidate into a monorepo?")],
    [U("the job queue keeps dying under load"),
     A("From the logs, the workers run out of memory because each job loads the full CSV into memory. Streaming the file with `csv.reader` over the S3 body instead of `.read()` should fix the OOM."),
     U("that fixed it. but stepping back — these imports can be 5GB now. should this even be a celery job? thinking about a separate batch pipeline")],
    [U("review this schema\n\nCREATE TABLE tags (id serial, name text);\nCREATE TABLE posts (id serial, title text, tag_ids int[]);"),
     A("`tag_ids int[]` has no referential integrity, can't be indexed as cheaply for 'posts with tag X', and makes renames/deletes messy. Also no primary keys declared and no uniqueness on tag names."),
     U("ok so what's the right model if posts can have tags, and tags can be nested (parent tags)? we'll query 'all posts under tag X incl. children' a lot")],
    [U("how do I emit an event in nestjs"),
     A("Use `@nestjs/event-emitter`: inject `EventEmitter2`, call `this.events.emit('order.created', payload)`, and handle it with `@OnEvent('order.created')` in any provider."),
     U("and if later those handlers need to run in a different service? should I start with a message broker now or is in-process fine and swap later")],
    # Claude Code shapes
    [CC("look at the package layout and tell me how you'd restructure it, the cyclic imports are killing us", rem=0),
     AT("", TU("01Ha1", "Bash", command="find src/shop -name '*.py' | head -40 && python -m pydeps src/shop --show-cycles --no-output")),
     TR("01Ha1", "src/shop/__init__.py\nsrc/shop/models.py\nsrc/shop/cart.py\nsrc/shop/pricing.py\nsrc/shop/promotions.py\nsrc/shop/inventory.py\nsrc/shop/checkout.py\nsrc/shop/notifications.py\n\ncycles:\n  shop.cart -> shop.pricing -> shop.promotions -> shop.cart\n  shop.checkout -> shop.inventory -> shop.notifications -> shop.checkout",
        text="don't fix them one by one, what should the module boundaries be so this stops happening")],
    [CC("is it a good idea to keep using this file as our 'database'? it's getting to 40MB", rem=1, open="data/state.json")],
    [CC("I pasted the proposal from Confluence below. critique the design, not the writing.\n\nProposal: replace our cron-based invoice generation with a workflow engine (Temporal). Each customer gets a long-running workflow that sleeps until the billing date, generates the invoice, charges, and retries dunning for 30 days. Estimated 120k workflows running concurrently.", rem=2)],
    [CC("this class is doing too much. how would you break it apart? not asking you to code it yet", rem=3, open="src/main/kotlin/com/acme/checkout/CheckoutManager.kt")],
    [CC("read the adapters folder, then tell me whether adding a new payment provider should be a plugin or just another adapter in-tree", rem=4),
     AT("", TU("01Ha2", "Bash", command="ls src/payments/adapters && wc -l src/payments/adapters/*.ts")),
     TR("01Ha2", "adyen.ts\nbraintree.ts\nstripe.ts\nindex.ts\n  312 src/payments/adapters/adyen.ts\n  287 src/payments/adapters/braintree.ts\n  401 src/payments/adapters/stripe.ts\n   18 src/payments/adapters/index.ts",
        text="we'll have ~8 providers by next year and partners want to ship their own. plugin system or keep in-tree?")],
    [CC("現在のディレクトリ構成だと、ドメインロジックとインフラが混ざってしまっています。クリーンアーキテクチャ風にするならどう分けるべきですか？", rem=5, open="src/app.ts")],
    [CC("we store uploaded files on the api pods' local disk right now", rem=0, sel=("src/upload.js", 8, 15, "const storage = multer.diskStorage({\n  destination: '/var/app/uploads',\n  filename: (req, file, cb) => cb(null, Date.now() + '-' + file.originalname)\n});\napp.post('/upload', multer({ storage }).single('f'), handler);"),
        extra=("we're going from 1 to 6 replicas next month. what should the storage setup look like",))],
    [CC("check what's in the docker-compose and tell me if this is a sensible shape for prod or if we should go k8s", rem=1),
     AT("", TU("01Ha3", "Read", file_path="docker-compose.prod.yml")),
     TR("01Ha3", "services:\n  api:\n    image: acme/api\n    deploy: {replicas: 2}\n  worker:\n    image: acme/api\n    command: celery -A app worker\n  db:\n    image: postgres:15\n    volumes: [pgdata:/var/lib/postgresql/data]\n  redis:\n    image: redis:7\n  caddy:\n    image: caddy:2\nvolumes: {pgdata: {}}",
        text='~5k rps peak, one region. is compose on two VMs ok for another year or is this the time to move')],
    [CC("we're about to add realtime collaboration to the editor. websockets on the existing api servers, or a separate realtime service? I've got the current setup open", rem=2, open="infra/architecture.md")],
    [CC("How should the plugin API look so third parties can add exporters without forking? sketch the interfaces and lifecycle, don't write impl", rem=3)],
    [CC("based on what you just saw in the repo, does it make sense to keep the ML model serving inside the django app?", rem=4),
     AT("", TU("01Ha4", "Grep", pattern="torch|transformers", path="app")),
     TR("01Ha4", "app/recs/views.py:3:import torch\napp/recs/model.py:1:from transformers import AutoModel\napp/recs/model.py:9:MODEL = AutoModel.from_pretrained('/models/recs-v4')",
        text="gunicorn workers are at 4GB each because of it")],
    [U("Tôi đang thiết kế hệ thống thông báo cho app, nên dùng Firebase Cloud Messaging trực tiếp từ backend hay dựng một notification service riêng? Team có 3 người")],
    [U("Bizim mikroservisler arasında ortak bir veritabanı var. Bunu ayırmak gerekiyor mu yoksa böyle devam edebilir miyiz? 5 servis, hepsi aynı Postgres'e yazıyor")],
    [U("where should the business rules for discounts live if both the web checkout and the POS app need them? currently duplicated in TS and Swift")],
    [CC("state machine for order lifecycle: enum + switch statements, a library like xstate, or a table of allowed transitions in the db?", rem=1)],
    [U("thinking out loud: one lambda per endpoint vs one lambda with a router inside. cold starts matter, 30 endpoints")],
    [U("should I use UUIDv7 or bigint identity for PKs in the new service? the ids end up in URLs and we shard later maybe")],
]

_BIG_MODULE = """# app/orders/service.py  (2,300 lines, excerpt)
class OrderService:
    def __init__(self, db, stripe, mailer, inventory, tax, shipping, analytics, flags, cache):
        self.db = db
        self.stripe = stripe
        self.mailer = mailer
        self.inventory = inventory
        self.tax = tax
        self.shipping = shipping
        self.analytics = analytics
        self.flags = flags
        self.cache = cache

    def place(self, cart, user):
        items = self.inventory.reserve(cart.items)
        tax = self.tax.quote(cart, user.address)
        rate = self.shipping.rate(cart, user.address)
        total = sum(i.price * i.qty for i in items) + tax + rate
        if self.flags.enabled("new_discounts", user):
            total -= self._discounts_v2(cart, user)
        else:
            total -= self._discounts(cart, user)
        charge = self.stripe.charge(user.stripe_id, total)
        order = self.db.orders.insert(user_id=user.id, total=total, charge_id=charge.id)
        self.mailer.send("order_confirmation", user, order=order)
        self.analytics.track("order_placed", user_id=user.id, total=total)
        self.cache.delete(f"cart:{user.id}")
        return order

    def refund(self, order_id, amount=None): ...
    def cancel(self, order_id, reason): ...
    def reship(self, order_id): ...
    def export_csv(self, start, end): ...
    def monthly_report(self, month): ...
    def recalc_loyalty_points(self, user_id): ...
    def _discounts(self, cart, user): ...
    def _discounts_v2(self, cart, user): ...
    def sync_to_erp(self, order_id): ...
    def handle_stripe_webhook(self, event): ...
    def handle_carrier_webhook(self, payload): ...
    def gdpr_erase(self, user_id): ...
"""

EXAMPLES += [
    [CC("this is the heart of our shop and it keeps growing. not asking for a code review — how would you carve this up into modules, and in what order would you do it without a big-bang rewrite?", rem=0, extra=(_BIG_MODULE,))],
    [U("what does `Depends` do in fastapi"),
     A("It declares a dependency: FastAPI calls the given callable for each request (resolving its own dependencies recursively), caches the result within that request, and injects it as the parameter value. It's commonly used for DB sessions, the current user, and settings."),
     U("ok. we now have dependencies 5 levels deep and every router pulls in the db session directly. should repositories/services be dependencies too, or should we build a proper container and keep Depends only at the edge?")],
]
