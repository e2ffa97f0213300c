from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "code_review"
PARENT = None

DESCRIPTIONS = [
    "code review",
    "reviewing code or diffs for quality, correctness, security and style, and suggesting improvements",
    "use for reviewing PRs",
    "When I paste a diff, a function or a PR link and want feedback: bugs you spot, edge cases, naming, readability, idiomatic usage, missing error handling.",
    "second pair of eyes on my code before I merge",
    "critique / feedback on code: what's wrong with it, what would a senior engineer change, nits and blocking issues",
    "PR review, diff review, code quality assessment, best-practice and style-guide checks, maintainability feedback",
    "review my changes",
    "Revisión de código: revisar diffs y pull requests, señalar errores y proponer mejoras",
    "コードレビュー（差分やプルリクエストの品質・正しさ・可読性をチェックして改善案を出す）",
]

REQUESTS = [
    r"""review this pls

```python
def get_user(id):
    try:
        user = db.query(User).filter(User.id == id).first()
        return user
    except:
        return None
```""",
    r"""Can you review this diff before I open the PR?

```diff
--- a/src/cart/totals.ts
+++ b/src/cart/totals.ts
@@ -12,9 +12,14 @@ export function cartTotal(items: CartItem[], coupon?: Coupon): number {
-  let total = 0;
-  for (const i of items) total += i.price * i.qty;
-  return total;
+  let total = items.reduce((s, i) => s + i.price * i.qty, 0);
+  if (coupon) {
+    if (coupon.type === 'percent') total = total * (1 - coupon.value / 100);
+    else total = total - coupon.value;
+  }
+  return Math.round(total * 100) / 100;
 }
```""",
    cc("review the changes on this branch vs main. focus on correctness and anything that would bite us in prod; skip formatting nits",
       reminders=[reminder_date("2026-05-12")]),
    "Is this idiomatic Go? Feels clunky\n\n```go\nfunc Contains(list []string, s string) bool {\n\tfound := false\n\tfor i := 0; i < len(list); i++ {\n\t\tif list[i] == s {\n\t\t\tfound = true\n\t\t}\n\t}\n\tif found == true {\n\t\treturn true\n\t} else {\n\t\treturn false\n\t}\n}\n```",
    r"""Senior-level review please. This is the core of our job scheduler.

```java
public class Scheduler {
    private final Map<String, Job> jobs = new HashMap<>();
    private final ExecutorService pool = Executors.newFixedThreadPool(8);

    public void submit(Job job) {
        jobs.put(job.getId(), job);
        pool.submit(() -> {
            job.setStatus(Status.RUNNING);
            try {
                job.run();
                job.setStatus(Status.DONE);
            } catch (Exception e) {
                job.setStatus(Status.FAILED);
            }
            jobs.remove(job.getId());
        });
    }

    public Status status(String id) {
        return jobs.containsKey(id) ? jobs.get(id).getStatus() : Status.UNKNOWN;
    }
}
```""",
    # German
    "Kannst du diesen Code reviewen? Mir geht es um Lesbarkeit und Fehlerbehandlung.\n\n```python\ndef lade(pfad):\n    f = open(pfad)\n    daten = json.loads(f.read())\n    if daten['version'] != 2: raise Exception('falsch')\n    return [x for x in daten['eintraege'] if x['aktiv'] == True]\n```",
    r"""thoughts on this React hook? anything wrong?

```tsx
export function useFetch<T>(url: string) {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<Error | null>(null);
  useEffect(() => {
    fetch(url).then(r => r.json()).then(setData).catch(setError);
  });
  return { data, error };
}
```""",
    loop(
        "show me the diff of my staged changes",
        [
            (None, [
                ("Bash", {"command": "git diff --cached", "description": "Show staged diff"},
                 "diff --git a/app/services/invoice_mailer.rb b/app/services/invoice_mailer.rb\nindex 3c1f2a0..9be47d1 100644\n--- a/app/services/invoice_mailer.rb\n+++ b/app/services/invoice_mailer.rb\n@@ -4,12 +4,20 @@ class InvoiceMailer\n   def call\n-    Invoice.where(sent_at: nil).each do |inv|\n-      Mailer.invoice(inv).deliver_now\n-      inv.update!(sent_at: Time.current)\n+    Invoice.where(sent_at: nil).find_each do |inv|\n+      begin\n+        Mailer.invoice(inv).deliver_now\n+        inv.update(sent_at: Time.now)\n+      rescue => e\n+        Rails.logger.error(e.message)\n+      end\n     end\n   end\n"),
            ]),
        ],
        "review that before i commit. is swallowing the error like that ok? anything else?",
        reminders=[reminder_date("2026-02-27")],
        wrap="The staged change switches `each` to `find_each`, wraps delivery in a begin/rescue that logs errors, and changes `update!` to `update` with `Time.now`.",
    ),
    "give me honest feedback on this class design, i feel like it does too much\n\n```csharp\npublic class OrderManager {\n    public void CreateOrder(OrderDto dto) { /* validate, save, email, log */ }\n    public void CancelOrder(int id) { /* ... */ }\n    public decimal CalculateTax(Order o) { /* ... */ }\n    public void SendInvoiceEmail(Order o) { /* ... */ }\n    public byte[] ExportToPdf(Order o) { /* ... */ }\n    public void SyncToErp(Order o) { /* ... */ }\n}\n```",
    conv(
        "how do I squash my last 3 commits",
        "`git rebase -i HEAD~3`, then change `pick` to `squash` (or `s`) on the second and third lines, save, and edit the combined message. If you've already pushed, you'll need `git push --force-with-lease`.",
        "done. ok here's the final version of the PR, can you do a review pass on it:\n\n```python\n@app.post('/api/reports')\ndef create_report(req: ReportRequest, user=Depends(current_user)):\n    if req.start > req.end:\n        raise HTTPException(400, 'bad range')\n    rows = fetch_rows(user.org_id, req.start, req.end)\n    path = f'/tmp/{user.id}-{req.start}.csv'\n    with open(path, 'w') as f:\n        csv.writer(f).writerows(rows)\n    send_email(user.email, path)\n    return {'ok': True}\n```",
    ),
    "review this Rust, I'm new to the language and want to know what's un-idiomatic\n\n```rust\nfn parse_ports(s: &String) -> Vec<u16> {\n    let mut out = Vec::new();\n    for p in s.split(\",\") {\n        let n = p.trim().parse::<u16>().unwrap();\n        out.push(n);\n    }\n    return out;\n}\n```",
    # Spanish
    "¿Puedes revisar este PR? Es un endpoint de Node que actualiza el perfil del usuario. Quiero saber si hay problemas de validación o de manejo de errores.\n\n```js\nrouter.put('/profile', async (req, res) => {\n  const user = await User.findById(req.user.id);\n  Object.assign(user, req.body);\n  await user.save();\n  res.json(user);\n});\n```",
    conv(
        "how do I run something every night at 3am with cron",
        "Add a line to your crontab (`crontab -e`): `0 3 * * * /path/to/script.sh`. Fields are minute, hour, day-of-month, month, day-of-week. Use absolute paths and redirect output to a log, since cron has a minimal environment.",
        "quick sanity check on this bash before I put it in cron:\n\n```bash\n#!/bin/bash\ncd /var/backups\nrm -rf *\npg_dump mydb > db.sql\ngzip db.sql\naws s3 cp db.sql.gz s3://backups/$(date +%F).sql.gz\n```",
    ),
    cc("Please review src/parser/lexer.rs — I rewrote it over the weekend. Look for correctness issues around unicode handling and error positions, and tell me if the structure makes sense.",
       reminders=[reminder_claudemd("2026-07-08", """
- Rust 2021, MSRV 1.75
- clippy must pass with -D warnings
- prefer thiserror for error types
""")]),
    "PR review request: added retries to the http client. does this look right?\n\n```go\nfunc (c *Client) Do(req *http.Request) (*http.Response, error) {\n\tvar resp *http.Response\n\tvar err error\n\tfor i := 0; i < 3; i++ {\n\t\tresp, err = c.http.Do(req)\n\t\tif err == nil && resp.StatusCode < 500 {\n\t\t\treturn resp, nil\n\t\t}\n\t\ttime.Sleep(time.Second)\n\t}\n\treturn resp, err\n}\n```",
    "is this a reasonable way to structure a vue 3 component or am I doing it wrong? (pasting the script part)\n\n```js\nexport default {\n  setup() {\n    const items = ref([])\n    const filter = ref('')\n    const filtered = computed(() => items.value.filter(i => i.name.includes(filter.value)))\n    onMounted(async () => { items.value = await (await fetch('/api/items')).json() })\n    watch(filter, () => { localStorage.setItem('f', filter.value) })\n    return { items, filter, filtered }\n  }\n}\n```",
    # Chinese
    "帮我 review 一下这个 Python 函数，看看有没有边界情况没处理好，命名和结构是否合理：\n\n```python\ndef calc(a, b, op):\n    if op == '+': return a + b\n    if op == '-': return a - b\n    if op == '*': return a * b\n    if op == '/': return a / b\n```",
    "code review on my first kotlin PR please, be picky\n\n```kotlin\nclass UserRepo(val db: Database) {\n    fun find(id: Int): User? {\n        var user: User? = null\n        db.query(\"select * from users where id = ?\", id) { rs ->\n            if (rs.next()) user = User(rs.getInt(\"id\"), rs.getString(\"name\")!!)\n        }\n        return user!!\n    }\n}\n```",
    "Can you look over this Terraform module diff and tell me if anything looks off? not looking for a security audit just general review\n\n```diff\n resource \"aws_s3_bucket\" \"logs\" {\n-  bucket = \"acme-logs\"\n+  bucket = \"acme-logs-${var.env}\"\n+  force_destroy = true\n }\n+\n+resource \"aws_s3_bucket_lifecycle_configuration\" \"logs\" {\n+  bucket = aws_s3_bucket.logs.id\n+  rule {\n+    id     = \"expire\"\n+    status = \"Enabled\"\n+    expiration { days = 30 }\n+  }\n+}\n```",
    conv(
        "can you look at a tiny PR from our intern? I don't want to nitpick him to death",
        "Sure — I'll focus on what actually matters (correctness and anything risky) and keep style remarks to a minimum. Paste it.",
        "lgtm or not? one-line change\n\n```diff\n-    if (retries > MAX_RETRIES) {\n+    if (retries >= MAX_RETRIES) {\n```\ncontext: retries starts at 0 and is incremented after each failed attempt",
    ),
    conv(
        "what's the best linter for typescript these days?",
        "ESLint with `typescript-eslint` is still the standard; Biome is a fast all-in-one alternative (lint + format) if you don't need ESLint's plugin ecosystem.",
        "ok. separate thing — my teammate wrote this util and asked me to review it but I'm not sure what to say. what would you flag?\n\n```ts\nexport const sleep = (ms) => new Promise(r => setTimeout(r, ms))\nexport async function poll(fn, until, interval = 1000) {\n  while (true) {\n    const v = await fn()\n    if (until(v)) return v\n    await sleep(interval)\n  }\n}\n```",
    ),
    # Japanese
    "このGoのコードをレビューしてください。エラーハンドリングとゴルーチンの扱いが正しいか気になっています。\n\n```go\nfunc fetchAll(urls []string) []string {\n\tvar res []string\n\tfor _, u := range urls {\n\t\tgo func() {\n\t\t\tb, _ := http.Get(u)\n\t\t\tres = append(res, b.Status)\n\t\t}()\n\t}\n\treturn res\n}\n```",
    "review my PHP, it works but my lead said it's 'not very laravel'\n\n```php\npublic function store(Request $request) {\n    $data = $request->all();\n    if (!isset($data['title']) || strlen($data['title']) > 255) {\n        return response()->json(['error' => 'invalid'], 400);\n    }\n    $post = new Post();\n    $post->title = $data['title'];\n    $post->body = $data['body'] ?? '';\n    $post->user_id = auth()->id();\n    $post->save();\n    return response()->json($post);\n}\n```",
    cc("/review PR #482", reminders=[reminder_date("2026-10-01")]),
    "Does this SQL migration look ok to ship? it's adding a column to a 40M row table in postgres 15\n\n```sql\nALTER TABLE orders ADD COLUMN region text NOT NULL DEFAULT 'us';\nCREATE INDEX idx_orders_region ON orders(region);\nUPDATE orders SET region = 'eu' WHERE country IN ('DE','FR','IT','ES');\n```",
    "review for readability, I think the nesting is bad but tell me what you'd change\n\n```python\nfor order in orders:\n    if order.status == 'paid':\n        if order.items:\n            for item in order.items:\n                if item.sku in inventory:\n                    if inventory[item.sku] >= item.qty:\n                        inventory[item.sku] -= item.qty\n                    else:\n                        backorder.append(item)\n                else:\n                    missing.append(item)\n```",
    # French
    "Tu peux faire une revue de ce code C ? J'ai un doute sur la gestion mémoire.\n\n```c\nchar *concat(const char *a, const char *b) {\n    char *r = malloc(strlen(a) + strlen(b));\n    strcpy(r, a);\n    strcat(r, b);\n    return r;\n}\n```",
    loop(
        "run the tests",
        [
            (None, [
                ("Bash", {"command": "npm test -- --silent", "description": "Run test suite"},
                 "PASS src/utils/date.test.ts\nPASS src/api/client.test.ts\nPASS src/store/cart.test.ts\n\nTest Suites: 3 passed, 3 total\nTests:       41 passed, 41 total\nTime:        4.12 s"),
            ]),
        ],
        "cool. before I push, look at my diff (git diff main...HEAD) and review it like a picky teammate would. naming, dead code, error handling, whatever",
        wrap="All 41 tests pass across 3 suites.",
    ),
    "here's a pull request that changes our auth middleware. I know security will look at it separately, I just want a general code review: structure, tests, readability\n\n```diff\n-func Auth(next http.Handler) http.Handler {\n+func Auth(cfg AuthConfig) func(http.Handler) http.Handler {\n+\treturn func(next http.Handler) http.Handler {\n \treturn http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {\n-\t\ttok := r.Header.Get(\"Authorization\")\n+\t\ttok := strings.TrimPrefix(r.Header.Get(\"Authorization\"), \"Bearer \")\n+\t\tif cfg.SkipPaths[r.URL.Path] {\n+\t\t\tnext.ServeHTTP(w, r)\n+\t\t\treturn\n+\t\t}\n```",
    "any issues with this dockerfile? want a quick review\n\n```dockerfile\nFROM node:latest\nCOPY . /app\nWORKDIR /app\nRUN npm install\nEXPOSE 3000\nCMD npm start\n```",
    # Portuguese
    "Faz um code review deste método em Java? Acho que tem coisa errada com equals e hashCode.\n\n```java\npublic class Ponto {\n    int x, y;\n    public boolean equals(Ponto p) { return p.x == x && p.y == y; }\n}\n```",
    "review the swift below. especially the force unwraps and the retain cycle possibility\n\n```swift\nclass ProfileVC: UIViewController {\n    var api: API!\n    override func viewDidLoad() {\n        super.viewDidLoad()\n        api.loadProfile { profile in\n            self.nameLabel.text = profile!.name\n            self.avatar.image = UIImage(data: try! Data(contentsOf: profile!.avatarURL))\n        }\n    }\n}\n```",
    "what would you change here? trying to learn better python\n\n```python\nclass Stack:\n    def __init__(self):\n        self.l = []\n    def push(self, x):\n        self.l.append(x)\n    def pop(self):\n        if len(self.l) == 0:\n            return 'empty'\n        x = self.l[-1]\n        del self.l[-1]\n        return x\n    def size(self):\n        return self.l.__len__()\n```",
    conv(
        "write me a debounce in js",
        "```js\nexport function debounce(fn, wait = 200) {\n  let t;\n  return function (...args) {\n    clearTimeout(t);\n    t = setTimeout(() => fn.apply(this, args), wait);\n  };\n}\n```",
        "my coworker's version is below, which is better and is there anything wrong with his?\n\n```js\nfunction debounce(f, ms) {\n  let last = 0\n  return (...a) => {\n    if (Date.now() - last > ms) { f(...a) }\n    last = Date.now()\n  }\n}\n```",
    ),
    "PR is ~400 lines so I'll paste just the core. review for correctness of the pagination and off-by-ones:\n\n```ts\nexport async function listAll<T>(fetchPage: (page: number) => Promise<{items: T[], total: number}>, pageSize = 50) {\n  const first = await fetchPage(1)\n  const pages = Math.floor(first.total / pageSize)\n  const rest = await Promise.all(Array.from({length: pages - 1}, (_, i) => fetchPage(i + 2)))\n  return [first, ...rest].flatMap(p => p.items)\n}\n```",
    # Russian
    "Сделай ревью этого кода на Go, пожалуйста. Меня смущает работа с defer в цикле.\n\n```go\nfor _, name := range files {\n\tf, err := os.Open(name)\n\tif err != nil { return err }\n\tdefer f.Close()\n\tprocess(f)\n}\n```",
    cc("review this github action for best practices\n\n```yaml\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@master\n      - run: npm i\n      - run: npm run build\n      - run: npm test\n```",
       reminders=[REMINDER_TODO],
       history=("create a basic CI workflow for this repo", "I created `.github/workflows/ci.yml` with a single `build` job on ubuntu-latest that checks out the code, installs dependencies, builds, and runs the tests.",)),
    cc("Do a code review of the uncommitted changes in this repo. Organize feedback as: blocking, should-fix, nits.",
       reminders=[REMINDER_TODO, reminder_date("2026-08-17")]),
    "does this look right to you? it's a generic repository in C#, feels over-engineered but maybe it's fine\n\n```csharp\npublic interface IRepository<T> where T : class {\n    Task<T?> GetAsync(int id);\n    Task<IEnumerable<T>> ListAsync(Expression<Func<T, bool>>? filter = null);\n    Task AddAsync(T e);\n    void Update(T e);\n    void Remove(T e);\n    Task<int> SaveAsync();\n}\n```",
    "critique my error handling strategy in this node service, I throw strings sometimes and Errors other times\n\n```js\nasync function charge(userId, amount) {\n  if (amount <= 0) throw 'invalid amount'\n  const u = await users.get(userId)\n  if (!u) throw new Error('no user')\n  try { return await stripe.charge(u.customerId, amount) }\n  catch (e) { console.log(e); return null }\n}\n```",
    # Korean
    "이 타입스크립트 코드 리뷰 좀 해줘. any 남발한 것 같은데 어떻게 고치면 좋을지 의견 부탁해.\n\n```ts\nfunction handle(evt: any) {\n  const data: any = JSON.parse(evt.body)\n  return process(data.items as any[])\n}\n```",
    "take a look at this ruby service object and tell me what a reviewer would push back on\n\n```ruby\nclass SignupService\n  def self.call(params)\n    user = User.create(params)\n    WelcomeMailer.send(user)\n    Analytics.track('signup', user.id)\n    Slack.notify(\"new user #{user.email}\")\n    user\n  end\nend\n```",
    "Review request — this is a pure function for parsing semver ranges, want feedback on correctness + test gaps (don't write the tests, just tell me what's missing)\n\n```python\ndef satisfies(version: str, rng: str) -> bool:\n    op, target = rng[:2], rng[2:]\n    if op not in ('>=', '<='):\n        op, target = rng[0], rng[1:]\n    v = tuple(map(int, version.split('.')))\n    t = tuple(map(int, target.split('.')))\n    return {'>=': v >= t, '<=': v <= t, '>': v > t, '<': v < t, '=': v == t}[op]\n```",
    cc(
        r"""Big one, sorry. This is the PR that adds optimistic locking to document saves. Please review it properly — correctness under concurrency first, then API/naming, then tests.

```diff
diff --git a/src/docs/repository.py b/src/docs/repository.py
index 41aa0c2..b7d19e5 100644
--- a/src/docs/repository.py
+++ b/src/docs/repository.py
@@ -1,9 +1,14 @@
 from dataclasses import dataclass
 from datetime import datetime, timezone
 
+from sqlalchemy import update
 from sqlalchemy.orm import Session
 
 from .models import DocumentRow
 
 
+class StaleDocumentError(Exception):
+    pass
+
+
 @dataclass
 class Document:
     id: int
@@ -11,6 +16,7 @@ class Document:
     title: str
     body: str
     updated_at: datetime
+    version: int
 
 
 class DocumentRepository:
@@ -20,21 +26,43 @@ class DocumentRepository:
     def get(self, doc_id: int) -> Document | None:
         row = self.session.get(DocumentRow, doc_id)
         if row is None:
             return None
-        return Document(row.id, row.owner_id, row.title, row.body, row.updated_at)
+        return Document(row.id, row.owner_id, row.title, row.body, row.updated_at, row.version)
 
-    def save(self, doc: Document) -> None:
-        row = self.session.get(DocumentRow, doc.id)
-        row.title = doc.title
-        row.body = doc.body
-        row.updated_at = datetime.now(timezone.utc)
-        self.session.commit()
+    def save(self, doc: Document) -> Document:
+        row = self.session.get(DocumentRow, doc.id)
+        if row.version != doc.version:
+            raise StaleDocumentError(doc.id)
+        now = datetime.now(timezone.utc)
+        self.session.execute(
+            update(DocumentRow)
+            .where(DocumentRow.id == doc.id)
+            .values(title=doc.title, body=doc.body, updated_at=now, version=row.version + 1)
+        )
+        self.session.commit()
+        doc.version += 1
+        doc.updated_at = now
+        return doc
+
+    def save_many(self, docs: list[Document]) -> None:
+        for d in docs:
+            try:
+                self.save(d)
+            except StaleDocumentError:
+                continue
diff --git a/src/docs/api.py b/src/docs/api.py
index 0c51e1d..9a1f3b8 100644
--- a/src/docs/api.py
+++ b/src/docs/api.py
@@ -30,14 +30,22 @@ def update_document(doc_id: int, payload: DocumentUpdate, user=Depends(current_user)):
     doc = repo.get(doc_id)
     if doc is None or doc.owner_id != user.id:
         raise HTTPException(404)
     doc.title = payload.title
     doc.body = payload.body
-    repo.save(doc)
-    return {"ok": True}
+    doc.version = payload.version
+    try:
+        doc = repo.save(doc)
+    except StaleDocumentError:
+        raise HTTPException(409, "document was modified by someone else")
+    return {"ok": True, "version": doc.version}
diff --git a/migrations/0042_document_version.sql b/migrations/0042_document_version.sql
new file mode 100644
--- /dev/null
+++ b/migrations/0042_document_version.sql
@@ -0,0 +1 @@
+ALTER TABLE documents ADD COLUMN version integer NOT NULL DEFAULT 0;
diff --git a/tests/test_repository.py b/tests/test_repository.py
--- a/tests/test_repository.py
+++ b/tests/test_repository.py
@@ -40,3 +40,15 @@ def test_save_updates_timestamp(repo, doc):
     repo.save(doc)
     assert repo.get(doc.id).updated_at > before
+
+
+def test_save_increments_version(repo, doc):
+    v = doc.version
+    repo.save(doc)
+    assert repo.get(doc.id).version == v + 1
+
+
+def test_stale_save_raises(repo, doc):
+    doc.version -= 1
+    with pytest.raises(StaleDocumentError):
+        repo.save(doc)
```""",
        reminders=[reminder_date("2026-11-03")],
    ),
    conv(
        "is there a way to make git diff ignore whitespace",
        "Yes: `git diff -w` (`--ignore-all-space`) ignores all whitespace differences; `-b` ignores changes in the amount of whitespace; `--ignore-blank-lines` skips added/removed empty lines. For reviews on GitHub, append `?w=1` to the PR files URL.",
        "nice, with -w the diff is small enough to paste. can you review it? it's a change to how we compute streaks\n\n```diff\n-def streak(days):\n-    days = sorted(set(days))\n-    best = cur = 1\n-    for a, b in zip(days, days[1:]):\n-        cur = cur + 1 if (b - a).days == 1 else 1\n-        best = max(best, cur)\n-    return best\n+def streak(days, today=None):\n+    today = today or date.today()\n+    days = sorted(set(days), reverse=True)\n+    n = 0\n+    for i, d in enumerate(days):\n+        if d == today - timedelta(days=i):\n+            n += 1\n+    return n\n```\nthe intent changed from 'longest streak ever' to 'current streak ending today'",
    ),
]
