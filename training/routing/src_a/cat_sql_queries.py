from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "sql_queries"
PARENT = "code_generation"

DESCRIPTIONS = [
    "SQL",
    "writing or optimising SQL queries and database migrations",
    "help me write a query",
    "Use for SQL work: SELECTs with joins, aggregations, window functions, CTEs, upserts, and migration scripts (ALTER TABLE, backfills) for Postgres, MySQL, SQLite, SQL Server, BigQuery, Snowflake.",
    "query writing & tuning — EXPLAIN ANALYZE output, slow queries, rewriting subqueries, pagination queries",
    "anything where the answer is a SQL statement",
    "ORM query help too (SQLAlchemy, Prisma, ActiveRecord, Django ORM) when it's about getting the right rows back efficiently",
    "writing reporting/analytics queries and schema migrations (Flyway, Alembic, Rails migrations, Liquibase)",
    "Consultas SQL: escribir, corregir y optimizar queries y migraciones",
    "SQL-Abfragen schreiben und optimieren, Datenbankmigrationen",
]

REQUESTS = [
    conv(
        "marketing wants a 'VIP customers' email campaign next week",
        "Fun. The first step is usually defining who counts as a VIP — total spend, order count, recency, or a mix — and pulling that list from the database.",
        "sql to get the top 5 customers by total spend in the last 90 days. tables: customers(id, name), orders(id, customer_id, total, created_at). postgres",
    ),
    r"""I need the second highest salary per department, ties should both show. MySQL 8.

employees(id, name, dept_id, salary), departments(id, name)""",
    cc("write an alembic migration that adds `archived_at timestamptz null` to projects, backfills it from the old `is_archived` bool (use updated_at as the timestamp), then drops is_archived. needs to be safe to run on a big table — batch the backfill",
       reminders=[reminder_date("2026-01-13")]),
    r"""This query takes 14s. How can I make it faster? Postgres 15.

```sql
SELECT *
FROM events e
WHERE e.user_id IN (SELECT id FROM users WHERE org_id = 42)
  AND date(e.created_at) = '2024-06-01'
ORDER BY e.created_at DESC
LIMIT 100;
```

EXPLAIN ANALYZE shows Seq Scan on events (rows=48M). There is an index on events(created_at) and on events(user_id).""",
    cc("running total of daily signups for the last 30 days incl. days with zero signups. users(id, created_at). postgres",
       reminders=[reminder_date("2026-04-06")],
       history=("add a signups chart to the admin dashboard, I'll give you the data source in a sec", "Added a `SignupsChart` component to `admin/Dashboard.tsx` that expects `{ day: string, total: number }[]` from `/admin/api/signups`. The endpoint is stubbed and returns an empty list until we wire up the query.",)),
    # Spanish
    "Necesito una consulta SQL que me devuelva, para cada producto, el mes en que más se vendió. Tablas: ventas(id, producto_id, cantidad, fecha), productos(id, nombre). Es PostgreSQL.",
    "upsert in postgres: insert a row into daily_stats(day, metric, value) or add to value if (day, metric) exists",
    conv(
        "our CRM import ran twice",
        "Ouch — so you likely have duplicate contacts now. Before deleting anything, it's worth taking a backup or copying the affected rows to a scratch table, then deciding how to identify duplicates (exact email match, normalized email, etc.).",
        "how do I delete duplicate rows keeping the one with the lowest id? table contacts(id, email, name, ...) duplicates by lower(email). sql server",
    ),
    conv(
        "do you know bigquery?",
        "Yes — BigQuery uses GoogleSQL (standard SQL) with some specifics: `ARRAY`/`STRUCT` types, `UNNEST` for arrays, partitioned and clustered tables, `QUALIFY` for filtering on window functions, and billing by bytes scanned.",
        "great. events table has (user_id, event_name, ts, params ARRAY<STRUCT<key STRING, value STRING>>). write a funnel query: users who did 'view_item' then 'add_to_cart' then 'purchase' within 24h, per day, with conversion rate at each step",
    ),
    r"""Can you turn this into a single query instead of N+1? Django ORM

```python
for author in Author.objects.all():
    print(author.name, author.book_set.filter(published=True).count())
```""",
    # German
    "Ich brauche eine SQL-Abfrage (PostgreSQL), die für jeden Nutzer die längste Serie aufeinanderfolgender Login-Tage berechnet. Tabelle: logins(user_id, login_date).",
    "mysql: find orders that have no matching shipment, and ones where shipment date is before order date (data quality check). orders(id, created_at), shipments(id, order_id, shipped_at)",
    loop(
        "connect to the dev db and show me the tables",
        [
            (None, [
                ("Bash", {"command": "psql $DEV_DATABASE_URL -c '\\dt'", "description": "List tables in dev DB"},
                 "              List of relations\n Schema |       Name        | Type  | Owner\n--------+-------------------+-------+-------\n public | accounts          | table | app\n public | invoices          | table | app\n public | invoice_lines     | table | app\n public | payments          | table | app\n public | plans             | table | app\n public | subscriptions     | table | app\n(6 rows)"),
            ]),
            (None, [
                ("Bash", {"command": "psql $DEV_DATABASE_URL -c '\\d invoices' -c '\\d payments'", "description": "Describe invoices and payments"},
                 "                 Table \"public.invoices\"\n   Column    |           Type           | Nullable\n-------------+--------------------------+---------\n id          | bigint                   | not null\n account_id  | bigint                   | not null\n issued_at   | timestamp with time zone | not null\n due_at      | timestamp with time zone | not null\n total_cents | bigint                   | not null\n status      | text                     | not null\n\n                 Table \"public.payments\"\n   Column    |           Type           | Nullable\n-------------+--------------------------+---------\n id          | bigint                   | not null\n invoice_id  | bigint                   | not null\n paid_at     | timestamp with time zone | not null\n amount_cents| bigint                   | not null"),
            ]),
        ],
        "write me an AR aging report query: per account, outstanding balance bucketed into current / 1-30 / 31-60 / 61-90 / 90+ days past due, as of today. partial payments exist",
        reminders=[reminder_date("2026-03-31")],
        wrap="Six tables. `invoices` has account_id, issued_at, due_at, total_cents and status; `payments` references invoice_id with paid_at and amount_cents.",
    ),
    "sqlite: select the latest row per device from readings(device_id, ts, value). table is ~5M rows, what index do I need too",
    "write a recursive CTE that returns the full path of each category like 'Electronics > Phones > Android'. categories(id, parent_id, name)",
    # Chinese
    "帮我写一条 MySQL 查询：统计每个用户最近 7 天每天的订单数，没有订单的日子也要显示 0。表 orders(id, user_id, created_at)。",
    "prisma query: get posts with their author and the 3 most recent comments each, only published posts, paginated by cursor",
    cc("The dashboard query in src/queries/revenue_by_plan.sql is slow (8s). Here's the plan from EXPLAIN (ANALYZE, BUFFERS) in tmp/plan.txt. Rewrite the query and suggest indexes to get it under 500ms.",
       reminders=[reminder_claudemd("2026-05-21", """
Postgres 16. Migrations via sqitch in db/. Never edit applied migrations, add new ones.
""")]),
    "pivot query: turn rows (student, subject, grade) into one row per student with a column per subject (math, physics, chemistry). postgres, no crosstab extension if possible",
    r"""what's wrong with my GROUP BY? mysql 8 complains ONLY_FULL_GROUP_BY

```sql
SELECT user_id, email, MAX(created_at) FROM sessions GROUP BY user_id;
```
I want each user's latest session with its email""",
    # Japanese
    "PostgreSQLで、注文テーブルから各顧客の初回購入日と2回目購入日の差（日数）を求めるSQLを書いてください。orders(id, customer_id, ordered_at)",
    "rails migration to add a unique index on users.email case-insensitively, without locking the table (postgres). existing dupes need handling first",
    "sum of revenue per week, weeks starting monday, snowflake. orders(order_id, amount, created_at TIMESTAMP_TZ)",
    conv(
        "explain the difference between WHERE and HAVING",
        "`WHERE` filters rows before grouping/aggregation; `HAVING` filters groups after aggregation, so it can reference aggregates like `COUNT(*)`.",
        "ok so write me one: customers who placed more than 3 orders in 2024 but none so far in 2025, with their last order date",
    ),
    "write a flyway migration (V7__...) that splits the `name` column in `contacts` into first_name and last_name, backfilling by splitting on the first space",
    # French
    "J'ai besoin d'une requête SQL (PostgreSQL) qui calcule la moyenne mobile sur 7 jours du chiffre d'affaires quotidien. Table ventes(id, montant, date_vente).",
    "SQLAlchemy 2.0 select: users with their total order amount, including users with zero orders, ordered by total desc. models User, Order(user_id, amount)",
    "optimize this please, takes forever on mysql with 20M rows\n\n```sql\nSELECT COUNT(*) FROM page_views WHERE YEAR(viewed_at) = 2024 AND MONTH(viewed_at) = 5 AND url LIKE '%/pricing%';\n```",
    loop(
        "run the slow query log digest",
        [
            (None, [
                ("Bash", {"command": "pt-query-digest /var/log/mysql/slow.log --limit 1 2>/dev/null | sed -n '1,40p'", "description": "Top slow query"},
                 "# Query 1: 2.11 QPS, 9.80x concurrency, ID 0x7A1B...\n# Time range: 2026-07-14T00:00:02 to 2026-07-14T09:12:40\n# Exec time     83%  32410s   4.6s   ...\n# Rows examine       1.9M avg\n# Rows sent          20 avg\nSELECT p.id, p.title, COUNT(c.id) AS comments\nFROM posts p LEFT JOIN comments c ON c.post_id = p.id\nWHERE p.status = 'published'\nGROUP BY p.id\nORDER BY p.published_at DESC\nLIMIT 20\\G"),
            ]),
        ],
        "yeah that's the homepage one. rewrite it so it doesn't examine 1.9M rows per call — the comment count only matters for those 20 posts",
        reminders=[reminder_date("2026-07-14")],
    ),
    cc("generate SQL to create a read-only role `analyst` that can select on all current and future tables in schema `reporting`, postgres",
       history=("the data team wants to connect metabase to our prod db", "Safest is to point Metabase at a read replica if you have one, and give it a dedicated database role with read-only access limited to the schema they need, rather than the app's credentials.",)),
    # Portuguese
    "Como faço uma query para encontrar intervalos de tempo sobrepostos na tabela reservas(id, sala_id, inicio, fim)? Quero listar os pares de reservas conflitantes da mesma sala.",
    "write a knex migration for a `tags` table and `post_tags` join table with FKs and cascade delete",
    "how do i do a case-insensitive search across first_name, last_name and email with one index? postgres, currently using ILIKE '%foo%' on each and it's slow",
    cc("add a migration in db/migrations/ that converts the `status` varchar column on `tickets` to a postgres enum type ticket_status ('open','pending','closed'). fail loudly if there are values outside that set", reminders=[REMINDER_TODO]),
    # Russian
    "Напиши SQL-запрос (PostgreSQL): для каждого отдела вывести сотрудника с самой высокой зарплатой и разницу между его зарплатой и средней по отделу.",
    "cohort retention query: month of signup as cohort, % of users active in month 0,1,2,...6 after signup. users(id, created_at), activity(user_id, occurred_at). postgres",
    "ActiveRecord: find users who have at least one order in every one of the last 3 months. User has_many :orders",
    "Write a query that finds gaps in an invoice number sequence (invoice_no is int). mysql 8",
    conv(
        "what's a good tool for db migrations in go",
        "Popular options: golang-migrate (plain SQL up/down files, CLI + library), goose (SQL or Go migrations), and Atlas (declarative, diff-based). For straightforward SQL-first workflows, goose or golang-migrate are the simplest.",
        "going with goose. write the migration: create table audit_log (id bigserial, actor_id, action text, entity_type, entity_id, payload jsonb, created_at) + index on (entity_type, entity_id, created_at desc), and the down migration",
    ),
    # Korean
    "MySQL에서 카테고리별로 가장 최근에 등록된 상품 3개씩 가져오는 쿼리 작성해 주세요. products(id, category_id, name, created_at)",
    "JSONB question: find rows in `settings` where data->'notifications'->>'email' = 'true' and add a GIN index that actually gets used for it",
    "merge statement for sql server to sync staging_products into products (insert new, update changed price/name, soft-delete missing by setting active=0)",
    "clickhouse: p50/p95/p99 latency per endpoint per 5 minute bucket for the last 6h from requests(ts DateTime, endpoint String, duration_ms UInt32)",
    "I keep getting deadlocks on this update in postgres when two workers run at once — how should I write the job-claiming query instead?\n\n```sql\nUPDATE jobs SET status='running', worker=$1 WHERE id = (SELECT id FROM jobs WHERE status='queued' ORDER BY created_at LIMIT 1) RETURNING *;\n```",
    "Mi serve una query SQL (PostgreSQL) che per ogni cliente restituisca l'ultimo ordine e il totale speso nell'anno corrente. Tabelle: clienti(id, nome), ordini(id, cliente_id, totale, data). Anche i clienti senza ordini devono comparire.",
]
