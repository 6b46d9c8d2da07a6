"""The statements every DM answer runs, as SQLAlchemy Core constructs built once.

A typed answer's turn costs two small transactions (after the inbox's record before the ack; the
inbox's statements are in bot/storage/inbox.py): claim the answer in the inbox, record the delivery,
read and write the conversation under its version, save the profile; then, after the next question
is posted, swap where the question messages are and let the answer leave the inbox. These are the hot
statements, so they are built once here (the upserts once per dialect) instead of per call;
SQLAlchemy compiles each once per engine and caches it. They run through the same engine, events
and error handling as every other statement of the store.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any, NamedTuple, cast

from sqlalchemy import Delete, Select, Table, Update, bindparam, delete, insert, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.sql.dml import Insert

from bot.storage.slack_tables import OAUTH_STATES, InboxRow, QuestionMessageRow
from bot.storage.tables import ConversationRow, FeedbackRow, ProcessedEventRow, ProfileRow, RecommendationRow

CONVERSATIONS = cast(Table, ConversationRow.__table__)
PROFILES = cast(Table, ProfileRow.__table__)
EVENTS = cast(Table, ProcessedEventRow.__table__)
QUESTION_MESSAGES = cast(Table, QuestionMessageRow.__table__)
RECOMMENDATIONS = cast(Table, RecommendationRow.__table__)
INBOX = cast(Table, InboxRow.__table__)
FEEDBACK = cast(Table, FeedbackRow.__table__)

#: The stored parts of a conversation, in ConversationRecord's order.
CONVERSATION_STATE = ("state", "answers", "done", "history", "pending", "return_to", "critiques", "version")

SELECT_CONVERSATION: Select[Any] = select(*(CONVERSATIONS.c[name] for name in CONVERSATION_STATE)).where(
    CONVERSATIONS.c.workspace == bindparam("workspace"), CONVERSATIONS.c.user_id == bindparam("user_id")
)
INSERT_CONVERSATION: Insert = insert(CONVERSATIONS)
#: SET takes the columns named in the parameters; the WHERE's names differ from the columns' on purpose.
UPDATE_CONVERSATION: Update = update(CONVERSATIONS).where(
    CONVERSATIONS.c.workspace == bindparam("of_workspace"),
    CONVERSATIONS.c.user_id == bindparam("of_user_id"),
    CONVERSATIONS.c.version == bindparam("of_version"),
)
#: A person's picks, stored: their new id comes back (the feedback buttons carry it).
INSERT_RECOMMENDATION: Insert = insert(RECOMMENDATIONS).returning(RECOMMENDATIONS.c.id)
PRUNE_EVENTS: Delete = delete(EVENTS).where(
    EVENTS.c.key.in_(select(EVENTS.c.key).where(EVENTS.c.seen_at < bindparam("cutoff")).limit(bindparam("limit")))
)
_MINE = (RECOMMENDATIONS.c.workspace == bindparam("workspace"), RECOMMENDATIONS.c.user_id == bindparam("user_id"))
#: A person's stored picks but the latest `keep` and those that feedback refers to.
PRUNE_RECOMMENDATIONS: Delete = delete(RECOMMENDATIONS).where(
    *_MINE,
    RECOMMENDATIONS.c.id.not_in(
        select(RECOMMENDATIONS.c.id).where(*_MINE).order_by(RECOMMENDATIONS.c.id.desc()).limit(bindparam("keep"))
    ),
    ~select(FEEDBACK.c.id).where(FEEDBACK.c.recommendation_id == RECOMMENDATIONS.c.id).exists(),
)
#: OAuth states that expired unused (at most `limit` of them a time).
PRUNE_OAUTH_STATES: Delete = delete(OAUTH_STATES).where(
    OAUTH_STATES.c.id.in_(
        select(OAUTH_STATES.c.id).where(OAUTH_STATES.c.expire_at < bindparam("cutoff")).limit(bindparam("limit"))
    )
)
SELECT_QUESTION_MESSAGE: Select[Any] = select(QUESTION_MESSAGES.c.channel, QUESTION_MESSAGES.c.ts).where(
    QUESTION_MESSAGES.c.workspace == bindparam("workspace"),
    QUESTION_MESSAGES.c.user_id == bindparam("user_id"),
    QUESTION_MESSAGES.c.question_id == bindparam("question_id"),
)


class Upserts(NamedTuple):
    """INSERT … ON CONFLICT in one dialect's own construct (SQLite and PostgreSQL spell it alike)."""

    profile: Insert
    events: Insert  # RETURNING the keys that were new
    question_message: Insert
    inbox: Insert  # RETURNING the key when it was new


@cache
def upserts(dialect: str) -> Upserts:
    """The upserts for a dialect, built on first use and kept."""
    make: Callable[[Table], sqlite.Insert | postgresql.Insert]
    if dialect == "sqlite":
        make = sqlite.insert
    elif dialect == "postgresql":
        make = postgresql.insert
    else:
        raise NotImplementedError(f"DATABASE_URL must be SQLite or PostgreSQL, not {dialect}")
    profile = make(PROFILES)
    profile = profile.on_conflict_do_update(
        index_elements=[PROFILES.c.workspace, PROFILES.c.user_id],
        set_={"profile": profile.excluded.profile, "updated_at": profile.excluded.updated_at},
    )
    events = make(EVENTS).on_conflict_do_nothing(index_elements=[EVENTS.c.key]).returning(EVENTS.c.key)
    question = make(QUESTION_MESSAGES)
    question = question.on_conflict_do_update(
        index_elements=[QUESTION_MESSAGES.c.workspace, QUESTION_MESSAGES.c.user_id, QUESTION_MESSAGES.c.question_id],
        set_={"channel": question.excluded.channel, "ts": question.excluded.ts},
    )
    inbox = make(INBOX).on_conflict_do_nothing(index_elements=[INBOX.c.key]).returning(INBOX.c.key)
    return Upserts(profile=profile, events=events, question_message=question, inbox=inbox)
