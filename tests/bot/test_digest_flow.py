"""Digests end to end: the command, the clock and the fake Slack Web API at the HTTP edge."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from slack_sdk import WebClient
from slack_sdk.http_retry.builtin_handlers import RateLimitErrorRetryHandler

from bot.digests.clock import DigestClock
from bot.slack.digest_command import handle_digest_command
from bot.slack.render.digest import digest_message
from bot.storage.unit_of_work import Database
from core.catalog import Catalog
from core.profile import parse_profile
from tests.bot.fake_slack import Failure
from tests.bot.fake_slack_digest import DigestFakeSlack
from tests.fakes import FakeClock

TEAM = "T1"
TOKEN = "xoxb-digest-test"
CHANNEL = "CTEAM"
# Thursday 26 Nov 2026, 10:00 UTC; the subscriber lives in Paris (UTC+1 in winter)
THURSDAY = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)
FRIDAY_9_PARIS = datetime(2026, 11, 27, 8, 0, tzinfo=UTC)
MEMBERS = ["UBOT", "U1", "U2", "U3", "U4", "U5"]


@pytest.fixture
def slack() -> Iterator[DigestFakeSlack]:
    fake = DigestFakeSlack(
        tokens={TOKEN: TEAM}, members={CHANNEL: list(MEMBERS)}, timezones={"U1": "Europe/Paris"}
    )
    with fake:
        yield fake
        assert not fake.rejected, f"calls Slack would reject: {fake.rejected}"


@pytest.fixture
def client(slack: DigestFakeSlack) -> WebClient:
    return WebClient(
        token=TOKEN,
        base_url=slack.url,
        retry_handlers=[RateLimitErrorRetryHandler(max_retry_count=2)],
    )


@pytest.fixture
def team(database: Database) -> Database:
    """Four interviewed members (U1-U4); U5 and the bot have no profile."""
    with database.unit_of_work() as uow:
        for user, extra in (
            ("U1", {"current_stack": ["neptune-ai"]}),
            ("U2", {}),
            ("U3", {}),
            ("U4", {}),
        ):
            profile = parse_profile(
                {
                    "persona": "researcher",
                    "frustrations": ["no_monitoring"],
                    "open_source_only": True,
                    **extra,
                }
            )
            uow.profiles.save(TEAM, user, profile, now=THURSDAY)
        uow.commit()
    return database


def scheduler(database: Database, catalog: Catalog, client: WebClient) -> DigestClock:
    """The digest clock as the bootstrap builds it, posting through `client`."""
    return DigestClock(database.unit_of_work, catalog, lambda workspace: client, render_message=digest_message)


def command(
    text: str, *, client: WebClient, database: Database, catalog: Catalog, now: datetime = THURSDAY
) -> object:
    return handle_digest_command(
        text,
        workspace=TEAM,
        channel_id=CHANNEL,
        user_id="U1",
        client=client,
        uow_factory=database.unit_of_work,
        catalog=catalog,
        clock=FakeClock(now),
    )


def posted(slack: DigestFakeSlack) -> tuple[int, int, int]:
    """(messages posted, files completed, uploads of bytes) seen by the fake."""
    messages = [c for c in slack.of("chat.postMessage") if c.result.get("ok")]
    return len(messages), len(slack.of("files.completeUploadExternal")), len(slack.uploads)


def test_subscribing_weekly_stores_the_schedule_in_the_subscribers_timezone(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    reply = command("weekly friday 9:00", client=client, database=team, catalog=mini_catalog)
    assert isinstance(reply, str) and "every Friday at 09:00 (Europe/Paris)" in reply
    assert "Fri 27 Nov 09:00" in reply
    with team.unit_of_work() as uow:
        subscription = uow.digests.subscription(TEAM, CHANNEL)
    assert subscription is not None
    assert (subscription.subscribed_by, subscription.subscribed_at) == ("U1", THURSDAY)
    assert [c.args["user"] for c in slack.of("users.info")] == ["U1"]


def test_a_clock_tick_posts_one_message_and_one_file_and_a_second_tick_posts_nothing(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    command("weekly fri 09:00", client=client, database=team, catalog=mini_catalog)
    clock = scheduler(team, mini_catalog, client)
    assert clock.tick(FRIDAY_9_PARIS - timedelta(minutes=1)) == []
    assert clock.tick(FRIDAY_9_PARIS) == [CHANNEL]
    assert posted(slack) == (1, 1, 1)
    assert slack.uploads[0].startswith(b"\x89PNG")
    assert clock.tick(FRIDAY_9_PARIS + timedelta(minutes=30)) == []
    assert posted(slack) == (1, 1, 1)


def test_the_digest_pages_channel_members_and_counts_only_interviewed_ones(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    command("now", client=client, database=team, catalog=mini_catalog)
    pages = slack.of("conversations.members")
    assert len(pages) == 3  # six members, two per page
    assert [p.args.get("cursor") for p in pages] == [None, "2", "4"]
    message = slack.of("chat.postMessage")[0].args
    assert "4 members interviewed" in message["text"]
    assert "*4* of 6 channel members" in str(message["blocks"])


def test_two_clocks_racing_post_the_digest_once(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    command("daily 09:00", client=client, database=team, catalog=mini_catalog)
    databases = [Database(team.url), Database(team.url)]
    clocks = [
        scheduler(db, mini_catalog, client) for db in databases
    ]
    start = threading.Barrier(2)
    results: list[list[str]] = []

    def run(clock: DigestClock) -> None:
        start.wait()
        results.append(clock.tick(FRIDAY_9_PARIS))

    threads = [threading.Thread(target=run, args=(clock,)) for clock in clocks]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for db in databases:
        db.dispose()
    assert sorted(len(r) for r in results) == [0, 1]
    assert posted(slack) == (1, 1, 1)


def test_after_downtime_the_clock_catches_up_with_one_digest_per_channel(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    command("daily 09:00", client=client, database=team, catalog=mini_catalog)
    clock = scheduler(team, mini_catalog, client)
    three_weeks_later = FRIDAY_9_PARIS + timedelta(days=21, hours=5)
    assert clock.tick(three_weeks_later) == [CHANNEL]
    assert clock.tick(three_weeks_later + timedelta(minutes=1)) == []
    assert posted(slack) == (1, 1, 1)


def test_a_channel_the_bot_was_removed_from_is_unsubscribed_with_a_log_line(
    client: WebClient,
    team: Database,
    mini_catalog: Catalog,
    slack: DigestFakeSlack,
    caplog: pytest.LogCaptureFixture,
) -> None:
    command("daily 09:00", client=client, database=team, catalog=mini_catalog)
    slack.gone[CHANNEL] = "not_in_channel"
    clock = scheduler(team, mini_catalog, client)
    with caplog.at_level(logging.WARNING, logger="mlops_waiter.clock"):
        assert clock.tick(FRIDAY_9_PARIS) == []
    assert f"unsubscribed {TEAM}/{CHANNEL}" in caplog.text and "not_in_channel" in caplog.text
    with team.unit_of_work() as uow:
        assert uow.digests.subscriptions() == []
        assert uow.digests.claimed(TEAM, CHANNEL, "daily:2026-11-27") is False


def test_a_rate_limited_post_is_retried_and_still_posted_once(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    slack.fail_next("chat.postMessage", Failure(429, {"Retry-After": "1"}))
    reply = command("now", client=client, database=team, catalog=mini_catalog)
    assert reply == "Posted the team digest and its landscape map to this channel."
    assert [c.status for c in slack.calls if c.method == "chat.postMessage"] == [429, 200]
    assert posted(slack) == (1, 1, 1)


def test_preview_is_returned_to_the_caller_and_posts_nothing(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    blocks = command("preview", client=client, database=team, catalog=mini_catalog)
    assert isinstance(blocks, list) and 3 <= len(blocks) <= 50
    rendered = str([block.to_dict() for block in blocks])
    assert "only you see this" in rendered and "neptune.ai" in rendered
    assert "Some of you use" in rendered  # one user of neptune.ai: never counted out loud
    assert posted(slack) == (0, 0, 0)


def test_now_twice_in_the_same_minute_posts_once(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    command("now", client=client, database=team, catalog=mini_catalog)
    again = command("now", client=client, database=team, catalog=mini_catalog)
    assert isinstance(again, str) and "just posted" in again
    assert posted(slack) == (1, 1, 1)


def test_a_channel_with_too_few_interviews_gets_an_invitation_and_no_picture(
    client: WebClient, database: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    reply = command("now", client=client, database=database, catalog=mini_catalog)
    assert isinstance(reply, str) and "invitation" in reply
    assert posted(slack) == (1, 0, 0)
    assert "/mlops" in str(slack.of("chat.postMessage")[0].args["blocks"])


def test_status_and_off_report_the_subscription(
    client: WebClient, team: Database, mini_catalog: Catalog
) -> None:
    command("weekly", client=client, database=team, catalog=mini_catalog)
    status = command("status", client=client, database=team, catalog=mini_catalog)
    assert isinstance(status, list)
    text = status[0].to_dict()["text"]["text"]
    assert "every Monday at 09:00 (Europe/Paris)" in text and "set up by <@U1>" in text
    assert "Unsubscribed" in str(command("off", client=client, database=team, catalog=mini_catalog))
    after = command("status", client=client, database=team, catalog=mini_catalog)
    assert "No digest subscription" in str([b.to_dict() for b in after])  # type: ignore[union-attr]


def test_a_bad_time_is_explained_and_an_unknown_word_gets_the_digest_help(
    client: WebClient, team: Database, mini_catalog: Catalog
) -> None:
    assert "HH:MM" in str(command("daily 9pm", client=client, database=team, catalog=mini_catalog))
    assert "/mlops digest weekly" in str(
        command("sometimes", client=client, database=team, catalog=mini_catalog)
    )


def test_now_in_a_channel_without_the_bot_asks_to_invite_it(
    client: WebClient, team: Database, mini_catalog: Catalog, slack: DigestFakeSlack
) -> None:
    slack.gone[CHANNEL] = "not_in_channel"
    assert "/invite" in str(command("now", client=client, database=team, catalog=mini_catalog))
    with team.unit_of_work() as uow:
        assert uow.digests.last_posted(TEAM, CHANNEL) is None
