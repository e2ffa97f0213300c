from lib import *

L = "code understanding"

ex("und_regex_what", L, [first(r'''what does this regex actually match? found it in our validators and nobody remembers

^(?=.{1,254}$)(?=.{1,64}@)[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,}$''')],
   tags=["pasted_code", "code:regex"])

ex("und_find_xargs", L, [first("explain this pls: find . -name '*.log' -mtime +7 -print0 | xargs -0 -r -n 50 gzip -9")],
   tags=["pasted_code", "code:bash", "terse"])

ex("und_useeffect_cleanup", L, [first("when exactly does the cleanup function of a useEffect run if the deps change? before the new effect or after render? and in strict mode dev why does it run twice on mount")],
   tags=["code:typescript"])

ex("und_rust_arc_mutex_rwlock", L, [first("in rust when would I pick Arc<RwLock<T>> over Arc<Mutex<T>>? we have a config that's read on every request and reloaded maybe once an hour")],
   tags=["code:rust", "near_boundary"])

ex("und_go_ctx_cancel", L, [first('''walk me through what happens here when ctx gets cancelled while a job is being processed. does the in-flight job finish? does `results` get closed?

```go
func (p *Pool) Run(ctx context.Context, jobs <-chan Job) <-chan Result {
	results := make(chan Result)
	var wg sync.WaitGroup
	for i := 0; i < p.n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-ctx.Done():
					return
				case j, ok := <-jobs:
					if !ok {
						return
					}
					results <- p.handle(ctx, j)
				}
			}
		}()
	}
	go func() { wg.Wait(); close(results) }()
	return results
}
```''')], tags=["pasted_code", "code:go"])

ex("und_inherited_sql", L, [first('''inherited this query, can you explain step by step what it computes?

WITH s AS (
  SELECT user_id, started_at,
         started_at - LAG(started_at) OVER (PARTITION BY user_id ORDER BY started_at) AS gap
  FROM sessions
), g AS (
  SELECT user_id, started_at,
         SUM(CASE WHEN gap IS NULL OR gap > interval '30 minutes' THEN 1 ELSE 0 END)
           OVER (PARTITION BY user_id ORDER BY started_at) AS grp
  FROM s
)
SELECT user_id, grp, MIN(started_at) AS visit_start, MAX(started_at) AS visit_end, COUNT(*) AS hits
FROM g
GROUP BY user_id, grp;''')], tags=["pasted_code", "code:sql"])

ex("und_tool_auth_refresh_rotation", L, [
    first("how does auth work in this codebase?"),
    A("I'll start by finding the auth-related code.", T("g1", "Bash", {"command": "grep -rln -i 'token\\|jwt\\|session' src/ | head -30", "description": "Find auth-related files"})),
    TR(R("g1", "src/auth/jwt.ts\nsrc/auth/middleware.ts\nsrc/auth/refresh.ts\nsrc/routes/login.ts\nsrc/routes/logout.ts\nsrc/db/sessions.ts", err=False)),
    A(None, T("g2", "Read", {"file_path": "/home/dev/work/portal/src/auth/middleware.ts"}), T("g3", "Read", {"file_path": "/home/dev/work/portal/src/routes/login.ts"})),
    TR(R("g2", catn('''import { verifyAccess } from "./jwt";

export function requireUser(req, res, next) {
  const h = req.headers.authorization ?? "";
  const token = h.startsWith("Bearer ") ? h.slice(7) : req.cookies["at"];
  if (!token) return res.status(401).end();
  try {
    req.user = verifyAccess(token);
    next();
  } catch {
    res.status(401).json({ error: "invalid_token" });
  }
}
''')), R("g3", catn('''router.post("/login", async (req, res) => {
  const user = await users.checkPassword(req.body.email, req.body.password);
  if (!user) return res.status(401).json({ error: "bad_credentials" });
  const { access, refresh } = await issueTokens(user);
  res.cookie("rt", refresh, { httpOnly: true, sameSite: "strict", path: "/auth/refresh" });
  res.json({ access });
});
'''))),
    A("Auth is JWT-based, with short-lived access tokens and refresh tokens stored in the database:\n\n- **Login** (`src/routes/login.ts`) checks the password and calls `issueTokens`. The refresh token goes into an httpOnly cookie scoped to `/auth/refresh`. The access token is returned in the JSON body.\n- **Requests** go through `requireUser` (`src/auth/middleware.ts`). It takes the access token from the `Authorization: Bearer` header, or from an `at` cookie as a fallback, verifies it, and puts the claims on `req.user`.\n- **Refresh** lives in `src/auth/refresh.ts`, backed by `src/db/sessions.ts`."),
    ut("where does the refresh token get rotated, and what happens if an old one is reused?"),
], tags=["tool_loop", "follow_up", "code:typescript", "repo_paths"])

ex("und_tool_repo_overview_reconciler", L, [
    first("give me an overview of this repo, I just joined the team"),
    A("I'll look at the structure and the README.", T("o1", "Bash", {"command": "ls && ls internal/ && head -60 README.md", "description": "Inspect repo layout and README"})),
    TR(R("o1", '''Makefile
README.md
cmd
deploy
go.mod
go.sum
internal
api
controller
reconciler
store
webhook
# fleetctl

Kubernetes operator that manages `EdgeSite` custom resources: provisioning edge clusters,
syncing their config, and rolling out agent upgrades.

## Layout
- cmd/manager — operator entrypoint
- internal/api — CRD types (v1alpha2)
- internal/controller — controller-runtime setup
- internal/reconciler — reconcile loops
- internal/store — inventory client
- internal/webhook — validating/defaulting webhooks''', err=False)),
    A("fleetctl is a Kubernetes operator built on controller-runtime. It manages `EdgeSite` custom resources.\n\n- `cmd/manager`: the entrypoint. It wires up the manager, the controllers and the webhooks.\n- `internal/api`: the CRD Go types (v1alpha2).\n- `internal/controller`: registers controllers with the manager.\n- `internal/reconciler`: the core logic that drives sites to their desired state.\n- `internal/store`: a client for the external inventory service.\n- `internal/webhook`: admission webhooks that validate and default the CRs."),
    ut("what's the split between controller and reconciler exactly? feels like the same thing"),
], tags=["tool_loop", "follow_up", "code:go"])

ex("und_set_euo", L, [first("waht does set -euo pipefail do exacty and are there gotchas")],
   tags=["typo", "code:bash", "terse"])

ex("und_es_walrus", L, [first('''¿qué hace exactamente este código? no entiendo el := dentro de la comprensión

```python
resultados = [y for x in datos if (y := normalizar(x)) is not None and y.activo]
```''')], tags=["non_english", "lang_es", "pasted_code", "code:python"])

ex("und_de_nestjs_di", L, [first('''Kannst du mir erklären, wie die Dependency Injection in diesem NestJS-Modul funktioniert? Woher weiß Nest, welche Implementierung von PAYMENT_GATEWAY injiziert wird?

@Module({
  imports: [ConfigModule],
  providers: [
    PaymentsService,
    {
      provide: PAYMENT_GATEWAY,
      useFactory: (cfg: ConfigService) =>
        cfg.get('PAYMENTS_PROVIDER') === 'stripe' ? new StripeGateway(cfg) : new FakeGateway(),
      inject: [ConfigService],
    },
  ],
  exports: [PaymentsService],
})
export class PaymentsModule {}''')], tags=["non_english", "lang_de", "pasted_code", "code:typescript"])

ex("und_zh_rust_lifetimes", L, [first('''这段 Rust 代码里的生命周期标注 'a 是什么意思？为什么返回值要和 self 绑在一起？

```rust
struct Parser<'a> {
    input: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_token(&mut self) -> Option<&'a str> {
        let rest = &self.input[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end + 1;
        if end == 0 { None } else { Some(&rest[..end]) }
    }
}
```''')], tags=["non_english", "lang_zh", "pasted_code", "code:rust"])

ex("und_ja_lateral", L, [first('''このSQLの LATERAL JOIN は何をしているんですか？普通のJOINとの違いがよく分かりません。

SELECT u.id, u.name, o.*
FROM users u
LEFT JOIN LATERAL (
  SELECT id, total, created_at
  FROM orders
  WHERE orders.user_id = u.id
  ORDER BY created_at DESC
  LIMIT 3
) o ON true;''')], tags=["non_english", "lang_ja", "pasted_code", "code:sql"])

ex("und_pt_go_gc", L, [first("como funciona o garbage collector do Go na prática? tipo, quando ele roda, o que o GOGC muda e por que o GOMEMLIMIT existe")],
   tags=["non_english", "lang_pt", "code:go"])

ex("und_ru_c_fnptr", L, [first('''объясни, что тут происходит с указателями на функции, я не понимаю синтаксис

typedef int (*cmp_fn)(const void *, const void *);

static int by_len(const void *a, const void *b) {
    const char *const *sa = a, *const *sb = b;
    return (int)strlen(*sa) - (int)strlen(*sb);
}

void sort_words(char **words, size_t n, cmp_fn cmp) {
    qsort(words, n, sizeof *words, cmp ? cmp : by_len);
}''')], tags=["non_english", "lang_ru", "pasted_code", "code:c"])

ex("und_ko_usememo", L, [first('''이 코드에서 useMemo가 왜 필요한지 설명해줘. 없어도 똑같이 동작하는 것 같은데

const filtered = useMemo(
  () => items.filter((i) => i.tags.includes(tag)).sort(byDate),
  [items, tag]
);
return <List data={filtered} onSelect={onSelect} />;''')], tags=["non_english", "lang_ko", "pasted_code", "code:typescript"])

ex("und_fr_wraps", L, [first("je comprends pas ce que fait @functools.wraps dans un décorateur, pourquoi c'est nécessaire ? dans notre code y'a des décorateurs avec et d'autres sans")],
   tags=["non_english", "lang_fr", "code:python"])

ex("und_weakmap_why", L, [first('''why does this use a WeakMap instead of a Map? is there a reason or just cargo cult

const listeners = new WeakMap<Element, Set<() => void>>();

export function onResize(el: Element, cb: () => void) {
  let set = listeners.get(el);
  if (!set) {
    set = new Set();
    listeners.set(el, set);
    ro.observe(el);
  }
  set.add(cb);
  return () => set!.delete(cb);
}''')], tags=["pasted_code", "code:typescript", "near_boundary"])

ex("und_is_it_quadratic", L, [first('''is this O(n^2)? 

def dedupe(items):
    out = []
    for x in items:
        if x not in out:
            out.append(x)
    return out''')], tags=["pasted_code", "code:python", "terse", "near_boundary"])

ex("und_explain_diff", L, [first('''what does this diff change in behaviour? not asking for a review, just want to understand what it does before I approve

--- a/lib/cache/store.rb
+++ b/lib/cache/store.rb
@@ -18,9 +18,13 @@ module Cache
     def fetch(key, ttl: DEFAULT_TTL)
-      value = @redis.get(key)
-      return Marshal.load(value) if value
-      fresh = yield
-      @redis.setex(key, ttl, Marshal.dump(fresh))
+      value = @redis.get(key)
+      return Marshal.load(value) if value
+      lock_key = "#{key}:lock"
+      if @redis.set(lock_key, 1, nx: true, ex: 10)
+        fresh = yield
+        @redis.setex(key, ttl + rand(ttl / 10), Marshal.dump(fresh))
+        @redis.del(lock_key)
+      else
+        sleep 0.05
+        return fetch(key, ttl: ttl) { yield }
+      end
       fresh
     end''')], tags=["pasted_code", "diff", "code:ruby", "near_boundary"])

ex("und_question_mark_op", L, [first("what does the ? operator do in rust when the function's error type is different from the one being returned, like io::Error into my own enum")],
   tags=["code:rust"])

ex("und_yield_from_followup", L, [
    first("write a generator that walks a nested dict and yields (path, value) for every leaf"),
    A('''```python
def walk(d, path=()):
    for k, v in d.items():
        if isinstance(v, dict):
            yield from walk(v, path + (k,))
        else:
            yield path + (k,), v
```'''),
    ut("wait how does the yield from part work? does it create a new generator each level and is that slow for deep nesting"),
], tags=["multi_turn", "intent_shift", "follow_up", "code:python"])

ex("und_why_fix_worked_closure", L, [
    first('''all the buttons alert "4" no matter which one I click??

for (var i = 0; i < 4; i++) {
  buttons[i].addEventListener("click", function () { alert(i + 1); });
}'''),
    A("With `var`, `i` is function-scoped. All four closures share the same `i`, and by the time anyone clicks, the loop has finished and `i` is 4. Change `var` to `let`:\n\n```js\nfor (let i = 0; i < 4; i++) { ... }\n```"),
    ut("that fixed it but I don't get WHY let fixes it. isn't let also just one variable?"),
], tags=["multi_turn", "follow_up", "intent_shift", "near_boundary", "code:javascript"])

ex("und_tool_where_ratelimit", L, [
    first("where is the rate limit for the public API configured? need to know what the current limits are"),
    A(None, T("rl1", "Bash", {"command": "grep -rn -i 'ratelimit\\|rate_limit\\|throttle' --include=*.py --include=*.yaml . | grep -v tests | head -20", "description": "Search for rate limit config"})),
    TR(R("rl1", '''./deploy/values/prod.yaml:41:  rateLimit:
./deploy/values/prod.yaml:42:    perKeyPerMinute: 600
./deploy/values/prod.yaml:43:    burst: 100
./api/middleware/throttle.py:9:from .settings import RATE_LIMIT_PER_MIN, RATE_LIMIT_BURST
./api/middleware/throttle.py:22:class KeyThrottle:
./api/settings.py:33:RATE_LIMIT_PER_MIN = int(os.getenv("RATE_LIMIT_PER_MIN", "120"))
./api/settings.py:34:RATE_LIMIT_BURST = int(os.getenv("RATE_LIMIT_BURST", "20"))''', err=False)),
    A("There are two layers:\n\n- `api/settings.py` reads `RATE_LIMIT_PER_MIN` (default **120**) and `RATE_LIMIT_BURST` (default **20**) from the environment. `KeyThrottle` in `api/middleware/throttle.py` uses them.\n- `deploy/values/prod.yaml` sets `rateLimit.perKeyPerMinute: 600` and `burst: 100` for prod, presumably passed in as those env vars by the chart.\n\nSo prod should be 600/min with a burst of 100, and anything without an override gets 120/20."),
    ut("is it per api key or per ip? and does the chart actually map those values to the env vars?"),
], tags=["tool_loop", "follow_up", "code:yaml", "code:python"])

ex("und_k8s_yaml", L, [first('''can you explain what this does line by line? especially the affinity and the topologySpreadConstraints bits

spec:
  replicas: 6
  template:
    spec:
      affinity:
        podAntiAffinity:
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 100
              podAffinityTerm:
                labelSelector:
                  matchLabels: { app: checkout }
                topologyKey: kubernetes.io/hostname
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels: { app: checkout }''')], tags=["pasted_code", "code:yaml"])

ex("und_docker_cache_mount", L, [first("what does `RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt` do differently from a normal RUN? does the cache end up in the image?")],
   tags=["code:dockerfile"])

ex("und_tf_count_foreach", L, [first('''why would someone use for_each here instead of count? what changes if I remove an element from the middle of the list

resource "aws_iam_user" "devs" {
  for_each = toset(var.developer_names)
  name     = each.value
}''')], tags=["pasted_code", "code:hcl"])

ex("und_java_completablefuture", L, [first('''Can you explain what thread each stage of this runs on? we're seeing it block the request thread sometimes and I want to understand the model before touching it

return CompletableFuture.supplyAsync(() -> inventory.reserve(order), ioPool)
    .thenApply(res -> pricing.quote(order, res))
    .thenCompose(q -> payments.authorizeAsync(order, q))
    .thenApplyAsync(auth -> receipts.render(order, auth))
    .exceptionally(ex -> Receipt.failed(order, ex));''')], tags=["pasted_code", "code:java"])

ex("und_slots", L, [first("what is `__slots__` doing in our model classes (src/models/base.py)? some of them have it and some don't, does it matter")],
   tags=["code:python", "repo_paths"])

ex("und_ts_conditional_type", L, [first('''what on earth does this type do

type DeepPartial<T> = T extends (...args: any[]) => any
  ? T
  : T extends ReadonlyArray<infer U>
    ? ReadonlyArray<DeepPartial<U>>
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;''')], tags=["pasted_code", "code:typescript"])

ex("und_django_select_prefetch", L, [first('''for this view, would select_related or prefetch_related be what's happening? I'm trying to understand how many queries it does

books = Book.objects.filter(published=True).select_related("author").prefetch_related("tags", "reviews__user")
for b in books:
    print(b.author.name, [t.name for t in b.tags.all()], len(b.reviews.all()))''')],
   tags=["pasted_code", "code:python"])
