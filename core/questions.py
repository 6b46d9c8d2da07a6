"""The question bank: what the waiter asks, which profile field each answer fills, and when it fits."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from core.profile import Profile
from core.vocabulary import (
    Budget,
    Cloud,
    Frustration,
    Persona,
    ScopePreference,
    Stage,
    Workload,
    label,
)


class Phase(StrEnum):
    MEET = "meet"
    IDENTIFY = "identify"


class Kind(StrEnum):
    SINGLE = "single"  # one option
    MULTI = "multi"  # several options
    NUMBER = "number"  # a whole number
    YES_NO = "yes_no"  # a boolean
    TOOLS = "tools"  # catalog tool names
    OPEN = "open"  # a sentence about oneself, read for every field


class Option(BaseModel):
    model_config = ConfigDict(frozen=True)

    value: str
    label: str


class Question(BaseModel):
    """One question; its id is the profile field it fills (the opening question fills any of them)."""

    model_config = ConfigDict(frozen=True)

    id: str
    phase: Phase
    kind: Kind
    prompt: str
    help: str
    options: tuple[Option, ...] = ()
    skippable: bool = True

    @property
    def field(self) -> str:
        return self.id

    def option_values(self) -> tuple[str, ...]:
        return tuple(option.value for option in self.options)

    def numbered(self) -> tuple[tuple[int, Option], ...]:
        """The options with the numbers a person types for them: a scale's own numbers (maturity levels
        0, 1 and 2, so "1" is level 1), otherwise 1, 2, 3 … in order."""
        if self.options and all(option.value.isdigit() for option in self.options):
            return tuple((int(option.value), option) for option in self.options)
        return tuple(enumerate(self.options, 1))


def _options(values: object) -> tuple[Option, ...]:
    return tuple(Option(value=str(v), label=label(str(v))) for v in values)  # type: ignore[attr-defined]


_YES_NO = (Option(value="true", label="Yes"), Option(value="false", label="No"))

#: Tool ids offered as buttons for "what do you use today"; any catalog name can be typed.
COMMON_STACK = (
    "git", "github", "gitlab", "jupyterlab", "docker", "kubernetes", "apache-airflow", "mlflow",
    "weights-and-biases", "dvc", "amazon-sagemaker-ai", "vertex-ai", "azure-machine-learning",
    "databricks", "github-actions", "prefect", "dagster", "kubeflow", "ray", "langfuse",
)  # fmt: skip

OPENING = "opening"

QUESTIONS: tuple[Question, ...] = (
    Question(
        id=OPENING, phase=Phase.MEET, kind=Kind.OPEN,
        prompt="Tell me about your ML work in a sentence or two: your role, how many you are, what you build, "
        "where you run things (cloud, Kubernetes), what hurts and what you need. Or just pick your role.",
        help="Write it as you would to a colleague, e.g. “I'm an ML engineer, we're 5 people training tabular "
        "models on AWS without Kubernetes, we can't reproduce anything and we need experiment tracking”. I'll "
        "only ask about what's left.",
        options=_options(Persona),
    ),
    Question(
        id="persona", phase=Phase.MEET, kind=Kind.SINGLE,
        prompt="First, which of these describes you best?",
        help="Researchers live in experiments and notebooks; software engineers ship services; "
        "ML engineers do both; platform engineers build for other ML people.",
        options=_options(Persona),
    ),
    Question(
        id="team_size", phase=Phase.MEET, kind=Kind.NUMBER,
        prompt="How many people work on ML in your team? (a number is fine)",
        help="Tools that suit a solo researcher differ from what a 50-person team needs. "
        "Type a number, e.g. 5.",
    ),
    Question(
        id="maturity", phase=Phase.MEET, kind=Kind.SINGLE,
        prompt="How do models get trained and shipped today?",
        help="This is Google's MLOps maturity scale: level 0 is manual work in notebooks and scripts, "
        "level 1 automates training pipelines, level 2 adds CI/CD for pipelines and models.",
        options=(
            Option(value="0", label="By hand: notebooks and scripts"),
            Option(value="1", label="Automated training pipelines"),
            Option(value="2", label="CI/CD for pipelines and models"),
        ),
    ),
    Question(
        id="cloud", phase=Phase.MEET, kind=Kind.SINGLE,
        prompt="Where does your ML work run?",
        help="Some tools only exist on one cloud; knowing yours rules them in or out.",
        options=_options(Cloud),
    ),
    Question(
        id="kubernetes", phase=Phase.MEET, kind=Kind.YES_NO,
        prompt="Can your team run workloads on a Kubernetes cluster?",
        help="Several open-source platforms (Kubeflow, KServe, …) need Kubernetes. "
        "If nobody runs a cluster for you, say no.",
        options=_YES_NO,
    ),
    Question(
        id="current_stack", phase=Phase.MEET, kind=Kind.TOOLS,
        prompt="Which tools do you already use? Pick some or type their names (or 'none').",
        help="Type tool names separated by commas, e.g. 'git, airflow, mlflow'. "
        "I'll suggest tools that work with what you have, and won't re-sell you what you use.",
    ),
    Question(
        id="workloads", phase=Phase.MEET, kind=Kind.MULTI,
        prompt="What kinds of models do you work on? Pick all that apply.",
        help="Some tools are made for one kind of work (labeling images, evaluating LLM apps, …).",
        options=_options(Workload),
    ),
    Question(
        id="frustrations", phase=Phase.IDENTIFY, kind=Kind.MULTI,
        prompt="What hurts most today? Pick all that apply.",
        help="Each frustration points at parts of the ML lifecycle; e.g. 'can't reproduce results' "
        "points at experiment tracking and data versioning.",
        options=_options(Frustration),
    ),
    Question(
        id="needs", phase=Phase.IDENTIFY, kind=Kind.MULTI,
        prompt="Which parts of the ML lifecycle do you want help with?",
        help="The research loop (data, experiments, pipelines, registry) and the software loop "
        "(CI/CD, serving, monitoring). Pick the ones you want a tool for.",
        options=_options(Stage),
    ),
    Question(
        id="open_source_only", phase=Phase.IDENTIFY, kind=Kind.YES_NO,
        prompt="Must the tools be open source (an OSI licence)?",
        help="Source-available licences such as BUSL, SSPL or Elastic do not count as open source.",
        options=_YES_NO,
    ),
    Question(
        id="self_hosted", phase=Phase.IDENTIFY, kind=Kind.YES_NO,
        prompt="Must data and tools run on your own infrastructure (no SaaS)?",
        help="Say yes if your data may not leave your own accounts or data centre.",
        options=_YES_NO,
    ),
    Question(
        id="budget", phase=Phase.IDENTIFY, kind=Kind.SINGLE,
        prompt="What budget do you have for tools?",
        help="'Free only' rules out paid products; the others let me weigh cost against effort.",
        options=(
            Option(value=Budget.NONE, label="Free only"),
            Option(value=Budget.LOW, label="Low"),
            Option(value=Budget.MEDIUM, label="Medium"),
            Option(value=Budget.HIGH, label="High"),
        ),
    ),
    Question(
        id="scope_preference", phase=Phase.IDENTIFY, kind=Kind.SINGLE,
        prompt="Do you prefer one all-in-one platform or best-of-breed pieces?",
        help="All-in-one platforms cover more with one vendor; pieces fit better but need glue.",
        options=_options(ScopePreference),
    ),
)  # fmt: skip

BY_ID: dict[str, Question] = {question.id: question for question in QUESTIONS}


def is_relevant(question: Question, profile: Profile) -> bool:
    """Does the question make sense for this person (e.g. no Kubernetes talk on a laptop)?"""
    if question.id == "kubernetes":
        return profile.cloud is not Cloud.NONE
    if question.id == "self_hosted":
        return profile.cloud is not Cloud.ON_PREM  # on-prem already means self-hosted
    if question.id == OPENING:
        return not profile.known()  # a sentence already read (or any answer) makes it moot
    return True


def open_questions(profile: Profile, done: frozenset[str], phase: Phase | None = None) -> list[Question]:
    """Relevant questions, in bank order, whose field is unknown and that were not skipped."""
    known = profile.known()
    return [
        question
        for question in QUESTIONS
        if (phase is None or question.phase is phase)
        and question.id not in known
        and question.id not in done
        and is_relevant(question, profile)
    ]
