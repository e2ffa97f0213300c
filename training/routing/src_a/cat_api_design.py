from common import conv, cc, loop, reminder_date, reminder_claudemd, REMINDER_TODO

CATEGORY = "api_design"
PARENT = "architecture"

DESCRIPTIONS = [
    "API design",
    "designing REST, GraphQL and gRPC APIs: resources, versioning, error models, pagination",
    "how should this endpoint look?",
    "Use when I'm deciding on URL structure, HTTP methods and status codes, request/response shapes, GraphQL schemas, protobuf service definitions, auth schemes, idempotency keys, rate-limit headers, or breaking-change policy.",
    "designing the contract of an API before implementing it (OpenAPI / GraphQL SDL / .proto)",
    "REST resource modelling, API versioning & deprecation, consistent error formats (RFC 9457 problem+json), filtering/sorting/pagination conventions",
    "public API & SDK ergonomics — what would a good developer experience look like for consumers",
    "api contract design",
    "Diseño de APIs REST, GraphQL y gRPC: recursos, versionado, errores y paginación",
    "API設計（REST・GraphQL・gRPC のエンドポイント、バージョニング、エラー形式、ページネーション）",
]

REQUESTS = [
    "REST question: should 'cancel order' be POST /orders/{id}/cancel or PATCH /orders/{id} with status=cancelled? what do big APIs do",
    r"""Designing the public API for our scheduling product. Resources: organizations, calendars, events, attendees, availability.
Requirements: events can be recurring (RRULE), attendees can RSVP, external apps can subscribe to changes.
Can you propose the resource hierarchy, main endpoints, and how recurring-event exceptions should be represented?""",
    conv(
        "can you help me clean up our api? it's grown kind of organically",
        "Happy to. What's the part that bothers you most — URL structure, inconsistent payloads, error handling, auth? If you can paste a few representative endpoints and responses I can suggest a consistent convention.",
        "what's a good error response format for our json api? right now every endpoint returns something different",
    ),
    cc("Draft an OpenAPI 3.1 spec for the new `exports` API: clients request an export (async, can take minutes), poll status, download when ready, can cancel. Put it in api/exports.yaml. Think about status codes and idempotency.",
       reminders=[reminder_date("2026-02-06")]),
    conv(
        "quick one: in postgres is OFFSET slow on big tables?",
        "Yes — `OFFSET n` still has to produce and discard the first n rows, so deep pages get linearly slower. Keyset (seek) pagination — `WHERE (created_at, id) < ($1, $2) ORDER BY created_at DESC, id DESC LIMIT 50` — stays fast with the right composite index.",
        "cursor vs offset pagination for our public api — items can be inserted/deleted while a client pages through. what should the request/response look like",
    ),
    # German
    "Wir entwerfen eine gRPC-API für einen Zahlungsdienst. Wie sollte die .proto-Datei aussehen für: Zahlung anlegen, autorisieren, erfassen, erstatten, Status abfragen? Wie bildet man Fehler und Idempotenz in gRPC sauber ab?",
    "graphql schema design: users, teams, projects, tasks. tasks can be assigned to multiple users. how to model connections/pagination and mutations' payload types (relay style or not?)",
    "we need to make a breaking change to the /v1/invoices response (amount becomes an object {value, currency}). how do we version this — url version bump, header, or additive field? deprecation timeline?",
    conv(
        "what's idempotency in http",
        "An operation is idempotent if performing it multiple times has the same effect as once. GET, PUT and DELETE are defined as idempotent; POST is not. For POSTs that must be safely retryable (e.g. payments), APIs use an `Idempotency-Key` header: the server stores the key with the first response and returns that same response for repeats.",
        "ok design that for our POST /transfers endpoint: header name, key format, how long we keep keys, what happens when the same key comes with a different body, and what we return while the first request is still in flight",
    ),
    "how should bulk operations look in a REST API? e.g. create 500 contacts at once — single endpoint with array, partial failures, 207 multi-status?",
    # Spanish
    "Estoy diseñando una API REST para una app de recetas. ¿Cómo estructuro los endpoints para recetas, ingredientes, comentarios y favoritos? ¿Anidados como /recetas/{id}/comentarios o planos?",
    "Design the filtering/sorting query param convention for our list endpoints. need: equality, ranges on dates and numbers, `in` lists, full text q, sort by multiple fields. something consistent across 40 endpoints",
    loop(
        "show me our current routes",
        [
            (None, [
                ("Grep", {"pattern": "@(router|app)\\.(get|post|put|patch|delete)", "path": "app/api", "output_mode": "content"},
                 "app/api/users.py:12:@router.get('/getUsers')\napp/api/users.py:20:@router.post('/createUser')\napp/api/users.py:31:@router.post('/updateUser/{id}')\napp/api/users.py:44:@router.get('/deleteUser/{id}')\napp/api/teams.py:9:@router.get('/teams/list')\napp/api/teams.py:17:@router.post('/teams/addMember')\napp/api/teams.py:25:@router.post('/teams/removeMember')"),
            ]),
        ],
        "yikes. propose a cleaned-up REST design for users and teams (paths, methods, status codes, bodies) that we'd ship as /v2, and a mapping table from old → new so we can keep v1 working for a while",
        reminders=[reminder_date("2026-03-23")],
        wrap="The current routes are RPC-style (`/getUsers`, `/createUser`, `/updateUser/{id}` via POST, `/deleteUser/{id}` via GET, `/teams/addMember`, etc.).",
    ),
    "should our webhook payloads contain the full object or just the id + event type (thin events)? we're designing webhooks for v1 of the platform",
    "API design for file uploads: direct multipart to our API, or presigned S3 urls? what would the endpoints and flow look like for resumable uploads of 5GB files",
    # Chinese
    "我们在设计一个开放平台的 API，需要给第三方开发者用。认证应该用 API Key 还是 OAuth2 client credentials？权限范围（scope）怎么设计比较合理？",
    cc("Review the proto definitions in proto/inventory/v1/*.proto from an API design standpoint — naming, field numbering for evolution, use of wrappers/optional, pagination, error details — and propose changes before we freeze v1.",
       reminders=[reminder_claudemd("2026-04-02", """
We follow Google AIP guidelines for gRPC APIs where practical.
buf lint config in buf.yaml.
""")]),
    cc("how do you represent money in a json api? float, string, integer minor units? and currency",
       reminders=[reminder_date("2026-06-08")],
       history=("add a `total` field to the order response in src/api/orders.ts", "Added `total` to the `OrderResponse` type and computed it in `serializeOrder()` as the sum of line totals. It's currently a JS number, e.g. `49.99`.",)),
    cc("what status code for: validation error, duplicate email on signup, rate limited, resource exists but you don't have access (and should we leak that it exists?)",
       history=("the signup handler returns 200 with {error: ...} on failure, is that fine?", "It works, but it makes life harder for clients: generic HTTP tooling, retries, monitoring and caches all treat 200 as success. Returning a 4xx with an error body is the conventional approach.",)),
    "designing a search API: GET with query params or POST with a json body? our filter expressions can get complex (nested and/or)",
    # Japanese
    "ECサイトのカート機能のREST APIを設計したいです。ログインしていないユーザーのカート、ログイン後のマージ、在庫切れの扱いなども含めて、エンドポイントとレスポンス形式を提案してください。",
    "long-running operation pattern for our REST API — 202 Accepted + Location to an operation resource? how do clients get notified? design it",
    "graphql: how should we design errors? top-level `errors` vs union result types like `CreateUserResult = User | EmailTaken | ValidationError`",
    conv(
        "rate limiting",
        "Could you say a bit more — are you implementing a rate limiter, designing how it's exposed to API clients, or debugging 429s?",
        "designing how it's exposed. what headers should we return (RateLimit-*, X-RateLimit-*, Retry-After), per-key vs per-endpoint limits, and what the 429 body should contain",
    ),
    "we have a mobile app and it needs 6 calls to render the home screen. should we design an aggregated endpoint, go graphql, or keep REST and add `?include=`/`expand` params? what's the api design trade-off",
    # French
    "Comment concevoir proprement une API REST pour gérer des permissions fines (rôles, utilisateurs, ressources) ? Faut-il exposer les rôles comme ressources, et comment représenter « l'utilisateur X a le rôle Y sur le projet Z » ?",
    "partial updates: PATCH with JSON merge patch or JSON patch? how do we let clients explicitly null a field vs leave it unchanged",
    "design the SDK surface for our python client: sync + async, pagination iterators, retries, typed errors. what should `client.invoices.list(...)` return",
    "our internal services talk REST, thinking about grpc for service-to-service. how would you design the service boundaries in proto — one service per resource or per use case?",
    loop(
        "read the current openapi spec for orders",
        [
            (None, [
                ("Read", {"file_path": "/repo/openapi/orders.yaml", "limit": 40},
                 " 1\tpaths:\n 2\t  /orders:\n 3\t    get:\n 4\t      parameters:\n 5\t        - {name: page, in: query, schema: {type: integer}}\n 6\t      responses:\n 7\t        '200':\n 8\t          content:\n 9\t            application/json:\n10\t              schema: {type: array, items: {$ref: '#/components/schemas/Order'}}\n11\t    post:\n12\t      responses:\n13\t        '200': {description: created}\n14\t  /orders/{id}:\n15\t    get:\n16\t      responses:\n17\t        '200': {description: ok}\n18\t        '500': {description: not found}\n"),
            ]),
        ],
        "we're about to make this public. what would you change in the contract? list endpoints returning a bare array, 200 on create, 500 for not found... propose the fixed design for these paths",
        reminders=[REMINDER_TODO],
        wrap="The spec has GET/POST /orders (page-number pagination, bare array response, POST returns 200) and GET /orders/{id} (documents 500 for not found).",
    ),
    # Portuguese
    "Como devo projetar a API para um sistema de agendamento em que o mesmo horário não pode ser reservado duas vezes? Quero saber como representar a reserva temporária (hold) e a confirmação.",
    conv(
        "we're finally writing the public API guidelines doc",
        "Good idea — a short guidelines doc prevents most inconsistency. Typical sections: naming, resource/URL conventions, pagination, filtering, errors, versioning, dates/money, idempotency, and deprecation. Want to go through them one at a time?",
        "naming: should json fields be camelCase or snake_case for a public api used mostly by JS and Python devs? and plural or singular resource names",
    ),
    "what should a health check API look like — /healthz vs /readyz, what goes in the body, should it check dependencies",
    "designing a REST API for a multi-tenant saas: tenant in the subdomain, path (/tenants/{id}/...), header, or derived from the token? pros and cons",
    cc("we're adding websockets for live updates on top of our REST API. design the message protocol: subscribe/unsubscribe, event envelope, acks, resume after reconnect (last event id), error frames",
       reminders=[reminder_date("2026-07-16")]),
    # Russian
    "Проектирую REST API для банковских переводов. Как правильно описать состояния перевода (создан, в обработке, выполнен, отклонён) и переходы между ними в API? Нужны ли отдельные эндпоинты для действий?",
    "soft delete in a REST api: DELETE returns 204 but the thing still exists as 'trashed' and can be restored. how to expose trash/restore cleanly",
    "versioning graphql — everyone says 'don't version, evolve'. ok but how do we actually deprecate fields and handle a type that needs to fundamentally change",
    "what's the right way to design batch GETs in REST? GET /users?ids=1,2,3 hits url length limits at ~500 ids",
    "Design an API for a feature flag service that SDKs poll: endpoint shape, ETag/If-None-Match, streaming alternative, payload format that lets SDKs evaluate locally",
    # Korean
    "REST API에서 목록 조회 응답 형식을 어떻게 설계하는 게 좋을까요? 데이터 배열, 페이지 정보, 전체 개수를 어떤 구조로 넣어야 할지 고민입니다.",
    "Design the API for a comments feature: threaded replies (2 levels), reactions, edit history, mentions. REST. show me endpoints and example payloads",
    "protobuf: how do I design messages so adding fields later doesn't break old clients? oneof vs optional, reserved fields, enums with UNSPECIFIED",
    "design an async job API that's friendly for both polling clients and webhook consumers. include job states and what the job resource looks like",
    "public API: how should we expose timestamps (ISO 8601 UTC vs unix epoch), and durations? want a consistent convention doc",
]
