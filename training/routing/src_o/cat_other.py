"""Non-coding requests (route 'other'): technical-sounding but not asking for code work, plus end-of-session chatter."""
from conversation_shapes import u, a, cc, at, tr

EXAMPLES = [
# math_help / finance
("math_help", u("explain compound interest to me like I'm a developer: if I put 10k at 5% compounded monthly, what's it worth after 10 years and what's the formula")),
("math_help", u("what's 17% of 2,340 and then that divided by 12 months? it's for working out a withholding")),
("math_help", u("what's the probability of at least one collision if I pick 1 million random 64-bit ids? just the birthday-bound math, no code")),
("math_help", u("Wie berechne ich die effektive Jahresrendite, wenn mein ETF in 3 Jahren von 10.000 auf 13.310 gestiegen ist?")),
("math_help", u("1 TB를 1초에 200MB씩 복사하면 몇 분 걸려요? 계산 과정도 보여주세요")),
# life_advice / career
("life_advice", u("which laptop should I buy for development? mostly backend (Go, docker), some light ML, budget around 2000€. mac or linux thinkpad?")),
("life_advice", u("how do I negotiate salary as a senior engineer when I already have an offer from another company? I don't want to sound greedy")),
("life_advice", u("我是后端工程师，工作 5 年了，想转去做管理，但又怕丢掉技术。该怎么判断自己适不适合？")),
("life_advice", u("I'm burned out after 3 months of being on call every single week. how do I talk to my manager about it without sounding like I can't handle it?")),
("life_advice", u("Ich habe zwei Jobangebote: Startup mit Equity oder Konzern mit 15% mehr Gehalt. Wie würdest du das abwägen? Bin 29, keine Kinder")),
("life_advice", u("is a mechanical keyboard actually worth it for wrist pain or is it a meme? I type 8h a day")),
# general_knowledge
("general_knowledge", u("what's the capital of Australia? my coworker insists it's Sydney")),
("general_knowledge", u("what time is it in Tokyo right now if it's 9am in Berlin?")),
("general_knowledge", u("who invented the first compiler? was it Grace Hopper?")),
("general_knowledge", u("why is a program error called a 'bug'? is the moth story true?")),
("general_knowledge", u("Quelle est la différence entre un mégaoctet et un mébioctet ? Juste la définition, pour un quiz")),
("general_knowledge", u("東京とサンフランシスコの時差は何時間ですか？夏時間のときも教えて")),
("general_knowledge", u("сколько спутников у Марса и как они называются?")),
("general_knowledge", u("how does a CPU fan curve work? should I set mine more aggressive for compiling all day")),
# chit_chat / sign-offs
("chit_chat", [u("fix the flaky test in test_cart.py"), a("Fixed: the test depended on dict ordering from an unsorted query; I added `ORDER BY id` and the test now passes 50/50 runs."), u("amazing, thanks! that's all for today, see you tomorrow")]),
("chit_chat", [cc("ok merged. you're the best, going to grab a beer 🍺", d=2)]),
("chit_chat", [u("can you add the missing index?"), a("Added `idx_events_tenant_created` in migration 0087."), u("perfecto, gracias. cerramos por hoy")]),
("chit_chat", u("be honest, is it weird that I say please and thank you to a coding assistant")),
("chit_chat", [u("schreib die Tests für den Parser"), a("Erledigt: 14 Testfälle in `tests/test_parser.py`, alle grün."), u("super, danke dir! schönes Wochenende")]),
("chit_chat", u("ありがとう！今日はここまでにします、お疲れさまでした")),
# git_help / agent chores
("git_help", u("push this branch to origin and open it in the browser, nothing else")),
("git_help", u("how do I undo my last commit but keep the changes staged?")),
("git_help", [cc("delete the node_modules and .next folders and reinstall deps with pnpm", d=3)]),
("git_help", u("how do I rename a branch locally and on the remote in git without messing it up?")),
("git_help", u("squash my last 4 commits into one with the message 'add export feature' and force-push, I'm the only one on this branch")),
# business / creative / translation / summarization / product
("business_writing", u("write a short announcement for our status page: the API had elevated error rates from 14:05 to 14:40 UTC, resolved, postmortem to follow. calm tone")),
("business_writing", u("escríbeme un email para un cliente explicando que la nueva versión de la API saldrá en marzo y que la v1 se apaga en septiembre. tono cordial")),
("creative_writing", u("write a haiku about a race condition")),
("creative_writing", u("napisz krótki wierszyk o code review w piątek po 16:00, do wrzucenia na slacka")),
("language_translation", u("translate this release note to German, keep the product names in English: \"Dark mode is here! You can now export invoices as PDF, and the Android sync bug is fixed.\"")),
("language_translation", u("traduis en anglais ce message pour le canal #general : « Le déploiement de ce soir est reporté à demain 10h, la base de staging est en maintenance. »")),
("summarization", u("summarize this thread for my manager in 3 bullets:\n\nana: the vendor SDK keeps timing out\nleo: it's their side, status page shows degraded\nana: can we switch to the REST API directly?\nmia: yes but it needs 2 days of work and a security review\nleo: let's wait until Friday, if still broken we switch")),
("product_management", u("help me write user stories with acceptance criteria for a 'save cart for later' feature in our e-commerce app")),
("product_management", u("how should I prioritize these 6 tech-debt items against 3 customer-requested features for next quarter? give me a framework, not code")),
("data_analysis", u("our signup conversion went from 3.1% to 2.6% after the redesign, with ~40k visitors per variant. is that a significant drop? explain the test you'd use")),
("general_knowledge", u("what's the difference between a CPU core and a thread in hyperthreading, for a laptop buying decision? no code")),
("chit_chat", u("honestly, vim or emacs? just curious what you'd say, not starting a war")),
]
