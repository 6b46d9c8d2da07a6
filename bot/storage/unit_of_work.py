"""The SQL unit of work of core's ports: one transaction, its repositories, and the Database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, Self

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session

from bot.storage.digests import SqlDigests
from bot.storage.engine import make_engine, unavailable
from bot.storage.repositories import SqlConversations, SqlEvents, SqlProfiles, SqlRecommendations
from core.errors import ConcurrentUpdate, StoreUnavailable
from core.ports import (
    ConversationRepository,
    DigestRepository,
    EventLog,
    ProfileRepository,
    RecommendationRepository,
)


class SqlUnitOfWork:
    """One database transaction; rolls back unless commit() was called (core's DigestUnitOfWork port)."""

    connection: Connection
    conversations: ConversationRepository
    profiles: ProfileRepository
    recommendations: RecommendationRepository
    events: EventLog
    digests: DigestRepository

    def __init__(self, engine: Engine, *, now: datetime | None = None) -> None:
        self.engine = engine
        self._now = now

    def __enter__(self) -> Self:
        connection: Connection | None = None
        try:
            connection = self.engine.connect()
            connection.begin()  # SQLite: BEGIN IMMEDIATE (see make_engine)
        except DBAPIError as error:
            if connection is not None:
                connection.close()
            if unavailable(error):
                raise StoreUnavailable() from error
            raise
        self.connection = connection
        self._session: Session | None = None
        now = self._now or datetime.now(UTC)
        self.conversations = SqlConversations(self, now)
        self.profiles = SqlProfiles(self)
        self.recommendations = SqlRecommendations(self)
        self.events = SqlEvents(self)
        self.digests = SqlDigests(self)
        return self

    @property
    def session(self) -> Session:
        """The ORM, joined to this unit's transaction (a DM answer never needs it, so it is made lazily)."""
        if self._session is None:
            self._session = Session(bind=self.connection, expire_on_commit=False)
        return self._session

    def __exit__(self, *exc_info: object) -> None:
        exc = exc_info[1] if len(exc_info) > 1 else None
        try:
            if self._session is not None:
                self._session.close()
            self.connection.rollback()
            self.connection.close()
        except DBAPIError:
            pass
        if isinstance(exc, BaseException) and unavailable(exc):
            raise StoreUnavailable() from exc

    def commit(self) -> None:
        try:
            if self._session is not None:
                self._session.flush()
            self.connection.commit()
        except IntegrityError:
            raise ConcurrentUpdate() from None


class Database:
    """The engine and the unit-of-work factory for one DATABASE_URL."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.engine)

    def dispose(self) -> None:
        self.engine.dispose()
