"""code_understanding of configs (k8s, nginx, CI, Makefiles, crontab, iptables, SQL window functions) with a few
generation / debugging contrasts on the same kind of config."""
from conversation_shapes import u, a, cc, at, tr

U = "code_understanding"
G = "code_generation"
D = "debugging"

AFFINITY = """affinity:
  podAntiAffinity:
    preferredDuringSchedulingIgnoredDuringExecution:
    - weight: 100
      podAffinityTerm:
        labelSelector:
          matchLabels:
            app: checkout
        topologyKey: topology.kubernetes.io/zone
  nodeAffinity:
    requiredDuringSchedulingIgnoredDuringExecution:
      nodeSelectorTerms:
      - matchExpressions:
        - key: node.kubernetes.io/instance-type
          operator: In
          values: [m6i.xlarge, m6i.2xlarge]"""

EXAMPLES = [
(U, u("can someone explain what this affinity block actually does? I inherited the chart and don't know if 'preferred' means it's optional\n\n```yaml\n" + AFFINITY + "\n```")),
(D, u("checkout pods are stuck in Pending after we moved to the new node group (c7i instances). describe says `0/9 nodes are available: 9 node(s) didn't match Pod's node affinity/selector`. here's the affinity, how do I fix it?\n\n```yaml\n" + AFFINITY + "\n```")),
(G, u("write me an affinity block that spreads checkout pods across zones as a hard requirement and prefers nodes labelled `tier=frontend`. also add a topologySpreadConstraint with maxSkew 1")),
(U, [cc("what's the request flow through this nginx config? especially the two location blocks and the rewrite", file="deploy/nginx/site.conf", sel=("deploy/nginx/site.conf", 1, 24, "server {\n  listen 443 ssl http2;\n  server_name app.example.com;\n\n  location /api/ {\n    proxy_pass http://api_upstream/;\n    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n  }\n\n  location / {\n    root /srv/web;\n    try_files $uri $uri/ /index.html;\n  }\n\n  location ~* \\.(js|css|woff2)$ {\n    root /srv/web;\n    expires 1y;\n    add_header Cache-Control \"public, immutable\";\n  }\n\n  rewrite ^/docs/(.*)$ https://docs.example.com/$1 permanent;\n}"), d=0)]),
(U, u("in nginx, what's the difference between `proxy_pass http://backend;` and `proxy_pass http://backend/;` with the trailing slash? I always forget")),
(D, u("our nginx returns 404 for /api/users but the backend has that route. if I curl the backend directly at /users it works and /api/users gives 404. config:\n\n```nginx\nlocation /api {\n  proxy_pass http://127.0.0.1:9000/;\n}\n```")),
(U, u("explain this GitHub Actions workflow to me step by step, especially the `needs`, the matrix and when `deploy` actually runs\n\n```yaml\non:\n  push:\n    branches: [main]\n  pull_request:\njobs:\n  test:\n    strategy:\n      matrix:\n        node: [18, 20, 22]\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-node@v4\n        with: { node-version: ${{ matrix.node }}, cache: npm }\n      - run: npm ci && npm test\n  deploy:\n    needs: test\n    if: github.event_name == 'push'\n    runs-on: ubuntu-latest\n    environment: production\n    steps:\n      - run: ./scripts/deploy.sh\n```")),
(U, u("what does `concurrency: group: ${{ github.workflow }}-${{ github.ref }}` with `cancel-in-progress: true` mean in a workflow? does it cancel runs on main too?")),
(G, u("make me a GitHub Actions workflow that runs ruff and mypy on every PR, only when .py files change, with pip caching")),
(U, u("Makefile question: what do `$@`, `$<` and `$^` mean in this rule, and why is `.PHONY` there?\n\n```make\n.PHONY: all clean\n\nall: bin/server\n\nbin/%: cmd/%/main.go $(shell find internal -name '*.go')\n\tgo build -o $@ ./cmd/$*\n\nclean:\n\trm -rf bin\n```")),
(U, u("warum steht in unserem Makefile `SHELL := /bin/bash` und `.ONESHELL:` ganz oben? was würde ohne die beiden anders laufen?")),
(D, u("`make build` sagt immer `make: 'build' is up to date.` obwohl ich Dateien geändert habe. Es gibt einen Ordner namens build/ im Repo. Warum?")),
(U, u("what does this crontab line mean exactly? `15 3 * * 1-5 flock -n /tmp/etl.lock /opt/etl/run.sh >> /var/log/etl.log 2>&1`")),
(U, u("crontab の `0 0 1,15 * 5` って「毎月1日と15日、かつ金曜日」の意味ですか？それとも「または」？")),
(D, u("this cron entry never runs on the 1st of the month even though it should: `0 6 1 * 1 /opt/billing/close_month.sh`. it only ever fires on mondays. why?")),
(U, u("what do these iptables rules do, in order? I want to understand before I touch the box\n\n```\n-A INPUT -i lo -j ACCEPT\n-A INPUT -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT\n-A INPUT -p tcp --dport 22 -s 10.0.0.0/8 -j ACCEPT\n-A INPUT -p tcp --dport 443 -j ACCEPT\n-A INPUT -p icmp --icmp-type echo-request -m limit --limit 1/s -j ACCEPT\n-A INPUT -j DROP\n```")),
(U, u("czym się różni łańcuch PREROUTING w tabeli nat od INPUT w filter? kiedy pakiet przechodzi przez który?")),
(D, u("po dodaniu reguły `-A INPUT -p tcp --dport 5432 -s 10.1.0.0/16 -j ACCEPT` dalej nie da się połączyć z postgresem z tej podsieci. `iptables -L -n --line-numbers` pokazuje że moja reguła jest na pozycji 9, a DROP na 7. o co chodzi?")),
(U, u("explain this window function query, I don't get what `ROWS BETWEEN 6 PRECEDING AND CURRENT ROW` does vs RANGE, and why there's a PARTITION BY\n\n```sql\nSELECT store_id, day, revenue,\n       AVG(revenue) OVER (PARTITION BY store_id ORDER BY day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW) AS avg_7d\nFROM daily_sales;\n```")),
(U, u("what's the difference between ROW_NUMBER, RANK and DENSE_RANK? when does each one make sense?")),
(G, u("I need a query that gets, per store, the best-selling product of each month (on ties, return both). postgres, table sales(store_id, product_id, sold_at, qty)")),
(D, u("this query should give the 7-day moving average but for the first days of each store it's using the previous store's data. what's wrong?\n\n```sql\nSELECT store_id, day, AVG(revenue) OVER (ORDER BY store_id, day ROWS BETWEEN 6 PRECEDING AND CURRENT ROW)\nFROM daily_sales;\n```")),
(U, u("was macht `LAG(price) OVER (PARTITION BY sku ORDER BY changed_at)` genau, und was kommt in der ersten Zeile jeder Partition raus?")),
(U, u("explain what this k8s HPA config will do when CPU spikes. specifically the behavior section, I don't understand the policies\n\n```yaml\napiVersion: autoscaling/v2\nkind: HorizontalPodAutoscaler\nspec:\n  minReplicas: 3\n  maxReplicas: 30\n  metrics:\n  - type: Resource\n    resource: {name: cpu, target: {type: Utilization, averageUtilization: 65}}\n  behavior:\n    scaleUp:\n      stabilizationWindowSeconds: 0\n      policies:\n      - {type: Percent, value: 100, periodSeconds: 15}\n      - {type: Pods, value: 4, periodSeconds: 15}\n      selectPolicy: Max\n    scaleDown:\n      stabilizationWindowSeconds: 300\n      policies:\n      - {type: Percent, value: 10, periodSeconds: 60}\n```")),
(U, u("PodDisruptionBudget の `maxUnavailable: 1` と `minAvailable: 2` って、レプリカ3のときは同じ意味ですか？ノードのドレイン時にどう効くのか知りたい")),
(U, u("что делают `readinessProbe` и `livenessProbe` по отдельности в этом манифесте и почему у liveness такой большой initialDelaySeconds?\n\n```yaml\nreadinessProbe:\n  httpGet: {path: /ready, port: 8080}\n  periodSeconds: 5\n  failureThreshold: 2\nlivenessProbe:\n  httpGet: {path: /healthz, port: 8080}\n  initialDelaySeconds: 120\n  periodSeconds: 20\n  failureThreshold: 3\n```")),
(U, u("这个 Dockerfile 的多阶段构建是怎么工作的？为什么最后一个阶段用 distroless，`--from=builder` 拷贝了什么？\n\n```dockerfile\nFROM golang:1.22 AS builder\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN CGO_ENABLED=0 go build -ldflags='-s -w' -o /out/api ./cmd/api\n\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=builder /out/api /api\nUSER nonroot:nonroot\nENTRYPOINT [\"/api\"]\n```")),
(U, u("what does this terraform `lifecycle` block do and when would `create_before_destroy` matter?\n\n```hcl\nresource \"aws_launch_template\" \"web\" {\n  name_prefix   = \"web-\"\n  image_id      = var.ami\n  instance_type = \"t3.medium\"\n  lifecycle {\n    create_before_destroy = true\n    ignore_changes        = [image_id]\n  }\n}\n```")),
(U, u("explain the systemd unit options here — Restart=on-failure, StartLimitBurst, and what happens after 5 crashes in a minute\n\n```ini\n[Unit]\nDescription=ingest worker\nStartLimitIntervalSec=60\nStartLimitBurst=5\n\n[Service]\nExecStart=/usr/local/bin/ingestd\nRestart=on-failure\nRestartSec=2\n```")),
(U, u("c'est quoi la différence entre `ENTRYPOINT` et `CMD` dans un Dockerfile, et qu'est-ce qui se passe quand je fais `docker run image bash` avec les deux définis ?")),
(U, u("can you explain what this .gitlab-ci rules block does? when does the job run and when is it manual\n\n```yaml\ndeploy_prod:\n  stage: deploy\n  rules:\n    - if: $CI_COMMIT_TAG =~ /^v\\d+\\.\\d+\\.\\d+$/\n      when: manual\n    - if: $CI_PIPELINE_SOURCE == \"schedule\"\n      when: never\n    - when: never\n  script: ./deploy.sh prod\n```")),
(U, u("what's the difference between `depends_on` with `condition: service_healthy` and a plain depends_on in docker compose? does it wait for the app to be ready?")),
(G, [u("what does `condition: service_healthy` do in compose?"), a("With that condition, Compose waits until the dependency's healthcheck reports healthy before starting the dependent service; a plain `depends_on` only waits for the container to start."), u("nice. add a healthcheck to our postgres and redis services and make api wait on both being healthy\n\n```yaml\nservices:\n  postgres:\n    image: postgres:16\n  redis:\n    image: redis:7\n  api:\n    build: .\n    depends_on: [postgres, redis]\n```")]),
(U, [cc("explain this logrotate config, when does rotation happen and what does copytruncate do vs the postrotate", file="ops/logrotate.d/api", sel=("ops/logrotate.d/api", 1, 12, "/var/log/api/*.log {\n    daily\n    rotate 14\n    compress\n    delaycompress\n    missingok\n    notifempty\n    copytruncate\n    postrotate\n        systemctl kill -s HUP api.service\n    endscript\n}"), d=1)]),
(U, [cc("this is what the k8s NetworkPolicy does right? nothing can talk to the db pods except api? or am I misreading it", file="k8s/netpol-db.yaml", sel=("k8s/netpol-db.yaml", 1, 18, "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: db-ingress\nspec:\n  podSelector:\n    matchLabels: {app: postgres}\n  policyTypes: [Ingress]\n  ingress:\n  - from:\n    - podSelector:\n        matchLabels: {app: api}\n    - namespaceSelector:\n        matchLabels: {team: data}\n    ports:\n    - port: 5432"), d=2)]),
(U, u("in a Rust Cargo.toml, what's the difference between `[dependencies]`, `[dev-dependencies]` and `[build-dependencies]`, and what does `default-features = false` + `features = [\"rustls\"]` do?")),
]
