from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "performance_review"
PARENT = "code_review"

DESCRIPTIONS = [
    "performance",
    "finding slow or wasteful code and suggesting optimisations",
    "make it faster",
    "Use for performance work: profiling output (pprof, py-spy, flame graphs, Chrome perf panel), algorithmic complexity, N+1 queries, unnecessary allocations, caching opportunities, React re-renders, bundle size.",
    "perf review & optimization of hot paths — CPU, memory, latency, throughput",
    "when something works but is too slow or uses too much memory",
    "spot O(n²) loops, redundant I/O, blocking calls in async code, excessive GC pressure, and suggest concrete speedups with expected impact",
    "optimizing code performance and resource usage (not correctness bugs)",
    "Optimisation des performances : trouver le code lent ou gourmand et proposer des améliorations",
    "Revisão de desempenho: identificar código lento ou desperdício de recursos e sugerir otimizações",
]

REQUESTS = [
    conv(
        "I'm cleaning up the ingestion script before the data team starts using it daily",
        "Sounds good. Are you focusing on correctness, speed, or making it easier to maintain? If you paste the parts you're unsure about I can look at them.",
        "this is slow for 100k items, how do I speed it up?\n\n```python\ndef dedupe(items):\n    out = []\n    for x in items:\n        if x not in out:\n            out.append(x)\n    return out\n```",
    ),
    r"""Our endpoint takes 3s. Profile says most time is in this loop. Ideas?

```ts
for (const order of orders) {
  order.customer = await db.customer.findUnique({ where: { id: order.customerId } });
  order.items = await db.orderItem.findMany({ where: { orderId: order.id } });
}
```
orders is usually ~200 rows.""",
    cc("Profile the CSV import (scripts/import_products.py) and make it faster. It takes ~40 min for 2M rows. Keep the output identical.",
       reminders=[reminder_date("2026-02-25")]),
    "why is my react list so laggy when typing in the search box? 2000 rows, each row is a component with a couple of icons. what should I memoize or virtualize",
    r"""Go service allocates like crazy, GC is 30% of CPU. pprof alloc_space top:

```
      flat  flat%   sum%        cum   cum%
    1.92GB 41.20% 41.20%     1.92GB 41.20%  strings.(*Builder).grow
    0.88GB 18.87% 60.07%     2.80GB 60.07%  main.formatLine
    0.61GB 13.08% 73.15%     0.61GB 13.08%  fmt.Sprintf
    0.40GB  8.58% 81.73%     0.40GB  8.58%  encoding/json.Marshal
```

```go
func formatLine(r Record) string {
	var b strings.Builder
	b.WriteString(fmt.Sprintf("%s|%d|", r.Name, r.ID))
	for _, t := range r.Tags {
		b.WriteString(t + ",")
	}
	js, _ := json.Marshal(r.Meta)
	b.WriteString(string(js))
	return b.String()
}
```""",
    # German
    "Unsere Django-Seite mit der Produktliste braucht 2,5 Sekunden. Die Debug-Toolbar zeigt 412 SQL-Queries. Wo fange ich an und wie reduziere ich das?",
    "is there a faster way to do this in pandas? it's taking minutes\n\n```python\nfor i, row in df.iterrows():\n    df.at[i, 'total'] = row['price'] * row['qty'] * (1 - row['discount'])\n```",
    cc("our next.js bundle is 1.8MB gzipped on the home page. how do I find out what's in it and cut it down",
       reminders=[reminder_date("2026-07-07")],
       history=("run the production build", "`next build` completed. The home route `/` reports First Load JS of 1.81 MB; most other routes are 300–450 KB. No build errors.",)),
    loop(
        "benchmark the parser",
        [
            (None, [
                ("Bash", {"command": "cargo bench --bench parse -- --noplot 2>/dev/null | grep -A2 'parse/'", "description": "Run parser benchmarks"},
                 "parse/small_1kb         time:   [18.412 µs 18.531 µs 18.660 µs]\nparse/medium_100kb      time:   [2.9811 ms 3.0012 ms 3.0231 ms]\nparse/large_10mb        time:   [1.1204 s 1.1297 s 1.1395 s]"),
            ]),
            (None, [
                ("Read", {"file_path": "/home/r/jsonl-tool/src/parse.rs", "offset": 30, "limit": 25},
                 "30\tpub fn parse_lines(input: &str) -> Vec<Record> {\n31\t    let mut out = Vec::new();\n32\t    for line in input.lines() {\n33\t        let owned = line.to_string();\n34\t        let fields: Vec<String> = owned.split('\\t').map(|s| s.to_string()).collect();\n35\t        let rec = Record::from_fields(fields.clone());\n36\t        out.push(rec);\n37\t    }\n38\t    out\n39\t}\n"),
            ]),
        ],
        "10MB taking 1.1s is terrible, should be ~10x faster. what's wasteful here and how would you restructure it (borrowing instead of owning etc)",
        reminders=[reminder_date("2026-04-11")],
        wrap="Throughput drops sharply with size: ~18µs for 1KB, 3ms for 100KB, 1.13s for 10MB.",
    ),
    "this SQL-heavy report endpoint is fine locally and slow in prod, where do I look first? (postgres, python, sqlalchemy)",
    # Spanish
    "Esta función en JavaScript es muy lenta cuando el array tiene 50.000 elementos. ¿Cómo la optimizo?\n\n```js\nfunction interseccion(a, b) {\n  return a.filter(x => b.includes(x));\n}\n```",
    conv(
        "how do python generators work",
        "A generator function uses `yield`; calling it returns an iterator that runs the body lazily, pausing at each `yield` and resuming on the next `next()`. State (locals, instruction pointer) is kept between calls, so you can produce values one at a time without building a list.",
        "ok so would they help here? this eats 12GB of RAM and takes forever on a 6GB log file\n\n```python\nlines = open('app.log').readlines()\nerrors = [l for l in lines if 'ERROR' in l]\ncounts = {}\nfor e in errors:\n    key = e.split(' ')[3]\n    counts[key] = counts.get(key, 0) + 1\n```",
    ),
    "java: string concatenation in a loop building a 50MB CSV, plus a synchronized StringBuffer. review for performance",
    "what's wrong performance-wise with this C++?\n\n```cpp\nstd::vector<std::string> names;\nfor (int i = 0; i < n; ++i) {\n    std::string s = getName(i);\n    names.push_back(s);\n}\nstd::sort(names.begin(), names.end(), [](std::string a, std::string b) { return a < b; });\n```",
    # Chinese
    "我们的 Node.js 服务 CPU 一直 100%，火焰图显示大部分时间在 JSON.parse 和 JSON.stringify 上，每个请求都要序列化一个大约 2MB 的配置对象。有什么优化思路？",
    cc("The /search endpoint p95 went from 120ms to 900ms after last week's release. Compare the handler and query code between v3.4.0 and HEAD and find what made it slower.",
       reminders=[reminder_claudemd("2026-05-14", """
Go 1.22 service. Benchmarks: `go test -bench=. ./internal/search/...`
Don't change public APIs.
""")]),
    "is this the fastest way to check if any of 10k keywords appear in a document? python\n\n```python\nhits = [k for k in keywords if k in doc]\n```",
    "react component re-renders on every parent render even though props don't change. i wrapped it in React.memo but still. parent passes `onSelect={() => setSel(id)}` and `style={{margin: 8}}`",
    "we're hitting redis 40 times per request (one GET per feature flag). worth batching? how",
    # Japanese
    "このPythonコードが遅いです。数百万件のデータで文字列結合をしているのですが、どう改善すればよいでしょうか？\n\n```python\nresult = ''\nfor row in rows:\n    result += f\"{row.id},{row.name}\\n\"\n```",
    "review for perf: our k8s pods have 4 vCPU but the python api only uses 1 core at 100%. gunicorn with 1 worker, sync. what should the config look like",
    "EXPLAIN shows a nested loop with 3M loops on this join. what would you change (query or index)?\n\n```\nNested Loop  (cost=0.43..982113.22 rows=3012 width=64) (actual time=0.091..8123.442 rows=2891 loops=1)\n  ->  Seq Scan on line_items li  (cost=0.00..61234.00 rows=3012000 width=40) (actual rows=3012000 loops=1)\n        Filter: (sku_id IS NOT NULL)\n  ->  Index Scan using products_pkey on products p  (actual rows=0 loops=3012000)\n        Index Cond: (id = li.product_id)\n        Filter: (category = 'garden')\n```",
    loop(
        "how long does the test suite take",
        [
            (None, [
                ("Bash", {"command": "pytest --durations=8 -q 2>&1 | tail -12", "description": "Slowest tests"},
                 "============================= slowest 8 durations ==============================\n41.02s call     tests/test_reports.py::test_monthly_report_large\n12.30s setup    tests/test_reports.py::test_monthly_report_large\n3.11s call     tests/test_export.py::test_xlsx_export\n1.90s call     tests/test_api.py::test_list_orders_paginated\n0.88s call     tests/test_api.py::test_search\n0.41s call     tests/test_auth.py::test_login\n0.33s call     tests/test_auth.py::test_refresh\n0.30s call     tests/test_models.py::test_invoice_totals\n184 passed in 68.40s"),
            ]),
            (None, [
                ("Read", {"file_path": "/code/acct/reports/monthly.py"},
                 "12\tdef monthly_report(account_ids, month):\n13\t    rows = []\n14\t    for acc in account_ids:\n15\t        entries = Entry.objects.filter(account_id=acc, month=month)\n16\t        for e in entries:\n17\t            rate = FxRate.objects.get(currency=e.currency, day=e.day).rate\n18\t            rows.append((acc, e.day, e.amount * rate))\n19\t    rows.sort(key=lambda r: (r[0], r[1]))\n20\t    return rows\n"),
            ]),
        ],
        "the test is slow because the real function is slow. it runs in prod for 5k accounts and times out. optimize monthly_report — I think it's query count but tell me what else",
        reminders=[reminder_date("2026-08-20")],
        wrap="184 tests pass in 68s; `test_monthly_report_large` alone takes 53s (41s call + 12s setup).",
    ),
    # French
    "Notre application Android rame au scroll d'une RecyclerView avec des images. On charge les bitmaps avec BitmapFactory dans onBindViewHolder. Qu'est-ce qui cloche côté performance ?",
    "c#: this LINQ runs in a hot path 10k times/sec. allocation heavy? how to make it cheaper\n\n```csharp\nvar active = users.Where(u => u.IsActive).Select(u => u.Id).ToList();\nreturn active.Contains(id);\n```",
    "page load LCP is 4.8s on mobile. hero image is a 2.4MB png, we load 3 google fonts and a 300kb analytics script in head. prioritize fixes",
    "numpy: can this be vectorized? it's a nested loop over a 2000x2000 grid\n\n```python\nfor i in range(n):\n    for j in range(n):\n        out[i, j] = math.exp(-((xs[i] - xs[j]) ** 2) / (2 * s * s))\n```",
    # Portuguese
    "Meu endpoint em Spring Boot demora 2 segundos e o JProfiler mostra que 70% do tempo está no Hibernate carregando coleções lazy em um loop. Como otimizo sem mudar o contrato da API?",
    "our go http server handles 2k rps fine but latency spikes every ~2 min. GODEBUG=gctrace shows big GCs at those times. heap is ~6GB of mostly cached objects. options?",
    "rust: is cloning this Arc<Vec<u8>> in the hot loop costing me anything? and is `format!` in a loop bad",
    cc("Check src/lib/search.ts for performance problems — it runs on every keystroke in the UI and the input feels sluggish on low-end Android", reminders=[REMINDER_TODO]),
    "elasticsearch query is slow (~2s). we use wildcard queries with leading * on a keyword field and a script sort. how to speed up",
    # Russian
    "Помоги найти узкие места: сервис на Python обрабатывает очередь из Kafka, 500 сообщений в секунду максимум, а надо 5000. Каждое сообщение — запрос в Postgres и HTTP-вызов во внешний сервис синхронно.",
    conv(
        "i have a docker image that's 2.1 GB",
        "Big images usually come from a full base image, build tools left in the final stage, or caches (`pip`, `apt`) not cleaned. A multi-stage build with a slim runtime base typically cuts that a lot.",
        "yeah we'll fix that later. right now the bigger problem is cold start: the container takes 45s to become ready because the python app imports torch, pandas, sklearn at startup even for endpoints that don't need them. how do I profile imports and what are the options to speed startup",
    ),
    "Is my caching even helping? hit rate is 12%. cache key includes the full request url with query params including a timestamp param `_t` the frontend adds",
    "php laravel: this blade view loops over 500 posts and calls $post->author->name and $post->comments->count(). page takes 6s",
    conv(
        "is it worth migrating our CRA app to vite",
        "Usually yes for dev experience — CRA is deprecated and Vite's dev server starts near-instantly. But it's a migration with some cost (env var prefixes, jest config, proxy setup).",
        "webpack build takes 4 minutes, mostly in babel-loader and ts-loader. what can I change to get it under a minute",
    ),
    # Korean
    "이 코틀린 코드 성능 리뷰 부탁드립니다. 리스트가 10만 개 정도일 때 너무 느려요.\n\n```kotlin\nval result = orders.filter { o -> customers.any { it.id == o.customerId && it.vip } }\n```",
    "my unity game drops to 30fps when there are 200 enemies. profiler shows GetComponent calls and GC.Alloc in Update. what to optimize",
    "the Swift app's scroll stutters in a LazyVStack with 1000 rows; each row formats a date with a new DateFormatter(). that bad?",
    "vue app: computed property recalculates a filtered + sorted list of 20k items on every keystroke; the watcher also deep-watches the whole store. performance review please",
    "sqlite insert of 1M rows takes 20 minutes in our python script, each insert is its own execute + commit. how to make it fast",
    "review this hot-path function for wasted work. called ~1M times per batch\n\n```python\ndef normalize(token):\n    stop = set(open('stopwords.txt').read().split())\n    t = re.sub(r'[^a-z0-9]', '', token.lower())\n    return None if t in stop else t\n```",
    cc(
        r"""here's the py-spy output for the nightly aggregation job (runs 2h20m, used to be 25 min). what's burning the time and what would you change? code for the hot functions below.

```
py-spy record -o profile.txt --format raw -- python -m jobs.aggregate --date 2026-05-30
Total samples: 841223

  %Own   %Total  OwnTime  TotalTime  Function (filename)
 31.40%  31.40%   2641s    2641s   _find_tz (jobs/aggregate.py:88)
 18.90%  52.10%   1590s    4382s   localize (jobs/aggregate.py:79)
 12.20%  12.20%   1026s    1026s   loads (json/__init__.py:346)
  9.80%  71.60%    824s    6024s   enrich (jobs/aggregate.py:61)
  7.10%   7.10%    597s     597s   _execute (psycopg/cursor.py:732)
  4.40%   4.40%    370s     370s   deepcopy (copy.py:128)
  3.90%  96.10%    328s    8084s   run (jobs/aggregate.py:30)
  2.20%   2.20%    185s     185s   strptime (_strptime.py:567)
```

```python
def run(day):
    with conn.cursor() as cur:
        cur.execute("SELECT id FROM events WHERE day = %s", (day,))
        ids = [r[0] for r in cur.fetchall()]
    out = []
    for eid in ids:
        with conn.cursor() as cur:
            cur.execute("SELECT payload FROM events WHERE id = %s", (eid,))
            payload = json.loads(cur.fetchone()[0])
        out.append(enrich(payload))
    write_rollups(out)

def enrich(ev):
    ev = copy.deepcopy(ev)
    ev["ts_local"] = localize(ev["ts"], ev["account_id"])
    ev["hour"] = ev["ts_local"].hour
    return ev

def localize(ts, account_id):
    dt = datetime.strptime(ts, "%Y-%m-%dT%H:%M:%S.%fZ").replace(tzinfo=timezone.utc)
    return dt.astimezone(_find_tz(account_id))

def _find_tz(account_id):
    accounts = json.load(open("data/accounts.json"))
    for a in accounts:
        if a["id"] == account_id:
            return ZoneInfo(a["timezone"])
    return timezone.utc
```
~3.4M events/day, accounts.json has ~60k accounts""",
        reminders=[reminder_date("2026-05-31")],
        history=(
            "why did the nightly job take so long last night",
            "The job logs show `jobs.aggregate` started at 01:00 and finished at 03:21; the previous week it took 24–27 minutes. Event volume for 2026-05-30 was 3.4M, about 2.8x the usual, and `data/accounts.json` grew from 9k to 61k entries after the partner import on the 28th.",
        ),
    ),
    conv(
        "how do I check how much memory a python object uses",
        "`sys.getsizeof(obj)` gives the shallow size of one object only. For deep sizes use `pympler.asizeof.asizeof(obj)`, and to find where memory is allocated over time use `tracemalloc` (snapshot, then `snapshot.statistics('lineno')`).",
        "tracemalloc says 3GB is in this dict of dataclasses — 8M entries of (user_id:int -> Score(user_id, value: float, updated: datetime)). how can I cut memory a lot? slots? arrays? it's just a lookup table rebuilt hourly",
    ),
]
