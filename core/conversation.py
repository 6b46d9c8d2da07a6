"""The conversation state machine: one table of transitions, rebuilt per request from stored state."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from functools import cache
from typing import Any, Protocol

from transitions import Machine

from core.profile import Profile
from core.questions import OPENING, Phase, Question, open_questions


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
    # "show me picks now": straight to the picks, whatever is still open
    {"trigger": "show_picks", "source": INTERVIEW, "dest": Step.RECOMMEND},
    # refine: critiques and corrections re-rank; done closes the table
    {"trigger": "critique", "source": [*SHOWING, Step.DONE], "dest": Step.REFINE},
    {"trigger": "revise", "source": [*SHOWING, Step.DONE], "dest": Step.REFINE},
    {"trigger": "finish", "source": SHOWING, "dest": Step.DONE},
    # stop and come back later: everything kept, and where we were remembered
    {"trigger": "pause", "source": [*INTERVIEW, *SHOWING], "dest": Step.PAUSED, "before": "remember_where"},
    *[
        {"trigger": "resume", "source": Step.PAUSED, "dest": step, "conditions": f"returns_to_{step}"}
        for step in RETURNABLE
    ],
    # restart asks first
    {"trigger": "ask_restart", "source": ACTIVE, "dest": Step.CONFIRM_RESTART, "before": "remember_where"},
    {"trigger": "ask_restart", "source": Step.PAUSED, "dest": Step.CONFIRM_RESTART},  # keeps where the pause was
    {"trigger": "confirm_restart", "source": Step.CONFIRM_RESTART, "dest": Step.MEET, "after": "forget_where"},
    *[
        {"trigger": "cancel_restart", "source": Step.CONFIRM_RESTART, "dest": step,
         "conditions": f"returns_to_{step}", "after": "forget_where"}
        for step in RETURNABLE
    ],
    {"trigger": "cancel_restart", "source": Step.CONFIRM_RESTART, "dest": Step.MEET, "after": "forget_where"},
]  # fmt: skip


#: Commands that are events of the machine: whether one is allowed is the machine's to say.
COMMAND_TRIGGERS = {"stop": "pause", "done": "finish", "picks": "show_picks", "restart": "ask_restart"}


class Interviewer(Protocol):
    """Chooses the next question (or None: enough is known to recommend)."""

    def next_question(self, profile: Profile, done: frozenset[str]) -> Question | None: ...

    def remaining(self, profile: Profile, done: frozenset[str]) -> int:
        """About how many questions are still worth asking (the next one included)."""
        ...

    def guarding(self, profile: Profile, done: frozenset[str]) -> Question | None:
        """A hard-constraint question that must still be asked, however many were: one whose likely answer would
        rule out a pick they would be shown (None: nothing the picks could break is left open)."""
        ...


class FixedOrder:
    """The baseline: every relevant, unanswered question in bank order."""

    def next_question(self, profile: Profile, done: frozenset[str]) -> Question | None:
        remaining = open_questions(profile, done)
        return remaining[0] if remaining else None

    def remaining(self, profile: Profile, done: frozenset[str]) -> int:
        return len(open_questions(profile, done))

    def guarding(self, profile: Profile, done: frozenset[str]) -> Question | None:
        return self.next_question(profile, done)  # every question in order: none is dropped


#: Follow-ups after an opening in words, at most: then only a hard constraint that could rule out a pick is asked
#: ("one sentence in, at most four follow-ups"). People who answer with buttons answer field by field instead.
MAX_FOLLOW_UPS = 4


@cache
def _machine() -> Machine:
    """The one machine, built on first use. Models never join it: a Flow fires the machine's events
    with itself as the model (exactly what `add_model` would bind as its trigger methods), so a
    request pays for no per-model set-up and nothing is left behind on the shared machine."""
    return Machine(
        model=None, states=list(Step), transitions=TRANSITIONS, initial=Step.MEET,
        auto_transitions=False, queued=False,
    )  # fmt: skip


class Flow:
    """The machine's model: where the conversation is and what it knows. Guards only read."""

    state: Step

    def __init__(
        self, *, state: Step, profile: Profile, done: frozenset[str], return_to: Step | None,
        interviewer: Interviewer, pending: Question | None = None, asked: Callable[[], int] = lambda: 0,
    ) -> None:  # fmt: skip
        self.state = state
        self.profile = profile
        self.done = done
        self.return_to = return_to
        self.interviewer = interviewer
        self.asked = asked  # how many questions were asked and answered or skipped so far
        self._next: tuple[Profile, frozenset[str], int, Question | None] | None = None
        self.waiting = pending if state in INTERVIEW else None
        if pending is not None and state in INTERVIEW and pending in open_questions(profile, done):
            self._next = (profile, done, asked(), pending)  # decided when it was asked: no need to think again

    # -- triggers (see TRANSITIONS): True when a transition ran --------------------------------

    def _fire(self, trigger: str) -> bool:
        return bool(_machine().events[trigger].trigger(self))

    def settle(self) -> bool:
        return self._fire("settle")

    def critique(self) -> bool:
        return self._fire("critique")

    def revise(self) -> bool:
        return self._fire("revise")

    def show_picks(self) -> bool:
        return self._fire("show_picks")

    def allows(self, trigger: str) -> bool:
        """Does the current state have this event at all (conditions aside)?"""
        return trigger in _machine().get_triggers(self.state)

    def finish(self) -> bool:
        return self._fire("finish")

    def pause(self) -> bool:
        return self._fire("pause")

    def resume(self) -> bool:
        return self._fire("resume")

    def ask_restart(self) -> bool:
        return self._fire("ask_restart")

    def confirm_restart(self) -> bool:
        return self._fire("confirm_restart")

    def cancel_restart(self) -> bool:
        return self._fire("cancel_restart")

    # -- callbacks (named in TRANSITIONS) ---------------------------------------------------------

    def remember_where(self) -> None:
        self.return_to = self.state

    def forget_where(self) -> None:
        self.return_to = None
        self.waiting = None

    # -- guards ---------------------------------------------------------------------------------

    def next_question(self) -> Question | None:
        """The question to ask now: the one waiting for an answer while it is still open, else the
        interviewer's choice (None once nothing is worth asking)."""
        key = (self.profile, self.done, self.asked())
        if self._next is None or self._next[:3] != key:
            if self.waiting is not None and self.waiting in open_questions(self.profile, self.done):
                chosen: Question | None = self.waiting  # an answer for another field does not move things on
            elif self.capped():
                chosen = self.interviewer.guarding(self.profile, self.done)
            else:
                chosen = self.interviewer.next_question(self.profile, self.done)
            self._next = (*key, chosen)
        return self._next[3]

    def owed(self) -> int | None:
        """How many follow-ups an opening in words is still owed (the opening itself not counted); None when they
        did not open in words (a role button), where no cap applies."""
        return MAX_FOLLOW_UPS - (self.asked() - 1) if OPENING in self.done else None

    def capped(self) -> bool:
        """Have the follow-ups an opening in words is owed all been asked?"""
        owed = self.owed()
        return owed is not None and owed <= 0

    def remaining(self) -> int:
        """About how many questions are left, the next one included."""
        if not self.next_question():
            return 0
        left = max(1, self.interviewer.remaining(self.profile, self.done))
        owed = self.owed()
        if owed is None:
            return left
        # the follow-ups still owed, and room for one hard constraint the cap lets through
        return 1 if owed <= 0 else min(left, 1 + owed)

    def next_is_meet(self) -> bool:
        question = self.next_question()
        return question is not None and question.phase is Phase.MEET

    def next_is_identify(self) -> bool:
        question = self.next_question()
        return question is not None and question.phase is Phase.IDENTIFY


def _returns_to(step: Step) -> Callable[[Flow], bool]:
    def condition(self: Flow) -> bool:
        return self.return_to is step

    condition.__name__ = f"returns_to_{step}"
    return condition


for _step in RETURNABLE:
    setattr(Flow, f"returns_to_{_step}", _returns_to(_step))
