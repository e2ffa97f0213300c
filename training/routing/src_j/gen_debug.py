from h import ex, SR, SRt, T, FILE, SEL, call, res

D = "debugging"

# 1 tool loop, final terse follow-up after fix attempt
ex(D,
   [SR(), T("add a retry around the S3 upload in uploader.py, 3 attempts w/ backoff")],
   call("I'll look at the uploader first.", ("Read", "src/storage/uploader.py")),
   res("1\timport boto3\n2\tfrom botocore.exceptions import ClientError\n3\n4\tdef upload(path, bucket, key):\n5\t    s3 = boto3.client('s3')\n6\t    s3.upload_file(path, bucket, key)\n"),
   call("Adding a retry loop with exponential backoff.", ("Edit", {"file_path": "src/storage/uploader.py", "old_string": "    s3.upload_file(path, bucket, key)", "new_string": "    for attempt in range(3):\n        try:\n            s3.upload_file(path, bucket, key)\n            return\n        except ClientError:\n            if attempt == 2:\n                raise\n            time.sleep(2 ** attempt)"})),
   res("The file src/storage/uploader.py has been updated."),
   "Done — upload now retries up to 3 times with 1s/2s backoff.",
   "NameError: name 'time' is not defined. also it still doesnt retry on EndpointConnectionError, just dies")

# 2
ex(D,
   "why is my useEffect firing twice on mount?? i only render the component once\n\n```tsx\nuseEffect(() => {\n  fetch('/api/me').then(r => r.json()).then(setUser)\n}, [])\n```")

# 3 stack trace, German
ex(D,
   [SR(), FILE("app/services/invoice_service.rb"), T("seit dem rails 7.1 upgrade knallt das hier im job, lokal geht's:\n\n```\nActiveJob::DeserializationError: Error while trying to deserialize arguments: Couldn't find Invoice with 'id'=88123\n  activejob (7.1.3) lib/active_job/arguments.rb:43:in `deserialize'\n  app/jobs/send_invoice_job.rb:6:in `perform'\n```\nwas ist da los?")])

# 4 tool loop with failing test output
ex(D,
   [SR(), T("run the test suite for the billing package")],
   call(None, ("Bash", "go test ./internal/billing/...")),
   res(("ERR", "--- FAIL: TestProrate (0.00s)\n    prorate_test.go:41: got 1666, want 1667\nFAIL\nFAIL\tgithub.com/acme/api/internal/billing\t0.412s")),
   call("One failure: TestProrate expects 1667 cents but gets 1666. Let me look.", ("Read", "internal/billing/prorate.go")),
   res("12\tfunc Prorate(amountCents int64, daysUsed, daysInPeriod int) int64 {\n13\t\treturn amountCents * int64(daysUsed) / int64(daysInPeriod)\n14\t}\n"),
   "Integer division truncates here. Should I switch to rounding half-up?",
   "hm but this passed last week and nobody touched prorate.go. what changed")

# 5 the word review in a debugging request
ex(D,
   "can you review why our checkout lambda times out only in eu-west-1? same code in us-east-1 finishes in 800ms. the lambda is in a VPC, talks to RDS and calls stripe. cloudwatch just says Task timed out after 15.02 seconds")

# 6 explain in a debugging request
ex(D,
   "explain this please, i don't get it:\n\n```\n>>> a = [[0]*3]*3\n>>> a[0][0] = 1\n>>> a\n[[1, 0, 0], [1, 0, 0], [1, 0, 0]]\n```\nI only changed the first row. my sudoku solver is producing garbage because of this")

# 7 Spanish tool loop, flaky test
ex(D,
   [SR(), T("corre los tests de integración")],
   call(None, ("Bash", "npm run test:integration")),
   res("PASS tests/orders.int.test.ts\nFAIL tests/payments.int.test.ts\n  ● refund › refunds partial amount\n    expect(received).toBe(expected)\n    Expected: \"refunded\"\n    Received: \"pending\"\nTests: 1 failed, 37 passed"),
   call("Falla el test de reembolso parcial. Lo vuelvo a correr para ver si es consistente.", ("Bash", "npx jest tests/payments.int.test.ts")),
   res("PASS tests/payments.int.test.ts\nTests: 12 passed"),
   "Pasó en la segunda ejecución; parece intermitente.",
   "sí, en CI falla como 1 de cada 5. ¿por qué? el webhook de stripe se procesa en una cola aparte si eso ayuda")

# 8 metric disagrees
ex(D,
   "our grafana dashboard says p99 latency for /search is 240ms but datadog APM says 1.9s for the same endpoint same hour. we export histograms from prometheus client like this:\n\n```python\nREQ = Histogram('http_request_seconds', 'lat', ['route'])\n...\nwith REQ.labels(route).time():\n    return await handler(req)\n```\nwhich one is lying")

# 9 terse follow-up after codegen
ex(D,
   "write a bash script that backs up all postgres dbs to /backups with the date in the filename",
   "```bash\n#!/usr/bin/env bash\nset -euo pipefail\nDATE=$(date +%F)\nfor db in $(psql -U postgres -Atc \"select datname from pg_database where not datistemplate\"); do\n  pg_dump -U postgres -Fc \"$db\" > \"/backups/${db}_${DATE}.dump\"\ndone\n```",
   "cron runs it and the files are 0 bytes. running it by hand works fine")

# 10 Rust compile error tool loop
ex(D,
   [SR(), T("cargo build is failing after I bumped tokio")],
   call(None, ("Bash", "cargo build 2>&1 | head -40")),
   res(("ERR", "error[E0277]: `std::sync::MutexGuard<'_, HashMap<String, Session>>` cannot be sent between threads safely\n   --> src/server.rs:88:18\n    |\n88  |     tokio::spawn(async move {\n    |     ^^^^^^^^^^^^ `std::sync::MutexGuard<'_, HashMap<String, Session>>` cannot be sent between threads safely\n...\nnote: future is not `Send` as this value is used across an await\n   --> src/server.rs:93:44\n    |\n91  |         let sessions = state.sessions.lock().unwrap();\n93  |         let resp = fetch_profile(&id).await;\n")),
   "how is this related to the tokio bump though, this code hasn't changed")

# 11 Japanese
ex(D, "Dockerでビルドすると `npm ERR! code EINTEGRITY` が出て止まります。ローカルでは npm ci が通ります。package-lock.json はコミット済みです。何が原因でしょうか")

# 12 IDE selection, wrong result
ex(D,
   [SR(), SEL("src/utils/dates.ts", 14, 19, "export function daysBetween(a: Date, b: Date) {\n  const ms = b.getTime() - a.getTime();\n  return Math.floor(ms / 86400000);\n}"), T("daysBetween(new Date('2026-03-28'), new Date('2026-03-30')) gives 1 for users in Berlin")])

# 13 multi-turn, earlier understanding, final debugging
ex(D,
   "what does `select_for_update(skip_locked=True)` actually do in django",
   "It adds `FOR UPDATE SKIP LOCKED` to the query: rows already locked by another transaction are skipped rather than waited on. It's the standard building block for queue-like workers.",
   "ok so I use that in my worker and two workers still sometimes process the same job.\n\n```python\ndef claim():\n    job = Job.objects.select_for_update(skip_locked=True).filter(status='new').first()\n    job.status = 'running'\n    job.save()\n    return job\n```")

# 14 tool loop, Grep, k8s
ex(D,
   [SR(), T("pods in staging keep restarting, check why")],
   call(None, ("Bash", "kubectl -n staging get pods")),
   res("NAME                        READY   STATUS             RESTARTS   AGE\napi-7c9f6d8b5-2xkql         0/1     CrashLoopBackOff   14         41m\nworker-5b8d7c6f9-q8zzt      1/1     Running            0          41m"),
   call(None, ("Bash", "kubectl -n staging logs api-7c9f6d8b5-2xkql --previous | tail -20")),
   res("{\"level\":\"info\",\"msg\":\"loading config\"}\n{\"level\":\"info\",\"msg\":\"connecting to redis redis-master:6379\"}\n{\"level\":\"info\",\"msg\":\"listening on :8080\"}"),
   call("The logs look clean up to listening. Let me check the pod events.", ("Bash", "kubectl -n staging describe pod api-7c9f6d8b5-2xkql | tail -15")),
   res("    Last State:     Terminated\n      Reason:       OOMKilled\n      Exit Code:    137\n    Limits:\n      memory:  256Mi\nEvents:\n  Warning  BackOff  2m (x160 over 41m)  kubelet  Back-off restarting failed container"),
   "OOMKilled at 256Mi. Want me to raise the limit?",
   "no it used to run with 256 fine for months. something is leaking, how do i find what")

# 15 Korean
ex(D, "Spring Boot에서 @Transactional 붙였는데 롤백이 안 돼요. 같은 클래스 안에서 this.save() 로 호출하고 있고 예외는 RuntimeException 던집니다. 왜 그럴까요?")

# 16 long pasted log short question
ex(D,
   "```\n2026-11-20T10:14:02.118Z INFO  [main] o.a.k.clients.consumer.ConsumerConfig - ConsumerConfig values:\n\tallow.auto.create.topics = true\n\tauto.commit.interval.ms = 5000\n\tauto.offset.reset = latest\n\tbootstrap.servers = [kafka-0:9092, kafka-1:9092]\n\tenable.auto.commit = false\n\tgroup.id = ledger-consumer\n\tmax.poll.interval.ms = 300000\n\tmax.poll.records = 500\n\tsession.timeout.ms = 45000\n2026-11-20T10:14:02.901Z INFO  [main] o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-ledger-consumer-1, groupId=ledger-consumer] Subscribed to topic(s): ledger.events\n2026-11-20T10:19:07.334Z WARN  [kafka-coordinator-heartbeat-thread | ledger-consumer] o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-ledger-consumer-1, groupId=ledger-consumer] consumer poll timeout has expired. This means the time between subsequent calls to poll() was longer than the configured max.poll.interval.ms, which typically implies that the poll loop is spending too much time processing messages. You can address this either by increasing max.poll.interval.ms or by reducing the maximum size of batches returned in poll() with max.poll.records.\n2026-11-20T10:19:07.335Z INFO  [kafka-coordinator-heartbeat-thread | ledger-consumer] o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-ledger-consumer-1, groupId=ledger-consumer] Member consumer-ledger-consumer-1-3f1c sending LeaveGroup request to coordinator kafka-1:9092 (id: 2147483646 rack: null) due to consumer poll timeout has expired.\n2026-11-20T10:19:07.412Z ERROR [main] c.a.ledger.LedgerConsumer - commit failed\norg.apache.kafka.clients.consumer.CommitFailedException: Offset commit cannot be completed since the consumer is not part of an active group for auto partition assignment; it is likely that the consumer was kicked out of the group.\n\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.sendOffsetCommitRequest(ConsumerCoordinator.java:1351)\n\tat org.apache.kafka.clients.consumer.internals.ConsumerCoordinator.commitOffsetsSync(ConsumerCoordinator.java:1152)\n\tat org.apache.kafka.clients.consumer.KafkaConsumer.commitSync(KafkaConsumer.java:1517)\n\tat com.acme.ledger.LedgerConsumer.run(LedgerConsumer.java:77)\n2026-11-20T10:19:08.002Z INFO  [main] o.a.k.c.c.internals.ConsumerCoordinator - [Consumer clientId=consumer-ledger-consumer-1, groupId=ledger-consumer] (Re-)joining group\n```\nthis happens every night during the batch import, same events get booked twice. we process each record with a DB insert ~0.8s")

# 17 follow-up after previous fix "still broken"
ex(D,
   [SR(), T("the navbar dropdown closes immediately when I click it on mobile safari")],
   call("Let me look at the dropdown component.", ("Read", "src/components/NavDropdown.tsx")),
   res("1\texport function NavDropdown({ items }) {\n2\t  const [open, setOpen] = useState(false);\n3\t  useEffect(() => {\n4\t    const close = () => setOpen(false);\n5\t    document.addEventListener('click', close);\n6\t    return () => document.removeEventListener('click', close);\n7\t  }, []);\n8\t  return (\n9\t    <div>\n10\t      <button onTouchStart={() => setOpen(o => !o)}>Menu</button>\n"),
   call("The document click listener fires right after touchstart toggles it open. I'll switch to onClick and stop propagation.", ("Edit", {"file_path": "src/components/NavDropdown.tsx", "old_string": "<button onTouchStart={() => setOpen(o => !o)}>", "new_string": "<button onClick={(e) => { e.stopPropagation(); setOpen(o => !o); }}>"})),
   res("The file src/components/NavDropdown.tsx has been updated."),
   "Switched to onClick with stopPropagation so the document listener doesn't immediately close it.",
   [T("nope, same on iphone. desktop was always fine")])

# 18 Polish
ex(D, "mam dziwny problem: `git pull` na serwerze mówi 'Already up to date' ale na GitHubie widzę nowe commity na main. remote jest ustawiony na origin, branch main. co jest nie tak")

# 19 Go data race
ex(D,
   [SR(), SEL("internal/cache/lru.go", 30, 44, "func (c *LRU) Get(k string) (V, bool) {\n\tc.mu.RLock()\n\tdefer c.mu.RUnlock()\n\tel, ok := c.items[k]\n\tif !ok {\n\t\tvar zero V\n\t\treturn zero, false\n\t}\n\tc.ll.MoveToFront(el)\n\treturn el.Value.(*entry).val, true\n}"), T("-race flags this under load, but it's under a lock?")])

# 20 tool loop, build env problem python
ex(D,
   [SR(), T("set up the dev env per the README")],
   call(None, ("Bash", "python3 -m venv .venv && . .venv/bin/activate && pip install -r requirements.txt")),
   res(("ERR", "Collecting psycopg2==2.9.9\n  Downloading psycopg2-2.9.9.tar.gz (384 kB)\n  error: subprocess-exited-with-error\n  × python setup.py egg_info did not run successfully.\n  │ exit code: 1\n  ╰─> [23 lines of output]\n      Error: pg_config executable not found.\n")),
   call("psycopg2 needs pg_config to build. I can install libpq-dev.", ("Bash", "sudo apt-get install -y libpq-dev")),
   res(("ERR", "sudo: a password is required")),
   "i'm on a mac actually, this is inside the devcontainer that's debian. what's the cleanest way around it without sudo")

# 21 French, SQL wrong results
ex(D,
   "Ma requête renvoie des doublons alors que chaque commande n'a qu'un client :\n\n```sql\nSELECT o.id, c.name, SUM(oi.qty * oi.price) AS total\nFROM orders o\nJOIN customers c ON c.id = o.customer_id\nJOIN order_items oi ON oi.order_id = o.id\nLEFT JOIN shipments s ON s.order_id = o.id\nGROUP BY o.id, c.name;\n```\nLes totaux sont parfois doublés ou triplés. Pourquoi ?")

# 22 perf regression tool loop
ex(D,
   [SR(), T("benchmark the parser against the previous tag")],
   call(None, ("Bash", "git stash && git checkout v2.3.0 -q && cargo bench --bench parse -- --save-baseline old && git checkout - -q && git stash pop && cargo bench --bench parse -- --baseline old")),
   res("parse/large_json     time:   [41.2 ms 41.5 ms 41.9 ms]\n                     change: [+182.31% +184.02% +185.90%] (p = 0.00 < 0.05)\n                     Performance has regressed.\nparse/small_json     time:   [3.11 µs 3.14 µs 3.16 µs]\n                     change: [-1.2% +0.3% +1.7%] (p = 0.71 > 0.05)\n                     No change in performance detected."),
   call("Large inputs regressed ~2.8x, small ones unchanged. Let me see what changed in the parser.", ("Bash", "git log --oneline v2.3.0..HEAD -- src/parser")),
   res("a91c2e0 handle escaped unicode surrogates\n5d02f7b switch string buffer to SmallVec\n0be71aa clippy fixes"),
   "5d02f7b looks suspicious but a91c2e0 too. how do i figure out which one without benchmarking each by hand")

# 23 terse
ex(D, "ModuleNotFoundError: No module named 'app' when running pytest from repo root. works in pycharm")

# 24 Hinglish
ex(D, "bhai mera nginx 502 de raha hai jab bhi upload 10MB se bada ho, chhote files theek jaate hain. upstream node express hai multer ke saath. kya dikkat hai?")

# 25 multi-turn, architecture earlier, then debugging
ex(D,
   "should I use Redis streams or a simple list with BRPOP for a job queue with ~200 jobs/min",
   "At 200 jobs/min either works. Streams give you consumer groups, acknowledgements and pending-entry recovery, which a list with BRPOP lacks; if a worker dies mid-job with BRPOP the job is gone unless you use BRPOPLPUSH/LMOVE patterns. I'd go with streams.",
   "ok went with streams. XREADGROUP keeps returning the same 3 messages every time a worker restarts and they never go away\n\n```js\nconst res = await redis.xreadgroup('GROUP', 'workers', name, 'COUNT', 10, 'STREAMS', 'jobs', '0')\n```")

# 26 tool loop with Grep, wrong config picked
ex(D,
   [SR(), FILE("config/settings.py"), T("why does the app think DEBUG is on in prod")],
   call(None, ("Grep", {"pattern": "DEBUG", "path": ".", "glob": "*.py"})),
   res("config/settings.py:12:DEBUG = os.getenv('DEBUG', False)\nconfig/settings_prod.py:4:DEBUG = False\napps/core/middleware.py:31:        if settings.DEBUG:"),
   call(None, ("Bash", "kubectl -n prod exec deploy/web -- env | grep -E 'DEBUG|DJANGO_SETTINGS'")),
   res("DEBUG=false\nDJANGO_SETTINGS_MODULE=config.settings"),
   "there it is?")

# 27 Swift
ex(D,
   "SwiftUI list doesn't update when I append to the array in my view model\n\n```swift\nclass FeedVM: ObservableObject {\n    var posts: [Post] = []\n    func load() async { posts = try! await api.feed() }\n}\n```\nthe data is definitely there, I print it")

# 28 Chinese with stack
ex(D,
   "这个报错啥意思，怎么修？\n```\nTypeError: Cannot read properties of undefined (reading 'map')\n    at ProductList (ProductList.jsx:12:23)\n```\n第一次渲染的时候 products 还没从接口回来")

# 29 multi-turn tool loop, final follow-up after docs work turned into debugging
ex(D,
   [SR(), T("add docstrings to the public functions in geo.py")],
   call(None, ("Read", "lib/geo.py")),
   res("1\timport math\n2\n3\tdef haversine(lat1, lon1, lat2, lon2):\n4\t    r = 6371\n5\t    dlat = lat2 - lat1\n6\t    dlon = lon2 - lon1\n7\t    a = math.sin(dlat/2)**2 + math.cos(lat1)*math.cos(lat2)*math.sin(dlon/2)**2\n8\t    return 2 * r * math.asin(math.sqrt(a))\n"),
   call("Adding the docstring.", ("Edit", {"file_path": "lib/geo.py", "old_string": "    r = 6371", "new_string": "    \"\"\"Great-circle distance in km between two (lat, lon) points.\"\"\"\n    r = 6371"})),
   res("The file lib/geo.py has been updated."),
   "Added.",
   "wait while you're in there — haversine(52.52, 13.40, 48.85, 2.35) gives me 4000-something km, berlin paris is like 880. is that why our delivery radius check is broken?")

# 30 C segfault
ex(D,
   "segfault only with -O2, fine with -O0\n\n```c\nint *find(int *arr, int n, int x) {\n  for (int i = 0; i <= n; i++)\n    if (arr[i] == x) return &arr[i];\n}\n```\ncaller checks for NULL")

# 31 terraform tool loop
ex(D,
   [SR(), T("terraform plan for the network module")],
   call(None, ("Bash", "cd infra/envs/prod && terraform plan -target=module.network")),
   res("module.network.aws_subnet.private[\"eu-central-1a\"] must be replaced\n-/+ resource \"aws_subnet\" \"private\" {\n      ~ cidr_block = \"10.0.1.0/24\" -> \"10.0.16.0/20\" # forces replacement\n...\nPlan: 3 to add, 0 to change, 3 to destroy."),
   "It wants to replace all three private subnets because the CIDR changed.",
   "I didn't change any cidrs?? only bumped the aws provider from 4.67 to 5.x")

# 32 Portuguese
ex(D, "meu app flutter funciona no emulador mas no iPhone físico a tela fica branca depois do splash. no xcode aparece 'Failed to find assets path for Frameworks/App.framework/flutter_assets'. alguém sabe?")

# 33 multi-turn understanding then debugging w/ wrong cue "explain"
ex(D,
   "walk me through how our rate limiter middleware works",
   "It's a fixed-window counter in Redis: for each request it INCRs `rl:{api_key}:{minute}`, sets a 60s TTL on the first hit, and rejects with 429 once the count exceeds the plan's limit.",
   "ok then explain why customers on the 1000/min plan are getting 429s at like 300 req/min. we run 4 replicas behind the LB")

# 34 Kotlin coroutine
ex(D,
   [SR(), FILE("app/src/main/java/com/acme/sync/SyncWorker.kt"), T("the sync worker hangs forever on some devices, last log line is \"fetching page 3\". runBlocking inside doWork, withContext(Dispatchers.Main) for the db write")])

# 35 tool loop: test written to reproduce open bug
ex(D,
   [SR(), T("issue #412 says decimal parsing breaks on '1e-7'. can you write a failing test for it first")],
   call(None, ("Read", "tests/test_parse.py")),
   res("1\tfrom money import parse_amount\n2\n3\tdef test_basic():\n4\t    assert parse_amount('12.50') == Decimal('12.50')\n"),
   call("Adding a reproduction test.", ("Edit", {"file_path": "tests/test_parse.py", "old_string": "def test_basic():", "new_string": "def test_scientific_notation():\n    assert parse_amount('1e-7') == Decimal('0.0000001')\n\ndef test_basic():"})),
   res("The file tests/test_parse.py has been updated."),
   call(None, ("Bash", "pytest tests/test_parse.py -q")),
   res(("ERR", "F.\n=== FAILURES ===\n___ test_scientific_notation ___\n>   assert parse_amount('1e-7') == Decimal('0.0000001')\nmoney/parse.py:18: in parse_amount\n    whole, frac = s.split('.')\nE   ValueError: not enough values to unpack (expected 2, got 1)\n1 failed, 1 passed")),
   "Test reproduces the bug.",
   "good. now make it pass")

# note: #35 final intent is to fix the bug -> debugging.

# 36 Turkish
ex(D, "docker compose up dediğimde postgres container'ı 'database system is ready' diyor ama api container'ı 'connection refused 127.0.0.1:5432' hatası veriyor. DATABASE_URL localhost gösteriyor")

# 37 CSS layout bug
ex(D, "the footer overlaps content on pages shorter than the viewport only in firefox. body is display:flex column min-height:100vh, main has flex:1. chrome is fine")

# 38 multi-turn, review earlier, then debugging
ex(D,
   "is this a safe way to compare api tokens?\n```python\nif request.headers.get('X-Token') == settings.TOKEN:\n```",
   "It works functionally but isn't constant-time; use `hmac.compare_digest` to avoid timing side channels. Also handle the header being missing explicitly.",
   "switched to hmac.compare_digest and now every request fails with TypeError: a bytes-like object is required, not 'NoneType'... but the header IS set, I see it in curl -v")

# 39 tool loop GitHub actions
ex(D,
   [SR(), T("check why the release workflow failed")],
   call(None, ("Bash", "gh run view --log-failed | tail -25")),
   res("release\tPublish\t2026-11-24T09:12:44Z npm notice Publishing to https://registry.npmjs.org/ with tag latest and public access\nrelease\tPublish\t2026-11-24T09:12:45Z npm ERR! code E404\nrelease\tPublish\t2026-11-24T09:12:45Z npm ERR! 404 Not Found - PUT https://registry.npmjs.org/@acme%2fui-kit - Not found\nrelease\tPublish\t2026-11-24T09:12:45Z npm ERR! 404  '@acme/ui-kit@4.2.0' is not in this registry."),
   call(None, ("Read", ".github/workflows/release.yml")),
   res("- uses: actions/setup-node@v4\n  with:\n    node-version: 20\n- run: npm ci\n- run: npm publish\n  env:\n    NODE_AUTH_TOKEN: ${{ secrets.NPM_TOKEN }}"),
   "404 on a package that exists?")

# 40 Elixir
ex(D, "GenServer.call timeout after 5000ms but the handle_call just does a Repo.get. under load only. is the genserver a bottleneck or is it the pool? Ecto pool_size 10")

# 41 Vietnamese
ex(D, "Mình chạy `npm run build` với Vite thì bị lỗi 'JavaScript heap out of memory', project cũng không lớn lắm. Trước đây vẫn build được, mới thêm thư viện monaco-editor thôi. Sao vậy?")

# 42 multi-turn codegen tool loop then result wrong
ex(D,
   [SR(), T("write a script that dedupes contacts.csv by email, case-insensitive")],
   call(None, ("Write", {"file_path": "scripts/dedupe.py", "content": "import csv, sys\nseen = set()\nw = csv.writer(sys.stdout)\nfor row in csv.reader(open('contacts.csv')):\n    e = row[2].lower()\n    if e not in seen:\n        seen.add(e); w.writerow(row)\n"})),
   res("File created successfully at: scripts/dedupe.py"),
   call(None, ("Bash", "python scripts/dedupe.py | wc -l; wc -l contacts.csv")),
   res("  9812\n 10240 contacts.csv"),
   "Removed 428 duplicates.",
   "there are still dupes, e.g. ' Anna@x.de' and 'anna@x.de' both in the output. and output on windows has blank lines between every row")

# 43 terse
ex(D, "CORS error but only on the preflight, GET works. express + cors() middleware")

# 44 Russian
ex(D, "Почему pandas `df.groupby('user_id')['amount'].sum()` выдаёт другие суммы, чем тот же запрос в ClickHouse? Расхождение примерно 0.3%, в данных есть NULL и дробные суммы.")

# 45 tool loop, is_error read, env
ex(D,
   [SR(), T("the app can't read the config file in prod image")],
   call(None, ("Bash", "docker run --rm acme/api:1.14 ls -la /app/config")),
   res("total 12\ndrwx------ 2 root root 4096 Nov 25 10:02 .\n-rw------- 1 root root  812 Nov 25 10:02 app.yaml"),
   call(None, ("Bash", "docker run --rm acme/api:1.14 id")),
   res("uid=10001(app) gid=10001(app) groups=10001(app)"),
   "Config is root-owned with 0600 but the container runs as uid 10001.",
   "but we didn't change the Dockerfile, only the base image from node:20 to node:20-alpine")

# 46 multi-turn docs earlier, final debugging terse follow-up needs prior
ex(D,
   "write a short README section on running migrations with alembic",
   "## Migrations\n\nWe use Alembic. To create a migration: `alembic revision --autogenerate -m \"msg\"`. To apply: `alembic upgrade head`. ...",
   "ok. btw autogenerate keeps producing an empty migration even though I added a column to the model",
   "Make sure the model module is imported in `env.py` so it's registered on `target_metadata`, and that `target_metadata = Base.metadata` points at the same Base your models use.",
   "it is imported. still empty")

# 47 Java NPE with optional
ex(D,
   [SR(), SEL("src/main/java/com/acme/orders/OrderMapper.java", 22, 27, "public OrderDto toDto(Order o) {\n    return new OrderDto(\n        o.getId(),\n        o.getCustomer().getAddress().getCity(),\n        o.getTotal());\n}"), T("NPE line 25 in prod logs, only for orders imported from the legacy system")])

# 48 Dutch
ex(D, "Onze Next.js app geeft 'Hydration failed because the initial UI does not match what was rendered on the server'. Het gebeurt alleen op de pagina met de datum van vandaag erin. Wat doe ik fout?")

# 49 multi-turn architecture→debug  with code
ex(D,
   "we're splitting the monolith, first service is notifications. gRPC or REST between them?",
   "For internal service-to-service calls with a stable schema gRPC is a good default: typed contracts, streaming, efficient. REST is simpler for debugging and external consumers. For notifications specifically, consider async messaging instead of either.",
   "we went grpc. the client gets `rpc error: code = Unavailable desc = connection error: desc = \"transport: Error while dialing: dial tcp: address notifications:50051: too many colons in address\"` hmm")

# 50 PHP
ex(D, "laravel queue worker processes the job but `$user->notify()` inside never sends the mail. works from tinker. QUEUE_CONNECTION=redis, MAIL_MAILER=smtp. no errors in laravel.log")

# 51 tool loop with Grep and edit failed
ex(D,
   [SR(), T("rename the `fetchUser` helper to `getUser` everywhere")],
   call(None, ("Grep", {"pattern": "fetchUser", "output_mode": "files_with_matches"})),
   res("src/api/users.ts\nsrc/pages/profile.tsx\nsrc/hooks/useUser.ts"),
   call("Renaming in the three files.", ("Edit", {"file_path": "src/api/users.ts", "old_string": "export async function fetchUser", "new_string": "export async function getUser"}), ("Edit", {"file_path": "src/pages/profile.tsx", "old_string": "fetchUser(", "new_string": "getUser(", "replace_all": True}), ("Edit", {"file_path": "src/hooks/useUser.ts", "old_string": "fetchUser", "new_string": "getUser", "replace_all": True})),
   res("The file src/api/users.ts has been updated.", "The file src/pages/profile.tsx has been updated.", "The file src/hooks/useUser.ts has been updated."),
   "Renamed in all three places.",
   [SR(), T("tsc now says `Module '\"../api/users\"' has no exported member 'fetchUser'` in profile.tsx line 3 and the page is blank")])

# 52 Italian
ex(D, "ho un memory leak in un servizio Node: l'heap cresce di ~50MB all'ora e dopo un giorno crasha. Uso un Map come cache per le sessioni e setInterval per pulirla. Da dove comincio a guardare?")

# 53 C# async deadlock
ex(D, "our WPF app freezes when clicking Save. it calls `_service.SaveAsync().Result` from the click handler. the same service works from the console app")

# 54 long SQL explain
ex(D,
   "this used to take 40ms, after last night's deploy it's 9s. no schema changes, only data growth\n\n```\nEXPLAIN ANALYZE SELECT * FROM events WHERE account_id = 42 AND created_at > now() - interval '1 day' ORDER BY created_at DESC LIMIT 50;\n\nLimit  (cost=0.56..1843.22 rows=50 width=312) (actual time=9012.441..9012.502 rows=50 loops=1)\n  ->  Index Scan Backward using events_created_at_idx on events  (cost=0.56..2284120.10 rows=61958 width=312) (actual time=9012.439..9012.491 rows=50 loops=1)\n        Index Cond: (created_at > (now() - '1 day'::interval))\n        Filter: (account_id = 42)\n        Rows Removed by Filter: 18419220\nPlanning Time: 0.211 ms\nExecution Time: 9012.530 ms\n```\nthere is an index on (account_id, created_at) too")

# 55 tool loop, bash failing in CI only
ex(D,
   [SR(), T("the lint step passes locally but fails in CI, can you check")],
   call(None, ("Bash", "npm run lint")),
   res("> eslint . --max-warnings 0\n\n✨ No problems found"),
   call(None, ("Bash", "gh run view 8812331 --log-failed | tail -12")),
   res("lint\t  14:7  error  'process' is not defined  no-undef\nlint\tscripts/seed.js\nlint\t  3:1   error  Parsing error: Cannot use import statement outside a module\nlint\t✖ 2 problems (2 errors, 0 warnings)"),
   "same node version in both btw (20.11)")

# 56 German terse follow-up after fix
ex(D,
   "Mein Python-Skript liest eine CSV mit Umlauten und gibt 'Ã¼' statt 'ü' aus.",
   "Die Datei ist vermutlich UTF-8, wird aber als Latin-1 gelesen (oder umgekehrt). Öffne sie explizit mit `open(path, encoding='utf-8')`.",
   "hab ich gemacht, jetzt UnicodeDecodeError: 'utf-8' codec can't decode byte 0xfc in position 1821")

# 57 React native
ex(D, [SR(), FILE("ios/Podfile"), T("pod install: [!] CocoaPods could not find compatible versions for pod \"hermes-engine\". after upgrading RN 0.72 -> 0.74")])

# 58 Scala
ex(D, "spark job: `org.apache.spark.SparkException: Task not serializable` caused by `java.io.NotSerializableException: com.acme.etl.GeoLookup`. GeoLookup is a class with a loaded maxmind db that I use inside a .map")

# 59 multi-turn: question was understanding, then code does something different
ex(D,
   [SR(), T("what does `Promise.allSettled` return exactly")],
   "An array of objects, one per input promise, each `{status: 'fulfilled', value}` or `{status: 'rejected', reason}`, in the same order as the inputs. It never rejects.",
   [SR(), SEL("src/sync.ts", 40, 46, "const results = await Promise.allSettled(accounts.map(syncAccount));\nconst failed = results.filter(r => r.status === 'rejected');\nif (failed.length) logger.warn(`${failed.length} failed`);"), T("then why does this still throw UnhandledPromiseRejection and kill the process")])

# 60 tool loop Bash, disk full
ex(D,
   [SR(), T("deploy to staging")],
   call(None, ("Bash", "./deploy.sh staging")),
   res(("ERR", "Building image acme/web:staging-4f2a1c...\nStep 7/12 : RUN npm ci\nnpm ERR! code ENOSPC\nnpm ERR! syscall write\nnpm ERR! errno -28\nnpm ERR! nospc ENOSPC: no space left on device, write")),
   call(None, ("Bash", "df -h / && docker system df")),
   res("Filesystem      Size  Used Avail Use% Mounted on\n/dev/nvme0n1p2  228G  227G  1.2G 100% /\nTYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\nImages          212       4         61.3GB    58.9GB (96%)\nBuild Cache     1893      0         143.7GB   143.7GB"),
   "that's way bigger than it should be, docker desktop says 64GB disk limit. why is build cache 143G")

# 61 Hindi
ex(D, "मेरा Django ऐप लोकल पर ठीक चलता है लेकिन Heroku पर static files (CSS) लोड नहीं हो रहीं, 404 आ रहा है। DEBUG=False है और whitenoise लगाया है।")

# 62 short IDE only
ex(D, [SR(), FILE("src/workers/email.go"), T("goroutines count keeps climbing in pprof, this file?")])

# 63 multi-turn with tool loop, last turn code_review-like cue but actually debugging
ex(D,
   [SR(), T("can you review my last commit")],
   call(None, ("Bash", "git show --stat HEAD && git show HEAD -- src/auth/session.ts")),
   res("commit 7a1e9d2\n    refresh tokens before expiry\n src/auth/session.ts | 14 ++++++++------\n\n-  if (Date.now() > session.expiresAt) {\n+  if (Date.now() > session.expiresAt - 60) {\n     await refresh(session);\n   }"),
   "One issue: `expiresAt` is in ms (Date.now()), so `- 60` is 60 milliseconds, not a minute. Otherwise fine.",
   "ahh. is that also why users get logged out randomly since tuesday? the commit went out tuesday")

# 64 tool loop, wrong output from jq
ex(D,
   [SR(), T("count open PRs per author using gh + jq")],
   call(None, ("Bash", "gh pr list --state open --limit 500 --json author | jq -r '.[].author.login' | sort | uniq -c | sort -rn")),
   res("     30 dependabot\n     12 mkowalski\n      6 tanya-r\n      2 jj"),
   "Here are the counts.",
   "that's 50 total but the github UI shows 73 open PRs. where did the other 23 go")

# 65 Ruby
ex(D, "rspec passes one by one but when I run the whole suite `spec/models/user_spec.rb:44` fails with 'Email has already been taken'. using database_cleaner with :transaction")

# 66 multi-turn with assistant proposed fix; user "still"
ex(D,
   "my github action cache never hits. key: ${{ runner.os }}-pnpm-${{ hashFiles('**/pnpm-lock.yaml') }}",
   "Check that the path you cache is the pnpm store (`pnpm store path`), not `node_modules`, and that the lockfile is at a path the glob matches in the checkout.",
   "path is the store path. still `Cache not found for input keys` on every single run even when the lockfile didn't change",
   "Is the workflow running on `pull_request` from forks or on different branches? Caches are scoped by branch; a PR branch can read caches from the base branch but not from sibling branches.",
   "same branch, push events, back to back runs")

# 67 Go JSON
ex(D, "json.Unmarshal gives me an empty struct, no error\n\n```go\ntype resp struct {\n  userID string `json:\"user_id\"`\n  email  string `json:\"email\"`\n}\n```")

# 68 tool loop Spanish-English code switching
ex(D,
   [SR(), T("revisa el log del worker, algo raro pasa con los emails")],
   call(None, ("Bash", "tail -n 30 logs/worker.log")),
   res("[2026-11-25 08:00:01] INFO sending digest to 18231 users\n[2026-11-25 08:00:03] INFO batch 1/183 ok\n[2026-11-25 08:00:05] INFO batch 2/183 ok\n[2026-11-25 08:00:05] WARN smtp 421 4.7.0 Try again later\n[2026-11-25 08:00:05] INFO batch 3/183 ok\n[2026-11-25 08:00:06] WARN smtp 421 4.7.0 Try again later\n[2026-11-25 08:00:06] INFO batch 4/183 ok"),
   "Hay respuestas 421 de SMTP intercaladas pero los lotes se marcan como ok.",
   "exacto, y los usuarios dicen que no reciben el digest. so the batch says ok but the mail isn't sent?")

# 69 C++ undefined behavior, multi-turn
ex(D,
   "quick q: is `std::vector::reserve` enough before taking pointers to elements?",
   "Reserve guarantees no reallocation as long as size stays within capacity, so pointers stay valid while you push_back up to that capacity. Going past it invalidates them.",
   "then why does asan say heap-use-after-free here\n```cpp\nv.reserve(16);\nauto* first = &v.emplace_back(1);\nfor (auto x : input) v.push_back(x);\nuse(*first);\n```\ninput has like 40 elements")

# 70 tool loop final result + new text
ex(D,
   [SR(), T("run the e2e tests against the local stack")],
   call(None, ("Bash", "npx playwright test --reporter=line")),
   res(("ERR", "Running 48 tests using 4 workers\n  1) [chromium] › checkout.spec.ts:22:5 › guest checkout › pays with card\n    Error: locator.click: Timeout 30000ms exceeded.\n    waiting for getByRole('button', { name: 'Pay now' })\n  47 passed, 1 failed")),
   call(None, ("Bash", "npx playwright test checkout.spec.ts --headed --repeat-each 3")),
   res("3 passed (41.2s)"),
   [T("passes headed every time and fails headless every time. what")])
