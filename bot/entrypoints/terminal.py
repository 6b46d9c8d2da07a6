"""The terminal chat: the same conversation as in Slack, with numbered options and typed commands."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Iterable
from typing import TextIO

from core.errors import WaiterError
from core.questions import Kind
from core.recommendation import Recommendation
from core.services import Waiter
from core.turns import Ask, Confirm, Message, Say, Show, Turn
from core.vocabulary import label
from core.wording import REFINE_HINT

WORKSPACE = "local"
WIDTH = 88


def _wrap(text: str, indent: str = "") -> str:
    lines = []
    for paragraph in text.splitlines() or [""]:
        lines.append(textwrap.fill(paragraph, WIDTH, initial_indent=indent, subsequent_indent=indent) or indent)
    return "\n".join(lines)


def render_recommendation(recommendation: Recommendation) -> str:
    """The picks as text: name, ring, reasons, caveats, then stack, advice and what to keep."""
    out = ["Here's what I'd suggest:", ""]
    for number, pick in enumerate(recommendation.picks, 1):
        out.append(f"{number}. {pick.name}  [{label(pick.ring)}]  {pick.url}")
        out.append(_wrap(f"Why: {'; '.join(pick.reasons)}", "   "))
        if pick.cost:
            out.append(_wrap(f"Pricing: {pick.cost}", "   "))
        if pick.caveats:
            out.append(_wrap(f"Costs you: {'; '.join(pick.caveats)}", "   "))
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


def render_message(message: Message) -> str:
    """One message of a turn as terminal text (Answered echoes are silent: the user just typed it)."""
    if isinstance(message, Say):
        return _wrap(message.text)
    if isinstance(message, Ask):
        question = message.question
        lines = [f"Q{message.number}. {question.prompt}"]
        for number, option in enumerate(question.options, 1):
            lines.append(f"   {number}. {option.label}")
        if question.kind is Kind.MULTI:
            lines.append("   (several are fine: e.g. 1, 3)")
        return "\n".join(lines)
    if isinstance(message, Show):
        return render_recommendation(message.recommendation) + "\n\n" + _wrap(REFINE_HINT)
    if isinstance(message, Confirm):
        return f"{message.text} (yes/no)"
    return ""  # Answered: the person just typed the answer; nothing to echo


def render_turn(turn: Turn) -> str:
    return "\n".join(part for part in (render_message(m) for m in turn) if part)


def chat(
    waiter: Waiter, *, user: str, lines: Iterable[str], write: Callable[[str], object],
    echo_input: bool = False,
) -> None:  # fmt: skip
    """Hold the conversation: open (or resume), then one turn per input line, until EOF."""
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
    write("\nBye for now. Everything is saved: run `mlops-waiter chat` again to pick up where you left off.")


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
