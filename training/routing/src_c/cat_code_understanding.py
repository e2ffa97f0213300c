"""code_understanding: explain existing code, libraries, APIs, language features, how a flow
works, where something is handled.  Nothing is broken and no verdict is asked for -- the user
wants to know how or why something works."""
from common import (A, Bash, Edit, Err, Glob, Grep, INTERRUPTED, OPEN, Read, REJECTED, REM, REM_MD, Res, SEL,
                    TODO_EMPTY, Tool, U, Write, edited, ex, lines)

C = "code_understanding"
EXAMPLES = []

# 1 ruby squiggly heredoc
EXAMPLES.append(ex(C, "what's <<~ in ruby"))

# 2 tool loop: where is refund webhook handled
EXAMPLES.append(ex(C,
    U(REM(), "where do we handle stripe webhooks"),
    A(Grep("charge\\.refunded|webhook", "app/", "files_with_matches")),
    U(Res('''app/controllers/webhooks/stripe_controller.rb
app/jobs/stripe_event_job.rb
app/services/billing/event_router.rb
config/routes.rb''')),
    A("Stripe webhooks enter through `Webhooks::StripeController`, are queued as `StripeEventJob`, and are dispatched by `Billing::EventRouter`."),
    U("so where does a refund actually end up? like which class changes the order state"),
))

# 3 walk me through session.commit
EXAMPLES.append(ex(C, "walk me through what actually happens when I call session.commit() in sqlalchemy 2.0 with autoflush on and a couple of dirty objects. like step by step, what SQL goes out and when"))

# 4 curiosity about chained tracebacks (not a bug)
EXAMPLES.append(ex(C, '''not a bug, everything works, just curious: why does python sometimes print two tracebacks glued together with "During handling of the above exception, another exception occurred"? and how is that different from "The above exception was the direct cause of the following exception"'''))

# 5 explain this regex
EXAMPLES.append(ex(C,
    U(REM(), "find the regex the log parser uses"),
    A(Grep("re\\.compile", "logparse/", "content", **{"-n": True})),
    U(Res(r'''logparse/line.py:9:LINE = re.compile(r"^(?<ts>\d{4}-\d{2}-\d{2}T[\d:.]+Z)\s+(?<lvl>[A-Z]+)\s+\[(?<svc>[^\]]+)\]\s+(?:(?<trace>[0-9a-f]{32})\s+)?(?<msg>.*?)(?:\s+\{(?<kv>.*)\})?$")''')),
    A("The parser compiles a single pattern, `LINE`, in `logparse/line.py`."),
    U("explain it piece by piece, nobody remembers writing it and I need to add a field"),
))

# 6 why does this work (hoisting)
EXAMPLES.append(ex(C, '''why does this work?? I'd expect a ReferenceError on the first line

```js
greet("sam");

function greet(name) {
  console.log(`hi ${name}, you have ${count} messages`);
}

var count = 3;
```

it prints "hi sam, you have undefined messages" which is even weirder'''))

# 7 rust ? operator
EXAMPLES.append(ex(C, '''what does `?` do here, and how does it turn an io::Error into my own error type?

```rust
fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = fs::read_to_string(path)?;
    let cfg: Config = toml::from_str(&text)?;
    Ok(cfg)
}
```'''))

# 8 tool loop: how auth token gets from login to api client
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/pages/Login.tsx"), "show me the login page and the api client"),
    A(Read("src/pages/Login.tsx"), Read("src/lib/api.ts")),
    U(Res(lines('''export default function Login() {
  const { setSession } = useAuth();
  async function onSubmit(v: Creds) {
    const { token, refresh } = await authApi.login(v);
    setSession({ token, refresh });
    navigate('/');
  }
  return <LoginForm onSubmit={onSubmit} />;
}''')), Res(lines('''const api = axios.create({ baseURL: import.meta.env.VITE_API });

api.interceptors.request.use((cfg) => {
  const s = sessionStore.get();
  if (s?.token) cfg.headers.Authorization = `Bearer ${s.token}`;
  return cfg;
});

api.interceptors.response.use(undefined, refreshOn401(api));
export default api;'''))),
    A("Both files are loaded: `Login.tsx` calls `authApi.login` and stores the result through `useAuth().setSession`; `api.ts` reads `sessionStore` in a request interceptor."),
    U("ok so how does the token actually get from setSession into sessionStore? they look like two different things"),
))

# 9 go pointer method on value
EXAMPLES.append(ex(C, '''why does the compiler let me call a pointer-receiver method on a plain value here, but then complains when I put the same value in an interface?

```go
type Counter struct{ n int }
func (c *Counter) Inc() { c.n++ }

type Incer interface{ Inc() }

func main() {
	var c Counter
	c.Inc()          // fine
	var i Incer = c  // error: Counter does not implement Incer (method Inc has pointer receiver)
	_ = i
}
```'''))

# 10 useMemo vs useCallback in this component
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/components/OrderList.tsx"), "show me OrderList"),
    A(Read("src/components/OrderList.tsx")),
    U(Res(lines('''export function OrderList({ rows }: { rows: Order[] }) {
  const [selected, setSelected] = useState<string | null>(null);
  const sorted = useMemo(() => [...rows].sort(byDate), [rows]);
  const onPick = useCallback((id: string) => setSelected(id), []);

  return (
    <ul>
      {sorted.map((r) => (
        <OrderItem key={r.id} order={r} active={r.id === selected} onPick={onPick} />
      ))}
    </ul>
  );
}'''))),
    A("`OrderList` sorts the orders by date, tracks the selected one, and renders an `OrderItem` per order."),
    U("what's the difference between the useMemo and the useCallback here? they look like they do the same thing to me"),
))

# 11 SQL window function
EXAMPLES.append(ex(C,
    U(REM(), "open the signups dashboard query"),
    A(Read("/repo/dashboards/sql/signups_trend.sql")),
    U(Res(lines('''SELECT day,
       signups,
       AVG(signups) OVER (ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS avg_7d,
       signups - LAG(signups, 7) OVER (ORDER BY day) AS wow_delta
FROM daily_signups
ORDER BY day;'''))),
    A("It selects daily signups from `daily_signups` along with two window-function columns."),
    U("what do those two window functions compute exactly? especially the ROWS BETWEEN part, and what happens on the first few days"),
))

# 12 bash parameter expansion
EXAMPLES.append(ex(C, 'what the hell is `${f##*/}` and `${f%.*}` in this script\n\n```bash\nfor f in "$SRC"/*.mov; do\n  name="${f##*/}"\n  ffmpeg -i "$f" "$OUT/${name%.*}.mp4"\ndone\n```'))

# 13 k8s initContainer (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "cat the search statefulset"),
    A(Read("/repo/deploy/k8s/search/statefulset.yaml")),
    U(Res(lines('''apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: search
spec:
  serviceName: search
  replicas: 3
  template:
    spec:
      initContainers:
        - name: sysctl
          image: busybox:1.36
          command: ["sh", "-c", "sysctl -w vm.max_map_count=262144"]
          securityContext:
            privileged: true
        - name: fix-perms
          image: busybox:1.36
          command: ["sh", "-c", "chown -R 1000:1000 /usr/share/opensearch/data"]
          volumeMounts:
            - name: data
              mountPath: /usr/share/opensearch/data
      containers:
        - name: opensearch
          image: opensearchproject/opensearch:2.17.0
  volumeClaimTemplates:
    - metadata:
        name: data
      spec:
        accessModes: ["ReadWriteOnce"]
        resources:
          requests:
            storage: 100Gi'''))),
    A("It's a 3-replica OpenSearch StatefulSet with two init containers and a 100Gi volume per pod."),
    U("what do those two init containers actually do and why do they need to run before opensearch starts?"),
))

# 14 terraform count.index vs for_each
EXAMPLES.append(ex(C,
    U(REM(), "show me modules/network/main.tf"),
    A(Read("modules/network/main.tf")),
    U(Res(lines('''resource "aws_vpc" "main" {
  cidr_block = var.cidr
}

resource "aws_subnet" "private" {
  count             = length(var.azs)
  vpc_id            = aws_vpc.main.id
  availability_zone = var.azs[count.index]
  cidr_block        = cidrsubnet(var.cidr, 4, count.index)
}

resource "aws_route_table" "private" {
  for_each = toset(var.azs)
  vpc_id   = aws_vpc.main.id
  tags     = { Name = "private-${each.key}" }
}'''))),
    A("The module creates a VPC, one private subnet per AZ using `count`, and one route table per AZ using `for_each`."),
    U("why would someone use count for one and for_each for the other? what's the practical difference in how terraform tracks them"),
))

# 15 gha when does it run
EXAMPLES.append(ex(C,
    U(REM(), "cat .github/workflows/ci.yml"),
    A(Read(".github/workflows/ci.yml", limit=20)),
    U(Res(lines('''name: ci
on:
  push:
    branches: [main, 'release/**']
    paths-ignore: ['docs/**', '**.md']
  pull_request:
    paths: ['src/**', 'package.json']
  workflow_dispatch:
jobs:
  test:
    runs-on: ubuntu-latest'''))),
    A("CI runs on pushes to `main` and `release/**` (ignoring docs and markdown), on pull requests touching `src/` or `package.json`, and on manual dispatch."),
    U("so when exactly does it run? I pushed a docs change to a feature branch with an open PR and nothing happened, then a src change and it did. not saying it's wrong, trying to understand the rules"),
))

# 16 es decorador
EXAMPLES.append(ex(C, '''¿qué hace exactamente este decorador? lo veo en todas las vistas del proyecto

```python
def tenant_scoped(view):
    @wraps(view)
    def inner(request, *args, **kwargs):
        tenant = Tenant.objects.get(slug=request.headers["X-Tenant"])
        with tenant_context(tenant):
            request.tenant = tenant
            return view(request, *args, **kwargs)
    return inner
```'''))

# 17 de middleware chain (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), OPEN("cmd/api/main.go"), "zeig mir, wo die Middlewares registriert werden"),
    A(Grep("\\.Use\\(|Handle\\(", "cmd/api/main.go", "content", **{"-n": True})),
    U(Res('''cmd/api/main.go:41:	r.Use(middleware.RequestID)
cmd/api/main.go:42:	r.Use(middleware.RealIP)
cmd/api/main.go:43:	r.Use(logging.Middleware(logger))
cmd/api/main.go:44:	r.Use(middleware.Recoverer)
cmd/api/main.go:45:	r.Use(auth.Middleware(verifier))
cmd/api/main.go:52:	r.Route("/admin", func(r chi.Router) {
cmd/api/main.go:53:		r.Use(auth.RequireRole("admin"))
cmd/api/main.go:54:		r.Handle("/metrics", promhttp.Handler())''')),
    A("Die globalen Middlewares stehen in `cmd/api/main.go` Zeilen 41–45, und die `/admin`-Routen bekommen zusätzlich `auth.RequireRole(\"admin\")`."),
    U("Kannst du mir erklären, in welcher Reihenfolge ein Request durch die Kette läuft? Und was passiert, wenn im Handler eine panic kommt — sieht der Logger die noch?"),
))

# 18 fr Arc<Mutex> vs RwLock
EXAMPLES.append(ex(C, '''c'est quoi concrètement la différence entre `Arc<Mutex<HashMap<..>>>` et `Arc<RwLock<HashMap<..>>>` dans ce code ? les deux compilent

```rust
struct AppState {
    sessions: Arc<RwLock<HashMap<Uuid, Session>>>,
    metrics: Arc<Mutex<Metrics>>,
}
```'''))

# 19 zh LATERAL
EXAMPLES.append(ex(C, '''这段 SQL 里的 LATERAL 是什么意思？去掉会怎样？

```sql
SELECT u.id, u.name, recent.title, recent.created_at
FROM users u
CROSS JOIN LATERAL (
  SELECT p.title, p.created_at
  FROM posts p
  WHERE p.user_id = u.id
  ORDER BY p.created_at DESC
  LIMIT 3
) AS recent;
```'''))

# 20 ja yield
EXAMPLES.append(ex(C, '''このコードの `yield` はどういう動きをしてるの？ `return` と何が違う？

```python
def read_chunks(path, size=1024 * 1024):
    with open(path, "rb") as f:
        while chunk := f.read(size):
            yield chunk

for c in read_chunks("dump.bin"):
    h.update(c)
```'''))

# 21 ko @Transactional where applied (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "OrderService 열어줘"),
    A(Read("/app/src/main/java/shop/order/OrderService.java")),
    U(Res(lines('''@Service
@RequiredArgsConstructor
public class OrderService {
    private final OrderRepository orders;
    private final StockService stock;

    @Transactional
    public Order place(PlaceOrder cmd) {
        Order o = orders.save(Order.from(cmd));
        reserveAll(o);
        return o;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void reserveAll(Order o) {
        o.getLines().forEach(l -> stock.reserve(l.getSku(), l.getQty()));
    }
}'''))),
    A("`OrderService`의 `place`는 `@Transactional`, `reserveAll`은 `REQUIRES_NEW`로 선언되어 있습니다."),
    U("근데 place 안에서 reserveAll을 부르면 REQUIRES_NEW가 진짜 새 트랜잭션을 여는 거예요? 트랜잭션이 실제로 어디서 시작되고 끝나는지 설명해줘"),
))

# 22 ru Makefile $(@D)
EXAMPLES.append(ex(C, '''что делает эта строчка в Makefile? особенно `$(@D)` и `$<`

```make
build/%.o: src/%.c
	@mkdir -p $(@D)
	$(CC) $(CFLAGS) -c $< -o $@
```'''))

# 23 pt reducer
EXAMPLES.append(ex(C, '''como funciona esse reducer? não entendi de onde vem o `draft` nem por que dá pra "mutar" ele

```ts
const cartSlice = createSlice({
  name: 'cart',
  initialState: { items: [] as Item[] },
  reducers: {
    add(draft, action: PayloadAction<Item>) {
      const existing = draft.items.find(i => i.id === action.payload.id);
      if (existing) existing.qty += 1;
      else draft.items.push({ ...action.payload, qty: 1 });
    },
  },
});
```'''))

# 24 it tokio select!
EXAMPLES.append(ex(C, '''cosa fa `select!` qui? e cosa succede al ramo che "perde"?

```rust
loop {
    tokio::select! {
        Some(msg) = rx.recv() => handle(msg).await,
        _ = shutdown.changed() => break,
        _ = tokio::time::sleep(Duration::from_secs(30)) => send_heartbeat().await,
    }
}
```'''))

# 25 pl tenant resolution (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "pokaż mi jak jest skonfigurowany DbContext"),
    A(Grep("TenantId|ITenantProvider", "src/", "content", **{"-n": True})),
    U(Res('''src/Data/AppDbContext.cs:18:    private readonly ITenantProvider _tenants;
src/Data/AppDbContext.cs:31:        modelBuilder.Entity<Invoice>().HasQueryFilter(i => i.TenantId == _tenants.CurrentId);
src/Data/AppDbContext.cs:32:        modelBuilder.Entity<Customer>().HasQueryFilter(c => c.TenantId == _tenants.CurrentId);
src/Web/HostTenantProvider.cs:9:public class HostTenantProvider : ITenantProvider
src/Web/HostTenantProvider.cs:14:    public Guid CurrentId => _cache.GetOrAdd(_http.HttpContext!.Request.Host.Host, Resolve);
src/Web/Program.cs:27:builder.Services.AddScoped<ITenantProvider, HostTenantProvider>();''')),
    A("`AppDbContext` ma globalne filtry zapytań na `Invoice` i `Customer` oparte na `_tenants.CurrentId`; `HostTenantProvider` jest zarejestrowany jako scoped."),
    U("ok, ale skąd ten kod w ogóle wie, którego tenanta użyć przy danym requeście? prześledź mi to krok po kroku"),
))

# 26 tr Kleisli
EXAMPLES.append(ex(C, '''bu kodda `Kleisli` ne işe yarıyor? neden düz fonksiyon kullanılmamış

```scala
val loadUser: Kleisli[IO, UserId, User] = Kleisli(id => repo.find(id))
val loadPerms: Kleisli[IO, User, Perms] = Kleisli(u => perms.forRole(u.role))
val authorize = loadUser andThen loadPerms
```'''))

# 27 hinglish __slots__
EXAMPLES.append(ex(C, '''ye `__slots__` kya karta hai exactly? hamare codebase mein har model class mein laga hua hai

```python
class Point:
    __slots__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
```'''))

# 28 vi defer order
EXAMPLES.append(ex(C, '''đoạn này các `defer` chạy theo thứ tự nào vậy? và `recover()` bắt được panic từ đâu?

```go
func process() (err error) {
	defer fmt.Println("closing")
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f, _ := os.Open("in.txt")
	defer f.Close()
	parse(f) // có thể panic
	return nil
}
```'''))

# 29 nl phoenix routing (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "laat de router zien"),
    A(Read("/code/bieb/lib/bieb_web/router.ex")),
    U(Res(lines('''defmodule BiebWeb.Router do
  use BiebWeb, :router

  pipeline :browser do
    plug :accepts, ["html"]
    plug :fetch_session
    plug :fetch_live_flash
    plug :protect_from_forgery
  end

  pipeline :api do
    plug :accepts, ["json"]
    plug BiebWeb.Plugs.ApiKey
  end

  scope "/", BiebWeb do
    pipe_through :browser
    live "/boeken", BookLive.Index, :index
    get "/", PageController, :home
  end

  scope "/api", BiebWeb.Api do
    pipe_through :api
    resources "/boeken", BookController, only: [:index, :show]
  end
end'''))),
    A("De router heeft een `:browser`- en een `:api`-pipeline en twee scopes: `/` voor LiveView en HTML, `/api` voor de JSON-controllers."),
    U("hoe weet Phoenix bij GET /api/boeken/12 welke functie hij moet aanroepen? en waar komt die 12 dan terecht?"),
))

# 30 multi-turn: debugging earlier, then unrelated repr(C)
EXAMPLES.append(ex(C,
    "segfault when I pass this struct to the C lib via ffi, fields come out garbled",
    "Rust doesn't guarantee field order or padding for a plain `struct`, so the C side reads the wrong offsets. Add `#[repr(C)]` to the struct (and to any nested structs passed across the boundary) so the layout matches C's.",
    "yep that fixed it. unrelated but what does #[repr(C)] actually change in memory? like if I had u8, u32, u8 what would rust do vs C"))

# 31 follow-up: "and for the other endpoint?"
EXAMPLES.append(ex(C,
    U(REM(), "explain what happens when someone calls POST /invoices, start from the router"),
    A(Read("/srv/ledger/src/routes/invoices.ts")),
    U(Res(lines('''router.post('/', requireAuth, validate(CreateInvoice), async (req, res) => {
  const inv = await invoices.create(req.user.orgId, req.body);
  await outbox.enqueue('invoice.created', { id: inv.id });
  res.status(201).json(inv);
});

router.post('/:id/send', requireAuth, loadInvoice, async (req, res) => {
  if (req.invoice.status !== 'draft') return res.status(409).end();
  const pdf = await renderPdf(req.invoice);
  await mailer.send(req.invoice.customerEmail, pdf);
  await invoices.markSent(req.invoice.id);
  res.status(202).end();
});'''))),
    A("`POST /invoices` runs `requireAuth`, validates the body against `CreateInvoice`, creates the invoice scoped to the caller's org, puts an `invoice.created` event in the outbox (a separate worker publishes it), and returns 201 with the invoice."),
    U("and for the other endpoint?"),
))

# 32 same but for the kotlin version
EXAMPLES.append(ex(C,
    '''how does this java builder make the object immutable?

```java
public final class Request {
    private final String url; private final Map<String,String> headers;
    private Request(Builder b) { this.url = b.url; this.headers = Map.copyOf(b.headers); }
    public static class Builder {
        private String url; private final Map<String,String> headers = new HashMap<>();
        public Builder url(String u) { this.url = u; return this; }
        public Builder header(String k, String v) { headers.put(k, v); return this; }
        public Request build() { return new Request(this); }
    }
}
```''',
    "Three things: the fields are `private final`, so they're assigned once in the constructor; the constructor is private, so the only way in is `Builder.build()`; and `Map.copyOf` takes an unmodifiable snapshot of the builder's map, so later `header()` calls on the builder (or anyone holding the builder's map) can't change a built `Request`.",
    '''same question for the kotlin version we have in the android app

```kotlin
data class Request(val url: String, val headers: Map<String, String> = emptyMap())
```'''))

# 33 tool loop: git log why sleep was added
EXAMPLES.append(ex(C,
    U(REM(), OPEN("worker/poller.py"), "who added the sleep(0.5) in the poll loop"),
    A(Bash("git log -L '/time.sleep(0.5)/,+1:worker/poller.py' --format='%h %an %ad %s' --date=short | head -30", "Trace history of the sleep line")),
    U(Res('''c04e7a1 Tomasz W 2024-02-19 throttle polling, see INC-2291

diff --git a/worker/poller.py b/worker/poller.py
--- a/worker/poller.py
+++ b/worker/poller.py
@@ -33,0 +34,1 @@
+        time.sleep(0.5)  # don't hammer pg, INC-2291''')),
    A("Tomasz W added it in `c04e7a1` (2024-02-19), commit message \"throttle polling, see INC-2291\"."),
    U("right but why? what does the loop look like around it and what would happen without it"),
))

# 34 C volatile in ISR
EXAMPLES.append(ex(C, '''what does `volatile` buy us here? the firmware guy says it's needed but couldn't say why

```c
static volatile uint8_t rx_ready = 0;
static uint8_t rx_byte;

void USART1_IRQHandler(void) {
    rx_byte = USART1->DR;
    rx_ready = 1;
}

int main(void) {
    init_uart();
    for (;;) {
        while (!rx_ready) {}
        rx_ready = 0;
        handle(rx_byte);
    }
}
```'''))

# 35 C++ std::launder
EXAMPLES.append(ex(C, "what's std::launder and why does this placement-new code in our allocator call it? `return std::launder(reinterpret_cast<T*>(&storage_));`"))

# 36 C# ConfigureAwait
EXAMPLES.append(ex(C,
    U(REM(), "show me how the SDK's OrdersClient fetches an order"),
    A(Grep("GetOrderAsync", "src/Acme.Sdk", "content", **{"-n": True, "-A": 6})),
    U(Res('''src/Acme.Sdk/OrdersClient.cs:31:    public async Task<Order> GetOrderAsync(string id, CancellationToken ct = default)
src/Acme.Sdk/OrdersClient.cs-32-    {
src/Acme.Sdk/OrdersClient.cs-33-        using var resp = await _http.GetAsync($"orders/{id}", ct).ConfigureAwait(false);
src/Acme.Sdk/OrdersClient.cs-34-        resp.EnsureSuccessStatusCode();
src/Acme.Sdk/OrdersClient.cs-35-        return await resp.Content.ReadFromJsonAsync<Order>(cancellationToken: ct).ConfigureAwait(false);
src/Acme.Sdk/OrdersClient.cs-36-    }''')),
    A("`GetOrderAsync` GETs `orders/{id}`, throws on a non-success status, and deserializes the body into an `Order`."),
    U("what does ConfigureAwait(false) actually do there? every await in the SDK has it and nobody on the team can tell me why"),
))

# 37 swift @escaping (ide selection)
EXAMPLES.append(ex(C,
    U(REM(), SEL("Sources/Net/Client.swift", 22, 30, '''func fetch(_ req: URLRequest, completion: @escaping (Result<Data, Error>) -> Void) {
    session.dataTask(with: req) { data, _, error in
        if let error { completion(.failure(error)); return }
        completion(.success(data ?? Data()))
    }.resume()
}'''), "what's @escaping doing on that parameter? when I remove it the compiler complains about the closure inside dataTask"),
))

# 38 elixir with/else
EXAMPLES.append(ex(C, '''how does the `with` here fall through to the else? like if `Accounts.get_user` returns nil what happens

```elixir
with %User{} = user <- Accounts.get_user(id),
     :ok <- Policy.authorize(current, :edit, user),
     {:ok, user} <- Accounts.update_user(user, params) do
  json(conn, user)
else
  nil -> send_resp(conn, 404, "")
  {:error, :forbidden} -> send_resp(conn, 403, "")
  {:error, %Ecto.Changeset{} = cs} -> render_errors(conn, cs)
end
```'''))

# 39 tool loop: spring two beans, which injected
EXAMPLES.append(ex(C,
    U(REM(), "find implementations of PaymentGateway"),
    A(Grep("implements PaymentGateway|@Primary|@Qualifier", "src/main/java", "content", **{"-n": True})),
    U(Res('''src/main/java/pay/stripe/StripeGateway.java:14:@Primary
src/main/java/pay/stripe/StripeGateway.java:16:public class StripeGateway implements PaymentGateway {
src/main/java/pay/adyen/AdyenGateway.java:12:public class AdyenGateway implements PaymentGateway {
src/main/java/pay/checkout/CheckoutService.java:22:    public CheckoutService(PaymentGateway gateway, @Qualifier("adyenGateway") PaymentGateway eu) {''')),
    A("Two implementations: `StripeGateway` (marked `@Primary`) and `AdyenGateway`. `CheckoutService` takes two `PaymentGateway` constructor parameters, one with `@Qualifier(\"adyenGateway\")`."),
    U("how does spring decide which one goes into which parameter? nothing is broken, I just want to understand the rules before I add a third one"),
))

# 40 php ??=
EXAMPLES.append(ex(C, "what's the `??=` operator in php, saw `$this->cache[$key] ??= $this->load($key);` and google isn't helping with symbols"))

# 41 ruby method_missing find_by_*
EXAMPLES.append(ex(C,
    U(REM(), "where is find_by_email_and_status defined? the import job calls it"),
    A(Grep("def (self\\.)?find_by_email_and_status", ".", "files_with_matches")),
    U(Res("No files found")),
    A("There's no explicit definition. Let me look at the model the import job calls it on.",
      Read("app/models/legacy_record.rb")),
    U(Res(lines('''# Base class for tables imported from the old Access database.
# Do not add new models on top of this.
class LegacyRecord
  class << self
    attr_accessor :table_name, :columns

    def connection
      @connection ||= LegacyDb.connect(ENV.fetch("LEGACY_DB_URL"))
    end

    def where(conditions)
      sql = "SELECT * FROM #{table_name} WHERE " +
            conditions.keys.map { |k| "#{k} = ?" }.join(" AND ")
      connection.execute(sql, conditions.values).map { |row| new(row) }
    end

    def all
      connection.execute("SELECT * FROM #{table_name}").map { |row| new(row) }
    end

    def method_missing(name, *args)
      if name.to_s.start_with?("find_by_")
        attrs = name.to_s.delete_prefix("find_by_").split("_and_")
        raise ArgumentError, "expected #{attrs.size} args" unless attrs.size == args.size
        where(attrs.zip(args).to_h).first
      elsif name.to_s.start_with?("find_all_by_")
        attrs = name.to_s.delete_prefix("find_all_by_").split("_and_")
        where(attrs.zip(args).to_h)
      else
        super
      end
    end

    def respond_to_missing?(name, include_private = false)
      name.to_s.start_with?("find_by_", "find_all_by_") || super
    end
  end

  def initialize(row)
    @attributes = row.transform_keys(&:to_s)
  end

  def [](key)
    @attributes[key.to_s]
  end

  def method_missing(name, *args)
    key = name.to_s
    return @attributes[key] if @attributes.key?(key) && args.empty?
    super
  end

  def respond_to_missing?(name, include_private = false)
    @attributes.key?(name.to_s) || super
  end
end

class LegacyCustomer < LegacyRecord
  self.table_name = "tblKunden"
end

class LegacyOrder < LegacyRecord
  self.table_name = "tblAuftraege"
end'''))),
    A("`LegacyRecord` defines no `find_by_*` methods directly; it overrides `method_missing` at both class and instance level."),
    U("ok so walk me through what actually happens when the import job calls LegacyCustomer.find_by_email_and_status('a@b.de', 'active') and then customer.email on the result. both levels please, and why respond_to_missing? is there"),
))

# 42 TS infer
EXAMPLES.append(ex(C, '''can someone explain what `infer` is doing in this type, I can read it but I can't *read* it

```ts
type Unwrap<T> = T extends Promise<infer U> ? Unwrap<U> : T;
type Handler<T> = T extends (req: infer R, ...rest: any[]) => any ? R : never;
```'''))

# 43 python mutable default explanation (pure understanding)
EXAMPLES.append(ex(C, '''I keep reading "mutable default args are evaluated once". what does that mean mechanically? like where is the list stored between calls? `def f(x, seen=[])`'''))

# 44 tool loop: layers of retries
EXAMPLES.append(ex(C,
    U(REM(), "grep for retry in the whole repo, just want to see it"),
    A(Grep("retr(y|ies)", ".", "content", **{"-n": True, "-i": True, "head_limit": 20})),
    U(Res('''clients/http.py:14:    retries = Retry(total=3, backoff_factor=0.5, status_forcelist=[502, 503, 504])
clients/http.py:15:    session.mount("https://", HTTPAdapter(max_retries=retries))
services/orders.py:41:@retry(stop=stop_after_attempt(5), wait=wait_exponential(multiplier=1, max=30))
services/orders.py:42:def submit_order(order):
services/orders.py:47:    return inventory_client.reserve(order)
db/session.py:22:engine = create_engine(DSN, pool_pre_ping=True, connect_args={"options": "-c statement_timeout=5000"})
db/session.py:30:def with_db_retry(fn, attempts=3):
workers/celery_app.py:9:app.conf.task_default_retry_delay = 10
workers/tasks.py:18:@app.task(bind=True, autoretry_for=(Exception,), max_retries=4)
workers/tasks.py:19:def process_order(self, order_id):
workers/tasks.py:23:    submit_order(order)''')),
    A("Retries appear in `clients/http.py` (urllib3 `Retry`), `services/orders.py` (tenacity), `db/session.py` (`with_db_retry`) and `workers/tasks.py` (Celery `autoretry_for`)."),
    U("so worst case, how many times can one order actually hit the inventory service? walk me through how these stack"),
))

# 45 tool loop: 30 second version of module
EXAMPLES.append(ex(C,
    U(REM(), OPEN("pkg/scheduler/scheduler.go"), "read pkg/scheduler/scheduler.go"),
    A(Read("pkg/scheduler/scheduler.go", limit=80)),
    U(Res(lines('''// Package scheduler assigns queued builds to runners.
package scheduler

type Scheduler struct {
	queue   *pq.PriorityQueue[*Build]
	runners map[string]*Runner
	leases  *lease.Table
	clock   clock.Clock
	events  chan Event
}

func (s *Scheduler) Run(ctx context.Context) error {
	t := s.clock.Ticker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case ev := <-s.events:
			s.apply(ev)
		case <-t.C:
			s.expireLeases()
			s.assign()
		}
	}
}

func (s *Scheduler) assign() {
	for s.queue.Len() > 0 {
		b := s.queue.Peek()
		r := s.pickRunner(b.Labels)
		if r == nil {
			return
		}
		s.queue.Pop()
		s.leases.Grant(r.ID, b.ID, 2*time.Minute)
		r.Send(Assign{Build: b})
	}
}''', 1))),
    A("I've read the first 80 lines of `scheduler.go`."),
    U("give me the 30 second version of what this thing is responsible for. I'm new on the team and it's my first ticket"),
))

# 46 where is the rate limit configured (tool loop)
EXAMPLES.append(ex(C,
    U(REM(), "where is the rate limit configured? like the number"),
    A(Grep("rate.?limit|RATE_LIMIT|limiter", ".", "files_with_matches", **{"-i": True})),
    U(Res('''gateway/nginx.conf
gateway/lua/limit.lua
api/app/middleware/throttle.py
helm/api/values.yaml
helm/api/values-prod.yaml''')),
    A("Rate-limit code and config show up in five places: the nginx gateway (`nginx.conf` and `lua/limit.lua`), the API's `throttle.py` middleware, and the Helm values for the API."),
    U("there are two limiters?? which one kicks in first for a request coming from the mobile app"),
))

# 47 pydantic v2 nested copy
EXAMPLES.append(ex(C, '''how does pydantic v2 validate this nested model — does it copy the dicts I pass in or keep references? if I mutate `payload["items"][0]` afterwards does `order.items[0]` change?

```python
class Item(BaseModel):
    sku: str
    qty: int

class Order(BaseModel):
    id: int
    items: list[Item]

order = Order.model_validate(payload)
```'''))

# 48 stripe capture_method manual
EXAMPLES.append(ex(C, '''what does capture_method="manual" mean for the flow here? when is the customer actually charged?

```python
intent = stripe.PaymentIntent.create(
    amount=total_cents,
    currency="eur",
    customer=cust_id,
    capture_method="manual",
    payment_method=pm_id,
    confirm=True,
)
# ... later, in the fulfillment worker:
stripe.PaymentIntent.capture(intent_id, amount_to_capture=shipped_cents)
```'''))

# 49 numpy broadcasting
EXAMPLES.append(ex(C,
    U(REM(), SEL("analysis/pricing_grid.py", 30, 33, '''a = np.array(base_prices)        # shape (3,)
b = np.array(multipliers)        # shape (4,)
grid = a[:, None] * b'''), "run the pricing grid script"),
    A(Bash("python analysis/pricing_grid.py --print-shape", "Run the pricing grid script")),
    U(Res('''grid shape: (3, 4)
[[ 10.  20.  30.  40.]
 [ 20.  40.  60.  80.]
 [ 30.  60.  90. 120.]]''')),
    A("The script produces a 3×4 grid: each row is one base price multiplied by every multiplier."),
    U("how does that one line produce a (3, 4) array though? a is (3,) and b is (4,). what is [:, None] doing"),
))

# 50 regex lookbehind
EXAMPLES.append(ex(C, r'''what are the `(?<=` and `(?<!` bits in this? it's supposed to grab prices but not ones in a "was" strikethrough

```python
re.findall(r"(?<!was )(?<=€)\d+(?:[.,]\d{2})?", text)
```'''))

# 51 does await block other requests
EXAMPLES.append(ex(C, '''does the `await` here block other requests to the server while it waits? coming from django, fastapi mental model is confusing me

```python
@app.get("/report/{id}")
async def report(id: int):
    data = await db.fetch_one("SELECT ... WHERE id = :id", {"id": id})
    pdf = render_pdf(data)        # ~300ms CPU
    return Response(pdf, media_type="application/pdf")
```'''))

# 52 tool loop: __init_subclass__ with tool_result + text
EXAMPLES.append(ex(C,
    U(REM(), "show me how plugins get registered"),
    A(Grep("class .*Plugin|register", "plugins/", "content", **{"-n": True})),
    U(Res('''plugins/base.py:5:class Plugin:
plugins/base.py:6:    registry: dict[str, type["Plugin"]] = {}
plugins/base.py:8:    def __init_subclass__(cls, /, name: str | None = None, **kw):
plugins/base.py:9:        super().__init_subclass__(**kw)
plugins/base.py:10:        Plugin.registry[name or cls.__name__.lower()] = cls
plugins/csv_export.py:3:class CsvExport(Plugin, name="csv"):
plugins/slack.py:4:class SlackNotify(Plugin):''')),
    A("Plugins subclass `Plugin` in `plugins/base.py`; let me open it to see the rest.",
      Read("plugins/base.py")),
    U(Res(lines('''from __future__ import annotations

class Plugin:
    registry: dict[str, type["Plugin"]] = {}

    def __init_subclass__(cls, /, name: str | None = None, **kw):
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls

    def run(self, ctx):
        raise NotImplementedError''')),
      "wait what's this __init_subclass__ thing and how does `name=\"csv\"` in the class line get to it? never seen keyword args in a class statement"),
))

# 53 typeof null
EXAMPLES.append(ex(C, "why does typeof null return 'object' in JS? is there an actual reason or is it just a historical accident"))

# 54 SQL isolation, what will tx2 see
EXAMPLES.append(ex(C, '''two transactions, default isolation in postgres (read committed). what does T2 see at each step?

```
T1: BEGIN;
T1: UPDATE accounts SET balance = balance - 100 WHERE id = 1;
T2: BEGIN;
T2: SELECT balance FROM accounts WHERE id = 1;   -- (a)
T1: COMMIT;
T2: SELECT balance FROM accounts WHERE id = 1;   -- (b)
T2: UPDATE accounts SET balance = balance + 5 WHERE id = 1;
T2: COMMIT;
```'''))

# 55 Promise.all parallel or not
EXAMPLES.append(ex(C, '''is Promise.all actually running these in parallel? JS is single threaded so how

```js
const [user, orders, prefs] = await Promise.all([
  fetch(`/api/users/${id}`).then(r => r.json()),
  fetch(`/api/orders?user=${id}`).then(r => r.json()),
  loadPrefsFromIndexedDB(id),
]);
```'''))

# 56 multi-turn: after code gen, how does reduce work
EXAMPLES.append(ex(C,
    "write a function that groups an array of transactions by month and sums the amounts",
    '''```js
function totalsByMonth(txs) {
  return txs.reduce((acc, t) => {
    const key = t.date.slice(0, 7); // "YYYY-MM"
    acc[key] = (acc[key] ?? 0) + t.amount;
    return acc;
  }, {});
}
```''',
    "wait, how does the reduce part work? I don't get where acc comes from on the first go and why we return it every time"))

# 57 multi-turn: after review, what does Pin do
EXAMPLES.append(ex(C,
    '''anything wrong with this?

```rust
fn spawn_job(fut: impl Future<Output = ()> + Send + 'static) {
    let boxed: Pin<Box<dyn Future<Output = ()> + Send>> = Box::pin(fut);
    JOBS.lock().unwrap().push(boxed);
}
```''',
    "It's fine. `Box::pin` is the right way to store heterogeneous futures, and the `Send + 'static` bounds let an executor on another thread poll them later. One thing: if `JOBS` is a `std::sync::Mutex` and a job is pushed from inside a task while another thread holds the lock for a long drain, you'll block the runtime. Consider a channel instead.",
    "ok but what does Pin even do, you said it like I know. why can't I just Box it"))

# 58 explain bash one-liner before running
EXAMPLES.append(ex(C, '''explain what this does before I paste it in my terminal, it's from a github issue comment

```bash
find . -name "*.orig" -o -name "*.rej" -print0 | xargs -0 rm -f && git ls-files -z --deleted | xargs -0 git rm --cached
```'''))

# 59 tool loop: trace main to first db query
EXAMPLES.append(ex(C,
    U(REM(), OPEN("src/main.rs"), "read main.rs"),
    A(Read("src/main.rs")),
    U(Res(lines('''mod config;
mod db;
mod http;

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cfg = config::load()?;
    tracing_subscriber::fmt().with_env_filter(&cfg.log).init();
    let pool = db::connect(&cfg.database_url).await?;
    let app = http::router(pool.clone());
    let listener = tokio::net::TcpListener::bind(&cfg.addr).await?;
    axum::serve(listener, app).await?;
    Ok(())
}'''))),
    A("`main` loads the config, initialises tracing, connects the DB pool, builds the router and serves it with axum."),
    U("trace for me what happens from main() to the very first SQL query that hits the db. does db::connect run queries? migrations?"),
))

# 60 legacy php inherited (long)
EXAMPLES.append(ex(C, '''inherited this from a contractor, zero docs. what does it do, at a high level and then the weird bits?

```php
<?php
session_start();
require 'inc/db.php';
require 'inc/fn.php';

$a = isset($_GET['a']) ? $_GET['a'] : 'l';
$u = isset($_SESSION['u']) ? $_SESSION['u'] : null;

if (!$u && $a != 'in') { header('Location: ?a=in'); exit; }

switch ($a) {
  case 'in':
    if ($_POST) {
      $r = q("SELECT id, pw, lvl FROM usr WHERE em = ?", [$_POST['em']]);
      if ($r && crypt($_POST['pw'], $r[0]['pw']) == $r[0]['pw']) {
        $_SESSION['u'] = $r[0]['id'];
        $_SESSION['l'] = $r[0]['lvl'];
        header('Location: ?a=l'); exit;
      }
      $err = 'nope';
    }
    tpl('login', ['err' => @$err]);
    break;

  case 'l':
    $p = max(1, (int)@$_GET['p']);
    $rows = q("SELECT * FROM ord WHERE uid = ? ORDER BY dt DESC LIMIT " . (($p - 1) * 20) . ",20", [$u]);
    tpl('list', ['rows' => $rows, 'p' => $p]);
    break;

  case 'x':
    if ($_SESSION['l'] < 5) die('no');
    header('Content-Type: text/csv');
    header('Content-Disposition: attachment; filename=ord_' . date('Ymd') . '.csv');
    $out = fopen('php://output', 'w');
    foreach (q("SELECT o.*, u.em FROM ord o JOIN usr u ON u.id = o.uid") as $row) fputcsv($out, $row);
    fclose($out);
    exit;

  case 'rf':
    $o = q("SELECT * FROM ord WHERE id = ? AND uid = ?", [$_POST['id'], $u]);
    if ($o && $o[0]['st'] == 2 && strtotime($o[0]['dt']) > time() - 86400 * 14) {
      q("UPDATE ord SET st = 9 WHERE id = ?", [$_POST['id']]);
      @mail(ADM, 'refund ' . $_POST['id'], print_r($o[0], true));
    }
    header('Location: ?a=l'); exit;

  case 'out':
    session_destroy();
    header('Location: ?a=in'); exit;
}
```'''))

# 61 CRDT concurrent deletes
EXAMPLES.append(ex(C, '''how does this merge handle a delete on one replica racing an update on another? trying to understand the semantics before I use it

```ts
type Entry<V> = { value: V; ts: number; node: string; tombstone: boolean };

function mergeEntry<V>(a: Entry<V>, b: Entry<V>): Entry<V> {
  if (a.ts !== b.ts) return a.ts > b.ts ? a : b;
  return a.node > b.node ? a : b;
}
```'''))

# 62 protobuf field number reuse
EXAMPLES.append(ex(C,
    U(REM(), "show the Customer message in the protos"),
    A(Grep("message Customer", "proto/", "content", **{"-n": True, "-A": 9})),
    U(Res('''proto/crm/v1/customer.proto:12:message Customer {
proto/crm/v1/customer.proto-13-  reserved 4, 7;
proto/crm/v1/customer.proto-14-  reserved "legacy_id", "fax";
proto/crm/v1/customer.proto-15-  string id = 1;
proto/crm/v1/customer.proto-16-  string name = 2;
proto/crm/v1/customer.proto-17-  string email = 3;
proto/crm/v1/customer.proto-18-  Address address = 5;
proto/crm/v1/customer.proto-19-}''')),
    A("`Customer` has fields 1, 2, 3 and 5, and reserves numbers 4 and 7 and the names `legacy_id` and `fax`."),
    U("what do the reserved lines mean? and why would reusing number 4 for a new field be a problem, we deleted legacy_id ages ago"),
))

# 63 tool loop: what runs when I type make
EXAMPLES.append(ex(C,
    U(REM(), "cat the Makefile"),
    A(Read("/home/ines/proj/Makefile")),
    U(Res(lines('''.DEFAULT_GOAL := all
SHELL := /bin/bash
VERSION ?= $(shell git describe --tags --always)

all: lint test build

build: bin/server bin/cli

bin/%: $(shell find cmd internal -name '*.go')
	go build -ldflags "-X main.version=$(VERSION)" -o $@ ./cmd/$*

lint:
	golangci-lint run

test: generate
	go test ./...

generate:
	go generate ./...

.PHONY: all lint test generate'''))),
    A("It's a Go project Makefile with `lint`, `test` (which runs `generate` first) and `build` targets producing `bin/server` and `bin/cli`."),
    U("so what exactly runs, in what order, when I just type `make`? and why does it rebuild bin/cli even when I only touched server code"),
))

# 64 dockerfile multi-stage which stage final
EXAMPLES.append(ex(C, '''which of these stages ends up in the image we push? and does the `deps` stage get built at all when I do `docker build .`?

```dockerfile
FROM node:20 AS deps
WORKDIR /app
COPY package*.json ./
RUN npm ci

FROM deps AS test
COPY . .
RUN npm test

FROM deps AS build
COPY . .
RUN npm run build

FROM nginx:1.27-alpine
COPY --from=build /app/dist /usr/share/nginx/html
```'''))

# 65 tool loop: where would email templates live
EXAMPLES.append(ex(C,
    U(REM(), "show the project layout, 2 levels"),
    A(Bash("tree -L 2 -d --gitignore", "Show directory layout")),
    U(Res('''.
├── apps
│   ├── admin
│   ├── storefront
│   └── worker
├── packages
│   ├── db
│   ├── emails
│   ├── ui
│   └── config
├── infra
│   └── terraform
└── scripts

14 directories''')),
    A("It's a monorepo with three apps (`admin`, `storefront`, `worker`) and shared packages (`db`, `emails`, `ui`, `config`), plus `infra` and `scripts`."),
    U("so when the order confirmation email goes out, which of these is involved and how do they talk to each other? I want to change the wording eventually but first understand the path"),
))

# 66 webpack config explain
EXAMPLES.append(ex(C, '''what is splitChunks doing here? our bundle has a vendors~main~admin.js file and I don't know where that name comes from

```js
optimization: {
  splitChunks: {
    chunks: 'all',
    cacheGroups: {
      vendors: { test: /[\\\\/]node_modules[\\\\/]/, priority: -10 },
      default: { minChunks: 2, priority: -20, reuseExistingChunk: true },
    },
  },
  runtimeChunk: 'single',
},
```'''))

# 67 Symbol.asyncIterator
EXAMPLES.append(ex(C, '''what's this Symbol.asyncIterator thing? how does `for await` know to call it

```ts
class Paginator<T> {
  constructor(private fetchPage: (cursor?: string) => Promise<{ items: T[]; next?: string }>) {}
  async *[Symbol.asyncIterator]() {
    let cursor: string | undefined;
    do {
      const page = await this.fetchPage(cursor);
      yield* page.items;
      cursor = page.next;
    } while (cursor);
  }
}

for await (const invoice of new Paginator(listInvoices)) { ... }
```'''))

# 68 tool loop: es follow-up on tokio runtime flavor
EXAMPLES.append(ex(C,
    U(REM(), "busca dónde se crea el runtime de tokio"),
    A(Grep("Runtime|tokio::main|worker_threads", "src/", "content", **{"-n": True})),
    U(Res('''src/bin/ingest.rs:11:#[tokio::main(flavor = "current_thread")]
src/bin/api.rs:8:#[tokio::main(worker_threads = 4)]
src/blocking.rs:20:    let rt = tokio::runtime::Builder::new_multi_thread().enable_all().build()?;''')),
    A("Hay tres sitios: `ingest` usa `current_thread`, `api` usa el runtime multihilo con 4 workers y `src/blocking.rs` construye otro runtime a mano."),
    U("¿y qué diferencia práctica hay entre current_thread y multi_thread para el ingest? ¿por qué alguien elegiría el de un solo hilo?"),
))

# 69 tool loop: hi lookup of go:embed
EXAMPLES.append(ex(C,
    U(REM(), SEL("internal/web/assets.go", 1, 9, '''package web

import "embed"

//go:embed templates/*.html static
var files embed.FS'''), "ye //go:embed wali line kya karti hai? comment jaisa dikhta hai par kaam kar raha hai. aur static folder ke andar ki files bhi aati hain kya?"),
))

# 70 tool loop: interrupted tool, asks meaning of CODEOWNERS
EXAMPLES.append(ex(C,
    U(REM(), "why did my PR get auto-assigned to 3 random people"),
    A(Read("/repo/.github/CODEOWNERS")),
    U(Res(lines('''*                       @acme/platform
/apps/web/              @acme/frontend
/apps/web/src/billing/  @acme/payments @dana-r
*.sql                   @acme/dba
/infra/                 @acme/sre''')),
      "I only touched apps/web/src/billing/Invoice.tsx and one migration .sql file. so which of these lines matched and why isn't platform on it"),
))
