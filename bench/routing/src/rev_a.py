from lib import *

L = "code review"

ex("rev_py_diff", L, [first('''review this diff

diff --git a/app/services/invites.py b/app/services/invites.py
index 3b1c2e0..9f4d7aa 100644
--- a/app/services/invites.py
+++ b/app/services/invites.py
@@ -12,14 +12,22 @@ from app.models import Invite, User
 def accept_invite(token: str, user: User) -> None:
-    invite = Invite.query.filter_by(token=token).first_or_404()
-    invite.accepted_by = user.id
-    db.session.commit()
+    invite = Invite.query.filter_by(token=token).first()
+    if invite is None:
+        raise InviteNotFound()
+    if invite.expires_at < datetime.now():
+        raise InviteExpired()
+    if invite.accepted_by:
+        return
+    invite.accepted_by = user.id
+    user.org_id = invite.org_id
+    user.role = invite.role
+    db.session.commit()
+    send_welcome_email(user)''')], tags=["diff", "pasted_code", "code:python"])

ex("rev_slash_review_pr", L, [{"role": "user", "content": ["__DATE__", txt('''<command-message>review is running…</command-message>
<command-name>/review</command-name>
<command-args>482</command-args>'''), txt('''You are an expert code reviewer. Follow these steps:

1. If no PR number is provided in the args, run `gh pr list` to show open PRs.
2. If a PR number is provided, run `gh pr view <number>` to get the PR details.
3. Run `gh pr diff <number>` to get the diff.
4. Analyze the changes and provide a thorough code review that includes:
   - Overview of what the PR does
   - Analysis of code quality and style
   - Specific suggestions for improvements
   - Any potential issues or risks

Keep your review concise but thorough. Focus on code correctness, following project conventions, performance implications, test coverage and security considerations.

PR number: 482''')]}], tags=["slash_command"])

ex("rev_flask_security", L, [first('''security review of this endpoint please, it's internal-only but still

@app.route("/admin/import", methods=["POST"])
@login_required
def import_state():
    blob = base64.b64decode(request.form["state"])
    state = pickle.loads(blob)
    path = os.path.join(UPLOAD_DIR, request.form["name"])
    with open(path, "wb") as f:
        f.write(blob)
    os.system(f"chown app:app {path}")
    apply_state(state)
    return "ok"''')], tags=["pasted_code", "code:python"])

ex("rev_idiomatic_go", L, [first('''is this idiomatic go? feels java-ish

type UserServiceInterface interface {
	GetUserById(id int) (*User, error)
}

type UserServiceImpl struct {
	repository *UserRepository
}

func NewUserServiceImpl(repository *UserRepository) UserServiceInterface {
	return &UserServiceImpl{repository: repository}
}

func (this *UserServiceImpl) GetUserById(id int) (*User, error) {
	user, err := this.repository.FindById(id)
	if err != nil {
		return nil, errors.New("error getting user: " + err.Error())
	}
	return user, nil
}''')], tags=["pasted_code", "code:go"])

ex("rev_migration_prod", L, [first('''any issues with this migration before I run it on prod? orders has ~180M rows, pg 14

ALTER TABLE orders ADD COLUMN fulfillment_region text NOT NULL DEFAULT 'eu-west';
CREATE INDEX idx_orders_region ON orders (fulfillment_region);
UPDATE orders SET fulfillment_region = 'us-east' WHERE country IN ('US','CA','MX');''')],
   tags=["pasted_code", "code:sql"])

ex("rev_react_component", L, [first('''can you review this component for react best practices?

export default function UserList({ orgId }) {
  const [users, setUsers] = useState([]);
  const [filter, setFilter] = useState("");
  useEffect(() => {
    fetch(`/api/orgs/${orgId}/users`).then(r => r.json()).then(setUsers);
  });
  const visible = users.filter(u => u.name.toLowerCase().includes(filter.toLowerCase()));
  return (
    <div>
      <input value={filter} onChange={e => setFilter(e.target.value)} />
      {visible.map((u, i) => <UserRow key={i} user={u} onDelete={() => { users.splice(i, 1); setUsers(users); }} />)}
    </div>
  );
}''')], tags=["pasted_code", "code:javascript"])

ex("rev_rust_roast", L, [first('''first rust program, roast it. it works but I'm sure it's terrible

use std::fs;
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let contents = fs::read_to_string(args[1].clone()).unwrap();
    let mut counts = std::collections::HashMap::new();
    for line in contents.lines() {
        for word in line.split(" ") {
            let w = word.to_string().to_lowercase();
            if counts.contains_key(&w) {
                let c = counts.get(&w).unwrap().clone();
                counts.insert(w.clone(), c + 1);
            } else {
                counts.insert(w.clone(), 1);
            }
        }
    }
    let mut v: Vec<(&String, &i32)> = counts.iter().collect();
    v.sort_by(|a, b| b.1.cmp(a.1));
    for i in 0..10 { println!("{} {}", v[i].0, v[i].1); }
}''')], tags=["pasted_code", "code:rust"])

ex("rev_dockerfile", L, [first('''review our Dockerfile, image is 1.9GB and security flagged it

FROM python:3.12
COPY . /app
WORKDIR /app
RUN apt-get update && apt-get install -y build-essential libpq-dev curl vim
RUN pip install -r requirements.txt
ENV AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}
EXPOSE 8000
CMD python manage.py migrate && gunicorn app.wsgi -b 0.0.0.0:8000''')], tags=["pasted_code", "code:dockerfile"])

ex("rev_gha_prt", L, [first('''is this workflow safe? it runs for PRs from forks

on: pull_request_target
jobs:
  preview:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - run: npm ci && npm run build
      - run: npx vercel deploy --token ${{ secrets.VERCEL_TOKEN }}
      - uses: actions/github-script@v7
        with:
          script: |
            github.rest.issues.createComment({issue_number: context.issue.number, owner: context.repo.owner, repo: context.repo.repo, body: "Preview: ${{ steps.deploy.outputs.url }} for ${{ github.event.pull_request.title }}"})''')],
   tags=["pasted_code", "code:yaml"])

ex("rev_bash_script", L, [first('''review pls, it's going into our cron on all hosts

#!/bin/bash
cd $LOG_DIR
for f in $(ls *.log); do
  if [ $(stat -c %s $f) -gt 104857600 ]; then
    mv $f $f.$(date +%s)
    gzip $f.*
  fi
done
rm -rf $LOG_DIR/*.gz.old''')], tags=["pasted_code", "code:bash"])

ex("rev_tf_iam", L, [first('''PR adds this policy for the new lambda, looks fine to me but can you double check

resource "aws_iam_role_policy" "ingest" {
  role = aws_iam_role.ingest.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      { Effect = "Allow", Action = ["s3:*"], Resource = "*" },
      { Effect = "Allow", Action = ["sqs:ReceiveMessage", "sqs:DeleteMessage"], Resource = aws_sqs_queue.ingest.arn },
      { Effect = "Allow", Action = ["kms:*"], Resource = "*" }
    ]
  })
}''')], tags=["pasted_code", "code:hcl"])

ex("rev_c_memory", L, [first('''review this for memory safety, it parses packets from the network

int parse_tlv(const uint8_t *buf, size_t len, struct tlv *out, int max) {
    int n = 0;
    size_t i = 0;
    while (i < len) {
        uint8_t type = buf[i];
        uint16_t l = (buf[i+1] << 8) | buf[i+2];
        out[n].type = type;
        out[n].value = malloc(l);
        memcpy(out[n].value, buf + i + 3, l);
        out[n].len = l;
        i += 3 + l;
        n++;
    }
    return n;
}''')], tags=["pasted_code", "code:c"])

ex("rev_java_dcl", L, [first('''colleague wrote this singleton, I have a bad feeling. thoughts?

public class MetricsRegistry {
    private static MetricsRegistry instance;
    private final Map<String, Counter> counters = new HashMap<>();

    public static MetricsRegistry getInstance() {
        if (instance == null) {
            synchronized (MetricsRegistry.class) {
                if (instance == null) instance = new MetricsRegistry();
            }
        }
        return instance;
    }

    public void inc(String name) {
        counters.computeIfAbsent(name, k -> new Counter()).increment();
    }
}''')], tags=["pasted_code", "code:java", "terse"])

ex("rev_think_bug_in_loop", L, [first('''review this, I think there might be a bug in the loop but I also want general feedback before I open the PR

def paginate(client, url):
    results = []
    page = 1
    while True:
        resp = client.get(url, params={"page": page, "per_page": 100})
        data = resp.json()
        results += data["items"]
        if len(data["items"]) < 100:
            break
        page =+ 1
    return results''')], tags=["pasted_code", "code:python", "near_boundary"])

ex("rev_is_threadsafe", L, [first('''is this thread-safe?

class Counter {
    private volatile int count = 0;
    public void increment() { count++; }
    public int get() { return count; }
}''')], tags=["pasted_code", "code:java", "terse", "near_boundary"])

ex("rev_tests_pass_check_logic", L, [first('''tests pass but can you check the logic is actually right before I merge? it's the leap year handling for our billing anniversaries

function nextAnniversary(start: Date, after: Date): Date {
  const d = new Date(after.getFullYear(), start.getMonth(), start.getDate());
  if (d <= after) d.setFullYear(d.getFullYear() + 1);
  return d;
}''')], tags=["pasted_code", "code:typescript", "near_boundary"])

ex("rev_tool_uncommitted_errors", L, [
    first("review my uncommitted changes"),
    A(None, T("gd", "Bash", {"command": "git status --short && git diff", "description": "Show uncommitted changes"})),
    TR(R("gd", '''M  pkg/ingest/reader.go
M  pkg/ingest/writer.go
diff --git a/pkg/ingest/reader.go b/pkg/ingest/reader.go
@@ -31,6 +31,9 @@ func (r *Reader) Next() (*Record, error) {
 	line, err := r.br.ReadBytes('\\n')
+	if len(line) == 0 && err == io.EOF {
+		return nil, io.EOF
+	}
 	if err != nil && err != io.EOF {
 		return nil, fmt.Errorf("read: %w", err)
 	}
diff --git a/pkg/ingest/writer.go b/pkg/ingest/writer.go
@@ -18,10 +18,22 @@ func (w *Writer) Write(rec *Record) error {
-	return w.enc.Encode(rec)
+	if rec == nil {
+		return errors.New("nil record")
+	}
+	if w == nil || w.enc == nil {
+		return errors.New("writer not initialised")
+	}
+	if err := w.enc.Encode(rec); err != nil {
+		if errors.Is(err, io.ErrClosedPipe) {
+			return err
+		}
+		return fmt.Errorf("encode record %v: %w", rec, err)
+	}
+	return nil
 }''', err=False)),
    A("Overall this looks good.\n\n**reader.go**: the EOF early-return is correct. A final line without a trailing newline still gets returned, because `line` is non-empty in that case.\n\n**writer.go**:\n- The `w == nil` check is unusual in Go. Calling a method on a nil `*Writer` is normally a programming error, and failing loudly is arguably better.\n- `%v` on `rec` in the error could dump a large record, or PII, into the logs. Consider logging just an ID."),
    ut("what about the error handling in writer.go overall, is it too defensive? the ErrClosedPipe special case was for the caller to detect shutdown"),
], tags=["tool_loop", "follow_up", "diff", "code:go"])

ex("rev_tool_pr_stricter", L, [
    first("check PR #1290"),
    A(None, T("pr1", "Bash", {"command": "gh pr view 1290 && gh pr diff 1290", "description": "Fetch PR 1290 and its diff"})),
    TR(R("pr1", '''title:	Cache product lookups in the search handler
state:	OPEN
author:	dmitri-k
--
Adds an in-memory cache in front of ProductRepo.get to cut p99 latency.

diff --git a/search/handler.py b/search/handler.py
@@ -1,6 +1,8 @@
+_cache = {}
+
 def search(q, repo, limit=20):
     ids = index.query(q, limit=limit)
-    return [repo.get(i) for i in ids]
+    out = []
+    for i in ids:
+        if i not in _cache:
+            _cache[i] = repo.get(i)
+        out.append(_cache[i])
+    return out''', err=False)),
    A("PR #1290 adds a module-level dict cache in front of `repo.get`. Main concerns:\n\n- **No eviction or TTL.** The cache grows without bound and serves stale products forever, including price changes and products that have been unpublished.\n- It's per process, so cache hit rates will vary across workers.\n\nI'd suggest `functools.lru_cache` with a TTL wrapper, or the existing Redis layer."),
    ut("be stricter, this is going into the hot path. also look for perf issues and anything that would break under concurrency"),
], tags=["tool_loop", "follow_up", "diff", "code:python"])

ex("rev_toolonly_branch_vs_main", L, [
    first("review the changes on this branch vs main, focus on correctness"),
    A("I'll get the diff against main.", T("bd", "Bash", {"command": "git fetch -q origin main && git diff origin/main...HEAD --stat && git diff origin/main...HEAD", "description": "Diff branch against main"})),
    TR(R("bd", ''' src/limits/quota.ts      | 21 ++++++++++++++-------
 src/limits/quota.test.ts | 14 ++++++++++++++
 2 files changed, 28 insertions(+), 7 deletions(-)
diff --git a/src/limits/quota.ts b/src/limits/quota.ts
@@ -8,13 +8,20 @@ export async function consume(orgId: string, units: number): Promise<boolean> {
-  const used = await redis.get(`quota:${orgId}`);
-  if (Number(used) + units > LIMIT) return false;
-  await redis.incrby(`quota:${orgId}`, units);
-  return true;
+  const key = `quota:${orgId}:${monthKey(new Date())}`;
+  const used = await redis.incrby(key, units);
+  if (used === units) await redis.expire(key, 60 * 60 * 24 * 40);
+  if (used > LIMIT) {
+    await redis.decrby(key, units);
+    return false;
+  }
+  return true;
 }''', err=False)),
], tags=["tool_result_last", "diff", "code:typescript"])

ex("rev_toolonly_security_review", L, [
    first('''<command-message>security-review is running…</command-message>
<command-name>/security-review</command-name>'''),
    A("I'll start by looking at what changed on this branch.", T("sr1", "Bash", {"command": "git diff --name-only origin/HEAD... && git log --oneline origin/HEAD.. | head", "description": "List changed files on branch"})),
    TR(R("sr1", '''api/routes/files.py
api/storage/local.py
web/src/pages/Upload.tsx
4e1d0a2 allow downloading uploaded files by name
c91aa37 upload page''', err=False)),
    A(None, T("sr2", "Bash", {"command": "git diff origin/HEAD... -- api/", "description": "Show API diff"})),
    TR(R("sr2", '''diff --git a/api/routes/files.py b/api/routes/files.py
+@router.get("/files/{name}")
+def download(name: str, user=Depends(current_user)):
+    path = os.path.join(settings.UPLOAD_ROOT, name)
+    return FileResponse(path)''', err=False)),
], tags=["tool_result_last", "slash_command", "diff", "code:python"])

ex("rev_es_mejorarias", L, [first('''revisa este código y dime qué mejorarías (legibilidad, rendimiento, lo que sea)

def procesar(pedidos):
    total = 0
    lista = []
    for i in range(len(pedidos)):
        if pedidos[i]['estado'] == 'pagado' or pedidos[i]['estado'] == 'enviado':
            total = total + pedidos[i]['importe']
            lista.append(pedidos[i]['id'])
    return [total, lista]''')], tags=["non_english", "lang_es", "pasted_code", "code:python"])

ex("rev_de_pr", L, [first('''Kannst du dir meinen PR anschauen, bevor ich ihn zur Review freigebe? Geht um das neue Retry-Verhalten im HTTP-Client.

--- a/src/http/client.ts
+++ b/src/http/client.ts
@@ -40,7 +40,16 @@ export async function request(opts: RequestOpts) {
-  return fetch(opts.url, opts);
+  let lastErr: unknown;
+  for (let attempt = 0; attempt <= (opts.retries ?? 3); attempt++) {
+    try {
+      const res = await fetch(opts.url, opts);
+      if (res.status >= 500) throw new Error(`HTTP ${res.status}`);
+      return res;
+    } catch (e) {
+      lastErr = e;
+      await sleep(2 ** attempt * 100);
+    }
+  }
+  throw lastErr;
 }''')], tags=["non_english", "lang_de", "diff", "pasted_code", "code:typescript"])

ex("rev_zh_security", L, [first('''帮我 review 一下这段代码，有没有安全问题？这是登录接口

@PostMapping("/login")
public Result login(@RequestParam String username, @RequestParam String password, HttpServletResponse resp) {
    String sql = "select * from user where username='" + username + "' and password='" + DigestUtils.md5Hex(password) + "'";
    User u = jdbcTemplate.queryForObject(sql, new BeanPropertyRowMapper<>(User.class));
    Cookie c = new Cookie("uid", String.valueOf(u.getId()));
    resp.addCookie(c);
    return Result.ok(u);
}''')], tags=["non_english", "lang_zh", "pasted_code", "code:java"])

ex("rev_ja_readability", L, [first('''このコードをレビューしてください。特に可読性と命名の観点でお願いします。

def calc(d, f=False):
    r = 0
    for x in d:
        if x[2] > 0 and (not f or x[3]):
            r += x[1] * x[2] * (0.9 if x[4] == 'vip' else 1)
    return r''')], tags=["non_english", "lang_ja", "pasted_code", "code:python"])

ex("rev_pt_pr", L, [first('''revisa esse trecho pra mim antes de eu subir o PR? é um hook de react pra buscar dados

export function useFetch(url) {
  const [data, setData] = useState(null)
  const [erro, setErro] = useState(null)
  useEffect(async () => {
    try {
      const r = await fetch(url)
      setData(await r.json())
    } catch (e) { setErro(e) }
  }, [])
  return { data, erro }
}''')], tags=["non_english", "lang_pt", "pasted_code", "code:javascript"])

ex("rev_ru_codereview", L, [first('''сделай код-ревью, пожалуйста. это обработчик платежных вебхуков

func (h *Handler) Webhook(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	var ev Event
	json.Unmarshal(body, &ev)
	if ev.Type == "payment.succeeded" {
		h.orders.MarkPaid(ev.OrderID)
	}
	w.WriteHeader(200)
}''')], tags=["non_english", "lang_ru", "pasted_code", "code:go"])

ex("rev_ko_review", L, [first('''코드 리뷰 부탁해요. 주니어가 짠 건데 피드백 어떻게 줘야 할지 모르겠어서요

public List<String> getActiveEmails(List<User> users) {
    List<String> result = new ArrayList<>();
    for (int i = 0; i < users.size(); i++) {
        if (users.get(i).getStatus().equals("ACTIVE") == true) {
            if (users.get(i).getEmail() != null) {
                result.add(users.get(i).getEmail());
            }
        }
    }
    return result;
}''')], tags=["non_english", "lang_ko", "pasted_code", "code:java"])

ex("rev_fr_relire", L, [first('''tu peux relire ce script avant que je le mette en prod ? il tourne toutes les nuits

import os, shutil, datetime
src = "/data/exports"
dst = "/mnt/nas/archives/" + str(datetime.date.today())
os.makedirs(dst)
for f in os.listdir(src):
    shutil.move(src + "/" + f, dst)
print("fini")''')], tags=["non_english", "lang_fr", "pasted_code", "code:python"])
