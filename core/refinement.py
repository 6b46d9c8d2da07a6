"""After the picks: corrections re-rank, critiques refine, "why not X" explains, "remove X" leaves X out."""

from __future__ import annotations

import re

from rapidfuzz import utils

from core.answers import Reading, read
from core.catalog import Catalog
from core.conversation import SHOWING, Step
from core.draft import Draft
from core.errors import UnknownTool
from core.matching import apply_critiques
from core.matching import why_not as explain_why_not
from core.mentions import find_tools
from core.prompts import picks, prompt
from core.recommendation import CRITIQUE_LABELS, Critique, CritiqueKind
from core.replies import CRITIQUE_FIELD, apply
from core.turns import Message, Say, Turn
from core.vocabulary import Category, EventKind
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
    pair = compared(text, w.catalog)
    if pair is not None:
        return compare(w, *pair)
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
    if critique is not None:
        return refine(w, critique)
    if reading.facts and all(w.answers.get(k) == v for k, v in reading.facts.items()):
        # "actually I have a small budget", said again: understood, and nothing to change
        return (say("already_known", facts=show_facts(reading.facts, w.catalog)), say("refine_hint"))
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
    if critique.kind in CRITIQUE_FIELD and apply_critiques(w.profile(), (*w.refinements(), critique)) == \
            apply_critiques(w.profile(), w.refinements()):
        # "cheaper" with a free-only budget, "open source only" when it already is: nothing to change, said so
        return (say("critique_unchanged", label=label), *prompt(w))
    w.critiques.append(critique.model_dump(mode="json"))
    w.history.append({"kind": "critique"})
    w.flow.critique()
    return (say("critique", label=label), *prompt(w))


#: Words that set two tools side by side: "MLflow or W&B for us?", "Comet vs Neptune", "compare X and Y".
_SIDE_BY_SIDE = re.compile(r"(?<![\w-])(?:vs\.?|versus|or|compared? (?:to|with)|between)(?![\w-])|^\s*compare\b", re.I)
#: A message that asks, rather than tells ("we moved from X or Y" tells): a question mark, or an asking opening.
_ASKING = re.compile(r"\?\s*$|^\s*(?:compare|which|should|would|is|what(?:'s| is)? better)\b|(?<![\w-])(?:vs\.?|versus)"
                     r"(?![\w-])", re.I)
#: The word between the two sides of "X vs Y", "X or Y", "compare X and Y".
_SIDES = re.compile(r"\s+(?:vs\.?|versus|or|and|compared (?:to|with))\s+")
#: How the question is put around the two names: "compare …", "which is cheaper, …", "… for us".
_ASKED_HOW = re.compile(r"^(?:compare|which (?:is|one is|would you pick|should (?:we|i) (?:use|pick|go with))"
                        r"(?: (?:better|cheaper|simpler|easier|lighter))?(?: for (?:us|me))?,?|should (?:we|i) "
                        r"(?:use|pick|go with|choose)|between)\s+|\s+(?:for (?:us|me|our team|my team))$")


def compared(text: str, catalog: Catalog) -> tuple[str, str] | None:
    """The two tools a message asks to compare ("mlflow or wandb for us?", "which is cheaper, comet or wandb?"),
    when it names exactly two (a whole cloud is where they run, not one side of a comparison)."""
    if not _SIDE_BY_SIDE.search(text) or not _ASKING.search(text):
        return None
    ids = list(dict.fromkeys(m.tool_id for m in find_tools(text, catalog) if not m.negated))
    if len(ids) < 2:  # "mlflow vs comet": each side is a name, even one that is an ordinary word elsewhere
        sides = _SIDES.split(_ASKED_HOW.sub("", text.strip(" ?!.").lower()).strip(" ,:"))
        found = [catalog.match_name(side.strip(" ,:")) for side in sides] if len(sides) == 2 else []
        ids = [t.id for t in found if t is not None] if all(found) else ids
    ids = [i for i in ids if catalog.get(i).category is not Category.GENERAL_CLOUD]
    return (ids[0], ids[1]) if len(ids) == 2 and ids[0] != ids[1] else None


def compare(w: Draft, first: str, second: str) -> Turn:
    """Two tools side by side, for this person: each pick's own reasons, pricing and costs as its card gives them,
    and for a tool that is no pick, why not; which to start with when both are picks."""
    current = picks(w, store=False)
    places = {p.id: (place, p) for place, p in enumerate(current.picks, 1)}
    names = {t: w.catalog.get(t).name for t in (first, second)}
    both = first in places and second in places
    said: list[Message] = []
    if both:
        ahead = min((first, second), key=lambda t: places[t][0])
        said.append(say("compare_both", first=names[ahead]))
        if current.common:
            said.append(say("compare_shared", reasons="; ".join(current.common_said)))
    elif first in places or second in places:
        pick, other = (first, second) if first in places else (second, first)
        said.append(say("compare_one", pick=names[pick], other=names[other]))
    else:
        said.append(say("compare_neither"))
    for tool_id in sorted((first, second), key=lambda t: places[t][0] if t in places else len(places) + 1):
        if tool_id not in places:
            said.extend(why_not(w, tool_id))
            continue
        place, shown = places[tool_id]
        reasons = f": {'; '.join(shown.reasons)}" if shown.reasons else ""
        lines = [say("compare_pick", name=shown.name, place=place, reasons=reasons).text]
        if shown.cost:
            lines.append(f"Pricing: {shown.cost}")
        if shown.caveats:
            lines.append(f"Costs and risks: {'; '.join(shown.caveats)}")
        said.append(Say(text="\n".join(lines)))
    return tuple(said)
