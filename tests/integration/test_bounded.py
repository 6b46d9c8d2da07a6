"""Bounded by design: however long a conversation runs, what it stores stays the same size."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.slack.oauth import PRUNE_STATES, state_store
from bot.storage.repositories import KEEP_RECOMMENDATIONS, MAX_CRITIQUES, MAX_HISTORY
from bot.storage.slack_tables import OAUTH_STATES
from bot.storage.statements import CONVERSATIONS, RECOMMENDATIONS
from core.catalog import Catalog
from core.recommendation import Critique, CritiqueKind
from core.turns import Show
from tests.integration.test_store import W, make_waiter

ANSWERS = ["researcher", "5", "notebooks", "aws", "no", "git", "tabular", "can't reproduce",
           "experiment tracking", "no", "no", "low", "piecemeal"]  # fmt: skip
REFINEMENTS = 1000  # as many as the issue found the cost growing with; bench/bench_turn.py times them


def count(database: object, statement: object) -> int:
    with database.engine.connect() as connection:  # type: ignore[attr-defined]
        return int(connection.scalar(statement) or 0)  # type: ignore[call-overload]


def test_many_refinements_keep_a_few_picks_and_a_capped_history(database_url: str, mini_catalog: Catalog) -> None:
    waiter, db = make_waiter(database_url, mini_catalog)
    waiter.open(W, "bob")
    for text in ANSWERS:
        turn = waiter.reply(W, "bob", text)
    first = next(m for m in turn if isinstance(m, Show))
    assert first.recommendation_id is not None
    waiter.feedback(W, "bob", first.recommendation_id, first.recommendation.picks[0].id, "helpful")
    kinds = [CritiqueKind.CHEAPER, CritiqueKind.OPEN_SOURCE_ONLY, CritiqueKind.LIGHTER]
    for n in range(REFINEMENTS):
        waiter.refine(W, "bob", Critique(kind=kinds[n % len(kinds)]))
        if n % 2:
            waiter.open(W, "bob")  # a reopened /mlops shows the picks again, and stores them
    rows = count(db, select(func.count()).select_from(RECOMMENDATIONS).where(RECOMMENDATIONS.c.user_id == "bob"))
    assert rows == KEEP_RECOMMENDATIONS + 1  # the latest few, and the picks the feedback is about
    assert waiter.latest_picks(W, "bob") is not None
    with db.engine.connect() as connection:
        history, critiques = connection.execute(
            select(CONVERSATIONS.c.history, CONVERSATIONS.c.critiques).where(CONVERSATIONS.c.user_id == "bob")
        ).one()
    assert len(history) <= MAX_HISTORY and len(critiques) <= MAX_CRITIQUES
    db.dispose()


def test_back_still_undoes_the_last_critique_after_the_history_was_capped(
    database_url: str, mini_catalog: Catalog
) -> None:
    waiter, db = make_waiter(database_url, mini_catalog)
    waiter.open(W, "cy")
    for text in ANSWERS:
        waiter.reply(W, "cy", text)
    for _ in range(MAX_HISTORY + 5):
        waiter.refine(W, "cy", Critique(kind=CritiqueKind.CHEAPER))
    turn = waiter.reply(W, "cy", "back")
    assert "go back one step" in str(turn[0])
    db.dispose()


def test_expired_oauth_states_are_deleted_as_new_ones_are_issued(database_url: str, mini_catalog: Catalog) -> None:
    _, db = make_waiter(database_url, mini_catalog)
    store = state_store(db.engine)
    expired = datetime.now(UTC).replace(tzinfo=None) - timedelta(hours=1)
    with db.engine.begin() as connection:
        connection.execute(OAUTH_STATES.insert(), [{"state": f"old-{n}", "expire_at": expired} for n in range(150)])
    for _ in range(3):
        assert store.issue()
    assert count(db, select(func.count()).select_from(OAUTH_STATES)) == 3
    assert PRUNE_STATES < 150  # the backlog went a batch at a time
    db.dispose()
