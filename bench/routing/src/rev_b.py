from lib import *

L = "code review"

ex("rev_grumpy_senior", L, [
    first("write a python function that reads a big csv and returns the average of a column, memory efficient"),
    A('''```python
import csv

def column_average(path, column):
    total = 0.0
    count = 0
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            try:
                total += float(row[column])
                count += 1
            except (ValueError, KeyError):
                continue
    return total / count if count else None
```'''),
    ut("now review what you just wrote as if you were a grumpy senior engineer"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:python"])

ex("rev_would_you_approve", L, [
    first('''what does this do?

func Retry(fn func() error, n int) (err error) {
	for i := 0; i < n; i++ {
		if err = fn(); err == nil {
			return
		}
		time.Sleep(time.Duration(1<<i) * 100 * time.Millisecond)
	}
	return
}'''),
    A("It calls `fn` up to `n` times, stopping at the first success. Between attempts it sleeps with exponential backoff: 100 ms, 200 ms, 400 ms and so on. The named return `err` ends up holding the last error, or `nil` on success."),
    ut("ok is it any good though? would you approve this in a PR?"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:go"])

ex("rev_lgtm_diff", L, [first('''lgtm?

-    timeout = int(os.environ.get("TIMEOUT", 30))
+    timeout = float(os.environ.get("TIMEOUT", "30"))
+    if timeout <= 0:
+        raise ValueError("TIMEOUT must be positive")''')], tags=["diff", "terse", "pasted_code", "code:python"])

ex("rev_thoughts_terse", L, [first('''thoughts?

const sleep = (ms) => new Promise(r => setTimeout(r, ms));
export const retry = async (fn, n = 3) => { try { return await fn() } catch (e) { if (!n) throw e; await sleep(200); return retry(fn, n - 1) } }''')],
   tags=["terse", "pasted_code", "code:javascript"])

ex("rev_typo_b4_push", L, [first('''can u reveiw this real quick b4 i push, its the cleanup job

def cleanup_sessions(db):
    cutoff = datetime.utcnow() - timedelta(days=30)
    for s in db.query(Session).all():
        if s.last_seen < cutoff:
            db.delete(s)
    db.commit()''')], tags=["typo", "pasted_code", "code:python"])

ex("rev_rate_1_10", L, [first('''rate this code 1-10 and tell me what to improve, be honest

#include <stdio.h>
#include <string.h>
char* reverse(char* s) {
  char r[100];
  int n = strlen(s);
  for (int i = 0; i < n; i++) r[i] = s[n-i-1];
  r[n] = 0;
  return r;
}
int main() { printf("%s\\n", reverse("hello")); }''')], tags=["pasted_code", "code:c"])

ex("rev_style_guide", L, [first("does src/reports/monthly.py follow our style guide (docs/STYLE.md)? if not list the violatons w/ line numbers")],
   tags=["typo", "repo_paths", "code:python"])

ex("rev_n_plus_one", L, [first('''check this view for N+1 queries and anything else that'll hurt at scale

class ProjectListView(ListView):
    model = Project
    def get_context_data(self, **kw):
        ctx = super().get_context_data(**kw)
        ctx["rows"] = [
            {"p": p, "owner": p.owner.get_full_name(), "open": p.issues.filter(state="open").count(),
             "last": p.issues.order_by("-updated").first()}
            for p in Project.objects.all()
        ]
        return ctx''')], tags=["pasted_code", "code:python"])

ex("rev_a11y", L, [first('''any accessibility issues in this?

<div className="modal" onClick={onClose}>
  <div className="modal-body" onClick={e => e.stopPropagation()}>
    <img src={product.img} />
    <div className="title">{product.name}</div>
    <div className="btn" onClick={addToCart}>Add to cart</div>
    <span className="close" onClick={onClose}>×</span>
  </div>
</div>''')], tags=["pasted_code", "code:javascript"])

ex("rev_openapi_conventions", L, [first('''review this openapi fragment for consistency with REST conventions and our existing endpoints (which use plural nouns, kebab-case paths, cursor pagination)

paths:
  /getUserOrders/{userId}:
    get:
      parameters:
        - { name: userId, in: path, required: true, schema: { type: integer } }
        - { name: pageNumber, in: query, schema: { type: integer } }
  /order/{id}/cancel_order:
    post:
      responses:
        "200": { description: cancelled }''')], tags=["pasted_code", "code:yaml", "near_boundary"])

ex("rev_long_pr", L, [first('''Please review this PR. Context: we're replacing the hand-rolled job queue with a Postgres-backed one using SKIP LOCKED. Targets: correctness under concurrency (multiple workers), no lost jobs on crash, reasonable throughput (~500 jobs/s). I'm most worried about the visibility timeout logic.

diff --git a/queue/pg_queue.py b/queue/pg_queue.py
new file mode 100644
--- /dev/null
+++ b/queue/pg_queue.py
@@ -0,0 +1,96 @@
+import json
+import time
+import uuid
+from contextlib import contextmanager
+
+import psycopg
+
+VISIBILITY_TIMEOUT = 60
+
+
+class PgQueue:
+    def __init__(self, dsn: str, name: str):
+        self.dsn = dsn
+        self.name = name
+        self.conn = psycopg.connect(dsn, autocommit=True)
+
+    def enqueue(self, payload: dict, delay: int = 0) -> str:
+        job_id = str(uuid.uuid4())
+        self.conn.execute(
+            "INSERT INTO jobs (id, queue, payload, run_at, attempts) VALUES (%s, %s, %s, now() + %s * interval '1 second', 0)",
+            (job_id, self.name, json.dumps(payload), delay),
+        )
+        return job_id
+
+    def dequeue(self):
+        row = self.conn.execute(
+            """
+            SELECT id, payload, attempts FROM jobs
+            WHERE queue = %s AND run_at <= now()
+            ORDER BY run_at
+            LIMIT 1
+            FOR UPDATE SKIP LOCKED
+            """,
+            (self.name,),
+        ).fetchone()
+        if row is None:
+            return None
+        self.conn.execute(
+            "UPDATE jobs SET run_at = now() + %s * interval '1 second', attempts = attempts + 1 WHERE id = %s",
+            (VISIBILITY_TIMEOUT, row[0]),
+        )
+        return {"id": row[0], "payload": json.loads(row[1]), "attempts": row[2] + 1}
+
+    def ack(self, job_id: str) -> None:
+        self.conn.execute("DELETE FROM jobs WHERE id = %s", (job_id,))
+
+    def nack(self, job_id: str, retry_in: int = 5) -> None:
+        self.conn.execute(
+            "UPDATE jobs SET run_at = now() + %s * interval '1 second' WHERE id = %s",
+            (retry_in, job_id),
+        )
+
+    def worker_loop(self, handler, poll=0.2, max_attempts=5):
+        while True:
+            job = self.dequeue()
+            if job is None:
+                time.sleep(poll)
+                continue
+            if job["attempts"] > max_attempts:
+                self.conn.execute("UPDATE jobs SET queue = 'dead' WHERE id = %s", (job["id"],))
+                continue
+            try:
+                handler(job["payload"])
+                self.ack(job["id"])
+            except Exception:
+                self.nack(job["id"], retry_in=2 ** job["attempts"])
diff --git a/migrations/0042_jobs.sql b/migrations/0042_jobs.sql
new file mode 100644
--- /dev/null
+++ b/migrations/0042_jobs.sql
@@ -0,0 +1,9 @@
+CREATE TABLE jobs (
+  id uuid PRIMARY KEY,
+  queue text NOT NULL,
+  payload jsonb NOT NULL,
+  run_at timestamptz NOT NULL,
+  attempts int NOT NULL DEFAULT 0
+);
+CREATE INDEX jobs_queue_run_at ON jobs (run_at);''')],
   tags=["long", "diff", "pasted_code", "code:python", "code:sql"])

ex("rev_tests_meaningful", L, [first('''are these tests actually testing anything? coverage says 100% but I have doubts

def test_send_invoice(mocker):
    mailer = mocker.patch("billing.invoices.mailer")
    repo = mocker.patch("billing.invoices.repo")
    repo.get.return_value = mocker.Mock()
    send_invoice(42)
    assert mailer.send.called

def test_send_invoice_missing(mocker):
    mocker.patch("billing.invoices.repo").get.return_value = None
    mocker.patch("billing.invoices.mailer")
    send_invoice(43)''')], tags=["pasted_code", "code:python"])

ex("rev_redos", L, [first(r'''is this regex safe to run on user input? we validate tags with it in the API

^([a-z0-9]+-?)+[a-z0-9]$''')], tags=["pasted_code", "code:regex", "terse"])

ex("rev_k8s_security", L, [first('''review this deployment from a security standpoint before it hits the shared cluster

spec:
  template:
    spec:
      hostNetwork: true
      containers:
        - name: agent
          image: registry.local/agent:latest
          securityContext:
            privileged: true
            runAsUser: 0
          volumeMounts:
            - { name: docker, mountPath: /var/run/docker.sock }
          env:
            - { name: API_TOKEN, value: "tok_live_8f2a..." }
      volumes:
        - { name: docker, hostPath: { path: /var/run/docker.sock } }''')], tags=["pasted_code", "code:yaml"])

ex("rev_go_errors", L, [first('''how's the error handling here? we keep losing context in logs

func (s *Store) SaveBatch(ctx context.Context, items []Item) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	for _, it := range items {
		if _, err := tx.ExecContext(ctx, insertSQL, it.ID, it.Data); err != nil {
			tx.Rollback()
			log.Println("insert failed", err)
			return errors.New("save failed")
		}
	}
	return tx.Commit()
}''')], tags=["pasted_code", "code:go"])

ex("rev_query_perf", L, [first('''is this query ok performance-wise? events has 400M rows, index on (tenant_id, created_at)

SELECT * FROM events
WHERE tenant_id = $1
  AND date(created_at) = current_date - 1
  AND lower(kind) LIKE '%login%'
ORDER BY created_at DESC;''')], tags=["pasted_code", "code:sql"])

ex("rev_sysmsg_function", L, [first('''review this function please

def merge_user_settings(defaults: dict, overrides: dict) -> dict:
    result = defaults
    for k, v in overrides.items():
        if isinstance(v, dict) and k in result:
            result[k] = merge_user_settings(result[k], v)
        else:
            result[k] = v
    return result''')], sysmsg=True, tags=["pasted_code", "code:python"])

ex("rev_oldshape_sanity", L, [first('''quick sanity check on this diff before I merge

-  if (user.role === "admin") {
+  if (user.role === "admin" || user.email.endsWith("@acme.com")) {
     return next();
   }''')], oldshape=True, tags=["diff", "terse", "pasted_code", "code:javascript"])

ex("rev_ide_anything_wrong", L, [
    first("anything wrong with this?", ide_sel("/home/sam/src/hub/internal/cache/lru.go", 22, 38, '''func (c *LRU) Get(k string) (V, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	e, ok := c.items[k]
	if !ok {
		var zero V
		return zero, false
	}
	c.ll.MoveToFront(e)
	return e.Value.(*entry).v, true
}''')),
], tags=["ide_context", "terse", "near_boundary", "code:go"])

ex("rev_refactor_semantics", L, [first('''I refactored this, did I change the semantics anywhere?

before:
    def active_admins(users):
        res = []
        for u in users:
            if u.active:
                if u.role in ("admin", "owner"):
                    res.append(u.email)
        return sorted(set(res))

after:
    def active_admins(users):
        return sorted({u.email for u in users if u.active and u.role == "admin" or u.role == "owner"})''')],
   tags=["pasted_code", "code:python"])

ex("rev_compare_impls", L, [first('''which of these two is better and why? both return the n-th fibonacci mod 1e9+7, n up to 10^18

// A
long fibA(long n) { long a=0,b=1; for(long i=0;i<n;i++){ long t=(a+b)%MOD; a=b; b=t; } return a; }

// B
long fibB(long n) { long[][] m = matPow(new long[][]{{1,1},{1,0}}, n); return m[0][1]; }''')],
   tags=["pasted_code", "code:java"])

ex("rev_reviewer_right", L, [first('''reviewer left this comment on my PR: "don't use `except Exception: pass` here, at least log it". my code:

try:
    metrics.emit("upload.done", size=len(data))
except Exception:
    pass

it's just metrics, I don't want an upload to fail because statsd is down. is he right?''')],
   tags=["pasted_code", "code:python", "near_boundary"])

ex("rev_tool_after_gen_check", L, [
    first("add input validation to the signup handler"),
    A(None, T("sv1", "Read", {"file_path": "/home/dev/work/app/server/handlers/signup.ts"})),
    TR(R("sv1", catn('''export async function signup(req: Request, res: Response) {
  const { email, password, name } = req.body;
  const user = await users.create({ email, password, name });
  res.status(201).json({ id: user.id });
}
'''))),
    A(None, T("sv2", "Edit", {"file_path": "/home/dev/work/app/server/handlers/signup.ts", "old_string": "  const { email, password, name } = req.body;", "new_string": "  const parsed = SignupSchema.safeParse(req.body);\n  if (!parsed.success) return res.status(400).json({ errors: parsed.error.flatten() });\n  const { email, password, name } = parsed.data;"})),
    TR(R("sv2", "The file /home/dev/work/app/server/handlers/signup.ts has been updated successfully.")),
    A("I added zod validation with `SignupSchema`: email format, password of at least 12 characters, and a name of 1–80 characters. Invalid bodies now get a 400 with the flattened field errors."),
    ut("ok now look at the whole handler with fresh eyes, anything else sketchy security-wise? we're about to launch"),
], tags=["tool_loop", "intent_shift", "follow_up", "code:typescript"])

ex("rev_tool_check_my_tests", L, [
    first("run the tests for the parser package"),
    A(None, T("pt1", "Bash", {"command": "go test ./internal/parser/... -count=1", "description": "Run parser tests"})),
    TR(R("pt1", "ok  \tgithub.com/acme/dsl/internal/parser\t0.412s", err=False)),
    A("All tests in `internal/parser` pass (0.41 s)."),
    ut("cool. can you look over parser_test.go and tell me if the coverage of edge cases is decent? I wrote them in a hurry"),
], tags=["tool_loop", "intent_shift", "code:go"])

ex("rev_zh_followup_other_file", L, [
    first('''帮我看看这个函数写得怎么样

def load(path):
    f = open(path)
    data = json.loads(f.read())
    return data'''),
    A("几个问题：\n1. 文件没有关闭，应该用 `with open(path, encoding=\"utf-8\") as f:`。\n2. 可以直接用 `json.load(f)`。\n3. 没有处理文件不存在或 JSON 格式错误的情况，最好给调用方一个清楚的异常。"),
    ut("好的。那 utils/save.py 里的 save 函数也帮我看一下，风格差不多"),
], tags=["multi_turn", "follow_up", "non_english", "lang_zh", "repo_paths", "code:python"])

ex("rev_helm_values", L, [first("review deploy/helm/values-prod.yaml vs values-staging.yaml, anything that looks like a copy-paste mistake or a risky prod setting?")],
   tags=["repo_paths", "code:yaml"])

ex("rev_toolonly_review_file", L, [
    first("can you review lib/ratelimit.rb? it's my first time writing a lua script for redis"),
    A(None, T("rb1", "Read", {"file_path": "/home/dev/work/gateway/lib/ratelimit.rb"})),
    TR(R("rb1", catn('''module RateLimit
  SCRIPT = <<~LUA
    local current = redis.call("GET", KEYS[1])
    if current and tonumber(current) >= tonumber(ARGV[1]) then
      return 0
    end
    redis.call("INCR", KEYS[1])
    redis.call("EXPIRE", KEYS[1], ARGV[2])
    return 1
  LUA

  def self.allow?(redis, key, limit:, window:)
    redis.eval(SCRIPT, keys: ["rl:#{key}"], argv: [limit, window]) == 1
  end
end
'''))),
], tags=["tool_result_last", "code:ruby", "code:lua"])
