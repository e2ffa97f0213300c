from conversation_shapes import u, a, cc, at, tr
import mat as M

C = "documentation"

EXAMPLES = [
(C, u("write API reference docs for these routes (markdown): method, path, auth role, query/body params, responses\n\n```js\n" + M.ROUTES + "```")),
(C, u("write a module docstring explaining this state machine: states, allowed transitions, who can refund, what gets emitted. don't change the code\n\n```python\n" + M.STATE_MACHINE + "```")),
(C, u("changelog entry from this diff, keep-a-changelog style, for the 4.2.0 release\n\n" + M.DIFF_LOGIN)),
("commit_messages", u("commit message for this please, conventional commits\n\n" + M.DIFF_RETRY_GO)),
(C, u("Escribe la descripción del PR para este diff: contexto, qué cambia, cómo probarlo, y el aviso de que es un cambio incompatible para los clientes de la API\n\n" + M.DIFF_PAGINATION_PY)),
("code_comments", u("add comments to this manifest so the on-call people understand each setting. don't change any values\n\n```yaml\n" + M.K8S_DEPLOY + "```")),
(C, u("write a README for this terraform module: inputs, what it creates, example usage\n\n```hcl\n" + M.TF_BUCKET + "```")),
(C, u("release notes for customers from this dependency bump, one paragraph, no jargon. (it's our SDK)\n\n" + M.DIFF_LOCK)),
(C, u("document this schema for the data team wiki: table purpose, each column, what the counters table is for\n\n```sql\n" + M.SCHEMA_EVENTS + "\n```")),
(C, u("add a header comment to this workflow file explaining what each job does and which secrets it needs\n\n```yaml\n" + M.WORKFLOW_CI + "```")),
(C, u(r'''convert these docstrings from Google style to NumPy style, keep the content

```python
def resample(series, freq, how="mean", fill=None):
    """Resample a time series to a new frequency.

    Args:
        series (pd.Series): Input series with a DatetimeIndex.
        freq (str): Target pandas offset alias, e.g. "15min".
        how (str): Aggregation, one of "mean", "sum", "last".
        fill (float | None): Value for empty bins. None keeps NaN.

    Returns:
        pd.Series: The resampled series.

    Raises:
        ValueError: If `how` is not supported.
    """
```''')),
("code_comments", u(r"""JSDoc for these, with @param/@returns and an example each

```ts
export function debounce<T extends (...a: any[]) => void>(fn: T, ms: number) {
  let t: ReturnType<typeof setTimeout> | undefined;
  return (...args: Parameters<T>) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

export function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
```""")),
(C, u(r"""Schreib mir einen Changelog-Eintrag aus diesem Diff (Deutsch und Englisch), für die interne Release-Seite

```diff
diff --git a/src/export/pdf.ts b/src/export/pdf.ts
index a91c2e0..0f3b5d1 100644
--- a/src/export/pdf.ts
+++ b/src/export/pdf.ts
@@ -12,10 +12,16 @@ export async function exportInvoicePdf(inv: Invoice, opts: PdfOptions = {}) {
-  const doc = new PDFDocument({ size: 'A4' });
+  const doc = new PDFDocument({ size: opts.paper ?? 'A4', pdfVersion: '1.7', tagged: true });
+  doc.info.Title = `Rechnung ${inv.number}`;
+  doc.info.Lang = inv.locale;
   renderHeader(doc, inv);
   renderLines(doc, inv.lines);
+  if (inv.reverseCharge) {
+    renderReverseChargeNotice(doc, inv.locale);
+  }
   renderTotals(doc, inv);
+  attachXRechnung(doc, inv);
   return finalize(doc);
 }
```""")),
("commit_messages", u(r"""un message de commit ? sujet court + un corps qui explique pourquoi

```diff
--- a/scripts/backup.sh
+++ b/scripts/backup.sh
@@ -1,7 +1,10 @@
-#!/bin/bash
+#!/usr/bin/env bash
+set -euo pipefail
 DATE=$(date +%F)
-pg_dump -U postgres shop > /backups/shop-$DATE.sql
-gzip /backups/shop-$DATE.sql
-aws s3 cp /backups/shop-$DATE.sql.gz s3://acme-backups/
-rm /backups/*.gz
+OUT="/backups/shop-${DATE}.sql.gz"
+pg_dump -U postgres shop | gzip > "$OUT"
+aws s3 cp "$OUT" "s3://acme-backups/" --only-show-errors
+find /backups -name 'shop-*.sql.gz' -mtime +3 -delete
```""")),
(C, u(r"""Rédige la section "Configuration" du README à partir de ce fichier : une ligne par variable, défaut, obligatoire ou non

```python
class Settings(BaseSettings):
    database_url: PostgresDsn
    redis_url: RedisDsn = "redis://localhost:6379/0"
    jwt_secret: SecretStr
    jwt_ttl_minutes: int = 60
    cors_origins: list[str] = []
    sentry_dsn: str | None = None
    log_level: Literal["DEBUG", "INFO", "WARNING"] = "INFO"
    feature_new_billing: bool = False
```""")),
(C, u(r"""write an OpenAPI 3.1 spec for this handler, including the error responses

```go
// POST /v1/transfers
func (h *Handler) CreateTransfer(w http.ResponseWriter, r *http.Request) {
    var in struct {
        From   string `json:"from_account"`
        To     string `json:"to_account"`
        Amount int64  `json:"amount_cents"`
        Memo   string `json:"memo,omitempty"`
    }
    if err := json.NewDecoder(r.Body).Decode(&in); err != nil {
        writeErr(w, 400, "invalid_json")
        return
    }
    idem := r.Header.Get("Idempotency-Key")
    if idem == "" {
        writeErr(w, 400, "missing_idempotency_key")
        return
    }
    t, err := h.svc.Transfer(r.Context(), in.From, in.To, in.Amount, in.Memo, idem)
    switch {
    case errors.Is(err, ErrInsufficientFunds):
        writeErr(w, 422, "insufficient_funds")
    case errors.Is(err, ErrAccountNotFound):
        writeErr(w, 404, "account_not_found")
    case err != nil:
        writeErr(w, 500, "internal")
    default:
        writeJSON(w, 201, t)
    }
}
```""")),
(C, u(r"""この関数に日本語で docstring を付けてください（チーム内ドキュメント用）。コードは変更しないで

```python
def allocate(stock: dict[str, int], orders: list[Order]) -> dict[str, list[str]]:
    result = defaultdict(list)
    for o in sorted(orders, key=lambda o: (o.priority, o.created_at)):
        if stock.get(o.sku, 0) >= o.qty:
            stock[o.sku] -= o.qty
            result[o.sku].append(o.id)
    return dict(result)
```""")),
(C, u(r"""请根据这个 diff 写一段发布说明（中文），给运维同事看，重点说明需要他们做什么

```diff
--- a/deploy/values-prod.yaml
+++ b/deploy/values-prod.yaml
@@ -4,12 +4,16 @@ image:
-  tag: 2.17.4
+  tag: 2.18.0
 env:
-  CACHE_BACKEND: memcached
-  MEMCACHED_HOST: memcached.prod.svc
+  CACHE_BACKEND: redis
+  REDIS_URL: redis://redis-master.prod.svc:6379/2
+  RATE_LIMIT_ENABLED: "true"
 resources:
   requests:
-    memory: 512Mi
+    memory: 768Mi
```""")),
(C, [cc("write the PR description for my branch", d=4),
     at("", ("Bash", {"command": "git log --oneline main..HEAD && git diff main --stat"})),
     tr(r"""c41a9e0 add webhook signature verification
7b2d113 reject webhooks older than 5 minutes
0e9f8aa tests for webhook verification
 src/webhooks/verify.ts        | 34 +++++++++++++++++++++++++++
 src/webhooks/router.ts        |  9 ++++++--
 tests/webhooks/verify.test.ts | 61 +++++++++++++++++++++++++++++++++++++++++++++++++
 3 files changed, 101 insertions(+), 3 deletions(-)
"""),
     at("", ("Bash", {"command": "git diff main -- src/webhooks/router.ts"})),
     tr(r"""diff --git a/src/webhooks/router.ts b/src/webhooks/router.ts
index 22c1a0b..c7e9d14 100644
--- a/src/webhooks/router.ts
+++ b/src/webhooks/router.ts
@@ -3,9 +3,14 @@ import { handleEvent } from './handlers';
+import { verifySignature } from './verify';
 
-router.post('/webhooks/payments', express.json(), async (req, res) => {
+router.post('/webhooks/payments', express.raw({ type: 'application/json' }), async (req, res) => {
+  if (!verifySignature(req.body, req.header('x-signature'), req.header('x-timestamp'))) {
+    return res.sendStatus(401);
+  }
-  await handleEvent(req.body);
+  await handleEvent(JSON.parse(req.body.toString('utf8')));
   res.sendStatus(200);
 });
"""),
     u("mention that the provider secret must be set in WH_SECRET before deploying, and link ticket PAY-481")]),
(C, u(r"""write proper doc comments (///) for this Rust public API, it's going on docs.rs

```rust
pub struct RateLimiter { capacity: u32, tokens: f64, refill_per_sec: f64, last: Instant }

impl RateLimiter {
    pub fn new(capacity: u32, refill_per_sec: f64) -> Self { /* ... */ }
    pub fn try_acquire(&mut self, n: u32) -> bool { /* ... */ }
    pub fn wait_time(&self, n: u32) -> Duration { /* ... */ }
}
```""")),
(C, u(r"""Escreve um runbook para quando esse alerta disparar. Quem recebe é o plantão, então passo a passo

```yaml
- alert: LedgerConsumerLag
  expr: kafka_consumergroup_lag{group="ledger-writer"} > 50000
  for: 10m
  labels:
    severity: page
  annotations:
    summary: "ledger-writer is falling behind"
```""")),
(C, u(r"""need a CHANGELOG section for v3.0.0 from these commits, grouped (Breaking / Added / Fixed)

```
e1f0a22 feat!: drop Node 16 support
b7c3d91 feat(cli): add `init --template` flag
91aa0c2 fix(parser): handle CRLF line endings
4d2e7f8 feat!: rename `config.outDir` to `config.output.dir`
0c9b1e3 fix: don't crash when .env is empty
7712aa0 chore(deps): bump esbuild to 0.21
3f8e6b4 feat(plugins): expose `onResolve` hook
```""")),
(C, u(r"""Dodaj komentarze XML doc do tego interfejsu C#, użytkownicy SDK widzą je w IntelliSense

```csharp
public interface IBlobStore
{
    Task<Stream> OpenReadAsync(string key, CancellationToken ct = default);
    Task<string> PutAsync(string key, Stream content, string contentType, CancellationToken ct = default);
    Task<bool> DeleteAsync(string key, CancellationToken ct = default);
    IAsyncEnumerable<BlobInfo> ListAsync(string prefix, CancellationToken ct = default);
}
```""")),
("code_comments", u(r"""comment this regex piece by piece (x flag / verbose style is fine), nobody can read it

```python
ISO_DURATION = re.compile(r"^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:\.\d+)?S)?)?$")
```""")),
(C, u(r"""Zrób z tego diffa wpis do CHANGELOG.md i krótki opis migracji dla użytkowników biblioteki

```diff
--- a/src/client.py
+++ b/src/client.py
@@ -20,12 +20,14 @@ class Client:
-    def __init__(self, api_key, base_url="https://api.acme.io", timeout=30):
+    def __init__(self, api_key, *, base_url="https://api.acme.io/v2", timeout=10.0, max_retries=2):
         self.api_key = api_key
         self.base_url = base_url
         self.timeout = timeout
+        self.max_retries = max_retries
 
-    def get_invoice(self, id):
-        return self._get(f"/invoices/{id}")
+    def get_invoice(self, invoice_id: str) -> Invoice:
+        return Invoice.model_validate(self._get(f"/invoices/{invoice_id}"))
```""")),
(C, u(r"""write an ADR for the change in this PR: we're moving session storage from Postgres to Redis. context is below, the diff is the gist

Context: sessions table gets ~4k writes/s at peak, autovacuum can't keep up, p99 login latency 900ms.

```diff
--- a/config/session.rb
+++ b/config/session.rb
@@ -1,3 +1,6 @@
-Rails.application.config.session_store :active_record_store, key: "_acme_session"
+Rails.application.config.session_store :redis_store,
+  servers: [ENV.fetch("SESSION_REDIS_URL")],
+  expire_after: 14.days,
+  key: "_acme_session"
```""")),
(C, u(r"""hey can you write a how-to-use section for this CLI's help output, for the docs site, with 3 common recipes

```
Usage: dbsnap [OPTIONS] COMMAND

Commands:
  take      Take a snapshot of a database
  restore   Restore a snapshot into a database
  list      List snapshots
  prune     Delete snapshots older than --keep

Options:
  --dsn TEXT        Database DSN (env: DBSNAP_DSN)
  --bucket TEXT     Storage bucket (env: DBSNAP_BUCKET)
  --keep INTEGER    Number of days to keep [default: 14]
  --tag TEXT        Extra tag for the snapshot
  -q, --quiet
  --help
```""")),
(C, u(r"""Kotlin: add KDoc to this sealed hierarchy explaining when each case is emitted

```kotlin
sealed interface SyncResult {
    data object UpToDate : SyncResult
    data class Updated(val changed: Int, val removed: Int) : SyncResult
    data class Conflict(val local: Item, val remote: Item) : SyncResult
    data class Failed(val cause: Throwable, val retryable: Boolean) : SyncResult
}
```""")),
("commit_messages", [cc("commit message for what's staged", d=2),
     at("", ("Bash", {"command": "git diff --cached"})),
     tr(r"""diff --git a/src/lib/format.ts b/src/lib/format.ts
index 3c4d5e6..7f8a9b0 100644
--- a/src/lib/format.ts
+++ b/src/lib/format.ts
@@ -1,6 +1,10 @@
-export function formatPrice(cents: number, currency = 'EUR') {
-  return (cents / 100).toFixed(2) + ' ' + currency;
+export function formatPrice(cents: number, currency = 'EUR', locale = 'de-DE') {
+  return new Intl.NumberFormat(locale, {
+    style: 'currency',
+    currency,
+  }).format(cents / 100);
 }
"""),
     u("in english, one line is enough")]),
(C, u(r"""write docstrings for every method here, reST style (Sphinx), we generate docs from it

```python
class FeatureStore:
    def __init__(self, redis, prefix="fs"):
        self.r = redis
        self.prefix = prefix

    def put(self, entity_id, features, ttl=None):
        key = f"{self.prefix}:{entity_id}"
        self.r.hset(key, mapping=features)
        if ttl:
            self.r.expire(key, ttl)

    def get(self, entity_id, names=None):
        key = f"{self.prefix}:{entity_id}"
        if names:
            return dict(zip(names, self.r.hmget(key, names)))
        return self.r.hgetall(key)
```""")),
(C, u(r"""PR body for this dependency change please. mention the breaking change in uuid v9 (no default export) and that we fixed the imports

```diff
--- a/src/ids.ts
+++ b/src/ids.ts
@@ -1,5 +1,5 @@
-import uuid from 'uuid';
+import { v4 as uuidv4 } from 'uuid';
 
 export function newId(prefix: string) {
-  return `${prefix}_${uuid.v4().replace(/-/g, '')}`;
+  return `${prefix}_${uuidv4().replace(/-/g, '')}`;
 }
```""")),
(C, u(r"""document what each of these Makefile targets does, as a `make help` target that prints descriptions

```make
dev:
	docker compose up -d db redis && air
test:
	go test -race -count=1 ./...
itest:
	docker compose -f compose.test.yml up --abort-on-container-exit
migrate:
	goose -dir db/migrations postgres "$(DATABASE_URL)" up
gen:
	sqlc generate && buf generate
release:
	goreleaser release --clean
```""")),
(C, u(r"""Explica en un comentario encima de la función por qué el orden de los locks importa aquí. No toques el código

```go
func Transfer(a, b *Account, amt int64) error {
    first, second := a, b
    if b.ID < a.ID {
        first, second = b, a
    }
    first.mu.Lock()
    defer first.mu.Unlock()
    second.mu.Lock()
    defer second.mu.Unlock()
    if a.Balance < amt {
        return ErrInsufficient
    }
    a.Balance -= amt
    b.Balance += amt
    return nil
}
```""")),
(C, u(r"""Write the "Upgrading from 1.x" guide section based on this diff of our public config schema

```diff
--- a/schema/config.schema.json
+++ b/schema/config.schema.json
@@ -4,14 +4,19 @@
   "properties": {
-    "port": { "type": "integer" },
-    "tls": { "type": "boolean" },
-    "certFile": { "type": "string" },
-    "keyFile": { "type": "string" },
+    "listen": {
+      "type": "object",
+      "properties": {
+        "port": { "type": "integer", "default": 8443 },
+        "tls": {
+          "type": "object",
+          "properties": { "cert": { "type": "string" }, "key": { "type": "string" } },
+          "required": ["cert", "key"]
+        }
+      }
+    },
     "logLevel": { "enum": ["debug", "info", "warn", "error"] }
   },
-  "required": ["port"]
+  "required": ["listen"]
 }
```""")),
(C, u(r"""docs pls: write a short explanation for the wiki of how our deploy pipeline works, based on this workflow. audience = new backend devs

```yaml
on:
  push:
    tags: ['v*']
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      digest: ${{ steps.push.outputs.digest }}
    steps:
      - uses: actions/checkout@v4
      - id: push
        uses: docker/build-push-action@v6
        with:
          push: true
          tags: ghcr.io/acme/api:${{ github.ref_name }}
  staging:
    needs: build
    environment: staging
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh staging ${{ needs.build.outputs.digest }}
  prod:
    needs: staging
    environment: production
    runs-on: ubuntu-latest
    steps:
      - run: ./deploy.sh prod ${{ needs.build.outputs.digest }}
```""")),
(C, u(r"""Kannst du aus diesem Diff eine kurze Beschreibung für das Jira-Ticket machen? Was wurde geändert und warum, zwei, drei Sätze

```diff
--- a/src/main/java/com/acme/search/QueryBuilder.java
+++ b/src/main/java/com/acme/search/QueryBuilder.java
@@ -31,7 +31,10 @@ public class QueryBuilder {
     public Query build(SearchRequest req) {
-        return new MatchQuery("title", req.getText());
+        return new BoolQuery()
+            .should(new MatchQuery("title", req.getText()).boost(3.0f))
+            .should(new MatchQuery("description", req.getText()))
+            .minimumShouldMatch(1);
     }
```""")),
(C, u(r"""Write a CONTRIBUTING.md section on how to run the test suite locally, based on this CI config

```yaml
services:
  postgres:
    image: postgis/postgis:16-3.4
    env:
      POSTGRES_PASSWORD: test
    ports: ['5432:5432']
  localstack:
    image: localstack/localstack:3
    env:
      SERVICES: s3,sqs
steps:
  - run: pip install -e '.[test]'
  - run: alembic upgrade head
    env: { DATABASE_URL: postgresql://postgres:test@localhost/postgres }
  - run: pytest -m "not slow" --cov=app
```""")),
(C, u(r"""docstrings para estas funções numpy, estilo numpydoc, incluindo os shapes dos arrays

```python
def iou(a, b):
    x1 = np.maximum(a[:, None, 0], b[None, :, 0])
    y1 = np.maximum(a[:, None, 1], b[None, :, 1])
    x2 = np.minimum(a[:, None, 2], b[None, :, 2])
    y2 = np.minimum(a[:, None, 3], b[None, :, 3])
    inter = np.clip(x2 - x1, 0, None) * np.clip(y2 - y1, 0, None)
    area_a = (a[:, 2] - a[:, 0]) * (a[:, 3] - a[:, 1])
    area_b = (b[:, 2] - b[:, 0]) * (b[:, 3] - b[:, 1])
    return inter / (area_a[:, None] + area_b[None, :] - inter)

def nms(boxes, scores, thr=0.5):
    order = scores.argsort()[::-1]
    keep = []
    while order.size:
        i = order[0]
        keep.append(i)
        order = order[1:][iou(boxes[[i]], boxes[order[1:]])[0] < thr]
    return np.array(keep)
```""")),
("commit_messages", u(r"""Commit-Nachricht bitte, auf Englisch, Conventional Commits

```diff
--- a/.github/workflows/ci.yml
+++ b/.github/workflows/ci.yml
@@ -1,8 +1,12 @@
 name: ci
 on:
-  pull_request_target:
+  pull_request:
   push:
     branches: [main]
+permissions:
+  contents: read
 jobs:
   test:
```""")),
(C, [u("what does our `retry_with_budget` helper do exactly?\n\n```python\ndef retry_with_budget(fn, budget, *, base=0.2, cap=5.0):\n    spent = 0.0\n    attempt = 0\n    while True:\n        try:\n            return fn()\n        except Transient as e:\n            delay = min(cap, base * 2 ** attempt) * random.random()\n            if spent + delay > budget:\n                raise BudgetExceeded(spent) from e\n            time.sleep(delay)\n            spent += delay\n            attempt += 1\n```"),
     a("It calls `fn` until it succeeds, retrying only on `Transient` errors. Delays grow exponentially from `base` up to `cap`, with full jitter (a random fraction of the delay). Instead of a max attempt count it has a total sleep budget: if the next sleep would push total waiting past `budget`, it raises `BudgetExceeded` chained to the last error."),
     u("perfect, put exactly that into a docstring on the function, google style, with Args/Returns/Raises")]),
(C, u(r"""README intro para este repo (pt-BR), baseado no package.json. curto, com instalação e scripts

```json
{
  "name": "@acme/ui-kit",
  "version": "0.9.0",
  "description": "Componentes React do design system Acme",
  "main": "dist/index.cjs",
  "module": "dist/index.mjs",
  "types": "dist/index.d.ts",
  "scripts": {
    "dev": "storybook dev -p 6006",
    "build": "tsup src/index.ts --dts --format esm,cjs",
    "test": "vitest run",
    "lint": "eslint src --ext .ts,.tsx"
  },
  "peerDependencies": { "react": ">=18", "react-dom": ">=18" }
}
```""")),
(C, u(r"""release notes for the app store ("What's new"), max 4 bullets, from this PR list:

- #1201 Fix crash when opening a deep link while logged out
- #1207 Add biometric unlock on Android
- #1210 Cache podcast artwork offline
- #1212 Bump Kotlin to 2.0.0
- #1215 Fix wrong episode duration for files > 2h
- #1219 CI: split instrumented tests across 4 shards""")),
(C, u(r"""Add inline comments explaining the tricky bits of this Terraform, especially the for_each and the dynamic block. don't refactor

```hcl
locals {
  rules = { for r in var.ingress_rules : "${r.port}-${r.cidr}" => r }
}

resource "aws_security_group" "svc" {
  name   = "${var.name}-sg"
  vpc_id = var.vpc_id

  dynamic "ingress" {
    for_each = local.rules
    content {
      from_port   = ingress.value.port
      to_port     = ingress.value.port
      protocol    = "tcp"
      cidr_blocks = [ingress.value.cidr]
    }
  }
}
```""")),
(C, u(r"""write the docs page for this feature flag config — what each field means and an example for a percentage rollout

```ts
export interface FlagConfig {
  key: string;
  enabled: boolean;
  rollout?: { percent: number; stickiness: 'userId' | 'sessionId' | 'random' };
  targets?: { orgIds?: string[]; userIds?: string[]; countries?: string[] };
  variants?: Record<string, number>;
  expiresAt?: string;
}
```""")),
(C, u(r"""Напиши описание к этому PR для ревьюеров: зачем, что поменялось, на что обратить внимание

```diff
--- a/internal/cache/lru.go
+++ b/internal/cache/lru.go
@@ -14,16 +14,22 @@ type LRU struct {
-	mu    sync.Mutex
+	mu    sync.RWMutex
 	items map[string]*list.Element
 	ll    *list.List
 	cap   int
+	hits, misses atomic.Int64
 }
 
 func (c *LRU) Get(k string) (any, bool) {
 	c.mu.Lock()
 	defer c.mu.Unlock()
 	if e, ok := c.items[k]; ok {
 		c.ll.MoveToFront(e)
+		c.hits.Add(1)
 		return e.Value.(*entry).v, true
 	}
+	c.misses.Add(1)
 	return nil, false
 }
```""")),
(C, u(r"""write a short "how this works" section for the top of this file so nobody breaks the lock-ordering again

```python
# jobs/scheduler.py
LOCK_KEY = "scheduler:leader"

def run():
    while True:
        if redis.set(LOCK_KEY, HOST, nx=True, ex=30):
            try:
                for job in due_jobs():
                    enqueue(job)
                    mark_scheduled(job)
            finally:
                if redis.get(LOCK_KEY) == HOST:
                    redis.delete(LOCK_KEY)
        time.sleep(10)
```""")),
(C, u(r"""write a CHANGELOG entry from this diff. audience = developers using our public REST API

```diff
--- a/api/openapi.yaml
+++ b/api/openapi.yaml
@@ -120,6 +120,14 @@ paths:
   /v1/orders/{id}:
     get:
       summary: Get an order
+      parameters:
+        - name: expand
+          in: query
+          schema:
+            type: array
+            items: { enum: [customer, lines, payments] }
+          style: form
+          explode: false
       responses:
         '200':
@@ -140,7 +148,7 @@ paths:
     delete:
-      deprecated: false
+      deprecated: true
       summary: Cancel an order (use POST /v1/orders/{id}/cancel)
```""")),
("code_comments", u(r"""Aggiungi commenti a questo script bash, riga per riga dove serve, così i colleghi capiscono cosa fa prima di lanciarlo. Non cambiare il comportamento

```bash
#!/usr/bin/env bash
set -euo pipefail
NS=${1:-staging}
for p in $(kubectl -n "$NS" get pods -o jsonpath='{.items[?(@.status.phase=="Failed")].metadata.name}'); do
  kubectl -n "$NS" logs "$p" --all-containers > "/tmp/failed-$p.log" || true
  kubectl -n "$NS" delete pod "$p" --wait=false
done
kubectl -n "$NS" get events --sort-by=.lastTimestamp | tail -20
```""")),
(C, u(r"""Write the API reference for this GraphQL schema snippet in markdown, one section per field with args and example query

```graphql
type Query {
  project(id: ID!): Project
  projects(first: Int = 20, after: String, filter: ProjectFilter): ProjectConnection!
}

type Mutation {
  createProject(input: CreateProjectInput!): CreateProjectPayload!
  archiveProject(id: ID!): Project!
}

input ProjectFilter { archived: Boolean, nameContains: String }
```""")),
(C, u(r"""write the PR description for this, reviewers are from another team so explain the why

```diff
diff --git a/src/jobs/reindex.ts b/src/jobs/reindex.ts
--- a/src/jobs/reindex.ts
+++ b/src/jobs/reindex.ts
@@ -8,14 +8,22 @@ export async function reindexAll() {
-  const products = await db.product.findMany();
-  for (const p of products) {
-    await search.index('products', toDoc(p));
-  }
+  let cursor: string | undefined;
+  do {
+    const batch = await db.product.findMany({
+      take: 500,
+      ...(cursor && { skip: 1, cursor: { id: cursor } }),
+      orderBy: { id: 'asc' },
+    });
+    if (batch.length === 0) break;
+    await search.bulk('products', batch.map(toDoc));
+    cursor = batch[batch.length - 1].id;
+  } while (true);
 }
```""")),
("commit_messages", u(r"""write a commit message for this. why: the SDK's default 30s timeout was hiding slow upstreams

```diff
--- a/internal/payments/client.go
+++ b/internal/payments/client.go
@@ -22,7 +22,10 @@ func New(cfg Config) *Client {
 	return &Client{
-		http: &http.Client{},
+		http: &http.Client{
+			Timeout:   cfg.Timeout,
+			Transport: otelhttp.NewTransport(http.DefaultTransport),
+		},
 		base: cfg.BaseURL,
 	}
 }
```""")),
(C, u(r"""Write API docs for this FastAPI router in markdown for our partner portal. Include example requests with curl.

```python
@router.get("/v1/shipments/{tracking}", response_model=ShipmentOut)
async def get_shipment(tracking: str, x_api_key: str = Header()):
    ...

@router.post("/v1/shipments", response_model=ShipmentOut, status_code=201)
async def create_shipment(body: ShipmentIn, x_api_key: str = Header()):
    ...

@router.post("/v1/shipments/{tracking}/cancel", status_code=204)
async def cancel_shipment(tracking: str, reason: str | None = None, x_api_key: str = Header()):
    ...
```""")),
(C, u(r"""add a docstring at the top of this module explaining the retry/backoff policy and the invariants (don't touch the code)

```python
MAX_ATTEMPTS = 6
BASE = 0.5
CAP = 60

def next_delay(attempt: int) -> float:
    return random.uniform(0, min(CAP, BASE * 2 ** attempt))

def should_retry(exc: Exception, attempt: int) -> bool:
    if attempt >= MAX_ATTEMPTS:
        return False
    if isinstance(exc, HTTPError):
        return exc.status in (429, 502, 503, 504)
    return isinstance(exc, (ConnectionError, TimeoutError))
```""")),
(C, u(r"""Schreibe eine kurze Doku (Markdown) für dieses Kubernetes-CronJob-Manifest: wann läuft es, was macht es, wie startet man es manuell, wo sieht man die Logs

```yaml
apiVersion: batch/v1
kind: CronJob
metadata:
  name: invoice-reminders
  namespace: billing
spec:
  schedule: "30 7 * * 1-5"
  timeZone: Europe/Berlin
  concurrencyPolicy: Forbid
  jobTemplate:
    spec:
      backoffLimit: 2
      template:
        spec:
          restartPolicy: Never
          containers:
            - name: reminders
              image: ghcr.io/acme/billing:2.9.1
              args: ["send-reminders", "--overdue-days=7"]
```""")),
(C, u(r"""Converti questi commenti JSDoc in TSDoc corretto (togli i tipi dai tag visto che ora è TypeScript)

```ts
/**
 * Calcola il totale del carrello.
 * @param {CartItem[]} items - articoli nel carrello
 * @param {Coupon} [coupon] - coupon opzionale
 * @returns {number} totale in centesimi
 */
export function cartTotal(items: CartItem[], coupon?: Coupon): number {
```""")),
(C, u(r"""Write release notes (markdown, for GitHub Releases) for v1.8.0 of our CLI from this diff summary:

```
 cmd/root.go            |  12 +++--
 cmd/export.go          | 148 +++++++++++++++++++++++++++++++++++++++++++++
 internal/render/csv.go |  61 ++++++++++++++++++
 internal/auth/token.go |  19 ++++--
 go.mod                 |   4 +-
```
commits: "add export command (csv, json)", "auth: refresh token 60s before expiry instead of on 401", "root: --profile flag", "bump cobra to 1.8.1" """)),
("code_comments", u(r"""ponle comentarios a este SQL para que el de BI entienda cada CTE, sin cambiar la consulta

```sql
WITH first_orders AS (
  SELECT customer_id, MIN(created_at) AS first_at
  FROM orders WHERE status = 'paid' GROUP BY customer_id
),
cohorts AS (
  SELECT customer_id, date_trunc('month', first_at) AS cohort FROM first_orders
),
activity AS (
  SELECT o.customer_id, c.cohort,
         (EXTRACT(year FROM age(date_trunc('month', o.created_at), c.cohort)) * 12
          + EXTRACT(month FROM age(date_trunc('month', o.created_at), c.cohort)))::int AS month_n
  FROM orders o JOIN cohorts c USING (customer_id)
  WHERE o.status = 'paid'
)
SELECT cohort, month_n, COUNT(DISTINCT customer_id) AS active
FROM activity GROUP BY 1, 2 ORDER BY 1, 2;
```""")),
(C, u(r"""Write a migration guide for other teams: this diff is the change their services need to make to move from our old auth middleware to the new one. Step by step, with before/after.

```diff
--- a/services/orders/main.go
+++ b/services/orders/main.go
@@ -12,10 +12,13 @@ import (
-	"github.com/acme/authmw"
+	"github.com/acme/authkit/v2/middleware"
 )
 
 func main() {
 	r := chi.NewRouter()
-	r.Use(authmw.JWT(os.Getenv("JWT_SECRET")))
+	r.Use(middleware.Verify(middleware.Config{
+		JWKSURL:  "https://auth.acme.internal/.well-known/jwks.json",
+		Audience: "orders",
+	}))
 	r.Mount("/v1", api.Routes())
```""")),
(C, u(r"""doc comments for this Java class please (Javadoc), it's the public entry point of our SDK

```java
public final class AcmeClient implements AutoCloseable {
    public static Builder builder() { return new Builder(); }
    public Invoices invoices() { return invoices; }
    public Customers customers() { return customers; }
    public CompletableFuture<Void> ping() { ... }
    @Override public void close() { http.close(); }

    public static final class Builder {
        public Builder apiKey(String key) { ... }
        public Builder baseUrl(URI uri) { ... }
        public Builder timeout(Duration d) { ... }
        public AcmeClient build() { ... }
    }
}
```""")),
(C, u(r"""turn this Slack thread into a short FAQ entry for our internal docs ("Why does my PR deploy preview 404?")

> **ana**: preview for #812 gives 404
> **raj**: previews only build when the PR touches `apps/web/**`
> **ana**: mine only changed packages/ui
> **raj**: yeah the path filter doesn't include packages. add the `preview` label and it forces a build
> **ana**: worked, thanks
> **raj**: we should fix the filter, ticket WEB-330""")),
(C, u(r"""Add a docstring to each of these pytest fixtures explaining what they provide and their scope, we keep misusing them

```python
@pytest.fixture(scope="session")
def db_engine():
    eng = create_engine(TEST_DB_URL)
    Base.metadata.create_all(eng)
    yield eng
    Base.metadata.drop_all(eng)

@pytest.fixture
def db(db_engine):
    conn = db_engine.connect()
    tx = conn.begin()
    session = Session(bind=conn)
    yield session
    session.close()
    tx.rollback()
    conn.close()

@pytest.fixture
def client(db):
    app.dependency_overrides[get_db] = lambda: db
    yield TestClient(app)
    app.dependency_overrides.clear()
```""")),
(C, [u("can you explain what our `docker-entrypoint.sh` does?\n\n```bash\n#!/bin/sh\nset -e\nif [ \"$1\" = 'web' ]; then\n  python manage.py migrate --noinput\n  exec gunicorn shop.wsgi -b 0.0.0.0:8000\nelif [ \"$1\" = 'worker' ]; then\n  exec celery -A shop worker -l info\nfi\nexec \"$@\"\n```"),
     a("It's a dispatcher. `web` runs migrations and then replaces the shell with gunicorn (`exec`, so gunicorn becomes PID 1 and gets signals). `worker` starts Celery. Anything else is executed as-is, so `docker run image bash` still works. `set -e` aborts if migrate fails."),
     u("great, please write that as a section in docs/deployment.md, plus a table of the modes")]),
(C, u(r"""Write the "Schema" section of our data contract doc from this Avro schema. Field, type, nullable, meaning (guess sensibly and mark guesses).

```json
{
  "type": "record",
  "name": "PageView",
  "namespace": "com.acme.events",
  "fields": [
    {"name": "event_id", "type": "string"},
    {"name": "ts", "type": {"type": "long", "logicalType": "timestamp-millis"}},
    {"name": "user_id", "type": ["null", "string"], "default": null},
    {"name": "anon_id", "type": "string"},
    {"name": "url", "type": "string"},
    {"name": "referrer", "type": ["null", "string"], "default": null},
    {"name": "ua", "type": "string"},
    {"name": "consent", "type": {"type": "enum", "name": "Consent", "symbols": ["NONE", "ANALYTICS", "ALL"]}}
  ]
}
```""")),
(C, [cc("can you make this function understandable?", file="src/sched/slots.ts", sel=("src/sched/slots.ts", 3, 17, "export function freeSlots(busy: Interval[], day: Interval, min: number): Interval[] {\n  const out: Interval[] = [];\n  let cur = day.start;\n  for (const b of [...busy].sort((x, y) => x.start - y.start)) {\n    if (b.start - cur >= min) out.push({ start: cur, end: b.start });\n    cur = Math.max(cur, b.end);\n  }\n  if (day.end - cur >= min) out.push({ start: cur, end: day.end });\n  return out;\n}"), d=2),
     at("I'll restructure it into smaller helpers.", ("Edit", {"file_path": "src/sched/slots.ts", "old_string": "  let cur = day.start;", "new_string": "  let cursor = day.start;"})),
     tr((M.REJECT, True), text=M.INTERRUPTED),
     u("don't change the code, it's tested and it works. I meant comments: a TSDoc block on top and a couple of inline comments on the sweep logic")]),
(C, [cc("write the changelog for 2.18.0", d=1),
     at("", ("Bash", {"command": "git log --no-merges --pretty='%h %s' v2.17.4..HEAD"})),
     tr("3e1a9c2 feat(invoices): cursor pagination for GET /invoices\n8b7d0f1 fix(auth): accept __Host-sid cookie and x-session-id header\n51c2e7a perf(search): batch reindex in chunks of 500\nd0f9a33 chore(ci): pin actions to SHAs\n2a6e8b4 feat(export): XLSX export for reports\n7c3f1d9 fix(pdf): reverse-charge notice for EU B2B invoices\n"),
     at("", ("Bash", {"command": "git diff --stat v2.17.4..HEAD | tail -1"})),
     tr(" 41 files changed, 1288 insertions(+), 402 deletions(-)\n"),
     u("group it as customer-facing vs internal, and flag the pagination change as breaking for API users")]),
]
