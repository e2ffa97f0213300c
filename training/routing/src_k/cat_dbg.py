from conversation_shapes import u, a, cc, at, tr

C = "debugging"

LONG_LOG = """2026-11-25T09:14:02.118Z INFO  [main] o.s.b.StartupInfoLogger : Starting OrderServiceApplication v2.14.3 using Java 21.0.2
2026-11-25T09:14:02.121Z INFO  [main] o.s.b.SpringApplication : The following 1 profile is active: "prod"
2026-11-25T09:14:04.870Z INFO  [main] o.s.d.r.c.RepositoryConfigurationDelegate : Finished Spring Data repository scanning in 212 ms. Found 17 JPA repository interfaces.
2026-11-25T09:14:06.002Z INFO  [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat initialized with port 8080 (http)
2026-11-25T09:14:06.431Z INFO  [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Starting...
2026-11-25T09:14:06.912Z INFO  [main] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Added connection org.postgresql.jdbc.PgConnection@5d1b9c3a
2026-11-25T09:14:06.914Z INFO  [main] com.zaxxer.hikari.HikariDataSource : HikariPool-1 - Start completed.
2026-11-25T09:14:09.330Z INFO  [main] o.h.e.t.j.p.i.JtaPlatformInitiator : HHH000490: Using JtaPlatform implementation: [NoJtaPlatform]
2026-11-25T09:14:11.774Z INFO  [main] o.s.b.w.e.tomcat.TomcatWebServer : Tomcat started on port 8080 (http) with context path ''
2026-11-25T09:14:11.790Z INFO  [main] c.a.o.OrderServiceApplication : Started OrderServiceApplication in 10.2 seconds
2026-11-25T09:31:44.009Z WARN  [http-nio-8080-exec-12] c.z.h.p.PoolBase : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@5d1b9c3a (This connection has been closed.). Possibly consider using a shorter maxLifetime value.
2026-11-25T09:31:44.011Z WARN  [http-nio-8080-exec-12] c.z.h.p.PoolBase : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@1a2f77e0 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.
2026-11-25T09:31:44.013Z WARN  [http-nio-8080-exec-9] c.z.h.p.PoolBase : HikariPool-1 - Failed to validate connection org.postgresql.jdbc.PgConnection@77c3a0b1 (This connection has been closed.). Possibly consider using a shorter maxLifetime value.
2026-11-25T09:32:14.020Z ERROR [http-nio-8080-exec-12] o.h.e.j.s.SqlExceptionHelper : HikariPool-1 - Connection is not available, request timed out after 30005ms.
2026-11-25T09:32:14.022Z ERROR [http-nio-8080-exec-12] o.a.c.c.C.[.[.[/].[dispatcherServlet] : Servlet.service() for servlet [dispatcherServlet] threw exception
org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)
\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:241)
\tat org.springframework.orm.jpa.JpaTransactionManager.doBegin(JpaTransactionManager.java:466)
\tat org.springframework.transaction.support.AbstractPlatformTransactionManager.startTransaction(AbstractPlatformTransactionManager.java:531)
\tat com.acme.orders.service.OrderService$$SpringCGLIB$$0.placeOrder(<generated>)
\tat com.acme.orders.web.OrderController.place(OrderController.java:58)
Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30005ms.
\tat com.zaxxer.hikari.pool.HikariPool.createTimeoutException(HikariPool.java:696)
\tat com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)
\t... 96 common frames omitted
2026-11-25T09:32:14.530Z ERROR [http-nio-8080-exec-3] o.h.e.j.s.SqlExceptionHelper : HikariPool-1 - Connection is not available, request timed out after 30001ms.
2026-11-25T09:32:15.101Z ERROR [http-nio-8080-exec-7] o.h.e.j.s.SqlExceptionHelper : HikariPool-1 - Connection is not available, request timed out after 30000ms.
2026-11-25T09:32:44.876Z INFO  [HikariPool-1 housekeeper] c.z.h.p.HikariPool : HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=41)
2026-11-25T09:33:14.877Z INFO  [HikariPool-1 housekeeper] c.z.h.p.HikariPool : HikariPool-1 - Pool stats (total=10, active=10, idle=0, waiting=58)
"""

NPM_LOG = """npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR!
npm ERR! While resolving: web-admin@3.2.0
npm ERR! Found: react@18.3.1
npm ERR! node_modules/react
npm ERR!   react@"^18.2.0" from the root project
npm ERR!
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0" from react-beautiful-dnd@13.1.1
npm ERR! node_modules/react-beautiful-dnd
npm ERR!   react-beautiful-dnd@"^13.1.0" from the root project
npm ERR!
npm ERR! Fix the upstream dependency conflict, or retry
npm ERR! this command with --force or --legacy-peer-deps
npm ERR! to accept an incorrect (and potentially broken) dependency resolution.
"""

IMPORTER = """import csv
import logging
from concurrent.futures import ThreadPoolExecutor
from db import session_scope, Customer

log = logging.getLogger(__name__)
BATCH = 500


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        r = csv.DictReader(f, delimiter=";")
        for row in r:
            yield row


def _save(batch):
    with session_scope() as s:
        for row in batch:
            try:
                s.merge(Customer(
                    id=int(row["id"]),
                    email=row["email"].strip().lower(),
                    country=row.get("country") or None,
                ))
            except (KeyError, ValueError) as e:
                log.debug("skip row %s: %s", row.get("id"), e)


def import_file(path):
    batch = []
    with ThreadPoolExecutor(max_workers=8) as ex:
        for row in _rows(path):
            batch.append(row)
            if len(batch) == BATCH:
                ex.submit(_save, batch)
                batch = []
    if batch:
        _save(batch)
    return "OK"
"""

EXAMPLES = [
(C, u("el dashboard de Grafana dice 1.2k pedidos ayer pero la query en la base me da 1.37k. cuál está mal?\n\n```sql\nSELECT count(*) FROM orders WHERE created_at::date = current_date - 1;\n```\nel panel usa `sum(increase(orders_created_total[1d]))`")),
(C, u("revisa esto porfa, me devuelve siempre el mismo número aleatorio\n\n```python\nimport random\ndef roll(seed=random.seed(42)):\n    return random.randint(1, 6)\n```")),
(C, [cc("sigue roto después de tu cambio. mismo error", file="src/api/upload.ts", d=0),
     at("", ("Bash", {"command": "npm test -- upload"})),
     tr(("FAIL src/api/upload.test.ts\n  ● upload › rejects files over 10MB\n    expect(received).toBe(expected)\n    Expected: 413\n    Received: 500\n      at Object.<anonymous> (src/api/upload.test.ts:41:27)", True)),
     u("ves? 500 en vez de 413")]),
(C, u("explícame por qué este test pasa en local y falla en CI, sólo en CI:\n\n```\nAssertionError: expected '25/11/2026' to equal '11/25/2026'\n```")),
(C, u("instalé la app con pip install -e . y al importar me sale `ModuleNotFoundError: No module named 'miapp'`, pero el paquete está en src/miapp. uso pyproject con setuptools")),
(C, u("Seit dem Upgrade auf Node 20 hängt `jest` einfach am Ende und beendet sich nicht. Keine Fehlermeldung. \"Jest did not exit one second after the test run has completed\"")),
(C, u("Das ist der Test, den ich für das offene Ticket #812 geschrieben hab — er schlägt fehl, wie erwartet. Jetzt finde bitte raus, warum\n\n```python\ndef test_discount_not_applied_twice():\n    cart = Cart()\n    cart.add(Item('A', 100))\n    cart.apply('SAVE10')\n    cart.apply('SAVE10')\n    assert cart.total == 90  # actual: 81\n```")),
(C, u(f"Spring-Service fällt nach ~15 min Betrieb um, hier die Logs. Was ist los?\n\n```\n{LONG_LOG}```")),
(C, [u("Meine Docker-Builds dauern plötzlich 12 Minuten statt 2"), a("Vermutlich invalidiert sich der Layer-Cache früh. Kopierst du den ganzen Code vor dem `npm ci`?"), u("nein, package*.json zuerst. aber wir bauen jetzt in GitHub Actions mit buildx statt lokal. hat das was damit zu tun?")]),
(C, u("pourquoi mon useEffect tourne en boucle infinie ? \n\n```jsx\nconst [filters, setFilters] = useState({});\nuseEffect(() => {\n  fetchData({ ...filters, page: 1 }).then(setData);\n  setFilters({ ...filters, loaded: true });\n}, [filters]);\n```")),
(C, u("le total du rapport mensuel ne correspond pas à la somme des factures, il manque ~0,3 %. on arrondit à la ligne ou au total ? voici le code\n\n```python\nmonthly = sum(round(l.amount * (1 + l.vat), 2) for l in lines)\nreport = round(sum(l.amount for l in lines) * 1.2, 2)\n```")),
(C, [cc("j'ai encore l'erreur après ton fix", d=1),
     at("", ("Bash", {"command": "cargo build"})),
     tr(("error[E0502]: cannot borrow `self.items` as mutable because it is also borrowed as immutable\n  --> src/inventory.rs:47:13\n   |\n45 |         let first = self.items.first();\n   |                     ---------- immutable borrow occurs here\n46 |         if let Some(f) = first {\n47 |             self.items.push(f.clone());\n   |             ^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here\n48 |         }\n   |         - immutable borrow might be used here, later", True)),
     u("toujours pareil")]),
(C, u("mon pod redémarre en boucle, `kubectl describe` dit `OOMKilled` mais le heap Java est à 512m et la limite à 1Gi. c'est quoi qui bouffe le reste ?")),
(C, u("o login funciona no Chrome mas no Safari o cookie de sessão simplesmente não é salvo. SameSite=None; Secure; o front tá em app.x.com e a api em api.x.com")),
(C, u("faz um review desse código aqui que tá dando resultado errado, a média tá sempre inteira\n\n```java\nint soma = 0; int n = notas.size();\ndouble media = soma / n;\n```")),
(C, [u("me ajuda a escrever um teste pra esse cenário?"), a("Claro, qual cenário?"), u("é que quando o usuário troca de plano no meio do mês o valor proporcional sai negativo. não corrigi ainda, quero o teste que reproduz e depois descobrir por quê. o cálculo tá em billing/proration.py")]),
(C, u(f"npm install quebrou do nada no projeto, ninguém mexeu no package.json\n\n```\n{NPM_LOG}```")),
(C, u("il test è flaky, fallisce 1 volta su 10 in CI. sembra legato all'ordine\n\n```\nFAILED tests/test_cache.py::test_eviction - AssertionError: assert 3 == 2\n```\nrunniamo con pytest-xdist -n auto")),
(C, u("perché questa query ci mette 40 secondi? ieri ci metteva 200ms, nessuno ha toccato gli indici\n\n```sql\nEXPLAIN ANALYZE SELECT * FROM events WHERE account_id = 42 ORDER BY created_at DESC LIMIT 50;\n-- Seq Scan on events (cost=0.00..1843234.00 rows=9 width=312) (actual time=39812.3..39812.9 rows=50 loops=1)\n```")),
(C, [cc("il build di gradle fallisce", file="app/build.gradle.kts", d=2),
     at("", ("Bash", {"command": "./gradlew assembleDebug"})),
     tr(("> Task :app:kaptDebugKotlin FAILED\ne: java.lang.IllegalAccessError: class org.jetbrains.kotlin.kapt3.base.javac.KaptJavaCompiler (in unnamed module @0x6b1a9fe7) cannot access class com.sun.tools.javac.main.JavaCompiler (in module jdk.compiler) because module jdk.compiler does not export com.sun.tools.javac.main to unnamed module\n\nFAILURE: Build failed with an exception.", True)),
     u("è successo dopo aver aggiornato Android Studio")]),
(C, u("czemu to nie działa? goroutines się nie kończą i program wisi\n\n```go\nch := make(chan int)\nfor i := 0; i < 3; i++ {\n    go func() { ch <- i }()\n}\nfor v := range ch {\n    fmt.Println(v)\n}\n```")),
(C, u("po deployu na produkcję wszystkie obrazki 404, lokalnie działa. Next.js, `next/image`, custom domain na CloudFront")),
(C, [u("dodałem indeks tak jak radziłeś"), a("Świetnie — czy zapytanie zaczęło go używać? Sprawdź `EXPLAIN ANALYZE`."), u("nie używa, dalej seq scan:\n\n```\nSeq Scan on users  (cost=0.00..18340.00 rows=1 width=64)\n  Filter: (lower((email)::text) = 'a@b.pl'::text)\n```\nindeks to `CREATE INDEX ON users(email)`")]),
(C, u("у меня `ssh: connect to host github.com port 22: Connection timed out` только в офисной сети, из дома ок. git push не работает")),
(C, u("объясни, почему здесь `NaN`? я ожидал 0.3\n\n```js\nconst total = items.reduce((s, i) => s + i.price);\n```\nitems = [{price: 0.1}, {price: 0.2}]")),
(C, [cc("падает сборка после того, как ты поменял импорты", d=3),
     at("", ("Bash", {"command": "npx tsc --noEmit"})),
     tr(("src/features/cart/index.ts:3:10 - error TS2305: Module '\"./cartSlice\"' has no exported member 'selectTotal'.\nsrc/pages/Checkout.tsx:5:1 - error TS2440: Import declaration conflicts with local declaration of 'Cart'.\n\nFound 2 errors in 2 files.", True)),
     u("ну и?")]),
(C, u("метрика latency p99 в Datadog 80мс, а пользователи жалуются на 2-3 секунды. трейс показывает что сервер отвечает быстро. где искать?")),
(C, u("після оновлення Python з 3.11 на 3.12 впав імпорт: `ModuleNotFoundError: No module named 'distutils'`. ми його навіть не імпортуємо напряму")),
(C, u("чому цей celery task виконується двічі? бачу в логах два `Task ... succeeded` з однаковими аргументами з різницею в годину. брокер SQS")),
(C, u("bu kod neden race condition veriyor anlamadım, mutex koydum halbuki\n\n```go\nfunc (c *Counter) Inc() {\n    c.mu.Lock()\n    c.n++\n}\nfunc (c *Counter) Get() int { return c.n }\n```")),
(C, u("Docker container içinden host'taki postgres'e bağlanamıyorum, `connection refused`. localhost:5432 yazdım")),
(C, [u("login endpoint'ine rate limit ekledik, çalışıyor"), a("Güzel. Hangi anahtar üzerinden limitliyorsunuz, IP mi kullanıcı mı?"), u("IP. ama şimdi herkes 429 alıyor, aynı anda 3 kişi giriş yapınca bile. load balancer arkasındayız bu arada")]),
(C, u("为什么这段代码在 Windows 上读出来全是乱码，Linux 上正常？\n\n```python\nwith open('data.csv') as f:\n    rows = list(csv.reader(f))\n```")),
(C, u("线上接口偶尔返回 502，Nginx 日志里是 `upstream prematurely closed connection while reading response header from upstream`，后端是 gunicorn + uvicorn worker，怎么查")),
(C, [cc("你帮我改完以后内存还是一直涨", file="cmd/server/main.go", d=4),
     at("我抓一下 heap profile。", ("Bash", {"command": "go tool pprof -top http://localhost:6060/debug/pprof/heap | head -15"})),
     tr("Showing nodes accounting for 612.43MB, 97.8% of 626.1MB total\n      flat  flat%   sum%        cum   cum%\n  540.12MB 86.27% 86.27%   540.12MB 86.27%  main.(*Server).trackRequest\n   50.20MB  8.02% 94.29%    50.20MB  8.02%  bufio.NewReaderSize\n   22.11MB  3.53% 97.82%    22.11MB  3.53%  encoding/json.(*decodeState).literalStore"),
     u("trackRequest 是记录请求耗时的，应该不会占这么多吧？")]),
(C, u("我写了个复现 bug 的测试，现在是红的，别改测试，帮我找到代码里的问题\n\n```ts\ntest('refund keeps currency', () => {\n  const r = refund({ amount: 10, currency: 'JPY' }, 0.5);\n  expect(r).toEqual({ amount: 5, currency: 'JPY' });\n  // 实际得到 { amount: 5, currency: 'USD' }\n});\n```")),
(C, u("pip install したら `error: Microsoft Visual C++ 14.0 or greater is required` って出た。Windowsです。psycopg2入れようとしてます")),
(C, u("なぜか本番だけタイムゾーンがずれて、予約時刻が9時間前になる。DBはUTC、サーバーはAsia/Tokyo。Railsです")),
(C, [cc("さっきの修正で直ったと思ったけど、まだflakyです", d=5),
     at("", ("Bash", {"command": "for i in $(seq 1 20); do go test ./internal/sched -run TestTicker -count=1 2>&1 | tail -1; done | sort | uniq -c"})),
     tr("     17 ok  \tgithub.com/acme/app/internal/sched\t0.412s\n      3 --- FAIL: TestTicker (1.00s)"),
     u("20回中3回落ちる")]),
(C, u("왜 이 SQL 결과가 두 배로 나와? JOIN 하니까 합계가 이상해\n\n```sql\nSELECT o.id, SUM(p.amount) FROM orders o JOIN payments p ON p.order_id = o.id JOIN shipments s ON s.order_id = o.id GROUP BY o.id;\n```")),
(C, u("iOS 빌드에서만 `Undefined symbol: _OBJC_CLASS_$_FIRApp` 링크 에러 나요. pod install 다시 해도 똑같아요")),
(C, [u("React 앱이 프로덕션 빌드에서만 하얀 화면이야"), a("콘솔에 에러가 있나요? 프로덕션에선 minified 에러 메시지가 나오니까 전체를 붙여주세요."), u("`Minified React error #130` 이거 하나 나와. 로컬 dev 모드에선 멀쩡해")]),
(C, u("tại sao biến môi trường trong file .env không được đọc khi chạy bằng docker compose? mình để `env_file: .env` rồi mà `process.env.DB_HOST` vẫn undefined")),
(C, u("hàm này tính sai tuổi với người sinh ngày 29/2, năm không nhuận ra kết quả lệch 1\n\n```python\ndef age(born, today):\n    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))\n```")),
(C, u("kenapa `git pull` di server bilang `fatal: detected dubious ownership in repository`? tadinya normal-normal aja")),
(C, u("halaman checkout jadi lemot banget sejak minggu lalu, Lighthouse turun dari 90 ke 40. nggak ada yang ngubah checkout, cuma update library analytics")),
(C, u("bhai production me ye error aa raha hai aur local pe nahi: `CORS policy: No 'Access-Control-Allow-Origin' header is present`. backend Express hai, cors() lagaya hua hai")),
(C, [u("maine tumhara suggest kiya hua fix lagaya, `await` add kiya"), a("Theek hai, ab `saveUser` complete hone ke baad response jaayega."), u("nahi yaar, ab bhi kabhi kabhi user DB me nahi dikh raha response ke baad. dusra request turant GET karta hai to 404")]),
(C, u("لماذا يفشل الـ build في GitHub Actions مع الرسالة `Error: Process completed with exit code 137`؟ محلياً يعمل بدون مشاكل")),
(C, u("Waarom geeft deze functie soms `None` terug? Ik zie het niet\n\n```python\ndef find(items, key):\n    for i in items:\n        if i.id == key:\n            return i\n        else:\n            return None\n```")),
(C, u("the conversion rate in amplitude is 4.1% but our own events table says 6.8% for the same funnel and week. here's our query, which one's lying\n\n```sql\nSELECT count(DISTINCT CASE WHEN e.name='purchase' THEN e.user_id END)::float / count(DISTINCT CASE WHEN e.name='view_product' THEN e.user_id END)\nFROM events e WHERE e.ts >= '2026-11-16' AND e.ts < '2026-11-23';\n```")),
(C, u("can you review my regex? it's supposed to match semver but `1.2.3-beta.1` fails\n\n`^\\d+\\.\\d+\\.\\d+(-[a-z]+)?$`")),
(C, u("explain why this deadlocks")),
(C, u("still broken")),
(C, [u("write a test for the date parser"), a("Here's a pytest suite covering ISO dates, `dd/mm/yyyy`, and invalid input:\n\n```python\n@pytest.mark.parametrize(...)\ndef test_parse(...): ...\n```"), u("ran it, the dd/mm one fails: `parse('03/04/2026')` gives April 3rd... no wait it gives March 4th. the parser is wrong, not the test. why?")]),
(C, [cc("tests pass locally, CI says otherwise", d=0),
     at("", ("Bash", {"command": "gh run view --log-failed | tail -30"})),
     tr("test  Run pytest\ntest  ImportError while importing test module '/home/runner/work/app/app/tests/test_geo.py'.\ntest  Hint: make sure your test modules/packages have valid Python names.\ntest  Traceback:\ntest  tests/test_geo.py:3: in <module>\ntest      from shapely.geometry import Point\ntest  E   OSError: Could not find lib geos_c or load any of its variants ['libgeos_c.so.1', 'libgeos_c.so'].\ntest  ##[error]Process completed with exit code 4."),
     u("works on my mac with brew")]),
(C, u("hmm the p95 graph doubled right after we bumped the pg driver from 3.1 to 3.2. nothing else in the deploy. where would you even start")),
(C, u("my terraform plan wants to destroy and recreate the RDS instance every single time even though I didn't change anything. `~ engine_version = \"15.4\" -> \"15\"` forces replacement")),
(C, u("segfault only with -O2, fine with -O0. gcc 13. valgrind is clean on the -O0 build\n\n```c\nint *find(int *a, int n, int x) {\n    for (int i = 0; i <= n; i++) if (a[i] == x) return &a[i];\n    return NULL;\n}\n```")),
(C, [cc("review the logs and tell me what happened at 03:12", d=1),
     at("", ("Bash", {"command": "kubectl logs deploy/ingest --since=6h | grep -E '03:1[0-5]'"})),
     tr("2026-11-26T03:12:01Z ingest-7c9 level=warn msg=\"kafka: client has run out of available brokers to talk to\"\n2026-11-26T03:12:01Z ingest-7c9 level=error msg=\"commit offsets failed\" err=\"kafka: broker not connected\"\n2026-11-26T03:12:31Z ingest-7c9 level=info msg=\"rebalance: revoked partitions [0 1 2 3]\"\n2026-11-26T03:14:55Z ingest-7c9 level=info msg=\"rebalance: assigned partitions [0 1 2 3]\"\n2026-11-26T03:14:56Z ingest-7c9 level=info msg=\"resuming from offset 1844021\" partition=2"),
     u("we got duplicate rows in the warehouse from exactly then, is that related")]),
(C, u("swift: `Thread 1: Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value` on the tableView outlet, only when I push the VC from code instead of the storyboard segue")),
(C, u("Elixir: el proceso del GenServer muere con `** (EXIT) time out` cuando llamo a `GenServer.call` bajo carga, pero el handle_call solo hace una consulta a Ecto")),
(C, u("Unser C#-Service wirft `System.ObjectDisposedException: Cannot access a disposed context instance` — nur im Hintergrund-Job, nicht in Controllern. EF Core 8, Hangfire")),
(C, u("le `terraform apply` échoue avec `Error acquiring the state lock` alors que personne d'autre ne lance rien. ça fait 2 jours")),
(C, u("scala: `java.lang.NoSuchMethodError: scala.collection.immutable.Map$.apply` em runtime no spark job, compila normal")),
(C, u("questo script bash funziona a mano ma da cron no, il file di output è vuoto\n\n```bash\n#!/bin/bash\ncd ~/reports\npython3 build.py > out.csv\n```")),
(C, u("php: po przejściu na 8.1 mam `Deprecated: strlen(): Passing null to parameter #1` zalewające logi, i jeden endpoint zwraca pusty JSON zamiast danych")),
(C, [cc("oye mira, el servicio de import devuelve OK pero en la tabla faltan filas. te pego el código entero por si acaso", file="etl/importer.py", sel=("etl/importer.py", 1, 48, IMPORTER), d=2)]),
(C, u("Rust: `thread 'main' panicked at 'called `Result::unwrap()` on an `Err` value: Os { code: 24, kind: Uncategorized, message: \"Too many open files\" }'` después de ~1000 conexiones con reqwest. uso un Client nuevo por request")),
(C, [cc("Ich habe gestern deinen Vorschlag mit dem Retry eingebaut, heute morgen gab's trotzdem wieder doppelte Buchungen. Woran kann das noch liegen?", file="src/booking/confirm.ts", d=3)]),
]
