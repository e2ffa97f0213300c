from common import *

# ---------------- creative_writing ----------------
C = "creative_writing"
conv(C,
     "the race condition in the cache is fixed?",
     "Yes — the double-checked locking now re-reads under the write lock, and the stress test ran 10k iterations clean.",
     "ok write me a little haiku about this bug for the team channel, it haunted us for a month")
conv(C, "write a limerick about a developer who force pushed to main on a friday")
conv(C,
     cc(date(), "deploy to staging"),
     call(None, ("a", "Bash", {"command": "make deploy ENV=staging"})),
     results(("a", "helm upgrade --install api ./chart -n staging\nRelease \"api\" has been upgraded. Happy Helming!\nREVISION: 212")),
     A("Deployed to staging — Helm revision 212."),
     cc("revision 212 lol. write a short dramatic poem about our 212 deploys this quarter for the retro slides"))
conv(C, "short bedtime story for my 6yo where a little robot learns to debug, no jargon")
conv(C, "i need a funny farewell rap verse for our backend lead who's leaving, he loves postgres and hates yaml")
conv(C,
     "write the unit tests for the tokenizer",
     "Added 14 tests covering identifiers, numbers, strings with escapes, comments and error positions.",
     "thx. now something fun: a sonnet from the point of view of the tokenizer lol")
conv(C, "Schreib ein kurzes Gedicht über Kubernetes für die Weihnachtsfeier, gerne ein bisschen albern")
conv(C, "escribe un cuento corto de terror para programadores: el servidor de producción que nadie se atreve a reiniciar")
conv(C, "写一首关于加班修 bug 的打油诗，轻松一点")
conv(C, "a 6-word story about legacy code")
conv(C,
     "thanks, the migration ran clean",
     "Great — 38M rows backfilled with no lock issues.",
     "we're naming the release. give me 10 silly codename ideas in a space/astronomy theme")
conv(C, "write a villain monologue delivered by a null pointer. dramatic, for a conference talk opener")
conv(C, "un petit poème pour le départ à la retraite de notre admin système, 30 ans de maison")
conv(C, "tagline-ish rhyme for the team hoodie, our team is called 'the on-call owls'")

# ---------------- business_writing ----------------
C = "business_writing"
conv(C,
     "the export bug is fixed and deployed",
     "Confirmed — the fix is live in v2.8.3 and the affected CSV exports regenerate correctly.",
     "write an email to the 40 affected customers apologizing, explaining briefly what happened and that their exports are fixed. not too technical")
conv(C,
     cc(date(), "ship the dark mode PR"),
     call(None, ("a", "Bash", {"command": "gh pr merge 588 --squash --delete-branch"})),
     results(("a", "✓ Squashed and merged pull request #588 (Dark mode)\n✓ Deleted branch feat/dark-mode")),
     A("Merged #588 and deleted the branch."),
     cc("now a linkedin post announcing dark mode, excited but not cringe, 3-4 lines"))
conv(C, "need a slack message to the whole eng org: we're freezing deploys from dec 20 to jan 5, exceptions need VP approval")
conv(C, "help me write to my manager asking for budget for a second monitor and a better chair, keep it short and professional")
conv(C,
     "ok the rate limiter is in",
     "Done — 100 req/min per key, 429 with Retry-After, and the limits are configurable per plan.",
     "draft the customer announcement for the status page + email: rate limits go live for the API on Jan 15, here's what changes for them")
conv(C, "tweet thread (4 tweets) about how we cut our CI time from 45 to 9 min. punchy")
conv(C, "write a reply to this customer, they're angry: \"your API has been down 3 times this month and nobody told us. we're considering switching.\" we had 2 incidents actually, both on the status page")
conv(C, "cover letter for a senior backend role at a fintech, I've done 6 yrs python/go, led a payments migration")
conv(C,
     "write the SQL for monthly active users",
     "```sql\nSELECT date_trunc('month', ts) AS month, count(DISTINCT user_id) AS mau\nFROM events GROUP BY 1 ORDER BY 1;\n```",
     "numbers look great. write a short update for the investors newsletter about MAU growth (+38% since june), upbeat")
conv(C, "Schreib eine freundliche, aber bestimmte E-Mail an den Dienstleister: die Rechnung für November enthält 40 Stunden, die wir nicht beauftragt haben")
conv(C, "redacta un anuncio para el blog de la empresa: lanzamos nuestra API pública en beta, buscamos early adopters")
conv(C, "écris un message pour informer l'équipe que je serai en congé du 23/12 au 3/01 et qui me remplace pour les revues de code")
conv(C, "escreve um e-mail para o cliente explicando que a entrega da funcionalidade atrasa duas semanas por causa de uma dependência de terceiros")
conv(C, "job posting for a mid-level frontend engineer, react/ts, remote EU, we're a 12-person startup doing logistics software")
conv(C,
     cc(date(), "is everything green on main"),
     call(None, ("a", "Bash", {"command": "gh run list --branch main --limit 3"})),
     results(("a", "completed\tsuccess\tci\tmain\tpush\t2m ago\ncompleted\tsuccess\tdeploy\tmain\tpush\t1m ago")),
     A("Yes — both CI and deploy succeeded on the latest main push."),
     cc("great. write the 'we're live' message for the #customers-success channel so they know the SSO feature is out and what to tell clients"))
conv(C, "polish this paragraph for our grant application, it's about our open source project's impact: 'our lib is used by lots of people and companies and it helps them parse pdfs faster'")
conv(C, "draft a polite decline to a recruiter, I'm happy where I am but keep the door open")
conv(C, "one-paragraph bio for a conference speaker page, I'm a staff engineer working on databases, talk is about postgres vacuum")

# ---------------- general_knowledge ----------------
C = "general_knowledge"
conv(C,
     "the unicode normalization fix works",
     "Good — NFC normalization before comparison fixed the mismatched filenames from macOS.",
     "random but — why does macOS use NFD in the first place? history question, not code")
conv(C, "who invented the linked list? and was it really for AI research")
conv(C, "why is it called a 'bug', was there really a moth")
conv(C, "how do undersea internet cables get repaired")
conv(C, "what's the difference between a CPU cache and RAM physically, like the actual hardware")
conv(C,
     "ok tests pass on the raspberry pi now",
     "Nice — the ARM build needed the `-latomic` flag for the 32-bit target.",
     "off-topic, is the raspberry pi still made in wales? always wondered")
conv(C, "warum heißt Python eigentlich Python? Wegen der Schlange?")
conv(C, "¿Por qué los años bisiestos se saltan cada 100 años pero no cada 400?")
conv(C, "GPS는 어떻게 상대성이론 보정을 해요? 그냥 궁금해서요")
conv(C, "how did people do version control before git, like in the 80s")

# ---------------- math_help ----------------
C = "math_help"
conv(C, "if my service has 99.9% uptime and depends on 3 others each at 99.95%, what's the combined availability? just the math")
conv(C,
     "the hash function is in",
     "Added `fnv1a64` with tests against the reference vectors.",
     "what's the birthday-paradox probability of a collision with 64-bit hashes and 10 million items? show the math")
conv(C, "explain bayes theorem with the classic disease test example, I always forget it")
conv(C, "solve: 3x + 7 = 2(x - 4) + 19, show the steps, helping my kid")
conv(C, "what's the derivative of x^x")
conv(C, "Wie berechne ich den Zinseszins, wenn ich 10.000 € über 15 Jahre mit 4,5 % p.a. monatlich verzinst anlege?")
conv(C, "how many ways can I choose 3 reviewers from a team of 11 if two specific people can't both be picked")
conv(C, "prove that sqrt(2) is irrational, short version")

# ---------------- language_translation ----------------
C = "language_translation"
conv(C,
     "write the error message for the quota exceeded case",
     "`\"You've reached your monthly export limit. Upgrade your plan or wait until {reset_date} to export again.\"`",
     "translate that into german, french and spanish for the locale files, just the strings")
conv(C, "translate to english: 'Das Deployment ist am Freitagabend fehlgeschlagen, weil jemand die Umgebungsvariablen geändert hat.'")
conv(C, "переведи на английский, это для письма клиенту: «Мы исправили ошибку и выпустили обновление. Приносим извинения за неудобства.»")
conv(C, "これを自然な英語にしてください：「お手数ですが、ログを添付していただけますか？」")
conv(C, "translate this into brazilian portuguese, it's for our app store description: 'Track your team's tasks, deadlines and time in one place.'")
conv(C,
     cc(date(), "ok the i18n keys are all in en.json now"),
     "Good — 214 keys extracted, no hard-coded strings left in the components.",
     cc("translate the onboarding ones to italian:\n\n\"onboarding.welcome\": \"Welcome aboard!\",\n\"onboarding.step1\": \"Create your first project\",\n\"onboarding.step2\": \"Invite your teammates\",\n\"onboarding.done\": \"You're all set\""))
conv(C, "como se diz 'quebrar a cara' em inglês de um jeito natural? tipo, me dei mal tentando")
conv(C, "Przetłumacz na angielski: 'Proszę o przesunięcie spotkania na czwartek, bo w środę mam wdrożenie.'")

# ---------------- summarization ----------------
C = "summarization"
conv(C, "tl;dr this thread for me, I was on vacation:\n\nAna: should we drop IE11 support finally\nBen: analytics says 0.3% of sessions\nAna: but one enterprise customer, Kessler, still uses it\nChris: Kessler told sales they upgrade in Feb\nBen: so drop it after Feb?\nAna: yes, target March release, sales to confirm with Kessler\nChris: I'll ping Maria in sales today\nBen: 👍 I'll make the ticket")
conv(C,
     "thanks for the fix on the csv parser",
     "You're welcome! Quoted newlines are handled now.",
     "can you summarize this meeting transcript into action items? it's not about code, it's the quarterly planning\n\nTom: so Q1 we focus on enterprise SSO and audit logs\nLina: and the billing revamp?\nTom: pushed to Q2 unless finance escalates\nLina: ok, I'll tell finance\nRaj: hiring — we need two more backend people\nTom: approved, Raj owns the job posts\nLina: offsite in March?\nTom: yes, Lina to find venues by end of Jan")
conv(C, "summarize this article in 3 bullets: (pasted) 'Remote work productivity has been debated since 2020. A new study of 12,000 engineers across 40 companies found that fully remote teams shipped 8% fewer features but had 20% fewer production incidents. Hybrid teams performed between the two. The authors suggest that focus time matters more than location, and recommend meeting-free blocks of at least 3 hours.'")
conv(C, "zusammenfassen bitte, in 2 Sätzen: die neue Urlaubsregelung (Text unten) — Mitarbeitende erhalten ab 2027 30 statt 28 Tage Urlaub. Nicht genommener Urlaub verfällt am 31. März des Folgejahres. Sonderurlaub für Umzug: 1 Tag. Anträge über das HR-Portal mindestens 2 Wochen vorher.")
conv(C, "give me the gist of this customer feedback dump, what are the top 3 complaints:\n\n- export is slow\n- can't find the export button\n- mobile app logs me out\n- export to excel breaks umlauts\n- logging out randomly on phone\n- pricing page confusing\n- love the new dashboard\n- app logs out every day on android")
conv(C,
     cc(date(), "read the RFC doc someone dropped in docs/rfcs/0042-pricing.md"),
     call(None, ("a", "Read", {"file_path": "docs/rfcs/0042-pricing.md"})),
     results(("a", "# RFC 0042: Usage-based pricing\n\n## Summary\nMove from per-seat to per-event pricing for the Pro plan.\n\n## Motivation\nSeats punish growing teams; 60% of churn interviews cite seat cost.\n\n## Proposal\n- Free tier: 10k events/month\n- Pro: $0.40 per 1k events, no seat limit\n- Enterprise: committed volume discounts\n\n## Risks\n- Revenue unpredictability for finance\n- Customers fear bill shock -> add spend caps\n\n## Open questions\n- Grandfather existing customers for 12 or 6 months?")),
     cc("summarize it for me in like 4 lines, I have a meeting about it in 5 min"))
conv(C, "résume-moi ce mail en une phrase : « Bonjour à tous, suite à la réunion de mardi, nous avons décidé de reporter le lancement de la version mobile au mois de février afin de finaliser les tests de sécurité demandés par le client. Merci de mettre à jour vos plannings en conséquence. »")
conv(C, "summarize the key points of the agile manifesto for someone non-technical")
