"""The Slack app: a Bolt App with every listener registered (built by the bootstrap, nothing at import)."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Executor, ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient
from sqlalchemy import Engine

from bot.settings import Settings
from bot.slack import actions, commands, errors, home, lifecycle, messages
from bot.slack.clients import KeepAliveWebClient, make_client
from bot.slack.delivery import Courier
from bot.slack.logs import quiet_request_bodies
from bot.slack.oauth import oauth_settings
from bot.slack.services import SlackServices
from bot.storage.inbox import Inbox
from bot.storage.question_messages import QuestionMessages
from core.catalog import Catalog
from core.ports import Clock, DigestUnitOfWorkFactory
from core.services import Waiter


def slack_services(
    settings: Settings, waiter: Waiter, *, catalog: Catalog, clock: Clock, uow_factory: DigestUnitOfWorkFactory,
    engine: Engine,
) -> SlackServices:  # fmt: skip
    """What the listeners share (and the inbox's recovery too)."""
    return SlackServices(
        waiter=waiter, catalog=catalog, clock=clock, uow_factory=uow_factory,
        courier=Courier(catalog, QuestionMessages(engine)),
        inbox=Inbox(engine, lease=timedelta(seconds=settings.inbox_lease_seconds)),
    )  # fmt: skip


def create_app(
    settings: Settings, services: SlackServices, *, engine: Engine, client: WebClient | None = None,
    listener_executor: Executor | None = None,
) -> App:  # fmt: skip
    """The Bolt app: OAuth (multi-workspace) when SLACK_CLIENT_ID/SECRET are set, else one bot token.

    The services (waiter, catalog, clock, store) come from the bootstrap; `client` defaults to one for
    SLACK_API_BASE_URL.
    """
    if settings.slack_signing_secret is None:
        raise ValueError("SLACK_SIGNING_SECRET is required (Basic Information › App Credentials)")
    client = client or make_client(settings)
    quiet_request_bodies()
    app = App(
        name="mlops-waiter",
        client=client,
        # the work after acks (Web API calls and their retries) waits here, never in front of an ack
        listener_executor=listener_executor or ThreadPoolExecutor(settings.web_threads, thread_name_prefix="work"),
        **_auth(settings, client, engine),
    )
    if isinstance(client, KeepAliveWebClient):
        use_keep_alive(app, client)
    errors.register(app)
    for module in (commands, messages, actions, home, lifecycle):
        module.register(app, services)
    return app


def use_keep_alive(app: App, client: KeepAliveWebClient) -> None:
    """Listeners get `client` (kept-alive connections) instead of Bolt's per-request urllib client.

    With one bot token that is the shared client itself (it holds no per-request state); in OAuth
    mode, a copy with the token Bolt found for the request's workspace.
    """

    @app.middleware
    def keep_alive_client(context: BoltContext, next: Callable[[], None]) -> None:  # noqa: A002 (Bolt's name)
        given = context.client
        if given is not None and given.token != client.token:
            context["client"] = client.with_token(given.token, team_id=context.team_id)
        else:
            context["client"] = client
        next()


def _auth(settings: Settings, client: WebClient, engine: Engine) -> dict[str, Any]:
    assert settings.slack_signing_secret is not None
    common: dict[str, Any] = {
        "signing_secret": settings.slack_signing_secret.get_secret_value(),
        # ack functions answer in the request's thread; the work after them is deferred (bot.slack.deferred)
        "process_before_response": True,
        "raise_error_for_unhandled_request": False,
    }
    if settings.oauth_enabled:
        return {**common, "oauth_settings": oauth_settings(settings, engine)}
    if client.token is None:
        raise ValueError("set SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID and SLACK_CLIENT_SECRET (OAuth)")
    # the client carries the token; start without calling Slack (auth.test runs on first use)
    return {**common, "token_verification_enabled": False}
