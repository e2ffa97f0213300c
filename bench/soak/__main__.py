"""Soak: concurrent streaming clients for minutes, with random client disconnects and upstream faults.

    .venv/bin/python -m bench.soak                  # 5 minutes, 16 clients
    .venv/bin/python -m bench.soak --duration 60 --clients 8

Reports requests, errors by kind, the gateway's RSS, open sockets and asyncio tasks at the start and the end
(leaks show as growth), and whether the usage store holds one record per request. Never run in CI.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import aiohttp

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from tests.fakes import Answer, FakeUpstream, RecordedRequest, anthropic_error, faults, openai_error  # noqa: E402
from tests.gateway_harness import free_port  # noqa: E402


def faulty_upstream(fault_rate: float) -> object:
    rng = random.Random(7)

    def answer(request: RecordedRequest) -> object:
        text = "streamed token " * rng.randint(5, 40)
        roll = rng.random()
        if roll < fault_rate * 0.25:
            return openai_error(500, "boom") if "chat" in request.path else anthropic_error(529, "overloaded_error")
        if roll < fault_rate * 0.5:
            return faults.truncate(Answer(text=text), after_frames=3)
        if roll < fault_rate * 0.75:
            return faults.stall(Answer(text=text), after_frames=2, seconds=1.5)
        if roll < fault_rate:
            return openai_error(429, "slow down", retry_after=0) if "chat" in request.path else \
                anthropic_error(429, "rate_limit_error", retry_after=0)
        return Answer(text=text, input_tokens=rng.randint(100, 5000), output_tokens=rng.randint(10, 500))

    return answer


def gateway_stats(pid: int) -> dict[str, int]:
    status = Path(f"/proc/{pid}/status").read_text()
    rss_kb = int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
    sockets = sum(1 for fd in Path(f"/proc/{pid}/fd").iterdir() if os.readlink(fd).startswith("socket:"))
    return {"rss_mb": rss_kb // 1024, "sockets": sockets}


async def health(session: aiohttp.ClientSession, url: str) -> dict[str, object]:
    async with session.get(f"{url}/healthz") as response:
        return await response.json()


async def client_loop(session: aiohttp.ClientSession, url: str, deadline: float, disconnect_rate: float,
                      outcomes: Counter[str], rng: random.Random) -> None:
    while time.monotonic() < deadline:
        model = rng.choice(["openai/gpt-4.1", "anthropic/claude-sonnet-4-5"])
        body = {"model": model, "max_tokens": 200, "stream": True,
                "messages": [{"role": "user", "content": f"tell me something #{rng.random()}"}]}
        try:
            async with session.post(f"{url}/v1/messages", json=body) as response:
                if response.status != 200:
                    outcomes[f"http_{response.status}"] += 1
                    await response.read()
                    continue
                if rng.random() < disconnect_rate:
                    await response.content.readany()
                    response.close()
                    outcomes["client_disconnected"] += 1
                    continue
                text = (await response.read()).decode()
                if "event: error" in text:
                    outcomes["stream_error_event"] += 1
                elif "message_stop" in text:
                    outcomes["ok"] += 1
                else:
                    outcomes["incomplete"] += 1
        except (TimeoutError, aiohttp.ClientError) as exc:
            outcomes[f"client_{type(exc).__name__}"] += 1


async def soak(args: argparse.Namespace) -> dict[str, object]:
    home = Path(tempfile.mkdtemp(prefix="crossroads-soak-"))
    port = free_port()
    with FakeUpstream() as upstream:
        upstream.default = faulty_upstream(args.fault_rate)
        config = home / "config.yaml"
        config.write_text(f"""
listeners: {{egress_traffic: {{address: 127.0.0.1, port: {port}}}}}
llm_providers:
  - {{model: openai/gpt-4.1, base_url: "{upstream.url}/v1", access_key: soak, default: true}}
  - {{model: anthropic/claude-sonnet-4-5, base_url: "{upstream.url}", access_key: soak}}
routing: {{router: none}}
defaults:
  retry: {{attempts: 2, backoff: 0.05s}}
  timeouts: {{connect: 1s, first_byte: 5s, idle: 1s}}
""")
        env = {**os.environ, "CROSSROADS_HOME": str(home)}
        gateway = subprocess.Popen([sys.executable, "-m", "crossroads", "up", "--config", str(config)], env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as session:
                for _ in range(100):
                    try:
                        await health(session, url)
                        break
                    except aiohttp.ClientError:
                        await asyncio.sleep(0.1)
                start = {**gateway_stats(gateway.pid), **(await health(session, url))}
                outcomes: Counter[str] = Counter()
                deadline = time.monotonic() + args.duration
                rng = random.Random(11)
                await asyncio.gather(*(client_loop(session, url, deadline, args.disconnect_rate, outcomes,
                                                   random.Random(rng.random())) for _ in range(args.clients)))
                await asyncio.sleep(2)  # let cancelled upstream calls and the store settle
                end = {**gateway_stats(gateway.pid), **(await health(session, url))}
        finally:
            gateway.send_signal(signal.SIGTERM)
            gateway.wait(timeout=30)
    with sqlite3.connect(home / "usage.db") as db:
        stored = db.execute("select count(*) from requests").fetchone()[0]
    requests = sum(outcomes.values())
    return {"duration_s": args.duration, "clients": args.clients, "requests": requests,
            "outcomes": dict(outcomes), "start": start, "end": end, "usage_records": stored,
            "records_match": stored == end["requests"], "upstream_requests": len(upstream.requests)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--duration", type=float, default=300)
    parser.add_argument("--clients", type=int, default=16)
    parser.add_argument("--fault-rate", type=float, default=0.1)
    parser.add_argument("--disconnect-rate", type=float, default=0.05)
    args = parser.parse_args()
    report = asyncio.run(soak(args))
    print(json.dumps(report, indent=2))
    leaked = report["end"]["in_flight"] != 0 or report["end"]["tasks"] > report["start"]["tasks"] + 2
    return 1 if leaked or not report["records_match"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
