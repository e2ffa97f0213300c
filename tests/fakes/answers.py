"""What the fake model "says", independent of the wire protocol.

An :class:`Answer` is rendered into Anthropic Messages or OpenAI Chat Completions bytes by
``render_anthropic`` / ``render_openai``.  Token counts follow Anthropic's meaning:
``input_tokens`` is the *uncached* input and ``cache_read_tokens`` the input read from the
prompt cache.  The OpenAI renderer therefore reports ``prompt_tokens = input_tokens +
cache_read_tokens`` and ``prompt_tokens_details.cached_tokens = cache_read_tokens``, which is
how OpenAI counts (its prompt count includes the cached part).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from tests.fakes.ids import tool_use_id

StopReason = Literal["end_turn", "tool_use", "max_tokens", "stop_sequence", "pause_turn", "refusal"]

OPENAI_FINISH_REASONS: dict[str, str] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "tool_use": "tool_calls",
    "max_tokens": "length",
    "refusal": "content_filter",
}

DEFAULT_SIGNATURE = "sig-ZmFrZS10aGlua2luZy1zaWduYXR1cmU="


@dataclass(frozen=True)
class ToolCall:
    """One tool call.  ``id`` is in Anthropic form (``toolu_...``).

    The OpenAI renderer sends :attr:`openai_id`, derived deterministically:
    ``toolu_01AbC`` becomes ``call_01AbC`` (an id without the ``toolu_`` prefix is kept as is),
    so a test can predict the id a gateway receives from an OpenAI upstream.
    """

    id: str
    name: str
    arguments: dict[str, Any]

    @property
    def openai_id(self) -> str:
        if self.id.startswith("toolu_"):
            return "call_" + self.id.removeprefix("toolu_")
        return self.id

    def arguments_openai(self) -> str:
        """Arguments as OpenAI streams them: compact JSON (``{"a":1}``)."""
        return json.dumps(self.arguments, separators=(",", ":"), ensure_ascii=False)

    def arguments_anthropic(self) -> str:
        """Arguments as Anthropic's ``input_json_delta`` fragments spell them (``{"a": 1}``)."""
        return json.dumps(self.arguments, ensure_ascii=False)


def tool_call(name: str, arguments: dict[str, Any], *, id: str | None = None) -> ToolCall:
    """A :class:`ToolCall` with a fresh ``toolu_...`` id unless one is given."""
    return ToolCall(id=id or tool_use_id(), name=name, arguments=arguments)


@dataclass
class Answer:
    """A complete model turn.

    ``stop`` defaults to ``"tool_use"`` when there are tool calls and ``"end_turn"`` otherwise.
    ``thinking_signature`` is only sent on the Anthropic side (OpenAI-style reasoning has no
    signature).  ``model`` overrides the model name echoed from the request.
    ``stop_sequence`` is reported when ``stop == "stop_sequence"``.
    """

    text: str = ""
    thinking: str = ""
    thinking_signature: str = DEFAULT_SIGNATURE
    tool_calls: list[ToolCall] = field(default_factory=list)
    stop: StopReason | None = None
    input_tokens: int = 25
    output_tokens: int = 15
    cache_read_tokens: int = 0
    model: str | None = None
    stop_sequence: str | None = None

    def __post_init__(self) -> None:
        if self.stop is None:
            self.stop = "tool_use" if self.tool_calls else "end_turn"

    @property
    def openai_finish_reason(self) -> str:
        return OPENAI_FINISH_REASONS[self.stop or "end_turn"]

    @property
    def reported_stop_sequence(self) -> str | None:
        return self.stop_sequence if self.stop == "stop_sequence" else None

    def model_for(self, requested: str) -> str:
        return self.model or requested

    @property
    def reasoning_tokens(self) -> int:
        """An estimate of the output tokens spent on thinking (OpenAI reports it separately)."""
        if not self.thinking:
            return 0
        return min(self.output_tokens, max(1, len(self.thinking) // 4))
