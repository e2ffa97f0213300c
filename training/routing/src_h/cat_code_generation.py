from common import U, A, CC, TU, AT, TR, TRS

CATEGORY = "code_generation"

EXAMPLES = [
    [U("fixed the double refund bug (#4412) yesterday, merged. now I want regression tests around refund() so it never comes back — partial, full, twice, concurrent")],
    [CC("need a bash script that finds all .env files in the repo tree and checks none of them are tracked by git, exit 1 if any are", rem=4)],
    [U("debounce hook in react w/ typescript generics")],
    [U("give me the SQL: for each customer, their most recent order and how many days since the one before it. postgres")],
    [U("""here's the interface, implement it with an in-memory store for tests

type SessionStore interface {
    Get(ctx context.Context, id string) (*Session, error)
    Put(ctx context.Context, s *Session, ttl time.Duration) error
    Delete(ctx context.Context, id string) error
}""")],
    [CC("github actions workflow: on PR run ruff + mypy + pytest on py3.11 and 3.12, cache uv", rem=3)],
    [U("pydantic model for this json pls\n\n{\"id\": \"ord_123\", \"items\": [{\"sku\": \"A1\", \"qty\": 2, \"price\": {\"amount\": 1299, \"currency\": \"EUR\"}}], \"shipping\": null, \"created\": \"2026-01-30T10:00:00Z\"}")],
    [U("can you make a dropdown component with search, keyboard nav, and it should work with react-hook-form. tailwind")],
    [U("k8s cronjob yaml that runs `python manage.py clearsessions` every night at 3 UTC, don't overlap runs, keep last 3 jobs")],
    [CC("Escribe una función en Python que convierta números romanos a enteros y viceversa, con validación", rem=2)],
    [U("terraform for an SQS queue with a DLQ after 5 receives and an alarm if DLQ depth > 0")],
    [U("rust: a small CLI with clap that takes a dir and prints the 10 largest files, recursively, human-readable sizes")],
    [U("I need an express middleware that logs method, path, status, and duration as JSON, and adds an x-request-id if missing")],
    [CC("Schreib mir ein Makefile mit targets für build, test, lint, docker-build und docker-push. Go-Projekt, Image-Tag aus git describe", rem=1)],
    [U("the parser is done and works. add property-based tests with hypothesis: parse(format(x)) == x for random configs")],
    [U("Spring Boot REST controller for CRUD on `Book` (id, title, author, isbn), with validation and a 404 handler")],
    [U("write a python decorator that times a function and logs it if it takes more than N ms, works for async too")],
    [CC("swiftui view: list of contacts with search bar, swipe to delete, tap goes to detail", rem=0)],
    [U("a migration that adds a `deleted_at` column to users, posts, comments and partial unique index on users(email) where deleted_at is null. alembic")],
    [U("""I have this:

interface Event { type: string; ts: number; payload: unknown }

write a typed event bus on top of it where subscribers get the right payload type per event name""")],
    [U("docker-compose for local dev: postgres 16 with a volume, redis, mailhog, and the app with hot reload mounting ./src")],
    [CC("script to bulk rename our S3 keys from `uploads/{userId}/{file}` to `users/{userId}/uploads/{file}` with boto3, dry run flag, resumable", rem=5)],
    [U("Scrivi un componente Vue 3 (composition API) per un form di login con validazione email e password, e stato di loading")],
    [U("create a pre-commit config with black, ruff, mypy, and a hook that blocks commits containing 'console.log' in ts files")],
    [U("elixir: a GenServer that rate limits per key with a token bucket, refill every second")],
    [CC("I need unit tests for this, it's finished and reviewed:\n\nexport function slugify(s: string): string {\n  return s\n    .normalize('NFKD')\n    .replace(/[\\u0300-\\u036f]/g, '')\n    .toLowerCase()\n    .replace(/[^a-z0-9]+/g, '-')\n    .replace(/^-+|-+$/g, '');\n}\n\nvitest", rem=4)],
    [U("C#: background service that polls a table every 30s for pending emails and sends them via SendGrid, with cancellation")],
    [U("add a `--json` output flag to this click command\n\n@click.command()\n@click.argument('project')\ndef status(project):\n    s = api.status(project)\n    click.echo(f\"{project}: {s.state} ({s.updated})\")")],
    [U("PHP: laravel job that generates a PDF invoice and emails it, retry 3 times with backoff")],
    [CC("need a nginx config: serve SPA from /var/www/app with history fallback, proxy /api to localhost:4000, gzip, cache static assets 1y", rem=3)],
    [U("Напиши на Go функцию, которая параллельно скачивает список URL с ограничением в 5 одновременных запросов и возвращает ошибки отдельно")],
    [U("kotlin data class + room entity + dao for a `Note` with tags (many-to-many)")],
    [U("write a ruby script that reads a CSV of users and outputs the ones with duplicate emails (case-insensitive)")],
    [CC("scala: parse this log format into a case class with a regex, skip bad lines and count them\n\n2026-05-21T10:00:00Z [INFO] svc=api msg=\"started\"", rem=2)],
    [U("protobuf definition for a chat service: send message, stream messages for a room, list rooms. grpc")],
    [U("I want a python script that watches a folder and uploads new files to GCS, skipping temp files (.part, ~)")],
    [CC("React Native: a hook that returns network status (online/offline) and the connection type", rem=1)],
    [U("write the SQL for a materialized view of daily revenue per product category, plus the refresh as a pg_cron job")],
    [U("Fais-moi un script bash qui sauvegarde une base PostgreSQL avec pg_dump, compresse, l'envoie sur S3 et garde seulement les 7 derniers")],
    [U("helm chart templates for a basic web service: deployment, service, ingress, hpa, with values for image, replicas, resources")],
    # multi-turn with shift to generation
    [U("what does `Promise.allSettled` do differently from `Promise.all`?"),
     A("`Promise.all` rejects as soon as any promise rejects. `Promise.allSettled` always waits for all of them and resolves to an array of `{status: 'fulfilled', value}` or `{status: 'rejected', reason}` objects."),
     U("ok so write me a helper that runs an array of async tasks with allSettled and returns {ok: [...], failed: [...]}, typed")],
    [U("my flask app is slow on the /report endpoint"),
     A("The profile shows 92% of the time in `build_report` doing one query per row (N+1). Fetching the rows with a single joined query brings it to ~120ms."),
     U("yep done, thanks. while I'm in there: add a /report.csv endpoint that streams the same data as CSV")],
    [U("is it better to use zod or yup for form validation?"),
     A("For a TypeScript codebase zod is usually the better pick: schemas double as types via `z.infer`, and it has good integration with react-hook-form through `@hookform/resolvers/zod`. Yup is fine if you're already using it."),
     U("zod it is. write the schema for our signup form: email, password (min 12, one number), confirm must match, optional referral code 6 uppercase chars")],
    [U("review this function\n\ndef parse_size(s):\n    units = {'K': 1024, 'M': 1024**2, 'G': 1024**3}\n    return int(s[:-1]) * units[s[-1]]"),
     A("It fails on plain numbers ('512'), lowercase units, decimals ('1.5G'), and whitespace, and it raises a bare KeyError on unknown units."),
     U("good points. write the robust version then, with those cases handled and a clear ValueError")],
    [U("why does my docker image weigh 1.8GB"),
     A("You're on `python:3.12` (the full Debian image), build tools stay in the final layer, and `COPY . .` brings in `.git` and `node_modules` because there's no `.dockerignore`."),
     U("write me a proper multi-stage Dockerfile and a .dockerignore then")],
    [U("walk me through how the auth middleware works"),
     A("It reads the `Authorization` header, verifies the JWT with the JWKS from Auth0 (cached 10 min), puts the claims on `req.user`, and rejects with 401 if verification fails. Role checks happen later in `requireRole()`."),
     U("got it. add an API key path to it: if header `X-Api-Key` is present, look it up in the api_keys table instead of doing the JWT stuff")],
    # Claude Code shapes
    [CC("add an endpoint to export a user's data as a zip (GDPR). follow the patterns in this file", rem=0, open="api/routes/users.py")],
    [CC("write tests for this class, it's done, the bug was fixed in the last commit", rem=1, sel=("src/billing/proration.ts", 1, 22, "export class Proration {\n  constructor(private readonly periodStart: Date, private readonly periodEnd: Date) {}\n  fraction(at: Date): number {\n    const total = this.periodEnd.getTime() - this.periodStart.getTime();\n    const used = Math.min(Math.max(at.getTime() - this.periodStart.getTime(), 0), total);\n    return 1 - used / total;\n  }\n  credit(amountCents: number, at: Date): number {\n    return Math.floor(amountCents * this.fraction(at));\n  }\n}"))],
    [CC("generate the CRUD handlers for the Project model, same structure as the ones for Team", rem=2),
     AT("Let me look at the Team handlers first.", TU("01Hg1", "Read", file_path="internal/http/team.go")),
     TR("01Hg1", "func (s *Server) listTeams(w http.ResponseWriter, r *http.Request) {\n\tteams, err := s.store.ListTeams(r.Context(), orgID(r))\n\tif err != nil { s.fail(w, err); return }\n\ts.json(w, 200, teams)\n}\n\nfunc (s *Server) createTeam(w http.ResponseWriter, r *http.Request) {\n\tvar in TeamInput\n\tif err := decode(r, &in); err != nil { s.fail(w, badRequest(err)); return }\n\tt, err := s.store.CreateTeam(r.Context(), orgID(r), in)\n\tif err != nil { s.fail(w, err); return }\n\ts.json(w, 201, t)\n}"),
     AT("", TU("01Hg2", "Grep", pattern="Project", path="internal/store")),
     TR("01Hg2", "internal/store/project.go:8:type Project struct {\ninternal/store/project.go:20:func (s *Store) ListProjects(ctx context.Context, org int64) ([]Project, error)\ninternal/store/project.go:41:func (s *Store) CreateProject(ctx context.Context, org int64, in ProjectInput) (*Project, error)\ninternal/store/project.go:70:func (s *Store) DeleteProject(ctx context.Context, org, id int64) error",
        text="also do delete. wire them in routes.go too")],
    [CC("make a settings page component: toggle for email notifications, select for language, save button that calls PATCH /api/me", rem=3, open="src/components/ProfileCard.tsx")],
    [CC("写一个 Python 脚本，把这个目录下所有的 .xlsx 合并成一个 CSV，保留文件名作为一列", rem=4)],
    [CC("the lint passes now. next: add a `--since` flag to the cli that filters commits by date", rem=5),
     AT("", TU("01Hg3", "Read", file_path="cmd/changelog/main.go")),
     TR("01Hg3", "var (\n\tfrom = flag.String(\"from\", \"\", \"start ref\")\n\tto   = flag.String(\"to\", \"HEAD\", \"end ref\")\n)\n\nfunc main() {\n\tflag.Parse()\n\tcommits, err := git.Log(*from, *to)\n\tif err != nil { log.Fatal(err) }\n\tfor _, c := range commits { fmt.Println(render(c)) }\n}",
        text='add it next to --from/--to, accept YYYY-MM-DD, and combine with the refs if both given')],
    [CC("we need a seed script for local dev: 3 orgs, 20 users each, random projects. use faker. models are in models.py", rem=0, open="app/models.py")],
    [CC("add a github action that labels PRs by path (frontend/, backend/, infra/) ", rem=1)],
    [CC("implement the TODO", rem=2, sel=("src/lib/retry.rs", 10, 18, "pub async fn with_retry<F, Fut, T, E>(mut f: F, policy: RetryPolicy) -> Result<T, E>\nwhere\n    F: FnMut() -> Fut,\n    Fut: Future<Output = Result<T, E>>,\n{\n    // TODO: exponential backoff with jitter, respect policy.max_attempts and policy.max_delay\n    todo!()\n}"))],
    [CC("write a k6 load test script for the checkout flow: login, add to cart, checkout. ramp to 200 VUs", rem=3)],
    [CC("スクリプトを書いてください：GitHub APIで組織の全リポジトリを取得して、デフォルトブランチの保護設定がないものを一覧にする", rem=4)],
    [CC("ok now the same for the orders table", rem=5),
     AT("", TU("01Hg4", "Read", file_path="db/migrations/0042_users_soft_delete.sql")),
     TR("01Hg4", "ALTER TABLE users ADD COLUMN deleted_at timestamptz;\nCREATE INDEX CONCURRENTLY users_active_idx ON users (id) WHERE deleted_at IS NULL;",
        text="same pattern but orders also needs the partial index on (customer_id, created_at)")],
    [CC("create a `useInfiniteScroll` hook for the feed, using IntersectionObserver. the feed component is open", rem=0, open="src/features/feed/Feed.tsx")],
    [CC("Kannst du einen Dependabot-Config für npm, docker und github-actions anlegen? wöchentlich, PRs gruppiert", rem=1)],
    [CC("add a health endpoint that checks db + redis and returns 503 if either is down", rem=2, open="src/main.ts")],
    [CC("Mujhe ek python function chahiye jo phone numbers ko E.164 format me convert kare, India default country ho", rem=0)],
    [U("Preciso de um script em Node que leia um arquivo JSON grande (2GB) em streaming e conte quantos objetos têm status 'ativo'")],
    [U("Bana bir TypeScript fonksiyonu yaz: iki tarih arasındaki iş günlerini hesaplasın, Türkiye resmi tatillerini parametre olarak alsın")],
    [U("Napisz w Pythonie klasę do obsługi paginacji kursorowej dla naszego API (parametr `after`, odpowiedź ma `next_cursor`)")],
    [CC("create the sql tables for a simple todo app with users, lists, items, sharing lists with other users", rem=5)],
    [U("Write a GitHub Actions workflow that builds the docker image on tag push, signs it with cosign keyless, and pushes to ghcr")],
    [U("boilerplate for a fastapi app with settings via pydantic-settings, a db session dependency, and a /health route. just the skeleton")],
]

_BIG_SPEC = """POST /v1/shipments/quote
Request:
{
  "origin":      {"country": "DE", "postal_code": "10115"},
  "destination": {"country": "FR", "postal_code": "75001"},
  "parcels": [
    {"weight_g": 1200, "length_cm": 30, "width_cm": 20, "height_cm": 10},
    {"weight_g": 400,  "length_cm": 15, "width_cm": 15, "height_cm": 5}
  ],
  "service_levels": ["standard", "express"]   // optional, default all
}
Response 200:
{
  "quotes": [
    {"carrier": "dhl", "service_level": "standard", "price": {"amount": 1290, "currency": "EUR"}, "eta_days": [2, 4]},
    {"carrier": "ups", "service_level": "express",  "price": {"amount": 2450, "currency": "EUR"}, "eta_days": [1, 1]}
  ],
  "expires_at": "2026-07-09T12:00:00Z"
}
Errors:
 400 invalid_address      {"error": {"code": "invalid_address", "field": "destination.postal_code"}}
 422 parcel_too_heavy     any parcel > 31500 g
 503 carriers_unavailable all carrier calls failed
Rules:
 - call every configured carrier client in parallel, timeout 2s each, ignore the ones that fail
 - volumetric weight = L*W*H/5000 (kg); billable = max(actual, volumetric) per parcel
 - quotes sorted by price ascending
 - cache identical requests for 60s
Existing pieces: CarrierClient trait { fn quote(&self, req: &QuoteRequest) -> impl Future<Output = Result<Vec<Quote>, CarrierError>> }, AppState { carriers: Vec<Arc<dyn CarrierClient>>, cache: moka::future::Cache<String, QuoteResponse> }
"""

EXAMPLES += [
    [CC("implement this endpoint in our axum service. spec from the product doc pasted below, types and handler + the volumetric weight fn with unit tests", rem=1, extra=(_BIG_SPEC,))],
    [U("como funciona o `Intl.NumberFormat`?"),
     A("Ele formata números de acordo com uma localidade: `new Intl.NumberFormat('pt-BR', { style: 'currency', currency: 'BRL' }).format(1234.5)` dá `R$ 1.234,50`. Você pode controlar casas decimais, notação compacta, unidades, etc."),
     U("beleza. então escreve um componente React <Price value currency /> que usa isso, memoiza o formatter por locale e mostra um skeleton quando value é undefined")],
]
