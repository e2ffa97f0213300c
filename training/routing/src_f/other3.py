from common import *

# ---------------- life_advice (career, personal) ----------------
C = "life_advice"
conv(C,
     "the kafka consumer is stable now",
     "Great — with the rebalance listener committing offsets, it survived the chaos test.",
     "honestly I'm burnt out. 3 on-call weekends in a row. how do I bring this up with my manager without sounding like I'm complaining")
conv(C, "I've been a backend dev for 8 years. should I go into management or stay IC? I like mentoring but hate meetings")
conv(C,
     cc(date(), "run the benchmarks"),
     call(None, ("a", "Bash", {"command": "go test -bench=. ./internal/codec"})),
     results(("a", "BenchmarkEncode-8   \t 5123442\t       231 ns/op\nBenchmarkDecode-8   \t 3011875\t       398 ns/op")),
     A("Encode is 231 ns/op and decode 398 ns/op on this machine."),
     cc("cool. unrelated — I have a job offer with 20% more money but the team seems chaotic. how should I think about it"))
conv(C, "how do I stop feeling like an impostor? everyone on my new team seems way smarter")
conv(C,
     "ok thanks for walking me through the codebase",
     "No problem! The event pipeline is the trickiest part; the rest is fairly conventional Django.",
     "it's my first week and I'm overwhelmed. any tips for surviving the first month at a new job?")
conv(C, "I'm 38 and thinking of switching from accounting into software. too late? how would you approach it")
conv(C, "my coworker keeps taking credit for my work in standups. how do I handle that without drama")
conv(C, "Wie schaffe ich es, nach Feierabend wirklich abzuschalten? Ich denke ständig an offene Tickets")
conv(C, "¿Vale la pena hacer un máster en informática si ya trabajo como desarrollador hace 3 años?")
conv(C,
     "the flaky test was a timezone thing after all",
     "Yep — CI runs in UTC and your laptop in UTC+1, so the 'today' boundary shifted. Freezing time in the test fixed it.",
     "lol. unrelated, any tips for negotiating salary? I have my review next week")
conv(C, "how do people stay healthy sitting 10h a day coding? back is killing me")
conv(C, "J'ai un entretien technique chez une grosse boîte la semaine prochaine, comment gérer le stress ?")
conv(C, "is it ok to take a 6 month break between jobs? worried about the gap on my CV")
conv(C, "晚上总是睡不好，白天写代码没精神，有什么建议吗？")

# ---------------- product_management ----------------
C = "product_management"
conv(C, "we have 40 feature requests and 2 devs. help me prioritize — what framework, RICE? walk me through for our case")
conv(C,
     "the csv export works now for large files",
     "Great — streaming the rows keeps memory flat even at 2M rows.",
     "customers keep asking for xlsx and google sheets sync too. help me write the user stories + acceptance criteria for the PM board")
conv(C, "write a PRD outline for 'team workspaces' — goals, non-goals, success metrics, open questions")
conv(C, "what metrics should we track to know if the new onboarding flow is working")
conv(C,
     cc(date(), "are the analytics events firing"),
     call(None, ("a", "Bash", {"command": "grep -c 'onboarding_step_completed' logs/events-2026-11-25.jsonl"})),
     results(("a", "18422")),
     A("Yes — 18,422 `onboarding_step_completed` events yesterday."),
     cc("ok now from a product POV: step 3 has a 60% drop. what experiments would you run next"))
conv(C, "roadmap for Q1: enterprise SSO, audit logs, mobile offline, usage billing. sequence these and justify, we have 6 engineers")
conv(C, "how do I say no to the sales team's feature requests without burning the relationship")
conv(C, "Wie formuliere ich gute OKRs für ein Plattform-Team? Unsere sind alle Output statt Outcome")
conv(C, "¿Cómo hago un discovery con clientes para validar si quieren una app móvil antes de construirla?")
conv(C, "pricing question: should we charge per seat or per usage for our dev tool? 300 customers, mostly small teams")
conv(C,
     "thanks, the beta flag is wired",
     "Good — `beta_reports` is on for the 25 beta accounts and off for everyone else.",
     "how should we run the beta — how many customers, how long, what feedback do we collect, when do we call it done")
conv(C, "write a one-pager for leadership on why we should pay down tech debt next quarter instead of new features. business terms, not engineering")
