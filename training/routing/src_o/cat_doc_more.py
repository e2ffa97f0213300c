"""documentation, with contrasts against code_understanding (explain it to me vs write it down for others),
code_review (review the PR vs write the PR description) and architecture (decide vs write up the decision)."""
from conversation_shapes import u, a, cc, at, tr

DOC = "documentation"
U = "code_understanding"
R = "code_review"
A = "architecture"

MERGE = """def merge_intervals(xs):
    xs = sorted(xs)
    out = []
    for s, e in xs:
        if out and s <= out[-1][1]:
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return out"""

DIFF_TZ = """diff --git a/billing/cutoff.py b/billing/cutoff.py
--- a/billing/cutoff.py
+++ b/billing/cutoff.py
@@ -1,9 +1,12 @@
-from datetime import datetime, timedelta
+from datetime import datetime, timedelta
+from zoneinfo import ZoneInfo
 
-def cutoff_for(day):
-    return datetime(day.year, day.month, day.day, 23, 59)
+def cutoff_for(day, tz_name):
+    tz = ZoneInfo(tz_name)
+    local = datetime(day.year, day.month, day.day, 23, 59, 59, tzinfo=tz)
+    return local.astimezone(ZoneInfo("UTC"))
"""

EXAMPLES = [
# explain vs document
(U, u("what does this do, step by step? I don't get the `out[-1][1] = max(...)` part\n\n```python\n" + MERGE + "\n```")),
(DOC, u("write a docstring for this that a future maintainer would find useful — input format, that it sorts, that it mutates nothing, complexity\n\n```python\n" + MERGE + "\n```")),
(U, [cc("explain what this bit-twiddling does, I'm lost", sel=("src/hash.c", 12, 19, "static inline uint32_t fmix32(uint32_t h) {\n    h ^= h >> 16;\n    h *= 0x85ebca6b;\n    h ^= h >> 13;\n    h *= 0xc2b2ae35;\n    h ^= h >> 16;\n    return h;\n}"), file="src/hash.c", d=0)]),
(DOC, [cc("put a comment block above this explaining where it comes from (murmur3 finalizer) and why we use it, so nobody 'simplifies' it later", sel=("src/hash.c", 12, 19, "static inline uint32_t fmix32(uint32_t h) {\n    h ^= h >> 16;\n    h *= 0x85ebca6b;\n    h ^= h >> 13;\n    h *= 0xc2b2ae35;\n    h ^= h >> 16;\n    return h;\n}"), file="src/hash.c", d=1)]),
(U, u("mi spieghi cosa fa questo trigger? l'ha scritto un collega che se n'è andato\n\n```sql\nCREATE TRIGGER trg_stock BEFORE UPDATE ON articoli\nFOR EACH ROW WHEN (NEW.giacenza < 0)\nEXECUTE FUNCTION blocca_giacenza_negativa();\n```")),
(DOC, u("scrivimi la documentazione per il wiki interno di questo trigger e della funzione associata: cosa fa, quando scatta, come disattivarlo in emergenza\n\n```sql\nCREATE FUNCTION blocca_giacenza_negativa() RETURNS trigger AS $$\nBEGIN\n  RAISE EXCEPTION 'giacenza negativa per articolo %', NEW.id;\nEND; $$ LANGUAGE plpgsql;\n\nCREATE TRIGGER trg_stock BEFORE UPDATE ON articoli\nFOR EACH ROW WHEN (NEW.giacenza < 0)\nEXECUTE FUNCTION blocca_giacenza_negativa();\n```")),
# review PR vs write PR description / commit message
(R, [cc("review what I've staged, is it good to go?", d=2),
     at("", ("Bash", {"command": "git diff --staged"})),
     tr(DIFF_TZ),
     u("callers still pass only `day` in two places btw")]),
(DOC, [cc("write the commit message for what's staged", d=3),
       at("", ("Bash", {"command": "git diff --staged"})),
       tr(DIFF_TZ),
       u("conventional commits, mention it fixes BILL-412")]),
(DOC, [u("the timezone fix for billing cutoffs is merged"), a("Great — cutoffs are now computed in the customer's timezone and converted to UTC."), u("write the PR description retroactively for the audit trail: problem, what changed, how it was tested, risk")]),
(DOC, [cc("escribe la descripción del PR para esta rama, en español, con secciones Contexto / Cambios / Cómo probar", d=4),
       at("", ("Bash", {"command": "git log --oneline origin/main..HEAD && git diff --stat origin/main...HEAD"})),
       tr("e1a9c02 añade reintentos al cliente de SMS\n7bd3301 mueve config de proveedores a yaml\n0c44e1f tests para el parser de respuestas\n\n config/sms_providers.yaml       | 18 ++++++\n notifications/sms/client.py     | 64 +++++++++++------\n notifications/sms/config.py     | 31 ++++++++\n tests/sms/test_parser.py        | 87 +++++++++++++++++++++++\n 4 files changed, 178 insertions(+), 22 deletions(-)\n"),
     u('el ticket es NOTIF-88, y avisa de que hay que añadir la variable SMS_PROVIDERS_FILE en prod')]),
(R, [cc("y ahora revísame esa misma rama como si fueras el reviewer, sin piedad", d=5),
     at("", ("Bash", {"command": "git diff origin/main...HEAD -- notifications/sms/client.py"})),
     tr("--- a/notifications/sms/client.py\n+++ b/notifications/sms/client.py\n@@ -20,8 +20,18 @@ class SmsClient:\n     def send(self, to, body):\n-        r = self.http.post(self.url, json={'to': to, 'body': body})\n-        r.raise_for_status()\n+        for i in range(5):\n+            try:\n+                r = self.http.post(self.url, json={'to': to, 'body': body})\n+                r.raise_for_status()\n+                return r.json()\n+            except Exception:\n+                time.sleep(1)\n"),
     u('lo que más me preocupa es el bucle de reintentos')]),
# decide vs write up the decision
(A, u("we're torn between Temporal and a homegrown state machine on top of Postgres for our loan application workflows (20 steps, human approvals, can take weeks). which would you go with, given 6 backend devs and no Temporal experience?")),
(DOC, u("we decided on Temporal for the loan workflows (main reasons: durable timers for the weeks-long approvals, visibility UI, retries per activity; rejected the homegrown Postgres state machine because of the effort to build timers and replay). write the ADR in our usual format: Status, Context, Decision, Consequences, Alternatives")),
(A, u("For the new reporting, should we build a separate read DB with denormalized tables or query the production DB directly? Data is small (10 GB) but the reports are complex")),
(DOC, u("Schreib mir eine Architekturübersicht für das Onboarding-Wiki: wir haben API-Gateway (Kong), drei Services (orders, catalog, users), Kafka dazwischen, Postgres pro Service, und einen Reporting-Service, der aus Kafka eine Read-DB befüllt. Bitte mit einem Mermaid-Diagramm")),
# plain doc tasks, varied
(DOC, u("write rustdoc for this public fn, with a runnable example that will pass as a doctest\n\n```rust\npub fn parse_hex_color(s: &str) -> Option<(u8, u8, u8)> {\n    let s = s.strip_prefix('#')?;\n    if s.len() != 6 { return None; }\n    let v = u32::from_str_radix(s, 16).ok()?;\n    Some(((v >> 16) as u8, (v >> 8) as u8, v as u8))\n}\n```")),
(DOC, u("can you write the runbook for 'replica lag above 60s' alert? who gets paged, what to check (pg_stat_replication, long-running queries on replica, network), how to fail reads back to primary via the `READ_FROM_REPLICA` flag")),
(DOC, u("document this Terraform module's inputs and outputs in a README table (terraform-docs style, but write it by hand please)\n\n```hcl\nvariable \"name\" { type = string }\nvariable \"cidr\" { type = string  default = \"10.0.0.0/16\" }\nvariable \"azs\" { type = list(string) }\nvariable \"enable_nat\" { type = bool  default = true }\n\noutput \"vpc_id\" { value = aws_vpc.this.id }\noutput \"private_subnet_ids\" { value = aws_subnet.private[*].id }\n```")),
(DOC, u("add `description` fields to every variable and output in that module, concise, no marketing")),
(DOC, u("reST-format docstrings for this class please, including the attributes\n\n```python\nclass RetryPolicy:\n    def __init__(self, max_attempts=3, base_delay=0.2, max_delay=5.0, retry_on=(TimeoutError,)):\n        self.max_attempts = max_attempts\n        self.base_delay = base_delay\n        self.max_delay = max_delay\n        self.retry_on = retry_on\n\n    def delay(self, attempt):\n        return min(self.max_delay, self.base_delay * 2 ** attempt)\n```")),
(DOC, u("write the 4.2 release notes for end users, friendly tone, from this: new dark mode, PDF export of invoices, fix for the sync bug on Android 14, dashboard load time cut in half")),
(DOC, u("I want an 'Error handling' doc page for our API: JSON error format, the list of codes (AUTH_EXPIRED, RATE_LIMITED, VALIDATION_FAILED, NOT_FOUND), the HTTP status for each, and what the client should do for each one")),
(DOC, u("write an onboarding guide for the mobile repo: how to run it on the iOS simulator and Android emulator, how to point it at the staging API, how to produce a test build in Firebase App Distribution")),
(DOC, u("comment this SQL line by line so the BI folks understand the logic, don't change anything\n\n```sql\nWITH primeira_compra AS (\n  SELECT cliente_id, MIN(criado_em)::date AS d0\n  FROM pedidos GROUP BY cliente_id\n), atividade AS (\n  SELECT p.cliente_id, date_trunc('month', p.criado_em) AS mes, f.d0\n  FROM pedidos p JOIN primeira_compra f USING (cliente_id)\n)\nSELECT date_trunc('month', d0) AS coorte,\n       (EXTRACT(year FROM age(mes, date_trunc('month', d0))) * 12 + EXTRACT(month FROM age(mes, date_trunc('month', d0)))) AS mes_n,\n       COUNT(DISTINCT cliente_id)\nFROM atividade GROUP BY 1, 2 ORDER BY 1, 2;\n```")),
(DOC, u("このPRの説明文を書いてください。変更内容：ログイン画面のバリデーションをサーバー側に移動、エラーメッセージを多言語化、E2Eテスト追加。レビュアー向けに確認ポイントも")),
(DOC, u("READMEに「アーキテクチャ」セクションを追加したいです。フロント(Next.js)→BFF(Hono)→既存のJava API、認証はCognito。図はmermaidでお願いします")),
(DOC, u("给这个 Vue 组件写使用文档：props、emits、slots 各是什么，再给两个使用示例\n\n```vue\n<script setup lang=\"ts\">\nconst props = defineProps<{ modelValue: string[]; options: { label: string; value: string }[]; max?: number }>()\nconst emit = defineEmits<{ 'update:modelValue': [string[]]; limit: [] }>()\n</script>\n<template>\n  <div class=\"tag-picker\">\n    <slot name=\"header\" />\n    <button v-for=\"o in options\" :key=\"o.value\" @click=\"toggle(o.value)\">{{ o.label }}</button>\n    <slot name=\"empty\" v-if=\"!options.length\" />\n  </div>\n</template>\n```")),
(DOC, u("帮我把这次事故写成复盘文档（不用再分析原因，已经查清楚了）：周三 10:05 发布了新版缓存配置，TTL 从 300s 改成了 3s，10:20 数据库 CPU 100%，10:41 回滚。根因是配置评审漏看了单位。改进项：配置加单位校验、发布灰度")),
(DOC, u("Напиши docstring в стиле Google для этой функции и добавь пару doctest-примеров\n\n```python\ndef normalize_phone(raw: str, default_country: str = 'RU') -> str:\n    digits = re.sub(r'\\D', '', raw)\n    if digits.startswith('8') and len(digits) == 11 and default_country == 'RU':\n        digits = '7' + digits[1:]\n    return '+' + digits\n```")),
(DOC, u("Put together a README section on configuration: every key from config.example.toml with an explanation\n\n```toml\n[server]\nbind = \"0.0.0.0:8080\"\nread_timeout = \"15s\"\n\n[db]\nurl = \"postgres://localhost/app\"\nmax_conns = 20\n\n[features]\nsignup_enabled = true\nbeta_dashboard = false\n```")),
(DOC, u("Napisz komentarze Javadoc do tego interfejsu, po angielsku, z opisem wyjątków\n\n```java\npublic interface PaymentGateway {\n    ChargeResult charge(Money amount, CardToken token) throws GatewayUnavailableException, CardDeclinedException;\n    void refund(String chargeId, Money amount) throws GatewayUnavailableException;\n    ChargeStatus status(String chargeId);\n}\n```")),
(DOC, u("Bu fonksiyona Türkçe açıklama satırları ekler misin? Stajyerler okuyacak, kodu değiştirme\n\n```js\nfunction debounce(fn, ms) {\n  let t;\n  return (...args) => {\n    clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n```")),
(DOC, u("viết giúp mình phần hướng dẫn sử dụng API trong README: cách lấy API key, ví dụ curl gọi endpoint /v1/translate, giới hạn rate limit 60 req/phút")),
(DOC, u("इस फ़ंक्शन के लिए docstring लिख दो, अंग्रेज़ी में, parameters और return value समझाते हुए\n\n```python\ndef emi(principal, annual_rate, months):\n    r = annual_rate / 12 / 100\n    return principal * r * (1 + r) ** months / ((1 + r) ** months - 1)\n```")),
(DOC, [cc("add doc comments to the exported functions in this file, match the style of the rest of the package", file="pkg/ratelimit/bucket.go", d=0),
       at("", ("Read", {"file_path": "pkg/ratelimit/bucket.go"})),
       tr("package ratelimit\n\ntype Bucket struct {\n\tmu     sync.Mutex\n\ttokens float64\n\tcap    float64\n\trate   float64\n\tlast   time.Time\n}\n\nfunc New(rate, capacity float64) *Bucket {\n\treturn &Bucket{tokens: capacity, cap: capacity, rate: rate, last: time.Now()}\n}\n\nfunc (b *Bucket) Allow() bool { return b.AllowN(1) }\n\nfunc (b *Bucket) AllowN(n float64) bool {\n\tb.mu.Lock()\n\tdefer b.mu.Unlock()\n\tnow := time.Now()\n\tb.tokens = min(b.cap, b.tokens+now.Sub(b.last).Seconds()*b.rate)\n\tb.last = now\n\tif b.tokens < n {\n\t\treturn false\n\t}\n\tb.tokens -= n\n\treturn true\n}\n"),
     u('godoc style, full sentences starting with the identifier name')]),
(DOC, [cc("document the endpoints in this controller in the OpenAPI yaml, there's a docs/openapi.yaml already, append to it", file="src/main/kotlin/com/acme/api/ReturnsController.kt", d=1),
       at("", ("Read", {"file_path": "src/main/kotlin/com/acme/api/ReturnsController.kt"})),
       tr("@RestController\n@RequestMapping(\"/returns\")\nclass ReturnsController(private val svc: ReturnsService) {\n    @PostMapping\n    fun create(@Valid @RequestBody req: CreateReturnRequest): ResponseEntity<ReturnDto> =\n        ResponseEntity.status(201).body(svc.create(req))\n\n    @GetMapping(\"/{id}\")\n    fun get(@PathVariable id: UUID): ReturnDto = svc.get(id) ?: throw NotFoundException()\n\n    @PostMapping(\"/{id}/approve\")\n    @PreAuthorize(\"hasRole('SUPPORT')\")\n    fun approve(@PathVariable id: UUID): ReturnDto = svc.approve(id)\n}\n"),
       at("", ("Bash", {"command": "grep -n '^  /' docs/openapi.yaml | tail -5"})),
       tr("212:  /orders/{id}:\n240:  /orders/{id}/cancel:\n261:  /customers:\n290:  /customers/{id}:\n"),
       u("the request body has reason (enum DAMAGED, WRONG_ITEM, OTHER), orderId, items[] with sku+qty")]),
(DOC, [u("we just finished the CSV import feature"), a("Nice. The importer validates headers, streams rows in batches of 500 and reports per-row errors."), u("write a short user-facing help center article on how to import customers from CSV, including the required columns and what the error report means")]),
(DOC, [u("thanks, the fix for the double-charge bug works"), a("Good. The idempotency key is now checked before calling the provider."), u("write a commit message and a one-paragraph changelog entry for it")]),
(DOC, u("add a header comment to each of these GitHub Actions jobs explaining when it runs and why it exists, newcomers keep asking\n\n```yaml\njobs:\n  lint:\n    if: github.event_name == 'pull_request'\n    runs-on: ubuntu-latest\n    steps: [{uses: actions/checkout@v4}, {run: make lint}]\n  nightly-e2e:\n    if: github.event_name == 'schedule'\n    runs-on: ubuntu-latest\n    steps: [{uses: actions/checkout@v4}, {run: make e2e}]\n  release:\n    if: startsWith(github.ref, 'refs/tags/v')\n    runs-on: ubuntu-latest\n    steps: [{uses: actions/checkout@v4}, {run: make release}]\n```")),
(U, u("when does the nightly-e2e job in our workflow run, and why would the release job be skipped on a normal push to main?")),
(DOC, u("comment the Makefile so each target has a `## description` that our `make help` target can print")),
(DOC, u("write the 'Deprecations' section for the 5.0 docs: `client.query()` is deprecated in favor of `client.sql()`, removal planned in 6.0, with a before/after snippet")),
(DOC, u("sum up what this module does in a short doc at the top of the file, for people landing on it from a stack trace\n\n```python\n\"\"\"\"\"\"\nimport hmac, hashlib, time\n\nTOLERANCE = 300\n\ndef verify(payload: bytes, header: str, secret: str) -> bool:\n    parts = dict(p.split('=', 1) for p in header.split(','))\n    ts = int(parts['t'])\n    if abs(time.time() - ts) > TOLERANCE:\n        return False\n    mac = hmac.new(secret.encode(), f\"{ts}.\".encode() + payload, hashlib.sha256).hexdigest()\n    return hmac.compare_digest(mac, parts['v1'])\n```")),
(U, u("how does that webhook signature verify function protect against replay attacks? is the timestamp part of what's signed?")),
(DOC, u("turn these Slack messages from the incident channel into a tidy timeline for the postmortem doc (no analysis, just times and events):\n\n10:02 @ana deploy 3.18 going out\n10:09 @bot p95 latency > 2s on checkout\n10:11 @leo looks like db connections maxed\n10:15 @ana rolling back\n10:22 @bot latency back to normal\n10:40 @leo culprit: new ORM eager-loading on cart items")),
(DOC, u("PHPDoc blocks for every public method here please, with @param/@return/@throws, nothing else changes\n\n```php\nfinal class CouponService\n{\n    public function apply(Cart $cart, string $code): Cart\n    {\n        $c = $this->repo->findActive($code) ?? throw new CouponNotFound($code);\n        if ($c->minTotal > $cart->total()) {\n            throw new CouponNotApplicable('minimum not reached');\n        }\n        return $cart->withDiscount($c->discountFor($cart));\n    }\n\n    public function revoke(string $code): void\n    {\n        $this->repo->deactivate($code);\n    }\n}\n```")),
]
