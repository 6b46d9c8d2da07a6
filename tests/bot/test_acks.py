"""Acks first, always: `serve` answers Slack within 3 seconds whatever the work after the ack is doing.

Against the real gunicorn stack and a fake Web API that is slow, rate-limited or failing. (Timing
is asserted only as Slack's own deadline, with the margin that 3 s leaves; the bench measures it.)
"""

from __future__ import annotations

import time
from pathlib import Path

from bot.storage.unit_of_work import Database
from tests.bot.ack_load import Acks, people, slash
from tests.bot.conftest import BOT_TOKEN, SECRET
from tests.bot.fake_slack import Failure, FakeSlack
from tests.bot.interview import button_question, current_question, elements
from tests.bot.slack_driver import SlackDriver
from tests.bot.test_serve import serve

SLACK_DEADLINE = 3.0


def env(fake: FakeSlack, tmp_path: Path, *, threads: int) -> dict[str, str]:
    return {
        "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_BASE_URL": fake.url,
        "DATABASE_URL": f"sqlite:///{tmp_path / 'acks.sqlite3'}", "WEB_THREADS": str(threads),
        "LOG_LEVEL": "WARNING",
    }  # fmt: skip


def test_twenty_five_people_at_once_with_a_slow_slack_are_all_acked_within_three_seconds(tmp_path: Path) -> None:
    with FakeSlack(tokens={BOT_TOKEN: "T1"}, latency=0.25) as fake:
        for base in serve(env(fake, tmp_path, threads=4), tmp_path, kill=True):
            acks = people(base, SECRET, fake, count=25, answers=2, deadline=time.monotonic() + 20)
            assert len(acks.times) >= 25 and set(acks.statuses) == {200}, acks.statuses
            assert acks.over(SLACK_DEADLINE) == 0, acks.summary()


def test_while_slack_rate_limits_posting_for_thirty_seconds_help_is_still_acked_within_three_seconds(
    tmp_path: Path,
) -> None:
    with FakeSlack(tokens={BOT_TOKEN: "T1"}) as fake:
        for base in serve(env(fake, tmp_path, threads=2), tmp_path, kill=True):
            slash(base, SECRET, "U0", "help", Acks(), response_url=fake.response_url("warm"))  # auth.test, once
            limited = Failure(429, {"Retry-After": "30"})
            for _ in range(20):
                fake.fail_next("chat.postMessage", limited)
            started, acks = Acks(), Acks()
            for u in range(4):  # their work waits out the rate limit in every work thread
                slash(base, SECRET, f"U{u + 1}", "", started, response_url=fake.response_url("s"))
            time.sleep(0.5)
            for u in range(12):
                text = slash(base, SECRET, f"U{u + 10}", "help", acks, response_url=fake.response_url("h"))
                assert "/mlops compare" in text
            assert set(started.statuses) == {200} and started.over(SLACK_DEADLINE) == 0, started.summary()
            assert acks.over(SLACK_DEADLINE) == 0, acks.summary()
            assert fake.of("chat.postMessage") == []  # still limited: the help came in the acks themselves


# -- an error after the ack never replaces it (a real app, signed requests, in process) -------------

INVALID_AUTH = Failure(200, body={"ok": False, "error": "invalid_auth"})


def test_invalid_auth_right_after_the_ack_still_answers_the_slash_command_with_the_dm_pointer(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    fake_slack.fail_next("conversations.open", INVALID_AUTH)
    reply = slack.command("")
    assert reply.status == 200 and "I've sent you a direct message" in reply.text


def test_a_database_outage_right_after_the_ack_still_answers_200_and_says_try_again(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    database.engine = Database("sqlite:////nonexistent/dir/waiter.sqlite3").engine
    reply = slack.command("", response_url=fake_slack.response_url("r"))
    assert reply.status == 200 and "I've sent you a direct message" in reply.text
    assert "try again in a moment" in fake_slack.responses[-1]["text"]


def test_a_press_with_a_value_this_app_never_wrote_is_acked_and_answered_kindly(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    label = {"type": "plain_text", "text": "x"}
    message = {"channel": "D1", "ts": "1.1", "blocks": [{"type": "actions", "block_id": "picks", "elements": [
        {"type": "button", "action_id": "feedback:0", "value": "{not json", "text": label},
        {"type": "button", "action_id": "critique:0", "value": "bigger", "text": label},
    ]}]}  # fmt: skip
    for action in ("feedback:0", "critique:0"):
        reply = slack.press(message, action)
        assert reply.status == 200 and reply.body == b""
        assert "out of date" in fake_slack.posts("D1")[-1]["text"]


def test_a_double_click_posts_the_next_question_once(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.command("")
    question = button_question(slack, fake_slack)
    pressed = elements(question)[0]["action_id"]
    slack.press(question, pressed)
    posted = len(fake_slack.posts("D1"))
    slack.press(question, pressed)
    assert len(fake_slack.posts("D1")) == posted


def test_when_only_the_rewrite_of_the_answered_question_fails_there_is_no_sorry(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    question = button_question(slack, fake_slack)
    fake_slack.fail_next("chat.update", Failure(200, body={"ok": False, "error": "message_not_found"}))
    slack.press(question, elements(question)[0]["action_id"])
    assert not any("went wrong" in post["text"] for post in fake_slack.posts("D1"))
    assert current_question(fake_slack, "D1") is not None
