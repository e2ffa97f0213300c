"""Proof that a target really served a scenario: one request whose answer is a valid Anthropic message (or
stream), whose headers say it went the right way, and which the fake upstream counted."""

from __future__ import annotations

import json
from typing import Any

from bench.gateway.client import Request
from bench.gateway.httpclient import Connection, Result, get
from bench.gateway.scenarios import PASSTHROUGH, Scenario
from bench.gateway.targets import HOST, Direct, Target


async def upstream_stats(port: int) -> dict[str, Any]:
    result = await get(HOST, port, "/stats")
    stats: dict[str, Any] = json.loads(result.body)
    return stats


def counter_key(scenario: Scenario) -> str:
    """Which upstream counter a request of `scenario` increments."""
    base = "anthropic" if scenario.mode == PASSTHROUGH else "openai"
    return base + ("_stream" if scenario.stream else "")


def sse_events(body: bytes) -> list[tuple[str, str]]:
    """(event, data) pairs of an SSE body."""
    events: list[tuple[str, str]] = []
    for block in body.replace(b"\r\n", b"\n").split(b"\n\n"):
        name, data = "", []
        for line in block.decode("utf-8", "replace").split("\n"):
            if line.startswith("event:"):
                name = line[6:].strip()
            elif line.startswith("data:"):
                data.append(line[5:].strip())
        if name or data:
            events.append((name, "\n".join(data)))
    return events


def check_anthropic_message(body: bytes) -> str | None:
    try:
        message = json.loads(body)
    except ValueError:
        return f"answer is not JSON: {body[:120]!r}"
    if not isinstance(message, dict) or message.get("type") != "message":
        return f"answer is not an Anthropic message: {body[:160]!r}"
    content = message.get("content")
    if not isinstance(content, list) or not any(b.get("type") == "text" and b.get("text") for b in content):
        return "message has no text content"
    if "usage" not in message:
        return "message has no usage"
    return None


def check_anthropic_stream(body: bytes) -> str | None:
    events = sse_events(body)
    names = [json.loads(d).get("type", n) if d.startswith("{") else n for n, d in events]
    if not names or names[0] != "message_start":
        return f"stream does not start with message_start: {names[:3]}"
    if "content_block_delta" not in names:
        return "stream has no content_block_delta"
    if names[-1] != "message_stop":
        return f"stream does not end with message_stop: {names[-3:]}"
    if "error" in names:
        return "stream carries an error event"
    return None


def check_openai(body: bytes, stream: bool) -> str | None:
    if stream:
        return None if body.rstrip().endswith(b"data: [DONE]") else "OpenAI stream did not end with [DONE]"
    try:
        return None if json.loads(body).get("object") == "chat.completion" else "not a chat.completion"
    except ValueError:
        return "answer is not JSON"


async def verify(target: Target, scenario: Scenario, request: Request, upstream_port: int) -> str | None:
    """None when `target` served `scenario` properly; else what went wrong."""
    before = await upstream_stats(upstream_port)
    conn = await Connection.open(HOST, target.port)
    try:
        result: Result = await conn.send(request.raw, request.first_token, keep_body=True, keep_headers=True,
                                         timeout=60)
    except (OSError, TimeoutError) as exc:
        return f"request failed: {type(exc).__name__}: {exc}"
    finally:
        conn.close()
    after = await upstream_stats(upstream_port)
    if result.status != 200:
        return f"HTTP {result.status}: {result.body[:300].decode('utf-8', 'replace')}"
    direct_openai = isinstance(target, Direct) and scenario.mode != PASSTHROUGH
    if direct_openai:
        problem = check_openai(result.body, scenario.stream)
    elif scenario.stream:
        problem = check_anthropic_stream(result.body)
    else:
        problem = check_anthropic_message(result.body)
    if problem:
        return problem
    problem = target.check_headers(scenario, result.headers)
    if problem:
        return problem
    key = counter_key(scenario)
    seen = after[key] - before[key]
    if seen < 1:
        others = {k: after[k] - before[k] for k in ("openai", "openai_stream", "anthropic", "anthropic_stream",
                                                     "not_found")}
        return (f"the fake upstream did not count the request under {key} (deltas {others}; "
                f"last unknown path: {after.get('last_not_found') or '-'})")
    if seen > 1:
        target.notes.append(f"{scenario.key}: one request reached the upstream {seen} times")
    return None
