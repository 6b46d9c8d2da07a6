"""When the constraints leave nothing for a need: say so, and relax the softest constraint explicitly."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from core.catalog import Catalog, Tool
from core.constraints import LIFTS, admissible, hard_constraints
from core.profile import Profile
from core.scoring import Wanted, factors, total
from core.vocabulary import Cloud, Stage, label_in_text

#: How each hard constraint reads in "Nothing … does X", and the "if" that lifts it.
_WORDS: dict[str, tuple[str, str]] = {
    "budget": ("free", "a small budget is possible"),
    "kubernetes": ("without Kubernetes", "Kubernetes is possible"),
    "open_source_only": ("open source", "a non-open-source licence is acceptable"),
    "self_hosted": ("self-hosted", "a managed service is acceptable"),
}


def _active(profile: Profile) -> list[tuple[str, str, dict[str, Any], str]]:
    """(key, how it reads, the change that lifts it, the "if"), softest first."""
    return [(key, _WORDS[key][0], LIFTS[key], _WORDS[key][1]) for key in hard_constraints(profile)]


def _nothing(active: Sequence[tuple[str, str, dict[str, Any], str]], stage: Stage, profile: Profile) -> str:
    words = [entry[1] for entry in active if entry[0] != "kubernetes"]
    kinds = (" " + " and ".join(words)) if words else ""
    if stage is Stage.COMPUTE and profile.cloud is Cloud.NONE:
        # with laptops alone there are no machines to schedule (Slurm, Ray): GPUs must come from somewhere, which is
        # what rules the rest out, not Kubernetes
        return f"Nothing{kinds} in my catalog gives you GPUs when all you have are laptops"
    without = " without Kubernetes" if any(entry[0] == "kubernetes" for entry in active) else ""
    return f"Nothing{kinds} in my catalog does {label_in_text(stage.value)}{without}"


def _best(stage: Stage, profile: Profile, catalog: Catalog, wanted: Wanted) -> Tool | None:
    best: tuple[float, str] | None = None
    for tool in catalog:
        if tool.built_for(stage) and admissible(tool, profile, wanted):
            key = (-total(factors(tool, profile, catalog, wanted, explain=False)), tool.id)
            best = key if best is None or key < best else best
    return catalog.get(best[1]) if best else None


def relax(
    profile: Profile, catalog: Catalog, wanted: Wanted, scored: Sequence[tuple[float, Tool]]
) -> list[str]:
    """One line per wanted stage that no admissible tool covers, naming what would fit if…"""
    served = {stage for _, tool in scored for stage in tool.primary_stages if tool.built_for(stage)}
    lines = []
    for stage in wanted.weights:
        if stage in served or stage in wanted.kept:
            continue
        active = _active(profile)
        relaxed = profile
        for count, (_, _, change, _) in enumerate(active, start=1):
            relaxed = relaxed.with_answers(**change)
            tool = _best(stage, relaxed, catalog, wanted)
            if tool is not None:
                condition = " and ".join(entry[3] for entry in active[:count])
                lines.append(f"{_nothing(active, stage, profile)}; if {condition}, {tool.name} would do it.")
                break
        else:
            lines.append(
                f"Nothing in my catalog does {label_in_text(stage.value)} for your setup yet."
            )
    return lines
