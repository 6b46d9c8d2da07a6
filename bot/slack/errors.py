"""The one error handler: domain errors become their friendly message, anything else a reference id."""

from __future__ import annotations

import logging
import uuid
from typing import Any

from slack_bolt import App, Respond
from slack_bolt.error import BoltUnhandledRequestError
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackClientError

from bot.slack.render.text import safe
from bot.slack.services import channel_of
from core.errors import WaiterError

log = logging.getLogger(__name__)


class MalformedAction(WaiterError):
    """A button press whose value this app never wrote (an old message, or a forged payload)."""

    def __init__(self) -> None:
        super().__init__("That button is out of date; type /mlops to carry on.")


def friendly(error: Exception) -> tuple[str, str]:
    """(what to tell the user, the reference id that is in the log)."""
    ref = uuid.uuid4().hex[:8]
    if isinstance(error, WaiterError):
        return f"{error} (ref {ref})", ref
    return f"Sorry, something went wrong on my side. If it keeps happening, quote ref {ref}.", ref


def _reply_channel(body: dict[str, Any]) -> str | None:
    event = body.get("event") or {}
    if event.get("type") == "message" and event.get("channel_type") == "im":
        return str(event["channel"])
    return channel_of(body)


def explain(error: Exception, body: dict[str, Any], client: WebClient, respond: Respond | None) -> None:
    """Tell the person what went wrong (a domain error's message, else a reference id) and log it."""
    if isinstance(error, BoltUnhandledRequestError):
        return
    text, ref = friendly(error)
    if isinstance(error, WaiterError):
        log.warning("ref %s: %s: %s", ref, type(error).__name__, error)
    else:
        log.error("ref %s: unexpected error in a listener", ref, exc_info=error)
    try:
        if body.get("command") and body.get("response_url") and respond is not None:
            respond(text=safe(text), response_type="ephemeral", replace_original=False)
        elif (channel := _reply_channel(body)) is not None:
            client.chat_postMessage(channel=channel, text=safe(text))
    except (SlackApiError, SlackClientError, OSError) as sending:  # Slack itself may be the problem
        log.warning("ref %s: could not tell the user: %s", ref, type(sending).__name__)


def register(app: App) -> None:
    """Install the global error handler (for errors in ack functions; deferred work calls explain itself)."""

    @app.error
    def explain_error(error: Exception, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        explain(error, body, client, respond)
