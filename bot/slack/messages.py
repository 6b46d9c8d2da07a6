"""Typed answers in the DM: each delivery handled once, the bot's own messages and edits ignored."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.deferred import acknowledge, deferred
from bot.slack.delivery import Recipient
from bot.slack.render.text import unescape
from bot.slack.services import SlackServices, workspace_of


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


def register(app: App, services: SlackServices) -> None:
    """Register the DM listener: acked at once, answered after the ack."""

    def answer_message(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        event = body["event"]
        if not is_person_typing_in_dm(event):
            return
        workspace, user = workspace_of(context, body), str(event["user"])
        turn = services.waiter.reply(
            workspace, user, unescape(str(event["text"])), delivery_keys=delivery_keys(body, event, workspace)
        )
        if not turn:  # a retried or duplicate delivery: answered already
            return
        to = Recipient(workspace=workspace, user=user, channel=str(event["channel"]))
        services.courier.deliver(client, to, turn)

    app.event("message")(ack=acknowledge, lazy=[deferred(answer_message)])
