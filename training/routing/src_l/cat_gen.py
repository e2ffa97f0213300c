from conversation_shapes import u, a, cc, at, tr
import mat as M

C = "code_generation"

EXAMPLES = [
(C, u("write the equivalent route for /teams, same auth rules and soft delete, teams belong to an org too\n\n```js\n" + M.ROUTES + "```")),
(C, u("port this to Go please. keep the transition table as a map, return errors instead of raising\n\n```python\n" + M.STATE_MACHINE + "```")),
("devops_ci", u("add a matrix for node 18, 20 and 22 to the test job and only deploy from the node 20 run\n\n```yaml\n" + M.WORKFLOW_CI + "```")),
(C, u("add an HPA and a PodDisruptionBudget for this, min 2 max 8, scale on CPU 70%. also move the password to a Secret\n\n```yaml\n" + M.K8S_DEPLOY + "```")),
(C, u("rewrite this as a multi-stage build on python:3.12-slim, non-root user, and move migrate out of CMD into an entrypoint script\n\n```dockerfile\n" + M.DOCKERFILE + "```")),
(C, u("turn this into a reusable module with variables for env, expiration days and the principal allowed to write. make the bucket private\n\n```hcl\n" + M.TF_BUCKET + "```")),
("sql_queries", u("rewrite this with a window function (ROW_NUMBER) so ties don't produce duplicates, Postgres\n\n```sql\n" + M.SQL_LATEST + "\n```")),
(C, u("turn this one-liner into a proper script: take the directory and the age in days as args, add a --dry-run, and handle filenames with spaces\n\n`" + M.ONELINER + "`")),
(C, u("apply the same cursor pagination change to list_payments in api/views/payments.py, it has the same shape\n\n" + M.DIFF_PAGINATION_PY)),
(C, u("now do the same retry loop for CreateCreditNote and VoidInvoice in the same client, but pull it into a helper with jitter and respect ctx cancellation\n\n" + M.DIFF_RETRY_GO)),
(C, u(r"""convert this to typed TS, strict mode. infer types from usage

```js
export function groupByDay(events, tz) {
  const out = {};
  for (const e of events) {
    const d = new Date(e.ts).toLocaleDateString('en-CA', { timeZone: tz });
    (out[d] ||= []).push(e);
  }
  return Object.entries(out).map(([day, items]) => ({ day, count: items.length, total: items.reduce((s, i) => s + i.amount, 0) }));
}
```""")),
(C, u(r"""agrega reintentos a esto: 3 intentos con backoff exponencial, solo en errores de conexión y 5xx

```python
def fetch_rates(base: str) -> dict:
    r = requests.get(f"https://fx.internal/rates?base={base}", timeout=5)
    r.raise_for_status()
    return r.json()["rates"]
```""")),
("code_translation", u(r"""port to Go, stdlib only

```python
import hashlib, hmac, time

def sign(secret: str, method: str, path: str, body: bytes) -> dict:
    ts = str(int(time.time()))
    msg = "\n".join([ts, method.upper(), path, hashlib.sha256(body).hexdigest()])
    sig = hmac.new(secret.encode(), msg.encode(), hashlib.sha256).hexdigest()
    return {"X-Timestamp": ts, "X-Signature": sig}
```""")),
("test_writing", u(r"""write pytest tests that cover what this diff changes. the fixture `client` and `make_invoice` already exist

""" + M.DIFF_PAGINATION_PY)),
(C, u(r"""Hazme el mismo endpoint pero para DELETE /users/:id/sessions, que invalide todas las sesiones menos la actual

```ts
router.post('/users/:id/sessions/revoke', requireSelf, async (req, res) => {
  const { sessionId } = req.body;
  const n = await sessions.revoke(req.params.id, sessionId);
  if (n === 0) return res.status(404).json({ error: 'not_found' });
  res.status(204).end();
});
```""")),
(C, u(r"""Bitte nach Kotlin portieren, mit data class und sealed class für die Ergebnisse

```java
public class Validator {
    public static List<String> validate(Signup s) {
        List<String> errs = new ArrayList<>();
        if (s.getEmail() == null || !s.getEmail().contains("@")) errs.add("email");
        if (s.getPassword() == null || s.getPassword().length() < 12) errs.add("password");
        if (s.getAge() < 16) errs.add("age");
        return errs;
    }
}
```""")),
(C, u(r"""ajoute une colonne `archived_at` à ce modèle + la migration Alembic, et filtre les archivés dans `list_active`

```python
class Project(Base):
    __tablename__ = "projects"
    id = Column(Integer, primary_key=True)
    org_id = Column(Integer, ForeignKey("orgs.id"), nullable=False)
    name = Column(String(120), nullable=False)
    created_at = Column(DateTime(timezone=True), server_default=func.now())

def list_active(session, org_id):
    return session.query(Project).filter_by(org_id=org_id).all()
```""")),
(C, [cc("extend this diff so the same header-based session also works for the websocket upgrade in src/ws/server.ts", d=3),
     at("", ("Bash", {"command": "git diff main -- src/auth/session.ts"})),
     tr(M.DIFF_LOGIN),
     at("", ("Read", {"file_path": "src/ws/server.ts"})),
     tr(r"""     1	import { WebSocketServer } from 'ws';
     2	import { parse } from 'cookie';
     3	import { store } from '../auth/store';
     4	
     5	export function attach(server) {
     6	  const wss = new WebSocketServer({ noServer: true });
     7	  server.on('upgrade', async (req, socket, head) => {
     8	    const cookies = parse(req.headers.cookie ?? '');
     9	    const session = await store.get(cookies['sid']);
    10	    if (!session) return socket.destroy();
    11	    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, session));
    12	  });
    13	}
"""),
     u("yes reuse verifySession if you can, don't duplicate the expiry check")]),
("devops_ci", u(r"""escribe un workflow de GitHub Actions que corra `terraform fmt -check`, `validate` y `plan` en cada PR que toque infra/**, y que pegue el plan como comentario en el PR""")),
(C, u(r"""here's the Flask version, write the FastAPI equivalent with pydantic models

```python
@app.route("/api/v1/quotes", methods=["POST"])
def create_quote():
    data = request.get_json()
    if not data or "items" not in data:
        return jsonify(error="items required"), 400
    total = sum(i["qty"] * i["unit_price"] for i in data["items"])
    q = Quote(customer_id=data.get("customer_id"), total=total)
    db.session.add(q)
    db.session.commit()
    return jsonify(id=q.id, total=total), 201
```""")),
(C, u(r"""このシェルスクリプトを Python に書き直してください。ログは logging で

```bash
#!/bin/bash
for host in $(cat hosts.txt); do
  if ping -c1 -W1 "$host" >/dev/null; then
    echo "$host up"
  else
    echo "$host DOWN" | tee -a down.log
  fi
done
```""")),
(C, u(r"""帮我把这段 SQL 改成 SQLAlchemy 2.0 的写法（select() 风格）

```sql
SELECT u.id, u.email, COUNT(o.id) AS orders
FROM users u
LEFT JOIN orders o ON o.user_id = u.id AND o.status = 'paid'
WHERE u.created_at >= :since
GROUP BY u.id, u.email
HAVING COUNT(o.id) > 2
ORDER BY orders DESC;
```""")),
(C, u(r"""same thing but for the `orders` table please

```diff
--- /dev/null
+++ b/migrations/20260301_customers_soft_delete.sql
@@ -0,0 +1,6 @@
+ALTER TABLE customers ADD COLUMN deleted_at timestamptz;
+CREATE INDEX CONCURRENTLY customers_not_deleted_idx ON customers (id) WHERE deleted_at IS NULL;
+CREATE VIEW active_customers AS
+  SELECT * FROM customers WHERE deleted_at IS NULL;
+COMMENT ON COLUMN customers.deleted_at IS 'soft delete marker, set by CustomerService.remove';
```""")),
("refactoring", u(r"""refactor this into smaller functions, it's 1 giant handler. keep behaviour identical

```js
export async function handler(event) {
  const body = JSON.parse(event.body || '{}');
  if (!body.email || !/^[^@]+@[^@]+$/.test(body.email)) {
    return { statusCode: 400, body: JSON.stringify({ error: 'email' }) };
  }
  const existing = await ddb.get({ TableName: 'users', Key: { email: body.email } }).promise();
  if (existing.Item) {
    return { statusCode: 409, body: JSON.stringify({ error: 'exists' }) };
  }
  const id = crypto.randomUUID();
  await ddb.put({ TableName: 'users', Item: { id, email: body.email, createdAt: Date.now() } }).promise();
  await ses.sendEmail({
    Source: 'noreply@acme.io',
    Destination: { ToAddresses: [body.email] },
    Message: { Subject: { Data: 'Welcome' }, Body: { Text: { Data: 'Hi!' } } },
  }).promise();
  return { statusCode: 201, body: JSON.stringify({ id }) };
}
```""")),
(C, u(r"""Add a `--since` flag to this cobra command that accepts durations like 24h or dates like 2026-01-31

```go
var listCmd = &cobra.Command{
    Use:   "list",
    Short: "List deployments",
    RunE: func(cmd *cobra.Command, args []string) error {
        deps, err := client.ListDeployments(cmd.Context())
        if err != nil {
            return err
        }
        for _, d := range deps {
            fmt.Printf("%s\t%s\t%s\n", d.ID, d.Service, d.CreatedAt.Format(time.RFC3339))
        }
        return nil
    },
}
```""")),
(C, u(r"""Transforma esse docker-compose em manifests Kubernetes (Deployment + Service para cada um, e um PVC pro postgres)

```yaml
services:
  web:
    image: ghcr.io/acme/web:1.8.2
    ports: ["8080:8080"]
    environment:
      DATABASE_URL: postgres://app:app@db:5432/app
    depends_on: [db]
  db:
    image: postgres:16
    environment:
      POSTGRES_USER: app
      POSTGRES_PASSWORD: app
    volumes:
      - pgdata:/var/lib/postgresql/data
volumes:
  pgdata:
```""")),
(C, u(r"""Write the Swift equivalent of this Kotlin model + parsing, using Codable

```kotlin
@Serializable
data class Episode(
    val id: String,
    val title: String,
    @SerialName("duration_sec") val durationSec: Int,
    @SerialName("published_at") val publishedAt: Instant,
    val tags: List<String> = emptyList(),
)
```""")),
(C, u(r"""dodaj obsługę timeoutu i anulowania (context) do tej funkcji, teraz potrafi wisieć w nieskończoność

```go
func (c *Client) Download(url string, dst io.Writer) error {
    resp, err := http.Get(url)
    if err != nil {
        return err
    }
    defer resp.Body.Close()
    _, err = io.Copy(dst, resp.Body)
    return err
}
```""")),
(C, [u("explain what this trigger does\n\n```sql\nCREATE TRIGGER trg_audit AFTER UPDATE ON accounts\nFOR EACH ROW EXECUTE FUNCTION audit_row();\n```"),
     a("After every UPDATE on `accounts`, Postgres calls `audit_row()` once per modified row. Inside the function, `OLD` and `NEW` hold the row before and after the update. It runs AFTER the change, so it can't modify the row itself, but it can write to an audit table."),
     u("ok cool. write me audit_row() then: store table name, pk, changed columns only as jsonb diff, who (current_setting('app.user_id')) and when")]),
("frontend_ui", u(r"""convert this class component to a function component with hooks, keep the same props

```jsx
class SearchBox extends React.Component {
  state = { q: '', results: [], loading: false };
  timer = null;
  onChange = (e) => {
    const q = e.target.value;
    this.setState({ q });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.search(q), 300);
  };
  async search(q) {
    this.setState({ loading: true });
    const results = await this.props.api.search(q);
    this.setState({ results, loading: false });
  }
  componentWillUnmount() { clearTimeout(this.timer); }
  render() {
    return (
      <div>
        <input value={this.state.q} onChange={this.onChange} />
        {this.state.loading ? <Spinner /> : <ResultList items={this.state.results} />}
      </div>
    );
  }
}
```""")),
(C, u(r"""this diff adds rate limiting to the login route. do the same for /password-reset and /signup, with 5/min and 3/min

```diff
--- a/src/routes/auth.ts
+++ b/src/routes/auth.ts
@@ -1,9 +1,17 @@
 import { Router } from 'express';
+import rateLimit from 'express-rate-limit';
+import RedisStore from 'rate-limit-redis';
+import { redis } from '../redis';
 
 const r = Router();
 
-r.post('/login', loginHandler);
+const loginLimiter = rateLimit({
+  windowMs: 60_000,
+  limit: 10,
+  standardHeaders: 'draft-7',
+  store: new RedisStore({ sendCommand: (...a: string[]) => redis.call(...a), prefix: 'rl:login:' }),
+});
+
+r.post('/login', loginLimiter, loginHandler);
 r.post('/password-reset', resetHandler);
 r.post('/signup', signupHandler);
```""")),
(C, u(r"""Make this Rust function generic over any `Read` instead of taking a File, and return an iterator instead of a Vec

```rust
fn parse_lines(f: File) -> io::Result<Vec<Record>> {
    let mut out = Vec::new();
    for line in BufReader::new(f).lines() {
        let line = line?;
        if line.starts_with('#') || line.is_empty() { continue; }
        out.push(Record::from_str(&line).map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))?);
    }
    Ok(out)
}
```""")),
("test_writing", u(r"""écris des tests Jest pour ce reducer, tous les cas y compris l'action inconnue

```js
export function cartReducer(state = { items: [], total: 0 }, action) {
  switch (action.type) {
    case 'add': {
      const items = [...state.items, action.item];
      return { items, total: state.total + action.item.price };
    }
    case 'remove': {
      const item = state.items.find(i => i.id === action.id);
      if (!item) return state;
      return { items: state.items.filter(i => i.id !== action.id), total: state.total - item.price };
    }
    case 'clear':
      return { items: [], total: 0 };
    default:
      return state;
  }
}
```""")),
(C, u(r"""이 GitLab CI 설정을 GitHub Actions 워크플로로 바꿔 주세요

```yaml
image: golang:1.22
stages: [lint, test, build]
lint:
  stage: lint
  script:
    - go vet ./...
    - gofmt -l . | tee /dev/stderr | (! read)
test:
  stage: test
  services: [postgres:16]
  variables:
    POSTGRES_PASSWORD: test
    DATABASE_URL: postgres://postgres:test@postgres:5432/postgres?sslmode=disable
  script: go test -race ./...
build:
  stage: build
  only: [tags]
  script: go build -o bin/app ./cmd/app
  artifacts:
    paths: [bin/app]
```""")),
(C, u(r"""Scrivi la stessa validazione anche lato client in TS (zod), così i messaggi coincidono

```python
class SignupIn(BaseModel):
    email: EmailStr
    password: constr(min_length=12, max_length=128)
    display_name: constr(strip_whitespace=True, min_length=2, max_length=40)
    birth_year: conint(ge=1900, le=2010)
    marketing_opt_in: bool = False
```""")),
(C, u(r"""same check for the staging workspace, it uses a different bucket & lock table

```hcl
terraform {
  backend "s3" {
    bucket         = "acme-tfstate-prod"
    key            = "core/terraform.tfstate"
    region         = "eu-west-1"
    dynamodb_table = "tf-locks-prod"
    encrypt        = true
  }
}
```""")),
(C, u(r"""Напиши на Python то же самое, что делает этот SQL, но для pandas DataFrame (df_orders, df_customers)

```sql
SELECT c.segment, DATE_TRUNC('month', o.created_at) AS m, SUM(o.total) AS revenue
FROM orders o JOIN customers c ON c.id = o.customer_id
WHERE o.status = 'paid'
GROUP BY 1, 2
ORDER BY 1, 2;
```""")),
(C, u(r"""I like what this diff does for the users service. write the same graceful shutdown for cmd/worker/main.go

```diff
--- a/cmd/users/main.go
+++ b/cmd/users/main.go
@@ -30,8 +30,20 @@ func main() {
 	srv := &http.Server{Addr: ":8080", Handler: router}
-	log.Fatal(srv.ListenAndServe())
+	go func() {
+		if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
+			log.Fatalf("listen: %v", err)
+		}
+	}()
+	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGINT, syscall.SIGTERM)
+	defer stop()
+	<-ctx.Done()
+	shutdownCtx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
+	defer cancel()
+	if err := srv.Shutdown(shutdownCtx); err != nil {
+		log.Printf("shutdown: %v", err)
+	}
 }
```
the worker has no http server, it's a loop pulling from SQS""")),
(C, u(r"""Generate TypeScript types + a fetch client from this protobuf (I don't want to add grpc-web, just JSON over HTTP)

```protobuf
syntax = "proto3";
package billing.v1;

message Money { string currency = 1; int64 units = 2; int32 nanos = 3; }

message Invoice {
  string id = 1;
  string customer_id = 2;
  Money total = 3;
  repeated LineItem lines = 4;
  enum Status { STATUS_UNSPECIFIED = 0; DRAFT = 1; OPEN = 2; PAID = 3; VOID = 4; }
  Status status = 5;
}

message LineItem { string sku = 1; int32 qty = 2; Money unit_price = 3; }

service Invoices {
  rpc GetInvoice(GetInvoiceRequest) returns (Invoice);
  rpc ListInvoices(ListInvoicesRequest) returns (ListInvoicesResponse);
}
```""")),
(C, u(r"""add structured logging with request id to this middleware chain, use slog

```go
func routes() http.Handler {
    mux := http.NewServeMux()
    mux.HandleFunc("GET /healthz", health)
    mux.HandleFunc("POST /v1/jobs", createJob)
    return recoverer(mux)
}

func recoverer(next http.Handler) http.Handler {
    return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
        defer func() {
            if rec := recover(); rec != nil {
                http.Error(w, "internal", 500)
            }
        }()
        next.ServeHTTP(w, r)
    })
}
```""")),
(C, [cc("the review comments are right. apply them", d=0, file="app/jobs/expire_trials.rb"),
     at("", ("Bash", {"command": "gh pr view 733 --comments | tail -20"})),
     tr("reviewer-anna: please use find_each, this loads every trial account into memory\nreviewer-anna: deliver_later instead of deliver_now inside the loop\nreviewer-tom: guard against double runs, take a row lock and re-check the plan\n"),
     u("and bump the spec accordingly")]),
(C, u(r"""can you write the `down` migration for this? we forgot it

```sql
-- up
CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
ALTER TABLE accounts ADD COLUMN tier plan_tier NOT NULL DEFAULT 'free';
UPDATE accounts SET tier = 'pro' WHERE legacy_plan IN ('pro_monthly', 'pro_yearly');
ALTER TABLE accounts DROP COLUMN legacy_plan;
```""")),
(C, u(r"""Schreib mir bitte einen Ansible-Task, der genau das hier macht, damit wir es nicht mehr per Hand auf 30 Servern tippen:

```bash
sudo apt-get install -y chrony
sudo sed -i 's/^pool .*/pool ntp.acme.internal iburst/' /etc/chrony/chrony.conf
sudo systemctl enable --now chrony
chronyc tracking
```""")),
(C, u(r"""Hãy viết lại đoạn này bằng async/await thay vì callback lồng nhau

```js
fs.readFile('config.json', 'utf8', (err, txt) => {
  if (err) return done(err);
  const cfg = JSON.parse(txt);
  db.connect(cfg.db, (err, conn) => {
    if (err) return done(err);
    conn.query('SELECT 1', (err) => {
      if (err) return done(err);
      done(null, conn);
    });
  });
});
```""")),
(C, u(r"""use this diff as a template and make the same change in the three other clients (inventory, shipping, notifications). they all use the same base class

```diff
--- a/clients/pricing.py
+++ b/clients/pricing.py
@@ -8,10 +8,14 @@ class PricingClient(BaseClient):
     def quote(self, sku: str, qty: int) -> Quote:
-        r = self.session.post(f"{self.base}/quote", json={"sku": sku, "qty": qty})
+        r = self.session.post(
+            f"{self.base}/quote",
+            json={"sku": sku, "qty": qty},
+            timeout=self.timeout,
+            headers={"X-Request-Id": current_request_id()},
+        )
         r.raise_for_status()
         return Quote(**r.json())
```""")),
(C, u(r"""Dockerfile'ı distroless'a çevirir misin? Go binary, CGO yok

```dockerfile
FROM golang:1.22
WORKDIR /src
COPY . .
RUN go build -o /app ./cmd/api
EXPOSE 8080
CMD ["/app"]
```""")),
(C, u(r"""füg diesem argparse-Skript eine Option `--json` hinzu, Standard bleibt die Tabelle

```python
def main():
    p = argparse.ArgumentParser()
    p.add_argument("service")
    p.add_argument("--env", default="staging")
    args = p.parse_args()
    rows = fetch_deploys(args.service, args.env)
    print(f"{'version':<12}{'when':<22}{'who'}")
    for r in rows:
        print(f"{r.version:<12}{r.at:%Y-%m-%d %H:%M:%S}   {r.user}")
```""")),
(C, u(r"""write a Prisma schema equivalent to these tables

```sql
CREATE TABLE authors (
  id SERIAL PRIMARY KEY,
  name TEXT NOT NULL,
  email TEXT UNIQUE
);
CREATE TABLE posts (
  id SERIAL PRIMARY KEY,
  author_id INT NOT NULL REFERENCES authors(id) ON DELETE CASCADE,
  title TEXT NOT NULL,
  body TEXT,
  published_at TIMESTAMPTZ,
  tags TEXT[] NOT NULL DEFAULT '{}'
);
CREATE INDEX posts_author_published ON posts (author_id, published_at DESC);
```""")),
(C, u(r"""Bu C# sınıfına IDisposable ekleyip HttpClient'ı doğru yönet, şu an her çağrıda yenisi açılıyor

```csharp
public class WeatherClient
{
    public async Task<Forecast> GetAsync(string city)
    {
        using var http = new HttpClient();
        var json = await http.GetStringAsync($"https://api.weather.example/v1/{city}");
        return JsonSerializer.Deserialize<Forecast>(json)!;
    }
}
```""")),
(C, u(r"""take the PR below and also add the matching feature flag to the admin UI toggle list in `admin/flags.tsx`

PR: "Gate new checkout behind `checkout_v2` flag"
```diff
--- a/src/checkout/index.tsx
+++ b/src/checkout/index.tsx
@@ -1,8 +1,12 @@
 import { LegacyCheckout } from './legacy';
+import { CheckoutV2 } from './v2';
+import { useFlag } from '../flags';
 
 export function Checkout(props: CheckoutProps) {
-  return <LegacyCheckout {...props} />;
+  const v2 = useFlag('checkout_v2');
+  return v2 ? <CheckoutV2 {...props} /> : <LegacyCheckout {...props} />;
 }
```""")),
(C, u(r"""Write a GitHub Action step that fails the build if the lockfile changed but package.json didn't, like in this diff (someone ran npm install with a different npm version)

```diff
--- a/package-lock.json
+++ b/package-lock.json
@@ -1,7 +1,7 @@
 {
   "name": "web",
   "version": "3.4.0",
-  "lockfileVersion": 2,
+  "lockfileVersion": 3,
   "requires": true,
```""")),
(C, u(r"""converte para Python com dataclasses e type hints, é um script antigo em Ruby

```ruby
class Invoice
  attr_reader :lines, :currency
  def initialize(currency)
    @currency = currency
    @lines = []
  end
  def add(desc, qty, price)
    @lines << { desc: desc, qty: qty, price: price }
    self
  end
  def total
    @lines.sum { |l| l[:qty] * l[:price] }
  end
end
```""")),
(C, u(r"""Add proper error handling to this: if the file is missing or the YAML is bad, we want a clear message and exit code 2, not a traceback

```python
def load(path):
    with open(path) as f:
        cfg = yaml.safe_load(f)
    return Config(**cfg)

if __name__ == "__main__":
    cfg = load(sys.argv[1])
    run(cfg)
```""")),
(C, [u("what does `cancel-in-progress: true` do in a workflow?"),
     a("With a `concurrency` group, only one run per group is active. `cancel-in-progress: true` makes a new run cancel the one already running in the same group, instead of queueing behind it. Typical use: group by branch, so pushing twice quickly cancels the first CI run."),
     u("nice. put that in our deploy workflow keyed on the environment name, but never cancel a prod deploy in progress\n\n```yaml\nname: deploy\non:\n  workflow_dispatch:\n    inputs:\n      environment:\n        type: choice\n        options: [staging, prod]\njobs:\n  deploy:\n    runs-on: ubuntu-latest\n    environment: ${{ inputs.environment }}\n    steps:\n      - uses: actions/checkout@v4\n      - run: ./deploy.sh ${{ inputs.environment }}\n```")]),
(C, u(r"""write the Terraform for an SQS queue + DLQ matching this CloudFormation snippet

```yaml
OrdersQueue:
  Type: AWS::SQS::Queue
  Properties:
    QueueName: orders-prod
    VisibilityTimeout: 120
    RedrivePolicy:
      deadLetterTargetArn: !GetAtt OrdersDLQ.Arn
      maxReceiveCount: 5
OrdersDLQ:
  Type: AWS::SQS::Queue
  Properties:
    QueueName: orders-prod-dlq
    MessageRetentionPeriod: 1209600
```""")),
(C, u(r"""make this Python function async (httpx), and let it fetch the pages concurrently with a limit of 5 at a time

```python
def fetch_all(ids):
    out = []
    for i in ids:
        r = requests.get(f"{BASE}/items/{i}", timeout=10)
        r.raise_for_status()
        out.append(r.json())
    return out
```""")),
(C, u(r"""write tests for this diff — one for the 5xx retry path, one for ctx cancel mid-retry, one for the non-retry 4xx. use httptest

""" + M.DIFF_RETRY_GO)),
(C, u(r"""Apply the same change to the Android side, it's in `app/src/main/java/.../ApiModule.kt`. Here's what iOS got:

```diff
--- a/ios/Networking/APIClient.swift
+++ b/ios/Networking/APIClient.swift
@@ -14,8 +14,12 @@ final class APIClient {
     func send<T: Decodable>(_ req: URLRequest) async throws -> T {
-        let (data, _) = try await session.data(for: req)
+        var req = req
+        req.setValue(Locale.current.identifier, forHTTPHeaderField: "Accept-Language")
+        req.setValue(Bundle.main.appVersion, forHTTPHeaderField: "X-App-Version")
+        req.timeoutInterval = 15
+        let (data, _) = try await session.data(for: req)
         return try decoder.decode(T.self, from: data)
     }
```
we use OkHttp + Retrofit there""")),
(C, u(r"""Erweitere diesen Diff so, dass auch die Admin-Routen das Audit-Log schreiben (gleiches Muster):

```diff
--- a/src/routes/projects.ts
+++ b/src/routes/projects.ts
@@ -20,6 +20,11 @@ router.delete('/projects/:id', auth('owner'), async (req, res) => {
   await Project.softDelete(req.params.id, req.user.orgId);
+  await audit.record({
+    actor: req.user.id, org: req.user.orgId,
+    action: 'project.delete', target: req.params.id,
+    ip: req.ip,
+  });
   res.status(204).end();
 });
```
admin routes sind in src/routes/admin/*.ts""")),
(C, u(r"""write a codemod (jscodeshift) that does this change across the whole repo, there are ~300 call sites

```diff
-import moment from 'moment';
-const d = moment(order.createdAt).format('YYYY-MM-DD');
+import { format } from 'date-fns';
+const d = format(new Date(order.createdAt), 'yyyy-MM-dd');
```""")),
(C, u(r"""port to Rust, same behaviour incl. the error cases

```go
func ParseRange(s string) (lo, hi int, err error) {
    parts := strings.SplitN(s, "-", 2)
    if len(parts) != 2 {
        return 0, 0, fmt.Errorf("missing '-' in %q", s)
    }
    if lo, err = strconv.Atoi(strings.TrimSpace(parts[0])); err != nil {
        return 0, 0, fmt.Errorf("bad lower bound: %w", err)
    }
    if hi, err = strconv.Atoi(strings.TrimSpace(parts[1])); err != nil {
        return 0, 0, fmt.Errorf("bad upper bound: %w", err)
    }
    if lo > hi {
        return 0, 0, fmt.Errorf("lower bound %d > upper bound %d", lo, hi)
    }
    return lo, hi, nil
}
```""")),
(C, u(r"""Aggiungi a questa GitHub Action un job che faccia lo scan con Trivy dell'immagine e blocchi su vulnerabilità CRITICAL

```yaml
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: docker/setup-buildx-action@v3
      - uses: docker/build-push-action@v6
        with:
          context: .
          tags: ghcr.io/acme/api:${{ github.sha }}
          push: ${{ github.ref == 'refs/heads/main' }}
```""")),
(C, [u("what does this kustomization do?\n\n```yaml\nresources:\n  - ../../base\npatches:\n  - path: replicas.yaml\nimages:\n  - name: api\n    newTag: 2.18.0\n```"),
     a("It takes everything in `../../base`, applies the patch in `replicas.yaml` (probably bumping `spec.replicas` for this environment), and rewrites the tag of any container image named `api` to `2.18.0`. Run `kubectl kustomize .` to see the rendered output."),
     u("ok. make me the same overlay for a new `eu-staging` env: 2 replicas, tag 2.19.0-rc1, and an extra env var REGION=eu-central-1 on the api container")]),
(C, u(r"""this PR adds the `expand` param to GET /orders/:id. add the same for GET /invoices/:id with `customer` and `lines`

```diff
--- a/src/routes/orders.ts
+++ b/src/routes/orders.ts
@@ -30,9 +30,15 @@ router.get('/orders/:id', auth(), async (req, res) => {
-  const order = await Order.findById(req.params.id, req.user.orgId);
+  const expand = parseExpand(req.query.expand, ['customer', 'lines', 'payments']);
+  if (expand instanceof Error) return res.status(400).json({ error: expand.message });
+  const order = await Order.findById(req.params.id, req.user.orgId, { include: expand });
   if (!order) return res.status(404).json({ error: 'not_found' });
   res.json(order);
 });
```""")),
(C, [cc("add a --region flag to scripts/deploy.sh", d=5, file="scripts/deploy.sh"),
     at("I'll run shellcheck on it first to see the current state.", ("Bash", {"command": "shellcheck scripts/deploy.sh"})),
     tr((M.INTERRUPTED, True)),
     u(r"""skip the lint. just do it the same way we added --env last month:

```diff
--- a/scripts/deploy.sh
+++ b/scripts/deploy.sh
@@ -2,10 +2,16 @@
 set -euo pipefail
-SERVICE="$1"
+ENV="staging"
+while [[ $# -gt 0 ]]; do
+  case "$1" in
+    --env) ENV="$2"; shift 2 ;;
+    *) SERVICE="$1"; shift ;;
+  esac
+done
-aws ecs update-service --cluster main --service "$SERVICE" --force-new-deployment
+aws ecs update-service --cluster "main-$ENV" --service "$SERVICE" --force-new-deployment
```
default region eu-west-1""")]),
(C, [u("review this please\n\n```go\nfunc LoadUsers(path string) []User {\n    f, _ := os.Open(path)\n    var users []User\n    json.NewDecoder(f).Decode(&users)\n    return users\n}\n```"),
     a("Three problems: both errors are ignored, so a missing file or bad JSON silently returns nil; the file is never closed (`defer f.Close()`); and callers can't tell \"no users\" from \"failed to load\". Return `([]User, error)` and wrap errors with the path for context."),
     u("agreed, apply all of that. and add a table test for missing file, bad json, ok")]),
]
