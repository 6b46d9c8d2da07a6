"""What the listeners share: the waiter, the catalog, the courier, delivery de-duplication."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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

    def first_delivery(self, keys: Iterable[str]) -> bool:
        """Record delivery keys in one transaction; False if any was seen (a retry or a duplicate)."""
        return self.first_delivery_from(keys, workspace=None, user="") is not None

    def first_delivery_from(
        self, keys: Iterable[str], *, workspace: str | None, user: str
    ) -> bool | None:
        """Like first_delivery, and in the same transaction: does the user have a conversation yet?

        None: seen before. Otherwise whether the user is known (False: greet them first).
        """
        with self.uow_factory() as uow:
            now = self.clock.now()
            if not all([uow.events.first_time(key, now=now) for key in keys]):
                return None
            known = workspace is None or uow.conversations.get(workspace, user) is not None
            uow.commit()
        return known

    def open_dm(self, client: WebClient, workspace: str, user: str) -> Recipient:
        """The user's DM with the app (conversations.open is idempotent)."""
        opened = client.conversations_open(users=user)
        return Recipient(workspace=workspace, user=user, channel=str(opened["channel"]["id"]))


def workspace_of(context: Mapping[str, Any], body: Mapping[str, Any]) -> str:
    """The workspace a request belongs to: the team, or the org for org-wide installs."""
    team = context.get("team_id") or body.get("team_id") or (body.get("team") or {}).get("id")
    return str(team or context.get("enterprise_id") or body.get("enterprise_id") or "unknown")
