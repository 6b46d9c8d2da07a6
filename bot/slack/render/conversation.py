"""The interview in Block Kit: plain lines, questions with their inputs, answered questions, confirms."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    Option,
    SectionBlock,
    StaticMultiSelectElement,
    StaticSelectElement,
)

from bot.slack.ids import Action, numbered, question_block
from bot.slack.render.message import Outgoing, fit, mrkdwn
from bot.slack.render.text import BUTTON_TEXT, OPTION_TEXT, OPTION_VALUE, clip, safe
from core.catalog import Catalog
from core.questions import COMMON_STACK, Kind, Question
from core.questions import Option as Choice
from core.turns import Answered, Ask, Confirm, Say

MAX_BUTTONS = 5  # more options than this become a select menu
MAX_OPTIONS = 100  # Block Kit's limit per select
TYPING_HINT = (
    "Or type your answer in your own words. Words that always work: help · skip · back · picks · restart · stop · why"
)


def render_say(say: Say) -> Outgoing:
    """A plain line (core's text is plain and may hold user text: escaped here)."""
    text = safe(say.text)
    return fit(text, [SectionBlock(text=mrkdwn(text))])


def render_ask(ask: Ask, catalog: Catalog) -> Outgoing:
    """A question with buttons (few options), a select (many) or a multi-select and Done; typing works too."""
    question = ask.question
    count = f"Question {ask.number} of about {ask.total}" if ask.total and ask.total >= ask.number else (
        f"Question {ask.number}"
    )  # fmt: skip
    lead = f"*{count}.* {safe(question.prompt, 2900)}"
    blocks: list[Block] = [SectionBlock(text=mrkdwn(lead))]
    if ask.note:
        blocks.append(ContextBlock(elements=[mrkdwn(safe(ask.note))]))
    inputs = _inputs(question, catalog)
    if inputs:
        blocks.append(ActionsBlock(block_id=question_block(question.id), elements=inputs))
    blocks.append(ContextBlock(elements=[mrkdwn(TYPING_HINT)]))
    return fit(f"{count}: {safe(question.prompt)}", blocks)


def render_answered(answered: Answered) -> Outgoing:
    """A question message rewritten to show the choice, so the DM reads as a clean transcript."""
    prompt, answer = safe(answered.prompt, 900), safe(answered.answer, 2000)
    text = f"{prompt}\n:white_check_mark: *{answer}*"
    return fit(f"{prompt} {answer}", [SectionBlock(text=mrkdwn(text))])


def render_confirm(confirm: Confirm) -> Outgoing:
    """Yes / no buttons for starting over."""
    buttons = ActionsBlock(
        elements=[
            ButtonElement(
                text="Yes, start over", action_id=Action.RESTART_YES, value="yes", style="danger"
            ),
            ButtonElement(text="No, keep my answers", action_id=Action.RESTART_NO, value="no"),
        ]
    )
    text = safe(confirm.text)
    return fit(text, [SectionBlock(text=mrkdwn(text)), buttons])


def render_confirmed(*, yes: bool) -> Outgoing:
    """The confirm message after a press: buttons gone, the choice shown."""
    text = "Start over? :white_check_mark: *Yes*" if yes else "Start over? :white_check_mark: *No*"
    return fit(text, [SectionBlock(text=mrkdwn(text))])


# -- inputs -----------------------------------------------------------------------------------


Input = ButtonElement | StaticSelectElement | StaticMultiSelectElement


def _inputs(question: Question, catalog: Catalog) -> list[Input]:
    if question.kind is Kind.NUMBER:
        return []
    if question.kind is Kind.TOOLS:
        choices = [Choice(value=t, label=catalog.get(t).name) for t in COMMON_STACK if t in catalog]
        return [
            *_multi(choices, placeholder="Pick tools you use"),
            ButtonElement(text="None yet", action_id=numbered(Action.SUBMIT_MANY, 1), value="none"),
        ]
    if question.kind is Kind.MULTI:
        return _multi(list(question.options), placeholder="Pick all that apply")
    if len(question.options) <= MAX_BUTTONS:
        return [
            ButtonElement(
                text=clip(option.label, BUTTON_TEXT),
                action_id=numbered(Action.CHOOSE, n),
                value=clip(option.value, OPTION_VALUE),
            )  # fmt: skip
            for n, option in enumerate(question.options)
        ]
    return [
        StaticSelectElement(
            placeholder="Choose one",
            action_id=Action.SELECT_ONE,
            options=_options(question.options),
        )
    ]


def _multi(choices: list[Choice], *, placeholder: str) -> list[Input]:
    return [
        StaticMultiSelectElement(
            placeholder=placeholder, action_id=Action.SELECT_MANY, options=_options(choices)
        ),
        ButtonElement(
            text="Done",
            action_id=numbered(Action.SUBMIT_MANY, 0),
            value="selected",
            style="primary",
        ),
    ]


def _options(choices: list[Choice] | tuple[Choice, ...]) -> list[Option]:
    return [
        Option(value=clip(choice.value, OPTION_VALUE), text=clip(choice.label, OPTION_TEXT))
        for choice in list(choices)[:MAX_OPTIONS]
    ]
