"""Shared fixtures: catalogs, the in-memory fakes, and a real migrated database."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from hypothesis import settings

from core.catalog import Catalog, parse_catalog
from core.conversation import FixedOrder
from core.services import Waiter
from tests.fakes import FakeClock, FakeStore, FakeUnitOfWork

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = date(2026, 12, 31)

# CI replays the same generated examples on every run, so whether a change lands never depends on
# which random profiles came up; a developer's run draws new ones each time and so keeps exploring.
settings.register_profile("ci", derandomize=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")


@pytest.fixture(scope="session")
def mini_catalog() -> Catalog:
    return parse_catalog((FIXTURES / "mini_catalog.json").read_text(), today=TODAY)


@pytest.fixture(scope="session")
def shipped_catalog() -> Catalog:
    return parse_catalog((ROOT / "catalog.json").read_text(), today=TODAY)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def fake_store() -> FakeStore:
    return FakeStore()


@pytest.fixture
def waiter(mini_catalog: Catalog, fake_store: FakeStore, clock: FakeClock) -> Waiter:
    """The conversation service on the in-memory fakes, asking every question in bank order."""
    return Waiter(mini_catalog, lambda: FakeUnitOfWork(fake_store), clock=clock, interviewer=FixedOrder())


def _postgres_url() -> str | None:
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith("postgresql") else None


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """A migrated, empty database: PostgreSQL when DATABASE_URL points at one, else a SQLite file."""
    from bot.storage.migrate import upgrade

    pg = _postgres_url()
    if pg is None:
        url = f"sqlite:///{tmp_path / 'waiter.sqlite3'}"
        upgrade(url)
        yield url
        return
    from sqlalchemy import create_engine, text

    upgrade(pg)
    engine = create_engine(pg)
    with engine.begin() as connection:
        tables = connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'alembic_version'")
        ).scalars().all()
        if tables:
            connection.execute(text("TRUNCATE " + ", ".join(f'"{t}"' for t in tables) + " RESTART IDENTITY CASCADE"))
    engine.dispose()
    yield pg


@pytest.fixture
def database(database_url: str) -> Iterator[object]:
    from bot.storage.unit_of_work import Database

    db = Database(database_url)
    yield db
    db.dispose()
