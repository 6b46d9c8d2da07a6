"""Alembic environment: the URL comes from the caller's config, else DATABASE_URL, else the default."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Engine, pool

from bot.storage.engine import make_engine
from bot.storage.schema import metadata

config = context.config


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from bot.settings import Settings

    return Settings().sqlalchemy_url()


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=metadata, literal_binds=True, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    engine = make_engine(_url(), poolclass=pool.NullPool)
    if engine.dialect.name == "sqlite":
        _write_ahead_log(engine)
    with engine.connect() as connection:
        _run(connection)
    engine.dispose()


def _write_ahead_log(engine: Engine) -> None:
    """SQLite keeps its journal mode in the database file: set WAL once here, and every connection
    the program opens afterwards reads while another writes (see bot/storage/sqlite.py). Every SQLite
    database is migrated before use (the embedded default on each start), so this runs for all of them.
    Outside any transaction (SQLite refuses the switch inside one), on the driver's own connection."""
    with engine.connect() as connection:  # (connecting reports an unusable file as SQLAlchemy's error)
        driver = connection.connection.driver_connection
        driver.execute("PRAGMA journal_mode=WAL").close()  # type: ignore[union-attr]


def _run(connection: object) -> None:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                      compare_type=True)
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
