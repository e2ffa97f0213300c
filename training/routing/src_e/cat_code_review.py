"""code_review: judging code or diffs. Implicit asks, misleading cues, shifts at the end."""
from common import *  # noqa: F401,F403

C = "code_review"

# 1 "is he right?" after a pasted reviewer comment
ex(C, U("""reviewer comment on my PR:

> This `useEffect` will fire on every render because `options` is a new object each time. Also you're not cleaning up the subscription.

my code:

useEffect(() => {
  const sub = store.subscribe(options, setData);
}, [options]);

is he right on both?"""))

# 2 lead says there's a race
ex(C, UB(REM('2026-11-26'), OPEN('src/main/java/com/acme/auth/TokenCache.java'), """my lead says this has a race. does it? it's a singleton used by all request threads

public class TokenCache {
    private static TokenCache instance;
    private final Map<String, Token> tokens = new ConcurrentHashMap<>();

    public static TokenCache get() {
        if (instance == null) instance = new TokenCache();
        return instance;
    }

    public Token getOrFetch(String client) {
        Token t = tokens.get(client);
        if (t == null || t.isExpired()) {
            t = fetch(client);
            tokens.put(client, t);
        }
        return t;
    }
}"""))

# 3 poke holes
ex(C, UB(REM('2026-11-24'), OPEN('app/security/limiter.py'), """poke holes in this. sliding window limiter, redis, used for login attempts

async def allow(redis, key: str, limit: int, window_s: int) -> bool:
    now = time.time()
    pipe = redis.pipeline()
    pipe.zremrangebyscore(key, 0, now - window_s)
    pipe.zadd(key, {str(now): now})
    pipe.zcard(key)
    pipe.expire(key, window_s)
    _, _, count, _ = await pipe.execute()
    return count <= limit"""))

# 4 sanity check before push, Claude Code with git diff via tool
ex(C,
   UB(REM(), REM_TODO(), "sanity check before I push"),
   *step("Let me see what's changed.",
         bash("git diff --stat && git diff", """ src/orders/cancel.ts | 14 +++++++++-----
 1 file changed, 9 insertions(+), 5 deletions(-)
diff --git a/src/orders/cancel.ts b/src/orders/cancel.ts
@@ -12,11 +12,15 @@ export async function cancelOrder(id: string, by: User) {
   const order = await db.order.findUnique({ where: { id } });
-  if (!order) throw new NotFound();
-  if (order.status === 'shipped') throw new Conflict('already shipped');
-  await db.order.update({ where: { id }, data: { status: 'cancelled' } });
-  await payments.refund(order.paymentId);
+  if (!order || order.userId !== by.id) throw new NotFound();
+  if (['shipped', 'delivered'].includes(order.status)) throw new Conflict('already shipped');
+  await payments.refund(order.paymentId);
+  await db.order.update({
+    where: { id },
+    data: { status: 'cancelled', cancelledAt: new Date(), cancelledBy: by.id },
+  });
+  events.emit('order.cancelled', { id });
 }""", "Show diff"),
         then="mainly worried about the order of refund vs update"))

# 5 would you merge this
ex(C,
   U('pentest report flagged sql injection in get_user. how should it be fixed'),
   A('Never format values into the SQL string. Pass them as parameters so the driver sends them separately from the query text: `db.query("SELECT * FROM users WHERE id = %s", (id,))`. Also worth adding a type check on `id` at the boundary.'),
   U("""would you merge this?

-def get_user(id):
-    return db.query(f"SELECT * FROM users WHERE id = {id}")
+def get_user(id: int) -> User | None:
+    row = db.query("SELECT * FROM users WHERE id = %s", (id,)).fetchone()
+    return User(**row) if row else None"""))

# 6 which is cleaner
ex(C, UB(REM('2026-11-26'), """which is better, A or B? same output

A)
const active = users.filter(u => u.active).map(u => u.email);

B)
const active = [];
for (const u of users) if (u.active) active.push(u.email);"""))

# 7 idiomatic go, explicit "no bugs"
ex(C,
   U('how do I read a json file into a struct in go'),
   A('Read the bytes with `os.ReadFile` and decode with `json.Unmarshal(data, &cfg)`, or stream it with `json.NewDecoder(f).Decode(&cfg)`. Fields must be exported, and you can map names with tags like `json:"port"`.'),
   U("""no bugs as far as I can tell and tests pass, but is this idiomatic go? first week writing it

func LoadConfig(path string) (*Config, error) {
	var cfg *Config = new(Config)
	data, err := ioutil.ReadFile(path)
	if err != nil {
		return nil, errors.New("could not read config: " + err.Error())
	}
	err = json.Unmarshal(data, cfg)
	if err != nil {
		return nil, errors.New("could not parse config: " + err.Error())
	}
	if cfg.Port == 0 { cfg.Port = 8080 }
	return cfg, nil
}"""))

# 8 Spanish security check
ex(C, U("""¿ves algo raro en este endpoint antes de subirlo? sobre todo de seguridad

app.post('/api/avatar', upload.single('file'), async (req, res) => {
  const dest = path.join(__dirname, 'public/avatars', req.body.username + path.extname(req.file.originalname));
  await fs.promises.rename(req.file.path, dest);
  res.json({ url: '/avatars/' + path.basename(dest) });
});"""))

# 9 anything dumb in here (selection)
ex(C, UB(REM(), SEL("src/lib/slugify.ts", 1, 12,
                    "export function slugify(s: string): string {\n  return s\n    .toLowerCase()\n    .normalize('NFD')\n    .replace(/[\\u0300-\\u036f]/g, '')\n    .replace(/[^a-z0-9]+/g, '-')\n    .replace(/^-|-$/g, '');\n}"),
         "anything dumb in here"))

# 10 did I miss anything — migration
ex(C, UB(REM('2026-11-19'), OPEN('db/migrations/20261119_payments_provider.sql'), """did I miss anything? adding a non-null column to a big table

ALTER TABLE payments ADD COLUMN provider text NOT NULL DEFAULT 'stripe';
CREATE INDEX idx_payments_provider ON payments(provider);
UPDATE payments SET provider = 'adyen' WHERE legacy_gateway = 2;"""))

# 11 German: look over the diff, release tomorrow
ex(C, U("""Kannst du mal über den Diff drüberschauen? Geht morgen ins Release und ich hab ein komisches Gefühl bei der Transaktion.

@@ public void transfer(long from, long to, BigDecimal amount) {
-    Account a = repo.findById(from).orElseThrow();
-    Account b = repo.findById(to).orElseThrow();
+    Account a = repo.findByIdForUpdate(from).orElseThrow();
+    Account b = repo.findByIdForUpdate(to).orElseThrow();
     a.debit(amount);
     b.credit(amount);
     repo.saveAll(List.of(a, b));
 }"""))

# 12 shift: generation -> be honest would you approve
ex(C,
   U("write a function that merges overlapping intervals, python"),
   A("```python\ndef merge(intervals):\n    out = []\n    for s, e in sorted(intervals):\n        if out and s <= out[-1][1]:\n            out[-1][1] = max(out[-1][1], e)\n        else:\n            out.append([s, e])\n    return out\n```"),
   U("ok be honest, if a junior put this in a PR would you approve it as is"))

# 13 rate 1-10
ex(C,
   U('how do i get command line args in rust without pulling in clap'),
   A('`std::env::args()` gives an iterator of `String`s; the first one is the program name. Collect into a `Vec<String>` or call `.nth(1)` for the first real argument.'),
   U("""rate this 1-10 lol, my first rust cli

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let f = std::fs::read_to_string(&args[1]).unwrap();
    let mut n = 0;
    for l in f.lines() { if l.contains(&args[2]) { println!("{}", l); n += 1; } }
    println!("{} matches", n);
}"""))

# 14 Chinese thread safety
ex(C, U("""帮我看看这段代码有没有线程安全问题，线上是多线程调用的

class IdGen:
    def __init__(self):
        self.last = 0
    def next(self):
        self.last += 1
        return self.last"""))

# 15 Japanese PR naming
ex(C, U("""このPRのレビューお願いします。特に命名が気になってます

- def proc(d):
-     r = []
-     for x in d:
-         if x['f']:
-             r.append(x['v'] * 1.1)
-     return r
+ def apply_tax_to_flagged(items):
+     taxed = []
+     for item in items:
+         if item['f']:
+             taxed.append(item['v'] * TAX_RATE)
+     return taxed"""))

# 16 lgtm? terse with diff
ex(C, UB(REM('2026-11-26'), OPEN('.github/workflows/test.yml'), """lgtm?

-      - uses: actions/checkout@v3
+      - uses: actions/checkout@v4
+        with:
+          fetch-depth: 0
-      - run: npm install
+      - run: npm ci"""))

# 17 roast my dockerfile
ex(C, UB(REM('2026-11-22'), REM_TODO(), OPEN('Dockerfile'), """roast my dockerfile

FROM node:latest
COPY . /app
WORKDIR /app
RUN npm install
RUN npm run build
ENV NODE_ENV=production
EXPOSE 3000
CMD npm start"""))

# 18 error handling swallowing
ex(C, UB(REM(), SEL("internal/sync/worker.go", 55, 78,
                    "func (w *Worker) syncOne(ctx context.Context, id string) {\n\titem, err := w.src.Get(ctx, id)\n\tif err != nil {\n\t\tlog.Printf(\"get %s: %v\", id, err)\n\t\treturn\n\t}\n\tif err := w.dst.Put(ctx, item); err != nil {\n\t\tlog.Printf(\"put %s: %v\", id, err)\n\t}\n\t_ = w.state.MarkDone(id)\n}"),
         "is the error handling here ok or am I swallowing stuff I shouldn't"))

# 19 perf review of given code
ex(C, UB(REM('2026-11-26'), OPEN('etl/dedupe.py'), """perf-wise is this fine for ~1M rows or will it fall over

def dedupe(records):
    seen = []
    out = []
    for r in records:
        key = (r["email"].lower(), r["phone"])
        if key not in seen:
            seen.append(key)
            out.append(r)
    return out"""))

# 20 tool loop: assistant showed a diff, "thoughts? be picky"
ex(C,
   UB(REM("2026-11-21"), "I'm done with the refactor of the notifier, have a look at the branch"),
   *step("Let me look at the changes on this branch.",
         bash("git log --oneline main..HEAD && git diff main...HEAD -- src/notify", """a41c9e2 notifier: extract channels
9f0d1b3 wip
diff --git a/src/notify/index.ts b/src/notify/index.ts
@@ -1,30 +1,18 @@
-export async function notify(user, event) {
-  if (user.prefs.email) await sendEmail(user.email, render(event));
-  if (user.prefs.push) await sendPush(user.deviceTokens, render(event, 'short'));
-  if (user.prefs.slack) await sendSlack(user.slackId, render(event));
-}
+import { channels } from './channels';
+
+export async function notify(user: User, event: AppEvent) {
+  const enabled = channels.filter((c) => c.enabled(user));
+  await Promise.all(enabled.map((c) => c.send(user, event)));
+}
diff --git a/src/notify/channels.ts b/src/notify/channels.ts
+export interface Channel { name: string; enabled(u: User): boolean; send(u: User, e: AppEvent): Promise<void> }
+export const channels: Channel[] = [
+  { name: 'email', enabled: (u) => u.prefs.email, send: (u, e) => sendEmail(u.email, render(e)) },
+  { name: 'push', enabled: (u) => u.prefs.push, send: (u, e) => sendPush(u.deviceTokens, render(e, 'short')) },
+  { name: 'slack', enabled: (u) => !!u.prefs.slack, send: (u, e) => sendSlack(u.slackId, render(e)) },
+];""", "Show branch changes")),
   A("The branch replaces the chain of `if`s with a `Channel` list and sends to all enabled channels in parallel."),
   UB("ok thoughts? be picky, this is going to be the pattern for the next 5 channels"))

# 21 footguns in regex
ex(C, UB(REM('2026-11-26'), r"any footguns with this email regex for signup validation: /^[\w.+-]+@[\w-]+\.[\w.]+$/"))

# 22 idiomatic useEffect
ex(C, UB(REM('2026-11-25'), REM_TODO(), OPEN('src/pages/Items.jsx'), """is this how you're supposed to fetch in useEffect or is it an antipattern now

useEffect(() => {
  let cancelled = false;
  (async () => {
    const res = await fetch(`/api/items?page=${page}`);
    const json = await res.json();
    if (!cancelled) setItems(json);
  })();
  return () => { cancelled = true; };
}, [page]);"""))

# 23 "explain what's wrong" but it's a judgement (nothing broken)
ex(C,
   U('how do I send an email whenever an order is created in django'),
   A("Three common options: override `save()`, use a `post_save` signal, or do it explicitly in the service function that creates orders. In all cases, enqueue it with `transaction.on_commit(lambda: send_order_email.delay(order.id))` so the task doesn't run before the row is committed."),
   U("""explain what's wrong with this approach, my reviewer just wrote "no" with zero details and went on vacation. it works fine

class Order(models.Model):
    ...
    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        send_order_email.delay(self.id)
        Inventory.objects.filter(sku__in=self.skus()).update(reserved=F('reserved') + 1)"""))

# 24 IAM too broad
ex(C, UB(REM('2026-11-26'), OPEN('infra/lambda-reports/iam.tf'), """terraform plan is clean but is this policy way too broad for a lambda that only reads one bucket?

data "aws_iam_policy_document" "reader" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::reports-*", "arn:aws:s3:::reports-*/*"]
  }
  statement {
    actions   = ["kms:Decrypt", "kms:GenerateDataKey"]
    resources = ["*"]
  }
}"""))

# 25 k8s prod-ready?
ex(C, UB(REM('2026-11-20'), OPEN('k8s/api/deployment.yaml'), """prod-ready?

apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: api
          image: registry.local/api:latest
          ports: [{ containerPort: 8080 }]
          env:
            - name: DB_PASSWORD
              value: hunter2"""))

# 26 pull_request_target
ex(C, UB(REM('2026-11-26'), OPEN('.github/workflows/preview.yml'), """is using pull_request_target here a problem? we need the secret to post preview links

on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { ref: ${{ github.event.pull_request.head.sha }} }
      - run: npm ci && npm run build
      - run: ./scripts/deploy-preview.sh
        env: { VERCEL_TOKEN: ${{ secrets.VERCEL_TOKEN }} }"""))

# 27 two implementations same result, which to keep
ex(C,
   UB(REM('2026-11-26'), 'percentile function without numpy, linear interpolation'),
   A('```python\ndef percentile(xs, p):\n    xs = sorted(xs)\n    k = (len(xs) - 1) * p\n    f = math.floor(k); c = math.ceil(k)\n    return xs[int(k)] if f == c else xs[f] + (xs[c] - xs[f]) * (k - f)\n```'),
   UB(OPEN('analytics/stats.py'), """both give the same results on our test data, which one would you keep and why

# v1
def percentile(xs, p):
    xs = sorted(xs)
    k = (len(xs) - 1) * p
    f = math.floor(k); c = math.ceil(k)
    return xs[int(k)] if f == c else xs[f] + (xs[c] - xs[f]) * (k - f)

# v2
def percentile(xs, p):
    return statistics.quantiles(xs, n=100, method="inclusive")[int(p * 100) - 1]"""))

# 28 French PR review, cache part
ex(C, U("""tu peux relire ma PR ? surtout la partie cache, j'ai peur des données périmées

@cache.memoize(timeout=600)
def get_prices(store_id):
    return Price.query.filter_by(store_id=store_id).all()

def update_price(store_id, sku, value):
    Price.query.filter_by(store_id=store_id, sku=sku).update({"value": value})
    db.session.commit()"""))

# 29 Portuguese gambiarra
ex(C, U("""tá bom esse código ou tá gambiarra?

function formatarCPF(cpf) {
  cpf = cpf.replace(/\\D/g, '');
  return cpf.substr(0,3) + '.' + cpf.substr(3,3) + '.' + cpf.substr(6,3) + '-' + cpf.substr(9,2);
}"""))

# 30 Korean review error handling
ex(C, UB(REM(), REM_TODO(), OPEN("src/main/kotlin/com/acme/order/OrderService.kt"),
         "이 파일 코드 리뷰 좀 해줘. 특히 예외 처리 부분이 괜찮은지 봐줘"))

# 31 Russian error handling in handler
ex(C, U("""глянь, нормально ли я сделал обработку ошибок в этом хендлере

func (h *H) Get(w http.ResponseWriter, r *http.Request) {
    u, err := h.svc.User(r.Context(), chi.URLParam(r, "id"))
    if err != nil {
        http.Error(w, err.Error(), 500)
        return
    }
    json.NewEncoder(w).Encode(u)
}"""))

# 32 Polish: token in localStorage
ex(C, U("czy to jest ok z punktu widzenia bezpieczeństwa? trzymam access token w localStorage i dokładam go w interceptorze axiosa do każdego requesta. refresh token też tam leży"))

# 33 Turkish: missed something?
ex(C, U("""bu kodda gözden kaçırdığım bir şey var mı? dosya yükleme için

def save_upload(f):
    name = f.filename
    f.save(os.path.join(UPLOAD_DIR, name))
    return name"""))

# 34 Hinglish: theek hai kya
ex(C, U("""bhai ye code theek hai kya? senior bolega refactor kar, pehle tu dekh le

if(user.role == "admin" || user.role == "superadmin" || user.role == "owner") { showPanel = true } else { showPanel = false }"""))

# 35 Italian generics
ex(C, U("""ti sembra sensato questo uso dei generics o sto complicando le cose?

func Map[T any, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs { out = append(out, f(x)) }
	return out
}

names := Map(users, func(u User) string { return u.Name })"""))

# 36 Dutch config loading in Rust
ex(C, U("""is dit een nette manier om config te laden in Rust?

pub fn load() -> Config {
    let s = std::fs::read_to_string("config.toml").expect("no config");
    let mut c: Config = toml::from_str(&s).unwrap();
    if let Ok(p) = std::env::var("PORT") { c.port = p.parse().unwrap(); }
    c
}"""))

# 37 Vietnamese review
ex(C, U("""review giúp mình hàm này, có chỗ nào chưa ổn không

async function getUsers(ids) {
  const users = [];
  for (const id of ids) {
    const u = await db.users.findOne({ id });
    users.push(u);
  }
  return users;
}"""))

# 38 which reviewer comments matter
ex(C,
   U('how do I reply to review comments I disagree with without starting a war'),
   A('Acknowledge the point, explain your reasoning briefly with the concrete trade-off, and offer a way forward ("happy to change it if you feel strongly, otherwise I\'d keep it because X"). Separate blocking issues from preferences, and move long threads to a quick call.'),
   U("""reviewer left a bunch of comments, which ones actually matter and which are just taste? I don't want to bikeshed

1. "rename `data` to `payload`"
2. "this `except Exception: pass` hides failures from the retry loop"
3. "prefer f-strings over .format"
4. "the lock is acquired but never released if `flush()` raises"
5. "could use a dataclass here"
6. "magic number 86400, make it a constant"
7. "you're mutating the default argument `tags=[]`" """))

# 39 be brutal
ex(C,
   U('what does Object.assign(this, {...}) do in a constructor'),
   A('It copies every own enumerable property of the object onto the new instance, so `Object.assign(this, { db, mailer })` is shorthand for `this.db = db; this.mailer = mailer;`.'),
   U("""be brutal

class UserManagerHelperService {
  constructor(db, mailer, logger, cache, config, metrics) { Object.assign(this, { db, mailer, logger, cache, config, metrics }); }
  async doStuff(u, flag) {
    if (flag === 1) { await this.db.save(u); }
    else if (flag === 2) { await this.mailer.send(u.email, 'welcome'); await this.db.save(u); }
    else if (flag === 3) { this.cache.del('user:' + u.id); }
    this.metrics.inc('stuff');
    return true;
  }
}"""))

# 40 can this deadlock (no observed failure)
ex(C, UB(REM('2026-11-23'), OPEN('bank/transfer.go'), """is there any way this deadlocks? haven't seen it happen, just nervous

func (b *Bank) Transfer(from, to *Account, amt int) {
    from.mu.Lock()
    defer from.mu.Unlock()
    to.mu.Lock()
    defer to.mu.Unlock()
    from.bal -= amt
    to.bal += amt
}"""))

# 41 after debugging fix: look over whole diff before push (shift)
ex(C,
   UB(REM(), OPEN("/work/pay/src/webhooks/stripe.py"), "webhook handler double-processes events when stripe retries"),
   *step("Let me check how events are recorded.",
         read("/work/pay/src/webhooks/stripe.py",
              "@router.post(\"/stripe\")\nasync def stripe_webhook(req: Request):\n    event = verify(await req.body(), req.headers[\"stripe-signature\"])\n    await handle(event)\n    await db.execute(\"INSERT INTO processed_events(id) VALUES ($1)\", event.id)\n    return {\"ok\": True}")),
   *step("The event id is only recorded after handling, and nothing checks it first, so a retry during or after processing runs `handle` again. I'll insert with `ON CONFLICT DO NOTHING` first and skip if no row was inserted, all in one transaction.", edit("/work/pay/src/webhooks/stripe.py",
                    "    await handle(event)\n    await db.execute(\"INSERT INTO processed_events(id) VALUES ($1)\", event.id)",
                    "    async with db.transaction():\n        inserted = await db.fetchval(\n            \"INSERT INTO processed_events(id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id\", event.id)\n        if inserted is None:\n            return {\"ok\": True, \"duplicate\": True}\n        await handle(event)")),
   A("Done. Duplicate deliveries now return early, and a failure inside `handle` rolls back the insert so Stripe's retry gets processed."),
   UB("cool. before I push, look over the whole diff one more time like a reviewer would, incl the test I added earlier"))

# 42 catching Exception
ex(C,
   U('our batch worker thread dies silently after a few hours, no logs at all'),
   A("An exception escaping the loop ends the thread, and uncaught exceptions in non-main threads only go to `threading.excepthook`, which your logging setup probably doesn't capture. Wrap the loop body, log with `logger.exception`, and consider setting `threading.excepthook` to log too."),
   U("""is it bad that I'm catching Exception here? it's a background loop and I don't want it to die

while True:
    try:
        batch = queue.get(timeout=5)
        process(batch)
    except Exception:
        logger.exception("batch failed")"""))

# 43 need a lock or overthinking
ex(C, UB(REM('2026-11-26'), """does this need a lock or am I overthinking it? called from multiple asyncio tasks, single thread

class Counter:
    def __init__(self): self.n = 0
    async def bump(self):
        self.n += 1
        await report(self.n)"""))

# 44 Swift retain cycle check
ex(C, U("""retain cycle anywhere in here?

final class PlayerViewModel {
    var onUpdate: (() -> Void)?
    private var timer: Timer?
    func start() {
        timer = Timer.scheduledTimer(withTimeInterval: 1, repeats: true) { _ in
            self.tick()
            self.onUpdate?()
        }
    }
    func tick() { /* ... */ }
}"""))

# 45 C undefined behaviour check
ex(C,
   U('parse a uint16 from a decimal string in C without strtol'),
   A("Accumulate digit by digit and check for overflow before each multiply, returning an error on any non-digit or empty input. Use an unsigned wide type (e.g. `uint32_t`) for the accumulator so the check itself can't overflow."),
   U("""any UB in this? gcc doesn't warn

int parse_u16(const char *s, uint16_t *out) {
    int v = 0;
    while (*s) {
        if (*s < '0' || *s > '9') return -1;
        v = v * 10 + (*s++ - '0');
    }
    if (v > 65535) return -1;
    *out = v;
    return 0;
}"""))

# 46 Rust too many clones
ex(C, UB(REM(), SEL("src/index.rs", 40, 58,
                    "pub fn build(docs: &Vec<Doc>) -> HashMap<String, Vec<String>> {\n    let mut idx: HashMap<String, Vec<String>> = HashMap::new();\n    for d in docs.clone() {\n        for w in d.body.clone().split_whitespace() {\n            idx.entry(w.to_string().clone()).or_default().push(d.id.clone());\n        }\n    }\n    idx\n}"),
         "too many clones? feels wrong but the borrow checker stopped yelling"))

# 47 Java streams rewrite better or fancier
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('src/main/java/com/acme/report/CountryTotals.java'), """rewrote it with streams, is it actually better or just fancier?

before:
Map<String, Integer> totals = new HashMap<>();
for (Order o : orders) {
    if (o.isPaid()) totals.merge(o.getCountry(), o.getAmount(), Integer::sum);
}

after:
Map<String, Integer> totals = orders.stream()
    .filter(Order::isPaid)
    .collect(Collectors.groupingBy(Order::getCountry, Collectors.summingInt(Order::getAmount)));"""))

# 48 Elixir supervision tree
ex(C, U("""is this a reasonable supervision tree or am I going to regret one_for_all

children = [
  MyApp.Repo,
  {Phoenix.PubSub, name: MyApp.PubSub},
  MyApp.RateLimiter,
  {Task.Supervisor, name: MyApp.TaskSup},
  MyAppWeb.Endpoint
]
Supervisor.start_link(children, strategy: :one_for_all, name: MyApp.Supervisor)"""))

# 49 C# async void
ex(C, U("""is async void ok here? it's a WPF button handler

private async void SaveButton_Click(object sender, RoutedEventArgs e)
{
    SaveButton.IsEnabled = false;
    await _service.SaveAsync(Model);
    SaveButton.IsEnabled = true;
}"""))

# 50 Ruby n+1 check
ex(C, UB(REM('2026-11-21'), OPEN('app/controllers/projects_controller.rb'), """n+1 anywhere?

# controller
def index
  @projects = current_user.projects.order(updated_at: :desc)
end

# view
<% @projects.each do |p| %>
  <%= p.name %> — <%= p.owner.name %> — <%= p.tasks.where(done: false).count %> open
<% end %>"""))

# 51 migration safe during business hours
ex(C,
   U('convert events.payload from text to jsonb, migration pls'),
   A('```sql\nALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;\n```'),
   U("safe to run on a 200M row table during business hours? pg 14: `ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;`"))

# 52 compare mine with upstream
ex(C,
   UB(REM("2026-11-26"), "did upstream fix the KeyError in cache lookups? we patched it locally"),
   *step(None, bash("gh pr list --repo tinycache/tinycache --search 'KeyError in:title' --state all --json number,title,state", "[{\"number\":812,\"title\":\"Fix KeyError on missing cache keys\",\"state\":\"MERGED\"}]", "Search upstream PRs")),
   A("Yes: upstream PR #812 \"Fix KeyError on missing cache keys\" was merged."),
   UB("""upstream fixed the same thing in their PR. compare with mine, is theirs better?

mine:
-  return cache[key]
+  return cache.get(key, default)

theirs:
-  return cache[key]
+  try:
+      return cache[key]
+  except KeyError:
+      metrics.incr("cache.miss")
+      return default"""))

# 53 your codebase, what would you flag
ex(C, UB(REM_MD("/Users/ana/proj/api/CLAUDE.md", "# API\n- Express + TypeScript, routes in src/routes\n- every admin route must go through requireRole('admin')\n- run `npm test` before committing"), OPEN("/Users/ana/proj/api/src/routes/admin.ts"),
         "if this was your codebase what would you flag in this file"))

# 54 linter passes but reads ok?
ex(C, UB(REM('2026-11-26'), OPEN('src/components/TaskBadge.tsx'), """linter passes but does it read ok? feels dense

const label = status === 'done' ? (late ? 'Done (late)' : 'Done') : status === 'blocked' ? (owner ? `Blocked by ${owner}` : 'Blocked') : 'In progress';"""))

# 55 shift: understanding -> correctness check
ex(C,
   U("""what does this do

def chunks(xs, n):
    it = iter(xs)
    while batch := list(itertools.islice(it, n)):
        yield batch"""),
   A("It yields consecutive lists of up to `n` items from any iterable. `islice` pulls the next `n` items from the shared iterator, and the walrus loop stops when a batch comes back empty."),
   U("ok and is it actually correct for all inputs? empty list, n=0, generators"))

# 56 second opinion, terse
ex(C, U("""second opinion pls

if (typeof window !== 'undefined' && window.localStorage) { token = localStorage.getItem('t') || '' }"""))

# 57 Claude Code: check file for anything sketchy, then narrow focus with tool result
ex(C,
   UB(REM(), "check src/auth/session.ts for anything sketchy"),
   *step(None, read("/home/lee/app/src/auth/session.ts",
                    "import { sign, verify } from 'jsonwebtoken';\n\nconst SECRET = process.env.JWT_SECRET || 'dev-secret';\n\nexport function issue(res, userId: string) {\n  const token = sign({ sub: userId }, SECRET, { expiresIn: '30d' });\n  res.cookie('session', token, { httpOnly: false, sameSite: 'none' });\n}\n\nexport function current(req) {\n  try {\n    return verify(req.cookies.session, SECRET, { algorithms: ['HS256', 'none'] });\n  } catch {\n    return null;\n  }\n}"),
         then="and the cookie flags specifically, we're moving to a separate api subdomain"))

# 58 ship it or not
ex(C, UB(REM('2026-11-26'), REM_TODO(), """ship it or not

- const TIMEOUT = 5000
+ const TIMEOUT = 30000 // payment provider is slow sometimes"""))

# 59 upload handler security holes
ex(C,
   U('how do I only allow pdf and docx uploads in php'),
   A("Check the extension against an allowlist and verify the actual content with `finfo_file($tmp, FILEINFO_MIME_TYPE)`; the client-provided type in `$_FILES['x']['type']` can't be trusted. Also enforce a size limit."),
   U("""any obvious security holes in this upload handler? php 8

$target = "uploads/" . basename($_FILES["doc"]["name"]);
if (in_array(pathinfo($target, PATHINFO_EXTENSION), ["pdf", "docx"])) {
    move_uploaded_file($_FILES["doc"]["tmp_name"], $target);
    echo "ok: <a href='$target'>$target</a>";
}"""))

# 60 good test or tests the mock
ex(C, UB(REM('2026-11-18'), OPEN('tests/test_onboarding.py'), """is this a good test or does it just test the mock

def test_sends_welcome(mocker):
    m = mocker.patch("app.users.mailer.send")
    m.return_value = True
    assert send_welcome(User(email="a@b.c")) is True
    m.assert_called_once()"""))

# 61 code smell one-liner
ex(C,
   U('what happens to *args if it comes after params with defaults in python'),
   A('Positional arguments fill the named parameters first, then any extras go into `args`. So to pass something into `*args` you have to supply every positional parameter before it, including the ones with defaults.'),
   U("code smell? `def process(self, data, mode='a', flag=False, flag2=None, *args, **kwargs):`"))

# 62 copilot wrote it
ex(C,
   UB(REM("2026-11-26"), OPEN("web/src/utils/date.js"), "open the date utils, copilot autocompleted a bunch of stuff in there yesterday"),
   *step(None, read("/home/ivy/web/src/utils/date.js", "export function isValidDate(s) {\n  const d = new Date(s);\n  return d instanceof Date && !isNaN(d);\n}\n\nexport const toISODate = (d) => d.toISOString().slice(0, 10);")),
   A("The file has two helpers: `isValidDate(s)` and `toISODate(d)`."),
   UB("""did copilot write garbage here or is it ok

function isValidDate(s) {
  const d = new Date(s);
  return d instanceof Date && !isNaN(d);
}"""))

# 63 after debugging: is the fix right or hiding the symptom
ex(C,
   U("flaky test: test_export_large sometimes fails with 'file not found' on the zip"),
   A("The export is written by a background thread and the test checks for the file right after `start_export()` returns. It's a timing issue between the thread and the assertion."),
   U("""I fixed it like this, pls check it's actually right and not just hiding the symptom

 def test_export_large(tmp_path):
     start_export(tmp_path)
-    assert (tmp_path / "export.zip").exists()
+    time.sleep(2)
+    assert (tmp_path / "export.zip").exists()"""))

# 64 are these names ok
ex(C,
   U('naming conventions for booleans in js?'),
   A('Prefix with `is`, `has`, `can` or `should` (`isActive`, `hasAccess`), avoid negatives like `isNotX`, and name functions that return booleans the same way.'),
   U("are these names ok? `getUsrDta()`, `handleIt()`, `isNotDisabled`, `tmpList2`, `calcTotalPriceWithTaxAndDiscountForCart()`"))

# 65 should this be two functions
ex(C, UB(REM('2026-11-26'), OPEN('lib/io.py'), """should this be two functions?

def load(path, as_dataframe=False):
    with open(path) as f:
        rows = list(csv.DictReader(f))
    if as_dataframe:
        import pandas as pd
        return pd.DataFrame(rows)
    return rows"""))

# 66 thread-safe Java HashMap
ex(C, U("is a plain HashMap in a @Service singleton thread safe if I only put() in @PostConstruct and get() afterwards? reviewer flagged it"))

# 67 first Go code
ex(C,
   U('starting with go today, do I need anything besides the go toolchain'),
   A("Just Go itself (`go version` to check) plus an editor with gopls, e.g. VS Code with the Go extension. Modules are built in: `go mod init example.com/hello` and you're set."),
   U("""how's my first Go code? be nice-ish

func sum(nums []int) int {
    total := 0
    for i := 0; i < len(nums); i++ {
        total = total + nums[i]
    }
    return total
}"""))

# 68 bash safety with empty var
ex(C, UB(REM('2026-11-26'), OPEN('scripts/package.sh'), """check this won't nuke anything if BUILD_DIR is empty or unset

#!/bin/bash
rm -rf $BUILD_DIR/*
mkdir -p $BUILD_DIR/out
cp -r dist/* $BUILD_DIR/out"""))

# 69 reversible migration
ex(C, UB(REM('2026-11-24'), REM_TODO(), OPEN('contacts/migrations/0007_move_secondary_email.py'), """is this migration reversible as written?

class Migration(migrations.Migration):
    operations = [
        migrations.RunPython(copy_emails_to_contacts),
        migrations.RemoveField("user", "secondary_email"),
    ]"""))

# 70 long session: after generating, asks which of two approaches (assistant's vs own)
ex(C,
   U("need a function that returns the nth business day after a date, skipping weekends and a holidays set"),
   A("```python\ndef add_business_days(d, n, holidays=frozenset()):\n    while n > 0:\n        d += timedelta(days=1)\n        if d.weekday() < 5 and d not in holidays:\n            n -= 1\n    return d\n```"),
   U("""my coworker already had this in utils, which one should we keep?

def add_business_days(start, n, holidays=()):
    days = pd.bdate_range(start + timedelta(days=1), periods=n * 2 + len(holidays), freq="C", holidays=list(holidays))
    return days[n - 1].date()"""))
