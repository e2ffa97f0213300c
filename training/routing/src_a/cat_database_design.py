from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "database_design"
PARENT = "architecture"

DESCRIPTIONS = [
    "database design",
    "schema design, normalisation, indexing strategy and choosing a database",
    "data modelling: tables, relationships, keys, constraints, how to structure the data for the queries we need",
    "when I'm figuring out how to store something",
    "Use for ER modelling, normal forms vs denormalization, many-to-many and polymorphic associations, soft deletes, multi-tenancy at the schema level, partitioning and sharding keys, which indexes to create, SQL vs NoSQL choice.",
    "schema & index design for Postgres/MySQL/MongoDB/DynamoDB/Cassandra",
    "design my tables",
    "designing the data model before writing queries — primary keys (UUID vs bigint), audit/history tables, time-series layout, single-table design in DynamoDB",
    "Conception de base de données : schéma, normalisation, index et choix du SGBD",
    "数据库设计：表结构、范式、索引策略以及数据库选型",
]

REQUESTS = [
    conv(
        "building a little blog engine in go as a side project, learning as I go",
        "Nice project for learning Go — you touch HTTP, templates, and a database. What are you working on at the moment?",
        "how should I model tags for blog posts in postgres? array column, jsonb, or a join table",
    ),
    r"""Design a schema for a multi-vendor marketplace:
- vendors have products with variants (size/color), each variant has its own SKU, price and stock
- customers place orders that can contain items from multiple vendors; each vendor ships their part separately
- need refunds per item, and price at time of purchase must be kept
Postgres. Tables, keys, constraints, and the indexes you'd start with.""",
    cc("uuid vs bigint auto increment for primary keys? we're on postgres, some ids are exposed in URLs",
       reminders=[reminder_date("2026-02-12")],
       history=("scaffold the initial migration for users and workspaces", "Created `migrations/0001_init.sql` with `users` and `workspaces` tables plus a `workspace_members` join table. I used `bigserial` primary keys for now — say if you'd prefer something else before we build on it.",)),
    cc("Look at our current schema (db/schema.sql) and propose how to add multi-tenancy: every table gets an org_id? which constraints/indexes change, how FKs should include org_id, and whether RLS is worth it. Just the design, no migration yet.",
       reminders=[reminder_date("2026-01-30")]),
    "I need to store user activity events (50M/day) and query them by user + time range and by event type for dashboards. postgres with partitioning, timescale, clickhouse? how would the table look",
    # German
    "Wie modelliere ich am besten eine Hierarchie (Kategorien mit beliebig tiefen Unterkategorien) in PostgreSQL? Adjacency List, Nested Sets, Materialized Path oder ltree? Wir lesen viel mehr als wir schreiben.",
    "dynamodb single-table design for: users, orgs, memberships (user in many orgs with role), and projects per org. access patterns: get user's orgs, get org's members, get org's projects, get project by id",
    "which indexes should this table have? queries below\n\n```sql\nCREATE TABLE tickets (\n  id bigserial primary key,\n  org_id bigint not null,\n  assignee_id bigint,\n  status text not null,\n  priority int not null,\n  created_at timestamptz not null default now(),\n  closed_at timestamptz\n);\n-- 1) open tickets for an org ordered by priority desc, created_at\n-- 2) tickets assigned to a user, not closed\n-- 3) count closed per org per day for last 30 days\n```",
    conv(
        "what's 3NF again",
        "Third normal form: the table is in 2NF (no partial dependency on part of a composite key) and has no transitive dependencies — every non-key column depends only on the key, not on another non-key column. E.g. storing `zip` and `city` together violates 3NF if city is determined by zip.",
        "ok here's our orders table, is it normalized enough or should I split it? orders(id, customer_name, customer_email, customer_address, product_name, product_price, qty, order_date, shipping_company, shipping_company_phone)",
    ),
    "polymorphic associations: comments can belong to posts, photos or videos. commentable_type/commentable_id like rails, or separate FK columns, or separate tables? I care about FK integrity",
    # Spanish
    "Estoy diseñando la base de datos para un sistema de reservas de hotel. ¿Cómo modelo habitaciones, tipos de habitación, tarifas por temporada y reservas para evitar dobles reservas? PostgreSQL.",
    "mongo schema design for a chat app: conversations, participants, messages (could be millions per conversation). embed or reference? what indexes",
    loop(
        "show me the models",
        [
            (None, [
                ("Read", {"file_path": "/repo/app/models.py"},
                 " 1\tclass Product(models.Model):\n 2\t    name = models.CharField(max_length=200)\n 3\t    attributes = models.JSONField(default=dict)  # color, size, material, voltage, ...\n 4\t    category = models.CharField(max_length=50)\n 5\t\n 6\t\n 7\tclass Price(models.Model):\n 8\t    product = models.ForeignKey(Product, on_delete=models.CASCADE)\n 9\t    amount = models.DecimalField(max_digits=10, decimal_places=2)\n10\t    currency = models.CharField(max_length=3)\n11\t    valid_from = models.DateTimeField()\n"),
            ]),
        ],
        "we now need faceted filtering on attributes (color=red AND size in (M,L)) across 2M products, and attributes differ per category. keep jsonb with GIN, go EAV, or typed columns per category? recommend a data model and indexes",
        reminders=[reminder_date("2026-05-02")],
        wrap="`Product` stores arbitrary attributes in a JSONField plus a free-text category; `Price` holds time-versioned prices with `valid_from`.",
    ),
    "how do I keep a full history of changes to a `contracts` table (who changed what when, and be able to see the contract as of any date)? temporal tables, history table with triggers, event log?",
    conv(
        "legal says we need to be able to restore deleted customer records for 90 days",
        "Understood — so deletes need to be reversible for 90 days, and presumably hard-deleted after that (worth confirming with legal whether GDPR erasure requests override this). That affects how the tables are designed.",
        "soft delete: deleted_at column vs moving rows to an archive table. what about unique constraints on email when a user is soft-deleted and signs up again",
    ),
    # Chinese
    "我们要设计一个多级分销系统的数据库，用户之间有上下级关系（最多 3 级），需要快速查询某个用户的所有下级和统计佣金。表结构应该怎么设计？用 MySQL。",
    cc("Design the tables for the new subscription billing feature (plans, prices with versions, subscriptions, subscription items, invoices, invoice lines, usage records for metered billing). Write it as a draft in docs/design/billing-schema.md with an ER diagram in mermaid.",
       reminders=[reminder_claudemd("2026-06-19", """
Database: Postgres 16. Money stored as bigint minor units + currency char(3).
All tables have created_at/updated_at timestamptz.
""")]),
    cc("should I use postgres enums, a lookup table, or a text column with a check constraint for order status?",
       history=("add a 'partially_refunded' status to orders", "The `status` column on `orders` is `varchar(20)` with no constraint; the allowed values are only enforced in `OrderStatus` in app/models/order.py. I added `PARTIALLY_REFUNDED` there.",)),
    "is it ok to store a user's settings as one jsonb column instead of 30 columns? we query maybe 3 of them",
    "cassandra data model for IoT sensor readings: query = last 24h of readings for a sensor, and daily max per sensor for a month. partition key design so partitions don't get huge",
    # Japanese
    "SNSのフォロー機能のテーブル設計について相談です。ユーザー数は1000万人規模で、フォロワー一覧・フォロー一覧・相互フォロー判定を高速にしたいです。RDBでどう設計すべきですか？",
    "we're choosing a db for a new product: mostly relational data (users, orgs, invoices) plus a document-ish part (user-built forms with arbitrary fields). postgres only or postgres + mongo?",
    conv(
        "our db is slow",
        "Can you share more — which queries are slow, table sizes, and the database engine? EXPLAIN ANALYZE output for the worst query would help.",
        "it's less about one query. the `events` table is 1.2TB in a single postgres table and everything touching it is slow, vacuum takes forever. how should it be restructured — partition by time? by tenant? both? what's the partition key and granularity",
    ),
    conv(
        "what's a junction table",
        "A junction (join/associative) table implements a many-to-many relationship: it holds foreign keys to both tables, e.g. `post_tags(post_id, tag_id)`, usually with a composite primary key on the pair.",
        "how to model a many-to-many with extra data, like students enrolled in courses with a grade and enrollment date? and should the join table have its own id",
    ),
    # French
    "Je conçois le schéma d'une application de gestion de stock multi-entrepôts. Comment modéliser les mouvements de stock (entrées, sorties, transferts) pour avoir des quantités fiables et un historique complet ?",
    "composite index column order: (status, created_at) or (created_at, status)? queries filter by status and sort by created_at",
    "designing the schema for a permissions system: users, groups, roles, permissions, and resource-level grants (user X can edit project Y). how to make 'can user do Z on resource R' a fast query",
    "redis data structures for a leaderboard with 5M players: top 100, a player's rank, and players around a given rank. also daily/weekly boards",
    # Portuguese
    "Estou modelando um banco para um app de delivery: restaurantes, cardápios com opcionais (ex.: ponto da carne, adicionais pagos), pedidos e entregadores. Como fica o modelo relacional dos opcionais?",
    "should i denormalize the comment count onto posts? how to keep it consistent — trigger, app code, or periodic job",
    "table design for a double-entry ledger. accounts, transactions, entries; how to enforce that entries of a transaction sum to zero and keep balances queryable fast",
    cc("we store addresses inline on users, orders and warehouses (street1, street2, city, ...) duplicated in 3 tables. should addresses be their own table? note orders need the address as it was at order time", reminders=[REMINDER_TODO]),
    "elasticsearch mapping design for product search: multilingual names (en/de/fr), facets on brand/category/price, autocomplete. what field types and analyzers",
    # Russian
    "Как лучше спроектировать схему БД для системы бронирования переговорных комнат, чтобы на уровне базы исключить пересечение бронирований? PostgreSQL.",
    "we have a `users` table with 140 columns. how do I decide what to split out (profile, preferences, billing...) and is a 1:1 split even worth it",
    "graph-ish data: people, companies, investments, board seats, and we need queries like 'shortest path between two people via companies'. postgres with recursive CTEs or neo4j? how would the model look in each",
    "time zones in the schema: store timestamptz everywhere? what about recurring events at '9am local time' for users in many zones",
    "sharding key choice for our orders table when we outgrow one postgres: customer_id vs order_id vs region. cross-shard queries we need: admin search by order number",
    loop(
        "count rows in the big tables",
        [
            (None, [
                ("Bash", {"command": "psql -Atc \"select relname, n_live_tup from pg_stat_user_tables order by n_live_tup desc limit 5\"", "description": "Largest tables"},
                 "notifications|412883120\nsessions|38211004\naudit_log|21009333\nusers|3120441\norgs|44102"),
            ]),
        ],
        "notifications is 412M rows and only ever read for the last 30 days per user (+ unread count). rethink the table design: retention, partitioning, how to keep unread counts cheap, indexes",
        reminders=[reminder_date("2026-08-28")],
        wrap="`notifications` dominates at ~413M rows, then `sessions` (38M) and `audit_log` (21M).",
    ),
    # Korean
    "쇼핑몰 주문 테이블을 설계하고 있는데, 주문 상태 변경 이력도 남겨야 합니다. 주문 테이블과 상태 이력 테이블을 어떻게 나누고 인덱스는 어떻게 잡는 게 좋을까요?",
    "i18n content in the db: product name/description in 12 languages. translation table per entity, jsonb column {en:..., de:...}, or one generic translations table?",
    "what indexes for a mysql table used as a job queue (status, run_at, priority) polled by 20 workers with SELECT ... FOR UPDATE SKIP LOCKED",
    "how to design a schema for survey responses where each survey has different questions (text, multiple choice, rating, matrix) and we need to aggregate answers",
    "design the sessions table for postgres: we want to store a hash of the token not the token, expiry, device/user-agent, last_seen, and be able to list + revoke a user's sessions. ~200k active users. columns, keys, indexes, and how expired rows get cleaned up",
    "nullable foreign key vs separate table for optional relationship (an order may have a coupon). which is cleaner and why",
]
