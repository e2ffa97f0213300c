from conversation_shapes import u, a, cc, at, tr
import mat as M

C = "code_review"

EXAMPLES = [
(C, u("check this before I approve it, it's from a contractor\n\n" + M.DIFF_LOGIN)),
(C, u(M.WORKFLOW_CI + "\nany security concerns with this workflow? it runs on PRs from forks too")),
(C, u("is this safe to apply to prod?\n\n```yaml\n" + M.K8S_DEPLOY + "```")),
(C, u("would you merge this? it's the dependabot PR, CI is green\n\n" + M.DIFF_LOCK)),
(C, u("is the error handling ok here or am I going to regret it\n\n" + M.DIFF_RETRY_GO)),
(C, u("our platform team wrote this module. before we use it for the exports bucket, anything that jumps out?\n\n```hcl\n" + M.TF_BUCKET + "```")),
(C, u("Dockerfile for the shop backend, is this reasonable for production?\n\n```dockerfile\n" + M.DOCKERFILE + "```")),
(C, u("¿ves algo raro en este cambio de paginación antes de que lo apruebe? lo hizo un junior\n\n" + M.DIFF_PAGINATION_PY)),
(C, u("is it safe to run this on the build server from the repo root?\n\n`" + M.ONELINER + "`")),
(C, u("anything wrong with this?\n\n```python\ndef get_user(conn, username):\n    cur = conn.cursor()\n    cur.execute(f\"SELECT id, email, role FROM users WHERE username = '{username}'\")\n    return cur.fetchone()\n```")),
(C, u("lgtm?\n\n```diff\n--- a/src/utils/money.ts\n+++ b/src/utils/money.ts\n@@ -3,5 +3,5 @@\n export function toCents(amount: number): number {\n-  return Math.round(amount * 100);\n+  return Math.floor(amount * 100);\n }\n```")),
(C, u(r"""PR #2291 "Cache user permissions in memory"

Description: permission lookups were 30% of request time on /api/docs. This adds a process-level cache.

```diff
diff --git a/app/authz/perms.py b/app/authz/perms.py
index 77a10be..1f0c3d2 100644
--- a/app/authz/perms.py
+++ b/app/authz/perms.py
@@ -1,12 +1,20 @@
+from functools import lru_cache
+
 from app.db import session
 from app.models import RoleBinding, Permission
 
 
-def permissions_for(user_id: int, org_id: int) -> set[str]:
+@lru_cache(maxsize=None)
+def permissions_for(user_id: int, org_id: int) -> frozenset[str]:
     rows = (
         session.query(Permission.code)
         .join(RoleBinding, RoleBinding.role_id == Permission.role_id)
         .filter(RoleBinding.user_id == user_id, RoleBinding.org_id == org_id)
         .all()
     )
-    return {r.code for r in rows}
+    return frozenset(r.code for r in rows)
```

I'm the second reviewer. What would you flag?""")),
(C, u(r"""Kannst du kurz drüberschauen, ob das so in Ordnung ist? Ist mein erster Rust-Code, der in Produktion geht.

```rust
pub fn load_config(path: &str) -> Config {
    let text = std::fs::read_to_string(path).unwrap();
    let cfg: Config = toml::from_str(&text).unwrap();
    if cfg.workers == 0 {
        panic!("workers must be > 0");
    }
    cfg
}
```""")),
(C, u(r"""est-ce que cette migration est sans danger sur une table de 80M lignes en prod (Postgres 15) ?

```sql
BEGIN;
ALTER TABLE payments ADD COLUMN settled_at timestamptz;
UPDATE payments SET settled_at = updated_at WHERE status = 'settled';
ALTER TABLE payments ALTER COLUMN status TYPE varchar(32);
CREATE INDEX payments_settled_at_idx ON payments (settled_at);
COMMIT;
```""")),
(C, u(r"""Revisa este Kotlin por favor, sobre todo el manejo de corrutinas. ¿Algo que cambiarías?

```kotlin
class SyncWorker(private val api: Api, private val dao: ItemDao) {
    fun sync() {
        GlobalScope.launch {
            val items = api.fetchItems()
            items.forEach { dao.insert(it) }
        }
    }
}
```""")),
(C, u(r"""security concerns? this is our webhook receiver

```js
app.post('/webhooks/payments', express.json(), async (req, res) => {
  const sig = req.headers['x-signature'];
  const expected = crypto.createHmac('sha256', process.env.WH_SECRET)
    .update(JSON.stringify(req.body)).digest('hex');
  if (sig != expected) return res.sendStatus(401);
  await handleEvent(req.body);
  res.sendStatus(200);
});
```""")),
(C, u(r"""perf review pls, this runs for every row of a 2M-row import

```python
def normalize_rows(rows, countries):
    out = []
    for r in rows:
        code = [c for c in countries if c["name"].lower() == r["country"].strip().lower()]
        r["country_code"] = code[0]["iso2"] if code else None
        out = out + [r]
    return out
```""")),
(C, u(r"""Would you approve this? Trying to fix the flaky timeout.

```diff
diff --git a/tests/integration/test_export.py b/tests/integration/test_export.py
index 0b1c2d3..4e5f6a7 100644
--- a/tests/integration/test_export.py
+++ b/tests/integration/test_export.py
@@ -22,8 +22,9 @@ def test_export_finishes(client, tenant):
     job = client.post(f"/tenants/{tenant.id}/exports").json()
-    wait_for(lambda: client.get(f"/exports/{job['id']}").json()["status"] == "done", timeout=10)
+    time.sleep(30)
+    assert client.get(f"/exports/{job['id']}").json()["status"] in ("done", "running")
     rows = read_csv(client.get(f"/exports/{job['id']}/file").content)
-    assert len(rows) == 1200
+    assert len(rows) > 0
```""")),
(C, [cc("review the staged changes, I want to push before lunch", d=2),
     at("Let me look at what's staged.", ("Bash", {"command": "git diff --cached --stat && git diff --cached"})),
     tr(r""" src/components/Avatar.tsx | 14 ++++++++------
 1 file changed, 8 insertions(+), 6 deletions(-)
diff --git a/src/components/Avatar.tsx b/src/components/Avatar.tsx
index 1a2b3c4..5d6e7f8 100644
--- a/src/components/Avatar.tsx
+++ b/src/components/Avatar.tsx
@@ -8,12 +8,14 @@ type Props = { user: User; size?: number };
 export function Avatar({ user, size = 32 }: Props) {
-  const initials = user.name.split(' ').map(p => p[0]).join('');
+  const [url, setUrl] = useState<string | null>(null);
+  useEffect(() => {
+    fetch(`/api/users/${user.id}/avatar`).then(r => r.json()).then(d => setUrl(d.url));
+  });
+  const initials = user.name.split(' ').map(p => p[0]).join('');
   return (
-    <div className="avatar" style={{ width: size, height: size }}>{initials}</div>
+    <div className="avatar" style={{ width: size, height: size }}>
+      {url ? <img src={url} /> : initials}
+    </div>
   );
 }
"""),
     u("that's the whole thing. ok to push?")]),
(C, u(r"""この Go のコード、レビューお願いします。goroutine リークとか大丈夫ですか？

```go
func fetchAll(urls []string) []string {
    ch := make(chan string)
    for _, u := range urls {
        go func(u string) {
            resp, err := http.Get(u)
            if err != nil {
                return
            }
            b, _ := io.ReadAll(resp.Body)
            ch <- string(b)
        }(u)
    }
    var out []string
    for range urls {
        out = append(out, <-ch)
    }
    return out
}
```""")),
(C, u(r"""帮我看看这个 Dockerfile 有没有安全问题，准备上生产了

```dockerfile
FROM node:20
WORKDIR /srv
COPY . .
ARG NPM_TOKEN
RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci
EXPOSE 3000
USER root
CMD ["node", "dist/server.js"]
```""")),
(C, u(r"""Does this follow our guideline of "no business logic in controllers"? Be honest.

```java
@PostMapping("/orders/{id}/cancel")
public ResponseEntity<?> cancel(@PathVariable long id, @AuthenticationPrincipal User user) {
    Order o = orderRepo.findById(id).orElseThrow();
    if (!o.getOwnerId().equals(user.getId())) return ResponseEntity.status(403).build();
    if (o.getStatus() == Status.SHIPPED) return ResponseEntity.badRequest().body("already shipped");
    o.setStatus(Status.CANCELLED);
    if (o.isPaid()) {
        refundClient.refund(o.getPaymentId(), o.getTotal());
    }
    orderRepo.save(o);
    mailer.send(user.getEmail(), "Order cancelled", "Your order " + id + " was cancelled");
    return ResponseEntity.ok().build();
}
```""")),
(C, u(r"""bewerte mal dieses Bash-Skript, das kommt als Cronjob auf den DB-Server

```bash
#!/bin/bash
DATE=$(date +%F)
pg_dump -U postgres shop > /backups/shop-$DATE.sql
gzip /backups/shop-$DATE.sql
aws s3 cp /backups/shop-$DATE.sql.gz s3://acme-backups/
rm /backups/*.gz
```""")),
(C, u(r"""Revisão rápida: esse PR troca o hash de senha. Pode aprovar?

```diff
diff --git a/app/Services/PasswordService.php b/app/Services/PasswordService.php
index 8c2a1f0..b41e9d7 100644
--- a/app/Services/PasswordService.php
+++ b/app/Services/PasswordService.php
@@ -9,11 +9,11 @@ class PasswordService
     public function hash(string $plain): string
     {
-        return password_hash($plain, PASSWORD_BCRYPT, ['cost' => 12]);
+        return hash('sha256', $plain . config('app.salt'));
     }
 
     public function verify(string $plain, string $hash): bool
     {
-        return password_verify($plain, $hash);
+        return hash('sha256', $plain . config('app.salt')) === $hash;
     }
 }
```

o autor diz que bcrypt tava deixando o login lento""")),
(C, u(r"""Czy ten hook jest OK? Mam wrażenie, że coś jest nie tak z zależnościami, ale działa.

```tsx
function useOrders(filter: Filter) {
  const [orders, setOrders] = useState<Order[]>([]);
  useEffect(() => {
    api.getOrders(filter).then(setOrders);
  }, [JSON.stringify(filter)]);
  return orders;
}
```""")),
(C, u(r"""Is this C# thread-safe? It's a singleton used by every request.

```csharp
public class TokenCache
{
    private readonly Dictionary<string, (string Token, DateTime Exp)> _cache = new();

    public async Task<string> GetAsync(string tenant)
    {
        if (_cache.TryGetValue(tenant, out var e) && e.Exp > DateTime.UtcNow)
            return e.Token;
        var fresh = await _idp.IssueAsync(tenant);
        _cache[tenant] = (fresh.Token, fresh.ExpiresAt);
        return fresh.Token;
    }
}
```""")),
(C, u(r"""helm values for the staging redis. anything off before I helm upgrade?

```yaml
architecture: standalone
auth:
  enabled: false
master:
  persistence:
    enabled: false
  resources: {}
  service:
    type: LoadBalancer
```""")),
(C, u(r"""quick sanity check on this Swift, first time using actors

```swift
actor ImageCache {
    private var store: [URL: UIImage] = [:]

    func image(for url: URL) async throws -> UIImage {
        if let img = store[url] { return img }
        let (data, _) = try await URLSession.shared.data(from: url)
        let img = UIImage(data: data)!
        store[url] = img
        return img
    }
}
```""")),
(C, [u("I wrote this Ruby job to expire trials, can you review it?\n\n```ruby\nclass ExpireTrialsJob < ApplicationJob\n  def perform\n    Account.where(plan: 'trial').each do |acc|\n      if acc.created_at < 14.days.ago\n        acc.update(plan: 'expired')\n        TrialMailer.expired(acc).deliver_now\n      end\n    end\n  end\nend\n```"),
     a("Main points: it loads every trial account into memory (use `find_each` and push the date condition into the query), `deliver_now` inside the loop makes a slow SMTP call per account and a failure halfway leaves the job half-done (use `deliver_later`), and `update` ignores validation failures silently. It's also not idempotent if the job runs twice at the same time."),
     u("ok, and this version? I think I covered it\n\n```ruby\nclass ExpireTrialsJob < ApplicationJob\n  def perform\n    Account.where(plan: 'trial').where('created_at < ?', 14.days.ago).find_each do |acc|\n      acc.with_lock do\n        next unless acc.plan == 'trial'\n        acc.update!(plan: 'expired')\n      end\n      TrialMailer.expired(acc).deliver_later\n    end\n  end\nend\n```")]),
(C, u(r"""Terraform plan for the new VPC peering, please eyeball it before I apply:

```
  # aws_security_group_rule.allow_peer will be created
  + resource "aws_security_group_rule" "allow_peer" {
      + cidr_blocks       = ["0.0.0.0/0"]
      + from_port         = 0
      + protocol          = "-1"
      + security_group_id = "sg-0a1b2c3d4e5f"
      + to_port           = 65535
      + type              = "ingress"
    }

  # aws_vpc_peering_connection.analytics will be created
  + resource "aws_vpc_peering_connection" "analytics" {
      + auto_accept = true
      + peer_vpc_id = "vpc-0fe12aa"
      + vpc_id      = "vpc-07b3c91"
    }

Plan: 2 to add, 0 to change, 0 to destroy.
```""")),
(C, u(r"""anything wrong with the way this handles errors? it's supposed to never lose a message

```python
async def consume(queue):
    while True:
        msg = await queue.get()
        try:
            await process(msg)
        except Exception:
            logger.exception("failed")
        finally:
            await msg.ack()
```""")),
(C, u(r"""Mi dici se questo componente Vue ha problemi? Lo useremo in tutta l'app

```vue
<template>
  <div v-html="comment.body" class="comment"></div>
  <button @click="like">{{ likes }}</button>
</template>
<script setup>
const props = defineProps(['comment'])
let likes = props.comment.likes
function like() { likes++; fetch(`/api/comments/${props.comment.id}/like`, { method: 'POST' }) }
</script>
```""")),
(C, u(r"""is this quadratic or am I imagining it? and if yes is it a problem for ~50k items, would you block the PR over it

```ts
const unique = items.filter((it, i) => items.findIndex(x => x.sku === it.sku) === i);
```""")),
(C, u(r"""PR description from a teammate:

> Switches the image resizer from sharp to a pure-JS implementation so we can drop native deps from the Lambda bundle. Bundle goes from 38MB to 6MB.

```diff
diff --git a/lambdas/resize/index.js b/lambdas/resize/index.js
index e01d2aa..9bc7f31 100644
--- a/lambdas/resize/index.js
+++ b/lambdas/resize/index.js
@@ -1,14 +1,16 @@
-const sharp = require('sharp');
+const Jimp = require('jimp');
 
 exports.handler = async (event) => {
   const { bucket, key, width } = event;
   const obj = await s3.getObject({ Bucket: bucket, Key: key }).promise();
-  const out = await sharp(obj.Body).resize({ width }).webp({ quality: 80 }).toBuffer();
+  const img = await Jimp.read(obj.Body);
+  img.resize(width, Jimp.AUTO);
+  const out = await img.getBufferAsync(Jimp.MIME_JPEG);
   await s3.putObject({
     Bucket: bucket,
-    Key: key.replace(/\.\w+$/, '.webp'),
+    Key: key.replace(/\.\w+$/, '.webp'),
     Body: out,
-    ContentType: 'image/webp',
+    ContentType: 'image/webp',
   }).promise();
 };
```

Should I approve? What questions should I ask?""")),
(C, u(r"""Проверь, пожалуйста, этот SQL перед тем, как я запущу его на проде. Не удалит ли лишнего?

```sql
DELETE FROM sessions s
USING users u
WHERE s.user_id = u.id
  AND u.deleted_at IS NOT NULL
   OR s.last_seen < now() - interval '90 days';
```""")),
(C, u(r"""Go reviewers at my company keep saying my error wrapping is wrong. Is it?

```go
func (r *Repo) Save(ctx context.Context, u *User) error {
    _, err := r.db.ExecContext(ctx, insertUser, u.ID, u.Email)
    if err != nil {
        log.Printf("save user failed: %v", err)
        return errors.New("save user failed: " + err.Error())
    }
    return nil
}
```""")),
(C, [cc("can you review this file? focus on the SQLAlchemy session handling", file="services/reports/builder.py", d=4),
     at("", ("Read", {"file_path": "services/reports/builder.py"})),
     tr(r"""     1	from db import SessionLocal
     2	from models import Report, Row
     3	
     4	session = SessionLocal()
     5	
     6	
     7	def build(report_id: int):
     8	    rep = session.query(Report).get(report_id)
     9	    rows = session.query(Row).filter_by(report_id=report_id).all()
    10	    rep.total = sum(r.amount for r in rows)
    11	    rep.status = "built"
    12	    session.commit()
    13	    return rep
    14	
    15	
    16	def build_many(ids):
    17	    for i in ids:
    18	        try:
    19	            build(i)
    20	        except Exception:
    21	            pass
"""),
     u("this runs inside celery workers with concurrency 8")]),
(C, u(r"""Ist dieser GitHub-Actions-Schritt so sicher? Wir nehmen den PR-Titel in ein Changelog-Skript

```yaml
- name: Update changelog
  run: |
    echo "- ${{ github.event.pull_request.title }}" >> CHANGELOG.md
    git commit -am "changelog" && git push
```""")),
(C, u(r"""¿Este diff del lockfile de poetry es seguro de mergear? Solo quería actualizar requests

```diff
--- a/poetry.lock
+++ b/poetry.lock
@@ -412,13 +412,13 @@ files = [
 [[package]]
 name = "requests"
-version = "2.31.0"
+version = "2.32.3"
 description = "Python HTTP for Humans."
 optional = false
-python-versions = ">=3.7"
+python-versions = ">=3.8"
@@ -620,7 +620,7 @@ files = [
 [[package]]
 name = "urllib3"
-version = "1.26.18"
+version = "2.2.2"
 description = "HTTP library with thread-safe connection pooling, file post, and more."
@@ -701,7 +701,7 @@ files = [
 [[package]]
 name = "botocore"
-version = "1.29.165"
+version = "1.34.131"
```""")),
(C, u(r"""need a second pair of eyes on this nginx config before it goes live, especially the proxy headers

```nginx
server {
    listen 80;
    server_name api.acme.io;
    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-For $http_x_forwarded_for;
    }
    location /admin {
        allow 10.0.0.0/8;
        proxy_pass http://127.0.0.1:8000;
    }
}
```""")),
(C, u(r"""unsafe block in our ring buffer, is it sound? I'm not confident

```rust
impl<T: Copy> Ring<T> {
    pub fn push(&mut self, v: T) {
        unsafe {
            *self.buf.as_mut_ptr().add(self.head) = v;
        }
        self.head = (self.head + 1) % self.cap;
    }
    pub fn get(&self, i: usize) -> T {
        unsafe { *self.buf.as_ptr().add(i) }
    }
}
```""")),
(C, u(r"""O que acha desse teste? O revisor disse que ele "testa o mock e não o código"

```python
def test_send_welcome(mocker):
    send = mocker.patch("app.mail.send")
    mocker.patch("app.users.welcome_email", return_value="hi")
    welcome_email(user)
    send.assert_called_once()
```""")),
(C, [u("what does `sameSite: 'strict'` actually change for our users?"),
     a("With `strict`, the browser won't send the cookie on any cross-site request, including top-level navigations. So if someone clicks a link to your app from an email or Slack, the first request arrives without the session cookie and they look logged out until they navigate again within the site. `lax` allows cookies on top-level GET navigations."),
     u("got it. so looking at the whole diff with that in mind, is there anything else in it you'd push back on before approving?\n\n" + M.DIFF_LOGIN)]),
(C, u(r"""c'est pythonique ou je devrais le réécrire ?

```python
result = []
for k in d.keys():
    if d[k] != None and len(d[k]) > 0:
        result.append((k, d[k]))
result.sort(key=lambda x: x[0])
```""")),
(C, u(r"""Bu Express middleware'i güvenli mi? JWT doğrulaması yapıyor

```js
function auth(req, res, next) {
  const token = req.headers.authorization?.split(' ')[1];
  const payload = jwt.decode(token);
  if (!payload) return res.status(401).end();
  req.user = payload;
  next();
}
```""")),
(C, u(r"""Kubernetes NetworkPolicy we're adding for the payments namespace — does it do what the title says ("deny all ingress except from gateway")? review please

```yaml
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: payments-ingress
  namespace: payments
spec:
  podSelector: {}
  ingress:
    - from:
        - namespaceSelector:
            matchLabels:
              name: gateway
        - podSelector:
            matchLabels:
              app: gateway
```""")),
(C, u(r"""Review my PR description + diff, I want to know if the approach is acceptable before I write tests.

Title: Make report generation async

Moves report generation off the request thread. The endpoint now returns 202 with a job id.

```diff
diff --git a/reports/views.py b/reports/views.py
--- a/reports/views.py
+++ b/reports/views.py
@@ -30,9 +30,10 @@ class ReportView(APIView):
     def post(self, request):
         params = ReportParams(**request.data)
-        report = generate_report(request.user, params)
-        return Response(ReportSerializer(report).data)
+        t = threading.Thread(target=generate_report, args=(request.user, params))
+        t.start()
+        return Response({"job_id": id(t)}, status=202)
```""")),
(C, u(r"""ok so the linter is happy but is this actually correct C? code review welcome

```c
char *join_path(const char *dir, const char *file) {
    char buf[256];
    strcpy(buf, dir);
    strcat(buf, "/");
    strcat(buf, file);
    return buf;
}
```""")),
(C, u(r"""Our `.env.example` and docker-compose for local dev. Teammate says it's fine to reuse for the demo server that's on the internet. Is it?

```yaml
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_PASSWORD: postgres
    ports:
      - "5432:5432"
  app:
    build: .
    environment:
      DEBUG: "true"
      SECRET_KEY: dev-secret
    ports:
      - "80:8000"
```""")),
(C, u(r"""Can you look at the diff of my refactor and tell me if I changed behaviour anywhere by accident? It's supposed to be a pure refactor.

```diff
diff --git a/lib/pricing.rb b/lib/pricing.rb
--- a/lib/pricing.rb
+++ b/lib/pricing.rb
@@ -4,18 +4,12 @@ module Pricing
   def self.price_for(item, customer)
-    base = item.price
-    if customer.vip?
-      base = base * 0.9
-    end
-    if item.on_sale?
-      base = base * 0.8
-    end
-    if base < item.floor_price
-      base = item.floor_price
-    end
-    base.round(2)
+    discount = 1.0
+    discount -= 0.1 if customer.vip?
+    discount -= 0.2 if item.on_sale?
+    [item.price * discount, item.floor_price].max.round(2)
   end
 end
```""")),
(C, u(r"""私の書いたSQL、インデックスの使い方とかでまずいところありますか？毎分実行されます

```sql
SELECT * FROM orders
WHERE DATE(created_at) = CURRENT_DATE
  AND LOWER(status) = 'pending'
ORDER BY created_at;
```""")),
(C, u(r"""Hi! Our Android team lead asked me to get a review of this before Friday. It's the retry logic for uploads.

```kotlin
suspend fun uploadWithRetry(file: File): Result<Unit> {
    var attempt = 0
    while (true) {
        try {
            api.upload(file)
            return Result.success(Unit)
        } catch (e: Exception) {
            attempt++
            delay(1000L * attempt)
        }
    }
}
```""")),
(C, [cc("review the open PR, I'm the approver", d=1),
     at("", ("Bash", {"command": "gh pr view 318 --json title,body && gh pr diff 318"})),
     tr(r"""{"title":"Add CSV import for contacts","body":"Adds POST /contacts/import. Parses the uploaded CSV and upserts contacts."}
diff --git a/src/routes/contacts.ts b/src/routes/contacts.ts
index 0aa12f3..8d1e9b2 100644
--- a/src/routes/contacts.ts
+++ b/src/routes/contacts.ts
@@ -40,3 +40,21 @@ router.get('/contacts/:id', auth(), async (req, res) => {
   res.json(c);
 });
+
+router.post('/contacts/import', upload.single('file'), async (req, res) => {
+  const text = req.file!.buffer.toString('utf8');
+  const lines = text.split('\n').slice(1);
+  for (const line of lines) {
+    const [name, email, phone] = line.split(',');
+    await db.query(
+      `INSERT INTO contacts (org_id, name, email, phone) VALUES (${req.user.orgId}, '${name}', '${email}', '${phone}')
+       ON CONFLICT (org_id, email) DO UPDATE SET name = EXCLUDED.name, phone = EXCLUDED.phone`
+    );
+  }
+  res.json({ imported: lines.length });
+});
"""),
     u("be blunt, the author can take it")]),
(C, u(r"""Quick check: is it ok to cache like this in a Next.js server component? I don't want to leak one user's data to another.

```ts
let cachedUser: User | null = null;

export default async function Header() {
  if (!cachedUser) {
    cachedUser = await getCurrentUser(cookies().get('session')?.value);
  }
  return <nav>Hi {cachedUser?.name}</nav>;
}
```""")),
(C, u(r"""Voici notre règle de pare-feu iptables pour le bastion. Tu vois des trous ?

```
-A INPUT -i lo -j ACCEPT
-A INPUT -m state --state ESTABLISHED,RELATED -j ACCEPT
-A INPUT -p tcp --dport 22 -j ACCEPT
-A INPUT -p tcp --dport 9100 -j ACCEPT
-A INPUT -p icmp -j ACCEPT
-P INPUT ACCEPT
```""")),
(C, u(r"""review this GitHub Actions diff from the infra guy, he wants to speed up CI

```diff
--- a/.github/workflows/test.yml
+++ b/.github/workflows/test.yml
@@ -15,12 +15,14 @@ jobs:
     steps:
       - uses: actions/checkout@v4
-      - uses: actions/setup-python@v5
-        with:
-          python-version: "3.12"
-          cache: pip
-      - run: pip install -r requirements.txt
-      - run: pytest -q
+      - uses: some-dev/fast-python@main
+      - run: pip install -r requirements.txt --no-deps
+      - run: pytest -q -x -n auto || true
+      - uses: actions/upload-artifact@v4
+        with:
+          name: env
+          path: ~/.
```""")),
(C, u(r"""hey is there a race in this? two users click "reserve" on the last seat at the same moment

```python
@transaction.atomic
def reserve(seat_id, user):
    seat = Seat.objects.get(id=seat_id)
    if seat.reserved_by is not None:
        raise AlreadyReserved()
    seat.reserved_by = user
    seat.save()
```""")),
(C, u(r"""Mind giving this protobuf change a once-over? Mobile clients in the wild still use the old version.

```diff
--- a/proto/user/v1/user.proto
+++ b/proto/user/v1/user.proto
@@ -5,9 +5,9 @@ package user.v1;
 message User {
   string id = 1;
-  string email = 2;
-  string display_name = 3;
-  int64 created_at = 4;
+  string display_name = 2;
+  string email = 3;
+  google.protobuf.Timestamp created_at = 4;
   bool verified = 5;
 }
```""")),
(C, u(r"""This is my LeetCode-ish solution for "top k frequent words", for an interview prep. How would an interviewer grade it? Complexity and style.

```python
def top_k(words, k):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts, key=lambda w: (-counts[w], w))[:k]
```""")),
(C, u(r"""Revisa el manejo de errores de este handler de Axum, me parece que estoy tragándome cosas

```rust
async fn create_user(State(db): State<Pool>, Json(body): Json<NewUser>) -> impl IntoResponse {
    let res = sqlx::query("INSERT INTO users (email) VALUES ($1)")
        .bind(&body.email)
        .execute(&db)
        .await;
    match res {
        Ok(_) => StatusCode::CREATED,
        Err(_) => StatusCode::OK,
    }
}
```""")),
(C, [u("here's the cronjob manifest for the nightly cleanup\n\n```yaml\napiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: cleanup\nspec:\n  schedule: \"0 3 * * *\"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n          restartPolicy: OnFailure\n          containers:\n            - name: cleanup\n              image: tools/cleanup:1.4\n              args: [\"--older-than\", \"30d\"]\n```"),
     a("It's a valid CronJob. It will run at 03:00 in the controller's time zone (usually UTC), create a Job, and retry the pod on failure up to the default backoffLimit of 6."),
     u("right, but I'm asking whether you'd sign off on it. what's missing for prod?")]),
(C, u(r"""second opinion on this pandas code a data scientist wants to put in the nightly pipeline? correctness + perf

```python
df = pd.read_csv("events.csv")
for i, row in df.iterrows():
    if row["country"] == "":
        df.loc[i, "country"] = "unknown"
    df.loc[i, "amount_eur"] = row["amount"] * rates[row["currency"]]
df = df[df.amount_eur > 0]
df.to_parquet("events.parquet")
```""")),
(C, u(r"""mi controlli il Makefile? il `.PHONY` è giusto e c'è qualcosa di pericoloso in clean?

```make
BIN=bin/server
build:
	go build -o $(BIN) ./cmd/server
test:
	go test ./...
clean:
	rm -rf $(BIN_DIR)/*
.PHONY: build
```""")),
(C, [cc("the export test is flaky again, can you fix it?", file="tests/integration/test_export.py", d=3),
     at("I'll run it a few times to reproduce first.", ("Bash", {"command": "for i in 1 2 3 4 5; do pytest tests/integration/test_export.py -q; done"})),
     tr((M.REJECT, True), text=M.INTERRUPTED),
     u(r"""wait, don't. Priya already opened a PR for it. just look at her diff and tell me if it's sane before I approve:

```diff
--- a/tests/integration/test_export.py
+++ b/tests/integration/test_export.py
@@ -1,4 +1,5 @@
 import pytest
+from tenacity import retry, stop_after_attempt
 
@@ -20,6 +21,8 @@ def wait_for(cond, timeout=10):
 
+@pytest.mark.flaky(reruns=3)
+@retry(stop=stop_after_attempt(3))
 def test_export_finishes(client, tenant):
     job = client.post(f"/tenants/{tenant.id}/exports").json()
     wait_for(lambda: client.get(f"/exports/{job['id']}").json()["status"] == "done", timeout=10)
```""")]),
(C, [cc("check the terraform change in infra/ before I apply it", d=2),
     at("", ("Bash", {"command": "git diff main -- infra/"})),
     tr(r"""diff --git a/infra/rds.tf b/infra/rds.tf
index 6c1f0e2..a83d9b1 100644
--- a/infra/rds.tf
+++ b/infra/rds.tf
@@ -4,11 +4,13 @@ resource "aws_db_instance" "reporting" {
   engine               = "postgres"
   engine_version       = "16.3"
   instance_class       = "db.t4g.large"
-  publicly_accessible  = false
+  publicly_accessible  = true
   storage_encrypted    = true
-  backup_retention_period = 7
+  backup_retention_period = 0
+  skip_final_snapshot  = true
+  apply_immediately    = true
   vpc_security_group_ids = [aws_security_group.reporting.id]
 }
"""),
     u("the BI vendor needs to connect from their office, that's why. anything else you'd flag?")]),
]
