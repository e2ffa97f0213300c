from common import U, A, CC, TU, AT, TR, TRS

# (category, messages) pairs: non-coding intents the router maps to "other".
EXAMPLES = [
    # chit_chat
    ("chit_chat", [U("fix the flaky test pls"),
                   A("The test was racing on the mock server's startup; I added an await on `server.ready()` before the first request. 50 runs in a row pass now."),
                   U("legend. that's it for today, have a good one")]),
    ("chit_chat", [U("ok it's 2am and the deploy finally went through lol. I'm going to bed")]),
    ("chit_chat", [CC("thanks, that's all", rem=0)]),
    ("chit_chat", [CC("do you ever get tired of people pasting stack traces at you", rem=0)]),
    ("chit_chat", [U("danke dir, hat alles geklappt! schönes Wochenende")]),
    ("chit_chat", [U("write the migration for the new column"),
                   A("```sql\nALTER TABLE accounts ADD COLUMN plan text NOT NULL DEFAULT 'free';\n```"),
                   U("ran it, all good 👍 cheers")]),
    ("chit_chat", [U("haha ok you were right and I was wrong about the timezone thing. noted")]),
    # creative_writing
    ("creative_writing", [U("write a haiku about a merge conflict on a friday afternoon")]),
    ("creative_writing", [U("short poem for the team slack, we just killed the last python 2 service after 6 years")]),
    ("creative_writing", [CC("limerick about kubernetes yaml indentation pls", rem=1)]),
    ("creative_writing", [U("escribe un cuento corto (300 palabras) sobre un bug que cobra vida y se esconde en producción")]),
    ("creative_writing", [U("I'm giving a farewell speech-ish toast for our staff engineer who's leaving. funny, a few inside jokes about her hating ORMs and loving vim. 1 min long")]),
    ("creative_writing", [CC("can you write a rap verse about rust's borrow checker for the team offsite", rem=1)]),
    ("creative_writing", [U("sonnet from the perspective of a deprecated API endpoint that nobody turns off")]),
    # business_writing
    ("business_writing", [U("email to our customers about the outage yesterday. 47 min downtime on the API, root cause was a bad config push, we're adding staged rollouts. apologetic but not grovelling")]),
    ("business_writing", [CC("need to ask my manager for budget for a Datadog upgrade (~$2k/mo more). write the email, the argument is we lost 3 days debugging last incident without APM", rem=2)]),
    ("business_writing", [U("linkedin post announcing we open-sourced our feature flag library. not cringe please")]),
    ("business_writing", [U("Schreib eine freundliche Absage an einen Bewerber für die Backend-Stelle, er war technisch gut, aber wir haben jemanden mit mehr Kafka-Erfahrung genommen")]),
    ("business_writing", [U("write a blog post intro for our eng blog about how we cut CI time from 40 to 9 minutes. audience is other engineers")]),
    ("business_writing", [U("draft a reply to this vendor: they want us to sign a 3 year contract for their CI runners, we only want 1 year with an option to extend")]),
    ("business_writing", [CC("write a short internal announcement that the staging environment will be down saturday 9-13 for the db upgrade", rem=2)]),
    # general_knowledge
    ("general_knowledge", [CC("who actually invented the term 'bug' for software, is the moth story true?", rem=3)]),
    ("general_knowledge", [U("how does GPS know where I am, like physically")]),
    ("general_knowledge", [U("what's the difference between a CPU and a GPU at the hardware level, for a non-engineer friend")]),
    ("general_knowledge", [U("¿por qué el año bisiesto se salta cada 100 años pero no cada 400?")]),
    ("general_knowledge", [U("why is the internet slower in Australia, is it just distance")]),
    ("general_knowledge", [CC("what was the Y2K problem really and did anything actually break", rem=4)]),
    ("general_knowledge", [U("how do undersea internet cables get repaired")]),
    # math_help
    ("math_help", [U("probability question: if 5% of our requests fail independently and a page makes 12 requests, what's the chance the page has at least one failure")]),
    ("math_help", [U("show me how to solve the recurrence T(n) = 2T(n/2) + n log n, not code, the math")]),
    ("math_help", [U("my kid's homework: find the derivative of x^2 * sin(x). can you explain step by step")]),
    ("math_help", [CC("Wie berechne ich das Konfidenzintervall für eine Conversion-Rate von 3,2% bei 12.000 Besuchern?", rem=5)]),
    ("math_help", [U("prove that the sum of the first n odd numbers is n^2")]),
    ("math_help", [U("if our storage grows 8% per month how many months until it doubles? want the formula too")]),
    ("math_help", [U("eigenvalues of [[2,1],[1,2]]? doing it by hand and getting something weird")]),
    # language_translation
    ("language_translation", [U("translate this error message to german, japanese and french for our i18n files: \"Your session has expired. Please sign in again.\"")]),
    ("language_translation", [CC("traduce al inglés este correo del cliente: 'Buenas tardes, desde la actualización de ayer no podemos exportar las facturas en PDF, nos sale un error. ¿Podrían revisarlo con urgencia?'", rem=0)]),
    ("language_translation", [U("can you translate our app's onboarding strings into brazilian portuguese\n\n{\n  \"welcome\": \"Welcome aboard!\",\n  \"step1\": \"Connect your repository\",\n  \"step2\": \"Invite your team\",\n  \"done\": \"You're all set\"\n}")]),
    ("language_translation", [U("この文章を英語に訳してください：「本番環境へのデプロイは金曜日の午後には行わないでください。」")]),
    ("language_translation", [U("what's the natural way to say 'pull request' and 'merge' in spanish tech speak? translating our docs and 'solicitud de extracción' sounds awful")]),
    ("language_translation", [U("Przetłumacz na angielski: 'Prosimy o niezwłoczną aktualizację biblioteki do wersji 2.4.1 z powodu krytycznej luki bezpieczeństwa.'")]),
    ("language_translation", [CC("translate the comments in this file from chinese to english, leave code alone", rem=3, open="vendor/legacy/sync.c")]),
    # summarization
    ("summarization", [U("""tl;dr this thread for me, I was out:

Ana: prod db cpu at 95% since 10am
Ben: looks like the new reporting query, no index on created_at
Ana: can we kill it? 
Carl: killed, added to backlog to add index
Ben: cpu back to 30%
Dana: also customers saw slow checkout for ~40 min, support has 12 tickets
Carl: I'll write the incident note tomorrow
Ana: let's not run reports on primary anymore, use the replica
Ben: +1, I'll change the DSN""")]),
    ("summarization", [CC("summarise this RFC in 5 bullets for my manager, he won't read 12 pages. [pasted: RFC 0032 — Moving session storage from Redis to Postgres. Motivation: Redis cluster costs, two outages in Q3 caused by failover. Proposal: sessions table with TTL sweeper every minute, reads through a 30s in-process cache. Risks: write load (est. 400 writes/s), sweeper contention. Rollout: dual-write for 2 weeks, then read from PG behind flag, then remove Redis. Alternatives considered: Redis Sentinel, DynamoDB.]", rem=1)]),
    ("summarization", [U("resume en 3 frases este artículo sobre WebAssembly en el servidor que te pego, es para compartirlo en el canal del equipo: [WASI Preview 2 introduce el component model, que permite componer módulos escritos en distintos lenguajes con interfaces tipadas (WIT). Fermyon y Fastly ya lo usan en producción. El arranque en frío es de microsegundos frente a cientos de ms de los contenedores. Las limitaciones: soporte de threads aún inmaduro, ecosistema de librerías pequeño, depuración difícil.]")]),
    ("summarization", [U("can you condense these meeting notes into action items with owners\n\n- discussed q3 roadmap, search revamp pushed to q4 (Priya to tell sales)\n- Tom will look into the SOC2 evidence collection tool options by next friday\n- agreed to freeze the v1 API, no new endpoints; Lea writes the deprecation plan\n- next sync moved to thursdays")]),
    ("summarization", [U("give me the gist of the changes in kubernetes 1.30 release, just the headline stuff")]),
    ("summarization", [U("Podsumuj proszę w kilku punktach tę dyskusję z issue, jestem nowy w projekcie: [użytkownicy zgłaszają wycieki pamięci po aktualizacji do 3.2; maintainer potwierdza, że to przez nowy cache; ktoś proponuje flagę wyłączającą cache; maintainer woli naprawić eviction; fix planowany w 3.2.2]")]),
    ("summarization", [CC("summarise what we did in this session so I can paste it into my standup notes", rem=4)]),
    # life_advice
    ("life_advice", [CC("I've been a backend dev for 6 years and I'm bored. should I move to management or go staff IC? how do people decide", rem=2)]),
    ("life_advice", [U("got an offer from a startup, 20% more money but equity is probably worthless and I'd lose my remote setup. how do I think about this")]),
    ("life_advice", [U("how do I deal with burnout from being on call every other week, my manager says it's just the job")]),
    ("life_advice", [U("Tengo 38 años y quiero cambiar de contabilidad a programación. ¿Es demasiado tarde? ¿Bootcamp o carrera?")]),
    ("life_advice", [U("my tech lead rewrites my PRs without asking and I don't know how to bring it up without it being awkward")]),
    ("life_advice", [CC("how do I prepare for a system design interview at a FAANG-ish company in 3 weeks while working full time", rem=3)]),
    ("life_advice", [U("fix that null check"),
                     A("Done — `getUser` now returns early with a 404 when the lookup is empty instead of dereferencing `user.profile`."),
                     U("thx. honestly I've been making a lot of dumb mistakes lately, I think I'm just exhausted. how do you get out of a rut like this")]),
    # product_management
    ("product_management", [U("help me write user stories for a 'save for later' feature in our shop cart, with acceptance criteria")]),
    ("product_management", [U("we have 40 feature requests in the backlog and 2 engineers. how do I prioritise — RICE? something simpler?")]),
    ("product_management", [U("draft a PRD outline for adding SSO (SAML) to our B2B product. who needs it, scope, success metrics, out of scope")]),
    ("product_management", [U("what metrics should we track to know if the new onboarding flow is working")]),
    ("product_management", [CC("Wie formuliere ich eine Roadmap für Q1, wenn das Management feste Termine will, das Team aber Unsicherheit hat? Now/Next/Later?", rem=4)]),
    ("product_management", [U("customer interviews next week about our analytics dashboard. what questions should I ask to find out why they churn")]),
    ("product_management", [CC("turn these into jira tickets with titles, descriptions and story points guesses: export to csv, bulk delete, keyboard shortcuts on the list page", rem=5)]),
    # git_help
    ("git_help", [U("clean up the repo: delete all local branches that are already merged into main")]),
    ("git_help", [U("I committed to main instead of my feature branch, haven't pushed. move the last 2 commits to a new branch")]),
    ("git_help", [U("squash my last 5 commits into one before I open the PR")]),
    ("git_help", [CC("tag this as v1.4.0 and push the tag", rem=0),
                  AT("", TU("01Hx1", "Bash", command="git status --short && git log --oneline -3")),
                  TR("01Hx1", "a9c3e21 bump version to 1.4.0\n7f2b0d4 add export endpoint\n3e1c9a8 fix pagination",
                     text="yep that top one, go")]),
    ("git_help", [CC("how do I undo a `git rebase` that went wrong, I've already resolved a bunch of conflicts and it's a mess", rem=5)]),
    ("git_help", [U("wie entferne ich eine versehentlich committete .env Datei aus der ganzen Git-Historie?")]),
    ("git_help", [U("set up git so it signs all my commits with my ssh key")]),
]
