"""Pasted material shared by several cat_*.py files: the same paste is asked about with different words
(review vs explain vs debug vs extend vs document), which is the point of batch l. Written literally."""

DIFF_LOGIN = r"""diff --git a/src/auth/session.ts b/src/auth/session.ts
index 4c1e2a9..b7d03f1 100644
--- a/src/auth/session.ts
+++ b/src/auth/session.ts
@@ -18,22 +18,27 @@ export async function verifySession(req: Request): Promise<Session | null> {
-  const raw = req.cookies['sid'];
+  const raw = req.cookies['__Host-sid'] ?? req.headers['x-session-id'];
   if (!raw) return null;
-  const session = await store.get(raw);
-  if (!session || session.expiresAt < Date.now()) {
+  const session = await store.get(String(raw));
+  if (!session) return null;
+  if (session.expiresAt < Date.now() / 1000) {
     await store.del(raw);
     return null;
   }
-  if (session.userAgent !== req.headers['user-agent']) {
-    return null;
-  }
+  // UA pinning caused logouts after browser auto-updates
   return session;
 }
 
 export function setSessionCookie(res: Response, id: string) {
-  res.cookie('sid', id, { httpOnly: true, sameSite: 'lax' });
+  res.cookie('__Host-sid', id, {
+    httpOnly: true,
+    secure: true,
+    sameSite: 'strict',
+    path: '/',
+  });
 }
"""

WORKFLOW_CI = r"""name: ci
on:
  pull_request_target:
    branches: [main]
  push:
    branches: [main]

concurrency:
  group: ci-${{ github.ref }}
  cancel-in-progress: true

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      - run: npm test -- --coverage
      - name: Upload coverage
        env:
          CODECOV_TOKEN: ${{ secrets.CODECOV_TOKEN }}
        run: npx codecov
  deploy:
    needs: test
    if: github.ref == 'refs/heads/main'
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: ./scripts/deploy.sh ${{ github.event.head_commit.message }}
        env:
          AWS_ACCESS_KEY_ID: ${{ secrets.AWS_KEY }}
          AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET }}
"""

K8S_DEPLOY = r"""apiVersion: apps/v1
kind: Deployment
metadata:
  name: ledger-api
  namespace: payments
spec:
  replicas: 2
  selector:
    matchLabels:
      app: ledger-api
  template:
    metadata:
      labels:
        app: ledger-api
    spec:
      containers:
        - name: api
          image: registry.internal/ledger-api:latest
          ports:
            - containerPort: 8080
          env:
            - name: DB_PASSWORD
              value: "s3cr3t-prod"
            - name: JAVA_OPTS
              value: "-Xmx1g"
          resources:
            limits:
              memory: 768Mi
          livenessProbe:
            httpGet:
              path: /health
              port: 8080
            initialDelaySeconds: 5
            periodSeconds: 5
            failureThreshold: 1
          readinessProbe:
            httpGet:
              path: /health
              port: 8080
"""

SQL_LATEST = r"""SELECT c.id, c.name, o.id AS order_id, o.created_at, o.total
FROM customers c
JOIN orders o ON o.customer_id = c.id
JOIN (
  SELECT customer_id, MAX(created_at) AS last_at
  FROM orders
  GROUP BY customer_id
) last ON last.customer_id = o.customer_id AND last.last_at = o.created_at
WHERE c.country = 'DE'
ORDER BY o.created_at DESC;"""

DIFF_LOCK = r"""diff --git a/package.json b/package.json
index 91ab3e2..0c4d8f7 100644
--- a/package.json
+++ b/package.json
@@ -14,11 +14,11 @@
   "dependencies": {
-    "axios": "^0.27.2",
+    "axios": "^1.6.8",
     "date-fns": "^2.30.0",
-    "jsonwebtoken": "^8.5.1",
+    "jsonwebtoken": "^9.0.2",
     "pg": "^8.11.3",
-    "uuid": "^8.3.2"
+    "uuid": "^9.0.1"
   },
diff --git a/package-lock.json b/package-lock.json
index 3f2e1aa..77b90c1 100644
--- a/package-lock.json
+++ b/package-lock.json
@@ -2101,12 +2101,14 @@
     "node_modules/axios": {
-      "version": "0.27.2",
-      "resolved": "https://registry.npmjs.org/axios/-/axios-0.27.2.tgz",
+      "version": "1.6.8",
+      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
       "dependencies": {
-        "follow-redirects": "^1.14.9",
-        "form-data": "^4.0.0"
+        "follow-redirects": "^1.15.6",
+        "form-data": "^4.0.0",
+        "proxy-from-env": "^1.1.0"
       }
     },
"""

STATE_MACHINE = r"""class OrderState(str, Enum):
    DRAFT = "draft"
    PLACED = "placed"
    PAID = "paid"
    SHIPPED = "shipped"
    CANCELLED = "cancelled"
    REFUNDED = "refunded"

_TRANSITIONS = {
    OrderState.DRAFT: {OrderState.PLACED, OrderState.CANCELLED},
    OrderState.PLACED: {OrderState.PAID, OrderState.CANCELLED},
    OrderState.PAID: {OrderState.SHIPPED, OrderState.REFUNDED},
    OrderState.SHIPPED: {OrderState.REFUNDED},
}

def transition(order, to, actor):
    allowed = _TRANSITIONS.get(order.state, set())
    if to not in allowed:
        raise IllegalTransition(order.state, to)
    if to is OrderState.REFUNDED and not actor.has_perm("orders.refund"):
        raise PermissionDenied(actor)
    prev, order.state = order.state, to
    order.history.append((prev, to, actor.id, utcnow()))
    emit("order.state_changed", order_id=order.id, prev=prev, to=to)
    return order
"""

ROUTES = r"""router.get('/projects', auth(), async (req, res) => {
  const { page = 1, limit = 20, archived } = req.query;
  const rows = await Project.list(req.user.orgId, { page, limit, archived: archived === 'true' });
  res.json({ data: rows, page: Number(page) });
});

router.post('/projects', auth('admin'), validate(projectSchema), async (req, res) => {
  const p = await Project.create({ ...req.body, orgId: req.user.orgId });
  res.status(201).json(p);
});

router.patch('/projects/:id', auth('admin'), async (req, res) => {
  const p = await Project.update(req.params.id, req.user.orgId, req.body);
  if (!p) return res.status(404).json({ error: 'not_found' });
  res.json(p);
});

router.delete('/projects/:id', auth('owner'), async (req, res) => {
  await Project.softDelete(req.params.id, req.user.orgId);
  res.status(204).end();
});
"""

SCHEMA_EVENTS = r"""CREATE TABLE events (
  id           BIGSERIAL PRIMARY KEY,
  tenant_id    INT NOT NULL,
  user_id      INT,
  kind         TEXT NOT NULL,
  payload      JSONB NOT NULL,
  created_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX ON events (tenant_id);
CREATE INDEX ON events (kind);
CREATE INDEX ON events USING gin (payload);

CREATE TABLE event_counters (
  tenant_id INT,
  kind      TEXT,
  day       DATE,
  n         INT,
  PRIMARY KEY (tenant_id, kind, day)
);"""

ONELINER = r"""find . -name '*.log' -mtime +14 | xargs rm -f && du -sh * | sort -rh | head -n 5"""

DIFF_RETRY_GO = r"""diff --git a/internal/billing/client.go b/internal/billing/client.go
index 5a0d1c2..e93b7f4 100644
--- a/internal/billing/client.go
+++ b/internal/billing/client.go
@@ -41,17 +41,30 @@ func (c *Client) CreateInvoice(ctx context.Context, in InvoiceInput) (*Invoice, error) {
 	body, err := json.Marshal(in)
 	if err != nil {
 		return nil, err
 	}
-	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/invoices", bytes.NewReader(body))
-	req.Header.Set("Authorization", "Bearer "+c.token)
-	resp, err := c.http.Do(req)
-	if err != nil {
-		return nil, err
+	var resp *http.Response
+	for attempt := 0; attempt < 5; attempt++ {
+		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/invoices", bytes.NewReader(body))
+		req.Header.Set("Authorization", "Bearer "+c.token)
+		resp, err = c.http.Do(req)
+		if err == nil && resp.StatusCode < 500 {
+			break
+		}
+		time.Sleep(time.Duration(attempt*200) * time.Millisecond)
+	}
+	if err != nil {
+		return nil, fmt.Errorf("create invoice: %w", err)
 	}
 	defer resp.Body.Close()
 	if resp.StatusCode != http.StatusCreated {
 		return nil, decodeAPIError(resp)
 	}
"""

DOCKERFILE = r"""FROM python:3.12
WORKDIR /app
COPY . .
RUN pip install -r requirements.txt
RUN apt-get update && apt-get install -y libpq-dev gcc
ENV DJANGO_SETTINGS_MODULE=shop.settings.prod
EXPOSE 8000
CMD python manage.py migrate && gunicorn shop.wsgi -b 0.0.0.0:8000 -w 4
"""

TF_BUCKET = r"""resource "aws_s3_bucket" "exports" {
  bucket = "acme-customer-exports-${var.env}"
}

resource "aws_s3_bucket_acl" "exports" {
  bucket = aws_s3_bucket.exports.id
  acl    = "public-read"
}

resource "aws_s3_bucket_lifecycle_configuration" "exports" {
  bucket = aws_s3_bucket.exports.id
  rule {
    id     = "expire"
    status = "Enabled"
    expiration {
      days = 30
    }
  }
}

resource "aws_iam_policy" "exporter" {
  name = "exporter-${var.env}"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["s3:*"]
      Resource = "*"
    }]
  })
}
"""

DIFF_PAGINATION_PY = r"""diff --git a/api/views/invoices.py b/api/views/invoices.py
index 2f9e0b1..c81a4d3 100644
--- a/api/views/invoices.py
+++ b/api/views/invoices.py
@@ -12,14 +12,21 @@ from api.models import Invoice
 @router.get("/invoices")
-def list_invoices(request, page: int = 1):
-    qs = Invoice.objects.filter(account=request.account).order_by("-created_at")
-    start = (page - 1) * PAGE_SIZE
-    items = list(qs[start:start + PAGE_SIZE])
-    return {"items": [serialize(i) for i in items], "page": page}
+def list_invoices(request, cursor: str | None = None, limit: int = 50):
+    qs = Invoice.objects.filter(account=request.account).order_by("-created_at", "-id")
+    if cursor:
+        ts, last_id = decode_cursor(cursor)
+        qs = qs.filter(Q(created_at__lt=ts) | Q(created_at=ts, id__lt=last_id))
+    items = list(qs[: limit + 1])
+    has_more = len(items) > limit
+    items = items[:limit]
+    next_cursor = encode_cursor(items[-1].created_at, items[-1].id) if has_more else None
+    return {"items": [serialize(i) for i in items], "next_cursor": next_cursor}
"""

REJECT = ("The user doesn't want to proceed with this tool use. The tool use was rejected (eg. if it was a file edit, "
          "the new_string was NOT written to the file). STOP what you are doing and wait for the user to tell you how "
          "to proceed.")
INTERRUPTED = "[Request interrupted by user for tool use]"
