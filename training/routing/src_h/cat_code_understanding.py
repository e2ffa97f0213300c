from common import U, A, CC, TU, AT, TR, TRS

CATEGORY = "code_understanding"

EXAMPLES = [
    [U("what does the walrus operator buy me here\n\nif (m := PATTERN.match(line)) is not None:\n    handle(m.group(1))")],
    [CC("where is the rate limiting actually handled? I see the config key but can't find the code", rem=1)],
    [U("walk me through what happens when a request hits /checkout, from the router to the db")],
    [U("ok so what is `Pin` in rust and why does every async thing want it")],
    [U("""can someone explain this line to me like I'm new

const byId = Object.fromEntries(users.map(u => [u.id, u]));""")],
    [CC("what's the difference between `useLayoutEffect` and `useEffect` in practice", rem=0)],
    [U("in this codebase, who calls `recalculate_totals`? I need to know before I touch it")],
    [U("what does `set -euo pipefail` actually do, every script here starts with it")],
    [U("""I inherited this and have no idea what it does

WITH RECURSIVE t AS (
  SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL
  UNION ALL
  SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN t ON c.parent_id = t.id
)
SELECT * FROM t ORDER BY depth, name;""")],
    [CC("¿Qué hace exactamente `yield from` en Python? Lo veo en el código de un compañero y no lo pillo", rem=5)],
    [U("how does django decide which database to use when we have the router in settings")],
    [U("what does `?` do at the end of a line in rust")],
    [U("why does this work? I'd have expected it to be undefined\n\nfunction f() { return g(); function g() { return 1; } }")],
    [CC("explain the difference between `git merge --squash` and squash-merging on github — is the result the same", rem=4)],
    [U("what's a 'context.Context' for in go and why do I have to pass it everywhere")],
    [U("Was bedeutet `@Transactional(propagation = Propagation.REQUIRES_NEW)` genau? Wann nutzt man das?")],
    [CC("how is the `tenant` object getting into every request handler? there's no argument for it", rem=3)],
    [U("""what is this type doing

type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;""")],
    [U("eli5 how the kafka consumer group rebalancing works")],
    [U("what's the point of `__slots__`")],
    [U("can you explain what this k8s yaml does, esp the affinity bit\n\naffinity:\n  podAntiAffinity:\n    preferredDuringSchedulingIgnoredDuringExecution:\n    - weight: 100\n      podAffinityTerm:\n        labelSelector:\n          matchLabels: {app: api}\n        topologyKey: topology.kubernetes.io/zone")],
    [CC("この Ruby のコードは何をしていますか？ `&:` の意味がわかりません\n\nnames = users.map(&:name).select(&:present?)", rem=2)],
    [U("what does `Send + Sync + 'static` mean on this bound and why does tokio::spawn need it")],
    [U("how does the frontend know the user's permissions? is it in the JWT or fetched?")],
    [CC("explain the event loop phases in node, I keep getting confused about setImmediate vs process.nextTick", rem=1)],
    [U("How do React Server Components and client components interact? what can I pass between them")],
    [U("Qual a diferença entre `let`, `const` e `var` no escopo de um for? Sempre me confundo")],
    [U("in the alembic env.py here, what does `compare_type=True` change")],
    [CC("why does C# have both `IEnumerable` and `IQueryable`, what happens if I call `.ToList()` in the middle", rem=0)],
    [U("what does this terraform `for_each` do exactly\n\nresource \"aws_iam_user\" \"devs\" {\n  for_each = toset(var.developers)\n  name     = each.key\n}")],
    [U("Che cosa fa `Object.freeze` e perché nel nostro codice lo usano sugli enum?")],
    [CC("how does pgbouncer transaction pooling differ from session pooling, and what breaks in transaction mode", rem=5)],
    [U("where does the app read feature flags from — env, db, or that yaml? there are references to all three")],
    [U("explain what this github actions `concurrency` block does\n\nconcurrency:\n  group: ${{ github.workflow }}-${{ github.ref }}\n  cancel-in-progress: true")],
    [U("what's `std::forward` for, I see it in every template in this lib")],
    [CC("Объясни, как работает `defer` в Go, особенно с циклами и с изменением возвращаемого значения", rem=4)],
    [U("how does the `Suspense` boundary know what to wait for")],
    [U("swift: what's the difference between `@StateObject` and `@ObservedObject`")],
    [CC("in elixir, what is `|>` doing with the first argument", rem=3)],
    [U("does python's GIL mean my threads are useless for this? it's mostly HTTP calls")],
    # multi-turn ending in understanding
    [U("write a function to flatten nested dicts with dot keys"),
     A("```python\ndef flatten(d, prefix=''):\n    out = {}\n    for k, v in d.items():\n        key = f'{prefix}.{k}' if prefix else k\n        if isinstance(v, dict):\n            out.update(flatten(v, key))\n        else:\n            out[key] = v\n    return out\n```"),
     U("wait why does `out.update(flatten(v, key))` work, doesn't each recursive call make its own `out`?")],
    [U("the queue worker crashes on startup"),
     A("It's the `ImportError` for `boto3` in the worker image: `requirements-worker.txt` doesn't include it. Adding `boto3` there fixes the crash."),
     U("fixed thanks. unrelated, how does the worker even pick which queue to listen on? I don't see it in the code")],
    [U("review this please\n\nconst sleep = ms => new Promise(r => setTimeout(r, ms));"),
     A("It's fine — a standard promise-based sleep. If you need cancellation you'd pass an `AbortSignal`, but for most uses this is exactly right."),
     U("ok but how does it actually work? how does `r` get called with nothing and the await just continues")],
    [U("scaffold a new nestjs module for invoices"),
     A("Run `nest g module invoices`, `nest g controller invoices`, `nest g service invoices`. That creates `invoices.module.ts`, a controller and a service, and registers the module in `AppModule`."),
     U("done. what is the module actually doing though? like what does `providers` and `exports` mean and why can't my other module see the service")],
    [U("¿debería usar Celery o RQ?"),
     A("RQ es más simple (solo Redis, menos configuración) y suficiente para colas sencillas. Celery tiene más funcionalidades (rutas, chords, beat, varios brokers) a costa de complejidad."),
     U("vale, tenemos Celery ya. ¿cómo funciona lo de `acks_late`? no entiendo qué cambia")],
    # Claude Code shapes
    [CC("how does the caching layer work in this repo? start from wherever it's configured", rem=0),
     AT("", TU("01Hu1", "Grep", pattern="cache", path="src", **{"-i": True})),
     TR("01Hu1", "src/config.ts:22:  cache: { driver: process.env.CACHE_DRIVER ?? 'memory', ttl: 300 },\nsrc/cache/index.ts:5:export function createCache(cfg: CacheConfig): Cache {\nsrc/cache/redis.ts:8:export class RedisCache implements Cache {\nsrc/cache/memory.ts:4:export class MemoryCache implements Cache {\nsrc/services/products.ts:14:  const cached = await cache.get(`product:${id}`);"),
     AT("", TU("01Hu2", "Read", file_path="src/cache/index.ts")),
     TR("01Hu2", "export function createCache(cfg: CacheConfig): Cache {\n  switch (cfg.driver) {\n    case 'redis': return new RedisCache(process.env.REDIS_URL!, cfg.ttl);\n    case 'memory': return new MemoryCache(cfg.ttl);\n    default: throw new Error(`unknown cache driver ${cfg.driver}`);\n  }\n}",
        text='so who decides the driver in prod, and is the memory one shared across workers or per process?')],
    [CC("what's this doing?", rem=1, sel=("lib/pricing/engine.rb", 30, 39, "def apply(rules, ctx)\n  rules.sort_by(&:priority).each_with_object(ctx.dup) do |rule, acc|\n    next unless rule.matches?(acc)\n    acc.merge!(rule.effect.call(acc))\n    break acc if rule.terminal?\n  end\nend"))],
    [CC("explain this file to me, I'm new on the team", rem=2, open="src/middleware/tenancy.go")],
    [CC("where is the email actually sent when someone signs up? I followed it to `enqueue('welcome')` and lost it", rem=3),
     AT("", TU("01Hu3", "Grep", pattern="'welcome'|\"welcome\"", path=".")),
     TR("01Hu3", "app/services/signup.py:41:    enqueue('welcome', user_id=user.id)\napp/tasks/registry.py:12:    'welcome': 'app.tasks.emails.send_welcome',\napp/templates/emails/welcome.html:1:{% extends 'emails/base.html' %}",
        text="ok so how does 'welcome' get from that registry string to actually running send_welcome? is there a worker somewhere")],
    [CC("what happens if two pods run this migration at the same time? just want to understand how the lock works, not change it", rem=4, open="internal/migrate/runner.go")],
    [CC("이 코드가 어떻게 동작하는지 설명해 주세요. 특히 useReducer 부분", rem=5, sel=("src/hooks/useCart.ts", 1, 20, "type Action = { type: 'add'; item: Item } | { type: 'remove'; id: string } | { type: 'clear' };\nfunction reducer(state: Item[], a: Action): Item[] {\n  switch (a.type) {\n    case 'add': return [...state, a.item];\n    case 'remove': return state.filter(i => i.id !== a.id);\n    case 'clear': return [];\n  }\n}\nexport function useCart() {\n  const [items, dispatch] = useReducer(reducer, []);\n  return { items, add: (item: Item) => dispatch({ type: 'add', item }) };\n}"))],
    [CC("trace how a webhook from stripe goes through our system", rem=0),
     AT("", TU("01Hu4", "Grep", pattern="stripe", path="app")),
     TR("01Hu4", "app/api/webhooks.py:10:@router.post('/webhooks/stripe')\napp/api/webhooks.py:14:    event = stripe.Webhook.construct_event(body, sig, SECRET)\napp/api/webhooks.py:17:    await bus.publish(f'stripe.{event.type}', event.data)\napp/handlers/billing.py:22:@bus.subscribe('stripe.invoice.paid')\napp/handlers/billing.py:40:@bus.subscribe('stripe.customer.subscription.deleted')"),
     AT("", TU("01Hu5", "Read", file_path="app/handlers/billing.py")),
     TR("01Hu5", "@bus.subscribe('stripe.invoice.paid')\nasync def on_paid(data):\n    sub = await Subscription.by_stripe_id(data['subscription'])\n    await sub.extend(until=data['period_end'])\n    await notify(sub.owner, 'payment_received')\n\n@bus.subscribe('stripe.customer.subscription.deleted')\nasync def on_cancel(data):\n    sub = await Subscription.by_stripe_id(data['id'])\n    await sub.mark_cancelled()",
        text="and where does bus.publish go, same process?")],
    [CC("c'est quoi la différence entre ces deux fonctions ? elles ont l'air de faire la même chose", rem=1, open="src/utils/dates.ts")],
    [CC("why is this written with a `Box<dyn Error>` and not a custom enum? not saying it's wrong, just trying to understand the choice", rem=2, open="src/main.rs")],
    [CC("summarise what each package under internal/ is responsible for", rem=3),
     AT("", TU("01Hu6", "Bash", command="ls internal && head -5 internal/*/doc.go")),
     TR("01Hu6", "auth\nbilling\nevents\nstore\nworker\n==> internal/auth/doc.go <==\n// Package auth verifies tokens and resolves principals.\n==> internal/store/doc.go <==\n// Package store wraps pgx with typed queries.",
        text='the others have no doc.go. just read them and tell me in a sentence each what they own')],
    [CC("what does this regex match?", rem=4, sel=("src/validators.py", 8, 8, "EMAIL = re.compile(r\"^(?!\\.)[\\w.+-]{1,64}(?<!\\.)@(?:[a-z0-9-]{1,63}\\.)+[a-z]{2,}$\", re.I)"))],
    [CC("how does the build get the version number into the binary? ldflags somewhere?", rem=5)],
    [CC("what's the flow from `kubectl apply` on our CRD to the operator creating the statefulset", rem=0, open="controllers/database_controller.go")],
    [U("Hinglish me samjhao na: ye `async/await` Python me kaise kaam karta hai, thread ke bina concurrency kaise?")],
    [U("Bu Kotlin kodunda `by lazy` ne işe yarıyor? `val db by lazy { Database.connect() }`")],
    [CC("Giải thích giúp mình đoạn này: `Array.from({ length: 5 }, (_, i) => i * 2)` — cái `_` là gì?", rem=2)],
    [U("Co robi `@SpringBootApplication` pod spodem? Jakie adnotacje łączy?")],
    [U("Wat doet `INSERT ... ON CONFLICT DO NOTHING` precies als er een unieke index op twee kolommen zit?")],
    [CC("what's the difference between `COPY` and `ADD` in a dockerfile, our old one uses ADD for everything", rem=1)],
    [U("""no bug, just curious: why does this compile in TS even though `name` could be undefined

function greet(u: { name?: string }) {
  return `hi ${u.name}`;
}""")],
    [U("how do the php-fpm pm.max_children / pm.start_servers settings relate to each other")],
    [U("what is the `key` prop really used for? I just put index there to silence the warning and things seem fine")],
    [CC("how does the retry decorator interact with the transaction one when both are on the same method, which runs first?", rem=1, sel=("app/services/orders.py", 50, 54, "@retry(times=3)\n@transactional\ndef place_order(cmd):\n    ..."))],
]

_BIG_GO = """package ratelimit

type bucket struct {
	tokens   float64
	last     time.Time
	mu       sync.Mutex
}

type Limiter struct {
	rate     float64 // tokens per second
	burst    float64
	buckets  sync.Map // key -> *bucket
	janitor  *time.Ticker
}

func New(rate float64, burst int) *Limiter {
	l := &Limiter{rate: rate, burst: float64(burst), janitor: time.NewTicker(time.Minute)}
	go l.sweep()
	return l
}

func (l *Limiter) Allow(key string) bool {
	v, _ := l.buckets.LoadOrStore(key, &bucket{tokens: l.burst, last: time.Now()})
	b := v.(*bucket)
	b.mu.Lock()
	defer b.mu.Unlock()
	now := time.Now()
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens < 1 {
		return false
	}
	b.tokens--
	return true
}

func (l *Limiter) sweep() {
	for range l.janitor.C {
		cutoff := time.Now().Add(-10 * time.Minute)
		l.buckets.Range(func(k, v any) bool {
			b := v.(*bucket)
			b.mu.Lock()
			stale := b.last.Before(cutoff)
			b.mu.Unlock()
			if stale {
				l.buckets.Delete(k)
			}
			return true
		})
	}
}

func Middleware(l *Limiter, keyFn func(*http.Request) string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if !l.Allow(keyFn(r)) {
				w.Header().Set("Retry-After", "1")
				http.Error(w, "rate limited", http.StatusTooManyRequests)
				return
			}
			next.ServeHTTP(w, r)
		})
	}
}
"""

EXAMPLES += [
    [CC("I'm taking over this package. not looking for bugs, just walk me through how it works end to end — how tokens refill, why sync.Map plus a mutex per bucket, what the sweep goroutine is for", rem=2, extra=(_BIG_GO,))],
    [U("add logging to the sync job"),
     A("Added structured logs at start/end of each batch with `batch_id`, `rows`, and `duration_ms`, and a warning when a batch is retried."),
     U("cool. side question while I have you: what's the actual difference between `logger.exception` and `logger.error(..., exc_info=True)`?")],
]
