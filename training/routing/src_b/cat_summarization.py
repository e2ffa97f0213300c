from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "summarization",
    "parent": None,
    "descriptions": [
        "summarization",
        "summarising articles, meeting notes and documents",
        "when I paste a long text and want the key points",
        "use for condensing non-code content: reports, papers, transcripts, email threads and news articles into summaries or bullet points",
        "tl;dr",
        "Producing executive summaries, abstracts, key takeaways and action items from long-form writing or meeting transcripts",
        "summarize this for me",
        "meeting notes -> action items",
        "Zusammenfassungen von Artikeln, Protokollen und Dokumenten",
        "resumir artigos, atas de reunião e documentos longos",
    ],
}

REQUESTS = [
    U("""tl;dr this please:

A two-year study of 1,600 employees at a large travel agency found that allowing staff to work from home two days a week had no measurable effect on performance reviews or promotions, while reducing quit rates by a third. The effect on attrition was largest among women, non-managers and employees with long commutes. Managers surveyed before the experiment predicted a drop in productivity; after the trial, most said the effect had been neutral or positive. The authors caution that the results may not generalise to roles requiring heavy in-person collaboration, and that the firm had a mature set of collaboration tools before the study began."""),
    U("""summarize these meeting notes into decisions and action items with owners:

Product sync 14 Nov — attendees: Ana (PM), Ravi (eng lead), Jo (design), Mark (support)
- Mark: churn calls keep mentioning the confusing invoice page. ~30 tickets last month.
- Jo showed two mockups. Everyone preferred B (line items grouped by project).
- Ravi: B needs a new API field, maybe 1 sprint. Could ship mid-Dec if we drop the CSV export polish.
- Agreed to drop CSV polish for now, revisit in Jan.
- Ana to tell sales the invoice redesign date once Ravi confirms estimate (by Mon).
- Jo to finalize B incl. mobile by Wed.
- Mark to tag invoice-related tickets so we can measure the impact after launch.
- Open question: do we notify customers or just ship quietly? Ana to decide."""),
    U("""can you summarize this email thread, I was on vacation. what do I actually need to do?

From: Priya — Mon: Client wants to move the launch from Dec 1 to Nov 24. Can we?
From: Tom — Mon: Only if we skip the accessibility audit. I'd rather not.
From: Priya — Tue: Client says the audit can happen post-launch, they'll sign off on that in writing.
From: Tom — Tue: OK, then engineering can do Nov 24. Need QA sign-off from Lena by Nov 20.
From: Lena — Wed: QA can do Nov 20 if we get the final build by Nov 17. @Sam you own the release build, can you confirm?
From: Priya — Thu: Sam is out till Monday, we'll wait for him."""),
    U("""Give me a 3-sentence summary of this paper abstract for a non-expert audience:

'We investigate the effect of intermittent fasting (16:8 time-restricted eating) on markers of metabolic health in 116 adults with overweight or obesity in a 12-week randomised controlled trial. Participants in the time-restricted group lost modestly more weight than controls (−0.94 kg vs −0.68 kg), a difference that was not statistically significant. Secondary analyses suggested a greater loss of lean mass in the intervention group. No significant differences were observed in fasting glucose, insulin, or lipid levels. These findings do not support time-restricted eating as an effective weight-loss strategy in this population.'"""),
    U("summarize the plot of moby dick in 5 bullet points, I have a book club tomorrow and didn't finish it 😅"),
    U("""key takeaways from this blog post?

'Most teams think they have a hiring problem when they actually have an onboarding problem. In our data from 40 startups, new engineers who shipped something to production in their first week were twice as likely to still be there after a year. The single biggest predictor wasn't the quality of documentation, it was whether they had a named buddy who checked in daily. Written onboarding plans helped, but only when someone actually followed up. The worst-performing companies had long reading lists and no early wins. Our recommendation: a buddy, a tiny first task, and a 30-day check-in with the manager — everything else is secondary.'"""),
    U("""Summarize this customer feedback into the main themes, with rough counts:

- love the app but sync takes forever on my phone
- please add dark mode!!
- sync between laptop and phone is unreliable, lost a note twice
- pricing is too high for what it is
- dark mode please, my eyes
- would pay more if there was a team plan
- notes disappeared after sync?? scary
- great app, just wish it was cheaper
- onboarding was confusing, didn't know where my notes went
- need shared folders for my team"""),
    U("""make this policy into a one-paragraph summary for employees:

'Effective January 1, employees may claim reimbursement for home office equipment up to a total of €500 per calendar year. Eligible items include chairs, desks, monitors, keyboards, mice and headsets. Laptops and phones are excluded as they are provided by IT. Claims must be submitted through the expense tool within 60 days of purchase and include an itemised receipt. Items purchased with company funds remain company property for two years, after which they transfer to the employee. Employees leaving the company within two years may be asked to return items or reimburse a prorated amount. Managers must approve claims over €200.'"""),
    U("""summarize this podcast transcript excerpt in a few bullets:

HOST: So why did you leave a stable job to start a bakery?
GUEST: Honestly, I was burnt out. I'd been in consulting for nine years. I was baking at 5am before work just to feel something.
HOST: And the first year?
GUEST: Brutal. We almost closed in month seven. What saved us was wholesale — we started supplying three cafés, which gave us predictable revenue.
HOST: Would you do it again?
GUEST: Yes, but I'd start with wholesale from day one, and I'd keep my savings separate from the business. I mixed them and it was a mistake.
HOST: Advice for listeners?
GUEST: Test demand before you sign a lease. Sell at markets for six months first."""),
    conv(
        "how do I schedule posts with the twitter API v2",
        "The v2 API doesn't support native scheduling — you'd store the post and send it at the right time from your own scheduler (cron, a queue with delayed jobs, etc.), calling `POST /2/tweets` when due.",
        """ok. different thing: shorten this to a tweet-length summary for our neighbourhood account:

'City council voted 7-2 on Tuesday to convert three downtown streets into pedestrian-only zones starting next spring. Supporters cited a pilot last summer that saw foot traffic at local shops rise 18%. Opponents, including several business owners on Main Street, argued that delivery access and parking would suffer. The plan includes designated delivery hours from 6 to 10 a.m. and a new parking garage on 4th Avenue, expected to open in 2027.'""",
    ),
    U("""executive summary of this section of our quarterly report, 3-4 sentences:

'Q3 revenue reached $4.2M, up 12% QoQ and 41% YoY, driven primarily by expansion revenue from existing enterprise accounts (+$380k). New logo acquisition slowed to 14 customers versus 22 in Q2, reflecting the pause in outbound sales during the CRM migration. Gross margin improved to 78% from 74% following the infrastructure cost renegotiation. Net revenue retention stands at 118%. Operating expenses grew 9%, mainly due to four engineering hires. Cash runway is 26 months at current burn. Key risks: concentration (top 5 customers = 38% of revenue) and the delayed EU data residency offering, which is blocking two large deals.'"""),
    U("""what's the gist of this terms of service update email? do I need to care?

'We're updating our Terms of Service and Privacy Policy, effective 30 days from this notice. Key changes: (1) we now use aggregated, de-identified usage data to improve our services, including training machine learning models; (2) disputes will be resolved through binding arbitration rather than in court, unless you opt out within 30 days by emailing legal@...; (3) we clarified how long we retain account data after deletion (90 days). By continuing to use the service after the effective date you agree to the new terms.'"""),
    U("""summarize the main arguments on each side of this debate:

MODERATOR: Should cities ban cars from their centres?
ALVAREZ: Yes. Car-free centres cut air pollution and traffic deaths, and the evidence from Pontevedra and Oslo shows local businesses gain customers, not lose them.
KIM: Those are small, dense cities with great transit. In most places a ban just pushes traffic to the edges and hurts people who can't walk or cycle — the elderly, disabled people, tradespeople with tools.
ALVAREZ: Exemptions exist for those groups, and transit investment has to come first, I agree.
KIM: Then the real issue is transit funding, not the ban. Bans without transit are symbolic and unfair."""),
    U("""i need the short version of these lecture notes for revising:

Lecture 7 — The Industrial Revolution in Britain
- Began c. 1760. Factors: coal and iron deposits, colonial markets and raw materials, agricultural revolution freed labour, stable banking system, patent law.
- Textiles first: spinning jenny (1764), water frame (1769), power loom (1785). Production moved from homes to factories.
- Steam engine (Watt improvements, 1776) → factories no longer needed rivers.
- Railways from 1830 (Liverpool–Manchester) cut transport costs dramatically.
- Social effects: urbanisation (Manchester pop. 25k in 1772 → 300k in 1850), child labour, poor housing; Factory Acts 1833 onwards.
- Debates: 'optimists' (living standards rose) vs 'pessimists' (they fell until ~1840s)."""),
    U("""summarize this chapter section from my history textbook in 5 bullets:

'The Congress of Vienna (1814–1815) sought to restore stability to Europe after the Napoleonic Wars. Led by Austria's Metternich, the great powers — Austria, Prussia, Russia and Britain, later joined by France — redrew borders to create a balance of power, surrounding France with stronger states. The principle of legitimacy restored many pre-revolutionary monarchs. The Congress also established the Concert of Europe, a system of regular consultation between the powers. While critics argue it suppressed liberal and nationalist movements, the settlement helped prevent a general European war for nearly a century.'"""),
    U("""bullet summary of this interview for our hiring notes:

Q: Tell us about a project you're proud of. A: Led the redesign of our returns flow at an e-commerce company; return-related tickets dropped 35%.
Q: A time you disagreed with a stakeholder? A: Marketing wanted a popup on checkout; I ran a quick test showing a 4% conversion drop, and we dropped it.
Q: How do you work with engineers? A: Involve them from discovery, share raw research, pair on edge cases.
Q: Weaknesses? A: Tends to over-polish; now timeboxes visual design.
Q: Why us? A: Wants to work on accessibility at scale, likes our public design system."""),
    U("""summarize the reviews for this blender so I can decide:

★★★★★ Crushes ice like nothing. Loud though.
★★☆☆☆ Lid cracked after 3 months. Customer service replaced it but took 4 weeks.
★★★★☆ Great smoothies, hard to clean under the blades.
★★★★★ Best blender I've owned, worth the price.
★☆☆☆☆ Motor smelled like burning on day one, returned it.
★★★★☆ Powerful. Jug is too tall for my cupboard.
★★★★★ Makes nut butter, which my old one couldn't."""),
    U("""my friend sent me this huge message, what's she actually saying? (trying to reply properly)

'ok so I know I said I'd come on Saturday and I really want to, but work has been insane and I found out Thursday that I might have to go to the Berlin office for the week after, which means I'd need Saturday to pack and sort things for my cat, and also honestly I'm kind of exhausted and I feel bad because I cancelled last time too, and I don't want you to think I don't care, because I do, maybe we could do a long call on Sunday instead? or I could come the weekend after I'm back? let me know what works, I feel awful about it'"""),
    U("""turn these into a 5-line daily news brief:

1. Central bank holds interest rates at 3.75%, signals possible cut in spring as inflation eases to 2.4%.
2. Heavy snowfall closes two major airports in the north; around 400 flights cancelled.
3. Parliament passes bill requiring large online platforms to verify advertisers' identities.
4. National football team qualifies for the World Cup after 2-1 win.
5. Researchers report a new antibiotic candidate effective against drug-resistant bacteria in mice."""),
    U("""condense these incident notes into a short summary for leadership (non-technical):

- 09:12 customers report checkout failing
- 09:20 on-call confirms: payment provider returning errors for ~60% of card payments
- 09:35 provider status page acknowledges issue in EU region
- 09:50 we enable fallback provider for EU; failures drop to ~5%
- 10:40 original provider recovers; we switch back at 11:00
- impact: ~1,900 failed checkouts, est. €48k in delayed or lost revenue
- follow-ups: automatic failover (currently manual), alerting on payment error rate (we learned from customers first)"""),
    U("""summarize the methods section of this paper in plain language:

'We conducted a prospective cohort study of 2,314 adults aged 45–75 recruited from 12 primary care practices. Participants wore wrist accelerometers for 7 consecutive days at baseline and again at 24 months. Sleep duration and regularity were derived using a validated algorithm. Cognitive function was assessed with the Montreal Cognitive Assessment at both time points. Linear mixed models adjusted for age, sex, education, BMI, depression scores and baseline cognition were used to estimate associations between sleep regularity and cognitive change.'"""),
    U("""my landlord sent this, can you summarize what's changing for me in plain words?

'Dear Tenant, further to clause 4.2 of your tenancy agreement, we write to inform you that upon renewal on 1 April the monthly rent will be adjusted from £1,150 to £1,210 in line with the local market review. The deposit held will remain unchanged. Please note that, effective from the renewal date, responsibility for garden maintenance will transfer to the tenant, and the landlord will arrange an annual boiler service with 48 hours' notice. Should you not wish to renew, written notice of no less than two months is required. We would be grateful if you could confirm your intentions by 15 February.'"""),
    U("""summarize my journal entries from this week into a few themes, I want to see patterns:

Mon: tired all day, skipped the gym, argued with J about money.
Tue: good meeting at work, felt useful. still didn't sleep well.
Wed: walked to work, mood better. J and I talked it through.
Thu: deadline stress, ate junk, stayed up late on my phone.
Fri: drinks with team, fun but wasted Saturday morning.
Sat: slept till 11, felt guilty. cleaned the flat, felt better.
Sun: long walk with J, planned next week's meals."""),
    U("""one-line summary for each of these support tickets please:

#4411: 'Hi, I was charged twice for my March subscription, can you refund one of them? Order numbers attached.'
#4412: 'The app crashes every time I try to upload a photo larger than 10MB on my Android phone.'
#4413: 'How do I add a second user to my account? I can't find the option anywhere in settings.'
#4414: 'Your latest email had a broken link to the webinar registration page.'
#4415: 'I'd like to cancel my account and have all my data deleted under GDPR.'"""),
    U("""Resume este artículo en tres puntos:

'El Ayuntamiento ha anunciado que a partir de enero las bibliotecas municipales ampliarán su horario hasta las 22:00 de lunes a viernes. La medida responde a la demanda de estudiantes, que en época de exámenes llenaban las salas desde primera hora. Además, se habilitarán espacios de coworking gratuitos con reserva previa y se incorporarán 30 nuevos puestos de trabajo. La inversión total asciende a 1,2 millones de euros, financiada en parte con fondos europeos.'"""),
    U("""Fais-moi un résumé de ce compte rendu de réunion :

'Réunion du comité des fêtes du 12 octobre. Présents : 9 membres. Le budget de la fête de Noël est fixé à 2 400 €. Marie s'occupe de la réservation de la salle, Paul contacte trois traiteurs et présente les devis à la prochaine réunion. Le marché de Noël est maintenu le 14 décembre, mais la tombola est supprimée faute de bénévoles. Prochaine réunion le 9 novembre.'"""),
    U("""Fasse diesen Text kurz zusammen:

'Die Deutsche Bahn kündigt für das kommende Jahr umfangreiche Bauarbeiten auf der Strecke zwischen Hamburg und Berlin an. Von August bis April wird die Strecke vollständig gesperrt; Fernzüge werden über Uelzen und Stendal umgeleitet, was die Fahrzeit um etwa 45 Minuten verlängert. Für den Regionalverkehr wird ein Schienenersatzverkehr mit Bussen eingerichtet. Die Bahn begründet die Vollsperrung damit, dass so die Bauzeit im Vergleich zu Arbeiten unter laufendem Betrieb um mehrere Jahre verkürzt werde.'"""),
    U("""帮我总结一下这篇文章的要点：

'近年来，越来越多的年轻人选择"断舍离"式的生活方式，减少不必要的消费。调查显示，超过六成的受访者表示在过去一年里减少了服装和电子产品的购买，转而把钱花在旅行、学习和健康上。专家认为，这一趋势与收入预期的变化以及对环境问题的关注有关，但也提醒，过度节俭可能会影响生活质量。'"""),
    U("""この議事録を要約して、決定事項とTODOを箇条書きにしてください：

'11月20日 定例会議。出席：田中、佐藤、鈴木、山本。新製品の発売日を2月10日に決定。パッケージデザインは案Bで進める。佐藤さんは来週までに販売店向け資料を作成。鈴木さんは価格について営業部と再度調整する。SNS広告の予算は次回会議で決める。'"""),
    U("""이 기사 세 줄로 요약해줘:

'서울시는 내년부터 심야 시간대 버스 노선을 12개 추가로 운영한다고 밝혔다. 이번 조치는 늦은 시간 귀가하는 직장인과 학생들의 교통 불편을 줄이기 위한 것이다. 새 노선은 주로 강남, 홍대, 종로 등 유동 인구가 많은 지역을 중심으로 배치된다. 시는 운영 결과를 분석한 뒤 노선을 추가로 확대할 계획이다.'"""),
    conv(
        "how do I make a python list unique but keep the order",
        "`list(dict.fromkeys(items))` — dicts preserve insertion order, so this keeps the first occurrence of each item.",
        """thanks. can you also summarize this article my manager sent, no time to read it before our 1:1:

'Four-day work weeks are gaining traction, but the evidence is mixed. Trials in the UK and Iceland reported stable productivity and large gains in wellbeing, yet critics note that participating companies self-selected and many were small office-based firms. Some firms that tried it reverted after a year, citing coordination problems with clients. Researchers suggest the model works best where output is easy to measure and meetings can be cut aggressively.'""",
    ),
    conv(
        "summarize this: 'The library will close for renovations from June 1 to August 31. During this period, a temporary branch will operate in the community center on Oak Street with limited hours (10-4, Tue-Sat). Returns can be made at any branch. Holds placed before June 1 will be transferred automatically. The renovated library will feature a new children's area, study rooms and a makerspace.'",
        "The library closes for renovations from June 1 to August 31. A temporary branch at the Oak Street community center will be open Tuesday–Saturday, 10–4. You can return books at any branch, and existing holds transfer automatically. When it reopens it will have a new children's area, study rooms and a makerspace.",
        "shorter. like 2 sentences",
    ),
    conv(
        """summarize this planning thread:

Dana: venue is booked for the offsite, Mar 12-13.
Leo: I can do the agenda if someone handles travel.
Priya: I'll do travel bookings, need headcount by Friday.
Dana: I'll send the headcount survey today. Also need someone for dietary requirements.
Leo: fine, I'll add that to the survey form.
Sam: budget is €15k all in, please keep receipts.""",
        "The team offsite is on March 12–13 at a booked venue with a total budget of €15k (keep receipts). Leo is drafting the agenda and adding dietary questions to the survey, Priya is handling travel once she has the headcount (due Friday), and Dana is sending the headcount survey today.",
        "now pull out just the action items for me (I'm Dana)",
    ),
    conv(
        "can you write a regex that matches iso dates",
        "`^\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])$` — note it won't reject impossible dates like 2026-02-30; use a date parser if you need that.",
        "great",
        "👍",
        """last thing before I go: summarize this note from HR in one sentence:

'Please note that the annual performance review cycle will begin on December 1. Self-assessments are due by December 12, manager reviews by December 19, and calibration meetings will take place in the first two weeks of January. Final ratings and compensation changes will be communicated by January 31.'""",
    ),
    loop(
        "open meeting-notes/2026-11-20.md",
        [
            (None, "Read", {"file_path": "/home/ana/team-wiki/meeting-notes/2026-11-20.md"},
             numbered("""# All-hands 2026-11-20

- Q4 goals: 2 of 3 on track; hiring goal behind (3 of 6 roles filled)
- New parental leave policy: 20 weeks for all parents, starts Jan 1
- Office move to Kantstraße confirmed for Feb; desks will be assigned by team
- Holiday party Dec 12, 6pm, RSVP by Dec 1
- Q&A: questions about remote days after the move → policy unchanged (2 office days/week)""")),
        ],
        "These are the notes from the Nov 20 all-hands: Q4 goals, a new parental leave policy, the February office move, the holiday party, and a Q&A about remote days.",
        "summarize this for the people who missed it, short and slack-ready",
        date="2026-11-20",
    ),
    CC("""summarize what our customers said in these interview notes — what are the top 3 pain points?

Interview 1 (clinic manager): spends ~2h/day on appointment reminders by phone; patients no-show a lot; current software can't send SMS.
Interview 2 (dentist, solo practice): hates double-entry between booking tool and billing; wants one system; price-sensitive.
Interview 3 (physio chain, 4 sites): can't see availability across sites; staff call each other to find slots; reminders are manual.
Interview 4 (vet clinic): no-shows are the #1 revenue leak; tried email reminders, low open rates.""", date="2026-03-03"),
    loop(
        "read the standup notes from this week",
        [
            (None, "Bash", {"command": "cat notes/standup-2026-10-2*.md", "description": "Print this week's standup notes"},
             """## Mon
Ana: finishing search filters. Ben: on-call, 2 incidents (both minor). Chloe: interviews.
## Tue
Ana: search filters in review. Ben: postmortem for Monday's incident. Chloe: onboarding docs.
## Wed
Ana: filters shipped. Ben: started billing export. Chloe: blocked on design for settings page.
## Thu
Ana: bug fixes from filters launch. Ben: billing export 50%. Chloe: settings page unblocked, started.
## Fri
Ana: planning next sprint. Ben: billing export in review. Chloe: settings page 60%."""),
        ],
        None,
        "give me a weekly summary of what the team did, for my manager. 4-5 bullets max",
        date="2026-10-24",
    ),
    CC("""summarize this long slack thread about the office move, I just need to know what was decided:

Hana: Movers come on the 14th, please pack your desks by the 13th EOD
Jon: do we get boxes?
Hana: yes, boxes arrive Monday, 3 per person
Rita: what about monitors?
Hana: IT moves monitors and docks, don't pack them
Jon: parking at the new place?
Hana: 20 spots, first come first served, bike storage in the basement
Rita: is the 15th a remote day then?
Hana: yes, everyone remote on the 15th, new office opens on the 16th
Jon: 🎉""", date="2026-12-02"),
    loop(
        "find the survey results doc",
        [
            (None, "Glob", {"pattern": "docs/**/survey*.md"}, "/home/kai/app/docs/user-research/survey-results-2026.md"),
            (None, "Read", {"file_path": "/home/kai/app/docs/user-research/survey-results-2026.md"},
             numbered("""# User survey 2026 (n=412)

- 71% use the app at least weekly; 22% daily
- Most valued: offline mode (58%), quick capture widget (44%)
- Top frustration: search can't find old notes (39%), sync conflicts (27%)
- 33% would pay for a family plan; willingness-to-pay median €4/month
- NPS: 31 (up from 18 last year)
- Open comments: many requests for handwriting support on tablets""")),
        ],
        "Found it: `docs/user-research/survey-results-2026.md`, the 2026 user survey with 412 responses.",
        "summarize the findings in 5 bullets for the quarterly review",
        date="2026-06-09",
    ),
    CC("""summarize this article for me:

'Scientists have long known that sleep helps consolidate memories, but a new study suggests the timing matters as much as the duration. Participants who learned a list of word pairs in the evening and slept within three hours recalled 20% more the next day than those who stayed up late before sleeping the same total hours. The researchers think early sleep captures a window when the hippocampus is still replaying the day's experiences. The study was small — 64 university students — and the authors call for larger trials before drawing practical conclusions, but say the findings are consistent with earlier animal research.'""", date="2026-11-26"),
]
