"""Known output-token limits, so Claude Code's `max_tokens` (32000/64000) is clamped to what a model accepts.

Matched by the longest prefix of the model id; a configured `max_output_tokens` always wins.
"""

from __future__ import annotations

_OUTPUT_LIMITS: dict[str, int] = {
    "gpt-4o": 16384,
    "gpt-4o-mini": 16384,
    "gpt-4.1": 32768,
    "gpt-4-turbo": 4096,
    "gpt-3.5": 4096,
    "gpt-5": 128000,
    "o1": 100000,
    "o3": 100000,
    "o4-mini": 100000,
    "deepseek-chat": 8192,
    "deepseek-reasoner": 65536,
    "deepseek-v4": 65536,
    "grok-3": 131072,
    "grok-4": 131072,
    "gemini-2.0": 8192,
    "gemini-2.5": 65536,
    "gemini-3": 65536,
    "mistral-large": 32768,
    "codestral": 32768,
    "devstral": 32768,
    "llama-3.1": 8192,
    "llama-3.3": 32768,
    "qwen": 32768,
    "kimi-k2": 32768,
    "glm-4": 32768,
}


def known_output_limit(model_id: str) -> int | None:
    bare = model_id.rsplit("/", 1)[-1].lower()
    best: str | None = None
    for prefix in _OUTPUT_LIMITS:
        if bare.startswith(prefix) and (best is None or len(prefix) > len(best)):
            best = prefix
    return _OUTPUT_LIMITS[best] if best else None


def uses_completion_tokens_field(model_id: str) -> bool:
    """OpenAI reasoning models reject `max_tokens` and want `max_completion_tokens`."""
    bare = model_id.rsplit("/", 1)[-1].lower()
    return bare.startswith(("o1", "o3", "o4", "gpt-5"))
