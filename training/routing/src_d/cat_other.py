"""Non-coding and housekeeping requests (the router answers "other" for these in a coding config)."""
from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

EXAMPLES = []
add = EXAMPLES.append

# ---------------- chit_chat ----------------
C = "chit_chat"
t1 = use("Bash", command="pytest -q tests/test_export.py", description="Run export tests")
add(ex(C,
    U(reminder(), "the csv export drops the last row, fix it"),
    A("Found it: the loop used `range(len(rows) - 1)`. Fixed and running the tests.", t1),
    U(result(t1, "........                                                     [100%]\n8 passed in 0.41s")),
    A("All 8 tests pass, including a new one for the last-row case."),
    U("perfect thanks that's all")))
add(ex(C,
    U('''why does my celery worker ignore the queue setting

celery -A app worker -Q reports'''),
    A("Are the tasks actually routed to `reports`? Check `task_routes` in your config, or whether you call `.apply_async(queue=\"reports\")`. Without a route they go to the default `celery` queue, which this worker doesn't consume."),
    U("nvm I figured it out, typo in the task_routes key lol")))
add(ex(C, U(reminder("2026-03-02"), "gm claude, ready for another day of yaml")))
add(ex(C, U(reminder("2026-12-24"), "no tasks today, just wanted to say you've been a big help this year. happy holidays 🎄")))
add(ex(C, U("jajaja ok ya funciona, eres un crack. me voy a comer")))
add(ex(C, U("はは、今日はもうコード見たくない。おつかれさま")))
add(ex(C,
    U("can you rename the `tmp` variables in parser.py to something meaningful"),
    A("Sure — which ones? There are `tmp` locals in `parse_header`, `read_block` and `_merge`."),
    U("eh actually leave it, not worth the diff noise before the release. we're good for now")))

# ---------------- creative_writing ----------------
C = "creative_writing"
add(ex(C, U("write a short poem about a segfault at 3am, kind of melancholy, for the team's #random channel")))
add(ex(C, U("écris un petit texte humoristique (genre fable de La Fontaine) sur un développeur qui pousse en prod le vendredi à 17h")))
add(ex(C, U(reminder(), "haiku sequence about kubernetes restarting my pod over and over. 3 haikus")))
add(ex(C, U("I'm doing a lightning talk on tech debt. need a 90-second opening story, like a fairy tale where the kingdom's castle is built on 'temporary' scaffolding that's 10 years old")))
add(ex(C, U("schreib einen kurzen Blogpost-Einstieg, ein bisschen augenzwinkernd, darüber wie wir nach 6 Jahren unser PHP-Monolith endlich abgeschaltet haben. Nur die Einleitung, 2 Absätze")))
add(ex(C, U(reminder(), "ok unrelated to the code: my coworker is leaving tomorrow, she maintained our CI for 4 years. write a funny farewell limerick about flaky pipelines for her card")))
add(ex(C, U("帮我写一首打油诗，主题是产品经理半夜改需求，程序员崩溃，要押韵")))

# ---------------- business_writing ----------------
C = "business_writing"
add(ex(C, U(reminder("2026-02-24"), "need an email to a client explaining the integration is delayed 2 weeks because their API sandbox was down for 9 days. firm but not blaming, propose a new date of March 20 and a weekly check-in")))
add(ex(C, U(reminder(), opened("CHANGELOG.md"), "tweet for our launch: we just shipped offline mode for the mobile app. under 280 chars, not cringe, no more than one emoji")))
add(ex(C, U("escribe un correo al equipo de ventas explicando que la nueva función de facturación recurrente sale el lunes, qué pueden prometer a clientes y qué no todavía (multi-moneda no)")))
add(ex(C, U("write the linkedin post announcing we're hiring two senior backend engineers (Go, Postgres), remote in EU, mention the 4-day week trial. keep it human")))
add(ex(C, U("Schreib eine kurze Statusmeldung für unsere Kunden: gestern zwischen 14:10 und 14:55 war das Dashboard nicht erreichbar, Ursache war ein fehlerhaftes Zertifikats-Update, ist behoben, Daten sind nicht verloren gegangen")))
add(ex(C,
    U("we're sunsetting the v1 API on June 30"),
    A("Got it. Do you want help with the technical deprecation (headers, warnings in responses) or the communication?"),
    U("the communication. write the email to customers still calling v1, we have their account manager names, should sound like it comes from the AM")))
add(ex(C, U("preciso de uma proposta comercial curta (1 página) pra um cliente que quer que a gente mantenha o app deles: suporte 8x5, SLA de 4h pra crítico, 40h/mês de evolução, valor R$ 18 mil/mês")))

# ---------------- general_knowledge ----------------
C = "general_knowledge"
add(ex(C, U(reminder("2026-05-12"), "who actually invented the QR code and why? random question from lunch")))
add(ex(C, U("why is it called a 'bug'? is the moth story real")))
add(ex(C, U("quanto consuma davvero un data center medio rispetto a una città? numeri approssimativi va bene")))
add(ex(C, U("what's the difference between a patent and a copyright, roughly? asking because someone at work says you can patent an API")))
add(ex(C, U("ゴールデンウィークって日本以外にもあるの？海外のチームに説明したい")))
add(ex(C, U(reminder(), "random: why do keyboards have QWERTY layout and not alphabetical")))
add(ex(C, U("какая разница между часовыми поясами UTC и GMT? коллега говорит, что это одно и то же")))

# ---------------- math_help ----------------
C = "math_help"
add(ex(C,
    U("what's an SLO vs an SLA again"),
    A("An SLA is the external promise with consequences (credits, penalties) if you miss it. An SLO is the internal target you engineer towards, usually stricter than the SLA so you have margin. SLIs are the measurements (e.g. success rate) the SLOs are defined on."),
    U(reminder(), "if each of our 12 services has 99.9% uptime independently and a request needs all of them, what's the expected uptime? show the math")))
add(ex(C, U(reminder("2026-08-31"), opened("src/ids.ts"), "birthday paradox thing: with 64-bit random IDs, how many do I need before collision probability hits 1 in a million?")))
add(ex(C, U("solve for x: 3^(2x) - 4*3^x + 3 = 0, step by step, it's for my kid's homework and I forgot how")))
add(ex(C, U("wie berechne ich das 95%-Konfidenzintervall für eine Konversionsrate von 4,2% bei 12.000 Besuchern? Formel und Ergebnis bitte")))
add(ex(C, U("我们AB测试，A组转化率3.1%（n=8000），B组3.6%（n=8000），这个差异显著吗？p值怎么算")))
add(ex(C, U("prove that the sum of the first n odd numbers is n². induction please, I want to understand not just see it")))
add(ex(C, U("si un prêt de 250 000 € sur 20 ans à 3,6 %, la mensualité c'est combien ? et le coût total des intérêts ?")))

# ---------------- language_translation ----------------
C = "language_translation"
add(ex(C, U("translate to german, formal (Sie): 'Thanks for reporting this. We've identified the cause and a fix will be included in next week's release. In the meantime, clearing your browser cache should help.'")))
add(ex(C, U("traduce al inglés este mensaje para el cliente, que suene profesional: 'Hola Marta, te confirmo que la migración se hará el sábado a las 22h, habrá unos 30 minutos sin servicio. Cualquier cosa me dices.'")))
add(ex(C, U("このメールを英語に訳して。ビジネス向けで：\n\n「先日はお打ち合わせのお時間をいただきありがとうございました。ご提案いただいた件について社内で検討し、来週中にご連絡いたします。」")))
add(ex(C,
    U("add a confirm dialog when leaving the editor with unsaved changes"),
    A("Added a `beforeunload` handler plus an in-app `ConfirmDialog` for route changes in `Editor.tsx`. The strings are in `src/locales/en.json` under `editor.unsaved`."),
    U(reminder(), opened("src/locales/en.json"), "translate these three UI strings into french, spanish and italian: 'Save changes', 'You have unsaved changes. Leave anyway?', 'Last edited 3 minutes ago'")))
add(ex(C, U("번역 좀: \"We're rolling out the new billing page gradually over the next two weeks, so some of your teammates may see it before you do.\" → 한국어로, 자연스럽게")))
add(ex(C, U("przetłumacz na angielski, luźno, to do slacka: 'sorki za opóźnienie, jutro rano wrzucę poprawki i dam znać'")))
add(ex(C, U(reminder(), "can you translate our release note into portuguese (brazil)? 'Dark mode is here! Switch it on in Settings > Appearance. Charts and PDFs follow your theme too.'")))

# ---------------- summarization ----------------
C = "summarization"
add(ex(C,
    U("add a feature flag check around the new payment methods on the pricing page"),
    A("Wrapped the new payment method badges in `PricingPage.tsx` with `useFlag(\"new_payment_methods\")`. With the flag off the page renders exactly as before."),
    U(reminder("2026-04-20"), '''tl;dr this meeting transcript for people who missed it, 5 bullets max

[10:02] Priya: ok so the Q3 launch. marketing wants the 15th, we said end of month
[10:03] Tom: the blocker is still the payment provider review, they quoted 2-3 weeks
[10:04] Priya: can we launch without the new provider and flip it later
[10:05] Tom: technically yes, but pricing page shows the new payment methods
[10:06] Lena: we can hide them behind the flag, it's one config change
[10:08] Priya: ok then 15th for the launch, new payment methods when review passes
[10:09] Tom: I'll need QA for two days on the flag-off path
[10:10] Lena: I can cover QA wednesday-thursday
[10:12] Priya: also, support needs the FAQ update by the 12th. Marco owns that
[10:13] Tom: and nobody says "Apple Pay" publicly until it's live pls
[10:15] Priya: agreed. next sync friday''')))
add(ex(C, U('''résume cet article en 3 phrases pour la newsletter interne :

"Les entreprises qui ont adopté la semaine de quatre jours dans le cadre de l'essai britannique de 2022 ont, pour la plupart, décidé de la conserver. Sur les 61 organisations participantes, 56 ont prolongé l'expérience et 18 l'ont rendue permanente. Les salariés ont déclaré moins de stress et de fatigue, tandis que le chiffre d'affaires est resté globalement stable pendant la période de test. Les critiques soulignent toutefois que l'échantillon était composé majoritairement de petites entreprises du secteur tertiaire, volontaires, et que les résultats pourraient ne pas se généraliser à l'industrie ou aux services publics."''')))
add(ex(C, U('''summarize this email thread for my manager, what was decided and what's still open

From: Dana — "Vendor says the SSO integration needs SAML, not OIDC. They can do OIDC by Q2."
From: Raj — "We can't wait till Q2, legal needs SSO for the enterprise pilot in Feb."
From: Dana — "Option: we stand up a SAML bridge (Keycloak) in front. ~1 week of infra work."
From: Mei — "Security is fine with Keycloak if it's in our VPC and we get audit logs."
From: Raj — "Ok let's do Keycloak. Who owns it?"
From: Dana — "Infra can start the 15th if product confirms priority over the DR drill."''')))
add(ex(C, U("kannst du mir die Kernaussagen dieses Podcasts zusammenfassen? Ich hab nur das Transkript der ersten 20 Minuten, die Folge ging um Remote-Arbeit und Onboarding: [Transkript folgt] ... Sprecher A: Das größte Problem beim Remote-Onboarding ist, dass neue Leute nicht wissen, wen sie fragen dürfen. Sprecher B: Wir haben deshalb Buddies eingeführt, jeder Neue bekommt für 90 Tage jemanden fest zugeteilt. Sprecher A: Und das wirkt? Sprecher B: Die Kündigungen im ersten Jahr sind um ein Drittel gesunken. Sprecher A: Was ist mit Dokumentation? Sprecher B: Hilft, aber ersetzt keine Menschen.")))
add(ex(C, U(reminder(), '''give me the gist of this customer feedback survey, top themes + how often

- "love the app but sync is slow on android"
- "export to excel pls!!"
- "sync takes forever when I have photos"
- "would pay more for team accounts"
- "excel export would save me an hour a week"
- "dark mode"
- "android sync issues again after update"
- "need shared folders for my team"''')))
add(ex(C, U("resuma em poucas linhas esse relatório trimestral pro pessoal do conselho: receita +18% a/a, churn caiu de 3,1% pra 2,4%, CAC subiu 12% por causa de mídia paga, 2 contratações sênior atrasadas, caixa pra 22 meses")))
add(ex(C, U("summarize the key points from this RFC discussion into a paragraph for people who don't want to read 140 comments: most agreed on the new naming scheme, the main disagreement was whether to deprecate the old names immediately or keep aliases for two major versions, and the maintainers settled on aliases with deprecation warnings")))

# ---------------- life_advice ----------------
C = "life_advice"
add(ex(C, U("got an offer: +25% salary but fully in office 1h commute, vs staying remote at my current place where I'm bored. 2 kids. how would you think about this")))
add(ex(C, U(reminder("2026-10-26"), "I have a system design interview at a big tech company on thursday and I freeze every time someone watches me think. any advice that isn't just 'practice more'?")))
add(ex(C,
    U("¿cuánto gana un backend senior en Madrid más o menos?"),
    A("Depende mucho del tipo de empresa, pero como referencia aproximada: en startups y consultoras suele rondar 45–60k brutos al año, y en empresas de producto grandes o remoto para compañías extranjeras puede ir de 60k a 85k o más."),
    U("como negocio un aumento si soy el único dev backend y sé que me pagan por debajo del mercado? no quiero sonar amenazante")))
add(ex(C, U("燃え尽き気味。毎晩オンコールのアラートが気になって眠れない。どうすればいい？")))
add(ex(C, U("is it normal to feel like a fraud 3 years into being a developer? everyone on my new team seems to know way more")))
add(ex(C, U("mam 34 lata i myślę o przebranżowieniu z księgowości na programowanie. czy to nie za późno i od czego zacząć?")))
add(ex(C, U(reminder(), "off-topic but: my tech lead keeps rewriting my PRs after approving them without telling me. how do I bring this up without making it weird?")))

# ---------------- product_management ----------------
C = "product_management"
add(ex(C, U(reminder(), opened("docs/specs/subscriptions.md"), "write user stories with acceptance criteria for 'customers can pause their subscription for up to 3 months'. include edge cases billing will care about")))
add(ex(C, U("we have 11 feature requests and capacity for maybe 3 this quarter. help me set up a RICE scoring table, here they are: bulk edit, SSO, dark mode, CSV import, audit log, mobile push, zapier integration, custom fields, 2FA, API rate limit increase, slack notifications")))
add(ex(C, U("redacta un PRD breve para un programa de referidos: objetivo, métricas de éxito, alcance del MVP, fuera de alcance y riesgos")))
add(ex(C, U("how should I measure if our new onboarding checklist actually works? what metrics and what would count as success after 30 days")))
add(ex(C, U("Roadmap-Frage: Kunden wollen dringend ein Rollen- und Rechtesystem, Sales will Integrationen, und das Team will Tech Debt abbauen. Wie priorisiere ich das für H1 und wie kommuniziere ich die Entscheidung?")))
add(ex(C, U("我要给老板汇报：为什么下个季度要先做数据导出而不是AI助手。帮我理一下论证思路和要准备的数据")))
add(ex(C,
    U("draft a survey to figure out why trial users don't convert"),
    A("Sure. Who gets it, everyone whose trial ended without converting, or also active trial users? And do you want it short (3–5 questions) or a longer research survey?"),
    U("only expired trials, short, 5 questions max, one open-ended")))

# ---------------- git_help (housekeeping) ----------------
C = "git_help"
t1 = use("Bash", command="git status --short", description="Check working tree")
add(ex(C,
    U(reminder(), "fix the typo in the footer, 'Copyrigth'"),
    A("Fixed in `web/src/components/Footer.tsx`. Checking the tree.", t1),
    U(result(t1, " M web/src/components/Footer.tsx")),
    A("Only the footer file is modified."),
    U("commit and push this")))
add(ex(C, U(reminder("2026-01-19"), opened("package.json"), "delete node_modules and the lockfile and reinstall everything, something's cursed")))
add(ex(C,
    U("add a loading spinner to the export button"),
    A("Added a spinner to `ExportButton.tsx`: the button shows it and is disabled while the export request is pending."),
    U(reminder("2026-07-13"), "undo my last commit but keep the changes, I committed to main instead of my branch")))
add(ex(C, U("rebase mi rama sobre main y resuelve los conflictos si son solo en el package-lock, si no párate y avísame")))
add(ex(C, U(reminder("2026-06-01"), TODO_EMPTY, "squash the last 4 commits into one and force push to my branch, it's just me on it")))
add(ex(C, U("git: wie bekomme ich eine einzelne Datei aus einem anderen Branch in meinen aktuellen, ohne zu mergen?")))
add(ex(C, U(reminder(), "clean up the merged local branches, there are like 80 of them. keep main and develop")))
