"""Per-upstream knobs for the Anthropic ↔ OpenAI Chat Completions translation (filled from the catalogue)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ChatOptions:
    model: str
    """Upstream model id to put in the request."""
    max_tokens_field: str = "max_tokens"
    """Or "max_completion_tokens" (OpenAI reasoning models, Azure)."""
    max_output_tokens: int | None = None
    """Clamp max_tokens to this when set."""
    schema_dialect: str = "openai"
    """"openai" | "gemini": how tool schemas are sanitised (see protocols.schema_sanitize)."""
    reasoning_field: str | None = None
    """"reasoning_content" (DeepSeek, vLLM, xAI) | "reasoning" (OpenRouter, Ollama, Groq) | None."""
    stream_usage: bool = True
    """Send stream_options.include_usage when streaming."""
    send_user: bool = True
    """Map metadata.user_id to "user"."""
