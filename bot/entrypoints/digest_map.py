"""`mlops-waiter digest render --channel C --out map.png`: a channel's landscape map, drawn locally."""

from __future__ import annotations

from pathlib import Path

from bot.bootstrap import bootstrap
from bot.digests.delivery import channel_digest
from bot.digests.landscape_map import render_png
from bot.settings import Settings
from core.errors import WaiterError


def render_to_file(settings: Settings, *, workspace: str | None, channel: str, out: str | Path) -> Path:
    """Draw the channel's map from its members (Slack) and their profiles (the app's database)."""
    with bootstrap(settings) as runtime:
        client = runtime.clients_for()(workspace or "")
        if client is None:
            raise WaiterError("Set SLACK_BOT_TOKEN (or install the app) so I can list the channel's members.")
        workspace = workspace or str(client.auth_test()["team_id"])
        digest = channel_digest(
            client, runtime.database.unit_of_work, runtime.catalog, workspace=workspace, channel=channel,
            now=runtime.clock.now(),
        )  # fmt: skip
        picture = render_png(digest, runtime.catalog)
    path = Path(out)
    path.write_bytes(picture)
    return path
