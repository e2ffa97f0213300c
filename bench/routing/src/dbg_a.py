from lib import *

L = "debugging"

ex("dbg_fix_it_map", L, [first('''fix it

TypeError: Cannot read properties of undefined (reading 'map')
    at ProjectList (ProjectList.tsx:23:28)
    at renderWithHooks (react-dom.development.js:15486:18)
    at mountIndeterminateComponent (react-dom.development.js:20103:13)''')], tags=["terse", "stack_trace", "code:typescript"])

ex("dbg_why_fail_pytest", L, [first('''why does this fail?

____________________________ test_apply_discount ____________________________

    def test_apply_discount():
        cart = Cart(items=[Item("a", Decimal("19.99"), 3)])
>       assert cart.total(discount=0.1) == Decimal("53.97")
E       AssertionError: assert Decimal('53.97300000000000057553961596') == Decimal('53.97')
E        +  where Decimal('53.97300000000000057553961596') = <bound method Cart.total of Cart(...)>(discount=0.1)

tests/test_cart.py:14: AssertionError''')], tags=["terse", "stack_trace", "code:python"])

ex("dbg_django_trace_long", L, [first(r'''getting this on every request to /api/reports/ since the deploy this morning, nothing changed in that view afaik

Internal Server Error: /api/reports/
Traceback (most recent call last):
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/exception.py", line 55, in inner
    response = get_response(request)
               ^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/core/handlers/base.py", line 197, in _get_response
    response = wrapped_callback(request, *callback_args, **callback_kwargs)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/views/decorators/csrf.py", line 65, in _view_wrapper
    return view_func(request, *args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/rest_framework/viewsets.py", line 124, in view
    return self.dispatch(request, *args, **kwargs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/rest_framework/views.py", line 509, in dispatch
    response = self.handle_exception(exc)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/rest_framework/views.py", line 469, in handle_exception
    self.raise_uncaught_exception(exc)
  File "/usr/local/lib/python3.12/site-packages/rest_framework/views.py", line 480, in raise_uncaught_exception
    raise exc
  File "/usr/local/lib/python3.12/site-packages/rest_framework/views.py", line 506, in dispatch
    response = handler(request, *args, **kwargs)
               ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/app/reports/views.py", line 61, in list
    page = self.paginate_queryset(qs)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/rest_framework/generics.py", line 175, in paginate_queryset
    return self.paginator.paginate_queryset(queryset, self.request, view=self)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/app/common/pagination.py", line 22, in paginate_queryset
    self.total = queryset.count()
                 ^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/models/query.py", line 608, in count
    return self.query.get_count(using=self.db)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/models/sql/query.py", line 568, in get_count
    return obj.get_aggregation(using, {"__count": Count("*")})["__count"]
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/models/sql/query.py", line 554, in get_aggregation
    result = compiler.execute_sql(SINGLE)
             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/models/sql/compiler.py", line 1562, in execute_sql
    cursor.execute(sql, params)
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 79, in execute
    return self._execute_with_wrappers(
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 92, in _execute_with_wrappers
    return executor(sql, params, many, context)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 100, in _execute
    with self.db.wrap_database_errors:
  File "/usr/local/lib/python3.12/site-packages/django/db/utils.py", line 91, in __exit__
    raise dj_exc_value.with_traceback(traceback) from exc_value
  File "/usr/local/lib/python3.12/site-packages/django/db/backends/utils.py", line 105, in _execute
    return self.cursor.execute(sql, params)
           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^
django.db.utils.ProgrammingError: column reports_report.archived_at does not exist
LINE 1: ...reports_report" WHERE ("reports_report"."archived_at" IS NULL AND ...
                                                             ^''')], tags=["stack_trace", "long", "code:python"])

ex("dbg_spring_bean", L, [first('''app won't start after I added the new PaymentClient bean

org.springframework.beans.factory.UnsatisfiedDependencyException: Error creating bean with name 'checkoutService' defined in file [/app/target/classes/com/acme/checkout/CheckoutService.class]: Unsatisfied dependency expressed through constructor parameter 1: No qualifying bean of type 'com.acme.payments.PaymentClient' available: expected single matching bean but found 2: stripePaymentClient,adyenPaymentClient
	at org.springframework.beans.factory.support.ConstructorResolver.createArgumentArray(ConstructorResolver.java:795)
	at org.springframework.beans.factory.support.ConstructorResolver.autowireConstructor(ConstructorResolver.java:237)
	at org.springframework.boot.SpringApplication.run(SpringApplication.java:335)
	at com.acme.Application.main(Application.java:12)''')], tags=["stack_trace", "code:java"])

ex("dbg_go_nil_map", L, [first('''panic in prod, only happens for some tenants

panic: assignment to entry in nil map

goroutine 4183 [running]:
github.com/acme/billing/internal/usage.(*Aggregator).Add(0xc0004a2f00, {0xc00129e0a0, 0x24}, {0xc0002b4c30, 0x9}, 0x3)
	/src/internal/usage/aggregator.go:47 +0x1b4
github.com/acme/billing/internal/usage.(*Consumer).handle(0xc0001c8000, {0x1a3c2e0, 0xc000ae4000}, 0xc0003f6780)
	/src/internal/usage/consumer.go:88 +0x2e5
created by github.com/acme/billing/internal/usage.(*Consumer).Run in goroutine 1
	/src/internal/usage/consumer.go:52 +0x1a5

aggregator.go:
type Aggregator struct {
	mu     sync.Mutex
	totals map[string]map[string]int64 // tenant -> metric -> value
}

func (a *Aggregator) Add(tenant, metric string, v int64) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.totals[tenant][metric] += v
}''')], tags=["stack_trace", "pasted_code", "code:go"])

ex("dbg_rust_e0502", L, [first('''how do I get past this, I just want to push to the vec while iterating over another field

error[E0502]: cannot borrow `*self` as mutable because it is also borrowed as immutable
  --> src/world.rs:41:17
   |
38 |         for e in self.entities.iter() {
   |                  --------------------
   |                  |
   |                  immutable borrow occurs here
   |                  immutable borrow later used here
...
41 |                 self.spawn_particle(e.pos);
   |                 ^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here''')], tags=["stack_trace", "code:rust"])

ex("dbg_ts_undefined", L, [first('''tsc is complaining and I don't see why, I literally check it above

src/routes/user.ts:31:22 - error TS2345: Argument of type 'string | undefined' is not assignable to parameter of type 'string'.
  Type 'undefined' is not assignable to type 'string'.

31   return findUser(req.query.id);

code:
  if (!req.query.id || typeof req.query.id !== "string") {
    res.status(400);
  }
  return findUser(req.query.id);''')], tags=["stack_trace", "pasted_code", "code:typescript"])

ex("dbg_c_segfault_valgrind", L, [first('''segfaults at random, valgrind says this. the list code is mine

==23817== Invalid read of size 8
==23817==    at 0x109284: list_remove (list.c:58)
==23817==    by 0x1094A1: purge_expired (cache.c:112)
==23817==    by 0x109713: main (main.c:40)
==23817==  Address 0x4a8b0e8 is 8 bytes inside a block of size 24 free'd
==23817==    at 0x483CA3F: free (vg_replace_malloc.c:540)
==23817==    by 0x1092C1: list_remove (list.c:63)
==23817==    by 0x1094A1: purge_expired (cache.c:112)

cache.c:
    for (node *n = c->lru->head; n != NULL; n = n->next) {
        if (n->entry->expires_at < now)
            list_remove(c->lru, n);
    }''')], tags=["stack_trace", "pasted_code", "code:c"])

ex("dbg_sql_dupes_join", L, [first('''after adding the join to payments the totals doubled for some customers, what am I doing wrong

SELECT c.id, c.name, SUM(o.total) AS revenue, MAX(p.paid_at) AS last_payment
FROM customers c
JOIN orders o ON o.customer_id = c.id
LEFT JOIN payments p ON p.customer_id = c.id
GROUP BY c.id, c.name;''')], tags=["pasted_code", "code:sql"])

ex("dbg_cron_vs_terminal", L, [first("my backup script works perfectly when I run it by hand but from cron it creates empty files. crontab: `0 3 * * * /home/deploy/bin/backup.sh > /tmp/backup.log 2>&1` and the log says `pg_dump: command not found`. but it IS installed??")],
   tags=["code:bash"])

ex("dbg_k8s_crashloop", L, [first('''pod keeps crashlooping, no idea why, the image runs fine locally

$ kubectl describe pod api-7d9f8c6b5-x2kqp -n prod
...
    State:          Waiting
      Reason:       CrashLoopBackOff
    Last State:     Terminated
      Reason:       OOMKilled
      Exit Code:    137
      Started:      Tue, 24 Nov 2026 09:12:03 +0100
      Finished:     Tue, 24 Nov 2026 09:12:41 +0100
    Restart Count:  14
    Limits:
      memory:  256Mi
    Requests:
      cpu:      100m
      memory:   128Mi
    Environment:
      JAVA_OPTS:  -Xms512m -Xmx1g''')], tags=["stack_trace", "code:yaml"])

ex("dbg_docker_127", L, [first('''docker build fails on the new alpine base

 => ERROR [builder 5/7] RUN ./scripts/gen-proto.sh                           0.3s
------
 > [builder 5/7] RUN ./scripts/gen-proto.sh:
0.281 /bin/sh: ./scripts/gen-proto.sh: not found
------
ERROR: failed to solve: process "/bin/sh -c ./scripts/gen-proto.sh" did not complete successfully: exit code: 127

the file is definitely there and executable, `ls -la scripts/` in a RUN step shows it. first line is #!/bin/bash''')], tags=["stack_trace", "code:dockerfile"])

ex("dbg_gha_fail", L, [first('''CI is red on main since yesterday, didn't touch the workflow

Run npm ci
npm ERR! code EUSAGE
npm ERR!
npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.
npm ERR!
npm ERR! Missing: @emnapi/runtime@1.3.1 from lock file
npm ERR! Missing: @emnapi/core@1.3.1 from lock file
Error: Process completed with exit code 1.''')], tags=["stack_trace"])

ex("dbg_flaky_ci", L, [first("test_export_schedules passes localy every time but fails in CI maybe 1 in 5 runs with `assert len(rows) == 3` got 2. CI runs teh tests with pytest-xdist -n 4. where do i even start")],
   tags=["typo", "code:python"])

ex("dbg_sqla2_slow", L, [first("after upgrading to SQLAlchemy 2.0 our /orders endpoint went from 120ms to 1.4s. same queries as far as I can tell. we use relationship(lazy='dynamic') in a couple of places and Session.query everywhere. how do I figure out what changed")],
   tags=["code:python"])

ex("dbg_node_memleak", L, [first("our node (fastify) service's heap grows ~50MB/hour until it gets OOM killed after ~2 days. took two heap snapshots 1h apart, biggest growth is in (closure) and Map entries retained by `AsyncLocalStorage`. what's likely going on and how do I pin it down")],
   tags=["code:javascript"])

ex("dbg_explain_why_crash", L, [first('''explain why this crashes

fn main() {
    let v: Vec<i32> = Vec::with_capacity(10);
    println!("{}", v[0]);
}''')], tags=["pasted_code", "code:rust", "terse", "near_boundary"])

ex("dbg_repro_test_bug", L, [first('''write a test that reproduces this bug so we can fix it: users report that when they rename a folder, files inside it sometimes disappear from search. I think it's the reindex job racing with the rename. relevant code is in search/indexer.py (reindex_folder) and folders/service.py (rename_folder)''')],
   tags=["near_boundary", "repo_paths", "code:python"])

ex("dbg_pr_broke_login", L, [first('''this PR broke login on staging (every login -> 401). which part of the diff causes it?

--- a/auth/tokens.py
+++ b/auth/tokens.py
@@ -8,10 +8,11 @@
-ACCESS_TTL = 900
+ACCESS_TTL = timedelta(minutes=15)

 def issue(user):
     now = int(time.time())
-    payload = {"sub": user.id, "iat": now, "exp": now + ACCESS_TTL}
+    payload = {"sub": str(user.id), "iat": now, "exp": now + ACCESS_TTL.seconds}
     return jwt.encode(payload, settings.JWT_KEY, algorithm="HS256")
--- a/auth/middleware.py
+++ b/auth/middleware.py
@@ -20,7 +20,7 @@
-    claims = jwt.decode(token, settings.JWT_KEY, algorithms=["HS256"])
-    request.user = User.objects.get(id=claims["sub"])
+    claims = jwt.decode(token, settings.JWT_KEY, algorithms=["RS256"])
+    request.user = User.objects.get(id=int(claims["sub"]))''')], tags=["diff", "pasted_code", "code:python", "near_boundary"])

ex("dbg_es_error", L, [first('''no entiendo por qué me da este error, el archivo existe

Traceback (most recent call last):
  File "C:\\Users\\javi\\proyectos\\facturas\\main.py", line 8, in <module>
    df = pd.read_csv("datos\\facturas_2025.csv")
  File "C:\\Users\\javi\\AppData\\Local\\Programs\\Python\\Python312\\Lib\\site-packages\\pandas\\io\\parsers\\readers.py", line 1026, in read_csv
    return _read(filepath_or_buffer, kwds)
UnicodeDecodeError: 'utf-8' codec can't decode byte 0xf1 in position 1043: invalid continuation byte''')],
   tags=["non_english", "lang_es", "stack_trace", "code:python"])

ex("dbg_de_timezone", L, [first("Unsere Termine werden im Frontend einen Tag zu früh angezeigt, aber nur bei Nutzern in Amerika. Im Backend speichern wir `date` (ohne Uhrzeit) und schicken es als \"2026-12-03\" raus, im Frontend machen wir `new Date(value).toLocaleDateString()`. Woran liegt das?")],
   tags=["non_english", "lang_de", "code:javascript"])

ex("dbg_zh_deadlock", L, [first('''程序跑一会儿就卡死了，报这个错，帮我看看哪里有问题

fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan send]:
main.main()
	/home/wang/demo/main.go:18 +0x8d

代码：
func main() {
	ch := make(chan int)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(n int) { defer wg.Done(); fmt.Println(<-ch + n) }(i)
	}
	for i := 0; i < 5; i++ {
		ch <- i
	}
	wg.Wait()
}''')], tags=["non_english", "lang_zh", "stack_trace", "pasted_code", "code:go"])

ex("dbg_ja_hydration", L, [first('''Next.js でこのエラーが出ます。ローカルでは再現しないこともあります。原因は何でしょうか？

Error: Hydration failed because the server rendered HTML didn't match the client.
  <p>最終更新: {new Date().toLocaleString()}</p>''')], tags=["non_english", "lang_ja", "stack_trace", "code:typescript"])

ex("dbg_pt_cors", L, [first('''tá dando erro de CORS no front mas no postman funciona normal

Access to fetch at 'https://api.minhaloja.com.br/v1/pedidos' from origin 'https://painel.minhaloja.com.br' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.

no express eu coloquei app.use(cors()) depois das rotas''')], tags=["non_english", "lang_pt", "stack_trace", "code:javascript"])

ex("dbg_ru_circular", L, [first('''после рефакторинга приложение не запускается:

ImportError: cannot import name 'OrderService' from partially initialized module 'app.services.orders' (most likely due to a circular import) (/srv/app/app/services/orders.py)

orders.py импортирует из customers.py, а customers.py — из orders.py. как это нормально починить?''')],
   tags=["non_english", "lang_ru", "stack_trace", "code:python"])

ex("dbg_ko_rerenders", L, [first('''리액트에서 "Too many re-renders. React limits the number of renders to prevent an infinite loop." 에러가 나요. 어디가 문제인가요?

function Counter({ start }) {
  const [n, setN] = useState(0);
  if (start > n) setN(start);
  return <button onClick={setN(n + 1)}>{n}</button>;
}''')], tags=["non_english", "lang_ko", "stack_trace", "pasted_code", "code:javascript"])

ex("dbg_fr_ssl", L, [first('''j'ai cette erreur depuis que je suis derrière le proxy de la boîte, une idée ?

requests.exceptions.SSLError: HTTPSConnectionPool(host='api.github.com', port=443): Max retries exceeded with url: /repos/acme/infra/releases (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer certificate (_ssl.c:1000)')))''')],
   tags=["non_english", "lang_fr", "stack_trace", "code:python"])

ex("dbg_pl_npm", L, [first('''nie mogę zainstalować zależności po aktualizacji reacta, co robić?

npm ERR! code ERESOLVE
npm ERR! ERESOLVE unable to resolve dependency tree
npm ERR! Found: react@19.0.0
npm ERR! Could not resolve dependency:
npm ERR! peer react@"^16.8.0 || ^17.0.0 || ^18.0.0" from react-beautiful-dnd@13.1.1''')],
   tags=["non_english", "lang_pl", "stack_trace"])

ex("dbg_tr_null", L, [first('''uygulama açılırken çöküyor, logcat'te bu var:

FATAL EXCEPTION: main
Process: com.ornek.siparis, PID: 12034
android.os.NetworkOnMainThreadException
	at android.os.StrictMode$AndroidBlockGuardPolicy.onNetwork(StrictMode.java:1565)
	at java.net.Inet6AddressImpl.lookupHostByName(Inet6AddressImpl.java:115)
	at okhttp3.internal.connection.RealCall.execute(RealCall.kt:154)
	at com.ornek.siparis.data.SiparisRepo.getir(SiparisRepo.kt:31)
	at com.ornek.siparis.ui.AnaActivity.onCreate(AnaActivity.kt:44)''')],
   tags=["non_english", "lang_tr", "stack_trace", "code:kotlin"])
