from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

C = "documentation"
EXAMPLES = []
add = EXAMPLES.append

# 1 implicit: retry docs
add(ex(C, U(reminder("2026-03-17"), opened("pkg/httpclient/retry.go"), '''people keep asking me how the retry works, put it somewhere they'll find it

```go
func (c *Client) do(ctx context.Context, req *http.Request) (*http.Response, error) {
	var lastErr error
	for attempt := 0; attempt <= c.maxRetries; attempt++ {
		if attempt > 0 {
			backoff := c.baseDelay * time.Duration(1<<(attempt-1))
			jitter := time.Duration(rand.Int63n(int64(backoff / 2)))
			select {
			case <-time.After(backoff + jitter):
			case <-ctx.Done():
				return nil, ctx.Err()
			}
		}
		resp, err := c.http.Do(req.Clone(ctx))
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode == 429 || resp.StatusCode >= 500 {
			if ra := resp.Header.Get("Retry-After"); ra != "" {
				if s, err := strconv.Atoi(ra); err == nil {
					time.Sleep(time.Duration(s) * time.Second)
				}
			}
			resp.Body.Close()
			lastErr = fmt.Errorf("status %d", resp.StatusCode)
			continue
		}
		return resp, nil
	}
	return nil, fmt.Errorf("giving up after %d attempts: %w", c.maxRetries+1, lastErr)
}
```''')))

# 2 follow-up: explanation -> docstring
add(ex(C,
    U('''what does this actually do? the name tells me nothing

def _coalesce(events, window=timedelta(seconds=30)):
    out = []
    for ev in sorted(events, key=lambda e: (e.user_id, e.ts)):
        if out and out[-1].user_id == ev.user_id and ev.ts - out[-1].ts_end <= window:
            out[-1].ts_end = ev.ts
            out[-1].count += 1
        else:
            out.append(Burst(ev.user_id, ev.ts, ev.ts, 1))
    return out'''),
    A("It groups each user's events into \"bursts\": events are sorted per user by time, and any event that arrives within `window` (30s default) of the end of the current burst extends that burst and bumps its count. A gap longer than the window starts a new burst. So it returns one `Burst(user_id, start, end, count)` per run of closely spaced activity per user."),
    U("nice. put that in the docstring so the next person doesn't have to ask")))

# 3 stack trace, but it's a troubleshooting doc
add(ex(C, U(reminder(), opened("README.md"), '''add this to the troubleshooting section of the README, people hit it whenever their node is older than 18. the fix is just nvm use

```
file:///home/runner/work/web/node_modules/undici/lib/web/fetch/index.js:1
import { Blob, File } from 'node:buffer'
         ^^^^
SyntaxError: The requested module 'node:buffer' does not provide an export named 'File'
    at ModuleJob._instantiate (internal/modules/esm/module_job.js:104:21)
    at async ModuleJob.run (internal/modules/esm/module_job.js:149:5)
    at async Loader.import (internal/modules/esm/loader.js:166:24)
```''')))

# 4 changelog from diff
add(ex(C,
    U("add a queue option to the limiter so callers can wait instead of getting rejected, and take an AbortSignal in acquire. also kill the deprecated take()"),
    A("Done. `LimiterOptions` has `queue` and `maxQueue` (default 100), `acquire(signal?)` waits in FIFO order when queueing is on and rejects with an `AbortError` if the signal fires, and `take()` is removed. Tests cover queue overflow and abort while waiting."),
    U(reminder("2026-05-05"), '''changelog entry for this pls, we do keep-a-changelog style

diff --git a/src/limiter.ts b/src/limiter.ts
@@ -12,9 +12,14 @@ export interface LimiterOptions {
   /** requests per window */
   limit: number;
   windowMs: number;
+  /** when true, requests over the limit are queued instead of rejected */
+  queue?: boolean;
+  /** max queued requests before rejecting, default 100 */
+  maxQueue?: number;
 }
@@ -40,7 +45,7 @@ export class Limiter {
-  async acquire(): Promise<void> {
+  async acquire(signal?: AbortSignal): Promise<void> {
@@ -77,6 +82,3 @@ export class Limiter {
-  /** @deprecated use acquire() */
-  take() { return this.acquire(); }
-''')))

# 5 CC selection regex, implicit
add(ex(C, U(reminder("2026-03-04"), selection("ingest/parse.py", 41, 43, r'''LINE_RE = re.compile(
    r'^(?P<ts>\d{4}-\d\d-\d\dT[\d:.]+Z?)\s+(?P<lvl>[A-Z]{3,5})\s+\[(?P<mod>[\w.]+)(?::(?P<line>\d+))?\]\s+(?P<msg>.*?)(?:\s+\{(?P<kv>.*)\})?$'
)'''), "future me is not going to understand this. leave a note")))

# 6 German README
add(ex(C, U('''Kannst du für das Verzeichnis eine README schreiben? Neue Kollegen finden sich da überhaupt nicht zurecht.

services/pricing/
├── cmd/pricing-api/main.go
├── cmd/pricing-worker/main.go
├── internal/rules/        # Preisregeln, YAML wird beim Start geladen
├── internal/fx/           # Wechselkurse, Cache 15 min
├── internal/store/        # Postgres, sqlc generiert
├── migrations/
├── rules/*.yaml
└── Makefile               # make run, make test, make sqlc''')))

# 7 commit message after tool loop
t1 = use("Bash", command="git diff --staged --stat && git diff --staged", description="Show staged changes")
add(ex(C,
    U(reminder(), "ok staged everything, need a commit msg"),
    A("Let me look at what's staged.", t1),
    U(result(t1, ''' src/billing/invoice.py        | 18 +++++++++++-------
 src/billing/tests/test_inv.py | 22 ++++++++++++++++++++++
 2 files changed, 33 insertions(+), 7 deletions(-)
diff --git a/src/billing/invoice.py b/src/billing/invoice.py
@@ -58,12 +58,16 @@ def total(self) -> Decimal:
-        subtotal = sum(l.amount for l in self.lines)
-        return (subtotal * (1 + self.tax_rate)).quantize(Decimal("0.01"))
+        subtotal = sum((l.amount for l in self.lines), Decimal("0"))
+        tax = (subtotal * self.tax_rate).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
+        return subtotal + tax'''), "conventional commits, and mention the rounding thing since finance asked about it")))

# 8 PR description after edits (CC)
t1 = use("Bash", command="git log --oneline main..HEAD", description="List branch commits")
add(ex(C,
    U(reminder(), "what's on this branch vs main"),
    A("Checking the branch history.", t1),
    U(result(t1, '''a41c9e2 drop redis session store fallback
7be01f3 move session ttl to config
3f2d8a1 sessions: add sliding expiration
0c9e441 tests for sliding expiration + clock skew''')),
    A("Four commits: sliding session expiration, the TTL moved into config, tests for it including clock skew, and the Redis fallback session store removed."),
    U("ok opening the PR now, give me something for the body. reviewers are mostly frontend folks so spell out what changes for them")))

# 9 Japanese JSDoc
add(ex(C, U(reminder(), opened("src/i18n/resolveLocale.ts"), '''この関数にJSDocをつけて。引数と戻り値、例外も書いてほしい

export async function resolveLocale(req: Request, supported: string[], fallback = "en"): Promise<string> {
  const cookie = parseCookies(req.headers.get("cookie") ?? "")["lang"];
  if (cookie && supported.includes(cookie)) return cookie;
  const header = req.headers.get("accept-language");
  if (!header) return fallback;
  for (const { tag } of parseAcceptLanguage(header)) {
    const base = tag.split("-")[0];
    if (supported.includes(tag)) return tag;
    if (supported.includes(base)) return base;
  }
  if (!supported.includes(fallback)) throw new Error(`fallback ${fallback} not supported`);
  return fallback;
}''')))

# 10 Spanish API reference
add(ex(C, U('''armame la referencia de la API para el equipo de front, con ejemplos de request y response de cada ruta

router.get("/carts/:id", auth, async (req, res) => { ... })          // devuelve { id, items[], total, currency }
router.post("/carts/:id/items", auth, validate(itemSchema), ...)    // body { sku, qty } -> 201 con el carrito
router.patch("/carts/:id/items/:sku", auth, ...)                    // body { qty } ; qty 0 = borrar
router.delete("/carts/:id", auth, ...)                              // 204
router.post("/carts/:id/checkout", auth, idempotencyKey, ...)       // 202 { orderId } o 409 si ya se hizo checkout''')))

# 11 ADR after decision
add(ex(C,
    U(reminder(), "list our ADRs"),
    A((_t := use("Bash", command="ls docs/adr", description="List ADRs"))),
    U(result(_t, "0001-record-architecture-decisions.md\n0002-use-postgres.md\n0003-monorepo.md\n0004-grpc-internal.md\n0005-feature-flags-in-house.md\n0006-drop-graphql.md")),
    A("Six ADRs so far, the latest is 0006 (dropping GraphQL)."),
    U("we went with postgres advisory locks instead of redlock after that whole slack thread (redis failover can hand the lock to two holders, we already have pg everywhere, lock holds are <2s). write it up so nobody relitigates this in six months. our ADRs live in docs/adr/ and use the nygard template")))

# 12 runbook from incident log (debugging surface)
add(ex(C, U('''on-call got paged at 3am for this and nobody knew what to do. here's the alert and what I ended up doing. turn it into something the next person can follow half asleep

ALERT: [FIRING] QueueBacklogHigh  queue=email-outbound  depth=48211 (threshold 5000)  for 15m

what I did:
- kubectl -n mail get pods -> 2/6 email-worker pods CrashLoopBackOff
- logs: "smtp: 421 4.7.0 Too many connections from your IP"
- scaled workers down to 3 (kubectl scale deploy/email-worker --replicas=3), provider limits us to 20 conns and each pod opens 5
- backlog drained in ~40 min
- set SMTP_POOL_SIZE=4 in the configmap afterwards, rolled the deploy
- checked grafana "mail / outbound" dashboard till depth < 1000

raw terminal from last night in case it helps:

$ kubectl -n mail get pods
NAME                            READY   STATUS             RESTARTS        AGE
email-worker-6d8f7b9c4-2xk9p    1/1     Running            0               3d2h
email-worker-6d8f7b9c4-7qhzt    0/1     CrashLoopBackOff   14 (2m ago)     3d2h
email-worker-6d8f7b9c4-bn4lw    1/1     Running            0               3d2h
email-worker-6d8f7b9c4-h2c8s    0/1     CrashLoopBackOff   13 (4m ago)     3d2h
email-worker-6d8f7b9c4-mm7jd    1/1     Running            0               3d2h
email-worker-6d8f7b9c4-x9wqa    1/1     Running            0               3d2h
email-scheduler-5b7c9d8f6-pl2mn 1/1     Running            0               9d

$ kubectl -n mail logs email-worker-6d8f7b9c4-7qhzt --previous | tail -20
2026-11-25T02:58:11.402Z INFO  worker starting pool_size=5 provider=smtp.sendgrid.net:587
2026-11-25T02:58:11.913Z INFO  smtp pool: opened conn 1/5
2026-11-25T02:58:12.104Z INFO  smtp pool: opened conn 2/5
2026-11-25T02:58:12.377Z INFO  smtp pool: opened conn 3/5
2026-11-25T02:58:12.588Z WARN  smtp pool: conn 4/5 failed: 421 4.7.0 Too many connections from your IP
2026-11-25T02:58:12.590Z WARN  smtp pool: conn 5/5 failed: 421 4.7.0 Too many connections from your IP
2026-11-25T02:58:12.591Z ERROR pool below min size (3 < 4), exiting
2026-11-25T02:58:12.592Z INFO  shutting down, 0 in-flight

$ kubectl -n mail describe deploy email-worker | grep -A3 -i env
    Environment:
      SMTP_HOST:        smtp.sendgrid.net
      SMTP_POOL_SIZE:   5
      SMTP_POOL_MIN:    4

$ kubectl -n mail scale deploy/email-worker --replicas=3
deployment.apps/email-worker scaled

$ kubectl -n mail get pods -w
email-worker-6d8f7b9c4-7qhzt    0/1     Terminating        14              3d2h
email-worker-6d8f7b9c4-h2c8s    0/1     Terminating        13              3d2h
email-worker-6d8f7b9c4-x9wqa    1/1     Terminating        0               3d2h

$ kubectl -n mail edit configmap email-worker-config   # SMTP_POOL_SIZE 5 -> 4, SMTP_POOL_MIN 4 -> 2
configmap/email-worker-config edited

$ kubectl -n mail rollout restart deploy/email-worker
deployment.apps/email-worker restarted

$ kubectl -n mail rollout status deploy/email-worker
Waiting for deployment "email-worker" rollout to finish: 1 of 3 updated replicas are available...
Waiting for deployment "email-worker" rollout to finish: 2 of 3 updated replicas are available...
deployment "email-worker" successfully rolled out

(later, once the backlog was gone I scaled back to 5 replicas: 5 x 4 = 20 conns, exactly the provider limit. maybe note that 5 is the max unless we get the limit raised)''')))

# 13 migration guide
add(ex(C, U(reminder("2026-09-29"), opened("docs/migration/v3.md"), '''v3 renames client.fetch to client.request and drops the callback style entirely. users need to know what to change. here's the before/after from our own examples dir

- client.fetch('/users', { page: 2 }, function (err, res) { if (err) return done(err); render(res.body) })
+ const res = await client.request('/users', { query: { page: 2 } })
+ render(res.data)

- client.fetch('/upload', { method: 'POST', body: form, onProgress: p => bar.set(p) }, cb)
+ await client.request('/upload', { method: 'POST', body: form, onUploadProgress: e => bar.set(e.progress) })''')))

# 14 release notes from git log
add(ex(C, U('''need something customer-facing for 2.4, no internal jargon, skip the chores

f3a1b20 feat(export): xlsx export for reports (#812)
9c0d7e1 fix(auth): SSO users bounced to login after 1h (#820)
2be4410 chore(deps): bump axios 1.6 -> 1.7
77aa9d2 feat(dashboards): drag to reorder widgets (#799)
1d0f3c8 perf(reports): 4x faster load for reports > 10k rows (#805)
e5e1c02 chore(ci): cache playwright browsers
4410bb9 fix(billing): VAT shown twice on PDF invoices for EU customers (#823)''')))

# 15 Rust SAFETY comments, CC opened file
add(ex(C, U(reminder("2026-05-19"), opened("crates/arena/src/lib.rs"), selection("crates/arena/src/lib.rs", 88, 101, '''    pub fn alloc<T>(&self, value: T) -> &mut T {
        let layout = Layout::new::<T>();
        let ptr = self.bump(layout);
        unsafe {
            ptr.cast::<T>().write(value);
            &mut *ptr.cast::<T>()
        }
    }

    pub fn reset(&mut self) {
        unsafe { self.chunks.get_mut().iter_mut().for_each(|c| c.rewind()) };
    }'''), "clippy wants SAFETY comments on these unsafe blocks, can you add them (and be honest about the invariants, don't just write 'this is fine')")))

# 16 French numpy docstrings
add(ex(C,
    U("pourquoi rolling_zscore renvoie des NaN au début de la série ?"),
    A("Parce que la fenêtre glissante n'a pas encore assez de points : avec `window=20` et `min_periods=None`, pandas exige 20 valeurs avant de calculer la moyenne et l'écart-type. Avec `min_periods=5` tu aurais des valeurs dès le 5e point, au prix d'estimations plus bruitées."),
    U(reminder(), opened("quant/features.py"), '''Ajoute des docstrings (style numpy) à toutes les fonctions publiques de ce fichier, en anglais svp, le reste du projet est en anglais

def rolling_zscore(s: pd.Series, window: int = 20, min_periods: int | None = None) -> pd.Series:
    m = s.rolling(window, min_periods=min_periods).mean()
    sd = s.rolling(window, min_periods=min_periods).std(ddof=0)
    return (s - m) / sd.replace(0, np.nan)

def winsorize(df: pd.DataFrame, cols: list[str], q: float = 0.01) -> pd.DataFrame:
    out = df.copy()
    for c in cols:
        lo, hi = out[c].quantile([q, 1 - q])
        out[c] = out[c].clip(lo, hi)
    return out

def _check(df):
    assert not df.index.has_duplicates''')))

# 17 gen -> docs follow-up
add(ex(C,
    U("write a small util that turns a nested dict into dotted keys, like {'a': {'b': 1}} -> {'a.b': 1}. lists should be indexed a.0.b"),
    A('''```python
def flatten(d, parent="", sep="."):
    out = {}
    items = d.items() if isinstance(d, dict) else enumerate(d)
    for k, v in items:
        key = f"{parent}{sep}{k}" if parent else str(k)
        if isinstance(v, (dict, list)) and v:
            out.update(flatten(v, key, sep))
        else:
            out[key] = v
    return out
```
Empty dicts/lists are kept as leaf values so they round-trip.'''),
    U("ok and the docs for it?")))

# 18 README outdated, CC tool loop
t1 = use("Grep", pattern="make setup", path=".", output_mode="content")
add(ex(C,
    U(reminder(), opened("README.md"), "the readme still tells people to run make setup but we moved everything to just months ago. fix it"),
    A("Let me find every reference first.", t1),
    U(result(t1, '''README.md:23:Run `make setup` to install the toolchain and pre-commit hooks.
README.md:41:If `make setup` fails on macOS, install `gnu-sed` first.
docs/contributing.md:12:1. `make setup`''')),
    A("There are three mentions: two in README.md and one in docs/contributing.md. Does `just setup` do the same thing, including installing the pre-commit hooks? And is the gnu-sed note still relevant?"),
    U("yeah just setup does the same, hooks included. the gnu-sed thing is gone, we dropped sed from the scripts. update contributing.md too")))

# 19 Chinese: fix bad comments in C
add(ex(C, U('''帮我把这段注释改得清楚一点，现在写的是什么鬼，别改代码

/* fix */
static int ring_put(ring_t *r, uint8_t b) {
    uint16_t n = (r->head + 1) & (RING_SZ - 1); /* ++ */
    if (n == r->tail) return -1; /* no */
    r->buf[r->head] = b;
    __DMB(); /* !!! dont remove */
    r->head = n;
    return 0;
}''')))

# 20 Korean helm values comments
add(ex(C, U('''이 values.yaml 각 항목에 주석 좀 달아줘. 운영팀이 보고 바로 이해할 수 있게

replicaCount: 3
image:
  repository: ghcr.io/acme/ledger
  tag: ""
resources:
  limits: { cpu: "2", memory: 1Gi }
  requests: { cpu: 500m, memory: 512Mi }
pdb:
  minAvailable: 2
ledger:
  batchSize: 500
  flushIntervalMs: 250
  readOnlyReplicas: []
  strictSchema: true''')))

# 21 Portuguese PR description, CC tool loop
t1 = use("Bash", command="git diff main --stat", description="Diff stat against main")
add(ex(C,
    U(reminder("2026-08-12"), "o que mudou nessa branch?"),
    A("Vou olhar o diff contra a main.", t1),
    U(result(t1, ''' infra/terraform/rds.tf           | 31 ++++++++++++++++++-----
 infra/terraform/variables.tf     |  8 ++++++
 app/config/database.yml          |  6 ++--
 app/lib/read_replica_router.rb   | 54 ++++++++++++++++++++++++++++++++++++++++
 4 files changed, 88 insertions(+), 11 deletions(-)''')),
    A("A branch adiciona uma réplica de leitura no RDS via Terraform (nova variável para o tamanho da instância), ajusta o database.yml e cria um `ReadReplicaRouter` que manda as queries de leitura para a réplica."),
    U("beleza. escreve a descrição do PR, o revisor é do time de infra e não conhece o código do app, então explica a parte do router com calma")))

# 22 docstring lies
add(ex(C,
    U(reminder("2026-08-06"), "run the profile cache tests"),
    A((_t := use("Bash", command="pytest -q tests/test_profile_cache.py", description="Run profile cache tests"))),
    U(result(_t, "F....\nFAILED tests/test_profile_cache.py::test_get_profile_miss_returns_none - KeyError: 42\n1 failed, 4 passed in 0.12s", error=True)),
    A("One failure: `test_get_profile_miss_returns_none` expects `None` for an uncached user, but `get_profile` raises `KeyError`."),
    U('''the docstring lies. says returns None on a miss but it raises KeyError. fix the docstring, NOT the code, callers depend on the raise

    def get_profile(self, user_id: int) -> Profile:
        """Return the cached profile for user_id.

        Returns None if the user has no profile cached.
        """
        return self._profiles[user_id]''')))

# 23 Hinglish README with env vars
add(ex(C, U(reminder("2026-02-14"), '''bhai iska README bana de, setup steps aur saare env vars ke saath. .env.example neeche hai

# .env.example
DATABASE_URL=postgres://app:app@localhost:5432/app
REDIS_URL=redis://localhost:6379/0
STRIPE_SECRET_KEY=
STRIPE_WEBHOOK_SECRET=
S3_BUCKET=uploads-dev
FEATURE_NEW_CHECKOUT=false
SENTRY_DSN=
LOG_LEVEL=info''')))

# 24 Russian commit message
add(ex(C, U('''Напиши сообщение к коммиту, по-английски

--- a/pkg/cache/lru.go
+++ b/pkg/cache/lru.go
@@ -44,6 +44,9 @@ func (c *LRU) Get(key string) (any, bool) {
 	c.mu.Lock()
 	defer c.mu.Unlock()
 	e, ok := c.items[key]
 	if !ok {
 		return nil, false
 	}
+	if c.ttl > 0 && time.Since(e.Value.(*entry).at) > c.ttl {
+		c.removeElement(e)
+		return nil, false
+	}
 	c.ll.MoveToFront(e)''')))

# 25 "explain" but for a wiki page for non-engineers
add(ex(C,
    U(reminder(), "how do flags get evaluated in the backend"),
    A((_t := use("Read", file_path="flags/evaluate.py"))),
    U(result(_t, "def is_on(flag, user):\n    f = _cache.get(flag, ttl=60) or _load(flag)\n    if user.id in f.user_overrides:\n        return f.user_overrides[user.id]\n    if user.org_id in f.org_overrides:\n        return f.org_overrides[user.org_id]\n    if f.rollout_pct and _bucket(flag, user.id) < f.rollout_pct:\n        return True\n    return False")),
    A("Order of precedence: per-user override, then per-org override, then a percentage rollout (users are hashed into 0–99 buckets per flag), otherwise off. Flag definitions are cached for 60s."),
    U("can you explain how our feature flags get evaluated, but as a page for the confluence wiki that support and PMs read? they keep filing bugs that are really just 'flag is at 10% rollout'. the logic: user override > org override > percentage rollout hashed on user id > default off. flags cached 60s in the app")))

# 26 postmortem after debugging
add(ex(C,
    U('''prod checkout 500s since 14:05. log:
psycopg2.errors.QueryCanceled: canceling statement due to statement timeout
CONTEXT: SQL statement "UPDATE inventory SET reserved = reserved + 1 WHERE sku = $1"'''),
    A("That's lock contention on hot inventory rows: every checkout for the same SKU updates the same row, so under the flash-sale load they queue behind each other until the 5s statement timeout fires. Quick mitigation: raise the timeout for that path temporarily and switch reservations to `SELECT ... FOR UPDATE SKIP LOCKED` over per-unit rows, or batch them through a queue."),
    U("we did the skip locked thing at 15:20, recovered by 15:31. also the flash sale started 14:00 and marketing didn't tell us."),
    A("Good. Error rate should now track normal load. Worth keeping an alert on statement timeouts for the inventory table."),
    U("ok now I have to write the postmortem. timeline, root cause, what went well/badly, action items. blameless pls, marketing will read it")))

# 27 Polish README config section
add(ex(C, U('''dopisz do README sekcję "Konfiguracja" i opisz wszystkie opcje z tego pliku, z wartościami domyślnymi

export const config = {
  port: Number(process.env.PORT ?? 3000),
  corsOrigins: (process.env.CORS_ORIGINS ?? "").split(",").filter(Boolean),
  sessionSecret: required("SESSION_SECRET"),
  uploadMaxMb: Number(process.env.UPLOAD_MAX_MB ?? 25),
  trustProxy: process.env.TRUST_PROXY === "1",
  metrics: { enabled: process.env.METRICS !== "off", path: "/metrics" },
};''')))

# 28 Turkish comment line
add(ex(C, U(reminder("2026-02-10"), selection("app/Services/KampanyaService.php", 77, 86, '''        $eligible = $sepet->kalemler
            ->filter(fn($k) => !$k->indirimli && $k->kategori_id !== 12)
            ->sortByDesc('fiyat')
            ->values();
        $bedava = intdiv($eligible->count(), 3);
        $indirim = $eligible->slice(-$bedava)->sum('fiyat');'''), "bu bloğun ne yaptığını açıklayan bir yorum ekle, özellikle neden en ucuzları bedava yaptığımızı ve 12. kategorinin neden hariç olduğunu (12 = hediye kartı)")))

# 29 Vietnamese Google-style docstring
add(ex(C, U(reminder(), opened("ratelimit/bucket.py"), '''viết docstring cho class này theo Google style nhé, có cả phần Attributes và ví dụ dùng

class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self._tokens = capacity
        self._clock = clock
        self._last = clock()

    def consume(self, n: int = 1) -> bool:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now
        if self._tokens >= n:
            self._tokens -= n
            return True
        return False''')))

# 30 Dutch CONTRIBUTING
add(ex(C, U("kun je een CONTRIBUTING.md maken? hoe je lokaal draait (docker compose up + pnpm dev), tests (pnpm test, playwright apart met pnpm e2e), branchnamen feat/xxx of fix/xxx, en dat PRs altijd een changeset nodig hebben")))

# 31 Italian changelog with tool loop
t1 = use("Bash", command="git log --pretty=format:'%h %s' v1.3.0..v1.4.0", description="Commits between tags")
add(ex(C,
    U(reminder("2026-06-30"), "mi scrivi il changelog tra v1.3.0 e v1.4.0? in inglese, raggruppato per Added / Fixed / Changed"),
    A("Prendo i commit tra i due tag.", t1),
    U(result(t1, '''8812ab0 add --dry-run to migrate command
1c2f9e3 fix panic when config file is empty
55ad0e1 rename --out to --output (keep --out as hidden alias)
0b3c771 support TOML config in addition to YAML
93e2d18 bump min go version to 1.22
c1a0f4e fix: windows paths in include directive'''), "e metti la rinomina di --out in evidenza, è quella che romperà gli script della gente")))

# 32 godoc lint
add(ex(C,
    U("what's the convention for godoc comments, does it matter how they start?"),
    A("Yes: a doc comment on an exported identifier should be a full sentence starting with the identifier's name (\"Queue is ...\", \"New returns ...\"). `go doc` and pkg.go.dev show it as-is, and linters check the prefix."),
    U(reminder(), opened("internal/queue/queue.go"), '''tidy up the godoc on the exported stuff, golint is whining

internal/queue/queue.go:14:6: exported type Queue should have comment or be unexported
internal/queue/queue.go:22:1: exported function New should have comment or be unexported
internal/queue/queue.go:35:1: exported method Queue.Push should have comment or be unexported
internal/queue/queue.go:52:1: exported method Queue.PopWait should have comment or be unexported
internal/queue/queue.go:71:1: comment on exported method Queue.Len should be of the form "Len ..."

(PopWait blocks until an item is available or ctx is done, returns ctx.Err() in that case. Len is approximate under concurrency, it doesn't take the lock)''')))

# 33 Elixir moduledoc w/ doctests
add(ex(C, U('''@moduledoc and @doc for this, with doctests that actually pass

defmodule Slug do
  def slugify(str, opts \\\\ []) do
    sep = Keyword.get(opts, :separator, "-")
    str
    |> String.normalize(:nfd)
    |> String.replace(~r/[^\\x00-\\x7F]/u, "")
    |> String.downcase()
    |> String.replace(~r/[^a-z0-9]+/, sep)
    |> String.trim(sep)
  end
end''')))

# 34 Terraform module README with inputs/outputs (CC tool loop)
t1 = use("Read", file_path="modules/static-site/variables.tf")
t2 = use("Read", file_path="modules/static-site/outputs.tf")
add(ex(C,
    U(reminder(), opened("modules/static-site/main.tf"), "this module has no README and it's the one everybody copies. fix that"),
    A("I'll read the variables and outputs so the README is accurate.", t1, t2),
    U(result(t1, '''variable "domain" { type = string }
variable "zone_id" { type = string }
variable "price_class" {
  type    = string
  default = "PriceClass_100"
}
variable "spa_fallback" {
  type        = bool
  default     = true
  description = "serve index.html for 403/404"
}
variable "tags" {
  type    = map(string)
  default = {}
}'''), result(t2, '''output "bucket_name" { value = aws_s3_bucket.site.id }
output "distribution_id" { value = aws_cloudfront_distribution.cdn.id }
output "url" { value = "https://${var.domain}" }'''), "include a usage example and the inputs/outputs tables")))

# 35 GH Actions comments explaining why
add(ex(C, U('''add comments to this workflow so the next person knows why we pin the action to a sha and why windows is excluded on 3.8 (numpy wheel doesn't exist for that combo anymore)

jobs:
  test:
    strategy:
      matrix:
        os: [ubuntu-latest, macos-14, windows-latest]
        python: ["3.8", "3.11", "3.12"]
        exclude:
          - os: windows-latest
            python: "3.8"
    runs-on: ${{ matrix.os }}
    steps:
      - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11
      - uses: actions/setup-python@0a5c61591373683505ea898e09a3ea4f39ef2b9c
        with: { python-version: "${{ matrix.python }}" }
      - run: pip install -e .[test] && pytest -q''')))

# 36 arch discussion -> ADR
add(ex(C,
    U("we need to pick between storing tenant data in separate schemas vs a tenant_id column. 40 tenants now, maybe 400 in two years, a few big ones want data isolation in their contracts"),
    A("With 40→400 tenants and contractual isolation for some, I'd go hybrid: shared tables with `tenant_id` plus Postgres row-level security for the long tail, and a dedicated database for the handful of enterprise tenants that contractually need physical isolation. Schema-per-tenant at 400 makes migrations and connection pooling painful, while RLS gives you defense in depth without that overhead."),
    U("yeah that's what we're doing. put it in docs/adr/0007-tenant-isolation.md, include the options we rejected and why")))

# 37 Swift DocC
add(ex(C, U(reminder("2026-09-02"), opened("Sources/Networking/APIClient.swift"), '''add /// doc comments to the public API here, we're generating DocC for the SDK release. symbol links where it makes sense

public final class APIClient {
    public init(baseURL: URL, session: URLSession = .shared, auth: AuthProvider? = nil)
    public func send<R: Request>(_ request: R) async throws -> R.Response
    public func upload(_ data: Data, to path: String, progress: ((Double) -> Void)? = nil) async throws -> UploadResult
    public var defaultHeaders: [String: String]
}''')))

# 39 C# XML docs
add(ex(C, U(reminder("2026-07-02"), opened("src/Storage/IDocumentStore.cs"), '''xml doc comments on this interface so intellisense shows something useful. note GetAsync returns null when not found, doesn't throw

public interface IDocumentStore
{
    Task<Document?> GetAsync(string id, CancellationToken ct = default);
    Task<string> PutAsync(Document doc, string? ifMatch = null, CancellationToken ct = default);
    IAsyncEnumerable<Document> QueryAsync(Expression<Func<Document, bool>> filter, int pageSize = 100);
    Task DeleteAsync(string id, string etag, CancellationToken ct = default);
}''')))

# 40 FAQ entry with code reference
add(ex(C, U('''support gets "why does my API token stop working after an hour" like 5 times a week. write a FAQ entry. relevant bits:

ACCESS_TOKEN_TTL = timedelta(hours=1)
REFRESH_TOKEN_TTL = timedelta(days=30)
# refresh tokens rotate: using one invalidates it and returns a new pair
# personal access tokens (Settings > Developer) never expire unless revoked''')))

# 42 annotate SQL for analysts
add(ex(C,
    U("why does this cohort query use integer division for the week number?"),
    A("`(o.created_at::date - f.d0)` is an integer number of days since the customer's first order; dividing by 7 with integer division buckets those days into week 0, 1, 2… relative to the cohort start, which is what the retention grid needs."),
    U(opened("analytics/cohorts.sql"), '''annotate this so the analysts can follow it, inline -- comments

WITH firsts AS (
  SELECT user_id, MIN(created_at)::date AS d0 FROM orders WHERE status <> 'refunded' GROUP BY 1
), act AS (
  SELECT o.user_id, f.d0, (o.created_at::date - f.d0) / 7 AS wk
  FROM orders o JOIN firsts f USING (user_id)
  WHERE o.status <> 'refunded'
)
SELECT date_trunc('week', d0) AS cohort, wk, COUNT(DISTINCT user_id) AS active
FROM act WHERE wk BETWEEN 0 AND 12
GROUP BY 1, 2 ORDER BY 1, 2;''')))

# 43 HOWTO from a tool session
t1 = use("Bash", command="kind create cluster --config hack/kind.yaml --name dev", description="Create kind cluster")
t2 = use("Bash", command="kubectl apply -k deploy/overlays/local && kubectl -n app rollout status deploy/api", description="Deploy local overlay")
add(ex(C,
    U("get the local kind cluster running with our local overlay"),
    A("Creating the cluster with the repo's kind config.", t1),
    U(result(t1, '''Creating cluster "dev" ...
 ✓ Ensuring node image (kindest/node:v1.30.0) 🖼
 ✓ Preparing nodes 📦 📦
 ✓ Writing configuration 📜
 ✓ Starting control-plane 🕹️
 ✓ Installing CNI 🔌
Set kubectl context to "kind-dev"''')),
    A("Cluster is up. Applying the local overlay.", t2),
    U(result(t2, '''namespace/app created
configmap/api-config created
deployment.apps/api created
service/api created
Waiting for deployment "api" rollout to finish: 0 of 1 updated replicas are available...
error: deployment "api" exceeded its progress deadline''', error=True)),
    A("The rollout timed out; the image isn't in the cluster. With kind you need `kind load docker-image api:dev --name dev` after building locally, since the overlay uses `imagePullPolicy: Never`. After loading it, the rollout completes."),
    U("yep that worked. ok write this whole thing up as docs/local-k8s.md so nobody else loses an afternoon to it, including the kind load gotcha")))

# 44 README lacks cache explanation ("explain" cue)
add(ex(C, U(reminder_md("- Python 3.12, uv\n- docs live in docs/, mkdocs"), opened("docs/architecture.md"), "our docs say nothing about the cache layer. explain it there: two tiers, in-process LRU (1k entries, 30s) in front of redis (5 min), writes invalidate both via pubsub, and the stampede protection with the per-key lock")))

# 45 Spanish follow-up: explanation -> comment above reducer
add(ex(C,
    U('''¿qué hace este reducer? no lo pillo

function reducer(state, action) {
  switch (action.type) {
    case "optimistic/add":
      return { ...state, pending: { ...state.pending, [action.tempId]: action.item } };
    case "optimistic/confirm": {
      const { [action.tempId]: item, ...rest } = state.pending;
      return { ...state, pending: rest, items: [...state.items, { ...item, id: action.id }] };
    }
    case "optimistic/rollback": {
      const { [action.tempId]: _, ...rest } = state.pending;
      return { ...state, pending: rest, error: action.error };
    }
    default: return state;
  }
}'''),
    A("Gestiona actualizaciones optimistas: `add` guarda el item en `pending` con un id temporal para que la UI lo muestre enseguida; `confirm` lo saca de `pending` y lo mete en `items` con el id real que devolvió el servidor; `rollback` lo elimina de `pending` y guarda el error si la petición falló."),
    U("perfecto, ponlo como comentario arriba del reducer, así tal cual pero más corto")))

# 46 update CHANGELOG after debugging fix (CC)
t1 = use("Edit", file_path="src/parser/tokenize.rs", old_string="if c == '\\\\' {", new_string="if c == '\\\\' && !in_raw {")
add(ex(C,
    U(reminder(), "raw strings with a backslash before the closing quote are tokenized wrong, r\"C:\\\" blows up"),
    A("In raw strings backslashes aren't escapes, but the tokenizer treats them as one. Fixing the check.", t1),
    U(result(t1, "The file src/parser/tokenize.rs has been updated successfully.")),
    A("Fixed: backslashes are only treated as escapes outside raw strings. `cargo test` passes, including a new case for `r\"C:\\\"`."),
    U("👍 add it to CHANGELOG.md under Unreleased")))

# 47 props table for design system docs
add(ex(C, U('''need the props table + a couple of usage snippets for <DataGrid> on our design system docs site (it's mdx)

export interface DataGridProps<Row> {
  rows: Row[];
  columns: ColumnDef<Row>[];
  getRowId?: (row: Row) => string;
  loading?: boolean;
  selection?: "none" | "single" | "multi";
  onSelectionChange?: (ids: string[]) => void;
  virtualize?: boolean | { overscan: number };
  emptyState?: React.ReactNode;
  density?: "compact" | "comfortable";
}''')))

# 48 Doxygen C++ header
add(ex(C, U('''doxygen comments for this header pls. thread-safety matters: push/pop are lock-free SPSC only, size() is a snapshot

template <typename T, std::size_t N>
class SpscRing {
public:
    bool try_push(const T& v) noexcept;
    bool try_pop(T& out) noexcept;
    std::size_t size() const noexcept;
    static constexpr std::size_t capacity() noexcept { return N - 1; }
};''')))

# 49 German follow-up after gen: release notes
add(ex(C,
    U("Ich brauche einen CLI-Flag --since für unser export-Kommando (click), das ein Datum oder sowas wie 7d akzeptiert"),
    A('''```python
def parse_since(value: str) -> datetime:
    m = re.fullmatch(r"(\\d+)([dhm])", value)
    if m:
        n, unit = int(m[1]), m[2]
        delta = {"d": timedelta(days=n), "h": timedelta(hours=n), "m": timedelta(minutes=n)}[unit]
        return datetime.now(timezone.utc) - delta
    return datetime.fromisoformat(value).replace(tzinfo=timezone.utc)

@click.option("--since", callback=lambda c, p, v: v and parse_since(v), help="Only export records newer than DATE or a relative age like 7d, 12h, 30m.")
```'''),
    U("super, läuft. Jetzt noch ein paar Sätze für die Release Notes, auf Englisch")))

# 50 Chinese API doc for frontend
add(ex(C, U('''给这个接口写一份API文档，给前端同学看的，要有字段说明和错误码

func (h *Handler) ListCoupons(c *gin.Context) {
	var q struct {
		Status   string `form:"status" binding:"omitempty,oneof=active expired used"`
		Page     int    `form:"page,default=1" binding:"min=1"`
		PageSize int    `form:"page_size,default=20" binding:"min=1,max=100"`
	}
	if err := c.ShouldBindQuery(&q); err != nil {
		c.JSON(400, gin.H{"code": 40001, "msg": err.Error()})
		return
	}
	uid := c.GetInt64("uid")
	if uid == 0 {
		c.JSON(401, gin.H{"code": 40100, "msg": "unauthorized"})
		return
	}
	items, total, err := h.svc.List(c, uid, q.Status, q.Page, q.PageSize)
	if err != nil {
		c.JSON(500, gin.H{"code": 50000, "msg": "internal"})
		return
	}
	c.JSON(200, gin.H{"code": 0, "data": gin.H{"items": items, "total": total}})
}''')))

# 51 double-checked lock "why" comment, implicit
add(ex(C, U(reminder("2026-04-14"), selection("core/src/main/java/com/acme/core/Registry.java", 30, 44, '''    private static volatile Registry instance;

    public static Registry get() {
        Registry r = instance;
        if (r == null) {
            synchronized (Registry.class) {
                r = instance;
                if (r == null) {
                    instance = r = new Registry(loadPlugins());
                }
            }
        }
        return r;
    }'''), "someone 'simplified' this last week, dropped the volatile, and we got half-initialized registries in prod. I reverted it. leave something in the code so the next person who wants to clean it up reads why first")))

# 52 rollback procedure in PR for migration
add(ex(C, U('''this migration goes out friday. document the rollback procedure in the PR description, step by step, including what happens to rows written after the deploy

-- 0042_split_name.sql
ALTER TABLE customers ADD COLUMN first_name text, ADD COLUMN last_name text;
UPDATE customers SET first_name = split_part(full_name, ' ', 1),
                     last_name  = substr(full_name, length(split_part(full_name, ' ', 1)) + 2);
-- app v5.2 writes both full_name and first/last; v5.3 will stop writing full_name''')))

# 53 French commit message w/ tool loop
t1 = use("Bash", command="git diff --cached", description="Show staged diff")
add(ex(C,
    U(reminder("2026-01-08"), "tu peux me proposer un message de commit ? en anglais, une ligne + un court paragraphe"),
    A("Je regarde ce qui est indexé.", t1),
    U(result(t1, '''diff --git a/web/src/hooks/useDebounce.ts b/web/src/hooks/useDebounce.ts
@@ -1,11 +1,15 @@
-export function useDebounce<T>(value: T, delay = 300) {
+export function useDebounce<T>(value: T, delay = 300, { leading = false } = {}) {
   const [v, setV] = useState(value);
+  const first = useRef(true);
   useEffect(() => {
+    if (leading && first.current) { first.current = false; setV(value); return; }
     const t = setTimeout(() => setV(value), delay);
     return () => clearTimeout(t);
-  }, [value, delay]);
+  }, [value, delay, leading]);
   return v;
 }'''), "c'est l'option leading du hook useDebounce")))

# 54 less verbose docstrings
add(ex(C, U('''rewrite these docstrings, they read like a chatbot wrote them. one line each unless there's something non-obvious

def normalize_phone(raw: str, region: str = "US") -> str:
    """This function is responsible for taking a raw phone number string as input and
    carefully normalizing it into the standardized E.164 format, which is a widely used
    international standard. It leverages the phonenumbers library to achieve this goal."""

def mask_email(email: str) -> str:
    """This utility function serves the important purpose of masking an email address in
    order to protect user privacy. It keeps the first character and the domain intact
    while replacing the remaining characters with asterisks, ensuring compliance."""''')))

# 55 API docs example wrong
add(ex(C, U(reminder(), opened("docs/api/orders.md"), "the POST /orders example here is wrong, currency has been required since 2.1 and line_items needs unit_price_cents not price. fix the example and the field table")))

# 56 Hindi docstring
add(ex(C, U('''इस फ़ंक्शन के लिए docstring लिखो, अंग्रेज़ी में, और बताओ कि ये किन cases में ValueError देता है

def split_bill(total_paise: int, shares: list[int]) -> list[int]:
    if total_paise < 0 or not shares or any(s <= 0 for s in shares):
        raise ValueError("bad input")
    weight = sum(shares)
    parts = [total_paise * s // weight for s in shares]
    for i in range(total_paise - sum(parts)):
        parts[i % len(parts)] += 1
    return parts''')))

# 57 review -> known limitations section
add(ex(C,
    U('''can you look over this before I open the PR

class Dedupe:
    def __init__(self, ttl=300):
        self.seen = {}
        self.ttl = ttl
    def check(self, key):
        now = time.time()
        if key in self.seen and now - self.seen[key] < self.ttl:
            return False
        self.seen[key] = now
        return True'''),
    A("Works for a single process, but: (1) `seen` never shrinks, so memory grows with unique keys; (2) not thread-safe, two threads can both pass `check` for the same key; (3) it's per-process, so with multiple workers duplicates still slip through; (4) `time.time()` can jump, `time.monotonic()` is safer."),
    U("all fair, but it's a stopgap until the redis version lands. I'll keep it as is. add a 'Known limitations' section to the module docstring listing exactly those")))

# 58 man page
add(ex(C,
    U(reminder("2026-07-27"), "what does snap-rotate --help print"),
    A((_t := use("Bash", command="snap-rotate --help", description="Show CLI help"))),
    U(result(_t, "usage: snap-rotate [-h] [--keep-daily N] [--keep-weekly N] [--keep-monthly N]\n                   [--dry-run] [--tag KEY=VALUE ...] [--region REGION] VOLUME_ID ...")),
    A("That's the full help output: retention flags, dry run, tag filters, region, and one or more volume ids."),
    U('''write a man page (roff) for our cli, `snap-rotate`. usage from --help:

usage: snap-rotate [-h] [--keep-daily N] [--keep-weekly N] [--keep-monthly N]
                   [--dry-run] [--tag KEY=VALUE ...] [--region REGION] VOLUME_ID ...

Exit codes: 0 ok, 1 partial failure (some snapshots not deleted), 2 bad args, 3 AWS auth error''')))

# 59 JSDoc hooks hover (CC)
add(ex(C, U(reminder("2026-07-21"), opened("web/src/hooks/index.ts"), "none of our hooks show anything on hover in vs code, it's just the inferred type soup. give them jsdoc. there are 6 in this file, do all of them")))

# 60 big pasted module, module-level docstring
add(ex(C, U('''module-level docstring at the top summarizing what's in here. short, like 5-8 lines

import hashlib
import hmac
import json
import time
from dataclasses import dataclass
from typing import Any, Mapping

SIGNATURE_HEADER = "X-Acme-Signature"
TIMESTAMP_HEADER = "X-Acme-Timestamp"
TOLERANCE_SECONDS = 300


class SignatureError(Exception):
    pass


@dataclass(frozen=True)
class WebhookEvent:
    id: str
    type: str
    created: int
    data: Mapping[str, Any]


def compute_signature(secret: bytes, timestamp: str, body: bytes) -> str:
    mac = hmac.new(secret, timestamp.encode() + b"." + body, hashlib.sha256)
    return "v1=" + mac.hexdigest()


def verify(secret: bytes, headers: Mapping[str, str], body: bytes, now: float | None = None) -> None:
    ts = headers.get(TIMESTAMP_HEADER)
    sig = headers.get(SIGNATURE_HEADER)
    if not ts or not sig:
        raise SignatureError("missing signature headers")
    try:
        ts_int = int(ts)
    except ValueError:
        raise SignatureError("bad timestamp") from None
    now = time.time() if now is None else now
    if abs(now - ts_int) > TOLERANCE_SECONDS:
        raise SignatureError("timestamp outside tolerance")
    expected = compute_signature(secret, ts, body)
    candidates = [s.strip() for s in sig.split(",")]
    if not any(hmac.compare_digest(expected, c) for c in candidates):
        raise SignatureError("signature mismatch")


def parse(secret: bytes, headers: Mapping[str, str], body: bytes) -> WebhookEvent:
    verify(secret, headers, body)
    payload = json.loads(body)
    return WebhookEvent(
        id=payload["id"],
        type=payload["type"],
        created=payload["created"],
        data=payload.get("data", {}),
    )


def rotate_secrets(old: bytes, new: bytes):
    """During rotation both secrets are valid; senders sign with both."""
    def _verify(headers, body):
        errors = []
        for s in (new, old):
            try:
                return parse(s, headers, body)
            except SignatureError as e:
                errors.append(e)
        raise errors[0]
    return _verify


class Dispatcher:
    def __init__(self):
        self._handlers = {}

    def on(self, event_type: str):
        def deco(fn):
            self._handlers.setdefault(event_type, []).append(fn)
            return fn
        return deco

    def dispatch(self, event: WebhookEvent) -> int:
        handlers = self._handlers.get(event.type, []) + self._handlers.get("*", [])
        for h in handlers:
            h(event)
        return len(handlers)''')))

# 61 k8s networkpolicy comments for security team
add(ex(C, U(reminder("2026-06-26"), opened("k8s/payments/networkpolicy.yaml"), '''security team wants to understand every rule in this networkpolicy before they sign off. comment each one inline, plain language

apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: payments-api, namespace: payments }
spec:
  podSelector: { matchLabels: { app: payments-api } }
  policyTypes: [Ingress, Egress]
  ingress:
    - from:
        - namespaceSelector: { matchLabels: { kubernetes.io/metadata.name: ingress-nginx } }
      ports: [{ port: 8080 }]
    - from:
        - podSelector: { matchLabels: { app: prometheus } }
      ports: [{ port: 9090 }]
  egress:
    - to:
        - podSelector: { matchLabels: { app: payments-db } }
      ports: [{ port: 5432 }]
    - to:
        - ipBlock: { cidr: 0.0.0.0/0, except: [10.0.0.0/8, 169.254.169.254/32] }
      ports: [{ port: 443 }]
    - to:
        - namespaceSelector: {}
          podSelector: { matchLabels: { k8s-app: kube-dns } }
      ports: [{ port: 53, protocol: UDP }]''')))

# 62 Portuguese README deploy update (CC tool loop)
t1 = use("Read", file_path="README.md", offset=60, limit=40)
add(ex(C,
    U(reminder("2026-10-03"), "atualiza o README com as instruções de deploy novas, agora é tudo via ArgoCD, ninguém mais roda o deploy.sh"),
    A("Vou ler a seção de deploy atual.", t1),
    U(result(t1, '''60  ## Deploy
61
62  1. Faça login na AWS: `aws sso login --profile prod`
63  2. Rode `./scripts/deploy.sh prod <tag>`
64  3. Acompanhe em `kubectl -n loja get pods -w`
65
66  Para rollback, rode `./scripts/deploy.sh prod <tag-anterior>`.
67
68  ## Monitoramento''')), 
    A("A seção ainda descreve o deploy.sh. Como funciona o fluxo no ArgoCD: o merge na main atualiza a tag no repo de manifests automaticamente, ou alguém edita o values à mão?"),
    U("o CI abre um PR no repo gitops com a tag nova, alguém aprova, o argo sincroniza sozinho. rollback é reverter esse PR. pode apagar o deploy.sh do README")))

# 63 Korean conventional commit
add(ex(C, U('''커밋 메시지 써줘, conventional commits 형식으로. 본문에 왜 바꿨는지도

변경사항:
- useInfiniteQuery의 getNextPageParam에서 마지막 페이지 판단을 items.length < pageSize 에서 nextCursor == null 로 변경
- 서버가 필터링 후 pageSize보다 적게 보내는 경우 무한스크롤이 멈추던 문제
- 관련 테스트 2개 추가''')))

# 64 known issues section with trace
add(ex(C, U('''add a Known issues section to the docs with this. it's a rosetta thing on M1 when people install the x86 wheel, workaround is reinstalling with arch -arm64. we're not fixing it on our side

Fatal Python error: Segmentation fault

Current thread 0x00000001f5c0c140 (most recent call first):
  File "/Users/x/.venv/lib/python3.11/site-packages/fastvec/_core.py", line 48 in _load
  File "/Users/x/.venv/lib/python3.11/site-packages/fastvec/__init__.py", line 12 in <module>
zsh: segmentation fault  python -c "import fastvec"''')))

# 65 PHPDoc
add(ex(C, U('''phpdoc on this service class pls, with @throws and the array shapes (phpstan level 8 reads them)

final class RefundService
{
    public function __construct(private PaymentGateway $gateway, private OrderRepository $orders) {}

    public function refund(int $orderId, ?int $amountCents = null, string $reason = 'requested_by_customer'): array
    {
        $order = $this->orders->findOrFail($orderId);
        if ($order->isFullyRefunded()) {
            throw new AlreadyRefundedException($orderId);
        }
        $amount = $amountCents ?? $order->refundableCents();
        $res = $this->gateway->refund($order->chargeId, $amount, $reason);
        return ['refund_id' => $res->id, 'amount_cents' => $amount, 'status' => $res->status];
    }
}''')))

# 66 Scala scaladoc implicit
add(ex(C, U('''scaladoc this. mention that the implicit ordering is what decides tie-breaking, people keep getting surprised

object TopK {
  def apply[A](xs: Iterator[A], k: Int)(implicit ord: Ordering[A]): Vector[A] = {
    val pq = scala.collection.mutable.PriorityQueue.empty[A](ord.reverse)
    xs.foreach { x =>
      pq.enqueue(x)
      if (pq.size > k) pq.dequeue()
    }
    pq.dequeueAll.reverse.toVector
  }
}''')))

# 67 terse: comment the magic number
add(ex(C, U(reminder(), selection("firmware/src/adc.c", 112, 112, "    uint32_t mv = (raw * 3300u * 1047u) >> 22;"), "comment this line pls, it's the 10k/4.7k divider + 12bit adc. nobody remembers where 1047 comes from")))

# 68 understanding -> "write that in the wiki" Italian
add(ex(C,
    U("come funziona il flusso di rinnovo abbonamento nel nostro codice? parte da un cron o da un webhook di Stripe?"),
    A("Da entrambi: Stripe manda `invoice.paid` al webhook (`billing/webhooks.py`), che estende `subscription.current_period_end`. Un cron notturno (`billing/jobs/reconcile.py`) confronta le subscription scadute con lo stato su Stripe e sistema quelle per cui il webhook è andato perso. Se il pagamento fallisce, `invoice.payment_failed` mette l'account in `past_due` e parte il dunning con 3 email in 7 giorni."),
    U("ottimo, scrivilo nella pagina del wiki del team billing, con un diagramma mermaid")))

# 69 docstring trap: code pasted w/ "what params" -> docs for sphinx autodoc
add(ex(C, U(reminder_md("- docs are built with sphinx + autodoc, reST docstrings\n- don't change function signatures without asking"), selection("lib/geo/distance.py", 5, 18, '''def haversine(lat1, lon1, lat2, lon2, *, radius=6371.0088, unit="km"):
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dphi = p2 - p1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dlmb / 2) ** 2
    d = 2 * radius * math.asin(math.sqrt(a))
    return d if unit == "km" else d * 0.621371'''), "the autodoc page for this is blank, sort it out")))

# 70 Japanese follow-up: review done -> README usage
add(ex(C,
    U("このCLIツールの使い方がよく分からないって言われた。引数はこんな感じ：\n\nimgpack <入力ディレクトリ> [-o out.zip] [--max-width 1920] [--quality 85] [--strip-exif] [--dry-run]"),
    A("各オプションの意味を確認させてください。`--max-width` は縦長画像にも幅基準で適用されますか？ `--dry-run` は何を出力しますか？"),
    U("幅基準だけ。縦長もそのまま幅で縮小。dry-runは処理対象のファイル一覧と縮小後のサイズ見込みを表示するだけ。じゃあREADMEの使い方セクションを書いて、例を3つくらい入れて")))

# 71 vuepress/docs: "people never find X" implicit
add(ex(C, U("every new hire asks in #eng how to get a prod db read replica connection string. it's: request the `db-readonly` group in Okta, then `vault read database/creds/app-ro`, creds last 8h, only from the VPN. i'm tired of answering, make it findable")))

# 72 code-switching Spanish/English docstring with code pasted (looks like gen)
add(ex(C, U('''oye, esta función ya funciona, no la toques, solo necesito el docstring porque el linter de docs (pydocstyle) falla en CI

def merge_intervals(intervals: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in sorted(intervals):
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out

D103: Missing docstring in public function''')))
