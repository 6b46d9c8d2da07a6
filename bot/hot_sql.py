"""The few statements every DM answer runs, written out by hand for SQLite and PostgreSQL.

A typed answer costs two small transactions: record the delivery, read and write the conversation
under its version, save the profile; then, after the next question is posted, swap where the
question messages are. Through SQLAlchemy's compiler and type processing those statements cost
about as much as everything else in the turn together (bench/bench_slack.py). Here they go to the
driver as they are (`Connection.exec_driver_sql`): SQLAlchemy still owns the connections, the
transactions, the pool and the error mapping (a dropped database is still an OperationalError),
but compiles nothing. The tables are the ones in bot/tables.py and bot/slack/tables.py; the tests
read back through the ORM what was written here, on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from functools import cache
from typing import Any

from sqlalchemy import Connection

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


def run(connection: Connection, statement: str, params: dict[str, Any]) -> Any:
    """Execute a statement of this module with named parameters; returns SQLAlchemy's result."""
    return connection.exec_driver_sql(_for(connection.dialect.name, statement), params)


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
