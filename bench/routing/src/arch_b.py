from lib import *

L = "architecture"

ex("arch_rsc_vs_client", L, [first("for our analytics dashboard (next.js 15 app router), should the charts' data be fetched in server components or client side with react-query? data is per-user, refreshes every 30s, some filters are in the URL")],
   tags=["code:typescript"])

ex("arch_go_error_layers", L, [first("how should we structure error handling across layers in our Go service (http handler -> service -> repo)? sentinel errors vs typed errors vs wrapping, and where do we map to HTTP status codes. want something consistent for the whole team")],
   tags=["code:go"])

ex("arch_idempotency_payments", L, [first("design idempotency for our payments API. clients send Idempotency-Key header. where to store keys, how long, what to return for concurrent duplicate requests still in flight, and what if the same key comes with a different body")],
   tags=[])

ex("arch_multiregion_ratelimit", L, [first("we're going multi-region (eu + us, maybe apac). how do we do per-customer rate limiting globally? central redis adds 100ms cross-region. ok with some slack, like 10% over limit briefly")],
   tags=[])

ex("arch_zero_downtime_migrations", L, [first("what's a sane strategy for zero-downtime deploys when db migrations are involved? we do rolling deploys on k8s, old and new pods overlap for a few minutes. renames and NOT NULL additions keep biting us")],
   tags=[])

ex("arch_search_choice", L, [first("search for ~2M product docs with typo tolerance, facets and 'as you type' suggestions. elasticsearch/opensearch vs postgres full text + pg_trgm vs meilisearch/typesense. small team, don't want to babysit a cluster")],
   tags=[])

ex("arch_webhook_delivery", L, [first("we need to start sending webhooks to customers (order.created etc). how should the delivery system be designed: retries with backoff, signing, ordering guarantees (or not), disabling endpoints that keep failing, and letting customers replay")],
   tags=[])

ex("arch_upload_presigned", L, [first("file uploads up to 5GB: presigned S3 multipart straight from the browser, or stream through our API? we need virus scanning and to know when the upload completed to update the db")],
   tags=[])

ex("arch_flags_build_buy", L, [first("feature flags: build our own (we already have a config service) or buy launchdarkly/unleash/growthbook? ~40 engineers, need % rollouts and per-customer targeting, compliance wants an audit trail")],
   tags=[])

ex("arch_split_django", L, [first("we have a 400k LOC django monolith, 60 apps, everything imports everything. leadership wants 'microservices'. I want to push for modularizing inside the monolith first. where would you start, how do we enforce boundaries (import-linter?), and what would be the first thing worth extracting if any")],
   tags=["code:python"])

ex("arch_rbac_abac", L, [first("permission model for a docs app: workspaces, folders, docs; roles per workspace; docs can be shared with individuals or via link; folder permissions inherit down unless overridden. RBAC, ABAC, or something zanzibar-like (spicedb/openfga)? how to make 'list all docs I can see' fast")],
   tags=[])

ex("arch_offline_sync", L, [first("mobile app needs offline editing of notes and checklists, syncing when back online, multiple devices per user. last-write-wins per field vs CRDTs (automerge/yjs)? what does the backend need to look like for each")],
   tags=[])

ex("arch_sqlite_prod", L, [first("sqlite in prod for this? ~50 writes/s, single server, litestream backups")],
   tags=["terse"])

ex("arch_typo_sessions", L, [first("shoud i use redis or memcached for sesions? we alredy run redis for the job queues, worried about mixing workloads on the same instace")],
   tags=["typo"])

ex("arch_long_context", L, [first('''Context: we run a logistics platform. Today:
- One Java Spring monolith (~250k LOC) with a single Postgres 13 (2TB, primary + 1 replica)
- ~40 tables are "hot": shipments, tracking_events (1.2B rows, growing 5M/day), routes, drivers
- Carrier integrations (DHL, UPS, ~30 smaller ones) poll carrier APIs every 5 min from a scheduler inside the monolith and write into tracking_events
- Customers query shipment status via REST and via a webhook feed
- p99 for GET /shipments/{id} went from 80ms to 900ms over the last year; DB CPU is at 85% during EU business hours
- Team: 14 backend devs in 3 squads (integrations, customer API, ops tooling)

Constraints: no big-bang rewrite; must keep the public API stable; budget allows managed services on AWS; compliance requires 2 years of tracking history queryable (not necessarily fast).

Questions:
1. Should tracking ingestion become its own service + datastore? If so what store (Postgres partitioned, Timescale, DynamoDB, Cassandra)?
2. How would the monolith read tracking data after the split without chatty cross-service calls?
3. What's a sane sequencing over ~2 quarters so that each step delivers value on its own?

I'm not looking for code, I need a proposal I can take to the architecture review.''')], tags=["long"])

ex("arch_sysmsg_notif_prefs", L, [first("who should own notification preferences, the user service or the notification service? both teams want it and we keep going back and forth")],
   sysmsg=True, tags=[])

ex("arch_oldshape_bff", L, [first("the web frontend talks to 6 backend services directly right now and we have CORS/auth duplication everywhere. BFF per client (web, mobile) or a single API gateway (kong/envoy)? or both?")],
   oldshape=True, tags=[])

ex("arch_ide_module_huge", L, [
    first("this module is getting huge, how should I break it up? it's the core of checkout", ide_open("/Users/ana/work/store/backend/checkout/services.py")),
], tags=["ide_context"])

ex("arch_money_model", L, [first("how should we model money across DB, API and frontend? multi-currency, some currencies with 0 or 3 decimals, FX conversion for reporting. integer minor units vs numeric vs string decimals in JSON")],
   tags=[])

ex("arch_url_shortener_interview", L, [first("system design practice: design a URL shortener that handles 100M new URLs/month and 10B redirects/month. walk me through it like an interview: requirements, API, data model, key generation, caching, scaling")],
   tags=[])

ex("arch_observability", L, [first("observability stack for ~30 services on EKS: self-hosted prometheus+grafana+loki+tempo vs datadog vs grafana cloud. budget matters but so does on-call sanity. we're 3 SREs")],
   tags=[])

ex("arch_k8s_ecs_fly", L, [first("3 services (api, worker, web) + postgres + redis, small startup, 2 devs, no ops person. EKS vs ECS Fargate vs fly.io vs render? we want preview envs per PR if possible")],
   tags=[])

ex("arch_config_secrets", L, [first("how should we organize config and secrets across dev/staging/prod for ~12 services? currently .env files in a shared 1password vault and some things hardcoded in helm values. options: SOPS in git, AWS secrets manager + external-secrets, vault")],
   tags=[])

ex("arch_thinking_followup_readside", L, [
    first("we're moving order writes to an event-driven model (commands -> events in kafka). how should the write side be structured?"),
    A("For the write side I'd use aggregate-per-order with an outbox:\n\n1. A command handler loads the `Order` aggregate from Postgres, validates the command and produces events.\n2. The new state and the events are written in **one transaction**: the state table plus an `outbox` table.\n3. A relay (Debezium or a poller) publishes the outbox rows to Kafka, keyed by `order_id` so each order's events stay in order.\n\nThat avoids dual writes, and because events carry the aggregate version, consumers can deduplicate.", thinking="User asks about write side of event-driven order system. Recommend outbox pattern, aggregate, ordering per key."),
    ut("makes sense. and what about the read side? support and the customer app need different views of orders, plus search"),
], tags=["multi_turn", "follow_up"])

ex("arch_tool_sqlc_vs_gorm", L, [
    first("how do we access the db in this service right now?"),
    A(None, T("db1", "Bash", {"command": "grep -rn 'gorm\\.' --include=*.go internal/ | wc -l; grep -rln 'Preload(' --include=*.go internal/ | head", "description": "Check GORM usage"})),
    TR(R("db1", "312\ninternal/orders/repo.go\ninternal/customers/repo.go\ninternal/reports/queries.go", err=False)),
    A("Everything goes through GORM: 312 call sites under `internal/`. Heavy `Preload` use in orders, customers and reports suggests a lot of eager loading, and the reports package builds fairly complex queries through the GORM chain API."),
    ut("we have perf issues in reports and hard-to-read queries. would moving to sqlc (or pgx + hand written SQL) be worth it vs staying on gorm? could we do it incrementally?"),
], tags=["tool_loop", "intent_shift", "code:go"])

ex("arch_tool_consolidate_brokers", L, [
    first("check which message brokers/queues we use across the services in this repo"),
    A(None, T("mq1", "Bash", {"command": "grep -rlE 'amqp|pika|kafka|sqs|nats' services/*/requirements*.txt services/*/go.mod services/*/package.json 2>/dev/null", "description": "Find broker client deps"})),
    TR(R("mq1", '''services/billing/requirements.txt
services/catalog/go.mod
services/notifier/package.json
services/search-indexer/go.mod
services/shipping/requirements.txt''', err=False)),
    A(None, T("mq2", "Bash", {"command": "for f in services/billing/requirements.txt services/catalog/go.mod services/notifier/package.json services/search-indexer/go.mod services/shipping/requirements.txt; do echo \"== $f\"; grep -E 'amqp|pika|kafka|sqs|nats' $f; done", "description": "Show which broker each service uses"})),
    TR(R("mq2", '''== services/billing/requirements.txt
pika==1.3.2
== services/catalog/go.mod
	github.com/segmentio/kafka-go v0.4.47
== services/notifier/package.json
    "@aws-sdk/client-sqs": "^3.654.0",
== services/search-indexer/go.mod
	github.com/segmentio/kafka-go v0.4.47
== services/shipping/requirements.txt
pika==1.3.2
boto3-sqs-extended==0.3.0''', err=False)),
    A("There are three brokers in use: **RabbitMQ** (billing, shipping), **Kafka** (catalog, search-indexer) and **SQS** (notifier, plus shipping through the extended client)."),
    ut("design how we'd consolidate onto one. which one and what's the migration path that doesn't require a flag day"),
], tags=["tool_loop", "follow_up"])

ex("arch_agent_plan_followup", L, [
    first("plan how we'd add SSO (SAML + OIDC) for enterprise customers"),
    A("I'll have a planning agent map out where auth touches the codebase.", T("ag1", "Agent", {"description": "Plan SSO integration", "prompt": "Survey the auth code (login, session creation, user provisioning, org membership) and produce an implementation plan for adding SAML and OIDC SSO per organization. List critical files and architectural decisions.", "subagent_type": "Plan"})),
    TR(R("ag1", '''Plan summary:
- Auth today: email+password in accounts/auth.py, sessions via django sessions, orgs in orgs/models.py (Membership with role).
- Add IdentityProvider model per org (type saml|oidc, metadata/issuer, client creds encrypted).
- Login flow: email-first discovery -> if domain matches verified org domain with SSO, redirect to IdP.
- Use python3-saml and authlib; ACS/callback endpoints under /sso/<org_slug>/.
- JIT provisioning: create user + membership on first login, role from IdP group mapping.
- Open decisions: enforce SSO (disable password login) per org? SCIM for deprovisioning? how to handle users in multiple orgs with different IdPs?''')),
    A("The plan is above. The three open decisions matter most: SSO enforcement, SCIM deprovisioning, and users who belong to several orgs with different IdPs."),
    ut("let's dig into the multi-org users question. how do slack/notion handle one person in two orgs with different IdPs, and what would you recommend for our session model"),
], tags=["tool_loop", "follow_up"])

ex("arch_pagination_design", L, [first("public API pagination: offset vs cursor when clients can sort by several fields (created_at, name, amount) and filter. how do we build stable cursors for multi-column sorts and what do we expose in the response")],
   tags=[])

ex("arch_active_active_pg", L, [first("multi-region postgres: active-active (bdr/pgEdge/citus?) vs active-passive with failover? RPO 1min RTO 15min requirement, 95% of writes come from EU users")],
   tags=[])

ex("arch_batch_vs_stream", L, [first("analytics pipeline: product wants dashboards with <5 min freshness, today it's a nightly batch job (airflow -> bigquery). do we need a streaming pipeline (kafka + flink) or can micro-batches every few minutes get us there? what would you choose")],
   tags=[])

ex("arch_bounded_context_pricing", L, [first("DDD question: in our e-commerce domain, is 'pricing' its own bounded context or part of catalog? promotions, customer-specific prices, and tax all touch it. trying to decide module boundaries for the rewrite")],
   tags=[])

ex("arch_images_bytea", L, [first("is storing user uplaoded images in postgres bytea a bad idea? avg 300kb, maybe 2M imgs total")],
   tags=["typo", "terse"])

ex("arch_it_microfrontend", L, [first("abbiamo 4 team che lavorano sulla stessa SPA Angular e i rilasci si bloccano a vicenda. ha senso passare ai micro-frontend (module federation) o ci sono alternative meno invasive?")],
   tags=["non_english", "lang_it"])
