"""Build-vs-buy guidance and the next maturity step, from the essay series (part 3)."""

from __future__ import annotations

from core.profile import Profile
from core.scoring import Wanted
from core.vocabulary import Frustration, Persona, ScopePreference, Workload

_NEXT_STEP = {
    0: "Next step (level 0 → 1): automate one training pipeline end to end, with tracked experiments, "
    "before adding more tools.",
    1: "Next step (level 1 → 2): put pipelines and models under CI/CD, with tests and a registry gate "
    "before deployment.",
    2: "You're at level 2: invest in monitoring and retraining triggers rather than more platform.",
}
_UNKNOWN_STEP = (
    "Aim for the next maturity level, not an end-state stack: from notebooks (level 0) to automated "
    "pipelines (1), then CI/CD for pipelines and models (2)."
)


def _build_or_buy(profile: Profile) -> str:
    if profile.persona is Persona.PLATFORM_ENGINEER or (profile.team_size or 0) > 50:
        return (
            "At your size a thin internal platform can pay off, but build integrators (glue between "
            "bought or open-source tools), never a home-grown tracker or model server."
        )
    return (
        "Buy (or adopt open source) by default: build only what is core to your business, and if you "
        "build, build the integration between tools, not the tools."
    )


def _scope(profile: Profile, wanted: Wanted) -> str:
    if Frustration.TOO_MANY_TOOLS in (profile.frustrations or ()):
        return "With too many tools already, retire one for every one you add; prefer tools that cover several stages."
    if profile.scope_preference is ScopePreference.ALL_IN_ONE:
        return (
            "All-in-one platforms save glue work but lock you in: check the exit path (export of runs, "
            "models and metadata) before you commit."
        )
    if len(wanted.weights) > 1:
        return "Start with the stage that hurts most; add the next tool when the next pain is real."
    return "Specialized tools first: they are easier to adopt and to replace than a platform."


def build_advice(profile: Profile, wanted: Wanted | None = None) -> list[str]:
    """Two to four lines of advice a senior colleague would give this profile."""
    wanted = wanted or Wanted()
    lines = [_build_or_buy(profile), _scope(profile, wanted)]
    if wanted.settled:
        lines.append(
            "Your current tools already cover what you asked for: keep them and deepen their use."
        )
    if Workload.LLM in (profile.workloads or ()) and profile.maturity in (None, 0):
        lines.append(
            "For LLM apps, set up evaluation on a fixed test set before tracing production traffic."
        )
    lines.append(_NEXT_STEP[profile.maturity] if profile.maturity is not None else _UNKNOWN_STEP)
    return lines
