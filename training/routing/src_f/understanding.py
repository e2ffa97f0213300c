from common import *

C = "code_understanding"

conv(C, "what does the walrus operator buy me here\n\n```python\nwhile (chunk := f.read(8192)):\n    h.update(chunk)\n```")
conv(C, "where do we actually send the password reset email? grep finds 3 different `send_reset` functions")
conv(C, "ok so a request hits /api/orders POST. what happens between that and the row in the db, roughly")
conv(C, "```rust\nfn longest<'a>(x: &'a str, y: &'a str) -> &'a str\n```\nthe 'a thing. why does the compiler need that if it can see both params")
conv(C, "this line in our webpack config `resolve: { fallback: { crypto: false } }` — someone added it 2 yrs ago, is it doing anything")
conv(C, "what's the point of `__slots__`")
conv(C, "so in our codebase, who calls `reconcile_ledger`? it seems to run at weird times")
conv(C, "never used kotlin flows. `stateIn(viewModelScope, SharingStarted.WhileSubscribed(5000), UiState.Loading)` — what's the 5000 and why would I want it")
conv(C, "how does the `Depends` chain in fastapi resolve when two deps both depend on get_db, do I get one session or two")
conv(C, "```go\nvar _ http.Handler = (*Server)(nil)\n```\nsaw this at the top of a file. it doesn't do anything right?")
conv(C, "why does the react docs say not to put objects in dependency arrays. whats actually compared")
conv(C, "can someone translate this bash into human\n\n```bash\nexec 3>&1 1>>\"$LOG\" 2>&1\ntrap 'echo failed at line $LINENO >&3' ERR\nset -Eeuo pipefail\n```")
conv(C, "what's the difference between `git rebase --onto` and normal rebase, conceptually. not asking to do anything just confused")
conv(C, "I inherited this service. the README is empty. give me the 10k ft view of what it does from the code structure")
conv(C, "is `Promise.all` parallel? like actually parallel? node is single threaded")
conv(C, "erlang/elixir supervisors: if a child crashes 3 times in 5 seconds what happens to the supervisor itself")
conv(C, "what is `#[repr(C)]` for and why is it on every struct in the ffi module")
conv(C, "this SQL uses a window function and I can't follow it\n\n```sql\nSELECT user_id, ts,\n       ts - LAG(ts) OVER (PARTITION BY user_id ORDER BY ts) > interval '30 min' AS new_session\nFROM events;\n```")
conv(C, "the `@Transactional(readOnly = true)` on the class level and then `@Transactional` on one method — which wins")
conv(C, "What's C#'s `ConfigureAwait(false)` actually changing? every library method in our codebase has it")
conv(C, "in the helm chart, how do `_helpers.tpl` defines end up in the deployment yaml, where's the glue")
conv(C, "how do ruby's `method_missing` and `respond_to_missing?` relate, our DSL uses both")
conv(C, "Swift `@MainActor` on a class — does that make every method run on the main thread, including the async ones?")
conv(C, "where is the retry policy for outbound webhooks configured? I see `max_attempts` in 2 places")
conv(C, "explain like im new: what the event loop does when I `await asyncio.sleep(0)`")
conv(C, "why would someone write `!!value` in JS instead of `Boolean(value)`, is there a diff")
conv(C, "C++ question, `std::move` doesn't move anything? then what does it do")
conv(C, "what are all the places a feature flag can be overridden in this app? env, db, header...?")
conv(C, "¿Qué hace exactamente `useLayoutEffect` que no haga `useEffect`? lo vi en un componente de tooltip")
conv(C, "Kannst du mir erklären, was `Arc<Mutex<T>>` genau macht und warum man nicht einfach `Rc<RefCell<T>>` nimmt?")
conv(C, "C'est quoi la différence entre `@staticmethod` et `@classmethod` en Python ? on utilise les deux dans models.py")
conv(C, "O que esse trecho em Elixir faz? `with {:ok, user} <- fetch(id), :ok <- authorize(user) do ... else ... end`")
conv(C, "这段 TypeScript 的类型体操是什么意思？`type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] }`")
conv(C, "Goの`context.WithCancel`で返ってくるcancelを呼ばないと何が起きるの？vetに怒られた")
conv(C, "이 코드에서 `yield from`이 하는 역할이 뭐예요? 제너레이터 안에서 또 제너레이터 부르는 부분이요")
conv(C, "Объясни, как работает middleware chain в нашем Express приложении: в каком порядке вызываются и где обработка ошибок")
conv(C, "Czym się różni `Optional.map` od `flatMap` w Javie? Kolega mówi że tu powinno być flatMap")
conv(C, "bhai ye `useReducer` kab use karte hain, useState se kya alag hai? humare checkout page mein dono hain")
conv(C, "Java'da `volatile` ne işe yarıyor tam olarak? synchronized'dan farkı ne")
conv(C, "trying to understand why our retry decorator catches `BaseException` and not `Exception`, feels intentional? comment says 'see incident 41'")
conv(C, "i always see `export default` vs named exports debates. in our barrel files what does re-exporting actually do for tree shaking")

conv(C, cc(date(), sel("src/store/cart.ts", 22, 31, "export const useCart = create<CartState>()(\n  persist(\n    immer((set) => ({\n      items: [],\n      add: (p) => set((s) => { s.items.push(p) }),\n    })),\n    { name: 'cart', partialize: (s) => ({ items: s.items }) }\n  )\n)"), "what's each layer doing here, the persist/immer nesting confuses me"))
conv(C, cc(opened("pkg/scheduler/queue.go"), "how does this thing decide which job runs next"))
conv(C, cc(date(), md("- Monorepo: apps/*, packages/*\n- Use turbo for builds"), "how do the packages get built in order? i changed packages/utils and apps/web picked it up without me doing anything"))
conv(C, cc(todo(), sel("app/Http/Middleware/TenantScope.php", 10, 22, "public function handle($request, Closure $next)\n{\n    $tenant = Tenant::whereDomain($request->getHost())->firstOrFail();\n    app()->instance(Tenant::class, $tenant);\n    Model::addGlobalScope(new TenantScope($tenant));\n    return $next($request);\n}"), "explain this to me. does the global scope leak between requests under octane?"))
conv(C, cc(date("2026-11-30"), opened("lib/my_app/accounts.ex"), "what's Ecto.Multi doing in create_user_with_org, step by step"))

conv(C,
     cc(date(), "where's the code that decides whether a user sees the new checkout"),
     call("Searching for the flag.", ("a", "Grep", {"pattern": "new_checkout", "path": "."})),
     results(("a", "web/src/pages/Cart.tsx:14:  const showNew = useFlag('new_checkout');\nserver/flags/rules.py:31:    'new_checkout': PercentRollout(25, salt='nc-2026'),\nserver/flags/rules.py:32:    # new_checkout also forced on for internal emails, see overrides.py")),
     call(None, ("b", "Read", {"file_path": "server/flags/overrides.py"})),
     results(("b", "  1\tINTERNAL_DOMAINS = {'acme.dev'}\n  2\t\n  3\tdef forced(flag, user):\n  4\t    if user.email.split('@')[-1] in INTERNAL_DOMAINS:\n  5\t        return True\n  6\t    return user.id in BETA_USERS.get(flag, ())"), "so how does it combine, override first then percentage? and is the percentage sticky per user"))

conv(C,
     "show me the main entrypoint",
     call(None, ("a", "Read", {"file_path": "cmd/gateway/main.go"})),
     results(("a", "  1\tpackage main\n  2\t\n  3\tfunc main() {\n  4\t\tcfg := config.MustLoad()\n  5\t\tlog := logging.New(cfg.Log)\n  6\t\tstore := store.Open(cfg.DB)\n  7\t\tdefer store.Close()\n  8\t\trouter := routing.New(cfg.Routes, store)\n  9\t\tsrv := server.New(cfg.Listen, router, log)\n 10\t\tgo metrics.Serve(cfg.Metrics)\n 11\t\tif err := srv.Run(signalContext()); err != nil {\n 12\t\t\tlog.Fatal(err)\n 13\t\t}\n 14\t}")),
     "ok and what does signalContext do, and what happens to in-flight requests on SIGTERM")

conv(C,
     cc(todo(), "list the celery tasks"),
     call(None, ("a", "Bash", {"command": "grep -rn '@shared_task\\|@app.task' --include=*.py . | head -20"})),
     results(("a", "./billing/tasks.py:12:@shared_task(bind=True, max_retries=5)\n./billing/tasks.py:40:@shared_task\n./notify/tasks.py:8:@app.task(acks_late=True)\n./reports/tasks.py:19:@shared_task(rate_limit='10/m')")),
     cc("what does acks_late change for the notify one, and bind=True in billing"))

conv(C,
     "read src/parser.rs",
     call(None, ("a", "Read", {"file_path": "src/parser.rs"})),
     results(("a", "  1\tuse nom::{branch::alt, bytes::complete::tag, character::complete::digit1, combinator::map_res, IResult};\n  2\t\n  3\tfn number(i: &str) -> IResult<&str, i64> { map_res(digit1, str::parse)(i) }\n  4\tfn op(i: &str) -> IResult<&str, &str> { alt((tag(\"+\"), tag(\"-\")))(i) }\n  5\tpub fn expr(i: &str) -> IResult<&str, i64> {\n  6\t    let (i, first) = number(i)?;\n  7\t    fold_many0(pair(op, number), move || first, |acc, (o, n)| if o == \"+\" { acc + n } else { acc - n })(i)\n  8\t}")),
     "never used nom. how does the IResult threading work, what's `i` after each step")

conv(C,
     cc(date(), "which service owns the `user_deleted` event"),
     call(None, ("a", "Grep", {"pattern": "user_deleted", "path": "services"})),
     results(("a", "services/accounts/events.py:44:    publish('user_deleted', {...})\nservices/billing/consumers.py:12:@subscribe('user_deleted')\nservices/search/indexer.ts:88:  bus.on('user_deleted', removeFromIndex)\nservices/analytics/sink.go:31:\tcase \"user_deleted\":")),
     cc("so walk me through what happens everywhere when someone deletes their account"))

# multi-turn shifts to understanding
conv(C,
     "write a function to flatten a nested dict with dot keys",
     "```python\ndef flatten(d, prefix=''):\n    out = {}\n    for k, v in d.items():\n        key = f'{prefix}.{k}' if prefix else k\n        if isinstance(v, dict):\n            out.update(flatten(v, key))\n        else:\n            out[key] = v\n    return out\n```",
     "why recursion with out.update instead of passing out down? is that slower or just style")
conv(C,
     "this is throwing `TypeError: Cannot read properties of undefined (reading 'map')`",
     "`data.items` is undefined on the first render because the fetch hasn't finished. Default it: `const items = data?.items ?? []`.",
     "that fixed it. but what's the `??` actually doing vs `||`, I see both in the codebase")
conv(C,
     "should i use pnpm workspaces or nx for the monorepo",
     "With 4 packages and no custom task graph needs, pnpm workspaces plus turbo is enough; Nx pays off with many projects, generators and affected-based CI.",
     "ok different q. what does the `workspace:*` protocol in package.json resolve to when we publish")
conv(C,
     "fix the typo in the README pls, 'recieve'",
     "Fixed — 'recieve' → 'receive' in README.md line 12.",
     "ty. btw while you're in there — what's scripts/bootstrap.sh actually doing? it asks for sudo and i don't like running stuff blind")
conv(C,
     "Review this Go PR for me\n\n```go\nfunc (c *Client) Do(ctx context.Context, req *Request) (*Response, error) {\n    ctx, cancel := context.WithTimeout(ctx, c.timeout)\n    defer cancel()\n    return c.inner.Do(ctx, req)\n}\n```",
     "Looks fine; one issue: if the caller reads the response body after `Do` returns, the deferred `cancel()` has already fired and the body read may fail with `context canceled`.",
     "wait why would the body read fail, isn't the response already downloaded by then? how does http body streaming work here")
conv(C,
     cc(date(), "hey can you bump lodash"),
     "Bumped lodash 4.17.20 → 4.17.21 in package.json and the lockfile.",
     cc("thx. unrelated q: the `overrides` block in our package.json, what is that doing to transitive deps"))
conv(C,
     "Pourquoi mon test échoue avec `RuntimeError: Event loop is closed` ?",
     "pytest-asyncio crée une boucle par test par défaut ; ton client httpx est créé dans une fixture de scope session, donc il reste lié à la première boucle. Mets la fixture en scope function ou configure `asyncio_default_fixture_loop_scope = session`.",
     "ok ça marche. mais du coup, c'est quoi exactement la relation entre une boucle d'événements et un client httpx ? pourquoi il est « lié » ?")
conv(C,
     "design question: queue per tenant or one shared queue with tenant_id",
     "One shared queue with tenant_id plus per-tenant concurrency limits in the worker is usually simpler; per-tenant queues help when you need hard isolation.",
     "before deciding I need to understand how our current worker pulls jobs — explain worker/loop.py to me")

conv(C, "quick one: in terraform, does `depends_on` on a module make every resource inside wait, or just the outputs")
conv(C, "Che differenza c'è tra `CMD` e `ENTRYPOINT` nel Dockerfile? nel nostro ci sono entrambi e non capisco quale vince")
conv(C, "k8s: what actually happens between `kubectl apply` of a new image tag and the old pods dying? maxSurge 25% maxUnavailable 0")
conv(C, "so `select_related` vs `prefetch_related` — which one is a join and which one does 2 queries, and why does it matter for m2m")
conv(C, "how does github actions caching key matching work, `restore-keys` partial matches confuse me")
conv(C, "Hoe werkt `Result<T, E>` met het vraagteken-operator in Rust, en waarom moet de error type From implementeren?")
conv(C, cc(date(), sel("src/utils/bits.c", 3, 9, "static inline uint32_t next_pow2(uint32_t v) {\n    v--;\n    v |= v >> 1; v |= v >> 2; v |= v >> 4;\n    v |= v >> 8; v |= v >> 16;\n    return ++v;\n}"), "how does this work, the shifting part"))
conv(C, "what's the difference in our codebase between `services/` and `domain/`? people put stuff in both seemingly at random, just want to know what the original intent was from the code")
conv(C,
     "I'm reading the scala codebase for the first time. `implicit val ec: ExecutionContext = ...` at the top of every service. what's implicit doing",
     "`implicit val` makes that value available for any parameter marked `implicit` of the same type in scope. Future's methods like `map` take an implicit `ExecutionContext`, so the compiler passes `ec` for you.",
     "and `given`/`using` in scala 3 is the same thing renamed?")
conv(C, "`Object.freeze` vs `as const` in TS — one's runtime one's type level? do we need both in constants.ts")
conv(C, "in the jvm what's the actual difference between G1 and ZGC for our use, we set ZGC in the helm values and nobody knows why")
