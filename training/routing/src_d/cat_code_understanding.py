from helpers import A, TODO_EMPTY, U, ex, opened, reminder, reminder_md, result, selection, use

C = "code_understanding"
EXAMPLES = []
add = EXAMPLES.append

# 1 ruby squiggly heredoc
add(ex(C,
    U("why is this mailer template built in ruby instead of an erb file"),
    A("Looks deliberate: `DigestMailer#plain_body` builds a short plain-text part inline so it can be reused by the SMS fallback in `DigestSms`, which can't render ERB views. The HTML part still uses `digest.html.erb`."),
    U(reminder("2026-06-12"), opened("app/mailers/digest_mailer.rb"), "whats <<~ in ruby")))

# 2 where do we handle token refresh (CC grep loop)
t1 = use("Grep", pattern="refresh_token|refreshToken", path="src", output_mode="files_with_matches")
add(ex(C,
    U(reminder(), "where do we handle token refresh"),
    A("Searching for refresh token handling.", t1),
    U(result(t1, '''src/api/client.ts
src/api/interceptors/auth.ts
src/auth/session.ts
src/auth/__tests__/session.test.ts''')),
    A("It's spread over `src/api/interceptors/auth.ts` and `src/auth/session.ts`. Want me to walk through the flow?"),
    U("yeah walk me through it, esp what happens when 3 requests 401 at the same time")))

# 3 walk through /checkout (CC)
add(ex(C, U(reminder("2026-05-06"), opened("services/checkout/handler.go"), "walk me through what happens when a request hits POST /checkout, from the router to the db commit. I'm new to this service")))

# 4 "reviewing coworker PR" but wants explanation
add(ex(C, U('''reviewing a coworker's PR and I honestly don't get what this line does, can you break it down before I comment on it

settings.retries ??= opts?.retries ?? (env.CI ? 0 : 3);''')))

# 5 rust lifetime why (no error)
add(ex(C, U('''it compiles fine, I just don't understand why the 'a is needed on both the struct and the impl. what is it telling the compiler

struct Parser<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Parser<'a> {
    fn next_token(&mut self) -> Option<&'a str> {
        let rest = &self.src[self.pos..];
        let end = rest.find(' ').unwrap_or(rest.len());
        self.pos += end + 1;
        if end == 0 { None } else { Some(&rest[..end]) }
    }
}''')))

# 6 __slots__
add(ex(C,
    U(reminder(), "where is Vec2 used the most"),
    A("Counting usages.", (_t := use("Grep", pattern="Vec2\\(", path=".", output_mode="count"))),
    U(result(_t, "core/geometry.py:14\nsim/particles.py:212\nsim/collisions.py:61\nrender/canvas.py:9")),
    A("Mostly in `sim/particles.py` (212 constructions) and `sim/collisions.py`; those create Vec2s in the hot simulation loop."),
    U(reminder(), selection("core/geometry.py", 12, 20, '''class Vec2:
    __slots__ = ("x", "y")

    def __init__(self, x: float, y: float):
        self.x = x
        self.y = y'''), "what's the point of __slots__ here")))

# 7 Go blank interface assertion
add(ex(C,
    U("open the server file"),
    A((_t := use("Read", file_path="internal/server/server.go", limit=30))),
    U(result(_t, "1  package server\n2\n3  import (\n4  \t\"net/http\"\n5  )\n6\n7  var _ http.Handler = (*Server)(nil)\n8\n9  type Server struct {\n10 \tmux    *http.ServeMux\n11 \tstore  Store\n12 }\n13\n14 func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {\n15 \ts.mux.ServeHTTP(w, r)\n16 }")),
    A("It's the HTTP server type: `Server` wraps a `ServeMux` and a `Store`, and implements `ServeHTTP` by delegating to the mux."),
    U(reminder(), opened("internal/server/server.go"), "what does `var _ http.Handler = (*Server)(nil)` at the top of server.go do? it's not used anywhere")))

# 8 explain regex
add(ex(C, U(opened("deploy/nginx/site.conf"), r'''what does this match? found it in the nginx config

location ~* ^/(?:assets|static)/.+\.(?:js|css|woff2?)(?:\?v=[0-9a-f]{8})?$''')))

# 9 useMemo vs useCallback in this file
add(ex(C, U(reminder("2026-03-19"), opened("src/components/OrdersTable.tsx"), '''whats the actual difference between the useMemo and useCallback here, they look like they do the same thing

const columns = useMemo(() => buildColumns(locale, onSort), [locale, onSort]);
const handleSort = useCallback((key: string) => setSort(s => ({ key, dir: s.key === key && s.dir === "asc" ? "desc" : "asc" })), []);''')))

# 10 window function SQL
add(ex(C, U('''what does this compute? specifically the ROWS BETWEEN part

SELECT day, store_id, revenue,
       AVG(revenue) OVER (PARTITION BY store_id ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS r7,
       revenue - LAG(revenue, 7) OVER (PARTITION BY store_id ORDER BY day) AS wow
FROM daily_revenue;''')))

# 11 bash set -euo
add(ex(C, U('''what do the first lines of this do, and what's with the ${1:-} and the :? thing

#!/usr/bin/env bash
set -euo pipefail
IFS=$'\\n\\t'
target="${1:-staging}"
: "${DEPLOY_TOKEN:?DEPLOY_TOKEN must be set}"
trap 'echo "failed at line $LINENO" >&2' ERR''')))

# 12 podAntiAffinity practical meaning
add(ex(C, U('''what does this mean in practice? will pods fail to schedule if there's only 2 nodes?

affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
      - weight: 100
        podAffinityTerm:
          labelSelector: { matchLabels: { app: api } }
          topologyKey: kubernetes.io/hostname
    requiredDuringSchedulingIgnoredDuringExecution:
      - labelSelector: { matchLabels: { app: api } }
        topologyKey: topology.kubernetes.io/zone''')))

# 13 terraform for_each expression
add(ex(C, U(reminder(), selection("infra/modules/dns/main.tf", 20, 29, '''resource "aws_route53_record" "this" {
  for_each = { for r in var.records : "${r.name}-${r.type}" => r }
  zone_id  = var.zone_id
  name     = each.value.name
  type     = each.value.type
  ttl      = lookup(each.value, "ttl", 300)
  records  = each.value.values
}'''), "explain the for_each line, why not just for_each = var.records")))

# 14 GH actions on: block
add(ex(C, U(reminder(), opened(".github/workflows/deploy.yml"), '''when does this workflow actually run? the on: block confuses me

on:
  push:
    branches: [main]
    paths-ignore: ["docs/**", "**.md"]
  pull_request:
    types: [opened, synchronize, labeled]
  workflow_run:
    workflows: ["Build images"]
    types: [completed]
  schedule:
    - cron: "17 3 * * 1-5"''')))

# 15 Elixir pin operator
add(ex(C, U(opened("lib/worker/poller.ex"), '''what does the ^ do here

def handle_info({:result, ^ref, value}, %{ref: ref} = state) do''')))

# 16 Scala implicit in signature
add(ex(C, U("scala 2.13: `def sortBy[B](f: A => B)(implicit ord: Ordering[B])` where does ord come from when I call xs.sortBy(_.age)? I never pass it")))

# 17 C++ std::move
add(ex(C,
    U("reviewing a C++ PR and trying to refresh my memory on move semantics. what's an rvalue reference in one paragraph"),
    A("An rvalue reference (`T&&`) binds to temporaries or to objects you've explicitly marked as expendable with `std::move`. Overloads taking `T&&` (move constructors, move assignment) can steal the object's resources (heap buffer, file handle) instead of copying them, leaving the source in a valid but unspecified state."),
    U(reminder("2026-01-30"), '''is the vector copied here or not? what does std::move actually do to `rows`

std::vector<Row> rows = load();
auto table = Table(std::move(rows));
std::cout << rows.size();   // prints 0 for me but is that guaranteed?''')))

# 18 C do while(0)
add(ex(C, U("what's the do { ... } while(0) around this macro for? #define LOG_ERR(fmt, ...) do { if (log_level >= 1) fprintf(stderr, fmt, ##__VA_ARGS__); } while (0)")))

# 19 Java @Transactional propagation
add(ex(C, U(reminder(), opened("src/main/java/com/acme/order/OrderService.java"), '''how does @Transactional behave when placeOrder calls reserveStock? is reserveStock's REQUIRES_NEW honored?

@Service
public class OrderService {
    @Transactional
    public Order placeOrder(Cart cart) {
        Order o = repo.save(Order.from(cart));
        reserveStock(o);
        return o;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reserveStock(Order o) { ... }
}''')))

# 20 Kotlin reified
add(ex(C, U("kotlin: what's `reified` for in `inline fun <reified T> Gson.fromJson(json: String) = fromJson(json, T::class.java)`? why does it need inline")))

# 21 C# yield return
add(ex(C,
    U("is IEnumerable the same as a List in C#?"),
    A("No. `IEnumerable<T>` is just \"something you can iterate\", it may be a list in memory, or a lazy sequence that computes items as you iterate (LINQ queries, iterator methods). `List<T>` is a concrete in-memory collection that implements it."),
    U(opened("Services/CustomerQueries.cs"), '''what does yield return do here? when does the db query actually run

public IEnumerable<Customer> ActiveCustomers()
{
    foreach (var c in _db.Customers.Where(c => c.IsActive))
    {
        if (c.LastOrder > DateTime.UtcNow.AddYears(-1))
            yield return c;
    }
}''')))

# 22 Swift @escaping
add(ex(C, U("swift: why does the completion handler param need @escaping but the map closure doesn't")))

# 23 PHP static:: vs self::
add(ex(C, U(reminder("2026-05-25"), opened("src/Models/Model.php"), '''what's the difference between static:: and self:: in this base model? some methods use one, some the other

abstract class Model {
    public static function create(array $attrs): static { return new static($attrs); }
    public static function table(): string { return self::$table ?? strtolower(static::class) . 's'; }
}''')))

# 24 gen -> how does your code handle the lock
add(ex(C,
    U("python: a decorator that ensures only one instance of a cron job runs across hosts, using redis"),
    A('''```python
def single_instance(key, ttl=300):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*a, **kw):
            token = secrets.token_hex(16)
            if not r.set(f"lock:{key}", token, nx=True, ex=ttl):
                log.info("skip %s, already running", key)
                return None
            try:
                return fn(*a, **kw)
            finally:
                r.eval(RELEASE_LUA, 1, f"lock:{key}", token)
        return wrapper
    return deco

RELEASE_LUA = """
if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end
"""
```'''),
    U("wait, walk me through the release part. why lua and why the token, couldn't I just r.delete the key")))

# 25 debugging fixed -> why did that fix it
add(ex(C,
    U('''this logs 'done' before any of the uploads finish

files.forEach(async (f) => {
  await upload(f);
});
console.log("done");'''),
    A('''`forEach` doesn't wait for async callbacks. Use `for...of` or `Promise.all`:
```js
await Promise.all(files.map((f) => upload(f)));
console.log("done");
```'''),
    U("ok that works. but I still don't get WHY forEach doesn't wait, the callback has await in it")))

# 26 explanation -> and the other branch (same intent)
add(ex(C,
    U('''what does the first branch do

if (req.headers['x-forwarded-proto'] !== 'https' && process.env.NODE_ENV === 'production') {
  return res.redirect(301, `https://${req.headers.host}${req.url}`);
} else if (req.secure && !res.getHeader('Strict-Transport-Security')) {
  res.setHeader('Strict-Transport-Security', 'max-age=63072000; includeSubDomains; preload');
}'''),
    A("In production, if the original request (as seen by the load balancer, via `X-Forwarded-Proto`) wasn't HTTPS, it sends a permanent redirect to the same host and path over HTTPS."),
    U("and the else if?")))

# 27 Spanish decorator
add(ex(C, U('''¿qué hace exactamente este decorador? lo veo en todas las vistas

def tenant_scoped(view):
    @wraps(view)
    def inner(request, *args, **kwargs):
        tenant = request.user.memberships.filter(tenant__slug=kwargs.pop("tenant_slug")).select_related("tenant").first()
        if tenant is None:
            raise Http404
        request.tenant = tenant.tenant
        with tenant_context(tenant.tenant.schema_name):
            return view(request, *args, **kwargs)
    return inner''')))

# 28 German yield from
add(ex(C, U('''Was macht `yield from` hier genau? Ist das dasselbe wie eine for-Schleife mit yield?

def walk(node):
    yield node
    for child in node.children:
        yield from walk(child)''')))

# 29 French Arc<Mutex> vs RwLock
add(ex(C, U(reminder(), opened("src/state.rs"), '''c'est quoi la différence concrète entre le Arc<Mutex<..>> et le Arc<RwLock<..>> dans ce code ? pourquoi l'auteur a mis les deux

struct AppState {
    sessions: Arc<Mutex<HashMap<Uuid, Session>>>,
    config: Arc<RwLock<Config>>,
}''')))

# 30 Portuguese auth middleware (CC loop)
t1 = use("Grep", pattern="app.use\\(", path="src", output_mode="content")
add(ex(C,
    U(reminder("2026-07-07"), "como funciona o middleware de auth nesse projeto? em que ordem as coisas rodam?"),
    A("Vou ver a ordem dos middlewares.", t1),
    U(result(t1, '''src/app.ts:18:app.use(helmet());
src/app.ts:19:app.use(cors(corsOptions));
src/app.ts:20:app.use(cookieParser());
src/app.ts:21:app.use(sessionFromCookie);
src/app.ts:22:app.use("/api", apiKeyOrSession);
src/app.ts:23:app.use("/api/admin", requireRole("admin"));''')),
    A("A ordem é: helmet, cors, cookieParser, depois `sessionFromCookie` (lê o cookie e popula `req.session`), depois em `/api` o `apiKeyOrSession` e por fim `requireRole(\"admin\")` só em `/api/admin`."),
    U("e o apiKeyOrSession, se vier os dois, qual ganha?")))

# 31 Chinese context.WithCancel
add(ex(C, U('''这段代码里的 context.WithCancel 是干嘛的？为什么 defer cancel() 了还要在下面再调用一次

ctx, cancel := context.WithCancel(parent)
defer cancel()
results := make(chan result)
for _, s := range sources {
	go fetch(ctx, s, results)
}
first := <-results
cancel()
return first''')))

# 32 Japanese useEffect deps
add(ex(C, U(reminder(), selection("src/features/chat/ChatRoom.tsx", 30, 41, '''  useEffect(() => {
    const ws = new WebSocket(`${WS_URL}/rooms/${roomId}`);
    ws.onmessage = (e) => dispatch(received(JSON.parse(e.data)));
    return () => ws.close();
  }, []);'''), "このuseEffectの依存配列が空なのはどういう意味？roomIdが変わったらどうなるの？")))

# 33 Korean LATERAL JOIN
add(ex(C, U(reminder("2026-09-30"), '''이 SQL에서 LATERAL JOIN이 뭐하는 거야? 그냥 JOIN이랑 뭐가 달라?

SELECT u.id, u.name, o.id AS last_order, o.total
FROM users u
LEFT JOIN LATERAL (
  SELECT id, total FROM orders WHERE orders.user_id = u.id ORDER BY created_at DESC LIMIT 1
) o ON true;''')))

# 34 Russian NestJS DI
add(ex(C, U("объясни, как тут работает DI в NestJS: я нигде не вижу `new OrdersService(...)`, а в контроллер он как-то попадает. и что значит `@Injectable({ scope: Scope.REQUEST })` у одного из сервисов")))

# 35 Italian Object.freeze
add(ex(C, U('''cosa fa Object.freeze in questo reducer? serve a qualcosa o è decorativo

const initialState = Object.freeze({ items: [], filter: "all" });
export function todos(state = initialState, action) {
  switch (action.type) {
    case "add": return { ...state, items: [...state.items, action.item] };
    default: return state;
  }
}''')))

# 36 Polish __init_subclass__
add(ex(C, U(opened("cli/commands/base.py"), '''co robi ten __init_subclass__? klasy same się gdzieś rejestrują?

class Command:
    registry: dict[str, type["Command"]] = {}
    def __init_subclass__(cls, name: str, **kw):
        super().__init_subclass__(**kw)
        Command.registry[name] = cls

class Deploy(Command, name="deploy"): ...''')))

# 37 Turkish goroutine termination
add(ex(C, U('''bu goroutine nerede sonlanıyor? kanal hiç kapanmıyor gibi

func (w *Watcher) start() {
	go func() {
		t := time.NewTicker(w.interval)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				w.poll()
			case <-w.done:
				return
			}
		}
	}()
}''')))

# 38 Hinglish closure
add(ex(C,
    U("JS mein var, let aur const mein kya farak hai short mein"),
    A("`var` function-scoped hai aur hoist hota hai; `let` aur `const` block-scoped hain. `const` ko dobara assign nahi kar sakte (par object ke andar ki cheezein badal sakte ho). Aajkal default `const`, zarurat ho to `let`, `var` avoid karo."),
    U(reminder(), '''ye closure kaise kaam kar raha hai samjha do, counter har baar reset kyun nahi hota?

function makeCounter() {
  let count = 0;
  return () => ++count;
}
const next = makeCounter();
next(); next(); // 2''')))

# 39 Vietnamese return on empty list
add(ex(C, U('''hàm này trả về gì khi list rỗng? và tại sao lại có initial là None

def longest(words):
    return reduce(lambda a, b: b if a is None or len(b) > len(a) else a, words, None)''')))

# 40 Dutch: where session stored (CC loop)
t1 = use("Grep", pattern="SESSION_ENGINE|SESSION_", path="config", output_mode="content")
add(ex(C,
    U(reminder(), "waar wordt de sessie eigenlijk opgeslagen in deze app? database, cookie, redis?"),
    A("Ik kijk in de settings.", t1),
    U(result(t1, '''config/settings/base.py:88:SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
config/settings/base.py:89:SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
config/settings/prod.py:31:SESSION_COOKIE_SECURE = True
config/settings/prod.py:32:SESSION_CACHE_ALIAS = "sessions"'''), "wat betekent cached_db precies, en welke cache is 'sessions'?")))

# 41 where does 'order shipped' email get sent (CC)
t1 = use("Grep", pattern="order_shipped|OrderShipped", path=".", output_mode="files_with_matches")
add(ex(C,
    U(reminder("2026-02-02"), TODO_EMPTY, "where does the 'your order has shipped' email get sent from? need to know before I touch anything"),
    A("Searching.", t1),
    U(result(t1, '''app/mailers/order_mailer.rb
app/views/order_mailer/order_shipped.html.erb
app/models/shipment.rb
app/jobs/carrier_webhook_job.rb
spec/mailers/order_mailer_spec.rb''')),
    A("It's triggered from two places: `Shipment` (an `after_commit` on status change) and `CarrierWebhookJob`."),
    U("wait, both? does that mean people get it twice, or does one path guard the other? trace it for me")))

# 42 Promise.all parallel?
add(ex(C, U('''are these running in parallel or one after another?

const user = await getUser(id);
const [orders, prefs] = await Promise.all([getOrders(user.id), getPrefs(user.id)]);
const recs = await Promise.all(orders.map(o => getRecs(o.sku)));''')))

# 43 tl;dr repo (CC tool loop) -> codebase understanding
t1 = use("Bash", command="ls && cat package.json | head -40", description="Look at repo root")
t2 = use("Read", file_path="src/index.ts")
add(ex(C,
    U(reminder(), "just cloned this, tl;dr what does this repo do and how is it laid out"),
    A("Let me look at the root and the entry point.", t1, t2),
    U(result(t1, '''README.md  docker  package.json  prisma  src  test  tsconfig.json
{
  "name": "relay-hooks",
  "scripts": { "dev": "tsx watch src/index.ts", "start": "node dist/index.js", "test": "vitest" },
  "dependencies": { "fastify": "^4.26", "@prisma/client": "^5.10", "bullmq": "^5.4", "undici": "^6.6", "zod": "^3.22" }
}'''), result(t2, '''const app = Fastify({ logger: true });
app.register(ingestRoutes, { prefix: "/in" });
app.register(adminRoutes, { prefix: "/admin" });
const deliveries = new Worker("deliveries", deliverWebhook, { connection, concurrency: 50 });
await app.listen({ port: Number(process.env.PORT ?? 8080), host: "0.0.0.0" });'''), "and the part I care about: what happens to a webhook between /in and delivery")))

# 45 new here: how pieces fit (CC)
add(ex(C, U(reminder_md("- services: api/ (FastAPI), worker/ (celery), scheduler/ (celery beat), web/ (Next.js)\n- shared models in common/\n- run everything with `docker compose up`"), "I'm new here. how do api, worker and scheduler actually talk to each other? like if a user clicks 'export' in the web app, what touches what")))

# 46 long pasted inherited code
add(ex(C, U('''inherited this, original author left. what is it actually doing? I get that it's some kind of scheduler but the heap + the generation counter thing loses me

import heapq
import itertools
import threading
import time


class Scheduler:
    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._heap = []
        self._seq = itertools.count()
        self._gen = {}
        self._lock = threading.Condition()
        self._stopped = False

    def schedule(self, key, delay, fn, *args):
        with self._lock:
            gen = self._gen.get(key, 0) + 1
            self._gen[key] = gen
            heapq.heappush(self._heap, (self._clock() + delay, next(self._seq), key, gen, fn, args))
            self._lock.notify()

    def cancel(self, key):
        with self._lock:
            self._gen[key] = self._gen.get(key, 0) + 1

    def stop(self):
        with self._lock:
            self._stopped = True
            self._lock.notify_all()

    def run(self):
        while True:
            with self._lock:
                while not self._stopped:
                    if not self._heap:
                        self._lock.wait()
                        continue
                    due, _, key, gen, fn, args = self._heap[0]
                    now = self._clock()
                    if due > now:
                        self._lock.wait(due - now)
                        continue
                    heapq.heappop(self._heap)
                    if self._gen.get(key) != gen:
                        continue
                    del self._gen[key]
                    break
                else:
                    return
            try:
                fn(*args)
            except Exception:
                import logging
                logging.exception("task %r failed", key)''')))

# 47 tokio::spawn thread
add(ex(C,
    U("what's the difference between async-std and tokio these days, is async-std still a thing?"),
    A("Tokio is the de-facto runtime: most of the ecosystem (hyper, tonic, reqwest, sqlx defaults) targets it. async-std has been largely unmaintained and its authors point people to `smol`. For a new project, tokio is the safe choice."),
    U(reminder_md("- Rust 1.82, tokio multi-thread runtime\n- parsing lives in crates/ingest"), "does tokio::spawn run the future on the same thread I call it from? and is spawn_blocking a different pool? trying to understand where my CPU-heavy parsing ends up")))

# 48 pandas loc vs iloc
add(ex(C, U('''why does the first one return 3 rows and the second 2? same numbers

df.loc[1:3]
df.iloc[1:3]''')))

# 49 TS conditional types
add(ex(C, U('''can someone explain this type like I'm 5

type DeepPartial<T> = T extends (...args: any[]) => any
  ? T
  : T extends Array<infer U>
    ? Array<DeepPartial<U>>
    : T extends object
      ? { [K in keyof T]?: DeepPartial<T[K]> }
      : T;''')))

# 50 Django template resolution
add(ex(C,
    U("add a 'print order' button to the order detail page"),
    A("Added a `Print` button to `templates/orders/detail.html` that calls `window.print()`, plus a small print stylesheet that hides the nav and sidebar."),
    U(reminder(), opened("orders/views.py"), "how does django decide which template to use when there's orders/detail.html in both the app's templates dir and the project templates/ dir? which one wins and why")))

# 51 celery acks_late
add(ex(C,
    U(reminder("2026-04-15"), "show me the celery config"),
    A((_t := use("Read", file_path="worker/celery_app.py"))),
    U(result(_t, '1  app = Celery("worker", broker=os.environ["REDIS_URL"])\n2  app.conf.task_default_queue = "default"\n...\n14 app.conf.task_acks_late = True\n15 app.conf.task_reject_on_worker_lost = True\n16 app.conf.worker_prefetch_multiplier = 1\n17 app.conf.broker_transport_options = {"visibility_timeout": 3600}')),
    A("Redis broker, a `default` queue, and four delivery-related settings at lines 14–17."),
    U(reminder(), selection("worker/celery_app.py", 14, 18, '''app.conf.task_acks_late = True
app.conf.task_reject_on_worker_lost = True
app.conf.worker_prefetch_multiplier = 1
app.conf.broker_transport_options = {"visibility_timeout": 3600}'''), "what do these four actually change about how tasks get delivered? someone copy-pasted them from a blog")))

# 53 bit twiddling
add(ex(C, U('''ELI5 this

static inline uint32_t next_pow2(uint32_t v) {
    v--;
    v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16;
    return v + 1;
}''')))

# 54 what calls this function (CC)
t1 = use("Grep", pattern="recalculateCommission\\(", path="src", output_mode="content")
add(ex(C,
    U(reminder(), opened("src/domain/commission.ts"), "what calls recalculateCommission? want to know when it runs"),
    A("Looking for call sites.", t1),
    U(result(t1, '''src/domain/commission.ts:88:export async function recalculateCommission(agentId: string, period: Period) {
src/jobs/monthEnd.ts:41:    await recalculateCommission(a.id, period);
src/api/admin/agents.ts:112:  await recalculateCommission(req.params.id, currentPeriod());
src/events/onRefund.ts:19:  if (order.agentId) await recalculateCommission(order.agentId, periodOf(order.paidAt));''')),
    A("Three callers: the month-end job for every agent, the admin endpoint for one agent in the current period, and the refund event handler for the period the refunded order was paid in."),
    U("so a refund on an order from last quarter reopens last quarter's commission? what happens to the payout that already went out")))

# 55 login flow end to end (CC, multi tool)
t1 = use("Read", file_path="web/src/pages/login.tsx")
t2 = use("Read", file_path="api/auth/routes.py")
add(ex(C,
    U(reminder("2026-10-14"), "how does login work end to end, button click to cookie"),
    A("Reading the login page and the auth routes.", t1, t2),
    U(result(t1, '''const onSubmit = async (v: Form) => {
  const r = await fetch("/api/auth/login", { method: "POST", body: JSON.stringify(v), credentials: "include", headers: { "content-type": "application/json" } });
  if (r.status === 202) return router.push("/login/otp");
  if (r.ok) router.push(next ?? "/");
};'''), result(t2, '''@router.post("/login")
async def login(body: LoginIn, resp: Response, db=Depends(get_db)):
    user = await authenticate(db, body.email, body.password)
    if user.mfa_enabled:
        resp.set_cookie("mfa_pending", sign({"uid": user.id}, ttl=300), httponly=True, samesite="strict")
        resp.status_code = 202
        return {}
    await start_session(resp, user)
    return {"ok": True}''')),
    A("Without MFA: the page POSTs credentials, `authenticate` checks them, `start_session` sets the session cookie, and the page redirects. With MFA it returns 202 and a short-lived signed `mfa_pending` cookie, and the page sends the user to the OTP screen."),
    U("what's in start_session though, is the session id in the cookie or the whole session")))

# 56 swift inout
add(ex(C,
    U("swift: struct vs class, when do I pick which"),
    A("Default to `struct` (value semantics, copies on assignment, no shared mutable state, thread-friendlier). Use `class` when you need identity (the same instance referenced from several places), inheritance, or deinit, e.g. view models observed by SwiftUI, or wrappers around resources."),
    U(reminder("2026-10-28"), "swift `inout` — is that pass by reference? someone said it's copy-in copy-out and that it matters with didSet observers")))

# 57 Rails current_user
add(ex(C,
    U(reminder(), "grep for def current_user"),
    A((_t := use("Grep", pattern="def current_user", path=".", output_mode="files_with_matches"))),
    U(result(_t, "No files found")),
    A("No definition of `current_user` anywhere in the repo."),
    U("rails: where's current_user defined? it's used in every controller but grep only finds calls, no def")))

# 58 SIGTERM inflight with config
add(ex(C,
    U("our deploys cause a few 502s every time, is that expected with rolling updates?"),
    A("It shouldn't be. Usually it's the pod being removed from endpoints *after* it already stopped accepting connections. A `preStop` sleep plus graceful shutdown in the app usually fixes it. Can you share the pod spec?"),
    U(reminder(), opened("deploy/k8s/api.yaml"), '''what happens to in-flight requests when k8s sends SIGTERM to this pod? does anything wait for them

spec:
  terminationGracePeriodSeconds: 30
  containers:
    - name: api
      lifecycle:
        preStop:
          exec: { command: ["sleep", "10"] }
      readinessProbe: { httpGet: { path: /ready, port: 8080 }, periodSeconds: 5 }

# app: uvicorn main:app --timeout-graceful-shutdown 15''')))

# 59 go:embed
add(ex(C, U("huh, what's this `//go:embed templates/*` comment above a var? is that a comment or does it do something")))

# 60 explanation -> "so is that O(n^2)?" (same intent follow-up)
add(ex(C,
    U('''how does this dedupe work

const unique = arr.filter((x, i) => arr.indexOf(x) === i);'''),
    A("For each element it checks whether the first index where that value appears is the current index. Only the first occurrence passes, so later duplicates are dropped, and the original order is kept."),
    U("so indexOf scans from the start every time, meaning that's quadratic?")))

# 61 library API: what does this option do (axios)
add(ex(C, U(opened("src/api/http.ts"), "axios: what's the difference between `timeout` and the AbortController signal? if I set both which one wins and does timeout cover the whole response body download")))

# 62 generator in JS redux-saga
add(ex(C,
    U("add cancel support to the upload flow, there's a cancel button that does nothing right now"),
    A("Wired it up: the Cancel button now dispatches `UPLOAD_CANCEL`, and `watchUpload` races the upload against that action, so the in-flight `uploadFile` call is cancelled and `UPLOAD_CANCELLED` is dispatched."),
    U(reminder("2026-02-06"), opened("src/sagas/upload.js"), '''never used sagas. what is this doing step by step, esp the race and the take

function* watchUpload() {
  while (true) {
    const { file } = yield take("UPLOAD_START");
    const { done, cancel } = yield race({
      done: call(uploadFile, file),
      cancel: take("UPLOAD_CANCEL"),
    });
    if (cancel) yield put({ type: "UPLOAD_CANCELLED" });
  }
}''')))

# 63 German follow-up after review -> asks how it works
add(ex(C,
    U('''Kannst du drüberschauen, ob das so passt?

@Bean
SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http
        .securityMatcher("/api/**")
        .csrf(c -> c.disable())
        .sessionManagement(s -> s.sessionCreationPolicy(STATELESS))
        .oauth2ResourceServer(o -> o.jwt(Customizer.withDefaults()))
        .authorizeHttpRequests(a -> a.requestMatchers("/api/public/**").permitAll().anyRequest().authenticated())
        .build();
}'''),
    A("Sieht für eine stateless JWT-API gut aus: CSRF aus ist bei reinem Bearer-Token ok, `securityMatcher` begrenzt die Kette auf `/api/**`. Einziger Punkt: Wenn ihr noch eine zweite Chain für die Web-UI habt, braucht diese hier `@Order(1)`, sonst gewinnt eventuell die falsche."),
    U("Moment, wie entscheidet Spring denn überhaupt, welche Chain für einen Request greift? Das hab ich nie verstanden")))

# 64 French: what does this git hook code do (code, not git_help)
add(ex(C, U('''je comprends pas ce que fait ce bout de script dans notre CI, surtout le git merge-base

BASE=$(git merge-base origin/main HEAD)
CHANGED=$(git diff --name-only "$BASE"...HEAD -- 'services/*' | cut -d/ -f2 | sort -u)
for s in $CHANGED; do make -C "services/$s" test; done''')))

# 65 Chinese: walk through code in CC opened file
add(ex(C, U(reminder("2026-04-22"), opened("src/scheduler/fair_queue.rs"), selection("src/scheduler/fair_queue.rs", 1, 96, '''use std::collections::{HashMap, VecDeque};

pub struct Job {
    pub tenant: TenantId,
    pub cost: u32,
    pub payload: Vec<u8>,
}

struct TenantQueue {
    jobs: VecDeque<Job>,
    deficit: u32,
    weight: u32,
}

pub struct FairQueue {
    queues: HashMap<TenantId, TenantQueue>,
    active: VecDeque<TenantId>,
    quantum: u32,
    len: usize,
}

impl FairQueue {
    pub fn new(quantum: u32) -> Self {
        Self { queues: HashMap::new(), active: VecDeque::new(), quantum, len: 0 }
    }

    pub fn set_weight(&mut self, tenant: TenantId, weight: u32) {
        self.queues
            .entry(tenant)
            .or_insert_with(|| TenantQueue { jobs: VecDeque::new(), deficit: 0, weight: 1 })
            .weight = weight.max(1);
    }

    pub fn push(&mut self, job: Job) {
        let tenant = job.tenant;
        let q = self
            .queues
            .entry(tenant)
            .or_insert_with(|| TenantQueue { jobs: VecDeque::new(), deficit: 0, weight: 1 });
        if q.jobs.is_empty() {
            self.active.push_back(tenant);
        }
        q.jobs.push_back(job);
        self.len += 1;
    }

    pub fn pop(&mut self) -> Option<Job> {
        let mut spins = 0;
        while let Some(tenant) = self.active.pop_front() {
            let q = self.queues.get_mut(&tenant).expect("active tenant has queue");
            let head_cost = match q.jobs.front() {
                Some(j) => j.cost,
                None => {
                    q.deficit = 0;
                    continue;
                }
            };
            if q.deficit < head_cost {
                q.deficit += self.quantum * q.weight;
                self.active.push_back(tenant);
                spins += 1;
                if spins > self.active.len() * 64 {
                    // pathological: huge job vs tiny quantum
                    q.deficit = head_cost;
                }
                continue;
            }
            let job = q.jobs.pop_front().unwrap();
            q.deficit -= job.cost;
            if q.jobs.is_empty() {
                q.deficit = 0;
            } else {
                self.active.push_front(tenant);
            }
            self.len -= 1;
            return Some(job);
        }
        None
    }

    pub fn len(&self) -> usize {
        self.len
    }
}'''), "这个文件里的公平调度是怎么实现的？deficit round robin那部分我看不懂，能一步步讲一下吗？特别是为什么出队之后要 push_front")))

# 66 Spanish: where is Y handled (CC tool_result + text)
t1 = use("Bash", command="grep -rn 'currency' app/ --include=*.py | head -20", description="Find currency handling")
add(ex(C,
    U(reminder(), "busca dónde se manejan las monedas"),
    A("Busco referencias a currency.", t1),
    U(result(t1, '''app/pricing/convert.py:12:def to_currency(amount: Decimal, src: str, dst: str, at: date) -> Decimal:
app/pricing/convert.py:30:    rate = rates.get(src, dst, at) or rates.get_latest(src, dst)
app/pricing/rates.py:8:class RateStore:
app/checkout/service.py:77:        total = to_currency(cart.total, cart.currency, user.currency, today())
app/reports/revenue.py:41:        eur = to_currency(o.total, o.currency, "EUR", o.paid_at.date())'''), "vale, entonces ¿qué tipo de cambio se usa en checkout, el del día o el último disponible? explícamelo con lo que ves aquí")))

# 67 Korean: understanding a Kafka consumer config
add(ex(C, U('''이 컨슈머 설정에서 enable.auto.commit이 false인데 오프셋은 언제 커밋되는 거야?

@KafkaListener(topics = "payments", containerFactory = "batchFactory")
public void onBatch(List<ConsumerRecord<String, Payment>> records, Acknowledgment ack) {
    service.process(records);
    ack.acknowledge();
}
// factory.getContainerProperties().setAckMode(AckMode.MANUAL_IMMEDIATE)''')))

# 68 Japanese follow-up: understanding after docs written
add(ex(C,
    U("このモジュールのdocstringを書いて\n\ndef backoff(attempt, base=0.5, cap=30):\n    return random.uniform(0, min(cap, base * 2 ** attempt))"),
    A('''```python
def backoff(attempt, base=0.5, cap=30):
    """Return a randomized delay (seconds) for the given retry attempt.

    Uses "full jitter": a uniform random value between 0 and
    min(cap, base * 2**attempt).
    """
```'''),
    U("そもそも full jitter ってなに？普通の指数バックオフと何が違うの？")))

# 69 Russian: understand Python descriptor
add(ex(C, U('''что здесь происходит? почему cached_property вызывается только один раз, если это обычный метод

class Report:
    @cached_property
    def rows(self):
        return self._db.fetch_all(self.query)''')))

# 70 Portuguese: explain SQL explain plan (no perf complaint)
add(ex(C, U('''tô aprendendo a ler EXPLAIN. o que significa cada linha aqui? não tá lento, só quero entender

Nested Loop  (cost=0.85..16.91 rows=1 width=64)
  ->  Index Scan using users_email_key on users u  (cost=0.42..8.44 rows=1 width=36)
        Index Cond: (email = 'a@b.com'::text)
  ->  Index Scan using orders_user_id_idx on orders o  (cost=0.43..8.45 rows=1 width=28)
        Index Cond: (user_id = u.id)''')))

# 71 Italian library question
add(ex(C, U("in SQLAlchemy 2.0 qual è la differenza tra session.get(), session.scalars(select(...)).first() e session.execute(...).scalar_one()? nel nostro codice usiamo tutti e tre a caso")))

# 72 Vietnamese follow-up: "and what if" understanding
add(ex(C,
    U("useRef khác useState chỗ nào? mình thấy code cũ dùng useRef để lưu timer id"),
    A("`useState` lưu giá trị và khi đổi thì component render lại. `useRef` trả về một object `{ current }` tồn tại suốt vòng đời component, đổi `current` không gây render lại. Timer id không cần hiển thị nên để trong ref là hợp lý."),
    U("vậy nếu mình đổi ref.current trong lúc render thì sao, có an toàn không?")))
