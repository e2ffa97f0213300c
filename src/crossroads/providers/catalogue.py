"""One entry per known provider.

Adding a provider is one entry here; a new module in `protocols/` is only needed when its wire format is new.
`base_url` follows each SDK's convention: OpenAI-compatible providers end at the API root
(`https://api.openai.com/v1`), Anthropic-protocol providers at the host (`https://api.anthropic.com`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Protocol = Literal["anthropic", "openai"]
AuthStyle = Literal["x-api-key", "bearer", "api-key", "none"]
SchemaDialect = Literal["openai", "gemini", "strict-lite"]


@dataclass(frozen=True)
class ProviderSpec:
    name: str
    protocol: Protocol
    base_url: str | None
    """Default base URL; None means the user must give one."""
    default_path: str
    """Path prefix added when a configured base_url has no path of its own."""
    auth: AuthStyle
    key_env: str | None
    """The environment variable users conventionally keep this provider's key in."""
    key_required: bool = True
    max_tokens_field: Literal["max_tokens", "max_completion_tokens"] = "max_tokens"
    schema_dialect: SchemaDialect = "openai"
    reasoning_field: Literal["reasoning_content", "reasoning"] | None = None
    """Where the provider puts chain-of-thought in assistant messages and deltas (None: it has none)."""
    stream_usage: bool = True
    """Whether `stream_options.include_usage` is accepted."""
    send_user: bool = True
    """Whether the OpenAI `user` field is accepted."""
    notes: str = ""
    extra_headers: dict[str, str] = field(default_factory=dict)


def _openai_compatible(name: str, base_url: str | None, key_env: str | None, **kw: object) -> ProviderSpec:
    default_path = kw.pop("default_path", "/v1")
    return ProviderSpec(
        name=name, protocol="openai", base_url=base_url, default_path=str(default_path), auth=kw.pop("auth", "bearer"),  # type: ignore[arg-type]
        key_env=key_env, **kw,  # type: ignore[arg-type]
    )


CATALOGUE: dict[str, ProviderSpec] = {
    spec.name: spec
    for spec in (
        ProviderSpec(
            name="anthropic", protocol="anthropic", base_url="https://api.anthropic.com", default_path="",
            auth="x-api-key", key_env="ANTHROPIC_API_KEY", notes="byte passthrough",
        ),
        _openai_compatible(
            "openai", "https://api.openai.com/v1", "OPENAI_API_KEY", max_tokens_field="max_completion_tokens",
        ),
        _openai_compatible(
            "deepseek", "https://api.deepseek.com/v1", "DEEPSEEK_API_KEY", reasoning_field="reasoning_content",
            notes="reasoning_content is passed back on tool turns, as thinking mode requires",
        ),
        _openai_compatible("xai", "https://api.x.ai/v1", "XAI_API_KEY", reasoning_field="reasoning_content"),
        _openai_compatible("mistral", "https://api.mistral.ai/v1", "MISTRAL_API_KEY", send_user=False),
        _openai_compatible(
            "groq", "https://api.groq.com/openai/v1", "GROQ_API_KEY", default_path="/openai/v1",
            reasoning_field="reasoning", send_user=False,
        ),
        _openai_compatible("together", "https://api.together.xyz/v1", "TOGETHER_API_KEY", reasoning_field="reasoning"),
        _openai_compatible(
            "fireworks", "https://api.fireworks.ai/inference/v1", "FIREWORKS_API_KEY",
            default_path="/inference/v1", reasoning_field="reasoning_content",
        ),
        _openai_compatible(
            "openrouter", "https://openrouter.ai/api/v1", "OPENROUTER_API_KEY", default_path="/api/v1",
            reasoning_field="reasoning",
        ),
        _openai_compatible(
            "ollama", "http://localhost:11434/v1", None, key_required=False, reasoning_field="reasoning",
        ),
        _openai_compatible(
            "vllm", "http://localhost:8000/v1", "VLLM_API_KEY", key_required=False, reasoning_field="reasoning_content",
        ),
        _openai_compatible("lmstudio", "http://localhost:1234/v1", None, key_required=False, reasoning_field="reasoning_content"),
        _openai_compatible(
            "gemini", "https://generativelanguage.googleapis.com/v1beta/openai", "GEMINI_API_KEY",
            default_path="/v1beta/openai", schema_dialect="gemini", send_user=False,
            notes="Gemini's OpenAI-compatible endpoint; tool schemas are sanitised for it",
        ),
        _openai_compatible(
            "azure_openai", None, "AZURE_OPENAI_API_KEY", default_path="/openai/v1", auth="api-key",
            max_tokens_field="max_completion_tokens", notes="base_url is your resource, e.g. https://NAME.openai.azure.com",
        ),
        _openai_compatible("moonshot", "https://api.moonshot.ai/v1", "MOONSHOT_API_KEY", reasoning_field="reasoning_content"),
        _openai_compatible("qwen", "https://dashscope-intl.aliyuncs.com/compatible-mode/v1", "DASHSCOPE_API_KEY",
                           default_path="/compatible-mode/v1", reasoning_field="reasoning_content"),
        _openai_compatible("zai", "https://api.z.ai/api/paas/v4", "ZAI_API_KEY", default_path="/api/paas/v4",
                           reasoning_field="reasoning_content"),
        _openai_compatible(
            "arch", None, None, key_required=False,
            notes="archgw's router model provider (Arch-Router on Ollama/vLLM); used by routing, not for answers",
        ),
        _openai_compatible("cerebras", "https://api.cerebras.ai/v1", "CEREBRAS_API_KEY", reasoning_field="reasoning"),
    )
}

# Spellings other gateways use for the same providers.
ALIASES = {"claude": "anthropic", "grok": "xai", "google": "gemini", "azure": "azure_openai", "kimi": "moonshot",
           "lm_studio": "lmstudio", "lm-studio": "lmstudio", "dashscope": "qwen", "zhipu": "zai"}


def lookup_provider(name: str) -> ProviderSpec | None:
    key = name.lower()
    return CATALOGUE.get(ALIASES.get(key, key))


def generic_spec(name: str, protocol: Protocol) -> ProviderSpec:
    """A provider the catalogue does not know, described by `provider_interface` and `base_url`."""
    if protocol == "anthropic":
        return ProviderSpec(name=name, protocol="anthropic", base_url=None, default_path="", auth="x-api-key",
                            key_env=None, key_required=False)
    return ProviderSpec(name=name, protocol="openai", base_url=None, default_path="/v1", auth="bearer",
                        key_env=None, key_required=False, reasoning_field="reasoning_content")
