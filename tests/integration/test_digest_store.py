"""The digest tables on a real database: subscriptions, one claim per period, summaries."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, time

from bot.storage.unit_of_work import Database
from core.digest import DigestSummary
from core.ports import Subscription
from core.profile import Profile
from core.recommendation import Pick, Recommendation
from core.schedule import Cadence, Schedule
from core.vocabulary import Quadrant, Ring

NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)
WEEKLY = Schedule(cadence=Cadence.WEEKLY, day=2, at=time(16, 45), timezone="Europe/Berlin")


def test_a_subscription_keeps_its_schedule_timezone_and_who_subscribed(database: Database) -> None:
    with database.unit_of_work() as uow:
        uow.digests.subscribe(
            Subscription(
                workspace="T1", channel="C1", schedule=WEEKLY, subscribed_by="U1", subscribed_at=NOW
            )
        )
        uow.commit()
    with database.unit_of_work() as uow:
        stored = uow.digests.subscription("T1", "C1")
    assert stored is not None
    assert (stored.schedule, stored.subscribed_by, stored.subscribed_at) == (WEEKLY, "U1", NOW)


def test_subscribing_again_replaces_the_schedule_and_off_removes_it(database: Database) -> None:
    daily = Schedule(cadence=Cadence.DAILY, at=time(8, 0), timezone="UTC")
    for schedule in (WEEKLY, daily):
        with database.unit_of_work() as uow:
            uow.digests.subscribe(
                Subscription(
                    workspace="T1",
                    channel="C1",
                    schedule=schedule,
                    subscribed_by="U2",
                    subscribed_at=NOW,
                )
            )
            uow.commit()
    with database.unit_of_work() as uow:
        assert [s.schedule for s in uow.digests.subscriptions()] == [daily]
        assert uow.digests.unsubscribe("T1", "C1") is True
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.digests.subscriptions() == []
        assert uow.digests.unsubscribe("T1", "C1") is False


def test_a_period_can_be_claimed_only_once(database: Database) -> None:
    with database.unit_of_work() as uow:
        first = uow.digests.claim("T1", "C1", "weekly:2026-11-30", now=NOW)
        uow.commit()
    with database.unit_of_work() as uow:
        second = uow.digests.claim("T1", "C1", "weekly:2026-11-30", now=NOW)
        other_channel = uow.digests.claim("T1", "C2", "weekly:2026-11-30", now=NOW)
        uow.commit()
    assert first is not None and second is None and other_channel is not None


def test_a_released_claim_can_be_claimed_again(database: Database) -> None:
    with database.unit_of_work() as uow:
        run = uow.digests.claim("T1", "C1", "daily:2026-11-26", now=NOW)
        uow.commit()
    assert run is not None
    with database.unit_of_work() as uow:
        uow.digests.release(run)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.digests.claim("T1", "C1", "daily:2026-11-26", now=NOW) is not None


def test_the_last_posted_summary_is_what_the_next_digest_compares_with(database: Database) -> None:
    summary = DigestSummary(
        interviewed=5, needs=("model_monitoring",), stack={"model_monitoring": "evidently"}
    )
    with database.unit_of_work() as uow:
        repository = uow.digests
        posted = repository.claim("T1", "C1", "weekly:2026-11-23", now=NOW)
        repository.claim("T1", "C1", "weekly:2026-11-30", now=NOW)  # claimed, never posted
        assert posted is not None
        repository.mark_posted(posted, now=NOW, ts="1.2", summary=summary)
        uow.commit()
    with database.unit_of_work() as uow:
        last = uow.digests.last_posted("T1", "C1")
    assert last is not None
    assert (last.summary, last.period_key, last.posted_at) == (summary, "weekly:2026-11-23", NOW)


def test_helpful_ratings_are_counted_once_per_member_and_only_for_the_channel(
    database: Database,
) -> None:
    pick = Pick(
        id="mlflow",
        name="MLflow",
        url="https://mlflow.org",
        score=1.0,
        ring=Ring.TRIAL,
        ring_meaning="",
        quadrant=Quadrant.SPECIALIZED_ML,
        stages=(),
        reasons=(),
    )
    with database.unit_of_work() as uow:
        for user in ("U1", "U1", "U2", "U9"):
            shown = uow.recommendations.add("T1", user, Recommendation(picks=(pick,)), now=NOW)
            uow.recommendations.record_feedback(shown, "mlflow", "helpful", now=NOW)
        uow.profiles.save("T1", "U1", Profile(), now=NOW)
        uow.commit()
    with database.unit_of_work() as uow:
        assert uow.digests.helpful_counts("T1", ["U1", "U2"]) == {"mlflow": 2}


def test_two_processes_claiming_the_same_period_at_once_get_one_claim(database_url: str) -> None:
    databases = [Database(database_url) for _ in range(4)]
    start = threading.Barrier(len(databases))
    won: list[int | None] = []

    def claim(db: Database) -> None:
        start.wait()
        with db.unit_of_work() as uow:
            run = uow.digests.claim("T1", "C1", "weekly:2026-11-30", now=NOW)
            uow.commit()
        won.append(run)

    threads = [threading.Thread(target=claim, args=(db,)) for db in databases]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in databases:
        db.dispose()
    assert sorted(run is not None for run in won) == [False, False, False, True]
