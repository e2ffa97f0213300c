"""A fast fake LLM upstream: OpenAI Chat Completions and Anthropic Messages, stream and non-stream.

    python -m bench.gateway.upstream --port 18001 --chunks 20 --delay-ms 2

Routes:
  POST …/chat/completions   OpenAI protocol (any prefix: /v1/chat/completions, /chat/completions, …)
  POST …/messages           Anthropic protocol (/v1/messages, with any query string)
  GET  /stats               request counters as JSON (the benchmark reads them to prove a gateway reached us)
  anything else             404, counted under ``not_found`` with the last such path

Whether a request streams is read straight off the body bytes (``"stream": true`` and
``"include_usage": true`` outside any JSON string), never by parsing the JSON, so a 400 KB body costs a few
microseconds. Every answer is rendered once at start-up (see ``replies``). A stream writes its headers and
preamble at once and then one text delta every ``--delay-ms`` (all at once when the delay is 0).

Raw asyncio protocol + httptools + uvloop, no framework: the point is to add well under 0.1 ms per request.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import sys
from collections import deque
from dataclasses import dataclass, field
from typing import cast

import httptools

from bench.gateway.replies import Replies, build_replies


def flag_is_true(body: bytes, key: bytes) -> bool:
    """True when `"key": true` occurs in the JSON bytes (a key inside a JSON string is escaped, so never matches)."""
    needle = b'"' + key + b'"'
    start = body.find(needle)
    while start != -1:
        i = start + len(needle)
        end = min(len(body), i + 16)
        while i < end and body[i] in b" \t\r\n":
            i += 1
        if i < end and body[i] == 0x3A:  # ':'
            i += 1
            while i < end and body[i] in b" \t\r\n":
                i += 1
            if body.startswith(b"true", i):
                return True
        start = body.find(needle, start + 1)
    return False


@dataclass
class Counters:
    requests: int = 0
    openai: int = 0
    openai_stream: int = 0
    anthropic: int = 0
    anthropic_stream: int = 0
    not_found: int = 0
    bytes_in: int = 0
    last_not_found: str = ""
    paths: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> bytes:
        return json.dumps({
            "requests": self.requests, "openai": self.openai, "openai_stream": self.openai_stream,
            "anthropic": self.anthropic, "anthropic_stream": self.anthropic_stream, "not_found": self.not_found,
            "bytes_in": self.bytes_in, "last_not_found": self.last_not_found, "paths": self.paths,
        }, separators=(",", ":")).encode()


@dataclass(frozen=True, slots=True)
class Settings:
    replies: Replies
    delay: float  # seconds between stream pieces


class UpstreamProtocol(asyncio.Protocol):
    """One connection: parse requests with httptools, answer from the precomputed replies, keep alive."""

    __slots__ = (
        "_body",
        "_busy",
        "_counters",
        "_keep_alive",
        "_loop",
        "_method",
        "_parser",
        "_pending",
        "_settings",
        "_transport",
        "_url",
    )

    def __init__(self, settings: Settings, counters: Counters) -> None:
        self._settings = settings
        self._counters = counters
        self._loop = asyncio.get_running_loop()
        self._parser = httptools.HttpRequestParser(self)
        self._transport: asyncio.Transport | None = None
        self._body: list[bytes] = []
        self._url = b""
        self._method = b""
        self._busy = False
        self._keep_alive = True
        self._pending: deque[tuple[bytes, bytes, bytes, bool]] = deque()

    # -- asyncio.Protocol -----------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self._transport = cast(asyncio.Transport, transport)  # uvloop's transports do not subclass it

    def data_received(self, data: bytes) -> None:
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserError:
            if self._transport is not None:
                self._transport.write(self._settings.replies.bad_request)
                self._transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self._transport = None

    # -- httptools callbacks --------------------------------------------------------------------------

    def on_message_begin(self) -> None:
        self._body = []
        self._url = b""

    def on_url(self, url: bytes) -> None:
        self._url += url

    def on_header(self, name: bytes, value: bytes) -> None:
        if name.lower() == b"expect" and value.lower() == b"100-continue" and self._transport is not None:
            self._transport.write(b"HTTP/1.1 100 Continue\r\n\r\n")

    def on_body(self, body: bytes) -> None:
        self._body.append(body)

    def on_message_complete(self) -> None:
        body = self._body[0] if len(self._body) == 1 else b"".join(self._body)
        request = (self._parser.get_method(), self._url, body, self._parser.should_keep_alive())
        self._body = []
        if self._busy:
            self._pending.append(request)
        else:
            self._answer(*request)

    # -- answering ------------------------------------------------------------------------------------

    def _answer(self, method: bytes, url: bytes, body: bytes, keep_alive: bool) -> None:
        transport = self._transport
        if transport is None:
            return
        counters = self._counters
        replies = self._settings.replies
        path = url.split(b"?", 1)[0].rstrip(b"/")
        counters.requests += 1
        counters.bytes_in += len(body)
        self._keep_alive = keep_alive
        if method == b"POST" and path.endswith(b"/chat/completions"):
            if flag_is_true(body, b"stream"):
                counters.openai_stream += 1
                pieces = replies.openai_stream_usage if flag_is_true(body, b"include_usage") else replies.openai_stream
                self._stream(pieces)
                return
            counters.openai += 1
            self._finish(replies.openai)
        elif method == b"POST" and path.endswith(b"/messages"):
            if flag_is_true(body, b"stream"):
                counters.anthropic_stream += 1
                self._stream(replies.anthropic_stream)
                return
            counters.anthropic += 1
            self._finish(replies.anthropic)
        elif method == b"GET" and path == b"/stats":
            counters.requests -= 1  # reading the counters is not traffic
            self._finish(_json_response(counters.as_json()))
        else:
            counters.not_found += 1
            counters.last_not_found = f"{method.decode()} {url.decode('latin-1')}"[:200]
            key = counters.last_not_found.split("?", 1)[0]
            counters.paths[key] = counters.paths.get(key, 0) + 1
            self._finish(replies.not_found)

    def _finish(self, data: bytes) -> None:
        transport = self._transport
        if transport is None:
            return
        transport.write(data)
        if not self._keep_alive:
            transport.close()
            return
        if self._pending:
            self._answer(*self._pending.popleft())

    def _stream(self, pieces: tuple[bytes, ...]) -> None:
        delay = self._settings.delay
        if delay <= 0 or len(pieces) == 1:
            self._finish(b"".join(pieces))
            return
        self._busy = True
        transport = self._transport
        assert transport is not None
        transport.write(pieces[0])
        start = self._loop.time()
        last = len(pieces) - 1
        for i in range(1, len(pieces)):
            self._loop.call_at(start + i * delay, self._write_piece, pieces[i], i == last)

    def _write_piece(self, data: bytes, last: bool) -> None:
        if self._transport is None:
            return
        if last:
            self._busy = False
            self._finish(data)
        else:
            self._transport.write(data)


def _json_response(body: bytes) -> bytes:
    return b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s" % (len(body), body)


async def serve(host: str, port: int, chunks: int, delay_ms: float, ready: asyncio.Event | None = None) -> None:
    settings = Settings(replies=build_replies(chunks), delay=delay_ms / 1000.0)
    counters = Counters()
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: UpstreamProtocol(settings, counters), host, port,
                                      reuse_address=True, backlog=1024)
    stop = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    bound = server.sockets[0].getsockname()[1]
    print(f"fake upstream listening on http://{host}:{bound} (chunks={chunks}, delay={delay_ms} ms)",
          file=sys.stderr, flush=True)
    if ready is not None:
        ready.set()
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.gateway.upstream", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=18001)
    parser.add_argument("--chunks", type=int, default=20, help="text deltas per answer (default 20)")
    parser.add_argument("--delay-ms", type=float, default=0.0, help="delay between stream deltas (default 0)")
    args = parser.parse_args(argv)
    try:
        import uvloop
    except ImportError:
        asyncio.run(serve(args.host, args.port, args.chunks, args.delay_ms))
    else:
        uvloop.run(serve(args.host, args.port, args.chunks, args.delay_ms))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
