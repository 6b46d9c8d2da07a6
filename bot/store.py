"""The SQL adapter of core's ports: repositories and a unit of work over SQLAlchemy 2.0."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from functools import cache
from typing import Any, Self

from sqlalchemy import Engine, bindparam, create_engine, event, select, update
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from bot.tables import (
    ConversationRow,
    FeedbackRow,
    ProcessedEventRow,
    ProfileRow,
    RecommendationRow,
)
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
        if "poolclass" in kwargs:
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
        def _begin_immediate(connection: Any) -> None:
            # take the write lock up front: SQLite then serialises writers instead of failing one
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _record(row: Any) -> ConversationRecord:
    return ConversationRecord(
        workspace=row.workspace, user=row.user_id, state=row.state, answers=row.answers,
        done=tuple(row.done), history=tuple(row.history), pending=row.pending,
        return_to=row.return_to, critiques=tuple(row.critiques), version=row.version,
    )  # fmt: skip


_CONVERSATION_FIELDS = ("state", "answers", "done", "history", "critiques", "pending", "return_to")


@cache
def _conversation_statements() -> tuple[Any, Any]:
    """The select and the versioned update, built once: a turn runs them thousands of times."""
    table = ConversationRow.__table__
    by_user = (table.c.workspace == bindparam("b_workspace")) & (table.c.user_id == bindparam("b_user"))
    select_one = select(table).where(by_user)
    guarded = (
        update(table)
        .where(by_user & (table.c.version == bindparam("b_version")))
        .values(
            version=bindparam("b_new_version"), updated_at=bindparam("b_now"),
            **{name: bindparam(name, type_=table.c[name].type) for name in _CONVERSATION_FIELDS},
        )
    )  # fmt: skip
    return select_one, guarded


@cache
def _profile_upsert(dialect: str) -> Any:
    table = ProfileRow.__table__
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    statement = insert(table).values(
        workspace=bindparam("workspace"), user_id=bindparam("user_id"),
        profile=bindparam("profile", type_=table.c.profile.type), updated_at=bindparam("updated_at"),
    )  # fmt: skip
    return statement.on_conflict_do_update(
        index_elements=["workspace", "user_id"],
        set_={"profile": statement.excluded.profile, "updated_at": statement.excluded.updated_at},
    )


class SqlConversations:
    def __init__(self, session: Session, now: datetime) -> None:
        self.session = session
        self.now = now

    def get(self, workspace: str, user: str) -> ConversationRecord | None:
        select_one, _ = _conversation_statements()
        row = self.session.execute(select_one, {"b_workspace": workspace, "b_user": user}).one_or_none()
        return _record(row) if row else None  # type: ignore[arg-type]

    def _values(self, record: ConversationRecord) -> dict[str, Any]:
        return {
            "state": record.state, "answers": record.answers, "done": list(record.done),
            "history": list(record.history), "critiques": list(record.critiques),
            "pending": record.pending, "return_to": record.return_to,
        }  # fmt: skip

    def add(self, record: ConversationRecord) -> ConversationRecord:
        row = ConversationRow(
            workspace=record.workspace, user_id=record.user, version=1, created_at=self.now,
            updated_at=self.now, **self._values(record),
        )  # fmt: skip
        try:
            with self.session.begin_nested():
                self.session.add(row)
                self.session.flush()
        except IntegrityError:
            raise ConcurrentUpdate() from None
        return record.model_copy(update={"version": 1})

    def update(self, record: ConversationRecord) -> ConversationRecord:
        _, guarded = _conversation_statements()
        params = {
            "b_workspace": record.workspace, "b_user": record.user, "b_version": record.version,
            "b_new_version": record.version + 1, "b_now": self.now, **self._values(record),
        }  # fmt: skip
        result = self.session.connection().execute(guarded, params)
        if result.rowcount != 1:
            raise ConcurrentUpdate()
        return record.model_copy(update={"version": record.version + 1})


class SqlProfiles:
    def __init__(self, session: Session) -> None:
        self.session = session

    def save(self, workspace: str, user: str, profile: Profile, *, now: datetime) -> None:
        connection = self.session.connection()
        connection.execute(
            _profile_upsert(connection.dialect.name),
            {"workspace": workspace, "user_id": user, "profile": profile.to_json_dict(), "updated_at": now},
        )

    def for_users(self, workspace: str, users: Iterable[str]) -> dict[str, Profile]:
        wanted = list(dict.fromkeys(users))
        found: dict[str, Profile] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self.session.execute(
                select(ProfileRow.user_id, ProfileRow.profile).where(
                    ProfileRow.workspace == workspace, ProfileRow.user_id.in_(chunk)
                )
            )
            for user_id, data in rows:
                found[user_id] = Profile.model_validate(data)
        return found


class SqlRecommendations:
    def __init__(self, session: Session) -> None:
        self.session = session

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
            id=row.id, workspace=row.workspace, user=row.user_id, created_at=_aware(row.created_at),
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


@cache
def _event_insert(dialect: str) -> Any:
    """INSERT … ON CONFLICT DO NOTHING RETURNING key, built once (and so compiled once)."""
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    table = ProcessedEventRow.__table__
    return insert(table).on_conflict_do_nothing(index_elements=["key"]).returning(table.c.key)


class SqlEvents:
    def __init__(self, session: Session) -> None:
        self.session = session

    def first_time(self, keys: Sequence[str], *, now: datetime) -> bool:
        unique = list(dict.fromkeys(key[:500] for key in keys))
        if not unique:
            return True
        connection = self.session.connection()
        rows = [{"key": key, "seen_at": now} for key in unique]  # one INSERT … VALUES (…), (…) RETURNING
        inserted = connection.execute(_event_insert(connection.dialect.name), rows).all()
        return len(inserted) == len(unique)  # a key already there comes back as nothing


class SqlUnitOfWork:
    """One database transaction; rolls back unless commit() was called."""

    def __init__(self, sessions: sessionmaker[Session], *, now: datetime | None = None) -> None:
        self.sessions = sessions
        self._now = now

    def __enter__(self) -> Self:
        self.session = self.sessions()
        now = self._now or datetime.now(UTC)
        self.conversations = SqlConversations(self.session, now)
        self.profiles = SqlProfiles(self.session)
        self.recommendations = SqlRecommendations(self.session)
        self.events = SqlEvents(self.session)
        return self

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        try:
            self.session.rollback()
            self.session.close()
        except DBAPIError:
            pass
        if isinstance(exc, (OperationalError, InterfaceError)):
            raise StoreUnavailable() from exc

    def commit(self) -> None:
        try:
            self.session.commit()
        except IntegrityError:
            raise ConcurrentUpdate() from None


class Database:
    """The engine and the unit-of-work factory for one DATABASE_URL."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        self.engine = make_engine(url, **engine_kwargs)
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    def unit_of_work(self) -> SqlUnitOfWork:
        return SqlUnitOfWork(self.sessions)

    def dispose(self) -> None:
        self.engine.dispose()
