from conversation_shapes import u, a, cc, at, tr
import mat as M

EXAMPLES = [
# summarization
("summarization", u(r"""summarise this PR description for my non-technical manager, 3 sentences max, what it means for customers

> **Switch invoice list to cursor pagination (BREAKING for API v1 clients)**
> Offset pagination on /invoices degrades badly past page 200 (p99 9s for our largest accounts) and occasionally skips or repeats rows when invoices are created during paging. This PR replaces `page` with an opaque `next_cursor`. The web app is updated in the same PR. Public API clients using `page` will get a 400 after the 30-day deprecation window; we'll email affected integrators (14 accounts per the access logs).

""" + M.DIFF_PAGINATION_PY)),
("summarization", u("tl;dr this diff for the release channel in one line, people just want to know what changed\n\n" + M.DIFF_LOGIN)),
("summarization", u(r"""Resume este hilo de incidencia para el informe semanal, 4-5 líneas, sin jerga:

[09:02] alerts: p99 latency checkout-api > 3s
[09:05] marta: looking. DB CPU at 95%
[09:09] marta: `SELECT * FROM carts WHERE session_id = $1` doing seq scans, index missing after last night's migration
[09:11] jon: migration 0231 dropped and recreated carts table for the partitioning work, index creation step failed silently
[09:20] marta: CREATE INDEX CONCURRENTLY running
[09:41] marta: index done, latency back to normal
[09:50] jon: adding a check to the migration runner so failed steps abort"""), ),
("summarization", u(r"""can you give me the gist of this RFC in 5 bullets? I have to comment on it but only have 10 minutes

RFC-112: Replace in-house feature flags with OpenFeature + flagd
Motivation: our flag service has no audit log, no percentage rollouts, and evaluation happens over HTTP on every request (p50 12ms). Proposal: adopt the OpenFeature SDKs in all services, run flagd as a sidecar reading flag definitions from a Git repo synced by Argo. Flags become YAML files reviewed via PR. Migration: dual-evaluate for 4 weeks, compare results, then cut over service by service. Risks: sidecar adds ~30MB memory per pod; flag changes now require a PR merge (slower for emergency kills) — mitigated by a "kill switch" override endpoint. Cost: 3 engineer-weeks. Out of scope: experimentation/analytics."""), ),
# language_translation
("language_translation", u(r"""translate this email to German for our partner, keep the code part exactly as is:

Hi Stefan,

thanks for the quick turnaround. We tested the new endpoint and it works, but your side still sends the amount as a float. Could you switch to integer cents like in the example below? Otherwise we get rounding differences on about 1 in 500 invoices.

```json
{ "invoice_id": "INV-2026-0042", "amount_cents": 129990, "currency": "EUR" }
```

Best,
Laura""")),
("language_translation", u(r"""翻訳してください（英語→日本語）。チームのSlackに貼ります。コードはそのままで

Heads up: starting Monday, CI will reject PRs that change package-lock.json without a matching package.json change. If you hit this, run:

```
git checkout origin/main -- package-lock.json && npm install
```
and commit the result."""), ),
("language_translation", u(r"""Traduza para o inglês esse comentário do PR, preciso responder o revisor gringo:

"Concordo que o retry está ingênuo, mas a API do parceiro não é idempotente, então não dá pra simplesmente repetir o POST. Vou adicionar o header `Idempotency-Key` quando eles liberarem (previsão: próxima sprint). Por enquanto deixei só 1 tentativa." """)),
("language_translation", u(r"""Tradu ce message en anglais pour l'issue GitHub, ton poli :

Bonjour, depuis la version 2.4.0 la commande `dbsnap restore --tag latest` ignore l'option --dsn et utilise toujours la variable d'environnement. Voici la sortie :

```
$ dbsnap restore --tag latest --dsn postgres://localhost/test
restoring into postgres://prod-db/app ...
```
C'est assez dangereux, on a failli écraser la prod. Merci !""")),
("language_translation", u(r"""translate to Spanish, it's the changelog section for our LATAM customers:

### 3.2.0
- Exports: invoices can now be downloaded as XLSX.
- Fixed: session expired too early on Safari.
- Search is about 3x faster for large catalogs.""")),
# creative_writing
("creative_writing", u(r"""write a short joke about this stack trace for the team channel, we finally fixed it after 3 days

```
java.lang.NullPointerException: Cannot invoke "String.length()" because "<local4>" is null
    at com.acme.util.StringUtils.isBlank(StringUtils.java:12)
    at com.acme.util.StringUtils.isNotBlank(StringUtils.java:16)
    at com.acme.orders.Validator.validate(Validator.java:88)
```
(yes, the null check was throwing NPE)""")),
("creative_writing", u("write a haiku about this diff, it's my last PR before leaving the company\n\n" + M.DIFF_RETRY_GO)),
("creative_writing", u(r"""make a dramatic movie-trailer style voiceover about this commit log, for the sprint demo intro lol

```
a1f9 fix prod
b2e0 fix prod again
c3d1 revert "fix prod again"
d4c2 actually fix prod
e5b3 remove console.log
```""")),
("creative_writing", u(r"""Schreib ein kurzes Gedicht über diese YAML-Einrückung, die uns den ganzen Freitag gekostet hat:

```yaml
spec:
  containers:
  - name: api
     image: api:1.2
```""")),
# business_writing
("business_writing", u(r"""Draft an email to our enterprise customer explaining the outage yesterday. Facts: 42 minutes of failed logins 14:05-14:47 UTC, caused by a session cookie change in a deploy (diff below for your context, don't put code in the email), rolled back, no data exposed. Apologetic but not grovelling.

""" + M.DIFF_LOGIN)),
("business_writing", u(r"""Write a short Slack announcement for the whole company (non-engineers too) that from next week expense reports are exported as CSV instead of PDF. Context for you: this is the change

```diff
--- a/exports/config.yaml
+++ b/exports/config.yaml
@@ -1,3 +1,3 @@
 expense_report:
-  format: pdf
+  format: csv
   schedule: "0 6 * * MON"
```""")),
("business_writing", u(r"""Préparame un mail à la direction pour justifier le budget : on doit passer ces 3 instances à la taille au-dessus, le plan Terraform est ci-dessous, surcoût ≈ 1 400 €/mois. Ton factuel.

```
  ~ resource "aws_db_instance" "core" {
      ~ instance_class = "db.r6g.large" -> "db.r6g.xlarge"
    }
  ~ resource "aws_elasticache_cluster" "cache" {
      ~ node_type = "cache.m6g.large" -> "cache.m6g.xlarge"
    }
  ~ resource "aws_instance" "search" {
      ~ instance_type = "r6i.large" -> "r6i.xlarge"
    }
```""")),
# chit_chat
("chit_chat", [u("review this please\n\n```python\ndef pct(a, b):\n    return round(a / b * 100, 1) if b else 0.0\n```"),
     a("Looks fine: guards against division by zero and rounds to one decimal. Only nit: returning `0.0` when `b == 0` hides a data problem; some teams prefer `None` there so the UI shows \"n/a\"."),
     u("ha fair, I'll leave it. thanks, that's all for today!")]),
("chit_chat", [u("why does this return the wrong row?\n\n```sql\nSELECT * FROM prices WHERE sku = 'A1' ORDER BY valid_from LIMIT 1;\n```"),
     a("It returns the oldest price because `ORDER BY` defaults to ascending. For the current price you want `WHERE valid_from <= now() ORDER BY valid_from DESC LIMIT 1`."),
     u("omg. 2 hours on that. I need a coffee ☕ thank you")]),
("chit_chat", u(r"""lol look at this diff my coworker sent with the message "small fix" 😂 no need to do anything, just needed to share with someone

```diff
--- a/src/app.js
+++ b/src/app.js
@@ -1,3 +1,3 @@
-if (user.isAdmin == true) {
+if (user.isAdmin == true || true) {
   showAdminPanel();
 }
```""")),
("chit_chat", u("merci pour la review de ce matin, le PR est mergé. bon week-end !")),
("chit_chat", [cc("ok everything is green now. you've been great, see you tomorrow", d=2)]),
# git_help
("git_help", u(r"""this diff has two unrelated changes in the same file. how do I commit them separately with git? I only know `git add .`

```diff
--- a/src/api.ts
+++ b/src/api.ts
@@ -3,7 +3,7 @@ import axios from 'axios';
-const BASE = 'https://api.acme.io/v1';
+const BASE = process.env.API_BASE ?? 'https://api.acme.io/v1';
@@ -40,6 +40,9 @@ export async function getUser(id: string) {
   return data;
 }
+export async function getTeams() {
+  return (await axios.get(`${BASE}/teams`)).data;
+}
```""")),
("git_help", u("push this branch and open a draft PR against develop, title \"cursor pagination for invoices\"")),
("git_help", u("I accidentally committed the .env with the DB password in my last commit (not pushed yet). how do I undo that but keep my other changes?")),
("git_help", u("como faço pra trazer só esse commit da branch hotfix pra main? é o `9f2c1ab`")),
("git_help", [cc("revert the last deploy commit on main and push, we need to roll back now", d=5),
     at("", ("Bash", {"command": "git log --oneline -3 main"})),
     tr("4e1d7a2 deploy: ledger-api 2.18.0\n91bc003 chore: bump deps\n0a77f10 feat: cursor pagination\n"),
     u("yes 4e1d7a2, go")]),
# product_management
("product_management", u(r"""turn this PR description into user stories with acceptance criteria for the backlog, we need to document what was actually shipped:

> Adds CSV import for contacts. Admins can upload a CSV (name, email, phone). Existing contacts (matched by email) are updated. Rows with invalid email are skipped and reported. Max 10k rows."""), ),
("product_management", u(r"""Here are the 6 tickets left for the sprint. We can only fit 3. Help me prioritise, from a product point of view (not technical):

1. Cursor pagination for invoices API (2 enterprise customers complaining)
2. Dark mode toggle persists across reloads (bug, many low-value complaints)
3. XLSX export (sales says it blocks 2 deals)
4. Migrate CI from Jenkins to GH Actions (internal)
5. Rate limiting on /signup (spam signups last week)
6. Refactor pricing module (tech debt)""")),
("product_management", u("Escribe un PRD de una página para la funcionalidad de webhooks configurables por cliente: problema, usuarios, alcance, métricas de éxito. No técnico")),
# math_help
("math_help", u(r"""quick math: our IDs are 8 random chars from [a-z0-9]. at 2M new IDs per year, what's the chance of at least one collision after 5 years? show the birthday-bound calculation""")),
("math_help", u(r"""from this manifest: 2 replicas with a 768Mi limit each, and we want to go to 6 replicas plus 25% headroom on the nodes. how many GiB of node memory is that? just the arithmetic please

```yaml
replicas: 2
resources:
  limits:
    memory: 768Mi
```""")),
("math_help", u("Wenn ein Request mit 3 Retries und Backoff 0.2s, 0.4s, 0.8s fehlschlägt und jeder Versuch 2s Timeout hat, wie lange dauert es im schlimmsten Fall insgesamt?")),
# data_analysis
("data_analysis", u(r"""what does this tell us? query output from last quarter, I need a take for the ops review

```
 week | deploys | failed | rollback | mttr_min
------+---------+--------+----------+---------
  01  |   14    |   1    |    0     |   12
  02  |   19    |   2    |    1     |   35
  03  |   22    |   4    |    2     |   48
  04  |   11    |   0    |    0     |    0
  05  |   25    |   5    |    3     |   61
  06  |   27    |   6    |    3     |   55
```""")),
("data_analysis", u(r"""I ran this and got the numbers below. Is there a meaningful difference between A and B or is it noise?

```sql
SELECT variant, COUNT(*) AS users, SUM(converted::int) AS conv
FROM experiment_checkout_v2 GROUP BY variant;
```
```
 variant | users | conv
---------+-------+------
 A       | 10412 |  518
 B       | 10387 |  571
```""")),
# general_knowledge
("general_knowledge", u("why is it called a 'unified diff'? what was the non-unified format, historically?")),
("general_knowledge", u("who came up with the name Kubernetes and what does it mean? a colleague claims it's Greek for 'captain'")),
("general_knowledge", u("YAML の名前の由来って何ですか？ 'Yet Another Markup Language' だと思ってたんですが")),
# life_advice
("life_advice", u(r"""My PR got 47 comments from a senior dev, some of them like "why would anyone do this??". Here's one hunk he commented on. I'm not asking about the code, I'm asking how to handle this with him and my manager without looking defensive.

```diff
@@ -12,3 +12,3 @@
-    for i in range(len(items)):
-        process(items[i])
+    for item in items:
+        process(item)
```""")),
("life_advice", u("I've been doing mostly YAML and Terraform for 2 years and I feel like I'm not a 'real' developer anymore. should I switch teams to do more application code? I'm 29, platform team, decent pay")),
("life_advice", u("devo accettare l'offerta come tech lead o restare senior IC? mi piace scrivere codice ma vorrei crescere. qualche consiglio su come decidere?")),
("chit_chat", [cc("add the missing index and run the tests", d=5),
     at("Added the migration. Running the suite now.", ("Bash", {"command": "pytest -q"})),
     tr((M.REJECT, True), text=M.INTERRUPTED),
     u("nah I'll run them in CI tomorrow, it's 11pm. thanks, good night 🌙")]),
("git_help", [cc("commit this with the message you suggested and push", d=0),
     at("", ("Bash", {"command": "git status --short"})),
     tr(" M api/views/invoices.py\n M tests/api/test_invoices.py\n?? api/pagination.py\n"),
     u("yes all three, push to origin feature/cursor-pagination and set upstream")]),
("language_translation", u(r"""Переведи на английский комментарий для ревьюера, код не трогай:

Я поменял порядок проверок, потому что раньше мы сначала ходили в базу, а уже потом проверяли права. Теперь сначала `can_view(user, doc_id)`, и только если True — `SELECT`. Тесты на 403 добавлю отдельным PR.""")),
("creative_writing", u(r"""write a tiny bedtime story for my kid where the hero is this dockerfile line that refuses to be cached 😅

`COPY . .`""")),
]
