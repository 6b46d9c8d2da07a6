"""What to show next: the question the machine is waiting on, the picks, or where the conversation is."""

from __future__ import annotations

from core.conversation import INTERVIEW, Step
from core.draft import Draft
from core.matching import recommend
from core.recommendation import Recommendation
from core.scoring import and_list
from core.turns import Ask, Confirm, Say, Show, Turn
from core.vocabulary import label_in_text
from core.wording import LINES, say


def picks(w: Draft, *, store: bool = True) -> Recommendation:
    """The picks for the profile as it stands, with the critiques applied and rejected tools left out."""
    rec = recommend(w.profile(), w.catalog, critiques=w.refinements(), leave_out=w.rejected())
    if store:
        w.recommendation = rec
    return rec


def ask(w: Draft) -> Ask | None:
    """The question the machine waits on, numbered "n of about m"."""
    question = w.flow.next_question()
    if question is None:
        return None
    number = w.asked() + 1
    return Ask(question=question, number=number, total=number - 1 + w.flow.remaining(), note=_note(w, question.id))


def _note(w: Draft, question_id: str) -> str | None:
    """What their answers already say about the question: the jobs what hurts points to, when asked what
    they need (the picks cover those too, unless they say otherwise)."""
    stages = w.profile().pain_stages() if question_id == "needs" else ()
    if not stages:
        return None
    return f"What hurts points to {and_list([label_in_text(s.value) for s in stages])}."


def prompt(w: Draft, *, ask_only: bool = False) -> Turn:
    """The next thing to show: a question, the picks, or a word about where we are."""
    if w.state in INTERVIEW:
        question = ask(w)
        if question is None:
            w.flow.settle()
            return prompt(w, ask_only=ask_only)
        return (question,)
    if w.state is Step.PAUSED:
        return (say("still_paused"),)
    if w.state is Step.CONFIRM_RESTART:
        return (Confirm(text=LINES["confirm_restart"]),)
    if ask_only:
        return ()
    rec = picks(w)
    if not rec.picks:
        lines = [*rec.relaxed, *rec.keep] or ["Nothing in my catalog fits all of that."]
        return (Say(text=" ".join(lines)), say("refine_hint"))
    return (Show(recommendation=rec),)
