"""What a pick costs to run (caveats) and one counterfactual ("on GCP I'd suggest …")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from core.catalog import Catalog, Tool
from core.constraints import admissible
from core.profile import Profile
from core.scoring import BIG_CLOUDS, Wanted, factors, total
from core.vocabulary import Budget, Deployment, Pricing, ScopePreference, Stage, label, label_in_text

#: What running a tool of each stage yourself takes, in a senior colleague's words.
RUNNING: dict[Stage, str] = {
    Stage.EXPERIMENT_TRACKING: "a tracking server with a database (e.g. Postgres) and an object store for artifacts",
    Stage.MODEL_REGISTRY: "a database and an object store for model files",
    Stage.MODEL_SERVING: "CPU/GPU hosts sized for your traffic, and someone on call",
    Stage.WORKFLOW_ORCHESTRATION: "a scheduler, a metadata database and workers",
    Stage.ML_PIPELINES: "a scheduler, a metadata database and workers",
    Stage.VECTOR_SEARCH: "a server with enough memory for the index, and backups",
    Stage.FEATURE_STORE: "an offline store (warehouse or files) and an online store such as Redis",
    Stage.DATA_LABELING: "a server with a database and storage for the raw data, plus annotators' time",
    Stage.MODEL_MONITORING: "a store for predictions and reference data, and alert routing",
    Stage.LLM_OBSERVABILITY: "a database for traces (often Postgres plus ClickHouse)",
    Stage.LLM_EVALUATION: "curated evaluation datasets and LLM API calls for the judges",
    Stage.NOTEBOOKS: "user management and compute for every user",
    Stage.COMPUTE: "the machines or cluster themselves, and capacity planning",
    Stage.DATA_VERSIONING: "an object store (S3, GCS, MinIO, …) for the data",
    Stage.DATA_VALIDATION: "checks written and kept up to date for each dataset",
    Stage.CI_CD: "runners to execute the jobs",
    Stage.HYPERPARAMETER_TUNING: "compute for the trials, and a database to share studies",
    Stage.GOVERNANCE: "owners who review models and policies",
    Stage.CONTAINERS: "an image registry",
    Stage.SOURCE_CONTROL: "a server to host the repositories",
}

_PRICING = {
    Pricing.PAID: "paid licence: expect a sales conversation and a yearly contract",
    Pricing.USAGE_BASED: "usage-based pricing: the bill grows with traffic and compute",
    Pricing.FREEMIUM: "free tier with limits; team features are paid",
}


def _self_run(tool: Tool, profile: Profile) -> bool:
    hosted = {Deployment.SAAS, Deployment.MANAGED_CLOUD} & set(tool.deployment)
    return Deployment.SELF_HOSTED in tool.deployment and (bool(profile.self_hosted) or not hosted)


def caveats(tool: Tool, profile: Profile, covered: Sequence[Stage]) -> list[str]:
    """What adopting the tool will cost this team, beyond the price tag."""
    found = []
    if _self_run(tool, profile):
        need = next((RUNNING[s] for s in (*covered, *tool.stages) if s in RUNNING), "a host")
        found.append(f"you run and upgrade it yourself: it needs {need}")
    if tool.requires_kubernetes:
        found.append("needs a Kubernetes cluster, and someone who runs it")
    if tool.pricing in _PRICING:
        found.append(_PRICING[tool.pricing])
    if tool.clouds:
        found.append("ties you to " + " or ".join(label(c.value) for c in tool.clouds))
    if not tool.open_source:
        found.append(f"not open source (licence: {tool.license})")
    if profile.maturity is not None and tool.min_maturity > profile.maturity:
        found.append(
            f"pays off from maturity level {tool.min_maturity}; you are at {profile.maturity}"
        )
    return found


def _what_ifs(profile: Profile) -> Iterator[tuple[str, dict[str, Any]]]:
    if profile.budget is Budget.NONE:
        yield "With a small budget", {"budget": Budget.LOW}
    if profile.kubernetes is False:
        yield "If Kubernetes were possible", {"kubernetes": True}
    if profile.open_source_only:
        yield "If a non-open-source licence were fine", {"open_source_only": False}
    if profile.self_hosted:
        yield "If a managed service were fine", {"self_hosted": False}
    if profile.cloud in (*BIG_CLOUDS, None) and not profile.self_hosted:
        for cloud in BIG_CLOUDS:
            if cloud is not profile.cloud:
                yield f"On {label(cloud.value)}", {"cloud": cloud}
    if profile.scope_preference is ScopePreference.PIECEMEAL:
        yield "If you wanted one platform", {"scope_preference": ScopePreference.ALL_IN_ONE}
    else:
        yield (
            "If you preferred best-of-breed pieces",
            {"scope_preference": ScopePreference.PIECEMEAL},
        )


def _primary(tool: Tool, wanted: Wanted) -> Stage:
    mine = [s for s in wanted.weights if s in tool.stages]
    return max(mine, key=lambda s: wanted.weights[s]) if mine else tool.stages[0]


def counterfactuals(
    profile: Profile, catalog: Catalog, picks: Sequence[Tool], scored: Sequence[tuple[float, Tool]],
    wanted: Wanted,
) -> dict[str, str]:  # fmt: skip
    """One line per pick: what I'd suggest instead if one answer were different."""
    taken = {tool.id for tool in picks}
    result: dict[str, str] = {}
    fallback: dict[str, str] = {}
    primary = {_primary(tool, wanted) for tool in picks}
    candidates = [t for t in catalog if t.id not in taken and not primary.isdisjoint(t.stages)]
    for lead, change in _what_ifs(profile):
        if len(result) == len(picks):
            break
        other = profile.with_answers(**change)  # the same needs: only the tools' fit changes
        alt: dict[str, float] = {}
        for tool in candidates:
            if admissible(tool, other, wanted):
                alt[tool.id] = total(factors(tool, other, catalog, wanted, explain=False))
        for pick in picks:
            if pick.id in result:
                continue
            stage = _primary(pick, wanted)
            bar = total(factors(pick, other, catalog, wanted, explain=False))
            if not admissible(pick, other, wanted):
                bar = float("-inf")
            best = _best_for(stage, alt, catalog, bar, needs_tie="cloud" in change)
            if best is not None:
                result[pick.id] = (
                    f"{lead}, I'd suggest {best.name} for {label_in_text(stage.value)} instead."
                )
            elif pick.id not in fallback and "cloud" not in change:
                also = _best_for(stage, alt, catalog, float("-inf"), needs_tie=False)
                if also is not None:
                    fallback[pick.id] = f"{lead}, {also.name} would also be an option."
    for pick in picks:
        if pick.id not in result:
            stage = _primary(pick, wanted)
            runner = next((t for _, t in scored if t.id not in taken and stage in t.stages), None)
            if runner is None and pick.id in fallback:
                result[pick.id] = fallback[pick.id]
            elif runner is not None:
                result[pick.id] = (
                    f"If {pick.name} doesn't suit, the next best for {label_in_text(stage.value)} "
                    f"is {runner.name}."
                )
    return result


def _best_for(
    stage: Stage, alt: dict[str, float], catalog: Catalog, bar: float, *, needs_tie: bool
) -> Tool | None:
    best: tuple[float, str] | None = None
    for tool_id, score in alt.items():
        tool = catalog.get(tool_id)
        if stage not in tool.stages or score <= bar or (needs_tie and not tool.clouds):
            continue
        if best is None or (-score, tool_id) < (-best[0], best[1]):
            best = (score, tool_id)
    return catalog.get(best[1]) if best else None
