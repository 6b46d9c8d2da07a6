"""Button and select presses: answers, restart confirmation, feedback, critiques, App Home buttons."""

from __future__ import annotations

import json
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.delivery import Pressed, Recipient
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


def register(app: App, services: SlackServices) -> None:
    """Register the interactive listeners (each acks first)."""

    @app.action(matcher(Action.CHOOSE))
    @app.action(Action.SELECT_ONE.value)
    @app.action(matcher(Action.SUBMIT_MANY))
    def choose_answer(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        ack()
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
        turn = services.waiter.choose(workspace, user, pressed.question_id, values)
        services.courier.deliver(client, to, turn, pressed=pressed)

    @app.action(Action.SELECT_MANY.value)
    @app.action(Action.OPEN_LINK.value)
    def note_selection(ack: Ack) -> None:
        ack()  # read when "Done" is pressed; link buttons open in the browser

    @app.action(Action.RESTART_YES.value)
    @app.action(Action.RESTART_NO.value)
    def confirm_restart(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        ack()
        workspace, user, to, pressed = _where(body, context)
        yes = body["actions"][0]["action_id"] == Action.RESTART_YES
        turn = services.waiter.confirm_restart(workspace, user, yes=yes)
        done = render_confirmed(yes=yes)
        client.chat_update(
            channel=pressed.channel, ts=pressed.ts, text=done.text, blocks=done.blocks_json()
        )
        services.courier.deliver(client, to, turn)

    @app.action(matcher(Action.FEEDBACK))
    def give_feedback(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        ack()
        workspace, user, to, _ = _where(body, context)
        value = json.loads(body["actions"][0]["value"])
        turn = services.waiter.feedback(
            workspace, user, int(value["r"]), str(value["t"]), str(value["v"])
        )
        services.courier.deliver(client, to, turn)

    @app.action(matcher(Action.CRITIQUE))
    def refine_picks(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        ack()
        workspace, user, to, _ = _where(body, context)
        critique = Critique(kind=CritiqueKind(body["actions"][0]["value"]))
        services.courier.deliver(client, to, services.waiter.refine(workspace, user, critique))

    @app.action(Action.HOME_OPEN.value)
    @app.action(Action.HOME_RESTART.value)
    def start_from_home(
        ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        ack()
        workspace, user = workspace_of(context, body), str(body["user"]["id"])
        restart = body["actions"][0]["action_id"] == Action.HOME_RESTART
        services.start(client, workspace, user, restart=restart)
        publish_home(services, client, workspace, user)
