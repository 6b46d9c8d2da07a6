"""The SQL repositories of core's ports, working in their unit of work's transaction."""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Connection, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage import statements
from bot.storage.engine import aware
from bot.storage.tables import FeedbackRow, ProfileRow, RecommendationRow
from core.errors import ConcurrentUpdate
from core.ports import ConversationRecord, StoredRecommendation
from core.profile import Profile
from core.recommendation import Recommendation


class Transaction(Protocol):
    """What a repository works in: the unit of work's connection, and its ORM session."""

    @property
    def connection(self) -> Connection: ...

    @property
    def session(self) -> Session: ...


def _record(workspace: str, user: str, row: Sequence[Any]) -> ConversationRecord:
    state, answers, done, history, pending, return_to, critiques, version = row
    return ConversationRecord(
        workspace=workspace, user=user, state=state, answers=answers, done=tuple(done), history=tuple(history),
        pending=pending, return_to=return_to, critiques=tuple(critiques), version=version,
    )  # fmt: skip


class Repository:
    """Repositories work in their unit's transaction: Core statements on its connection, the rest
    through the ORM session (made on first use)."""

    def __init__(self, uow: Transaction) -> None:
        self.uow = uow

    @property
    def connection(self) -> Connection:
        return self.uow.connection

    @property
    def session(self) -> Session:
        return self.uow.session


#: What a conversation keeps of its past, so a turn's cost stays flat however long it runs: `back`
#: can undo the last MAX_HISTORY steps, and the picks weigh the last MAX_CRITIQUES critiques.
MAX_HISTORY = 50
MAX_CRITIQUES = 20
#: Stored picks kept per person: the latest few (App Home shows the last), plus any that has feedback.
KEEP_RECOMMENDATIONS = 5


class SqlConversations(Repository):
    def __init__(self, uow: Transaction, now: datetime) -> None:
        super().__init__(uow)
        self.now = now

    def get(self, workspace: str, user: str) -> ConversationRecord | None:
        key = {"workspace": workspace, "user_id": user}
        row = self.connection.execute(statements.SELECT_CONVERSATION, key).first()
        return _record(workspace, user, row) if row is not None else None

    def _values(self, record: ConversationRecord) -> dict[str, Any]:
        return {
            "state": record.state, "answers": record.answers, "done": list(record.done),
            "history": list(record.history[-MAX_HISTORY:]), "critiques": list(record.critiques[-MAX_CRITIQUES:]),
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


class SqlProfiles(Repository):
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


class SqlRecommendations(Repository):
    def add(self, workspace: str, user: str, recommendation: Recommendation, *, now: datetime) -> int:
        values = {"workspace": workspace, "user_id": user, "created_at": now,
                  "payload": recommendation.model_dump(mode="json")}  # fmt: skip
        # a Core insert on the unit's connection: the ORM's unit of work (a session and its flush) is
        # most of the cost of a picks turn's storage, and nothing here needs an object
        rec_id = int(self.connection.execute(statements.INSERT_RECOMMENDATION, values).scalar_one())
        keep = {"workspace": workspace, "user_id": user, "keep": KEEP_RECOMMENDATIONS}
        self.connection.execute(statements.PRUNE_RECOMMENDATIONS, keep)
        return rec_id

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


class SqlEvents(Repository):
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
