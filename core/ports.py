"""Ports: what the use cases need from the outside world. Adapters in bot/ implement them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol, Self

from pydantic import BaseModel, ConfigDict, Field

from core.profile import Profile
from core.recommendation import Recommendation


class ConversationRecord(BaseModel):
    """A conversation as stored: the machine's state name, the answers, and how we got here."""

    model_config = ConfigDict(frozen=True)

    workspace: str
    user: str
    state: str = "meet"
    answers: dict[str, Any] = Field(default_factory=dict)
    done: tuple[str, ...] = ()  # questions skipped (answered ones live in answers)
    history: tuple[dict[str, Any], ...] = ()  # undo log for `back`
    pending: str | None = None  # the question waiting for an answer
    return_to: str | None = None  # where `resume` or a cancelled restart goes back to
    critiques: tuple[dict[str, Any], ...] = ()
    version: int = 0  # optimistic concurrency: bumped by every stored update


class StoredRecommendation(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: int
    workspace: str
    user: str
    created_at: datetime
    recommendation: Recommendation
    feedback: dict[str, str] = Field(default_factory=dict)  # tool id -> verdict


class ConversationRepository(Protocol):
    def get(self, workspace: str, user: str) -> ConversationRecord | None:
        """The user's conversation, or None."""

    def add(self, record: ConversationRecord) -> ConversationRecord:
        """Store a new conversation; ConcurrentUpdate if one appeared meanwhile."""

    def update(self, record: ConversationRecord) -> ConversationRecord:
        """Store a change made on top of `record.version`; ConcurrentUpdate if that is stale."""


class ProfileRepository(Protocol):
    def save(self, workspace: str, user: str, profile: Profile, *, now: datetime) -> None:
        """Store the user's latest profile."""

    def for_users(self, workspace: str, users: Iterable[str]) -> dict[str, Profile]:
        """Profiles of the given users that exist (for team digests)."""


class RecommendationRepository(Protocol):
    def add(
        self, workspace: str, user: str, recommendation: Recommendation, *, now: datetime
    ) -> int:
        """Store picks that were shown; return their id."""

    def latest(self, workspace: str, user: str) -> StoredRecommendation | None:
        """The picks last shown to the user."""

    def get(self, recommendation_id: int) -> StoredRecommendation | None:
        """Stored picks by id."""

    def record_feedback(
        self, recommendation_id: int, tool_id: str, verdict: str, *, now: datetime
    ) -> None:
        """Remember what the user thought of one pick (the latest verdict wins)."""


class EventLog(Protocol):
    def first_time(self, keys: Sequence[str], *, now: datetime) -> bool:
        """Record a delivery's keys; False if any was seen before (a retry or a duplicate)."""


class UnitOfWork(Protocol):
    """One transaction. Leaving the block rolls back unless commit() was called."""

    conversations: ConversationRepository
    profiles: ProfileRepository
    recommendations: RecommendationRepository
    events: EventLog

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc: object) -> None: ...

    def commit(self) -> None:
        """Make the work of this block permanent."""


UnitOfWorkFactory = Callable[[], UnitOfWork]


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware (UTC)."""
