"""Long coding sessions with tool loops; only the latest user text decides the label.
Each session prefix is followed by several hand-written closing messages (sign-offs, small talk, or a
casual-looking follow-up that is real coding work). build.py deep-copies every conversation."""
from conversation_shapes import u, a, cc, at, tr

# ---------------------------------------------------------------- P1 Django N+1 (en)
P1 = [
    cc("the /api/orders list endpoint takes 4s with 50 orders. pretty sure it's an N+1, can you fix it", file="shop/orders/views.py", d=0),
    at("Let me look at the view and the serializer.", ("Read", {"file_path": "shop/orders/views.py"}), ("Read", {"file_path": "shop/orders/serializers.py"})),
    tr("1\tfrom rest_framework import generics\n2\tfrom .models import Order\n3\tfrom .serializers import OrderSerializer\n4\t\n5\t\n6\tclass OrderList(generics.ListAPIView):\n7\t    serializer_class = OrderSerializer\n8\t\n9\t    def get_queryset(self):\n10\t        return Order.objects.filter(customer=self.request.user.customer).order_by('-created_at')\n",
       "1\tfrom rest_framework import serializers\n2\tfrom .models import Order, OrderLine\n3\t\n4\t\n5\tclass OrderLineSerializer(serializers.ModelSerializer):\n6\t    product_name = serializers.CharField(source='product.name')\n7\t\n8\t    class Meta:\n9\t        model = OrderLine\n10\t        fields = ['id', 'product_name', 'qty', 'unit_price']\n11\t\n12\t\n13\tclass OrderSerializer(serializers.ModelSerializer):\n14\t    lines = OrderLineSerializer(many=True)\n15\t    shipping_city = serializers.CharField(source='shipping_address.city')\n16\t\n17\t    class Meta:\n18\t        model = Order\n19\t        fields = ['id', 'created_at', 'status', 'lines', 'shipping_city']\n"),
    at("Every order triggers a query for its lines, one more per line for the product, and one for the shipping address. I'll load them up front.",
       ("Edit", {"file_path": "shop/orders/views.py", "old_string": "        return Order.objects.filter(customer=self.request.user.customer).order_by('-created_at')", "new_string": "        return (\n            Order.objects.filter(customer=self.request.user.customer)\n            .select_related('shipping_address')\n            .prefetch_related('lines__product')\n            .order_by('-created_at')\n        )"})),
    tr("The file shop/orders/views.py has been updated successfully."),
    at("Adding a query-count assertion so this doesn't regress, then running the tests.",
       ("Edit", {"file_path": "shop/orders/tests/test_views.py", "old_string": "    def test_list_orders(self):", "new_string": "    def test_list_orders_query_count(self):\n        OrderFactory.create_batch(20, customer=self.customer)\n        with self.assertNumQueries(3):\n            self.client.get('/api/orders/')\n\n    def test_list_orders(self):"}),
       ("Bash", {"command": "pytest shop/orders -q", "description": "Run orders tests"})),
    tr("The file shop/orders/tests/test_views.py has been updated successfully.", "..........                                                               [100%]\n10 passed in 3.07s"),
    a("Fixed. `get_queryset` now uses `select_related('shipping_address')` and `prefetch_related('lines__product')`, so the endpoint runs 3 queries no matter how many orders there are (before: 1 + 50 × (2 + lines)). I added `test_list_orders_query_count` to lock that in; all 10 tests pass."),
]

# ---------------------------------------------------------------- P2 React form (es)
P2 = [
    cc("el formulario de reserva deja enviar con la fecha de salida antes que la de entrada, y el error no se pinta. arréglalo", file="src/features/booking/BookingForm.tsx", d=1),
    at("Reviso el esquema de validación y el componente.", ("Read", {"file_path": "src/features/booking/schema.ts"}), ("Grep", {"pattern": "errors\\.", "path": "src/features/booking/BookingForm.tsx", "output_mode": "content", "-n": True})),
    tr("1\timport { z } from 'zod';\n2\t\n3\texport const bookingSchema = z.object({\n4\t  guestName: z.string().min(2),\n5\t  checkIn: z.coerce.date(),\n6\t  checkOut: z.coerce.date(),\n7\t  guests: z.number().int().min(1).max(8),\n8\t});\n9\t\n10\texport type BookingInput = z.infer<typeof bookingSchema>;\n",
       "41:      {errors.guestName && <FieldError msg={errors.guestName.message} />}\n58:      {errors.checkIn && <FieldError msg={errors.checkIn.message} />}\n66:      {errors.guests && <FieldError msg={errors.guests.message} />}"),
    at("No hay ninguna regla que compare las dos fechas, y además el campo `checkOut` no muestra errores. Añado un `superRefine` que asigna el error a `checkOut` y lo pinto.",
       ("Edit", {"file_path": "src/features/booking/schema.ts", "old_string": "  guests: z.number().int().min(1).max(8),\n});", "new_string": "  guests: z.number().int().min(1).max(8),\n}).superRefine((v, ctx) => {\n  if (v.checkOut <= v.checkIn) {\n    ctx.addIssue({\n      code: z.ZodIssueCode.custom,\n      path: ['checkOut'],\n      message: 'La salida debe ser posterior a la entrada',\n    });\n  }\n});"}),
       ("Edit", {"file_path": "src/features/booking/BookingForm.tsx", "old_string": "      {errors.guests && <FieldError msg={errors.guests.message} />}", "new_string": "      {errors.checkOut && <FieldError msg={errors.checkOut.message} />}\n      {errors.guests && <FieldError msg={errors.guests.message} />}"})),
    tr("The file src/features/booking/schema.ts has been updated successfully.", "The file src/features/booking/BookingForm.tsx has been updated successfully."),
    at("", ("Bash", {"command": "npx vitest run src/features/booking", "description": "Tests de booking"})),
    tr(" ✓ src/features/booking/BookingForm.test.tsx (6 tests) 412ms\n ✓ src/features/booking/schema.test.ts (4 tests) 9ms\n\n Test Files  2 passed (2)\n      Tests  10 passed (10)"),
    a("Listo: el esquema rechaza `checkOut <= checkIn` y el mensaje aparece bajo el campo de salida. Los 10 tests pasan."),
]

# ---------------------------------------------------------------- P3 Go worker pool race (de)
P3 = [
    cc("go test -race meckert in internal/pool. Kannst du das fixen? Ich komm nicht drauf", d=2),
    at("", ("Bash", {"command": "go test -race ./internal/pool/...", "description": "Race detector"})),
    tr("==================\nWARNING: DATA RACE\nWrite at 0x00c0001a2010 by goroutine 14:\n  github.com/acme/ingest/internal/pool.(*Pool).worker()\n      /src/internal/pool/pool.go:61 +0x1c4\n\nPrevious read at 0x00c0001a2010 by goroutine 7:\n  github.com/acme/ingest/internal/pool.(*Pool).Stats()\n      /src/internal/pool/pool.go:84 +0x44\n==================\n--- FAIL: TestPoolStats (0.02s)\n    testing.go:1465: race detected during execution of test\nFAIL\nFAIL\tgithub.com/acme/ingest/internal/pool\t0.311s"),
    at("", ("Read", {"file_path": "internal/pool/pool.go", "offset": 20, "limit": 70})),
    tr("20\ttype Pool struct {\n21\t\tjobs      chan Job\n22\t\twg        sync.WaitGroup\n23\t\tprocessed int\n24\t\tfailed    int\n25\t}\n...\n55\tfunc (p *Pool) worker(ctx context.Context) {\n56\t\tdefer p.wg.Done()\n57\t\tfor j := range p.jobs {\n58\t\t\tif err := j.Run(ctx); err != nil {\n59\t\t\t\tp.failed++\n60\t\t\t}\n61\t\t\tp.processed++\n62\t\t}\n63\t}\n...\n82\tfunc (p *Pool) Stats() (int, int) {\n83\t\treturn p.processed, p.failed\n84\t}\n"),
    at("Die Zähler werden von allen Workern ohne Synchronisation geschrieben. Ich stelle auf `atomic.Int64` um.",
       ("Edit", {"file_path": "internal/pool/pool.go", "old_string": "\tprocessed int\n\tfailed    int", "new_string": "\tprocessed atomic.Int64\n\tfailed    atomic.Int64"}),
       ("Edit", {"file_path": "internal/pool/pool.go", "old_string": "\t\t\t\tp.failed++\n\t\t\t}\n\t\t\tp.processed++", "new_string": "\t\t\t\tp.failed.Add(1)\n\t\t\t}\n\t\t\tp.processed.Add(1)"}),
       ("Edit", {"file_path": "internal/pool/pool.go", "old_string": "\treturn p.processed, p.failed", "new_string": "\treturn int(p.processed.Load()), int(p.failed.Load())"})),
    tr("The file internal/pool/pool.go has been updated successfully.", "The file internal/pool/pool.go has been updated successfully.", "The file internal/pool/pool.go has been updated successfully."),
    at("", ("Bash", {"command": "go test -race -count=5 ./internal/pool/...", "description": "Race detector, 5 Durchläufe"})),
    tr("ok  \tgithub.com/acme/ingest/internal/pool\t1.204s"),
    a("Behoben: `processed`/`failed` sind jetzt `atomic.Int64`, `Stats()` liest per `Load()`. `go test -race -count=5` ist grün."),
]

# ---------------------------------------------------------------- P4 Rust borrow checker (en)
P4 = [
    cc("cargo build fails in the tokenizer after my refactor, I've been staring at this for an hour", file="src/lexer.rs", d=3),
    at("", ("Bash", {"command": "cargo build 2>&1 | head -30", "description": "Build"})),
    tr("error[E0502]: cannot borrow `self.tokens` as mutable because it is also borrowed as immutable\n  --> src/lexer.rs:47:13\n   |\n44 |         let last = self.tokens.last();\n   |                    ----------- immutable borrow occurs here\n...\n47 |             self.tokens.push(Token::Indent(depth));\n   |             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ mutable borrow occurs here\n48 |         }\n49 |         if let Some(Token::Newline) = last {\n   |                                       ---- immutable borrow later used here\n\nerror: could not compile `tinyscript` (lib) due to 1 previous error"),
    at("", ("Read", {"file_path": "src/lexer.rs", "offset": 40, "limit": 15})),
    tr("40\t    fn handle_indent(&mut self, depth: usize) {\n41\t        if depth == self.current_indent {\n42\t            return;\n43\t        }\n44\t        let last = self.tokens.last();\n45\t        if depth > self.current_indent {\n46\t            self.current_indent = depth;\n47\t            self.tokens.push(Token::Indent(depth));\n48\t        }\n49\t        if let Some(Token::Newline) = last {\n50\t            self.line_start = true;\n51\t        }\n52\t    }\n"),
    at("`last` holds a shared borrow of `self.tokens` across the `push`. Since only whether it was a newline matters, I'll compute that bool first.",
       ("Edit", {"file_path": "src/lexer.rs", "old_string": "        let last = self.tokens.last();", "new_string": "        let after_newline = matches!(self.tokens.last(), Some(Token::Newline));"}),
       ("Edit", {"file_path": "src/lexer.rs", "old_string": "        if let Some(Token::Newline) = last {", "new_string": "        if after_newline {"})),
    tr("The file src/lexer.rs has been updated successfully.", "The file src/lexer.rs has been updated successfully."),
    at("", ("Bash", {"command": "cargo build && cargo test -q", "description": "Build and test"})),
    tr("   Compiling tinyscript v0.3.0 (/home/dev/tinyscript)\n    Finished `dev` profile [unoptimized + debuginfo] target(s) in 2.84s\n\nrunning 38 tests\n......................................\ntest result: ok. 38 passed; 0 failed; 0 ignored; 0 measured; 0 filtered out; finished in 0.02s"),
    a("Builds again. The shared borrow from `self.tokens.last()` lived until line 49; I replaced it with a `bool` computed up front (`matches!(..., Some(Token::Newline))`), so the borrow ends before the `push`. All 38 tests pass."),
]

# ---------------------------------------------------------------- P5 k8s probe (fr)
P5 = [
    cc("les pods de l'api redémarrent en boucle depuis le déploiement de ce matin, CrashLoopBackOff. tu peux regarder ?", d=4),
    at("", ("Bash", {"command": "kubectl -n shop describe pod -l app=api | sed -n '/Events/,$p' | tail -12", "description": "Événements du pod"})),
    tr("Events:\n  Type     Reason     Age                  From     Message\n  ----     ------     ----                 ----     -------\n  Normal   Pulled     6m (x5 over 14m)     kubelet  Container image \"registry.acme.io/api:2.8.0\" already present\n  Warning  Unhealthy  5m (x15 over 14m)    kubelet  Liveness probe failed: Get \"http://10.2.3.17:8080/healthz\": dial tcp 10.2.3.17:8080: connect: connection refused\n  Normal   Killing    5m (x5 over 14m)     kubelet  Container api failed liveness probe, will be restarted\n  Warning  BackOff    90s (x22 over 12m)   kubelet  Back-off restarting failed container"),
    at("La liveness probe échoue avant que l'app écoute. Je regarde le chart.", ("Grep", {"pattern": "livenessProbe", "path": "deploy/helm/api", "-A": 6, "output_mode": "content"})),
    tr("deploy/helm/api/templates/deployment.yaml:44:          livenessProbe:\ndeploy/helm/api/templates/deployment.yaml-45-            httpGet:\ndeploy/helm/api/templates/deployment.yaml-46-              path: /healthz\ndeploy/helm/api/templates/deployment.yaml-47-              port: 8080\ndeploy/helm/api/templates/deployment.yaml-48-            initialDelaySeconds: 5\ndeploy/helm/api/templates/deployment.yaml-49-            periodSeconds: 5\ndeploy/helm/api/templates/deployment.yaml-50-            failureThreshold: 3"),
    at("La 2.8.0 fait les migrations au démarrage (~40 s), donc 5 s + 3×5 s ne suffit pas. J'ajoute une startupProbe au lieu de gonfler initialDelaySeconds.",
       ("Edit", {"file_path": "deploy/helm/api/templates/deployment.yaml", "old_string": "          livenessProbe:", "new_string": "          startupProbe:\n            httpGet:\n              path: /healthz\n              port: 8080\n            periodSeconds: 5\n            failureThreshold: 24\n          livenessProbe:"})),
    tr("The file deploy/helm/api/templates/deployment.yaml has been updated successfully."),
    at("", ("Bash", {"command": "helm upgrade api deploy/helm/api -n shop --reuse-values && kubectl -n shop rollout status deploy/api --timeout=180s", "description": "Déployer et attendre"})),
    tr("Release \"api\" has been upgraded. Happy Helming!\nNAME: api\nLAST DEPLOYED: Thu Mar 12 10:41:07 2026\nSTATUS: deployed\nREVISION: 23\nWaiting for deployment \"api\" rollout to finish: 1 of 3 updated replicas are available...\nWaiting for deployment \"api\" rollout to finish: 2 of 3 updated replicas are available...\ndeployment \"api\" successfully rolled out"),
    a("C'est reparti : une `startupProbe` (jusqu'à 120 s) protège le démarrage pendant les migrations, la liveness reste inchangée ensuite. Les 3 réplicas sont Ready."),
]

# ---------------------------------------------------------------- P6 Spring pagination (pt)
P6 = [
    cc("o endpoint GET /clientes tá devolvendo 80 mil registros de uma vez e derrubando o front. coloca paginação nele", file="src/main/java/br/com/loja/clientes/ClienteController.java", d=5),
    at("", ("Read", {"file_path": "src/main/java/br/com/loja/clientes/ClienteController.java"}), ("Read", {"file_path": "src/main/java/br/com/loja/clientes/ClienteRepository.java"})),
    tr("1\tpackage br.com.loja.clientes;\n2\t\n3\t@RestController\n4\t@RequestMapping(\"/clientes\")\n5\tpublic class ClienteController {\n6\t    private final ClienteRepository repo;\n7\t\n8\t    public ClienteController(ClienteRepository repo) { this.repo = repo; }\n9\t\n10\t    @GetMapping\n11\t    public List<ClienteDTO> listar() {\n12\t        return repo.findAll().stream().map(ClienteDTO::de).toList();\n13\t    }\n14\t}\n",
       "1\tpackage br.com.loja.clientes;\n2\t\n3\tpublic interface ClienteRepository extends JpaRepository<Cliente, Long> {\n4\t}\n"),
    at("Vou trocar por `Pageable` com tamanho padrão 50 e limite de 200.",
       ("Edit", {"file_path": "src/main/java/br/com/loja/clientes/ClienteController.java", "old_string": "    public List<ClienteDTO> listar() {\n        return repo.findAll().stream().map(ClienteDTO::de).toList();\n    }", "new_string": "    public Page<ClienteDTO> listar(@PageableDefault(size = 50, sort = \"id\") Pageable pageable) {\n        return repo.findAll(pageable).map(ClienteDTO::de);\n    }"}),
       ("Edit", {"file_path": "src/main/resources/application.yml", "old_string": "spring:\n", "new_string": "spring:\n  data:\n    web:\n      pageable:\n        max-page-size: 200\n"})),
    tr("The file src/main/java/br/com/loja/clientes/ClienteController.java has been updated successfully.", "The file src/main/resources/application.yml has been updated successfully."),
    at("", ("Bash", {"command": "./mvnw -q test -Dtest='ClienteController*'", "description": "Testes do controller"})),
    tr("[INFO] Tests run: 5, Failures: 0, Errors: 0, Skipped: 0\n[INFO] BUILD SUCCESS"),
    a("Pronto: `GET /clientes` agora aceita `?page=0&size=50` (máx. 200) e devolve um `Page` com `content`, `totalElements` e `totalPages`. Testes passando."),
]

# ---------------------------------------------------------------- P7 pandas ETL tz (en)
P7 = [
    cc("the nightly ETL crashes on the 2am rows since the DST change. traceback in logs/etl-2026-03-30.log", d=0),
    at("", ("Bash", {"command": "tail -n 14 logs/etl-2026-03-30.log", "description": "Last lines of the ETL log"})),
    tr("Traceback (most recent call last):\n  File \"/opt/etl/jobs/load_meter_readings.py\", line 88, in <module>\n    main()\n  File \"/opt/etl/jobs/load_meter_readings.py\", line 71, in main\n    df = normalize(df)\n  File \"/opt/etl/jobs/load_meter_readings.py\", line 42, in normalize\n    df[\"ts\"] = pd.to_datetime(df[\"ts_local\"]).dt.tz_localize(\"Europe/Berlin\")\n  ...\npytz.exceptions.NonExistentTimeError: 2026-03-29 02:15:00"),
    at("", ("Read", {"file_path": "jobs/load_meter_readings.py", "offset": 36, "limit": 12})),
    tr("36\tdef normalize(df: pd.DataFrame) -> pd.DataFrame:\n37\t    df = df.dropna(subset=[\"meter_id\", \"kwh\"])\n38\t    df[\"kwh\"] = df[\"kwh\"].astype(float)\n39\t    # meters report wall-clock time without offset\n40\t    df[\"ts\"] = pd.to_datetime(df[\"ts_local\"]).dt.tz_localize(\"Europe/Berlin\")\n41\t    df[\"ts_utc\"] = df[\"ts\"].dt.tz_convert(\"UTC\")\n42\t    return df\n"),
    at("02:15 on 29 March doesn't exist in Berlin (clocks jump 02:00→03:00). The meters still send it, so I'll shift non-existent times forward and treat ambiguous autumn times by position.",
       ("Edit", {"file_path": "jobs/load_meter_readings.py", "old_string": "    df[\"ts\"] = pd.to_datetime(df[\"ts_local\"]).dt.tz_localize(\"Europe/Berlin\")", "new_string": "    df[\"ts\"] = pd.to_datetime(df[\"ts_local\"]).dt.tz_localize(\n        \"Europe/Berlin\", nonexistent=\"shift_forward\", ambiguous=\"infer\"\n    )"})),
    tr("The file jobs/load_meter_readings.py has been updated successfully."),
    at("", ("Bash", {"command": "pytest tests/test_load_meter_readings.py -q && python jobs/load_meter_readings.py --date 2026-03-29 --dry-run", "description": "Tests and dry-run for the failing day"})),
    tr("......                                                                   [100%]\n6 passed in 0.88s\n[dry-run] read 1,812,406 rows, 4 shifted (nonexistent), 0 dropped\n[dry-run] would write 1,812,406 rows to warehouse.meter_readings"),
    a("Fixed: `tz_localize` now uses `nonexistent=\"shift_forward\"` and `ambiguous=\"infer\"`. The dry-run for 29 March processes all 1,812,406 rows (4 were shifted past the gap). Tests pass."),
]

# ---------------------------------------------------------------- P8 iOS diffable crash (ja)
P8 = [
    cc("検索画面でフィルタを連打するとクラッシュする。ログ貼っとくので直してほしい\n\n*** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'Fatal: supplied item identifiers are not unique. Duplicate identifiers: {(\n    \"P-10293\"\n)}'", file="Shop/Search/SearchViewController.swift", d=1),
    at("スナップショットの組み立て部分を確認します。", ("Grep", {"pattern": "appendItems|NSDiffableDataSourceSnapshot", "path": "Shop/Search", "output_mode": "content", "-n": True})),
    tr("Shop/Search/SearchViewController.swift:112:        var snapshot = NSDiffableDataSourceSnapshot<Section, Product.ID>()\nShop/Search/SearchViewController.swift:114:        snapshot.appendItems(results.map(\\.id), toSection: .main)"),
    at("", ("Read", {"file_path": "Shop/Search/SearchViewController.swift", "offset": 98, "limit": 22})),
    tr("98\t    private func applyFilter(_ f: Filter) {\n99\t        Task {\n100\t            let page1 = try await api.search(query, filter: f, page: 1)\n101\t            let page2 = try await api.search(query, filter: f, page: 2)\n102\t            results.append(contentsOf: page1 + page2)\n103\t            apply()\n104\t        }\n105\t    }\n...\n110\t    private func apply() {\n111\t        let results = self.results\n112\t        var snapshot = NSDiffableDataSourceSnapshot<Section, Product.ID>()\n113\t        snapshot.appendSections([.main])\n114\t        snapshot.appendItems(results.map(\\.id), toSection: .main)\n115\t        dataSource.apply(snapshot, animatingDifferences: true)\n116\t    }\n"),
    at("連打すると前のTaskの結果に追記され、同じIDが重複します。前のTaskをキャンセルし、結果を置き換え、念のため重複を除去します。",
       ("Edit", {"file_path": "Shop/Search/SearchViewController.swift", "old_string": "    private func applyFilter(_ f: Filter) {\n        Task {\n            let page1 = try await api.search(query, filter: f, page: 1)\n            let page2 = try await api.search(query, filter: f, page: 2)\n            results.append(contentsOf: page1 + page2)\n            apply()\n        }\n    }", "new_string": "    private var filterTask: Task<Void, Never>?\n\n    private func applyFilter(_ f: Filter) {\n        filterTask?.cancel()\n        filterTask = Task { @MainActor in\n            guard let page1 = try? await api.search(query, filter: f, page: 1),\n                  let page2 = try? await api.search(query, filter: f, page: 2),\n                  !Task.isCancelled else { return }\n            var seen = Set<Product.ID>()\n            results = (page1 + page2).filter { seen.insert($0.id).inserted }\n            apply()\n        }\n    }"})),
    tr("The file Shop/Search/SearchViewController.swift has been updated successfully."),
    at("", ("Bash", {"command": "xcodebuild test -scheme Shop -destination 'platform=iOS Simulator,name=iPhone 16' -only-testing:ShopTests/SearchTests 2>&1 | tail -4", "description": "検索のテスト"})),
    tr("Test Suite 'SearchTests' passed at 2026-07-09 18:22:41.903.\n\t Executed 9 tests, with 0 failures (0 unexpected) in 1.284 (1.301) seconds\n** TEST SUCCEEDED **"),
    a("修正しました。フィルタ変更時に前のTaskをキャンセルし、結果は追記ではなく置き換え、IDの重複も除外しています。SearchTestsは9件すべて成功です。"),
]

# ---------------------------------------------------------------- P9 Terraform S3 (en)
P9 = [
    cc("terraform plan wants to destroy and recreate the uploads bucket after I moved it into the storage module. that can't happen, it has 2TB in it", file="infra/envs/prod/main.tf", d=2),
    at("", ("Bash", {"command": "cd infra/envs/prod && terraform plan -no-color 2>&1 | grep -E '^  # |Plan:'", "description": "Summarize plan"})),
    tr("  # aws_s3_bucket.uploads will be destroyed\n  # aws_s3_bucket_versioning.uploads will be destroyed\n  # module.storage.aws_s3_bucket.this will be created\n  # module.storage.aws_s3_bucket_versioning.this will be created\nPlan: 2 to add, 0 to change, 2 to destroy."),
    at("Terraform sees the moved resources as new addresses. A `moved` block tells it they are the same objects.",
       ("Edit", {"file_path": "infra/envs/prod/main.tf", "old_string": "module \"storage\" {", "new_string": "moved {\n  from = aws_s3_bucket.uploads\n  to   = module.storage.aws_s3_bucket.this\n}\n\nmoved {\n  from = aws_s3_bucket_versioning.uploads\n  to   = module.storage.aws_s3_bucket_versioning.this\n}\n\nmodule \"storage\" {"})),
    tr("The file infra/envs/prod/main.tf has been updated successfully."),
    at("", ("Bash", {"command": "cd infra/envs/prod && terraform plan -no-color 2>&1 | grep -E '^  # |Plan:|has moved'", "description": "Re-plan"})),
    tr("  # aws_s3_bucket.uploads has moved to module.storage.aws_s3_bucket.this\n  # aws_s3_bucket_versioning.uploads has moved to module.storage.aws_s3_bucket_versioning.this\nPlan: 0 to add, 0 to change, 0 to destroy."),
    a("Safe now: with the two `moved` blocks the plan is `0 to add, 0 to change, 0 to destroy` and just records the new addresses. I haven't applied anything."),
]

# ---------------------------------------------------------------- P10 EF Core (pl)
P10 = [
    cc("dotnet ef database update wywala się na migracji AddCustomerEmail, nie wiem czemu", d=3),
    at("", ("Bash", {"command": "dotnet ef database update --project src/Billing.Infrastructure 2>&1 | tail -8", "description": "Uruchom migracje"})),
    tr("Applying migration '20260114093012_AddCustomerEmail'.\nFailed executing DbCommand (18ms) [Parameters=[], CommandType='Text', CommandTimeout='30']\nCREATE UNIQUE INDEX [IX_Customers_Email] ON [Customers] ([Email]);\nMicrosoft.Data.SqlClient.SqlException (0x80131904): The CREATE UNIQUE INDEX statement terminated because a duplicate key was found for the object name 'dbo.Customers' and the index name 'IX_Customers_Email'. The duplicate key value is (<NULL>).\nThe statement has been terminated."),
    at("Istniejący klienci mają Email = NULL, a na SQL Server unikalny indeks traktuje NULL jako wartość. Dodam filtr do indeksu.",
       ("Read", {"file_path": "src/Billing.Infrastructure/Configurations/CustomerConfiguration.cs"})),
    tr("12\t        builder.Property(c => c.Email).HasMaxLength(256);\n13\t        builder.HasIndex(c => c.Email).IsUnique();\n"),
    at("", ("Edit", {"file_path": "src/Billing.Infrastructure/Configurations/CustomerConfiguration.cs", "old_string": "        builder.HasIndex(c => c.Email).IsUnique();", "new_string": "        builder.HasIndex(c => c.Email).IsUnique().HasFilter(\"[Email] IS NOT NULL\");"}),
       ("Bash", {"command": "dotnet ef migrations remove --project src/Billing.Infrastructure --force && dotnet ef migrations add AddCustomerEmail --project src/Billing.Infrastructure && dotnet ef database update --project src/Billing.Infrastructure 2>&1 | tail -3", "description": "Odtwórz migrację"})),
    tr("The file src/Billing.Infrastructure/Configurations/CustomerConfiguration.cs has been updated successfully.", "Removing migration '20260114093012_AddCustomerEmail'.\nDone. To undo this action, use 'ef migrations remove'\nApplying migration '20260114101544_AddCustomerEmail'.\nDone."),
    a("Naprawione: indeks unikalny ma teraz filtr `[Email] IS NOT NULL`, więc istniejące rekordy bez e-maila nie kolidują. Migracja została odtworzona i zastosowana lokalnie."),
]

# ---------------------------------------------------------------- P11 Express JWT (hinglish)
P11 = [
    cc("bhai login ke baad bhi har protected route 401 de raha hai. middleware dekh lo please", file="server/middleware/auth.js", d=4),
    at("", ("Read", {"file_path": "server/middleware/auth.js"})),
    tr("1\tconst jwt = require('jsonwebtoken');\n2\t\n3\tmodule.exports = function auth(req, res, next) {\n4\t  const header = req.headers['Authorization'];\n5\t  if (!header) return res.status(401).json({ error: 'missing token' });\n6\t  const token = header.split(' ')[1];\n7\t  try {\n8\t    req.user = jwt.verify(token, process.env.JWT_SECRET);\n9\t    next();\n10\t  } catch (e) {\n11\t    return res.status(401).json({ error: 'invalid token' });\n12\t  }\n13\t};\n"),
    at("Node headers ko lowercase me store karta hai, to `req.headers['Authorization']` hamesha undefined aata hai. `req.get()` use karta hoon jo case-insensitive hai.",
       ("Edit", {"file_path": "server/middleware/auth.js", "old_string": "  const header = req.headers['Authorization'];\n  if (!header) return res.status(401).json({ error: 'missing token' });\n  const token = header.split(' ')[1];", "new_string": "  const header = req.get('authorization');\n  if (!header || !header.startsWith('Bearer ')) {\n    return res.status(401).json({ error: 'missing token' });\n  }\n  const token = header.slice(7);"})),
    tr("The file server/middleware/auth.js has been updated successfully."),
    at("", ("Bash", {"command": "npm test -- auth", "description": "Auth tests"})),
    tr("> api@1.4.0 test\n> jest auth\n\n PASS  test/auth.middleware.test.js\n PASS  test/routes.protected.test.js\n\nTest Suites: 2 passed, 2 total\nTests:       11 passed, 11 total"),
    a("Ho gaya. Problem `req.headers['Authorization']` tha — Node saare header names lowercase karta hai. Ab `req.get('authorization')` use ho raha hai aur `Bearer ` prefix bhi check hota hai. 11 tests pass."),
]

# ---------------------------------------------------------------- P12 Android rotation (ko)
P12 = [
    cc("화면 회전하면 장바구니 화면에서 입력하던 쿠폰 코드랑 선택한 배송옵션이 다 날아가요. 고쳐주세요", file="app/src/main/java/com/acme/shop/cart/CartScreen.kt", d=5),
    at("", ("Read", {"file_path": "app/src/main/java/com/acme/shop/cart/CartScreen.kt", "offset": 20, "limit": 25})),
    tr("20\t@Composable\n21\tfun CartScreen(vm: CartViewModel = hiltViewModel()) {\n22\t    var coupon by remember { mutableStateOf(\"\") }\n23\t    var shipping by remember { mutableStateOf(ShippingOption.STANDARD) }\n24\t    val cart by vm.cart.collectAsStateWithLifecycle()\n...\n"),
    at("`remember`는 구성 변경 시 상태를 유지하지 않습니다. 쿠폰과 배송옵션을 ViewModel의 `SavedStateHandle`로 옮기겠습니다.",
       ("Edit", {"file_path": "app/src/main/java/com/acme/shop/cart/CartViewModel.kt", "old_string": "class CartViewModel @Inject constructor(\n    private val repo: CartRepository,\n) : ViewModel() {", "new_string": "class CartViewModel @Inject constructor(\n    private val repo: CartRepository,\n    private val saved: SavedStateHandle,\n) : ViewModel() {\n    val coupon = saved.getStateFlow(\"coupon\", \"\")\n    val shipping = saved.getStateFlow(\"shipping\", ShippingOption.STANDARD)\n\n    fun setCoupon(v: String) { saved[\"coupon\"] = v }\n    fun setShipping(v: ShippingOption) { saved[\"shipping\"] = v }\n"}),
       ("Edit", {"file_path": "app/src/main/java/com/acme/shop/cart/CartScreen.kt", "old_string": "    var coupon by remember { mutableStateOf(\"\") }\n    var shipping by remember { mutableStateOf(ShippingOption.STANDARD) }", "new_string": "    val coupon by vm.coupon.collectAsStateWithLifecycle()\n    val shipping by vm.shipping.collectAsStateWithLifecycle()"})),
    tr("The file app/src/main/java/com/acme/shop/cart/CartViewModel.kt has been updated successfully.", "The file app/src/main/java/com/acme/shop/cart/CartScreen.kt has been updated successfully."),
    at("", ("Bash", {"command": "./gradlew :app:testDebugUnitTest --tests '*Cart*' -q", "description": "장바구니 테스트"})),
    tr("BUILD SUCCESSFUL in 41s\n27 actionable tasks: 6 executed, 21 up-to-date"),
    a("수정했습니다. 쿠폰 코드와 배송옵션을 `SavedStateHandle` 기반 StateFlow로 옮겨서 회전이나 프로세스 재생성 후에도 유지됩니다. 관련 유닛 테스트 통과했습니다."),
]

# ---------------------------------------------------------------- P13 Postgres slow query (en)
P13 = [
    cc("the invoices search page times out. here's the query from the slow log, make it fast\n\nSELECT * FROM invoices WHERE tenant_id = 42 AND status = 'open' AND due_date < now() ORDER BY due_date LIMIT 50;", d=0),
    at("", ("Bash", {"command": "psql \"$DATABASE_URL\" -c \"EXPLAIN (ANALYZE, BUFFERS) SELECT * FROM invoices WHERE tenant_id = 42 AND status = 'open' AND due_date < now() ORDER BY due_date LIMIT 50;\"", "description": "Explain the slow query"})),
    tr(" Limit  (cost=0.56..48213.77 rows=50 width=412) (actual time=9184.201..9184.260 rows=50 loops=1)\n   ->  Index Scan using invoices_due_date_idx on invoices  (cost=0.56..2917043.11 rows=3025 width=412) (actual time=9184.198..9184.251 rows=50 loops=1)\n         Index Cond: (due_date < now())\n         Filter: ((tenant_id = 42) AND (status = 'open'::text))\n         Rows Removed by Filter: 11843920\n Planning Time: 0.214 ms\n Execution Time: 9184.302 ms"),
    at("It walks the due_date index and throws away 11.8M rows. A composite partial index matching the filter and sort fixes that. Writing it as a migration with CONCURRENTLY.",
       ("Write", {"file_path": "db/migrations/20260521_invoices_open_due_idx.sql", "content": "-- no transaction\nCREATE INDEX CONCURRENTLY IF NOT EXISTS invoices_tenant_open_due_idx\n    ON invoices (tenant_id, due_date)\n    WHERE status = 'open';\n"})),
    tr("File created successfully at: db/migrations/20260521_invoices_open_due_idx.sql"),
    at("", ("Bash", {"command": "psql \"$DATABASE_URL\" -f db/migrations/20260521_invoices_open_due_idx.sql && psql \"$DATABASE_URL\" -c \"EXPLAIN ANALYZE SELECT * FROM invoices WHERE tenant_id = 42 AND status = 'open' AND due_date < now() ORDER BY due_date LIMIT 50;\" | tail -3", "description": "Create index on staging and re-explain"})),
    tr("CREATE INDEX\n   ->  Index Scan using invoices_tenant_open_due_idx on invoices  (cost=0.43..212.70 rows=3025 width=412) (actual time=0.041..37.902 rows=50 loops=1)\n Planning Time: 0.301 ms\n Execution Time: 38.117 ms"),
    a("On staging the query went from 9184 ms to 38 ms using the new partial index `invoices_tenant_open_due_idx (tenant_id, due_date) WHERE status = 'open'`. The migration is in db/migrations and uses CONCURRENTLY, so it won't lock writes in prod."),
]

# ---------------------------------------------------------------- P14 GH Actions cache (tr)
P14 = [
    cc("CI her seferinde bütün npm paketlerini baştan indiriyor, cache hiç tutmuyor gibi. bakar mısın?", file=".github/workflows/ci.yml", d=1),
    at("", ("Read", {"file_path": ".github/workflows/ci.yml"})),
    tr("1\tname: ci\n2\ton: [push, pull_request]\n3\tjobs:\n4\t  test:\n5\t    runs-on: ubuntu-latest\n6\t    steps:\n7\t      - uses: actions/checkout@v4\n8\t      - uses: actions/setup-node@v4\n9\t        with:\n10\t          node-version: 20\n11\t      - uses: actions/cache@v4\n12\t        with:\n13\t          path: node_modules\n14\t          key: deps-${{ github.sha }}\n15\t      - run: npm install\n16\t      - run: npm run lint && npm test\n"),
    at("Cache anahtarı her commit'te değişen `github.sha` olduğu için hiç eşleşmiyor. `setup-node`'un yerleşik npm cache'ini lockfile hash'iyle kullanıp `npm ci`'ye geçiyorum.",
       ("Edit", {"file_path": ".github/workflows/ci.yml", "old_string": "          node-version: 20\n      - uses: actions/cache@v4\n        with:\n          path: node_modules\n          key: deps-${{ github.sha }}\n      - run: npm install", "new_string": "          node-version: 20\n          cache: npm\n          cache-dependency-path: package-lock.json\n      - run: npm ci"})),
    tr("The file .github/workflows/ci.yml has been updated successfully."),
    at("", ("Bash", {"command": "git push origin ci/cache-fix && sleep 240 && gh run list --branch ci/cache-fix --limit 2", "description": "Push ve iki çalışmayı kontrol et"})),
    tr("STATUS  TITLE                    WORKFLOW  BRANCH        EVENT  ID           ELAPSED\n✓       ci: use setup-node cache  ci        ci/cache-fix  push   9912873401   5m58s\n✓       retrigger                 ci        ci/cache-fix  push   9912850112   17m41s"),
    a("Düzeldi: ikinci çalıştırmada cache isabet etti, süre 17m41s'den 5m58s'ye indi. `actions/cache` yerine `setup-node`'un `cache: npm` özelliği ve `npm ci` kullanılıyor."),
]

# ---------------------------------------------------------------- P15 Laravel queue (it)
P15 = [
    cc("il job SendInvoiceMail finisce sempre in failed_jobs, in locale funziona. guarda tu", d=2),
    at("", ("Bash", {"command": "php artisan queue:failed | head -5 && php artisan tinker --execute=\"echo DB::table('failed_jobs')->latest('failed_at')->value('exception');\" | head -6", "description": "Ultimi job falliti"})),
    tr("+------+------------+-------+------------------------------+---------------------+\n| ID   | Connection | Queue | Class                        | Failed At           |\n| 9f2… | redis      | mail  | App\\Jobs\\SendInvoiceMail     | 2026-01-30 08:12:44 |\nIlluminate\\Database\\Eloquent\\ModelNotFoundException: No query results for model [App\\Models\\Invoice] 18231 in /var/www/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php:621"),
    at("Il job parte prima che la transazione che crea la fattura sia committata. Guardo dove viene dispatchato.", ("Grep", {"pattern": "SendInvoiceMail::dispatch", "path": "app", "output_mode": "content", "-n": True})),
    tr("app/Services/InvoiceService.php:57:            SendInvoiceMail::dispatch($invoice);"),
    at("È dentro `DB::transaction`. Uso `afterCommit()` così il job va in coda solo dopo il commit.",
       ("Edit", {"file_path": "app/Services/InvoiceService.php", "old_string": "            SendInvoiceMail::dispatch($invoice);", "new_string": "            SendInvoiceMail::dispatch($invoice)->afterCommit();"}),
       ("Bash", {"command": "php artisan test --filter=InvoiceServiceTest", "description": "Test"})),
    tr("The file app/Services/InvoiceService.php has been updated successfully.", "   PASS  Tests\\Feature\\InvoiceServiceTest\n  ✓ creates invoice and queues mail                               0.31s\n  ✓ does not queue mail when transaction rolls back               0.12s\n\n  Tests:    2 passed (7 assertions)"),
    a("Risolto: il dispatch avveniva dentro la transazione, e in produzione il worker Redis è abbastanza veloce da leggere la fattura prima del commit. Con `->afterCommit()` il job viene accodato solo a transazione chiusa. Test verdi."),
]

# ---------------------------------------------------------------- P16 Vite env (vi)
P16 = [
    cc("build production xong thì API_URL bị undefined, dev thì chạy bình thường. sửa giúp mình", file="src/api/http.ts", d=3),
    at("", ("Grep", {"pattern": "API_URL", "path": ".", "glob": "!node_modules", "output_mode": "content", "-n": True})),
    tr(".env.production:1:API_URL=https://api.shopnhanh.vn\n.env.development:1:API_URL=http://localhost:3000\nsrc/api/http.ts:3:const baseURL = import.meta.env.API_URL;\nvite.config.ts:9:    'import.meta.env.API_URL': JSON.stringify(process.env.API_URL),"),
    at("Vite chỉ expose biến có tiền tố `VITE_`; ở dev nó chạy được nhờ `define` đọc từ process.env của shell. Mình đổi tên biến và bỏ `define`.",
       ("Edit", {"file_path": ".env.production", "old_string": "API_URL=", "new_string": "VITE_API_URL="}),
       ("Edit", {"file_path": ".env.development", "old_string": "API_URL=", "new_string": "VITE_API_URL="}),
       ("Edit", {"file_path": "src/api/http.ts", "old_string": "import.meta.env.API_URL", "new_string": "import.meta.env.VITE_API_URL"}),
       ("Edit", {"file_path": "vite.config.ts", "old_string": "    'import.meta.env.API_URL': JSON.stringify(process.env.API_URL),\n", "new_string": ""})),
    tr("The file .env.production has been updated successfully.", "The file .env.development has been updated successfully.", "The file src/api/http.ts has been updated successfully.", "The file vite.config.ts has been updated successfully."),
    at("", ("Bash", {"command": "npm run build && grep -o 'https://api.shopnhanh.vn' dist/assets/*.js | head -1", "description": "Build và kiểm tra URL"})),
    tr("vite v5.4.2 building for production...\n✓ 412 modules transformed.\ndist/index.html                   0.61 kB\ndist/assets/index-C8d2kQ1x.js   248.93 kB │ gzip: 79.10 kB\n✓ built in 3.87s\ndist/assets/index-C8d2kQ1x.js:https://api.shopnhanh.vn"),
    a("Xong: biến đổi thành `VITE_API_URL`, bỏ `define` trong vite.config.ts. Bản build production giờ đã chứa đúng `https://api.shopnhanh.vn`."),
]

# ---------------------------------------------------------------- P17 FastAPI session leak (ru)
P17 = [
    cc("под нагрузкой сервис через ~10 минут начинает отдавать 500: QueuePool limit of size 5 overflow 10 reached. найди утечку", file="app/db.py", d=4),
    at("", ("Read", {"file_path": "app/db.py"}), ("Grep", {"pattern": "SessionLocal\\(\\)", "path": "app", "output_mode": "content", "-n": True})),
    tr("1\tfrom sqlalchemy.ext.asyncio import create_async_engine, async_sessionmaker\n2\t\n3\tengine = create_async_engine(settings.database_url, pool_size=5, max_overflow=10)\n4\tSessionLocal = async_sessionmaker(engine, expire_on_commit=False)\n5\t\n6\t\n7\tasync def get_session():\n8\t    session = SessionLocal()\n9\t    return session\n",
       "app/db.py:8:    session = SessionLocal()\napp/routers/reports.py:31:    s = SessionLocal()"),
    at("`get_session` возвращает сессию, но никогда её не закрывает, и в reports.py то же самое. Перевожу зависимость на генератор с `async with`.",
       ("Edit", {"file_path": "app/db.py", "old_string": "async def get_session():\n    session = SessionLocal()\n    return session", "new_string": "async def get_session():\n    async with SessionLocal() as session:\n        yield session"}),
       ("Edit", {"file_path": "app/routers/reports.py", "old_string": "    s = SessionLocal()", "new_string": "    s: AsyncSession = Depends(get_session)"})),
    tr("The file app/db.py has been updated successfully.", "The file app/routers/reports.py has been updated successfully."),
    at("", ("Bash", {"command": "pytest -q && locust -f load/locustfile.py --headless -u 200 -r 20 -t 12m --host http://localhost:8000 2>&1 | tail -4", "description": "Тесты и нагрузка 12 минут"})),
    tr("..............................                                           [100%]\n30 passed in 4.11s\nType     Name              # reqs      # fails |    Avg     Min     Max    Med\n--------|-----------------|-------|-------------|-------|-------|-------|-------\n         Aggregated         143208     0(0.00%) |     41       6     388     34"),
    a("Утечка была в `get_session`: сессия создавалась и не закрывалась (и ещё одна в reports.py). Теперь это генератор-зависимость с `async with`. 12 минут нагрузки на 200 пользователей — 0 ошибок."),
]

# ---------------------------------------------------------------- P18 UART ring buffer (en, embedded)
P18 = [
    cc("uart rx drops a byte every 256 bytes on the STM32 board. ring buffer is in drivers/uart.c", file="drivers/uart.c", d=5),
    at("", ("Read", {"file_path": "drivers/uart.c", "offset": 30, "limit": 30})),
    tr("30\t#define RX_BUF_SIZE 256\n31\tstatic volatile uint8_t rx_buf[RX_BUF_SIZE];\n32\tstatic volatile uint8_t rx_head;\n33\tstatic volatile uint8_t rx_tail;\n...\n44\tvoid USART2_IRQHandler(void) {\n45\t    if (USART2->SR & USART_SR_RXNE) {\n46\t        uint8_t b = USART2->DR;\n47\t        uint8_t next = (rx_head + 1) % RX_BUF_SIZE;\n48\t        if (next != rx_tail) {\n49\t            rx_buf[rx_head] = b;\n50\t            rx_head = next;\n51\t        }\n52\t    }\n53\t}\n54\t\n55\tint uart_read(uint8_t *out) {\n56\t    if (rx_head == rx_tail) return 0;\n57\t    *out = rx_buf[rx_tail];\n58\t    rx_tail = (rx_tail + 1) % (RX_BUF_SIZE - 1);\n59\t    return 1;\n60\t}\n"),
    at("`uart_read` wraps at 255 instead of 256, so every lap it skips slot 255. Also the buffer full check silently drops; I'll keep that but count overruns.",
       ("Edit", {"file_path": "drivers/uart.c", "old_string": "    rx_tail = (rx_tail + 1) % (RX_BUF_SIZE - 1);", "new_string": "    rx_tail = (uint8_t)(rx_tail + 1) % RX_BUF_SIZE;"}),
       ("Edit", {"file_path": "drivers/uart.c", "old_string": "            rx_head = next;\n        }", "new_string": "            rx_head = next;\n        } else {\n            rx_overruns++;\n        }"})),
    tr("The file drivers/uart.c has been updated successfully.", "The file drivers/uart.c has been updated successfully."),
    at("", ("Bash", {"command": "make -j8 && make flash && python3 tools/uart_loopback.py --port /dev/ttyACM0 --bytes 100000", "description": "Build, flash, loopback test"})),
    tr("arm-none-eabi-size build/fw.elf\n   text\t   data\t    bss\t    dec\t    hex\tfilename\n  23144\t    120\t   2360\t  25624\t   6418\tbuild/fw.elf\n** Programming Finished **\nsent 100000 bytes, received 100000 bytes, mismatches: 0, overruns: 0"),
    a("Found it: `uart_read` advanced the tail modulo 255, skipping the last slot on each wrap. Fixed the modulo and added an `rx_overruns` counter for the full-buffer case. Loopback test: 100,000 bytes, 0 mismatches."),
]

# ---------------------------------------------------------------- P19 gRPC deadline (zh)
P19 = [
    cc("订单服务调库存服务老是 DeadlineExceeded，但库存服务自己的日志显示处理只要 20ms。帮我查一下", file="order/internal/clients/inventory.go", d=0),
    at("", ("Read", {"file_path": "order/internal/clients/inventory.go", "offset": 1, "limit": 45})),
    tr("14\tfunc NewInventory(addr string) (*Inventory, error) {\n15\t\tconn, err := grpc.Dial(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))\n...\n30\tfunc (c *Inventory) Reserve(ctx context.Context, items []Item) error {\n31\t\tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)\n32\t\tdefer cancel()\n33\t\tfor _, it := range items {\n34\t\t\tif _, err := c.cli.Reserve(ctx, &pb.ReserveReq{Sku: it.SKU, Qty: int32(it.Qty)}); err != nil {\n35\t\t\t\treturn err\n36\t\t\t}\n37\t\t}\n38\t\treturn nil\n39\t}\n"),
    at("50ms 的超时是给整个循环的，订单里有多个商品时每次调用 ~20ms，第三个就超时了。改成批量接口（proto 里已经有 `ReserveBatch`）并把超时放宽到 300ms。",
       ("Bash", {"command": "grep -n 'rpc ' proto/inventory/v1/inventory.proto", "description": "查看可用 RPC"})),
    tr("12:  rpc Reserve(ReserveReq) returns (ReserveResp);\n13:  rpc ReserveBatch(ReserveBatchReq) returns (ReserveResp);\n14:  rpc Release(ReleaseReq) returns (ReleaseResp);"),
    at("", ("Edit", {"file_path": "order/internal/clients/inventory.go", "old_string": "\tctx, cancel := context.WithTimeout(ctx, 50*time.Millisecond)\n\tdefer cancel()\n\tfor _, it := range items {\n\t\tif _, err := c.cli.Reserve(ctx, &pb.ReserveReq{Sku: it.SKU, Qty: int32(it.Qty)}); err != nil {\n\t\t\treturn err\n\t\t}\n\t}\n\treturn nil", "new_string": "\tctx, cancel := context.WithTimeout(ctx, 300*time.Millisecond)\n\tdefer cancel()\n\treq := &pb.ReserveBatchReq{Items: make([]*pb.ReserveReq, 0, len(items))}\n\tfor _, it := range items {\n\t\treq.Items = append(req.Items, &pb.ReserveReq{Sku: it.SKU, Qty: int32(it.Qty)})\n\t}\n\t_, err := c.cli.ReserveBatch(ctx, req)\n\treturn err"}),
       ("Bash", {"command": "cd order && go test ./internal/clients/... ./internal/checkout/...", "description": "运行测试"})),
    tr("The file order/internal/clients/inventory.go has been updated successfully.", "ok  \tgithub.com/acme/order/internal/clients\t0.418s\nok  \tgithub.com/acme/order/internal/checkout\t1.032s"),
    a("原因是 50ms 超时覆盖了整个逐个调用的循环。现在改为一次 `ReserveBatch` 调用，超时 300ms，测试通过。"),
]

# ---------------------------------------------------------------- P20 Rails flaky spec (en)
P20 = [
    cc("spec/system/checkout_spec.rb fails maybe 1 in 4 runs on CI. Capybara can't find the 'Order placed' text. figure it out pls", d=1),
    at("", ("Read", {"file_path": "spec/system/checkout_spec.rb", "offset": 20, "limit": 20})),
    tr("20\t  it 'places an order' do\n21\t    visit cart_path\n22\t    click_on 'Checkout'\n23\t    fill_in 'Card number', with: '4242424242424242'\n24\t    click_on 'Pay'\n25\t    sleep 1\n26\t    expect(page.text).to include('Order placed')\n27\t    expect(Order.last.status).to eq('paid')\n28\t  end\n"),
    at("`page.text` with a fixed `sleep 1` doesn't wait/retry; when the payment stub takes longer on CI it fails. Using Capybara's waiting matcher instead, and waiting on the DB state too.",
       ("Edit", {"file_path": "spec/system/checkout_spec.rb", "old_string": "    sleep 1\n    expect(page.text).to include('Order placed')\n    expect(Order.last.status).to eq('paid')", "new_string": "    expect(page).to have_content('Order placed', wait: 10)\n    expect(Order.last.reload.status).to eq('paid')"})),
    tr("The file spec/system/checkout_spec.rb has been updated successfully."),
    at("", ("Bash", {"command": "for i in $(seq 1 10); do bundle exec rspec spec/system/checkout_spec.rb --format progress 2>&1 | tail -1; done", "description": "Run the spec 10 times"})),
    tr("3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures\n3 examples, 0 failures"),
    a("The flake came from `sleep 1` + `page.text`, which never retries. `have_content(..., wait: 10)` polls until the text shows up. 10/10 green locally."),
]

# ---------------------------------------------------------------- P21 PyTorch OOM (fr)
P21 = [
    cc("CUDA out of memory dès le premier batch depuis que j'ai passé le modèle en 1.3B. j'ai une seule A100 40G, il me faut un batch effectif de 64", file="train/finetune.py", d=2),
    at("", ("Bash", {"command": "python train/finetune.py --config configs/ft_1b3.yaml --max-steps 2 2>&1 | tail -4", "description": "Reproduire"})),
    tr("  File \"/home/lea/proj/train/finetune.py\", line 118, in train_step\n    loss.backward()\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.12 GiB. GPU 0 has a total capacity of 39.39 GiB of which 1.87 GiB is free."),
    at("", ("Read", {"file_path": "train/finetune.py", "offset": 100, "limit": 25})),
    tr("100\tdef train_step(model, batch, opt, scaler):\n101\t    with torch.autocast('cuda', dtype=torch.bfloat16):\n102\t        out = model(**batch)\n103\t        loss = out.loss\n...\n118\t    loss.backward()\n119\t    opt.step()\n120\t    opt.zero_grad()\n"),
    at("J'ajoute l'accumulation de gradient (micro-batch 8 × 8 pas) et le gradient checkpointing.",
       ("Edit", {"file_path": "train/finetune.py", "old_string": "    loss.backward()\n    opt.step()\n    opt.zero_grad()", "new_string": "    (loss / cfg.accum_steps).backward()\n    if (step + 1) % cfg.accum_steps == 0:\n        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)\n        opt.step()\n        opt.zero_grad(set_to_none=True)"}),
       ("Edit", {"file_path": "configs/ft_1b3.yaml", "old_string": "batch_size: 64", "new_string": "batch_size: 8\naccum_steps: 8\ngradient_checkpointing: true"})),
    tr("The file train/finetune.py has been updated successfully.", "The file configs/ft_1b3.yaml has been updated successfully."),
    at("", ("Bash", {"command": "python train/finetune.py --config configs/ft_1b3.yaml --max-steps 40 2>&1 | grep -E 'step|mem' | tail -3", "description": "40 pas de test"})),
    tr("step 32 | loss 2.4187 | lr 1.9e-05 | mem 31.6GiB\nstep 36 | loss 2.3902 | lr 1.9e-05 | mem 31.6GiB\nstep 40 | loss 2.3655 | lr 2.0e-05 | mem 31.7GiB"),
    a("Ça passe : micro-batch 8 avec 8 pas d'accumulation (batch effectif 64) et gradient checkpointing, pic mémoire ~31.7 Go. La loss descend normalement sur les 40 premiers pas."),
]

# ---------------------------------------------------------------- P22 docker compose (es)
P22 = [
    cc("el contenedor de la api no conecta con postgres en docker compose: ECONNREFUSED 127.0.0.1:5432", file="docker-compose.yml", d=3),
    at("", ("Read", {"file_path": "docker-compose.yml"}), ("Bash", {"command": "grep -n DATABASE_URL .env", "description": "Ver DATABASE_URL"})),
    tr("1\tservices:\n2\t  db:\n3\t    image: postgres:16\n4\t    environment:\n5\t      POSTGRES_PASSWORD: dev\n6\t  api:\n7\t    build: ./api\n8\t    env_file: .env\n9\t    ports:\n10\t      - \"3000:3000\"\n", "1:DATABASE_URL=postgres://postgres:dev@localhost:5432/app"),
    at("Dentro del contenedor `localhost` es el propio contenedor de la api. Hay que usar el nombre del servicio `db`, y esperar a que postgres esté listo.",
       ("Edit", {"file_path": ".env", "old_string": "@localhost:5432", "new_string": "@db:5432"}),
       ("Edit", {"file_path": "docker-compose.yml", "old_string": "    environment:\n      POSTGRES_PASSWORD: dev\n  api:\n    build: ./api\n    env_file: .env", "new_string": "    environment:\n      POSTGRES_PASSWORD: dev\n      POSTGRES_DB: app\n    healthcheck:\n      test: [\"CMD-SHELL\", \"pg_isready -U postgres\"]\n      interval: 2s\n      retries: 15\n  api:\n    build: ./api\n    env_file: .env\n    depends_on:\n      db:\n        condition: service_healthy"})),
    tr("The file .env has been updated successfully.", "The file docker-compose.yml has been updated successfully."),
    at("", ("Bash", {"command": "docker compose up -d --build && sleep 8 && docker compose logs api --tail 5", "description": "Levantar y ver logs"})),
    tr(" ✔ Container app-db-1   Healthy\n ✔ Container app-api-1  Started\napi-1  | [nest] 1  - 01/30/2026, 11:02:13 AM     LOG [TypeOrmModule] Database connected\napi-1  | [nest] 1  - 01/30/2026, 11:02:13 AM     LOG [NestApplication] Nest application successfully started"),
    a("Arreglado: `DATABASE_URL` apuntaba a `localhost`, que dentro del contenedor es la propia api. Ahora usa el host `db`, y la api espera al healthcheck de postgres. Conecta bien."),
]


EXAMPLES = [
# P1
("chit_chat", P1 + [u("perfect, that's exactly it. calling it a night 👋")]),
("code_generation", P1 + [u("sweet. while you're in there, let the same view filter by status via a query param")]),
("documentation", P1 + [u("can you jot a short note in docs/performance.md on why we prefetch here, so nobody 'cleans it up' later")]),
# P2
("chit_chat", P2 + [u("buenísimo!! me salvaste la demo de mañana, te debo una")]),
("code_understanding", P2 + [u("vale funciona, pero no pillo bien qué hace el superRefine ese y por qué no vale un refine normal")]),
("test_writing", P2 + [u("perfecto. mete también un test para cuando la entrada es hoy y la salida también hoy")]),
# P3
("chit_chat", P3 + [u("Top, danke dir. Schönes Wochenende!")]),
("architecture", P3 + [u("läuft. Mal ehrlich aber: trägt dieses Pool-Design noch, wenn wir statt 8 Worker 200 brauchen und die Jobs aus Kafka kommen statt aus dem Channel?")]),
("code_review", P3 + [u("passt. guck bitte noch über den Rest von internal/pool, ob da ähnliche Leichen liegen")]),
# P4
("chit_chat", P4 + [u("it compiles!!! thank you, genuinely. going to go touch grass now")]),
("debugging", P4 + [u("hmm now `cargo clippy -- -D warnings` fails in CI on the same function, something about needless_range_loop. what's it complaining about")]),
("creative_writing", P4 + [u("lol after that fight I need a haiku about lifetimes and the borrow checker, for the team channel")]),
# P5
("chit_chat", P5 + [u("nickel, merci beaucoup ! bonne soirée à toi")]),
("debugging", P5 + [u("ah mince, ils redémarrent encore mais cette fois c'est OOMKilled, plus la probe")]),
("business_writing", P5 + [u("top. écris-moi un petit message pour le canal #général (c'est lu par les commerciaux et la compta) pour dire que le site est de nouveau dispo, sans jargon")]),
# P6
("chit_chat", P6 + [u("show de bola, valeu demais! até amanhã")]),
("code_generation", P6 + [u("top. agora deixa filtrar por cidade e por data de cadastro também, opcionais")]),
("documentation", P6 + [u("beleza. atualiza o README da API com os parâmetros novos de paginação e um exemplo de resposta")]),
# P7
("chit_chat", P7 + [u("ok that's the last fire for today. thanks a ton, have a good one")]),
("math_help", P7 + [u("unrelated but quick: 1,812,406 rows in 14 minutes, what's that per second roughly?")]),
("code_understanding", P7 + [u("nice. so why did tz_localize blow up but tz_convert on the next line never does? what's the actual difference between them")]),
# P8
("chit_chat", P8 + [u("ありがとう！めっちゃ助かりました。今日はここまでにします、お疲れさまでした")]),
("debugging", P8 + [u("直ったっぽいけど、今度はiPadのSplit Viewだけフィルタ後にスクロール位置が真ん中に飛ぶ…")]),
("creative_writing", P8 + [u("お祝いにこのバグについての川柳を一句ください笑")]),
# P9
("chit_chat", P9 + [u("legend. I'll apply it myself after lunch. cheers mate")]),
("architecture", P9 + [u("cool. bigger question while we're here: should each env get its own state and backend, or do we keep using workspaces? we have dev, staging, prod and a couple of preview envs")]),
("security_audit", P9 + [u("before I apply, skim the rest of modules/storage and tell me if anything in there would make the security team unhappy (public access, encryption, policies)")]),
# P10
("chit_chat", P10 + [u("dzięki wielkie, działa jak trzeba. miłego wieczoru!")]),
("code_generation", P10 + [u("ok, to samo proszę dla Suppliers.TaxId, tam też mamy nulle")]),
("git_help", P10 + [u("spoko. zrób commita, wypchnij brancha i otwórz PR do develop")]),
# P11
("chit_chat", P11 + [u("mast bhai, chal gaya 🙏 thanks yaar, chai pe milte hain")]),
("security_audit", P11 + [u("theek hai. ab poora server/middleware aur routes/auth ek baar security ke angle se dekh lo, kuch aur gadbad to nahi")]),
("explain_concept", P11 + [u("acha ek cheez samjhao, access token aur refresh token me actual farak kya hai, aur humare code me refresh kahan hota hai")]),
# P12
("chit_chat", P12 + [u("오 완벽해요 감사합니다!! 이제 퇴근합니다 ㅎㅎ")]),
("code_generation", P12 + [u("좋아요. 같은 방식으로 주소 입력 화면(AddressScreen)에도 적용해줘요")]),
("life_advice", P12 + [u("근데 요즘 이런 거 붙잡고 야근만 해서 허리랑 손목이 너무 아파요. 개발자가 할 만한 스트레칭이나 습관 추천해줄래요?")]),
# P13
("chit_chat", P13 + [u("9 seconds to 38ms. you absolute wizard. thank you!")]),
("architecture", P13 + [u("nice. but invoices grows by ~50M rows a month. at that rate should we be looking at monthly partitioning or archiving instead of stacking more indexes?")]),
("math_help", P13 + [u("for the slide: what's the speedup factor from 9184ms to 38ms, and what's that as a % reduction?")]),
# P14
("chit_chat", P14 + [u("süpersin, eline sağlık! iyi akşamlar")]),
("devops_ci", P14 + [u("tamam, aynısını release.yml ve e2e.yml için de yap")]),
("business_writing", P14 + [u("harika. ekibe Slack'ten atacağım kısa bir duyuru yaz: CI süresi ~18 dakikadan ~6'ya indi, herkes main'i çeksin")]),
# P15
("chit_chat", P15 + [u("grazie mille, sei un grande. ci sentiamo lunedì!")]),
("debugging", P15 + [u("ok adesso il job parte, però i clienti ricevono la mail due volte")]),
("language_translation", P15 + [u("perfetto. traducimi in inglese questa mail per il cliente: \"Gentile cliente, il problema che impediva l'invio automatico delle fatture è stato risolto. Le fatture di ieri verranno inviate entro oggi. Ci scusiamo per il disagio.\"")]),
# P16
("chit_chat", P16 + [u("ok chạy ngon rồi, cảm ơn bạn nhiều nha! 🙌")]),
("code_understanding", P16 + [u("ừ, mà sao biến phải có tiền tố VITE_ mới đọc được vậy? với lại define trong vite.config hoạt động thế nào?")]),
("chit_chat", P16 + [u("xong rồi. giờ xoá node_modules với dist, cài lại từ đầu rồi build lại một lần cho chắc")]),
# P17
("chit_chat", P17 + [u("огонь, спасибо! на сегодня всё, пошёл спать")]),
("test_writing", P17 + [u("круто. допиши тест, который ловит незакрытые сессии, чтобы это не вернулось")]),
("general_knowledge", P17 + [u("кстати, не по теме: а кто вообще придумал asyncio и в какой версии питона он появился?")]),
# P18
("chit_chat", P18 + [u("board's happily echoing now. much appreciated, have a great weekend")]),
("code_review", P18 + [u("great. now go through the rest of drivers/uart.c with ISR safety in mind, volatile, shared state, anything sketchy")]),
("code_comments", P18 + [u("add comments around the head/tail logic explaining the wrap-around and the overrun case so the next person doesn't repeat my mistake")]),
# P19
("chit_chat", P19 + [u("搞定了，多谢！下班了")]),
("architecture", P19 + [u("好的。不过超时和重试是不是应该统一交给服务网格（Istio）来做？还是在每个客户端代码里做更好？我们有 15 个服务")]),
("commit_messages", P19 + [u("帮我写个 commit message，英文，conventional commits 格式")]),
# P20
("chit_chat", P20 + [u("10 green runs in a row 🎉 beers on me next time")]),
("failing_tests", P20 + [u("ugh. now spec/models/cart_spec.rb:88 goes red on CI only: expected 3 items, got 2. locally fine")]),
("creative_writing", P20 + [u("unrelated: Priya from QA leaves on Friday after 6 years, help me write a short, warm toast for her farewell drinks. she hated flaky tests more than anyone")]),
# P21
("chit_chat", P21 + [u("ça tourne ! merci infiniment, tu gères")]),
("code_understanding", P21 + [u("ok mais pourquoi on divise la loss par accum_steps ? si on ne le fait pas, ça change quoi concrètement ?")]),
("math_help", P21 + [u("au fait : si une époque prend 47 min et que j'en lance 30 à 18h10, ça se termine quel jour à quelle heure ?")]),
# P22
("chit_chat", P22 + [u("jajaja era el host. gracias máquina")]),
("chit_chat", P22 + [u("ya que estás, limpia las imágenes y volúmenes de docker que no se usen, que me quedo sin disco")]),
("architecture", P22 + [u("ok. y para producción: seguimos con compose en una VM o nos pasamos a ECS/Fargate? somos 3 devs y no hay nadie de ops")]),

# extra endings in other shapes
("git_help", P1 + [u("what's uncommitted right now?"), at("", ("Bash", {"command": "git status --short"})), tr(" M shop/orders/views.py\n M shop/orders/tests/test_views.py\n"), u("commit it as 'fix n+1 on order list' and push to my branch, no PR yet")]),
("chit_chat", P4 + [u("is it rustfmt-clean though?"), at("", ("Bash", {"command": "cargo fmt --check"})), tr("Diff in /home/dev/tinyscript/src/lexer.rs at line 44:\n-        let after_newline = matches!(self.tokens.last(), Some(Token::Newline));\n+        let after_newline =\n+            matches!(self.tokens.last(), Some(Token::Newline));\n"), u("just run cargo fmt and leave it, thanks")]),
("code_generation", P13 + [u("anything else the migration needs?"), at("I can also add a rollback file for the migration.", ("Write", {"file_path": "db/migrations/20260521_invoices_open_due_idx.down.sql", "content": "DROP INDEX CONCURRENTLY IF EXISTS invoices_tenant_open_due_idx;\n"})), tr("[Request interrupted by user for tool use]", text="no skip that, we don't do down migrations. instead add the same kind of index for the 'overdue' report query in reports/overdue.sql")]),
("chit_chat", P8 + [u("全部のテストも一応回しておいて"), at("", ("Bash", {"command": "xcodebuild test -scheme Shop -destination 'platform=iOS Simulator,name=iPhone 16' 2>&1 | tail -2"})), tr("[Request interrupted by user for tool use]", text="やっぱりいいや、もう帰るので。ありがとう！")]),
("summarization", P17 + [u("для стендапа: перескажи в двух-трёх предложениях, что было сломано и что поменяли, без кода")]),
("chit_chat", P21 + [u("bon, je file, ma fille a son spectacle de danse. à demain !")]),
("performance_review", P6 + [u("antes de subir: dá uma olhada no resto do ClienteService, tem uns findAll() espalhados que podem estar matando o banco também")]),
("chit_chat", P14 + [u("👍")]),
("life_advice", P3 + [u("Ganz andere Frage: mein Teamlead will, dass ich nächstes Jahr Teamlead-Vertretung mache. Ich bin eher der Code-Typ. Wie entscheide ich das?")]),
]
