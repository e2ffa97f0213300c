from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

C = "code_review"
EXAMPLES = []
add = EXAMPLES.append

# 1 is he right?
add(ex(C, U(reminder("2026-04-01"), opened("sync/fetch.py"), '''reviewer left this on my PR:

> "Don't catch Exception here, you'll swallow KeyboardInterrupt and hide bugs. Catch the specific requests exceptions."

the code:

try:
    resp = session.get(url, timeout=5)
    resp.raise_for_status()
    return resp.json()
except Exception as e:
    log.warning("fetch failed for %s: %s", url, e)
    return None

is he right?''')))

# 2 sanity check before push (CC tool loop)
t1 = use("Bash", command="git diff", description="Show unstaged changes")
add(ex(C,
    U(reminder(), "sanity check before I push"),
    A("Looking at the diff.", t1),
    U(result(t1, '''diff --git a/src/auth/reset.ts b/src/auth/reset.ts
@@ -14,10 +14,12 @@ export async function requestReset(email: string) {
-  const user = await db.user.findUnique({ where: { email } });
-  if (!user) throw new NotFound("no user with that email");
+  const user = await db.user.findUnique({ where: { email: email.toLowerCase() } });
+  if (!user) return; // don't leak which emails exist
   const token = crypto.randomBytes(32).toString("hex");
-  await db.resetToken.create({ data: { userId: user.id, token, expiresAt: addHours(new Date(), 24) } });
+  await db.resetToken.create({ data: { userId: user.id, token, expiresAt: addMinutes(new Date(), 30) } });
   await mailer.send(user.email, "reset", { link: `${APP_URL}/reset?token=${token}` });
 }'''), "mostly worried the lowercasing breaks people who signed up with mixed-case emails")))

# 3 would you merge this
add(ex(C, U('''would you merge this?

-func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
-	f, hdr, err := r.FormFile("file")
+func (s *Server) handleUpload(w http.ResponseWriter, r *http.Request) {
+	r.Body = http.MaxBytesReader(w, r.Body, 20<<20)
+	f, hdr, err := r.FormFile("file")
 	if err != nil {
 		http.Error(w, err.Error(), 400)
 		return
 	}
 	defer f.Close()
-	dst, _ := os.Create(filepath.Join(s.dir, hdr.Filename))
+	dst, err := os.Create(filepath.Join(s.dir, hdr.Filename))
+	if err != nil {
+		http.Error(w, "cannot save", 500)
+		return
+	}
+	defer dst.Close()
 	io.Copy(dst, f)''')))

# 4 poke holes
add(ex(C, U(reminder(), opened("src/middleware/auth.ts"), '''poke holes in this

export function requireAuth(req: Request, res: Response, next: NextFunction) {
  const token = req.headers.authorization?.split(" ")[1] ?? req.query.token;
  if (!token) return res.status(401).end();
  try {
    const payload = jwt.decode(token as string) as JwtPayload;
    if (payload.exp && payload.exp * 1000 < Date.now()) return res.status(401).end();
    req.user = { id: payload.sub!, roles: payload.roles ?? [] };
    next();
  } catch {
    res.status(401).end();
  }
}''')))

# 5 which of these two
add(ex(C,
    U("how do I get exhaustiveness checking on a string union in TS?"),
    A("Use a `switch` over the union and, in the `default` branch, assign the value to a variable typed `never`. If someone adds a member to the union and forgets a case, that assignment fails to compile. A `Record<Status, ...>` map gives you the same guarantee for lookups."),
    U(reminder("2026-08-15"), '''which of these two would you rather maintain?

// A
function statusLabel(s: Status) {
  switch (s) {
    case "draft": return "Draft";
    case "review": return "In review";
    case "published": return "Published";
    default: { const _x: never = s; return _x; }
  }
}

// B
const STATUS_LABEL: Record<Status, string> = { draft: "Draft", review: "In review", published: "Published" };
const statusLabel = (s: Status) => STATUS_LABEL[s];''')))

# 6 did I miss anything - migration
add(ex(C, U(reminder(), opened("db/migrations/20261126_provider_ref.sql"), '''did I miss anything? runs against prod tonight, table has ~40M rows

BEGIN;
ALTER TABLE payments ADD COLUMN provider_ref text;
UPDATE payments SET provider_ref = metadata->>'stripe_id' WHERE provider = 'stripe';
ALTER TABLE payments ALTER COLUMN provider_ref SET NOT NULL;
CREATE UNIQUE INDEX payments_provider_ref_idx ON payments (provider, provider_ref);
COMMIT;''')))

# 7 SQL injectable?
add(ex(C, U(opened("catalog/repository.py"), '''is this injectable? sort comes from the query string

def list_products(db, sort: str = "name", direction: str = "asc"):
    if direction not in ("asc", "desc"):
        direction = "asc"
    sql = f"SELECT id, name, price FROM products ORDER BY {sort} {direction} LIMIT %s"
    return db.execute(sql, (50,)).fetchall()''')))

# 8 this good? terse
add(ex(C, U("this good?\n\nconst sleep = (ms) => new Promise(r => setTimeout(r, ms))")))

# 9 idiomatic rust
add(ex(C, U(reminder("2026-03-08"), opened("src/config.rs"), '''is this idiomatic rust or am I writing go in rust

fn read_config(path: &str) -> Result<Config, String> {
    let data = match std::fs::read_to_string(path) {
        Ok(d) => d,
        Err(e) => return Err(format!("read: {}", e)),
    };
    let cfg: Config = match toml::from_str(&data) {
        Ok(c) => c,
        Err(e) => return Err(format!("parse: {}", e)),
    };
    if cfg.workers == 0 {
        return Err("workers must be > 0".to_string());
    }
    Ok(cfg)
}''')))

# 10 NPE trace + fix - is fix right? (trace surface)
add(ex(C, U('''got this in prod:

java.lang.NullPointerException: Cannot invoke "com.acme.Customer.getTier()" because "customer" is null
	at com.acme.pricing.DiscountService.discountFor(DiscountService.java:42)
	at com.acme.checkout.CheckoutController.quote(CheckoutController.java:88)

my fix:

-    Tier tier = customer.getTier();
+    Tier tier = customer == null ? Tier.STANDARD : customer.getTier();

does this make sense or am I papering over something''')))

# 11 thread safe?
add(ex(C,
    U("add a tiny in-memory stats counter I can call from the request handlers, just counts per key"),
    A('''```python
class Stats:
    def __init__(self):
        self.counts = defaultdict(int)
    def hit(self, key):
        self.counts[key] += 1
    def snapshot(self):
        return dict(self.counts)
```'''),
    U(reminder(), '''is this thread-safe? called from a ThreadPoolExecutor with 16 workers

class Stats:
    def __init__(self):
        self.counts = defaultdict(int)
    def hit(self, key):
        self.counts[key] += 1
    def snapshot(self):
        return dict(self.counts)''')))

# 12 anything bite at scale (CC selection)
add(ex(C, U(reminder("2026-03-30"), selection("app/api/feed.py", 40, 58, '''@router.get("/feed")
async def feed(user=Depends(current_user), db=Depends(get_db)):
    following = await db.scalars(select(Follow.followee_id).where(Follow.follower_id == user.id))
    posts = []
    for fid in following:
        rows = await db.scalars(select(Post).where(Post.author_id == fid).order_by(Post.created_at.desc()).limit(20))
        posts.extend(rows)
    posts.sort(key=lambda p: p.created_at, reverse=True)
    return [PostOut.from_orm(p) for p in posts[:50]]'''), "anything here that'll bite us once people follow a few thousand accounts?")))

# 13 lead says never use any - who's right
add(ex(C, U('''my lead says never use `any`, I say this is a generic JSON walker and `unknown` just adds noise. who's right

export function walk(node: any, visit: (path: string[], v: any) => void, path: string[] = []) {
  visit(path, node);
  if (node && typeof node === "object") {
    for (const [k, v] of Object.entries(node)) walk(v, visit, [...path, k]);
  }
}''')))

# 14 CC selection: this ok?
add(ex(C, U(reminder(), selection("src/lib/money.ts", 3, 6, '''export function addVat(net: number, rate = 0.19): number {
  return Math.round(net * (1 + rate) * 100) / 100;
}'''), "this ok?")))

# 15 CC tool loop: look over before PR
t1 = use("Bash", command="git diff main...HEAD", description="Diff against main")
add(ex(C,
    U(reminder(), TODO_EMPTY, "look over what I changed before I open the PR, esp. the retry bit"),
    A("Pulling the branch diff.", t1),
    U(result(t1, '''diff --git a/ingest/client.py b/ingest/client.py
@@ -1,6 +1,8 @@
+from tenacity import retry, stop_after_attempt, wait_exponential
+
 class IngestClient:
@@ -20,8 +22,9 @@ class IngestClient:
-    def send(self, batch):
-        return self.http.post("/v1/batch", json=batch, timeout=10)
+    @retry(stop=stop_after_attempt(5), wait=wait_exponential(min=1, max=30))
+    def send(self, batch):
+        r = self.http.post("/v1/batch", json=batch, timeout=10)
+        r.raise_for_status()
+        return r'''), "does the retry bit look right to you or will it retry stuff it shouldn't")))

# 16 gen -> is your version safe with huge file
add(ex(C,
    U("python: count lines in a file that match a regex, fast"),
    A('''```python
def count_matches(path, pattern):
    rx = re.compile(pattern)
    with open(path, "r", encoding="utf-8") as f:
        return sum(1 for line in f.read().splitlines() if rx.search(line))
```'''),
    U("hmm is your version actually ok if the file is like 30GB? and what if it's not utf8")))

# 17 understanding -> is it done right
add(ex(C,
    U('''how does this caching decorator work

def memo(fn):
    cache = {}
    def inner(*args):
        if args not in cache:
            cache[args] = fn(*args)
        return cache[args]
    return inner'''),
    A("It keeps a dict per decorated function, keyed by the positional args tuple. First call with given args computes and stores the result; later calls with equal args return the stored value."),
    U("ok so is it done right? we use it on get_user(user_id) in a long-running web worker")))

# 18 Spanish error handling chapuza
add(ex(C, U(reminder("2026-06-23"), opened("internal/orders/service.go"), '''¿está bien este manejo de errores o es una chapuza?

func (s *Service) Process(ctx context.Context, id string) error {
	order, err := s.repo.Get(ctx, id)
	if err != nil {
		log.Println(err)
		return err
	}
	if err := s.pay(ctx, order); err != nil {
		log.Println("pay failed", err)
		return errors.New("payment failed")
	}
	if err := s.repo.MarkPaid(ctx, id); err != nil {
		log.Println(err)
	}
	return nil
}''')))

# 19 German too complicated?
add(ex(C, U('''Passt das so oder ist das zu kompliziert? Ich will nur die Nutzer nach Abteilung gruppieren.

Map<String, List<String>> byDept = users.stream()
    .collect(Collectors.groupingBy(
        u -> Optional.ofNullable(u.getDepartment()).map(Department::getName).orElse("—"),
        TreeMap::new,
        Collectors.mapping(User::getDisplayName, Collectors.collectingAndThen(Collectors.toList(), l -> { l.sort(String.CASE_INSENSITIVE_ORDER); return Collections.unmodifiableList(l); }))));''')))

# 20 French: tu validerais cette PR
add(ex(C, U(reminder("2026-06-17"), opened("src/components/InvoiceTable.vue"), '''tu validerais cette PR ? c'est le diff complet

-    <tr v-for="inv in invoices">
+    <tr v-for="inv in sortedInvoices" :key="inv.id">
...
+const sortedInvoices = computed(() => invoices.value.sort((a, b) => b.date.localeCompare(a.date)))''')))

# 21 Portuguese upload security
add(ex(C, U(reminder(), opened("app/routes/profile.py"), '''tem algum problema de segurança nesse upload?

@app.post("/avatar")
def avatar():
    f = request.files["file"]
    ext = f.filename.rsplit(".", 1)[-1]
    if ext.lower() not in {"png", "jpg", "jpeg", "gif"}:
        abort(400)
    path = os.path.join(app.config["UPLOAD_DIR"], f"{current_user.id}_{f.filename}")
    f.save(path)
    return {"url": "/static/uploads/" + os.path.basename(path)}''')))

# 22 Chinese memory leak risk
add(ex(C, U('''帮我看看这段代码有没有内存泄漏的风险，准备上线了

class EventHub {
  private listeners = new Map<string, Set<Function>>();
  on(evt: string, fn: Function) {
    if (!this.listeners.has(evt)) this.listeners.set(evt, new Set());
    this.listeners.get(evt)!.add(fn);
  }
  emit(evt: string, ...args: any[]) {
    this.listeners.get(evt)?.forEach(fn => fn(...args));
  }
}

// 在每个 React 组件里:
useEffect(() => { hub.on("price", p => setPrice(p)); }, []);''')))

# 23 Japanese review of exception handling
add(ex(C, U('''このコード、例外処理のところ大丈夫？先輩に見せる前に確認したい

def load_users(path):
    try:
        f = open(path)
        data = json.load(f)
        f.close()
        return [User(**u) for u in data]
    except:
        return []''')))

# 24 Korean is it ok like this
add(ex(C, U('''이거 이렇게 짜도 괜찮아? 팀에서 이런 패턴 써도 되는지 모르겠어

@Transactional
public void transfer(Long from, Long to, BigDecimal amount) {
    Account a = accountRepo.findById(from).get();
    Account b = accountRepo.findById(to).get();
    a.setBalance(a.getBalance().subtract(amount));
    b.setBalance(b.getBalance().add(amount));
    notificationService.sendTransferEmail(a, b, amount);
}''')))

# 25 Russian pitfalls
add(ex(C, U(reminder("2026-10-10"), '''нормально так делать или есть подводные камни?

async def get_client():
    global _client
    if _client is None:
        _client = httpx.AsyncClient(timeout=10)
    return _client

@app.on_event("shutdown")
async def close():
    await _client.aclose()''')))

# 26 Italian query kills DB?
add(ex(C, U('''è accettabile questa query o ci ammazza il DB? gira ogni volta che qualcuno apre la dashboard (tabella events ~80M righe)

SELECT date(created_at) AS giorno, count(*)
FROM events
WHERE to_char(created_at, 'YYYY-MM') = to_char(now(), 'YYYY-MM')
  AND lower(type) = 'login'
GROUP BY 1 ORDER BY 1;''')))

# 27 Polish useEffect correctness
add(ex(C, U(opened("src/pages/Profile.jsx"), '''czy to jest poprawne użycie useEffect? działa, ale coś mi nie pasuje

function Profile({ userId }) {
  const [user, setUser] = useState(null);
  useEffect(async () => {
    const res = await fetch(`/api/users/${userId}`);
    setUser(await res.json());
  });
  return user ? <Card user={user} /> : <Spinner />;
}''')))

# 28 Turkish Dockerfile missed anything
add(ex(C, U(reminder(), opened("Dockerfile"), '''bu Dockerfile'da gözden kaçırdığım bir şey var mı? prod'a çıkacak

FROM node:20
WORKDIR /app
COPY . .
RUN npm install
ENV NODE_ENV=production
EXPOSE 3000
CMD npm start''')))

# 29 Hinglish prod ready?
add(ex(C, U('''ye code prod ke layak hai kya? kal release hai

def send_otp(phone):
    otp = random.randint(1000, 9999)
    cache.set(f"otp:{phone}", otp, 600)
    sms.send(phone, f"Your OTP is {otp}")
    return otp''')))

# 30 Vietnamese race condition?
add(ex(C, U('''đoạn này có race condition không? hai request cùng lúc có thể bán quá số vé không

def buy(event_id, qty):
    ev = Event.objects.get(id=event_id)
    if ev.sold + qty > ev.capacity:
        raise SoldOut()
    ev.sold += qty
    ev.save()
    return Ticket.objects.bulk_create([Ticket(event=ev) for _ in range(qty)])''')))

# 31 Dutch secrets loading
add(ex(C, U(reminder("2026-05-14"), opened("config/settings.py"), '''is dit een nette manier om secrets in te laden?

# settings.py
import json, subprocess
SECRETS = json.loads(subprocess.check_output(["aws", "secretsmanager", "get-secret-value", "--secret-id", "prod/app", "--query", "SecretString", "--output", "text"]))
DATABASE_PASSWORD = SECRETS["db_password"]
print("loaded secrets:", SECRETS)''')))

# 32 linter fine but readable?
add(ex(C, U('''the linter is happy with it but is it actually readable? be honest

const result = data.reduce((acc, { type, amount, meta: { tags = [] } = {} }) => ({ ...acc, [type]: { total: (acc[type]?.total ?? 0) + amount, tags: [...new Set([...(acc[type]?.tags ?? []), ...tags])] } }), {});''')))

# 33 terraform IAM policy security review
add(ex(C,
    U(reminder("2026-02-03"), "what permissions does the CI role have"),
    A((_t := use("Grep", pattern="aws_iam_role_policy|policy_document", path="infra/iam", output_mode="files_with_matches"))),
    U(result(_t, "infra/iam/ci.tf\ninfra/iam/deploy.tf")),
    A("The CI role's policy is defined in `infra/iam/ci.tf` as a `aws_iam_policy_document` named `ci`."),
    U('''security-wise, anything wrong with this IAM policy for the CI role?

data "aws_iam_policy_document" "ci" {
  statement {
    actions   = ["s3:*"]
    resources = ["arn:aws:s3:::acme-artifacts", "arn:aws:s3:::acme-artifacts/*"]
  }
  statement {
    actions   = ["ecr:*"]
    resources = ["*"]
  }
  statement {
    actions   = ["iam:PassRole"]
    resources = ["*"]
  }
  statement {
    actions   = ["sts:AssumeRole"]
    resources = ["arn:aws:iam::*:role/deploy-*"]
  }
}''')))

# 34 k8s manifest dumb before prod
add(ex(C, U(reminder(), opened("k8s/prod/deployment.yaml"), '''anything dumb in here before I kubectl apply to prod?

apiVersion: apps/v1
kind: Deployment
metadata: { name: api }
spec:
  replicas: 1
  template:
    spec:
      containers:
        - name: api
          image: registry.acme.io/api:latest
          env:
            - { name: DB_PASSWORD, value: "hunter2-prod" }
          ports: [{ containerPort: 8080 }]
          securityContext: { privileged: true }''')))

# 35 pull_request_target safe?
add(ex(C, U(reminder(), opened(".github/workflows/preview.yml"), '''is using pull_request_target like this safe? we need the secret to post a preview link on fork PRs

on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with: { ref: "${{ github.event.pull_request.head.sha }}" }
      - run: npm ci && npm run build
      - run: npx vercel deploy --token ${{ secrets.VERCEL_TOKEN }}''')))

# 36 reviewer says Map instead of object
add(ex(C, U('''reviewer says I should use a Map instead of a plain object here. worth changing or is that bikeshedding

const cache: Record<string, Promise<User>> = {};
export function loadUser(id: string) {
  if (!cache[id]) cache[id] = api.get(`/users/${id}`);
  return cache[id];
}''')))

# 37 junior wrote this, constructive feedback
add(ex(C, U('''a junior on my team wrote this and I want to give constructive feedback, not just "rewrite it". what would you flag and how would you phrase it?

public List<String> getEmails(List<User> users) {
    List<String> emails = new ArrayList<String>();
    for (int i = 0; i < users.size(); i++) {
        if (users.get(i).getEmail() != null && !users.get(i).getEmail().equals("")) {
            if (!emails.contains(users.get(i).getEmail().toLowerCase())) {
                emails.add(users.get(i).getEmail().toLowerCase());
            }
        }
    }
    return emails;
}''')))

# 38 refactor same behaviour?
add(ex(C, U(reminder("2026-07-09"), '''refactored this, is it still the same behaviour? before/after

before:
def price(item, user):
    p = item.base
    if user.is_member:
        p = p * 0.9
    if item.on_sale:
        p = p - 5
    if p < 0:
        p = 0
    return round(p, 2)

after:
def price(item, user):
    discount = 0.9 if user.is_member else 1
    sale = 5 if item.on_sale else 0
    return round(max(item.base - sale, 0) * discount, 2)''')))

# 39 is the test testing anything
add(ex(C,
    U(reminder(), "run the billing tests"),
    A((_t := use("Bash", command="pytest -q tests/billing", description="Run billing tests"))),
    U(result(_t, "............                                             [100%]\n12 passed in 0.38s")),
    A("All 12 billing tests pass."),
    U('''is this test actually testing anything?

@patch("app.billing.stripe")
@patch("app.billing.charge_customer")
def test_charge(mock_charge, mock_stripe):
    mock_charge.return_value = {"status": "ok"}
    result = charge_customer(42, 1000)
    assert result["status"] == "ok"
    mock_charge.assert_called_once()''')))

# 40 roast my code
add(ex(C,
    U("how do I cache API responses in python without adding redis"),
    A("For a single process, `functools.lru_cache` on a function that does the fetch is the simplest. If you need expiry, `cachetools.TTLCache` with the `@cached` decorator. Both are per-process, so each worker has its own copy."),
    U('''roast my code lol

def get_data(x):
    global cache
    if x in cache.keys():
        return cache[x]
    else:
        d = requests.get("http://api.internal/data/" + str(x)).json()
        cache[x] = d
        return d''')))

# 41 query before ship with EXPLAIN
add(ex(C, U('''before I ship it: will this hold up at 10x the current data? plan below (currently ~1M orders)

SELECT o.* FROM orders o WHERE o.customer_id = $1 AND o.status IN ('paid','shipped') ORDER BY o.created_at DESC LIMIT 20;

Limit  (cost=0.43..25.10 rows=20 width=120) (actual time=0.05..0.21 rows=20 loops=1)
  ->  Index Scan Backward using orders_created_at_idx on orders o  (cost=0.43..61250.22 rows=49650 width=120)
        Filter: ((customer_id = 42) AND (status = ANY ('{paid,shipped}'::text[])))
        Rows Removed by Filter: 1873''')))

# 42 edge cases
add(ex(C,
    U("write me a parseDuration that takes '300ms', '5s', '2m', '1h' and returns ms"),
    A('''```js
function parseDuration(s) {
  const m = /^(\\d+)(ms|s|m|h)$/.exec(s);
  const mult = { ms: 1, s: 1000, m: 60000, h: 3600000 };
  return Number(m[1]) * mult[m[2]];
}
```'''),
    U('''does this handle all the edge cases?

function parseDuration(s) {
  const m = /^(\\d+)(ms|s|m|h)$/.exec(s);
  const mult = { ms: 1, s: 1000, m: 60000, h: 3600000 };
  return Number(m[1]) * mult[m[2]];
}''')))

# 43 be brutal, CC opened file with selection
add(ex(C, U(reminder("2026-09-09"), selection("cmd/sync/main.go", 55, 78, '''	for _, acct := range accounts {
		go func() {
			items, err := client.Fetch(acct.ID)
			if err != nil {
				panic(err)
			}
			for _, it := range items {
				db.Exec("INSERT INTO items VALUES ('" + it.ID + "', '" + it.Name + "')")
			}
		}()
	}
	time.Sleep(30 * time.Second)
	fmt.Println("done")'''), "be brutal")))

# 44 rust unsafe soundness check
add(ex(C, U('''is this sound? clippy doesn't complain but I'm not sure about the lifetime

pub fn as_str(buf: &Vec<u8>) -> &'static str {
    unsafe { std::str::from_utf8_unchecked(std::slice::from_raw_parts(buf.as_ptr(), buf.len())) }
}''')))

# 45 Elixir review
add(ex(C, U('''elixir folks: is this how you'd write it, or is there a more idiomatic way?

def active_emails(users) do
  Enum.filter(users, fn u -> u.active == true end)
  |> Enum.map(fn u -> u.email end)
  |> Enum.filter(fn e -> e != nil end)
  |> Enum.uniq()
end''')))

# 46 C buffer review
add(ex(C, U(reminder(), opened("net/packet.c"), '''anything unsafe in here? it parses a length-prefixed packet from the network

int parse_packet(const uint8_t *buf, size_t len, packet_t *out) {
    uint16_t n = (buf[0] << 8) | buf[1];
    memcpy(out->payload, buf + 2, n);
    out->len = n;
    return 0;
}
// packet_t { uint8_t payload[512]; uint16_t len; }''')))

# 47 Kotlin coroutine usage review
add(ex(C,
    U("how do I fire-and-forget a network call in kotlin without blocking the caller"),
    A("Launch a coroutine: `scope.launch(Dispatchers.IO) { api.send(event) }`. The important part is which `scope`: tie it to something with a lifecycle (viewModelScope, an application-level scope you cancel on shutdown) so work doesn't outlive what owns it."),
    U('''kotlin folks — GlobalScope here, fine or a smell?

class AnalyticsTracker(private val api: AnalyticsApi) {
    fun track(event: Event) {
        GlobalScope.launch(Dispatchers.IO) {
            runCatching { api.send(event) }
        }
    }
}''')))

# 48 C# async void
add(ex(C, U(opened("src/Orders/OrderEventHandler.cs"), '''code review pls, especially the async stuff

public async void OnOrderPlaced(Order order)
{
    var invoice = await _invoices.CreateAsync(order);
    _email.SendAsync(order.CustomerEmail, invoice);
    await _db.SaveChangesAsync();
}''')))

# 49 Swift force unwraps review
add(ex(C,
    U("what's the difference between ! and ? on optionals in swift again"),
    A("`x?` (optional chaining) continues only if `x` isn't nil and the whole expression becomes optional. `x!` force-unwraps: you get the value, or the app crashes if it's nil."),
    U('''my PR got 12 comments about force unwraps. are they all legit or is some of it fine?

let url = URL(string: "https://api.acme.io/v2")!
let cell = tableView.dequeueReusableCell(withIdentifier: "Cell")!
let user = session.currentUser!
let data = try! JSONEncoder().encode(payload)
let first = items.first!''')))

# 50 PHP review
add(ex(C,
    U(reminder(), "what did the last commit change in PostController"),
    A((_t := use("Bash", command="git show --stat HEAD && git show HEAD -- app/Http/Controllers/PostController.php", description="Show last commit"))),
    U(result(_t, "commit 4e1d2a0\n    simplify post update\n app/Http/Controllers/PostController.php | 14 ++------------\n-        $data = $request->validate([\n-            'title' => 'required|max:200',\n-            'body' => 'required',\n-        ]);\n-        $post = Post::findOrFail($id);\n-        $this->authorize('update', $post);\n-        $post->update($data);\n+        $post = Post::find($id);\n+        $post->update($request->all());")),
    A("The last commit (\"simplify post update\") collapsed `update()` to two lines."),
    U('''laravel: anything off with this controller method?

public function update(Request $request, $id)
{
    $post = Post::find($id);
    $post->update($request->all());
    return redirect('/posts/' . $id);
}''')))

# 51 bash script review
add(ex(C, U(reminder("2026-01-21"), '''going to put this in cron on the prod db host. look ok?

#!/bin/bash
cd /backups
pg_dump -U postgres app > backup-$(date +%F).sql
find . -mtime +7 -exec rm {} \\;
aws s3 cp backup-$(date +%F).sql s3://acme-db-backups/''')))

# 52 multi-turn: debugging done -> was my fix the right one?
add(ex(C,
    U("celery tasks keep running twice when a worker restarts"),
    A("With `acks_late=True` a task is only acknowledged after it finishes, so if a worker dies mid-task the broker redelivers it. Also, if the task runs longer than Redis's `visibility_timeout` (default 1h), it gets redelivered to another worker even without a restart."),
    U('''right, some exports take 90 min. I went with this:

app.conf.broker_transport_options = {"visibility_timeout": 6 * 3600}

@app.task(bind=True, acks_late=True)
def export(self, job_id):
    if Job.objects.filter(id=job_id, status="done").exists():
        return
    ...

is this the right fix or just a bandaid''')))

# 53 compare two PR approaches (CC)
add(ex(C, U(reminder(), '''two people opened PRs for the same ticket (dedupe notifications). which approach would you pick?

PR #1412: unique index on (user_id, kind, entity_id, date_trunc('hour', created_at)) + INSERT ... ON CONFLICT DO NOTHING
PR #1415: before inserting, SELECT for an existing notification in the last hour in the same transaction, skip if found''')))

# 54 react component review, code-switch Spanish/English
add(ex(C, U('''oye, me dejaron "LGTM" pero no me fío. ¿le ves algo raro a este componente?

export function SearchBox({ onSearch }) {
  const [q, setQ] = useState("");
  useEffect(() => {
    const t = setTimeout(() => onSearch(q), 300);
  }, [q]);
  return <input value={q} onChange={e => setQ(e.target.value)} />;
}''')))

# 55 French: crypto review
add(ex(C, U('''je stocke les mots de passe comme ça, c'est correct ?

import hashlib, os
def hash_pw(pw: str) -> str:
    salt = os.urandom(8).hex()
    return salt + "$" + hashlib.sha256((salt + pw).encode()).hexdigest()''')))

# 56 German: SQL in CC opened file, "passt das?"
add(ex(C, U(reminder("2026-02-25"), selection("db/queries/report.sql", 1, 9, '''SELECT k.name, SUM(r.betrag) AS umsatz
FROM kunden k, rechnungen r
WHERE k.id = r.kunden_id
  AND r.datum >= '2025-01-01'
GROUP BY k.name
HAVING SUM(r.betrag) > 1000
ORDER BY 2 DESC;'''), "passt das so? vor allem der implizite Join und das GROUP BY auf den Namen")))

# 57 Chinese: compare two implementations
add(ex(C, U('''这两种写法哪个更好？团队里争论了半天

// 写法A
func (s *Svc) Get(id int) (*User, error) {
    u, err := s.repo.Find(id)
    if err != nil {
        return nil, fmt.Errorf("get user %d: %w", id, err)
    }
    return u, nil
}

// 写法B
func (s *Svc) Get(id int) (*User, error) {
    return s.repo.Find(id)
}''')))

# 58 Japanese: "did I miss anything" with CC tool loop
t1 = use("Bash", command="git diff --staged", description="Show staged diff")
add(ex(C,
    U(reminder("2026-07-03"), "コミット前にチェックして。見落としある？"),
    A("ステージされた差分を見ます。", t1),
    U(result(t1, '''diff --git a/api/users.py b/api/users.py
@@ -30,6 +30,11 @@ def delete_user(user_id: int, db: Session = Depends(get_db)):
+    user = db.get(User, user_id)
+    if user is None:
+        raise HTTPException(404)
+    db.delete(user)
+    db.commit()
+    return {"deleted": user_id}'''), "誰でも他人のアカウント消せたりしない？")))

# 59 Korean perf review of code
add(ex(C, U(reminder(), opened("scripts/dedupe.py"), '''성능 관점에서 리뷰 좀 해줘. 리스트가 10만 개까지 갈 수 있어

def find_duplicates(items):
    dups = []
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if items[i]["email"] == items[j]["email"] and items[i] not in dups:
                dups.append(items[i])
    return dups''')))

# 60 Portuguese: follow-up review of assistant's suggestion
add(ex(C,
    U("como eu faço pra não mandar e-mail duplicado quando o webhook chega duas vezes?"),
    A("Guarde o `event_id` numa tabela com unique constraint e só processe se o insert der certo: `INSERT INTO processed_events(id) VALUES (%s) ON CONFLICT DO NOTHING RETURNING id`. Se não retornar nada, já foi processado."),
    U('''fiz assim, tá certo?

def handle(event):
    send_email(event["customer_email"], event["type"])
    db.execute("INSERT INTO processed_events(id) VALUES (%s) ON CONFLICT DO NOTHING", (event["id"],))''')))

# 61 regex review
add(ex(C, U(reminder("2026-12-02"), opened("src/validation/email.ts"), r'''we use this to validate emails at signup, any problems?

^[a-zA-Z0-9._-]+@[a-zA-Z0-9-]+\.[a-z]{2,3}$''')))

# 62 Scala review
add(ex(C, U('''scala reviewers: is using Await.result here acceptable? it's inside an akka http route

path("users" / LongNumber) { id =>
  get {
    val user = Await.result(userRepo.find(id), 5.seconds)
    complete(user)
  }
}''')))

# 63 helm chart values review - Russian
add(ex(C, U('''проверь values для прода, ничего не упустил?

replicaCount: 2
resources: {}
livenessProbe:
  httpGet: { path: /health, port: 8080 }
  initialDelaySeconds: 0
  periodSeconds: 2
  failureThreshold: 1
autoscaling:
  enabled: true
  minReplicas: 2
  maxReplicas: 50
  targetCPUUtilizationPercentage: 50''')))

# 64 Italian: is the abstraction worth it
add(ex(C, U('''un collega ha introdotto questa astrazione "per il futuro". vale la pena tenerla o è over-engineering? per ora esiste solo EmailSender

interface Sender<T extends Message> { send(msg: T): Promise<Result> }
abstract class BaseSender<T extends Message> implements Sender<T> { ... }
class SenderFactory { static create(kind: "email"): Sender<any> { return new EmailSender(); } }
class EmailSender extends BaseSender<EmailMessage> { ... }''')))

# 65 turkish: CC review of GH workflow
add(ex(C, U(reminder(), opened(".github/workflows/release.yml"), "bu workflow'da güvenlik açısından bir sorun var mı? özellikle secrets kullanımı ve third-party action'lar")))

# 66 multi-turn: previous review, then "and now?" after changes
add(ex(C,
    U('''thoughts?

async function getAll(ids) {
  const out = [];
  for (const id of ids) out.push(await fetchItem(id));
  return out;
}'''),
    A("It's correct but sequential: 100 ids means 100 round trips one after another. If the API allows it, run them concurrently with a cap, e.g. `p-limit(8)` + `Promise.all`, so you don't hammer the server."),
    U('''updated:

const limit = pLimit(8);
async function getAll(ids) {
  return Promise.all(ids.map(id => limit(() => fetchItem(id))));
}

better? what happens if one of them throws''')))

# 67 code review: hint of debugging word but actually review ("would this break")
add(ex(C,
    U("we need tenant isolation in the user cache, two tenants can have the same user id"),
    A("Then the tenant has to be part of the key. Something like `user:v2:${tenantId}:${id}`; bumping the version prefix also means old entries are simply ignored and expire, instead of being read with the wrong shape."),
    U('''would this break anything if I merge it? it changes the cache key format

- const key = `user:${id}`;
+ const key = `user:v2:${tenantId}:${id}`;

we deploy with rolling updates, 6 pods, redis shared''')))

# 68 CC big diff review, long
add(ex(C, U(reminder_md("- TypeScript strict\n- prefer zod for validation at boundaries\n- no default exports"), '''give this a proper review, it's the new webhook ingestion handler

+import { z } from "zod";
+import crypto from "node:crypto";
+import type { FastifyInstance } from "fastify";
+import { queue } from "../queue";
+import { db } from "../db";
+
+const Payload = z.object({
+  id: z.string(),
+  type: z.string(),
+  created: z.number(),
+  data: z.record(z.any()),
+});
+
+export default async function routes(app: FastifyInstance) {
+  app.post("/hooks/:source", async (req, reply) => {
+    const source = (req.params as any).source;
+    const secret = process.env[`HOOK_SECRET_${source.toUpperCase()}`];
+    const sig = req.headers["x-signature"] as string;
+    const expected = crypto.createHmac("sha256", secret!).update(JSON.stringify(req.body)).digest("hex");
+    if (sig !== expected) {
+      return reply.code(401).send({ error: "bad signature", expected });
+    }
+    const parsed = Payload.parse(req.body);
+    const existing = await db.query("select 1 from hook_events where id = $1", [parsed.id]);
+    if (existing.rowCount) return reply.code(200).send({ ok: true, duplicate: true });
+    await db.query("insert into hook_events (id, source, body) values ($1, $2, $3)", [parsed.id, source, req.body]);
+    await queue.add(`hook:${source}`, parsed);
+    return reply.code(200).send({ ok: true });
+  });
+
+  app.get("/hooks/:source/events", async (req, reply) => {
+    const source = (req.params as any).source;
+    const { limit = "50", after } = req.query as any;
+    const rows = await db.query(
+      `select id, source, body, received_at from hook_events where source = '${source}'` +
+        (after ? ` and received_at > '${after}'` : "") +
+        ` order by received_at desc limit ${limit}`,
+    );
+    return rows.rows;
+  });
+
+  app.post("/hooks/:source/replay/:id", async (req, reply) => {
+    const { source, id } = req.params as any;
+    const row = await db.query("select body from hook_events where id = $1", [id]);
+    if (!row.rowCount) return reply.code(404).send();
+    await queue.add(`hook:${source}`, Payload.parse(row.rows[0].body));
+    return { replayed: id };
+  });
+}
+
+// worker side
+export async function handleHook(job: { name: string; data: z.infer<typeof Payload> }) {
+  const [, source] = job.name.split(":");
+  const handler = handlers[source];
+  if (!handler) {
+    console.log("no handler for", source, job.data);
+    return;
+  }
+  try {
+    await handler(job.data);
+  } catch (e) {
+    await db.query("update hook_events set failed = true, error = $2 where id = $1", [job.data.id, String(e)]);
+    throw e;
+  }
+}
+
+const handlers: Record<string, (p: any) => Promise<void>> = {
+  shopify: async (p) => {
+    if (p.type === "orders/create") await importOrder(p.data);
+    if (p.type === "orders/cancelled") await cancelOrder(p.data.id);
+  },
+  stripe: async (p) => {
+    switch (p.type) {
+      case "invoice.paid":
+        await markPaid(p.data.object.metadata.order_id);
+        break;
+      case "charge.refunded":
+        await refund(p.data.object.metadata.order_id, p.data.object.amount_refunded);
+        break;
+    }
+  },
+};''')))

# 69 "check my approach" pseudo-code for review
add(ex(C,
    U("whats a cheap way to do percentage rollouts for feature flags without a vendor"),
    A("Hash a stable identifier together with the flag name into 0–99 and enable the flag if it's below the rollout percentage. Same user always lands in the same bucket, and including the flag name means different flags don't enable for the same users."),
    U('''feature toggle check — ok to merge? I put it in the hot path of every request

def is_enabled(flag: str, user_id: int) -> bool:
    row = db.execute("SELECT enabled, rollout FROM flags WHERE name = %s", (flag,)).fetchone()
    if not row or not row.enabled:
        return False
    return (hash(f"{flag}:{user_id}") % 100) < row.rollout''')))

# 70 Hindi/Hinglish code review request with selection
add(ex(C, U(reminder("2026-11-19"), selection("src/utils/format.js", 1, 8, '''export function formatINR(n) {
  let s = Math.round(n).toString();
  let last3 = s.slice(-3);
  let rest = s.slice(0, -3);
  if (rest) last3 = "," + last3;
  return "₹" + rest.replace(/\\B(?=(\\d{2})+(?!\\d))/g, ",") + last3;
}'''), "isme koi gadbad to nahi? negative numbers aur paise wale amounts ke saath bhi theek chalega?")))
