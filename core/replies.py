"""Typed replies: an answer to the question asked, facts for other fields, corrections, and the loop guard.

A reply is read for every field. What answers the question asked answers it; what belongs to
another field is noted there without using up the question; what contradicts an earlier answer
corrects it; "I don't use X" takes X out. A reply not understood gets a hint, then the options
with numbers, then the question is left for later: the conversation never loops.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from core import lexicon as lx
from core.answers import LIST_FIELDS, Reading, choices_hint, clipped, read_reply, watching_the_app
from core.catalog import Catalog
from core.draft import Draft
from core.mentions import LIBRARIES, in_another_language, libraries_among, near_names
from core.prompts import prompt
from core.questions import BY_ID, OPENING, Kind, Question
from core.recommendation import CritiqueKind
from core.scoring import and_list
from core.turns import Answered, Message, Say, Turn
from core.vocabulary import Governs, Persona, Workload, label
from core.wording import numbered_options, say, show_answer, show_facts, show_value, tool_names

#: The names libraries are said back by ("PyTorch"), apart from other software that is no ML tool ("FastAPI").
LIBRARY_NAMES = frozenset(LIBRARIES.values())

#: A correction of one of these fields replaces the critique that set it after the picks.
CRITIQUE_FIELD = {
    CritiqueKind.OPEN_SOURCE_ONLY: "open_source_only", CritiqueKind.NO_KUBERNETES: "kubernetes",
    CritiqueKind.MANAGED: "self_hosted", CritiqueKind.CHEAPER: "budget", CritiqueKind.LIGHTER: "scope_preference",
}  # fmt: skip
MISSES_BEFORE_LISTING = 1  # the second miss lists the options with numbers
MISSES_BEFORE_LEAVING = 2  # the third leaves the question for later


def answer_text(w: Draft, question: Question, text: str) -> Turn:
    """A typed reply while `question` waits for its answer (one mostly in another language is answered with a note
    that it may have been read only in part)."""
    turn = _answer_text(w, question, text)
    return (say("another_language"), *turn) if in_another_language(clipped(text)) else turn


def _answer_text(w: Draft, question: Question, text: str) -> Turn:
    misses, listed = w.misses(question.id)
    reading = read_reply(question, text, w.catalog, numbers=w.numbered or listed, llm_work=w.builds_llm_apps)
    if question.kind is Kind.OPEN and question.id in reading.facts:  # a role picked by its number
        reading = Reading(facts={"persona": reading.facts.pop(question.id), **reading.facts})
    if question.id == "needs":
        reading = _agreed_needs(w, text, reading)
    if question.kind is Kind.YES_NO and _corrects_another(w, reading, question):  # "no, 12 people"
        reading = Reading(facts={f: v for f, v in reading.facts.items() if f != question.id},
                          dropped=reading.dropped, unknown_tools=reading.unknown_tools, correcting=True)  # fmt: skip
    answered = question.id in reading.facts or (question.kind is Kind.OPEN and bool(reading.facts))
    low = lx.normal(text).strip()
    if not answered and not reading.facts and (unsure_of := _unsure_of_another(question, low)) is not None:
        # "not sure, probably no k8s" to "what hurts?": unsure of another question's topic, not of this one, which
        # stays open
        return (say("left_open", topic=unsure_of), *prompt(w))
    if not answered and question.skippable and lx.UNSURE_REPLY.match(low):
        # "no idea honestly, I'd have to ask our devops guy": they don't know, which is an answer of its own: the
        # question is left for later like a skip, and anything else the reply says is kept
        said = apply(w, reading) if reading.facts and _news(w, reading) else []
        w.set_answers({}, skipped=question.id, question=question.id)
        w.flow.settle()
        return (*said, say("skipped"), *prompt(w))
    if question.kind is Kind.OPEN and not reading and not misses and lx.HELLO_ONLY.fullmatch(low):
        w.miss(question.id)  # "hi" to the opening question: a hello back and the question again, once
        return (say("hello_back"), *prompt(w, ask_only=True))
    # only names I don't know, or facts already noted ("we're on AWS" again): not an answer to this question
    if not reading or (not answered and not reading.dropped
                       and (not reading.facts or not reading.correcting and not _news(w, reading))):
        known = {f: v for f, v in reading.facts.items() if f in BY_ID} if not reading.correcting else {}
        return (*([_unknown(reading.unknown_tools, w.catalog)] if reading.unknown_tools else []),
                *_not_understood(w, question, misses, known=show_facts(known, w.catalog) if known else "",
                                 said_back=bool(reading.unknown_tools)))
    said = apply(w, reading, question=question if answered else None)
    w.flow.settle()
    return (*said, *prompt(w))


def _unsure_of_another(question: Question, low: str) -> str | None:
    """What an unsure reply is unsure of, when that is another question's topic ("not sure about the budget", "no
    idea, probably no k8s" to a question that is not about them): the topic as the bot names it."""
    if not lx.UNSURE_REPLY.match(low):
        return None
    for field, (named, topic) in lx.UNSURE_OF.items():
        if field != question.id and named.search(low):
            return topic
    return None


#: A reply that takes the jobs the question's note names: "yes", "sure, those", "both please" (not "mostly
#: serving" or "right now, serving", which name their own).
_TAKES_NOTE = re.compile(r"(?:y|yes+|yep|yup|yeah|yea|sure|ok|okay|correct|exactly|agreed|of course|definitely|"
                         r"absolutely|those|these|both|all of (?:those|them|these)|sounds (?:good|right)|"
                         r"that'?s (?:it|right))\b")
#: Words after a "yes" that add to it ("yes, and we're on AWS"), rather than say what the yes is of.
_ADDING = re.compile(r"\W*(?:(?:and|also|plus)\b|[+&])")
#: Words that take back part of a "yes": "yes, but only the evaluation", "sure, except tracing".
_PARTLY = re.compile(r"\b(?:but|only|just|except|not|no)\b")


def _agreed_needs(w: Draft, text: str, reading: Reading) -> Reading:
    """Asked what they need under "What hurts points to LLM evaluation and LLM observability.", a "yes" (or
    "yes, and vector search") takes the jobs named, with any others the reply names."""
    low = lx.normal(clipped(text)).strip()
    stages = w.profile().pain_stages()
    agreed = _TAKES_NOTE.match(low)
    if not stages or not agreed or _PARTLY.search(low):
        return reading
    if any(f != "needs" for f in reading.facts) and not _ADDING.match(low, agreed.end()):
        return reading  # "yes it has to be open source": the yes is of what follows, another field's answer
    named = tuple(reading.facts.get("needs", ()))
    return replace(reading, facts={**reading.facts, "needs": tuple(dict.fromkeys((*stages, *named)))})


def _news(w: Draft, reading: Reading) -> bool:
    """Does the reply say anything the answers do not already hold?"""
    known = w.profile().model_dump(mode="json")
    return any(_json(_merged(f, known.get(f), v, replace=False)) != known.get(f) for f, v in reading.facts.items()
               if f in BY_ID)


def _corrects_another(w: Draft, reading: Reading, question: Question) -> bool:
    """Is a leading "no," the start of a correction of another answer rather than a reply to this question?"""
    known = w.profile().model_dump(mode="json")
    others = [f for f in reading.facts if f != question.id and known.get(f) is not None]
    return reading.correcting and bool(others) and any(_json(reading.facts[f]) != known[f] for f in others)


def _not_understood(w: Draft, question: Question, misses: int, *, known: str = "", said_back: bool = False) -> Turn:
    """A reply that does not answer the question: asked again with a hint, then with the options numbered, then
    left for later. `known` is what the reply said that the answers already hold ("researcher", to the question
    about jobs, from an ML researcher): said back as such rather than as a reply not understood; `said_back`: it
    named tools, said back already ("till now we use PaddleOCR and FastAPI", asked what hurts), an answer of
    another question's rather than a reply not understood, so the question comes again plainly."""
    if question.kind is Kind.OPEN or misses >= MISSES_BEFORE_LEAVING:  # never ask the same thing a 4th time
        w.set_answers({}, skipped=question.id, question=question.id)
        w.flow.settle()
        return (say("auto_skipped") if question.kind is not Kind.OPEN else say("guided"), *prompt(w))
    if misses >= MISSES_BEFORE_LISTING and question.options:
        w.miss(question.id, listed=True)
        return (say("options_listed", options=numbered_options(question)), *prompt(w, ask_only=True))
    w.miss(question.id)
    if known:
        return (say("already_have", facts=known, hint=choices_hint(question)), *prompt(w, ask_only=True))
    if said_back and question.kind is not Kind.TOOLS:
        return prompt(w, ask_only=True)
    return (say("not_understood", hint=choices_hint(question)), *prompt(w, ask_only=True))


def apply(w: Draft, reading: Reading, *, question: Question | None = None, in_words: bool = True) -> list[Message]:
    """Put what a message says into the answers; say back what changed, in display names. An opening
    answered in words is done (the sentence sets other fields than its own); a role button sets its field."""
    catalog = w.catalog
    new: dict[str, Any] = {}
    changed: dict[str, tuple[Any, Any]] = {}
    known = w.profile().model_dump(mode="json")
    beside: dict[str, tuple[Any, Any]] = {}
    facts = reading.facts
    if reading.plain_monitoring and known.get("workloads") == [Workload.LLM.value] \
            and set(facts.get("workloads") or (Workload.LLM,)) == {Workload.LLM}:
        facts = {**facts, "needs": watching_the_app(facts["needs"])}  # "what about monitoring?"
    for field, value in facts.items():
        if field not in BY_ID:
            continue
        before = known.get(field)
        if field in reading.beside and before is not None and _json(value) != before \
                and field != (question and question.id):
            if field == "cloud":  # said back; the role of a team they are in ("we're 6 devs") stays unsaid
                beside[field] = (before, value)  # "we also have a small AWS account": on-prem stays where they run
            continue
        after = _merged(field, before, value, replace=reading.correcting or field == (question and question.id))
        if before is None:
            new[field] = after
        elif _json(after) != before:
            changed[field] = (before, after)
    removed, rejected = _removals(w, reading)
    for field in removed.keys() & changed.keys():  # "no LLMs, it's tabular": what it is now, without what is gone
        gone = {str(v) for v in reading.dropped[field]}
        changed[field] = (changed[field][0], tuple(v for v in changed[field][1] if str(v) not in gone))
        del removed[field]  # said back as the change
    values = {**new, **{f: after for f, (_, after) in changed.items()}, **removed}
    # what a governance need is about, as the message that asks for it says: guardrails on their app's traffic, or
    # (when it asks in other words, "a model inventory") left to what else they ask for
    governs = (Governs.LLM_APPS.value,) if reading.guards_app else None
    if "governance" in map(str, facts.get("needs") or ()) and _json(governs) != known.get("governs"):
        values["governs"] = governs
    leaving = [t for t in reading.instead_of if t in (values.get("current_stack") or ())]
    if leaving:  # "we're deep in SageMaker … want to move off it": no tool to build on, nor one to keep
        values["current_stack"] = tuple(t for t in values["current_stack"] if t not in leaving)
        new.pop("current_stack", None)
        changed.pop("current_stack", None)
    asked = question.id if question is not None else None
    if values or asked:
        critiques = [c for c in w.critiques if _field_of(c) not in values]
        if asked == OPENING and in_words:
            w.set_answers(values, skipped=OPENING, question=OPENING, critiques=critiques)
        else:
            w.set_answers(values, question=asked, critiques=critiques)
    for tool_id in rejected:
        w.reject(tool_id)
    said = _said_back(question, new, changed, removed, rejected, reading, catalog)
    for field, (before, value) in beside.items():
        said.append(say("beside", also=show_value(field, value, catalog), kept=show_value(field, before, catalog)))
    if values.get("governs"):
        said.append(say("guards_app"))
    return said


def _field_of(critique: dict[str, Any]) -> str:
    """The profile field a stored critique sets ("" for those that set none)."""
    kind = str(critique.get("kind", ""))
    return CRITIQUE_FIELD[CritiqueKind(kind)] if kind in CRITIQUE_FIELD else ""


def _merged(field: str, before: Any, value: Any, *, replace: bool) -> Any:
    if field not in LIST_FIELDS or before is None or replace:
        return value
    return tuple(dict.fromkeys([*before, *(str(v) for v in value)]))


def _json(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return [v if isinstance(v, (bool, int)) else str(v) for v in value]
    return value if isinstance(value, (bool, int)) or value is None else str(value)


def _removals(w: Draft, reading: Reading) -> tuple[dict[str, Any], list[str]]:
    """List values the message takes back, and picks it rules out ("remove ClearML")."""
    removed: dict[str, Any] = {}
    rejected: list[str] = []
    current = w.profile().model_dump(mode="json")
    # "remove MLflow" said of a pick is about the picks, even when it is one of their tools ("keep it");
    # "we don't use MLflow" is about their tools
    shown = {p.id for p in w.recommendation.picks} if w.recommendation is not None else set()
    picks_only = shown & set(reading.left_out)
    for field, values in reading.dropped.items():
        have = list(current.get(field) or [])
        gone = [str(v) for v in values if str(v) in have and not (field == "current_stack" and str(v) in picks_only)]
        if gone:
            kept = tuple(v for v in have if v not in gone)
            removed[field] = kept if kept or field != "current_stack" else ()
        if field == "current_stack" and w.recommendation is not None:  # "remove X" once picks are shown
            rejected += [str(v) for v in values if (str(v) not in have or str(v) in picks_only)
                         and str(v) not in w.rejected()]  # fmt: skip
    # "an alternative to W&B", "moving off Airflow": the tool they want to move from is no pick, said at any point
    rejected += [t for t in reading.instead_of if t not in w.rejected() and t not in rejected]
    return removed, rejected


def _said_back(
    question: Question | None, new: dict[str, Any], changed: dict[str, tuple[Any, Any]], removed: dict[str, Any],
    rejected: list[str], reading: Reading, catalog: Catalog,
) -> list[Message]:  # fmt: skip
    said: list[Message] = []
    others = dict(new)
    if question is not None and question.kind is not Kind.OPEN and question.id in reading.facts:
        value = others.pop(question.id, changed.get(question.id, (None, reading.facts[question.id]))[1])
        said.append(Answered(question_id=question.id, prompt=question.prompt,
                             answer=show_answer(question, value, catalog)))  # fmt: skip
    if others and question is not None and question.kind is Kind.OPEN:  # the opening sentence, read back
        said.append(Answered(question_id=question.id, prompt=question.prompt, answer=show_facts(others, catalog)))
    elif others:
        said.append(say("noted" if question is None or not said else "noted_also", facts=show_facts(others, catalog)))
    if changed:
        changes = "; ".join(
            f"{show_value(f, old, catalog)} → {show_value(f, now, catalog)}" for f, (old, now) in changed.items()
        )
        said.append(say("changed", changes=changes))
    if removed:
        gone = [v for f, values in reading.dropped.items() if f in removed for v in values]
        said.append(say("removed", things=_names(gone, catalog)))
    if rejected:
        said.append(say("rejected", names=tool_names(rejected, catalog)))
    settled = {str(v) for values in removed.values() for v in values} | set(rejected)
    untouched = [v for f, values in reading.dropped.items() if f not in removed for v in values
                 if str(v) not in settled and f not in new and f not in changed]  # fmt: skip
    if untouched:
        said.append(say("not_counted", names=_names(untouched, catalog)))
    if reading.unknown_tools:
        said.append(_unknown(reading.unknown_tools, catalog))
    return said


def _names(values: list[Any], catalog: Catalog) -> str:
    """Tools by name; other values (a pain, a job) by their label in quotes, as they read mid-sentence."""
    return ", ".join(catalog.get(str(v)).name if str(v) in catalog else f"“{label(str(v))}”" for v in values)


def _unknown(names: tuple[str, ...], catalog: Catalog) -> Message:
    known, strangers = libraries_among(names)
    libraries = [name for name in known if name in LIBRARY_NAMES]
    others = [name for name in known if name not in LIBRARY_NAMES]
    said = []
    if libraries:  # "PyTorch": no stranger, and no tool a stack is made of
        one = len(libraries) == 1
        said.append(say("libraries", names=and_list(libraries), are="is" if one else "are",
                        them="it" if one else "they", stay="stays" if one else "stay").text)  # fmt: skip
    if others:  # "FastAPI", "PostgreSQL", "cron": no stranger either, and outside what is recommended
        one = len(others) == 1
        said.append(say("other_software", names=and_list(others), are="is" if one else "are",
                        them="it" if one else "they", stay="stays" if one else "stay").text)  # fmt: skip
    if strangers:
        hints = [suggestion for name in strangers[:3] for suggestion in near_names(name, catalog)]
        hint = f" Did you mean {', '.join(dict.fromkeys(hints))}?" if hints else ""
        them = "it" if len(strangers) == 1 else "them"
        said.append(say("unknown_tools", names=", ".join(f"“{n}”" for n in strangers[:5]), them=them,
                        hint=hint).text)  # fmt: skip
    key = "unknown_tools" if strangers else "libraries" if libraries else "other_software"
    return Say(text=" ".join(said), key=key)



def choose(w: Draft, question: Question, value: Any) -> Turn:
    """A button or select press on the question asked."""
    if question.kind is not Kind.OPEN:
        said = apply(w, Reading(facts={question.id: value}), question=question)
    else:  # the opening question's buttons name a role
        apply(w, Reading(facts={"persona": Persona(str(value))}), question=question, in_words=False)
        said = [Answered(question_id=question.id, prompt=question.prompt, answer=label(str(value)))]
    w.flow.settle()
    return (*said, *prompt(w))
