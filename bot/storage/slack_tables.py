"""The Slack adapter's tables: OAuth installations and states (slack_sdk's layout), question messages."""

from __future__ import annotations

from slack_sdk.oauth.installation_store.sqlalchemy import SQLAlchemyInstallationStore
from slack_sdk.oauth.state_store.sqlalchemy import SQLAlchemyOAuthStateStore
from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from bot.storage.tables import Base

# slack_sdk's SQLAlchemy stores build their tables on a MetaData we hand them; building them on the
# app's one MetaData lets Alembic own them like every other table.
INSTALLATIONS = SQLAlchemyInstallationStore.build_installations_table(
    Base.metadata, "slack_installations"
)
BOTS = SQLAlchemyInstallationStore.build_bots_table(Base.metadata, "slack_bots")
OAUTH_STATES = SQLAlchemyOAuthStateStore.build_oauth_states_table(
    Base.metadata, "slack_oauth_states"
)


class QuestionMessageRow(Base):
    """Where a question was posted, so the message can be rewritten to show the answer."""

    __tablename__ = "slack_question_messages"

    workspace: Mapped[str] = mapped_column(String(32), primary_key=True)
    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    question_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(64))
    ts: Mapped[str] = mapped_column(String(32))
