"""code_understanding vs debugging: why does X behave this way (explain) vs it's wrong for our case, find/fix it."""
from conversation_shapes import u, a, cc, at, tr

U = "code_understanding"
D = "debugging"

EXAMPLES = [
# regex
(U, u("why does `.*` in `/<.*>/` match the whole `<b>bold</b>` instead of just `<b>`? I thought regexes stop at the first match")),
(D, u("our HTML sanitizer is supposed to strip tags but for `<b>bold</b> and <i>x</i>` it returns an empty string. this is the regex, what's wrong and how do I fix it for our input?\n\n```js\nconst clean = s => s.replace(/<.*>/g, '');\n```")),
(U, u("what's the difference between `\\b` and `\\B` and why does `\\bfoo\\b` not match in `foo_bar`?")),
(D, [cc("the product code validator accepts `AB-12345-X` but also `AB-12345-XYZ`, which should be rejected. can you find why and fix it?", file="validators/codes.py", sel=("validators/codes.py", 4, 6, "CODE_RE = re.compile(r\"[A-Z]{2}-\\d{5}-[A-Z]\")\n\ndef valid(code): return bool(CODE_RE.match(code))"), d=0)]),
# SQL NULL
(U, u("why does `WHERE status NOT IN ('a', NULL)` return zero rows? I read the docs say it's expected but I don't get the logic")),
(D, u("este reporte debería mostrar los clientes que NO tienen pedidos cancelados pero devuelve 0 filas, y sé que hay cientos. qué está mal?\n\n```sql\nSELECT c.id, c.name\nFROM customers c\nWHERE c.id NOT IN (SELECT customer_id FROM orders WHERE status = 'cancelled');\n```\n\n(orders.customer_id admite NULL por los pedidos de invitados)")),
(U, u("why do `COUNT(col)` and `COUNT(*)` give different results in SQL? is that documented behaviour or a MySQL thing?")),
(D, u("the dashboard says 1,204 active users but the table has 1,380 with last_login this month. the query is `SELECT COUNT(email) FROM users WHERE last_login >= date_trunc('month', now())`. why the gap and how do I fix it?")),
# shell
(U, u("why does `for f in $(ls *.txt)` break on filenames with spaces? I want to understand word splitting, not just get a fix")),
(D, [cc("el script de backup se salta los archivos con espacios en el nombre y en prod hay un montón así. arréglalo", file="scripts/backup.sh", sel=("scripts/backup.sh", 8, 13, "for f in $(find /srv/uploads -mtime -1 -type f); do\n  gzip -c $f > /backup/$(basename $f).gz\ndone"), d=1)]),
(U, u("warum gibt `echo $?` nach einer Pipe `false | true` 0 zurück? Und was ändert `set -o pipefail` genau?")),
(D, u("Unser CI-Schritt ist grün, obwohl pytest fehlschlägt. Der Schritt ist `pytest tests/ | tee report.txt`. Warum merkt CI den Fehler nicht, und wie fix ich das?")),
# JS numbers
(U, u("why is 0.1 + 0.2 !== 0.3 in JavaScript? explain the IEEE 754 part like I'm a backend dev who never had to care")),
(D, u("invoice totals in our checkout are off by a cent for some carts (e.g. 3 items at 19.99 shows 59.96). this is the code, please find the bug and fix it\n\n```ts\nconst total = items.reduce((s, i) => s + i.price * i.qty, 0);\nreturn Math.floor(total * 100) / 100;\n```")),
# python defaults
(U, u("why does a mutable default argument in Python (`def f(x=[])`) 'remember' values between calls? I want to understand what happens under the hood")),
(D, u("our cart endpoint is mixing items from different users!! a customer saw someone else's product. code below, what is going on?\n\n```python\ndef build_cart(user_id, items=[]):\n    for row in db.cart_rows(user_id):\n        items.append(row)\n    return items\n```")),
# dates/timezones
(U, u("in Java, what's the difference between LocalDateTime, ZonedDateTime and Instant? when would each be the right one?")),
(D, u("our nightly report for Europe/Berlin customers skips a day twice a year (end of March, end of October). I think it's DST but can't find where. relevant bit:\n\n```java\nLocalDateTime start = LocalDate.now().minusDays(1).atStartOfDay();\nLocalDateTime end = start.plusHours(24);\nreturn repo.findBetween(start.toInstant(ZoneOffset.UTC), end.toInstant(ZoneOffset.UTC));\n```")),
# git behaviour
("git_help", u("what does `git rebase --onto main feature-a feature-b` actually do? draw me the before/after")),
# go slices
(U, u("Go: why does appending to a slice inside a function sometimes change the caller's slice and sometimes not? something with capacity?")),
(D, u("go test fails randomly: the batches we send contain duplicated items from the previous batch. minimal repro\n\n```go\nbuf := make([]Item, 0, 100)\nfor _, it := range items {\n\tbuf = append(buf, it)\n\tif len(buf) == 100 {\n\t\tout <- buf\n\t\tbuf = buf[:0]\n\t}\n}\n```\nwhat's going on and how do I fix it")),
# CSS
(U, u("CSSの`z-index`が効かないことがあるのはなぜ？スタッキングコンテキストの仕組みを説明してほしい")),
(D, [cc("モーダルがヘッダーの下に隠れてしまいます。z-index: 9999 にしても変わりません。原因を見つけて直してください", file="src/components/Modal.module.css", sel=("src/components/Modal.module.css", 1, 12, ".overlay {\n  position: fixed;\n  inset: 0;\n  z-index: 9999;\n}\n\n/* layout.css */\n.page {\n  transform: translateZ(0);\n  position: relative;\n  z-index: 1;\n}"), d=2)]),
# Python sort stability / locale
(U, u("为什么 Python 的 sorted() 对中文字符串是按 Unicode 码点排序的？locale.strxfrm 是怎么工作的？")),
(D, u("我们的联系人列表按姓名排序后，'张三' 排在 '李四' 后面但产品说应该按拼音。而且大写英文名总是排在小写前面。帮我看看怎么修：`contacts.sort(key=lambda c: c.name)`")),
# rust borrow checker
(U, u("почему в Rust нельзя взять &mut self.items и одновременно вызвать self.log()? хочу понять правило, а не просто обойти")),
(D, u("не компилируется, помоги исправить\n\n```rust\nimpl Inventory {\n    fn restock(&mut self) {\n        for item in self.items.iter_mut() {\n            if item.qty < 5 {\n                self.log(&format!(\"restocking {}\", item.name));\n                item.qty += 10;\n            }\n        }\n    }\n}\n```\n\nerror[E0502]: cannot borrow `*self` as immutable because it is also borrowed as mutable")),
# HTTP caching
(U, u("how do ETag and Cache-Control: no-cache interact? does no-cache mean the browser never caches?")),
(D, u("after each deploy users keep getting the old JS bundle for hours and the app breaks because the API changed. nginx serves /static with `Cache-Control: max-age=86400` and the filenames are `app.js`, `vendor.js`. find out why and fix it")),
# tool loop debugging vs understanding of same code
(U, [cc("walk me through how the retry logic in the http client decides how long to wait. no changes, just want to understand", d=3),
     at("", ("Grep", {"pattern": "backoff|retry", "path": "pkg/httpx", "-i": True})),
     tr("pkg/httpx/client.go:41:\tfor attempt := 0; attempt <= c.MaxRetries; attempt++ {\npkg/httpx/client.go:58:\t\twait := backoff(attempt, resp)\npkg/httpx/backoff.go:9:func backoff(attempt int, resp *http.Response) time.Duration {\n"),
     at("", ("Read", {"file_path": "pkg/httpx/backoff.go"})),
     tr("package httpx\n\nimport (\n\t\"math/rand\"\n\t\"net/http\"\n\t\"strconv\"\n\t\"time\"\n)\n\nfunc backoff(attempt int, resp *http.Response) time.Duration {\n\tif resp != nil {\n\t\tif ra := resp.Header.Get(\"Retry-After\"); ra != \"\" {\n\t\t\tif s, err := strconv.Atoi(ra); err == nil {\n\t\t\t\treturn time.Duration(s) * time.Second\n\t\t\t}\n\t\t}\n\t}\n\tbase := 200 * time.Millisecond << attempt\n\treturn base/2 + time.Duration(rand.Int63n(int64(base/2)))\n}\n"),
     u("so what happens when Retry-After is an HTTP date instead of seconds?")]),
(D, [cc("the http client hammers the partner API when it returns 429 — we got rate-limited for an hour yesterday. figure out why the backoff isn't working", d=4),
     at("", ("Read", {"file_path": "pkg/httpx/backoff.go"})),
     tr("func backoff(attempt int, resp *http.Response) time.Duration {\n\tif resp != nil {\n\t\tif ra := resp.Header.Get(\"Retry-After\"); ra != \"\" {\n\t\t\tif s, err := strconv.Atoi(ra); err == nil {\n\t\t\t\treturn time.Duration(s) * time.Second\n\t\t\t}\n\t\t}\n\t}\n\tbase := 200 * time.Millisecond << attempt\n\treturn base/2 + time.Duration(rand.Int63n(int64(base/2)))\n}\n"),
     at("", ("Bash", {"command": "grep -i retry-after logs/partner-2026-03-13.log | head -3"})),
     tr("2026-03-13T10:02:11Z status=429 retry-after=\"Fri, 13 Mar 2026 11:02:11 GMT\" attempt=0 wait=143ms\n2026-03-13T10:02:11Z status=429 retry-after=\"Fri, 13 Mar 2026 11:02:11 GMT\" attempt=1 wait=287ms\n2026-03-13T10:02:12Z status=429 retry-after=\"Fri, 13 Mar 2026 11:02:11 GMT\" attempt=2 wait=611ms\n"),
     u("so it does back off, just by milliseconds. why, and what's the fix?")]),
# explanation then it breaks -> debugging
(D, [u("what does `ON CONFLICT DO NOTHING` do exactly with a unique index?"), a("If the insert would violate the unique constraint (or the one you name in the conflict target), Postgres skips that row silently instead of raising; other rows in the same statement still insert, and RETURNING yields nothing for the skipped ones."), u("ok but then why does my upsert still throw `duplicate key value violates unique constraint \"users_email_lower_idx\"`? the statement is `INSERT INTO users(email) VALUES ($1) ON CONFLICT (email) DO NOTHING`")]),
(U, [u("our importer uses `ON CONFLICT (email) DO UPDATE SET name = EXCLUDED.name`"), a("That's an upsert: when an incoming row conflicts on email, Postgres updates the existing row instead of inserting."), u("and what is EXCLUDED exactly? is it a real table? can I reference the old row too?")]),
# pandas
(U, u("pandas: why do I get SettingWithCopyWarning on `df[df.a > 0]['b'] = 1`? what's a view vs a copy here")),
(D, u("my 'status' column never gets updated in the final dataframe, even though the code runs without errors (just a SettingWithCopy warning). why, and how do I fix it?\n\n```python\nactifs = df[df['fin_contrat'].isna()]\nactifs['statut'] = 'actif'\nreturn df\n```")),
]
