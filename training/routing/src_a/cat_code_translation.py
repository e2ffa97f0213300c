from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "code_translation"
PARENT = "code_generation"

DESCRIPTIONS = [
    "code translation",
    "porting code from one programming language or framework to another",
    "convert this Python to Go / JS to TS / Java to Kotlin — language-to-language rewrites that keep the same behaviour",
    "when I need the same logic in a different language",
    "Use for migrations between stacks: jQuery → React, Flask → FastAPI, Express → Fastify, AngularJS → Angular, Objective-C → Swift, MATLAB → NumPy, COBOL → Java.",
    "transpile / port / rewrite in another language, mapping idioms and standard libraries correctly",
    "cross-language porting of functions, modules or whole services, incl. equivalent libraries and error handling",
    "translate code between languages",
    "Portierung von Code in eine andere Programmiersprache oder ein anderes Framework",
    "コードを別の言語やフレームワークに移植する",
]

REQUESTS = [
    cc("convert to typescript\n\n```js\nfunction groupBy(arr, fn) {\n  return arr.reduce((acc, x) => {\n    const k = fn(x);\n    (acc[k] ||= []).push(x);\n    return acc;\n  }, {});\n}\n```",
       reminders=[reminder_date("2026-01-09")],
       history=("we're turning on `allowJs` + `checkJs` first, then converting utils one by one. start with src/utils/array.js", "Enabled `allowJs` and `checkJs` in tsconfig.json. `src/utils/array.js` contains `chunk`, `uniq` and `groupBy`; `chunk` and `uniq` are straightforward, `groupBy` relies on the logical-assignment operator.",)),
    r"""Port this Python to idiomatic Go:

```python
import hashlib, os

def file_sha256(path, chunk=1 << 20):
    h = hashlib.sha256()
    with open(path, 'rb') as f:
        while True:
            b = f.read(chunk)
            if not b:
                break
            h.update(b)
    return h.hexdigest()

def hash_tree(root):
    out = {}
    for dirpath, _, files in os.walk(root):
        for name in files:
            p = os.path.join(dirpath, name)
            out[os.path.relpath(p, root)] = file_sha256(p)
    return out
```""",
    "rewrite this java class in kotlin, use data class and idiomatic null handling\n\n```java\npublic class Customer {\n    private String name;\n    private String email;\n    private Address address;\n    public Customer(String name, String email, Address address) { this.name = name; this.email = email; this.address = address; }\n    public String getCity() { return address != null ? address.getCity() : null; }\n    // getters/setters...\n}\n```",
    cc("We're moving the `tools/` scripts from Python to Rust so we can ship a single binary. Start with tools/checksum.py — port it to a Rust CLI in tools-rs/src/bin/checksum.rs using clap, same flags and output format.",
       reminders=[reminder_date("2026-04-08")]),
    "how would this look in rust?\n\n```go\ntype Stack[T any] struct{ items []T }\nfunc (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }\nfunc (s *Stack[T]) Pop() (T, bool) {\n\tvar zero T\n\tif len(s.items) == 0 { return zero, false }\n\tv := s.items[len(s.items)-1]\n\ts.items = s.items[:len(s.items)-1]\n\treturn v, true\n}\n```",
    # Spanish
    "Necesito pasar este script de MATLAB a Python con NumPy/SciPy, manteniendo los mismos resultados numéricos:\n\n```matlab\nfs = 1000;\nt = 0:1/fs:1-1/fs;\nx = sin(2*pi*50*t) + 0.5*randn(size(t));\n[b,a] = butter(4, [40 60]/(fs/2), 'bandpass');\ny = filtfilt(b, a, x);\nY = abs(fft(y));\n```",
    "port this jquery to vanilla js, we're dropping jquery\n\n```js\n$(function () {\n  $('.tab').on('click', function () {\n    $('.tab').removeClass('active');\n    $(this).addClass('active');\n    $('.panel').hide();\n    $($(this).data('target')).fadeIn(150);\n  });\n});\n```",
    r"""Translate this C# LINQ to Java streams:

```csharp
var top = orders
    .Where(o => o.Status == Status.Paid && o.Date >= since)
    .GroupBy(o => o.CustomerId)
    .Select(g => new { CustomerId = g.Key, Total = g.Sum(o => o.Amount) })
    .OrderByDescending(x => x.Total)
    .Take(10)
    .ToList();
```""",
    conv(
        "what's the go equivalent of python's defaultdict",
        "There's no direct equivalent, but a map's zero value covers most cases: `counts[k]++` works on a missing key because the zero int is 0. For slices, `m[k] = append(m[k], v)` works since appending to a nil slice is fine. For nested maps you need to initialize the inner map explicitly.",
        "cool, then translate this whole python module to go for me\n\n```python\nfrom collections import defaultdict\n\ndef index_words(lines):\n    idx = defaultdict(set)\n    for n, line in enumerate(lines, 1):\n        for w in line.lower().split():\n            idx[w.strip('.,;:!?')].add(n)\n    return {w: sorted(ns) for w, ns in idx.items() if w}\n```",
    ),
    "migrate this flask app to fastapi, keep the same routes and response shapes\n\n```python\n@app.route('/items/<int:item_id>', methods=['GET'])\ndef get_item(item_id):\n    item = Item.query.get(item_id)\n    if not item:\n        return jsonify(error='not found'), 404\n    return jsonify(item.to_dict())\n\n@app.route('/items', methods=['POST'])\ndef create_item():\n    data = request.get_json()\n    if 'name' not in data:\n        return jsonify(error='name required'), 400\n    item = Item(name=data['name'], price=data.get('price', 0))\n    db.session.add(item); db.session.commit()\n    return jsonify(item.to_dict()), 201\n```",
    # German
    "Kannst du diese PHP-Funktion nach Python übersetzen? Das Verhalten bei leeren Strings soll gleich bleiben.\n\n```php\nfunction kuerzen(string $text, int $max = 80): string {\n    if (mb_strlen($text) <= $max) return $text;\n    $cut = mb_substr($text, 0, $max - 1);\n    $pos = mb_strrpos($cut, ' ');\n    return ($pos !== false ? mb_substr($cut, 0, $pos) : $cut) . '…';\n}\n```",
    "objective-c to swift pls\n\n```objc\n- (NSArray<NSString *> *)visibleTitles {\n    NSMutableArray *out = [NSMutableArray array];\n    for (Item *item in self.items) {\n        if (!item.hidden && item.title.length > 0) {\n            [out addObject:[item.title uppercaseString]];\n        }\n    }\n    return [out copy];\n}\n```",
    loop(
        "open the legacy parser",
        [
            (None, [
                ("Read", {"file_path": "/repo/legacy/parse_log.pl"},
                 " 1\t#!/usr/bin/perl\n 2\tuse strict; use warnings;\n 3\tmy %hits;\n 4\twhile (my $line = <STDIN>) {\n 5\t    next unless $line =~ m{^(\\S+) \\S+ \\S+ \\[([^\\]]+)\\] \"(\\w+) (\\S+)[^\"]*\" (\\d{3})};\n 6\t    my ($ip, $ts, $method, $path, $status) = ($1, $2, $3, $4, $5);\n 7\t    next if $status >= 400;\n 8\t    $path =~ s/\\?.*//;\n 9\t    $hits{\"$method $path\"}++;\n10\t}\n11\tfor my $k (sort { $hits{$b} <=> $hits{$a} } keys %hits) {\n12\t    printf \"%6d %s\\n\", $hits{$k}, $k;\n13\t}\n"),
            ]),
        ],
        "nobody here reads perl anymore. rewrite it in python 3 as legacy/parse_log.py with identical output formatting so we can diff the two on yesterday's logs",
        reminders=[reminder_date("2026-02-20")],
        wrap="It's a Perl script that reads Apache/Nginx combined-format logs from stdin, skips 4xx/5xx, strips query strings, counts hits per `METHOD path`, and prints them sorted by count descending.",
    ),
    "convert this bash script to powershell for our windows build agents\n\n```bash\n#!/usr/bin/env bash\nset -e\nVERSION=$(git describe --tags --always)\nrm -rf dist && mkdir dist\nfor os in linux darwin windows; do\n  GOOS=$os go build -ldflags \"-X main.version=$VERSION\" -o dist/app-$os ./cmd/app\ndone\n```",
    # Chinese
    "请把这段 Java 代码改写成 Python，保持同样的逻辑：\n\n```java\npublic static Map<String, Integer> wordCount(List<String> lines) {\n    Map<String, Integer> m = new TreeMap<>();\n    for (String l : lines)\n        for (String w : l.toLowerCase().split(\"\\\\W+\"))\n            if (!w.isEmpty()) m.merge(w, 1, Integer::sum);\n    return m;\n}\n```",
    "I have an AngularJS 1.x directive I need as a React component\n\n```js\napp.directive('starRating', function () {\n  return {\n    scope: { value: '=', max: '@', onRate: '&' },\n    template: '<span ng-repeat=\"s in stars\" ng-class=\"{on: $index < value}\" ng-click=\"onRate({v: $index + 1})\">★</span>',\n    link: function (scope) { scope.stars = new Array(+scope.max || 5); }\n  };\n});\n```",
    "c to rust, safe rust only if possible\n\n```c\nint parse_kv(const char *line, char *key, size_t kcap, char *val, size_t vcap) {\n    const char *eq = strchr(line, '=');\n    if (!eq) return -1;\n    size_t kl = eq - line, vl = strlen(eq + 1);\n    if (kl >= kcap || vl >= vcap) return -2;\n    memcpy(key, line, kl); key[kl] = 0;\n    memcpy(val, eq + 1, vl + 1);\n    return 0;\n}\n```",
    cc("Our mobile team wants the validation rules shared. Port src/validation/rules.ts to Kotlin (for Android) as a single file Validation.kt — same rule names, same error codes, same edge-case behaviour.",
       reminders=[reminder_claudemd("2026-06-02", """
- web: TypeScript, strict mode
- android: Kotlin 2.0, no extra deps beyond kotlinx
""")]),
    "translate this R to pandas\n\n```r\ndf %>%\n  filter(year >= 2020) %>%\n  group_by(region, product) %>%\n  summarise(revenue = sum(price * qty), orders = n()) %>%\n  arrange(desc(revenue)) %>%\n  slice_head(n = 5)\n```",
    # Japanese
    "このRubyのコードをJavaScript（Node.js）に書き換えてください。\n\n```ruby\ndef summarize(users)\n  users.select(&:active?)\n       .group_by { |u| u.plan }\n       .transform_values(&:count)\n       .sort_by { |_, c| -c }\n       .to_h\nend\n```",
    "rewrite our express middleware for fastify (as a plugin w/ fastify-plugin)\n\n```js\nmodule.exports = function requestId(req, res, next) {\n  const id = req.get('x-request-id') || crypto.randomUUID();\n  req.id = id;\n  res.set('x-request-id', id);\n  next();\n};\n```",
    "need this python dataclass + pydantic validation thing as a zod schema + inferred TS type\n\n```python\nclass Address(BaseModel):\n    street: str\n    zip: constr(pattern=r'^\\d{5}$')\n    country: Literal['US', 'CA'] = 'US'\n\nclass Signup(BaseModel):\n    email: EmailStr\n    age: conint(ge=13)\n    address: Address | None = None\n    tags: list[str] = []\n```",
    conv(
        "review my go code",
        "Looks good overall; the main thing is that `Process` ignores the error from `Close()` on the writer, which can hide a failed flush.",
        "fixed that. now I need the same thing in java 17 for the other team — port `Process` and its helpers, use try-with-resources and keep the error semantics",
    ),
    # French
    "Je dois convertir ce code Python 2 en Python 3 pour de vrai (pas juste 2to3), il y a du unicode et de la division entière partout :\n\n```python\ndef moyenne(notes):\n    print \"Calcul pour %d notes\" % len(notes)\n    total = reduce(lambda a, b: a + b, notes)\n    return total / len(notes)\n\nnom = raw_input(\"Nom: \").decode('utf-8')\n```",
    "port this unity C# script to godot 4 gdscript\n\n```csharp\npublic class Player : MonoBehaviour {\n    public float speed = 5f;\n    void Update() {\n        var dir = new Vector3(Input.GetAxis(\"Horizontal\"), 0, Input.GetAxis(\"Vertical\"));\n        transform.Translate(dir * speed * Time.deltaTime);\n        if (Input.GetButtonDown(\"Jump\")) GetComponent<Rigidbody>().AddForce(Vector3.up * 300);\n    }\n}\n```",
    "convert this k8s-free docker-compose into... no wait, different thing. convert this Node crypto code to the Web Crypto API so it runs in Cloudflare Workers\n\n```js\nconst crypto = require('crypto')\nfunction sign(body, secret) {\n  return crypto.createHmac('sha256', secret).update(body).digest('hex')\n}\n```",
    "Rewrite this Python class in C++17 with RAII and std::optional where python returns None\n\n```python\nclass Config:\n    def __init__(self, path):\n        self.values = {}\n        with open(path) as f:\n            for line in f:\n                line = line.strip()\n                if not line or line.startswith('#'): continue\n                k, _, v = line.partition('=')\n                self.values[k.strip()] = v.strip()\n    def get(self, key):\n        return self.values.get(key)\n```",
    # Portuguese
    "Converte esta função de JavaScript para Go, por favor. É usada para calcular o dígito verificador de boletos.\n\n```js\nfunction modulo10(num) {\n  let soma = 0, peso = 2\n  for (let i = num.length - 1; i >= 0; i--) {\n    let r = parseInt(num[i]) * peso\n    if (r > 9) r = Math.floor(r / 10) + (r % 10)\n    soma += r\n    peso = peso === 2 ? 1 : 2\n  }\n  const dv = 10 - (soma % 10)\n  return dv === 10 ? 0 : dv\n}\n```",
    "we're leaving mocha+chai+sinon for vitest. convert this test file\n\n```js\nconst { expect } = require('chai')\nconst sinon = require('sinon')\ndescribe('notify', () => {\n  afterEach(() => sinon.restore())\n  it('sends once', async () => {\n    const send = sinon.stub(mailer, 'send').resolves()\n    await notify('a@b.c')\n    expect(send.calledOnce).to.be.true\n  })\n})\n```",
    loop(
        "how big is the scoring module?",
        [
            (None, [
                ("Bash", {"command": "wc -l src/scoring/*.py", "description": "Count lines"},
                 "   84 src/scoring/features.py\n  131 src/scoring/model.py\n   47 src/scoring/normalize.py\n  262 total"),
            ]),
        ],
        "small enough. the frontend needs to score client-side now — port src/scoring/ (all three files) to TypeScript under web/src/scoring/, numbers must match the python to 1e-9. numpy bits can become plain arrays",
        reminders=[REMINDER_TODO, reminder_date("2026-09-30")],
        wrap="262 lines total across features.py, model.py and normalize.py.",
    ),
    "turn this sql stored procedure logic into a python function using sqlalchemy core — we're moving logic out of the db\n\n```sql\nCREATE PROCEDURE close_month(p_month date) AS $$\nBEGIN\n  INSERT INTO ledger_snapshots(account_id, month, balance)\n  SELECT account_id, p_month, SUM(amount) FROM entries WHERE posted_at < p_month + interval '1 month' GROUP BY account_id;\n  UPDATE periods SET closed = true WHERE month = p_month;\nEND $$ LANGUAGE plpgsql;\n```",
    # Russian
    "Перепиши этот код с Python на C#, пожалуйста, с использованием async/await и HttpClient:\n\n```python\nasync def fetch_all(urls):\n    async with aiohttp.ClientSession() as s:\n        return await asyncio.gather(*(s.get(u) for u in urls))\n```",
    "convert vue 3 sfc to svelte 5 (runes)\n\n```vue\n<script setup>\nimport { ref, computed } from 'vue'\nconst props = defineProps({ items: Array })\nconst q = ref('')\nconst shown = computed(() => props.items.filter(i => i.toLowerCase().includes(q.value.toLowerCase())))\n</script>\n<template>\n  <input v-model=\"q\" placeholder=\"filter\" />\n  <ul><li v-for=\"i in shown\" :key=\"i\">{{ i }}</li></ul>\n</template>\n```",
    "port the following Elixir GenServer to an Akka typed actor in Scala (akka 2.8 / pekko is fine too)\n\n```elixir\ndefmodule Counter do\n  use GenServer\n\n  def start_link(initial), do: GenServer.start_link(__MODULE__, initial, name: __MODULE__)\n  def increment(by \\\\ 1), do: GenServer.cast(__MODULE__, {:inc, by})\n  def value, do: GenServer.call(__MODULE__, :value)\n\n  @impl true\n  def init(initial), do: {:ok, initial}\n\n  @impl true\n  def handle_cast({:inc, by}, n), do: {:noreply, n + by}\n\n  @impl true\n  def handle_call(:value, _from, n), do: {:reply, n, n}\nend\n```",
    "python -> javascript, runs in the browser\n\n```python\ndef levenshtein(a, b):\n    prev = list(range(len(b) + 1))\n    for i, ca in enumerate(a, 1):\n        cur = [i]\n        for j, cb in enumerate(b, 1):\n            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))\n        prev = cur\n    return prev[-1]\n```",
    conv(
        "what's the best way to call a REST API from swift",
        "Use `URLSession` with async/await: `let (data, response) = try await URLSession.shared.data(from: url)`, check the `HTTPURLResponse` status code, then decode with `JSONDecoder` into a `Codable` type.",
        "ok. here's our android retrofit service interface, write the swift equivalent using that approach\n\n```kotlin\ninterface NotesApi {\n    @GET(\"notes\") suspend fun list(@Query(\"page\") page: Int): List<Note>\n    @POST(\"notes\") suspend fun create(@Body note: NewNote): Note\n    @DELETE(\"notes/{id}\") suspend fun delete(@Path(\"id\") id: String)\n}\n```",
    ),
    # Korean
    "이 Python 코드를 Rust로 옮겨 주세요. 에러 처리는 Result로 해 주세요.\n\n```python\ndef read_numbers(path):\n    with open(path) as f:\n        return [int(line) for line in f if line.strip()]\n```",
    "Convert our Jenkinsfile stages to... actually no. convert this Groovy utility class to plain Java 17, we're removing groovy from the codebase\n\n```groovy\nclass Slug {\n    static String of(String s) {\n        s.toLowerCase().replaceAll(/[^a-z0-9]+/, '-').replaceAll(/^-|-$/, '')\n    }\n}\n```",
    cc("translate this numpy code to pytorch so it runs on GPU, batch dimension first\n\n```python\ndef pairwise_dist(a, b):\n    return np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1))\n```",
       history=("the kNN step is the bottleneck, takes 40s per batch on CPU", "The time is dominated by `pairwise_dist`, which materializes an (n, m, d) float64 array in NumPy. Moving it to the GPU would help a lot, and in float32 the memory halves.",)),
    conv(
        "we're consolidating: the bookmarks microservice is django but everything else is rails now",
        "Makes sense to consolidate — one framework means one deploy pipeline and shared auth. The main things to map are models → ActiveRecord + migrations, views → controllers, and URL conf → routes.rb. Paste the Django code and I'll convert it piece by piece.",
        "port this Django model + view to Rails (ActiveRecord model, migration, controller)\n\n```python\nclass Bookmark(models.Model):\n    user = models.ForeignKey(User, on_delete=models.CASCADE)\n    url = models.URLField()\n    title = models.CharField(max_length=200, blank=True)\n    created = models.DateTimeField(auto_now_add=True)\n\ndef bookmarks(request):\n    qs = Bookmark.objects.filter(user=request.user).order_by('-created')[:50]\n    return JsonResponse([{'url': b.url, 'title': b.title} for b in qs], safe=False)\n```",
    ),
    "convert this css-in-js (styled-components) to tailwind classes in the jsx\n\n```jsx\nconst Card = styled.div`\n  display: flex; flex-direction: column; gap: 12px;\n  padding: 16px; border-radius: 8px;\n  background: white; box-shadow: 0 1px 3px rgba(0,0,0,.1);\n  @media (min-width: 768px) { flex-direction: row; }\n`\n```",
    "I have a lua neovim config snippet and want it in vimscript for an old vim 8 box\n\n```lua\nvim.opt.number = true\nvim.opt.relativenumber = true\nvim.keymap.set('n', '<leader>w', ':w<CR>')\nvim.api.nvim_create_autocmd('BufWritePre', { pattern = '*.go', command = 'silent! !gofmt -w %' })\n```",
    "rewrite this TypeScript type-level stuff in Python type hints (3.12, TypedDict/Protocol/generics) as close as possible\n\n```ts\ninterface Repo<T extends { id: string }> {\n  get(id: string): Promise<T | undefined>;\n  save(item: T): Promise<void>;\n}\ntype User = { id: string; name: string; tags?: string[] };\n```",
    "we're porting our CLI from node (commander) to go (cobra). here's the command definition, give me the cobra version with the same flags/defaults\n\n```js\nprogram\n  .command('sync <source>')\n  .option('-d, --dest <dir>', 'destination', './out')\n  .option('--dry-run', 'show what would change')\n  .option('-j, --jobs <n>', 'parallel jobs', parseInt, 4)\n  .action(sync)\n```",
    cc(
        "same thing for src/validation/address.ts please — Kotlin, next to Validation.kt, reuse the ValidationError type you created",
        reminders=[reminder_date("2026-06-02")],
        history=(
            "Port src/validation/rules.ts to Kotlin as Validation.kt — same rule names and error codes.",
            "Done: `android/app/src/main/java/com/acme/validation/Validation.kt` now has `ValidationError(code, field)` and the ten rules from rules.ts as top-level functions returning `List<ValidationError>`. Regexes were converted to Kotlin `Regex`, and the `isBlank` semantics match JS `trim() === ''`.",
        ),
    ),
]
