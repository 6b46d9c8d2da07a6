"""Catalog search as a person uses it: names (misspelt too), jobs in their words, constraints, and
"an alternative to X" / "what replaced X"."""

from __future__ import annotations

import json
from datetime import date
from functools import cache
from pathlib import Path

import pytest

from core.catalog import Catalog, parse_catalog
from core.search import stages_named, stem, words
from core.vocabulary import Stage

ROOT = Path(__file__).resolve().parents[2]


@cache
def shipped() -> Catalog:
    return parse_catalog((ROOT / "catalog.json").read_text(encoding="utf-8"), today=date(2026, 12, 31))


def top(query: str, limit: int = 3) -> list[str]:
    return [tool.id for tool in shipped().search(query, limit=limit)]


def test_word_forms_meet_at_one_stem() -> None:
    assert stem("tune") == stem("tuning") == stem("tuned")
    assert stem("tracking") == stem("track") == stem("tracks")
    assert words("LLM evals for my agents") == words("llm evaluation for my agent")


def test_a_misspelt_name_finds_the_tool_first() -> None:
    assert top("kubeflw")[0] == "kubeflow"
    assert top("ml flow")[0] == "mlflow"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        # the job's own words misspelt: read as the job, and the constraint as the constraint
        ("feature stroe open sorce for online serving low latency", "feast"),
        ("llm observabilty open sorce we can self host", "langfuse"),
        ("data drfit detection", "evidently"),
        # a name in capitals is one word, not a misspelt tail of one ("OpenTelemetry" is no "elementary")
        ("OpenTelemetry auto-instrumentation for LLM and vector DB calls", "openllmetry"),
    ],
)
def test_a_misspelt_job_is_read_as_the_job(query: str, expected: str) -> None:
    assert expected in top(query)


def test_an_ordinary_word_is_not_mended_into_a_longer_one() -> None:
    # "column" is no typo of "columnar" (LanceDB's format): a column of bad values is a validation question
    assert "lancedb" not in top("a column suddenly has nulls")
    assert top("lable studio")[0] == "label-studio"  # a real typo is still mended


def test_a_job_named_alone_brings_the_engines_standard_answers_first() -> None:
    # of the tools built for one job, the ones the engine picks for someone asking only for it come first,
    # not those whose summaries repeat the words most
    assert top("feature store")[0] == "feast"
    assert "apache-airflow" in top("workflow orchestration")
    # so does the one job of a pain told alone: a model that got worse unnoticed is for a monitoring tool
    assert "evidently" in top("our model got worse in production and nobody noticed")
    # of the kind of the job the query names: guardrails for a chatbot, not the oversight of models
    assert not {"credo-ai", "validmind"} & set(top("guardrails for our chatbot"))


def test_rag_metrics_are_llm_evaluation_not_vector_search() -> None:
    assert "ragas" in top("measure faithfulness and context recall of my retrieval answers")


def test_going_is_a_verb_not_the_go_language() -> None:
    assert "gitea" not in top("stop our support chatbot from going off topic or saying rude things")


def test_reinforcement_learning_is_rl() -> None:
    assert "ray" in top("reinforcement learning for our game bots")


def test_an_agent_resumed_from_a_checkpoint_is_a_durable_agent_framework() -> None:
    assert top("resume an interrupted agent from its checkpoint")[0] == "langgraph"


def test_offline_or_on_a_mac_is_running_locally() -> None:
    assert "ollama" in top("chat with an open-weights model on my laptop while offline")
    assert "ollama" in top("run llama offline on my macbook for prototyping", limit=5)


def test_fine_tuning_a_model_is_no_hyperparameter_tuning() -> None:
    found = top("collect clinician preference ratings on llm answers for fine tuning, open source")
    assert "argilla" in found and not {"optuna", "ray-tune"} & set(found)
    assert {"vast-ai", "runpod"} <= set(top("cheap gpu rental to fine-tune a 7b model"))


def test_a_lawyers_contracts_are_no_data_contracts() -> None:
    found = top("small law firm, run an llm on our own computer to summarise contracts")
    assert "soda-core" not in found and "ollama" in found
    assert top("data contracts for our warehouse tables")[0] == "soda-core"


def test_ones_own_computer_or_an_old_pc_is_running_locally() -> None:
    assert "ollama" in top("we need to run an llm on our own computer, nothing may go to the cloud")
    assert "llama-cpp" in top("only one old pc with no gpu, want to run a 7b model on cpu")


def test_a_word_is_not_mended_into_one_with_another_first_letter() -> None:
    # "regression" is no typo of "progress": prompt regression tests are LLM evaluation, run in CI
    assert "promptfoo" in top("regression tests for prompt changes that run in github actions on every pull request")
    # but a word that only adds a prefix meets the word it is made from: "unfair" finds fairness checks
    assert "fairlearn" in top("check classifier for unfair outcomes across gender groups")
    # nor is an English word mended into a tool's name: "completion" and "comment" stay themselves, not Comet
    assert "comet" not in top("post metrics as a comment")
    assert {"langfuse", "langsmith"} <= set(top("I need to see every prompt, completion, token count and latency our "
                                                "chatbot produces"))


def test_a_job_in_plain_words_finds_tools_built_for_it() -> None:
    catalog = shipped()
    for query, stage in (("tune hyperparameters", "hyperparameter_tuning"), ("label images", "data_labeling")):
        assert all(stage in {s.value for s in catalog.get(tool).primary_stages} for tool in top(query))


def test_an_alternative_to_a_tool_is_another_tool_for_the_same_job() -> None:
    catalog = shipped()
    for query in ("alternatives to langsmith", "langsmith alternative", "instead of langsmith"):
        found = top(query)
        assert "langsmith" not in found, query
        assert all(set(catalog.get(t).primary_stages) & set(catalog.get("langsmith").primary_stages) for t in found)


def test_something_like_a_tool_but_different_is_asking_for_its_alternatives() -> None:
    catalog = shipped()
    for query in ("something like labelbox but self hosted", "langsmith but open source", "cheaper than langsmith",
                  "neptune shut down, what now"):
        named = catalog.search(query.split(" but ")[0].split(" than ")[-1].split(" shut")[0].split("like ")[-1])[0]
        found = top(query)
        assert named.id not in found, query
        assert all(set(catalog.get(t).primary_stages) & set(named.primary_stages) for t in found), query
    assert all(catalog.get(t).open_source for t in top("langsmith but open source"))


def test_where_to_move_from_a_tool_in_trouble_asks_for_its_alternatives() -> None:
    """The tool, what happened to it, then where to go. ('serving', two letters from KFServing, KServe's old name, is
    an everyday word and names no tool: 'model serving replacement' is no alternative to KServe.)"""
    catalog = shipped()
    for query, named in (("torchserve is in limited maintenance now, what do we move our pytorch models to",
                          "torchserve"),
                         ("seldon core went BSL, need an apache licensed model serving replacement on k8s",
                          "seldon-core")):
        found = top(query)
        assert named not in found, query
        assert all(catalog.get(t).built_for(Stage.MODEL_SERVING) for t in found), query


def test_a_tool_said_to_be_too_slow_or_too_dear_asks_for_its_alternatives() -> None:
    catalog = shipped()
    for query, named in (("git lfs too slow for million image dataset", "git-lfs"),
                         ("pinecone too expensive postgres", "pinecone")):
        found = top(query)
        assert named not in found, query
        assert all(set(catalog.get(t).primary_stages) & set(catalog.get(named).primary_stages) for t in found), query


def test_a_tool_said_to_be_too_heavy_asks_for_lighter_alternatives() -> None:
    """Kubeflow is too much to run for three people: Metaflow, which runs from a laptop, before Argo Workflows, a
    cluster service of its own."""
    shown = top("kubeflow overkill for team of 3")
    assert "metaflow" in shown and "argo-workflows" not in shown and "kubeflow" not in shown, shown


def test_a_tool_said_to_need_too_much_memory_after_a_comma_asks_for_its_alternatives() -> None:
    shown = top("lightweight self hosted git server inside an air gapped network, gitlab needs too much ram")
    assert "gitlab" not in shown and "gitea" in shown, shown


def test_a_word_that_opens_several_names_is_the_one_built_for_the_job_asked() -> None:
    """"argo" opens Argo Workflows and Argo CD; instead of it for pipelines is instead of Argo Workflows."""
    shown = top("pip install pipeline tool instead of argo")
    jobs = (Stage.ML_PIPELINES, Stage.WORKFLOW_ORCHESTRATION)
    assert "argo-workflows" not in shown and all(any(shipped().get(t).built_for(j) for j in jobs) for t in shown), shown


@pytest.mark.parametrize(("query", "job"), [
    ("lightweight vector database zero infrastructure", Stage.VECTOR_SEARCH),
    ("lightweight cpu inference runtime for edge devices", Stage.MODEL_SERVING),
    ("experiment tracking without a server", Stage.EXPERIMENT_TRACKING),
])
def test_a_light_tool_asked_for_is_one_with_next_to_nothing_to_run(query: str, job: Stage) -> None:
    """Of the tools for the job, those with nothing to run (a package, a one-machine setup) come first: the best
    hit for the job is one of them."""
    catalog = shipped()
    light = [t for t in top(query) if catalog.get(t).built_for(job)
             and (catalog.get(t).self_host_needs == () or catalog.get(t).local_needs is not None)]
    assert light, top(query)


def test_run_locally_keeps_a_server_they_can_run_themselves_in_reach() -> None:
    """"Locally" puts tools with a one-machine setup first, but a server of their own (CVAT) is still theirs to run,
    unlike a service."""
    assert "cvat" in top("video annotation tool we can run locally, footage cannot go to a third party")


def test_an_alternative_made_for_other_data_comes_after_those_for_the_same_data() -> None:
    """FiftyOne checks image datasets; an alternative to Great Expectations, which checks tables, is a table checker."""
    assert "fiftyone" not in top("great expectations alternative lightweight", limit=5)


def test_serverless_is_a_kind_of_product_as_well_as_a_rule() -> None:
    """Modal and RunPod call their GPU functions and endpoints serverless: the word finds them, not only hosted GPUs."""
    shown = top("serverless gpus for python inference, no kubernetes to manage")
    assert {"modal", "runpod"} & set(shown), shown


def test_validating_what_an_llm_answers_is_its_guardrails_not_data_validation() -> None:
    shown = top("simple llm output validation library")
    assert shown[0] == "guardrails-ai" and not {"pandera", "great-expectations"} & set(shown), shown
    # a tabular model's outputs are checked as data are
    assert "guardrails-ai" not in top("model output validation for tabular predictions")


def test_instrumenting_llm_calls_is_llm_observability_not_the_databases_called() -> None:
    found = top("OpenTelemetry auto-instrumentation for LLM and vector DB calls")
    assert found[0] == "openllmetry"
    assert shipped().get(found[1]).built_for(Stage.LLM_OBSERVABILITY)


def test_a_bot_talked_out_of_its_rules_wants_a_guardrail_and_red_teaming_it_a_test() -> None:
    catalog = shipped()
    found = top("people keep talking our support bot into ignoring its instructions and leaking account info")
    assert found and all(catalog.get(t).built_for(Stage.GOVERNANCE) or "guardrail" in catalog.get(t).summary.lower()
                         for t in found[:2]), found
    assert "promptfoo" in top("red team my llm app for jailbreaks")


def test_big_binaries_kept_in_git_want_large_file_storage() -> None:
    for query in ("how do we keep trained model checkpoints in the git repo without bloating the history?",
                  "how to version large binary files in a git repo"):
        assert "git-lfs" in top(query), query


def test_scale_to_zero_serving_on_kubernetes_finds_kserve() -> None:
    for query in ("k8s model srving scale to 0", "scale-to-zero inference for sklearn models on our own kubernetes"):
        assert "kserve" in top(query), query


def test_a_job_across_pipelines_is_not_a_pipeline_tool() -> None:
    found = top("column-level data lineage across pipelines")
    assert {"datahub", "openmetadata"} <= set(found), found


def test_like_a_tool_but_for_another_thing_wants_that_thing_made_the_same_way() -> None:
    # "like git but for sql tables": git says how it works, the tables are what it is for; not another git host
    found = top("like git but for sql tables")
    assert found[0] == "dolt" and not {"git", "gitlab", "github", "bitbucket"} & set(found)
    # the named tool's makers' own product for the other job comes first
    assert top("like wandb but for llm app traces and evals")[0] == "wandb-weave"


def test_a_tool_named_for_how_another_works_is_not_the_one_sought() -> None:
    # "… like a git repo", "git-like branches": git says how it works, not what is sought
    found = top("sql database i can branch, diff and merge like a git repo")
    assert "dolt" in found and "git" not in found, found
    assert "git" not in top("git like branches for our s3 data lake so we can roll back a bad pipeline run")
    # the tool in maintenance is the one to move from ("… which llm inference server should we migrate to")
    found = top("tgi is in maintenance mode, which llm inference server should we migrate to")
    assert "text-generation-inference" not in found and "vllm" in found, found


def test_the_open_source_version_of_a_product_is_its_makers_open_edition() -> None:
    assert top("open source version of comet")[0] == "opik"
    assert top("what's the open source version of arize?")[0] == "arize-phoenix"


def test_liking_is_not_always_a_comparison() -> None:
    assert top("i would like to track experiments")[0] in {"mlflow", "weights-and-biases"}


def test_an_open_source_alternative_keeps_the_constraint() -> None:
    for query in ("open source alternative to langsmith", "langsmith open source alternative"):
        found = top(query)
        assert found and "langsmith" not in found and all(shipped().get(tool).open_source for tool in found), query


def test_a_source_available_tool_free_to_run_ranks_between_open_and_closed_ones_for_open_source() -> None:
    """Arize Phoenix (Elastic License, free to self-host) is what many mean by open source: it is found for a job it
    is made for, below the open-source tools first in line, and a closed tool is not lifted the same way."""
    found = top("open source opentelemetry tracing for my rag app, runs locally")
    assert "arize-phoenix" in found and shipped().get(found[0]).open_source, found
    found = top("open source llm tracing")
    assert found[0] == "langfuse" and all(shipped().get(tool).license != "proprietary" for tool in found), found


def test_gpus_rented_by_the_call_find_gpu_functions_first() -> None:
    """Serverless GPUs paid only while they run are Modal's GPU functions first, then the GPU clouds' endpoints."""
    for query in ("transcribe our audio archive on serverless gpus, pay only while jobs run",
                  "serverless gpu for our inference", "run a python job on gpus without managing servers"):
        assert top(query)[0] == "modal", (query, top(query))


def test_the_kind_of_work_a_query_names_decides_the_standard_answer_for_its_job() -> None:
    """"serve llm fast" is serving for LLM work, where an LLM server is the standard answer; serving with the kind
    of models unsaid does not put a server made for LLMs only first."""
    assert "vllm" in top("serve llm fast")
    assert shipped().get(top("model serving")[0]).workloads != ("llm",)


def test_what_replaced_a_retired_or_renamed_tool_names_its_successor() -> None:
    assert top("what replaced kfserving")[0] == "kserve"  # KFServing is KServe's former name
    retired = next(tool for tool in shipped().tools if tool.successor)
    assert top(f"what replaced {retired.name}")[0] == retired.successor


def test_a_managed_edition_of_the_tool_is_not_an_alternative_to_it() -> None:
    found = top("instead of airflow", limit=5)
    assert "apache-airflow" not in found and "astronomer" not in found  # Astro is managed Airflow
    assert {"dagster", "prefect"} <= set(found)


def test_serverless_means_someone_elses_servers_except_on_your_own_cluster() -> None:
    from core.search import constraints_in

    assert constraints_in("serverless gpu inference") == ["managed"]
    assert constraints_in("serverless model inference on kubernetes with scale to zero") == []
    assert constraints_in("managed serverless endpoints, no k8s to run") == ["managed", "no_kubernetes"]
    # a cluster said to be what they do without is no cluster of theirs to be serverless on
    assert constraints_in("serverless gpus for python inference, no kubernetes to manage") == ["managed",
                                                                                                "no_kubernetes"]


def test_machines_said_as_where_another_job_runs_are_no_compute_sought() -> None:
    assert stages_named("serve open weights llm on our kubernetes gpus") == {Stage.MODEL_SERVING}
    assert "vllm" in top("serve open weights llm on our kubernetes gpus", limit=3)
    assert stages_named("need more gpus for training") == {Stage.COMPUTE}  # asked for: sought


def test_a_pain_told_as_a_story_brings_tools_for_its_job_not_for_its_words() -> None:
    """"Our churn model got worse and nobody noticed until revenue dropped": model monitors, not a data platform or
    a data-observability tool that the words 'revenue' or 'nobody noticed' happen to match."""
    found = top("our churn model got worse over a few months and nobody noticed until revenue dropped")
    assert all(shipped().get(t).built_for(Stage.MODEL_MONITORING) for t in found), found


def test_a_fork_that_says_it_was_forked_from_the_tool_is_its_first_replacement() -> None:
    """OpenSearch's entry says it was "forked from Elasticsearch 7.10.2"."""
    assert top("Elasticsearch replacement with an Apache 2.0 license after the SSPL change")[0] == "opensearch"


def test_zero_ops_brings_a_service_before_projects_that_also_sell_hosting() -> None:
    """"Managed vector db, serverless, zero ops": Pinecone is only a service; Qdrant, Chroma and Milvus are projects a
    team runs, with a hosted edition beside."""
    assert top("managed vector db, serverless, zero ops")[0] in ("pinecone", "zilliz-cloud", "turbopuffer")
    assert "pinecone" not in top("self-hosted vector database")


def test_a_job_described_in_words_brings_tools_built_for_it_first() -> None:
    from core.search import stages_named
    from core.vocabulary import Stage

    assert stages_named("drift detection for our models") == {Stage.MODEL_MONITORING}
    assert Stage.LLM_OBSERVABILITY in stages_named("tracing for our agents")
    catalog = shipped()
    for query, stage in [("dockerize our models", Stage.CONTAINERS), ("semantic search over docs", Stage.VECTOR_SEARCH),
                         ("gpu cluster for distributed training", Stage.COMPUTE),
                         # shapes drawn on images are labels: an annotation tool (not Drone CI's fork for "drone")
                         ("so our agronomists can draw polygons around crop patches on drone photos",
                          Stage.DATA_LABELING)]:  # fmt: skip
        built = [catalog.get(tool_id).built_for(stage) for tool_id in top(query)]
        # tools built for the job come first: a framework that only connects to it (Haystack, which does document
        # search over the stores it connects to) may follow them, never lead
        assert built[:2] == [True, True] and built == sorted(built, reverse=True), (query, top(query))


def test_x_versus_y_brings_both_tools_first() -> None:
    assert set(top("mlflow vs wandb", 2)) == {"mlflow", "weights-and-biases"}
    assert set(top("airflow or prefect?", 2)) == {"apache-airflow", "prefect"}
    assert set(top("dvc vs git lfs for datasets", 2)) == {"dvc", "git-lfs"}


def test_what_people_call_things_meets_what_the_catalog_says() -> None:
    assert "pgvector" in top("vector search inside postgres")  # postgres: PostgreSQL


def test_saying_no_kubernetes_sinks_the_tools_that_need_a_cluster() -> None:
    shown = [shipped().get(tool_id) for tool_id in top("model serving without kubernetes")]
    assert shown and not any(tool.requires_kubernetes for tool in shown), [t.id for t in shown]
    assert any(shipped().get(t).requires_kubernetes for t in top("model serving on kubernetes"))


def test_every_tool_of_a_three_way_comparison_is_shown() -> None:
    assert set(top("mlflow vs wandb vs comet")) == {"mlflow", "weights-and-biases", "comet"}


def test_a_tool_named_by_the_first_words_comes_first() -> None:
    assert top("flyte gpu")[0] == "flyte"


def test_an_alternative_is_also_a_tool_that_says_it_takes_the_named_ones_place() -> None:
    assert "opentofu" in top("alternative to terraform")


def test_a_job_described_in_other_words_brings_the_tools_built_for_it() -> None:
    tracking = top("a place to compare training runs")
    assert tracking and all(shipped().get(t).built_for(Stage.EXPERIMENT_TRACKING) for t in tracking[:2]), tracking
    assert top("fairness across demographic groups")[0] == "fairlearn"
    assert all(shipped().get(t).built_for(Stage.HYPERPARAMETER_TUNING) for t in top("tune the learning rate"))
    assert all(shipped().get(t).built_for(Stage.MODEL_MONITORING) for t in top("concept drift alerts"))


def test_a_container_registry_is_not_a_model_registry() -> None:
    from core.search import stages_named

    assert stages_named("private docker registry") == {Stage.CONTAINERS}
    assert stages_named("a registry for our models") == {Stage.MODEL_REGISTRY}


def test_what_to_use_instead_of_a_named_tool_lists_its_alternatives_and_its_successor() -> None:
    shown = top("airflow is getting painful, what should we use instead")
    assert "apache-airflow" not in shown
    assert all(shipped().get(t).built_for(Stage.WORKFLOW_ORCHESTRATION) for t in shown), shown
    tgi = shipped().get("text-generation-inference")
    assert tgi.successor and tgi.successor in top("tgi went into maintenance, what do we use now")


def test_large_files_in_git_is_data_versioning() -> None:
    assert "git-lfs" in top("keep large binary files alongside the git repo")


def test_words_people_type_meet_the_catalogs_words() -> None:
    assert words("hyperparams for big envs") == words("hyperparameter for large environment")


def test_jobs_told_as_what_happens_find_the_tools_built_for_them() -> None:
    assert stages_named("try a few hundred parameter combinations overnight and keep the best one") == {
        Stage.HYPERPARAMETER_TUNING}
    assert Stage.DATA_VERSIONING in stages_named("someone overwrote the training csv and I can't tell which copy")
    assert Stage.FEATURE_STORE in stages_named("two teams keep recomputing the same customer aggregates in two places")
    assert Stage.EXPERIMENT_TRACKING in stages_named("I paste metrics into a spreadsheet after every training run")
    assert Stage.DATA_VALIDATION in stages_named("fail when a batch has nulls in columns that should never be empty")
    assert stages_named("re-run the batch every morning and retry any failed tasks") == {
        Stage.WORKFLOW_ORCHESTRATION}
    assert stages_named("best way to run local LLMs") == {Stage.MODEL_SERVING}
    assert stages_named("turn our fine-tuned model into a REST API") == {Stage.MODEL_SERVING}
    # prompts tuned by hand are no hyperparameters: a prompt optimizer (DSPy) is what is sought
    assert Stage.HYPERPARAMETER_TUNING not in stages_named("stop hand-tuning prompts, optimize them from examples")
    assert "dspy" in top("stop hand-tuning prompts, optimize them programmatically from a few labelled examples")
    assert stages_named("find products that look like the one in a photo") == {Stage.VECTOR_SEARCH}
    assert stages_named("which examples in the dataset were labelled incorrectly") == {Stage.DATA_VALIDATION}
    assert not stages_named("tracing for local llm apps") & {Stage.MODEL_SERVING}


@pytest.mark.parametrize(
    ("query", "stage"),
    [("know when my model gets worse", Stage.MODEL_MONITORING),
     ("check if this weeks data looks diffrent from training", Stage.MODEL_MONITORING),
     ("estimate accuracy when labels arrive months later", Stage.MODEL_MONITORING),
     ("undo a bad dataset change", Stage.DATA_VERSIONING),
     ("roll back database to yesterdays rows", Stage.DATA_VERSIONING),
     ("test data changes on a branch before prod", Stage.DATA_VERSIONING),
     ("fail the pipeline if the dataset looks wrong", Stage.DATA_VALIDATION),
     ("see why the chatbot answered that", Stage.LLM_OBSERVABILITY),
     ("know what each user costs us in openai calls", Stage.LLM_OBSERVABILITY),
     ("check llm answer quality in ci with metrics", Stage.LLM_EVALUATION),
     ("test my llm app against prompt injection in ci", Stage.LLM_EVALUATION)],
)  # fmt: skip
def test_the_outcome_wanted_names_the_job_that_gets_it(query: str, stage: Stage) -> None:
    assert stage in stages_named(query)


def test_a_query_opened_by_a_tools_name_is_about_it_but_not_by_an_everyday_alias() -> None:
    assert top("ray cluster autoscaling")[:1] == ["ray"]  # Ray's own name, however short
    assert "scale-ai" not in top("scale python on a cluster")  # "Scale" is an alias of Scale AI and a verb


def test_acronyms_people_type_find_what_the_catalog_spells_out() -> None:
    # infrastructure as code: nothing was found at all; now the two IaC tools lead
    assert set(top("iac tool")[:2]) == {"terraform", "opentofu"}
    assert "fairlearn" in top("measure demographic parity of my classifier across groups")


def test_a_git_repo_named_as_where_things_live_is_not_the_job_sought() -> None:
    assert stages_named("sync kubernetes manifests from a git repo") == set()
    assert stages_named("host our own git repos") == {Stage.SOURCE_CONTROL}
    assert not {"git", "github", "gitlab"} & set(top("sync kubernetes manifests from a git repo"))


def test_words_that_say_nothing_about_a_tool_match_nothing() -> None:
    assert words("see every prompt and what each call costs") == words("prompt call costs")
    assert "git" not in top("see every prompt, tool call and token cost in my agent", limit=5)


def test_a_query_about_benchmarks_wants_tools_that_evaluate_models_not_apps() -> None:
    from core.vocabulary import Evaluates

    found = [shipped().get(t) for t in top("benchmark my fine-tuned model on mmlu")]
    assert all(Evaluates.MODELS in t.kinds(Stage.LLM_EVALUATION) for t in found if t.built_for(Stage.LLM_EVALUATION))
    assert sum(t.built_for(Stage.LLM_EVALUATION) for t in found) >= 2


def test_a_data_catalogs_questions_name_governance_of_data() -> None:
    assert stages_named("who owns this table and where did the column come from") == {Stage.GOVERNANCE}
    assert {"datahub", "openmetadata"} & set(top("data catalog with lineage"))
    assert stages_named("column-level data lineage across our warehouse") == {Stage.GOVERNANCE}
    assert stages_named("data observability for our warehouse") == {Stage.DATA_VALIDATION}  # tables watched


def test_a_job_or_a_tool_said_not_to_be_wanted_is_not_sought() -> None:
    assert stages_named("run a 7b llm on cpu only, no gpu") == {Stage.MODEL_SERVING}
    found = [shipped().get(t) for t in top("run a 7b llm on cpu only no gpu")]
    assert all(t.built_for(Stage.MODEL_SERVING) for t in found)
    assert "docker" not in top("package a model into an image without docker")


def test_what_theirs_must_work_with_brings_its_partners_not_itself() -> None:
    found = top("lightweight self hosted ci that works with gitea")
    assert found[0] == "woodpecker-ci" and "gitea" not in found


def test_hosting_it_ourselves_is_self_hosting_and_self_hosted_is_not_managed() -> None:
    from core.search import constraints_in

    assert constraints_in("host our own git repos") == ["self_hosted"]
    assert constraints_in("self hosted ci") == ["self_hosted"]
    assert constraints_in("managed airflow so we don't run it ourselves") == ["managed"]


def test_a_job_typed_alone_is_not_the_name_of_a_tool_that_adds_a_word_to_it() -> None:
    """'feature store' is a job, not the name 'AWS Feature Store': a cloud's own store is not first for it,
    and typing the cloud's name too still finds that store first."""
    first = shipped().get(top("feature store")[0])
    assert first.built_for(Stage.FEATURE_STORE) and not first.clouds
    assert top("sagemaker feature store")[0] == "sagemaker-feature-store"


def test_a_whole_cloud_is_not_the_answer_to_a_job_and_a_named_hosts_own_product_is() -> None:
    """'claude and llama through an aws api': AWS is where it runs, not the answer (its LLM service is);
    'run my tests on every push to the github repo': the repository is where, GitHub's CI is the answer."""
    found = top("claude and llama through an aws api, no gpus to manage", limit=5)
    assert not {"aws", "google-cloud", "microsoft-azure"} & set(found) and "amazon-bedrock" in found
    assert top("run my tests on every push to the github repo")[0] == "github-actions"
    assert top("aws")[0] == "aws"


def test_a_job_a_tool_only_touches_counts_for_something_when_the_query_asks_two() -> None:
    """'free gpu notebook' asks for notebooks and GPUs: notebook services that also give GPUs (their
    entries list compute as a stage they touch) come before notebooks alone."""
    found = [shipped().get(t) for t in top("free gpu notebook")]
    assert found[0].built_for(Stage.NOTEBOOKS) and Stage.COMPUTE in found[0].stages


def test_running_a_model_on_ones_own_laptop_finds_the_tools_whose_docs_give_a_one_machine_setup() -> None:
    assert set(top("run llama locally on my laptop", limit=2)) == {"ollama", "llama-cpp"}


def test_fine_tuning_is_training_not_a_hyperparameter_search() -> None:
    assert Stage.HYPERPARAMETER_TUNING not in stages_named("cheapest place to rent a 4090 for fine tuning")
    assert stages_named("cheapest place to rent a 4090 for fine tuning") == {Stage.COMPUTE}
    assert Stage.HYPERPARAMETER_TUNING in stages_named("tuning the learning rate by hand")


def test_hyperparameters_recorded_for_every_run_are_tracking_and_tuned_ones_are_tuning() -> None:
    """As the interview reads them, a phrase inside a longer one of another job is part of it: hyperparameters
    named as what each run had are tracking's job, and tuning them is tuning's."""
    from core.search import stages_named

    assert stages_named("keep a record of hyperparams and metrics from every training script") == {
        Stage.EXPERIMENT_TRACKING}
    assert stages_named("remember hyperparams and scores of every training run") == {Stage.EXPERIMENT_TRACKING}
    assert stages_named("tune hyperparams for every run") == {Stage.HYPERPARAMETER_TUNING}
    assert all(shipped().get(t).built_for(Stage.EXPERIMENT_TRACKING)
               for t in top("remember hyperparams and scores of every training run")[:2])


def test_one_api_in_front_of_many_llm_providers_finds_a_gateway_not_a_model_server() -> None:
    assert "litellm" in top("one endpoint for gpt-4o, claude and our own llama with fallbacks")
    assert "litellm" not in top("serve llama 3 on our own gpus behind an openai-compatible api")
    # a local runtime and the clouds' models behind one endpoint
    assert "litellm" in top("one openai style endpoint for ollama and cloud models")


def test_a_gpu_rental_finds_the_gpu_marketplace() -> None:
    assert "vast-ai" in top("gpu rental")
    assert "vast-ai" in top("cheapest rtx 4090 rental per hour")


def test_guardrails_for_an_llm_app_find_the_guardrail_tools_not_model_oversight() -> None:
    assert set(top("llm guardrails", 2)) == {"guardrails-ai", "nemo-guardrails"}
    assert "lakera-guard" in top("block jailbreaks in our chatbot")


def test_when_a_job_happens_is_not_what_is_searched_for() -> None:
    """ "Before training" says when rows are checked, not that training tools are wanted."""
    shown = top("stop bad rows before training")
    assert shown and all(shipped().get(t).built_for(Stage.DATA_VALIDATION) for t in shown), shown


def test_the_process_a_check_stops_is_not_what_is_searched_for() -> None:
    """ "Fail the pipeline when …" asks for the check, not for a pipeline tool."""
    from core.search import stages_named

    assert stages_named("fail the pipeline when a new batch has nulls in columns") == {Stage.DATA_VALIDATION}
    assert Stage.ML_PIPELINES in stages_named("we need ml pipelines that fail loudly")


def test_a_pain_described_in_words_brings_tools_that_answer_it() -> None:
    """Read as the interview reads pains: not reproducing results is tracking's or data versioning's job;
    data silently broken upstream is data validation's."""
    from core.search import pains_named

    assert any(Stage.EXPERIMENT_TRACKING in stages for stages in pains_named("nobody can reproduce my results"))
    shown = top("nobody else can reproduce my training results from last month")
    assert any(shipped().get(t).built_for(Stage.EXPERIMENT_TRACKING) or shipped().get(t).built_for(
        Stage.DATA_VERSIONING) for t in shown[:2]), shown
    shown = top("upstream team changed a column and silently broke our training data")
    assert any(shipped().get(t).built_for(Stage.DATA_VALIDATION) for t in shown[:2]), shown


def test_nothing_to_manage_is_not_a_lack_of_it() -> None:
    """ "No GPUs to manage" wants GPUs run by someone else; it is not "we have no GPUs"."""
    from core.search import pains_named, stages_named

    assert pains_named("claude and llama through an aws api, no gpus to manage") == []
    assert Stage.COMPUTE not in stages_named("claude and llama through an aws api, no gpus to manage")
    assert pains_named("we have no gpus") == [(Stage.COMPUTE,)]


def test_a_question_about_one_tool_finds_it_where_it_is_named() -> None:
    assert "text-generation-inference" in top("is text generation inference still maintained")
    assert top("what happened to neptune")[0] == "neptune-ai"
    assert top("torchserve still maintained?")[0] == "torchserve"
    assert top("is helicone still being developed")[0] == "helicone"


def test_a_maker_named_as_owner_finds_its_tools() -> None:
    """ "Uber's ml platform" asks for Uber's; "google's feature store" for Google's feature store."""
    assert "uber-michelangelo" in top("uber's ml platform")
    assert top("google's feature store")[0] == "vertex-ai-feature-store"
    assert "uber-michelangelo" not in top("ml platform")


def test_an_alternative_to_a_two_word_name_is_another_makers_tool_for_its_job() -> None:
    shown = top("great expectations alternative lightweight")
    assert "great-expectations" not in shown and all(shipped().get(t).built_for(Stage.DATA_VALIDATION) for t in shown)
    seldon = shipped().get("seldon-core")
    assert all(shipped().get(t).vendor != seldon.vendor for t in top("seldon core alternative"))
    assert top("open source langsmith alternative")[0] != "langsmith"
    # a three-word name, and the word typed short
    tracking = top("weights and biases alternative open source self hosted")
    assert "weights-and-biases" not in tracking
    assert all(shipped().get(t).built_for(Stage.EXPERIMENT_TRACKING) for t in tracking), tracking
    assert "langsmith" not in top("langsmith alternativ")


def test_an_alternative_to_a_service_is_a_service_or_server_before_a_library() -> None:
    """Pinecone is a vector database run for you; a library that searches vectors in memory (FAISS) does the job but
    is not the same kind of thing, so the databases come first."""
    shown = top("pinecone alternative open source")
    assert all(shipped().get(t).self_host_needs != () for t in shown), shown


def test_more_jobs_said_in_other_words() -> None:
    from core.search import stages_named

    assert stages_named("i can't remember which hyperparameters gave my best run") == {Stage.EXPERIMENT_TRACKING}
    assert stages_named("need to see every prompt and response our chatbot sends to the llm") == {
        Stage.LLM_OBSERVABILITY}
    assert stages_named("features are computed differently in training and in production") == {Stage.FEATURE_STORE}


def test_a_tool_named_as_where_the_job_runs_is_context_not_the_answer() -> None:
    """"llm evals in github actions": the evals are sought, GitHub Actions is where they run; but "tracking in
    mlflow" asks about MLflow, which is built for the job named before it, and "in a git repo" is where things
    are kept."""
    evals = top("llm evals in github actions")
    assert "promptfoo" in evals and evals[0] != "github-actions", evals
    assert top("tracking in mlflow")[0] == "mlflow"
    assert top("experiment tracking in sagemaker")[0] != "amazon-sagemaker-ai"


def test_spend_tracking_is_llm_observability_not_experiment_tracking() -> None:
    assert Stage.EXPERIMENT_TRACKING not in stages_named("one api for every llm provider with spend tracking")
    assert Stage.LLM_OBSERVABILITY in stages_named("token tracking for our chatbot")
    assert "ollama" in top("local llm runner")


def test_fairness_asked_in_words_finds_a_fairness_check_and_skew_a_feature_store() -> None:
    assert "fairlearn" in top("prove our credit model doesn't treat applicants differently by gender or age", 5)
    assert Stage.FEATURE_STORE in stages_named(
        "we compute features one way in training and reimplement them for online prediction")
    assert Stage.GOVERNANCE in stages_named("if we drop this table, which reports downstream would break?")


def test_a_need_told_as_a_story_brings_tools_built_for_that_job() -> None:
    from core.search import pains_named, stages_named

    cases = [
        ("the features we compute for training don't match what the prediction api computes live",
         Stage.FEATURE_STORE),
        ("stop the job if a column in the input csv suddenly has nulls or the wrong type", Stage.DATA_VALIDATION),
        ("a web app to tag the sentiment of thousands of customer reviews", Stage.DATA_LABELING),
        ("teammates should run the script with exactly the same environment and libraries as me", Stage.CONTAINERS),
    ]
    for query, stage in cases:
        assert stages_named(query) == {stage}, query
        shown = top(query)  # the first at least: a word of the story may still match another tool's own text
        assert shown and shipped().get(shown[0]).built_for(stage), (query, shown)
    drift = "alert me when production input data starts looking different from the training data"
    assert (Stage.MODEL_MONITORING,) in pains_named(drift)
    assert all(shipped().get(t).built_for(Stage.MODEL_MONITORING) for t in top(drift)), top(drift)


def test_loss_curves_find_the_dashboard_made_for_them_and_the_trackers() -> None:
    # TensorBoard's own page leads with tracking and visualizing loss and accuracy; trackers plot them too
    shown = top("plot loss curves")
    assert "tensorboard" in shown and any(shipped().get(t).built_for(Stage.EXPERIMENT_TRACKING) for t in shown), shown


def test_compute_said_as_a_verb_asks_for_no_gpus() -> None:
    from core.search import stages_named

    assert Stage.COMPUTE not in stages_named("we compute embeddings nightly and want to version them")
    assert Stage.COMPUTE not in stages_named("how to compute features the same way online")
    assert Stage.COMPUTE in stages_named("cheap compute for fine-tuning")


def test_what_to_use_now_after_a_tool_changed_asks_for_its_alternatives() -> None:
    shown = top("seldon went bsl, what open source serving now")
    assert "seldon-core" not in shown
    assert shown and all(shipped().get(t).built_for(Stage.MODEL_SERVING) for t in shown), shown


def test_a_one_word_name_typed_as_two_words_finds_the_tool() -> None:
    assert top("sage maker endpoints")[0] == "amazon-sagemaker-ai"
    assert top("ML flow")[0] == "mlflow"
    assert "amazon-sagemaker-ai" not in top("sage and maker")  # only the two words side by side


def test_drift_of_inputs_or_outputs_is_monitoring_and_a_traffic_split_is_serving() -> None:
    assert stages_named("tabular drift report") == {Stage.MODEL_MONITORING}
    assert stages_named("feature drift alerts") == {Stage.MODEL_MONITORING}
    assert stages_named("schema drift") == set()  # the data's shape: not a model monitor's job
    assert stages_named("send 10% of traffic to the new model version") == {Stage.MODEL_SERVING}
    assert "kserve" in top("send 10% of traffic to a new model version on kubernetes before promoting it")


def test_a_tool_gone_quiet_for_a_year_and_a_half_comes_below_the_ones_still_shipping() -> None:
    # Frouros, a drift library, has published nothing since October 2024: it is still found, but below the
    # monitoring tools that ship; the same entry with a release last month would rank higher
    query = "model drift monitoring"
    quiet = top(query, limit=10)
    assert "frouros" in quiet and "evidently" in top(query)
    raw = json.loads((ROOT / "catalog.json").read_text(encoding="utf-8"))
    entry = next(tool for tool in raw["tools"] if tool["id"] == "frouros")
    entry["latest_release"] = {**entry["latest_release"], "date": "2026-11-20"}
    fresh = parse_catalog(json.dumps(raw), today=date(2026, 12, 31))
    shipping = [tool.id for tool in fresh.search(query, limit=10)]
    assert shipping.index("frouros") < quiet.index("frouros")
    # a name typed is found first however long the tool has been quiet
    assert top("frouros")[0] == "frouros"


def test_a_job_named_only_as_when_something_happens_is_not_the_job_sought() -> None:
    # "after deploying it" says when the model got worse, not that a serving tool is wanted
    assert Stage.MODEL_SERVING not in stages_named("see why my model got worse after deploying it")
    assert Stage.MODEL_SERVING in stages_named("deploying models behind an api")
    hits = top("see why my model got worse after deploying it", limit=5)
    assert not {"openvino-model-server", "tensorflow-serving", "ray-serve"} & set(hits)


def test_a_pipeline_that_ran_on_bad_data_is_where_the_pain_happened_not_the_job_sought() -> None:
    query = "an upstream team renamed a column and our training pipeline happily trained on garbage"
    assert Stage.ML_PIPELINES not in stages_named(query)
    assert not {"tfx", "kubeflow", "vertex-ai", "metaflow"} & set(top(query))
    assert Stage.ML_PIPELINES in stages_named("we need a training pipeline that retrains every night")


@pytest.mark.parametrize(
    ("query", "stage"),
    [("we can't replay what prompt the model actually saw", Stage.LLM_OBSERVABILITY),
     ("nobody can say which team or feature burned the tokens", Stage.LLM_OBSERVABILITY),
     ("scores great offline but worse live because serving computes the features differently", Stage.FEATURE_STORE),
     ("github rejects my push because the checkpoint is over 100mb", Stage.DATA_VERSIONING),
     ("catch missing or broken values in incoming data before training", Stage.DATA_VALIDATION),
     ("the loan model approves far fewer women", Stage.GOVERNANCE),
     ("cosine similarity against a million embeddings takes forever", Stage.VECTOR_SEARCH),
     ("show exactly which model version was live on a given date", Stage.MODEL_REGISTRY),
     ("run a llama model on a 16gb laptop", Stage.MODEL_SERVING),
     # development suite 43: a pain typed as the query
     ("features different in training vs serving", Stage.FEATURE_STORE),
     ("where does this column even come from", Stage.GOVERNANCE),
     ("chatbot talks about stuff it shouldnt", Stage.GOVERNANCE),
     ("sharing model weights over google drive", Stage.MODEL_REGISTRY),
     ("dont want another database just for embeddings", Stage.VECTOR_SEARCH),
     ("python dependency hell deploying my model", Stage.CONTAINERS),
     ("notebok cells ran out of order hidden state", Stage.NOTEBOOKS),
     ("which data trained the model in prod no idea", Stage.DATA_VERSIONING)],
)
def test_a_symptom_names_the_job_that_answers_it(query: str, stage: Stage) -> None:
    """Development suites 27 and 43: people describe what went wrong, not the category of tool."""
    assert stage in stages_named(query)


def test_what_they_have_now_and_where_a_model_runs_are_read_as_such() -> None:
    """'after jupyter notebooks' is what they have, not the job sought (reproducing a run is); running an LLM on a
    machine of their own is serving one, not the machine's other software."""
    found = top("first tool to add after jupyter notebooks so we can reproduce our best run")
    assert shipped().get(found[0]).built_for(Stage.EXPERIMENT_TRACKING), found
    assert not any(shipped().get(t).built_for(Stage.NOTEBOOKS) for t in found), found
    found = top("run an llm on a machine with no internet access at all")
    assert all(shipped().get(t).built_for(Stage.MODEL_SERVING) for t in found), found


def test_a_tool_named_mid_query_that_does_the_job_asked_is_found() -> None:
    """How to do a job in a tool they name ("… on a sagemaker endpoint", "… in triton"): that tool is an answer.
    Not when the name is what they already have or what the answer must suit, nor general infrastructure named as
    where the work runs."""
    assert "amazon-sagemaker-ai" in top("canary rollout of a new model on a sagemaker endpoint")
    assert "nvidia-triton" in top("host several models behind one triton server")
    assert "weights-and-biases" not in top("open source experiment tracking with a ui like wandb")
    assert top("managed airflow so nobody babysits the scheduler")[0] == "astronomer"
    assert top("a model registry for what our airflow dags train")[0] != "apache-airflow"
    gateway = top("one openai compatible endpoint in front of bedrock and vertex with per-team budgets")
    assert not {"amazon-bedrock", "vertex-ai"} & set(gateway) and gateway[0] == "litellm"
    assert "kubernetes" not in top("model serving on kubernetes with scale to zero", limit=1)
    # scaling to zero said around what is scaled
    assert "kserve" in top("scale idle model endpoints to zero on our own kubernetes cluster")


def test_a_dashboard_for_a_model_server_watches_the_server_rather_than_seeking_one() -> None:
    assert stages_named("a latency dashboard for our inference endpoints") == {Stage.MODEL_MONITORING}
    assert not {"nvidia-triton", "vllm", "openvino-model-server"} & set(top("metrics dashboard for our model servers"))


def test_a_sweep_spread_over_a_gpu_cluster_finds_tuning_not_gpu_clouds() -> None:
    shown = top("distributed hparam sweep across gpu cluster asha")
    assert "ray-tune" in shown and not {"coreweave", "runpod", "lambda-cloud"} & set(shown)


def test_labeling_images_for_a_yolo_dataset_finds_roboflow() -> None:
    assert "roboflow" in top("label images and export yolo dataset")


@pytest.mark.parametrize(("query", "gone", "wanted"), [
    ("torchserve no longer maintained alternative", "torchserve", "nvidia-triton"),
    ("neptune shutting down where to migrate runs", "neptune-ai", "mlflow"),
    ("docker desktop paid license free alternative", "docker", "podman"),
    # bought by another company, with something else asked for: the buyer named after it is no tool to replace
    ("tecton bought by databricks open source alternative", "tecton", "feast"),
])
def test_what_happened_to_a_tool_said_after_its_name_asks_for_what_replaces_it(
    query: str, gone: str, wanted: str
) -> None:
    shown = top(query)
    assert wanted in shown and gone not in shown, shown


def test_an_alternative_to_a_gateway_is_another_gateway() -> None:
    # OpenRouter and LiteLLM are built for no job of the lifecycle and touch the same ones: the same kind of thing
    assert top("openrouter alternative self hosted")[0] == "litellm"


def test_a_tool_said_to_be_renamed_is_found_under_its_new_name() -> None:
    assert top("singularity container renamed what now")[0] == "apptainer"


def test_a_tool_said_to_be_bought_is_still_found_when_nothing_else_is_asked() -> None:
    assert top("langfuse acquired by clickhouse")[0] == "langfuse"


def test_a_platform_named_as_where_a_job_runs_finds_its_own_product_for_that_job() -> None:
    # "sagemaker" is a name of Amazon SageMaker AI, not its id: its feature store is what fits on it
    assert top("feature store on sagemaker")[0] == "sagemaker-feature-store"


def test_an_llm_apps_pipeline_is_no_ml_pipeline() -> None:
    assert stages_named("rag evaluation metrics for langchain pipeline") == {Stage.LLM_EVALUATION}
    assert stages_named("our rag pipeline is slow") == set()
    assert stages_named("automate our ml pipeline") == {Stage.ML_PIPELINES}
    assert not {"kubeflow", "tfx", "kedro"} & set(top("rag evaluation metrics for langchain pipeline")[:3])


@pytest.mark.parametrize("query", ["kubernetes native ml workflow orchestration", "k8s native hyperparameter tuning",
                                   "kubernetes-native workflow engine where every step is a container"])
def test_a_tool_the_sought_one_is_native_to_is_context_not_the_answer(query: str) -> None:
    assert "kubernetes" not in top(query)[:3]


def test_a_ray_native_server_is_found_before_ray_itself() -> None:
    assert top("ray native model serving on kubernetes")[0] == "ray-serve"


@pytest.mark.parametrize(("query", "framework"), [("open source observability for llamaindex apps", "llamaindex"),
                                                  ("guardrails for langchain chains", "langchain"),
                                                  # what the job is done to, and where its output goes
                                                  ("lineage for airflow dags", "apache-airflow"),
                                                  ("data observability for snowflake tables", "snowflake"),
                                                  ("human feedback labeling that saves to hugging face hub",
                                                   "hugging-face-hub")])
def test_a_framework_or_platform_the_job_is_done_for_is_context_not_the_answer(query: str, framework: str) -> None:
    assert framework not in top(query)[:3]


def test_a_library_named_finds_its_own_companion_for_the_job_asked() -> None:
    assert top("hyperparameter search for keras models")[0] == "keras-tuner"  # Keras's own tuner
    assert "llm-d" not in top("llm serving with openai compatible api on own gpus")[:1]  # "llm" is no library
    assert not {"llm-d", "vllm"} & set(top("truera feedback functions for llm apps"))  # nor a framework


def test_tools_a_pipeline_must_run_across_are_context_not_the_answer() -> None:
    found = top("ml pipelines portable across airflow and kubeflow")[:3]
    assert "kubeflow" not in found and "apache-airflow" not in found
    assert "zenml" in found  # one pipeline definition, run on either orchestrator
    found = top("same pipeline code on sagemaker and vertex")[:3]
    assert "zenml" in found and not {"vertex-ai", "amazon-sagemaker-ai"} & set(found)


def test_a_choice_between_two_tools_still_shows_both() -> None:
    assert set(top("difference between mlflow and wandb")[:2]) == {"mlflow", "weights-and-biases"}


@pytest.mark.parametrize("query", ["sr 11-7 model documentation and validation workflow for bank credit models",
                                   "bias check for credit scoring model across age and gender"])
def test_model_risk_work_is_governance_not_data_validation(query: str) -> None:
    assert stages_named(query) == {Stage.GOVERNANCE}
    assert not {"great-expectations", "pandera", "tfdv"} & set(top(query)[:3])


def test_large_files_kept_without_bloating_git_is_data_versioning() -> None:
    assert stages_named("keep model checkpoints in the repo without bloating git history") == {Stage.DATA_VERSIONING}
    assert top("keep 300gb of training images versioned next to the code without bloating the git repo")[0] == "dvc"


def test_a_query_that_names_one_tool_is_no_near_miss_of_another_name() -> None:
    """"managed airflow" names Airflow: it is not a misspelling of Outerbounds' alias "managed metaflow", so the
    managed Airflow (Astronomer) comes first; nor is "triton inference server" a near miss of Xinference."""
    top = [hit.id for hit in shipped().search("managed airflow", limit=3)]
    assert top[0] == "astronomer" and "outerbounds" not in top, top
    assert "xinference" not in [hit.id for hit in shipped().search("triton inference server", limit=3)]
    assert [hit.id for hit in shipped().search("manged metaflow", limit=1)] == ["outerbounds"]


@pytest.mark.parametrize("query", ["agent does weird stuff cant see why", "rag returns wrong chunks",
                                   "users say chatbot is bad we have no numbers"])
def test_an_llm_app_misbehaving_is_answered_by_llm_evaluation_or_tracing(query: str) -> None:
    jobs = {stage for tool_id in top(query) for stage in shipped().get(tool_id).primary_stages}
    assert jobs & {Stage.LLM_EVALUATION, Stage.LLM_OBSERVABILITY}, top(query)


def test_notebooks_named_in_a_pain_are_no_notebook_sought() -> None:
    assert Stage.NOTEBOOKS not in stages_named("too many jupyter notebooks no structure")
    assert not {"jupyterlab", "jupyterhub", "google-colab"} & set(top("too many jupyter notebooks no structure"))
    assert Stage.NOTEBOOKS in stages_named("shared jupyter notebooks for the team")


def test_a_providers_rate_limits_ask_for_a_gateway() -> None:
    assert "litellm" in top("openai 429 erors keep killing our app")


def test_a_pain_said_inside_the_words_of_its_cure_asks_for_the_cure() -> None:
    """"works on my machine, breaks on the server" asks for containers, not for a tracker or data versioning."""
    assert stages_named("works on my machine breaks on the server") == {Stage.CONTAINERS}
    assert "docker" in top("works on my machine breaks on the server")


@pytest.mark.parametrize("query", ["training script too slow on one machine", "pandas runs out of memory on big csv"])
def test_outgrowing_one_machine_asks_for_compute(query: str) -> None:
    assert stages_named(query) == {Stage.COMPUTE}


def test_an_llm_bill_out_of_hand_asks_for_llm_observability() -> None:
    assert stages_named("openai bill exploding dont know which feature") == {Stage.LLM_OBSERVABILITY}
    assert "databricks-feature-store" not in top("openai bill exploding dont know which feature")[:1]


@pytest.mark.parametrize(("query", "work"), [("deploy sklearn model as docker rest api", "tabular"),
                                             ("explore image datasets", "computer_vision")])
def test_tools_made_only_for_other_work_than_the_query_names_come_after_the_rest(query: str, work: str) -> None:
    found = [shipped().get(t) for t in top(query)[:3]]
    assert all(not t.workloads or work in t.workloads for t in found), [t.id for t in found]  # no LLM server


@pytest.mark.parametrize(("query", "theirs"), [
    ("we already run redis for sessions, need vector search for similar products", "redis"),
    ("add semantic search to our existing elasticsearch product catalog", "elasticsearch")])
def test_a_tool_they_already_run_that_does_the_job_comes_first(query: str, theirs: str) -> None:
    assert top(query)[0] == theirs


def test_a_tool_the_job_is_built_on_top_of_is_not_the_answer() -> None:
    assert "apache-airflow" not in top("ml pipeline framework that runs on top of our existing airflow")
    assert "apache-airflow" not in top("we already run airflow, need experiment tracking")  # not a job it does


def test_output_held_to_a_shape_asks_for_structured_outputs() -> None:
    assert "sglang" in top("serve an open llm that must return valid json for our forms")


def test_several_clouds_named_ask_for_what_runs_on_all_of_them() -> None:
    assert top("run training on whichever cloud has the cheapest gpu right now, aws gcp or azure")[0] == "skypilot"
    found = top("one model registry for aws and azure")
    assert found[0] == "mlflow" and not {"amazon-sagemaker-ai", "azure-machine-learning"} & set(found)
    assert top("model registry on azure")[0] == "azure-machine-learning"  # one cloud named: its own service


def test_a_bot_kept_to_its_subject_asks_for_topical_rails() -> None:
    for query in ("keep shop assistant bot from talk about politics or competitors, rules in config files",
                  "stop our chatbot talking about competitors", "the assistant must stay on topic"):
        assert top(query)[0] == "nemo-guardrails", query


def test_a_factorys_production_line_is_no_product_line() -> None:
    found = top("run onnx model inside our c# .net app on windows pc at production line")
    assert "onnx-runtime" in found and "comet" not in found  # Comet's "product line" of products


def test_the_models_a_managed_llm_service_hosts_find_it() -> None:
    assert top("claude on aws")[0] == "amazon-bedrock"  # Anthropic's Claude, among the models Bedrock serves


def test_toxic_text_stripped_from_what_an_llm_says_asks_for_a_guardrail() -> None:
    found = top("a validator that removes toxic phrases from the chatbot output in game chat")
    assert set(found[:2]) <= {"guardrails-ai", "nemo-guardrails", "lakera-guard"}  # not the app's framework


@pytest.mark.parametrize(("query", "wanted"), [
    # data too big for one machine, said by its size or its chores: a distributed data engine
    ("batch jobs crunching years of match event data into player stats, way too big for pandas now", "apache-spark"),
    ("parse and aggregate tens of billions of ais messages a year into voyages on a cluster", "apache-spark"),
    # names marked in text for an entity model: a text annotation tool (not Nessie's git-like tags)
    ("free self hosted tool so editors can tag people and places in news articles for ner", "label-studio"),
    ("tool to tag parties, dates and amounts in loan agreements for ner training, self hosted", "label-studio"),
    # experts rating and correcting a model's answers to collect them: human feedback annotated
    ("open source tool where our lawyers rate and correct llm answers for fine tuning", "argilla"),
    ("hr experts must rate and fix llm answers about company policies, collect feedback dataset, open source",
     "argilla"),
    # published weights fetched to use: the hub they are published on
    ("where do i download a pretrained sentence embedding model for product search", "hugging-face-hub"),
    ("download esm2 protein model weights", "hugging-face-hub"),
    # a gateway keeps the spend and budgets of the calls through it: the gateway, not a tracer
    ("self hosted proxy in front of several llm vendors and our local models, per team budgets, rate limits and "
     "spend tracking", "litellm"),
    # a search engine's own words; outputs looked at against the truth; an open LLM on one machine; prompts tested in
    # CI; pandas outgrown; tables branched in SQL; an index library; big files in a repository; a model run from
    # code that is not Python; players tracked by cameras, not experiments
    ("full text search with typo tolerance over our scanned archive", "elasticsearch"),
    ("eyeball the false positives of our detector next to the ground truth", "fiftyone"),
    ("run an open llm on one old server in the office, nothing may leave", "ollama"),
    ("yaml tests for our system prompt that run in ci on every pr", "promptfoo"),
    ("parallelize my plain python over the cluster nodes, pandas is too slow", "dask"),
    ("metadata tables we can diff and branch and query with sql", "dolt"),
    ("nearest neighbours over song embeddings, want a library not a database", "faiss"),
    ("keep model checkpoints in the code repository without every clone taking forever", "git-lfs"),
    ("run a model exported from pytorch inside our c++ game", "onnx-runtime"),
    ("season of 10hz player tracking data does not fit in ram with pandas", "dask"),
    ("reprocess billions of ad + click logs every night", "apache-spark"),
    ("keep our kubernetes clusters in sync with the manifests in one git repo, declarative, drift shows up in a ui",
     "argo-cd"),  # GitOps: the clusters' drift from the repository, not a model's
    ("web tool where our agents tag support emails with a topic, self hosted", "label-studio"),
    ("one machine runs out of memory joining 50 million records", "apache-spark"),
    ("run the classifier inside our ios app on device", "onnx-runtime"),
    ("orchestrate our dbt project and the model training after it", "dagster"),  # pipelines as the data they make
    ("i want to declare the datasets our pipeline should produce, not tasks", "dagster"),
    ("run an open-weight chat model on a laptop in the field, no internet", "ollama"),  # one box: serving, not GPUs
    ("use a quantized gguf model on one consumer gpu, offline", "llama-cpp"),
    ("our fab tools write 20 tb of sensor traces a day, need distributed processing on our on prem cluster",
     "apache-spark"),  # a sensor's traces, no LLM's
    ("roll back our s3 data lake like git when a bad batch lands", "lakefs"),
    ("rag chatbot over the water board regulations pdfs. we already run postgres and dont want another database",
     "pgvector"),  # regulations as the documents read, not governance
    ("label a few thousand support tickets so we can train a classifier to route them", "label-studio"),
    ("cpu-only edge boxes at the plant: export from pytorch and run the model fast", "onnx-runtime"),
    ("keep fbx files and textures versioned with the code in our game repo without 50gb clones", "git-lfs"),
    ("failover between openai, anthropic and a local model behind one client, with token and cost metrics at the end "
     "of each run", "litellm"),  # a gateway's usage figures, not a run's metrics to track
    ("shared notebook server for staff and visiting researchers working on sensor data, logins with our accounts, "
     "runs on our own box", "jupyterhub"),
])
def test_a_job_said_by_its_chores_finds_the_tool_for_it(query: str, wanted: str) -> None:
    assert wanted in top(query), top(query)


def test_a_thing_asked_about_by_what_it_feeds_is_lineage_not_its_job() -> None:
    query = "open source data catalog with lineage so we know which pipelines feed which reports"
    assert stages_named(query) == {Stage.GOVERNANCE}
    assert {"datahub", "openmetadata"} <= set(top(query))


def test_running_a_quantized_open_model_asks_for_something_that_serves_it() -> None:
    query = "simplest way to run a quantized open weights model on a laptop so client drawings never leave it"
    serving = [shipped().get(t).built_for(Stage.MODEL_SERVING) for t in top(query)]
    assert serving == [True, True, True], top(query)


@pytest.mark.parametrize(("query", "first"), [
    ("similarity search inside our existing postgres, dont want another database", "pgvector"),
    ("similar items recs in postgres, no new vector db", "pgvector"),
])
def test_a_product_named_by_a_word_of_its_longer_name_comes_first(query: str, first: str) -> None:
    """pgvector is also called "postgres vector": vector search in the Postgres they run asks for it, as
    "github" and CI/CD ask for GitHub Actions."""
    assert top(query)[0] == first, top(query)


@pytest.mark.parametrize("query", [
    "estimate accuracy of credit default model in production when actual labels only come months later",
    "churn labels only show up 90 days after the prediction, how do i estimate if the model's accuracy already dropped",
])
def test_outcomes_known_late_ask_how_a_live_model_does_without_them(query: str) -> None:
    """Labels that arrive months after the prediction are no labelling job: the model's performance is estimated
    without them (NannyML), among tools that monitor models."""
    found = top(query)
    assert found[0] == "nannyml" and all(shipped().get(t).built_for(Stage.MODEL_MONITORING) for t in found), found


@pytest.mark.parametrize("query", [
    "self hosted metrics + dashboards + alerts for our passenger counting inference pods - p99 latency, gpu memory, "
    "scrape /metrics endpoints",
    "dashboards for prometheus metrics coming out of our model server",
])
def test_dashboards_and_alerts_for_their_servers_ask_for_what_watches_them(query: str) -> None:
    """The model servers and pods named after "for our" are what is watched: metrics and dashboards, not another
    model server."""
    assert "grafana" in top(query) and not any(shipped().get(t).built_for(Stage.MODEL_SERVING)
                                                and not shipped().get(t).built_for(Stage.MODEL_MONITORING)
                                                for t in top(query)), top(query)


@pytest.mark.parametrize(("query", "first"), [
    ("one inference runtime for jetson and raspberry pi, int8 quantised models", "onnx-runtime"),
    ("make sklearn model predictions faster per request and drop the python deps in prod", "onnx-runtime"),
    ("run a tiny llm on a raspberry pi with no internet", "ollama"),  # a language model's runner, not ONNX Runtime
])
def test_inference_made_faster_where_it_runs_asks_for_a_runtime_in_the_app(query: str, first: str) -> None:
    assert top(query)[0] == first, top(query)
