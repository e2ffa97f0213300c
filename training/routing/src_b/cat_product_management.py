from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "product_management",
    "parent": None,
    "descriptions": [
        "product management",
        "writing user stories, roadmaps, prioritisation, meeting agendas and OKRs",
        "when I'm doing PM work: specs, backlog grooming, deciding what to build next",
        "use for product planning: PRDs, acceptance criteria, feature prioritisation (RICE, MoSCoW), sprint planning, stakeholder updates",
        "user stories & roadmap",
        "Help with the product side of building software: defining requirements, breaking epics into stories, setting goals and metrics, planning releases and running product meetings",
        "OKRs and KPIs",
        "backlog prioritization",
        "gestión de producto: historias de usuario, hojas de ruta, priorización y OKR",
        "产品管理：用户故事、产品路线图、需求优先级、OKR",
    ],
}

REQUESTS = [
    U("write user stories with acceptance criteria for a 'forgot password' flow"),
    U("""help me prioritise this backlog using RICE. rough numbers:

- Bulk edit for invoices: reach 800 users/qtr, impact 2, confidence 80%, effort 3 person-weeks
- Dark mode: reach 5000, impact 0.5, confidence 90%, effort 2
- QuickBooks integration: reach 1200, impact 3, confidence 50%, effort 8
- Faster PDF export: reach 3000, impact 1, confidence 70%, effort 1
- SSO for enterprise: reach 150, impact 3, confidence 90%, effort 5"""),
    U("draft a Q3 roadmap for our B2B invoicing tool. themes we care about: integrations, automation, reporting. team is 5 devs and 1 designer"),
    U("what are good OKRs for a mobile app growth team? we're at 50k MAU and retention is our weak spot"),
    U("agenda for a 45 min sprint retro that doesn't suck. the team is tired of 'what went well / what didn't'"),
    U("Write a PRD for adding two-factor authentication to our web app. Include problem statement, goals, non-goals, user flows, success metrics and open questions."),
    U("how do I say no to a feature request from the sales team without burning the relationship? they say it's blocking a big deal"),
    U("break this epic into user stories: 'Users can collaborate on documents in real time'"),
    U("we have 3 weeks until launch and 40 open tickets. how do I decide what to cut? stakeholders want everything"),
    U("""MoSCoW this feature list for our MVP (meal planning app):
- weekly meal plan generator
- grocery list export
- recipe import from URL
- nutrition tracking
- family sharing
- Apple Watch app
- dark mode
- pantry inventory"""),
    U("acceptance criteria in Gherkin (given/when/then) for: user can filter the orders list by status and by date range"),
    U("what metrics should we track for the new onboarding flow? I'm confused about north star vs guardrail metrics"),
    U("agenda for a quarterly planning kickoff with eng, design and sales leads. 2 hours, in person"),
    U("how do I write a good problem statement for a discovery doc? mine always end up describing the solution"),
    U("write this week's product status update for stakeholders: search v2 is at risk (2 week slip, index migration took longer), new billing page shipped Tuesday, onboarding experiment results come next week"),
    U("jobs-to-be-done interview questions for understanding why customers churn in their first 60 days"),
    U("Our CEO wants 'AI features' on the roadmap. How do I turn that into something concrete and measurable instead of a buzzword item?"),
    conv(
        "how can we reduce bugs that make it to production, small team, no QA person",
        "Start with cheap wins: require tests for bug fixes, add a preview environment per PR, use feature flags for risky changes, and track escaped defects so you know if it's working.",
        "good ideas. related: what should be on our team's definition of done? right now 'done' means 'merged' and things break in prod",
    ),
    U("how should a public roadmap for customers differ from the internal one? we're about to publish ours"),
    U("""help me classify these with the Kano model:
- password reset
- 2-click checkout
- personalised recommendations
- order tracking
- confetti animation after purchase
- saved payment methods"""),
    U("write a one-pager proposing we sunset the legacy reporting module. ~4% of accounts use it, it costs us ~1 dev-week per month in maintenance"),
    U("""sprint planning help: velocity is about 30 points. candidates:
- API rate limits (8)
- Export to CSV (5)
- Fix flaky login (3)
- New settings page (13)
- Audit log v1 (8)
- Upgrade to React 19 (5)
what fits, and what would you make the sprint goal?"""),
    conv(
        "we're exploring a fitness app aimed at people over 60, very early stage",
        "Interesting space — older adults are underserved by most fitness apps. Where are you in the process?",
        "just starting discovery. can you draft 3 user personas we can validate in interviews? goals, frustrations, tech comfort",
    ),
    U("How do I measure whether a feature was actually successful 3 months after launch? We never look back at things once they ship."),
    U("Kannst du mir helfen, User Stories für eine Terminbuchungsfunktion in einer Arztpraxis-App zu schreiben? Rollen: Patient, Praxispersonal, Arzt."),
    U("Propose des OKR pour une équipe produit qui lance un nouveau marché en Espagne l'année prochaine"),
    U("来期のプロダクトロードマップを経営陣に説明するための資料の構成を考えてください"),
    U("como priorizar bugs vs features novas no backlog? o time vive apagando incêndio e nunca entrega nada novo"),
    U("Составь повестку для встречи по разбору итогов запуска новой функции (ретроспектива запуска), 1 час, участвуют продукт, разработка, маркетинг"),
    U("Necesito definir el MVP de una app de reservas para peluquerías. ¿Qué funcionalidades incluirías y cuáles dejarías fuera para la primera versión?"),
    conv(
        "write a function that exports the filtered orders to CSV, fastapi endpoint",
        "```python\n@router.get(\"/orders/export\")\ndef export_orders(filters: OrderFilters = Depends()):\n    rows = query_orders(filters)\n    buf = io.StringIO()\n    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS)\n    writer.writeheader()\n    writer.writerows(r.to_export_dict() for r in rows)\n    return Response(buf.getvalue(), media_type=\"text/csv\", headers={\"Content-Disposition\": \"attachment; filename=orders.csv\"})\n```",
        "ok switching hats, I'm also the PM on this thing. write 3 user stories with acceptance criteria for the export feature so QA has something to test against",
    ),
    conv(
        "write user stories for a shopping cart",
        "1. As a shopper, I want to add items to my cart so that I can buy several things at once.\n2. As a shopper, I want to change quantities or remove items so that my order is correct.\n3. As a shopper, I want my cart to be saved when I leave so that I don't lose it.\n4. As a shopper, I want to check out with my saved address and payment method so that buying is quick.",
        "add acceptance criteria to each, and split the checkout one, it's way too big for one sprint",
    ),
    conv(
        "draft OKRs for our customer support team for Q1",
        "Objective: Deliver fast, effortless support.\n- KR1: Reduce median first response time from 6h to 2h\n- KR2: Improve the help center\n- KR3: Resolve 80% of tickets within 24h",
        "KR2 isn't measurable, fix it. and add a KR about CSAT, we're at 82% now",
    ),
    conv(
        "what's the difference between an epic and a story in jira",
        "A story is a small, user-facing piece of work that fits in a sprint; an epic is a larger body of work made of multiple stories, often spanning several sprints.",
        "got it",
        "In practice, if a story can't be finished in one sprint, it's usually an epic in disguise.",
        "ok so for the 'team billing' project — can you propose how to break it into epics and a first sprint's worth of stories? scope: admins can add seats, one invoice per team, usage report per member",
    ),
    CC("based on the TODOs and open issues we discussed earlier, help me draft a roadmap for the next two quarters of this project in now / next / later format, with a one-line rationale per item", date="2026-02-04"),
    loop(
        "list the open feature requests",
        [
            (None, "Bash", {"command": "gh issue list --label enhancement --limit 12", "description": "List enhancement issues"},
             """412	OPEN	Support YAML anchors in config	enhancement	2026-09-30
398	OPEN	Windows ARM builds	enhancement	2026-09-12
391	OPEN	Plugin hot reload	enhancement	2026-08-29
377	OPEN	JSON output for all commands	enhancement	2026-08-10
365	OPEN	Shell completions for fish	enhancement	2026-07-22
350	OPEN	Proxy support (HTTPS_PROXY)	enhancement	2026-07-01
344	OPEN	Dry-run mode for deploy	enhancement	2026-06-18
320	OPEN	i18n of CLI messages	enhancement	2026-05-03"""),
        ],
        "There are 8 open enhancement issues, ranging from config and platform support to output formats and i18n.",
        "prioritize these for the next release — impact vs effort, give me a top 4 with reasoning. reactions count on github is a decent proxy for demand",
        date="2026-10-01",
    ),
    CC("before we start coding, write the spec/PRD for the 'team workspaces' feature: who it's for, the problem, scope, explicitly out of scope, success metrics, rollout plan", date="2026-03-24"),
    loop(
        "read docs/feedback.md",
        [
            (None, "Read", {"file_path": "/home/zoe/planner/docs/feedback.md"},
             numbered("""# Customer feedback — October

- "I want to see my whole month, not just the week" (x14)
- "Recurring tasks break when I move them" (x9)
- "Please let me share a list with my partner" (x11)
- "Reminders come at the wrong time when I travel" (x6)
- "Import from Todoist?" (x5)""")),
        ],
        "October's feedback: month view (14 mentions), shared lists (11), recurring-task bugs (9), timezone issues with reminders (6) and Todoist import (5).",
        "turn this into a prioritized list of user stories for next quarter, with a short note on why each is ranked where it is",
        date="2026-11-03",
    ),
    CC("agenda for tomorrow's kickoff meeting for the v3 migration project: 1 hour, attendees are eng, PM and the support lead. I want to leave with owners and a timeline", date="2026-08-31"),
    CC("define success metrics for the new CLI onboarding wizard we're building. what should we instrument, and what targets would make it a success after 30 days?", date="2026-11-26"),
]
