"""A small HTTP/1.1 server side on asyncio streams, with byte-level control of the reply.

Requests: a request line, headers (kept in arrival order and spelling) and a body framed by
``content-length`` or ``transfer-encoding: chunked``; ``Expect: 100-continue`` is honoured.
Replies: ``content-length`` bodies, or one HTTP chunk per frame; the faults in
:class:`~tests.fakes.reply.Reply` are carried out here.  Connections are kept alive.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from email.utils import formatdate
from http import HTTPStatus

from tests.fakes.reply import Header, Reply

HEAD_LIMIT = 256 * 1024
EXTRA_PHRASES = {529: "Overloaded"}


class BadRequest(Exception):
    """The bytes received are not an HTTP/1.1 request we can parse."""


@dataclass(frozen=True)
class Incoming:
    method: str
    target: str
    version: str
    headers: list[Header]
    body: bytes

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)

    @property
    def keep_alive(self) -> bool:
        connection = (self.header("connection") or "").lower()
        if self.version == "HTTP/1.0":
            return "keep-alive" in connection
        return "close" not in connection


async def _read_head(reader: asyncio.StreamReader) -> bytes | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as error:
        if error.partial.strip():
            raise BadRequest("connection closed in the middle of a request head") from error
        return None
    except asyncio.LimitOverrunError as error:
        raise BadRequest("request head too large") from error
    return head.lstrip(b"\r\n")


def _parse_head(head: bytes) -> tuple[str, str, str, list[Header]]:
    lines = head[:-4].decode("latin-1").split("\r\n")
    try:
        method, target, version = lines[0].split(" ", 2)
    except ValueError as error:
        raise BadRequest(f"bad request line {lines[0]!r}") from error
    headers: list[Header] = []
    for line in lines[1:]:
        name, separator, value = line.partition(":")
        if not separator:
            raise BadRequest(f"bad header line {line!r}")
        headers.append((name, value.strip(" \t")))
    return method, target, version, headers


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while (await reader.readuntil(b"\r\n")) != b"\r\n":
                pass  # trailer fields
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


async def read_request(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> Incoming | None:
    """The next request on the connection, or None once the client has closed it."""
    head = await _read_head(reader)
    if head is None:
        return None
    method, target, version, headers = _parse_head(head)
    incoming = Incoming(method, target, version, headers, b"")
    if (incoming.header("expect") or "").lower() == "100-continue":
        writer.write(b"HTTP/1.1 100 Continue\r\n\r\n")
    if "chunked" in (incoming.header("transfer-encoding") or "").lower():
        body = await _read_chunked(reader)
    else:
        body = await reader.readexactly(int(incoming.header("content-length") or 0))
    return Incoming(method, target, version, headers, body)


def _phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return EXTRA_PHRASES.get(status, "Unknown")


def _head_bytes(reply: Reply, keep_alive: bool) -> bytes:
    headers = list(reply.headers)
    names = {name.lower() for name, _ in headers}
    if "date" not in names:
        headers.append(("date", formatdate(usegmt=True)))
    if reply.frames is not None:
        headers.append(("transfer-encoding", "chunked"))
    elif "content-length" not in names:
        headers.append(("content-length", str(len(reply.body or b""))))
    if not keep_alive:
        headers.append(("connection", "close"))
    lines = [f"HTTP/1.1 {reply.status} {_phrase(reply.status)}"] + [f"{k}: {v}" for k, v in headers]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


def _chunk(frame: bytes) -> bytes:
    return b"%x\r\n%s\r\n" % (len(frame), frame)


async def _pause(writer: asyncio.StreamWriter, reply: Reply, index: int) -> None:
    if index in reply.pauses:
        await writer.drain()
        await asyncio.sleep(reply.pauses[index])
    elif index and reply.frame_delay:
        await asyncio.sleep(reply.frame_delay)


async def _write_frames(
    writer: asyncio.StreamWriter, reply: Reply, frames: list[bytes], keep_alive: bool
) -> bool:
    limit = len(frames) if reply.close_after_frames is None else min(reply.close_after_frames, len(frames))
    for index in range(limit):
        await _pause(writer, reply, index)
        if frames[index]:
            writer.write(_chunk(frames[index]))
            await writer.drain()
    if limit in reply.pauses:
        await asyncio.sleep(reply.pauses[limit])
    if reply.close_after_frames is not None:
        writer.close()
        return False
    writer.write(b"0\r\n\r\n")
    await writer.drain()
    return keep_alive


async def write_reply(
    writer: asyncio.StreamWriter, reply: Reply, *, head_only: bool, keep_alive: bool
) -> bool:
    """Send ``reply``; True if the connection may carry another request."""
    if reply.drop_connection:
        writer.close()
        return False
    if reply.delay_before_headers:
        await asyncio.sleep(reply.delay_before_headers)
    writer.write(_head_bytes(reply, keep_alive))
    if head_only:
        await writer.drain()
        return keep_alive
    if reply.frames is not None:
        return await _write_frames(writer, reply, reply.frames, keep_alive)
    writer.write(reply.body or b"")
    await writer.drain()
    return keep_alive
