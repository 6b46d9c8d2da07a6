"""The one settings class: read from the environment once, in the entry point, and passed down."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from platformdirs import user_data_path
from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

from bot import resources

APP_NAME = "mlops-waiter"


def default_database_path() -> Path:
    """The embedded SQLite file: in the user's data directory (~/.local/share/mlops-waiter on Linux)."""
    return user_data_path(APP_NAME, appauthor=False) / "mlops-waiter.sqlite3"


def default_database_url() -> str:
    return f"sqlite:///{default_database_path()}"


class Settings(BaseSettings):
    """Environment variables of DESIGN.md (conventional names, secrets as SecretStr)."""

    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    slack_bot_token: SecretStr | None = None
    slack_signing_secret: SecretStr | None = None
    slack_app_token: SecretStr | None = None
    slack_client_id: str | None = None
    slack_client_secret: SecretStr | None = None
    slack_scopes: str = "chat:write,commands,im:history,im:write,users:read,channels:read,groups:read,files:write"
    slack_api_base_url: str = "https://slack.com/api/"
    database_url: str = Field(default_factory=default_database_url)
    catalog_path: Path = Field(default_factory=resources.catalog_path)
    port: int = 3000
    interview_order: Literal["adaptive", "fixed"] = "adaptive"  # fixed: every question in bank order
    log_level: str = "INFO"
    inbox_lease_seconds: int = Field(default=120, ge=1)  # a DM answer taken this long ago and not finished is retried
    web_concurrency: int = Field(default=2, ge=1)  # `serve`'s worker processes
    web_threads: int = Field(default=8, ge=1)  # per worker: gunicorn's request threads, and as many for work after acks
    max_request_bytes: int = Field(default=1024 * 1024, ge=1024)  # larger POSTs are refused with 413 unread

    @property
    def oauth_enabled(self) -> bool:
        return bool(self.slack_client_id and self.slack_client_secret)

    def sqlalchemy_url(self) -> str:
        """DATABASE_URL as SQLAlchemy wants it (postgres:// from Heroku-style hosts means psycopg 3)."""
        url = self.database_url
        for prefix in ("postgres://", "postgresql://"):
            if url.startswith(prefix):
                return "postgresql+psycopg://" + url[len(prefix) :]
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        return url
