from conversation_shapes import u, a, cc, at, tr
import mat as M

C = "code_understanding"

EXAMPLES = [
(C, u("what does this diff change in behaviour? I'm not asking for a review, I just need to know what users will notice\n\n" + M.DIFF_LOGIN)),
(C, u("explain this workflow to me step by step, I inherited the repo and never touched GH Actions\n\n```yaml\n" + M.WORKFLOW_CI + "```")),
(C, u("what do the two probes in here actually do, and what's the difference between them?\n\n```yaml\n" + M.K8S_DEPLOY + "```")),
(C, u("explain this query line by line please, especially the subquery join\n\n```sql\n" + M.SQL_LATEST + "\n```")),
(C, u("what does this one-liner do exactly? found it in an old runbook\n\n`" + M.ONELINER + "`")),
(C, u("can you walk me through the transitions here? which states are terminal?\n\n```python\n" + M.STATE_MACHINE + "```")),
(C, u("so what does the retry loop in this diff do when the server keeps returning 503? how long until it gives up?\n\n" + M.DIFF_RETRY_GO)),
(C, u("Explícame qué hace cada línea de este Dockerfile, no lo escribí yo\n\n```dockerfile\n" + M.DOCKERFILE + "```")),
(C, u("what actually changed between these two axios majors in this dependabot diff, functionally? not asking whether to merge, just trying to understand what's in it\n\n" + M.DIFF_LOCK)),
(C, u("Wie funktioniert die neue Cursor-Paginierung in diesem Diff? Warum filtert man auf created_at UND id?\n\n" + M.DIFF_PAGINATION_PY)),
(C, u("is this quadratic?\n\n```python\ndef dedupe(xs):\n    seen = []\n    out = []\n    for x in xs:\n        if x not in seen:\n            seen.append(x)\n            out.append(x)\n    return out\n```")),
(C, u("what does `-fno-strict-aliasing` do? it's in our CFLAGS for the firmware build and nobody remembers why it was added")),
(C, u("what does this flag do: `-XX:+UseContainerSupport`? it's in our JAVA_OPTS and nobody remembers why")),
(C, u(r"""explain line by line, I'm learning bash

```bash
#!/usr/bin/env bash
set -euo pipefail
IFS=$'\n\t'
trap 'echo "failed at line $LINENO" >&2' ERR
cd "$(dirname "${BASH_SOURCE[0]}")/.."
: "${ENV:?ENV must be set}"
exec ./bin/server --env "$ENV" "$@"
```""")),
(C, u(r"""what's the behavioural difference introduced here? the commit message just says "tidy"

```diff
diff --git a/src/cart/total.js b/src/cart/total.js
index 3ab2c10..91df0e3 100644
--- a/src/cart/total.js
+++ b/src/cart/total.js
@@ -1,9 +1,6 @@
 export function cartTotal(items, coupon) {
-  let sum = 0;
-  for (const it of items) {
-    sum += it.price * it.qty;
-  }
-  if (coupon && sum >= coupon.min) sum -= coupon.amount;
-  return Math.max(sum, 0);
+  const sum = items.reduce((s, it) => s + it.price * it.qty, 0);
+  return coupon ? sum - coupon.amount : sum;
 }
```""")),
(C, u(r"""Was macht `kubectl rollout restart deployment/api` eigentlich unter der Haube? Werden alle Pods gleichzeitig neu gestartet?""")),
(C, u(r"""この正規表現は何にマッチしますか？

```js
const re = /^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\s).{12,64}$/;
```""")),
(C, u(r"""这段 Terraform 里的 `count` 和 `for_each` 有什么区别？为什么这里用 for_each？

```hcl
resource "aws_iam_user" "dev" {
  for_each = toset(var.developers)
  name     = each.key
  tags = {
    team = "platform"
  }
}
```""")),
(C, u(r"""what does the `?` do at the end of these lines? Rust newbie

```rust
fn read_port() -> Result<u16, Box<dyn Error>> {
    let s = std::fs::read_to_string("port.txt")?;
    let p: u16 = s.trim().parse()?;
    Ok(p)
}
```""")),
(C, u(r"""can someone explain what `PARTITION BY` does here vs a GROUP BY? the result has more rows than I expected but I think that's right?

```sql
SELECT user_id, created_at, amount,
       SUM(amount) OVER (PARTITION BY user_id ORDER BY created_at) AS running_total
FROM payments;
```""")),
(C, u(r"""O que esse diff muda no comportamento do cache? Não quero revisão, só entender antes da reunião.

```diff
diff --git a/src/cache/redis.ts b/src/cache/redis.ts
index a1b2c3d..d4e5f6a 100644
--- a/src/cache/redis.ts
+++ b/src/cache/redis.ts
@@ -10,10 +10,14 @@ export async function getOrSet<T>(key: string, ttl: number, load: () => Promise<T>): Promise<T> {
   const hit = await redis.get(key);
   if (hit) return JSON.parse(hit);
-  const value = await load();
-  await redis.set(key, JSON.stringify(value), 'EX', ttl);
-  return value;
+  const lock = await redis.set(`${key}:lock`, '1', 'NX', 'PX', 5000);
+  if (!lock) {
+    await sleep(100);
+    return getOrSet(key, ttl, load);
+  }
+  const value = await load();
+  await redis.set(key, JSON.stringify(value), 'EX', ttl + Math.floor(Math.random() * 60));
+  await redis.del(`${key}:lock`);
+  return value;
 }
```""")),
(C, u(r"""what's the time complexity of this? my gut says O(n log n) but there's a loop inside a loop

```go
func mergeIntervals(iv [][2]int) [][2]int {
    sort.Slice(iv, func(i, j int) bool { return iv[i][0] < iv[j][0] })
    out := [][2]int{}
    for _, cur := range iv {
        for len(out) > 0 && out[len(out)-1][1] >= cur[0] {
            cur[0] = min(cur[0], out[len(out)-1][0])
            cur[1] = max(cur[1], out[len(out)-1][1])
            out = out[:len(out)-1]
        }
        out = append(out, cur)
    }
    return out
}
```""")),
(C, [cc("what is this doing? why the weird double useEffect", file="src/hooks/useSocket.ts",
        sel=("src/hooks/useSocket.ts", 4, 24, "export function useSocket(url: string, onMsg: (m: Msg) => void) {\n  const cb = useRef(onMsg);\n  useEffect(() => { cb.current = onMsg; }, [onMsg]);\n\n  useEffect(() => {\n    const ws = new WebSocket(url);\n    ws.onmessage = (e) => cb.current(JSON.parse(e.data));\n    return () => ws.close();\n  }, [url]);\n}"), d=3)]),
(C, u(r"""Puoi spiegarmi cosa fa questa pipeline di GitLab? In particolare `rules` e `needs`

```yaml
stages: [build, test, deploy]

build:
  stage: build
  script: make build
  artifacts:
    paths: [dist/]

unit:
  stage: test
  needs: [build]
  script: make test

deploy_prod:
  stage: deploy
  needs: [unit]
  rules:
    - if: $CI_COMMIT_TAG =~ /^v\d+\.\d+\.\d+$/
      when: manual
    - when: never
  script: make deploy
```""")),
(C, u(r"""Почему здесь `Arc<Mutex<...>>`, а не просто `Mutex`? Объясни, пожалуйста, что происходит

```rust
let counter = Arc::new(Mutex::new(0));
let mut handles = vec![];
for _ in 0..8 {
    let c = Arc::clone(&counter);
    handles.push(thread::spawn(move || {
        *c.lock().unwrap() += 1;
    }));
}
for h in handles { h.join().unwrap(); }
```""")),
(C, u(r"""I need to understand this PR before standup, not review it. What is it trying to achieve and how?

Title: Outbox for order events

```diff
diff --git a/orders/service.py b/orders/service.py
--- a/orders/service.py
+++ b/orders/service.py
@@ -55,10 +55,12 @@ class OrderService:
     def place(self, cmd: PlaceOrder) -> Order:
         with self.uow:
             order = Order.new(cmd)
             self.uow.orders.add(order)
-            self.uow.commit()
-        self.bus.publish(OrderPlaced(order.id, order.total))
+            self.uow.outbox.add(OrderPlaced(order.id, order.total))
+            self.uow.commit()
         return order
diff --git a/orders/relay.py b/orders/relay.py
new file mode 100644
--- /dev/null
+++ b/orders/relay.py
@@ -0,0 +1,14 @@
+def relay_forever(uow, bus, batch=100):
+    while True:
+        with uow:
+            msgs = uow.outbox.pending(limit=batch)
+            for m in msgs:
+                bus.publish(m.event)
+                m.mark_sent()
+            uow.commit()
+        if not msgs:
+            time.sleep(0.5)
```""")),
(C, u("bash スクリプトの `set -x` と `set -v` の違いは何ですか？CI のスクリプトで両方見かけます")),
(C, u(r"""how does this decorator work? specifically the `nonlocal` and why wraps is needed

```python
def rate_limited(per_sec):
    def deco(fn):
        last = 0.0
        @functools.wraps(fn)
        def inner(*a, **kw):
            nonlocal last
            wait = 1 / per_sec - (time.monotonic() - last)
            if wait > 0:
                time.sleep(wait)
            last = time.monotonic()
            return fn(*a, **kw)
        return inner
    return deco
```""")),
(C, u(r"""what does `ON CONFLICT DO NOTHING RETURNING id` return when the row already exists? I'm reading this code and can't tell

```sql
INSERT INTO tags (name) VALUES ($1)
ON CONFLICT (name) DO NOTHING
RETURNING id;
```""")),
(C, u(r"""Что делает этот git hook? Мне его поставили при онбординге

```bash
#!/bin/sh
files=$(git diff --cached --name-only --diff-filter=ACM | grep -E '\.(ts|tsx)$')
[ -z "$files" ] && exit 0
npx eslint $files || exit 1
npx prettier --check $files || exit 1
```""")),
(C, u(r"""what's `lifecycle { prevent_destroy = true }` doing in here and what happens if someone removes the resource from the code?

```hcl
resource "aws_db_instance" "main" {
  identifier        = "core-prod"
  engine            = "postgres"
  instance_class    = "db.r6g.xlarge"
  allocated_storage = 500
  lifecycle {
    prevent_destroy = true
    ignore_changes  = [password]
  }
}
```""")),
(C, [u("what's the difference between `COPY` and `ADD` in a Dockerfile?"),
     a("`COPY` copies files from the build context into the image. `ADD` does the same but also auto-extracts local tar archives and can fetch remote URLs. Docker recommends `COPY` unless you specifically need one of those extras."),
     u("ok and in this one, why is requirements.txt copied separately before the rest?\n\n```dockerfile\nFROM python:3.12-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\nCOPY . .\nCMD [\"python\", \"-m\", \"worker\"]\n```")]),
(C, u(r"""how does this Swift property wrapper work? where does `projectedValue` come in

```swift
@propertyWrapper
struct Clamped<V: Comparable> {
    private var value: V
    let range: ClosedRange<V>
    init(wrappedValue: V, _ range: ClosedRange<V>) {
        self.range = range
        self.value = min(max(wrappedValue, range.lowerBound), range.upperBound)
    }
    var wrappedValue: V {
        get { value }
        set { value = min(max(newValue, range.lowerBound), range.upperBound) }
    }
    var projectedValue: ClosedRange<V> { range }
}
```""")),
(C, u(r"""Qu'est-ce que ce diff change concrètement pour les utilisateurs ? Je ne demande pas une review, je dois juste l'expliquer au support.

```diff
diff --git a/app/models/subscription.rb b/app/models/subscription.rb
--- a/app/models/subscription.rb
+++ b/app/models/subscription.rb
@@ -21,9 +21,12 @@ class Subscription < ApplicationRecord
   def renew!
-    self.current_period_end += 1.month
+    return if cancel_at_period_end?
+    self.current_period_end = [current_period_end, Time.current].max + 1.month
     charge!
     save!
+  rescue PaymentFailed
+    update!(status: :past_due, grace_until: 7.days.from_now)
   end
```""")),
(C, u(r"""is `Promise.all` here running the requests in parallel or one after the other? code below

```ts
const results = [];
for (const id of ids) {
  results.push(await Promise.all([fetchUser(id), fetchOrders(id)]));
}
```""")),
(C, u(r"""what's the point of the `-- +goose StatementBegin` markers in this migration?

```sql
-- +goose Up
-- +goose StatementBegin
CREATE OR REPLACE FUNCTION touch_updated_at() RETURNS trigger AS $$
BEGIN
  NEW.updated_at = now();
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
-- +goose StatementEnd

-- +goose Down
DROP FUNCTION touch_updated_at();
```""")),
(C, [cc("explain how requests get routed in this file, I'm new here", file="config/routes.rb", d=5),
     at("", ("Read", {"file_path": "config/routes.rb"})),
     tr(r"""     1	Rails.application.routes.draw do
     2	  root "dashboard#show"
     3	  resources :projects, only: %i[index show create] do
     4	    resources :tasks, shallow: true
     5	    member { post :archive }
     6	  end
     7	  namespace :api do
     8	    namespace :v2, defaults: { format: :json } do
     9	      resources :webhooks, only: :create
    10	    end
    11	  end
    12	  constraints(->(req) { req.subdomain == "admin" }) do
    13	    mount Sidekiq::Web => "/sidekiq"
    14	  end
    15	end
"""),
     u("esp. what shallow: true does and the constraints bit")]),
(C, u(r"""Explain what happens in memory here, step by step. Why does `b` change when I modify `a`?

```python
a = [[0] * 3] * 3
b = a
a[0][0] = 1
print(b)  # [[1, 0, 0], [1, 0, 0], [1, 0, 0]]
```""")),
(C, u(r"""this k8s HPA — what will it actually do when CPU spikes to 90% on 2 pods? how many replicas and how fast?

```yaml
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: api
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: api
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 60
  behavior:
    scaleUp:
      stabilizationWindowSeconds: 0
      policies:
        - type: Percent
          value: 100
          periodSeconds: 30
```""")),
(C, u(r"""Wyjaśnij mi, co zmienia ten diff w zachowaniu — czy po nim zapytanie dalej używa indeksu?

```diff
--- a/db/queries/users.sql
+++ b/db/queries/users.sql
@@ -1,4 +1,4 @@
 -- name: FindUserByEmail :one
 SELECT id, email, created_at
 FROM users
-WHERE email = $1;
+WHERE lower(email) = lower($1);
```""")),
(C, u(r"""Quick q: what does the `^` mean in `"react": "^18.2.0"` vs `~18.2.0`? and what does the lockfile have to do with it""")),
(C, u(r"""in this Java stream what order do the operations run in? does it filter everything first and then map?

```java
List<String> names = users.stream()
    .filter(u -> { System.out.println("filter " + u.id()); return u.active(); })
    .map(u -> { System.out.println("map " + u.id()); return u.name(); })
    .limit(2)
    .toList();
```""")),
(C, u(r"""이 diff가 정확히 뭘 바꾸는 건지 설명해 주세요. 리뷰는 필요 없고 이해만 하고 싶어요

```diff
diff --git a/src/main/kotlin/app/Config.kt b/src/main/kotlin/app/Config.kt
--- a/src/main/kotlin/app/Config.kt
+++ b/src/main/kotlin/app/Config.kt
@@ -8,7 +8,9 @@ object Config {
-    val dbPoolSize: Int = System.getenv("DB_POOL")?.toInt() ?: 10
+    val dbPoolSize: Int by lazy {
+        System.getenv("DB_POOL")?.toIntOrNull()?.coerceIn(1, 50) ?: (Runtime.getRuntime().availableProcessors() * 2)
+    }
```""")),
(C, u(r"""What's the complexity of this recursive fib with the dict? Is it still exponential?

```python
def fib(n, memo={}):
    if n < 2:
        return n
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
```
also why is `memo={}` in the signature considered a trick""")),
(C, u(r"""这段 awk 是干嘛的？

`awk -F'\t' 'NR>1 && $3 ~ /^5/ {c[$2]++} END {for (k in c) print c[k], k}' access.tsv | sort -rn | head`""")),
(C, u(r"""can you explain what this C# LINQ is doing, in plain English? it's from our billing report

```csharp
var overdue = invoices
    .Where(i => i.DueDate < DateTime.UtcNow && i.PaidAt == null)
    .GroupBy(i => i.CustomerId)
    .Select(g => new { Customer = g.Key, Total = g.Sum(i => i.Amount), Oldest = g.Min(i => i.DueDate) })
    .OrderByDescending(x => x.Total)
    .Take(20);
```""")),
(C, u(r"""¿qué hace exactamente `ulimit -n 65535` en nuestro entrypoint.sh? ¿por qué haría falta en un contenedor con nginx?""")),
(C, u(r"""I see this in our Go code everywhere and don't get it: `var _ Store = (*pgStore)(nil)`. What is it for?""")),
(C, u(r"""Walk me through what changes in the ownership here — why did the borrow error go away after this diff? (it compiles now, I just want to understand)

```diff
--- a/src/parser.rs
+++ b/src/parser.rs
@@ -12,9 +12,9 @@ impl Parser {
-    fn next_token(&mut self) -> &Token {
+    fn next_token(&mut self) -> Token {
         self.pos += 1;
-        &self.tokens[self.pos - 1]
+        self.tokens[self.pos - 1].clone()
     }
```""")),
(C, u(r"""Explique o `asyncio.gather(..., return_exceptions=True)` nesse trecho: se uma das tasks falhar, o que acontece com as outras?

```python
results = await asyncio.gather(*(fetch(u) for u in urls), return_exceptions=True)
ok = [r for r in results if not isinstance(r, Exception)]
```""")),
(C, u(r"""what does `fsGroup` do in this securityContext and why would the volume need it?

```yaml
securityContext:
  runAsUser: 1000
  runAsNonRoot: true
  fsGroup: 2000
```""")),
(C, u(r"""Was genau bedeutet der Teil mit `permissions:` in diesem Workflow? Warum steht da `id-token: write`?

```yaml
permissions:
  contents: read
  id-token: write
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: aws-actions/configure-aws-credentials@v4
        with:
          role-to-assume: arn:aws:iam::123456789012:role/gh-deploy
          aws-region: eu-central-1
```""")),
(C, u(r"""this TypeScript type makes my head spin. what does it produce for `{ a: string; b: { c: number } }`?

```ts
type DeepPartial<T> = {
  [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K];
};
```""")),
(C, [u("how are we hashing passwords in this codebase?"),
     at("Let me look.", ("Grep", {"pattern": "bcrypt|argon2|scrypt|pbkdf2", "path": ".", "-i": True})),
     tr("auth/passwords.py:3:from argon2 import PasswordHasher\nauth/passwords.py:6:_ph = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=2)\nauth/passwords.py:14:    if _ph.check_needs_rehash(stored):\n"),
     a("We use argon2id via `argon2-cffi` in `auth/passwords.py`, with time_cost=3, memory 64 MiB and parallelism 2. On login it also checks `check_needs_rehash` and upgrades old hashes."),
     u("what does check_needs_rehash actually compare? like what makes a hash 'need' rehashing")]),
(C, u(r"""Is the `O(1)` claim in this docstring true? Looks like a linked list to me

```java
/** Removes the element in O(1). */
public void remove(T item) {
    Node<T> n = head;
    while (n != null && !n.value.equals(item)) n = n.next;
    if (n == null) return;
    if (n.prev != null) n.prev.next = n.next; else head = n.next;
    if (n.next != null) n.next.prev = n.prev; else tail = n.prev;
}
```""")),
(C, u(r"""hey what's `select_for_update(skip_locked=True)` for? found it in the job queue code

```python
with transaction.atomic():
    job = (Job.objects.select_for_update(skip_locked=True)
           .filter(status="queued").order_by("created_at").first())
    if job:
        job.status = "running"
        job.save()
```""")),
(C, u(r"""PR description says "switch to `replace` directive for local dev". What does this go.mod change do for people who don't have the sibling folder checked out?

```diff
--- a/go.mod
+++ b/go.mod
@@ -3,8 +3,10 @@ module github.com/acme/gateway
 go 1.22
 
 require (
 	github.com/acme/authkit v0.14.2
 	github.com/go-chi/chi/v5 v5.0.12
 )
+
+replace github.com/acme/authkit => ../authkit
```""")),
(C, u(r"""What changes behaviour-wise with this diff? Just need to understand it for the incident write-up, the fix is already deployed.

```diff
diff --git a/worker/consumer.py b/worker/consumer.py
--- a/worker/consumer.py
+++ b/worker/consumer.py
@@ -28,11 +28,13 @@ def run(consumer, handler):
     for msg in consumer:
-        try:
-            handler(msg.value)
-        except Exception:
-            log.exception("handler failed, skipping")
-        consumer.commit()
+        try:
+            handler(msg.value)
+        except RetryableError:
+            consumer.seek(msg.partition, msg.offset)
+            time.sleep(1)
+            continue
+        consumer.commit({msg.partition: msg.offset + 1})
```""")),
(C, u(r"""what's the practical difference between these two lines in a Dockerfile? we have both styles in different repos

```dockerfile
CMD python app.py
CMD ["python", "app.py"]
```
something about signals?""")),
(C, u(r"""Dieses Diff am Helm-Chart: was ändert sich beim nächsten `helm upgrade` konkret an den laufenden Pods? Review brauch ich nicht.

```diff
--- a/charts/api/templates/deployment.yaml
+++ b/charts/api/templates/deployment.yaml
@@ -6,6 +6,11 @@ spec:
   replicas: {{ .Values.replicas }}
+  strategy:
+    type: RollingUpdate
+    rollingUpdate:
+      maxSurge: 1
+      maxUnavailable: 0
   template:
     metadata:
+      annotations:
+        checksum/config: {{ include (print $.Template.BasePath "/configmap.yaml") . | sha256sum }}
```""")),
(C, u(r"""is this quadratic in the number of rows? someone said `list.insert(0, x)` is slow

```python
out = []
for row in reader:
    out.insert(0, transform(row))
```""")),
(C, [cc("what does this hunk in the staged changes do? I copied it from a blog post and want to know what I'm committing", d=1),
     at("", ("Bash", {"command": "git diff --cached -- nginx/site.conf"})),
     tr(r"""diff --git a/nginx/site.conf b/nginx/site.conf
index 11a2b3c..44d5e6f 100644
--- a/nginx/site.conf
+++ b/nginx/site.conf
@@ -12,6 +12,13 @@ server {
     location /api/ {
         proxy_pass http://backend;
+        proxy_http_version 1.1;
+        proxy_set_header Upgrade $http_upgrade;
+        proxy_set_header Connection $connection_upgrade;
+        proxy_read_timeout 3600s;
+        proxy_buffering off;
     }
+
+    add_header Strict-Transport-Security "max-age=63072000; includeSubDomains; preload" always;
 }
"""),
     u("especially the HSTS line, what does preload mean for us")]),
(C, u(r"""这个 diff 对查询结果有什么影响？我不是要 review，只是想搞懂为什么数字变了

```diff
--- a/reports/revenue.sql
+++ b/reports/revenue.sql
@@ -3,6 +3,6 @@ SELECT date_trunc('month', o.paid_at) AS month,
        SUM(o.total) AS revenue
 FROM orders o
-JOIN refunds r ON r.order_id = o.id
+LEFT JOIN refunds r ON r.order_id = o.id
 WHERE o.status = 'paid'
 GROUP BY 1;
```""")),
(C, u(r"""what does `terraform state mv` actually do, and why did the PR description say we need it after this rename?

```diff
-resource "aws_sqs_queue" "orders" {
+resource "aws_sqs_queue" "orders_main" {
   name = "orders-prod"
 }
```""")),
(C, [cc("make this async", file="app/thumbs.py", sel=("app/thumbs.py", 1, 14, "_pool = ThreadPoolExecutor(max_workers=4)\n\ndef make_thumbs(paths):\n    futs = {_pool.submit(render, p): p for p in paths}\n    out = {}\n    for f in as_completed(futs, timeout=30):\n        p = futs[f]\n        try:\n            out[p] = f.result()\n        except Exception as e:\n            out[p] = e\n    return out"), d=1),
     at("I'll convert it to asyncio.", ("Edit", {"file_path": "app/thumbs.py", "old_string": "_pool = ThreadPoolExecutor(max_workers=4)", "new_string": "_sem = asyncio.Semaphore(4)"})),
     tr((M.REJECT, True), text=M.INTERRUPTED),
     u("no, stop. before changing anything I want to understand the current version. what happens with the pool here, what does as_completed do with the timeout, and what's in `out` when one render fails?")]),
(C, [u("what does our CI do when I push a tag?"),
     at("", ("Read", {"file_path": ".github/workflows/release.yml"})),
     tr(r"""     1	name: release
     2	on:
     3	  push:
     4	    tags: ['v*.*.*']
     5	jobs:
     6	  build:
     7	    runs-on: ubuntu-latest
     8	    steps:
     9	      - uses: actions/checkout@v4
    10	      - run: make dist
    11	      - uses: actions/upload-artifact@v4
    12	        with: { name: dist, path: dist/ }
    13	  publish:
    14	    needs: build
    15	    if: ${{ !contains(github.ref_name, '-rc') }}
    16	    runs-on: ubuntu-latest
    17	    steps:
    18	      - uses: actions/download-artifact@v4
    19	        with: { name: dist }
    20	      - run: twine upload dist/*
    21	        env: { TWINE_PASSWORD: "${{ secrets.PYPI_TOKEN }}" }
"""),
     a("On a tag like `v1.4.0` it builds the distribution with `make dist`, stores it as an artifact, and then a second job downloads it and uploads it to PyPI with the token from secrets."),
     u("and the `if:` on publish, what exactly does it skip? would `v2.0.0-RC1` get published?")]),
]
