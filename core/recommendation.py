"""What the waiter serves: picks with reasons, caveats and ring, plus advice. Plain values."""

from __future__ import annotations

import re
from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from core.vocabulary import Quadrant, Ring, Stage, with_former_name


class Pick(BaseModel):
    """One recommended tool and the case for it."""

    model_config = ConfigDict(frozen=True)

    id: str
    name: str
    url: str
    score: float
    ring: Ring
    ring_meaning: str
    quadrant: Quadrant
    stages: tuple[Stage, ...]
    reasons: tuple[str, ...]
    caveats: tuple[str, ...] = ()
    counterfactual: str | None = None
    also_good: str | None = None  # the name of a strong runner-up for the same job
    cost: str | None = None  # its pricing model, in one line from its catalog entry
    formerly: str | None = None  # the name it had before its latest rename ("Vertex AI"), when its entry gives one

    @property
    def heading(self) -> str:
        """Its name as a card's heading: with the former name of a renamed tool, which people still know it by
        ("Gemini Enterprise Agent Platform (formerly Vertex AI)")."""
        return with_former_name(self.name, self.formerly)


class StackItem(BaseModel):
    """One row of a stack card: a stage, the tool for it, and why."""

    model_config = ConfigDict(frozen=True)

    stage: Stage
    tool_id: str
    tool_name: str
    why: str


class Recommendation(BaseModel):
    """The answer to a profile: two or three picks, advice, and what was relaxed or kept."""

    model_config = ConfigDict(frozen=True)

    picks: tuple[Pick, ...]
    common: tuple[str, ...] = ()  # what is true of every pick, said once rather than as each one's reason
    advice: tuple[str, ...] = ()
    keep: tuple[str, ...] = ()
    relaxed: tuple[str, ...] = ()
    stack: tuple[StackItem, ...] = ()

    @property
    def common_said(self) -> tuple[str, ...]:
        """What every pick shares, as said of all of them ("All of them: …, each covers data only, not models"):
        a reason is worded for one tool ("it covers …"), so its "it" becomes "each"."""
        return tuple(_EACH.sub(r"each \1", line) for line in self.common)

    def to_json_dict(self) -> dict[str, Any]:
        """The recommendation JSON of DESIGN.md (plus the optional extras)."""
        return {
            "recommendations": [
                {
                    "id": pick.id,
                    "name": pick.name,
                    "score": round(pick.score, 4),
                    "ring": pick.ring.value,
                    "quadrant": pick.quadrant.value,
                    "stages": [stage.value for stage in pick.stages],
                    "reasons": list(pick.reasons),
                    "caveats": list(pick.caveats),
                    "url": pick.url,
                    "counterfactual": pick.counterfactual,
                    "also_good": pick.also_good,
                    "cost": pick.cost,
                    "formerly": pick.formerly,
                }
                for pick in self.picks
            ],
            "common": list(self.common),
            "advice": list(self.advice),
            "keep": list(self.keep),
            "relaxed": list(self.relaxed),
            "stack": [item.model_dump(mode="json") for item in self.stack],
        }


class CritiqueKind(StrEnum):
    CHEAPER = "cheaper"
    OPEN_SOURCE_ONLY = "open_source_only"
    NO_KUBERNETES = "no_kubernetes"
    MANAGED = "managed"
    LIGHTER = "lighter"
    MORE_LIKE = "more_like"
    SHOW_MORE = "show_more"


CRITIQUE_LABELS: dict[CritiqueKind, str] = {
    CritiqueKind.CHEAPER: "Cheaper",
    CritiqueKind.OPEN_SOURCE_ONLY: "Open source only",
    CritiqueKind.NO_KUBERNETES: "No Kubernetes",
    CritiqueKind.MANAGED: "Managed instead",
    CritiqueKind.LIGHTER: "Lighter",
    CritiqueKind.MORE_LIKE: "More like…",
    CritiqueKind.SHOW_MORE: "Show more",
}


class Critique(BaseModel):
    """A refinement the user asked for after seeing picks ("cheaper", "more like MLflow")."""

    model_config = ConfigDict(frozen=True)

    kind: CritiqueKind
    tool_id: str | None = None  # for more_like


#: A reason's pronoun for the one tool it was worded for, before a verb: "of the governance you asked for, it covers …".
_EACH = re.compile(r"\bit (covers|is|has|does|runs|works|takes|fits|needs)\b")
