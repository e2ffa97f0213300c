from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "commit_messages",
    "parent": "documentation",
    "descriptions": [
        "writing commit messages",
        "writing commit messages, pull request descriptions and release notes",
        "when I need a good commit message or PR description for my changes",
        "Use for changelog entries, release notes, conventional commits, squash-merge messages and PR summaries written for reviewers.",
        "git commit message / PR writeup",
        "drafting release notes and CHANGELOG.md entries from a list of changes",
        "Write the text that accompanies code changes: commit subjects and bodies, PR titles and descriptions, release announcements",
        "commit msgs, PR descriptions",
        "rédiger des messages de commit, des descriptions de pull request et des notes de version",
        "コミットメッセージやプルリクエストの説明文、リリースノートを書く",
    ],
}

REQUESTS = [
    U("write a commit message for: fixed the off by one in pagination, page 2 was repeating the last item of page 1"),
    U("""give me a conventional commit message for this diff:

--- a/src/auth/session.ts
+++ b/src/auth/session.ts
@@ -12,7 +12,8 @@ import { redis } from "../redis";
-const SESSION_TTL = 60 * 60;
+// Keep users signed in for a week; refresh on activity.
+const SESSION_TTL = 60 * 60 * 24 * 7;
@@ -40,6 +41,7 @@ export async function touch(id: string) {
   const s = await redis.get(key(id));
   if (!s) return null;
+  await redis.expire(key(id), SESSION_TTL);
   return JSON.parse(s);"""),
    U("Can you write a PR description for my change? It adds retry with exponential backoff to the webhook sender (max 5 attempts, full jitter) and a dead-letter table for deliveries that still fail. Reviewers should look at the migration carefully because it touches a big table."),
    U("release notes for v2.4.0. changes: dark mode, CSV export on the reports page, fixed crash when uploading HEIC images on iOS, dropped support for node 16, search is ~3x faster. audience is end users so keep it friendly, no jargon"),
    U("""squash these into one decent commit message:

wip
fix tests
actually fix tests
address review comments
rename FooService -> BillingService
lint"""),
    conv(
        "npm audit says lodash has a high severity prototype pollution vuln",
        "That's CVE-2020-8203, fixed in lodash 4.17.21 — but check whether lodash is a direct dependency or pulled in transitively. If direct: `npm install lodash@4.17.21`. If transitive, add an `overrides` entry in package.json.",
        "it was direct, bumped it, tests pass. commit msg pls",
    ),
    U("I need a CHANGELOG.md entry in Keep a Changelog format for 0.9.0. Added: --dry-run flag, YAML config support. Changed: default log level is now warn. Fixed: Windows path handling with spaces. Removed: deprecated `init --legacy`."),
    U("how should I phrase the commit message for restoring a feature flag we removed too early? it's basically a revert of a revert, don't want it to be confusing in the log"),
    U("Write a PR description template for our team's .github/pull_request_template.md — sections for context, what changed, how to test, screenshots, and rollout/rollback plan. Keep it short enough that people actually fill it in."),
    U("my commit message was literally 'changes' and my lead is annoyed. the change: moved image resizing out of the request path into a background worker using a redis queue, so uploads return immediately and thumbnails appear a few seconds later. write a proper one"),
    U("write the GitHub release text for our open source CLI hitting 1.0. highlights: stable plugin API, 40% faster startup, new `doctor` command. thank the 23 contributors, some of them first-timers"),
    U("""Can you make this commit message better?

'Fix bug where users could not log in sometimes because token was expired but we didn't refresh it and also update the readme'"""),
    U("PR title + description for a batch dependency upgrade: 14 npm packages bumped, the only breaking one was eslint 9 (migrated to flat config, eslint.config.js). no runtime changes"),
    U("gimme 3 options for a one-line commit subject: added rate limiting to the public API, 100 req/min per API key"),
    U("write release notes for our internal admin tool. audience is the customer support team, not devs. changes: partial refunds are now possible, search by phone number, fixed bug where internal notes disappeared after saving"),
    U("""commit message for this:

-def get_usr(id):
-    return db.query(User).get(id)
+def get_user(user_id: int) -> User | None:
+    \"\"\"Return the user with this id, or None.\"\"\"
+    return db.session.get(User, user_id)

(also updated the 9 call sites)"""),
    U("we use gitmoji. commit message for: removed dead code from the old stripe v2 payments integration"),
    U("Need a PR description for a security fix, but it's a public repo and the advisory isn't published yet, so I can't spell out the vulnerability. The fix hardens URL validation in the link preview feature (it was an SSRF). How do I write it?"),
    U("write a commit body explaining WHY we pinned protobuf to <5. reason: code generated by our grpcio-tools version breaks with protobuf 5.x at import time, upstream issue is grpc/grpc#35423, we'll unpin when we upgrade grpcio-tools"),
    U("Turn these Jira tickets into the 'What's New' text for the App Store (max 500 chars): APP-221 faster login, APP-230 new onboarding screens, APP-241 crash fix on Android 14 (ignore for iOS), APP-245 better screen reader support"),
    U("merge commit message for merging release/3.2 back into main after the two hotfixes"),
    U("PR description for a big refactor: split the 3000-line utils.py into a utils/ package with 6 modules, zero behaviour change. I want reviewers to know how to review it without losing their minds (it's mostly moves)"),
    U("short boring accurate commit message for: update copyright year in LICENSE and file headers"),
    U("Linux-kernel-style commit message for a patch fixing a NULL pointer dereference in the usb gadget driver when the endpoint gets disabled during an in-flight transfer. include a Fixes: tag placeholder"),
    U("Escríbeme un mensaje de commit en inglés (siguiendo conventional commits) para: agregué validación de correo en el formulario de registro y los mensajes de error ahora están traducidos."),
    U("Kannst du eine PR-Beschreibung auf Deutsch schreiben? Änderung: Datumsformatierung auf Intl.DateTimeFormat umgestellt, moment.js entfernt, Bundle dadurch ca. 70 KB kleiner."),
    U("帮我写一个 commit message：修复了订单导出 Excel 时中文文件名乱码的问题"),
    U("preciso de notas de versão para a versão 3.1 do nosso app: novo modo offline, correção no login com Google, melhorias de desempenho na lista de produtos. tom leve, para os usuários"),
    U("Rédige un message de commit pour : suppression du cache Redis obsolète et passage à un cache en mémoire pour les sessions"),
    U("이 변경 사항에 대한 PR 설명을 써 주세요: 결제 API에 멱등성 키(Idempotency-Key 헤더) 추가해서 중복 결제를 방지함. 기존 클라이언트는 헤더 없이도 동작함"),
    conv(
        "parse_duration('1h30m') returns 90 but parse_duration('90s') returns 0, why",
        "The regex only captures `h` and `m` groups, so seconds are ignored. Add an `s` group and sum it in:\n\n```python\n_RE = re.compile(r\"(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$\")\n...\nreturn h * 3600 + m * 60 + s\n```\nNote this also means the function should return seconds, not minutes — I changed the return value accordingly and updated the docstring.",
        "perfect. now write me the commit message for that. mention the return-unit change since it's technically breaking",
    ),
    conv(
        "add a --verbose flag to the cli that prints each file as it's processed",
        "Here's the change using argparse:\n\n```python\nparser.add_argument(\"-v\", \"--verbose\", action=\"store_true\", help=\"print each file as it is processed\")\n...\nif args.verbose:\n    print(f\"processing {path}\", file=sys.stderr)\n```\nI also added a test in tests/test_cli.py.",
        "thanks! PR description? reviewers on this repo are picky about explaining test coverage",
    ),
    conv(
        "how do I write a zero-downtime migration to rename a column in postgres",
        "Do it in phases: (1) add the new column, (2) dual-write from the app, (3) backfill in batches, (4) switch reads, (5) stop writing the old column, (6) drop it in a later release...",
        "done, all 6 steps are in this release except the drop",
        "Great — leave the drop for the next release once you've verified nothing reads the old column.",
        "ok write the release notes line for this, for the ops team. they need to know not to touch the old column",
    ),
    loop(
        "commit these changes",
        [
            (None, "Bash", {"command": "git status --short", "description": "Show working tree status"},
             " M src/router/fallback.ts\n M src/router/fallback.test.ts\n?? src/router/weights.ts"),
            (None, "Bash", {"command": "git diff", "description": "Show unstaged changes"},
             """diff --git a/src/router/fallback.ts b/src/router/fallback.ts
@@ -18,9 +18,12 @@ export function pickFallback(routes: Route[], failed: Set<string>) {
-  return routes.find((r) => !failed.has(r.id));
+  const candidates = routes.filter((r) => !failed.has(r.id));
+  if (candidates.length === 0) return undefined;
+  return weightedPick(candidates, (r) => r.weight ?? 1);
 }"""),
        ],
        None,
        "conventional commits please, and keep the subject under 50 chars. include the new weights.ts",
        date="2026-02-25",
    ),
    loop(
        "what changed since the last release?",
        [
            (None, "Bash", {"command": "git log --oneline v1.3.0..HEAD", "description": "Commits since v1.3.0"},
             """9c1e2aa feat(export): add parquet output
71b0d3e fix(cli): respect NO_COLOR
5e8f1c0 chore(deps): bump clap to 4.5
a3d9b77 feat(config): support env var interpolation
0f12c44 fix(io): handle CRLF input files
c8e7a10 refactor: split reader module
2b6f9d1 docs: add examples for filters"""),
        ],
        "Seven commits since v1.3.0: two features (parquet export, env var interpolation in config), two fixes (NO_COLOR, CRLF input), plus a dependency bump, a refactor and docs.",
        "turn that into release notes for 1.4.0 grouped by features / fixes / internal",
        date="2026-06-30",
    ),
    CC("create a PR for this branch with a good description. the branch adds OpenTelemetry tracing to the http handlers and the db layer, sampling is configurable via OTEL_TRACES_SAMPLER_ARG", date="2026-08-19"),
    loop(
        "I'm about to open the PR",
        [
            (None, "Bash", {"command": "git diff main...HEAD --stat", "description": "Summarize branch changes"},
             """ config/default.yaml          |  6 +--
 docs/configuration.md        | 22 ++++++----
 src/config/schema.py         | 41 ++++++++++++------
 src/config/migrate.py        | 58 ++++++++++++++++++++++++++
 tests/test_config_migrate.py | 77 ++++++++++++++++++++++++++++++++++
 5 files changed, 175 insertions(+), 29 deletions(-)"""),
        ],
        "The branch renames config keys in the schema, adds an automatic migration for old config files, and documents the change.",
        "write the PR body. make sure to call out the breaking rename `upstream_timeout` -> `upstream.timeout_s` and that old configs are auto-migrated with a warning",
        date="2026-09-03",
    ),
    CC("write a commit message for the staged changes. this repo uses the format `area: summary` (e.g. `router: fix fallback ordering`), body wrapped at 72", date="2026-10-09"),
    loop(
        "what style do commits use in this repo?",
        [
            (None, "Bash", {"command": "git log -6 --format=%s", "description": "Recent commit subjects"},
             "[api] Return 409 on duplicate slug\n[web] Fix tooltip overflow on Safari\n[infra] Bump terraform aws provider\n[api] Paginate /v1/projects\n[docs] Clarify token scopes\n[web] Lazy-load chart bundle"),
        ],
        "Subjects are prefixed with the area in square brackets (`[api]`, `[web]`, `[infra]`, `[docs]`), imperative mood, capitalised, no trailing period.",
        "great, match that style for my commit: I made the /v1/projects endpoint also accept a `sort` query param (name or created_at)",
        date="2026-11-26",
    ),
    CC("draft the changelog entry for this release under ## [Unreleased] — we fixed the memory leak in the websocket reconnect loop, added `--json` output to `status`, and deprecated the `legacy_auth` option (removed in 3.0)", date="2026-12-01",
       claude_md=("/home/eve/tether/CLAUDE.md", "# tether\nChangelog: keepachangelog.com format, newest first.\nNever edit released sections.")),
]
