"""code_generation vs debugging: known/expected error -> write the handling (generation); unknown crash -> find the cause (debugging)."""
from conversation_shapes import u, a, cc, at, tr

G = "code_generation"
D = "debugging"

TRACE_CONN = """Traceback (most recent call last):
  File "/app/worker/sync.py", line 88, in run
    resp = session.get(url, timeout=10)
  File "/usr/local/lib/python3.12/site-packages/requests/sessions.py", line 602, in get
    return self.request("GET", url, **kwargs)
  File "/usr/local/lib/python3.12/site-packages/requests/adapters.py", line 519, in send
    raise ConnectionError(e, request=request)
requests.exceptions.ConnectionError: HTTPSConnectionPool(host='partner.example.com', port=443): Max retries exceeded with url: /v2/stock (Caused by NewConnectionError('<urllib3.connection.HTTPSConnection object at 0x7f1c2a3b>: Failed to establish a new connection: [Errno 111] Connection refused'))"""

EXAMPLES = [
(G, u("we know why this happens: the partner API restarts every night at 02:00 and refuses connections for a few minutes. that's expected. make the sync worker log it at INFO instead of this ERROR trace and retry with backoff for up to 10 minutes\n\n```\n" + TRACE_CONN + "\n```")),
(D, u("the sync worker started crashing with this a couple of times an hour since tuesday, partner says their API is up and curl from my laptop works fine. what's going on?\n\n```\n" + TRACE_CONN + "\n```")),
(G, u("handle the case where the user cancels the file picker — right now it throws `DOMException: The user aborted a request.` which is totally expected. just catch that one and return null, rethrow anything else\n\n```ts\nexport async function pickFile() {\n  const [handle] = await window.showOpenFilePicker({ types: [{ accept: { 'text/csv': ['.csv'] } }] });\n  return handle.getFile();\n}\n```")),
(D, u("pickFile() throws `SecurityError: Failed to execute 'showOpenFilePicker' on 'Window': Must be handling a user gesture to show a file picker.` but it IS called from a button click handler. what am I missing?\n\n```ts\nbutton.addEventListener('click', async () => {\n  await loadRecentFiles();\n  const file = await pickFile();\n  importCsv(file);\n});\n```")),
(G, u("our import job blows up with `IntegrityError: duplicate key value violates unique constraint \"products_sku_key\"` when the supplier sends the same SKU twice in the file. that's normal, we know about it. in that case I want it to upsert and report how many duplicates there were in the final summary")),
(D, u("the import job fails with `IntegrityError: duplicate key value violates unique constraint \"products_pkey\"` and I don't get it: we never insert the id by hand, the sequence generates it. started after restoring a backup on staging")),
(G, u("Wenn der Kunde kein Profilbild hat, wirft der Avatar-Service einen 404 von S3 – das ist erwartetes Verhalten. Bau bitte ein, dass dann ein generiertes Initialen-Avatar (SVG) zurückgegeben wird statt des 500ers")),
(D, u("Der Avatar-Service liefert seit heute für ALLE Nutzer 403 von S3, auch für die, die definitiv ein Bild haben. Gestern ging's noch. Logauszug:\n\n```\nbotocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the GetObject operation: Access Denied\n  File \"/srv/avatar/handlers.py\", line 31, in get_avatar\n    obj = s3.get_object(Bucket=BUCKET, Key=f\"avatars/{uid}.png\")\n```")),
(G, u("our Kafka consumer occasionally gets `CommitFailedException` during rebalances, which is fine and expected. wrap the commit so it logs a warning with the partition info and continues instead of killing the consumer loop\n\n```java\nwhile (running) {\n    ConsumerRecords<String, Event> recs = consumer.poll(Duration.ofMillis(500));\n    for (var r : recs) handler.handle(r.value());\n    consumer.commitSync();\n}\n```")),
(D, u("our Kafka consumer gets `CommitFailedException: Commit cannot be completed since the group has already rebalanced` on basically every poll now and lag keeps growing. processing a batch takes ~6 minutes. it was fine last month. why is it rebalancing constantly?")),
(G, u("when the user types an invalid date in the form, `new Date('31/02/2026')` returns Invalid Date and we send that straight to the API. it's a known case, I just want client-side validation that shows 'invalid date' under the field")),
(D, u("saved birth dates are off by one day for users in Canada (they enter the 12th, we store the 11th). the form does `new Date(input.value).toISOString()`. why?")),
(G, [cc("the 'device offline' exception here is expected when a sensor goes to sleep. instead of crashing the poller, mark the device as sleeping in the db and skip it until its next wake window", file="poller/main.go", sel=("poller/main.go", 40, 52, "for _, d := range devices {\n\treading, err := d.Read(ctx)\n\tif err != nil {\n\t\tlog.Fatalf(\"read %s: %v\", d.ID, err)\n\t}\n\tstore.Save(reading)\n}"), d=0)]),
(D, [cc("the poller panics after running for ~2 days. no idea why, here's what we get", file="poller/main.go", d=1),
     at("", ("Bash", {"command": "journalctl -u poller --since '2 days ago' | grep -A12 panic | head -30"})),
     tr("Nov 24 03:12:44 edge-07 poller[812]: panic: runtime error: index out of range [256] with length 256\nNov 24 03:12:44 edge-07 poller[812]: goroutine 1 [running]:\nNov 24 03:12:44 edge-07 poller[812]: main.(*ring).push(...)\nNov 24 03:12:44 edge-07 poller[812]:         /src/poller/ring.go:19\nNov 24 03:12:44 edge-07 poller[812]: main.main()\nNov 24 03:12:44 edge-07 poller[812]:         /src/poller/main.go:47 +0x3c5\n"),
     at("", ("Read", {"file_path": "poller/ring.go"})),
     tr("package main\n\ntype ring struct {\n\tbuf  [256]Reading\n\thead uint16\n}\n\nfunc (r *ring) push(x Reading) {\n\tr.buf[r.head] = x\n\tr.head++\n}\n"),
     u('it only happens on the edge boxes that poll the most sensors, if that helps')]),
(G, u("the mobile app shows an ugly 'Network request failed' alert when the user has no internet. that's expected; instead I want an 'you're offline' banner and an automatic retry when the connection comes back (NetInfo)")),
(D, u("on Android the app gets 'Network request failed' on every call to our staging API, iOS works. the URL is http://staging.api.interna:8080. what could it be?")),
(G, u("Jak timeouty z bramki płatności są normalne (zdarzają się ~1%), to chcę, żeby zamówienie przechodziło w status PENDING_VERIFICATION i żeby job co 5 minut odpytywał bramkę o status. Napisz to w Spring Boot")),
(D, u("Od wczoraj co trzecie wywołanie bramki płatności kończy się `java.net.SocketTimeoutException: Read timed out` po dokładnie 5 sekundach, choć bramka twierdzi, że odpowiada w 300 ms. Co to może być?")),
(G, u("`EPIPE` on stdout when someone pipes our CLI into `head` is expected. make the CLI exit quietly with code 0 in that case instead of printing the node stack trace")),
(D, u("our CLI randomly dies with `Error: write EPIPE` even when the output is NOT piped anywhere, just running in a terminal over ssh. never saw it before v4.2. any idea where to look?")),
(G, u("電源断の後にSQLiteのWALファイルが残っていると起動時に `database is locked` が出ることがあるのは分かっています。起動時に最大5回、1秒間隔でリトライして、それでもダメならエラーメッセージを出して終了するようにしてください")),
(D, u("アプリ使用中に頻繁に `sqlite3.OperationalError: database is locked` が出ます。スレッドは2つだけで、書き込みは片方だけのはず。原因を調べてほしい")),
(G, u("用户上传的图片有时候是 HEIC 格式，Pillow 打不开会抛 UnidentifiedImageError，这是已知情况。帮我加上 pillow-heif 的支持，如果还是打不开就返回 415 和友好的提示")),
(D, u("上传接口在生产环境对所有 PNG 都报 `OSError: image file is truncated`，本地同样的文件没问题。Nginx 在前面。这是怎么回事？")),
(G, u("Когда пользователь удаляет аккаунт, а у него ещё есть активные сессии, наш WebSocket-сервер кидает `UserNotFound` при следующем сообщении — это ожидаемо. Сделай, чтобы в этом случае соединение закрывалось с кодом 4001 и сообщением, без стектрейса в логах")),
(D, u("WebSocket-сервер периодически закрывает соединения с кодом 1006 у пользователей за корпоративным прокси, примерно через 60 секунд тишины. В логах сервера ничего. Почему?")),
(G, u("when the cache is cold, the first request to /reports takes 40s and the LB times out with 504. that's known. add a warm-up step on startup that precomputes the top 20 reports before the readiness probe goes green")),
(D, u("/reports returns 504 from the load balancer even when the cache is warm, but hitting the pod directly with port-forward it answers in 200ms. what's different?")),
(G, [u("why does this throw `TypeError: Cannot read properties of undefined (reading 'map')` sometimes?\n\n```jsx\nreturn <ul>{data.items.map(i => <li key={i.id}>{i.name}</li>)}</ul>\n```"), a("`data.items` is undefined while the request is in flight (and when the API returns an error body), so `.map` runs on undefined."), u("ok makes sense, that's fine. add a loading skeleton and an empty state for when items is missing or empty")]),
(D, [u("why does this throw `TypeError: Cannot read properties of undefined (reading 'map')` sometimes?\n\n```jsx\nreturn <ul>{data.items.map(i => <li key={i.id}>{i.name}</li>)}</ul>\n```"), a("`data.items` is undefined while the request is in flight (and when the API returns an error body), so `.map` runs on undefined."), u("no, I already guard the loading state. it happens after data loads, only for some accounts, and the network tab shows items is there. what else could it be?")]),
(G, u("add graceful shutdown to this worker: on SIGTERM stop taking new jobs, finish the current one (max 30s), then exit 0\n\n```python\nwhile True:\n    job = queue.pop(timeout=5)\n    if job:\n        process(job)\n```")),
(D, u("k8s keeps killing our worker pods with exit code 137 during deploys and jobs get processed twice. memory is fine. the worker loop is a plain `while True: job = queue.pop(); process(job)`. why 137?")),
]
