"""The conversation eval plays panel scenarios through the JSON-lines chat to the end, without loops."""

from __future__ import annotations

from eval.conversation import evaluate, opening, words_for
from eval.run import ROOT, load_catalog, load_panel


def test_a_scripted_person_opening_with_a_sentence_reaches_picks_in_a_few_questions() -> None:
    panel = load_panel(ROOT / "eval" / "dev_panel.json")[:6]
    result = evaluate(panel)
    assert result["ended_with_picks"] == 6 and result["loops"] == 0
    assert result["questions"] / 6 <= 3
    assert result["violations"] == 0


def test_the_scripted_person_says_things_in_words() -> None:
    catalog = load_catalog()[0]
    sentence = opening({"persona": "ml_engineer", "team_size": 5, "cloud": "aws", "kubernetes": False,
                        "needs": ["experiment_tracking"]}, catalog)  # fmt: skip
    assert sentence == (
        "I'm an ML engineer; we're 5 people; we run on AWS; we don't have Kubernetes; "
        "we need help with experiment tracking."
    )
    assert words_for("current_stack", ["mlflow", "weights-and-biases"], catalog) == "we use MLflow, Weights & Biases"
