"""What a pick costs to run (caveats) and when a different answer would change it (counterfactuals).

Every sentence here is read from the tool's own catalog entry or from the person's answers: nothing
is said of a tool because of the stage it fills.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from core.catalog import Catalog, Tool
from core.constraints import LIFTS, admissible, hard_constraints, violations
from core.profile import Profile
from core.scoring import (
    PAID_LICENCE,
    QUIET_DAYS,
    Wanted,
    and_list,
    factors,
    needs_paid_licence,
    operated_by_them,
    pays_off_from,
    pays_off_now,
    run_to_be_free,
    stages_text,
    step_called_for,
    total,
    wanted_of,
)
from core.vocabulary import EventKind, Ring, Stage, label, label_in_text

#: A self-hosting need that is nothing but the cluster itself ("a Kubernetes cluster (EKS, AKS, GKE …)"),
#: as opposed to what runs on one ("a Kubernetes cluster with GPU nodes"): a team on Kubernetes has it.
_JUST_A_CLUSTER = re.compile(r"an? (?:CNCF-compliant )?Kubernetes cluster(?: \([^()]*\))?")
#: An open-source tool whose self-hosted edition runs on Kubernetes, to a team without a cluster: its SaaS edition is
#: what fits (of a closed one sold as a service, the service is the way in anyway).
HOSTED_WITHOUT_CLUSTER = "self-hosting it needs Kubernetes, so without a cluster you would use its hosted service"

#: Events older than this many days are history, not news worth a caveat.
NEWS_DAYS = 730


def _news(tool: Tool, today: date) -> str | None:
    """The latest acquisition or licence change, when recent: a reader should know before adopting."""
    recent = [
        event for event in tool.events
        if event.kind in (EventKind.ACQUIRED, EventKind.RELICENSED)
        and (today - event.day).days <= NEWS_DAYS
    ]  # fmt: skip
    if not recent:
        return None
    latest = max(recent, key=lambda event: event.day)
    return f"{latest.what.rstrip('.')} ({latest.date})"


def caveats(tool: Tool, profile: Profile, *, today: date, paid: Sequence[Stage] = (),
            hosted: Sequence[Stage] = ()) -> list[str]:
    """What adopting the tool will cost this team, each line read from the tool's own entry; `paid`, the jobs
    asked of it that only its paid edition does (paid_jobs); `hosted`, those only its hosted service does
    (hosted_jobs)."""
    if tool.id in profile.stack():  # a tool they run: running it and adopting it (licence, cloud, maturity
        return _risks(tool, today)  # bar) are paid already; only what may change under them is said
    found: list[str] = []
    if paid:
        found.append(f"{stages_text(paid)} is only in its paid edition")
    if hosted:
        found.append(f"{stages_text(hosted)} is only in its hosted service")
    if (operated_by_them(tool, profile) or run_to_be_free(tool, profile)) and tool.self_host_needs:
        if profile.team_size == 1 and tool.local_needs:  # alone, the single-machine setup its docs give
            found.append(f"on your own machine you run {and_list(tool.local_needs)}")
        elif (operate := _operate(tool, profile)) is not None:
            found.append(operate)
    if needs_paid_licence(tool, profile):
        found.append(PAID_LICENCE)
    if tool.needs_your_cluster(profile.must_self_host()) and not profile.kubernetes:
        found.append("needs a Kubernetes cluster, and someone who runs it")
    elif tool.requires_kubernetes and profile.kubernetes is False and tool.open_source:
        found.append(HOSTED_WITHOUT_CLUSTER)  # its free software is no way in for them: only its hosted service
    if tool.clouds:
        found.append("ties you to " + " or ".join(label(c.value) for c in tool.clouds))
    if tool.frameworks:
        found.append(f"works only with {' or '.join(tool.frameworks)} models")
    if not tool.open_source and not profile.open_source_only:
        found.append(f"not open source (licence: {tool.license})")
    if profile.maturity is not None and tool.min_maturity > profile.maturity and not pays_off_now(tool, profile):
        called = step_called_for(tool, profile)
        if called is None:
            found.append(pays_off_from(tool, profile))
        else:
            found.append(_STEP[profile.maturity] + (" you asked for" if called == "asked"
                                                    else f" that '{label_in_text(called.value)}' calls for"))
    return found + _risks(tool, today)


#: The cost of a tool that is itself the next step they asked for: the change of practice it asks.
_STEP = {0: "adopting it moves training out of notebooks into pipelines: the step to level 1",
         1: "adopting it puts tests and an automated release in front of every model: the step to level 2"}


def _risks(tool: Tool, today: date) -> list[str]:
    """What may change under a team that runs the tool: it has gone quiet, or it was sold or relicensed."""
    found = []
    release = tool.latest_release
    if release is not None and (today - release.date).days > QUIET_DAYS:
        found.append(f"no release since {release.version} ({release.date:%B %Y})")
    news = _news(tool, today)
    if news is not None:
        found.append(news)
    return found


def _operate(tool: Tool, profile: Profile) -> str | None:
    """What self-hosting takes, less the cluster a team on Kubernetes already runs (its reasons say the
    tool runs there), or None when that cluster is all it takes."""
    needs = list(tool.self_host_needs or ())
    if profile.kubernetes and tool.requires_kubernetes:
        needs = [need for need in needs if not _JUST_A_CLUSTER.fullmatch(need)]
    return f"to run it yourself you operate {and_list(needs)}" if needs else None


#: How a counterfactual that lifts each hard constraint begins.
_LEADS = {
    "budget": "With a small budget",
    "kubernetes": "If Kubernetes were possible",
    "open_source_only": "If a non-open-source licence were fine",
    "self_hosted": "If a managed service were fine",
}


def counterfactuals(
    profile: Profile, catalog: Catalog, picks: Sequence[Tool], wanted: Wanted, *, top: int = 3,
    leave_out: frozenset[str] = frozenset(),
) -> dict[str, str]:
    """At most one line per pick, and only when it holds.

    "If Kubernetes were possible, I'd suggest X" is said only when X is excluded today and nothing
    excludes it once that one constraint is lifted (a managed service lifts self-hosting, and with it
    the cluster a self-hosted edition would need), would rank in the top three for the pick's job
    without it (judged by what the person would want then, among the tools that can be picks: one in the Hold
    ring never is), fits what lifting it allows (a small budget does not buy a paid licence), and is neither a tool
    the person already uses nor their own cloud, nor one they asked to leave out.
    """
    result: dict[str, str] = {}
    taken = {tool.id for tool in picks} | set(profile.stack()) | leave_out
    named: set[str] = set()  # an alternative is named once, not once per pick
    for key in hard_constraints(profile):
        lead, other = _LEADS[key], profile.with_answers(**LIFTS[key])
        then = wanted_of(other, catalog)  # with Kubernetes, for one, the cluster serves containers
        leaders: dict[Stage, list[Tool]] = {}  # picks for one job share its ranking
        for pick in picks:
            if pick.id in result or pick.id in profile.stack():
                continue  # a tool they already run is kept, not chosen: no "I'd suggest" beside it
            stage = main_stage(pick, wanted)
            if stage not in leaders:
                leaders[stage] = _leaders(stage, other, catalog, then, top=top)
            alt = next((t for t in leaders[stage] if t.id not in taken | named and violations(t, profile)
                        and not (key == "budget" and _dear(t, other, catalog, then))), None)
            if alt is not None:
                named.add(alt.id)
                result[pick.id] = f"{lead}, I'd suggest {alt.name_for()} for {label_in_text(stage.value)}."
    return result


def _dear(tool: Tool, profile: Profile, catalog: Catalog, wanted: Wanted) -> bool:
    """Is the tool heavy even for a small budget (a paid licence, a self-hosted enterprise edition)? Then "with a
    small budget, I'd suggest it" would not hold: its own price is what its ranking holds against it."""
    return any(f.name == "budget" and f.points < 0 for f in factors(tool, profile, catalog, wanted, explain=False))


def _leaders(stage: Stage, other: Profile, catalog: Catalog, wanted: Wanted, *, top: int) -> list[Tool]:
    """The top tools for the stage once a constraint is lifted (`other`). One of them that breaks
    something today breaks only that constraint, since it breaks nothing once it is lifted."""
    ranked = sorted(
        (
            (-round(total(factors(tool, other, catalog, wanted, explain=False)), 6), not tool.open_source, tool.id,
             tool)
            for tool in catalog
            # a tool in the Hold ring is never a pick, so "I'd suggest" it would not hold
            if tool.built_for(stage) and admissible(tool, other, wanted) and tool.effective_ring is not Ring.HOLD
        ),
        key=lambda item: item[:3],  # ties as the ranking breaks them: open source first, then by id
    )
    return [tool for *_, tool in ranked[:top]]


def main_stage(tool: Tool, wanted: Wanted) -> Stage:
    """The wanted stage this tool is picked for (its heaviest), else its own main job."""
    mine = [s for s in wanted.weights if wanted.builds(tool, s)]
    aside = wanted.aside(tool.id)
    if aside:  # a platform they run, picked for a need it does besides its main jobs
        return aside[0]
    keeps = [s for s in mine if wanted.kept.get(s) == tool.id]
    if keeps:  # a tool they use is picked for the job it already does for them
        return keeps[0]
    if mine:
        return max(mine, key=lambda s: wanted.weights[s])
    return tool.primary_stages[0] if tool.primary_stages else tool.stages[0]
