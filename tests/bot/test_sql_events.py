"""Every statement the store runs goes through SQLAlchemy, so its events (and tracing) see it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine.interfaces import CacheStats

from bot.storage.unit_of_work import Database
from tests.bot.fake_slack import FakeSlack
from tests.bot.interview import button_question, elements
from tests.bot.slack_driver import SlackDriver

#: What the driver runs on its own when SQLAlchemy calls connection.commit() or .rollback():
#: transaction ends, which SQLAlchemy reports through its commit/rollback events, not cursor events.
TRANSACTION_ENDS = ("COMMIT", "ROLLBACK")


def _watch(database: Database) -> tuple[list[str], list[str]]:
    """(statements SQLAlchemy's before_cursor_execute saw, statements SQLite itself ran)."""
    seen: list[str] = []
    ran: list[str] = []

    def count(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(database.engine, "before_cursor_execute", count)
    with database.engine.connect() as connection:  # the pool's one SQLite connection: trace it from now on
        dbapi_connection = connection.connection.dbapi_connection
        assert dbapi_connection is not None
        dbapi_connection.set_trace_callback(ran.append)  # type: ignore[attr-defined]
    ran.clear()
    return seen, ran


def _first_option_typed(slack: SlackDriver, fake_slack: FakeSlack) -> str:
    """Start an interview; the first option of its first question, as a person would type it."""
    slack.command("")
    question = button_question(slack, fake_slack)
    return str(elements(question)[0]["text"]["text"])


def test_the_sqlalchemy_events_see_every_statement_of_a_typed_dm_answer(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    typed = _first_option_typed(slack, fake_slack)
    seen, ran = _watch(database)
    slack.dm(typed)
    by_driver = [statement for statement in ran if statement not in TRANSACTION_ENDS]
    assert len(seen) == len(by_driver), (seen, by_driver)
    kinds = [statement.split()[0] for statement in seen]
    # kept in the inbox before the ack; the turn, which claims it first; the question bookkeeping, which lets it go
    assert kinds.count("BEGIN") == 3, "the answer's three small transactions"
    begins = [at for at, kind in enumerate(kinds) if kind == "BEGIN"]
    ends = [*begins[1:], len(seen)]
    kept, turn, filed = ([s.split(" (")[0] for s in seen[a:b]] for a, b in zip(begins, ends, strict=True))
    assert kept == ["BEGIN IMMEDIATE", "INSERT INTO slack_inbox"]
    assert turn[1].startswith("UPDATE slack_inbox SET claimed_at"), "claimed before the turn reads anything"
    assert any(statement.startswith("UPDATE conversations SET") for statement in turn), "and the answer stored with it"
    assert 'DELETE FROM slack_inbox WHERE slack_inbox."key" = ?' in filed
    assert "INSERT INTO slack_question_messages" in filed, "the letter goes in the bookkeeping's transaction"
    assert fake_slack.of("chat.update"), "and the answered question rewritten"


def test_the_sqlalchemy_events_see_every_statement_of_a_button_press(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    slack.command("")
    question = button_question(slack, fake_slack)
    seen, ran = _watch(database)
    slack.press(question, elements(question)[0]["action_id"])
    by_driver = [statement for statement in ran if statement not in TRANSACTION_ENDS]
    assert len(seen) == len(by_driver) > 0, (seen, by_driver)


def test_every_statement_of_a_typed_dm_answer_is_compiled_once_per_engine(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    typed = _first_option_typed(slack, fake_slack)
    compiled: list[tuple[str, CacheStats]] = []

    def note(_conn: Any, _cursor: Any, statement: str, _params: Any, context: Any, _many: bool) -> None:
        compiled.append((statement, context.cache_hit))

    event.listen(database.engine, "after_cursor_execute", note)
    slack.dm(typed)
    assert len(compiled) > 4 and ("BEGIN IMMEDIATE", CacheStats.CACHE_HIT) in compiled
    # none compiled anew on every run (BEGIN IMMEDIATE, a construct of our own, was until it had a cache key)
    assert [statement for statement, hit in compiled if hit is CacheStats.NO_CACHE_KEY] == []
