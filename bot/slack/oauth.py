"""Multi-workspace install: Bolt's OAuth flow with slack_sdk's SQLAlchemy stores in the app's database."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from slack_bolt.oauth.oauth_settings import OAuthSettings
from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.sqlalchemy_utils import normalize_datetime_for_db
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import Engine

from bot.settings import Settings
from bot.storage import statements
from bot.storage.slack_tables import BOTS, INSTALLATIONS, OAUTH_STATES

INSTALL_PATH = "/slack/install"
REDIRECT_PATH = "/slack/oauth_redirect"
STATE_SECONDS = 600
PRUNE_STATES = 100


def installation_store(settings: Settings, engine: Engine) -> SQLAlchemyInstallationStore:
    """Installations and bot tokens, per workspace, in the tables migration 0002 made."""
    assert settings.slack_client_id is not None
    store = SQLAlchemyInstallationStore(client_id=settings.slack_client_id, engine=engine)
    store.metadata, store.installations, store.bots = INSTALLATIONS.metadata, INSTALLATIONS, BOTS
    return store


class ExpiringStateStore(SQLAlchemyOAuthStateStore):
    """slack_sdk's state store, but expired states are deleted: every GET /slack/install adds one
    (anyone can ask), and slack_sdk deletes only those that come back. Each issue forgets up to
    PRUNE_STATES expired ones, so the table holds about the states of the last STATE_SECONDS."""

    def issue(self, *args: Any, **kwargs: Any) -> str:
        state = super().issue(*args, **kwargs)
        with self.engine.begin() as connection:
            cutoff = normalize_datetime_for_db(datetime.now(UTC))
            connection.execute(statements.PRUNE_OAUTH_STATES, {"cutoff": cutoff, "limit": PRUNE_STATES})
        return state


def state_store(engine: Engine) -> SQLAlchemyOAuthStateStore:
    store = ExpiringStateStore(expiration_seconds=STATE_SECONDS, engine=engine)
    store.metadata, store.oauth_states = OAUTH_STATES.metadata, OAUTH_STATES
    return store


def oauth_settings(settings: Settings, engine: Engine) -> OAuthSettings:
    """OAuth v2 with the scopes of the manifest; install at /slack/install, redirect back to us."""
    assert settings.slack_client_id is not None and settings.slack_client_secret is not None
    return OAuthSettings(
        client_id=settings.slack_client_id,
        client_secret=settings.slack_client_secret.get_secret_value(),
        scopes=[scope.strip() for scope in settings.slack_scopes.split(",") if scope.strip()],
        user_scopes=[],
        installation_store=installation_store(settings, engine),
        state_store=state_store(engine),
        install_path=INSTALL_PATH,
        redirect_uri_path=REDIRECT_PATH,
        state_expiration_seconds=STATE_SECONDS,
        installation_store_bot_only=True,
    )
