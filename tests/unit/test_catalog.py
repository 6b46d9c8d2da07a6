"""The catalog model and loader: cross-checks, look-ups, and the precise messages of a bad file."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from core.catalog import Catalog, parse_catalog
from core.errors import InvalidCatalog, UnknownTool

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "mini_catalog.json"
TODAY = date(2026, 12, 31)


def mutated(change) -> str:  # type: ignore[no-untyped-def]
    data = json.loads(FIXTURE.read_text())
    change(data["tools"])
    return json.dumps(data)


def test_the_fixture_catalog_loads(mini_catalog: Catalog) -> None:
    assert len(mini_catalog) == 20
    assert mini_catalog.get("mlflow").quadrant == "specialized_ml"


def test_a_duplicate_id_is_reported() -> None:
    with pytest.raises(InvalidCatalog, match="mlflow: duplicate id"):
        parse_catalog(mutated(lambda tools: tools.append(dict(tools[0], aliases=[], name="Other"))), today=TODAY)


def test_a_dangling_integration_is_reported_by_tool_and_id() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["integrates_with"] = ["no-such-tool"]

    with pytest.raises(InvalidCatalog, match="mlflow: integrates_with unknown id 'no-such-tool'"):
        parse_catalog(mutated(change), today=TODAY)


def test_an_unknown_successor_is_reported() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[2]["successor"] = "ghost"

    with pytest.raises(InvalidCatalog, match="neptune-ai: successor unknown id 'ghost'"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_ring_override_without_a_reason_is_refused() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["ring"] = "hold"

    with pytest.raises(InvalidCatalog, match="mlflow: Value error, a ring override needs a ring_reason"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_tool_without_sources_is_refused() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["sources"] = []

    with pytest.raises(InvalidCatalog, match="mlflow.sources"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_verification_date_in_the_future_is_refused() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["last_verified"] = "2027-01-01"

    with pytest.raises(InvalidCatalog, match="last_verified 2027-01-01 is in the future"):
        parse_catalog(mutated(change), today=TODAY)


def test_unknown_vocabulary_is_named() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["stages"] = ["astrology"]

    with pytest.raises(InvalidCatalog, match="mlflow.stages.0"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_source_available_licence_cannot_be_called_open_source() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["license"] = "BUSL-1.1"

    with pytest.raises(InvalidCatalog, match="BUSL-1.1 is not an OSI licence"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_map_position_outside_its_category_quadrant_is_refused() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["focus"] = -0.5

    with pytest.raises(InvalidCatalog, match="category experimentation_platform belongs in specialized_ml"):
        parse_catalog(mutated(change), today=TODAY)


def test_broken_json_is_reported_with_its_line() -> None:
    with pytest.raises(InvalidCatalog, match="not valid JSON.*line"):
        parse_catalog('{"version": 1,\n "tools": [', today=TODAY)


def test_names_and_aliases_resolve_fuzzily(mini_catalog: Catalog) -> None:
    assert mini_catalog.resolve("W&B").id == "weights-and-biases"
    assert mini_catalog.resolve("ml flow").id == "mlflow"
    assert mini_catalog.resolve("kubernets").id == "kubernetes"


def test_an_unknown_name_raises_with_suggestions(mini_catalog: Catalog) -> None:
    with pytest.raises(UnknownTool) as error:
        mini_catalog.resolve("mlfloww-server")
    assert "MLflow" in error.value.suggestions


def test_a_shut_down_tool_is_held_and_not_adoptable(mini_catalog: Catalog) -> None:
    neptune = mini_catalog.get("neptune-ai")
    assert not neptune.adoptable and neptune.effective_ring == "hold"


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("https://blog.csdn.net/someone/article/details/1", "a blog aggregator"),
        ("https://gitee.com/mirrors/mlflow", "a code mirror"),
        ("https://www.aiwiki.ai/wiki/MLflow", "an aggregator wiki"),
        ("http://5.180.24.3/lakefs", "a bare IP address"),
        ("https://best-mlops-tools-2026.example.net/top10", "not the tool's own site"),
    ],
)
def test_a_source_of_a_rejected_kind_fails_validation_naming_the_entry_and_url(url: str, why: str) -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["sources"] = [*tools[0]["sources"], url]

    with pytest.raises(InvalidCatalog, match=f"mlflow: source {url} is {why}"):
        parse_catalog(mutated(change), today=TODAY)


def test_primary_sources_pass_the_source_policy() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["sources"] = [
            "https://github.com/mlflow/mlflow/blob/master/LICENSE.txt",
            "https://pypi.org/project/mlflow/",
            "https://mlflow.org/docs/latest/",
            "https://www.databricks.com/product/managed-mlflow",  # another catalog tool's owner
            "https://techcrunch.com/2026/01/01/a-deal/",
        ]

    assert "mlflow" in parse_catalog(mutated(change), today=TODAY)


def test_an_entry_without_a_verification_date_fails() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        del tools[0]["last_verified"]

    with pytest.raises(InvalidCatalog, match="mlflow.last_verified: Field required"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_status_change_without_an_event_fails() -> None:
    def change(tools):  # type: ignore[no-untyped-def]
        tools[0]["status"] = "archived"
        tools[0]["status_note"] = "The repository was archived."
        tools[0]["ring"], tools[0]["ring_reason"] = "hold", "archived"

    with pytest.raises(InvalidCatalog, match="mlflow: Value error, status archived needs an event"):
        parse_catalog(mutated(change), today=TODAY)


def test_a_former_name_is_a_renamed_events_and_one_of_the_tools_aliases() -> None:
    def renamed(tools):  # type: ignore[no-untyped-def]
        tools[0]["aliases"] = [*tools[0]["aliases"], "ML Flow Classic"]
        tools[0]["events"] = [{"kind": "renamed", "date": "2026-01", "what": "MLflow was once called something else.",
                               "former_name": "ML Flow Classic", "source": "https://mlflow.org/docs/latest/"}]

    mlflow = parse_catalog(mutated(renamed), today=TODAY).get("mlflow")
    assert mlflow.name_for() == "MLflow (formerly ML Flow Classic)"
    assert mlflow.name_for("mlflow") == "MLflow"  # no note for someone who used today's name

    def not_an_alias(tools):  # type: ignore[no-untyped-def]
        renamed(tools)
        tools[0]["events"][0]["former_name"] = "Nothing Like It"

    with pytest.raises(InvalidCatalog, match="former_name 'Nothing Like It' must be one of its aliases"):
        parse_catalog(mutated(not_an_alias), today=TODAY)


def test_primary_stages_must_be_among_the_stages_and_self_host_needs_must_match_deployment() -> None:
    def stray(tools):  # type: ignore[no-untyped-def]
        tools[0]["primary_stages"] = ["vector_search"]

    with pytest.raises(InvalidCatalog, match="primary_stages .* are not among its stages"):
        parse_catalog(mutated(stray), today=TODAY)

    def saas_with_needs(tools):  # type: ignore[no-untyped-def]
        tools[0]["deployment"] = ["saas"]

    with pytest.raises(InvalidCatalog, match="not self-hostable, so self_host_needs must be null"):
        parse_catalog(mutated(saas_with_needs), today=TODAY)


def test_platforms_name_catalog_tools() -> None:
    def stray(tools):  # type: ignore[no-untyped-def]
        tools[0]["platforms"] = ["no-such-engine"]

    with pytest.raises(InvalidCatalog, match="mlflow: platforms has unknown id 'no-such-engine'"):
        parse_catalog(mutated(stray), today=TODAY)


@pytest.mark.parametrize(
    ("field", "stage", "kind"),
    [("governs", "governance", "models"), ("evaluates", "llm_evaluation", "applications")],
)
def test_a_tool_built_for_a_stage_of_several_kinds_must_say_which_and_only_such_a_tool_may(
    field: str, stage: str, kind: str
) -> None:
    def unsaid(tools):  # type: ignore[no-untyped-def]
        tools[0]["stages"] = [*tools[0]["stages"], stage]
        tools[0]["primary_stages"] = [stage]

    refused = f"mlflow: .*{field} is given exactly when {stage}"
    with pytest.raises(InvalidCatalog, match=refused):
        parse_catalog(mutated(unsaid), today=TODAY)

    def stray(tools):  # type: ignore[no-untyped-def]
        tools[0][field] = [kind]

    with pytest.raises(InvalidCatalog, match=refused):
        parse_catalog(mutated(stray), today=TODAY)

    def said(tools):  # type: ignore[no-untyped-def]
        unsaid(tools)
        tools[0][field] = [kind]

    assert getattr(parse_catalog(mutated(said), today=TODAY).get("mlflow"), field) == (kind,)


def test_a_single_machine_setup_is_given_only_for_a_tool_with_a_self_hosted_one() -> None:
    def library(tools):  # type: ignore[no-untyped-def]
        tools[0]["self_host_needs"] = []
        tools[0]["local_needs"] = ["the package"]

    with pytest.raises(InvalidCatalog, match="mlflow: .*local_needs is given only for a tool with a self-hosted"):
        parse_catalog(mutated(library), today=TODAY)

    def server(tools):  # type: ignore[no-untyped-def]
        tools[0]["local_needs"] = ["the package, logging to a local folder"]

    parsed = parse_catalog(mutated(server), today=TODAY)
    assert parsed.get("mlflow").local_needs == ("the package, logging to a local folder",)
