from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "failing_tests",
    "parent": "debugging",
    "descriptions": [
        "fixing failing tests",
        "debugging failing, flaky or broken tests and red CI pipelines",
        "when my tests fail locally or in CI and I need to figure out why",
        "Use for test failures: assertion errors, snapshot mismatches, tests that pass locally but fail in CI, intermittent/flaky tests.",
        "flaky tests, CI is red",
        "test suite debugging (pytest, jest, go test, junit, rspec...)",
        "Investigating why a unit, integration or end-to-end test fails: reading the test output, deciding whether the test or the code is wrong, and getting the suite green again",
        "make the tests pass",
        "tests que fallan o son inestables, pipelines de CI en rojo",
        "fehlschlagende oder instabile Tests und rote CI-Builds untersuchen",
    ],
}

REQUESTS = [
    U("test_user_signup fails with AssertionError: assert 201 == 200. the endpoint works fine in postman. what gives"),
    U("my jest tests pass locally but fail on github actions with 'Timeout - Async callback was not invoked within the 5000 ms timeout specified by jest.setTimeout'. any idea where to start?"),
    U("we have a flaky cypress test that fails like 1 in 10 runs on the checkout page, the 'Place order' click just doesn't register sometimes. how do i even debug this"),
    U("""pytest fails with:

    def test_discount_applied(cart):
>       assert cart.total() == Decimal("90.00")
E       AssertionError: assert Decimal('100.00') == Decimal('90.00')

but when I run just this file it passes. cart fixture is scope="module" if that matters"""),
    U("""go test -race fails only on CI:

==================
WARNING: DATA RACE
Write at 0x00c0001a4018 by goroutine 23:
  example.com/cache.(*LRU).Put()
      /builds/cache/lru.go:58 +0x1c4
Previous read at 0x00c0001a4018 by goroutine 22:
  example.com/cache.(*LRU).Len()
      /builds/cache/lru.go:71 +0x3a
==================
--- FAIL: TestCacheConcurrent (0.02s)
    testing.go:1398: race detected during execution of test

Len() is just a getter, why does it matter"""),
    U("after bumping react from 18 to 19 like 60 snapshot tests fail. the diffs are all tiny attribute ordering stuff. should i just update them all with -u or is that bad practice"),
    U("tests pass one by one but fail when I run the whole suite with pytest. smells like shared state but I can't find it. how do I track down which test is polluting things"),
    U("JUnit failure: expected:<2024-03-10T02:30> but was:<2024-03-10T03:30>. only fails on the build server. the test adds 1 hour to a LocalDateTime"),
    U("CI is red on main and nobody knows why. the failing job is integration-tests and the log just ends with 'Error: Process completed with exit code 137'. nothing else"),
    U("""rspec failure:

  1) OrderProcessor#call saves the order
     Failure/Error: expect(order).to receive(:save).once
       (Double "order").save(*(any args))
           expected: 1 time with any arguments
           received: 0 times with any arguments

the processor definitely calls order.save! in the code"""),
    conv(
        "I'm teaching my nephew python, we wrote a tiny calculator module and some pytest tests for it",
        "That's a great way to learn — writing tests early builds good habits. How's it going?",
        "one test fails and neither of us gets why: `assert add(0.1, 0.2) == 0.3`. add just returns a + b",
    ),
    U("mocha run finishes, all green, but the process never exits and CI times out after 60 min. i think a db connection stays open? how do i find what's keeping it alive"),
    U("After I added a new column to the User model, 40 tests fail with 'sqlite3.OperationalError: no such column: users.timezone'. The alembic migration exists and works on the dev db."),
    U("""vi.mock isn't being applied in my vitest test, the real module still gets called:

import { fetchUser } from './api'
import { renderProfile } from './profile'
vi.mock('./api', () => ({ fetchUser: vi.fn().mockResolvedValue({ name: 'x' }) }))

test('renders', async () => { ... })

profile.ts imports fetchUser from '@/lib/api' if that matters"""),
    U(r"""hypothesis found a failing example for my roundtrip test:

Falsifying example: test_encode_decode_roundtrip(
    s='\x00',
)
AssertionError: assert '' == '\x00'

what do I do with this? is my test wrong or my encoder"""),
    U("playwright visual regression tests fail in CI but pass on my mac, the diff images show the fonts are slightly different. how do people usually deal with this"),
    U("one of our tests, test_billing_cycle_rollover, fails only around the end of the month. today is the 31st and it's red. what kinds of things cause that"),
    U("espresso test fails with 'NoMatchingViewException: No views in hierarchy found matching: with id: com.acme:id/submit' on the API 34 emulator but passes on API 30"),
    U("CI check fails: 'FAIL Required test coverage of 85% not reached. Total coverage: 84.91%'. I literally added tests in this PR, coverage should go up not down?"),
    U("""test for my sort-by-priority function fails randomly:

expected: [{p:1,id:'a'},{p:1,id:'b'},{p:2,id:'c'}]
received: [{p:1,id:'b'},{p:1,id:'a'},{p:2,id:'c'}]

the sort is correct by priority. is the test wrong?"""),
    U("pytest says `fixture 'client' not found` but it's right there in conftest.py. the test is in tests/api/test_users.py and conftest is in tests/"),
    U("jest: 'ReferenceError: You are trying to `import` a file after the Jest environment has been torn down.' shows up after my tests and sometimes one of them fails. what's going on"),
    U(".NET xunit tests fail when they run in parallel, serially they all pass. how do I find which tests are stepping on each other"),
    U("go table-driven test fails intermittently, comparing the output string of a function that builds a query from a map[string]string of filters. expected `a=1&b=2` got `b=2&a=1`"),
    U("Mes tests Django échouent avec 'django.db.utils.OperationalError: database \"test_app\" already exists' sur la CI GitLab, mais pas en local. Une idée ?"),
    U("jest 快照测试一直失败，diff 里只有日期不一样，本地和 CI 的时区不同，应该怎么修？"),
    U("pytestで一部のテストだけがたまに失敗します。テストデータをrandomで生成していて、シードは固定していません。これが原因でしょうか？どう直すのがいいですか"),
    U("meu teste de integração falha no CI com 'connection refused' no postgres, mas localmente passa. uso docker compose no pipeline do github actions"),
    U("Тест падает с ошибкой 'expected 3 but got 2' только когда запускаю go test с флагом -parallel 8. Без него всё зелёное. В чём может быть дело?"),
    U("I test end-to-end con Selenium falliscono a caso con StaleElementReferenceException. Come li rendo stabili senza mettere sleep ovunque?"),
    conv(
        "add caching to get_user so we don't hit the db every time",
        "```python\nfrom functools import lru_cache\n\n@lru_cache(maxsize=1024)\ndef get_user(user_id: int) -> User:\n    return db.session.get(User, user_id)\n```\nThis caches up to 1024 users in-process.",
        "now test_update_user_name fails: expected name 'Bob' got 'Alice'. i guess it's the cache? do i fix the test or the code",
    ),
    conv(
        "refactor Config to be a dataclass",
        "Here's the dataclass version:\n\n```python\n@dataclass(frozen=True)\nclass Config:\n    host: str\n    port: int = 8080\n    debug: bool = False\n```",
        "did it, now 3 tests in test_config.py fail with TypeError: Config.__init__() got an unexpected keyword argument 'env'. they were passing before",
    ),
    conv(
        "our github actions workflow takes 25 minutes, how do i speed it up",
        "A few things usually help most: cache dependencies with `actions/cache` or the setup-* actions' built-in caching, split the test job into a matrix of shards, and only run the e2e job on changes that touch the frontend...",
        "ok I added sharding with 4 shards",
        "Nice. Make sure each shard gets a distinct `--shard=i/4` value.",
        "now shard 3 fails every time with 'relation \"users\" does not exist' but the other shards are green. the tests in it pass locally",
    ),
    loop(
        "run the tests",
        [
            (None, "Bash", {"command": "npm test -- --silent", "description": "Run the test suite"},
             """ FAIL  src/utils/format.test.ts
  ● formatCurrency › formats negative amounts

    expect(received).toBe(expected) // Object.is equality

    Expected: "-$1,234.50"
    Received: "($1,234.50)"

 FAIL  src/cart/total.test.ts
  ● cartTotal › applies percentage coupon after tax

    Expected: 107.1
    Received: 107.10000000000001

Test Suites: 2 failed, 38 passed, 40 total
Tests:       2 failed, 311 passed, 313 total"""),
        ],
        "Two tests fail: `formatCurrency` renders negatives in accounting style instead of with a minus sign, and `cartTotal` hits a floating-point rounding issue.",
        "fix both. for formatCurrency I think the test expectation is what we want, the code is wrong",
        date="2026-02-18",
    ),
    loop(
        "why is test_export failing? it was green yesterday",
        [
            (None, "Bash", {"command": "uv run pytest tests/test_export.py -x -q", "description": "Run the failing test"},
             """F
=================================== FAILURES ===================================
_______________________________ test_export_csv ________________________________

tmp_path = PosixPath('/tmp/pytest-of-ci/pytest-7/test_export_csv0')

    def test_export_csv(tmp_path):
        out = export_csv(SAMPLE_ROWS, tmp_path / "out.csv")
>       assert out.read_text() == EXPECTED
E       AssertionError: assert 'id,name,created\\r\\n1,foo,2026-01-01\\r\\n' == 'id,name,created\\n1,foo,2026-01-01\\n'

tests/test_export.py:18: AssertionError
1 failed in 0.41s"""),
            (None, "Bash", {"command": "git log --oneline -5 -- src/export.py", "description": "Recent changes to export"},
             "a81f2c3 switch export to csv.writer\n5d0e991 add created column"),
        ],
        "The failure started with `a81f2c3 switch export to csv.writer` — `csv.writer` uses `\\r\\n` line endings by default, while the test expects `\\n`.",
        "ok which one should change, the test or the code? downstream consumers are unix tools",
        date="2026-06-05",
    ),
    CC("""CI is failing on my PR (#482), only the 'test (3.11)' job, 3.12 and 3.13 pass. can you figure out why? log excerpt:

FAILED tests/test_batching.py::test_chunked_upload - AttributeError: module 'itertools' has no attribute 'batched'
==== 1 failed, 412 passed in 38.22s ====""", date="2026-09-15"),
    loop(
        "go test ./... is failing, please fix",
        [
            (None, "Bash", {"command": "go test ./...", "description": "Run all tests"},
             """ok  	example.com/svc/api	0.412s
--- FAIL: TestParseConfig (0.00s)
    config_test.go:41: got timeout=0s, want 30s
FAIL
FAIL	example.com/svc/config	0.009s"""),
            (None, "Read", {"file_path": "/home/kim/svc/config/config.go"},
             numbered("""func Parse(b []byte) (Config, error) {
	var raw struct {
		Timeout string `yaml:"timeout"`
	}
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return Config{}, err
	}
	d, _ := time.ParseDuration(raw.Timeout)
	return Config{Timeout: d}, nil
}""")),
        ],
        "The parser ignores the error from `time.ParseDuration` and has no default, so an empty or missing `timeout` becomes 0s, while the test expects the 30s default.",
        "the test is right. fix the parser so missing timeout defaults to 30s and a bad value returns an error",
        date="2026-07-21",
    ),
    CC("the e2e test tests/e2e/login.spec.ts is flaky — it needs 2-3 retries to pass in CI. please look at it and make it deterministic, and don't just bump the timeout", date="2026-11-26", todo=True),
    loop(
        "test_sends_welcome_email fails, can you look",
        [
            (None, "Read", {"file_path": "/home/raj/app/tests/test_signup.py"},
             numbered("""from unittest.mock import patch
from app.signup import register

@patch("app.email.send_email")
def test_sends_welcome_email(mock_send):
    register("a@b.com", "pw")
    mock_send.assert_called_once()""")),
            (None, "Bash", {"command": "uv run pytest tests/test_signup.py -q", "description": "Run the test"},
             "F\nE       AssertionError: Expected 'send_email' to have been called once. Called 0 times.\n1 failed in 0.22s"),
        ],
        None,
        "why isn't the mock getting called? register definitely sends the email, I can see it in the logs",
        date="2026-05-28",
    ),
    CC("""cargo test fails:

---- tests::parses_empty_input stdout ----
thread 'tests::parses_empty_input' panicked at src/lexer.rs:88:41:
called `Result::unwrap()` on an `Err` value: UnexpectedEof

failures:
    tests::parses_empty_input

make it pass — empty input should produce an empty token list, not an error""", date="2026-08-11",
       claude_md=("/home/pat/lexi/CLAUDE.md", "# lexi\n- `cargo test` must pass before any commit\n- no `unwrap()` in library code")),
]
