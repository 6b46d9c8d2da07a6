"""Catalog news for a team: winding down, re-licensed, changed hands (only recent and sure)."""

from __future__ import annotations

from datetime import UTC, datetime

from core.catalog import Catalog
from core.team_news import NewsKind, classify, team_news
from core.vocabulary import Status

NOW = datetime(2026, 11, 30, tzinfo=UTC)


def noted(catalog: Catalog, tool_id: str, note: str, status: Status = Status.ACTIVE) -> Catalog:
    changed = catalog.get(tool_id).model_copy(update={"status_note": note, "status": status})
    return Catalog([changed if t.id == tool_id else t for t in catalog])


def test_a_recent_acquisition_is_news(mini_catalog: Catalog) -> None:
    catalog = noted(
        mini_catalog,
        "dvc",
        "Created in 2017. Acquired by lakeFS in November 2025; stays Apache-2.0.",
    )
    found = classify(catalog.get("dvc"), now=NOW)
    assert found is not None and found[0] is NewsKind.ACQUIRED
    assert found[2].startswith("Acquired by lakeFS")


def test_an_unconfirmed_or_old_acquisition_is_not_news(mini_catalog: Catalog) -> None:
    rumour = noted(mini_catalog, "dvc", "Any acquisition by a big vendor is NOT confirmed here.")
    assert classify(rumour.get("dvc"), now=NOW) is None
    history = noted(
        mini_catalog, "dvc", "Created in 2017 by a startup (later acquired by Intuit in 2018)."
    )
    assert classify(history.get("dvc"), now=NOW) is None


def test_a_licence_change_is_news(mini_catalog: Catalog) -> None:
    catalog = noted(
        mini_catalog,
        "apache-airflow",
        "Moved from Apache-2.0 to Business Source License 1.1 in 2025.",
    )
    found = classify(catalog.get("apache-airflow"), now=NOW)
    assert found is not None and found[0] is NewsKind.RELICENSED


def test_winding_down_comes_before_other_news_and_tools_nobody_uses_are_ignored(
    mini_catalog: Catalog,
) -> None:
    catalog = noted(mini_catalog, "mlflow", "Acquired by a cloud vendor in 2026.")
    news = team_news({"mlflow": 5, "neptune-ai": 1, "git": 7, "kserve": 0}, catalog, now=NOW)
    assert [(n.tool_id, n.kind) for n in news] == [
        ("neptune-ai", NewsKind.WINDING_DOWN),
        ("mlflow", NewsKind.ACQUIRED),
    ]
    assert news[0].alternatives[0] == "MLflow"  # the catalog's named successor comes first
