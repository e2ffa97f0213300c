from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "refactoring"
PARENT = "code_generation"

DESCRIPTIONS = [
    "refactoring",
    "restructuring existing code without changing its behaviour: extracting functions, renaming, simplifying, modernising",
    "clean up my code — same behaviour, better structure",
    "Use when I ask to refactor, tidy up, de-duplicate, split a big file/function/class, replace conditionals with polymorphism, or migrate to newer language idioms (async/await, f-strings, optional chaining, records).",
    "code cleanup & tech-debt reduction",
    "behaviour-preserving changes: extract method, inline, rename symbol, move module, remove dead code, reduce nesting, apply design patterns",
    "modernize legacy code (callbacks → promises, class components → hooks, Java 8 → 17 idioms) without adding features",
    "make this code more readable / maintainable / DRY",
    "Refactorización: reestructurar código existente sin cambiar su comportamiento",
    "重构代码：在不改变行为的前提下改善结构、命名和可读性",
]

REQUESTS = [
    "refactor this to be less nested, same behaviour\n\n```python\ndef ship(order):\n    if order:\n        if order.paid:\n            if order.address:\n                if not order.shipped:\n                    carrier.send(order)\n                    order.shipped = True\n                    return True\n    return False\n```",
    r"""Convert this callback hell to async/await, keep the same error behaviour:

```js
function loadUser(id, cb) {
  db.get(id, (err, user) => {
    if (err) return cb(err);
    api.profile(user.handle, (err, profile) => {
      if (err) return cb(err);
      cache.set(id, { ...user, profile }, (err) => {
        if (err) console.warn('cache fail', err);
        cb(null, { ...user, profile });
      });
    });
  });
}
```""",
    cc("src/reports/generator.py is 900 lines with one giant `generate()` function. Split it into smaller functions/modules without changing output — the golden-file tests in tests/reports/ must still pass.",
       reminders=[reminder_date("2026-02-03")]),
    conv(
        "our eslint config complains about camelcase in like 3 files, can I just disable the rule?",
        "You can, but since it's only a few spots it's usually better to fix the names so the rule keeps protecting the rest of the codebase. If some names come from external APIs (e.g. snake_case JSON fields), use `properties: \"never\"` or an inline disable just there.",
        "rename `usrMgr` to `userManager` everywhere in the project and the file user_mgr.ts to user-manager.ts, update imports",
    ),
    r"""This switch keeps growing. Refactor to something more extensible (strategy / map of handlers?) without changing behaviour:

```java
public double shippingCost(Order o) {
    switch (o.getCarrier()) {
        case "UPS": return 5.0 + o.getWeight() * 1.2;
        case "FEDEX": return 7.5 + o.getWeight() * 1.0;
        case "DHL": return o.isInternational() ? 20 + o.getWeight() * 2 : 9 + o.getWeight();
        case "POST": return Math.max(3.0, o.getWeight() * 0.8);
        default: throw new IllegalArgumentException(o.getCarrier());
    }
}
```""",
    "turn this react class component into a function component with hooks\n\n```jsx\nclass Clock extends React.Component {\n  state = { now: new Date() };\n  componentDidMount() { this.t = setInterval(() => this.setState({ now: new Date() }), 1000); }\n  componentWillUnmount() { clearInterval(this.t); }\n  render() { return <span>{this.state.now.toLocaleTimeString()}</span>; }\n}\n```",
    # German
    "Diese drei Funktionen machen fast dasselbe. Kannst du den doppelten Code zusammenführen, ohne das Verhalten zu ändern?\n\n```python\ndef export_csv(rows, path):\n    rows = [r for r in rows if r['active']]\n    rows.sort(key=lambda r: r['name'])\n    write_csv(rows, path)\n\ndef export_json(rows, path):\n    rows = [r for r in rows if r['active']]\n    rows.sort(key=lambda r: r['name'])\n    write_json(rows, path)\n\ndef export_xlsx(rows, path):\n    rows = [r for r in rows if r['active']]\n    rows.sort(key=lambda r: r['name'])\n    write_xlsx(rows, path)\n```",
    loop(
        "find where we format currency",
        [
            (None, [
                ("Grep", {"pattern": "toFixed\\(2\\)", "path": "src", "output_mode": "content"},
                 "src/components/CartSummary.tsx:22:  const shown = '$' + (total / 100).toFixed(2);\nsrc/components/OrderRow.tsx:15:      <td>${(o.amount / 100).toFixed(2)}</td>\nsrc/pages/invoice/[id].tsx:48:  {'$' + (line.cents / 100).toFixed(2)}\nsrc/emails/receipt.ts:31:  body += `Total: $${(total / 100).toFixed(2)}\\n`;"),
            ]),
        ],
        "extract that into a single formatCents() helper in src/lib/money.ts and replace all 4 call sites. output must stay exactly the same for now (yes I know it ignores locale)",
        reminders=[reminder_date("2026-05-19")],
        wrap="Currency is formatted ad hoc in four places with `'$' + (cents / 100).toFixed(2)`.",
    ),
    "modernize this java 8 code to java 21 idioms (records, switch expressions, var, streams where it helps)\n\n```java\npublic final class Point {\n    private final int x;\n    private final int y;\n    public Point(int x, int y) { this.x = x; this.y = y; }\n    public int getX() { return x; }\n    public int getY() { return y; }\n    @Override public boolean equals(Object o) {\n        if (!(o instanceof Point)) return false;\n        Point p = (Point) o;\n        return x == p.x && y == p.y;\n    }\n    @Override public int hashCode() { return Objects.hash(x, y); }\n}\n```",
    "the go handler does validation, db access and json rendering all inline. pull the db stuff out behind a repository interface so the handler only orchestrates. don't change the http responses",
    # Spanish
    "Refactoriza esta función en Python para que sea más legible. No quiero cambiar el resultado, solo limpiarla (nombres, comprensiones, early returns).\n\n```python\ndef f(l):\n    r = []\n    for i in range(len(l)):\n        if l[i] != None:\n            if l[i] % 2 == 0:\n                r.append(l[i] * l[i])\n    return r\n```",
    "replace all the string concatenation with f-strings in scripts/ and drop the python2 compat shims (six, __future__ imports). behaviour identical",
    conv(
        "review this class for me",
        "The main issue is that `ReportService` mixes data fetching, aggregation and rendering — three reasons to change. Also `build()` is 140 lines with flags (`include_totals`, `as_html`) that switch behaviour deep inside.",
        "ok do it — split it along those lines (fetch / aggregate / render) and get rid of the boolean flags. public methods used by other modules must keep working",
    ),
    "can you refactor these typescript types? lots of duplication\n\n```ts\ninterface CreateUserRequest { name: string; email: string; role: 'admin' | 'member'; }\ninterface UpdateUserRequest { name?: string; email?: string; role?: 'admin' | 'member'; }\ninterface UserResponse { id: string; name: string; email: string; role: 'admin' | 'member'; createdAt: string; }\n```",
    "rust: this function takes &Vec<String> and clones a lot. make it idiomatic (slices, iterators, borrow where possible), same results\n\n```rust\nfn active_names(users: &Vec<User>) -> Vec<String> {\n    let mut out: Vec<String> = Vec::new();\n    for u in users.clone() {\n        if u.active == true {\n            out.push(u.name.clone());\n        }\n    }\n    out.sort();\n    return out;\n}\n```",
    # Chinese
    "这个 Vue 2 的 Options API 组件帮我改写成 Vue 3 的 Composition API（<script setup>），功能保持不变。\n\n```js\nexport default {\n  data() { return { q: '', results: [] } },\n  watch: { q: 'search' },\n  methods: {\n    async search() { this.results = await api.search(this.q) }\n  }\n}\n```",
    cc("The `Order` model has 14 methods that are really about pricing. Move them into a new `OrderPricing` class in app/models/order_pricing.rb, delegate from Order so callers don't change, and run the spec suite to confirm nothing broke.",
       reminders=[reminder_claudemd("2026-06-11", """
Rails 7.1 app. Run `bin/rspec` for tests. Use rubocop defaults.
""")]),
    "break this 200 line bash script into functions with a main(), no behaviour change. I'll paste it if you need, it's in deploy/release.sh",
    "replace the magic numbers with named constants and the tuple returns with a dataclass\n\n```python\ndef classify(temp, hum):\n    if temp > 30 and hum > 70:\n        return (3, 'danger')\n    if temp > 27:\n        return (2, 'warning')\n    return (1, 'ok')\n```",
    # Japanese
    "このC#コードをリファクタリングしてください。重複しているnullチェックと例外処理をまとめたいです。動作は変えないでください。\n\n```csharp\npublic string GetName(User u) { if (u == null) throw new ArgumentNullException(nameof(u)); return u.Name; }\npublic string GetEmail(User u) { if (u == null) throw new ArgumentNullException(nameof(u)); return u.Email; }\npublic int GetAge(User u) { if (u == null) throw new ArgumentNullException(nameof(u)); return u.Age; }\n```",
    cc("We pass `(db, cache, logger, config)` through like 30 functions. Refactor to a context/deps object so signatures get shorter. python, keep behaviour",
       reminders=[reminder_date("2026-09-17")],
       history=("why is adding a metrics client so painful in this codebase?", "Because dependencies are threaded manually: every function in `services/` takes `db, cache, logger, config` as leading positional args and passes them down, so adding a `metrics` dependency means touching ~30 signatures and all of their call sites.",)),
    "convert our express routes from commonjs require/module.exports to ESM import/export. node 20. there are ~40 files under src/routes",
    loop(
        "how many places call legacyFetch?",
        [
            (None, [
                ("Grep", {"pattern": "legacyFetch\\(", "path": "src", "output_mode": "count"},
                 "src/api/users.ts:6\nsrc/api/orders.ts:9\nsrc/api/search.ts:2\nsrc/hooks/useFeed.ts:1"),
            ]),
            (None, [
                ("Read", {"file_path": "/app/src/lib/legacyFetch.ts"},
                 " 1\texport function legacyFetch(url, opts, cb) {\n 2\t  const xhr = new XMLHttpRequest();\n 3\t  xhr.open(opts.method || 'GET', url);\n 4\t  Object.entries(opts.headers || {}).forEach(([k, v]) => xhr.setRequestHeader(k, v));\n 5\t  xhr.onload = () => cb(null, JSON.parse(xhr.responseText), xhr.status);\n 6\t  xhr.onerror = () => cb(new Error('network'));\n 7\t  xhr.send(opts.body ? JSON.stringify(opts.body) : null);\n 8\t}\n"),
            ]),
        ],
        "ok, replace legacyFetch with a promise-based fetch wrapper and migrate all 18 call sites. keep the same JSON parsing + error semantics so nothing downstream changes",
        reminders=[reminder_date("2026-08-25")],
        wrap="18 call sites across 4 files. `legacyFetch` is an XHR wrapper with a node-style callback `(err, json, status)`, JSON-encoding the body and parsing every response as JSON.",
    ),
    "clean up this SQL-building code, it's string concat soup. use a small query builder pattern, don't change the generated SQL\n\n```php\n$sql = \"SELECT * FROM posts WHERE 1=1\";\nif ($author) $sql .= \" AND author_id = \" . (int)$author;\nif ($tag) $sql .= \" AND id IN (SELECT post_id FROM tags WHERE name = '\" . $db->escape($tag) . \"')\";\nif ($sort == 'new') $sql .= \" ORDER BY created_at DESC\"; else $sql .= \" ORDER BY score DESC\";\n```",
    # French
    "Peux-tu refactorer cette classe Kotlin ? Elle a trop de responsabilités. Sépare la validation, la persistance et l'envoi de notifications, sans changer le comportement externe.",
    "extract the retry/backoff loop that's copy-pasted in 5 places in services/*.go into a helper, preserve the exact delays and logging",
    "make this swift more idiomatic — guard lets, map/compactMap, no force unwraps — output must be identical\n\n```swift\nfunc adultNames(_ people: [[String: Any]]) -> [String] {\n    var result = [String]()\n    for p in people {\n        if p[\"age\"] != nil {\n            let age = p[\"age\"] as! Int\n            if age >= 18 {\n                result.append(p[\"name\"] as! String)\n            }\n        }\n    }\n    return result\n}\n```",
    conv(
        "ugh this file is huge",
        "Which one? If you share the path I can suggest how to split it.",
        "components/Dashboard.tsx, 1400 lines. split it into smaller components (header, filters, charts grid, table) in a Dashboard/ folder. no visual or behaviour changes, props should flow the same way",
    ),
    "rename the `data` param to something meaningful in all these functions and inline the single-use helper `_tmp2`. pure cleanup",
    # Portuguese
    "Refatora este código JavaScript para usar map/filter/reduce em vez dos for loops, mantendo o mesmo resultado.\n\n```js\nlet total = 0\nfor (let i = 0; i < pedidos.length; i++) {\n  if (pedidos[i].status === 'pago') {\n    for (let j = 0; j < pedidos[i].itens.length; j++) {\n      total += pedidos[i].itens[j].preco * pedidos[i].itens[j].qtd\n    }\n  }\n}\n```",
    "our Redux store uses hand-written action creators and switch reducers. migrate it to Redux Toolkit createSlice without changing the state shape or action types, so the rest of the app doesn't notice",
    conv(
        "can you explain the liskov substitution principle with a real example",
        "LSP says code using a base type must keep working when handed a subtype. Classic violation: `Square extends Rectangle` — setting width on a square also changes its height, so code that sets width and height independently breaks. If a subclass has to disable or weaken parent behaviour, inheritance is the wrong tool.",
        "replace inheritance with composition here. `AdminUser extends User`, `GuestUser extends User`, `SuspendedAdminUser extends AdminUser` is getting silly. keep the public API",
    ),
    cc("apply the 'extract function' refactor to the three duplicated validation blocks in handlers/signup.py, handlers/invite.py and handlers/reset.py. keep error messages byte-identical", reminders=[REMINDER_TODO]),
    "c++: replace raw new/delete with unique_ptr and make the class follow rule of zero. no functional change\n\n```cpp\nclass Parser {\n  Lexer* lex;\n  Buffer* buf;\npublic:\n  Parser(const char* src) : lex(new Lexer(src)), buf(new Buffer(4096)) {}\n  ~Parser() { delete lex; delete buf; }\n};\n```",
    # Russian
    "Отрефактори этот метод: он делает и парсинг, и валидацию, и сохранение. Раздели на отдельные функции, поведение не меняй. Язык — Python.",
    "introduce a parameter object for this function, it has 9 args and callers keep mixing them up\n\n`def create_invoice(customer_id, amount, currency, due_date, memo, tax_rate, discount, send_email, draft):`",
    "Turn these nested ternaries into something readable, same output\n\n```ts\nconst label = n === 0 ? 'none' : n === 1 ? 'one' : n < 5 ? 'a few' : n < 20 ? 'several' : 'many'\n```",
    conv(
        "what's the difference between a pure function and a side-effecting one",
        "A pure function's output depends only on its inputs and it has no observable side effects (no I/O, no mutation of external state). Same input → same output, every time.",
        "ok so refactor this to separate the pure calculation from the I/O so the math can be reused\n\n```python\ndef report():\n    rows = db.fetch('select amount, fee from tx')\n    net = 0\n    for a, f in rows:\n        net += a - f\n    print(f'net: {net:.2f}')\n    slack.post(f'net today {net:.2f}')\n```",
    ),
    "gradle groovy -> kotlin dsl? no actually keep groovy, just clean up build.gradle: dedupe the dependency versions into a version catalog (libs.versions.toml) with same versions",
    # Korean
    "이 파이썬 코드 리팩토링 해줘. 전역 변수 쓰는 거 없애고 클래스로 묶고 싶어. 동작은 그대로.\n\n```python\ncount = 0\nitems = []\ndef add(x):\n    global count\n    items.append(x)\n    count += 1\ndef clear():\n    global count\n    items.clear()\n    count = 0\n```",
    "move the date helpers out of utils.js (it's a 2k line grab bag) into utils/date.js, re-export from utils.js so existing imports still work",
    "simplify this. i know it works, it's just ugly\n\n```go\nif err != nil {\n\tif errors.Is(err, sql.ErrNoRows) {\n\t\treturn nil, ErrNotFound\n\t} else {\n\t\treturn nil, err\n\t}\n} else {\n\treturn u, nil\n}\n```",
    "replace the if/elif chain that dispatches on event['type'] with a dict-based registry + decorator so handlers register themselves. no behaviour change",
    "We're on pydantic v1 style validators (@validator, class Config). refactor models/ to pydantic v2 idioms (@field_validator, model_config) — same validation behaviour",
    cc(
        "nice. now do the same for the other two services — billing_service.py and notifications_service.py have the exact same pattern",
        reminders=[reminder_date("2026-09-17")],
        history=(
            "refactor services/user_service.py to take a Deps object instead of (db, cache, logger, config)",
            "Introduced `Deps` (a frozen dataclass with `db`, `cache`, `logger`, `config`) in `services/deps.py`, changed the 11 functions in `user_service.py` to take `deps: Deps` as the first argument, and updated all callers. Behaviour is unchanged; the test suite passes.",
        ),
    ),
]
