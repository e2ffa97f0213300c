from lib import *

L = "documentation"

ex("doc_tool_explain_then_docstring", L, [
    first("explain the retry logic in sdk/client.py"),
    A(None, T("rc", "Read", {"file_path": "/home/dev/work/acme-sdk/sdk/client.py", "offset": 60, "limit": 45})),
    TR(R("rc", catn('''    def _send(self, req: Request) -> Response:
        attempt = 0
        while True:
            attempt += 1
            try:
                resp = self._http.send(req, timeout=self._timeout)
            except (httpx.ConnectError, httpx.ReadTimeout) as e:
                if attempt > self._max_retries or not req.idempotent:
                    raise TransportError(str(e)) from e
                self._sleep(self._backoff(attempt))
                continue
            if resp.status_code == 429 or resp.status_code >= 500:
                if attempt > self._max_retries:
                    return resp
                retry_after = resp.headers.get("Retry-After")
                delay = float(retry_after) if retry_after else self._backoff(attempt)
                self._sleep(min(delay, 60))
                continue
            return resp
''', 60))),
    A("`_send` retries in two situations:\n\n1. **Transport errors** (connection refused, read timeout). It retries only if the request is idempotent and attempts remain; otherwise it raises `TransportError`.\n2. **429 and 5xx responses.** It retries regardless of idempotency. It honours `Retry-After` when present, otherwise uses exponential backoff, and caps any wait at 60 s. When retries run out it **returns** the last error response instead of raising.\n\nThe asymmetry is worth noting: a non-idempotent POST can be retried after a 503 but not after a timeout."),
    ut("that's a great summary. put it as the docstring of _send (and mention the asymmetry as a note), don't touch the logic"),
], tags=["tool_loop", "intent_shift", "follow_up", "code:python", "near_boundary"])

ex("doc_tool_api_reference_page", L, [
    first("list the public functions exported by the sdk package"),
    A(None, T("pf", "Bash", {"command": "grep -n '^export' src/index.ts", "description": "List SDK exports"})),
    TR(R("pf", '''1:export { createClient } from "./client";
2:export type { ClientOptions, RetryPolicy } from "./client";
3:export { paginate } from "./pagination";
4:export { verifyWebhook } from "./webhooks";
5:export { AcmeError, RateLimitError, NotFoundError } from "./errors";''', err=False)),
    A("The package exports `createClient`, `paginate`, `verifyWebhook`, three error classes (`AcmeError`, `RateLimitError`, `NotFoundError`), and the types `ClientOptions` and `RetryPolicy`."),
    ut("generate docs/api.md with a reference entry for each of those: signature, params, return, one example. read the source for the details"),
], tags=["tool_loop", "follow_up", "code:typescript", "repo_paths"])

ex("doc_postmortem", L, [first('''write the postmortem doc for last night's incident using our template (Summary, Impact, Timeline, Root cause, What went well, What went wrong, Action items). facts:
- 22:14 UTC deploy of api v4.12.0
- 22:19 error rate on /checkout jumps to 35%, pager fires 22:21
- cause: new connection pool config set max_connections=5 per pod (typo, meant 50), pool exhaustion under evening load
- 22:38 rollback started, 22:44 error rate normal
- ~2,100 failed checkouts, support contacted affected customers next morning
- config wasn't covered by any test; canary stage was skipped because the deploy was marked "config only"''')],
   tags=["near_boundary"])

ex("doc_es_tool_jsdoc", L, [
    first("documenta las funciones de src/utils/fechas.js con JSDoc, en español"),
    A(None, T("fj", "Read", {"file_path": "/home/lucia/proyectos/agenda/src/utils/fechas.js"})),
    TR(R("fj", catn('''export function inicioDeSemana(fecha, lunes = true) {
  const d = new Date(fecha);
  const dia = d.getDay();
  const diff = lunes ? (dia + 6) % 7 : dia;
  d.setDate(d.getDate() - diff);
  d.setHours(0, 0, 0, 0);
  return d;
}

export function diasEntre(a, b) {
  const MS = 24 * 60 * 60 * 1000;
  return Math.round((Date.UTC(b.getFullYear(), b.getMonth(), b.getDate()) - Date.UTC(a.getFullYear(), a.getMonth(), a.getDate())) / MS);
}
'''))),
    A(None, T("fj2", "Edit", {"file_path": "/home/lucia/proyectos/agenda/src/utils/fechas.js", "old_string": "export function inicioDeSemana(fecha, lunes = true) {", "new_string": "/**\n * Devuelve el inicio (00:00) de la semana que contiene `fecha`.\n * @param {Date|string|number} fecha - Fecha de referencia.\n * @param {boolean} [lunes=true] - Si es true la semana empieza en lunes; si no, en domingo.\n * @returns {Date} Nueva fecha con el primer día de la semana a medianoche (hora local).\n */\nexport function inicioDeSemana(fecha, lunes = true) {"})),
    TR(R("fj2", "The file /home/lucia/proyectos/agenda/src/utils/fechas.js has been updated successfully.")),
    A("Listo: añadí JSDoc a `inicioDeSemana` y a `diasEntre` en `src/utils/fechas.js`. En `diasEntre` expliqué que compara fechas de calendario en UTC para que los cambios de horario no afecten al resultado."),
    ut("perfecto, haz lo mismo con src/utils/moneda.js"),
], tags=["tool_loop", "follow_up", "non_english", "lang_es", "code:javascript", "repo_paths"])

ex("doc_outdated_docstring", L, [first('''update the docstring, it's out of date since we added `strict` and changed the return type

def load_manifest(path: Path, *, strict: bool = False) -> Manifest | None:
    """Load manifest.json from path.

    Returns:
        dict: the parsed manifest. Raises ValueError if invalid.
    """
    try:
        raw = json.loads(path.read_text())
    except FileNotFoundError:
        if strict:
            raise
        return None
    return Manifest.model_validate(raw, strict=strict)''')], tags=["pasted_code", "code:python"])

ex("doc_security_md", L, [first("write a SECURITY.md: supported versions table (3.x yes, 2.x security fixes until 2027-03, <2 no), report via security@ our domain or GitHub private advisories, we acknowledge within 3 business days, 90-day coordinated disclosure, no bug bounty but we credit reporters")],
   tags=[])

ex("doc_comment_instead_of_change", L, [
    first('''review this

def get_user(uid):
    user = cache.get(uid)
    if user is None:
        with lock(f"user:{uid}"):
            user = cache.get(uid)
            if user is None:
                user = db.fetch_user(uid)
                cache.set(uid, user)
    return user'''),
    A("It's the double-checked locking pattern, applied to cache fill. It's correct: the second `cache.get` inside the lock stops concurrent callers from all hitting the DB (cache stampede). On its own, though, the inner check looks redundant to a reader, and someone may \"simplify\" it away. Also, `None` from the DB (a missing user) is never cached, so lookups for missing users always take the lock and hit the DB."),
    ut("yeah someone already tried to remove the inner check once lol. don't change the code, just add a comment there explaining why the second get is needed"),
], tags=["multi_turn", "intent_shift", "follow_up", "near_boundary", "code:python"])

ex("doc_tool_helm_chart_readme", L, [
    first("write the README for our helm chart in deploy/charts/worker, including a values table"),
    A(None, T("hv", "Read", {"file_path": "/home/dev/work/platform/deploy/charts/worker/values.yaml"})),
    TR(R("hv", catn('''replicaCount: 1
image:
  repository: ghcr.io/acme/worker
  tag: ""            # defaults to .Chart.AppVersion
  pullPolicy: IfNotPresent
queue:
  url: ""            # required, amqp://...
  prefetch: 10
concurrency: 4
resources:
  requests: { cpu: 100m, memory: 256Mi }
  limits: { memory: 512Mi }
keda:
  enabled: false
  minReplicas: 1
  maxReplicas: 20
  queueLength: 50
serviceAccount:
  create: true
  annotations: {}
'''))),
], tags=["tool_result_last", "code:yaml", "repo_paths"])

ex("doc_big_module_docstrings", L, [first('''Please add module, class and method docstrings (Google style) to this whole file. Don't change any logic, and keep existing comments. It's our event bus client that the platform team maintains; people keep misusing it because nothing is documented.

```python
import asyncio
import json
import logging
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable

import websockets

log = logging.getLogger(__name__)

Handler = Callable[["Event"], Awaitable[None]]


@dataclass(frozen=True)
class Event:
    topic: str
    payload: dict[str, Any]
    id: str = field(default_factory=lambda: uuid.uuid4().hex)
    ts: float = field(default_factory=time.time)
    headers: dict[str, str] = field(default_factory=dict)

    def to_wire(self) -> str:
        return json.dumps({"t": self.topic, "p": self.payload, "id": self.id, "ts": self.ts, "h": self.headers})

    @classmethod
    def from_wire(cls, raw: str) -> "Event":
        d = json.loads(raw)
        return cls(topic=d["t"], payload=d["p"], id=d["id"], ts=d["ts"], headers=d.get("h", {}))


class Subscription:
    def __init__(self, bus: "BusClient", pattern: str, handler: Handler, group: str | None):
        self._bus = bus
        self.pattern = pattern
        self.handler = handler
        self.group = group
        self.active = True

    def matches(self, topic: str) -> bool:
        if self.pattern.endswith(".*"):
            return topic.startswith(self.pattern[:-1])
        if self.pattern == "*":
            return True
        return topic == self.pattern

    async def cancel(self) -> None:
        self.active = False
        await self._bus._unsubscribe(self)


class BusClient:
    def __init__(self, url: str, *, client_id: str | None = None, ack_timeout: float = 10.0,
                 max_inflight: int = 100, reconnect_delay: tuple[float, float] = (0.5, 30.0)):
        self.url = url
        self.client_id = client_id or f"cli-{uuid.uuid4().hex[:8]}"
        self.ack_timeout = ack_timeout
        self._sem = asyncio.Semaphore(max_inflight)
        self._reconnect_delay = reconnect_delay
        self._ws = None
        self._subs: dict[str, list[Subscription]] = defaultdict(list)
        self._pending_acks: dict[str, asyncio.Future] = {}
        self._closed = False
        self._reader_task: asyncio.Task | None = None
        self._connected = asyncio.Event()

    async def connect(self) -> None:
        delay, max_delay = self._reconnect_delay
        while not self._closed:
            try:
                self._ws = await websockets.connect(self.url, extra_headers={"X-Client-Id": self.client_id})
                self._connected.set()
                for pattern, subs in self._subs.items():
                    for s in subs:
                        await self._send({"op": "sub", "pattern": pattern, "group": s.group})
                self._reader_task = asyncio.create_task(self._reader())
                return
            except OSError as e:
                log.warning("bus connect failed: %s; retrying in %.1fs", e, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, max_delay)

    async def close(self) -> None:
        self._closed = True
        if self._reader_task:
            self._reader_task.cancel()
        if self._ws:
            await self._ws.close()
        for fut in self._pending_acks.values():
            if not fut.done():
                fut.set_exception(ConnectionError("bus closed"))

    async def publish(self, topic: str, payload: dict[str, Any], *, headers: dict[str, str] | None = None,
                      wait_ack: bool = True) -> str:
        ev = Event(topic=topic, payload=payload, headers=headers or {})
        async with self._sem:
            await self._connected.wait()
            if wait_ack:
                fut = asyncio.get_running_loop().create_future()
                self._pending_acks[ev.id] = fut
            await self._send({"op": "pub", "event": ev.to_wire()})
            if wait_ack:
                try:
                    await asyncio.wait_for(fut, self.ack_timeout)
                finally:
                    self._pending_acks.pop(ev.id, None)
        return ev.id

    async def subscribe(self, pattern: str, handler: Handler, *, group: str | None = None) -> Subscription:
        sub = Subscription(self, pattern, handler, group)
        first = not self._subs[pattern]
        self._subs[pattern].append(sub)
        if first and self._connected.is_set():
            await self._send({"op": "sub", "pattern": pattern, "group": group})
        return sub

    async def _unsubscribe(self, sub: Subscription) -> None:
        subs = self._subs.get(sub.pattern, [])
        if sub in subs:
            subs.remove(sub)
        if not subs and self._connected.is_set():
            await self._send({"op": "unsub", "pattern": sub.pattern})

    async def _send(self, msg: dict) -> None:
        await self._ws.send(json.dumps(msg))

    async def _reader(self) -> None:
        try:
            async for raw in self._ws:
                msg = json.loads(raw)
                op = msg.get("op")
                if op == "ack":
                    fut = self._pending_acks.get(msg["id"])
                    if fut and not fut.done():
                        fut.set_result(None)
                elif op == "event":
                    ev = Event.from_wire(msg["event"])
                    await self._dispatch(ev)
                elif op == "error":
                    log.error("bus error: %s", msg.get("message"))
        except websockets.ConnectionClosed:
            self._connected.clear()
            if not self._closed:
                log.info("bus connection lost, reconnecting")
                asyncio.create_task(self.connect())

    async def _dispatch(self, ev: Event) -> None:
        for pattern, subs in list(self._subs.items()):
            for s in subs:
                if s.active and s.matches(ev.topic):
                    try:
                        await s.handler(ev)
                    except Exception:  # handler errors must not kill the reader
                        log.exception("handler for %s failed on %s", pattern, ev.id)
```''')], tags=["long", "pasted_code", "code:python", "near_boundary"])
