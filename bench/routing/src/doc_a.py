from lib import *

L = "documentation"

ex("doc_docstrings_module", L, [first('''add docstrings to everything in here (google style), don't change any code

class TokenBucket:
    def __init__(self, rate: float, capacity: int, clock=time.monotonic):
        self.rate = rate
        self.capacity = capacity
        self._tokens = capacity
        self._clock = clock
        self._last = clock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def try_acquire(self, n: int = 1) -> bool:
        self._refill()
        if self._tokens >= n:
            self._tokens -= n
            return True
        return False

    def wait_time(self, n: int = 1) -> float:
        self._refill()
        return max(0.0, (n - self._tokens) / self.rate)''')], tags=["pasted_code", "code:python", "near_boundary"])

ex("doc_readme_toolloop", L, [
    first("write a README for this project"),
    A("I'll look at the project first.", T("r1", "Bash", {"command": "ls -la && cat pyproject.toml && ls src/ tests/", "description": "Inspect project"})),
    TR(R("r1", '''total 40
-rw-r--r-- 1 dev dev  1411 Nov 20 14:10 pyproject.toml
drwxr-xr-x 3 dev dev  4096 Nov 20 14:10 src
drwxr-xr-x 2 dev dev  4096 Nov 20 14:10 tests
-rw-r--r-- 1 dev dev    35 Nov 20 14:10 LICENSE
[project]
name = "pgsnap"
version = "0.3.0"
description = "Snapshot and restore Postgres schemas for tests"
requires-python = ">=3.10"
dependencies = ["psycopg[binary]>=3.1", "click>=8"]
[project.scripts]
pgsnap = "pgsnap.cli:main"
pgsnap
test_cli.py
test_snapshot.py''', err=False)),
    A(None, T("r2", "Read", {"file_path": "/home/dev/work/pgsnap/src/pgsnap/cli.py"})),
    TR(R("r2", catn('''@click.group()
def main(): ...

@main.command()
@click.option("--dsn", envvar="PGSNAP_DSN", required=True)
@click.option("--out", type=click.Path(), default="snapshot.sql")
@click.option("--schema", multiple=True, default=["public"])
def take(dsn, out, schema):
    """Dump schema (and seed tables) to a file."""

@main.command()
@click.option("--dsn", envvar="PGSNAP_DSN", required=True)
@click.argument("snapshot", type=click.Path(exists=True))
@click.option("--drop/--no-drop", default=True)
def restore(dsn, snapshot, drop):
    """Restore a snapshot into a database."""
'''))),
    A("pgsnap is a small CLI with two commands, `take` and `restore`. Both read the DSN from `--dsn` or `PGSNAP_DSN`. Before I write the README: are seed tables configured anywhere, or does `take` dump data for every table?"),
    ut("seed tables come from a [tool.pgsnap] seed_tables list in the user's pyproject. write it, include a pytest fixture example in the usage section"),
], tags=["tool_loop", "follow_up"])

ex("doc_jsdoc_ts", L, [first('''add TSDoc comments to these exports, with @param/@returns and an @example for each

export function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}

export function lerp(a: number, b: number, t: number): number {
  return a + (b - a) * t;
}

export function mapRange(v: number, inMin: number, inMax: number, outMin: number, outMax: number, clampResult = false): number {
  const t = (v - inMin) / (inMax - inMin);
  const out = lerp(outMin, outMax, t);
  return clampResult ? clamp(out, Math.min(outMin, outMax), Math.max(outMin, outMax)) : out;
}''')], tags=["pasted_code", "code:typescript", "near_boundary"])

ex("doc_go_doc_comments", L, [first("write proper godoc comments for every exported identifier in internal/ratelimit/ (package comment too). follow the go doc comment conventions, start with the name, link related types with [Name]")],
   tags=["repo_paths", "code:go"])

ex("doc_rust_doctests", L, [first('''write rustdoc for this with runnable examples (doctests), and a `# Errors` section

pub fn parse_size(s: &str) -> Result<u64, SizeError> {
    let s = s.trim();
    let (num, unit) = s.split_at(s.find(|c: char| !c.is_ascii_digit() && c != '.').unwrap_or(s.len()));
    let n: f64 = num.parse().map_err(|_| SizeError::BadNumber(num.to_string()))?;
    let mult = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" | "kib" => 1024.0,
        "m" | "mb" | "mib" => 1024.0 * 1024.0,
        "g" | "gb" | "gib" => 1024.0 * 1024.0 * 1024.0,
        other => return Err(SizeError::BadUnit(other.to_string())),
    };
    Ok((n * mult) as u64)
}''')], tags=["pasted_code", "code:rust", "near_boundary"])

ex("doc_changelog_gitlog", L, [
    first("update CHANGELOG.md for the 3.2.0 release"),
    A(None, T("cl1", "Bash", {"command": "git log v3.1.0..HEAD --no-merges --pretty='%h %s' && head -30 CHANGELOG.md", "description": "Commits since last release and current changelog"})),
    TR(R("cl1", '''a91c2e0 feat(export): add parquet output format
7f3d1aa fix(import): handle BOM in csv headers (#812)
52b90c4 feat(cli): --since accepts relative durations like 2d
e0c1f77 chore(deps): bump pyarrow to 18.1
3b7e0d2 perf(import): stream rows instead of loading file into memory
d44e8a1 fix: crash when config dir does not exist (#820)
9c2f0b3 docs: fix typo in quickstart
1e8a6f5 refactor!: drop python 3.9 support
# Changelog

All notable changes to this project will be documented in this file.
The format is based on Keep a Changelog, and this project adheres to Semantic Versioning.

## [3.1.0] - 2026-09-02
### Added
- `--dry-run` flag for `import`.
### Fixed
- Timezone handling in `--since` (#790).''', err=False)),
], tags=["tool_result_last"])

ex("doc_release_notes", L, [first('''turn these merged PRs into user-facing release notes for v2.0 (our users are non-technical shop owners, skip internal stuff)

- #1201 Migrate image pipeline to libvips
- #1204 New: bulk edit prices from the product list
- #1210 Fix: orders export missed refunds
- #1215 Bump node to 22
- #1220 New: low stock email alerts (configurable threshold)
- #1223 Refactor checkout state machine
- #1227 Fix: discount codes were case-sensitive
- #1230 Dark mode for the admin''')], tags=["near_boundary"])

ex("doc_api_reference_routes", L, [first('''write an API reference (markdown) for these endpoints: method, path, params, request/response examples, error codes

router.get("/v1/projects", listProjects)            // ?cursor, ?limit (max 100), ?archived=true|false
router.post("/v1/projects", createProject)          // body: {name (required, 1-80), description?, visibility: "private"|"team"}
router.get("/v1/projects/:id", getProject)          // 404 if not found or not visible
router.patch("/v1/projects/:id", updateProject)     // partial update, same fields as create; 409 if name taken
router.delete("/v1/projects/:id", archiveProject)   // soft delete, returns 204''')],
   tags=["pasted_code", "code:typescript"])

ex("doc_comment_bash", L, [first('''comment this script so the next person understands what each part does and why. don't change behaviour

#!/usr/bin/env bash
set -Eeuo pipefail
trap 'echo "failed at line $LINENO" >&2' ERR
exec 9>/var/lock/rotate-keys.lock
flock -n 9 || exit 0
OLD=$(vault kv get -field=current secret/app/signing)
NEW=$(openssl rand -hex 32)
vault kv patch secret/app/signing previous="$OLD" current="$NEW"
kubectl -n app rollout restart deploy/api
kubectl -n app rollout status deploy/api --timeout=5m
sleep 3600
vault kv patch secret/app/signing previous=""''')], tags=["pasted_code", "code:bash", "near_boundary"])

ex("doc_improve_readme_section", L, [first('''this section of our README is confusing people, rewrite it to be clearer. keep it short

## Setup
You need to have the env. Run make and then the thing with docker but only if you dont have postgres, otherwise set DATABASE_URL (see .env.example but dont copy the REDIS one it's wrong). Then migrate. If migrate fails its probably the extension, run CREATE EXTENSION as superuser. Tests need TEST_DATABASE_URL too.''')],
   tags=["pasted_code"])

ex("doc_contributing", L, [first("write a CONTRIBUTING.md for our open source lib: dev setup with uv, running tests/lint, conventional commits, how to propose features (issue first), DCO sign-off, and release process is maintainers-only")],
   tags=[])

ex("doc_migration_guide", L, [first('''write a migration guide from v1 to v2 of our python SDK. breaking changes:
- Client(api_key) -> Client(api_key=..., region=...) region now required
- all methods are now async; sync wrapper in acme.sync.Client
- list_* methods return an async iterator instead of a list
- exceptions: AcmeError split into AuthError, RateLimitError, NotFoundError (all subclass AcmeError)
- removed deprecated `client.jobs.wait()` — use `await job.result()`
include before/after snippets''')], tags=["code:python"])

ex("doc_config_options", L, [first('''document every config option in this schema as a markdown table (name, type, default, description) for docs/configuration.md

class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="RELAY_")
    listen: str = "0.0.0.0:8080"
    upstreams: list[AnyHttpUrl]
    timeout_s: float = 30
    max_body_mb: int = 10
    retry_attempts: int = Field(2, ge=0, le=10)
    tls_cert: Path | None = None
    tls_key: Path | None = None
    log_format: Literal["json", "text"] = "json"''')], tags=["pasted_code", "code:python", "repo_paths"])

ex("doc_inline_comments_algo", L, [first('''add comments explaining the tricky parts, it's a Fenwick tree and nobody on the team knows how it works

class BIT:
    def __init__(self, n):
        self.n = n
        self.t = [0] * (n + 1)
    def add(self, i, v):
        i += 1
        while i <= self.n:
            self.t[i] += v
            i += i & -i
    def prefix(self, i):
        i += 1
        s = 0
        while i > 0:
            s += self.t[i]
            i -= i & -i
        return s''')], tags=["pasted_code", "code:python", "near_boundary"])

ex("doc_adr_decided", L, [first("write an ADR (our template: Title, Status, Context, Decision, Consequences) documenting that we chose Postgres over MongoDB for the new orders service. reasons were: relational data with lots of joins, team experience, need for transactions across orders/payments, and jsonb covers the flexible attributes. decision is final, just need it written up for docs/adr/0014-orders-datastore.md")],
   tags=["near_boundary", "repo_paths"])

ex("doc_commit_message_staged", L, [
    first("write a commit message for the staged changes"),
    A(None, T("cm1", "Bash", {"command": "git diff --staged --stat && git diff --staged", "description": "Show staged changes"})),
    TR(R("cm1", ''' src/retry.ts      | 12 +++++++++---
 src/retry.test.ts | 18 ++++++++++++++++++
 2 files changed, 27 insertions(+), 3 deletions(-)
diff --git a/src/retry.ts b/src/retry.ts
@@ -10,9 +10,15 @@ export async function withRetry<T>(fn: () => Promise<T>, opts: RetryOpts = {}): Promise<T> {
-  const delay = base * 2 ** attempt;
+  const cap = opts.maxDelayMs ?? 30_000;
+  const exp = Math.min(cap, base * 2 ** attempt);
+  const delay = Math.random() * exp; // full jitter
+  if (opts.signal?.aborted) throw opts.signal.reason;''', err=False)),
], tags=["tool_result_last", "near_boundary", "code:typescript"])

ex("doc_pr_description", L, [
    first("implement the csv export for the audit log"),
    A("Done. I added `GET /audit/export.csv`, which streams rows with `csv.writer` through a `StreamingResponse` and reuses the filters from the list endpoint. I also added a test that checks the header row and the filter behaviour."),
    ut("great, now write the PR description for it. what/why/how to test, mention it streams so memory stays flat"),
], tags=["multi_turn", "intent_shift", "follow_up", "near_boundary"])

ex("doc_openapi_descriptions", L, [first('''add descriptions + examples to this openapi spec so the generated docs aren't empty

  /v1/invoices/{id}/void:
    post:
      operationId: voidInvoice
      parameters:
        - name: id
          in: path
          required: true
          schema: { type: string }
      responses:
        "200":
          content:
            application/json:
              schema: { $ref: "#/components/schemas/Invoice" }
        "409": {}''')], tags=["pasted_code", "code:yaml"])

ex("doc_es_translate_readme", L, [first("traduce el README.md al español para la comunidad hispanohablante, guárdalo como README.es.md. mantén los bloques de código y los enlaces tal cual")],
   tags=["non_english", "lang_es"])

ex("doc_de_docstrings", L, [first('''Schreib bitte deutsche Docstrings (NumPy-Stil) für diese Funktion, unser Team ist komplett deutschsprachig:

def berechne_netto(brutto: Decimal, steuersatz: Decimal = Decimal("0.19"), runden: bool = True) -> Decimal:
    netto = brutto / (1 + steuersatz)
    return netto.quantize(Decimal("0.01"), ROUND_HALF_UP) if runden else netto''')],
   tags=["non_english", "lang_de", "pasted_code", "code:python"])

ex("doc_zh_readme", L, [first("帮我给这个项目写一份中文 README：项目是一个用 Go 写的内网穿透工具，包括简介、安装、配置文件说明、常见问题。配置文件是 config.yaml，主要有 server_addr、token、tunnels 三个字段")],
   tags=["non_english", "lang_zh"])

ex("doc_ja_comments", L, [first('''このコードに日本語でコメントを付けてください。新人向けに、なぜこうしているのかも書いてほしいです。

func (s *Server) Shutdown(ctx context.Context) error {
	s.inShutdown.Store(true)
	s.ln.Close()
	done := make(chan struct{})
	go func() { s.wg.Wait(); close(done) }()
	select {
	case <-done:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}''')], tags=["non_english", "lang_ja", "pasted_code", "code:go", "near_boundary"])

ex("doc_pt_api_docs", L, [first("escreve a documentação do endpoint de webhooks pra nossa página de desenvolvedores: como assinar, formato do payload, como validar a assinatura HMAC (exemplo em node e python), e política de retentativas (5 tentativas, backoff exponencial até 24h)")],
   tags=["non_english", "lang_pt"])

ex("doc_ru_guide", L, [first("напиши гайд для новых разработчиков: как поднять проект локально (docker compose, make seed), как запускать тесты, как устроены ветки (trunk-based, feature flags), и куда смотреть логи. в формате markdown для docs/onboarding.md")],
   tags=["non_english", "lang_ru", "repo_paths"])

ex("doc_ko_changelog", L, [first('''이번 릴리즈 변경사항으로 CHANGELOG 작성해줘. Keep a Changelog 형식으로, 한국어로

- 로그인 시 2단계 인증 추가
- 비밀번호 재설정 메일이 두 번 가던 버그 수정
- 대시보드 로딩 속도 개선 (쿼리 최적화)
- Node 18 지원 중단''')], tags=["non_english", "lang_ko"])

ex("doc_fr_docstring", L, [first("tu peux rédiger la docstring du module src/facturation/export.py ? explique à quoi sert le module, le format des fichiers générés (FEC) et les principales fonctions. en français")],
   tags=["non_english", "lang_fr", "repo_paths"])

ex("doc_it_readme_badge", L, [first("aggiungi al README una sezione 'Installazione' e una 'Uso rapido' con un esempio, più i badge di CI (GitHub Actions), coverage (codecov) e versione PyPI. il pacchetto si chiama fattura-elettronica")],
   tags=["non_english", "lang_it"])

ex("doc_followup_its_docs", L, [
    first("write a python context manager that temporarily sets environment variables and restores them after"),
    A('''```python
import os
from contextlib import contextmanager

@contextmanager
def temp_env(**values: str | None):
    old = {k: os.environ.get(k) for k in values}
    try:
        for k, v in values.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        yield
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
```

Passing `None` unsets a variable for the duration of the block.'''),
    ut("ok, what about its docs?"),
], tags=["multi_turn", "intent_shift", "follow_up", "terse", "code:python"])

ex("doc_explanation_to_docs", L, [
    first("how does the retry + dead letter flow work in our consumer (consumer/handler.go)?"),
    A("When `Handle` returns an error, the message is re-published to `<topic>.retry.<n>` with an `x-attempt` header, where n is 1, 2 or 3. Each retry topic has its own consumer that sleeps until `x-not-before` (5 s, 1 min, 10 min) before re-processing. After the third failure the message goes to `<topic>.dlq` with the last error in `x-error`. Nothing consumes the DLQ automatically; `cmd/dlq-replay` re-publishes messages by hand."),
    ut("great explanation, turn that into a section for docs/architecture.md with a small mermaid sequence diagram"),
], tags=["multi_turn", "intent_shift", "follow_up", "repo_paths"])
