from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "code_generation"
PARENT = None

DESCRIPTIONS = [
    "code generation",
    "writing new code from requirements: functions, classes, modules, scripts and whole features",
    "Use this when I ask you to implement something that doesn't exist yet — a new function, endpoint handler, CLI command, class or small library. Not for fixing or explaining existing code.",
    "implement features / write boilerplate",
    "when I want you to just write the code for me",
    "greenfield implementation work: scaffolding, CRUD handlers, data classes, parsers, algorithms, glue code, utility helpers",
    "new code — 'write a function that…', 'add a command that…', 'implement X'",
    "feature implementation and codegen from a spec or ticket description, in any language (Python, TypeScript, Go, Rust, Java…)",
    "Generación de código: escribir funciones, clases y funcionalidades nuevas a partir de requisitos",
    "新しいコードを書く（関数・クラス・スクリプト・機能の実装）",
]

REQUESTS = [
    # 1 terse
    "write a python function that chunks a list into n-sized pieces, last chunk can be smaller",
    # 2
    r"""I need a Go function `func ParseDuration(s string) (time.Duration, error)` that accepts things like "1d", "2w", "3h30m", "90s" — basically time.ParseDuration but also supporting d (24h) and w (7d). Should reject negative values and empty strings. No external deps.""",
    # 3
    "implement an LRU cache class in typescript with get/set/delete and a max size, generic over key and value. O(1) ops pls",
    # 4 sloppy
    "can u write me a retry decorator for python w/ exponential backoff + jitter, configurable max attempts and which exceptions to retry on. needs to work on async funcs too",
    # 5 Claude Code with CLAUDE.md reminder
    cc(
        "Add a new `export` subcommand to the CLI that dumps all saved bookmarks to either JSON or CSV (flag `--format json|csv`, default json) and writes to stdout unless `--output PATH` is given. Follow the same pattern as the existing `import` command in src/bookmarks/cli.py.",
        reminders=[reminder_claudemd("2026-03-14", """
# Bookmarks CLI
- Python 3.12, click for CLI, pydantic v2 models
- Run `uv run pytest` before finishing
- Keep functions small, type-annotate everything
""")],
    ),
    # 6
    r"""Write a Rust function that reads a file line by line and returns a HashMap<String, usize> of word frequencies. Words are split on whitespace and lowercased, punctuation stripped. Use BufReader, return io::Result.""",
    # 7 Spanish
    "Necesito una clase en Java que represente una cuenta bancaria con métodos depositar, retirar y transferir a otra cuenta. Debe lanzar una excepción personalizada si no hay saldo suficiente y ser thread-safe.",
    # 8
    r"""We get webhooks from Stripe at POST /webhooks/stripe. Write the Express handler (TypeScript) that:
- verifies the signature using the raw body and STRIPE_WEBHOOK_SECRET
- handles `checkout.session.completed` by calling `fulfillOrder(session.id)`
- handles `invoice.payment_failed` by calling `notifyBillingFailure(customerId)`
- returns 200 for everything else, 400 on bad signature
We already have `import Stripe from 'stripe'` and the stripe client set up in src/lib/stripe.ts.""",
    # 9 multi-turn intent shift
    conv(
        "what's the difference between a deque and a list in python for popping from the front?",
        "`list.pop(0)` is O(n) because every remaining element has to shift left by one slot, while `collections.deque.popleft()` is O(1) — a deque is a doubly-linked list of fixed-size blocks, so both ends are cheap. For FIFO queues use a deque; for random index access a list is still better.",
        "ok makes sense. write me a bounded ring buffer class on top of deque then — push, pop, peek, is_full, and iteration oldest→newest. when full, pushing should drop the oldest",
    ),
    # 10
    "Generate a C function `int base64_encode(const unsigned char *in, size_t len, char *out, size_t out_cap)` — standard alphabet with padding, returns number of chars written or -1 if out_cap too small. No malloc.",
    # 11
    # 12 German
    "Schreib mir bitte eine Python-Funktion, die eine IBAN validiert (Länge je nach Land, Prüfsumme mod 97). Gib True/False zurück und wirf keine Exceptions bei Müll-Input.",
    # 13
    r"""I have this interface:

```ts
export interface RateLimiter {
  tryAcquire(key: string, cost?: number): boolean;
}
```

Implement a token bucket version backed by an in-memory Map. Constructor takes `capacity` and `refillPerSecond`. Don't use setInterval — compute refill lazily from timestamps. Also export a factory `createRateLimiter(opts)`.""",
    # 14
    "need a script that walks a directory of .md files, pulls out the YAML front matter, and spits out a single index.json with title/date/tags/path for each. python, use pyyaml",
    # 15 tool loop
    loop(
        "look at how notifications are sent in this repo",
        [
            ("I'll look for the notification code.", [
                ("Grep", {"pattern": "def send_", "path": "app/notifications"},
                 "app/notifications/email.py:14:def send_email(to: str, subject: str, body: str) -> None:\napp/notifications/sms.py:9:def send_sms(to: str, body: str) -> None:"),
            ]),
            (None, [
                ("Read", {"file_path": "/repo/app/notifications/sms.py"},
                 "     1\timport httpx\n     2\tfrom app.config import settings\n     3\t\n     4\tclient = httpx.Client(base_url=settings.SMS_API_URL, timeout=5)\n     5\t\n     6\t\n     7\t# Twilio-compatible API\n     8\t\n     9\tdef send_sms(to: str, body: str) -> None:\n    10\t    resp = client.post(\"/messages\", data={\"To\": to, \"Body\": body, \"From\": settings.SMS_FROM})\n    11\t    resp.raise_for_status()\n"),
            ]),
        ],
        "Great — now add a Slack channel alongside those: app/notifications/slack.py with `send_slack(channel: str, text: str, blocks: list | None = None)` using the chat.postMessage API and a SLACK_BOT_TOKEN setting, same style as sms.py. Also register it in whatever dispatcher picks the channel.",
        reminders=[reminder_date("2026-02-09")],
        wrap="Notifications live in `app/notifications/`: `email.py` and `sms.py` each expose a single `send_*` function using a module-level httpx client configured from `app.config.settings`. SMS uses a Twilio-compatible `/messages` endpoint and raises on non-2xx.",
    ),
    # 16 Chinese
    "帮我用 Go 写一个简单的并发爬虫：输入一组 URL，最多同时 5 个请求，每个请求超时 10 秒，返回每个 URL 的状态码和标题（<title> 里的内容）。用 context 控制取消。",
    # 17
    "swift: write a Codable struct for this JSON and a function that fetches it with async/await URLSession\n\n{\"id\": 42, \"name\": \"Ada\", \"email\": \"ada@example.com\", \"created_at\": \"2024-05-01T10:00:00Z\", \"roles\": [\"admin\", \"dev\"]}",
    # 18 long spec
    r"""Implement a minimal event emitter in plain JavaScript (no deps), ESM module:

- `on(event, handler)` returns an unsubscribe function
- `once(event, handler)`
- `off(event, handler)`
- `emit(event, ...args)` calls handlers synchronously in registration order; if a handler throws, keep calling the rest and then rethrow an AggregateError at the end
- wildcard `'*'` listeners receive `(event, ...args)`
- handlers added during an emit should NOT be called for that same emit

Add JSDoc types so it works nicely with TS checkJs.""",
    # 19
    "write a C# extension method `Batch<T>(this IEnumerable<T> source, int size)` that yields arrays lazily",
    # 20 multi-turn
    conv(
        "I'm building a small url shortener in flask. what's a good way to make short codes?",
        "Common options: (1) base62-encode an auto-increment ID — short, no collisions, but guessable; (2) random base62 strings of 6–8 chars with a uniqueness check on insert; (3) a hash of the URL truncated, which dedupes identical URLs but needs collision handling. For a small service, random 7-char base62 with a retry on unique-constraint violation is simple and not enumerable.",
        "go with random 7 char. write the flask app: POST /shorten takes json {url}, validates it's http(s), stores in sqlite, returns {code, short_url}. GET /<code> redirects 302 or 404. keep it one file",
    ),
    # 21
    "Ruby: write a method that takes a nested hash and flattens it into dot-notation keys, e.g. {a: {b: 1, c: {d: 2}}} => {\"a.b\" => 1, \"a.c.d\" => 2}. arrays should use index: \"a.0\"",
    # 22
    "PHP 8.2 — create a readonly Money value object (amount in minor units as int, currency ISO code), with add/subtract that throw on currency mismatch, and a format() using NumberFormatter for a given locale.",
    # 23 Claude Code, plain
    cc("implement the `TODO: pagination` in src/api/handlers/list_orders.go — cursor based, cursor is base64 of the last (created_at,id) pair, limit param default 50 max 200. return next_cursor in the response body when there are more rows",
       reminders=[reminder_date("2025-12-02")]),
    # 24
    cc("python dataclass-based config loader: reads a TOML file, overlays env vars with prefix APP_ (APP_DB__HOST -> db.host), validates required fields, raises a clear error listing all missing ones at once",
       reminders=[reminder_date("2026-05-04")],
       history=("where do we read settings right now?", "Settings are read ad hoc: `app/main.py` calls `os.environ.get` for about a dozen keys, and `app/db.py` separately parses `config.toml` with `tomllib`. There's no single config object or validation.",)),
    # 25 Japanese
    "TypeScriptで、配列を指定したキーでグループ化する汎用関数 groupBy<T, K extends PropertyKey>(items: T[], keyFn: (item: T) => K): Record<K, T[]> を書いてください。",
    # 26
    "write a tiny tokenizer + recursive descent parser in python for arithmetic expressions with + - * / parentheses and unary minus, returning an AST of dataclasses. then an eval function over the AST",
    # 27 typo-heavy
    "wirte a java method to check if a string is a valid palindrom ignoring case and non alphanumeric chars",
    # 28
    r"""Add a feature to our Django app: users can "favorite" recipes.
- model Favorite(user FK, recipe FK, created_at), unique together
- POST /api/recipes/<id>/favorite toggles it and returns {"favorited": bool, "count": int}
- include `is_favorited` in the existing RecipeSerializer for the current user
We use DRF with ViewSets. Give me the model, serializer change, the @action on RecipeViewSet and the url wiring.""",
    # 29 Portuguese
    "Escreve uma função em Python que recebe um CPF (string, com ou sem pontuação) e diz se é válido, calculando os dois dígitos verificadores. Rejeita sequências tipo 111.111.111-11.",
    # 30
    "generate a rust enum + impl for a simple state machine for a traffic light with timing: Red(30s) -> Green(25s) -> Yellow(5s) -> Red. method `tick(&mut self, elapsed: Duration)` that advances state when its time runs out, carrying over leftover time",
    # 31 multi-turn with context-dependent follow-up
    conv(
        "write a python function that downloads a file from a url with a progress bar (tqdm) and resumes if the file is partially there",
        "Here's an implementation using `requests` with a `Range` header for resume:\n\n```python\nimport os, requests\nfrom tqdm import tqdm\n\ndef download(url: str, dest: str, chunk: int = 1 << 16) -> str:\n    pos = os.path.getsize(dest) if os.path.exists(dest) else 0\n    headers = {\"Range\": f\"bytes={pos}-\"} if pos else {}\n    with requests.get(url, headers=headers, stream=True, timeout=30) as r:\n        if r.status_code == 416:\n            return dest  # already complete\n        r.raise_for_status()\n        total = int(r.headers.get(\"Content-Length\", 0)) + pos\n        mode = \"ab\" if r.status_code == 206 else \"wb\"\n        if mode == \"wb\":\n            pos = 0\n        with open(dest, mode) as f, tqdm(total=total, initial=pos, unit=\"B\", unit_scale=True) as bar:\n            for part in r.iter_content(chunk):\n                f.write(part)\n                bar.update(len(part))\n    return dest\n```",
        "nice. now write an async version with httpx that downloads a list of urls concurrently (max 4 at once), one bar per file",
    ),
    # 32
    "need a go struct + methods for an in-memory key/value store with TTL per key. Get/Set/Delete, plus a background janitor goroutine that evicts expired keys every minute, stoppable with Close(). safe for concurrent use",
    # 33 Russian
    "Напиши на Python генератор, который читает огромный CSV построчно и отдаёт батчи по 1000 строк в виде списков словарей. Нужно, чтобы память не росла.",
    # 34
    "write a function in TS that deep-merges two objects: arrays get concatenated, plain objects merged recursively, everything else from the second wins. Should not mutate inputs and the return type should be reasonable",
    # 35 Claude Code with todo reminder
    cc("Implement the `--watch` flag for `build` in tools/sitegen/main.py: when set, rebuild whenever a file under content/ or templates/ changes. Use watchdog, debounce 300ms so saving many files triggers one rebuild.",
       reminders=[REMINDER_TODO, reminder_date("2026-06-21")]),
    # 36
    cc("Kotlin coroutine function that polls an endpoint every 5 s until the job status is DONE or FAILED, with overall timeout 2 min. return the final status. use ktor client",
       history=("how does the export job API work on the server side?", "`POST /jobs` starts an export and returns `{id}`; `GET /jobs/{id}` returns `{status: QUEUED|RUNNING|DONE|FAILED, resultUrl?}`. Jobs usually finish within a minute.",)),
    # 37
    "Write a minimal bloom filter in C++ (header-only, templated on T with std::hash), constructor takes expected items and target false-positive rate and computes m and k. add() and possiblyContains().",
    # 38 Korean
    "파이썬으로 간단한 JWT 생성/검증 함수 만들어줘. PyJWT 써도 되고, HS256, 만료 시간 15분, 검증 실패하면 None 리턴하게.",
    # 39 long with context
    r"""We have a Spring Boot 3 service. I need a new endpoint to upload a CSV of products and bulk-insert them.

- POST /api/products/import, multipart file field `file`
- columns: sku,name,price,stock
- validate each row (sku non-empty, price >= 0, stock int); collect errors with line numbers instead of failing on the first one
- if there are any errors return 422 with the list; otherwise save all in one transaction and return 201 with count
- we have ProductRepository extends JpaRepository<Product, Long> already

Use Apache Commons CSV. Please write the controller, a service class and the error DTO.""",
    # 40 tool loop where final user asks for new code
    loop(
        "what does utils/geo.py have in it?",
        [
            (None, [
                ("Read", {"file_path": "/home/dev/fleet/utils/geo.py"},
                 "     1\tfrom math import radians, sin, cos, asin, sqrt\n     2\t\n     3\tEARTH_RADIUS_KM = 6371.0\n     4\t\n     5\t\n     6\tdef haversine_km(lat1, lon1, lat2, lon2):\n     7\t    dlat = radians(lat2 - lat1)\n     8\t    dlon = radians(lon2 - lon1)\n     9\t    a = sin(dlat / 2) ** 2 + cos(radians(lat1)) * cos(radians(lat2)) * sin(dlon / 2) ** 2\n    10\t    return 2 * EARTH_RADIUS_KM * asin(sqrt(a))\n"),
            ]),
        ],
        "add a function nearest_vehicles(point, vehicles, k=5, max_km=None) there — vehicles is a list of dicts with lat/lon/id. return the k closest sorted by distance with the distance attached. and a bounding_box(lat, lon, radius_km) helper that returns min/max lat/lon so we can prefilter in the db",
        wrap="`utils/geo.py` only has a `haversine_km(lat1, lon1, lat2, lon2)` function (great-circle distance in km using Earth radius 6371) and the `EARTH_RADIUS_KM` constant.",
    ),
    # 41
    "write me a simple markdown-to-html converter in python from scratch (no libs) that handles headings, bold/italic, inline code, fenced code blocks, links and unordered lists. doesn't need to be perfect",
    # 42 multi-turn, French
    conv(
        "Salut, tu connais le format GPX ?",
        "Oui — GPX (GPS Exchange Format) est un format XML pour les traces GPS : des `<trk>` contenant des `<trkseg>` avec des points `<trkpt lat=\"…\" lon=\"…\">`, souvent avec `<ele>` (altitude) et `<time>`. Il y a aussi des waypoints `<wpt>` et des routes `<rte>`.",
        "Parfait. Écris-moi un script Python qui lit un fichier GPX et calcule la distance totale, le dénivelé positif et la durée de la trace. Sans dépendance externe si possible (xml.etree).",
    ),
    # 43
    "Give me a generic Result<T, E> type for TypeScript with ok/err constructors, map, mapErr, andThen, unwrapOr, and a `fromPromise` helper that catches rejections",
    # 44 multi-turn where earlier turn is review, final is new code
    conv(
        "is it bad that my go http handlers all call db directly?",
        "Not inherently — for small services it's fine. It gets painful when handlers grow business logic you want to test without a database, or when several handlers share queries. A thin repository/store interface that handlers depend on makes testing and reuse easier without much ceremony.",
        "ok let's do that. write a UserStore interface (Get, GetByEmail, Create, Update, Delete) and a postgres implementation using pgx/v5 pool, with a users table id uuid, email, name, created_at, updated_at. return a sentinel ErrNotFound",
    ),
    # 45
    "bash is fine but i'd rather have this in python: small CLI (argparse) `dupfind DIR` that finds duplicate files by size first then sha256, prints groups, optional --delete keeps the oldest",
    "bhai ek python script likh do jo folder ke saare PDFs ko merge karke ek single PDF bana de, filename ke alphabetical order mein. pypdf use kar sakte ho, aur har PDF ke start pe ek bookmark bhi add karna",
]
