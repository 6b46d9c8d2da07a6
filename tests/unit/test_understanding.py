"""The conversation understands people: the opening sentence, answers meant for another field, the
loop guard, "picks now", and corrections at any point (also after the picks)."""

from __future__ import annotations

import pytest

from core.answers import understand
from core.catalog import Catalog
from core.conversation import Step
from core.interviewing import AdaptiveInterviewer
from core.profile import Profile
from core.questions import BY_ID
from core.services import Waiter
from core.turns import Answered, Ask, Say, Show, Turn
from core.vocabulary import Stage
from core.wording import pick_to_leave_out
from tests.fakes import FakeClock, FakeStore, FakeUnitOfWork

W, U = "T1", "alice"
OPENING = (
    "I'm an ML engineer, 6 of us on AWS with EKS. We can't reproduce results and need experiment tracking. "
    "Open source only, we self-host, tight budget."
)


def asked(turn: Turn) -> str | None:
    questions = [m.question.id for m in turn if isinstance(m, Ask)]
    return questions[-1] if questions else None


def ask_of(turn: Turn) -> Ask:
    return next(m for m in turn if isinstance(m, Ask))


def said(turn: Turn) -> str:
    return " ".join(m.text for m in turn if isinstance(m, Say))


def picks_of(turn: Turn) -> list[str]:
    return [p.id for m in turn if isinstance(m, Show) for p in m.recommendation.picks]


@pytest.fixture
def adaptive(shipped_catalog: Catalog) -> Waiter:
    store = FakeStore()
    return Waiter(shipped_catalog, lambda: FakeUnitOfWork(store), clock=FakeClock(),
                  interviewer=AdaptiveInterviewer(shipped_catalog))  # fmt: skip


def to_question(waiter: Waiter, question_id: str, **instead: str) -> Turn:
    """Answer in bank order (the fixture asks every question) until `question_id` is asked."""
    script = {"opening": "researcher", "team_size": "5", "maturity": "notebooks", "cloud": "aws",
              "kubernetes": "no", "current_stack": "git, mlflow", "workloads": "tabular",
              "frustrations": "can't reproduce", "needs": "experiment tracking", "open_source_only": "no",
              "self_hosted": "no", "budget": "low", "scope_preference": "piecemeal", **instead}  # fmt: skip
    turn = waiter.open(W, U)
    while asked(turn) != question_id:
        current = asked(turn)
        assert current is not None, turn
        turn = waiter.reply(W, U, script[current])
    return turn


def to_picks(waiter: Waiter) -> Turn:
    turn = to_question(waiter, "scope_preference")
    turn = waiter.reply(W, U, "piecemeal")
    assert waiter.state_of(W, U) is Step.RECOMMEND
    return turn


# -- the opening sentence ------------------------------------------------------------------------


def test_the_first_question_invites_a_sentence_and_offers_role_buttons(waiter: Waiter) -> None:
    ask = ask_of(waiter.open(W, U))
    assert ask.question.id == "opening" and ask.number == 1
    assert [o.value for o in ask.question.options][0] == "researcher"


def test_an_opening_sentence_fills_the_profile_and_is_read_back_in_display_names(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.reply(W, U, "ML engineer, 6 of us on AWS, we use W&B and airflow")
    echo = next(m for m in turn if isinstance(m, Answered))
    assert echo.answer == "ML engineer · team of 6 · AWS · using Weights & Biases, Apache Airflow"
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.current_stack == ("weights-and-biases", "apache-airflow")


def test_after_a_full_opening_sentence_at_most_three_questions_are_asked(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    turn = adaptive.reply(W, U, OPENING)
    questions = 0
    while asked(turn) is not None:
        questions += 1
        assert questions <= 3, turn
        turn = adaptive.reply(W, U, "skip")
    assert picks_of(turn)


def test_an_opening_in_words_that_leaves_out_what_they_build_is_followed_by_that_question(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    assert asked(adaptive.reply(W, U, OPENING)) == "workloads"  # the sentence says all but what they build
    adaptive.open(W, "bob")
    assert asked(adaptive.reply(W, "bob", "ML engineer, we can't reproduce results and need experiment tracking")) \
        == "workloads"
    adaptive.open(W, "carol")  # the same facts from a role button and two answers: the regret decides
    assert asked(adaptive.choose(W, "carol", "opening", ["ml_engineer"])) == "frustrations"
    assert asked(adaptive.reply(W, "carol", "can't reproduce results")) == "needs"
    assert asked(adaptive.reply(W, "carol", "experiment tracking")) != "workloads"
    said_it = OPENING.replace("need experiment tracking", "need experiment tracking for our LLM app")
    adaptive.open(W, "dave")
    assert asked(adaptive.reply(W, "dave", said_it)) != "workloads"


def test_slash_command_text_starts_the_interview_with_that_sentence_read(waiter: Waiter) -> None:
    turn = waiter.open(W, U, "we're 5 people on AWS and can't reproduce anything")
    assert "I'm the MLOps Waiter" in said(turn)
    profile = waiter.current_profile(W, U)
    assert profile is not None
    assert (profile.team_size, profile.cloud, profile.frustrations) == (5, "aws", ("cant_reproduce",))
    assert asked(turn) != "opening"


def test_a_first_direct_message_is_read_too(waiter: Waiter) -> None:
    turn = waiter.reply(W, "bob", "3 person startup on GCP, no k8s")
    assert "I'm the MLOps Waiter" in said(turn)
    profile = waiter.current_profile(W, "bob")
    assert profile is not None and (profile.team_size, profile.cloud, profile.kubernetes) == (3, "gcp", False)


def test_questions_are_numbered_by_questions_asked_not_by_fields_known(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.reply(W, U, "researcher, 5 people on AWS, no k8s, using git")
    ask = ask_of(turn)
    assert ask.number == 2 and ask.total is not None and ask.total >= 2


# -- an answer meant for another field ------------------------------------------------------------


def test_an_answer_for_another_field_is_noted_and_the_question_asked_again(waiter: Waiter) -> None:
    before = ask_of(to_question(waiter, "team_size"))
    turn = waiter.reply(W, U, "we're on GCP")
    assert "Google Cloud" in said(turn)
    assert waiter.current_profile(W, U).cloud == "gcp"  # type: ignore[union-attr]
    again = ask_of(turn)
    assert again.question.id == "team_size" and again.number == before.number


def test_the_gpus_a_team_has_do_not_answer_what_it_needs(waiter: Waiter) -> None:
    """'no kubernetes, just a couple of GPU servers' to 'which parts do you want help with?' says what they run on;
    'we need more GPUs' would be a need."""
    to_question(waiter, "needs", kubernetes="skip")
    turn = waiter.reply(W, U, "no kubernetes, just a couple of GPU servers")
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.kubernetes is False and profile.needs is None
    assert asked(turn) == "needs"
    waiter.reply(W, U, "we need more GPUs")
    assert waiter.current_profile(W, U).needs == ("compute",)  # type: ignore[union-attr]


def test_a_bare_number_to_unnumbered_options_is_a_team_size_not_an_option(waiter: Waiter) -> None:
    to_question(waiter, "frustrations", team_size="skip")
    turn = waiter.reply(W, U, "5")
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.team_size == 5 and profile.frustrations is None
    assert asked(turn) == "frustrations"


def test_a_tool_mentioned_while_answering_is_added_not_swapped(waiter: Waiter) -> None:
    to_question(waiter, "workloads")
    waiter.reply(W, U, "tabular, and we also use DVC")
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.workloads == ("tabular",)
    assert profile.current_stack == ("git", "mlflow", "dvc")


def test_an_unknown_tool_name_is_said_back(waiter: Waiter) -> None:
    to_question(waiter, "current_stack")
    turn = waiter.reply(W, U, "git, fooflow")
    assert "“fooflow”" in said(turn)
    assert waiter.current_profile(W, U).current_stack == ("git",)  # type: ignore[union-attr]


def test_an_unknown_name_is_said_back_without_the_words_after_it(waiter: Waiter) -> None:
    """'fooflow everywhere' names Fooflow; 'everywhere' is no part of a tool's name."""
    turn = waiter.reply(W, U, "backend dev here, we're on AWS with EKS, fooflow everywhere")
    assert "“fooflow”" in said(turn) and "everywhere”" not in said(turn)


def test_software_that_is_no_ml_tool_is_said_back_as_such_not_as_unknown(waiter: Waiter) -> None:
    """Postgres, FastAPI and cron are known, just not ML tools the catalog recommends: said back as that, by their
    usual names, rather than dropped in silence or called names not known."""
    turn = waiter.reply(W, U, "backend dev here, we're on AWS, churn model behind FastAPI, postgres everywhere, "
                              "retrained by a cron job")
    text = said(turn)
    assert "FastAPI, PostgreSQL and cron are outside the ML tooling I recommend" in text, text
    assert "I don't know" not in text
    # an everyday word that is also a product's name counts only as the name: "we excel at forecasting"
    assert "Excel" not in said(waiter.reply(W, U, "we excel at forecasting"))


def test_a_data_stack_around_a_warehouse_is_said_back_as_software_that_is_no_ml_tool(waiter: Waiter) -> None:
    text = said(waiter.reply(W, U, "we're 3 data engineers on Snowflake with dbt, Fivetran and Looker, events from "
                                   "Kafka into Delta Live Tables"))
    assert "dbt, Fivetran, Looker, Kafka and Delta Live Tables are outside the ML tooling" in text, text
    assert "I don't know" not in text
    # a word that is also such a product's name counts only as the name: "the census data", "a segment of users"
    assert "outside" not in said(waiter.reply(W, U, "forecasting from the census data for each segment of users"))


def test_a_name_inside_a_catalog_tools_name_is_not_said_back_as_other_software(shipped_catalog: Catalog) -> None:
    from core.answers import read

    assert read("we moved to Gemini Enterprise Agent Platform pipelines", shipped_catalog).unknown_tools == ()
    assert read("our app calls Gemini", shipped_catalog).unknown_tools == ("Gemini",)


def test_another_cloud_is_said_back_as_such_not_as_a_bare_other(waiter: Waiter) -> None:
    from core.turns import Answered

    turn = waiter.reply(W, U, "ML engineer, 4 of us, everything runs on Hetzner")
    read_back = " ".join(m.answer for m in turn if isinstance(m, Answered))
    assert "another cloud (not AWS, Google Cloud or Azure)" in read_back and "· Other" not in read_back, read_back


def test_a_library_named_among_the_tools_is_said_back_as_a_library(waiter: Waiter) -> None:
    """PyTorch is no stranger, and no tool a stack is made of: neither 'I don't know' nor a stack entry."""
    to_question(waiter, "current_stack")
    turn = waiter.reply(W, U, "git, pytorch and fooflow")
    assert "PyTorch is what you build models with" in said(turn) and "“fooflow”" in said(turn)
    assert "“pytorch”" not in said(turn)
    assert waiter.current_profile(W, U).current_stack == ("git",)  # type: ignore[union-attr]


def test_only_libraries_answer_the_tools_question_with_none(waiter: Waiter) -> None:
    to_question(waiter, "current_stack")
    turn = waiter.reply(W, U, "just pytorch and sklearn")
    assert "PyTorch and scikit-learn are what you build models with" in said(turn)
    assert asked(turn) != "current_stack"


# -- the loop guard -------------------------------------------------------------------------------------


def test_a_reply_not_understood_twice_lists_numbered_options_and_a_way_out(waiter: Waiter) -> None:
    to_question(waiter, "budget")
    first = waiter.reply(W, U, "purple elephants")
    assert "Sorry" in said(first) and asked(first) == "budget"
    second = waiter.reply(W, U, "purple elephants")
    assert "1. Free only" in said(second) and "skip" in said(second) and asked(second) == "budget"
    third = waiter.reply(W, U, "2")  # the numbers were listed, so a number now picks an option
    assert waiter.current_profile(W, U).budget == "low"  # type: ignore[union-attr]
    assert asked(third) == "scope_preference"


def test_not_knowing_is_an_answer_that_leaves_the_question_for_later(waiter: Waiter) -> None:
    # "no idea" starts with "no", but it is no "no": the question is left open, and what else is said is kept
    to_question(waiter, "kubernetes")
    turn = waiter.reply(W, U, "no idea honestly, I'd have to ask our devops guy")
    assert "Skipped" in said(turn) and "Sorry" not in said(turn) and asked(turn) != "kubernetes"
    assert waiter.current_profile(W, U).kubernetes is None  # type: ignore[union-attr]


def test_not_knowing_about_another_question_leaves_this_one_open(waiter: Waiter) -> None:
    # unsure of Kubernetes while asked about the budget: the budget is still asked, and nothing is skipped
    to_question(waiter, "budget")
    before = waiter.current_profile(W, U)
    turn = waiter.reply(W, U, "not sure, probably no k8s")
    assert "leave Kubernetes open" in said(turn) and "Skipped" not in said(turn) and asked(turn) == "budget"
    assert waiter.current_profile(W, U) == before  # not read as "no" budget, nor as anything else
    turn = waiter.reply(W, U, "no idea tbh")  # unsure of the budget itself: left for later
    assert "Skipped" in said(turn) and asked(turn) != "budget"


def test_the_same_question_is_never_asked_a_fourth_time(waiter: Waiter) -> None:
    to_question(waiter, "budget")
    turns = [waiter.reply(W, U, "purple elephants") for _ in range(3)]
    assert asked(turns[-1]) == "scope_preference"
    assert waiter.current_profile(W, U).budget is None  # type: ignore[union-attr]


def test_a_sentence_that_cannot_be_read_at_the_opening_falls_back_to_one_question_at_a_time(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.reply(W, U, "purple monkey dishwasher")
    assert asked(turn) == "persona"


@pytest.mark.parametrize("hello", ["hi", "Hey there!", "hello :wave:", "good morning team"])
def test_a_hello_at_the_opening_is_answered_in_kind_and_the_opening_asked_again_once(waiter: Waiter,
                                                                                      hello: str) -> None:
    waiter.open(W, U)
    turn = waiter.reply(W, U, hello)
    assert "Hello!" in said(turn) and "Sorry" not in said(turn) and asked(turn) == "opening"
    assert asked(waiter.reply(W, U, hello)) == "persona"  # a second hello: one question at a time


@pytest.mark.parametrize("words", ["show me picks now", "picks", "just recommend something", "skip to the picks"])
def test_picks_now_works_at_any_point(waiter: Waiter, words: str) -> None:
    to_question(waiter, "cloud")
    turn = waiter.reply(W, U, words)
    assert picks_of(turn)
    assert waiter.state_of(W, U) is Step.RECOMMEND


# -- corrections, also after the picks ---------------------------------------------------------------------


def test_a_correction_during_the_interview_changes_the_answer_and_says_so(waiter: Waiter) -> None:
    to_question(waiter, "kubernetes")
    turn = waiter.reply(W, U, "no, 12 people")
    assert "team of 5 → team of 12" in said(turn)
    assert waiter.current_profile(W, U).team_size == 12  # type: ignore[union-attr]
    assert asked(turn) == "kubernetes"


def test_what_about_evaluation_after_the_picks_is_of_the_llm_app_they_build(waiter: Waiter) -> None:
    """'Evaluation' alone says which kind only with what they build: for an LLM-app team it is LLM evaluation."""
    turn = to_question(waiter, "scope_preference", workloads="llm apps", needs="model serving")
    waiter.reply(W, U, "piecemeal")
    turn = waiter.reply(W, U, "what about evaluation?")
    assert "LLM evaluation" in said(turn)
    assert "llm_evaluation" in waiter.current_profile(W, U).needs  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["our openai bill tripled, we need to see cost per feature",
                                  "we're building agents w/ openai agents sdk and need observability",
                                  "we shipped an LLM feature and now the PM wants 'quality dashboards'"])  # fmt: skip
def test_what_an_llm_app_team_asks_to_see_is_llm_observability(shipped_catalog: Catalog, text: str) -> None:
    assert understand(text, shipped_catalog)["needs"] == ("llm_observability",)


def test_observability_of_a_cluster_is_no_llm_observability(shipped_catalog: Catalog) -> None:
    assert "needs" not in understand("we need observability for our k8s cluster", shipped_catalog)


def test_evaluation_said_by_a_team_without_llm_work_is_not_read_as_llm_evaluation(shipped_catalog: Catalog) -> None:
    assert "needs" not in understand("we need evaluation for our churn models", shipped_catalog)
    assert "needs" not in understand("we need to evaluate our churn models", shipped_catalog)
    facts = understand("I fine-tune small LLMs and want to evaluate my models on benchmarks", shipped_catalog)
    assert facts["needs"] == ("llm_evaluation",)
    facts = understand("we fine-tune llama 8b w/ lora and wanna serve it cheap + see if it's actually better than the "
                       "base model", shipped_catalog)
    assert set(facts["needs"]) == {"llm_evaluation", "model_serving"}
    assert "needs" not in understand("we retrain our churn model and want to see if it's better than the old one",
                                     shipped_catalog)
    facts = understand("solo founder, agents in CrewAI on Claude. costs are exploding and I can't see which agent "
                       "burns the tokens", shipped_catalog)
    assert facts["needs"] == ("llm_observability",)
    assert understand("we need evaluation for our RAG chatbot", shipped_catalog)["needs"] == ("llm_evaluation",)


def test_actually_we_are_on_gcp_after_the_picks_re_ranks(waiter: Waiter) -> None:
    to_picks(waiter)
    turn = waiter.reply(W, U, "actually we're on GCP")
    assert "AWS → Google Cloud" in said(turn)
    assert picks_of(turn)
    assert waiter.current_profile(W, U).cloud == "gcp"  # type: ignore[union-attr]
    assert waiter.state_of(W, U) is Step.REFINE


def test_a_kind_of_work_taken_back_is_replaced_by_what_they_say_it_is(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    adaptive.reply(W, U, "ML engineer, team of 3 on AWS building an LLM chatbot, need experiment tracking")
    assert picks_of(adaptive.reply(W, U, "picks"))
    for text, change, now in [("actually no LLMs, it's tabular churn models", "LLM apps → work: Tabular", "tabular"),
                              ("forget CV, this is time series", "Tabular → work: Time series", "time_series")]:
        turn = adaptive.reply(W, U, text)
        assert change in said(turn) and "Removed" not in said(turn) and picks_of(turn)
        assert [str(v) for v in adaptive.current_profile(W, U).workloads] == [now]  # type: ignore[union-attr]


def test_a_correction_that_is_already_so_is_understood_not_refused(waiter: Waiter) -> None:
    """Saying again what the bot already has ("actually we're on GCP", twice) is understood, and changes nothing."""
    to_picks(waiter)
    waiter.reply(W, U, "actually we're on GCP")
    again = waiter.reply(W, U, "actually we're on GCP")
    assert "That's what I have already (Google Cloud)" in said(again), said(again)
    assert "didn't catch" not in said(again)
    assert waiter.current_profile(W, U).cloud == "gcp"  # type: ignore[union-attr]


def test_x_or_y_after_the_picks_compares_them_for_this_person(adaptive: Waiter, shipped_catalog: Catalog) -> None:
    """"MLflow or W&B for us?": which to start with, and each one's own reasons and pricing, the higher-ranked
    first; a tool that is no pick gets its why-not; the profile is unchanged (neither is taken as in use)."""
    waiter, mini_catalog = adaptive, shipped_catalog
    waiter.open(W, U)
    shown = picks_of(waiter.reply(W, U, "ML engineer, 6 people on AWS, we need experiment tracking and a registry"))
    shown = shown or picks_of(waiter.reply(W, U, "picks"))
    first, second = (mini_catalog.get(t) for t in shown[:2])
    before = waiter.current_profile(W, U)
    turn = waiter.reply(W, U, f"{second.name.lower()} or {first.name.lower()} for us?")
    text = said(turn)
    assert f"for you I'd start with {first.name}, which ranks higher" in text, text
    assert text.index(f"{first.name} (pick 1)") < text.index(f"{second.name} (pick 2)")
    assert f"Pricing: {first.pricing_model}" in text and "didn't catch" not in text
    assert waiter.current_profile(W, U) == before
    other = next(t for t in mini_catalog if t.id not in shown and t.primary_stages)
    turn = waiter.reply(W, U, f"{first.name} vs {other.name}?")
    assert f"For you, {first.name}: it is one of my picks, and {other.name} is not." in said(turn), said(turn)
    assert waiter.current_profile(W, U) == before


def test_a_message_in_another_language_is_answered_with_a_note_that_it_may_be_read_in_part(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    turn = adaptive.reply(W, U, "Hola, soy analista de datos en una aseguradora mediana. Mi jefe quiere que el modelo "
                                "de fraude que hice en Python en mi laptop pase a producción")
    assert "I read English best" in said(turn), said(turn)
    english = adaptive.reply(W, U, "we're 4 people on AWS and nobody knows which model is in production")
    assert "I read English best" not in said(english)


def test_only_messages_mostly_in_another_language_count_as_such() -> None:
    from core.mentions import in_another_language

    assert in_another_language("你好，我们实验室做图像配准的。同样的参数训练好几次，每次结果差三四个点")
    assert in_another_language("Bonjour, je suis data scientist dans une PME, je fais de la prévision de la demande")
    assert not in_another_language("we're a fintech in São Paulo, 5 people, on AWS with EKS")
    assert not in_another_language("MLflow, W&B, Airflow, Kubeflow, Feast and SageMaker")


def test_a_tool_set_against_another_is_weighed_not_used(shipped_catalog: Catalog) -> None:
    assert "current_stack" not in understand("mlflow vs comet", shipped_catalog)
    assert "current_stack" not in understand("MLflow versus the rest, for a team of 5?", shipped_catalog)
    # an aside that says what each side runs still names the tools in use
    facts = understand("the two offices use different stacks (SageMaker vs Databricks)", shipped_catalog)
    assert "amazon-sagemaker-ai" in facts["current_stack"]


def test_a_second_cloud_said_as_an_addition_keeps_where_they_run_and_says_how_to_change_it(waiter: Waiter) -> None:
    to_picks(waiter)
    turn = waiter.reply(W, U, "actually we also have a small GCP account")
    assert waiter.current_profile(W, U).cloud == "aws"  # type: ignore[union-attr]
    assert "you also have Google Cloud; I'll keep AWS as where you mainly run" in said(turn)
    assert "→" not in said(turn)
    moved = waiter.reply(W, U, "actually we're on GCP")
    assert "AWS → Google Cloud" in said(moved)
    assert waiter.current_profile(W, U).cloud == "gcp"  # type: ignore[union-attr]


def test_the_role_of_the_team_they_are_in_does_not_replace_the_one_they_gave_of_themselves(waiter: Waiter) -> None:
    waiter.open(W, U)
    waiter.reply(W, U, "Product manager here, not an engineer. We shipped an AI summary feature on the OpenAI API.")
    turn = waiter.reply(W, U, "we're 6 devs on azure")
    profile = waiter.current_profile(W, U)
    assert profile is not None and (profile.persona, profile.team_size, profile.cloud) == ("team_lead", 6, "azure")
    assert "→" not in said(turn)
    turn = waiter.reply(W, U, "actually I'm a software engineer")
    assert waiter.current_profile(W, U).persona == "software_engineer"  # type: ignore[union-attr]
    assert "Team lead / manager → Software engineer" in said(turn)


def test_not_open_source_only_after_the_picks_undoes_the_constraint(waiter: Waiter, mini_catalog: Catalog) -> None:
    to_picks(waiter)
    strict = waiter.reply(W, U, "open source only")
    assert all(mini_catalog.get(p).open_source for p in picks_of(strict))
    relaxed = waiter.reply(W, U, "not open source only")
    assert waiter.current_profile(W, U).open_source_only is False  # type: ignore[union-attr]
    assert picks_of(relaxed)


def test_remove_a_pick_leaves_it_out_from_then_on(waiter: Waiter, mini_catalog: Catalog) -> None:
    first = picks_of(to_picks(waiter))
    name = mini_catalog.get(first[0]).name
    turn = waiter.reply(W, U, f"remove {name}")
    assert f"leave {name} out" in said(turn)
    assert first[0] not in picks_of(turn)
    assert first[0] not in picks_of(waiter.reply(W, U, "show more"))


def test_remove_a_tool_not_among_the_picks_keeps_it_out_of_them(waiter: Waiter, mini_catalog: Catalog) -> None:
    """"remove argo cd" of a tool the catalog knows but the screen does not show: it is still a tool's name (typed
    in lower case, too), and it stays out of the picks from then on, "show more" included."""
    shown = picks_of(to_picks(waiter))
    profile = waiter.current_profile(W, U)
    assert profile is not None
    hidden = next(t.id for t in mini_catalog if t.id not in shown and t.id not in profile.stack()
                  and " " in t.name)  # a name of several words ("Label Studio"), as "argo cd" is
    name = mini_catalog.get(hidden).name
    turn = waiter.reply(W, U, f"remove {name.lower()}")
    assert f"leave {name} out" in said(turn)
    assert hidden not in picks_of(waiter.reply(W, U, "show more"))


def test_a_pick_left_out_is_named_nowhere(waiter: Waiter, mini_catalog: Catalog) -> None:
    first = to_picks(waiter)
    before = picks_of(first)
    name = mini_catalog.get(before[0]).name
    turn = waiter.reply(W, U, "remove the first one")  # by its place in the list, as by its name
    assert f"leave {name} out" in said(turn)
    after = next(m for m in turn if isinstance(m, Show)).recommendation
    assert before[0] not in [p.id for p in after.picks]
    # no "also good", counterfactual or advice names the tool they took out
    words = " ".join([*after.advice, *after.common, *(str(p.also_good) for p in after.picks),
                      *(str(p.counterfactual) for p in after.picks)])  # fmt: skip
    assert name not in words, words
    assert "asked me to leave it out" in said(waiter.reply(W, U, f"why not {name}"))


@pytest.mark.parametrize(
    ("text", "left_out"),
    [("remove Evidently", "evidently"), ("drop the evidently one please", "evidently"), ("remove Arize AX", "arize-ai"),
     ("remove the first one", None), ("remove evidence of drift", None), ("evidently it drifts", None)],
)  # fmt: skip
def test_a_pick_is_left_out_by_its_shown_name_even_an_ordinary_word(text: str, left_out: str | None) -> None:
    assert pick_to_leave_out(text, {"Evidently": "evidently", "Arize AX": "arize-ai"}) == left_out


def test_a_place_past_the_last_pick_is_said_back(waiter: Waiter) -> None:
    shown = picks_of(to_picks(waiter))
    state = waiter.state_of(W, U)
    turn = waiter.reply(W, U, "drop pick 7")
    assert f"I'm showing {len(shown)} picks, so there's no pick 7" in said(turn)
    assert waiter.state_of(W, U) is state and not any(isinstance(m, Show) for m in turn)  # nothing left out


def test_remove_a_pick_they_already_use_leaves_it_out_of_the_picks_not_out_of_their_tools(waiter: Waiter) -> None:
    first = picks_of(to_picks(waiter))
    assert first[0] == "mlflow"  # they use MLflow, and it does what they asked for: "keep it"
    turn = waiter.reply(W, U, "remove MLflow")
    assert "leave MLflow out" in said(turn) and "Removed" not in said(turn)
    assert "mlflow" not in picks_of(turn)
    assert waiter.current_profile(W, U).current_stack == ("git", "mlflow")  # type: ignore[union-attr]


def test_i_dont_use_a_tool_takes_it_out_of_the_stack(waiter: Waiter) -> None:
    to_picks(waiter)
    turn = waiter.reply(W, U, "I don't use mlflow")
    assert "Removed MLflow" in said(turn)
    assert waiter.current_profile(W, U).current_stack == ("git",)  # type: ignore[union-attr]


def test_no_twelve_people_after_the_picks(waiter: Waiter) -> None:
    to_picks(waiter)
    waiter.reply(W, U, "no, 12 people")
    assert waiter.current_profile(W, U).team_size == 12  # type: ignore[union-attr]


def test_back_undoes_a_correction(waiter: Waiter) -> None:
    to_picks(waiter)
    waiter.reply(W, U, "actually we're on GCP")
    waiter.reply(W, U, "back")
    assert waiter.current_profile(W, U).cloud == "aws"  # type: ignore[union-attr]


def test_the_read_back_of_a_tools_answer_uses_display_names(waiter: Waiter) -> None:
    to_question(waiter, "current_stack")
    turn = waiter.reply(W, U, "wandb, dvc")
    echo = next(m for m in turn if isinstance(m, Answered))
    assert echo.answer == "Weights & Biases, DVC"
    assert BY_ID["current_stack"].prompt == echo.prompt


# -- the machine holds the rules -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "trigger", "allowed"),
    [(Step.MEET, "show_picks", True), (Step.RECOMMEND, "show_picks", False), (Step.DONE, "pause", False),
     (Step.REFINE, "revise", True), (Step.MEET, "revise", False), (Step.PAUSED, "ask_restart", True)],
)  # fmt: skip
def test_the_machine_says_which_commands_a_state_allows(state: Step, trigger: str, allowed: bool) -> None:
    from core.conversation import FixedOrder, Flow
    from core.profile import Profile

    flow = Flow(state=state, profile=Profile(), done=frozenset(), return_to=None, interviewer=FixedOrder())
    assert flow.allows(trigger) is allowed


def test_pausing_remembers_where_and_resuming_goes_back_there(waiter: Waiter) -> None:
    to_question(waiter, "cloud")
    waiter.reply(W, U, "stop")
    assert waiter.state_of(W, U) is Step.PAUSED
    turn = waiter.reply(W, U, "hello again")
    assert waiter.state_of(W, U) is Step.MEET and asked(turn) == "cloud"


def test_replies_of_unknown_names_alone_count_towards_the_loop_guard(waiter: Waiter) -> None:
    to_question(waiter, "current_stack")
    turns = [waiter.reply(W, U, words) for words in ("hmm", "zorblax", "qwerty")]
    assert "“zorblax”" in said(turns[1])
    assert asked(turns[-1]) == "workloads"


def test_a_fact_said_again_is_not_an_answer_and_counts_towards_the_loop_guard(waiter: Waiter) -> None:
    """ "we're on AWS" to the workloads question, once the cloud is known, says nothing new: said back as known
    (not as a reply not understood) with a hint, then the options, then the question is left for later, never asked
    a fourth time."""
    to_question(waiter, "workloads", cloud="aws")
    turns = [waiter.reply(W, U, "we're on AWS") for _ in range(3)]
    assert [asked(turn) for turn in turns[:2]] == ["workloads", "workloads"]
    assert said(turns[0]).startswith("I have that already (AWS).") and "didn't get" not in said(turns[0])
    assert "1. Tabular" in said(turns[1])
    assert asked(turns[-1]) != "workloads"
    assert waiter.current_profile(W, U).workloads is None  # type: ignore[union-attr]


def test_kubernetes_alone_answers_which_tools_are_used(waiter: Waiter) -> None:
    """Kubernetes is the kubernetes answer, said once; named alone when asked for tools, there are no others."""
    to_question(waiter, "current_stack")
    turn = waiter.reply(W, U, "we use Kubernetes")
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.kubernetes is True and profile.current_stack == ()
    assert asked(turn) == "workloads"


def test_removing_a_tool_with_a_name_made_of_ordinary_words_removes_only_the_tool(waiter: Waiter) -> None:
    to_question(waiter, "current_stack")
    waiter.reply(W, U, "label studio, git")
    to_picks_from_here = waiter.reply(W, U, "I don't use Label Studio")
    assert "Removed Label Studio" in said(to_picks_from_here)
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.current_stack == ("git",) and profile.frustrations is None


def test_done_in_the_middle_of_the_interview_shows_the_picks(waiter: Waiter) -> None:
    to_question(waiter, "cloud")
    assert picks_of(waiter.reply(W, U, "done"))


def test_asked_what_they_need_after_a_pain_they_are_told_which_jobs_the_pain_points_to(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    turn = adaptive.reply(W, U, "I'm an ML engineer, 9 of us on GCP; models break in prod without anyone noticing")
    ask = ask_of(turn)
    assert ask.question.id == "needs"
    assert ask.note == "What hurts points to model monitoring."


def test_yes_to_the_jobs_a_pain_points_to_takes_them(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    turn = adaptive.reply(W, U, "we're 3 devs building a support chatbot on claude. last week it told a customer our "
                                "refund window is 90 days. no idea how good its answers are.")  # fmt: skip
    ask = ask_of(turn)
    assert ask.question.id == "needs"
    assert ask.note == "What hurts points to LLM evaluation and LLM observability."
    adaptive.reply(W, U, "yes, and a vector db")
    profile = adaptive.current_profile(W, U)
    assert profile is not None and profile.needs == (Stage.LLM_EVALUATION, Stage.LLM_OBSERVABILITY, Stage.VECTOR_SEARCH)


def test_a_yes_that_belongs_to_another_fields_answer_does_not_take_the_jobs_a_pain_points_to(adaptive: Waiter) -> None:
    """"yes it has to be open source", asked what they need: the yes is of the licence, which is noted; the needs
    question is asked again, and a "yes" then takes the jobs."""
    adaptive.open(W, U)
    adaptive.reply(W, U, "I'm an ML engineer, 9 of us on GCP; models break in prod without anyone noticing")
    turn = adaptive.reply(W, U, "yes it has to be open source")
    profile = adaptive.current_profile(W, U)
    assert profile is not None and profile.open_source_only is True and profile.needs is None
    assert ask_of(turn).question.id == "needs"
    adaptive.reply(W, U, "yes + a model registry")  # a yes with more jobs after "+": the note's jobs and those
    profile = adaptive.current_profile(W, U)
    assert profile is not None and profile.needs == (Stage.MODEL_MONITORING, Stage.MODEL_REGISTRY)


@pytest.mark.parametrize(("reply", "needs"), [("mostly model serving", (Stage.MODEL_SERVING,)),
                                             ("yes, but only a model registry", (Stage.MODEL_REGISTRY,))])
def test_a_reply_naming_its_own_jobs_takes_only_those(adaptive: Waiter, reply: str, needs: tuple[Stage, ...]) -> None:
    adaptive.open(W, U)
    adaptive.reply(W, U, "I'm an ML engineer, 9 of us on GCP; models break in prod without anyone noticing")
    adaptive.reply(W, U, reply)
    profile = adaptive.current_profile(W, U)
    assert profile is not None and profile.needs == needs


def test_no_to_the_jobs_a_pain_points_to_takes_none_of_them(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    adaptive.reply(W, U, "I'm an ML engineer, 9 of us on GCP; models break in prod without anyone noticing")
    adaptive.reply(W, U, "no, just a model registry")
    profile = adaptive.current_profile(W, U)
    assert profile is not None and profile.needs == (Stage.MODEL_REGISTRY,)


@pytest.mark.parametrize(
    ("opening", "added", "not_added"),
    [
        ("I'm an ML engineer, 4 of us on GCP, tabular, we need a model registry", Stage.MODEL_MONITORING, None),
        # a team whose only work is LLM apps: watching the app is tracing it
        ("solo dev, a RAG chatbot on OpenAI, on GCP; I need evals for it", Stage.LLM_OBSERVABILITY,
         Stage.MODEL_MONITORING),
    ],
)
def test_what_about_a_job_after_the_picks_adds_it(adaptive: Waiter, opening: str, added: Stage,
                                                  not_added: Stage | None) -> None:  # fmt: skip
    adaptive.open(W, U)
    adaptive.reply(W, U, opening)
    adaptive.reply(W, U, "picks")
    adaptive.reply(W, U, "what about monitoring")
    profile = adaptive.current_profile(W, U)
    assert profile is not None and added in (profile.needs or ())
    assert not_added not in (profile.needs or ())


def test_the_tool_they_ask_an_alternative_to_is_never_among_the_picks(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    turn = adaptive.reply(W, U, "whats a good free self-hosted alternative to wandb? we're 4 people, all on one gpu "
                                "server in the office")  # fmt: skip
    assert "leave Weights & Biases out of the picks" in said(turn)
    profile = adaptive.current_profile(W, U)
    assert profile is not None and profile.budget == "none" and profile.self_hosted is True
    shown = picks_of(adaptive.reply(W, U, "picks"))
    assert shown and "weights-and-biases" not in shown
    # and once picks are shown, "moving off" a pick leaves it out too
    first = shown[0]
    name = adaptive.catalog.get(first).name
    again = picks_of(adaptive.reply(W, U, f"we're actually moving off {name}"))
    assert again and first not in again and "weights-and-biases" not in again


def test_why_not_a_tool_by_its_former_name_says_the_rename_first(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    adaptive.reply(W, U, "I'm an ML engineer, 4 of us on GCP, tabular, retraining is manual")
    adaptive.reply(W, U, "picks")
    old = said(adaptive.reply(W, U, "why not vertex ai"))
    assert old.startswith("Vertex AI was renamed Gemini Enterprise Agent Platform"), old
    assert "(2026-04-22)" in old
    now = said(adaptive.reply(W, U, "why not Gemini Enterprise Agent Platform"))
    assert "renamed" not in now and now.startswith("Gemini Enterprise Agent Platform")


@pytest.mark.parametrize("reply", ["don't care", "nah", "nothing really", "whatever"])
def test_a_reply_naming_none_of_a_multiple_choice_moves_on_instead_of_saying_sorry(waiter: Waiter, reply: str) -> None:
    to_question(waiter, "frustrations")
    turn = waiter.reply(W, U, reply)
    assert "didn't get that" not in said(turn) and asked(turn) != "frustrations"


def test_tools_named_to_another_question_are_said_back_and_the_question_asked_again_without_sorry(
        waiter: Waiter) -> None:
    to_question(waiter, "frustrations")
    turn = waiter.reply(W, U, "till now we use PaddleOCR and FastAPI on one server")
    assert "FastAPI is outside" in said(turn) and "paddleocr" in said(turn).lower(), said(turn)
    assert "didn't get that" not in said(turn) and asked(turn) == "frustrations", said(turn)
    turn = waiter.reply(W, U, "we use some tool called fooflow")  # a second time: the options, numbered
    assert asked(turn) == "frustrations" and "1." in said(turn), said(turn)


def test_dont_care_about_the_licence_is_an_answer_not_a_skip(waiter: Waiter) -> None:
    to_question(waiter, "open_source_only")
    waiter.reply(W, U, "don't care")
    assert waiter.current_profile(W, U).open_source_only is False  # type: ignore[union-attr]


@pytest.mark.parametrize("reply", ["nah", "none of those", "just jupyter and excel honestly"])
def test_the_tools_question_takes_nah_and_a_casual_list(waiter: Waiter, reply: str) -> None:
    to_question(waiter, "current_stack")
    turn = waiter.reply(W, U, reply)
    assert "didn't get that" not in said(turn) and asked(turn) != "current_stack", said(turn)


def test_a_stage_said_to_be_covered_or_to_wait_is_not_a_need(waiter: Waiter) -> None:
    """Asked what they want help with: "evals before each release; tracing we already have through Langfuse"."""
    to_question(waiter, "needs")
    waiter.reply(W, U, "A way to evaluate our RAG answers before each release. "
                       "Tracing we already have through Langfuse.")
    assert waiter.current_profile(W, U).needs == ("llm_evaluation",)  # type: ignore[union-attr]


def test_a_stage_missing_told_as_what_hurts_is_the_pain_not_a_need(waiter: Waiter) -> None:
    to_question(waiter, "frustrations")
    waiter.reply(W, U, "No monitoring at all. If the model breaks we'd find out when revenue drops.")
    profile = waiter.current_profile(W, U)
    assert profile is not None and profile.frustrations == ("no_monitoring",) and profile.needs is None


def test_a_tool_they_want_to_move_off_is_neither_picked_nor_kept(shipped_catalog: Catalog) -> None:
    from core.answers import read

    reading = read("we're deep in sagemaker but the bill is insane and notebooks are a mess. want to move training + "
                   "tracking off it", shipped_catalog)
    assert reading.instead_of == ("amazon-sagemaker-ai",)
    for text in ("sagemaker works and we'll never move off it", "we run airflow and have no plans to move off it",
                 "we use mlflow and sagemaker, and DVC; want to get off it"):
        assert "amazon-sagemaker-ai" not in read(text, shipped_catalog).instead_of, text


def test_moving_off_a_tool_in_the_opening_takes_it_out_of_their_stack_and_the_picks(waiter: Waiter) -> None:
    waiter.open(W, U)
    turn = waiter.reply(W, U, "we're 6 people on AWS, deep in mlflow but it's a mess. want to move tracking off it")
    profile = waiter.current_profile(W, U)
    assert profile is not None and "mlflow" not in (profile.current_stack or ())
    assert "leave MLflow out of the picks" in said(turn)


def test_guardrails_asked_of_an_llm_app_bring_guardrails_not_a_model_risk_platform(adaptive: Waiter) -> None:
    """A lead with a budget who asks for guardrails on a chatbot wants its prompts and answers screened, not a model
    inventory: the picks are guardrail tools (before, ValidMind and Credo AI, which govern models)."""
    adaptive.open(W, U)
    turn = adaptive.reply(W, U, "I lead a 12 person team shipping a customer support chatbot on AWS Bedrock. we "
                                "need guardrails against prompt injection and PII leaks. budget is fine, SaaS ok")
    assert "the governance you want is guardrails on your LLM app" in said(turn)  # said back, so it can be corrected
    picks = picks_of(adaptive.reply(W, U, "picks"))
    assert picks and {"guardrails-ai", "nemo-guardrails", "lakera-guard"} & set(picks), picks
    assert not {"validmind", "credo-ai", "holistic-ai"} & set(picks), picks


def test_a_model_inventory_asked_for_stays_oversight_of_models(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    adaptive.reply(W, U, "I lead a 12 person team at a bank shipping an LLM assistant on AWS. model risk wants a "
                         "model inventory and approvals. budget is fine, SaaS ok")
    picks = picks_of(adaptive.reply(W, U, "picks"))
    assert picks and {"validmind", "credo-ai", "holistic-ai", "ibm-watsonx-governance", "modelop"} & set(picks), picks


def test_governance_asked_again_in_other_words_is_about_models_again(adaptive: Waiter) -> None:
    adaptive.open(W, U)
    adaptive.reply(W, U, "I lead a 12 person team shipping a customer support chatbot on AWS Bedrock. we need "
                         "guardrails against prompt injection. budget is fine, SaaS ok")
    assert (adaptive.current_profile(W, U) or Profile()).governs == ("llm_apps",)
    adaptive.reply(W, U, "actually what we need is a model inventory and approvals for governance")
    assert (adaptive.current_profile(W, U) or Profile()).governs is None
