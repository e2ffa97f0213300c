from conversation_shapes import u, a, cc, at, tr
import mat as M

C = "architecture"

EXAMPLES = [
(C, u("is this schema going to scale? we expect ~300 tenants, the biggest doing 50M events/month, and dashboards query by tenant + kind + time range\n\n```sql\n" + M.SCHEMA_EVENTS + "\n```")),
(C, u("this state machine lives inside the monolith's orders module right now. we're thinking of pulling orders out into its own service. given the emit() and the permission check, where would the boundary be and what breaks?\n\n```python\n" + M.STATE_MACHINE + "```")),
(C, u("this diff moves session lookup to accept a header too, because the mobile team wants to stop using cookies. step back from the code: should mobile even use the same session mechanism as web, or should we go token-based for them? trade-offs\n\n" + M.DIFF_LOGIN)),
(C, u(r"""Here's our design doc draft, find the weak points before the review on Thursday.

## Notifications v2

**Goal:** send email/push/SMS for ~40 event types, 2M notifications/day.

**Design:**
- Every service calls `POST /notify` on the new notifications service synchronously after committing its transaction.
- Notifications service looks up user preferences in its own Postgres, renders the template, calls the provider (SendGrid / FCM / Twilio) and returns 200 when the provider accepts.
- Retries: the calling service retries 3 times on 5xx.
- Templates are stored in the DB and edited via an admin UI.
- Dedup: none needed, providers are idempotent.
- Scaling: run 6 pods behind the LB, autoscale on CPU.

**Out of scope:** digesting, quiet hours.""")),
(C, u(r"""We have this Terraform layout for 3 environments and 9 services. Every change to a shared module needs a plan in 27 places. Is there a better structure?

```
infra/
  modules/
    service/       # ECS service + ALB target + alarms
    rds/
    network/
  envs/
    dev/
      api/main.tf
      worker/main.tf
      ...          (9 dirs)
    staging/       (same 9 dirs)
    prod/          (same 9 dirs)
```
State is one file per dir in S3.""")),
(C, u(r"""Is this the right boundary? The PR adds a shared `common-models` package that both the billing and the catalog service import.

```diff
diff --git a/packages/common-models/src/product.ts b/packages/common-models/src/product.ts
new file mode 100644
--- /dev/null
+++ b/packages/common-models/src/product.ts
@@ -0,0 +1,18 @@
+export interface Product {
+  id: string;
+  sku: string;
+  name: string;
+  priceCents: number;
+  taxCategory: 'standard' | 'reduced' | 'exempt';
+  stock: number;
+  supplierId: string;
+}
diff --git a/services/billing/package.json b/services/billing/package.json
--- a/services/billing/package.json
+++ b/services/billing/package.json
@@ -9,6 +9,7 @@
   "dependencies": {
+    "@acme/common-models": "workspace:*",
     "fastify": "^4.26.0",
diff --git a/services/catalog/package.json b/services/catalog/package.json
--- a/services/catalog/package.json
+++ b/services/catalog/package.json
@@ -9,6 +9,7 @@
   "dependencies": {
+    "@acme/common-models": "workspace:*",
     "fastify": "^4.26.0",
```
I'm not asking about the code, I'm asking whether sharing models like this will bite us as the services evolve.""")),
(C, u(r"""Unser Datenmodell für ein Buchungssystem (Hotels). Skaliert das, wenn wir von 200 auf 20.000 Hotels gehen? Verfügbarkeit wird bei jeder Suche berechnet.

```sql
CREATE TABLE rooms (id serial PRIMARY KEY, hotel_id int, type text, capacity int);
CREATE TABLE bookings (
  id serial PRIMARY KEY,
  room_id int REFERENCES rooms(id),
  check_in date,
  check_out date,
  status text
);
-- Suche:
SELECT r.* FROM rooms r
WHERE r.hotel_id = ANY($1) AND r.capacity >= $2
AND NOT EXISTS (
  SELECT 1 FROM bookings b WHERE b.room_id = r.id AND b.status <> 'cancelled'
  AND b.check_in < $4 AND b.check_out > $3
);
```""")),
(C, u(r"""Voici notre architecture actuelle. On veut passer en multi-région (EU + US) pour la latence et la conformité RGPD. Qu'est-ce qui doit changer en premier ?

- 1 cluster EKS eu-west-1, 14 services
- 1 Aurora Postgres (writer + 2 readers) partagée par tous les services
- Redis ElastiCache pour sessions et cache
- S3 pour les uploads, CloudFront devant
- Kafka (MSK) pour les événements entre services
- Les données clients US et EU sont dans les mêmes tables""")),
(C, u(r"""We're choosing between these two event shapes for our order events. Consumers: analytics, email, warehouse. Which one and why?

```json
// A: thin
{ "type": "order.updated", "order_id": "ord_123", "version": 7 }

// B: fat
{ "type": "order.updated", "order_id": "ord_123", "version": 7,
  "order": { "status": "paid", "total": 4599, "currency": "EUR",
             "lines": [{ "sku": "A1", "qty": 2 }], "customer": { "id": "c_9", "email": "x@y.z" } } }
```""")),
(C, u(r"""k8s layout question. Right now every team gets a namespace in one shared cluster. Security wants hard isolation for the payments team (PCI). Options on the table: separate cluster, vcluster, or stricter NetworkPolicy + PSA in the same cluster. Here's what payments runs:

```yaml
# payments namespace
deployments: ledger-api, card-vault, settlement-worker
statefulsets: vault-redis
external: RDS (separate VPC), HSM via PrivateLink
```
What would you recommend and what does it cost us operationally?""")),
(C, u(r"""Read this PR description and tell me if the approach is sound architecturally — the code itself is fine, I'm worried about the direction.

> **Add GraphQL gateway in front of all services**
> Clients currently call 11 REST services directly. This PR adds an Apollo gateway (`services/gateway`) that stitches the services' REST APIs into one schema via resolvers. Auth moves to the gateway; services will trust the `x-user-id` header. Phase 2: mobile and web switch to the gateway; direct access is closed at the ingress.

```diff
--- a/deploy/ingress.yaml
+++ b/deploy/ingress.yaml
@@ -8,12 +8,8 @@ spec:
   rules:
     - host: api.acme.io
       http:
         paths:
-          - path: /orders
-            backend: { service: { name: orders, port: { number: 80 } } }
-          - path: /users
-            backend: { service: { name: users, port: { number: 80 } } }
+          - path: /graphql
+            backend: { service: { name: gateway, port: { number: 4000 } } }
```""")),
(C, u(r"""Esquema para un SaaS multi-tenant. ¿Tabla compartida con tenant_id, schema por tenant, o base de datos por tenant? Tenemos 800 tenants pequeños y 5 enormes que exigen aislamiento.

```sql
CREATE TABLE documents (
  id uuid PRIMARY KEY,
  tenant_id uuid NOT NULL,
  folder_id uuid,
  title text,
  body text,
  updated_at timestamptz
);
```""")),
(C, u(r"""Our job queue is just this Postgres table. We're at ~300 jobs/s and growing 3x this year. Keep it, or move to SQS/Rabbit/Kafka? What would you look at to decide?

```sql
CREATE TABLE jobs (
  id bigserial PRIMARY KEY,
  queue text NOT NULL,
  payload jsonb NOT NULL,
  run_at timestamptz NOT NULL DEFAULT now(),
  attempts int NOT NULL DEFAULT 0,
  locked_by text,
  locked_at timestamptz
);
CREATE INDEX jobs_ready ON jobs (queue, run_at) WHERE locked_by IS NULL;
```
workers do `SELECT ... FOR UPDATE SKIP LOCKED LIMIT 10`.""")),
(C, u(r"""このAPI設計、将来的に問題になりそうな点はありますか？モバイルアプリと外部パートナーの両方が使います

```
GET    /api/getUserOrders?userId=123
POST   /api/createOrder
POST   /api/updateOrderStatus      { orderId, status }
POST   /api/deleteOrder            { orderId }
GET    /api/orders/export.csv
```
バージョニングはまだしていません""")),
(C, u(r"""我们的前端 monorepo 结构如下，构建越来越慢（CI 25 分钟），应该怎么拆或者怎么组织？

```
apps/
  web/          (Next.js)
  admin/        (Vite + React)
  mobile/       (React Native)
packages/
  ui/           (被三个 app 使用)
  api-client/   (自动生成)
  utils/        (什么都有，被所有包引用)
  config/
```
现在用的是 yarn workspaces，没有 turbo/nx。""")),
(C, u(r"""Is storing this as JSONB going to hurt us later? Product keeps adding attributes per category, so we went schemaless.

```sql
CREATE TABLE products (
  id bigserial PRIMARY KEY,
  category text NOT NULL,
  attrs jsonb NOT NULL
);
-- typical filters: attrs->>'brand' = 'X' AND (attrs->>'screen_in')::numeric BETWEEN 13 AND 15
```
~4M products, faceted search on the storefront.""")),
(C, u(r"""Here's our current caching setup. We keep serving stale prices after updates. Rather than patching, I want to rethink the caching strategy as a whole. Options?

```
browser -> CloudFront (TTL 300s) -> API (in-process LRU, 60s) -> Redis (TTL 600s) -> Postgres
price updates: admin UI writes Postgres, then publishes `price.changed` on SNS; a lambda deletes the Redis key
```""")),
(C, [cc("look at how the modules depend on each other and tell me if the layering makes sense. I suspect domain depends on infra", d=0),
     at("Let me map the imports.", ("Bash", {"command": "grep -rhoE '^from app\\.[a-z_]+' app/ | sort | uniq -c | sort -rn"})),
     tr("    212 from app.domain\n    167 from app.infra\n     98 from app.api\n     41 from app.services\n     12 from app.utils\n"),
     at("", ("Bash", {"command": "grep -rlE '^from app\\.infra' app/domain | head; grep -rlE '^from app\\.api' app/services | head"})),
     tr("app/domain/order.py\napp/domain/customer.py\napp/domain/pricing.py\napp/services/checkout.py\n"),
     u("yeah. so what should the target structure be and how do we get there incrementally without a big-bang PR?")]),
(C, u(r"""The design proposal below wants to replace our cron-based billing run with an event-driven one. Poke holes in it.

1. When a subscription period ends, the subscriptions service emits `period.ended` on Kafka.
2. The billing service consumes it, creates an invoice, charges the card through Stripe, emits `invoice.paid` or `invoice.failed`.
3. Dunning service consumes `invoice.failed` and schedules retries.
4. If billing is down, Kafka retains events for 7 days so nothing is lost.
5. We drop the nightly cron entirely.""")),
(C, u(r"""Is this k8s setup right for a stateful thing like this? Someone deployed our Kafka Connect workers and a ZooKeeper ensemble as Deployments with emptyDir volumes.

```yaml
kind: Deployment
metadata: { name: zookeeper }
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: zk
          image: zookeeper:3.8
          volumeMounts: [{ name: data, mountPath: /data }]
      volumes:
        - name: data
          emptyDir: {}
```
Should we move to StatefulSets, an operator (Strimzi), or just go MSK and stop running it ourselves?""")),
(C, u(r"""Avaliem essa proposta de migração: sair do Heroku pra AWS. Time de 5 devs, um Rails monolito, Postgres 300GB, Redis, Sidekiq. O plano é ECS Fargate + RDS + ElastiCache, Terraform. Vale a pena ou tem opção mais simples (Render, Fly, etc.)? O motivo é custo (US$ 4k/mês no Heroku).""")),
(C, u(r"""We want to let customers define webhooks. Draft of the design:

```yaml
webhook:
  id: wh_123
  url: https://customer.example/hooks
  events: [invoice.paid, invoice.failed]
  secret: whsec_...
delivery:
  - attempt with 10s timeout
  - retry 5x with backoff (1m, 5m, 30m, 2h, 12h)
  - after 5 failures: disable webhook, email owner
storage:
  - deliveries table in main Postgres, one row per attempt
```
~20k customers, some will point at slow endpoints. What's wrong with this, what would you change?""")),
(C, u(r"""Sprawdź, czy ten schemat w DynamoDB ma sens dla naszych zapytań. Single table design, pierwszy raz to robię.

```
PK                SK                      attrs
USER#42           PROFILE                 name, email
USER#42           ORDER#2026-03-01#o981   total, status
USER#42           ORDER#2026-03-04#o990   total, status
ORDER#o981        ITEM#1                  sku, qty
```
Zapytania: zamówienia użytkownika po dacie, wszystkie zamówienia w statusie "pending" (dla backoffice), szczegóły zamówienia z pozycjami.""")),
(C, u(r"""Here is our current service-to-service auth: every service has the same shared JWT secret in its env and signs its own tokens.

```yaml
env:
  - name: INTERNAL_JWT_SECRET
    valueFrom: { secretKeyRef: { name: internal-jwt, key: secret } }
```
18 services. What would a better design look like? mTLS via mesh? per-service keys with JWKS? What's the migration path?""")),
(C, u(r"""We need audit logs for SOC2: who did what, on which resource, immutable, queryable for 1 year. This is the current idea, is it a good design or should we use something else?

```python
def audit(actor, action, resource, before, after):
    db.execute(
        "INSERT INTO audit_log (actor, action, resource, before, after, at) VALUES (%s,%s,%s,%s,%s,now())",
        (actor, action, resource, json.dumps(before), json.dumps(after)),
    )
```
called from service methods, same DB as the app.""")),
(C, u(r"""Design question with some context. We have a Python ML model serving predictions. Currently:

```
FastAPI pod (CPU) -> loads 1.2GB model at startup -> predict() ~80ms
traffic: 50 rps avg, 900 rps peak for 10 min after marketing emails
```
Cold starts take 90s so autoscaling is too slow for the peaks. Options I see: keep warm overprovisioned pods, move to a GPU batch server (Triton), precompute predictions, queue + async. How would you think about this?""")),
(C, u(r"""¿Tiene sentido este diseño de carpetas para una app Flutter mediana? Me preocupa que `shared` se convierta en un cajón de sastre.

```
lib/
  features/
    auth/ (data/ domain/ presentation/)
    catalog/ (data/ domain/ presentation/)
    cart/ (data/ domain/ presentation/)
  shared/
    widgets/
    services/
    models/
  main.dart
```""")),
(C, u(r"""Before I write the code: here's the plan for read replicas. Tell me if the consistency story holds up.

- All GETs go to the replica pool via a router in our DB layer.
- Writes go to primary.
- After a write, we set a cookie `fresh_until=now+2s`; requests with that cookie read from primary.
- Background jobs always read from replicas.
- Replica lag is usually <200ms, alert at 5s.""")),
(C, u(r"""Proposed schema for a chat feature (1:1 and group chats, up to 500 members, message history forever, read receipts). Postgres. Will this fall over?

```sql
CREATE TABLE conversations (id uuid PRIMARY KEY, is_group bool, created_at timestamptz);
CREATE TABLE members (conversation_id uuid, user_id uuid, joined_at timestamptz, PRIMARY KEY (conversation_id, user_id));
CREATE TABLE messages (
  id uuid PRIMARY KEY,
  conversation_id uuid,
  sender_id uuid,
  body text,
  created_at timestamptz
);
CREATE TABLE receipts (message_id uuid, user_id uuid, read_at timestamptz, PRIMARY KEY (message_id, user_id));
```""")),
(C, u(r"""This PR introduces a repository layer + unit of work over SQLAlchemy in our FastAPI app. Nothing wrong with the code as such; the question for you is whether this abstraction is worth it for a 15-endpoint CRUD service or whether it's overengineering.

```diff
--- /dev/null
+++ b/app/uow.py
@@ -0,0 +1,20 @@
+class UnitOfWork:
+    def __init__(self, session_factory):
+        self.session_factory = session_factory
+
+    def __enter__(self):
+        self.session = self.session_factory()
+        self.users = UserRepository(self.session)
+        self.orders = OrderRepository(self.session)
+        return self
+
+    def __exit__(self, *exc):
+        self.session.rollback()
+        self.session.close()
+
+    def commit(self):
+        self.session.commit()
```""")),
(C, u(r"""Wir überlegen, unseren Go-Monolithen so aufzuteilen. Sind die Schnitte sinnvoll?

```
cmd/monolith
internal/
  accounts/    -> "identity" service
  billing/     -> "billing" service
  invoices/    -> "billing" service
  reports/     -> "reporting" service (liest aus billing + accounts DB-Tabellen direkt)
  notifications/ -> bleibt im monolith
```
reports macht heute JOINs über accounts, invoices und payments.""")),
(C, u(r"""Tech choice: for our new internal dashboard (10 users, reads from our Postgres, some charts, a few forms), the team is split between Next.js + tRPC, Retool, and Django admin + htmx. What would you pick and why? Team is mostly Python.""")),
(C, u(r"""Questo design per la valutazione dei feature flag va bene per il mobile? Le app lo chiamano a ogni schermata:

```
GET /flags?user_id=...&app_version=...
-> { "new_checkout": true, "dark_mode_v2": false, ... }   (~120 flags)
```
Server evaluates rules from Postgres on each call. 2M DAU.""")),
(C, u(r"""We're designing an idempotency layer for our payments API. Sketch:

```python
@app.post("/v1/charges")
def create_charge(req, idempotency_key: str = Header()):
    cached = redis.get(f"idem:{idempotency_key}")
    if cached:
        return json.loads(cached)
    result = charge(req)
    redis.set(f"idem:{idempotency_key}", json.dumps(result), ex=86400)
    return result
```
Is Redis the right store for this, and is the overall flow right for concurrent duplicates? I care about the design more than the code.""")),
(C, u(r"""Terraform question at the design level: should each microservice repo own its own infra (RDS, queues, IAM) in a `terraform/` folder, or should we keep everything in the central infra repo? 6 teams, platform team of 2. Current central repo main.tf is 4000 lines.""")),
(C, u(r"""Kubernetes: our api has this config, and we're seeing cascading failures when the DB is slow — all pods fail readiness at once and the whole service goes dark. Rather than tweaking numbers, what's the right pattern for health checks with dependencies?

```yaml
readinessProbe:
  httpGet: { path: /ready, port: 8080 }   # /ready pings Postgres, Redis and the auth service
  periodSeconds: 5
  failureThreshold: 2
livenessProbe:
  httpGet: { path: /ready, port: 8080 }
  periodSeconds: 10
```""")),
(C, u(r"""Event sourcing for our wallet ledger: good idea or overkill? Current model:

```sql
CREATE TABLE wallets (id uuid PRIMARY KEY, user_id uuid, balance_cents bigint);
UPDATE wallets SET balance_cents = balance_cents - $1 WHERE id = $2 AND balance_cents >= $1;
```
Finance wants full history and the ability to rebuild balances; we also have 3 bugs a year where balances drift.""")),
(C, [u("can you look at our docker-compose and tell me what each service is for?\n\n```yaml\nservices:\n  api: { build: ./api, depends_on: [db, redis, search] }\n  worker: { build: ./api, command: celery -A app worker }\n  beat: { build: ./api, command: celery -A app beat }\n  db: { image: postgres:16 }\n  redis: { image: redis:7 }\n  search: { image: opensearch:2.13 }\n  frontend: { build: ./web }\n```"),
     a("`api` is the Django/Celery app's web process; `worker` runs Celery tasks from the same image; `beat` schedules periodic tasks; `db` is Postgres; `redis` is the Celery broker and likely the cache; `search` is OpenSearch for full-text search; `frontend` builds the web client."),
     u("thanks. we're moving this to production for the first time, ~5k users. what should the production topology look like — managed services vs self-hosted for db/redis/search, what runs where?")]),
(C, u(r"""Is a single `settings` table like this a reasonable way to store per-tenant config long-term, or should it be typed columns / separate tables?

```sql
CREATE TABLE settings (
  tenant_id int,
  key text,
  value text,
  PRIMARY KEY (tenant_id, key)
);
```
we have ~70 keys now, some booleans, some JSON blobs, some numbers.""")),
(C, u(r"""Rust service design question. We have this trait to abstract storage, and now we need S3, local disk and GCS. Trait objects, generics, or an enum? The service is long-running, perf isn't critical, but testability is.

```rust
pub trait BlobStore {
    async fn put(&self, key: &str, data: Bytes) -> Result<()>;
    async fn get(&self, key: &str) -> Result<Bytes>;
}
```""")),
(C, u(r"""Bu mimari önerisine göz atar mısın? Zayıf noktaları neler?

- Mobil uygulama -> API Gateway (AWS) -> Lambda (Node.js) -> DynamoDB
- Görsel yükleme: istemci doğrudan S3'e presigned URL ile
- Bildirimler: DynamoDB Streams -> Lambda -> SNS
- Arama: DynamoDB üzerinde Scan + filtre
- Raporlama: her gece tüm tabloyu Lambda ile okuyup CSV'ye yaz

Beklenen yük: 100k kullanıcı, günde 1M istek.""")),
(C, u(r"""Our SQL for the leaderboard is below; it runs on every page view and takes 2s now with 5M scores. I don't want a query tweak, I want to know how leaderboards should be built at this size (Redis sorted sets? materialized view? something else?)

```sql
SELECT user_id, MAX(score) AS best, RANK() OVER (ORDER BY MAX(score) DESC) AS rank
FROM scores
WHERE season_id = $1
GROUP BY user_id
ORDER BY best DESC
LIMIT 100;
```""")),
(C, u(r"""Quick sanity check on this plan for zero-downtime column rename (`users.name` -> `users.full_name`) across 4 services that read the table directly:

1. add full_name, dual write from the main app
2. backfill
3. switch reads in all services
4. stop writing name
5. drop name

Is the order right? Anything about having 4 services on one table we should fix while we're at it?""")),
(C, u(r"""Chúng tôi là team 3 người làm B2B SaaS. Đây là stack đề xuất. Có quá phức tạp không?

```
frontend: Next.js on Vercel
backend: 6 NestJS microservices on EKS, each with its own RDS
messaging: Kafka (MSK)
auth: Keycloak self-hosted
observability: self-hosted Prometheus + Grafana + Loki + Tempo
IaC: Terraform + ArgoCD
```""")),
(C, u(r"""GitHub Actions question but at the org level: we have 60 repos copy-pasting the same ~200-line workflow. Reusable workflows, composite actions, or a central template repo with a sync bot? Here's a typical one's skeleton:

```yaml
jobs:
  lint: { uses: ./.github/workflows/lint.yml }
  test: { needs: lint, runs-on: ubuntu-latest, steps: [...] }
  build: { needs: test, steps: [docker build, trivy scan, push] }
  deploy-staging: { needs: build, environment: staging }
  deploy-prod: { needs: deploy-staging, environment: production }
```
How would you structure it so changes roll out safely?""")),
(C, u(r"""Considerando questo diff, ha senso introdurre la cache a questo livello o dovremmo metterla altrove (CDN, client)? Non mi interessa la revisione del codice

```diff
--- a/catalog/service.py
+++ b/catalog/service.py
@@ -10,6 +10,12 @@ class CatalogService:
     def get_product(self, product_id: str) -> Product:
-        return self.repo.get(product_id)
+        key = f"product:{product_id}"
+        if (hit := self.cache.get(key)) is not None:
+            return Product.parse_raw(hit)
+        p = self.repo.get(product_id)
+        self.cache.set(key, p.json(), ex=300)
+        return p
```
Il catalogo cambia 2 volte al giorno, letture 3k rps.""")),
(C, u(r"""Should the file-processing pipeline be a k8s Job per upload, a long-running worker Deployment with a queue, or Argo Workflows? Uploads are 10MB-5GB, processing takes 10s-40min, ~2k uploads/day with spikes. Current:

```python
@app.post("/uploads/{id}/process")
def process(id):
    subprocess.Popen(["python", "process.py", id])
    return {"status": "started"}
```""")),
(C, u(r"""Here's the protobuf for our new internal API. Before everyone starts depending on it, is this a good contract design for evolution (versioning, pagination, errors)?

```protobuf
service Inventory {
  rpc GetStock(GetStockRequest) returns (Stock);
  rpc ListStock(ListStockRequest) returns (ListStockResponse);
  rpc Reserve(ReserveRequest) returns (ReserveResponse);
}
message ListStockRequest { string warehouse = 1; int32 page = 2; }
message ListStockResponse { repeated Stock items = 1; int32 total = 2; }
message ReserveResponse { bool ok = 1; string error = 2; }
```""")),
(C, u(r"""Arquitectura de logs: hoy cada servicio escribe JSON a stdout, Fluent Bit lo manda a Elasticsearch, 1.2 TB/día, y la factura se comió el presupuesto. ¿Qué alternativas de diseño hay (muestreo, Loki, ClickHouse, separar audit de debug…)?""")),
(C, u(r"""How should we structure authorization for this? Right now it's checks sprinkled in every handler:

```ts
if (req.user.role !== 'admin' && doc.ownerId !== req.user.id && !doc.sharedWith.includes(req.user.id)) {
  return res.status(403).end();
}
```
We're adding teams, per-folder permissions and external guests. Policy engine (OPA/Cedar/OpenFGA), or roll our own? What would the model look like?""")),
(C, u(r"""Our mobile app talks to these endpoints on launch, sequentially. Startup takes 3.5s on 4G. Is a BFF the right answer or something else?

```
GET /me
GET /me/settings
GET /feature-flags
GET /home/feed?limit=20
GET /notifications/unread-count
GET /cart
```""")),
(C, u(r"""This is our plan for splitting the `users` table for GDPR: PII in a separate encrypted store, the rest stays. Does the design hold up for joins/search/exports?

```sql
-- stays in app DB
CREATE TABLE users (id uuid PRIMARY KEY, created_at timestamptz, plan text, country char(2));
-- new "vault" service, separate DB, field-level encryption
CREATE TABLE user_pii (user_id uuid PRIMARY KEY, email bytea, name bytea, phone bytea, address bytea);
```
Support agents search users by email today.""")),
(C, u(r"""This diff is the first step of "moving to CQRS" according to the PR title. Is this the right first step for our situation (one Postgres, 20k DAU, read-heavy dashboards) or are we adopting a pattern we don't need?

```diff
--- /dev/null
+++ b/app/read_models/dashboard.py
@@ -0,0 +1,15 @@
+class DashboardProjection:
+    def __init__(self, store):
+        self.store = store
+
+    def on_order_paid(self, evt):
+        self.store.incr(f"rev:{evt.org_id}:{evt.day}", evt.total)
+        self.store.incr(f"orders:{evt.org_id}:{evt.day}", 1)
+
+    def on_order_refunded(self, evt):
+        self.store.incr(f"rev:{evt.org_id}:{evt.day}", -evt.total)
+
+    def query(self, org_id, days):
+        return [(d, self.store.get(f"rev:{org_id}:{d}"), self.store.get(f"orders:{org_id}:{d}")) for d in days]
```""")),
(C, u(r"""Design doc excerpt for our new search. Find the weak points.

> Products are indexed into Elasticsearch by a nightly batch job (full reindex, ~45 min). Price and stock changes are not reflected until the next night; the product page reads price from Postgres, so users may see a different price in search results than on the product page. We accept this. The search service is called directly from the browser through a public ES endpoint with a read-only API key embedded in the JS bundle. Synonyms are maintained in a Google Sheet and pulled at reindex time.""")),
(C, u(r"""Wir planen den Umstieg von REST-Polling auf Server-Sent Events für Live-Updates im Dashboard (5k gleichzeitige Nutzer, 3 API-Pods hinter einem ALB). Reicht SSE, oder brauchen wir WebSockets bzw. einen Managed-Dienst wie Pusher/Ably? Was muss an der Infrastruktur anders werden (Sticky Sessions, Fan-out über Pods)?""")),
(C, u(r"""Does this Terraform structure make sense for separating prod and non-prod AWS accounts, or should we go with Control Tower / account vending? Current:

```hcl
provider "aws" {
  alias  = "prod"
  region = "eu-west-1"
  assume_role { role_arn = "arn:aws:iam::111111111111:role/terraform" }
}
provider "aws" {
  alias  = "dev"
  region = "eu-west-1"
  assume_role { role_arn = "arn:aws:iam::222222222222:role/terraform" }
}
module "api_prod" { source = "./modules/api", providers = { aws = aws.prod } }
module "api_dev"  { source = "./modules/api", providers = { aws = aws.dev } }
```
one state file for both.""")),
(C, u(r"""PR: "Introduce internal event bus between modules". The diff replaces direct calls with in-process pub/sub. Architecturally, is an in-process bus inside a monolith a good idea, or does it just hide the coupling?

```diff
--- a/src/orders/place.ts
+++ b/src/orders/place.ts
@@ -15,9 +15,7 @@ export async function placeOrder(cmd: PlaceOrder) {
   const order = await repo.save(Order.create(cmd));
-  await inventory.reserve(order.lines);
-  await loyalty.addPoints(order.customerId, order.total);
-  await email.sendConfirmation(order);
+  bus.emit('order.placed', order);
   return order;
 }
```""")),
(C, u(r"""schema review at the design level: we want to support multiple currencies and price lists per country. Current schema is below. How would you model it so it scales to 40 countries and B2B negotiated prices?

```sql
CREATE TABLE products (id bigint PRIMARY KEY, sku text UNIQUE, name text, price_cents int);
CREATE TABLE order_lines (order_id bigint, product_id bigint, qty int, price_cents int);
```""")),
(C, u(r"""Monorepo vs polyrepo for us? Context: 4 Go services + 1 React app + shared protobufs, 12 engineers, protos change weekly and break consumers all the time. Here's how the protos are shared today:

```
git submodule add git@github.com:acme/protos.git third_party/protos
# each service pins a different commit, go generate runs locally
```""")),
(C, u(r"""Architecture question about this Kafka topic config for order events. 6 partitions, keyed by customer_id. We need per-order ordering and we'll have 40 consumer instances at Black Friday. Is the partitioning strategy right, and what would you change?

```
topic: orders.events.v1
partitions: 6
replication.factor: 3
cleanup.policy: delete
retention.ms: 604800000
key: customer_id
```""")),
(C, u(r"""私たちのバッチ処理の構成について相談です。毎晩 cron で EC2 上の Python スクリプトが S3 の CSV（約 200GB）を読み、集計して RDS に書き込んでいます。処理時間が 7 時間を超えてきました。Glue / EMR / Athena / dbt + Snowflake など、どの方向で再設計すべきでしょうか？""")),
(C, u(r"""We store uploaded files like this. Is it OK long-term (10M files/year) or should the design change?

```python
path = f"/mnt/nfs/uploads/{user.id}/{upload.filename}"
with open(path, "wb") as f:
    f.write(data)
Upload.objects.create(user=user, path=path, size=len(data))
```
the NFS is mounted on 4 app servers.""")),
(C, [cc("add caching to get_product", file="catalog/service.py", d=3),
     at("I'll add a Redis read-through cache with a 5 minute TTL.", ("Edit", {"file_path": "catalog/service.py", "old_string": "        return self.repo.get(product_id)", "new_string": "        key = f\"product:{product_id}\"\n        if (hit := self.cache.get(key)) is not None:\n            return Product.parse_raw(hit)"})),
     tr((M.REJECT, True), text=M.INTERRUPTED),
     u("hold on, before code. we have 3k rps on product pages, the catalog changes twice a day and we already have CloudFront in front. is an app-level Redis cache even the right layer, or should we do this at the CDN with purge-on-publish? I want the trade-offs first")]),
(C, [cc("look at our k8s manifests for the search cluster and tell me if running it ourselves still makes sense", d=4),
     at("", ("Bash", {"command": "ls k8s/search/ && grep -h -A3 'kind:\\|replicas\\|storage' k8s/search/*.yaml"})),
     tr("opensearch-statefulset.yaml\nopensearch-svc.yaml\nsnapshot-cronjob.yaml\nkind: StatefulSet\nreplicas: 3\n        storage: 500Gi\nkind: Service\nkind: CronJob\n"),
     at("", ("Bash", {"command": "git log --oneline --since='6 months ago' -- k8s/search/ | wc -l && git log --since='6 months ago' --grep='search' --grep='opensearch' -i --oneline | head"})),
     tr("23\nf1a2b3c opensearch: bump heap after OOM\n9e8d7c6 opensearch: fix snapshot cronjob creds\n7a6b5c4 revert opensearch 2.13 upgrade\n3c2d1e0 opensearch: manual shard rebalance script\n"),
     u("yeah it's been a pain. managed (AWS OpenSearch / Elastic Cloud) vs keep self-hosted vs switch to something like Typesense or Postgres FTS for our 4M products? be honest")]),
]
