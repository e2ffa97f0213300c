from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "business_writing",
    "parent": None,
    "descriptions": [
        "business writing",
        "writing emails, cover letters, marketing copy, LinkedIn posts and business proposals",
        "when I want help with my emails or other professional writing",
        "use for professional correspondence and copy: outreach emails, follow-ups, announcements, job applications, sales pitches",
        "emails / cover letters / linkedin",
        "Drafting or polishing workplace text: replies to clients, apology emails, proposals, press releases, product descriptions, ad copy, newsletters",
        "marketing copy and landing page text",
        "make my email sound professional",
        "escrever e-mails profissionais, cartas de apresentação e textos de marketing",
        "geschäftliche Texte: E-Mails, Anschreiben, Werbetexte, LinkedIn-Beiträge",
    ],
}

REQUESTS = [
    U("write an email to my landlord asking him to fix the heating. it's been broken for 2 weeks and I already texted twice. polite but firm"),
    U("cover letter for a junior data analyst role at a healthcare company. I have a stats degree, a 1-year internship at an insurance company (built dashboards, cleaned claims data), and I know SQL, Python and Tableau"),
    U("make this email sound less passive aggressive: 'As per my last email, I already sent you the files. Please check your inbox before asking again.'"),
    U("LinkedIn post announcing I got promoted to engineering manager. humble, not cringe, no 'I'm thrilled to announce'"),
    U("landing page copy for a habit tracking app aimed at busy parents: headline, subheading, 3 short feature blurbs, and the call to action button text"),
    U("Draft a follow-up email to a client whose invoice is 45 days overdue. It's the third reminder. Still professional, but mention the late fee clause in our contract (1.5% per month)."),
    U("need a cold outreach email to a potential B2B customer — we sell inventory management software to small craft breweries. keep it under 120 words"),
    U("product description for a handmade ceramic mug for my Etsy shop: 12oz, speckled glaze, dishwasher safe, each one slightly different"),
    U("help me decline a job offer politely. I want to keep the door open, I really liked the team but the salary didn't work"),
    U("write a short proposal for a website redesign for a local dental clinic. scope: new design, online booking integration, SEO basics. timeline 6 weeks, price $8,500"),
    U("""rewrite this to be more concise for an exec audience:

'So basically what happened is that over the last couple of months we've been seeing that a lot of customers have been reaching out to support because they're confused about the new pricing tiers, and the support team has been really stretched, and we think that if we made some changes to the pricing page and maybe sent out an email explaining things it could help reduce the number of tickets we're getting.'"""),
    U("email to the whole team announcing that the office will be closed from dec 24 to jan 2, and that on-call still applies"),
    conv(
        "how do I set an automatic reply in outlook web",
        "Settings (gear icon) → Mail → Automatic replies → turn on, set the date range, and write separate messages for people inside and outside your organisation.",
        "thanks. now write the message itself: I'm on parental leave for 3 months starting Monday. Priya handles billing questions, Tom everything else",
    ),
    U("apology email to customers about yesterday's 4-hour outage. honest, no corporate speak, say what went wrong in plain terms and what we're changing"),
    U("write 5 Google Ads headlines (max 30 characters each) for an online Spanish tutoring service"),
    U("resignation letter, 2 weeks notice, I've been there 4 years and am leaving on good terms"),
    U("intro paragraph for our monthly customer newsletter. theme: spring updates, we launched a mobile app and opened a second location"),
    U("draft an email to my manager asking for a meeting to discuss my compensation. I've taken on a lot more responsibility since my last raise 2 years ago"),
    U("press release: our startup just raised a $4M seed round led by Northwind Ventures to build AI tools for veterinary clinics. include a quote from the CEO"),
    U("Respond professionally to this Google review of our restaurant: 'Waited 40 minutes for a table even though we had a reservation. Food was cold. Never again.'"),
    U("make my LinkedIn headline better. currently it's just 'Software Engineer at Acme'. I work on payments infrastructure and want to attract fintech recruiters"),
    U("email to a conference organizer pitching a talk about how we scaled postgres to 50k writes/sec at a fintech. they have a CFP but I missed the deadline by 2 days"),
    U("thank you email after my interview for a product designer role today. the interviewer was Maria, we talked a lot about their design system migration"),
    conv(
        "my sister is finally opening her bakery next month, it's called 'Rise & Shine'",
        "Congratulations to her! That's a lovely name for a bakery.",
        "she needs a tagline for the shop sign and instagram bio. give me 8 options, not too cheesy",
    ),
    U("Redacta un correo formal para solicitar una reunión con nuestro proveedor y renegociar los precios del contrato anual."),
    U("Peux-tu m'aider à écrire une lettre de motivation pour un poste d'assistante de direction dans un cabinet d'avocats ?"),
    U("Schreib eine freundliche E-Mail an einen Kunden, dass sich die Lieferung seiner Bestellung um eine Woche verzögert, mit Entschuldigung und 10% Gutschein."),
    U("取引先に納期遅延をお詫びするメールを書いてください。丁寧な敬語でお願いします。新しい納期は来月15日です"),
    U("帮我写一条领英动态，宣布我们公司推出了一款面向中小企业的记账软件"),
    U("escreve um e-mail pro meu chefe pedindo para trabalhar remoto duas vezes por semana, com argumentos bons"),
    conv(
        "the migration script is taking forever on prod-sized data, is there a faster way to backfill the new column",
        "Batch it: update in chunks of ~10k rows by primary key range, commit per batch, and run it in a background job so it doesn't hold locks for long. Also drop and recreate the index on the new column after the backfill rather than maintaining it during.",
        "thx. unrelated: can you write a quick email to the team saying tomorrow's deploy is pushed to thursday because of the migration issue. casual tone",
    ),
    conv(
        "write a cover letter for a senior backend engineer role at a climate tech startup. I have 8 years experience, mostly Go and Python, led the migration to event-driven architecture at my current company",
        "Dear Hiring Team,\n\nI am writing to express my strong interest in the Senior Backend Engineer position at [Company]. With eight years of experience building scalable backend systems in Go and Python... [full letter, ~450 words]",
        "too long and too formal. cut it to 200 words and make it sound like a human wrote it",
    ),
    conv(
        "email to a client about scope creep: they keep adding 'small' features to a fixed-price project",
        "Subject: Project scope and next steps\n\nHi Daniel,\n\nThanks for the new ideas this week — ... Since these fall outside the agreed scope, we'll need to either treat them as a change request with an updated estimate, or swap them for items currently planned...",
        "good, but soften the second paragraph. they're our biggest account",
    ),
    conv(
        "what's a good structure for a quarterly business review deck",
        "A common structure: 1) executive summary, 2) goals vs results, 3) key wins, 4) challenges and what you learned, 5) customer metrics, 6) plan for next quarter, 7) asks/support needed.",
        "great, thanks",
        "You're welcome!",
        "one more: write the email I send to the client beforehand inviting them to the QBR and asking what they'd like us to cover",
    ),
    CC("write the launch announcement email for our customers about the new API v2 — it goes out tomorrow. marketing voice but not cheesy, link to docs at docs.example.com/v2, mention v1 is supported until June", date="2026-02-26"),
    loop(
        "read the changelog for 3.0",
        [
            (None, "Read", {"file_path": "/home/lee/flowly/CHANGELOG.md"},
             numbered("""## [3.0.0] - 2026-05-04
### Added
- Shared team workspaces
- Offline mode for the desktop app
- Zapier integration
### Changed
- 2x faster sync engine
### Removed
- Legacy v1 import format""")),
        ],
        "3.0 adds team workspaces, offline mode and a Zapier integration, makes sync twice as fast, and drops the legacy v1 import format.",
        "based on this, write a LinkedIn post for the company page announcing the 3.0 release. upbeat, 3 short paragraphs, max 2 emoji",
        date="2026-05-04",
    ),
    CC("draft an email to our enterprise customers explaining that we're deprecating the SOAP API on March 31 next year and what they need to do to migrate. offer migration office hours", date="2026-08-13"),
    loop(
        "what is this project about? read the README",
        [
            (None, "Read", {"file_path": "/home/oss/tinyq/README.md"},
             numbered("""# tinyq
A dependency-free job queue for Postgres. Used in production by ~300 companies.
- Exactly-once job execution with SKIP LOCKED
- Cron scheduling
- Dashboard
Maintained by 2 volunteers.""")),
        ],
        "tinyq is a dependency-free Postgres-backed job queue with exactly-once execution, cron scheduling and a dashboard, maintained by two volunteers.",
        "write a cold email we can send to companies that use tinyq asking them to sponsor the project on GitHub Sponsors. short, not begging",
        date="2026-10-07",
    ),
    CC("write the Product Hunt launch copy for this CLI: tagline (max 60 chars), description (max 260 chars), and the first comment from the maker explaining why we built it", date="2026-11-26"),
    CC("""reply to this recruiter for me. not interested right now but keep it warm, I might be looking next year:

'Hi Sam, I came across your profile and was impressed by your work on distributed systems. We're hiring a Staff Engineer at Lumen Health — would you be open to a quick chat this week?'""", date="2026-04-09"),
]
