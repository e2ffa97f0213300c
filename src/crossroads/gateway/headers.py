"""Which headers cross the gateway, in each direction, and the ones crossroads adds."""

from __future__ import annotations

from urllib.parse import quote

from crossroads.config.resolved import ModelTarget
from crossroads.routing.decision import Decision

# Hop-by-hop headers (RFC 9110 §7.6.1) plus the ones the gateway itself owns on each leg.
_HOP_BY_HOP = frozenset({
    "connection", "keep-alive", "proxy-authenticate", "proxy-authorization", "proxy-connection", "te", "trailer",
    "transfer-encoding", "upgrade",
})
_NOT_FORWARDED_UPSTREAM = _HOP_BY_HOP | {"host", "content-length", "x-api-key", "authorization", "accept-encoding",
                                         "x-crossroads-model", "cookie"}
_NOT_RELAYED_DOWNSTREAM = _HOP_BY_HOP | {"content-length", "set-cookie", "server", "date", "alt-svc", "via"}


def auth_headers(target: ModelTarget) -> list[tuple[str, str]]:
    key = target.api_key
    if not key:
        return []
    style = target.spec.auth
    if style == "x-api-key":
        return [("x-api-key", key)]
    if style == "bearer":
        return [("authorization", f"Bearer {key}")]
    if style == "api-key":
        return [("api-key", key)]
    return []


def passthrough_request_headers(client_headers: list[tuple[bytes, bytes]], target: ModelTarget) -> list[tuple[str, str]]:
    """The client's headers minus auth and hop-by-hop ones, plus the provider's key. Bodies are sent
    uncompressed both ways (`accept-encoding: identity`) so the gateway can read usage off the stream."""
    headers = [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, value in client_headers
        if name.decode("latin-1").lower() not in _NOT_FORWARDED_UPSTREAM
    ]
    headers.append(("accept-encoding", "identity"))
    headers.extend(auth_headers(target))
    headers.extend(target.headers.items())
    return headers


def translated_request_headers(target: ModelTarget, stream: bool) -> list[tuple[str, str]]:
    headers = [
        ("content-type", "application/json"),
        ("accept", "text/event-stream" if stream else "application/json"),
        ("accept-encoding", "identity"),
        ("user-agent", "crossroads"),
    ]
    headers.extend(auth_headers(target))
    headers.extend(target.headers.items())
    return headers


def relayed_response_headers(upstream_headers: list[tuple[str, str]]) -> list[tuple[bytes, bytes]]:
    return [
        (name.lower().encode("latin-1"), value.encode("latin-1"))
        for name, value in upstream_headers
        if name.lower() not in _NOT_RELAYED_DOWNSTREAM and not name.lower().startswith("x-crossroads-")
    ]


def decision_headers(request_id: str, decision: Decision | None) -> list[tuple[bytes, bytes]]:
    headers = [(b"x-crossroads-request-id", request_id.encode())]
    if decision is not None:
        headers.append((b"x-crossroads-model", decision.target.full.encode()))
        route = decision.route or "none"
        headers.append((b"x-crossroads-route", quote(route, safe=" -_.:/()").encode()))
        headers.append((b"x-crossroads-reason", decision.reason.encode()))
    return headers
