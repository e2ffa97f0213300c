"""The things measured: the direct call to the fake upstream, and each gateway in front of it.

A target knows how to start (argv, environment, its own temp home and config), how to tell it is healthy, how
to phrase each scenario's request, and which scenarios it cannot serve (and why, for the table).
"""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass, field
from pathlib import Path

from bench.gateway import bodies
from bench.gateway.client import (
    ANTHROPIC_END,
    ANTHROPIC_FIRST_TOKEN,
    OPENAI_END,
    OPENAI_FIRST_TOKEN,
    Request,
)
from bench.gateway.httpclient import render_request
from bench.gateway.procs import Proc
from bench.gateway.scenarios import PASSTHROUGH, PASSTHROUGH_MODEL, TRANSLATE, Scenario

HOST = "127.0.0.1"
REPO = Path(__file__).resolve().parents[2]
UPSTREAM_KEY = "bench-key"
CLIENT_KEY = "sk-bench-client"

# What Claude Code 2.1.197 sends with every /v1/messages call (fixtures/claude-code/raw), minus hop-by-hop ones.
CLAUDE_CODE_HEADERS: list[tuple[str, str]] = [
    ("accept", "application/json"),
    ("content-type", "application/json"),
    ("user-agent", "claude-cli/2.1.197 (external, sdk-cli)"),
    ("x-claude-code-session-id", "7b42951a-c90b-4ebc-be81-3c178cc0a1d5"),
    ("x-stainless-arch", "x64"),
    ("x-stainless-lang", "js"),
    ("x-stainless-os", "Linux"),
    ("x-stainless-package-version", "0.94.0"),
    ("x-stainless-retry-count", "0"),
    ("x-stainless-runtime", "node"),
    ("x-stainless-timeout", "600"),
    ("anthropic-beta", "claude-code-20250219,context-1m-2025-08-07,interleaved-thinking-2025-05-14,"
                       "context-management-2025-06-27,prompt-caching-scope-2026-01-05,effort-2025-11-24"),
    ("anthropic-dangerous-direct-browser-access", "true"),
    ("anthropic-version", "2023-06-01"),
    ("x-app", "cli"),
]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


@dataclass
class Launch:
    argv: list[str]
    env: dict[str, str]
    cwd: Path
    health_path: str


@dataclass
class Target:
    """Base: a gateway speaking Anthropic Messages on POST /v1/messages."""

    name: str
    group: str
    workers: int = 1
    port: int = 0
    proc: Proc | None = None
    unavailable: str | None = None
    start_seconds: float | None = None
    settle_seconds: float | None = None
    notes: list[str] = field(default_factory=list)
    client_key: str = CLIENT_KEY

    def unsupported(self, scenario: Scenario) -> str | None:
        """Why this target does not run `scenario` (None: it does)."""
        return None

    def launch(self, workdir: Path, upstream_port: int) -> Launch:
        raise NotImplementedError

    def request(self, scenario: Scenario) -> Request:
        body = bodies.anthropic_bytes(scenario.size, scenario.stream, scenario.model)
        headers = [*CLAUDE_CODE_HEADERS, ("x-api-key", self.client_key)]
        raw = render_request("POST", HOST, self.port, "/v1/messages?beta=true", body, headers)
        if scenario.stream:
            return Request(raw, True, ANTHROPIC_FIRST_TOKEN, ANTHROPIC_END)
        return Request(raw, False)

    def check_headers(self, scenario: Scenario, headers: dict[str, str]) -> str | None:
        """Extra proof, from the response headers, that the request went where the scenario says."""
        return None

    @property
    def upstream_kind(self) -> str:
        return "upstream"


@dataclass
class Direct(Target):
    """The client talking straight to the fake upstream, in the upstream's own protocol."""

    def request(self, scenario: Scenario) -> Request:
        if scenario.mode == PASSTHROUGH:
            body = bodies.anthropic_bytes(scenario.size, scenario.stream, PASSTHROUGH_MODEL.split("/", 1)[1])
            headers = [*CLAUDE_CODE_HEADERS, ("x-api-key", UPSTREAM_KEY)]
            raw = render_request("POST", HOST, self.port, "/v1/messages?beta=true", body, headers)
            if scenario.stream:
                return Request(raw, True, ANTHROPIC_FIRST_TOKEN, ANTHROPIC_END)
            return Request(raw, False)
        body = bodies.openai_bytes(scenario.size, scenario.stream)
        headers = [("content-type", "application/json"), ("accept", "application/json"),
                   ("authorization", f"Bearer {UPSTREAM_KEY}"), ("user-agent", "bench-direct")]
        raw = render_request("POST", HOST, self.port, "/v1/chat/completions", body, headers)
        if scenario.stream:
            return Request(raw, True, OPENAI_FIRST_TOKEN, OPENAI_END)
        return Request(raw, False)


def _yaml_quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@dataclass
class Crossroads(Target):
    router: str = "none"  # none | embedded

    def config_text(self, upstream_port: int) -> str:
        openai_base = f"http://{HOST}:{upstream_port}/v1"
        anthropic_base = f"http://{HOST}:{upstream_port}"
        lines = ["llm_providers:",
                 "  - model: openai/gpt-4.1", f"    base_url: {openai_base}", f"    access_key: {UPSTREAM_KEY}",
                 "    default: true"]
        if self.router != "none":
            lines += _preferences("code generation", "generating new code, functions, classes, scripts, tests or "
                                  "boilerplate from requirements, and editing files to add features")
            for model, route, description in _ROUTED_MODELS:
                lines += [f"  - model: {model}", f"    base_url: {openai_base}", f"    access_key: {UPSTREAM_KEY}"]
                lines += _preferences(route, description)
        lines += [f"  - model: {PASSTHROUGH_MODEL}", f"    base_url: {anthropic_base}",
                  f"    access_key: {UPSTREAM_KEY}",
                  "routing:", f"  router: {self.router}"]
        return "\n".join(lines) + "\n"

    def launch(self, workdir: Path, upstream_port: int) -> Launch:
        home = workdir / "home"
        home.mkdir(parents=True, exist_ok=True)
        config = workdir / "config.yaml"
        config.write_text(self.config_text(upstream_port))
        exe = Path(sys.executable).parent / "crossroads"
        argv = [str(exe), "up", "--config", str(config), "--host", HOST, "--port", str(self.port)]
        if self.workers > 1:
            argv += ["--workers", str(self.workers)]
        env = base_env()
        env["HOME"] = str(home)
        env["CROSSROADS_HOME"] = str(home)
        env["XDG_STATE_HOME"] = str(home / "state")
        return Launch(argv, env, workdir, "/healthz")

    def check_headers(self, scenario: Scenario, headers: dict[str, str]) -> str | None:
        model = headers.get("x-crossroads-model", "")
        reason = headers.get("x-crossroads-reason", "")
        wanted = "anthropic/" if scenario.mode == PASSTHROUGH else "openai/"
        if not model.startswith(wanted):
            return f"x-crossroads-model is {model or 'missing'}, expected {wanted}…"
        if self.router != "none" and scenario.mode == TRANSLATE and reason not in ("router", "default"):
            return f"x-crossroads-reason is {reason or 'missing'}, expected router"
        return None


_ROUTED_MODELS = (
    ("openai/gpt-4.1-mini", "code understanding",
     "understanding and explaining existing code, libraries, APIs or how a codebase works"),
    ("openai/o4-mini", "debugging",
     "finding and fixing bugs, diagnosing errors, stack traces, crashes, failing tests and unexpected behaviour"),
    ("openai/gpt-4.1-nano", "documentation",
     "writing or improving docs such as docstrings, comments, READMEs, API references, guides and changelogs"),
)


def _preferences(name: str, description: str) -> list[str]:
    return ["    routing_preferences:", f"      - name: {name}", f"        description: {_yaml_quote(description)}"]


def base_env() -> dict[str, str]:
    """A minimal environment for a started process (no proxies, no inherited keys)."""
    keep = ("PATH", "LANG", "LC_ALL", "TZ", "OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE", "TMPDIR", "SYSTEMROOT")
    env = {k: v for k, v in os.environ.items() if k in keep}
    # Traffic stays on this machine: no proxy may capture the upstream calls.
    env["NO_PROXY"] = env["no_proxy"] = "127.0.0.1,localhost"
    env["PYTHONUNBUFFERED"] = "1"
    return env

