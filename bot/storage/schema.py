"""All tables the app owns, gathered for Alembic (one MetaData)."""

from __future__ import annotations

import bot.storage.digest_tables  # noqa: F401  (registers the digest tables on the same MetaData)
import bot.storage.slack_tables  # noqa: F401  (registers the Slack tables on the same MetaData)
from bot.storage.tables import Base

metadata = Base.metadata
