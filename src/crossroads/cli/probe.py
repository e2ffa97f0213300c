"""Small network checks for the CLI: is a port free, is a gateway healthy, is it a crossroads gateway.

Plain `http.client` on purpose: no proxy variables apply to a gateway on this machine, and no key is ever sent.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import socket
from urllib.parse import urlsplit


def port_in_use(host: str, port: int) -> bool:
    """True when binding host:port fails, i.e. something else listens there (TIME_WAIT leftovers do not count,
    as the gateway binds with SO_REUSEADDR too)."""
    try:
        infos = socket.getaddrinfo(host or None, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return False
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError:
            return True
    return False


def http_get(url: str, path: str, timeout: float = 1.0) -> tuple[int, bytes] | None:
    """(status, body) of GET url+path, or None when nothing answers."""
    parts = urlsplit(url)
    conn_class = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    conn = conn_class(parts.hostname or "127.0.0.1", parts.port, timeout=timeout)
    try:
        conn.request("GET", path, headers={"accept": "application/json"})
        response = conn.getresponse()
        return response.status, response.read(65536)
    except (OSError, http.client.HTTPException):
        return None
    finally:
        with contextlib.suppress(Exception):
            conn.close()


def healthy(url: str, timeout: float = 1.0) -> bool:
    answer = http_get(url, "/healthz", timeout)
    return answer is not None and answer[0] == 200


def is_crossroads(url: str, timeout: float = 1.0) -> bool:
    answer = http_get(url, "/", timeout)
    if answer is None or answer[0] != 200:
        return False
    try:
        return json.loads(answer[1]).get("name") == "crossroads"
    except (ValueError, AttributeError):
        return False
