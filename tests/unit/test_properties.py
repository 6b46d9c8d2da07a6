"""Property tests over random profiles against the shipped catalog."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.catalog import Catalog, Tool, parse_catalog
from core.matching import rank, recommend, why_not
from core.profile import Profile, parse_profile
from core.recommendation import Critique, CritiqueKind
from core.vocabulary import Budget, Cloud, Frustration, Persona, ScopePreference, Stage, Workload, label_in_text

ROOT = Path(__file__).resolve().parents[2]
RETIRED = {"shut_down", "archived", "deprecated", "maintenance"}


@cache
def shipped() -> Catalog:
    return parse_catalog(
        (ROOT / "catalog.json").read_text(encoding="utf-8"), today=date(2026, 12, 31)
    )


def _maybe(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _values(enum: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


profiles = st.fixed_dictionaries(
    {},
    optional={
        "persona": _values(Persona), "team_size": st.integers(1, 500), "maturity": st.integers(0, 2),
        "cloud": _values(Cloud), "kubernetes": st.booleans(),
        "workloads": st.lists(_values(Workload), max_size=3, unique=True),
        "current_stack": st.lists(st.sampled_from(sorted(t.id for t in shipped())), max_size=4, unique=True),
        "frustrations": st.lists(_values(Frustration), max_size=3, unique=True),
        "needs": st.lists(_values(Stage), max_size=4, unique=True),
        "open_source_only": st.booleans(), "self_hosted": st.booleans(), "budget": _values(Budget),
        "scope_preference": _values(ScopePreference),
    },
).map(parse_profile)  # fmt: skip
critiques = st.lists(
    st.builds(Critique, kind=st.sampled_from([k for k in CritiqueKind if k is not CritiqueKind.MORE_LIKE]))
    | st.builds(
        Critique, kind=st.just(CritiqueKind.MORE_LIKE), tool_id=st.sampled_from(["mlflow", "kserve", "langfuse"])
    ),
    max_size=2,
)  # fmt: skip


def breaks(tool: Tool, profile: Profile) -> bool:
    """The issue's hard constraints, written out again independently of core.constraints."""
    if tool.id in (profile.current_stack or ()) and tool.category.value in ("ci_cd", "common_swe_stack") \
            and profile.open_source_only:  # "open source only" rules the ML tools adopted, not the CI a team runs
        return breaks(tool, profile.model_copy(update={"open_source_only": False}))
    must_self_host = profile.self_hosted or (
        profile.self_hosted is None and profile.cloud is Cloud.ON_PREM
    )
    return (
        tool.status.value in RETIRED
        or tool.category.value == "custom_ml_platform"
        or (bool(profile.open_source_only) and not tool.open_source)
        or (bool(must_self_host) and "self_hosted" not in {d.value for d in tool.deployment})
        or (profile.kubernetes is False and tool.requires_kubernetes
            and (bool(must_self_host) or "saas" not in {d.value for d in tool.deployment}))
        or (bool(tool.clouds) and profile.cloud is not None and profile.cloud not in tool.clouds)
        or (profile.budget is Budget.NONE and tool.pricing.value not in ("free", "freemium"))
    )


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(profiles, critiques)
def test_no_pick_ever_breaks_a_hard_constraint(profile: Profile, said: list[Critique]) -> None:
    from core.matching import apply_critiques

    effective = apply_critiques(profile, said)
    rec = recommend(profile, shipped(), critiques=said)
    for pick in rec.picks:
        tool = shipped().get(pick.id)
        if CritiqueKind.MANAGED not in {c.kind for c in said}:  # "managed instead" lifts self-hosting
            assert not breaks(tool, profile), pick.id
        assert not breaks(tool, effective), pick.id
        if pick.id in (profile.current_stack or ()):  # kept: it does a job they asked for, or is what to
            # consolidate on where they have too many tools
            assert pick.reasons[0].startswith(("you already use it for ", "you already run it: consolidating")), pick
    assert all(not breaks(shipped().get(item.tool_id), effective) or item.tool_id in (profile.current_stack or ())
               for item in rec.stack)  # fmt: skip


@SETTINGS
@given(profiles, st.sampled_from(sorted(t.id for t in shipped())))
def test_why_not_agrees_with_the_ranking(profile: Profile, tool_id: str) -> None:
    ranking = [tool.id for _, tool, _ in rank(profile, shipped())]
    chosen = [pick.id for pick in recommend(profile, shipped()).picks]
    answer = why_not(profile, shipped(), tool_id)
    placed = re.search(r"ranked (\d+) of (\d+)", answer)
    if tool_id in chosen:
        assert "is one of my picks" in answer
    elif tool_id in ranking:
        assert "is one of my picks" not in answer
    if "I suggest consolidating on" in answer:
        # too many tools, where they run a platform and ask for nothing else: no tool is added, however it ranks
        assert tool_id not in chosen
        return
    if tool_id in ranking:
        assert placed is not None
        assert (int(placed.group(1)), int(placed.group(2))) == (
            ranking.index(tool_id) + 1,
            len(ranking),
        )
    else:
        assert placed is None
        assert (
            breaks(shipped().get(tool_id), profile)
            or tool_id in (profile.current_stack or ())
            or answer
        )


@SETTINGS
@given(profiles)
def test_the_job_the_advice_says_to_start_with_is_one_a_pick_does(profile: Profile) -> None:
    # "Start with model monitoring" beside picks that are all orchestrators would contradict the picks
    rec = recommend(profile, shipped())
    said = [line for line in rec.advice if line.startswith("Start with ")]
    for line in said:
        covered = {label_in_text(stage.value) for pick in rec.picks for stage in pick.stages}
        assert any(line.startswith(f"Start with {job},") for job in covered), (line, covered)


@SETTINGS
@given(profiles)
# Astronomer kept, and Apache Airflow (what it runs) offered as the alternative to it
@example(parse_profile({"persona": "researcher", "scope_preference": "piecemeal", "budget": "low",
                        "current_stack": ["agenta", "astronomer"], "self_hosted": False,
                        "needs": ["workflow_orchestration"]}))
def test_a_tool_and_its_managed_edition_are_never_both_picked_for_one_job(profile: Profile) -> None:
    # Ray and Anyscale (managed Ray) side by side would say one answer twice: the runner-up is "also good" instead
    from core.matching import edition

    rec = recommend(profile, shipped())
    tools = [shipped().get(pick.id) for pick in rec.picks]
    for a in tools:
        for b in tools:
            if a is not b and set(a.primary_stages) & set(b.primary_stages):
                assert not edition(a, b), (a.id, b.id)
