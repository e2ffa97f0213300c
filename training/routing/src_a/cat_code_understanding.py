from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "code_understanding"
PARENT = None

DESCRIPTIONS = [
    "code explanation",
    "explaining existing code, libraries and APIs; answering questions about how a codebase works",
    "when I paste something and ask 'what does this do?' or want a walkthrough of how a module, library or framework works under the hood",
    "understanding unfamiliar code: tracing control flow, data flow, what a function returns, why a pattern is used",
    "Use for onboarding-style questions about a repo: where is X handled, how do these services talk to each other, what calls this",
    "explain code / regexes / one-liners / cryptic syntax / library internals",
    "read-only questions about code — no changes wanted, just explanations",
    "I'm new to this codebase and need help making sense of it",
    "Code verstehen: bestehenden Code, Bibliotheken und APIs erklären",
    "解释代码：说明现有代码、库和 API 的工作原理",
]

REQUESTS = [
    "what does this regex do? ^(?=.*[A-Z])(?=.*\\d)(?!.*\\s).{8,}$",
    r"""can someone explain this python one-liner to me

```python
result = {k: [d[k] for d in rows if k in d] for k in {k for d in rows for k in d}}
```""",
    cc("how does request authentication work in this codebase? trace it from the incoming HTTP request to where the user object gets attached. don't change anything",
       reminders=[reminder_date("2026-01-19")]),
    r"""Explain what `useEffect` cleanup is doing here and when it runs:

```jsx
useEffect(() => {
  const id = setInterval(() => setTick(t => t + 1), 1000);
  return () => clearInterval(id);
}, [paused]);
```""",
    conv(
        "rust question, is it normal that my first project has like 40 clone() calls",
        "Very normal for a first project — cloning is the easiest way around the borrow checker, and for small data it's cheap. As you get comfortable you'll replace many with references or shared ownership. Nothing to worry about yet.",
        "whats the difference between Arc<Mutex<T>> and Rc<RefCell<T>> in rust and when would i use each",
    ),
    r"""I inherited this Go code and don't get what the select with the empty default is for:

```go
func (w *Worker) trySend(j Job) bool {
	select {
	case w.jobs <- j:
		return true
	default:
		return false
	}
}
```""",
    # German
    "Kannst du mir erklären, was `git rebase --onto main feature-a feature-b` genau macht? Ich verstehe nicht, welche Commits wohin kommen.",
    r"""what's going on in this bash snippet?

```bash
exec 3>&1 1>>"$LOG" 2>&1
trap 'echo "failed at line $LINENO" >&3' ERR
set -Eeuo pipefail
```""",
    loop(
        "where is the pricing logic?",
        [
            ("Let me search for it.", [
                ("Grep", {"pattern": "class .*Pricing", "path": "src"},
                 "src/billing/pricing/engine.py:22:class PricingEngine:\nsrc/billing/pricing/rules.py:8:class PricingRule(Protocol):"),
            ]),
            (None, [
                ("Read", {"file_path": "/srv/shop/src/billing/pricing/engine.py"},
                 "    20\t\n    21\t@dataclass\n    22\tclass PricingEngine:\n    23\t    rules: list[PricingRule]\n    24\t\n    25\t    def quote(self, cart: Cart, ctx: PricingContext) -> Quote:\n    26\t        lines = [Line(item, item.unit_price * item.qty) for item in cart.items]\n    27\t        for rule in sorted(self.rules, key=lambda r: r.priority):\n    28\t            if rule.applies(cart, ctx):\n    29\t                lines = rule.apply(lines, ctx)\n    30\t                if rule.exclusive:\n    31\t                    break\n    32\t        return Quote(lines=lines, total=sum(l.amount for l in lines))\n"),
            ]),
        ],
        "ok so walk me through quote(). in what order do discounts apply, and what does `exclusive` mean in practice — if a coupon is exclusive does the bulk discount still run?",
        reminders=[reminder_date("2026-04-03")],
        wrap="The pricing logic is in `src/billing/pricing/engine.py` (`PricingEngine`), with the rule protocol in `rules.py`.",
    ),
    "what does the `?.` and `??` do in typescript, and how is `??` different from `||`",
    "Explain how Python's GIL interacts with threading vs asyncio vs multiprocessing. Which one actually runs CPU work in parallel?",
    r"""```c
#define container_of(ptr, type, member) ({                      \
        const typeof( ((type *)0)->member ) *__mptr = (ptr);    \
        (type *)( (char *)__mptr - offsetof(type,member) );})
```
how does this macro work? especially the ((type *)0)->member part, isn't that dereferencing null""",
    # multi-turn
    conv(
        "can you help me set up a venv for a project",
        "Sure: `python -m venv .venv`, then activate it (`source .venv/bin/activate` on macOS/Linux, `.venv\\Scripts\\activate` on Windows) and `pip install -r requirements.txt`. If you use uv, `uv venv && uv pip install -r requirements.txt` is faster.",
        "thanks. unrelated: in this codebase there's a `__init_subclass__` in the base Plugin class — what does that hook actually do and why would someone use it instead of a metaclass?",
    ),
    # Chinese
    "请解释一下这段 Java 代码里的 volatile 和双重检查锁是怎么保证单例线程安全的：\n\n```java\nprivate static volatile Config instance;\npublic static Config get() {\n    if (instance == null) {\n        synchronized (Config.class) {\n            if (instance == null) instance = new Config();\n        }\n    }\n    return instance;\n}\n```",
    "How does React's reconciliation decide whether to reuse a DOM node or recreate it? what role do keys play",
    "explain kubernetes readiness vs liveness vs startup probes like I'm a backend dev who's never touched k8s",
    r"""what is this SQL doing step by step? I didn't write it

```sql
SELECT user_id, event_date,
       COUNT(*) OVER (PARTITION BY user_id ORDER BY event_date
                      RANGE BETWEEN INTERVAL '6 days' PRECEDING AND CURRENT ROW) AS events_7d
FROM events;
```""",
    cc("Give me a high-level tour of this repo: what the main packages are, how they depend on each other, and where the entrypoint is. I'm starting on this team Monday.",
       reminders=[reminder_claudemd("2026-09-04", """
## Dev notes
- monorepo managed with pnpm workspaces
- `apps/` are deployables, `packages/` are shared libs
- never edit generated files in packages/api-client/src/gen
""")]),
    # Spanish
    "¿Me explicas qué hace exactamente `Promise.allSettled` y en qué se diferencia de `Promise.all` y `Promise.race`? Con un ejemplo si puedes.",
    r"""In this Rust signature, what do the lifetimes mean? why does it need two?

```rust
fn longest_prefix<'a, 'b>(haystack: &'a str, needles: &'b [&str]) -> Option<&'a str>
```""",
    "what does `SO_REUSEPORT` actually do on linux and how does the kernel distribute connections between the processes",
    r"""Can you explain what this Kotlin does? The `by lazy` and the `inline reified` bits confuse me.

```kotlin
private val json by lazy { Json { ignoreUnknownKeys = true } }

inline fun <reified T> String.parse(): T = json.decodeFromString(this)
```""",
    "how does the python `with` statement work under the hood? what methods does it call and what happens if __exit__ returns True",
    # tool loop
    loop(
        "run the app's route listing",
        [
            (None, [
                ("Bash", {"command": "bin/rails routes -g webhooks", "description": "List webhook routes"},
                 "              Prefix Verb URI Pattern                          Controller#Action\n    webhooks_github POST /webhooks/github(.:format)         webhooks/github#create\n    webhooks_stripe POST /webhooks/stripe(.:format)         webhooks/stripe#create\nwebhooks_replay     POST /admin/webhooks/:id/replay(.:format) admin/webhooks#replay"),
            ]),
        ],
        "what happens after webhooks/github#create receives a push event? I see it enqueues something but I can't follow where it ends up. explain the flow, jobs included",
        reminders=[reminder_date("2025-11-30")],
        wrap="There are three webhook-related routes: GitHub and Stripe receivers, plus an admin replay endpoint.",
    ),
    "In Go, why does `for i, v := range slice { go func() { use(v) }() }` behave differently before and after go 1.22?",
    "explain this awk: awk -F, 'NR>1{a[$3]+=$5} END{for(k in a) print k, a[k]}' sales.csv",
    # Japanese
    "このTypeScriptの型が何をしているのか解説してください：\n\ntype DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;",
    r"""I'm reading the source of a lib and found this. What pattern is it and why?

```python
class Registry:
    _instance = None
    def __new__(cls, *a, **kw):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance._items = {}
        return cls._instance
```""",
    # multi-turn follow-up depending on context
    conv(
        "what does `asyncio.gather(*tasks, return_exceptions=True)` return?",
        "A list of results in the same order as the awaitables you passed. With `return_exceptions=True`, any task that raised puts its exception object in its slot instead of propagating it, so `gather` never raises due to a child failure — you inspect the list yourself.",
        "and what about TaskGroup in 3.11, how does it differ semantically? like what happens to the other tasks when one fails",
    ),
    cc("What does the `@Transactional(propagation = Propagation.REQUIRES_NEW)` on AuditService.record() do in relation to the outer transaction in OrderService.place()? If place() rolls back is the audit row still written?"),
    # French
    "Tu peux m'expliquer comment fonctionne le borrow checker de Rust sur cet exemple ? Pourquoi je ne peux pas avoir `let a = &mut v; let b = &v;` en même temps ?",
    r"""```yaml
on:
  push:
    branches: [main]
    paths-ignore: ['docs/**']
  workflow_dispatch:
concurrency:
  group: ${{ github.workflow }}-${{ github.ref }}
  cancel-in-progress: true
```
what does the concurrency block do here? will it cancel deploys mid-way?""",
    "What's the purpose of `std::move` if it doesn't actually move anything? and what is a forwarding reference",
    # Portuguese
    "Pode me explicar como funciona o event loop do Node.js? Qual a diferença entre process.nextTick, setImmediate e setTimeout(fn, 0)?",
    "explain what the `Symbol.iterator` and generator function are doing in this class and how for..of uses them\n\nclass Range {\n  constructor(a, b) { this.a = a; this.b = b }\n  *[Symbol.iterator]() { for (let i = this.a; i < this.b; i++) yield i }\n}",
    conv(
        "hey",
        "Hi! What can I help you with?",
        "I'm looking at our terraform and there's a `lifecycle { create_before_destroy = true }` on the launch template and the ASG. what does that do and why would both need it",
    ),
    conv(
        "our ops guy says the orders table has 60% bloat",
        "That means roughly 60% of the table's disk pages are taken up by dead row versions or free space rather than live rows. It usually comes from heavy UPDATE/DELETE traffic combined with autovacuum not keeping up.",
        "how does Postgres MVCC work? why do I need vacuum if I'm just updating rows",
    ),
    r"""what does `Span<T>` buy me in C#? saw this in a PR and don't understand why it's better than the array version

```csharp
static int SumDigits(ReadOnlySpan<char> s) {
    int sum = 0;
    foreach (var c in s) if (char.IsDigit(c)) sum += c - '0';
    return sum;
}
```""",
    conv(
        "we have a regression somewhere in the last ~300 commits and no idea where",
        "`git bisect` is built for exactly this: mark a known-bad and a known-good commit and git binary-searches between them, so ~300 commits take about 9 steps. If the regression can be detected by a script, `git bisect run` can automate the whole search.",
        "how does `git bisect run` decide good vs bad? what exit codes does the script need",
    ),
    # Russian
    "Объясни, пожалуйста, как в Python работает декоратор с параметрами — зачем там три вложенные функции?",
    "walk me through what happens when I type `npm install` — lockfile, node_modules hoisting, postinstall scripts. trying to understand why installs differ between machines",
    conv(
        "can you look at my Dockerfile later",
        "Sure, paste it whenever you're ready.",
        "actually first, in this Swift code what does `@MainActor` on the class do and do the `nonisolated` methods still run on the main thread?\n\n```swift\n@MainActor\nfinal class FeedViewModel: ObservableObject {\n    @Published var items: [Item] = []\n    nonisolated func cacheKey(for id: UUID) -> String { \"feed-\\(id)\" }\n    func reload() async { items = await api.fetchFeed() }\n}\n```",
    ),
    cc("explain what src/sync/merge.ts does, especially the three-way merge in `reconcile()`. I want to understand which side wins on conflicts before I touch it",
       reminders=[REMINDER_TODO]),
    cc(
        r"""I'm trying to understand this middleware chain from our Go service before I add anything to it. Can you explain what each piece does, in what order they run for a request, and what happens to the context values along the way? Especially the recover + the deadline stuff.

```go
package httpx

type ctxKey int

const (
	requestIDKey ctxKey = iota
	principalKey
)

func Chain(h http.Handler, mws ...func(http.Handler) http.Handler) http.Handler {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

func RequestID(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if id == "" {
			id = uuid.NewString()
		}
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey, id)))
	})
}

func Recover(log *slog.Logger) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			defer func() {
				if v := recover(); v != nil {
					if v == http.ErrAbortHandler {
						panic(v)
					}
					log.Error("panic", "err", v, "req_id", r.Context().Value(requestIDKey), "stack", string(debug.Stack()))
					w.WriteHeader(http.StatusInternalServerError)
				}
			}()
			next.ServeHTTP(w, r)
		})
	}
}

func Deadline(d time.Duration) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if v := r.Header.Get("X-Deadline-Ms"); v != "" {
				if ms, err := strconv.Atoi(v); err == nil && time.Duration(ms)*time.Millisecond < d {
					d = time.Duration(ms) * time.Millisecond
				}
			}
			ctx, cancel := context.WithTimeout(r.Context(), d)
			defer cancel()
			next.ServeHTTP(w, r.WithContext(ctx))
		})
	}
}

func Auth(verify func(string) (*Principal, error)) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			p, err := verify(strings.TrimPrefix(r.Header.Get("Authorization"), "Bearer "))
			if err != nil {
				http.Error(w, "unauthorized", http.StatusUnauthorized)
				return
			}
			next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), principalKey, p)))
		})
	}
}

// in main.go:
// handler := httpx.Chain(mux, httpx.RequestID, httpx.Recover(logger), httpx.Deadline(5*time.Second), httpx.Auth(tokens.Verify))
```""",
        reminders=[reminder_date("2026-10-21")],
    ),
    "Qualcuno mi spiega cosa fa esattamente `Object.freeze` in JavaScript e perché gli oggetti annidati restano comunque modificabili? E che differenza c'è con `Object.seal`?",
]
