"""Where each question was posted, so answering it can rewrite that message (a small SQL table)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, bindparam, delete, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import InterfaceError, OperationalError

from bot.slack.tables import QuestionMessageRow
from core.errors import StoreUnavailable

TABLE = QuestionMessageRow.__table__
KEY = ("workspace", "user_id", "question_id")


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

    def remember(self, workspace: str, user: str, question_id: str, *, channel: str, ts: str) -> None:
        row = {"workspace": workspace, "user_id": user, "question_id": question_id, "channel": channel, "ts": ts}
        with self._connection() as connection:
            if self._upsert is not None:
                connection.execute(self._upsert, row)
                return
            connection.execute(self._delete, row)
            connection.execute(TABLE.insert(), row)

    def find(self, workspace: str, user: str, question_id: str) -> tuple[str, str] | None:
        with self._connection() as connection:
            row = connection.execute(
                self._find, {"workspace": workspace, "user_id": user, "question_id": question_id}
            ).first()
        return (row.channel, row.ts) if row else None

    def forget_workspace(self, workspace: str) -> None:
        with self._connection() as connection:
            connection.execute(delete(TABLE).where(TABLE.c.workspace == workspace))
