"""Check the benchmark's own parts in a few seconds, without any gateway: `python -m bench.gateway.selftest`.

Starts the fake upstream in-process (ephemeral port, 3 chunks, 5 ms apart), then checks its framing for every
answer kind, its counters and 404s, the stream flag detection, the bodies' sizes and shapes, and how long the
upstream plus client take per request (the floor every "direct" figure sits on).
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys

from bench.gateway import bodies
from bench.gateway.client import (
    ANTHROPIC_END,
    ANTHROPIC_FIRST_TOKEN,
    OPENAI_FIRST_TOKEN,
    Request,
    Samples,
    latency_block,
)
from bench.gateway.httpclient import Connection, get, render_request
from bench.gateway.upstream import flag_is_true, serve
from bench.gateway.verify import check_anthropic_message, check_anthropic_stream, check_openai, sse_events

HOST = "127.0.0.1"
FAILURES: list[str] = []


def expect(condition: bool, what: str) -> None:
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        FAILURES.append(what)


def check_flags() -> None:
    expect(flag_is_true(b'{"stream":true}', b"stream"), "flag: compact true")
    expect(flag_is_true(b'{"a":1, "stream" : true}', b"stream"), "flag: spaced true")
    expect(not flag_is_true(b'{"stream":false}', b"stream"), "flag: false")
    expect(not flag_is_true(b'{"t":"\\"stream\\": true"}', b"stream"), "flag: inside a string is ignored")
    expect(not flag_is_true(b'{"properties":{"stream":{"type":"boolean"}}}', b"stream"), "flag: schema property")


def check_bodies() -> None:
    sizes = {size: len(bodies.anthropic_bytes(size, False, "claude-opus-4-8")) for size in bodies.SIZES}
    expect(7_400 <= sizes["small"] <= 8_000, f"bodies: small is ~7.7 KB ({sizes['small']:,} B)")
    expect(sizes["cc"] == 76_292, f"bodies: cc is Claude Code's 76 KB request ({sizes['cc']:,} B)")
    expect(390_000 <= sizes["long"] <= 420_000, f"bodies: long is ~400 KB ({sizes['long']:,} B)")
    expect(len(bodies.anthropic_dict("cc")["tools"]) == 24, "bodies: cc has 24 tools")
    long_messages = bodies.anthropic_dict("long")["messages"]
    last = long_messages[-1]["content"][-1]
    expect(last.get("type") == "tool_result", "bodies: long ends with a tool result")
    openai = json.loads(bodies.openai_bytes("cc", True))
    expect(openai["stream"] is True and openai["stream_options"] == {"include_usage": True},
           "bodies: OpenAI stream body asks for usage")


async def check_upstream(port: int) -> None:
    conn = await Connection.open(HOST, port)
    for path, body, stream, checker in (
        ("/v1/chat/completions", bodies.openai_bytes("small", False), False, lambda b: check_openai(b, False)),
        ("/v1/chat/completions", bodies.openai_bytes("small", True), True, lambda b: check_openai(b, True)),
        ("/v1/messages?beta=true", bodies.anthropic_bytes("small", False, "m"), False, check_anthropic_message),
        ("/v1/messages?beta=true", bodies.anthropic_bytes("small", True, "m"), True, check_anthropic_stream),
    ):
        marker = (OPENAI_FIRST_TOKEN if "chat" in path else ANTHROPIC_FIRST_TOKEN) if stream else b""
        raw = render_request("POST", HOST, port, path, body, [("content-type", "application/json")])
        result = await conn.send(raw, marker, keep_body=True, keep_headers=True)
        kind = f"{'stream ' if stream else ''}{path.split('?')[0]}"
        expect(result.status == 200 and checker(result.body) is None, f"upstream: {kind} is well framed")
        if stream:
            expect(result.ttft is not None and result.ttft >= 0.004, f"upstream: {kind} first token after the delay")
            expect(result.headers.get("transfer-encoding") == "chunked", f"upstream: {kind} is chunked")
    events = [name for name, _ in sse_events(result.body)]
    expect(events[:3] == ["message_start", "content_block_start", "ping"] and events[-1] == "message_stop",
           "upstream: Anthropic event order")
    missing = await conn.send(render_request("GET", HOST, port, "/nope"), keep_body=True)
    expect(missing.status == 404, "upstream: unknown path is 404")
    conn.close()
    stats = json.loads((await get(HOST, port, "/stats")).body)
    expect((stats["openai"], stats["openai_stream"], stats["anthropic"], stats["anthropic_stream"],
            stats["not_found"]) == (1, 1, 1, 1, 1), f"upstream: counters {stats}")


async def time_upstream(port: int) -> None:
    conn = await Connection.open(HOST, port)
    for size in bodies.SIZES:
        raw = render_request("POST", HOST, port, "/v1/chat/completions", bodies.openai_bytes(size, False),
                             [("content-type", "application/json")])
        samples = Samples()
        await latency_block(conn, Request(raw, False), 2000, 2.0, samples)
        p50 = sorted(samples.total)[len(samples.total) // 2]
        print(f"info direct round trip, {bodies.SIZE_LABELS[size]} body: p50 {p50:.3f} ms (client + upstream)")
    raw = render_request("POST", HOST, port, "/v1/messages", bodies.anthropic_bytes("small", True, "m"),
                         [("content-type", "application/json")])
    samples = Samples()
    await latency_block(conn, Request(raw, True, ANTHROPIC_FIRST_TOKEN, ANTHROPIC_END), 20, 2.0, samples)
    expect(samples.errors == 0 and len(samples.ttft) == 20, "client: stream first token and end detected")
    conn.close()


async def main() -> int:
    check_flags()
    check_bodies()
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        port = sock.getsockname()[1]
    ready = asyncio.Event()
    server = asyncio.create_task(serve(HOST, port, chunks=3, delay_ms=5.0, ready=ready))
    await ready.wait()
    try:
        await check_upstream(port)
        await time_upstream(port)
    finally:
        server.cancel()
    print(f"{len(FAILURES)} failed" if FAILURES else "all checks passed")
    return 1 if FAILURES else 0


if __name__ == "__main__":
    from bench.gateway.run import _run

    sys.exit(_run(main()))
