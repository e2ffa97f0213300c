"""More near misses: coding asks that borrow the look of the 'other' side (tweets, conversions,
OOO emails, jokes, tool questions) or arrive as an offhand remark at the end of a session."""
from conversation_shapes import u, a, cc, at, tr

# ---------------------------------------------------------------- Q1 Next.js hydration (en)
Q1 = [
    cc("getting 'Text content does not match server-rendered HTML' on the pricing page, only in prod build", file="app/pricing/page.tsx", d=1),
    at("", ("Grep", {"pattern": "toLocale|Date\\(|Math.random", "path": "app/pricing", "output_mode": "content", "-n": True})),
    tr("app/pricing/PriceTag.tsx:9:  const formatted = new Intl.NumberFormat(undefined, { style: 'currency', currency }).format(amount);\napp/pricing/page.tsx:31:        <small>Prices updated {new Date().toLocaleDateString()}</small>"),
    at("Both render differently on the server (UTC, en-US) and in the browser (user locale/timezone). I'll pin the locale for prices and move the date to a server-provided value.",
       ("Edit", {"file_path": "app/pricing/PriceTag.tsx", "old_string": "new Intl.NumberFormat(undefined,", "new_string": "new Intl.NumberFormat(locale,"}),
       ("Edit", {"file_path": "app/pricing/page.tsx", "old_string": "        <small>Prices updated {new Date().toLocaleDateString()}</small>", "new_string": "        <small>Prices updated <time dateTime={updatedAt}>{formatDate(updatedAt, locale)}</time></small>"})),
    tr("The file app/pricing/PriceTag.tsx has been updated successfully.", "The file app/pricing/page.tsx has been updated successfully."),
    at("", ("Bash", {"command": "npm run build && npx playwright test e2e/pricing.spec.ts", "description": "Prod build + e2e"})),
    tr("✓ Compiled successfully\n✓ Generating static pages (24/24)\n\nRunning 3 tests using 3 workers\n  3 passed (6.1s)"),
    a("Fixed: the price formatter now uses the route's `locale` instead of the runtime default, and the 'updated' date comes from the server as an ISO string formatted with the same locale. Prod build + pricing e2e pass, no hydration warnings."),
]

# ---------------------------------------------------------------- Q2 Python CLI (es)
Q2 = [
    cc("el comando `inv sync --since 2026-01-01` ignora el --since y siempre trae todo", file="inv/cli.py", d=4),
    at("", ("Read", {"file_path": "inv/cli.py", "offset": 1, "limit": 40})),
    tr("1\timport click\n2\tfrom .sync import run_sync\n3\t\n4\t@click.group()\n5\tdef cli():\n6\t    pass\n7\t\n8\t@cli.command()\n9\t@click.option('--since', type=click.DateTime(formats=['%Y-%m-%d']))\n10\t@click.option('--dry-run', is_flag=True)\n11\tdef sync(since, dry_run):\n12\t    run_sync(dry_run=dry_run)\n"),
    at("La opción se parsea pero nunca se pasa a `run_sync`. Miro su firma.", ("Grep", {"pattern": "def run_sync", "path": "inv", "output_mode": "content", "-A": 3})),
    tr("inv/sync.py:14:def run_sync(dry_run=False, since=None):\ninv/sync.py-15-    q = Item.select()\ninv/sync.py-16-    if since:\ninv/sync.py-17-        q = q.where(Item.updated_at >= since)"),
    at("", ("Edit", {"file_path": "inv/cli.py", "old_string": "    run_sync(dry_run=dry_run)", "new_string": "    run_sync(dry_run=dry_run, since=since)"}),
       ("Bash", {"command": "pytest tests/test_cli.py -q", "description": "Tests del CLI"})),
    tr("The file inv/cli.py has been updated successfully.", "....                                                                     [100%]\n4 passed in 0.41s"),
    a("Era eso: `--since` se leía pero no se pasaba a `run_sync`. Ya se pasa; tests OK."),
]

EXAMPLES = [
("code_generation", Q1 + [u("sweet, thanks. the same locale thing is probably broken on /checkout too, do it there as well")]),
("code_understanding", Q1 + [u("just curious, it's fixed now: why did this only show up in the prod build and never in next dev?")]),
("chit_chat", Q1 + [u("beautiful. ok, lunch 🍜")]),
("test_writing", Q2 + [u("gracias! añade un test que habría pillado esto, que compruebe que --since llega a run_sync")]),
("code_review", Q2 + [u("vale. ya que estás, revisa el resto de cli.py, seguro que hay más opciones que no se usan")]),
("chit_chat", Q2 + [u("qué vergüenza, era una línea 🙈 gracias!")]),

# look-alikes of 'other' asks that are code
("code_generation", u("not the tweet itself — write the function that builds it: takes title, url, tags, appends hashtags and trims to 280 chars without breaking the url")),
("code_generation", u("write a small unit conversion module (temp, distance, weight) in TypeScript with tests, for the recipe app")),
("code_generation", u("write a Jinja2 HTML template for our out-of-office auto-reply feature: name, return date, backup contact, our brand header")),
("frontend_ui", u("users keep asking how to switch AI models in OUR app. add a model picker dropdown in the chat header, persisted to localStorage, react + shadcn")),
("explain_concept", u("hah, quick math I thought I knew: why does 0.1 + 0.2 !== 0.3 in JS, and what should I use for money then")),
("debugging", u("the haiku bot we made for slack sometimes posts 4 lines instead of 3. here's the part that splits:\n\n```python\nlines = re.split(r'[\\n/]', poem.strip())\nawait say('\\n'.join(lines))\n```")),
("code_understanding", u("the LinkedIn post about our faster CI is done. for the Q&A afterwards I need to actually understand it: how does the cache key with hashFiles in our workflow decide when to reuse?")),
("architecture", u("meeting invite is out, thanks. for the meeting itself: should billing be event-sourced or is a plain ledger table with audit log enough? 2M invoices/year")),
("devops_ci", u("instead of me pushing tags by hand every release, add a workflow that tags and pushes when the version in package.json changes on main")),
("documentation", u("not the customer email, the internal one: write the postmortem in docs/incidents/2026-05-20-payments-deadlock.md, our usual template (summary, timeline, root cause, action items)")),
("code_generation", u("fun one: a `fortune`-style CLI in Go that prints a random programming joke from a jokes.txt file, with -n to print several")),
("sql_queries", u("averages in my head are fine but i need this as SQL: average order value per customer segment per month, last 12 months. tables orders(id, customer_id, total, created_at), customers(id, segment)")),
("code_review", u("the translation of the error messages is done by the agency, just check the code that loads them — is this i18n loader ok or will it break with missing keys?\n\n```ts\nexport function t(key: string, lang: string) {\n  return (messages as any)[lang][key];\n}\n```")),
("debugging", u("re the printer lol: not the office one, it's our app's 'print invoice' button. Chrome opens the dialog but the preview is blank since the last release")),
("code_understanding", u("what does this do? a colleague put it in our .zshrc setup doc and I don't run things I don't understand\n\n```bash\nexport PATH=\"$HOME/.local/bin:$PATH\"\neval \"$(direnv hook zsh)\"\n[ -f ~/.fzf.zsh ] && source ~/.fzf.zsh\n```")),
("refactoring", u("thanks for the explanation earlier. now actually apply it: replace those nested callbacks in upload.js with async/await, same behaviour")),
("api_design", u("ok the announcement is written. now the real design bit: the public webhooks API for partners, what should the payload envelope, signing and retry semantics look like?")),
("debugging", u("after `docker system prune -a` my compose stack won't start: `network app_default declared as external, but could not be found`")),
("code_generation", [u("convert 150 USD to EUR"), a("At ~0.92 EUR/USD that's about **€138**. Rates move daily, so check a live source for exact figures."), u("ok now add that to the app: a currency field on the expense form that converts to EUR using the ECB daily rates, cached for a day")]),
("error_explanation", u("not asking you to fix it yet, I want to understand it first: what does this mean in plain words, and why would it only show up inside the CI container?\n\n```\nssl.SSLCertVerificationError: [SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1006)\n```")),
("documentation", u("cool, works. write the usage section of the README for the converter CLI, with the flags table")),
("code_review", u("merci ! dernière chose avant de partir : jette un œil à ma PR #311, juste dis-moi si c'est mergeable")),
("architecture", u("danke, schönes Wochenende! ach, eine Sache noch für Montag zum Nachdenken: sollten wir die Bildverarbeitung aus der API in eigene Worker auslagern? Uploads blockieren gerade Requests")),
]
