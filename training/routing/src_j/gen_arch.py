from h import ex, SR, SRt, T, FILE, SEL, call, res

A = "architecture"

# 1 everything imports everything
ex(A, [SR(), T("everything imports everything in the `core` package now, any change triggers a rebuild of half the monorepo and we had two circular import errors this week")])

# 2 tool loop: exploring then "how should I structure"
ex(A,
   [SR(), T("show me the src tree")],
   call(None, ("Bash", "tree -d -L 2 src")),
   res("src\n├── components\n├── helpers\n├── hooks\n├── pages\n│   ├── billing\n│   ├── dashboard\n│   └── settings\n├── services\n├── store\n└── utils\n\n11 directories"),
   call(None, ("Bash", "find src/components -name '*.tsx' | wc -l; find src/utils src/helpers -name '*.ts' | wc -l")),
   res("214\n67"),
   "214 components in a flat folder and 67 utility files split across utils/ and helpers/.",
   "yeah it's a mess. we're adding 3 more product areas next quarter. how would you reorganize this so teams stop stepping on each other")

# 3 X or Y
ex(A, "Postgres or DynamoDB for a multi-tenant SaaS with ~2k tenants, mostly relational data, some tenants 100x bigger than others? team knows SQL well")

# 4 German
ex(A, "Wir haben einen Monolithen in Django und wollen die Zahlungsabwicklung rauslösen. Strangler Fig oder erst Modul-Grenzen im Monolithen ziehen? Zahlungen hängen an Orders, Users und Invoices.")

# 5 code pasted in architecture question
ex(A,
   "this is our current event handler, it's growing every sprint:\n```python\ndef on_order_paid(order):\n    send_receipt(order)\n    update_inventory(order)\n    notify_warehouse(order)\n    award_loyalty_points(order)\n    sync_to_crm(order)\n    if order.total > 1000:\n        flag_for_review(order)\n    track_analytics('order_paid', order)\n```\nwhen CRM is down the whole thing fails and the customer doesn't get a receipt. how should this be shaped instead")

# 6 multi-turn: debugging earlier, now architecture
ex(A,
   [SR(), T("why is the dashboard query so slow")],
   call(None, ("Bash", "psql -c \"EXPLAIN ANALYZE SELECT date_trunc('day', created_at), count(*), sum(amount) FROM payments WHERE merchant_id=7 AND created_at > now()-interval '365 days' GROUP BY 1\"")),
   res("HashAggregate  (actual time=14211.2..14211.9 rows=365 loops=1)\n  ->  Index Scan using payments_merchant_created_idx on payments  (actual time=0.04..12840.1 rows=8412201 loops=1)\nExecution Time: 14212.8 ms"),
   "It's scanning 8.4M rows for one merchant's year. The index is used; the volume is simply large.",
   "right, and merchants want this dashboard for 5 years + live. rollup tables, materialized views, timescale, or push it to clickhouse? what would you do")

# 7 Japanese
ex(A, "モバイルアプリのオフライン対応を考えています。ローカルDBとサーバーの同期方式として、CRDT、last-write-wins、操作ログの送信のどれが良いでしょうか。データはタスク管理（タスク、コメント、担当者）です。")

# 8 terse
ex(A, "monorepo or polyrepo for 4 services + 2 frontends, 9 devs")

# 9 API design
ex(A, "designing the public API for bulk operations: client uploads 50k contacts. sync endpoint with a limit, async job with polling, or presigned S3 upload + webhook? customers are mostly small shops using zapier")

# 10 tool loop: read existing schema, data model question
ex(A,
   [SR(), FILE("prisma/schema.prisma"), T("look at the schema")],
   call(None, ("Read", "prisma/schema.prisma")),
   res("model User {\n  id        String @id\n  email     String @unique\n  orgId     String\n  role      String\n}\nmodel Org {\n  id    String @id\n  name  String\n  users User[]\n}\nmodel Project {\n  id     String @id\n  orgId  String\n  name   String\n}\n"),
   "Users belong to exactly one org with a single role; projects belong to orgs.",
   "product now wants users in multiple orgs, with different roles per org, and per-project permissions overriding org role. how do I model this without rewriting every query")

# 11 Spanish
ex(A, "¿Cómo estructurarías el manejo de errores en una API REST en Go con varias capas (handler, service, repo)? Ahora cada capa hace lo que quiere y los clientes reciben 500 para todo")

# 12 migration strategy
ex(A, "we need to move 3TB of mysql 5.7 to aurora postgres with < 5 min downtime. app is rails. what's the migration plan look like — dual writes, DMS, logical replication, something else?")

# 13 multi-turn: understanding then architecture
ex(A,
   "how does the current image upload work in our app?",
   "The browser posts the file to `/api/upload`, the Node server streams it to S3, then generates three thumbnails synchronously with sharp before responding.",
   "that's why uploads time out for big images. what should the pipeline look like instead — queue, lambda, direct-to-s3? we do ~20k uploads/day")

# 14 Korean
ex(A, "MSA로 가면서 서비스 간 데이터 일관성을 어떻게 유지해야 할지 고민입니다. 주문-결제-재고 흐름에서 2PC는 피하고 싶은데 saga를 오케스트레이션으로 할지 코레오그래피로 할지 조언 부탁드려요")

# 15 tool loop, grep: coupling analysis, final architecture
ex(A,
   [SR(), T("how many places talk to the database directly, outside the repositories?")],
   call(None, ("Grep", {"pattern": "db\\.(query|execute)\\(", "path": "src", "output_mode": "count"})),
   res("src/repositories/user.ts:14\nsrc/repositories/order.ts:22\nsrc/routes/admin.ts:9\nsrc/routes/reports.ts:17\nsrc/jobs/cleanup.ts:4\nsrc/services/billing.ts:11\nsrc/lib/featureFlags.ts:2"),
   "Besides the repositories, routes/admin.ts, routes/reports.ts, jobs/cleanup.ts, services/billing.ts and lib/featureFlags.ts run raw queries — 43 call sites.",
   "we want to add read replicas and per-tenant sharding next year. is the repository layer even the right seam, or do we need something else first")

# 16 French
ex(A, "Pour une appli de réservation de salles (5 bâtiments, 300 salles), vous feriez un backend unique ou des microservices ? Équipe de 3 devs, on démarre de zéro.")

# 17 choose tech
ex(A, "choosing between temporal, celery, and just cron+postgres for long-running workflows (document processing: OCR → classification → human review → export, can take days because of the human step)")

# 18 multi-turn codegen earlier then architecture
ex(A,
   "write a python function to send a slack message via webhook",
   "```python\ndef send_slack(webhook_url: str, text: str) -> None:\n    r = requests.post(webhook_url, json={'text': text}, timeout=5)\n    r.raise_for_status()\n```",
   "ok now we have slack, email, sms and push and every service calls those directly with copy-pasted code. should there be a notification service? or a shared library? what belongs where")

# 19 Chinese
ex(A, "我们的 SaaS 要做多租户，纠结是每个租户一个 schema、一个数据库，还是共享表加 tenant_id。租户数量预计 5000，有少数大客户要求数据隔离。怎么选？")

# 20 tool loop with Bash output on module deps
ex(A,
   [SR(), T("can you check the Go package dependency graph for cycles or weirdness")],
   call(None, ("Bash", "go list -f '{{.ImportPath}}: {{join .Imports \" \"}}' ./internal/... | grep acme/ | sed 's#github.com/acme/shop/##g'")),
   res("internal/order: internal/user internal/payment internal/db internal/notify\ninternal/payment: internal/order internal/db\ninternal/user: internal/db internal/notify\ninternal/notify: internal/user internal/order\ninternal/db: "),
   call(None, ("Bash", "go build ./... 2>&1 | head")),
   res("package github.com/acme/shop/internal/order\n\timports github.com/acme/shop/internal/payment\n\timports github.com/acme/shop/internal/order: import cycle not allowed"),
   "There's an import cycle: order → payment → order, and notify depends on both user and order while they depend on notify.",
   [T("not asking for a quick hack, how should these packages be laid out so this doesn't keep happening")])

# 21 Portuguese
ex(A, "Estamos pensando em usar GraphQL no lugar do REST pro app mobile e web. Vale a pena? temos ~60 endpoints e o mobile faz 8 requests pra montar a home")

# 22 scaling plan
ex(A, "websocket chat service on a single node box handles 8k concurrent. marketing event next month expects 150k. what's the scaling plan — sticky sessions + redis pubsub, or something managed?")

# 23 tool loop, Read docker-compose, final architecture question
ex(A,
   [SR(), T("what's running in our local stack")],
   call(None, ("Read", "docker-compose.yml")),
   res("services:\n  api:\n    build: ./api\n  worker:\n    build: ./api\n    command: celery -A app worker\n  beat:\n    build: ./api\n    command: celery -A app beat\n  postgres:\n    image: postgres:16\n  redis:\n    image: redis:7\n  rabbitmq:\n    image: rabbitmq:3-management\n  elasticsearch:\n    image: elasticsearch:8.13.0\n  mongo:\n    image: mongo:7\n"),
   "API + celery worker/beat, with Postgres, Redis, RabbitMQ, Elasticsearch and Mongo.",
   "we're 4 people. mongo only holds audit logs and rabbit only feeds celery while redis is also there. what would you cut and what would replace it")

# 24 Hinglish
ex(A, "humara app ab 3 countries mein launch ho raha hai, data residency chahiye EU aur India ke liye alag. ek hi codebase rakhe aur region-wise deploy kare ya ek global backend with regional DBs? kya approach sahi rahegi")

# 25 multi-turn review then architecture
ex(A,
   [SR(), T("review this class")],
   "`OrderManager` has 41 methods covering pricing, persistence, email, PDF generation and payment capture. The individual methods are okay, but the class has far too many responsibilities.",
   [T("agreed. how would you break it up — by layer or by feature? and what talks to what after the split")])

# 26 Italian
ex(A, "Per un sistema IoT con 50k sensori che mandano un dato ogni 10 secondi, che storage usereste? Serve query per sensore sugli ultimi 30 giorni e aggregati mensili per anni.")

# 27 data model
ex(A, "how to model recurring events (like google calendar) with exceptions — 'every tuesday except the 14th, and the 21st moved to wednesday'? store rrule + exceptions, or materialize instances?")

# 28 tool loop, terraform structure
ex(A,
   [SR(), T("list the terraform layout")],
   call(None, ("Bash", "find infra -name '*.tf' | sed 's#/[^/]*$##' | sort | uniq -c")),
   res("     14 infra\n"),
   call(None, ("Bash", "wc -l infra/*.tf | tail -1 && grep -c '^resource' infra/*.tf | awk -F: '{s+=$2} END {print s}'")),
   res("  4821 total\n312"),
   "Everything is in one root module: 14 files, ~4.8k lines, 312 resources, one state.",
   "plans take 9 minutes and one bad apply nuked staging DNS last month. how should we split this up — by env, by layer, by team? and how do we get there without destroying anything")

# 29 Russian
ex(A, "Как правильно спроектировать систему прав доступа: RBAC хватит или нужен ABAC/ReBAC? B2B-продукт, есть организации, проекты, документы, и клиенты хотят давать доступ к отдельным документам внешним людям.")

# 30 architecture with stack trace surface cue
ex(A,
   "we keep getting these in prod:\n```\nredis.exceptions.ConnectionError: Too many connections\n```\nI know the immediate fix is raising maxclients. my actual question: every one of our 14 services uses this redis for cache, sessions, rate limiting, celery broker and a leaderboard. is one shared redis the right design at all, or should this be split up, and along which lines")

# 31 terse
ex(A, "SSE vs websockets vs long polling for a live order tracking page")

# 32 multi-turn tool loop; earlier docs; final architecture
ex(A,
   [SR(), T("update the README section about environment variables")],
   call(None, ("Grep", {"pattern": "os\\.environ|os\\.getenv", "output_mode": "content", "-n": True})),
   res("app/config.py:8:DB_URL = os.environ['DB_URL']\napp/payments/stripe.py:5:STRIPE_KEY = os.getenv('STRIPE_KEY')\napp/mail.py:3:SMTP_HOST = os.getenv('SMTP_HOST', 'localhost')\napp/jobs/export.py:12:    bucket = os.environ.get('EXPORT_BUCKET')\napp/api/views.py:77:    if os.getenv('FEATURE_NEW_SEARCH') == '1':"),
   "Found 5 env vars read in 5 different modules; I'll document them.",
   "hold on, the fact that config is read all over the place is the real problem. how should config be structured in this app — one settings object, pydantic-settings, per-module? and how do feature flags fit")

# 33 Turkish
ex(A, "Event sourcing kullanmayı düşünüyoruz muhasebe modülü için. Hangi durumlarda mantıklı, hangi durumlarda başımıza dert olur? Ekip 5 kişi, raporlama çok önemli.")

# 34 API versioning
ex(A, "API versioning: url path /v2, header, or just never break and use additive changes + sunset? we have ~300 B2B integrations and can't force upgrades")

# 35 tool loop: frontend state architecture
ex(A,
   [SR(), FILE("src/store/index.ts"), T("how big is our redux store")],
   call(None, ("Bash", "ls src/store/slices | wc -l && grep -rl 'createAsyncThunk' src/store | wc -l && grep -rn 'useSelector' src | wc -l")),
   res("37\n29\n412"),
   "37 slices, 29 with async thunks, and 412 useSelector call sites.",
   "most of those slices are just cached server data. is it time to move to react query for server state and keep redux only for UI state? how would you do that incrementally")

# 36 Dutch
ex(A, "We moeten kiezen tussen Kafka en RabbitMQ voor onze nieuwe event-bus. Ongeveer 2000 berichten per seconde, een paar consumers moeten events opnieuw kunnen afspelen. Wat raden jullie aan?")

# 37 multi-turn: debugging → architecture terse follow-up
ex(A,
   "our cron job that sends invoices ran twice last night on two pods",
   "The CronJob itself fired once, but your app also schedules the same task in-process with APScheduler on every replica. Disable the in-process scheduler in the web pods.",
   "ok but generally — what's the right way to do scheduled jobs when we scale to N replicas. leader election? a separate scheduler service? db locks?")

# 38 caching architecture
ex(A, "product catalog API: 200k products, prices change every few min for ~5% of them, reads are 3k rps. where should caching live (CDN, redis, in-process) and how do we invalidate without serving stale prices at checkout")

# 39 Polish
ex(A, "Jak podzielić aplikację mobilną (React Native) na moduły, żeby 3 zespoły mogły niezależnie wydawać funkcje? Myślimy o micro-frontendach, ale nie wiem czy to ma sens w RN.")

# 40 tool loop long with failing test; final architecture question on testing
ex(A,
   [SR(), T("run the test suite")],
   call(None, ("Bash", "time npm test 2>&1 | tail -6")),
   res(("ERR", "Test Suites: 3 failed, 288 passed, 291 total\nTests:       7 failed, 2901 passed, 2908 total\nTime:        1142.3 s\n\nreal\t19m3.114s")),
   call(None, ("Bash", "grep -rl 'startTestDatabase\\|testcontainers' tests | wc -l; ls tests | head")),
   res("251\ne2e\nintegration\nunit\nhelpers"),
   "19 minutes, 7 failures; 251 of the test files spin up a real database.",
   "the failures are known flakes. what I really want: a test strategy where PR checks finish in <5min. what should be unit vs integration vs e2e here, and how do we structure the db-backed ones")

# 41 Swift / mobile architecture
ex(A, "iOS app currently MVC with massive view controllers. moving to SwiftUI. MVVM, TCA, or just plain @Observable models? 6 devs, app has ~40 screens")

# 42 code pasted: interface design question
ex(A,
   "trying to design the storage abstraction for our backup tool:\n```go\ntype Storage interface {\n    Put(ctx context.Context, key string, r io.Reader) error\n    Get(ctx context.Context, key string) (io.ReadCloser, error)\n    List(ctx context.Context, prefix string) ([]string, error)\n    Delete(ctx context.Context, key string) error\n}\n```\nneeds to support S3, GCS, local disk, and SFTP. some support multipart/resumable, some have native server-side copy, SFTP can't list efficiently. one fat interface, optional interfaces with type assertions, or capability flags?")

# 43 Vietnamese
ex(A, "Hệ thống của mình có một database PostgreSQL dùng chung cho 6 service. Giờ muốn tách ra mỗi service một DB riêng. Nên làm theo thứ tự nào, và xử lý các bảng dùng chung (users, products) thế nào?")

# 44 multi-turn understanding → architecture
ex(A,
   [SR(), T("what is the BFF pattern")],
   "Backend-for-frontend: a dedicated backend per client type (web, iOS, Android) that aggregates and shapes data from downstream services for that client's needs.",
   [T("would that help us? web and mobile share one REST API today and mobile keeps asking for custom endpoints, web team keeps breaking mobile")])

# 45 tool loop with Grep results on feature flags sprawl
ex(A,
   [SR(), T("count the env-based feature flags")],
   call(None, ("Grep", {"pattern": "process\\.env\\.FF_", "output_mode": "count"})),
   res("src/app.ts:3\nsrc/routes/checkout.ts:11\nsrc/routes/search.ts:6\nsrc/services/pricing.ts:9\nsrc/jobs/sync.ts:2\nweb/src/App.tsx:14"),
   "45 references to `FF_*` env vars across backend and frontend.",
   "changing a flag means a redeploy, and web and api disagree half the time. what should a proper flag setup look like for us — evaluated where, stored where, how does the frontend get them")

# 46 French, multi-turn
ex(A,
   "C'est quoi la différence entre hexagonal et clean architecture ?",
   "Ce sont deux variantes de la même idée : le domaine au centre, indépendant des frameworks ; l'hexagonale parle de ports et adaptateurs, la clean architecture ajoute des couches concentriques (entités, cas d'usage, adaptateurs).",
   "OK. Pour notre API Symfony de 40 endpoints, majoritairement du CRUD, ça vaut le coup de la restructurer comme ça ou c'est de l'over-engineering ?")

# 47 search tech choice
ex(A, "need full-text search with typo tolerance and facets over ~3M product rows. postgres tsvector + pg_trgm, meilisearch, or elasticsearch/opensearch? ops budget is one person part time")

# 48 terse Spanish
ex(A, "¿sqlite en producción para una app interna de 50 usuarios? sí o no y por qué")

# 49 tool loop, read file, code pasted, DI architecture
ex(A,
   [SR(), T("open app/main.py")],
   call(None, ("Read", "app/main.py")),
   res("1\tdb = Database(os.environ['DB_URL'])\n2\tcache = Redis(os.environ['REDIS_URL'])\n3\tmailer = Mailer(os.environ['SMTP'])\n4\tbilling = Billing(db, StripeClient(os.environ['STRIPE']))\n5\tusers = UserService(db, cache, mailer)\n6\torders = OrderService(db, billing, users, mailer)\n7\t...\n88\tapp = create_app(users=users, orders=orders, ...)\n"),
   "tests monkeypatch these module globals and it's getting painful. DI container, factory functions, FastAPI Depends everywhere? what's a sane structure")

# 50 Chinese multi-turn
ex(A,
   "Go 里面 interface 应该定义在使用方还是实现方？",
   "Go 的惯例是在使用方（consumer）定义小接口，只包含它需要的方法；实现方返回具体类型。",
   "那我们现在 `pkg/interfaces` 目录下集中放了 60 多个接口，各服务都引用它，要不要拆？怎么拆比较合理")

# 51 big-picture migration
ex(A, "angularjs (1.x) app, 180k LOC, still in prod. react rewrite from scratch, or incremental via a hybrid with single-spa / module federation? business won't freeze features for more than a sprint")

# 52 tool loop, k8s multi-cluster
ex(A,
   [SR(), T("how many namespaces and clusters do we have")],
   call(None, ("Bash", "kubectl config get-contexts -o name && for c in $(kubectl config get-contexts -o name); do kubectl --context $c get ns --no-headers | wc -l; done")),
   res("prod-eu\nprod-us\nstaging\ndev\n42\n39\n57\n131"),
   "4 clusters: prod-eu (42 ns), prod-us (39), staging (57), dev (131).",
   "dev has a namespace per developer per branch and it's costing a fortune. preview environments — what's the architecture you'd go with instead? vcluster, shared ns with prefixes, ephemeral clusters?")

# 53 Korean terse
ex(A, "REST API에서 파일 업로드랑 메타데이터를 한 요청으로 받을지 두 단계로 나눌지 어떤 게 좋은 설계인가요?")

# 54 design of idempotency
ex(A, "how should idempotency work across our payment API? clients retry on timeouts and we've double charged twice. idempotency keys in headers, stored where, for how long, what about concurrent requests with the same key")

# 55 multi-turn with tool loop: codegen then architecture
ex(A,
   [SR(), T("add a webhook sender that posts order events to customer URLs")],
   call(None, ("Write", {"file_path": "app/webhooks/sender.py", "content": "def send(url, event):\n    requests.post(url, json=event, timeout=5)\n"})),
   res("File created successfully at: app/webhooks/sender.py"),
   "Added a minimal sender.",
   "thinking about it more, this needs retries over hours, signing, per-customer rate limits, a UI showing delivery attempts, and customers with dead endpoints shouldn't slow down others. design it before we write more code")

# 56 German terse
ex(A, "gRPC-Gateway oder separate REST-Fassade für externe Partner, intern nur gRPC?")

# 57 ML system arch
ex(A, "we want to add semantic search over support tickets. where does the embedding pipeline live — in the ticket service on write, a separate consumer on the event stream, or a nightly batch? and pgvector vs a dedicated vector db at 4M tickets")

# 58 architecture with diff surface cue
ex(A,
   "teammate's PR adds this to every service:\n```diff\n+from shared.models import User, Order, Invoice, Product\n```\nwith a `shared` package that's a copy of the monolith's ORM models. it works. but it feels like we're building a distributed monolith. am I right, and what should services share instead")

# 59 Portuguese tool loop
ex(A,
   [SR(), T("quais filas existem no rabbit?")],
   call(None, ("Bash", "rabbitmqadmin list queues name messages consumers")),
   res("+----------------------+----------+-----------+\n|         name         | messages | consumers |\n+----------------------+----------+-----------+\n| emails               | 0        | 2         |\n| emails.retry         | 12       | 0         |\n| orders               | 48211    | 1         |\n| orders.dlq           | 3302     | 0         |\n| reports              | 3        | 1         |\n+----------------------+----------+-----------+"),
   "a fila orders tá com 48 mil mensagens e um consumidor só. como vocês desenhariam isso pra escalar: mais consumidores, particionar por cliente, trocar pra kafka? a ordem importa só por pedido")

# 60 terse
ex(A, "where should validation live: controller, service, or domain model")

# 61 multi-turn with architecture follow-up terse
ex(A,
   "we're picking between a modular monolith and microservices for the new logistics platform",
   "With one team and unclear domain boundaries, a modular monolith lets you find the seams cheaply; extract services later where scaling or deployment independence actually demands it.",
   "what enforces the module boundaries then, so it doesn't turn into a big ball of mud in a year?")

# 62 Java
ex(A, "spring boot: should each bounded context be its own maven module in the same repo, or just packages with ArchUnit rules? we have orders, catalog, shipping, billing and they share a database today")

# 63 tool loop final with ide selection + question
ex(A,
   [SR(), T("grep for where we call the pricing service")],
   call(None, ("Grep", {"pattern": "pricingClient\\.", "output_mode": "count"})),
   res("src/cart/service.ts:6\nsrc/checkout/service.ts:4\nsrc/catalog/listing.ts:12\nsrc/search/indexer.ts:3\nsrc/admin/reports.ts:8"),
   [SEL("src/catalog/listing.ts", 30, 36, "for (const p of products) {\n  p.price = await pricingClient.quote(p.id, ctx.user);\n}"), T("33 call sites, many in loops like this. pricing is a separate team's service with 80ms p50. how should we integrate with it — batch API, local cache, price snapshots pushed to us?")])

# 64 Russian terse
ex(A, "Где хранить сессии пользователей при горизонтальном масштабировании: JWT без состояния или Redis? Нужна возможность разлогинить пользователя принудительно.")

# 65 module structure Rust
ex(A, "rust workspace for a game server: networking, simulation, persistence, admin http api. one crate with modules or several crates? compile times already 4 min")

# 66 multi-turn review then arch
ex(A,
   "is it bad that our React components call fetch directly?",
   "It couples UI to transport details, makes loading/error handling inconsistent and testing harder. Most teams wrap it in a data layer.",
   "what should that data layer look like for us — we have REST + a websocket for live updates + some localStorage caching. layers, responsibilities, folder layout")

# 67 cost/architecture AWS
ex(A, "our aws bill is 40% NAT gateway data processing. services in private subnets pull images from ECR and talk to S3 and DynamoDB a lot. network design changes to fix this?")

# 68 Italian multi-turn
ex(A,
   "cos'è un'architettura event-driven?",
   "È un'architettura in cui i componenti comunicano emettendo e reagendo a eventi, invece di chiamarsi direttamente; i produttori non conoscono i consumatori.",
   "ha senso per il nostro gestionale di magazzino? oggi è un'app Laravel unica, 2 sviluppatori, integrazioni con 3 corrieri e Shopify che ogni tanto vanno giù")

# 69 terse arch IDE
ex(A, [SR(), FILE("src/server/trpc/router.ts"), T("this router file is 3000 lines. split by domain or by procedure type? and where do shared middlewares go")])

# 70 DB design
ex(A, "storing user-defined custom fields per tenant (like airtable columns): EAV table, jsonb column, or generating real columns per tenant? needs filtering and sorting by those fields")
