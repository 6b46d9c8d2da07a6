"""App Home: published when the user opens the Home tab."""

from __future__ import annotations

from typing import Any

from slack_bolt import App, BoltContext
from slack_sdk import WebClient

from bot.slack.render.home import render_home
from bot.slack.services import SlackServices, workspace_of


def publish_home(services: SlackServices, client: WebClient, workspace: str, user: str) -> None:
    """Render the user's Home tab from what is stored and publish it."""
    view = render_home(*services.waiter.overview(workspace, user))
    client.views_publish(user_id=user, view=view.to_dict())


def register(app: App, services: SlackServices) -> None:
    """Register the Home tab listener."""

    @app.event("app_home_opened")
    def show_home(
        event: dict[str, Any], body: dict[str, Any], client: WebClient, context: BoltContext
    ) -> None:
        if event.get("tab", "home") != "home":
            return  # the Messages tab needs nothing
        publish_home(services, client, workspace_of(context, body), str(event["user"]))
