"""Walking the DM interview the way a person would: answer whatever question is showing."""

from __future__ import annotations

from typing import Any

from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_driver import SlackDriver


def question_id(message: dict[str, Any]) -> str | None:
    for block in message.get("blocks", []):
        if str(block.get("block_id", "")).startswith("question:"):
            return str(block["block_id"]).removeprefix("question:")
    text = " ".join(
        b.get("text", {}).get("text", "")
        for b in message.get("blocks", [])
        if b.get("type") == "section"
    )
    return "typed" if text.startswith("*Question") else None


def is_picks(message: dict[str, Any]) -> bool:
    return any(
        b.get("type") == "header" and "picks" in b["text"]["text"]
        for b in message.get("blocks", [])
    )


def current_question(fake: FakeSlack, channel: str) -> dict[str, Any] | None:
    messages = [m for m in fake.transcript(channel) if not m["updated"]]
    for message in reversed(messages):
        if is_picks(message):
            return None
        if question_id(message) is not None:
            return message
    return None


def elements(message: dict[str, Any]) -> list[dict[str, Any]]:
    return [e for b in message["blocks"] if b.get("type") == "actions" for e in b["elements"]]


def answer(slack: SlackDriver, message: dict[str, Any], *, user: str = "U1") -> None:
    """Answer with the first button, the first option(s) of a select, or a number typed in."""
    inputs = elements(message)
    kinds = {e["type"] for e in inputs}
    if not inputs:
        slack.dm("4", user=user)
    elif "multi_static_select" in kinds:
        select = next(e for e in inputs if e["type"] == "multi_static_select")
        slack.press(message, "submit_many:0", user=user, selected=[select["options"][0]["value"]])
    elif "static_select" in kinds:
        select = next(e for e in inputs if e["type"] == "static_select")
        slack.press(message, select["action_id"], user=user, value=select["options"][0]["value"])
    else:
        slack.press(message, inputs[0]["action_id"], user=user)


def button_question(slack: SlackDriver, fake: FakeSlack, channel: str = "D1", limit: int = 25) -> dict[str, Any]:
    """The first question answered by pressing one button: answer the others until it shows."""
    for _ in range(limit):
        question = current_question(fake, channel)
        assert question is not None, "the interview ended before a one-button question"
        kinds = {e["type"] for e in elements(question)}
        if kinds == {"button"}:
            return question
        answer(slack, question)
    raise AssertionError(f"no one-button question in {limit} answers")


def interview(
    slack: SlackDriver, fake: FakeSlack, *, user: str = "U1", limit: int = 25
) -> dict[str, Any]:
    """Answer questions until the picks card is posted; return it."""
    channel = "D" + user.lstrip("U")
    for _ in range(limit):
        question = current_question(fake, channel)
        if question is None:
            break
        answer(slack, question, user=user)
    picks = [m for m in fake.transcript(channel) if is_picks(m)]
    assert picks, (
        f"no picks after {limit} answers: {[m.get('text') for m in fake.transcript(channel)][-5:]}"
    )
    return picks[-1]
