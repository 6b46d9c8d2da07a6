"""All tables the app owns, gathered for Alembic (one MetaData)."""

from __future__ import annotations

from bot.tables import Base

metadata = Base.metadata
