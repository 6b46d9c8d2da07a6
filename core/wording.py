"""Everything the waiter says in the conversation, and reading the words people type for commands.

Each line has a key; a surface may word a line its own way (the terminal has no buttons and no
/mlops), looking it up by the key of the `Say` that carries it. Read-backs use display names: tool
names from the catalog, labels from the vocabulary, never raw ids.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from core.catalog import Catalog, Tool
from core.lexicon import LEAVE_OUT_VERBS
from core.questions import BY_ID, Question
from core.recommendation import Critique, CritiqueKind
from core.turns import Say
from core.vocabulary import RING_MEANING, ComputeSource, Stage, label

LINES: dict[str, str] = {
    "greeting": (
        "Hi! I'm the MLOps Waiter. Tell me about your ML work in your own words and I'll suggest two or "
        "three tools that fit, with my reasons. You can correct anything I get wrong at any time, say 'picks' "
        "to see picks straight away, 'help' for help, or 'stop' to pause."
    ),
    "help": (
        "Answer in your own words, with the buttons, or with the option numbers. You can mention anything "
        "else about your team at any point, and correct me ('actually we're on GCP', 'no, 12 people'). "
        "Commands: help · back (undo the last answer) · skip · picks (show picks now) · restart · "
        "stop (pause; I keep everything) · why (why I'm asking, or why these picks). Ask about any tool too "
        "('is neptune still around?', 'tell me about KitOps')."
    ),
    "refine_hint": (
        "You can refine: 'cheaper', 'open source only', 'no kubernetes', 'managed instead', 'lighter', "
        "'more like MLflow', 'remove <tool>', 'show more', correct anything you told me ('actually we're on "
        "GCP'), or ask 'why not X' or 'X or Y?'. Say 'done' when you're happy."
    ),
    "paused": "Paused. Everything you told me is kept; message me or use /mlops to resume.",
    "already_paused": "We're already paused. Say anything to carry on.",
    "still_paused": "We're paused. Say anything (or use /mlops) to carry on.",
    "welcome_back": "Welcome back! Here's where we were.",
    "welcome_back_paused": "Welcome back! Let's pick up where we stopped.",
    "welcome_back_picks": "Welcome back! Here are your picks.",
    "nothing_to_undo": "There's nothing to go back to yet.",
    "undone": "OK, let's go back one step.",
    "no_question": "There's no question to skip right now.",
    "must_answer": "I need an answer to this one to help you.",
    "skipped": "Skipped.",
    "auto_skipped": "Let's leave that one; you can tell me later if you like.",
    "left_open": "OK, I'll leave {topic} open for now; you can tell me later.",
    "guided": "No problem, let's take it one question at a time.",
    "hello_back": "Hello! Whenever you're ready: a sentence about your ML work is enough to start.",
    "another_language": "I read English best, so I may have missed some of that: anything I didn't pick up, tell me "
                        "in English.",
    "confirm_restart": "Start over? Your answers so far will be cleared.",
    "restarted": "Fresh start!",
    "restart_cancelled": "OK, nothing changed.",
    "nothing_to_confirm": "There's nothing to confirm right now.",
    "finished": "Enjoy! Come back any time: say 'restart' to start over, or refine these picks.",
    "cannot_pause_done": "We're finished, so there's nothing to pause. Say 'restart' to start over.",
    "not_understood": "Sorry, I didn't get that. {hint}",
    "already_have": "I have that already ({facts}). {hint}",
    "options_listed": "I still didn't get that. Reply with a number: {options}. Or say 'skip' to move on, "
                      "or 'picks' to see picks now.",
    "picks_now": "Here are my picks with what I know so far; you can still tell me more.",
    "no_picks_yet": "I have no picks yet.",
    "crossed": "That answer crossed with another one, so I didn't apply it.",
    "finish_first": "Let's finish the questions first; then you can refine the picks.",
    "refine_not_understood": "I didn't catch that.",
    "no_such_pick": "I'm showing {count} picks, so there's no pick {place}: say which to leave out by its name or "
                    "its number.",
    "unknown_tool_like": "I don't know that tool, so I can't find more like it.",
    "why_asking": "I ask because: {help}",
    "why_picks": "Why these picks:\n{lines}",
    "out_of_date": "{what}; here's where we are now.",
    "noted": "Got it: {facts}.",
    "noted_also": "Got it. I also noted {facts}.",
    "changed": "Changed {changes}.",
    "already_known": "That's what I have already ({facts}), so your picks stay as they are.",
    "compare_both": "Both are among my picks; for you I'd start with {first}, which ranks higher.",
    "compare_one": "For you, {pick}: it is one of my picks, and {other} is not.",
    "compare_neither": "Neither is among my picks for you.",
    "compare_pick": "{name} (pick {place}){reasons}.",
    "compare_shared": "Both: {reasons}.",
    "beside": "Noted that you also have {also}; I'll keep {kept} as where you mainly run (say 'actually we're on "
              "{also}' if that's the main one).",
    "removed": "Removed {things}.",
    "guards_app": "Noted: the governance you want is guardrails on your LLM app's prompts and answers, not oversight "
                  "of models (say 'we need a model inventory' if it is that too).",
    "rejected": "OK, I'll leave {names} out of the picks.",
    "not_counted": "Noted: leaving out {names}.",
    "unknown_tools": "I don't know {names}, so I left {them} out.{hint}",
    "libraries": "{names} {are} what you build models with, not a tool I pick, so {them} {stay} out of your stack.",
    "other_software": "{names} {are} outside the ML tooling I recommend, so {them} {stay} out of your stack.",
    "reranked": "Here's the shortlist again with that in mind.",
    "critique": "{label}: here's the new shortlist.",
    "critique_unchanged": "{label}: your answers already say so, so the shortlist stays as it is.",
}


def say(key: str, **fields: Any) -> Say:
    """One of the lines above, filled in."""
    return Say(text=LINES[key].format(**fields), key=key)


# -- read-backs --------------------------------------------------------------------------------------


def self_host_text(tool: Tool) -> str:
    """What running the tool yourself takes, as a tool card says it."""
    if tool.self_host_needs is None:
        return "not self-hostable"
    return ", ".join(tool.self_host_needs) or "nothing to operate (a library or CLI)"


#: What a compute tool's machines are, as a tool card says it after "Compute / GPUs".
COMPUTE_SOURCE_TEXT = {
    ComputeSource.RENTED: "machines it rents you",
    ComputeSource.FREE_QUOTA: "free GPU sessions within quotas",
    ComputeSource.YOURS: "on machines you bring",
}


def built_for_text(tool: Tool) -> str:
    """The jobs it is built for, as a tool card says them, with which edition does each where that differs
    ("Model monitoring (paid edition only)", "LLM observability (hosted service only)") and, for compute, where the
    machines come from."""
    if not tool.primary_stages:
        return "no lifecycle stage (context only)"
    jobs = []
    for stage in tool.primary_stages:
        notes = [note for note, holds in (("paid edition only", stage in tool.paid_stages),
                                          ("hosted service only", stage in tool.hosted_stages)) if holds]
        if stage is Stage.COMPUTE and tool.compute_source is not None:
            notes.append(COMPUTE_SOURCE_TEXT[tool.compute_source])
        jobs.append(label(stage.value) + (f" ({'; '.join(notes)})" if notes else ""))
    return ", ".join(jobs)


def kubernetes_text(tool: Tool) -> str:
    """Whether using the tool means running Kubernetes, as a tool card says it."""
    if tool.needs_your_cluster(False):
        return "yes"
    if tool.needs_your_cluster(True):
        return "only to self-host (the hosted edition needs none)"
    return "no"


def tool_names(ids: object, catalog: Catalog, *, formerly: bool = False) -> str:
    """Display names of catalog ids, in order ("Apache Airflow, DVC"); `formerly`: with the name a renamed tool had
    before ("Gemini Enterprise Agent Platform (formerly Vertex AI)"), as when saying back the tools someone uses."""
    values = ids if isinstance(ids, (list, tuple)) else [ids]
    return ", ".join((catalog.get(str(i)).name_for() if formerly else catalog.get(str(i)).name)
                     if str(i) in catalog else str(i) for i in values)


def _labels(values: object) -> str:
    return ", ".join(label(str(v)) for v in (values if isinstance(values, (list, tuple)) else [values]))


def show_value(field: str, value: Any, catalog: Catalog) -> str:
    """One answer as the person would say it back ("team of 6", "using Apache Airflow, DVC")."""
    if value is None:
        return f"{field.replace('_', ' ')}: skipped"
    if field == "persona":
        return label(str(value))
    if field == "team_size":
        return "just you" if value == 1 else f"team of {value}"
    if field == "maturity":
        return "ML work: " + format_option(BY_ID["maturity"], value).lower()
    if field == "cloud":  # "Other" alone, in a line of answers, says nothing of where they run
        return "another cloud (not AWS, Google Cloud or Azure)" if str(value) == "other" else label(str(value))
    if field == "kubernetes":
        return "Kubernetes: yes" if value else "no Kubernetes"
    if field == "workloads":
        return "work: " + (_labels(value) or "none")
    if field == "current_stack":
        return "using " + (tool_names(value, catalog, formerly=True) or "no tools yet")
    if field == "frustrations":
        return "what hurts: " + (_labels(value) or "nothing")
    if field == "needs":
        return "wants help with: " + (_labels(value) or "nothing")
    if field == "open_source_only":
        return "open source only" if value else "open source not required"
    if field == "self_hosted":
        return "must self-host" if value else "SaaS is fine"
    if field == "budget":
        return "free tools only" if value == "none" else f"budget: {label(str(value))}"
    if field == "scope_preference":
        return {"all_in_one": "prefers one platform", "piecemeal": "prefers best-of-breed pieces"}.get(
            str(value), "no preference between a platform and pieces"
        )
    return f"{field.replace('_', ' ')}: {value}"


def show_facts(facts: Mapping[str, Any], catalog: Catalog) -> str:
    """Several answers read back in one line, in the question bank's order."""
    order = [q.id for q in BY_ID.values()]
    fields = sorted(facts, key=lambda f: order.index(f) if f in order else len(order))
    return " · ".join(show_value(field, facts[field], catalog) for field in fields)


def format_option(question: Question, value: object) -> str:
    """The label of an option value."""
    return {o.value: o.label for o in question.options}.get(str(value), str(value))


def show_answer(question: Question, value: Any, catalog: Catalog) -> str:
    """An answer to a question as it reads under the question (labels and tool names, never ids)."""
    if value is None:
        return "skipped"
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if question.id == "current_stack":
        return tool_names(value, catalog, formerly=True) or "none"
    if isinstance(value, (list, tuple)):
        return ", ".join(format_option(question, v) for v in value) or "none"
    return format_option(question, value)


def numbered_options(question: Question) -> str:
    """The options with their numbers, for a reply that was not understood twice."""
    return ", ".join(f"{i}. {o.label}" for i, o in question.numbered())


# -- commands and critiques typed in words ---------------------------------------------------------

_COMMANDS = {
    "help": "help", "?": "help", "h": "help", "what can i say": "help",
    "back": "back", "undo": "back", "go back": "back", "previous": "back",
    "skip": "skip", "pass": "skip", "next": "skip", "don't know": "skip", "dont know": "skip", "idk": "skip",
    "skip this": "skip", "skip it": "skip", "no idea": "skip", "not sure": "skip", "dunno": "skip",
    "restart": "restart", "start over": "restart", "reset": "restart",
    "stop": "stop", "pause": "stop", "later": "stop", "quit": "stop", "exit": "stop", "bye": "stop",
    "why": "why", "why?": "why", "why these": "why", "why do you ask": "why", "why do you ask?": "why",
    "done": "done", "thanks": "done", "thank you": "done", "finish": "done", "that's all": "done",
}  # fmt: skip
_PICKS = re.compile(
    r"^(?:(?:just |please |ok |okay )?(?:show|give|tell)(?: me)?(?: the| your| my| some)? (?:picks|recommendations|"
    r"suggestions|tools|results|options)(?: now| already| please)*|picks(?: now| please)?|recommend(?: now)?|"
    r"(?:skip|jump) to (?:the )?(?:picks|recommendations|results|end)|enough questions|that's enough(?: questions)?|"
    r"no more questions|just recommend(?: something)?|what do you recommend|show me what you(?:'ve)? got)[.!?]*$"
)
_CRITIQUES: tuple[tuple[str, CritiqueKind], ...] = (
    # ("the real pain is cost, not speed", "these cost too much", "too expensive for us")
    (r"cheap|less expensive|lower cost|free|costs? too much|too (?:expensive|pricey|costly)|"
     r"(?:pain|problem|issue|worry|concern|priority) is (?:the )?(?:cost|price|money|spend)\b", CritiqueKind.CHEAPER),
    (r"open[- ]?source|oss", CritiqueKind.OPEN_SOURCE_ONLY),
    (r"no (kubernetes|k8s)|without (kubernetes|k8s)", CritiqueKind.NO_KUBERNETES),
    (r"managed|hosted|saas|don't want to run", CritiqueKind.MANAGED),
    (r"light|simpl|smaller|less heavy", CritiqueKind.LIGHTER),
    (r"show more|more options|more picks|others|alternatives", CritiqueKind.SHOW_MORE),
)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().replace("’", "'").strip(".!"))


def parse_command(text: str) -> str | None:
    """The global command a message is, if it is one (help, back, skip, restart, stop, why, done, picks)."""
    normal = _normal(text)
    if _PICKS.match(normal):
        return "picks"
    return _COMMANDS.get(normal)


def parse_why_not(text: str) -> str | None:
    """The tool name in "why not X?", if the message asks that."""
    match = re.match(r"^\s*why (?:not|didn'?t you (?:pick|suggest)|no)\s+(.+?)\s*\??\s*$", text, re.I)
    return match.group(1) if match else None


#: A question about one tool itself rather than about the person: "is neptune still around?", "what happened to
#: Seldon Core?", "is ClearML open source?", "did Humanloop shut down?", "tell me about KitOps", "what's Langfuse?".
_TOOL_QUESTION = re.compile(
    r"^\s*(?:(?:so |and |btw,? |quick question:? )?(?:"
    r"(?:is|are) (?P<state>.+?) (?:still )?(?:around|alive|maintained|supported|active|dead|abandoned|deprecated|"
    r"discontinued|shut ?down|a thing|open[- ]source|free|going|still going)|"
    r"(?:does|did|has|have) (?P<event>.+?) (?:still exist|shut ?down|shutdown|die|died|get acquired|been acquired|"
    r"go away|gone away|change (?:its|their) licen[cs]e|changed (?:its|their) licen[cs]e)|"
    r"what(?:'s| is| has)? (?:happened|happening|going on|up) (?:to|with) (?P<news>.+?)|"
    r"what(?:'s| is) (?P<what>.+?)|"
    r"(?:tell me|what do you know) (?:more )?about (?P<about>.+?)|"
    r"who (?:makes|owns|bought|acquired) (?P<owner>.+?)))"
    r"(?: these days| now| nowadays| anymore| any more| today| at the moment)?\s*[?.!]*\s*$", re.I)


def parse_tool_question(text: str) -> str | None:
    """The name in a question about a tool itself ("is neptune still around?" -> "neptune"), if the message is one.
    Whether it names a tool is for the catalog to say."""
    match = _TOOL_QUESTION.match(text)
    if match is None:
        return None
    name = next(name for name in match.groupdict().values() if name is not None).strip()
    return None if _NOT_A_NAME.match(name) else name


#: What starts a thing asked about that is no tool's name: "what's a feature store?", "is it free?", "what is this?"
_NOT_A_NAME = re.compile(r"(?:a|an|the|this|that|these|those|it|my|our|your|their|we|you|they|there|everything|"
                         r"anything|something)(?![\w&.-])", re.I)


def tool_note(tool: Tool, catalog: Catalog) -> str:
    """What the catalog knows of a tool, said in a few sentences as an answer to a question about it: what it is,
    how it stands (its status, or its latest release), what replaces it, its licence and pricing, and its ring."""
    lines = [f"{tool.name}, by {tool.vendor}: {tool.summary.rstrip('.')}."]
    if tool.status_note:
        lines.append(f"Status: {label(tool.status.value).lower()}. {tool.status_note.rstrip('.')}.")
    elif tool.events:
        latest = max(tool.events, key=lambda event: event.date)
        lines.append(f"Status: {label(tool.status.value).lower()}; latest news ({latest.date}): "
                     f"{latest.what.rstrip('.')}.")
    else:
        release = tool.latest_release
        lines.append(f"Status: {label(tool.status.value).lower()}"
                     + (f"; latest release {release.version} ({release.date:%B %Y})." if release else "."))
    if tool.successor and tool.successor in catalog and tool.successor != tool.id:
        lines.append(f"What replaces it: {catalog.get(tool.successor).name}.")
    lines.append(f"Licence: {tool.license} ({'open source' if tool.open_source else 'not open source'}). "
                 f"Pricing: {tool.pricing_model.rstrip('.')}.")
    lines.append(f"{RING_MEANING[tool.effective_ring]}.")
    lines.append(f"(From my catalog, checked {tool.last_verified}.)")
    return " ".join(lines)


def parse_what_about(text: str) -> str | None:
    """What follows "what about" or "how about" ("how about LangSmith?"): a tool asked about, when it names one
    ("what about monitoring" names a job, read as one before this is tried)."""
    match = re.match(r"^\s*(?:and\s+)?(?:what|how) about\s+(.+?)(?:\s+instead)?\s*\??\s*$", text, re.I)
    return match.group(1) if match else None


#: "remove the first one", "drop pick 2", "hide #3", "get rid of the last": a pick named by its place in the list.
_BY_PLACE = re.compile(
    rf"\b{LEAVE_OUT_VERBS}\s+(?:the\s+)?"
    r"(?:(?P<word>first|second|third|last|1st|2nd|3rd)(?:\s+(?:one|pick|tool|option|suggestion))?|"
    r"(?:pick|option|suggestion|number|no\.?|#)\s*(?P<number>[1-9]))(?![\w])", re.I)
_PLACES = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "last": -1}


#: "remove Evidently", "drop the Arize AX one": what follows the word that leaves a pick out.
_LEAVE_OUT_NAME = re.compile(rf"^\s*(?:please\s+)?{LEAVE_OUT_VERBS}\s+(?:the\s+)?(?P<name>.+?)(?:\s+one)?"
                             r"(?:\s+please)?\s*[.!]*\s*$", re.I)


def name_to_leave_out(text: str) -> str | None:
    """The name "remove X" gives, as typed ("remove argo cd": "argo cd"), whether or not X is on the screen."""
    match = _LEAVE_OUT_NAME.match(text)
    return match.group("name").strip() if match is not None else None


def pick_to_leave_out(text: str, names: dict[str, str]) -> str | None:
    """The pick a message asks to leave out by its name ("remove Evidently"), given the names shown (name -> id):
    a name that is also an ordinary word is a tool's name here, said of a pick on the screen."""
    typed = name_to_leave_out(text)
    if typed is None:
        return None
    said = typed.lower()
    return next((tool_id for name, tool_id in names.items() if said in (name.lower(), tool_id)), None)


def place_named(text: str) -> int | None:
    """The place in the list of picks that "remove the first one" names (1, 2, 3; -1 for the last), if any."""
    match = _BY_PLACE.search(text)
    if match is None:
        return None
    return _PLACES[match.group("word").lower()] if match.group("word") else int(match.group("number"))


def parse_critique(text: str, catalog: Catalog) -> Critique | None:
    """A critique typed in words ("cheaper please", "more like MLflow")."""
    lowered = _normal(text)
    like = re.match(r"^(?:more |something )?(?:like|similar to)\s+(.+)$", lowered)
    if like:
        tool = catalog.match_name(like.group(1))
        return Critique(kind=CritiqueKind.MORE_LIKE, tool_id=tool.id) if tool else None
    for pattern, kind in _CRITIQUES:
        if re.search(pattern, lowered):
            return Critique(kind=kind)
    return None
