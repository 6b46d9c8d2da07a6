"""The `clock` process: posts each due channel digest exactly once, however many clocks run."""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from datetime import UTC, datetime

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError
from sqlalchemy import Engine

from bot.digests.repository import Subscription, digests_of
from bot.digests.service import GONE, UowFactory, deliver, slack_error
from bot.settings import Settings
from bot.slack.clients import make_client
from core.catalog import Catalog
from core.schedule import latest_due, period_key

log = logging.getLogger("mlops_waiter.clock")

ClientFor = Callable[[str], WebClient | None]


class DigestClock:
    """Finds due digests and delivers them; `tick(now)` is one pass (tests call it directly)."""

    def __init__(self, uow_factory: UowFactory, catalog: Catalog, client_for: ClientFor) -> None:
        self.uow_factory = uow_factory
        self.catalog = catalog
        self.client_for = client_for

    def due(self, now: datetime) -> list[tuple[Subscription, str]]:
        """Subscriptions whose latest due period is unclaimed (catch-up posts one)."""
        found = []
        with self.uow_factory() as uow:
            repository = digests_of(uow)
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
            digests_of(uow).unsubscribe(subscription.workspace, subscription.channel)
            uow.commit()
        log.warning(
            "unsubscribed %s/%s from digests: the bot can no longer post there (%s)",
            subscription.workspace,
            subscription.channel,
            error,
        )


def web_client(token: str | None, settings: Settings) -> WebClient:
    """The app's Web API client, waiting out more rate limits: a digest pages long member lists."""
    return make_client(settings, token=token, rate_limit_retries=5)


def clients_for(settings: Settings, engine: Engine) -> ClientFor:
    """The bot client of a workspace: the one token, or the OAuth installation's bot token."""
    if not settings.oauth_enabled:
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        client = web_client(token, settings)
        return lambda workspace: client if token else None
    from bot.slack.oauth import installation_store

    store = installation_store(settings, engine)

    def client_for(workspace: str) -> WebClient | None:
        bot = store.find_bot(enterprise_id=None, team_id=workspace)
        return web_client(bot.bot_token, settings) if bot and bot.bot_token else None

    return client_for


def run(settings: Settings, *, interval: float = 30.0) -> None:
    """Tick every `interval` seconds until SIGTERM/SIGINT (the Procfile's `clock` process)."""
    from bot.server import prepare, require_slack_credentials
    from bot.store import Database
    from bot.wiring import load_catalog

    require_slack_credentials(settings, signing=False)
    prepare(settings)  # token-redacting logs; the embedded SQLite default migrates itself
    database = Database(settings.sqlalchemy_url())
    clock = DigestClock(
        database.unit_of_work,
        load_catalog(settings.catalog_path),
        clients_for(settings, database.engine),
    )
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    log.info("digest clock started (every %.0fs)", interval)
    while not stop.is_set():
        try:
            clock.tick(datetime.now(UTC))
        except Exception:  # a database blip must not kill the scheduler; the next tick retries
            log.exception("digest clock tick failed")
        stop.wait(interval)
    database.dispose()
