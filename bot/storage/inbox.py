"""The inbox: DM answers recorded before Slack hears we have them, until they are answered."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timedelta
from typing import NamedTuple

from sqlalchemy import Connection, Engine, bindparam, delete, func, select, update

from bot.storage import statements
from bot.storage.engine import transaction

INBOX = statements.INBOX
#: Claim a letter unless another process holds it within its lease; the letter comes back (built once:
#: it runs on every DM answer).
TAKE = (
    update(INBOX)
    .where(INBOX.c.key == bindparam("of_key"),
           INBOX.c.claimed_at.is_(None) | (INBOX.c.claimed_at < bindparam("expired")))
    .values(claimed_at=bindparam("now"), attempts=INBOX.c.attempts + 1)
    .returning(*INBOX.c)
)  # fmt: skip
#: Forget a letter (built once: it runs on every DM answer, inside the transaction that files its reply).
FINISH = delete(INBOX).where(INBOX.c.key == bindparam("of_key"))


class Letter(NamedTuple):
    """One DM answer as it came: who typed what where, and the keys that name its delivery."""

    key: str
    workspace: str
    user: str
    channel: str
    text: str
    delivery_keys: tuple[str, ...]
    attempts: int = 0  # how many times it was taken to be answered (more than one: after a crash)


class Inbox:
    """Accept (durably, before the ack), take (one process at a time), and finish DM answers."""

    def __init__(self, engine: Engine, *, lease: timedelta) -> None:
        self.engine = engine
        self.lease = lease  # a letter taken longer ago than this (and not finished) was dropped by a crash

    def _connection(self) -> AbstractContextManager[Connection]:
        return transaction(self.engine)

    def accept(self, letter: Letter, *, now: datetime) -> bool:
        """Record a letter (committed when this returns); False if it is here already (Slack's retry)."""
        values = {**letter._asdict(), "user_id": letter.user, "delivery_keys": list(letter.delivery_keys),
                  "received_at": now, "claimed_at": None, "attempts": 0}  # fmt: skip
        del values["user"]
        with self._connection() as connection:
            return bool(connection.execute(statements.upserts(connection.dialect.name).inbox, values).all())

    def take(self, key: str, *, now: datetime) -> Letter | None:
        """Take a letter to answer it: None if it is finished, or another process holds it (within its lease)."""
        with self._connection() as connection:
            return self.take_in(connection, key, now=now)

    def take_in(self, connection: Connection, key: str, *, now: datetime) -> Letter | None:
        """`take` in the caller's transaction: a DM answer's own worker claims its letter in the turn's
        transaction, so the claim and the answer commit together (or neither does: a crash before the
        commit leaves the letter unclaimed, and it is taken again a lease after it was accepted)."""
        row = connection.execute(TAKE, {"of_key": key, "now": now, "expired": now - self.lease}).first()
        if row is None:
            return None
        return Letter(row.key, row.workspace, row.user_id, row.channel, row.text, tuple(row.delivery_keys),
                      row.attempts)  # fmt: skip

    def finish(self, key: str) -> None:
        """The letter needs no answer (or was answered): forget it, in a transaction of its own."""
        with self._connection() as connection:
            self.finish_in(connection, key)

    @staticmethod
    def finish_in(connection: Connection, key: str) -> None:
        """Forget the letter in the caller's transaction: a DM answer's is the one that files where its
        reply was posted (`QuestionMessages.exchange`), so the letter goes exactly when that commits."""
        connection.execute(FINISH, {"of_key": key})

    def abandoned(self, *, now: datetime, limit: int = 100) -> Sequence[str]:
        """Keys of letters nobody is answering: accepted or taken longer than a lease ago (oldest first)."""
        table = INBOX.c
        since = func.coalesce(table.claimed_at, table.received_at)
        query = select(table.key).where(since < now - self.lease).order_by(table.received_at).limit(limit)
        with self._connection() as connection:
            return list(connection.scalars(query))
