"""The shipped catalog: coverage floors, sources and dates, cross-references, and its JSON Schema."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from bot.entrypoints.catalog_cli import schema_text
from core.catalog import Catalog
from core.matching import recommend
from core.profile import Profile
from core.vocabulary import Category, Deployment, Pricing, Quadrant, Ring, Stage, Status

ROOT = Path(__file__).resolve().parents[2]


def test_the_catalog_has_at_least_260_tools(shipped_catalog: Catalog) -> None:
    assert len(shipped_catalog) >= 260


def test_every_lifecycle_stage_has_at_least_eight_adoptable_tools_built_for_it(shipped_catalog: Catalog) -> None:
    counts = Counter(
        stage for tool in shipped_catalog if tool.adoptable for stage in tool.primary_stages if tool.built_for(stage)
    )
    floor = {stage: 4 if stage is Stage.SOURCE_CONTROL else 8 for stage in Stage}
    assert {stage: counts[stage] for stage in Stage if counts[stage] < floor[stage]} == {}


def test_what_users_read_holds_no_maintainer_notes(shipped_catalog: Catalog) -> None:
    internal = ("research helper", "flagged", "human review", "not confirmed", "unconfirmed", "checker", "stored copy")
    notes = {t.id: t.status_note for t in shipped_catalog if t.status_note}
    leaks = {tid: note for tid, note in notes.items() if any(word in note.lower() for word in internal)}
    assert leaks == {}


def test_every_category_and_quadrant_is_represented(shipped_catalog: Catalog) -> None:
    assert {tool.category for tool in shipped_catalog} == set(Category)
    assert {tool.quadrant for tool in shipped_catalog} == set(Quadrant)


def test_every_tool_has_a_source_and_a_verification_date(shipped_catalog: Catalog) -> None:
    assert [t.id for t in shipped_catalog if not t.sources or t.last_verified is None] == []


def test_ids_are_unique_and_every_cross_reference_resolves(shipped_catalog: Catalog) -> None:
    ids = [tool.id for tool in shipped_catalog]
    assert len(ids) == len(set(ids))
    dangling = [
        (tool.id, other)
        for tool in shipped_catalog
        for other in (*tool.integrates_with, *([tool.successor] if tool.successor else []))
        if other not in shipped_catalog
    ]
    assert dangling == []


def test_tools_that_stopped_are_held_and_point_to_an_active_successor(shipped_catalog: Catalog) -> None:
    for tool in shipped_catalog:
        if tool.status in (Status.SHUT_DOWN, Status.ARCHIVED):
            assert tool.effective_ring == "hold", tool.id
            assert tool.status_note, tool.id
            if tool.successor:
                assert shipped_catalog.get(tool.successor).adoptable, tool.id


def test_a_shut_down_or_archived_tool_is_never_recommended_even_when_asked_for(shipped_catalog: Catalog) -> None:
    stopped = [t for t in shipped_catalog if t.status in (Status.SHUT_DOWN, Status.ARCHIVED)]
    assert stopped, "the catalog records tools that stopped"
    for tool in stopped:
        profile = Profile(needs=tool.stages, current_stack=(), persona="researcher")
        picks = {pick.id for pick in recommend(profile, shipped_catalog, top=10).picks}
        assert tool.id not in picks


def test_people_find_renamed_and_nicknamed_tools(shipped_catalog: Catalog) -> None:
    expected = {"W&B": "weights-and-biases", "wandb": "weights-and-biases", "sagemaker": "amazon-sagemaker-ai",
                "vertex": "vertex-ai", "airflow": "apache-airflow", "k8s": "kubernetes"}  # fmt: skip
    assert {name: shipped_catalog.resolve(name).id for name in expected} == expected


def test_a_renamed_tool_is_said_back_by_its_name_today_beside_the_one_they_used(shipped_catalog: Catalog) -> None:
    from core.answers import understand
    from core.wording import show_value

    stack = understand("we train on Vertex AI", shipped_catalog)["current_stack"]
    assert show_value("current_stack", stack, shipped_catalog) == (
        "using Gemini Enterprise Agent Platform (formerly Vertex AI)")
    assert show_value("current_stack", ("mlflow",), shipped_catalog) == "using MLflow"


def test_the_committed_json_schema_matches_the_model() -> None:
    committed = (ROOT / "catalog.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run `mlops-waiter catalog schema` and commit the result"
    assert json.loads(committed)["properties"]["tools"]["type"] == "array"


def test_an_adopt_ring_set_on_a_tool_says_why_and_cites_its_evidence(shipped_catalog: Catalog) -> None:
    adopted = [tool for tool in shipped_catalog if tool.ring is Ring.ADOPT]
    assert len(adopted) >= 10
    for tool in adopted:
        assert tool.ring_reason and any(ch.isdigit() for ch in tool.ring_reason), tool.id
        assert any("top-pypi-packages" in url for url in tool.sources), tool.id


def test_every_closed_tool_that_can_be_self_hosted_says_what_its_own_edition_costs(shipped_catalog: Catalog) -> None:
    """A free tier is often only the vendor's hosted service: for a team that must run its tools itself, the
    price of the edition it would run is what matters (W&B's self-managed server needs a licence)."""
    missing = [t.id for t in shipped_catalog.tools
               if not t.open_source and Deployment.SELF_HOSTED in t.deployment and t.self_hosted_pricing is None]
    assert missing == []
    assert shipped_catalog.get("weights-and-biases").self_hosted_pricing is Pricing.PAID
    assert shipped_catalog.get("arize-phoenix").self_hosted_pricing is Pricing.FREE


def test_a_tool_card_says_which_edition_does_each_job_and_where_compute_runs(shipped_catalog: Catalog) -> None:
    """The card's "built for" line tells a job only the paid edition or the hosted service does, and for compute
    where the machines come from, as the picks do (Portkey's tracing is its hosted app; Arthur's model monitoring its
    paid Platform; Colab's GPUs free sessions; Ray runs on machines you bring)."""
    from bot.slack.render.catalog_cards import render_tool
    from core.wording import built_for_text

    said = {t: built_for_text(shipped_catalog.get(t)) for t in ("portkey", "arthur", "google-colab", "ray", "mlflow")}
    assert said["portkey"] == "LLM observability (hosted service only)"
    assert "Model monitoring (paid edition only)" in said["arthur"]
    assert "Compute / GPUs (free GPU sessions within quotas)" in said["google-colab"]
    assert said["ray"] == "Compute / GPUs (on machines you bring)"
    assert said["mlflow"] == "Experiment tracking, Model registry"
    assert "hosted service only" in str(render_tool(shipped_catalog.get("portkey")).blocks_json())


def test_a_note_about_a_tool_says_only_what_its_entry_says(shipped_catalog: Catalog) -> None:
    from core.wording import tool_note

    for tool in shipped_catalog.tools:
        note = tool_note(tool, shipped_catalog)
        assert note.startswith(f"{tool.name}, by {tool.vendor}: ")
        assert tool.license in note and tool.pricing_model.rstrip(".") in note
        assert str(tool.last_verified) in note
        if tool.status_note:
            assert tool.status_note.rstrip(".") in note
        elif tool.events:  # no note on its status: its latest event, dated
            latest = max(tool.events, key=lambda event: event.date)
            assert f"latest news ({latest.date})" in note and latest.what.rstrip(".") in note
        elif tool.latest_release:
            assert f"latest release {tool.latest_release.version}" in note
        if "What replaces it" in note:
            assert tool.successor and shipped_catalog.get(tool.successor).name in note
