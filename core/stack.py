"""Stack mode: one tool per needed stage, and what to keep (or replace) of the current stack."""

from __future__ import annotations

from collections.abc import Sequence

from core.catalog import Catalog, Tool
from core.profile import Profile
from core.recommendation import StackItem
from core.scoring import Wanted, and_list, factors, index_of, is_cluster_scheduler, short_on_own_machines
from core.vocabulary import Stage, label_in_text

SHARED_BONUS = 0.6  # a tool already in the stack that also covers this stage saves one tool
LINK_BONUS = 0.15  # per tool of the stack (new or current) it works with out of the box


def keep_lines(profile: Profile, catalog: Catalog, wanted: Wanted, picked: frozenset[str] = frozenset()) -> list[str]:
    """'Keep X for …' for what the stack already covers (unless X is a pick, which says so itself);
    'replace X' for retired tools."""
    lines = []
    for tool_id in profile.stack():
        if tool_id not in catalog or tool_id in picked:
            continue
        tool = catalog.get(tool_id)
        if not tool.adoptable:
            after = tool.successor
            successor = catalog.get(after).name if after and after in catalog else None
            tail = f" {successor} is its suggested successor." if successor else ""
            lines.append(f"Plan to move off {tool.name}: {(tool.status_note or '').rstrip('.')}.{tail}")
            continue
        if tool_id in wanted.breaking:
            stages, broken = wanted.breaking[tool_id]
            jobs = and_list([label_in_text(s.value) for s in stages])
            lines.append(f"{tool.name} does {jobs} for you now, but {'; '.join(broken)}, so the picks for {jobs} are "
                         "tools that fit.")
            continue
        kept = [s for s, owner in wanted.kept.items() if owner == tool_id]
        if not kept:
            continue
        # a pick for a job it keeps is an addition where it falls short ("never enough GPUs" on Slurm)
        added = [s for s in kept
                 if s in wanted.falls_short and any(p in catalog and catalog.get(p).built_for(s) for p in picked)]
        jobs = and_list([label_in_text(s.value) for s in kept])
        if added:
            short = and_list([label_in_text(s.value) for s in added])
            lines.append(f"Keep {tool.name} for {jobs}: you already use it; the picks for {short} are there to add "
                         "to it where it falls short.")
        elif Stage.COMPUTE in kept and is_cluster_scheduler(tool) and short_on_own_machines(profile):
            lines.append(f"Keep {tool.name} for {jobs}: its job queue is where a shortage on the machines you own is "
                         "fixed; nothing you can run yourself adds GPUs.")
        else:
            lines.append(f"Keep {tool.name} for {jobs}: you already use it, so no new tool there.")
    return lines


def compose_stack(
    profile: Profile, catalog: Catalog, wanted: Wanted, picks: Sequence[tuple[float, Tool]],
    scored: Sequence[tuple[float, Tool]], leave_out: frozenset[str] = frozenset(),
) -> tuple[StackItem, ...]:  # fmt: skip
    """With several needs, one tool per stage, built from the picks: stage → tool → why.

    A stage a pick is built for gets that pick (so the card and the picks never disagree); a stage
    no pick fills gets the best tool built for it; a stage the current stack keeps says so, unless they
    asked to leave that tool out (`leave_out`; the picks and `scored` hold none of those already).
    """
    if len(wanted.order) < 2:
        return ()
    partners = index_of(catalog).partners
    chosen: dict[str, Tool] = {}
    current = set(profile.stack())
    items = []
    for stage in wanted.order:
        if stage in wanted.kept:
            if wanted.kept[stage] in leave_out:
                continue
            tool = catalog.get(wanted.kept[stage])
            items.append(StackItem(stage=stage, tool_id=tool.id, tool_name=tool.name,
                                   why="you already use it: keep it"))  # fmt: skip
            continue
        builders = [(i, t) for i, (_, t) in enumerate(picks, start=1) if wanted.does(t, stage)]
        builders.sort(key=lambda item: item[1].id != wanted.side.get(stage))  # the platform they run first
        if builders:
            number, tool = builders[0]
            why = f"pick {number} above"
        else:
            best = _best(stage, scored, chosen, current, partners)
            if best is None:
                continue
            tool, why = best, _why(best, stage, profile, catalog, wanted, chosen, current, partners)
        items.append(StackItem(stage=stage, tool_id=tool.id, tool_name=tool.name, why=why))
        chosen.setdefault(tool.id, tool)
    return tuple(items)


def _value(score: float, tool: Tool, chosen: dict[str, Tool], current: set[str],
           partners: dict[str, frozenset[str]]) -> float:  # fmt: skip
    links = partners.get(tool.id, frozenset())
    linked = len(links & (set(chosen) | current))
    return score + (SHARED_BONUS if tool.id in chosen else 0.0) + LINK_BONUS * min(linked, 3)


def _best(stage: Stage, scored: Sequence[tuple[float, Tool]], chosen: dict[str, Tool], current: set[str],
          partners: dict[str, frozenset[str]]) -> Tool | None:  # fmt: skip
    best: tuple[float, str, Tool] | None = None
    for score, tool in scored:
        if not tool.built_for(stage):
            continue
        key = (-_value(score, tool, chosen, current, partners), tool.id, tool)
        if best is None or key[:2] < best[:2]:
            best = key
    return best[2] if best else None


def _why(tool: Tool, stage: Stage, profile: Profile, catalog: Catalog, wanted: Wanted,
         chosen: dict[str, Tool], current: set[str], partners: dict[str, frozenset[str]]) -> str:  # fmt: skip
    if tool.id in chosen:
        return f"{tool.name} already covers it for this stack: one tool fewer"
    links = partners.get(tool.id, frozenset())
    friends = [chosen[i].name for i in chosen if i in links]
    friends += [catalog.get(i).name for i in sorted(current & links) if i in catalog and i not in chosen]
    if friends:
        return "works with " + ", ".join(friends[:3]) + " in this stack"
    good = [f for f in factors(tool, profile, catalog, wanted) if f.good and f.name != "coverage"]
    good.sort(key=lambda f: -f.points)
    return (
        good[0].good
        if good and good[0].good
        else f"the best fit I have for {label_in_text(stage.value)}"
    )
