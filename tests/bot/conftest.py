"""A real Bolt app on a real SQLite database, a fake Slack Web API on loopback, signed requests."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from bot.bootstrap import Runtime, bootstrap
from bot.settings import Settings
from bot.slack.transport import POOL
from bot.slack.wsgi import make_wsgi
from bot.storage.migrate import upgrade
from bot.storage.unit_of_work import Database
from core.catalog import Catalog, parse_catalog
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_driver import SlackDriver, TrackingExecutor
from tests.fakes import FakeClock

SECRET = "8f742231b10e8888abcd99yyyzzz85a5"
BOT_TOKEN = "xoxb-17-4242-test-bot-token"
TEAM = "T1"
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(autouse=True)
def _no_slack_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "SLACK_BOT_TOKEN",
        "SLACK_SIGNING_SECRET",
        "SLACK_APP_TOKEN",
        "SLACK_CLIENT_ID",
        "SLACK_CLIENT_SECRET",
        "SLACK_API_BASE_URL",
        "DATABASE_URL",
        "SLACK_SCOPES",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="session")
def catalog() -> Catalog:
    text = (FIXTURES / "mini_catalog.json").read_text(encoding="utf-8")
    return parse_catalog(text, today=date(2026, 12, 31), partial=True)


@pytest.fixture
def fake_slack() -> Iterator[FakeSlack]:
    with FakeSlack(tokens={BOT_TOKEN: TEAM}) as slack:
        yield slack
        POOL.close()  # the app's kept-alive connections to this fake go with it
        assert not slack.rejected, f"the app made calls Slack would reject: {slack.rejected}"


@pytest.fixture
def database(tmp_path: Path) -> Iterator[Database]:
    url = f"sqlite:///{tmp_path / 'waiter.sqlite3'}"
    upgrade(url)
    db = Database(url)
    yield db
    db.dispose()


@pytest.fixture
def settings(fake_slack: FakeSlack, database: Database) -> Settings:
    return Settings(
        _env_file=None, slack_bot_token=BOT_TOKEN, slack_signing_secret=SECRET,
        slack_api_base_url=fake_slack.url, database_url=database.url,
    )  # type: ignore[call-arg]  # fmt: skip


@pytest.fixture
def executor() -> Iterator[TrackingExecutor]:
    pool = TrackingExecutor()
    yield pool
    pool.shutdown(wait=True)


@pytest.fixture
def runtime(settings: Settings, database: Database, catalog: Catalog) -> Runtime:
    """What `serve` runs, on the fake clock (tests move it past the inbox's lease)."""
    return bootstrap(settings, catalog=catalog, clock=FakeClock(), database=database)


@pytest.fixture
def slack(runtime: Runtime, executor: TrackingExecutor) -> SlackDriver:
    app = runtime.slack_app(listener_executor=executor)
    return SlackDriver(make_wsgi(app, signing_secret=SECRET), secret=SECRET, executor=executor, team=TEAM)
