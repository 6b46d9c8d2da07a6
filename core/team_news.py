"""Catalog news that touches a team: tools in use that wind down, change licence or are sold."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from core.catalog import Catalog, Tool
from core.matching import violations
from core.profile import Profile
from core.vocabulary import EventKind, Stage, Status

_WINDING_DOWN = {
    Status.SHUT_DOWN: "has shut down",
    Status.ARCHIVED: "is archived",
    Status.DEPRECATED: "is deprecated",
    Status.MAINTENANCE: "is in maintenance mode (winding down)",
}
class NewsKind(StrEnum):
    WINDING_DOWN = "winding_down"
    RELICENSED = "relicensed"
    ACQUIRED = "acquired"


class NewsItem(BaseModel):
    """One piece of catalog news about a tool some members use."""

    model_config = ConfigDict(frozen=True)

    tool_id: str
    tool_name: str
    kind: NewsKind
    users: int
    what: str  # "has shut down", "changed its licence", "was acquired"
    note: str  # the sentence of the catalog's status note that records it
    alternatives: tuple[str, ...] = ()  # display names


_EVENT_NEWS = {
    EventKind.SHUT_DOWN: NewsKind.WINDING_DOWN,
    EventKind.ARCHIVED: NewsKind.WINDING_DOWN,
    EventKind.DEPRECATED: NewsKind.WINDING_DOWN,
    EventKind.MAINTENANCE: NewsKind.WINDING_DOWN,
    EventKind.RELICENSED: NewsKind.RELICENSED,
    EventKind.ACQUIRED: NewsKind.ACQUIRED,
}
_WHAT = {NewsKind.RELICENSED: "changed its licence", NewsKind.ACQUIRED: "changed hands"}


def classify(tool: Tool, *, now: datetime, years: int = 2) -> tuple[NewsKind, str, str] | None:
    """The news a catalog entry's events record, as (kind, what, sentence), or None.

    A tool winding down is news whenever it happened; a licence change or a sale only while recent.
    """
    if tool.status in _WINDING_DOWN:
        ended = [e for e in tool.events if _EVENT_NEWS[e.kind] is NewsKind.WINDING_DOWN]
        latest = max(ended, key=lambda e: e.day, default=None)
        note = latest.what if latest is not None else (tool.status_note or "")
        return NewsKind.WINDING_DOWN, _WINDING_DOWN[tool.status], note
    recent = [
        e for e in tool.events
        if e.kind in _EVENT_NEWS and _EVENT_NEWS[e.kind] is not NewsKind.WINDING_DOWN
        and e.day.year >= now.year - years
    ]  # fmt: skip
    for kind in (NewsKind.RELICENSED, NewsKind.ACQUIRED):
        found = [e for e in recent if _EVENT_NEWS[e.kind] is kind]
        if found:
            return kind, _WHAT[kind], max(found, key=lambda e: e.day).what
    return None


def alternatives(
    tool: Tool, catalog: Catalog, *, team: Profile | None = None, limit: int = 3
) -> tuple[str, ...]:
    """Tools for the same job the team could adopt: the named successor, then the closest peers."""
    team = team or Profile()

    def fits(other: Tool) -> bool:
        return other.id != tool.id and not violations(other, team)

    names: list[str] = []
    if tool.successor and tool.successor in catalog and fits(catalog.get(tool.successor)):
        names.append(catalog.get(tool.successor).name)
    stages: set[Stage] = set(tool.primary_stages or tool.stages)
    peers = []
    for other in catalog:
        shared = len(stages & set(other.primary_stages))
        if not shared or not fits(other):
            continue
        same = 1 if other.category is tool.category else 0
        distance = abs(other.focus - tool.focus) + abs(other.scope - tool.scope)
        peers.append((-same, -shared, distance, other.id, other.name))
    for *_, name in sorted(peers):
        if name not in names:
            names.append(name)
    return tuple(names[:limit])


def team_news(
    usage: Mapping[str, int],
    catalog: Catalog,
    *,
    now: datetime,
    team: Profile | None = None,
    limit: int = 5,
) -> tuple[NewsItem, ...]:
    """News about the tools in use (tool id -> number of members using it), most urgent first."""
    items = []
    for tool_id, users in usage.items():
        if tool_id not in catalog or users <= 0:
            continue
        tool = catalog.get(tool_id)
        found = classify(tool, now=now)
        if found is None:
            continue
        kind, what, note = found
        items.append(
            NewsItem(
                tool_id=tool.id,
                tool_name=tool.name,
                kind=kind,
                users=users,
                what=what,
                note=note,
                alternatives=alternatives(tool, catalog, team=team),
            )
        )
    order = list(NewsKind)
    items.sort(key=lambda item: (order.index(item.kind), -item.users, item.tool_id))
    return tuple(items[:limit])
