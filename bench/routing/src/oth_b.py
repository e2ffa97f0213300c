from lib import *

L = "other"

ex("oth_lisbon", L, [first("3 day itinerary for lisbon in december, we like food and walking, not big on museums")],
   tags=["non_coding"])

ex("oth_pvalue_eli12", L, [first("explain p-values like I'm 12, my stats exam is tomorrow")],
   tags=["non_coding"])

ex("oth_toolonly_weather", L, [
    first("what's the weather going to be like in Berlin this weekend?"),
    A(None, T("ws", "WebSearch", {"query": "Berlin weather forecast weekend November 28 29 2026"})),
    TR(R("ws", '''Web search results for query: "Berlin weather forecast weekend November 28 29 2026"

Links: [{"title":"Berlin, Germany 10-Day Weather Forecast","url":"https://weather.example.com/berlin/10day"},{"title":"Wetter Berlin - 14 Tage Vorhersage","url":"https://wetter.example.de/berlin/14-tage"}]

Saturday: cloudy, 4°C / 0°C, 40% chance of light rain in the afternoon. Sunday: partly sunny, 6°C / 1°C, wind 15 km/h.''')),
], tags=["tool_result_last", "non_coding"])

ex("oth_toolonly_poem_file", L, [
    first("write a short poem about autumn and save it to poem.txt"),
    A("Here's the poem. I'll save it now.", T("wp", "Write", {"file_path": "/home/dev/work/poem.txt", "content": "The maples spend their copper coins,\nthe wind collects them, street by street;\nthe evenings borrow early dark\nand pay it back in lamplight, sweet.\n"})),
    TR(R("wp", "File created successfully at: /home/dev/work/poem.txt (file state is current in your context — no need to Read it back)")),
], tags=["tool_result_last", "non_coding"])

ex("oth_tool_after_fix_done_today", L, [
    first("the /export endpoint times out for big accounts"),
    A("Let me check the handler.", T("xe", "Read", {"file_path": "/home/dev/work/crm/app/routes/export.py"})),
    TR(R("xe", catn('''@router.get("/export")
def export(account_id: int, db: Session = Depends(get_db)):
    contacts = db.query(Contact).filter_by(account_id=account_id).all()
    rows = [serialize(c) for c in contacts]
    return Response(to_csv(rows), media_type="text/csv")
'''))),
    A(None, T("xe2", "Edit", {"file_path": "/home/dev/work/crm/app/routes/export.py", "old_string": "    contacts = db.query(Contact).filter_by(account_id=account_id).all()\n    rows = [serialize(c) for c in contacts]\n    return Response(to_csv(rows), media_type=\"text/csv\")", "new_string": "    q = db.query(Contact).filter_by(account_id=account_id).yield_per(2000)\n    return StreamingResponse(iter_csv(serialize(c) for c in q), media_type=\"text/csv\")"})),
    TR(R("xe2", "The file /home/dev/work/crm/app/routes/export.py has been updated successfully.")),
    A("The export now streams rows in batches of 2000 with `yield_per` and `StreamingResponse`, so it no longer builds the whole CSV in memory before sending. Large accounts should start downloading right away."),
    ut("perfect, that's it for today. have a good one"),
], tags=["tool_loop", "intent_shift", "terse"])

ex("oth_tool_after_review_cat_name", L, [
    first("review src/queue.rs"),
    A(None, T("qr", "Read", {"file_path": "/home/dev/work/minion/src/queue.rs"})),
    TR(R("qr", catn('''pub struct Queue<T> {
    items: Mutex<VecDeque<T>>,
    cv: Condvar,
}

impl<T> Queue<T> {
    pub fn push(&self, t: T) {
        self.items.lock().unwrap().push_back(t);
        self.cv.notify_one();
    }
    pub fn pop(&self) -> T {
        let mut g = self.items.lock().unwrap();
        while g.is_empty() {
            g = self.cv.wait(g).unwrap();
        }
        g.pop_front().unwrap()
    }
}
'''))),
    A("This looks solid. Waiting in a `while` loop handles spurious wakeups correctly. Two small suggestions:\n\n- Add a `pop_timeout` or a close/shutdown mechanism. As written, consumers block forever on shutdown.\n- `unwrap()` on a poisoned mutex will cascade panics. Decide whether that's what you want."),
    ut("lol ok good enough. unrelated but I just adopted a grey kitten, need name ideas. something nerdy but not too obvious"),
], tags=["tool_loop", "intent_shift", "non_coding"])

ex("oth_tool_after_gen_book", L, [
    first("generate a .gitignore for a python + node project"),
    A(None, T("gi", "Write", {"file_path": "/home/dev/work/mixed/.gitignore", "content": "__pycache__/\n*.py[cod]\n.venv/\n.env\nnode_modules/\ndist/\nbuild/\n.coverage\n.pytest_cache/\n.DS_Store\n"})),
    TR(R("gi", "File created successfully at: /home/dev/work/mixed/.gitignore (file state is current in your context — no need to Read it back)")),
    A("I created `.gitignore`. It covers Python bytecode and virtualenvs, `node_modules`, build output, coverage/pytest artifacts, `.env` and `.DS_Store`."),
    ut("perfect. btw any good book recs on negotiation? salary review coming up"),
], tags=["tool_loop", "intent_shift", "non_coding"])

ex("oth_ops_push", L, [
    first("bump the version to 1.4.0 in pyproject.toml"),
    A(None, T("bv", "Edit", {"file_path": "/home/dev/work/tinyorm/pyproject.toml", "old_string": 'version = "1.3.2"', "new_string": 'version = "1.4.0"'})),
    TR(R("bv", "The file /home/dev/work/tinyorm/pyproject.toml has been updated successfully.")),
    A("Bumped the version to 1.4.0."),
    ut("commit that and push"),
], tags=["tool_loop", "agent_ops", "near_boundary", "terse"])

ex("oth_ops_pull_rebase", L, [first("pull latest main and rebase my branch on it")],
   tags=["agent_ops", "near_boundary", "terse"])

ex("oth_ops_cleanup", L, [first("delete node_modules and the dist folder and reinstall everything with pnpm")],
   tags=["agent_ops", "near_boundary"])

ex("oth_ok", L, [
    first("can you make the sidebar collapsible?"),
    A("Done. The sidebar now has a collapse toggle at the top. Its state persists in `localStorage` under `sidebar:collapsed`, and the main content animates its width with a 150 ms transition."),
    us("ok cool"),
], tags=["multi_turn", "terse", "intent_shift"], cache=False)

ex("oth_nvm", L, [
    first("why is my docker container using so much disk"),
    A("Let me check what's using the space.", T("dk", "Bash", {"command": "docker system df -v | head -40", "description": "Show docker disk usage"})),
    TR(R("dk", REJECT, deny=True), texts=[INTERRUPT, "nvm, figured it out"]),
], tags=["terse", "intent_shift"])

ex("oth_are_you_there", L, [first("hello? are you there")], tags=["terse", "non_coding"])

ex("oth_coworker_farewell", L, [first("write a short funny message for a farewell card for my coworker Priya who's leaving to travel around south america for a year. she's our team's unofficial coffee snob")],
   tags=["non_coding"])

ex("oth_resignation", L, [first("draft a resignation letter, 4 weeks notice, last day Jan 9. want to stay on good terms, thank my manager Tom for the mentorship")],
   tags=["non_coding"])

ex("oth_landing_copy", L, [first("landing page hero copy for our dev tool: it's a CLI that finds unused cloud resources and estimates the savings. need headline, subheadline and a CTA. target audience: platform engineers, no buzzword soup")],
   tags=["non_coding", "near_boundary"])

ex("oth_etsy", L, [first("product description for my etsy listing: handmade ceramic mug, speckled glaze, 350ml, dishwasher safe, each one slightly different. warm tone, ~100 words")],
   tags=["non_coding"])

ex("oth_haiku_k8s", L, [first("haiku about kubernetes pls")], tags=["non_coding", "near_boundary", "terse"])

ex("oth_roth_ira", L, [first("difference between a roth IRA and a traditional IRA, I'm 29 and in the 22% bracket, which makes more sense?")],
   tags=["non_coding"])

ex("oth_balance_equation", L, [first("balance this: Fe + O2 -> Fe2O3, and explain how you did it")],
   tags=["non_coding", "terse"])

ex("oth_summarize_article", L, [first('''summarize this in 3 bullet points for my book club:

The town of Hallstatt, with fewer than 800 residents, receives up to a million visitors a year. Locals have complained about buses clogging the single main road, drones over their gardens, and tourists peering into windows. In 2023 the municipality erected a wooden barrier at a popular photo spot, which was removed after a backlash online. Officials are now considering a cap on tour buses, time-slot bookings, and a tourist tax that would fund infrastructure. Some shop owners worry the measures will hurt business, while many residents say the village's character is already lost.''')],
   tags=["non_coding"])

ex("oth_slack_announcement", L, [first("write a slack message to the whole company (non-engineers too) that the internal wiki will be read-only this saturday 9-13h while we migrate it to the new system. friendly, short, one emoji")],
   tags=["non_coding", "near_boundary"])

ex("oth_weekday_1976", L, [first("what day of the week was july 4 1976")], tags=["non_coding", "terse"])

ex("oth_behavioral_interview", L, [first("help me prep for the behavioral interview question 'tell me about a time you disagreed with your manager'. my story: I pushed back on skipping load tests before black friday and we found a bottleneck. STAR format, 2 minutes spoken")],
   tags=["non_coding", "near_boundary"])

ex("oth_sysmsg_say_hello", L, [first("say hello")], sysmsg=True, tags=["terse", "non_coding"])

ex("oth_oldshape_hi", L, [first("hi")], oldshape=True, tags=["terse", "non_coding"])

ex("oth_todays_date", L, [first("what's today's date")], tags=["terse", "non_coding"])

ex("oth_limerick_plain", L, [first("write a limerick about my cat knocking my coffee off the desk during a standup")],
   plain=True, tags=["non_coding"])

ex("oth_decline_recruiter", L, [first("polite reply to a recruiter on linkedin saying I'm not looking right now but open to chatting in 6 months, keep the door open")],
   tags=["non_coding"])

ex("oth_thesis_academic", L, [first('''make this paragraph of my thesis sound more academic without changing the meaning:

Lots of people think remote work makes teams less productive but our survey shows that's not really true. Teams that had clear goals did just as well or even better. The ones that struggled mostly had bad communication before the pandemic anyway.''')],
   tags=["non_coding"])

ex("oth_ai_replace_programmers", L, [first("honest question, do you think AI will replace programmers in the next 10 years? I'm a junior and kinda anxious about it")],
   tags=["non_coding", "near_boundary"])

ex("oth_keyboard_rec", L, [first("recommend a mechanical keyboard under $150, tenkeyless, quiet switches because I'm on calls all day")],
   tags=["non_coding"])

ex("oth_bat_ball", L, [first("a bat and a ball cost 1.10 total, the bat costs 1.00 more than the ball. how much is the ball? my friend says 10 cents")],
   tags=["non_coding"])

ex("oth_mean_std", L, [first("mean and standard deviation of 4, 8, 15, 16, 23, 42? population not sample")],
   tags=["non_coding", "terse"])

ex("oth_make_it_shorter", L, [
    first("write a short bio for my conference speaker profile: I'm Marta, staff engineer at a logistics company, 12 years in the industry, talk about building reliable systems, and I run a local meetup on weekends"),
    A("Marta is a Staff Engineer at a logistics company, where she has spent the last 12 years building and operating systems that keep parcels moving, even when the network and the weather aren't cooperating. She is passionate about reliability engineering, pragmatic incident response and growing engineers. Outside work, she organises a local tech meetup that brings together developers from across the region every month."),
    ut("make it shorter, max 2 sentences, and third person is fine but less formal"),
], tags=["multi_turn", "follow_up", "non_coding"])

ex("oth_wedding_toast_after_code", L, [
    first("add a --json flag to the status command"),
    A("Done. `status --json` prints the status as a JSON object (`{\"branch\", \"ahead\", \"behind\", \"dirty\", \"files\"}`) instead of the table, and exits with the same codes as before."),
    ut("cool. totally unrelated: my sister's getting married saturday and I have to give a toast, 2 minutes max. she's a marine biologist and her husband is a chef, they met on a sailing trip. help"),
], tags=["multi_turn", "intent_shift", "non_coding"])

ex("oth_it_ricetta", L, [first("mi dai una ricetta per la carbonara vera, senza panna? per 4 persone")],
   tags=["non_english", "lang_it", "non_coding"])

ex("oth_tr_email", L, [first("ev sahibime kiranın bu ay 3 gün gecikeceğini bildiren kibar bir mesaj yazar mısın? maaşım geç yattı")],
   tags=["non_english", "lang_tr", "non_coding"])

ex("oth_pl_trivia", L, [first("ile waży dorosły słoń afrykański? i czy to prawda, że boją się myszy?")],
   tags=["non_english", "lang_pl", "non_coding"])
