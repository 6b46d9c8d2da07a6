"""Ports: what the use cases need from the outside world. Adapters in bot/ implement them."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, Protocol, Self

from pydantic import BaseModel, ConfigDict, Field

from core.digest import DigestSummary
from core.profile import Profile
from core.recommendation import Recommendation
from core.schedule import Schedule


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


# -- channel digests ---------------------------------------------------------------------------


class Subscription(BaseModel):
    """A channel subscribed to digests, with who subscribed it and when."""

    model_config = ConfigDict(frozen=True)

    workspace: str
    channel: str
    schedule: Schedule
    subscribed_by: str
    subscribed_at: datetime


class LastDigest(BaseModel):
    """The digest last posted to a channel (what the next one reports changes against)."""

    model_config = ConfigDict(frozen=True)

    posted_at: datetime
    period_key: str
    summary: DigestSummary


class DigestRepository(Protocol):
    def subscribe(self, subscription: Subscription) -> None:
        """Subscribe a channel, or change its schedule."""

    def unsubscribe(self, workspace: str, channel: str) -> bool:
        """Unsubscribe a channel; False if it was not subscribed."""

    def subscription(self, workspace: str, channel: str) -> Subscription | None:
        """A channel's subscription, or None."""

    def subscriptions(self) -> list[Subscription]:
        """Every subscription, ordered by workspace and channel."""

    def claim(self, workspace: str, channel: str, period_key: str, *, now: datetime) -> int | None:
        """Claim a period's digest for this process; None if another one claimed it first."""

    def mark_posted(self, run_id: int, *, now: datetime, ts: str | None, summary: DigestSummary) -> None:
        """Note that a claimed digest was posted, and what it said."""

    def release(self, run_id: int) -> None:
        """Give a claim back (nothing was posted), so the next tick can try again."""

    def last_posted(self, workspace: str, channel: str) -> LastDigest | None:
        """The digest last posted to a channel, or None."""

    def claimed(self, workspace: str, channel: str, period_key: str) -> bool:
        """Whether a period's digest was claimed already."""

    def helpful_counts(self, workspace: str, users: Iterable[str]) -> dict[str, int]:
        """Tool id -> how many of these users rated it helpful (each user counted once per tool)."""


class DigestUnitOfWork(UnitOfWork, Protocol):
    """A unit of work that also reaches the digest repository."""

    digests: DigestRepository


DigestUnitOfWorkFactory = Callable[[], DigestUnitOfWork]
