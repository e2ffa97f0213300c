from common import R, U, A, CC, t, opened, sel, tu, tr

C = "code_review"

EXAMPLES = [
R(C, U("""reviewer left this on my PR:

> `except Exception: pass` here will swallow KeyboardInterrupt-adjacent stuff and hide real failures, please narrow it

fair point? the code:

try:
    cache.warm(keys)
except Exception:
    pass  # cache warming is best effort""")),

R(C, CC(opened("internal/docs/repo.go"), """sanity check before I push

func (r *Repo) Delete(ctx context.Context, id string) error {
	_, err := r.db.ExecContext(ctx, "DELETE FROM docs WHERE id = '"+id+"'")
	return err
}""")),

R(C, U("how do I sum price*qty over a list of items in js"), A("`items.reduce((s, i) => s + i.price * i.qty, 0)` — or a plain for-of loop if you find it clearer."), CC("""which one would you merge?

// A
const total = items.reduce((s, i) => s + i.price * i.qty, 0);

// B
let total = 0;
for (const i of items) total += i.price * i.qty;""")),

R(C, CC(sel("src/auth/session.ts", 12, 27, """export function createSession(user: User) {
  const token = Math.random().toString(36).slice(2);
  sessions.set(token, { userId: user.id, created: Date.now() });
  return token;
}

export function getSession(token: string) {
  const s = sessions.get(token);
  if (!s) return null;
  if (Date.now() - s.created > 86400000) return null;
  return s;
}"""), "poke holes")),

R(C, CC(opened("billing/charges.py"), """this is the debugging fix I landed yesterday for the double-charge bug. it works (can't repro anymore), but did I miss anything? it feels too simple

@transaction.atomic
def charge(order_id):
    order = Order.objects.select_for_update().get(pk=order_id)
    if order.charged_at:
        return order.charge_id
    cid = psp.charge(order.amount, idem=f"order-{order.id}")
    order.charged_at = now(); order.charge_id = cid
    order.save()
    return cid""")),

R(C, CC(opened("src/users.rs"), "is this idiomatic rust or am I writing java in rust\n\npub struct UserManager { users: Vec<User> }\nimpl UserManager {\n    pub fn get_user_by_id(&self, id: u64) -> Option<User> {\n        for u in self.users.iter() { if u.id == id { return Some(u.clone()); } }\n        return None;\n    }\n}")),

R(C, U("""Kannst du mal drüberschauen bevor ich den PR aufmache? Geht um den neuen Upload-Endpunkt.

@PostMapping("/upload")
public ResponseEntity<String> upload(@RequestParam MultipartFile file) throws IOException {
    Path dest = Paths.get("/data/uploads", file.getOriginalFilename());
    Files.copy(file.getInputStream(), dest);
    return ResponseEntity.ok(dest.toString());
}""")),

R(C,
  U("write a hook that debounces a value"),
  A("""```ts
export function useDebounced<T>(value: T, ms = 300) {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
```"""),
  U("""I ended up writing my own version before I saw yours, is mine worse?

export function useDebounced(value, ms) {
  const [v, setV] = useState(value);
  const t = useRef();
  clearTimeout(t.current);
  t.current = setTimeout(() => setV(value), ms);
  return v;
}"""),
),

R(C, U("what does `permit` do in rails strong params"), A("`permit` whitelists which keys from `params` may be used for mass assignment; anything not permitted is dropped (or raises, depending on config)."), CC("""here's the diff, would you approve?

```diff
--- a/app/controllers/admin/users_controller.rb
+++ b/app/controllers/admin/users_controller.rb
@@ -12,7 +12,7 @@ class Admin::UsersController < AdminController
   def update
     @user = User.find(params[:id])
-    if @user.update(params.require(:user).permit(:name, :email))
+    if @user.update(params.require(:user).permit!)
       redirect_to admin_user_path(@user)
```""")),

R(C, CC(opened("infra/k8s/api-deployment.yaml"), """security review of this before it goes to prod pls

    spec:
      containers:
      - name: api
        image: registry.acme.io/api:latest
        securityContext:
          privileged: true
        env:
        - name: DB_PASSWORD
          value: "hunter2-prod"
        ports:
        - containerPort: 8080""")),

R(C, U("""my lead says this is 'too clever'. is he right or is he just old

const byId = Object.fromEntries(users.map(u => [u.id, u]));
const result = orders.flatMap(o => byId[o.userId]?.active ? [{...o, user: byId[o.userId]}] : []);""")),

R(C, CC(opened("src/main/java/com/acme/metrics/Counter.java"), """is this thread safe?

public class Counter {
    private volatile int count = 0;
    public void increment() { count++; }
    public int get() { return count; }
}""")),

R(C,
  CC("fix the flaky test in tests/test_scheduler.py"),
  A(t("Let me look at it."), tu("01Fs1", "Read", {"file_path": "tests/test_scheduler.py"})),
  U(tr("01Fs1", "def test_next_run():\n    s = Scheduler(every=timedelta(minutes=5))\n    assert s.next_run() == datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=5)\n")),
  A(t("The test compares against `datetime.now()` computed separately, so a minute boundary can fall between the two calls. I'll inject a clock."), tu("01Fs2", "Edit", {"file_path": "tests/test_scheduler.py", "old_string": "    s = Scheduler(every=timedelta(minutes=5))\n    assert s.next_run() == datetime.now().replace(second=0, microsecond=0) + timedelta(minutes=5)", "new_string": "    fixed = datetime(2026, 1, 1, 12, 0, 59)\n    s = Scheduler(every=timedelta(minutes=5), clock=lambda: fixed)\n    assert s.next_run() == datetime(2026, 1, 1, 12, 5)"})),
  U(tr("01Fs2", "The file tests/test_scheduler.py has been updated."),
    t("ok it's green now. before I commit, is adding a `clock` param to the production Scheduler class acceptable design-wise or is that test-induced damage? be honest")),
),

R(C, CC(opened("cli/duration.py"), "did I miss any edge cases?\n\ndef parse_duration(s: str) -> int:\n    units = {'s': 1, 'm': 60, 'h': 3600}\n    return int(s[:-1]) * units[s[-1]]")),

R(C, U("""Revisa este SQL antes de que lo corra en producción, por favor. Es para limpiar sesiones viejas

DELETE FROM sessions WHERE last_seen < now() - interval '30 days';""")),

R(C, U("""perf review of this function? it's called in a loop for every pixel (1920x1080, 60fps)

fn blend(a: Color, b: Color, t: f32) -> Color {
    let v: Vec<f32> = vec![a.r, a.g, a.b].iter().zip(vec![b.r, b.g, b.b].iter())
        .map(|(x, y)| x + (y - x) * t).collect();
    Color { r: v[0], g: v[1], b: v[2] }
}""")),

R(C, CC(opened("src/auth/login.ts"), "is it ok to store the refresh token in localStorage? here's our login handler\n\nconst { access, refresh } = await api.login(email, pw);\nlocalStorage.setItem('rt', refresh);\nsetAccessToken(access);")),

R(C,
  U("Why does my docker image fail to start with `exec format error`?"),
  A("That usually means the binary was built for a different CPU architecture than the host — e.g. built on an M1 Mac (arm64) and run on an amd64 server. Build with `docker buildx build --platform linux/amd64` or produce a multi-arch image."),
  U("""yep that was it. here's the new Dockerfile I came up with, anything you'd change?

FROM --platform=$BUILDPLATFORM golang:1.23 AS build
ARG TARGETOS TARGETARCH
WORKDIR /src
COPY . .
RUN GOOS=$TARGETOS GOARCH=$TARGETARCH go build -o /out/app ./cmd/app
FROM alpine:3.20
COPY --from=build /out/app /app
ENTRYPOINT ["/app"]"""),
),

R(C, U("""colleague wants to merge this, I have a bad feeling but can't say why

class Singleton:
    _instance = None
    def __new__(cls, *a, **kw):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, config):
        self.config = config
        self.conn = connect(config.db_url)""")),

R(C, CC(t("<ide_opened_file>The user opened the file src/api/handlers/export.go in the IDE. This may or may not be related to the current task.</ide_opened_file>"),
        "would you merge this file as is? it's my first go PR at this company and I don't want to embarrass myself")),

R(C, U("""Code review please. Also yes I know the stack trace below looks scary, that's the OLD behaviour, the PR fixes it. just want eyes on the fix itself.

Traceback (most recent call last):
  File "worker.py", line 41, in handle
    payload = json.loads(msg.body)
json.decoder.JSONDecodeError: Expecting value: line 1 column 1 (char 0)

fix:
-    payload = json.loads(msg.body)
+    try:
+        payload = json.loads(msg.body)
+    except json.JSONDecodeError:
+        log.warning("bad payload %r", msg.body[:200])
+        msg.ack()
+        return""")),

R(C, U("""two approaches for the feature flag check, which is cleaner?

# 1
if flags.enabled("new_checkout", user):
    return new_checkout(cart)
return old_checkout(cart)

# 2
checkout = new_checkout if flags.enabled("new_checkout", user) else old_checkout
return checkout(cart)""")),

R(C, U("""这段 SQL 有没有注入风险？我用了 format 但是参数都是从我们自己的枚举来的

sql = "SELECT * FROM reports ORDER BY {} {}".format(sort_col, direction)
cursor.execute(sql)""")),

R(C, CC(opened("src/main.rs"), "is using `unwrap()` here acceptable? it's a CLI tool, not a server\n\nlet cfg: Config = toml::from_str(&fs::read_to_string(path).unwrap()).unwrap();")),

R(C,
  CC("look at my staged changes"),
  A(t("Checking the staged diff."), tu("01Sd1", "Bash", {"command": "git diff --staged"})),
  U(tr("01Sd1", """diff --git a/src/rate_limit.py b/src/rate_limit.py
@@ -8,9 +8,12 @@ class RateLimiter:
     def allow(self, key: str) -> bool:
-        count = self.redis.incr(key)
-        if count == 1:
-            self.redis.expire(key, self.window)
-        return count <= self.limit
+        pipe = self.redis.pipeline()
+        pipe.incr(key)
+        pipe.expire(key, self.window, nx=True)
+        count, _ = pipe.execute()
+        return count <= self.limit""")),
  A("The staged change replaces the separate INCR + conditional EXPIRE with a pipeline that does INCR and `EXPIRE ... NX` together."),
  U("right. is it actually better though or did I just move the race around"),
),

R(C, U("why does eslint complain about `no-else-return`"), A("Because after a `return` in the `if`, the `else` is redundant; the rule prefers dedenting the else-branch. It's a style rule, not a bug finder."), CC("""My PR got this comment: "nit: prefer early returns". Is that a real issue or taste? code:

function canEdit(user, doc) {
  let ok = false;
  if (user) {
    if (user.role === 'admin') ok = true;
    else if (doc.ownerId === user.id && !doc.locked) ok = true;
  }
  return ok;
}""")),

R(C, U("Terraform: is it bad to have `lifecycle { prevent_destroy = false }` + `force_destroy = true` on the state bucket? found it in our repo\n\nresource \"aws_s3_bucket\" \"tfstate\" {\n  bucket        = \"acme-tfstate\"\n  force_destroy = true\n  lifecycle { prevent_destroy = false }\n}")),

R(C, CC(opened("src/fetch.rs"), """review pls, especially the error handling

async fn fetch_all(urls: Vec<String>) -> Vec<String> {
    let mut out = vec![];
    for u in urls {
        match reqwest::get(&u).await {
            Ok(r) => out.push(r.text().await.unwrap_or_default()),
            Err(_) => continue,
        }
    }
    out
}""")),

R(C, U("""Esse hook do git que eu escrevi tá ok? quero colocar no repo do time

#!/bin/sh
files=$(git diff --cached --name-only | grep '\\.py$')
black $files
git add $files""")),

R(C,
  U("what's the difference between `useLayoutEffect` and `useEffect`"),
  A("`useLayoutEffect` runs synchronously after DOM mutations but before the browser paints; `useEffect` runs after paint. Use the layout variant only when you need to measure or mutate layout before the user sees it, since it blocks painting."),
  U("""ok so given that, is this a legit use or should it be useEffect?

useLayoutEffect(() => {
  analytics.track('page_view', { path });
}, [path]);"""),
),

R(C, CC(opened("db/migrate/20261120_add_index_to_events.rb"), """anything wrong with this migration? table has 80M rows

class AddIndexToEvents < ActiveRecord::Migration[7.1]
  def change
    add_index :events, [:account_id, :created_at]
  end
end""")),

R(C, U("honest opinion on this error type design, too much?\n\n```ts\ntype Result<T, E = AppError> = { ok: true; value: T } | { ok: false; error: E };\nclass AppError extends Error { constructor(public code: ErrorCode, public cause?: unknown) { super(code) } }\n```\nwe'd use it in every service function instead of throwing")),

R(C, CC(sel("lib/billing/proration.ex", 1, 14, """def prorate(%Plan{price: old}, %Plan{price: new}, days_left, days_in_period) do
  credit = old * days_left / days_in_period
  charge = new * days_left / days_in_period
  Float.round(charge - credit, 2)
end"""), "finance wants me to double check this is right before the pricing change goes live. is it?")),

R(C, CC(opened("src/lib/eventBus.ts"), """Is this a memory leak waiting to happen? not seeing one yet

class EventBus {
  private handlers = new Map<string, Set<Function>>();
  on(evt: string, fn: Function) {
    if (!this.handlers.has(evt)) this.handlers.set(evt, new Set());
    this.handlers.get(evt)!.add(fn);
  }
  emit(evt: string, ...args: any[]) { this.handlers.get(evt)?.forEach(f => f(...args)); }
}""")),

R(C, U("""Przejrzyj proszę ten Dockerfile, czy coś bym poprawił?

FROM node:20
COPY . /app
WORKDIR /app
RUN npm install
RUN npm run build
CMD npm start""")),

R(C, CC("""the PR description says 'no behaviour change, pure refactor'. is that true?

-    if user.is_active and not user.is_banned:
-        notify(user)
+    if not (user.is_banned or not user.is_active):
+        notify(user)
+    audit.log("notify", user.id)""")),

R(C, U("is `git push --force-with-lease` in our release script safe enough or should it be plain push? script only runs on CI for the `release/*` branches\n\ngit commit -am \"chore: bump $VERSION\"\ngit push --force-with-lease origin HEAD")),

R(C,
  CC("implement the LRU cache for thumbnails"),
  A(t("Writing it."), tu("01Lr1", "Write", {"file_path": "src/thumbs/lru.py", "content": "from collections import OrderedDict\n\nclass LRU:\n    def __init__(self, cap):\n        self.cap = cap\n        self.d = OrderedDict()\n    def get(self, k):\n        if k not in self.d:\n            return None\n        self.d.move_to_end(k)\n        return self.d[k]\n    def put(self, k, v):\n        self.d[k] = v\n        self.d.move_to_end(k)\n        if len(self.d) > self.cap:\n            self.d.popitem(last=False)\n"})),
  U(tr("01Lr1", "File created successfully at: src/thumbs/lru.py")),
  A("Created `src/thumbs/lru.py` with an `OrderedDict`-based LRU: `get` refreshes recency, `put` inserts and evicts the least recently used entry when over capacity."),
  U("teammate says we should've just used functools.lru_cache. is he right, and is yours even thread safe? the thumbnail server uses threads"),
),

R(C, CC(opened("app/webhooks.py"), """does this look secure? webhook verification

def verify(req):
    sig = req.headers.get("X-Signature")
    expected = hmac.new(SECRET, req.body, "sha256").hexdigest()
    return sig == expected""")),

R(C, CC(opened(".github/workflows/pr.yml"), """any red flags in this CI config?

on: pull_request_target
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { ref: ${{ github.event.pull_request.head.sha }} }
      - run: npm ci && npm test
        env:
          NPM_TOKEN: ${{ secrets.NPM_TOKEN }}""")),

R(C, U("mi app de node se cae sin mensaje en producción"), A("Puede ser una promesa rechazada sin manejar o un `process.exit` en algún sitio. Añade `process.on(\"unhandledRejection\", ...)` y revisa los logs del orquestador."), CC("how bad is this\n\n    catch (e) { console.log(e) }")),

R(C, U("""je viens de finir ce composant, tu peux me dire si c'est propre ? accessibilité surtout

<div className="btn" onClick={onSave}>
  <img src={saveIcon} />
</div>""")),

R(C,
  U("I'm deciding between hand-written SQL and an ORM for the new reporting service"),
  A("For reporting, hand-written SQL (maybe with a thin query builder) tends to win: the queries are aggregate-heavy, you'll want window functions and CTEs, and an ORM's object mapping gives little. Keep the ORM for CRUD-heavy services."),
  U("""went with raw SQL. first query, look ok?

cur.execute(f\"\"\"
  SELECT region, sum(total) FROM orders
  WHERE created_at >= '{start}' AND created_at < '{end}'
  GROUP BY region
\"\"\")"""),
),

R(C, U("what does exhaustive-deps actually check"), A("It checks that every reactive value (props, state, functions defined in the component) used inside a hook callback is listed in its dependency array, so the effect doesn't read stale values."), CC("second opinion: my PR adds `// eslint-disable-next-line react-hooks/exhaustive-deps` in 4 places. reviewer is unhappy. I think the lint rule is wrong in these cases. example:\n\nuseEffect(() => { loadData(filters) }, [filters.page]);")),

R(C, U("""Go: channel vs mutex for this counter map, which did I get right? both versions pass tests

// v1
type Stats struct{ mu sync.Mutex; m map[string]int }
func (s *Stats) Inc(k string) { s.mu.Lock(); s.m[k]++; s.mu.Unlock() }

// v2
type Stats struct{ ch chan string; m map[string]int }
func (s *Stats) run() { for k := range s.ch { s.m[k]++ } }
func (s *Stats) Inc(k string) { s.ch <- k }""")),

R(C, CC(opened("src/utils/money.ts"), "can you review money.ts? we're about to use it for multi-currency and I want to know if it's up to it")),

R(C, U("""I know this works, I've tested it a lot. question is whether it's readable. 3-level nested comprehension

matrix = [[sum(a * b for a, b in zip(row, col)) for col in zip(*B)] for row in A]""")),

R(C, U("""reviewing a junior's PR and I'm not sure if I should block on this. thoughts?

public List<Order> getOrders(Long userId) {
    List<Order> all = orderRepository.findAll();
    return all.stream().filter(o -> o.getUserId().equals(userId)).collect(toList());
}""")),

R(C, U("""PHP: is this password handling OK for 2026?

$hash = md5($salt . $_POST['password']);
if ($hash === $row['password_hash']) { login($row); }""")),

R(C,
  CC("explain src/queue/backoff.go"),
  A(t("Reading the file."), tu("01Bo1", "Read", {"file_path": "src/queue/backoff.go"})),
  U(tr("01Bo1", "func Backoff(attempt int) time.Duration {\n\td := time.Duration(1<<attempt) * 100 * time.Millisecond\n\tif d > 30*time.Second {\n\t\td = 30 * time.Second\n\t}\n\treturn d\n}\n")),
  A("It's exponential backoff: 100ms × 2^attempt, capped at 30s. Attempt 0 → 100ms, 1 → 200ms, 5 → 3.2s, and from attempt 9 on it's clamped to 30s."),
  U("ok now put your reviewer hat on. anything you'd flag in it? we have 2000 workers retrying against the same db after outages"),
),

R(C, U("""Bu Kotlin extension fonksiyonu mantıklı mı yoksa fazla mı sihirli? PR'da yorum bekliyorum

fun String?.orDash(): String = if (this.isNullOrBlank()) "—" else this""")),

R(C, U("""Is my bash ok? shellcheck is clean but I'm paranoid

for f in $(ls /data/*.csv); do
  mv "$f" /archive/
done""")),

R(C, CC(opened("controllers/app_controller.go"), """be brutal. first time writing a k8s operator reconcile loop

func (r *Reconciler) Reconcile(ctx context.Context, req ctrl.Request) (ctrl.Result, error) {
    var app v1.App
    r.Get(ctx, req.NamespacedName, &app)
    dep := buildDeployment(app)
    r.Create(ctx, dep)
    return ctrl.Result{RequeueAfter: time.Second}, nil
}""")),

R(C, CC(opened("dashboard/views.py"), """Is there a perf problem with this Django view? p50 is ok for now (120ms) but I'm worried when tenants grow

def dashboard(request):
    projects = Project.objects.filter(org=request.user.org)
    data = [{"name": p.name, "owner": p.owner.email, "tasks": p.tasks.count()} for p in projects]
    return JsonResponse({"projects": data})""")),

R(C, U("""ik heb deze unit test geschreven na de fix, dekt hij genoeg af of mis ik gevallen?

def test_slugify():
    assert slugify("Hello World") == "hello-world"
    assert slugify("  trim  ") == "trim"
""")),

R(C, U("""C#: is `async void` ok here? it's a button handler in WPF

private async void SaveButton_Click(object sender, RoutedEventArgs e)
{
    await _service.SaveAsync(Model);
    StatusText.Text = "Saved";
}""")),

R(C, CC(opened("src/validation/email.ts"), """reviewer: "this regex is vulnerable to ReDoS". me: ??? is he right

const EMAIL = /^([a-zA-Z0-9_.+-]+)+@([a-zA-Z0-9-]+\\.)+[a-zA-Z]{2,}$/;""")),

R(C,
  U("generate a pydantic model for this json: {\"id\": 1, \"tags\": [\"a\"], \"meta\": {\"created\": \"2024-01-01T00:00:00Z\"}}"),
  A("""```python
class Meta(BaseModel):
    created: datetime

class Item(BaseModel):
    id: int
    tags: list[str] = []
    meta: Meta
```"""),
  U("hm `tags: list[str] = []` — isn't a mutable default a bug in python? or does pydantic handle it. is the model ok to ship"),
),

R(C, U("""Ist das so sauber? Ich hab die Konfiguration aus Umgebungsvariablen geladen

DB_HOST = os.getenv("DB_HOST") or "localhost"
DB_PORT = int(os.getenv("DB_PORT"))
DEBUG = os.getenv("DEBUG", False)""")),

R(C, U("""last thing before I hit merge — `git diff main...HEAD --stat` is 41 files, +1,900/-2,300. I deleted the old v1 api handlers and the tests for them. anything in that summary that should scare me? 

 api/v1/handlers.go        | 812 -------
 api/v1/handlers_test.go   | 640 ------
 api/v2/handlers.go        |  44 +-
 internal/auth/scopes.go   |  19 +-
 migrations/0042_drop_v1_tokens.sql | 6 +
 ...""")),

R(C, U("""GraphQL resolver, any N+1 issues?

const resolvers = {
  Query: { posts: () => db.post.findMany({ take: 50 }) },
  Post: { author: (p) => db.user.findUnique({ where: { id: p.authorId } }) },
};""")),

R(C, CC("<ide_selection>The user selected the lines 1 to 6 from scripts/cleanup.sh:\n#!/bin/bash\nDIR=$1\ncd $DIR\nrm -rf *\necho done\n\nThis may or may not be related to the current task.</ide_selection>", "safe to run this from cron?")),

R(C, U("""Reviewer says my Elixir is "not using pattern matching enough". example:

def status(resp) do
  if resp.status == 200 do
    {:ok, resp.body}
  else
    if resp.status == 404, do: {:error, :not_found}, else: {:error, resp.status}
  end
end

fair?""")),
R(C, CC(opened("modules/report-lambda/iam.tf"), """Terraform module PR. Does the IAM look least-privilege to you?

data "aws_iam_policy_document" "lambda" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-reports", "arn:aws:s3:::acme-reports/*"]
  }
  statement {
    actions   = ["logs:CreateLogStream", "logs:PutLogEvents"]
    resources = ["*"]
  }
}""")),

R(C,
  U("the export job is slow, takes 40 min for 2M rows"),
  A("Most of that is probably per-row round trips. Can you show the loop?"),
  U("nvm I rewrote it with COPY and it's 90 seconds now lol. here's the new version, would you sign off on it?\n\nwith conn.cursor() as cur, open(out, 'w') as f:\n    cur.copy_expert(f\"COPY (SELECT * FROM orders WHERE day = '{day}') TO STDOUT WITH CSV HEADER\", f)"),
),

R(C, U("""このPythonのデコレータ、書き方として問題ないですか？レビューで指摘されそうな点があれば教えてください

def timed(fn):
    def wrapper(*args, **kwargs):
        t = time.time()
        r = fn(*args, **kwargs)
        print(fn.__name__, time.time() - t)
        return r
    return wrapper""")),
R(C, CC(opened("src/orders/checkout.service.ts"), """PR is ready and CI is green. before I tag people, would you merge this? main worries: the transaction boundaries and whether the inventory reservation can leak if payment fails

```ts
@Injectable()
export class CheckoutService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly payments: PaymentsClient,
    private readonly inventory: InventoryClient,
    private readonly events: EventPublisher,
    private readonly logger: Logger,
  ) {}

  async checkout(userId: string, cartId: string, paymentMethodId: string): Promise<Order> {
    const cart = await this.prisma.cart.findUnique({
      where: { id: cartId },
      include: { items: { include: { product: true } } },
    });
    if (!cart || cart.userId !== userId) throw new NotFoundException('cart');
    if (cart.items.length === 0) throw new BadRequestException('empty cart');

    const total = cart.items.reduce((sum, i) => sum + i.product.price * i.quantity, 0);

    const reservation = await this.inventory.reserve(
      cart.items.map(i => ({ sku: i.product.sku, qty: i.quantity })),
    );

    let charge;
    try {
      charge = await this.payments.charge({
        amount: total,
        currency: 'EUR',
        paymentMethodId,
        idempotencyKey: `checkout-${cartId}`,
      });
    } catch (e) {
      this.logger.error('payment failed', e);
      throw new PaymentRequiredException();
    }

    const order = await this.prisma.$transaction(async tx => {
      const o = await tx.order.create({
        data: {
          userId,
          total,
          chargeId: charge.id,
          reservationId: reservation.id,
          items: {
            create: cart.items.map(i => ({
              productId: i.productId,
              quantity: i.quantity,
              unitPrice: i.product.price,
            })),
          },
        },
      });
      await tx.cart.delete({ where: { id: cartId } });
      return o;
    });

    await this.inventory.commit(reservation.id);
    await this.events.publish('order.placed', { orderId: order.id, userId, total });
    return order;
  }
}
```""")),

R(C, U("""Ich hab den Fix für den Speicherleck-Bug fertig, Tests sind grün. Würdest du den so mergen oder übersehe ich was?

-    self._listeners.append(callback)
+    self._listeners.append(weakref.WeakMethod(callback))
...
-    for cb in self._listeners: cb(event)
+    for ref in self._listeners:
+        cb = ref()
+        if cb is not None: cb(event)""")),

R(C, U("""Este diff é seguro? O dev diz que só trocou a lib de JWT

-  const payload = jwt.verify(token, process.env.JWT_SECRET);
+  const payload = jose.decodeJwt(token);
   req.user = await users.find(payload.sub);""")),

R(C, U("""sanity check kar do please, ye bash function prod server pe chalane wala hoon

rotate_logs() {
  find /var/log/app -name "*.log" -mtime +7 -exec gzip {} \\;
  find /var/log/app -name "*.gz" -mtime +30 -delete
}""")),
]
