"""The draft of a conversation: the stored record, made changeable for the length of one request."""

from __future__ import annotations

from typing import Any

from core.catalog import Catalog
from core.conversation import Flow, Interviewer, Step
from core.ports import ConversationRecord
from core.profile import Profile, parse_profile
from core.questions import BY_ID
from core.recommendation import Critique, Recommendation
from core.vocabulary import Workload

#: History entries: "answer" (fields set, with their previous values; "question" when it answered the
#: question asked), "critique" (a refinement after the picks), "miss" (a reply not understood).


def profile_of(record: ConversationRecord) -> Profile:
    """The profile the stored answers make."""
    return parse_profile(record.answers)


def _jsonable(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [str(v) if not isinstance(v, (bool, int)) else v for v in value]
    if isinstance(value, (bool, int)) or value is None:
        return value
    return str(value)


class Draft:
    """A conversation being changed during one request: a mutable copy of the record, and its machine."""

    def __init__(
        self, record: ConversationRecord, interviewer: Interviewer, *, catalog: Catalog, numbered: bool = False
    ) -> None:  # fmt: skip
        self.record = record
        self.catalog = catalog
        self.numbered = numbered  # the surface shows options with numbers
        self.answers = dict(record.answers)
        self.done = list(record.done)
        self.history = list(record.history)
        self.critiques = list(record.critiques)
        self.flow = Flow(
            state=Step(record.state), profile=profile_of(record), done=frozenset(record.done),
            return_to=Step(record.return_to) if record.return_to else None, interviewer=interviewer,
            pending=BY_ID.get(record.pending or ""), asked=self.asked,
        )  # fmt: skip
        self.recommendation: Recommendation | None = None

    @property
    def state(self) -> Step:
        return self.flow.state

    def refresh(self) -> None:
        self.flow.profile = parse_profile(self.answers)
        self.flow.done = frozenset(self.done)

    def profile(self) -> Profile:
        """The profile the answers make now (every change to the answers is followed by refresh())."""
        return self.flow.profile

    @property
    def builds_llm_apps(self) -> bool:
        """They have said they build LLM apps: a bare "evaluation" they ask for then is of the app."""
        return Workload.LLM in (self.flow.profile.workloads or ())

    # -- changes ------------------------------------------------------------------------------------

    def set_answers(
        self, values: dict[str, Any], *, skipped: str | None = None, question: str | None = None,
        critiques: list[dict[str, Any]] | None = None,
    ) -> None:  # fmt: skip
        """Set fields (None removes one), remembering how to undo it.

        `question`: the question asked that this answered or skipped; `critiques`: the refinements
        that stay (a correction drops the ones it contradicts).
        """
        entry: dict[str, Any] = {"kind": "answer", "previous": {f: self.answers.get(f) for f in values},
                                 "skipped": skipped}  # fmt: skip
        if question is not None:
            entry["question"] = question
        if critiques is not None and critiques != self.critiques:
            entry["critiques"] = list(self.critiques)
            self.critiques = critiques
        self.history.append(entry)
        for field, value in values.items():
            if value is None:
                self.answers.pop(field, None)
            else:
                self.answers[field] = _jsonable(value)
        if skipped:
            self.done.append(skipped)
        self.refresh()

    def miss(self, question_id: str, *, listed: bool = False) -> None:
        """Remember a reply to the question that was not understood (and whether the options were then listed)."""
        self.history.append({"kind": "miss", "question": question_id, "listed": listed})

    def reject(self, tool_id: str) -> None:
        """Leave a tool out of the picks from now on."""
        self.critiques.append({"kind": "reject", "tool_id": tool_id})
        self.history.append({"kind": "critique"})

    def undo(self) -> bool:
        self.flow.waiting = None
        while self.history:
            entry = self.history.pop()
            if entry["kind"] == "miss":
                continue
            if entry["kind"] == "critique":
                if self.critiques:
                    self.critiques.pop()
                return True
            for field, previous in entry["previous"].items():
                if previous is None:
                    self.answers.pop(field, None)
                else:
                    self.answers[field] = previous
            if entry.get("skipped") in self.done:
                self.done.remove(entry["skipped"])
            if "critiques" in entry:
                self.critiques = list(entry["critiques"])
            self.refresh()
            return True
        return False

    def clear(self) -> None:
        """Forget everything (a confirmed restart)."""
        self.answers.clear()
        self.done.clear()
        self.history.clear()
        self.critiques.clear()
        self.flow.return_to = None
        self.flow.waiting = None
        self.refresh()

    # -- what the history says ------------------------------------------------------------------------

    def asked(self) -> int:
        """How many questions were asked and answered or skipped so far."""
        return sum(1 for entry in self.history if entry.get("question") and entry["kind"] == "answer")

    def misses(self, question_id: str) -> tuple[int, bool]:
        """Replies to this question not understood in a row, and whether its options were listed."""
        count, listed = 0, False
        for entry in reversed(self.history):
            if entry["kind"] != "miss" or entry.get("question") != question_id:
                break
            count += 1
            listed = listed or bool(entry.get("listed"))
        return count, listed

    def refinements(self) -> tuple[Critique, ...]:
        """The critiques asked for after the picks."""
        return tuple(Critique.model_validate(c) for c in self.critiques if c.get("kind") != "reject")

    def rejected(self) -> frozenset[str]:
        """Tools the person asked to leave out."""
        return frozenset(str(c["tool_id"]) for c in self.critiques if c.get("kind") == "reject")

    def stored(self) -> ConversationRecord:
        pending = self.flow.next_question() if self.state in (Step.MEET, Step.IDENTIFY) else None
        return self.record.model_copy(
            update={
                "state": self.state.value, "answers": self.answers, "done": tuple(self.done),
                "history": tuple(self.history), "critiques": tuple(self.critiques),
                "pending": pending.id if pending else None,
                "return_to": self.flow.return_to.value if self.flow.return_to else None,
            }
        )  # fmt: skip
