"""architecture: how to structure systems and modules, APIs and data models, technology
choices, trade-offs, migration strategy, scaling.  Often arrives with code pasted or after
tool exploration, sometimes just "this file is getting huge"."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

C = "architecture"
EXAMPLES = []

# 1 this file is getting huge (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/server/routes.ts"), "add a GET /teams/:id/usage route"),
    A(Bash("wc -l src/server/routes.ts && grep -c 'router\\.' src/server/routes.ts", "Check file size")),
    U(Res('''2841 src/server/routes.ts
163''')),
    A("Before adding it: `routes.ts` is 2,841 lines with 163 route registrations. I'll add the new route next to the other `/teams` routes.",
      Edit("src/server/routes.ts", "router.get('/teams/:id/members', ", "router.get('/teams/:id/usage', requireTeamMember, usageHandler);\nrouter.get('/teams/:id/members', ")),
    U(Res(edited("src/server/routes.ts", "router.get('/teams/:id/usage', requireTeamMember, usageHandler);\nrouter.get('/teams/:id/members', requireTeamMember, async (req, res) => {", 1204))),
    A("Added `GET /teams/:id/usage` using the existing `requireTeamMember` guard."),
    U("yeah this file is getting huge. not now but what would you do with it"),
))

# 2 kafka or sqs
EXAMPLES.append(ex(C, "kafka or sqs for order events? we're 4 devs, everything's on aws already, maybe 30 events/sec peak, but the analytics people want to replay history"))

# 3 monorepo structure
EXAMPLES.append(ex(C, "how should I structure the monorepo? we have a next.js storefront, an expo mobile app, a node api, and they all share zod schemas and some ui. currently 4 repos and syncing types by copy-paste"))

# 4 code pasted: where should pricing logic live
EXAMPLES.append(ex(C,
    U(REM(), "where do we compute the cart total"),
    A(Grep("subtotal|shipping|total_with_tax", "app/", "content", **{"-n": True})),
    U(Res('''app/controllers/carts_controller.rb:5:    @subtotal = @cart.items.sum { |i| i.product.price * i.qty }
app/controllers/carts_controller.rb:6:    @discount = current_user&.vip? ? @subtotal * 0.1 : 0
app/controllers/carts_controller.rb:7:    @discount += 5 if params[:coupon] == "WELCOME5"
app/models/cart.rb:14:  def shipping
app/models/cart.rb:15:    items.sum(&:weight) > 20 ? 14.90 : 4.90
app/helpers/carts_helper.rb:3:  def total_with_tax(cart, subtotal, discount)
app/helpers/carts_helper.rb:4:    ((subtotal - discount + cart.shipping) * (cart.country == "DE" ? 1.19 : 1.2)).round(2)
app/views/checkouts/show.html.erb:22:    <%= number_to_currency(total_with_tax(@cart, @subtotal, @discount)) %>''')),
    A("The total is spread across three layers: subtotal and discounts in `CartsController#show`, shipping in `Cart#shipping`, and tax in `CartsHelper#total_with_tax`, which the checkout view calls directly."),
    U("we're about to add B2B pricing with per-customer price lists and net terms. where should pricing logic live so this doesn't get worse?"),
))

# 5 should this be a microservice
EXAMPLES.append(ex(C, "should notifications be its own service? it's currently a module in the django monolith, sends email+push+sms, about 15% of our celery load. the team that owns it wants to move faster"))

# 6 mongo to postgres no downtime
EXAMPLES.append(ex(C, '''we need to move from mongo to postgres without downtime. 40 collections, ~300GB, the app writes constantly. what's the migration strategy? we can't freeze writes for more than a few seconds'''))

# 7 5k -> 50k rps where break first
EXAMPLES.append(ex(C,
    U(REM(), "summarize what's running in prod right now, from the terraform state"),
    A(Bash("terraform -chdir=infra/prod state list | grep -E 'aws_(ecs_service|db_instance|elasticache|lb)\\.' ", "List core prod resources")),
    U(Res('''aws_db_instance.primary
aws_db_instance.replica_1
aws_ecs_service.api
aws_ecs_service.celery_worker
aws_elasticache_replication_group.sessions
aws_lb.public''')),
    A(Bash("aws ecs describe-services --cluster prod --services api celery_worker --query 'services[].[serviceName,desiredCount]' --output text; aws rds describe-db-instances --query 'DBInstances[].[DBInstanceIdentifier,DBInstanceClass]' --output text", "Check capacity")),
    U(Res('''api	6
celery_worker	1
primary	db.r6g.2xlarge
replica-1	db.r6g.2xlarge''')),
    A("Prod has 6 API tasks behind an ALB, one Postgres primary (r6g.2xlarge) plus one replica, Redis for sessions, and a single Celery worker service."),
    U("we peak around 5k rps today. new enterprise customer means ~50k in 6 months. where do we break first and what's the plan, in order?"),
))

# 8 multi-tenant permissions data model
EXAMPLES.append(ex(C,
    U(REM(), "how are roles stored today"),
    A(Bash("psql -c '\\d memberships'", "Describe memberships table")),
    U(Res('''              Table "public.memberships"
    Column    |  Type   | Nullable
--------------+---------+----------
 id           | bigint  | not null
 user_id      | bigint  | not null
 org_id       | bigint  | not null
 role         | text    | not null
Check constraints:
    "memberships_role_check" CHECK (role = ANY (ARRAY['owner', 'admin', 'member']))''')),
    A("Roles are one `role` per user per org in `memberships`, limited to owner, admin or member."),
    U("that won't survive what's coming: orgs have workspaces, workspaces have projects, users get roles per workspace and sometimes per project (external contractors), and custom roles next quarter. how do I model this?"),
))

# 9 rest or graphql mobile
EXAMPLES.append(ex(C, "REST or GraphQL for the new mobile app backend? the web app already talks to a REST api, mobile screens need data from 4-6 resources each and we have bad connectivity users in rural areas"))

# 10 event sourcing vs crud (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the ledger models"),
    A(Read("/srv/wallet/app/models/ledger.py")),
    U(Res(lines('''class Account(Base):
    __tablename__ = "accounts"
    id = Column(Integer, primary_key=True)
    owner_id = Column(ForeignKey("users.id"))
    balance = Column(Numeric(18, 2), nullable=False, default=0)
    updated_at = Column(DateTime, onupdate=func.now())

class BalanceChange(Base):
    __tablename__ = "balance_changes"
    id = Column(Integer, primary_key=True)
    account_id = Column(ForeignKey("accounts.id"))
    delta = Column(Numeric(18, 2))
    reason = Column(String)
    created_at = Column(DateTime, server_default=func.now())'''))),
    A("`Account` holds a mutable `balance`, and `BalanceChange` is a log of deltas with a free-text reason."),
    U("auditors want to reconstruct any balance at any point in time and we've had two incidents where balance and the changes didn't add up. should we go full event sourcing here or is that overkill"),
))

# 11 caching strategy
EXAMPLES.append(ex(C, "product pages take 800ms to render, 95% reads, prices change a few times a day via an admin import, stock changes constantly. what's the caching strategy? CDN, redis, both? what do we do about stock"))

# 12 es monolito modular
EXAMPLES.append(ex(C, "¿monolito modular o microservicios para empezar? somos 3 devs, es un SaaS de reservas para clínicas, y el inversor pregunta por 'escalabilidad'"))

# 13 de layers with code
EXAMPLES.append(ex(C,
    U(REM(), OPEN("internal/http/booking.go"), "Zeig mir den CreateBooking-Handler"),
    A(Read("internal/http/booking.go")),
    U(Res(lines('''func (h *Handler) CreateBooking(w http.ResponseWriter, r *http.Request) {
	var req BookingReq
	json.NewDecoder(r.Body).Decode(&req)
	row := h.db.QueryRow("SELECT capacity FROM rooms WHERE id=$1", req.RoomID)
	var capacity int
	row.Scan(&capacity)
	var taken int
	h.db.QueryRow("SELECT count(*) FROM bookings WHERE room_id=$1 AND day=$2", req.RoomID, req.Day).Scan(&taken)
	if taken >= capacity {
		http.Error(w, "full", 409)
		return
	}
	h.db.Exec("INSERT INTO bookings(room_id, user_id, day) VALUES ($1,$2,$3)", req.RoomID, req.UserID, req.Day)
	h.mailer.Send(req.UserID, "Buchung bestätigt")
	w.WriteHeader(201)
}'''))),
    A("Der Handler dekodiert die Anfrage, prüft die Raumkapazität direkt per SQL, legt die Buchung an und verschickt die Bestätigungsmail, alles in einer Funktion."),
    U("Wie würdet ihr hier die Schichten trennen? Wir wollen später auch eine gRPC-Schnittstelle und Tests ohne echte DB."),
))

# 14 fr sqlite vs postgres desktop sync
EXAMPLES.append(ex(C, "on hésite entre SQLite local + sync maison et Postgres distant pour une appli desktop (Tauri) de prise de notes qui doit marcher hors ligne et se synchroniser entre 3-4 appareils. qu'est-ce que vous feriez ?"))

# 15 zh multi-currency schema
EXAMPLES.append(ex(C, "我们的订单系统要支持多币种（人民币、美元、欧元），还要按下单时的汇率结算，退款按原汇率。数据库表怎么设计比较好？金额字段用什么类型？"))

# 16 ja notifications design (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "通知まわりのコードを探して"),
    A(Grep("notify|Notification", "app/", "files_with_matches")),
    U(Res('''app/models/notification.rb
app/controllers/comments_controller.rb
app/controllers/orders_controller.rb
app/jobs/daily_digest_job.rb
app/mailers/user_mailer.rb
app/services/push_sender.rb''')),
    A("通知関連はモデル `Notification`、コメント・注文コントローラ内の直接呼び出し、日次ダイジェストのジョブ、メーラー、プッシュ送信サービスに散らばっています。"),
    U("これからSlack連携とユーザーごとの通知設定（チャネル別ON/OFF、まとめ送信）を入れたい。今のバラバラな状態からどう設計し直すべき？"),
))

# 17 ko state management
EXAMPLES.append(ex(C, "상태 관리 Redux 말고 뭐가 나을까요? 서버 데이터가 대부분이고 클라이언트 전용 상태는 모달 열림/테마 정도예요. 지금 Redux 보일러플레이트가 너무 많아서 팀원들이 힘들어함"))

# 18 ru background jobs
EXAMPLES.append(ex(C, "как лучше организовать фоновые задачи в нашем FastAPI-сервисе? сейчас BackgroundTasks, но задачи теряются при рестарте пода, а некоторые (генерация отчётов) идут по 10 минут. celery, arq, dramatiq, temporal? нас двое"))

# 19 pt separar pagamentos (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "quais módulos importam coisas de payments?"),
    A(Bash("grep -rl 'from app.payments' app/ | sort | uniq -c | sort -rn | head -20", "Find importers of payments")),
    U(Res('''      1 app/checkout/service.py
      1 app/checkout/views.py
      1 app/subscriptions/renewal.py
      1 app/admin/refunds.py
      1 app/reports/revenue.py
      1 app/users/models.py
      1 app/emails/receipts.py''')),
    A("Sete módulos importam de `app.payments`: checkout (2), assinaturas, reembolsos no admin, relatórios de receita, o model de usuários e os e-mails de recibo."),
    U("vale a pena separar payments em outro serviço? a auditoria PCI tá chegando e queremos diminuir o escopo"),
))

# 20 it API versioning
EXAMPLES.append(ex(C, "come gestireste il versioning della nostra API pubblica? abbiamo ~200 integrazioni di clienti, alcune mai aggiornate dal 2021. URL (/v2/), header, o date-based come Stripe?"))

# 21 pl permissions system
EXAMPLES.append(ex(C, "jak zaprojektować system uprawnień w aplikacji dla kancelarii prawnych? dokumenty mają być widoczne tylko dla osób przypisanych do sprawy, ale partnerzy widzą wszystko, a klient widzi tylko swoje dokumenty oznaczone jako 'udostępnione'. RBAC wystarczy czy potrzebujemy czegoś w stylu ReBAC/Zanzibar?"))

# 22 tr grpc or rest
EXAMPLES.append(ex(C, "mikroservisler arası iletişim için gRPC mi REST mi kullanalım? 8 servis var, hepsi Go, sadece bir tanesi dışarıya açık. ekipte protobuf bilen yok"))

# 23 hinglish websocket scale
EXAMPLES.append(ex(C, "bhai ek chat app bana rahe hain, abhi ek node server pe socket.io hai. 50k concurrent users target hai. multiple servers pe websockets ka scale kaise karein? redis adapter, ya kuch aur? messages persist bhi karne hain"))

# 24 nl feature flags setup
EXAMPLES.append(ex(C, "hoe zouden jullie feature flags opzetten voor een team van 12 met een Rails backend en een React frontend? zelf bouwen in de database, Unleash self-hosted, of LaunchDarkly? we willen ook per klant kunnen aanzetten"))

# 25 tool loop: how would you split into packages
EXAMPLES.append(ex(C,
    U(REM(), "look around the internal/ folder and tell me what's there"),
    A(Bash("find internal -name '*.go' -not -name '*_test.go' | xargs wc -l | sort -n | tail -15", "List Go files by size")),
    U(Res('''   412 internal/app/webhooks.go
   530 internal/app/billing.go
   611 internal/app/users.go
   688 internal/app/reports.go
   702 internal/app/projects.go
   840 internal/app/auth.go
  1204 internal/app/db.go
  1390 internal/app/handlers.go
  6377 total''')),
    A("Everything is in a single `internal/app` package: about 6,400 lines, with `handlers.go` (1,390) and `db.go` (1,204) the largest. Let me check how the files depend on each other.",
      Grep("func \\(a \\*App\\)", "internal/app", "count")),
    U(Res('''internal/app/handlers.go:61
internal/app/db.go:48
internal/app/auth.go:22
internal/app/billing.go:19
internal/app/projects.go:27
internal/app/reports.go:15
internal/app/users.go:24
internal/app/webhooks.go:11''')),
    A("Nearly every function is a method on one `*App` struct (227 methods), so all domains share the same state and DB access."),
    U("ok given what you've seen, how would you split this into packages? I don't want a java-style 40 package thing"),
))

# 26 tool loop: repository layer without big bang
EXAMPLES.append(ex(C,
    U(REM(), "how many places talk to the db directly"),
    A(Grep("db\\.session\\.|session\\.query\\(|\\.execute\\(", "app/", "count")),
    U(Res('''app/views/orders.py:34
app/views/users.py:21
app/views/admin.py:58
app/tasks/sync.py:17
app/tasks/cleanup.py:9
app/services/pricing.py:12
app/utils/helpers.py:26
app/templatetags/stats.py:4''')),
    A("181 direct DB calls across 8 files, including views, Celery tasks, a template tag and `utils/helpers.py`."),
    U("yeah it's everywhere. what's the plan to get that behind some kind of repository/service layer without a big-bang rewrite? we still have to ship features meanwhile"),
))

# 27 multi-turn: after debugging -> global config design
EXAMPLES.append(ex(C,
    "tests pass alone but fail when run together, something about the currency being USD instead of EUR",
    "A test mutates the global `config` object and never restores it; `test_checkout_us` sets `config.currency = 'USD'` and later tests inherit it. Use `monkeypatch.setattr(config, 'currency', 'USD')` so it's undone after the test.",
    "ok that fixes this one but this keeps happening because everything reads and writes one global config object, we've had 3 bugs like this. how should config be designed instead? it's a ~60k line python app"))

# 28 terraform layout 3 envs 4 regions
EXAMPLES.append(ex(C, '''how should I lay out the terraform for 3 envs (dev/stage/prod) x 4 regions? currently one giant root module with `count = var.env == "prod" ? 1 : 0` everywhere and a 9-minute plan. workspaces? terragrunt? separate roots per env/region?'''))

# 29 k8s one cluster per env or namespaces
EXAMPLES.append(ex(C, "one k8s cluster per env or one cluster with namespaces? 15 services, 3 envs, small platform team (2 people), EKS. security team wants prod isolated but doesn't specify how"))

# 30 CI for 40 services monorepo (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "list the workflows"),
    A(Bash("ls .github/workflows | wc -l; ls .github/workflows | head -8", "List workflow files")),
    U(Res('''43
billing-api.yml
billing-worker.yml
catalog-api.yml
catalog-indexer.yml
checkout-api.yml
checkout-web.yml
email-service.yml
gateway.yml''')),
    A(Read(".github/workflows/billing-api.yml")),
    U(Res(lines('''name: billing-api
on:
  push:
    paths: ['services/billing-api/**', 'libs/**']
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-go@v5
        with: { go-version: '1.23' }
      - run: cd services/billing-api && go test ./... && go build ./...
      - run: docker build -t $REG/billing-api:${{ github.sha }} services/billing-api
      - run: docker push $REG/billing-api:${{ github.sha }}''', 1))),
    A("43 near-identical workflows, one per service, each triggered by its own path filter plus `libs/**`."),
    U("any change to libs/ kicks off all 40 of them and we burn 2h of runner time. how should CI be structured for this monorepo instead?"),
))

# 31 react-query vs context server state
EXAMPLES.append(ex(C, '''where should server state live? right now we fetch in a top-level <DataProvider> with useEffect and stuff everything in context. pages re-render constantly and invalidation after mutations is hand-written everywhere. react-query/tanstack, swr, rtk query, or just restructure the contexts?'''))

# 32 go interfaces consumer side with code
EXAMPLES.append(ex(C,
    U(REM(), "who imports the storage package"),
    A(Bash("go list -f '{{.ImportPath}}: {{join .Imports \" \"}}' ./... | grep 'internal/storage' | cut -d: -f1", "Find importers of storage")),
    U(Res('''github.com/kite/app/internal/auth
github.com/kite/app/internal/billing
github.com/kite/app/internal/orders
github.com/kite/app/internal/admin
github.com/kite/app/cmd/server''')),
    A(Grep("storage\\.Store", "internal/", "content", **{"-n": True})),
    U(Res('''internal/auth/service.go:14:	store storage.Store // uses GetUser
internal/billing/invoices.go:20:	store storage.Store // uses ListOrders
internal/orders/service.go:18:	store storage.Store
internal/admin/handlers.go:11:	store storage.Store''')),
    A("Four packages depend on the whole `storage.Store` interface (35 methods), even though auth only calls `GetUser` and billing only calls `ListOrders`."),
    U("mocks are painful and everything recompiles when storage changes. where should the interfaces live and how should this be cut?"),
))

# 33 rust workspace crates
EXAMPLES.append(ex(C, "planning a rust project: a CLI, an HTTP server, and shared domain logic + a sqlite storage layer. single crate with modules, or a workspace? if workspace, how many crates and where do the boundaries go? compile times matter to me"))

# 34 hexagonal overkill (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "what does the package structure of the inventory service look like"),
    A(Bash("find src/main/java -type d | sed 's|src/main/java/com/acme/inventory||' | sort", "List packages")),
    U(Res('''
/controller
/dto
/entity
/repository
/service
/service/impl
/util''')),
    A("Classic layered layout: `controller`, `dto`, `entity`, `repository`, `service` with `service/impl`, and `util`."),
    U("new tech lead wants to move it to hexagonal (ports & adapters). it's ~9k lines, CRUD plus some reservation rules, one DB, talks to 2 other services. overkill or worth it?"),
))

# 35 elixir umbrella vs contexts
EXAMPLES.append(ex(C, "phoenix app is growing (accounts, billing, scheduling, messaging). umbrella app, poncho, or stay with one app and contexts? we've heard umbrella apps are a pain"))

# 36 swift MVVM vs TCA
EXAMPLES.append(ex(C, "MVVM or TCA for a new SwiftUI app? medium complexity (offline sync, deep links, ~25 screens), team of 3 iOS devs, one of whom has used TCA before and loves it, the other two are skeptical"))

# 37 soft deletes vs archive table
EXAMPLES.append(ex(C,
    U(REM(), "how many queries filter on deleted_at"),
    A(Grep("deleted_at", "app/", "count")),
    U(Res('''app/models/concerns/soft_deletable.rb:6
app/models/project.rb:3
app/queries/dashboard_query.rb:4
app/queries/search_query.rb:2
app/controllers/api/v1/projects_controller.rb:5
app/services/exports/projects_export.rb:1''')),
    A("21 references in 6 files, and only `soft_deletable.rb` applies the filter centrally; the rest repeat `WHERE deleted_at IS NULL` by hand."),
    U("half our bugs lately are queries that forgot that filter. we also need GDPR hard-deletes and 30-day undo for users. keep soft deletes, move rows to an archive table, or something else?"),
))

# 38 uuid v7 vs bigint (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the schema for the events and users tables"),
    A(Bash("psql $DATABASE_URL -c '\\d events' -c '\\d users'", "Describe tables")),
    U(Res('''                        Table "public.events"
   Column    |           Type           | Nullable |              Default
-------------+--------------------------+----------+------------------------------------
 id          | bigint                   | not null | nextval('events_id_seq'::regclass)
 user_id     | bigint                   | not null |
 kind        | text                     | not null |
 payload     | jsonb                    |          |
 created_at  | timestamp with time zone | not null | now()
Indexes:
    "events_pkey" PRIMARY KEY, btree (id)
    "events_user_created_idx" btree (user_id, created_at)

                        Table "public.users"
   Column   |  Type   | Nullable |             Default
------------+---------+----------+-----------------------------------
 id         | bigint  | not null | nextval('users_id_seq'::regclass)
 email      | text    | not null |''')),
    A("Both tables use `bigint` identity keys; `events` is indexed on `(user_id, created_at)`."),
    U("we're about to let clients create events offline and sync later, and we're splitting events into its own db. keep bigint, switch to uuidv7, or ulid? what breaks"),
))

# 39 outbox vs dual writes
EXAMPLES.append(ex(C,
    U(REM(), "show me how an order gets published after it's created"),
    A(Grep("publish\\(", "orders/", "content", **{"-n": True, "-B": 6})),
    U(Res('''orders/handlers.py-40-    with db.transaction():
orders/handlers.py-41-        order = Order.create(**payload)
orders/handlers.py-42-        for line in payload["lines"]:
orders/handlers.py-43-            OrderLine.create(order=order, **line)
orders/handlers.py-44-    try:
orders/handlers.py-45-        channel.basic_publish("orders", "order.created", json.dumps(order.to_event()))
--
orders/handlers.py:46:        # publish(order) -- TODO retry?
orders/handlers.py-47-    except AMQPError:
orders/handlers.py-48-        log.exception("publish failed for order %s", order.id)''')),
    A("The order is committed first, then published to RabbitMQ outside the transaction; if the publish fails it's only logged."),
    U("so downstream sometimes never hears about an order. outbox pattern, or is there something simpler at ~200 orders/min? postgres + rabbit"),
))

# 40 session cookies vs JWT SPA+mobile
EXAMPLES.append(ex(C, "session cookies or JWTs for our SPA + native mobile app? same backend. security review flagged localStorage tokens. we also need 'log out everywhere'"))

# 41 direct to s3 presigned or through API
EXAMPLES.append(ex(C, "users upload videos (up to 4GB). direct-to-S3 with presigned URLs, or stream through our API? we need virus scanning and to know which user owns which file, and the API runs on small fargate tasks"))

# 42 ES vs postgres fts (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "how is search implemented right now"),
    A(Grep("to_tsvector|ts_rank|ILIKE", "api/", "content", **{"-n": True})),
    U(Res('''api/search/query.py:18:        WHERE title ILIKE :q OR body ILIKE :q
api/search/query.py:19:        ORDER BY updated_at DESC
api/search/query.py:20:        LIMIT 50''')),
    A("Search is a plain `ILIKE` on `title` and `body`, ordered by recency, with no full-text index."),
    U("we're at 2M docs, growing to maybe 10M, product wants typo tolerance, facets and relevance ranking. elasticsearch/opensearch, meilisearch, or push postgres fts as far as it goes? what would you pick and why"),
))

# 43 active-active multi-region
EXAMPLES.append(ex(C, "CTO asked if we should go active-active in eu-west-1 and us-east-1. we're a b2b saas, 99.9% SLA, postgres-backed, mostly EU customers with a few big US ones complaining about latency. is active-active worth it or is there a middle ground"))

# 44 plugin system design for CLI
EXAMPLES.append(ex(C, "designing a plugin system for our CLI (python). plugins should add subcommands and hook into a few lifecycle events (pre-deploy, post-deploy). entry points? a plugins dir? subprocess protocol like git/kubectl? third parties will write them and we don't want them to break on every release"))

# 45 event schema versioning (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me what an order.created event looks like"),
    A(Read("/repo/contracts/events/order_created.json")),
    U(Res(lines('''{
  "type": "order.created",
  "id": "evt_...",
  "occurred_at": "2026-11-20T10:00:00Z",
  "data": {
    "order_id": "ord_...",
    "customer_id": "cus_...",
    "total": 129.90,
    "currency": "EUR",
    "items": [{"sku": "...", "qty": 1, "price": 129.90}]
  }
}'''))),
    A("An `order.created` event is an envelope (`type`, `id`, `occurred_at`) around `data` carrying order id, customer id, total, currency and line items."),
    U("we need to change total to integer cents and split items into lines with tax info. 9 consumers, 3 teams, some replay from the topic. how do we evolve the schema without breaking everyone?"),
))

# 46 three services writing same table
EXAMPLES.append(ex(C, "we have 3 services (orders, fulfillment, support tool) all writing to the same `orders` table in a shared postgres. is that as bad as people say? what should ownership look like, and how do we get there from here"))

# 47 rate limiting across instances
EXAMPLES.append(ex(C,
    U(REM(), "how is rate limiting done in the gateway today"),
    A(Read("gateway/middleware/ratelimit.go")),
    U(Res(lines('''var limiters sync.Map // apiKey -> *rate.Limiter

func RateLimit(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := r.Header.Get("X-Api-Key")
		l, _ := limiters.LoadOrStore(key, rate.NewLimiter(rate.Every(time.Minute/100), 20))
		if !l.(*rate.Limiter).Allow() {
			http.Error(w, "rate limited", http.StatusTooManyRequests)
			return
		}
		next.ServeHTTP(w, r)
	})
}'''))),
    A("Each gateway instance keeps an in-memory `rate.Limiter` per API key (100/min, burst 20)."),
    U("we run 12 instances, so customers effectively get 12x their limit. how should limits work across instances? redis+lua, sliding window vs token bucket, envoy global rate limit? and what happens when the shared store is down"),
))

# 48 ML model in api process or separate
EXAMPLES.append(ex(C,
    U(REM(), OPEN("api/feed.py"), "read api/feed.py"),
    A(Read("api/feed.py")),
    U(Res(lines('''model = ort.InferenceSession("models/ranker.onnx")   # ~400MB

@app.post("/feed")
async def feed(req: FeedReq):
    items = await candidates(req.user_id)
    if req.personalized:
        scores = model.run(None, {"x": featurize(items, req.user_id)})[0]
        items = rerank(items, scores)
    return items'''))),
    A("`/feed` fetches candidates and, for personalized requests, scores them with an ONNX ranker loaded at import time."),
    U("~30ms inference on CPU, ~20% of requests, 4 uvicorn workers per pod so 4 copies of the model per pod. should it run inside the API process or as its own service?"),
))

# 49 payments retries/idempotency design (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "find where we call the PSP"),
    A(Grep("psp_client\\.", "src/", "content", **{"-n": True})),
    U(Res('''src/checkout/pay.ts:44:  const res = await psp_client.authorize({ amount, token, orderId });
src/subscriptions/renew.ts:71:  const res = await psp_client.charge({ amount, customerRef, orderId: sub.id });
src/refunds/index.ts:23:  await psp_client.refund({ paymentId, amount });''')),
    A("Three call sites: `authorize` during checkout, `charge` for subscription renewals and `refund`. None of them passes an idempotency key or retries."),
    U("the PSP times out maybe 0.5% of the time and we don't know whether the charge went through. how should we design retries + reconciliation so we never double charge and never lose a payment?"),
))

# 50 temporal vs celery beat
EXAMPLES.append(ex(C, "our 'workflows' are chains of celery tasks + celery beat + a status column we poll. onboarding a customer is 9 steps over ~3 days with human approvals. temporal? step functions? keep celery and model it better?"))

# 51 angularjs to react incremental
EXAMPLES.append(ex(C, "we have a 120k LOC angularjs 1.x app. rewrite in react is not getting funded as a big bang. how do we migrate incrementally? route by route behind a proxy, single-spa, web components, react-in-angular directives? we ship every week"))

# 52 env vars vs config service
EXAMPLES.append(ex(C, "config: env vars, a config service (consul/appconfig), or config files baked into the image? ~30 services, some settings need to change at runtime without deploys (kill switches), secrets are in vault"))

# 53 14 ctor params (code pasted)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/main/kotlin/reports/ReportService.kt"), "how many dependencies does ReportService take"),
    A(Read("src/main/kotlin/reports/ReportService.kt", limit=25)),
    U(Res(lines('''class ReportService(
    private val orders: OrderRepository,
    private val customers: CustomerRepository,
    private val products: ProductRepository,
    private val invoices: InvoiceRepository,
    private val fx: ExchangeRateClient,
    private val pdf: PdfRenderer,
    private val xlsx: XlsxWriter,
    private val csv: CsvWriter,
    private val s3: S3Client,
    private val mailer: Mailer,
    private val clock: Clock,
    private val flags: FeatureFlags,
    private val metrics: MeterRegistry,
    private val i18n: Translator,
) {
    fun monthlySales(...) { ... }
    fun customerStatement(...) { ... }
    fun inventoryValuation(...) { ... }
    fun taxReport(...) { ... }'''))),
    A("14 constructor parameters and four report methods so far."),
    U("and every new report type adds more. how should I restructure it?"),
))

# 54 audit log schema
EXAMPLES.append(ex(C, "need an audit log: who changed what, when, before/after values, across ~40 tables. triggers writing to an audit table, app-level events, or CDC with debezium? we need it queryable by customer support and retained 7 years"))

# 55 multi-turn after review: should this be in gateway
EXAMPLES.append(ex(C,
    '''anything off with this?

```ts
gateway.use(async (req, res, next) => {
  if (req.path.startsWith('/api/orders')) {
    const user = await usersSvc.get(req.userId);
    if (user.plan === 'free' && req.method === 'POST') {
      const count = await ordersSvc.countThisMonth(req.userId);
      if (count >= 10) return res.status(402).json({ error: 'upgrade required' });
    }
  }
  next();
});
```''',
    "It works, but it makes two network calls on every `/api/orders` request before routing, and a failure in either service turns into a 500 from the gateway. Prefer an early `return next()` for non-POSTs, cache the plan, and handle errors explicitly.",
    "fair. bigger question though: should plan limits even live in the gateway, or in the orders service, or in some entitlements service? we have like 6 more limits coming (seats, storage, api calls)"))

# 56 tool loop: cloc, where to start modularizing
EXAMPLES.append(ex(C,
    U(REM(), "run cloc on the repo"),
    A(Bash("cloc --quiet --exclude-dir=node_modules,dist .", "Count lines of code")),
    U(Res('''-------------------------------------------------------------------------------
Language                     files          blank        comment           code
-------------------------------------------------------------------------------
TypeScript                    1243          21034           6102         188431
JavaScript                     388           9120           1877          61210
SCSS                           201           3301            290          22874
JSON                            92              4              0           9822
-------------------------------------------------------------------------------
SUM:                          1924          33459           8269         282337
-------------------------------------------------------------------------------''')),
    A("About 282k lines, mostly TypeScript (188k) with 61k of JavaScript still around."),
    U(OPEN("src/app/index.ts"), "it's all one webpack app, 11 teams commit to it, builds take 14 min. where do we even start with breaking this up? module federation? nx? just folders with lint rules?"),
))

# 57 CDN cache invalidation design
EXAMPLES.append(ex(C, "we put cloudfront in front of the api for GET endpoints. now editors complain changes take up to 10 min to show. how should cache keys / TTLs / invalidation be designed so edits show up fast without killing the hit rate? surrogate keys?"))

# 58 offline-first mobile sync
EXAMPLES.append(ex(C, "designing offline-first sync for a field inspection app: technicians edit checklists with no signal for hours, sometimes two people edit the same inspection. CRDTs, last-write-wins per field, or server-side merge with conflict UI? backend is rails + postgres"))

# 59 webhook delivery system
EXAMPLES.append(ex(C, "we're building outgoing webhooks for customers: at-least-once, retries with backoff for up to 3 days, per-customer ordering would be nice, customers' endpoints are slow/flaky. what's the architecture? one queue, queue per customer, a db table as queue?"))

# 60 i18n content in DB (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show the product and category tables"),
    A(Bash("psql -c '\\d products' -c '\\d categories'", "Describe product tables")),
    U(Res('''                Table "public.products"
   Column    |     Type      | Nullable
-------------+---------------+----------
 id          | bigint        | not null
 name        | text          | not null
 description | text          |
 price       | numeric(10,2) | not null
 category_id | bigint        |

               Table "public.categories"
 Column |  Type  | Nullable
--------+--------+----------
 id     | bigint | not null
 name   | text   | not null
 slug   | text   | not null''')),
    A("`products` and `categories` each store a single `name` (and `products` a `description`) as plain text."),
    U("we're launching in 5 more languages. translations table per entity, jsonb columns like name->>'de', or a generic translations table? search has to work per language too"),
))

# 61 observability stack
EXAMPLES.append(ex(C, "picking an observability stack from scratch: grafana lgtm self-hosted vs datadog vs honeycomb + something for logs. 25 services, otel already in half of them, budget is tight but eng time is tighter"))

# 62 schema-per-tenant vs row-level
EXAMPLES.append(ex(C, "schema-per-tenant or a tenant_id column with RLS? 300 tenants now, maybe 5000 in two years, a few enterprise ones want their data 'physically separated', and we run migrations weekly"))

# 63 federation vs one gateway (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "how big is the graphql schema"),
    A(Bash("find . -name '*.graphql' -not -path '*/node_modules/*' | xargs wc -l | tail -1; grep -h '^type ' $(find . -name '*.graphql' -not -path '*/node_modules/*') | wc -l", "Measure schema size")),
    U(Res('''  6120 total
318''')),
    A("318 types across about 6,100 lines of SDL, all in one gateway service that resolves against 7 backend services."),
    U("each team keeps waiting on the gateway team to merge schema changes. federation, schema stitching, or split into per-team graphs? what do we lose"),
))

# 64 tool loop: redux, mobx AND zustand
EXAMPLES.append(ex(C,
    U(REM(), "what state libs are we using"),
    A(Bash("jq '.dependencies | with_entries(select(.key | test(\"redux|mobx|zustand|jotai|recoil|xstate\")))' package.json", "Check state libraries")),
    U(Res('''{
  "@reduxjs/toolkit": "^1.9.7",
  "react-redux": "^8.1.3",
  "mobx": "^6.10.2",
  "mobx-react-lite": "^4.0.5",
  "zustand": "^4.5.2"
}''')),
    A(Bash("for l in react-redux mobx-react-lite zustand; do echo \"$l $(grep -rl \"from '$l'\" src | wc -l)\"; done", "Count usages per library")),
    U(Res('''react-redux 84
mobx-react-lite 37
zustand 12''')),
    A("Redux is used in 84 files, MobX in 37 and Zustand in 12."),
    U("pick one and tell me how we get there. we can't stop feature work"),
))

# 65 "same but for the android app"
EXAMPLES.append(ex(C,
    "how should the iOS app handle auth token storage and refresh? we have access tokens (15min) and refresh tokens (30d), and background sync runs every hour",
    "Keep the refresh token in the Keychain (`kSecAttrAccessibleAfterFirstUnlock` so background sync can read it) and the access token in memory only. Route all requests through one `AuthSession` actor that serialises refreshes, so concurrent 401s trigger a single refresh and everyone else awaits it. Background sync goes through the same actor. On a refresh failure, clear both tokens and send the user to login.",
    "same but for the android app. we use workmanager for the background sync and retrofit"))

# 66 microfrontends 3 teams
EXAMPLES.append(ex(C, "3 frontend teams, one react app. someone proposed microfrontends. what do we actually gain vs. a well-structured monorepo with ownership rules? we'd be the ones maintaining the shell"))

# 67 PDFs in postgres bytea
EXAMPLES.append(ex(C, "store the generated invoice PDFs in postgres as bytea or in S3 with a key in the db? ~50k/month, 200KB each, must keep 10 years, accountants download them rarely"))

# 68 batch vs streaming analytics
EXAMPLES.append(ex(C, "analytics pipeline: nightly batch into bigquery works, but sales wants 'real-time' dashboards. do we need kafka + flink, or is micro-batching every 5 min good enough? what does 'real-time' cost us"))

# 69 big switch on payment provider (code pasted)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("payments/gateway.py"), "read payments/gateway.py"),
    A(Read("payments/gateway.py")),
    U(Res(lines('''import logging
import stripe
import Adyen
from django.conf import settings
from django.db import transaction

from orders.models import Order, PaymentAttempt
from payments.errors import PaymentDeclined, PaymentError

log = logging.getLogger(__name__)
adyen = Adyen.Adyen(xapikey=settings.ADYEN_KEY, platform=settings.ADYEN_ENV)
stripe.api_key = settings.STRIPE_KEY
ADYEN_MERCHANT = settings.ADYEN_MERCHANT


def charge(order: Order, method) -> dict:
    attempt = PaymentAttempt.objects.create(order=order, provider=method.provider)
    try:
        if method.provider == "stripe":
            customer = stripe.Customer.retrieve(order.user.stripe_id)
            intent = stripe.PaymentIntent.create(
                amount=order.cents, currency=order.currency, customer=customer.id,
                payment_method=method.token, confirm=True,
                return_url=settings.SITE_URL + f"/orders/{order.id}/return",
            )
            if intent.status == "requires_action":
                attempt.mark_pending(intent.id)
                return {"redirect": intent.next_action.redirect_to_url.url}
            order.psp_ref = intent.id
        elif method.provider == "adyen":
            resp = adyen.checkout.payments_api.payments({
                "amount": {"value": order.cents, "currency": order.currency},
                "paymentMethod": {"type": "scheme", "encryptedCardNumber": method.token},
                "reference": str(order.id),
                "merchantAccount": ADYEN_MERCHANT,
                "returnUrl": settings.SITE_URL + f"/orders/{order.id}/return",
            })
            code = resp.message["resultCode"]
            if code == "RedirectShopper":
                attempt.mark_pending(resp.message["pspReference"])
                return {"redirect": resp.message["action"]["url"]}
            if code in ("Refused", "Error"):
                raise PaymentDeclined(resp.message.get("refusalReason"))
            order.psp_ref = resp.message["pspReference"]
        else:
            raise ValueError(f"unknown provider {method.provider}")
    except stripe.error.CardError as e:
        attempt.mark_failed(str(e))
        raise PaymentDeclined(e.user_message)
    except PaymentDeclined as e:
        attempt.mark_failed(str(e))
        raise
    with transaction.atomic():
        order.status = "paid"
        order.provider = method.provider
        order.save()
        attempt.mark_succeeded(order.psp_ref)
    return {"ok": True}


def handle_return(order: Order, params: dict) -> None:
    if order.provider == "stripe" or params.get("payment_intent"):
        intent = stripe.PaymentIntent.retrieve(params["payment_intent"])
        ok = intent.status == "succeeded"
        ref = intent.id
    else:
        details = adyen.checkout.payments_api.payments_details({"details": params})
        ok = details.message["resultCode"] == "Authorised"
        ref = details.message["pspReference"]
    if ok:
        order.status, order.psp_ref = "paid", ref
        order.save()


def refund(order: Order, amount: int) -> None:
    if order.provider == "stripe":
        stripe.Refund.create(payment_intent=order.psp_ref, amount=amount)
    elif order.provider == "adyen":
        adyen.checkout.modifications_api.refund_captured_payment(
            {"amount": {"value": amount, "currency": order.currency}, "merchantAccount": ADYEN_MERCHANT},
            order.psp_ref,
        )
    else:
        raise ValueError(order.provider)


def webhook(provider: str, payload: dict) -> None:
    if provider == "stripe":
        if payload["type"] == "charge.refunded":
            Order.objects.filter(psp_ref=payload["data"]["object"]["payment_intent"]).update(status="refunded")
    elif provider == "adyen":
        for item in payload["notificationItems"]:
            n = item["NotificationRequestItem"]
            if n["eventCode"] == "REFUND" and n["success"] == "true":
                Order.objects.filter(psp_ref=n["originalReference"]).update(status="refunded")'''))),
    A("`payments/gateway.py` branches on the provider name in every function (`charge`, `handle_return`, `refund`, `webhook`), with the Stripe and Adyen specifics inlined."),
    U("we're adding 4 more providers next quarter (mollie, paypal, klarna, a local bank one). this won't scale. what's the right shape for this?"),
))

# 70 nx vs turborepo vs pnpm workspaces (tool loop, tool_result + text)
EXAMPLES.append(ex(C,
    U(REM(), "list the workspace packages"),
    A(Bash("pnpm -r ls --depth -1 --json | jq -r '.[].name'", "List workspace packages")),
    U(Res('''@shop/web
@shop/admin
@shop/api
@shop/ui
@shop/db
@shop/config
@shop/emails''')),
    A("Seven packages: `web`, `admin`, `api`, `ui`, `db`, `config` and `emails`.",
      Bash("cat package.json | jq .scripts", "Show root scripts")),
    U(Res('''{
  "build": "pnpm -r build",
  "test": "pnpm -r test",
  "dev": "pnpm -r --parallel dev"
}'''), "so right now it's just pnpm -r for everything. nx vs turborepo vs staying on plain pnpm workspaces — what would you go with for this size and why"),
))
