"""The digest repository (SQLAlchemy) of core's port: subscriptions, claimed runs, last summary, feedback."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, time

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from bot.storage.digest_tables import DigestRunRow, DigestSubscriptionRow
from bot.storage.engine import aware
from bot.storage.repositories import Repository
from bot.storage.tables import FeedbackRow, RecommendationRow
from core.digest import DigestSummary
from core.ports import LastDigest, Subscription
from core.schedule import Cadence, Schedule


def _subscription(row: DigestSubscriptionRow) -> Subscription:
    hours, minutes = (int(part) for part in row.time.split(":"))
    schedule = Schedule(
        cadence=Cadence(row.cadence), day=row.day, at=time(hours, minutes), timezone=row.timezone
    )
    return Subscription(
        workspace=row.workspace,
        channel=row.channel,
        schedule=schedule,
        subscribed_by=row.subscribed_by,
        subscribed_at=aware(row.subscribed_at),
    )


class SqlDigests(Repository):
    """Digest rows in the session of one unit of work (nothing here commits)."""

    def subscribe(self, subscription: Subscription) -> None:
        row = self.session.get(
            DigestSubscriptionRow, (subscription.workspace, subscription.channel)
        )
        if row is None:
            row = DigestSubscriptionRow(
                workspace=subscription.workspace, channel=subscription.channel
            )
            self.session.add(row)
        schedule = subscription.schedule
        row.cadence = schedule.cadence.value
        row.day = schedule.day
        row.time = f"{schedule.at:%H:%M}"
        row.timezone = schedule.timezone
        row.subscribed_by = subscription.subscribed_by
        row.subscribed_at = subscription.subscribed_at

    def unsubscribe(self, workspace: str, channel: str) -> bool:
        result = self.session.execute(
            delete(DigestSubscriptionRow).where(
                DigestSubscriptionRow.workspace == workspace,
                DigestSubscriptionRow.channel == channel,
            )
        )
        return bool(result.rowcount)  # type: ignore[attr-defined]

    def subscription(self, workspace: str, channel: str) -> Subscription | None:
        row = self.session.get(DigestSubscriptionRow, (workspace, channel))
        return _subscription(row) if row else None

    def subscriptions(self) -> list[Subscription]:
        rows = self.session.scalars(
            select(DigestSubscriptionRow).order_by(
                DigestSubscriptionRow.workspace, DigestSubscriptionRow.channel
            )
        )
        return [_subscription(row) for row in rows]

    def claim(self, workspace: str, channel: str, period_key: str, *, now: datetime) -> int | None:
        """Claim a period's digest for this process; None if another one claimed it first."""
        row = DigestRunRow(
            workspace=workspace, channel=channel, period_key=period_key, claimed_at=now
        )
        try:
            with self.session.begin_nested():
                self.session.add(row)
                self.session.flush()
        except IntegrityError:
            return None
        return row.id

    def mark_posted(
        self, run_id: int, *, now: datetime, ts: str | None, summary: DigestSummary
    ) -> None:
        row = self.session.get(DigestRunRow, run_id)
        if row is not None:
            row.posted_at = now
            row.message_ts = ts
            row.summary = summary.model_dump(mode="json")

    def release(self, run_id: int) -> None:
        """Give a claim back (nothing was posted), so the next tick can try again."""
        self.session.execute(delete(DigestRunRow).where(DigestRunRow.id == run_id))

    def last_posted(self, workspace: str, channel: str) -> LastDigest | None:
        row = self.session.scalars(
            select(DigestRunRow)
            .where(
                DigestRunRow.workspace == workspace,
                DigestRunRow.channel == channel,
                DigestRunRow.posted_at.is_not(None),
            )
            .order_by(DigestRunRow.posted_at.desc(), DigestRunRow.id.desc())
            .limit(1)
        ).one_or_none()
        if row is None or row.posted_at is None:
            return None
        summary = DigestSummary.model_validate(row.summary or {})
        return LastDigest(
            posted_at=aware(row.posted_at), period_key=row.period_key, summary=summary
        )

    def claimed(self, workspace: str, channel: str, period_key: str) -> bool:
        found = self.session.scalar(
            select(func.count())
            .select_from(DigestRunRow)
            .where(
                DigestRunRow.workspace == workspace,
                DigestRunRow.channel == channel,
                DigestRunRow.period_key == period_key,
            )
        )
        return bool(found)

    def helpful_counts(self, workspace: str, users: Iterable[str]) -> dict[str, int]:
        """Tool id -> how many of these users rated it helpful (each user counted once per tool)."""
        members = set(users)
        rows = self.session.execute(
            select(RecommendationRow.user_id, FeedbackRow.tool_id)
            .join(FeedbackRow, FeedbackRow.recommendation_id == RecommendationRow.id)
            .where(RecommendationRow.workspace == workspace, FeedbackRow.verdict == "helpful")
            .distinct()
        )
        counts: dict[str, int] = {}
        for user, tool in rows:
            if user in members:
                counts[tool] = counts.get(tool, 0) + 1
        return counts
