from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

C = "architecture"
EXAMPLES = []
add = EXAMPLES.append

# 1 this file is getting huge (CC)
add(ex(C,
    U(reminder("2026-03-11"), "how big is the checkout slice now"),
    A((_t := use("Bash", command="wc -l src/store/checkoutSlice.ts && grep -c 'case \\|builder.addCase' src/store/checkoutSlice.ts", description="Count lines and reducers"))),
    U(result(_t, "2817 src/store/checkoutSlice.ts\n64")),
    A("2,817 lines with 64 reducer cases."),
    U(reminder("2026-03-11"), opened("src/store/checkoutSlice.ts"), "this file is getting huge")))

# 2 kafka vs LISTEN/NOTIFY
add(ex(C,
    U("what's the difference between kafka and rabbitmq in a nutshell"),
    A("Kafka is a replicated, partitioned log: consumers track their own offsets, messages stay around for a retention period, and replay is easy. RabbitMQ is a broker with queues: messages are routed to queues and removed once acknowledged, with richer routing but no replay by default."),
    U(reminder("2026-02-11"), "~200 events/sec, 3 consumers, team of 4, we already run postgres. do we actually need kafka or does LISTEN/NOTIFY + a table get us there? what breaks first")))

# 3 code pasted: where should validation live
add(ex(C, U(reminder(), opened("app/controllers/subscriptions_controller.rb"), '''validation is all over the place. some in the controller, some in the service, some in the model hooks. where *should* it live? this is one example

class SubscriptionsController < ApplicationController
  def create
    return render json: { error: "plan required" }, status: 422 if params[:plan].blank?
    sub = SubscriptionService.new(current_user).start(params[:plan], params[:coupon])
    render json: sub, status: :created
  rescue SubscriptionService::Invalid => e
    render json: { error: e.message }, status: 422
  end
end

class SubscriptionService
  def start(plan, coupon)
    raise Invalid, "unknown plan" unless Plan.exists?(code: plan)
    raise Invalid, "already subscribed" if @user.subscription&.active?
    Subscription.create!(user: @user, plan_code: plan, coupon_code: coupon)
  end
end

class Subscription < ApplicationRecord
  validates :plan_code, presence: true
  validate :coupon_valid, if: -> { coupon_code.present? }
end''')))

# 4 multi-tenancy schema vs column (no decision yet)
add(ex(C, U(reminder_md("- Postgres 15 + Prisma\n- every query must be scoped by organization"), "b2b saas, 60 tenants, biggest one is 40% of all rows. schema-per-tenant or tenant_id everywhere + RLS? we're on postgres + prisma if that changes anything")))

# 5 split monolith, what first
add(ex(C, U(reminder("2026-01-05"), '''leadership wants us to "start breaking up the monolith" this year. what would you carve out first, if anything? modules and rough coupling:

- auth/users: used by everything
- catalog: read heavy, changes weekly
- pricing: called by catalog + checkout, complex rules, owned by a separate team now
- checkout/orders: core, touches pricing, inventory, payments
- inventory: writes from warehouses via batch import every 15 min
- notifications: email/sms, fire and forget
- reporting: heavy SQL on the main db, slows everything at month end''')))

# 6 React state structure w/ code
add(ex(C, U(reminder(), opened("src/pages/Editor.tsx"), '''prop drilling is out of control. Editor -> Toolbar -> FormatMenu -> ColorPicker all take `doc, setDoc, selection, setSelection, history, pushHistory`. context? zustand? something else? how would you structure the state for this editor

function Editor() {
  const [doc, setDoc] = useState<Doc>(initial);
  const [selection, setSelection] = useState<Range | null>(null);
  const [history, setHistory] = useState<Doc[]>([]);
  const pushHistory = (d: Doc) => setHistory(h => [...h.slice(-99), d]);
  return (
    <>
      <Toolbar doc={doc} setDoc={setDoc} selection={selection} setSelection={setSelection} history={history} pushHistory={pushHistory} />
      <Canvas doc={doc} setDoc={setDoc} selection={selection} setSelection={setSelection} pushHistory={pushHistory} />
      <Sidebar doc={doc} selection={selection} />
    </>
  );
}''')))

# 7 REST vs GraphQL BFF
add(ex(C,
    U("what's a BFF exactly, is it just an API gateway with a trendy name"),
    A("Not quite. A gateway is usually generic (auth, rate limiting, routing). A backend-for-frontend is owned by a client team and shaped around one client's screens: it aggregates calls to several services and returns exactly what that UI needs, so the app makes one request per screen instead of five."),
    U(reminder(), "for the mobile BFF: REST with a few aggregate endpoints, or graphql? 2 mobile apps (ios/android), 1 web, 9 backend services behind it. mobile team is small and hates waiting on backend changes")))

# 8 mongo -> postgres migration plan
add(ex(C, U("moving 2TB from mongo to postgres. documents are semi-structured (orders with nested line items, some with custom fields per merchant). max 5 min downtime allowed. how would you plan the migration end to end? dual writes? CDC? what do we do with the custom fields")))

# 9 permissions model
add(ex(C, U(reminder("2026-04-28"), TODO_EMPTY, "design the permissions model: orgs > teams > projects, roles (owner/admin/member/viewer) at org and project level, plus per-resource overrides like 'this one doc is shared with an external guest'. needs to answer 'can user X do Y on Z' fast, and 'list everything X can see' for search")))

# 10 idempotency approach for webhook consumer
add(ex(C, U(reminder(), opened("payments/webhooks/consumer.py"), "our payment webhook consumer sometimes processes the same event twice (provider retries + our own redeliveries). not asking for code yet, what's the right overall approach to idempotency here, where does the dedupe state live, and how long do we keep it")))

# 11 library or service
add(ex(C, U("we have address validation logic copy-pasted in 4 services (2 python, 1 go, 1 node). should it become a shared library per language or a small service? it calls a 3rd party api with a paid quota")))

# 12 Go layout
add(ex(C,
    U(reminder(), "who imports internal/orders/db from outside orders"),
    A((_t := use("Grep", pattern="internal/orders/db", path="internal", output_mode="files_with_matches"))),
    U(result(_t, "internal/billing/service.go\ninternal/billing/db.go\ninternal/users/export.go\ninternal/reports/daily.go")),
    A("Four files outside `orders` import its db package: two in billing, one in users, one in reports."),
    U(reminder(), '''where does the shared db code go? people keep importing internal/orders/db from internal/billing and it's turning into spaghetti

cmd/api/main.go
cmd/worker/main.go
internal/orders/{handler.go,service.go,db.go}
internal/billing/{handler.go,service.go,db.go}
internal/users/...
pkg/httpx/
pkg/logx/''')))

# 13 Rust plugins: trait objects vs generics
add(ex(C, U(opened("src/plugins/mod.rs"), '''plugin system for our rust CLI. plugins are compiled in (no dylibs), selected at startup from config, maybe 20 of them. Box<dyn Plugin> registry or generics/enum dispatch? also how should plugins get access to shared stuff (http client, cache) without every plugin taking 6 args

pub trait Plugin {
    fn name(&self) -> &'static str;
    fn run(&self, input: &Input) -> anyhow::Result<Output>;
}''')))

# 14 event sourcing for ledger?
add(ex(C, U("tô pensando em usar event sourcing no nosso ledger interno (créditos, débitos, bloqueios, ~50k transações/dia). é exagero comparado com uma tabela append-only e saldo derivado? o que a gente ganha e perde")))

# 15 cache invalidation strategy
add(ex(C, U("product pages: 50k SKUs, prices change hourly from a feed, stock changes constantly, pages are server-rendered. we cache full pages in the CDN for 10 min and people see wrong prices. what's a better caching/invalidation setup")))

# 16 multi-region rate limiter
add(ex(C, U("public API rate limiting across 3 regions. limits are per API key per minute. do we need a global counter or is per-region with split quotas good enough? what do stripe/github-style limiters actually do")))

# 17 code pasted: payment providers touching 6 files
add(ex(C, U(reminder("2026-05-02"), opened("billing/charge.py"), '''every new payment provider means touching like 6 files: this switch, the webhook router, the refund service, the admin UI enum, the settlement job, the config. how should this be structured so adding Adyen next quarter isn't a week of whack-a-mole

def charge(order, method):
    if method.provider == "stripe":
        return stripe_client.charge(order.total_cents, method.token, idempotency_key=order.id)
    elif method.provider == "paypal":
        token = paypal_auth()
        return paypal_client.capture(token, method.token, order.total_cents / 100)
    elif method.provider == "klarna":
        session = klarna.session_for(order)
        return klarna.place(session, method.token)
    else:
        raise ValueError(method.provider)


# webhooks/router.py
@bp.post("/webhooks/<provider>")
def webhook(provider):
    if provider == "stripe":
        event = stripe.Webhook.construct_event(request.data, request.headers["Stripe-Signature"], cfg.STRIPE_WH)
        if event.type == "charge.succeeded":
            mark_paid(event.data.object.metadata["order_id"], "stripe", event.data.object.id)
        elif event.type == "charge.refunded":
            mark_refunded(event.data.object.metadata["order_id"])
    elif provider == "paypal":
        if not paypal_verify(request):
            abort(400)
        body = request.json
        if body["event_type"] == "PAYMENT.CAPTURE.COMPLETED":
            mark_paid(body["resource"]["custom_id"], "paypal", body["resource"]["id"])
    elif provider == "klarna":
        body = request.json
        if body["event_type"] == "order.captured":
            mark_paid(body["merchant_reference1"], "klarna", body["order_id"])
    return "", 204


# refunds/service.py
def refund(order, amount_cents):
    p = order.payment
    if p.provider == "stripe":
        return stripe_client.refund(p.provider_ref, amount_cents)
    if p.provider == "paypal":
        return paypal_client.refund(paypal_auth(), p.provider_ref, amount_cents / 100)
    if p.provider == "klarna":
        return klarna.refund(p.provider_ref, amount_cents)
    raise ValueError(p.provider)


# jobs/settlement.py
def settle(day):
    for provider in ("stripe", "paypal", "klarna"):
        if provider == "stripe":
            rows = stripe_client.balance_transactions(day)
        elif provider == "paypal":
            rows = paypal_client.transactions(paypal_auth(), day)
        else:
            rows = klarna.settlements(day)
        for r in rows:
            reconcile(provider, r)


# admin/forms.py
PROVIDER_CHOICES = [("stripe", "Stripe"), ("paypal", "PayPal"), ("klarna", "Klarna")]

# config.py
STRIPE_KEY = env("STRIPE_KEY"); STRIPE_WH = env("STRIPE_WH")
PAYPAL_CLIENT_ID = env("PAYPAL_CLIENT_ID"); PAYPAL_SECRET = env("PAYPAL_SECRET")
KLARNA_USER = env("KLARNA_USER"); KLARNA_PASSWORD = env("KLARNA_PASSWORD")''')))

# 18 sync vs async API for long report
add(ex(C,
    U("the /reports endpoint times out at 60s for big accounts"),
    A("The ALB idle timeout is 60s, and the report query plus PDF rendering takes 30s–3min for large accounts. Raising the timeout to 300s would stop the immediate failures, but users would still sit on a spinner."),
    U(reminder(), "report generation takes 30s-3min. right now the request just hangs and sometimes the LB kills it at 60s. should the API be async (202 + polling / webhook / SSE)? how should the job state be modeled")))

# 20 desktop sync CRDT vs LWW
add(ex(C, U("데스크톱 메모 앱인데 로컬은 sqlite, 기기 간 클라우드 동기화는 옵션이야. 사용자들이 두 기기에서 오프라인으로 많이 편집해. CRDT(automerge/yjs)로 갈지, 필드 단위 last-write-wins + 벡터 클락으로 갈지? 복잡도가 어느 정도 늘어날까")))

# 21 booking schema design
add(ex(C,
    U("how do google calendar style recurring events usually get stored?"),
    A("Most systems store the recurrence rule (RFC 5545 RRULE) on a master event, plus exception rows for modified or cancelled occurrences (keyed by the original start time), and expand occurrences on read for the visible window. Some also materialize occurrences a few months ahead for querying."),
    U(reminder("2026-09-12"), "data model for room bookings with recurring events (RRULE-like), exceptions to single occurrences ('this thursday is moved to 3pm'), and conflict detection. store expanded occurrences or just the rule? postgres")))

# 22 Spanish Flutter modules
add(ex(C, U("¿cómo organizarías los módulos de una app Flutter grande? usamos bloc, ya vamos por 40 pantallas y todo está en lib/screens y lib/blocs, los blocs se llaman entre ellos y es un lío")))

# 23 German uploads
add(ex(C, U(reminder(), opened("api/uploads/handler.go"), "Wir müssen Uploads bis 5 GB erlauben (Videos). Direkt über unseren API-Server streamen oder presigned URLs zu S3 mit Multipart? Danach muss noch transkodiert werden. Wie würdet ihr den Ablauf aufbauen?")))

# 24 French micro vs modular monolith
add(ex(C,
    U("c'est quoi un monolithe modulaire exactement ?"),
    A("Une seule application déployée en un bloc, mais découpée en modules aux frontières strictes : chaque module a son API interne, ses données, et les autres ne touchent pas à ses entrailles. On garde la simplicité d'un seul déploiement tout en préparant un éventuel découpage."),
    U("microservices ou monolithe modulaire pour une nouvelle plateforme, équipe de 4 devs, on prévoit d'être 10 dans un an ? le CTO veut des microservices « pour scaler »")))

# 25 Portuguese API versioning
add(ex(C, U(reminder("2026-03-22"), "como eu deveria versionar essa API? tem app mobile antigo que o pessoal não atualiza nunca, e a gente precisa mudar o formato de endereço e de preço. versão na URL, header, ou evoluir sem quebrar?")))

# 26 Chinese inventory consistency
add(ex(C, U("订单系统要把库存拆成独立服务，下单的时候要扣库存、创建订单、扣优惠券，怎么保证数据一致性？用分布式事务还是saga？我们QPS峰值大概3000")))

# 27 Japanese chat scale
add(ex(C, U(reminder(), opened("server/index.js"), '''この設計で同時接続1万のチャットはスケールする？

- Node.js + socket.io を1台
- メッセージはPostgresに保存、ルームの全員に io.to(room).emit
- 既読管理は messages テーブルに read_by jsonb
- オンライン状態はメモリ上のMap

複数台にするなら何を変えるべき？''')))

# 28 Korean session storage
add(ex(C, U("세션 저장을 Redis로 할지 JWT로 갈지 고민중이야. 웹이랑 모바일 둘 다 있고, 관리자가 특정 유저를 강제 로그아웃 시킬 수 있어야 해. 어떤 구조가 나아?")))

# 29 Russian repository layer
add(ex(C, U(reminder("2026-07-16"), opened("src/common/base.repository.ts"), '''как лучше организовать слой доступа к данным в NestJS + TypeORM: отдельный репозиторий на каждую сущность или один generic BaseRepository<T>? сейчас так, и половина методов не подходит половине сущностей

export class BaseRepository<T extends { id: string }> {
  constructor(private readonly repo: Repository<T>) {}
  findById(id: string) { return this.repo.findOneBy({ id } as any); }
  findPaged(page: number, size: number) { ... }
  softDelete(id: string) { ... }
  restore(id: string) { ... }
  bulkUpsert(items: T[]) { ... }
}''')))

# 30 Italian cron decomposition
add(ex(C, U("abbiamo un unico cron notturno che fa tutto: sincronizza i listini, ricalcola le provvigioni, manda le email e genera i report. se si pianta a metà è un disastro. come lo spezzeresti in job più piccoli e affidabili? che orchestratore useresti, se serve")))

# 31 Polish notification system
add(ex(C,
    U("napisz funkcję, która wysyła maila przez SES"),
    A('''```python
def send_email(to: str, subject: str, html: str) -> str:
    resp = ses.send_email(
        Source=SENDER,
        Destination={"ToAddresses": [to]},
        Message={"Subject": {"Data": subject}, "Body": {"Html": {"Data": html}}},
    )
    return resp["MessageId"]
```'''),
    U(reminder(), "jak zaprojektować system powiadomień: email, push, SMS, in-app, z preferencjami użytkownika (kanał per typ zdarzenia), godzinami ciszy i digestem dziennym? ok. 2 mln użytkowników")))

# 32 Turkish micro-frontends
add(ex(C, U("ön yüzde micro-frontend'e geçmeli miyiz? 3 takım aynı React monolitinde çalışıyor, deploy'lar birbirini bekliyor. module federation mı, yoksa monorepo + ayrı paketler yeter mi?")))

# 33 Hinglish shared DB
add(ex(C, U("bhai ye design theek rahega kya? har service apna alag DB rakhe ya sab ek shared postgres pe rahe alag schemas ke saath? 5 services hain, ek hi team hai abhi")))

# 34 Vietnamese gRPC vs REST
add(ex(C, U(reminder("2026-08-04"), "giữa các service nội bộ nên dùng gRPC hay REST? bọn mình có Go và Python, khoảng 12 service, cần streaming ở 2 chỗ")))

# 35 Dutch feature flags setup
add(ex(C, U("hoe zou je feature flags opzetten zonder LaunchDarkly te kopen? we willen per klant, percentage rollouts en een kill switch. backend Python, frontend React, 3 omgevingen")))

# 36 gen -> "should this even be in API process"
add(ex(C,
    U("add an endpoint that generates a PDF invoice with weasyprint and returns it"),
    A('''```python
@router.get("/invoices/{invoice_id}/pdf")
def invoice_pdf(invoice_id: int, db: Session = Depends(get_db)):
    inv = db.get(Invoice, invoice_id) or abort(404)
    html = templates.get_template("invoice.html").render(inv=inv)
    pdf = HTML(string=html, base_url=str(STATIC_DIR)).write_pdf()
    return Response(pdf, media_type="application/pdf",
                    headers={"Content-Disposition": f'inline; filename="invoice-{inv.number}.pdf"'})
```'''),
    U("hm wait, before we go further. weasyprint takes 2-4s and a lot of RAM per render and month-end we generate 30k of these. should this even live in the API process? what would you do instead")))

# 37 debugging resolved -> structural question on retries
add(ex(C,
    U("every time the ledger service has a blip, everything falls over for 10 minutes afterwards. logs show 40x the normal request rate to ledger right after it comes back"),
    A("That's a retry storm: each caller retries independently (and some callers are themselves retried by their callers), so load multiplies when ledger recovers. Immediate fix: add jitter and cap retries in the three clients that retry 5x with fixed 100ms delays."),
    U("ok we did that and it's better. but this is going to keep happening with every new service. how do we stop retry storms structurally across ~15 services? budgets, circuit breakers, mesh? where should the policy live")))

# 38 CC tool loop explored, then split billing
t1 = use("Bash", command="find app/billing -name '*.py' | xargs wc -l | sort -n | tail -15", description="Size of billing module files")
t2 = use("Grep", pattern="from app.billing", path="app", output_mode="count")
add(ex(C,
    U(reminder(), "how big is billing and who depends on it"),
    A("Checking size and inbound imports.", t1, t2),
    U(result(t1, '''   211 app/billing/coupons.py
   340 app/billing/tax.py
   512 app/billing/dunning.py
   689 app/billing/invoices.py
   903 app/billing/subscriptions.py
  2655 total'''), result(t2, '''app/api/routes/checkout.py:14
app/api/routes/account.py:6
app/admin/views.py:22
app/jobs/nightly.py:9
app/notifications/templates.py:3
app/reporting/revenue.py:11''')),
    A("Billing is ~2.7k lines across 5 modules, and 6 other packages import from it, most heavily admin (22 imports), checkout (14) and reporting (11)."),
    U("given that, how would you split billing out into its own service? what's the seam, what stays in the monolith, and what do we do about admin reaching into its models directly")))

# 39 inheritance gnarly
add(ex(C,
    U("add an encrypted parquet exporter, same as the encrypted csv one"),
    A("Before I do: that would be `EncryptedS3ParquetExporter(S3ParquetExporter)` plus copying the encryption code from `EncryptedS3GzipCsvExporter`, because encryption lives in that one subclass. That's the fourth copy of the upload logic. Want me to go ahead anyway?"),
    U(reminder(), opened("exporters/base.py"), '''inheritance is getting gnarly here. how would you reshape it? composition? not asking you to rewrite it yet, just the shape

class Exporter: ...
class CsvExporter(Exporter): ...
class GzipCsvExporter(CsvExporter): ...
class S3CsvExporter(CsvExporter): ...
class S3GzipCsvExporter(GzipCsvExporter, S3CsvExporter): ...
class EncryptedS3GzipCsvExporter(S3GzipCsvExporter): ...
class ParquetExporter(Exporter): ...
class S3ParquetExporter(ParquetExporter): ...   # copy-pasted upload code from S3CsvExporter''')))

# 43 terraform state layout
add(ex(C,
    U(reminder("2026-06-09"), "run a plan on prod"),
    A((_t := use("Bash", command="cd infra/prod && time terraform plan -lock-timeout=5m -no-color | tail -3", description="Terraform plan prod", timeout=900000))),
    U(result(_t, "Plan: 0 to add, 2 to change, 0 to destroy.\n\nreal\t9m12.447s")),
    A("The plan took 9 minutes 12 seconds and shows 2 changes."),
    U(reminder("2026-06-09"), '''our terraform is one giant state per env and plans take 9 minutes and lock everyone out. how should we slice it? current layout:

infra/
  prod/main.tf   (vpc, eks, rds x3, redis, s3 x40, iam, route53, cloudfront)
  staging/main.tf
  modules/...''')))

# 44 python package structure with optional heavy deps
add(ex(C,
    U("what's the difference between extras_require and optional-dependencies in pyproject"),
    A("Same concept, different era. `extras_require` is the setuptools `setup.py` argument; `[project.optional-dependencies]` is the standard PEP 621 table in `pyproject.toml`. Both let users install `pkg[extra]` to pull in optional deps."),
    U(reminder("2026-06-02"), "how do I structure a python package that has a CLI, a library API, and optional heavy deps (torch, only for one subcommand)? want `pip install foo` to stay light and `import foo` not to import torch")))

# 45 Elixir GenServer per session vs registry+ETS
add(ex(C, U("elixir/phoenix: we keep per-user session state (cart, presence, rate counters). one GenServer per user via DynamicSupervisor + Registry, or just ETS tables owned by a few processes? ~100k concurrent users, single node for now, multi-node later")))

# 46 Next.js app router vs client fetching
add(ex(C, U("migrating a next 13 pages-router app to app router. our data fetching is all client-side react-query with lots of optimistic updates. go all-in on server components + server actions, or keep react-query for the interactive parts? where do you draw the line")))

# 47 threaded comments data model
add(ex(C, U("评论要做成reddit那种无限层级的楼中楼，每层按分数排序，先加载前200条，每个分支再'加载更多'。用邻接表+递归CTE、物化路径、闭包表还是ltree？postgres，大概2000万条评论")))

# 48 search: postgres FTS vs elastic
add(ex(C, U("search for our help center + product catalog, ~3M docs, need typo tolerance and some facets, 4 languages. stay on postgres fts + pg_trgm, or bring in elastic/opensearch/meilisearch/typesense? we have zero ES experience")))

# 49 blue/green with migrations
add(ex(C, U("how do you do blue/green deploys when the release includes db migrations? we keep doing deploy -> migration breaks old version still serving traffic -> 500s for 2 min")))

# 50 PATCH semantics
add(ex(C,
    U("our PATCH /orders endpoint nulls out the whole address when the client only sends line2"),
    A("The handler does `order.shipping_address = body.shipping_address`, replacing the nested object wholesale. A shallow merge of the provided keys would fix this case, though it raises the broader question of how clients express \"clear this field\" versus \"leave it\"."),
    U(reminder(), opened("api/openapi.yaml"), '''PATCH semantics for nested objects in our API. json merge patch, json patch, or our own thing? problem cases: clearing a field (null vs absent), updating one item in an array of line items, partial update of a nested address

PATCH /orders/123
{ "shipping_address": { "line2": null }, "items": [{ "sku": "A", "qty": 3 }] }''')))

# 51 error handling strategy across Go services
add(ex(C, U("we need a consistent error handling strategy across our Go services: sentinel errors, typed errors, wrapped with %w, error codes for the API layer? right now every handler maps errors differently and clients get random 500s for validation failures")))

# 52 service-to-service auth
add(ex(C, U("auth between internal services: mTLS via the mesh, signed JWTs per request, or just network policies + private network? we need to know *which* service is calling for audit logs and some services should only call certain endpoints")))

# 53 offline sync architecture mobile
add(ex(C, U(reminder("2026-10-19"), "field inspection app (react native). inspectors go days without signal, fill forms with photos, need to sync when back. multiple inspectors can touch the same site. what's the sync architecture: what lives on device, conflict rules, how do photos upload, what does the server API look like")))

# 54 plugin API stability
add(ex(C, U("we're opening a plugin API so customers can run custom logic on order events. how do we let third parties extend without breaking them every time we change internals? in-process JS sandbox, webhooks, wasm? versioning strategy?")))

# 55 CQRS?
add(ex(C, U('''CQRS for this? reads are nothing like writes:

writes: ~50/s, one aggregate at a time (a shipment + its events)
reads: dashboards grouping shipments by carrier/region/status/day, search by tracking number, customer portal listing their shipments with latest status
everything is one postgres db with a 14-table join behind the dashboard''')))

# 56 Swift MVVM vs TCA
add(ex(C, U("new iOS app (SwiftUI only, iOS 17+), 3 devs, one of them has never used TCA. MVVM with @Observable, or go TCA from day one? app is mostly forms + offline-first lists")))

# 57 queue design
add(ex(C, U("conception de nos files de jobs : une file par type de job, ou une seule file avec priorités ? certains jobs durent 50 ms, d'autres sont des rendus vidéo de 20 min, et les petits sont affamés dès qu'un lot de rendus arrive. on est sur rabbitmq")))

# 58 utils.py junk drawer (CC)
add(ex(C,
    U(reminder(), "what's in common/utils.py roughly"),
    A((_t := use("Bash", command="grep -E '^(def|class) ' backend/common/utils.py | sed -E 's/\\(.*//' | awk '{print $2}' | cut -d_ -f1 | sort | uniq -c | sort -rn | head", description="Group top-level names"))),
    U(result(_t, "     38 date\n     27 s3\n     21 money\n     19 slack\n     16 retry\n     12 parse\n      9 Retry\n      7 cache\n      5 csv\n      4 html")),
    A("Roughly: date helpers (38), S3 wrappers (27), money formatting (21), Slack (19), a retry framework (~25 across functions and classes), plus parsing, caching, CSV and HTML bits."),
    U(reminder(), opened("backend/common/utils.py"), "utils.py is 3400 lines and it's everyone's junk drawer. date helpers, s3 wrappers, slack notifications, money formatting, a whole retry framework. what should replace it")))

# 59 polling -> websockets
add(ex(C, U("our ops dashboard polls 12 endpoints every 5s per open tab and it's a third of our API load. moving to websockets/SSE: what changes on the backend? where do the updates come from, how do we fan out across 6 API pods, what about auth")))

# 60 sharding events table
add(ex(C, U("events table is 2.1B rows, growing 8M/day, we'll hit 5B next year. queries are almost always by account_id + time range. partition by time, by account hash, both? citus? or move it out of postgres entirely")))

# 61 monorepo tooling
add(ex(C, U("monorepo with 3 next apps, 2 node services and ~15 shared packages. nx, turborepo, or plain pnpm workspaces + a bit of scripting? CI takes 25 min because everything rebuilds")))

# 62 Java hexagonal w/ package listing
add(ex(C, U('''team thinks hexagonal is overkill for this service. current layout below. it's a spring boot service that takes orders from 3 channels (REST, kafka, sftp csv) and pushes to SAP. worth restructuring or not?

com.acme.orders
├── controller/OrderController.java
├── kafka/OrderListener.java
├── sftp/CsvPoller.java
├── service/OrderService.java      (calls SapClient directly, 1100 lines)
├── sap/SapClient.java
├── repository/OrderRepository.java
└── model/ (JPA entities used everywhere, incl. kafka payloads)''')))

# 63 SDK API design: builder vs options
add(ex(C, U('''designing the public API for our TS SDK. builder pattern or a plain options object? we'll add options every release and don't want breaking changes

// A
const client = new Client.Builder().apiKey(k).region("eu").retries(3).timeout(5000).build();
// B
const client = new Client({ apiKey: k, region: "eu", retries: 3, timeout: 5000 });

also: one client with namespaces (client.orders.list()) or separate clients per resource?''')))

# 64 C++ header-only vs compiled
add(ex(C, U("our C++ geometry lib is header-only and compile times are getting bad (~40s per TU that includes it). split into compiled lib + thin headers, use explicit template instantiation, or modules? it's consumed by 3 internal projects via CMake FetchContent")))

# 65 multi-region active-active postgres
add(ex(C, U("product wants active-active in eu-west and us-east for latency. we're on postgres (RDS). is multi-master postgres realistic or do we need to rethink, e.g. home region per tenant with global routing? what would you do")))

# 66 outgrow compose (CC)
add(ex(C, U(reminder("2026-01-27"), opened("deploy/docker-compose.prod.yml"), "we run prod off this compose file on 2 VMs and we're about to outgrow it (need rolling deploys, autoscaling for the worker). next step: nomad, k8s (EKS), ECS, or something like fly/render? team of 3, nobody's a k8s person")))

# 67 Rails business logic placement
add(ex(C, U('''where should business logic go in our rails app? fat models, service objects, interactors, or something else? we have all three right now and new hires don't know which to use

app/models/order.rb                # 900 lines, callbacks send emails
app/services/orders/refund.rb
app/interactors/place_order.rb     # uses the interactor gem
app/models/concerns/billable.rb''')))

# 68 understanding -> singleton vs DI
add(ex(C,
    U('''how does config get loaded here? I see Config.get() called from like 80 places

class Config:
    _instance = None
    @classmethod
    def get(cls):
        if cls._instance is None:
            cls._instance = cls._load(os.environ.get("APP_ENV", "dev"))
        return cls._instance'''),
    A("It's a lazy singleton: the first `Config.get()` call loads config for `APP_ENV` and caches it on the class; every later call returns the same object. So whatever environment is set at first call wins for the process lifetime, and tests that need different config have to reset `Config._instance`."),
    U("right, that's what bites us in tests. knowing that, would you keep the singleton or move to passing config in explicitly? it's a fastapi app, ~80 call sites")))

# 69 JS -> TS migration strategy
add(ex(C, U("strategy for migrating a 200k LOC JS codebase (express + react, shared utils) to TypeScript without freezing feature work? file by file with allowJs? strict from the start? how do we stop new JS files being added")))

# 70 money modeling
add(ex(C, U("how should we model money across the DB, API and frontend? we have float prices in some tables (I know), 7 currencies incl. JPY and KWD, and FX conversion for reporting. integers in minor units, decimal, strings in the API?")))

# 71 CC with code selection: design of event bus abstraction
add(ex(C, U(reminder(), selection("src/events/bus.ts", 1, 20, '''type Handler<T> = (payload: T) => void | Promise<void>;

export class EventBus {
  private handlers = new Map<string, Handler<any>[]>();
  on<T>(event: string, h: Handler<T>) {
    this.handlers.set(event, [...(this.handlers.get(event) ?? []), h]);
  }
  async emit<T>(event: string, payload: T) {
    for (const h of this.handlers.get(event) ?? []) await h(payload);
  }
}'''), "this in-process bus is now used for stuff that has to survive a restart (sending invoices). not sure if we should grow this into something with persistence or replace it with a real broker for some events and keep it for others. thoughts?")))

# 72 Spanish follow-up after gen: "where should this live"
add(ex(C,
    U("escribe una función que calcule el precio final con descuentos escalonados: 5% a partir de 10 unidades, 10% desde 50, 15% desde 100"),
    A('''```python
TIERS = [(100, Decimal("0.15")), (50, Decimal("0.10")), (10, Decimal("0.05"))]

def precio_final(unitario: Decimal, cantidad: int) -> Decimal:
    desc = next((d for minimo, d in TIERS if cantidad >= minimo), Decimal("0"))
    return (unitario * cantidad * (1 - desc)).quantize(Decimal("0.01"))
```'''),
    U("vale. ahora, los tramos cambian por cliente y por campaña y marketing quiere tocarlos sin deploy. ¿dónde debería vivir esta lógica y cómo modelarías los tramos? ¿tabla, motor de reglas, servicio aparte?")))

# 73 German follow-up after understanding: structure question
add(ex(C,
    U("Was macht dieses `@lru_cache` auf der Methode eigentlich? Ist der Cache pro Instanz?"),
    A("Nein, `functools.lru_cache` auf einer Methode cached auf Funktionsebene, und `self` ist Teil des Keys. Der Cache hält also Referenzen auf alle Instanzen, die jemals aufgerufen wurden, die werden dadurch nicht mehr vom GC eingesammelt."),
    U("Verstehe. Wir cachen damit gerade Preisberechnungen in 12 Services-Klassen. Wie sollten wir Caching insgesamt aufziehen: pro Instanz, zentral in Redis, oder als eigene Schicht vor den Services?")))

# 74 Japanese: CC monolith boundary with tool_result + text
t1 = use("Bash", command="ls src/modules && cat src/modules/*/index.ts | grep -c import", description="List modules")
add(ex(C,
    U(reminder("2026-08-20"), "モジュールの一覧見せて"),
    A("確認します。", t1),
    U(result(t1, '''auth
billing
catalog
cart
orders
shipping
reviews
admin
shared
412'''), "sharedが全部から参照されてて境界がぐちゃぐちゃ。モジュール間の依存ルールをどう決めるべき？レイヤー分けか、モジュールごとの公開APIか")))
