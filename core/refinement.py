"""After the picks: corrections re-rank, critiques refine, "why not X" explains, "remove X" leaves X out."""

from __future__ import annotations

from rapidfuzz import utils

from core.answers import Reading, read
from core.conversation import SHOWING, Step
from core.draft import Draft
from core.errors import UnknownTool
from core.matching import why_not as explain_why_not
from core.prompts import picks, prompt
from core.recommendation import CRITIQUE_LABELS, Critique, CritiqueKind
from core.replies import apply
from core.turns import Say, Turn
from core.vocabulary import EventKind
from core.wording import (
    name_to_leave_out,
    parse_critique,
    parse_what_about,
    parse_why_not,
    pick_to_leave_out,
    place_named,
    say,
    show_facts,
)


def refine_text(w: Draft, text: str) -> Turn:
    """A typed message once the picks are shown."""
    target = parse_why_not(text)
    if target is not None:
        return why_not(w, target)
    current = picks(w, store=False)  # what "remove X" and "remove the first one" refer to
    shown = current.picks if w.state in SHOWING else ()
    place = place_named(text) if shown else None
    named = pick_to_leave_out(text, {p.name: p.id for p in shown})  # "remove Evidently", an ordinary word elsewhere
    if named is None and place is None and (typed := name_to_leave_out(text)) is not None:
        # "remove Argo CD" of a tool not on the screen: still a tool's name, kept out of the picks from now on
        found = w.catalog.match_name(typed)
        named = found.id if found is not None else None
    if place is not None and place > len(shown):
        return (say("no_such_pick", count=len(shown), place=place),)
    if place is not None or named is not None:  # "remove the first one": the pick in that place
        tool_id = named or shown[place - 1 if place is not None and place > 0 else -1].id
        reading = Reading(dropped={"current_stack": (tool_id,)}, left_out=(tool_id,))
    else:
        reading = read(text, w.catalog, llm_work=w.builds_llm_apps)
    if reading.facts or reading.dropped:
        w.recommendation = current
        before = (dict(w.answers), list(w.critiques))
        said = apply(w, reading)
        w.recommendation = None
        if (dict(w.answers), list(w.critiques)) != before:
            w.flow.revise()
            return (*said, *prompt(w))
        if said:
            return tuple(said)
    critique = parse_critique(text, w.catalog)
    same = {k: v for k, v in reading.facts.items() if w.answers.get(k) == v}
    if critique is None and same and same == reading.facts:
        # "actually I have a small budget", said again: understood, and nothing to change
        return (say("already_known", facts=show_facts(same, w.catalog)), say("refine_hint"))
    if critique is not None:
        return refine(w, critique)
    if reading.unknown_tools:
        return tuple(apply(w, reading))
    about = parse_what_about(text)
    if about is not None and w.catalog.match_name(about) is not None:
        return why_not(w, about)  # "how about LangSmith?": why it is, or is not, among the picks
    return (say("refine_not_understood"), say("refine_hint"))


def why_not(w: Draft, target: str) -> Turn:
    """Why a tool is or is not among the picks. Asked by a former name ("why not vertex ai"), the answer, in the
    tool's name of today, first says the rename, from the tool's entry."""
    try:
        tool = w.catalog.resolve(target)
    except UnknownTool as error:
        return (Say(text=str(error)),)
    said = explain_why_not(w.profile(), w.catalog, tool.id, critiques=w.refinements(), leave_out=w.rejected())
    renamed = next((e for e in tool.events if e.kind is EventKind.RENAMED), None)
    if renamed is not None and _name_key(target) != _name_key(tool.name):
        said = f"{renamed.what.rstrip('.')} ({renamed.date}). {said}"
    return (Say(text=said),)


def _name_key(name: str) -> str:
    """A name as the catalog matches it (rapidfuzz's normalising, spaces squashed): "Vertex AI" -> "vertexai"."""
    return utils.default_process(name).replace(" ", "")


def refine(w: Draft, critique: Critique) -> Turn:
    """Apply a critique to the picks shown ("cheaper", "open source only", …)."""
    if w.state not in (*SHOWING, Step.DONE):
        return (say("finish_first"), *prompt(w))
    label = CRITIQUE_LABELS[critique.kind]
    if critique.kind is CritiqueKind.MORE_LIKE:
        if critique.tool_id is None or critique.tool_id not in w.catalog:
            return (say("unknown_tool_like"),)
        label = f"More like {w.catalog.get(critique.tool_id).name}"
    w.critiques.append(critique.model_dump(mode="json"))
    w.history.append({"kind": "critique"})
    w.flow.critique()
    return (say("critique", label=label), *prompt(w))
