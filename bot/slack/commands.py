"""`/mlops` and its subcommands. Quick answers go in the ack; anything touching the DB comes after it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.digest_command import handle_digest_command
from bot.slack.render.catalog_cards import (
    render_compare,
    render_help,
    render_search,
    render_tool,
    render_unknown_tool,
)
from bot.slack.render.home import profile_blocks
from bot.slack.render.message import Outgoing, fit
from bot.slack.render.text import safe
from bot.slack.services import SlackServices, workspace_of
from core.answers import read
from core.catalog import Catalog, Tool
from core.errors import UnknownTool

COMMAND = "/mlops"
VERBS = frozenset({"", "start", "resume", "restart", "profile", "digest", "help", "?", "tool", "compare"})
DM_POINTER = (
    "I've sent you a direct message: let's talk there. (Find it under *Apps* › MLOps Waiter.)"
)


def register(app: App, services: SlackServices) -> None:
    """Register the slash command."""

    @app.command(COMMAND)
    def run_command(
        ack: Ack, command: dict[str, Any], body: dict[str, Any], client: WebClient,
        respond: Respond, context: BoltContext,
    ) -> None:  # fmt: skip
        text = str(command.get("text") or "").strip()
        verb, _, rest = text.partition(" ")
        verb, rest = verb.lower(), rest.strip()
        workspace, user = workspace_of(context, body), str(command["user_id"])
        if verb not in VERBS and read(text, services.catalog):  # `/mlops we're 5 people on AWS …`
            ack(text=DM_POINTER)
            services.start(client, workspace, user, restart=False, text=text)
            return
        quick = _quick(verb, rest, services.catalog)
        if quick is not None:
            ack(text=quick.text, blocks=quick.blocks_json())
            return
        if verb in ("", "start", "resume", "restart"):
            ack(text=DM_POINTER)
            services.start(client, workspace, user, restart=verb == "restart")
            return
        ack()
        if verb == "profile":
            out = _profile(services, workspace, user)
            respond(text=out.text, blocks=out.blocks_json(), response_type="ephemeral")
            return
        reply = _digest(
            services,
            rest,
            workspace=workspace,
            channel=str(command["channel_id"]),
            user=user,
            client=client,
        )
        if isinstance(reply, str):
            respond(text=safe(reply), response_type="ephemeral")
        else:
            respond(
                text="Team digest", blocks=[b.to_dict() for b in reply], response_type="ephemeral"
            )


def _quick(verb: str, rest: str, catalog: Catalog) -> Outgoing | None:
    """Answers that need only the catalog (in memory): sent in the ack itself."""
    if verb in ("help", "?"):
        return render_help()
    if verb == "tool":
        if not rest:
            return render_help(unknown="tool (which tool? e.g. /mlops tool mlflow)")
        try:
            return render_tool(catalog.resolve(rest))
        except UnknownTool as error:
            return render_unknown_tool(error)
    if verb == "search":
        if not rest:
            return render_help(unknown="search (search for what? e.g. /mlops search llm eval)")
        return render_search(rest, catalog.search(rest, limit=5))
    if verb == "compare":
        try:
            left, right = split_pair(rest, catalog)
        except UnknownTool as error:
            return render_unknown_tool(error)
        return render_compare(left, right)
    if verb in ("", "start", "resume", "restart", "profile", "digest"):
        return None
    return render_help(unknown=verb)


def split_pair(text: str, catalog: Catalog) -> tuple[Tool, Tool]:
    """Two tool names from "A B", "A vs B" or "A, B" (names may have spaces: try every split)."""
    for separator in (" vs. ", " vs ", " versus ", ",", " and "):
        if separator in text.lower():
            at = text.lower().index(separator)
            return catalog.resolve(text[:at]), catalog.resolve(text[at + len(separator) :])
    words = text.split()
    if len(words) < 2:
        raise UnknownTool(text or "(nothing)", ["two names, e.g. /mlops compare mlflow wandb"])
    for cut in range(1, len(words)):
        left, right = (
            catalog.match_name(" ".join(words[:cut])),
            catalog.match_name(" ".join(words[cut:])),
        )
        if left is not None and right is not None:
            return left, right
    return catalog.resolve(words[0]), catalog.resolve(" ".join(words[1:]))


def _profile(services: SlackServices, workspace: str, user: str) -> Outgoing:
    profile = services.waiter.current_profile(workspace, user)
    return fit("Your profile", profile_blocks(profile))


def _digest(
    services: SlackServices, args: str, *, workspace: str, channel: str, user: str, client: WebClient
) -> Any:
    return handle_digest_command(
        args, workspace=workspace, channel_id=channel, user_id=user, client=client,
        uow_factory=services.uow_factory, catalog=services.catalog, clock=services.clock,
    )  # fmt: skip
