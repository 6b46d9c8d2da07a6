"""Clouds, constraints, budgets and compute needs in general forms: hardware people own, hedges after a rule,
wishes that govern a list, negations that end at a comma, GPUs asked for rather than counted."""

from __future__ import annotations

import pytest

from core.answers import parse_answer, understand
from core.catalog import Catalog
from core.questions import QUESTIONS


@pytest.mark.parametrize(
    "text",
    [
        "we train on a shared GPU workstation",
        "two GPU boxes in the lab",
        "a NUC under my desk runs the jobs",
        "laptops plus one office workstation",
        "the data must stay in our own Rechenzentrum, no US cloud.",
        "training on 2 servers inside the hospital",
        "We have one big server with 4 GPU in the lab",
        "everything runs on the institute's batch farm with HTCondor",
        "our country has no access to AWS or GCP, everything is in own datacenter",
        "training on our centre's own supercomputer",
        "a few GPU servers of our own, maybe 200 students a term",
        "The cluster is ~40 nodes we own.",
        "Student data can't leave university servers.",
        "student data can't leave the district's own servers",
        # written in English as a second language
        "I want to try MLflow but we are in air gap environment.",
        "our development environment have no network at all.",
        "RAG for ministry: documents, embeddings, logs must all stay in government datacenter.",
    ],
)
def test_hardware_the_team_owns_is_on_prem(shipped_catalog: Catalog, text: str) -> None:
    assert understand(text, shipped_catalog)["cloud"].value == "on_prem"


@pytest.mark.parametrize(
    "text",
    [
        "OSS preferred but not a hard requirement",
        "open source please, but not strictly",
        "open source isn't a hard rule for us",
    ],
)
def test_a_hedge_after_open_source_makes_it_no_rule(shipped_catalog: Catalog, text: str) -> None:
    assert understand(text, shipped_catalog)["open_source_only"] is False


def test_not_a_dealbreaker_answers_no(shipped_catalog: Catalog) -> None:
    question = next(q for q in QUESTIONS if q.id == "open_source_only")
    assert parse_answer(question, "Not a dealbreaker.", shipped_catalog) is False


@pytest.mark.parametrize(
    "text",
    [
        "My conditions: no client data leaves our data centre.",
        "We cannot upload pictures to internet because of customer contract.",
        "data cannot go out because of patient privacy law",
        "the club doesn't allow any cloud",
        "Proprietary is fine as long as the institute can host it.",
        "Nothing touches a public cloud and nothing will.",
        "Data can't go to third-party SaaS, our customers are defence contractors.",
        "We're not allowed to put customer data in a public cloud.",
        "NHS trust research group, so nothing leaves our estate.",
        "Patient-derived samples, so a managed tracking SaaS is out.",
        "Considering switching trackers, must be self-hostable.",
        "Operator policy forbids any public cloud.",
        "NOC data can't go to an external LLM.",
        "Security won't allow anything external.",
        # written in English as a second language
        "I want to try MLflow but we are in air gap environment.",
        "Requirement from company: must run with no internet.",
        "server doesn't allow any external connection. can we run docker image there?",
        "Data can not go to cloud, it is company rule.",
        "Our raster archive can not leave our boundary.",
        "labeling tool for images, must be installed on our server",
        "need LLM observability that runs on our metal.",
        "need observability but full data ownership, nothing to vendor cloud.",
        "we don't want to give our data and models to the cloud provider",
        "government agency. no external API allowed, data never leaves our infra.",
        "it must run on company server, drones photos of power lines are sensitive.",
    ],
)
def test_data_that_may_not_leave_is_a_rule_to_self_host(shipped_catalog: Catalog, text: str) -> None:
    assert understand(text, shipped_catalog)["self_hosted"] is True


def test_ideally_governs_a_list_and_no_saas_is_a_rule(shipped_catalog: Catalog) -> None:
    assert "self_hosted" not in understand("want tracing, ideally open source and self-hosted", shipped_catalog)
    assert understand("no SaaS please, data stays with us", shipped_catalog)["self_hosted"] is True


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("no cloud, free only", "none"),  # the negation of "cloud" ends at the comma
        ("we can't spend much", "low"),
        ("low hundreds a month is fine", "low"),
        ("we can't pay for tools", "none"),
        ("We need monitoring of drift, please something not too expensive.", "low"),
        ("Is there a way to burst to rented GPUs without blowing the grant?", "low"),
        ("Budget is whatever is left of my grant.", "low"),
        ("we dont want pay much", "low"),
        ("Management now say ok to buy some cloud GPU but small money.", "low"),
        ("we are small, low presupuesto", "low"),
        ("I want sweeps that queue on our server. Free, we're a university.", "none"),
        ("The board approved a big modernisation budget.", "high"),
        ("small team 3 people, need simple tracking, cost must stay low, we burn money already.", "low"),
    ],
)
def test_budget_in_other_words(shipped_catalog: Catalog, text: str, budget: str) -> None:
    assert understand(text, shipped_catalog)["budget"].value == budget


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("we need fair-share scheduling for the lab", True),
        ("they want hosted notebooks + GPU sharing", True),
        ("want evals and cheaper GPUs", True),
        ("we have ~50 GPUs on prem", False),
        ("30 researchers fighting over 16 GPUs", False),
    ],
)
def test_compute_is_a_need_when_asked_for_not_when_counted(shipped_catalog: Catalog, text: str, asked: bool) -> None:
    assert ("compute" in [s.value for s in understand(text, shipped_catalog).get("needs", ())]) is asked


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("Jupyter, copy the pickle to a server, pray", 0),
        ("every month I open the notebook and rerun all cells", 0),
        ("Airflow kicks off retraining for the ranker every Sunday night", 1),
        # training on a schedule and shipping by hand is level 1, whoever copies the files
        ("Training runs on Airflow every night, but deployment is still someone copying the model file to a server.",
         1),
        ("Training for our RUL models runs automatically every night, but promoting a model is a manual copy.", 1),
        ("We use Prefect 2 to schedule retraining; models go live whenever someone runs a deploy script.", 1),
        ("a script runs on a schedule and retrains the churn model. deploy is still me copying a .pkl", 1),
        # a cadence is no schedule when the work is done by hand, in that sentence or the next
        ("Everything runs from my laptop, including the weekly retrain.", 0),
        ("we retrain 12 regional demand models every week. I kick each one off by hand in Vertex Workbench.", 0),
        ("We already run about 200 Airflow DAGs for ETL. Our one data scientist retrains the pricing model by hand.",
         0),
        ("we train yolo in notebook and copy the weights to the line PC", 0),
        ("Right now it's a notebook I run on Monday mornings.", 0),
    ],
)
def test_how_the_team_works_now_sets_maturity(shipped_catalog: Catalog, text: str, level: int) -> None:
    assert understand(text, shipped_catalog)["maturity"] == level


def test_packaged_images_are_containers_not_vision(shipped_catalog: Catalog) -> None:
    assert "workloads" not in understand("package models as OCI images so ops can run them", shipped_catalog)
    assert "workloads" not in understand("HPC with Slurm and Apptainer images", shipped_catalog)
