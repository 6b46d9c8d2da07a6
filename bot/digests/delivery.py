"""A channel's digest: members from Slack, profiles from the store, posted exactly once."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any, NamedTuple

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from core.catalog import Catalog
from core.digest import Digest, build_digest
from core.ports import DigestUnitOfWorkFactory

log = logging.getLogger(__name__)

#: Slack errors that mean the bot can no longer post in the channel.
GONE = frozenset({"not_in_channel", "channel_not_found", "is_archived"})
MAP_FILENAME = "landscape-map.png"
MAP_ALT = (
    "The MLOps landscape map: focus (software to model) across, "
    "scope (piecemeal to all-in-one) up, "
    "with the team's current tools and the recommended stack."
)



class DigestMessage(NamedTuple):
    """A digest as a Slack message: the notification text and its Block Kit blocks (as JSON)."""

    text: str
    blocks: Sequence[dict[str, Any]]


#: Turns a digest into its message: the Slack package's renderer, handed over by its caller.
RenderMessage = Callable[[Digest], DigestMessage]


def slack_error(error: SlackApiError) -> str:
    """The `error` code of a failed Web API call."""
    data = error.response.data if error.response is not None else None
    return str(data.get("error", "")) if isinstance(data, dict) else ""


def channel_members(client: WebClient, channel: str, *, page_size: int = 1000) -> list[str]:
    """Every member of a channel, following conversations.members cursors."""
    members: list[str] = []
    cursor: str | None = None
    while True:
        kwargs: dict[str, Any] = {"channel": channel, "limit": page_size}
        if cursor:
            kwargs["cursor"] = cursor
        response = client.conversations_members(**kwargs)
        members.extend(response.get("members") or [])
        cursor = (response.get("response_metadata") or {}).get("next_cursor") or None
        if not cursor:
            return members


def compose_digest(
    uow_factory: DigestUnitOfWorkFactory,
    catalog: Catalog,
    *,
    workspace: str,
    channel: str,
    members: list[str],
    now: datetime,
) -> Digest:
    """The digest of these channel members, compared with the channel's last posted digest."""
    with uow_factory() as uow:
        profiles = uow.profiles.for_users(workspace, members)
        repository = uow.digests
        helpful = repository.helpful_counts(workspace, profiles)
        last = repository.last_posted(workspace, channel)
    return build_digest(
        profiles.values(),
        catalog,
        now=now,
        members=len(set(members)),
        previous=last.summary if last else None,
        helpful=helpful,
    )


def channel_digest(
    client: WebClient, uow_factory: DigestUnitOfWorkFactory, catalog: Catalog, *, workspace: str, channel: str,
    now: datetime,
) -> Digest:  # fmt: skip
    """The digest of a channel as it is now: its members from Slack, their profiles from the store."""
    members = channel_members(client, channel)
    return compose_digest(uow_factory, catalog, workspace=workspace, channel=channel, members=members, now=now)


def upload_map(client: WebClient, channel: str, digest: Digest, catalog: Catalog) -> None:
    """Share the landscape map PNG in the channel (files_upload_v2)."""
    from bot.digests.landscape_map import render_png  # matplotlib is loaded only when a map is drawn

    client.files_upload_v2(
        channel=channel,
        content=render_png(digest, catalog),
        filename=MAP_FILENAME,
        title="Your team on the MLOps landscape",
        alt_txt=MAP_ALT,
        request_file_info=False,
    )


def deliver(
    client: WebClient,
    uow_factory: DigestUnitOfWorkFactory,
    catalog: Catalog,
    *,
    workspace: str,
    channel: str,
    period_key: str,
    now: datetime,
    render_message: RenderMessage,
) -> Digest | None:
    """Claim the period, then post the digest and its map once; None if already claimed."""
    with uow_factory() as uow:
        run_id = uow.digests.claim(workspace, channel, period_key, now=now)
        if run_id is None:
            return None
        uow.commit()
    try:
        digest = channel_digest(client, uow_factory, catalog, workspace=workspace, channel=channel, now=now)
        message = render_message(digest)
        response = client.chat_postMessage(
            channel=channel,
            text=message.text,
            blocks=message.blocks,
            unfurl_links=False,
            unfurl_media=False,
        )
    except BaseException:
        with uow_factory() as uow:  # nothing was posted: let a later tick try this period again
            uow.digests.release(run_id)
            uow.commit()
        raise
    with uow_factory() as uow:
        uow.digests.mark_posted(run_id, now=now, ts=response.get("ts"), summary=digest.summary)
        uow.commit()
    if digest.ready:
        try:
            upload_map(client, channel, digest, catalog)
        except (
            SlackApiError
        ) as error:  # the message is out; never post it twice for a missing picture
            log.warning(
                "digest map upload failed in %s/%s: %s", workspace, channel, slack_error(error)
            )
    return digest
