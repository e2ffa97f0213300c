from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "architecture"
PARENT = None

DESCRIPTIONS = [
    "software architecture",
    "designing systems, module boundaries, APIs and data models; choosing technologies and weighing trade-offs",
    "system design and high-level architecture discussions — how components fit together, scaling, reliability, consistency",
    "when I'm planning how to structure something before writing code",
    "Use for design questions: monolith vs microservices, event-driven vs request/response, where to draw service boundaries, sync vs async, caching layers, multi-tenancy",
    "architecture decisions & ADRs, trade-off analysis",
    "big-picture design: layering, hexagonal/clean architecture, domain boundaries (DDD bounded contexts), integration patterns, CAP trade-offs",
    "help me design the system",
    "Architecture logicielle : conception de systèmes, découpage en modules, compromis techniques",
    "Arquitetura de software: desenho de sistemas, fronteiras entre módulos e decisões de trade-off",
]

REQUESTS = [
    conv(
        "hi! I'm the tech lead at a tiny startup, we're about to start building our product next month",
        "Congrats! Happy to help with planning. What are you building, and what decisions are you trying to make first — stack, architecture, team process?",
        "monolith or microservices for a 4-person team building a b2b saas? we expect maybe 200 customers in year one",
    ),
    r"""We're designing a notification system that needs to send email, SMS and push. Requirements:
- ~2M notifications/day, bursty (marketing blasts)
- per-user preferences and quiet hours
- retries with backoff, dedupe, and an audit trail
- templates managed by non-engineers
How would you architect this? Components, queues, where state lives, failure modes.""",
    cc("I want to split src/ into clearer layers. Right now handlers call the ORM directly and business rules are spread across handlers and models. Propose a target module structure (domain / application / infrastructure or whatever fits) and how dependencies should point. Don't move files yet, just the design.",
       reminders=[reminder_date("2026-03-02")]),
    "how should I design a multi-tenant saas — separate db per tenant, schema per tenant, or shared tables with tenant_id? we have some enterprise customers asking for data isolation",
    "what's the right architecture for real-time collaborative editing (like google docs) — OT vs CRDT, and what does the server side look like",
    # German
    "Wir bauen eine Plattform für Terminbuchungen (Ärzte, Friseure). Wie würdet ihr das System schneiden? Ich denke an Buchung, Kalender, Zahlung, Benachrichtigungen – als getrennte Services oder als modularer Monolith? Bitte mit Begründung.",
    cc("event sourcing for an order management system — worth it or overkill? what would the read side look like",
       reminders=[reminder_date("2026-04-16")],
       history=("summarize what src/orders/ does", "`src/orders/` holds the order aggregate (`Order`, `OrderLine`), a repository that persists orders as rows in `orders`/`order_lines`, and `OrderService` which handles place/cancel/refund. Status changes overwrite the `status` column; there's no history apart from `updated_at`.",)),
    conv(
        "what's the syntax for a python dataclass with a default list",
        "Use `field(default_factory=list)`: `items: list[str] = field(default_factory=list)`. A bare `= []` raises a ValueError because mutable defaults would be shared between instances.",
        "thanks. bigger question: our python service has grown to ~60k lines and everything imports everything. how would you go about defining module boundaries so teams can work independently? we're not ready to split into services",
    ),
    "design question: we need to process uploaded videos (transcode to 3 resolutions, thumbnail, captions via an external API). how do I structure the pipeline so a failure in captions doesn't redo the transcoding? thinking step functions vs a queue per stage",
    "How do you handle distributed transactions across services — e.g. order service reserves stock in inventory service and charges payment service. saga? 2PC? outbox? walk me through the options",
    # Chinese
    "我们要做一个秒杀系统，高峰期每秒几万请求，库存只有几千件。整体架构应该怎么设计？限流、排队、库存扣减、防超卖这些分别放在哪一层？",
    "we have a mobile app + web app + partner integrations hitting the same backend. is a BFF (backend for frontend) pattern worth it here or should they all share one API layer?",
    cc("Look at how the plugin system is wired (src/core/plugins/) and propose an architecture that lets third parties ship plugins as separate packages without us having to release a new core version. Consider isolation, versioning of the plugin interface, and how discovery works.",
       reminders=[reminder_claudemd("2026-05-30", """
This is a TypeScript monorepo (pnpm). Core is in packages/core.
Keep public API changes documented in docs/adr/.
""")]),
    "caching strategy for a product catalog read 1000x more than written. cache-aside w/ redis? write-through? how to handle invalidation when a price changes and there are CDN-cached pages too",
    "I'm building a CLI tool that should support plugins written in any language. what are the architectural options (subprocess + json over stdio, wasm, grpc, shared libs) and trade-offs?",
    # Spanish
    "Tengo una app de delivery. ¿Cómo diseñarías el seguimiento en tiempo real de los repartidores? Los repartidores mandan su ubicación cada 5 segundos y los clientes ven el mapa. Pensaba en websockets pero no sé cómo escalarlo.",
    "How should a mobile app architect offline-first sync? local sqlite, sync queue, conflict resolution... what's a sane design that won't become a nightmare",
    "hexagonal architecture — does it make sense for a small CRUD service? show me what the ports/adapters would be for a 'todo' domain and tell me honestly if it's worth it",
    loop(
        "list the services in docker-compose",
        [
            (None, [
                ("Read", {"file_path": "/work/platform/docker-compose.yml"},
                 "services:\n  gateway:\n    build: ./gateway\n    ports: [\"8080:8080\"]\n  users:\n    build: ./users\n  orders:\n    build: ./orders\n    depends_on: [users, inventory]\n  inventory:\n    build: ./inventory\n  reporting:\n    build: ./reporting\n    depends_on: [users, orders, inventory]\n  postgres:\n    image: postgres:16\n  redis:\n    image: redis:7\n"),
            ]),
            ("Let me check how orders talks to the others.", [
                ("Grep", {"pattern": "http://(users|inventory)", "path": "orders"},
                 "orders/app/clients.py:5:USERS_URL = \"http://users:8000\"\norders/app/clients.py:6:INVENTORY_URL = \"http://inventory:8000\"\nreporting/app/sync.py:12:    r = httpx.get(\"http://orders:8000/orders?all=1\")"),
            ]),
        ],
        "so everything is sync HTTP and reporting pulls all orders. reporting keeps timing out and an inventory outage takes orders down. how should we re-architect the communication between these services? I'm open to introducing a message broker but want to understand what changes for each service",
        reminders=[reminder_date("2026-01-07")],
        wrap="Five app services (gateway, users, orders, inventory, reporting) plus Postgres and Redis. `orders` calls `users` and `inventory` over HTTP, and `reporting` polls `orders` for all orders.",
    ),
    "Whats a good architecture for a feature flag system we'd build in-house? needs percentage rollouts, targeting rules, and the SDKs should work if the flag service is down",
    # Japanese
    "社内向けの検索システムを作りたいです。Confluence、Slack、Google Driveのデータを横断検索できるようにしたいのですが、クローラー、インデックス、権限管理を含めた全体のアーキテクチャをどう設計すべきでしょうか？",
    "trade-offs between choreography and orchestration for our checkout workflow? 6 steps, some can be compensated some can't",
    "we need an audit log for every change in the system (who changed what, when, before/after). app-level hooks, db triggers, or CDC with debezium? what are the trade-offs architecturally",
    conv(
        "can you explain what CQRS is",
        "CQRS (Command Query Responsibility Segregation) separates the write model (commands that change state, enforcing invariants) from the read model (queries, often denormalized projections optimized for specific screens). They can share a database or be fully separate stores synced asynchronously.",
        "ok so for our analytics dashboard that's currently killing the main postgres — would CQRS help? how would you lay it out, and what do we lose (consistency etc)",
    ),
    "designing a webhook delivery system for our platform (we send webhooks to customers). need retries, signing, ordering per customer, and a way for customers to replay. sketch the architecture",
    # French
    "On part sur une architecture microservices pour une banque en ligne. Comment gérer l'authentification et l'autorisation entre services ? API gateway qui valide le JWT, mTLS entre services, ou chaque service revalide ? Quels compromis ?",
    conv(
        "what's the difference between token bucket and leaky bucket",
        "Token bucket: tokens refill at a fixed rate up to a capacity; a request consumes a token, so bursts up to the capacity are allowed. Leaky bucket: requests enter a queue that drains at a constant rate, smoothing output and not allowing bursts beyond the queue size.",
        "How would you design a rate limiting layer that works across 20 api gateway instances? token bucket in redis? local + sync? what about when redis is down",
    ),
    cc("We're about to add a second product line that shares users and billing with the current app but has totally different domain logic. Should it live in this repo as a new module, a separate service, or a separate app with shared libraries? Here's the current layout from `tree -L 2 src`:\n\nsrc\n├── api\n├── billing\n├── core\n├── jobs\n├── users\n└── widgets\n\nGive me a recommendation with trade-offs.",
       reminders=[REMINDER_TODO]),
    cc("is a shared database between two microservices always an anti-pattern? we have orders and shipping both reading/writing the shipments table",
       history=("why does the shipping service test suite need the orders migrations to run?", "Because `shipping` reads and writes the `shipments` table, which is created and migrated by the `orders` service's migrations — both services point at the same Postgres schema, so shipping's tests need orders' schema in place.",)),
    "what's the cleanest way to architect a game server for a turn-based multiplayer game (up to 8 players per match, thousands of matches)? authoritative server, state storage, reconnects",
    # Portuguese
    "Como você estruturaria um sistema de processamento de pagamentos PIX com alta disponibilidade? Preciso de idempotência, conciliação diária e não posso perder nenhuma transação.",
    "for an ML inference service: should the model run in the same process as the API, in a sidecar, or behind a separate inference server (triton etc)? latency budget 100ms p99",
    "design the architecture for a scheduled job system where users can create cron-like jobs (millions of them) that fire HTTP calls. how to shard, avoid double firing, handle missed runs",
    conv(
        "fix the import error in utils.py",
        "The error was a circular import: `utils.py` imported `models` at module level while `models.py` imported `utils`. I moved the import inside `format_user()` so it's resolved at call time. Tests pass now.",
        "ok but this keeps happening. step back — how should the packages be structured so we stop getting circular imports? currently models, utils, services and api all import each other in places",
    ),
    "Architecture review: we're about to build a data platform. plan is kafka -> flink -> iceberg on s3 -> trino for queries, with dbt on top. 50GB/day. is this overbuilt for our size? what would you simplify",
    # Russian
    "Как правильно спроектировать систему с несколькими регионами (EU и US), если данные пользователей ЕС должны храниться только в ЕС? Общая авторизация, но раздельные данные. Какие есть архитектурные варианты?",
    "when does it make sense to introduce a message queue between two services instead of just calling them over HTTP? give me criteria, not just 'it depends'",
    "sketch an architecture for a small IoT fleet (10k devices) sending telemetry every 30s, with device commands going the other way. MQTT? where does state go? how do I do OTA updates safely",
    loop(
        "what's in the adr folder",
        [
            (None, [
                ("Bash", {"command": "ls docs/adr", "description": "List ADRs"},
                 "0001-record-architecture-decisions.md\n0002-use-postgres.md\n0003-modular-monolith.md\n0004-background-jobs-with-sidekiq.md\n0005-graphql-for-mobile.md"),
            ]),
        ],
        "we now need near-real-time updates pushed to the mobile app (order status, chat). given ADR 0003 (modular monolith) and 0004 (sidekiq), how should this fit into the architecture? websockets in the monolith, a separate push service, or a hosted thing? think through the options and draft what ADR 0006 would recommend",
        wrap="There are five ADRs so far: recording decisions, Postgres, modular monolith, Sidekiq for background jobs, and GraphQL for mobile.",
    ),
    "we have a legacy PHP monolith and want to move to something modern without a big-bang rewrite. strangler fig? how would you actually sequence it and route traffic",
    # Korean
    "채팅 서비스를 설계하려고 합니다. 동시 접속자 10만 명, 그룹 채팅 최대 500명, 메시지 순서 보장과 읽음 표시가 필요합니다. 전체 아키텍처를 어떻게 잡으면 좋을까요?",
    "modular monolith: how do I enforce module boundaries in a java spring app so people don't reach into other modules' internals? package-private, archunit, separate gradle modules?",
    "sync vs async processing for our signup flow — currently creating the account, provisioning a workspace, sending welcome mail and syncing to hubspot all happen in the request. it takes 4s. how should this be re-architected",
    "I'm writing a design doc for moving our batch ETL to streaming. help me lay out the architecture options and their trade-offs (latency, cost, operational complexity, exactly-once) so I can present them",
    "what's a good architecture for a browser extension that needs to talk to our backend, store some data locally and inject UI into pages? content scripts vs background worker responsibilities",
]
