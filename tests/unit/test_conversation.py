"""The conversation through the service layer: every global command from every state, never a crash."""

from __future__ import annotations

import pytest

from core.catalog import Catalog
from core.conversation import FixedOrder, Step
from core.interviewing import AdaptiveInterviewer
from core.services import Waiter
from core.turns import Answered, Ask, Confirm, Say, Show, Turn
from tests.fakes import FakeClock, FakeStore, FakeUnitOfWork

W, U = "T1", "alice"
MEET_ANSWERS = ["researcher", "5", "notebooks", "aws", "no", "git, mlflow", "tabular"]
IDENTIFY_ANSWERS = ["can't reproduce", "experiment tracking, data versioning", "no", "no", "low", "piecemeal"]


def asked(turn: Turn) -> str | None:
    questions = [m.question.id for m in turn if isinstance(m, Ask)]
    return questions[-1] if questions else None


def said(turn: Turn) -> str:
    return " ".join(m.text for m in turn if isinstance(m, (Say, Confirm)))


def drive_to(waiter: Waiter, step: Step) -> Turn:
    turn = waiter.open(W, U)
    script: list[str] = []
    if step in (Step.MEET, Step.PAUSED, Step.CONFIRM_RESTART):
        script = MEET_ANSWERS[:1]
    elif step is Step.IDENTIFY:
        script = MEET_ANSWERS
    else:
        script = MEET_ANSWERS + IDENTIFY_ANSWERS
    if step is Step.REFINE:
        script = [*script, "cheaper"]
    if step is Step.DONE:
        script = [*script, "done"]
    if step is Step.PAUSED:
        script = [*script, "stop"]
    if step is Step.CONFIRM_RESTART:
        script = [*script, "restart"]
    for text in script:
        turn = waiter.reply(W, U, text)
    assert waiter.state_of(W, U) is step
    return turn


def test_a_whole_interview_ends_with_two_or_three_picks(waiter: Waiter) -> None:
    turn = drive_to(waiter, Step.RECOMMEND)
    shows = [m for m in turn if isinstance(m, Show)]
    assert len(shows) == 1
    assert 2 <= len(shows[0].recommendation.picks) <= 3
    assert shows[0].recommendation_id is not None


def test_mlflow_already_in_use_is_kept_not_recommended(waiter: Waiter) -> None:
    turn = drive_to(waiter, Step.RECOMMEND)
    show = next(m for m in turn if isinstance(m, Show))
    assert "mlflow" not in [p.id for p in show.recommendation.picks]
    assert any("Keep MLflow" in line for line in show.recommendation.keep)


# state after each command, from each state
EXPECTED = {
    (Step.MEET, "help"): Step.MEET, (Step.MEET, "back"): Step.MEET, (Step.MEET, "skip"): Step.MEET,
    (Step.MEET, "restart"): Step.CONFIRM_RESTART, (Step.MEET, "stop"): Step.PAUSED, (Step.MEET, "why"): Step.MEET,
    (Step.IDENTIFY, "help"): Step.IDENTIFY, (Step.IDENTIFY, "back"): Step.MEET,
    (Step.IDENTIFY, "skip"): Step.IDENTIFY, (Step.IDENTIFY, "restart"): Step.CONFIRM_RESTART,
    (Step.IDENTIFY, "stop"): Step.PAUSED, (Step.IDENTIFY, "why"): Step.IDENTIFY,
    (Step.RECOMMEND, "help"): Step.RECOMMEND, (Step.RECOMMEND, "back"): Step.IDENTIFY,
    (Step.RECOMMEND, "skip"): Step.RECOMMEND, (Step.RECOMMEND, "restart"): Step.CONFIRM_RESTART,
    (Step.RECOMMEND, "stop"): Step.PAUSED, (Step.RECOMMEND, "why"): Step.RECOMMEND,
    (Step.REFINE, "help"): Step.REFINE, (Step.REFINE, "back"): Step.REFINE, (Step.REFINE, "skip"): Step.REFINE,
    (Step.REFINE, "restart"): Step.CONFIRM_RESTART, (Step.REFINE, "stop"): Step.PAUSED,
    (Step.REFINE, "why"): Step.REFINE,
    (Step.DONE, "help"): Step.DONE, (Step.DONE, "back"): Step.IDENTIFY, (Step.DONE, "skip"): Step.DONE,
    (Step.DONE, "restart"): Step.CONFIRM_RESTART, (Step.DONE, "stop"): Step.DONE, (Step.DONE, "why"): Step.DONE,
    (Step.PAUSED, "help"): Step.MEET, (Step.PAUSED, "back"): Step.MEET, (Step.PAUSED, "skip"): Step.MEET,
    (Step.PAUSED, "restart"): Step.CONFIRM_RESTART, (Step.PAUSED, "stop"): Step.PAUSED,
    (Step.PAUSED, "why"): Step.MEET,
    (Step.CONFIRM_RESTART, "help"): Step.MEET, (Step.CONFIRM_RESTART, "back"): Step.MEET,
    (Step.CONFIRM_RESTART, "skip"): Step.MEET, (Step.CONFIRM_RESTART, "restart"): Step.MEET,
    (Step.CONFIRM_RESTART, "stop"): Step.MEET, (Step.CONFIRM_RESTART, "why"): Step.MEET,
}  # fmt: skip


@pytest.mark.parametrize(("start", "command"), sorted(EXPECTED, key=str))
def test_every_global_command_works_from_every_state(waiter: Waiter, start: Step, command: str) -> None:
    drive_to(waiter, start)
    before = waiter.current_profile(W, U)
    turn = waiter.reply(W, U, command)
    assert turn, "every command gets an answer"
    assert waiter.state_of(W, U) is EXPECTED[(start, command)]
    after = waiter.current_profile(W, U)
    assert after is not None and before is not None
    if command not in ("back", "restart", "skip") and start is not Step.CONFIRM_RESTART:
        assert after == before, "commands other than back/skip/restart never change the answers"
    if start is Step.CONFIRM_RESTART and command != "restart":
        assert after == before, "anything but yes at 'start over?' keeps every answer"
    if start is Step.CONFIRM_RESTART and command == "restart":
        assert not after.known(), "saying restart again at 'start over?' means yes"


def test_help_explains_the_current_question_and_asks_it_again(waiter: Waiter) -> None:
    drive_to(waiter, Step.MEET)
    turn = waiter.reply(W, U, "help")
    assert "solo researcher" in said(turn)
    assert asked(turn) == "team_size"


def test_back_undoes_the_last_answer_and_asks_that_question_again(waiter: Waiter) -> None:
    drive_to(waiter, Step.IDENTIFY)
    turn = waiter.reply(W, U, "back")
    assert asked(turn) == "workloads"
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.workloads is None and profile.cloud == "aws"


def test_skip_moves_on_and_the_skipped_question_is_not_asked_again(waiter: Waiter) -> None:
    drive_to(waiter, Step.MEET)
    turn = waiter.reply(W, U, "skip")
    assert asked(turn) == "maturity"
    for answer in MEET_ANSWERS[2:]:
        turn = waiter.reply(W, U, answer)
    assert asked(turn) == "frustrations"


def test_restart_asks_first_and_yes_clears_everything(waiter: Waiter) -> None:
    drive_to(waiter, Step.IDENTIFY)
    turn = waiter.reply(W, U, "restart")
    assert any(isinstance(m, Confirm) for m in turn)
    assert waiter.current_profile(W, U).cloud == "aws"  # type: ignore[union-attr]
    turn = waiter.reply(W, U, "yes")
    assert asked(turn) == "opening"
    assert not waiter.current_profile(W, U).known()  # type: ignore[union-attr]


def test_stop_pauses_and_any_message_resumes_at_the_same_question(waiter: Waiter) -> None:
    drive_to(waiter, Step.IDENTIFY)
    turn = waiter.reply(W, U, "stop")
    assert "kept" in said(turn)
    turn = waiter.reply(W, U, "hello again")
    assert waiter.state_of(W, U) is Step.IDENTIFY
    assert asked(turn) == "frustrations"


def test_why_at_recommend_gives_the_reasons_for_each_pick(waiter: Waiter) -> None:
    turn = drive_to(waiter, Step.RECOMMEND)
    names = [p.name for m in turn if isinstance(m, Show) for p in m.recommendation.picks]
    why = said(waiter.reply(W, U, "why"))
    assert all(name in why for name in names)


def test_an_answer_that_does_not_fit_reprompts_with_the_options_and_loses_nothing(waiter: Waiter) -> None:
    drive_to(waiter, Step.MEET)
    before = waiter.current_profile(W, U)
    turn = waiter.reply(W, U, "purple elephants")
    assert "whole number" in said(turn)
    assert asked(turn) == "team_size"
    assert waiter.current_profile(W, U) == before


def test_volunteered_facts_fill_fields_that_are_then_not_asked(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.reply(W, U, "I'm a researcher, we're 5 people on AWS, using airflow and ML flow")
    profile = waiter.current_profile(W, U)
    assert profile is not None
    assert (profile.persona, profile.team_size, profile.cloud) == ("researcher", 5, "aws")
    assert profile.current_stack == ("apache-airflow", "mlflow")
    assert asked(turn) == "maturity"


def test_a_button_press_on_an_earlier_question_gets_a_note_and_the_current_question(waiter: Waiter) -> None:
    drive_to(waiter, Step.MEET)
    turn = waiter.choose(W, U, "persona", ["software_engineer"])
    assert "already answered" in said(turn)
    assert asked(turn) == "team_size"
    assert waiter.current_profile(W, U).persona == "researcher"  # type: ignore[union-attr]


def test_a_button_press_answers_and_echoes_the_choice(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.choose(W, U, "opening", ["ml_engineer"])
    echoes = [m for m in turn if isinstance(m, Answered)]
    assert echoes and echoes[0].answer == "ML engineer"
    assert asked(turn) == "team_size"


def test_a_forged_choice_outside_the_options_is_refused(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.choose(W, U, "opening", ["wizard"])
    assert "not one of the options" in said(turn)
    assert waiter.current_profile(W, U).persona is None  # type: ignore[union-attr]


def test_no_kubernetes_question_for_someone_on_a_laptop_only(waiter: Waiter) -> None:
    waiter.open(W, U)
    for text in ["researcher", "1", "notebooks"]:
        waiter.reply(W, U, text)
    turn = waiter.reply(W, U, "no cloud")
    assert asked(turn) == "current_stack"


def test_critique_open_source_only_drops_proprietary_picks(waiter: Waiter, mini_catalog) -> None:  # type: ignore[no-untyped-def]
    drive_to(waiter, Step.RECOMMEND)
    turn = waiter.reply(W, U, "open source only")
    show = next(m for m in turn if isinstance(m, Show))
    assert show.recommendation.picks
    assert all(mini_catalog.get(p.id).open_source for p in show.recommendation.picks)


def test_a_critique_that_changes_nothing_says_so_and_keeps_the_shortlist(waiter: Waiter) -> None:
    """"open source only" twice: the second time the answers already say so, which is said rather than a "new"
    shortlist that is the same one (as "cheaper" to someone on free tools only)."""
    drive_to(waiter, Step.RECOMMEND)
    said(waiter.reply(W, U, "open source only"))
    again = said(waiter.reply(W, U, "open source only"))
    assert "already say so" in again and "new shortlist" not in again, again


@pytest.mark.parametrize("text", ["cheaper", "the real pain is cost, not speed", "these cost too much",
                                  "too expensive for us"])
def test_cost_said_to_hurt_after_the_picks_asks_for_cheaper_picks(waiter: Waiter, text: str) -> None:
    drive_to(waiter, Step.RECOMMEND)
    assert "Cheaper: here's the new shortlist" in said(waiter.reply(W, U, text))


def test_why_not_names_the_broken_constraint(waiter: Waiter) -> None:
    drive_to(waiter, Step.RECOMMEND)
    assert "requires Kubernetes" in said(waiter.reply(W, U, "why not kubeflow?"))
    assert "don't know" in said(waiter.reply(W, U, "why not frobnicator9000"))


def test_how_about_a_tool_after_the_picks_says_why_it_is_or_is_not_one(waiter: Waiter) -> None:
    drive_to(waiter, Step.RECOMMEND)
    assert "requires Kubernetes" in said(waiter.reply(W, U, "how about Kubeflow?"))
    assert "didn't catch" in said(waiter.reply(W, U, "how about the weather"))


def test_feedback_is_stored_with_the_recommendation(waiter: Waiter) -> None:
    turn = drive_to(waiter, Step.RECOMMEND)
    show = next(m for m in turn if isinstance(m, Show))
    pick = show.recommendation.picks[0]
    assert show.recommendation_id is not None
    waiter.feedback(W, U, show.recommendation_id, pick.id, "helpful")
    stored = waiter.latest_picks(W, U)
    assert stored is not None and stored.feedback == {pick.id: "helpful"}


def test_feedback_on_someone_elses_picks_is_refused(waiter: Waiter) -> None:
    turn = drive_to(waiter, Step.RECOMMEND)
    show = next(m for m in turn if isinstance(m, Show))
    assert show.recommendation_id is not None
    reply = waiter.feedback(W, "mallory", show.recommendation_id, show.recommendation.picks[0].id, "helpful")
    assert "no longer on file" in said(reply)


def test_a_huge_message_is_answered_politely(waiter: Waiter) -> None:
    drive_to(waiter, Step.MEET)
    turn = waiter.reply(W, U, "x" * 50_000)
    assert asked(turn) == "team_size"


def test_an_answer_to_another_question_is_kept_instead_of_refused(waiter: Waiter) -> None:
    drive_to(waiter, Step.IDENTIFY)
    waiter.reply(W, U, "skip")  # frustrations
    turn = waiter.reply(W, U, "we must be open source only")  # while asked about needs
    assert "Got it: open source only" in said(turn)
    assert waiter.current_profile(W, U).open_source_only is True  # type: ignore[union-attr]
    assert asked(turn) == "needs"


def test_why_not_works_in_the_middle_of_the_interview(waiter: Waiter) -> None:
    drive_to(waiter, Step.IDENTIFY)
    turn = waiter.reply(W, U, "why not neptune?")
    assert "shut down" in said(turn)
    assert asked(turn) == "frustrations"


@pytest.fixture
def catalog_waiter(shipped_catalog: Catalog, fake_store: FakeStore, clock: FakeClock) -> Waiter:
    """The conversation service over the shipped catalog, asking every question in bank order."""
    return Waiter(shipped_catalog, lambda: FakeUnitOfWork(fake_store), clock=clock, interviewer=FixedOrder())


def test_a_question_about_a_tool_is_answered_from_the_catalog_and_the_question_still_waits(
        catalog_waiter: Waiter) -> None:
    drive_to(catalog_waiter, Step.IDENTIFY)
    before = catalog_waiter.current_profile(W, U)
    turn = catalog_waiter.reply(W, U, "is neptune still around?")
    assert "neptune.ai, by" in said(turn) and "shut down" in said(turn)
    assert "What replaces it: Weights & Biases" in said(turn)  # its entry's successor
    assert asked(turn) == "frustrations"
    assert catalog_waiter.current_profile(W, U) == before  # neither read into the stack nor counted as a miss
    turn = catalog_waiter.reply(W, U, "what happened to seldon core?")
    assert "BUSL-1.1 (not open source)" in said(turn) and asked(turn) == "frustrations"


def test_a_first_message_asking_about_a_tool_is_greeted_and_answered(catalog_waiter: Waiter) -> None:
    turn = catalog_waiter.reply(W, U, "Is ClearML open source?")
    assert "I'm the MLOps Waiter" in said(turn)
    assert "ClearML, by" in said(turn) and "SSPL" in said(turn)
    assert asked(turn) == "opening"


def test_a_question_about_a_tool_after_the_picks_changes_nothing(catalog_waiter: Waiter) -> None:
    drive_to(catalog_waiter, Step.RECOMMEND)
    turn = catalog_waiter.reply(W, U, "tell me about kitops")
    assert "KitOps, by" in said(turn) and not [m for m in turn if isinstance(m, (Show, Ask))]
    assert catalog_waiter.state_of(W, U) is Step.RECOMMEND


def test_a_question_about_a_tool_after_a_pause_is_answered_on_the_way_back(catalog_waiter: Waiter) -> None:
    drive_to(catalog_waiter, Step.PAUSED)
    turn = catalog_waiter.reply(W, U, "is neptune still around?")
    assert "neptune.ai, by" in said(turn) and asked(turn) is not None
    assert catalog_waiter.state_of(W, U) is not Step.PAUSED


@pytest.mark.parametrize("text", ["what's a feature store?", "what's next?", "is it free?", "is this open source?"])
def test_questions_that_name_no_tool_are_read_as_usual(catalog_waiter: Waiter, text: str) -> None:
    drive_to(catalog_waiter, Step.IDENTIFY)
    turn = catalog_waiter.reply(W, U, text)
    assert ", by " not in said(turn)


def test_the_very_first_message_gets_the_greeting_and_keeps_what_it_said(waiter: Waiter) -> None:
    turn = waiter.reply(W, U, "hi there")
    assert "I'm the MLOps Waiter" in said(turn) and asked(turn) == "opening"
    other = waiter.reply(W, "bob", "I'm a researcher on AWS")
    assert "I'm the MLOps Waiter" in said(other)
    assert waiter.current_profile(W, "bob").cloud == "aws"  # type: ignore[union-attr]


def test_a_repeated_delivery_gets_no_second_answer(waiter: Waiter) -> None:
    drive_to(waiter, Step.MEET)
    first = waiter.reply(W, U, "5", delivery_keys=("event:Ev1",))
    again = waiter.reply(W, U, "5", delivery_keys=("event:Ev1",))
    assert first and again == ()
    assert waiter.current_profile(W, U).team_size == 5  # type: ignore[union-attr]


def test_after_an_opening_in_words_at_most_four_follow_ups_then_only_a_hard_rule_that_could_break_a_pick(
    shipped_catalog: Catalog, fake_store: FakeStore, clock: FakeClock,
) -> None:
    """A lead of 40 on AWS with three pains leaves almost everything else open; skipping every follow-up, they are
    asked four, and after those only a hard constraint whose likely answer would rule out a pick they would see."""
    waiter = Waiter(shipped_catalog, lambda: FakeUnitOfWork(fake_store), clock=clock,
                    interviewer=AdaptiveInterviewer(shipped_catalog))
    turn = waiter.open(W, U)
    turn = waiter.reply(W, U, "I lead the ML team; we're 40 people; we run on AWS; what hurts: stuck in notebooks, "
                              "slow hand-off to production and no monitoring in production.")
    follow_ups: list[str] = []
    while (question := asked(turn)) is not None and len(follow_ups) < 12:
        follow_ups.append(question)
        turn = waiter.reply(W, U, "skip")
    assert any(isinstance(m, Show) for m in turn), follow_ups
    assert len(follow_ups) > 4, follow_ups  # the case this is about: more than four were worth asking
    assert set(follow_ups[4:]) <= {"open_source_only", "self_hosted", "kubernetes", "budget", "cloud"}, follow_ups
    assert len(follow_ups) <= 6, follow_ups
