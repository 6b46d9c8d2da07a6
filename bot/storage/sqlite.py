"""What SQLite needs on each connection and at each BEGIN, as SQLAlchemy constructs.

The store keeps these guarantees on SQLite, and this is where each one comes from:

- **a busy timeout** (a writer waits up to 30 s for another's lock instead of failing): the sqlite3
  driver's `timeout` connect argument (`make_engine`), which calls SQLite's busy-timeout API; no SQL.
- **write-ahead logging** (readers never wait for the writer): a property of the database file that
  SQLite keeps once set, so the migration environment sets it (`migrations/env.py`), and every SQLite
  database the program opens is migrated first (the embedded default migrates itself on start).
- **foreign keys enforced** (a feedback row never outlives its recommendation): a per-connection
  setting with no API in Python 3.11's sqlite3 (`Connection.setconfig` arrived in 3.12) and no
  construct in SQLAlchemy, so `ForeignKeysOn` below, run once per new connection.
- **commits wait for the WAL, not the disk** (`synchronous=NORMAL`, which SQLite documents as safe
  from corruption in WAL mode): per connection too, `SynchronousNormal` below.
- **writers serialised across processes** (each transaction takes the write lock when it begins,
  so two read-then-write transactions queue instead of one failing on the upgrade from reader to
  writer, where SQLite's busy handler does not help): `BeginImmediate` below, emitted through the
  engine's "begin" event. That is SQLAlchemy's documented pysqlite recipe (the driver's own BEGIN,
  which skips SELECTs and breaks SAVEPOINT, is switched off), and it keeps savepoints working.

These three are the only SQL text outside `migrations/`: keywords in the compilers below, which
SQLAlchemy's SQLite dialect does not provide. Each compiles for SQLite only; on any other database
compiling one is an error, and `make_engine` never runs them there.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.expression import ClauseElement, Executable
from sqlalchemy.sql.visitors import InternalTraversal


class _SqliteStatement(Executable, ClauseElement):
    """A statement without parameters, compiled once per engine and cached like any other (each subclass
    says so). Its cache key is its class alone: it has no state to traverse, and saying so is what makes
    it cacheable (without `_traverse_internals` SQLAlchemy has no cache key for it, and compiles it anew
    on every execution: BEGIN IMMEDIATE once per transaction)."""

    inherit_cache = True
    _traverse_internals: list[tuple[str, InternalTraversal]] = []


class ForeignKeysOn(_SqliteStatement):
    """Enforce foreign keys on this connection (SQLite leaves them off by default)."""

    inherit_cache = True


class SynchronousNormal(_SqliteStatement):
    """In WAL mode, sync the log at checkpoints rather than at every commit."""

    inherit_cache = True


class BeginImmediate(_SqliteStatement):
    """Begin a transaction holding the write lock from its start."""

    inherit_cache = True


@compiles(ForeignKeysOn, "sqlite")
def _foreign_keys_on(_element: ForeignKeysOn, _compiler: SQLCompiler, **_kw: Any) -> str:
    return "PRAGMA foreign_keys = ON"


@compiles(SynchronousNormal, "sqlite")
def _synchronous_normal(_element: SynchronousNormal, _compiler: SQLCompiler, **_kw: Any) -> str:
    return "PRAGMA synchronous = NORMAL"


@compiles(BeginImmediate, "sqlite")
def _begin_immediate(_element: BeginImmediate, _compiler: SQLCompiler, **_kw: Any) -> str:
    return "BEGIN IMMEDIATE"


#: What every new SQLite connection runs, in order.
CONNECTION_SETTINGS: tuple[_SqliteStatement, ...] = (ForeignKeysOn(), SynchronousNormal())
#: What every transaction on SQLite begins with.
BEGIN_IMMEDIATE = BeginImmediate()
