"""Where each question was posted, so answering it can rewrite that message (a small SQL table)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, delete, select
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
        dialect = engine.dialect.name
        self._insert: Any = (
            postgresql.insert
            if dialect == "postgresql"
            else sqlite.insert
            if dialect == "sqlite"
            else None
        )

    @contextmanager
    def _connection(self) -> Iterator[Connection]:
        try:
            with self.engine.begin() as connection:
                yield connection
        except (OperationalError, InterfaceError) as error:
            raise StoreUnavailable() from error

    def remember(
        self, workspace: str, user: str, question_id: str, *, channel: str, ts: str
    ) -> None:
        row = {
            "workspace": workspace,
            "user_id": user,
            "question_id": question_id,
            "channel": channel,
            "ts": ts,
        }
        with self._connection() as connection:
            if self._insert is not None:  # one upsert statement
                statement = self._insert(TABLE).values(**row)
                connection.execute(
                    statement.on_conflict_do_update(
                        index_elements=list(KEY), set_={"channel": channel, "ts": ts}
                    )
                )
                return
            connection.execute(delete(TABLE).where(*(TABLE.c[k] == row[k] for k in KEY)))
            connection.execute(TABLE.insert().values(**row))

    def find(self, workspace: str, user: str, question_id: str) -> tuple[str, str] | None:
        c = TABLE.c
        query = select(c.channel, c.ts).where(
            c.workspace == workspace, c.user_id == user, c.question_id == question_id
        )
        with self._connection() as connection:
            row = connection.execute(query).first()
        return (row.channel, row.ts) if row else None

    def forget_workspace(self, workspace: str) -> None:
        with self._connection() as connection:
            connection.execute(delete(TABLE).where(TABLE.c.workspace == workspace))
