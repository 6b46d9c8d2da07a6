"""The words that work anywhere: help, back, skip, picks, restart, stop, why, done.

Whether a command is allowed where the conversation is, is the machine's to say
(`COMMAND_TRIGGERS`, `Flow.allows`); this module says what happens and what is said.
"""

from __future__ import annotations

from collections.abc import Callable

from core.conversation import COMMAND_TRIGGERS, INTERVIEW, SHOWING, Step
from core.draft import Draft
from core.prompts import picks, prompt
from core.questions import Question
from core.turns import Confirm, Say, Turn
from core.wording import LINES, say

RESTART_YES = ("yes", "y", "restart", "yes, start over", "start over", "yes please", "sure", "ok", "okay")


def run(w: Draft, command: str) -> Turn:
    """Carry out a command from wherever the conversation is."""
    trigger = COMMAND_TRIGGERS.get(command)
    if trigger is not None and not w.flow.allows(trigger):
        return _not_here(w, command)
    return _HANDLERS[command](w)


def _not_here(w: Draft, command: str) -> Turn:
    if command == "stop" and w.state is Step.DONE:
        return (say("cannot_pause_done"),)
    if command == "stop" and w.state is Step.PAUSED:
        return (say("already_paused"),)
    if command == "done" and w.state in INTERVIEW:  # "done" mid-interview: done answering, show the picks
        return _picks(w)
    return prompt(w)  # "picks" when they are shown, "done" mid-interview: show where we are


def _question(w: Draft) -> Question | None:
    return w.flow.next_question() if w.state in INTERVIEW else None


def _help(w: Draft) -> Turn:
    question = _question(w)
    lines = [question.help] if question else []
    help_line = say("help")
    return (*([Say(text=lines[0], key="question_help")] if lines else []), help_line, *prompt(w, ask_only=True))


def _why(w: Draft) -> Turn:
    if w.state in (*SHOWING, Step.DONE):
        rec = picks(w, store=False)
        lines = "\n".join(f"{pick.name}: " + "; ".join(pick.reasons) for pick in rec.picks)
        return (say("why_picks", lines=lines) if lines else say("no_picks_yet"),)
    question = _question(w)
    if question is not None:
        return (say("why_asking", help=question.help), *prompt(w, ask_only=True))
    return prompt(w)


def _back(w: Draft) -> Turn:
    if not w.undo():
        return (say("nothing_to_undo"), *prompt(w))
    w.flow.settle()
    return (say("undone"), *prompt(w))


def _skip(w: Draft) -> Turn:
    question = _question(w)
    if question is None:
        return (say("no_question"), *prompt(w))
    if not question.skippable:
        return (say("must_answer"), *prompt(w))
    w.set_answers({}, skipped=question.id, question=question.id)
    w.flow.settle()
    return (say("skipped"), *prompt(w))


def _picks(w: Draft) -> Turn:
    w.flow.show_picks()
    return (say("picks_now"), *prompt(w))


def _restart(w: Draft) -> Turn:
    w.flow.ask_restart()
    return (Confirm(text=LINES["confirm_restart"]),)


def _stop(w: Draft) -> Turn:
    w.flow.pause()
    return (say("paused"),)


def _done(w: Draft) -> Turn:
    w.flow.finish()
    return (say("finished"),)


def confirm(w: Draft, yes: bool) -> Turn:
    """The answer to "start over?"."""
    if w.state is not Step.CONFIRM_RESTART:
        return (say("nothing_to_confirm"), *prompt(w))
    if yes:
        w.flow.confirm_restart()
        w.clear()
        w.flow.settle()
        return (say("restarted"), say("greeting"), *prompt(w))
    w.flow.cancel_restart()
    return (say("restart_cancelled"), *prompt(w))


_HANDLERS: dict[str, Callable[[Draft], Turn]] = {
    "help": _help, "why": _why, "back": _back, "skip": _skip, "picks": _picks, "restart": _restart,
    "stop": _stop, "done": _done,
}  # fmt: skip
