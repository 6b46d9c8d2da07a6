"""Build-vs-buy guidance and the next maturity step, from the essay series."""

from __future__ import annotations

from core.profile import Profile
from core.vocabulary import Persona, ScopePreference

_NEXT_STEP = {
    0: "Next step (level 0 → 1): automate one training pipeline end to end before adding more tools.",
    1: "Next step (level 1 → 2): put pipelines and models under CI/CD, with tests and a registry gate.",
    2: "You're at level 2: invest in monitoring and retraining triggers rather than more platform.",
}


def build_advice(profile: Profile) -> list[str]:
    """Two or three lines of advice a senior colleague would give this profile."""
    lines = [
        "Buy (or adopt open source) by default: build only what is core to your business; "
        "if you build, build the integration between tools, not the tools."
    ]
    if profile.persona is Persona.PLATFORM_ENGINEER or (profile.team_size or 0) > 50:
        lines[0] = (
            "At your size a thin internal platform can pay off, but build it as glue between "
            "bought or open-source tools, never as a home-grown tracker or server."
        )
    if profile.scope_preference is ScopePreference.ALL_IN_ONE:
        lines.append(
            "All-in-one platforms save glue work but lock you in: check the exit path (export of "
            "runs, models and metadata) before you commit."
        )
    else:
        lines.append("Start with specialized tools for the stage that hurts most; add the next one when it hurts.")
    if profile.maturity is not None:
        lines.append(_NEXT_STEP[profile.maturity])
    return lines
