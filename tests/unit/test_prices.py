"""The price table: longest-prefix matching, config overrides, Anthropic token meaning."""

from __future__ import annotations

import pytest

from crossroads.config import parse_config
from crossroads.observe.prices import PriceBook, Rate


@pytest.mark.parametrize(("model", "expected"), [
    ("anthropic/claude-sonnet-4-5-20250929", Rate(3.0, 15.0, 0.30, 3.75)),
    ("anthropic/claude-opus-4-1", Rate(15.0, 75.0, 1.50, 18.75)),
    ("anthropic/claude-opus-4-5", Rate(5.0, 25.0, 0.50, 6.25)),
    ("openai/gpt-4.1-mini-2025-04-14", Rate(0.40, 1.60, 0.10, 0.0)),
    ("openai/gpt-4.1", Rate(2.0, 8.0, 0.50, 0.0)),
    ("openai/o3-mini", Rate(1.10, 4.40, 0.55, 0.0)),
    ("openai/o3", Rate(2.0, 8.0, 0.50, 0.0)),
    ("openrouter/anthropic/claude-sonnet-4.5", Rate(3.0, 15.0, 0.30, 3.75)),  # vendor prefix, dotted version
    ("deepseek/deepseek-reasoner", Rate(0.28, 0.42, 0.028, 0.0)),
    ("gemini/gemini-2.5-flash-lite", Rate(0.10, 0.40, 0.01, 0.0)),
    ("groq/llama-3.3-70b-versatile", Rate(0.59, 0.79)),
    ("ollama/qwen2.5-coder:7b", Rate(0.0, 0.0, 0.0, 0.0)),
])
def test_builtin_rates_match_by_longest_prefix(model: str, expected: Rate) -> None:
    assert PriceBook().rate(model) == expected


@pytest.mark.parametrize("model", ["acme/coder-7b", "together/llama-3.3-70b", "openai/o30-preview", None, ""])
def test_unknown_models_have_no_price(model: str | None) -> None:
    assert PriceBook().rate(model) is None
    assert PriceBook().cost(model, 100, 100) is None


def test_cost_bills_each_token_kind_at_its_rate() -> None:
    book = PriceBook()
    # claude-sonnet-4-5: input excludes cache reads/writes, each billed once at its own rate
    cost = book.cost("anthropic/claude-sonnet-4-5", 1000, 500, cache_read_tokens=20_000, cache_write_tokens=2000)
    assert cost == pytest.approx((1000 * 3 + 500 * 15 + 20_000 * 0.30 + 2000 * 3.75) / 1e6)


def test_config_overrides_win_over_the_table() -> None:
    config = parse_config("""
llm_providers:
  - model: openai/gpt-4.1
    access_key: sk-x
    price: {input: 1, output: 1}
  - model: acme/coder
    provider_interface: openai
    base_url: http://127.0.0.1:9/v1
    access_key: sk-y
  - model: deepseek/deepseek-chat
    access_key: sk-z
usage:
  prices:
    acme/coder: {input: 0.5, output: 1.5, cache_read: 0.05}
    deepseek-chat: {input: 9, output: 9}
""", {})
    book = PriceBook.from_config(config)
    assert book.rate("openai/gpt-4.1") == Rate(1.0, 1.0, None, None)
    assert book.rate("acme/coder") == Rate(0.5, 1.5, 0.05, None)
    assert book.rate("deepseek/deepseek-chat") == Rate(9.0, 9.0, None, None)
    # no cache price given: billed as input
    assert book.cost("openai/gpt-4.1", 0, 0, cache_read_tokens=1_000_000) == pytest.approx(1.0)
