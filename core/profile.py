"""Who the user is and what they want: the answers of the interview, as one frozen value."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from core.errors import InvalidProfile
from core.vocabulary import (
    FRUSTRATION_STAGES,
    KUBERNETES_ID,
    Budget,
    Cloud,
    Frustration,
    Governs,
    Persona,
    ScopePreference,
    Stage,
    Workload,
)


class Profile(BaseModel):
    """A user's situation and wishes; every field is optional (None = not known yet)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_enum_values=False)

    persona: Persona | None = None
    team_size: int | None = Field(default=None, ge=1, le=1_000_000)
    maturity: int | None = Field(default=None, ge=0, le=2)
    cloud: Cloud | None = None
    kubernetes: bool | None = None
    workloads: tuple[Workload, ...] | None = None
    current_stack: tuple[str, ...] | None = None
    frustrations: tuple[Frustration, ...] | None = None
    needs: tuple[Stage, ...] | None = None
    open_source_only: bool | None = None
    self_hosted: bool | None = None
    budget: Budget | None = None
    scope_preference: ScopePreference | None = None
    #: what a governance need is about, when they said it ("guardrails against prompt injection": LLM apps); None:
    #: read from what else they ask for (see scoring)
    governs: tuple[Governs, ...] | None = None

    def stack(self) -> tuple[str, ...]:
        """The tools they run: their current stack, plus Kubernetes itself when they run clusters."""
        tools = tuple(self.current_stack or ())
        if self.kubernetes and KUBERNETES_ID not in tools:
            tools += (KUBERNETES_ID,)
        return tools

    def without_kubernetes(self) -> bool:
        """No Kubernetes to run things on: said so, or only laptops (the question is not even asked there)."""
        return self.kubernetes is False or (self.kubernetes is None and self.cloud is Cloud.NONE)

    def on_a_cloud(self) -> bool:
        """Could a cloud vendor's managed edition of a tool be theirs (unknown counts as yes)?"""
        return self.cloud not in (Cloud.NONE, Cloud.ON_PREM)

    def must_self_host(self) -> bool:
        """Self-hosting is required when asked for, and on-prem implies it (the bank skips the question)."""
        if self.self_hosted is not None:
            return self.self_hosted
        return self.cloud is Cloud.ON_PREM

    def wanted_stages(self) -> tuple[Stage, ...]:
        """Stated needs first, then the stages the frustrations imply, without repeats."""
        return tuple(dict.fromkeys([*(self.needs or ()), *self.pain_stages()]))

    def pain_stages(self) -> tuple[Stage, ...]:
        """The stages the frustrations point to, in order, without repeats."""
        return tuple(dict.fromkeys(s for f in self.frustrations or () for s in self.implied_by(f)))

    def implied_by(self, frustration: Frustration) -> tuple[Stage, ...]:
        """The stages a frustration points to for this team. For a team whose only work is LLM apps,
        not knowing how the models do in production is a matter for LLM observability (traces,
        answer quality, cost), not for drift monitoring of trained models."""
        if frustration is Frustration.NO_MONITORING and set(self.workloads or ()) == {Workload.LLM}:
            return (Stage.LLM_OBSERVABILITY,)
        return FRUSTRATION_STAGES[frustration]

    def known(self) -> frozenset[str]:
        """Names of the fields that have an answer."""
        return frozenset(name for name, value in self.__dict__.items() if value is not None)

    def with_answers(self, **answers: Any) -> Profile:
        """A copy with some fields set (validated). Only the new answers are validated: the others
        already were, and the interviewer makes thousands of such copies per decision."""
        try:
            update = {name: _validated(name, value) for name, value in answers.items()}
        except TypeError:  # a value that cannot be remembered (a list): validated afresh
            given = parse_profile(answers)
            update = {name: getattr(given, name) for name in answers}
        return self.model_copy(update=update)

    def to_json_dict(self) -> dict[str, Any]:
        """The profile as the JSON interface spells it, unknown fields left out."""
        return self.model_dump(mode="json", exclude_none=True)


@lru_cache(maxsize=1024, typed=True)
def _validated(name: str, value: Any) -> Any:
    """One answer, validated as a profile field (remembered: the interviewer imagines the same few answers
    thousands of times a decision)."""
    return getattr(parse_profile({name: value}), name)


def _friendly(error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "profile"
        if item["type"] == "extra_forbidden":
            allowed = ", ".join(Profile.model_fields)
            lines.append(f"{where}: not a profile field (allowed: {allowed})")
        else:
            lines.append(f"{where}: {item['msg']}")
    return "Invalid profile — " + "; ".join(lines)


def parse_profile(data: Any) -> Profile:
    """Validate a mapping into a Profile, or raise InvalidProfile listing what is allowed."""
    if not isinstance(data, dict):
        raise InvalidProfile("Invalid profile — expected a JSON object with profile fields.")
    try:
        return Profile.model_validate(data)
    except ValidationError as error:
        raise InvalidProfile(_friendly(error)) from None


def profile_from_json(text: str) -> Profile:
    """Parse the profile JSON interface."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise InvalidProfile(f"Invalid profile — not valid JSON ({error.msg}, line {error.lineno}).") from None
    return parse_profile(data)
