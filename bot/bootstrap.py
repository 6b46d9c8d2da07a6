"""The one bootstrap: from Settings to what every entry point needs, built on first use, never on import.

`serve`, `socket`, `clock`, `chat`, `recommend` and `digest render` all start here, and so do the
tests (with their fakes handed in): one place says which catalog, store, clock, interviewer and Slack
clients the program runs with.
"""

from __future__ import annotations

from concurrent.futures import Executor
from datetime import UTC, date, datetime
from functools import cached_property, lru_cache
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, BinaryIO, Self

from bot.settings import Settings
from core.catalog import Catalog, parse_catalog
from core.conversation import FixedOrder, Interviewer
from core.errors import InvalidCatalog
from core.ports import Clock, UnitOfWorkFactory
from core.services import Waiter

if TYPE_CHECKING:  # the Slack and digest packages load only for the entry points that use them
    from slack_bolt import App
    from slack_sdk import WebClient

    from bot.digests.clock import ClientFor, DigestClock
    from bot.slack.services import SlackServices
    from bot.storage.unit_of_work import Database


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


#: The shipped catalog is about 0.6 MB; a file this much larger is not a catalog (or /dev/zero).
MAX_CATALOG_BYTES = 10 * 1024 * 1024


def read_capped(stream: BinaryIO, limit: int) -> bytes | None:
    """The whole of `stream` if it holds at most `limit` bytes, else None (reading no more than one byte past it)."""
    data = stream.read(limit + 1)
    return None if len(data) > limit else data


def read_catalog(path: Path, *, today: date | None = None, partial: bool = False) -> Catalog:
    """Read and validate a catalog file; InvalidCatalog says precisely what is wrong."""
    try:
        with path.open("rb") as stream:
            data = read_capped(stream, MAX_CATALOG_BYTES)
    except OSError as error:
        raise InvalidCatalog(f"cannot read catalog {path}: {error.strerror}") from None
    if data is None:
        raise InvalidCatalog(f"catalog {path} is larger than {MAX_CATALOG_BYTES // 2**20} MiB: not a catalog")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InvalidCatalog(
            f"catalog {path} is not UTF-8 text (byte 0x{data[error.start]:02x} at offset {error.start})"
        ) from None
    try:
        return parse_catalog(text, today=today or datetime.now(UTC).date(), partial=partial)
    except RecursionError:
        raise InvalidCatalog(f"catalog {path} is nested too deeply to be a catalog") from None


@lru_cache(maxsize=4)
def _cached(path: str, mtime_ns: int) -> Catalog:
    return read_catalog(Path(path))


def load_catalog(path: Path) -> Catalog:
    """The catalog at `path`, read once per process (and again only if the file changes)."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError as error:
        raise InvalidCatalog(f"cannot read catalog {path}: {error.strerror}") from None
    return _cached(str(path), mtime)


def default_interviewer(catalog: Catalog) -> Interviewer:
    """The adaptive interviewer: asks what changes the picks most, stops when they are stable."""
    from core.interviewing import AdaptiveInterviewer

    return AdaptiveInterviewer(catalog)


def build_waiter(
    catalog: Catalog, uow_factory: UnitOfWorkFactory, *, clock: Clock | None = None,
    fixed_order: bool = False, numbered_options: bool = False,
) -> Waiter:  # fmt: skip
    """The conversation service for every surface (`numbered_options`: the surface numbers the options)."""
    interviewer = FixedOrder() if fixed_order else default_interviewer(catalog)
    return Waiter(
        catalog, uow_factory, clock=clock or SystemClock(), interviewer=interviewer,
        numbered_options=numbered_options,
    )  # fmt: skip


class Runtime:
    """What the entry points need from one Settings; each piece is built the first time it is asked for.

    Tests hand in their own catalog, clock or database; everything else is built as in production.
    """

    def __init__(
        self, settings: Settings, *, catalog: Catalog | None = None, clock: Clock | None = None,
        database: Database | None = None,
    ) -> None:  # fmt: skip
        self.settings = settings
        self.clock: Clock = clock or SystemClock()
        self._catalog = catalog
        self._database = database
        self._owns_database = database is None

    @cached_property
    def catalog(self) -> Catalog:
        """The catalog at CATALOG_PATH (the shipped one by default)."""
        return self._catalog or load_catalog(self.settings.catalog_path)

    def warm(self) -> None:
        """Do once, at start-up, what the first person would otherwise wait for: compiling the
        free-text reader's patterns (about 0.2 s) and building the catalog's search index."""
        from core.answers import read

        read("I'm an ML engineer, 5 of us on AWS, we use MLflow and need model serving", self.catalog)
        self.catalog.search("experiment tracking", limit=1)

    @cached_property
    def database(self) -> Database:
        """The engine and units of work for DATABASE_URL (connects on first use)."""
        from bot.storage.unit_of_work import Database

        return self._database or Database(self.settings.sqlalchemy_url())

    def waiter(self, *, fixed_order: bool | None = None, numbered_options: bool = False) -> Waiter:
        """The conversation service, with INTERVIEW_ORDER's interviewer unless told otherwise."""
        fixed = self.settings.interview_order == "fixed" if fixed_order is None else fixed_order
        return build_waiter(
            self.catalog, self.database.unit_of_work, clock=self.clock, fixed_order=fixed,
            numbered_options=numbered_options,
        )  # fmt: skip

    def slack_app(self, *, client: WebClient | None = None, listener_executor: Executor | None = None) -> App:
        """The Bolt app (HTTP or Socket Mode), wired to this runtime's waiter and store."""
        from bot.slack.app import create_app

        return create_app(
            self.settings, self.slack_services, engine=self.database.engine, client=client,
            listener_executor=listener_executor,
        )  # fmt: skip

    @cached_property
    def slack_services(self) -> SlackServices:
        """What the Slack listeners share: waiter, catalog, courier, inbox."""
        from bot.slack.app import slack_services

        return slack_services(
            self.settings, self.waiter(), catalog=self.catalog, clock=self.clock,
            uow_factory=self.database.unit_of_work, engine=self.database.engine,
        )  # fmt: skip

    def recover_inbox(self, *, client_for: ClientFor | None = None) -> int:
        """Answer the DM answers that were accepted but never answered (a crash); how many were taken."""
        from bot.slack.messages import recover

        return recover(self.slack_services, client_for or self.clients_for())

    def clients_for(self) -> ClientFor:
        """The bot client of each workspace (the one token, or the OAuth installation's)."""
        from bot.slack.clients import clients_for

        return clients_for(self.settings, self.database.engine)

    def digest_clock(self, *, client_for: ClientFor | None = None) -> DigestClock:
        """The digest scheduler, posting through Slack's Block Kit rendering of a digest."""
        from bot.digests.clock import DigestClock
        from bot.slack.render.digest import digest_message

        return DigestClock(
            self.database.unit_of_work, self.catalog, client_for or self.clients_for(),
            render_message=digest_message,
        )  # fmt: skip

    def close(self) -> None:
        """Let go of the database connections this runtime opened."""
        if self._owns_database and "database" in self.__dict__:
            self.database.dispose()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


def bootstrap(
    settings: Settings, *, catalog: Catalog | None = None, clock: Clock | None = None,
    database: Database | None = None,
) -> Runtime:  # fmt: skip
    """Everything an entry point needs, from settings read once (tests may hand in fakes)."""
    return Runtime(settings, catalog=catalog, clock=clock, database=database)
