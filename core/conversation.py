"""The conversation state machine: one table of transitions, rebuilt per request from stored state."""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Protocol

from transitions import Machine

from core.profile import Profile
from core.questions import Phase, Question, open_questions


class Step(StrEnum):
    MEET = "meet"
    IDENTIFY = "identify"
    RECOMMEND = "recommend"
    REFINE = "refine"
    DONE = "done"
    PAUSED = "paused"
    CONFIRM_RESTART = "confirm_restart"


INTERVIEW = [Step.MEET, Step.IDENTIFY]
SHOWING = [Step.RECOMMEND, Step.REFINE]
ACTIVE = [*INTERVIEW, *SHOWING, Step.DONE]
RETURNABLE = [*INTERVIEW, *SHOWING, Step.DONE]

TRANSITIONS: list[dict[str, Any]] = [
    # after every answer, skip or undo: go where the next question (or none) belongs
    {"trigger": "settle", "source": ACTIVE, "dest": Step.MEET, "conditions": "next_is_meet"},
    {"trigger": "settle", "source": ACTIVE, "dest": Step.IDENTIFY, "conditions": "next_is_identify"},
    {"trigger": "settle", "source": INTERVIEW, "dest": Step.RECOMMEND},
    {"trigger": "settle", "source": [*SHOWING, Step.DONE], "dest": None},
    # refine: critiques re-rank; done closes the table
    {"trigger": "critique", "source": [*SHOWING, Step.DONE], "dest": Step.REFINE},
    {"trigger": "finish", "source": SHOWING, "dest": Step.DONE},
    # stop and come back later: everything kept
    {"trigger": "pause", "source": [*INTERVIEW, *SHOWING], "dest": Step.PAUSED},
    *[
        {"trigger": "resume", "source": Step.PAUSED, "dest": step, "conditions": f"returns_to_{step}"}
        for step in RETURNABLE
    ],
    # restart asks first
    {"trigger": "ask_restart", "source": [*ACTIVE, Step.PAUSED], "dest": Step.CONFIRM_RESTART},
    {"trigger": "confirm_restart", "source": Step.CONFIRM_RESTART, "dest": Step.MEET},
    *[
        {"trigger": "cancel_restart", "source": Step.CONFIRM_RESTART, "dest": step,
         "conditions": f"returns_to_{step}"}
        for step in RETURNABLE
    ],
    {"trigger": "cancel_restart", "source": Step.CONFIRM_RESTART, "dest": Step.MEET},
]  # fmt: skip


class Interviewer(Protocol):
    """Chooses the next question (or None: enough is known to recommend)."""

    def next_question(self, profile: Profile, done: frozenset[str]) -> Question | None: ...


class FixedOrder:
    """The baseline: every relevant, unanswered question in bank order."""

    def next_question(self, profile: Profile, done: frozenset[str]) -> Question | None:
        remaining = open_questions(profile, done)
        return remaining[0] if remaining else None


class Flow:
    """The machine's model: where the conversation is and what it knows. Guards only read."""

    state: Step

    def __init__(
        self, *, state: Step, profile: Profile, done: frozenset[str], return_to: Step | None,
        interviewer: Interviewer,
    ) -> None:  # fmt: skip
        self.profile = profile
        self.done = done
        self.return_to = return_to
        self.interviewer = interviewer
        self._next: tuple[Profile, frozenset[str], Question | None] | None = None
        Machine(
            model=self, states=list(Step), transitions=TRANSITIONS, initial=state,
            auto_transitions=False, queued=False,
        )  # fmt: skip

    def next_question(self) -> Question | None:
        key = (self.profile, self.done)
        if self._next is None or self._next[:2] != key:
            self._next = (*key, self.interviewer.next_question(self.profile, self.done))
        return self._next[2]

    def next_is_meet(self) -> bool:
        question = self.next_question()
        return question is not None and question.phase is Phase.MEET

    def next_is_identify(self) -> bool:
        question = self.next_question()
        return question is not None and question.phase is Phase.IDENTIFY

    def __getattr__(self, name: str) -> Any:
        if name.startswith("returns_to_"):
            wanted = name.removeprefix("returns_to_")
            return lambda: self.return_to is not None and self.return_to.value == wanted
        raise AttributeError(name)
