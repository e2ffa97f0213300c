from lib import *

L = "code understanding"

ex("und_stripe_autopaging", L, [first("how does auto_paging_iter in the stripe python library actually paginate? does it fetch everything up front or lazily, and what happens if new objects are created while I'm iterating")],
   tags=["code:python"])

ex("und_long_onboarding", L, [first('''Hey, I'm new here and trying to get my head around the order flow before my first ticket. From what I can tell:

- `services/checkout` receives the cart and creates an `Order` in state PENDING
- it publishes `order.created` to Kafka
- `services/payments` consumes that, talks to Adyen, and publishes `payment.authorized` or `payment.failed`
- `services/fulfillment` listens to `payment.authorized` and creates shipments

What I don't get:
1. who moves the order from PENDING to PAID? I can't find a consumer for payment.authorized in checkout
2. there's a `outbox` table in checkout's schema and a `relay` binary in cmd/, how do those fit in?
3. what happens if payments crashes after talking to Adyen but before publishing?

Can you explain how these pieces actually work together? I'm not trying to change anything yet.''')],
   tags=["long", "repo_paths"])

ex("und_toolonly_scheduler", L, [
    first("explain how the job scheduler decides which worker gets a job"),
    A("I'll read the scheduler code.", T("s1", "Bash", {"command": "ls scheduler/ && wc -l scheduler/*.py", "description": "List scheduler module"})),
    TR(R("s1", "__init__.py\naffinity.py\nscheduler.py\nscoring.py\n    3 scheduler/__init__.py\n   88 scheduler/affinity.py\n  214 scheduler/scheduler.py\n  131 scheduler/scoring.py\n  436 total", err=False)),
    A(None, T("s2", "Read", {"file_path": "/opt/src/batchd/scheduler/scoring.py"})),
    TR(R("s2", catn('''from dataclasses import dataclass

from .affinity import affinity_bonus

LOAD_WEIGHT = 0.6
LOCALITY_WEIGHT = 0.3
AFFINITY_WEIGHT = 0.1


@dataclass
class Candidate:
    worker_id: str
    load: float          # 0..1, running/slots
    data_local: bool
    labels: frozenset[str]


def score(job, c: Candidate) -> float:
    if c.load >= 1.0:
        return float("-inf")
    s = (1 - c.load) * LOAD_WEIGHT
    if c.data_local:
        s += LOCALITY_WEIGHT
    s += affinity_bonus(job.labels, c.labels) * AFFINITY_WEIGHT
    return s


def pick(job, candidates: list[Candidate]) -> Candidate | None:
    best = max(candidates, key=lambda c: (score(job, c), c.worker_id), default=None)
    if best is None or score(job, best) == float("-inf"):
        return None
    return best
'''))),
], tags=["tool_result_last", "code:python"])

ex("und_toolonly_buildrs", L, [
    first("what does the build.rs in this crate do? cargo build takes forever and I suspect it"),
    A("Let me read it.", T("b1", "Read", {"file_path": "/home/ferris/code/tinyhttp/build.rs"})),
    TR(R("b1", catn('''use std::env;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=proto/");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    tonic_build::configure()
        .build_server(true)
        .file_descriptor_set_path(out.join("descriptor.bin"))
        .compile(&["proto/api.proto", "proto/health.proto"], &["proto"])
        .unwrap();
    cc::Build::new().file("vendor/fastparse.c").opt_level(3).compile("fastparse");
}
'''))),
], tags=["tool_result_last", "code:rust"])

ex("und_oldshape_async_iterator", L, [first("what does Symbol.asyncIterator do and how does for await...of use it? I see it in our stream wrapper class")],
   oldshape=True, tags=["code:javascript"])

ex("und_sysmsg_plugin_loader", L, [first('''how does this discover plugins? does it import every module in the package?

def load_plugins(group: str = "acme.plugins") -> dict[str, type[Plugin]]:
    found = {}
    for ep in importlib.metadata.entry_points(group=group):
        cls = ep.load()
        if not issubclass(cls, Plugin):
            log.warning("skipping %s: not a Plugin", ep.name)
            continue
        found[ep.name] = cls
    return found''')], sysmsg=True, tags=["pasted_code", "code:python"])

ex("und_ruby_squiggly_heredoc", L, [first("whats <<~ in ruby")], tags=["terse", "code:ruby"])

ex("und_perl_oneliner_typos", L, [first("can u explian what the heck this does lol, its in our deploy script\n\nperl -0777 -pi -e 's/(<version>)[^<]+(<\\/version>)/${1}$ENV{VER}${2}/' pom.xml")],
   tags=["typo", "pasted_code", "code:perl", "terse"])

ex("und_container_of", L, [first('''explain the container_of macro from the linux kernel, how does it get the parent struct from a member pointer?

#define container_of(ptr, type, member) ({                      \\
        const typeof( ((type *)0)->member ) *__mptr = (ptr);    \\
        (type *)( (char *)__mptr - offsetof(type,member) );})''')], tags=["pasted_code", "code:c"])

ex("und_x86_snippet", L, [first('''what's this doing? compiler output for a tiny function, trying to learn

  lea     eax, [rdi+rdi*4]
  lea     eax, [rsi+rax*2]
  ret''')], tags=["pasted_code", "code:asm", "terse"])

ex("und_tool_express_lifecycle_errors", L, [
    first("walk me through the request lifecycle in this express app"),
    A(None, T("e1", "Read", {"file_path": "/home/dev/work/tickets-api/src/app.js"})),
    TR(R("e1", catn('''const express = require("express");
const helmet = require("helmet");
const { requestId } = require("./mw/requestId");
const { auth } = require("./mw/auth");
const routes = require("./routes");
const { errorHandler, notFound } = require("./mw/errors");

const app = express();
app.use(helmet());
app.use(express.json({ limit: "1mb" }));
app.use(requestId);
app.use("/api", auth, routes);
app.use(notFound);
app.use(errorHandler);
module.exports = app;
'''))),
    A("Requests go through the middleware in registration order:\n\n1. `helmet()` sets the security headers.\n2. `express.json` parses JSON bodies up to 1 MB.\n3. `requestId` tags each request with an ID.\n4. Anything under `/api` goes through `auth`, then the router in `src/routes`.\n5. If no route matched, `notFound` runs.\n6. `errorHandler` sits last and catches anything passed to `next(err)`."),
    ut("and where do errors end up if a route throws inside an async handler? does errorHandler see them?"),
], tags=["tool_loop", "follow_up", "code:javascript"])

ex("und_interrupted_explain_only", L, [
    first("look at the cache module, the invalidation logic"),
    A("I'll read the cache module.", T("c1", "Read", {"file_path": "/home/dev/work/catalog/app/cache.py"})),
    TR(R("c1", catn('''_TAGS: dict[str, set[str]] = defaultdict(set)


def cache_set(key: str, value, tags: tuple[str, ...] = (), ttl: int = 300):
    redis.setex(key, ttl, pickle.dumps(value))
    for t in tags:
        _TAGS[t].add(key)


def invalidate(tag: str):
    keys = _TAGS.pop(tag, set())
    if keys:
        redis.delete(*keys)
'''))),
    A("The tag index lives in process memory (`_TAGS`), so invalidation won't work across workers. I'll move the tag sets into Redis.", T("c2", "Edit", {"file_path": "/home/dev/work/catalog/app/cache.py", "old_string": "    for t in tags:\n        _TAGS[t].add(key)", "new_string": "    for t in tags:\n        redis.sadd(f\"tag:{t}\", key)"})),
    TR(R("c2", REJECT, deny=True), texts=[INTERRUPT, "no no, don't change anything. I just want to understand how invalidation works today, and what exactly happens with multiple gunicorn workers"]),
], tags=["follow_up", "code:python"])

ex("und_ide_sel_what", L, [
    first("what does this do?", ide_sel("/home/priya/work/etl/dags/daily_sales.py", 40, 52, '''    @task.branch
    def choose_path(**ctx):
        ds = ctx["ds"]
        if Variable.get("sales_backfill", default_var="false") == "true":
            return "backfill_group.start"
        if ctx["dag_run"].external_trigger:
            return "manual_refresh"
        return "incremental_load"''')),
], tags=["ide_context", "terse", "code:python"])

ex("und_eli5_flags", L, [first('''ELI5 how our feature flag evaluation works, product keeps asking me and I can't explain it

export function evaluate(flag: Flag, ctx: Ctx): boolean {
  if (flag.killswitch) return false;
  if (flag.allowUsers?.includes(ctx.userId)) return true;
  for (const rule of flag.rules) {
    if (rule.attrs.every(a => matches(ctx, a))) return hashBucket(flag.key, ctx.userId) < rule.rollout;
  }
  return hashBucket(flag.key, ctx.userId) < flag.defaultRollout;
}''')], tags=["pasted_code", "code:typescript"])

ex("und_promise_all_settled", L, [first('''in this context what's the actual difference if I swap Promise.all for Promise.allSettled? does all() cancel the other fetches when one fails?

const [user, perms, prefs] = await Promise.all([
  api.get(`/users/${id}`),
  api.get(`/users/${id}/permissions`),
  api.get(`/users/${id}/preferences`),
]);''')], tags=["pasted_code", "code:typescript"])

ex("und_asyncio_gather_cancel", L, [first("does asyncio.gather cancel the other tasks if one raises? and what changes with return_exceptions=True vs using a TaskGroup in 3.11")],
   tags=["code:python"])

ex("und_pg_serializable", L, [first("what does SERIALIZABLE actually guarantee in postgres compared to REPEATABLE READ? like concretely, what anomaly would I still get with RR in a 'check balance then withdraw' transaction")],
   tags=["code:sql", "near_boundary"])

ex("und_toctou_followup", L, [
    first('''review this helper pls

def safe_write(path, data):
    if not os.path.exists(path):
        with open(path, "w") as f:
            f.write(data)'''),
    A("A few things:\n\n- **TOCTOU race.** Between `exists()` and `open()`, another process can create the file, or a symlink. Use `open(path, \"x\")`, which fails atomically if the file exists.\n- The function returns nothing when it skips, so the caller can't tell whether it wrote. Return a bool or raise.\n- No encoding is specified, so it depends on the locale. Pass `encoding=\"utf-8\"`."),
    ut("what do you mean by TOCTOU exactly? how would the symlink thing be exploited"),
], tags=["multi_turn", "intent_shift", "follow_up", "near_boundary", "code:python"])

ex("und_deploy_script", L, [first('''explain this script, what happens if the health check never passes?

#!/usr/bin/env bash
set -euo pipefail
NEW=$(docker run -d --network web -e PORT=8080 "$IMAGE")
for i in $(seq 1 30); do
  if docker exec "$NEW" curl -fs localhost:8080/health >/dev/null; then
    docker network disconnect web "$OLD" || true
    docker stop "$OLD"
    echo "switched to $NEW"; exit 0
  fi
  sleep 2
done
docker logs --tail 50 "$NEW"
docker rm -f "$NEW"
exit 1''')], tags=["pasted_code", "code:bash"])

ex("und_haskell_traverse", L, [first('''what does traverse do here? I get fmap but not this

parseAll :: [String] -> Maybe [Int]
parseAll = traverse readMaybe''')], tags=["pasted_code", "code:haskell", "terse"])

ex("und_es_tool_pagos", L, [
    first("explícame cómo funciona el módulo de pagos, sobre todo cómo se manejan los reintentos"),
    A("Voy a revisar el módulo.", T("p1", "Bash", {"command": "ls app/pagos && grep -n 'reintent\\|retry' -r app/pagos", "description": "Listar módulo de pagos y buscar reintentos"})),
    TR(R("p1", '''__init__.py
cliente.py
reintentos.py
webhooks.py
app/pagos/reintentos.py:8:MAX_REINTENTOS = 4
app/pagos/reintentos.py:11:def programar_reintento(pago, intento):
app/pagos/reintentos.py:14:    espera = [60, 300, 3600, 86400][intento]
app/pagos/webhooks.py:33:        programar_reintento(pago, pago.intentos)''', err=False)),
    A("Cuando el proveedor rechaza un cobro, `webhooks.py` llama a `programar_reintento`. Los reintentos usan esperas fijas de 1 min, 5 min, 1 h y 24 h, hasta 4 intentos (`MAX_REINTENTOS`)."),
    ut("y qué pasa después del cuarto intento? se cancela la suscripción o queda colgado?"),
], tags=["tool_loop", "follow_up", "non_english", "lang_es", "code:python"])

ex("und_gha_concurrency", L, [first('''what triggers this workflow and what does the concurrency block do?

on:
  push:
    branches: [main]
    paths-ignore: ["docs/**", "*.md"]
  pull_request:
  workflow_dispatch:

concurrency:
  group: ${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: ${{ github.event_name == 'pull_request' }}''')], tags=["pasted_code", "code:yaml"])

ex("und_lookbehind", L, [first(r"why does (?<=\$)\d+(\.\d{2})? match '19.99' in '$19.99' but not the dollar sign, how do lookbehinds work")],
   tags=["code:regex"])

ex("und_tool_shipping_rounding", L, [
    first("find where we compute the shipping cost"),
    A(None, T("sh1", "Bash", {"command": "grep -rn 'def .*shipping' --include=*.py .", "description": "Find shipping functions"})),
    TR(R("sh1", "./shop/pricing/shipping.py:14:def shipping_cost(weight_g: int, zone: str) -> Decimal:\n./shop/pricing/shipping.py:38:def free_shipping_eligible(cart) -> bool:", err=False)),
    A(None, T("sh2", "Read", {"file_path": "/home/dev/work/shop/shop/pricing/shipping.py", "offset": 1, "limit": 40})),
    TR(R("sh2", catn('''from decimal import Decimal, ROUND_CEILING

ZONE_RATES = {"domestic": Decimal("0.004"), "eu": Decimal("0.009"), "world": Decimal("0.015")}
BASE = {"domestic": Decimal("3.90"), "eu": Decimal("7.50"), "world": Decimal("14.00")}
STEP = Decimal("0.50")


def _round_up(x: Decimal) -> Decimal:
    return (x / STEP).to_integral_value(rounding=ROUND_CEILING) * STEP


def shipping_cost(weight_g: int, zone: str) -> Decimal:
    raw = BASE[zone] + ZONE_RATES[zone] * weight_g
    return _round_up(raw)
'''))),
    A("It's in `shop/pricing/shipping.py`. `shipping_cost` computes a base fee per zone plus a per-gram rate, then rounds **up** to the next €0.50 with `_round_up`."),
    ut("ok why does it round up to 50 cents there? is that a carrier thing or our choice, any comment/commit explaining it"),
], tags=["tool_loop", "follow_up", "code:python"])

ex("und_nonlocal", L, [first("what does nonlocal do")], tags=["terse", "code:python"])

ex("und_kotlin_launch_async", L, [first('''what's the difference between launch and async here? both seem to run in parallel

suspend fun loadDashboard() = coroutineScope {
    val user = async { repo.user() }
    launch { analytics.track("dashboard_open") }
    val stats = async { repo.stats() }
    Dashboard(user.await(), stats.await())
}''')], tags=["pasted_code", "code:kotlin"])

ex("und_protobuf_reserved", L, [first('''what do the field numbers mean and why is 4 reserved? can I reuse it

message Invoice {
  reserved 4;
  reserved "discount_code";
  string id = 1;
  int64 amount_cents = 2;
  string currency = 3;
  repeated LineItem items = 5;
}''')], tags=["pasted_code", "code:protobuf"])

ex("und_rust_pin", L, [first('''explain Pin to me like I'm a python dev, in context of this. why can't I just have a Box<dyn Future>?

fn fetch_all(urls: Vec<String>) -> Pin<Box<dyn Future<Output = Vec<String>> + Send>> {
    Box::pin(async move {
        let mut out = vec![];
        for u in urls { out.push(get(&u).await); }
        out
    })
}''')], tags=["pasted_code", "code:rust"])

ex("und_cpp_move", L, [first('''what does std::move actually do? a colleague says it "doesn't move anything, it's just a cast" and I don't get what that means. e.g. here, what is actually moved and when

void Registry::add(const std::string& name, Widget w) {
    items_.emplace(std::move(name), std::move(w));
}''')], tags=["pasted_code", "code:cpp", "near_boundary"])

ex("und_pt_followup_codebase", L, [
    first("o que faz o arquivo src/lib/queue/backoff.ts?"),
    A("Ele calcula o atraso entre tentativas de reprocessar um job. É backoff exponencial com base de 2 s e teto de 10 min, e aplica \"full jitter\": o atraso é um valor aleatório entre 0 e o limite daquela tentativa. Isso evita que muitos jobs com falha tentem de novo ao mesmo tempo."),
    ut("e quem chama essa função? só o worker ou a API também usa?"),
], tags=["multi_turn", "follow_up", "non_english", "lang_pt", "repo_paths", "code:typescript"])

ex("und_sysmsg_tool_migrations", L, [
    first("how do db migrations run in this project? locally vs in prod"),
    A(None, T("mg1", "Bash", {"command": "cat Makefile | grep -A3 migrate; ls migrations | tail -5; grep -rn migrate deploy/ | head", "description": "Find how migrations are run"})),
    TR(R("mg1", '''migrate:
	goose -dir migrations postgres "$$DATABASE_URL" up

20261003_add_invoice_status.sql
20261017_backfill_status.sql
20261029_drop_legacy_flags.sql
20261112_add_audit_partitions.sql
20261120_index_events_tenant.sql
deploy/helm/templates/migrate-job.yaml:1:# runs goose up as a pre-upgrade helm hook
deploy/helm/templates/migrate-job.yaml:14:    "helm.sh/hook": pre-install,pre-upgrade''', err=False)),
    A("Locally you run `make migrate`, which calls `goose ... up` against `$DATABASE_URL`. In prod a Helm **pre-install/pre-upgrade hook Job** (`deploy/helm/templates/migrate-job.yaml`) runs the same `goose up` before the new pods roll out."),
    ut("what happens if the hook job fails halfway through a migration file, does goose wrap each file in a transaction?"),
], sysmsg=True, tags=["tool_loop", "follow_up", "code:sql", "code:yaml"])
