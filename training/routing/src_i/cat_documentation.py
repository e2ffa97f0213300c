from common import R, U, A, CC, t, opened, sel, tu, tr

C = "documentation"

EXAMPLES = [
R(C, CC(opened("src/auth/index.ts"), "new hires keep asking how auth works in this repo. can you write it up so I can stop explaining it on slack")),

R(C, U("""release notes for this pls, customer facing, no internal jargon

```diff
- const MAX_UPLOAD_MB = 25;
+ const MAX_UPLOAD_MB = 100;
@@ export.ts
+ export async function exportToXlsx(rows: Row[]) { ... }
@@ dashboard.tsx
- <DateRangePicker maxRangeDays={31} />
+ <DateRangePicker maxRangeDays={366} />
@@ auth.ts
- if (attempts > 10) lockAccount(user)
+ if (attempts > 5) lockAccount(user)
```""")),

R(C, U("""This is the stack trace we kept hitting in prod last week. The fix is merged. Can you turn this into a short incident writeup for the wiki — what happened, impact, root cause, fix, follow-ups?

redis.exceptions.ConnectionError: Error 110 connecting to cache.internal:6379. Connection timed out.
  File "app/cache.py", line 22, in get
  File "app/views/catalog.py", line 88, in product_page

Root cause was the connection pool max_connections=10 with 64 gunicorn threads; we raised it to 100 and added a circuit breaker. Impact: product pages 5xx for ~35 min on Nov 18, 14:05–14:40 UTC.""")),

R(C, CC(sel("src/pricing/tiers.py", 10, 24, """def tier_price(units: int, tiers: list[tuple[int, Decimal]]) -> Decimal:
    total = Decimal(0)
    prev = 0
    for cap, price in tiers:
        if units <= prev:
            break
        n = min(units, cap) - prev
        total += n * price
        prev = cap
    return total"""), "docstring for this, google style, with an example in it")),

R(C, U("the csv export drops the last row when the file has no trailing newline"), A("Found it: `read_rows` used `lines[:-1]` to skip a trailing empty line, which drops a real row when there's no newline. Switched to `splitlines()` and added a test for both cases. Tests pass."), CC("write the commit message for what we just did")),

R(C,
  U("add a --dry-run flag to the cleanup command"),
  A("""Added `--dry-run` to `acme cleanup`: when set, it lists the snapshots and orphaned volumes that would be deleted along with their sizes, and exits 0 without deleting anything. Also added a test for the dry-run path."""),
  U("nice, now write the PR description"),
),

R(C, CC(opened("cmd/acme-dns/main.go"), """README for this little CLI. it's internal, people need install, auth setup (needs ACME_TOKEN), and the 4 commands

$ acme-dns --help
Usage: acme-dns [OPTIONS] COMMAND
Commands:
  list     List records for a zone
  add      Add a record
  rm       Remove a record
  sync     Sync records from a YAML file""")),

R(C, U("""Schreib bitte einen Runbook-Eintrag für den Fall, dass die Replikation zwischen Primary und Replica hinterherhinkt. Wir nutzen Postgres 16 auf RDS, Alarm kommt über PagerDuty bei Lag > 60s. Zielgruppe: On-Call, die das System nicht gut kennen""")),

R(C, U("postgres or dynamo for the audit log? 5k writes/s, range reads by tenant+time"), A("Postgres with monthly range partitioning handles 5k writes/s fine and gives you SQL for range queries; Dynamo wins only if you expect 10x growth with no ops capacity. I'd go Postgres."), CC("ADR for choosing postgres over dynamo for the audit log. we decided last week, reasons were: team knows it, range queries by tenant+time, partitioning by month handles volume, cost similar")),

R(C, CC(opened("src/net/frame.c"), "comment this so the next person doesn't hate me\n\nint p = (n + 7) & ~7;\nmemcpy(buf + hdr, src, n);\nmemset(buf + hdr + n, 0, p - n);\n*(uint32_t*)(buf) = htonl(p | (flags << 28));")),

R(C, CC(opened("CHANGELOG.md"), "add the 3.4.0 entry from the commits since v3.3.2, keep-a-changelog format like the rest of the file")),

R(C, U("""turn this slack thread into a how-to page for the team wiki:

alice: how do I get a prod db shell
bob: you need the `db-readers` group in okta first, ask in #it
bob: then `tsh login --proxy=teleport.acme.io` and `tsh db connect prod-main --db-user=readonly`
carol: note it's read only, for writes you need a break-glass ticket
bob: and sessions are recorded, don't paste customer PII into slack""")),

R(C, CC(opened("app/routers/tokens.py"), """API reference for these endpoints in markdown. include request/response examples and error codes

@router.post("/v1/tokens", status_code=201)
def create_token(body: TokenIn, user=Depends(auth)) -> TokenOut: ...
@router.get("/v1/tokens")
def list_tokens(user=Depends(auth), limit: int = 50, cursor: str | None = None) -> Page[TokenOut]: ...
@router.delete("/v1/tokens/{token_id}", status_code=204)
def revoke(token_id: str, user=Depends(auth)): ...

errors: 401 unauthenticated, 403 scope_missing, 404 token_not_found, 422 validation""")),

R(C,
  CC("what does the retry middleware do"),
  A(t("Reading it."), tu("01Dm1", "Read", {"file_path": "pkg/httpx/retry.go"})),
  U(tr("01Dm1", "// RoundTripper that retries idempotent requests.\ntype Retry struct{ Next http.RoundTripper; Max int; Base time.Duration }\nfunc (r Retry) RoundTrip(req *http.Request) (*http.Response, error) {\n\tfor i := 0; ; i++ {\n\t\tresp, err := r.Next.RoundTrip(req)\n\t\tif !shouldRetry(req, resp, err) || i == r.Max { return resp, err }\n\t\ttime.Sleep(r.Base << i + jitter())\n\t}\n}\n")),
  A("It wraps another `http.RoundTripper` and retries requests that `shouldRetry` deems retryable (idempotent methods, network errors or 5xx), up to `Max` times, with exponential backoff `Base << i` plus jitter."),
  U("perfect, put that as a proper doc comment on the type and on RoundTrip, godoc style"),
),

R(C, U("can you write the migration guide for v2 -> v3 of our sdk? breaking: `Client(api_key)` is now `Client(credentials=...)`, `list_*` return iterators instead of lists, `timeout` is in seconds not ms, python 3.8 dropped")),

R(C, CC(opened("src/analytics/track.ts"), """the reviewer said 'this needs a comment explaining why', he's right, can you write it? it's intentional that we don't await here

export function track(evt: Event) {
  void sendBeacon(evt);  // fire and forget
  return;
}""")),

R(C, U("""Escribe la documentación para el equipo de soporte sobre cómo funciona el reembolso parcial. Aquí está el código, pero la doc es para gente no técnica

def refund(order, amount):
    if amount > order.captured - order.refunded: raise TooMuch
    psp.refund(order.charge_id, amount)
    order.refunded += amount
    if order.refunded == order.captured: order.status = 'refunded'
    else: order.status = 'partially_refunded'""")),

R(C, U("what's a good commit convention for an OSS lib"), A("Conventional Commits (`feat:`, `fix:`, `docs:`, `chore:`, with `!` for breaking) work well because tools like release-please can derive versions and changelogs from them."), CC("CONTRIBUTING.md for our open source lib: dev setup with uv, running tests, commit convention (conventional commits), how releases happen (tag + GH action), code of conduct link")),

R(C, U("""Here's the diff. I need the changelog bullet only, one line, user facing.

-    if len(password) < 8:
+    if len(password) < 12 or password.lower() in COMMON_PASSWORDS:
         raise WeakPassword()""")),

R(C,
  U("why does the import job fail on files with BOM"),
  A("`csv.DictReader` is reading the BOM as part of the first header, so the column is `\\ufeffid` instead of `id`. Open the file with `encoding='utf-8-sig'`."),
  U("fixed, thx. can you write a short note for our 'known gotchas' doc about this, so support knows what to tell customers who upload excel-exported csvs"),
),

R(C, CC(opened("utils/format.ts"), "jsdoc for every exported function in utils/format.ts — I'll paste it\n\nexport const bytes = (n: number, dp = 1) => { ... }\nexport const relTime = (d: Date, now = new Date()) => { ... }\nexport function currency(amount: number, cur: string, locale?: string) { ... }\nexport function pluralize(n: number, one: string, many = one + 's') { ... }")),

R(C, U("i need a design doc skeleton for the multi-region project, sections only + a sentence on what goes in each, we'll fill it in together")),

R(C, CC("<ide_opened_file>The user opened the file docs/architecture.md in the IDE. This may or may not be related to the current task.</ide_opened_file>",
        "this doc is from 2023 and we've since moved from celery to temporal and dropped the graphql gateway. update it. the rest of the system is the same")),

R(C, U("""기존 코드 주석이 전부 영어라서 팀원들이 잘 못 읽어요. 아래 함수에 한국어 주석을 달아주세요 (코드는 바꾸지 말고)

func (s *Scheduler) Next(now time.Time) time.Time {
	t := now.Truncate(s.step).Add(s.step)
	for s.blackout(t) {
		t = t.Add(s.step)
	}
	return t
}""")),

R(C, CC(opened("config.example.yaml"), """Document the config file. every key, type, default, and what it does. Users keep opening issues asking about these

server:
  port: 8080
  read_timeout: 15s
  trusted_proxies: []
storage:
  driver: s3
  bucket: ""
  prefix: "uploads/"
limits:
  max_upload_mb: 100
  rate_per_minute: 600""")),

R(C, U("how does SAML JIT provisioning work"), A("On first SSO login the IdP assertion carries user attributes; the SP creates the account on the fly from them instead of requiring pre-provisioning. Later logins update attributes."), CC("squash commit message for the whole branch pls — it added SSO via SAML, a settings page for admins to upload IdP metadata, and JIT user provisioning")),

R(C,
  CC("run the linter"),
  A(t("Running it."), tu("01Ln1", "Bash", {"command": "npm run lint"})),
  U(tr("01Ln1", "src/lib/queue.ts\n  12:1  warning  Missing JSDoc comment  jsdoc/require-jsdoc\n  31:1  warning  Missing JSDoc comment  jsdoc/require-jsdoc\n  58:1  warning  Missing JSDoc comment  jsdoc/require-jsdoc\n\n✖ 3 problems (0 errors, 3 warnings)"),
    t("fill those in")),
),

R(C, U("we're open sourcing our feature flag lib next week. README needs: what it is, why not launchdarkly, quickstart in 10 lines, evaluation rules explained, FAQ. go for it")),

R(C, U("""Rédige la description de la PR. Contexte : on passe les webhooks sortants en file d'attente (avant : envoi synchrone dans la requête). Ajout d'une table webhook_deliveries, worker avec retry exponentiel, page admin pour rejouer. Breaking : le header X-Acme-Signature devient X-Acme-Signature-256.""")),

R(C, U("can you write an onboarding doc for the mobile repo: how to get it running on iOS sim and android emulator, env files, how to point it at staging, common build errors (pod install, gradle JDK version)")),

R(C, CC(opened("notify/email/__init__.py"), """the module docstring at the top of this file is a lie now. rewrite it to match what the module actually does

\"\"\"Sends emails via SMTP.\"\"\"
from .providers import ses, sendgrid, postmark
def send(msg, provider=None): ...
def render(template, **ctx): ...
def enqueue(msg, at=None): ...""")),

R(C, CC(opened("docker-compose.yml"), "write the 'Troubleshooting' section for our docker-compose based local setup. the top 5 things that go wrong are: port 5432 in use, m1 images, stale volumes after schema change, .env missing, and hot reload not working on windows")),

R(C, U("""Hi! Need a postmortem doc. Timeline (UTC):
09:12 deploy 4.18.0
09:20 error rate on /login climbs to 30%
09:31 rollback started
09:38 recovered
Cause: new session cookie had SameSite=Strict, broke SSO redirect from IdP.
Action items we discussed: e2e test for SSO login, canary deploys for auth service.""")),

R(C,
  U("how should we version our events schema"),
  A("Use a schema registry with backward-compatible evolution (add optional fields only), include `schema_version` in each event, and introduce a new event type rather than breaking an existing one."),
  U("ok we agreed on that in the meeting. write it down as a one-page 'event schema guidelines' doc for the other teams, with do/don't examples"),
),

R(C, CC(opened("analytics/sessions.sql"), """inline comments for this SQL, it's a monster and I'm the only one who understands it

WITH s AS (
  SELECT user_id, ts, lag(ts) OVER (PARTITION BY user_id ORDER BY ts) AS prev
  FROM events
), b AS (
  SELECT user_id, ts, CASE WHEN prev IS NULL OR ts - prev > interval '30 min' THEN 1 ELSE 0 END AS new_s
  FROM s
), g AS (
  SELECT user_id, ts, sum(new_s) OVER (PARTITION BY user_id ORDER BY ts) AS sid FROM b
)
SELECT user_id, sid, min(ts), max(ts), count(*) FROM g GROUP BY 1, 2;""")),

R(C, CC(opened("src/backoff.rs"), "rustdoc for this trait, including a doc-test example that compiles\n\npub trait Backoff {\n    fn next_delay(&mut self, attempt: u32) -> Option<Duration>;\n    fn reset(&mut self);\n}")),

R(C, CC("update the readme's 'Configuration' section — we added `LOG_FORMAT` (json|text, default text) and `OTEL_EXPORTER_OTLP_ENDPOINT`, and removed `STATSD_HOST`")),

R(C, U("docs page explaining our rate limits to API customers: 600 req/min per key, burst 100, 429 with Retry-After, per-endpoint lower limits on /search (60/min), and how to request increases")),

R(C, U("""Pode escrever um guia rápido de como rodar as migrações em produção? Usamos Flyway, o pipeline roda `flyway migrate` antes do deploy, mas às vezes alguém precisa rodar manual. Quero regras de segurança incluídas (backup, janela, rollback)""")),

R(C, U("summarize what changed in this PR as a description, reviewers are in a different timezone and need context\n\nfiles: src/billing/invoice.ts (+120 -40), src/billing/tax.ts (new, +210), src/billing/__tests__/tax.test.ts (new, +180), migrations/2026_11_add_tax_rates.sql (+25)\n\ncommits:\n- extract tax calc from invoice\n- support reverse charge for EU B2B\n- add tax_rates table\n- tests for DE, FR, reverse charge, non-EU")),

R(C,
  CC("explain the folder structure of this repo"),
  A(t("Listing the tree."), tu("01Fd1", "Bash", {"command": "tree -L 2 -d"})),
  U(tr("01Fd1", ".\n├── apps\n│   ├── admin\n│   └── web\n├── packages\n│   ├── ui\n│   ├── api-client\n│   └── config\n├── services\n│   ├── billing\n│   └── search\n└── infra\n    ├── terraform\n    └── k8s")),
  A("It's a monorepo: `apps/` holds the two frontends (admin, web), `packages/` shared libraries (UI kit, generated API client, shared config), `services/` backend services (billing, search), and `infra/` Terraform and Kubernetes manifests."),
  U("great, put exactly that into a 'Repository layout' section at the top of the README, with one line per folder"),
),

R(C, CC(opened("kalman/filter.py"), "docstrings for all the public methods in this class, numpy style, it's a scientific lib so be precise about shapes\n\nclass KalmanFilter:\n    def __init__(self, F, H, Q, R, x0, P0): ...\n    def predict(self, u=None): ...\n    def update(self, z): ...\n    def smooth(self, zs): ...")),

R(C, U("""Can you write the user-facing docs for this CLI flag? Here's the error users see when they misuse it, include it in a 'common errors' bit:

Error: --since and --until must be RFC3339 timestamps or relative durations (e.g. 2h, 3d). Got: "yesterday"
  at parseRange (cli/range.ts:41:11)
  at Command.logs (cli/commands/logs.ts:18:20)""")),

R(C, U("मुझे इस Python क्लास के लिए README का 'Usage' सेक्शन चाहिए, हिंदी और अंग्रेज़ी दोनों में, क्योंकि हमारे कुछ यूज़र्स हिंदी पसंद करते हैं\n\nclass SmsClient:\n    def __init__(self, api_key, sender_id): ...\n    def send(self, to, text, unicode=False): ...\n    def status(self, message_id): ...")),

R(C, CC(opened("bank/transfer.go"), """Add a comment block above this explaining the locking order so nobody introduces a deadlock later

func (b *Bank) Transfer(from, to *Account, amt int64) error {
	first, second := from, to
	if from.ID > to.ID {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	second.mu.Lock()
	defer second.mu.Unlock()
	...
}""")),

R(C,
  U("is this migration safe to run on a 50M row table\n\nALTER TABLE orders ADD COLUMN source text NOT NULL DEFAULT 'web';"),
  A("On Postgres 11+, yes: adding a column with a constant default is a metadata-only change, no table rewrite. It still takes a brief ACCESS EXCLUSIVE lock, so set a `lock_timeout` to avoid queueing behind long transactions."),
  U("good. please write that reasoning as a comment at the top of the migration file so reviewers don't ask again"),
),

R(C, U("user guide page for the 'Scheduled reports' feature: how to create one, pick recipients, timezone behaviour, what happens if the report is empty, how to pause. audience is non-technical admins")),

R(C, CC(opened("action.yml"), """docs for our GitHub Action so people know how to use it. action.yml:

name: acme-preview-deploy
inputs:
  app: { required: true }
  token: { required: true }
  ttl-hours: { default: "48" }
outputs:
  url: { description: preview url }
runs: { using: node20, main: dist/index.js }""")),

R(C, U("Write release notes from these conventional commits, grouped, drop chores:\n\nfeat(search): typo tolerance\nfix(auth): refresh token rotation race\nchore(deps): bump axios\nfeat(export): xlsx export\nfix(ui): dark mode contrast on buttons\nperf(api): cache org settings\nchore: lint")),

R(C, CC(opened("src/hooks/usePermissions.ts"), "tsdoc for the hook and its return type. mention that it suspends while loading")),

R(C, U("""Zrób z tego sensowny opis commita, bo „fix stuff" raczej nie przejdzie

- poprawiono liczenie VAT przy rabatach
- dodano test
- usunięto stary helper round2""")),

R(C, CC(opened("k8s/api/deployment.yaml"), "our k8s manifests have zero comments. annotate this one so ops knows why each setting is there\n\nresources:\n  requests: { cpu: 250m, memory: 512Mi }\n  limits: { memory: 512Mi }\nreadinessProbe:\n  httpGet: { path: /ready, port: 8080 }\n  periodSeconds: 5\n  failureThreshold: 2\nterminationGracePeriodSeconds: 40")),

R(C,
  U("walk me through how the sync engine resolves conflicts"),
  A("Each record carries a vector clock. On sync, the server compares clocks: if one dominates, it wins; if they're concurrent, field-level merge applies, with last-writer-wins by wall clock only for fields marked `lww` in the schema, and a conflict copy for `text` fields."),
  U("this is the clearest explanation I've had. turn it into docs/sync.md with a diagram (mermaid is fine) and a worked example with two devices"),
),

R(C, U("write a docs page on how we do database migrations: naming, expand/contract pattern, never drop in same release, backfills as jobs, review checklist")),

R(C, U("Die Fehlermeldungen in unserer API sind undokumentiert. Hier ist das Enum, mach bitte eine Tabelle fürs Developer-Portal: Code, HTTP-Status, Bedeutung, was der Client tun soll\n\nenum ErrorCode { INVALID_INPUT, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, RATE_LIMITED, PAYMENT_REQUIRED, INTERNAL }")),

R(C, U("add jitter to the retry backoff and cap it at 30s"), A("Done: `delay = min(30, base * 2**attempt) * random.uniform(0.5, 1.0)`, and updated the two tests that asserted exact delays to check ranges instead."), CC("just the one-line summary for `git commit`, <=72 chars: I changed the retry logic to use exponential backoff with jitter and capped it at 30s")),

R(C, U("""We deprecated `GET /v1/orders?status=` in favour of `/v2/orders?filter[status]=`. Write the deprecation notice for the changelog + the email blurb for integrators, sunset date 2027-03-31""")),

R(C, CC(sel("lib/geo.rb", 1, 8, """def haversine(lat1, lon1, lat2, lon2)
  r = 6371.0
  dlat = (lat2 - lat1) * Math::PI / 180
  dlon = (lon2 - lon1) * Math::PI / 180
  a = Math.sin(dlat/2)**2 + Math.cos(lat1 * Math::PI/180) * Math.cos(lat2 * Math::PI/180) * Math.sin(dlon/2)**2
  2 * r * Math.asin(Math.sqrt(a))
end"""), "yard docs on this pls, units matter")),

R(C, U("i wrote this runbook, it's messy. restructure it into clear steps with a 'verify' after each, don't change the actual commands\n\nso if the queue is stuck first check kubectl get pods -n jobs and if workers are crashlooping look at logs, usually it's the redis password rotated, then you kubectl rollout restart deploy/worker -n jobs, also sometimes need to flush the dead letter with ./scripts/dlq.sh replay, check grafana after")),

R(C, U("is our python sdk thread safe?"), A("The `Client` is safe to share across threads: the underlying `httpx.Client` pool is thread-safe and the client holds no per-request state. Don't share a single `Paginator` between threads though."), U("FAQ section for our SDK docs based on these 6 support tickets: 'how to set timeout', 'proxy support', 'retries on 429?', 'async client?', 'logging requests', 'is it thread safe'")),

R(C, CC(opened("leaderboard/service.py"), "the comments in this file are out of date after my refactor. fix them, nothing else\n\n# returns list of (user, score) sorted desc\ndef top_users(n):\n    # uses the leaderboard table\n    return redis.zrevrange('lb', 0, n - 1, withscores=True)")),

R(C, U("""Puoi scrivere la sezione del README su come si fa il deploy? Passi: merge su main -> GH Action builda l'immagine -> ArgoCD fa sync su staging automaticamente -> per prod si crea un tag vX.Y.Z e si approva nel job 'promote'. Rollback: revert del tag in argo""")),
R(C,
  CC("the date picker crashes when the locale is ar-EG"),
  A(t("Let me reproduce it."), tu("01Dp1", "Bash", {"command": "npx vitest run src/components/DatePicker --reporter=dot 2>&1 | tail -8"})),
  U(tr("01Dp1", "FAIL src/components/DatePicker/DatePicker.test.tsx > renders arabic digits\nRangeError: Incorrect locale information provided\n  at new DateTimeFormat\n  at formatMonth (src/components/DatePicker/format.ts:9:10)", err=True)),
  A(t("`formatMonth` passes `ar-EG-u-nu-arab` with a malformed extension. Fixing the locale construction."), tu("01Dp2", "Edit", {"file_path": "src/components/DatePicker/format.ts", "old_string": "`${locale}-u-nu-${numbering}`", "new_string": "new Intl.Locale(locale, { numberingSystem: numbering }).toString()"})),
  U(tr("01Dp2", "The file src/components/DatePicker/format.ts has been updated.")),
  A(t("Re-running the tests."), tu("01Dp3", "Bash", {"command": "npx vitest run src/components/DatePicker --reporter=dot 2>&1 | tail -3"})),
  U(tr("01Dp3", " Test Files  1 passed (1)\n      Tests  14 passed (14)"),
    t("sweet. write the commit message for this")),
),

R(C, U("""Changelog entry from this stack trace + fix, for the 1.9.3 patch release:

panic: runtime error: index out of range [3] with length 3
goroutine 1 [running]:
github.com/acme/tsv.(*Reader).Field(...)
    reader.go:88

fix: Field() now returns ErrNoField instead of panicking when the row has fewer columns than the header""")),

R(C, U("can u write a mermaid sequence diagram for the password reset flow for our docs: user -> web -> api -> email service, token in link, token expiry 30 min, single use")),

R(C, U("""这个函数我写完了，但是没有注释。帮我加上 docstring（中文），说明参数、返回值和可能抛出的异常

def load_config(path: str, env: str = "prod") -> dict:
    with open(path) as f:
        data = yaml.safe_load(f)
    if env not in data:
        raise KeyError(f"no section {env}")
    return {**data.get("default", {}), **data[env]}""")),
R(C, CC("""we're cutting 5.0 tomorrow. here's `git log v4.9.0..HEAD --oneline` — write the release notes for the GitHub release page. group into Breaking / Features / Fixes / Performance, skip chores and CI, and add a short "Upgrading" paragraph at the top since there are breaking changes

e1a90c2 feat!: drop support for Node 18
7b3f114 chore(ci): cache turbo artifacts
c02de8a feat(cli): add `acme env diff` to compare two environments
9f51b77 fix(auth): refresh token was not rotated when using device flow
a7c3309 perf(api): batch permission lookups, 3x faster project list
44e01f2 feat!: config file renamed from acme.json to acme.config.json
0b8c1d1 chore(deps): bump undici to 6.21
d6e2a4a fix(cli): `acme logs --follow` exited after 60s of silence
5f9aa10 feat(sdk): retries with exponential backoff are now on by default
3aa12fe docs: fix typo in quickstart
81cc0d3 fix(sdk): timeouts were applied per attempt instead of per request
2e7b7a9 feat(cli): shell completions for zsh and fish
b19d40c refactor(core): split resolver into smaller modules
6ad0e55 perf(cli): lazy-load plugins, startup 40% faster
c8f7e13 fix(api): 500 on project names with emoji
90ab3f2 feat!: `acme deploy --force` removed, use `--skip-checks`
1d4e6b8 chore: release 4.9.1
77f0c2a fix(windows): paths with spaces broke `acme init`
""")),

R(C, U("""¿Me ayudas a escribir el README de este módulo? Es un cliente HTTP interno con reintentos y circuit breaker. Necesito: instalación, ejemplo básico, configuración (timeout, max_retries, breaker_threshold, breaker_cooldown) y una sección de preguntas frecuentes""")),

R(C, U("""Переведи-ка мне... нет, не переводи. Напиши docstring-и на английском для этих функций, стиль reST, с описанием исключений

def parse_invoice(path): ...
def validate_vat(number, country): ...
def to_ledger_entries(invoice, accounts): ...""")),

R(C, U("""Bitte schreib einen kurzen ADR auf Deutsch: Wir ersetzen REST-Polling im Frontend durch Server-Sent Events für Live-Updates. Gründe: weniger Last, einfacher als WebSockets, Proxy-kompatibel. Alternativen waren WebSockets und Long Polling""")),
]
