"""documentation: docs, comments, READMEs, runbooks, ADRs, changelogs, commit messages, PR descriptions."""
from common import *  # noqa: F401,F403

C = "documentation"

# 1 implicit: tired of explaining on slack
ex(C, UB(REM(), OPEN("scripts/deploy.sh"),
         "i'm tired of explaining the deploy process on slack every week. people keep asking the same 5 questions. make it so I can just link something"))

# 2 stack trace in a docs request
ex(C, UB(REM('2026-11-26'), OPEN('README.md'), """add this to the troubleshooting section of the README, people hit it when their local redis is too old. fix is brew upgrade redis / use the compose file

redis.exceptions.ResponseError: unknown command 'XAUTOCLAIM', with args beginning with: 'jobs' 'workers' 'w-1' '60000' '0-0'
  File "/app/worker/claim.py", line 22, in reclaim_stale
    r.xautoclaim("jobs", "workers", name, min_idle_time=60_000)"""))

# 3 changelog from a diff
ex(C,
   U("is removing get_pool a breaking change if it's been deprecated since 2.1"),
   A('Yes. Deprecation warns people, but the function still exists and some code still calls it, so removing it breaks them. Under semver that belongs in a major release (3.0), unless your published policy says deprecated APIs can go after N minor versions.'),
   U("""changelog entry for this, keep-a-changelog style, users of the library are the audience

-def connect(url, timeout=10):
+def connect(url, timeout=10, *, retries=3, backoff=0.5, ssl_context=None):
     ...
-def query(sql, params=None):
+def query(sql, params=None, *, stream=False):
     ...
-def close():
-    _pool.close()
+def close(*, graceful=True):
+    _pool.close(wait=graceful)
-def get_pool():  # deprecated since 2.1
-    return _pool"""))

# 4 commit msg after tool loop
ex(C,
   UB(REM(), REM_TODO(), "bump the default page size to 50 and cap it at 200 in the list endpoints"),
   *step("I'll find where the page size is defined.",
         grep("PAGE_SIZE|page_size", "app/api/pagination.py:4:DEFAULT_PAGE_SIZE = 20\napp/api/pagination.py:5:MAX_PAGE_SIZE = 100\napp/api/pagination.py:18:    size = min(int(request.args.get(\"page_size\", DEFAULT_PAGE_SIZE)), MAX_PAGE_SIZE)", mode="content")),
   *step(None, edit("/home/fi/shop/app/api/pagination.py",
                    "DEFAULT_PAGE_SIZE = 20\nMAX_PAGE_SIZE = 100",
                    "DEFAULT_PAGE_SIZE = 50\nMAX_PAGE_SIZE = 200"),
         bash("pytest tests/api -q", "........................................\n40 passed in 3.88s", "Run API tests")),
   A("Default page size is now 50 and the cap is 200; all API tests pass."),
   UB("commit msg?"))

# 5 PR description for a diff
ex(C,
   U("keep the `page` param working on /v1/feed until march but log a deprecation warning when it's used"),
   A('```python\nif "page" in request.args:\n    log.warning("deprecated param \'page\' used", extra={"client": request.headers.get("User-Agent")})\n    cursor = legacy_page_to_cursor(int(request.args["page"]))\n```\nAlso added a `Deprecation` response header with the sunset date.'),
   U("""PR description for this pls, reviewers are the mobile team who only care about what changes for them

- GET /v1/feed returned items sorted by created_at
+ GET /v1/feed returns items sorted by rank (score desc, created_at desc)
+ new optional query param ?sort=recent to get the old behaviour
+ response items gain `rank_reason` (string, nullable)
- `page` param
+ `cursor` param (opaque); `page` still accepted until 2027-03-01 and logs a deprecation warning"""))

# 6 docstrings numpy style
ex(C, UB(REM('2026-11-22'), OPEN('tsutils/resample.py'), """numpy style docstrings for the public ones, skip the underscore helpers

def resample(df, freq, agg="mean", fill=None):
    ...

def rolling_zscore(series, window, min_periods=None):
    ...

def _align(a, b):
    ...

def detect_gaps(index, expected_freq, tolerance="1min"):
    ..."""))

# 7 after debugging session: README for the CLI (shift)
ex(C,
   UB(REM("2026-11-22"), OPEN("/Users/ben/tools/imgshrink/imgshrink/cli.py"), "imgshrink crashes on pngs with transparency"),
   *step("Let me reproduce it.",
         bash("python -m imgshrink fixtures/logo.png -q 80", "Traceback (most recent call last):\n  File \"/Users/ben/tools/imgshrink/imgshrink/cli.py\", line 48, in shrink\n    img.save(out, \"JPEG\", quality=q)\nOSError: cannot write mode RGBA as JPEG", "Reproduce crash", err=True)),
   *step("JPEG has no alpha channel. I'll convert RGBA images to RGB on a white background before saving as JPEG, or keep PNG/WebP output when `--keep-alpha` is set.", edit("/Users/ben/tools/imgshrink/imgshrink/cli.py",
                    "    img.save(out, \"JPEG\", quality=q)",
                    "    if img.mode in (\"RGBA\", \"LA\") and not keep_alpha:\n        bg = Image.new(\"RGB\", img.size, (255, 255, 255))\n        bg.paste(img, mask=img.getchannel(\"A\"))\n        img = bg\n    img.save(out, \"WEBP\" if keep_alpha else \"JPEG\", quality=q)"),
         bash("python -m imgshrink fixtures/logo.png -q 80 && python -m imgshrink fixtures/logo.png -q 80 --keep-alpha", "fixtures/logo.jpg  41.2 KB -> 9.8 KB\nfixtures/logo.webp 41.2 KB -> 7.1 KB", "Verify fix")),
   A("Both paths work now."),
   UB("perfect. the repo has no README at all and I'm about to share it with the team. write one: install, usage with the flags incl the new --keep-alpha, a couple of examples"))

# 8 ADR
ex(C,
   UB(REM('2026-11-26'), 'kafka or sqs for order events, quick answer: we need ordering per account and the analytics team wants replay'),
   A("Kafka. Per-account ordering maps to partitioning by account id, and replay is native (consumers can reset offsets within retention). SQS FIFO gives per-group ordering but no replay; you'd have to archive events elsewhere."),
   UB(OPEN('docs/adr/0000-template.md'), "we decided on kafka over sqs last week after a long thread (ordering per account, replay for the analytics team, we already run confluent for the data team). write it down properly so in 2 years people know why. our ADRs are madr format"))

# 9 runbook, implicit
ex(C, UB(REM('2026-11-26'), "oncall has no idea what to do when the email queue backs up. last time it was the SES sending quota, the time before a poison message. they need a page for this"))

# 10 migration guide
ex(C,
   U('how do people usually version a python sdk with breaking changes'),
   A("Semver: breaking changes only in a major bump (2.x → 3.0), with deprecation warnings in the last 2.x release so users see what's coming, plus a migration guide and a support window where 2.x still gets security fixes."),
   U("""breaking changes for v3 of our SDK below. need the migration guide for users coming from v2

- `Client(api_key)` -> `Client(api_key=..., region=...)`, region now required
- `client.items.list()` returns an iterator instead of a list
- `ItemNotFound` renamed to `NotFoundError`, now subclass of `ApiError`
- python 3.8 support dropped
- timeouts now in seconds (float) instead of ms (int)"""))

# 11 Spanish comments for junior
ex(C, U("""añade comentarios a este código, lo va a mantener alguien junior a partir de enero

def reconcile(ledger, bank):
    by_ref = {t.ref: t for t in bank}
    unmatched = []
    for e in ledger:
        t = by_ref.pop(e.ref, None)
        if t is None or abs(t.amount - e.amount) > Decimal("0.01"):
            unmatched.append(e)
    return unmatched, list(by_ref.values())"""))

# 12 German README for repo
ex(C, UB(REM_MD("/home/lena/tarif/CLAUDE.md", "## Projekt\n- Django 5 + Postgres über docker compose\n- Migrationen: `make migrate`\n- Code und Kommentare auf Englisch"), "Kannst du eine README für das Repo schreiben? Zielgruppe sind neue Kollegen, die das Ding lokal zum Laufen bringen müssen. Schau dir an was nötig ist (docker compose, .env, Migrationen)."))

# 13 Chinese JSDoc
ex(C, U("""帮我给这个函数写 JSDoc，参数和返回值都要写清楚

export function throttle(fn, wait, { leading = true, trailing = true } = {}) {
  let last = 0, timer = null, pending = null;
  return function (...args) {
    const now = Date.now();
    if (!last && !leading) last = now;
    const remaining = wait - (now - last);
    if (remaining <= 0) { last = now; fn.apply(this, args); }
    else if (trailing) { pending = args; timer ??= setTimeout(() => { last = leading ? Date.now() : 0; timer = null; fn.apply(this, pending); }, remaining); }
  };
}"""))

# 14 Japanese API reference
ex(C, UB(REM(), REM_TODO(), OPEN("src/routes/reservations.ts"),
         "このファイルのエンドポイントのAPIリファレンスをMarkdownでまとめてください。リクエスト例とレスポンス例もつけて"))

# 15 release notes from merged PRs
ex(C,
   U('git command to list merged PR titles since the v4.1 tag'),
   A('`git log v4.1..HEAD --merges --pretty=format:\'%s\'` lists merge commit subjects, or with the GitHub CLI: `gh pr list --state merged --base main --search "merged:>=2026-10-01" --json number,title`.'),
   U("""release notes for 4.2 from these, for customers not devs. group them, drop the internal stuff

#1882 fix: csv export ignores timezone setting
#1885 chore: bump eslint
#1887 feat: bulk archive projects
#1890 feat(api): webhooks for comment.created
#1891 refactor: move billing to new service
#1894 fix: dark mode contrast in sidebar
#1899 feat: SSO with Okta (beta)
#1901 test: flaky e2e retry"""))

# 16 the comment is a lie now
ex(C, UB(REM(), SEL("pkg/ratelimit/limiter.go", 18, 27,
                    "// Allow reports whether one event may happen now.\n// It uses a fixed window of one minute per key and\n// resets all counters at the top of every minute.\nfunc (l *Limiter) Allow(key string) bool {\n\tb := l.bucket(key)\n\treturn b.take(time.Now())\n}"),
         "this comment is a lie since we moved to token buckets, fix it"))

# 17 "explain" cue but writing docs
ex(C, UB(REM('2026-11-26'), OPEN('internal/config/config.go'), """the README doesn't explain any of the config options and people keep guessing. here's the struct, write that section

type Config struct {
	ListenAddr      string        `yaml:"listen_addr" default:":8080"`
	UpstreamURL     string        `yaml:"upstream_url"`
	MaxBodyBytes    int64         `yaml:"max_body_bytes" default:"10485760"`
	ReadTimeout     time.Duration `yaml:"read_timeout" default:"15s"`
	CacheTTL        time.Duration `yaml:"cache_ttl" default:"0"`       // 0 disables
	TrustedProxies  []string      `yaml:"trusted_proxies"`
	LogLevel        string        `yaml:"log_level" default:"info"`    // debug|info|warn|error
}"""))

# 18 openapi descriptions empty
ex(C, UB(REM(), OPEN("api/openapi.yaml"),
         "every description in the spec is empty and the generated docs site looks like a skeleton. fill them in for the /orders paths at least, based on what the handlers do"))

# 19 CONTRIBUTING
ex(C, UB(REM('2026-11-20'), "CONTRIBUTING.md pls. we use pnpm, conventional commits, changesets for versioning, PRs need one approval + green CI, and no force pushes to main"))

# 20 Korean module usage doc
ex(C, U("이 모듈 사용법 문서 좀 써줘. 팀원들이 retry 옵션이랑 timeout 옵션 차이를 자꾸 헷갈려해서 예제 위주로"))

# 21 Russian: PR description in English
ex(C, U("""напиши описание к этому PR на английском, коротко: что, зачем, как проверить

- перенёс отправку писем из запроса в фоновую задачу (celery)
- добавил ретраи с экспоненциальной задержкой
- в админке теперь видно статус отправки"""))

# 22 French changelog from commits
ex(C, U("""rédige le changelog pour la 2.4.0 à partir de ces commits

a1b2c3d feat: export PDF des factures
d4e5f6a fix: arrondi TVA sur les avoirs
0a9b8c7 feat: filtre par client dans la liste
77e1f20 chore: maj dépendances
c0ffee1 fix: crash quand le logo est absent"""))

# 23 Portuguese endpoint docs for mobile
ex(C, U("""documenta esse endpoint pro time de mobile, eles precisam saber os erros possíveis

@router.post("/v2/carts/{cart_id}/checkout")
async def checkout(cart_id: UUID, body: CheckoutIn, user=Depends(auth)):
    cart = await carts.get(cart_id, user.id)            # 404 CART_NOT_FOUND
    if cart.is_empty: raise ApiError(422, "CART_EMPTY")
    if not await stock.reserve(cart): raise ApiError(409, "OUT_OF_STOCK")
    pay = await payments.charge(user, cart.total, body.payment_method_id)  # 402 PAYMENT_DECLINED
    return CheckoutOut(order_id=pay.order_id, status="confirmed")"""))

# 24 Polish docstrings for class
ex(C, UB(REM(), REM_TODO(), OPEN("billing/invoice_builder.py"), "dopisz docstringi do tej klasy i wszystkich metod publicznych, po angielsku"))

# 25 Turkish usage guide for script
ex(C, U("bu script için kısa bir kullanım kılavuzu yazar mısın? backup.sh -d <db> -o <klasör> [-k gün] [--s3] parametrelerini alıyor, ekip wiki'sine koyacağım"))

# 26 Hinglish README with setup
ex(C, U("iska README bana do yaar, setup steps bhi daalna — python 3.11, poetry, .env me OPENAI_KEY aur DB_URL chahiye, `make run` se chalta hai"))

# 27 Italian comments
ex(C, U("""scrivi i commenti per questa funzione, non si capisce niente

def bucketize(ts, step):
    return ts - ts % step + (step if ts % step > step // 2 else 0)"""))

# 28 Dutch wiki on secrets
ex(C, U("schrijf een korte uitleg voor de wiki over hoe we secrets beheren: sops met age keys in de repo, CI decrypt met een key uit GitHub secrets, lokaal via `make secrets`. voor nieuwe devs"))

# 29 Vietnamese install guide
ex(C, U("viết giúp mình tài liệu hướng dẫn cài đặt cho dự án này bằng tiếng Việt: cần Node 20, pnpm, Postgres 16, chạy `pnpm db:migrate` rồi `pnpm dev`"))

# 30 wiki outdated, update with current code
ex(C, U("""the wiki page for the auth flow is from 2021 and says we use sessions. we don't anymore. update it based on this

1. SPA redirects to /oauth/authorize (PKCE)
2. callback exchanges code at /oauth/token -> access token (15 min) + refresh token (30 d, rotating)
3. access token in memory only, refresh token in httpOnly cookie scoped to /oauth/refresh
4. api gateway validates access token signature (JWKS cached 10 min)
5. logout revokes the refresh token family"""))

# 31 after debugging: write down the steps we did
ex(C,
   U("the staging db disk is full and the app is down"),
   A("Let's find what's taking the space. Run `SELECT pg_size_pretty(pg_database_size(current_database()));` and the top tables by size with `pg_total_relation_size`. Also check `pg_replication_slots`: an inactive slot retains WAL forever."),
   U("there's an inactive slot 'debezium_old' and pg_wal is 180GB"),
   A("That's it. The old Debezium connector's slot is pinning WAL. Drop it with `SELECT pg_drop_replication_slot('debezium_old');` (make sure nothing still uses it), then run a `CHECKPOINT` and WAL will be recycled."),
   U("dropped it, wal is down to 2GB and the app is back"),
   A("Good. To prevent a repeat, set `max_slot_wal_keep_size` (e.g. 20GB) so a stale slot gets invalidated instead of filling the disk, and add an alert on `pg_replication_slots` where `active = false`."),
   U("write down the steps we just did as a runbook so next time whoever is oncall doesn't have to figure it out again"))

# 32 rust doc comment with doctest
ex(C,
   U("parse '3-7' into a RangeInclusive<u32>, proper errors for missing dash and reversed ranges"),
   A("Here's a version with a small error enum; `?` converts `ParseIntError` via a `From` impl:\n```rust\npub fn parse_range(s: &str) -> Result<RangeInclusive<u32>, ParseRangeError> { ... }\n```"),
   U("""doc comment for this with an example that actually compiles as a doctest

pub fn parse_range(s: &str) -> Result<std::ops::RangeInclusive<u32>, ParseRangeError> {
    let (a, b) = s.split_once('-').ok_or(ParseRangeError::MissingDash)?;
    let (a, b) = (a.trim().parse()?, b.trim().parse()?);
    if a > b { return Err(ParseRangeError::Reversed); }
    Ok(a..=b)
}"""))

# 33 godoc for package
ex(C, UB(REM(), OPEN("internal/queue/queue.go"), "godoc for the package + the exported types, it's about to become a shared lib"))

# 34 tool loop: after Edit, update CHANGELOG
ex(C,
   UB(REM(), "rename the `--verbose` flag to `--log-level` and keep --verbose as a hidden alias"),
   *step("Updating the flag definition.",
         edit("/home/t/cli/cmd/root.go",
              "rootCmd.PersistentFlags().BoolVarP(&verbose, \"verbose\", \"v\", false, \"verbose output\")",
              "rootCmd.PersistentFlags().StringVar(&logLevel, \"log-level\", \"info\", \"log level: debug|info|warn|error\")\nrootCmd.PersistentFlags().BoolVarP(&verbose, \"verbose\", \"v\", false, \"\")\n_ = rootCmd.PersistentFlags().MarkHidden(\"verbose\")"),
         bash("go test ./... 2>&1 | tail -3", "ok  \tgithub.com/t/cli/cmd\t0.41s\nok  \tgithub.com/t/cli/internal/out\t0.12s", "Run tests")),
   A("`--log-level` is in place and `--verbose` still works (it maps to `debug`) but is hidden from help."),
   UB("now update CHANGELOG.md under Unreleased, mention the deprecation"))

# 35 squash commit message
ex(C, UB(REM('2026-11-26'), """squash msg for these, it's going into main as one commit

fix typo
wip
add retry to uploader
retry: respect Retry-After
oops
tests for retry
address review"""))

# 36 postmortem
ex(C,
   U('checkout error rate jumped to 12% right after v2.31 went out'),
   A('The only config change in v2.31 is the helm values for the DB pool: `pool.max: 5` where it used to be `50`. With 5 connections per pod, checkout requests queue and time out. Roll back to v2.30 now and fix the value.'),
   U("""write the postmortem for yesterday, blameless format

timeline (UTC):
14:02 deploy of api v2.31 (new connection pool settings)
14:09 error rate on checkout climbs to 12%
14:15 pager fires, oncall (Ines) acks
14:31 identified pool max=5 instead of 50 (typo in helm values)
14:38 rollback to v2.30
14:41 error rate back to baseline
impact: ~1,900 failed checkouts, est. 41k EUR delayed revenue, no data loss"""))

# 37 add a "why" comment
ex(C, UB(REM(), SEL("src/sync/mailchimp.ts", 40, 44,
                    "for (const batch of chunk(contacts, 500)) {\n  await client.lists.batchListMembers(listId, { members: batch, update_existing: true });\n  await sleep(200);\n}"),
         "add a comment explaining why the sleep is there (their api 429s us above ~10 req/s, we got banned for an hour once). nobody will understand it otherwise"))

# 38 jsdoc @param types
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('src/utils/format.js'), """jsdoc with @param/@returns types for all of these, we're not on TS yet but want editor hints

export const fmtMoney = (cents, currency = 'EUR', locale = navigator.language) => new Intl.NumberFormat(locale, { style: 'currency', currency }).format(cents / 100);
export const clamp = (n, min, max) => Math.min(Math.max(n, min), max);
export const pick = (obj, keys) => Object.fromEntries(keys.filter(k => k in obj).map(k => [k, obj[k]]));"""))

# 39 inline comments for a regex
ex(C,
   U('regex for US phone numbers, optional country code, optional extension like x123'),
   A('```python\nPHONE = re.compile(r"^(?:\\+?(\\d{1,3}))?[-. (]*(\\d{3})[-. )]*(\\d{3})[-. ]*(\\d{4})(?: *x(\\d+))?$")\n```'),
   U(r"""break this regex down with inline comments (python verbose mode) so the next person can edit it

PHONE = re.compile(r"^(?:\+?(\d{1,3}))?[-. (]*(\d{3})[-. )]*(\d{3})[-. ]*(\d{4})(?: *x(\d+))?$")"""))

# 40 README section on tests against local db
ex(C, UB(REM('2026-11-24'), OPEN('README.md'), "short section for the README: running the tests against a local postgres instead of the testcontainers one. env var is TEST_DATABASE_URL, db must be empty, tests drop everything at the end"))

# 41 slack thread -> FAQ entry
ex(C, U("""turn this slack thread into a FAQ entry for the internal docs

dana: why does my preview env say 'quota exceeded'?
raj: each team gets 5 preview envs, the oldest isn't deleted automatically
dana: how do I delete one
raj: `acme preview ls` then `acme preview rm <id>`, or close the PR
mike: also they auto-expire after 7 days without pushes
raj: yeah but the quota counts them until they expire"""))

# 42 helm values comments
ex(C, UB(REM('2026-11-26'), OPEN('charts/gateway/values.yaml'), """every key in values.yaml needs a comment, the chart is going public

replicaCount: 2
image:
  repository: ghcr.io/acme/gateway
  tag: ""
  pullPolicy: IfNotPresent
ingress:
  enabled: false
  className: nginx
  hosts: []
resources: {}
autoscaling:
  enabled: false
  targetCPU: 75
extraEnv: []
podDisruptionBudget:
  minAvailable: 1"""))

# 43 error codes reference
ex(C,
   U('IntoResponse for ApiError in axum, map each variant to its status code'),
   A('```rust\nimpl IntoResponse for ApiError {\n    fn into_response(self) -> Response {\n        let status = match self { ApiError::InvalidToken | ApiError::TokenExpired => StatusCode::UNAUTHORIZED, /* ... */ };\n        (status, Json(json!({ "error": self.code() }))).into_response()\n    }\n}\n```'),
   U("""we need an error reference page: every code, what it means, what the client should do. from this enum

pub enum ApiError {
    InvalidToken,          // 401
    TokenExpired,          // 401
    Forbidden,             // 403
    NotFound,              // 404
    RateLimited { retry_after: u32 },  // 429
    QuotaExceeded,         // 402
    Conflict { current_version: u64 }, // 409
    Upstream,              // 502
}"""))

# 44 docs for new option, same tone
ex(C,
   U('add a retry option to the http client config: attempts, backoff exponential|fixed, max_delay'),
   A('Added `RetryConfig { attempts: u32 = 3, backoff: Backoff = Exponential, max_delay: Duration = 30s }` under `retry` in the config, and the client now only retries idempotent methods plus 429/503 responses.'),
   U("""docs for the new `retry` option, same tone and format as the rest of the page:

### `timeout`

How long to wait for a response before giving up, in seconds. Defaults to `30`. Set to `0` to wait forever (not recommended).

```yaml
timeout: 10
```

the retry option: `retry: { attempts: 3, backoff: exponential|fixed, max_delay: 30 }`, only retries idempotent methods + 429/503"""))

# 45 annotate terraform
ex(C, UB(REM(), OPEN("infra/vpc/main.tf"),
         "annotate this so someone else can own it when I leave in january. why the 3 NAT gateways, why the weird CIDRs, etc"))

# 46 shift: architecture discussion -> write ADR
ex(C,
   U("postgres or dynamo for the new events store? ~2k writes/s, queries by account + time range, some ad hoc analytics"),
   A("I'd pick Postgres: your access pattern (account + time range) is a composite index or a partitioned table away, ad hoc analytics is where DynamoDB hurts most, and 2k writes/s is comfortable for a well-provisioned instance with time-based partitioning. DynamoDB would win if you expected 10x+ growth with no analytics needs."),
   U("what about retention? we keep 13 months"),
   A("Partition by month with `pg_partman` and drop the oldest partition each month. Dropping a partition is instant and avoids the bloat of big `DELETE`s."),
   U("ok going with postgres. write the ADR from this discussion, context/decision/consequences, and list dynamo as the rejected option"))

# 47 follow-up: and the docs for it?
ex(C,
   U("add a `--since` flag to `acme logs` that takes durations like 15m or 2h"),
   A("```go\ncmd.Flags().DurationVar(&since, \"since\", 0, \"only show logs newer than this (e.g. 15m, 2h)\")\n...\nif since > 0 {\n    q.From = time.Now().Add(-since)\n}\n```"),
   U("ok, and the docs for it?"))

# 48 stack trace + known issues section
ex(C,
   U('indexer gets OOM killed every night around 3am, rss grows slowly all day but tracemalloc shows nothing'),
   A("If Python-level allocations are flat but RSS grows, it's likely glibc malloc fragmentation across many per-thread arenas. Try `MALLOC_ARENA_MAX=2` in the service environment; it often flattens the curve for threaded Python workers."),
   U("""put this in the known issues section with the workaround (set MALLOC_ARENA_MAX=2 on glibc hosts), it's a memory growth thing not a crash

Nov 25 03:12:44 worker-3 kernel: Out of memory: Killed process 28113 (python3) total-vm:14800432kB, anon-rss:7821120kB
Nov 25 03:12:44 worker-3 systemd[1]: indexer.service: Main process exited, code=killed, status=9/KILL"""))

# 49 architecture overview doc with mermaid
ex(C, U("architecture overview doc for onboarding with a mermaid diagram: web (next.js) -> api gateway -> orders / catalog / users services, kafka between orders and notifications, each service has its own pg. keep it one page"))

# 50 SDK API reference from class
ex(C, UB(REM('2026-11-26'), OPEN('sdk/python/acme/uploader.py'), """API reference section for this class, markdown, for the public docs site

class Uploader:
    def __init__(self, bucket: str, *, part_size: int = 8 * 2**20, concurrency: int = 4, client=None): ...
    def upload(self, path: str | Path, key: str | None = None, *, metadata: dict | None = None) -> UploadResult: ...
    async def upload_async(self, path, key=None, *, metadata=None) -> UploadResult: ...
    def resume(self, upload_id: str) -> UploadResult: ...
    def abort(self, upload_id: str) -> None: ..."""))

# 51 k8s runbook for tls cert rotation
ex(C, U("need a runbook for rotating the wildcard tls cert on the cluster. we do it once a year and every year someone forgets how. it's a k8s secret used by the nginx ingress, cert comes from the sectigo portal"))

# 52 tidy up README
ex(C, UB(REM('2026-11-21'), REM_TODO(), OPEN('README.md'), """tidy up the README, it's a mess

# proj
run it with npm start. or yarn start? dont use yarn.
## env
DATABASE_URL needed. also REDIS_URL. also if you want emails SMTP_URL
node 18+ (20 better)
# tests
npm test, for e2e npm run e2e but you need the db running (docker compose up db)
## deploy
merges to main deploy automatically. don't merge on fridays
TODO write more"""))

# 53 docstring says list but returns generator
ex(C, UB(REM(), SEL("etl/readers.py", 30, 44,
                    "def read_rows(path: str) -> list[dict]:\n    \"\"\"Read the whole file and return a list of row dicts.\n\n    Loads everything into memory; fine for files < 100MB.\n    \"\"\"\n    with open(path, newline=\"\") as f:\n        for row in csv.DictReader(f):\n            yield normalize(row)"),
         "docstring is wrong since we made it lazy, update it (and the return annotation while you're at it)"))

# 54 SECURITY.md
ex(C, U("we need a SECURITY.md for the open source repo. reports go to security@, we support the last 2 minor versions, 90 day disclosure"))

# 55 PR description for a revert
ex(C,
   U('revert the merge commit of #2291 on main'),
   A("`git revert -m 1 <merge-sha>` keeps main's side as the parent and undoes the PR's changes in one new commit. Push it on a branch and open a PR rather than pushing straight to main."),
   U("write the PR description for reverting #2291 (the new image cdn). it broke cache headers for logged in users and we'll redo it behind a flag. keep it factual, people were annoyed"))

# 56 header comment for migrations
ex(C, UB(REM('2026-11-26'), OPEN('db/migrations/0041_add_orders_currency.sql'), """add a header comment to each of these migration files saying what they do and whether they're safe to run online

-- 0041_add_orders_currency.sql
ALTER TABLE orders ADD COLUMN currency char(3) NOT NULL DEFAULT 'EUR';

-- 0042_backfill_currency.sql
UPDATE orders SET currency = s.currency FROM stores s WHERE s.id = orders.store_id;

-- 0043_orders_currency_idx.sql
CREATE INDEX CONCURRENTLY idx_orders_currency ON orders(currency);"""))

# 57 upgrade note for users, config key renamed
ex(C,
   U('read cache.url but fall back to cache.redis_url with a deprecation warning'),
   A('```python\nurl = cfg.get("cache", {}).get("url")\nif url is None and "redis_url" in cfg.get("cache", {}):\n    warnings.warn("cache.redis_url is deprecated, use cache.url", DeprecationWarning)\n    url = cfg["cache"]["redis_url"]\n```'),
   U("upgrade note for users: config key `cache.redis_url` renamed to `cache.url` (it now takes memcached:// too). old key still read until 3.0 with a warning. two sentences + before/after yaml"))

# 58 onboarding doc missing step
ex(C, U("""the onboarding doc skips the VPN step and every new hire gets stuck on day one. add it between step 2 and 3

## 2. Clone the repos
...
## 3. Get database access
Request read access in #data-access, then connect to db.internal.acme.io:5432

(the vpn is wireguard, config comes from it@, needs to be on for anything *.internal)"""))

# 59 document env vars via tool loop
ex(C,
   UB(REM(), "document all the env vars the service reads, there's no list anywhere"),
   *step("Searching for environment variable reads.",
         grep("os\\.environ|os\\.getenv|env\\(", "app/config.py:8:DATABASE_URL = os.environ[\"DATABASE_URL\"]\napp/config.py:9:REDIS_URL = os.getenv(\"REDIS_URL\", \"redis://localhost:6379/0\")\napp/config.py:10:SENTRY_DSN = os.getenv(\"SENTRY_DSN\")\napp/config.py:11:WORKERS = int(os.getenv(\"WORKERS\", \"4\"))\napp/mail.py:5:SMTP_URL = os.getenv(\"SMTP_URL\")\napp/mail.py:6:MAIL_FROM = os.getenv(\"MAIL_FROM\", \"noreply@acme.test\")\napp/features.py:3:FLAGS = os.getenv(\"FEATURE_FLAGS\", \"\").split(\",\")", mode="content")),
   A("Found 7 variables across config.py, mail.py and features.py. `DATABASE_URL` is the only required one (it uses `os.environ[...]`, so it crashes at import if missing)."),
   UB("put them in docs/configuration.md as a table: name, required, default, what it does"))

# 60 shift: understanding -> write "how it works" section
ex(C,
   U("how does our caching layer work? cache.py + the decorators"),
   A("Reads go through `@cached(ttl=...)`, which builds a key from the function name and arguments and checks Redis first. On a miss it takes a short Redis lock to stop stampedes, computes, stores with TTL, and releases. Writes call `invalidate(tag)`, and every cached key is registered under its tags in a Redis set, so invalidating a tag deletes all keys in that set."),
   U("and if redis is down?"),
   A("`cached` catches connection errors and calls the function directly, so the app degrades to uncached instead of failing. Invalidations during the outage are lost, which is why TTLs are capped at 10 minutes."),
   U("great, that's exactly what's missing from docs/. write a 'how caching works' page from what you just told me"))

# 61 man page
ex(C, UB(REM('2026-11-26'), "man page for `tidyfs` (roff), options: -n dry run, -r recursive, --older-than DAYS, --exclude GLOB (repeatable), -v. exit codes 0 ok 1 error 2 partial"))

# 62 annotate GH workflow
ex(C, UB(REM('2026-11-18'), REM_TODO(), OPEN('.github/workflows/main.yml'), """annotate this workflow, nobody knows why there are 3 jobs and the weird needs chain

jobs:
  changes:
    runs-on: ubuntu-latest
    outputs: { api: ${{ steps.f.outputs.api }}, web: ${{ steps.f.outputs.web }} }
    steps: [{ uses: actions/checkout@v4 }, { id: f, uses: dorny/paths-filter@v3, with: { filters: .github/filters.yml } }]
  api:
    needs: changes
    if: needs.changes.outputs.api == 'true'
    uses: ./.github/workflows/api.yml
  web:
    needs: [changes, api]
    if: always() && needs.changes.outputs.web == 'true' && needs.api.result != 'failure'
    uses: ./.github/workflows/web.yml"""))

# 63 Swift doc comments
ex(C, UB(REM("2026-11-26"), SEL("Sources/Networking/APIClient.swift", 3, 14,
                                "public protocol APIClient {\n    func send<R: Request>(_ request: R) async throws -> R.Response\n    func upload(_ data: Data, to url: URL, progress: ((Double) -> Void)?) async throws\n    var baseURL: URL { get }\n    var interceptors: [Interceptor] { get set }\n}"),
         "swift doc comments for this protocol, incl what errors send can throw (APIError.http, .decoding, .cancelled)"))

# 64 GraphQL schema field docs
ex(C,
   U('what\'s the difference between # comments and """ descriptions in graphql sdl'),
   A('`#` comments are discarded by the parser. String descriptions (`"..."` or `"""..."""`) before a type or field become part of the schema, so they show up in introspection, GraphiQL and generated docs.'),
   U("""descriptions for every type and field in this schema, they show up in graphiql and right now it's empty

type Subscription { id: ID! plan: Plan! status: SubscriptionStatus! currentPeriodEnd: DateTime! cancelAtPeriodEnd: Boolean! seats: Int! }
enum SubscriptionStatus { TRIALING ACTIVE PAST_DUE CANCELED }
type Plan { id: ID! name: String! monthlyPriceCents: Int! seatLimit: Int }"""))

# 65 make the commit message less embarrassing
ex(C,
   U('how do I change the message of my last commit'),
   A('`git commit --amend -m "new message"` (or without `-m` to edit it in your editor). If you already pushed it, you\'ll need `git push --force-with-lease` afterwards.'),
   U("make this commit message less embarrassing, it's going in the public repo: `fix stuff lol (the thing where dates broke for leap years, also removed console.logs)`"))

# 66 long debug session ends with: add the error to troubleshooting (tool loop)
ex(C,
   UB(REM(), "docker compose up fails on the new M-series macs for two people on the team"),
   *step("Let me check the error.",
         bash("docker compose up db 2>&1 | tail -5", "db-1  | exec /usr/local/bin/docker-entrypoint.sh: exec format error\ndb-1 exited with code 1", "Start db service", err=True),
         read("/Users/nia/app/docker-compose.yml", "services:\n  db:\n    image: acme/postgres-postgis:14\n    platform: linux/amd64\n    ports: [\"5432:5432\"]")),
   A("The custom `acme/postgres-postgis:14` image is only built for amd64, and `exec format error` means Docker isn't emulating it. Enabling Rosetta emulation in Docker Desktop (Settings → General → \"Use Rosetta for x86/amd64 emulation\") fixes it, or switch to `postgis/postgis:14-3.4`, which has arm64 builds."),
   UB("switched to postgis/postgis, works. add this to docs/troubleshooting.md so the next mac person finds it, with the exec format error line so it's searchable"))

# 67 tl;dr at the top of a design doc
ex(C, U("""this design doc is 9 pages and nobody reads past page 1. write a tl;dr block for the top, 5 bullets max, decisions first

[... summary of sections: problem: notifications are sent synchronously from 14 places; proposal: a notifications service consuming domain events from kafka; templates move to the service; user preferences move to the service; rollout: shadow mode 2 weeks, then per-event cutover; open question: digest emails; risks: ordering of events, duplicate sends mitigated with idempotency keys ...]"""))

# 68 comments in k8s manifest
ex(C, UB(REM('2026-11-26'), OPEN('k8s/prod/netpol-api.yaml'), """comment this networkpolicy so the security team can review it without asking me

apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: { name: api-ingress, namespace: prod }
spec:
  podSelector: { matchLabels: { app: api } }
  policyTypes: [Ingress, Egress]
  ingress:
    - from: [{ namespaceSelector: { matchLabels: { name: ingress-nginx } } }]
      ports: [{ port: 8080 }]
  egress:
    - to: [{ podSelector: { matchLabels: { app: postgres } } }]
      ports: [{ port: 5432 }]
    - to: [{ namespaceSelector: {}, podSelector: { matchLabels: { k8s-app: kube-dns } } }]
      ports: [{ port: 53, protocol: UDP }]"""))

# 69 terse: comments pls (selection)
ex(C, UB(REM(), SEL("lib/geo.ex", 12, 24,
                    "def haversine({lat1, lon1}, {lat2, lon2}) do\n  dlat = deg2rad(lat2 - lat1)\n  dlon = deg2rad(lon2 - lon1)\n  a = :math.pow(:math.sin(dlat / 2), 2) +\n      :math.cos(deg2rad(lat1)) * :math.cos(deg2rad(lat2)) * :math.pow(:math.sin(dlon / 2), 2)\n  2 * @earth_radius_km * :math.asin(:math.sqrt(a))\nend"),
         "@doc + typespec pls"))

# 70 end of code session: PR description
ex(C,
   U("add soft delete to projects: deleted_at column, default scope hides them, restore endpoint"),
   A("Here's the plan: a migration adding `deleted_at`, a `kept` scope used by default in the controller, `destroy` sets the timestamp instead of deleting, and `POST /projects/:id/restore` clears it. I've written all four pieces below."),
   U("tests pass. now I need the PR description, we have a template: Summary / Changes / How to test / Risks"))
