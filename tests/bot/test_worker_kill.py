"""A `serve` worker killed (SIGKILL) after it accepted a DM answer, inside the transaction that claims it and
changes the conversation: after a restart, the answer is applied exactly once, and Slack's retry of it
changes nothing."""

from __future__ import annotations

import json
import time
import urllib.request
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import select

from bot.bootstrap import bootstrap
from bot.settings import Settings
from bot.storage.inbox import INBOX
from bot.storage.unit_of_work import Database
from tests.bot.conftest import BOT_TOKEN, SECRET
from tests.bot.fake_slack import FakeSlack
from tests.bot.interview import current_question, question_id
from tests.bot.processes import until
from tests.bot.slack_driver import sign
from tests.bot.test_serve import serve

TEAM = "T1"
ANSWER_TS = "1800000000.424242"


def signed(base: str, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> int:
    stamp = int(time.time())
    request = urllib.request.Request(base + "/slack/events", data=body, headers={
        "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sign(SECRET, stamp, body),
        "Content-Type": content_type, **(headers or {})})  # fmt: skip
    with urllib.request.urlopen(request, timeout=10) as reply:
        reply.read()
        return int(reply.status)


def start(base: str) -> int:
    form = {"team_id": TEAM, "channel_id": "C1", "user_id": "U1", "command": "/mlops", "text": "",
            "response_url": "http://127.0.0.1:9/none", "trigger_id": "1.2.3"}  # fmt: skip
    return signed(base, urlencode(form).encode(), "application/x-www-form-urlencoded")


def answer(base: str, text: str, *, retry: int = 0) -> int:
    event = {"type": "message", "channel_type": "im", "channel": "D1", "user": "U1", "text": text,
             "ts": ANSWER_TS, "team": TEAM}  # fmt: skip
    body = {"team_id": TEAM, "api_app_id": "A1", "type": "event_callback", "event_id": "EvKilled",
            "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
    headers = {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"} if retry else {}
    return signed(base, json.dumps(body).encode(), "application/json", headers)


def inbox(database: Database) -> list[Any]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(INBOX.c.claimed_at, INBOX.c.attempts)))


def persona(url: str) -> str | None:
    settings = Settings(_env_file=None, database_url=url)  # type: ignore[call-arg]
    with bootstrap(settings) as runtime:
        profile = runtime.waiter().current_profile(TEAM, "U1")
    return profile.persona if profile else None


def showings(fake: FakeSlack, question: str) -> int:
    return sum(1 for message in fake.transcript("D1") if question_id(message) == question)


def test_a_worker_killed_between_accepting_an_answer_and_applying_it_applies_it_once_after_a_restart(
    tmp_path: Path,
) -> None:
    url = f"sqlite:///{tmp_path / 'serve.sqlite3'}"
    go = tmp_path / "kill-now"
    with FakeSlack(tokens={BOT_TOKEN: TEAM}) as fake:
        env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_BASE_URL": fake.url,
               "DATABASE_URL": url}  # fmt: skip
        dying = {**env, "WAITER_TEST_KILL_IN_TURN": str(go), "INBOX_LEASE_SECONDS": "120"}
        first_logs: list[str] = []
        for base in serve(dying, tmp_path, logs=first_logs, preload="tests.bot.kill_in_turn"):
            assert start(base) == 200
            until(lambda: current_question(fake, "D1") is not None, "the first question")
            posted = len(fake.posts("D1"))
            assert answer(base, "researcher") == 200  # accepted: Slack will not send it again unasked
            go.touch()  # the work thread claimed it in the turn's transaction and waits for this: now it is killed
            until(lambda: go.with_name(go.name + ".done").exists(), "the worker to be killed")
            database = Database(url)
            [(claimed_at, attempts)] = inbox(database)
            assert claimed_at is None and attempts == 0  # the claim died with the turn's transaction
            assert persona(url) is None and len(fake.posts("D1")) == posted  # nothing applied, nothing posted
        assert "was sent SIGKILL" in first_logs[0]  # gunicorn saw its worker killed

        restarted_logs: list[str] = []
        for base in serve({**env, "INBOX_LEASE_SECONDS": "1"}, tmp_path, logs=restarted_logs):
            until(lambda: not inbox(database), "the restarted serve to answer what the dead worker took")
            assert persona(url) == "researcher"
            question = question_id(current_question(fake, "D1") or {})
            assert question is not None and showings(fake, question) == 1
            answered = len(fake.posts("D1"))
            assert answer(base, "researcher", retry=1) == 200  # Slack's retry of the same message
            until(lambda: not inbox(database), "the retry to be recognised")
            assert len(fake.posts("D1")) == answered and showings(fake, question) == 1
            assert persona(url) == "researcher"
        database.dispose()
        assert fake.rejected == []
    assert "Traceback" not in restarted_logs[0]
