"""The engine for DATABASE_URL, and what the store makes of a database's failures and times."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError

from bot.storage.sqlite import BEGIN_IMMEDIATE, CONNECTION_SETTINGS


def make_engine(url: str, **kwargs: Any) -> Engine:
    """An engine for DATABASE_URL, tuned for many small transactions from several workers."""
    if url.startswith("sqlite"):
        # One connection per process, handed from thread to thread: SQLite has one writer at a time
        # anyway, and waiting for the pool is cheaper than SQLite's sleep-and-retry busy handler.
        # `timeout` is SQLite's busy timeout (seconds): a writer waits that long for another's lock.
        options: dict[str, Any] = {"pool_size": 1, "max_overflow": 0, "pool_timeout": 30}
        if "poolclass" in kwargs:  # migrations/env.py: NullPool takes no pool sizes
            options = {}
        engine = create_engine(url, connect_args={"timeout": 30, "check_same_thread": False}, **{**options, **kwargs})

        # the settings each new connection needs (bot/storage/sqlite.py), compiled once for this engine
        settings = [str(setting.compile(dialect=engine.dialect)) for setting in CONNECTION_SETTINGS]

        @event.listens_for(engine, "connect")
        def _sqlite_connection(dbapi_connection: Any, _record: Any) -> None:
            dbapi_connection.isolation_level = None  # let SQLAlchemy emit BEGIN (savepoints work)
            cursor = dbapi_connection.cursor()
            for setting in settings:
                cursor.execute(setting)
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin_immediate(connection: Connection) -> None:
            # take the write lock up front: SQLite then serialises writers instead of failing one
            # (a construct run through the engine's events, like every other statement)
            connection.execute(BEGIN_IMMEDIATE)

        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def check_url(url: str) -> None:
    """ArgumentError unless SQLAlchemy can drive `url` (a URL, a known dialect, its driver installed); opens nothing."""
    try:
        name = make_url(url).drivername
        create_engine(url).dispose()
    except ModuleNotFoundError as error:
        raise ArgumentError(f"the database driver for {name} is not installed ({error.name})") from None


def unavailable(error: BaseException) -> bool:
    """The database could not be reached or dropped the connection (a hiccup, not a bug)."""
    if isinstance(error, (OperationalError, InterfaceError)):
        return True
    return isinstance(error, DBAPIError) and error.connection_invalidated


@contextmanager
def transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction on a connection, committed on success; a lost database is StoreUnavailable."""
    from core.errors import StoreUnavailable

    try:
        with engine.begin() as connection:
            yield connection
    except DBAPIError as error:
        if unavailable(error):
            raise StoreUnavailable() from error
        raise


def aware(moment: datetime) -> datetime:
    """A time read from SQLite (which keeps no zone) as the UTC time it was written as."""
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
