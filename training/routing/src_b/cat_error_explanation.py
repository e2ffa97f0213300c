from common import U, conv, CC, loop, numbered

CATEGORY = {
    "category": "error_explanation",
    "parent": "debugging",
    "descriptions": [
        "explaining error messages",
        "understanding compiler errors, runtime exceptions and stack traces",
        "when I paste an error and want to know what it means and why it happens",
        "Use when the user shares a specific error message or traceback and asks what it means or what causes it.",
        "deciphering cryptic errors: segfaults, type errors, borrow checker complaints, NullPointerExceptions, etc.",
        "what does this error mean",
        "Explanations of exceptions, panics, linker errors and type-checker diagnostics, including the likely root cause and how to fix it",
        "stack trace / traceback interpretation",
        "expliquer les messages d'erreur du compilateur et les exceptions à l'exécution",
        "解释报错信息：编译错误、运行时异常、堆栈跟踪",
    ],
}

REQUESTS = [
    U("what does TypeError: 'NoneType' object is not subscriptable mean? happens on the line `name = user['name']`"),
    U("""error[E0502]: cannot borrow `v` as mutable because it is also borrowed as immutable

    let first = &v[0];
    v.push(4);
    println!("{}", first);

why is this an error?? push doesn't even touch v[0]"""),
    U("Segmentation fault (core dumped) — what does this actually mean? what is a 'segment'"),
    U("java.util.ConcurrentModificationException when I remove items from an ArrayList inside a for-each loop. Why? There's only one thread."),
    U("Why do I get 'Objects are not valid as a React child (found: object with keys {id, name}). If you meant to render a collection of children, use an array instead.'"),
    U("""Type 'string | undefined' is not assignable to type 'string'.
  Type 'undefined' is not assignable to type 'string'. ts(2322)

if (user.email) {
  items.forEach(i => sendTo(user.email, i))   // <- error here
}

but I literally checked user.email on the line above?? why doesn't TS know"""),
    U("""fatal error: all goroutines are asleep - deadlock!

goroutine 1 [chan send]:
main.main()
	/home/me/play/main.go:8 +0x36

code is just
ch := make(chan int)
ch <- 1
fmt.Println(<-ch)

what deadlock, there's only one goroutine"""),
    U("UnboundLocalError: local variable 'count' referenced before assignment. but count is defined at the top of the file??"),
    U("undefined reference to `vtable for Widget' — what does this linker error mean? Widget.h declares a virtual destructor and a virtual draw()"),
    U("RecursionError: maximum recursion depth exceeded while calling a Python object. my code isnt recursive though, i just defined __getattr__ on a class"),
    U("""ERROR:  column "u.email" must appear in the GROUP BY clause or be used in an aggregate function
LINE 1: SELECT u.id, u.email, count(o.id) FROM users u JOIN orders o ...

why does postgres care, each id has exactly one email"""),
    U("Warning: Each child in a list should have a unique \"key\" prop. — is this an actual problem or just noise? the list renders fine"),
    U("Fatal error: Unexpectedly found nil while implicitly unwrapping an Optional value — swift, crashes when the view controller loads. what does it mean"),
    conv(
        "I'm converting my old Java activity to Kotlin, the IDE converter did most of it",
        "Nice — the converter gets you most of the way, but it's worth reviewing nullability and `lateinit` usage afterwards. Paste anything that looks off.",
        "it compiles but crashes on launch: kotlin.UninitializedPropertyAccessException: lateinit property adapter has not been initialized. what does that mean",
    ),
    U("warning: format '%d' expects argument of type 'int', but argument 2 has type 'long int' [-Wformat=]\n\ndoes this matter or can i ignore it? prints the right number on my machine"),
    U("ValueError: The truth value of an array with more than one element is ambiguous. Use a.any() or a.all()\n\ni'm just doing `if arr > 0:` what's ambiguous about it"),
    U("Uncaught (in promise) DOMException: The play() request was interrupted by a call to pause(). what does this mean"),
    U("""error[E0277]: `Rc<RefCell<Node>>` cannot be sent between threads safely
   --> src/main.rs:42:5
    |
42  |     thread::spawn(move || {
    |     ^^^^^^^^^^^^^ `Rc<RefCell<Node>>` cannot be sent between threads safely

explain pls"""),
    U("java.lang.OutOfMemoryError: Metaspace — what's metaspace and how is it different from running out of heap?"),
    U("""• Couldn't match expected type ‘[Char]’ with actual type ‘IO String’
• In the first argument of ‘putStrLn’, namely ‘getLine’

haskell beginner here, what is this telling me"""),
    U("Access to fetch at 'http://localhost:8000/api/items' from origin 'http://localhost:3000' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: No 'Access-Control-Allow-Origin' header is present on the requested resource.\n\nwhat is a preflight request and why is it failing when GET works"),
    U("CS8618: Non-nullable property 'Name' must contain a non-null value when exiting constructor. Consider declaring the property as nullable.\n\nWhat's this warning about? It's an EF Core entity."),
    U("RuntimeError: This event loop is already running — getting this in jupyter when I call asyncio.run(main())"),
    U("panic: assignment to entry in nil map\n\ngoroutine 1 [running]:\nmain.(*Registry).Add(...)\n\nwhy? i declared the map in the struct"),
    U("¿Qué significa 'IndexError: list index out of range'? Mi bucle es `for i in range(len(lista)+1):` y falla en la última vuelta."),
    U("Was bedeutet 'java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"s\" is null'? Ich dachte, ich hätte s im Konstruktor initialisiert."),
    U("「TypeError: Cannot read properties of null (reading 'addEventListener')」というエラーが出ます。どういう意味ですか？scriptタグはheadに書いています"),
    U("o que significa esse erro do Rust: 'borrowed value does not live long enough'? estou retornando uma &str de uma String que eu crio dentro da função"),
    U("파이썬에서 'TypeError: unhashable type: 'list''는 무슨 뜻인가요? 딕셔너리 키로 리스트를 썼어요"),
    U("यह error क्या है: 'SyntaxError: Unexpected token < in JSON at position 0'? मैं fetch से API का data ले रहा हूँ और response.json() पर crash होता है"),
    conv(
        "write a python function that parses dates like 2024-03-01 into datetime objects",
        "```python\nfrom datetime import datetime\n\ndef parse_date(s: str) -> datetime:\n    return datetime.strptime(s, \"%Y-%m-%d\")\n```",
        "running it over my csv I get `ValueError: time data '2024-13-01' does not match format '%Y-%m-%d'`. why?? the format looks exactly right",
    ),
    conv(
        "my flask app crashes on startup",
        "Could you paste the full traceback?",
        """here:

Traceback (most recent call last):
  File "/srv/app/app.py", line 12, in <module>
    from models import db
  File "/srv/app/models.py", line 3, in <module>
    from app import app
ImportError: cannot import name 'app' from partially initialized module 'app' (most likely due to a circular import)

what does 'partially initialized module' mean""",
    ),
    conv(
        "i'm learning rust, doing the exercises from the book",
        "Nice — the book's exercises are a great way in. What are you working on?",
        """a struct with a getter and it won't compile:

error[E0507]: cannot move out of `self.name` which is behind a shared reference
  --> src/lib.rs:8:9
   |
8  |         self.name
   |         ^^^^^^^^^ move occurs because `self.name` has type `String`, which does not implement the `Copy` trait

what does 'move out of' mean, i just want to return the name""",
    ),
    conv(
        "template question: how do I write a function that works for any container with begin()/end()?",
        "You can template on the container type and use `std::begin`/`std::end`:\n\n```cpp\ntemplate <typename C>\nauto sum(const C& c) {\n    return std::accumulate(std::begin(c), std::end(c), typename C::value_type{});\n}\n```",
        """tried it with a map and got 200 lines of this:

error: no match for 'operator+' (operand types are 'std::pair<const std::__cxx11::basic_string<char>, int>' and 'std::pair<const std::__cxx11::basic_string<char>, int>')
  /usr/include/c++/13/bits/stl_numeric.h:169:11: note: in instantiation of ...

how do i even read this wall? what's it actually complaining about""",
    ),
    loop(
        "run cargo build and explain what the error means, don't fix it yet",
        [
            (None, "Bash", {"command": "cargo build 2>&1 | head -30", "description": "Build the crate"},
             """   Compiling ledger v0.3.0 (/home/ana/ledger)
error[E0277]: `?` couldn't convert the error to `LedgerError`
  --> src/import.rs:27:46
   |
25 | pub fn load(path: &Path) -> Result<Vec<Entry>, LedgerError> {
   |                             ------------------------------- expected `LedgerError` because of this
26 |     let raw = fs::read_to_string(path)?;
27 |     let entries: Vec<Entry> = serde_json::from_str(&raw)?;
   |                                              ^ the trait `From<serde_json::Error>` is not implemented for `LedgerError`
   |
   = note: the question mark operation (`?`) implicitly performs a conversion on the error value using the `From` trait

error: could not compile `ledger` (lib) due to 1 previous error"""),
        ],
        None,
        "so what is this `From` thing it's talking about and why did the line above (read_to_string) work but this one doesn't?",
        date="2026-01-19",
    ),
    CC("""what does this mean

node:internal/process/promises:288
            triggerUncaughtException(err, true /* fromPromise */);
            ^

[UnhandledPromiseRejection: This error originated either by throwing inside of an async function without a catch block, or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason "undefined".] {
  code: 'ERR_UNHANDLED_REJECTION'
}

Node.js v20.11.0""", date="2026-07-08"),
    loop(
        "run the migrations",
        [
            (None, "Bash", {"command": "python manage.py migrate", "description": "Apply Django migrations"},
             """Operations to perform:
  Apply all migrations: admin, auth, contenttypes, orders, sessions
Running migrations:
  Applying orders.0014_order_customer... Traceback (most recent call last):
  ...
django.db.utils.IntegrityError: NOT NULL constraint failed: orders_order.customer_id"""),
        ],
        "The migration `orders.0014_order_customer` failed with an IntegrityError: `NOT NULL constraint failed: orders_order.customer_id`.",
        "what does that mean exactly? the new field has default=None in the model, so why would it violate not null",
        date="2026-03-02",
    ),
    CC("Explain this mypy error: `Argument 1 to \"process\" has incompatible type \"list[int]\"; expected \"list[float]\"  [arg-type]`. int is a subtype of float, so why does list[int] not count as list[float]??", date="2026-10-01",
       claude_md=("/home/li/proj/telemetry/CLAUDE.md", "- Python 3.12, strict mypy\n- use `uv run` for everything")),
    loop(
        "run go vet on the repo",
        [
            (None, "Bash", {"command": "go vet ./...", "description": "Run go vet"},
             "# example.com/crawler/fetch\nfetch/pool.go:34:18: loop variable u captured by func literal"),
        ],
        None,
        "huh what does that warning mean? the code seems to work",
        date="2026-11-26",
    ),
    CC("why does python say `TypeError: can't compare offset-naive and offset-aware datetimes`? I'm comparing a datetime from the db with datetime.now()", date="2026-04-04"),
]
