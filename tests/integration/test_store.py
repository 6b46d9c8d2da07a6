"""The SQL store under the real service: persistence, resume after restart, concurrent answers."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from bot.storage.unit_of_work import Database
from core.catalog import Catalog
from core.conversation import FixedOrder, Step
from core.errors import ConcurrentUpdate, StoreUnavailable
from core.ports import ConversationRecord
from core.services import Waiter
from core.turns import Answered, Ask, Say, Show
from tests.fakes import FakeClock

W, U = "T1", "alice"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


def make_waiter(url: str, catalog: Catalog) -> tuple[Waiter, Database]:
    database = Database(url)
    return Waiter(catalog, database.unit_of_work, clock=FakeClock(), interviewer=FixedOrder()), database


def test_the_conversation_resumes_after_the_process_restarts(database_url: str, mini_catalog: Catalog) -> None:
    first, db1 = make_waiter(database_url, mini_catalog)
    first.open(W, U)
    for text in ["researcher", "5", "notebooks"]:
        first.reply(W, U, text)
    db1.dispose()  # the process goes away

    second, db2 = make_waiter(database_url, mini_catalog)
    turn = second.open(W, U)
    db2.dispose()
    assert "Welcome back" in turn[0].text  # type: ignore[union-attr]
    asks = [m for m in turn if isinstance(m, Ask)]
    assert asks and asks[0].question.id == "cloud"


def test_a_whole_interview_is_stored_with_picks_and_feedback(database_url: str, mini_catalog: Catalog) -> None:
    waiter, db = make_waiter(database_url, mini_catalog)
    waiter.open(W, U)
    answers = ["researcher", "5", "notebooks", "aws", "no", "git", "tabular", "can't reproduce",
               "experiment tracking", "no", "no", "low", "piecemeal"]  # fmt: skip
    turn = ()
    for text in answers:
        turn = waiter.reply(W, U, text)
    show = next(m for m in turn if isinstance(m, Show))
    assert show.recommendation_id is not None
    waiter.feedback(W, U, show.recommendation_id, show.recommendation.picks[0].id, "helpful")
    waiter.feedback(W, U, show.recommendation_id, show.recommendation.picks[0].id, "not_for_us")
    stored = waiter.latest_picks(W, U)
    db.dispose()
    assert stored is not None
    assert stored.recommendation == show.recommendation
    assert stored.feedback == {show.recommendation.picks[0].id: "not_for_us"}


def test_a_stale_version_is_refused(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.conversations.add(ConversationRecord(workspace=W, user=U))
        uow.commit()
    with database.unit_of_work() as uow:
        current = uow.conversations.get(W, U)
        assert current is not None
        uow.conversations.update(current.model_copy(update={"state": "identify"}))
        uow.commit()
    with database.unit_of_work() as uow:
        with pytest.raises(ConcurrentUpdate):
            uow.conversations.update(current.model_copy(update={"state": "recommend"}))
    with database.unit_of_work() as uow:
        stored = uow.conversations.get(W, U)
    assert stored is not None and stored.state == "identify" and stored.version == 2


def test_leaving_a_unit_of_work_without_commit_rolls_back(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.conversations.add(ConversationRecord(workspace=W, user=U))
    with database.unit_of_work() as uow:
        assert uow.conversations.get(W, U) is None


def test_a_delivery_is_seen_once_under_any_of_its_keys(database: Database) -> None:
    with database.unit_of_work() as uow:
        assert uow.events.first_time(["event:Ev123", "dm:T1:D1:1.0"], now=NOW)
        assert not uow.events.first_time(["event:Ev123"], now=NOW)
        uow.commit()
    with database.unit_of_work() as uow:
        assert not uow.events.first_time(["event:Ev999", "dm:T1:D1:1.0"], now=NOW)  # same message, new event id
        assert uow.events.first_time(["event:Ev124", "dm:T1:D1:2.0"], now=NOW)


def _race(count: int, work) -> list[object]:  # type: ignore[no-untyped-def]
    barrier = threading.Barrier(count)
    results: list[object] = [None] * count

    def run(index: int) -> None:
        barrier.wait()
        try:
            results[index] = work(index)
        except Exception as error:  # noqa: BLE001 - the test inspects what each racer got
            results[index] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return results


def test_racing_button_presses_apply_exactly_one_answer(database_url: str, mini_catalog: Catalog) -> None:
    waiter, db = make_waiter(database_url, mini_catalog)
    waiter.open(W, U)
    choices = ["researcher", "software_engineer", "ml_engineer", "team_lead"]
    results = _race(len(choices), lambda i: waiter.choose(W, U, "opening", [choices[i]]))
    profile = waiter.current_profile(W, U)
    state = waiter.state_of(W, U)
    db.dispose()
    applied = [i for i, turn in enumerate(results) if any(isinstance(m, Answered) for m in turn)]  # type: ignore[union-attr]
    assert len(applied) == 1, results
    assert profile is not None and profile.persona == choices[applied[0]]
    assert state is Step.MEET
    for index, turn in enumerate(results):
        assert not isinstance(turn, Exception), turn
        if index not in applied:
            text = " ".join(m.text for m in turn if isinstance(m, Say))  # type: ignore[union-attr]
            assert "already answered" in text or "crossed" in text


def test_racing_typed_answers_are_applied_in_order_or_re_asked(database_url: str, mini_catalog: Catalog) -> None:
    waiter, db = make_waiter(database_url, mini_catalog)
    waiter.open(W, U)
    texts = ["researcher", "7"]
    results = _race(2, lambda i: waiter.reply(W, U, texts[i]))
    profile = waiter.current_profile(W, U)
    db.dispose()
    assert all(not isinstance(r, Exception) for r in results), results
    assert profile is not None
    # both replies read at the opening ("7" is a team size there): each is applied, or its sender is
    # told it crossed with the other and is asked again; never lost in silence, never mixed
    said = [" ".join(m.text for m in turn if isinstance(m, Say)) for turn in results]  # type: ignore[union-attr]
    assert profile.persona == "researcher" or "crossed" in said[0], said
    assert profile.team_size == 7 or "crossed" in said[1], said
    assert profile.persona == "researcher" or profile.team_size == 7  # one of them was applied


def test_an_unreachable_database_becomes_a_friendly_error(mini_catalog: Catalog, tmp_path) -> None:  # type: ignore[no-untyped-def]
    waiter, db = make_waiter(f"sqlite:///{tmp_path}/missing-dir/nope/waiter.sqlite3", mini_catalog)
    with pytest.raises(StoreUnavailable, match="try again in a moment"):
        waiter.open(W, U)
    db.dispose()


def test_what_the_core_statements_store_reads_back_the_same_through_the_orm(database: Database) -> None:
    from sqlalchemy import select

    from bot.storage.tables import ConversationRow, ProcessedEventRow
    from bot.storage.unit_of_work import SqlUnitOfWork
    from core.profile import parse_profile

    record = ConversationRecord(workspace=W, user=U, answers={"persona": "researcher"})
    with database.unit_of_work() as uow:
        uow.conversations.add(record)
        uow.commit()
    later = datetime(2026, 11, 27, 8, 30, 15, 123456, tzinfo=UTC)
    changed = record.model_copy(update={
        "version": 1, "state": "identify", "answers": {"persona": "researcher", "team_size": 4, "cloud": "aws"},
        "done": ("stack",), "history": ({"kind": "answer", "previous": {"team_size": None}, "skipped": None},),
        "critiques": ({"kind": "cheaper"},), "pending": "cloud", "return_to": "meet",
    })  # fmt: skip
    with SqlUnitOfWork(database.engine, now=later) as uow:
        assert uow.events.first_time(["event:Ev1", "dm:T1:D1:1.0"], now=later)
        uow.conversations.update(changed)
        uow.profiles.save(W, U, parse_profile(dict(changed.answers)), now=later)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.conversations.get(W, U) == changed.model_copy(update={"version": 2})
        assert uow.profiles.for_users(W, [U])[U].team_size == 4
        row = uow.session.scalars(select(ConversationRow)).one()  # the ORM's view of the same row
        assert (row.answers, row.done, row.history, row.critiques) == (
            dict(changed.answers), ["stack"], [dict(changed.history[0])], [{"kind": "cheaper"}]
        )
        assert row.updated_at.replace(tzinfo=UTC) == later
        seen = uow.session.scalars(select(ProcessedEventRow.seen_at)).all()
        assert [moment.replace(tzinfo=UTC) for moment in seen] == [later, later]


def test_question_messages_are_remembered_found_and_moved(database: Database) -> None:
    from bot.storage.question_messages import Asked, QuestionMessages

    messages = QuestionMessages(database.engine)
    assert messages.exchange(W, U, answered=["cloud"]) == {}
    messages.exchange(W, U, asked=[Asked("cloud", "D1", "1.000100")])
    messages.exchange(W, U, asked=[Asked("cloud", "D1", "1.000200")])  # asked again: the newer message
    found = messages.exchange(W, U, asked=[Asked("stack", "D1", "1.000300")], answered=["cloud", "stack"])
    assert found == {"cloud": ("D1", "1.000200")}, "looked up before the new question was remembered"
    assert messages.exchange(W, U, answered=["stack"]) == {"stack": ("D1", "1.000300")}
    assert messages.exchange("T2", U, answered=["cloud"]) == {}, "another workspace sees nothing"


def test_a_connection_lost_mid_transaction_is_a_hiccup_and_the_next_one_works(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.conversations.add(ConversationRecord(workspace=W, user=U, answers={"persona": "researcher"}))
        uow.commit()
    with pytest.raises(StoreUnavailable):
        with database.unit_of_work() as uow:
            dbapi_connection = uow.connection.connection.dbapi_connection
            assert dbapi_connection is not None
            dbapi_connection.close()  # the database drops us in the middle of a turn
            uow.conversations.get(W, U)
    with database.unit_of_work() as uow:  # the pool let go of the dead connection
        found = uow.conversations.get(W, U)
    assert found is not None and found.answers == {"persona": "researcher"}, "nothing stored was lost"


def test_a_driver_error_is_raised_as_sqlalchemy_raises_it(database: Database) -> None:
    from sqlalchemy import column, select, table
    from sqlalchemy.exc import DBAPIError

    with database.unit_of_work() as uow:
        with pytest.raises(DBAPIError) as raised:
            uow.connection.execute(select(column("missing")).select_from(table("no_such_table")))
    assert not raised.value.connection_invalidated
    assert "no_such_table" in str(raised.value.orig)


def test_delivery_keys_are_forgotten_after_two_days_a_batch_at_a_time(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import bot.storage.repositories as store

    monkeypatch.setattr(store, "PRUNE_BATCH", 3)
    with database.unit_of_work() as uow:
        for n in range(5):
            assert uow.events.first_time([f"event:old{n}"], now=NOW)
        assert uow.events.first_time(["event:recent"], now=NOW + timedelta(days=1, hours=23))
        uow.commit()
    later = NOW + timedelta(days=2, minutes=1)
    with database.unit_of_work() as uow:
        forgotten = [uow.events.forget_before(later - store.EVENT_RETENTION) for _ in range(3)]
        assert forgotten == [3, 2, 0], "at most a batch at a time"
        assert not uow.events.first_time(["event:recent"], now=later), "a recent delivery is still known"
        assert uow.events.first_time(["event:old0"], now=later), "an expired one is forgotten"
        uow.commit()


def test_recording_deliveries_forgets_expired_ones_along_the_way(
    database: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    import itertools

    import bot.storage.repositories as store

    with database.unit_of_work() as uow:
        for n in range(4):
            uow.events.first_time([f"event:old{n}"], now=NOW)
        uow.commit()
    monkeypatch.setattr(store, "PRUNE_EVERY", 2)
    monkeypatch.setattr(store, "_recorded", itertools.count(1))
    later = NOW + timedelta(days=3)
    with database.unit_of_work() as uow:
        uow.events.first_time(["event:new1"], now=later)  # the 1st recording forgets nothing
        assert not uow.events.first_time(["event:old1"], now=later), "still known; the 2nd recording prunes"
        assert uow.events.first_time(["event:old2"], now=later), "forgotten along the way"
        uow.commit()
