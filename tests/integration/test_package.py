"""The package's own files: where the catalog, schema and migrations are read from, and the default store."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import resources
from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_reads_the_top_level_catalog_schema_and_migrations_through_the_package() -> None:
    assert resources.catalog_path().resolve() == ROOT / "catalog.json"
    assert resources.schema_path().resolve() == ROOT / "catalog.schema.json"
    assert resources.alembic_ini().resolve() == ROOT / "alembic.ini"
    assert resources.migrations_path().resolve() == ROOT / "migrations"
    assert (resources.migrations_path() / "env.py").is_file()


def test_the_default_store_lives_in_the_users_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.database_url == f"sqlite:///{tmp_path / 'mlops-waiter' / 'mlops-waiter.sqlite3'}"
    assert settings.catalog_path == resources.catalog_path()


def test_database_url_still_says_where_the_store_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgres://waiter@db/waiter")
    assert Settings(_env_file=None).sqlalchemy_url() == "postgresql+psycopg://waiter@db/waiter"  # type: ignore[call-arg]
