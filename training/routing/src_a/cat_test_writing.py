from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "test_writing"
PARENT = "code_generation"

DESCRIPTIONS = [
    "writing tests",
    "writing unit, integration and end-to-end tests, fixtures and mocks",
    "test generation — pytest, jest/vitest, go test, JUnit, RSpec, Playwright/Cypress; improving coverage and edge cases",
    "when I want tests for code I already have",
    "use for: 'add tests for X', 'write a failing test that reproduces Y', mocking external services, test fixtures and factories, property-based tests",
    "unit tests + integration tests",
    "TDD helper: write the test cases first from a spec, cover happy path, edge cases and error paths",
    "increase test coverage; set up test doubles, stubs, fakes, snapshot tests and e2e browser tests",
    "Tests schreiben: Unit-, Integrations- und End-to-End-Tests, Mocks und Fixtures",
    "テストコードを書く（ユニットテスト・結合テスト・E2E、モックやフィクスチャ）",
]

REQUESTS = [
    conv(
        "is pytest better than unittest",
        "For most projects, yes: plain `assert` statements with rich failure output, fixtures instead of setUp/tearDown classes, parametrization and a big plugin ecosystem. pytest also runs existing unittest tests, so you can switch incrementally.",
        "write pytest tests for this\n\n```python\ndef chunk(xs, n):\n    if n <= 0:\n        raise ValueError('n must be positive')\n    return [xs[i:i + n] for i in range(0, len(xs), n)]\n```",
    ),
    r"""Write Jest tests for this reducer, cover every action and the default case:

```ts
type State = { items: Item[]; loading: boolean; error?: string };
export function reducer(s: State, a: Action): State {
  switch (a.type) {
    case 'fetch/start': return { ...s, loading: true, error: undefined };
    case 'fetch/ok': return { items: a.items, loading: false };
    case 'fetch/fail': return { ...s, loading: false, error: a.error };
    case 'item/remove': return { ...s, items: s.items.filter(i => i.id !== a.id) };
    default: return s;
  }
}
```""",
    cc("add unit tests for src/billing/proration.py — it has zero coverage. cover mid-cycle upgrades, downgrades, same-day changes and leap years. use the existing fixtures in tests/conftest.py",
       reminders=[reminder_date("2026-01-28")]),
    cc("table-driven go tests for this func pls\n\n```go\nfunc Clamp(v, lo, hi int) int {\n\tif v < lo {\n\t\treturn lo\n\t}\n\tif v > hi {\n\t\treturn hi\n\t}\n\treturn v\n}\n```",
       reminders=[reminder_date("2026-02-22")],
       history=("add a Clamp helper to internal/mathx", "Added `Clamp(v, lo, hi int) int` to `internal/mathx/mathx.go`. Note it doesn't check `lo <= hi`; with inverted bounds it returns `lo` for values below and `hi` for values above.",)),
    "how do I mock `requests.get` in a pytest test? write a test for my `fetch_weather(city)` that checks it builds the right url and handles a 404 by returning None",
    # Spanish
    "Escribe tests con JUnit 5 y Mockito para este servicio. Quiero probar que se envía el email de bienvenida solo cuando el usuario se crea correctamente.\n\n```java\npublic class UserService {\n    private final UserRepository repo;\n    private final EmailSender email;\n    public User register(String mail) {\n        if (repo.existsByEmail(mail)) throw new DuplicateEmailException(mail);\n        User u = repo.save(new User(mail));\n        email.sendWelcome(u);\n        return u;\n    }\n}\n```",
    conv(
        "we just got a staging env with seeded test users",
        "That unlocks proper end-to-end testing against a realistic backend. Do you want to set up a test framework for it, or write specific flows?",
        "Playwright e2e test: log in with test user, add 2 items to cart, go to checkout, assert the total shows $42.00, and that the 'Place order' button is disabled until terms checkbox is ticked",
    ),
    r"""write rspec specs for this model

```ruby
class Coupon < ApplicationRecord
  validates :code, presence: true, uniqueness: { case_sensitive: false }
  validates :percent_off, numericality: { greater_than: 0, less_than_or_equal_to: 100 }
  scope :active, -> { where('expires_at IS NULL OR expires_at > ?', Time.current) }
  def apply(amount) = (amount * (100 - percent_off) / 100.0).round(2)
end
```""",
    loop(
        "fix the bug where empty tags crash the parser",
        [
            ("Let me look at the parser.", [
                ("Read", {"file_path": "/home/u/notes/src/tags.ts"},
                 "  1\texport function parseTags(input: string): string[] {\n  2\t  return input\n  3\t    .split(',')\n  4\t    .map(t => t.trim().toLowerCase())\n  5\t    .filter(t => t.length > 0)\n  6\t    .filter((t, i, arr) => arr.indexOf(t) === i);\n  7\t}\n"),
            ]),
        ],
        "ok now write a vitest file for parseTags covering empty string, whitespace-only, duplicates with different case, unicode tags and trailing commas",
        reminders=[reminder_date("2026-03-09")],
        wrap="I added `.filter(t => t.length > 0)` so empty segments from `,,` or a trailing comma are dropped instead of producing empty tags.",
    ),
    "can you write a hypothesis property-based test for my run-length encode/decode functions? decode(encode(s)) == s for any string",
    # German
    "Schreib bitte Integrationstests für unseren FastAPI-Endpoint `POST /orders` mit pytest und einer echten Postgres-Testdatenbank (testcontainers). Testfälle: gültige Bestellung, fehlende Felder, Artikel nicht auf Lager.",
    cc("need a fixture factory for tests — factory_boy factories for User, Organization, Membership (user belongs to org with role). orgs should get a unique slug",
       history=("our tests create users with User.objects.create(...) copy-pasted everywhere", "That's usually where factories help: one place defines valid defaults and relationships, and each test overrides only what it cares about. factory_boy integrates well with Django models.",)),
    conv(
        "what's the difference between a mock, a stub and a fake",
        "A **stub** returns canned answers and nothing else. A **mock** is pre-programmed with expectations and verifies it was called in a certain way. A **fake** is a working lightweight implementation (e.g. an in-memory repository) that behaves like the real thing but isn't suitable for production.",
        "ok write an in-memory fake for this interface and then use it in a couple of tests for the TransferService\n\n```kotlin\ninterface AccountRepo {\n    fun find(id: String): Account?\n    fun save(a: Account)\n}\nclass TransferService(private val repo: AccountRepo) {\n    fun transfer(from: String, to: String, amount: Long) { /* ... */ }\n}\n```",
    ),
    "write tests for this rust fn, including a should_panic one\n\n```rust\npub fn parse_hex_color(s: &str) -> (u8, u8, u8) {\n    let s = s.strip_prefix('#').expect(\"missing #\");\n    assert_eq!(s.len(), 6, \"expected 6 hex digits\");\n    let p = |i| u8::from_str_radix(&s[i..i + 2], 16).unwrap();\n    (p(0), p(2), p(4))\n}\n```",
    "React Testing Library test for a SearchBox component: typing debounces 300ms then calls onSearch with the trimmed value; pressing Escape clears input; shows spinner while `loading` prop true. use fake timers",
    # Chinese
    "请为下面这个 Python 函数写 pytest 单元测试，要覆盖正常情况、边界值和异常输入：\n\n```python\ndef parse_version(s: str) -> tuple[int, int, int]:\n    parts = s.lstrip('v').split('.')\n    if len(parts) != 3:\n        raise ValueError(s)\n    return tuple(int(p) for p in parts)\n```",
    "write a failing test that reproduces this bug before I fix it: `formatPrice(1999, 'JPY')` returns '¥19.99' but yen has no minor units, should be '¥1,999'",
    cc("We have no tests for the webhook signature verification in internal/webhook/verify.go. Write go tests: valid sig, tampered body, wrong secret, expired timestamp (>5 min), missing header. Use httptest.",
       reminders=[reminder_claudemd("2026-04-14", """
- Go 1.23, standard library testing only (no testify)
- test files next to code, package name with _test suffix for black-box tests
""")]),
    "xunit tests for this C# method, use theory/inlinedata\n\n```csharp\npublic static string ToOrdinal(int n) {\n    if (n <= 0) throw new ArgumentOutOfRangeException(nameof(n));\n    var rem100 = n % 100;\n    if (rem100 is >= 11 and <= 13) return n + \"th\";\n    return (n % 10) switch { 1 => n + \"st\", 2 => n + \"nd\", 3 => n + \"rd\", _ => n + \"th\" };\n}\n```",
    "write cypress tests for the signup form: validation messages for bad email and short password, successful signup redirects to /welcome (stub the POST /api/signup with cy.intercept)",
    # Japanese
    "以下のTypeScript関数に対してVitestでテストを書いてください。タイムゾーンの違いでも壊れないようにしたいです。\n\n```ts\nexport function startOfWeek(d: Date): Date {\n  const r = new Date(d);\n  r.setHours(0, 0, 0, 0);\n  r.setDate(r.getDate() - ((r.getDay() + 6) % 7));\n  return r;\n}\n```",
    "pytest: how do I test code that calls datetime.now()? write tests for `is_business_hours()` freezing time at a few instants (use freezegun or time-machine)",
    "write an integration test for our S3 upload helper using moto — upload, check the object exists with the right content-type and metadata, and that it raises on a bucket that doesn't exist",
    conv(
        "write a function that validates a username: 3-20 chars, letters digits underscore, can't start with digit",
        "```python\nimport re\n_USERNAME = re.compile(r\"[A-Za-z_][A-Za-z0-9_]{2,19}\")\n\ndef is_valid_username(name: str) -> bool:\n    return bool(_USERNAME.fullmatch(name))\n```",
        "now tests for it, parametrized, be thorough about the boundaries",
    ),
    "Write snapshot tests for our Vue <PriceTag> component in the different variants (sale, regular, free, out of stock) using @vue/test-utils + vitest",
    # French
    "Écris des tests unitaires PHPUnit pour cette classe. Je veux tester le calcul de la TVA pour les différents taux et le cas d'un montant négatif.\n\n```php\nfinal class Tva {\n    public static function ttc(float $ht, float $taux): float {\n        if ($ht < 0) throw new InvalidArgumentException('montant négatif');\n        return round($ht * (1 + $taux / 100), 2);\n    }\n}\n```",
    "add tests for the retry logic in the http client: succeeds after 2 failures, gives up after max attempts, doesn't retry on 4xx, respects Retry-After header. mock the transport, don't actually sleep",
    loop(
        "what's our test coverage like?",
        [
            (None, [
                ("Bash", {"command": "go test ./... -cover 2>/dev/null | sort -k5 -n | head", "description": "Per-package coverage"},
                 "ok  \tgithub.com/acme/ledger/internal/export\t0.012s\tcoverage: 0.0% of statements\nok  \tgithub.com/acme/ledger/internal/fx\t0.020s\tcoverage: 12.5% of statements\nok  \tgithub.com/acme/ledger/internal/api\t0.231s\tcoverage: 48.1% of statements\nok  \tgithub.com/acme/ledger/internal/ledger\t0.044s\tcoverage: 81.7% of statements"),
            ]),
        ],
        "fx is the scary one, it does currency conversion. write tests for internal/fx to get it above 80% — especially rounding and the stale-rate fallback",
        reminders=[reminder_date("2026-07-01")],
        wrap="Coverage is lowest in `internal/export` (0%) and `internal/fx` (12.5%); `api` is at 48% and `ledger` at 82%.",
    ),
    "jest: mock a module that exports a default class (our `Mailer`) and assert `send` was called with specific args in my signup handler test",
    # Portuguese
    "Preciso de testes de integração para uma API em Node (Express + Supertest). Testar GET /produtos com paginação, GET /produtos/:id inexistente (404) e POST sem autenticação (401).",
    "write a benchmark-free but thorough test suite for my LRU cache class (python): eviction order, get refreshes recency, capacity 1, overwriting existing key doesn't evict, len()",
    "write contract tests (pact) from the consumer side for our frontend calling GET /api/users/:id on the user-service",
    cc("write tests for the new `merge_intervals` function I just added in utils/intervals.py. put them in tests/test_intervals.py", reminders=[REMINDER_TODO]),
    # Russian
    "Напиши тесты на pytest для функции, которая считает рабочие дни между двумя датами с учётом праздников. Особенно интересуют случаи, когда начало или конец выпадают на выходные.",
    "Swift XCTest for my view model: loading state flips true then false, items populated on success, error message set on failure. the api is a protocol so you can inject a mock",
    "need a test that proves the race condition in our counter is fixed — go test that hammers Inc() from 100 goroutines and checks the final value, to be run with -race",
    conv(
        "our django signals are a mess",
        "Signals make control flow implicit — often it's clearer to call the side effects explicitly from a service function. If you keep them, keep receivers small and register them in `AppConfig.ready()`.",
        "agreed but for now I just need coverage. write django TestCase tests for the post_save receiver on Order that creates an Invoice when status becomes 'paid' — including that it doesn't create a second invoice if saved again",
    ),
    "mock the clock and write a test for this debounce util in jest\n\n```js\nexport function debounce(fn, ms) {\n  let t\n  return (...a) => { clearTimeout(t); t = setTimeout(() => fn(...a), ms) }\n}\n```",
    "write a pytest fixture that spins up a temp sqlite db with our schema (schema.sql) and yields a connection, rolled back after each test. then a sample test using it",
    # Korean
    "이 Kotlin 함수에 대한 JUnit5 테스트 코드를 작성해 주세요. 경계값 위주로요.\n\n```kotlin\nfun grade(score: Int): Char = when {\n    score !in 0..100 -> throw IllegalArgumentException()\n    score >= 90 -> 'A'\n    score >= 80 -> 'B'\n    score >= 70 -> 'C'\n    else -> 'F'\n}\n```",
    "we need tests for our bash install script — bats-core. check it fails without root, detects missing curl, and is idempotent when run twice",
    "add edge case tests for parse_duration: '0s', '1h30m', '1.5h', '-5m', '', '10', 'abc', overflow like '9999999999h'",
    "Create test fixtures (JSON files) and a loader for our invoice parser tests: one normal invoice, one with multiple currencies, one with missing tax lines, one malformed. then tests that use them",
    "write unit tests for the auth guard in angular: allows when token valid, redirects to /login when missing, redirects when expired. use TestBed and a mock AuthService",
    "Puoi scrivermi i test unitari con Jest per questa funzione? Voglio coprire anche i casi limite (stringa vuota, spazi multipli, caratteri accentati).\n\n```js\nexport function capitalizeWords(s) {\n  return s.split(' ').map(w => w ? w[0].toUpperCase() + w.slice(1) : w).join(' ')\n}\n```",
]
