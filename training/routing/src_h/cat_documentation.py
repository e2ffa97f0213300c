from common import U, A, CC, TU, AT, TR, TRS

CATEGORY = "documentation"

EXAMPLES = [
    [U("new hires keep asking me how auth works in this repo, can you write it up so I can stop explaining it on slack every week")],
    [U("""def retry(fn, attempts=3, backoff=0.5, exceptions=(Exception,)):
    for i in range(attempts):
        try:
            return fn()
        except exceptions:
            if i == attempts - 1:
                raise
            time.sleep(backoff * 2 ** i)

google style pls, we're switching from the sphinx :param: style repo-wide""")],
    [CC("convert all the docstrings in this file from reST to numpy style, don't touch the code", rem=0, open="analytics/stats.py")],
    [U("""here's the diff between v2.3.0 and v2.4.0, turn it into something I can paste on the releases page

diff --git a/src/client.ts b/src/client.ts
@@ -41,7 +41,12 @@ export class Client {
-  constructor(private baseUrl: string) {}
+  constructor(private baseUrl: string, private opts: ClientOptions = {}) {
+    this.timeout = opts.timeout ?? 30_000;
+  }
@@ -88,6 +93,14 @@ export class Client {
+  async *paginate<T>(path: string): AsyncGenerator<T> {
+    let cursor: string | undefined;
+    do {
+      const page = await this.get<Page<T>>(path, { cursor });
+      yield* page.items;
+      cursor = page.next;
+    } while (cursor);
+  }
diff --git a/src/errors.ts b/src/errors.ts
-export class HttpError extends Error {}
+export class HttpError extends Error {
+  constructor(public status: number, message: string) { super(message); }
+}""")],
    [U("""Traceback (most recent call last):
  File "/app/worker.py", line 88, in run
    conn = pool.acquire(timeout=5)
  File "/usr/lib/python3.11/site-packages/asyncpg/pool.py", line 812, in acquire
asyncpg.exceptions.TooManyConnectionsError: sorry, too many clients already

we already know why this happens (pgbouncer max_client_conn too low after the scale-up). I want a runbook entry for on-call: what it looks like, how to confirm, what knob to turn, who to page""")],
    [CC("commit msg for this pls\n\n- bumped tokio 1.36 -> 1.38\n- replaced the hand rolled backoff in sync.rs with tokio-retry\n- removed the unused `legacy` feature flag", rem=2)],
    [CC("we need a CLAUDE.md for this repo. the agent keeps running `npm test` which runs the e2e suite for 20 min, it should use `pnpm test:unit`. also it keeps editing generated files under src/gen/. put the build/test commands and the don'ts in there", rem=1)],
    [U("/// TODO doc\npub fn parse_duration(s: &str) -> Result<Duration, ParseError> {\n    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len()));\n    let n: u64 = num.parse().map_err(|_| ParseError::BadNumber)?;\n    match unit { \"ms\" => Ok(Duration::from_millis(n)), \"s\" | \"\" => Ok(Duration::from_secs(n)), \"m\" => Ok(Duration::from_secs(n*60)), _ => Err(ParseError::BadUnit(unit.into())) }\n}\n\nfill in the TODO, it's pub so it shows on docs.rs. include an example that doctests")],
    [U("the README install section still says python 3.8 and pip install -e . but we moved to uv and 3.11 min. update just that section")],
    [CC("escribe un README para este CLI en español, es para el equipo de soporte que no programa. Comandos: `sop sync`, `sop export --desde 2024-01-01`, `sop reset`. Tiene que explicar qué hace cada uno y cuándo NO usar reset", rem=1)],
    [U("PR description for this branch? it moves rate limiting from the nginx config into the app middleware so we can do per-tenant limits. reviewers will ask why, so cover the reasoning and the rollout plan (flag `per_tenant_rl`, off by default)")],
    [U("can you add doc comments to every exported func in pkg/ratelimit? golint is yelling. don't change behaviour")],
    [CC("write an ADR for what we decided in that thread: we're going with Postgres LISTEN/NOTIFY instead of Redis pubsub for the cache invalidation, main reasons were one less moving part and transactional notify. status accepted", rem=2)],
    [U("""// what does this even do lol
function debounce(fn, ms) {
  let t;
  return (...args) => {
    clearTimeout(t);
    t = setTimeout(() => fn(...args), ms);
  };
}

ok I get it now, but the next person won't. put a proper JSDoc on it with @param/@returns and a one-line example""")],
    [U("changelog entry under Unreleased for: fixed the off-by-one in pagination when page_size divides total exactly. keep-a-changelog format")],
    [CC("kannst du eine CONTRIBUTING.md schreiben? Wir nutzen conventional commits, PRs brauchen zwei Approvals, und lokale Tests laufen mit `make check`. Auf Deutsch bitte, das Team ist komplett in Berlin", rem=0)],
    [U("""openapi: 3.0.0
paths:
  /v1/invoices/{id}:
    get:
      parameters:
        - name: id
          in: path
          required: true
          schema: {type: string}
      responses:
        '200': {description: ok}
        '404': {description: not found}

every endpoint in this spec has "ok" as the description and no summaries. fill in real summaries/descriptions for the invoices endpoints, the customers think it's an empty API""")],
    [U("write a migration guide for users going from v1 to v2 of our sdk. breaking: `Client.fetch` renamed to `Client.get`, callbacks removed in favour of promises, `timeout` is now ms not seconds")],
    [U("comment this regex inline with the x flag so people can actually read it: ^(?P<year>\\d{4})-(?P<month>0[1-9]|1[0-2])-(?P<day>0[1-9]|[12]\\d|3[01])(?:T(?P<h>[01]\\d|2[0-3]):(?P<m>[0-5]\\d))?$")],
    [CC("the module docstring here is from 2019 and describes a totally different design. rewrite it to match what the file does now", rem=3, open="billing/reconcile.py")],
    [U("我们的 k8s 部署流程只有我一个人知道，我下个月要休假。帮我写一份部署手册（中文），包括 helm upgrade 的步骤、回滚方法、以及常见的坑（比如 configmap 改了 pod 不会自动重启）")],
    [U("""this is our error codes enum:

enum class ErrorCode(val code: Int) {
    AUTH_EXPIRED(4011),
    AUTH_INVALID(4012),
    RATE_LIMITED(4290),
    UPSTREAM_TIMEOUT(5041),
    PAYLOAD_TOO_LARGE(4130)
}

need a reference table for the public API docs: code, meaning, what the client should do about it""")],
    [CC("tidy up my commit message, it's embarrassing:\n\n\"fix stuff. the thing where orders w/ no shipping addr crashed checkout + also renamed some vars + wip tests\"", rem=5)],
    [U("Write a short section for our internal wiki explaining how feature flags work in our codebase — where they're defined (flags.yaml), how they get to the frontend (bootstrap payload), and how to clean one up once it's 100% rolled out")],
    [U("pode escrever os comentários em português nesse arquivo? a equipe nova não lê inglês muito bem. só os comentários, o código fica igual"),],
    [U("""I already fixed this but want the postmortem written:

2026-02-11 14:02 deploy of api v812
14:09 p99 latency 300ms -> 4.2s
14:15 alert fired, oncall paged
14:31 identified N+1 in /orders list (new `include=items` default)
14:38 rollback to v811
14:40 latency normal

blameless format, include action items""")],
    [CC("add a usage section to this package's README with the three most common calls, based on the exports", rem=4, open="packages/fmt-money/src/index.ts")],
    [U("our swagger is generated from the fastapi routes but the descriptions are garbage. where do I put docs so they show up — actually no, just write the docstrings for the routes in orders.py and I'll check they render")],
    [CC("Kan je een korte uitleg schrijven voor in de README over hoe je de lokale dev-omgeving opstart met docker compose? Er zijn drie services: api, worker, postgres. Seed data komt van `make seed`.", rem=4)],
    [U("AGENTS.md please. monorepo: apps/web (next), apps/api (nest), packages/ui. lint is `pnpm lint`, typecheck `pnpm tsc -b`. never run prisma migrate reset. prefer editing existing components over new ones")],
    [U("""stack trace from prod for context:

java.lang.IllegalStateException: Cannot call sendError() after the response has been committed
    at org.apache.catalina.connector.ResponseFacade.sendError(ResponseFacade.java:472)
    at com.acme.web.GlobalExceptionHandler.handle(GlobalExceptionHandler.java:57)

we know the cause (streaming endpoints write headers early). put a big warning comment above GlobalExceptionHandler.handle explaining this so nobody "fixes" it by removing the isCommitted check again""")],
    [U("the CLI --help output is the only doc we have. turn it into a proper man page style doc in markdown:\n\nusage: dbsnap [-h] [--env ENV] [--tables T [T ...]] [--anonymize] [--out PATH]\n\noptions:\n  --env ENV         source env (staging|prod)\n  --tables          subset of tables\n  --anonymize       run PII scrubber\n  --out PATH        output dir")],
    [U("Release notes for the mobile app 4.2, user facing, no jargon: dark mode on android, faster login, fixed the crash when you rotate during video upload")],
    [CC("i need to document the event schema for the `order.shipped` kafka topic so the data team stops guessing. fields: order_id (uuid), shipped_at (iso8601 utc), carrier (enum ups|fedex|dhl), tracking (nullable string), items (array of sku+qty)", rem=3)],
    [U("hey can you tl;dr the architecture at the top of the README? like 5 bullet points, for people landing on the repo from github. it's a kafka -> flink -> clickhouse pipeline with a grafana frontend")],
    [U("READMEのトラブルシューティングの節を書いてほしいです。よくある問題：ポート3000が使用中、node のバージョンが古い、.env がない。それぞれ対処法も")],
    [U("""/**
 * Does the thing.
 */
export function mergeDeep<T extends object>(target: T, ...sources: Partial<T>[]): T

"does the thing" lol. write a real TSDoc for it. arrays are replaced not concatenated, and it mutates target""")],
    [U("Could you document the config options? they're all in this dataclass:\n\n@dataclass\nclass Settings:\n    db_url: str\n    pool_size: int = 10\n    statement_timeout_ms: int = 30000\n    read_replica_url: str | None = None\n    enable_tracing: bool = False\n\nAs a table in docs/configuration.md with env var names (prefix APP_)")],
    [CC("Пожалуйста, напиши docstring'и для этого класса на английском, но объясни мне по-русски, если что-то непонятно в коде:\n\nclass LRU:\n    def __init__(self, cap):\n        self.cap = cap\n        self.d = OrderedDict()\n    def get(self, k):\n        if k not in self.d: return None\n        self.d.move_to_end(k)\n        return self.d[k]\n    def put(self, k, v):\n        self.d[k] = v\n        self.d.move_to_end(k)\n        if len(self.d) > self.cap:\n            self.d.popitem(last=False)", rem=2)],
    # multi-turn, intent shifts to documentation
    [U("why is my useEffect firing twice in dev"),
     A("In React 18 StrictMode, components mount, unmount, and mount again in development so that effects missing cleanup show up. It doesn't happen in production builds. Add a cleanup function that undoes what the effect did, e.g. abort the fetch or unsubscribe."),
     U("ahh ok. can you put that in our frontend FAQ doc, people hit this every sprint")],
    [U("how does our retry middleware decide what's retryable?"),
     A("It looks at `isRetryable(err)` in `middleware/retry.ts`: network errors (ECONNRESET, ETIMEDOUT) and HTTP 502/503/504 are retried, 429 is retried only if there's a `Retry-After` header, and everything else is passed through. The backoff is exponential with full jitter, capped at 8s."),
     U("perfect, that's exactly the explanation that's missing from the file. put it as a block comment above isRetryable")],
    [U("write a function that validates IBANs in TS"),
     A("```ts\nexport function isValidIban(input: string): boolean {\n  const iban = input.replace(/\\s+/g, '').toUpperCase();\n  if (!/^[A-Z]{2}\\d{2}[A-Z0-9]{10,30}$/.test(iban)) return false;\n  const rearranged = iban.slice(4) + iban.slice(0, 4);\n  const digits = rearranged.replace(/[A-Z]/g, c => String(c.charCodeAt(0) - 55));\n  let rem = 0;\n  for (const ch of digits) rem = (rem * 10 + Number(ch)) % 97;\n  return rem === 1;\n}\n```"),
     U("nice. now the tsdoc for it, mention it doesn't check country-specific lengths")],
    [U("is this migration safe to run on a 200M row table?\n\nALTER TABLE events ADD COLUMN tenant_id bigint NOT NULL DEFAULT 0;"),
     A("On Postgres 11+ adding a column with a constant default is metadata-only, so it won't rewrite the table and the lock is brief. The risk is the ACCESS EXCLUSIVE lock queueing behind long-running queries; set a lock_timeout and retry."),
     U("ok good. write that up as a note in docs/migrations.md under 'safe patterns' so we have it next time")],
    [U("git bisect says the regression came in with a3f9c1e"),
     A("That commit switched the JSON encoder to orjson. orjson serialises datetimes without microseconds by default when they're zero, and serialises naive datetimes without a timezone, which matches the mismatch you saw in the API response."),
     U("yep that's it, fixed with OPT_PASSTHROUGH_DATETIME. now I need the commit message for the fix, reference the bisected commit")],
    [CC("I've reviewed the code, it's fine. what's missing is the docs: write the docstrings for the public methods on this class", rem=5, open="sdk/python/acme/client.py",
        sel=("sdk/python/acme/client.py", 12, 30, "class Client:\n    def __init__(self, api_key, base_url=DEFAULT_URL, timeout=30):\n        ...\n    def list_projects(self, *, limit=50, cursor=None):\n        ...\n    def create_project(self, name, *, region='eu'):\n        ...\n    def delete_project(self, project_id, *, force=False):\n        ..."))],
    [U("explain this for the README, not for me:\n\n```\nmake bootstrap  # installs toolchain via asdf\nmake dev        # runs api+web with hot reload\nmake e2e        # needs docker\n```")],
    [U("how would you phrase the deprecation notice for `getUserById`? it'll be removed in 5.0, replacement is `users.get(id)`. needs to go in the JSDoc @deprecated and in the changelog")],
    [CC("puoi scrivere la sezione 'Architettura' del README? Il servizio riceve webhook da Stripe, li mette in una coda SQS e un worker Lambda aggiorna DynamoDB. Breve, con un diagramma mermaid", rem=1)],
    [U("security.md for the repo — how to report vulns (security@ our domain), supported versions table (3.x yes, 2.x security fixes only until june, 1.x no), response time")],
    [U("the api reference for our GraphQL schema is just the raw SDL. add descriptions to the types and fields so they show up in graphiql:\n\ntype Order {\n  id: ID!\n  status: OrderStatus!\n  total: Money!\n  placedAt: DateTime!\n  lines: [OrderLine!]!\n}\n\nenum OrderStatus { PENDING PAID SHIPPED CANCELLED }")],
    [U("add comments explaining WHY not what in this bash script, the what is obvious:\n\n#!/usr/bin/env bash\nset -euo pipefail\nexport LC_ALL=C\nsleep $((RANDOM % 30))\nflock -n /tmp/backup.lock -c '/opt/backup/run.sh'\nfind /backups -mtime +14 -delete")],
    [CC("Hinglish me bolu toh: humare onboarding doc me ek section chahiye 'pehle din kya kare' — laptop setup, VPN, repo clone, aur pehla PR. English me hi likhna doc, bas short rakhna", rem=0)],
    [U("write the docs for our helm chart values — every key in values.yaml with a description and default. chart is for the api service: replicaCount, image.repository, image.tag, resources, ingress.enabled, ingress.host, env (map), hpa.minReplicas/maxReplicas")],
    [U("need a one-paragraph summary of this module for the top of the file + an ascii diagram of the state machine (idle -> connecting -> connected -> draining -> closed, any -> failed)")],
    # Claude Code tool loops ending in documentation
    [CC("document the public API of this crate in the README, look at lib.rs first", rem=0),
     AT("I'll look at the crate's public surface.", TU("01Hd1", "Read", file_path="src/lib.rs")),
     TR("01Hd1", "pub mod config;\npub mod store;\npub use store::{Store, StoreError};\npub use config::Config;\n\n/// Opens a store at the given path.\npub fn open(path: impl AsRef<Path>, cfg: Config) -> Result<Store, StoreError> { ... }"),
     AT("The public surface is `open`, `Store`, `StoreError`, and `Config`. Let me look at `Store`'s methods.", TU("01Hd2", "Grep", pattern="pub fn", path="src/store.rs")),
     TR("01Hd2", "src/store.rs:14:    pub fn get(&self, key: &[u8]) -> Result<Option<Vec<u8>>, StoreError>\nsrc/store.rs:29:    pub fn put(&mut self, key: &[u8], val: &[u8]) -> Result<(), StoreError>\nsrc/store.rs:51:    pub fn compact(&mut self) -> Result<CompactStats, StoreError>",
        text="yeah that's all of it. write the README API section now, with a small example")],
    [CC("what does the deploy workflow do?", rem=1),
     AT("", TU("01Hd3", "Read", file_path=".github/workflows/deploy.yml")),
     TR("01Hd3", "name: deploy\non:\n  push:\n    tags: ['v*']\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: docker build -t ghcr.io/acme/api:${{ github.ref_name }} .\n      - run: docker push ghcr.io/acme/api:${{ github.ref_name }}\n  release:\n    needs: build\n    environment: production\n    steps:\n      - run: ./scripts/helm-upgrade.sh ${{ github.ref_name }}"),
     A("On a `v*` tag push it builds a Docker image tagged with the version, pushes it to GHCR, then a second job gated by the `production` environment (so it needs approval) runs `helm-upgrade.sh` with that tag."),
     CC("ok write that down in docs/releasing.md as a step by step for whoever cuts the next release, including how to approve the environment")],
    [CC("run the tests", rem=2),
     AT("", TU("01Hd4", "Bash", command="pytest -q")),
     TR("01Hd4", "........................................ [100%]\n148 passed in 12.31s"),
     A("All 148 tests pass."),
     CC("great. the PR is ready then, write the description. branch adds CSV export to the reports page, behind `reports_csv` flag. screenshot placeholders are fine")],
    [CC("fix the typo in the function name while you're at it", rem=3),
     AT("", TU("01Hd5", "Edit", file_path="src/geo.py", old_string="def haversine_distnace(", new_string="def haversine_distance(")),
     TR("01Hd5", "The file src/geo.py has been updated."),
     A("Renamed `haversine_distnace` to `haversine_distance`."),
     CC("thx. it has zero docstring though, add one — units are km, inputs are degrees", open="src/geo.py")],
    [CC("look at how the plugins get loaded", rem=4),
     AT("", TU("01Hd6", "Grep", pattern="entry_points", path="src")),
     TR("01Hd6", "src/plugins/loader.py:22:    eps = importlib.metadata.entry_points(group=\"acme.plugins\")\nsrc/plugins/loader.py:31:        plugin = ep.load()"),
     AT("", TU("01Hd7", "Read", file_path="src/plugins/loader.py")),
     TR("01Hd7", "def load_plugins(cfg):\n    eps = importlib.metadata.entry_points(group=\"acme.plugins\")\n    for ep in eps:\n        if ep.name in cfg.disabled: continue\n        plugin = ep.load()\n        if not hasattr(plugin, 'register'): raise PluginError(ep.name)\n        plugin.register(REGISTRY)",
        text="ok so third parties need to know this. write a 'Writing a plugin' guide for docs/, with a minimal pyproject entry point example")],
    [CC("the lint failed on docs", rem=5),
     AT("", TU("01Hd8", "Bash", command="npm run lint:docs")),
     TR("01Hd8", "src/api/users.ts\n  14:1  error  Missing JSDoc comment  jsdoc/require-jsdoc\n  38:1  error  Missing JSDoc comment  jsdoc/require-jsdoc\n  61:1  error  Missing JSDoc comment  jsdoc/require-jsdoc\n\n✖ 3 problems (3 errors, 0 warnings)", err=True,
        text="just write the jsdoc for those three, they're createUser, updateUser, deactivateUser")],
    [CC("viết giúp mình phần hướng dẫn cài đặt trong README nhé, bằng tiếng Việt, dùng pnpm và node 20", rem=0, open="README.md")],
    [CC("doc comment for this, it's exported from the package and godoc shows nothing", sel=("internal/queue/queue.go", 40, 52, "func (q *Queue) Drain(ctx context.Context, fn func(Job) error) (int, error) {\n\tn := 0\n\tfor {\n\t\tselect {\n\t\tcase <-ctx.Done():\n\t\t\treturn n, ctx.Err()\n\t\tcase j, ok := <-q.ch:\n\t\t\tif !ok { return n, nil }\n\t\t\tif err := fn(j); err != nil { return n, err }\n\t\t\tn++\n\t\t}\n\t}\n}"))],
    [CC("Can you write the XML doc comments for this controller so they show in swagger? summary, params, response codes", rem=1, open="src/Api/Controllers/ShipmentsController.cs")],
    [CC("wir brauchen für die Rufbereitschaft ein Runbook: was tun, wenn die Kafka consumer lag alert feuert. Schritte: Lag in Grafana prüfen, consumer pods checken, ggf. skalieren. auf Deutsch", rem=2)],
    [CC("yo the rdoc on these model methods is from the rails 4 days, refresh it", rem=3, open="app/models/subscription.rb")],
    [CC("Écris la doc du endpoint POST /v2/refunds pour notre portail développeurs : paramètres, exemple de requête curl, réponses possibles (201, 409 si déjà remboursé, 422)", rem=4)],
    [CC("this file needs a top-of-file comment explaining the locking order (accounts before ledger, never the reverse) — we had a deadlock because someone didn't know", rem=5, open="src/ledger/transfer.c")],
    [CC("upgrade guide for the swift package: 3.0 drops iOS 14, `Network.request` is now async throws, and the delegate protocol is gone. write it for DocC", rem=0)],
]

_BIG_DIFF = """diff --git a/src/queue/consumer.ts b/src/queue/consumer.ts
index 3b1f0a2..9c8e4d1 100644
--- a/src/queue/consumer.ts
+++ b/src/queue/consumer.ts
@@ -1,24 +1,41 @@
-import { Queue } from './queue';
+import { Queue, QueueOptions } from './queue';
+import { Backoff, exponential } from './backoff';
 
 export interface ConsumerOptions {
   concurrency?: number;
-  pollIntervalMs?: number;
+  /** @deprecated use `poll.intervalMs` */
+  pollIntervalMs?: number;
+  poll?: { intervalMs?: number; maxIdleMs?: number };
+  backoff?: Backoff;
+  deadLetter?: string;
+  onError?: (err: unknown, msg: Message) => void;
 }
 
 export class Consumer {
-  constructor(private q: Queue, private handler: Handler, private opts: ConsumerOptions = {}) {}
+  private readonly backoff: Backoff;
+  constructor(private q: Queue, private handler: Handler, private opts: ConsumerOptions = {}) {
+    this.backoff = opts.backoff ?? exponential({ baseMs: 200, maxMs: 30_000 });
+    if (opts.pollIntervalMs !== undefined) {
+      console.warn('[queue] pollIntervalMs is deprecated, use poll.intervalMs');
+    }
+  }
 
   async start() {
-    while (true) {
-      const msg = await this.q.receive();
-      if (!msg) { await sleep(this.opts.pollIntervalMs ?? 1000); continue; }
-      await this.handler(msg);
-      await this.q.ack(msg);
+    while (!this.stopped) {
+      const msg = await this.q.receive();
+      if (!msg) { await sleep(this.opts.poll?.intervalMs ?? this.opts.pollIntervalMs ?? 1000); continue; }
+      try {
+        await this.handler(msg);
+        await this.q.ack(msg);
+      } catch (err) {
+        this.opts.onError?.(err, msg);
+        if (msg.attempts >= (this.opts.backoff?.maxAttempts ?? 5) && this.opts.deadLetter) {
+          await this.q.moveTo(msg, this.opts.deadLetter);
+        } else {
+          await this.q.nack(msg, this.backoff.delay(msg.attempts));
+        }
+      }
     }
   }
+
+  async stop(graceMs = 10_000) {
+    this.stopped = true;
+    await this.drain(graceMs);
+  }
 }
diff --git a/src/queue/backoff.ts b/src/queue/backoff.ts
new file mode 100644
--- /dev/null
+++ b/src/queue/backoff.ts
@@ -0,0 +1,18 @@
+export interface Backoff { delay(attempt: number): number; maxAttempts?: number }
+export function exponential({ baseMs, maxMs, maxAttempts = 5 }: { baseMs: number; maxMs: number; maxAttempts?: number }): Backoff {
+  return {
+    maxAttempts,
+    delay: (n) => Math.min(maxMs, baseMs * 2 ** n) * (0.5 + Math.random() / 2),
+  };
+}
+export function fixed(ms: number, maxAttempts = 5): Backoff {
+  return { maxAttempts, delay: () => ms };
+}
diff --git a/package.json b/package.json
-  "version": "2.6.3",
+  "version": "2.7.0",
"""

EXAMPLES += [
    [CC("this is the whole diff for 2.7.0 of our queue lib. I need the CHANGELOG entry and a short 'upgrading' note for people still on pollIntervalMs", rem=4, extra=(_BIG_DIFF,))],
    [U("can you help me with the onboarding stuff"),
     A("Sure — what do you need: the local setup, access requests, or something else?"),
     U("first, what's the difference between `make dev` and `make dev-lite` in our Makefile? I always forget"),
     A("`make dev` starts everything in docker compose, including Kafka, the search cluster and the worker. `make dev-lite` only starts Postgres and the API, and swaps the search client for an in-memory fake via `SEARCH_BACKEND=fake`. Use lite unless you're working on search or async jobs."),
     U("perfect, exactly that explanation should be in docs/onboarding.md, can you add a section")],
]
