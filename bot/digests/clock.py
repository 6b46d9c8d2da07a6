"""The digest scheduler: posts each due channel digest exactly once, however many clocks run."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.digests.delivery import GONE, RenderMessage, deliver, slack_error
from core.catalog import Catalog
from core.ports import DigestUnitOfWorkFactory, Subscription
from core.schedule import latest_due, period_key

log = logging.getLogger("mlops_waiter.clock")

#: The bot client of a workspace, None when the app has no token for it.
ClientFor = Callable[[str], WebClient | None]


class DigestClock:
    """Finds due digests and delivers them; `tick(now)` is one pass (tests call it directly)."""

    def __init__(
        self, uow_factory: DigestUnitOfWorkFactory, catalog: Catalog, client_for: ClientFor, *,
        render_message: RenderMessage,
    ) -> None:  # fmt: skip
        self.uow_factory = uow_factory
        self.catalog = catalog
        self.client_for = client_for
        self.render_message = render_message

    def due(self, now: datetime) -> list[tuple[Subscription, str]]:
        """Subscriptions whose latest due period is unclaimed (catch-up posts one)."""
        found = []
        with self.uow_factory() as uow:
            repository = uow.digests
            for subscription in repository.subscriptions():
                when = latest_due(subscription.schedule, now)
                if when < subscription.subscribed_at:
                    continue
                key = period_key(subscription.schedule, when)
                if not repository.claimed(subscription.workspace, subscription.channel, key):
                    found.append((subscription, key))
        return found

    def tick(self, now: datetime) -> list[str]:
        """Deliver every due digest; returns the channels posted to."""
        posted = []
        for subscription, key in self.due(now):
            client = self.client_for(subscription.workspace)
            if client is None:
                log.warning("no bot token for workspace %s; digest skipped", subscription.workspace)
                continue
            try:
                digest = deliver(
                    client,
                    self.uow_factory,
                    self.catalog,
                    workspace=subscription.workspace,
                    channel=subscription.channel,
                    period_key=key,
                    now=now,
                    render_message=self.render_message,
                )
            except SlackApiError as error:
                self._failed(subscription, slack_error(error))
                continue
            if digest is not None:
                log.info(
                    "digest %s posted to %s/%s", key, subscription.workspace, subscription.channel
                )
                posted.append(subscription.channel)
        return posted

    def _failed(self, subscription: Subscription, error: str) -> None:
        if error not in GONE:
            log.warning(
                "digest for %s/%s failed: %s; will retry next tick",
                subscription.workspace,
                subscription.channel,
                error,
            )
            return
        with self.uow_factory() as uow:
            uow.digests.unsubscribe(subscription.workspace, subscription.channel)
            uow.commit()
        log.warning(
            "unsubscribed %s/%s from digests: the bot can no longer post there (%s)",
            subscription.workspace,
            subscription.channel,
            error,
        )
