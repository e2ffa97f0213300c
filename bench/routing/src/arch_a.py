from lib import *

L = "architecture"

ex("arch_monolith_vs_ms", L, [first("4 devs, building a B2B SaaS (scheduling + invoicing + a customer portal). CTO wants microservices from day one 'so we don't have to rewrite later'. I think a modular monolith is the right call. help me think through it honestly, where would I be wrong?")],
   tags=[])

ex("arch_pg_vs_dynamo", L, [first("postgres vs dynamodb for an append-only event store? ~30M events/day, reads are mostly 'all events for aggregate X in order' plus some ad-hoc analytics. team knows postgres well, we're all-in on AWS")],
   tags=[])

ex("arch_kafka_sqs_rabbit", L, [first("kafka vs sqs vs rabbitmq for order events, ~2k msg/s peak, 4 consumers need the same events, need replay for at least 7 days. we're a small platform team, operating kafka ourselves sounds scary. MSK? or just SNS+SQS fanout?")],
   tags=[])

ex("arch_monorepo_nextjs", L, [first("how should I structure a monorepo with 3 next.js apps (marketing, app, admin), a shared ui lib, shared eslint/tsconfig, and a node api? turborepo vs nx, and where do shared types between api and apps live")],
   tags=["code:typescript"])

ex("arch_rest_graphql_grpc", L, [first("for internal service-to-service calls (about 15 services, mix of go and python), should we standardise on REST+OpenAPI, gRPC, or GraphQL federation? main pain today is inconsistent contracts and no codegen")],
   tags=[])

ex("arch_booking_model", L, [first("design the data model for a room booking system: multiple buildings, rooms with capacities and features, recurring bookings (weekly, with exceptions), and we must never allow overlapping bookings for the same room even under concurrent requests. postgres")],
   tags=["code:sql"])

ex("arch_multitenancy", L, [first("multi-tenancy approach for our postgres-backed saas: schema-per-tenant vs shared tables with tenant_id + RLS vs db-per-tenant. ~800 tenants now, a few enterprise ones want data isolation guarantees and their own backups")],
   tags=[])

ex("arch_bulk_api", L, [first("how should we design a bulk endpoint for creating up to 1000 contacts at once where some may fail validation? sync response with per-item results, or 202 + job resource? how do other APIs (stripe, salesforce) handle partial failure and idempotency here")],
   tags=[])

ex("arch_validation_layer", L, [first("where should validation live in our service? right now it's split between pydantic models on the API, checks inside the SQLAlchemy models, and random ifs in the service layer. want a rule the team can follow. we have API, service, repository layers")],
   tags=["code:python"])

ex("arch_hexagonal_overkill", L, [first("is hexagonal/ports-and-adapters overkill for a ~8k LOC flask app that talks to postgres, stripe and sendgrid? a new senior wants to restructure everything into domain/application/infrastructure")],
   tags=["code:python"])

ex("arch_caching_catalog", L, [first("caching strategy for the product catalog API: 200k products, prices change a few times a day, stock changes constantly, 5k rps peak read. CDN with surrogate keys, redis in front of postgres, or both? how do we handle invalidation for stock")],
   tags=[])

ex("arch_event_sourcing_ledger", L, [first("we're building an internal ledger for customer balances (credits, refunds, adjustments). someone proposed full event sourcing. is that worth it vs a double-entry table with immutable rows + balances materialised? auditability is the main requirement")],
   tags=[])

ex("arch_api_versioning", L, [first("how should we version our public REST API? url (/v2), header, or date-based like stripe? we have ~300 integrators and want to ship breaking changes maybe twice a year")],
   tags=[])

ex("arch_plugin_system_design", L, [first("I want third parties to extend our CLI with plugins (new subcommands + hooks before/after deploy). how should the plugin system be designed? entry points vs a plugins dir vs subprocess protocol like git/kubectl. need isolation so a bad plugin can't crash the core, and versioning of the plugin API")],
   tags=["near_boundary"])

ex("arch_sync_async_billing", L, [first("when a customer upgrades their plan, billing needs to tell provisioning to raise limits. today it's a synchronous HTTP call and when provisioning is down upgrades fail. should this be async via events? what about the UX where the user expects the new limits immediately")],
   tags=[])

ex("arch_es_monolito", L, [first("tenemos un monolito en Rails de 6 años y queremos separar la parte de facturación en un servicio aparte. ¿por dónde empezarías? ¿strangler fig, base de datos compartida al principio o separarla desde el día uno?")],
   tags=["non_english", "lang_es", "code:ruby"])

ex("arch_de_queue", L, [first("Wir müssen Bilder-Uploads asynchron verarbeiten (Thumbnails, Virenscan, EXIF entfernen). Lohnt sich dafür eine richtige Queue (SQS/RabbitMQ) oder reicht eine Jobs-Tabelle in Postgres mit SKIP LOCKED? Ca. 50k Uploads am Tag, Spitzen zur Mittagszeit.")],
   tags=["non_english", "lang_de"])

ex("arch_zh_split_services", L, [first("我们的订单系统现在是一个单体应用，高峰期数据库压力很大。领导想拆成订单、库存、支付三个微服务。拆分后分布式事务怎么处理？用 Saga 还是 TCC？有没有更简单的方案？")],
   tags=["non_english", "lang_zh"])

ex("arch_ja_state_mgmt", L, [first("React のアプリで状態管理をどうするか迷っています。サーバーの状態は TanStack Query、UI の状態は Zustand、という分け方で良いでしょうか？それとも Redux Toolkit に統一した方がチーム的に楽ですか？メンバーは5人です。")],
   tags=["non_english", "lang_ja", "code:typescript"])

ex("arch_pt_storage", L, [first("qual a melhor forma de guardar os arquivos que os usuários enviam? hoje vai tudo pro disco do servidor. pensando em S3 com URL pré-assinada direto do browser, mas como faço pra validar o arquivo e associar ao registro no banco?")],
   tags=["non_english", "lang_pt"])

ex("arch_ru_cqrs", L, [first("стоит ли нам внедрять CQRS для отчетов? сейчас тяжелые аналитические запросы идут в ту же базу, что и транзакции, и тормозят прод. варианты: реплика для чтения, отдельное хранилище (ClickHouse) через CDC, или материализованные представления")],
   tags=["non_english", "lang_ru"])

ex("arch_ko_auth", L, [first("MSA 환경에서 인증을 어떻게 설계하는 게 좋을까요? API 게이트웨이에서 JWT 검증하고 내부 서비스는 신뢰하는 방식 vs 각 서비스가 직접 검증하는 방식, 장단점이 궁금합니다")],
   tags=["non_english", "lang_ko"])

ex("arch_fr_monorepo_split", L, [first("on hésite entre garder notre monorepo (backend Go + front React + infra Terraform) ou le découper en plusieurs dépôts. la CI met 25 minutes et les équipes se marchent dessus. quels critères pour décider ?")],
   tags=["non_english", "lang_fr"])

ex("arch_step_back_service", L, [
    first("write a small go service that receives webhooks from github and posts a summary to slack"),
    A("Here's a minimal service:\n\n```go\nfunc main() {\n\thttp.HandleFunc(\"/webhook\", handleWebhook)\n\tlog.Fatal(http.ListenAndServe(\":8080\", nil))\n}\n\nfunc handleWebhook(w http.ResponseWriter, r *http.Request) {\n\tif !verifySignature(r) { http.Error(w, \"bad sig\", 401); return }\n\tvar ev PushEvent\n\tjson.NewDecoder(r.Body).Decode(&ev)\n\tpostToSlack(summarize(ev))\n\tw.WriteHeader(204)\n}\n```\n\nI also implemented `verifySignature` (HMAC-SHA256 against `X-Hub-Signature-256`) and `postToSlack` (incoming webhook URL from the environment)."),
    ut("actually, step back — we already have 4 of these little webhook relays (github, stripe, sentry, pagerduty). should this be one generic 'webhook router' service instead? how would you design it so adding a source doesn't mean a deploy"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:go"])

ex("arch_tool_boundaries_reconciler", L, [
    first("what does internal/reconciler depend on?"),
    A(None, T("dp1", "Bash", {"command": "go list -f '{{join .Imports \"\\n\"}}' ./internal/reconciler/... | grep fleetctl | sort | uniq -c", "description": "List internal imports of reconciler"})),
    TR(R("dp1", '''      3 github.com/acme/fleetctl/internal/api/v1alpha2
      2 github.com/acme/fleetctl/internal/controller
      4 github.com/acme/fleetctl/internal/store
      1 github.com/acme/fleetctl/internal/webhook''', err=False)),
    A("`internal/reconciler` imports `api/v1alpha2` (the CRD types), `store` (the inventory client), `controller` (2 files) and `webhook` (1 file). The last two are odd: the controller layer should depend on the reconciler, not the other way round, and the webhook import looks like it's only there to reuse a defaulting helper."),
    ut("if we wanted to run the reconciler as its own deployable (separate from the webhooks), where would you draw the module boundaries? what interfaces should sit between them"),
], tags=["tool_loop", "follow_up", "intent_shift", "code:go"])

ex("arch_tool_break_cycle", L, [
    first("look at how the python packages in src/ depend on each other"),
    A(None, T("im1", "Bash", {"command": "pydeps src/acme --show-cycles --no-output --max-bacon 2 2>&1 | tail -20", "description": "Show import cycles between packages"})),
    TR(R("im1", '''acme.billing -> acme.accounts -> acme.billing
acme.billing.invoices -> acme.accounts.models -> acme.billing.plans
acme.notifications -> acme.billing -> acme.notifications
3 cycles found''', err=False)),
    A("There are 3 import cycles. The main one is `billing` ↔ `accounts`: invoices import account models, and `accounts.models` imports `billing.plans` to annotate the plan field. `notifications` and `billing` also import each other."),
    ut("propose a better module structure that breaks these cycles. I'd rather not just move imports inside functions"),
], tags=["tool_loop", "follow_up", "code:python"])

ex("arch_toolonly_celery_temporal", L, [
    first("we're considering moving from celery to temporal. look at our current tasks first and then give me a migration plan + whether it's worth it"),
    A("I'll inventory the current Celery tasks.", T("ct1", "Bash", {"command": "grep -rn '@shared_task\\|@app.task' --include=*.py . | wc -l && grep -rn 'chain(\\|chord(\\|group(' --include=*.py . | head -20", "description": "Count tasks and find canvas usage"})),
    TR(R("ct1", '''47
./orders/tasks.py:88:    chain(reserve_stock.s(order_id), charge_card.s(), send_confirmation.s()).apply_async()
./reports/tasks.py:31:    chord(group(build_section.s(r, s) for s in SECTIONS), assemble_report.s(r)).apply_async()
./onboarding/flows.py:12:    chain(create_workspace.s(uid), seed_demo_data.s(), schedule_followups.s()).delay()
./billing/tasks.py:140:    group(retry_invoice.s(i) for i in failed_ids).apply_async(countdown=3600)''', err=False)),
], tags=["tool_result_last", "code:python"])

ex("arch_toolonly_storage_s3", L, [
    first("evaluate moving file storage from local disk to S3-compatible object storage. check how storage is used in the code before recommending anything"),
    A(None, T("fs1", "Bash", {"command": "grep -rn 'MEDIA_ROOT\\|open(.*media\\|FileSystemStorage\\|default_storage' --include=*.py . | head -30", "description": "Find storage usages"})),
    TR(R("fs1", '''./config/settings.py:88:MEDIA_ROOT = BASE_DIR / "media"
./documents/models.py:14:    file = models.FileField(upload_to="docs/%Y/%m/")
./documents/views.py:52:    return FileResponse(open(doc.file.path, "rb"))
./exports/tasks.py:23:    out = Path(settings.MEDIA_ROOT) / "exports" / f"{job.id}.zip"
./exports/tasks.py:41:    shutil.make_archive(str(out.with_suffix("")), "zip", tmpdir)
./avatars/utils.py:9:    img = Image.open(default_storage.path(user.avatar.name))''', err=False)),
], tags=["tool_result_last", "code:python"])

ex("arch_adr_style_decide", L, [first("we need to pick between Temporal and AWS Step Functions for our order orchestration. lay out the trade-offs ADR-style (context, options, consequences) and tell me which you'd pick for a team of 6 that's mostly TypeScript")],
   tags=["near_boundary"])

ex("arch_schema_design_ddl", L, [first("design the database schema for a multi-language CMS: pages with versions/drafts, per-locale content, fallback locales, and scheduled publishing. explain the trade-offs, then give me the CREATE TABLEs")],
   tags=["near_boundary", "code:sql"])

ex("arch_review_design_doc", L, [first('''can you poke holes in this design before I present it?

Proposal: real-time collaboration for our doc editor
- Each doc has a "session" owned by one node (consistent hashing on doc_id via the LB)
- Clients connect over WebSocket to that node, send ops
- Node applies ops with OT, broadcasts to other clients, persists op log to Postgres every 2s
- On node crash, LB rehashes, new node loads last snapshot + op log
- Presence (cursors) kept in node memory only''')], tags=["near_boundary"])
