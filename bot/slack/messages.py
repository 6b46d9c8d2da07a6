"""Typed answers in the DM: kept in the inbox before the ack, answered once, even across a crash."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack.deferred import deferred
from bot.slack.delivery import Recipient
from bot.slack.render.text import unescape
from bot.slack.services import SlackServices, workspace_of
from bot.storage.inbox import Letter
from bot.storage.unit_of_work import SqlUnitOfWork
from core.errors import StoreUnavailable
from core.ports import UnitOfWork
from core.turns import Turn

log = logging.getLogger(__name__)


def is_person_typing_in_dm(event: dict[str, Any]) -> bool:
    """A new message a person typed in the DM (not a bot, not an edit, join or other subtype)."""
    return (
        event.get("channel_type") == "im"
        and not event.get("subtype")
        and not event.get("bot_id")
        and bool(event.get("user"))
        and bool((event.get("text") or "").strip())
    )


def delivery_keys(body: dict[str, Any], event: dict[str, Any], workspace: str) -> list[str]:
    """Slack retries with the same event_id; the same message can also arrive twice with another one."""
    keys = [f"dm:{workspace}:{event.get('channel')}:{event.get('ts')}"]
    if body.get("event_id"):
        keys.insert(0, f"event:{body['event_id']}")
    return keys


def letter_of(body: dict[str, Any], event: dict[str, Any], workspace: str) -> Letter:
    """A DM answer as the inbox keeps it (its key: the message itself, whatever event carried it)."""
    keys = delivery_keys(body, event, workspace)
    return Letter(key=keys[-1][:200], workspace=workspace, user=str(event["user"]), channel=str(event["channel"]),
                  text=unescape(str(event["text"])), delivery_keys=tuple(keys))  # fmt: skip


def answer_letter(services: SlackServices, key: str, client_for: Callable[[str], WebClient | None]) -> bool:
    """Answer a letter of the inbox another process accepted (a crash), unless yet another has it; False if
    it was not ours to answer. It is taken in a transaction of its own (its words are only in the inbox).
    """
    letter = services.inbox.take(key, now=services.clock.now())
    if letter is None:
        return False
    client = client_for(letter.workspace)
    if client is None:  # the workspace uninstalled the app meanwhile: nobody to answer
        services.inbox.finish(key)
        return True
    turn = services.waiter.reply(letter.workspace, letter.user, letter.text, delivery_keys=letter.delivery_keys)
    _send(services, letter, client, turn)
    return True


def answer_accepted(services: SlackServices, letter: Letter, client: WebClient) -> None:
    """Answer the letter this worker accepted before its ack, unless another process has it meanwhile.

    The letter is claimed in the turn's own transaction (so an answer costs one transaction less than
    a take of its own): the claim and the answer commit together, or neither does, and a crash before
    that commit leaves the letter unclaimed, to be taken a lease after it was accepted.
    """
    claimed: list[Letter | None] = [None]

    def claim(uow: UnitOfWork) -> bool:
        if not isinstance(uow, SqlUnitOfWork):
            raise TypeError("the inbox claims a letter in the SQL store's transaction")
        claimed[0] = services.inbox.take_in(uow.connection, letter.key, now=services.clock.now())
        return claimed[0] is not None

    turn = services.waiter.reply(
        letter.workspace, letter.user, letter.text, delivery_keys=letter.delivery_keys, guard=claim
    )
    taken = claimed[0]  # the last attempt's claim: the one that committed with the turn (or rolled back with it)
    if taken is not None:
        _send(services, taken, client, turn)


def _send(services: SlackServices, letter: Letter, client: WebClient, turn: Turn) -> None:
    """Post the turn that answers a letter; the letter leaves the inbox once the reply is out and filed.

    Applied once: its delivery keys are recorded with the conversation. The letter leaves the inbox
    in the transaction that files where its reply was posted, after every message of the reply is
    out. A letter answered before a crash, whose reply may never have been posted, gets where the
    conversation is instead. If the reply cannot be posted (or filed), the letter stays, to be
    answered again after its lease (no "Sorry": the answer itself was applied).
    """
    if not turn and letter.attempts > 1:
        turn = services.waiter.open(letter.workspace, letter.user)
    if not turn:  # a duplicate, answered already
        services.inbox.finish(letter.key)
        return
    to = Recipient(letter.workspace, letter.user, letter.channel)
    try:
        services.courier.deliver(
            client, to, turn, along=lambda connection: services.inbox.finish_in(connection, letter.key)
        )
    except (SlackApiError, SlackClientError, OSError) as error:
        log.warning("could not post a reply (%s); it is retried after the inbox lease", type(error).__name__)


def recover(services: SlackServices, client_for: Callable[[str], WebClient | None]) -> int:
    """Answer what was accepted but not answered (a crash, or Slack down for longer than its retries)."""
    taken = 0
    for key in services.inbox.abandoned(now=services.clock.now()):
        taken += answer_letter(services, key, client_for)
    return taken


def register(app: App, services: SlackServices) -> None:
    """Register the DM listener: the answer is recorded in the inbox before the ack, and answered after it."""

    def accept_message(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        event = body.get("event") or {}
        if is_person_typing_in_dm(event):
            letter = letter_of(body, event, workspace_of(context, body))
            try:
                new = services.inbox.accept(letter, now=services.clock.now())
                context["inbox_letter"] = letter if new else None  # None: Slack's retry of a letter we have
            except StoreUnavailable:
                pass  # not kept: the work after the ack tells the person to try again
        ack()

    def answer_message(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        event = body["event"]
        if not is_person_typing_in_dm(event):
            return
        if "inbox_letter" in context:  # kept in the inbox before the ack
            letter = context["inbox_letter"]
            if letter is not None:
                answer_accepted(services, letter, client)
            return
        workspace, user = workspace_of(context, body), str(event["user"])
        turn = services.waiter.reply(  # the inbox was unreachable: try the store once more, or explain
            workspace, user, unescape(str(event["text"])), delivery_keys=delivery_keys(body, event, workspace)
        )
        if turn:
            to = Recipient(workspace=workspace, user=user, channel=str(event["channel"]))
            services.courier.deliver(client, to, turn)

    app.event("message")(deferred(answer_message, answer=accept_message))
