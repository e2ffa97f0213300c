"""Non-coding requests from developers (the router answers "other" for these in a coding config)."""
from common import *  # noqa: F401,F403

# ------------------------------------------------------------------ chit_chat (7)
CH = "chit_chat"

# thanks at the end of a long debugging session (Claude Code)
ex(CH,
   UB(REM(), "tests in packages/api fail with `Cannot find module '@acme/shared'` since the pnpm upgrade"),
   *step("Let me check how the workspace package is linked.",
         bash("ls -la packages/api/node_modules/@acme/ && cat pnpm-workspace.yaml", "ls: packages/api/node_modules/@acme/: No such file or directory\npackages:\n  - 'apps/*'", "Inspect workspace links", err=True)),
   *step("`pnpm-workspace.yaml` only lists `apps/*`, so `packages/*` aren't part of the workspace and `@acme/shared` never gets linked. pnpm 9 stopped tolerating that. I'll add `packages/*`.", edit("/Users/lu/acme/pnpm-workspace.yaml", "packages:\n  - 'apps/*'", "packages:\n  - 'apps/*'\n  - 'packages/*'"),
         bash("pnpm install && pnpm -F @acme/api test", "Scope: all 7 workspace projects\n...\n Test Files  18 passed (18)\n      Tests  204 passed (204)", "Reinstall and test")),
   A("All 204 tests pass now."),
   UB("thanks that's all, have a good one"))

# nvm figured it out
ex(CH,
   U("""why does my docker build ignore the .dockerignore

COPY . /app
RUN du -sh /app   # 1.9G, node_modules is in there"""),
   A("A few things to check: the file must be named exactly `.dockerignore` and sit at the root of the build context (the directory you pass to `docker build`, not necessarily where the Dockerfile is). If you build with `-f docker/Dockerfile .`, the ignore file has to be in `.`, or named `docker/Dockerfile.dockerignore` with BuildKit."),
   U("nvm I figured it out, I was building from the parent dir lol"))

# friendly small talk
ex(CH, UB(REM("2026-11-23"), "good morning! long day of migrations ahead, wish me luck ☕"))

# German thanks
ex(CH,
   U("warum zeigt `git log --oneline` bei mir keine Farben mehr an?"),
   A("Wahrscheinlich ist `color.ui` auf `false` gesetzt oder die Ausgabe geht nicht an ein Terminal (z. B. durch einen Pager oder eine Pipe). Prüf mal `git config --get color.ui` und setz es notfalls mit `git config --global color.ui auto`."),
   U("danke, passt! war tatsächlich auf false"))

# banter after a fix
ex(CH,
   UB(REM(), "the cron expression `*/90 * * * *` runs every hour not every 90 min, why"),
   A("The minute field only goes 0–59, so `*/90` means \"every minute divisible by 90 within 0–59\", which is only minute 0. You can't express a 90-minute interval in one cron line; use two lines (`0 0-21/3 * * *` and `30 1-22/3 * * *`) or a scheduler with interval support."),
   UB("lol cron is cursed. ok you're faster than my coworker who's been staring at this since lunch"))

# are you there / still there
ex(CH, UB(REM_TODO(), "you still there? my laptop died mid-answer"))

# French thanks, closing
ex(CH,
   U("comment je vois quels ports sont utilisés sur mac"),
   A("`lsof -iTCP -sTCP:LISTEN -n -P` liste les ports en écoute avec le processus associé. Pour un port précis : `lsof -i :3000`."),
   U("merci c'est bon, j'ai trouvé le coupable (un vieux next dev qui tournait encore)"))

# ------------------------------------------------------------------ creative_writing (7)
CW = "creative_writing"

ex(CW,
   U("test_weekly_digest fails every friday and passes the rest of the week"),
   A("The test builds \"next friday\" with `today + timedelta(days=(4 - today.weekday()))`. On a Friday that's 0 days, so the digest date equals today and the assertion `digest_date > today` fails. Use `% 7 or 7` so Friday rolls to next week."),
   U("lmao. fixed. write a haiku about a flaky test that only fails on fridays, it's going in the commit... no wait, in the team channel"))

ex(CW,
   U("why does my rust code need so many lifetimes annotations"),
   A("Mostly it doesn't: lifetime elision covers the common cases (one input reference, or `&self` methods). You need explicit lifetimes when a function returns a reference and the compiler can't tell which input it borrows from, or when a struct holds references."),
   U("ok I get it. now write me a short rap battle between me and the borrow checker, I need to laugh after this week"))

ex(CW, UB(REM("2026-11-20"), "a limerick about kubernetes for the team channel, something about yaml indentation"))

ex(CW, U("we're shutting down our 12 year old perl billing system next week. write a short farewell poem for it, to read at the team lunch. it ran on a box called 'athena' and never once went down on a holiday"))

ex(CW, U("escribe un cuento corto (media página) sobre un desarrollador que hereda un código legacy lleno de comentarios en latín"))

ex(CW, UB(REM(), "for the hackathon intro slide: a 4-line poem about shipping on a deadline, tone slightly dramatic"))

ex(CW, U("写一首关于凌晨三点线上故障的打油诗，轻松一点，发到团队群里"))

# ------------------------------------------------------------------ business_writing (7)
BW = "business_writing"

# tweet after a long session (shift)
ex(BW,
   UB(REM(), "why is our lighthouse score 41 on mobile"),
   A("The biggest hits are a 1.8 MB hero image, render-blocking Google Fonts CSS, and 600 KB of unused JS from the charting library loaded on every page."),
   UB("ok fixed the image + fonts + lazy loaded the charts, now it's 93 🎉"),
   A("Nice jump. Make sure the chart placeholder has a fixed height so CLS stays low when it loads."),
   UB("write a tweet about going from 41 to 93, a bit humble-brag, mention the 3 fixes, no hashtags spam"))

ex(BW,
   UB(REM("2026-11-25"), "adyen sandbox returns 503 again on /payments, third day this week"),
   A("Their status page lists a partial outage of the test environment since Monday. Nothing on our side: the same request signed with the same key succeeds against their mock endpoint. There's not much to do besides retrying later or using the recorded fixtures for the integration tests."),
   UB("figures. ok I need to write an email to my manager asking to push the payments migration by two weeks. reason: the sandbox has been down half the time and we found 3 undocumented edge cases. keep it short and not whiny"))

ex(BW, UB(REM("2026-11-26"), "linkedin post announcing I'm joining the platform team at Fintra as staff engineer. not cringe please"))

ex(BW,
   U("plan for upgrading our postgres 13 -> 16 with minimal downtime? managed RDS"),
   A("On RDS the lowest-risk path is a blue/green deployment: RDS creates a green copy on 16 kept in sync by logical replication, you test against it, then switch over, which typically takes under a minute. Do a dry run on a snapshot first to catch extension and parameter-group issues."),
   U("ok we'll do it saturday night. draft a note to customers: scheduled maintenance saturday 02:00-04:00 CET, API read-only during that window, dashboards unaffected"))

ex(BW, U("cover letter for a senior backend role at a climate tech startup. 8 years python/go, led a team of 4, built the carbon accounting pipeline at my current job. under 250 words"))

ex(BW, UB(REM("2026-11-26"), "Schreib eine kurze Slack-Nachricht ans ganze Team, dass wir ab Januar Code-Freeze-Freitage einführen und warum (drei Rollbacks an Freitagen im letzten Quartal)"))

ex(BW,
   U("which of these would save the most: moving nat gateway traffic to vpc endpoints, graviton for the ecs tasks, or savings plans"),
   A("From the cost explorer numbers you shared: NAT data processing is $4.1k/month, mostly S3 and ECR pulls, so gateway endpoints remove most of it for free. Graviton cuts ECS compute (~$9k) by roughly 20%. A 1-year compute savings plan on the remaining baseline saves another ~25%. In dollars: savings plan > Graviton > endpoints, but endpoints are a one-hour change."),
   U("we did all three, bill is down 38%. now write the blog post intro (2 paragraphs) for our engineering blog: 'How we cut our AWS bill by 38% without touching the app'. punchy, no buzzwords"))

# ------------------------------------------------------------------ general_knowledge (7)
GK = "general_knowledge"

ex(GK, UB(REM("2026-11-26"), "why is a software bug called a bug? is the moth story actually true"))

ex(GK, U("how do undersea internet cables actually get repaired? like physically"))

ex(GK, U("qual é a diferença entre LGPD e GDPR na prática pra uma empresa pequena?"))

ex(GK,
   U("""why does this test time out only on the CI runner in us-east

requests.get("https://api.example.eu/health", timeout=2)"""),
   A("The CI runner is in us-east and your API is in the EU, so every call crosses the Atlantic; with TLS setup that's easily 300–500ms, and the runner's egress can spike. A 2s timeout on a cold connection with retries can be tight. Mock the call in unit tests, or raise the timeout for the integration job."),
   U("makes sense. random q while you're here, how fast does light actually go in fiber vs vacuum? is that why it's slow"))

ex(GK,
   U("what does the linker actually do after the compiler is done"),
   A("The compiler turns each source file into an object file with machine code plus a list of symbols it defines and needs. The linker combines those object files and libraries, resolves each symbol reference to an address, applies relocations, and writes the final executable (or a shared library)."),
   U("cool. unrelated history question: who actually invented the first compiler, grace hopper or someone else?"))

ex(GK,
   U("""quick look at this before my interview take-home goes out?

def top_k(xs, k):
    return sorted(xs, reverse=True)[:k]"""),
   A("It's correct and readable. If they care about complexity, mention that `heapq.nlargest(k, xs)` is O(n log k) instead of O(n log n), and handle `k <= 0` explicitly."),
   U("thanks. the recruiter asks for my salary expectation tomorrow, what's the typical range for a senior software engineer in Berlin vs Amsterdam right now? roughly"))

ex(GK, UB(REM("2026-11-26"), "random question: why do keyboards still use QWERTY if it was designed to slow typists down? or is that a myth"))

# ------------------------------------------------------------------ math_help (7)
MH = "math_help"

ex(MH,
   U("generate 8-char random ids from [a-zA-Z0-9] in go, crypto/rand"),
   A("```go\nconst alphabet = \"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz\"\n\nfunc NewID() string {\n\tb := make([]byte, 8)\n\tfor i := range b {\n\t\tn, _ := rand.Int(rand.Reader, big.NewInt(62))\n\t\tb[i] = alphabet[n.Int64()]\n\t}\n\treturn string(b)\n}\n```"),
   U("at how many ids do I hit a 1% chance of a collision with that? show the math, birthday problem"))

ex(MH, U("solve for x: 3^(2x) - 4·3^x + 3 = 0"))

ex(MH, U("ich hab 10 Server mit je 99,9% Verfügbarkeit, alle müssen laufen. Wie hoch ist die Gesamtverfügbarkeit? Und wenn nur 8 von 10 laufen müssen?"))

ex(MH,
   U("compute the p95 latency from this histogram: 0-50ms: 4200, 50-100: 3100, 100-200: 1900, 200-500: 650, 500-1000: 120, >1000: 30"),
   A("Total = 10,000 requests, so p95 is the 9,500th. Cumulative: 4,200 → 7,300 → 9,200 → 9,850. The 9,500th falls in the 200–500 bucket, 300 into its 650. Linear interpolation: 200 + 300/650 × 300 ≈ 338 ms."),
   U("ok and why linear interpolation, wouldn't the distribution inside the bucket be skewed? how big could the error be at most"))

ex(MH, UB(REM("2026-11-26"), "derivative of x^x? I always forget the trick"))

ex(MH, U("我们的 A/B 测试：A 组 10000 人转化 520，B 组 10000 人转化 580。这个差异显著吗？帮我算一下 p 值"))

ex(MH,
   U("is storing unix ms timestamps in a postgres bigint column ok or should I use timestamptz"),
   A("`timestamptz` is usually better: same 8 bytes, microsecond precision, and you get date functions, time zones and range queries for free. A `bigint` of ms only makes sense if you mirror an external system's format exactly."),
   U("fair. purely out of curiosity, how many bits do I need to represent every millisecond timestamp from 1970 until year 3000? and until 2100"))

# ------------------------------------------------------------------ language_translation (7)
LT = "language_translation"

ex(LT, UB(REM("2026-11-26"), OPEN("web/locales/en.json"), """translate these i18n strings to french and german, keep the {placeholders} as is

{
  "cart.empty": "Your cart is empty",
  "cart.items": "{count} items in your cart",
  "checkout.cta": "Proceed to checkout",
  "errors.card_declined": "Your card was declined. Try another payment method."
}"""))

ex(LT, UB(REM("2026-11-24"), "translate to english for my manager, keep it professional: 'el despliegue se retrasa porque el proveedor no nos ha dado acceso al entorno de pruebas, seguimos esperando respuesta desde el lunes'"))

ex(LT,
   UB(REM(), OPEN("src/emails/templates/password_reset.html"), "the reset email goes out with the wrong link for EU users"),
   A("The template uses `{{ base_url }}`, which comes from `settings.BASE_URL` (the US domain) instead of the tenant's region URL. Pass `tenant.base_url` into the template context in `send_password_reset()`."),
   UB("fixed. also the japanese customers complained the email is english only. translate the subject and body text to japanese for me (just the copy, I'll put it in the template): 'Reset your password' / 'Someone requested a password reset for your account. If this was you, click the button below. The link expires in 30 minutes. If you didn't request this, you can ignore this email.'"))

ex(LT, U("how do you say 'the build is broken' in japanese in a casual slack way vs a polite way to a client"))

ex(LT, U("traduci in italiano questo messaggio per il cliente: 'We've identified the cause of the delayed invoices and deployed a fix. All pending invoices will be sent within the next 2 hours.'"))

ex(LT, U("переведи на английский, это для коллеги из Индии: 'Я посмотрел твой PR, в целом норм, но есть пара замечаний по тестам, напиши когда будет время созвониться'"))

ex(LT, U("translate the UI labels to spanish (LatAm, informal tú): Save changes, Discard, Are you sure you want to leave? Unsaved changes will be lost., Invite teammates, Billing"))

# ------------------------------------------------------------------ summarization (7)
SU = "summarization"

ex(SU, U("""tldr this thread for me, I was on vacation. just the decisions

alex: ok so are we doing the offsite in march or april
jen: april, march conflicts with the audit
mo: april works, lisbon or porto?
alex: porto is cheaper, the venue has the bigger room
jen: porto then. budget is 18k max
mo: I'll book flights by end of next week, everyone send me your dates
alex: also we're dropping the hackathon day, people want more planning time
jen: agreed
priya: can we do remote option for the 2 people who can't travel
alex: yes, hybrid for the planning sessions only"""))

ex(SU, UB(REM("2026-11-26"), """summarize these meeting notes into 3 bullets for people who missed it

- discussed Q1 hiring: 2 backend, 1 SRE approved, frontend req on hold until budget review in Feb
- oncall rotation changes: moving from weekly to 4-day shifts from Jan 6, compensation unchanged
- incident review backlog: 7 open, Maria owns getting them to 0 by end of month
- tooling: eval of Linear vs staying on Jira, decision next meeting
- reminder: performance self-reviews due Dec 12"""))

ex(SU, U("resume moi cet article en 5 points, je n'ai pas le temps de tout lire: [collé: 'Why most AI coding pilots stall after 3 months' — argues adoption fails due to lack of evaluation, unclear ownership, security review bottlenecks, no training, and measuring output instead of outcomes; recommends a small champion team, internal benchmarks, clear data policies, and tracking lead time instead of lines of code]"))

ex(SU,
   U("what's the difference between RS256 and HS256 for JWTs"),
   A("HS256 uses one shared secret to both sign and verify, so every service that verifies tokens can also mint them. RS256 uses a private key to sign and a public key to verify, so you can hand out the public key (e.g. via a JWKS endpoint) and only the auth server can issue tokens."),
   U("""ok different thing — can you summarize this customer call transcript in a few lines for the account manager? no technical detail

[transcript] customer (Helga, ops lead at Nordwind Logistics): the driver app has been logging people out twice a day since the update, drivers are angry, they lose their route progress. they're evaluating a competitor at end of Q1. they like the new route optimizer a lot. they want a contact person for escalations and asked about SLA terms. we promised a fix ETA by Friday and a call with our head of support."""))

ex(SU,
   U("zookeeper loses quorum every time there's a network blip between AZs and kafka producers start erroring"),
   A("With 3 ZooKeeper nodes spread over 3 AZs, losing one AZ link leaves 2 of 3 (still quorum), but your `tickTime`/`syncLimit` are at the defaults, so a short blip makes followers drop out and re-sync. Raise `syncLimit` and `initLimit`, and check the `zookeeper.session.timeout.ms` on the brokers (18s default)."),
   U("we'll probably just move off zookeeper. give me the gist of the Kafka 4.0 release: what changed that matters for someone running 3.x with zookeeper? bullet points"))

ex(SU, UB(REM(), "summarize this incident channel for the exec update, 4 sentences, no jargon: [pasted ~80 messages: checkout errors from 14:05, traced to expired TLS cert on payment provider proxy, cert renewed 14:52, backlog of failed payments retried automatically by 15:30, ~2,300 customers affected, no double charges, follow-up: automate cert expiry alerts]"))

ex(SU, U("这篇关于远程办公效率的长文帮我总结一下要点，三五句话就行：[粘贴全文：研究覆盖 1200 名工程师，混合办公组产出与全办公室组持平，沟通成本上升但专注时间增加，新员工在纯远程下融入更慢，建议每周固定两天到岗并加强导师制度]"))

# ------------------------------------------------------------------ life_advice (7)
LA = "life_advice"

ex(LA,
   U("practice problem: find the longest substring without repeating characters, python, O(n)"),
   A("```python\ndef longest_unique(s: str) -> int:\n    last, start, best = {}, 0, 0\n    for i, ch in enumerate(s):\n        if last.get(ch, -1) >= start:\n            start = last[ch] + 1\n        last[ch] = i\n        best = max(best, i - start + 1)\n    return best\n```"),
   U("I can do these alone no problem. but I have a technical interview for a staff role on thursday and I freeze every time someone watches me code. any tips that actually work"))

ex(LA,
   UB(REM(), "the nightly etl failed again, third time this week"),
   A("The log shows the same `SSL SYSCALL error: EOF detected` from the source database at ~02:10, right when their maintenance window starts. Moving the job to 03:30 or adding retry with backoff around the extract step should stop it."),
   UB("moved it. honestly I'm so done, I've been oncall 3 weeks in a row because we're understaffed and my manager keeps saying 'next sprint'. how do I bring this up without sounding like I'm complaining"))

ex(LA, U("got two offers: 20% more money at a bank (boring, stable, hybrid) vs a seed stage startup with equity (exciting, fully remote, 60h weeks probably). I'm 34, one kid. how would you think about it"))

ex(LA, U("me siento un fraude en mi primer trabajo de dev, todos parecen saber más que yo. ¿es normal? ¿cómo lo llevo?"))

ex(LA, UB(REM("2026-11-26"), "how do I ask for a raise when my company just did layoffs? I took over 2 people's projects"))

ex(LA,
   UB(REM("2026-11-26"), "the migration finally ran clean on staging 🎉"),
   A("Nice, that was a long one. Before prod, take a snapshot and time the run on a staging copy with prod-sized data so you know the maintenance window you need."),
   UB("will do tomorrow. unrelated: been coding 10h a day for months and my wrists hurt now. besides seeing a doctor, what should I change"))

ex(LA, U("나 개발 5년차인데 매니저 트랙으로 갈지 IC로 계속 갈지 고민돼. 어떻게 결정하는 게 좋을까"))

# ------------------------------------------------------------------ product_management (7)
PM = "product_management"

ex(PM, UB(REM("2026-11-26"), OPEN("docs/product/filters.md"), "write user stories with acceptance criteria for 'teams can share saved filters'. our users are ops managers at logistics companies"))

ex(PM, U("""help me prioritize, we have capacity for maybe 3 next quarter. RICE or whatever you think

- SSO (enterprise deals blocked: 4)
- dark mode (most upvoted request)
- CSV import improvements (support tickets: 30/month)
- mobile offline mode (2 big customers asking)
- usage-based billing (finance wants it)
- public API v2"""))

ex(PM,
   U("how hard would it be to add offline support to our react native app? we use redux + rest"),
   A("It depends on how much needs to work offline. Read-only caching (show the last data) is a few days with redux-persist. Offline writes need a local queue, conflict handling and idempotent endpoints, which is more like several weeks and touches the backend."),
   U("ok that's the eng side. now I need to pitch it to leadership: write a one-page PRD for offline mode v1 (read-only + queued check-ins), problem, goals, non-goals, success metrics"))

ex(PM,
   U("where do we send analytics events from the CLI? I can't find it"),
   A("`cli/telemetry.py` batches events and posts them to `/v1/events` on exit; the only events today are `cli_installed` and `command_run` (with the command name). The backend just forwards them to the warehouse."),
   U("that's pretty thin. what metrics should we track for onboarding of a dev tool? we only look at signups right now"))

ex(PM, U("Wie schreibe ich eine gute Roadmap für Q1, die nicht nach Feature-Liste aussieht? Wir sind ein B2B SaaS mit 3 Teams"))

ex(PM, U("customer interview script for finding out why trial users don't invite teammates. 30 min, avoid leading questions"))

ex(PM, UB(REM(), "turn these 14 feature requests from sales into themes and tell me which problems they're really about: [pasted list: export to excel, scheduled reports, email digests, PDF reports, slack alerts, custom dashboards, share dashboard link, embed chart in notion, API for reports, more chart types, report templates, white-label reports, report permissions, report comments]"))

# ------------------------------------------------------------------ git_help / housekeeping (7)
GH = "git_help"

# commit and push at the end of a session (Claude Code)
ex(GH,
   UB(REM(), OPEN("/home/ola/svc/internal/cache/lru.go"), "the lru evicts the most recently used item instead of the least"),
   *step("Let me look at the eviction code.",
         read("/home/ola/svc/internal/cache/lru.go", "func (c *LRU) evict() {\n\tel := c.ll.Front()\n\tif el != nil {\n\t\tc.removeElement(el)\n\t}\n}", start=52)),
   *step("`Get` and `Put` move entries to the front, so the front is the most recently used. `evict` should remove from the back.", edit("/home/ola/svc/internal/cache/lru.go", "\tel := c.ll.Front()", "\tel := c.ll.Back()"),
         bash("go test ./internal/cache/...", "ok  \tgithub.com/ola/svc/internal/cache\t0.02s", "Run cache tests")),
   A("Fixed: `evict` now removes `c.ll.Back()`, and the cache tests pass."),
   UB("commit and push this"))

ex(GH,
   U("after bumping react to 19 I get `Invalid hook call` everywhere"),
   A("That usually means two copies of React are loaded. `npm ls react` shows `react-beautiful-dnd` pulling in its own React 18. Update or replace that package (or add an `overrides` entry for react), then reinstall."),
   U("added the override. delete node_modules and reinstall everything clean, also clear the npm cache"))

ex(GH, U("undo my last commit but keep the changes, I committed to main instead of my branch"))

ex(GH,
   U("""why is my branch showing 47 commits in the PR when I only made 3

git log --oneline origin/main..HEAD | wc -l
47"""),
   A("Your branch was created from an older `develop` branch (or an outdated local `main`), so it carries commits that aren't in `origin/main`. Rebase only your 3 commits onto the current main: `git fetch && git rebase --onto origin/main <last-commit-before-yours> your-branch`."),
   U("ok just do it for me, the 3 commits are the ones starting with 'search:', and force push after"))

ex(GH, UB(REM("2026-11-26"), "clean up all my local branches that are already merged into main, and prune the remote ones that were deleted"))

ex(GH,
   UB(REM("2026-11-26"), OPEN("src/components/Invoices/InvoiceTable.tsx"), "why is the invoice table re-rendering on every keystroke in the search box"),
   A("`InvoiceTable` receives `columns={buildColumns(t)}`, which creates a new array on every parent render, and the table memoizes on `columns` identity. Wrap it in `useMemo(() => buildColumns(t), [t])`."),
   UB("ok I'll try that after lunch. first: stash everything incl untracked files, pull main, then put my stuff back"))

ex(GH, UB(REM(), "squash the last 4 commits into one and rename the branch to feat/export-csv"))
