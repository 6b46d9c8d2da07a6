"""App Home: published when the user opens the Home tab."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.deferred import deferred
from bot.slack.render.home import render_home
from bot.slack.services import SlackServices, workspace_of


def publish_home(services: SlackServices, client: WebClient, workspace: str, user: str) -> None:
    """Render the user's Home tab from what is stored and publish it."""
    view = render_home(*services.waiter.overview(workspace, user), services.catalog)
    client.views_publish(user_id=user, view=view.to_dict())


def register(app: App, services: SlackServices) -> None:
    """Register the Home tab listener (acked at once, published after the ack)."""

    def show_home(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        event = body["event"]
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing
        publish_home(services, client, workspace_of(context, body), str(event["user"]))

    app.event("app_home_opened")(deferred(show_home))
