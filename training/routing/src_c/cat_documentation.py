"""documentation: writing or improving docs -- docstrings, comments, READMEs, runbooks, ADRs,
changelogs, release notes, commit messages, PR descriptions.  Frequently arrives with stack
traces, diffs or review comments that point elsewhere."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

C = "documentation"
EXAMPLES = []

# 1 people keep asking how retry works (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the retry logic in the http client"),
    A(Read("/repo/pkg/httpx/retry.go")),
    U(Res(lines('''func (c *Client) do(req *http.Request) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt <= c.MaxRetries; attempt++ {
		if attempt > 0 {
			d := c.backoff(attempt)
			if ra := retryAfter(lastResp); ra > d {
				d = ra
			}
			time.Sleep(d)
		}
		resp, err := c.hc.Do(req)
		if err == nil && !retryable(resp.StatusCode) {
			return resp, nil
		}
		lastErr = err
	}
	return nil, fmt.Errorf("after %d attempts: %w", c.MaxRetries+1, lastErr)
}

func (c *Client) backoff(n int) time.Duration {
	d := c.BaseDelay << (n - 1)
	if d > c.MaxDelay { d = c.MaxDelay }
	return d/2 + time.Duration(rand.Int63n(int64(d/2)))
}''', 40))),
    A("Retries go up to `MaxRetries`, with exponential backoff from `BaseDelay`, capped at `MaxDelay` and half-jittered. A `Retry-After` header wins if it asks for a longer wait, and only retryable status codes are retried."),
    U("people keep asking me how the retry works. put it somewhere they'll find it"),
))

# 2 add this error to the troubleshooting section (stack trace)
EXAMPLES.append(ex(C, '''add this error to the troubleshooting section of the README — it happens when people forget to run `make certs` before `docker compose up`, fix is just to run it

```
api-1  | Traceback (most recent call last):
api-1  |   File "/app/server.py", line 88, in <module>
api-1  |     ctx.load_cert_chain("/certs/dev.crt", "/certs/dev.key")
api-1  | FileNotFoundError: [Errno 2] No such file or directory
api-1 exited with code 1
```'''))

# 3 changelog from a diff
EXAMPLES.append(ex(C, '''changelog entry for this (we use keep-a-changelog, next version is 3.4.0)

```diff
diff --git a/src/client.ts b/src/client.ts
index 8c1f2a0..d94b7e3 100644
--- a/src/client.ts
+++ b/src/client.ts
@@ -1,22 +1,34 @@
 import { HttpError, RateLimitError } from './errors';
+import { sleep, jitter } from './util/time';
 
 export interface ClientOptions {
   apiKey: string;
   baseUrl?: string;
-  timeout?: number;
+  /** @deprecated use timeoutMs */
+  timeout?: number;
+  timeoutMs?: number;
+  retry?: { attempts: number; backoffMs: number };
+  fetch?: typeof globalThis.fetch;
 }
 
 export class Client {
   private readonly baseUrl: string;
   private readonly timeoutMs: number;
+  private readonly retry: { attempts: number; backoffMs: number };
+  private readonly fetchImpl: typeof globalThis.fetch;
 
   constructor(private readonly opts: ClientOptions) {
     this.baseUrl = opts.baseUrl ?? 'https://api.ledgerly.io/v1';
-    this.timeoutMs = opts.timeout ?? 10_000;
+    if (opts.timeout !== undefined) {
+      console.warn('[ledgerly] `timeout` is deprecated, use `timeoutMs`');
+    }
+    this.timeoutMs = opts.timeoutMs ?? opts.timeout ?? 10_000;
+    this.retry = opts.retry ?? { attempts: 3, backoffMs: 250 };
+    this.fetchImpl = opts.fetch ?? globalThis.fetch;
   }
 
-  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
-    const res = await fetch(this.baseUrl + path, {
-      ...init,
-      headers: { Authorization: `Bearer ${this.opts.apiKey}`, ...init.headers },
-      signal: AbortSignal.timeout(this.timeoutMs),
-    });
-    if (!res.ok) throw new HttpError(res.status, await res.text());
-    return res.json() as Promise<T>;
+  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
+    for (let attempt = 1; ; attempt++) {
+      const res = await this.fetchImpl(this.baseUrl + path, {
+        ...init,
+        headers: { Authorization: `Bearer ${this.opts.apiKey}`, ...init.headers },
+        signal: AbortSignal.timeout(this.timeoutMs),
+      });
+      if (res.status === 429 && attempt < this.retry.attempts) {
+        const after = Number(res.headers.get('retry-after') ?? 0) * 1000;
+        await sleep(Math.max(after, jitter(this.retry.backoffMs * 2 ** (attempt - 1))));
+        continue;
+      }
+      if (res.status === 429) throw new RateLimitError(res.headers.get('retry-after'));
+      if (!res.ok) throw new HttpError(res.status, await res.text());
+      return res.json() as Promise<T>;
+    }
   }
 
-  async listInvoices(page = 1): Promise<Invoice[]> {
-    return this.request<Invoice[]>(`/invoices?page=${page}`);
+  async listInvoices(opts: { cursor?: string; limit?: number } = {}): Promise<Page<Invoice>> {
+    const q = new URLSearchParams();
+    if (opts.cursor) q.set('cursor', opts.cursor);
+    if (opts.limit) q.set('limit', String(opts.limit));
+    return this.request<Page<Invoice>>(`/invoices?${q}`);
   }
 
-  async getInvoice(id: number): Promise<Invoice> {
+  async getInvoice(id: string): Promise<Invoice> {
     return this.request<Invoice>(`/invoices/${id}`);
   }
+
+  async *iterInvoices(opts: { limit?: number } = {}): AsyncGenerator<Invoice> {
+    let cursor: string | undefined;
+    do {
+      const page = await this.listInvoices({ cursor, limit: opts.limit });
+      yield* page.data;
+      cursor = page.nextCursor ?? undefined;
+    } while (cursor);
+  }
 
   async voidInvoice(id: string): Promise<void> {
     await this.request(`/invoices/${id}/void`, { method: 'POST' });
   }
 }
diff --git a/src/errors.ts b/src/errors.ts
index 1b2c3d4..5e6f7a8 100644
--- a/src/errors.ts
+++ b/src/errors.ts
@@ -5,3 +5,10 @@ export class HttpError extends Error {
     super(`HTTP ${status}: ${body}`);
   }
 }
+
+export class RateLimitError extends HttpError {
+  constructor(public readonly retryAfter: string | null) {
+    super(429, 'rate limited');
+    this.name = 'RateLimitError';
+  }
+}
diff --git a/src/types.ts b/src/types.ts
index 77aa001..8bb9012 100644
--- a/src/types.ts
+++ b/src/types.ts
@@ -1,9 +1,14 @@
 export interface Invoice {
-  id: number;
+  id: string;
   number: string;
   customerId: string;
   totalCents: number;
   currency: string;
   status: 'draft' | 'open' | 'paid' | 'void';
 }
+
+export interface Page<T> {
+  data: T[];
+  nextCursor: string | null;
+}
diff --git a/package.json b/package.json
@@ -2,7 +2,7 @@
   "name": "@ledgerly/sdk",
-  "version": "3.3.2",
+  "version": "3.4.0",
-  "engines": { "node": ">=16" },
+  "engines": { "node": ">=18" },
```'''))

# 4 commit message for staged diff (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "what's staged"),
    A(Bash("git diff --cached --stat && git diff --cached", "Show staged changes")),
    U(Res(''' internal/auth/session.go      | 14 +++++++++-----
 internal/auth/session_test.go | 31 +++++++++++++++++++++++++++++++
 2 files changed, 40 insertions(+), 5 deletions(-)
diff --git a/internal/auth/session.go b/internal/auth/session.go
@@ -71,9 +71,13 @@ func (s *Store) Touch(ctx context.Context, id string) error {
-	return s.rdb.Expire(ctx, key(id), s.ttl/60).Err()
+	// Expire takes a time.Duration; ttl is already one. Dividing by 60
+	// turned the 30m idle timeout into 30s.
+	return s.rdb.Expire(ctx, key(id), s.ttl).Err()''')),
    A("Staged: a fix in `session.go` so `Touch` passes the full TTL to `Expire` instead of dividing it by 60, plus a new test in `session_test.go`."),
    U("commit message pls, conventional commits"),
))

# 5 PR description (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "push the branch and show me the log vs main"),
    A(Bash("git push -u origin feat/bulk-invite && git log --oneline main..HEAD", "Push and list commits")),
    U(Res('''branch 'feat/bulk-invite' set up to track 'origin/feat/bulk-invite'.
a3e91f0 test: cover csv parsing edge cases
c81d7a2 feat(invites): send invites in background job with per-org rate limit
4b02e6c feat(invites): accept CSV upload of up to 500 emails
9f7a1d3 refactor(invites): extract InviteService from controller''')),
    A("Pushed `feat/bulk-invite` with four commits: the `InviteService` extraction, CSV upload of up to 500 emails, a background job with a per-org rate limit, and CSV parsing tests."),
    U("write the PR description. include a testing section and call out that the rate limit is a new env var"),
))

# 6 docstrings for module (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("geo/distance.py"), "read geo/distance.py"),
    A(Read("geo/distance.py")),
    U(Res(lines('''R = 6371.0088

def haversine(a, b):
    lat1, lon1 = map(radians, a)
    lat2, lon2 = map(radians, b)
    h = sin((lat2 - lat1) / 2) ** 2 + cos(lat1) * cos(lat2) * sin((lon2 - lon1) / 2) ** 2
    return 2 * R * asin(sqrt(h))

def bbox(center, km):
    lat, lon = center
    dlat = degrees(km / R)
    dlon = degrees(km / R / cos(radians(lat)))
    return (lat - dlat, lon - dlon, lat + dlat, lon + dlon)

def nearest(point, candidates, k=5):
    return heapq.nsmallest(k, candidates, key=lambda c: haversine(point, c.coords))'''))),
    A("Three functions: `haversine` for great-circle distance in km, `bbox` for a bounding box around a point, and `nearest` for the k closest candidates."),
    U("docstrings for all of them, google style. mention units and that bbox breaks near the poles / antimeridian"),
))

# 7 README for CLI
EXAMPLES.append(ex(C, '''README for this CLI. audience: other devs at the company who'll install it with pipx

```
$ envsync --help
Usage: envsync [OPTIONS] COMMAND [ARGS]...

  Sync .env files with the team vault.

Options:
  --profile TEXT  Vault profile (default: dev)
  --help          Show this message and exit.

Commands:
  pull    Download secrets for the current project into .env
  push    Upload changed keys from .env (asks for confirmation)
  diff    Show keys that differ between .env and vault
  doctor  Check vault login, project mapping and file permissions
```

project mapping comes from a `.envsync.toml` in the repo root with `project = "name"`'''))

# 8 runbook queue backs up
EXAMPLES.append(ex(C, '''we got paged twice this month for the email queue backing up and both times it took 40 min to figure out what to do. this is what we did the second time:

- checked grafana "email-pipeline" dashboard, queue depth 180k
- `kubectl -n mail logs deploy/mail-worker | grep -c 429` -> tons of 429s from sendgrid
- scaled workers DOWN to 2 (more workers = more 429s)
- `kubectl -n mail exec deploy/mail-worker -- python -m mail.tools.pause marketing` to pause marketing sends
- waited for transactional backlog to drain (~25 min)
- resumed marketing with `... resume marketing`, scaled back to 6

can you turn this into something the next on-call can follow at 3am'''))

# 9 ADR (decision made)
EXAMPLES.append(ex(C, "write an ADR: we decided to use postgres LISTEN/NOTIFY + a jobs table instead of adding redis/sidekiq for background jobs. reasons: one less piece of infra, we're at ~50 jobs/min, transactional enqueue for free. downsides we accepted: no fancy UI, need to handle NOTIFY payload limit, polling fallback. alternatives were sidekiq and good_job (we'll probably revisit good_job)"))

# 10 API reference (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the webhook subscription routes"),
    A(Read("/srv/api/src/routes/webhooks.ts")),
    U(Res(lines('''router.post('/v1/webhooks', auth('webhooks:write'), validate(CreateSub), createSub);
router.get('/v1/webhooks', auth('webhooks:read'), listSubs);
router.delete('/v1/webhooks/:id', auth('webhooks:write'), deleteSub);
router.post('/v1/webhooks/:id/test', auth('webhooks:write'), sendTestEvent);

const CreateSub = z.object({
  url: z.string().url().startsWith('https://'),
  events: z.array(z.enum(['invoice.paid', 'invoice.failed', 'customer.created'])).min(1),
  secret: z.string().min(16).optional(),
});''')), ),
    A("Four routes: create, list, delete, and send a test event. Creating requires an HTTPS URL, at least one event type, and optionally a secret of 16 or more characters."),
    U("API reference page for these in markdown, with request/response examples and the error codes. our other pages use the same layout as docs/api/customers.md"),
))

# 11 migration guide v1 -> v2
EXAMPLES.append(ex(C, '''need a migration guide for users going from v1 to v2 of our python sdk. breaking changes:
- `Client(api_key)` -> `Client(api_key=..., region=...)`, region now required
- all methods are async now, sync wrapper is `SyncClient`
- `client.invoices.list()` returns an async iterator instead of a list
- `InvoiceError` split into `NotFound`, `RateLimited`, `ValidationError` (all subclass `ApiError`)
- dropped python 3.8'''))

# 12 release notes non-technical (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "list the merged PRs since the last release tag"),
    A(Bash("gh pr list --state merged --search \"merged:>$(git log -1 --format=%cs $(git describe --tags --abbrev=0))\" --json number,title --jq '.[] | \"#\\(.number) \\(.title)\"'", "List merged PRs since last tag")),
    U(Res('''#1184 Calendar: drag to resize events
#1181 fix(sync): google calendar duplicates after token refresh
#1179 chore(deps): bump next to 15.0.3
#1176 Recurring events: "every last friday" option
#1175 perf: lazy-load month view
#1172 fix: timezone shown wrong for all-day events in Safari
#1170 ci: split e2e into shards''')),
    A("Seven PRs were merged since the last tag: two features, two fixes, a performance improvement, and two chores (dependencies and CI)."),
    U("release notes for the in-app 'what's new' popup. our users are receptionists at clinics, not devs — no jargon, skip the chores"),
))

# 13 comments explaining tricky bit (selection)
EXAMPLES.append(ex(C,
    U(REM(), SEL("src/sched/next_run.rs", 40, 52, '''let mut t = after.with_second(0).unwrap() + Duration::minutes(1);
loop {
    if !self.months.contains(t.month()) {
        t = first_of_next_month(t);
        continue;
    }
    if !(self.dom.contains(t.day()) || self.dow.contains(t.weekday().num_days_from_sunday())) {
        t = (t + Duration::days(1)).with_hour(0).unwrap().with_minute(0).unwrap();
        continue;
    }
    if !self.hours.contains(t.hour()) { t = next_hour(t); continue; }
    if !self.minutes.contains(t.minute()) { t += Duration::minutes(1); continue; }
    return t;
}'''), "add comments to this, especially why dom/dow are OR'ed (cron semantics) and why we restart the loop instead of nesting. someone 'fixed' the OR last year and broke prod"),
))

# 14 ok, and the docs for it? (multi-turn after gen)
EXAMPLES.append(ex(C,
    "add a `--format json|table` option to the `status` command of our go cli",
    '''```go
var statusFormat string

func init() {
	statusCmd.Flags().StringVar(&statusFormat, "format", "table", "output format: json|table")
}

func runStatus(cmd *cobra.Command, args []string) error {
	st, err := client.Status(cmd.Context())
	if err != nil {
		return err
	}
	switch statusFormat {
	case "json":
		return json.NewEncoder(cmd.OutOrStdout()).Encode(st)
	case "table":
		return printStatusTable(cmd.OutOrStdout(), st)
	default:
		return fmt.Errorf("unknown format %q (want json or table)", statusFormat)
	}
}
```''',
    "ok, and the docs for it?"))

# 15 es documenta esta función
EXAMPLES.append(ex(C, '''documenta esta función, que nadie entiende qué devuelve cuando no hay tarifa

```python
def tarifa_envio(peso_kg, zona, express=False):
    tabla = TARIFAS.get(zona)
    if not tabla:
        return None
    base = next((p for lim, p in tabla if peso_kg <= lim), tabla[-1][1] + (peso_kg - tabla[-1][0]) * 0.8)
    return round(base * (1.5 if express else 1), 2)
```'''))

# 16 de README auf Deutsch (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "was steht in docker-compose.yml und .env.example"),
    A(Read("docker-compose.yml"), Read(".env.example")),
    U(Res(lines('''services:
  app:
    build: .
    ports: ["8080:8080"]
    env_file: .env
    depends_on: [db, mailpit]
  db:
    image: postgres:16
    environment: { POSTGRES_PASSWORD: dev }
    volumes: [pgdata:/var/lib/postgresql/data]
  mailpit:
    image: axllent/mailpit
    ports: ["8025:8025"]
volumes:
  pgdata: {}''')), Res(lines('''DATABASE_URL=postgres://postgres:dev@db:5432/postgres
SMTP_URL=smtp://mailpit:1025
SESSION_SECRET=change-me
DATEV_EXPORT_DIR=/data/exports'''))),
    A("Die App läuft mit Postgres 16 und Mailpit; `.env.example` enthält Datenbank-URL, SMTP, Session-Secret und das DATEV-Exportverzeichnis."),
    U("Schreib bitte eine README auf Deutsch für neue Kolleg:innen: lokales Setup, wie man an die Mails kommt, und was die Variablen bedeuten"),
))

# 17 fr commit message (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "git diff"),
    A(Bash("git diff", "Show unstaged changes")),
    U(Res('''diff --git a/app/services/facturation.rb b/app/services/facturation.rb
@@ -33,7 +33,9 @@ class Facturation
-    montant_ht * 1.2
+    taux = client.auto_entrepreneur? ? 0 : TVA_TAUX.fetch(produit.categorie, 0.2)
+    (montant_ht * (1 + taux)).round(2)
   end
diff --git a/spec/services/facturation_spec.rb b/spec/services/facturation_spec.rb
+  it "n'applique pas de TVA aux auto-entrepreneurs" do
+  it "applique 5,5 % aux livres" do''')),
    A("Le calcul TTC applique désormais un taux de TVA par catégorie de produit (20 % par défaut) et 0 % pour les auto-entrepreneurs, avec deux nouveaux tests."),
    U("rédige le message de commit en français, format conventionnel"),
))

# 18 zh API doc
EXAMPLES.append(ex(C, '''帮我给这个接口写文档，给前端同事看的，包括参数、返回值、错误码

```go
// POST /api/v1/coupons/redeem
type RedeemReq struct {
	Code    string `json:"code" binding:"required,len=12"`
	OrderID int64  `json:"order_id" binding:"required"`
}
type RedeemResp struct {
	Discount int64  `json:"discount"`  // 分
	Message  string `json:"message"`
}
// 错误: 40001 券不存在, 40002 已过期, 40003 已使用, 40004 不满足最低消费, 42900 请求过于频繁
```'''))

# 19 ja docstring (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/ratelimit/bucket.py"), "bucket.pyを読んで"),
    A(Read("src/ratelimit/bucket.py")),
    U(Res(lines('''class SlidingWindow:
    def __init__(self, redis, limit, window_s, prefix="rl"):
        self.r = redis
        self.limit = limit
        self.window = window_s
        self.prefix = prefix

    def hit(self, key, now=None):
        now = now or time.time()
        k = f"{self.prefix}:{key}"
        p = self.r.pipeline()
        p.zremrangebyscore(k, 0, now - self.window)
        p.zadd(k, {str(now): now})
        p.zcard(k)
        p.expire(k, int(self.window) + 1)
        _, _, count, _ = p.execute()
        return count <= self.limit, max(0, self.limit - count)'''))),
    A("Redisのソート済みセットを使ったスライディングウィンドウ方式のレートリミッターです。"),
    U("このモジュールのdocstringを書いて。日本語で、戻り値のタプルの意味と、拒否されたリクエストもカウントされる点を明記して"),
))

# 20 ko release notes
EXAMPLES.append(ex(C, '''릴리스 노트 작성해 줘. v2.8.0, 개발자 대상 SDK라서 기술적으로 써도 됨

- Kotlin coroutine 지원 추가 (suspend 함수 버전)
- OkHttp 4.12로 업그레이드
- 토큰 갱신 시 race condition 수정 (#412)
- `Client.Builder.timeout(Int)` deprecated, `timeout(Duration)` 사용
- minSdk 21 -> 23'''))

# 21 ru comments to code
EXAMPLES.append(ex(C, '''напиши комментарии к этому коду — через полгода никто не вспомнит, почему здесь такая магия с битами

```c
static inline uint32_t next_pow2(uint32_t v) {
    v--;
    v |= v >> 1;
    v |= v >> 2;
    v |= v >> 4;
    v |= v >> 8;
    v |= v >> 16;
    return v + 1;
}
```'''))

# 22 pt contributing guide (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "dá uma olhada na config de lint, testes e hooks do repo"),
    A(Bash("ls -a; cat .pre-commit-config.yaml; jq .scripts package.json", "Inspect tooling")),
    U(Res('''.  ..  .git  .github  .pre-commit-config.yaml  README.md  package.json  src  tests
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: v5.0.0
    hooks: [{id: trailing-whitespace}, {id: end-of-file-fixer}]
  - repo: local
    hooks:
      - id: eslint
        name: eslint
        entry: npx eslint --fix
        language: system
        files: \\.(ts|tsx)$
{
  "test": "vitest",
  "test:e2e": "playwright test",
  "lint": "eslint .",
  "typecheck": "tsc --noEmit"
}''')),
    A("O repo usa pre-commit com hooks de whitespace e eslint, vitest para testes unitários, playwright para e2e e `tsc` para checagem de tipos."),
    U("escreve um CONTRIBUTING.md pra gente abrir o projeto pra comunidade: setup, como rodar testes, padrão de commit, como abrir PR"),
))

# 23 it README installation section
EXAMPLES.append(ex(C, "scrivi la sezione 'Installazione' del README: serve Python 3.11+, poetry, e su macOS bisogna installare libvips con brew prima, altrimenti pyvips fallisce. su Ubuntu è `apt install libvips-dev`. Windows non supportato"))

# 24 pl OpenAPI describe endpoint
EXAMPLES.append(ex(C, '''opisz ten endpoint w OpenAPI 3.1 (yaml), żeby wygenerował się ładnie w Redoc

```python
@router.get("/reports/{report_id}/download")
def download(report_id: UUID, format: Literal["pdf", "xlsx"] = "pdf", user=Depends(current_user)):
    report = reports.get(report_id)
    if not report:
        raise HTTPException(404, "report not found")
    if report.owner_id != user.id:
        raise HTTPException(403)
    if report.status != "ready":
        raise HTTPException(409, "report still generating")
    return FileResponse(report.path(format))
```'''))

# 25 tr JSDoc (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "utils/date.js dosyasını aç"),
    A(Read("utils/date.js")),
    U(Res(lines('''export function addBusinessDays(date, n, holidays = []) {
  const d = new Date(date);
  let added = 0;
  while (added < n) {
    d.setDate(d.getDate() + 1);
    const day = d.getDay();
    const iso = d.toISOString().slice(0, 10);
    if (day !== 0 && day !== 6 && !holidays.includes(iso)) added++;
  }
  return d;
}'''))),
    A("`addBusinessDays`, hafta sonlarını ve verilen tatil günlerini atlayarak bir tarihe n iş günü ekliyor."),
    U("bu fonksiyon için JSDoc yaz, örnekle birlikte. holidays formatının YYYY-MM-DD olduğunu ve saat diliminin UTC'ye göre hesaplandığını belirt"),
))

# 26 hinglish onboarding doc
EXAMPLES.append(ex(C, "next week 3 new joiners aa rahe hain. ek onboarding doc bana do: repo access kaise milega, local setup (docker + make dev), staging pe deploy kaise hota hai, aur kis channel pe kya poochna hai. markdown mein, Notion mein paste karunga"))

# 27 vi PR description (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "xem diff của branch này so với main"),
    A(Bash("git diff main...HEAD --stat", "Diff stat against main")),
    U(Res(''' src/payment/momo.ts            | 142 ++++++++++++++++++++++
 src/payment/index.ts           |   6 +-
 src/payment/__tests__/momo.ts  |  88 +++++++++++++
 .env.example                   |   3 +
 4 files changed, 237 insertions(+), 2 deletions(-)''')),
    A("Nhánh này thêm cổng thanh toán MoMo (`momo.ts`), đăng ký nó trong `payment/index.ts`, thêm test và 3 biến môi trường mới."),
    U("viết mô tả PR bằng tiếng Việt giúp mình, có phần cách test trên sandbox MoMo và các biến env mới"),
))

# 28 nl runbook
EXAMPLES.append(ex(C, "schrijf een runbook voor het roteren van de database-wachtwoorden in productie. we gebruiken AWS Secrets Manager, de apps lezen het secret bij het opstarten (dus rolling restart nodig), en er zijn twee gebruikers: app_rw en app_ro. Het moet zonder downtime"))

# 29 comments are lies now (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("lib/billing/proration.rb"), "read lib/billing/proration.rb"),
    A(Read("lib/billing/proration.rb")),
    U(Res(lines('''# Calculates proration using 30-day months.
# Returns a positive amount in dollars.
def prorate(old_plan, new_plan, changed_at, period_end)
  # remaining fraction of the period
  remaining = (period_end - changed_at) / (period_end - period_start(period_end))
  diff = new_plan.price_cents - old_plan.price_cents
  (diff * remaining).round
end

# Downgrades are not supported and raise.
def apply_proration!(sub, amount)
  sub.balance_cents += amount
  sub.save!
end'''))),
    A("`prorate` returns the price difference scaled by the remaining fraction of the period, and `apply_proration!` adds it to the subscription balance."),
    U("the comments in here are all lies now (it's cents, actual period length, can be negative, downgrades work). fix them"),
))

# 30 git log -> changelog entry (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "git log since v2.3.0"),
    A(Bash("git log --oneline v2.3.0..HEAD --no-merges", "Commits since v2.3.0")),
    U(Res('''f19a2c0 fix(parser): handle BOM at start of CSV
e7b83d1 feat: --encoding flag for input files
d2a0c44 feat(export): parquet output
c9f1e02 chore: bump arrow to 17
b5d3a17 fix: crash on empty sheet in xlsx input
a0c6e99 docs: typo in README
9e4f210 feat!: drop python 3.8 support''')),
    A("Seven commits since v2.3.0: three features (one of them breaking), two fixes, a dependency bump and a docs typo."),
    U("turn these into a CHANGELOG.md entry for 2.4.0, keep-a-changelog format, put the breaking one at the top"),
))

# 31 FAQ entry: token expired (trace)
EXAMPLES.append(ex(C, '''FAQ entry for the docs site: when you see this it means your personal access token expired, regenerate it under Settings → Tokens. people open support tickets for it every week

```
Error: request failed with status 401
    at ApiClient.request (/usr/local/lib/node_modules/@acme/cli/dist/client.js:88:13)
    at async Command.deploy (/usr/local/lib/node_modules/@acme/cli/dist/commands/deploy.js:41:5)
{"error":"token_expired","message":"The access token expired at 2026-11-01T00:00:00Z"}
```'''))

# 32 reviewer said docstrings unclear
EXAMPLES.append(ex(C, '''reviewer said "the docstrings here are unclear, what's a 'window'?". rewrite them so she's happy

```python
def rolling_zscore(series, window=20, min_periods=None):
    """Computes zscore over window."""
    mean = series.rolling(window, min_periods=min_periods).mean()
    std = series.rolling(window, min_periods=min_periods).std(ddof=0)
    return (series - mean) / std.replace(0, np.nan)

def flag_outliers(series, threshold=3.0, **kw):
    """Flags outliers."""
    return rolling_zscore(series, **kw).abs() > threshold
```'''))

# 33 postmortem after OOM fix (multi-turn)
EXAMPLES.append(ex(C,
    "pods OOM every night at 2am, heap profile attached: 1.8GB in []*Invoice retained by exportCache",
    "`exportCache` is a package-level map that the nightly export fills with every invoice and never evicts, so each run adds the whole month's invoices. Build the export per run (stream invoices from the DB into the CSV writer) and drop the cache, or at least clear it when the job finishes.",
    '''yep that was it, fix deployed yesterday, memory is flat now. write the postmortem. timeline:
- nov 18 02:04 first OOMKill, auto-restart, nobody noticed
- nov 19-22 same every night
- nov 23 09:30 customer reports missing export
- nov 23 14:00 found exportCache via pprof
- nov 24 11:00 fix deployed
impact: 6 customers didn't get their nightly export for up to 5 days'''))

# 34 ADR for decision above (multi-turn after architecture)
EXAMPLES.append(ex(C,
    "sessions: keep them in redis or move to signed cookies? 2 web apps, 1 mobile, need logout everywhere",
    "Keep server-side sessions in Redis. Signed cookies can't be revoked without a server-side denylist, and once you have that you're back to a store. Redis sessions give you 'log out everywhere' by deleting the user's session set. For mobile, issue an opaque token that points at the same session record instead of a JWT.",
    "agreed. write that up as an ADR for the repo (docs/adr/0012-...), include the alternatives we dismissed"))

# 35 explain auth flow in README (understanding cue)
EXAMPLES.append(ex(C,
    U(REM(), "how does auth work in this app, end to end"),
    A(Grep("passport|session|jwt", "server/", "files_with_matches", **{"-i": True})),
    U(Res('''server/auth/google.ts
server/auth/session.ts
server/middleware/requireUser.ts
server/routes/auth.ts''')),
    A("Auth is Google OAuth through Passport (`auth/google.ts`) with server-side sessions (`auth/session.ts`). `routes/auth.ts` handles the callback and logout, and `requireUser` guards protected routes."),
    U("great, that explanation should live in docs/architecture/auth.md for new devs, with a sequence diagram (mermaid)"),
))

# 36 rust doc comments with doctests
EXAMPLES.append(ex(C, '''doc comments with examples (that compile as doctests) for this public API, crate is going on crates.io next week

```rust
pub struct Slug(String);

impl Slug {
    pub fn new(s: &str) -> Result<Self, SlugError> { /* ... */ }
    pub fn as_str(&self) -> &str { &self.0 }
}

impl FromStr for Slug { type Err = SlugError; /* ... */ }
```'''))

# 37 terraform module README (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the variables and outputs of modules/static-site"),
    A(Read("modules/static-site/variables.tf"), Read("modules/static-site/outputs.tf")),
    U(Res(lines('''variable "domain" { type = string }
variable "zone_id" { type = string }
variable "price_class" {
  type    = string
  default = "PriceClass_100"
}
variable "spa_fallback" {
  type        = bool
  default     = true
  description = "serve index.html for 404s"
}''')), Res(lines('''output "bucket_name" { value = aws_s3_bucket.site.bucket }
output "distribution_id" { value = aws_cloudfront_distribution.site.id }
output "url" { value = "https://${var.domain}" }'''))),
    A("The module takes `domain`, `zone_id`, `price_class` and `spa_fallback`, and outputs the bucket name, CloudFront distribution id and site URL."),
    U("README for the module: usage example, inputs/outputs tables, and a note that the ACM cert has to be in us-east-1"),
))

# 38 k8s rollback runbook
EXAMPLES.append(ex(C, "runbook section: how to roll back a bad deploy on our k8s setup. we deploy with argocd from the gitops repo, so `kubectl rollout undo` gets reverted by argo within 3 min. the proper way is reverting the image tag commit in gitops, but in an emergency you can disable auto-sync first. also mention checking DB migrations because those don't roll back"))

# 39 GH Actions secrets doc (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "which secrets do our workflows use"),
    A(Grep("secrets\\.[A-Z_]+", ".github/workflows", "content", **{"-o": True, "-n": True})),
    U(Res('''.github/workflows/deploy.yml:22:secrets.AWS_ROLE_ARN
.github/workflows/deploy.yml:31:secrets.SENTRY_AUTH_TOKEN
.github/workflows/release.yml:18:secrets.NPM_TOKEN
.github/workflows/release.yml:40:secrets.SLACK_WEBHOOK_RELEASES
.github/workflows/e2e.yml:14:secrets.E2E_USER_PASSWORD
.github/workflows/e2e.yml:15:secrets.E2E_BASE_URL''')),
    A("Six secrets across three workflows: `deploy.yml` (AWS role, Sentry), `release.yml` (npm, Slack webhook) and `e2e.yml` (test user password, base URL)."),
    U("document these in docs/ci.md: what each one is for, who owns it, and how to rotate. we lost half a day last time because nobody knew where NPM_TOKEN came from"),
))

# 40 inline comments for a regex
EXAMPLES.append(ex(C, r'''this regex works but is unreadable. rewrite it with re.VERBOSE and a comment on every part, don't change what it matches

```python
PLATE = re.compile(r"^(?:[A-ZÄÖÜ]{1,3})-(?:[A-Z]{1,2})\s?(?:[1-9]\d{0,3})(?:[EH])?$")
```'''))

# 41 javadoc
EXAMPLES.append(ex(C, '''javadoc for this interface, it's in our public SDK. mention thread-safety (implementations must be safe) and that acquire blocks

```java
public interface Semaphore2 {
    void acquire(String key, int permits) throws InterruptedException;
    boolean tryAcquire(String key, int permits, Duration timeout) throws InterruptedException;
    void release(String key, int permits);
    int available(String key);
}
```'''))

# 42 C# XML doc comments (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/Billing/Money.cs"), "open Money.cs"),
    A(Read("src/Billing/Money.cs")),
    U(Res(lines('''public readonly record struct Money(decimal Amount, string Currency)
{
    public static Money Zero(string currency) => new(0m, currency);

    public Money Add(Money other)
    {
        if (other.Currency != Currency) throw new CurrencyMismatchException(Currency, other.Currency);
        return this with { Amount = Amount + other.Amount };
    }

    public Money Allocate(int parts, int index)
    {
        var baseAmount = Math.Floor(Amount * 100 / parts) / 100;
        var remainder = Amount - baseAmount * parts;
        return this with { Amount = baseAmount + (index < remainder * 100 ? 0.01m : 0m) };
    }
}'''))),
    A("`Money` is a readonly record struct with `Zero`, `Add` (throws on mismatched currencies) and `Allocate`, which splits an amount into n parts and hands the leftover cents to the first parts."),
    U("XML doc comments on everything public, with <exception> tags and an <example> for Allocate because nobody gets it"),
))

# 43 swift DocC
EXAMPLES.append(ex(C, "DocC documentation for our `ImageCache` actor: a top-level article explaining memory vs disk tiers and eviction, plus symbol docs for `image(for:)`, `store(_:for:)`, `purge(olderThan:)`. the package is SwiftPM, there's no .docc catalog yet"))

# 44 elixir moduledoc (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "read lib/hub/presence_tracker.ex"),
    A(Read("lib/hub/presence_tracker.ex")),
    U(Res(lines('''defmodule Hub.PresenceTracker do
  use GenServer

  def start_link(opts), do: GenServer.start_link(__MODULE__, opts, name: __MODULE__)
  def join(room, user), do: GenServer.cast(__MODULE__, {:join, room, user, self()})
  def online(room), do: GenServer.call(__MODULE__, {:online, room})

  def init(_), do: {:ok, %{rooms: %{}, refs: %{}}}

  def handle_cast({:join, room, user, pid}, s) do
    ref = Process.monitor(pid)
    {:noreply, %{s | rooms: Map.update(s.rooms, room, MapSet.new([user]), &MapSet.put(&1, user)),
                     refs: Map.put(s.refs, ref, {room, user})}}
  end

  def handle_info({:DOWN, ref, :process, _, _}, s) do
    {{room, user}, refs} = Map.pop(s.refs, ref)
    {:noreply, %{s | rooms: Map.update!(s.rooms, room, &MapSet.delete(&1, user)), refs: refs}}
  end
end'''))),
    A("`Hub.PresenceTracker` is a single GenServer that tracks which users are in which room, monitoring each joining process and removing the user when that process goes down."),
    U("@moduledoc and @doc for it. say clearly it's single-node only (not distributed like Phoenix.Presence) and that a user with two tabs gets removed when either closes"),
))

# 45 known issues section
EXAMPLES.append(ex(C, '''add a "Known issues" section to the 1.9 release page:
- safari 17: drag and drop of folders doesn't work, use the upload button (webkit bug 266410)
- importing >10k contacts at once can time out, split the file
- dark mode: charts legend text is unreadable, fix in 1.9.1'''))

# 46 deprecation notice (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "where is v1/search documented"),
    A(Grep("/v1/search", "docs/", "files_with_matches")),
    U(Res('''docs/api/search.md
docs/guides/building-a-storefront.md
docs/changelog/2024.md''')),
    A("`/v1/search` appears in the API reference (`docs/api/search.md`), the storefront guide and the 2024 changelog."),
    U("we're removing it on 2027-03-01 in favor of /v2/search (cursor pagination, different filter syntax). add deprecation notices where it's documented, with a short migration snippet"),
))

# 47 TL;DR at top of design doc
EXAMPLES.append(ex(C, '''write a TL;DR for the top of this design doc, 4-5 bullets max, for execs who won't read past it

## Context
Search latency p95 is 1.8s and growing with catalog size (2M → 6M SKUs by Q3). Current impl is Postgres ILIKE + trigram index; relevance complaints are the #2 support topic.

## Proposal
Introduce OpenSearch (managed, 3 nodes) fed by CDC from Postgres via Debezium. Postgres stays source of truth. Search API gets a feature flag to switch per tenant.

## Cost
~$2.1k/month infra, ~6 eng-weeks to build, 1 eng-week/quarter to run.

## Risks
Index lag (target < 5s), relevance tuning effort, team has no OpenSearch experience.

## Alternatives
pg_search/ParadeDB (young), Algolia (cost at our volume ~$9k/mo), do nothing.'''))

# 48 mermaid sequence diagram for docs (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "trace the password reset flow through the code"),
    A(Grep("reset", "src/", "content", **{"-n": True, "-i": True})),
    U(Res('''src/routes/auth.ts:88:router.post('/password/forgot', rateLimit('forgot', 5), forgotPassword);
src/routes/auth.ts:89:router.post('/password/reset', resetPassword);
src/auth/reset.ts:12:export async function forgotPassword(req, res) {
src/auth/reset.ts:15:  const token = await tokens.create(user.id, 'reset', { ttl: '30m' });
src/auth/reset.ts:16:  await queue.add('email', { template: 'reset', to: user.email, token });
src/auth/reset.ts:31:export async function resetPassword(req, res) {
src/auth/reset.ts:33:  const t = await tokens.consume(req.body.token, 'reset');
src/auth/reset.ts:37:  await sessions.revokeAll(t.userId);''')),
    A("`/password/forgot` is rate-limited, creates a 30-minute reset token and queues the email. `/password/reset` consumes the token, sets the password and revokes every session."),
    U("make that a mermaid sequence diagram + short explanation for docs/flows/password-reset.md"),
))

# 49 comments for SQL migration explaining why
EXAMPLES.append(ex(C, '''add comments to this migration explaining WHY each step is done this way. DBAs review every migration and they always ask

```sql
ALTER TABLE payments ADD COLUMN provider_ref text;
CREATE INDEX CONCURRENTLY payments_provider_ref_idx ON payments (provider_ref);
UPDATE payments SET provider_ref = legacy_ref WHERE id BETWEEN 1 AND 500000;
-- (repeated in batches by the backfill job)
ALTER TABLE payments ADD CONSTRAINT payments_provider_ref_nn CHECK (provider_ref IS NOT NULL) NOT VALID;
ALTER TABLE payments VALIDATE CONSTRAINT payments_provider_ref_nn;
```'''))

# 50 docs page for config option
EXAMPLES.append(ex(C, "docs page for the new `cache.stale_while_revalidate` config option (seconds, default 0 = off, max 86400). explain what it does for users who don't know the HTTP concept, interaction with `cache.ttl`, and an example yaml"))

# 51 setup wrong on M1 macs fix README (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("README.md"), "show me the setup section of the README"),
    A(Grep("## Setup", "README.md", "content", **{"-n": True, "-A": 14})),
    U(Res('''README.md:21:## Setup
README.md-22-
README.md-23-1. Install Python 3.10
README.md-24-2. `pip install -r requirements.txt`
README.md-25-3. `brew install postgresql@13`
README.md-26-4. `createdb shop_dev`
README.md-27-5. `python manage.py migrate`
README.md-28-6. `python manage.py runserver`''')),
    A("The setup section lists six steps: Python 3.10, pip install, Homebrew Postgres 13, createdb, migrate and runserver."),
    U("this is wrong for apple silicon — psycopg2 needs `brew install libpq` and the LDFLAGS thing, and we're on python 3.12 + postgres 16 now. fix the section, add a troubleshooting note for the psycopg2 build error"),
))

# 52 header comment why file exists
EXAMPLES.append(ex(C, '''write a header comment for this file explaining why it exists. context: the vendor SDK leaks goroutines on Close() and the fix is only in v3 which we can't use until they support our auth method; this shim wraps it and kills the connection ourselves. ticket VND-218

```go
package vendorshim

type Client struct {
	inner *vendor.Client
	conn  net.Conn
}

func (c *Client) Close() error {
	_ = c.conn.SetDeadline(time.Now())
	_ = c.conn.Close()
	return c.inner.Close()
}
```'''))

# 53 commit message after debugging session (multi-turn)
EXAMPLES.append(ex(C,
    U(REM(), "users in Auckland see yesterday's date on the dashboard"),
    A(Grep("toISOString\\(\\)\\.slice\\(0, ?10\\)", "src/", "content", **{"-n": True})),
    U(Res('''src/dashboard/today.ts:7:  const today = new Date().toISOString().slice(0, 10);''')),
    A("`toISOString()` is UTC, so during the first 13 hours of the day in Auckland this gives yesterday's date. I'll format the date in the user's timezone instead.",
      Edit("src/dashboard/today.ts", "  const today = new Date().toISOString().slice(0, 10);",
           "  const today = new Intl.DateTimeFormat('en-CA', { timeZone: user.timezone }).format(new Date());")),
    U(Res(edited("src/dashboard/today.ts", "  const today = new Intl.DateTimeFormat('en-CA', { timeZone: user.timezone }).format(new Date());", 7))),
    A("The dashboard now computes \"today\" in the user's timezone (`en-CA` gives the YYYY-MM-DD format)."),
    U("ok write a commit message for the fix, mention the en-CA trick so nobody 'cleans it up'"),
))

# 54 PR description with test plan
EXAMPLES.append(ex(C, '''PR description for this, with a test plan reviewers can actually follow:

```diff
+// Feature flag: checkout.apple_pay
+export function ApplePayButton({ amount, onPaid }: Props) {
+  const supported = typeof window !== 'undefined' && window.ApplePaySession?.canMakePayments();
+  if (!useFlag('checkout.apple_pay') || !supported) return null;
+  ...
+}
--- a/src/checkout/PaymentStep.tsx
+++ b/src/checkout/PaymentStep.tsx
+      <ApplePayButton amount={total} onPaid={complete} />
--- a/server/routes/applepay.ts
+router.post('/applepay/validate-merchant', validateMerchant);
--- a/public/.well-known/apple-developer-merchantid-domain-association
+(binary)
```'''))

# 55 upgrade notes env var rename (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "grep for the old env var names we renamed in this branch"),
    A(Bash("git diff main...HEAD -- src/config.ts | grep '^[-+].*process.env'", "Show env var renames")),
    U(Res('''-  dbUrl: process.env.DB_URL,
+  dbUrl: process.env.DATABASE_URL ?? process.env.DB_URL,
-  redis: process.env.REDIS,
+  redis: process.env.REDIS_URL,
-  s3Bucket: process.env.BUCKET,
+  s3Bucket: process.env.S3_BUCKET,
-  sentry: process.env.SENTRY,
+  sentry: process.env.SENTRY_DSN,''')),
    A("Four variables are renamed: `DB_URL` becomes `DATABASE_URL` (the old name still works as a fallback), and `REDIS`, `BUCKET` and `SENTRY` become `REDIS_URL`, `S3_BUCKET` and `SENTRY_DSN` with no fallback."),
    U("write the upgrade notes for self-hosters. the ones without fallback will break silently so make that loud"),
))

# 56 SECURITY.md
EXAMPLES.append(ex(C, "SECURITY.md for our open source project: how to report (security@ address + GitHub private advisories), what's in scope, response times we commit to (ack 72h, fix critical in 14 days), and that we don't do bounties but credit reporters"))

# 57 SDK getting-started tutorial (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show me the examples folder of the sdk"),
    A(Bash("ls examples && cat examples/basic.py", "List and show examples")),
    U(Res('''basic.py
streaming.py
webhooks.py
from parcelkit import Client

client = Client(api_key=os.environ["PARCELKIT_KEY"])
label = client.labels.create(
    from_address={"name": "Shop", "postcode": "10115", "country": "DE"},
    to_address={"name": "Ana", "postcode": "1010", "country": "AT"},
    parcel={"weight_g": 900},
    service="standard",
)
print(label.tracking_number, label.pdf_url)''')),
    A("There are three examples: a basic label creation, streaming, and webhooks. `basic.py` creates a DE→AT shipping label and prints the tracking number and PDF URL."),
    U("turn that into a 'get started in 5 minutes' tutorial for the docs site: install, get an API key, first label, track it, next steps"),
))

# 58 man page
EXAMPLES.append(ex(C, "man page (roff) for our `snapctl` tool: commands create/list/restore/prune, global flags --config and --verbose, exit codes 0/1/2/3 (ok, error, usage, partial), files /etc/snapctl.toml and ~/.config/snapctl.toml, and an EXAMPLES section"))

# 59 numpy-style docstring math
EXAMPLES.append(ex(C, '''numpy-style docstring for this, with the formula in the Notes section and a reference to the paper (Welford 1962)

```python
def running_stats(xs):
    n, mean, m2 = 0, 0.0, 0.0
    for x in xs:
        n += 1
        d = x - mean
        mean += d / n
        m2 += d * (x - mean)
    return mean, (m2 / (n - 1) if n > 1 else float("nan"))
```'''))

# 60 --help text improvements (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "run the cli help"),
    A(Bash("./bin/dbq --help", "Show CLI help")),
    U(Res('''usage: dbq [-h] [-e ENV] [-f FMT] [-t T] [--ro] query

positional arguments:
  query

options:
  -h, --help  show this help message and exit
  -e ENV
  -f FMT
  -t T
  --ro''')),
    A("`dbq` takes a query plus `-e`, `-f`, `-t` and `--ro` options, none of which has a help string."),
    U("the help text is useless. -e is the environment (local/staging/prod, default local), -f output format (table/csv/json), -t timeout in seconds default 30, --ro forces a read-only transaction and is on by default for prod. write proper help strings and an epilog with 2 examples"),
))

# 61 architecture overview doc of current system
EXAMPLES.append(ex(C, '''write an architecture overview doc of what we have today (not what we want). new hires keep asking. components:
- next.js frontend on vercel
- django api on ECS (3 tasks), celery workers (2 queues: default, reports)
- postgres RDS + 1 read replica used only by reports
- redis (elasticache) for celery broker + cache
- S3 for uploads, cloudfront in front
- stripe, postmark, segment as external services
- cron via EventBridge hitting internal endpoints'''))

# 62 metrics doc listing (code pasted)
EXAMPLES.append(ex(C, '''add a section to docs/observability.md listing every metric we export, with type, labels and what it means. here's where they're defined:

```go
var (
	reqTotal = promauto.NewCounterVec(prometheus.CounterOpts{Name: "gw_requests_total"}, []string{"route", "code"})
	reqDur   = promauto.NewHistogramVec(prometheus.HistogramOpts{Name: "gw_request_duration_seconds", Buckets: prometheus.DefBuckets}, []string{"route"})
	upstreamErr = promauto.NewCounterVec(prometheus.CounterOpts{Name: "gw_upstream_errors_total"}, []string{"upstream", "kind"})
	inflight = promauto.NewGauge(prometheus.GaugeOpts{Name: "gw_inflight_requests"})
	cacheHits = promauto.NewCounterVec(prometheus.CounterOpts{Name: "gw_cache_lookups_total"}, []string{"result"})
)
```'''))

# 63 quickstart out of date, yarn (tool_result + text)
EXAMPLES.append(ex(C,
    U(REM(), "read docs/quickstart.md"),
    A(Read("docs/quickstart.md")),
    U(Res(lines('''# Quickstart

```
yarn install
yarn dev
```

Open http://localhost:3000. To run tests: `yarn test`.

Environment variables go in `.env.local` (see `.env.example`).''')),
      "the quickstart is out of date, we moved to pnpm and the dev server is on 5173 now. also mention `pnpm db:up` before dev"),
))

# 64 code comments for tricky concurrency (ru/en mix? keep en) -> docstring for config class
EXAMPLES.append(ex(C, '''document each field of this config struct (doc comments + the toml key + default). this is what users edit, the comments get rendered into the sample config

```rust
#[derive(Deserialize)]
pub struct Config {
    pub listen: SocketAddr,
    pub upstreams: Vec<Url>,
    #[serde(default = "default_timeout")]
    pub timeout_ms: u64,
    #[serde(default)]
    pub sticky_sessions: bool,
    pub tls: Option<TlsConfig>,
    #[serde(default = "default_max_body")]
    pub max_body_bytes: usize,
}
```'''))

# 65 stack trace -> troubleshooting doc (es)
EXAMPLES.append(ex(C, '''añade esto a docs/troubleshooting.md: sale cuando alguien arranca el worker sin haber hecho `make proto`. la solución es correr `make proto` y reiniciar

```
Traceback (most recent call last):
  File "/app/worker/main.py", line 4, in <module>
    from worker.gen import jobs_pb2
ImportError: cannot import name 'jobs_pb2' from 'worker.gen' (/app/worker/gen/__init__.py)
```'''))

# 66 review-cue: reviewer asked for README update (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "show the review comments on my PR"),
    A(Bash("gh pr view --comments | tail -20", "Show PR comments")),
    U(Res('''@lmartins commented:
  Code looks good 👍 but the README still says exports are CSV-only and doesn't mention the
  new --since flag or the EXPORT_CONCURRENCY env var. Can you update the docs before merge?

@ci-bot commented:
  All checks passed.''')),
    A("The one open request, from @lmartins, is to update the README: exports are no longer CSV-only, and the new `--since` flag and `EXPORT_CONCURRENCY` env var aren't mentioned."),
    U("yeah do what she asked. formats are csv, xlsx and parquet now"),
))

# 67 ko comments in code (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/lib/retryQueue.ts"), "retryQueue.ts 열어줘"),
    A(Read("src/lib/retryQueue.ts")),
    U(Res(lines('''export class RetryQueue<T> {
  private q: { item: T; attempt: number; at: number }[] = [];
  constructor(private send: (t: T) => Promise<void>, private max = 5) {}

  push(item: T) { this.q.push({ item, attempt: 0, at: Date.now() }); }

  async tick(now = Date.now()) {
    const due = this.q.filter(e => e.at <= now);
    this.q = this.q.filter(e => e.at > now);
    for (const e of due) {
      try { await this.send(e.item); }
      catch {
        if (e.attempt + 1 < this.max)
          this.q.push({ ...e, attempt: e.attempt + 1, at: now + 2 ** e.attempt * 1000 });
      }
    }
  }
}'''))),
    A("`RetryQueue`는 실패한 전송을 지수 백오프(1초, 2초, 4초…)로 최대 5번까지 다시 시도하는 큐입니다."),
    U("이 파일에 한국어 주석 좀 달아줘. 특히 tick이 언제 불려야 하는지, max 넘으면 조용히 버려진다는 거"),
))

# 68 it guide for deploy
EXAMPLES.append(ex(C, "scrivi una guida passo passo per fare il deploy manuale su Fly.io quando la pipeline è rotta: login, scegliere l'app giusta (ne abbiamo 3), `fly deploy` con l'immagine già buildata, migrazioni, e come verificare che sia andato bene. per colleghi junior"))

# 69 changelog from PR diff summary in German
EXAMPLES.append(ex(C,
    U(REM(), "zeig mir den Diff von PR 77"),
    A(Bash("gh pr diff 77 --name-only && gh pr view 77 --json title,body -q '.title + \"\\n\" + .body'", "Show PR 77 files and description")),
    U(Res('''src/export/datev.ts
src/export/index.ts
src/settings/ExportSettings.tsx
test/export/datev.test.ts
DATEV-Export (Buchungsstapel) + Einstellungen für Beraternummer/Mandantennummer''')),
    A("PR 77 fügt einen DATEV-Export (Buchungsstapel) hinzu, dazu Einstellungen für Berater- und Mandantennummer und Tests."),
    U("Schreib dafür einen Changelog-Eintrag für die Kunden (nicht technisch) und einen kurzen Absatz für die Hilfe-Seite, wo man die Nummern einträgt"),
))

# 70 document the env vars (hinglish terse, tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "env vars kaun kaun se use ho rahe hain code mein"),
    A(Grep("os\\.environ|os\\.getenv", "app/", "content", **{"-n": True})),
    U(Res('''app/settings.py:8:DATABASE_URL = os.environ["DATABASE_URL"]
app/settings.py:9:REDIS_URL = os.getenv("REDIS_URL", "redis://localhost:6379/0")
app/settings.py:12:FEATURE_NEW_CHECKOUT = os.getenv("FEATURE_NEW_CHECKOUT", "0") == "1"
app/settings.py:15:SENTRY_DSN = os.getenv("SENTRY_DSN")
app/mail.py:5:SMTP_URL = os.getenv("SMTP_URL", "smtp://localhost:1025")
app/workers.py:3:WORKER_CONCURRENCY = int(os.getenv("WORKER_CONCURRENCY", "4"))''')),
    A("Six env vars: `DATABASE_URL` (required), `REDIS_URL`, `FEATURE_NEW_CHECKOUT`, `SENTRY_DSN`, `SMTP_URL` and `WORKER_CONCURRENCY`, with the defaults shown."),
    U("inka ek table bana ke .env.example ke upar comments mein daal do, har ek ka matlab aur default ke saath"),
))
