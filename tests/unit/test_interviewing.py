"""The adaptive interviewer: asks what can change the picks, never what is known, stops when stable."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from core.catalog import Catalog, parse_catalog
from core.conversation import FixedOrder, Interviewer
from core.interviewing import HARD, THRESHOLD, AdaptiveInterviewer
from core.profile import Profile, parse_profile
from core.questions import BY_ID, OPENING, QUESTIONS, is_relevant
from core.vocabulary import Cloud, Frustration, Persona, Stage, Workload

ROOT = Path(__file__).resolve().parents[2]
TRUTH: dict[str, Any] = {
    "persona": "software_engineer", "team_size": 6, "maturity": 1, "cloud": "gcp",
    "workloads": ["llm"], "current_stack": ["langchain"], "needs": ["llm_observability"],
    "self_hosted": False, "budget": "medium",
}  # fmt: skip


@cache
def shipped() -> Catalog:
    return parse_catalog(
        (ROOT / "catalog.json").read_text(encoding="utf-8"), today=date(2026, 12, 31)
    )


def walk(interviewer: Interviewer, truth: dict[str, Any]) -> list[str]:
    profile, done, asked = Profile(), set[str](), []
    while (question := interviewer.next_question(profile, frozenset(done))) is not None:
        assert question.id not in profile.known() and question.id not in done
        assert is_relevant(question, profile)
        asked.append(question.id)
        if question.id == OPENING:  # a button-only person: picks their role (or skips) and nothing more
            if truth.get("persona"):
                profile = profile.with_answers(persona=truth["persona"])
            else:
                done.add(OPENING)
        elif truth.get(question.id) is None:
            done.add(question.id)
        else:
            profile = profile.with_answers(**{question.id: truth[question.id]})
        assert len(asked) <= len(QUESTIONS)
    return asked


def test_it_opens_with_the_open_question_and_never_asks_a_known_or_skipped_field() -> None:
    assert walk(AdaptiveInterviewer(shipped()), TRUTH)[0] == OPENING
    walk(AdaptiveInterviewer(shipped()), {"cloud": "none", "needs": ["notebooks"]})


def test_it_asks_fewer_questions_than_the_fixed_order() -> None:
    adaptive = walk(AdaptiveInterviewer(shipped()), TRUTH)
    fixed = walk(FixedOrder(), TRUTH)
    assert "needs" in adaptive or "frustrations" in adaptive
    assert len(adaptive) < len(fixed)


def test_it_never_asks_about_kubernetes_on_a_laptop() -> None:
    asked = walk(AdaptiveInterviewer(shipped()), {"cloud": "none", "needs": ["model_serving"]})
    assert "kubernetes" not in asked


def test_it_stops_when_nothing_is_left_to_ask() -> None:
    every = frozenset(question.id for question in QUESTIONS)
    assert AdaptiveInterviewer(shipped()).next_question(Profile(), every) is None


def test_with_nothing_wanted_yet_it_asks_what_hurts() -> None:
    question = AdaptiveInterviewer(shipped()).next_question(Profile(persona=Persona.RESEARCHER), frozenset({OPENING}))
    assert question is not None and question.id == "frustrations"


def test_once_it_knows_what_hurts_it_asks_what_they_need_before_anything_else() -> None:
    """A pain only implies the jobs the picks are for; what they need names them, so it is always asked."""
    profile = Profile(persona=Persona.ML_ENGINEER, frustrations=(Frustration.SLOW_HANDOFF,))
    question = AdaptiveInterviewer(shipped()).next_question(profile, frozenset({OPENING}))
    assert question is not None and question.id == "needs"
    skipped = AdaptiveInterviewer(shipped()).next_question(profile, frozenset({OPENING, "needs"}))
    assert skipped is None or skipped.id != "needs"


def test_laptop_only_rules_out_a_tool_that_needs_a_cluster_to_self_host() -> None:
    from core.constraints import violations

    laptop = Profile(cloud=Cloud.NONE, self_hosted=True)  # no Kubernetes question is asked on a laptop
    assert any("Kubernetes" in v for v in violations(shipped().get("kubeflow"), laptop))


def test_a_question_none_of_whose_answers_changes_the_picks_has_no_regret() -> None:
    interviewer = AdaptiveInterviewer(shipped())
    profile = Profile(needs=(Stage.EXPERIMENT_TRACKING,), cloud=Cloud.AWS, kubernetes=False)
    current = interviewer._picks(profile)[0]
    persona = BY_ID["persona"]
    assert interviewer.expected_regret(persona, profile, current) < THRESHOLD


def test_picks_that_serve_nothing_wanted_are_regrettable_whatever_the_answer() -> None:
    interviewer = AdaptiveInterviewer(shipped())
    profile = Profile(needs=(Stage.MODEL_SERVING,))
    wrong = interviewer.expected_regret(BY_ID["cloud"], profile, ("git", "jupyterlab", "docker"))
    right = interviewer.expected_regret(BY_ID["cloud"], profile, interviewer._picks(profile)[0])
    assert wrong > THRESHOLD and wrong > 2 * right


def test_a_hard_constraint_that_would_rule_out_a_pick_is_always_asked() -> None:
    interviewer = AdaptiveInterviewer(shipped(), threshold=1.1)  # no question is worth asking on regret alone
    profile = Profile(needs=(Stage.EXPERIMENT_TRACKING,), cloud=Cloud.AWS, kubernetes=False, self_hosted=False,
                      workloads=(Workload.TABULAR,))  # fmt: skip
    question = interviewer.next_question(profile, frozenset({OPENING}))
    assert question is not None and question.id in HARD


def test_after_an_opening_in_words_that_left_it_out_it_asks_what_they_build() -> None:
    """What they build decides between tools for LLM apps and for classic models; a sentence that left it out is
    followed by that question (once what they need is known), a role button is not: the regret decides there."""
    interviewer = AdaptiveInterviewer(shipped())
    profile = Profile(persona=Persona.ML_ENGINEER, team_size=6, cloud=Cloud.AWS, needs=(Stage.MODEL_MONITORING,))
    question = interviewer.next_question(profile, frozenset({OPENING}))
    assert question is not None and question.id == "workloads"
    buttons = interviewer.next_question(profile, frozenset())
    assert buttons is None or buttons.id != "workloads"
    said = interviewer.next_question(profile.with_answers(workloads=("llm",)), frozenset({OPENING}))
    assert said is None or said.id != "workloads"
    skipped = interviewer.next_question(profile, frozenset({OPENING, "workloads"}))
    assert skipped is None or skipped.id != "workloads"


def test_imagined_answers_are_weighted_by_priors_that_sum_to_one() -> None:
    interviewer = AdaptiveInterviewer(shipped())
    for question in QUESTIONS:
        if question.id == OPENING:
            continue
        answers = interviewer.imagined_answers(question, Profile(), ("mlflow",))
        assert answers and abs(sum(weight for _, weight in answers) - 1) < 1e-9, question.id
    kubernetes = interviewer.imagined_answers(BY_ID["kubernetes"], Profile(cloud=Cloud.NONE), ())
    assert kubernetes == [(False, 1.0)]


def test_hard_constraints_that_rule_out_a_pick_only_together_are_still_asked() -> None:
    # Self-hosted alone allows a tool with a SaaS edition, and "no Kubernetes" alone allows its SaaS
    # edition too; together they rule it out, so neither question may be skipped as harmless.
    catalog = shipped()
    interviewer = AdaptiveInterviewer(catalog, threshold=1.1)  # nothing is worth asking on regret alone
    hosted = [t for t in catalog.tools if t.requires_kubernetes and t.needs_your_cluster(True)
              and not t.needs_your_cluster(False)]  # fmt: skip
    assert hosted, "the catalog has tools whose SaaS edition needs no cluster"
    current = (hosted[0].id,)
    profile = Profile(needs=hosted[0].primary_stages[:1], self_hosted=True)
    assert interviewer.rules_out_a_pick(BY_ID["kubernetes"], profile, current)
    unsure = Profile(needs=hosted[0].primary_stages[:1])
    assert interviewer.rules_out_a_pick(BY_ID["self_hosted"], unsure, current)
    assert not interviewer.rules_out_a_pick(BY_ID["kubernetes"], profile.with_answers(self_hosted=False), current)


def test_a_hard_constraint_that_would_rule_out_a_shown_pick_is_asked() -> None:
    """A last pick judged on its own may be one the untrimmed three leave out (the Hugging Face Hub as a second
    registry for a platform team on a smaller cloud): open source only would rule it out, so it is asked before the
    picks are shown, and the picks then respect the answer."""
    from core.matching import recommend
    from core.profile import parse_profile

    profile = parse_profile({"persona": "platform_engineer", "team_size": 12, "cloud": "other", "kubernetes": True,
                             "current_stack": ["helm", "argo-cd", "gitlab", "prometheus", "grafana", "harbor",
                                               "torchserve"],
                             "frustrations": ["too_many_tools"], "needs": ["model_serving", "model_registry"]})
    shown = [shipped().get(p.id) for p in recommend(profile, shipped()).picks]
    assert any(not tool.open_source for tool in shown)  # the state this is about
    question = AdaptiveInterviewer(shipped()).next_question(profile, frozenset())  # they chose their role
    assert question is not None and question.id == "open_source_only"
    answered = profile.with_answers(open_source_only=True)
    assert all(shipped().get(p.id).open_source for p in recommend(answered, shipped()).picks)


def test_a_hard_rule_that_would_drop_a_tool_they_keep_is_asked_before_the_picks() -> None:
    """They already trace with LangSmith and run on-prem: the picks say "keep LangSmith", but a free-only budget
    would rule its self-hosted edition out, so the budget is asked before those picks are shown."""
    interviewer = AdaptiveInterviewer(shipped())
    profile = parse_profile({"persona": "software_engineer", "team_size": 3, "cloud": "on_prem",
                             "current_stack": ["langsmith", "langchain"], "needs": ["llm_observability"]})  # fmt: skip
    done = frozenset({OPENING, "frustrations", "open_source_only"})
    asked = []
    while (question := interviewer.next_question(profile, done | set(asked))) is not None:
        asked.append(question.id)
    assert "budget" in asked


def test_a_hard_rule_that_would_drop_the_platform_they_would_gather_on_is_asked() -> None:
    """Too many tools, on Databricks: the answer is to consolidate on it, which "open source only" would rule out, so
    the licence is asked before those picks are shown."""
    from core.matching import recommend

    interviewer = AdaptiveInterviewer(shipped())
    profile = parse_profile({"persona": "platform_engineer", "team_size": 30, "cloud": "aws", "kubernetes": True,
                             "current_stack": ["databricks", "apache-spark", "terraform"],
                             "frustrations": ["compute_access", "too_many_tools"],
                             "needs": ["compute", "workflow_orchestration"]})  # fmt: skip
    assert "databricks" in {p.id for p in recommend(profile, shipped()).picks}  # the state this is about
    done = frozenset({OPENING, "workloads"})
    asked = []
    while (question := interviewer.next_question(profile, done | set(asked))) is not None:
        asked.append(question.id)
    assert "open_source_only" in asked


def test_regret_is_the_same_when_the_choice_is_not_made_again() -> None:
    """When the current picks are still the best-scored tools for an imagined answer, the interviewer does not
    choose again (nothing can score more): the regret it reports is the one a full choice gives."""
    interviewer = AdaptiveInterviewer(shipped())
    profiles = [
        parse_profile({"persona": "researcher", "team_size": 4, "cloud": "aws", "needs": ["experiment_tracking"]}),
        parse_profile({"persona": "ml_engineer", "team_size": 10, "cloud": "gcp",
                       "needs": ["ml_pipelines", "model_registry", "model_serving"], "budget": "high"}),
        parse_profile({"persona": "software_engineer", "team_size": 3, "cloud": "on_prem",
                       "current_stack": ["langsmith"], "needs": ["llm_observability"]}),
    ]  # fmt: skip
    compared = 0
    for profile in profiles:
        current, _ = interviewer._picks(profile)
        for question in QUESTIONS:
            if question.id == OPENING or getattr(profile, question.id, None) is not None:
                continue
            for value, _ in interviewer.imagined_answers(question, profile, current):
                imagined = profile.with_answers(**{question.id: value})
                picks, scores = interviewer._picks(imagined)  # chosen in full, no shortcut
                best = sum(scores[tool] for tool in picks)
                mine = sum(scores.get(tool, 0.0) for tool in current)
                full = max(0.0, min(1.0, (best - mine) / best)) if best > 0 else 0.0
                assert abs(interviewer.regret(imagined, current) - full) < 1e-9, (question.id, value)
                compared += 1
    assert compared > 20
