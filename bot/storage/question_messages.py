"""Where each question was posted, so answering it can rewrite that message (a small SQL table)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from contextlib import AbstractContextManager
from typing import NamedTuple

from sqlalchemy import Connection, Engine, delete

from bot.storage import statements
from bot.storage.engine import transaction


class Asked(NamedTuple):
    """A question just posted: where its message is."""

    question_id: str
    channel: str
    ts: str


class QuestionMessages:
    """(workspace, user, question) -> (channel, ts) of the message that asked it (it is hot: statements built once)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def _connection(self) -> AbstractContextManager[Connection]:
        return transaction(self.engine)

    def exchange(
        self, workspace: str, user: str, *, asked: Sequence[Asked] = (), answered: Sequence[str] = (),
        along: Callable[[Connection], None] | None = None,
    ) -> dict[str, tuple[str, str]]:
        """In one transaction: remember where `asked` questions were posted, and return (channel, ts)
        of the `answered` question ids that are on file (a turn's bookkeeping costs one round trip);
        `along` runs in the same transaction (a DM answer's letter leaves the inbox there), which then
        happens even when there is nothing to file."""
        found: dict[str, tuple[str, str]] = {}
        if not asked and not answered and along is None:
            return found
        with self._connection() as connection:
            if along is not None:
                along(connection)
            for question_id in answered:
                key = {"workspace": workspace, "user_id": user, "question_id": question_id}
                row = connection.execute(statements.SELECT_QUESTION_MESSAGE, key).first()
                if row is not None:
                    found[question_id] = (row.channel, row.ts)
            if asked:
                upsert = statements.upserts(connection.dialect.name).question_message
                connection.execute(upsert, [
                    {"workspace": workspace, "user_id": user, "question_id": question.question_id,
                     "channel": question.channel, "ts": question.ts}
                    for question in asked
                ])  # fmt: skip
        return found

    def forget_workspace(self, workspace: str) -> None:
        with self._connection() as connection:
            table = statements.QUESTION_MESSAGES
            connection.execute(delete(table).where(table.c.workspace == workspace))
