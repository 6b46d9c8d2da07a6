"""Catalog news for a team, read from each tool's structured events (never from prose)."""

from __future__ import annotations

from datetime import UTC, datetime

from core.catalog import Catalog, Event
from core.team_news import NewsKind, classify, team_news
from core.vocabulary import EventKind

NOW = datetime(2026, 11, 30, tzinfo=UTC)


def with_event(catalog: Catalog, tool_id: str, kind: EventKind, when: str, what: str) -> Catalog:
    tool = catalog.get(tool_id)
    event = Event(kind=kind, date=when, what=what, source="https://example.org/news")
    changed = tool.model_copy(update={"events": (*tool.events, event)})
    return Catalog([changed if t.id == tool_id else t for t in catalog])


def test_a_recent_acquisition_is_news_with_the_event_sentence(mini_catalog: Catalog) -> None:
    catalog = with_event(mini_catalog, "dvc", EventKind.ACQUIRED, "2025-11",
                         "lakeFS acquired DVC; it stays Apache-2.0.")  # fmt: skip
    found = classify(catalog.get("dvc"), now=NOW)
    assert found == (NewsKind.ACQUIRED, "changed hands", "lakeFS acquired DVC; it stays Apache-2.0.")


def test_an_old_acquisition_is_history_not_news(mini_catalog: Catalog) -> None:
    catalog = with_event(mini_catalog, "dvc", EventKind.ACQUIRED, "2018-03", "Intuit bought the startup.")
    assert classify(catalog.get("dvc"), now=NOW) is None


def test_rewording_the_status_note_changes_no_digest(mini_catalog: Catalog) -> None:
    tool = mini_catalog.get("dvc").model_copy(update={"status_note": "Acquired and relicensed in 2026!"})
    assert classify(tool, now=NOW) is None


def test_a_licence_change_is_news(mini_catalog: Catalog) -> None:
    catalog = with_event(mini_catalog, "apache-airflow", EventKind.RELICENSED, "2025-06",
                         "Moved from Apache-2.0 to BUSL-1.1.")  # fmt: skip
    found = classify(catalog.get("apache-airflow"), now=NOW)
    assert found is not None and found[0] is NewsKind.RELICENSED


def test_winding_down_comes_before_other_news_and_tools_nobody_uses_are_ignored(
    mini_catalog: Catalog,
) -> None:
    catalog = with_event(mini_catalog, "mlflow", EventKind.ACQUIRED, "2026-02", "A cloud vendor bought it.")
    news = team_news({"mlflow": 5, "neptune-ai": 1, "git": 7, "kserve": 0}, catalog, now=NOW)
    assert [(n.tool_id, n.kind) for n in news] == [
        ("neptune-ai", NewsKind.WINDING_DOWN),
        ("mlflow", NewsKind.ACQUIRED),
    ]
    assert news[0].note == "The hosted service was wound down after the acquisition."
    assert news[0].alternatives[0] == "MLflow"  # the catalog's named successor comes first
