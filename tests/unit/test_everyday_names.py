"""Tool names that are everyday English words (wordfreq) are read only with evidence that a tool is meant."""

from __future__ import annotations

import pytest

from core.answers import read_reply, understand
from core.catalog import Catalog
from core.mentions import NOT_NAMES, names_of
from core.questions import BY_ID


def stack(text: str, catalog: Catalog) -> tuple[str, ...]:
    return tuple(understand(text, catalog).get("current_stack", ()))


def test_every_catalog_name_is_classified_by_frequency_not_by_a_hand_list(shipped_catalog: Catalog) -> None:
    everyday = names_of(shipped_catalog).everyday
    assert {"ray", "aim", "arthur", "harbor", "union cloud", "elementary", "flux", "quilt"} <= set(everyday)
    assert not {"mlflow", "kubeflow", "dvc", "jupyter", "wandb", "dagster"} & set(everyday)


def test_a_tools_own_name_is_never_dropped_as_an_alias(shipped_catalog: Catalog) -> None:
    index = names_of(shipped_catalog)
    assert index.lookup(("outerbounds",)) == "outerbounds"
    assert index.lookup(("zilliz", "cloud")) == "zilliz-cloud"
    assert "outerbounds" not in NOT_NAMES


@pytest.mark.parametrize(
    "text",
    [
        "Arthur from finance asked me for a churn model.",
        "Saw Jupiter and Neptune through the telescope last night. Our experiments live in spreadsheets.",
        "My Vespa broke down on the way in; anyway, we need experiment tracking.",
        "we wrote a homegrown guardrail service for the chatbot",
        "the closet has terrible airflow so the GPU box throttles",
        "Our office is in Phoenix and we do forecasting.",
        "we had a union meeting about pay",
        "elementary stats on tabular data, nothing fancy",
        "the data is in flux after the migration",
        "After the team feast on Friday the retro boiled down to one thing: we can't recreate the training set.",
        "we aim to ship faster",
        "Mr Jenkins asked for a forecast",
        "We had great expectations for the project",
        "MLflow and DVC used together",
        "We run gradient boosting on tables",
        "AML models for a bank",
        "EMR data from hospitals, tabular",
        "the prefect of the region sent data",
        "My dog Luigi chewed the cable to our only GPU box.",
        "A shared feature definition is about as real as Nessie here.",
    ],
)
def test_ordinary_words_are_not_read_as_tools(shipped_catalog: Catalog, text: str) -> None:
    assert not set(stack(text, shipped_catalog)) - {"mlflow", "dvc"}


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("we use Ray and MLflow", ("ray", "mlflow")),  # a usage cue
        ("our airflow dags break nightly", ("apache-airflow",)),  # the tool's own artifacts
        ("Jenkins jobs call bash scripts", ("jenkins",)),
        ("Ray is already in our stack for data processing", ("ray",)),  # its place in the stack
        ("Harbor as our registry, GitLab for code", ("harbor", "gitlab")),
        ("Feast is our feature store", ("feast",)),
        ("Jenkins for CI", ("jenkins",)),  # the stage it does
        ("Snowflake + dbt + Python", ("snowflake",)),  # a list with other names, known to the catalog or not
        ("lineage to the git commit", ("git",)),
        ("Great Expectations for data checks", ("great-expectations",)),
        ("We already pay for Weights & Biases", ("weights-and-biases",)),  # a capitalised name of several words
        ("GitHub Actions already.", ("github-actions",)),  # spelt as a product
        ("We're a Jenkins shop.", ("jenkins",)),  # "a … shop": the team's tool
        ("ask our Jenkins to run it nightly", ("jenkins",)),  # "our" before it: their CI server, not a person
        ("a Ray cluster on EKS", ("ray",)),  # a part of the tool after the article
        ("We moved from W&B to Neptune for tracking last year.", ("neptune-ai",)),  # W&B is left behind
        ("The prototype works great in colab; no idea how to ship it.", ("google-colab",)),  # where it works
        ("actually we also have argo cd", ("argo-cd",)),  # the Argo project's, however it is typed
        ("Airflow pulls billing features every night and retrains the model.", ("apache-airflow",)),  # its work
        ("Airflow kicks off retraining every sunday night.", ("apache-airflow",)),
        ("my colab keeps disconnecting in the middle of training", ("google-colab",)),
        ("colab free tier + google drive, thesis on segmentation", ("google-colab",)),
        ("I do recommendation models in colab and don't know how to ship them.", ("google-colab",)),
        ("The nightly job is a Prefect flow reading from Snowflake.", ("prefect", "snowflake")),  # its source
        ("It's a churn classifier; scores get written to Snowflake nightly.", ("snowflake",)),  # where it writes
        ("we have mlflow 2.x and airflow", ("mlflow", "apache-airflow")),  # listed after a tool and its version
        # what is kept or run in it, and how often
        ("nightly retraining in airflow, but pushing to prod is still manual", ("apache-airflow",)),
        ("We keep prompts in git and review them like code.", ("git",)),
        ("batch predictions nightly in Snowflake", ("snowflake",)),
        # Docker by its verb and its compose tool (not one wished for)
        ("Containers are already sorted, we dockerize everything.", ("docker",)),
        ("our services run under docker-compose on one VM", ("docker",)),
        ("Need a proper registry and help on how to dockerize the models.", ()),
        # where it runs, and their own install in trouble
        ("Triton in docker on our GPU server, and no log says which model is bad", ("nvidia-triton", "docker")),
        ("our airflow fails to schedule the nightly retrain", ("apache-airflow",)),
        ("the airflow in the server room fails to keep the racks cool", ()),
        # its schedule, what runs through it, and a name said with "now" or "for now"
        ("today retrains run on an Airflow schedule and deploys are manual", ("apache-airflow",)),
        ("we use Metaflow, scheduled through Airflow for now", ("metaflow", "apache-airflow")),
        ("scraping listings and predicting prices. Airflow now, want to move to Dagster", ("apache-airflow",)),
        ("the airflow through the vents is poor, and the airflow now is worse", ()),
    ],
)
def test_everyday_names_are_read_with_evidence(shipped_catalog: Catalog, text: str, tools: tuple[str, ...]) -> None:
    assert stack(text, shipped_catalog) == tools


def test_a_misspelt_name_is_read_but_an_everyday_word_is_not_a_misspelling(shipped_catalog: Catalog) -> None:
    assert stack("airflw and mlfow", shipped_catalog) == ("apache-airflow", "mlflow")
    assert stack("we raise the bar", shipped_catalog) == ()
    assert stack("dagstar and jenkens", shipped_catalog) == ()  # a letter changed, not two swapped
    assert stack("dagsetr and jeknins", shipped_catalog) == ("dagster", "jenkins")  # two letters swapped


def test_a_tool_left_behind_is_dropped_even_when_its_name_is_a_word(shipped_catalog: Catalog) -> None:
    assert understand("we moved off airflow to dagster", shipped_catalog)["current_stack"] == ("dagster",)


def test_wanting_to_say_something_is_not_wanting_the_tool(shipped_catalog: Catalog) -> None:
    text = "I just want to say I'm tired of Jenkins jobs that call notebooks"
    assert stack(text, shipped_catalog) == ("jenkins",)


@pytest.mark.parametrize(
    "text",
    [
        "Our data flow is anything but laminar",  # rare words are words too (Zipf >= 2.5)
        "our team credo is ship small",
        "anything but sending results to the bit bucket",  # joined to match: words of their own
        "fifty-one experiments last week",
        "My colleague Luigi set everything up",  # a person
        "We named our GPU server 'Triton' after the moon",
        "Ran a Monte Carlo sim on our costs",
    ],
)
def test_rare_words_joined_words_and_people_are_not_tools(shipped_catalog: Catalog, text: str) -> None:
    assert stack(text, shipped_catalog) == ()


@pytest.mark.parametrize(
    "text",
    [
        "there's a pachyderm in the server room: nobody owns the old cron jobs that retrain our models",
        "she sings ragas in the evening and trains speech models by day",
        "we count pinecone seeds in drone images for a forestry client",  # rare words typed as words
        "the launch was our Phoenix moment for the ML team",  # "our X moment" is a figure of speech
        "the model risk sign-off comes from J. Jenkins in legal",  # an initial and a name: a person
        "Right now evals are 'ask Sarah Jenkins to try ten questions'.",  # a person asked by her full name
        "We ran a Monte Carlo style sweep: same 100 prompts, 10 runs each.",  # a method, not the data tool
        "our field office sits at the foot of Kili and uploads drone photos when it can",  # a mountain
        "the support desk is a honeyhive during launch week and our ticket classifier can't keep up",  # a likeness
        "Our 16yo prodigy's serve was analysed by hand; we want CV to find serve events",  # a young talent
        "I run the website bot for Pinecone Ridge Auto Group and it botches incentives",  # a business by its name
        "insulator flashover / spark gap defects are rare in our drone images",  # an electrical spark
        "the regional prefect's office wants our video analytics audited",  # a prefect who governs
        "we compare MT engines with COMET and BLEU scores",  # the translation metric
    ],
)
def test_rare_english_words_and_people_in_ml_sentences_are_not_tools(shipped_catalog: Catalog, text: str) -> None:
    assert stack(text, shipped_catalog) == ()


@pytest.mark.parametrize(
    "text",
    ["we use mlflow. Arthur, our new lead, wants one platform",  # a comma after a name is no list of tools
     "our mlflow runs read like a novel (thanks, Marquez) and nobody finds anything"],
)
def test_a_person_beside_a_comma_is_no_item_of_a_tool_list(shipped_catalog: Catalog, text: str) -> None:
    assert stack(text, shipped_catalog) == ("mlflow",)


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("everything runs in jupyter notebooks on a shared box", ("jupyterlab",)),  # the tool's own artifacts
        ("tools are mlflow, dvc, github actions.", ("mlflow", "dvc", "github-actions")),  # a list of names
        ("last month we switched to ragas", ("ragas",)),  # a usage cue
        ("Pachyderm for data versioning", ("pachyderm",)),  # the stage it does
    ],
)
def test_rare_words_typed_as_names_are_read_with_a_cue(
    shipped_catalog: Catalog, text: str, tools: tuple[str, ...]
) -> None:
    assert stack(text, shipped_catalog) == tools


def test_a_clause_saying_what_runs_now_names_the_tool(shipped_catalog: Catalog) -> None:
    assert stack("we used to run kubeflow, now just airflow", shipped_catalog) == ("apache-airflow",)
    assert stack("retraining by hand: currently airflow for the dags", shipped_catalog) == ("apache-airflow",)
    # "now" opening a clause before a word that only qualifies a noun names nothing
    assert stack("we ship weights over cellular, but now delta patches and full models", shipped_catalog) == ()


def test_a_reply_listing_tools_reads_its_items_not_its_words(shipped_catalog: Catalog) -> None:
    from core.answers import parse_answer
    from core.questions import QUESTIONS

    question = next(q for q in QUESTIONS if q.id == "current_stack")
    assert parse_answer(question, "give or take a delta: GitLab, Docker, MLflow", shipped_catalog) == (
        "gitlab", "docker", "mlflow",
    )  # fmt: skip
    assert parse_answer(question, "we keep it simple: git and a Makefile", shipped_catalog) == ("git",)


def test_what_follows_a_tool_stops_at_the_next_tool(shipped_catalog: Catalog) -> None:
    text = "we accumulated: MLflow, W&B, a Kubeflow install we abandoned halfway, Airflow"
    assert stack(text, shipped_catalog) == ("mlflow", "weights-and-biases", "apache-airflow")
    assert stack("what i have: mlflow, dvc", shipped_catalog) == ("mlflow", "dvc")  # a statement, not a question
    assert stack("use GCP, Vertex AI endpoint, want cheaper serving (vllm maybe?)", shipped_catalog) == ("vertex-ai",)


def test_a_whole_cloud_in_a_list_of_tools_is_where_they_run_not_a_tool(shipped_catalog: Catalog) -> None:
    from core.answers import parse_answer
    from core.questions import BY_ID

    stack = parse_answer(BY_ID["current_stack"], "Azure Pipelines (Azure DevOps), MLflow", shipped_catalog)
    assert "microsoft-azure" not in stack and {"azure-pipelines", "mlflow"} <= set(stack)


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("We run our own VMs, no Kubernetes, GitLab for everything.", ("gitlab",)),  # the "no" stops at the comma
        ("we version the training configs in git", ("git",)),
        ("BigQuery is our warehouse and Snowflake is the lakehouse of the other team.", ("google-bigquery",
                                                                                          "snowflake")),
        ("Each of us wraps lm-eval-harness in our own scripts.", ("lm-evaluation-harness",)),
        ("retraining is scheduled in airflow every night", ("apache-airflow",)),
        ("twenty students share one GPU box and a slurm queue", ("slurm",)),
        # an item of a pasted list beside names that are surely tools
        ("our trackers: comet, mlflow and wandb", ("comet", "mlflow", "weights-and-biases")),
    ],
)
def test_names_in_use_said_in_passing_are_read(shipped_catalog: Catalog, text: str, tools: tuple[str, ...]) -> None:
    assert stack(text, shipped_catalog) == tools


def test_a_no_still_reaches_every_item_of_a_plain_list(shipped_catalog: Catalog) -> None:
    assert stack("no docker, kubernetes or helm here", shipped_catalog) == ()


def test_on_says_a_tool_is_used_only_after_what_runs_there(shipped_catalog: Catalog) -> None:
    assert stack("the camera model misfires on fireworks every July", shipped_catalog) == ()
    assert stack("our jobs run on ray now", shipped_catalog) == ("ray",)
    assert stack("The features come from Spark on EMR.", shipped_catalog) == ("apache-spark", "amazon-emr")


@pytest.mark.parametrize("text", ["We simulate laminar flow around wings.", "Our agent runs on Snowflake Cortex."])
def test_another_products_or_a_sciences_words_are_not_the_tool(shipped_catalog: Catalog, text: str) -> None:
    assert not {"laminar", "cortex"} & set(stack(text, shipped_catalog))


@pytest.mark.parametrize(
    "text",
    [
        "Our PI, Ray, books the GPUs in a spreadsheet.",
        "Our CTO, Dave Jenkins, wants MLOps on the roadmap.",
        "I build React modals all day and now own the chatbot.",
        "It worked fine until we grew (we don't actually use Prefect, it's all cron).",
        "I keep reading about Langfuse and Helicone but haven't tried either.",
        "four of us, our little braintrust of analysts",
    ],
)
def test_people_plurals_and_tools_only_read_about_are_not_the_stack(shipped_catalog: Catalog, text: str) -> None:
    assert not {"ray", "jenkins", "modal", "prefect", "langfuse", "helicone", "braintrust"} & set(
        stack(text, shipped_catalog)
    )


def test_a_tool_being_eyed_is_not_in_use(shipped_catalog: Catalog) -> None:
    assert stack("Airflow and MLflow today; we're eyeing Feast but haven't set it up.", shipped_catalog) == (
        "apache-airflow", "mlflow",
    )


def test_as_well_as_is_still_use(shipped_catalog: Catalog) -> None:
    assert set(stack("We use DVC as well as MLflow.", shipped_catalog)) == {"dvc", "mlflow"}


@pytest.mark.parametrize("text", ["we use the hugging face hub", "our models live on the hugging face hub"])
def test_a_name_of_several_everyday_words_after_the_is_still_the_tool(shipped_catalog: Catalog, text: str) -> None:
    assert stack(text, shipped_catalog) == ("hugging-face-hub",)


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("flux watches our gitops repo and rolls out the models", ("flux",)),
        ("prefect runs the retraining, but nothing versions the data", ("prefect",)),
        ("great expectations validates our raw tables every night", ("great-expectations",)),
        ("Arthur monitors our credit models", ("arthur",)),  # capitalised, but the sentence is about models
        ("modal for batch jobs, the rest on our own GPUs", ("modal",)),
        ("alibi-detect runs the drift detectors", ("alibi-detect",)),  # a hyphenated name is spelt as a product
        ("we deploy with helm charts from github actions", ("github-actions",)),  # a maker's word in the name
        ("Everything heavy is spark on databricks", ("apache-spark", "databricks")),
        ("the features are hamilton dataflows and they run inside airflow", ("apache-airflow",)),
        ("we log everything to comet and compare runs there", ("comet",)),
        ("Feast for features, airflow triggers training nightly", ("feast", "apache-airflow")),
        ("airflow retrains nightly, deploys still by hand", ("apache-airflow",)),
        # capitalised beside the words of data work around a warehouse
        ("Analytics engineer here, our whole world is dbt on Snowflake with Fivetran feeding it.", ("snowflake",)),
        ("Warehouse is Snowflake.", ("snowflake",)),
        ("300 Tableau workbooks on Snowflake", ("snowflake",)),
        # "have great expectations" is an idiom, unless the tool's own things follow
        ("We have Great Expectations suites on ingestion", ("great-expectations",)),
        # a tool's own commands and parts
        ("dvc push to our HDD-backed S3-compatible storage takes 2 hours", ("dvc",)),
        ("`dvc repro` fails because one directory in the cache got deleted", ("dvc",)),
        ("feast online store on redis keeps appending stale rows", ("feast", "redis")),
        # asked after as a project, then said to be theirs
        ("is dvc still maintained in 2026? we use it for ~200GB of training data on azure blob", ("dvc",)),
    ],
)
def test_a_name_doing_a_tools_work_is_the_tool(shipped_catalog: Catalog, text: str, tools: tuple[str, ...]) -> None:
    assert set(tools) <= set(stack(text, shipped_catalog))


@pytest.mark.parametrize(
    "text",
    [
        "Ray runs our weekly standup and asked me for a churn model",
        "snowflake servers, snowflake conda envs everywhere; we want reproducible training",
        "We do positioning ML on Galileo + GPS satellite signals",
        "the cattle collars use Galileo positioning and still do worse than a cheap webcam",
        "My manager Luigi keeps asking why our models live in a notebook",
        "typing with Luigi the cat on my keyboard; we serve an sklearn model",
        "Reviewer 2 couldn't replicate Table 3 and neither can I",
        "With a new VP at the helm, AI is suddenly priority one for our two engineers",
        "Our forecasts go bad sometimes; none of us is Hari Seldon",
        "we classify features in images from the Neptune and Triton flybys",
        "a bird classifier that tells a red kite (Milvus milvus) from a buzzard",
        "YOLOv8 for insulator defects; half our false positives are milvus kites nesting on the pylons",
        "we need a serving setup for millions of notes (our team sits next to the old Triton fountain)",
        "the ML team is me and Jenkins (our intern, not the CI server lol)",
        "we have great expectations for this quarter's churn model",
        "every snowflake on the dashboard is unique, like our models",
        "bedrock of our stack is postgres + fastapi, that's it",
        "We have determined that our CI is too slow for the model tests",
        "We have chroma key studio for our video production",
        "rsync over ssh to our ML server moves kilobytes per minute",
    ],
)
def test_people_idioms_and_verbs_are_not_the_tool(shipped_catalog: Catalog, text: str) -> None:
    assert not stack(text, shipped_catalog)


def test_a_tool_said_not_to_be_allowed_is_not_in_use(shipped_catalog: Catalog) -> None:
    facts = understand("We train on the university Slurm cluster, Apptainer since docker isn't allowed there.",
                       shipped_catalog)
    assert "docker" not in facts.get("current_stack", ())


def test_a_tool_explained_in_brackets_is_still_the_tool(shipped_catalog: Catalog) -> None:
    assert "jenkins" in stack("we use Jenkins (the CI server) for builds", shipped_catalog)


def test_a_no_does_not_reach_a_tool_in_a_clause_of_its_own(shipped_catalog: Catalog) -> None:
    # "no kubernetes" says nothing of the scheduler named three words after the comma
    said = "air-gapped, no kubernetes, models retrained weekly by Airflow"
    assert stack(said, shipped_catalog) == ("apache-airflow",)
    assert understand(said, shipped_catalog)["maturity"] == 1  # the "no" does not reach the retraining either
    assert not stack("no k8s, no docker, airflow", shipped_catalog)


@pytest.mark.parametrize(("text", "tool"), [("we use local jupyter for everything", "jupyterlab"),
                                            ("we run plain airflow on a VM", "apache-airflow")])
def test_a_tool_named_after_how_it_is_run_is_in_use(shipped_catalog: Catalog, text: str, tool: str) -> None:
    assert tool in stack(text, shipped_catalog)


def test_an_item_after_some_in_a_reply_listing_tools_is_a_tool(shipped_catalog: Catalog) -> None:
    """Asked which tools they use: "github, docker, some terraform" lists three."""
    reading = read_reply(BY_ID["current_stack"], "github, docker, some terraform. that's about it", shipped_catalog)
    assert reading.facts["current_stack"] == ("github", "docker", "terraform")


def test_a_name_that_opens_several_tools_names_all_of_them_as_hints(shipped_catalog: Catalog) -> None:
    from core.mentions import near_names

    assert set(near_names("argo", shipped_catalog)) == {"Argo CD", "Argo Workflows"}  # either may be meant
    assert near_names("mlfow", shipped_catalog) == ["MLflow"]  # a typo is still mended


def test_plus_adds_a_tool_to_a_list(shipped_catalog: Catalog) -> None:
    text = "Over the years teams adopted mlflow, wandb and comet, plus airflow and argo."
    assert "apache-airflow" in stack(text, shipped_catalog)
    assert stack("we use mlflow plus airflow", shipped_catalog) == ("mlflow", "apache-airflow")
    assert stack("good ventilation plus airflow matters", shipped_catalog) == ()
