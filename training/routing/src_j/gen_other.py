from h import ex, SR, SRt, T, FILE, SEL, call, res

# ---- chit_chat (sign-offs, thanks, banter) ----
ex("chit_chat",
   [SR(), T("the worker tests are failing on CI")],
   call(None, ("Bash", "gh run view --log-failed | tail -8")),
   res("test\t  ● worker › retries on timeout\n    Timeout - Async callback was not invoked within the 5000 ms timeout"),
   call("The retry test waits on real timers. Switching it to fake timers.", ("Edit", {"file_path": "test/worker.test.ts", "old_string": "describe('worker', () => {", "new_string": "describe('worker', () => {\n  beforeEach(() => jest.useFakeTimers());"})),
   res("The file test/worker.test.ts has been updated."),
   call(None, ("Bash", "npx jest test/worker.test.ts")),
   res("Tests: 9 passed, 9 total"),
   "All 9 worker tests pass now.",
   "legend. that's it for today, I'm off 🍺")
ex("chit_chat", "lol you were right, it was DNS. it's always DNS")
ex("chit_chat", [SR(), T("danke dir, hat alles geklappt! schönes Wochenende 🙂")])
ex("chit_chat",
   "why does my jest snapshot keep changing",
   "The snapshot includes `new Date()` output, so it differs on every run. Mock the clock with `jest.useFakeTimers().setSystemTime(...)`.",
   "ahh of course. ok you've saved me twice today, I owe you a coffee ☕ (can you even drink coffee)")
ex("chit_chat", "ありがとう！助かりました。今日はこれで終わりにします")
ex("chit_chat", "are you having a good day? i've been staring at terraform for 6 hours and need to talk to something that isn't a plan output")
ex("chit_chat",
   [SR(), T("run the full test suite one more time")],
   call(None, ("Bash", "make test")),
   res("=========== 1,204 passed, 3 skipped in 88.41s ===========")
   ,
   "All green: 1,204 passed, 3 skipped.",
   [T("🎉🎉 finally. ok nothing else, just wanted to celebrate with someone")])

# ---- git_help (housekeeping) ----
ex("git_help",
   [SR(), T("fix the typo in the error message in validators.py")],
   call(None, ("Edit", {"file_path": "app/validators.py", "old_string": "\"Emial is required\"", "new_string": "\"Email is required\""})),
   res("The file app/validators.py has been updated."),
   "Fixed.",
   "I committed that on main by accident instead of my feature branch, and didn't push yet. move it over")
ex("git_help", "how do I undo `git add .` without losing my changes")
ex("git_help",
   [SR(), T("clean up the branches")],
   call(None, ("Bash", "git branch --merged main | grep -v '\\*\\|main' | wc -l && git branch -r | wc -l")),
   res("47\n212"),
   "47 local branches are already merged into main; 212 remote-tracking branches exist.",
   "delete the merged local ones, and prune remote-tracking refs for branches that are gone on origin. don't touch release/*")
ex("git_help", "git: tengo 6 commits de 'wip' en mi rama, quiero dejarlos en uno solo antes del PR sin perder los cambios. ¿cómo?")
ex("git_help", "accidentally committed a 300MB video into the repo 3 commits ago, pushed to my branch only. how do I get it out of history so the push doesn't get rejected")
ex("git_help", [SR(), T("rebase my branch on latest main and resolve conflicts in package-lock by regenerating it")])
ex("git_help", "wie setze ich bei einem Tag nachträglich die Commit-Message um? v2.4.1 zeigt auf den richtigen Commit, nur die Annotation ist falsch. schon gepusht")

# ---- life_advice (careers) ----
ex("life_advice", "I've been a backend dev for 4 years and I'm bored. everyone says go into ML but I don't enjoy math. is staff engineer track vs management the real choice here? how do people decide")
ex("life_advice",
   [SR(), T("why does this go test hang")],
   "`TestWorker` starts a goroutine reading from `ch` that's never closed, so `wg.Wait()` blocks forever. Close the channel after sending.",
   "thanks. honestly I'm so slow at this compared to my team, I've been at this job 3 months and still need help with basics. is that normal or should I be worried about getting fired")
ex("life_advice", "Tengo una oferta de una startup con más sueldo pero menos estabilidad, y mi empresa actual es aburrida pero segura. Tengo 2 hijos. ¿Cómo lo pensarías?")
ex("life_advice", "how do I stop working until 11pm? I'm remote and there's no commute to mark the end of the day. every evening I 'just check one thing' in slack")
ex("life_advice", "30살에 비전공자로 개발자 전향하려고 합니다. 부트캠프 vs 독학 vs 대학원 중에 뭐가 나을까요?")
ex("life_advice", "my tech lead takes credit for my work in every demo. how do I handle this without torching the relationship")
ex("life_advice", "imposter syndrome after getting promoted to senior. how do people deal with this")

# ---- business_writing (emails/posts about tech) ----
ex("business_writing",
   [SR(), T("what's left on the migration to the new payment provider?")],
   call(None, ("Bash", "gh issue list --label payments-migration --state open --json title --jq '.[].title'")),
   res("Migrate saved cards (tokens) from Braintree\nUpdate refund flow for partial refunds\nSwitch webhooks in prod\nDecommission Braintree account"),
   "Four open items: token migration, partial refunds, prod webhooks, and decommissioning Braintree.",
   "write an email to the CFO explaining we'll slip 2 weeks because of the saved-cards token migration, what the risk is, and what we need from finance (sign-off on a 1-day card update window). non technical, calm")
ex("business_writing", "draft a linkedin post announcing we open-sourced our feature-flag library. not cringe, no 'thrilled to announce', mention it handles 2B evaluations/day at acme")
ex("business_writing", "Schreib eine kurze Mail an unsere Kunden: geplante Wartung am Samstag 02:00–04:00 MEZ, API nicht erreichbar, Webhooks werden danach nachgeliefert.")
ex("business_writing", "need a slack message to the whole eng org: starting monday, main is protected, all merges need 1 approval + green CI, no more direct pushes. friendly but firm")
ex("business_writing", "write a status page incident update: elevated error rates on the EU API since 09:40 UTC, identified a faulty load balancer config, mitigation in progress, next update in 30 min")
ex("business_writing", "aidez-moi à rédiger une réponse à un client mécontent qui dit que notre API est « toujours en panne ». Le SLA est respecté (99,95 % ce mois-ci) mais il a eu deux incidents. ton professionnel, empathique")
ex("business_writing", "cover letter for a senior Go developer role at a fintech, I have 6 years of Go, led the migration of a payments ledger to event sourcing, and mentored 4 juniors")

# ---- creative_writing (verses about code etc) ----
ex("creative_writing",
   [SR(), T("the deploy finally went through?")],
   call(None, ("Bash", "kubectl -n prod rollout status deploy/api")),
   res("deployment \"api\" successfully rolled out"),
   "Yes, the rollout completed.",
   "after 3 days of this. write a short dramatic poem about the deploy to post in #eng-random, mention the flaky readiness probe and kevin's typo")
ex("creative_writing", "haiku about a segfault at 4am")
ex("creative_writing", "write a short bedtime story for my 6 year old about a little robot who learns to fix bugs in the toy factory")
ex("creative_writing", "Escribe un soneto sobre el último día antes de jubilar un servidor COBOL que funcionó 30 años")
ex("creative_writing", "limerick for my coworker's farewell card, she's the one who always said 'did you try turning off the cache'")
ex("creative_writing", "write a rap verse roasting our legacy PHP codebase for the team offsite, keep it PG")
ex("creative_writing", "夜中のデプロイについての短い詩を書いて。少しユーモアを入れて")

# ---- general_knowledge ----
ex("general_knowledge", "who actually invented the term 'bug' for computers, was it really grace hopper and the moth?")
ex("general_knowledge", "how does GPS figure out my position, like physically")
ex("general_knowledge", "what's the difference between a cold and the flu")
ex("general_knowledge",
   "explain what a CDN does",
   "A CDN caches your content on servers close to users, so requests are served from a nearby edge location instead of your origin.",
   "side question, how do undersea internet cables actually get laid and repaired? saw a ship in the harbor today")
ex("general_knowledge", "Почему небо голубое, а закат красный?")
ex("general_knowledge", "why do airplanes fly at around 35,000 ft and not higher or lower")
ex("general_knowledge", "qual a diferença entre LLC e S-corp nos EUA? estou pensando em abrir empresa como freelancer estrangeiro")

# ---- math_help ----
ex("math_help", "prove that the sum of the first n odd numbers is n^2")
ex("math_help", "what's the probability of at least two people sharing a birthday in a team of 23? and how do you calculate it")
ex("math_help",
   [SR(), T("how many buckets should the histogram have?")],
   "For latencies between 1ms and 10s with ~10% relative error, use exponential buckets with factor 1.2: about 51 buckets.",
   "wait how did you get 51, show me the math. log base 1.2 of 10000?")
ex("math_help", "Rozwiąż: całka z x*e^(2x) dx. Krok po kroku proszę")
ex("math_help", "eigenvalues of [[2,1],[1,2]] and what do they mean geometrically")
ex("math_help", "if i invest 500/month at 6% annually compounded monthly, how much after 20 years? show the formula")
ex("math_help", "线性代数：为什么矩阵乘法不满足交换律？能举个简单例子吗")

# ---- language_translation ----
ex("language_translation", "translate our error message strings to German and French, keep placeholders like {count} untouched:\n- \"You have {count} unread messages\"\n- \"Session expired, please sign in again\"\n- \"File too large (max {size} MB)\"")
ex("language_translation",
   [SR(), FILE("locales/en.json"), T("what does the checkout namespace contain?")],
   call(None, ("Bash", "jq '.checkout' locales/en.json")),
   res("{\n  \"title\": \"Checkout\",\n  \"pay\": \"Pay now\",\n  \"shipping\": \"Shipping address\",\n  \"promo\": \"Have a promo code?\",\n  \"total\": \"Total incl. VAT\"\n}"),
   "Five strings: title, pay button, shipping label, promo prompt and total.",
   "give me the italian and polish versions of those five")
ex("language_translation", "この英文を自然な日本語にしてください: \"We're sunsetting the v1 API on March 31. Please migrate to v2 before then to avoid disruption.\"")
ex("language_translation", "translate to english: 'Der Kunde hat um eine Verlängerung der Testphase gebeten, da die Integration länger dauert als erwartet.'")
ex("language_translation", "¿cómo se dice en inglés 'quedo atento a sus comentarios' de forma natural para un email de trabajo?")
ex("language_translation", "traduza pro espanhol o texto do onboarding do app: 'Bem-vindo! Conecte sua conta bancária para começar a acompanhar seus gastos.'")
ex("language_translation", "Переведи на английский описание вакансии: 'Ищем опытного backend-разработчика в команду платежей. Удалёнка, гибкий график.'")

# ---- summarization ----
ex("summarization",
   "summarize this thread for someone who missed it, 3 bullets:\n\n> maria: the nightly ETL was 4h late again\n> tom: upstream vendor changed their SFTP to rate-limit us\n> maria: can we parallelize the downloads?\n> tom: they limit per account, not per connection\n> lee: I asked the vendor for a second account, they said 2 weeks\n> maria: ok until then we start the job 3h earlier\n> tom: I'll change the cron today\n> lee: and I'll ping finance about the extra account cost")
ex("summarization",
   [SR(), T("pull the last 30 commits")],
   call(None, ("Bash", "git log -30 --pretty='%h %an %s'")),
   res("a1 anna fix(search): escape quotes\nb2 bob feat(billing): proration for seat changes\nc3 anna chore: bump deps\nd4 chen feat(billing): invoice PDF redesign\ne5 bob fix(billing): rounding on proration\nf6 chen test: invoice snapshots\ng7 anna feat(search): synonyms\nh8 lee docs: api auth section\ni9 bob feat(billing): seat-based plans\nj0 lee ci: cache playwright browsers\n..."),
   "Here are the last 30 commits.",
   "give my manager a 2-line summary of what the team shipped, no commit hashes")
ex("summarization", "tl;dr this RFC intro for me:\n\nThis document specifies the Token Binding protocol version 1.0. Token Binding allows client/server applications to create long-lived, uniquely identifiable TLS bindings spanning multiple TLS sessions and connections. Applications are then enabled to cryptographically bind security tokens to the TLS layer, preventing token export and replay attacks. To protect privacy, the Token Binding identifiers are only conveyed over TLS and can be reset by the user at any time.")
ex("summarization", "Fasse mir bitte das Meeting-Protokoll in 5 Stichpunkten zusammen:\n\nTeilnehmer: Jana, Malte, Sören. Jana berichtet, dass die Migration der Kundendatenbank zu 80 % abgeschlossen ist; offen sind die Archivtabellen. Malte merkt an, dass das Reporting-Team erst ab nächster Woche testen kann. Sören schlägt vor, den Go-Live vom 3. auf den 10. Dezember zu verschieben. Einigung: Go-Live 10.12., Jana übernimmt Archivtabellen bis 5.12., Malte koordiniert Tests mit Reporting. Nächstes Treffen Freitag.")
ex("summarization", "summarize the key points of the twelve-factor app methodology in one sentence each")
ex("summarization", "résume-moi cet article en 3 phrases : (collé ci-dessous) « Les entreprises européennes adoptent de plus en plus le cloud souverain pour répondre aux exigences réglementaires... » (le texte fait 2 pages, les points principaux : RGPD, coûts plus élevés de 15-30 %, offre limitée en GPU, tendance au multi-cloud hybride)")
ex("summarization", "can you condense these 40 lines of standup notes into what's blocked and who's blocked:\n- anna: finished SSO, starting audit logs\n- bob: blocked on design for the invoice page\n- chen: waiting on infra for the staging db upgrade\n- dev: on vacation\n- eli: pairing with anna\n- fay: perf work on search, no blockers\n- gus: blocked, needs prod read access approved by security")

# ---- product_management ----
ex("product_management", "write user stories with acceptance criteria for 'users can export their data as CSV' — GDPR driven, for both individual users and org admins")
ex("product_management", "we have 14 feature requests and capacity for 4 this quarter. what's a good lightweight prioritization framework, RICE? how do I not spend a week on the spreadsheet")
ex("product_management",
   [SR(), T("how many customers use the legacy export?")],
   call(None, ("Bash", "psql -Atc \"select count(distinct account_id) from events where name='legacy_export' and ts > now()-interval '90 days'\"")),
   res("37"),
   "37 accounts used the legacy export in the last 90 days.",
   "ok help me plan the deprecation from a product side — timeline, who to tell when, what to offer the 37 accounts, how to measure whether the new export covers their needs")
ex("product_management", "Cómo escribir un PRD para una funcionalidad de 'modo sin conexión' en nuestra app de inventario? dame la estructura y qué preguntas debo responder")
ex("product_management", "define success metrics for our new onboarding checklist. we want fewer 'how do I' tickets and faster time to first invoice")
ex("product_management", "roadmap review tomorrow and the CEO wants 'AI features'. how do I push back without sounding negative, and which small bets would actually make sense for a scheduling app")
ex("product_management", "write a one-page product brief for an internal developer portal (service catalog, docs, ownership, scorecards). audience: VP eng")
