from common import *

C = "architecture"

conv(C, "everything imports everything in this package now. utils imports models imports services imports utils. circular import hell every other week")
conv(C, "postgres or mongo for the event store thing. ~5k writes/s, reads mostly by aggregate id, need to replay")
conv(C, "our single `Settings` table has 300 columns now lol. where do we go from here")
conv(C, "we're at 40 microservices with 9 engineers. I think we overdid it. how would you consolidate without a big bang")
conv(C, "how should I structure a FastAPI app that's grown to 60 routes in one main.py")
conv(C, "monorepo or polyrepo for 3 frontends sharing a design system and 2 backend services")
conv(C, "we need multi-tenancy. schema per tenant, db per tenant, or tenant_id column? ~2k tenants, a few huge ones")
conv(C, "kafka vs rabbit vs just postgres LISTEN/NOTIFY for our internal job events. volume is tiny honestly")
conv(C, "I want to add offline support to the mobile app. what's the sync model — CRDTs, last-write-wins, or server-authoritative with a queue of ops?")
conv(C, "we have this god class\n\n```python\nclass OrderManager:\n    def create(self, ...): ...\n    def charge(self, ...): ...\n    def ship(self, ...): ...\n    def refund(self, ...): ...\n    def email_customer(self, ...): ...\n    def export_to_erp(self, ...): ...\n    def recompute_tax(self, ...): ...\n    # 2400 more lines\n```\nhow would you carve it up? not asking for code, asking for the boundaries")
conv(C, "REST or GraphQL for a public API that partners integrate with", )
conv(C, "design the data model for a booking system: rooms, recurring reservations, cancellations of single occurrences, timezones. relational")
conv(C, "should auth be its own service or a library every service imports")
conv(C, "planning the move from heroku to aws. ECS or EKS or app runner for ~8 services, small team no k8s experience")
conv(C, "how do we version the public API? url path, header, or date-based like stripe")
conv(C, "we need to migrate user ids from int to uuid across 30 tables with zero downtime. what's the strategy, phases")
conv(C, "Where should validation live — in the handler, the service layer, the domain model, or db constraints? we do all four inconsistently")
conv(C, "read replicas are lagging and users see stale data right after they save. how do people usually architect around read-your-writes")
conv(C, "caching layer for the product catalog: cache-aside in redis, a CDN, or materialized views? 200k products, prices change hourly")
conv(C, "thinking of splitting the React app into micro-frontends. good idea for 2 teams?")
conv(C, "we store files in the db as bytea. 400GB now. plan to get out of there?")
conv(C, "event sourcing for the accounting module — overkill?")
conv(C, "serverless (lambda) or long-running containers for an image processing pipeline, bursts of 10k images then nothing for hours")
conv(C, "hexagonal / ports and adapters in Go — is it worth it for a CRUD-ish service or am I cargo culting")
conv(C, "how do I design the plugin system for our CLI so third parties can add commands without forking")
conv(C, "SQLite in production for a single-tenant desktop-ish app with sync to a server? or bite the bullet and ship postgres")
conv(C, "our CI takes 45 min. the monolith tests everything on every commit. how would you restructure the pipeline and test suites")
conv(C, "rate limiting for the public API — at the gateway, in each service, or both? we have nginx in front and 6 services")
conv(C, "state management for a big react app: redux toolkit, zustand, react-query + context, or just server components now?")
conv(C, "idempotency for our payments API — where to store keys, how long, what to return on replay")
conv(C, "¿Cómo diseñarías el esquema de permisos? roles fijos, RBAC con roles editables, o algo tipo ABAC/ReBAC estilo Zanzibar? B2B SaaS con organizaciones y proyectos")
conv(C, "Wir wollen von einer Cron-basierten Batchverarbeitung auf Streaming umstellen. Wie würdet ihr die Migration planen, ohne dass Reports doppelt oder gar nicht laufen?")
conv(C, "Comment structurer les modules d'une app Flutter qui grossit : par feature ou par couche (data/domain/ui) ?")
conv(C, "Qual a melhor forma de modelar um carrinho de compras que sobrevive a logout/login e a troca de dispositivo? Redis, banco, ou cookie?")
conv(C, "我们的订单服务和库存服务之间要保证一致性，用分布式事务（2PC）还是 Saga？订单量每天大概 50 万")
conv(C, "ログ基盤をどう設計すべき？ Loki, Elasticsearch, それとも CloudWatch だけで足りる？ サービスは10個くらい")
conv(C, "검색 기능을 Postgres full-text로 할지 Elasticsearch를 도입할지 고민이에요. 문서 300만 건, 한국어 형태소 분석 필요")
conv(C, "Как лучше разделить монолит на Django: начать с выделения биллинга или с нотификаций? И как быть с общей базой данных?")
conv(C, "Jak zaprojektować API do uploadu dużych plików (do 20 GB)? presigned URL na S3, multipart, resumable?")
conv(C, "yaar humare app mein notification system banana hai — email, sms, push, in-app. ek service banayein ya har channel alag? kaise design karein")
conv(C, "Mikroservisler arası iletişimde senkron gRPC mi kullanalım yoksa event-driven mı? ekip yeni, debug kolay olsun istiyoruz")
conv(C, "Hoe zouden jullie feature flags architectureel aanpakken bij 5 services in 3 talen? zelf bouwen of LaunchDarkly/Unleash?")
conv(C, "Thiết kế database cho hệ thống chat nhóm thế nào? tin nhắn, đã đọc, reaction, thread. dự kiến vài triệu tin nhắn/ngày")
conv(C, "Come organizzeresti i repository terraform: un repo per ambiente, workspaces, o terragrunt? 3 account AWS")

conv(C, cc(date(), opened("src/server/trpc/router.ts"), "the router file is 1800 lines. before I touch it, what's the right shape here — nested routers by domain, by role? we have admin + public + partner"))
conv(C, cc(md("- Service boundaries are documented in docs/services.md\n- Prefer async messaging between services"), "billing needs the user's plan on every request and calls accounts synchronously. accounts goes down → billing goes down. how should this dependency look instead"))
conv(C, cc(todo(), sel("internal/store/store.go", 1, 12, "type Store interface {\n    GetUser(ctx, id) (*User, error)\n    SaveUser(ctx, *User) error\n    GetOrder(ctx, id) (*Order, error)\n    ListOrders(ctx, userID) ([]Order, error)\n    SaveOrder(ctx, *Order) error\n    GetInvoice(ctx, id) (*Invoice, error)\n    // ... 48 more methods\n}"), "this interface is a monster and every test mock is 300 lines. how do people split this"))
conv(C, cc(date("2026-12-02"), "we're about to add a second region (eu). users must stay in their region for gdpr. what changes in the architecture — routing, db, auth, background jobs?"))
conv(C, cc(date(), opened("docker-compose.yml"), "local dev is 14 containers and people's laptops melt. options? "))

conv(C,
     cc(date(), "how are modules organized right now"),
     call(None, ("a", "Bash", {"command": "tree -d -L 2 src"})),
     results(("a", "src\n├── api\n│   ├── handlers\n│   └── middleware\n├── core\n├── db\n├── helpers\n├── lib\n├── misc\n├── services\n├── shared\n└── utils")),
     call(None, ("b", "Bash", {"command": "wc -l src/helpers/*.ts src/utils/*.ts src/shared/*.ts src/misc/*.ts | tail -1"})),
     results(("b", "  14233 total")),
     cc("14k lines of 'helpers'. what would a sane layout look like and how do we get there incrementally"))

conv(C,
     "count the db tables",
     call(None, ("a", "Bash", {"command": "psql $DATABASE_URL -Atc \"select count(*) from information_schema.tables where table_schema='public'\""})),
     results(("a", "212")),
     A("There are 212 tables in the public schema."),
     "212 tables, 4 teams, everybody joins across everything. if we wanted per-team ownership, how would you draw the lines")

conv(C,
     cc(todo(), "what do we use for background jobs"),
     call(None, ("a", "Grep", {"pattern": "celery|rq|dramatiq|apscheduler", "path": "requirements.txt"})),
     results(("a", "celery==5.3.6\napscheduler==3.10.4\nrq==1.16.1")),
     cc("three job systems lol. which one should we standardize on and how do we migrate the others"))

conv(C,
     "check the p95s in the last load test",
     call(None, ("a", "Read", {"file_path": "loadtest/results/2026-11-24.txt"})),
     results(("a", "endpoint              rps   p50    p95    p99\nGET /feed             420   80ms   900ms  2.1s\nGET /profile/:id      300   20ms   45ms   90ms\nPOST /post             50   35ms   70ms   140ms\n\nfeed query: 14 joins, computed per request")),
     "feed is the problem obviously. fan-out on write vs fan-out on read vs hybrid — what would you do at our size (~200k DAU)")

conv(C,
     "what's the deps graph of the packages",
     call(None, ("a", "Bash", {"command": "npx madge --circular packages/*/src"})),
     results(("a", "✖ Found 7 circular dependencies!\n\n1) core/index.ts > ui/theme.ts > core/index.ts\n2) core/events.ts > analytics/track.ts > core/events.ts\n3) ui/Button.tsx > analytics/track.ts > ui/Button.tsx\n...")),
     "right. how should the layering go so this can't happen again, and can we enforce it")

# multi-turn shifts into architecture
conv(C,
     "write a cron job that syncs products from the supplier api every hour",
     "Here's a `sync_products` management command plus the crontab line; it pages through the supplier API and upserts by SKU.",
     "works. but now 3 more suppliers are coming, each with their own weird format and schedule. how should this be structured so it doesn't become spaghetti")
conv(C,
     "why does our api return 502 sometimes",
     "The 502s line up with pod restarts: nginx keeps sending to pods that are shutting down. Adding a preStop sleep and proper readiness handling should fix it.",
     "ok that's patched. bigger question: should we even keep nginx in front of k8s or move to an ingress controller / gateway api? we're redoing infra next quarter")
conv(C,
     "explain how sessions are stored",
     "Sessions are signed cookies holding only the session id; data lives in Redis under `sess:{id}` with a 14-day TTL.",
     "we're adding a mobile app + a partner API. keep sessions, go JWT, or something else? what would the auth architecture look like")
conv(C,
     cc(date(), "review my schema"),
     "Mostly fine. `orders.status` as free text invites typos — make it an enum or lookup table. And `customer_email` duplicated on orders will drift from `customers.email`.",
     cc("ok bigger picture then: we're adding marketplaces, so orders can have multiple sellers, split shipments, partial refunds per seller. how should the order model evolve"))
conv(C,
     "thanks for the dockerfile",
     "Anytime! The multi-stage build should bring the image down a lot.",
     "next question is bigger. we deploy 6 services by ssh-ing into 2 VMs and running docker compose. at what point do we need orchestration, and what would you pick")
conv(C,
     "Kannst du mir eine Funktion schreiben, die Preise aus der DB holt und cached?",
     "Klar, hier mit `functools.lru_cache` und einer TTL über ein Zeitstempel-Bucket-Argument.",
     "Danke. Aber eigentlich frage ich mich, ob das Caching überhaupt in diesen Service gehört oder in ein eigenes Pricing-Service. Wie würdest du das schneiden?")
conv(C,
     "fix the failing migration",
     "The migration failed because `orders.legacy_ref` still had a view depending on it. I dropped and recreated the view inside the migration.",
     "this keeps happening. we have 600 migrations and views/triggers everywhere. how should we manage schema changes going forward — sqitch, atlas, keep alembic but change process?")
conv(C,
     "what's a bloom filter",
     "A probabilistic set: it can say 'definitely not present' or 'maybe present', using a bit array and several hash functions, with tiny memory.",
     "could that replace the redis set we use for 'has this user seen this post' at 50M users? or is there a better design for that")

conv(C, "where do background jobs belong in a clean architecture setup? they call use cases but they're triggered by infra")
conv(C, "we're picking a frontend framework for an internal admin tool that'll live 5+ years. react+vite, angular, or htmx+server templates. team is mostly backend java folks")
conv(C, "API design: `POST /orders/{id}/cancel` vs `PATCH /orders/{id} {status: cancelled}`. which and why, considering refunds kick off")
conv(C, "how would you lay out the tables for audit logging every change to ~20 entity types? one generic table with jsonb diff or shadow tables per entity")
conv(C, "Swift app: MVVM, TCA, or just plain SwiftUI with @Observable? 3 devs, app is growing fast")
conv(C, "rust workspace: one crate with modules, or split into core/cli/server crates? compile times are starting to hurt")
conv(C,
     "we went with the outbox pattern like you said",
     "Nice — the relay will publish rows from the outbox table after commit, so you won't lose events if Kafka is down.",
     "now product wants exactly-once downstream for the billing consumer. what needs to change in the overall design, is that even achievable")
conv(C, cc(date(), "thinking of replacing our homegrown ORM-ish layer with sqlc. 80 queries, go. worth it, and how would you phase it?"))
