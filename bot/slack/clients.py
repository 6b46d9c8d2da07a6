"""Web API clients: SLACK_API_BASE_URL honoured, retries with backoff that never post twice."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.request import Request

from slack_sdk import WebClient
from slack_sdk.http_retry import RetryHandler
from slack_sdk.http_retry.builtin_handlers import (
    ConnectionErrorRetryHandler,
    RateLimitErrorRetryHandler,
    ServerErrorRetryHandler,
)
from sqlalchemy import Engine

from bot.settings import Settings
from bot.slack.transport import POOL

#: Methods that change nothing, or change it to the same result when repeated: safe to resend after
#: a 5xx or a dropped connection. chat.postMessage is NOT here: Slack may have posted before failing.
IDEMPOTENT = frozenset(
    {
        "chat.update",
        "views.publish",
        "conversations.open",
        "auth.test",
        "users.info",
        "conversations.info",
    }
)
TIMEOUT_SECONDS = 10


def _method(request: Any) -> str:
    return str(request.url).rstrip("/").rsplit("/", 1)[-1].split("?", 1)[0]


class IdempotentServerErrorRetryHandler(ServerErrorRetryHandler):
    """Retries 5xx answers, but only for methods in IDEMPOTENT."""

    def _can_retry(self, *, request: Any, **kwargs: Any) -> bool:
        return _method(request) in IDEMPOTENT and super()._can_retry(request=request, **kwargs)


class IdempotentConnectionErrorRetryHandler(ConnectionErrorRetryHandler):
    """Retries dropped connections, but only for methods in IDEMPOTENT."""

    def _can_retry(self, *, request: Any, **kwargs: Any) -> bool:
        return _method(request) in IDEMPOTENT and super()._can_retry(request=request, **kwargs)


def retry_handlers(*, rate_limit_retries: int = 3) -> list[RetryHandler]:
    """429s are always safe to retry (Slack did nothing); the rest only for idempotent methods."""
    return [
        RateLimitErrorRetryHandler(max_retry_count=rate_limit_retries),
        IdempotentServerErrorRetryHandler(max_retry_count=2),
        IdempotentConnectionErrorRetryHandler(max_retry_count=2),
    ]


class KeepAliveWebClient(WebClient):
    """slack_sdk's WebClient over kept-alive connections (bot.slack.transport); through a proxy, urllib."""

    def _perform_urllib_http_request_internal(self, url: str, req: Request) -> dict[str, Any]:
        if self.proxy:
            return super()._perform_urllib_http_request_internal(url, req)
        return POOL.post(url, req, timeout=self.timeout, context=self.ssl)

    def with_token(self, token: str | None, *, team_id: str | None = None) -> KeepAliveWebClient:
        """The same client for another workspace's token (OAuth mode: one per request)."""
        return KeepAliveWebClient(
            token=token, base_url=self.base_url, timeout=self.timeout, ssl=self.ssl, proxy=self.proxy,
            headers=self.headers, team_id=team_id, logger=self.logger,
            retry_handlers=list(self.retry_handlers),
        )  # fmt: skip


def make_client(settings: Settings, *, token: str | None = None, rate_limit_retries: int = 3) -> KeepAliveWebClient:
    """A WebClient for this deployment (token None: OAuth mode, Bolt sets one per request)."""
    if token is None and settings.slack_bot_token is not None and not settings.oauth_enabled:
        token = settings.slack_bot_token.get_secret_value()
    return KeepAliveWebClient(
        token=token, base_url=api_base_url(settings), timeout=TIMEOUT_SECONDS,
        retry_handlers=retry_handlers(rate_limit_retries=rate_limit_retries),
    )  # fmt: skip


def api_base_url(settings: Settings) -> str:
    url = settings.slack_api_base_url
    return url if url.endswith("/") else url + "/"


def web_client(token: str | None, settings: Settings) -> KeepAliveWebClient:
    """A client that waits out more rate limits, for the digests: they page long member lists."""
    return make_client(settings, token=token, rate_limit_retries=5)


def clients_for(settings: Settings, engine: Engine) -> Callable[[str], WebClient | None]:
    """The bot client of a workspace: the one token, or the OAuth installation's bot token."""
    if not settings.oauth_enabled:
        token = settings.slack_bot_token.get_secret_value() if settings.slack_bot_token else None
        client = web_client(token, settings)
        return lambda workspace: client if token else None
    from bot.slack.oauth import installation_store  # slack_sdk's SQLAlchemy stores load only for OAuth

    store = installation_store(settings, engine)

    def client_for(workspace: str) -> WebClient | None:
        bot = store.find_bot(enterprise_id=None, team_id=workspace)
        return web_client(bot.bot_token, settings) if bot and bot.bot_token else None

    return client_for
