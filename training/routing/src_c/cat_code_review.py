"""code_review: judging given code or diffs -- correctness, safety, style, "is he right?",
"would you merge this?", "which is better?".  Nothing is reported broken; the user wants
an opinion on code.  Several carry stack traces or "explain" while still asking for a verdict."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

C = "code_review"
EXAMPLES = []

# 1 is he right?
EXAMPLES.append(ex(C, '''is he right?

> **@marcus-k** commented on `src/queue/worker.ts` line 42:
> this swallows the error and the job gets acked anyway, we'll lose messages silently

```ts
async function handle(msg: Message) {
  try {
    await process(JSON.parse(msg.body));
  } catch (e) {
    logger.error({ err: e, id: msg.id }, 'job failed');
  } finally {
    await msg.ack();
  }
}
```'''))

# 2 poke holes
EXAMPLES.append(ex(C,
    U(REM(), OPEN("search/ratelimit.py"), "read search/ratelimit.py"),
    A(Read("search/ratelimit.py")),
    U(Res(lines('''import time

class TokenBucket:
    def __init__(self, rate, capacity):
        self.rate = rate
        self.capacity = capacity
        self.tokens = capacity
        self.last = time.time()

    def allow(self):
        now = time.time()
        self.tokens += (now - self.last) * self.rate
        self.last = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False

buckets = {}

def rate_limited(ip):
    b = buckets.setdefault(ip, TokenBucket(5, 10))
    return not b.allow()'''))),
    A("A per-IP token bucket: 5 tokens/second refill, capacity 10, stored in a module-level dict."),
    U("poke holes in it. it goes in front of the public search API next week, gunicorn with 8 workers"),
))

# 3 sanity check before push, diff
EXAMPLES.append(ex(C, '''sanity check before I push

```diff
--- a/internal/store/users.go
+++ b/internal/store/users.go
@@ -88,12 +88,17 @@ func (s *Store) UpdateEmail(ctx context.Context, id int64, email string) error {
-	_, err := s.db.ExecContext(ctx, `UPDATE users SET email = $1 WHERE id = $2`, email, id)
-	return err
+	tx, err := s.db.BeginTx(ctx, nil)
+	if err != nil {
+		return err
+	}
+	if _, err := tx.ExecContext(ctx, `UPDATE users SET email = $1, email_verified = false WHERE id = $2`, email, id); err != nil {
+		return err
+	}
+	if _, err := tx.ExecContext(ctx, `INSERT INTO audit_log (user_id, action) VALUES ($1, 'email_changed')`, id); err != nil {
+		tx.Rollback()
+		return err
+	}
+	return tx.Commit()
 }
```'''))

# 4 would you merge (tool loop, gh pr diff)
EXAMPLES.append(ex(C,
    U(REM(), "pull up PR 482"),
    A(Bash("gh pr view 482 && gh pr diff 482", "Show PR 482 and its diff")),
    U(Res('''title:	Cache feature flags in memory
state:	OPEN
author:	jdelgado
additions:	31
deletions:	4
--
diff --git a/flags/client.py b/flags/client.py
index 4e2a1b0..7c19d3f 100644
--- a/flags/client.py
+++ b/flags/client.py
@@ -1,14 +1,41 @@
+import time
 import requests
 
+_CACHE = {}
+_TTL = 300
+
 class FlagClient:
     def __init__(self, base_url, env):
         self.base_url = base_url
         self.env = env
 
     def is_enabled(self, flag, user_id=None):
-        r = requests.get(f"{self.base_url}/flags/{flag}", params={"env": self.env, "user": user_id})
-        return r.json()["enabled"]
+        key = flag
+        hit = _CACHE.get(key)
+        if hit and time.time() - hit[1] < _TTL:
+            return hit[0]
+        r = requests.get(f"{self.base_url}/flags/{flag}", params={"env": self.env, "user": user_id})
+        val = r.json()["enabled"]
+        _CACHE[key] = (val, time.time())
+        return val''')),
    A("PR 482 adds a module-level 5-minute cache in `FlagClient.is_enabled`, keyed by flag name."),
    U("would you merge it?"),
))

# 5 which of these two is better
EXAMPLES.append(ex(C,
    U(REM(), "show loadAll on my branch and on priya's branch"),
    A(Bash("git show HEAD:src/items/loadAll.js; echo '-----'; git show origin/priya/parallel-load:src/items/loadAll.js", "Show both versions")),
    U(Res('''export async function loadAll(ids) {
  const out = [];
  for (const id of ids) {
    out.push(await fetchItem(id));
  }
  return out;
}
-----
export function loadAll(ids) {
  return Promise.all(ids.map(fetchItem));
}''')),
    A("Yours fetches items one at a time in order; Priya's fires all the fetches at once with `Promise.all`."),
    U("which of the two is better? we disagree. ids is usually 5-20, sometimes 3000 when someone runs the backfill"),
))

# 6 did I miss anything, migration
EXAMPLES.append(ex(C,
    U(REM(), "show me the migration I just wrote"),
    A(Glob("db/migrations/*fulfillment*")),
    U(Res("db/migrations/20261126_0930_orders_fulfillment_center.sql")),
    A(Read("db/migrations/20261126_0930_orders_fulfillment_center.sql")),
    U(Res(lines('''BEGIN;
ALTER TABLE orders ADD COLUMN fulfillment_center_id bigint NOT NULL DEFAULT 1;
ALTER TABLE orders ADD CONSTRAINT orders_fc_fk FOREIGN KEY (fulfillment_center_id) REFERENCES fulfillment_centers(id);
CREATE INDEX orders_fc_idx ON orders (fulfillment_center_id);
COMMIT;'''))),
    A("The migration adds a non-null `fulfillment_center_id` defaulting to 1, a foreign key to `fulfillment_centers`, and an index, all in one transaction."),
    U("did I miss anything? it runs on the orders table (80M rows, pg 15) during business hours tomorrow"),
))

# 7 anything scary, php upload
EXAMPLES.append(ex(C, '''anything scary in here?

```php
<?php
if ($_FILES['avatar']['error'] === UPLOAD_ERR_OK) {
    $name = $_FILES['avatar']['name'];
    $ext = pathinfo($name, PATHINFO_EXTENSION);
    if (in_array($ext, ['jpg', 'png', 'gif'])) {
        $dest = __DIR__ . '/uploads/' . $_POST['user'] . '_' . $name;
        move_uploaded_file($_FILES['avatar']['tmp_name'], $dest);
        echo "<img src='/uploads/" . $_POST['user'] . "_" . $name . "'>";
    }
}
```'''))

# 8 runs on every request, ok?
EXAMPLES.append(ex(C,
    U(REM(), "where do req.features get set"),
    A(Grep("req\\.features\\s*=", "server/", "content", **{"-n": True, "-B": 2, "-A": 2})),
    U(Res('''server/app.js-30-
server/app.js-31-app.use((req, res, next) => {
server/app.js-32-  const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, 'config.json'), 'utf8'));
server/app.js:33:  req.features = cfg.features.filter(f => f.tenants.includes(req.headers['x-tenant']));
server/app.js-34-  next();
server/app.js-35-});''')),
    A("`req.features` is set by a global middleware in `server/app.js` that reads `config.json` and keeps the features enabled for the `x-tenant` header."),
    U("this runs on every request then. ok?"),
))

# 9 idiomatic rust
EXAMPLES.append(ex(C,
    U(REM(), SEL("src/users.rs", 10, 19, '''pub fn find_user(users: &Vec<User>, name: &String) -> Option<User> {
    let mut i = 0;
    while i < users.len() {
        if users[i].name == *name {
            return Some(users[i].clone());
        }
        i = i + 1;
    }
    return None;
}'''), "is this idiomatic rust or am I writing java with extra steps"),
))

# 10 stack trace + fix: is the fix right or hiding it
EXAMPLES.append(ex(C, '''I fixed yesterday's crash (trace below). does the fix look right or am I just hiding the problem?

```
Traceback (most recent call last):
  File "/app/billing/invoice.py", line 112, in render_pdf
    total = sum(line.amount for line in invoice.lines) / invoice.exchange_rate
ZeroDivisionError: float division by zero
```

```diff
-    total = sum(line.amount for line in invoice.lines) / invoice.exchange_rate
+    rate = invoice.exchange_rate or 1.0
+    total = sum(line.amount for line in invoice.lines) / rate
```'''))

# 11 tool loop: git diff, be harsh
EXAMPLES.append(ex(C,
    U(REM(), "what's on my branch vs main"),
    A(Bash("git diff --stat main...HEAD && git diff main...HEAD -- src/", "Diff branch against main")),
    U(Res(''' src/notifications/digest.ts | 46 ++++++++++++++++++++++++++++++++++------
 1 file changed, 40 insertions(+), 6 deletions(-)
diff --git a/src/notifications/digest.ts b/src/notifications/digest.ts
@@ -12,10 +12,44 @@ export async function sendDailyDigest() {
-  const users = await db.user.findMany({ where: { digest: true } });
-  for (const u of users) {
-    await mailer.send(u.email, renderDigest(u));
-  }
+  const users = await db.user.findMany({ where: { digest: true } });
+  const batches = chunk(users, 50);
+  for (const batch of batches) {
+    await Promise.all(batch.map(async (u) => {
+      const items = await db.notification.findMany({ where: { userId: u.id, read: false } });
+      if (items.length == 0) return;
+      try {
+        await mailer.send(u.email, renderDigest(u, items));
+      } catch (e) {}
+      await db.notification.updateMany({ where: { userId: u.id }, data: { read: true } });
+    }));
+  }''')),
    A("Your branch changes `sendDailyDigest` to send in batches of 50 with `Promise.all`, skip users with nothing unread, and mark notifications read after sending."),
    U("go through it before I open the PR, be harsh"),
))

# 12 tool loop: before I accept, thread safe?
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/main/java/com/fleet/TokenProvider.java"), "add caching to TokenProvider so we don't hit the oauth endpoint on every call"),
    A("I'll cache the token and refresh it shortly before expiry.",
      Edit("src/main/java/com/fleet/TokenProvider.java",
           "    public String token() {\n        return fetch().accessToken();\n    }",
           "    private TokenResponse cached;\n\n    public String token() {\n        if (cached == null || cached.expiresAt().isBefore(Instant.now().plusSeconds(30))) {\n            cached = fetch();\n        }\n        return cached.accessToken();\n    }")),
    U(Res(edited("src/main/java/com/fleet/TokenProvider.java", "    private TokenResponse cached;\n\n    public String token() {\n        if (cached == null || cached.expiresAt().isBefore(Instant.now().plusSeconds(30))) {\n            cached = fetch();\n        }\n        return cached.accessToken();\n    }", 22))),
    A("`token()` now reuses the cached token until 30 seconds before it expires."),
    U("before I accept this — TokenProvider is a singleton shared by ~40 request threads. is what you wrote ok for that?"),
))

# 13 es SQL injection
EXAMPLES.append(ex(C, '''¿esto es seguro contra SQL injection? el param viene del querystring

```python
ALLOWED = {"name", "created_at", "price"}

def list_products(order_by: str, direction: str):
    if order_by not in ALLOWED:
        order_by = "name"
    sql = f"SELECT id, name, price FROM products ORDER BY {order_by} {direction} LIMIT 100"
    return db.execute(sql).fetchall()
```'''))

# 14 de terraform drüberschauen
EXAMPLES.append(ex(C, '''Kannst du mal drüberschauen, ob das so passt? Soll nächste Woche in Prod.

```hcl
resource "aws_s3_bucket" "exports" {
  bucket = "kundenportal-exports"
}

resource "aws_s3_bucket_policy" "exports" {
  bucket = aws_s3_bucket.exports.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = ["s3:GetObject"]
      Resource  = "${aws_s3_bucket.exports.arn}/*"
    }]
  })
}
```

Die Links zu den Exports verschicken wir per Mail an die Kunden.'''))

# 15 fr propre ou découper
EXAMPLES.append(ex(C, '''c'est propre comme ça ou c'est du bricolage ?

```ts
export const formatPrice = (cents: number, currency = 'EUR', locale = 'fr-FR') =>
  (cents / 100).toLocaleString(locale, { style: 'currency', currency }).replace(/\\u202f/g, ' ');
```'''))

# 16 zh 有没有问题 goroutine leak-ish
EXAMPLES.append(ex(C, '''帮我看看这段代码有没有问题，准备合进去了

```go
func firstResponse(ctx context.Context, urls []string) (string, error) {
	ch := make(chan string)
	for _, u := range urls {
		go func(u string) {
			body, err := fetch(ctx, u)
			if err == nil {
				ch <- body
			}
		}(u)
	}
	select {
	case b := <-ch:
		return b, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}
```'''))

# 17 ja PR merge ok? (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "このブランチの差分を見せて"),
    A(Bash("git diff main...HEAD", "Show branch diff")),
    U(Res('''diff --git a/app/models/subscription.rb b/app/models/subscription.rb
@@ -20,6 +20,14 @@ class Subscription < ApplicationRecord
+  def renew!
+    update!(current_period_end: current_period_end + 1.month)
+    charge = PaymentGateway.charge(customer_id, plan.price_cents)
+    update!(last_charge_id: charge.id)
+  rescue PaymentGateway::Declined
+    update!(status: :past_due)
+  end''')),
    A("The branch adds `Subscription#renew!`, which extends the period, charges the customer, and marks the subscription past due if the charge is declined."),
    U("このPR、マージしても大丈夫そう？気になるところあったら教えて"),
))

# 18 ko review error handling
EXAMPLES.append(ex(C, '''이 코드 리뷰 좀 해줘. 특히 에러 처리 부분이 괜찮은지

```kotlin
suspend fun loadProfile(id: String): Profile? {
    return try {
        val resp = api.getProfile(id)
        if (resp.isSuccessful) resp.body() else null
    } catch (e: Exception) {
        null
    }
}
```'''))

# 19 ru транзакции нормально ли
EXAMPLES.append(ex(C, '''нормально ли так делать с транзакциями? коллега говорит что это антипаттерн, но объяснить не смог

```java
@Transactional
public void placeOrder(OrderRequest req) {
    Order order = orders.save(Order.from(req));
    paymentClient.charge(req.getCardToken(), order.getTotal()); // HTTP, 1-3 сек
    emailClient.sendConfirmation(order);                        // HTTP
    order.setStatus(PAID);
}
```'''))

# 20 pt gambiarra concorda
EXAMPLES.append(ex(C, '''meu colega disse que isso é gambiarra. concorda?

```python
def get_config(key):
    try:
        return settings.__dict__[key]
    except:
        try:
            return os.environ[key]
        except:
            return None
```'''))

# 21 it endpoint sicuro (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("api/routes/admin.py"), "fammi vedere come è definito l'endpoint di export"),
    A(Grep("export", "api/routes/admin.py", "content", **{"-n": True, "-A": 12})),
    U(Res('''api/routes/admin.py:48:@router.get("/admin/export")
api/routes/admin.py-49-async def export_users(fmt: str = "csv", fields: str = "id,email", token: str | None = None):
api/routes/admin.py-50-    if token != settings.EXPORT_TOKEN:
api/routes/admin.py-51-        raise HTTPException(403)
api/routes/admin.py-52-    cols = fields.split(",")
api/routes/admin.py-53-    rows = await db.fetch(f"SELECT {', '.join(cols)} FROM users")
api/routes/admin.py-54-    return render(rows, fmt)''')),
    A("L'endpoint `/admin/export` accetta `fmt`, `fields` e un `token` in query string, confronta il token con `settings.EXPORT_TOKEN` ed esporta le colonne richieste dalla tabella `users`."),
    U("è sicuro esporlo così su internet? lo usa solo il nostro script di backoffice"),
))

# 22 pl Dockerfile ok pod produkcję
EXAMPLES.append(ex(C, '''czy ten Dockerfile jest ok pod produkcję?

```dockerfile
FROM node:latest
WORKDIR /app
COPY . .
RUN npm install
ENV NODE_ENV=production
ENV DATABASE_URL=postgres://app:Sup3rS3cret@db.prod.internal:5432/app
EXPOSE 3000
CMD npm start
```'''))

# 23 tr regex yeterli mi
EXAMPLES.append(ex(C, '''bu regex e-posta doğrulama için yeterli mi? kayıt formunda kullanacağız

```js
const EMAIL = /^[a-zA-Z0-9._]+@[a-zA-Z]+\\.[a-z]{2,3}$/;
```'''))

# 24 hinglish useEffect theek hai
EXAMPLES.append(ex(C, '''bhai ye useEffect theek hai na? koi issue toh nahi aayega baad mein?

```jsx
useEffect(async () => {
  const res = await fetch(`/api/chat/${roomId}/messages`);
  setMessages(await res.json());
  const ws = new WebSocket(`wss://chat.example.in/rooms/${roomId}`);
  ws.onmessage = (e) => setMessages(m => [...m, JSON.parse(e.data)]);
}, []);
```'''))

# 25 nl edge cases
EXAMPLES.append(ex(C, '''zie je nog edge cases die ik mis?

```python
def split_name(full: str) -> tuple[str, str]:
    parts = full.strip().split(" ")
    return parts[0], parts[-1]
```

wordt gebruikt voor de aanhef in mails: "Beste {voornaam}"'''))

# 26 k8s yaml before prod (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the deployment manifest for the payments api"),
    A(Read("/infra/k8s/payments/deployment.yaml")),
    U(Res(lines('''apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-api
spec:
  replicas: 1
  selector:
    matchLabels: { app: payments-api }
  template:
    metadata:
      labels: { app: payments-api }
    spec:
      containers:
        - name: api
          image: registry.internal/payments-api:latest
          ports: [{ containerPort: 8080 }]
          env:
            - name: STRIPE_KEY
              value: sk_live_51Nq8...redacted
          securityContext:
            privileged: true'''))),
    A("It's a single-replica Deployment running `payments-api:latest` on port 8080, with `STRIPE_KEY` set inline and a privileged container."),
    U("anything you'd change before this goes to prod? it's currently only in staging"),
))

# 27 gha pull_request_target safe?
EXAMPLES.append(ex(C, '''is it safe to use pull_request_target here? we want the preview deploy to work for fork PRs too

```yaml
on:
  pull_request_target:
    types: [opened, synchronize]
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
      - run: npx vercel deploy --token ${{ secrets.VERCEL_TOKEN }}
```'''))

# 28 bash rm -rf thoughts
EXAMPLES.append(ex(C, '''thoughts? going into the deploy script

```bash
#!/bin/bash
RELEASE_DIR=$1
cd $RELEASE_DIR/..
rm -rf $RELEASE_DIR/*
tar xzf /tmp/release.tgz -C $RELEASE_DIR
```'''))

# 29 index choice ok
EXAMPLES.append(ex(C, '''index choice ok for this?

query (runs ~2k/s):
```sql
SELECT id, title FROM tickets
WHERE org_id = $1 AND status IN ('open', 'pending')
ORDER BY updated_at DESC
LIMIT 25;
```

migration:
```sql
CREATE INDEX CONCURRENTLY tickets_status_org_idx ON tickets (status, org_id);
CREATE INDEX CONCURRENTLY tickets_updated_idx ON tickets (updated_at);
```'''))

# 30 react re-render too much (no bug reported)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/features/inventory/InventoryTable.tsx"), "read the inventory table"),
    A(Read("src/features/inventory/InventoryTable.tsx")),
    U(Res(lines('''import { useMemo, useState } from 'react';
import { useInventory } from './useInventory';
import { formatDate, formatMoney } from '../../lib/format';
import type { InventoryItem, SortKey } from './types';

type RowProps = {
  item: InventoryItem;
  onSelect: (id: string) => void;
  selectedIds: string[];
  currency: string;
};

export function Row({ item, onSelect, selectedIds, currency }: RowProps) {
  const isSelected = selectedIds.includes(item.id);
  const style = { background: isSelected ? '#eef' : 'white' };
  return (
    <tr style={style} onClick={() => onSelect(item.id)}>
      <td>{item.sku}</td>
      <td>{item.name}</td>
      <td className="num">{item.onHand}</td>
      <td className="num">{item.reserved}</td>
      <td className="num">{formatMoney(item.unitCost, currency)}</td>
      <td>{formatDate(item.updatedAt)}</td>
    </tr>
  );
}

export function InventoryTable({ warehouseId }: { warehouseId: string }) {
  const { data = [], isLoading } = useInventory(warehouseId);
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [sort, setSort] = useState<SortKey>('sku');
  const [filter, setFilter] = useState('');

  const visible = data
    .filter((i) => i.name.toLowerCase().includes(filter.toLowerCase()) || i.sku.includes(filter))
    .sort((a, b) => (a[sort] > b[sort] ? 1 : -1));

  const totals = useMemo(
    () => ({
      onHand: data.reduce((s, i) => s + i.onHand, 0),
      value: data.reduce((s, i) => s + i.onHand * i.unitCost, 0),
    }),
    [data],
  );

  const toggle = (id: string) =>
    setSelectedIds((prev) => (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]));

  if (isLoading) return <Spinner />;

  return (
    <>
      <input placeholder="Filter" value={filter} onChange={(e) => setFilter(e.target.value)} />
      <table>
        <thead>
          <tr>
            {(['sku', 'name', 'onHand', 'reserved', 'unitCost', 'updatedAt'] as SortKey[]).map((k) => (
              <th key={k} onClick={() => setSort(k)}>{k}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {visible.map((item) => (
            <Row key={item.id} item={item} onSelect={toggle} selectedIds={selectedIds} currency="EUR" />
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={2}>Total</td>
            <td className="num">{totals.onHand}</td>
            <td />
            <td className="num">{formatMoney(totals.value, 'EUR')}</td>
            <td />
          </tr>
        </tfoot>
      </table>
      <BulkActions selectedIds={selectedIds} onDone={() => setSelectedIds([])} />
    </>
  );
}'''))),
    A("`InventoryTable` loads a warehouse's items, lets you filter, sort and multi-select rows, shows totals in the footer, and renders each item through `Row`."),
    U("warehouses have up to 500 rows. does this re-render more than it should? nothing's slow yet, I just want it right before the big customers onboard"),
))

# 31 tool loop: tear apart error handling in file
EXAMPLES.append(ex(C,
    U(REM(), "open the s3 sync module"),
    A(Read("/home/wei/backup/backup/s3sync.py")),
    U(Res(lines('''import boto3, os, logging

log = logging.getLogger(__name__)
s3 = boto3.client("s3")

def upload_dir(path, bucket, prefix=""):
    for root, _, files in os.walk(path):
        for f in files:
            full = os.path.join(root, f)
            key = prefix + os.path.relpath(full, path)
            try:
                s3.upload_file(full, bucket, key)
            except Exception as e:
                log.error("failed %s: %s", key, e)
                continue
    return True

def download(bucket, key, dest):
    try:
        s3.download_file(bucket, key, dest)
    except:
        pass'''))),
    A("`s3sync.py` has `upload_dir`, which walks a directory and uploads every file under a prefix, and `download`, which fetches a single key."),
    U("ok now tear apart the error handling in that file"),
))

# 32 LGTM? terse
EXAMPLES.append(ex(C, '''lgtm?

```diff
-    if user.role == "admin" or user.id == doc.owner_id:
+    if user.role == "admin" or user.id == doc.owner_id or doc.shared:
         return True
```'''))

# 33 nitpick interview take-home
EXAMPLES.append(ex(C,
    U(REM(), "run my solution against the examples in the take-home README"),
    A(Bash("python -m pytest take_home/test_examples.py -q", "Run the take-home example tests")),
    U(Res('''......
6 passed in 0.03s''')),
    A("All 6 example cases pass.",
      Read("take_home/solution.py")),
    U(Res(lines('''def merge_intervals(intervals):
    intervals.sort()
    result = []
    for i in intervals:
        if result and result[-1][1] >= i[0]:
            result[-1][1] = max(result[-1][1], i[1])
        else:
            result.append(i)
    return result'''))),
    A("`merge_intervals` sorts the input and folds overlapping intervals into the last one in `result`."),
    U("nitpick it to death. it's for a take-home and I want it perfect, passing isn't enough"),
))

# 34 map vs switch which to keep
EXAMPLES.append(ex(C, '''version A uses a map, version B uses a switch. which one would you keep and why

```ts
// A
const HANDLERS: Record<EventType, (e: Event) => void> = {
  created: onCreated,
  updated: onUpdated,
  deleted: onDeleted,
};
export const dispatch = (e: Event) => HANDLERS[e.type]?.(e);

// B
export function dispatch(e: Event) {
  switch (e.type) {
    case 'created': return onCreated(e);
    case 'updated': return onUpdated(e);
    case 'deleted': return onDeleted(e);
    default: { const _exhaustive: never = e.type; return _exhaustive; }
  }
}
```'''))

# 35 unsafe justified
EXAMPLES.append(ex(C, '''is the `unsafe` justified here? clippy didn't complain

```rust
pub fn as_bytes(v: &[u32]) -> &[u8] {
    unsafe { std::slice::from_raw_parts(v.as_ptr() as *const u8, v.len() * 4) }
}

pub fn from_bytes(b: &[u8]) -> &[u32] {
    unsafe { std::slice::from_raw_parts(b.as_ptr() as *const u32, b.len() / 4) }
}
```'''))

# 36 rule of five
EXAMPLES.append(ex(C, '''rule of five — did I get it right?

```cpp
class Buffer {
public:
    explicit Buffer(size_t n) : size_(n), data_(new char[n]) {}
    ~Buffer() { delete[] data_; }
    Buffer(const Buffer& o) : size_(o.size_), data_(new char[o.size_]) { std::memcpy(data_, o.data_, size_); }
    Buffer& operator=(const Buffer& o) {
        delete[] data_;
        size_ = o.size_;
        data_ = new char[size_];
        std::memcpy(data_, o.data_, size_);
        return *this;
    }
    Buffer(Buffer&& o) : size_(o.size_), data_(o.data_) {}
    Buffer& operator=(Buffer&& o) { std::swap(size_, o.size_); std::swap(data_, o.data_); return *this; }
private:
    size_t size_;
    char* data_;
};
```'''))

# 37 C# IDisposable (tool loop via IDE selection)
EXAMPLES.append(ex(C,
    U(REM(), SEL("src/Ingest/CsvSource.cs", 12, 34, '''public sealed class CsvSource : IDisposable
{
    private readonly StreamReader _reader;
    private bool _disposed;

    public CsvSource(string path) => _reader = new StreamReader(path);

    public IEnumerable<string[]> Rows()
    {
        string? line;
        while ((line = _reader.ReadLine()) != null)
            yield return line.Split(',');
    }

    public void Dispose()
    {
        if (_disposed) return;
        _reader.Dispose();
        _disposed = true;
        GC.SuppressFinalize(this);
    }

    ~CsvSource() => Dispose();
}'''), "IDisposable pattern ok here? I always forget which bits are needed for a sealed class"),
))

# 38 swift retain cycle risk
EXAMPLES.append(ex(C, '''retain cycle risk here or am I being paranoid?

```swift
final class PlayerViewModel: ObservableObject {
    @Published var progress: Double = 0
    private var timer: Timer?
    private let player: AVPlayer

    func start() {
        timer = Timer.scheduledTimer(withTimeInterval: 0.5, repeats: true) { _ in
            self.progress = self.player.currentTime().seconds
        }
    }

    deinit { timer?.invalidate() }
}
```'''))

# 39 elixir Task.async regret
EXAMPLES.append(ex(C, '''using Task.async here — right call or am I going to regret it?

```elixir
def handle_event("refresh", _params, socket) do
  t1 = Task.async(fn -> Stats.fetch(socket.assigns.org_id) end)
  t2 = Task.async(fn -> Alerts.fetch(socket.assigns.org_id) end)
  {:noreply, assign(socket, stats: Task.await(t1), alerts: Task.await(t2))}
end
```'''))

# 40 java equals/hashCode
EXAMPLES.append(ex(C,
    U(REM(), "open Money.java in the billing module"),
    A(Read("billing/src/main/java/com/shop/billing/Money.java")),
    U(Res(lines('''public class Money {
    private BigDecimal amount;
    private String currency;

    public Money(BigDecimal amount, String currency) {
        this.amount = amount;
        this.currency = currency;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Money)) return false;
        Money m = (Money) o;
        return amount.equals(m.amount) && currency.equals(m.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.doubleValue(), currency);
    }

    public void setAmount(BigDecimal a) { this.amount = a; }
}'''))),
    A("`Money` wraps a `BigDecimal` amount and a currency string, with custom `equals`/`hashCode` and a setter for the amount."),
    U("equals/hashCode look right to you? these go into HashSets in the reconciliation job"),
))

# 41 tool loop: tests pass but not convinced
EXAMPLES.append(ex(C,
    U(REM(), "fix the off-by-one in paginate() that QA reported, page 2 repeats the last item of page 1"),
    A(Edit("/work/catalog/lib/paging.py", "    start = (page - 1) * size - 1\n    end = start + size",
           "    start = (page - 1) * size\n    end = start + size")),
    U(Res(edited("/work/catalog/lib/paging.py", "def paginate(items, page, size):\n    start = (page - 1) * size\n    end = start + size\n    return items[start:end]", 3))),
    A(Bash("pytest tests/test_paging.py -q", "Run paging tests")),
    U(Res('''.....
5 passed in 0.04s''')),
    A("Fixed: `start` no longer subtracts one, so page 2 begins right after page 1 ends. All paging tests pass."),
    U("tests pass but I'm not convinced. what happens with page=0 or a negative size? look at the diff again with fresh eyes"),
))

# 42 scala for-comprehension error handling
EXAMPLES.append(ex(C, '''how's the error handling in this? feels like I'm losing information somewhere

```scala
def register(req: SignupReq): IO[Either[String, UserId]] =
  (for {
    email <- EitherT.fromEither[IO](Email.parse(req.email).left.map(_ => "bad email"))
    _     <- EitherT(users.exists(email).map(e => if (e) Left("taken") else Right(())))
    id    <- EitherT.liftF(users.create(email, req.password))
    _     <- EitherT.liftF(mailer.welcome(email).handleError(_ => ()))
  } yield id).value.handleError(_ => Left("internal error"))
```'''))

# 43 ruby rubocop happy but something off
EXAMPLES.append(ex(C, '''rubocop is happy but something feels off about this. thoughts?

```ruby
class ReportsController < ApplicationController
  def show
    @report = Report.find(params[:id])
    @rows = @report.rows.map { |r| r.attributes.merge(owner: r.owner.name) }
    send_data CsvExporter.new(@rows).to_s, filename: "#{@report.name}.csv"
  end
end
```'''))

# 44 laravel mass assignment (tool loop, last msg has tool result + text)
EXAMPLES.append(ex(C,
    U(REM(), "show me the User model and the profile update controller"),
    A(Read("/var/www/app/app/Models/User.php"), Read("/var/www/app/app/Http/Controllers/ProfileController.php")),
    U(Res(lines('''<?php
namespace App\\Models;

class User extends Authenticatable
{
    protected $guarded = [];

    protected $hidden = ['password', 'remember_token'];
}''')), Res(lines('''<?php
namespace App\\Http\\Controllers;

class ProfileController extends Controller
{
    public function update(Request $request)
    {
        $request->user()->update($request->all());
        return back()->with('status', 'profile-updated');
    }
}'''))),
    A("`User` has `$guarded = []`, and `ProfileController::update` passes `$request->all()` straight to `update()`."),
    U("is that as bad as it looks? the users table has an is_admin column"),
))

# 45 go %w usage
EXAMPLES.append(ex(C, '''review the error wrapping pls, am I using %w right? callers do errors.Is(err, ErrNotFound)

```go
var ErrNotFound = errors.New("not found")

func (r *Repo) Get(ctx context.Context, id string) (*Item, error) {
	row := r.db.QueryRowContext(ctx, `SELECT id, name FROM items WHERE id = $1`, id)
	var it Item
	if err := row.Scan(&it.ID, &it.Name); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, fmt.Errorf("item %s: %v", id, ErrNotFound)
		}
		return nil, fmt.Errorf("scan item %s: %w", id, err)
	}
	return &it, nil
}
```'''))

# 46 multi-turn: after debugging fixed -> anything else in diff
EXAMPLES.append(ex(C,
    "why does `cancelSubscription` throw `TypeError: Cannot read properties of null (reading 'stripeId')` for some users?",
    "Users created before the Stripe migration have `billingAccount = null`, and `cancelSubscription` dereferences `user.billingAccount.stripeId` without checking. Guard it: if there's no billing account, there's nothing to cancel on Stripe's side, so just mark the local subscription cancelled.",
    '''done, here's my full diff. before I push — anything else in here you don't like?

```diff
 export async function cancelSubscription(user: User) {
-  await stripe.subscriptions.cancel(user.billingAccount.stripeId);
+  if (user.billingAccount?.stripeId) {
+    await stripe.subscriptions.cancel(user.billingAccount.stripeId);
+  }
   await db.subscription.update({ where: { userId: user.id }, data: { status: 'cancelled' } });
+  console.log('cancelled', user);
+  await analytics.track('subscription_cancelled', { userId: user.id, email: user.email, plan: user.plan });
 }
```'''))

# 47 multi-turn: after understanding, is this code any good
EXAMPLES.append(ex(C,
    U(REM(), OPEN("lib/sync/merge.js"), "what does mergeRecords do"),
    A(Read("lib/sync/merge.js")),
    U(Res(lines('''function mergeRecords(local, remote) {
  var out = {};
  for (var k in local) out[k] = local[k];
  for (var k in remote) {
    if (!out[k] || remote[k].updated > out[k].updated) out[k] = remote[k];
    if (remote[k].deleted) delete out[k];
  }
  return out;
}
module.exports = mergeRecords;'''))),
    A("`mergeRecords` combines two maps of records: it copies every local record, then for each remote record takes it if the key is missing locally or the remote one is newer, and drops the key entirely if the remote record is marked deleted."),
    U("honestly is this code any good? we're about to build offline mode on top of it and I'm worried"),
))

# 48 disagree with reviewer comment concurrency
EXAMPLES.append(ex(C, '''my PR got this comment: "this will break under concurrent writes". I don't see how? it's one UPDATE

```python
def add_points(user_id: int, pts: int) -> None:
    user = session.get(User, user_id)
    user.points = user.points + pts
    session.commit()
```'''))

# 49 trace + fix, reviewer wants second opinion
EXAMPLES.append(ex(C, '''here's the trace from the bug ticket and my fix. reviewer wants a second opinion on the approach, not on whether it compiles

```
panic: runtime error: invalid memory address or nil pointer dereference
[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f1a]

goroutine 4417 [running]:
github.com/hearth/notify/push.(*Sender).Send(0x0, {0x7f2c10, 0xc000512a50}, 0xc0004e2000)
	/src/push/sender.go:52 +0x3a
github.com/hearth/notify.(*Dispatcher).fanout.func1()
	/src/dispatcher.go:119 +0x85
```

```diff
 func (d *Dispatcher) fanout(ctx context.Context, n *Notification) {
 	for _, ch := range n.Channels {
 		s := d.senders[ch]
+		if s == nil {
+			continue
+		}
 		go s.Send(ctx, n)
 	}
 }
```'''))

# 50 tool loop: final msg tool_result + "is this good to go"
EXAMPLES.append(ex(C,
    U(REM(), "stage the migration and model changes and show me the staged diff"),
    A(Bash("git add db/migrate/20261125_add_slug_to_articles.rb app/models/article.rb && git diff --cached", "Stage and show diff")),
    U(Res('''diff --git a/app/models/article.rb b/app/models/article.rb
+  before_validation :set_slug
+  validates :slug, presence: true, uniqueness: true
+
+  private
+
+  def set_slug
+    self.slug = title.parameterize
+  end
diff --git a/db/migrate/20261125_add_slug_to_articles.rb b/db/migrate/20261125_add_slug_to_articles.rb
+class AddSlugToArticles < ActiveRecord::Migration[7.2]
+  def change
+    add_column :articles, :slug, :string
+    add_index :articles, :slug, unique: true
+  end
+end'''), "is this good to go? 40k existing articles in prod btw"),
))

# 51 JWT decode security
EXAMPLES.append(ex(C, '''anything wrong security-wise? this is the auth dependency for all our fastapi routes

```python
def current_user(authorization: str = Header(...)) -> User:
    token = authorization.split(" ")[1]
    header = jwt.get_unverified_header(token)
    key = PUBLIC_KEYS.get(header.get("kid"), SHARED_SECRET)
    claims = jwt.decode(token, key, algorithms=[header["alg"]])
    return User(id=claims["sub"], roles=claims.get("roles", []))
```'''))

# 52 are these tests testing anything
EXAMPLES.append(ex(C, '''are these tests actually testing anything? coverage says 100% for this file lol

```python
def test_calculate_shipping(mocker):
    mocker.patch("shop.shipping.rates_for", return_value=[5.0, 7.5])
    mocker.patch("shop.shipping.calculate_shipping", return_value=5.0)
    from shop.shipping import calculate_shipping
    assert calculate_shipping({"weight": 2}) == 5.0

def test_calculate_shipping_heavy(mocker):
    mocker.patch("shop.shipping.rates_for", return_value=[20.0])
    result = calculate_shipping({"weight": 40})
    assert result
```'''))

# 53 nginx conf look ok (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "cat the nginx site config on the box"),
    A(Bash("ssh web-1 'cat /etc/nginx/sites-enabled/app.conf'", "Read nginx config")),
    U(Res('''server {
    listen 80;
    server_name app.example.org;
    root /var/www/app/public;

    location / {
        try_files $uri $uri/ /index.php?$query_string;
    }

    location ~ \\.php$ {
        fastcgi_pass unix:/run/php/php8.3-fpm.sock;
        include fastcgi_params;
        fastcgi_param SCRIPT_FILENAME $document_root$fastcgi_script_name;
    }

    location /uploads {
        autoindex on;
    }
}''')),
    A("That's the config for `app.example.org`: plain HTTP on 80, PHP via php8.3-fpm, and an `/uploads` location with directory listing turned on."),
    U("does this look ok to you? we just moved it over from the old server"),
))

# 54 terraform IAM too permissive
EXAMPLES.append(ex(C, '''too permissive? it's for the lambda that resizes images

```hcl
data "aws_iam_policy_document" "resizer" {
  statement {
    actions   = ["s3:*"]
    resources = ["*"]
  }
  statement {
    actions   = ["logs:*"]
    resources = ["*"]
  }
}
```'''))

# 55 password hashing fine
EXAMPLES.append(ex(C,
    U(REM(), "find our password hashing code"),
    A(Grep("def (hash|check)_password", ".", "content", **{"-n": True, "-A": 4})),
    U(Res('''accounts/security.py:12:def hash_password(pw: str) -> str:
accounts/security.py-13-    salt = os.urandom(16).hex()
accounts/security.py-14-    digest = hashlib.sha256((salt + pw).encode()).hexdigest()
accounts/security.py-15-    return f"{salt}${digest}"
accounts/security.py-16-
accounts/security.py:17:def check_password(pw: str, stored: str) -> bool:
accounts/security.py-18-    salt, digest = stored.split("$")
accounts/security.py-19-    return hashlib.sha256((salt + pw).encode()).hexdigest() == digest''')),
    A("Passwords are hashed in `accounts/security.py` as SHA-256 over a random 16-byte hex salt plus the password, stored as `salt$digest`."),
    U("the pentest report flagged 'weak password hashing' but we DO use a salt. is this fine or are they right?"),
))

# 56 type hints right
EXAMPLES.append(ex(C, '''are my type hints right? mypy --strict passes but I feel like `Any` is cheating

```python
from typing import Any, Callable

def retry(times: int) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    def deco(fn: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            for i in range(times):
                try:
                    return fn(*args, **kwargs)
                except Exception:
                    if i == times - 1:
                        raise
        return wrapper
    return deco
```'''))

# 57 a11y review react form (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/components/SignupForm.tsx"), "read SignupForm"),
    A(Read("src/components/SignupForm.tsx")),
    U(Res(lines('''export function SignupForm() {
  return (
    <form onSubmit={submit}>
      <input placeholder="Email" type="text" name="email" />
      <input placeholder="Password" type="password" name="pw" />
      <div className="checkbox" onClick={toggleTerms}>
        {accepted ? '☑' : '☐'} I accept the terms
      </div>
      <div className="btn" onClick={submit}>Sign up</div>
      {error && <span style={{ color: 'red' }}>{error}</span>}
    </form>
  );
}'''))),
    A("`SignupForm` renders email and password inputs, a clickable div acting as a terms checkbox, a div acting as the submit button, and a red error message."),
    U("we're getting an accessibility audit next month. how bad is it?"),
))

# 58 commits make sense individually
EXAMPLES.append(ex(C,
    U(REM(), "show my last 3 commits with diffs"),
    A(Bash("git log -3 -p --stat", "Show last three commits")),
    U(Res('''commit 7f1e2d9 (HEAD -> feat/export)
    wip

 src/export/csv.ts   | 22 ++++++++++++++--
 src/export/index.ts |  3 ++-
 package.json        |  1 +

commit 41aa0c3
    fix tests + add xlsx + rename stuff

 src/export/xlsx.ts        | 64 +++++++++++++++++++++
 src/export/format.ts      | 18 +++---
 test/export.test.ts       | 40 +++++++-----
 src/users/service.ts      |  9 ++--

commit 0bd93e1
    export

 src/export/csv.ts   | 51 ++++++++++++++++++
 src/routes/admin.ts |  6 ++-''')),
    A("Three commits on `feat/export`: `export` adds the CSV exporter and route, `fix tests + add xlsx + rename stuff` adds XLSX plus renames and touches the users service, and `wip` adjusts the CSV exporter and adds a dependency."),
    U("does that history make sense as-is for reviewers or is it a mess"),
))

# 59 roast my code
EXAMPLES.append(ex(C, '''roast my code 🔥

```js
function isEven(n) {
  if (n == 0) return true
  else if (n == 1) return false
  else if (n < 0) return isEven(-n)
  else return isEven(n - 2)
}
module.exports = { isEven, isOdd: n => !isEven(n) }
```'''))

# 60 over-engineered?
EXAMPLES.append(ex(C, '''be honest, is this over-engineered for what it does? it sends a slack message when a deploy finishes

```ts
interface Notifier { notify(msg: NotificationMessage): Promise<void>; }
interface NotifierFactory { create(cfg: NotifierConfig): Notifier; }
abstract class BaseNotifier implements Notifier {
  constructor(protected readonly formatter: MessageFormatter) {}
  abstract notify(msg: NotificationMessage): Promise<void>;
}
class SlackNotifier extends BaseNotifier { /* 40 lines */ }
class SlackNotifierFactory implements NotifierFactory {
  create(cfg: NotifierConfig) { return new SlackNotifier(new DefaultMessageFormatter(cfg.template)); }
}
export const notifierRegistry = new Map<string, NotifierFactory>([['slack', new SlackNotifierFactory()]]);
```'''))

# 61 tool loop: look at your own diff
EXAMPLES.append(ex(C,
    U(REM(), "add a `--since` option to the `audit` command that filters events by date"),
    A(Edit("/home/mo/cli/src/commands/audit.rs",
           "    let events = store.all_events()?;",
           "    let since = args.since.as_deref().map(|s| NaiveDate::parse_from_str(s, \"%Y-%m-%d\").unwrap());\n    let events: Vec<_> = store.all_events()?.into_iter()\n        .filter(|e| since.map_or(true, |d| e.at.date_naive() > d))\n        .collect();")),
    U(Res(edited("/home/mo/cli/src/commands/audit.rs", "    let since = args.since.as_deref().map(|s| NaiveDate::parse_from_str(s, \"%Y-%m-%d\").unwrap());\n    let events: Vec<_> = store.all_events()?.into_iter()\n        .filter(|e| since.map_or(true, |d| e.at.date_naive() > d))\n        .collect();", 31))),
    A(Bash("cargo build -q && ./target/debug/cli audit --since 2026-11-01 | head -3", "Build and try the option")),
    U(Res('''2026-11-02T09:12:44Z login   alice
2026-11-02T10:01:03Z rotate  key-7
2026-11-03T16:40:19Z login   bob''')),
    A("`audit --since YYYY-MM-DD` now filters events by date."),
    U("look at your own diff again. see any problems with it?"),
))

# 62 lock-free queue second pair of eyes
EXAMPLES.append(ex(C, '''second pair of eyes on this pls. single producer single consumer, x86 only for now

```cpp
template <typename T, size_t N>
class SpscQueue {
    T buf_[N];
    std::atomic<size_t> head_{0}, tail_{0};
public:
    bool push(const T& v) {
        size_t t = tail_.load(std::memory_order_relaxed);
        size_t next = (t + 1) % N;
        if (next == head_.load(std::memory_order_relaxed)) return false;
        buf_[t] = v;
        tail_.store(next, std::memory_order_relaxed);
        return true;
    }
    bool pop(T& out) {
        size_t h = head_.load(std::memory_order_relaxed);
        if (h == tail_.load(std::memory_order_relaxed)) return false;
        out = buf_[h];
        head_.store((h + 1) % N, std::memory_order_relaxed);
        return true;
    }
};
```'''))

# 63 any race here? go (no bug reported)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("discovery/registry.go"), "read discovery/registry.go"),
    A(Read("discovery/registry.go")),
    U(Res(lines('''type Registry struct {
	mu       sync.RWMutex
	services map[string]*Service
}

func (r *Registry) Lookup(name string) *Service {
	r.mu.RLock()
	s := r.services[name]
	r.mu.RUnlock()
	if s == nil {
		r.mu.Lock()
		s = &Service{Name: name}
		r.services[name] = s
		r.mu.Unlock()
	}
	return s
}'''))),
    A("`Lookup` returns the registered `*Service` for a name and lazily creates one if it's missing."),
    U("any race here?"),
))

# 64 graphql resolver N+1 gonna be slow?
EXAMPLES.append(ex(C, '''gonna be slow? haven't load tested yet

```ts
const resolvers = {
  Query: { posts: () => db.post.findMany({ take: 50 }) },
  Post: {
    author: (post) => db.user.findUnique({ where: { id: post.authorId } }),
    comments: (post) => db.comment.findMany({ where: { postId: post.id } }),
  },
  Comment: {
    author: (c) => db.user.findUnique({ where: { id: c.authorId } }),
  },
};
```'''))

# 65 implemented as discussed? (multi-turn after architecture)
EXAMPLES.append(ex(C,
    "we need to stop double-charging when the payment provider times out and the client retries. how should we design it?",
    "Make the charge endpoint idempotent. Have the client send an `Idempotency-Key` header. Store the key with a status (`in_progress`, `succeeded`, `failed`) and the response body under a unique constraint. On a retry with the same key, return the stored response, or 409 if it's still in progress. Pass the same key through to the provider so their side is idempotent too, and expire keys after 24h.",
    '''implemented it like this, does it match what we discussed?

```python
@app.post("/charges")
def create_charge(req: ChargeReq, idem_key: str = Header(alias="Idempotency-Key")):
    existing = db.query(IdemKey).filter_by(key=idem_key).first()
    if existing:
        return existing.response
    resp = provider.charge(req.amount, req.card_token)
    db.add(IdemKey(key=idem_key, response=resp))
    db.commit()
    return resp
```'''))

# 66 rails migration reversible
EXAMPLES.append(ex(C, '''check my migration is reversible? last time a rollback blew up in staging

```ruby
class SplitNameOnUsers < ActiveRecord::Migration[7.1]
  def change
    add_column :users, :first_name, :string
    add_column :users, :last_name, :string
    User.find_each do |u|
      first, last = u.name.split(" ", 2)
      u.update_columns(first_name: first, last_name: last)
    end
    remove_column :users, :name
  end
end
```'''))

# 67 tool loop: reviewer pastes + grep context; "is she right" in German code-switch
EXAMPLES.append(ex(C,
    U(REM(), "find all places where we call `json.loads` on request bodies"),
    A(Grep("json\\.loads\\(request", "services/", "content", **{"-n": True})),
    U(Res('''services/hooks/github.py:22:    payload = json.loads(request.body)
services/hooks/gitlab.py:17:    payload = json.loads(request.body.decode("latin-1"))
services/api/bulk.py:40:    items = json.loads(request.body)["items"]''')),
    A("Three call sites: the GitHub and GitLab webhook handlers and the bulk API endpoint."),
    U('''Meine Kollegin schreibt im Review: "the gitlab one will mangle non-ascii payloads, and none of these handle a malformed body". Hat sie recht?'''),
))

# 68 "my lead said footgun" - judge
EXAMPLES.append(ex(C, '''my lead left "footgun" on this line and nothing else. is it actually a problem or just taste?

```python
def add_tag(tag, tags=[]):
    tags.append(tag)
    return tags
```'''))

# 69 ko/en review of gha workflow secrets (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "read .github/workflows/release.yml"),
    A(Read("/src/kit/.github/workflows/release.yml")),
    U(Res(lines('''name: release
on:
  issue_comment:
    types: [created]
jobs:
  release:
    if: contains(github.event.comment.body, '/release')
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: echo "Releasing ${{ github.event.comment.body }}"
      - run: npm publish
        env:
          NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}'''))),
    A("The workflow runs when anyone posts an issue comment containing `/release`: it checks out the repo, echoes the comment, and publishes to npm with `NPM_TOKEN`."),
    U("이거 보안상 문제 없을까요? 외부 기여자도 이슈에 코멘트 달 수 있어요"),
))

# 70 tool loop: compare two branches' implementations
EXAMPLES.append(ex(C,
    U(REM(), "there are two competing implementations of the slug generator, on branches slug-a and slug-b. show me both"),
    A(Bash("git show slug-a:src/slug.py; echo ----; git show slug-b:src/slug.py", "Show both implementations")),
    U(Res('''import re, unicodedata

def slugify(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^\\w\\s-]", "", s).strip().lower()
    return re.sub(r"[-\\s]+", "-", s)
----
from slugify import slugify as _slugify

def slugify(s: str) -> str:
    return _slugify(s, max_length=80, word_boundary=True)''')),
    A("`slug-a` hand-rolls it with `unicodedata` and regexes; `slug-b` wraps the `python-slugify` package with an 80-char limit on word boundaries."),
    U("we publish a lot of titles in russian and greek. which one would you take?"),
))
