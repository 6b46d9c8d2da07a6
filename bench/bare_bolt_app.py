"""The baseline of bench_slack.py: a bare Bolt app on the same gunicorn setup that acks and posts once.

python bench/bare_bolt_app.py PORT   (env: SLACK_BOT_TOKEN, SLACK_SIGNING_SECRET, SLACK_API_BASE_URL)

Two variants give context lines (not the target's baseline):
- BARE_CALLS=2: a turn's two Web API calls, in the waiter's order: post the reply (the next
  question), then rewrite the message answered before it (chat.update);
- BARE_DB=path: also the durable work a turn must do, as cheaply as Python can do it (raw sqlite3,
  no ORM, no logic): record the delivery (dedupe), read and write the conversation under its version,
  save the profile; after posting, swap where the question message is; then rewrite the old one.
"""

from __future__ import annotations

import json
import os
import sqlite3
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
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
    if os.environ.get("BARE_DB"):
        app.event("message")(durable_turn(os.environ["BARE_DB"]))
        return SlackRequestHandler(app)

    last: dict[str, str] = {}  # channel -> ts of the reply posted last (the one the next answer rewrites)

    @app.event("message")
    def reply(event: dict[str, Any], client: WebClient) -> None:
        channel = event["channel"]
        sent = client.chat_postMessage(channel=channel, text="ok")
        if calls == 2:  # like rewriting the answered question, after the next one is out
            client.chat_update(channel=channel, ts=last.get(channel, sent["ts"]), text="answered")
            last[channel] = str(sent["ts"])

    return SlackRequestHandler(app)


SCHEMA = """
CREATE TABLE IF NOT EXISTS events (key TEXT PRIMARY KEY, seen_at TEXT);
CREATE TABLE IF NOT EXISTS conversations (workspace TEXT, user_id TEXT, answers TEXT, version INTEGER,
                                          PRIMARY KEY (workspace, user_id));
CREATE TABLE IF NOT EXISTS profiles (workspace TEXT, user_id TEXT, profile TEXT, PRIMARY KEY (workspace, user_id));
CREATE TABLE IF NOT EXISTS questions (workspace TEXT, user_id TEXT, channel TEXT, ts TEXT,
                                      PRIMARY KEY (workspace, user_id));
"""


def durable_turn(path: str) -> Callable[..., None]:
    """The storage and Web API work of one interview turn, with no ORM and no conversation logic."""
    db = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=30)
    db.executescript("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;" + SCHEMA)
    lock = threading.Lock()  # one connection per process, like the waiter's SQLite pool

    def reply(event: dict[str, Any], body: dict[str, Any], client: WebClient) -> None:
        team, user, now = str(body.get("team_id")), str(event["user"]), datetime.now(UTC).isoformat()
        with lock:
            db.execute("BEGIN IMMEDIATE")
            keys = [(f"event:{body.get('event_id')}", now), (f"dm:{event['channel']}:{event['ts']}", now)]
            new = db.execute("INSERT INTO events VALUES (?, ?), (?, ?) ON CONFLICT DO NOTHING RETURNING key",
                             [v for pair in keys for v in pair]).fetchall()  # fmt: skip
            row = db.execute("SELECT answers, version FROM conversations WHERE workspace = ? AND user_id = ?",
                             (team, user)).fetchone()  # fmt: skip
            answers, version = (json.loads(row[0]), row[1]) if row else ({}, 0)
            answers[str(len(answers))] = event.get("text")
            db.execute("INSERT INTO conversations VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                       "answers = excluded.answers, version = excluded.version WHERE version = ?",
                       (team, user, json.dumps(answers), version + 1, version))  # fmt: skip
            db.execute("INSERT INTO profiles VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET profile = excluded.profile",
                       (team, user, json.dumps(answers)))  # fmt: skip
            db.execute("COMMIT")
        if len(new) != len(keys):
            return
        sent = client.chat_postMessage(channel=event["channel"], text="ok")
        with lock:
            db.execute("BEGIN IMMEDIATE")
            old = db.execute("SELECT channel, ts FROM questions WHERE workspace = ? AND user_id = ?",
                             (team, user)).fetchone()  # fmt: skip
            where = (team, user, sent["channel"], sent["ts"])
            db.execute("INSERT INTO questions VALUES (?, ?, ?, ?) ON CONFLICT DO UPDATE SET "
                       "channel = excluded.channel, ts = excluded.ts", where)  # fmt: skip
            db.execute("COMMIT")
        if old is not None:
            client.chat_update(channel=old[0], ts=old[1], text="answered")

    return reply


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
