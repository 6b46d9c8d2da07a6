"""Matching: hard constraints first, then a score a person can follow, then explanations."""

from __future__ import annotations

from collections.abc import Sequence

from core.advice import build_advice
from core.catalog import Catalog, Tool
from core.profile import Profile
from core.recommendation import Critique, CritiqueKind, Pick, Recommendation
from core.vocabulary import (
    RING_MEANING,
    Budget,
    Cloud,
    Deployment,
    Persona,
    Pricing,
    Ring,
    ScopePreference,
    Stage,
    label,
)

_RING_BONUS = {Ring.ADOPT: 0.15, Ring.TRIAL: 0.1, Ring.ASSESS: 0.0, Ring.HOLD: -1.0}
_PERSONA_FOCUS = {
    Persona.RESEARCHER: 0.7,
    Persona.ML_ENGINEER: 0.2,
    Persona.SOFTWARE_ENGINEER: -0.5,
    Persona.PLATFORM_ENGINEER: -0.3,
    Persona.TEAM_LEAD: 0.0,
}
_TIED_CLOUDS = {Cloud.AWS, Cloud.GCP, Cloud.AZURE}


def violations(tool: Tool, profile: Profile) -> list[str]:
    """The hard constraints a tool breaks for this profile, in the user's terms."""
    broken = []
    if not tool.adoptable:
        broken.append(f"it is {tool.status.value.replace('_', ' ')}: {tool.status_note}")
    if profile.open_source_only and not tool.open_source:
        broken.append(f"it is not open source ({tool.license}), and you need open source")
    if profile.self_hosted and Deployment.SELF_HOSTED not in tool.deployment:
        broken.append("it cannot run on your own infrastructure, and you need self-hosting")
    if profile.kubernetes is False and tool.requires_kubernetes:
        broken.append("it requires Kubernetes, and you have none")
    if tool.clouds and profile.cloud is not None and profile.cloud not in tool.clouds:
        tied = " or ".join(label(c) for c in tool.clouds)
        broken.append(f"it only runs on {tied}, and you are on {label(profile.cloud)}")
    if profile.budget is Budget.NONE and tool.pricing not in (Pricing.FREE, Pricing.FREEMIUM):
        broken.append(f"it is {tool.pricing.value.replace('_', ' ')}, and your budget is free only")
    return broken


def _score(tool: Tool, profile: Profile, wanted: Sequence[Stage]) -> tuple[float, list[str]]:
    reasons: list[str] = []
    covered = [stage for stage in wanted if stage in tool.stages]
    score = 0.0
    if wanted:
        score += 1.0 * len(covered) / len(wanted) + 0.5 * min(len(covered), 1)
        if covered:
            reasons.append("covers " + ", ".join(label(s).lower() for s in covered) + ", which you asked for")
    if profile.persona is not None:
        fit = 1 - abs(_PERSONA_FOCUS[profile.persona] - tool.focus) / 2
        score += 0.3 * fit
        if fit > 0.8:
            reasons.append(f"fits how a {label(profile.persona).lower()} works")
    if profile.scope_preference is ScopePreference.ALL_IN_ONE:
        score += 0.2 * tool.scope
    elif profile.scope_preference is ScopePreference.PIECEMEAL:
        score -= 0.2 * tool.scope
    if profile.team_size is not None:
        low, high = tool.team_size
        score += 0.1 if low <= profile.team_size <= high else -0.2
    if profile.maturity is not None and tool.min_maturity > profile.maturity:
        score -= 0.15 * (tool.min_maturity - profile.maturity)
    stack = set(profile.current_stack or ())
    partners = sorted(stack & set(tool.integrates_with))
    if partners:
        score += 0.1 * min(len(partners), 3)
        reasons.append("works with your " + ", ".join(partners))
    if profile.cloud in _TIED_CLOUDS and profile.cloud in tool.clouds:
        score += 0.15
        reasons.append(f"native to {label(profile.cloud)}")
    if tool.open_source and profile.open_source_only:
        reasons.append(f"open source ({tool.license})")
    score += _RING_BONUS[tool.effective_ring]
    return score, reasons


def _caveats(tool: Tool, profile: Profile) -> list[str]:
    caveats = []
    if tool.requires_kubernetes:
        caveats.append("needs a Kubernetes cluster to run")
    if Deployment.SAAS not in tool.deployment and Deployment.MANAGED_CLOUD not in tool.deployment:
        caveats.append("you run and upgrade it yourself")
    if tool.pricing in (Pricing.PAID, Pricing.USAGE_BASED):
        caveats.append(f"{tool.pricing.value.replace('_', ' ')} pricing")
    if not tool.open_source:
        caveats.append(f"licence: {tool.license}")
    if tool.status_note:
        caveats.append(tool.status_note)
    return caveats


_CHEAPER = {Budget.HIGH: Budget.MEDIUM, Budget.MEDIUM: Budget.LOW, Budget.LOW: Budget.NONE}


def apply_critiques(profile: Profile, critiques: Sequence[Critique]) -> Profile:
    """The profile as the critiques change it (hard constraints they add, budget they lower)."""
    for critique in critiques:
        if critique.kind is CritiqueKind.CHEAPER:
            profile = profile.with_answers(budget=_CHEAPER.get(profile.budget or Budget.MEDIUM, Budget.NONE))
        elif critique.kind is CritiqueKind.OPEN_SOURCE_ONLY:
            profile = profile.with_answers(open_source_only=True)
        elif critique.kind is CritiqueKind.NO_KUBERNETES:
            profile = profile.with_answers(kubernetes=False)
        elif critique.kind is CritiqueKind.MANAGED:
            profile = profile.with_answers(self_hosted=False)
        elif critique.kind is CritiqueKind.LIGHTER:
            profile = profile.with_answers(scope_preference=ScopePreference.PIECEMEAL)
    return profile


def _soft(tool: Tool, catalog: Catalog, critiques: Sequence[Critique]) -> float:
    bonus = 0.0
    for critique in critiques:
        if critique.kind is CritiqueKind.MANAGED:
            managed = {Deployment.SAAS, Deployment.MANAGED_CLOUD} & set(tool.deployment)
            bonus += 0.4 if managed else -0.4
        elif critique.kind is CritiqueKind.LIGHTER:
            bonus -= 0.2 * tool.min_maturity + (0.3 if tool.requires_kubernetes else 0.0)
        elif critique.kind is CritiqueKind.MORE_LIKE and critique.tool_id in catalog:
            like = catalog.get(critique.tool_id)
            shared = len(set(like.stages) & set(tool.stages)) / len(like.stages)
            bonus += 0.5 * shared + (0.2 if like.category is tool.category else 0.0)
            bonus -= 0.2 * (abs(like.focus - tool.focus) + abs(like.scope - tool.scope))
    return bonus


def rank(
    profile: Profile, catalog: Catalog, *, critiques: Sequence[Critique] = ()
) -> list[tuple[float, Tool, list[str]]]:
    """Every admissible tool that serves a wanted stage, best first (ties by id)."""
    profile = apply_critiques(profile, critiques)
    wanted = profile.wanted_stages()
    stack = set(profile.current_stack or ())
    scored = []
    for tool in catalog:
        if violations(tool, profile) or tool.id in stack:
            continue
        if wanted and not set(wanted) & set(tool.stages):
            continue
        score, reasons = _score(tool, profile, wanted)
        scored.append((score + _soft(tool, catalog, critiques), tool, reasons))
    scored.sort(key=lambda item: (-item[0], item[1].id))
    return scored


def recommend(
    profile: Profile, catalog: Catalog, *, top: int = 3, critiques: Sequence[Critique] = ()
) -> Recommendation:
    """Two or three picks for a profile, with reasons, caveats, ring and advice."""
    top += 3 * sum(1 for c in critiques if c.kind is CritiqueKind.SHOW_MORE)
    picks: list[Pick] = []
    used_stages: set[Stage] = set()
    profile = apply_critiques(profile, critiques)
    for score, tool, reasons in rank(profile, catalog, critiques=critiques):
        if len(picks) >= top:
            break
        covered = [s for s in profile.wanted_stages() if s in tool.stages] or list(tool.stages)
        if picks and set(covered) <= used_stages and len(picks) >= 2:
            continue
        used_stages.update(covered)
        ring = tool.effective_ring
        picks.append(
            Pick(
                id=tool.id, name=tool.name, url=tool.url, score=score, ring=ring,
                ring_meaning=RING_MEANING[ring], quadrant=tool.quadrant, stages=tuple(covered),
                reasons=tuple(reasons) or (tool.summary,), caveats=tuple(_caveats(tool, profile)),
            )
        )  # fmt: skip
    keep = _keep(profile, catalog)
    return Recommendation(picks=tuple(picks), advice=tuple(build_advice(profile)), keep=keep)


def _keep(profile: Profile, catalog: Catalog) -> tuple[str, ...]:
    wanted = set(profile.wanted_stages())
    lines = []
    for tool_id in profile.current_stack or ():
        if tool_id in catalog:
            tool = catalog.get(tool_id)
            overlap = [label(s).lower() for s in tool.stages if s in wanted]
            if overlap and tool.adoptable:
                lines.append(f"Keep {tool.name} for {', '.join(overlap)}.")
    return tuple(lines)


def why_not(
    profile: Profile, catalog: Catalog, tool_id: str, *, critiques: Sequence[Critique] = ()
) -> str:
    """Why a catalog tool is not among the picks."""
    profile = apply_critiques(profile, critiques)
    tool = catalog.get(tool_id)
    broken = violations(tool, profile)
    if broken:
        return f"{tool.name}: " + "; ".join(broken) + "."
    if tool_id in set(profile.current_stack or ()):
        return f"{tool.name}: you already use it, so I suggest keeping it rather than buying it again."
    ranking = [t.id for _, t, _ in rank(profile, catalog, critiques=critiques)]
    if tool_id not in ranking:
        return f"{tool.name}: it does not serve the stages you need."
    position = ranking.index(tool_id) + 1
    picks = [p.id for p in recommend(profile, catalog, critiques=critiques).picks]
    if tool_id in picks:
        return f"{tool.name} is one of my picks (ranked {position})."
    return f"{tool.name}: ranked {position} of {len(ranking)}; the picks fit your answers better."
