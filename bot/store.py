"""The SQL adapter of core's ports: repositories and a unit of work over SQLAlchemy 2.0."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, Self

from sqlalchemy import Connection, Engine, Row, create_engine, event, select
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session

from bot import statements
from bot.tables import FeedbackRow, ProfileRow, RecommendationRow
from core.errors import ConcurrentUpdate, StoreUnavailable
from core.ports import ConversationRecord, StoredRecommendation
from core.profile import Profile
from core.recommendation import Recommendation


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for DATABASE_URL, tuned for many small transactions from several workers."""
    if url.startswith("sqlite"):
        # One connection per process, handed from thread to thread: SQLite has one writer at a time
        # anyway, and waiting for the pool is cheaper than SQLite's sleep-and-retry busy handler.
        options: dict[str, Any] = {"pool_size": 1, "max_overflow": 0, "pool_timeout": 30}
        if "poolclass" in kwargs:  # migrations/env.py: NullPool takes no pool sizes
            options = {}
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **{**options, **kwargs})

        @event.listens_for(engine, "connect")
        def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN (savepoints work)
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA synchronous=NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            # take the write lock up front: SQLite then serialises writers instead of failing one
            # (SQLAlchemy's recipe for SQLite transactions; it goes through the engine's events)
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def unavailable(error: BaseException) -> bool:
    """The database could not be reached or dropped the connection (a hiccup, not a bug)."""
    if isinstance(error, (OperationalError, InterfaceError)):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


def aware(moment: datetime) -> datetime:
    """A time read from SQLite (which keeps no zone) as the UTC time it was written as."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _record(workspace: str, user: str, row: Row[Any]) -> ConversationRecord:
    state, answers, done, history, pending, return_to, critiques, version = row
    return ConversationRecord(
        workspace=workspace, user=user, state=state, answers=answers, done=tuple(done), history=tuple(history),
        pending=pending, return_to=return_to, critiques=tuple(critiques), version=version,
    )  # fmt: skip


class _Repository:
    """Repositories work in their unit's transaction: Core statements on its connection, the rest
    through the ORM session (made on first use)."""

    def __init__(self, uow: SqlUnitOfWork) -> None:
        self.uow = uow

    @property
    def connection(self) -> Connection:
        return self.uow.connection

    @property
    def session(self) -> Session:
        return self.uow.session


class SqlConversations(_Repository):
    def __init__(self, uow: SqlUnitOfWork, now: datetime) -> None:
        super().__init__(uow)
        self.now = now

    def get(self, workspace: str, user: str) -> ConversationRecord | None:
        key = {"workspace": workspace, "user_id": user}
        row = self.connection.execute(statements.SELECT_CONVERSATION, key).first()
        return _record(workspace, user, row) if row is not None else None

    def _values(self, record: ConversationRecord) -> dict[str, Any]:
        return {
            "state": record.state, "answers": record.answers, "done": list(record.done),
            "history": list(record.history), "critiques": list(record.critiques),
            "pending": record.pending, "return_to": record.return_to, "updated_at": self.now,
        }  # fmt: skip

    def add(self, record: ConversationRecord) -> ConversationRecord:
        values = {**self._values(record), "workspace": record.workspace, "user_id": record.user,
                  "version": 1, "created_at": self.now}  # fmt: skip
        try:
            with self.connection.begin_nested():
                self.connection.execute(statements.INSERT_CONVERSATION, values)
        except IntegrityError:
            raise ConcurrentUpdate() from None
        return record.model_copy(update={"version": 1})

    def update(self, record: ConversationRecord) -> ConversationRecord:
        params = {**self._values(record), "version": record.version + 1, "of_workspace": record.workspace,
                  "of_user_id": record.user, "of_version": record.version}  # fmt: skip
        if self.connection.execute(statements.UPDATE_CONVERSATION, params).rowcount != 1:
            raise ConcurrentUpdate()
        return record.model_copy(update={"version": record.version + 1})


class SqlProfiles(_Repository):
    def save(self, workspace: str, user: str, profile: Profile, *, now: datetime) -> None:
        values = {"workspace": workspace, "user_id": user, "updated_at": now,
                  "profile": profile.model_dump(mode="json", exclude_none=True)}  # fmt: skip
        self.connection.execute(statements.upserts(self.connection.dialect.name).profile, values)

    def for_users(self, workspace: str, users: Iterable[str]) -> dict[str, Profile]:
        wanted = list(dict.fromkeys(users))
        found: dict[str, Profile] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.connection.execute(
                select(ProfileRow.user_id, ProfileRow.profile).where(
                    ProfileRow.workspace == workspace, ProfileRow.user_id.in_(chunk)
                )
            )
            for user_id, data in rows:
                found[user_id] = Profile.model_validate(data)
        return found


class SqlRecommendations(_Repository):
    def add(self, workspace: str, user: str, recommendation: Recommendation, *, now: datetime) -> int:
        row = RecommendationRow(
            workspace=workspace, user_id=user, created_at=now,
            payload=recommendation.model_dump(mode="json"),
        )  # fmt: skip
        self.session.add(row)
        self.session.flush()
        return row.id

    def _stored(self, row: RecommendationRow) -> StoredRecommendation:
        feedback = self.session.execute(
            select(FeedbackRow.tool_id, FeedbackRow.verdict).where(FeedbackRow.recommendation_id == row.id)
        )
        return StoredRecommendation(
            id=row.id, workspace=row.workspace, user=row.user_id, created_at=aware(row.created_at),
            recommendation=Recommendation.model_validate(row.payload),
            feedback={tool: verdict for tool, verdict in feedback},
        )  # fmt: skip

    def latest(self, workspace: str, user: str) -> StoredRecommendation | None:
        row = self.session.scalars(
            select(RecommendationRow)
            .where(RecommendationRow.workspace == workspace, RecommendationRow.user_id == user)
            .order_by(RecommendationRow.id.desc())
            .limit(1)
        ).one_or_none()
        return self._stored(row) if row else None

    def get(self, recommendation_id: int) -> StoredRecommendation | None:
        row = self.session.get(RecommendationRow, recommendation_id)
        return self._stored(row) if row else None

    def record_feedback(self, recommendation_id: int, tool_id: str, verdict: str, *, now: datetime) -> None:
        row = self.session.scalars(
            select(FeedbackRow).where(
                FeedbackRow.recommendation_id == recommendation_id, FeedbackRow.tool_id == tool_id
            )
        ).one_or_none()
        if row is None:
            self.session.add(
                FeedbackRow(recommendation_id=recommendation_id, tool_id=tool_id, verdict=verdict, created_at=now)
            )
        else:
            row.verdict = verdict
            row.created_at = now


#: Slack retries a delivery within minutes; after this, its keys are only taking space.
EVENT_RETENTION = timedelta(days=2)
#: Every so many deliveries a process records, it forgets at most PRUNE_BATCH expired keys (in the
#: same transaction), so the table stays bounded without a separate job. The backlog of an old
#: install drains PRUNE_BATCH rows at a time, never in one long write.
PRUNE_EVERY = 500
PRUNE_BATCH = 2000
_recorded = itertools.count(1)


class SqlEvents(_Repository):
    def first_time(self, keys: Sequence[str], *, now: datetime) -> bool:
        unique = list(dict.fromkeys(key[:500] for key in keys))
        if not unique:
            return True
        insert = statements.upserts(self.connection.dialect.name).events
        inserted = self.connection.execute(insert, [{"key": key, "seen_at": now} for key in unique]).all()
        if next(_recorded) % PRUNE_EVERY == 0:
            self.forget_before(now - EVENT_RETENTION)
        return len(inserted) == len(unique)  # a key already there comes back as nothing

    def forget_before(self, moment: datetime) -> int:
        """Forget up to PRUNE_BATCH delivery keys first seen before `moment`; how many went."""
        cutoff = {"cutoff": moment, "limit": PRUNE_BATCH}
        return self.connection.execute(statements.PRUNE_EVENTS, cutoff).rowcount


class SqlUnitOfWork:
    """One database transaction; rolls back unless commit() was called."""

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
        return self

    @property
    def session(self) -> Session:
        """The ORM, joined to this unit's transaction (a DM answer never needs it, so it is made lazily)."""
        if self._session is None:
            self._session = Session(bind=self.connection, expire_on_commit=False)
        return self._session

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
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
