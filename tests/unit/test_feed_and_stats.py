"""The `logs` line, `stats` aggregation and `--since` parsing."""

from __future__ import annotations

import time

import pytest

from crossroads.cli.ui import CliError, parse_since
from crossroads.observe.feed import format_line, use_color
from crossroads.observe.stats import aggregate, percentile

NOW = time.mktime((2026, 11, 26, 14, 3, 7, 0, 0, -1))


def rec(**fields: object) -> dict:
    base = {"ts": NOW, "session": "3f2a91c0-aaaa", "requested_model": "claude-opus-4-8", "model": "openai/gpt-4.1",
            "route": "code generation", "reason": "router", "router_ms": 12.3, "input_tokens": 1200,
            "output_tokens": 340, "cache_read_tokens": 0, "cache_write_tokens": 0, "latency_ms": 2410.0,
            "status": 200, "error_type": None, "cost_usd": 0.01, "fallback_from": None}
    base.update(fields)
    return base


def test_a_line_has_every_part_of_the_decision() -> None:
    line = format_line(rec(), color=False, now=NOW)
    assert line == ("14:03:07  3f2a91c0  claude-opus-4-8 → openai/gpt-4.1  code generation  router 12ms  "
                    "in 1.2k out 340  2.41s  200")


def test_a_failed_request_and_a_fallback_read_as_such() -> None:
    line = format_line(rec(status=529, error_type="overloaded_error", reason="fallback", router_ms=None,
                           fallback_from="anthropic/claude-sonnet-4-5", cache_read_tokens=30_000,
                           ts=NOW - 86400 * 3), color=False, now=NOW)
    assert "529 overloaded_error" in line and "fell back from anthropic/claude-sonnet-4-5" in line
    assert "+30.0k cache" in line and line.startswith("11-23 ")


def test_colour_only_when_asked(monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\033[" in format_line(rec(), color=True, now=NOW)

    class Tty:
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color(Tty())  # type: ignore[arg-type]
    monkeypatch.setenv("NO_COLOR", "1")
    assert not use_color(Tty())  # type: ignore[arg-type]


def test_stats_groups_totals_percentiles_and_error_rate() -> None:
    records = [rec(latency_ms=float(ms)) for ms in range(1, 101)]
    records += [rec(model="anthropic/claude-haiku-4-5", status=529, error_type="overloaded_error", cost_usd=None),
                rec(model="anthropic/claude-haiku-4-5", status=499, error_type="client_disconnected",
                    cache_read_tokens=3600)]
    groups, total = aggregate(records, "model")
    assert [g["key"] for g in groups] == ["openai/gpt-4.1", "anthropic/claude-haiku-4-5"]
    gpt, haiku = groups
    assert (gpt["requests"], gpt["p50_ms"], gpt["p95_ms"], gpt["error_rate"]) == (100, 50.0, 95.0, 0.0)
    assert gpt["cost_usd"] == pytest.approx(1.0)
    assert haiku["error_rate"] == 0.5  # a client hanging up is not an error
    assert haiku["cache_hit_ratio"] == pytest.approx(3600 / (3600 + 2400))
    assert total["requests"] == 102 and total["key"] == "total"
    assert set(total) >= {"requests", "input_tokens", "output_tokens", "cache_read_tokens", "cost_usd", "p50_ms",
                          "p95_ms", "error_rate"}
    by_day, _ = aggregate([rec(ts=NOW), rec(ts=NOW - 86400)], "day")
    assert [g["key"] for g in by_day] == ["2026-11-25", "2026-11-26"]
    assert aggregate([rec(route=None)], "route")[0][0]["key"] == "(none)"
    assert percentile([], 0.5) is None


@pytest.mark.parametrize(("text", "seconds_ago"), [("30m", 1800), ("2h", 7200), ("1d", 86400), ("1w", 604800),
                                                    ("90s", 90)])
def test_since_accepts_durations(text: str, seconds_ago: float) -> None:
    assert parse_since(text, now=NOW) == NOW - seconds_ago


def test_since_accepts_dates_and_today() -> None:
    assert parse_since("2026-11-26", now=NOW) == time.mktime((2026, 11, 26, 0, 0, 0, 0, 0, -1))
    assert parse_since("today", now=NOW) == parse_since("2026-11-26", now=NOW)
    assert parse_since("2026-11-26T14:00", now=NOW) == NOW - 187
    with pytest.raises(CliError, match="write it like 30m"):
        parse_since("yesterday-ish")
