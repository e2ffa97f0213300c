"""POST /v1/messages after routing: try the chosen model (with retries), then its fallbacks, and relay the first
answer that starts; if none does, answer with the last error in Anthropic's shape."""

from __future__ import annotations

from crossroads.config.resolved import GatewayConfig, ModelTarget
from crossroads.gateway.asgi import send_response
from crossroads.gateway.attempts import Failure, Success, try_target
from crossroads.gateway.exchange import Exchange
from crossroads.gateway.relay import deliver
from crossroads.routing.names import resolve_name


def fallback_chain(config: GatewayConfig, primary: ModelTarget, route: str | None) -> list[ModelTarget]:
    """The chosen model, then its own `fallbacks`, then its route's, each usable model once."""
    names: list[str] = list(primary.fallbacks)
    if route:
        for target in config.targets:
            for pref in target.preferences:
                if pref.name == route:
                    names.extend(pref.fallbacks)
    chain = [primary]
    for name in names:
        target = resolve_name(config, name)
        if target is not None and target.usable and target not in chain:
            chain.append(target)
    return chain


async def relay(exchange: Exchange) -> None:
    state = exchange.state
    chain = fallback_chain(state.config, exchange.target, exchange.decision.route)
    failure: Failure | None = None
    tries = 0
    for position, target in enumerate(chain):
        more_to_try = position < len(chain) - 1
        if more_to_try and not state.cooldown.available(target):
            exchange.record.notes.append(f"skipped {target.full}: cooling down after repeated failures")
            failure = failure or Failure(529, "overloaded_error", f"{target.full} is cooling down", True, True)
            continue
        if target is not exchange.target:
            exchange.switch_to(target, failure.message if failure else "the first choice is cooling down")
        outcome = await try_target(exchange, target, more_to_try)
        tries += outcome.attempts
        if isinstance(outcome, Success):
            state.cooldown.succeeded(target)
            await deliver(exchange, target, outcome)
            return
        if outcome.retryable:
            state.cooldown.failed(target)
        failure = outcome
        if not outcome.fallback_ok:
            break
    assert failure is not None
    await _send_failure(exchange, failure, tries)


async def _send_failure(exchange: Exchange, failure: Failure, tries: int) -> None:
    extra: list[tuple[bytes, bytes]] = []
    if failure.retry_after:
        extra.append((b"retry-after", failure.retry_after.encode("latin-1")))
    if tries > 1 and failure.status >= 500:
        # The gateway already retried (and fell back where it could): a client retry loop would only add waiting.
        extra.append((b"x-should-retry", b"false"))
    if failure.raw_error is not None:
        exchange.record.status = failure.status
        exchange.record.error_type = failure.error_type
        await send_response(exchange.send, failure.status, failure.raw_error, exchange.response_headers() + extra)
        return
    await exchange.send_error(failure.status, failure.error_type, failure.message, extra)
