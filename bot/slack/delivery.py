"""Sending one turn of the conversation into a DM: post new messages, rewrite answered questions."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError
from sqlalchemy import Connection

from bot.slack.render.conversation import render_answered, render_ask, render_confirm, render_say
from bot.slack.render.message import Outgoing
from bot.slack.render.picks import render_show, stamp
from bot.storage.question_messages import Asked, QuestionMessages
from core.catalog import Catalog
from core.questions import BY_ID, Question
from core.recommendation import Recommendation
from core.turns import Answered, Ask, Confirm, Message, Say, Show, Turn

log = logging.getLogger(__name__)
MAX_CACHED_ANSWER = 200  # longer typed answers are rare, and would only fill the cache
UNSTORED = -1  # the recommendation id a picks card is rendered with before it is cached (stamp puts the real one)


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


def _banked(question: Question) -> bool:
    """The bank's own question (the one its id names), so its Block Kit can be cached by id."""
    banked = BY_ID.get(question.id)
    return banked is question or banked == question


@dataclass(frozen=True)
class Cached:
    """A message as the caches keep it: its text, and its blocks as JSON text. Every delivery gets blocks
    of its own (parsed anew), so nothing a request or slack_sdk does to them reaches another request."""

    text: str
    blocks_json: str

    @classmethod
    def of(cls, out: Outgoing) -> Cached:
        return cls(out.text, json.dumps(out.blocks_json(), separators=(",", ":")))

    def copy(self) -> tuple[str, list[dict[str, Any]]]:
        return self.text, json.loads(self.blocks_json)


class Courier:
    """Delivers turns through a WebClient (so the HTTP fake sees every call)."""

    def __init__(self, catalog: Catalog, questions: QuestionMessages) -> None:
        self.catalog = catalog
        self.questions = questions
        # the same question looks the same every time it is asked, and so does the same answer to it:
        # build their Block Kit once, keep it immutable, hand out copies
        self._question = lru_cache(maxsize=1024)(self._render_question)
        self._answered = lru_cache(maxsize=4096)(self._render_answered)
        # the same picks make the same card but for the stored id in its feedback buttons (a new one
        # every time they are shown): built and validated once per Recommendation, the id stamped in
        self._picks = lru_cache(maxsize=256)(self._render_picks)

    def _render_question(self, question_id: str, number: int, note: str | None, total: int | None) -> Cached:
        ask = Ask(question=BY_ID[question_id], number=number, note=note, total=total)
        return Cached.of(render_ask(ask, self.catalog))

    def _render_answered(self, answered: Answered) -> Cached:
        return Cached.of(render_answered(answered))

    def _render_picks(self, recommendation: Recommendation, stored: bool) -> Cached:
        show = Show(recommendation=recommendation, recommendation_id=UNSTORED if stored else None)
        return Cached.of(render_show(show))

    def _payload(self, message: Message) -> tuple[str, list[dict[str, Any]]]:
        """The message's text and blocks, the caller's own (a copy when it came from a cache)."""
        if isinstance(message, Ask) and _banked(message.question):
            return self._question(message.question.id, message.number, message.note, message.total).copy()
        if isinstance(message, Answered) and len(message.answer) <= MAX_CACHED_ANSWER:
            return self._answered(message).copy()
        if isinstance(message, Show):
            rec_id = message.recommendation_id
            text, blocks = self._picks(message.recommendation, rec_id is not None).copy()
            return text, blocks if rec_id is None else stamp(blocks, rec_id)
        out = render(message, self.catalog)
        return out.text, out.blocks_json()

    def deliver(
        self, client: WebClient, to: Recipient, turn: Turn, *, pressed: Pressed | None = None,
        along: Callable[[Connection], None] | None = None,
    ) -> None:
        """Post the turn's new messages, then rewrite the answered question in place.

        The bookkeeping (where the answered question was, where the new one is) is one transaction
        between the posts and the rewrite; `along` commits with it (a DM answer leaving the inbox),
        so it happens once every message is posted, or not at all.
        """
        answered = [message for message in turn if isinstance(message, Answered)]
        asked: list[Asked] = []
        for message in turn:
            if isinstance(message, Answered):
                continue
            text, blocks = self._payload(message)
            sent = client.chat_postMessage(channel=to.channel, text=text, blocks=blocks)
            if isinstance(message, Ask):
                asked.append(Asked(message.question.id, str(sent["channel"]), str(sent["ts"])))
        known: dict[str, tuple[str, str]] = {}
        if pressed is not None and pressed.question_id is not None:
            known[pressed.question_id] = (pressed.channel, pressed.ts)
        lookups = [a.question_id for a in answered if a.question_id not in known]
        known.update(self.questions.exchange(to.workspace, to.user, asked=asked, answered=lookups, along=along))
        for message in answered:
            where = known.get(message.question_id)
            if where is None:  # its message was never on file (its post failed): the typed answer shows
                continue
            text, blocks = self._payload(message)
            try:
                client.chat_update(channel=where[0], ts=where[1], text=text, blocks=blocks)
            except (SlackApiError, SlackClientError, OSError) as error:
                # the turn is posted; only the old question still shows its buttons (pressing one says so)
                log.warning("could not rewrite an answered question: %s", type(error).__name__)
