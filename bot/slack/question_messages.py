"""Where each question was posted, so answering it can rewrite that message (a small SQL table)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import InterfaceError, OperationalError

from bot.slack.tables import QuestionMessageRow
from core.errors import StoreUnavailable

TABLE = QuestionMessageRow.__table__
KEY = ("workspace", "user_id", "question_id")


class Asked(NamedTuple):
    """A question just posted: where its message is."""

    question_id: str
    channel: str
    ts: str


class QuestionMessages:
    """(workspace, user, question) -> (channel, ts) of the message that asked it (Core SQL: it is hot)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        c = TABLE.c
        by_key = (
            (c.workspace == bindparam("workspace"))
            & (c.user_id == bindparam("user_id"))
            & (c.question_id == bindparam("question_id"))
        )
        self._find = select(c.channel, c.ts).where(by_key)
        self._delete = delete(TABLE).where(by_key)
        insert = {"postgresql": postgresql.insert, "sqlite": sqlite.insert}.get(engine.dialect.name)
        self._upsert: Any = None
        if insert is not None:  # one statement, prepared once
            statement = insert(TABLE)
            self._upsert = statement.on_conflict_do_update(
                index_elements=list(KEY), set_={"channel": statement.excluded.channel, "ts": statement.excluded.ts}
            )

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except (OperationalError, InterfaceError) as error:
            raise StoreUnavailable() from error

    def exchange(
        self, workspace: str, user: str, *, asked: Sequence[Asked] = (), answered: Sequence[str] = ()
    ) -> dict[str, tuple[str, str]]:
        """In one transaction: remember where `asked` questions were posted, and return (channel, ts)
        of the `answered` question ids that are on file (a turn's bookkeeping costs one round trip)."""
        found: dict[str, tuple[str, str]] = {}
        if not asked and not answered:
            return found
        with self._connection() as connection:
            for question_id in answered:
                row = connection.execute(
                    self._find, {"workspace": workspace, "user_id": user, "question_id": question_id}
                ).first()
                if row is not None:
                    found[question_id] = (row.channel, row.ts)
            for question in asked:
                values = {"workspace": workspace, "user_id": user, "question_id": question.question_id,
                          "channel": question.channel, "ts": question.ts}  # fmt: skip
                if self._upsert is not None:
                    connection.execute(self._upsert, values)
                else:
                    connection.execute(self._delete, values)
                    connection.execute(TABLE.insert(), values)
        return found

    def forget_workspace(self, workspace: str) -> None:
        with self._connection() as connection:
            connection.execute(delete(TABLE).where(TABLE.c.workspace == workspace))
