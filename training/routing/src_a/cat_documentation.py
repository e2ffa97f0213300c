from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "documentation"
PARENT = None

DESCRIPTIONS = [
    "docs",
    "writing and improving documentation: docstrings, comments, READMEs, API references, guides and changelogs",
    "Use for anything where the output is prose about code rather than code: README sections, JSDoc/docstrings, inline comments, tutorials, migration guides, release notes, runbooks.",
    "technical writing",
    "when I need help documenting my project or explaining it to users in written form",
    "docstrings & comments, CHANGELOG entries, API reference pages, onboarding guides, ADR write-ups, man pages",
    "make my docs better — clearer wording, structure, examples",
    "generate documentation for existing code (Google/NumPy style docstrings, Javadoc, rustdoc, OpenAPI descriptions) and keep READMEs up to date",
    "Documentation technique : docstrings, commentaires, README, guides et notes de version",
    "编写文档：注释、docstring、README、API 参考和更新日志",
]

REQUESTS = [
    r"""add docstrings to this module, google style

```python
def normalize(v, eps=1e-9):
    n = math.sqrt(sum(x * x for x in v))
    return [x / max(n, eps) for x in v]

def cosine(a, b):
    return sum(x * y for x, y in zip(normalize(a), normalize(b)))

def top_k(query, docs, k=5):
    scored = [(cosine(query, d.vec), d) for d in docs]
    return [d for _, d in sorted(scored, key=lambda t: -t[0])[:k]]
```""",
    conv(
        "is it worth publishing a tiny CLI to homebrew or just github releases",
        "For a small CLI, GitHub Releases plus a Homebrew tap (your own `homebrew-tap` repo) is the sweet spot: goreleaser can publish both from a tag. Getting into homebrew-core requires notability and maintenance commitment, so start with a tap.",
        "write a README for my project: it's a CLI called `tidyimg` that batch resizes and converts images (webp/avif), written in Go. install via go install or brew. include usage examples and flags: -w width, -q quality, -f format, -o outdir, --dry-run",
    ),
    cc("Update README.md to reflect the new config format (we moved from config.ini to config.toml in the last release). Keep the existing structure, just fix the setup and configuration sections and add a short migration note.",
       reminders=[reminder_date("2026-03-18")]),
    r"""Write JSDoc for this function, including @param, @returns, @throws and an @example

```js
export function parseRange(header, size) {
  const m = /^bytes=(\d*)-(\d*)$/.exec(header || '');
  if (!m) return null;
  let start = m[1] === '' ? size - Number(m[2]) : Number(m[1]);
  let end = m[1] === '' || m[2] === '' ? size - 1 : Number(m[2]);
  if (start > end || end >= size) throw new RangeError('unsatisfiable');
  return { start, end };
}
```""",
    cc("can you write the CHANGELOG entry for v2.4.0? changes: added --json output to `status`, fixed crash when config dir missing (#412), dropped python 3.8 support, deprecated `--legacy-auth` (removed in 3.0), faster startup (~40%)",
       reminders=[reminder_date("2026-04-30")],
       history=("bump the version to 2.4.0 everywhere", "Updated the version to 2.4.0 in `pyproject.toml`, `src/tool/__init__.py` and the `--version` test fixture. `CHANGELOG.md` still has an empty Unreleased section.",)),
    # German
    "Bitte schreib eine verständliche Anleitung (Markdown) für neue Entwickler, wie man unser Projekt lokal aufsetzt: Docker Compose, .env aus .env.example kopieren, `make seed`, dann `make dev`. Zielgruppe sind Werkstudenten ohne viel Docker-Erfahrung.",
    "add comments to this regex-heavy function explaining each step, someone on my team has to maintain it\n\n```python\ndef slugify(s):\n    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()\n    s = re.sub(r'[^\\w\\s-]', '', s).strip().lower()\n    return re.sub(r'[-\\s]+', '-', s)\n```",
    "write rustdoc comments for this public API incl. examples that compile as doctests\n\n```rust\npub struct Retry { max: u32, base: Duration }\nimpl Retry {\n    pub fn new(max: u32, base: Duration) -> Self { Self { max, base } }\n    pub fn delay(&self, attempt: u32) -> Option<Duration> {\n        (attempt < self.max).then(|| self.base * 2u32.pow(attempt))\n    }\n}\n```",
    conv(
        "what's the difference between a guide and a reference in docs?",
        "In the Diátaxis framework: a *guide* (how-to) is task-oriented — steps to accomplish a specific goal; a *reference* is information-oriented — exhaustive, dry descriptions of every option/function, meant to be looked up rather than read through. Tutorials (learning-oriented) and explanations (understanding-oriented) are the other two types.",
        "ok makes sense. then write me a how-to guide for our API: 'How to paginate through all invoices'. we use cursor pagination: GET /v1/invoices?limit=100&starting_after=<id>, response has `data` and `has_more`. include curl and python examples",
    ),
    conv(
        "we keep getting paged for replica lag and every on-call person handles it differently",
        "That's a classic sign the alert needs a runbook: a shared page that says what the alert means, how to assess impact, the standard mitigation steps, and when to escalate. It also helps to tune the threshold so it only pages when users are actually affected.",
        "write a runbook for on-call: 'Postgres replica lag alert'. what it means, how to check lag, common causes (long queries on replica, vacuum, network), mitigation steps, when to escalate",
    ),
    # Chinese
    "帮我给这个 Java 类写 Javadoc，包括类说明和每个 public 方法的参数、返回值、异常说明。\n\n```java\npublic class TokenBucket {\n    public TokenBucket(long capacity, double refillPerSec) { ... }\n    public synchronized boolean tryConsume(long n) { ... }\n    public synchronized long available() { ... }\n}\n```",
    "improve the wording of this README intro, it's clunky:\n\n\"This is a library which is used for the purpose of doing validation of schemas of JSON which are big, it does it in a way that is streaming so memory is not used too much and also it is fast.\"",
    loop(
        "show me the public functions in lib/ratelimit",
        [
            (None, [
                ("Grep", {"pattern": "^export (function|class|const)", "path": "lib/ratelimit", "output_mode": "content"},
                 "lib/ratelimit/index.ts:3:export class SlidingWindowLimiter {\nlib/ratelimit/index.ts:41:export function createLimiter(opts: LimiterOptions): Limiter {\nlib/ratelimit/index.ts:58:export const DEFAULT_WINDOW_MS = 60_000;\nlib/ratelimit/redis.ts:7:export class RedisLimiterStore implements LimiterStore {"),
            ]),
        ],
        "none of these have TSDoc. add proper doc comments to all the exported stuff in lib/ratelimit, describe the options and the semantics of the sliding window (what happens at the boundary). don't change any code",
        reminders=[reminder_date("2026-05-05")],
        wrap="Exports: `SlidingWindowLimiter`, `createLimiter`, `DEFAULT_WINDOW_MS` in index.ts, and `RedisLimiterStore` in redis.ts.",
    ),
    "Write an API reference entry (markdown) for this endpoint: POST /v2/projects/{id}/members — body {email, role: owner|editor|viewer}, 201 returns member object, 409 if already a member, 403 if caller isn't owner. include request/response examples",
    "need a CONTRIBUTING.md for an open source python lib: how to set up dev env with uv, run tests/lint, commit message convention (conventional commits), PR checklist, how releases work",
    # Spanish
    "¿Puedes escribir los comentarios de documentación (docstrings estilo NumPy) para estas funciones de procesamiento de señales? Explica parámetros, unidades y qué devuelve.\n\n```python\ndef bandpass(x, fs, lo, hi, order=4): ...\ndef rms(x, window): ...\ndef detect_peaks(x, threshold, min_distance): ...\n```",
    "write the migration guide section for users upgrading from v1 to v2 of our SDK. breaking changes: `Client(apiKey)` -> `Client({ apiKey })`, `list()` now returns an async iterator instead of an array, errors are now `ApiError` subclasses instead of plain Error with code",
    "document this bash script with a proper usage/help header comment and inline comments for the non-obvious bits\n\n```bash\n#!/usr/bin/env bash\nset -euo pipefail\n[[ $# -lt 2 ]] && exit 2\nsrc=$1; dst=$2; shift 2\nrsync -aHAX --delete --info=progress2 \"${@}\" \"$src/\" \"$dst/\"\nfind \"$dst\" -name '.DS_Store' -delete\n```",
    cc("Write docs/architecture.md describing how the ingestion pipeline works end to end (collector -> queue -> normalizer -> store). Read the code in services/ to get it right. Audience: new engineers. Include a mermaid diagram.",
       reminders=[reminder_claudemd("2026-07-27", """
- Docs live in docs/, written in Markdown, rendered with mkdocs-material
- Use sentence case for headings
""")]),
    "Can you write the module-level docstring for our `billing/proration.py`? It computes prorated charges when a customer changes plans mid-cycle. I want it to explain the rules (day-based, in customer's timezone, credits never exceed the original charge) so people stop asking me",
    # Japanese
    "このGoパッケージのGoDocコメントを書いてください。パッケージ概要と、エクスポートされている関数すべてに。\n\n```go\npackage slug\n\nfunc Make(s string) string\nfunc MakeUnique(s string, exists func(string) bool) string\nfunc Valid(s string) bool\n```",
    "turn these messy notes into release notes for customers (not devs), friendly tone:\n- fix tz bug in reports\n- new: csv export on invoices page\n- perf: dashboard loads faster (lazy charts)\n- removed old beta 'insights' tab\n- sso: okta now supported",
    "add XML doc comments to this C# interface\n\n```csharp\npublic interface IBlobStore {\n    Task<Stream> OpenReadAsync(string key, CancellationToken ct = default);\n    Task WriteAsync(string key, Stream data, string? contentType = null, CancellationToken ct = default);\n    Task<bool> DeleteAsync(string key, CancellationToken ct = default);\n    IAsyncEnumerable<string> ListAsync(string prefix, CancellationToken ct = default);\n}\n```",
    conv(
        "I just finished the new retry logic in the job runner",
        "Nice! Want me to review it, add tests, or something else?",
        "write the docs for it. there's a section in docs/jobs.md called 'Failure handling' that's outdated — rewrite it: retries use exponential backoff base 2s max 10 attempts, jitter ±20%, jobs can set `retry_on=[...]`, after final failure they go to the dead letter queue and you can requeue from the admin UI",
    ),
    # French
    "Peux-tu rédiger un README en français pour notre outil interne « facturex » ? C'est un script Python qui génère les factures PDF depuis un export CSV. Il faut : prérequis, installation, utilisation, format du CSV attendu et FAQ.",
    "docstrings for this Ruby class in YARD format\n\n```ruby\nclass Throttle\n  def initialize(limit:, period:)\n  def allow?(key)\n  def reset!(key)\nend\n```",
    "write an ADR (architecture decision record) documenting that we chose Postgres LISTEN/NOTIFY over Redis pub/sub for cache invalidation. context: we already run postgres, low message volume, don't want another dependency. consequences: payload limit 8000 bytes, need reconnection handling",
    cc("the comments in src/scheduler/cron.ts are out of date after the refactor — several describe params that don't exist anymore. go through the file and fix the comments/TSDoc to match the current code",
       reminders=[REMINDER_TODO]),
    # Portuguese
    "Escreve um guia curto de 'primeiros passos' para a nossa API REST: como obter a chave de API no painel, autenticar com header Bearer, fazer a primeira chamada (GET /v1/me) e tratar erros comuns (401, 429).",
    "Write an OpenAPI description for each field of this schema so the generated docs are actually useful\n\n```yaml\nSubscription:\n  type: object\n  properties:\n    id: {type: string}\n    status: {type: string, enum: [trialing, active, past_due, canceled]}\n    current_period_end: {type: string, format: date-time}\n    cancel_at_period_end: {type: boolean}\n    seats: {type: integer}\n```",
    "my PR description is just 'fixes stuff'. here's the diff summary: switched session store from memory to redis, added SESSION_TTL env var, sessions survive restarts now, added a migration script to move existing sessions. write a proper PR description with testing notes",
    "explain this in a comment block at the top of the file, for future readers: why we use a two-phase commit between the s3 upload and the db row (upload to tmp key, insert row pending, copy to final key, mark row committed) and what the cleanup job does",
    # Russian
    "Напиши, пожалуйста, раздел документации «Конфигурация» для нашего сервиса: все переменные окружения (DATABASE_URL, REDIS_URL, LOG_LEVEL, WORKERS, FEATURE_FLAGS), их значения по умолчанию и примеры. Оформи таблицей в Markdown.",
    "write a docstring for this pandas helper, I want the examples section to be a runnable doctest\n\n```python\ndef sessionize(df, user_col='user_id', ts_col='ts', gap='30min'):\n    df = df.sort_values([user_col, ts_col])\n    new = df.groupby(user_col)[ts_col].diff() > pd.Timedelta(gap)\n    df['session'] = new.groupby(df[user_col]).cumsum()\n    return df\n```",
    "Write a troubleshooting FAQ for our desktop app's docs: can't log in (proxy/SSO), sync stuck, high CPU after update, where logs are stored on win/mac/linux. keep answers short",
    loop(
        "what changed since the last tag",
        [
            (None, [
                ("Bash", {"command": "git log --oneline v1.7.0..HEAD", "description": "Commits since v1.7.0"},
                 "a91c3e2 feat(cli): add `--since` filter to `log` command\n4d2f0b1 fix(sync): handle 429 from upstream with Retry-After\n77be120 chore(deps): bump serde to 1.0.210\nc03e9aa feat(config): support XDG_CONFIG_HOME\n1f8a2d4 fix(windows): path separator in cache keys (#233)\ne6b7d90 docs: typo in README\n0aa41c7 perf(index): parallel file hashing (2.3x faster on large repos)"),
            ]),
        ],
        "draft the CHANGELOG.md section for v1.8.0 from these (keep-a-changelog format, group into Added/Fixed/Performance, skip chores and docs typos)",
        reminders=[reminder_date("2026-09-12")],
        wrap="Seven commits since v1.7.0: two features, two fixes, a perf improvement, a dependency bump and a docs typo.",
    ),
    "add kdoc to this kotlin extension function file, with @receiver and @sample where it makes sense\n\n```kotlin\nfun String.truncateMiddle(max: Int, ellipsis: String = \"…\"): String\nfun <T> List<T>.chunkedBy(predicate: (T, T) -> Boolean): List<List<T>>\n```",
    "Rewrite our error messages doc page. Right now it's a list of codes with no explanation. For each: E1001 invalid token, E1002 token expired, E2001 quota exceeded, E3001 upstream timeout — give cause, what the user should do, and whether it's retryable",
    # Korean
    "우리 라이브러리 README에 들어갈 '빠른 시작' 섹션을 써 주세요. npm 설치, 기본 사용 예제, 옵션 표까지. 라이브러리는 날짜를 한국어 상대 시간(\"3분 전\")으로 포맷하는 작은 유틸이에요.",
    "write doxygen comments for this C header\n\n```c\ntypedef struct ring ring_t;\nring_t *ring_new(size_t cap);\nvoid ring_free(ring_t *r);\nint ring_push(ring_t *r, const void *item, size_t len);\nssize_t ring_pop(ring_t *r, void *out, size_t out_cap);\n```",
    conv(
        "review my terraform module",
        "Overall solid. Main points: pin the provider version, add `validation` blocks on `instance_type` and `env`, and avoid hardcoding the AMI — use a data source. Minor: outputs lack descriptions.",
        "fair. let's start with the last thing — write descriptions for all the variables and outputs, and generate a README for the module with inputs/outputs tables (terraform-docs style)",
    ),
    "write inline comments for this tricky bit of SQL so the next person understands the gaps-and-islands trick\n\n```sql\nSELECT user_id, MIN(day) AS streak_start, MAX(day) AS streak_end, COUNT(*) AS len\nFROM (\n  SELECT user_id, day, day - (ROW_NUMBER() OVER (PARTITION BY user_id ORDER BY day))::int AS grp\n  FROM logins\n) t\nGROUP BY user_id, grp;\n```",
    "need a SECURITY.md for our github repo: supported versions table, how to report a vuln privately (security@ email + GPG key link), response timeline, disclosure policy",
    "our internal wiki page on 'how deploys work' is a wall of text. restructure it into a clear doc with headings, a step list and a rollback section. here it is: so basically you merge to main then github actions builds the image and pushes to ECR and then argo picks it up but only if you bumped the tag in the deploy repo which the bot does automatically unless it fails in which case you do it manually and if something goes wrong you can roll back by reverting the tag commit in the deploy repo or in argo ui click rollback but that gets overwritten on next sync so revert is better",
    cc(
        r"""write proper docstrings for everything public in this module (numpy style, we render with sphinx). include units, what's raised, and a short Examples section for `bucketize` and `rolling_quantiles`. don't touch the logic.

```python
from __future__ import annotations

import bisect
import math
from collections import deque
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

DEFAULT_BOUNDS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000)


@dataclass
class Histogram:
    bounds: Sequence[float] = DEFAULT_BOUNDS
    counts: list[int] = field(init=False)
    total: float = field(init=False, default=0.0)
    n: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        if list(self.bounds) != sorted(self.bounds):
            raise ValueError("bounds must be sorted")
        self.counts = [0] * (len(self.bounds) + 1)

    def observe(self, value: float) -> None:
        if math.isnan(value) or value < 0:
            raise ValueError(f"invalid latency {value!r}")
        self.counts[bisect.bisect_left(self.bounds, value)] += 1
        self.total += value
        self.n += 1

    def quantile(self, q: float) -> float:
        if not 0 <= q <= 1:
            raise ValueError("q must be in [0, 1]")
        if self.n == 0:
            return math.nan
        target = q * self.n
        seen = 0
        for i, c in enumerate(self.counts):
            seen += c
            if seen >= target:
                return self.bounds[i] if i < len(self.bounds) else math.inf
        return math.inf

    def merge(self, other: "Histogram") -> "Histogram":
        if list(other.bounds) != list(self.bounds):
            raise ValueError("cannot merge histograms with different bounds")
        out = Histogram(self.bounds)
        out.counts = [a + b for a, b in zip(self.counts, other.counts)]
        out.total = self.total + other.total
        out.n = self.n + other.n
        return out

    @property
    def mean(self) -> float:
        return self.total / self.n if self.n else math.nan


def bucketize(values: Iterable[float], width_ms: float) -> dict[int, int]:
    if width_ms <= 0:
        raise ValueError("width_ms must be positive")
    out: dict[int, int] = {}
    for v in values:
        k = int(v // width_ms)
        out[k] = out.get(k, 0) + 1
    return out


def rolling_quantiles(values: Iterable[float], window: int, qs: Sequence[float] = (0.5, 0.95, 0.99)) -> Iterator[tuple[float, ...]]:
    if window < 1:
        raise ValueError("window must be >= 1")
    buf: deque[float] = deque(maxlen=window)
    for v in values:
        buf.append(v)
        s = sorted(buf)
        yield tuple(s[min(len(s) - 1, int(q * len(s)))] for q in qs)
```""",
        reminders=[reminder_date("2026-08-06")],
        history=(
            "what's our docs setup? sphinx or mkdocs?",
            "Sphinx with `autodoc` and `napoleon` (configured for NumPy-style docstrings) in `docs/conf.py`; the API pages are generated from `latency/` modules. `latency/stats.py` currently has no docstrings, so its API page is empty.",
        ),
    ),
]
