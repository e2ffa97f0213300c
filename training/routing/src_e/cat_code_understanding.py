"""code_understanding: explaining existing code, libraries, language features, flows."""
from common import *  # noqa: F401,F403

C = "code_understanding"

# 1 terse language feature
ex(C,
   U('convert to kotlin: if (user != null && user.getAddress() != null) { send(user.getAddress()); }'),
   A('```kotlin\nuser?.address?.let { send(it) }\n```'),
   U("kotlin `?.let {}` vs `!!` vs `?:` — when do ppl use which"))

# 2 IDE selection, "why is there" (curiosity, not a bug)
ex(C, UB(REM(), SEL("web/src/pages/Dashboard.tsx", 31, 47,
                    "  useEffect(() => {\n    const id = setInterval(refresh, 30_000);\n    return () => clearInterval(id);\n  }, [refresh]);\n\n  useEffect(() => {\n    if (!document.hidden) refresh();\n    const onVis = () => !document.hidden && refresh();\n    document.addEventListener('visibilitychange', onVis);\n    return () => document.removeEventListener('visibilitychange', onVis);\n  }, [refresh]);"),
         "wait why are there two effects here, isnt the interval enough"))

# 3 Claude Code grep loop: where is X handled
ex(C,
   UB(REM("2026-11-20"), "where do we actually set the tenant on the request? I see request.tenant used everywhere but never assigned"),
   *step("Searching for where `tenant` gets attached.",
         grep("request\\.tenant\\s*=|setattr\\(request, .tenant", "core/middleware/tenancy.py:41:        request.tenant = tenant\ncore/tests/test_tenancy.py:12:    request.tenant = TenantFactory()", mode="content"),
         read("/home/jo/saas/core/middleware/tenancy.py",
              "class TenantMiddleware:\n    def __init__(self, get_response):\n        self.get_response = get_response\n\n    def __call__(self, request):\n        host = request.get_host().split(\":\")[0]\n        sub = host.split(\".\")[0]\n        tenant = Tenant.objects.filter(subdomain=sub).first()\n        if tenant is None and request.path.startswith(\"/api/\"):\n            tid = request.headers.get(\"X-Tenant-Id\")\n            tenant = Tenant.objects.filter(pk=tid).first() if tid else None\n        request.tenant = tenant\n        return self.get_response(request)", start=30)),
   A("It's `TenantMiddleware` in core/middleware/tenancy.py: it takes the subdomain from the Host header and, for `/api/` paths with no matching subdomain, falls back to the `X-Tenant-Id` header. If neither matches, `request.tenant` is `None`."),
   UB("ok and what order does that run in relative to auth? like can the auth backend already see the tenant"))

# 4 ELI5 a regex
ex(C,
   UB(REM('2026-11-26'), REM_TODO(), 'password rule for signup: 12+ chars, at least one digit, one lower, one upper, no spaces. regex pls'),
   A('```\n^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\\s).{12,}$\n```\nUse it with a plain `.test()` on the raw input.'),
   UB(r"explain like im 5: ^(?=.*\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\s).{12,}$"))

# 5 who calls this
ex(C, UB(REM(), SEL("pkg/billing/proration.go", 88, 97,
                    "func prorate(amount int64, from, to, periodStart, periodEnd time.Time) int64 {\n\tused := to.Sub(from)\n\ttotal := periodEnd.Sub(periodStart)\n\tif total <= 0 {\n\t\treturn 0\n\t}\n\treturn amount * int64(used) / int64(total)\n}"),
         "who calls this and in which flows"))

# 6 Spanish Django
ex(C, U("¿qué hace exactamente `select_for_update()` en Django? ¿bloquea toda la tabla o solo las filas? y qué pasa si no estoy dentro de un atomic"))

# 7 walk me through Makefile
ex(C,
   U('first day here, which command do I run to ship a change to prod?'),
   A("According to the README: merge to `main`, then from a clean checkout of `main` run `make deploy CTX=prod-eu NS=shop IMAGE=ghcr.io/acme/shop`. It needs kubectl access to the prod context, which you get through the platform team's onboarding ticket."),
   U("""walk me through what actually happens when I run make deploy, I just joined

deploy: check-env build push
	kubectl --context $(CTX) -n $(NS) set image deploy/api api=$(IMAGE):$(SHA)
	kubectl --context $(CTX) -n $(NS) rollout status deploy/api --timeout=5m || (kubectl --context $(CTX) -n $(NS) rollout undo deploy/api && exit 1)

check-env:
	@test -n "$(CTX)" || (echo "CTX not set" && exit 1)
	@test "$$(git status --porcelain)" = "" || (echo "dirty tree" && exit 1)

build:
	docker build -t $(IMAGE):$(SHA) --build-arg GIT_SHA=$(SHA) .

push:
	docker push $(IMAGE):$(SHA)

SHA ?= $(shell git rev-parse --short HEAD)
NS ?= default"""))

# 8 German Rust repr(C)
ex(C, U("Was macht `#[repr(C)]` genau und warum brauch ich das bei dem struct, das ich an die C-Lib übergebe? Ohne läuft es auf meinem Rechner auch"))

# 9 Promise.all parallel
ex(C, UB(REM('2026-11-26'), OPEN('src/jobs/import.ts'), "is Promise.all actually parallel? like does it start them all at once or one by one. node 20"))

# 10 "review" cue but it's onboarding/understanding
ex(C, UB(REM(), OPEN("src/server/middleware/index.ts"),
         "can you review how a request flows through the middleware chain here? I'm new and need to add one, just want to understand the order and what each does before I touch anything"))

# 11 stack trace but curiosity
ex(C, U("""not a bug, everything works — but why are there so many `_call_with_frames_removed` lines in every import traceback? what is that

Traceback (most recent call last):
  File "<frozen importlib._bootstrap>", line 1176, in _find_and_load
  File "<frozen importlib._bootstrap>", line 1147, in _find_and_load_unlocked
  File "<frozen importlib._bootstrap>", line 690, in _load_unlocked
  File "<frozen importlib._bootstrap_external>", line 940, in exec_module
  File "<frozen importlib._bootstrap>", line 241, in _call_with_frames_removed
  File "/app/plugins/__init__.py", line 3, in <module>"""))

# 12 gnarly bash one-liner
ex(C, UB(REM('2026-11-20'), OPEN('deploy/run.sh'), "what is this even doing lol, found it in our deploy script: `exec 3>&1; status=$( { cmd 2>&1 1>&3 3>&- | logger -t deploy; } 3>&- ; echo ${PIPESTATUS[0]} ); exec 3>&-`"))

# 13 after a debugging fix: wants to understand why it worked
ex(C,
   U("ImportError: cannot import name 'Settings' from partially initialized module 'app.config' (most likely due to a circular import)"),
   A("`app.config` imports `app.db` at the top, and `app.db` imports `Settings` from `app.config`. Move the `from app.db import engine` inside the function in config.py that needs it (or move `Settings` into its own module) and the cycle goes away."),
   U("moved it into the function and it works. but why does that fix it? the import still happens, just later"))

# 14 Chinese Go context
ex(C, U("Go 里 context 取消是怎么传播的？我 cancel 了父 context，子 goroutine 会自己停吗，还是要自己检查 ctx.Done()"))

# 15 Japanese Rust lifetimes
ex(C, U("""このシグネチャの 'a が何を意味してるのか教えてください。戻り値がどっちの引数に縛られてるのかよく分からない

fn longest_prefix<'a>(words: &'a [String], needle: &str) -> Option<&'a str>"""))

# 16 useMemo vs useCallback in a specific case
ex(C, UB(REM(), REM_TODO(), SEL("app/components/Chart.tsx", 12, 20,
                    "const series = useMemo(() => toSeries(data, range), [data, range]);\nconst onHover = useCallback((p: Point) => setHover(p), []);\nconst fmt = useMemo(() => (v: number) => formatter.format(v), [formatter]);"),
         "whats the actual difference between the 3rd line and just using useCallback"))

# 17 how does the retry work
ex(C,
   U('can you add 429 to the retry condition in our api client'),
   A('Added it next to the network/idempotent check:\n```ts\nretryCondition: (e) => axiosRetry.isNetworkOrIdempotentRequestError(e) || e.response?.status === 429,\n```'),
   U("""how does the retry here actually behave? like after how long does it give up in the worst case

const client = axios.create({ timeout: 5000 });
axiosRetry(client, {
  retries: 4,
  retryDelay: axiosRetry.exponentialDelay,
  retryCondition: (e) => axiosRetry.isNetworkOrIdempotentRequestError(e) || e.response?.status === 429,
  shouldResetTimeout: true,
});"""))

# 18 terraform count trick
ex(C, UB(REM('2026-11-26'), OPEN('infra/modules/alb/main.tf'), "what does `count = var.enabled ? 1 : 0` do and why is everything after that referenced as aws_lb.this[0]"))

# 19 k8s requests vs limits
ex(C,
   U('resources block for the api container, it idles at ~100m cpu / 90Mi and peaks around 800m / 200Mi'),
   A('```yaml\nresources:\n  requests:\n    cpu: 250m\n    memory: 128Mi\n  limits:\n    cpu: "1"\n    memory: 256Mi\n```'),
   U("""for this container, what happens practically if it goes over 256Mi? and over 1 cpu? I don't get requests vs limits

resources:
  requests:
    cpu: 250m
    memory: 128Mi
  limits:
    cpu: "1"
    memory: 256Mi"""))

# 20 SQL in plain english
ex(C, UB(REM('2026-11-23'), """what does this query do in plain english, someone asked me and I wrote it 2 years ago

WITH firsts AS (
  SELECT user_id, MIN(created_at)::date AS d0 FROM orders GROUP BY user_id
), activity AS (
  SELECT o.user_id, (o.created_at::date - f.d0) / 7 AS wk
  FROM orders o JOIN firsts f USING (user_id)
)
SELECT date_trunc('week', f.d0) AS cohort, a.wk, COUNT(DISTINCT a.user_id)
FROM activity a JOIN firsts f USING (user_id)
WHERE a.wk <= 12
GROUP BY 1, 2 ORDER BY 1, 2;"""))

# 21 __init_subclass__
ex(C, UB(REM(), OPEN("plugins/base.py"),
         "what's the point of the __init_subclass__ thing at the top of base.py? plugins seem to register themselves magically"))

# 22 terse "huh?" with a selection
ex(C, UB(REM("2026-11-19"), SEL("lib/util.js", 5, 5, "const once = (f, r) => (...a) => f ? (r = f(...a), f = null, r) : r;"),
         "huh?"))

# 23 French plugin system onboarding
ex(C, U("Tu peux m'expliquer comment marche le système de plugins dans ce repo ? je dois en écrire un pour lundi et je ne sais pas par où ça passe (chargement, hooks, ordre)"))

# 24 Portuguese tokio 'static
ex(C,
   U('por que o compilador reclama `borrowed value does not live long enough` quando passo &config pro tokio::spawn?'),
   A('Porque a task pode continuar rodando depois que a função atual retornar, então ela não pode pegar emprestado `config`, que vive na stack. Coloque a config num `Arc<Config>` e faça `let cfg = cfg.clone();` antes do `spawn`, movendo o clone pra dentro com `async move`.'),
   U("o que significa esse `'static` no bound do tokio::spawn? por que não posso passar uma referência pro meu struct ali"))

# 25 Elixir with/else
ex(C, U("""elixir `with` — how does the else part match? which clause's failure ends up where

with {:ok, user} <- fetch_user(id),
     :ok <- authorize(user, :edit),
     {:ok, doc} <- Docs.get(doc_id) do
  Docs.update(doc, params)
else
  {:error, :not_found} -> {:error, 404}
  :unauthorized -> {:error, 403}
  other -> other
end"""))

# 26 C++ forward vs move
ex(C, UB(REM('2026-11-26'), REM_TODO(), OPEN('include/pool/arena.hpp'), """in this template what's std::forward doing vs if it were std::move

template <class... Args>
T& emplace(Args&&... args) {
    return items_.emplace_back(std::forward<Args>(args)...);
}"""))

# 27 Claude Code: where is rate limit config read
ex(C,
   UB(REM(), "where does the rate limit config come from? the numbers in config/default.yaml don't seem to be the ones used in prod"),
   *step("Let me trace where the rate limit values are loaded.",
         grep("rate_limit", "src/gateway/config.ts:22:  rateLimit: z.object({ rps: z.number(), burst: z.number() }),\nsrc/gateway/config.ts:58:  const merged = deepMerge(defaults, fileConfig, envOverrides(process.env));\nsrc/gateway/limits.ts:9:  const { rps, burst } = cfg.rateLimit;\nconfig/default.yaml:14:rate_limit:\ndeploy/helm/values-prod.yaml:31:  RATE_LIMIT_RPS: \"400\"", mode="content"),
         read("/repo/src/gateway/config.ts",
              "function envOverrides(env: NodeJS.ProcessEnv): Partial<Config> {\n  const out: any = {};\n  if (env.RATE_LIMIT_RPS) out.rateLimit = { ...(out.rateLimit ?? {}), rps: Number(env.RATE_LIMIT_RPS) };\n  if (env.RATE_LIMIT_BURST) out.rateLimit = { ...(out.rateLimit ?? {}), burst: Number(env.RATE_LIMIT_BURST) };\n  return out;\n}", start=40)),
   A("Values are merged in this order: `config/default.yaml` → the optional config file → environment variables. Prod sets `RATE_LIMIT_RPS=400` in values-prod.yaml, which overrides the YAML default. Burst isn't overridden in prod, so it comes from default.yaml."),
   UB("got it. and the file config in the middle, where does that path come from"))

# 28 trace order flow across services
ex(C, UB(REM('2026-11-19'), OPEN('services/checkout/src/handlers/pay.ts'), "trace for me what happens to an order after the user hits pay — which services touch it and in what order. repo is the monorepo, services/ has checkout, payments, fulfillment, notifications. I only know checkout"))

# 29 Korean yield
ex(C, U("""이 코드에서 yield가 정확히 어떻게 동작하는지 설명해줘. 특히 send()로 값 넣는 부분

def averager():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        total += x
        count += 1
        avg = total / count"""))

# 30 Russian decorator
ex(C, U("""объясни, что делает этот декоратор и зачем там functools.wraps. без него что-то сломается?

def retry(times=3):
    def deco(fn):
        @functools.wraps(fn)
        def inner(*a, **kw):
            for i in range(times):
                try:
                    return fn(*a, **kw)
                except TransientError:
                    if i == times - 1:
                        raise
        return inner
    return deco"""))

# 31 follow-up: and microtasks?
ex(C,
   U("how does the node event loop decide what runs next"),
   A("Node runs through phases in a loop: timers (setTimeout/setInterval callbacks whose time has passed), pending callbacks, poll (I/O), check (setImmediate), close callbacks. In each phase it drains that phase's queue, then moves on."),
   U("and microtasks? where do promise callbacks go in that"))

# 32 follow-up referring to earlier paste
ex(C,
   U("""two blocks in our nginx conf, what's the first one for

location ^~ /static/ {
    alias /srv/app/static/;
    expires 30d;
}

location ~* \\.(?:js|css)$ {
    add_header Cache-Control "no-cache";
}"""),
   A("The first one serves anything under `/static/` directly from `/srv/app/static/` on disk, with a 30 day Expires header. The `^~` means: if this prefix matches, nginx stops and doesn't check regex locations."),
   U("and the second one? does it ever apply to /static/app.js given the ^~ thing"))

# 33 curious about style, not judging
ex(C,
   U('index users by id into an object, js'),
   A('```js\nconst byId = Object.fromEntries(users.map(u => [u.id, u]));\n```'),
   U("""why would someone write it like this instead of a normal for loop? is there some reason

const byId = Object.fromEntries(users.map(u => [u.id, u]));"""))

# 34 big inherited module: what's the big picture
ex(C, UB(REM('2026-11-26'), OPEN('worker/consumer.py'), """i inherited this. what's the big picture, what is it for and how do the pieces fit

import asyncio
import json
import logging
import signal
from dataclasses import dataclass, field
from typing import Awaitable, Callable

import aio_pika

log = logging.getLogger(__name__)

Handler = Callable[[dict], Awaitable[None]]


@dataclass
class Route:
    queue: str
    handler: Handler
    prefetch: int = 10
    max_retries: int = 5
    dead_letter: str | None = None


@dataclass
class Worker:
    amqp_url: str
    routes: list[Route] = field(default_factory=list)
    _stop: asyncio.Event = field(default_factory=asyncio.Event)

    def route(self, queue: str, **kw):
        def deco(fn: Handler) -> Handler:
            self.routes.append(Route(queue, fn, **kw))
            return fn
        return deco

    async def _consume(self, conn, route: Route):
        ch = await conn.channel()
        await ch.set_qos(prefetch_count=route.prefetch)
        args = {}
        if route.dead_letter:
            args["x-dead-letter-exchange"] = ""
            args["x-dead-letter-routing-key"] = route.dead_letter
        q = await ch.declare_queue(route.queue, durable=True, arguments=args)
        async with q.iterator() as it:
            async for msg in it:
                if self._stop.is_set():
                    await msg.nack(requeue=True)
                    break
                attempts = int(msg.headers.get("x-attempts", 0))
                try:
                    await route.handler(json.loads(msg.body))
                    await msg.ack()
                except Exception:
                    log.exception("handler failed queue=%s attempts=%s", route.queue, attempts)
                    if attempts + 1 >= route.max_retries:
                        await msg.reject(requeue=False)
                    else:
                        await ch.default_exchange.publish(
                            aio_pika.Message(msg.body, headers={**msg.headers, "x-attempts": attempts + 1},
                                             delivery_mode=aio_pika.DeliveryMode.PERSISTENT),
                            routing_key=route.queue,
                        )
                        await msg.ack()

    async def run(self):
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, self._stop.set)
        conn = await aio_pika.connect_robust(self.amqp_url)
        async with conn:
            tasks = [asyncio.create_task(self._consume(conn, r)) for r in self.routes]
            await self._stop.wait()
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)


worker = Worker(amqp_url="amqp://guest:guest@rabbit/")


@worker.route("emails", prefetch=50, dead_letter="emails.dead")
async def send_email(payload: dict) -> None:
    from app.mail import send
    await send(payload["to"], payload["template"], payload.get("ctx", {}))


@worker.route("thumbnails", prefetch=4, max_retries=2)
async def make_thumbnail(payload: dict) -> None:
    from app.media import thumbnail
    await thumbnail(payload["key"], sizes=payload.get("sizes", [128, 512]))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    asyncio.run(worker.run())"""))

# 35 Hinglish useRef
ex(C,
   UB(REM("2026-11-26"), OPEN("src/components/VideoPlayer.tsx"), "is file me kya ho raha hai, short me"),
   *step(None, read("/home/arjun/app/src/components/VideoPlayer.tsx", "export function VideoPlayer({ src }: { src: string }) {\n  const videoRef = useRef<HTMLVideoElement>(null);\n  const lastTime = useRef(0);\n  const [playing, setPlaying] = useState(false);\n\n  const toggle = () => {\n    const v = videoRef.current!;\n    if (v.paused) { v.currentTime = lastTime.current; v.play(); } else { lastTime.current = v.currentTime; v.pause(); }\n    setPlaying(!v.paused);\n  };\n  return <video ref={videoRef} src={src} onClick={toggle} />;\n}")),
   A("Ek simple video player hai: click pe play/pause toggle hota hai, pause karte waqt current time `lastTime` me save hota hai aur play pe wahi se resume hota hai. `playing` state sirf UI ke liye hai."),
   UB("yeh `useRef` yaha kyu use kiya hai, useState kyu nahi? component re-render pe value kaise bachi rehti hai"))

# 36 Turkish volatile
ex(C, U("Java'da volatile tam olarak ne işe yarıyor? bu sınıfta `private volatile boolean running` diye kullanılmış, synchronized'dan farkı ne"))

# 37 Polish reduce
ex(C, U("""co robi ten fragment z reduce? nie ogarniam tego accumulatora

const totals = rows.reduce((acc, { region, amount }) => ({ ...acc, [region]: (acc[region] ?? 0) + amount }), {});"""))

# 38 Dutch set -euo pipefail
ex(C, U("wat doet `set -euo pipefail` precies bovenaan ons script? en waarom faalt grep dan soms het hele script"))

# 39 Italian Next.js middleware
ex(C,
   UB(REM("2026-11-26"), REM_TODO(), OPEN("middleware.ts"), "cosa fa questo file?"),
   *step(None, read("/home/giu/app/middleware.ts", "import { NextResponse } from 'next/server';\nimport type { NextRequest } from 'next/server';\n\nexport function middleware(req: NextRequest) {\n  const token = req.cookies.get('session')?.value;\n  if (!token && req.nextUrl.pathname.startsWith('/dashboard')) {\n    return NextResponse.redirect(new URL('/login', req.url));\n  }\n  return NextResponse.next();\n}\n\nexport const config = { matcher: ['/dashboard/:path*'] };")),
   A("Reindirizza a `/login` chi apre una pagina sotto `/dashboard` senza il cookie `session`. Il `matcher` limita il middleware ai percorsi `/dashboard/*`."),
   UB("come funziona il middleware di Next.js? gira sul server o nel browser? e perché non posso usare prisma lì dentro"))

# 40 Vietnamese closure
ex(C, U("""giải thích giúp mình đoạn này với, đặc biệt là tại sao counter vẫn nhớ giá trị

function makeCounter() {
  let n = 0;
  return { inc: () => ++n, get: () => n };
}
const c = makeCounter(); c.inc(); c.inc(); console.log(c.get());"""))

# 41 Swift MainActor
ex(C,
   UB(REM('2026-11-26'), "xcode shows a purple warning 'Publishing changes from background threads is not allowed' when my view model updates after the network call"),
   A('The `URLSession` completion runs on a background queue and assigns a `@Published` property there. Annotate the view model with `@MainActor` (or hop back with `await MainActor.run { ... }`) so those assignments happen on the main thread.'),
   UB(OPEN('App/Player/PlayerViewModel.swift'), "what does @MainActor on the whole view model class actually guarantee? do the async funcs inside also run on main the whole time"))

# 42 C# ConfigureAwait
ex(C, UB(REM(), OPEN("src/Acme.Sdk/Http/ApiClient.cs"),
         "every await in this file has .ConfigureAwait(false). what's it doing and do I need it in the ASP.NET app too"))

# 43 PHP static vs self
ex(C, U("""what do static:: and self:: resolve to here when I call Admin::create()

class User {
    public static function create(): static { return new static(); }
    public static function make(): self { return new self(); }
}
class Admin extends User {}"""))

# 44 Scala implicits
ex(C, UB(REM('2026-11-22'), OPEN('src/main/scala/com/acme/reports/ReportService.scala'), "where is the ExecutionContext coming from in this file? there's no import and no param that I can see, it just compiles. scala 2.13"))

# 45 GH Actions: when does it run
ex(C,
   U('add a weekly scheduled run to our ci workflow, monday early morning UTC'),
   A("Add a `schedule` trigger next to the existing ones:\n```yaml\n  schedule:\n    - cron: '17 3 * * 1'\n```\nThe odd minute avoids the top-of-hour congestion on GitHub's scheduler."),
   U("""when does this workflow actually run? the on: block confuses me, especially paths + branches together

on:
  push:
    branches: [main, 'release/**']
    paths-ignore: ['docs/**', '**.md']
  pull_request:
    types: [opened, synchronize, labeled]
  workflow_dispatch:
  schedule:
    - cron: '17 3 * * 1'"""))

# 46 docker-compose env vars
ex(C, UB(REM('2026-11-26'), OPEN('docker-compose.yml'), """what are all these env vars for? some look unused

services:
  api:
    image: acme/api:dev
    environment:
      - NODE_ENV=development
      - PGHOST=db
      - PGSSLMODE=disable
      - UV_THREADPOOL_SIZE=16
      - NODE_OPTIONS=--max-old-space-size=1536 --enable-source-maps
      - TZ=UTC
      - FORCE_COLOR=1
      - CHOKIDAR_USEPOLLING=true"""))

# 47 shift: generation -> understanding of what assistant wrote
ex(C,
   U("counter closure in python that I can call to get 1, 2, 3..."),
   A("```python\ndef make_counter():\n    n = 0\n    def next_():\n        nonlocal n\n        n += 1\n        return n\n    return next_\n```"),
   U("wait what does nonlocal do there, why not global"))

# 48 tool loop: grep results, which is the real entry point
ex(C,
   UB(REM(), REM_TODO(), "how does this app even start? there's like 4 main-looking files"),
   *step(None,
         grep("if __name__ == .__main__.", "scripts/dev_server.py:88:if __name__ == \"__main__\":\nsrc/shop/__main__.py:3:if __name__ == \"__main__\":\nsrc/shop/cli.py:120:if __name__ == \"__main__\":\nsrc/shop/wsgi.py:14:if __name__ == \"__main__\":", mode="content"),
         bash("grep -n -A3 '\\[project.scripts\\]' pyproject.toml; grep -rn 'CMD\\|ENTRYPOINT' Dockerfile", "31:[project.scripts]\n32-shop = \"shop.cli:main\"\n33-\nDockerfile:27:CMD [\"gunicorn\", \"shop.wsgi:app\", \"-c\", \"gunicorn.conf.py\"]", "Find entry points")),
   A("There are four `__main__` guards, but only two are real entry points: `shop.cli:main` (installed as the `shop` command) and `shop.wsgi:app`, which gunicorn runs in the Docker image."),
   UB("ok so in prod it's only wsgi. what does cli.py do then, is it just for admin stuff?"))

# 49 per-process or shared?
ex(C, UB(REM('2026-11-24'), OPEN('app/flags.py'), """is this cache per worker process or shared? we run gunicorn with 4 workers

@lru_cache(maxsize=1024)
def get_feature_flags(org_id: int) -> dict:
    return requests.get(f"{FLAGS_URL}/orgs/{org_id}").json()"""))

# 50 how come this compiles
ex(C,
   U('in TS how do I make a type that only accepts exactly these keys and nothing else'),
   A('TypeScript has no exact object types. Excess property checks only apply to fresh object literals; anything assigned through a variable is checked structurally, so extra properties are allowed. You can approximate exactness with a generic helper like `Exact<T, U>` that maps extra keys to `never`.'),
   U("""how come this compiles?? I'd have expected TS to complain that b isn't a Dog

interface Dog { name: string; bark(): void }
interface Cat { name: string; bark(): void; meow(): void }
const c: Cat = { name: 'x', bark() {}, meow() {} };
const b: Dog = c;"""))

# 51 redux thunk
ex(C,
   UB(REM('2026-11-20'), 'writing my first slice in this codebase, where should the api call for loading projects go'),
   A("Follow the existing pattern: create `fetchProjects = createAsyncThunk('projects/fetch', ...)` in `src/thunks/projects.ts` and handle `pending/fulfilled/rejected` in the slice's `extraReducers`. The reducers themselves stay synchronous."),
   UB(OPEN('src/features/projects/projectsSlice.ts'), "whats a thunk in redux land? the codebase has thunks/ folder and I don't get why those aren't just normal async functions"))

# 52 pytest fixture order
ex(C, UB(REM('2026-11-26'), OPEN('tests/conftest.py'), """in what order do these run? conftest has autouse fixtures at session and function scope and the test has its own, I'm confused about teardown order

@pytest.fixture(scope="session", autouse=True)
def db():
    create_db(); yield; drop_db()

@pytest.fixture(autouse=True)
def tx(db):
    begin(); yield; rollback()

@pytest.fixture
def user(tx):
    return make_user()

def test_x(user, tmp_path): ..."""))

# 53 panic output expected, asks what backtrace adds
ex(C,
   U("test that parse() panics on empty input with the message 'empty input'"),
   A('```rust\n#[test]\n#[should_panic(expected = "empty input")]\nfn rejects_empty() {\n    parse("");\n}\n```'),
   U("""this panic is expected (test checks it) but what does RUST_BACKTRACE=1 add on top of this? and what's the difference with =full

thread 'parser::tests::rejects_empty' panicked at src/parser.rs:214:9:
assertion `left != right` failed: empty input
  left: 0
 right: 0
note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace"""))

# 54 WAL mode: tool loop
ex(C,
   UB(REM("2026-11-22"), OPEN("/Users/pk/notes-app/src/db.rs"), "what is WAL mode and are we using it?"),
   *step(None, grep("journal_mode|WAL", "src/db.rs:17:        conn.pragma_update(None, \"journal_mode\", \"WAL\")?;\nsrc/db.rs:18:        conn.pragma_update(None, \"synchronous\", \"NORMAL\")?;", path="src", mode="content")),
   A("Yes: `src/db.rs` sets `journal_mode=WAL` with `synchronous=NORMAL` on every connection. WAL (write-ahead logging) means writes go to a separate `-wal` file first and get merged back into the main DB at checkpoints, so readers don't block the writer and the writer doesn't block readers."),
   UB("so what's synchronous=NORMAL trading away exactly"))

# 55 terse: where's the code
ex(C, UB(REM(), REM_TODO(), "where's the welcome email sent from"))

# 56 goroutines: who closes
ex(C, UB(REM('2026-11-21'), OPEN('internal/pipeline/run.go'), """which goroutine is responsible for closing `results` here? trying to understand the shutdown

func run(ctx context.Context, jobs <-chan Job) <-chan Result {
    results := make(chan Result)
    var wg sync.WaitGroup
    for i := 0; i < 8; i++ {
        wg.Add(1)
        go func() {
            defer wg.Done()
            for j := range jobs {
                select {
                case results <- process(j):
                case <-ctx.Done():
                    return
                }
            }
        }()
    }
    go func() { wg.Wait(); close(results) }()
    return results
}"""))

# 57 "is this right" about a language fact (not a review)
ex(C,
   U('sort an array of objects by date desc in js'),
   A('```js\nitems.sort((a, b) => new Date(b.date) - new Date(a.date));\n```'),
   U("is it right that Array.prototype.sort mutates in place but toSorted doesn't? mdn page is confusing me. and what about reverse"))

# 58 explain a diff (catching up, not judging)
ex(C, UB(REM('2026-11-26'), """explain what this diff changes behaviour-wise, I was out last week

-    if user.is_staff:
-        return qs
-    return qs.filter(org=user.org)
+    if user.has_perm("reports.view_all"):
+        return qs
+    orgs = user.memberships.filter(active=True).values_list("org_id", flat=True)
+    return qs.filter(org_id__in=orgs)"""))

# 59 FastAPI request lifecycle
ex(C, UB(REM_MD("/home/dee/invoicer/CLAUDE.md", "- FastAPI app, entrypoint app/main.py\n- `make dev` runs uvicorn with --reload\n- tests: `pytest -q`, fixtures in tests/conftest.py"), "what's the lifecycle of a request in this app, from uvicorn down to the route handler? middlewares, dependencies, the exception handlers in main.py"))

# 60 end of debugging session: curiosity about env var
ex(C,
   U("test output order changes between runs and one snapshot test fails randomly"),
   A("The snapshot serializes a `set`, and set iteration order for strings depends on hash randomization, which changes every interpreter run. Sort the values before snapshotting (or set `PYTHONHASHSEED=0` in the test env if you need a quick stopgap)."),
   U("sorted it, green 10 times in a row. out of curiosity what does PYTHONHASHSEED actually change under the hood"))

# 61 TL;DR of a module
ex(C, UB(REM(), OPEN("src/flags/index.ts"),
         "tl;dr of how our feature flag module works? evaluation order, caching, what happens if the flag service is down"))

# 62 Box<dyn Error + Send + Sync>
ex(C,
   U('make this return an error instead of panicking: fn load(p: &str) -> Config { serde_json::from_str(&fs::read_to_string(p).unwrap()).unwrap() }'),
   A('```rust\nfn load(p: &str) -> Result<Config, Box<dyn Error + Send + Sync>> {\n    let s = fs::read_to_string(p)?;\n    Ok(serde_json::from_str(&s)?)\n}\n```'),
   U("why is it `Box<dyn Error + Send + Sync>` everywhere and not just `Box<dyn Error>`? does it matter if I'm not using threads"))

# 63 RFC reference
ex(C, UB(REM('2026-11-25'), OPEN('src/middleware/contentType.js'), """the comment says "see RFC 9110 15.5.1" — what does that section say and how does the code below map to it

// see RFC 9110 15.5.1
if (!req.headers['content-type']?.startsWith('application/json')) {
  return res.status(415).set('Accept-Post', 'application/json').end();
}"""))

# 64 what pattern is this called
ex(C,
   U('add a Multiply node to the expression printer'),
   A('```python\nclass Multiply(Node):\n    def accept(self, v): return v.visit_multiply(self)\n\nclass Printer:\n    ...\n    def visit_multiply(self, n): return f"({n.left.accept(self)} * {n.right.accept(self)})"\n```'),
   U("""what's this pattern called? every node has accept(v) and there's a class with visitBinary, visitLiteral etc

class Binary(Node):
    def accept(self, v): return v.visit_binary(self)
class Literal(Node):
    def accept(self, v): return v.visit_literal(self)
class Printer:
    def visit_binary(self, n): return f"({n.left.accept(self)} {n.op} {n.right.accept(self)})"
    def visit_literal(self, n): return str(n.value)"""))

# 65 shift: review -> understanding
ex(C,
   U("""does this look ok? 

SELECT DISTINCT ON (customer_id) customer_id, id, created_at
FROM orders
ORDER BY customer_id, created_at DESC;"""),
   A("Yes, that's the idiomatic Postgres way to get each customer's latest order. It relies on the `ORDER BY` starting with the same expression as `DISTINCT ON`, which it does. An index on `(customer_id, created_at DESC)` will make it fast."),
   U("never seen DISTINCT ON before tbh. how does it pick which row to keep"))

# 66 explain config knobs (what does it do)
ex(C, UB(REM('2026-11-26'), REM_TODO(), """what does each of these do? copied from a blog post ages ago

[mysqld]
innodb_buffer_pool_size = 6G
innodb_log_file_size = 1G
innodb_flush_log_at_trx_commit = 2
innodb_flush_method = O_DIRECT
max_connections = 500"""))

# 67 Claude Code: walk through a selected function
ex(C, UB(REM(), SEL("src/sched/backoff.rs", 20, 41,
                    "pub fn next_delay(&mut self) -> Option<Duration> {\n    if self.attempt >= self.max_attempts {\n        return None;\n    }\n    let exp = self.base.as_millis() as u64 * 2u64.saturating_pow(self.attempt);\n    let capped = exp.min(self.cap.as_millis() as u64);\n    let jitter = if self.jitter {\n        fastrand::u64(0..=capped / 2)\n    } else {\n        0\n    };\n    self.attempt += 1;\n    Some(Duration::from_millis(capped / 2 + jitter))\n}"),
         "walk me through this step by step with base=100ms cap=5s, what delays come out"))

# 68 library API question
ex(C, UB(REM('2026-11-18'), OPEN('app/repositories/orders.py'), "in sqlalchemy 2.0 what's the difference between session.get, session.scalar(select(...)) and session.execute(...).scalar_one()"))

# 69 long session: after codegen/debug, asks about a library internal
ex(C,
   UB(REM(), "the celery task retries forever even with max_retries=3"),
   *step("Let me look at the task definition.",
         read("/app/tasks/sync.py",
              "@app.task(bind=True, max_retries=3, autoretry_for=(SyncError,), retry_backoff=True)\ndef sync_account(self, account_id):\n    try:\n        do_sync(account_id)\n    except SyncError as e:\n        raise self.retry(exc=e, countdown=10)")),
   A("The task both uses `autoretry_for` and calls `self.retry()` manually inside an `except` for the same exception. Pick one. I'd drop the try/except and keep `autoretry_for` with `retry_backoff`."),
   UB("removed the manual retry, it stops after 3 now. how does autoretry_for work internally though, is it wrapping my function?"))

# 70 Claude Code with opened file: what does this file do, terse
ex(C, UB(REM("2026-11-27"), OPEN("infra/modules/network/main.tf"), "what does this module actually create"))
