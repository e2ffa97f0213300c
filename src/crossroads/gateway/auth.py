"""Optional gateway keys (`auth.keys`): a client must present one on `x-api-key` or `Authorization: Bearer`.

Without keys configured every request is accepted (the gateway binds 127.0.0.1 by default). Keys are compared in
constant time, and every key is compared, so the answer's timing says nothing about which one nearly matched.
"""

from __future__ import annotations

import hmac
from collections.abc import Iterable

from crossroads.gateway.asgi import Scope, header_value


class GatewayAuth:
    def __init__(self, keys: Iterable[str]) -> None:
        self._keys = [k.encode() for k in keys if k]

    @property
    def enabled(self) -> bool:
        return bool(self._keys)

    def allows(self, scope: Scope) -> bool:
        if not self._keys:
            return True
        presented = _presented(scope)
        if presented is None:
            return False
        candidate = presented.encode("latin-1", "replace")
        matched = False
        for key in self._keys:
            matched |= hmac.compare_digest(candidate, key)
        return matched


def _presented(scope: Scope) -> str | None:
    api_key = header_value(scope, b"x-api-key")
    if api_key:
        return api_key.strip()
    authorization = header_value(scope, b"authorization")
    if authorization and authorization[:7].lower() == "bearer ":
        return authorization[7:].strip()
    return None
