"""Use cases of the waiter: every surface (terminal, Slack) talks to the conversation through these."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from core.answers import NotUnderstood, parse_answer, read_reply, understand
from core.catalog import Catalog
from core.conversation import FixedOrder, Interviewer, Step
from core.draft import Draft, profile_of
from core.errors import ConcurrentUpdate, UnknownTool
from core.matching import recommend, why_not
from core.ports import (
    Clock,
    ConversationRecord,
    StoredRecommendation,
    UnitOfWork,
    UnitOfWorkFactory,
)
from core.profile import Profile
from core.questions import BY_ID, Kind, Question, format_answer
from core.recommendation import CRITIQUE_LABELS, Critique, CritiqueKind, Recommendation
from core.turns import Answered, Ask, Confirm, Say, Show, Turn
from core.wording import (
    COMMANDS_HELP,
    GREETING,
    REFINE_HINT,
    parse_command,
    parse_critique,
    parse_why_not,
)

MAX_ATTEMPTS = 4
VERDICTS = ("helpful", "not_for_us", "already_using")


class Waiter:
    """The conversation's use cases, one transaction each, safe under concurrent requests."""

    def __init__(
        self, catalog: Catalog, uow_factory: UnitOfWorkFactory, *, clock: Clock,
        interviewer: Interviewer | None = None,
    ) -> None:  # fmt: skip
        self.catalog = catalog
        self.uow_factory = uow_factory
        self.clock = clock
        self.interviewer = interviewer or FixedOrder()

    # -- entry points ---------------------------------------------------------------------------

    def open(self, workspace: str, user: str) -> Turn:
        """Start the interview, or pick it up where the user left it."""
        return self._run(workspace, user, self._open)

    def reply(self, workspace: str, user: str, text: str, *, delivery_keys: Sequence[str] = ()) -> Turn:
        """Handle a typed message: a command, an answer, a critique or a question.

        `delivery_keys` name this delivery (e.g. Slack's event id); a repeat gets an empty turn.
        """
        return self._run(workspace, user, lambda w: self._reply(w, text), delivery_keys=delivery_keys)

    def choose(
        self, workspace: str, user: str, question_id: str, values: list[str], *, delivery_keys: Sequence[str] = ()
    ) -> Turn:
        """Handle a button or select press on a question."""
        return self._run(
            workspace, user, lambda w: self._choose(w, question_id, values), delivery_keys=delivery_keys
        )

    def refine(self, workspace: str, user: str, critique: Critique) -> Turn:
        """Apply a critique to the picks shown ("cheaper", "open source only", …)."""
        return self._run(workspace, user, lambda w: self._critique(w, critique))

    def restart(self, workspace: str, user: str) -> Turn:
        """Ask to start over (answers are kept until the user confirms)."""
        return self._run(workspace, user, lambda w: self._command(w, "restart"))

    def confirm_restart(self, workspace: str, user: str, *, yes: bool) -> Turn:
        """The answer to "start over?"."""
        return self._run(workspace, user, lambda w: self._confirm(w, yes))

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
        self, workspace: str, user: str, step: Callable[[Draft], Turn], *, delivery_keys: Sequence[str] = ()
    ) -> Turn:
        expected: tuple[str, str | None] | None = None
        for _attempt in range(MAX_ATTEMPTS):
            try:
                with self.uow_factory() as uow:
                    if delivery_keys and not self._first_delivery(uow, delivery_keys):
                        return ()  # a retry or a duplicate of a delivery already answered
                    record = uow.conversations.get(workspace, user)
                    is_new = record is None
                    if record is None:
                        record = ConversationRecord(workspace=workspace, user=user)
                    if expected is not None and expected != (record.state, record.pending):
                        return self._crossed(record)
                    expected = (record.state, record.pending)
                    working = Draft(record, self.interviewer)
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
        prompt = self._prompt(Draft(record, self.interviewer), ask_only=True)
        return (Say(text="That answer crossed with another one, so I didn't apply it."), *prompt)

    # -- steps ----------------------------------------------------------------------------------

    def _open(self, w: Draft) -> Turn:
        if not w.record.answers and not w.history and w.state is Step.MEET:
            return (Say(text=GREETING), *self._prompt(w))
        if w.state is Step.PAUSED:
            w.flow.resume()
            return (Say(text="Welcome back! Let's pick up where we stopped."), *self._prompt(w))
        if w.state in (Step.MEET, Step.IDENTIFY):
            return (Say(text="Welcome back! Here's where we were."), *self._prompt(w))
        return (Say(text="Welcome back! Here are your picks."), *self._prompt(w))

    def _reply(self, w: Draft, text: str) -> Turn:
        text = text.strip()
        if w.record.version == 0:  # someone's very first message: greet them first
            if parse_command(text) is None and not understand(text, self.catalog):
                return self._open(w)
            return (Say(text=GREETING), *self._reply_known(w, text))
        return self._reply_known(w, text)

    def _reply_known(self, w: Draft, text: str) -> Turn:
        if w.state is Step.CONFIRM_RESTART:
            word = text.lower()
            if word in ("yes", "y", "restart", "yes, start over", "start over"):
                return self._confirm(w, True)
            return self._confirm(w, False)
        command = parse_command(text)
        if w.state is Step.PAUSED:
            if command == "stop":
                return (Say(text="We're already paused. Say anything to carry on."),)
            w.flow.resume()
            if command is None:
                return (Say(text="Welcome back! Let's pick up where we stopped."), *self._prompt(w))
        if command is not None:
            return self._command(w, command)
        if w.state in (Step.MEET, Step.IDENTIFY):
            return self._answer_text(w, text)
        return self._refine_text(w, text)

    def _command(self, w: Draft, command: str) -> Turn:
        question = w.flow.next_question() if w.state in (Step.MEET, Step.IDENTIFY) else None
        if command == "help":
            lines = [question.help] if question else []
            return (Say(text="\n".join([*lines, COMMANDS_HELP])), *self._prompt(w, ask_only=True))
        if command == "why":
            return self._why(w, question)
        if command == "back":
            if not w.undo():
                return (Say(text="There's nothing to go back to yet."), *self._prompt(w))
            w.flow.settle()
            return (Say(text="OK, let's go back one step."), *self._prompt(w))
        if command == "skip":
            if question is None:
                return (Say(text="There's no question to skip right now."), *self._prompt(w))
            if not question.skippable:
                return (Say(text="I need an answer to this one to help you."), *self._prompt(w))
            w.set_answers({}, skipped=question.id)
            w.flow.settle()
            return (Say(text="Skipped."), *self._prompt(w))
        if command == "restart":
            if w.state is not Step.CONFIRM_RESTART:
                w.flow.return_to = w.state if w.state is not Step.PAUSED else w.flow.return_to
                w.flow.ask_restart()
            return (Confirm(text="Start over? Your answers so far will be cleared."),)
        if command == "stop":
            if w.state is Step.DONE:
                return (Say(text="We're finished, so there's nothing to pause. Say 'restart' to start over."),)
            w.flow.return_to = w.state
            w.flow.pause()
            return (Say(text="Paused. Everything you told me is kept; message me or use /mlops to resume."),)
        if command == "done":
            if w.state in (Step.RECOMMEND, Step.REFINE):
                w.flow.finish()
                return (Say(text="Enjoy! Come back any time: say 'restart' to start over, or refine these picks."),)
            return self._prompt(w)
        return self._prompt(w)

    def _why(self, w: Draft, question: Question | None) -> Turn:
        if w.state in (Step.RECOMMEND, Step.REFINE, Step.DONE):
            rec = self._recommend(w, store=False)
            lines = [f"{pick.name}: " + "; ".join(pick.reasons) for pick in rec.picks]
            return (Say(text="Why these picks:\n" + "\n".join(lines) if lines else "I have no picks yet."),)
        if question is not None:
            return (Say(text=f"I ask because: {question.help}"), *self._prompt(w, ask_only=True))
        return self._prompt(w)

    def _confirm(self, w: Draft, yes: bool) -> Turn:
        if w.state is not Step.CONFIRM_RESTART:
            return (Say(text="There's nothing to confirm right now."), *self._prompt(w))
        if yes:
            w.flow.confirm_restart()
            w.answers.clear()
            w.done.clear()
            w.history.clear()
            w.critiques.clear()
            w.flow.return_to = None
            w.refresh()
            w.flow.settle()
            return (Say(text="Fresh start! " + GREETING), *self._prompt(w))
        w.flow.cancel_restart()
        w.flow.return_to = None
        return (Say(text="OK, nothing changed."), *self._prompt(w))

    def _answer_text(self, w: Draft, text: str) -> Turn:
        question = w.flow.next_question()
        if question is None:
            w.flow.settle()
            return self._prompt(w)
        target = parse_why_not(text)
        if target is not None:  # "why not X?" works at any time
            return (*self._why_not(w, target), *self._prompt(w, ask_only=True))
        facts = read_reply(question, text, self.catalog).facts
        extra = {f: v for f, v in facts.items() if f != question.id and f not in w.answers and f in BY_ID}
        try:
            value = parse_answer(question, text, self.catalog)
        except NotUnderstood as error:
            if extra:  # not this question's answer, but it answers others: keep those
                return self._note_facts(w, extra)
            return (Say(text=f"Sorry, I didn't get that. {error}"), *self._prompt(w, ask_only=True))
        return self._accept(w, question, value, extra)

    def _note_facts(self, w: Draft, facts: dict[str, Any]) -> Turn:
        w.set_answers(facts)
        noted = "; ".join(f"{f.replace('_', ' ')}: {format_answer(BY_ID[f], v)}" for f, v in facts.items())
        w.flow.settle()
        return (Say(text=f"Got it, I noted {noted}."), *self._prompt(w))

    def _choose(self, w: Draft, question_id: str, values: list[str]) -> Turn:
        question = w.flow.next_question() if w.state in (Step.MEET, Step.IDENTIFY) else None
        if question is None or question.id != question_id:
            asked = BY_ID.get(question_id)
            done = f"“{asked.prompt}” was already answered" if asked else "That button is out of date"
            return (Say(text=f"{done}; here's where we are now."), *self._prompt(w))
        try:
            value = self._value_from_choice(question, values)
        except NotUnderstood as error:
            return (Say(text=str(error)), *self._prompt(w, ask_only=True))
        return self._accept(w, question, value, {})

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
        if question.kind is Kind.SINGLE:
            return int(values[0]) if question.id == "maturity" else values[0]
        if question.kind is Kind.NUMBER:
            return int(values[0])
        return tuple(values)

    def _accept(self, w: Draft, question: Question, value: Any, extra: dict[str, Any]) -> Turn:
        w.set_answers({question.id: value, **extra})
        shown = Answered(question_id=question.id, prompt=question.prompt, answer=format_answer(question, value))
        noted = [
            f"{f.replace('_', ' ')}: {format_answer(BY_ID[f], v)}" for f, v in extra.items()
        ]
        lead = (Say(text="Got it. I also noted " + "; ".join(noted) + "."),) if noted else ()
        w.flow.settle()
        return (shown, *lead, *self._prompt(w))

    def _refine_text(self, w: Draft, text: str) -> Turn:
        target = parse_why_not(text)
        if target is not None:
            return self._why_not(w, target)
        critique = parse_critique(text, self.catalog)
        if critique is not None:
            return self._critique(w, critique)
        return (Say(text="I didn't catch that. " + REFINE_HINT),)

    def _why_not(self, w: Draft, target: str) -> Turn:
        try:
            tool = self.catalog.resolve(target)
        except UnknownTool as error:
            return (Say(text=str(error)),)
        return (Say(text=why_not(w.profile(), self.catalog, tool.id, critiques=self._critiques(w))),)

    def _critique(self, w: Draft, critique: Critique) -> Turn:
        if w.state not in (Step.RECOMMEND, Step.REFINE, Step.DONE):
            return (Say(text="Let's finish the questions first; then you can refine the picks."), *self._prompt(w))
        label = CRITIQUE_LABELS[critique.kind]
        if critique.kind is CritiqueKind.MORE_LIKE:
            if critique.tool_id is None or critique.tool_id not in self.catalog:
                return (Say(text="I don't know that tool, so I can't find more like it."),)
            label = f"More like {self.catalog.get(critique.tool_id).name}"
        w.critiques.append(critique.model_dump(mode="json"))
        w.history.append({"kind": "critique"})
        w.flow.critique()
        return (Say(text=f"{label}: here's the new shortlist."), *self._prompt(w))

    def _add_to_stack(self, w: Draft, tool_id: str) -> Turn:
        stack = list(w.answers.get("current_stack") or [])
        if tool_id not in stack:
            w.answers["current_stack"] = [*stack, tool_id]
            w.refresh()
        return ()

    # -- what to show next ----------------------------------------------------------------------

    def _critiques(self, w: Draft) -> tuple[Critique, ...]:
        return tuple(Critique.model_validate(c) for c in w.critiques)

    def _recommend(self, w: Draft, *, store: bool = True) -> Recommendation:
        rec = recommend(w.profile(), self.catalog, critiques=self._critiques(w))
        if store:
            w.recommendation = rec
        return rec

    def _prompt(self, w: Draft, *, ask_only: bool = False) -> Turn:
        if w.state in (Step.MEET, Step.IDENTIFY):
            question = w.flow.next_question()
            if question is None:
                w.flow.settle()
                return self._prompt(w, ask_only=ask_only)
            number = len(w.answers) + len(w.done) + 1
            return (Ask(question=question, number=number),)
        if w.state is Step.PAUSED:
            return (Say(text="We're paused. Say anything (or use /mlops) to carry on."),)
        if w.state is Step.CONFIRM_RESTART:
            return (Confirm(text="Start over? Your answers so far will be cleared."),)
        if ask_only:
            return ()
        rec = self._recommend(w)
        if not rec.picks:
            lines = [*rec.relaxed, *rec.keep] or ["Nothing in my catalog fits all of that."]
            return (Say(text=" ".join(lines) + " " + REFINE_HINT),)
        return (Show(recommendation=rec),)
