"""What the store promises on SQLite, shown by behaviour: write-ahead logging, foreign keys enforced,
writers from several processes queued (not failed) thanks to a busy timeout and a BEGIN that takes the
write lock, and savepoints that roll back only their own part (bot/storage/sqlite.py says where each
comes from)."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError

from bot.storage.migrate import upgrade
from bot.storage.tables import FeedbackRow, RecommendationRow
from bot.storage.unit_of_work import Database

NOW = datetime(2026, 12, 1, tzinfo=UTC)
RECOMMENDATIONS = RecommendationRow.__table__
FEEDBACK = FeedbackRow.__table__


@pytest.fixture
def sqlite_file(tmp_path: Path) -> Path:
    path = tmp_path / "waiter.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


@pytest.fixture
def database(sqlite_file: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{sqlite_file}")
    yield db
    db.dispose()


def recommendation(n: int = 0) -> dict[str, object]:
    return {"workspace": "T1", "user_id": "U1", "payload": {"n": n}, "created_at": NOW}


def feedback(recommendation_id: int) -> dict[str, object]:
    return {"recommendation_id": recommendation_id, "tool_id": "mlflow", "verdict": "no", "created_at": NOW}


def count(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(connection.execute(select(func.count()).select_from(RECOMMENDATIONS)).scalar_one())


def test_a_migrated_sqlite_database_keeps_a_write_ahead_log(sqlite_file: Path, database: Database) -> None:
    # the file format bytes (offsets 18 and 19 of the header) are 2 in WAL mode, 1 in the legacy journal
    assert sqlite_file.read_bytes()[18:20] == b"\x02\x02"
    with database.engine.begin() as connection:
        connection.execute(insert(RECOMMENDATIONS).values(recommendation()))
    assert sqlite_file.with_name(sqlite_file.name + "-wal").exists(), "the commit went to the log"


def test_foreign_keys_are_enforced_and_cascade(database: Database) -> None:
    with pytest.raises(IntegrityError), database.engine.begin() as connection:
        connection.execute(insert(FEEDBACK).values(feedback(999)))
    with database.engine.begin() as connection:
        rec = connection.execute(insert(RECOMMENDATIONS).values(recommendation()).returning(RECOMMENDATIONS.c.id))
        rec_id = rec.scalar_one()
        connection.execute(insert(FEEDBACK).values(feedback(rec_id)))
    with database.engine.begin() as connection:
        connection.execute(delete(RECOMMENDATIONS).where(RECOMMENDATIONS.c.id == rec_id))
        assert connection.execute(select(func.count()).select_from(FEEDBACK)).scalar_one() == 0


def test_writers_on_separate_connections_queue_instead_of_failing(sqlite_file: Path, database: Database) -> None:
    """Two read-then-write transactions, each on its own engine (as two processes would be): the second
    waits at its BEGIN until the first commits, then reads what the first wrote. With SQLite's default
    (deferred) BEGIN, one of them would fail, because upgrading from reader to writer does not wait."""
    other = Database(f"sqlite:///{sqlite_file}")
    hold = 0.3
    second: dict[str, float | int] = {}

    def read_then_write(db: Database, out: dict[str, float | int]) -> None:
        with db.engine.begin() as connection:
            out["began"] = time.monotonic()
            seen = connection.execute(select(func.count()).select_from(RECOMMENDATIONS)).scalar_one()
            connection.execute(insert(RECOMMENDATIONS).values(recommendation(seen)))
            out["saw"] = seen

    try:
        with database.engine.begin() as connection:
            seen = connection.execute(select(func.count()).select_from(RECOMMENDATIONS)).scalar_one()
            thread = threading.Thread(target=read_then_write, args=(other, second))
            thread.start()
            time.sleep(hold)  # the other writer is at its BEGIN by now, waiting
            connection.execute(insert(RECOMMENDATIONS).values(recommendation(seen)))
            committed = time.monotonic()
        thread.join(30)
    finally:
        other.dispose()
    assert not thread.is_alive()
    assert second["began"] >= committed, "the second writer's transaction began after the first committed"
    assert (seen, second["saw"]) == (0, 1), "each read what was there when it began; nothing was lost"
    assert count(database) == 2


def test_savepoints_roll_back_their_own_part_only(database: Database) -> None:
    with database.engine.begin() as connection:
        connection.execute(insert(RECOMMENDATIONS).values(recommendation(1)))
        nested = connection.begin_nested()
        connection.execute(insert(RECOMMENDATIONS).values(recommendation(2)))
        nested.rollback()
    assert count(database) == 1
    with database.engine.connect() as connection:
        outer = connection.begin()
        with connection.begin_nested():  # released, then the whole transaction rolled back
            connection.execute(insert(RECOMMENDATIONS).values(recommendation(3)))
        outer.rollback()
    assert count(database) == 1
