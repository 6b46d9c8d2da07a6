"""The tool catalog: its entry model, the cross-checks made on load, and name look-up."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator
from rapidfuzz import fuzz, process, utils

from core.errors import InvalidCatalog, UnknownTool

if TYPE_CHECKING:  # core.search reads Tool from here, so it is imported when first searched
    from core.search import SearchIndex
from core.sources import refusal, site_of
from core.vocabulary import (
    CATEGORY_QUADRANT,
    DEFAULT_RING,
    GENERAL_INFRASTRUCTURE,
    NOT_FOR_NEW_ADOPTION,
    SPECIALIST_STAGES,
    Category,
    Cloud,
    ComputeSource,
    Deployment,
    Evaluates,
    EventKind,
    Framework,
    Governs,
    Pricing,
    Quadrant,
    Ring,
    Stage,
    Status,
    Workload,
    quadrant_of,
    with_former_name,
)

#: OSI-approved licences seen in this landscape (SPDX ids). Source-available ones are absent on purpose.
OSI_LICENSES = frozenset(
    {
        "Apache-2.0", "MIT", "BSD-2-Clause", "BSD-3-Clause", "ISC", "MPL-2.0", "EPL-2.0",
        "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later",
        "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later",
        "AGPL-3.0-only", "AGPL-3.0-or-later", "Zlib", "Unlicense", "0BSD", "PostgreSQL",
        "CDDL-1.0", "EUPL-1.2", "Python-2.0", "BSL-1.0",
    }
)  # fmt: skip

Day = date  # the type, under a name the Event's `date` field does not shadow

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")

#: The event kind that must stand behind each status other than active.
STATUS_EVENTS: dict[Status, frozenset[EventKind]] = {
    Status.MAINTENANCE: frozenset({EventKind.MAINTENANCE}),
    Status.DEPRECATED: frozenset({EventKind.DEPRECATED, EventKind.MAINTENANCE}),
    Status.ARCHIVED: frozenset({EventKind.ARCHIVED}),
    Status.SHUT_DOWN: frozenset({EventKind.SHUT_DOWN}),
}


class Event(BaseModel):
    """One change in a tool's history: what happened, when, and who says so."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    kind: EventKind
    date: str = Field(pattern=r"^\d{4}-\d{2}(-\d{2})?$", description="YYYY-MM-DD or YYYY-MM")
    what: str = Field(min_length=10, max_length=300, description="one sentence a user may read")
    successor: str | None = None
    former_name: str | None = Field(
        default=None, min_length=2, max_length=80,
        description="for a rename, the name it had before (one of the tool's aliases, so it still finds the tool), "
        "said beside today's name to someone who uses the old one",
    )
    source: str = Field(pattern=r"^https?://")

    @property
    def day(self) -> Day:
        """The event's date (the first of the month when only the month is known)."""
        year, month, *day = (int(part) for part in self.date.split("-"))
        return date(year, month, day[0] if day else 1)


class Release(BaseModel):
    """The latest published release, so a reader sees a tool that has gone quiet."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    version: str = Field(min_length=1, max_length=60)
    date: date
    source: str = Field(pattern=r"^https?://")


#: Stages one word names but whose tools answer different questions, and the field saying which a tool
#: answers: governance of data, models or LLM apps; LLM evaluation of models or of applications.
KIND_FIELDS: dict[Stage, str] = {Stage.GOVERNANCE: "governs", Stage.LLM_EVALUATION: "evaluates"}


class Tool(BaseModel):
    """One catalog entry, as DESIGN.md describes it."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str = Field(pattern=_SLUG.pattern, description="slug id, e.g. mlflow")
    name: str = Field(min_length=1)
    aliases: tuple[str, ...] = ()
    vendor: str = Field(min_length=1)
    url: str = Field(pattern=r"^https?://")
    summary: str = Field(min_length=10, max_length=400)
    category: Category
    stages: tuple[Stage, ...] = Field(min_length=1)
    workloads: tuple[Workload, ...] = ()
    focus: float = Field(ge=-1, le=1)
    scope: float = Field(ge=-1, le=1)
    license: str = Field(min_length=1, description="SPDX id or 'proprietary'")
    open_source: bool
    deployment: tuple[Deployment, ...] = Field(min_length=1)
    clouds: tuple[Cloud, ...] = ()
    requires_kubernetes: bool = False
    pricing: Pricing
    team_size: tuple[int, int] = (1, 1_000_000)
    min_maturity: int = Field(default=0, ge=0, le=2)
    integrates_with: tuple[str, ...] = ()
    ring: Ring | None = None
    ring_reason: str | None = None
    status: Status = Status.ACTIVE
    status_note: str | None = None
    successor: str | None = None
    first_release_year: int = Field(ge=1970, le=2100)
    sources: tuple[str, ...] = Field(min_length=1)
    last_verified: date
    primary_stages: tuple[Stage, ...] = Field(
        max_length=3,
        description="the jobs it is built for, most important first (a subset of stages); empty for "
        "whole clouds, general infrastructure and app frameworks, which are context, never a pick",
    )
    self_host_needs: tuple[str, ...] | None = Field(
        description="what a team must operate to self-host it, in its own docs' terms; [] for a "
        "library or CLI (nothing to operate); null when it cannot be self-hosted",
    )
    local_needs: tuple[str, ...] | None = Field(
        default=None,
        description="what one person runs to use it alone on their own machine, in its docs' terms "
        "(MLflow: the package logging to a local folder, and `mlflow ui`); null when its only setup "
        "is the self-hosted one in self_host_needs",
    )
    pricing_model: str = Field(min_length=10, max_length=200, description="its pricing in one line")
    self_hosted_pricing: Pricing | None = Field(
        default=None,
        description="for a closed-source tool that can be self-hosted (and only then; the shipped catalog gives it "
        "for every such tool): whether the edition "
        "a team runs on its own infrastructure is free or paid (W&B's self-managed server needs a licence, "
        "Dataiku's free edition installs anywhere); its free tier may be only the vendor's hosted service",
    )
    paid_stages: tuple[Stage, ...] = Field(
        default=(),
        description="for a tool with a free edition (freemium): the jobs among its primary_stages that only its paid, "
        "closed-source edition does (Arthur's open-source engine does LLM evaluation and tracing; monitoring ML models "
        "needs the paid Arthur Platform); empty when the free edition does all its jobs",
    )
    hosted_stages: tuple[Stage, ...] = Field(
        default=(),
        description="for a tool with both a hosted service and software a team runs itself: the jobs among its "
        "primary_stages that only the vendor's hosted service does (Portkey's open-source gateway routes requests; "
        "its tracing and observability are in the hosted app); empty when what a team runs does all its jobs",
    )
    compute_source: ComputeSource | None = Field(
        default=None,
        description="for a tool built for compute (and only then): where the machines come from: rented (a GPU "
        "cloud, serverless GPUs), free_quota (free best-effort GPU sessions within quotas, as hosted notebooks give) "
        "or yours (it runs work on a cluster or cloud account you bring)",
    )
    platforms: tuple[str, ...] = Field(
        default=(),
        description="catalog ids of the data platforms, engines or backends it is made to work with (a table "
        "format or a Spark library on Spark; an instrumentation SDK on the tracing backends it sends to); empty when "
        "it stands on its own",
    )
    frameworks: tuple[Framework, ...] = Field(
        default=(),
        description="the ML frameworks it works only with (a server for TensorFlow SavedModels, a tuner "
        "for Keras models); empty when it works with models from any framework",
    )
    evaluates: tuple[Evaluates, ...] = Field(
        default=(),
        description="for a tool built for LLM evaluation (and only then): what it evaluates: models "
        "(benchmarks of a language model itself) or applications (RAG answers, agents, prompts)",
    )
    governs: tuple[Governs, ...] = Field(
        default=(),
        description="for a tool built for governance (and only then): what it governs: data "
        "(catalogs, lineage), models (inventory, risk, documentation, approvals), fairness (fairness "
        "metrics and mitigation for a model) or llm_apps (guardrails on an LLM app's inputs and outputs)",
    )
    latest_release: Release | None = None
    events: tuple[Event, ...] = ()
    maintainer_note: str | None = Field(
        default=None, description="doubts and verification details; never shown to users"
    )

    @field_validator("sources")
    @classmethod
    def _sources_are_urls(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        bad = [url for url in value if not url.startswith(("http://", "https://"))]
        if bad:
            raise ValueError(f"sources must be URLs, got {bad}")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Tool:
        if self.ring is not None and not (self.ring_reason or "").strip():
            raise ValueError("a ring override needs a ring_reason")
        if self.open_source and self.license not in OSI_LICENSES:
            raise ValueError(f"open_source is true but {self.license} is not an OSI licence")
        if not self.open_source and self.license in OSI_LICENSES:
            raise ValueError(f"{self.license} is OSI-approved, so open_source must be true")
        low, high = self.team_size
        if not 1 <= low <= high:
            raise ValueError("team_size must be [min, max] with 1 <= min <= max")
        if self.focus == 0 or self.scope == 0:
            raise ValueError("focus and scope must not be exactly 0 (the quadrant would be unclear)")
        if self.status is not Status.ACTIVE and not self.status_note:
            raise ValueError(f"status {self.status} needs a status_note saying what changed")
        if self.status in STATUS_EVENTS and not any(event.kind in STATUS_EVENTS[self.status] for event in self.events):
            raise ValueError(f"status {self.status} needs an event saying when and where it changed")
        stray = [stage for stage in self.primary_stages if stage not in self.stages]
        if stray:
            raise ValueError(f"primary_stages {stray} are not among its stages")
        if len(set(self.primary_stages)) != len(self.primary_stages):
            raise ValueError("primary_stages repeat a stage")
        for stage, name in KIND_FIELDS.items():
            if (stage in self.primary_stages) != bool(getattr(self, name)):
                raise ValueError(f"{name} is given exactly when {stage.value} is among primary_stages")
        if any(stage not in self.primary_stages for stage in self.paid_stages):
            raise ValueError("paid_stages are among its primary_stages")
        if self.paid_stages and self.pricing is not Pricing.FREEMIUM:
            raise ValueError("paid_stages are given only for a tool with a free edition (pricing freemium)")
        if self.paid_stages and set(self.paid_stages) == set(self.primary_stages):
            raise ValueError("paid_stages leave at least one job to the free edition (else its pricing is paid)")
        if any(stage not in self.primary_stages for stage in self.hosted_stages):
            raise ValueError("hosted_stages are among its primary_stages")
        if self.hosted_stages and not {Deployment.SAAS, Deployment.SELF_HOSTED} <= set(self.deployment):
            raise ValueError("hosted_stages are given only for a tool with a hosted service and a self-hosted edition")
        if (Stage.COMPUTE in self.primary_stages) != (self.compute_source is not None):
            raise ValueError("compute_source is given exactly when compute is among primary_stages")
        if self.local_needs is not None and not self.self_host_needs:
            raise ValueError("local_needs is given only for a tool with a self-hosted setup (self_host_needs)")
        self_hostable = Deployment.SELF_HOSTED in self.deployment
        if self.self_hosted_pricing is not None and (self.open_source or not self_hostable):
            raise ValueError("self_hosted_pricing is given only for a closed-source tool that can be self-hosted")
        if self.self_hosted_pricing not in (None, Pricing.FREE, Pricing.PAID):
            raise ValueError("self_hosted_pricing is free or paid")
        if self_hostable and self.self_host_needs is None:
            raise ValueError("self-hostable, so self_host_needs must list what to run ([] for none)")
        if not self_hostable and self.self_host_needs is not None:
            raise ValueError("not self-hostable, so self_host_needs must be null")
        return self

    def kinds(self, stage: Stage) -> frozenset[str]:
        """For a stage whose tools answer different questions, the ones this tool answers (its
        `governs` or `evaluates`); empty for any other stage."""
        name = KIND_FIELDS.get(stage)
        return frozenset(getattr(self, name)) if name else frozenset()

    def hosted_for(self, stages: Iterable[Stage]) -> bool:
        """Is what it would do here (these jobs) only in the vendor's hosted service, not in what a team runs?"""
        return self.only_in(stages, self.hosted_stages)

    @staticmethod
    def only_in(stages: Iterable[Stage], edition: Iterable[Stage]) -> bool:
        """Are these jobs (at least one) all among an edition's own (its paid-only or hosted-only jobs)?"""
        jobs = set(stages)
        return bool(jobs) and jobs <= set(edition)

    def only_compute_from(self, stages: Iterable[Stage], source: ComputeSource) -> bool:
        """Is what it would do here (these jobs) only compute, on machines from that source?"""
        return set(stages) == {Stage.COMPUTE} and self.compute_source is source

    def paid_for(self, stages: Iterable[Stage]) -> bool:
        """Is what it would do here (these jobs) only in its paid edition: its free edition does none of them?"""
        return self.only_in(stages, self.paid_stages)

    def built_for(self, stage: Stage) -> bool:
        """Can it fill this need: a job it is made for (not merely one it touches), and not general
        infrastructure (a cloud, a database, a data platform) in a stage that calls for a specialist?"""
        if stage not in self.primary_stages:
            return False
        return not (self.category in GENERAL_INFRASTRUCTURE and stage in SPECIALIST_STAGES)

    def runs_yourself(self, must_self_host: bool, *, on_a_cloud: bool = True) -> bool:
        """Will the team operate it: self-hosting is required, or there is no hosted offer to use?

        A managed-cloud edition (a cloud vendor hosting it) is an offer only to a team on a cloud; a
        team on its own servers or laptops runs such a tool itself unless there is a SaaS edition."""
        if Deployment.SELF_HOSTED not in self.deployment:
            return False
        hosted = {Deployment.SAAS, Deployment.MANAGED_CLOUD} if on_a_cloud else {Deployment.SAAS}
        return must_self_host or not hosted & set(self.deployment)

    def needs_your_cluster(self, must_self_host: bool) -> bool:
        """Does using it mean running a Kubernetes cluster yourself?

        `requires_kubernetes` is about running the tool: a team on its SaaS edition runs no cluster (a
        managed-cloud edition still runs on clusters in your own account).
        """
        if not self.requires_kubernetes:
            return False
        return must_self_host or Deployment.SAAS not in self.deployment

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_of(self.focus, self.scope)

    @property
    def effective_ring(self) -> Ring:
        """The ring override when there is one, else the category's default ring."""
        if self.ring is not None:
            return self.ring
        if self.status in NOT_FOR_NEW_ADOPTION:
            return Ring.HOLD
        return DEFAULT_RING[self.category]

    @property
    def former_name(self) -> str | None:
        """What it was called before its latest rename, when its entry names it ("Vertex AI")."""
        renames = [e for e in self.events if e.kind is EventKind.RENAMED]
        return renames[-1].former_name if renames else None

    def name_for(self, said: str | None = None) -> str:
        """Its name today, and the former one beside it for someone who used that ("Gemini Enterprise Agent
        Platform (formerly Vertex AI)"); `said`: what they typed, if known (no note when it is today's name)."""
        former = self.former_name
        if said is not None and former is not None and said.casefold() != former.casefold():
            return self.name
        return with_former_name(self.name, former)

    @property
    def adoptable(self) -> bool:
        """Can it be recommended for new adoption? (Not when it stopped, nor an in-house platform.)"""
        return self.status not in NOT_FOR_NEW_ADOPTION and self.category is not Category.CUSTOM_ML_PLATFORM

    def names(self) -> tuple[str, ...]:
        return (self.id, self.name, *self.aliases)

    def __hash__(self) -> int:
        """By id, unique in a catalog: the interviewer puts thousands of tools in sets and dicts per decision,
        and pydantic's default hashes every field (equal tools still have equal ids)."""
        return hash(self.id)


class CatalogFile(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    version: int = Field(ge=1, le=1)
    updated: date
    tools: tuple[Tool, ...] = Field(min_length=1)


class Catalog:
    """The validated catalog, indexed by id, with fuzzy name look-up."""

    def __init__(self, tools: Iterable[Tool], *, updated: date | None = None) -> None:
        self.tools: tuple[Tool, ...] = tuple(tools)
        self.updated = updated
        self._by_id = {tool.id: tool for tool in self.tools}
        self._names: dict[str, str] = {}
        for tool in self.tools:
            for name in tool.names():
                self._names.setdefault(utils.default_process(name), tool.id)
        self._choices = list(self._names)
        self._squashed: dict[str, str] = {}
        for name, tool_id in self._names.items():
            self._squashed.setdefault(name.replace(" ", ""), tool_id)
        # people type the same few words again and again (option labels, "aws", "mlflow"): the fuzzy
        # scan over every name is remembered per (text, cutoff); the catalog never changes
        self._fuzzy = lru_cache(maxsize=4096)(self._fuzzy_match)
        self._index: SearchIndex | None = None  # the search index, built on the first search

    def __iter__(self) -> Iterator[Tool]:
        return iter(self.tools)

    def __len__(self) -> int:
        return len(self.tools)

    def __contains__(self, tool_id: object) -> bool:
        return tool_id in self._by_id

    def get(self, tool_id: str) -> Tool:
        return self._by_id[tool_id]

    def with_stage(self, stage: Stage) -> list[Tool]:
        return [tool for tool in self.tools if stage in tool.stages]

    def match_name(self, text: str, *, cutoff: float = 86) -> Tool | None:
        """The tool a typed name means (exact id/name/alias first, then fuzzy), or None."""
        key = utils.default_process(text)
        if not key:
            return None
        if key in self._names:
            return self._by_id[self._names[key]]
        squashed = self._squashed.get(key.replace(" ", ""))
        if squashed is not None:
            return self._by_id[squashed]
        long = len(key) > 200  # not worth remembering (and bounded memory either way)
        tool_id = self._fuzzy_match(key, cutoff) if long else self._fuzzy(key, cutoff)
        return self._by_id[tool_id] if tool_id is not None else None

    def _fuzzy_match(self, key: str, cutoff: float) -> str | None:
        found = process.extractOne(key, self._choices, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self._names[found[0]] if found else None

    def suggest(self, text: str, *, limit: int = 3) -> list[str]:
        """Display names close to a typed name, best first."""
        key = utils.default_process(text)
        hits = process.extract(key, self._choices, scorer=fuzz.WRatio, limit=limit * 3)
        names: list[str] = []
        for choice, score, _ in hits:
            name = self._by_id[self._names[choice]].name
            if score >= 60 and name not in names:
                names.append(name)
        return names[:limit]

    def resolve(self, text: str) -> Tool:
        """The tool a typed name means, or UnknownTool with suggestions."""
        tool = self.match_name(text)
        if tool is None:
            raise UnknownTool(text.strip()[:80], self.suggest(text))
        return tool

    def _default_picks(self, stage: Stage, workloads: tuple[Workload, ...] = ()) -> list[str]:
        """The tools built for a job, best first, as the engine ranks them for someone who asks only for it (for the
        kinds of work a query names, when it names some: "serve llm fast")."""
        from core.matching import score_all
        from core.profile import Profile
        from core.scoring import wanted_of

        asking = Profile(needs=(stage,), workloads=workloads or None)
        return [tool.id for _, tool in score_all(asking, self, wanted_of(asking, self)) if tool.built_for(stage)]

    def search(self, text: str, *, limit: int = 10) -> list[Tool]:
        """Ranked search over names, aliases, summary, stages and category (see core.search)."""
        from core.scoring import index_of  # both are built on first use, once per catalog
        from core.search import SearchIndex

        if self._index is None:
            self._index = SearchIndex(self.tools, index_of(self), self._default_picks, today=self.updated)
        return [hit.tool for hit in self._index.search(text, limit=limit)]


#: Words that say a tool is another one run or sold for you: "managed Ray", "hosted MLflow", "commercial Airflow".
EDITION = ("managed", "commercial", "hosted", "enterprise")
EDITION_WORDS = "(?:" + "|".join(EDITION) + ")"


def any_name(tool: Tool) -> str:
    """The tool's name and aliases as one regex alternation, longest first."""
    names = sorted({tool.name.lower(), *(a.lower() for a in tool.aliases)}, key=len, reverse=True)
    return "|".join(re.escape(name) for name in names)


#: How a summary opens when it sells its tool as another one run for you.
_OPENS_AS = rf"^(?:an? |the )?(?:fully[- ])?{EDITION_WORDS}"
_SOLD_AS = re.compile(_OPENS_AS + r"\s", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _edition_of(names: str) -> re.Pattern[str]:
    """How a summary opens when its tool is another one run for you: "Managed Ray platform …", "Commercial Apache
    Airflow platform …", "Hosted Git platform …" (`names`: the other tool's, as `any_name` gives them)."""
    return re.compile(rf"{_OPENS_AS}\s+(?:{names})(?![\w-])")


@lru_cache(maxsize=4096)
def sold_as_edition(summary: str) -> bool:
    """Does a summary open by saying its tool is another one run for you ("Managed Ray platform …")? Few do, so
    this cheap test comes before any comparison of names."""
    return _SOLD_AS.match(summary) is not None


def edition(a: Tool, b: Tool) -> bool:
    """Is `a` tool `b` run or sold for you (Anyscale is managed Ray, Outerbounds managed Metaflow), as `a`'s own
    summary opens by saying?"""
    if not sold_as_edition(a.summary):
        return False
    return _edition_of(any_name(b)).match(a.summary.lower()) is not None


def edition_of(tool: Tool, named: Mapping[str, Tool]) -> Tool | None:
    """The tool this one is sold as an edition of ("Managed Metaflow platform …": Metaflow), found by the name its
    summary gives after the edition word, in `named` (every tool's lower-case names and aliases): one look-up per
    length of name, not a comparison with every tool (an index of ten thousand tools is built in one pass)."""
    if not sold_as_edition(tool.summary):
        return None
    opening = _SOLD_AS.match(tool.summary)
    words = tool.summary[opening.end() :].lower().split() if opening is not None else []
    for size in range(min(6, len(words)), 0, -1):
        other = named.get(" ".join(words[:size]).rstrip(",.;:"))
        if other is not None and other is not tool and edition(tool, other):
            return other
    return None


def cross_check(tools: Iterable[Tool], *, today: date, partial: bool = False) -> list[str]:
    """Problems that no single entry shows: duplicates, dangling ids, quadrant mismatches."""
    tools = list(tools)
    problems: list[str] = []
    ids: set[str] = set()
    names: dict[str, str] = {}
    for tool in tools:
        if tool.id in ids:
            problems.append(f"{tool.id}: duplicate id")
        ids.add(tool.id)
        for name in tool.names():
            key = utils.default_process(name)
            owner = names.setdefault(key, tool.id)
            if owner != tool.id:
                problems.append(f"{tool.id}: name or alias '{name}' is already used by {owner}")
    known_sites = {site_of(tool.url) for tool in tools}
    for tool in tools:
        if tool.last_verified > today:
            problems.append(f"{tool.id}: last_verified {tool.last_verified} is in the future")
        problems.extend(source_problems(tool, known_sites))
        expected = CATEGORY_QUADRANT[tool.category]
        if tool.quadrant is not expected:
            problems.append(
                f"{tool.id}: focus/scope put it in {tool.quadrant}, but category {tool.category} belongs in {expected}"
            )
        if partial:
            continue
        for other in tool.integrates_with:
            if other not in ids:
                problems.append(f"{tool.id}: integrates_with unknown id '{other}'")
            if other == tool.id:
                problems.append(f"{tool.id}: integrates_with itself")
        for other in tool.platforms:
            if other not in ids or other == tool.id:
                problems.append(f"{tool.id}: platforms has unknown id '{other}'")
        if tool.successor is not None and tool.successor not in ids:
            problems.append(f"{tool.id}: successor unknown id '{tool.successor}'")
        for event in tool.events:
            if event.successor is not None and event.successor not in ids:
                problems.append(f"{tool.id}: event successor unknown id '{event.successor}'")
            if event.former_name is not None and (event.kind is not EventKind.RENAMED
                                                  or event.former_name.casefold() not in
                                                  {a.casefold() for a in tool.aliases}):
                problems.append(f"{tool.id}: former_name '{event.former_name}' must be one of its aliases, on a "
                                "renamed event")
    return problems


def source_problems(tool: Tool, known_sites: set[str]) -> list[str]:
    """Each URL behind the entry that the source policy refuses, named with the reason."""
    urls = [*tool.sources, *(event.source for event in tool.events)]
    if tool.latest_release is not None:
        urls.append(tool.latest_release.source)
    own = {site_of(tool.url)}
    problems = []
    for url in dict.fromkeys(urls):
        why = refusal(url, own_sites=own, known_sites=known_sites)
        if why is not None:
            problems.append(f"{tool.id}: source {url} is {why}")
    return problems


def _describe(error: ValidationError, raw_tools: list[Any]) -> str:
    lines = []
    for item in error.errors()[:20]:
        loc = list(item["loc"])
        if len(loc) >= 2 and loc[0] == "tools" and isinstance(loc[1], int):
            raw = raw_tools[loc[1]] if loc[1] < len(raw_tools) else {}
            tool_id = raw.get("id", f"#{loc[1]}") if isinstance(raw, dict) else f"#{loc[1]}"
            where = ".".join(str(p) for p in [tool_id, *loc[2:]])
        else:
            where = ".".join(str(p) for p in loc) or "catalog"
        lines.append(f"  {where}: {item['msg']}")
    more = len(error.errors()) - 20
    if more > 0:
        lines.append(f"  … and {more} more")
    return "\n".join(lines)


def parse_catalog(text: str, *, today: date, partial: bool = False) -> Catalog:
    """Parse and cross-check catalog JSON, or raise InvalidCatalog listing every problem."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidCatalog(f"catalog is not valid JSON: {error.msg} at line {error.lineno}") from None
    raw_tools = data.get("tools", []) if isinstance(data, dict) else []
    try:
        parsed = CatalogFile.model_validate(data)
    except ValidationError as error:
        raise InvalidCatalog("catalog has invalid entries:\n" + _describe(error, raw_tools)) from None
    problems = cross_check(parsed.tools, today=today, partial=partial)
    if problems:
        raise InvalidCatalog("catalog is inconsistent:\n" + "\n".join(f"  {p}" for p in problems))
    return Catalog(parsed.tools, updated=parsed.updated)


def catalog_json_schema() -> dict[str, Any]:
    """The JSON Schema of catalog.json, generated from the model."""
    schema = CatalogFile.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "MLOps Waiter catalog"
    return schema
