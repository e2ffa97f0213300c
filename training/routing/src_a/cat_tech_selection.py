from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "tech_selection"
PARENT = "architecture"

DESCRIPTIONS = [
    "tech stack choices",
    "choosing frameworks, libraries and cloud services; build-vs-buy decisions",
    "X vs Y — which library/framework/service should I use?",
    "Use for comparing options and picking one: web frameworks, ORMs, state management libs, message brokers, hosting providers, managed vs self-hosted, SaaS vs building in-house, licensing and ecosystem maturity.",
    "help me pick a tool",
    "technology evaluation: weigh cost, team familiarity, community, performance, lock-in and operational burden, then recommend",
    "when I'm deciding what to use for a new project or replacing a dependency",
    "vendor / library / framework selection and build-or-buy analysis",
    "Technologieauswahl: Frameworks, Bibliotheken und Cloud-Dienste vergleichen, Build-vs-Buy",
    "技術選定（フレームワーク・ライブラリ・クラウドサービスの比較、内製か購入か）",
]

REQUESTS = [
    conv(
        "we're rewriting our internal tooling backend, currently a pile of php scripts",
        "A rewrite is a good chance to pick something the team can maintain. What does the tooling do, how many people will work on it, and which languages does the team know well?",
        "fastapi vs django for a new api-only backend? team knows python, need auth, admin panel would be nice",
    ),
    "which state management should I use in a new react app in 2026 — redux toolkit, zustand, jotai, or just react query + context?",
    r"""We need to pick a message broker. Context:
- ~5k msgs/sec peak, need at-least-once, some consumers need replay of the last 7 days
- small platform team (2 people), we're on AWS
- options on the table: Kafka (MSK), RabbitMQ (Amazon MQ), SQS+SNS, NATS JetStream
Recommendation + reasoning please.""",
    cc("We need PDF generation for invoices in this Node service. Compare the options (puppeteer/playwright HTML->PDF, pdfkit, react-pdf, a hosted API like DocRaptor) for our use case and recommend one. Consider the Docker image size — we're on Alpine right now.",
       reminders=[reminder_date("2026-02-01")]),
    "should we build our own auth or use auth0/clerk/cognito/supabase auth? b2b saas, need SSO (SAML) for enterprise customers eventually, ~10k users",
    # German
    "Für ein neues internes Tool überlegen wir zwischen Vue 3 und React. Das Team hat hauptsächlich Backend-Erfahrung (Java). Was würdet ihr empfehlen und warum?",
    "orm for a typescript backend: prisma, drizzle, typeorm, kysely, mikro-orm? we have complex reporting queries so raw sql escape hatch matters",
    "postgres on RDS vs Aurora vs just a VM with postgres vs neon/supabase — for a startup with ~50GB data and spiky traffic. cost and ops burden matter most",
    conv(
        "how do I structure a go project",
        "A common layout: `cmd/<app>/main.go` for entrypoints, `internal/` for private packages, and packages named by what they provide (e.g. `internal/store`, `internal/http`). Avoid a `utils` package and don't over-nest; start flat and split when packages grow.",
        "thanks. now which http router/framework should I go with — stdlib net/http (1.22 routing), chi, gin, echo or fiber? it's a json api, maybe 30 endpoints",
    ),
    conv(
        "right now all our aws infra was clicked together in the console",
        "That's very common early on, but it makes environments hard to reproduce and changes hard to review. Moving to infrastructure-as-code is worth it — you can import existing resources rather than recreating them.",
        "terraform vs pulumi vs cdk for a team that's mostly typescript devs? we're aws only",
    ),
    # Spanish
    "¿Qué base de datos vectorial me recomiendas para un RAG con unos 2 millones de documentos? Estoy dudando entre pgvector, Qdrant, Weaviate y Pinecone. Ya usamos Postgres.",
    "build vs buy: feature flags. launchdarkly is $$$, unleash/flagsmith self-hosted, growthbook, or roll our own with a db table? 15 engineers",
    "python task queue: celery, rq, dramatiq, arq, or just use postgres (procrastinate)? tasks are mostly IO-bound, need retries and scheduling",
    loop(
        "what testing libs do we have",
        [
            (None, [
                ("Bash", {"command": "jq '.devDependencies' package.json", "description": "Show dev dependencies"},
                 "{\n  \"jest\": \"^29.7.0\",\n  \"ts-jest\": \"^29.1.2\",\n  \"@testing-library/react\": \"^14.2.1\",\n  \"cypress\": \"^13.6.4\",\n  \"typescript\": \"^5.4.2\",\n  \"vite\": \"^5.1.4\"\n}"),
            ]),
        ],
        "we're on vite now and jest+ts-jest is slow and painful with ESM. should we move to vitest? and cypress vs playwright for e2e going forward? give me a recommendation with migration cost",
        reminders=[reminder_date("2026-03-16")],
        wrap="Jest 29 with ts-jest, React Testing Library and Cypress 13, on a Vite 5 + TypeScript 5.4 setup.",
    ),
    "for a mobile app (ios+android), flutter vs react native vs kotlin multiplatform vs two native apps? 3 devs, web devs mostly",
    # Chinese
    "我们要做一个日志收集和查询平台，每天大概 500GB 日志。ELK、Loki + Grafana、ClickHouse、还是直接买 Datadog？预算有限，运维人员只有两个。",
    "vercel vs netlify vs cloudflare pages vs self hosting on a vps for a next.js app with ISR and some api routes",
    cc("We need a search solution for our docs site + app (about 200k records, typo tolerance, faceting). Compare Algolia, Typesense, Meilisearch, Elasticsearch/OpenSearch and Postgres full-text for us. Factor in that we're a 5-person team.",
       reminders=[reminder_claudemd("2026-04-25", """
Stack: Rails 7 + Postgres 15 + Hotwire. Hosted on Render.
Prefer managed services over self-hosting.
""")]),
    cc("is it worth switching from npm to pnpm or bun for a monorepo with 25 packages?",
       reminders=[reminder_date("2026-06-24")],
       history=("why does npm install take 6 minutes in CI", "Mostly because the lockfile resolves ~4,100 packages and CI has no cache for `~/.npm`; each run downloads everything. `npm ci` with the npm cache restored should roughly halve it. There are also 25 workspace packages with many duplicated dependency versions.",)),
    "which charting library for a react dashboard with ~20 chart types and some big datasets (100k points): recharts, nivo, echarts, visx, highcharts (license?)",
    # Japanese
    "新規のWebサービスのバックエンド言語を選びたいです。Go、Rust、Kotlin（Spring Boot）、TypeScript（Node.js）で迷っています。チームは5人で、パフォーマンスより開発速度重視です。",
    "we're outgrowing heroku. fly.io, render, railway, or move to aws ecs? 6 services, postgres, redis, a few cron jobs",
    conv(
        "we've decided to do the new ingestion service in rust, team has some experience",
        "Good fit for an ingestion service — predictable latency and low memory. The big early choices are the async runtime (tokio, effectively the default) and the HTTP framework.",
        "rust web framework for a new service: axum or actix-web? anything else worth considering",
    ),
    conv(
        "I need to send transactional emails from our app",
        "Typical approach: use an email API provider rather than your own SMTP server, set up SPF/DKIM/DMARC on your sending domain, and send via a background job so request latency doesn't depend on the provider.",
        "right, which provider though? sendgrid, postmark, ses, resend, mailgun. ~100k emails/month, deliverability is the top priority, templates managed by marketing would be nice",
    ),
    "CMS for a marketing site that non-devs edit: contentful, sanity, strapi, payload, or wordpress headless? the site is next.js",
    # French
    "Pour notre projet de data engineering, on hésite entre Airflow, Dagster et Prefect pour l'orchestration. Environ 150 pipelines, équipe de 4 personnes. Lequel choisir ?",
    "observability stack: datadog vs grafana cloud vs self-hosted prometheus+loki+tempo vs honeycomb. 40 services on k8s, cost is becoming an issue with datadog",
    "which python library for parsing/validating config: pydantic-settings, dynaconf, hydra, or plain tomllib + dataclasses?",
    "Should we use a managed kubernetes (EKS/GKE) or is ECS / Cloud Run enough for 8 stateless services? we don't have k8s experience",
    # Portuguese
    "Qual biblioteca de validação você recomenda para TypeScript: zod, yup, valibot ou io-ts? Usamos tanto no frontend quanto no backend (Node).",
    "llm observability / eval tooling: langfuse vs langsmith vs helicone vs arize phoenix vs building something on top of our logs? we're a small team, self-hosting is ok",
    "payments provider for a european saas: stripe vs paddle (merchant of record) vs lemon squeezy. we don't want to deal with VAT ourselves",
    cc("pick an HTTP client library for this python project — we currently mix requests and aiohttp. httpx? niquests? stick with both? we need sync and async, HTTP/2 would be nice", reminders=[REMINDER_TODO]),
    # Russian
    "Выбираем между PostgreSQL и MongoDB для нового проекта — интернет-магазин с каталогом товаров, у которых сильно разные характеристики. Что посоветуете и почему?",
    "css approach for a new design system: tailwind, css modules, vanilla-extract, panda css, or styled-components? SSR with next.js app router",
    "realtime: pusher/ably vs socket.io self hosted vs supabase realtime vs our own websocket server in go. ~20k concurrent connections",
    loop(
        "check which version of the old charting lib we use",
        [
            (None, [
                ("Grep", {"pattern": "\"(d3|chart\\.js|highcharts)\"", "path": "package.json", "output_mode": "content"},
                 "package.json:31:    \"chart.js\": \"^2.9.4\",\npackage.json:32:    \"d3\": \"^5.16.0\","),
            ]),
        ],
        "both ancient. we need to replace them with one library. requirements: maps (choropleth), timeseries with zoom, accessible, tree-shakeable, MIT-ish license. shortlist 3 and recommend one",
        reminders=[reminder_date("2026-09-08")],
        wrap="chart.js 2.9 and d3 5.16 are both in use.",
    ),
    # Korean
    "사내 API 게이트웨이를 도입하려고 합니다. Kong, AWS API Gateway, Traefik, Envoy 중에 뭘 선택해야 할까요? 쿠버네티스 환경이고 인증, 레이트리밋이 필요해요.",
    "background jobs in node: bullmq, agenda, graphile-worker, or temporal? we have some multi-step workflows that need to survive deploys",
    "monorepo tooling: nx vs turborepo vs just pnpm workspaces. 4 apps, 12 packages, CI time is a concern",
    "is it worth paying for github copilot business vs cursor vs claude code for a 20 person eng team? what should we evaluate",
    "secrets management: aws secrets manager vs ssm parameter store vs vault vs doppler vs sops in git. we're on aws with k8s",
    "we're picking a static site generator for docs: docusaurus, mkdocs material, starlight (astro), vitepress, mintlify (paid). need versioned docs and search",
    cc(
        "given that, should we keep Celery or switch? options I've seen: stay on celery + redis, dramatiq, temporal, or just use postgres-backed queues (procrastinate / pg-boss style). recommend one for our situation",
        reminders=[reminder_date("2026-10-09")],
        history=(
            "look at how background jobs are set up and tell me what's painful about it",
            "Jobs use Celery 5 with Redis as the broker (`app/tasks/`, 34 tasks). Pain points: no visibility into failed tasks beyond logs, retries are configured inconsistently per task, there are two multi-step workflows (`onboard_customer`, `close_month`) chained with `chain()` that break halfway on deploys, and Redis is a single instance that has lost the queue twice this year.",
        ),
    ),
    "हमारी छोटी टीम है (3 डेवलपर), नया B2B SaaS प्रोडक्ट शुरू कर रहे हैं। बैकएंड के लिए Django लें या NestJS? टीम को Python और TypeScript दोनों आते हैं, और हमें admin panel और background jobs भी चाहिए। क्या सुझाव देंगे?",
]
