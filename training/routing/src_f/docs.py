from common import *

C = "documentation"

conv(C, "new hires keep asking how auth works, can you write it up")
conv(C, "```\nTraceback (most recent call last):\n  File \"manage.py\", line 22, in <module>\n    main()\n  File \"app/cli.py\", line 41, in main\n    cfg = load_config()\nconfig.errors.MissingSetting: DATABASE_URL is not set\n```\npeople hit this on day one every time. add a troubleshooting section to the README for it and the other two setup errors we always see (redis not running, node version)")
conv(C, "release notes from this diff please, customer-facing, no jargon\n\n```diff\n+ export function exportCsv(rows, { delimiter = ',' } = {}) {\n- export function exportCsv(rows) {\n...\n+ if (user.plan === 'free' && projects.length >= 3) throw new LimitError()\n...\n- const TIMEOUT = 10_000\n+ const TIMEOUT = 30_000\n```")
conv(C, "commit message for this pls\n\n```diff\n--- a/src/retry.ts\n+++ b/src/retry.ts\n-  const delay = base * attempt\n+  const delay = Math.min(base * 2 ** attempt, maxDelay) + jitter()\n```")
conv(C, "the function has zero comments and it's the most important thing in the codebase\n\n```python\ndef settle(ledger, cutoff, fx):\n    pend = [e for e in ledger if e.ts <= cutoff and not e.settled]\n    by = defaultdict(Decimal)\n    for e in pend:\n        by[e.acct] += e.amt * fx.rate(e.ccy, 'EUR', e.ts)\n    for a, v in by.items():\n        if abs(v) < Decimal('0.005'):\n            continue\n        yield Settlement(a, v.quantize(Decimal('0.01')), cutoff)\n```")
conv(C, "we decided on postgres over dynamo last week after a long thread. can you turn that into an ADR so we stop relitigating it. reasons: relational reporting needs, team knows pg, cost at our scale, transactions across orders+payments")
conv(C, "PR description for my branch: moves image resizing from the api into a worker, adds a `resize_jobs` table, old endpoint still works but is deprecated")
conv(C, "runbook for 'disk full on the db primary' — what on-call should check and do, step by step. we're on RDS postgres")
conv(C, "the CHANGELOG hasn't been touched since 2.3. here's git log since then, make it into keep-a-changelog format\n\n```\n4f1a2c9 fix: handle empty csv upload\n9b2e771 feat: add webhook retries with backoff\n1c0d8e3 chore: bump deps\n7aa31f0 feat!: drop node 16 support\n2d9e4b1 fix: timezone bug in weekly digest\n88f3e02 docs: typo\n3e7c5a0 feat: bulk archive projects\n```")
conv(C, "jsdoc for the public functions in this file, we're generating api docs from it\n\n```ts\nexport function parseRange(input: string, max: number): [number, number] { ... }\nexport function clamp(n: number, lo: number, hi: number) { ... }\nexport async function withRetry<T>(fn: () => Promise<T>, opts?: RetryOpts): Promise<T> { ... }\n```")
conv(C, "migration guide from v3 to v4 of our SDK: `Client(apiKey)` → `Client({ apiKey })`, `list()` now returns an async iterator, errors are typed (`ApiError`) instead of strings")
conv(C, "Go doc comments for this package, proper godoc style\n\n```go\npackage ratelimit\n\ntype Limiter struct { ... }\nfunc New(rate float64, burst int) *Limiter\nfunc (l *Limiter) Allow(key string) bool\nfunc (l *Limiter) Wait(ctx context.Context, key string) error\n```")
conv(C, "the contributing guide is one line: 'be nice'. write a real one — setup, branch naming, tests, how review works, how we release")
conv(C, "rustdoc with examples for this\n\n```rust\npub fn levenshtein(a: &str, b: &str) -> usize\n```\nthe examples should be doctests")
conv(C, "README for the `infra/` terraform dir — what each module is, how to plan/apply per env, where state lives")
conv(C, "api reference entry for POST /v1/refunds: params amount (optional, defaults to full), reason enum, idempotency-key header. errors 400 402 409")
conv(C, "I need to explain to the support team what the new 'soft delete' means for them — what customers see, how to restore. internal doc, not code")
conv(C, "the reviewer says my commit messages are bad. rewrite these three properly: 'fix', 'stuff', 'wip address comments'. the changes were: null check in invoice mapper, rename config keys to snake_case, extract email templates to files")
conv(C, "add a module-level docstring to utils/retry.py explaining when to use retry_call vs the @retry decorator and why we never retry on 4xx")
conv(C, "write the onboarding doc for the mobile repo: how to run ios + android locally, env vars, fastlane lanes, common gotchas (cocoapods, java version)")
conv(C, "we had an outage yesterday, 40 min, bad config pushed to the load balancer. write the postmortem draft from these notes: 14:02 deploy, 14:05 alerts, 14:20 identified, 14:42 rolled back. root cause no validation on lb config in CI")
conv(C, "Schreib bitte eine README für unser internes CLI-Tool `deployctl`. Befehle: `deployctl plan`, `deployctl apply --env`, `deployctl rollback <version>`")
conv(C, "Necesito docstrings en español para este módulo, estilo Google\n\n```python\ndef calcular_iva(base, tasa=0.21): ...\ndef redondear_euros(x): ...\n```")
conv(C, "Rédige la section « Architecture » du README : front Next.js, API Go, Postgres, Redis pour les sessions, workers pour l'envoi d'e-mails")
conv(C, "Escreve uma mensagem de commit em inglês para isto: troquei o parser de datas para aceitar ISO 8601 com fuso e adicionei testes")
conv(C, "请帮我给这个 Java 方法写 Javadoc，包括参数、返回值和异常说明\n\n```java\npublic Optional<Order> findLatestPaidOrder(long customerId, Instant before) throws RepositoryException\n```")
conv(C, "このPRの説明文を書いてください。内容：ログイン画面のバリデーション改善、エラーメッセージの多言語化、E2Eテスト追加")
conv(C, "이번 릴리스 노트를 작성해 주세요. 변경 사항: 다크모드 지원, 검색 속도 개선(약 3배), 파일 업로드 최대 용량 100MB로 증가, 버그 수정 다수")
conv(C, "Напиши комментарии к этому bash-скрипту, чтобы новый человек понял, что он делает\n\n```bash\nset -euo pipefail\nfor ns in $(kubectl get ns -o name | grep pr-); do\n  age=$(kubectl get $ns -o jsonpath='{.metadata.creationTimestamp}')\n  [[ $(date -d \"$age\" +%s) -lt $(date -d '7 days ago' +%s) ]] && kubectl delete $ns\ndone\n```")
conv(C, "Napisz proszę krótką instrukcję dla zespołu QA, jak uruchomić testy e2e lokalnie (Playwright, docker compose, seed danych)")
conv(C, "bhai ek ADR likh do — humne decide kiya hai ki REST se gRPC pe shift karenge internal services ke liye. reasons: type safety, streaming, performance")
conv(C, "Şu endpoint için OpenAPI açıklamalarını yazar mısın? GET /reports/{id}/download, PDF döndürüyor, 404 ve 403 var")
conv(C, "Viết giúp mình tài liệu hướng dẫn deploy lên staging cho team mới, bằng tiếng Việt, gồm các bước build, push image và chạy helm upgrade")
conv(C, "Kun je een nette PR-beschrijving schrijven? Ik heb de betaalmodule gerefactored: Stripe-logica naar een adapter, tests toegevoegd, geen gedragswijziging")
conv(C, "Scrivi i commenti per questa funzione SQL, i colleghi non capiscono cosa fa il CTE ricorsivo\n\n```sql\nWITH RECURSIVE tree AS (\n  SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL\n  UNION ALL\n  SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id\n)\nSELECT * FROM tree ORDER BY depth;\n```")
conv(C, "document the env vars. there are like 40 and half are undocumented. grep for os.getenv and make a table: name, default, what it does")
conv(C, "update the docs to match the code — the README still says `npm run serve` but it's `npm run dev` now, and the port changed to 5173")
conv(C, "inline comments for the tricky bits only, not every line. it's the bit-twiddling in hash.c")
conv(C, "write a short explainer for our public docs site: 'How webhooks are retried' — 8 attempts, exponential, max 24h, then disabled + email")
conv(C, "We're deprecating the v1 endpoints on March 1. draft the deprecation notice for the developer docs + the header we'll send (Sunset / Deprecation)")
conv(C, "tag description for v5.0.0 on GitHub. breaking: python 3.9 dropped, config file renamed to crossroads.yaml. new: streaming support, 3 new providers")

conv(C, cc(date(), opened("src/lib/queue.ts"), "nobody understands this file. add a header comment explaining the design and TSDoc on the exports"))
conv(C, cc(date(), sel("app/services/pricing.rb", 1, 18, "class Pricing\n  def initialize(plan, seats, coupon = nil)\n    @plan, @seats, @coupon = plan, seats, coupon\n  end\n\n  def monthly\n    base = @plan.base_cents + [@seats - @plan.included_seats, 0].max * @plan.seat_cents\n    base = apply_coupon(base) if @coupon\n    base\n  end\n\n  private\n\n  def apply_coupon(c)\n    @coupon.percent? ? c * (100 - @coupon.value) / 100 : [c - @coupon.value, 0].max\n  end\nend"), "YARD docs for this"))
conv(C, cc(md("- Docs are in docs/ as mkdocs markdown\n- Use second person, present tense"), "write docs/guides/local-dev.md from scratch"))
conv(C, cc(todo(), "the error codes in errors.go have no explanation anywhere. make a docs page listing each code, meaning, and what the client should do"))
conv(C, cc(date("2026-12-03"), "write the commit msg for what's staged, conventional commits"))

conv(C,
     cc(date(), "what changed since the last release"),
     call(None, ("a", "Bash", {"command": "git log v2.14.0..HEAD --oneline"})),
     results(("a", "c3d1e0a feat(export): xlsx export for reports\nb22f7a1 fix(auth): refresh token rotation race\n9e0c4b3 perf(search): cache facet counts\n51aa8d2 feat(api): cursor pagination on /v2/events\n0f7e6c1 chore(deps): bump axios\n6b3a9d0 fix(ui): date picker off-by-one in Safari")),
     cc("turn that into release notes for the blog, grouped, friendly tone, skip the chores"))

conv(C,
     "look at the CLI entrypoint",
     call(None, ("a", "Read", {"file_path": "cli/main.py"})),
     results(("a", "  1\t@click.group()\n  2\tdef cli(): ...\n  3\t\n  4\t@cli.command()\n  5\t@click.option('--env', required=True)\n  6\t@click.option('--dry-run', is_flag=True)\n  7\tdef migrate(env, dry_run): ...\n  8\t\n  9\t@cli.command()\n 10\t@click.argument('name')\n 11\tdef seed(name): ...\n 12\t\n 13\t@cli.command()\n 14\t@click.option('--since')\n 15\tdef audit(since): ...")),
     "write the --help texts for all of these and a usage section for the README")

conv(C,
     cc(todo(), "run the tests"),
     call(None, ("a", "Bash", {"command": "pytest -q"})),
     results(("a", "........................................................ [100%]\n212 passed in 8.31s")),
     A("All 212 tests pass."),
     cc("cool, then the fix is done. write the PR description: bug was duplicate webhook deliveries because we committed the offset before processing; now commit after. link #1204"))

conv(C,
     "show me the diff",
     call(None, ("a", "Bash", {"command": "git diff HEAD~1 --stat && git diff HEAD~1 -- src/config.rs"})),
     results(("a", " src/config.rs | 22 +++++++++++++------\n README.md     |  0\n 2 files changed\n@@\n-    pub timeout_secs: u64,\n+    pub timeout: Duration,\n+    #[serde(default = \"default_retries\")]\n+    pub retries: u32,")),
     "README didn't get updated. fix the config section there to match")

conv(C,
     "find the stack trace from yesterday's incident in the logs",
     call(None, ("a", "Bash", {"command": "grep -A8 'panic' /var/log/gateway/2026-11-25.log | head -20"})),
     results(("a", "2026-11-25T21:14:02Z panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x8f3c21]\n\ngoroutine 8812 [running]:\ngithub.com/acme/gateway/routing.(*Router).Pick(0x0, {0xc0004a2000, 0x3})\n\t/src/routing/router.go:112 +0x41\ngithub.com/acme/gateway/server.(*Server).handle(...)\n\t/src/server/server.go:77")),
     "we already fixed it (nil router on config reload). I need the incident report for the status page + the internal version with this trace in the timeline")

# multi-turn shifts into documentation
conv(C,
     "write a function to compute business days between two dates excluding german holidays",
     "```python\nimport holidays\nfrom datetime import timedelta\n\ndef business_days(start, end, state='BY'):\n    hol = holidays.Germany(subdiv=state)\n    d, n = start, 0\n    while d < end:\n        if d.weekday() < 5 and d not in hol:\n            n += 1\n        d += timedelta(days=1)\n    return n\n```",
     "docstring + a line in the README's utils section pls")
conv(C,
     "why is the build failing on arm",
     "The `sharp` prebuilt binary doesn't exist for linux-arm64 with your Node version; pinning Node 20 in the Dockerfile fixes it.",
     "fixed, thanks. put a note in docs/build.md so the next person doesn't lose a day on it")
conv(C,
     "explain how the billing proration works in our code",
     "On plan change mid-cycle, `prorate()` credits unused days of the old plan and charges remaining days of the new one, rounded per day in the customer's timezone; downgrades apply at period end instead.",
     "perfect explanation, can you turn exactly that into a doc for the support wiki with an example calculation")
conv(C,
     "should we use trunk based dev or gitflow",
     "With daily deploys and feature flags, trunk-based: short-lived branches, merge to main behind flags. Gitflow fits scheduled releases with long stabilization.",
     "ok we're going trunk based. write the team guideline doc for it — branch lifetime, flags, how hotfixes work")
conv(C,
     cc(date(), "review the new rate limiter module"),
     "Solid overall. The sliding window is correct; I'd expose the limits via config instead of constants, and there are no docs on the headers it returns.",
     cc("agree on docs. write them — the X-RateLimit-* headers, what 429 body looks like, retry-after semantics"))
conv(C,
     "Pourquoi le job de facturation tourne deux fois ?",
     "Les deux réplicas du scheduler lancent le cron ; il faut un verrou (advisory lock Postgres) pour qu'un seul s'exécute.",
     "c'est corrigé. écris-moi le message de commit et une note dans le CHANGELOG")
conv(C,
     "generate the k8s manifests for the worker",
     "Here are `deployment.yaml`, `hpa.yaml` and `pdb.yaml` for the worker, scaling on queue depth via KEDA.",
     "nice. add comments inside the yaml explaining the non-obvious values (why minReplicas 2, why the pdb, the keda trigger)")
conv(C,
     "hey is there a way to see which endpoints have no docs",
     "Yes — the OpenAPI spec is generated from the route decorators; 14 operations have no `summary` or `description`: mostly under `/admin` and `/internal`.",
     "fill them in, short summaries + descriptions, based on what the handlers do")
conv(C,
     "what does the `strict_slashes` flag do in our flask app",
     "It makes `/items` and `/items/` distinct routes; with it off Flask serves both. You've set it off globally in `create_app`.",
     "ok please add a comment there explaining that and why we turned it off (mobile clients sending trailing slashes)")

conv(C, "the `# TODO explain` above `compute_backoff` has been there 3 years. explain it in the comment finally, it's the decorrelated jitter thing from the aws blog")
conv(C, "README badges + a 'Quickstart in 60 seconds' section for the library, pip install, 5 lines of usage, link to full docs")
conv(C, "I need a one-page architecture overview for the security auditors — data flows, where PII lives, encryption at rest/in transit. based on what you've seen in this repo")
conv(C, "Kotlin KDoc for the public API of the `payments-sdk` module, focus on what exceptions each function throws")
conv(C, "helm chart values.yaml has no comments. document every value, helm-docs style `# --` comments")
conv(C, "squash these into one good commit message\n\n```\nadd retry\nfix test\nreally fix test\nreview comments\nrename var\n```\nthe actual change: added retry with backoff to the S3 uploader, configurable via UPLOAD_MAX_RETRIES")
conv(C,
     "the sql works now, thanks",
     "Great — the LATERAL join picks the latest price per product without the correlated subquery.",
     "can you add a comment block above the query explaining the LATERAL trick, the analysts will maintain it")
conv(C, cc(date(), opened("docs/runbooks/"), "we don't have a runbook for rotating the stripe webhook secret. write one, zero-downtime, we support two secrets during rotation"))
conv(C, "write a docs page comparing our three auth methods for API users (api keys, oauth client credentials, signed requests) — when to use which")
conv(C, "doc comment for this C# extension method, XML doc style with <example>\n\n```csharp\npublic static IEnumerable<IEnumerable<T>> Batch<T>(this IEnumerable<T> source, int size)\n```")
