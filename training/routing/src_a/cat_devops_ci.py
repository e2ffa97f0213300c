from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "devops_ci"
PARENT = "code_generation"

DESCRIPTIONS = [
    "devops",
    "Dockerfiles, CI pipelines, Kubernetes manifests, Terraform",
    "infrastructure as code and CI/CD: GitHub Actions, GitLab CI, Jenkins, Helm charts, k8s YAML, docker-compose, Terraform/Pulumi/CloudFormation",
    "when I'm writing pipeline or deployment config",
    "Use for build & deploy plumbing — containerizing apps, writing workflows, caching in CI, release automation, k8s deployments/services/ingress, cloud infra provisioning.",
    "CI/CD + containers + IaC",
    "platform engineering tasks: multi-stage Docker builds, Helm values, Kustomize overlays, Argo CD apps, Terraform modules, GitHub Actions matrices and reusable workflows",
    "deployment config and pipelines, not application code",
    "DevOps: Dockerfiles, pipelines de CI/CD, manifiestos de Kubernetes y Terraform",
    "DevOps：编写 Dockerfile、CI 流水线、Kubernetes 清单和 Terraform 配置",
]

REQUESTS = [
    conv(
        "what's uv",
        "uv is a very fast Python package and project manager from Astral, written in Rust. It replaces pip, pip-tools, virtualenv and much of poetry: `uv sync` installs from `uv.lock`, `uv run` runs commands in the project env, and it can also install Python versions.",
        "write a dockerfile for a fastapi app, python 3.12, uv for deps, non-root user, small image",
    ),
    r"""GitHub Actions workflow please:
- on PR and push to main
- matrix node 18, 20, 22
- pnpm install with cache
- lint, typecheck, test
- on push to main only: build and publish to npm when package.json version changed (use NPM_TOKEN secret)""",
    "k8s deployment + service + HPA for an api image ghcr.io/acme/api:1.4.2, port 8080, 3 replicas min 10 max, scale on cpu 70%, readiness on /healthz, resource requests 250m/256Mi",
    cc("Add a CI job that runs the integration tests against a real Postgres 16 and Redis 7 (service containers) in .github/workflows/ci.yml. It should only run when files under src/ or migrations/ change.",
       reminders=[reminder_date("2026-03-06")]),
    cc("terraform for an s3 bucket with versioning, SSE-KMS, block public access, lifecycle to glacier after 90 days, and a bucket policy allowing only our vpc endpoint",
       reminders=[reminder_date("2026-03-11")],
       history=("what's in infra/ right now?", "`infra/` has a Terraform root module with `main.tf` (AWS provider 5.x, region eu-west-1), `vpc.tf` (VPC with an S3 gateway endpoint), and `variables.tf`. State is in an S3 backend. No storage buckets are defined yet.",)),
    # German
    "Kannst du mir ein mehrstufiges Dockerfile für eine Spring-Boot-Anwendung (Gradle, Java 21) schreiben? Das finale Image soll möglichst klein sein und als Nicht-Root laufen.",
    "gitlab-ci.yml with stages build, test, deploy; docker-in-docker build pushing to the gitlab registry, deploy to staging automatically on main, to prod manually on tags",
    "docker-compose for local dev: app (build .), postgres 16 with a named volume, redis, mailpit, and the app should wait for postgres to be healthy",
    loop(
        "what's in the deploy folder?",
        [
            (None, [
                ("Bash", {"command": "ls -R deploy | head -30", "description": "List deploy dir"},
                 "deploy:\nhelm\n\ndeploy/helm:\nweb\n\ndeploy/helm/web:\nChart.yaml\ntemplates\nvalues.yaml\n\ndeploy/helm/web/templates:\ndeployment.yaml\ningress.yaml\nservice.yaml"),
            ]),
        ],
        "we need a worker deployment too (same image, command `celery -A app worker -c 4`, no service/ingress). add it to the chart as an optional component toggled by `worker.enabled` in values, with its own replicas and resources",
        reminders=[reminder_date("2026-04-19")],
        wrap="There's one Helm chart at deploy/helm/web with deployment, service and ingress templates.",
    ),
    "jenkinsfile (declarative) for a maven project: checkout, build, test with junit report, sonar scan, archive jar, deploy to nexus only on release/* branches",
    "write an ingress for nginx-ingress routing api.example.com to svc api:80 and app.example.com to svc web:3000, tls via cert-manager letsencrypt-prod issuer",
    # Spanish
    "Necesito un workflow de GitHub Actions que construya la imagen Docker, la suba a Amazon ECR usando OIDC (sin claves de acceso) y despliegue en ECS actualizando el servicio.",
    conv(
        "is it better to use alpine or debian slim for python images",
        "Usually `python:3.x-slim` (Debian). Alpine uses musl, so many wheels (numpy, pandas, cryptography) aren't available prebuilt and compile from source — slower builds and sometimes subtle runtime differences. Slim images are only slightly larger and much less hassle.",
        "ok slim it is. write the Dockerfile for our django app then: collectstatic at build time, gunicorn, healthcheck, and make layer caching good (requirements before code)",
    ),
    "terraform module for an aws rds postgres instance: multi-az optional, parameter group, subnet group from given subnet ids, security group allowing 5432 from a list of sg ids, outputs endpoint and secret arn (manage master password in secrets manager)",
    "cache the cargo registry and target dir properly in github actions for a rust workspace, our builds take 12 min",
    # Chinese
    "帮我写一个 Kubernetes CronJob，每天凌晨 2 点运行数据库备份脚本，镜像是 postgres:16，把 pg_dump 的结果上传到 S3，失败最多重试 2 次，保留最近 3 次的 job 记录。",
    cc("The Docker build takes 9 minutes because every code change reinstalls node_modules. Fix the Dockerfile so deps are cached, and use BuildKit cache mounts for the pnpm store.",
       reminders=[reminder_claudemd("2026-05-08", """
- Monorepo with pnpm workspaces; apps/web and apps/api both have Dockerfiles
- CI builds with docker buildx on GitHub Actions
""")]),
    "helm values for bitnami redis: standalone, auth from existing secret, persistence 8Gi on gp3, metrics enabled with servicemonitor",
    "github action that runs on a schedule every monday, checks for outdated deps with `npm outdated`, and opens an issue with the list if anything is outdated",
    "write a kustomize overlay for prod that bumps replicas to 5, sets the image tag, adds a PodDisruptionBudget and changes the configmap LOG_LEVEL to warn",
    # Japanese
    "GitHub Actions で、main へのマージ時に Terraform の plan を実行して、PR には plan の結果をコメントし、main への push 時だけ apply するワークフローを書いてください。",
    "argo cd application manifest pointing at our repo path k8s/overlays/staging, auto-sync with prune and self-heal, namespace created if missing",
    "terraform: gcp cloud run service from an artifact registry image with min 0 max 10 instances, a service account with secret accessor on 2 secrets, and allow unauthenticated",
    loop(
        "ci is red",
        [
            (None, [
                ("Bash", {"command": "cat .github/workflows/release.yml", "description": "Show release workflow"},
                 "name: release\non:\n  push:\n    tags: ['v*']\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-go@v5\n        with: { go-version: '1.23' }\n      - run: go build -o dist/tool ./cmd/tool\n      - uses: softprops/action-gh-release@v2\n        with: { files: dist/tool }"),
            ]),
        ],
        "never mind the red build, I'll deal with that. while we're here: rewrite this release workflow to use goreleaser — build linux/darwin/windows for amd64+arm64, checksums, homebrew tap update to acme/homebrew-tap",
        reminders=[reminder_date("2026-07-22")],
        wrap="The release workflow builds a single linux binary on tag push and attaches it to a GitHub release.",
    ),
    conv(
        "we're moving off pm2, it keeps losing the process list after reboots",
        "systemd is a solid replacement on a Linux VM: it starts on boot, restarts on failure, handles logs via journald, and you can set the user, working directory and environment in a unit file.",
        "systemd unit file for running our node app with restart on failure, env file /etc/myapp/env, running as user myapp, and log to journald",
    ),
    # French
    "Écris-moi un pipeline Azure DevOps (azure-pipelines.yml) pour une app .NET 8 : restore, build, tests avec couverture, publication de l'artefact, puis déploiement sur un App Service de staging.",
    "pulumi typescript: vpc with 2 public + 2 private subnets across AZs, nat gateway (single, to save money), and an eks cluster with a managed node group of t3.large spot",
    "networkpolicy: pods with app=api can only receive traffic from app=gateway on 8080 and can only egress to postgres (app=db, 5432) and dns",
    conv(
        "how do I see why my github action was skipped",
        "Check the run's summary page: skipped jobs show the `if:` condition that evaluated false. You can also enable debug logging by setting the repo secret `ACTIONS_STEP_DEBUG` to `true` and re-running.",
        "found it, was a paths filter. different thing: add a job to that workflow that builds the docs with mkdocs and deploys to github pages, only on main",
    ),
    "makefile targets for docker: build (with git sha tag), push, run locally with .env, and a `shell` target to exec into the running container",
    # Portuguese
    "Preciso de um Dockerfile para uma aplicação Next.js em produção usando o modo standalone, com imagem final enxuta e rodando como usuário não-root.",
    "write a docker healthcheck + compose depends_on condition so the worker only starts after migrations container exits successfully",
    "cloudformation template (yaml) for an sqs queue with a DLQ after 5 receives, and a lambda (python 3.12, code from s3) subscribed to it with batch size 10",
    cc("set up dependabot (or renovate, your call) for this repo: npm for /, docker for /deploy, github-actions. group minor/patch updates weekly", reminders=[REMINDER_TODO]),
    "statefulset for a 3 node zookeeper-less kafka (kraft) cluster on k8s. yes I know about strimzi, I want to understand the raw manifests",
    # Russian
    "Напиши Helm-чарт для простого веб-сервиса: deployment, service, ingress, configmap и secret, всё параметризуется через values.yaml.",
    "terraform backend config for s3 + dynamodb locking, and the bootstrap tf to create those resources",
    "CircleCI config for a python lib: test on 3.10-3.13 in parallel, upload coverage to codecov, publish to pypi on tags with trusted publishing... wait circleci can't do trusted publishing, use an API token then",
    "github actions reusable workflow for building + pushing docker images that our 12 service repos can call with `uses: acme/.github/.github/workflows/docker.yml@main`, inputs image name and dockerfile path",
    loop(
        "check what's running in the staging namespace",
        [
            (None, [
                ("Bash", {"command": "kubectl -n staging get deploy,svc -o wide", "description": "List staging resources"},
                 "NAME                        READY   UP-TO-DATE   AVAILABLE   AGE    CONTAINERS   IMAGES\ndeployment.apps/checkout    2/2     2            2           41d    checkout     registry.acme.io/checkout:2.3.0\ndeployment.apps/catalog     2/2     2            2           41d    catalog      registry.acme.io/catalog:1.9.4\n\nNAME               TYPE        CLUSTER-IP     PORT(S)    AGE\nservice/checkout   ClusterIP   10.0.14.22     80/TCP     41d\nservice/catalog    ClusterIP   10.0.9.117     80/TCP     41d"),
            ]),
        ],
        "write the manifests to add a canary for checkout using argo rollouts: 10% -> pause 5m -> 50% -> pause 10m -> 100%, with an analysis template on the prometheus error rate metric http_requests_total{status=~\"5..\"}",
        reminders=[reminder_date("2025-12-09")],
        wrap="Staging runs two deployments, `checkout` (2.3.0) and `catalog` (1.9.4), each with 2 replicas and a ClusterIP service.",
    ),
    # Korean
    "GitHub Actions에서 PR마다 프리뷰 환경을 Vercel에 배포하고, PR 코멘트로 URL 남기는 워크플로 작성해 주세요.",
    "bitbucket pipelines yml for a php laravel app: composer install with cache, phpunit, and deploy via ssh + rsync to a VPS on master",
    "write a docker-compose override for running our stack behind traefik with automatic https for app.local.test using mkcert certs",
    "ansible playbook to install docker, add the deploy user to docker group, and run our compose project from /opt/app on a fresh ubuntu 24.04 host",
    conv(
        "do github actions secrets get passed to workflows from forks?",
        "No — for `pull_request` events from forks, repository secrets are not available (except `GITHUB_TOKEN`, which is read-only). That's deliberate so untrusted PR code can't exfiltrate secrets.",
        "ok that explains why the e2e job fails on contributor PRs. change our ci.yml so the e2e job only runs when the PR comes from the same repo (or on push to main), and unit tests still run for everyone",
    ),
]
