"""The small HTTP/1.1 upstream client against a raw asyncio server: keep-alive reuse, a pooled connection the
server closed, chunked streaming, close-delimited bodies, malformed HTTP and a refused connection."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest

from crossroads.gateway.upstream import Timeouts, UpstreamClient, UpstreamError

TIMEOUTS = Timeouts(connect=1.0, first_byte=2.0, idle=2.0)


class Server(asyncio.Protocol):
    """Answers every request with `reply(transport, request_number)`; counts connections."""

    connections = 0

    def __init__(self, reply: Callable[[asyncio.Transport, int], None]) -> None:
        self.reply = reply
        self.buffer = b""
        self.count = 0

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        Server.connections += 1
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        while b"\r\n\r\n" in self.buffer:
            head, _, rest = self.buffer.partition(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n")
                              if line.lower().startswith(b"content-length")))
            if len(rest) < length:
                return
            self.buffer = rest[length:]
            self.count += 1
            self.reply(self.transport, self.count)  # type: ignore[arg-type]


async def serve(reply: Callable[[asyncio.Transport, int], None]) -> tuple[asyncio.Server, str]:
    Server.connections = 0
    server = await asyncio.get_running_loop().create_server(lambda: Server(reply), "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    return server, f"http://127.0.0.1:{port}/v1/chat/completions"


def ok(transport: asyncio.Transport, _: int) -> None:
    transport.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 2\r\n\r\n{}")


async def test_keep_alive_connections_are_reused() -> None:
    server, url = await serve(ok)
    client = UpstreamClient()
    await client.start()
    try:
        for _ in range(5):
            response = await client.post(url, [("content-type", "application/json")], b"{}", TIMEOUTS)
            assert response.status == 200 and response.header("Content-Type") == "application/json"
            assert await response.read() == b"{}"
        assert Server.connections == 1
    finally:
        await client.close()
        server.close()


async def test_a_pooled_connection_closed_by_the_server_is_replaced_once() -> None:
    def ok_then_close(transport: asyncio.Transport, _: int) -> None:
        ok(transport, 0)
        transport.close()

    server, url = await serve(ok_then_close)
    client = UpstreamClient()
    await client.start()
    try:
        for _ in range(3):
            response = await client.post(url, [], b"{}", TIMEOUTS)
            assert await response.read() == b"{}"
            await asyncio.sleep(0.01)
    finally:
        await client.close()
        server.close()


async def test_chunked_stream_arrives_chunk_by_chunk() -> None:
    def stream(transport: asyncio.Transport, _: int) -> None:
        transport.write(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n"
                        b"7\r\ndata: 1\r\n")
        loop = asyncio.get_running_loop()
        loop.call_later(0.05, transport.write, b"7\r\ndata: 2\r\n")
        loop.call_later(0.1, transport.write, b"0\r\n\r\n")

    server, url = await serve(stream)
    client = UpstreamClient()
    await client.start()
    try:
        response = await client.post(url, [], b"{}", TIMEOUTS)
        assert await response.next_chunk(1) == b"data: 1"
        assert await response.next_chunk(0.01) is None  # nothing yet: the caller may send a ping
        assert await response.next_chunk(1) == b"data: 2"
        assert await response.next_chunk(1) == b""
        response.release()
    finally:
        await client.close()
        server.close()


async def test_close_delimited_body_and_malformed_http() -> None:
    answered = []

    def close_delimited(transport: asyncio.Transport, _: int) -> None:
        answered.append(1)
        if len(answered) == 1:
            transport.write(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{\"a\":1}")
            transport.close()
        else:
            transport.write(b"NOT HTTP AT ALL\r\n\r\n")

    server, url = await serve(close_delimited)
    client = UpstreamClient()
    await client.start()
    try:
        response = await client.post(url, [], b"{}", TIMEOUTS)
        assert await response.read() == b'{"a":1}'
        with pytest.raises(UpstreamError):
            response = await client.post(url, [], b"{}", TIMEOUTS)
            await response.read()
    finally:
        await client.close()
        server.close()


async def test_refused_connection_is_a_connect_error() -> None:
    server, url = await serve(ok)
    server.close()
    await server.wait_closed()
    client = UpstreamClient()
    await client.start()
    try:
        with pytest.raises(UpstreamError) as info:
            await client.post(url, [], b"{}", TIMEOUTS)
        assert info.value.kind == "connect"
    finally:
        await client.close()
