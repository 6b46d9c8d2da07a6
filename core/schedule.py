"""Digest schedules: daily or weekly at a local time, in the subscriber's timezone (pure)."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, ConfigDict, field_validator

from core.errors import WaiterError

DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_TIME = re.compile(r"^([01]?\d|2[0-3])[:.h]?([0-5]\d)$")


class InvalidSchedule(WaiterError):
    """A schedule the user typed could not be understood."""


class Cadence(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


class Schedule(BaseModel):
    """When a channel gets its digest: every day, or one weekday, at a local time in a timezone."""

    model_config = ConfigDict(frozen=True)

    cadence: Cadence
    day: int | None = None  # 0 = Monday; weekly only
    at: time = time(9, 0)
    timezone: str = "UTC"

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown timezone {value!r}") from None
        return value

    def describe(self) -> str:
        """ "every Monday at 09:00 (Europe/Paris)"."""
        when = (
            "every day"
            if self.cadence is Cadence.DAILY
            else f"every {DAYS[self.day or 0].capitalize()}"
        )
        return f"{when} at {self.at:%H:%M} ({self.timezone})"


def parse_time(text: str) -> time:
    """ "9:30", "09:30", "0930", "9h30" -> 09:30."""
    match = _TIME.match(text.strip().lower())
    if not match:
        raise InvalidSchedule(
            f"I couldn't read the time “{text[:20]}”; write it as HH:MM, e.g. 09:30."
        )
    return time(int(match.group(1)), int(match.group(2)))


def parse_day(text: str) -> int:
    """ "mon", "Monday", "tue" … -> 0 … 6."""
    word = text.strip().lower()
    for index, day in enumerate(DAYS):
        if len(word) >= 2 and day.startswith(word):
            return index
    raise InvalidSchedule(f"I couldn't read the day “{text[:20]}”; use a weekday such as Monday.")


def parse_schedule(words: list[str], *, cadence: Cadence, timezone: str) -> Schedule:
    """`weekly [DAY] [HH:MM]` or `daily [HH:MM]` (the cadence word already removed)."""
    day = 0 if cadence is Cadence.WEEKLY else None
    at = time(9, 0)
    for word in words:
        if any(ch.isdigit() for ch in word):
            at = parse_time(word)
        elif cadence is Cadence.WEEKLY:
            day = parse_day(word)
        else:
            raise InvalidSchedule(
                f"A daily digest takes only a time, e.g. `daily 09:30`, not “{word[:20]}”."
            )
    return Schedule(cadence=cadence, day=day, at=at, timezone=timezone)


def _local(moment: date, at: time, zone: ZoneInfo) -> datetime:
    # a time skipped by a DST jump resolves to the same instant as the hour after (fold=0 rules)
    naive = datetime.combine(moment, at)
    return naive.replace(tzinfo=zone).astimezone(UTC).astimezone(zone)


def _matches(schedule: Schedule, day: date) -> bool:
    return schedule.cadence is Cadence.DAILY or day.weekday() == (schedule.day or 0)


def latest_due(schedule: Schedule, now: datetime) -> datetime:
    """The most recent time the digest was due, at or before `now` (timezone-aware, UTC)."""
    zone = ZoneInfo(schedule.timezone)
    today = now.astimezone(zone).date()
    for back in range(8):
        day = today - timedelta(days=back)
        when = _local(day, schedule.at, zone)
        if _matches(schedule, day) and when <= now:
            return when.astimezone(UTC)
    raise AssertionError("a weekly schedule is always due within 8 days")  # pragma: no cover


def next_due(schedule: Schedule, now: datetime) -> datetime:
    """The next time the digest is due, strictly after `now` (timezone-aware, UTC)."""
    zone = ZoneInfo(schedule.timezone)
    today = now.astimezone(zone).date()
    for ahead in range(9):
        day = today + timedelta(days=ahead)
        when = _local(day, schedule.at, zone)
        if _matches(schedule, day) and when > now:
            return when.astimezone(UTC)
    raise AssertionError("a weekly schedule is always due within 9 days")  # pragma: no cover


def period_key(schedule: Schedule, due: datetime) -> str:
    """The id of the period a due time opens, e.g. "weekly:2026-11-30" (local date)."""
    local = due.astimezone(ZoneInfo(schedule.timezone))
    return f"{schedule.cadence.value}:{local.date().isoformat()}"
