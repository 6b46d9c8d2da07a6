"""`/mlops digest …` through the real Bolt app (signed requests), then the clock posting once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime

import pytest

from bot.digests.clock import DigestClock
from bot.settings import Settings
from bot.slack.clients import web_client
from bot.slack.render.digest import digest_message
from bot.storage.unit_of_work import Database
from core.catalog import Catalog
from core.profile import parse_profile
from tests.bot.conftest import BOT_TOKEN, TEAM
from tests.bot.fake_slack_digest import DigestFakeSlack
from tests.bot.slack_driver import SlackDriver, TrackingExecutor

CHANNEL = "CML"
SATURDAY_8_TOKYO = datetime(2026, 11, 27, 23, 0, tzinfo=UTC)


@pytest.fixture
def fake_slack() -> Iterator[DigestFakeSlack]:
    """Overrides the shared fake for this module: the same fake, serving members, tz and uploads."""
    fake = DigestFakeSlack(
        tokens={BOT_TOKEN: TEAM},
        members={CHANNEL: ["UBOT", "U1", "U2", "U3"]},
        timezones={"U1": "Asia/Tokyo"},
    )
    with fake:
        yield fake
        assert not fake.rejected, f"the app made calls Slack would reject: {fake.rejected}"


def interviewed(database: Database, *users: str) -> None:
    with database.unit_of_work() as uow:
        for user in users:
            profile = parse_profile({"persona": "ml_engineer", "frustrations": ["slow_handoff"]})
            uow.profiles.save(TEAM, user, profile, now=SATURDAY_8_TOKYO)
        uow.commit()


def test_subscribing_with_the_slash_command_then_one_tick_posts_one_message_and_one_file(
    slack: SlackDriver,
    fake_slack: DigestFakeSlack,
    executor: TrackingExecutor,
    database: Database,
    settings: Settings,
    catalog: Catalog,
) -> None:
    interviewed(database, "U1", "U2", "U3")
    reply = slack.command(
        "digest weekly sat 08:00",
        channel=CHANNEL,
        response_url=fake_slack.response_url("subscribe"),
    )
    assert reply.status == 200
    executor.drain()
    (answer,) = fake_slack.responses
    assert answer["response_type"] == "ephemeral"
    assert "every Saturday at 08:00 (Asia/Tokyo)" in answer["text"]
    with database.unit_of_work() as uow:
        assert uow.digests.subscription(TEAM, CHANNEL) is not None

    clock = DigestClock(
        database.unit_of_work, catalog, lambda workspace: web_client(BOT_TOKEN, settings),
        render_message=digest_message,
    )
    assert clock.tick(SATURDAY_8_TOKYO) == [CHANNEL]
    assert clock.tick(SATURDAY_8_TOKYO) == []
    assert len(fake_slack.posts(CHANNEL)) == 1
    assert len(fake_slack.of("files.completeUploadExternal")) == 1 and len(fake_slack.uploads) == 1


def test_preview_through_the_app_is_ephemeral_blocks_and_posts_nothing(
    slack: SlackDriver, fake_slack: DigestFakeSlack, executor: TrackingExecutor, database: Database
) -> None:
    interviewed(database, "U1", "U2", "U3")
    slack.command(
        "digest preview", channel=CHANNEL, response_url=fake_slack.response_url("preview")
    )
    executor.drain()
    (answer,) = fake_slack.responses
    assert answer["response_type"] == "ephemeral" and len(answer["blocks"]) <= 50
    assert "3* of 4 channel members" in str(answer["blocks"])
    assert fake_slack.posts(CHANNEL) == []
