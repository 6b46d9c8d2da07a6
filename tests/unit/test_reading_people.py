"""Reading people, second pass: the writer's own role, pains in paraphrase, how models are shipped, needs,
tools only weighed, budgets. Every sentence here is our own example, not one from an evaluation corpus."""

from __future__ import annotations

import pytest

from core.answers import parse_answer, understand
from core.catalog import Catalog
from core.headcount import team_size_in
from core.questions import BY_ID
from core.vocabulary import Frustration, Stage, label

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
        "We support 12 MLEs on our platform.",
        "Fraud team, 5 MLEs, all on AWS. We need a registry.",  # colleagues counted, not the writer
        "our 3 data scientists want a tracker",
        "there is an EKS cluster but only devops touches it",  # others, by what they do
        "New lead at the helm wants one platform.",  # someone new, not the writer
        "Product manager, not an engineer. We shipped an AI summary feature.",  # runs a product, not a team
        "We must show every model has an owner, its training data and an approval date.",
    ],
)
def test_colleagues_counted_or_mentioned_are_not_the_writers_role(shipped_catalog: Catalog, text: str) -> None:
    assert "persona" not in understand(text, shipped_catalog)


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("We're two ML engineers at a logistics company.", "ml_engineer"),
        ("I'm on a 4-person DevOps team and we got handed the models.", "platform_engineer"),
        ("Head of data science here, we're twelve.", "team_lead"),
        ("New at the helm of a 6-person ML team.", "team_lead"),
        ("Django dev, solo, bolting an LLM onto our app.", "software_engineer"),
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
        ("I run a seven-person analytics team at a utility.", "team_lead"),
        ("I'm leading a brand-new forecasting team of three.", "team_lead"),
        ("I run the ML platform team, so mostly infra.", "platform_engineer"),
        ("As the sole ML engineer at a clinic network, I own the models.", "ml_engineer"),
        ("indie hacker shipping a summarisation app on my own", "software_engineer"),
        ("2 analysts, 1 DS (me), all on Snowflake", "researcher"),
        ("DS squad of 4 incl. me, forecasting demand", "researcher"),
        ("Economists turned data scientists (me included), five of us.", "researcher"),
        ("It's me plus three other MLEs at an adtech shop.", "ml_engineer"),
        ("I do infra for a mobile games company and ML keeps asking for GPUs.", "platform_engineer"),
        ("Running a small NLP team at a publisher; we need evals.", "team_lead"),
        ("Head of DS at a retailer, we're 12.", "team_lead"),
        ("Since I took over the data team in March, the complaint I hear most is waiting.", "team_lead"),
        ("I run a 3-person ML team inside a media company.", "team_lead"),
        ("I look after ML infra for 20 data scientists on GKE.", "platform_engineer"),
        ("I'm a pricing data scientist at an online retailer.", "researcher"),  # a word in -ing after "a"
        ("7 PhD students and me, the postdoc", "researcher"),  # the writer, then their role after a comma
        ("two devs and me, the team lead, on gcp", "team_lead"),
        # a professor or PI with a group of their own runs it; one who teaches a course is an academic
        ("New assistant professor, the lab is me + 2 students so far.", "team_lead"),
        ("Associate professor; my group is 9 students and 1 postdoc.", "team_lead"),
        ("As PI I feel every PhD defense: the student leaves and their pipeline becomes a black box.", "team_lead"),
        ("Professor here. I teach an applied ML course with 120 students", "researcher"),
        # the people who run a university's cluster for its labs
        ("I'm on the HPC team at a university; we are rolling out Apptainer", "platform_engineer"),
        ("I work in research IT at a medical school and we run the HPC for several labs.", "platform_engineer"),
        # a sentence that opens with the role, said in passing
        ("I'm not the lead, I'm an IC. Just a data scientist on the team.", "researcher"),
        # who runs the machines for others, and a group the writer counts themself in
        ("I administer the campus HPC clusters; about 150 active users", "platform_engineer"),
        ("I manage the GPU servers for our university department", "platform_engineer"),
        ("I work at a university IT centre running the shared GPU cluster", "platform_engineer"),
        ("I manage a team of 5 and we have GPU servers", "team_lead"),
        ("Our ML platform team (3 of us) supports about 30 data scientists.", "platform_engineer"),
        ("the AI platform team is 4 of us", "platform_engineer"),
        ("IT admin here, I've been asked to set up LLM evaluation", "platform_engineer"),
        ("I admin our department's GPU servers and just put slurm on them", "platform_engineer"),
        ("we're a lab of 8 on the campus cluster", "researcher"),
        ("We are three bioinformaticians and a PI.", "researcher"),
        ("uni student, hotel review classifier (tfidf + logistic regression). my prof wants it 'deployed'.",
         "researcher"),
        ("I'm a student building a classifier", "researcher"),
        # research computing and research IT run the machines researchers use
        ("I'm on the research computing infrastructure team rolling Apptainer out across our HPC nodes.",
         "platform_engineer"),
        # a manager or a lead of some trade, as the message opens, and who owns a small business
        ("revenue manager at a boutique hotel; we want occupancy forecasts", "team_lead"),
        ("legal ops lead at a mid-size company. we have no ML team", "team_lead"),
        ("city CIO. departments buy AI tools with no review", "team_lead"),
        ("small restaurant owner. budget is tiny", "team_lead"),
    ],
)
def test_the_writers_own_role_is_read(shipped_catalog: Catalog, text: str, persona: str) -> None:
    assert understand(text, shipped_catalog)["persona"] == persona


def test_a_reply_to_the_role_question_is_about_the_writer(shipped_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["persona"], "infra, mostly. I look after the clusters and CI", shipped_catalog) == (
        "platform_engineer"
    )


def test_a_member_listed_after_the_writer_is_not_their_role(shipped_catalog: Catalog) -> None:
    assert "persona" not in understand("the team is me, the PI and 3 students", shipped_catalog)


def test_building_a_platform_is_not_a_role(shipped_catalog: Catalog) -> None:
    assert "persona" not in understand("I'm building a platform for our analysts", shipped_catalog)


# -- frustrations in paraphrase ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "frustration"),
    [
        ("Most of our modelling code lives in Databricks notebooks.", "stuck_in_notebooks"),
        ("The analysts do all their work in notebooks.", "stuck_in_notebooks"),
        ("Old notebooks on someone's laptop won't run anymore.", "stuck_in_notebooks"),
        ("We lost track of which config produced which checkpoint.", "cant_reproduce"),
        ("Same seed, same code and still different results.", "cant_reproduce"),
        ("Getting a new model into production takes months.", "slow_handoff"),
        ("From prototype to an API: takes weeks every time.", "slow_handoff"),
        ("Shipping would be fine, but it needs a rewrite by the backend team.", "slow_handoff"),
        ("Engineers spend two weeks re-implementing each model.", "slow_handoff"),
        ("The scientists keep emailing pickles over Teams.", "slow_handoff"),
        ("Nobody noticed the model had gone stale.", "no_monitoring"),
        ("We have no idea how the model behaves once it's deployed.", "no_monitoring"),
        ("We only learn about bad predictions from customers.", "no_monitoring"),
        ("A vendor renamed a column and everything went sideways.", "data_quality"),
        ("Training/serving skew is the usual suspect.", "data_quality"),
        ("The model is retrained whenever someone remembers to.", "manual_retraining"),
        ("Our jobs are hand-started on Mondays.", "manual_retraining"),
        ("Labeling the satellite tiles is the slowest step.", "labeling_bottleneck"),
        ("The annotators are often inconsistent with each other.", "labeling_bottleneck"),
        ("We judge the chatbot by vibes, we want something more than vibes.", "llm_quality_unknown"),
        ("No idea if the new prompt made answers better or worse.", "llm_quality_unknown"),
        ("zero idea whether the answers make sense to customers", "llm_quality_unknown"),
        ("Our notebook is the pipeline, honestly.", "stuck_in_notebooks"),
        ("Nobody could work out which version in the bucket is actually in prod.", "cant_reproduce"),
        ("I couldn't recreate last spring's forecast.", "cant_reproduce"),
        ("Trained on my laptop, it fails on the GPU server.", "cant_reproduce"),
        ("Getting a model through the security review takes months.", "slow_handoff"),
        ("The partner API that breaks every few weeks.", "data_quality"),
        ("A supplier changed their column names and that broke scoring.", "data_quality"),
        ("Retraining is me, a notebook and a spare Friday.", "manual_retraining"),
        ("We retrain after the account managers complain.", "manual_retraining"),
        ("Customers tell us the predictions look off.", "no_monitoring"),
        ("A model broke and we heard about it weeks later.", "no_monitoring"),
        ("We want a labeling tool the radiologists can use; they're our bottleneck.", "labeling_bottleneck"),
        ("The researchers keep fighting over GPU time.", "compute_access"),
        ("Colab sessions disconnect all the time.", "compute_access"),
        ("It feels like more tools than engineers here.", "too_many_tools"),
        ("Every squad uses its own tools and nobody shares.", "too_many_tools"),
        ("We want to get the team off notebooks by spring.", "stuck_in_notebooks"),
        ("The scoring notebook is scheduled with cron on a desktop.", "stuck_in_notebooks"),
        ("I couldn't get the same accuracy again last week.", "cant_reproduce"),
        ("Nobody is sure which snapshot the ranking model used.", "cant_reproduce"),
        ("I always forget which learning-rate settings I used.", "cant_reproduce"),
        ("It took us two weeks to figure out how to retrain it.", "cant_reproduce"),
        ("The broken model sat in production for two weeks before anyone noticed.", "no_monitoring"),
        ("We only log the final answer, nothing in between.", "no_monitoring"),
        ("Monitoring is basically someone eyeballing a dashboard on Fridays.", "no_monitoring"),
        ("We find out from the sales team when scores go weird.", "no_monitoring"),
        ("A supplier's column changed its units overnight.", "data_quality"),
        ("The feed had loads of duplicate events last month.", "data_quality"),
        ("The target was leaking in through an ID column.", "data_quality"),
        ("Users spotted bad summaries before we did.", "llm_quality_unknown"),
        ("The boss keeps asking how often the assistant is wrong.", "llm_quality_unknown"),
        ("At this pace the annotation backlog clears next year.", "labeling_bottleneck"),
        ("Every model waits on the infra team's queue for a month.", "slow_handoff"),
        ("They open a ticket for the platform team to deploy it.", "slow_handoff"),
        ("Training jobs keep colliding on the shared box.", "compute_access"),
        ("Our kernels time out mid-training.", "compute_access"),
        ("We're paying for four separate monitoring tools.", "too_many_tools"),
        ("Each engineer uses a different tracker.", "too_many_tools"),
        ("The annotators are weeks behind and simply can't keep up.", "labeling_bottleneck"),
        ("Our training jobs sit for days in the shared queue.", "compute_access"),
        ("The on-prem box has a three week waitlist.", "compute_access"),
        ("A reviewer couldn't replicate Table 2 from our paper.", "cant_reproduce"),
        ("Half the registered models can't be rebuilt.", "cant_reproduce"),
        ("The data team emails model files to us for every release.", "slow_handoff"),
        ("It took two months to get the last model out to the backend team.", "slow_handoff"),
        ("The pricing model only runs from my notebook.", "stuck_in_notebooks"),
        ("One upstream service started sending nulls yesterday.", "data_quality"),
        ("Pipelines break with no alert until someone complains.", "no_monitoring"),
        ("We only found out from app store reviews.", "no_monitoring"),
        ("The bot is wrong maybe 1 in 8 times.", "llm_quality_unknown"),
        ("Right now someone runs the retrain by hand every week.", "manual_retraining"),
        ("There are three ways to run a pipeline here.", "too_many_tools"),
        ("Queue times on the A100 partition are brutal, sometimes two days.", "compute_access"),
        ("Six of us share four workstations and coordinate who gets a GPU over Slack.", "compute_access"),
        ("Calibration drifts and we find out when finance complains about revenue.", "no_monitoring"),
        ("Models are handed to IT as zip files, and it takes them 6-8 weeks to put anything live.", "slow_handoff"),
        ("I email the pickle to the backend team, and it sits there for weeks.", "slow_handoff"),
        ("Labels come from agents picking a category, and half of them are wrong.", "data_quality"),
        ("The features drift from what the search engine computes at query time.", "data_quality"),
        # texting, and a pain in its own clause after something said to be absent
        ("we r 4 ppl on azure, no k8s, deployments r painful lol", "slow_handoff"),
        ("No Kubernetes, retraining takes forever.", "manual_retraining"),
        ("I lost a morning working out which learning rate produced a figure.", "cant_reproduce"),
        ("Colab Pro keeps disconnecting my fine-tuning runs.", "compute_access"),
        ("People queue for days to get a node.", "compute_access"),
        ("The recommender gets retrained when Priya remembers.", "manual_retraining"),
        ("Our eval process is me eyeballing twenty transcripts on Friday.", "llm_quality_unknown"),
        ("The diarization tanked after a codec change. Took us a month to notice.", "no_monitoring"),
        ("Every time someone adds a column upstream, our service silently misaligns the features.", "data_quality"),
        ("All our production jobs are notebooks run by Papermill on cron.", "stuck_in_notebooks"),
        ("One platform, please. We're drowning in logins.", "too_many_tools"),
    ],
)
def test_pains_paraphrased(shipped_catalog: Catalog, text: str, frustration: str) -> None:
    assert frustration in understand(text, shipped_catalog).get("frustrations", ())


@pytest.mark.parametrize(
    ("text", "frustration"),
    [
        ("Retraining is scheduled; deploying is still manual.", "slow_handoff"),
        ("The dashboard for experiments is clunky.", "cant_reproduce"),
        ("We want data quality checks on every batch.", "data_quality"),
        # retraining that runs on its own is not manual, whatever happens to the deploy after it
        ("Airflow retrains the model every night; then someone manually approves the deploy.", "manual_retraining"),
        ("Retraining runs every Sunday from a scheduled workflow, deploys are by hand.", "manual_retraining"),
    ],
)
def test_what_is_not_that_pain(shipped_catalog: Catalog, text: str, frustration: str) -> None:
    assert frustration not in understand(text, shipped_catalog).get("frustrations", ())


def test_a_negation_before_a_colon_does_not_reach_past_it(shipped_catalog: Catalog) -> None:
    facts = understand("Nothing fancy needed: one model, retrained by hand each quarter.", shipped_catalog)
    assert "manual_retraining" in facts["frustrations"]


# -- maturity: how models are trained and shipped today -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("All of our code sits in Colab notebooks.", 0),
        ("I deploy by rsync-ing the weights to a VM.", 0),
        ("The model gets retrained whenever someone remembers.", 0),
        ("One model, retrained quarterly by hand.", 0),
        ("We retrain weekly with a Prefect flow.", 1),
        ("Retraining is already automated, releases are done by hand.", 1),
        ("It runs as a nightly cron job on a VM.", 1),
        ("Our setup: the training pipelines run on a schedule in Dagster.", 1),
        ("Deployments go through Argo CD after the eval suite passes.", 2),
        ("A merged PR retrains, runs the tests and deploys the model.", 2),
        ("Deploys are fully automated once metrics pass.", 2),
        ("We retrain by hand every Monday and eyeball the plot.", 0),
        ("Models are retrained monthly by a script someone runs from their laptop.", 0),
        ("GitHub Actions run the tests, retrain, and deploy to prod if the eval passes.", 2),
        ("The scoring model was written in notebooks by an intern.", 0),
        ("Each run starts with someone launching a script over SSH.", 0),
        ("Somebody reruns the forecast notebook every Friday.", 0),
        ("Honestly I'm the cron job here.", 0),
        ("A pipeline that kicks off every night rebuilds the model.", 1),
        ("The ranker is retrained by a scheduled Argo workflow.", 1),
        ("A merge to main runs the checks and promotes the model.", 2),
        ("The new model goes to staging once the evals pass.", 2),
        ("models live in jupyter and 'deploying' means I scp a pickle onto a box", 0),
        ("today a data scientist reruns the notebook every two weeks", 0),
        ("retraining takes a human two days every quarter", 0),
        ("training is a Prefect flow that runs weekly, deploying is still me copying files", 1),
        ("retraining runs as a scheduled Python script via Windows Task Scheduler", 1),
        ("if the eval gate passes Argo CD rolls the new model out", 2),
        ("CI runs backtests as tests and pushes the model to prod if they pass", 2),
        ("Cloud Composer runs retraining every night, deploy = us copying files to a bucket", 1),
        ("Dagster schedules training and models auto-promote through the registry", 2),
        ("Cloud Build runs tests on the pipeline code and promotes the model", 2),
        ("our Kubeflow pipelines are triggered by CI on every merge", 2),
        # a scheduler or an orchestrator that starts training is level 1
        ("Right now a crontab on an EC2 box kicks off train.py every night", 1),
        ("Our retraining: a Vertex AI Pipeline triggered weekly by Cloud Scheduler.", 1),
        ("We have a decent training pipeline in Kubeflow on GKE", 1),
        ("our training runs as a nightly Dagster job", 1),
        ("retraining is a calendar reminder", 0),
        ("bi team of 3, bigquery + dbt + looker. we've never shipped ML. where do we start?", 0),
        ("every first monday I open retrain.ipynb, bump the date filter and run all cells", 0),
        # models shipped through a CI service are level 2; work that never leaves a notebook or a laptop is level 0
        ("Our models ship through GitHub Actions into the k8s cluster.", 2),
        ("Deploys go through Jenkins; training is a Flyte workflow.", 2),
        ("Scoring jobs are triggered from CI after the tests.", 2),
        ("The image is rebuilt and deployed to Cloud Run automatically whenever we merge.", 2),
        ("Our forecasting notebooks never make it to production.", 0),
        ("ds lead here, our models never leave notebooks", 0),
        ("Every model the team has built lives in Jupyter.", 0),
        ("New versions get pushed to the API server straight from my laptop.", 0),
        ("Release day: I scp the model.pkl to the box and restart it.", 0),
        ("Retraining = me clicking run every Friday.", 0),
        ("a merge to main runs the tests, retrains, and ships the new model", 2),
        ("retrained nightly via Dagster, but releases are still done by hand", 1),
        ("Honestly it's all notebooks on a shared drive.", 0),
        ("The training pipelines already run on Prefect every night.", 1),
        ("Deployments are automated through GitHub Actions, with auto rollback.", 2),
        ("I send the .pkl file to the app team over Slack.", 0),
        ("whenever a customer wants a forecast I rerun the notebook", 0),
        ("training is a bash script on a weekly cron", 1),
        ("We build our forecasting models in Colab and have no idea how to ship them.", 0),
        ("Models train in GitHub Actions runners on a schedule; releases are a manual image bump.", 1),
        ("we ship by e-mailing pickle files to the app team", 0),
        ("Azure Data Factory triggers the training jobs on a schedule; promotion is a manual step.", 1),
        ("Training kicks off automatically when a labeling batch closes; deploying is a button someone presses.", 1),
        ("Training runs through SageMaker Pipelines, and whoever trained a model deploys it by hand.", 1),
        ("We don't need anything fancy: 1 model, retrained monthly by hand, served via a lambda.", 0),
        ("retrain is scheduled nightly, we push the model by hand if it looks ok", 1),
        # work by hand said of shipping, in its own clause, beside scheduled training
        ("Airflow pulls the features every night and retrains the model weekly, but promoting a model is still me "
         "copying files around.", 1),
        ("Retrained every night by a Spark job, then someone eyeballs the metrics and flips the model by hand.", 1),
        ("Stack: Postgres, Python, a cron job that retrains at 3am.", 1),
        ("Both are SageMaker pipelines, deployed by a CodePipeline job once the tests pass.", 2),
        ("Pretty early days: notebooks on a shared workstation, results in a spreadsheet.", 0),
        ("Today it's one notebook per category.", 0),
    ],
)
def test_maturity_from_how_models_are_trained_and_shipped(shipped_catalog: Catalog, text: str, level: int) -> None:
    assert understand(text, shipped_catalog)["maturity"] == level


@pytest.mark.parametrize(
    "text",
    ["We want scheduled pipelines next quarter.", "Next step is to deploy models automatically.",
     "Features are served from Redis by hand-written jobs.", "We tune our CTR models by hand, one run at a time.",
     "What's the least painful way to retrain it weekly?", "we want pipelines for training",
     "We want models to go through GitHub Actions before they ship.", "Everything runs on our laptops and calls APIs.",
     "Goal for this year: tracked experiments and automated training pipelines.",
     # tools or ways of running infrastructure named, not how models are trained and shipped
     "GKE shop. Kubeflow Pipelines + KServe already running.", "We're all-in on GitOps: Argo CD, Helm, Terraform.",
     "our compute is a pain: we rent GPUs ad hoc on RunPod and Vast."],
)  # fmt: skip
def test_a_goal_or_a_hand_written_job_is_not_a_maturity(shipped_catalog: Catalog, text: str) -> None:
    assert "maturity" not in understand(text, shipped_catalog)


# -- the stack: tools used now, never ordinary words or tools only weighed --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We model airflow around the cooling fans of our racks.",
        "Our requirements are in flux this quarter.",
        "Monte Carlo simulations feed the pricing models.",
        "most of my old work was Monte Carlo pricing in C++ on a compute grid",
        "We fit it with Markov chain Monte Carlo in Stan.",
        "Mark Jenkins on our platform team wired it up.",
        "The team is me, Arthur and the Jenkins twins.",
        "Our labels are a patchwork quilt of spreadsheets.",
        "We're determined to keep things boring.",
        "Half research, half engineering, that's us.",
        "Agents that answer support emails are our main product.",
    ],
)
def test_ordinary_words_are_not_tools(shipped_catalog: Catalog, text: str) -> None:
    assert "current_stack" not in understand(text, shipped_catalog)


def test_a_tool_they_are_used_to_is_theirs(shipped_catalog: Catalog) -> None:
    """"Used to" of a habit is no past: "we're used to MLflow" runs it, "we used to use MLflow" no longer does."""
    assert understand("we're used to MLflow and like it", shipped_catalog).get("current_stack") == ("mlflow",)
    assert "current_stack" not in understand("we used to use MLflow", shipped_catalog)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("We tried Kubeflow in 2022 and gave up.", "kubeflow"),
        ("Comparing Vertex AI vs. Databricks for next year.", "databricks"),
        ("Everyone keeps hearing about ZenML lately.", "zenml"),
        ("Metaflow? Flyte? Not sure which fits us.", "flyte"),
        ("We have Kubeflow but nobody uses Katib.", "katib"),
        ("Comet or Aim for a small lab??", "comet"),
        ("Qdrant vs Weaviate for 10M vectors?", "qdrant"),
        ("Heard Kubeflow is heavy. We run Argo today.", "kubeflow"),
        ("KServe, Seldon v2 or BentoML?", "kserve"),
        ("Is Ray worth it for batch inference?", "ray"),
        # wished for or planned: not theirs yet
        ("we want to use mlflow", "mlflow"),
        ("we want to start using mlflow for the new team", "mlflow"),
        ("planning to use Airflow next quarter", "apache-airflow"),
        ("we should really be using git", "git"),
        ("first step would just be getting the models out of Excel and into something versioned in git", "git"),
        ("We tried MLflow but nobody kept using it, so now it's spreadsheets.", "mlflow"),
        # found wanting, only known of, or another employer's
        ("We tried Qdrant last year but it was too heavy to run.", "qdrant"),
        ("Looked at Kubeflow in 2023, it was a nightmare to operate.", "kubeflow"),
        ("Weighing Triton against something simpler.", "nvidia-triton"),
        ("I know Feast exists, is it worth it?", "feast"),
        ("LangSmith is per seat for our 25 people. Langfuse seems to have unlimited users.", "langfuse"),
        ("I want to try Llama on RunPod for the boring requests.", "runpod"),
        ("At my previous job we ran everything on Databricks; here it's a laptop.", "databricks"),
        # asked for by the people a platform team serves
        ("the ML folks keep asking for GPU nodes, notebooks and 'an mlflow'", "mlflow"),
        # suggested by someone else, tried out, or named to say it is not the one meant
        ("A colleague says Modal would make GPU functions trivial.", "modal"),
        ("We run on Prefect today and are prototyping Dagster now.", "dagster"),
        ("Our API runs on AWS Lambda (not to be confused with Lambda Labs).", "lambda-cloud"),
        ("We were on neptune.ai for tracking until they shut down; now a local MLflow.", "neptune-ai"),
        ("we were using W&B until the price went up", "weights-and-biases"),
        # used in the past, or tried and priced out
        ("We used to run our RAG prototype on Pinecone but moved everything to pgvector.", "pinecone"),
        ("I tried W&B but per-seat pricing stops making sense once we hire.", "weights-and-biases"),
        ("tried W&B at my last job, loved it, but this startup wont pay that", "weights-and-biases"),
        # a trial only, never set up, or named to say it is not the one meant
        ("we use pgvector in our Postgres. Pinecone was only a two-week trial.", "pinecone"),
        ("Correction: Kubeflow was a trial that we dropped.", "kubeflow"),
        ("DVC looked fine on paper but we never set it up.", "dvc"),
        ("it's chroma key removal on studio video, nothing to do with the Chroma vector DB", "chroma"),
        ("Before we tried CVAT but server was crashing. Is any tool with auto-annotation?", "cvat"),
        ("azure ML data labeling vs label studio vs cvat for text and audio? we're an azure shop",
         "azure-machine-learning"),
        # a list still to pick from
        ("mlflow, kubeflow, metaflow... so many flows. I'm determined to pick one this week. which first?", "mlflow"),
        ("we use github actions. deepeval in CI or langsmith evals?", "deepeval"),
        ("is dvc still maintained in 2026? or is lakefs the answer now", "dvc"),
    ],
)
def test_tools_only_weighed_or_abandoned_are_not_the_stack(shipped_catalog: Catalog, text: str, absent: str) -> None:
    assert absent not in understand(text, shipped_catalog).get("current_stack", ())


def test_tools_they_pay_for_are_theirs_while_they_pick_which_to_keep(shipped_catalog: Catalog) -> None:
    facts = understand("We pay for W&B, Comet AND Neptune because three teams each picked one. Which one should stay?",
                       shipped_catalog)
    assert {"weights-and-biases", "comet"} <= set(facts.get("current_stack", ()))


@pytest.mark.parametrize(
    ("text", "left", "now"),
    [
        ("we ditched W&B for MLflow", "weights-and-biases", "mlflow"),
        ("we replaced Airflow by Dagster", "apache-airflow", "dagster"),
        ("we dropped Comet in favour of MLflow last spring", "comet", "mlflow"),
        ("we swapped Pinecone for pgvector", "pinecone", "pgvector"),
        ("we used to use W&B, dropped it for MLflow", "weights-and-biases", "mlflow"),
        ("used to run Airflow, then switched to Dagster", "apache-airflow", "dagster"),
        ("We had Airflow but migrated to Prefect last year, too heavy for four", "apache-airflow", "prefect"),
        ("we ran W&B for two years and then moved over to MLflow", "weights-and-biases", "mlflow"),
        # the other said to be enough, after a comma
        ("we dropped DVC, git-lfs is enough for us", "dvc", "git-lfs"),
    ],
)
def test_a_tool_left_for_another_is_gone_and_the_other_is_theirs(
    shipped_catalog: Catalog, text: str, left: str, now: str
) -> None:
    assert understand(text, shipped_catalog)["current_stack"] == (now,)


def test_a_move_to_a_tool_for_another_job_leaves_the_first_in_use(shipped_catalog: Catalog) -> None:
    """Moving to Kubernetes says where Airflow runs now, not that Airflow is gone; and a model swapped is no tool."""
    assert understand("we run Airflow and moved to Kubernetes last year", shipped_catalog)["current_stack"] == (
        "apache-airflow",)
    assert understand("We swapped the embedding model and the RAG answers changed", shipped_catalog)["workloads"] == (
        "llm",)


@pytest.mark.parametrize(
    ("text", "tool"),
    [
        ("we have to use mlflow (company policy)", "mlflow"),
        ("we're running airflow and want to add mlflow", "apache-airflow"),
        ("Need a registry with approvals, ideally inside Azure ML, which we already pay for", "azure-machine-learning"),
        ("we've been using mlflow for 2 years", "mlflow"),
        ("We need CI/CD for our models, GitLab is what we use.", "gitlab"),
        ("we use Azure DevOps, Databricks and MLflow", "azure-pipelines"),  # the suite, for its pipelines
    ],
)
def test_a_tool_in_use_beside_a_wish_is_still_theirs(shipped_catalog: Catalog, text: str, tool: str) -> None:
    assert tool in understand(text, shipped_catalog).get("current_stack", ())


@pytest.mark.parametrize(
    "text",
    ["Our org uses Azure DevOps for everything (Repos + Pipelines).",
     "We're an all-Azure org (Azure DevOps for repos and pipelines, AML for training)."],
)  # fmt: skip
def test_a_suite_and_its_parts_named_after_it_are_all_theirs(shipped_catalog: Catalog, text: str) -> None:
    assert {"azure-repos", "azure-pipelines"} <= set(understand(text, shipped_catalog)["current_stack"])
    assert "azure-repos" not in understand("we use Azure DevOps and MLflow", shipped_catalog)["current_stack"]


def test_an_everyday_named_tool_asked_for_an_alternative_to_is_read(shipped_catalog: Catalog) -> None:
    facts = understand("I want an open source alternative to Weights & Biases that we can host.", shipped_catalog)
    assert facts["needs"] == ("experiment_tracking",) and facts["open_source_only"] is True
    assert facts["self_hosted"] is True and "weights-and-biases" not in facts.get("current_stack", ())
    assert "open_source_only" not in understand("we want an open source option if possible", shipped_catalog)


def test_a_question_about_a_tool_that_needs_a_cluster_says_nothing_of_a_cluster(shipped_catalog: Catalog) -> None:
    assert "kubernetes" not in understand("Do I need Kubeflow or is that overkill for 3 people?", shipped_catalog)
    assert understand("We run Kubeflow Pipelines for training.", shipped_catalog)["kubernetes"] is True  # in use: yes


@pytest.mark.parametrize(
    ("text", "tools"),
    [
        ("Current setup: MLflow for tracking and Airflow for jobs.", ("mlflow", "apache-airflow")),
        ("BigQuery + Snowflake + dbt.", ("snowflake",)),
        ("Our runs get logged to MLflow already.", ("mlflow",)),
        ("Two annotators working in Label Studio all day.", ("label-studio",)),
        ("Everything is on DBX.", ("databricks",)),
        ("Builds run on gitlab-ci.", ("gitlab",)),
        ("We have gitlab-ci and docker.", ("gitlab", "docker")),
        # first named in a question, then said to be theirs
        ("What do DVC pipelines lack next to an orchestrator? We already use DVC for data.", ("dvc",)),
        # named as theirs inside a question
        ("Any tips for a lab whose MLflow server keeps falling over?", ("mlflow",)),
        ("Should we replace our Airflow with something lighter?", ("apache-airflow",)),
    ],
)
def test_tools_in_use_are_the_stack(shipped_catalog: Catalog, text: str, tools: tuple[str, ...]) -> None:
    stack = understand(text, shipped_catalog)["current_stack"]
    assert all(tool in stack for tool in tools)


def test_a_cluster_they_run_is_said_once_as_kubernetes_not_again_as_a_tool(shipped_catalog: Catalog) -> None:
    facts = understand("We run our own k8s cluster for the serving layer, with MLflow.", shipped_catalog)
    assert facts["kubernetes"] is True and facts["current_stack"] == ("mlflow",)


@pytest.mark.parametrize(
    "text",
    ["Policy says we're not allowed to run k8s ourselves.", "We'd rather not move everyone onto Kubernetes.",
     "Our data folks don't want to learn Kubernetes."],
)  # fmt: skip
def test_kubernetes_refused_with_a_verb_between_is_no(shipped_catalog: Catalog, text: str) -> None:
    facts = understand(text, shipped_catalog)
    assert facts["kubernetes"] is False
    assert "kubernetes" not in facts.get("current_stack", ())


def test_a_managed_cluster_alone_is_kubernetes_but_not_in_the_stack(shipped_catalog: Catalog) -> None:
    facts = understand("Our services run on EKS.", shipped_catalog)
    assert facts["kubernetes"] is True
    assert "kubernetes" not in facts.get("current_stack", ())


def test_a_cloud_only_compared_is_not_the_cloud(shipped_catalog: Catalog) -> None:
    facts = understand("Comparing SageMaker vs. Azure ML for next year. We use GCP today.", shipped_catalog)
    assert facts["cloud"] == "gcp"


# -- budgets said in passing ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("Looking for a tracker, something free.", "none"),
        ("An eval harness would help, free please.", "none"),
        ("Budget: pretty much nothing.", "none"),
        ("We have a little money but not enterprise money.", "low"),
        ("There's no budget for enterprise licences.", "low"),
        ("Open source preferred, budget tiny.", "low"),
        ("What's the cheapest way to get a GPU?", "low"),
        ("Our budget is about bake-sale sized.", "low"),
        ("Money's okay, maybe a couple grand a month.", "medium"),
        ("The budget is healthy.", "high"),
        ("Cost isn't our main worry.", "high"),
        ("I can't expense anything, so it has to be self-hosted and free.", "none"),
        ("We need somewhere free to keep our eval results.", "none"),
        ("Any free options for drift checks?", "none"),
        ("Tooling got approved at mid six figures.", "high"),
        ("It's not a software-budget problem at all.", "high"),
        ("We have budget for a proper enterprise tool.", "high"),
        ("There's a moderate tooling budget.", "medium"),
        ("Budget is not a concern for this project.", "high"),
        ("We have zero dollars for tooling.", "none"),
        ("Something simple to track runs. Free.", "none"),
    ],
)
def test_budgets_said_in_passing(shipped_catalog: Catalog, text: str, budget: str) -> None:
    assert understand(text, shipped_catalog)["budget"] == budget


@pytest.mark.parametrize("text", ["We're willing to pay for a hosted tool.", "Renting whichever GPU is cheapest."])
def test_paying_without_a_size_is_not_a_budget(shipped_catalog: Catalog, text: str) -> None:
    assert "budget" not in understand(text, shipped_catalog)


def test_no_idea_is_not_a_budget_of_none(shipped_catalog: Catalog) -> None:
    with pytest.raises(ValueError):
        parse_answer(BY_ID["budget"], "no idea, my manager decides", shipped_catalog)


# -- needs: stages asked for, never stages only named -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("The holes in our setup: a proper tracker and drift monitoring.", {"experiment_tracking", "model_monitoring"}),
        ("We ship churn models on Azure. Registry + serving please.", {"model_registry", "model_serving"}),
        ("Which tools would you pick for serving + tracing an LLM chatbot?", {"model_serving", "llm_observability"}),
        ("Our scripts run on three boxes. Serving and monitoring.", {"model_serving", "model_monitoring"}),
        ("Is there a model server that scales to zero?", {"model_serving"}),
        ("Next: a feature store, then evals.", {"feature_store", "llm_evaluation"}),
        ("We need traces of every agent step and a way to log each prompt.", {"llm_observability"}),
        ("Schema checks needed before the nightly load.", {"data_validation"}),
        ("I'd like to label 20k support tickets with the two of us.", {"data_labeling"}),
        ("We want to spot mislabelled images before we retrain.", {"data_validation"}),
        ("How do we get the research code into git?", {"source_control"}),
        ("We want to package models as OCI artifacts.", {"containers"}),
        ("We'd like to schedule the cleanup scripts every night.", {"workflow_orchestration"}),
        ("We'd like to queue jobs on the shared workstations.", {"compute"}),
        ("We want a hosted tracker, and golden sets for the bot.", {"experiment_tracking", "llm_evaluation"}),
        ("We'd like evals before a release, and production traces.", {"llm_evaluation", "llm_observability"}),
        ("We want to move from a cron job to a real orchestrator.", {"workflow_orchestration"}),
        # automating the deploy is CI/CD's job; where the model runs is serving
        ("We want CI that tests and deploys the model on every merge.", {"ci_cd"}),
        # not knowing whether the answers got better is the pain; what they need is said apart
        ("We can't tell if answers got better after a prompt change, and we need a vector database.",
         {"vector_search"}),
        ("We need to deploy our models behind an API.", {"model_serving"}),
        # said to be missing is wanted (the corpus's rule: "no registry" is a need)
        ("Our new lead inherited no tracking and no registry. Where to begin?",
         {"experiment_tracking", "model_registry"}),
        ("What do teams use to keep an eye on prediction quality over time?", {"model_monitoring"}),
        ("We'd like alerts when the input features drift.", {"model_monitoring"}),
        ("Is there a library to validate the inputs before each training run?", {"data_validation"}),
        ("Need a server that serves open-weight models with batching.", {"model_serving"}),
        ("Honest question: which feature store for a team of five?", {"feature_store"}),
        ("Lightweight way to log LLM calls?", {"llm_observability"}),
        ("Is there a cheaper alternative to Labelbox?", {"data_labeling"}),
        ("Silly question: what's the difference between a tracker and a registry?", set()),
        ("Comet or Aim for logging runs??", {"experiment_tracking"}),
        ("How do I version 500GB of parquet next to our code?", {"data_versioning"}),
        ("Is there something like git but for trained models?", {"model_registry"}),
        ("How do I trace a LangGraph agent end to end?", {"llm_observability"}),
        ("Any tool to compare prompt variants on a fixed question set?", {"llm_evaluation"}),
        ("We need a way to know when inputs shift.", {"model_monitoring"}),
        ("Which engine gives ANN under 10ms with filters?", {"vector_search"}),
        ("Moving off cron, what next?", {"workflow_orchestration"}),
        ("KServe, Seldon v2 or BentoML? About 30 models.", {"model_serving"}),
        ("Does a feature store make sense for three models?", {"feature_store"}),
        ("Any tools for active learning loops?", {"data_labeling"}),
        ("How do people keep ML docker images sane?", {"containers"}),
        # a job told in its own words ("compute" said as a verb asks for no GPUs)
        ("the features we compute for training don't match what the prediction api computes live", {"feature_store"}),
        ("we compute features in spark and need a feature store", {"feature_store"}),
        ("we need to plot loss curves for every run", {"experiment_tracking"}),
        ("I need a check that fails if a column has nulls or the wrong type", {"data_validation"}),
        ("we need a web app to tag the sentiment of customer reviews", {"data_labeling"}),
        ("What we need:\n- versioned data (the buckets keep getting overwritten)\n- a model registry",
         {"data_versioning", "model_registry"}),
        ("Feature store: none. Tracking: MLflow.", {"feature_store"}),
        ("We run Postgres for the app; can it also store vectors for our semantic search over tickets?",
         {"vector_search"}),
        ("the partner feed breaks every week. would love automated checks that block training on broken data",
         {"data_validation"}),
        ("a consultant left us a pickle. Should I put it in a container and behind an API?",
         {"containers", "model_serving"}),
        ("intern here, no idea about serving or containers, they want the model on 50 cameras",
         {"model_serving", "containers"}),
        ("what we want is retraining automation, the rest is fine", {"ml_pipelines"}),
        ("I'd like our forecasts to retrain automatically when new sales land", {"ml_pipelines"}),
        ("first thing: we need the code in a proper repo", {"source_control"}),
        ("we have no visibility into what the chatbot actually says to customers", {"llm_observability"}),
        ("I want a lighter way to keep model versions straight across projects", {"model_registry"}),
        ("We are required to document models for the regulator's register.", {"governance"}),
        ("Model monitoring is a mess for us. Three models in prod, nobody watches them. Is there a tool for teams our "
         "size?", {"model_monitoring"}),
    ],
)
def test_stages_asked_for_are_needs(shipped_catalog: Catalog, text: str, needs: set[str]) -> None:
    assert set(understand(text, shipped_catalog).get("needs", ())) == needs


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("Current setup: Prefect for orchestration and Grafana for dashboards. It works.", set()),
        ("We want better sweeps instead of me retuning by hand in a notebook.", {"hyperparameter_tuning"}),
        ("We keep an MLflow registry and want monitoring.", {"model_monitoring"}),
        ("We need a search over ~40 GPUs for the sweeps.", {"hyperparameter_tuning"}),
        ("Want to keep Dagster for ML too: training, scoring, reports.", set()),
        ("We want a labeling tool with review workflows.", {"data_labeling"}),
        ("We want evals that run before deploying.", {"llm_evaluation"}),
        # a manual step, a recsys, a passive "get": what happens now, not a wish
        ("Training runs nightly but somebody has to approve and click deploy.", set()),
        ("Turns out the recommender has been serving yesterday's scores all week.", set()),
        ("Weights get uploaded to S3 by hand, and deployment is an ops ticket.", set()),
        ("The gap is features that differ between training and serving; we need a feature store.", {"feature_store"}),
        ("Our models retrain on a schedule through Airflow.", set()),
    ],
)
def test_stages_named_but_not_asked_for_are_not_needs(shipped_catalog: Catalog, text: str, needs: set[str]) -> None:
    assert set(understand(text, shipped_catalog).get("needs", ())) == needs


def test_need_the_gpus_outright(shipped_catalog: Catalog) -> None:
    assert "compute" in understand("We need more GPUs for the summer.", shipped_catalog)["needs"]


# -- open source and self-hosting: rules, not wishes ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Zero money, and it has to be free and open source.", True),
        ("No budget at all, must be open source.", True),
        ("We'd prefer open source, but it's not a hard requirement.", False),
        ("Ideally OSS, not a dealbreaker though.", False),
        ("Open source isn't required here.", False),
        ("Open source strongly preferred.", None),
        ("Everything must be Apache-2 or MIT licensed.", True),
        ("Is there an open-source alternative to Comet?", True),
        ("We need a scheduler that plays well with our GPUs, open source.", True),
        ("Commercial licences are fine if it runs in our account.", False),
        ("It can be commercial.", False),
        ("We lean towards OSS tools.", None),
        ("~30 data scientists on GKE, and we must stay open source.", True),
        ("Everything has to remain OSS.", True),
        ("We must use open source where we can.", None),
    ],
)
def test_open_source_only_is_a_rule_not_a_wish(shipped_catalog: Catalog, text: str, value: bool | None) -> None:
    assert understand(text, shipped_catalog).get("open_source_only") is value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Patient records: nothing leaves the hospital network.", True),
        ("Compliance says we cannot use any public cloud.", True),
        ("We host the models ourselves on two rented boxes.", True),
        ("We run small LLMs on-prem for privacy reasons.", True),
        ("Customer chats can't leave our racks.", True),
        ("Compliance won't let call transcripts leave the building.", True),
        ("Whatever we pick must live inside our own Azure subscription.", True),
        ("No public cloud is allowed here, full stop.", True),
        ("We don't buy SaaS for anything touching customer data.", True),
        ("Scans can't go to any cloud.", True),
        ("The budget is zero and the recordings can't go to a vendor.", True),
        ("It has to run on our own servers in the basement.", True),
        ("We want monitoring that works on-prem.", True),
        ("The GPU nodes have no outbound internet.", True),
        ("We need something we can deploy into client environments.", True),
        ("Hard constraint: it must stay inside our Azure subscription.", True),
        ("No SaaS; it has to run in-cluster next to the models.", True),
        ("We'd rather use managed services than babysit servers.", False),
        ("Pick one with a managed option so we don't run servers.", False),
        ("A managed service is perfectly fine for us.", False),
        ("A tracker without running a server would be great.", False),
        ("We're happy to pay for a hosted option.", False),
        ("An annotation tool, self-hosted if possible.", None),
        ("Preferably one open-source tool that we can self-host.", None),
        ("We aren't allowed to run Kubernetes ourselves.", None),
        ("Hard rule: we don't want to run k8s.", None),
    ],
)
def test_self_hosting_is_a_rule_not_a_wish(shipped_catalog: Catalog, text: str, value: bool | None) -> None:
    assert understand(text, shipped_catalog).get("self_hosted") is value


# -- team size: the people who will use the tools --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("We're infra (three of us) supporting about 25 data scientists.", 25),
        ("Around 40 in analytics, 8 of them doing ML.", 8),
        ("80 engineers overall, but the ML team is 5.", 5),
        ("The company is 600 people but the ML team is me plus one.", 2),
        ("The team of data people is about 9.", 9),
        ("A small lab of 4 doing protein folding.", 4),
        ("Our DS folks (7) train on one box.", 7),
        ("We're a 12-person applied science team.", 12),
        ("A 3-person 'ML squad' inside marketing.", 3),
        ("6 on the team, all on GCP.", 6),
        ("Team of 4 MLEs + 2 analysts.", 6),
        ("We have 2 shared GPU servers for 9 people.", 9),
        ("We have 4 chatbot prototypes and I'm the only engineer on it.", 1),
        ("I'm the only ML person at a 200-person insurer.", 1),
        ("I'm the sole MLE at a 300-person logistics firm.", 1),
        ("I'm the only MLOps person in a 15-person data science org.", 15),
        ("three analysts and me", 4),
        ("me and an intern", 2),
        ("No data team at all, it's me.", 1),
        ("Head of data at a 200 person retailer. 6 DS, all on GCP.", 6),
        ("We're a 40 person ML team.", 40),
        ("I'm eng manager for a 5-dev team, with 4 LLM features.", 5),  # a team named by what its people are
        ("I'm a backend dev on a 3-engineer squad.", 3),
        ("I'm head of data at a 60-person e-commerce company, 7 on the data science side.", 7),
        ("We fine-tune a 7B model once a month. I'm the only ML engineer.", 1),
        ("we're a small team, maybe 5, doing NLP stuff", 5),
        ("We're 6 people at a startup, 2 of us on the ML side.", 2),
        ("Company of 15, and the 'ML team' is just me.", 1),
        ("I'm the only DS, and the company is on AWS.", 1),
        ("I'm a SWE and the only dev on this.", 1),
        ("We're a nonprofit, 2 volunteers, classifying citizen reports.", 2),
        ("Team is 6 MLEs plus a platform guy.", 7),
        ("We have 5 ML engineers and 2 DEs.", 7),
        ("I'd like drift tracking but I'm one guy and it's self-funded.", 1),
        ("Small clinic, I'm the only developer. Patient data only ever goes to a local model.", 1),
        ("I'm the lone ML engineer supporting QA at a CDMO.", 1),
        # students in a course are the people served; the team is who runs it
        ("Now I need some kind of notebook environment for ~1000 course students. Platform team is 6 people.", 6),
        ("PhD student, comparing outbreak detectors. it's just me and my supervisor", 2),
    ],
)
def test_the_team_that_uses_the_tools_is_counted(shipped_catalog: Catalog, text: str, size: int) -> None:
    assert understand(text, shipped_catalog).get("team_size") == size


@pytest.mark.parametrize(
    "text",
    ["MLE at a 90-person startup. We serve a dozen models.", "The app is used by ~5k employees.",
     "Head of data at a 200 person retailer, all on GCP.", "data scientist at a ~30 person fintech",
     # things counted, read whole ("~80 prompts" is not 8 people)
     "We have ~80 prompts in production and no tests.", "we have 200+ models retrained daily",
     "We're ~3M chunks on Azure.", "there are 40 idle cards at night",
     "we have 11 (eleven!) tools in our platform", "we have 3 different vector DBs",
     "Can I run Airflow without Kubernetes? We have a couple of VMs on Hetzner.",
     "we have ~2TB of images on S3",
     # money a month is no headcount ("5k" is not 5,000 people)
     "Cheap please, we're under 5k/month on tokens total.", "we are about 4k / month in API spend",
     "we have 16 on-prem and it all jams when three teams train at once",  # GPUs
     "I'm building a code assistant for our 200 engineers.",  # its users
     "instructors now want GPU jupyter for a deep learning course (60 students)",  # a course's students
     "I set up jupyterhub + nbgrader for our CS course (30-ish students)",
     "We have about 40 cron jobs spread over 3 VMs.", "We have 4 fine-tuned LLMs in prod.",
     "we have 80k unlabeled support emails to get through",
     "Retraining is a nightly job; promotion is one guy running a script.",  # things counted, a task's doer
     # whose work it is, not the team: "by one person", "one analyst runs"
     "our models were deployed by hand by one person. he is on holiday.",
     "the forecasts live in Jupyter notebooks one analyst runs every week.",
     "a scheduled task on the desktop of one analyst retrains them",
     "tensorboard doesn't cut it as a tracker once there's more than one person",
     "We pick dropout models per grade level for ~225k students.",  # a school's many, counted in thousands
     "Setting up a few GPU servers, maybe 200 students a term.",
     "Forecasting sleeping heart rate, 290 days x 12 people."],  # people in the data
)  # fmt: skip
def test_a_company_its_users_or_things_counted_are_not_the_team(shipped_catalog: Catalog, text: str) -> None:
    assert "team_size" not in understand(text, shipped_catalog)


def test_me_plus_one_is_two(shipped_catalog: Catalog) -> None:
    assert understand("It's me plus one analyst, on Azure.", shipped_catalog)["team_size"] == 2


# -- workloads and scope ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "workloads"),
    [
        ("We sort inbound customer emails by intent.", {"nlp"}),
        ("Annotating bounding boxes on aerial imagery.", {"computer_vision"}),
        ("We reconstruct 3D meshes from point-cloud scans.", {"computer_vision"}),
        ("Semantic search over our wiki with embeddings.", set()),  # a need (vector search), not LLM work
        ("A RAG bot over our wiki.", {"llm"}),
        ("DistilBERT for ticket triage.", {"nlp"}),
        ("Recs and demand forecasting for the shop.", {"recommender", "time_series"}),
        ("We fine-tune 13B models for support replies.", {"llm"}),
        ("Our stack is LangChain and Langfuse.", {"llm"}),
        ("Predicting defaults on loan applications.", {"tabular"}),
        ("Labels live in spreadsheets, the photos on a share.", {"computer_vision"}),
        ("Anomaly detection on satellite telemetry.", {"time_series"}),
        ("Our model images are 6GB and slow to pull.", set()),
        # a library, a data table or a spreadsheet alone does not say what the models are for
        ("Training reads the BigQuery events table; we use XGBoost and sklearn.", set()),
        ("Every Friday I review 200 chatbot answers in a spreadsheet.", {"llm"}),
        ("Our fraud models are LightGBM on CSV exports.", {"tabular"}),
        ("Radiology group, mostly DICOM studies.", {"computer_vision"}),
        ("we do computr vision for warehouses (sorry, typing on a phone)", {"computer_vision"}),
        ("Decoding EEG and fMRI recordings in a neuroscience lab.", {"other"}),
        ("Is this the tool recommender? We forecast sales per store.", {"time_series"}),
        # the domain says the kind of model
        ("GLMs and GBMs for motor premiums, reviewed by the regulator.", {"tabular"}),
        ("We predict bike demand per station every 15 minutes.", {"time_series"}),
        ("Weld quality from current/voltage waveforms.", {"time_series"}),
        ("Learning-to-rank on top of OpenSearch, plus query understanding.", {"recommender", "nlp"}),
        ("A classifier over free-text radiology reports.", {"nlp"}),
        ("Whisper transcripts, speaker turns, then topic segmentation.", {"speech"}),
        ("Single-cell RNA-seq models for the lab.", {"other"}),
        # text an LLM app reads is what the LLM does, not a second kind of model; people called agents are people
        ("Document extraction with LLMs for insurance claims.", {"llm"}),
        ("An agent that reads support emails and calls our billing API.", {"llm"}),
        ("Emails tagged by intent; labels come from agents picking a category.", {"nlp"}),
        ("I want to get our churn model out of my notebook.", {"tabular"}),
    ],
)
def test_workloads_in_paraphrase(shipped_catalog: Catalog, text: str, workloads: set[str]) -> None:
    assert set(understand(text, shipped_catalog).get("workloads", ())) == workloads


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Ideally a single open-source tool for all of it.", "all_in_one"),
        ("I'd like the whole group on one stack.", "all_in_one"),
        ("Could one product replace most of our tools?", "all_in_one"),
        ("We want to consolidate vendors this year.", "all_in_one"),
        ("Is there a product that does everything from labeling to serving?", "all_in_one"),
        ("tracking + registry + serving in one?", "all_in_one"),
        ("Swappable pieces, please.", "piecemeal"),
        ("Not a big monolith, small parts we control.", "piecemeal"),
    ],
)
def test_scope_in_paraphrase(shipped_catalog: Catalog, text: str, scope: str) -> None:
    assert understand(text, shipped_catalog).get("scope_preference") == scope


# -- cloud: one place, said in passing ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cloud"),
    [
        ("No cloud at all, just two GPU servers in our office.", "on_prem"),
        ("We have no cloud; four workstations under desks.", "on_prem"),
        ("Models run on a VM in the office basement.", "on_prem"),
        ("no kubernetes, Fargate only", "aws"),
        ("Now: 3 DS, no registry, Azure.", "azure"),
        ("The vertex of our problem is drift. We're on Hetzner.", "other"),
        ("Postgres is the bedrock of our app, hosted on Linode.", "other"),
        ("Our metadata sits in RDS.", "aws"),
        # machines said to be theirs, rented from a GPU cloud, are that cloud's; a site of their own is not
        ("We fine-tune on our own GPUs at Lambda Labs.", "other"),
        ("Training runs on a rented 4-GPU box from RunPod.", "other"),
        ("We have our own data centre and burst to RunPod at month end.", "on_prem"),
        ("Not AWS or GCP: we rent bare-metal GPU servers from a local hosting provider.", "other"),
        ("Our raw data sits in Blob Storage.", "azure"),
    ],
)
def test_the_cloud_in_passing(shipped_catalog: Catalog, text: str, cloud: str) -> None:
    assert understand(text, shipped_catalog).get("cloud") == cloud


@pytest.mark.parametrize(
    ("text", "cloud"),
    [
        ("Our notebooks are on people's laptops and half of them won't run anymore.", None),
        ("Offline metrics look great, production disagrees.", None),
        ("I train on my laptop and email the file to ops.", None),
        ("Solo freelancer, laptops only, zero budget.", "none"),
        ("I'm a PhD student working alone on my laptop.", "none"),
        ("PhD student, just me and my laptop, no budget at all.", "none"),
        ("We're 3 DS, all on our laptops, nobody has a cloud account.", "none"),
        ("One single GPU box under the desk, that's our compute.", "on_prem"),
    ],
)
def test_a_laptop_in_passing_is_not_no_cloud(shipped_catalog: Catalog, text: str, cloud: str | None) -> None:
    assert understand(text, shipped_catalog).get("cloud") == cloud


@pytest.mark.parametrize("text", ["On-prem + some GCP for bursts.", "A hybrid of Azure and our own racks."])
def test_a_mix_of_clouds_is_no_single_cloud(shipped_catalog: Catalog, text: str) -> None:
    assert "cloud" not in understand(text, shipped_catalog)


def test_mostly_one_cloud_is_that_cloud(shipped_catalog: Catalog) -> None:
    assert understand("Mostly on GCP, plus some AWS for one client.", shipped_catalog)["cloud"] == "gcp"


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [
        ("our logs end up in CloudWatch", "cloud", "aws"),
        ("it all runs on a $20 VPS", "cloud", "other"),
        ("two A100s in a closet, that's our compute", "cloud", "on_prem"),
        ("training happens on the box under my desk", "cloud", "on_prem"),
    ],
)
def test_where_they_run_from_the_hints_people_give(shipped_catalog: Catalog, text: str, field: str, value: str) -> None:
    assert understand(text, shipped_catalog)[field] == value


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("I need a way to schedule retraining every week", "workflow_orchestration"),  # scheduling is orchestration
        ("we want somewhere to keep versioned datasets", "data_versioning"),
        ("need to track thousands of runs", "experiment_tracking"),
        ("I need their churn model behind an API", "model_serving"),
        ("we need somewhere to serve the embedding model", "model_serving"),
        ("RAG over internal docs, still need somewhere proper to put the embeddings", "vector_search"),
        ("need exp tracking + a model reg. OSS only pls", "model_registry"),
        ("Our PM wants dashboards showing model accuracy over time.", "model_monitoring"),
        ("Our recommendation model serves 50k QPS and we need lower latency.", "model_serving"),
        ("Our models predict churn and we want to know when they go stale.", "model_monitoring"),
        ("I'd like to compare LLM prompts side by side", "llm_evaluation"),
        ("we want a way to catch data drift early", "model_monitoring"),
        ("looking for something to log our training runs", "experiment_tracking"),
        ("we need fast similarity search over product embeddings", "vector_search"),
        ("we'd like a smarter hyperparameter search than random", "hyperparameter_tuning"),
        ("we want a single place to define features for both batch and online", "feature_store"),
        ("I need to pin the exact dataset each experiment used", "data_versioning"),
        ("we want checks that fail the pipeline when the input data is broken", "data_validation"),
        ("we need somewhere to store versioned and approved models", "model_registry"),
        ("vector search pls", "vector_search"),
        ("we need to parallelize our training runs", "compute"),
        ("we'd like automatic deployment of the new models", "ci_cd"),
        ("Top ask: tracing, we have basically nothing.", "llm_observability"),
        ("we need a pipeline tool and some kind of scheduling", "workflow_orchestration"),
        ("token cost tracking per customer is what we lack for our chatbot", "llm_observability"),
        ("In short: feature store. Long version: we recompute features in three places.", "feature_store"),
        ("need some way to trace and eval the LLM calls", "llm_observability"),  # one object for both verbs
        ("need some way to trace and evaluate our llm calls", "llm_evaluation"),
        ("What do people use to validate training and scoring inputs?", "data_validation"),
        ("is there a better tool for checking ML inputs specifically?", "data_validation"),
        ("I want to get to scheduled training jobs and a model registry this year", "workflow_orchestration"),
        ("What's the smallest set of additions to train, schedule and monitor one model?", "workflow_orchestration"),
    ],
)
def test_needs_in_the_words_people_use(shipped_catalog: Catalog, text: str, need: str) -> None:
    assert need in understand(text, shipped_catalog).get("needs", ())


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("4 backend devs and 1 ML person (me)", 1),  # the writer's own group is the team
        ("3 data scientists, 2 DE, 1 MLE (me)", 6),  # all of them do ML or data work: one team, the writer in it
        ("a team of 9 computational biologists + 1 MLE", 10),
        ("it's me + 1", 2),
        ("I support the new ML team (they're 7).", 7),
        ("Just got hired as the first and only data scientist at a 60-person retailer.", 1),
        ("Four different people set up four trackers. We're about 15 in total.", 15),
        ("Head of product at a 40-person fintech; two of us do the ML.", 2),  # those who do the work
        ("platform team at a 500 person company, about 25 ML people to support", 25),  # not the company
        ("2 DE + 6 DS", 8),
        ("three DS and an MLE", 4),
        ("me (tech lead) + 3 data scientists", 4),
        ("5 postdocs + our PI", 6),
        ("18 people (12 DS + 6 DE)", 18),  # the total said first
        ("4 quants and a lot of Excel", 4),
        ("tell me about your team: 3 MLEs, 1 DE and me (lead)", 5),  # the writer, joined last
        ("Team = 2 MLEs + me (eng manager)", 3),
        ("Two backend devs, me included", 2),
        ("DS team 8ppl, azure", 8),
        ("team is me + 1, we use GitLab CI", 2),
        ("We're a startup of 12, no dedicated ML infra person", 12),
        ("I'm the only data scientist at a logistics company of about 300", 1),  # the company is not the team
        ("I'm a data scientist with 2 others, we need experiment tracking", 3),  # the writer and the others
        ("i am an MLE working with three colleagues on AWS", 4),
        ("we are 3 epidemiologists and one data scientist", 4),  # scientists of other fields are people too
        ("tiny team (me + a volunteer), donated cloud credits", 2),
        ("12 sites and the entire 'data team' is me", 1),  # the sites are no team
        ("honestly it's one analyst (me) with Excel exports and a Python script", 1),
        ("One data scientist (me), one data engineer, zero budget", 2),  # the writer, then another
        ("3-person proptech doing residential price estimates", 3),  # a company named by its sector
        ("Only MLE at a 12-person fintech: 30 cron jobs retrain our models", 1),  # the writer alone in it
        ("Two co-founders, bootstrapped. Our AI coach scores exercise videos.", 2),
    ],
)
def test_team_sizes_summed_as_people_write_them(shipped_catalog: Catalog, text: str, size: int) -> None:
    assert understand(text, shipped_catalog)["team_size"] == size


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("training runs nightly from cron, but deploys are copy-paste by hand", 1),
        ("the notebooks are scheduled as Databricks jobs; releasing is a ticket", 1),
        ("GitLab CI tests and deploys pipelines and models on merge", 2),
        ("we train in Vertex Workbench notebooks and deploy by clicking in the console", 0),
        ("retraining is me on Fridays, manually", 0),
    ],
)
def test_how_far_along_from_how_people_describe_their_week(shipped_catalog: Catalog, text: str, level: int) -> None:
    assert understand(text, shipped_catalog)["maturity"] == level


def test_years_of_experience_are_no_colleagues(shipped_catalog: Catalog) -> None:
    assert "team_size" not in understand("i am a data scientist with 2 years of experience", shipped_catalog)


@pytest.mark.parametrize("text", [
    "data probably can't leave our network, still confirming with legal",
    "the sensitive ones probably need to stay in our own VPC",
    "not sure yet if new ML tools have to be self-hosted too, security is still deciding",
])
def test_a_rule_said_with_a_hedge_is_left_open(shipped_catalog: Catalog, text: str) -> None:
    assert "self_hosted" not in understand(text, shipped_catalog)


def test_hosted_said_acceptable_after_a_wish_to_self_host_is_a_no(shipped_catalog: Catalog) -> None:
    text = "ideally everything self-hosted, but a SaaS is acceptable if it's hosted in the EU with a DPA"
    assert understand(text, shipped_catalog)["self_hosted"] is False


def test_indifference_to_a_constraint_is_a_no(shipped_catalog: Catalog) -> None:
    assert parse_answer(BY_ID["self_hosted"], "doesn't matter to us", shipped_catalog) is False
    assert parse_answer(BY_ID["open_source_only"], "either is fine", shipped_catalog) is False


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("small single-purpose tools, not a platform", "piecemeal"),
        ("I'd rather add one small tool that does this well than a platform", "piecemeal"),
        ("we want fewer vendors", "all_in_one"),
    ],
)
def test_scope_in_other_words(shipped_catalog: Catalog, text: str, scope: str) -> None:
    assert understand(text, shipped_catalog)["scope_preference"] == scope


def test_running_on_our_own_servers_is_where_not_a_rule_but_data_that_must_stay_is(shipped_catalog: Catalog) -> None:
    assert "self_hosted" not in understand("k3s on our own servers, 3 MLEs", shipped_catalog)
    assert understand("data must stay on prem, it's a bank", shipped_catalog)["self_hosted"] is True


# -- third pass: pains in other words, wishes that name other things first, shared GPU boxes ------------


def test_nobody_noticing_a_data_change_is_a_data_problem_not_missing_monitoring(shipped_catalog: Catalog) -> None:
    pains = understand("Nobody notices when the source tables change.", shipped_catalog).get("frustrations", ())
    assert [f.value for f in pains] == ["data_quality"]


def test_a_wish_that_names_something_else_first_is_not_how_they_work_now(shipped_catalog: Catalog) -> None:
    text = "We need a model registry with sign-off (audit keeps asking) and automated training pipelines."
    assert "maturity" not in understand(text, shipped_catalog)
    assert understand("We want a registry because our automated training pipelines already run.",
                      shipped_catalog).get("maturity") == 1  # fmt: skip
    assert understand("Retraining is me running a script every Friday.", shipped_catalog).get("maturity") == 0


@pytest.mark.parametrize("text", ["We share one DGX box in the lab.", "Four of us, 8 GPUs on two servers."])
def test_a_shared_gpu_box_is_on_prem(shipped_catalog: Catalog, text: str) -> None:
    assert understand(text, shipped_catalog).get("cloud").value == "on_prem"


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("Our churn model broke again last night. Solo data scientist at an insurer, mostly tabular.", "researcher"),
        ("Models keep drifting. MLE, team of four, all on GCP.", "ml_engineer"),
        ("We can't see what the agent does. Backend devs, 5 of us, Python and Go.", "software_engineer"),
    ],
)
def test_a_role_that_opens_a_later_sentence_is_the_writers(shipped_catalog: Catalog, text: str,
                                                            persona: str) -> None:  # fmt: skip
    assert understand(text, shipped_catalog).get("persona").value == persona


def test_colleagues_counted_in_a_later_sentence_are_still_not_the_writer(shipped_catalog: Catalog) -> None:
    assert "persona" not in understand("We need a registry. 8 data scientists share one GPU box.", shipped_catalog)


@pytest.mark.parametrize("text", ["Our validation loss is flat, we need a tracker.",
                                  "Model risk wants documented validation and approvals."])
def test_validation_of_a_model_is_not_data_validation(shipped_catalog: Catalog, text: str) -> None:
    assert "data_validation" not in [s.value for s in understand(text, shipped_catalog).get("needs", ())]


def test_a_graphs_vertex_is_not_vertex_ai(shipped_catalog: Catalog) -> None:
    assert "cloud" not in understand("We classify each vertex in a citation graph.", shipped_catalog)
    assert understand("Our models are served from Vertex.", shipped_catalog).get("cloud").value == "gcp"


def test_not_knowing_what_something_is_doing_is_not_missing_monitoring(shipped_catalog: Catalog) -> None:
    read = understand("Honestly I have no idea what it's doing, I just joined.", shipped_catalog)
    pains = read.get("frustrations", ())
    assert "no_monitoring" not in [f.value for f in pains]


def test_a_team_size_before_a_full_stop_is_still_read(shipped_catalog: Catalog) -> None:
    assert understand("We do speech at a startup. We're 5. GCP.", shipped_catalog)["team_size"] == 5


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("Models keep breaking. DS manager, 12 people, on AWS.", "team_lead"),
        ("Research group leader here, 8 students on a Slurm cluster.", "team_lead"),
        ("three of us, all backend devs, adding search to our app", "software_engineer"),
        ("webdev here, first time touching ML", "software_engineer"),
    ],
)
def test_roles_said_in_other_words_are_read(shipped_catalog: Catalog, text: str, persona: str) -> None:
    assert understand(text, shipped_catalog).get("persona").value == persona


# -- pains and needs in people's words: paraphrases, questions, gaps, stories and chat replies -------------

PAINS_IN_OTHER_WORDS = [
    # a labeling job said to be slow or costly, models nobody watches, a queue for GPUs, engineers begged to ship,
    # prompts judged by feel, unusable rows
    ("Transcribing the call recordings by hand is painfully slow.", "labeling_bottleneck"),
    ("Drawing polygons around every tumour eats up all our time.", "labeling_bottleneck"),
    ("We never check the models once they're in production.", "no_monitoring"),
    ("Our ranking model got worse after we deployed it and we don't know why.", "no_monitoring"),
    ("We can't tell whether the model's accuracy is degrading.", "no_monitoring"),
    ("Students wait three days to get an A100.", "compute_access"),
    ("Every release means begging the platform team to deploy it.", "slow_handoff"),
    ("The backend devs reimplement our models from scratch.", "slow_handoff"),
    ("We compare prompt versions by gut feel.", "llm_quality_unknown"),
    ("Half the records are garbage when they arrive from the vendor.", "data_quality"),
    ("I'd like the models to retrain themselves instead of me running the scripts.", "manual_retraining"),
    ("How do we go from our pandas notebooks to something production-ready?", "stuck_in_notebooks"),
    ("It takes about three months to get a model live here.", "slow_handoff"),
    ("Our users notice the forecasts are off before we do.", "no_monitoring"),
    ("Nobody can tell me the recall of the fraud model this quarter.", "no_monitoring"),
    ("We stopped checking the churn model after launch.", "no_monitoring"),
    ("My manager asks why our ticket classifier got worse and I can't explain it.", "no_monitoring"),
    ("The research group throws its notebooks over the wall to us.", "stuck_in_notebooks"),
    ("Nothing the analysts build ever makes it to production.", "stuck_in_notebooks"),
    ("Models reach the edge sites on USB sticks.", "slow_handoff"),
    ("Nobody else could rebuild the models if Sam left.", "cant_reproduce"),
    ("We can't say which dataset version went into the March model.", "cant_reproduce"),
    ("Zero idea about answer quality once real users ask things.", "llm_quality_unknown"),
    ("I need to show it doesn't hallucinate drug names.", "llm_quality_unknown"),
    ("GPU quota is the real problem for us.", "compute_access"),
    ("Upstream changes the schemas without telling us.", "data_quality"),
    ("A partner feed had one column changed type and we trained on garbage.", "data_quality"),
    ("Every retrain is done a bit differently by whoever is around.", "manual_retraining"),
    ("The DS team emails us their notebook and we port it by hand.", "stuck_in_notebooks"),
    ("Our platform team rewrites every model in Go before it ships.", "slow_handoff"),
    ("It takes roughly three weeks to ship a retrained model.", "slow_handoff"),
    ("We heard about the accuracy drop from customers.", "no_monitoring"),
    ("Once it's deployed, nobody checks on it.", "no_monitoring"),
    ("Each prompt edit quietly breaks something else.", "llm_quality_unknown"),
    ("The interns wait weeks for a GPU slot.", "compute_access"),
    ("Same code, different results on every rerun.", "cant_reproduce"),
    ("Every Monday, by hand, I rerun the forecast.", "manual_retraining"),
    ("We have five different ways to deploy a model.", "too_many_tools"),
    ("Quota fights with the other squads every sprint.", "compute_access"),
    ("Our GPUs queue for hours before a job starts.", "compute_access"),
    ("There's a shared calendar to book the DGX and it's always full.", "compute_access"),
    ("We can never tell which dataset went into which model.", "cant_reproduce"),
    ("Nobody notices when upstream columns change, and then training crashes.", "data_quality"),
    ("I only find out it's broken when the sales team calls me.", "no_monitoring"),
    ("The forecast was silently wrong for a month.", "no_monitoring"),
    ("Retraining is me running a script every Friday.", "manual_retraining"),
    ("Every model takes 6 weeks to reach production.", "slow_handoff"),
    ("Honestly we're drowning in tools.", "too_many_tools"),
    ("Our pricing model lives in a cron-triggered notebook.", "stuck_in_notebooks"),
    ("The GPU fights on our cluster are getting worse.", "compute_access"),
    ("Our GPU node pool is a free-for-all after lunch.", "compute_access"),
    ("Researchers want GPUs all day and we only have 4.", "compute_access"),
    ("We have zero visibility into how the models behave after release.", "no_monitoring"),
    ("When a model misbehaves, how would we even find out?", "no_monitoring"),
    ("Nobody could rebuild last year's model.", "cant_reproduce"),
    ("It works on her laptop and fails in the cluster.", "cant_reproduce"),
    ("Nothing ever leaves Jupyter here.", "stuck_in_notebooks"),
    ("We pay for two tools that do the same job.", "too_many_tools"),
    ("Can anything speed up our labeling?", "labeling_bottleneck"),
    ("We heard from a customer that the scores were off.", "no_monitoring"),
    ("It takes us about eight weeks to get a model live.", "slow_handoff"),
    ("The forecast still isn't in production after a year.", "slow_handoff"),
    ("We juggle 5 different UIs for one model.", "too_many_tools"),
    ("Deploys are a ticket to IT that sits for three weeks.", "slow_handoff"),
    ("Every release waits on the one person who knows the scripts.", "slow_handoff"),
    ("One big workstation that everybody fights over.", "compute_access"),
    ("Honestly GPU availability is the bottleneck.", "compute_access"),
    ("What we lack is any idea how the models behave in production.", "no_monitoring"),
    ("Nobody on the team noticed for weeks.", "no_monitoring"),
    ("Four squads, each with its own tracking tool.", "too_many_tools"),
    ("Nobody can say which notebook produced the model in prod.", "cant_reproduce"),
    ("I need to get our classifier out of a Colab notebook.", "stuck_in_notebooks"),
    ("paid is fine if it ends the retraining-by-hand madness", "manual_retraining"),
    ("I reran last spring's analysis and got different numbers.", "cant_reproduce"),
    ("Each release eats about a week of someone's time.", "slow_handoff"),
    ("Promotion to prod sits in review for two weeks.", "slow_handoff"),
    ("I only found out from a sales rep that the prices were weird.", "no_monitoring"),
    ("The model quietly stops being right after a few months.", "no_monitoring"),
    ("The sensor feed has gaps and duplicate timestamps.", "data_quality"),
    ("Honestly? Results aren't reproducible.", "cant_reproduce"),
    ("Every box has a different CUDA. Nothing reproduces.", "cant_reproduce"),
    ("We live in Jupyter and results don't rerun the same way.", "cant_reproduce"),
    ("One bad upstream change and the model retrains on junk.", "data_quality"),
    ("Our two annotators label maybe 150 images a day.", "labeling_bottleneck"),
    ("Tagging a clip takes an expert ten minutes per clip.", "labeling_bottleneck"),
    ("I have no way to measure how often the bot makes things up.", "llm_quality_unknown"),
    ("Nobody can say whether the chunking change helped or hurt.", "llm_quality_unknown"),
    ("Tuning runs queue behind the real training runs for a day.", "compute_access"),
    ("Ops told us about the broken forecasts, not from any alert.", "no_monitoring"),
    ("Our 'monitoring' is support forwarding complaints.", "no_monitoring"),
    ("The upstream team changed the schema without warning again.", "data_quality"),
    ("The feed quietly started returning empty files.", "data_quality"),
    ("Our deployment pipeline is nine notebooks run in order.", "stuck_in_notebooks"),
    ("The backend team is porting it to Java, three months in.", "slow_handoff"),
    ("Every release waits on our one DevOps person.", "slow_handoff"),
    ("Labeling is eating most of our budget.", "labeling_bottleneck"),
    ("Our eval is me reading twenty chatbot answers every Friday.", "llm_quality_unknown"),
    ("The assistant sometimes invents refund policies.", "llm_quality_unknown"),
    ("Four of us are fighting over that one card.", "compute_access"),
    ("We can't rebuild it since the branch was deleted.", "cant_reproduce"),
]


NEEDS_IN_OTHER_WORDS = [
    ("We have zero visibility into what the agents do.", "llm_observability"),
    ("No one keeps an eye on the models once they ship.", "model_monitoring"),
    ("Honestly a shared notebook server would really help.", "notebooks"),
    ("I'd like a single place to compare our training runs.", "experiment_tracking"),
    ("We want to schedule the weekly retrain instead of babysitting it.", "workflow_orchestration"),
    ("We'd love an alert when the forecasts drift.", "model_monitoring"),
    ("No clue where to start with model serving.", "model_serving"),
    ("Goal: a proper queue for training jobs on the two servers.", "compute"),
    ("Is a feature store the answer for us?", "feature_store"),
    ("Would a model registry fix this, or is it overkill?", "model_registry"),
    ("Can somebody explain what an orchestrator would buy us?", "workflow_orchestration"),
    ("Do we even need a vector database?", "vector_search"),
    ("I need some way to tell whether the bot's answers are any good.", "llm_evaluation"),
    ("How would I check if our retrieval is right?", "llm_evaluation"),
    ("What do people use to serve Mistral to a few hundred staff?", "model_serving"),
    ("How do I turn these notebooks into an API the app can call?", "model_serving"),
    ("We want validation checks before the nightly job.", "data_validation"),
    ("I'd like retraining to run on a schedule.", "workflow_orchestration"),
    ("Monitoring options people actually like?", "model_monitoring"),
    ("Serving is the part we're missing.", "model_serving"),
    ("What's the least painful way to serve a sklearn model?", "model_serving"),
    ("Anything that can alert us on drift?", "model_monitoring"),
    ("How do you all handle retraining schedules?", "workflow_orchestration"),
    ("What do people use to keep track of experiments on a laptop?", "experiment_tracking"),
    ("I mostly need somewhere to log my runs.", "experiment_tracking"),
    ("Is there a git for tables?", "data_versioning"),
    ("We'd love a standard way to containerize models.", "containers"),
    ("We have nothing for drift monitoring yet.", "model_monitoring"),
    ("The training code isn't even in version control.", "source_control"),
    ("Want the tests to run on every merge.", "ci_cd"),
    ("Looking for something that checks the data before each retrain.", "data_validation"),
    ("How do I keep track of which model is live?", "model_registry"),
    ("Any way to pre-label the images with a model?", "data_labeling"),
    ("We need somewhere to put models that isn't a shared drive.", "model_registry"),
    ("Nothing monitors the churn model.", "model_monitoring"),
    ("Looking for whatever serves it with the least fuss.", "model_serving"),
    ("What's a cheap way to serve a handful of PyTorch models?", "model_serving"),
    ("We'd like checks on the incoming data.", "data_validation"),
    ("I want retraining to just happen on a schedule.", "workflow_orchestration"),
    ("Free tools only, for the vector search we need.", "vector_search"),
    ("I need to package it in a container for the app team.", "containers"),
    ("I want something that tells me when the inputs drift.", "model_monitoring"),
    ("We'd like retraining to be scheduled whenever new data lands.", "workflow_orchestration"),
    ("How do teams automate the retraining loop?", "ml_pipelines"),
    ("I'd love to keep a history of runs.", "experiment_tracking"),
    ("We want an automated quality score on each answer.", "llm_evaluation"),
    ("We need checks on feature freshness before scoring.", "data_validation"),
    ("Where is the cheapest place to rent a 4090 for a few days?", "compute"),
    ("We need a regression suite for our prompts.", "llm_evaluation"),
    ("Some way to see token costs per customer would help.", "llm_observability"),
    ("We need approvals and an audit trail before deploys.", "governance"),
    ("Something that pings us when the inputs shift would be great.", "model_monitoring"),
    ("I'm thinking a tracking server and nothing more.", "experiment_tracking"),
    ("Whatever we pick has to handle a model registry as well.", "model_registry"),
    ("The ask now is serving open models for the whole company.", "model_serving"),
    ("We can't agree on tracing or evals first.", "llm_observability"),
    ("Looking for cheap on-demand GPUs we can script.", "compute"),
    ("We need to get ~50k frames labeled.", "data_labeling"),
    ("Bad data keeps breaking the nightly run; we want checks before the train step.", "data_validation"),
    ("Need to track offline metrics (NDCG@k, recall@k) per experiment.", "experiment_tracking"),
    ("Need somewhere to version models and code properly.", "source_control"),
    ("I want a shared notebook environment with some GPU that I set up once.", "compute"),
    ("What's the shortest path from notebook to an API?", "model_serving"),
    ("Guardrails around who can push a model to prod would be nice.", "governance"),
    ("we dunno which model is in prod lol", "model_registry"),
    ("Nobody can tell which model version is live.", "model_registry"),
    ("Is there something like Sentry but for LLM calls?", "llm_observability"),
    ("I want a single gateway with per-team spend limits and logs.", "llm_observability"),
    ("What I'm missing is the step before that: a registry with a sign-off.", "model_registry"),
    ("Goal for H2 is an automated training pipeline plus a model registry.", "ml_pipelines"),
    ("I want something that ties each run to the exact data it saw.", "data_versioning"),
    ("Need a way to relabel cheaply.", "data_labeling"),
    ("Need per-model usage and latency visibility.", "model_monitoring"),
    ("Wondering about burst capacity somewhere else for training spikes.", "compute"),
    ("I'd also like one place that lists every model running in prod and who owns it.", "governance"),
    ("Our agent files IT tickets; we can't tell if a prompt change helped. Need some way to evaluate it.",
     "llm_evaluation"),
    ("We call the models through Bedrock and want something that can trace those calls.", "llm_observability"),
    ("Need multi-annotator support for text segmentation.", "data_labeling"),
    ("I want every run to capture environment, data and params.", "experiment_tracking"),
]


@pytest.mark.parametrize("text", [
    "I want to get us off emailed notebooks this year.",
    "Honestly, the notebooks: nothing ever leaves them.",
])  # fmt: skip
def test_notebooks_named_as_the_pain_are_not_a_wish_for_notebooks(shipped_catalog: Catalog, text: str) -> None:
    read = understand(text, shipped_catalog)
    assert "stuck_in_notebooks" in [f.value for f in read.get("frustrations", ())]
    assert "notebooks" not in [n.value for n in read.get("needs", ())]


def test_a_shared_notebook_environment_is_still_a_need_beside_the_pain(shipped_catalog: Catalog) -> None:
    read = understand("Everything lives in notebooks and we want a shared notebook server.", shipped_catalog)
    assert "notebooks" in [n.value for n in read.get("needs", ())]


@pytest.mark.parametrize(
    ("text", "field", "value"),
    [*((text, "frustrations", pain) for text, pain in PAINS_IN_OTHER_WORDS),
     *((text, "needs", need) for text, need in NEEDS_IN_OTHER_WORDS)],
)  # fmt: skip
def test_pains_and_needs_said_in_other_words_are_read(shipped_catalog: Catalog, text: str, field: str,
                                                      value: str) -> None:  # fmt: skip
    assert value in [read.value for read in understand(text, shipped_catalog).get(field, ())]


@pytest.mark.parametrize("pain", list(Frustration))
def test_every_pain_label_said_in_a_sentence_is_read(shipped_catalog: Catalog, pain: Frustration) -> None:
    """Someone who types a pain's own label into a sentence is understood (a reworded label once was not)."""
    read = understand(f"what hurts: {label(pain.value)}", shipped_catalog)
    assert pain in read.get("frustrations", ())


@pytest.mark.parametrize("stage", list(Stage))
def test_every_stage_label_said_in_a_sentence_is_read(shipped_catalog: Catalog, stage: Stage) -> None:
    read = understand(f"we need help with {label(stage.value)}", shipped_catalog)
    assert stage in read.get("needs", ())


@pytest.mark.parametrize(("text", "budget"), [
    ("We need governance and lineage. Budget: high.", "high"),
    ("Budget: medium, and we'd rather pay than run servers.", "medium"),
    ("Money's tight this year, so nothing fancy.", "low"),
    ("Cash is really short until the next round.", "low"),
])  # fmt: skip
def test_a_budget_said_as_a_label_or_as_money_being_tight_is_read(shipped_catalog: Catalog, text: str,
                                                                  budget: str) -> None:  # fmt: skip
    read = understand(text, shipped_catalog).get("budget")
    assert read is not None and read.value == budget



@pytest.mark.parametrize("text", ["The whole team will finally be in one office next month.",
                                  "We self-host everything in our own cluster.",
                                  "I'm the one platform engineer looking after 25 analysts.",
                                  "Random forest in sklearn, saved with joblib, all in one notebook.",
                                  "Our agent keeps hammering one tool and burning tokens."])
def test_being_in_one_place_or_hosting_everything_is_no_scope_preference(shipped_catalog: Catalog, text: str) -> None:
    assert "scope_preference" not in understand(text, shipped_catalog)


@pytest.mark.parametrize(
    ("text", "size"),
    [("We support three DS departments: supply chain, personalisation, robotics.", None),
     ("I'm an SRE who got handed the ML cluster. 3 DS teams, 25 people total.", 25),
     ("Startup CTO here, 10 engineers, building a voice AI.", 10), ("We're a team of 3 platform engineers.", 3),
     ("3 DEs and 2 DS", 5),
     ("two airflow deployments, one on astronomer, one self-hosted", None),  # Astronomer the tool, not a person
     ("Team of 12 in model risk.", 12),  # a count is read whole, never as its first digit
     ("we are 2 DS + 1 chemist and everything is in Colab lol", 3)],
)  # fmt: skip
def test_a_count_of_departments_or_teams_is_no_headcount(shipped_catalog: Catalog, text: str, size: int | None) -> None:
    """A role word is a whole word ("DS departments" holds no "DE"), and groups of people are not people."""
    assert understand(text, shipped_catalog).get("team_size") == size


def test_the_writer_counted_among_the_roles_is_not_added_again(shipped_catalog: Catalog) -> None:
    assert understand("5 DE + 2 DS, me being one of the DS", shipped_catalog)["team_size"] == 7
    assert understand("3 MLEs, 1 DE and me", shipped_catalog)["team_size"] == 5
    # the writer, then what they are: one person, not two
    assert understand("me, the only data person at a food bank", shipped_catalog)["team_size"] == 1
    assert understand("me, the only data person, and two analysts", shipped_catalog)["team_size"] == 3


@pytest.mark.parametrize(
    "text",
    ["I'm the research software engineer for a group of 8.", "RSE at a university, I look after the JupyterHub.",
     "Research software engineer at a climate institute.", "I'm helping data scientists ship models.",
     "I'm the one helping data scientists ship models.",
     # students are the people served, not the writer
     "random forest that predicts student difficulty level. want to put it behind an api.",
     "Teaching ML next term. The university HPC gives each student a small allocation (1 GPU cap).",
     "We grade ~600 Jupyter notebooks a semester. Built a local autograder for student work.",
     "Azure, the uni has an agreement and research IT hands out subscriptions"],
)
def test_a_research_software_engineer_or_a_helper_names_no_role(shipped_catalog: Catalog, text: str) -> None:
    """A research software engineer is read by people as no role, or as the cluster's platform person, as often as
    a software engineer; and "(I'm the one) helping data scientists" says what the writer does for them, not that
    they are one."""
    assert "persona" not in understand(text, shipped_catalog)


def test_kubernetes_nobody_here_has_touched_is_no_cluster_of_theirs(shipped_catalog: Catalog) -> None:
    facts = understand("We're 100% AWS: S3, Redshift, SageMaker notebooks. Nobody here has ever touched Kubernetes.",
                       shipped_catalog)  # fmt: skip
    assert facts["kubernetes"] is False
    assert understand("we run everything on kubernetes", shipped_catalog)["kubernetes"] is True


@pytest.mark.parametrize(
    ("text", "persona", "budget"),
    [
        ("undergrad here, no gpu, just my laptop and zero money", "researcher", "none"),
        ("broke student, fine-tuning a small BERT", "researcher", "none"),
        ("I'm doing this for my master's thesis and we have zero funding", "researcher", "none"),
        ("MSc student, working alone on a laptop", "researcher", None),
        ("our undergrads label the data for us, we're a team of 4", None, None),
        ("the startup I was at went broke last year", None, None),
    ],
)
def test_students_and_no_money_in_their_own_words(shipped_catalog: Catalog, text: str, persona: str | None,
                                                  budget: str | None) -> None:
    read = understand(text, shipped_catalog)
    assert (read.get("persona"), read.get("budget")) == (persona, budget)


@pytest.mark.parametrize(
    ("text", "pains"),
    [
        ("retraining is automated but deploys are manual kubectl", []),
        ("Retraining is fully automated, while deploys are manual.", []),
        ("retraining is still someone clicking run all", ["manual_retraining"]),
        ("retraining = me rerunning the notebook every month", ["manual_retraining"]),
    ],
)
def test_manual_deploys_beside_automated_retraining_are_no_manual_retraining(shipped_catalog: Catalog, text: str,
                                                                             pains: list[str]) -> None:
    assert list(understand(text, shipped_catalog).get("frustrations", ())) == pains


@pytest.mark.parametrize(
    ("text", "tool"),
    [("Our data scientists prototype in Databricks and hand over a notebook.", "databricks"),
     ("We run on Prefect today and are prototyping Dagster now.", "prefect"),
     ("my manager says we're all-in on MLflow", "mlflow"),
     ("We were on neptune.ai for tracking until they shut down; now a local MLflow.", "mlflow"),
     ("we were on MLflow until now and it works", "mlflow")],
)
def test_tools_used_for_prototypes_or_told_of_by_others_are_still_the_stack(shipped_catalog: Catalog, text: str,
                                                                            tool: str) -> None:
    assert tool in understand(text, shipped_catalog).get("current_stack", ())


@pytest.mark.parametrize(
    ("text", "cloud"),
    [
        ("We have Kubeflow on our Kubernetes cluster, run by the infra team.", None),
        ("I'm a researcher running sweeps on our cluster with Optuna.", None),
        ("The ML folks want to ship models as OCI artifacts through Harbor.", None),
        ("Oracle Cloud shop: we use OCI Data Science notebooks.", "other"),
        ("Training runs on the university cluster with Slurm.", "on_prem"),
        ("Our cluster is air-gapped, so nothing can phone home.", "on_prem"),
    ],
)
def test_a_cluster_of_ours_or_oci_artifacts_say_nothing_of_where_we_run(shipped_catalog: Catalog, text: str,
                                                                          cloud: str | None) -> None:
    assert understand(text, shipped_catalog).get("cloud") == cloud


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("I'm the only ML person at a 40-person fintech.", None),
        ("We're 4 engineers on AWS, one model in production.", None),
        ("I'm the only ML person here, so I train and deploy everything myself.", "ml_engineer"),
        ("I'm an engineer on the search team.", "software_engineer"),
        ("As the eng manager I care about cost; we're 14 engineers across ML and data.", "team_lead"),
        ("I'm an ML engineer at a bank.", "ml_engineer"),
    ],
)
def test_the_only_ml_person_or_a_count_of_engineers_names_no_role(shipped_catalog: Catalog, text: str,
                                                                  persona: str | None) -> None:
    assert understand(text, shipped_catalog).get("persona") == persona


@pytest.mark.parametrize(
    ("text", "workloads"),
    [("We're 3 researchers training protein language models on rented GPUs.", ["other"]),
     ("We fine-tune small language models for support chat.", ["llm"])],
)
def test_protein_language_models_are_biology_not_llm_apps(shipped_catalog: Catalog, text: str,
                                                          workloads: list[str]) -> None:
    assert [w.value for w in understand(text, shipped_catalog).get("workloads", ())] == workloads


@pytest.mark.parametrize(
    ("text", "needs"),
    [
        ("we're 10 researchers, one shared DGX, a spreadsheet to book it. we need a scheduler.", ["compute"]),
        ("15 students share 3 GPU servers and fight over them. Is there a lightweight scheduler?", ["compute"]),
        ("Our monthly retrain is a notebook run by hand. Looking for a simple scheduler for that.",
         ["workflow_orchestration"]),
    ],
)
def test_a_scheduler_asked_for_among_gpus_shares_the_gpus(shipped_catalog: Catalog, text: str,
                                                          needs: list[str]) -> None:
    assert [s.value for s in understand(text, shipped_catalog).get("needs", ())] == needs


def test_zero_visibility_into_what_the_agent_does_is_no_monitoring(shipped_catalog: Catalog) -> None:
    read = understand("our support agent runs on vLLM and we have zero visibility into what it does", shipped_catalog)
    assert [f.value for f in read.get("frustrations", ())] == ["no_monitoring"]


def test_models_retrained_by_cron_that_break_silently(shipped_catalog: Catalog) -> None:
    read = understand("We have ~30 demand forecasting models retrained by cron on a VM, and they break silently.",
                      shipped_catalog)
    assert read.get("maturity") == 1 and [f.value for f in read.get("frustrations", ())] == ["no_monitoring"]
    assert "frustrations" not in understand("the nightly ETL pipeline fails silently sometimes", shipped_catalog)


@pytest.mark.parametrize(
    ("text", "hosted"),
    [("Looking for something managed, budget is fine.", False), ("we'd prefer something hosted", False),
     ("we need something hosted on our own servers", True)],
)
def test_something_managed_is_hosted_tools(shipped_catalog: Catalog, text: str, hosted: bool) -> None:
    assert understand(text, shipped_catalog).get("self_hosted") is hosted


def test_evaluating_fine_tuned_models_is_llm_evaluation(shipped_catalog: Catalog) -> None:
    read = understand("5 of us fine-tuning llama models; need to track experiments and evaluate the fine-tuned models "
                      "before shipping", shipped_catalog)
    assert {s.value for s in read.get("needs", ())} == {"experiment_tracking", "llm_evaluation"}


def test_a_tool_said_to_be_too_heavy_is_one_to_move_off(shipped_catalog: Catalog) -> None:
    """'Kubeflow is way too heavy for us' asks for something else for its job, as 'moving off Kubeflow' does: it is no
    tool of theirs to keep, and no pick."""
    from core.answers import read

    reading = read("Kubeflow is way too heavy for us. 3 MLEs on GKE, we just want simple pipelines for training",
                   shipped_catalog)
    assert "kubeflow" not in reading.facts.get("current_stack", ()) and reading.instead_of == ("kubeflow",)
    assert "ml_pipelines" in {s.value for s in reading.facts.get("needs", ())}
    assert read("we run Kubeflow and it works well", shipped_catalog).facts.get("current_stack") == ("kubeflow",)


@pytest.mark.parametrize(
    ("text", "needs"),
    [("we train xgboost in databricks and need to serve predictions via a REST API with low latency",
      ["model_serving"]),
     ("we need a REST API for our model", ["model_serving"]),
     ("predictions are served from a REST API today and that works fine", [])],
)
def test_serving_predictions_through_an_api_is_model_serving(shipped_catalog: Catalog, text: str,
                                                             needs: list[str]) -> None:
    assert [s.value for s in understand(text, shipped_catalog).get("needs", ())] == needs


@pytest.mark.parametrize(
    ("text", "budget"),
    [
        ("Our MD asked why the recommender costs $40k a month in GPU.", None),  # what it costs, not a tools budget
        ("We label with radiologists at around $200 an hour.", None),
        ("The agent burns $30 of tokens on one request.", None),
        ("We can spend $500 a month on tooling.", "low"),
        ("Budget is ~$2k/month.", "medium"),
        ("We moved to pgvector and the bill dropped by a few hundred a month.", None),  # a bill, said in words
        ("I got a small grant for compute.", "low"),
    ],
)
def test_money_is_a_budget_only_when_it_is_money_for_tools(shipped_catalog: Catalog, text: str,
                                                           budget: str | None) -> None:
    assert understand(text, shipped_catalog).get("budget") == budget


def test_the_setting_said_in_passing(shipped_catalog: Catalog) -> None:
    """A cluster lent by the platform team, a plant's server, and an engineer of another trade."""
    assert understand("We can run workloads in namespaces the platform team gives us on their cluster.",
                      shipped_catalog).get("kubernetes") is True
    assert understand("Two years of data on a plant server.", shipped_catalog).get("cloud") == "on_prem"
    assert "persona" not in understand("I'm a process engineer slowly turning into a data person.", shipped_catalog)


@pytest.mark.parametrize(
    "text",
    ["Data engineer on Databricks (Azure). Our DS team of 5 logs everything to MLflow already.",
     "Analytics engineer here, our whole world is dbt on Snowflake.",
     "I'm a data engineer supporting a DS team of ten."],
)  # fmt: skip
def test_a_data_or_analytics_engineer_is_no_software_engineer(shipped_catalog: Catalog, text: str) -> None:
    """Their role is none of the five the interview offers for sure, so it is asked, not guessed."""
    assert "persona" not in understand(text, shipped_catalog)
    assert understand("I'm a backend engineer on a team of 4", shipped_catalog)["persona"] == "software_engineer"


@pytest.mark.parametrize(
    "text",
    ["Everything runs on two big boxes in a server room down the hall.",
     "We serve three fine-tuned 8B models on our own 4xH100 box.",
     "Academic group, 15 students sharing 3 GPU servers.",
     "EU-only, our own Kubernetes in a German DC.",
     "Everything runs on two Dell PowerEdge servers in the packhouse office.",
     "Images can't leave, so training runs on one GPU server under a desk in the QA office.",
     "We run Label Studio on a machine in the lab.",
     "we train small anomaly models on one workstation at the plant",
     "we train ASR models on our own 4-GPU server",
     "We self-host the ClearML server on our intranet."],
)
def test_machines_of_their_own_are_on_premises(shipped_catalog: Catalog, text: str) -> None:
    assert understand(text, shipped_catalog).get("cloud") == "on_prem"


def test_cloud_machines_of_their_own_are_that_cloud_and_no_rule(shipped_catalog: Catalog) -> None:
    read = understand("we run on our own EC2 boxes", shipped_catalog)
    assert read.get("cloud") == "aws" and "self_hosted" not in read


def test_two_ways_weighed_for_a_job_ask_for_it(shipped_catalog: Catalog) -> None:
    read = understand("should we compare a SageMaker endpoint vs our own EC2 boxes for serving?", shipped_catalog)
    assert read.get("cloud") == "aws" and list(read.get("needs", ())) == ["model_serving"]
    # bare "pipelines" after orchestrators weighed is their job, orchestration, not ML pipelines
    assert "ml_pipelines" not in understand("prefect or airflow for our pipelines?", shipped_catalog).get("needs", [])


def test_docs_on_an_intranet_or_a_git_server_of_their_own_say_nothing_of_where_they_run(
    shipped_catalog: Catalog,
) -> None:
    assert "cloud" not in understand("Internal library docs live only on our intranet.", shipped_catalog)
    assert "cloud" not in understand("need model registry + run tracking + our own git server", shipped_catalog)


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("We're 40 engineers, 6 do ML. I'm the backend dev who got pulled in.", 6),
        ("25 in data overall, 9 of them build models", 9),
        ("The company has 12 data scientists but only 2 will use this.", 2),
        ("I run the platform for 25 of them, we're on AKS.", 25),
        ("Not the ML person, I'm the CTO of a 12-person startup. We have two ML engineers.", 2),
        ("I'm a data scientist at a 10-person agency, we're 2 DS.", 2),
        ("We went from 4 to 22 data scientists in 18 months.", 22),
        ("Our ML team is somewhere between 14 and 16 people depending on contractors.", 15),
        ("Numbers: 18 models, 4 DS, 2 MLE, plus me as lead.", 7),
        ("We have 200 TB in S3 and 3 ML engineers, me being one.", 3),
        ("Our ML group is 6 people, 2 of them researchers who only use notebooks.", 6),
        ("The ML 'team' is two backend engineers, me included.", 2),
        ("I'm a postdoc; our group is 5.", 5),
        ("A dozen-ish data scientists, plus me running the infra for them.", 12),
        ("Half the org of 80 does ML in some form.", None),
        ("I'm a DS in a team of somewhere between 15 and 25 depending on how you count.", None),
        ("Team: 5 ML engineers, plus 3 data engineers in another group.", 5),
    ],
)
def test_the_team_among_other_numbers(text: str, size: int | None) -> None:
    """The ML team's size said beside the company's, a subset, a growth, a range or the writer's own place in it."""
    assert team_size_in(text.lower()) == size
