"""Accepted means kept: a DM answer is in the inbox before Slack gets its 200, and is answered once,
even when the worker dies before answering it."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event, func, select

from bot.bootstrap import Runtime, bootstrap
from bot.settings import Settings
from bot.slack.wsgi import make_wsgi
from bot.storage.inbox import INBOX
from bot.storage.statements import QUESTION_MESSAGES
from bot.storage.unit_of_work import Database
from core.catalog import Catalog
from tests.bot.conftest import SECRET, TEAM
from tests.bot.fake_slack import FakeSlack
from tests.bot.interview import current_question, question_id
from tests.bot.slack_driver import SlackDriver, TrackingExecutor
from tests.fakes import FakeClock


class DeadWorker(TrackingExecutor):
    """A worker killed right after the ack: the work after it never runs."""

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        return Future()


def letters(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.scalar(select(func.count()).select_from(INBOX)) or 0)


def answers(runtime: Runtime, user: str = "U1") -> dict[str, Any]:
    profile = runtime.waiter().current_profile(TEAM, user)
    return profile.model_dump(exclude_none=True, exclude_defaults=True) if profile else {}


def test_an_answer_accepted_by_a_worker_that_died_is_applied_once_after_the_restart(
    settings: Settings, database: Database, catalog: Catalog, fake_slack: FakeSlack, slack: SlackDriver,
) -> None:  # fmt: skip
    slack.command("")  # a live worker asks the first question
    assert current_question(fake_slack, "D1") is not None
    clock = FakeClock()
    dying = bootstrap(settings, catalog=catalog, clock=clock, database=database)
    dead = SlackDriver(make_wsgi(dying.slack_app(listener_executor=DeadWorker()), signing_secret=SECRET),
                       secret=SECRET, executor=TrackingExecutor(), team=TEAM)  # fmt: skip
    posted = len(fake_slack.posts("D1"))
    assert dead.dm("researcher", event_id="EvDied", ts="1800000000.424242").status == 200
    assert letters(database) == 1 and answers(dying) == {} and len(fake_slack.posts("D1")) == posted

    clock.advance(seconds=settings.inbox_lease_seconds + 1)  # the restart finds it once the lease is over
    restarted = bootstrap(settings, catalog=catalog, clock=clock, database=database)
    assert restarted.recover_inbox() == 1
    assert answers(restarted) == {"persona": "researcher"} and letters(database) == 0
    after = len(fake_slack.posts("D1"))
    assert after > posted
    assert restarted.recover_inbox() == 0
    assert slack.dm("researcher", event_id="EvDied", ts="1800000000.424242", retry=1).status == 200  # Slack retries
    assert len(fake_slack.posts("D1")) == after and answers(restarted) == {"persona": "researcher"}


def test_an_answer_is_in_the_inbox_before_the_ack_and_gone_once_answered(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    slack.command("")
    assert slack.dm("researcher").status == 200
    assert letters(database) == 0 and fake_slack.posts("D1")


def test_a_letter_taken_by_a_live_worker_is_not_taken_again_within_its_lease(
    runtime: Runtime, database: Database
) -> None:
    from bot.storage.inbox import Letter

    inbox = runtime.slack_services.inbox
    now = runtime.clock.now()
    letter = Letter("dm:T1:D1:1.1", TEAM, "U1", "D1", "researcher", ("dm:T1:D1:1.1",))
    assert inbox.accept(letter, now=now) and not inbox.accept(letter, now=now)
    assert inbox.take(letter.key, now=now) is not None
    assert inbox.take(letter.key, now=now) is None and inbox.abandoned(now=now) == []


def test_a_reply_posted_but_not_filed_keeps_its_letter_and_the_restart_asks_from_where_the_conversation_is(
    runtime: Runtime, settings: Settings, database: Database, fake_slack: FakeSlack, slack: SlackDriver,
) -> None:  # fmt: skip
    """The letter leaves the inbox in the transaction that files where the reply was posted: a crash
    before that commits loses neither (the letter stays; nothing half-filed), and the answer is not
    applied twice."""
    slack.command("")
    filed = filed_questions(database)
    with dying_at_commit(database, "DELETE FROM slack_inbox", "the worker died before the bookkeeping committed"):
        assert slack.dm("researcher").status == 200
    assert answers(runtime) == {"persona": "researcher"}, "the answer was applied"
    assert letters(database) == 1 and filed_questions(database) == filed, "the letter and the filing went together"
    asked = question_id(current_question(fake_slack, "D1") or {})
    assert asked is not None
    posted = len(fake_slack.posts("D1"))

    runtime.clock.advance(seconds=settings.inbox_lease_seconds + 1)  # type: ignore[attr-defined]
    assert runtime.recover_inbox() == 1
    assert letters(database) == 0 and answers(runtime) == {"persona": "researcher"}
    assert len(fake_slack.posts("D1")) > posted and question_id(current_question(fake_slack, "D1") or {}) == asked


@contextmanager
def dying_at_commit(database: Database, starting: str, why: str) -> Iterator[None]:
    """The worker dies at the commit of a transaction that ran a statement beginning `starting`."""
    ran: list[str] = []

    def watch(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.startswith(starting):
            ran.append(statement)

    def crash(_conn: Any) -> None:
        if ran:
            ran.clear()
            raise RuntimeError(why)

    event.listen(database.engine, "before_cursor_execute", watch)
    event.listen(database.engine, "commit", crash)
    try:
        yield
    finally:
        event.remove(database.engine, "commit", crash)
        event.remove(database.engine, "before_cursor_execute", watch)


def filed_questions(database: Database) -> list[Any]:
    with database.engine.connect() as connection:
        return list(connection.execute(select(QUESTION_MESSAGES)))


class Overtaken(TrackingExecutor):
    """The work after the ack starts only after another process took the letter (its lease is not over)."""

    def __init__(self, runtime: Runtime) -> None:
        super().__init__()
        self.runtime = runtime

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        inbox = self.runtime.slack_services.inbox
        for key in keys(self.runtime.database):
            assert inbox.take(key, now=self.runtime.clock.now()) is not None
        return super().submit(fn, *args, **kwargs)


def keys(database: Database) -> list[str]:
    with database.engine.connect() as connection:
        return list(connection.scalars(select(INBOX.c.key)))


def test_a_letter_another_process_took_meanwhile_is_left_to_it(
    runtime: Runtime, database: Database, fake_slack: FakeSlack, slack: SlackDriver,
) -> None:  # fmt: skip
    slack.command("")
    executor = Overtaken(runtime)
    overtaken = SlackDriver(make_wsgi(runtime.slack_app(listener_executor=executor), signing_secret=SECRET),
                            secret=SECRET, executor=executor, team=TEAM)  # fmt: skip
    posted = len(fake_slack.posts("D1"))
    assert overtaken.dm("researcher").status == 200
    executor.shutdown(wait=True)
    assert answers(runtime) == {} and len(fake_slack.posts("D1")) == posted, "the claim failed: nothing applied"
    assert letters(database) == 1, "the letter is the other process's to answer"


def test_a_crash_before_the_turn_commits_leaves_the_letter_unclaimed_and_it_is_answered_once_after_the_lease(
    runtime: Runtime, settings: Settings, database: Database, fake_slack: FakeSlack, slack: SlackDriver,
) -> None:  # fmt: skip
    """The worker that accepted an answer claims it in the turn's own transaction: a crash before that
    commits changes nothing (no claim, no answer), and the letter is taken once its lease is over."""
    slack.command("")
    posted = len(fake_slack.posts("D1"))
    with dying_at_commit(database, "UPDATE slack_inbox SET claimed_at", "the worker died before the turn committed"):
        assert slack.dm("researcher").status == 200
    with database.engine.connect() as connection:
        assert list(connection.execute(select(INBOX.c.claimed_at, INBOX.c.attempts))) == [(None, 0)]
    assert answers(runtime) == {}
    assert runtime.recover_inbox() == 0, "not before its lease is over"

    runtime.clock.advance(seconds=settings.inbox_lease_seconds + 1)  # type: ignore[attr-defined]
    assert runtime.recover_inbox() == 1
    assert answers(runtime) == {"persona": "researcher"} and letters(database) == 0
    assert len(fake_slack.posts("D1")) > posted
    assert runtime.recover_inbox() == 0
