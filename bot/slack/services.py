"""What the listeners share: the waiter, the catalog, the courier, delivery de-duplication."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient

from bot.slack.delivery import Courier, Recipient
from bot.slack.question_messages import QuestionMessages
from core.catalog import Catalog
from core.ports import Clock, UnitOfWorkFactory
from core.services import Waiter


@dataclass(frozen=True)
class SlackServices:
    waiter: Waiter
    catalog: Catalog
    clock: Clock
    uow_factory: UnitOfWorkFactory
    questions: QuestionMessages
    courier: Courier

    def open_dm(self, client: WebClient, workspace: str, user: str) -> Recipient:
        """The user's DM with the app (conversations.open is idempotent)."""
        opened = client.conversations_open(users=user)
        return Recipient(workspace=workspace, user=user, channel=str(opened["channel"]["id"]))


def workspace_of(context: Mapping[str, Any], body: Mapping[str, Any]) -> str:
    """The workspace a request belongs to: the team, or the org for org-wide installs."""
    team = context.get("team_id") or body.get("team_id") or (body.get("team") or {}).get("id")
    return str(team or context.get("enterprise_id") or body.get("enterprise_id") or "unknown")
