from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "explain_concept",
    "parent": "code_understanding",
    "descriptions": [
        "explaining programming concepts",
        "explaining programming concepts, language features and computer science theory",
        "when I want something about programming explained to me, like what a closure is, how async/await works, or what the CAP theorem actually says",
        "Use for conceptual questions: language semantics, paradigms, type systems, concurrency models, design principles. Not for fixing code.",
        "concept questions (closures, monads, generics, ownership, event loop...)",
        "teach me CS theory and how language features work",
        "Conceptual explanations of software engineering ideas such as dependency injection, immutability, eventual consistency or memoization, aimed at helping the user learn",
        "learning / 'what is X and why would I use it' questions about programming",
        "explicar conceptos de programación y características de los lenguajes",
        "プログラミングの概念や言語仕様の解説（クロージャ、モナド、非同期処理など）",
    ],
}

REQUESTS = [
    U("what's a closure in javascript, like actually. every explanation i read says 'a function that remembers its scope' and i still dont get why thats useful"),
    U("Can you explain monads without using the word 'burrito'? I know Haskell basics (typeclasses, Functor) but the jump to Monad loses me every time."),
    U("cap theorem - is it really 'pick 2 of 3'? my coworker says that framing is wrong and partition tolerance isnt optional"),
    U("difference between a process and a thread?"),
    U("In Rust, why can't I have two mutable references to the same thing at once? What problem does that rule actually prevent? I'm coming from C++ where I do this all the time and it's fine (mostly)."),
    U("explain python's GIL and whether it still matters now that there's the free-threaded build"),
    U("what is dependency injection and why does every java dev talk about it like its a religion"),
    U("Can someone explain covariance vs contravariance in generics? TypeScript specifically, with function parameter types. I keep seeing 'strictFunctionTypes' mentioned and have no idea what it changes."),
    U("whats the difference between == and === in js and is there ever a legit reason to use =="),
    U("How does the JavaScript event loop actually work? Microtasks vs macrotasks — why does a Promise.then callback run before a setTimeout(fn, 0) even though the timeout was scheduled first?"),
    U("explain eventual consistency like I'm a frontend dev who has only ever used a single postgres instance"),
    U("What's the point of interfaces if a class can just implement the methods anyway? Genuine question, I'm self taught and never understood it."),
    U("tail call optimization — what is it and why doesn't python do it"),
    U("pass by value vs pass by reference in java. i read java is 'always pass by value' but then my objects get modified inside methods??"),
    U("Explain the SOLID principles but with realistic examples, not the Shape/Rectangle/Square stuff every blog uses. Backend web app context if possible."),
    U("how do python decorators work under the hood? like what is the @ actually doing"),
    U("race condition vs deadlock vs livelock, whats the difference"),
    U("ELI5 garbage collection. generational GC specifically — why 'young' and 'old' generations?"),
    U("Why are strings immutable in so many languages (Java, Python, C#)? What would go wrong if they were mutable?"),
    U("what is ACID in databases? and is mongodb acid or not, i get different answers everywhere"),
    U("Could you explain what a 'type class' is in Haskell compared to an interface in Java? They seem similar but people insist they're fundamentally different."),
    U("what's the difference between static typing, strong typing and type inference? people use them interchangeably and i think thats wrong"),
    U("can u explain what 'lexical scope' vs 'dynamic scope' means, my prof mentioned emacs lisp uses dynamic scope"),
    U("¿Qué es la programación reactiva? He visto RxJS en el proyecto de mi trabajo y no entiendo la idea de los 'streams' de eventos ni por qué es mejor que usar promesas."),
    U("Kannst du mir erklären, was der Unterschied zwischen Komposition und Vererbung ist und warum man ständig 'composition over inheritance' hört?"),
    U("什么是协程？和线程有什么区别？Go 的 goroutine 算协程吗？"),
    U("Rustのライフタイムって結局何なんですか？'a みたいな注釈がなぜ必要なのか、概念的に知りたいです"),
    U("Qu'est-ce que l'idempotence dans le contexte d'une API REST ? Pourquoi on dit que PUT est idempotent et pas POST ?"),
    U("Объясни, пожалуйста, что такое каррирование и частичное применение функций, и в чём между ними разница."),
    conv(
        "hey can you help me fix this: TypeError: Cannot read properties of undefined (reading 'map')\n\nconst list = data.items.map(i => <Item key={i.id} {...i} />)",
        "That error means `data.items` is `undefined` at the moment this line runs — most likely on the first render, before your fetch has resolved. Two easy fixes:\n\n1. Initialise state with an empty array: `useState({ items: [] })`\n2. Or guard the access: `data?.items?.map(...) ?? null`\n\nOption 1 is usually cleaner because the component always has a valid shape.",
        "ok that worked. but now i'm curious, whats the actual difference between optional chaining and just doing && checks? is ?. just syntactic sugar for that?",
    ),
    conv(
        "I'm learning Go. What does `defer` do?",
        "`defer` schedules a function call to run when the surrounding function returns — whether it returns normally or panics. Deferred calls run in LIFO order, and their arguments are evaluated at the point of the `defer` statement, not when they execute. It's mostly used for cleanup, e.g. `defer f.Close()` right after opening a file.",
        "got it. and goroutines vs OS threads — how does the go scheduler multiplex them? people keep saying 'M:N scheduling' and 'GMP' and i have no idea what that means",
    ),
    conv(
        "write me a function that debounces another function in typescript",
        "```ts\nexport function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number) {\n  let t: ReturnType<typeof setTimeout> | undefined;\n  return (...args: A) => {\n    if (t) clearTimeout(t);\n    t = setTimeout(() => fn(...args), ms);\n  };\n}\n```",
        "thanks. conceptually though, what's the difference between debounce and throttle? i always mix them up and pick the wrong one",
    ),
    conv(
        "explain smart pointers in rust",
        "Smart pointers are structs that own data and add behaviour on top: `Box<T>` puts a value on the heap with a single owner, `Rc<T>` gives shared ownership via reference counting (single thread), `Arc<T>` is the thread-safe version, and `RefCell<T>` moves borrow checking to runtime so you can mutate through a shared reference...",
        "ok so when would i actually pick Rc<RefCell<T>> over just passing &mut around? it feels like cheating the borrow checker",
    ),
    conv(
        "my query is slow: SELECT * FROM orders WHERE customer_email = 'x@y.com'",
        "With no index on `customer_email`, Postgres has to scan the whole table. Add `CREATE INDEX CONCURRENTLY idx_orders_customer_email ON orders (customer_email);` and check `EXPLAIN ANALYZE` again — you should see an Index Scan instead of a Seq Scan.",
        "wow 1200ms -> 3ms. thanks!",
        "Nice, that's the expected improvement for a selective lookup.",
        "side question, what IS an index conceptually? like why does it make reads faster but people say it makes writes slower",
    ),
    conv(
        "why do people say you shouldn't use class components in react anymore",
        "Class components still work, but hooks made function components able to hold state and side effects, and they compose better: you can extract stateful logic into custom hooks instead of HOCs or render props...",
        "and what are hooks actually, conceptually? how does react know which useState is which if they're just plain function calls with no ids",
    ),
    CC("explain what a Python context manager is and how __enter__/__exit__ work. I see `with` all over this codebase and want to understand it before I touch anything", date="2026-02-03"),
    loop(
        "what does src/store/cart.ts do",
        [
            ("I'll read the file.", "Read", {"file_path": "/home/dev/shop/src/store/cart.ts"},
             numbered("""import { produce } from "immer";
import { create } from "zustand";

type Line = { sku: string; qty: number };
type CartState = { lines: Line[]; add: (sku: string) => void };

export const useCart = create<CartState>((set) => ({
  lines: [],
  add: (sku) =>
    set(produce((s: CartState) => {
      const l = s.lines.find((x) => x.sku === sku);
      if (l) l.qty += 1;
      else s.lines.push({ sku, qty: 1 });
    })),
}));""")),
        ],
        "It's a small Zustand store for the shopping cart. `add(sku)` increments the quantity if the SKU is already in the cart, otherwise appends a new line. The mutation-looking code inside `produce` is Immer: it records your changes on a draft and produces a new immutable state object.",
        "ok wait, what does 'produces a new immutable state' mean if the code literally mutates s.lines? what's structural sharing and why does react care about it",
        date="2026-04-17",
    ),
    CC("explain the actor model to me. we're considering akka for the new ingestion service and i've never worked with actors. how is it different from just using threads + queues?",
       date="2026-09-09",
       claude_md=("/home/maria/work/ingest/CLAUDE.md", "# Ingest service\n- Scala 2.13, sbt\n- Run `sbt test` before committing\n- Never commit directly to main")),
    loop(
        "why is the thumbnail job so slow",
        [
            (None, "Grep", {"pattern": "async def", "path": "worker/"},
             "worker/thumbs.py:14:async def make_thumbnail(path: str) -> bytes:\nworker/thumbs.py:31:async def process_batch(paths: list[str]) -> None:\nworker/queue.py:8:async def consume(q: asyncio.Queue) -> None:"),
            (None, "Read", {"file_path": "/srv/app/worker/thumbs.py"},
             numbered("""import asyncio
from PIL import Image

async def make_thumbnail(path: str) -> bytes:
    img = Image.open(path)
    img.thumbnail((256, 256))
    return img.tobytes()

async def process_batch(paths: list[str]) -> None:
    await asyncio.gather(*(make_thumbnail(p) for p in paths))""")),
        ],
        "Found it: `make_thumbnail` is declared `async` but does purely CPU-bound work with Pillow and never awaits anything, so `asyncio.gather` just runs the thumbnails one after another on the event loop thread.",
        "before you change anything — can you explain the difference between asyncio concurrency and actual parallelism? i always assumed async = runs in parallel",
        date="2026-06-22",
    ),
    CC("what are algebraic data types? in code review someone called our rust enums 'sum types' and said a struct is a 'product type' and I nodded along but have no clue what that means", date="2026-11-26"),
]
