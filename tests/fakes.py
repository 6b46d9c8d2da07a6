"""Hand-written fakes of core's ports: in memory, with the same concurrency rules as the real store."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, datetime, timedelta
from typing import Self

from core.errors import ConcurrentUpdate
from core.ports import ConversationRecord, StoredRecommendation
from core.profile import Profile
from core.recommendation import Recommendation


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 26, 9, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.current

    def advance(self, **delta: float) -> None:
        self.current += timedelta(**delta)


class FakeStore:
    """The shared 'database' that fake units of work commit into."""

    def __init__(self) -> None:
        self.conversations: dict[tuple[str, str], ConversationRecord] = {}
        self.profiles: dict[tuple[str, str], Profile] = {}
        self.recommendations: dict[int, StoredRecommendation] = {}
        self.events: set[str] = set()


class _Conversations:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self.uow = uow

    def get(self, workspace: str, user: str) -> ConversationRecord | None:
        return self.uow.pending_conversations.get((workspace, user)) or self.uow.store.conversations.get(
            (workspace, user)
        )

    def add(self, record: ConversationRecord) -> ConversationRecord:
        if (record.workspace, record.user) in self.uow.store.conversations:
            raise ConcurrentUpdate()
        stored = record.model_copy(update={"version": 1})
        self.uow.pending_conversations[(record.workspace, record.user)] = stored
        return stored

    def update(self, record: ConversationRecord) -> ConversationRecord:
        current = self.uow.store.conversations.get((record.workspace, record.user))
        if current is None or current.version != record.version:
            raise ConcurrentUpdate()
        stored = record.model_copy(update={"version": record.version + 1})
        self.uow.pending_conversations[(record.workspace, record.user)] = stored
        return stored


class _Profiles:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self.uow = uow

    def save(self, workspace: str, user: str, profile: Profile, *, now: datetime) -> None:
        self.uow.pending_profiles[(workspace, user)] = profile

    def for_users(self, workspace: str, users: Iterable[str]) -> dict[str, Profile]:
        return {u: p for u in users if (p := self.uow.store.profiles.get((workspace, u))) is not None}


class _Recommendations:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self.uow = uow

    def add(self, workspace: str, user: str, recommendation: Recommendation, *, now: datetime) -> int:
        new_id = len(self.uow.store.recommendations) + len(self.uow.pending_recommendations) + 1
        self.uow.pending_recommendations[new_id] = StoredRecommendation(
            id=new_id, workspace=workspace, user=user, created_at=now, recommendation=recommendation
        )
        return new_id

    def latest(self, workspace: str, user: str) -> StoredRecommendation | None:
        mine = [r for r in self.uow.store.recommendations.values() if (r.workspace, r.user) == (workspace, user)]
        return max(mine, key=lambda r: r.id) if mine else None

    def get(self, recommendation_id: int) -> StoredRecommendation | None:
        return self.uow.store.recommendations.get(recommendation_id)

    def record_feedback(self, recommendation_id: int, tool_id: str, verdict: str, *, now: datetime) -> None:
        stored = self.uow.store.recommendations[recommendation_id]
        self.uow.pending_recommendations[recommendation_id] = stored.model_copy(
            update={"feedback": {**stored.feedback, tool_id: verdict}}
        )


class _Events:
    def __init__(self, uow: FakeUnitOfWork) -> None:
        self.uow = uow

    def first_time(self, keys: Sequence[str], *, now: datetime) -> bool:
        seen = any(key in self.uow.store.events or key in self.uow.pending_events for key in keys)
        self.uow.pending_events.update(keys)
        return not seen


class FakeUnitOfWork:
    def __init__(self, store: FakeStore) -> None:
        self.store = store
        self.conversations = _Conversations(self)
        self.profiles = _Profiles(self)
        self.recommendations = _Recommendations(self)
        self.events = _Events(self)
        self.committed = False

    def __enter__(self) -> Self:
        self.pending_conversations: dict[tuple[str, str], ConversationRecord] = {}
        self.pending_profiles: dict[tuple[str, str], Profile] = {}
        self.pending_recommendations: dict[int, StoredRecommendation] = {}
        self.pending_events: set[str] = set()
        self.committed = False
        return self

    def __exit__(self, *exc: object) -> None:
        self.pending_conversations = {}

    def commit(self) -> None:
        for key, record in self.pending_conversations.items():
            current = self.store.conversations.get(key)
            if current is not None and current.version >= record.version:
                raise ConcurrentUpdate()
        self.store.conversations.update(self.pending_conversations)
        self.store.profiles.update(self.pending_profiles)
        self.store.recommendations.update(self.pending_recommendations)
        self.store.events |= self.pending_events
        self.committed = True
