"""Multi-workspace mode: install through OAuth into the app's database, uninstall deletes the tokens."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from sqlalchemy import func, select

from bot.bootstrap import bootstrap
from bot.settings import Settings
from bot.slack.wsgi import make_wsgi
from bot.storage.slack_tables import BOTS, INSTALLATIONS
from bot.storage.unit_of_work import Database
from core.catalog import Catalog
from tests.bot.conftest import SECRET
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_driver import SlackDriver, TrackingExecutor
from tests.fakes import FakeClock

TEAM = "T9"
INSTALLED_TOKEN = "xoxb-9-9-installed-token"


@pytest.fixture
def oauth_slack(
    fake_slack: FakeSlack, database: Database, catalog: Catalog, executor: TrackingExecutor
) -> Iterator[SlackDriver]:
    settings = Settings(
        _env_file=None, slack_client_id="111.222", slack_client_secret="client-secret", slack_signing_secret=SECRET,
        slack_api_base_url=fake_slack.url, database_url=database.url,
    )  # type: ignore[call-arg]  # fmt: skip
    runtime = bootstrap(settings, catalog=catalog, clock=FakeClock(), database=database)
    app = runtime.slack_app(listener_executor=executor)
    yield SlackDriver(make_wsgi(app, signing_secret=SECRET), secret=SECRET, executor=executor, team=TEAM)


def _install(slack: SlackDriver, fake: FakeSlack) -> None:
    page = slack.request("GET", "/slack/install")
    assert page.status == 200
    state = re.search(r"state=([\w-]+)", page.text)
    assert state is not None and "client_id=111.222" in page.text and "scope=" in page.text
    cookie = page.headers["set-cookie"].split(";")[0]
    fake.oauth_codes["code-1"] = (TEAM, INSTALLED_TOKEN)
    done = slack.request(
        "GET",
        "/slack/oauth_redirect",
        query=f"code=code-1&state={state.group(1)}",
        headers={"Cookie": cookie},
    )
    assert done.status == 200, done.text


def _bots(database: Database) -> int:
    with database.engine.connect() as connection:
        return int(
            connection.scalar(select(func.count()).select_from(BOTS).where(BOTS.c.team_id == TEAM))
            or 0
        )


def test_install_stores_the_workspace_token_and_the_bot_answers_with_it(
    oauth_slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    _install(oauth_slack, fake_slack)
    assert _bots(database) == 1
    oauth_slack.dm("hello", user="U5")
    posts = fake_slack.of("chat.postMessage")
    assert posts and all(call.token == INSTALLED_TOKEN for call in posts)


def test_a_callback_without_the_state_cookie_installs_nothing(
    oauth_slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    page = oauth_slack.request("GET", "/slack/install")
    state = re.search(r"state=([\w-]+)", page.text)
    assert state is not None
    fake_slack.oauth_codes["code-2"] = (TEAM, INSTALLED_TOKEN)
    done = oauth_slack.request(
        "GET", "/slack/oauth_redirect", query=f"code=code-2&state={state.group(1)}"
    )
    assert done.status >= 400
    assert _bots(database) == 0


def test_uninstalling_deletes_the_workspace_tokens_and_the_bot_goes_quiet(
    oauth_slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    _install(oauth_slack, fake_slack)
    oauth_slack.event({"type": "app_uninstalled"})
    assert _bots(database) == 0
    with database.engine.connect() as connection:
        assert connection.scalar(select(func.count()).select_from(INSTALLATIONS)) == 0
    fake_slack.clear()
    oauth_slack.dm("hello", user="U5")
    assert fake_slack.of("chat.postMessage") == []


def test_revoked_bot_tokens_are_deleted(
    oauth_slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    _install(oauth_slack, fake_slack)
    oauth_slack.event({"type": "tokens_revoked", "tokens": {"bot": ["UBOT"]}})
    assert _bots(database) == 0
