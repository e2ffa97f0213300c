"""``python -m tests.fakes.server --port N [--script FILE]``: a :class:`FakeUpstream` in the
foreground, for end-to-end tests that start it as a separate process and for manual use.

It prints ``fake upstream listening on http://127.0.0.1:PORT`` (flushed) once it accepts
connections, serves the JSON script (see ``script_file``), then the default answer, and exits
0 on SIGTERM or SIGINT.  Run it from the repository root so that ``tests`` is importable.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import signal
import sys
import threading
from collections.abc import Callable
from pathlib import Path

from tests.fakes.recorded import RecordedRequest
from tests.fakes.script_file import load_script
from tests.fakes.upstream import DEFAULT_TEXT, FakeUpstream

__all__ = ["DEFAULT_TEXT", "FakeUpstream", "main"]


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.fakes.server", description="Run a scripted fake upstream provider."
    )
    parser.add_argument("--port", type=int, default=0, help="port to listen on (0: any free port)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument(
        "--script", type=Path, help="JSON file of scripted items (see tests/fakes/script_file.py)"
    )
    parser.add_argument(
        "--reasoning-field", default="reasoning_content", choices=["reasoning_content", "reasoning"]
    )
    parser.add_argument("--chunking", type=int, help="characters per streamed fragment")
    parser.add_argument("--record", type=Path, help="append every received request to this JSONL file")
    return parser.parse_args(argv)


def _jsonl_recorder(path: Path) -> Callable[[RecordedRequest], None]:
    lock = threading.Lock()

    def record(request: RecordedRequest) -> None:
        line = json.dumps(request.to_json_dict(), ensure_ascii=False)
        with lock, path.open("a", encoding="utf-8") as handle:
            handle.write(line + "\n")

    return record


def _configured(args: argparse.Namespace) -> FakeUpstream:
    upstream = FakeUpstream(
        port=args.port, host=args.host, reasoning_field=args.reasoning_field, chunking=args.chunking
    )
    if args.script is not None:
        items, default = load_script(args.script)
        upstream.script(*items)
        if default is not None:
            upstream.default = default
    if args.record is not None:
        upstream.on_request = _jsonl_recorder(args.record)
    return upstream


def main(argv: list[str] | None = None) -> int:
    upstream = _configured(_parse_args(argv))
    stop = threading.Event()
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: stop.set())
    with upstream:
        print(f"fake upstream listening on {upstream.url}", flush=True)
        while not stop.wait(0.2):
            pass
    return 0


if __name__ == "__main__":
    with contextlib.suppress(BrokenPipeError):
        sys.exit(main())
