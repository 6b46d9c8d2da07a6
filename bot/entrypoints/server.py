"""Production entry points: HTTP mode on gunicorn (Bolt's WSGI adapter) and Socket Mode."""

from __future__ import annotations

import gc
import logging
import os
import threading
import time

from slack_bolt import App
from slack_sdk.socket_mode.builtin import SocketModeClient

from bot.bootstrap import Runtime, bootstrap
from bot.settings import Settings
from bot.slack.wsgi import EVENTS_PATH, HEALTH_PATH, Wsgi, make_wsgi

log = logging.getLogger(__name__)


def _secrets(settings: Settings) -> list[str]:
    values = [
        settings.slack_bot_token,
        settings.slack_signing_secret,
        settings.slack_app_token,
        settings.slack_client_secret,
    ]
    return [v.get_secret_value() for v in values if v is not None]


def require_slack_credentials(settings: Settings, *, signing: bool = True) -> None:
    """Stop with a plain message (not a worker traceback) when Slack credentials are missing."""
    missing = []
    if signing and settings.slack_signing_secret is None:
        missing.append("SLACK_SIGNING_SECRET (Basic Information › App Credentials)")
    if settings.slack_bot_token is None and not settings.oauth_enabled:
        missing.append("SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (OAuth)")
    if missing:
        raise SystemExit("mlops-waiter needs " + " and ".join(missing) + "; see the README.")


def build(settings: Settings) -> App:
    """The app for one process (called in each worker after the fork: connections are per process),
    with the inbox's recovery running beside it."""
    runtime = bootstrap(settings)
    keep_recovering(runtime, every=max(1.0, settings.inbox_lease_seconds / 4))
    app = runtime.slack_app()
    runtime.warm()
    # what was built so far (the catalog, its indexes, the libraries) lives as long as the process:
    # out of the collector's sight, its full collections no longer walk it again and again
    gc.collect()
    gc.freeze()
    return app


def keep_recovering(runtime: Runtime, *, every: float) -> threading.Thread:
    """Answer, now and every `every` seconds, the DM answers a crashed process accepted and never answered."""

    def recover() -> None:
        while True:
            try:
                runtime.recover_inbox()
            except Exception:  # noqa: BLE001 (a background loop: log it, try again next round)
                log.exception("inbox recovery failed; trying again in %.0f s", every)
            time.sleep(every)

    thread = threading.Thread(target=recover, name="inbox-recovery", daemon=True)
    thread.start()
    return thread


def wsgi(settings: Settings) -> Wsgi:
    """The WSGI app for one process: the gate in front of the Bolt app."""
    assert settings.slack_signing_secret is not None
    secret = settings.slack_signing_secret.get_secret_value()
    return make_wsgi(build(settings), signing_secret=secret, max_body=settings.max_request_bytes)


def prepare(settings: Settings) -> None:
    """Logging that redacts tokens; the embedded SQLite default migrates itself (PostgreSQL: `db upgrade`)."""
    from bot.slack.logs import configure_logging
    from bot.storage.migrate import upgrade_embedded

    configure_logging(settings.log_level, *_secrets(settings))
    upgrade_embedded(settings.sqlalchemy_url())


def run_http(settings: Settings, *, port: int) -> None:
    """Serve Slack's HTTP requests on gunicorn (threaded workers; WEB_CONCURRENCY sets how many)."""
    from gunicorn.app.base import BaseApplication

    require_slack_credentials(settings)
    prepare(settings)
    secrets = _secrets(settings)

    class Server(BaseApplication):
        def load_config(self) -> None:
            options = {
                "bind": f"{os.environ.get('BIND_HOST', '0.0.0.0')}:{port}",
                "workers": settings.web_concurrency,
                "worker_class": "gthread",
                "threads": settings.web_threads,
                "timeout": 30,
                "graceful_timeout": 20,
                "keepalive": 5,
                "loglevel": settings.log_level.lower(),
                "post_worker_init": lambda worker: _redact_gunicorn(secrets),
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Wsgi:
            return wsgi(settings)

    log.info("serving Slack HTTP mode on port %s (POST %s, GET %s)", port, EVENTS_PATH, HEALTH_PATH)
    Server().run()


def _redact_gunicorn(secrets: list[str]) -> None:
    from bot.slack.logs import RedactTokens

    for name in ("gunicorn.error", "gunicorn.access"):
        for handler in logging.getLogger(name).handlers:
            handler.addFilter(RedactTokens(*secrets))


def run_socket(settings: Settings) -> None:
    """Socket Mode: Slack pushes requests over a WebSocket (needs SLACK_APP_TOKEN, no public URL)."""
    from slack_bolt.adapter.socket_mode import SocketModeHandler

    if settings.slack_app_token is None:
        raise SystemExit(
            "Socket Mode needs SLACK_APP_TOKEN (an xapp- token with connections:write)"
        )
    require_slack_credentials(settings)
    prepare(settings)
    app = build(settings)  # with the inbox's recovery beside it, as in each `serve` worker
    handler = SocketModeHandler(app, settings.slack_app_token.get_secret_value())
    reopen_when_closed(handler.client)
    handler.start()  # type: ignore[no-untyped-call]


def reopen_when_closed(client: SocketModeClient) -> None:
    """Open a new connection as soon as Slack closes one.

    slack_sdk tries to on Slack's close frame, but while the closed connection still counts as open,
    so the new one waited for the next ping check (up to 10 s, every request meanwhile unanswered).
    """

    def reopen(code: int, reason: str | None) -> None:
        session = client.current_session
        if client.closed or not client.auto_reconnect_enabled or session is None:
            return
        session.disconnect()  # our side of the connection Slack closed (slack_sdk does it only after this)
        client.connect_to_new_endpoint()  # unless the ping check already opened one

    client.on_close_listeners.append(reopen)
