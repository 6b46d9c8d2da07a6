"""Button and select presses: answers, restart confirmation, feedback, critiques, App Home buttons."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.deferred import acknowledge, deferred
from bot.slack.delivery import Pressed, Recipient
from bot.slack.errors import MalformedAction
from bot.slack.home import publish_home
from bot.slack.ids import Action, matcher, question_of
from bot.slack.render.conversation import render_confirmed
from bot.slack.services import SlackServices, channel_of, workspace_of
from core.recommendation import Critique, CritiqueKind


def _where(body: dict[str, Any], context: BoltContext) -> tuple[str, str, Recipient, Pressed]:
    workspace, user = workspace_of(context, body), str(body["user"]["id"])
    channel = str(channel_of(body))
    action = body["actions"][0]
    pressed = Pressed(
        channel=channel,
        ts=str((body.get("container") or {}).get("message_ts")),
        question_id=question_of(action.get("block_id", "")),
    )
    return workspace, user, Recipient(workspace=workspace, user=user, channel=channel), pressed


def chosen_values(body: dict[str, Any]) -> list[str]:
    """The values a press chose: a button's value, a select's option, or the multi-select above Done."""
    action = body["actions"][0]
    if action.get("type") == "static_select":
        return [action["selected_option"]["value"]]
    if action["action_id"].startswith(Action.SUBMIT_MANY):
        if action.get("value") == "none":
            return []
        block = (body.get("state") or {}).get("values", {}).get(action.get("block_id", ""), {})
        picked = block.get(Action.SELECT_MANY.value, {}).get("selected_options") or []
        return [option["value"] for option in picked]
    return [action["value"]]


def press_key(workspace: str, user: str, pressed: Pressed, values: list[str]) -> str:
    """A double click sends the same choice on the same message twice: it is one answer (a delivery key)."""
    chosen = hashlib.sha256("\x1f".join(sorted(values)).encode()).hexdigest()[:16]
    return f"press:{workspace}:{user}:{pressed.channel}:{pressed.ts}:{pressed.question_id}:{chosen}"


def register(app: App, services: SlackServices) -> None:
    """Register the interactive listeners: each acks at once, and works after the ack."""

    def choose_answer(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        workspace, user, to, pressed = _where(body, context)
        values = chosen_values(body)
        if pressed.question_id is None:
            return
        if not values and body["actions"][0].get("value") != "none":
            client.chat_postEphemeral(
                channel=to.channel,
                user=user,
                text="Pick at least one option first, or type your answer.",
            )
            return
        keys = [press_key(workspace, user, pressed, values)]
        turn = services.waiter.choose(workspace, user, pressed.question_id, values, delivery_keys=keys)
        if turn:
            services.courier.deliver(client, to, turn, pressed=pressed)

    def confirm_restart(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        workspace, user, to, pressed = _where(body, context)
        yes = body["actions"][0]["action_id"] == Action.RESTART_YES
        turn = services.waiter.confirm_restart(workspace, user, yes=yes)
        done = render_confirmed(yes=yes)
        client.chat_update(
            channel=pressed.channel, ts=pressed.ts, text=done.text, blocks=done.blocks_json()
        )
        services.courier.deliver(client, to, turn)

    def give_feedback(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        workspace, user, to, _ = _where(body, context)
        try:
            value = json.loads(body["actions"][0]["value"])
            recommendation, tool, verdict = int(value["r"]), str(value["t"]), str(value["v"])
        except (ValueError, TypeError, KeyError):  # not a value this app wrote
            raise MalformedAction() from None
        services.courier.deliver(client, to, services.waiter.feedback(workspace, user, recommendation, tool, verdict))

    def refine_picks(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        workspace, user, to, _ = _where(body, context)
        try:
            critique = Critique(kind=CritiqueKind(body["actions"][0]["value"]))
        except ValueError:
            raise MalformedAction() from None
        services.courier.deliver(client, to, services.waiter.refine(workspace, user, critique))

    def start_from_home(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        workspace, user = workspace_of(context, body), str(body["user"]["id"])
        restart = body["actions"][0]["action_id"] == Action.HOME_RESTART
        services.start(client, workspace, user, restart=restart)
        publish_home(services, client, workspace, user)

    for matches in (matcher(Action.CHOOSE), Action.SELECT_ONE.value, matcher(Action.SUBMIT_MANY)):
        app.action(matches)(deferred(choose_answer))
    for action in (Action.SELECT_MANY, Action.OPEN_LINK):  # read when "Done" is pressed; links open in the browser
        app.action(action.value)(acknowledge)
    for action in (Action.RESTART_YES, Action.RESTART_NO):
        app.action(action.value)(deferred(confirm_restart))
    app.action(matcher(Action.FEEDBACK))(deferred(give_feedback))
    app.action(matcher(Action.CRITIQUE))(deferred(refine_picks))
    for action in (Action.HOME_OPEN, Action.HOME_RESTART):
        app.action(action.value)(deferred(start_from_home))
