"""Catalog news that touches a team: tools in use that wind down, change licence or are sold."""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import datetime
from enum import StrEnum

from pydantic import BaseModel, ConfigDict

from core.catalog import Catalog, Tool
from core.matching import violations
from core.profile import Profile
from core.vocabulary import Stage, Status

_WINDING_DOWN = {
    Status.SHUT_DOWN: "has shut down",
    Status.ARCHIVED: "is archived",
    Status.DEPRECATED: "is deprecated",
    Status.MAINTENANCE: "is in maintenance mode (winding down)",
}
_RELICENSED = re.compile(
    r"relicens|re-licens|licen[cs]e change|moved from [\w.\-]+ to |switched .*licen[cs]e"
    r"|from apache-2\.0 to|to (the )?business source|to agpl",
    re.IGNORECASE,
)
_ACQUIRED = re.compile(r"\bacqui(red|re|sition)\b", re.IGNORECASE)
_UNSURE = re.compile(r"not confirmed|unconfirmed|not re-confirmed", re.IGNORECASE)
_YEAR = re.compile(r"\b(19|20)\d{2}\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")


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


def _recent(sentence: str, *, now: datetime, years: int) -> bool:
    found = [int(match.group(0)) for match in _YEAR.finditer(sentence)]
    return not found or max(found) >= now.year - years


def _sentence(note: str, pattern: re.Pattern[str], *, now: datetime, years: int) -> str | None:
    for sentence in _SENTENCE.split(note):
        if pattern.search(sentence) and not _UNSURE.search(sentence):
            if _recent(sentence, now=now, years=years):
                return sentence.strip()
    return None


def classify(tool: Tool, *, now: datetime, years: int = 2) -> tuple[NewsKind, str, str] | None:
    """The news a catalog entry records, as (kind, what, sentence), or None."""
    note = tool.status_note or ""
    if tool.status in _WINDING_DOWN:
        return NewsKind.WINDING_DOWN, _WINDING_DOWN[tool.status], note
    relicensed = _sentence(note, _RELICENSED, now=now, years=years)
    if relicensed:
        return NewsKind.RELICENSED, "changed its licence", relicensed
    acquired = _sentence(note, _ACQUIRED, now=now, years=years)
    if acquired:
        return NewsKind.ACQUIRED, "changed hands", acquired
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
    stages: set[Stage] = set(tool.stages)
    peers = []
    for other in catalog:
        shared = len(stages & set(other.stages))
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
