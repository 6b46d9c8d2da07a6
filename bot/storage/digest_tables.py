"""Digest tables: channel subscriptions, and one claimed run per (workspace, channel, period)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.tables import Base


class DigestSubscriptionRow(Base):
    """A channel's digest schedule, in the subscriber's timezone."""

    __tablename__ = "digest_subscriptions"

    workspace: Mapped[str] = mapped_column(String(32), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), primary_key=True)
    cadence: Mapped[str] = mapped_column(String(16))
    day: Mapped[int | None] = mapped_column(Integer)
    time: Mapped[str] = mapped_column(String(5))  # HH:MM, local to `timezone`
    timezone: Mapped[str] = mapped_column(String(64))
    subscribed_by: Mapped[str] = mapped_column(String(64))
    subscribed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))


class DigestRunRow(Base):
    """A digest claimed for a period before posting: the unique key makes posting exactly-once."""

    __tablename__ = "digest_runs"
    __table_args__ = (
        UniqueConstraint("workspace", "channel", "period_key", name="uq_digest_runs_period"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    workspace: Mapped[str] = mapped_column(String(32))
    channel: Mapped[str] = mapped_column(String(32))
    period_key: Mapped[str] = mapped_column(String(64))
    claimed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    posted_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True), index=True)
    message_ts: Mapped[str | None] = mapped_column(String(32))
    summary: Mapped[dict[str, Any] | None]
