"""Cross-label cases: surface cues (stack traces, diffs, pasted code, terseness) that
usually signal one route but here belong to another."""
from lib import *

ex("oth_poem_about_function", "other", [first('''our colleague Hana is retiring and this function is kind of her legacy (it's been in prod since 2011 and never broke). write a short funny poem about it for her farewell card

def reconcile(ledger, bank):
    diffs = []
    for day in sorted(set(ledger) | set(bank)):
        if round(ledger.get(day, 0), 2) != round(bank.get(day, 0), 2):
            diffs.append(day)
    return diffs''')], tags=["non_coding", "near_boundary", "pasted_code", "code:python"])

ex("oth_tweet_from_diff", "other", [first('''turn this into a funny tweet for our eng account, it's the PR that finally removed IE11 support

- "browserslist": ["> 0.5%", "last 2 versions", "IE 11"],
+ "browserslist": ["> 0.5%", "last 2 versions", "not dead"],
- import "core-js/stable";
- import "regenerator-runtime/runtime";''')], tags=["non_coding", "near_boundary", "diff", "code:json"])

ex("oth_limerick_stacktrace", "other", [first('''lol look at this, 140 frames and the actual error is at the bottom. write a limerick about it for our #eng-memes channel

org.springframework.web.util.NestedServletException: Request processing failed
	at org.springframework.web.servlet.FrameworkServlet.processRequest(FrameworkServlet.java:1014)
	at org.springframework.web.servlet.FrameworkServlet.doPost(FrameworkServlet.java:909)
	at javax.servlet.http.HttpServlet.service(HttpServlet.java:681)
	... 136 more
Caused by: java.lang.NullPointerException: null''')], tags=["non_coding", "near_boundary", "stack_trace", "code:java"])

ex("oth_translate_email_code", "other", [first('''translate this email to german for my colleague in Munich, keep the code bit as is:

Hi Jonas, I'm out from Monday to Wednesday. If the nightly import fails again, you can restart it manually with `make import-nightly DATE=yesterday`. No need to wait for me, and please don't worry if the dashboard looks empty until 10am. Thanks! Elif''')],
   tags=["non_coding", "near_boundary"])

ex("doc_troubleshooting_trace", "documentation", [first('''we fixed this already (it was the missing libpq on alpine), but people keep hitting it. add it to docs/troubleshooting.md with the symptom, cause, and fix

Traceback (most recent call last):
  File "/app/manage.py", line 22, in <module>
    main()
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/postgresql/base.py", line 29, in <module>
    raise ImproperlyConfigured("Error loading psycopg2 or psycopg module")
django.core.exceptions.ImproperlyConfigured: Error loading psycopg2 or psycopg module''')],
   tags=["stack_trace", "near_boundary", "repo_paths", "code:python"])

ex("rev_fix_for_trace", "code review", [first('''here's the trace and my fix. review the fix please: is catching it here the right place, or am I hiding a real problem?

redis.exceptions.ConnectionError: Error 104 while writing to socket. Connection reset by peer.
  File "app/cache.py", line 31, in get_profile
    raw = r.get(f"profile:{uid}")

my fix:
def get_profile(uid):
    try:
        raw = r.get(f"profile:{uid}")
    except redis.exceptions.RedisError:
        raw = None
    if raw is None:
        return load_profile_from_db(uid)
    return json.loads(raw)''')], tags=["stack_trace", "near_boundary", "pasted_code", "code:python"])

ex("gen_middleware_for_trace", "code generation", [first('''we keep getting these in sentry when the db is failing over:

psycopg.OperationalError: consumer connection failed: server closed the connection unexpectedly

we know why it happens and it's fine, but users get a 500 page. write a FastAPI exception handler that maps OperationalError to a 503 JSON response with Retry-After: 5 and logs it at warning level, not error''')],
   tags=["stack_trace", "near_boundary", "code:python"])

ex("und_trace_call_path", "code understanding", [first('''not a bug, everything works, I'm just trying to learn how django processes a request. from this trace, in what order do the middlewares run and where does the view actually get called?

  File "django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
  File "django/utils/deprecation.py", line 133, in __call__
    response = self.get_response(request)
  File "django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
  File "django/utils/deprecation.py", line 133, in __call__
    response = self.get_response(request)
  File "app/middleware/tenant.py", line 18, in __call__
    return self.get_response(request)''')], tags=["stack_trace", "near_boundary", "code:python"])

ex("arch_compose_outgrowing", "architecture", [first('''we're outgrowing this setup (single VM, everything in one compose file). traffic is 10x since spring. how should we split this for a proper prod setup, what goes managed vs self-hosted, and in what order?

services:
  web:
    build: .
    command: gunicorn app.wsgi -w 8
    depends_on: [db, redis]
  worker:
    build: .
    command: celery -A app worker -c 8
  beat:
    build: .
    command: celery -A app beat
  db:
    image: postgres:15
    volumes: [pgdata:/var/lib/postgresql/data]
  redis:
    image: redis:7
  nginx:
    image: nginx:1.27
    ports: ["80:80", "443:443"]''')], tags=["pasted_code", "code:yaml"])

ex("arch_event_schema_versioning", "architecture", [first('''these event payloads are shared between 5 services (TS and Go). we need to add fields and occasionally rename things without breaking consumers. how should we version the schemas and where should they live? schema registry, a shared package, protobuf?

export interface OrderPlacedV1 {
  type: "order.placed";
  orderId: string;
  customerId: string;
  totalCents: number;
  items: { sku: string; qty: number }[];
}

export interface OrderCancelledV1 {
  type: "order.cancelled";
  orderId: string;
  reason?: string;
}''')], tags=["pasted_code", "code:typescript"])

ex("arch_sti_vs_tables", "architecture", [first('''product types: we have these two tables and product wants to add bundles, gift cards and subscriptions. single table with a type column + jsonb for the specifics, class table inheritance, or separate tables per type? orders reference products

CREATE TABLE physical_products (id uuid PRIMARY KEY, sku text UNIQUE, name text, price_cents int, weight_g int, hs_code text);
CREATE TABLE digital_products (id uuid PRIMARY KEY, sku text UNIQUE, name text, price_cents int, download_url text, license_type text);''')],
   tags=["pasted_code", "code:sql"])

ex("arch_terse_monorepo", "architecture", [first("monorepo or polyrepo for 3 services + 1 frontend, 5 devs?")],
   tags=["terse"])

ex("arch_terse_celery_rq", "architecture", [first("celery vs rq vs dramatiq for a small django app?")],
   tags=["terse"])

ex("gen_make_async", "code generation", [
    first("function that downloads a list of urls and returns their sizes in bytes, python, use requests"),
    A('''```python
import requests

def sizes(urls: list[str]) -> dict[str, int]:
    out = {}
    for u in urls:
        r = requests.get(u, timeout=10)
        r.raise_for_status()
        out[u] = len(r.content)
    return out
```'''),
    ut("now make it async"),
], tags=["multi_turn", "follow_up", "terse", "code:python"])

ex("gen_add_tests_terse", "code generation", [
    first("add a `slugify` helper to src/utils/text.ts that handles accents and collapses dashes"),
    A(None, T("sl", "Edit", {"file_path": "/home/dev/work/blog/src/utils/text.ts", "old_string": "export function truncate(", "new_string": "export function slugify(input: string): string {\n  return input\n    .normalize(\"NFKD\")\n    .replace(/[\\u0300-\\u036f]/g, \"\")\n    .toLowerCase()\n    .replace(/[^a-z0-9]+/g, \"-\")\n    .replace(/^-+|-+$/g, \"\");\n}\n\nexport function truncate("})),
    TR(R("sl", "The file /home/dev/work/blog/src/utils/text.ts has been updated successfully.")),
    A("I added `slugify` to `src/utils/text.ts`. It strips accents with NFKD normalisation, lowercases, collapses runs of non-alphanumeric characters into single dashes, and trims dashes from both ends."),
    ut("add tests"),
], tags=["tool_loop", "follow_up", "terse", "code:typescript"])

ex("gen_diff_equivalent", "code generation", [first('''this diff adds validation to the create endpoint. write the equivalent for the update endpoint (PATCH, all fields optional, same rules)

@@ -12,6 +12,14 @@ router.post("/teams", async (req, res) => {
-  const team = await Team.create(req.body);
+  const schema = z.object({
+    name: z.string().trim().min(2).max(60),
+    slug: z.string().regex(/^[a-z0-9-]+$/).max(40),
+    plan: z.enum(["free", "pro", "enterprise"]).default("free"),
+  });
+  const parsed = schema.safeParse(req.body);
+  if (!parsed.success) return res.status(422).json(parsed.error.flatten());
+  const team = await Team.create(parsed.data);''')], tags=["diff", "pasted_code", "code:typescript"])

ex("doc_add_docstrings_ide", "documentation", [
    first("add docstrings", ide_open("/home/omar/src/geo/geo/distance.py")),
], tags=["terse", "ide_context", "code:python"])

ex("doc_diff_comment_why", "documentation", [first('''I'm about to merge this. before that, add a code comment above the sleep explaining why it's there (the vendor API returns stale data for ~200ms after a write, confirmed with their support, ticket VND-4412)

+    vendor.update_inventory(sku, qty)
+    time.sleep(0.25)
+    confirmed = vendor.get_inventory(sku)''')], tags=["diff", "near_boundary", "pasted_code", "code:python"])

ex("und_diff_what_changed_lockfile", "code understanding", [first('''what actually changed here? it's a lockfile diff from dependabot and I don't get why 3 packages moved when it says it only bumped one

-    "node_modules/follow-redirects": { "version": "1.15.6" },
+    "node_modules/follow-redirects": { "version": "1.15.9" },
-    "node_modules/axios": { "version": "1.7.2", "dependencies": { "follow-redirects": "^1.15.6" } },
+    "node_modules/axios": { "version": "1.7.7", "dependencies": { "follow-redirects": "^1.15.6" } },
-    "node_modules/form-data": { "version": "4.0.0" },
+    "node_modules/form-data": { "version": "4.0.1" },''')], tags=["diff", "code:json"])

ex("dbg_review_word_but_bug", "debugging", [first('''can you review why this returns the wrong user? when two requests come in at the same time user A sometimes gets user B's dashboard

_current_user = None

@app.before_request
def load_user():
    global _current_user
    _current_user = User.query.get(session.get("uid"))

@app.route("/dashboard")
def dashboard():
    return render_template("dash.html", user=_current_user)''')], tags=["pasted_code", "near_boundary", "code:python"])

ex("rev_debug_word_but_review", "code review", [first('''no bugs reported yet, but before this goes to prod can you check it for anything that could break? it's the nightly invoice job

def run():
    for customer in Customer.objects.filter(active=True):
        invoice = build_invoice(customer, period=last_month())
        if invoice.total > 0:
            invoice.save()
            stripe.Invoice.create(customer=customer.stripe_id, auto_advance=True)
            send_mail(customer.email, render_invoice(invoice))''')], tags=["pasted_code", "near_boundary", "code:python"])

ex("und_explain_but_architecture_word", "code understanding", [first("explain the architecture of this repo to me: what the main packages are, how a request flows from the HTTP layer to the DB, and where the background jobs live. I'm not looking to change anything yet")],
   tags=["near_boundary"])

ex("arch_understanding_word_but_design", "architecture", [first("I understand how our current sync works (cron every 15 min pulling from the CRM). what I want is to redesign it to be near-real-time using the CRM's webhooks, without losing events when we're down. what would the design look like?")],
   tags=["near_boundary"])
