"""Slack over HTTP: a cheap gate, then Bolt's WSGI adapter at /slack/events (and the OAuth pages); a health check.

The gate refuses what Slack never sends before Bolt sees it, at the sender's cost rather than ours:
a body larger than MAX_REQUEST_BYTES gets 413 before it is read (and the connection is closed, so
the server does not read the rest either); a request that is not signed with the signing secret
gets 401 without its body being decoded, parsed or logged; a signed one whose body Bolt could not
parse (bad JSON, bytes that are not UTF-8) gets 400. Nothing a sender puts in a request reaches a
traceback.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import logging
import time
from collections.abc import Callable, Iterable, MutableMapping
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.request.internals import parse_body

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
#: Slack's largest requests (a message event with its blocks and attachments) are tens of KB.
MAX_REQUEST_BYTES = 1024 * 1024
SIGNATURE_AGE = 5 * 60  # seconds: Slack's own rule for a replayed request
Wsgi = Callable[[MutableMapping[str, Any], Callable[..., Any]], Iterable[bytes]]

log = logging.getLogger(__name__)


class Refused(Exception):
    """A request the gate answers itself: its status line and a short plain-text reason."""

    def __init__(self, status: str, reason: str) -> None:
        super().__init__(reason)
        self.status = status
        self.reason = reason


def _answer(start_response: Callable[..., Any], status: str, text: str, *, close: bool = False) -> list[bytes]:
    body = (text + "\n").encode()
    headers = [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", str(len(body)))]
    if close:  # the server would otherwise read (and discard) the rest of the body to reuse the connection
        headers.append(("Connection", "close"))
    start_response(status, headers)
    return [body]


def read_bounded(environ: MutableMapping[str, Any], limit: int) -> bytes:
    """The request body, never more than `limit` bytes of it read (Refused 413 when it is larger)."""
    declared = str(environ.get("CONTENT_LENGTH") or "").strip()
    if declared:
        if not (declared.isascii() and declared.isdigit()):
            raise Refused("400 Bad Request", "bad Content-Length")
        if int(declared) > limit:
            raise Refused("413 Content Too Large", "request body too large")
        want = int(declared)
    else:  # chunked: read one byte past the limit to know whether it is over
        want = limit + 1
    stream = environ.get("wsgi.input")
    raw = stream.read(want) if stream is not None and want else b""
    if len(raw) > limit:
        raise Refused("413 Content Too Large", "request body too large")
    return bytes(raw)


def check_signature(secret: bytes, environ: MutableMapping[str, Any], raw: bytes, *, now: float) -> None:
    """Refused 401 unless the body is signed with the signing secret within the last five minutes.

    Slack's v0 scheme, on the bytes as they came (nothing is decoded before it is trusted).
    """
    timestamp = str(environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP") or "")
    signature = str(environ.get("HTTP_X_SLACK_SIGNATURE") or "")
    if not (timestamp.isascii() and timestamp.isdigit() and len(timestamp) <= 12):
        raise Refused("401 Unauthorized", "invalid request")
    expected = "v0=" + hmac.new(secret, b"v0:" + timestamp.encode() + b":" + raw, hashlib.sha256).hexdigest()
    if abs(now - int(timestamp)) > SIGNATURE_AGE or not hmac.compare_digest(expected.encode(), signature.encode()):
        raise Refused("401 Unauthorized", "invalid request")


def check_parsable(raw: bytes, content_type: str) -> None:
    """Refused 400 unless Bolt can read the body: UTF-8, and JSON where Bolt expects JSON (an object)."""
    try:
        parsed = parse_body(raw.decode("utf-8"), content_type or None)
    except (UnicodeDecodeError, ValueError):
        raise Refused("400 Bad Request", "malformed request body") from None
    if not isinstance(parsed, dict):
        raise Refused("400 Bad Request", "malformed request body")


def make_wsgi(app: App, *, signing_secret: str, max_body: int = MAX_REQUEST_BYTES) -> Wsgi:
    """POST /slack/events through the gate, then Bolt; the OAuth pages through Bolt; GET /healthz answers ok."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)
    secret = signing_secret.encode()

    def wsgi(environ: MutableMapping[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        method, path = environ.get("REQUEST_METHOD"), environ.get("PATH_INFO")
        if path == HEALTH_PATH and method in ("GET", "HEAD"):
            return _answer(start_response, "200 OK", "ok")
        # servers pass a dict (PEP 3333), which is what Bolt takes; anything else is copied into one
        environ = environ if isinstance(environ, dict) else dict(environ)
        if method == "POST":
            try:
                raw = read_bounded(environ, max_body)
                check_signature(secret, environ, raw, now=time.time())
                check_parsable(raw, str(environ.get("CONTENT_TYPE") or ""))
            except Refused as refused:
                log.info("refused a request: %s (%s)", refused.reason, refused.status.split()[0])
                return _answer(start_response, refused.status, refused.reason, close=refused.status.startswith("413"))
            environ["wsgi.input"], environ["CONTENT_LENGTH"] = io.BytesIO(raw), str(len(raw))
        return bolt(environ, start_response)

    return wsgi
