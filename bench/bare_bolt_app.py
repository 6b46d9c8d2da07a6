"""The baseline of bench_slack.py: a bare Bolt app on the same gunicorn setup that acks and posts once.

python bench/bare_bolt_app.py PORT   (env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_BASE_URL)
"""

from __future__ import annotations

import os
import sys
from typing import Any

from gunicorn.app.base import BaseApplication
from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_sdk import WebClient


def build() -> SlackRequestHandler:
    client = WebClient(
        token=os.environ["SLACK_BOT_TOKEN"], base_url=os.environ["SLACK_API_BASE_URL"]
    )
    app = App(
        signing_secret=os.environ["SLACK_SIGNING_SECRET"],
        client=client,
        token_verification_enabled=False,
    )

    calls = int(os.environ.get("BARE_CALLS", "1"))

    @app.event("message")
    def reply(event: dict[str, Any], client: WebClient) -> None:
        for _ in range(calls - 1):  # BARE_CALLS=2: like rewriting the answered question first
            client.chat_postMessage(channel=event["channel"], text="answered")
        client.chat_postMessage(channel=event["channel"], text="ok")

    return SlackRequestHandler(app)


class Server(BaseApplication):  # type: ignore[misc]
    def __init__(self, port: int) -> None:
        self.port = port
        super().__init__()

    def load_config(self) -> None:
        options = {
            "bind": f"127.0.0.1:{self.port}", "workers": int(os.environ.get("WEB_CONCURRENCY", "2")),
            "worker_class": "gthread", "threads": int(os.environ.get("WEB_THREADS", "8")), "loglevel": "warning",
        }  # fmt: skip
        for key, value in options.items():
            self.cfg.set(key, value)

    def load(self) -> SlackRequestHandler:
        return build()


if __name__ == "__main__":
    Server(int(sys.argv[1])).run()
