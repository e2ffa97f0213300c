"""Non-coding and housekeeping requests (the router answers "other" in a coding config):
chit_chat, creative_writing, business_writing, general_knowledge, math_help,
language_translation, summarization, life_advice, product_management, git_help.
Many arrive at the end of a coding session, so the earlier turns look like coding work."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

EXAMPLES = []

# ---------------- chit_chat (7) ----------------
EXAMPLES.append(ex("chit_chat",
    U(REM(), "fix the flaky test in test_scheduler.py"),
    A(Bash("pytest tests/test_scheduler.py -q -p no:randomly --count 20", "Run the test repeatedly")),
    U(Res('''....................F...........
FAILED tests/test_scheduler.py::test_next_run_on_month_boundary - AssertionError
1 failed, 399 passed in 6.31s''')),
    A("It fails about 1 in 20 runs because it calls `datetime.now()` directly. I'll freeze the clock.",
      Edit("/home/ty/sched/tests/test_scheduler.py", "def test_next_run_on_month_boundary():\n", "@freeze_time(\"2026-01-31 23:59:30\")\ndef test_next_run_on_month_boundary():\n")),
    U(Res(edited("/home/ty/sched/tests/test_scheduler.py", "@freeze_time(\"2026-01-31 23:59:30\")\ndef test_next_run_on_month_boundary():", 44))),
    A("The test now runs with a frozen clock and passes 400/400 runs."),
    U("perfect, thanks that's all for today"),
))
EXAMPLES.append(ex("chit_chat",
    U(REM(), "my container exits immediately with code 0, figure out why"),
    A(Bash("docker inspect --format '{{.Config.Entrypoint}} {{.Config.Cmd}}' shop-api:dev", "Check entrypoint and cmd")),
    U(Res("[/docker-entrypoint.sh] [gunicorn app:app -b 0.0.0.0:8000]")),
    A(Read("docker-entrypoint.sh")),
    U(Err(INTERRUPTED), "nvm I figured it out, the entrypoint was missing `exec \"$@\"` at the end lol. all good"),
))
EXAMPLES.append(ex("chit_chat", "lol you're faster than my coworker at this. do you ever get bored of people asking you about regex"))
EXAMPLES.append(ex("chit_chat",
    U(REM(), "gm! how's it going? coffee's kicking in, ready to suffer through some terraform today 😅"),
))
EXAMPLES.append(ex("chit_chat",
    U(REM(), "rename the `usr` variables to `user` in src/profile.ts"),
    A(Edit("src/profile.ts", "const usr = await getUser(id);\n  return usr.name;", "const user = await getUser(id);\n  return user.name;")),
    U(Res(edited("src/profile.ts", "  const user = await getUser(id);\n  return user.name;", 12))),
    A("Renamed `usr` to `user` in `src/profile.ts`."),
    U("gracias crack 🙌"),
))
EXAMPLES.append(ex("chit_chat", "ok I'm logging off, it's 2am and I've been staring at this for 6 hours. good night claude"))
EXAMPLES.append(ex("chit_chat",
    U(REM(), "hast du eigentlich ein Lieblings-Programmiersprache? nur so aus Neugier, ohne Code bitte"),
))

# ---------------- creative_writing (7) ----------------
EXAMPLES.append(ex("creative_writing",
    U(REM(), "why does the nightly job die"),
    A(Bash("journalctl -u nightly-export --since yesterday | tail -5", "Check job logs")),
    U(Res('''Nov 26 03:00:01 box systemd[1]: Started nightly-export.
Nov 26 03:00:14 box export[8812]: panic: runtime error: index out of range [3] with length 3
Nov 26 03:00:14 box systemd[1]: nightly-export.service: Main process exited, code=exited, status=2/FAILURE''')),
    A("It panics on an out-of-range index 13 seconds in: a slice with 3 elements is indexed at [3], a classic off-by-one."),
    U("haha of course it's an off-by-one. before we fix it, write a short dramatic poem about this bug for our team channel"),
))
EXAMPLES.append(ex("creative_writing",
    U(REM(), "run the parser under valgrind"),
    A(Bash("valgrind --error-exitcode=1 ./build/parser tests/fixtures/big.json", "Run parser under valgrind")),
    U(Res("""==31337== Invalid read of size 8
==31337==    at 0x109A2F: node_free (ast.c:212)
==31337==  Address 0x4a8b0c8 is 8 bytes inside a block of size 48 free'd
==31337== ERROR SUMMARY: 3 errors from 1 contexts""")),
    A("Valgrind reports a use-after-free in `node_free` (ast.c:212): the node is read after it was freed."),
    U("it's 3am and I'm delirious. before we fix it write me a haiku about this segfault, bonus points if valgrind is in it"),
))
EXAMPLES.append(ex("creative_writing", "write a short story (~500 words) about a CI pipeline that becomes sentient and refuses to deploy on Fridays. for our internal eng newsletter, light and funny"))
EXAMPLES.append(ex("creative_writing", "limerick about kubernetes pods that won't stop restarting"))
EXAMPLES.append(ex("creative_writing",
    U(REM(), "merge main into my branch"),
    A(Bash("git merge main", "Merge main into current branch")),
    U(Err('''Auto-merging src/app.ts
CONFLICT (content): Merge conflict in src/app.ts
Auto-merging package-lock.json
CONFLICT (content): Merge conflict in package-lock.json
Automatic merge failed; fix conflicts and then commit the result.''')),
    A("Two conflicts: `src/app.ts` and `package-lock.json`."),
    U("ugh. ok before I deal with this, write me a bedtime story about merge conflicts for my kid, she keeps asking what daddy does at work. she's 6"),
))
EXAMPLES.append(ex("creative_writing", "écris-moi un petit poème en alexandrins sur le café et les tests unitaires qui passent enfin, pour le pot de départ d'un collègue dev"))
EXAMPLES.append(ex("creative_writing", "rap verse about null pointer exceptions, old school boom bap vibe, for the team offsite talent show. keep it PG"))

# ---------------- business_writing (7) ----------------
EXAMPLES.append(ex("business_writing",
    U(REM(), "tag v3.0.0 and push the tag"),
    A(Bash("git tag -a v3.0.0 -m 'v3.0.0' && git push origin v3.0.0", "Create and push tag")),
    U(Res('''To github.com:tinyorm/tinyorm.git
 * [new tag]         v3.0.0 -> v3.0.0''')),
    A("Tagged and pushed `v3.0.0`."),
    U("now write a tweet announcing it. highlights: async support, 40% faster queries, python 3.13. under 280 chars, one emoji max"),
))
EXAMPLES.append(ex("business_writing",
    U(REM(), "when did we get the Müller sandbox credentials and how often did their spec change? check the integration repo history"),
    A(Bash("git log --format='%ad %s' --date=short -- docs/mueller-spec/ config/mueller.sandbox.env", "History of spec and credentials")),
    U(Res("""2026-11-19 docs: mueller spec v3 (shipment status enum changed again)
2026-11-10 docs: mueller spec v2 (new auth flow)
2026-11-06 chore: add mueller sandbox credentials
2026-10-14 docs: mueller spec v1""")),
    A("The sandbox credentials arrived Nov 6, about three weeks after spec v1 (Oct 14), and the spec has changed twice since: v2 on Nov 10 (auth flow) and v3 on Nov 19 (status enum)."),
    U("perfect. write an email to their project lead explaining the integration will be 2 weeks late, using those dates. polite but make it clear it's not on us. propose Dec 15"),
))
EXAMPLES.append(ex("business_writing", "blog post for our company engineering blog: 'Why we rewrote our image pipeline in Rust'. key points: p99 from 1.2s to 140ms, memory down 6x, took 3 months with 2 engineers, hardest part was the team learning curve. ~800 words, honest tone, not hype"))
EXAMPLES.append(ex("business_writing", "LinkedIn post celebrating my team shipping the new mobile app after 9 months. want to thank the designers and QA specifically, not cringe, no 'thrilled to announce'"))
EXAMPLES.append(ex("business_writing",
    U(REM(), "schedule: when is the next maintenance window in the ops calendar file"),
    A(Read("/ops/calendar/maintenance.yaml")),
    U(Res(lines('''- window: 2026-12-03T22:00Z/2026-12-04T01:00Z
  systems: [postgres-primary, api]
  change: "Postgres 15 -> 16 major upgrade"
  owner: sre-oncall''')),
    ),
    A("The next window is Dec 3, 22:00–01:00 UTC, for the Postgres 15→16 upgrade; the API will be affected."),
    U("write the customer-facing status page announcement + the email we send to enterprise admins. expected downtime up to 20 min"),
))
EXAMPLES.append(ex("business_writing", "Schreib eine kurze E-Mail an meine Chefin, in der ich um Budget für 2 JetBrains-Lizenzen und einen Konferenzbesuch (code.talks in Hamburg) bitte. Sachlich, mit kurzer Begründung."))
EXAMPLES.append(ex("business_writing", "cover letter for a senior backend role at a fintech. I have 7 years python/go, led a payments migration, want to emphasize reliability work. the company is Qonto. 250 words"))

# ---------------- general_knowledge (7) ----------------
EXAMPLES.append(ex("general_knowledge", "who actually invented the C language, and was it before or after unix? settling a bet at lunch"))
EXAMPLES.append(ex("general_knowledge", "what's the average salary for a senior frontend dev in Berlin vs Amsterdam right now? roughly"))
EXAMPLES.append(ex("general_knowledge",
    U(REM(), "set the cron for the report to run at 9am arizona time"),
    A(Read("/app/deploy/cron.yaml")),
    U(Res(lines('''jobs:
  - name: weekly-report
    schedule: "0 9 * * MON"
    timezone: UTC''')),
      "wait before you change it, does arizona even do daylight saving? I remember something weird about the navajo nation"),
))
EXAMPLES.append(ex("general_knowledge",
    U(REM(), "rerun the failing test"),
    A(Bash("pytest tests/test_relay.py -q", "Rerun the failing test")),
    U(Res("""..
2 passed in 0.12s""")),
    A("Both relay tests pass now that the stale fixture is gone."),
    U("nice. random thought while we're here — why is it even called a 'bug'? is the moth story with grace hopper actually true or a myth"),
))
EXAMPLES.append(ex("general_knowledge", "¿cuántos husos horarios tiene Rusia actualmente? y China por qué solo tiene uno"))
EXAMPLES.append(ex("general_knowledge", "how do credit scores work in the US? moving there for a job and people keep saying I need to 'build credit'"))
EXAMPLES.append(ex("general_knowledge", "什么是摩尔定律？现在还成立吗"))

# ---------------- math_help (7) ----------------
EXAMPLES.append(ex("math_help", "integral of x·e^(2x) dx, show the steps, I'm helping my sister with homework and I forgot integration by parts"))
EXAMPLES.append(ex("math_help",
    U(REM(), "what's our uuid format, v4?"),
    A(Grep("uuid", "src/", "content", **{"-n": True, "head_limit": 3})),
    U(Res('''src/ids.ts:2:import { v4 as uuidv4 } from 'uuid';
src/ids.ts:5:export const newId = () => uuidv4();''')),
    A("Yes, IDs are random UUIDv4s from the `uuid` package."),
    U("ok so purely math question: with 122 random bits, how many ids do we need to generate before a collision has 1% probability? show the birthday approximation"),
))
EXAMPLES.append(ex("math_help", "solve: 3x + 2y - z = 1, 2x - 2y + 4z = -2, -x + 0.5y - z = 0. gaussian elimination please, show each row op"))
EXAMPLES.append(ex("math_help",
    U(REM(), OPEN("src/calc/savings.ts"), "what formula does our savings calculator use"),
    A(Grep("Math\\.pow", "src/calc/savings.ts", "content", **{"-n": True})),
    U(Res("""src/calc/savings.ts:14:  return monthly * ((Math.pow(1 + r / 12, n * 12) - 1) / (r / 12));""")),
    A("It uses the future value of an ordinary annuity with monthly compounding."),
    U("forget the code for a sec, I want to check it by hand: 500€/month at 6% a year for 25 years, compounded monthly. walk me through the math and the final number"),
))
EXAMPLES.append(ex("math_help", "is 2^61 - 1 prime? and why are mersenne primes useful for hashing, just the math intuition"))
EXAMPLES.append(ex("math_help", "ile jest sposobów na rozsadzenie 8 osób przy okrągłym stole, jeśli dwie konkretne osoby nie mogą siedzieć obok siebie?"))
EXAMPLES.append(ex("math_help", "prove that the sum of the first n odd numbers is n². my kid's teacher wants induction"))

# ---------------- language_translation (7) ----------------
EXAMPLES.append(ex("language_translation",
    U(REM(), OPEN("locales/en.json"), "read locales/en.json"),
    A(Read("locales/en.json")),
    U(Res(lines('''{
  "checkout.title": "Review your order",
  "checkout.cta": "Pay now",
  "checkout.shipping_free": "Free shipping over {amount}",
  "errors.card_declined": "Your card was declined. Try another payment method.",
  "errors.session_expired": "Your session expired. Please sign in again."
}'''))),
    A("Five strings: the checkout title, CTA and free-shipping note, and two error messages."),
    U("translate these to Japanese and Brazilian Portuguese, keep the keys and the {amount} placeholder as is. polite register for JP"),
))
EXAMPLES.append(ex("language_translation",
    U(REM(), "cat drafts/contract_reply.txt"),
    A(Bash("cat drafts/contract_reply.txt", "Show the draft")),
    U(Res("""Hi Thomas, thanks for the quick turnaround on the contract. We reviewed it and have two small changes on the payment terms (net 30 instead of net 14). Could we have a short call Thursday to close this out? Best, Jen""")),
    A("That's a short reply to Thomas about the contract's payment terms."),
    U("translate it to German, formal Sie, he's quite old-school"),
))
EXAMPLES.append(ex("language_translation", "how do you say 'deploy freeze' and 'on-call rotation' in Spanish naturally? not literal translations, what would a dev team in Madrid actually say"))
EXAMPLES.append(ex("language_translation", "traduci in inglese questo messaggio per il cliente: 'Abbiamo risolto il problema con l'esportazione delle fatture. Il ritardo era dovuto a un errore nel nostro fornitore. Ci scusiamo per il disagio.'"))
EXAMPLES.append(ex("language_translation",
    U(REM(), "read the app store description draft"),
    A(Read("/repo/marketing/appstore_description.txt")),
    U(Res(lines('''Plan meals for the whole week in 5 minutes.
Scan what's in your fridge, and we'll suggest recipes that use it up.
Shopping lists sync with your partner in real time.
No ads. No tracking. Cancel anytime.''')),
      "translate that into French and Korean for the store listings. keep it short and punchy like the original"),
))
EXAMPLES.append(ex("language_translation", "переведи на английский, это для README, но мне важно именно качество перевода: «Библиотека позволяет описывать конечные автоматы декларативно и генерировать из них диаграммы»"))
EXAMPLES.append(ex("language_translation", "can you translate 'ไม่เป็นไร' and explain when Thai people use it? my new teammate from Bangkok says it all the time in standups"))

# ---------------- summarization (7) ----------------
EXAMPLES.append(ex("summarization",
    U(REM(), "fetch the discussion on issue 2291"),
    A(Bash("gh issue view 2291 --comments", "Show issue discussion")),
    U(Res('''title:	Drop support for Node 18?
state:	OPEN
comments:	14
--
@maintainer-a: Node 18 is EOL in April. Proposing we drop it in v5.
@user-1: We're stuck on 18 due to AWS Lambda runtime in our org until Q3.
@maintainer-b: Lambda has supported 20 since Nov 2023, is it really blocked?
@user-1: Our platform team pins runtimes; not our call.
@user-2: +1 to dropping, fetch/undici differences make testing painful.
@maintainer-a: We could keep v4 on security fixes for 6 months.
@user-3: Please announce ahead; we need 2 sprints notice.
@maintainer-c: Agree with v4 LTS for 6 months. Also want to use native test runner (20+).
@user-1: 6 months of v4 security fixes works for us.
@maintainer-b: Then let's decide: drop in v5, v4 gets security fixes until Oct.
... (4 more +1s)''')),
    A("Issue #2291 proposes dropping Node 18 in v5; 14 comments so far."),
    U("tl;dr of where that landed, 3 bullets, I need to post it in the maintainers channel"),
))
EXAMPLES.append(ex("summarization",
    U(REM(), "read notes/2026-11-25-billing-sync.txt"),
    A(Read("notes/2026-11-25-billing-sync.txt")),
    U(Res(lines('''Priya: ok so the billing migration, where are we
Tom: stripe side is done, we're double-writing since monday, no diffs so far
Priya: great. when do we cut over reads?
Tom: I'd say next wednesday if the diff job stays clean
Ana: support needs a heads up, they'll get questions about the new invoice PDFs
Priya: Ana can you write that up for them by friday
Ana: yep
Tom: also we need someone to own turning off the old cron jobs after cutover
Priya: I'll take that. and let's not do it before the 1st, month-end invoicing
Tom: agreed, so cutover wed, cron cleanup after the 1st
Ana: oh and legal asked whether old invoices keep the old numbering
Priya: yes they do, I'll reply to legal'''))),
    A("That's the transcript of yesterday's billing sync between Priya, Tom and Ana."),
    U("turn it into decisions + action items with owners, for the meeting notes channel"),
))
EXAMPLES.append(ex("summarization", '''can you summarize this RFC section for my non-technical manager, 3-4 sentences:

"This document specifies the OAuth 2.0 Device Authorization Grant. It is designed for Internet-connected devices that either lack a browser to perform a user-agent-based authorization or are input constrained to the extent that requiring the user to input text in order to authenticate during the authorization flow is impractical. It enables OAuth clients on such devices (like smart TVs, media consoles, digital picture frames, and printers) to obtain user authorization to access protected resources by using a user agent on a separate device."'''))
EXAMPLES.append(ex("summarization",
    U(REM(), "read docs/postmortems/2026-10-14-dns.md"),
    A(Read("docs/postmortems/2026-10-14-dns.md")),
    U(Res(lines('''# Postmortem: DNS resolution failures, 2026-10-14

## Summary
Between 13:02 and 14:47 UTC, ~38% of API requests failed with 502 because
CoreDNS pods were OOMKilled after a config change increased the cache size
to 1M entries without raising memory limits.

## Timeline
13:02 config change merged and auto-applied by argo
13:09 first alerts (5xx rate), on-call acknowledged
13:30 suspected upstream provider outage, opened ticket with provider
14:10 noticed CoreDNS restarts in kube-system
14:35 reverted config
14:47 error rate back to baseline

## Root cause
...
## Action items
- [ ] memory limit alerting for kube-system (owner: sre)
- [ ] require review from platform for CoreDNS config (owner: platform)
- [ ] runbook: check cluster DNS before blaming providers (owner: sre)'''))),
    A("That's the postmortem for the Oct 14 DNS incident."),
    U("give me a 2-line version for the monthly report to leadership"),
))
EXAMPLES.append(ex("summarization", "resume en 5 puntos este hilo de Slack para alguien que estuvo de vacaciones:\n\nlucas: el cliente de Chile se queja de que los reportes llegan tarde\nmaria: es por el cron que corre en UTC, para ellos es de madrugada\nlucas: ¿lo movemos?\njuan: si lo movemos afecta a los de España\nmaria: podemos hacerlo por tenant con su zona horaria\njuan: eso son como 3 días de trabajo\nlucas: el cliente paga bien, vale la pena\nmaria: ok lo meto en el sprint que viene\njuan: mientras tanto les mandamos el reporte manual los lunes\nlucas: yo me encargo de eso"))
EXAMPLES.append(ex("summarization",
    U(REM(), "summarize the changes in this release's CHANGELOG section for our sales team, they need to know what to tell customers"),
    A(Grep("## \\[4\\.2\\.0\\]", "CHANGELOG.md", "content", **{"-A": 18})),
    U(Res('''## [4.2.0] - 2026-11-20
### Added
- SSO via Okta and Azure AD (SAML 2.0)
- Bulk user import from CSV (up to 5,000 rows)
- Audit log export (CSV, JSON)
### Changed
- Session timeout configurable per workspace (default 12h, was 24h)
- Dashboard loads ~2x faster for workspaces with > 50 projects
### Fixed
- Duplicate notifications when a task was reassigned twice
- Time tracking rounding error in weekly reports
### Deprecated
- Legacy API keys (v1) — removal planned for 5.0''')),
    A("4.2.0 adds SSO, bulk user import and audit log export, makes session timeouts configurable, speeds up the dashboard, fixes two bugs and deprecates v1 API keys."),
    U("shorter, and only what a customer would care about. 5 bullets max, no jargon"),
))
EXAMPLES.append(ex("summarization", "この記事を3行で要約して：\n\n「リモートワークが定着した結果、多くの企業でオンボーディングの質が低下している。調査によると、入社3か月以内の離職率はリモート中心の企業で対面中心の企業より1.4倍高い。原因として、非公式な質問をしにくい環境、チーム文化の伝わりにくさ、メンターとの接点不足が挙げられる。対策として、バディ制度、週1回の1on1、ドキュメント文化の整備が効果的だとされている。」"))

# ---------------- life_advice (7) ----------------
EXAMPLES.append(ex("life_advice",
    U(REM(), "check if the on-call schedule has me again next week"),
    A(Bash("pd schedule show --id PX91KQ --since 2026-11-30 --until 2026-12-07 | grep -i rahul", "Check on-call schedule")),
    U(Res('''2026-11-30 09:00 → 2026-12-07 09:00  Rahul Mehta (primary)''')),
    A("Yes, you're primary on-call from Nov 30 to Dec 7."),
    U("that's the third week in six. I'm honestly burnt out and I snap at my partner after paged nights. how do I raise this with my manager without sounding like I can't handle it?"),
))
EXAMPLES.append(ex("life_advice", "got two offers: big tech (L5, 210k total comp, boring infra team) vs seed-stage startup (140k + 0.4% equity, founding engineer, super interesting problem). I'm 29, no kids, some savings. how would you think about this?"))
EXAMPLES.append(ex("life_advice", "how do I ask for a raise? I've taken over the tech lead work since our lead left 5 months ago but my title and pay haven't changed. review cycle is in January"))
EXAMPLES.append(ex("life_advice",
    U(REM(), "time my solution on the large input"),
    A(Bash("time python practice/lru.py < practice/big_input.txt > /dev/null", "Time the practice solution")),
    U(Res("""real	0m0.412s
user	0m0.388s
sys	0m0.021s""")),
    A("0.41s on the large input, well within typical limits."),
    U("cool. honestly the coding part isn't my problem. I have a staff-level system design interview on friday and I freeze every time someone watches me think. any tips for staying calm and structuring the conversation?"),
))
EXAMPLES.append(ex("life_advice", "sou dev júnior há 8 meses e sinto que não sei nada, todo mundo parece muito mais rápido. isso passa? como lidar com a síndrome do impostor"))
EXAMPLES.append(ex("life_advice",
    U(REM(), "how many commits did I make this year"),
    A(Bash("git log --author=\"$(git config user.email)\" --since=2026-01-01 --oneline | wc -l", "Count my commits this year")),
    U(Res("1184")),
    A("1,184 commits since January 1."),
    U("lol. my manager says I don't 'communicate impact' enough for promo. how do I actually do that without feeling like I'm bragging? I'm not good at self promotion"),
))
EXAMPLES.append(ex("life_advice", "mein Team ist komplett remote und ich fühle mich nach einem Jahr immer noch nicht als Teil davon. Wie baue ich Beziehungen zu Kolleg:innen auf, die ich nie persönlich treffe?"))

# ---------------- product_management (7) ----------------
EXAMPLES.append(ex("product_management",
    U(REM(), "what does the export feature support right now"),
    A(Grep("export", "src/features/export", "files_with_matches")),
    U(Res('''src/features/export/CsvExport.tsx
src/features/export/useExport.ts
src/features/export/api.ts''')),
    A("Export currently only supports CSV, via `CsvExport.tsx` and the `useExport` hook."),
    U("write user stories for the export revamp (xlsx, scheduled exports, column picker, share via link) with acceptance criteria. not the code, the stories for the backlog"),
))
EXAMPLES.append(ex("product_management", '''prioritize these with RICE, rough numbers are fine, and tell me what to cut for Q1:
1. dark mode (lots of requests, ~2 weeks)
2. SSO for enterprise (3 deals blocked, ~5 weeks)
3. mobile offline mode (~8 weeks, 15% of users are field workers)
4. redesign onboarding (activation is 31%, ~3 weeks)
5. public API v2 (~6 weeks, partners asking)'''))
EXAMPLES.append(ex("product_management",
    U(REM(), "do we have any notion of teams or shared accounts in the data model"),
    A(Grep("class (Team|Workspace|Organization|Account)\\b", "app/models", "content", **{"-n": True})),
    U(Res("""app/models/account.py:8:class Account(Base):""")),
    A("Only `Account`, which is one per person; there's no team, workspace or organization model."),
    U("right. before anyone writes code I need a one-page PRD for 'team workspaces': problem, goals/non-goals, personas, success metrics, open questions"),
))
EXAMPLES.append(ex("product_management", "what metrics should we track for the new checkout flow launch? we want to know within 2 weeks if it's better than the old one. we'll A/B it 50/50"))
EXAMPLES.append(ex("product_management",
    U(REM(), "count how many support tickets mention 'slow' per month from the export"),
    A(Bash("python scripts/tickets.py --grep slow --by month --since 2026-06", "Count tickets mentioning slow")),
    U(Res('''2026-06  41
2026-07  38
2026-08  66
2026-09  97
2026-10  131
2026-11  152''')),
    A("Tickets mentioning \"slow\" went from 41 in June to 152 in November, a steady rise since August."),
    U("I need to convince leadership to fund a performance quarter instead of new features. help me frame the pitch: problem, evidence, proposal, what we'd give up"),
))
EXAMPLES.append(ex("product_management", "como PM, ¿cómo escribo un roadmap para el próximo semestre que no sea una lista de features con fechas? el equipo odia comprometerse a fechas y ventas las pide siempre"))
EXAMPLES.append(ex("product_management", "we have 400 feature requests in canny. how do I triage them into themes and decide what's worth investigating, without reading all 400 one by one every quarter?"))

# ---------------- git_help / housekeeping (7) ----------------
EXAMPLES.append(ex("git_help",
    U(REM(), "add an index on orders(customer_id, created_at) in a new migration"),
    A(Write("/app/db/migrate/20261126101500_add_orders_customer_created_idx.rb", '''class AddOrdersCustomerCreatedIdx < ActiveRecord::Migration[7.2]
  disable_ddl_transaction!

  def change
    add_index :orders, [:customer_id, :created_at], algorithm: :concurrently
  end
end''')),
    U(Res("File created successfully at: /app/db/migrate/20261126101500_add_orders_customer_created_idx.rb")),
    A("Created the migration; it builds the index concurrently so the table isn't locked."),
    U("commit and push this"),
))
EXAMPLES.append(ex("git_help", "delete node_modules and reinstall, and clear the npm cache while you're at it"))
EXAMPLES.append(ex("git_help",
    U(REM(), "what's the state of my branch"),
    A(Bash("git status -sb && git log --oneline -4", "Show branch status")),
    U(Res('''## main...origin/main [ahead 3]
 M src/api/client.ts
?? notes.txt
e41a2c9 wip: retry logic
7d0b3e1 fix typo
c3f9a10 add retry to client
5a2e8d4 Merge pull request #311 from ops/bump-deps''')),
    A("You're on `main`, 3 commits ahead of `origin/main`, with one modified file and an untracked `notes.txt`."),
    U("oh no, I committed to main instead of a branch. move these 3 commits to a new branch feat/retry and reset main to origin without losing my uncommitted changes"),
))
EXAMPLES.append(ex("git_help",
    U(REM(), "git log -5"),
    A(Bash("git log --oneline -5", "Show recent commits")),
    U(Res("""d81f3a2 fix lint
a90c1e7 handle csv bom
5c2b7d0 wip
3f0e912 bulk invite endpoint
8e1a4c3 Merge pull request #402 from team/deps""")),
    A("The last four commits on your branch are the bulk invite work; `8e1a4c3` is the merge from main."),
    U("squash those 4 into one with the message 'feat: bulk invite'. branch is already pushed but only I use it"),
))
EXAMPLES.append(ex("git_help",
    U(REM(), "stage everything"),
    A(Bash("git status --short", "Check what would be staged")),
    U(Res(''' M app/billing/invoice.py
 M app/billing/tests/test_invoice.py
?? .env
?? scratch.ipynb
?? app/billing/pdf.py''')),
    A("Before staging everything: there's an untracked `.env` and a `scratch.ipynb` in the list."),
    U("right, stage everything except .env and the notebook, add both to .gitignore, and commit as 'invoice pdf generation'"),
))
EXAMPLES.append(ex("git_help", "wie mache ich den letzten Commit rückgängig, behalte aber die Änderungen im Working Tree? Er ist noch nicht gepusht"))
EXAMPLES.append(ex("git_help",
    U(REM(), "rebase my branch on main"),
    A(Bash("git fetch origin && git rebase origin/main", "Rebase onto main")),
    U(Err('''Auto-merging src/router.ts
CONFLICT (content): Merge conflict in src/router.ts
error: could not apply 9c1d2e4... feat: add /teams routes
hint: Resolve all conflicts manually, mark them as resolved with
hint: "git add/rm <conflicted_files>", then run "git rebase --continue".''')),
    A("The rebase stopped on `9c1d2e4` with a conflict in `src/router.ts`."),
    U("nah abort it, I'll just merge main instead. do that"),
))
