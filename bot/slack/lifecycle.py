"""Install lifecycle: uninstalling the app or revoking its tokens deletes that workspace's tokens."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import App, BoltContext

from bot.slack.services import SlackServices, workspace_of

log = logging.getLogger(__name__)


def register(app: App, services: SlackServices) -> None:
    """OAuth mode: Bolt's revocation listeners delete tokens from the installation store."""
    if app.installation_store is None:

        @app.event("app_uninstalled")
        @app.event("tokens_revoked")
        def note_revocation(body: dict[str, Any], context: BoltContext) -> None:
            # token mode: the token lives in the environment, so there is nothing stored to delete
            workspace = workspace_of(context, body)
            log.warning("Slack says the app was uninstalled or its tokens revoked in %s", workspace)
            services.questions.forget_workspace(workspace)

        return

    forget_tokens = app.default_app_uninstalled_event_listener()
    revoke_tokens = app.default_tokens_revoked_event_listener()

    @app.event("app_uninstalled")
    def forget_workspace(event: dict[str, Any], body: dict[str, Any], context: BoltContext) -> None:
        forget_tokens(context=context)
        services.questions.forget_workspace(workspace_of(context, body))

    @app.event("tokens_revoked")
    def forget_revoked_tokens(event: dict[str, Any], context: BoltContext) -> None:
        revoke_tokens(event=event, context=context)
