"""`/mlops` and its subcommands. Quick answers go in the ack; anything touching the DB comes after it."""

from __future__ import annotations

from typing import Any

from slack_bolt import Ack, App, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.deferred import deferred
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
from bot.slack.render.text import clip, safe, unescape
from bot.slack.services import SlackServices, workspace_of
from core.answers import read
from core.catalog import Catalog, Tool
from core.errors import UnknownTool

COMMAND = "/mlops"
START_VERBS = ("", "start", "resume", "restart")
VERBS = frozenset({*START_VERBS, "profile", "digest", "help", "?", "tool", "compare", "search"})
#: No tool name is longer than this; a longer side of a split cannot name one (and each try costs a fuzzy match).
MAX_NAME_WORDS = 6
MAX_QUERY = 200  # characters of a tool name, a search or a comparison; longer text is not a name
MAX_OPENING = 2000  # characters of an opening sentence read (as a DM reply is)
DM_POINTER = (
    "I've sent you a direct message: let's talk there. (Find it under *Apps* › MLOps Waiter.)"
)


def parse(text: object) -> tuple[str, str]:
    """The subcommand (lower-cased) and the rest, from the text as Slack sends it (&, <, > as entities)."""
    verb, _, rest = unescape(str(text or "")).strip().partition(" ")
    return verb.lower(), rest.strip()


def register(app: App, services: SlackServices) -> None:
    """Register the slash command: answered in the ack from the catalog, or acked and worked on after."""

    def answer_command(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
        command = body  # a slash command's body is the command
        verb, rest = parse(command.get("text"))
        if _opening(verb, command.get("text"), services.catalog):
            ack(text=DM_POINTER)
            return
        quick = _quick(verb, rest, services.catalog)
        if quick is not None:
            ack(text=quick.text, blocks=quick.blocks_json())
        elif verb in START_VERBS:
            ack(text=DM_POINTER)
        else:
            ack()

    def run_command(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        verb, rest = parse(body.get("text"))
        workspace, user = workspace_of(context, body), str(body["user_id"])
        if _opening(verb, body.get("text"), services.catalog):  # `/mlops we're 5 people on AWS …`
            services.start(client, workspace, user, restart=False, text=parse_text(body.get("text")))
        elif verb in START_VERBS:
            services.start(client, workspace, user, restart=verb == "restart")
        elif verb == "profile":
            out = _profile(services, workspace, user)
            respond(text=out.text, blocks=out.blocks_json(), response_type="ephemeral")
        elif verb == "digest":
            reply = _digest(services, rest, workspace=workspace, channel=str(body["channel_id"]), user=user,
                            client=client)  # fmt: skip
            if isinstance(reply, str):
                respond(text=safe(reply), response_type="ephemeral")
            else:
                respond(text="Team digest", blocks=[b.to_dict() for b in reply], response_type="ephemeral")

    app.command(COMMAND)(deferred(run_command, answer=answer_command))


def parse_text(text: object) -> str:
    """The whole text after /mlops, decoded, bounded: a person's opening sentence."""
    return unescape(str(text or "")).strip()[:MAX_OPENING]


def _opening(verb: str, text: object, catalog: Catalog) -> bool:
    """Is this `/mlops` followed by a sentence about themselves rather than a subcommand?"""
    return verb not in VERBS and bool(read(parse_text(text), catalog))


def _quick(verb: str, rest: str, catalog: Catalog) -> Outgoing | None:
    """Answers that need only the catalog (in memory): sent in the ack itself."""
    if verb in ("help", "?"):
        return render_help()
    if verb == "tool":
        if not rest:
            return render_help(unknown="tool (which tool? e.g. /mlops tool mlflow)")
        try:
            return render_tool(catalog.resolve(_bounded(rest)))
        except UnknownTool as error:
            return render_unknown_tool(error)
    if verb == "search":
        if not rest:
            return render_help(unknown="search (search for what? e.g. /mlops search llm eval)")
        return render_search(rest, catalog.search(rest[:MAX_QUERY], limit=5))
    if verb == "compare":
        try:
            left, right = split_pair(rest, catalog)
        except UnknownTool as error:
            return render_unknown_tool(error)
        return render_compare(left, right)
    if verb in (*START_VERBS, "profile", "digest"):
        return None
    return render_help(unknown=verb)


def split_pair(text: str, catalog: Catalog) -> tuple[Tool, Tool]:
    """Two tool names from "A B", "A vs B" or "A, B" (names may have spaces: try the splits that can be names)."""
    text = _bounded(text)
    for separator in (" vs. ", " vs ", " versus ", ",", " and "):
        if separator in text.lower():
            at = text.lower().index(separator)
            return catalog.resolve(text[:at]), catalog.resolve(text[at + len(separator) :])
    words = text.split()
    if len(words) < 2:
        raise UnknownTool(text or "(nothing)", ["two names, e.g. /mlops compare mlflow wandb"])
    for cut in range(max(1, len(words) - MAX_NAME_WORDS), min(len(words), MAX_NAME_WORDS + 1)):
        left, right = (
            catalog.match_name(" ".join(words[:cut])),
            catalog.match_name(" ".join(words[cut:])),
        )
        if left is not None and right is not None:
            return left, right
    return catalog.resolve(words[0]), catalog.resolve(" ".join(words[1:]))


def _bounded(text: str) -> str:
    """The text, if it is short enough to be a tool name (or two); else UnknownTool."""
    if len(text) > MAX_QUERY:
        raise UnknownTool(clip(text, 60), ["a tool name, e.g. /mlops tool mlflow"])
    return text


def _profile(services: SlackServices, workspace: str, user: str) -> Outgoing:
    profile = services.waiter.current_profile(workspace, user)
    return fit("Your profile", profile_blocks(profile, services.catalog))


def _digest(
    services: SlackServices, args: str, *, workspace: str, channel: str, user: str, client: WebClient
) -> Any:
    return handle_digest_command(
        args, workspace=workspace, channel_id=channel, user_id=user, client=client,
        uow_factory=services.uow_factory, catalog=services.catalog, clock=services.clock,
    )  # fmt: skip
