from common import *

C = "code_review"

conv(C, "reviewer left this on my PR: \"this will N+1 on the orders list, use prefetch\". the code:\n\n```python\nfor o in Order.objects.filter(shop=shop):\n    rows.append({'id': o.id, 'customer': o.customer.name, 'items': o.items.count()})\n```\nfair point?")
conv(C, "about to push this, anything dumb?\n\n```ts\nexport function isAdmin(user?: User) {\n  return user?.roles.includes('admin') || process.env.NODE_ENV === 'development';\n}\n```")
conv(C, "poke holes in this\n\n```go\nfunc (s *Store) Get(key string) (string, bool) {\n    s.mu.RLock()\n    v, ok := s.m[key]\n    s.mu.RUnlock()\n    if !ok {\n        s.mu.Lock()\n        v = s.load(key)\n        s.m[key] = v\n        s.mu.Unlock()\n    }\n    return v, true\n}\n```")
conv(C, "which is nicer\n\n(a)\n```python\nif user is not None and user.is_active and not user.banned:\n```\n(b)\n```python\nif user and user.is_active and not user.banned:\n```")
conv(C, "is this sql injection safe? `cursor.execute(\"SELECT * FROM t WHERE name = '%s'\" % name.replace(\"'\", \"''\"))`")
conv(C, "would you merge this?\n\n```diff\n-    timeout = 30\n+    timeout = int(os.environ.get('HTTP_TIMEOUT', 30))\n-    resp = requests.post(url, json=payload, timeout=timeout)\n+    resp = requests.post(url, json=payload, timeout=timeout, verify=False)\n```")
conv(C, "is this idiomatic rust or am I writing java in rust\n\n```rust\npub struct UserManager { users: Vec<User> }\nimpl UserManager {\n    pub fn get_user_by_id(&self, id: u64) -> Option<User> {\n        for u in self.users.iter() { if u.id == id { return Some(u.clone()); } }\n        return None;\n    }\n}\n```")
conv(C, "did i miss anything in this migration? it's going to run on a 200M row table\n\n```sql\nALTER TABLE events ADD COLUMN source text NOT NULL DEFAULT 'web';\nCREATE INDEX idx_events_source ON events(source);\n```")
conv(C, "my lead says this React component \"does too much\". I kinda disagree. thoughts?\n\n```jsx\nfunction UserCard({ id }) {\n  const [user, setUser] = useState(null)\n  useEffect(() => { fetch(`/api/users/${id}`).then(r => r.json()).then(setUser) }, [id])\n  if (!user) return <Spinner/>\n  return <div className=\"card\"><img src={user.avatar}/><h3>{user.name}</h3><FollowButton id={id}/></div>\n}\n```")
conv(C, "security pass on this upload handler before it goes out pls\n\n```php\n$name = $_FILES['f']['name'];\nmove_uploaded_file($_FILES['f']['tmp_name'], \"/var/www/uploads/\" . $name);\necho \"<a href='/uploads/$name'>$name</a>\";\n```")
conv(C, "this k8s deployment — anything that'll bite us in prod?\n\n```yaml\nspec:\n  replicas: 1\n  template:\n    spec:\n      containers:\n      - name: api\n        image: acme/api:latest\n        ports: [{containerPort: 8080}]\n        env:\n        - name: DB_PASSWORD\n          value: hunter2\n```")
conv(C, "second pair of eyes on the error handling here? feels off but tests pass\n\n```kotlin\nsuspend fun sync() = try {\n    val items = api.fetch()\n    dao.replaceAll(items)\n} catch (e: Exception) {\n    Log.w(TAG, \"sync failed\")\n}\n```")
conv(C, "does this github action leak secrets to fork PRs?\n\n```yaml\non: pull_request_target\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n        with: { ref: ${{ github.event.pull_request.head.sha }} }\n      - run: npm ci && npm test\n        env: { NPM_TOKEN: ${{ secrets.NPM_TOKEN }} }\n```")
conv(C, "junior on my team wrote this, I want to give kind but honest feedback. what would you point out?\n\n```java\npublic List<String> getNames(List<User> users) {\n    List<String> names = new ArrayList<String>();\n    for (int i = 0; i < users.size(); i++) {\n        if (users.get(i).getName() != null && !users.get(i).getName().equals(\"\")) {\n            names.add(users.get(i).getName());\n        }\n    }\n    return names;\n}\n```")
conv(C, "perf review of this hot loop? it's called ~2M times per request\n\n```python\ndef score(tokens, weights):\n    return sum(weights.get(t, 0) for t in tokens if t not in STOPWORDS_LIST)\n```")
conv(C, "terraform: is opening this to the world as bad as it looks or is it fine because it's behind the ALB\n\n```hcl\ningress {\n  from_port   = 0\n  to_port     = 65535\n  protocol    = \"tcp\"\n  cidr_blocks = [\"0.0.0.0/0\"]\n}\n```")
conv(C, "the test is green but I don't trust it. is it testing anything?\n\n```python\ndef test_send_email(mocker):\n    m = mocker.patch('app.mail.send')\n    notify_user(42)\n    assert m.called or not m.called\n```")
conv(C, "Is `unsafe` justified here or can I avoid it\n\n```rust\nlet s = unsafe { std::str::from_utf8_unchecked(&buf[..n]) };\n```\nbuf comes from a tcp socket")
conv(C, "which approach would you pick and why — a trait object `Box<dyn Storage>` or generics `S: Storage` for the repository layer? both compile")
conv(C, "is this bash safe to run as root in a cron? `rm -rf $BACKUP_DIR/*`")
conv(C, "sanity check before I push — renamed `getUserData` to `fetchUserProfile` across 40 files with sed. anything sed could've mangled that I should grep for?")
conv(C, "¿Está bien este manejo de contraseñas o me van a crucificar en el code review?\n\n```js\nconst hash = crypto.createHash('sha256').update(password + 'salt123').digest('hex');\n```")
conv(C, "Kannst du meinen Pull Request durchsehen? Mir geht's vor allem um Lesbarkeit\n\n```python\ndef p(d):\n    r = []\n    for k in d:\n        if d[k]['s'] == 1 and d[k]['t'] > 0:\n            r.append((k, d[k]['t'] * 1.19))\n    return sorted(r, key=lambda x: -x[1])\n```")
conv(C, "Tu en penses quoi de ce hook ? mon collègue dit qu'il y a une fuite mémoire\n\n```js\nfunction useWindowWidth() {\n  const [w, setW] = useState(window.innerWidth)\n  useEffect(() => { window.addEventListener('resize', () => setW(window.innerWidth)) }, [])\n  return w\n}\n```")
conv(C, "Esse código Go tá idiomático? vim de Java\n\n```go\ntype IUserService interface { GetUser(id int) (*User, error) }\ntype UserServiceImpl struct{}\nfunc NewUserServiceImpl() IUserService { return &UserServiceImpl{} }\n```")
conv(C, "帮我看看这段代码有没有并发问题\n\n```java\npublic class Counter {\n    private static Counter instance;\n    private int count;\n    public static Counter get() {\n        if (instance == null) instance = new Counter();\n        return instance;\n    }\n    public void inc() { count++; }\n}\n```")
conv(C, "このSwiftのコード、レビューお願いします。強制アンラップ多すぎますか？\n\n```swift\nlet url = URL(string: config[\"endpoint\"]!)!\nlet data = try! Data(contentsOf: url)\nlet user = try! JSONDecoder().decode(User.self, from: data)\n```")
conv(C, "이 SQL 쿼리 괜찮은지 봐주세요. 인덱스 잘 타나요?\n\n```sql\nSELECT * FROM orders WHERE DATE(created_at) = '2026-11-01' AND LOWER(email) = 'a@b.com';\n```")
conv(C, "Глянь, пожалуйста, этот Dockerfile перед мерджем. Что можно улучшить?\n\n```dockerfile\nFROM node:20\nCOPY . .\nRUN npm install\nEXPOSE 3000\nCMD npm start\n```")
conv(C, "Sprawdź proszę, czy ta walidacja JWT jest OK\n\n```python\npayload = jwt.decode(token, options={'verify_signature': False})\nif payload['exp'] > time.time():\n    return payload['sub']\n```")
conv(C, "bhai ye code theek hai kya merge karne ke liye? thoda dar lag raha hai\n\n```ts\napp.get('/file', (req, res) => res.sendFile(path.join(__dirname, 'public', req.query.name as string)))\n```")
conv(C, "Bu C# kodunda bir sorun görüyor musun? `async void` kullandım event handler dışında\n\n```csharp\npublic async void SaveAsync(Order o) { await _db.SaveChangesAsync(); }\n```")
conv(C, "Có vấn đề gì với đoạn Python này không? Mình dùng mutable default\n\n```python\ndef add_tag(tag, tags=[]):\n    tags.append(tag)\n    return tags\n```")
conv(C, "this regex is meant to validate semver. too clever? `^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-((?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?$`")
conv(C, "a reviewer said \"prefer composition\" on this. I don't see what's wrong\n\n```ts\nclass CachedHttpClient extends HttpClient {\n  private cache = new Map<string, Response>()\n  async get(url: string) { if (!this.cache.has(url)) this.cache.set(url, await super.get(url)); return this.cache.get(url)! }\n}\n```")
conv(C, "rate my elixir\n\n```elixir\ndef total(items) do\n  Enum.reduce(items, 0, fn item, acc -> acc + item.price * item.qty end)\nend\n```\nshould this be a for comprehension or Enum.sum_by or whatever")
conv(C, "this passes the linter but something feels off about the locking order\n\n```c\nvoid transfer(account *a, account *b, int amt) {\n    pthread_mutex_lock(&a->m);\n    pthread_mutex_lock(&b->m);\n    a->bal -= amt; b->bal += amt;\n    pthread_mutex_unlock(&b->m);\n    pthread_mutex_unlock(&a->m);\n}\n```")
conv(C, "Reviewer: \"don't catch and re-raise, just let it propagate\". me: but I'm adding context. who's right\n\n```python\ntry:\n    cfg = load(path)\nexcept FileNotFoundError as e:\n    raise ConfigError(f'config missing at {path}') from e\n```")
conv(C, "be brutal, this is my first ruby gem's main file\n\n```ruby\nmodule Slugger\n  def self.slug(s)\n    s.downcase.gsub(/[^a-z0-9]+/, '-').gsub(/^-|-$/, '')\n  end\nend\n```")

_DIFF = """diff --git a/app/billing/invoice.py b/app/billing/invoice.py
index 3a1f2c0..9b7e4d1 100644
--- a/app/billing/invoice.py
+++ b/app/billing/invoice.py
@@ -14,22 +14,41 @@ from app.models import Invoice, LineItem, Customer
 
-def build_invoice(customer_id, items):
-    customer = Customer.get(customer_id)
-    inv = Invoice(customer=customer)
-    for it in items:
-        inv.lines.append(LineItem(sku=it['sku'], qty=it['qty'], price=it['price']))
-    inv.total = sum(l.qty * l.price for l in inv.lines)
-    inv.save()
-    return inv
+def build_invoice(customer_id, items, coupon=None):
+    customer = Customer.get(customer_id)
+    inv = Invoice(customer=customer)
+    for it in items:
+        price = it['price']
+        if customer.tier == 'gold':
+            price = price * 0.9
+        inv.lines.append(LineItem(sku=it['sku'], qty=it['qty'], price=price))
+    subtotal = sum(l.qty * l.price for l in inv.lines)
+    if coupon:
+        c = Coupon.objects.get(code=coupon)
+        if c.kind == 'percent':
+            subtotal = subtotal - subtotal * c.value / 100
+        elif c.kind == 'fixed':
+            subtotal = subtotal - c.value
+    tax = subtotal * TAX_RATES[customer.country]
+    inv.total = round(subtotal + tax, 2)
+    inv.tax = tax
+    inv.save()
+    if inv.total > 10000:
+        notify_finance(inv)
+    return inv
"""
conv(C, "this is my diff for the coupon feature. would you approve it?\n\n```diff\n" + _DIFF + "```")

conv(C, cc(date(), sel("src/auth/session.ts", 30, 44, "export async function refresh(req: Request) {\n  const token = req.cookies.refresh\n  const payload = jwt.verify(token, SECRET) as any\n  const user = await db.user.find(payload.sub)\n  const access = jwt.sign({ sub: user.id, role: user.role }, SECRET, { expiresIn: '15m' })\n  return { access, refresh: token }\n}"), "is this ok? specifically the refresh token part"))
conv(C, cc(date(), opened("Dockerfile"), "good enough for prod or am I being naive"))
conv(C, cc(md("- We follow the Google Python style guide\n- No bare excepts"), sel("etl/load.py", 50, 63, "def load_rows(conn, rows):\n    try:\n        for r in rows:\n            conn.execute(INSERT, r)\n        conn.commit()\n    except:\n        conn.rollback()\n        pass"), "quick style check"))
conv(C, cc(todo(), opened("src/main/kotlin/PaymentRetry.kt"), "did I cover all the edge cases in the retry logic? I'm not confident about the backoff cap"))
conv(C, cc(date("2026-12-01"), "here's the two versions of the cache invalidation, A uses pub/sub, B uses a version counter in redis. which would you ship\n\nA:\n```python\ndef invalidate(key):\n    r.delete(key)\n    r.publish('inval', key)\n```\nB:\n```python\ndef invalidate(ns):\n    r.incr(f'v:{ns}')\n\ndef cache_key(ns, k):\n    return f'{ns}:{r.get(f\"v:{ns}\") or 0}:{k}'\n```"))

conv(C,
     cc(date(), "look at my staged changes and tell me if it's ready"),
     call(None, ("a", "Bash", {"command": "git diff --staged"})),
     results(("a", "diff --git a/api/users.go b/api/users.go\n@@ -40,6 +40,12 @@ func (h *Handler) Delete(w http.ResponseWriter, r *http.Request) {\n \tid := chi.URLParam(r, \"id\")\n+\tif err := h.store.Delete(r.Context(), id); err != nil {\n+\t\thttp.Error(w, err.Error(), 500)\n+\t\treturn\n+\t}\n+\th.audit.Log(\"user_deleted\", id)\n+\tw.WriteHeader(204)\n }")),
     cc("mainly worried about authz, anyone can hit this?"))

conv(C,
     "what changed on this branch vs main",
     call(None, ("a", "Bash", {"command": "git log --oneline main..HEAD && git diff main --stat"})),
     results(("a", "a91c2e3 cache product lookups\n7f00b1d add ttl\n src/catalog/cache.ts | 38 ++++++++++++++\n src/catalog/index.ts |  6 ++-\n 2 files changed, 42 insertions(+), 2 deletions(-)")),
     call(None, ("b", "Read", {"file_path": "src/catalog/cache.ts"})),
     results(("b", "  1\tconst store = new Map<string, { v: Product; at: number }>()\n  2\tconst TTL = 60_000\n  3\texport async function getProduct(id: string) {\n  4\t  const hit = store.get(id)\n  5\t  if (hit && Date.now() - hit.at < TTL) return hit.v\n  6\t  const v = await db.product.findUnique({ where: { id } })\n  7\t  store.set(id, { v: v!, at: Date.now() })\n  8\t  return v\n  9\t}"), "would you approve this? we run 12 replicas"))

conv(C,
     cc(todo(), "run the security linter"),
     call(None, ("a", "Bash", {"command": "bandit -r app -ll"})),
     results(("a", ">> Issue: [B602:subprocess_popen_with_shell_equals_true] subprocess call with shell=True identified, security issue.\n   Severity: High   Confidence: High\n   Location: app/tools/convert.py:22\n21\t    cmd = f\"convert {src} -resize {size} {dst}\"\n22\t    subprocess.run(cmd, shell=True, check=True)")),
     cc("src and dst come from our own tmp dir but size comes from the query string. real problem or false positive?"))

conv(C,
     "open the PR diff for #412",
     call(None, ("a", "Bash", {"command": "gh pr diff 412"})),
     results(("a", "--- a/src/hooks/useSearch.ts\n+++ b/src/hooks/useSearch.ts\n@@ -1,9 +1,14 @@\n-export function useSearch(q: string) {\n-  return useQuery(['search', q], () => api.search(q))\n+export function useSearch(q: string) {\n+  const [debounced, setDebounced] = useState(q)\n+  useEffect(() => {\n+    const t = setTimeout(() => setDebounced(q), 300)\n+  }, [q])\n+  return useQuery(['search', debounced], () => api.search(debounced), { enabled: debounced.length > 1 })\n }")),
     "LGTM? I was going to approve")

# multi-turn shifts into review
conv(C,
     "write a function that validates a german IBAN",
     "```python\ndef valid_de_iban(iban: str) -> bool:\n    s = iban.replace(' ', '').upper()\n    if not (len(s) == 22 and s.startswith('DE') and s[2:].isdigit()):\n        return False\n    rearranged = s[4:] + s[:4]\n    num = ''.join(str(int(c, 36)) for c in rearranged)\n    return int(num) % 97 == 1\n```",
     "I tweaked yours a bit, is my version still correct?\n\n```python\ndef valid_de_iban(iban):\n    s = iban.strip().upper()\n    if len(s) != 22 or not s.startswith('DE'): return False\n    return int(''.join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1\n```")
conv(C,
     "the checkout test is flaky, here's the log",
     "The failure is a race: the test clicks 'Pay' before the Stripe iframe finishes loading. Waiting for the `ready` event fixes it.",
     "ok I did it differently, with a retry loop. is that acceptable or a hack?\n\n```ts\nfor (let i = 0; i < 5; i++) {\n  try { await page.click('#pay'); break } catch { await page.waitForTimeout(500) }\n}\n```")
conv(C,
     "how does our rate limiter work",
     "It's a fixed-window counter in Redis: `INCR rl:{ip}:{minute}` with a 60s expiry; requests over 100 in the window get 429.",
     "I rewrote it as sliding window, here. better or worse under burst traffic?\n\n```lua\nlocal now = tonumber(ARGV[1])\nredis.call('ZREMRANGEBYSCORE', KEYS[1], 0, now - 60000)\nlocal n = redis.call('ZCARD', KEYS[1])\nif n < 100 then redis.call('ZADD', KEYS[1], now, now) return 1 end\nreturn 0\n```")
conv(C,
     cc(date(), "add input validation to the signup handler"),
     "Added a pydantic model `SignupIn` with email validation, a 12-char password minimum, and a name length cap; the handler now returns 422 with field errors.",
     cc("great. now be the annoying senior reviewer and tear apart the whole signup flow as it is now, I want to find issues before the audit"))
conv(C,
     "explain how this debounce works\n\n```js\nconst debounce = (fn, ms) => { let t; return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms) } }\n```",
     "Each call clears the pending timer and starts a new one, so `fn` only runs after `ms` ms pass without another call. `t` lives in the closure, shared by all calls.",
     "ok and is it fine to use in a react component like `const onChange = debounce(save, 500)` directly in the body? a coworker did that")
conv(C,
     "Wie strukturiere ich die Fehlerbehandlung in unserer Go-API am besten?",
     "Definiere Domain-Fehler mit `errors.Is`-fähigen Sentinels oder Typen, mappe sie zentral in einer Middleware auf HTTP-Status, und logge nur an der Grenze.",
     "Hab's so umgesetzt, schau mal drüber ob das passt:\n\n```go\nvar ErrNotFound = errors.New(\"not found\")\nfunc writeErr(w http.ResponseWriter, err error) {\n    switch {\n    case errors.Is(err, ErrNotFound): http.Error(w, err.Error(), 404)\n    default: http.Error(w, err.Error(), 500)\n    }\n}\n```")
conv(C,
     "fix the NPE in OrderMapper",
     "The NPE came from `order.getShipping().getCountry()` when shipping is null for digital orders. I added a null check that falls back to the billing country.",
     "hmm is falling back to billing country actually correct for tax purposes, or did we just hide a bug? be critical of that change")
conv(C,
     "Peux-tu m'expliquer le pattern repository ?",
     "C'est une couche qui expose des opérations orientées domaine (`find_by_email`, `save`) et cache les détails de persistance, ce qui facilite les tests et le changement de stockage.",
     "voilà mon implémentation, est-ce que je respecte l'idée ou pas du tout ?\n\n```python\nclass UserRepo:\n    def __init__(self, session): self.s = session\n    def query(self): return self.s.query(User)\n```")
conv(C,
     "generate a zod schema for the signup form",
     "```ts\nexport const Signup = z.object({\n  email: z.string().email(),\n  password: z.string().min(12),\n  confirm: z.string(),\n}).refine(d => d.password === d.confirm, { path: ['confirm'], message: 'Passwords do not match' })\n```",
     "teammate says refine is bad and we should use superRefine. is he right or just being picky")
conv(C,
     "hi, new to the repo",
     "Welcome! Happy to help you find your way around. What are you looking at?",
     "my first PR, before I ask anyone human — is this embarrassing?\n\n```python\ndef get_active_users():\n    users = User.query.all()\n    active = []\n    for u in users:\n        if u.active == True:\n            active.append(u)\n    return active\n```")

conv(C, "Questo è thread-safe secondo te?\n\n```python\n_cache = {}\ndef get(k):\n    if k not in _cache:\n        _cache[k] = expensive(k)\n    return _cache[k]\n```\nlo usiamo con gunicorn + threads")
conv(C, "Is deze SQL-migratie veilig om tijdens kantooruren te draaien? `ALTER TABLE orders ALTER COLUMN amount TYPE numeric(12,2);` tabel heeft 40M rijen")
conv(C, "anything wrong with using `==` on these? it's swift, comparing two Double totals from different currencies after conversion `if convertedA == convertedB { ... }`")
conv(C, "nit or blocker? reviewer says \"magic number\" on `if retries > 3`. I think it's obvious")
conv(C, "compare these error types — thiserror enum per module vs one big anyhow everywhere. our lib is consumed by 3 other teams. which do you prefer looking at the code\n\n```rust\n#[derive(thiserror::Error, Debug)]\npub enum ParseError { #[error(\"bad header\")] Header, #[error(\"io: {0}\")] Io(#[from] std::io::Error) }\n```\nvs `pub fn parse(..) -> anyhow::Result<Doc>`")
conv(C, cc(date(), sel("charts/api/values.yaml", 1, 12, "replicaCount: 3\nresources:\n  limits:\n    cpu: 4\n    memory: 512Mi\n  requests:\n    cpu: 100m\n    memory: 512Mi\nlivenessProbe:\n  httpGet: { path: /ready, port: 8080 }\n  periodSeconds: 2\n  failureThreshold: 1"), "look ok?"))
conv(C, "here's the PR description and the code. does the code actually do what the description claims?\n\nDescription: \"Ensures emails are only sent once per user per day\"\n\n```python\ndef maybe_send(user):\n    key = f'sent:{user.id}'\n    if not redis.get(key):\n        send(user)\n        redis.set(key, 1, ex=86400)\n```")
conv(C, "double-check my bash please, it's going in the deploy pipeline\n\n```bash\nfor f in $(ls *.sql); do\n  psql $DATABASE_URL -f $f\ndone\n```")
conv(C,
     "thanks for the refactor of the parser",
     "You're welcome! It's split into a tokenizer and a recursive-descent parser now, with the same public API.",
     "I pasted it next to the old one. honestly — is the new one better or just different? I'm not sure the extra classes are worth it")
conv(C, "yo quick gut check on naming: `processData2`, `handleStuff`, `doIt` in the module I'm about to hand over. how bad")
conv(C, cc(todo(), opened("migrations/20261125_add_fk.sql"), "will this lock the table? we have a 5 min maintenance window max"))
