"""The terminal chat: the same conversation as in Slack, in the terminal's own words.

Every line the terminal says differently from core (no buttons, no /mlops, `stop` leaves) is in
`WORDS` below; everything else comes from core/wording.py.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from typing import TextIO

from core.errors import WaiterError
from core.questions import OPENING, Kind
from core.recommendation import Recommendation
from core.services import Waiter
from core.turns import Answered, Ask, Confirm, Message, Say, Show, Turn
from core.vocabulary import label
from core.wording import LINES

WORKSPACE = "local"
WIDTH = 88

#: The terminal's own words for core's lines (by key), and its own lines.
WORDS: dict[str, str] = {
    "greeting": (
        "Hi! I'm the MLOps Waiter. Tell me about your ML work in your own words and I'll suggest two or "
        "three tools that fit, with my reasons. Correct anything I get wrong at any time; type 'picks' to see "
        "picks straight away, 'help' for help, or 'stop' to leave (everything is kept)."
    ),
    "help": (
        "Type your answer in your own words, or the numbers of the options (several are fine: 1, 3). "
        "You can mention anything else about your team at any point, and correct me ('actually we're on "
        "GCP', 'no, 12 people'). Commands: help · back (undo the last answer) · skip · picks (show picks now) "
        "· restart · stop (leave; everything is kept) · why (why I'm asking, or why these picks). Ask about "
        "any tool too ('is neptune still around?', 'tell me about KitOps')."
    ),
    "paused": "Stopped. Everything you told me is kept: run `mlops-waiter chat` again to pick up where you left off.",
    "already_paused": "We're paused. Type anything to carry on, or press Ctrl-D to leave.",
    "still_paused": "We're paused. Type anything to carry on, or press Ctrl-D to leave.",
    "bye": "Bye for now. Everything is saved: run `mlops-waiter chat` again to pick up where you left off.",
    "several": "(several are fine: e.g. 1, 3)",
    "open": "(or type the number of your role)",
    "confirm": "(yes/no)",
    "read_back": "Got it: {answer}. If I got anything wrong, just say so (e.g. '{example}').",
    "answered": "→ {answer}",
}


def words(key: str) -> str:
    """The terminal's line for a key."""
    return WORDS.get(key) or LINES[key]


def _wrap(text: str, indent: str = "") -> str:
    lines = []
    for paragraph in text.splitlines() or [""]:
        lines.append(textwrap.fill(paragraph, WIDTH, initial_indent=indent, subsequent_indent=indent) or indent)
    return "\n".join(lines)


def render_recommendation(recommendation: Recommendation) -> str:
    """The picks as text: name, ring, reasons, caveats, then stack, advice and what to keep."""
    out = ["Here's what I'd suggest:", ""]
    if recommendation.common:
        out += [_wrap(f"All of them: {'; '.join(recommendation.common_said)}"), ""]
    for number, pick in enumerate(recommendation.picks, 1):
        out.append(f"{number}. {pick.heading}  [{label(pick.ring)}]  {pick.url}")
        out.append(_wrap(f"Why: {'; '.join(pick.reasons)}", "   "))
        if pick.cost:
            out.append(_wrap(f"Pricing: {pick.cost}", "   "))
        if pick.caveats:
            out.append(_wrap(f"Costs and risks: {'; '.join(pick.caveats)}", "   "))
        out.append(_wrap(pick.ring_meaning, "   "))
        if pick.also_good:
            out.append(_wrap(f"Also good: {pick.also_good}", "   "))
        if pick.counterfactual:
            out.append(_wrap(pick.counterfactual, "   "))
        out.append("")
    if recommendation.stack:
        out.append("Your stack:")
        out.extend(f"  {label(item.stage):<24} → {item.tool_name}: {item.why}" for item in recommendation.stack)
        out.append("")
    for line in recommendation.relaxed:
        out.append(_wrap(f"Note: {line}"))
    for line in recommendation.keep:
        out.append(_wrap(line))
    for line in recommendation.advice:
        out.append(_wrap(f"Advice: {line}"))
    return "\n".join(out).rstrip()


def render_ask(ask: Ask) -> str:
    """A question with its numbered options: "Question 2 of about 4. …"."""
    question = ask.question
    count = f"Question {ask.number} of about {ask.total}" if ask.total and ask.total >= ask.number else (
        f"Question {ask.number}"
    )  # fmt: skip
    lines = [_wrap(f"{count}. {question.prompt}")]
    if ask.note:
        lines.append(_wrap(ask.note))
    for number, option in question.numbered():
        lines.append(f"   {number}. {option.label}")
    if question.kind is Kind.MULTI:
        lines.append("   " + words("several"))
    if question.kind is Kind.OPEN:
        lines.append("   " + words("open"))
    return "\n".join(lines)


def _correction_example(read: str) -> str:
    """A correction to show after the read-back: never the cloud they just named ("we're on GCP", read as Google
    Cloud, is not corrected by "actually we're on GCP")."""
    return "actually we're on AWS" if label("gcp") in read else "actually we're on GCP"


def render_message(message: Message) -> str:
    """One message of a turn as terminal text. An answer is shown as read ("→ Slow hand-off to production"), as
    Slack shows it under the question: typed in words, how it was read is worth a glance."""
    if isinstance(message, Say):
        return _wrap(WORDS.get(message.key or "", message.text))
    if isinstance(message, Ask):
        return render_ask(message)
    if isinstance(message, Show):
        return render_recommendation(message.recommendation) + "\n\n" + _wrap(words("refine_hint"))
    if isinstance(message, Confirm):
        return f"{message.text} {words('confirm')}"
    if isinstance(message, Answered) and message.question_id == OPENING:  # their own words, read back
        return _wrap(words("read_back").format(answer=message.answer, example=_correction_example(message.answer)))
    if isinstance(message, Answered):
        return _wrap(words("answered").format(answer=message.answer))
    return ""


def render_turn(turn: Turn) -> str:
    return "\n".join(part for part in (render_message(m) for m in turn) if part)


def stops(turn: Turn) -> bool:
    """Did this turn pause the conversation (`stop`): the terminal then leaves."""
    return any(isinstance(m, Say) and m.key == "paused" for m in turn)


def chat(
    waiter: Waiter, *, user: str, lines: Iterable[str], write: Callable[[str], object],
    echo_input: bool = False,
) -> None:  # fmt: skip
    """Hold the conversation: open (or resume), then one turn per input line, until `stop` or EOF."""
    write(render_turn(waiter.open(WORKSPACE, user)))
    for raw in lines:
        text = raw.rstrip("\n")
        if echo_input:
            write(f"> {text}")
        if not text.strip():
            continue
        try:
            turn = waiter.reply(WORKSPACE, user, text)
        except WaiterError as error:
            write(str(error))
            continue
        write(render_turn(turn))
        if stops(turn):
            return
    write("\n" + words("bye"))


def prompt_lines(stdin: TextIO, stdout: TextIO) -> Iterable[str]:
    """Lines from an interactive terminal with a prompt, or from a pipe as they come."""
    interactive = stdin.isatty()
    while True:
        if interactive:
            stdout.write("\n> ")
            stdout.flush()
        line = stdin.readline()
        if not line:
            return
        yield line
