"""The Slack manifest and Procfile declare what the app really uses, and nothing more."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import Settings

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def manifest() -> dict[str, object]:
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load((ROOT / "manifest.yml").read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def test_the_manifest_asks_for_exactly_the_scopes_the_oauth_install_requests(
    manifest: dict,
) -> None:
    scopes = set(manifest["oauth_config"]["scopes"]["bot"])
    requested = set(Settings(_env_file=None).slack_scopes.split(","))  # type: ignore[call-arg]
    assert scopes == requested
    assert not scopes & {
        "channels:history",
        "groups:history",
        "chat:write.public",
        "users:read.email",
        "admin",
    }


def test_the_manifest_subscribes_to_the_events_the_app_handles(manifest: dict) -> None:
    events = set(manifest["settings"]["event_subscriptions"]["bot_events"])
    assert events == {"message.im", "app_home_opened", "app_uninstalled", "tokens_revoked"}
    assert manifest["settings"]["interactivity"]["is_enabled"] is True
    home = manifest["features"]["app_home"]
    assert (
        home["home_tab_enabled"]
        and home["messages_tab_enabled"]
        and not home["messages_tab_read_only_enabled"]
    )
    assert [c["command"] for c in manifest["features"]["slash_commands"]] == ["/mlops"]


def test_the_procfile_runs_migrations_on_release_and_each_process_kind() -> None:
    lines = dict(
        line.split(": ", 1) for line in (ROOT / "Procfile").read_text().splitlines() if line.strip()
    )
    assert lines["release"] == "mlops-waiter db upgrade"
    assert lines["web"].startswith("mlops-waiter serve")
    assert lines["worker"] == "mlops-waiter socket" and lines["clock"] == "mlops-waiter clock"
