"""Channel digests: what a team's interviews add up to, as aggregates only (pure)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from enum import Enum
from typing import TypeVar

from pydantic import BaseModel, ConfigDict

from core.catalog import Catalog, Tool
from core.matching import rank, violations
from core.profile import Profile
from core.team_news import NewsItem, team_news
from core.vocabulary import (
    Budget,
    Cloud,
    Frustration,
    Persona,
    ScopePreference,
    Stage,
    label,
    label_in_text,
)

#: No number about a group smaller than this is ever shown (and no digest below it).
MIN_GROUP = 3
MATURITY_LABELS = {
    0: "Manual (notebooks, scripts)",
    1: "Automated pipelines",
    2: "CI/CD for models",
}

E = TypeVar("E", bound=Enum)


class Count(BaseModel):
    """One line of a breakdown: a vocabulary id, its label, how many members."""

    model_config = ConfigDict(frozen=True)

    key: str
    label: str
    count: int

    def shown(self) -> str:
        """The count as it may be printed: small groups are never counted out loud."""
        return str(self.count) if self.count >= MIN_GROUP else f"fewer than {MIN_GROUP}"


class StackChoice(BaseModel):
    """The consensus tool for one of the team's top needs (tool None: nothing fits)."""

    model_config = ConfigDict(frozen=True)

    stage: Stage
    tool_id: str | None
    tool_name: str | None
    url: str | None
    why: str
    in_use: bool = False


class DigestSummary(BaseModel):
    """What the next digest compares with (aggregates only; stored with each posted digest)."""

    model_config = ConfigDict(frozen=True)

    interviewed: int = 0
    frustrations: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    stack: dict[str, str] = {}  # stage id -> tool id
    news: tuple[str, ...] = ()
    helpful: tuple[str, ...] = ()


class Digest(BaseModel):
    """A channel's digest: counts, mixes, a consensus stack, changes, feedback and catalog news."""

    model_config = ConfigDict(frozen=True)

    generated_at: datetime
    members: int
    interviewed: int
    invitation: str | None = None
    personas: tuple[Count, ...] = ()
    frustrations: tuple[Count, ...] = ()
    needs: tuple[Count, ...] = ()
    maturity: tuple[Count, ...] = ()
    team_tools: tuple[Count, ...] = ()
    constraints: tuple[str, ...] = ()
    stack: tuple[StackChoice, ...] = ()
    changes: tuple[str, ...] = ()
    helpful: tuple[Count, ...] = ()
    news: tuple[NewsItem, ...] = ()
    summary: DigestSummary = DigestSummary()

    @property
    def ready(self) -> bool:
        return self.invitation is None


def invitation_text(interviewed: int) -> str:
    """What a channel with too few interviews is told instead of a digest."""
    return (
        f"This channel's digest needs at least {MIN_GROUP} members who have talked to me, so that "
        "nobody's answers stand out. Type `/mlops` to take the short interview (about 3 minutes). "
        f"Once {MIN_GROUP} of you have, the digest will show: how many of you were interviewed, "
        "your mix of roles, your most common frustrations and needs, "
        "how automated your ML work is, "
        "a consensus team stack (one tool per top need, within the constraints you share), what "
        "changed since the last digest, picks you rated helpful, catalog news about tools you use, "
        "and a map of your tools on the MLOps landscape. Only totals are shown, never one "
        "person's answers."
    )


def breakdown(
    counts: Mapping[str, int], *, order: Sequence[str], labels: Mapping[str, str]
) -> tuple[Count, ...]:
    """Groups of MIN_GROUP or more, largest first; smaller ones pooled as "Other" if big enough."""
    shown = [
        Count(key=k, label=labels.get(k, label(k)), count=c)
        for k, c in counts.items()
        if c >= MIN_GROUP
    ]
    shown.sort(
        key=lambda item: (-item.count, order.index(item.key) if item.key in order else len(order))
    )
    pooled = sum(c for c in counts.values() if 0 < c < MIN_GROUP)
    if pooled >= MIN_GROUP:
        shown.append(Count(key="other", label="Other", count=pooled))
    return tuple(shown)


def _top(counts: Counter[E], members: type[E], *, limit: int) -> tuple[Count, ...]:
    order = [member.value for member in members]
    common = [(key, n) for key, n in counts.items() if n >= MIN_GROUP]
    common.sort(key=lambda item: (-item[1], order.index(item[0].value)))
    return tuple(Count(key=k.value, label=label(k.value), count=n) for k, n in common[:limit])


def _majority(values: Iterable[object], total: int) -> object | None:
    counts = Counter(value for value in values if value is not None)
    if not counts:
        return None
    value, n = min(counts.items(), key=lambda item: (-item[1], str(item[0])))
    return value if n * 2 > total else None


def _lower_median(values: list[int]) -> int | None:
    return sorted(values)[(len(values) - 1) // 2] if values else None


def shared_profile(profiles: Sequence[Profile], tools_in_use: Iterable[str]) -> Profile:
    """The team as one profile: each constraint that more than half of the members hold."""
    n = len(profiles)
    budgets = list(Budget)
    stated = [budgets.index(p.budget) for p in profiles if p.budget is not None]
    budget = _lower_median(stated) if len(stated) * 2 > n else None
    return Profile(
        persona=_majority((p.persona for p in profiles), 0),  # soft: plurality
        team_size=_lower_median([p.team_size for p in profiles if p.team_size is not None]),
        maturity=_lower_median([p.maturity for p in profiles if p.maturity is not None]),
        cloud=_majority((p.cloud for p in profiles), n),
        kubernetes=_majority((p.kubernetes for p in profiles), n),
        open_source_only=_majority((p.open_source_only or None for p in profiles), n),
        self_hosted=_majority((p.self_hosted or None for p in profiles), n),
        budget=budgets[budget] if budget is not None else None,
        scope_preference=_majority((p.scope_preference for p in profiles), n),
        current_stack=tuple(sorted(tools_in_use)),
    )


def describe_constraints(team: Profile) -> tuple[str, ...]:
    """The shared constraints in words."""
    words = []
    if team.open_source_only:
        words.append("open source only")
    if team.self_hosted:
        words.append("runs on your own infrastructure")
    if team.kubernetes is False:
        words.append("no Kubernetes")
    if team.cloud is not None and team.cloud not in (Cloud.OTHER, Cloud.NONE):
        words.append(f"fits {label(team.cloud)}")
    if team.budget is Budget.NONE:
        words.append("free tools only")
    if team.scope_preference not in (None, ScopePreference.NO_PREFERENCE):
        words.append(f"prefers {label_in_text(team.scope_preference)}")
    return tuple(words)


def _choose(
    stage: Stage, team: Profile, catalog: Catalog, usage: Mapping[str, int], chosen: list[Tool]
) -> StackChoice:
    def fits(tool: Tool) -> bool:
        return stage in tool.stages and not violations(tool, team)

    def pick(tool: Tool, why: str, *, in_use: bool = False) -> StackChoice:
        return StackChoice(stage=stage, tool_id=tool.id, tool_name=tool.name, url=tool.url, why=why, in_use=in_use)

    used = [catalog.get(t) for t in usage if t in catalog and fits(catalog.get(t))]
    if used:
        # most used first; then a tool whose main job (first stage) is this one over a side feature
        tool = min(used, key=lambda t: (-usage[t.id], t.stages[0] is not stage, t.id))
        return pick(tool, "already used in the team", in_use=True)
    for tool in chosen:
        if fits(tool):
            return pick(tool, "already in this stack for another need")
    ranked = rank(team.model_copy(update={"needs": (stage,), "frustrations": None}), catalog)
    if not ranked:
        why = "nothing in the catalog fits the constraints you share"
        return StackChoice(stage=stage, tool_id=None, tool_name=None, url=None, why=why)
    _, tool, reasons = ranked[0]
    extra = [r for r in reasons if not r.startswith("covers ")]
    return pick(tool, extra[0] if extra else tool.summary)


def consensus_stack(
    needs: Sequence[Stage], team: Profile, catalog: Catalog, usage: Mapping[str, int]
) -> tuple[StackChoice, ...]:
    """One tool per top need: in use in the team if one fits, else reused, else the best-ranked."""
    chosen: list[Tool] = []
    stack = []
    for stage in needs:
        choice = _choose(stage, team, catalog, usage, chosen)
        if choice.tool_id is not None and choice.tool_id not in {t.id for t in chosen}:
            chosen.append(catalog.get(choice.tool_id))
        stack.append(choice)
    return tuple(stack)


def _added_dropped(now: Sequence[str], before: Sequence[str]) -> tuple[list[str], list[str]]:
    return [k for k in now if k not in before], [k for k in before if k not in now]


def changes_since(
    current: DigestSummary, previous: DigestSummary | None, catalog: Catalog
) -> tuple[str, ...]:
    """What changed since the previous digest, in a few lines."""
    if previous is None:
        return ("This is the channel's first digest.",)
    lines = []
    if current.interviewed != previous.interviewed:
        lines.append(f"Interviewed members: {current.interviewed}, was {previous.interviewed}.")
    for kind, now, before in (
        ("frustration", current.frustrations, previous.frustrations),
        ("need", current.needs, previous.needs),
    ):
        added, dropped = _added_dropped(now, before)
        if added:
            lines.append(f"New common {kind}: " + ", ".join(label(k) for k in added) + ".")
        if dropped:
            lines.append(
                f"No longer a common {kind}: " + ", ".join(label(k) for k in dropped) + "."
            )

    def name(tool_id: str) -> str:
        return catalog.get(tool_id).name if tool_id in catalog else tool_id

    for stage, tool_id in current.stack.items():
        was = previous.stack.get(stage)
        if was is None:
            lines.append(f"Stack: {name(tool_id)} added for {label_in_text(stage)}.")
        elif was != tool_id:
            lines.append(f"Stack: {name(tool_id)} replaces {name(was)} for {label_in_text(stage)}.")
    lines += [f"New catalog news about {name(t)}." for t in current.news if t not in previous.news]
    lines += [
        f"{name(t)} was newly rated helpful." for t in current.helpful if t not in previous.helpful
    ]
    return tuple(lines) or ("Nothing has changed since the last digest.",)


def build_digest(
    profiles: Iterable[Profile],
    catalog: Catalog,
    *,
    now: datetime,
    members: int | None = None,
    previous: DigestSummary | None = None,
    helpful: Mapping[str, int] | None = None,
    top: int = 4,
) -> Digest:
    """The digest of a channel from its interviewed members' profiles (one per member)."""
    team = list(profiles)
    n = len(team)
    members = max(members if members is not None else n, n)
    if n < MIN_GROUP:
        return Digest(
            generated_at=now,
            members=members,
            interviewed=n,
            invitation=invitation_text(n),
            summary=DigestSummary(interviewed=n),
        )
    personas: Counter[str] = Counter()
    maturity: Counter[str] = Counter()
    frustrations: Counter[Frustration] = Counter()
    needs: Counter[Stage] = Counter()
    usage: Counter[str] = Counter()
    for profile in team:
        if profile.persona is not None:
            personas[profile.persona.value] += 1
        if profile.maturity is not None:
            maturity[str(profile.maturity)] += 1
        frustrations.update(set(profile.frustrations or ()))
        needs.update(profile.wanted_stages())
        usage.update(set(profile.current_stack or ()))
    usage = Counter({tool: count for tool, count in usage.items() if tool in catalog})
    shared = shared_profile(team, usage)
    top_needs = _top(needs, Stage, limit=top)
    stack = consensus_stack([Stage(c.key) for c in top_needs], shared, catalog, usage)
    news = team_news(usage, catalog, now=now, team=shared)
    liked = sorted(
        ((t, c) for t, c in (helpful or {}).items() if t in catalog and c > 0),
        key=lambda item: (-item[1], item[0]),
    )[:5]
    summary = DigestSummary(
        interviewed=n,
        frustrations=tuple(c.key for c in _top(frustrations, Frustration, limit=top)),
        needs=tuple(c.key for c in top_needs),
        stack={c.stage.value: c.tool_id for c in stack if c.tool_id is not None},
        news=tuple(item.tool_id for item in news),
        helpful=tuple(t for t, _ in liked),
    )
    return Digest(
        generated_at=now,
        members=members,
        interviewed=n,
        personas=breakdown(personas, order=[p.value for p in Persona], labels={}),
        frustrations=_top(frustrations, Frustration, limit=top),
        needs=top_needs,
        maturity=breakdown(
            maturity, order=["0", "1", "2"], labels={str(k): v for k, v in MATURITY_LABELS.items()}
        ),
        team_tools=tuple(
            Count(key=t, label=catalog.get(t).name, count=c)
            for t, c in sorted(usage.items(), key=lambda item: (-item[1], item[0]))
        ),
        constraints=describe_constraints(shared),
        stack=stack,
        changes=changes_since(summary, previous, catalog),
        helpful=tuple(Count(key=t, label=catalog.get(t).name, count=c) for t, c in liked),
        news=news,
        summary=summary,
    )
