from common import R, U, A, CC, t, opened, sel, tu, tr

C = "code_understanding"

EXAMPLES = [
R(C, CC(opened("scripts/hash_files.py"), """what does the walrus buy me here vs just assigning on the line before

    while (chunk := f.read(8192)):
        h.update(chunk)""")),

R(C, CC(opened("src/components/Clock.tsx"), """so this works fine, tests pass, I just don't get *why* it works. how does `useEffect` with an empty array not fire again when `items` changes? I thought it re-runs on every render

```tsx
useEffect(() => {
  const id = setInterval(() => setTick(t => t + 1), 1000);
  return () => clearInterval(id);
}, []);
```""")),

R(C, CC(opened("internal/auth/middleware.go"), "where does the tenant id actually get put on the request context? i see it read in like 5 handlers but can't find who sets it")),

R(C, CC("""Big-O of this? interviewer-style answer not needed, I just want to know if it's quadratic before I put 50k rows through it

def dedupe(rows):
    out = []
    seen = set()
    for r in rows:
        key = (r['email'].lower(), r['org'])
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out""")),

R(C, CC(opened("config/http-client.yaml"), """```diff
-    retries: 3
-    backoff: linear
+    retries: 5
+    backoff:
+      type: exponential
+      base_ms: 200
+      max_ms: 10000
+      jitter: full
```
what does this actually change at runtime? like worst case how long does a request wait now before it gives up""")),

R(C, U("my build broke with \"the size for values of type `str` cannot be known at compilation time\""), A("You're storing a bare `str` by value. Use `&str` or `String` (or `Box<str>`) instead — unsized types can only live behind a pointer."), CC("rust: why does `impl<T: ?Sized>` show up everywhere in std? what's the ?Sized part doing")),

R(C, U("""kannst du mir erklären was dieser Teil macht? Ist von einem Kollegen der nicht mehr da ist, funktioniert alles, ich will's nur verstehen bevor ich was anfasse

```python
@functools.cache
def _resolver(kind: str) -> Callable[[dict], Any]:
    return {
        "user": _resolve_user,
        "team": _resolve_team,
    }.get(kind, lambda d: d)
```""")),

R(C,
  U("I'm new on the payments service, can you look around and tell me how a refund goes from the API to the ledger?"),
  A(t("I'll trace the refund path starting from the HTTP route."),
    tu("01RfA1", "Grep", {"pattern": "refund", "path": "services/payments", "-i": True, "output_mode": "files_with_matches"})),
  U(tr("01RfA1", "services/payments/api/routes/refunds.py\nservices/payments/domain/refund.py\nservices/payments/ledger/postings.py\nservices/payments/workers/refund_worker.py\nservices/payments/tests/test_refunds.py")),
  A(t("Let me read the route and the worker."),
    tu("01RfA2", "Read", {"file_path": "services/payments/api/routes/refunds.py"}),
    tu("01RfA3", "Read", {"file_path": "services/payments/workers/refund_worker.py"})),
  U(tr("01RfA2", "@router.post('/payments/{pid}/refunds')\nasync def create_refund(pid: str, body: RefundIn, svc=Depends(get_svc)):\n    r = await svc.request_refund(pid, body.amount, body.reason)\n    await outbox.enqueue('refund.requested', {'refund_id': r.id})\n    return {'id': r.id, 'status': r.status}\n"),
    tr("01RfA3", "@consumer('refund.requested')\nasync def handle(evt):\n    refund = await repo.get(evt['refund_id'])\n    psp_result = await psp.refund(refund.charge_ref, refund.amount)\n    refund.mark(psp_result.status)\n    if refund.status == 'succeeded':\n        await ledger.post_refund(refund)\n"),
    t("ok so the outbox thing — is the ledger write happening in the same transaction as the API call or not? that's the part i'm confused about")),
),

R(C, CC(opened("deploy/run.sh"), "what's the difference between `git`... no wait, in bash what's the difference between `$@` and `$*` when quoted, my script uses \"$@\" and I want to know why that's the right one")),

R(C, U("""explain this regex like i'm tired

^(?=.*\\d)(?=.*[a-z])(?=.*[A-Z])(?!.*\\s).{12,64}$""")),

R(C, CC(sel("src/store/cartSlice.ts", 14, 31, """  extraReducers: (builder) => {
    builder
      .addCase(fetchCart.pending, (state) => {
        state.status = 'loading'
      })
      .addCase(fetchCart.fulfilled, (state, action) => {
        state.status = 'idle'
        state.items = action.payload.items
      })
      .addCase(fetchCart.rejected, (state, action) => {
        state.status = 'failed'
        state.error = action.error.message ?? null
      })
  },"""), "we're mutating state here?? i thought redux was immutable. what's going on under the hood")),

R(C, U("""这个 Go 代码里 select 里面放一个 default 分支是什么意思？不是有 bug，就是看不懂为什么要这样写

select {
case ch <- msg:
default:
    metrics.Dropped.Inc()
}""")),

R(C, CC(opened("k8s/web/deployment.yaml"), """We have this in our k8s deployment and nobody on the team can tell me what it does exactly. it's been there since 2023

        lifecycle:
          preStop:
            exec:
              command: ["sh", "-c", "sleep 15"]
      terminationGracePeriodSeconds: 45""")),

R(C,
  U("write a function that flattens nested dicts into dot keys"),
  A("""```python
def flatten(d, parent=""):
    out = {}
    for k, v in d.items():
        key = f"{parent}.{k}" if parent else k
        if isinstance(v, dict) and v:
            out.update(flatten(v, key))
        else:
            out[key] = v
    return out
```"""),
  U("why the `and v` in the isinstance check"),
),

R(C, U("can you sort these invoices by due date then amount desc in js"), A("```js\ninvoices.sort((a, b) => a.dueDate - b.dueDate || b.amount - a.amount);\n```"), CC("Is `Array.prototype.sort` stable in node 20? a teammate said we need lodash sortBy for stability and I'm trying to figure out if that's still true")),

R(C, CC(opened("app/models/subscription.rb"), """there's `after_commit :sync_to_stripe, on: :update, if: :saved_change_to_plan_id?` in here. when exactly does that run relative to the controller returning? before the response or after? just trying to understand ordering""")),

R(C, U("""o que esse `#[derive(Clone, Copy)]` muda na prática? tipo, quando eu passo o struct pra uma função ele copia sozinho? vi isso num PR e fiquei curioso

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Vec2 { pub x: f32, pub y: f32 }""")),

R(C, CC(opened("infra/prod/network/backend.tf"), """walk me through what happens when I type `terraform apply` with this backend config, specifically the locking part

terraform {
  backend "s3" {
    bucket         = "acme-tfstate"
    key            = "prod/network.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks"
    encrypt        = true
  }
}""")),

R(C,
  U(t("<ide_opened_file>The user opened the file src/main/java/com/acme/orders/OrderService.java in the IDE. This may or may not be related to the current task.</ide_opened_file>"),
    t("what does @Transactional(propagation = REQUIRES_NEW) do on that auditLog method, and why would someone put it there")),
),

R(C, U("mutex vs RwLock in rust, when does one actually beat the other? context: our config cache is read like 10k/s and written once a minute, it's an Arc<RwLock<Config>> right now and that's fine, just curious about the tradeoff in general")),

R(C, CC("""Here's the output of EXPLAIN ANALYZE. The query is fast enough (40ms), I just don't understand how to read this thing. what's the Bitmap Heap Scan vs Index Scan bit about

Limit  (cost=1254.33..1254.58 rows=100 width=64) (actual time=38.112..38.140 rows=100 loops=1)
  ->  Sort  (cost=1254.33..1260.12 rows=2316 width=64) (actual time=38.110..38.124 rows=100 loops=1)
        Sort Key: created_at DESC
        Sort Method: top-N heapsort  Memory: 41kB
        ->  Bitmap Heap Scan on events  (cost=52.41..1165.80 rows=2316 width=64) (actual time=1.204..36.551 rows=2290 loops=1)
              Recheck Cond: (account_id = 4411)
              Heap Blocks: exact=1893
              ->  Bitmap Index Scan on events_account_id_idx  (cost=0.00..51.83 rows=2316 width=0) (actual time=0.702..0.702 rows=2290 loops=1)
                    Index Cond: (account_id = 4411)
Planning Time: 0.210 ms
Execution Time: 38.201 ms""")),

R(C, CC(t("how does the plugin loader in this repo find plugins? is it entry points or does it scan a dir"), date="2026-11-27")),

R(C,
  CC("find where we handle the stripe webhook signature"),
  A(t("Searching for the webhook handler."),
    tu("01Wh1", "Grep", {"pattern": "Stripe-Signature|construct_event|constructEvent", "path": ".", "output_mode": "content", "-n": True})),
  U(tr("01Wh1", "src/billing/webhooks.ts:22:  const sig = req.headers['stripe-signature'];\nsrc/billing/webhooks.ts:25:    event = stripe.webhooks.constructEvent(req.rawBody, sig, env.STRIPE_WH_SECRET);\nsrc/server.ts:41:app.use('/billing/webhooks', express.raw({ type: 'application/json' }));")),
  A("It's in `src/billing/webhooks.ts` line 22-25: the handler reads the `stripe-signature` header and passes it to `stripe.webhooks.constructEvent` along with the raw body and the webhook secret. `src/server.ts:41` mounts `express.raw` on that path so the body isn't JSON-parsed first."),
  U("why does it need the raw body specifically? what would break if express.json ran first"),
),

R(C, CC(opened("orm/base.py"), "what is `__slots__` for and why does our base Model class in orm/base.py set it to ()? it's an empty tuple, what's even the point")),

R(C, U("""Ciao, ho questo pezzo di Kotlin e non capisco cosa faccia `by lazy` e `by viewModels()` — sono la stessa cosa? l'app funziona, voglio solo capire

class ProfileFragment : Fragment() {
    private val vm: ProfileViewModel by viewModels()
    private val formatter by lazy { DateTimeFormatter.ofPattern("dd MMM yyyy") }
}""")),

R(C, CC(opened(".github/workflows/preview.yml"), """sorry for dumb q but in this github action what does `needs` + `if: always()` combo do. the cleanup job runs even when tests fail and i want to understand why before I copy it to another repo

jobs:
  test:
    runs-on: ubuntu-latest
    steps: [...]
  cleanup:
    needs: test
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: ./scripts/teardown-preview.sh""")),

R(C,
  U("my pytest run fails with ModuleNotFoundError: No module named 'app' when I run it from the tests dir"),
  A("That's because running from `tests/` puts `tests/` on `sys.path` instead of the project root. Run `pytest` from the repo root, or add `pythonpath = [\".\"]` under `[tool.pytest.ini_options]` in pyproject.toml."),
  U("ok from root it works. out of curiosity how does pytest decide what goes on sys.path, what's rootdir vs the conftest thing"),
),

R(C, CC(sel("lib/queue/consumer.ex", 8, 20, """  def handle_info(:poll, state) do
    {msgs, state} = fetch_batch(state)
    Enum.each(msgs, &GenServer.cast(state.worker, {:process, &1}))
    Process.send_after(self(), :poll, state.interval)
    {:noreply, state}
  end"""), "so this loops forever via send_after? no explicit loop anywhere, how does the process stay alive")),

R(C, CC(opened("package.json"), "in our monorepo root package.json there's `\"workspaces\": [\"packages/*\", \"apps/*\"]` and also a pnpm-workspace.yaml. which one does pnpm actually read? both exist and installs work, just confused")),

R(C, CC(opened("internal/server/server.go"), """what's the purpose of the second `return` here? feels redundant

func (s *Server) Shutdown(ctx context.Context) error {
	s.once.Do(func() { close(s.quit) })
	select {
	case <-s.done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}""")),

R(C, U("Помоги написать Dockerfile для Spring Boot приложения на Java 17"), A("```dockerfile\nFROM eclipse-temurin:17-jre\nCOPY build/libs/app.jar /app.jar\nENTRYPOINT [\"java\", \"-XX:MaxRAMPercentage=75\", \"-jar\", \"/app.jar\"]\n```"), U("Что делает флаг `-XX:+UseContainerSupport` в JVM и включён ли он по умолчанию в Java 17? Просто хочу понять, откуда JVM берёт лимит памяти в поде")),

R(C,
  U("review my PR? https://github.com/acme/web/pull/812 — I changed the retry logic"),
  A("I can't open links directly. Could you paste the diff?"),
  U("""nvm the review is done, Sam approved. but one line he suggested I still don't get:

    await Promise.allSettled(tasks.map(t => limit(() => t())))

what does allSettled give us vs Promise.all here"""),
),

R(C, CC(opened("src/components/DataTable.tsx"), "explain how the virtualization works in this table, like how does it know which rows to render when i scroll")),

R(C, U("""I keep seeing `Span<T>` in our hot paths in the C# code. what does it give over just passing the array with an offset and length?

public static int Checksum(ReadOnlySpan<byte> data) { ... }""")),

R(C, CC(opened("app/main.py"), "whats the lifecycle of a request in this fastapi app from uvicorn to the route function. like which middlewares run in which order. we have CORSMiddleware, our own RequestIdMiddleware and GZip, registered in that order in main.py")),

R(C,
  CC("can you read Makefile and tell me what `make release` does end to end"),
  A(t("Reading the Makefile."), tu("01Mk1", "Read", {"file_path": "Makefile"})),
  U(tr("01Mk1", """VERSION ?= $(shell git describe --tags --abbrev=0)
.PHONY: release build sign publish
release: check-clean build sign publish
check-clean:
\t@git diff --quiet || (echo "dirty tree"; exit 1)
build:
\tGOOS=linux GOARCH=amd64 go build -trimpath -ldflags "-s -w -X main.version=$(VERSION)" -o dist/app-linux-amd64 ./cmd/app
\tGOOS=darwin GOARCH=arm64 go build -trimpath -ldflags "-s -w -X main.version=$(VERSION)" -o dist/app-darwin-arm64 ./cmd/app
sign:
\tcosign sign-blob --yes dist/app-linux-amd64 > dist/app-linux-amd64.sig
publish:
\tgh release create $(VERSION) dist/* --notes-from-tag""")),
  A("`make release` first checks the tree is clean, then builds two binaries (linux/amd64, darwin/arm64) with the version stamped from the latest git tag, signs only the linux one with cosign, and creates a GitHub release uploading everything under dist/."),
  U("what do -trimpath and -s -w do? are those just making it smaller?"),
),

R(C, U("""Tengo esta query en Django y quiero entender cuántas queries hace realmente a la base de datos. No es lenta, solo tengo curiosidad

orders = (Order.objects
          .filter(status="paid")
          .select_related("customer")
          .prefetch_related("items__product"))
for o in orders:
    print(o.customer.name, [i.product.sku for i in o.items.all()])""")),

R(C, CC("where in the linux kernel source is the OOM killer's victim selection? I want to read how oom_score_adj factors in")),

R(C,
  U("our CI fails on the lint step, says `E501 line too long`"),
  A("That's flake8/ruff's line-length rule. Either wrap the line or raise `line-length` in your config. Which linter is the CI running?"),
  U("ruff. fixed it. Different question — our pyproject has `select = [\"E\", \"F\", \"B\", \"UP\"]`, what are B and UP?"),
),

R(C, CC(opened("scripts/deploy.sh"), "what does `set -euo pipefail` do, each letter. it's at the top of all our scripts and I just cargo culted it")),

R(C, CC(sel("src/lib.rs", 40, 52, """pub fn parse<'a>(input: &'a str) -> Result<Token<'a>, ParseError> {
    let (rest, tok) = lex(input)?;
    if !rest.trim().is_empty() {
        return Err(ParseError::Trailing(rest.len()));
    }
    Ok(tok)
}"""), "what's the 'a doing here, why does Token need it")),

R(C, U("""In this Swift code, why is `[weak self]` needed? the closure is stored on the view model, not on self. or is it?

viewModel.onUpdate = { [weak self] state in
    self?.render(state)
}""")),

R(C, U("should we move from rabbit to kafka for the order events?"), A("Given you want replay and multiple independent consumers, Kafka fits better; if it's mostly task queues with per-message acks, RabbitMQ is simpler. What do the consumers look like?"), U("How does Kafka consumer group rebalancing work when I add a pod? we have 12 partitions and 4 consumers, scaling to 6. just want to know what happens, not asking if we should")),

R(C, CC(opened("tsconfig.json"), """this tsconfig has `"moduleResolution": "bundler"` — what's that vs node16? I didn't set it, it came with the vite template""")),

R(C,
  CC("I want to know how `authorize!` decides which policy to use"),
  A(t("Let me look at the helper."), tu("01Pd1", "Grep", {"pattern": "def authorize!", "path": "app", "output_mode": "content", "-n": True, "-A": 12})),
  U(tr("01Pd1", "app/controllers/concerns/authorization.rb:14:  def authorize!(record, action = action_name)\napp/controllers/concerns/authorization.rb-15-    policy = policy_for(record)\napp/controllers/concerns/authorization.rb-16-    raise Forbidden unless policy.public_send(\"#{action}?\")\napp/controllers/concerns/authorization.rb-17-  end\napp/controllers/concerns/authorization.rb-18-\napp/controllers/concerns/authorization.rb-19-  def policy_for(record)\napp/controllers/concerns/authorization.rb-20-    klass = record.is_a?(Class) ? record : record.class\napp/controllers/concerns/authorization.rb-21-    \"#{klass.name}Policy\".constantize.new(current_user, record)\napp/controllers/concerns/authorization.rb-22-  end")),
  A("It builds the policy class name from the record's class: `Invoice` -> `InvoicePolicy`, instantiates it with `current_user` and the record, then calls `<action>?` on it, defaulting to the controller action name."),
  U("so for `Admin::Invoice` it'd look up `Admin::InvoicePolicy`? and what about STI subclasses"),
),

R(C, CC(opened("src/Repository/BaseRepository.php"), "In PHP what's the actual difference between `static::` and `self::`? our base repository uses static::TABLE and I wonder why")),

R(C, U("""I'm reading the numpy source for np.einsum out of curiosity. what is the `optimize` kwarg doing in practice — does it reorder contractions?""")),

R(C, U("""Hey — not a bug report! The output here is right, I just don't understand why the second print shows [1, 2, 3] and not [1]. I'd expect a fresh list each call.

def add(x, acc=[]):
    acc.append(x)
    return acc

add(1); add(2)
print(add(3))""")),

R(C, CC(opened("charts/api/values-prod.yaml"), "what's the effective replica count in prod given HPA min 3 max 20 and replicaCount: 6 in here? who wins")),

R(C, U("이 코드에서 `Arc::clone(&data)`랑 `data.clone()` 차이가 뭐예요? 둘 다 컴파일은 되는데 동료가 앞에 걸로 쓰라고 해서요")),

R(C,
  U("""tests are flaky on CI: test_export_csv sometimes gets 2 rows instead of 3"""),
  A("Likely ordering or a race with the background writer. Can you share the test and the export function?"),
  U("it was the background writer, fixed with an explicit flush. thanks."),
  A("Good to hear. Anything else?"),
  U("actually yes — how does `asyncio.to_thread` differ from `loop.run_in_executor(None, ...)`? the fix used to_thread and I want to understand what I shipped"),
),

R(C, U("write a function that rounds up to the next power of two in C"), A("```c\nuint32_t next_pow2(uint32_t v) {\n    if (v == 0) return 1;\n    v--; v |= v >> 1; v |= v >> 2; v |= v >> 4; v |= v >> 8; v |= v >> 16;\n    return v + 1;\n}\n```"), U("what's this bit-twiddling doing? `(n & (n - 1)) == 0`")),

R(C, U("""Wie funktioniert eigentlich das Zusammenspiel von `@Configuration`, `@Bean` und `@ConditionalOnMissingBean` in Spring Boot? Wir überschreiben in unserem Starter den ObjectMapper und ich will wissen warum unserer gewinnt""")),

R(C, U("""git log shows this commit message: "switch to copy-on-write snapshotting". the diff touches src/snapshot.cc, 400 lines. I don't need a review, it's merged months ago — can you explain what copy-on-write snapshotting means in this context, and what the refcount field in SnapshotPage is for?

struct SnapshotPage {
  std::atomic<uint32_t> refcount;
  uint32_t page_id;
  char data[kPageSize];
};""")),

R(C, CC(opened("accounts/apps.py"), "how do the django signals in accounts/signals.py get registered? there's no import of that file anywhere that I can find but they fire")),

R(C, CC(sel("infra/modules/vpc/main.tf", 30, 41, """resource "aws_subnet" "private" {
  for_each          = { for i, az in var.azs : az => i }
  vpc_id            = aws_vpc.this.id
  availability_zone = each.key
  cidr_block        = cidrsubnet(var.cidr, 4, each.value + 8)
}"""), "cidrsubnet with 4 and +8 — what ranges do these end up as for a /16")),

R(C, U("""I'm onboarding to an Elixir codebase. What's the deal with `use GenServer` vs `@behaviour GenServer`? some modules have one, some the other""")),

R(C,
  CC("run the benchmarks for the parser"),
  A(t("Running them."), tu("01Bn1", "Bash", {"command": "cargo bench -p parser 2>&1 | tail -20"})),
  U(tr("01Bn1", "parse_small            time:   [1.8021 µs 1.8113 µs 1.8219 µs]\nparse_medium           time:   [41.220 µs 41.502 µs 41.811 µs]\n                        change: [-2.1% -0.9% +0.3%] (p = 0.14 > 0.05)\n                        No change in performance detected.\nparse_large            time:   [1.0112 ms 1.0190 ms 1.0279 ms]\nFound 6 outliers among 100 measurements (6.00%)\n  4 (4.00%) high mild\n  2 (2.00%) high severe"),
    t("how do I read the three numbers in brackets, and what's 'high severe' outliers")),
),

R(C, U("can you tell me what `Option<Box<dyn Fn(&str) -> bool + Send + Sync>>` is, piece by piece")),

R(C, U("""bhai ye `useMemo` yaha kyun lagaya hai? value toh simple hai, kya isse kuch faida hai ya bas aise hi?

const fullName = useMemo(() => `${first} ${last}`, [first, last]);""")),

R(C, CC(opened("portal/src/auth/callback.ts"), "trying to understand our auth flow end to end: the SPA gets a code from Keycloak, then calls /api/session... where is the code exchanged for tokens? frontend or backend? repo is the `portal` one")),

R(C, U("""Van een collega gekregen, werkt prima. Wat doet `COALESCE(NULLIF(trim(nickname), ''), first_name)` precies? Ik snap de volgorde niet helemaal""")),

R(C, U("is our event bus ok? it takes `any` everywhere"), A("It works, but `any` loses type safety at every call site; a generic `Publish[T Event](t T)` or per-topic typed channels would catch mismatches at compile time."), U("what's the runtime cost of `interface{}` / `any` in Go when I pass an int? does it allocate")),

R(C,
  U("refactor getUser to use async/await instead of .then chains"),
  A("""```js
async function getUser(id) {
  const res = await fetch(`/api/users/${id}`);
  if (!res.ok) throw new HttpError(res.status);
  const user = await res.json();
  user.avatar ??= defaultAvatar(user);
  return user;
}
```"""),
  U("wait what's ??= do, is that new"),
),

R(C, CC(opened("Dockerfile"), "what exactly does `HEALTHCHECK` in a Dockerfile do on Kubernetes? does kubelet use it?")),

R(C, U("""Bu Scala kodunda `implicit` parametre nereden geliyor? Çağıran yerde hiçbir şey geçirmiyoruz ama derleniyor

def save(u: User)(implicit ec: ExecutionContext): Future[Unit] = ...""")),
R(C, CC(opened("src/ingest/pipeline.py"), """ok so I inherited this ingestion module. nothing's broken, prod has been fine for a year, but I have to own it now and I can't follow the control flow. can you walk me through what happens to one message from `run()` to the db, especially the part with the two queues and the sentinel

```python
import asyncio
import logging
from dataclasses import dataclass, field
from typing import Any

log = logging.getLogger(__name__)
_SENTINEL = object()


@dataclass
class Batch:
    items: list[dict[str, Any]] = field(default_factory=list)
    bytes: int = 0

    def add(self, item: dict[str, Any], size: int) -> None:
        self.items.append(item)
        self.bytes += size


class Pipeline:
    def __init__(self, source, sink, *, max_batch=500, max_bytes=4_000_000,
                 flush_interval=2.0, parsers=4):
        self.source = source
        self.sink = sink
        self.max_batch = max_batch
        self.max_bytes = max_bytes
        self.flush_interval = flush_interval
        self.raw: asyncio.Queue = asyncio.Queue(maxsize=10_000)
        self.parsed: asyncio.Queue = asyncio.Queue(maxsize=10_000)
        self.parsers = parsers

    async def run(self) -> None:
        parser_tasks = [asyncio.create_task(self._parse_loop(i)) for i in range(self.parsers)]
        writer = asyncio.create_task(self._write_loop())
        try:
            async for msg in self.source:
                await self.raw.put(msg)
        finally:
            for _ in parser_tasks:
                await self.raw.put(_SENTINEL)
            await asyncio.gather(*parser_tasks)
            await self.parsed.put(_SENTINEL)
            await writer

    async def _parse_loop(self, n: int) -> None:
        while True:
            msg = await self.raw.get()
            if msg is _SENTINEL:
                return
            try:
                rec = decode(msg.body)
            except DecodeError:
                log.warning("parser %d: bad message %s", n, msg.id)
                await msg.nack(requeue=False)
                continue
            await self.parsed.put((msg, rec, len(msg.body)))

    async def _write_loop(self) -> None:
        batch, acks = Batch(), []
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.flush_interval
        while True:
            timeout = max(0.0, deadline - loop.time())
            try:
                item = await asyncio.wait_for(self.parsed.get(), timeout)
            except asyncio.TimeoutError:
                item = None
            if item is _SENTINEL:
                await self._flush(batch, acks)
                return
            if item is not None:
                msg, rec, size = item
                batch.add(rec, size)
                acks.append(msg)
            if (len(batch.items) >= self.max_batch or batch.bytes >= self.max_bytes
                    or loop.time() >= deadline):
                await self._flush(batch, acks)
                batch, acks = Batch(), []
                deadline = loop.time() + self.flush_interval

    async def _flush(self, batch: Batch, acks: list) -> None:
        if not batch.items:
            return
        await self.sink.insert_many(batch.items)
        for m in acks:
            await m.ack()
```""")),

R(C, U("""Pregunta conceptual, no hay nada roto: en este código de Go, ¿por qué el contexto se pasa como primer argumento en todas las funciones y no se guarda en el struct? Lo he visto en todos los proyectos y nadie me sabe explicar el motivo

type Service struct { db *sql.DB }
func (s *Service) GetUser(ctx context.Context, id int64) (*User, error) {
    return s.queryUser(ctx, id)
}""")),

R(C, U("""这段 TypeScript 类型是什么意思？看了半天没看懂，不是报错，只是想理解

type DeepPartial<T> = T extends object ? { [K in keyof T]?: DeepPartial<T[K]> } : T;""")),

R(C, U("""Szybkie pytanie: co dokładnie robi `ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name` w Postgresie? Co to jest EXCLUDED? Zapytanie działa, po prostu chcę to zrozumieć""")),
]
