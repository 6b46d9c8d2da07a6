"""Free text: numbers, clouds, fuzzy tool names and nonsense."""

from __future__ import annotations

import pytest

from core.answers import NotUnderstood, parse_answer, read_number, understand
from core.catalog import Catalog
from core.questions import BY_ID


@pytest.mark.parametrize(
    ("text", "number"),
    [("5", 5), ("we are 12 people", 12), ("a dozen", 12), ("just me", 1), ("solo", 1), ("team of twenty", 20)],
)
def test_team_sizes_are_read_from_words_and_digits(text: str, number: int) -> None:
    assert read_number(text) == number


def test_the_issue_example_fills_team_size_cloud_and_stack(mini_catalog: Catalog) -> None:
    facts = understand("we're 5 people on AWS, using airflow and ML flow", mini_catalog)
    assert facts["team_size"] == 5
    assert facts["cloud"] == "aws"
    assert facts["current_stack"] == ("apache-airflow", "mlflow")


@pytest.mark.parametrize(
    ("text", "cloud"),
    [("we're on google cloud", "gcp"), ("Azure shop", "azure"), ("our own servers", "on_prem"),
     ("laptop only", "none"), ("mostly amazon", "aws")],
)  # fmt: skip
def test_cloud_names_are_recognised(mini_catalog: Catalog, text: str, cloud: str) -> None:
    assert understand(text, mini_catalog)["cloud"] == cloud


def test_misspelled_tool_names_are_matched_fuzzily(mini_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["current_stack"], "wandb, dockr, kubernets", mini_catalog) == (
        "weights-and-biases", "docker",
    )
    # Kubernetes named among the tools is the Kubernetes answer, said once, not a tool in the stack
    assert understand("wandb, dockr, kubernets", mini_catalog)["kubernetes"] is True


def test_a_negated_tool_is_not_counted_as_used(mini_catalog: Catalog) -> None:
    facts = understand("we use docker but no kubernetes", mini_catalog)
    assert facts["current_stack"] == ("docker",)
    assert facts["kubernetes"] is False


def test_nonsense_is_not_understood_and_the_options_are_listed(mini_catalog: Catalog) -> None:
    with pytest.raises(NotUnderstood, match="1. ML researcher"):
        parse_answer(BY_ID["persona"], "purple monkey dishwasher", mini_catalog)
    assert understand("purple monkey dishwasher", mini_catalog) == {}


def test_unknown_tools_get_suggestions(mini_catalog: Catalog) -> None:
    with pytest.raises(NotUnderstood, match="Did you mean"):
        parse_answer(BY_ID["current_stack"], "mlflwo-ish thingamajig", mini_catalog)


def test_option_numbers_and_labels_both_work_for_multi_choice(mini_catalog: Catalog) -> None:
    question = BY_ID["workloads"]
    assert parse_answer(question, "1, 3", mini_catalog) == ("tabular", "nlp")
    assert parse_answer(question, "computer vision and time series", mini_catalog) == (
        "computer_vision", "time_series",
    )


def test_a_library_answers_the_question_about_the_kind_of_work(mini_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["workloads"], "XGBoost mostly", mini_catalog) == ("tabular",)


def test_a_short_word_is_not_guessed_into_an_option(mini_catalog: Catalog) -> None:
    with pytest.raises(NotUnderstood):
        parse_answer(BY_ID["needs"], "no", mini_catalog)


def test_yes_no_questions_take_yes_and_no(mini_catalog: Catalog) -> None:
    question = BY_ID["open_source_only"]
    assert parse_answer(question, "Yes please", mini_catalog) is True
    assert parse_answer(question, "nope", mini_catalog) is False
    with pytest.raises(NotUnderstood):
        parse_answer(question, "maybe on tuesdays", mini_catalog)


def test_a_phrase_is_not_forced_onto_an_option_that_merely_shares_a_word(mini_catalog: Catalog) -> None:
    with pytest.raises(NotUnderstood):
        parse_answer(BY_ID["budget"], "open source only", mini_catalog)


def test_a_shortened_option_label_is_understood(mini_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["maturity"], "automated pipelines", mini_catalog) == 1
    assert parse_answer(BY_ID["needs"], "serving and monitoring", mini_catalog) == ("model_serving", "model_monitoring")
    with pytest.raises(NotUnderstood):
        parse_answer(BY_ID["needs"], "data", mini_catalog)  # data labeling? versioning? validation?


def test_pains_said_in_plain_words_become_frustrations(mini_catalog: Catalog) -> None:
    assert understand("our models drift and nobody notices", mini_catalog)["frustrations"] == ("no_monitoring",)
    assert "frustrations" not in understand("we use a labeling tool", mini_catalog)


def test_a_scale_is_numbered_by_its_own_levels_so_typing_1_means_level_1(mini_catalog: Catalog) -> None:
    maturity = BY_ID["maturity"]
    assert [n for n, _ in maturity.numbered()] == [0, 1, 2]
    assert parse_answer(maturity, "1", mini_catalog) == 1
    assert parse_answer(maturity, "0", mini_catalog) == 0
    assert [n for n, _ in BY_ID["cloud"].numbered()][:2] == [1, 2]  # an unnumbered list counts from 1


def test_an_option_number_followed_by_a_dash_and_words_picks_that_option(mini_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["maturity"], "2 — merges run tests and ship the model", mini_catalog) == 2
    assert parse_answer(BY_ID["maturity"], "1: airflow retrains nightly", mini_catalog) == 1
    assert parse_answer(BY_ID["team_size"], "5 - give or take", mini_catalog) == 5


def test_a_number_joined_to_a_word_is_not_an_option_number(mini_catalog: Catalog) -> None:
    reply = parse_answer(BY_ID["persona"], "3-person team, I do the infra", mini_catalog)
    assert reply != "ml_engineer"  # option 3 would be ML engineer


@pytest.mark.parametrize("text", ["ML researcher / data scientist", "data scientist", "ML researcher", "1"])
def test_the_persona_option_says_data_scientists_belong_there_and_its_label_is_an_answer(
    mini_catalog: Catalog, text: str
) -> None:
    # a data scientist reads "ML researcher / data scientist" back, not a role they never claimed
    assert parse_answer(BY_ID["persona"], text, mini_catalog) == "researcher"
    assert "data scientist" in BY_ID["persona"].options[0].label
