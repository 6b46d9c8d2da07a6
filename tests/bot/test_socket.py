"""`mlops-waiter socket` in a subprocess, against Slack's Socket Mode edge and Web API faked on loopback."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.storage.inbox import INBOX, Inbox, Letter
from bot.storage.migrate import upgrade
from bot.storage.unit_of_work import Database
from tests.bot.conftest import BOT_TOKEN, SECRET
from tests.bot.fake_slack import FakeSlack
from tests.bot.fake_socket_mode import FakeSocketMode
from tests.bot.interview import current_question
from tests.bot.processes import stop, until

ROOT = Path(__file__).resolve().parents[2]
APP_TOKEN = "xapp-1-A1-4242-test-app-token"
TEAM = "T1"


@contextmanager
def socket_mode(env: dict[str, str], cwd: Path, log: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`mlops-waiter socket` with exactly `env` (plus PATH), its output in `log`; stopped with SIGTERM."""
    command = [sys.executable, "-c", "import sys; from bot.entrypoints.cli import main; sys.exit(main())", "socket"]
    environment = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "HOME": str(cwd),
                   "XDG_DATA_HOME": str(cwd / "data"), **env}  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=environment, cwd=cwd, stdout=out, stderr=subprocess.STDOUT)
        try:
            yield process
        finally:
            stop(process)


def slash_command(text: str, *, user: str = "U1") -> dict[str, Any]:
    return {"token": "legacy", "team_id": TEAM, "team_domain": "acme", "channel_id": "C1", "channel_name": "ml",
            "user_id": user, "user_name": user.lower(), "command": "/mlops", "text": text, "api_app_id": "A1",
            "response_url": "http://127.0.0.1:9/none", "trigger_id": "1.2.3"}  # fmt: skip


def dm(text: str, *, ts: str, user: str = "U1") -> dict[str, Any]:
    event = {"type": "message", "channel_type": "im", "channel": "D" + user.lstrip("U"), "user": user,
             "text": text, "ts": ts, "team": TEAM}  # fmt: skip
    return {"token": "legacy", "team_id": TEAM, "api_app_id": "A1", "type": "event_callback",
            "event_id": f"Ev{ts.replace('.', '')}", "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": TEAM, "user_id": "UBOT", "is_bot": True}]}  # fmt: skip


def question_text(fake: FakeSlack, channel: str = "D1") -> str:
    question = current_question(fake, channel)
    return json.dumps(question["blocks"]) if question else ""


def letters(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(INBOX)) or 0)


def test_socket_mode_runs_the_interview_and_slash_commands_and_reopens_a_dropped_connection(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'socket.sqlite3'}"
    upgrade(url)
    database = Database(url)
    # a DM answer a crashed process accepted long ago: `socket` answers it too, as `serve` does
    Inbox(database.engine, lease=timedelta(seconds=120)).accept(
        Letter("dm:T1:D2:1.1", TEAM, "U2", "D2", "researcher", ("dm:T1:D2:1.1",)),
        now=datetime.now(UTC) - timedelta(hours=1),
    )
    with FakeSlack(tokens={BOT_TOKEN: TEAM, APP_TOKEN: TEAM}) as fake, FakeSocketMode() as edge:
        fake.socket_url = edge.url
        env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_APP_TOKEN": APP_TOKEN,
               "SLACK_API_BASE_URL": fake.url, "DATABASE_URL": url}  # fmt: skip
        log = tmp_path / "socket.log"
        with socket_mode(env, tmp_path, log) as process:
            edge.wait_connected()
            assert [call.token for call in fake.of("apps.connections.open")] == [APP_TOKEN]

            helped = edge.send("slash_commands", slash_command("help"))
            assert "/mlops compare" in json.dumps(helped["payload"])  # answered in the ack, from the catalog
            started = edge.send("slash_commands", slash_command(""))
            assert "direct message" in json.dumps(started["payload"])
            until(lambda: current_question(fake, "D1") is not None, "the first question in the DM")
            first = question_text(fake)
            assert edge.send("events_api", dm("researcher", ts="1800000000.000001")) == {"envelope_id": "env-3"}
            until(lambda: question_text(fake) not in ("", first), "the second question")

            edge.drop()  # Slack closes the connection; the app asks for a new URL and connects again
            edge.wait_connected(2, timeout=30)
            assert len(fake.of("apps.connections.open")) == 2
            second = question_text(fake)
            edge.send("events_api", dm("we can't reproduce results", ts="1800000000.000002"))
            until(lambda: question_text(fake) not in ("", second), "the next question, over the new connection")

            until(lambda: fake.posts("D2"), "the answer left in the inbox by a crashed process")
            until(lambda: letters(database) == 0, "the inbox to empty")
            assert process.poll() is None
        assert fake.rejected == []
    database.dispose()
    output = log.read_text(errors="replace")
    assert "Traceback" not in output, output[-3000:]
    assert BOT_TOKEN not in output and APP_TOKEN not in output and SECRET not in output
