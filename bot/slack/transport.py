"""Keep-alive HTTP(S) for Slack's Web API: one TLS handshake per connection instead of one per call.

slack_sdk's WebClient opens a fresh connection for every call (urllib). A DM answer makes two calls,
so reusing connections saves two handshakes and a good share of the CPU per answer. The contract
toward slack_sdk is unchanged: a 2xx returns {status, headers, body}, anything else raises urllib's
HTTPError, and a broken connection raises URLError. slack_sdk's retry handlers therefore see exactly
what they see with urllib (and never resend a chat.postMessage after a dropped connection).
"""

from __future__ import annotations

import atexit
import codecs
import io
import select
import ssl
import threading
import time
from functools import cache
from http.client import HTTPConnection, HTTPException, HTTPSConnection
from typing import Any
from urllib.error import HTTPError, URLError
from urllib.parse import SplitResult, urlsplit
from urllib.request import Request

MAX_IDLE_SECONDS = 20.0  # below the idle timeouts of Slack's edge and of common proxies
MAX_IDLE_PER_HOST = 16


def _dropped(connection: HTTPConnection) -> bool:
    """An idle connection that is readable was closed by the server (or has junk): don't reuse it."""
    sock = connection.sock
    if sock is None:
        return True
    try:
        readable, _, _ = select.select([sock], [], [], 0)
    except (OSError, ValueError):
        return True
    return bool(readable)


@cache
def _default_context() -> ssl.SSLContext:
    """Certificate-verifying TLS, built once (loading the CA bundle takes milliseconds)."""
    return ssl.create_default_context()


def _charset(params: str) -> str:
    """The charset of a Content-Type's parameters ("charset=utf-8"), utf-8 when absent or unknown."""
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip('"').lower()
            try:
                codecs.lookup(charset)
            except LookupError:
                return "utf-8"
            return charset
    return "utf-8"


class ConnectionPool:
    """Idle connections per (scheme, host), shared by all threads; a connection serves one call at a time."""

    def __init__(self) -> None:
        self._idle: dict[tuple[str, str], list[tuple[HTTPConnection, float]]] = {}
        self._lock = threading.Lock()

    def post(self, url: str, request: Request, *, timeout: float, context: ssl.SSLContext | None) -> dict[str, Any]:
        parts = urlsplit(url)
        key = (parts.scheme, parts.netloc)
        connection = self._take(key) or self._connect(parts, timeout, context)
        connection.timeout = timeout
        if connection.sock is not None:
            connection.sock.settimeout(timeout)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        try:
            connection.request("POST", path, body=request.data, headers=dict(request.header_items()))
            response = connection.getresponse()
            body = response.read()
        except (OSError, HTTPException) as error:
            connection.close()
            raise URLError(error) from error
        if response.will_close:
            connection.close()
        else:
            self._give(key, connection)
        if response.status >= 400:
            raise HTTPError(url, response.status, response.reason, response.headers, io.BytesIO(body))
        kind, _, params = (response.getheader("Content-Type") or "").partition(";")
        if kind.strip().lower() == "application/gzip":
            return {"status": response.status, "headers": response.headers, "body": body}
        return {"status": response.status, "headers": response.headers, "body": body.decode(_charset(params))}

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, {}
        for connections in idle.values():
            for connection, _ in connections:
                connection.close()

    def _connect(self, parts: SplitResult, timeout: float, context: ssl.SSLContext | None) -> HTTPConnection:
        if parts.scheme == "https":
            return HTTPSConnection(parts.netloc, timeout=timeout, context=context or _default_context())
        if parts.scheme == "http":
            return HTTPConnection(parts.netloc, timeout=timeout)
        raise URLError(f"unsupported URL scheme: {parts.scheme}")

    def _take(self, key: tuple[str, str]) -> HTTPConnection | None:
        now = time.monotonic()
        stale: list[HTTPConnection] = []
        found: HTTPConnection | None = None
        with self._lock:
            idle = self._idle.get(key, [])
            while idle and found is None:
                connection, since = idle.pop()  # the most recently used first: the least likely to be stale
                if now - since < MAX_IDLE_SECONDS and not _dropped(connection):
                    found = connection
                else:
                    stale.append(connection)
        for connection in stale:
            connection.close()
        return found

    def _give(self, key: tuple[str, str], connection: HTTPConnection) -> None:
        stale: list[HTTPConnection] = []
        with self._lock:
            if key not in self._idle:  # a new host: let go of hosts whose connections all went stale
                stale = self._sweep()
            idle = self._idle.setdefault(key, [])
            if len(idle) < MAX_IDLE_PER_HOST:
                idle.append((connection, time.monotonic()))
            else:
                stale.append(connection)
        for old in stale:
            old.close()

    def _sweep(self) -> list[HTTPConnection]:
        now = time.monotonic()
        stale: list[HTTPConnection] = []
        for key, idle in list(self._idle.items()):
            keep = [(c, since) for c, since in idle if now - since < MAX_IDLE_SECONDS and not _dropped(c)]
            stale += [c for c, _ in idle if all(c is not k for k, _ in keep)]
            if keep:
                self._idle[key] = keep
            else:
                del self._idle[key]
        return stale


POOL = ConnectionPool()
atexit.register(POOL.close)
