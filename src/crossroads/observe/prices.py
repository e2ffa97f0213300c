"""Estimated cost of a request: a built-in price table, overridable from config.

Prices are USD per million tokens: (input, output, cache read, cache write). A model is matched by the longest
table key that prefixes its id (`claude-sonnet-4-5-20250929` → `claude-sonnet-4-5`), after lower-casing and
spelling dots as dashes (`gpt-4.1` ≡ `gpt-4-1`, OpenRouter's `claude-sonnet-4.5` ≡ `claude-sonnet-4-5`).
Keys written `provider/…` only match that provider (Groq's Llama prices are Groq's).

Resolution order: the model's own `price:` in `llm_providers`, then `usage.prices` (keyed by `provider/model`,
model id or id prefix), then this table. Unknown models cost `None` (unknown), not 0. A missing cache price is
billed at the input price.

Token meaning is Anthropic's: `input_tokens` excludes cache reads and cache writes, so each count is billed at
its own rate once.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from crossroads.config.resolved import GatewayConfig
    from crossroads.config.schema import Price


class Rate(NamedTuple):
    input: float
    output: float
    cache_read: float | None = None
    cache_write: float | None = None


# Estimates, not invoices: list prices from each provider's public pricing page as of late 2025 (standard tier,
# short-context prices, no batch or regional discounts). Check your provider's bill for real numbers and put
# corrections under `usage.prices` in the config.
BUILTIN: dict[str, Rate] = {
    # Anthropic (anthropic.com/pricing); cache write = 5-minute TTL price. Opus after 4.5 assumed at 4.5's price.
    "claude-opus-4": Rate(15.0, 75.0, 1.50, 18.75),
    "claude-opus-4-5": Rate(5.0, 25.0, 0.50, 6.25),
    "claude-opus-4-6": Rate(5.0, 25.0, 0.50, 6.25),
    "claude-opus-4-7": Rate(5.0, 25.0, 0.50, 6.25),
    "claude-opus-4-8": Rate(5.0, 25.0, 0.50, 6.25),
    "claude-sonnet-4": Rate(3.0, 15.0, 0.30, 3.75),
    "claude-3-7-sonnet": Rate(3.0, 15.0, 0.30, 3.75),
    "claude-haiku-4": Rate(1.0, 5.0, 0.10, 1.25),
    "claude-3-5-haiku": Rate(0.80, 4.0, 0.08, 1.0),
    "claude-3-haiku": Rate(0.25, 1.25, 0.03, 0.30),
    # OpenAI (openai.com/api/pricing); cached input is the cache-read price, there is no write surcharge.
    "gpt-4.1": Rate(2.0, 8.0, 0.50, 0.0),
    "gpt-4.1-mini": Rate(0.40, 1.60, 0.10, 0.0),
    "gpt-4.1-nano": Rate(0.10, 0.40, 0.025, 0.0),
    "gpt-4o": Rate(2.50, 10.0, 1.25, 0.0),
    "gpt-4o-mini": Rate(0.15, 0.60, 0.075, 0.0),
    "gpt-5": Rate(1.25, 10.0, 0.125, 0.0),
    "gpt-5-mini": Rate(0.25, 2.0, 0.025, 0.0),
    "gpt-5-nano": Rate(0.05, 0.40, 0.005, 0.0),
    "o1": Rate(15.0, 60.0, 7.50, 0.0),
    "o3": Rate(2.0, 8.0, 0.50, 0.0),
    "o3-mini": Rate(1.10, 4.40, 0.55, 0.0),
    "o3-pro": Rate(20.0, 80.0, None, 0.0),
    "o4-mini": Rate(1.10, 4.40, 0.275, 0.0),
    "gpt-oss-120b": Rate(0.15, 0.75, None, 0.0),
    "gpt-oss-20b": Rate(0.075, 0.30, None, 0.0),
    # DeepSeek (api-docs.deepseek.com, V3.2 prices: chat and reasoner cost the same; cache hit = read).
    "deepseek-chat": Rate(0.28, 0.42, 0.028, 0.0),
    "deepseek-reasoner": Rate(0.28, 0.42, 0.028, 0.0),
    # Google Gemini (ai.google.dev/pricing, prompts ≤ 200k tokens; context-cache reads, storage not included).
    "gemini-2.5-pro": Rate(1.25, 10.0, 0.125, 0.0),
    "gemini-2.5-flash": Rate(0.30, 2.50, 0.03, 0.0),
    "gemini-2.5-flash-lite": Rate(0.10, 0.40, 0.01, 0.0),
    "gemini-2.0-flash": Rate(0.10, 0.40, 0.025, 0.0),
    # xAI (docs.x.ai/docs/models).
    "grok-4": Rate(3.0, 15.0, 0.75, 0.0),
    "grok-4-fast": Rate(0.20, 0.50, 0.05, 0.0),
    "grok-code-fast": Rate(0.20, 1.50, 0.02, 0.0),
    "grok-3": Rate(3.0, 15.0, 0.75, 0.0),
    "grok-3-mini": Rate(0.30, 0.50, 0.075, 0.0),
    # Mistral (mistral.ai/pricing).
    "mistral-medium": Rate(0.40, 2.0),
    "mistral-large": Rate(2.0, 6.0),
    "mistral-small": Rate(0.10, 0.30),
    "devstral-medium": Rate(0.40, 2.0),
    "devstral-small": Rate(0.10, 0.30),
    "codestral": Rate(0.30, 0.90),
    "magistral-medium": Rate(2.0, 5.0),
    # Groq-hosted open models (groq.com/pricing); other hosts charge differently, hence the provider prefix.
    "groq/llama-3.3-70b": Rate(0.59, 0.79),
    "groq/llama-3.1-8b": Rate(0.05, 0.08),
    "groq/llama-4-scout": Rate(0.11, 0.34),
    "groq/llama-4-maverick": Rate(0.20, 0.60),
    "groq/meta-llama/llama-4-scout": Rate(0.11, 0.34),
    "groq/meta-llama/llama-4-maverick": Rate(0.20, 0.60),
    "groq/kimi-k2": Rate(1.0, 3.0),
    "groq/moonshotai/kimi-k2": Rate(1.0, 3.0),
    # Moonshot and Z.ai (their pricing pages).
    "kimi-k2": Rate(0.60, 2.50, 0.15, 0.0),
    "glm-4.6": Rate(0.60, 2.20, 0.11, 0.0),
    "glm-4.5": Rate(0.60, 2.20, 0.11, 0.0),
}

# Models served on your own machine cost nothing per token.
FREE_PROVIDERS = frozenset({"ollama", "lmstudio", "vllm"})
FREE = Rate(0.0, 0.0, 0.0, 0.0)


def normalise(name: str) -> str:
    return name.strip().lower().replace(".", "-")


def _matches(key: str, name: str) -> bool:
    # A prefix must end at a separator, so `o3` never claims `o30-…`.
    return name == key or (name.startswith(key) and name[len(key)] in "-:@/[")


def longest_match(table: Mapping[str, Rate], names: Iterable[str]) -> Rate | None:
    best: tuple[int, Rate] | None = None
    for name in names:
        for key, rate in table.items():
            if _matches(key, name) and (best is None or len(key) > best[0]):
                best = (len(key), rate)
    return best[1] if best else None


def _rate_from_price(price: Price) -> Rate:
    return Rate(price.input, price.output, price.cache_read, price.cache_write)


class PriceBook:
    """Finds the rate for a `provider/model` and prices a record's token counts."""

    def __init__(self, per_model: Mapping[str, Rate] | None = None, overrides: Mapping[str, Rate] | None = None,
                 builtin: Mapping[str, Rate] | None = None) -> None:
        self._per_model = dict(per_model or {})
        self._overrides = {normalise(k): v for k, v in (overrides or {}).items()}
        builtin = BUILTIN if builtin is None else builtin
        self._builtin = {normalise(k): v for k, v in builtin.items()}
        self._cache: dict[str, Rate | None] = {}

    @classmethod
    def from_config(cls, config: GatewayConfig) -> PriceBook:
        per_model = {t.full: _rate_from_price(t.price) for t in config.targets if t.price is not None}
        overrides = {k: _rate_from_price(v) for k, v in config.raw.usage.prices.items()}
        return cls(per_model, overrides)

    def rate(self, model: str | None) -> Rate | None:
        if not model:
            return None
        if model not in self._cache:
            self._cache[model] = self._lookup(model)
        return self._cache[model]

    def _lookup(self, model: str) -> Rate | None:
        if model in self._per_model:
            return self._per_model[model]
        provider, _, model_id = model.partition("/")
        full = normalise(model)
        bare = normalise(model_id)
        last = bare.rsplit("/", 1)[-1]  # OpenRouter's `anthropic/claude-…`, Groq's `meta-llama/…`
        found = longest_match(self._overrides, (full, bare, last))
        if found is not None:
            return found
        if provider in FREE_PROVIDERS:
            return FREE
        with_provider = {k: v for k, v in self._builtin.items() if "/" in k}
        bare_keys = {k: v for k, v in self._builtin.items() if "/" not in k}
        return longest_match(with_provider, (full,)) or longest_match(bare_keys, (bare, last))

    def cost(self, model: str | None, input_tokens: int, output_tokens: int, cache_read_tokens: int = 0,
             cache_write_tokens: int = 0) -> float | None:
        rate = self.rate(model)
        if rate is None:
            return None
        read = rate.cache_read if rate.cache_read is not None else rate.input
        write = rate.cache_write if rate.cache_write is not None else rate.input
        total = (input_tokens * rate.input + output_tokens * rate.output + cache_read_tokens * read
                 + cache_write_tokens * write)
        return round(total / 1_000_000, 8)
