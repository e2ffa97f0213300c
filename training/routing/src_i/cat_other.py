from common import R, U, A, CC, t, opened, sel, tu, tr

EXAMPLES = [
# chit_chat
R("chit_chat",
  U("the export job dies with MemoryError on big accounts"),
  A("It's building the whole list before writing. Stream rows with a server-side cursor and write them as you go — I've changed `export_rows` to iterate with `yield_per(5000)`."),
  U("that did it, ran on the biggest tenant in 40s. you're a lifesaver, thanks!! logging off for the day"),
),
R("chit_chat", CC("lol ok that's enough refactoring for one friday. ty")),
R("chit_chat", CC("do you ever get tired of people asking you to center divs")),
R("chit_chat",
  CC("fix the typo in the footer"),
  A(t("Fixing it."), tu("01Cc1", "Edit", {"file_path": "src/components/Footer.tsx", "old_string": "Copyrigth", "new_string": "Copyright"})),
  U(tr("01Cc1", "The file src/components/Footer.tsx has been updated."), t("perfect 👍 that's all")),
),
R("chit_chat", U("guten morgen! kaffee ist fertig, heute wird's ein langer tag mit dem legacy code 😅")),
R("chit_chat",
  U("why is my flexbox item not shrinking"),
  A("Flex items have `min-width: auto` by default, so they won't shrink below their content width. Add `min-width: 0` to the item."),
  U("omg. 2 hours. two hours of my life. thank you lmao"),
),

# creative_writing
R("creative_writing", U("why does this test only fail on fridays\n\nassert is_business_day(today() + timedelta(days=1))"), A("Because on Friday, tomorrow is Saturday. The test depends on the real date; freeze time or pass the date explicitly."), CC("write a haiku about a flaky test that only fails on fridays")),
R("creative_writing", U("""funny limerick for the farewell card of our devops guy, Marek, who keeps saying "it works on my cluster" """)),
R("creative_writing", U("short story (~300 words) from the perspective of a null pointer, for our engineering blog's halloween edition")),
R("creative_writing",
  U("what does `git bisect` do"),
  A("`git bisect` binary-searches your history to find the commit that introduced a bug: you mark a good and a bad commit, git checks out the midpoint, you test and mark it, and it narrows down in log2(n) steps. `git bisect run <script>` automates it."),
  U("love it. now write a dramatic sea shanty about git bisect hunting down the bad commit"),
),
R("creative_writing", U("Escribe un poema corto sobre el último deploy del viernes que salió mal, tono épico pero gracioso")),
R("creative_writing", U("D&D style character sheet for our legacy monolith as a boss monster, stats, abilities, weaknesses. it's for the team retro slide")),

# business_writing
R("business_writing", U("email to the client explaining the launch slips 2 weeks because their SSO provider hasn't given us the test tenant yet. firm but polite, we don't want to blame them too openly")),
R("business_writing", U("""Schreib eine kurze LinkedIn-Nachricht an einen Senior Rust Entwickler, den wir für unser Startup gewinnen wollen. Remote, Series A, Embedded/Robotik. Nicht cringe bitte""")),
R("business_writing",
  U("I need to tell my manager the rewrite will take 3 months not 3 weeks"),
  A("Lead with what you learned that changed the estimate, give the new range with what it depends on, and offer options (smaller scope first, parallel work). Want me to draft it?"),
  U("yes draft the slack message, the main reasons are the undocumented billing edge cases and the data migration"),
),
R("business_writing", U("status update for stakeholders: migration to new payments provider is 70% done, risk is the EU bank transfers, go-live moved from Dec 1 to Dec 8. bullet points, non-technical")),
R("business_writing", U("cover letter for a staff engineer role at a climate tech company. my background: 9 years backend, led the move to event-driven architecture at a logistics company, some ML infra")),
R("business_writing", U("Rédige une réponse à un client mécontent qui a perdu des données suite à notre incident du 18 novembre. On offre un mois gratuit. Ton : sincère, pas d'excuses vagues")),

# general_knowledge
R("general_knowledge", U("who invented the mouse? and was xerox parc really where the GUI came from or is that a myth")),
R("general_knowledge", U("how do undersea internet cables actually get repaired when a ship anchor cuts one")),
R("general_knowledge", U("write a python function to detect cycles in a linked list"), A("```python\ndef has_cycle(head):\n    slow = fast = head\n    while fast and fast.next:\n        slow, fast = slow.next, fast.next.next\n        if slow is fast:\n            return True\n    return False\n```"), U("why is it called a 'bug'? the moth story true?")),
R("general_knowledge", U("what's the difference between a CPU and a GPU, in simple terms, for my dad")),
R("general_knowledge", U("Qual é a diferença entre 5G e Wi-Fi 6? Meu tio acha que são a mesma coisa")),
R("general_knowledge", U("how much energy does a data center use compared to like a small town")),
R("general_knowledge",
  U("what's Ada Lovelace known for exactly? was she really the first programmer"),
),

# math_help
R("math_help", CC("if a service has 99.9% uptime and depends on 4 others each 99.95%, what's the combined availability? show the math")),
R("math_help", U("prove that the sum of the first n odd numbers is n²")),
R("math_help", U("my kid's homework: solve 3x² - 12x + 9 = 0 and explain completing the square")),
R("math_help", U("explain the hash collision probability for our 32-bit ids"), A("With n ids and 2^32 space, P(collision) ≈ 1 - e^(-n²/2^33); at ~77k ids it's already about 50%. Use 64-bit or UUIDs."), U("birthday paradox: with 23 people why is it 50%? walk me through the calculation")),
R("math_help", U("Wie groß ist die Wahrscheinlichkeit, bei 5 Würfeln mindestens eine Sechs zu haben?")),
R("math_help", U("derivative of x^x ? i keep getting it wrong")),
R("math_help", U("what's the expected number of coin flips to get two heads in a row")),

# language_translation
R("language_translation", CC(opened("src/i18n/en.json"), """translate this error message set to german for our UI, keep the placeholders

"File {name} is too large (max {max} MB)"
"Session expired, please sign in again"
"You don't have permission to do that" """)),
R("language_translation", U("この英文を自然な日本語にしてください: \"We're rolling out the new dashboard gradually. If you don't see it yet, it'll show up within the next few days.\"")),
R("language_translation", U("translate to spanish (latam), it's for the app store listing: 'Track your habits, build streaks, and see your progress at a glance. No account needed.'")),
R("language_translation", U("how do you say 'pull request' in french in a professional context? is there a real french term or do people just say PR")),
R("language_translation", U("Przetłumacz na angielski, to mail do klienta: „Dziękujemy za cierpliwość. Problem z logowaniem został rozwiązany, prosimy o wyczyszczenie pamięci podręcznej przeglądarki.”")),
R("language_translation",
  U("can you translate our README intro into portuguese?\n\nAcme Sync keeps your files in sync across devices, with end-to-end encryption and no vendor lock-in."),
),
R("language_translation", U("把这句话翻译成英文，用于产品发布会: “我们重新设计了整个编辑器，让协作像聊天一样简单。”")),

# summarization
R("summarization", U("""tl;dr this RFC thread for me, I missed the meeting

[40 messages pasted]
Anna: proposing we drop IE11... no wait, it's about dropping support for Node 16 in the CLI.
Ben: some enterprise customers pin node 16, we'd break them.
Anna: Node 16 is EOL since Sep 2023, security team wants it gone.
Chen: we could ship a last 4.x LTS that supports 16 and 5.0 requiring 18+.
Ben: fine if we give 6 months notice.
Dana (PM): agree, announce in Dec, 5.0 in June.
Anna: ok, I'll write the announcement.""")),
R("summarization", U("summarize this paper abstract in 2 sentences for a non-ML audience: 'We introduce a sparse mixture-of-experts architecture that routes tokens to a subset of feed-forward experts, achieving comparable perplexity to dense models at 4x lower inference FLOPs...'")),
R("summarization", CC("can you give me the key points of this meeting transcript, action items with owners at the end\n\nPriya: Q1 we focus on onboarding. Tom: support tickets about SSO doubled. Priya: Tom, can you get numbers by Friday? Tom: yes. Lena: design for new onboarding is 80% there, need eng estimate. Marco: I'll estimate by next Wednesday. Priya: and we freeze the pricing page until Jan.")),
R("summarization", U("Fasse diesen Blogpost in 5 Stichpunkten zusammen: [Artikel über die Geschichte von Unix, von Bell Labs über BSD bis Linux, ca. 2000 Wörter]")),
R("summarization",
  U("here's the full postmortem from the vendor, it's 6 pages. what actually happened in 3 bullets\n\nOn November 12 at 08:14 UTC a configuration change to our global load balancer fleet introduced a malformed routing rule. The rule was validated by our staging pipeline, which did not exercise the affected code path because staging used a different rule ordering... Customers in EU regions experienced elevated 503s for 47 minutes. Recovery was delayed because the rollback tooling depended on the same control plane... We will add canary validation per region and decouple rollback from the control plane."),
),
R("summarization", U("riassumi questa issue di GitHub in due righe per il mio capo: 90 commenti, la conclusione è che il bug è nel driver upstream, c'è un workaround (disabilitare il pool), il fix arriverà nella 3.2")),

# life_advice
R("life_advice", U("I've been a backend dev for 6 years and I'm bored. should I go into management or try ML? I'm 34, not sure if too late")),
R("life_advice", U("how do I tell my tech lead his code reviews are demoralizing the juniors without it blowing up")),
R("life_advice",
  U("can you look at why the pipeline is red"),
  A("The `integration` job fails on `test_payment_webhook` — the stripe mock server image tag was removed upstream. Pin it to `stripe/stripe-mock:0.180.0` and it'll pass."),
  U("thanks. honestly I'm so burned out, this is the 4th weekend in a row I'm fixing CI. how do people deal with this"),
),
R("life_advice", U("got an offer: +30% salary but it's fully onsite, 1h commute each way. current job remote, nice team, boring product. help me think it through")),
R("life_advice", U("imposter syndrome after getting promoted to senior. everyone seems to know more than me. is this normal")),
R("life_advice", U("estoy pensando en dejar mi trabajo para hacer un bootcamp de programación a los 41 años. ¿es una locura?")),

# product_management
R("product_management", U("write user stories with acceptance criteria for 'users can export their data as CSV', we need them for sprint planning")),
R("product_management", U("help me prioritize: SSO (3 enterprise deals blocked), dark mode (most requested), API rate limit dashboard (support load), mobile offline mode (churn reason #2). 2 engineers, one quarter")),
R("product_management", U("PRD outline for a 'scheduled reports' feature. problem, goals, non-goals, success metrics, open questions")),
R("product_management", U("Wie messen wir, ob unser neues Onboarding funktioniert? Welche KPIs und welches Experiment-Design würdest du vorschlagen")),
R("product_management", CC("what should be in the MVP of an internal developer portal? we have 60 services and nobody knows who owns what")),
R("product_management", U("customer interview questions to validate whether teams would pay for automated flaky test detection")),
R("product_management",
  U("how long would it take to add 2FA with TOTP?"),
  A("Roughly: backend enrollment + verification ~3 days, recovery codes ~1 day, UI ~3 days, tests and rollout behind a flag ~2 days. Call it two weeks for one engineer, more if you need SMS or WebAuthn."),
  U("ok. write the roadmap item + rollout plan for leadership: phases, which customers first, success metric, risks"),
),

# git_help
R("git_help", CC("undo my last commit but keep the changes staged, haven't pushed")),
R("git_help", CC("clean up all local branches that are already merged into main, but not main/develop themselves")),
R("git_help",
  CC("squash my last 4 commits into one"),
  A(t("Let me look at them first."), tu("01Gh1", "Bash", {"command": "git log --oneline -6"})),
  U(tr("01Gh1", "c3f1a9e wip\n8b02d11 wip 2\n51e77aa fix tests\n0a9dd4c add export endpoint\n9e1c002 Merge pull request #211 from acme/feat/search\n44ab0f1 bump deps")),
  A("The last four are `0a9dd4c` through `c3f1a9e`. I can do `git reset --soft 9e1c002` and recommit them as one. Should I?"),
  U("yes do it, and then force push my branch feat/export safely"),
),
R("git_help", CC("how do I remove a file from git history entirely? someone committed prod.env three weeks ago, already pushed to main")),
R("git_help", U("¿qué hace git rebase?"), A("Reaplica tus commits encima de otra base, reescribiendo su historia para que parezca que partiste de ese punto. Deja un historial lineal pero cambia los hashes."), U("mi rama está 60 commits detrás de main, ¿rebase o merge para ponerla al día? y cómo lo hago sin liarla")),
R("git_help", CC("move the last 3 commits from main to a new branch, I forgot to branch off. not pushed yet")),
R("git_help", U("Jak usunąć zdalny tag v1.4.0, który przez pomyłkę wskazuje na zły commit, i założyć go ponownie?")),
R("life_advice", U("tengo 3 ofertas de trabajo como dev junior y no sé cómo elegir: una startup pequeña que paga más, una consultora grande con formación, y una empresa de producto con buen ambiente. ¿qué factores debería pesar?")),
R("creative_writing", U("écris-moi un petit poème en alexandrins sur un développeur qui cherche un point-virgule manquant à 3h du matin")),
R("business_writing", U("escreve um e-mail para o nosso cliente a avisar que a API v1 vai ser desativada em março, com link para o guia de migração e oferta de ajuda da equipa técnica")),
R("summarization", U("Podsumuj w trzech punktach ten wątek z Slacka dla zespołu, który go nie śledził: [120 wiadomości o tym, czy przejść z Jenkinsa na GitHub Actions; decyzja: tak, migracja w Q1, Marek odpowiada za runnery self-hosted]")),
R("chit_chat", U("finalmente o deploy passou depois de 3 dias 🎉 obrigado pela paciência, vou comemorar com um café")),
]
