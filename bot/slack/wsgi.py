"""Slack over HTTP: Bolt's WSGI adapter at /slack/events (and the OAuth pages), and a health check."""

from __future__ import annotations

from collections.abc import Callable, Iterable, MutableMapping
from typing import Any

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
Wsgi = Callable[[MutableMapping[str, Any], Callable[..., Any]], Iterable[bytes]]


def make_wsgi(app: App) -> Wsgi:
    """POST /slack/events (and the OAuth pages when configured) through Bolt; GET /healthz answers ok."""
    bolt = SlackRequestHandler(app, path=EVENTS_PATH)

    def wsgi(environ: MutableMapping[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if environ.get("PATH_INFO") == HEALTH_PATH and environ.get("REQUEST_METHOD") in (
            "GET",
            "HEAD",
        ):
            start_response(
                "200 OK", [("Content-Type", "text/plain; charset=utf-8"), ("Content-Length", "3")]
            )
            return [b"ok\n"]
        # servers pass a dict (PEP 3333), which is what Bolt takes; anything else is copied into one
        return bolt(environ if isinstance(environ, dict) else dict(environ), start_response)

    return wsgi
