"""A minimal keep-alive HTTP/1.1 client on a raw asyncio protocol with httptools, cheap enough that the
benchmark measures the servers rather than itself.

    conn = await Connection.open("127.0.0.1", 8080)
    result = await conn.send(raw_request_bytes, first_token=b"content_block_delta")
    result.status, result.ttfb, result.ttft, result.total     # seconds, from the first byte written

Requests are pre-rendered bytes (`render_request`), so sending one is a single socket write. A request whose
answer does not finish within `timeout` fails with `TimeoutError`; a connection the server closed is reopened on
the next send.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from typing import cast

import httptools

_perf = time.perf_counter
_LAST = 256


def render_request(method: str, host: str, port: int, path: str, body: bytes = b"",
                   headers: list[tuple[str, str]] | None = None) -> bytes:
    lines = [f"{method} {path} HTTP/1.1", f"host: {host}:{port}"]
    if body or method == "POST":
        lines.append(f"content-length: {len(body)}")
    lines += [f"{k}: {v}" for k, v in headers or []]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@dataclass(slots=True)
class Result:
    status: int = 0
    ttfb: float = 0.0
    ttft: float | None = None
    total: float = 0.0
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    last: bytes = b""  # the last bytes of the body, always kept (to check how a stream ended)


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.transport: asyncio.Transport | None = None
        self.parser = httptools.HttpResponseParser(self)
        self.waiter: asyncio.Future[Result] | None = None
        self.result = Result()
        self.started = 0.0
        self.first_token = b""
        self.keep_body = False
        self.keep_headers = False
        self.chunks: list[bytes] = []
        self.tail = b""
        self.closed = False

    # asyncio.Protocol
    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        if not self.result.ttfb:
            self.result.ttfb = _perf() - self.started
        try:
            self.parser.feed_data(data)
        except httptools.HttpParserUpgrade:
            pass
        except httptools.HttpParserError as exc:
            self._fail(ConnectionError(f"bad HTTP response: {exc}"))
            if self.transport is not None:
                self.transport.close()

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self._fail(ConnectionError(f"connection closed by server{': ' + str(exc) if exc else ''}"))

    # httptools callbacks
    def on_header(self, name: bytes, value: bytes) -> None:
        if self.keep_headers:
            self.result.headers[name.decode("latin-1").lower()] = value.decode("latin-1")

    def on_headers_complete(self) -> None:
        self.result.status = self.parser.get_status_code()

    def on_body(self, body: bytes) -> None:
        if self.keep_body:
            self.chunks.append(body)
        self.result.last = (self.result.last + body[-_LAST:])[-_LAST:]
        if self.first_token and self.result.ttft is None:
            window = self.tail + body
            if self.first_token in window:
                self.result.ttft = _perf() - self.started
            else:
                self.tail = window[-len(self.first_token):]

    def on_message_complete(self) -> None:
        result = self.result
        result.total = _perf() - self.started
        if self.keep_body:
            result.body = b"".join(self.chunks)
        waiter = self.waiter
        self.waiter = None
        if waiter is not None and not waiter.done():
            waiter.set_result(result)
        if not self.parser.should_keep_alive() and self.transport is not None:
            self.transport.close()

    def _fail(self, exc: Exception) -> None:
        waiter = self.waiter
        self.waiter = None
        if waiter is not None and not waiter.done():
            waiter.set_exception(exc)


class Connection:
    """One keep-alive connection; one request at a time."""

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self._proto: _Protocol | None = None
        self._loop = asyncio.get_running_loop()

    @classmethod
    async def open(cls, host: str, port: int) -> Connection:
        conn = cls(host, port)
        await conn._connect()
        return conn

    async def _connect(self) -> None:
        _, proto = await self._loop.create_connection(_Protocol, self.host, self.port)
        self._proto = proto

    async def send(self, raw: bytes, first_token: bytes = b"", keep_body: bool = False, keep_headers: bool = False,
                   timeout: float = 60.0) -> Result:
        proto = self._proto
        if proto is None or proto.closed or proto.transport is None or proto.transport.is_closing():
            await self._connect()
            proto = self._proto
            assert proto is not None
        proto.result = Result()
        proto.first_token = first_token
        proto.keep_body = keep_body
        proto.keep_headers = keep_headers
        proto.chunks = []
        proto.tail = b""
        waiter: asyncio.Future[Result] = self._loop.create_future()
        proto.waiter = waiter
        timer = self._loop.call_later(timeout, _expire, waiter, timeout)
        proto.started = _perf()
        assert proto.transport is not None
        proto.transport.write(raw)
        try:
            return await waiter
        except BaseException:
            self.close()  # the connection is in an unknown state: start afresh next time
            raise
        finally:
            timer.cancel()

    def close(self) -> None:
        if self._proto is not None and self._proto.transport is not None:
            self._proto.transport.close()
        self._proto = None


def _expire(waiter: asyncio.Future[Result], timeout: float) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError(f"no complete answer within {timeout:g}s"))


async def get(host: str, port: int, path: str, timeout: float = 5.0) -> Result:
    """One GET on a fresh connection (health checks, counters)."""
    conn = await asyncio.wait_for(Connection.open(host, port), timeout)
    try:
        return await conn.send(render_request("GET", host, port, path), keep_body=True, timeout=timeout)
    finally:
        conn.close()
