"""The draft of a conversation: the stored record, made changeable for the length of one request."""

from __future__ import annotations

from typing import Any

from core.conversation import Flow, Interviewer, Step
from core.ports import ConversationRecord
from core.profile import Profile, parse_profile
from core.questions import BY_ID
from core.recommendation import Recommendation


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

    def __init__(self, record: ConversationRecord, interviewer: Interviewer) -> None:
        self.record = record
        self.answers = dict(record.answers)
        self.done = list(record.done)
        self.history = list(record.history)
        self.critiques = list(record.critiques)
        self.flow = Flow(
            state=Step(record.state), profile=profile_of(record), done=frozenset(record.done),
            return_to=Step(record.return_to) if record.return_to else None, interviewer=interviewer,
            pending=BY_ID.get(record.pending or ""),
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

    def set_answers(self, values: dict[str, Any], *, skipped: str | None = None) -> None:
        self.history.append(
            {"kind": "answer", "previous": {f: self.answers.get(f) for f in values}, "skipped": skipped}
        )
        for field, value in values.items():
            self.answers[field] = _jsonable(value)
        if skipped:
            self.done.append(skipped)
        self.refresh()

    def undo(self) -> bool:
        while self.history:
            entry = self.history.pop()
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
            self.refresh()
            return True
        return False

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
