"""The peer gateways, run from the cache that `setup_peers.sh` fills (never from the project's environment).

LiteLLM proxy: serves Anthropic `POST /v1/messages` for any model in its `model_list`. For an `openai/` model it
would call OpenAI's Responses API by default; `LITELLM_USE_CHAT_COMPLETIONS_URL_FOR_ANTHROPIC_MESSAGES=true`
makes it call Chat Completions, as every other target here does (see litellm/llms/anthropic/pass_through/
messages/handler.py, `_should_route_to_responses_api`). The `anthropic/` model entry serves the passthrough
scenarios. A master key is required to start; the client sends it as `x-api-key`.

claude-code-router: `ccr start` runs the server in the foreground, reading `$HOME/.claude-code-router/config.json`.
Provider `fake` is the fake upstream's chat/completions URL and `Router.default` points at it, so a request for
Claude Code's model is translated to OpenAI Chat Completions. Provider `anthropic` is the fake upstream's
/v1/messages with ccr's `Anthropic` transformer; ccr takes a body model written `provider,model` as is, so the
passthrough scenarios send `"model": "anthropic,claude-sonnet-4-5"` (the only byte that differs from the other
targets' bodies). ccr still decodes and re-encodes such a request through its own message format.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from bench.gateway import bodies
from bench.gateway.client import ANTHROPIC_END, ANTHROPIC_FIRST_TOKEN, Request
from bench.gateway.httpclient import render_request
from bench.gateway.scenarios import PASSTHROUGH, PASSTHROUGH_MODEL, TRANSLATE_MODEL, Scenario
from bench.gateway.targets import CLAUDE_CODE_HEADERS, HOST, UPSTREAM_KEY, Launch, Target, base_env

SETUP = Path(__file__).parent / "setup_peers.sh"
LITELLM_MASTER_KEY = "sk-bench-5f0c1e9a7b3d4c2e8f6a1b0c9d7e5f3a"


def cache_dir() -> Path:
    env = os.environ.get("CROSSROADS_BENCH_CACHE")
    return Path(env) if env else Path.home() / ".cache" / "crossroads-bench"


def litellm_exe() -> Path:
    return cache_dir() / "litellm-venv" / "bin" / "litellm"


def ccr_cli() -> Path:
    return cache_dir() / "ccr" / "node_modules" / "@musistudio" / "claude-code-router" / "dist" / "cli.js"


def installed() -> dict[str, bool]:
    return {"litellm": litellm_exe().exists(), "ccr": ccr_cli().exists()}


def ensure_installed(log: Path) -> dict[str, str | None]:
    """Run setup_peers.sh when a peer is missing; returns, per peer, why it is unavailable (None: ready)."""
    if not all(installed().values()):
        with log.open("wb") as out:
            subprocess.run(["bash", str(SETUP)], stdout=out, stderr=subprocess.STDOUT, check=False,
                           env={**os.environ, "CROSSROADS_BENCH_CACHE": str(cache_dir())})
    tail = " ".join(log.read_text(errors="replace").split()[-40:]) if log.exists() else ""
    state = installed()
    reasons: dict[str, str | None] = {}
    reasons["litellm"] = None if state["litellm"] else f"LiteLLM could not be installed by setup_peers.sh: {tail}"
    node = _which("node")
    if not node:
        reasons["ccr"] = "Node.js (node) is not installed"
    else:
        reasons["ccr"] = None if state["ccr"] else f"claude-code-router could not be installed: {tail}"
    return reasons


def _which(name: str) -> str | None:
    for folder in os.environ.get("PATH", "").split(os.pathsep):
        candidate = Path(folder) / name
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return str(candidate)
    return None


def versions() -> dict[str, str]:
    out: dict[str, str] = {}
    version_file = cache_dir() / "litellm.version"
    if version_file.exists():
        out["litellm"] = version_file.read_text().strip().rsplit(" ", 1)[-1]
    package = ccr_cli().parent.parent / "package.json"
    if package.exists():
        out["claude-code-router"] = json.loads(package.read_text()).get("version", "?")
    node = _which("node")
    if node:
        out["node"] = subprocess.run([node, "--version"], capture_output=True, text=True, check=False).stdout.strip()
    return out


@dataclass
class LiteLLM(Target):
    client_key: str = LITELLM_MASTER_KEY

    def config_text(self, upstream_port: int) -> str:
        return "\n".join([
            "model_list:",
            f"  - model_name: {TRANSLATE_MODEL}",
            "    litellm_params:",
            "      model: openai/gpt-4.1",
            f"      api_base: http://{HOST}:{upstream_port}/v1",
            f"      api_key: {UPSTREAM_KEY}",
            f"  - model_name: {PASSTHROUGH_MODEL}",
            "    litellm_params:",
            f"      model: {PASSTHROUGH_MODEL}",
            f"      api_base: http://{HOST}:{upstream_port}",
            f"      api_key: {UPSTREAM_KEY}",
            "litellm_settings:",
            "  drop_params: true",
            "general_settings:",
            f"  master_key: {LITELLM_MASTER_KEY}",
        ]) + "\n"

    def launch(self, workdir: Path, upstream_port: int) -> Launch:
        config = workdir / "litellm.yaml"
        config.write_text(self.config_text(upstream_port))
        argv = [str(litellm_exe()), "--config", str(config), "--host", HOST, "--port", str(self.port)]
        if self.workers > 1:
            argv += ["--num_workers", str(self.workers)]
        env = base_env()
        env["HOME"] = str(workdir)
        env["LITELLM_USE_CHAT_COMPLETIONS_URL_FOR_ANTHROPIC_MESSAGES"] = "true"
        env["LITELLM_LOCAL_MODEL_COST_MAP"] = "True"  # no fetch of the price list at start
        env["LITELLM_TELEMETRY"] = "False"
        return Launch(argv, env, workdir, "/health/liveliness")


CCR_PASSTHROUGH_MODEL = "anthropic,claude-sonnet-4-5"


@dataclass
class ClaudeCodeRouter(Target):
    def request(self, scenario: Scenario) -> Request:
        if scenario.mode != PASSTHROUGH:
            return super().request(scenario)
        body = bodies.anthropic_bytes(scenario.size, scenario.stream, CCR_PASSTHROUGH_MODEL)
        headers = [*CLAUDE_CODE_HEADERS, ("x-api-key", self.client_key)]
        raw = render_request("POST", HOST, self.port, "/v1/messages?beta=true", body, headers)
        if scenario.stream:
            return Request(raw, True, ANTHROPIC_FIRST_TOKEN, ANTHROPIC_END)
        return Request(raw, False)

    def config(self, upstream_port: int) -> dict[str, object]:
        return {
            "LOG": False,
            "HOST": HOST,
            "PORT": self.port,
            "API_TIMEOUT_MS": 600_000,
            "Providers": [
                {"name": "fake", "api_base_url": f"http://{HOST}:{upstream_port}/v1/chat/completions",
                 "api_key": UPSTREAM_KEY, "models": ["gpt-4.1"]},
                {"name": "anthropic", "api_base_url": f"http://{HOST}:{upstream_port}/v1/messages",
                 "api_key": UPSTREAM_KEY, "models": ["claude-sonnet-4-5"], "transformer": {"use": ["Anthropic"]}},
            ],
            "Router": {"default": "fake,gpt-4.1"},
        }

    def launch(self, workdir: Path, upstream_port: int) -> Launch:
        home = workdir / "home"
        folder = home / ".claude-code-router"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "config.json").write_text(json.dumps(self.config(upstream_port), indent=2))
        env = base_env()
        env["HOME"] = str(home)
        node = _which("node") or "node"
        return Launch([node, str(ccr_cli()), "start"], env, workdir, "/health")
