"""What the listeners share: the waiter, the catalog, the courier, delivery de-duplication."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.slack.delivery import Courier, Recipient
from bot.storage.inbox import Inbox
from bot.storage.question_messages import QuestionMessages
from core.catalog import Catalog
from core.ports import Clock, DigestUnitOfWorkFactory
from core.services import Waiter


@dataclass(frozen=True)
class SlackServices:
    waiter: Waiter
    catalog: Catalog
    clock: Clock
    uow_factory: DigestUnitOfWorkFactory  # the SQL store's: digests reach their repository through it
    courier: Courier
    inbox: Inbox  # DM answers accepted and not yet answered

    @property
    def questions(self) -> QuestionMessages:
        """Where each question message is (the courier's bookkeeping)."""
        return self.courier.questions

    def open_dm(self, client: WebClient, workspace: str, user: str) -> Recipient:
        """The user's DM with the app (conversations.open is idempotent)."""
        opened = client.conversations_open(users=user)
        return Recipient(workspace=workspace, user=user, channel=str(opened["channel"]["id"]))

    def start(self, client: WebClient, workspace: str, user: str, *, restart: bool, text: str = "") -> None:
        """Open the interview in the user's DM: from where they left it, or asking to start over; `text`
        (what followed /mlops) is read as the person's first words."""
        to = self.open_dm(client, workspace, user)
        turn = self.waiter.restart(workspace, user) if restart else self.waiter.open(workspace, user, text)
        self.courier.deliver(client, to, turn)


def channel_of(body: Mapping[str, Any]) -> str | None:
    """The channel of an interaction: where the pressed message is, or the payload's channel."""
    channel = (body.get("container") or {}).get("channel_id") or (body.get("channel") or {}).get("id")
    return str(channel) if channel else None


def workspace_of(context: Mapping[str, Any], body: Mapping[str, Any]) -> str:
    """The workspace a request belongs to: the team, or the org for org-wide installs."""
    team = context.get("team_id") or body.get("team_id") or (body.get("team") or {}).get("id")
    return str(team or context.get("enterprise_id") or body.get("enterprise_id") or "unknown")
