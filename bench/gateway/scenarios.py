"""What is measured: each scenario is one request shape sent, closed-loop, to every target that can serve it."""

from __future__ import annotations

from dataclasses import dataclass

from bench.gateway.bodies import SIZE_LABELS

TRANSLATE = "translate"  # Anthropic in, OpenAI Chat Completions upstream
PASSTHROUGH = "passthrough"  # Anthropic in, Anthropic upstream

# The model names a client puts in the body: Claude Code's own id goes to the default (translated) model; the
# `provider/model` name pins the Anthropic-protocol upstream.
TRANSLATE_MODEL = "claude-opus-4-8"
PASSTHROUGH_MODEL = "anthropic/claude-sonnet-4-5"


@dataclass(frozen=True, slots=True)
class Scenario:
    key: str
    mode: str  # TRANSLATE or PASSTHROUGH
    size: str  # a bodies.SIZES key
    stream: bool
    pause_ms: float = 0.0
    """Idle time before each request. A stream's 20 deltas 2 ms apart leave every process idle between requests;
    on a VM, waking an idle process costs far more than on bare metal, and a gateway adds two such wake-ups (the
    request arriving, the upstream answering). This shows that cost apart from streaming itself."""

    @property
    def label(self) -> str:
        kind = "stream " if self.stream else ""
        idle = f" after {self.pause_ms:g} ms idle" if self.pause_ms else ""
        return f"{kind}{self.mode} {SIZE_LABELS[self.size]}{idle}"

    @property
    def model(self) -> str:
        return TRANSLATE_MODEL if self.mode == TRANSLATE else PASSTHROUGH_MODEL


LATENCY_SCENARIOS: tuple[Scenario, ...] = (
    Scenario("translate-small", TRANSLATE, "small", False),
    Scenario("translate-cc", TRANSLATE, "cc", False),
    Scenario("translate-long", TRANSLATE, "long", False),
    Scenario("passthrough-small", PASSTHROUGH, "small", False),
    Scenario("passthrough-cc", PASSTHROUGH, "cc", False),
    Scenario("passthrough-long", PASSTHROUGH, "long", False),
    Scenario("translate-cc-idle", TRANSLATE, "cc", False, pause_ms=40),
    Scenario("stream-translate-cc", TRANSLATE, "cc", True),
    Scenario("stream-passthrough-cc", PASSTHROUGH, "cc", True),
)
THROUGHPUT_SCENARIO = LATENCY_SCENARIOS[0]  # translate 7.7 KB non-stream, as issue 6 states its targets
ROUTER_SCENARIOS = ("translate-small", "translate-cc")  # where the embedded-router crossroads also runs


def by_key(key: str) -> Scenario:
    for scenario in LATENCY_SCENARIOS:
        if scenario.key == key:
            return scenario
    raise KeyError(key)
