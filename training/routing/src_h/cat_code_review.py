from common import U, A, CC, TU, AT, TR, TRS

CATEGORY = "code_review"

EXAMPLES = [
    [U("""reviewer left this on my PR:

> this swallows the exception and returns an empty list, so callers can't tell "no results" from "the db is down"

def search(q):
    try:
        return db.query(q)
    except Exception:
        log.warning("search failed")
        return []

fair point?""")],
    [U("is this safe\n\n```php\n$id = $_GET['id'];\n$row = $pdo->query(\"SELECT * FROM users WHERE id = \" . intval($id))->fetch();\n```")],
    [CC("error handling ok here?\n\nfunc load(path string) (*Config, error) {\n\tf, err := os.Open(path)\n\tif err != nil {\n\t\treturn nil, err\n\t}\n\tvar c Config\n\tif err := json.NewDecoder(f).Decode(&c); err != nil {\n\t\treturn nil, err\n\t}\n\treturn &c, nil\n}", rem=0)],
    [U("""which one would you keep

A)
const total = items.reduce((acc, i) => acc + i.price * i.qty, 0);

B)
let total = 0;
for (const i of items) {
  total += i.price * i.qty;
}""")],
    [U("sanity check before I push? renamed the column in the model and the migration\n\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.RenameField('order', 'amount', 'amount_cents'),\n    ]\n\n# models.py\namount_cents = models.IntegerField()")],
    [U("does this follow our conventions? we use early returns and no else after return\n\ndef can_edit(user, doc):\n    if user.is_admin:\n        return True\n    else:\n        if doc.owner_id == user.id:\n            return True\n        else:\n            return False")],
    [CC("poke holes in this\n\n```rust\npub fn split_pair(s: &str) -> (&str, &str) {\n    let i = s.find('=').unwrap();\n    (&s[..i], &s[i+1..])\n}\n```", rem=5)],
    [U("would you merge this?\n\n-    timeout: 30s\n+    timeout: 300s\n     retries: 5\n\n(it's the http client config for the payments provider, they've been slow lately)")],
    [U("""k8s manifest for the new worker, anything off?

apiVersion: apps/v1
kind: Deployment
metadata:
  name: img-worker
spec:
  replicas: 3
  template:
    spec:
      containers:
      - name: worker
        image: acme/img-worker:latest
        securityContext:
          privileged: true
        env:
        - name: AWS_SECRET_ACCESS_KEY
          value: "AKIA...redacted"
""")],
    [U("did I miss anything? added a cache in front of the user lookup\n\nconst cache = new Map<string, User>();\nexport async function getUser(id: string) {\n  if (cache.has(id)) return cache.get(id)!;\n  const u = await db.users.findOne(id);\n  cache.set(id, u);\n  return u;\n}")],
    [CC("C'est propre ça ou pas ? Je trouve que ça fait beaucoup de if imbriqués\n\nif (user != null) {\n  if (user.getAddress() != null) {\n    if (user.getAddress().getCity() != null) {\n      return user.getAddress().getCity().toUpperCase();\n    }\n  }\n}\nreturn \"UNKNOWN\";", rem=4)],
    [U("GH action for publishing, is the token handling ok?\n\n- name: publish\n  run: |\n    echo \"//registry.npmjs.org/:_authToken=${{ secrets.NPM_TOKEN }}\" > ~/.npmrc\n    cat ~/.npmrc\n    npm publish")],
    [U("my coworker says this is an anti-pattern, is he right?\n\nclass UserService:\n    _instance = None\n    def __new__(cls):\n        if cls._instance is None:\n            cls._instance = super().__new__(cls)\n        return cls._instance")],
    [CC("quick one, is this thread safe\n\nprivate static int counter = 0;\npublic static int next() { return ++counter; }", rem=3)],
    [U("""perf review pls, this runs on every request

def has_permission(user, perm):
    perms = [p.name for p in Permission.objects.filter(role__in=user.roles.all())]
    return perm in perms""")],
    [U("Ist das so idiomatisches Go? Kommt von Java und bin unsicher\n\ntype UserRepositoryInterface interface {\n\tGetUserById(id int) (*User, error)\n}\n\ntype UserRepositoryImpl struct{ db *sql.DB }")],
    [U("Dockerfile ok?\n\nFROM node:20\nCOPY . .\nRUN npm install\nEXPOSE 3000\nCMD npm start")],
    [CC("Terraform for the bucket, security-wise is this fine\n\nresource \"aws_s3_bucket\" \"uploads\" {\n  bucket = \"acme-user-uploads\"\n}\nresource \"aws_s3_bucket_acl\" \"uploads\" {\n  bucket = aws_s3_bucket.uploads.id\n  acl    = \"public-read\"\n}", rem=2)],
    [U("Is there a race here? two requests can hit it at the same time\n\nasync def reserve_seat(seat_id, user_id):\n    seat = await Seat.get(seat_id)\n    if seat.taken_by is None:\n        seat.taken_by = user_id\n        await seat.save()\n        return True\n    return False")],
    [U("look at this sql, would it survive review at a place that cares\n\nSELECT * FROM orders o, customers c WHERE o.customer_id = c.id AND YEAR(o.created_at) = 2025 ORDER BY o.created_at")],
    [U("""here's my bash script for rotating logs, roast it

for f in `ls /var/log/app/*.log`; do
  mv $f $f.old
  gzip $f.old
done""")],
    [CC("これはRustとして自然な書き方ですか？clone が多すぎる気がします\n\nfn names(users: &Vec<User>) -> Vec<String> {\n    let mut out = Vec::new();\n    for u in users.clone() {\n        out.push(u.name.clone());\n    }\n    out\n}", rem=1)],
    [U("reviewer says \"prefer composition here\" on this, I don't see it. who's right\n\nclass LoggingList(list):\n    def append(self, x):\n        print('append', x)\n        super().append(x)")],
    [U("two versions of the same hook, my lead wrote one, I wrote the other. be honest which is better\n\n// mine\nfunction useDebounced(value, ms) {\n  const [v, setV] = useState(value);\n  useEffect(() => { const t = setTimeout(() => setV(value), ms); return () => clearTimeout(t); }, [value, ms]);\n  return v;\n}\n\n// lead\nfunction useDebounced(value, ms) {\n  const [v, setV] = useState(value);\n  const t = useRef();\n  useEffect(() => { clearTimeout(t.current); t.current = setTimeout(() => setV(value), ms); }, [value]);\n  return v;\n}")],
    [CC("password hashing, good enough?\n\nimport hashlib\ndef hash_pw(pw, salt):\n    return hashlib.sha256((salt + pw).encode()).hexdigest()", rem=0)],
    [U("nginx conf for the api, am I exposing anything I shouldn't\n\nserver {\n  listen 80;\n  server_name api.acme.io;\n  location / { proxy_pass http://127.0.0.1:8000; }\n  location /admin { proxy_pass http://127.0.0.1:8000/admin; }\n  location /.git { root /srv/api; }\n  autoindex on;\n}")],
    [U("Este código es seguro? Lo vi en un tutorial\n\napp.get('/file', (req, res) => {\n  res.sendFile(path.join(__dirname, 'uploads', req.query.name));\n});")],
    [U("I'm using `Arc<Mutex<HashMap<..>>>` everywhere in this axum app. smell or fine for now?\n\nstruct AppState { sessions: Arc<Mutex<HashMap<Uuid, Session>>>, rate: Arc<Mutex<HashMap<IpAddr, u32>>> }")],
    [CC("tests look fine to you? feels like they test nothing\n\ndef test_create_user(mocker):\n    repo = mocker.Mock()\n    repo.save.return_value = User(id=1, name='a')\n    svc = UserService(repo)\n    u = svc.create('a')\n    repo.save.assert_called_once()\n    assert u == repo.save.return_value", rem=5)],
    [U("Czy ten kod w Kotlinie jest ok? Szczególnie `!!`\n\nval user = repo.findById(id)!!\nval email = user.email!!.lowercase()")],
    [U("be brutal:\n\npublic class Utils {\n  public static String formatDate(Date d) { return new SimpleDateFormat(\"yyyy-MM-dd\").format(d); }\n  public static boolean isEmpty(String s) { return s == null || s.length() == 0; }\n  public static int parseIntSafe(String s) { try { return Integer.parseInt(s); } catch (Exception e) { return 0; } }\n}")],
    [CC("is it ok to do `except: pass` here, it's just the metrics push, I don't want it to ever crash the job\n\ntry:\n    statsd.gauge('job.rows', n)\nexcept:\n    pass", rem=4)],
    [U("CORS config for the api, ok to ship?\n\napp.use(cors({ origin: true, credentials: true }));")],
    [U("we keep JWT in localStorage in the spa, here's the code. is that acceptable or do I need to push back on the team\n\nlocalStorage.setItem('token', res.data.access_token);\naxios.defaults.headers.common.Authorization = `Bearer ${localStorage.getItem('token')}`;")],
    [CC("go routine leak?\n\nfunc firstResult(urls []string) string {\n\tch := make(chan string)\n\tfor _, u := range urls {\n\t\tgo func(u string) { ch <- fetch(u) }(u)\n\t}\n\treturn <-ch\n}", rem=3)],
    [U("This is the migration the intern wrote. Before I approve: anything that'll lock prod?\n\nCREATE INDEX idx_events_user ON events(user_id);\nALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb;")],
    [U("C++ reviewer flagged `std::move` on the return. is he right\n\nstd::vector<int> build() {\n    std::vector<int> v(1000);\n    // fill\n    return std::move(v);\n}")],
    [CC("swift: force unwraps ok in this context? it's a IBOutlet-heavy VC\n\n@IBOutlet weak var tableView: UITableView!\noverride func viewDidLoad() {\n    super.viewDidLoad()\n    tableView.dataSource = self\n    let cfg = Bundle.main.infoDictionary![\"API_URL\"] as! String\n}", rem=2)],
    [U("Elixir: is this a reasonable genserver or am I using it wrong\n\ndef handle_call({:get, key}, _from, state) do\n  {:reply, Map.get(state, key), state}\nend\ndef handle_cast({:put, key, val}, state) do\n  {:noreply, Map.put(state, key, val)}\nend\n\nit's basically a global key value store for the whole app")],
    # Claude Code shapes
    [CC("is this ok? feels hacky", rem=0, sel=("src/hooks/useAuth.ts", 20, 31, "useEffect(() => {\n  // eslint-disable-next-line react-hooks/exhaustive-deps\n  fetchUser().then(setUser);\n}, []);\n\nconst logout = () => {\n  localStorage.clear();\n  window.location.reload();\n};"))],
    [CC("review my staged changes before I commit", rem=1),
     AT("", TU("01Hr1", "Bash", command="git diff --staged")),
     TR("01Hr1", "diff --git a/api/orders.py b/api/orders.py\n@@ -22,9 +22,12 @@ def cancel_order(request, order_id):\n-    order = Order.objects.get(id=order_id)\n+    order = Order.objects.get(id=order_id, user=request.user)\n+    if order.status == 'shipped':\n+        return JsonResponse({'error': 'already shipped'}, status=400)\n     order.status = 'cancelled'\n     order.save()\n+    refund(order)\n     return JsonResponse({'ok': True})",
        text="mainly worried about the refund bit")],
    [CC("we have a convention doc for error handling in this repo, does this new file follow it?", rem=2, open="internal/payments/capture.go")],
    [CC("check the diff I just made to the retry logic, would you approve it", rem=3),
     AT("Let me look at the change.", TU("01Hr2", "Bash", command="git diff HEAD~1 -- lib/retry.rb")),
     TR("01Hr2", "-    sleep(2 ** attempt)\n+    sleep([2 ** attempt, 30].min + rand * 0.5)\n-    retry if attempt < 5\n+    retry if attempt < 10 && e.is_a?(Net::ReadTimeout)",
        text='is this change sound? only retrying on ReadTimeout now')],
    [CC("which approach is cleaner, the one in old_parser.py or the new one? I kept both for now", rem=4),
     AT("", TU("01Hr3", "Read", file_path="old_parser.py"), TU("01Hr4", "Read", file_path="parser.py")),
     TRS(("01Hr3", "def parse(line):\n    parts = line.split(',')\n    return {'ts': parts[0], 'lvl': parts[1], 'msg': ','.join(parts[2:])}"),
         ("01Hr4", "import re\nLINE = re.compile(r'^(?P<ts>[^,]+),(?P<lvl>[A-Z]+),(?P<msg>.*)$')\ndef parse(line):\n    m = LINE.match(line)\n    if not m: raise ValueError(line)\n    return m.groupdict()"),
         text="go")],
    [CC("sécurité: est-ce que ce endpoint d'upload est correct ?", rem=5, sel=("app/controllers/uploads_controller.rb", 5, 14, "def create\n  file = params[:file]\n  path = Rails.root.join('public', 'uploads', file.original_filename)\n  File.open(path, 'wb') { |f| f.write(file.read) }\n  render json: { url: \"/uploads/#{file.original_filename}\" }\nend"))],
    [CC("I ran the linters, all green. before I push, eyeball the PR for anything the linters can't catch", rem=0),
     AT("", TU("01Hr5", "Bash", command="git log --oneline main..HEAD && git diff main --stat")),
     TR("01Hr5", "8f2e1a0 add bulk import endpoint\n3c9d4b2 wip\n api/import.py     | 84 +++++++++++\n api/urls.py       |  1 +\n tests/test_import.py | 40 +++++",
        text="the wip commit is the one I'm least sure about. anything in there you'd block on?")],
    [CC("does this look right to you", open="charts/api/templates/hpa.yaml", sel=("charts/api/templates/hpa.yaml", 1, 14, "apiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  minReplicas: 1\n  maxReplicas: 50\n  metrics:\n  - type: Resource\n    resource:\n      name: memory\n      target:\n        type: Utilization\n        averageUtilization: 95"))],
    [CC("이 코드 리뷰 좀 해주세요. 특히 에러 처리 부분이 괜찮은지", rem=1, sel=("src/main/java/com/acme/OrderService.java", 44, 60, "public Order place(OrderRequest req) {\n    try {\n        Order o = mapper.toOrder(req);\n        repo.save(o);\n        kafka.send(\"orders\", o);\n        return o;\n    } catch (Exception e) {\n        e.printStackTrace();\n        return null;\n    }\n}"))],
    [CC("is the way I wrote the useEffect cleanup here right? not broken, just want a second opinion", rem=2, open="src/components/LiveTicker.tsx")],
    [CC("Claude wrote this refactor in the last session, I don't trust it fully. compare before/after and tell me if behaviour changed anywhere", rem=3),
     AT("", TU("01Hr6", "Bash", command="git diff HEAD~1 -- src/pricing.ts")),
     TR("01Hr6", "-export function price(base: number, qty: number, coupon?: Coupon) {\n-  let p = base * qty;\n-  if (coupon && coupon.pct) p = p * (1 - coupon.pct / 100);\n-  if (coupon && coupon.flat) p = p - coupon.flat;\n-  return Math.max(0, Math.round(p));\n+export function price(base: number, qty: number, coupon?: Coupon) {\n+  const afterFlat = base * qty - (coupon?.flat ?? 0);\n+  const afterPct = afterFlat * (1 - (coupon?.pct ?? 0) / 100);\n+  return Math.max(0, Math.round(afterPct));\n }",
        text='same output for every input? I think the coupon order changed')],
    # multi-turn, intent shifts to review
    [U("write a python function that chunks a list into n sized pieces"),
     A("```python\ndef chunks(xs, n):\n    for i in range(0, len(xs), n):\n        yield xs[i:i + n]\n```"),
     U("my version is below, is mine worse?\n\ndef chunks(xs, n):\n    return [xs[i*n:(i+1)*n] for i in range((len(xs)+n-1)//n)]")],
    [U("how do I use sqlx transactions in rust"),
     A("Call `pool.begin().await?` to get a `Transaction`, pass `&mut *tx` as the executor for each query, then `tx.commit().await?`. If the transaction is dropped without commit it rolls back."),
     U("ok did that, is this correct or will it leak the tx on error?\n\nlet mut tx = pool.begin().await?;\nsqlx::query!(\"UPDATE accounts SET bal = bal - $1 WHERE id = $2\", amt, from).execute(&mut *tx).await?;\nsqlx::query!(\"UPDATE accounts SET bal = bal + $1 WHERE id = $2\", amt, to).execute(&mut *tx).await?;\ntx.commit().await?;")],
    [U("the tests in test_billing are failing on CI only"),
     A("The CI runner uses UTC while your machine is on local time; `test_invoice_due_date` builds `date.today()` and compares it to a UTC timestamp, so it fails between midnight UTC and midnight local."),
     U("right, fixed it like this. good fix or bandaid?\n\n-    today = date.today()\n+    today = datetime.now(timezone.utc).date()")],
    [U("explain what `select_for_update(skip_locked=True)` does"),
     A("It adds `FOR UPDATE SKIP LOCKED` to the query: rows are locked for the rest of the transaction, and any rows already locked by another transaction are silently skipped instead of waiting. It's the usual way to build a job queue on Postgres where several workers grab different rows."),
     U("cool so here's my worker loop using it, anything wrong with it?\n\nwhile True:\n    with transaction.atomic():\n        jobs = Job.objects.select_for_update(skip_locked=True).filter(status='new')[:10]\n    for j in jobs:\n        process(j)\n        j.status = 'done'\n        j.save()")],
    [U("gimme a regex for semver"),
     A("`^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(?:-([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?(?:\\+([0-9A-Za-z-]+(?:\\.[0-9A-Za-z-]+)*))?$`"),
     U("i found this one on SO which is shorter, is it good enough: ^\\d+\\.\\d+\\.\\d+(-.+)?$")],
    [U("Wie strukturiere ich Go-Projekte mit mehreren Binaries?"),
     A("Üblich ist `cmd/<name>/main.go` pro Binary und gemeinsamer Code unter `internal/` (nicht importierbar von außen) oder `pkg/` (bewusst öffentlich). Die main-Pakete bleiben dünn und verdrahten nur."),
     U("So hab ich's jetzt gemacht, passt der Code in cmd/api/main.go so? Kommt mir zu viel vor\n\nfunc main() {\n\tdb, _ := sql.Open(\"postgres\", os.Getenv(\"DB\"))\n\thttp.HandleFunc(\"/users\", func(w http.ResponseWriter, r *http.Request) {\n\t\trows, _ := db.Query(\"select * from users\")\n\t\tjson.NewEncoder(w).Encode(rows)\n\t})\n\thttp.ListenAndServe(\":8080\", nil)\n}")],
    [U("""here's the whole module, reviewer only commented 'LGTM'. I want a real review, esp. around the cache invalidation.

import time
from threading import Lock

class TTLCache:
    def __init__(self, ttl=60, maxsize=1024):
        self.ttl = ttl
        self.maxsize = maxsize
        self._data = {}
        self._lock = Lock()

    def get(self, key):
        with self._lock:
            item = self._data.get(key)
        if item is None:
            return None
        value, expires = item
        if expires < time.time():
            del self._data[key]
            return None
        return value

    def set(self, key, value):
        if len(self._data) >= self.maxsize:
            oldest = min(self._data, key=lambda k: self._data[k][1])
            del self._data[oldest]
        with self._lock:
            self._data[key] = (value, time.time() + self.ttl)

    def invalidate(self, prefix):
        for k in list(self._data):
            if k.startswith(prefix):
                self._data.pop(k, None)

    def stats(self):
        return {"size": len(self._data), "ttl": self.ttl}
""")],
    [U("Yeh code review kar do yaar, mujhe lagta hai isme N+1 query hai but sure nahi\n\n@posts = Post.all\n@posts.each do |p|\n  puts p.author.name\n  puts p.comments.count\nend")],
    [CC("policy doc says 'no secrets in env files committed to the repo' — does this violate it?\n\n# .env.example\nDATABASE_URL=postgres://app:app@localhost/app\nSTRIPE_KEY=sk_test_51H...\nSENTRY_DSN=", rem=1)],
    [U("does this handle unicode properly or will it blow up on emoji\n\ndef truncate(s: str, n: int) -> str:\n    b = s.encode('utf-8')[:n]\n    return b.decode('utf-8', errors='ignore') + '…'")],
    [U("Kod incelemesi: bu C# async kullanımı doğru mu? `.Result` kullandım çünkü method sync olmak zorunda\n\npublic User GetUser(int id) {\n    return _client.GetUserAsync(id).Result;\n}")],
    [CC("I added a test for the bug fix, is the test actually asserting the right thing\n\nit('does not double-charge on retry', async () => {\n  await checkout(cart);\n  await checkout(cart);\n  expect(stripe.charges.create).toHaveBeenCalled();\n});", rem=0)],
    [U("Mi collega usa `git push --force` nello script di deploy. È un problema? È questo:\n\ngit checkout -B deploy\ngit merge main\ngit push --force origin deploy")],
    [U("quick gut check on these prometheus alert rules, would they page at 3am for nothing?\n\n- alert: HighErrorRate\n  expr: rate(http_requests_total{status=~\"5..\"}[1m]) > 0\n  for: 0m\n  labels: {severity: page}")],
    [CC("in the context of our style guide (no abbreviations, verbs for functions), anything to rename?\n\ndef usr_cnt(lst): return len([u for u in lst if u.act])\ndef data(): ...\ndef process_thing(x): ...", rem=5)],
    [U("О таком коде на React что скажете? Норм или переписать?\n\nconst [state, setState] = useState({ name: '', email: '', age: 0, loading: false, error: null });\nconst onChange = e => setState({ ...state, [e.target.name]: e.target.value });")],
    [U("lgtm?\n\n- if err != nil { return err }\n+ if err != nil { return fmt.Errorf(\"load config %s: %w\", path, err) }")],
    [U("""is my sql injection fix complete?

-    cursor.execute(f"SELECT * FROM products WHERE name LIKE '%{term}%' ORDER BY {sort}")
+    cursor.execute("SELECT * FROM products WHERE name LIKE %s ORDER BY " + sort, (f"%{term}%",))""")],
]

_BIG_PR = """diff --git a/app/services/transfer_service.rb b/app/services/transfer_service.rb
new file mode 100644
+class TransferService
+  class InsufficientFunds < StandardError; end
+
+  def initialize(from:, to:, amount_cents:, actor:)
+    @from = from
+    @to = to
+    @amount = amount_cents
+    @actor = actor
+  end
+
+  def call
+    raise ArgumentError, "amount must be positive" if @amount <= 0
+    return if @from.id == @to.id
+
+    if @from.balance_cents < @amount
+      raise InsufficientFunds
+    end
+
+    Account.transaction do
+      @from.update!(balance_cents: @from.balance_cents - @amount)
+      @to.update!(balance_cents: @to.balance_cents + @amount)
+      Transfer.create!(from: @from, to: @to, amount_cents: @amount, actor: @actor)
+    end
+
+    TransferMailer.with(from: @from, to: @to, amount: @amount).notify.deliver_now
+    Rails.logger.info("transfer #{@from.id} -> #{@to.id} #{@amount} by #{@actor.email}")
+    true
+  rescue => e
+    Rails.logger.error("transfer failed: #{e.message}")
+    false
+  end
+end
diff --git a/app/controllers/transfers_controller.rb b/app/controllers/transfers_controller.rb
+class TransfersController < ApplicationController
+  before_action :authenticate_user!
+
+  def create
+    from = Account.find(params[:from_id])
+    to = Account.find(params[:to_id])
+    ok = TransferService.new(from: from, to: to, amount_cents: params[:amount].to_i, actor: current_user).call
+    if ok
+      redirect_to account_path(from), notice: "Transfer sent"
+    else
+      redirect_to account_path(from), alert: "Transfer failed"
+    end
+  end
+end
diff --git a/spec/services/transfer_service_spec.rb b/spec/services/transfer_service_spec.rb
+RSpec.describe TransferService do
+  let(:a) { create(:account, balance_cents: 1000) }
+  let(:b) { create(:account, balance_cents: 0) }
+  it "moves money" do
+    described_class.new(from: a, to: b, amount_cents: 300, actor: create(:user)).call
+    expect(a.reload.balance_cents).to eq 700
+    expect(b.reload.balance_cents).to eq 300
+  end
+end
"""

EXAMPLES += [
    [CC("junior's first PR touching money. I want to leave good comments, what would you flag?", rem=5, extra=(_BIG_PR,))],
    [U("can you add pagination to the /audit endpoint"),
     A("Added cursor pagination: `GET /audit?after=<id>&limit=50`, ordered by `id DESC`, returning `next_cursor` when there are more rows. Limit is clamped to 200."),
     U("be the reviewer for a sec: if a colleague sent you that exact change, would you approve it? I'm wary of exposing raw ids as the cursor and of ordering by id when rows can be backfilled")],
]
