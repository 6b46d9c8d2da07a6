"""The engine on the shipped catalog: constraints, keep, picks, explanations, critiques, stack."""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from core.catalog import Catalog, Tool, parse_catalog
from core.errors import InvalidProfile
from core.explanations import HOSTED_WITHOUT_CLUSTER, caveats
from core.matching import near_duplicate, rank, recommend, violations, why_not
from core.profile import Profile, parse_profile
from core.recommendation import Critique, CritiqueKind
from core.scoring import code_host, factors, is_platform, wanted_of
from core.vocabulary import (
    Budget,
    Cloud,
    ComputeSource,
    Deployment,
    Evaluates,
    Frustration,
    Governs,
    Persona,
    Pricing,
    Ring,
    Stage,
    Workload,
    label,
)

ROOT = Path(__file__).resolve().parents[2]


@cache
def shipped() -> Catalog:
    return parse_catalog(
        (ROOT / "catalog.json").read_text(encoding="utf-8"), today=date(2026, 12, 31)
    )


def picks(profile: Profile, **kwargs: object) -> list[Tool]:
    catalog = shipped()
    return [catalog.get(p.id) for p in recommend(profile, catalog, **kwargs).picks]  # type: ignore[arg-type]


RESEARCHER = parse_profile(
    {"persona": "researcher", "team_size": 4, "maturity": 0, "cloud": "aws", "kubernetes": False,
     "workloads": ["tabular"], "current_stack": ["git", "jupyterlab"], "frustrations": ["cant_reproduce"],
     "needs": ["experiment_tracking"], "budget": "low", "scope_preference": "piecemeal"}
)  # fmt: skip


def test_open_source_only_never_recommends_a_proprietary_tool() -> None:
    chosen = picks(Profile(needs=(Stage.EXPERIMENT_TRACKING,), open_source_only=True))
    assert chosen and all(tool.open_source for tool in chosen)


def test_no_kubernetes_never_recommends_a_tool_that_requires_it() -> None:
    chosen = picks(Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False))
    assert chosen and not any(tool.requires_kubernetes for tool in chosen)


def test_a_free_only_budget_gets_free_or_freemium_tools() -> None:
    chosen = picks(parse_profile({"needs": ["model_monitoring"], "budget": "none"}))
    assert chosen and all(tool.pricing in (Pricing.FREE, Pricing.FREEMIUM) for tool in chosen)


def test_self_hosting_gets_tools_that_run_on_your_own_infrastructure() -> None:
    chosen = picks(parse_profile({"needs": ["llm_observability"], "self_hosted": True}))
    assert chosen and all(Deployment.SELF_HOSTED in tool.deployment for tool in chosen)


def test_a_team_on_aws_is_never_offered_a_tool_tied_to_another_cloud() -> None:
    chosen = picks(parse_profile({"cloud": "aws", "needs": ["ml_pipelines", "model_serving"],
                                  "scope_preference": "all_in_one"}))  # fmt: skip
    assert chosen and all(not tool.clouds or "aws" in tool.clouds for tool in chosen)


def test_a_shut_down_tool_is_never_picked_and_why_not_says_so() -> None:
    assert "neptune-ai" not in {t.id for t in picks(RESEARCHER)}
    assert "shut down" in why_not(RESEARCHER, shipped(), "neptune-ai")


def test_what_the_team_already_uses_is_kept_not_recommended_again() -> None:
    profile = RESEARCHER.with_answers(
        current_stack=("git", "mlflow"), needs=("experiment_tracking", "model_serving")
    )
    rec = recommend(profile, shipped())
    assert "mlflow" not in {p.id for p in rec.picks}
    assert any(line.startswith("Keep MLflow for experiment tracking") for line in rec.keep)
    assert rec.picks and all(Stage.EXPERIMENT_TRACKING not in p.stages for p in rec.picks)


def test_a_cluster_is_not_container_tooling_when_someone_asks_for_containers() -> None:
    on_k8s = Profile(persona=Persona.PLATFORM_ENGINEER, team_size=12, kubernetes=True, needs=(Stage.CONTAINERS,))
    rec = recommend(on_k8s, shipped())
    assert not any(line.startswith("Keep Kubernetes") for line in rec.keep)
    assert rec.picks and all(Stage.CONTAINERS in p.stages for p in rec.picks)
    # a slow hand-off only implies containers, and a team on Kubernetes already ships them
    implied = recommend(on_k8s.with_answers(needs=None, frustrations=("slow_handoff",)), shipped())
    assert any(line.startswith("Keep Kubernetes for containers") for line in implied.keep)
    assert all(Stage.CONTAINERS not in p.stages for p in implied.picks)


def test_when_the_stack_covers_every_need_the_answer_is_to_keep_it_with_alternatives_as_also_good() -> None:
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=12, needs=(Stage.CI_CD, Stage.MODEL_SERVING),
                      current_stack=("github", "github-actions", "bentoml"))  # fmt: skip
    rec = recommend(profile, shipped())
    # the tool whose main job it is keeps a stage: GitHub Actions, not GitHub, keeps CI/CD
    assert {p.id for p in rec.picks} == {"github-actions", "bentoml"}
    actions = next(p for p in rec.picks if p.id == "github-actions")
    assert actions.reasons[0] == "you already use it for CI/CD: keep it"
    assert all(p.also_good not in ("GitHub", "GitHub Actions", "BentoML") for p in rec.picks)
    assert not any(line.startswith("Keep ") for line in rec.keep)  # each pick says so itself
    glue = next(line for line in rec.advice if "integration between" in line)
    assert "GitHub Actions and BentoML, which you run" in glue, glue
    # a stage a pain only implies is not "asked for": the cluster that keeps it is no pick
    implied = recommend(profile.with_answers(kubernetes=True, frustrations=("slow_handoff",)), shipped())
    assert "kubernetes" not in {p.id for p in implied.picks}


def test_a_pain_where_they_already_run_a_tool_asks_for_more_of_that_job_not_for_the_next_step() -> None:
    """Short of GPUs on the university's Slurm cluster: more compute (cloud GPUs to burst to), kept beside
    Slurm, not an experiment tracker; the keep line does not say "no new tool there"."""
    profile = Profile(persona=Persona.RESEARCHER, team_size=12, maturity=0, cloud="other", kubernetes=False,
                      current_stack=("slurm",), frustrations=(Frustration.COMPUTE_ACCESS,), budget="low")  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks and all(shipped().get(p.id).built_for(Stage.COMPUTE) for p in rec.picks)
    assert "slurm" not in {p.id for p in rec.picks}
    keep = next(line for line in rec.keep if line.startswith("Keep Slurm"))
    assert "add to it where it falls short" in keep and "no new tool" not in keep
    # the same job asked as a need they already cover stays kept, with nothing new there
    covered = recommend(profile.with_answers(frustrations=(), needs=("compute",)), shipped())
    assert any("no new tool there" in line for line in covered.keep) or "slurm" in {p.id for p in covered.picks}
    # asked for outright and short of it: the need is answered with more compute beside Slurm
    both = recommend(profile.with_answers(needs=("compute", "workflow_orchestration")), shipped())
    more = next((p for p in both.picks if shipped().get(p.id).built_for(Stage.COMPUTE)), None)
    assert more is not None and "slurm" not in {p.id for p in both.picks}, [p.id for p in both.picks]
    assert more.reasons[0] == "built for compute / GPUs, which you asked for", more.reasons
    assert any(line.startswith("Keep Slurm") and "add to it where it falls short" in line for line in both.keep)


@pytest.mark.parametrize(
    ("stack", "pain", "job"),
    [(("great-expectations", "apache-airflow"), Frustration.DATA_QUALITY, Stage.DATA_VALIDATION),
     (("label-studio",), Frustration.LABELING_BOTTLENECK, Stage.DATA_LABELING)],
)  # fmt: skip
def test_any_pain_felt_where_they_run_a_tool_for_it_asks_for_other_tools_for_that_job(
    stack: tuple[str, ...], pain: Frustration, job: Stage
) -> None:
    """Junk data with Great Expectations in place, labeling slow with Label Studio: the tool falls short, and
    the other tools for its job are the answer beside it, not an experiment tracker or CI/CD no pain asked for."""
    profile = Profile(persona=Persona.PLATFORM_ENGINEER, team_size=25, maturity=1, cloud="aws", current_stack=stack,
                      frustrations=(pain,), budget="medium")  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks and all(shipped().get(p.id).built_for(job) for p in rec.picks), [p.id for p in rec.picks]
    assert stack[0] not in {p.id for p in rec.picks}
    assert any(line.startswith("Keep ") and "add to it where it falls short" in line for line in rec.keep), rec.keep
    # a need they state besides is what is answered: the pain's job stays with the tool they run
    asked = recommend(profile.with_answers(needs=(Stage.MODEL_REGISTRY,)), shipped())
    assert not any(shipped().get(p.id).built_for(job) for p in asked.picks), [p.id for p in asked.picks]
    # that job asked for outright: the tool they run first, and the best other tool for the job beside it
    own = recommend(profile.with_answers(needs=(job,)), shipped()).picks
    assert [p.id for p in own][:1] == [stack[0]] and len(own) == 2 and shipped().get(own[1].id).built_for(job), own


def test_a_tool_left_out_is_replaced_by_the_next_best_and_named_nowhere() -> None:
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=8, cloud="gcp", kubernetes=True,
                      current_stack=("mlflow", "apache-airflow"), frustrations=(Frustration.NO_MONITORING,),
                      needs=(Stage.MODEL_MONITORING,))  # fmt: skip
    before = recommend(profile, shipped())
    gone = before.picks[0]
    after = recommend(profile, shipped(), leave_out=frozenset({gone.id}))
    assert gone.id not in [p.id for p in after.picks] and len(after.picks) >= len(before.picks)
    named = [*after.advice, *after.common, *after.keep, *(f"{p.also_good} {p.counterfactual}" for p in after.picks),
             *(item.tool_name for item in after.stack)]  # fmt: skip
    assert not any(gone.name in line for line in named), named
    assert "asked me to leave it out" in why_not(profile, shipped(), gone.id, leave_out=frozenset({gone.id}))


def test_kinds_of_work_read_inside_a_sentence() -> None:
    rec = recommend(Profile(team_size=5, workloads=("llm",), needs=(Stage.LLM_OBSERVABILITY,)), shipped())
    said = " ".join([*rec.common, *(r for p in rec.picks for r in p.reasons)])
    assert "made for LLM work, like yours" in said and "LLM apps work" not in said, said


def test_tools_for_tabular_data_fit_time_series_work() -> None:
    """Time series are tables of timestamped rows: a dataframe validator is made for a forecasting team's data,
    not "made for other work"."""
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=3, maturity=0, workloads=("time_series",),
                      needs=(Stage.DATA_VALIDATION,), budget="low")  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks[0].id in {"pandera", "great-expectations", "soda-core", "deequ"}
    said = " ".join([*rec.picks[0].reasons, *rec.common])
    assert "made for tabular data, the form your time series take" in said
    pandera = factors(shipped().get("pandera"), profile, shipped(), wanted_of(profile, shipped()), explain=True)
    assert next(f for f in pandera if f.name == "workloads").points > 0
    # beside camera images, a tool for tables fits the series only: Dolt is not sold to a team versioning both as
    # made for all of their work
    both = Profile(persona=Persona.ML_ENGINEER, team_size=60, workloads=("computer_vision", "time_series"),
                   needs=(Stage.DATA_VERSIONING,))  # fmt: skip
    dolt = next(f for f in factors(shipped().get("dolt"), both, shipped(), wanted_of(both, shipped()), explain=True)
                if f.name == "workloads")
    assert dolt.points < 0 and "not your computer vision work" in (dolt.bad or ""), dolt


def test_a_server_for_one_framework_is_for_teams_whose_tools_use_that_framework() -> None:
    serving = Profile(persona=Persona.ML_ENGINEER, team_size=8, needs=(Stage.MODEL_SERVING,), open_source_only=True)
    catalog = shipped()
    unknown = [t.id for _, t, _ in rank(serving, catalog)]
    on_tfx = [t.id for _, t, _ in rank(serving.with_answers(current_stack=("tfx",)), catalog)]
    assert on_tfx.index("tensorflow-serving") < unknown.index("tensorflow-serving")
    assert "works only with TensorFlow models" in why_not(serving, catalog, "tensorflow-serving")
    assert "works only with" not in why_not(serving.with_answers(current_stack=("tfx",)), catalog, "tensorflow-serving")


def test_llm_evaluation_is_benchmarks_for_model_builders_and_app_evals_for_app_builders() -> None:
    catalog = shipped()
    fine_tuning = Profile(persona=Persona.ML_ENGINEER, team_size=4, workloads=("llm",),
                          needs=(Stage.LLM_EVALUATION, Stage.COMPUTE, Stage.EXPERIMENT_TRACKING))  # fmt: skip
    rag_app = fine_tuning.with_answers(needs=(Stage.LLM_EVALUATION, Stage.VECTOR_SEARCH))
    for profile, wanted, other in ((fine_tuning, "models", "applications"), (rag_app, "applications", "models")):
        evaluators = [t for _, t, _ in rank(profile, catalog) if t.built_for(Stage.LLM_EVALUATION)][:3]
        assert evaluators and all(wanted in t.evaluates for t in evaluators), [t.id for t in evaluators]
        chosen = [p for p in recommend(profile, catalog).picks if Stage.LLM_EVALUATION in p.stages]
        assert chosen and not any(catalog.get(p.id).evaluates == (other,) for p in chosen)


def test_every_need_asked_for_gets_a_pick_before_a_stage_a_pain_only_implies() -> None:
    profile = parse_profile({
        "persona": "team_lead", "team_size": 30, "cloud": "aws", "kubernetes": True,
        "current_stack": ["databricks", "mlflow", "github-actions"],
        "frustrations": ["no_monitoring", "manual_retraining"],
        "needs": ["feature_store", "model_monitoring", "workflow_orchestration"], "budget": "high",
    })  # fmt: skip
    rec = recommend(profile, shipped())
    covered = {stage for pick in rec.picks for stage in pick.stages}
    assert set(profile.needs or ()) <= covered, [(p.id, p.stages) for p in rec.picks]


def test_one_person_on_a_laptop_is_told_the_single_machine_setup_a_team_the_shared_one() -> None:
    solo = Profile(team_size=1, cloud="none", needs=(Stage.EXPERIMENT_TRACKING,), budget="none")
    caveats = {p.id: p.caveats for p in recommend(solo, shipped()).picks}
    assert any("on your own machine you run the mlflow package" in c for c in caveats["mlflow"]), caveats
    team = recommend(solo.with_answers(team_size=25, cloud="on_prem"), shipped())
    mlflow = next(p for p in team.picks if p.id == "mlflow")
    assert any(c.startswith("to run it yourself you operate a tracking server") for c in mlflow.caveats)


def test_a_tool_in_use_that_breaks_a_rule_keeps_nothing_and_the_waiter_says_why() -> None:
    profile = Profile(persona=Persona.RESEARCHER, team_size=5, open_source_only=True,
                      needs=(Stage.EXPERIMENT_TRACKING,), current_stack=("weights-and-biases",))  # fmt: skip
    rec = recommend(profile, shipped())
    assert not any(line.startswith("Keep Weights & Biases") for line in rec.keep)
    assert any(line.startswith("Weights & Biases does experiment tracking for you now, but it is not open source")
               for line in rec.keep), rec.keep  # fmt: skip
    assert rec.picks and all(Stage.EXPERIMENT_TRACKING in p.stages and shipped().get(p.id).open_source
                             for p in rec.picks)  # fmt: skip
    assert not any("already cover what you asked for" in line for line in rec.advice)


def test_general_infrastructure_they_use_is_not_kept_as_the_pick_for_a_specialist_job() -> None:
    profile = Profile(team_size=6, needs=(Stage.VECTOR_SEARCH,), current_stack=("elasticsearch",))
    rec = recommend(profile, shipped())
    assert rec.picks and "elasticsearch" not in {p.id for p in rec.picks}
    assert all(shipped().get(p.id).built_for(Stage.VECTOR_SEARCH) for p in rec.picks)


@pytest.mark.parametrize(("host", "first", "reason", "elsewhere"), [
    ("github", "github-actions", "part of the GitHub you already use", "gitlab"),
    ("azure-repos", "azure-pipelines", "from Microsoft, who also make your Azure Repos", "github-actions"),
])
def test_a_team_asking_for_ci_cd_gets_ci_where_its_code_lives_not_a_keep_nor_a_second_code_host(
        host: str, first: str, reason: str, elsewhere: str) -> None:
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=10, cloud="gcp", needs=(Stage.CI_CD,),
                      current_stack=(host,), scope_preference="all_in_one")  # fmt: skip
    rec = recommend(profile, shipped())
    assert not any(line.startswith("Keep") for line in rec.keep)
    assert rec.picks[0].id == first and reason in rec.picks[0].reasons, rec.picks[0].reasons
    assert not any(code_host(shipped().get(p.id)) for p in rec.picks)  # GitLab beside GitHub moves the code
    assert f"{shipped().get(host).name}, where your code lives" in why_not(profile, shipped(), elsewhere)


def test_a_retired_tool_in_the_stack_gets_a_plan_to_move_off_it() -> None:
    rec = recommend(RESEARCHER.with_answers(current_stack=("neptune-ai",)), shipped())
    assert any(line.startswith("Plan to move off neptune.ai") for line in rec.keep)


def test_the_picks_are_never_near_duplicates() -> None:
    chosen = picks(parse_profile({"workloads": ["llm"], "needs": ["llm_observability"]}))
    assert len(chosen) == 3
    assert not any(near_duplicate(a, b) for a in chosen for b in chosen if a.id != b.id)


def test_each_pick_has_reasons_from_the_answers_caveats_and_a_ring() -> None:
    rec = recommend(RESEARCHER, shipped())
    assert len(rec.picks) in (2, 3)
    for pick in rec.picks:  # a reason every pick shares is said once, for all of them
        assert any(
            "you asked for" in reason or "can't reproduce" in reason for reason in (*pick.reasons, *rec.common)
        )
        assert pick.ring_meaning.startswith(pick.ring.value.capitalize())
    assert any("Next step (level 0 → 1)" in line for line in rec.advice)


def test_the_json_interface_has_the_design_shape() -> None:
    data = recommend(RESEARCHER, shipped()).to_json_dict()
    assert set(data) >= {"recommendations", "advice"}
    first = data["recommendations"][0]
    assert set(first) >= {"id", "name", "score", "ring", "quadrant", "stages", "reasons", "caveats"}


def test_several_needs_compose_a_stack_with_one_tool_per_stage() -> None:
    profile = RESEARCHER.with_answers(
        needs=("experiment_tracking", "model_serving", "model_monitoring")
    )
    stack = recommend(profile, shipped()).stack
    stages = [item.stage for item in stack]
    assert {Stage.EXPERIMENT_TRACKING, Stage.MODEL_SERVING, Stage.MODEL_MONITORING} <= set(stages)
    assert len(stages) == len(set(stages))
    assert all(item.why for item in stack)


@pytest.mark.parametrize("budget", ["none", "low"])
def test_on_little_money_free_software_sold_hosted_says_what_running_it_takes(budget: str) -> None:
    """Airflow is free when they run it (MWAA and Astronomer are sold): with no or a low budget, what running it
    takes is its cost to them; with a medium one, MWAA is open to them and no such line is said."""
    profile = parse_profile({"team_size": 3, "cloud": "aws", "kubernetes": False, "budget": budget,
                             "needs": ["workflow_orchestration"]})
    said = caveats(shipped().get("apache-airflow"), profile, today=date(2026, 12, 6))
    assert any(c.startswith("to run it yourself you operate the API server, the scheduler") for c in said), said
    medium = profile.model_copy(update={"budget": Budget.MEDIUM})
    assert not any("to run it yourself" in c for c in caveats(shipped().get("apache-airflow"), medium,
                                                             today=date(2026, 12, 6)))
    # software with a free hosted tier (Evidently Cloud's) costs them nothing to run, whatever the budget
    hosted = profile.model_copy(update={"self_hosted": False})
    assert not any("to run it yourself" in c for c in caveats(shipped().get("evidently"), hosted,
                                                             today=date(2026, 12, 6)))


def test_a_need_the_platforms_they_run_leave_open_gets_a_pick_before_a_pain_does() -> None:
    """Airflow does their pipelines and Snowflake their registry: governance, which they asked for, gets the third
    pick, not a tracker that only "can't reproduce" implies."""
    profile = parse_profile({
        "persona": "team_lead", "team_size": 25, "maturity": 1, "cloud": "aws", "workloads": ["tabular"],
        "current_stack": ["apache-airflow", "snowflake", "github-actions"],
        "frustrations": ["cant_reproduce", "slow_handoff"], "needs": ["model_registry", "ml_pipelines", "governance"],
        "budget": "high", "scope_preference": "piecemeal"})
    assert any(Stage.GOVERNANCE in p.stages for p in recommend(profile, shipped()).picks)


def test_why_not_names_the_broken_constraint() -> None:
    assert "requires Kubernetes, and you have none" in why_not(RESEARCHER, shipped(), "kubeflow")


def test_why_not_a_pick_says_it_is_one() -> None:
    first = recommend(RESEARCHER, shipped()).picks[0]
    assert (
        why_not(RESEARCHER, shipped(), first.id)
        == f"{first.name} is one of my picks (ranked 1 of {len(rank(RESEARCHER, shipped()))})."
    )


def test_why_not_a_lower_ranked_tool_gives_its_place_and_a_reason() -> None:
    ranking = [tool.id for _, tool, _ in rank(RESEARCHER, shipped())]
    chosen = {p.id for p in recommend(RESEARCHER, shipped()).picks}
    loser = next(tool_id for tool_id in ranking if tool_id not in chosen)
    answer = why_not(RESEARCHER, shipped(), loser)
    assert f"ranked {ranking.index(loser) + 1} of {len(ranking)}" in answer


def test_why_not_a_tool_shown_as_also_good_says_so_beside_its_pick() -> None:
    """The runner-up under a pick is not 'a closer overall fit' away: the answer names the pick it is shown beside."""
    profile = parse_profile({"team_size": 3, "cloud": "on_prem", "kubernetes": False, "workloads": ["llm"],
                             "needs": ["model_serving"], "budget": "none", "self_hosted": True})  # fmt: skip
    for pick in recommend(profile, shipped()).picks:
        if pick.also_good:
            runner_up = shipped().match_name(pick.also_good)
            assert runner_up is not None
            answer = why_not(profile, shipped(), runner_up.id)
            assert f"I list it as also good beside {pick.name}" in answer
            break
    else:
        raise AssertionError("no pick shows an also-good runner-up")



def test_what_fits_an_also_good_tool_less_is_said_only_where_its_pick_does_better() -> None:
    """KServe beside Triton: both serve models and do nothing else asked, so "it covers fewer of your needs" would
    be false of the pair; what is said is where KServe does fit less (its maturity)."""
    profile = parse_profile({"persona": "ml_engineer", "team_size": 9, "maturity": 1, "cloud": "gcp",
                             "kubernetes": True, "workloads": ["tabular"], "budget": "medium",
                             "current_stack": ["kubernetes", "apache-airflow"],
                             "frustrations": ["slow_handoff", "no_monitoring"]})  # fmt: skip
    catalog = shipped()
    shown = 0
    for pick in recommend(profile, catalog).picks:
        runner_up = catalog.match_name(pick.also_good) if pick.also_good else None
        if runner_up is None:
            continue
        answer = why_not(profile, catalog, runner_up.id)
        assert f"also good beside {pick.name}" in answer
        ahead = {f.name: f.points for f in factors(catalog.get(pick.id), profile, catalog, wanted_of(profile, catalog))}
        for found in factors(runner_up, profile, catalog, wanted_of(profile, catalog)):
            if found.bad and found.bad in answer:
                assert found.points < ahead[found.name], (runner_up.id, found.name)
        shown += 1
    assert shown

def test_a_tool_they_move_off_is_no_reason_to_pick_what_works_with_it() -> None:
    """Kubeflow Fairing is being retired: the successor is named as such, and 'works with your Kubeflow Fairing' is
    said of no pick (found by the property test of repeated reasons)."""
    profile = parse_profile({"needs": ["ml_pipelines"], "persona": "researcher", "budget": "none",
                             "current_stack": ["kubeflow-fairing"]})  # fmt: skip
    said = [r for p in recommend(profile, shipped()).picks for r in p.reasons]
    assert not any("works with your Kubeflow Fairing" in r for r in said), said


def test_a_pick_made_by_the_makers_of_a_tool_they_use_says_so() -> None:
    """LangSmith for a team on LangGraph: the one fact that sets it apart from the other tracing picks (all of which
    work with LangGraph) is who makes it; a pick from another vendor never says it."""
    profile = parse_profile({"needs": ["llm_observability"], "workloads": ["llm"], "team_size": 12, "cloud": "aws",
                             "current_stack": ["langgraph", "pgvector"]})  # fmt: skip
    result = recommend(profile, shipped())
    by_id = {p.id: p for p in result.picks}
    assert "langsmith" in by_id, list(by_id)
    assert "from LangChain, who also make your LangGraph" in by_id["langsmith"].reasons
    assert not any("who also make" in r for p in result.picks if p.id != "langsmith" for r in p.reasons)
    assert "works with your LangGraph" in result.common


def test_too_many_tools_is_answered_by_the_all_in_one_tool_they_run_not_by_new_ones() -> None:
    """A 20-person bank team on EKS that must self-host, running six tools (SageMaker among them, which they cannot
    self-host): consolidating on Kubeflow, which they run and which gathers many jobs, is the answer, and no tool is
    added (before, Ray and KServe were: two more tools for a team with too many)."""
    profile = parse_profile({"persona": "team_lead", "team_size": 20, "cloud": "aws", "kubernetes": True,
                             "self_hosted": True, "frustrations": ["too_many_tools"],
                             "current_stack": ["mlflow", "weights-and-biases", "apache-airflow", "kubeflow", "feast",
                                               "amazon-sagemaker-ai"]})  # fmt: skip
    result = recommend(profile, shipped())
    assert [p.id for p in result.picks] == ["kubeflow"], [p.id for p in result.picks]
    assert any("consolidating on it, not adding tools" in r for r in result.picks[0].reasons)


def test_why_not_a_tool_that_is_no_longer_adoptable_reads_as_a_sentence() -> None:
    profile = parse_profile({"needs": ["llm_observability"], "workloads": ["llm"]})
    assert why_not(profile, shipped(), "helicone").startswith("Helicone: it is in maintenance mode: ")
    assert why_not(profile, shipped(), "neptune-ai").startswith("neptune.ai: it is shut down: ")


def test_keep_lines_read_as_sentences() -> None:
    """Jobs joined with 'and'; a retired tool's note ends with one full stop before its successor."""
    profile = parse_profile({"needs": ["ci_cd", "source_control", "model_monitoring"],
                             "current_stack": ["gitlab", "aim"]})  # fmt: skip
    keep = recommend(profile, shipped()).keep
    assert not any(".." in line for line in keep), keep
    assert "Keep GitLab for CI/CD and source control: you already use it, so no new tool there." in keep, keep


def test_the_open_source_critique_re_ranks_to_open_source_tools() -> None:
    profile = RESEARCHER.with_answers(needs=("llm_observability",), workloads=("llm",))
    chosen = picks(profile, critiques=(Critique(kind=CritiqueKind.OPEN_SOURCE_ONLY),))
    assert chosen and all(tool.open_source for tool in chosen)


def test_the_cheaper_critique_lowers_the_budget_to_free_from_low() -> None:
    chosen = picks(RESEARCHER, critiques=(Critique(kind=CritiqueKind.CHEAPER),))
    assert all(tool.pricing in (Pricing.FREE, Pricing.FREEMIUM) for tool in chosen)


def test_the_managed_critique_prefers_tools_someone_else_runs() -> None:
    profile = RESEARCHER.with_answers(needs=("model_serving",))
    chosen = picks(profile, critiques=(Critique(kind=CritiqueKind.MANAGED),))
    assert all(
        {Deployment.SAAS, Deployment.MANAGED_CLOUD} & set(tool.deployment) for tool in chosen
    )


def test_more_like_a_tool_shows_others_of_its_kind() -> None:
    chosen = picks(RESEARCHER, critiques=(Critique(kind=CritiqueKind.MORE_LIKE, tool_id="mlflow"),))
    assert "mlflow" not in {t.id for t in chosen}
    assert all(Stage.EXPERIMENT_TRACKING in tool.stages for tool in chosen)


def test_show_more_adds_picks_and_lighter_drops_kubernetes_platforms() -> None:
    more = picks(RESEARCHER, critiques=(Critique(kind=CritiqueKind.SHOW_MORE),))
    assert len(more) == 6
    lighter = picks(
        Profile(needs=(Stage.ML_PIPELINES,)), critiques=(Critique(kind=CritiqueKind.LIGHTER),)
    )
    assert not any(tool.requires_kubernetes for tool in lighter)


def test_no_kubernetes_critique_applies_the_hard_constraint() -> None:
    profile = Profile(needs=(Stage.MODEL_SERVING,), kubernetes=True)
    chosen = picks(profile, critiques=(Critique(kind=CritiqueKind.NO_KUBERNETES),))
    assert chosen and not any(
        violations(tool, profile.with_answers(kubernetes=False)) for tool in chosen
    )


def _tool(tool_id: str, **changes: object) -> Tool:
    base = {
        "id": tool_id, "name": tool_id.title(), "vendor": "Acme", "url": "https://example.org",
        "summary": "A tool made for these tests.", "category": "single_component_ml",
        "stages": ["model_serving"], "focus": 0.5, "scope": -0.5, "license": "Apache-2.0",
        "open_source": True, "deployment": ["self_hosted"], "pricing": "free",
        "first_release_year": 2020, "sources": ["https://example.org"], "last_verified": "2026-11-01",
        "primary_stages": ["model_serving"], "self_host_needs": ["a model server"],
        "pricing_model": "Open source; free",
    }  # fmt: skip
    return Tool.model_validate({**base, **changes})


def test_when_nothing_fits_the_softest_constraint_is_relaxed_explicitly() -> None:
    catalog = Catalog([_tool("kube-serve", requires_kubernetes=True),
                       _tool("paid-serve", license="proprietary", open_source=False, pricing="paid")])  # fmt: skip
    profile = Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False, open_source_only=True)
    rec = recommend(profile, catalog)
    assert rec.picks == ()
    assert rec.relaxed == (
        "Nothing open source in my catalog does model serving without Kubernetes; "
        "if Kubernetes is possible, Kube-Serve would do it.",
    )


def test_no_gpus_on_laptops_alone_is_said_as_that_not_as_a_missing_cluster() -> None:
    """Free, self-hosted and laptops only: no scheduler (Slurm, Ray) has machines to share, which is what rules them
    out; "without Kubernetes" would blame the wrong thing."""
    profile = parse_profile({"persona": "platform_engineer", "team_size": 5, "cloud": "none", "kubernetes": False,
                             "frustrations": ["compute_access"], "self_hosted": True, "budget": "none"})
    rec = recommend(profile, shipped())
    line = next(line for line in rec.relaxed if "GPUs" in line)
    assert line.startswith("Nothing free and self-hosted in my catalog gives you GPUs when all you have are laptops")
    assert "without Kubernetes" not in line


def _cluster_tool(tool_id: str, deployment: list[str]) -> Tool:
    needs = ["a Kubernetes cluster", "its Helm chart"]
    return _tool(tool_id, deployment=deployment, requires_kubernetes=True, license="proprietary",
                 open_source=False, pricing="paid", self_host_needs=needs)  # fmt: skip


def test_a_saas_edition_needs_no_cluster_so_a_team_without_kubernetes_can_use_it() -> None:
    catalog = Catalog([_cluster_tool("hosted-serve", ["saas", "self_hosted"])])
    profile = Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False, self_hosted=False)
    rec = recommend(profile, catalog)
    assert [p.id for p in rec.picks] == ["hosted-serve"]
    said = " ".join([*rec.picks[0].reasons, *rec.picks[0].caveats])
    assert "Kubernetes" not in said  # they would use the hosted edition: no cluster to run
    assert any("needs no Kubernetes, as you require" in line for line in rec.advice)


def test_an_open_source_tool_whose_software_needs_a_cluster_is_said_to_fit_only_as_its_hosted_service() -> None:
    """Hopsworks's AGPL platform runs on Kubernetes: to a team without a cluster, its free software is no way in, and
    they are told they would use its hosted service (not so of a closed service, whose service is the way in)."""
    tool = _tool("open-store", deployment=["saas", "self_hosted"], requires_kubernetes=True, pricing="freemium",
                 self_host_needs=["a Kubernetes cluster", "its Helm chart"])
    catalog = Catalog([tool])
    rec = recommend(Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False, self_hosted=False), catalog)
    assert rec.picks[0].caveats[0] == HOSTED_WITHOUT_CLUSTER
    assert HOSTED_WITHOUT_CLUSTER.startswith("self-hosting it needs Kubernetes")
    unknown = recommend(Profile(needs=(Stage.MODEL_SERVING,), self_hosted=False), catalog).picks[0]
    assert not any("Kubernetes" in line for line in unknown.caveats)  # a cluster not ruled out: nothing to say


def test_self_hosting_a_tool_that_runs_on_kubernetes_still_needs_the_cluster() -> None:
    catalog = Catalog([_cluster_tool("hosted-serve", ["saas", "self_hosted"])])
    profile = Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False, self_hosted=True)
    assert recommend(profile, catalog).picks == ()
    assert violations(catalog.get("hosted-serve"), profile) == [
        "running it yourself requires Kubernetes, and you have none"]  # its hosted edition needs none
    assumed = Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False, cloud=Cloud.ON_PREM)
    assert violations(catalog.get("hosted-serve"), assumed) == [
        "running it yourself requires Kubernetes, you have none, and I assume a team on-prem self-hosts"]
    unsure = Profile(needs=(Stage.MODEL_SERVING,), self_hosted=True)  # Kubernetes not known yet
    pick = recommend(unsure, catalog).picks[0]
    assert "needs a Kubernetes cluster, and someone who runs it" in pick.caveats


def test_a_tool_with_no_hosted_edition_always_needs_the_cluster() -> None:
    catalog = Catalog([_cluster_tool("kube-only", ["self_hosted", "managed_cloud"])])
    assert recommend(Profile(needs=(Stage.MODEL_SERVING,), kubernetes=False, self_hosted=False), catalog).picks == ()


def test_a_team_that_must_self_host_is_not_first_sent_to_a_vendor_for_a_licence() -> None:
    """A service hosted first whose self-hosted edition is paid ranks below one free to run, for a team that must
    self-host, whatever its budget; not for a team on its hosted edition, nor when they already run it."""
    licensed = _tool("licensed-serve", deployment=["saas", "self_hosted"], license="proprietary", open_source=False,
                     pricing="freemium", self_hosted_pricing="paid",
                     self_host_needs=["a model server", "an Enterprise licence key"])
    free = _tool("free-serve", license="proprietary", open_source=False, pricing="freemium",
                 deployment=["saas", "self_hosted"], self_hosted_pricing="free")
    catalog = Catalog([licensed, free])
    for budget in (None, Budget.MEDIUM, Budget.HIGH):
        own = Profile(needs=(Stage.MODEL_SERVING,), self_hosted=True, budget=budget)
        assert [p.id for p in recommend(own, catalog).picks][0] == "free-serve", budget
        cost = next(f for f in factors(licensed, own, catalog, wanted_of(own, catalog)) if f.name == "budget")
        assert cost.points < 0 and cost.bad == "running it yourself takes a paid licence from its vendor", budget
    hosted = Profile(needs=(Stage.MODEL_SERVING,), self_hosted=False)  # they would use its hosted edition
    assert all(f.points >= 0 for f in factors(licensed, hosted, catalog, wanted_of(hosted, catalog))
               if f.name == "budget")
    running = Profile(needs=(Stage.MODEL_SERVING,), self_hosted=True, current_stack=("licensed-serve",))
    cost = next(f for f in factors(licensed, running, catalog, wanted_of(running, catalog)) if f.name == "budget")
    assert cost.points > -0.1 and cost.bad is None  # only the price of a paid edition, with no budget said


def test_someone_who_requires_open_source_is_not_sold_the_vendors_hosted_edition() -> None:
    profile = Profile(needs=(Stage.MODEL_MONITORING,), self_hosted=False, open_source_only=True)
    rec = recommend(profile, shipped())
    assert rec.picks and any(Deployment.SAAS in shipped().get(p.id).deployment for p in rec.picks)
    assert not any("hosted for you" in line for p in rec.picks for line in (*p.reasons, *rec.common))
    hosted_ok = recommend(profile.with_answers(open_source_only=False), shipped())
    assert any("hosted for you" in line for p in hosted_ok.picks for line in (*p.reasons, *hosted_ok.common))


def test_picks_that_are_options_for_one_job_are_not_told_to_be_integrated() -> None:
    one_job = recommend(Profile(needs=(Stage.MODEL_MONITORING,), team_size=8), shipped())
    assert len(one_job.picks) > 1
    assert any(re.search(r"(?:both|all) do model monitoring, so start with one", line) for line in one_job.advice)
    assert not any("integration between" in line for line in one_job.advice)
    two_jobs = recommend(Profile(needs=(Stage.EXPERIMENT_TRACKING, Stage.DATA_LABELING), team_size=8), shipped())
    assert any("build the integration between" in line for line in two_jobs.advice)


def test_two_picks_for_one_job_are_one_piece_to_start_with_in_the_glue_advice_not_two_to_integrate() -> None:
    for persona in (Persona.PLATFORM_ENGINEER, Persona.ML_ENGINEER):
        profile = Profile(persona=persona, needs=(Stage.EXPERIMENT_TRACKING, Stage.MODEL_SERVING), team_size=25)
        rec = recommend(profile, shipped())
        by_job: dict[str, list[str]] = {}
        for pick in rec.picks:
            by_job.setdefault(pick.stages[0], []).append(pick.name)
        pair = next(names for names in by_job.values() if len(names) == 2)
        line = next(a for a in rec.advice if "glue around" in a or "integration between" in a)
        assert f"whichever of {pair[0]} or {pair[1]} you start with" in line, line
        assert f"{pair[0]} and {pair[1]}" not in line, line


def test_once_every_need_has_a_pick_the_next_gives_the_thinnest_need_a_choice() -> None:
    profile = Profile(needs=(Stage.EXPERIMENT_TRACKING, Stage.DATA_LABELING), team_size=8)
    chosen = picks(profile)
    needs = profile.needs or ()
    # every need has a pick, and a further pick is a second option for one of them (not a tool for another job)
    assert all(any(tool.built_for(stage) for tool in chosen) for stage in needs), [t.id for t in chosen]
    assert all(any(tool.built_for(stage) for stage in needs) for tool in chosen), [t.id for t in chosen]
    assert len(chosen) < 3 or any(sum(tool.built_for(s) for tool in chosen) >= 2 for s in needs), [t.id for t in chosen]


GOVERNANCE_ONLY = {"persona": "team_lead", "team_size": 40, "maturity": 2, "cloud": "gcp", "kubernetes": True,
                   "workloads": ["nlp"], "needs": ["governance"], "budget": "high"}  # fmt: skip


def test_governance_of_models_is_answered_by_tools_that_govern_models_not_data_catalogs() -> None:
    chosen = picks(parse_profile(GOVERNANCE_ONLY))
    governing = [t for t in chosen if Stage.GOVERNANCE in t.primary_stages]
    assert governing and all(Governs.MODELS in t.governs for t in governing), [t.id for t in chosen]


def test_asking_to_version_data_too_makes_governance_about_data_and_models_too_about_both() -> None:
    catalog = shipped()
    catalog_tool, model_tool = catalog.get("openmetadata"), catalog.get("validmind")
    models_only = wanted_of(parse_profile(GOVERNANCE_ONLY), catalog)
    with_data = wanted_of(parse_profile({**GOVERNANCE_ONLY, "needs": ["governance", "data_versioning"]}), catalog)
    both = wanted_of(parse_profile({**GOVERNANCE_ONLY, "needs": ["governance", "data_versioning", "model_registry"]}),
                     catalog)  # fmt: skip
    assert models_only.weight(catalog_tool, Stage.GOVERNANCE) < models_only.weight(model_tool, Stage.GOVERNANCE)
    assert with_data.weight(catalog_tool, Stage.GOVERNANCE) > with_data.weight(model_tool, Stage.GOVERNANCE)
    assert both.weight(catalog_tool, Stage.GOVERNANCE) == both.weight(model_tool, Stage.GOVERNANCE)


def test_with_the_kind_of_work_unsaid_a_general_server_beats_an_llm_only_one() -> None:
    unsaid = parse_profile({"persona": "ml_engineer", "team_size": 10, "cloud": "gcp", "kubernetes": True,
                            "needs": ["model_serving"]})  # fmt: skip
    llm = parse_profile({**unsaid.model_dump(exclude_none=True), "workloads": ["llm"]})
    assert "vllm" not in [t.id for t in picks(unsaid)]
    assert "vllm" in [t.id for t in picks(llm)]


def test_wanting_llm_evaluation_says_the_work_is_llm_apps() -> None:
    from core.scoring import workload_prior
    from core.vocabulary import Workload

    assert workload_prior(parse_profile({"needs": ["llm_evaluation"]}))[Workload.LLM] >= 0.9
    assert workload_prior(parse_profile({"needs": ["model_serving"]}))[Workload.LLM] < 0.5


def test_wanting_labeling_makes_images_and_text_the_likely_work() -> None:
    """People label images, video, text and audio, rarely tables: with the work unsaid, a labeling tool made for
    images counts as likely to fit, and a tool made only for tables as unlikely."""
    from core.scoring import workload_prior
    from core.vocabulary import Workload

    labeling = workload_prior(parse_profile({"frustrations": ["labeling_bottleneck"]}))
    assert max(labeling, key=labeling.__getitem__) is Workload.COMPUTER_VISION
    assert labeling[Workload.NLP] > labeling[Workload.TABULAR]
    assert workload_prior(parse_profile({"needs": ["model_serving"]}))[Workload.TABULAR] > labeling[Workload.TABULAR]
    # most vector search asked for today is retrieval for LLM apps
    vectors = workload_prior(parse_profile({"needs": ["vector_search"]}))
    assert max(vectors, key=vectors.__getitem__) is Workload.LLM
    assert abs(sum(vectors.values()) - 1) < 1e-9 and abs(sum(labeling.values()) - 1) < 1e-9


def test_a_cloud_vendors_managed_edition_is_no_offer_to_a_team_without_a_cloud() -> None:
    iceberg = shipped().get("apache-iceberg")  # self-hosted, or managed by the clouds
    assert not iceberg.runs_yourself(False, on_a_cloud=True)
    assert iceberg.runs_yourself(False, on_a_cloud=False)
    assert parse_profile({"cloud": "none"}).on_a_cloud() is False
    assert parse_profile({"cloud": "aws"}).on_a_cloud() is True


def test_near_duplicates_are_dropped_the_same_way_however_the_ranking_is_indexed() -> None:
    from core.matching import distinct

    catalog = shipped()
    tools = sorted(catalog, key=lambda t: t.id)
    scored = [(1.0 - i / 1000, t) for i, t in enumerate(tools)]
    kept = {t.id for _, t in distinct(scored, exclude=set())}
    for i, (_, tool) in enumerate(scored):  # each tool is dropped exactly when a better-ranked kept one is its twin
        twin = any(near_duplicate(tool, other) for _, other in scored[:i] if other.id in kept)
        assert (tool.id not in kept) == twin, tool.id


def test_a_table_format_is_for_teams_that_run_a_data_platform() -> None:
    laptop = parse_profile({"persona": "researcher", "team_size": 4, "cloud": "none", "workloads": ["tabular"],
                            "needs": ["data_versioning"], "budget": "none"})  # fmt: skip
    lakehouse = parse_profile({**laptop.model_dump(exclude_none=True), "cloud": "aws",
                               "current_stack": ["apache-spark", "amazon-emr"]})  # fmt: skip
    assert not {"apache-iceberg", "delta-lake"} & {t.id for t in picks(laptop)}
    assert "dvc" in {t.id for t in picks(laptop)}
    assert {"apache-iceberg", "delta-lake"} & {t.id for t in picks(lakehouse)}
    said = why_not(laptop, shipped(), "apache-iceberg")
    assert "Apache Spark" in said and "you run none of them" in said


def test_a_platforms_own_feature_store_is_for_teams_on_that_platform() -> None:
    """Databricks' feature store is Unity Catalog tables inside a Databricks workspace: a Snowflake team on AWS is not
    shown it; a Databricks team may be."""
    snowflake = parse_profile({"persona": "ml_engineer", "team_size": 14, "maturity": 1, "cloud": "aws",
                               "kubernetes": False, "workloads": ["tabular"], "needs": ["feature_store"],
                               "current_stack": ["snowflake", "apache-airflow", "mlflow"], "budget": "medium"})
    assert "databricks-feature-store" not in {t.id for t in picks(snowflake)}
    said = why_not(snowflake, shipped(), "databricks-feature-store")
    assert "made to work with Databricks" in said and "you run none of them" in said
    lakehouse = parse_profile({**snowflake.model_dump(exclude_none=True), "current_stack": ["databricks", "mlflow"]})
    assert "made to work with" not in why_not(lakehouse, shipped(), "databricks-feature-store")


def test_a_tool_made_for_another_medium_is_no_pick() -> None:
    """An image annotator is no answer for a team that labels text for its LLM, and an LLM guardrail none for a bank
    governing tabular models; for a team that labels images, the image annotator is one."""
    text = parse_profile({"persona": "ml_engineer", "team_size": 7, "maturity": 1, "cloud": "other",
                          "workloads": ["llm"], "needs": ["data_labeling"], "open_source_only": True,
                          "self_hosted": True, "budget": "none"})
    assert "cvat" not in {t.id for t in picks(text)}
    assert "it is made for computer vision work" in why_not(text, shipped(), "cvat")
    images = parse_profile({**text.model_dump(exclude_none=True), "workloads": ["computer_vision"]})
    assert "cvat" in {t.id for t in picks(images)}
    bank = parse_profile({"persona": "team_lead", "team_size": 4, "maturity": 0, "cloud": "on_prem",
                          "kubernetes": False, "workloads": ["tabular"], "needs": ["governance"],
                          "open_source_only": True, "self_hosted": True, "budget": "none"})
    assert not {"guardrails-ai", "nemo-guardrails"} & {t.id for t in picks(bank)}


def test_an_llm_guardrail_is_no_governance_for_work_without_an_llm() -> None:
    """A physics group keeping MLflow, asking for a registry and governance on its own servers, does work called
    "other" (any medium) with no LLM in it: a guardrail on an LLM app's traffic is no answer, and 'why not' says so.
    The same group building an LLM assistant may be shown one."""
    physics = parse_profile({"persona": "researcher", "team_size": 4, "maturity": 1, "cloud": "on_prem",
                             "kubernetes": True, "workloads": ["other"], "needs": ["model_registry", "governance"],
                             "current_stack": ["mlflow", "kubeflow", "git"], "open_source_only": True,
                             "self_hosted": True, "budget": "low"})
    guards = {"guardrails-ai", "nemo-guardrails", "lakera-guard", "llm-guard"}
    assert not guards & {t.id for t in picks(physics)}
    assert "guards LLM apps only" in why_not(physics, shipped(), "guardrails-ai")
    assistant = parse_profile({**physics.model_dump(exclude_none=True), "workloads": ["other", "llm"]})
    assert "guards LLM apps only" not in why_not(assistant, shipped(), "guardrails-ai")


def test_a_fairness_library_is_not_the_first_answer_to_governing_models() -> None:
    """A bank that keeps MLflow as its registry and asks for governance on its own servers, with no model-governance
    product that fits, is shown a catalog that holds models and their lineage before a fairness library, which is one
    check of a model review."""
    bank = parse_profile({"persona": "team_lead", "team_size": 35, "maturity": 2, "cloud": "on_prem",
                          "kubernetes": True, "workloads": ["tabular"], "needs": ["model_registry", "governance"],
                          "current_stack": ["mlflow", "gitlab", "apache-airflow", "kubernetes", "jupyterhub"],
                          "self_hosted": True, "budget": "high", "scope_preference": "piecemeal"})
    chosen = [t.id for t in picks(bank)]
    assert chosen and chosen[0] in {"datahub", "openmetadata", "marquez", "unity-catalog"}
    assert "fairlearn" not in chosen[:1]


def test_managed_ray_is_for_teams_that_use_ray() -> None:
    """Anyscale runs Ray applications (its services are Ray Serve apps): a small team that wants one model served
    on rented GPUs is shown services that take any model; a team on Ray may be shown Anyscale."""
    startup = parse_profile({"persona": "software_engineer", "team_size": 3, "cloud": "other", "kubernetes": False,
                             "workloads": ["computer_vision"], "needs": ["model_serving", "compute"],
                             "budget": "low"})  # fmt: skip
    chosen = {t.id for t in picks(startup)}
    assert "anyscale" not in chosen and {"modal", "runpod"} & chosen
    said = why_not(startup, shipped(), "anyscale")
    assert "made to work with Ray" in said and "you run none of them" in said
    on_ray = parse_profile({**startup.model_dump(exclude_none=True), "current_stack": ["ray"]})
    assert "made to work with" not in why_not(on_ray, shipped(), "anyscale")


def test_a_team_on_kubernetes_is_not_told_it_must_operate_the_cluster_it_already_runs() -> None:
    on_prem = Profile(team_size=30, cloud="on_prem", kubernetes=True, open_source_only=True, self_hosted=True,
                      needs=(Stage.MODEL_SERVING,))  # fmt: skip
    kserve = shipped().get("kserve")
    with_cluster = caveats(kserve, on_prem, today=date(2026, 12, 1))
    assert not any("a Kubernetes cluster" in c for c in with_cluster), with_cluster
    assert "to run it yourself you operate the KServe controller" in " ".join(with_cluster), with_cluster
    without = caveats(kserve, on_prem.with_answers(kubernetes=False), today=date(2026, 12, 1))
    assert any("a Kubernetes cluster" in c for c in without), without


def test_an_llm_app_team_that_cannot_see_production_is_pointed_at_llm_observability() -> None:
    chatbot = Profile(team_size=4, cloud="gcp", workloads=("llm",), frustrations=("no_monitoring",))
    assert chatbot.wanted_stages() == (Stage.LLM_OBSERVABILITY,)
    rec = recommend(chatbot, shipped())
    assert rec.picks and all(shipped().get(p.id).built_for(Stage.LLM_OBSERVABILITY) for p in rec.picks)
    churn = chatbot.with_answers(workloads=("tabular", "llm"))  # trained models to watch as well
    assert churn.wanted_stages() == (Stage.MODEL_MONITORING,)


def test_retraining_by_hand_calls_for_pipelines_and_a_scheduler_not_ci_cd() -> None:
    # Google's maturity levels: automating training (level 1) comes before CI/CD for it (level 2)
    profile = Profile(team_size=5, cloud="aws", frustrations=("manual_retraining",), current_stack=("github",))
    assert set(profile.wanted_stages()) == {Stage.ML_PIPELINES, Stage.WORKFLOW_ORCHESTRATION}
    picks = recommend(profile, shipped()).picks
    assert picks and not any(shipped().get(p.id).built_for(Stage.CI_CD) for p in picks), [p.id for p in picks]


def test_doing_a_job_a_tool_in_use_already_does_earns_a_pick_nothing() -> None:
    profile = Profile(team_size=20, cloud="gcp", kubernetes=True, needs=(Stage.GOVERNANCE, Stage.DATA_VALIDATION),
                      frustrations=("slow_handoff",), current_stack=("mlflow", "vertex-ai", "docker"))  # fmt: skip
    governance = [t.id for _, t, _ in rank(profile, shipped()) if t.built_for(Stage.GOVERNANCE)]
    picks = recommend(profile, shipped()).picks
    # Vertex AI, which they run, does governance besides its main jobs: it is named first, at no new cost
    assert picks[0].id == "vertex-ai" and Stage.GOVERNANCE in picks[0].stages
    picked = [p.id for p in picks[1:] if Stage.GOVERNANCE in p.stages]
    assert picked == governance[: len(picked)], (picked, governance[:5])  # in rank order, none skipped


def test_a_data_job_only_a_pain_implies_does_not_make_governance_beside_a_model_registry_about_data() -> None:
    # a credit-risk team on SageMaker and MLflow asks for governance and a registry; "can't reproduce" implies data
    # versioning, which says nothing of what they want governed: their models (model cards, approvals)
    risk = Profile(persona="team_lead", team_size=12, cloud="aws", workloads=("tabular",), budget="high",
                   current_stack=("amazon-sagemaker-ai", "mlflow"), frustrations=("cant_reproduce",),
                   needs=(Stage.GOVERNANCE, Stage.MODEL_REGISTRY))  # fmt: skip
    governing = [shipped().get(p.id) for p in recommend(risk, shipped()).picks if Stage.GOVERNANCE in p.stages]
    assert governing and not any(Governs.DATA in t.governs for t in governing), [t.id for t in governing]
    # asked for outright, a data job still makes it (also) about data
    asked = risk.with_answers(needs=("governance", "model_registry", "data_versioning"))
    assert Governs.DATA in wanted_of(asked, shipped()).kinds[Stage.GOVERNANCE]


def test_governance_asked_with_only_data_jobs_is_data_governance() -> None:
    lakehouse = Profile(team_size=25, cloud="aws", needs=(Stage.GOVERNANCE, Stage.DATA_VERSIONING),
                        current_stack=("apache-spark",))  # fmt: skip
    governing = [shipped().get(p.id) for p in recommend(lakehouse, shipped()).picks if Stage.GOVERNANCE in p.stages]
    assert governing and all("data" in t.governs for t in governing), [t.id for t in governing]


def test_once_what_they_asked_for_has_a_pick_a_strong_second_option_for_it_comes_before_a_pains_other_stages(
) -> None:
    """Asked for tracking, with slow hand-offs besides: the picks are trackers (good ones abound); the
    stages the pain points to (registry, serving, containers) are on the stack card, each with a tool."""
    profile = parse_profile({"persona": "researcher", "team_size": 3, "maturity": 0, "cloud": "none",
                             "needs": ["experiment_tracking"], "frustrations": ["slow_handoff"], "budget": "none"})
    recommendation = recommend(profile, shipped())
    chosen = [shipped().get(p.id) for p in recommendation.picks]
    assert len(chosen) >= 2 and all(t.built_for(Stage.EXPERIMENT_TRACKING) for t in chosen)
    on_card = {item.stage for item in recommendation.stack}
    assert {Stage.MODEL_REGISTRY, Stage.MODEL_SERVING, Stage.CONTAINERS} <= on_card


def test_beside_stated_needs_a_pain_gets_no_pick_of_its_own() -> None:
    """'We need model monitoring; hand-offs are slow': the picks answer the monitoring they asked for, not the
    hand-off with a model server they did not ask about (blind expert panels accepted one such pick in five)."""
    profile = parse_profile({"persona": "team_lead", "team_size": 40, "cloud": "aws", "kubernetes": True,
                             "needs": ["model_monitoring"], "frustrations": ["slow_handoff"],
                             "open_source_only": True, "self_hosted": True})  # fmt: skip
    chosen = picks(profile)
    assert chosen and all(t.built_for(Stage.MODEL_MONITORING) for t in chosen)
    without_needs = parse_profile({**profile.to_json_dict(), "needs": None})
    assert any(t.built_for(Stage.MODEL_SERVING) for t in picks(without_needs))  # the pain alone still leads


def test_a_pain_they_answered_with_a_need_does_not_crowd_out_a_second_option() -> None:
    """'We can't reproduce anything; we need version control and data versioning': they have said how
    they mean to fix the pain, so every pick is for what they asked, not an experiment tracker the pain alone
    would suggest; so too beside a pain no need answers."""
    answered = parse_profile({"persona": "researcher", "team_size": 7, "cloud": "none", "kubernetes": False,
                              "needs": ["source_control", "data_versioning"],
                              "frustrations": ["cant_reproduce"], "open_source_only": True, "budget": "none"})
    chosen = picks(answered)
    assert len(chosen) == 3
    assert all(t.built_for(Stage.SOURCE_CONTROL) or t.built_for(Stage.DATA_VERSIONING) for t in chosen)
    unanswered = parse_profile({"persona": "ml_engineer", "team_size": 3, "cloud": "gcp", "kubernetes": False,
                                "workloads": ["llm"], "needs": ["vector_search"],
                                "frustrations": ["llm_quality_unknown"]})
    chosen = picks(unanswered)
    assert len(chosen) >= 2 and all(t.built_for(Stage.VECTOR_SEARCH) for t in chosen)


def test_a_container_tool_made_for_the_cluster_their_jobs_run_on_comes_first() -> None:
    """A university group on a Slurm cluster asks for containers: the container tools that work with Slurm
    are the picks, and say why (said once when every pick shares it); Docker, whose entry says nothing of
    Slurm, is not picked, and why not says so. The same request from a team on no cluster is not steered."""
    on_slurm = parse_profile({"persona": "researcher", "team_size": 10, "cloud": "on_prem", "kubernetes": False,
                              "current_stack": ["slurm", "git", "gitlab"], "needs": ["containers"],
                              "open_source_only": True, "self_hosted": True, "budget": "none"})
    recommendation = recommend(on_slurm, shipped())
    for pick in recommendation.picks:
        tool = shipped().get(pick.id)
        assert tool.built_for(Stage.CONTAINERS) and "slurm" in tool.integrates_with
    said = [*recommendation.picks[0].reasons, *recommendation.common]
    assert any("Slurm Workload Manager, where your jobs run" in r for r in said)
    assert "docker" not in [p.id for p in recommendation.picks]
    assert "not made for your Slurm Workload Manager, where your jobs run" in why_not(on_slurm, shipped(), "docker")
    assert "docker" in [p.id for p in recommend(parse_profile({**on_slurm.model_dump(mode="json"),
                                                              "current_stack": ["git"]}), shipped()).picks]
    elsewhere = parse_profile({**on_slurm.model_dump(mode="json"), "current_stack": ["git", "gitlab"]})
    assert not any("where your jobs run" in r for p in recommend(elsewhere, shipped()).picks for r in p.reasons)


def test_a_pain_alone_still_gets_a_pick_for_each_stage_it_points_to() -> None:
    profile = parse_profile({"persona": "ml_engineer", "team_size": 9, "cloud": "gcp", "kubernetes": False,
                             "frustrations": ["slow_handoff"]})  # fmt: skip
    chosen = picks(profile)
    for stage in (Stage.MODEL_REGISTRY, Stage.MODEL_SERVING):
        assert any(t.built_for(stage) for t in chosen), stage
    # containers, the software side's own job, is named on the stack card rather than taking a pick
    card = {item.stage: item.tool_id for item in recommend(profile, shipped()).stack}
    assert Stage.CONTAINERS in card and not any(t.built_for(Stage.CONTAINERS) for t in chosen)


def test_an_llm_team_asking_for_governance_gets_oversight_of_its_ai_systems_not_a_prompt_guardrail() -> None:
    profile = parse_profile({"persona": "team_lead", "team_size": 20, "cloud": "azure", "workloads": ["llm"],
                             "needs": ["governance", "llm_evaluation"], "budget": "high"})
    catalog = shipped()
    governing = [t for t in picks(profile) if t.built_for(Stage.GOVERNANCE)]
    assert governing and all(Governs.MODELS in t.kinds(Stage.GOVERNANCE) for t in governing)
    assert "lakera-guard" not in {t.id for t in governing}
    assert Governs.LLM_APPS in catalog.get("lakera-guard").kinds(Stage.GOVERNANCE)  # what it is, still said


def test_a_team_with_no_machines_that_needs_compute_gets_gpus_to_rent_not_a_scheduler() -> None:
    profile = parse_profile({"persona": "researcher", "team_size": 5, "cloud": "none", "kubernetes": False,
                             "workloads": ["computer_vision"], "needs": ["compute"], "budget": "low"})
    assert "ray" not in {t.id for t in picks(profile)}
    assert "schedules work on machines you run, and you have none" in why_not(profile, shipped(), "ray")


def test_a_lab_building_llms_that_cannot_tell_how_good_they_are_gets_model_benchmarks() -> None:
    """Researchers training models ask for LLM evaluation and tracking; their pain also hints at watching
    an app, but nothing they asked for is about an app: the evaluation wanted is of models."""
    profile = parse_profile({"persona": "researcher", "team_size": 4, "cloud": "on_prem", "workloads": ["llm"],
                             "current_stack": ["slurm", "hugging-face-hub", "vllm"],
                             "frustrations": ["llm_quality_unknown"],
                             "needs": ["llm_evaluation", "experiment_tracking"], "open_source_only": True,
                             "budget": "none"})  # fmt: skip
    evaluating = [t for t in picks(profile) if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating and all(Evaluates.MODELS in t.kinds(Stage.LLM_EVALUATION) for t in evaluating)


def test_runs_that_cannot_be_reproduced_beside_classic_models_are_no_sign_of_building_llms() -> None:
    """A team with tabular models on Databricks whose new assistant's answers cannot be reproduced or scored: the
    runs are the classic models' (tracked in the MLflow they keep), and the LLM is an app they evaluate, not a model
    to benchmark. A researcher doing only LLM work with the same pain may be building models: benchmarks stay open."""
    team = {"persona": "team_lead", "team_size": 30, "maturity": 2, "cloud": "gcp", "kubernetes": True,
            "workloads": ["tabular", "recommender", "llm"], "current_stack": ["mlflow", "databricks", "github"],
            "frustrations": ["cant_reproduce", "llm_quality_unknown"], "budget": "high"}
    evaluating = [t for t in picks(parse_profile(team)) if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating and all(Evaluates.APPLICATIONS in t.kinds(Stage.LLM_EVALUATION) for t in evaluating)
    assert "lm-evaluation-harness" not in {t.id for t in picks(parse_profile(team))}


def test_an_llm_app_team_that_cannot_tell_which_prompt_was_live_gets_app_evaluation_not_benchmarks() -> None:
    """"Our chatbot got worse after someone edited the prompt and we can't tell which version was live": a team that
    trains nothing cannot reproduce what its app answered. Benchmarks of base models answer nothing of that; a
    researcher with the same words may be benchmarking models, and keeps them."""
    team = {"team_size": 4, "cloud": "azure", "workloads": ["llm"], "budget": "medium",
            "frustrations": ["llm_quality_unknown", "cant_reproduce"]}
    evaluating = [t for t in picks(parse_profile(team)) if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating and all(Evaluates.APPLICATIONS in t.kinds(Stage.LLM_EVALUATION) for t in evaluating)
    lab = {**team, "persona": "researcher"}
    evaluating = [t for t in picks(parse_profile(lab)) if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating and all(t.kinds(Stage.LLM_EVALUATION) == {Evaluates.MODELS} for t in evaluating)


def test_an_llm_app_team_short_of_gpus_to_serve_its_model_gets_app_evaluation_not_benchmarks() -> None:
    """An agency self-hosting an open model for a client's documents: GPUs are hard to come by and nobody knows how
    good the answers are. Short of GPUs is no sign that they build the model: the evaluation wanted is of the app."""
    team = {"persona": "software_engineer", "team_size": 4, "cloud": "on_prem", "kubernetes": False,
            "workloads": ["llm"], "frustrations": ["compute_access", "llm_quality_unknown"], "open_source_only": True,
            "self_hosted": True, "budget": "none"}
    evaluating = [t for t in picks(parse_profile(team)) if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating and all(Evaluates.APPLICATIONS in t.kinds(Stage.LLM_EVALUATION) for t in evaluating)


def test_a_lab_on_its_own_training_cluster_asking_only_for_evaluation_gets_model_benchmarks() -> None:
    """The same lab asks for LLM evaluation alone: the Slurm cluster it runs says it trains models, and it
    runs nothing for an app, so the evaluation wanted is still of models. A tracker in the stack is no such
    sign (app teams log traces to MLflow too)."""
    lab = {"persona": "researcher", "team_size": 8, "cloud": "none", "kubernetes": False, "workloads": ["llm"],
           "current_stack": ["slurm", "vllm", "hugging-face-hub"], "frustrations": ["llm_quality_unknown"],
           "needs": ["llm_evaluation"], "open_source_only": True, "self_hosted": True, "budget": "none"}
    evaluating = [t for t in picks(parse_profile(lab)) if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating[0].kinds(Stage.LLM_EVALUATION) == frozenset({Evaluates.MODELS})
    app_team = {**lab, "persona": "team_lead", "current_stack": ["mlflow", "vllm"]}
    evaluating = [t for t in picks(parse_profile(app_team)) if t.built_for(Stage.LLM_EVALUATION)]
    assert Evaluates.APPLICATIONS in evaluating[0].kinds(Stage.LLM_EVALUATION)


def test_when_their_tools_do_all_they_asked_for_those_are_the_answer_and_a_pain_adds_nothing() -> None:
    profile = parse_profile({"persona": "ml_engineer", "team_size": 6, "cloud": "other", "kubernetes": True,
                             "current_stack": ["gitlab", "docker", "mlflow"], "needs": ["ci_cd", "model_registry"],
                             "frustrations": ["slow_handoff"], "budget": "medium"})  # fmt: skip
    chosen = [t.id for t in picks(profile)]
    assert set(chosen) == {"gitlab", "mlflow"}


def test_an_in_house_platform_that_was_open_sourced_is_not_said_to_be_closed_to_everyone() -> None:
    said = why_not(Profile(), shipped(), "uber-michelangelo")
    assert "nobody else can adopt" not in said and "open-sourcing" in said
    assert "nobody else can adopt" in why_not(Profile(), shipped(), "airbnb-bighead")


def test_a_tool_for_another_kind_of_the_job_is_not_its_specialist() -> None:
    """Governance of models asked for: a data catalog (Unity Catalog governs data) does the job's other
    kind, so being built mainly for governance does not lift it above model-governance tools."""
    profile = parse_profile({"persona": "team_lead", "team_size": 6, "cloud": "aws", "workloads": ["llm"],
                             "current_stack": ["amazon-bedrock", "github", "langfuse"], "maturity": 1,
                             "frustrations": ["llm_quality_unknown"], "needs": ["governance", "llm_evaluation"],
                             "budget": "medium"})  # fmt: skip
    governing = [t for t in picks(profile) if t.built_for(Stage.GOVERNANCE)]
    assert governing and all(Governs.MODELS in t.kinds(Stage.GOVERNANCE) for t in governing)


def test_why_not_agrees_with_picks_that_are_their_own_tools() -> None:
    """The tool they run for the job asked is the first pick, the best alternative to it the second (ranked among
    the tools new to them), and any other tool for the job loses to the one they run."""
    profile = parse_profile({"persona": "researcher", "current_stack": ["azure-pipelines"], "needs": ["ci_cd"]})
    shown = recommend(profile, shipped()).picks
    assert [p.id for p in shown] == ["azure-pipelines", "github-actions"]
    assert shown[0].reasons[0] == "you already use it for CI/CD: keep it"
    assert shown[1].reasons[0] == "an alternative for CI/CD, if what you use there falls short"
    # one pick asked for: the tool they run, and no alternative past it
    assert [p.id for p in recommend(profile, shipped(), top=1).picks] == ["azure-pipelines"]
    assert "is one of my picks: you already use it" in why_not(profile, shipped(), "azure-pipelines")
    assert why_not(profile, shipped(), "github-actions") == (
        "GitHub Actions is one of my picks (ranked 1 of 12 of the tools new to you).")
    assert "you already use Azure Pipelines" in why_not(profile, shipped(), "jenkins")


def test_also_good_beside_a_pick_answers_the_same_kind_of_the_job() -> None:
    profile = parse_profile({"persona": "team_lead", "team_size": 6, "maturity": 1, "cloud": "aws",
                             "workloads": ["llm"], "current_stack": ["amazon-bedrock", "github", "langfuse"],
                             "frustrations": ["llm_quality_unknown"], "needs": ["governance", "llm_evaluation"],
                             "budget": "medium"})  # fmt: skip
    catalog = shipped()
    for pick in recommend(profile, catalog).picks:
        if pick.also_good and Stage.GOVERNANCE in pick.stages:
            other = next(t for t in catalog.tools if t.name == pick.also_good)
            assert Governs.MODELS in other.kinds(Stage.GOVERNANCE), pick.also_good


def test_a_weak_third_pick_that_answers_nothing_new_is_left_out_but_a_stated_need_always_gets_one() -> None:
    """Open-source model monitoring for a small team: past Evidently, what is left is a second drift library
    well behind it, so two picks are the answer (the runner-up is still named as also good). A third pick
    for a need the first two leave open is shown however it scores, and a side job of a platform (DagsHub's
    labeling) does not count as answering that need."""
    from core.matching import top_ids

    monitoring = parse_profile({"persona": "ml_engineer", "team_size": 7, "cloud": "aws", "kubernetes": False,
                                "workloads": ["computer_vision"], "needs": ["model_monitoring"],
                                "open_source_only": True, "self_hosted": False})
    shown = recommend(monitoring, shipped())
    assert len(shown.picks) == 2 and shown.picks[0].id == "evidently"
    assert any(pick.also_good for pick in shown.picks)
    assert len(top_ids(monitoring, shipped())) == 3  # the interviewer still weighs three
    more = recommend(monitoring, shipped(), critiques=(Critique(kind=CritiqueKind.SHOW_MORE),))
    assert len(more.picks) > 3  # asked for more: nothing is trimmed
    two_jobs = recommend(Profile(needs=(Stage.EXPERIMENT_TRACKING, Stage.DATA_LABELING), team_size=8), shipped())
    labeling = [shipped().get(p.id) for p in two_jobs.picks if shipped().get(p.id).primary_stages[0]
                is Stage.DATA_LABELING]
    assert len(two_jobs.picks) == 3 and labeling


def test_a_tool_in_the_hold_ring_is_never_a_pick_and_why_not_says_so() -> None:
    """Hold means "don't start anything new with it": recommending it to start with would contradict the
    ring shown beside it. A team that asks for an all-in-one platform on AWS gets others; asked about
    Dataiku (a no-code platform, Hold by the landscape's rings), the waiter says why."""
    from core.vocabulary import Ring

    profile = parse_profile({"persona": "team_lead", "team_size": 8, "cloud": "aws", "kubernetes": False,
                             "needs": ["ml_pipelines", "model_serving", "model_registry"],
                             "scope_preference": "all_in_one", "budget": "high"})
    assert shipped().get("dataiku").effective_ring is Ring.HOLD
    assert "dataiku" in [t.id for _, t, _ in rank(profile, shipped())][:15]  # it would compete on score
    assert all(shipped().get(p.id).effective_ring is not Ring.HOLD for p in recommend(profile, shipped()).picks)
    assert "Hold ring" in why_not(profile, shipped(), "dataiku")


def test_beside_what_they_asked_for_a_third_pick_only_for_a_pains_stage_is_not_shown() -> None:
    """Asked for monitoring, with slow hand-offs besides: the monitor, then a model server for the pain,
    and no third tool for another stage the pain points to (the stack card still names one)."""
    profile = parse_profile({"persona": "team_lead", "team_size": 40, "cloud": "aws", "kubernetes": True,
                             "needs": ["model_monitoring"], "frustrations": ["slow_handoff"],
                             "open_source_only": True, "self_hosted": True})  # fmt: skip
    recommendation = recommend(profile, shipped())
    third = [shipped().get(p.id) for p in recommendation.picks[2:]]
    assert all(t.built_for(Stage.MODEL_MONITORING) for t in third)
    assert Stage.MODEL_REGISTRY in {item.stage for item in recommendation.stack}


def test_a_pain_the_platform_they_run_answers_is_answered_by_that_platform_not_a_new_tool() -> None:
    """Azure ML users who retrain by hand: use Azure ML's pipelines, add no orchestrator beside them."""
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=6, maturity=1, kubernetes=False,
                      current_stack=("azure-machine-learning", "azure-repos"),
                      frustrations=(Frustration.MANUAL_RETRAINING,))  # fmt: skip
    rec = recommend(profile, shipped())
    first = rec.picks[0]
    assert first.id == "azure-machine-learning"
    assert first.reasons[0] == ("you already use it for ML pipelines, which is where to fix 'retraining is manual': "
                                "keep it")
    catalog = shipped()
    new_jobs = {s for p in rec.picks[1:] for s in catalog.get(p.id).primary_stages}
    assert Stage.WORKFLOW_ORCHESTRATION not in new_jobs and Stage.ML_PIPELINES not in new_jobs
    assert all(item.stage != Stage.WORKFLOW_ORCHESTRATION.value for item in rec.stack)
    assert "Your current tools already cover what hurts: keep them and deepen their use." in rec.advice
    # what adopting it costs is paid already, and no alternative is "suggested" in its place
    assert first.counterfactual is None
    assert not any(c.startswith(("ties you to", "not open source", "pays off from")) for c in first.caveats)
    # the same pain with no platform of theirs still gets tools for it
    bare = recommend(profile.with_answers(current_stack=("github",)), shipped())
    assert any({Stage.ML_PIPELINES, Stage.WORKFLOW_ORCHESTRATION} & set(catalog.get(p.id).primary_stages)
               for p in bare.picks)


def test_the_next_maturity_step_is_not_a_second_tool_for_a_job_their_platform_does() -> None:
    """A Vertex AI team at maturity 0, stuck in notebooks: Vertex AI answers the pain, and the next step's
    experiment tracking is something Vertex AI does too (Vertex AI Experiments), so no tracker is picked
    beside it; a team on no platform is still pointed to tracking as its next step."""
    profile = parse_profile({"persona": "ml_engineer", "team_size": 5, "maturity": 0, "cloud": "gcp",
                             "kubernetes": False, "current_stack": ["vertex-ai", "google-bigquery"],
                             "frustrations": ["stuck_in_notebooks", "slow_handoff"]})
    assert "experiment_tracking" in shipped().get("vertex-ai").stages
    rec = recommend(profile, shipped())
    assert rec.picks[0].id == "vertex-ai"
    assert not any(Stage.EXPERIMENT_TRACKING in p.stages for p in rec.picks)  # no pick is there for tracking
    wanted = wanted_of(profile, shipped())
    assert Stage.EXPERIMENT_TRACKING not in wanted.weights
    elsewhere = profile.with_answers(maturity=1, current_stack=("mlflow", "dvc", "github"),
                                     frustrations=(Frustration.CANT_REPRODUCE,))
    assert wanted_of(elsewhere, shipped()).origin.get(Stage.CI_CD) == "next step"


def test_each_pain_gets_a_tool_before_any_pain_gets_a_second() -> None:
    """'Stuck in notebooks' points to two jobs (pipelines and orchestration), 'hard to get GPUs' to one: a
    solo developer with both gets a GPU service and a pipeline tool, not two tools for the notebooks."""
    profile = parse_profile({"persona": "software_engineer", "team_size": 2, "maturity": 0, "cloud": "none",
                             "kubernetes": False, "current_stack": ["google-colab", "github"],
                             "frustrations": ["compute_access", "stuck_in_notebooks"], "budget": "low"})
    chosen = [shipped().get(p.id) for p in recommend(profile, shipped()).picks]
    assert any(t.built_for(Stage.COMPUTE) for t in chosen), [t.id for t in chosen]
    assert any(t.built_for(Stage.ML_PIPELINES) or t.built_for(Stage.WORKFLOW_ORCHESTRATION) for t in chosen)


def test_on_a_laptop_a_server_whose_docs_give_a_one_machine_setup_fits() -> None:
    """A solo developer with only a laptop who wants to serve an LLM locally: Ollama and llama.cpp (whose docs
    give a one-machine setup) lead, and say why; a team about to rent GPU
    machines is not steered to laptop setups."""
    laptop = parse_profile({"persona": "software_engineer", "team_size": 1, "maturity": 0, "cloud": "none",
                            "kubernetes": False, "workloads": ["llm"], "needs": ["model_serving"],
                            "open_source_only": True, "budget": "none"})
    rec = recommend(laptop, shipped())
    ids = [p.id for p in rec.picks]
    assert ids[0] in ("ollama", "llama-cpp") and {"ollama", "llama-cpp"} <= set(ids), ids
    said = [*rec.picks[0].reasons, *rec.common]
    assert any("its docs give a setup for one machine, like yours" in r for r in said)
    renting = laptop.with_answers(needs=(Stage.MODEL_SERVING, Stage.COMPUTE))
    found = factors(shipped().get("ollama"), renting, shipped(), wanted_of(renting, shipped()))
    assert not any(f.good and "one machine" in f.good for f in found)


def test_a_team_on_kubernetes_short_of_gpus_is_not_sent_a_second_scheduler() -> None:
    """Never enough GPUs on their Kubernetes cluster: tools that use the cluster or add capacity to it
    (Ray, SkyPilot, Run:ai), not Slurm, a scheduler with a cluster of its own. Without Kubernetes, Slurm
    is a fair answer to the same pain."""
    short = {"persona": "platform_engineer", "team_size": 25, "maturity": 1, "cloud": "on_prem",
             "frustrations": ["compute_access"], "budget": "medium"}  # fmt: skip
    on_k8s = parse_profile({**short, "kubernetes": True})
    assert "slurm" not in [t.id for t in picks(on_k8s)] and picks(on_k8s)
    assert "a cluster of its own, beside the Kubernetes you run" in why_not(on_k8s, shipped(), "slurm")
    without = parse_profile({**short, "kubernetes": False})
    assert "slurm" in [t.id for t in picks(without)]


def test_a_team_on_a_big_cloud_without_a_cluster_is_not_sent_a_scheduler_or_an_hpc_container_runtime() -> None:
    """Compute asked for on AWS with no cluster of theirs: Slurm would queue jobs on a cluster they would first
    have to build, so it is not picked, and why not says so; in their own data centre it is a fair answer. A
    container runtime made for Slurm clusters (Apptainer) does not fit a team whose jobs run on SageMaker."""
    base = {"persona": "ml_engineer", "team_size": 6, "maturity": 1, "budget": "low"}
    on_aws = parse_profile({**base, "cloud": "aws", "needs": ["compute"], "current_stack": ["github-actions"]})
    assert picks(on_aws) and "slurm" not in [t.id for t in picks(on_aws)]
    assert "a cluster you would first have to build on AWS" in why_not(on_aws, shipped(), "slurm")
    assert "first have to build" not in why_not(on_aws.with_answers(cloud="on_prem"), shipped(), "slurm")
    # on a smaller cloud they rent GPUs from, the same: unless the Slurm is theirs already
    rented = on_aws.with_answers(cloud="other", frustrations=("compute_access",))
    assert picks(rented) and "slurm" not in [t.id for t in picks(rented)]
    assert "a cluster you would first have to build on the cloud you rent from" in why_not(rented, shipped(), "slurm")
    theirs = rented.with_answers(current_stack=("slurm",))
    assert "first have to build" not in why_not(theirs, shipped(), "slurm")
    # nor for a software engineer, whom a scheduler from the software side otherwise suits, short of machines on GCP
    engineer = on_aws.with_answers(persona="software_engineer", team_size=9, cloud="gcp", kubernetes=False,
                                   workloads=("tabular",), current_stack=("docker", "github-actions"),
                                   frustrations=("compute_access",), scope_preference="piecemeal",
                                   open_source_only=False, self_hosted=False)
    assert picks(engineer) and "slurm" not in [t.id for t in picks(engineer)]
    sagemaker = parse_profile({**base, "cloud": "aws", "needs": ["containers"],
                               "current_stack": ["amazon-sagemaker-ai"]})  # fmt: skip
    assert "apptainer" not in [t.id for t in picks(sagemaker)]
    assert "made for shared clusters run with Slurm" in why_not(sagemaker, shipped(), "apptainer")
    assert "made for shared clusters" not in why_not(sagemaker, shipped(), "kubernetes")  # Slurm names it, not it Slurm
    hpc = parse_profile({**base, "cloud": "on_prem", "kubernetes": False, "needs": ["containers"]})
    assert "made for shared clusters" not in why_not(hpc, shipped(), "apptainer")


def test_a_fairness_library_is_not_the_model_governance_asked_for() -> None:
    """Governance asked for by a regulated team: inventories, risk and approval workflows (Credo AI,
    ValidMind), not Fairlearn, which measures one thing a model review checks; why not says so."""
    profile = parse_profile({"persona": "team_lead", "team_size": 40, "cloud": "azure", "workloads": ["tabular"],
                             "needs": ["governance"], "budget": "high", "maturity": 2})  # fmt: skip
    chosen = picks(profile)
    assert chosen and all(Governs.MODELS in t.kinds(Stage.GOVERNANCE) for t in chosen), [t.id for t in chosen]
    assert "for governance it covers fairness only, not models" in why_not(
        profile, shipped(), "fairlearn")
    # with only open-source tools allowed, no model-governance product fits: a catalog that holds models beside data
    # is offered first, nearer to an inventory than the fairness library
    open_only = parse_profile({**profile.model_dump(mode="json"), "open_source_only": True, "cloud": "on_prem"})
    offered = picks(open_only)
    assert offered and all(t.open_source for t in offered)
    assert Governs.DATA in offered[0].kinds(Stage.GOVERNANCE), [t.id for t in offered]


def test_an_open_source_tool_with_a_paid_cloud_fits_a_free_only_budget_like_a_free_one() -> None:
    """Langfuse (open source, with a paid cloud) costs a free-only team as little as TruLens (free): the
    software is free to run; only the vendor's hosting is paid."""
    profile = parse_profile({"needs": ["llm_observability"], "budget": "none"})
    catalog = shipped()
    wanted = wanted_of(profile, catalog)

    def budget(tool_id: str) -> tuple[float, str | None]:
        found = next(f for f in factors(catalog.get(tool_id), profile, catalog, wanted) if f.name == "budget")
        return found.points, found.good

    assert budget("langfuse")[0] == budget("trulens")[0] > 0
    assert budget("langfuse")[1] == "free to run yourself, which fits a free-only budget"


def test_a_tool_for_only_part_of_their_work_fits_only_that_part() -> None:
    """Dolt versions tables: for a team that versions tables and images it does half the job, so tools for
    both come first, and why-not says which work it leaves out. For tables alone it is a fair pick."""
    both = parse_profile({"persona": "ml_engineer", "team_size": 10, "maturity": 1, "cloud": "on_prem",
                          "kubernetes": False, "workloads": ["tabular", "computer_vision"],
                          "current_stack": ["git", "gitlab"], "needs": ["data_versioning"], "open_source_only": True,
                          "budget": "low"})  # fmt: skip
    assert "dolt" not in [t.id for t in picks(both)]
    assert "it is made for tabular work, not your computer vision work" in why_not(both, shipped(), "dolt")
    tables = parse_profile({**both.model_dump(mode="json"), "workloads": ["tabular"]})
    assert "dolt" in [t.id for t in picks(tables)]


def test_an_llm_app_tool_is_not_marked_down_for_the_teams_other_work() -> None:
    """Tracing and evaluating LLM apps is work on the LLM part of a team that also trains tabular models: a tool
    made for LLM apps fits it fully."""
    profile = parse_profile({"workloads": ["tabular", "llm"], "needs": ["llm_observability"]})
    catalog = shipped()
    wanted = wanted_of(profile, catalog)
    found = next(f for f in factors(catalog.get("langfuse"), profile, catalog, wanted) if f.name == "workloads")
    assert found.points > 0 and found.bad is None


def test_a_free_only_team_that_must_self_host_is_not_sent_a_tool_whose_own_edition_is_paid() -> None:
    """W&B's free tier is its hosted service; run on their own servers it needs a licence. A free-only team that
    must self-host gets tools whose self-hosted edition is free, and why-not says so."""
    profile = parse_profile({"persona": "team_lead", "team_size": 8, "cloud": "on_prem",
                             "needs": ["experiment_tracking"], "budget": "none", "self_hosted": True})  # fmt: skip
    chosen = picks(profile)
    free_to_run = [t.open_source or t.self_hosted_pricing is Pricing.FREE for t in chosen]
    assert chosen and all(free_to_run), [t.id for t in chosen]
    assert "its self-hosted edition is paid" in why_not(profile, shipped(), "weights-and-biases")
    hosted = parse_profile({**profile.model_dump(mode="json"), "self_hosted": False, "cloud": "aws"})
    assert "self-hosted edition" not in why_not(hosted, shipped(), "weights-and-biases")


def test_a_runner_up_that_misfits_how_they_work_is_not_also_good() -> None:
    """Beside Ray for a team on Kubernetes short of GPUs, Slurm (a second scheduler) is no "also good"; beside a
    model server for tabular models, an LLM-only server is none either."""
    on_k8s = parse_profile({"persona": "platform_engineer", "team_size": 25, "maturity": 1, "cloud": "on_prem",
                            "kubernetes": True, "frustrations": ["compute_access"], "budget": "medium",
                            "workloads": ["computer_vision"]})  # fmt: skip
    named = {p.also_good for p in recommend(on_k8s, shipped()).picks}
    assert "Slurm Workload Manager" not in named
    tabular = parse_profile({"persona": "ml_engineer", "team_size": 6, "cloud": "azure", "kubernetes": True,
                             "workloads": ["tabular"], "needs": ["model_serving"], "budget": "medium"})  # fmt: skip
    for pick in recommend(tabular, shipped()).picks:
        if pick.also_good:
            other = next(t for t in shipped().tools if t.name == pick.also_good)
            assert not other.workloads or "tabular" in [w.value for w in other.workloads], pick.also_good


def test_someone_who_wants_one_platform_is_not_given_a_specialist_for_a_job_the_platform_picked_does() -> None:
    """All-in-one on AWS: SageMaker does pipelines, the registry and endpoints; a model hub or a GPU server beside
    it is the second tool they wanted to avoid. Further picks are other platforms, or do a job SageMaker does not."""
    profile = parse_profile(
        {"persona": "team_lead", "team_size": 12, "cloud": "aws", "budget": "medium",
         "needs": ["ml_pipelines", "model_registry", "model_serving"],
         "frustrations": ["stuck_in_notebooks", "slow_handoff"], "scope_preference": "all_in_one"}
    )  # fmt: skip
    chosen = picks(profile)
    assert chosen[0].id == "amazon-sagemaker-ai"
    wanted = wanted_of(profile, shipped())
    does = set(chosen[0].stages)
    for tool in chosen[1:]:
        jobs = {s for s in wanted.weights if tool.built_for(s)}
        assert is_platform(tool) or not jobs <= does, tool.id
    # without the preference, a specialist for one of SageMaker's jobs is a fine second option
    others = picks(profile.with_answers(scope_preference="no_preference"))
    assert any(not is_platform(t) and {s for s in wanted.weights if t.built_for(s)} <= does for t in others[1:])


def test_a_team_running_one_platform_is_not_sold_a_second() -> None:
    """A Databricks team asking for ML pipelines: SageMaker would be another bill and another home for every
    job; it is marked down, and says why, while a team without a platform still gets it."""
    profile = parse_profile(
        {"persona": "software_engineer", "team_size": 20, "cloud": "aws", "workloads": ["tabular"],
         "current_stack": ["apache-spark", "databricks"], "needs": ["ml_pipelines"], "budget": "medium"}
    )  # fmt: skip
    assert "amazon-sagemaker-ai" not in {t.id for t in picks(profile)}
    sagemaker = shipped().get("amazon-sagemaker-ai")
    found = factors(sagemaker, profile, shipped(), wanted_of(profile, shipped()))
    assert any(f.bad == "it is a second platform beside Databricks, which you run" for f in found)
    assert "amazon-sagemaker-ai" in {t.id for t in picks(profile.with_answers(current_stack=["apache-spark"]))}


def test_with_no_need_stated_a_job_a_pain_implies_that_their_platform_does_aside_starts_there() -> None:
    """An Azure ML team with no monitoring and manual retraining, asking for nothing in particular: Azure ML keeps
    the pipelines and does model monitoring aside, so it is the first answer to both, a specialist the second."""
    profile = parse_profile(
        {"persona": "team_lead", "team_size": 6, "cloud": "azure", "kubernetes": False, "workloads": ["time_series"],
         "current_stack": ["azure-machine-learning"], "frustrations": ["manual_retraining", "no_monitoring"],
         "budget": "high", "scope_preference": "all_in_one"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks[0].id == "azure-machine-learning"
    assert "it also does model monitoring: start there" in rec.picks[0].reasons[0], rec.picks[0].reasons
    assert any(shipped().get(p.id).built_for(Stage.MODEL_MONITORING) for p in rec.picks[1:])


def test_too_many_tools_where_they_run_a_platform_is_answered_by_consolidating_on_it_not_by_more_tools() -> None:
    """An 80-person Azure platform team on Azure ML whose teams keep bolting on their own tools, asking for nothing
    else: more tools (Kubeflow, Ray) would add to the sprawl; Azure ML, which they run, is the answer, said so."""
    profile = parse_profile(
        {"persona": "platform_engineer", "team_size": 80, "maturity": 1, "cloud": "azure", "kubernetes": True,
         "current_stack": ["azure-machine-learning", "github"], "frustrations": ["too_many_tools"], "budget": "high",
         "scope_preference": "all_in_one"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert [p.id for p in rec.picks] == ["azure-machine-learning"], [p.id for p in rec.picks]
    assert rec.picks[0].reasons[0].startswith("you already run it: consolidating on it, not adding tools"), \
        rec.picks[0].reasons
    # why not another platform: none is added, however it ranks (not "ranked 1 of 212" with no pick beside it)
    assert why_not(profile, shipped(), "kubeflow") == ("Kubeflow: with too many tools already, I suggest "
                                                       "consolidating on Azure Machine Learning, which you run, "
                                                       "rather than adding another tool.")
    # with no platform in the stack, the pain still gets picks (ones that cover several stages)
    assert recommend(profile.with_answers(current_stack=("github",)), shipped()).picks


def test_a_need_the_platform_they_run_does_on_the_side_starts_there() -> None:
    """A SageMaker team asking for model monitoring: SageMaker's own monitor comes first, said as such, with one
    specialist as the alternative; the stack card agrees. A platform that breaks one of their rules is no such start,
    nor is a data warehouse for jobs other than keeping features and models next to the data."""
    profile = parse_profile(
        {"persona": "ml_engineer", "team_size": 7, "maturity": 1, "cloud": "aws", "workloads": ["tabular"],
         "current_stack": ["amazon-sagemaker-ai"], "needs": ["model_monitoring"], "budget": "medium"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks[0].id == "amazon-sagemaker-ai"
    assert "you already use it for other jobs, and it does model monitoring too: start there" in rec.picks[0].reasons[0]
    assert rec.picks[0].stages == (Stage.MODEL_MONITORING,) and not rec.picks[0].caveats
    others = [shipped().get(p.id) for p in rec.picks[1:]]
    assert len(others) == 1 and others[0].built_for(Stage.MODEL_MONITORING)
    # must self-host: SageMaker breaks that rule, so the picks are specialists that fit
    own = recommend(profile.with_answers(self_hosted=True, cloud="on_prem"), shipped())
    assert "amazon-sagemaker-ai" not in {p.id for p in own.picks}
    # BigQuery trains models in SQL, but that is no pipeline of steps: not a start for ML pipelines
    warehouse = recommend(profile.with_answers(cloud="gcp", current_stack=["google-bigquery"],
                                               needs=["ml_pipelines"]), shipped())  # fmt: skip
    assert "google-bigquery" not in {p.id for p in warehouse.picks}


def test_a_feature_store_asked_of_a_snowflake_team_starts_in_snowflake() -> None:
    """A Snowflake team asking for a feature store: Snowflake's own Feature Store, next to their data, comes first, said
    as a part of a tool they run that is new to them (not "nothing new to adopt"), with one specialist beside it. Its
    compute and data governance start nothing, nor does its feature store for someone who wants one platform."""
    profile = parse_profile(
        {"persona": "researcher", "team_size": 6, "maturity": 1, "cloud": "aws", "workloads": ["tabular"],
         "current_stack": ["snowflake", "apache-airflow"], "needs": ["feature_store"], "budget": "medium"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks[0].id == "snowflake", [p.id for p in rec.picks]
    assert "you already use it for other jobs, and it does feature store too: start there" in rec.picks[0].reasons[0]
    assert rec.picks[0].ring_meaning.endswith("you already run it, so only its feature store is new to you")
    assert [shipped().get(p.id).built_for(Stage.FEATURE_STORE) for p in rec.picks[1:]] == [True]
    for other in (["governance"], ["compute"]):
        assert "snowflake" not in {p.id for p in recommend(profile.with_answers(needs=other), shipped()).picks}
    whole = recommend(profile.with_answers(scope_preference="all_in_one", needs=["feature_store", "model_serving"]),
                      shipped())  # fmt: skip
    assert "snowflake" not in {p.id for p in whole.picks}


def test_a_team_that_wants_one_platform_gets_platforms_that_do_every_job_asked() -> None:
    """An insurer's team on Azure that would rather have one managed platform for tracking, a registry and monitoring:
    Azure Machine Learning does tracking and monitoring besides its main jobs, which counts for such a team, said as
    such; the stack card puts every job on one platform, and the advice is to choose one platform, not to integrate
    them. Asked piece by piece, the same jobs go to tools built for each, with no such sentence."""
    profile = parse_profile(
        {"persona": "team_lead", "team_size": 15, "cloud": "azure", "workloads": ["tabular"],
         "needs": ["experiment_tracking", "model_registry", "model_monitoring"], "self_hosted": False,
         "budget": "high", "scope_preference": "all_in_one"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    chosen = {p.id: p for p in rec.picks}
    assert "azure-machine-learning" in chosen, list(chosen)
    azure = chosen["azure-machine-learning"]
    assert "it does experiment tracking and model monitoring too, so one platform covers them" in azure.reasons[0]
    assert set(azure.stages) == {Stage.EXPERIMENT_TRACKING, Stage.MODEL_REGISTRY, Stage.MODEL_MONITORING}
    assert all(is_platform(shipped().get(p.id)) for p in rec.picks)  # type: ignore[arg-type]
    assert len(rec.stack) == 3 and len({item.tool_id for item in rec.stack}) == 1, rec.stack
    assert any(line.startswith("Adopt rather than build: these are platforms to choose between") and
               "Azure Machine Learning" in line for line in rec.advice), rec.advice  # fmt: skip
    pieces = recommend(profile.with_answers(scope_preference="piecemeal"), shipped())
    assert not any("so one platform covers" in reason for p in pieces.picks for reason in p.reasons)
    assert not any("platforms to choose between" in line for line in pieces.advice)
    # a job a tool they run does already is no gap the platform covers
    kept = recommend(profile.with_answers(current_stack=["mlflow"]), shipped())
    reasons = [r for p in kept.picks if p.id == "azure-machine-learning" for r in p.reasons]
    assert reasons and "it does model monitoring too, so one platform covers it" in reasons[0], kept.picks
    # the platform of another cloud, and a data platform adopted for ML jobs alone, cover nothing in one place
    aws = recommend(profile.with_answers(cloud="aws", needs=["compute", "experiment_tracking"]), shipped())
    assert aws.picks[0].id == "amazon-sagemaker-ai", [p.id for p in aws.picks]
    assert "it does compute / GPUs and experiment tracking too" in aws.picks[0].reasons[0]
    assert "azure-machine-learning" not in {p.id for p in aws.picks}
    assert not any("so one platform covers" in r for p in aws.picks if p.id == "databricks" for r in p.reasons)


def test_ml_pipelines_asked_of_a_team_that_runs_an_orchestrator_start_on_that_orchestrator() -> None:
    """A solo engineer who runs weekly forecasts with Prefect and MLflow on VMs and wants ML pipelines: Prefect,
    which they run, does ML pipelines besides orchestration, so it comes first, said as such, before a new tool."""
    profile = parse_profile(
        {"persona": "software_engineer", "team_size": 1, "maturity": 0, "cloud": "other", "kubernetes": False,
         "workloads": ["time_series"], "current_stack": ["prefect", "mlflow", "git", "docker"],
         "frustrations": ["manual_retraining"], "needs": ["ml_pipelines", "workflow_orchestration"],
         "self_hosted": True, "budget": "low"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks[0].id == "prefect"
    assert "it also does ML pipelines: start there" in rec.picks[0].reasons[0], rec.picks[0].reasons
    # without it in their stack, nothing is started on: ML pipelines go to a tool built for them
    alone = recommend(profile.with_answers(current_stack=["mlflow", "git", "docker"]), shipped())
    assert not any("start there" in r for p in alone.picks for r in p.reasons)
    assert any(shipped().get(p.id).built_for(Stage.ML_PIPELINES) for p in alone.picks)


def test_a_gpu_shortage_on_own_machines_with_their_scheduler_is_answered_by_that_scheduler_alone() -> None:
    """A university research-computing engineer whose students queue for the Slurm GPU partitions, everything on
    campus and free only: the shortage is fixed in Slurm's queue and fair share, so Slurm, which they run, is the
    answer, said so; not an LLM app's evaluation and tracing (no one asked for them), nor rented GPUs."""
    profile = parse_profile(
        {"persona": "platform_engineer", "team_size": 5, "maturity": 1, "cloud": "on_prem", "kubernetes": False,
         "workloads": ["llm"], "current_stack": ["slurm"], "frustrations": ["compute_access"],
         "open_source_only": True, "self_hosted": True, "budget": "none"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert [p.id for p in rec.picks] == ["slurm"], [p.id for p in rec.picks]
    assert "which is where to fix 'hard to get GPUs / compute': keep it" in rec.picks[0].reasons[0]
    # free to rent elsewhere, it is not only theirs to fix: other compute is picked beside it
    rented = recommend(profile.with_answers(self_hosted=False, open_source_only=False, budget="medium"), shipped())
    assert any(p.id != "slurm" for p in rented.picks)


def test_a_pain_is_answered_with_ml_tools_not_the_software_tooling_a_team_uses_anyway() -> None:
    """"Hand-off is slow" implies containers among its jobs, but Docker (or a CI server, or Git) is not news as
    the answer to it: the picks are ML tools, and Docker is a pick once they ask for containers."""
    profile = parse_profile({"persona": "software_engineer", "team_size": 6, "cloud": "aws",
                             "frustrations": ["slow_handoff"], "budget": "low"})  # fmt: skip
    software = {Stage.SOURCE_CONTROL, Stage.CI_CD, Stage.CONTAINERS}
    chosen = picks(profile)
    assert chosen and not any(t.primary_stages[0] in software for t in chosen), [t.id for t in chosen]
    assert "docker" in {t.id for t in picks(profile.with_answers(needs=["containers"]))}


def test_a_team_on_kubernetes_in_a_big_cloud_is_not_sent_to_a_gpu_cloud_of_its_own() -> None:
    """Short of GPUs on GKE: their cloud rents the GPUs their cluster schedules, so RunPod or Lambda would be a
    second provider and bill; a team without a cluster of its own may still rent there."""
    profile = parse_profile({"persona": "team_lead", "team_size": 55, "cloud": "gcp", "kubernetes": True,
                             "workloads": ["speech"], "needs": ["model_serving", "compute"], "budget": "medium"})
    catalog = shipped()
    rented = {"runpod", "lambda-cloud", "vast-ai", "coreweave", "modal", "paperspace"}
    assert not rented & {t.id for t in picks(profile)}
    assert "rents GPUs in a cloud of its own, beside the Kubernetes you run on Google Cloud" in why_not(
        profile, catalog, "runpod")
    without = picks(profile.with_answers(kubernetes=False, cloud="none"))
    assert rented & {t.id for t in without}


def test_a_platform_kept_for_one_job_and_started_on_for_another_says_both_once() -> None:
    """Databricks keeps model serving for this team and does ML pipelines aside: one reason says it is theirs,
    the next that it also does the job they asked for, without saying twice that they use it."""
    profile = parse_profile({"persona": "software_engineer", "team_size": 20, "cloud": "aws", "workloads": ["tabular"],
                             "current_stack": ["apache-spark", "databricks"], "budget": "medium",
                             "frustrations": ["stuck_in_notebooks", "slow_handoff"],
                             "needs": ["ml_pipelines", "source_control", "ci_cd"]})  # fmt: skip
    first = recommend(profile, shipped()).picks[0]
    assert first.id == "databricks"
    assert first.reasons[0].startswith("you already use it for model serving")
    # ML pipelines asked for, and workflow orchestration a pain implies: both done aside, both said
    assert "it also does ML pipelines and workflow orchestration: start there" in first.reasons[0]
    assert first.reasons[0].count("you already use it") == 1


def test_picks_asked_for_before_any_need_or_pain_are_the_next_step_for_the_kind_of_work() -> None:
    """'picks' typed before saying what they need: an LLM app team gets its first jobs (evaluation, then
    traces), said as such, not a hub and a scheduler; a team of trained models gets its next maturity step."""
    app = Profile(persona=Persona.SOFTWARE_ENGINEER, workloads=("llm",), current_stack=("pinecone",))
    rec = recommend(app, shipped())
    assert rec.picks and all(shipped().get(p.id).built_for(Stage.LLM_EVALUATION)
                             or shipped().get(p.id).built_for(Stage.LLM_OBSERVABILITY) for p in rec.picks)
    said = " ".join(reason for p in rec.picks for reason in p.reasons) + " ".join(rec.common)
    assert "the first step for an LLM app" in said and "maturity" not in said
    assert any(line.startswith("Start with LLM evaluation, the first step for an LLM app") for line in rec.advice)
    models = recommend(Profile(persona=Persona.ML_ENGINEER, workloads=("tabular",), maturity=0), shipped())
    assert all(shipped().get(p.id).built_for(Stage.ML_PIPELINES)
               or shipped().get(p.id).built_for(Stage.EXPERIMENT_TRACKING) for p in models.picks)
    assert "your next maturity step" in " ".join(r for p in models.picks for r in p.reasons) + " ".join(
        models.common)
    # a researcher's LLM work is fine-tuning and evaluating models: a trained model's next step, not an app's traces
    lab = recommend(Profile(persona=Persona.RESEARCHER, workloads=("llm",), maturity=0), shipped())
    assert lab.picks and not any(shipped().get(p.id).built_for(Stage.LLM_OBSERVABILITY) for p in lab.picks)
    assert "your next maturity step" in " ".join(r for p in lab.picks for r in p.reasons) + " ".join(lab.common)
    # too many tools points to no job: fewer tools is the answer, not a next step's specialists
    sprawl = recommend(Profile(persona=Persona.TEAM_LEAD, workloads=("tabular",), maturity=2,
                               frustrations=(Frustration.TOO_MANY_TOOLS,)), shipped())  # fmt: skip
    assert not any(shipped().get(p.id).built_for(Stage.MODEL_MONITORING) and not is_platform(shipped().get(p.id))
                   for p in sprawl.picks), [p.id for p in sprawl.picks]


def test_a_pick_of_another_kind_of_the_job_asked_says_which_kind_it_covers() -> None:
    """Open source and self-hosted, asking for governance of models: no open-source tool governs models, so the picks
    are catalogs of data (which hold models too), and what they cover (data) is said, not 'built for governance' as
    if they did the oversight asked for; a fairness library, when it is shown, says the same of fairness."""
    profile = Profile(persona=Persona.PLATFORM_ENGINEER, team_size=60, cloud="on_prem", kubernetes=True,
                      workloads=("tabular",), needs=(Stage.GOVERNANCE,), open_source_only=True, self_hosted=True)
    rec = recommend(profile, shipped())
    catalog = next(p for p in rec.picks if p.id in {"datahub", "openmetadata"})
    said = " ".join(catalog.reasons) + " ".join(rec.common)
    assert "it covers data only, not models" in said, said
    assert "built for governance" not in said
    more = recommend(profile, shipped(), critiques=(Critique(kind=CritiqueKind.SHOW_MORE),))
    fairlearn = next(p for p in more.picks if p.id == "fairlearn")
    said = " ".join(fairlearn.reasons) + " ".join(more.common)
    assert "it covers fairness only, not models" in said, said


def test_self_hosting_taken_from_being_on_prem_is_said_as_an_assumption_not_as_their_requirement() -> None:
    """A PhD student on the university's Slurm cluster never said 'self-hosted': the advice says it assumed so,
    and how to undo it; a team that said so is told 'as you require'."""
    assumed = Profile(persona=Persona.RESEARCHER, team_size=1, cloud="on_prem", current_stack=("slurm",),
                      workloads=("computer_vision",), budget="none")
    advice = " ".join(recommend(assumed, shipped()).advice)
    assert "runs on your own infrastructure, as you require" not in advice
    assert "as I assume for a team on-prem (say 'managed instead' if a hosted service is fine)" in advice, advice
    said = " ".join(recommend(assumed.with_answers(self_hosted=True), shipped()).advice)
    assert "Every pick runs on your own infrastructure and has a free way in, as you require." in said, said
    assert "assume" not in said
    # why not a SaaS-only tool: the same assumption, said as one
    assert "I assume a team on-prem self-hosts" in " ".join(violations(shipped().get("credo-ai"), assumed))
    assert "you need self-hosting" in " ".join(violations(shipped().get("credo-ai"),
                                                          assumed.with_answers(self_hosted=True)))
    assert "I assume a team on-prem self-hosts" in " ".join(violations(shipped().get("langsmith"), assumed))


def test_a_pick_that_runs_on_their_cluster_names_kubernetes_once_among_its_reasons() -> None:
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=10, cloud="azure", kubernetes=True,
                      workloads=("llm",), needs=(Stage.MODEL_SERVING,), budget="high")
    rec = recommend(profile, shipped())
    on_cluster = [p for p in rec.picks if "runs on the Kubernetes cluster you have" in p.reasons]
    assert on_cluster, [p.reasons for p in rec.picks]
    for pick in on_cluster:
        assert sum("Kubernetes" in reason for reason in pick.reasons) == 1, pick.reasons


def test_a_model_builder_unsure_of_its_llm_gets_benchmarks_not_app_tracing() -> None:
    """Fine-tuning on free notebooks, unsure how good the model's answers are: evaluation is benchmarks of the
    model; the traces of a production app that the same pain asks of an app team have no app to trace."""
    builder = Profile(persona=Persona.RESEARCHER, team_size=1, cloud="none", workloads=("llm",), budget="none",
                      needs=(Stage.COMPUTE, Stage.LLM_EVALUATION, Stage.EXPERIMENT_TRACKING),
                      frustrations=(Frustration.LLM_QUALITY_UNKNOWN,))  # fmt: skip
    assert Stage.LLM_OBSERVABILITY not in wanted_of(builder, shipped()).weights
    evaluators = [p for p in picks(builder) if p.built_for(Stage.LLM_EVALUATION)]
    assert evaluators and all(Evaluates.MODELS in p.evaluates for p in evaluators), [p.id for p in evaluators]
    # an app team with the same pain gets traces asked for, unless it asked for evaluation alone: evaluation on
    # a fixed test set comes before tracing production traffic, so that is what its picks are
    app = Profile(persona=Persona.SOFTWARE_ENGINEER, workloads=("llm",),
                  frustrations=(Frustration.LLM_QUALITY_UNKNOWN,))
    assert Stage.LLM_OBSERVABILITY in wanted_of(app, shipped()).weights
    evaluation = app.with_answers(needs=["llm_evaluation"])
    assert Stage.LLM_OBSERVABILITY not in wanted_of(evaluation, shipped()).weights
    assert all(shipped().get(p.id).primary_stages[0] is Stage.LLM_EVALUATION
               for p in recommend(evaluation, shipped()).picks), [p.id for p in recommend(evaluation, shipped()).picks]
    both = app.with_answers(needs=["llm_evaluation", "llm_observability"])
    assert Stage.LLM_OBSERVABILITY in wanted_of(both, shipped()).weights


def test_a_counterfactual_breaks_a_tie_for_third_place_as_the_ranking_does() -> None:
    """Arize AX tied with DeepEval for third once Kubernetes is allowed: the ranking puts open source first, so
    'If Kubernetes were possible, I'd suggest Arize AX' would not hold, and is not said."""
    profile = parse_profile({"needs": ["llm_evaluation"], "cloud": "aws", "budget": "medium", "workloads": ["tabular"],
                             "kubernetes": False, "self_hosted": True})  # fmt: skip
    lines = [p.counterfactual or "" for p in recommend(profile, shipped()).picks]
    assert not any(line.startswith("If Kubernetes were possible, I'd suggest Arize AX") for line in lines), lines


def test_short_of_gpus_on_machines_they_own_without_kubernetes_gets_a_scheduler() -> None:
    """A department whose GPU servers are fought over, no Kubernetes: Slurm's queues and fair share get each person
    their turn; Ray (one job's work over many machines) and SkyPilot (a launcher onto a cluster) share nothing out,
    and why-not says so. With Kubernetes, the rule is not what decides."""
    dept = Profile(persona=Persona.RESEARCHER, team_size=12, cloud="on_prem", kubernetes=False, budget="none",
                   open_source_only=True, frustrations=(Frustration.COMPUTE_ACCESS,), needs=(Stage.COMPUTE,))
    rec = recommend(dept, shipped())
    assert rec.picks[0].id == "slurm", [p.id for p in rec.picks]
    assert "its job queue shares out the machines you own" in rec.picks[0].reasons
    ray = factors(shipped().get("ray"), dept, shipped(), wanted_of(dept, shipped()))
    assert any(f.bad and "does not share out the machines you own" in f.bad for f in ray)
    on_k8s = factors(shipped().get("ray"), dept.with_answers(kubernetes=True), shipped(),
                     wanted_of(dept.with_answers(kubernetes=True), shipped()))
    assert all(f.bad is None or "share out" not in f.bad for f in on_k8s)


def test_notebooks_on_machines_a_group_shares_come_from_a_hub_not_one_persons_notebook_app() -> None:
    lab = Profile(persona=Persona.PLATFORM_ENGINEER, team_size=20, cloud="on_prem", kubernetes=True,
                  needs=(Stage.NOTEBOOKS, Stage.COMPUTE), open_source_only=True)
    chosen = [p.id for p in picks(lab)]
    assert "jupyterhub" in chosen and "jupyterlab" not in chosen and "marimo" not in chosen, chosen
    lab_app = factors(shipped().get("jupyterlab"), lab, shipped(), wanted_of(lab, shipped()))
    assert any(f.bad and "one person's notebook server" in f.bad for f in lab_app)
    # one researcher on a laptop, asking for notebooks and compute, is not told to run a hub
    solo = Profile(persona=Persona.RESEARCHER, team_size=1, cloud="none", needs=(Stage.NOTEBOOKS, Stage.COMPUTE))
    solo_app = factors(shipped().get("jupyterlab"), solo, shipped(), wanted_of(solo, shipped()))
    assert not any(f.bad and "one person's notebook server" in f.bad for f in solo_app)


def test_short_of_gpus_on_the_slurm_cluster_they_must_stay_on_is_fixed_in_slurm_not_by_additions() -> None:
    """Self-hosted, on-prem, no Kubernetes, Slurm in place and never enough GPUs: nothing they may run adds GPUs,
    so no compute tool is added beside Slurm, and the keep line says where the shortage is fixed. On a smaller
    cloud (GPUs to rent), more compute beside Slurm is still what they get."""
    hpc = Profile(persona=Persona.RESEARCHER, team_size=12, cloud="on_prem", kubernetes=False, current_stack=("slurm",),
                  frustrations=(Frustration.COMPUTE_ACCESS,), needs=(Stage.COMPUTE, Stage.NOTEBOOKS),
                  self_hosted=True, open_source_only=True, budget="none")  # fmt: skip
    rec = recommend(hpc, shipped())
    assert not any(shipped().get(p.id).built_for(Stage.COMPUTE) for p in rec.picks), [p.id for p in rec.picks]
    assert any(line.startswith("Keep Slurm Workload Manager for compute / GPUs: its job queue is where a shortage")
               for line in rec.keep), rec.keep
    renting = recommend(hpc.with_answers(cloud="other", self_hosted=False, open_source_only=False, budget="low"),
                        shipped())
    assert any(shipped().get(p.id).built_for(Stage.COMPUTE) for p in renting.picks)


def test_why_not_a_tool_for_other_jobs_names_its_jobs_and_the_ones_asked_as_a_sentence() -> None:
    profile = Profile(persona="researcher", needs=("data_validation", "compute"))
    said = why_not(profile, shipped(), "weights-and-biases")
    assert said == ("Weights & Biases: it is built for experiment tracking and model registry, not data validation "
                    "or compute / GPUs, which are what you need.")
    one = why_not(Profile(persona="researcher", needs=("data_validation",)), shipped(), "weights-and-biases")
    assert one.endswith("not data validation, which is what you need.")


def test_llm_evaluation_asked_for_ci_gets_test_suites_not_tracing_platforms() -> None:
    """Asked with CI/CD, LLM evaluation is a suite that gates a merge: the pain of not knowing how good the
    answers are no longer brings production tracing into the picks."""
    profile = parse_profile({"persona": "software_engineer", "team_size": 6, "cloud": "none", "workloads": ["llm"],
                             "frustrations": ["llm_quality_unknown"], "needs": ["llm_evaluation", "ci_cd"],
                             "budget": "low"})  # fmt: skip
    chosen = picks(profile)
    evaluating = [t for t in chosen if t.built_for(Stage.LLM_EVALUATION)]
    assert evaluating and all(t.primary_stages[0] is Stage.LLM_EVALUATION for t in evaluating)
    assert not any(t.built_for(Stage.LLM_OBSERVABILITY) for t in chosen)
    # with no need named, the same pain still brings tracing
    app = parse_profile({**profile.model_dump(mode="json"), "needs": None})
    assert any(t.built_for(Stage.LLM_OBSERVABILITY) for t in picks(app))


def test_one_persons_notebook_app_does_not_answer_notebooks_on_a_shared_gpu_cluster() -> None:
    """A lab on its own Kubernetes cluster, short of GPUs, asks for notebooks and compute while running JupyterLab:
    one person's notebook server does not serve a group on shared machines, a hub does."""
    profile = parse_profile({"persona": "researcher", "team_size": 20, "cloud": "on_prem", "kubernetes": True,
                             "workloads": ["computer_vision"], "current_stack": ["kubernetes", "jupyterlab"],
                             "frustrations": ["compute_access"], "needs": ["notebooks", "compute"],
                             "open_source_only": True, "budget": "none"})  # fmt: skip
    assert "jupyterhub" in {t.id for t in picks(profile)}
    # on a laptop, their JupyterLab still does the job (with a small budget, so that compute has answers: with none,
    # nothing open source gets laptops a GPU)
    alone = parse_profile({**profile.model_dump(mode="json"), "cloud": "none", "kubernetes": False, "budget": "low"})
    assert "jupyterhub" not in {t.id for t in picks(alone)}


def test_with_only_laptops_and_no_budget_compute_is_free_gpu_sessions_not_a_cluster_framework() -> None:
    """A student with no GPU, no cloud and no money: Ray needs a cluster and SkyPilot cloud accounts to launch on,
    neither of which they have or can pay for; Colab's and Kaggle's free GPU sessions are what gets them a GPU, and
    the sentence says so rather than that they rent GPUs. With a budget, the free sessions are no answer (rented
    machines stay up), and SkyPilot is one again."""
    student = parse_profile({"persona": "researcher", "team_size": 1, "cloud": "none", "kubernetes": False,
                             "workloads": ["nlp"], "frustrations": ["compute_access"], "budget": "none"})
    catalog = shipped()
    result = recommend(student, catalog)
    chosen = [p.id for p in result.picks]
    assert set(chosen) >= {"google-colab", "kaggle"}
    assert not {"ray", "skypilot"} & set(chosen)
    said = " ".join(result.common + tuple(r for p in result.picks for r in p.reasons))
    assert "free GPU sessions" in said and "rents you GPUs" not in said
    assert "machines you bring" in why_not(student, catalog, "ray")
    assert "machines you bring" in why_not(student, catalog, "skypilot")
    paying = parse_profile({**student.model_dump(mode="json"), "budget": "low"})
    chosen = {t.id for t in picks(paying)}
    assert not {"google-colab", "kaggle"} & chosen and "skypilot" in chosen
    assert "free best-effort sessions" in why_not(paying, catalog, "google-colab")


def test_colab_they_run_does_not_settle_compute_for_a_team_with_a_budget() -> None:
    """Two people on Colab who can't get GPUs and have a small budget: their Colab keeps no compute job (its free
    sessions are what falls short), so a compute pick is still made; with no budget, it is what they have."""
    team = parse_profile({"persona": "software_engineer", "team_size": 2, "cloud": "none", "kubernetes": False,
                          "current_stack": ["google-colab", "github"], "frustrations": ["compute_access"],
                          "budget": "low"})  # fmt: skip
    assert any(t.built_for(Stage.COMPUTE) for t in picks(team))


def test_why_not_compares_with_the_pick_for_the_same_job_and_only_on_what_they_said() -> None:
    profile = parse_profile({"team_size": 6, "cloud": "gcp", "needs": ["vector_search", "experiment_tracking"]})
    catalog = shipped()
    shown = [catalog.get(p.id) for p in recommend(profile, catalog).picks]
    assert "pinecone" not in {t.id for t in shown}
    said = why_not(profile, catalog, "pinecone")
    trackers = [t.name for t in shown if t.built_for(Stage.EXPERIMENT_TRACKING)
                and not t.built_for(Stage.VECTOR_SEARCH)]  # fmt: skip
    assert trackers and not any(name in said for name in trackers), said  # not weighed against a tracker
    assert "kind of models" not in said  # they never said what kind of models they build


def test_a_single_pick_is_not_told_to_be_integrated_with_itself() -> None:
    """A fraud team that retrains by hand asks for monitoring, open source only: one pick is left."""
    profile = parse_profile({"persona": "ml_engineer", "team_size": 8, "maturity": 0, "cloud": "aws",
                             "kubernetes": True, "workloads": ["tabular"], "needs": ["model_monitoring"],
                             "frustrations": ["manual_retraining", "no_monitoring"], "open_source_only": True})
    rec = recommend(profile, shipped())
    assert len(rec.picks) == 1
    assert not any("integration between" in line for line in rec.advice), rec.advice
    assert f"Adopt rather than build: start with {rec.picks[0].name}; build only what it lacks." in rec.advice


def test_a_job_a_pain_implies_starts_on_the_platform_they_run_also_beside_a_stated_need() -> None:
    """A retail team on Vertex AI asks for a feature store and says its models degrade unseen: the stack card
    gives model monitoring to the platform they run (it does it besides its main jobs), not to a new vendor."""
    profile = parse_profile({"persona": "team_lead", "team_size": 15, "cloud": "gcp", "current_stack": ["vertex-ai"],
                             "workloads": ["time_series", "recommender"], "frustrations": ["no_monitoring"],
                             "needs": ["feature_store"], "budget": "medium"})  # fmt: skip
    rec = recommend(profile, shipped())
    monitoring = next(item for item in rec.stack if item.stage is Stage.MODEL_MONITORING)
    assert monitoring.tool_id == "vertex-ai", rec.stack


def test_why_not_a_tool_doing_the_same_jobs_does_not_say_the_pick_covers_more() -> None:
    """Langfuse and Ragas both do LLM evaluation; Ragas ranks ahead because evaluation is its main job, and that is
    what is said, not that it covers more of the needs."""
    profile = parse_profile({"persona": "software_engineer", "team_size": 6, "cloud": "aws", "workloads": ["llm"],
                             "current_stack": ["amazon-bedrock", "github-actions"],
                             "needs": ["llm_evaluation", "ci_cd"]})  # fmt: skip
    said = why_not(profile, shipped(), "langfuse")
    assert "covers more of your needs" not in said, said
    assert "is built first for LLM evaluation" in said, said


def test_notebooks_and_compute_on_machines_a_group_shares_are_not_sent_to_a_hosted_notebook_cloud() -> None:
    """A national research infrastructure serving 300 scientists from its own Kubernetes cluster asks for notebooks
    and compute: Lightning AI and Saturn Cloud would run the notebooks on their own cloud's machines, not on the
    shared cluster; a hub on it is the answer, and why-not says so."""
    profile = parse_profile({"persona": "platform_engineer", "team_size": 300, "maturity": 1, "cloud": "on_prem",
                             "kubernetes": True, "frustrations": ["compute_access"], "needs": ["notebooks", "compute"],
                             "budget": "medium", "self_hosted": False})  # fmt: skip
    chosen = [t.id for t in picks(profile)]
    assert "jupyterhub" in chosen and not {"lightning-ai", "saturn-cloud", "paperspace"} & set(chosen), chosen
    assert "runs notebooks on its own cloud's machines" in why_not(profile, shipped(), "saturn-cloud")
    # on a big cloud, a platform that runs in their own account uses their cloud's machines: no such objection
    on_aws = profile.with_answers(cloud="aws")
    assert "own cloud's machines" not in why_not(on_aws, shipped(), "saturn-cloud")
    # notebooks alone, in their own data centre where the data is: the same (Databricks runs in a big cloud)
    lab = parse_profile({"persona": "researcher", "team_size": 8, "cloud": "on_prem", "needs": ["notebooks"],
                         "budget": "medium", "self_hosted": False})  # fmt: skip
    assert "databricks" not in [t.id for t in picks(lab)]
    assert "runs notebooks on its own cloud's machines" in why_not(lab, shipped(), "databricks")


def test_a_team_asking_for_notebooks_on_its_own_servers_gets_a_hub_not_more_of_its_one_person_app() -> None:
    """Eight scientists on their own servers, living in JupyterLab, ask for shared notebooks: JupyterLab serves one
    person, so it does not keep that job; a hub that serves each of them theirs is the answer."""
    lab = parse_profile({"persona": "researcher", "team_size": 8, "cloud": "on_prem", "current_stack": ["jupyterlab"],
                         "needs": ["notebooks"], "budget": "medium", "self_hosted": False})  # fmt: skip
    chosen = [t.id for t in picks(lab)]
    assert chosen[:1] == ["jupyterhub"], chosen
    solo = lab.with_answers(team_size=1)  # one person's notebook app is theirs to keep
    assert [t.id for t in picks(solo)][:1] == ["jupyterlab"]


def test_the_ring_line_of_a_tool_they_already_run_does_not_read_as_a_new_bet() -> None:
    # consolidating on the platform they run: its Trial ring is no "project that can handle some risk"
    profile = parse_profile({"persona": "team_lead", "team_size": 12, "cloud": "gcp", "kubernetes": True,
                             "current_stack": ["vertex-ai", "mlflow", "apache-airflow", "kubeflow"],
                             "frustrations": ["too_many_tools"]})  # fmt: skip
    rec = recommend(profile, shipped())
    theirs = [pick for pick in rec.picks if pick.id in profile.current_stack]
    assert theirs
    for pick in theirs:
        assert pick.ring_meaning.startswith(label(pick.ring.value))
        assert "already run it" in pick.ring_meaning and "some risk" not in pick.ring_meaning
    for pick in rec.picks:
        if pick.id not in profile.current_stack:
            assert "already run it" not in pick.ring_meaning


def test_no_runner_up_is_offered_beside_a_tool_they_run_when_they_have_too_many_tools() -> None:
    # "keep it" is the advice for Vertex AI's pipelines; ZenML as "also good" would be a tool more for a team that
    # has too many already
    profile = parse_profile({"persona": "team_lead", "team_size": 12, "cloud": "gcp", "kubernetes": True,
                             "current_stack": ["vertex-ai", "mlflow", "apache-airflow", "kubeflow"],
                             "frustrations": ["too_many_tools"], "needs": ["ml_pipelines"]})  # fmt: skip
    rec = recommend(profile, shipped())
    assert rec.picks
    for pick in rec.picks:
        if pick.id in profile.current_stack:
            assert pick.also_good is None


def test_a_team_with_no_monitoring_in_production_gets_a_monitor_whatever_its_maturity() -> None:
    # models live but retrained by hand (level 0): "no monitoring in production" is answered by a monitoring tool,
    # not only by an orchestrator for the retraining; one made for CI/CD-level teams still waits for that level
    profile = parse_profile({"persona": "software_engineer", "team_size": 2, "maturity": 0, "cloud": "none",
                             "kubernetes": False, "open_source_only": True, "budget": "none",
                             "frustrations": ["no_monitoring", "manual_retraining"],
                             "workloads": ["tabular"]})  # fmt: skip
    rec = recommend(profile, shipped())
    assert any(Stage.MODEL_MONITORING in pick.stages for pick in rec.picks)
    wanted = wanted_of(profile, shipped())
    evidently = {f.name: f.points for f in factors(shipped().get("evidently"), profile, shipped(), wanted)}
    arize = {f.name: f.points for f in factors(shipped().get("arize-ai"), profile, shipped(), wanted)}
    assert evidently["maturity"] == 0.0 and arize["maturity"] < 0


def test_a_tool_and_the_managed_edition_its_summary_names_are_near_duplicates() -> None:
    ray, anyscale, mlflow = shipped().get("ray"), shipped().get("anyscale"), shipped().get("mlflow")
    assert near_duplicate(anyscale, ray) and near_duplicate(ray, anyscale)
    assert not near_duplicate(ray, mlflow)
    profile = parse_profile({"persona": "ml_engineer", "team_size": 6, "cloud": "aws", "kubernetes": True,
                             "needs": ["compute"], "frustrations": ["compute_access"]})  # fmt: skip
    picks = [pick.id for pick in recommend(profile, shipped()).picks]
    assert not {"ray", "anyscale"} <= set(picks)


def test_too_many_tools_is_not_said_to_be_a_preference_and_is_not_fixed_on_an_unrelated_platform() -> None:
    # Bedrock, an LLM API they run, is nothing to consolidate experiment tracking and pipelines on; and with no
    # scope preference stated, a platform's breadth is argued from the pain, not "as you prefer"
    profile = parse_profile({"current_stack": ["amazon-bedrock"],
                             "frustrations": ["stuck_in_notebooks", "cant_reproduce", "too_many_tools"]})  # fmt: skip
    rec = recommend(profile, shipped())
    assert "amazon-bedrock" not in [pick.id for pick in rec.picks]
    sprawl = parse_profile({"frustrations": ["too_many_tools", "cant_reproduce"], "cloud": "aws"})
    said = [r for pick in recommend(sprawl, shipped()).picks for r in pick.reasons]
    assert not any("as you prefer" in reason for reason in said)


def test_a_data_warehouse_they_run_is_nothing_to_consolidate_ml_tools_on() -> None:
    # BigQuery is built for no job of the lifecycle: "too many tools" is not answered by "consolidate on BigQuery"
    profile = parse_profile({"persona": "researcher", "frustrations": ["too_many_tools"],
                             "current_stack": ["aim", "google-bigquery"]})  # fmt: skip
    rec = recommend(profile, shipped())
    assert not any("consolidating on Google BigQuery" in reason for pick in rec.picks for reason in pick.reasons)
    assert "consolidating on Google BigQuery" not in why_not(profile, shipped(), "agenta")


def test_a_job_only_its_paid_edition_does_is_not_sold_as_free() -> None:
    """Arthur's free engine does LLM evaluation and tracing; monitoring ML models needs its paid Platform. For a
    free-only team asking for monitoring it is no pick and why-not says why; for a low budget it is not "free to
    run yourself", and its caveats say the job is paid. Asked for LLM tracing, its free engine still counts."""
    free_only = parse_profile({"persona": "ml_engineer", "team_size": 6, "cloud": "on_prem", "self_hosted": True,
                               "workloads": ["tabular"], "needs": ["model_monitoring"], "budget": "none"})  # fmt: skip
    assert "arthur" not in [t.id for t in picks(free_only)]
    assert why_not(free_only, shipped(), "arthur") == (
        "Arthur: model monitoring is only in its paid edition, and your budget is free only.")
    low = parse_profile({**free_only.model_dump(mode="json"), "budget": "low"})
    wanted = wanted_of(low, shipped())
    budget = next(f for f in factors(shipped().get("arthur"), low, shipped(), wanted) if f.name == "budget")
    assert budget.points < 0 and budget.good is None
    assert budget.bad == "it is paid for model monitoring, which its free edition does not do, heavy for a low budget"
    shown = [p for p in recommend(low, shipped(), top=6).picks if p.id == "arthur"]
    for pick in shown:
        assert "model monitoring is only in its paid edition" in pick.caveats
        assert not any("free" in reason for reason in pick.reasons)
    tracing = parse_profile({**free_only.model_dump(mode="json"), "workloads": ["llm"],
                             "needs": ["llm_observability"]})  # fmt: skip
    assert not why_not(tracing, shipped(), "arthur").startswith("Arthur: LLM observability is only")
    assert "paid edition" not in why_not(tracing, shipped(), "arthur")
    # Deepchecks' open-source packages test data and models; its LLM evaluation is a paid, closed platform
    open_only = parse_profile({"persona": "software_engineer", "team_size": 4, "cloud": "aws", "workloads": ["llm"],
                               "needs": ["llm_evaluation"], "open_source_only": True})  # fmt: skip
    assert "deepchecks" not in [t.id for t in picks(open_only)]
    assert why_not(open_only, shipped(), "deepchecks") == ("Deepchecks: LLM evaluation is only in its paid edition, "
                                                           "which is not open source, and you need open source.")
    checks = parse_profile({**open_only.model_dump(mode="json"), "workloads": ["tabular"],
                            "needs": ["data_validation"]})  # fmt: skip
    assert "paid edition" not in why_not(checks, shipped(), "deepchecks")


def test_paid_stages_are_jobs_of_a_tool_with_a_free_edition() -> None:
    """paid_stages names jobs among its primary stages, of a freemium tool, and leaves the free edition one job."""
    freemium = {"pricing": "freemium", "license": "proprietary", "open_source": False, "self_hosted_pricing": "free",
                "stages": ["model_monitoring", "llm_observability"],
                "primary_stages": ["model_monitoring", "llm_observability"]}  # fmt: skip
    tool = _tool("half-paid", **freemium, paid_stages=["model_monitoring"])
    assert tool.paid_for([Stage.MODEL_MONITORING]) and not tool.paid_for([Stage.MODEL_MONITORING,
                                                                           Stage.LLM_OBSERVABILITY])
    assert not tool.paid_for([])
    for bad, message in ((["model_serving"], "among its primary_stages"),
                         (["model_monitoring", "llm_observability"], "leave at least one job")):  # fmt: skip
        with pytest.raises(ValueError, match=message):
            _tool("half-paid", **freemium, paid_stages=bad)
    with pytest.raises(ValueError, match="only for a tool with a free edition"):
        _tool("all-paid", **{**freemium, "pricing": "paid"}, paid_stages=["model_monitoring"])


def test_compute_source_is_given_exactly_for_a_tool_built_for_compute() -> None:
    """Where a compute tool's machines come from is part of its entry when compute is one of its jobs, and only then
    (the shipped catalog gives it for every such tool)."""
    compute = {"stages": ["compute"], "primary_stages": ["compute"]}
    assert _tool("gpu-launcher", **compute, compute_source="yours").compute_source is ComputeSource.YOURS
    with pytest.raises(ValueError, match="compute_source is given exactly when compute"):
        _tool("gpu-launcher", **compute)
    with pytest.raises(ValueError, match="compute_source is given exactly when compute"):
        _tool("a-server", compute_source="rented")
    assert all(t.compute_source is not None for t in shipped() if Stage.COMPUTE in t.primary_stages)


def test_a_job_only_the_hosted_service_does_is_not_offered_to_a_team_that_runs_its_own() -> None:
    """Portkey's open-source gateway routes LLM calls; its tracing and observability are in the hosted app (its
    README). A team that must self-host, or may use only open source, asking for LLM observability is not sent it,
    and why-not says which job and which rule; a team happy with SaaS may be, told the job is in the hosted service
    and never that it is free to run yourself or open source."""
    base = {"persona": "software_engineer", "team_size": 4, "cloud": "aws", "workloads": ["llm"],
            "needs": ["llm_observability"], "current_stack": ["litellm"]}
    catalog = shipped()
    for extra, rule in (({"self_hosted": True}, "and you need self-hosting."),
                        ({"open_source_only": True}, "which is not open source, and you need open source."),
                        ({"cloud": "on_prem"}, "and I assume a team on-prem self-hosts.")):
        profile = parse_profile({**base, **extra})
        assert "portkey" not in {t.id for t in picks(profile)}
        said = why_not(profile, catalog, "portkey")
        assert said == f"Portkey: LLM observability is only in its hosted service, {rule}"
    hosted = parse_profile({**base, "self_hosted": False, "budget": "low"})
    ahead = [t.id for _, t, _ in rank(hosted, catalog)]
    ahead = frozenset(ahead[: ahead.index("portkey")])  # left out, so that Portkey is a pick
    pick = next(p for p in recommend(hosted, catalog, leave_out=ahead).picks if p.id == "portkey")
    assert "LLM observability is only in its hosted service" in pick.caveats
    assert not any("open source" in reason or "free to run yourself" in reason for reason in pick.reasons)


def test_hosted_stages_are_jobs_of_a_tool_with_both_a_hosted_service_and_its_own_software() -> None:
    both = {"deployment": ["saas", "self_hosted"], "stages": ["llm_observability", "model_serving"],
            "primary_stages": ["llm_observability", "model_serving"]}
    tool = _tool("gateway", **both, hosted_stages=["llm_observability"])
    assert tool.hosted_for([Stage.LLM_OBSERVABILITY]) and not tool.hosted_for([Stage.LLM_OBSERVABILITY,
                                                                               Stage.MODEL_SERVING])
    with pytest.raises(ValueError, match="among its primary_stages"):
        _tool("gateway", **both, hosted_stages=["vector_search"])
    with pytest.raises(ValueError, match="a hosted service and a self-hosted edition"):
        _tool("gateway", **{**both, "deployment": ["self_hosted"]}, hosted_stages=["llm_observability"])


def test_a_job_only_its_hosted_service_does_is_not_done_for_a_team_that_must_self_host() -> None:
    """Roboflow labels in its web app and serves with its self-hosted Inference server: to a team that must self-host
    and wants both, it is at most a server, and the labelling goes to a tool they can run (never "Roboflow: data
    labeling" on the stack card); to a team that may use hosted tools, it does both."""
    raw = {"persona": "software_engineer", "team_size": 4, "maturity": 1, "cloud": "other", "kubernetes": False,
           "workloads": ["computer_vision"], "needs": ["model_serving", "data_labeling"], "self_hosted": True,
           "budget": "low", "scope_preference": "piecemeal"}
    catalog = shipped()
    assert Stage.DATA_LABELING in catalog.get("roboflow").hosted_stages
    rec = recommend(parse_profile(raw), catalog)
    labelers = [p.id for p in rec.picks if "data_labeling" in p.stages]
    assert labelers and "roboflow" not in labelers, labelers
    roboflow = next((p for p in rec.picks if p.id == "roboflow"), None)
    assert roboflow is None or not any("data labeling" in reason for reason in roboflow.reasons)
    hosted = recommend(parse_profile({**raw, "self_hosted": False, "cloud": "aws"}), catalog)
    assert any(p.id == "roboflow" and "data_labeling" in p.stages for p in hosted.picks)


def test_a_data_platform_of_the_big_clouds_is_no_pick_for_a_team_on_a_smaller_cloud() -> None:
    """A 12-person startup on plain VMs at a smaller provider wants one platform for pipelines, tracking and serving:
    Databricks runs on AWS, Azure and GCP only, so adopting it would move their data and compute there."""
    raw = {"persona": "team_lead", "team_size": 12, "maturity": 1, "cloud": "other", "kubernetes": False,
           "workloads": ["tabular", "nlp"], "needs": ["ml_pipelines", "model_serving", "experiment_tracking"],
           "budget": "low", "scope_preference": "all_in_one"}
    picks = [p.id for p in recommend(parse_profile(raw), shipped()).picks]
    assert "databricks" not in picks and "clearml" in picks, picks
    said = why_not(parse_profile(raw), shipped(), "databricks")
    assert "runs your data and compute on AWS, Azure or Google Cloud, not on the cloud you chose" in said, said
    on_aws = recommend(parse_profile({**raw, "cloud": "aws"}), shipped())
    assert not any("the cloud you chose" in c for p in on_aws.picks for c in p.caveats)


def test_a_counterfactual_never_names_a_tool_in_the_hold_ring() -> None:
    """A 40-person regulated fintech that must run open source and self-host, with MLflow and Airflow, asks for
    model monitoring: DataRobot would rank fifth without the licence rule, but it is in the Hold ring and so no pick;
    the counterfactual names a tool that would be one (not in the Hold ring, and ruled out by the licence rule)."""
    raw = {"persona": "team_lead", "team_size": 40, "cloud": "aws", "kubernetes": True,
           "frustrations": ["slow_handoff", "no_monitoring"], "needs": ["model_monitoring"], "open_source_only": True,
           "self_hosted": True, "workloads": ["tabular"], "current_stack": ["gitlab", "mlflow", "apache-airflow"]}
    pick = recommend(parse_profile(raw), shipped()).picks[0]
    assert pick.id == "evidently" and pick.counterfactual is not None
    assert "DataRobot" not in pick.counterfactual, pick.counterfactual
    named = re.search(r"I'd suggest (.+?) for ", pick.counterfactual)
    assert named is not None, pick.counterfactual
    tool = shipped().match_name(named.group(1))
    assert tool is not None and tool.effective_ring is not Ring.HOLD, tool
    assert "open source" in why_not(parse_profile(raw), shipped(), tool.id)  # what the licence rule rules out


def test_a_small_budget_counterfactual_names_only_what_a_small_budget_buys() -> None:
    """A six-person hospital research group on its own servers, free tools only, labeling CT scans and tracking
    experiments: "with a small budget, I'd suggest Comet" would be false (Comet self-hosts only on a paid edition, and
    the engine itself calls it heavy for a low budget), and so would Prodigy's paid licence."""
    raw = {"persona": "researcher", "team_size": 6, "cloud": "on_prem", "kubernetes": False,
           "workloads": ["computer_vision"], "frustrations": ["labeling_bottleneck"],
           "needs": ["data_labeling", "experiment_tracking"], "self_hosted": True, "budget": "none"}
    for kubernetes in (False, None):
        rec = recommend(parse_profile({**raw, "kubernetes": kubernetes}), shipped())
        said = [p.counterfactual for p in rec.picks if p.counterfactual]
        assert not any("Comet" in line or "Prodigy" in line for line in said), said
        low = parse_profile({**raw, "kubernetes": kubernetes, "budget": "low"})
        for line in said:
            if line.startswith("With a small budget"):
                named = re.search(r"I'd suggest (.+?) for ", line)
                tool = shipped().match_name(named.group(1)) if named else None
                assert tool is not None, line
                budget = next(f for f in factors(tool, low, shipped(), wanted_of(low, shipped())) if f.name == "budget")
                assert budget.points >= 0, (line, budget)


def test_a_team_that_must_self_host_is_not_first_sold_a_licence_on_top_of_running_it() -> None:
    """Arize AX self-hosts only by enterprise agreement: for a team that must run what it adopts, an open-source
    monitor comes first (they would buy a licence through the vendor's sales and still operate the closed one); with
    a big budget the licence still weighs, the price a little less."""
    profile = parse_profile({"persona": "platform_engineer", "team_size": 25, "cloud": "on_prem", "kubernetes": True,
                             "workloads": ["computer_vision"], "needs": ["model_monitoring"], "self_hosted": True,
                             "budget": "medium"})  # fmt: skip
    chosen = picks(profile)
    assert chosen[0].open_source, chosen[0].id
    found = {f.name: f for f in factors(shipped().get("arize-ai"), profile, shipped(), wanted_of(profile, shipped()))}
    rich = parse_profile({**profile.model_dump(exclude_none=True), "budget": "high"})
    found_rich = {f.name: f for f in factors(shipped().get("arize-ai"), rich, shipped(), wanted_of(rich, shipped()))}
    assert found["budget"].points < found_rich["budget"].points < 0
    assert found["budget"].bad == found_rich["budget"].bad == "running it yourself takes a paid licence from its vendor"
    assert picks(rich)[0].open_source


def test_an_llm_server_is_no_pick_while_the_kind_of_models_is_unsaid() -> None:
    """"Deploy a small sklearn model as an API", with the kind of models not yet answered: a server that takes any
    model comes first, not vLLM (LLMs only), and asking why says so; once they say LLM apps, vLLM is back."""
    profile = parse_profile({"persona": "researcher", "team_size": 1, "cloud": "none", "budget": "none",
                             "frustrations": ["cant_reproduce"], "needs": ["model_serving"]})  # fmt: skip
    assert "vllm" not in {t.id for t in picks(profile)}
    assert "made for LLM work only, and you haven't said you build with language models" in why_not(
        profile, shipped(), "vllm")
    llm = parse_profile({**profile.model_dump(exclude_none=True), "workloads": ["llm"]})
    assert "vllm" in {t.id for t in picks(llm)}


def test_a_tool_ranked_above_the_picks_for_a_pain_only_says_so() -> None:
    """MLflow ranks first for the "can't reproduce" pain, but they asked for model serving: the answer to "why not
    MLflow" says which is which, in one readable sentence."""
    profile = parse_profile({"persona": "researcher", "team_size": 1, "cloud": "none", "budget": "none",
                             "frustrations": ["cant_reproduce"], "needs": ["model_serving"]})  # fmt: skip
    said = why_not(profile, shipped(), "mlflow")
    assert "ranked 1 of" in said, said
    assert "experiment tracking, which only what hurts points to; the picks answer model serving, which you " \
        "asked for" in said


def test_a_tool_for_a_job_their_own_tool_keeps_says_so_not_that_a_pain_points_to_it() -> None:
    """They asked for model serving and compute, and serve with Ollama already: serving is kept by Ollama, so "why not
    vLLM?" says that, not that only what hurts points to serving (they asked for it)."""
    profile = parse_profile({"persona": "ml_engineer", "team_size": 3, "cloud": "on_prem", "kubernetes": False,
                             "self_hosted": True, "budget": "low", "workloads": ["llm"], "current_stack": ["ollama"],
                             "frustrations": ["compute_access"], "needs": ["model_serving", "compute"]})  # fmt: skip
    said = why_not(profile, shipped(), "vllm")
    assert "you already use Ollama for that, so I suggest keeping it" in said, said
    assert "only what hurts" not in said


def test_open_source_only_does_not_move_a_team_off_the_proprietary_ci_it_runs() -> None:
    """An open-source-only team on GitHub Actions asks for CI/CD: the rule is for the ML tools they adopt, so GitHub
    Actions keeps CI/CD and Jenkins is not picked to replace it; a proprietary ML tool they run (W&B) still is."""
    base = {"persona": "ml_engineer", "team_size": 4, "cloud": "aws", "kubernetes": False, "open_source_only": True,
            "budget": "none", "workloads": ["tabular"], "needs": ["ci_cd", "model_registry"]}
    profile = parse_profile({**base, "current_stack": ["github", "github-actions", "dvc"]})
    assert not {t.id for t in picks(profile)} & {"jenkins", "tekton", "woodpecker-ci"}
    assert "you already use it, so I suggest keeping it" in why_not(profile, shipped(), "github-actions")
    assert "you already use GitHub Actions for that" in why_not(profile, shipped(), "jenkins")
    tracked = parse_profile({**base, "needs": ["experiment_tracking"], "current_stack": ["weights-and-biases"]})
    assert "not open source" in why_not(tracked, shipped(), "weights-and-biases")
    assert "weights-and-biases" not in {t.id for t in picks(tracked)}


def test_a_renamed_tool_is_shown_with_the_name_people_still_know_it_by() -> None:
    """Vertex AI became Gemini Enterprise Agent Platform in April 2026: a GCP team still knows it by its old name, so
    its card's heading and a counterfactual naming it say both."""
    raw = {"persona": "ml_engineer", "team_size": 12, "maturity": 1, "cloud": "gcp", "kubernetes": True,
           "workloads": ["tabular"], "frustrations": ["slow_handoff", "no_monitoring"], "budget": "medium"}
    rec = recommend(parse_profile(raw), shipped())
    vertex = next(p for p in rec.picks if p.id == "vertex-ai")
    assert vertex.heading == "Gemini Enterprise Agent Platform (formerly Vertex AI)"
    shown = {item["id"]: item for item in rec.to_json_dict()["recommendations"]}
    assert shown["vertex-ai"]["formerly"] == "Vertex AI"
    others = [p for p in rec.picks if p.id != "vertex-ai"]
    assert all(p.heading == p.name and p.formerly is None for p in others)
    must_oss = {"persona": "platform_engineer", "team_size": 30, "cloud": "gcp", "kubernetes": True,
                "workloads": ["tabular", "nlp"], "frustrations": ["slow_handoff"], "needs": ["model_serving"],
                "open_source_only": True}
    said = [p.counterfactual for p in recommend(parse_profile(must_oss), shipped()).picks if p.counterfactual]
    assert any("Gemini Enterprise Agent Platform (formerly Vertex AI)" in line for line in said), said


def test_a_reason_every_pick_shares_is_said_of_all_of_them() -> None:
    """An open-source-only Azure team asking for governance gets two data catalogs: "All of them: … each covers data
    only, not models", not "it covers", which is worded for one tool."""
    raw = {"persona": "team_lead", "team_size": 25, "cloud": "azure", "needs": ["governance"], "open_source_only": True}
    rec = recommend(parse_profile(raw), shipped())
    assert any("it covers" in line for line in rec.common), rec.common
    assert any("each covers" in line for line in rec.common_said)
    assert not any(re.search(r"\bit covers\b", line) for line in rec.common_said)


def test_a_managed_edition_counts_half_the_tools_that_work_with_its_project() -> None:
    """Outerbounds runs Metaflow flows and Astronomer runs Airflow DAGs: what integrates with the project works with
    its edition, so the edition is no newcomer, but the project, which more people run, stays ahead of it."""
    from core.scoring import index_of

    catalog = shipped()
    users = index_of(catalog).users
    for edition_id, project_id in (("outerbounds", "metaflow"), ("astronomer", "apache-airflow")):
        assert users.get(edition_id, 0) >= users[project_id] // 2 > 0
        assert users.get(edition_id, 0) < users[project_id]


def test_a_paid_licence_to_self_host_weighs_twice_on_a_low_budget() -> None:
    """Comet's self-hosted edition is sold by its sales team: a low budget may buy seats, not such a licence, so it
    weighs on a low budget twice what it weighs on a medium one (beyond what paid software weighs anyway)."""
    def budget_points(budget: str) -> float:
        profile = parse_profile({"team_size": 10, "needs": ["experiment_tracking"], "self_hosted": True,
                                 "budget": budget})  # fmt: skip
        found = factors(shipped().get("comet"), profile, shipped(), wanted_of(profile, shipped()), ())
        return next(f.points for f in found if f.name == "budget")

    assert budget_points("low") <= -0.8 - 0.5 + 1e-9  # paid under a low budget, and the licence twice
    assert budget_points("medium") > budget_points("low") + 0.5


def test_a_team_that_must_self_host_is_told_when_running_a_tool_takes_a_paid_licence() -> None:
    profile = parse_profile({"team_size": 10, "needs": ["experiment_tracking"], "self_hosted": True, "budget": "low"})
    today = date(2026, 12, 5)
    line = "running it yourself takes a paid licence from its vendor"
    assert line in caveats(shipped().get("comet"), profile, today=today)
    assert line not in caveats(shipped().get("mlflow"), profile, today=today)  # open source: free to run
    hosted = parse_profile({"team_size": 10, "needs": ["experiment_tracking"], "self_hosted": False})
    assert line not in caveats(shipped().get("comet"), hosted, today=today)  # bought as a service, nothing to license


def test_an_edition_is_found_by_the_name_its_summary_gives_not_by_comparing_every_tool() -> None:
    from core.catalog import edition_of

    catalog = shipped()
    named = {name.lower(): tool for tool in catalog for name in (tool.name, *tool.aliases)}
    found = {tool.id: project.id for tool in catalog if (project := edition_of(tool, named)) is not None}
    assert found["outerbounds"] == "metaflow" and found["astronomer"] == "apache-airflow"
    assert found["anyscale"] == "ray" and "mlflow" not in found


def test_a_monitor_for_models_already_live_is_not_told_it_pays_off_only_later() -> None:
    """Models retrained by hand and nobody watching them in production: the monitor that is picked pays off now, so
    its caveats do not say 'pays off from maturity level 1; you are at 0' (the score holds nothing against it either);
    an orchestrator made for automated teams still says so."""
    profile = Profile(persona=Persona.RESEARCHER, team_size=12, maturity=0, cloud="azure", kubernetes=False,
                      budget="low", frustrations=(Frustration.MANUAL_RETRAINING, Frustration.NO_MONITORING))
    rec = recommend(profile, shipped())
    monitors = [p for p in rec.picks if shipped().get(p.id).built_for(Stage.MODEL_MONITORING)]
    assert monitors and shipped().get(monitors[0].id).min_maturity == 1
    assert not any(c.startswith("pays off from") for c in monitors[0].caveats)
    airflow = shipped().get("apache-airflow")
    assert airflow.min_maturity == 1
    assert "pays off from maturity level 1; you are at 0" in caveats(airflow, profile, today=date(2026, 12, 5))


def test_a_monitor_asked_for_and_the_pipeline_that_is_the_step_asked_for_are_not_told_to_wait() -> None:
    """The only ML person retrains forecasts by hand in notebooks and asks to automate retraining and to know when
    forecasts go bad: the monitor is for a model already live, so it is not told it 'pays off from maturity level
    1'; the pipeline tool is the very step to level 1 they asked to take, and its caveat says that change of
    practice instead of telling them to wait. Asked for neither, the orchestrator still says it pays off later."""
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=1, maturity=0, cloud="aws", kubernetes=False,
                      budget="low", frustrations=(Frustration.MANUAL_RETRAINING,),
                      needs=(Stage.ML_PIPELINES, Stage.MODEL_MONITORING))
    rec = recommend(profile, shipped())
    said = {p.id: p.caveats for p in rec.picks}
    tools = {i: shipped().get(i) for i in said}
    monitor = next(i for i, tool in tools.items() if tool.built_for(Stage.MODEL_MONITORING))
    pipeline = next(i for i, tool in tools.items() if tool.built_for(Stage.ML_PIPELINES) and tool.min_maturity)
    assert not any("maturity level" in c for c in said[monitor])
    step = "adopting it moves training out of notebooks into pipelines: the step to level 1 you asked for"
    assert step in said[pipeline]
    assert not any(c.startswith("pays off from") for c in said[pipeline])
    airflow = shipped().get("apache-airflow")
    other = Profile(persona=Persona.ML_ENGINEER, team_size=1, maturity=0, needs=(Stage.MODEL_MONITORING,))
    assert "pays off from maturity level 1; you are at 0" in caveats(airflow, other, today=date(2026, 12, 5))


def test_a_pipeline_tool_picked_for_a_pain_is_the_step_that_pain_calls_for() -> None:
    """A hospital team retrains CV models by hand and asked for no job outright: the orchestrator picked for 'retraining
    is manual' is the step to level 1 that pain calls for, not a tool that 'pays off from maturity level 1'."""
    profile = Profile(team_size=12, maturity=0, cloud="on_prem", kubernetes=True, open_source_only=True,
                      self_hosted=True, workloads=(Workload.COMPUTER_VISION,),
                      frustrations=(Frustration.MANUAL_RETRAINING, Frustration.NO_MONITORING))
    flyte = shipped().get("flyte")
    assert flyte.built_for(Stage.ML_PIPELINES) and flyte.min_maturity == 1
    said = caveats(flyte, profile, today=date(2026, 12, 5))
    assert ("adopting it moves training out of notebooks into pipelines: the step to level 1 that 'retraining is "
            "manual' calls for") in said
    assert not any(c.startswith("pays off from") for c in said)
    rec = recommend(profile, shipped())
    assert not any(c.startswith("pays off from") for p in rec.picks for c in p.caveats
                   if shipped().get(p.id).built_for(Stage.ML_PIPELINES))


def test_governance_of_llm_apps_only_is_no_answer_for_a_team_with_no_llm_work() -> None:
    """A bank's credit-risk team (tabular models, on-prem, must self-host) asks for governance: a tool that governs
    only LLM apps (runtime guardrails on AI traffic) is not picked for them, however few others run on-prem; a team
    building LLM apps may still get it."""
    catalog = shipped()
    superwise = catalog.get("superwise")
    assert set(superwise.governs) == {"llm_apps"}
    base = {"persona": "team_lead", "team_size": 6, "cloud": "on_prem", "kubernetes": True, "self_hosted": True,
            "needs": ["governance"], "current_stack": ["gitlab", "mlflow"]}
    picks = [p.id for p in recommend(parse_profile({**base, "workloads": ["tabular"]}), catalog).picks]
    assert picks and "superwise" not in picks
    ranked = [t.id for _, t, _ in rank(parse_profile({**base, "workloads": ["llm"]}), catalog)]
    assert "superwise" in ranked


@pytest.mark.parametrize(("persona", "budget"), [("software_engineer", "medium"), ("ml_engineer", "high")])
def test_the_engineer_building_an_llm_app_gets_guardrails_for_governance(
    persona: str, budget: str
) -> None:
    # "governance" from whoever builds the app is about its prompts and answers (PII, jailbreaks): a guardrail is
    # among the picks for it (a team lead with a budget still gets oversight of models: the test above)
    profile = parse_profile({"persona": persona, "team_size": 8, "cloud": "aws", "workloads": ["llm"],
                             "needs": ["governance"], "budget": budget})
    governing = [t for t in picks(profile) if t.built_for(Stage.GOVERNANCE)]
    assert any(Governs.LLM_APPS in t.kinds(Stage.GOVERNANCE) for t in governing), [t.id for t in governing]


def test_an_llm_team_that_must_self_host_gets_guardrails_for_governance_not_a_data_catalog() -> None:
    # health-tech lead, LLM and text models, everything on their own cluster: personal data must not reach the model;
    # a data catalog (DataHub) answers another question
    profile = parse_profile({"persona": "team_lead", "team_size": 25, "maturity": 1, "cloud": "azure",
                             "kubernetes": True, "workloads": ["llm", "nlp"], "frustrations": ["llm_quality_unknown"],
                             "needs": ["governance"], "self_hosted": True, "budget": "medium"})
    governing = [t for t in picks(profile) if t.built_for(Stage.GOVERNANCE)]
    assert governing, "no governance pick"
    assert all(Governs.LLM_APPS in t.kinds(Stage.GOVERNANCE) for t in governing), [t.id for t in governing]


def test_the_constraints_line_speaks_only_of_new_picks_when_a_tool_they_run_is_kept() -> None:
    """A team that wants only open source and runs GitHub Actions, asking for CI/CD: GitHub Actions, which they run,
    is kept, and it is not open source, so no line says every pick is; beside a new pick, the line speaks of the new
    ones and says the one they run is kept."""
    profile = parse_profile(
        {"team_size": 5, "cloud": "gcp", "current_stack": ["github", "github-actions"], "needs": ["ci_cd"],
         "open_source_only": True, "budget": "none"}
    )  # fmt: skip
    rec = recommend(profile, shipped())
    assert [p.id for p in rec.picks] == ["github-actions", "jenkins"]
    assert not any(line.startswith("Every pick") for line in rec.advice), rec.advice
    assert rec.advice[0] == ("Every new pick is open source and has a free way in, as you require. GitHub Actions, "
                             "which you already run, is kept as it is."), rec.advice


def test_asking_for_the_job_a_tool_on_hold_does_for_them_gets_what_to_move_to() -> None:
    """An insurer monitors its pricing models with whylogs, whose maker shut down (the Hold ring), and asks for
    model monitoring: "keep it" is no answer, an active monitor is. Asked for something else, the whylogs they run
    still keeps its monitoring job (no monitor is picked beside it)."""
    team = {"persona": "ml_engineer", "team_size": 7, "cloud": "aws", "kubernetes": False, "workloads": ["tabular"],
            "current_stack": ["whylogs"], "needs": ["model_monitoring"], "budget": "medium"}
    chosen = picks(parse_profile(team))
    assert chosen and "whylogs" not in {t.id for t in chosen}
    assert all(t.built_for(Stage.MODEL_MONITORING) and t.effective_ring is not Ring.HOLD for t in chosen)
    other = picks(parse_profile({**team, "needs": ["experiment_tracking"]}))
    assert other and not any(t.built_for(Stage.MODEL_MONITORING) for t in other)


def test_compute_asked_beside_serving_on_their_own_cluster_is_that_cluster() -> None:
    """A platform team on its own Kubernetes cluster asks for model serving and compute: the GPUs to serve on are
    their cluster's, so the picks are model servers that run on it, not Ray or a GPU cloud beside it. Asked for
    compute alone, the cluster keeps nothing: a GPU scheduler or a compute layer is what they ask for."""
    team = {"persona": "platform_engineer", "team_size": 12, "cloud": "on_prem", "kubernetes": True,
            "workloads": ["llm"], "needs": ["model_serving", "compute"], "open_source_only": True, "budget": "low"}
    assert wanted_of(parse_profile(team), shipped()).kept[Stage.COMPUTE] == "kubernetes"
    chosen = picks(parse_profile(team))
    assert chosen and all(t.primary_stages[0] is Stage.MODEL_SERVING for t in chosen)
    alone = picks(parse_profile({**team, "needs": ["compute"]}))
    assert alone and all(t.built_for(Stage.COMPUTE) for t in alone)


def test_governance_said_to_be_about_an_llm_apps_traffic_picks_guardrails() -> None:
    """Without it, a lead with a budget on hosted services who asks for governance of an LLM app gets oversight of
    models (the common case on the panels); with `governs` said, the picks screen the app's prompts and answers."""
    lead = {"persona": "team_lead", "team_size": 12, "cloud": "aws", "workloads": ["llm"], "needs": ["governance"],
            "budget": "medium", "self_hosted": False}
    guards = {t.id for t in shipped() if Governs.LLM_APPS in t.governs and set(t.governs) == {Governs.LLM_APPS}}
    oversight = [p.id for p in recommend(parse_profile(lead), shipped()).picks]
    asked = [p.id for p in recommend(parse_profile({**lead, "governs": ["llm_apps"]}), shipped()).picks]
    assert not set(oversight) <= guards, oversight
    assert asked and set(asked) <= guards, asked


def test_governs_takes_only_the_vocabulary() -> None:
    with pytest.raises(InvalidProfile, match="governs"):
        parse_profile({"governs": ["guardrails"]})


def test_a_server_for_foundation_models_is_no_answer_for_a_tabular_model() -> None:
    """NVIDIA NIM packages LLMs, vision-language and speech models; an analytics team shipping its first churn model
    gets general model servers, and why-not says what NIM is made for."""
    profile = parse_profile({"team_size": 6, "workloads": ["tabular"], "current_stack": ["snowflake", "apache-airflow"],
                             "needs": ["model_serving"]})  # fmt: skip
    answer = recommend(profile, shipped())
    assert "NVIDIA NIM" not in [p.name for p in answer.picks] + [p.also_good for p in answer.picks]
    assert "made for LLM, computer vision and speech work only" in why_not(profile, shipped(), "nvidia-nim")


def test_one_person_short_of_gpus_with_no_machines_named_gets_gpus_not_a_scheduler() -> None:
    """A student whose laptop has no GPU, who has named no cluster: free GPU sessions (Colab, Kaggle) get them GPUs;
    Ray and Slurm spread work over machines they may not have, and why-not says so."""
    profile = parse_profile({"persona": "researcher", "team_size": 1, "workloads": ["computer_vision"],
                             "frustrations": ["compute_access"], "needs": ["compute"], "budget": "none"})  # fmt: skip
    names = [p.name for p in recommend(profile, shipped()).picks]
    assert "Google Colab" in names and "Ray" not in names and "Slurm" not in names, names
    assert "machines you run, and you have none that you named" in why_not(profile, shipped(), "slurm")
    on_a_cluster = parse_profile({**profile.model_dump(mode="json"), "current_stack": ["slurm"]})
    assert "Google Colab" not in [p.name for p in recommend(on_a_cluster, shipped()).picks]
