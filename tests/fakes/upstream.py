"""``FakeUpstream``: one local HTTP server that plays an Anthropic-protocol provider and an
OpenAI-Chat-Completions provider at once, answering from a script.

Routes (any query string is accepted and recorded):

* ``POST .../chat/completions`` (``/v1/chat/completions``, ``/chat/completions``,
  ``/openai/v1/chat/completions``, ``/v1beta/openai/chat/completions``...): OpenAI protocol;
* ``POST .../messages`` (``/v1/messages?beta=true``...): Anthropic protocol;
* ``POST .../messages/count_tokens``: ``{"input_tokens": upstream.token_count}``;
* ``GET .../models``: ``upstream.model_ids`` in the Anthropic or OpenAI list shape;
* anything else: 404 in the provider's error shape.

Every request is recorded.  Each model call takes the next scripted item, or
``upstream.default`` once the script is used up.  The server runs in a background thread with
its own event loop, so synchronous tests and subprocesses can both talk to it.

``python -m tests.fakes.server`` runs one in the foreground (see ``server``).
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from types import TracebackType
from urllib.parse import urlsplit

from tests.fakes.answers import Answer
from tests.fakes.endpoints import (
    bad_body_reply,
    count_tokens_reply,
    internal_error_reply,
    models_reply,
    not_found_reply,
)
from tests.fakes.recorded import RecordedRequest
from tests.fakes.reply import Reply
from tests.fakes.respond import Context, Item, facts_of, protocol_of, resolve
from tests.fakes.wire import BadRequest, Incoming, read_request, write_reply

DEFAULT_TEXT = "Hello from the fake upstream."


class FakeUpstream:
    """A scripted fake provider on ``127.0.0.1`` (an ephemeral port unless ``port`` is given)."""

    def __init__(
        self,
        *,
        port: int = 0,
        host: str = "127.0.0.1",
        default: Item | None = None,
        reasoning_field: str = "reasoning_content",
        chunking: int | None = None,
    ) -> None:
        self.host = host
        self.default: Item = default if default is not None else Answer(text=DEFAULT_TEXT)
        self.reasoning_field = reasoning_field
        self.chunking = chunking
        self.token_count = 42
        self.model_ids: list[str] = ["fake-model"]
        self.on_request: Callable[[RecordedRequest], None] | None = None
        self._wanted_port = port
        self._port: int | None = None
        self._changed = threading.Condition()
        self._queue: deque[Item] = deque()
        self._requests: list[RecordedRequest] = []
        self._errors: list[str] = []
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stopping: asyncio.Event | None = None
        self._tasks: set[asyncio.Task[None]] = set()

    # ----- scripting and inspection (any thread) -----

    def script(self, *items: Item) -> FakeUpstream:
        """Queue replies for the next model calls, in order."""
        with self._changed:
            self._queue.extend(items)
        return self

    @property
    def pending(self) -> int:
        """How many scripted items are still queued."""
        with self._changed:
            return len(self._queue)

    @property
    def requests(self) -> list[RecordedRequest]:
        """A snapshot of every request received so far, oldest first."""
        with self._changed:
            return list(self._requests)

    @property
    def errors(self) -> list[str]:
        """Why scripted items could not be served (each one was answered with a 500)."""
        with self._changed:
            return list(self._errors)

    def wait_for_requests(self, count: int, timeout: float = 5.0) -> list[RecordedRequest]:
        """Block until ``count`` requests have arrived; TimeoutError otherwise."""
        with self._changed:
            if not self._changed.wait_for(lambda: len(self._requests) >= count, timeout):
                raise TimeoutError(f"{len(self._requests)} of {count} requests arrived within {timeout}s")
            return list(self._requests)

    def reset(self) -> None:
        """Forget recorded requests, errors and queued items."""
        with self._changed:
            self._queue.clear()
            self._requests.clear()
            self._errors.clear()

    # ----- lifecycle -----

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("the fake upstream is not running; call start() first")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self) -> FakeUpstream:
        if self._thread is not None:
            raise RuntimeError("the fake upstream is already running")
        ready = threading.Event()
        failure: list[BaseException] = []
        self._thread = threading.Thread(
            target=self._run, args=(ready, failure), name="fake-upstream", daemon=True
        )
        self._thread.start()
        ready.wait()
        if failure:
            self._thread.join()
            self._thread = None
            raise failure[0]
        return self

    def stop(self) -> None:
        thread, loop, stopping = self._thread, self._loop, self._stopping
        if thread is None or loop is None or stopping is None:
            return
        loop.call_soon_threadsafe(stopping.set)
        thread.join(timeout=10)
        self._thread = self._loop = self._stopping = None
        self._port = None

    def __enter__(self) -> FakeUpstream:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.stop()

    # ----- the server thread -----

    def _run(self, ready: threading.Event, failure: list[BaseException]) -> None:
        try:
            asyncio.run(self._serve(ready))
        except BaseException as error:  # reported to start() if it happened before the server was up
            failure.append(error)
            ready.set()

    async def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.get_running_loop()
        self._stopping = asyncio.Event()
        server = await asyncio.start_server(self._on_connection, self.host, self._wanted_port)
        self._port = server.sockets[0].getsockname()[1]
        ready.set()
        await self._stopping.wait()
        server.close()
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        await server.wait_closed()

    async def _on_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        self._tasks.add(task)
        try:
            await self._converse(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, BadRequest):
            pass
        except asyncio.CancelledError:
            pass  # stop(): end quietly (asyncio's stream callback would log a cancelled task)
        finally:
            self._tasks.discard(task)
            writer.close()

    async def _converse(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        while True:
            incoming = await read_request(reader, writer)
            if incoming is None:
                return
            request = self._record(incoming)
            reply = self._reply_for(request)
            head_only = request.method == "HEAD"
            if not await write_reply(writer, reply, head_only=head_only, keep_alive=incoming.keep_alive):
                return

    def _record(self, incoming: Incoming) -> RecordedRequest:
        parts = urlsplit(incoming.target)
        request = RecordedRequest(
            method=incoming.method,
            path=parts.path,
            query=parts.query,
            headers=list(incoming.headers),
            body=incoming.body,
            received_at=time.time(),
        )
        with self._changed:
            self._requests.append(request)
            self._changed.notify_all()
        if self.on_request is not None:
            try:
                self.on_request(request)
            except Exception as error:
                self._note_error(f"on_request hook failed: {type(error).__name__}: {error}")
        return request

    def _note_error(self, explanation: str) -> None:
        with self._changed:
            self._errors.append(explanation)

    # ----- choosing the reply -----

    def _reply_for(self, request: RecordedRequest) -> Reply:
        path, method = request.path, request.method
        if method == "POST" and path.endswith("/messages/count_tokens"):
            return count_tokens_reply(self.token_count)
        if method in ("GET", "HEAD") and path.endswith("/models"):
            return models_reply(request, self.model_ids)
        if method == "POST" and protocol_of(path) is not None:
            return self._model_reply(request)
        return not_found_reply(request)

    def _next_item(self) -> Item:
        with self._changed:
            return self._queue.popleft() if self._queue else self.default

    def _model_reply(self, request: RecordedRequest) -> Reply:
        try:
            facts_of(request)
        except ValueError:
            return bad_body_reply(request)
        item = self._next_item()
        context = Context(default=self.default, reasoning_field=self.reasoning_field, chunking=self.chunking)
        try:
            return resolve(item, request, context)
        except Exception as error:
            explanation = f"{type(error).__name__}: {error}"
            self._note_error(explanation)
            return internal_error_reply(explanation)
