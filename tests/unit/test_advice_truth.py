"""Every sentence shown about a tool is true of that tool: property tests over random profiles.

The oracle is `eval/claims.py`, which reads the raw catalog JSON on its own (it never calls the
engine's explanations), so a sentence the engine makes up fails here.
"""

from __future__ import annotations

import json
import re
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from core.catalog import Catalog, parse_catalog
from core.constraints import ADMISSION_READS, admissible
from core.matching import distinct, near_duplicate, rank, recommend
from core.profile import Profile, parse_profile
from core.scoring import PLATFORM_CATEGORIES, factors, rescored, wanted_of
from core.vocabulary import Budget, Cloud, Frustration, Persona, Ring, ScopePreference, Stage, Workload, label_in_text
from eval.claims import ONE_PLATFORM, counterfactual_false, false_claims, generic_slot
from eval.run import hard_breaks

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "catalog.json").read_text(encoding="utf-8")
RAW = {tool["id"]: tool for tool in json.loads(TEXT)["tools"]}


@cache
def shipped() -> Catalog:
    return parse_catalog(TEXT, today=date(2026, 12, 31))


def _values(enum: Any) -> st.SearchStrategy[str]:
    return st.sampled_from([member.value for member in enum])


profiles = st.fixed_dictionaries(
    {"needs": st.lists(_values(Stage), min_size=1, max_size=3, unique=True)},
    optional={
        "persona": _values(Persona), "team_size": st.integers(1, 500), "maturity": st.integers(0, 2),
        "cloud": _values(Cloud), "kubernetes": st.booleans(),
        "workloads": st.lists(_values(Workload), max_size=2, unique=True),
        "current_stack": st.lists(st.sampled_from(sorted(RAW)), max_size=3, unique=True),
        "frustrations": st.lists(_values(Frustration), max_size=2, unique=True),
        "open_source_only": st.booleans(), "self_hosted": st.booleans(), "budget": _values(Budget),
        "scope_preference": _values(ScopePreference),
    },
)  # fmt: skip
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def top3_for(profile: dict[str, Any], stage: str) -> list[str]:
    ranked = rank(parse_profile(profile), shipped())
    # among the tools that can be picks: one in the Hold ring never is
    return [t.id for _, t, _ in ranked
            if stage in RAW[t.id]["primary_stages"] and t.effective_ring is not Ring.HOLD][:3]


@SETTINGS
@given(profiles)
def test_every_reason_caveat_and_cost_line_is_backed_by_the_tools_own_entry(raw: dict[str, Any]) -> None:
    assert_claims_backed(raw)


def assert_claims_backed(raw: dict[str, Any]) -> None:
    """Every reason, caveat and cost line of every pick for this profile is backed by the catalog."""
    rec = recommend(parse_profile(raw), shipped()).to_json_dict()
    for pick in rec["recommendations"]:
        assert false_claims(pick, RAW, raw, rec["common"]) == [], pick["id"]


@SETTINGS
@given(profiles)
def test_a_counterfactual_is_shown_only_when_it_holds(raw: dict[str, Any]) -> None:
    rec = recommend(parse_profile(raw), shipped()).to_json_dict()
    for pick in rec["recommendations"]:
        assert counterfactual_false(pick, RAW, raw, hard_breaks, top3_for) is None, pick


@SETTINGS
@given(profiles)
def test_no_pick_is_a_whole_cloud_or_general_infrastructure_in_a_specialist_slot(raw: dict[str, Any]) -> None:
    profile = parse_profile(raw)
    rec = recommend(profile, shipped())
    for pick in rec.picks:
        assert not generic_slot(RAW[pick.id], [s.value for s in pick.stages]), pick.id
        jobs = set(RAW[pick.id]["primary_stages"])
        if pick.id in profile.stack():  # a platform they run is named for what it does besides its main jobs too,
            # for a job they ask for or one a pain of theirs implies (Valohai's registry for a slow hand-off)
            jobs |= {s.value for s in profile.wanted_stages()} & set(RAW[pick.id]["stages"])
        if raw.get("scope_preference") == "all_in_one" and RAW[pick.id]["category"] in ONE_PLATFORM:
            # for a team that would rather have one platform, an ML platform is named for its other jobs they want
            jobs |= {s.value for s in profile.wanted_stages()} & set(RAW[pick.id]["stages"])
        assert set(s.value for s in pick.stages) <= jobs, pick.id


@SETTINGS
@given(profiles)
def test_the_stack_card_agrees_with_the_picks(raw: dict[str, Any]) -> None:
    rec = recommend(parse_profile(raw), shipped())
    for item in rec.stack:
        if item.why.startswith("works with "):  # each tool it works with named once
            names = item.why.removeprefix("works with ").removesuffix(" in this stack").split(", ")
            assert len(names) == len(set(names)), item.why
        if item.why == "you already use it: keep it":
            assert item.tool_id in parse_profile(raw).stack()
            continue
        builders = [p for p in rec.picks if item.stage in p.stages]
        if builders:
            assert item.tool_id == builders[0].id, (item, [p.id for p in rec.picks])
        else:
            assert item.tool_id not in {p.id for p in rec.picks}


@SETTINGS
@given(profiles)
def test_also_good_is_never_a_tool_not_to_start_anything_new_with(raw: dict[str, Any]) -> None:
    """A runner-up named "also good" is one to adopt: never in the Hold ring (DataRobot, once beside Evidently)."""
    for pick in recommend(parse_profile(raw), shipped()).picks:
        if pick.also_good:
            other = next(t for t in shipped().tools if t.name_for() == pick.also_good)
            assert other.effective_ring is not Ring.HOLD and other.adoptable, pick.also_good


def test_a_tool_they_run_that_is_also_picked_is_named_once_in_the_stack_card() -> None:
    rec = recommend(parse_profile({
        "persona": "team_lead", "team_size": 25, "maturity": 1, "cloud": "aws", "workloads": ["tabular"],
        "current_stack": ["apache-airflow", "snowflake", "github-actions"],
        "frustrations": ["cant_reproduce", "slow_handoff"], "needs": ["model_registry", "ml_pipelines", "governance"],
        "budget": "high", "scope_preference": "piecemeal"}), shipped())
    whys = [item.why for item in rec.stack if item.why.startswith("works with ")]
    assert whys and all(w.count("Apache Airflow") <= 1 for w in whys), whys


@SETTINGS
@given(profiles)
def test_the_advice_starts_with_a_job_they_asked_for_and_counts_only_what_they_would_newly_run(
    raw: dict[str, Any],
) -> None:
    """Once needs are stated the picks are for them, so "start with …" names one of them, never a stage only a
    pain implies; and the pieces to operate are those of picks they do not run already."""
    profile = parse_profile(raw)
    rec = recommend(profile, shipped())
    for line in rec.advice:
        if line.startswith("Start with "):
            assert any(line.startswith(f"Start with {label_in_text(s.value)},") for s in profile.needs or ()), line
        if "pieces in all" in line:
            new = [p for p in rec.picks if p.id not in profile.stack()]
            pieces = {n for p in new for n in shipped().get(p.id).self_host_needs or ()}
            assert f"({len(pieces)} pieces in all" in line, (line, [p.id for p in rec.picks])
        if "the picks you adopt" in line:  # some picks are alternatives: each pick's own count, none summed
            new = [shipped().get(p.id) for p in rec.picks if p.id not in profile.stack()]
            assert all(f"{t.name} {len(t.self_host_needs) or 'none'}" in line
                       for t in new if t.self_host_needs is not None), line
            assert "in all" not in line
        if "the one you choose" in line:  # alternatives for one job: each one's own count, the fewest first
            new = [shipped().get(p.id) for p in rec.picks if p.id not in profile.stack()]
            # a pick with nothing to run (a package) needs none, and is the fewest when there is one
            counts = {t.name: len(t.self_host_needs) for t in new if t.self_host_needs is not None}
            least = min(counts.values())
            said = "needs nothing to run" if least == 0 else f"needs the fewest pieces ({least})"
            fewest = next(name for name in counts if f"{name} {said}" in line)
            assert counts[fewest] == least, line
            assert all(f"{name} {n or 'none'}" in line for name, n in counts.items() if name != fewest), line


@SETTINGS
@given(profiles)
@example({"persona": "researcher", "needs": ["ci_cd"], "frustrations": ["stuck_in_notebooks", "cant_reproduce"],
          "budget": "none", "scope_preference": "piecemeal"})  # GitHub Actions picked: GitHub was hidden by Git
def test_a_near_duplicate_never_hides_a_better_ranked_tool(raw: dict[str, Any]) -> None:
    profile = parse_profile(raw)
    ranking = rank(profile, shipped())
    order = [tool.id for _, tool, _ in ranking]
    # a tool hidden as a near-duplicate of one ranked above it (GitHub, hosted Git, below Git) hides nothing itself
    shown = {tool.id for _, tool in distinct([(score, tool) for score, tool, _ in ranking], exclude=set())}
    picks = [shipped().get(p.id) for p in recommend(profile, shipped()).picks]
    for pick in picks:
        if pick.id in profile.stack():
            continue  # a tool they use, kept for what it already does: not ranked against the others
        for better in order[: order.index(pick.id)]:
            if better not in {p.id for p in picks} and better in shown:
                assert not near_duplicate(shipped().get(better), pick), (better, pick.id)


def _runs_of_three(sentence: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9']+", sentence.lower())
    return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}


@SETTINGS
@given(profiles)
def test_at_most_three_reasons_and_none_shared_by_every_pick(raw: dict[str, Any]) -> None:
    picks = recommend(parse_profile(raw), shipped()).picks
    for pick in picks:
        assert 1 <= len(pick.reasons) <= 3
        # no reason says again what another one said ("no server to operate" twice, for a laptop-only person)
        for i, first in enumerate(pick.reasons):
            for second in pick.reasons[i + 1 :]:
                assert not _runs_of_three(first) & _runs_of_three(second), (pick.id, first, second)
    if len(picks) > 1:
        assert not set.intersection(*(set(p.reasons) for p in picks))


def test_langchain_prometheus_and_the_clouds_are_never_picks_for_what_they_only_touch() -> None:
    for need in ("vector_search", "model_monitoring", "compute", "containers", "model_serving"):
        for cloud in ("aws", "azure", "gcp"):
            rec = recommend(Profile(needs=(Stage(need),), cloud=Cloud(cloud)), shipped())
            ids = {p.id for p in rec.picks}
            assert not ids & {"aws", "microsoft-azure", "google-cloud", "langchain", "redis", "prometheus"}


def test_mage_is_never_said_to_need_kubernetes_and_oss_tools_never_offered_as_licence_what_ifs() -> None:
    profile = Profile(needs=(Stage.ML_PIPELINES, Stage.MODEL_MONITORING), kubernetes=False, open_source_only=True)
    rec = recommend(profile, shipped())
    for pick in rec.picks:
        line = pick.counterfactual or ""
        if line.startswith("If Kubernetes were possible"):
            named = line.split("I'd suggest ")[1].split(" for ")[0]
            assert next(t for t in RAW.values() if t["name"] == named)["requires_kubernetes"]
        if line.startswith("If a non-open-source licence were fine"):
            named = line.split("I'd suggest ")[1].split(" for ")[0]
            assert not next(t for t in RAW.values() if t["name"] == named)["open_source"]


def test_advice_names_the_stage_to_start_with_and_says_nothing_about_an_unknown_maturity() -> None:
    from core.advice import build_advice
    from core.scoring import wanted_of

    profile = Profile(team_size=8, cloud="gcp", needs=(Stage.MODEL_SERVING, Stage.MODEL_MONITORING))
    lines = build_advice(profile, wanted_of(profile, shipped()))
    assert any(line.startswith("Start with model serving, the first job you named") for line in lines), lines
    assert not any("maturity level" in line or "level 0" in line for line in lines), lines
    known = build_advice(profile.with_answers(maturity=1), wanted_of(profile, shipped()))
    assert any(line.startswith("Next step (level 1 → 2)") for line in known)


def test_advice_for_llm_apps_is_given_to_those_building_one() -> None:
    """The line about evaluating an LLM app before tracing it is for an app team asking for either; a researcher
    fine-tuning language models who asks only for tracking has no production traffic to trace."""
    from core.advice import build_advice
    from core.scoring import wanted_of

    line = "For LLM apps, set up evaluation on a fixed test set before tracing production traffic."
    app = Profile(team_size=3, maturity=0, workloads=(Workload.LLM,), needs=(Stage.LLM_OBSERVABILITY,))
    assert line in build_advice(app, wanted_of(app, shipped()))
    research = Profile(persona=Persona.RESEARCHER, team_size=1, maturity=0, workloads=(Workload.LLM,),
                       frustrations=(Frustration.CANT_REPRODUCE,))  # fmt: skip
    assert line not in build_advice(research, wanted_of(research, shipped()))


def test_specialized_tools_first_is_not_said_beside_a_platform_pick() -> None:
    from core.advice import build_advice
    from core.scoring import wanted_of

    profile = Profile(team_size=8, cloud="aws", needs=(Stage.MODEL_SERVING,))
    wanted = wanted_of(profile, shipped())
    platform, specialist = shipped().get("amazon-sagemaker-ai"), shipped().get("bentoml")
    assert not any(line.startswith("Specialized tools first") for line in build_advice(profile, wanted, [platform]))
    assert any(line.startswith("Specialized tools first") for line in build_advice(profile, wanted, [specialist]))


PLATFORMS = sorted(t["id"] for t in RAW.values() if t["category"] in {c.value for c in PLATFORM_CATEGORIES})
pain_only = st.fixed_dictionaries(
    {"frustrations": st.lists(_values(Frustration), min_size=1, max_size=2, unique=True),
     "current_stack": st.lists(st.sampled_from(PLATFORMS), min_size=1, max_size=2, unique=True)},
    optional={"maturity": st.integers(0, 2), "cloud": _values(Cloud), "kubernetes": st.booleans(),
              "team_size": st.integers(1, 200), "budget": _values(Budget)},
)  # fmt: skip


@SETTINGS
@given(pain_only)
@example({"frustrations": ["slow_handoff", "labeling_bottleneck"], "current_stack": ["roboflow"],
          "cloud": "on_prem"})  # Roboflow counted as used for serving alone is no place to fix slow labelling
def test_reasons_for_a_pain_a_platform_in_use_answers_are_backed_by_its_entry(raw: dict[str, Any]) -> None:
    assert_claims_backed(raw)


def test_the_fix_a_platform_is_credited_with_must_be_a_pain_the_person_has() -> None:
    pick = {"id": "azure-machine-learning", "caveats": [], "cost": RAW["azure-machine-learning"]["pricing_model"],
            "reasons": ["you already use it for ML pipelines, which is where to fix 'retraining is manual': keep it"]}
    mine = {"current_stack": ["azure-machine-learning"], "frustrations": ["manual_retraining"]}
    other = {"current_stack": ["azure-machine-learning"], "frustrations": ["no_monitoring"]}
    assert false_claims(pick, RAW, mine) == []
    assert false_claims(pick, RAW, other) != []


def test_for_an_llm_only_team_no_monitoring_is_fixed_where_llm_calls_are_watched() -> None:
    foundry = RAW["microsoft-foundry"]
    pick = {"id": "microsoft-foundry", "caveats": [], "cost": foundry["pricing_model"],
            "reasons": ["you already use it for LLM observability, which is where to fix 'no monitoring in "
                        "production': keep it"]}
    llm_team = {"current_stack": ["microsoft-foundry"], "frustrations": ["no_monitoring"], "workloads": ["llm"]}
    tabular_team = {**llm_team, "workloads": ["tabular"]}
    assert false_claims(pick, RAW, llm_team) == []
    assert false_claims(pick, RAW, tabular_team) != []



FIELDS = ["persona", "team_size", "maturity", "cloud", "kubernetes", "workloads", "current_stack", "frustrations",
          "needs", "open_source_only", "self_hosted", "budget", "scope_preference"]


@SETTINGS
@given(profiles, profiles, st.sampled_from(FIELDS))
def test_rescoring_only_the_factors_an_answer_changes_equals_scoring_from_scratch(
    before: dict[str, Any], other: dict[str, Any], field: str
) -> None:  # fmt: skip
    """The interviewer imagines an answer and re-scores only the factors that read that field (or what they
    want, when it changes): the result must be the same as scoring everything again, for every tool."""
    after = {k: v for k, v in before.items() if k != field}
    if field in other:
        after[field] = other[field]
    old, new = parse_profile(before), parse_profile(after)
    catalog = shipped()
    wanted_old, wanted_new = wanted_of(old, catalog), wanted_of(new, catalog)
    for tool in catalog:
        base = factors(tool, old, catalog, wanted_old, explain=False)
        quick = rescored(base, tool, new, catalog, wanted_new, changed=field, wanted_changed=wanted_new != wanted_old)
        assert quick == factors(tool, new, catalog, wanted_new, explain=False), (tool.id, field)
        if field not in ADMISSION_READS and wanted_new == wanted_old:
            assert admissible(tool, new, wanted_new) == admissible(tool, old, wanted_old), (tool.id, field)


def test_rescoring_after_a_team_size_answer_equals_scoring_from_scratch_for_one_short_of_gpus() -> None:
    """Where a GPU comes from is weighed for one person short of GPUs who named no machines: an answer that makes
    them a team of five changes that factor too."""
    before = {"persona": "researcher", "team_size": 1, "workloads": ["computer_vision"],
              "frustrations": ["compute_access"], "needs": ["compute"], "budget": "none"}  # fmt: skip
    old, new = parse_profile(before), parse_profile({**before, "team_size": 5})
    catalog = shipped()
    wanted_old, wanted_new = wanted_of(old, catalog), wanted_of(new, catalog)
    for tool in catalog:
        base = factors(tool, old, catalog, wanted_old, explain=False)
        quick = rescored(base, tool, new, catalog, wanted_new, changed="team_size",
                         wanted_changed=wanted_new != wanted_old)  # fmt: skip
        assert quick == factors(tool, new, catalog, wanted_new, explain=False), tool.id


def test_self_hosting_alternatives_for_one_job_counts_the_pieces_of_the_one_they_choose_not_of_all() -> None:
    """Three LLM tracers to a team that must self-host: they will run one of them, so the advice does not add up
    the pieces of all three."""
    profile = parse_profile({"persona": "team_lead", "team_size": 40, "cloud": "aws", "kubernetes": True,
                             "workloads": ["llm"], "needs": ["llm_observability"], "self_hosted": True,
                             "open_source_only": False})  # fmt: skip
    rec = recommend(profile, shipped())
    assert len(rec.picks) > 1 and {"llm_observability"} <= set(rec.picks[0].stages)
    line = next(line for line in rec.advice if line.startswith("Self-hosting"))
    assert "the one you choose" in line and "pieces in all" not in line, line
    fewest = min(rec.picks, key=lambda p: len(shipped().get(p.id).self_host_needs or ()))
    assert f"{fewest.name} needs the fewest pieces" in line, line


def test_a_pick_with_nothing_to_run_is_said_to_need_nothing_not_left_out_of_the_count() -> None:
    """Trackio installs as a package: beside MLflow and Comet for a team that must self-host, it is the pick with
    the fewest pieces, not one the count forgets."""
    profile = parse_profile({"persona": "ml_engineer", "team_size": 10, "cloud": "aws", "kubernetes": False,
                             "workloads": ["time_series"], "needs": ["experiment_tracking"], "self_hosted": True,
                             "open_source_only": False, "budget": "low"})  # fmt: skip
    rec = recommend(profile, shipped())
    packaged = [p.name for p in rec.picks if shipped().get(p.id).self_host_needs == ()]
    line = next(line for line in rec.advice if line.startswith("Self-hosting"))
    assert packaged, [p.id for p in rec.picks]
    assert f"{packaged[0]} needs nothing to run" in line or f"{packaged[0]} none" in line, line
    assert "needs the fewest pieces" not in line, line


def test_when_their_tools_do_what_they_asked_the_advice_names_no_pains_job_and_no_pieces_to_run() -> None:
    """CI/CD asked for, GitLab run, 'retraining is manual' said: the one pick is GitLab, so the advice neither
    says to start with orchestration (no pick does it) nor counts GitLab's own services as new work."""
    profile = parse_profile({"persona": "software_engineer", "team_size": 7, "cloud": "on_prem", "kubernetes": False,
                             "current_stack": ["gitlab", "dvc", "docker"], "needs": ["ci_cd"],
                             "frustrations": ["manual_retraining", "slow_handoff"], "open_source_only": True,
                             "self_hosted": True, "budget": "none"})  # fmt: skip
    rec = recommend(profile, shipped())
    assert [p.id for p in rec.picks] == ["gitlab"]
    assert not any(line.startswith("Start with") or "pieces in all" in line for line in rec.advice), rec.advice
    assert "Your current tools already cover what you asked for: keep them and deepen their use." in rec.advice


def test_someone_alone_who_must_self_host_is_not_told_to_give_each_piece_an_owner() -> None:
    """A solo PhD student on a university Slurm cluster (on-prem: self-hosting assumed): there is no one to hand a
    piece to, so the advice says they will run each themselves; a team of seven is told to give each an owner."""
    profile = parse_profile({"persona": "researcher", "team_size": 1, "cloud": "on_prem",
                             "current_stack": ["slurm"], "frustrations": ["cant_reproduce"], "budget": "none"})
    alone = " ".join(recommend(profile, shipped()).advice)
    assert "you will run each yourself, so adopt one at a time" in alone and "give each an owner" not in alone
    team = " ".join(recommend(profile.with_answers(team_size=7), shipped()).advice)
    assert "give each an owner before adopting" in team


def test_a_laptop_only_researcher_hears_once_that_a_package_has_nothing_to_run() -> None:
    profile = Profile(team_size=1, cloud=Cloud.NONE, budget=Budget.NONE, open_source_only=True,
                      needs=(Stage.EXPERIMENT_TRACKING,), current_stack=("git",))  # fmt: skip
    trackio = next(p for p in recommend(profile, shipped()).picks if p.id == "trackio")
    said = [r for r in trackio.reasons if "server" in r]
    assert said == ["nothing to operate: it installs as a package, with no server to run"], trackio.reasons


def test_a_paid_edition_caveat_is_backed_only_where_the_entry_says_the_job_is_paid() -> None:
    """The oracle accepts "model monitoring is only in its paid edition" of Arthur asked for monitoring, whose entry
    names that job in paid_stages, and flags it of Evidently, whose free edition does it."""
    profile = {"needs": ["model_monitoring"], "budget": "low", "workloads": ["tabular"], "team_size": 6,
               "cloud": "on_prem", "self_hosted": True}  # fmt: skip
    # the open-source monitors left out ("remove …"), so that Arthur, whose free engine does LLM work, is picked
    others = frozenset({"alibi-detect", "deepchecks", "evidently", "frouros", "nannyml"})
    rec = recommend(parse_profile(profile), shipped(), leave_out=others).to_json_dict()
    arthur = next(p for p in rec["recommendations"] if p["id"] == "arthur")
    assert "model monitoring is only in its paid edition" in arthur["caveats"]
    assert false_claims(arthur, RAW, profile) == []
    rec = recommend(parse_profile(profile), shipped()).to_json_dict()
    evidently = next(p for p in rec["recommendations"] if p["id"] == "evidently")
    made_up = {**evidently, "caveats": [*evidently["caveats"], "model monitoring is only in its paid edition"]}
    assert false_claims(made_up, RAW, profile) == [("caveat", "model monitoring is only in its paid edition")]
