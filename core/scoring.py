"""The score of one tool for one profile: a sum of named factors a person can follow.

Each factor adds points and, when it matters, a reason in the user's own terms (for a pick) or a
note (for "why not X"). Building the words is optional, so the interviewer can rank fast.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from types import MappingProxyType
from typing import Literal, NamedTuple
from weakref import WeakKeyDictionary

from core.catalog import Catalog, Tool, edition_of
from core.constraints import free_sessions_only, hosted_jobs, paid_jobs, violations
from core.profile import Profile
from core.recommendation import Critique, CritiqueKind
from core.vocabulary import (
    GENERAL_INFRASTRUCTURE,
    KUBERNETES_ID,
    Budget,
    Category,
    Cloud,
    ComputeSource,
    Deployment,
    Evaluates,
    Frustration,
    Governs,
    Persona,
    Pricing,
    Ring,
    ScopePreference,
    Stage,
    Workload,
    label,
    label_in_text,
)

#: Weight of a wanted stage by where it came from: a stated need counts more than an implied one.
NEED_WEIGHT = 1.0
FRUSTRATION_WEIGHT = 0.6
NEXT_STEP_WEIGHT = 0.5
KEPT_WEIGHT = 0.25
#: Weight of alternatives for a job they run a tool for, when a pain says that tool falls short there.
STILL_HURTING_WEIGHT = 0.6

#: A tool whose latest release is older than this many days has gone quiet.
QUIET_DAYS = 365
#: Points off a tool gone quiet: as much a misfit as a tool made for another kind of work (OTHER_WORK).
#: On the development panels 0.4 let quiet tools (NannyML, Frouros) take second options for monitoring
#: that the panels rejected; 0.6 and 0.8 gave the same picks.
QUIET_POINTS = 0.6
#: A release at most this many days old shows a tool under active development.
ACTIVE_DAYS = 183
#: A tool first released at least this many years ago, and still active, has a track record.
PROVEN_YEARS = 5

#: Asking for governance alongside these makes it a question about data (catalogs, lineage); alongside
#: model stages (below) or nothing of either, about models; with LLM work, also about guardrails on the app.
DATA_GOVERNANCE_STAGES = frozenset({Stage.DATA_VERSIONING, Stage.DATA_VALIDATION, Stage.FEATURE_STORE})
#: Stages about models themselves: asked beside governance, the models are what is governed too.
MODEL_SIDE_STAGES = frozenset({Stage.EXPERIMENT_TRACKING, Stage.HYPERPARAMETER_TUNING, Stage.ML_PIPELINES,
                               Stage.MODEL_REGISTRY, Stage.MODEL_SERVING, Stage.MODEL_MONITORING})
#: The stages of someone building LLM apps: evaluating them and watching them.
LLM_APP_STAGES = frozenset({Stage.LLM_EVALUATION, Stage.LLM_OBSERVABILITY})
#: How much a tool fills a need when it answers another kind of it than the one asked (a data catalog
#: for a team that asked to govern its models, a benchmark harness for a RAG app): a fallback, not an answer.
OTHER_KIND = 0.5


#: Of a need for oversight of models, how much a fairness library fills it: one check a model review runs, where
#: a catalog that holds models beside data (lineage, owners, an inventory) is the nearer answer. On the
#: development panels a fairness library for model governance was accepted 9 times in 22, a data catalog 25 in 29.
ONE_CHECK = OTHER_KIND / 2


#: Kinds of work whose data is a medium of its own (images, text, audio): a tool made only for some of them handles
#: that medium alone. Language models and other NLP share one medium, text.
MEDIA: dict[Workload, str] = {Workload.COMPUTER_VISION: "images", Workload.NLP: "text", Workload.LLM: "text",
                              Workload.SPEECH: "audio"}


def _media_of(profile: Profile) -> frozenset[str] | None:
    """The media of the work they said they do (text too when they ask to evaluate or trace an LLM app, which is LLM
    work whatever else they build); None when they said nothing of it, or work they call "other", which may be in
    any medium."""
    work = profile.workloads
    if not work or Workload.OTHER in work:
        return None
    media = {MEDIA[w] for w in work if w in MEDIA}
    if set(profile.needs or ()) & LLM_APP_STAGES:
        media.add("text")
    return frozenset(media)


def _llm_apps_of(profile: Profile) -> bool | None:
    """Do they build on LLMs: said as their work or as an LLM app's jobs asked for; None when their work is unsaid."""
    if Workload.LLM in (profile.workloads or ()) or set(profile.needs or ()) & LLM_APP_STAGES:
        return True
    return False if profile.workloads else None


def other_media(tool: Tool, wanted: Wanted) -> bool:
    """Is the tool made only for media the team does not work with (an image annotator for a team that labels text,
    an LLM guardrail for a team of tabular models that asks nothing of an LLM app)? No answer for them, whatever it
    scores: on the development panels such picks were accepted in none of seven (2026-12-05). A guardrail on an LLM
    app's traffic is also no answer for a team that said its work and named no LLM in it (text classifiers,
    physics models: work called "other" may be in any medium, but it is not an LLM app)."""
    if wanted.llm_apps is False and _governs_llm_apps_only(tool):
        return True
    media = _media_made_for(tool)
    return wanted.media is not None and media is not None and not media & wanted.media


def other_media_text(tool: Tool, wanted: Wanted) -> str:
    """Why a tool `other_media` rules out is no pick, in words: what it is made for against what they do."""
    if wanted.llm_apps is False and _governs_llm_apps_only(tool):
        return "it guards LLM apps only, and the work you described builds no LLM app"
    return f"it is made for {_kinds_of_work(tool.workloads)} work only, and yours is another kind"


def _governs_llm_apps_only(tool: Tool) -> bool:
    """A governance tool for LLM apps alone: runtime guardrails and policies on AI traffic."""
    return bool(tool.governs) and set(tool.governs) <= {Governs.LLM_APPS} \
        and set(tool.primary_stages) <= {Stage.GOVERNANCE}


def _media_made_for(tool: Tool) -> frozenset[str] | None:
    """The only media the tool is made for: a governance tool for LLM apps alone (runtime guardrails on AI traffic)
    governs text; otherwise the media of its kinds of work, or None when it is made for any."""
    if _governs_llm_apps_only(tool):
        return frozenset({"text"})
    if not tool.workloads or not set(tool.workloads) <= set(MEDIA):
        return None
    return frozenset(MEDIA[w] for w in tool.workloads)


def kind_fit(tool: Tool, stage: Stage, asked: frozenset[str] | None) -> float:
    """How far the tool answers the kind of the stage's job asked (1), or only another kind (OTHER_KIND, less for a
    fairness library asked to govern models); 1 when no kind is asked."""
    kinds = tool.kinds(stage)
    if not asked or asked & kinds:
        return 1.0
    return ONE_CHECK if Governs.MODELS in asked and set(kinds) <= {Governs.FAIRNESS} else OTHER_KIND


#: Asking for LLM evaluation alongside these, and none of LLM_APP_SIDE, is evaluating models being
#: trained or fine-tuned (benchmarks); otherwise it is evaluating an application built on them.
MODEL_BUILDING_STAGES = frozenset({Stage.COMPUTE, Stage.EXPERIMENT_TRACKING, Stage.HYPERPARAMETER_TUNING})
TRAINING_STAGES = frozenset({Stage.COMPUTE, Stage.HYPERPARAMETER_TUNING})
LLM_APP_SIDE = frozenset({Stage.LLM_OBSERVABILITY, Stage.VECTOR_SEARCH})

#: Points for a tool made for the person's kind of work, and for one made for another kind.
FITS_WORK, OTHER_WORK = 0.25, -0.6
#: With the kind of work unsaid, a tool made for LLM work only is weighed by how likely that is only when it is at
#: least this likely (they asked for an LLM app's jobs); below it, it is as much a misfit as for someone who said
#: another kind. With the development panels' work left unsaid, this kept precision (3353/4184 -> 3358/4175) and cost
#: 3 hits of 1700, scenarios whose own opening sentence names the LLM work.
LIKELY_WORK = 0.5
#: Points for a tool's radar ring. Adopt and Trial are both rings to use (by default, or on a project that can take
#: some risk); Assess is one to explore with a spike before committing, which is no pick to start on while a tool
#: to use does the job: it stands nearer Hold than Trial (on the development panels, Assess picks were accepted 66
#: times in 126 where Trial picks were 655 times in 817).
RING_POINTS = {Ring.ADOPT: 0.2, Ring.TRIAL: 0.1, Ring.ASSESS: -0.3, Ring.HOLD: -0.6}
PERSONA_FOCUS = {
    Persona.RESEARCHER: 0.7,
    Persona.ML_ENGINEER: 0.3,
    Persona.SOFTWARE_ENGINEER: -0.5,
    Persona.PLATFORM_ENGINEER: -0.3,
    Persona.TEAM_LEAD: 0.0,
}
BIG_CLOUDS = (Cloud.AWS, Cloud.GCP, Cloud.AZURE)

#: The next maturity step, as the stages it needs (Google's levels 0 → 1 → 2).
NEXT_STEP_STAGES: dict[int, tuple[Stage, ...]] = {
    0: (Stage.ML_PIPELINES, Stage.EXPERIMENT_TRACKING),
    1: (Stage.CI_CD, Stage.MODEL_REGISTRY),
    2: (Stage.MODEL_MONITORING, Stage.DATA_VALIDATION),
}


#: The first jobs of an LLM app, for a team whose only work is LLM apps: a test set to score its answers against,
#: then traces of what it does in production (the advice says so too). The maturity levels above are a trained
#: model's path: pipelines and experiment tracking are not where an app built on a hosted LLM starts.
LLM_APP_STEPS = (Stage.LLM_EVALUATION, Stage.LLM_OBSERVABILITY)


def next_steps(profile: Profile) -> tuple[Stage, ...]:
    """The jobs of their next step, when nothing they asked is left to do."""
    if set(profile.workloads or ()) == {Workload.LLM} and profile.persona is not Persona.RESEARCHER:
        return LLM_APP_STEPS  # a researcher's LLM work is training and evaluating models: a trained model's path
    return NEXT_STEP_STAGES[profile.maturity or 0]


def step_words(stage: Stage) -> str:
    """What a next-step job is, said after it: "…, your next maturity step"."""
    return "the first step for an LLM app" if stage in LLM_APP_STEPS else "your next maturity step"


class Factor(NamedTuple):  # a tuple: thousands are made per ranking, and tuples are cheap to make
    """Points one consideration adds, with the words for a pick (good) or for why not (bad)."""

    name: str
    points: float
    good: str | None = None
    bad: str | None = None


@dataclass
class CatalogIndex:
    """Facts about the whole catalog that scoring needs, computed once per catalog."""

    users: dict[str, int]  # how many catalog tools integrate with each tool
    partners: dict[str, frozenset[str]]  # tool id -> ids it integrates with, both directions
    standing: dict[str, Standing] = field(default_factory=dict)  # each tool's, worked out with the index
    # (tool id, stage) -> a product of its family made for that stage ("github", CI/CD -> "github-actions")
    dedicated: dict[tuple[str, Stage], str] = field(default_factory=dict)
    family_of: dict[str, str] = field(default_factory=dict)  # such a product -> its family ("github-actions": "github")
    # where jobs run: tools built for compute (Slurm, Ray, SkyPilot) -> whether the catalog knows container
    # tools made for it (Apptainer and Podman for Slurm)
    compute_hosts: dict[str, bool] = field(default_factory=dict)
    # container tools made for a cluster scheduler and not for Kubernetes -> that scheduler's name (Apptainer: Slurm)
    hpc_runtimes: dict[str, str] = field(default_factory=dict)


class Standing(NamedTuple):
    """What a tool's standing owes to the tool alone (the same for every profile, so worked out once)."""

    points: float
    quiet: bool  # no release for over a year
    young: bool  # first released last year or this year
    proven: bool  # in use for PROVEN_YEARS or more


_INDEXES: WeakKeyDictionary[Catalog, CatalogIndex] = WeakKeyDictionary()


def index_of(catalog: Catalog) -> CatalogIndex:
    """The catalog's index (memoised: the catalog is immutable once parsed)."""
    found = _INDEXES.get(catalog)
    if found is None:
        users: dict[str, int] = {}
        links: dict[str, set[str]] = {tool.id: set(tool.integrates_with) for tool in catalog}
        for tool in catalog:
            for other in tool.integrates_with:
                users[other] = users.get(other, 0) + 1
                links.setdefault(other, set()).add(tool.id)
        # a tool sold as another one run for you (Outerbounds, managed Metaflow; Astronomer, commercial Airflow) runs
        # the same code, so what integrates with the one works with the other: it counts half its project's users
        # (the project itself, which more people run, stays ahead of it)
        named = {name.lower(): other for other in catalog for name in (other.name, *other.aliases)}
        for tool in catalog:
            project = edition_of(tool, named)
            if project is not None and users.get(project.id, 0) // 2 > users.get(tool.id, 0):
                users[tool.id] = users[project.id] // 2
        found = CatalogIndex(users, {k: frozenset(v) for k, v in links.items()})
        found.compute_hosts = {
            tool.id: any(catalog.get(t).built_for(Stage.CONTAINERS) for t in found.partners.get(tool.id, ())
                         if t in catalog)
            for tool in catalog if Stage.COMPUTE in tool.primary_stages
        }  # fmt: skip
        found.hpc_runtimes = {tool.id: scheduler for tool in catalog if tool.built_for(Stage.CONTAINERS)
                              and (scheduler := _hpc_runtime(tool, catalog)) is not None}
        for tool in catalog:
            _standing_of(tool, found, catalog)
            words = tool.id.split("-")
            for size in range(1, len(words)):  # its family: ids it extends ("github-actions" extends "github")
                if tool.adoptable and tool.primary_stages:
                    found.dedicated.setdefault(("-".join(words[:size]), tool.primary_stages[0]), tool.id)
        found.family_of = {product: family for (family, _), product in found.dedicated.items() if family in catalog}
        _INDEXES[catalog] = found
    return found


class PlatformAnswer(NamedTuple):
    """A platform they run that answers one of their pains, and the pain's jobs it keeps (where it answers it)."""

    tool_id: str
    at: frozenset[Stage]


@dataclass
class Wanted:
    """What the profile asks the tools to cover, after what the current stack already keeps."""

    weights: dict[Stage, float] = field(default_factory=dict)
    origin: dict[Stage, str] = field(default_factory=dict)  # "need", a frustration id, "next step"
    kept: dict[Stage, str] = field(default_factory=dict)  # stage -> id of the stack tool keeping it
    replace: dict[str, str] = field(default_factory=dict)  # successor id -> retired stack tool id
    # a tool in use, for stages asked for, that breaks a hard constraint: it keeps none of them
    breaking: dict[str, tuple[list[Stage], list[str]]] = field(default_factory=dict)  # id -> (stages, rules)
    order: list[Stage] = field(default_factory=list)  # every asked stage, kept or not, first-asked first
    settled: bool = False  # something was asked, and the current stack already covers all of it
    # for a stage whose tools answer different questions (KIND_FIELDS), the kinds asked of it
    kinds: dict[Stage, frozenset[str]] = field(default_factory=dict)
    # frustrations one of whose stages they also asked for outright: they said how they mean to fix it
    answered: frozenset[str] = frozenset()
    # they would rather have one platform than a tool per job (scope preference all-in-one)
    whole: bool = False
    # pains a platform they run already answers (pain -> that tool, and the pain's jobs it keeps there): its other
    # stages are not asked anew
    platform_answers: dict[str, PlatformAnswer] = field(default_factory=dict)
    # too many tools, where they run a platform: the one to consolidate on (its id), not a tool more
    consolidate_on: str | None = None
    # needs they asked for that a platform they run does on the side (SageMaker's model monitor): stage -> its id
    side: dict[Stage, str] = field(default_factory=dict)
    # the media their work is in (images, text, audio; MEDIA), or None when it may be any: a tool made only for
    # others is no pick (`other_media`)
    media: frozenset[str] | None = None
    # whether they build on LLMs (`_llm_apps_of`): a guardrail for LLM apps is no pick for work said without them
    llm_apps: bool | None = None
    # the cloud they run on, if said: a platform sold on other clouds than theirs covers nothing in one place for them
    home: Cloud | None = None
    # they must self-host or use only open source: a job only a vendor's hosted service does is done for them by
    # none of its software (Roboflow's labelling is its web app; its self-hosted Inference serves)
    own_software: bool = False

    @property
    def open(self) -> list[Stage]:
        """The wanted stages no tool they run keeps, in the order weighed."""
        return [stage for stage in self.weights if self.origin[stage] != "kept"]

    @property
    def answering(self) -> list[str]:
        """The platforms they run that answer a pain of theirs: the one to consolidate on first, then those that
        answer a pain (ids, in that order)."""
        return [*([self.consolidate_on] if self.consolidate_on else []),
                *(answer.tool_id for answer in self.platform_answers.values())]

    def aside(self, tool_id: str) -> list[Stage]:
        """The needs this platform they run does besides its main jobs (`side`), in the order asked."""
        return [stage for stage, holder in self.side.items() if holder == tool_id]

    def does(self, tool: Tool, stage: Stage) -> bool:
        """Is the tool an answer for this wanted stage: built for it, a platform they run that does it aside, or,
        for a team that would rather have one platform, a platform that does it besides its main jobs; for a team
        that runs only its own software, not a job only its hosted service does (`builds`)."""
        return self.builds(tool, stage) or self.side.get(stage) == tool.id or self.whole and stage in self.in_one(tool)

    def builds(self, tool: Tool, stage: Stage) -> bool:
        """Is it built for the stage, as they can use it: not, for a team that runs only its own software, a job only
        its hosted service does while its software does another they want (Roboflow's labelling is its web app, its
        self-hosted Inference serves; where all it would do is hosted, `runnable` turns it away)."""
        if not tool.built_for(stage):
            return False
        if self.own_software and stage in tool.hosted_stages:
            return not any(tool.built_for(other) and other not in tool.hosted_stages
                           for other in self.weights or tool.primary_stages)
        return True

    def in_one(self, tool: Tool) -> list[Stage]:
        """For a team that would rather have one platform (`whole`): the wanted stages a platform does besides its
        main jobs (Azure Machine Learning's MLflow tracking and model monitoring), in the order asked. The platform
        doing them is what they asked for, though it counts for less than a tool built for each (`IN_ONE_SHARE`)."""
        # a data platform (Databricks, Snowflake) does such jobs next to the data it holds: adopted for them alone, it
        # is a lakehouse to move into, not the one ML platform asked for
        if not (self.whole and is_platform(tool) and tool.category is not Category.BIG_DATA_IAAS
                and (not tool.clouds or self.home in tool.clouds)):
            return []
        # a job a tool they run does already is no gap to cover
        return [s for s in self.open if s in tool.stages and s not in tool.primary_stages]

    @property
    def falls_short(self) -> set[Stage]:
        """Kept stages where a pain says the tool they run falls short: asked for anew, above an alternative's
        weight (`_still_hurting`)."""
        return {stage for stage in self.kept if self.weights.get(stage, 0.0) > KEPT_WEIGHT}

    @property
    def total(self) -> float:
        return sum(self.weights.values())

    def weight(self, tool: Tool, stage: Stage) -> float:
        """How much the tool filling this wanted stage counts (less for another kind of it than asked)."""
        return kind_fit(tool, stage, self.kinds.get(stage)) * self.weights[stage]


def team_infrastructure(tool: Tool, profile: Profile) -> bool:
    """Is it the proprietary code host or CI their whole team runs (GitHub Actions), which breaks only "open source
    only"? That rule governs the ML tools they adopt, not the software infrastructure they keep, so it still keeps its
    jobs: no one moves a team off GitHub Actions for Jenkins because the ML stack must be open source."""
    return tool.category in (Category.CI_CD, Category.COMMON_SWE_STACK) and bool(profile.open_source_only) \
        and not tool.open_source and not violations(tool, profile.model_copy(update={"open_source_only": False}))


def wanted_of(profile: Profile, catalog: Catalog) -> Wanted:
    """Stated needs, stages implied by frustrations, minus stages the current stack already serves."""
    wanted = Wanted(whole=profile.scope_preference is ScopePreference.ALL_IN_ONE, media=_media_of(profile),
                    llm_apps=_llm_apps_of(profile), home=profile.cloud,
                    own_software=profile.must_self_host() or bool(profile.open_source_only))
    keeping: dict[Stage, str] = {}
    asked: list[tuple[Stage, float, str]] = [(s, NEED_WEIGHT, "need") for s in profile.needs or ()]
    for frustration in profile.frustrations or ():
        asked += [(s, FRUSTRATION_WEIGHT, frustration.value) for s in profile.implied_by(frustration)]
    asked_now = {stage for stage, _, _ in asked}
    # notebooks and compute asked on machines a group shares: one person's notebook app they run keeps nothing
    # there (a hub that serves each person theirs is the answer)
    # so do notebooks a team asks for outright on machines it shares, beside the one-person notebook app it runs:
    # more of that app is not what a team asking for notebooks lacks
    shared_notebooks = _shares_machines(profile) and ({Stage.NOTEBOOKS, Stage.COMPUTE} <= asked_now or (
        Stage.NOTEBOOKS in (profile.needs or ()) and (profile.team_size or 0) > 1))
    dedicated = index_of(catalog).dedicated
    running: list[Tool] = []  # what they run that breaks none of their rules
    for tool_id in profile.stack():
        if tool_id not in catalog:
            continue
        tool = catalog.get(tool_id)
        broken = violations(tool, profile) if tool.adoptable and not team_infrastructure(tool, profile) else []
        if broken:  # "we use W&B" and "open source only": what it does is wanted anew, from tools that fit
            stages = [s for s in tool.primary_stages if s in asked_now]
            if stages:
                wanted.breaking[tool.id] = (stages, broken)
            continue
        if tool.adoptable:
            running.append(tool)
            for stage in tool.primary_stages:
                # they ask for the job a tool in the Hold ring does for them (whylogs, its maker gone): "keep it" is no
                # answer, what to move to is
                if tool.ring is Ring.HOLD and stage in (profile.needs or ()):
                    continue
                if stage is not tool.primary_stages[0] and (tool.id, stage) in dedicated:
                    continue  # a side job its family sells as its own product (GitHub's CI/CD is GitHub Actions)
                if stage is Stage.NOTEBOOKS and shared_notebooks and _personal_notebook(tool):
                    continue
                if stage is Stage.COMPUTE and free_sessions_only(tool, profile):
                    continue  # Colab's free GPU sessions, for a team with a budget: compute is still theirs to find
                holder = catalog.get(keeping[stage]) if stage in keeping else None
                # the tool whose main job it is keeps a stage (GitHub Actions keeps CI/CD, not GitHub)
                if holder is None or stage is tool.primary_stages[0] and stage is not holder.primary_stages[0]:
                    keeping[stage] = tool.id
        elif tool.successor:
            wanted.replace[tool.successor] = tool.id
    # compute asked beside serving by a team that runs its own cluster (Kubernetes, Slurm): the machines to serve on
    # are that cluster's, and the picks are model servers that run on it, not a second compute layer beside it (Ray,
    # SkyPilot). (Beside notebooks the compute asked is GPUs for each person's sessions: a hub, and a scheduler or
    # compute layer for the rest, as before.)
    needs = set(profile.needs or ())
    cluster = next((t.id for t in running if t.id == KUBERNETES_ID or is_cluster_scheduler(t)), None)
    serves_on = cluster if {Stage.COMPUTE, Stage.MODEL_SERVING} <= needs and Stage.COMPUTE not in keeping else None
    for stage, weight, origin in asked:
        if stage not in wanted.order:
            wanted.order.append(stage)
        if stage is Stage.COMPUTE and serves_on is not None:
            wanted.kept.setdefault(stage, serves_on)
        elif stage in keeping and not (keeping[stage] == KUBERNETES_ID and stage in needs):
            # a team on Kubernetes already ships containers, but asking for them means build tooling
            wanted.kept.setdefault(stage, keeping[stage])
        elif weight > wanted.weights.get(stage, 0.0):
            wanted.weights[stage] = weight
            wanted.origin[stage] = origin
    _answered_by_platform(profile, catalog, wanted, running)
    _done_on_the_side(profile, running, wanted)
    _still_hurting(profile, wanted)
    wanted.settled = bool(asked) and not wanted.weights
    wanted.answered = frozenset(f.value for f in profile.frustrations or () if needs & set(profile.implied_by(f)))
    # free GPU sessions in hosted notebooks (Colab, Kaggle) are where people try anything, app prototypes included:
    # no sign of training models, as a cluster or rented GPUs are
    trains = {stage for stage, holder in keeping.items() if stage in TRAINING_STAGES
              and catalog.get(holder).compute_source is not ComputeSource.FREE_QUOTA}
    # the pains that are no sign the LLM is built in-house: a team that trains nothing, unless a researcher writes,
    # feels them all in the LLM app it runs (what it answered cannot be reproduced: which prompt was live; GPUs are
    # hard to get for serving it), as a researcher's irreproducible benchmark runs are not; and beside classic models
    # (a Databricks team with tabular models and an assistant), runs they cannot reproduce are those models' runs
    pains = tuple(profile.frustrations or ())
    if trains or profile.persona is Persona.RESEARCHER:
        pains = (Frustration.CANT_REPRODUCE,) if set(profile.workloads or ()) & CLASSIC_WORK and \
            Frustration.CANT_REPRODUCE in pains else ()
    no_sign = {s for f in pains for s in profile.implied_by(f)} - needs
    evaluates = _evaluates(set(wanted.order) - no_sign, needs, set(keeping) - TRAINING_STAGES | trains)
    wanted.kinds = {Stage.GOVERNANCE: frozenset(profile.governs) if profile.governs  # what they said it is about
                    else _governs(set(wanted.order), needs, _guards_its_app(profile)),
                    Stage.LLM_EVALUATION: evaluates}
    gate = {Stage.LLM_EVALUATION, Stage.CI_CD} <= needs  # LLM evaluation asked as a step of their CI
    asked_eval = Stage.LLM_EVALUATION in needs and Stage.LLM_OBSERVABILITY not in needs
    if (evaluates == {Evaluates.MODELS} or gate or asked_eval) \
            and wanted.origin.get(Stage.LLM_OBSERVABILITY) not in (None, "need"):
        # not knowing how good an LLM's answers are, for someone building the model, is a matter of benchmarks:
        # traces of an application in production, which the pain implies for an app team, have no app to trace.
        # Asked with CI/CD, it is a test suite that gates a merge: production traces are not what a CI job runs
        # (on the development panels the 28 tracing-platform picks there were accepted 16 times; with evaluation
        # tools in their place, 1818 of 2228 picks were accepted, then 1823 of 2226)
        # Evaluation asked for outright, without traces, is evaluation first too (the advice says to set up
        # evaluation on a fixed test set before tracing production traffic): traces the pain implies wait for the
        # next pain. Where only evaluation was asked, the development panels accepted 59% of Langfuse picks, 46%
        # of Arize Phoenix's and 62% of Opik's, against 78% of Ragas', 86% of DeepEval's and 73% of promptfoo's;
        # with this, panels 1-31 accepted 3138 of 3765 picks, not 3122 of 3770
        del wanted.weights[Stage.LLM_OBSERVABILITY], wanted.origin[Stage.LLM_OBSERVABILITY]
        wanted.order.remove(Stage.LLM_OBSERVABILITY)
    if (wanted.settled or not (profile.needs or profile.frustrations)) and not profile.needs \
            and not scheduler_fixes_shortage(profile, wanted):
        # the next maturity step, where nothing they run does it (also when they have named no need or pain yet
        # and ask for picks; a pain that points to no job, too many tools, asks for fewer, not for a next step): a
        # platform they run does its side jobs too (Vertex AI's experiment tracking), so a specialist for one
        # would be a second tool for it. Not where their scheduler is where a GPU shortage on their own machines is
        # fixed: that scheduler is the answer, alone
        done = {s for t in profile.stack() if t in catalog and catalog.get(t).category in PLATFORM_CATEGORIES
                for s in catalog.get(t).stages}  # fmt: skip
        for stage in next_steps(profile):
            if stage not in keeping and stage not in done:
                wanted.weights[stage] = NEXT_STEP_WEIGHT
                wanted.origin[stage] = "next step"
                wanted.order.append(stage)
    for stage in wanted.kept:  # alternatives to what they use: picked only to fill a short list
        wanted.weights.setdefault(stage, KEPT_WEIGHT)
        wanted.origin.setdefault(stage, "kept")
    return wanted


#: What counts as a platform a team runs: one vendor's product that does many jobs of the lifecycle.
PLATFORM_CATEGORIES = frozenset({Category.VENDOR_AI_PLATFORM, Category.BIG_DATA_IAAS, Category.HIGH_COVERAGE_SAAS})
#: How far to the all-in-one side of the landscape map (scope) such a product must be to do a lifecycle's jobs in one
#: place: SageMaker, Databricks, ClearML, not a governance suite that also watches models.
PLATFORM_SCOPE = 0.5


def is_platform(tool: Tool) -> bool:
    """One vendor's product for many jobs of the lifecycle, clearly all-in-one on the landscape map."""
    return tool.category in PLATFORM_CATEGORIES and tool.scope >= PLATFORM_SCOPE


#: How far to the all-in-one side a tool of another kind must be to gather a team's jobs, once it runs (Kubeflow:
#: pipelines, notebooks, tuning, serving on one cluster): too many tools is answered by consolidating on it.
GATHERING_SCOPE = 0.7


def _gathers(tool: Tool) -> bool:
    return tool.scope >= GATHERING_SCOPE and tool.category is not Category.GENERAL_CLOUD


#: What a data warehouse they run does for models besides holding the data: it keeps their features and models next to
#: it (Snowflake's Feature Store and Model Registry). Its compute is no GPU machine, models trained in its SQL (BigQuery
#: ML) are no pipeline of steps, and its data governance is no review of models (on the 46 development panels at the
#: session of 2026-12-06 (00:47 UTC)'s start, BigQuery picked for ML pipelines was accepted 5 times in 17 and Snowflake
#: for governance once in 4; Snowflake picked for a feature store or a model registry, 14 times in 16).
WAREHOUSE_SIDE = frozenset({Stage.FEATURE_STORE, Stage.MODEL_REGISTRY})


def _done_on_the_side(profile: Profile, running: Sequence[Tool], wanted: Wanted) -> None:
    """A need they asked for that nothing of theirs keeps, but that a platform they run does besides its main jobs
    (SageMaker's model monitor, Vertex AI's evaluation, Databricks' Unity Catalog): the platform is where to start,
    at no new cost, before a specialist. The same holds for a job a pain implies ("no monitoring in production" on
    Azure ML or Vertex AI: its model monitoring), also beside a need they state (a feature store: before, the stack
    card gave the pain's job to a specialist that merely works with their platform). So is an orchestrator they run
    for ML pipelines (Prefect, Airflow, Dagster: a training pipeline is one more flow of theirs), and a data warehouse
    they run for the features and models it keeps next to their data (Snowflake's Feature Store and Model Registry:
    WAREHOUSE_SIDE). A platform that breaks one of their rules is no such start."""
    asked = list(profile.needs or ()) + [s for s, origin in wanted.origin.items() if origin not in ("kept", "need")]
    for tool in running:  # adoptable, breaking none of their rules
        # (a warehouse's side job, for someone who would rather have one platform for every job, is one tool more: the
        # platform they gather on keeps their models too)
        warehouse = tool.category is Category.BIG_DATA_IAAS and not tool.primary_stages and not wanted.whole
        if not ((is_platform(tool) or tool.category is Category.DATA_ORCHESTRATOR) and tool.primary_stages
                or warehouse):
            continue
        for stage in asked:
            if warehouse and stage not in WAREHOUSE_SIDE:
                continue
            if stage in tool.stages and not tool.built_for(stage) and stage not in wanted.kept:
                wanted.side.setdefault(stage, tool.id)


def _answered_by_platform(profile: Profile, catalog: Catalog, wanted: Wanted, running: Sequence[Tool]) -> None:
    """A pain (not a stated need) one of whose stages a platform they already run keeps is answered by that
    platform ("retraining is manual" on Azure ML: its pipelines; "slow hand-off" on SageMaker: its registry and
    endpoints), so its other stages are not asked anew: no new orchestrator or container tool beside it. Too many
    tools, where they run a platform, is answered by consolidating on it, not by another tool."""
    needs = set(profile.needs or ())
    if Frustration.TOO_MANY_TOOLS in (profile.frustrations or ()):
        # the platform to consolidate on is built for jobs of the lifecycle (a data warehouse is not) and does some of
        # what else they want (Bedrock, an LLM API, is nothing to gather experiment tracking and pipelines on); with
        # nothing else wanted, any such platform they run
        wanted.consolidate_on = next((t.id for t in running if (is_platform(t) or _gathers(t)) and t.primary_stages
                                      and (not wanted.weights or any(s in t.stages for s in wanted.weights))), None)
    for frustration in profile.frustrations or ():
        implied = profile.implied_by(frustration)
        holders = [wanted.kept[s] for s in implied if s in wanted.kept]
        platform = next((h for h in holders if catalog.get(h).category in PLATFORM_CATEGORIES), None)
        if platform is None:
            continue
        wanted.platform_answers[frustration.value] = PlatformAnswer(
            platform, frozenset(s for s in implied if wanted.kept.get(s) == platform))
        for stage in implied:
            if stage not in needs and wanted.origin.get(stage) == frustration.value:
                del wanted.weights[stage], wanted.origin[stage]
                wanted.order.remove(stage)


#: Pains of too little of something (GPUs), met by more of the same job beside what they run.
#: Pains of how the tools are used: felt where they run a tool for each job (can't reproduce, with MLflow, DVC and
#: git in place), the next maturity step, which automates that use, is the better answer. Other pains felt there
#: (junk data with Great Expectations in place, labeling slow in Label Studio) say that tool falls short.
SHORTAGES = frozenset({Frustration.COMPUTE_ACCESS})
PRACTICE = frozenset({Frustration.CANT_REPRODUCE, Frustration.STUCK_IN_NOTEBOOKS, Frustration.MANUAL_RETRAINING})


def short_without_a_cluster(profile: Profile) -> bool:
    """Short of GPUs on machines they own (on-prem), with no Kubernetes to schedule them: a batch scheduler's
    queue shares those machines out; a framework or a launcher they could add shares nothing out."""
    return (Frustration.COMPUTE_ACCESS in (profile.frustrations or ()) and profile.cloud is Cloud.ON_PREM
            and not profile.kubernetes)


def scheduler_fixes_shortage(profile: Profile, wanted: Wanted) -> str | None:
    """The scheduler they run where a GPU shortage on machines they own and must stay on is fixed (its queue and
    fair share), as `_still_hurting` records it: that scheduler is the whole answer to the pain."""
    answer = wanted.platform_answers.get(Frustration.COMPUTE_ACCESS.value)
    return answer.tool_id if answer is not None and short_on_own_machines(profile) else None


def short_on_own_machines(profile: Profile) -> bool:
    """That, and everything must stay on those machines: rented GPUs are out of bounds too, so the scheduler they
    run (its queue and fair share) is where the shortage is fixed."""
    return short_without_a_cluster(profile) and profile.must_self_host()


def _still_hurting(profile: Profile, wanted: Wanted) -> None:
    """A shortage felt where they already run a tool for every job it points to ("we never get GPUs" on the
    university's Slurm cluster) is not settled by that tool: what else does the job (cloud GPUs to burst
    to) is asked for, as additions to what they run, ahead of any next maturity step. Asked for outright too
    ("we need compute", with Slurm and no GPUs to be had), the job is a need like any other, not one Slurm keeps
    settled: more of it is the answer they asked for. A pain that says a tool they run for each of its jobs falls
    short (not one of how tools are used), when they ask for nothing else, asks for the other tools for those
    jobs."""
    needs = set(profile.needs or ())
    # (in the order they were told: a set's order changes from one process to the next, and the words with it)
    for frustration in [f for f in dict.fromkeys(profile.frustrations or ()) if f in SHORTAGES]:
        implied = _felt_where_kept(profile, wanted, frustration)
        if not implied:
            continue  # answered by a platform they run, or by a need they state for it
        if short_on_own_machines(profile):
            # the scheduler they run is where that shortage is fixed: nothing they may add brings GPUs, even asked
            # for outright ("we need compute" on the Slurm cluster they must stay on); said so of it
            wanted.platform_answers.setdefault(frustration.value,
                                               PlatformAnswer(wanted.kept[implied[0]], frozenset({implied[0]})))
            continue
        for stage in implied:
            # asked for outright, beside the shortage: more of the job is what they ask for
            weight, origin = (NEED_WEIGHT, "need") if stage in needs else (STILL_HURTING_WEIGHT, "kept")
            if weight > wanted.weights.get(stage, 0.0):
                wanted.weights[stage] = weight
                wanted.origin[stage] = origin
    if wanted.weights:
        return
    # every pain they tell is felt where they run a tool for its jobs, and they ask for nothing else ("half our
    # incidents are junk data", with Great Expectations in place): the pain says that tool falls short, and the
    # other tools for its job are the answer, beside it, not the next maturity step's jobs, which no pain asked for
    # (on the development panels such next-step picks were accepted 3 times in 16)
    for frustration in [f for f in dict.fromkeys(profile.frustrations or ())
                        if f not in SHORTAGES and f not in PRACTICE]:  # a shortage is read above
        for stage in _felt_where_kept(profile, wanted, frustration):
            wanted.weights[stage] = STILL_HURTING_WEIGHT
            wanted.origin[stage] = "kept"


def _felt_where_kept(profile: Profile, wanted: Wanted, frustration: Frustration) -> tuple[Stage, ...]:
    """The jobs a pain points to, when a tool they run keeps every one of them and no platform of theirs answers
    it; none otherwise."""
    implied = profile.implied_by(frustration)
    if frustration.value in wanted.platform_answers or not all(s in wanted.kept for s in implied):
        return ()
    return implied


#: Who, building an LLM app, means its guardrails by "governance": the engineers who build it, and teams with little
#: or no budget for a governance platform.
_APP_BUILDERS = frozenset({Persona.SOFTWARE_ENGINEER, Persona.ML_ENGINEER, Persona.RESEARCHER})


def _guards_its_app(profile: Profile) -> bool:
    """Does a governance need, from this person, ask for guardrails on their LLM app (screening its prompts and
    answers, redacting personal data) as well as oversight of models? For a team whose work is LLM apps (with text
    models at most beside them), when the person builds the app, has little or no budget, or must keep everything
    on their own machines (where a governance platform sold as a service cannot go, and personal data must not reach
    a model). On development panels 1-50 (2026-12-06) the blind writers accepted guardrails for 26 of 38 such people
    and a governance platform for 4; for the other 24 (leads and platform engineers with a budget, on hosted
    services), a governance platform for 17 and guardrails for 6."""
    work = set(profile.workloads or ())
    if Workload.LLM not in work or not work <= {Workload.LLM, Workload.NLP}:
        return False
    return profile.persona in _APP_BUILDERS or profile.budget in (Budget.NONE, Budget.LOW) or profile.must_self_host()


def _governs(asked: set[Stage], needs: set[Stage], guards: bool = False) -> frozenset[str]:
    """What a governance need is about: data when data stages are asked for too; models when model stages
    are, or when nothing says data (the common case). A data stage that only a pain implies ("can't
    reproduce": data versioning) says nothing of it beside a model stage they asked for outright (governance
    with a model registry is oversight of models, as a credit-risk team's model cards are). An LLM team asking
    for governance wants oversight of its AI systems (inventory, risk, approvals, audit) like anyone else; a
    guardrail that screens an app's prompts (Governs.LLM_APPS) is a different answer, and nothing they say asks
    for it yet, and so is a fairness library (Governs.FAIRNESS): one check a model review runs, not the
    oversight asked for."""
    kinds = set()
    if needs & DATA_GOVERNANCE_STAGES or asked & DATA_GOVERNANCE_STAGES and not needs & MODEL_SIDE_STAGES:
        kinds.add(Governs.DATA)
    if not kinds or asked & MODEL_SIDE_STAGES:
        kinds.add(Governs.MODELS)
    if guards and Governs.MODELS in kinds:
        kinds.add(Governs.LLM_APPS)
    return frozenset(kinds)


def _evaluates(asked: set[Stage], needs: set[Stage], running: set[Stage]) -> frozenset[str]:
    """What LLM evaluation is about: models (benchmarks) for someone building models (they ask for a
    model-building job, or already run training compute: a Slurm cluster, Ray) who asks for nothing
    of an LLM app and runs nothing for one (a pain that only implies watching an app does not make one);
    an application built on them otherwise, the common case."""
    trains = running & TRAINING_STAGES  # a tracker alone is no sign: LLM app teams log traces to MLflow too
    if (asked & MODEL_BUILDING_STAGES or trains) and not (needs | running) & LLM_APP_SIDE:
        return frozenset({Evaluates.MODELS})
    return frozenset({Evaluates.APPLICATIONS})


def stages_text(stages: Sequence[Stage]) -> str:
    """'experiment tracking', 'experiment tracking and model registry', 'a, b and c'."""
    return and_list([label_in_text(s) for s in stages])


def and_list(items: Sequence[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


def or_list(items: Sequence[str]) -> str:
    """'a', 'a or b', 'a, b or c'."""
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else "".join(items)


#: Points for a tool whose main job (its first primary stage) is one the person wants: of a specialist
#: and a platform that also does the job on the side, the specialist is the answer to that need.
MAIN_JOB = 0.45
#: How much a platform's job besides its main ones counts, for a team that would rather have one platform: the
#: platform doing it is the point, but a tool built for the job still does it better.
IN_ONE_SHARE = 0.75


def _coverage(tool: Tool, wanted: Wanted, explain: bool) -> Factor:
    covered = [s for s in wanted.weights if wanted.builds(tool, s)]
    if not wanted.weights:
        if explain and wanted.consolidate_on == tool.id:  # too many tools, where they run a platform, nothing else
            return Factor("coverage", 0.0, f"you already run it: consolidating on it, not adding tools, is the fix "
                                           f"for '{label_in_text(Frustration.TOO_MANY_TOOLS.value)}'")
        return Factor("coverage", 0.0)
    in_one = wanted.in_one(tool)
    points = 2.0 * (sum(wanted.weight(tool, s) for s in covered)
                    + IN_ONE_SHARE * sum(wanted.weight(tool, s) for s in in_one)) / wanted.total
    main_job = bool(covered) and tool.primary_stages[0] in wanted.weights
    if main_job:  # the specialist for the job asked; for another kind of it (data governance asked of
        first = tool.primary_stages[0]  # models), only as much as that kind counts
        points += MAIN_JOB * wanted.weight(tool, first) / wanted.weights[first]
    if not explain:
        return Factor("coverage", points)
    stated = [s for s in covered if wanted.origin[s] == "need"]
    implied = [s for s in covered if wanted.origin[s] not in ("need", "next step", "kept")]
    mine = [s for s in covered if wanted.kept.get(s) == tool.id]  # it is the tool they use there
    instead = [s for s in covered if wanted.origin[s] == "kept" and s not in mine]
    step = [s for s in covered if wanted.origin[s] == "next step"]
    # (only the pains answered at a job said here: Roboflow kept for serving and for labelling, but counted as used
    # for serving alone, is no place to fix "labeling is a bottleneck")
    fixes = [label_in_text(pain) for pain, answer in wanted.platform_answers.items()
             if answer.tool_id == tool.id and answer.at & set(mine)]
    where = f", which is where to fix '{', '.join(fixes)}'" if fixes else ""
    parts = [f"you already use it for {stages_text(mine)}{where}: keep it"] if mine else []
    aside = wanted.aside(tool.id)
    if aside:  # a platform they run, for a need it does besides its main jobs
        lead = "it also does" if mine else "you already use it for other jobs, and it does"
        parts.append(f"{lead} {stages_text(aside)}{'' if mine else ' too'}: start there")
    narrow = [s for s in stated if wanted.weight(tool, s) < wanted.weights[s]]  # another kind of the job
    if narrow != stated:
        parts.append(f"built for {stages_text([s for s in stated if s not in narrow])}, which you asked for")
    for stage in narrow:  # Fairlearn for approvals of models: one check of a review, said as such
        theirs = and_list(sorted(_kind_text(k) for k in tool.kinds(stage)))
        asked = and_list(sorted(_kind_text(k) for k in wanted.kinds.get(stage, ())))
        # what it covers and what it does not, both facts of its entry (not a claim of what their need is)
        parts.append(f"of the {label_in_text(stage.value)} you asked for, it covers {theirs} only, not {asked}")
    if in_one:  # a team that would rather have one platform: the platform's other jobs they asked for
        parts.append(f"it does {stages_text(in_one)} too, so one platform covers {'them' if len(in_one) > 1 else 'it'}")
    if implied:
        why = sorted({label_in_text(wanted.origin[s]) for s in implied})
        parts.append(f"built for {stages_text(implied)}, which helps with '{', '.join(why)}'")
    if step:
        parts.append(f"built for {stages_text(step)}, {step_words(step[0])}")
    if instead and not parts:
        parts.append(f"an alternative for {stages_text(instead)}, if what you use there falls short")
    missing = [s for s in wanted.weights if not wanted.builds(tool, s) and wanted.origin[s] != "kept"]
    # a job it does on the side (SageMaker AI's model monitor) is said as such, not as one it does not cover
    side = [s for s in missing if s in tool.stages]
    lacks = [s for s in missing if s not in side]
    bad = "; ".join([*([f"it covers fewer of your needs (not {stages_text(lacks)})"] if lacks else []),
                     *([f"it does {stages_text(side)} only on the side, not as a job it is built for"] if side else [])
                     ]) or None  # fmt: skip
    other = next((s for s in covered if wanted.weight(tool, s) < wanted.weights[s]), None)
    if bad is None and other is not None:  # Fairlearn for governance of models: a check, not the oversight
        theirs = and_list(sorted(_kind_text(k) for k in tool.kinds(other)))
        asked = and_list(sorted(_kind_text(k) for k in wanted.kinds.get(other, ())))
        bad = f"for {label_in_text(other.value)} it covers {theirs} only, not {asked}"
    return Factor("coverage", points, "; ".join(parts) or None, bad)


def _kind_text(kind: str) -> str:
    """A kind of a job's answer as it reads in a sentence: 'LLM apps', 'fairness', 'applications'."""
    return kind.replace("llm_", "LLM ").replace("_", " ")


def a_persona(persona: Persona) -> str:
    """'an ML researcher', 'a software engineer'."""
    who = label(persona.value)
    who = who if who.startswith("ML") else who[0].lower() + who[1:]
    return ("an " if who.startswith(("ML", "a", "e", "i", "o", "u")) else "a ") + who


#: How "X does better on <factor>" reads in a why-not answer.
FACTOR_WORDS = {
    "coverage": "covers more of your needs",
    "workloads": "fits your kind of models better",
    "cloud": "fits your cloud better",
    "integrations": "works with more of your current tools",
    "persona": "fits how you work better",
    "scope": "fits your preference for pieces or platforms better",
    "team": "suits your team size better",
    "maturity": "suits your maturity level better",
    "kubernetes": "fits your Kubernetes situation better",
    "operations": "is lighter to run",
    "platforms": "works inside the platforms you run",
    "frameworks": "works with models from any framework",
    "budget": "fits your budget better",
    "standing": "is more established (its radar ring and how many tools integrate with it)",
    "critiques": "matches your refinements better",
    "activity": "has had a release more recently",
    "licence": "is open source",
}


def _persona(tool: Tool, profile: Profile, explain: bool) -> Factor:
    if profile.persona is None:
        return Factor("persona", 0.0)
    fit = 1 - abs(PERSONA_FOCUS[profile.persona] - tool.focus) / 2
    points = 0.4 * fit
    if not explain:
        return Factor("persona", points)
    side = "model-focused" if tool.focus > 0 else "software-focused"
    who = a_persona(profile.persona)
    bad = f"it is {side}, a weaker fit for {who}" if fit < 0.7 else None
    return Factor("persona", points, None, bad)  # a fit to the persona is no reason: most picks have it


def _scope(tool: Tool, profile: Profile, explain: bool) -> Factor:
    sign = {ScopePreference.ALL_IN_ONE: 1.0, ScopePreference.PIECEMEAL: -1.0}.get(
        profile.scope_preference or ScopePreference.NO_PREFERENCE, 0.0
    )
    if Frustration.TOO_MANY_TOOLS in (profile.frustrations or ()):
        sign += 0.5
    points = 0.35 * sign * tool.scope
    if not explain or sign == 0:
        return Factor("scope", points)
    # a preference they stated, or only the pain of too many tools ("as you prefer" would not be true)
    chose = profile.scope_preference in (ScopePreference.ALL_IN_ONE, ScopePreference.PIECEMEAL)
    if points > 0:
        good = (
            ("one platform for many stages, as you prefer" if chose else
             f"one platform for many stages: fewer tools, for '{label_in_text(Frustration.TOO_MANY_TOOLS.value)}'")
            if sign > 0
            else ("does one job well, as you prefer best-of-breed pieces")
        )
        return Factor("scope", points, good)
    bad = (
        "it is a broad platform and you prefer pieces"
        if sign < 0
        else ("it is a single piece and you prefer fewer, broader tools" if chose else
              f"it is a single piece, and you have {label_in_text(Frustration.TOO_MANY_TOOLS.value)}")
    )
    return Factor("scope", points, None, bad)


def _team(tool: Tool, profile: Profile, explain: bool) -> Factor:
    size = profile.team_size
    if size is None:
        return Factor("team", 0.0)
    low, high = tool.team_size
    if low <= size <= high:
        return Factor("team", 0.1)  # fitting the team is expected of every pick, so it is no reason
    bad = f"it is built for teams of at least {low}" if size < low else f"it suits teams up to {high}"
    return Factor("team", -0.3, None, bad if explain else None)


#: Pains felt in production, by the jobs that watch it: a team that says so has models live, whatever its maturity,
#: so a tool that watches them once models are retrained at all pays off now, before any pipeline. (Retraining by hand
#: is not such a pain: a tool made for teams whose training already runs as pipelines is a bigger step than a lighter
#: one, and experts pick the lighter one.)
FELT_IN_PRODUCTION = {Frustration.NO_MONITORING: (Stage.MODEL_MONITORING, Stage.LLM_OBSERVABILITY)}


def pays_off_now(tool: Tool, profile: Profile) -> bool:
    """A tool above the team's maturity that their own words show pays off now, so that neither the score nor its
    caveat holds its maturity against it: a monitor for models already live (they miss one, or ask for one)."""
    live = {stage for pain in profile.frustrations or () for stage in FELT_IN_PRODUCTION.get(pain, ())}
    live |= set(profile.needs or ()) & set(FELT_IN_PRODUCTION[Frustration.NO_MONITORING])
    return tool.min_maturity <= 1 and any(tool.built_for(stage) for stage in live)


def pays_off_from(tool: Tool, profile: Profile) -> str:
    """The maturity a tool asks for, said against theirs (for a team below it)."""
    return f"pays off from maturity level {tool.min_maturity}; you are at {profile.maturity}"


def step_called_for(tool: Tool, profile: Profile) -> Frustration | Literal["asked"] | None:
    """What makes a tool one level up the next step for them (pipelines at level 0, CI/CD at level 1): "asked" when
    they asked for a job of that step it is built for, else the first pain of theirs that points to such a job
    ("retraining is manual"); None when it is no such step. The score still prefers what asks less of the team; the
    caveat is that step, not a wait for it."""
    level = profile.maturity
    if level is None or level not in NEXT_STEP_STAGES or tool.min_maturity != level + 1:
        return None
    jobs = {stage for stage in NEXT_STEP_STAGES[level] if tool.built_for(stage)}
    if jobs & set(profile.needs or ()):
        return "asked"
    return next((pain for pain in profile.frustrations or () if jobs & set(profile.implied_by(pain))), None)


def _maturity(tool: Tool, profile: Profile, explain: bool) -> Factor:
    if profile.maturity is None:
        return Factor("maturity", -0.05 * tool.min_maturity)
    gap = tool.min_maturity - profile.maturity
    if gap > 0 and pays_off_now(tool, profile):
        return Factor("maturity", 0.0)
    if gap > 0:
        bad = f"it {pays_off_from(tool, profile)}"
        return Factor("maturity", -0.3 * gap, None, bad if explain else None)
    if profile.maturity == 0 and tool.min_maturity == 0:
        return Factor("maturity", 0.05, "pays off even before pipelines are automated" if explain else None)
    return Factor("maturity", 0.0)


def _integrations(tool: Tool, profile: Profile, catalog: Catalog, index: CatalogIndex, explain: bool) -> Factor:
    stack = profile.stack()
    if not stack:
        return Factor("integrations", 0.0)
    family = next((t for t in stack if tool.id.startswith(t + "-") and t in catalog), None)
    if family is not None:  # GitHub Actions for a team on GitHub: more of what they have, not a new vendor
        name = catalog.get(family).name
        said = explain and tool.id not in stack  # for a tool they use, "you already use it" says it already
        return Factor("integrations", FAMILY, f"part of the {name} you already use" if said else None)
    links = index.partners.get(tool.id, frozenset())
    # a tool they are to move off (retired, shut down) is no reason to pick what works with it: the standing factor
    # names the retired tool's successor instead ("the suggested successor of your Kubeflow Fairing")
    partners = [t for t in stack if t in links and (t not in catalog or catalog.get(t).adoptable)]
    if tool.built_for(Stage.CONTAINERS):
        # a container tool is judged by where the jobs run: one made for their compute (Apptainer on a Slurm
        # cluster, where a root daemon like Docker's is not allowed) fits as well as more of what they have,
        # and one that is not, where the catalog knows container tools that are, fits as badly
        runs_on = next((t for t in partners if t in index.compute_hosts), None)
        if runs_on is not None:
            name = catalog.get(runs_on).name
            return Factor("integrations", FAMILY, f"works with your {name}, where your jobs run" if explain else None)
        elsewhere = next((t for t in stack if index.compute_hosts.get(t)), None)
        if elsewhere is not None:
            bad = f"it is not made for your {catalog.get(elsewhere).name}, where your jobs run" if explain else None
            return Factor("integrations", -FAMILY, None, bad)
        if (scheduler := index.hpc_runtimes.get(tool.id)) is not None and not _shares_machines(profile):
            # a container runtime made for a cluster scheduler and not for Kubernetes (Apptainer with Slurm), for
            # a team whose jobs run on no machines it shares (on the development panels such picks on AWS were
            # rejected both times, and accepted all ten times on shared HPC clusters)
            bad = (f"it is made for shared clusters run with {scheduler}, and your jobs run on none" if explain
                   else None)
            return Factor("integrations", -FAMILY, None, bad)
    if not partners:
        return Factor("integrations", 0.0)
    # on the cluster they run, the kubernetes factor says so ("runs on the Kubernetes cluster you have")
    shown = [t for t in partners if not (t == KUBERNETES_ID and profile.kubernetes
                                         and tool.needs_your_cluster(profile.must_self_host()))]
    names = [catalog.get(t).name if t in catalog else t for t in shown[:3]]
    return Factor(
        "integrations",
        0.15 * min(len(partners), 3),
        f"{WORKS_WITH}{and_list(names)}" if explain and names else None,
    )


#: How the reasons that name a tool of theirs open ("works with your MLflow") and how the maker's reason goes on
#: ("from LangChain, who also make your LangGraph"): `matching` says a tool of the maker once, not in both.
WORKS_WITH = "works with your "
MAKES_THEIRS = ", who also make your "


#: A product of the family of a tool the team runs (GitHub Actions on GitHub, Ray Serve on Ray): as much
#: as working with three of their tools.
FAMILY = 0.45


def _cloud(tool: Tool, profile: Profile, wanted: Wanted, explain: bool) -> Factor:
    cloud = profile.cloud
    rents_compute = Stage.COMPUTE in wanted.weights and tool.built_for(Stage.COMPUTE)
    if tool.clouds:
        if cloud in tool.clouds:
            return Factor(
                "cloud",
                0.3,
                f"native to {label(cloud.value)}, where you run" if explain and cloud else None,
            )
        return Factor(
            "cloud",
            -0.3,
            None,
            "it is tied to one cloud and I don't know yours" if explain else None,
        )
    if rents_compute and short_without_a_cluster(profile):
        # short of GPUs on machines they own, with no Kubernetes to schedule them: what gets each person their turn
        # is a batch scheduler's queues and fair share (Slurm), not a framework that spreads one job's work (Ray),
        # a launcher onto a cluster they would still need (SkyPilot) or a second source of GPUs to pay for
        if is_cluster_scheduler(tool):
            return Factor("cloud", 0.1, "its job queue shares out the machines you own" if explain else None)
        bad = ("it does not share out the machines you own, and a shortage on them needs a scheduler that does "
               "(a job queue, as Slurm's)") if explain else None
        return Factor("cloud", NO_PLATFORM, None, bad)
    if Stage.NOTEBOOKS in wanted.weights and tool.built_for(Stage.NOTEBOOKS):
        shared = Stage.COMPUTE in wanted.weights and _shares_machines(profile)
        if shared and _personal_notebook(tool):
            # notebooks on the machines a group shares (their data centre or cluster): a notebook app with nothing
            # to operate runs as one person's server (JupyterLab, marimo); a hub that serves each person theirs on
            # the shared hardware (JupyterHub) is the answer
            bad = ("it is one person's notebook server, and on the machines you share a hub serves each person "
                   "theirs (as JupyterHub does)") if explain else None
            return Factor("cloud", NO_PLATFORM, None, bad)
        if (shared or profile.cloud is Cloud.ON_PREM) and not _runs_on_theirs(tool, profile):
            # notebooks and compute on the machines a group shares, or notebooks in their own data centre (where
            # the data is): a hosted notebook platform runs them on its own cloud's machines (Lightning AI, Saturn
            # Cloud, Databricks for a data centre), not on theirs
            bad = "it runs notebooks on its own cloud's machines, not on the ones you run" if explain else None
            return Factor("cloud", NO_PLATFORM, None, bad)
    if tool.category is Category.BIG_DATA_IAAS and cloud is Cloud.OTHER and tool.id not in profile.stack():
        # a data platform sold on the big three clouds (Databricks, Snowflake: "on AWS, Azure and GCP"), for a team
        # that chose a smaller cloud: adopting it moves their data and compute to a big one (on the development
        # panels such picks were accepted 0 times in 2 there, and 47 times in 50 on the big clouds). A team on its own
        # machines that said hosted services are fine may be moving to a cloud: the self-hosting rule, not this,
        # speaks for the others
        bad = ("it runs your data and compute on AWS, Azure or Google Cloud, not on the cloud you chose" if explain
               else None)
        return Factor("cloud", NO_PLATFORM, None, bad)
    if (cloud in MAJOR_CLOUDS or cloud is Cloud.OTHER) and rents_compute and is_cluster_scheduler(tool) \
            and not profile.kubernetes and tool.id not in profile.stack():
        # on AWS, GCP, Azure or a smaller cloud, with no cluster of their own: a batch scheduler queues jobs on a
        # cluster they would first have to build, where a launcher or a managed job gets them the cloud's GPUs, as
        # much a misfit as a tool made to work inside a platform they do not run (on the development panels Slurm
        # picks there were rejected every time: 3 on the big clouds, 3 on others; on a smaller cloud whose Slurm
        # they run, accepted both times)
        where = label(cloud.value) if cloud in MAJOR_CLOUDS else "the cloud you rent from"
        bad = (f"it queues jobs on a cluster you would first have to build on {where}, where launching jobs on its "
               "GPUs needs none") if explain else None
        return Factor("cloud", NO_PLATFORM, None, bad)
    if cloud is Cloud.ON_PREM and Deployment.SELF_HOSTED in tool.deployment:
        return Factor("cloud", 0.1, "runs in your own data centre" if explain else None)
    if cloud is Cloud.OTHER and rents_compute and profile.without_kubernetes() and not profile.must_self_host():
        # on a smaller cloud, with no cluster of their own: GPUs come from a provider, not from a scheduler
        found = _gpu_source(tool, "no cluster", explain)
        if found is not None:
            return found
    if cloud is None and rents_compute and _alone_short_of_gpus(profile):
        # one person short of GPUs who has named no machines ("my laptop has no GPU"): a hosted GPU service gets them
        # GPUs; a scheduler or a framework spreads work over machines they may not have
        found = _gpu_source(tool, "none that you named", explain)
        if found is not None:
            return found
    if cloud is Cloud.NONE:
        if tool.needs_your_cluster(profile.must_self_host()):
            return Factor("cloud", -0.4, None, "it is too heavy for a laptop-only setup" if explain else None)
        found = _gpu_source(tool, "none", explain) if rents_compute else None
        if found is not None:
            return found
        if tool.self_host_needs == ():
            # when they would run it themselves, the operations factor says it already ("nothing to operate")
            said = explain and not operated_by_them(tool, profile)
            return Factor("cloud", 0.1, "runs on your own machine, with no server to operate" if said else None)
        if tool.local_needs is not None and Stage.COMPUTE not in wanted.weights and operated_by_them(tool, profile):
            # its own docs give a one-machine setup (Ollama's app, llama.cpp's llama-server, `mlflow ui`); not for
            # a team about to rent GPU machines, whose tools will run there
            return Factor("cloud", LAPTOP_SETUP, "its docs give a setup for one machine, like yours"
                          if explain else None)
    return Factor("cloud", 0.0)


#: Points, for someone with only laptops, for a tool whose docs give a one-machine setup (local_needs): more
#: than for a tool with nothing to run, as a server made to run on one machine is what such a team can run.
LAPTOP_SETUP = 0.2


def _gpu_source(tool: Tool, machines: str, explain: bool) -> Factor | None:
    """For a team with no machines of its own to run compute on: a hosted GPU service fits, and a scheduler
    (Ray, Slurm), which spreads work over machines a team has, gets them no GPUs: as much a misfit as a tool
    made to work inside a platform they do not run. None for a GPU cloud they would run themselves."""
    if tool.compute_source is ComputeSource.FREE_QUOTA:
        return Factor("cloud", 0.3, "gives you free GPU sessions, within quotas, without owning hardware"
                      if explain else None)
    if tool.compute_source is ComputeSource.RENTED:
        return Factor("cloud", 0.3, "rents you GPUs without owning hardware" if explain else None)
    if tool.category is not Category.ML_IAAS:
        bad = f"it schedules work on machines you run, and you have {machines}" if explain else None
        return Factor("cloud", NO_PLATFORM, None, bad)
    return None


#: Tools in a stack that say its owner has machines to run work on: a cluster, its scheduler, or a launcher.
_OWN_MACHINES = frozenset({"slurm", "ray", "kubernetes", "skypilot"})


def _alone_short_of_gpus(profile: Profile) -> bool:
    """One person, short of GPUs, who has named no machines, scheduler or cluster of their own."""
    return profile.team_size == 1 and Frustration.COMPUTE_ACCESS in (profile.frustrations or ()) \
        and not profile.kubernetes and not profile.must_self_host() and not _OWN_MACHINES & set(profile.stack())


def operated_by_them(tool: Tool, profile: Profile) -> bool:
    """Will this team run the tool itself: it must self-host, or no hosted edition is open to it
    (a cloud vendor's managed edition is open only to a team on a cloud)."""
    return tool.runs_yourself(profile.must_self_host(), on_a_cloud=profile.on_a_cloud())


def run_to_be_free(tool: Tool, profile: Profile) -> bool:
    """Is running it themselves how it fits their money: a team with no or a low budget, and free software whose
    every hosted edition is sold (Airflow, hosted as MWAA or by Astronomer), free only when they run it? What running
    it takes is then part of its cost to them, though a hosted edition is open to them (scoring leaves that to the
    budget). Not of software with a free hosted tier (Prefect Cloud's, Evidently Cloud's), which costs them nothing
    to run."""
    return profile.budget in (Budget.NONE, Budget.LOW) and Deployment.SELF_HOSTED in tool.deployment \
        and tool.pricing is Pricing.FREE


#: A team this size or smaller feels every service it has to run.
SMALL_TEAM = 5


#: Points off a tool made to work with data platforms or backends the team does not run (a table format for a team
#: with no Spark, Databricks or EMR): as much a misfit as a tool made for another kind of work, and the
#: points for doing the job as its main one do not make up for it.
NO_PLATFORM = OTHER_WORK - MAIN_JOB


#: A second platform beside the one they run (SageMaker for a Databricks team): another bill, another place for
#: models and data, another way to do every job, where the platform they run or a specialist adds to it. As much
#: a misfit as a tool made for a platform they do not run.
SECOND_PLATFORM = NO_PLATFORM


def _maker(tool: Tool, profile: Profile, catalog: Catalog, explain: bool) -> Factor:
    """Made by the makers of a tool they use (LangSmith for a team on LangGraph): said, not scored (the
    integrations factor already counts what works together). Not of a cloud's own services, which the cloud factor
    speaks for, nor of more of a product they have (GitHub Actions beside GitHub)."""
    if not explain or tool.clouds:
        return Factor("maker", 0.0)
    theirs = next((catalog.get(t) for t in profile.stack() if t in catalog and t != tool.id
                   and catalog.get(t).vendor == tool.vendor and not tool.id.startswith(t + "-")
                   and not t.startswith(tool.id + "-")), None)
    if theirs is None:
        return Factor("maker", 0.0)
    maker = re.sub(r" \(.*\)$", "", tool.vendor)  # "CoreWeave (Weights & Biases)": the company
    return Factor("maker", 0.0, f"from {maker}{MAKES_THEIRS}{theirs.name}")


GIT_ID = "git"


def code_host(tool: Tool) -> bool:
    """Is it where a team's repositories live (GitHub, GitLab, Azure Repos, Bitbucket, Gitea: built for source control,
    and hosting Git), not Git itself?"""
    return Stage.SOURCE_CONTROL in tool.primary_stages and GIT_ID in tool.integrates_with


def _host_bound(tool: Tool, catalog: Catalog) -> Tool | None:
    """The code host a tool is, or runs for as its host's own product (GitHub Actions: GitHub)."""
    if code_host(tool):
        return tool
    family = index_of(catalog).family_of.get(tool.id)
    return catalog.get(family) if family is not None and code_host(catalog.get(family)) else None


def _platforms(tool: Tool, profile: Profile, catalog: Catalog, explain: bool) -> Factor:
    bound = _host_bound(tool, catalog)  # (none for all but a few tools: their stack is read only for those)
    hosts = [catalog.get(t) for t in profile.stack() if t in catalog and code_host(catalog.get(t))] \
        if bound is not None and tool.id not in profile.stack() else []
    if bound is not None and hosts and bound not in hosts:  # CI that needs their code elsewhere than where it lives
        bad = None if not explain else (
            f"it is a second code host beside {hosts[0].name}, where your code lives" if bound is tool
            else f"it runs for repositories on {bound.name}, not on {hosts[0].name}, where your code lives")
        return Factor("platforms", SECOND_PLATFORM, None, bad)
    if is_platform(tool):
        theirs = [catalog.get(t) for t in profile.stack() if t in catalog and t != tool.id]
        other = next((t for t in theirs if is_platform(t) and t.vendor != tool.vendor), None)
        if other is not None:
            bad = f"it is a second platform beside {other.name}, which you run" if explain else None
            return Factor("platforms", SECOND_PLATFORM, None, bad)
    if not tool.platforms or set(tool.platforms) & set(profile.stack()):
        return Factor("platforms", 0.0)
    if not explain:
        return Factor("platforms", NO_PLATFORM)
    names = [catalog.get(t).name for t in tool.platforms if t in catalog]
    return Factor("platforms", NO_PLATFORM, None, f"it is made to work with {or_list(names)}, and you run none of them")


def _frameworks(tool: Tool, profile: Profile, catalog: Catalog, explain: bool) -> Factor:
    """A tool for one framework's models (TF Serving, KerasTuner) fits a team whose tools say they use
    that framework; for anyone else a tool that takes any model is the safer default."""
    if not tool.frameworks:
        return Factor("frameworks", 0.0)
    theirs = {f for t in profile.stack() if t in catalog for f in catalog.get(t).frameworks}
    if theirs & set(tool.frameworks):
        return Factor("frameworks", 0.0)
    named = " or ".join(tool.frameworks)
    bad = f"it works only with {named} models, and nothing you named is built on {named}" if explain else None
    return Factor("frameworks", NO_PLATFORM, None, bad)


def _operations(tool: Tool, profile: Profile, explain: bool) -> Factor:
    """What running it takes, from its own entry: nothing to operate is worth something to a small team."""
    self_run = tool.self_host_needs is not None and operated_by_them(tool, profile)
    if self_run and tool.self_host_needs == ():
        good = "nothing to operate: it installs as a package, with no server to run"
        return Factor("operations", 0.1, good if explain else None)
    small = (profile.team_size or 10) <= SMALL_TEAM
    if self_run and small and len(tool.self_host_needs or ()) >= 3:
        bad = f"it takes {len(tool.self_host_needs or ())} services to run, a lot for {profile.team_size}"
        return Factor("operations", -0.15, None, bad if explain else None)
    # a hosted edition is the vendor's service: not what someone who requires open source adopts
    if profile.self_hosted is False and not profile.open_source_only and Deployment.SAAS in tool.deployment:
        # a library with a paid cloud beside it (Soda Core and Soda Cloud) still runs in their own jobs: what is
        # true of both is that there is no server to run
        said = ("nothing to operate: it installs as a package, with no server to run" if tool.self_host_needs == ()
                else "hosted for you, so there is nothing to run")
        return Factor("operations", 0.05, said if explain else None)
    return Factor("operations", 0.0)


#: Models that are not language models (tabular, vision, forecasting, recommenders, speech).
CLASSIC_WORK = frozenset({Workload.TABULAR, Workload.COMPUTER_VISION, Workload.TIME_SERIES, Workload.RECOMMENDER,
                          Workload.SPEECH})


#: A cluster scheduler of its own (Slurm) beside the Kubernetes they run: a second way to run jobs on the
#: same kind of machines, to install, secure and teach, where tools that use their cluster add to it.
SECOND_SCHEDULER = -0.35


def _runs_on_theirs(tool: Tool, profile: Profile) -> bool:
    """Can it run on the machines they have: self-hosted anywhere, or in their account on one of the big clouds?"""
    return Deployment.SELF_HOSTED in tool.deployment or (
        profile.cloud in MAJOR_CLOUDS and Deployment.MANAGED_CLOUD in tool.deployment)


def _personal_notebook(tool: Tool) -> bool:
    """A notebook app with nothing to operate and no hosted edition (JupyterLab, marimo): one person's server."""
    return tool.built_for(Stage.NOTEBOOKS) and tool.self_host_needs == () and Deployment.SAAS not in tool.deployment


def _hpc_runtime(tool: Tool, catalog: Catalog) -> str | None:
    """The cluster scheduler a container tool is made for, when what its own entry says it works with is such a
    scheduler and not Kubernetes (Apptainer: Slurm); None for any other tool (Kubernetes itself, which Slurm's
    entry names, is no such runtime)."""
    if tool.id == KUBERNETES_ID or KUBERNETES_ID in tool.integrates_with:
        return None
    return next((catalog.get(t).name for t in tool.integrates_with
                 if t in catalog and is_cluster_scheduler(catalog.get(t))), None)


def _shares_machines(profile: Profile) -> bool:
    """Do they run their work on machines a group shares: their own data centre, or a cluster of their own?"""
    return profile.cloud is Cloud.ON_PREM or bool(profile.kubernetes)


def is_cluster_scheduler(tool: Tool) -> bool:
    """A cluster scheduler of its own (Slurm): general infrastructure whose main job is compute."""
    return tool.category in GENERAL_INFRASTRUCTURE and tool.primary_stages[:1] == (Stage.COMPUTE,)


def _kubernetes(tool: Tool, profile: Profile, explain: bool) -> Factor:
    if profile.kubernetes and is_cluster_scheduler(tool):
        bad = "it schedules jobs on a cluster of its own, beside the Kubernetes you run" if explain else None
        return Factor("kubernetes", SECOND_SCHEDULER, None, bad)
    if profile.kubernetes and profile.cloud in MAJOR_CLOUDS and _rents_gpus(tool):
        # their cloud sells the GPUs their cluster schedules: a GPU cloud of its own is a second provider, account
        # and bill, and data to move, where the cluster they run adds GPU nodes (on the development panels such
        # picks for teams on Kubernetes in AWS, GCP or Azure were accepted 2 times in 7)
        where = label(profile.cloud.value)  # one of MAJOR_CLOUDS
        bad = f"it rents GPUs in a cloud of its own, beside the Kubernetes you run on {where}" if explain else None
        return Factor("kubernetes", SECOND_SCHEDULER, None, bad)
    if not tool.needs_your_cluster(profile.must_self_host()):
        return Factor("kubernetes", 0.0)
    if profile.kubernetes:
        return Factor("kubernetes", 0.1, "runs on the Kubernetes cluster you have" if explain else None)
    return Factor("kubernetes", UNCONFIRMED_CLUSTER, None,
                  "it needs Kubernetes, which you didn't confirm" if explain else None)


#: A tool that runs only on a Kubernetes cluster, for someone who has not said they have one: as good as no pick
#: until they do (the interviewer asks when it matters). On the development panels, Argo Workflows picked with
#: Kubernetes unknown was accepted 0 times in 9; at -0.25 it still was picked, at this weight 3 times.
UNCONFIRMED_CLUSTER = -1.0


#: How likely each kind of work is for someone who has not said; the interviewer imagines answers from
#: the same table. Wanting help to evaluate or watch LLM apps all but says the work is LLM apps.
WORKLOAD_PRIOR: dict[Workload, float] = {
    Workload.TABULAR: 0.3, Workload.LLM: 0.25, Workload.COMPUTER_VISION: 0.15, Workload.NLP: 0.12,
    Workload.TIME_SERIES: 0.08, Workload.RECOMMENDER: 0.05, Workload.SPEECH: 0.03, Workload.OTHER: 0.02,
}  # fmt: skip
LLM_APP_PRIOR = 0.9


#: The clouds that rent GPUs to a cluster a team runs there.
MAJOR_CLOUDS = frozenset({Cloud.AWS, Cloud.GCP, Cloud.AZURE})


def _rents_gpus(tool: Tool) -> bool:
    """A GPU cloud of its own, first of all: machines it rents you (RunPod, Lambda, Modal; not a notebook platform
    that also has GPUs)."""
    return tool.compute_source is ComputeSource.RENTED and tool.primary_stages[:1] == (Stage.COMPUTE,)


def workload_prior(profile: Profile) -> Mapping[Workload, float]:
    """How likely each kind of work is, for someone who has not said what they build (it depends only on the
    jobs they want, a cheaper key than the whole profile)."""
    return _prior_for(frozenset(profile.wanted_stages()))


@lru_cache(maxsize=1024)
def _prior_for(wanted: frozenset[Stage]) -> Mapping[Workload, float]:
    if LLM_APP_STAGES & wanted:
        return _leaning(Workload.LLM, LLM_APP_PRIOR)
    if Stage.DATA_LABELING in wanted:
        return LABELING_PRIOR
    if Stage.VECTOR_SEARCH in wanted:
        return _leaning(Workload.LLM, VECTOR_SEARCH_LLM_PRIOR)
    return MappingProxyType(WORKLOAD_PRIOR)


@cache
def _leaning(workload: Workload, share: float) -> Mapping[Workload, float]:
    """The general mix with one kind of work at `share` and the others scaled to the rest."""
    rest = (1 - share) / (sum(WORKLOAD_PRIOR.values()) - WORKLOAD_PRIOR[workload])
    return MappingProxyType({w: share if w is workload else p * rest for w, p in WORKLOAD_PRIOR.items()})


#: Most vector search asked for today is retrieval for LLM apps (RAG); semantic search and recommenders are
#: the rest.
VECTOR_SEARCH_LLM_PRIOR = 0.7


#: What people label, for someone who wants labeling and has not said what they build: images and video
#: first, then text, rarely tables (labeling tools are built for images, video, text and audio).
LABELING_PRIOR: Mapping[Workload, float] = MappingProxyType({
    Workload.COMPUTER_VISION: 0.45, Workload.NLP: 0.25, Workload.LLM: 0.1, Workload.SPEECH: 0.07,
    Workload.TABULAR: 0.05, Workload.TIME_SERIES: 0.02, Workload.RECOMMENDER: 0.01, Workload.OTHER: 0.05,
})  # fmt: skip


#: A kind of work as it reads before "work" ("LLM work", not "LLM apps work": the kind covers apps built on
#: language models and the models themselves, fine-tuned and benchmarked, and a tool made for one is not made for
#: the other, so the sentence names only what both share).
_WORK_WORDS = {Workload.LLM: "LLM", Workload.RECOMMENDER: "recommender"}


def _kinds_of_work(workloads: Sequence[Workload]) -> str:
    """Kinds of work as they read inside a sentence: "tabular and computer vision"."""
    return and_list([_WORK_WORDS.get(w, label_in_text(w.value)) for w in workloads])


def _workloads(tool: Tool, profile: Profile, explain: bool) -> Factor:
    if not tool.workloads:
        return Factor("workloads", 0.0)
    if profile.workloads is None:  # not said: what a tool made for some kinds of work is worth on average
        fits = min(1.0, sum(workload_prior(profile).get(w, 0.0) for w in tool.workloads))
        if fits < LIKELY_WORK and tuple(tool.workloads) == (Workload.LLM,):
            # made for LLM work only, and more likely not theirs (an LLM server for someone who has not said they build
            # with language models: "deploy a small sklearn model as an API"): a tool that takes any model is the
            # safer advice until they say
            bad = "it is made for LLM work only, and you haven't said you build with language models" if explain \
                else None
            return Factor("workloads", OTHER_WORK, None, bad)
        return Factor("workloads", fits * FITS_WORK + (1 - fits) * OTHER_WORK)
    shared = [w for w in tool.workloads if w in profile.workloads]
    if not shared and Workload.TABULAR in tool.workloads and Workload.TIME_SERIES in profile.workloads:
        # time series are kept, checked and featurised as tables of timestamped rows: a dataframe validator or a
        # feature store made for tabular data is made for theirs, and for that share of their work when they do
        # other kinds as well (Dolt's tables, for a team that versions camera images beside its sensor series; "other"
        # work says nothing of its data's form: robot episodes and neural recordings are series too)
        besides = [w for w in profile.workloads if w not in (Workload.TIME_SERIES, Workload.OTHER)]
        if not besides:
            good = "made for tabular data, the form your time series take" if explain else None
            return Factor("workloads", FITS_WORK, good)
        return _share_of_work(tool, len(profile.workloads), besides, None, explain)
    if shared:
        # made for some of their kinds of work only (Dolt's tables, for a team that versions tables and images):
        # it fits that share of their work, and the rest needs another tool
        # (a tool for LLM apps' own jobs, evaluating or tracing them, serves the LLM part of any team's work)
        app_only = set(tool.primary_stages) <= LLM_APP_STAGES | LLM_APP_SIDE
        others = [w for w in profile.workloads if w not in shared and not app_only
                  and not (w is Workload.TIME_SERIES and Workload.TABULAR in tool.workloads)]
        good = f"made for {_kinds_of_work(shared)} work, like yours" if explain else None
        return _share_of_work(tool, len(profile.workloads), others, good, explain)
    bad = f"it is made for {_kinds_of_work(tool.workloads)} work" if explain else None
    return Factor("workloads", OTHER_WORK, None, bad)


def _share_of_work(tool: Tool, kinds: int, others: Sequence[Workload], good: str | None, explain: bool) -> Factor:
    """A tool that fits all of their `kinds` of work but `others`: that share of the fit (its `good` said only when
    the share still counts in its favour), and the kinds it is not made for said (when `explain`)."""
    share = 1 - len(others) / kinds
    points = share * FITS_WORK + (1 - share) * OTHER_WORK
    bad = (f"it is made for {_kinds_of_work(tool.workloads)} work, not your {_kinds_of_work(others)} work"
           if explain and others else None)  # fmt: skip
    return Factor("workloads", points, good if points > 0 else None, bad)


_BUDGET_POINTS: dict[Budget | None, dict[Pricing, float]] = {
    None: {Pricing.PAID: -0.05},
    Budget.NONE: {Pricing.FREE: 0.1},
    Budget.LOW: {Pricing.FREE: 0.1, Pricing.PAID: -0.3, Pricing.USAGE_BASED: -0.15},
    Budget.MEDIUM: {Pricing.PAID: -0.1},
    Budget.HIGH: {},
}


#: Points off a closed tool sold as a service whose self-hosted edition is paid (W&B's self-managed licence, Arize AX's
#: enterprise agreement, LangSmith's Enterprise key), for a team that must run what it adopts: they would pay a licence,
#: go through the vendor's sales first, and still operate it, where an open-source tool for the job costs only the
#: operating, whatever the budget (on the development panels at the session of 2026-12-05 (day)'s start, such picks for
#: teams that must self-host were accepted 9 times in 26; the high-budget ones 2 in 9). On a low budget it counts twice:
#: a low budget may buy a vendor's seats, not a licence from its sales team.
PAID_TO_RUN = -0.5


#: What running a closed tool sold as a service takes, for a team that must run what it adopts.
PAID_LICENCE = "running it yourself takes a paid licence from its vendor"


def needs_paid_licence(tool: Tool, profile: Profile) -> bool:
    """Must this team buy a licence from the vendor to run the tool (W&B's, Comet's self-managed edition)? It must
    self-host, and the tool is sold as a service whose self-hosted edition is paid."""
    return profile.must_self_host() and tool.self_hosted_pricing is Pricing.PAID and Deployment.SAAS in tool.deployment


def _budget(tool: Tool, profile: Profile, wanted: Wanted, explain: bool) -> Factor:
    pricing, price = tool.pricing, tool.pricing.value.replace("_", " ")
    jobs = paid_jobs(tool, wanted)
    if jobs:
        # what they would use it for is only in its paid edition (monitoring ML models is Arthur's paid Platform,
        # not its free engine): its free tier and free self-hosted edition do not count here
        pricing = Pricing.PAID
        price = f"paid for {stages_text(jobs)}, which its free edition does not do"
    elif tool.open_source and pricing is Pricing.FREEMIUM and not hosted_jobs(tool, wanted):
        pricing = Pricing.FREE  # the software is free to run; only the vendor's hosting is paid
        price = "free to run yourself"
    elif profile.must_self_host() and tool.self_hosted_pricing is not None:
        # what they would run is the self-hosted edition: W&B's free tier is its hosted service, not a server
        pricing = tool.self_hosted_pricing
        price = "free to run yourself" if pricing is Pricing.FREE else "paid to run yourself"
    points = _BUDGET_POINTS[profile.budget].get(pricing, 0.0)
    licensed = needs_paid_licence(tool, profile) and tool.id not in profile.stack()  # a licence they hold already
    if licensed:
        # a licence from the vendor's sales team is never a low budget's (their seats may be; their servers are not)
        points += PAID_TO_RUN * (2 if profile.budget is Budget.LOW else 1)
    if tool.open_source and profile.budget in (Budget.NONE, Budget.LOW):
        points += 0.1
    if licensed and explain and profile.budget in (None, Budget.MEDIUM, Budget.HIGH):
        return Factor("budget", points, None, PAID_LICENCE)
    if not explain or profile.budget is None:
        return Factor("budget", points)
    budget = "free-only" if profile.budget is Budget.NONE else profile.budget.value
    if points > 0:
        return Factor("budget", points, f"{price}, which fits a {budget} budget")
    if points < 0:
        return Factor("budget", points, None, f"it is {price}, heavy for a {budget} budget")
    return Factor("budget", points)


def _standing_of(tool: Tool, index: CatalogIndex, catalog: Catalog) -> Standing:
    found = index.standing.get(tool.id)
    if found is not None:
        return found
    users = index.users.get(tool.id, 0)
    # how many other tools build on it, on a log scale: the catalog's proxy for adoption
    points = RING_POINTS[tool.effective_ring] + min(0.16 * math.log2(1 + users), 0.6)
    today, release = catalog.updated, tool.latest_release
    quiet = today is not None and release is not None and (today - release.date).days > QUIET_DAYS
    points -= QUIET_POINTS if quiet else 0.0  # no release for over a year: an expert would start nothing new on it
    year = today.year if today else None
    young = year is not None and tool.first_release_year >= year - 1
    proven = not young and year is not None and year - tool.first_release_year >= PROVEN_YEARS and tool.adoptable
    points += -0.1 if young else 0.1 if proven else 0.0  # a newcomer has not proven itself; years in use have
    found = index.standing[tool.id] = Standing(points, quiet, young, proven)
    return found


#: How many catalog tools must work with a tool before it is called "widely integrated" (about the top
#: tenth of the catalog; 4 of 266 is not wide).
WIDELY = 8


def _standing(tool: Tool, index: CatalogIndex, wanted: Wanted, catalog: Catalog, explain: bool) -> Factor:
    standing = _standing_of(tool, index, catalog)
    retired = wanted.replace.get(tool.id)
    points = standing.points + (0.4 if retired is not None else 0.0)
    if not explain:
        return Factor("standing", points)
    users = index.users.get(tool.id, 0)
    good = f"widely integrated: {users} tools in my catalog work with it" if users >= WIDELY else None
    if retired is not None:
        name = catalog.get(retired).name if retired in catalog else retired
        good = f"the suggested successor of your {name}, which is being retired"
    bad = f"its ring is {tool.effective_ring.value}" if tool.effective_ring is Ring.HOLD else None
    release = tool.latest_release
    if standing.quiet and release is not None:
        bad = bad or f"it has had no release since {release.date:%B %Y}"
    if standing.young:
        bad = bad or f"it is young (first released in {tool.first_release_year})"
    elif standing.proven:
        good = good or f"proven: in use since {tool.first_release_year}"
    return Factor("standing", points, good, bad)


def _activity(tool: Tool, catalog: Catalog, explain: bool) -> Factor:
    """A release in the last six months: alive, and fixes reach you."""
    today, release = catalog.updated, tool.latest_release
    if today is None or release is None or (today - release.date).days > ACTIVE_DAYS:
        return Factor("activity", 0.0)
    good = f"actively released: {release.version} in {release.date:%B %Y}" if explain else None
    return Factor("activity", 0.05, good)


def _licence(tool: Tool, wanted: Wanted, explain: bool) -> Factor:
    """Open source is a fact worth saying when the other picks are not (the shared ones are dropped), and when what
    they would use is that software, not the vendor's hosted service (Portkey's tracing)."""
    good = f"open source ({tool.license})" if explain and tool.open_source and not hosted_jobs(tool, wanted) \
        else None
    return Factor("licence", 0.0, good)


def _critique_points(tool: Tool, profile: Profile, catalog: Catalog, critiques: Sequence[Critique]) -> float:
    bonus = 0.0
    for critique in critiques:
        if critique.kind is CritiqueKind.CHEAPER:
            bonus += {Pricing.FREE: 0.3, Pricing.FREEMIUM: 0.15, Pricing.PAID: -0.3}.get(tool.pricing, -0.1)
        elif critique.kind is CritiqueKind.MANAGED:
            managed = {Deployment.SAAS, Deployment.MANAGED_CLOUD} & set(tool.deployment)
            bonus += 0.5 if managed else -0.5
        elif critique.kind is CritiqueKind.LIGHTER:
            bonus -= (
                0.2 * tool.min_maturity
                + 0.3 * max(tool.scope, 0)
                + (0.4 if tool.needs_your_cluster(profile.must_self_host()) else 0)
            )
        elif critique.kind is CritiqueKind.MORE_LIKE and critique.tool_id and critique.tool_id in catalog:
            like = catalog.get(critique.tool_id)
            shared = len(set(like.primary_stages) & set(tool.primary_stages)) / max(len(like.primary_stages), 1)
            bonus += 0.8 * shared + (0.3 if like.category is tool.category else 0.0)
            bonus -= 0.3 * (abs(like.focus - tool.focus) + abs(like.scope - tool.scope))
    return bonus


FactorOf = Callable[[Tool, Profile, Catalog, CatalogIndex, Wanted, bool], Factor]
_STACK = frozenset({"current_stack", "kubernetes"})  # Profile.stack(): the tools they run, Kubernetes included
_HOSTING = frozenset({"self_hosted", "cloud"})  # Profile.must_self_host() and on_a_cloud()

#: Every factor of a score, with the profile fields it reads and whether it reads what they want: an
#: answer to a question changes only the factors that read its field (or `wanted`, when the answer
#: changes that). The interviewer re-scores only those for each answer it imagines; a property test
#: checks this table against scoring from scratch.
FACTORS: tuple[tuple[FactorOf, frozenset[str], bool], ...] = (
    (lambda t, p, c, i, w, e: _coverage(t, w, e), frozenset(), True),
    (lambda t, p, c, i, w, e: _workloads(t, p, e), frozenset({"workloads", "needs", "frustrations"}), False),
    (lambda t, p, c, i, w, e: _cloud(t, p, w, e), _HOSTING | _STACK | {"kubernetes", "frustrations", "team_size"},
     True),
    (lambda t, p, c, i, w, e: _integrations(t, p, c, i, e), _STACK | {"cloud", "kubernetes"}, False),
    (lambda t, p, c, i, w, e: _platforms(t, p, c, e), _STACK, False),
    (lambda t, p, c, i, w, e: _maker(t, p, c, e), _STACK, False),
    (lambda t, p, c, i, w, e: _frameworks(t, p, c, e), _STACK, False),
    (lambda t, p, c, i, w, e: _persona(t, p, e), frozenset({"persona"}), False),
    (lambda t, p, c, i, w, e: _scope(t, p, e), frozenset({"scope_preference", "frustrations"}), False),
    (lambda t, p, c, i, w, e: _team(t, p, e), frozenset({"team_size"}), False),
    (lambda t, p, c, i, w, e: _maturity(t, p, e), frozenset({"maturity", "frustrations", "needs"}), False),
    (lambda t, p, c, i, w, e: _kubernetes(t, p, e), _HOSTING | {"kubernetes"}, False),
    (lambda t, p, c, i, w, e: _operations(t, p, e), _HOSTING | {"team_size", "open_source_only"}, False),
    (lambda t, p, c, i, w, e: _budget(t, p, w, e), _HOSTING | _STACK | {"budget"}, True),
    (lambda t, p, c, i, w, e: _standing(t, i, w, c, e), frozenset(), True),
    (lambda t, p, c, i, w, e: _activity(t, c, e), frozenset(), False),
    (lambda t, p, c, i, w, e: _licence(t, w, e), frozenset(), True),
)


def factors(
    tool: Tool, profile: Profile, catalog: Catalog, wanted: Wanted, critiques: Sequence[Critique] = (),
    *, explain: bool = True,
) -> list[Factor]:  # fmt: skip
    """Every factor of the tool's score for this profile."""
    index = index_of(catalog)
    found = [factor(tool, profile, catalog, index, wanted, explain) for factor, _, _ in FACTORS]
    if critiques:
        found.append(Factor("critiques", _critique_points(tool, profile, catalog, critiques)))
    return found


def rescored(
    base: Sequence[Factor], tool: Tool, profile: Profile, catalog: Catalog, wanted: Wanted, *, changed: str,
    wanted_changed: bool,
) -> list[Factor]:  # fmt: skip
    """`factors(tool, profile, …, explain=False)`, from `base`: the factors for a profile that differs from
    `profile` only in the field `changed` (and, when `wanted_changed`, in what they want). Only the factors
    that read what changed are computed again."""
    fresh = list(base)
    if len(fresh) != len(FACTORS):
        raise ValueError("base must be factors() of the same tool, without critiques")
    index = index_of(catalog)
    for position in _affected(changed, wanted_changed):
        fresh[position] = FACTORS[position][0](tool, profile, catalog, index, wanted, False)
    return fresh


@lru_cache(maxsize=64)
def _affected(changed: str, wanted_changed: bool) -> tuple[int, ...]:
    """Where in FACTORS the factors are that read the field `changed` (or what they want, when that changed)."""
    return tuple(position for position, (_, reads, uses_wanted) in enumerate(FACTORS)
                 if changed in reads or (wanted_changed and uses_wanted))  # fmt: skip


def total(found: Sequence[Factor]) -> float:
    return round(sum(factor.points for factor in found), 6)
