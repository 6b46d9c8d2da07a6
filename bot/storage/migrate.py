"""Applying Alembic migrations from code (the `db upgrade` command and the embedded default)."""

from __future__ import annotations

from alembic import command
from alembic.config import Config

from bot import resources


def alembic_config(url: str) -> Config:
    """Alembic's settings for `url`, with the migrations the package ships."""
    config = Config(str(resources.alembic_ini()))
    config.set_main_option("script_location", str(resources.migrations_path()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def upgrade(url: str, revision: str = "head") -> None:
    """Bring the database at `url` up to `revision`."""
    command.upgrade(alembic_config(url), revision)


def upgrade_embedded(url: str) -> None:
    """The embedded SQLite default sets itself up; PostgreSQL is migrated by `mlops-waiter db upgrade`."""
    if url.startswith("sqlite"):
        upgrade(url)
