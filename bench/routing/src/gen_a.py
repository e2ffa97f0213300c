from lib import *

L = "code generation"

ex("gen_rename_jpeg", L, [first("write a python script that renames every .jpeg in a folder (recursively) to .jpg, skip if the target already exists and print what it did")],
   tags=["code:python"])

ex("gen_zod_schema", L, [first('''add a zod schema for this + infer the type from it instead of the interface

```ts
export interface CreateInvoiceInput {
  customerId: string;
  currency: "EUR" | "USD" | "GBP";
  lines: Array<{
    sku: string;
    quantity: number; // positive int
    unitPriceCents: number;
  }>;
  dueDate?: string; // ISO date
  notes?: string;
}
```''')], tags=["pasted_code", "code:typescript"])

ex("gen_go_token_bucket", L, [first("implement a token bucket rate limiter in Go. needs to be safe for concurrent use, with Allow() bool and Wait(ctx context.Context) error. refill rate and burst configurable. no external deps pls")],
   tags=["code:go"])

ex("gen_rust_duration", L, [first("Write a Rust fn `parse_duration(s: &str) -> Result<Duration, ParseError>` that accepts things like `1h30m`, `45s`, `2d`, `500ms`. Custom error enum, no regex crate. Include a few #[test]s.")],
   tags=["code:rust"])

ex("gen_sql_top_customers", L, [first('''need a query: top 5 customers by revenue for each month of 2025. postgres 15.

tables:
customers(id bigint pk, name text, country text)
orders(id bigint pk, customer_id bigint fk, created_at timestamptz, status text)
order_items(order_id bigint fk, product_id bigint, qty int, unit_price numeric(12,2))

only count orders with status in ('paid','shipped'). ties can be broken by name''')], tags=["pasted_code", "code:sql"])

ex("gen_pg_backup_script", L, [first("bash script to pg_dump our db every night into /var/backups/pg, gzip it, keep only the 7 newest dumps, and exit non-zero + log to syslog if the dump fails. it'll run from cron as the postgres user")],
   tags=["code:bash"])

ex("gen_gha_matrix", L, [first("Create .github/workflows/ci.yml: run pytest on python 3.10 through 3.13 on ubuntu and macos, use uv for installing deps (we have uv.lock), cache it, and upload coverage.xml as an artifact only from the 3.12 ubuntu job.")],
   tags=["code:yaml", "repo_paths"])

ex("gen_dockerfile_go", L, [first("multi-stage Dockerfile for our go service (module github.com/acme/ledger, main pkg in ./cmd/ledgerd). final image distroless nonroot, static binary, CGO off, pass version via ldflags from a build arg")],
   tags=["code:dockerfile"])

ex("gen_spring_controller", L, [first('''Create a Spring Boot REST controller for CRUD on orders under /api/orders. Use this entity and a JpaRepository. Return 404 properly, validate input with jakarta validation, and use DTOs not the entity in the API.

@Entity
@Table(name = "orders")
public class Order {
    @Id @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String customerEmail;
    @Column(nullable = false)
    private BigDecimal total;
    @Enumerated(EnumType.STRING)
    private OrderStatus status;
    private Instant createdAt;
    // getters/setters omitted
}''')], tags=["pasted_code", "code:java"])

ex("gen_c_ringbuf", L, [first("write a fixed-size ring buffer in C for an embedded target (no malloc). uint8_t elements, capacity is a compile-time #define, functions push/pop/peek/is_full/is_empty, single producer single consumer from an ISR so make it lock-free for that case. header + .c")],
   tags=["code:c"])

ex("gen_pytest_for_func", L, [first('''write pytest tests for this, cover the edge cases

```python
def chunk_text(text: str, max_len: int, overlap: int = 0) -> list[str]:
    """Split text into chunks of at most max_len chars, with `overlap` chars repeated between chunks."""
    if max_len <= 0:
        raise ValueError("max_len must be positive")
    if not 0 <= overlap < max_len:
        raise ValueError("overlap must be in [0, max_len)")
    chunks, start = [], 0
    while start < len(text):
        end = min(start + max_len, len(text))
        chunks.append(text[start:end])
        if end == len(text):
            break
        start = end - overlap
    return chunks
```''')], tags=["pasted_code", "code:python"])

ex("gen_jest_hook", L, [first('''can you write tests for useDebouncedValue using @testing-library/react + jest fake timers

```tsx
import { useEffect, useState } from "react";

export function useDebouncedValue<T>(value: T, delay = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(id);
  }, [value, delay]);
  return debounced;
}
```''')], tags=["pasted_code", "code:typescript"])

ex("gen_es_iban", L, [first("genera una función en JavaScript que valide un IBAN (longitud por país y el checksum mod 97). Que devuelva un objeto con { valido, motivo } y sin librerías externas")],
   tags=["non_english", "lang_es", "code:javascript"])

ex("gen_de_csv_merge", L, [first("Schreib mir ein Python-Skript, das alle CSV-Dateien in einem Ordner zu einer Datei zusammenführt. Die Header sind nicht überall gleich – fehlende Spalten sollen leer bleiben. Trennzeichen ist manchmal ; und manchmal , (automatisch erkennen bitte).")],
   tags=["non_english", "lang_de", "code:python"])

ex("gen_zh_go_middleware", L, [first("帮我写一个 Go 的 net/http 中间件，记录每个请求的方法、路径、状态码和耗时，用 slog 输出 JSON 日志。要能拿到 handler 写入的状态码")],
   tags=["non_english", "lang_zh", "code:go"])

ex("gen_ja_chunk", L, [first("TypeScriptで配列を指定サイズのチャンクに分割するユーティリティ関数を書いてください。ジェネリクス対応で、サイズが0以下のときはエラーを投げるようにしてほしいです。")],
   tags=["non_english", "lang_ja", "code:typescript"])

ex("gen_pt_fastapi_upload", L, [first("cria um endpoint FastAPI pra upload de arquivo, limite de 10MB, aceitar só pdf e png (checar magic bytes, não só extensão) e salvar no S3 com boto3. retorna a url assinada")],
   tags=["non_english", "lang_pt", "code:python"])

ex("gen_ru_retry_decorator", L, [first("напиши на питоне декоратор retry с экспоненциальной задержкой и джиттером. чтобы работал и для обычных, и для async функций, и можно было указать какие исключения ловить")],
   tags=["non_english", "lang_ru", "code:python"])

ex("gen_ko_infinite_scroll", L, [first("리액트로 무한 스크롤 리스트 컴포넌트 만들어줘. IntersectionObserver 쓰고, 로딩 중일 때 중복 요청 안 가게 해줘. 타입스크립트로!")],
   tags=["non_english", "lang_ko", "code:typescript"])

ex("gen_fr_cert_check", L, [first("écris un script bash qui parcourt /etc/ssl/private/*.pem et affiche les certificats qui expirent dans moins de 30 jours (avec la date d'expiration). code de sortie 1 s'il y en a au moins un")],
   tags=["non_english", "lang_fr", "code:bash"])

ex("gen_it_conn_pool", L, [first("scrivi una classe Java per un pool di connessioni JDBC semplice: dimensione massima configurabile, timeout sull'acquisizione, e validazione della connessione prima di restituirla. Niente HikariCP, è per un esercizio")],
   tags=["non_english", "lang_it", "code:java"])

ex("gen_hinglish_resize", L, [first("bhai ek python script likh do jo ek folder ke saare images ko 800px width pe resize kare aspect ratio same rakhke, output alag folder me jaye. Pillow use kar lo")],
   tags=["non_english", "lang_hi", "code:python", "typo"])

ex("gen_followup_to_dict", L, [
    first('''what does this class do exactly? especially the __post_init__ part

```python
@dataclass
class RetryPolicy:
    max_attempts: int = 3
    backoff: float = 0.5
    retry_on: tuple[type[BaseException], ...] = (TimeoutError,)
    jitter: bool = True

    def __post_init__(self):
        if self.max_attempts < 1:
            raise ValueError("max_attempts >= 1")
        object.__setattr__(self, "retry_on", tuple(self.retry_on))
```'''),
    A("It's a plain config holder for retry behaviour. `__post_init__` runs right after the generated `__init__`: it validates `max_attempts` and normalises `retry_on` to a tuple so callers can pass a list. The `object.__setattr__` call is unnecessary here because the dataclass isn't frozen; a normal assignment would do the same thing. It's a leftover pattern from frozen dataclasses."),
    ut("ok makes sense. add a to_dict() and a from_dict() classmethod to it, retry_on should serialize as the exception class names"),
], tags=["multi_turn", "follow_up", "intent_shift", "pasted_code", "code:python"])

ex("gen_after_review_apply", L, [
    first('''review this pls

```js
app.get('/users/:id', async (req, res) => {
  const user = await db.query(`SELECT * FROM users WHERE id = ${req.params.id}`)
  res.json(user.rows[0])
})
```'''),
    A("Three problems:\n\n1. **SQL injection**: `req.params.id` is interpolated straight into the query. Use a parameterised query (`$1`).\n2. **No 404**: if no row comes back you send `undefined`, and Express answers 200 with an empty body.\n3. **Over-fetching**: `SELECT *` returns `password_hash` and the other internal columns to the client. List the columns you want.\n\nThere's also no error handling. A rejected promise in an Express 4 handler won't reach your error middleware."),
    ut("good catches. rewrite it with all of that fixed, we're on express 4 so wrap it properly"),
], tags=["multi_turn", "follow_up", "intent_shift", "near_boundary", "pasted_code", "code:javascript"])

ex("gen_regression_test_after_fix", L, [
    first('''KeyError when the config has no "retries" section

Traceback (most recent call last):
  File "/app/worker/main.py", line 41, in <module>
    run(load_config(sys.argv[1]))
  File "/app/worker/config.py", line 27, in load_config
    retries = raw["retries"]["max"]
KeyError: 'retries\''''),
    A("`load_config` assumes a `retries` section is always there. I changed it to fall back to the defaults:\n\n```python\nretries = raw.get(\"retries\", {}).get(\"max\", DEFAULT_MAX_RETRIES)\n```\n\nConfigs that leave out the section now load with `DEFAULT_MAX_RETRIES` (3)."),
    us("works now, thx"),
    A("Good. Glad it's running now."),
    ut("and a regression test for it? tests/test_config.py, we use pytest + tmp_path"),
], tags=["multi_turn", "follow_up", "intent_shift", "near_boundary", "stack_trace", "code:python", "repo_paths"])

ex("gen_tool_healthz_then_ready", L, [
    first("add a /healthz endpoint to the api server"),
    A("Let me look at how the server is set up.", T("t1", "Read", {"file_path": "/home/dev/work/inventory/src/inventory/api/app.py"})),
    TR(R("t1", catn('''from fastapi import FastAPI
from .routes import items, warehouses
from .db import lifespan

app = FastAPI(title="inventory", lifespan=lifespan)
app.include_router(items.router, prefix="/items")
app.include_router(warehouses.router, prefix="/warehouses")
'''))),
    A(None, T("t2", "Edit", {"file_path": "/home/dev/work/inventory/src/inventory/api/app.py",
                            "old_string": 'app.include_router(warehouses.router, prefix="/warehouses")\n',
                            "new_string": 'app.include_router(warehouses.router, prefix="/warehouses")\n\n\n@app.get("/healthz", include_in_schema=False)\nasync def healthz() -> dict[str, str]:\n    return {"status": "ok"}\n'})),
    TR(R("t2", "The file /home/dev/work/inventory/src/inventory/api/app.py has been updated successfully.")),
    A("Added `GET /healthz` to `src/inventory/api/app.py`. It returns `{\"status\": \"ok\"}` and is left out of the OpenAPI schema."),
    ut("also add a /readyz that actually checks the db pool can run SELECT 1, return 503 if not. timeout 2s"),
], tags=["tool_loop", "follow_up", "code:python", "repo_paths"])

ex("gen_tool_toml_loader_after_explain", L, [
    first("how does config loading work in this repo?"),
    A("I'll find the config code.", T("a", "Bash", {"command": "grep -rn \"def load\" src/ --include=*.py | head -20", "description": "Find loader functions"})),
    TR(R("a", "src/conf/loaders.py:12:def load_yaml(path: Path) -> dict:\nsrc/conf/loaders.py:25:def load_env(prefix: str) -> dict:\nsrc/conf/settings.py:40:def load_settings(paths: list[Path]) -> Settings:", err=False)),
    A(None, T("b", "Read", {"file_path": "/home/dev/work/pipeline/src/conf/loaders.py"})),
    TR(R("b", catn('''from pathlib import Path
import os
import yaml

from .registry import register_loader


@register_loader(".yaml", ".yml")
def load_yaml(path: Path) -> dict:
    with path.open() as f:
        data = yaml.safe_load(f) or {}
    if not isinstance(data, dict):
        raise TypeError(f"{path}: top level must be a mapping")
    return data


def load_env(prefix: str) -> dict:
    out = {}
    for k, v in os.environ.items():
        if k.startswith(prefix):
            out[k[len(prefix):].lower()] = v
    return out
'''))),
    A("Config loading works in layers:\n\n1. `load_settings` in `settings.py` takes an ordered list of files. For each one it picks a loader from a registry keyed by file extension (`@register_loader`).\n2. The loaders in `loaders.py` return plain dicts. Only YAML is registered right now.\n3. `load_env(prefix)` adds environment variables on top. The prefix is stripped and keys are lowercased.\n4. The dicts are deep-merged in order, later ones win, and the result is validated into the `Settings` model."),
    ut("nice. write a TOML loader in the same style (tomllib, 3.11+), registered for .toml"),
], tags=["tool_loop", "intent_shift", "follow_up", "code:python"])

ex("gen_toolonly_makefile", L, [
    first("create a Makefile with build, test, lint, fmt and clean targets for this project"),
    A("Let me check the project layout and tooling first.", T("m1", "Bash", {"command": "ls -la && cat package.json | head -40", "description": "Inspect project root and package.json"})),
    TR(R("m1", '''total 48
drwxr-xr-x  8 dev dev 4096 Nov 20 10:02 .
drwxr-xr-x 14 dev dev 4096 Nov 18 09:11 ..
-rw-r--r--  1 dev dev  312 Nov 18 09:11 .eslintrc.cjs
-rw-r--r--  1 dev dev   98 Nov 18 09:11 .prettierrc
drwxr-xr-x  2 dev dev 4096 Nov 20 10:02 dist
-rw-r--r--  1 dev dev  811 Nov 19 16:40 package.json
-rw-r--r--  1 dev dev 61234 Nov 19 16:40 pnpm-lock.yaml
drwxr-xr-x  5 dev dev 4096 Nov 19 16:40 src
-rw-r--r--  1 dev dev  402 Nov 18 09:11 tsconfig.json
-rw-r--r--  1 dev dev  201 Nov 18 09:11 vitest.config.ts
{
  "name": "@acme/feature-flags",
  "version": "0.4.2",
  "type": "module",
  "scripts": {
    "build": "tsc -p tsconfig.json",
    "test": "vitest run",
    "lint": "eslint src --ext .ts"
  },
  "devDependencies": {
    "eslint": "^8.57.0",
    "prettier": "^3.3.2",
    "typescript": "^5.6.2",
    "vitest": "^2.1.1"
  }
}''', err=False)),
], tags=["tool_result_last", "code:makefile"])

ex("gen_toolonly_cli_export", L, [
    first("scaffold a new `export` subcommand in the cli that dumps all projects to json or csv (--format), follow the pattern of the existing commands"),
    A("I'll look at how the existing commands are registered.", T("c1", "Read", {"file_path": "/Users/mkowalski/src/tracker/tracker/cli/__init__.py"}), T("c2", "Read", {"file_path": "/Users/mkowalski/src/tracker/tracker/cli/list_cmd.py"})),
    TR(R("c1", catn('''import click

from .list_cmd import list_projects
from .sync_cmd import sync


@click.group()
@click.option("--db", envvar="TRACKER_DB", default="~/.tracker.db")
@click.pass_context
def cli(ctx, db):
    ctx.obj = {"db": db}


cli.add_command(list_projects)
cli.add_command(sync)
''')), R("c2", catn('''import click

from ..store import open_store


@click.command("list")
@click.option("--archived/--no-archived", default=False)
@click.pass_obj
def list_projects(obj, archived):
    """List projects."""
    with open_store(obj["db"]) as store:
        for p in store.projects(include_archived=archived):
            click.echo(f"{p.id:>5}  {p.name}")
'''))),
], tags=["tool_result_last", "code:python"])

ex("gen_palindrome_typos", L, [first("wrtie a fucntion that chekcs if a string is palindrom ignoring punctuaton and case, in js, and make it handle unicode acents too (é == e)")],
   tags=["typo", "code:javascript"])

ex("gen_now_in_go", L, [
    first("python function that takes a list of intervals [[1,3],[2,6],[8,10]] and merges overlapping ones"),
    A('''```python
def merge_intervals(intervals: list[list[int]]) -> list[list[int]]:
    if not intervals:
        return []
    intervals = sorted(intervals, key=lambda x: x[0])
    merged = [intervals[0][:]]
    for start, end in intervals[1:]:
        if start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return merged
```

It sorts by start, which is O(n log n), then does one linear pass.'''),
    ut("now in go"),
], tags=["multi_turn", "follow_up", "terse", "code:go", "code:python"])

ex("gen_semver_regex", L, [first("regex for semver 2.0 incl. pre-release and build metadata, no leading zeros in numeric parts. PCRE flavor, I need it for a GitLab CI rules: if")],
   tags=["code:regex"])

ex("gen_chrome_ext_boilerplate", L, [first("give me boilerplate for a chrome extension, manifest v3, with a popup (vanilla ts + vite), a background service worker and a content script that highlights all <code> elements on the page when you click a button in the popup")],
   tags=["code:typescript"])

ex("gen_long_cli_spec", L, [first('''I need a small CLI tool, written in Go, called `logslice`. Requirements:

- Input: one or more log files (or stdin if none given). Files may be gzip-compressed (detect by magic bytes, not extension).
- Each line is either JSON (one object per line) or our legacy format: `2025-03-04T10:22:01.123Z LEVEL [component] message`.
- Flags:
  - `--from` / `--to`: RFC3339 timestamps, inclusive/exclusive. Lines without a parsable timestamp are dropped unless `--keep-unparsed`.
  - `--level`: minimum level (debug < info < warn < error). Case-insensitive.
  - `--component`: repeatable; if given, only those components.
  - `--grep`: RE2 regex applied to the message.
  - `--output`: `text` (default, the original line) or `json` (normalized object with ts, level, component, msg, source_file).
- Must stream: files can be 20+ GB, so no loading everything in memory.
- When multiple files are given, output must be merged in timestamp order (files are individually sorted). Use a heap.
- Exit code 0 if at least one line matched, 1 if none, 2 on usage/IO error.
- Use only stdlib + cobra for flags.

Please give me the full package layout (cmd/logslice/main.go, internal/parse, internal/merge), the code, and table-driven tests for the parser. Keep functions small.''')],
   tags=["long", "code:go"])

ex("gen_express_pagination", L, [first('''add cursor-based pagination to this route (cursor = base64 of the last id), default limit 20 max 100, and return next_cursor

```ts
router.get("/events", requireAuth, async (req, res) => {
  const events = await prisma.event.findMany({
    where: { orgId: req.user.orgId },
    orderBy: { id: "desc" },
  });
  res.json({ data: events });
});
```''')], tags=["pasted_code", "code:typescript"])

ex("gen_terraform_s3", L, [first("terraform for an s3 bucket: versioning on, SSE-KMS with a new CMK, block all public access, lifecycle rule moving noncurrent versions to glacier after 90 days and expiring them after 365. aws provider v5 syntax (separate resources, not the old inline blocks)")],
   tags=["code:hcl"])

ex("gen_k8s_manifests", L, [first("k8s manifests for our image ghcr.io/acme/thumbnailer:1.8.0 — Deployment (3 replicas, readiness on /ready port 8080, resources 250m/256Mi req, 1cpu/512Mi limit), a ClusterIP Service, and an HPA on cpu 70% min 3 max 12. namespace media")],
   tags=["code:yaml"])

ex("gen_alembic_backfill", L, [first('''write an alembic migration that adds `normalized_email` (nullable text) to `accounts`, backfills it with lower(trim(email)) in batches of 10k so we don't lock the table forever, then adds a unique index concurrently. postgres. our previous revision id is 7c1f2a9d3e44''')],
   tags=["code:python", "code:sql"])

ex("gen_kotlin_room", L, [first("Kotlin: data class Note(id, title, body, updatedAt, pinned) as a Room entity + DAO with Flow<List<Note>> ordered pinned first then updatedAt desc, upsert, and delete by id. Also the Database class")],
   tags=["code:kotlin"])

ex("gen_swiftui_refresh", L, [first("SwiftUI view that shows a list of articles from an async `ArticleService.fetch()` with pull to refresh, a loading state, and an error banner with retry. iOS 17, use @Observable")],
   tags=["code:swift"])

ex("gen_pydantic_from_json", L, [first('''generate pydantic v2 models for this webhook payload

{
  "event": "subscription.updated",
  "created": 1731912000,
  "data": {
    "id": "sub_9fK2",
    "customer": {"id": "cus_11", "email": "x@y.com"},
    "items": [
      {"price": {"id": "price_1", "unit_amount": 1200, "currency": "eur", "recurring": {"interval": "month", "interval_count": 1}}, "quantity": 3}
    ],
    "status": "active",
    "cancel_at": null,
    "metadata": {"plan": "team"}
  }
}

created should become a datetime, status an enum (active, past_due, canceled, trialing)''')],
   tags=["pasted_code", "code:python", "code:json"])

ex("gen_hypothesis_slugify", L, [first("write property-based tests with hypothesis for our `slugify()` in src/textutil/slug.py — idempotent, only [a-z0-9-], no leading/trailing/double dashes, length <= max_len")],
   tags=["code:python", "repo_paths"])
