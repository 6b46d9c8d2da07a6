"""Reading people, second pass: the writer's own role, pains in paraphrase, how models are shipped, needs,
tools only weighed, budgets. Every sentence here is our own example, not one from an evaluation corpus."""

from __future__ import annotations

import pytest

from core.answers import parse_answer, understand
from core.catalog import Catalog
from core.questions import BY_ID

# -- persona: the writer's own role, never the colleagues they count ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We have 5 data scientists and one GPU box.",
        "Our ML engineers want a registry.",
        "The platform team hands us a namespace on their cluster.",
        "Team of 3 researchers, on GCP.",
        "Everything goes through Azure DevOps pipelines.",
        "We're a 9 person ML team at a bank.",
    ],
)
def test_colleagues_counted_or_mentioned_are_not_the_writers_role(shipped_catalog: Catalog, text: str) -> None:
    assert "persona" not in understand(text, shipped_catalog)


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("We're two ML engineers at a logistics company.", "ml_engineer"),
        ("we are 4 DS in a small insurer", "researcher"),
        ("We're a 5-person applied research team.", "researcher"),
        ("we're a team of three backend devs", "software_engineer"),
        ("We're platform, and we support the modellers.", "platform_engineer"),
        ("Tech lead at a travel startup. We need a registry.", "team_lead"),
        ("Hey! Manager of a small analytics team here", "team_lead"),
        ("Data scientist, team of six, mostly churn.", "researcher"),
        ("Infra people like me have to keep the GPUs busy.", "platform_engineer"),
        ("I'm a statistician-turned-ML engineer.", "ml_engineer"),
        ("Backend developer turned team lead here.", "team_lead"),
        ("A quick question from a software engineer: do I need a vector DB?", "software_engineer"),
        ("sw eng at a retail company", "software_engineer"),
    ],
)
def test_the_writers_own_role_is_read(shipped_catalog: Catalog, text: str, persona: str) -> None:
    assert understand(text, shipped_catalog)["persona"] == persona


def test_a_reply_to_the_role_question_is_about_the_writer(shipped_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["persona"], "infra, mostly. I look after the clusters and CI", shipped_catalog) == (
        "platform_engineer"
    )


def test_building_a_platform_is_not_a_role(shipped_catalog: Catalog) -> None:
    assert "persona" not in understand("I'm building a platform for our analysts", shipped_catalog)
