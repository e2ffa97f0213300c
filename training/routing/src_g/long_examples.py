"""Longer hand-written requests with big pasted logs/code where the intent is one short sentence."""
from common import R, cc, Tools

_GUNICORN_LOG = """[2026-03-04 10:14:01 +0000] [1] [INFO] Starting gunicorn 22.0.0
[2026-03-04 10:14:01 +0000] [1] [INFO] Listening at: http://0.0.0.0:8000 (1)
[2026-03-04 10:14:01 +0000] [1] [INFO] Using worker: sync
[2026-03-04 10:14:01 +0000] [7] [INFO] Booting worker with pid: 7
[2026-03-04 10:14:01 +0000] [8] [INFO] Booting worker with pid: 8
[2026-03-04 10:14:02 +0000] [9] [INFO] Booting worker with pid: 9
[2026-03-04 10:14:02 +0000] [10] [INFO] Booting worker with pid: 10
10.0.4.18 - - [04/Mar/2026:10:14:05 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.4.22 - - [04/Mar/2026:10:14:09 +0000] "GET /api/v1/catalog?page=1 HTTP/1.1" 200 48213 "-" "Mozilla/5.0"
10.0.4.22 - - [04/Mar/2026:10:14:11 +0000] "POST /api/v1/reports/generate HTTP/1.1" 202 61 "-" "Mozilla/5.0"
10.0.4.18 - - [04/Mar/2026:10:14:15 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.4.31 - - [04/Mar/2026:10:14:19 +0000] "GET /api/v1/reports/8812 HTTP/1.1" 200 1893 "-" "python-requests/2.32"
10.0.4.22 - - [04/Mar/2026:10:14:22 +0000] "POST /api/v1/reports/generate HTTP/1.1" 202 61 "-" "Mozilla/5.0"
10.0.4.18 - - [04/Mar/2026:10:14:25 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
[2026-03-04 10:14:42 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:8)
[2026-03-04 10:14:42 +0000] [8] [ERROR] Error handling request /api/v1/reports/export?format=xlsx&range=ytd
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/sync.py", line 135, in handle
    self.handle_request(listener, req, client, addr)
  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/sync.py", line 178, in handle_request
    respiter = self.wsgi(environ, resp.start_response)
  File "/app/reports/views.py", line 212, in export
    rows = list(build_rows(report, request.GET.get("range", "mtd")))
  File "/app/reports/builders.py", line 88, in build_rows
    for order in Order.objects.filter(created_at__gte=start).iterator():
  File "/usr/local/lib/python3.12/site-packages/django/db/models/query.py", line 516, in _iterator
    yield from iterable
  File "/usr/local/lib/python3.12/site-packages/gunicorn/workers/base.py", line 204, in handle_abort
    sys.exit(1)
SystemExit: 1
[2026-03-04 10:14:42 +0000] [8] [INFO] Worker exiting (pid: 8)
[2026-03-04 10:14:43 +0000] [11] [INFO] Booting worker with pid: 11
10.0.4.18 - - [04/Mar/2026:10:14:45 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
10.0.4.18 - - [04/Mar/2026:10:14:55 +0000] "GET /healthz HTTP/1.1" 504 0 "-" "kube-probe/1.29"
10.0.4.18 - - [04/Mar/2026:10:15:05 +0000] "GET /healthz HTTP/1.1" 504 0 "-" "kube-probe/1.29"
[2026-03-04 10:15:12 +0000] [1] [CRITICAL] WORKER TIMEOUT (pid:9)
[2026-03-04 10:15:12 +0000] [9] [ERROR] Error handling request /api/v1/reports/export?format=xlsx&range=ytd
[2026-03-04 10:15:13 +0000] [12] [INFO] Booting worker with pid: 12
10.0.4.18 - - [04/Mar/2026:10:15:15 +0000] "GET /healthz HTTP/1.1" 504 0 "-" "kube-probe/1.29"
[2026-03-04 10:15:15 +0000] [1] [INFO] Handling signal: term
[2026-03-04 10:15:15 +0000] [10] [INFO] Worker exiting (pid: 10)
[2026-03-04 10:15:15 +0000] [11] [INFO] Worker exiting (pid: 11)
[2026-03-04 10:15:16 +0000] [1] [INFO] Shutting down: Master"""

_REPO_TREE = """services/
  orders/
    handlers.go        (1,204 lines)  -> imports: inventory/client, payments/client, notify, db, cache, featureflags
    worker.go          (  610 lines)  -> imports: inventory/client, payments/client, db
    models.go          (  388 lines)
  inventory/
    client/client.go   (  240 lines)  -> imports: orders/models   <-- !
    service.go         (  902 lines)  -> imports: db, cache, orders/models
  payments/
    client/client.go   (  310 lines)  -> imports: orders/models, billing
    stripe.go          (  540 lines)
    adyen.go           (  120 lines, half done)
  billing/
    invoices.go        (  780 lines)  -> imports: orders/models, payments/client, notify
  notify/
    notify.go          (  455 lines)  -> imports: orders/models, billing, users
  users/
    users.go           (  670 lines)  -> imports: billing (for plan checks), notify
  shared/
    db/                 (pgx pool, tx helpers)
    cache/              (redis)
    featureflags/
cmd/
  api/main.go          wires everything, 380 lines of constructor calls
  worker/main.go       wires everything again, slightly differently
go.mod: single module github.com/acme/shop
build: one binary per cmd, deploy both on every merge; CI 24 min
team: 7 devs, 3 squads (checkout, catalog, growth), all touch orders/ weekly"""

_CONSUMER = '''package ingest

import (
\t"context"
\t"encoding/json"
\t"log/slog"
\t"time"

\t"github.com/segmentio/kafka-go"
)

type Consumer struct {
\tr       *kafka.Reader
\tstore   Store
\tlog     *slog.Logger
\tbatch   []Event
\tlastFlush time.Time
}

func (c *Consumer) Run(ctx context.Context) error {
\tfor {
\t\tmsg, err := c.r.FetchMessage(ctx)
\t\tif err != nil {
\t\t\treturn err
\t\t}
\t\tvar ev Event
\t\tif err := json.Unmarshal(msg.Value, &ev); err != nil {
\t\t\tc.log.Warn("bad event", "offset", msg.Offset, "err", err)
\t\t\tcontinue
\t\t}
\t\tc.batch = append(c.batch, ev)
\t\tif len(c.batch) >= 500 || time.Since(c.lastFlush) > 5*time.Second {
\t\t\tif err := c.store.InsertMany(ctx, c.batch); err != nil {
\t\t\t\tc.log.Error("insert failed", "n", len(c.batch), "err", err)
\t\t\t\tcontinue
\t\t\t}
\t\t\tif err := c.r.CommitMessages(ctx, msg); err != nil {
\t\t\t\treturn err
\t\t\t}
\t\t\tc.batch = c.batch[:0]
\t\t\tc.lastFlush = time.Now()
\t\t}
\t}
}
'''

_CI_LOG = """Run npm ci
npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.
npm warn deprecated glob@7.2.3: Glob versions prior to v9 are no longer supported
added 1432 packages, and audited 1433 packages in 41s
Run npm run build
> web@4.12.0 build
> tsc -b && vite build
vite v5.4.2 building for production...
transforming...
✓ 2841 modules transformed.
rendering chunks...
computing gzip size...
dist/index.html                          0.62 kB │ gzip:   0.38 kB
dist/assets/index-BqK1x9aD.css          88.14 kB │ gzip:  14.02 kB
dist/assets/vendor-Dk2L0aQe.js         612.77 kB │ gzip: 198.45 kB
dist/assets/index-C8uQm1Zr.js          934.03 kB │ gzip: 287.91 kB
(!) Some chunks are larger than 500 kB after minification.
✓ built in 38.12s
Run npx playwright test --shard=2/4
Running 86 tests using 2 workers
  ✓  1 [chromium] › auth/login.spec.ts:12:3 › logs in with email (2.1s)
  ✓  2 [chromium] › auth/login.spec.ts:28:3 › shows error for wrong password (1.4s)
  ✓  3 [chromium] › cart/add.spec.ts:9:3 › adds item to cart (3.0s)
  ✘  4 [chromium] › checkout/pay.spec.ts:41:3 › completes payment with saved card (30.0s)
  ✓  5 [chromium] › cart/remove.spec.ts:7:3 › removes item (1.2s)
  ✘  6 [chromium] › checkout/pay.spec.ts:41:3 › completes payment with saved card (retry #1) (30.0s)
  ✘  7 [chromium] › checkout/pay.spec.ts:41:3 › completes payment with saved card (retry #2) (30.0s)
  1) [chromium] › checkout/pay.spec.ts:41:3 › completes payment with saved card
    Error: Timed out 30000ms waiting for expect(locator).toBeVisible()
    Locator: getByRole('heading', { name: 'Thank you for your order' })
    Expected: visible
    Received: <element(s) not found>
    Call log:
      - expect.toBeVisible with timeout 30000ms
      - waiting for getByRole('heading', { name: 'Thank you for your order' })
      41 |   test('completes payment with saved card', async ({ page }) => {
      42 |     await page.goto('/checkout')
      43 |     await page.getByLabel('Use saved card ending 4242').check()
      44 |     await page.getByRole('button', { name: 'Pay now' }).click()
    > 45 |     await expect(page.getByRole('heading', { name: 'Thank you for your order' })).toBeVisible()
    attachment #1: trace (application/zip) test-results/checkout-pay-completes-payment/trace.zip
  1 failed
    [chromium] › checkout/pay.spec.ts:41:3 › completes payment with saved card
  85 passed (4.2m)
Error: Process completed with exit code 1."""

_ROUTER_TS = '''import { Router } from 'express'
import { z } from 'zod'
import { db } from '../db'
import { requireUser } from '../auth'
import { audit } from '../audit'

export const projects = Router()

const CreateProject = z.object({ name: z.string().min(1).max(80), orgId: z.string().uuid() })

projects.post('/', requireUser, async (req, res) => {
  const body = CreateProject.parse(req.body)
  const member = await db.membership.findFirst({ where: { orgId: body.orgId, userId: req.user.id } })
  if (!member) return res.status(403).end()
  const p = await db.project.create({ data: { name: body.name, orgId: body.orgId, ownerId: req.user.id } })
  await audit(req.user.id, 'project.create', p.id)
  res.status(201).json(p)
})

projects.get('/:id', requireUser, async (req, res) => {
  const p = await db.project.findUnique({ where: { id: req.params.id } })
  if (!p) return res.status(404).end()
  res.json(p)
})

projects.patch('/:id', requireUser, async (req, res) => {
  const p = await db.project.update({ where: { id: req.params.id }, data: req.body })
  await audit(req.user.id, 'project.update', p.id)
  res.json(p)
})

projects.delete('/:id', requireUser, async (req, res) => {
  const p = await db.project.findUnique({ where: { id: req.params.id } })
  if (!p) return res.status(404).end()
  if (p.ownerId !== req.user.id) return res.status(403).end()
  await db.project.delete({ where: { id: p.id } })
  await audit(req.user.id, 'project.delete', p.id)
  res.status(204).end()
})

projects.post('/:id/transfer', requireUser, async (req, res) => {
  const { toUserId } = req.body
  const p = await db.project.findUnique({ where: { id: req.params.id } })
  if (p.ownerId !== req.user.id) return res.status(403).end()
  await db.project.update({ where: { id: p.id }, data: { ownerId: toUserId } })
  res.status(204).end()
})
'''

_MIGRATION_SQL = """-- 2026_11_rollup_v2.sql
BEGIN;

CREATE TABLE metrics_rollup_v2 (
    tenant_id     bigint      NOT NULL,
    metric        text        NOT NULL,
    bucket        timestamptz NOT NULL,
    granularity   text        NOT NULL CHECK (granularity IN ('1m','1h','1d')),
    count         bigint      NOT NULL DEFAULT 0,
    sum           double precision NOT NULL DEFAULT 0,
    min           double precision,
    max           double precision,
    p50           double precision,
    p95           double precision,
    p99           double precision,
    PRIMARY KEY (tenant_id, metric, granularity, bucket)
) PARTITION BY RANGE (bucket);

CREATE TABLE metrics_rollup_v2_2026_11 PARTITION OF metrics_rollup_v2
    FOR VALUES FROM ('2026-11-01') TO ('2026-12-01');
CREATE TABLE metrics_rollup_v2_2026_12 PARTITION OF metrics_rollup_v2
    FOR VALUES FROM ('2026-12-01') TO ('2027-01-01');

CREATE INDEX ON metrics_rollup_v2 (metric, bucket DESC);

-- backfill hourly from raw
INSERT INTO metrics_rollup_v2 (tenant_id, metric, bucket, granularity, count, sum, min, max, p50, p95, p99)
SELECT tenant_id, metric, date_trunc('hour', ts), '1h', count(*), sum(value), min(value), max(value),
       percentile_cont(0.5)  WITHIN GROUP (ORDER BY value),
       percentile_cont(0.95) WITHIN GROUP (ORDER BY value),
       percentile_cont(0.99) WITHIN GROUP (ORDER BY value)
FROM metrics_raw
WHERE ts >= '2026-11-01'
GROUP BY 1, 2, 3;

-- daily from hourly
INSERT INTO metrics_rollup_v2 (tenant_id, metric, bucket, granularity, count, sum, min, max, p50, p95, p99)
SELECT tenant_id, metric, date_trunc('day', bucket), '1d', sum(count), sum(sum), min(min), max(max),
       avg(p50), avg(p95), avg(p99)
FROM metrics_rollup_v2
WHERE granularity = '1h'
GROUP BY 1, 2, 3;

ALTER TABLE dashboards ADD COLUMN rollup_version int NOT NULL DEFAULT 1;
UPDATE dashboards SET rollup_version = 2 WHERE tenant_id IN (SELECT id FROM tenants WHERE plan = 'enterprise');

DROP VIEW IF EXISTS metrics_hourly;
CREATE VIEW metrics_hourly AS
  SELECT tenant_id, metric, bucket, count, sum, p95 FROM metrics_rollup_v2 WHERE granularity = '1h';

COMMIT;"""

LONG = {
"debugging": R("debugging", cc("pods keep getting killed during the afternoon peak, log from one of them below. it's not OOM, memory is flat\n\n```\n" + _GUNICORN_LOG + "\n```", file="deploy/k8s/api-deployment.yaml", rem=1)),
"architecture": R("architecture", "here's our Go repo as it stands, with who imports who\n\n```\n" + _REPO_TREE + "\n```\n\nevery squad steps on every other squad's toes and the import graph is basically a hairball. what should the target module/service boundaries be, and do we even need to split into services or just fix the package boundaries inside the monolith first?"),
"code_review": R("code_review", cc("going to production monday, tear it apart\n\n```go\n" + _CONSUMER + "```", file="internal/ingest/consumer.go", rem=4)),
"code_understanding": R("code_understanding",
  cc("CI went red then green again on rerun, so it's fine, but I'm trying to learn to read these logs. what is each phase doing here, what's a shard, and what does 'retry #2' mean for how playwright counts it?\n\n```\n" + _CI_LOG + "\n```", rem=3)),
"documentation": R("documentation", "write the API docs (markdown, one section per endpoint with method, path, auth, request body, responses and error codes) for this router, external partners will integrate against it\n\n```ts\n" + _ROUTER_TS + "```"),
"code_generation": R("code_generation",
  cc("here's the migration we're shipping for the new rollups\n\n```sql\n" + _MIGRATION_SQL + "\n```\n\nwrite the matching down migration so we can roll back cleanly", file="db/migrations/2026_11_rollup_v2.sql", rem=2)),
}
