"""Use cases of the waiter: every surface (terminal, Slack) talks to the conversation through these."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from core import commands, refinement, replies
from core.answers import NotUnderstood, names_nothing, read
from core.catalog import Catalog
from core.conversation import INTERVIEW, FixedOrder, Interviewer, Step
from core.draft import Draft, profile_of
from core.errors import ConcurrentUpdate
from core.lexicon import INDIFFERENT
from core.ports import (
    Clock,
    ConversationRecord,
    StoredRecommendation,
    UnitOfWork,
    UnitOfWorkFactory,
)
from core.profile import Profile
from core.prompts import prompt
from core.questions import BY_ID, OPENING, Kind, Question
from core.recommendation import Critique, Recommendation
from core.turns import Answered, Say, Show, Turn
from core.wording import parse_command, parse_tool_question, parse_why_not, say, tool_note

MAX_ATTEMPTS = 4
#: How close the name in a question about a tool must be to one in the catalog ("is neptune still around?"): close
#: enough for a typo, not for an ordinary word ("what's next?").
TOOL_QUESTION_CUTOFF = 90
VERDICTS = ("helpful", "not_for_us", "already_using")


class Waiter:
    """The conversation's use cases, one transaction each, safe under concurrent requests."""

    def __init__(
        self, catalog: Catalog, uow_factory: UnitOfWorkFactory, *, clock: Clock,
        interviewer: Interviewer | None = None, numbered_options: bool = False,
    ) -> None:  # fmt: skip
        self.catalog = catalog
        self.uow_factory = uow_factory
        self.clock = clock
        self.interviewer = interviewer or FixedOrder()
        self.numbered_options = numbered_options  # the surface shows options with numbers (the terminal)

    # -- entry points ---------------------------------------------------------------------------

    def open(self, workspace: str, user: str, text: str = "") -> Turn:
        """Start the interview, or pick it up where the user left it; `text` is read as the first reply
        (`/mlops we're 5 people on AWS …`)."""
        return self._run(workspace, user, lambda w: self._open(w, text))

    def reply(
        self, workspace: str, user: str, text: str, *, delivery_keys: Sequence[str] = (),
        guard: Callable[[UnitOfWork], bool] | None = None,
    ) -> Turn:  # fmt: skip
        """Handle a typed message: a command, an answer, a critique or a question.

        `delivery_keys` name this delivery (e.g. Slack's event id); a repeat gets an empty turn.
        `guard` runs first in the turn's own transaction (each attempt's): False ends the turn there,
        empty, with nothing changed; what it writes commits with the turn, or not at all (Slack's
        inbox claims the answer this way).
        """
        return self._run(
            workspace, user, lambda w: self._reply(w, text), delivery_keys=delivery_keys, guard=guard
        )

    def choose(
        self, workspace: str, user: str, question_id: str, values: list[str], *, delivery_keys: Sequence[str] = ()
    ) -> Turn:
        """Handle a button or select press on a question."""
        return self._run(
            workspace, user, lambda w: self._choose(w, question_id, values), delivery_keys=delivery_keys
        )

    def refine(self, workspace: str, user: str, critique: Critique) -> Turn:
        """Apply a critique to the picks shown ("cheaper", "open source only", …)."""
        return self._run(workspace, user, lambda w: refinement.refine(w, critique))

    def restart(self, workspace: str, user: str) -> Turn:
        """Ask to start over (answers are kept until the user confirms)."""
        return self._run(workspace, user, lambda w: commands.run(w, "restart"))

    def confirm_restart(self, workspace: str, user: str, *, yes: bool) -> Turn:
        """The answer to "start over?"."""
        return self._run(workspace, user, lambda w: commands.confirm(w, yes))

    def feedback(
        self, workspace: str, user: str, recommendation_id: int, tool_id: str, verdict: str
    ) -> Turn:
        """Remember what the user thought of one pick."""
        if verdict not in VERDICTS:
            return (Say(text="I didn't understand that feedback."),)
        with self.uow_factory() as uow:
            stored = uow.recommendations.get(recommendation_id)
            if stored is None or (stored.workspace, stored.user) != (workspace, user):
                return (Say(text="Those picks are no longer on file, so I couldn't record that."),)
            if tool_id not in {pick.id for pick in stored.recommendation.picks}:
                return (Say(text="That tool wasn't among those picks."),)
            uow.recommendations.record_feedback(recommendation_id, tool_id, verdict, now=self.clock.now())
            uow.commit()
        name = self.catalog.get(tool_id).name if tool_id in self.catalog else tool_id
        thanks = {
            "helpful": f"Thanks! Noted that {name} looks helpful.",
            "not_for_us": f"Noted: {name} is not for you. Try a critique such as 'cheaper' or 'lighter'.",
            "already_using": f"Noted: you already use {name}. I'll count it as part of your stack.",
        }[verdict]
        if verdict == "already_using":
            self._run(workspace, user, lambda w: self._add_to_stack(w, tool_id))
        return (Say(text=thanks),)

    def current_profile(self, workspace: str, user: str) -> Profile | None:
        """The profile the user has given so far, or None."""
        with self.uow_factory() as uow:
            record = uow.conversations.get(workspace, user)
        return profile_of(record) if record else None

    def state_of(self, workspace: str, user: str) -> Step | None:
        with self.uow_factory() as uow:
            record = uow.conversations.get(workspace, user)
        return Step(record.state) if record else None

    def latest_picks(self, workspace: str, user: str) -> StoredRecommendation | None:
        with self.uow_factory() as uow:
            return uow.recommendations.latest(workspace, user)

    def overview(
        self, workspace: str, user: str
    ) -> tuple[Profile | None, StoredRecommendation | None, Step | None]:
        """Profile, latest picks and where the conversation stands, read in one transaction."""
        with self.uow_factory() as uow:
            record = uow.conversations.get(workspace, user)
            latest = uow.recommendations.latest(workspace, user)
        if record is None:
            return None, latest, None
        return profile_of(record), latest, Step(record.state)

    # -- the transaction loop -------------------------------------------------------------------

    def _run(
        self, workspace: str, user: str, step: Callable[[Draft], Turn], *, delivery_keys: Sequence[str] = (),
        guard: Callable[[UnitOfWork], bool] | None = None,
    ) -> Turn:  # fmt: skip
        expected: tuple[str, str | None] | None = None
        for _attempt in range(MAX_ATTEMPTS):
            try:
                with self.uow_factory() as uow:
                    if guard is not None and not guard(uow):
                        return ()
                    if delivery_keys and not self._first_delivery(uow, delivery_keys):
                        return ()  # a retry or a duplicate of a delivery already answered
                    record = uow.conversations.get(workspace, user)
                    is_new = record is None
                    if record is None:
                        record = ConversationRecord(workspace=workspace, user=user)
                    if expected is not None and expected != (record.state, record.pending):
                        return self._crossed(record)
                    expected = (record.state, record.pending)
                    working = self._draft(record)
                    turn = step(working)
                    stored = working.stored()
                    self._store(uow, record, stored, working, is_new=is_new)
                    if working.recommendation is not None:
                        turn = self._attach_id(uow, working.recommendation, turn, workspace, user)
                    uow.commit()
                    return turn
            except ConcurrentUpdate:
                continue
        raise ConcurrentUpdate()

    def _draft(self, record: ConversationRecord) -> Draft:
        return Draft(record, self.interviewer, catalog=self.catalog, numbered=self.numbered_options)

    def _first_delivery(self, uow: UnitOfWork, keys: Sequence[str]) -> bool:
        return uow.events.first_time(keys, now=self.clock.now())

    def _store(
        self, uow: UnitOfWork, before: ConversationRecord, after: ConversationRecord, draft: Draft, *, is_new: bool
    ) -> None:
        if is_new:
            uow.conversations.add(after)
        else:
            uow.conversations.update(after)
        if after.answers != before.answers:
            profile = draft.profile()
            if profile.known():  # an empty profile (a fresh start) leaves the last real one in place
                uow.profiles.save(after.workspace, after.user, profile, now=self.clock.now())

    def _attach_id(
        self, uow: UnitOfWork, recommendation: Recommendation, turn: Turn, workspace: str, user: str
    ) -> Turn:
        rec_id = uow.recommendations.add(workspace, user, recommendation, now=self.clock.now())
        return tuple(
            m.model_copy(update={"recommendation_id": rec_id}) if isinstance(m, Show) else m
            for m in turn
        )

    def _crossed(self, record: ConversationRecord) -> Turn:
        return (say("crossed"), *prompt(self._draft(record), ask_only=True))

    # -- steps ----------------------------------------------------------------------------------

    def _open(self, w: Draft, text: str = "") -> Turn:
        if text.strip():  # the opening question was never shown: read back in a line of its own
            return tuple(
                say("noted", facts=m.answer) if isinstance(m, Answered) and m.question_id == OPENING else m
                for m in self._reply(w, text)
            )
        if not w.record.answers and not w.history and w.state is Step.MEET:
            return (say("greeting"), *prompt(w))
        if w.state is Step.PAUSED:
            w.flow.resume()
            return (say("welcome_back_paused"), *prompt(w))
        if w.state in INTERVIEW:
            return (say("welcome_back"), *prompt(w))
        return (say("welcome_back_picks"), *prompt(w))

    def _reply(self, w: Draft, text: str) -> Turn:
        text = text.strip()
        if w.record.version == 0 and not w.history:  # someone's very first message: greet them first
            if parse_command(text) is None and not read(text, self.catalog) and not self._note_on(text):
                return self._open(w)
            return (say("greeting"), *self._reply_known(w, text))
        return self._reply_known(w, text)

    def _reply_known(self, w: Draft, text: str) -> Turn:
        if w.state is Step.CONFIRM_RESTART:
            return commands.confirm(w, text.lower().strip(" .!") in commands.RESTART_YES)
        command = parse_command(text)
        if w.state is Step.PAUSED:
            if command == "stop":
                return (say("already_paused"),)
            w.flow.resume()
            if command is None:  # back from a pause; a question about a tool on the way in is answered too
                return (say("welcome_back_paused"), *self._note_on(text), *prompt(w))
        if command is not None:
            return commands.run(w, command)
        note = self._note_on(text)
        if note:  # "is neptune still around?": answered from the catalog; the question asked still waits
            return (*note, *prompt(w, ask_only=True))
        if w.state in INTERVIEW:
            question = w.flow.next_question()
            if question is None:
                w.flow.settle()
                return prompt(w)
            target = parse_why_not(text)
            if target is not None:  # "why not X?" works at any time
                return (*refinement.why_not(w, target), *prompt(w, ask_only=True))
            if question.kind is not Kind.YES_NO and INDIFFERENT.match(text.lower().strip(" .!")) \
                    or question.kind is Kind.MULTI and names_nothing(text):
                return commands.run(w, "skip")  # "don't care", "nah" to what hurts or what they need: nothing to add
            return replies.answer_text(w, question, text)
        return refinement.refine_text(w, text)

    def _note_on(self, text: str) -> tuple[Say, ...]:
        """The answer to a question about a tool itself ("what happened to Seldon Core?"), from its entry; nothing
        when the message is no such question or names no tool closely (a near miss is none: "what's next?")."""
        name = parse_tool_question(text)
        tool = self.catalog.match_name(name, cutoff=TOOL_QUESTION_CUTOFF) if name else None
        return (Say(text=tool_note(tool, self.catalog)),) if tool is not None else ()

    def _choose(self, w: Draft, question_id: str, values: list[str]) -> Turn:
        question = w.flow.next_question() if w.state in INTERVIEW else None
        if question is None or question.id != question_id:
            asked = BY_ID.get(question_id)
            what = f"“{asked.prompt}” was already answered" if asked else "That button is out of date"
            return (say("out_of_date", what=what), *prompt(w))
        try:
            value = self._value_from_choice(question, values)
        except NotUnderstood as error:
            return (Say(text=str(error)), *prompt(w, ask_only=True))
        return replies.choose(w, question, value)

    def _value_from_choice(self, question: Question, values: list[str]) -> Any:
        if question.kind is Kind.TOOLS:
            unknown = [v for v in values if v not in self.catalog]
            if unknown:
                raise NotUnderstood("Some of those tools are not in my catalog.")
            return tuple(values)
        allowed = set(question.option_values())
        if not values or any(v not in allowed for v in values):
            raise NotUnderstood("That choice is not one of the options.")
        if question.kind is Kind.YES_NO:
            return values[0] == "true"
        if question.kind in (Kind.SINGLE, Kind.OPEN):
            return int(values[0]) if question.id == "maturity" else values[0]
        if question.kind is Kind.NUMBER:
            return int(values[0])
        return tuple(values)

    def _add_to_stack(self, w: Draft, tool_id: str) -> Turn:
        stack = list(w.answers.get("current_stack") or [])
        if tool_id not in stack:
            w.answers["current_stack"] = [*stack, tool_id]
            w.refresh()
        return ()
