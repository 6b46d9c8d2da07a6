"""Building the pieces every entry point needs: the catalog, the clock, the waiter."""

from __future__ import annotations

from datetime import UTC, date, datetime
from functools import lru_cache
from pathlib import Path

from core.catalog import Catalog, parse_catalog
from core.conversation import FixedOrder, Interviewer
from core.errors import InvalidCatalog
from core.ports import Clock, UnitOfWorkFactory
from core.services import Waiter


class SystemClock:
    """The real clock, in UTC."""

    def now(self) -> datetime:
        return datetime.now(UTC)


def read_catalog(path: Path, *, today: date | None = None, partial: bool = False) -> Catalog:
    """Read and validate a catalog file; InvalidCatalog says precisely what is wrong."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise InvalidCatalog(f"cannot read catalog {path}: {error.strerror}") from None
    return parse_catalog(text, today=today or datetime.now(UTC).date(), partial=partial)


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
