"""The few statements every DM answer runs, written out by hand for SQLite and PostgreSQL.

A typed answer costs two small transactions: record the delivery, read and write the conversation
under its version, save the profile; then, after the next question is posted, swap where the
question messages are. Through SQLAlchemy's compiler, type processing and result machinery those
statements cost about as much as everything else in the turn together (bench/bench_slack.py).
Here they run on a cursor of the connection SQLAlchemy checked out for the unit of work, inside the
transaction SQLAlchemy began: SQLAlchemy still owns the pool, the connections and the transactions,
and a driver error is raised as SQLAlchemy raises it (a dropped database is still an
sqlalchemy.exc.OperationalError, and a lost connection is invalidated). The tables are the ones in
bot/tables.py and bot/slack/tables.py; the tests read back through the ORM what was written here,
on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError

SELECT_CONVERSATION = (
    "SELECT state, answers, done, history, pending, return_to, critiques, version FROM conversations "
    "WHERE workspace = :workspace AND user_id = :user_id"
)
UPDATE_CONVERSATION = (
    "UPDATE conversations SET state = :state, answers = :answers, done = :done, history = :history, "
    "critiques = :critiques, pending = :pending, return_to = :return_to, version = :new_version, "
    "updated_at = :now WHERE workspace = :workspace AND user_id = :user_id AND version = :version"
)
UPSERT_PROFILE = (
    "INSERT INTO profiles (workspace, user_id, profile, updated_at) VALUES (:workspace, :user_id, :profile, :now) "
    "ON CONFLICT (workspace, user_id) DO UPDATE SET profile = excluded.profile, updated_at = excluded.updated_at"
)
PRUNE_EVENTS = (
    'DELETE FROM processed_events WHERE "key" IN '
    '(SELECT "key" FROM processed_events WHERE seen_at < :cutoff LIMIT :limit)'
)
SELECT_QUESTION_MESSAGE = (
    "SELECT channel, ts FROM slack_question_messages "
    "WHERE workspace = :workspace AND user_id = :user_id AND question_id = :question_id"
)
UPSERT_QUESTION_MESSAGE = (
    "INSERT INTO slack_question_messages (workspace, user_id, question_id, channel, ts) "
    "VALUES (:workspace, :user_id, :question_id, :channel, :ts) "
    "ON CONFLICT (workspace, user_id, question_id) DO UPDATE SET channel = excluded.channel, ts = excluded.ts"
)


@cache
def insert_events(count: int) -> str:
    """Record `count` delivery keys; RETURNING names the ones that were new."""
    rows = ", ".join(f"(:key_{n}, :now)" for n in range(count))
    return f'INSERT INTO processed_events ("key", seen_at) VALUES {rows} ON CONFLICT ("key") DO NOTHING RETURNING "key"'


@cache
def _for(dialect: str, statement: str) -> str:
    """The statement in the driver's parameter style: sqlite3 takes :name, psycopg %(name)s."""
    if dialect == "sqlite":
        return statement
    if dialect == "postgresql":
        return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", statement)
    raise NotImplementedError(f"DATABASE_URL must be SQLite or PostgreSQL, not {dialect}")


def fetch(connection: Connection, statement: str, params: dict[str, Any]) -> list[Any]:
    """Run a statement of this module that returns rows; the rows, as the driver gives them."""
    return _run(connection, _for(connection.dialect.name, statement), params, fetch=True)[0]


def execute(connection: Connection, statement: str, params: dict[str, Any] | None = None) -> int:
    """Run a statement of this module (or a bare command such as BEGIN IMMEDIATE); the rows it changed."""
    sql = _for(connection.dialect.name, statement) if params is not None else statement
    return _run(connection, sql, params, fetch=False)[1]


def _run(connection: Connection, sql: str, params: dict[str, Any] | None, *, fetch: bool) -> tuple[list[Any], int]:
    dbapi_connection = connection.connection.dbapi_connection
    assert dbapi_connection is not None
    try:
        cursor = dbapi_connection.cursor()
        try:
            if params is None:
                cursor.execute(sql)
            else:
                cursor.execute(sql, params)
            return (list(cursor.fetchall()) if fetch else []), cursor.rowcount
        finally:
            cursor.close()
    except connection.dialect.loaded_dbapi.Error as error:
        raise _as_sqlalchemy_error(connection, sql, params, error) from error


def _as_sqlalchemy_error(
    connection: Connection, sql: str, params: dict[str, Any] | None, error: Exception
) -> BaseException:
    """What SQLAlchemy would have raised: its wrapper of the driver's error; a lost connection invalidated."""
    dialect = connection.dialect
    lost = dialect.is_disconnect(error, connection.connection.dbapi_connection, None)  # type: ignore[arg-type]
    if lost:
        connection.invalidate(error)
    return DBAPIError.instance(
        sql, params, error, dialect.loaded_dbapi.Error, connection_invalidated=lost, dialect=dialect
    )


def moment(connection: Connection, value: datetime) -> Any:
    """A time as the column holds it: SQLite keeps SQLAlchemy's UTC text, PostgreSQL a timestamptz."""
    if connection.dialect.name == "sqlite":  # SQLAlchemy's format: "2026-11-26 09:00:00.000000", UTC
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(" ", "microseconds")
    return value


def json_in(value: Any) -> str:
    """A JSON column's value (PostgreSQL casts the text to jsonb)."""
    return json.dumps(value)


def json_out(connection: Connection, value: Any) -> Any:
    """A JSON column as read: SQLite gives text, psycopg has already decoded jsonb."""
    return json.loads(value) if connection.dialect.name == "sqlite" else value
