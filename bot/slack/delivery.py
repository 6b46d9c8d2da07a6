"""Sending one turn of the conversation into a DM: post new messages, rewrite answered questions."""

from __future__ import annotations

from dataclasses import dataclass

from slack_sdk import WebClient

from bot.slack.question_messages import QuestionMessages
from bot.slack.render.conversation import render_answered, render_ask, render_confirm, render_say
from bot.slack.render.message import Outgoing
from bot.slack.render.picks import render_show
from core.catalog import Catalog
from core.turns import Answered, Ask, Confirm, Message, Say, Show, Turn


@dataclass(frozen=True)
class Pressed:
    """The message whose button was pressed (it is the question being answered, if any)."""

    channel: str
    ts: str
    question_id: str | None = None


@dataclass(frozen=True)
class Recipient:
    workspace: str
    user: str
    channel: str  # the DM


def render(message: Message, catalog: Catalog) -> Outgoing:
    """Any conversation message as Block Kit."""
    if isinstance(message, Say):
        return render_say(message)
    if isinstance(message, Ask):
        return render_ask(message, catalog)
    if isinstance(message, Answered):
        return render_answered(message)
    if isinstance(message, Show):
        return render_show(message)
    if isinstance(message, Confirm):
        return render_confirm(message)
    raise TypeError(f"unknown message {message!r}")


class Courier:
    """Delivers turns through a WebClient (so the HTTP fake sees every call)."""

    def __init__(self, catalog: Catalog, questions: QuestionMessages) -> None:
        self.catalog = catalog
        self.questions = questions

    def deliver(
        self, client: WebClient, to: Recipient, turn: Turn, *, pressed: Pressed | None = None
    ) -> None:
        for message in turn:
            if isinstance(message, Answered):
                self._rewrite(client, to, message, pressed)
                continue
            out = render(message, self.catalog)
            sent = client.chat_postMessage(
                channel=to.channel, text=out.text, blocks=out.blocks_json()
            )
            if isinstance(message, Ask):
                self.questions.remember(
                    to.workspace,
                    to.user,
                    message.question.id,
                    channel=str(sent["channel"]),
                    ts=str(sent["ts"]),
                )

    def _rewrite(
        self, client: WebClient, to: Recipient, answered: Answered, pressed: Pressed | None
    ) -> None:
        if pressed is not None and pressed.question_id == answered.question_id:
            where: tuple[str, str] | None = (pressed.channel, pressed.ts)
        else:
            where = self.questions.find(to.workspace, to.user, answered.question_id)
        if where is None:  # asked before this adapter kept track: say it instead
            out = render_answered(answered)
            client.chat_postMessage(channel=to.channel, text=out.text, blocks=out.blocks_json())
            return
        out = render_answered(answered)
        client.chat_update(channel=where[0], ts=where[1], text=out.text, blocks=out.blocks_json())
