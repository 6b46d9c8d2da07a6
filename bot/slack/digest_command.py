"""`/mlops digest now|preview|weekly [DAY] [HH:MM]|daily [HH:MM]|off|status` in a channel."""

from __future__ import annotations

from datetime import datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from slack_sdk.models.blocks import Block, MarkdownTextObject, SectionBlock

from bot.digests.delivery import GONE, channel_digest, deliver, slack_error
from bot.slack.render.digest import digest_blocks, digest_message
from bot.slack.render.text import escape
from core.catalog import Catalog
from core.ports import Clock, DigestUnitOfWorkFactory, Subscription
from core.schedule import Cadence, InvalidSchedule, Schedule, next_due, parse_schedule

HELP = (
    "Channel digests — a team summary of everyone here who took the `/mlops` interview:\n"
    "• `/mlops digest now` posts one to this channel now\n"
    "• `/mlops digest preview` shows it only to you\n"
    "• `/mlops digest weekly [DAY] [HH:MM]` subscribes (default Monday 09:00, your timezone)\n"
    "• `/mlops digest daily [HH:MM]` subscribes every day (default 09:00)\n"
    "• `/mlops digest off` unsubscribes · `/mlops digest status` shows the schedule"
)
NOT_IN_CHANNEL = (
    "I can't post here yet: invite me first with `/invite @MLOps Waiter`, then try again."
)


def _when(moment: datetime, schedule: Schedule) -> str:
    from zoneinfo import ZoneInfo

    return f"{moment.astimezone(ZoneInfo(schedule.timezone)):%a %d %b %H:%M}"


def user_timezone(client: WebClient, user_id: str) -> str:
    """The user's Slack timezone (users.info `tz`), UTC when Slack does not say."""
    try:
        user = client.users_info(user=user_id).get("user") or {}
    except SlackApiError:
        return "UTC"
    tz = user.get("tz")
    try:
        return Schedule(cadence=Cadence.DAILY, timezone=tz).timezone if tz else "UTC"
    except ValueError:
        return "UTC"


def handle_digest_command(
    args: str,
    *,
    workspace: str,
    channel_id: str,
    user_id: str,
    client: WebClient,
    uow_factory: DigestUnitOfWorkFactory,
    catalog: Catalog,
    clock: Clock,
) -> list[Block] | str:
    """Run one `/mlops digest …` command: blocks for `preview`, else a confirmation."""
    words = args.split()
    verb = words[0].lower() if words else "status"
    rest = words[1:]
    try:
        if verb in ("weekly", "daily"):
            return _subscribe(
                Cadence(verb),
                rest,
                client=client,
                uow_factory=uow_factory,
                workspace=workspace,
                channel=channel_id,
                user=user_id,
                now=clock.now(),
            )
        if verb == "off":
            return _unsubscribe(uow_factory, workspace, channel_id)
        if verb == "status":
            return _status(uow_factory, workspace, channel_id, clock.now())
        if verb == "preview":
            digest = channel_digest(
                client, uow_factory, catalog, workspace=workspace, channel=channel_id, now=clock.now()
            )
            return digest_blocks(digest, title="Team MLOps digest (preview, only you see this)")
        if verb == "now":
            return _now(client, uow_factory, catalog, workspace, channel_id, clock.now())
    except InvalidSchedule as error:
        return str(error)
    except SlackApiError as error:
        if slack_error(error) in GONE:
            return NOT_IN_CHANNEL
        raise
    return HELP


def _subscribe(
    cadence: Cadence,
    words: list[str],
    *,
    client: WebClient,
    uow_factory: DigestUnitOfWorkFactory,
    workspace: str,
    channel: str,
    user: str,
    now: datetime,
) -> str:
    schedule = parse_schedule(words, cadence=cadence, timezone=user_timezone(client, user))
    subscription = Subscription(
        workspace=workspace,
        channel=channel,
        schedule=schedule,
        subscribed_by=user,
        subscribed_at=now,
    )
    with uow_factory() as uow:
        uow.digests.subscribe(subscription)
        uow.commit()
    first = next_due(schedule, now)
    return (
        f"Subscribed: this channel gets a team digest {schedule.describe()}. "
        f"The first one comes {_when(first, schedule)}. `/mlops digest off` stops it."
    )


def _unsubscribe(uow_factory: DigestUnitOfWorkFactory, workspace: str, channel: str) -> str:
    with uow_factory() as uow:
        removed = uow.digests.unsubscribe(workspace, channel)
        uow.commit()
    if removed:
        return (
            "Unsubscribed: no more scheduled digests here. "
            "`/mlops digest now` still works any time."
        )
    return "This channel has no digest subscription. `/mlops digest weekly` starts one."


def _status(uow_factory: DigestUnitOfWorkFactory, workspace: str, channel: str, now: datetime) -> list[Block]:
    """Blocks, not a string: the caller escapes strings, which would break the <@user> mention."""
    with uow_factory() as uow:
        repository = uow.digests
        subscription = repository.subscription(workspace, channel)
        last = repository.last_posted(workspace, channel)
    lines = []
    if subscription is None:
        lines.append("No digest subscription here. `/mlops digest weekly` starts one.")
    else:
        schedule = subscription.schedule
        who = escape(subscription.subscribed_by)
        lines.append(
            f"Digest {escape(schedule.describe())}, set up by <@{who}> on "
            f"{_when(subscription.subscribed_at, schedule)}. "
            f"Next: {_when(next_due(schedule, now), schedule)}."
        )
    if last is not None:
        lines.append(f"Last digest posted {last.posted_at:%Y-%m-%d %H:%M} UTC.")
    return [SectionBlock(text=MarkdownTextObject(text="\n".join(lines)))]


def _now(
    client: WebClient,
    uow_factory: DigestUnitOfWorkFactory,
    catalog: Catalog,
    workspace: str,
    channel: str,
    now: datetime,
) -> str:
    key = f"now:{now:%Y-%m-%dT%H:%M}"  # a double submit in the same minute posts once
    digest = deliver(
        client, uow_factory, catalog, workspace=workspace, channel=channel, period_key=key, now=now,
        render_message=digest_message,
    )  # fmt: skip
    if digest is None:
        return "A digest was just posted here; give it a minute before asking for another."
    if not digest.ready:
        return "Posted an invitation: the channel needs a few more interviews before a full digest."
    return "Posted the team digest and its landscape map to this channel."
