"""The stable ids of DESIGN.md: catalog, profiles, tests and the JSON interface use exactly these."""

from __future__ import annotations

from enum import StrEnum


class Persona(StrEnum):
    RESEARCHER = "researcher"
    SOFTWARE_ENGINEER = "software_engineer"
    ML_ENGINEER = "ml_engineer"
    PLATFORM_ENGINEER = "platform_engineer"
    TEAM_LEAD = "team_lead"


class Framework(StrEnum):
    """An ML framework a tool works only with (TF Serving serves TensorFlow models and nothing else)."""

    TENSORFLOW = "TensorFlow"
    KERAS = "Keras"
    PYTORCH = "PyTorch"
    H2O = "H2O"  # H2O-3's grid search and AutoML tune its own algorithms


class Evaluates(StrEnum):
    """What an LLM-evaluation tool evaluates: the need is one word, the tools answer different questions."""

    MODELS = "models"  # a language model itself, on benchmarks (what someone training or fine-tuning asks)
    APPLICATIONS = "applications"  # an app built on models: RAG answers, agents, prompts


class Governs(StrEnum):
    """What a governance tool governs: the need is one word, the tools answer different questions."""

    DATA = "data"  # catalogs and lineage: which data exists, where it came from, who may use it
    MODELS = "models"  # model inventory, risk, documentation and approvals: oversight of the models a team runs
    FAIRNESS = "fairness"  # fairness metrics and mitigation for a model: one check a model review runs, not the review
    LLM_APPS = "llm_apps"  # guardrails that screen an LLM app's inputs and outputs


class Cloud(StrEnum):
    AWS = "aws"
    GCP = "gcp"
    AZURE = "azure"
    ON_PREM = "on_prem"
    OTHER = "other"
    NONE = "none"


class Workload(StrEnum):
    TABULAR = "tabular"
    COMPUTER_VISION = "computer_vision"
    NLP = "nlp"
    LLM = "llm"
    TIME_SERIES = "time_series"
    RECOMMENDER = "recommender"
    SPEECH = "speech"
    OTHER = "other"


class Stage(StrEnum):
    # research loop
    DATA_LABELING = "data_labeling"
    DATA_VERSIONING = "data_versioning"
    DATA_VALIDATION = "data_validation"
    FEATURE_STORE = "feature_store"
    NOTEBOOKS = "notebooks"
    EXPERIMENT_TRACKING = "experiment_tracking"
    HYPERPARAMETER_TUNING = "hyperparameter_tuning"
    ML_PIPELINES = "ml_pipelines"
    MODEL_REGISTRY = "model_registry"
    LLM_EVALUATION = "llm_evaluation"
    # software loop
    SOURCE_CONTROL = "source_control"
    CI_CD = "ci_cd"
    CONTAINERS = "containers"
    WORKFLOW_ORCHESTRATION = "workflow_orchestration"
    COMPUTE = "compute"
    MODEL_SERVING = "model_serving"
    MODEL_MONITORING = "model_monitoring"
    LLM_OBSERVABILITY = "llm_observability"
    VECTOR_SEARCH = "vector_search"
    GOVERNANCE = "governance"


RESEARCH_LOOP: tuple[Stage, ...] = tuple(list(Stage)[:10])
SOFTWARE_LOOP: tuple[Stage, ...] = tuple(list(Stage)[10:])


class Frustration(StrEnum):
    STUCK_IN_NOTEBOOKS = "stuck_in_notebooks"
    CANT_REPRODUCE = "cant_reproduce"
    SLOW_HANDOFF = "slow_handoff"
    NO_MONITORING = "no_monitoring"
    DATA_QUALITY = "data_quality"
    MANUAL_RETRAINING = "manual_retraining"
    LABELING_BOTTLENECK = "labeling_bottleneck"
    LLM_QUALITY_UNKNOWN = "llm_quality_unknown"
    COMPUTE_ACCESS = "compute_access"
    TOO_MANY_TOOLS = "too_many_tools"


class Budget(StrEnum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class ScopePreference(StrEnum):
    PIECEMEAL = "piecemeal"
    ALL_IN_ONE = "all_in_one"
    NO_PREFERENCE = "no_preference"


class Category(StrEnum):
    GENERAL_CLOUD = "general_cloud"
    VENDOR_AI_PLATFORM = "vendor_ai_platform"
    BIG_DATA_IAAS = "big_data_iaas"
    ML_IAAS = "ml_iaas"
    HIGH_COVERAGE_SAAS = "high_coverage_saas"
    ML_PROJECT_FRAMEWORK = "ml_project_framework"
    ML_TASK_ORCHESTRATOR = "ml_task_orchestrator"
    EXPERIMENTATION_PLATFORM = "experimentation_platform"
    DATA_VERSION_CONTROL = "data_version_control"
    SINGLE_COMPONENT_ML = "single_component_ml"
    DATA_ORCHESTRATOR = "data_orchestrator"
    CI_CD = "ci_cd"
    COMMON_SWE_STACK = "common_swe_stack"
    NO_CODE_ML_PLATFORM = "no_code_ml_platform"
    CUSTOM_ML_PLATFORM = "custom_ml_platform"


class Quadrant(StrEnum):
    CLOUD_PLATFORM = "cloud_platform"
    ML_PLATFORM = "ml_platform"
    SPECIALIZED_ML = "specialized_ml"
    STANDARD_SWE = "standard_swe"


class Ring(StrEnum):
    ADOPT = "adopt"
    TRIAL = "trial"
    ASSESS = "assess"
    HOLD = "hold"


class Deployment(StrEnum):
    SAAS = "saas"
    SELF_HOSTED = "self_hosted"
    MANAGED_CLOUD = "managed_cloud"


class ComputeSource(StrEnum):
    """Where the machines a compute tool runs work on come from."""

    RENTED = "rented"  # it rents you machines: a GPU cloud, serverless GPUs, a hosted platform's own fleet
    FREE_QUOTA = "free_quota"  # free, best-effort GPU sessions within quotas (hosted notebooks)
    YOURS = "yours"  # machines or cloud accounts you bring: a cluster, your cloud credentials, Kubernetes


class Pricing(StrEnum):
    FREE = "free"
    FREEMIUM = "freemium"
    PAID = "paid"
    USAGE_BASED = "usage_based"


class Status(StrEnum):
    ACTIVE = "active"
    MAINTENANCE = "maintenance"
    DEPRECATED = "deprecated"
    ARCHIVED = "archived"
    SHUT_DOWN = "shut_down"


class EventKind(StrEnum):
    """What changed in a tool's history."""

    RENAMED = "renamed"
    ACQUIRED = "acquired"
    RELICENSED = "relicensed"
    MAINTENANCE = "maintenance"
    DEPRECATED = "deprecated"
    ARCHIVED = "archived"
    SHUT_DOWN = "shut_down"


#: The catalog id of Kubernetes itself: a team that runs clusters ("kubernetes": true) runs it.
KUBERNETES_ID = "kubernetes"

#: Stages that call for a specialist tool: general infrastructure never fills them (issue: "whole
#: clouds, libraries and general infrastructure in specialist slots").
SPECIALIST_STAGES = frozenset(
    {
        Stage.DATA_LABELING, Stage.DATA_VERSIONING, Stage.DATA_VALIDATION, Stage.FEATURE_STORE,
        Stage.NOTEBOOKS, Stage.EXPERIMENT_TRACKING, Stage.HYPERPARAMETER_TUNING, Stage.ML_PIPELINES,
        Stage.MODEL_REGISTRY, Stage.LLM_EVALUATION, Stage.MODEL_SERVING, Stage.MODEL_MONITORING,
        Stage.LLM_OBSERVABILITY, Stage.VECTOR_SEARCH, Stage.GOVERNANCE,
    }
)  # fmt: skip

#: Categories of general infrastructure: context for the advice, never a specialist pick.
GENERAL_INFRASTRUCTURE = frozenset({Category.GENERAL_CLOUD, Category.COMMON_SWE_STACK})

#: Statuses that rule a tool out for new adoption.
NOT_FOR_NEW_ADOPTION = frozenset(
    {Status.SHUT_DOWN, Status.ARCHIVED, Status.DEPRECATED, Status.MAINTENANCE}
)

FRUSTRATION_STAGES: dict[Frustration, tuple[Stage, ...]] = {
    Frustration.STUCK_IN_NOTEBOOKS: (Stage.ML_PIPELINES, Stage.WORKFLOW_ORCHESTRATION),
    Frustration.CANT_REPRODUCE: (
        Stage.EXPERIMENT_TRACKING,
        Stage.DATA_VERSIONING,
        Stage.SOURCE_CONTROL,
    ),
    Frustration.SLOW_HANDOFF: (Stage.MODEL_REGISTRY, Stage.MODEL_SERVING, Stage.CONTAINERS),
    Frustration.NO_MONITORING: (Stage.MODEL_MONITORING,),
    Frustration.DATA_QUALITY: (Stage.DATA_VALIDATION,),
    Frustration.MANUAL_RETRAINING: (Stage.ML_PIPELINES, Stage.WORKFLOW_ORCHESTRATION),
    Frustration.LABELING_BOTTLENECK: (Stage.DATA_LABELING,),
    Frustration.LLM_QUALITY_UNKNOWN: (Stage.LLM_EVALUATION, Stage.LLM_OBSERVABILITY),
    Frustration.COMPUTE_ACCESS: (Stage.COMPUTE,),
    Frustration.TOO_MANY_TOOLS: (),
}

CATEGORY_QUADRANT: dict[Category, Quadrant] = {
    Category.GENERAL_CLOUD: Quadrant.CLOUD_PLATFORM,
    Category.VENDOR_AI_PLATFORM: Quadrant.CLOUD_PLATFORM,
    Category.BIG_DATA_IAAS: Quadrant.CLOUD_PLATFORM,
    Category.ML_IAAS: Quadrant.CLOUD_PLATFORM,
    Category.HIGH_COVERAGE_SAAS: Quadrant.ML_PLATFORM,
    Category.ML_PROJECT_FRAMEWORK: Quadrant.ML_PLATFORM,
    Category.ML_TASK_ORCHESTRATOR: Quadrant.ML_PLATFORM,
    Category.NO_CODE_ML_PLATFORM: Quadrant.ML_PLATFORM,
    Category.CUSTOM_ML_PLATFORM: Quadrant.ML_PLATFORM,
    Category.EXPERIMENTATION_PLATFORM: Quadrant.SPECIALIZED_ML,
    Category.DATA_VERSION_CONTROL: Quadrant.SPECIALIZED_ML,
    Category.SINGLE_COMPONENT_ML: Quadrant.SPECIALIZED_ML,
    Category.DATA_ORCHESTRATOR: Quadrant.STANDARD_SWE,
    Category.CI_CD: Quadrant.STANDARD_SWE,
    Category.COMMON_SWE_STACK: Quadrant.STANDARD_SWE,
}

DEFAULT_RING: dict[Category, Ring] = {
    Category.GENERAL_CLOUD: Ring.ADOPT,
    Category.COMMON_SWE_STACK: Ring.ADOPT,
    Category.CI_CD: Ring.ADOPT,
    Category.DATA_ORCHESTRATOR: Ring.ADOPT,
    Category.VENDOR_AI_PLATFORM: Ring.TRIAL,
    Category.ML_IAAS: Ring.TRIAL,
    Category.BIG_DATA_IAAS: Ring.TRIAL,
    Category.EXPERIMENTATION_PLATFORM: Ring.TRIAL,
    Category.DATA_VERSION_CONTROL: Ring.TRIAL,
    Category.SINGLE_COMPONENT_ML: Ring.TRIAL,
    Category.HIGH_COVERAGE_SAAS: Ring.ASSESS,
    Category.ML_PROJECT_FRAMEWORK: Ring.ASSESS,
    Category.ML_TASK_ORCHESTRATOR: Ring.ASSESS,
    Category.NO_CODE_ML_PLATFORM: Ring.HOLD,
    Category.CUSTOM_ML_PLATFORM: Ring.HOLD,
}

#: What each ring means, in the words of the essay's technology radar.
RING_MEANING: dict[Ring, str] = {
    Ring.ADOPT: "Adopt: proven and low-risk; use it by default",
    Ring.TRIAL: "Trial: worth pursuing on a project that can handle some risk",
    Ring.ASSESS: "Assess: explore with a spike to see how it fits before committing",
    Ring.HOLD: "Hold: don't start anything new with it",
}


def quadrant_of(focus: float, scope: float) -> Quadrant:
    """Place a point of the landscape map in its quadrant (zero counts as positive)."""
    if scope >= 0:
        return Quadrant.ML_PLATFORM if focus >= 0 else Quadrant.CLOUD_PLATFORM
    return Quadrant.SPECIALIZED_ML if focus >= 0 else Quadrant.STANDARD_SWE


LABELS: dict[str, str] = {
    # personas
    "researcher": "ML researcher / data scientist",
    "software_engineer": "Software engineer",
    "ml_engineer": "ML engineer",
    "platform_engineer": "ML platform engineer",
    "team_lead": "Team lead / manager",
    # clouds
    "aws": "AWS",
    "gcp": "Google Cloud",
    "azure": "Azure",
    "on_prem": "On-prem / own data centre",
    "other": "Other",
    "none": "No cloud (laptop only)",
    # workloads
    "tabular": "Tabular",
    "computer_vision": "Computer vision",
    "nlp": "NLP",
    "llm": "LLM apps",
    "time_series": "Time series",
    "recommender": "Recommenders",
    "speech": "Speech",
    # stages
    "data_labeling": "Data labeling",
    "data_versioning": "Data versioning",
    "data_validation": "Data validation",
    "feature_store": "Feature store",
    "notebooks": "Notebooks",
    "experiment_tracking": "Experiment tracking",
    "hyperparameter_tuning": "Hyperparameter tuning",
    "ml_pipelines": "ML pipelines",
    "model_registry": "Model registry",
    "llm_evaluation": "LLM evaluation",
    "source_control": "Source control",
    "ci_cd": "CI/CD",
    "containers": "Containers",
    "workflow_orchestration": "Workflow orchestration",
    "compute": "Compute / GPUs",
    "model_serving": "Model serving",
    "model_monitoring": "Model monitoring",
    "llm_observability": "LLM observability",
    "vector_search": "Vector search",
    "governance": "Governance",
    # frustrations
    "stuck_in_notebooks": "Stuck in notebooks",
    "cant_reproduce": "Can't reproduce results",
    "slow_handoff": "Slow hand-off to production",
    "no_monitoring": "No monitoring in production",
    "data_quality": "Data quality problems",
    "manual_retraining": "Retraining is manual",
    "labeling_bottleneck": "Labeling is a bottleneck",
    "llm_quality_unknown": "We can't tell if our LLM's answers are good",
    "compute_access": "Hard to get GPUs / compute",
    "too_many_tools": "Too many tools already",
    # budget
    "low": "Low",
    "medium": "Medium",
    "high": "High",
    # scope
    "piecemeal": "Best-of-breed pieces",
    "all_in_one": "One all-in-one platform",
    "no_preference": "No preference",
    # quadrants
    "cloud_platform": "Cloud platforms",
    "ml_platform": "ML platforms",
    "specialized_ml": "Specialized ML tools",
    "standard_swe": "Standard software tools",
    # deployment and pricing
    "saas": "SaaS",
    "self_hosted": "Self-hosted",
    "managed_cloud": "Managed in your cloud",
    "usage_based": "Usage-based",
    # rings
    "adopt": "Adopt",
    "trial": "Trial",
    "assess": "Assess",
    "hold": "Hold",
}


def label(value: str) -> str:
    """A friendly label for a vocabulary id (the id itself, prettified, when none is known)."""
    return LABELS.get(value, value.replace("_", " ").capitalize())


def with_former_name(name: str, former: str | None) -> str:
    """A renamed tool's name with the one people still know it by: "Gemini Enterprise Agent Platform (formerly Vertex
    AI)"; the name alone when there is none."""
    return f"{name} (formerly {former})" if former else name


def label_in_text(value: str) -> str:
    """The label as it reads inside a sentence: lower case, but acronyms kept ("ML pipelines")."""
    return " ".join(
        word if any(c.isupper() for c in word[1:]) or word.isupper() else word.lower()
        for word in label(value).split(" ")
    )
