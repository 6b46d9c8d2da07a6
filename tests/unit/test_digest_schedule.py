"""Digest schedules: local times in the subscriber's timezone, periods, what users may type."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from core.schedule import (
    Cadence,
    InvalidSchedule,
    Schedule,
    latest_due,
    next_due,
    parse_schedule,
    period_key,
)

PARIS_MONDAY_9 = Schedule(cadence=Cadence.WEEKLY, day=0, at=time(9, 0), timezone="Europe/Paris")


def test_weekly_defaults_to_monday_nine_and_reads_a_day_and_a_time() -> None:
    assert parse_schedule([], cadence=Cadence.WEEKLY, timezone="UTC") == Schedule(
        cadence=Cadence.WEEKLY, day=0, at=time(9, 0), timezone="UTC"
    )
    parsed = parse_schedule(["thu", "14:30"], cadence=Cadence.WEEKLY, timezone="Asia/Tokyo")
    assert (parsed.day, parsed.at, parsed.timezone) == (3, time(14, 30), "Asia/Tokyo")


def test_a_daily_schedule_takes_only_a_time() -> None:
    assert parse_schedule(["7:05"], cadence=Cadence.DAILY, timezone="UTC").at == time(7, 5)
    with pytest.raises(InvalidSchedule):
        parse_schedule(["friday"], cadence=Cadence.DAILY, timezone="UTC")


def test_an_unreadable_time_or_day_is_explained() -> None:
    with pytest.raises(InvalidSchedule, match="HH:MM"):
        parse_schedule(["25:00"], cadence=Cadence.WEEKLY, timezone="UTC")
    with pytest.raises(InvalidSchedule, match="weekday"):
        parse_schedule(["someday"], cadence=Cadence.WEEKLY, timezone="UTC")


def test_the_next_weekly_digest_is_at_local_time_in_the_subscribers_timezone() -> None:
    thursday = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    assert next_due(PARIS_MONDAY_9, thursday) == datetime(
        2026, 11, 30, 8, 0, tzinfo=UTC
    )  # CET = UTC+1


def test_the_latest_due_time_is_the_one_a_clock_catches_up_with_after_downtime() -> None:
    eight_days_later = datetime(
        2026, 12, 8, 12, 0, tzinfo=UTC
    )  # a Tuesday: Monday's digest is the latest
    due = latest_due(PARIS_MONDAY_9, eight_days_later)
    assert due == datetime(2026, 12, 7, 8, 0, tzinfo=UTC)
    assert period_key(PARIS_MONDAY_9, due) == "weekly:2026-12-07"


def test_a_daily_schedule_follows_summer_time() -> None:
    daily = Schedule(cadence=Cadence.DAILY, at=time(9, 0), timezone="America/New_York")
    assert next_due(daily, datetime(2026, 3, 7, 20, 0, tzinfo=UTC)) == datetime(
        2026, 3, 8, 13, 0, tzinfo=UTC
    )
    assert next_due(daily, datetime(2026, 3, 8, 20, 0, tzinfo=UTC)) == datetime(
        2026, 3, 9, 13, 0, tzinfo=UTC
    )
    assert next_due(daily, datetime(2026, 3, 6, 20, 0, tzinfo=UTC)) == datetime(
        2026, 3, 7, 14, 0, tzinfo=UTC
    )


def test_an_unknown_timezone_is_refused() -> None:
    with pytest.raises(ValueError):
        Schedule(cadence=Cadence.DAILY, timezone="Mars/Olympus")
