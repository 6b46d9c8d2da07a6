"""The adaptive interviewer: asks what can change the picks, never what is known, stops when stable."""

from __future__ import annotations

from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from core.catalog import Catalog, parse_catalog
from core.conversation import FixedOrder, Interviewer
from core.interviewing import AdaptiveInterviewer
from core.profile import Profile
from core.questions import QUESTIONS, is_relevant
from core.vocabulary import Cloud

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
        if truth.get(question.id) is None:
            done.add(question.id)
        else:
            profile = profile.with_answers(**{question.id: truth[question.id]})
        assert len(asked) <= len(QUESTIONS)
    return asked


def test_it_never_asks_a_known_field_a_skipped_question_or_an_irrelevant_one() -> None:
    walk(AdaptiveInterviewer(shipped()), TRUTH)
    walk(AdaptiveInterviewer(shipped()), {"cloud": "none", "needs": ["notebooks"]})


def test_it_asks_fewer_questions_than_the_fixed_order() -> None:
    adaptive = walk(AdaptiveInterviewer(shipped()), TRUTH)
    fixed = walk(FixedOrder(), TRUTH)
    assert "needs" in adaptive
    assert len(adaptive) < len(fixed)


def test_it_never_asks_about_kubernetes_on_a_laptop() -> None:
    asked = walk(AdaptiveInterviewer(shipped()), {"cloud": "none", "needs": ["model_serving"]})
    assert "kubernetes" not in asked


def test_it_stops_when_nothing_is_left_to_ask() -> None:
    every = frozenset(question.id for question in QUESTIONS)
    assert AdaptiveInterviewer(shipped()).next_question(Profile(), every) is None


def test_a_question_none_of_whose_answers_changes_the_picks_has_no_expected_change() -> None:
    interviewer = AdaptiveInterviewer(shipped())
    profile = Profile(cloud=Cloud.ON_PREM, needs=None)
    question = next(q for q in QUESTIONS if q.id == "needs")
    current = ("a", "b", "c")  # ids that no answer can produce
    assert interviewer.expected_change(question, profile, current) == 1.0
    assert interviewer.imagined_answers(
        next(q for q in QUESTIONS if q.id == "kubernetes"), current
    ) == [True, False]
