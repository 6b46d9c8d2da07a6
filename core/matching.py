"""Matching: hard constraints first, then a score a person can follow, then picks and explanations."""

from __future__ import annotations

from collections.abc import Sequence

from core.advice import build_advice
from core.catalog import Catalog, Tool
from core.constraints import admissible, violations
from core.explanations import caveats, counterfactuals
from core.profile import Profile
from core.recommendation import Critique, CritiqueKind, Pick, Recommendation
from core.relaxation import relax
from core.scoring import FACTOR_WORDS, Factor, Wanted, factors, total, wanted_of
from core.stack import compose_stack, keep_lines
from core.vocabulary import RING_MEANING, Budget, ScopePreference, label_in_text

Scored = tuple[float, Tool]
__all__ = ["apply_critiques", "rank", "recommend", "top_ids", "violations", "why_not"]


_CHEAPER = {Budget.HIGH: Budget.MEDIUM, Budget.MEDIUM: Budget.LOW, Budget.LOW: Budget.NONE}


def apply_critiques(profile: Profile, critiques: Sequence[Critique]) -> Profile:
    """The profile as the critiques change it (hard constraints they add, budget they lower)."""
    for critique in critiques:
        if critique.kind is CritiqueKind.CHEAPER:
            cheaper = _CHEAPER.get(profile.budget or Budget.MEDIUM, Budget.NONE)
            profile = profile.with_answers(budget=cheaper)
        elif critique.kind is CritiqueKind.OPEN_SOURCE_ONLY:
            profile = profile.with_answers(open_source_only=True)
        elif critique.kind is CritiqueKind.NO_KUBERNETES:
            profile = profile.with_answers(kubernetes=False)
        elif critique.kind is CritiqueKind.MANAGED:
            profile = profile.with_answers(self_hosted=False)
        elif critique.kind is CritiqueKind.LIGHTER:
            profile = profile.with_answers(scope_preference=ScopePreference.PIECEMEAL)
    return profile


def score_all(
    profile: Profile, catalog: Catalog, wanted: Wanted, critiques: Sequence[Critique] = ()
) -> list[Scored]:
    """Every admissible tool with its score, best first (ties by id)."""
    scored = [
        (total(factors(tool, profile, catalog, wanted, critiques, explain=False)), tool)
        for tool in catalog
        if admissible(tool, profile, wanted)
    ]
    scored.sort(key=lambda item: (-item[0], item[1].id))
    return scored


def reasons_of(found: Sequence[Factor]) -> list[str]:
    """The good words of the factors, strongest first."""
    good = [f for f in found if f.good]
    good.sort(key=lambda f: -f.points)
    return [f.good for f in good if f.good]


def rank(
    profile: Profile, catalog: Catalog, *, critiques: Sequence[Critique] = ()
) -> list[tuple[float, Tool, list[str]]]:
    """Every admissible tool that serves a wanted stage, best first (ties by id), with reasons."""
    profile = apply_critiques(profile, critiques)
    wanted = wanted_of(profile, catalog)
    return [
        (score, tool, reasons_of(factors(tool, profile, catalog, wanted, critiques)))
        for score, tool in score_all(profile, catalog, wanted, critiques)
    ]


def near_duplicate(a: Tool, b: Tool) -> bool:
    """Would showing both waste a slot: the same kind of tool, or one vendor's overlapping products?"""
    sa, sb = set(a.stages), set(b.stages)
    overlap = len(sa & sb) / len(sa | sb)
    if a.id.startswith(b.id + "-") or b.id.startswith(a.id + "-"):
        return overlap >= 0.25
    if a.vendor == b.vendor:
        return overlap >= 0.5
    return a.category is b.category and overlap >= 0.67  # two of the same kind of tool for the same job


def _limit(top: int, critiques: Sequence[Critique]) -> int:
    return top + 3 * sum(1 for c in critiques if c.kind is CritiqueKind.SHOW_MORE)


def _excluded(critiques: Sequence[Critique]) -> set[str]:
    return {c.tool_id for c in critiques if c.kind is CritiqueKind.MORE_LIKE and c.tool_id}


def select(
    scored: Sequence[Scored], wanted: Wanted, *, top: int, exclude: set[str]
) -> list[Scored]:
    """Greedy picks: best score plus what a pick adds to the others' coverage, never near-duplicates."""
    chosen: list[Scored] = []
    covered: set[str] = set()
    pool = [item for item in scored[: max(30, 10 * top)] if item[1].id not in exclude]
    while len(chosen) < top:
        best: Scored | None = None
        best_value = 0.0
        for item in pool:
            score, tool = item
            if any(c[1].id == tool.id or near_duplicate(tool, c[1]) for c in chosen):
                continue
            value = score + (_gain(tool, wanted, covered) if chosen else 0.0)
            if best is None or value > best_value:
                best, best_value = item, value
        if best is None:
            break
        chosen.append(best)
        covered.update(s for s in best[1].stages if s in wanted.weights)
    return chosen


def _gain(tool: Tool, wanted: Wanted, covered: set[str]) -> float:
    if not wanted.weights:
        return 0.0
    new = sum(w for s, w in wanted.weights.items() if s in tool.stages and s not in covered)
    return 0.8 * new / wanted.total


def top_ids(profile: Profile, catalog: Catalog, *, top: int = 3) -> tuple[str, ...]:
    """The ids of the picks, fast (no words): what the interviewer watches."""
    wanted = wanted_of(profile, catalog)
    chosen = select(score_all(profile, catalog, wanted), wanted, top=top, exclude=set())
    return tuple(tool.id for _, tool in chosen)


def _pick(tool: Tool, score: float, profile: Profile, catalog: Catalog, wanted: Wanted,
          critiques: Sequence[Critique]) -> Pick:  # fmt: skip
    found = factors(tool, profile, catalog, wanted, critiques)
    covered = tuple(s for s in wanted.weights if s in tool.stages)
    covered = tuple(s for s in covered if s not in wanted.kept) or covered or tool.stages
    ring = tool.effective_ring
    return Pick(
        id=tool.id, name=tool.name, url=tool.url, score=score, ring=ring,
        ring_meaning=RING_MEANING[ring], quadrant=tool.quadrant, stages=covered,
        reasons=tuple(reasons_of(found)[:4]) or (tool.summary,),
        caveats=tuple(caveats(tool, profile, covered)),
    )  # fmt: skip


def recommend(
    profile: Profile, catalog: Catalog, *, top: int = 3, critiques: Sequence[Critique] = ()
) -> Recommendation:
    """Two or three picks for a profile, with reasons, caveats, ring, a counterfactual and advice."""
    profile = apply_critiques(profile, critiques)
    wanted = wanted_of(profile, catalog)
    scored = score_all(profile, catalog, wanted, critiques)
    chosen = select(scored, wanted, top=_limit(top, critiques), exclude=_excluded(critiques))
    picks = [_pick(tool, score, profile, catalog, wanted, critiques) for score, tool in chosen]
    whatifs = counterfactuals(profile, catalog, [tool for _, tool in chosen], scored, wanted)
    picks = [p.model_copy(update={"counterfactual": whatifs.get(p.id)}) for p in picks]
    return Recommendation(
        picks=tuple(picks),
        advice=tuple(build_advice(profile, wanted)),
        keep=tuple(keep_lines(profile, catalog, wanted)),
        relaxed=tuple(relax(profile, catalog, wanted, scored)),
        stack=compose_stack(profile, catalog, wanted, scored),
    )


def why_not(
    profile: Profile, catalog: Catalog, tool_id: str, *, critiques: Sequence[Critique] = ()
) -> str:
    """Why a catalog tool is (or is not) among the picks, in agreement with rank()."""
    profile = apply_critiques(profile, critiques)
    tool = catalog.get(tool_id)
    broken = violations(tool, profile)
    if broken:
        return f"{tool.name}: " + "; ".join(broken) + "."
    if tool_id in (profile.current_stack or ()):
        return (
            f"{tool.name}: you already use it, so I suggest keeping it rather than adding another."
        )
    wanted = wanted_of(profile, catalog)
    scored = score_all(profile, catalog, wanted, critiques)
    ids = [t.id for _, t in scored]
    if tool_id not in ids:
        return _not_serving(tool, wanted)
    chosen = select(scored, wanted, top=_limit(3, critiques), exclude=_excluded(critiques))
    position, count = ids.index(tool_id) + 1, len(ids)
    if tool_id in {t.id for _, t in chosen}:
        return f"{tool.name} is one of my picks (ranked {position} of {count})."
    if tool_id in _excluded(critiques):
        return f"{tool.name}: ranked {position} of {count}, but you asked for tools like it, so I show others."
    return f"{tool.name}: ranked {position} of {count}; " + _lost_to(
        tool, position, chosen, ids, profile, catalog, wanted, critiques
    )


def _not_serving(tool: Tool, wanted: Wanted) -> str:
    needs = ", ".join(label_in_text(s.value) for s in wanted.weights)
    does = ", ".join(label_in_text(s.value) for s in tool.stages)
    return f"{tool.name}: it does {does}, not {needs}, which is what you need."


def _lost_to(tool: Tool, position: int, chosen: Sequence[Scored], ids: list[str], profile: Profile,
             catalog: Catalog, wanted: Wanted, critiques: Sequence[Critique]) -> str:  # fmt: skip
    above = [t for _, t in chosen if ids.index(t.id) + 1 > position]
    for _, pick in chosen:
        if near_duplicate(tool, pick):
            return f"it is too close to {pick.name}, which I picked, so I show one of the two."
    if above:
        names = ", ".join(t.name for t in above)
        return (
            f"{names} covers parts of your needs the other picks miss, so together they cover more."
        )
    weakest = chosen[-1][1]
    mine = {f.name: f for f in factors(tool, profile, catalog, wanted, critiques)}
    theirs = {f.name: f for f in factors(weakest, profile, catalog, wanted, critiques)}
    gaps = sorted(((theirs[n].points - mine[n].points, n) for n in mine), reverse=True)
    notes = [mine[n].bad or f"{weakest.name} {FACTOR_WORDS[n]}" for gap, n in gaps if gap > 0.01][
        :2
    ]
    return (
        "the picks fit your answers better: " + ("; ".join(notes) or "a closer overall fit") + "."
    )
