"""architecture vs code_understanding: a design choice for OUR system vs a conceptual 'how/when does this work' question."""
from conversation_shapes import u, a, cc, at, tr

A = "architecture"
U = "code_understanding"

EXAMPLES = [
(U, u("in Go, when do I use a buffered channel vs a mutex? I keep reading 'share memory by communicating' but every codebase I open is full of sync.Mutex")),
(A, u("our Go ingest service has 12 goroutines writing into a shared in-memory aggregation map that gets flushed every 10s to Postgres. should we restructure it around a single aggregator goroutine fed by channels, or shard the map by key with a mutex per shard? ~200k events/s peak")),
(U, u("what's the actual difference between optimistic and pessimistic locking? like conceptually, how does a version column prevent lost updates")),
(A, u("for our booking system (hotel rooms, ~40 properties, concurrent bookings at peak maybe 30/s) should we go with optimistic locking on the room_inventory row or SELECT FOR UPDATE? double bookings are the one thing we can't have")),
(U, u("how does Kafka guarantee ordering? is it per topic or per partition, and what happens to ordering when a consumer group rebalances?")),
(A, u("we need per-customer ordering for account ledger events but also throughput. how many partitions, what key, and should ledger events and notification events share a topic? ~3M customers")),
(U, u("explain CAP theorem without the hand-waving. what does 'choosing AP' actually mean for a read after a network partition")),
(A, u("given we run in two regions and the product team wants 'always writable' carts, do we go for active-active with CRDT-ish carts or active-passive with failover? what would you pick for us and what are we giving up")),
(U, u("React: what's the difference between useMemo and useCallback, and when is React.memo actually needed? I've seen people wrap literally everything")),
(A, u("our React admin app has a giant context holding user, permissions, theme, filters and the whole table data, and every keystroke rerenders everything. how should we split state for this app? server cache vs client state vs URL state")),
(U, u("how does the Node event loop actually work? why does setImmediate sometimes run before setTimeout(0) and sometimes not?")),
(A, u("our Node backend does heavy PDF generation in the same process as the API and everything blocks. worker_threads, a queue with separate worker processes, or a separate service in another language? we're 3 devs")),
(U, u("Was ist der Unterschied zwischen Row-Level-Locks und Advisory Locks in Postgres und wofür sind Advisory Locks eigentlich gedacht?")),
(A, u("Wir haben drei Instanzen eines Cron-Services, und jede soll den nächtlichen Export nur einmal ausführen. Leader-Election über Postgres Advisory Locks, über Redis, oder einen separaten Scheduler? Was passt am besten zu unserem Setup (k8s, Postgres, kein Redis bisher)?")),
(U, u("c'est quoi la différence entre un index B-tree et un index GIN en postgres, et pourquoi on dit que GIN est lent à l'écriture ?")),
(A, u("on doit stocker des tags libres sur 20 millions de documents et filtrer par combinaisons de tags. tableau text[] avec GIN, table de jointure, ou un moteur de recherche à côté ? qu'est-ce que tu choisirais pour nous")),
(U, u("Rust: why would I pick Arc<Mutex<T>> over a channel (mpsc) or vice versa? is there a rule of thumb or is it all taste")),
(A, [u("we're building a game server in Rust, one process per match, up to 64 players per match"), a("What does the tick loop look like today, and where does shared state live?"), u("right now every player connection task locks an Arc<Mutex<World>>. should we redesign it so the world is owned by one task with message passing, or an ECS, or keep the mutex and just shard? trying to decide before we write more")]),
(U, u("what does 'at-least-once delivery' mean in practice for SQS and why does everyone say to make consumers idempotent")),
(A, u("we're about to wire payments webhooks into our system. where do we put idempotency: webhook ingestion table keyed by event id, in the payment service, or at the DB constraint level? want to get the design right before building")),
(U, [cc("how does dependency injection work in this kind of setup? I see @Inject everywhere but never see anyone calling constructors", file="src/main/java/com/acme/orders/OrderService.java", d=1)]),
(A, [cc("we're debating whether to keep Guice or switch this service to plain constructor wiring in a main() since it's only 15 classes. which would you pick for this codebase and why?", file="src/main/java/com/acme/orders/OrderModule.java", d=2)]),
(U, u("GraphQLのN+1問題ってなぜ起きるんですか？DataLoaderがどうやってそれを解決してるのか仕組みを知りたいです")),
(A, u("うちのモバイル向けBFFをGraphQLにするかRESTのままにするか決めたいです。画面ごとに必要なデータがかなり違い、バックエンドはマイクロサービス5つ。チームにGraphQL経験者はいません")),
(U, u("什么是一致性哈希？为什么加一个节点只需要迁移一部分 key？虚拟节点是干嘛的")),
(A, u("我们的 Redis 缓存要从单机扩到集群，用 Redis Cluster 还是客户端做一致性哈希分片？业务有不少 MGET 和 Lua 脚本")),
(U, u("что такое backpressure в reactive streams и чем он отличается от просто ограниченной очереди?")),
(A, u("у нас сервис принимает телеметрию по websocket от 50к устройств и пишет в Kafka. когда Kafka тормозит, сервис падает по памяти. как перестроить архитектуру приёма, чтобы это переживать?")),
(U, u("python asyncio vs threading vs multiprocessing — when is each one the right tool? I understand the GIL exists but not how it plays with asyncio")),
(A, u("our Flask app calls 6 slow third-party APIs per request and p95 is 4s. do we migrate to FastAPI+asyncio, keep Flask and put the calls in a thread pool, or move the aggregation into a background job with polling? we have ~2 weeks")),
(U, u("what exactly is a 'bounded context' in DDD? is it the same thing as a microservice?")),
(A, u("in our ERP, 'Product' means one thing to inventory and another to finance. is it worth splitting into bounded contexts with their own models, or keep a single shared model? Laravel monolith, 10 devs")),
(U, u("Kotlin coroutines: what does structured concurrency actually buy me compared to just launching things on GlobalScope?")),
(A, u("Android app: should the sync engine live in a WorkManager job, a foreground service, or inside a ViewModel scope? it syncs ~5MB of records on login and then deltas every 15 min")),
]
