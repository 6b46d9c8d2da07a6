"""Matching: hard constraints first, then a score a person can follow, then picks and explanations."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache

from core.advice import build_advice
from core.catalog import Catalog, Tool, edition, sold_as_edition
from core.constraints import admissible, affordable, hosted_jobs, machines_missing, paid_jobs, runnable, violations
from core.explanations import caveats, counterfactuals, main_stage
from core.profile import Profile
from core.recommendation import Critique, CritiqueKind, Pick, Recommendation
from core.relaxation import relax
from core.scoring import (
    FACTOR_WORDS,
    MAKES_THEIRS,
    WORKS_WITH,
    Factor,
    Wanted,
    and_list,
    factors,
    is_platform,
    kind_fit,
    or_list,
    other_media,
    other_media_text,
    scheduler_fixes_shortage,
    stages_text,
    team_infrastructure,
    total,
    wanted_of,
)
from core.stack import compose_stack, keep_lines
from core.vocabulary import (
    RING_MEANING,
    Budget,
    Category,
    Frustration,
    Ring,
    ScopePreference,
    Stage,
    label,
    label_in_text,
)

Scored = tuple[float, Tool]
__all__ = ["apply_critiques", "rank", "recommend", "top_ids", "violations", "why_not"]


_CHEAPER = {Budget.HIGH: Budget.MEDIUM, Budget.MEDIUM: Budget.LOW, Budget.LOW: Budget.NONE}


def apply_critiques(profile: Profile, critiques: Sequence[Critique]) -> Profile:
    """The profile as the critiques change it (hard constraints they add, budget they lower)."""
    for critique in critiques:
        if critique.kind is CritiqueKind.CHEAPER:
            cheaper = _CHEAPER.get(profile.budget or Budget.MEDIUM, Budget.NONE)
            profile = profile.with_answers(budget=cheaper)
        elif critique.kind is CritiqueKind.OPEN_SOURCE_ONLY:
            profile = profile.with_answers(open_source_only=True)
        elif critique.kind is CritiqueKind.NO_KUBERNETES:
            profile = profile.with_answers(kubernetes=False)
        elif critique.kind is CritiqueKind.MANAGED:
            profile = profile.with_answers(self_hosted=False)
        elif critique.kind is CritiqueKind.LIGHTER:
            profile = profile.with_answers(scope_preference=ScopePreference.PIECEMEAL)
    return profile


def score_all(
    profile: Profile, catalog: Catalog, wanted: Wanted, critiques: Sequence[Critique] = ()
) -> list[Scored]:
    """Every admissible tool with its score, best first. Of two tools that score the same, the open-source one
    comes first (nothing to pay to try it, nothing to lose in leaving it), then by id."""
    scored = [
        (total(factors(tool, profile, catalog, wanted, critiques, explain=False)), tool)
        for tool in catalog
        if admissible(tool, profile, wanted)
    ]
    scored.sort(key=lambda item: (-round(item[0], 6), not item[1].open_source, item[1].id))
    return scored


def reasons_of(found: Sequence[Factor]) -> list[str]:
    """The good words of the factors: what it is built for of theirs first, then the strongest."""
    good = [f for f in found if f.good]
    good.sort(key=lambda f: (f.name != "coverage", -f.points))
    return [f.good for f in good if f.good]


def rank(
    profile: Profile, catalog: Catalog, *, critiques: Sequence[Critique] = ()
) -> list[tuple[float, Tool, list[str]]]:
    """Every admissible tool that serves a wanted stage, best first (ties by id), with reasons."""
    profile = apply_critiques(profile, critiques)
    wanted = wanted_of(profile, catalog)
    return [
        (score, tool, reasons_of(factors(tool, profile, catalog, wanted, critiques)))
        for score, tool in score_all(profile, catalog, wanted, critiques)
    ]


def near_duplicate(a: Tool, b: Tool) -> bool:
    """Would showing both waste a slot: one product family, one vendor's products for one job, or a tool and its
    managed edition for one job (Ray and Anyscale: the runner-up is named as "also good" instead)?"""
    shared = set(a.primary_stages) & set(b.primary_stages)
    if shared and (edition(a, b) or edition(b, a)):
        return True
    if a.id.startswith(b.id + "-") or b.id.startswith(a.id + "-"):
        return bool(shared) or not (a.primary_stages and b.primary_stages)
    return a.vendor == b.vendor and bool(shared)


def _limit(top: int, critiques: Sequence[Critique]) -> int:
    return top + 3 * sum(1 for c in critiques if c.kind is CritiqueKind.SHOW_MORE)


def _excluded(critiques: Sequence[Critique]) -> set[str]:
    return {c.tool_id for c in critiques if c.kind is CritiqueKind.MORE_LIKE and c.tool_id}


def distinct(scored: Sequence[Scored], *, exclude: set[str]) -> list[Scored]:
    """The ranking without near-duplicates: of two, the better-ranked stays.

    The same test as `near_duplicate` against every tool kept so far, indexed so it is not pairwise:
    one vendor's kept jobs, and the kept tools whose ids share a first word (a product family)."""
    kept: list[Scored] = []
    editions: list[Tool] = []  # the kept tools sold as another tool's edition
    jobs_by_vendor: dict[str, set[Stage]] = {}
    family: dict[str, list[Tool]] = {}
    for item in scored:
        tool = item[1]
        if tool.id in exclude or jobs_by_vendor.get(tool.vendor, set()).intersection(tool.primary_stages):
            continue
        if any(near_duplicate(tool, other) for other in family.get(tool.id.split("-")[0], ())):
            continue
        # a tool and its managed edition: compared only where one of them is sold as an edition (a handful of tools)
        sold = sold_as_edition(tool.summary)
        against = [other for _, other in kept] if sold else editions
        if any(set(tool.primary_stages) & set(other.primary_stages) and (edition(tool, other) or edition(other, tool))
               for other in against):  # fmt: skip
            continue
        kept.append(item)
        if sold:
            editions.append(tool)
        jobs_by_vendor.setdefault(tool.vendor, set()).update(tool.primary_stages)
        family.setdefault(tool.id.split("-")[0], []).append(tool)
    return kept


def select(
    scored: Sequence[Scored], wanted: Wanted, *, top: int, exclude: set[str], trim: bool = False
) -> list[Scored]:
    """Picks: the best first; then, while a wanted stage is uncovered, the best tool built for one (a
    stage asked for outright before one a pain only implies). Once every stage they asked for has a pick,
    a second option for one of them competes with a clearly stronger tool for a stage a pain implies.
    With `trim` (what a person is shown), a pick past the second that answers no stated need left open
    (no pick's main job) is kept only when it is nearly as strong as the first (WEAK_EXTRA), and never
    when it serves only a stage a pain implies beside stated needs. The interviewer weighs its questions
    against the untrimmed three, so a weak third pick coming or going is no reason to ask (but a hard
    constraint that would rule out a shown pick is asked)."""
    # a tool in the Hold ring is not one to start anything new with, nor one made for another medium than theirs,
    # so neither is a pick (a tool in use is kept apart, never picked anew)
    pool = distinct([item for item in scored[: considered(top)]
                     if item[1].effective_ring is not Ring.HOLD and not other_media(item[1], wanted)], exclude=exclude)
    place = {item[1].id: position for position, item in enumerate(pool)}
    jobs = {item[1].id: [s for s in wanted.weights if wanted.does(item[1], s)] for item in pool}  # once per tool
    fills = {tool_id for tool_id, built in jobs.items() if any(wanted.origin[s] != "kept" for s in built)}
    chosen: list[Scored] = []
    covered: set[Stage] = set()
    mains: set[Stage] = set()  # the main jobs of the picks: a platform's side job leaves a need open
    needs = {s for s, origin in wanted.origin.items() if origin == "need"}
    counted = set(wanted.open)
    while len(chosen) < top:
        taken = {c[1].id for c in chosen}
        options = [item for item in pool if item[1].id not in taken]
        fresh = [item for item in options if item[1].id in fills]
        if fresh or len(chosen) >= MIN_PICKS:
            options = fresh  # an alternative to what they already use only fills a short list
        if not options:
            break
        if trim:
            # a pain names an ML problem: the software tooling a team uses anyway (Git, a CI server, Docker) is no
            # news as its answer, where they did not ask for that job (on the development panels such picks were
            # accepted 6 times in 19)
            options = _preferring(options, chosen, lambda item: not set(item[1].primary_stages[:1]) & SOFTWARE_JOBS
                                  or any(wanted.origin[s] == "need" for s in jobs[item[1].id]))  # fmt: skip
        if options and wanted.whole and any(is_platform(c[1]) for c in chosen):
            # they would rather have one platform than a tool per job: a specialist for jobs a platform picked
            # already does (its side jobs too: SageMaker's model monitor) would be the second tool they avoid
            done = {s for c in chosen if is_platform(c[1]) for s in c[1].stages}
            options = _preferring(  # the predicate is used at once, so `done` cannot go stale
                options, chosen, lambda item: is_platform(item[1]) or not set(jobs[item[1].id]) <= done  # noqa: B023
            )
        if not options:
            break
        # what a pick adds: wanted stages no pick covers yet; an alternative to a tool in use adds nothing
        new = {item[1].id: [s for s in jobs[item[1].id] if s not in covered and s in counted] for item in options}
        asked = [item for item in options if any(wanted.origin[s] == "need" for s in new[item[1].id])]
        if asked:  # a need they asked for comes before a stage a pain only implies
            options = asked
        # a stage of a pain a pick already answers adds less than one of a pain no pick answers yet: each pain
        # they named gets a tool before any gets a second ("stuck in notebooks" implies two stages, "hard to
        # get GPUs" one, and both deserve an answer)
        met = {wanted.origin[s] for s in covered if wanted.origin[s] not in ("need", "kept", "next step")}
        gain = {item[1].id: _gain([s for s in new[item[1].id] if wanted.origin[s] not in met], wanted)
                + ANSWERED_PAIN * _gain([s for s in new[item[1].id] if wanted.origin[s] in met], wanted)
                for item in options} if chosen else {}  # fmt: skip
        filling = [item for item in options if gain.get(item[1].id, 0.0) > 0]
        if chosen and needs and needs <= covered:
            # every stage they asked for has a pick: a second option for one of them competes with a tool
            # for a stage a pain only implies, which must score PAIN_MARGIN more (a weak second option loses)
            thinnest = _thinnest(options, needs, [c[1] for c in chosen], wanted)
            seconds = [item for item in options if any(wanted.does(item[1], s) for s in thinnest)]
            answered = [item for item in filling if item not in seconds
                        and all(wanted.origin[s] in wanted.answered for s in new[item[1].id])]
            gain = {item[1].id: -PAIN_MARGIN for item in answered} if seconds else {}
            options = seconds + filling or options
        elif chosen and filling:
            # each pain they named gets a tool before any gets a second: a stage of a pain no pick answers yet comes
            # first, however the scores compare
            unmet = [item for item in filling if any(wanted.origin[s] not in met for s in new[item[1].id])]
            options = unmet or filling
        elif chosen:  # every need has a pick: a second option goes to the need with the fewest
            thinnest = _thinnest(options, counted, [c[1] for c in chosen], wanted)
            options = [item for item in options if any(wanted.does(item[1], s) for s in thinnest)] or options
        if trim and len(chosen) >= MIN_PICKS:
            # a further pick that answers nothing new they asked for: two suffice unless it is nearly as strong
            # as the first; and beside what they asked for, a third tool for what a pain only implies is noise.
            # Each option is judged so: the strongest one ruled out does not rule out a nearly-as-strong other
            options = [item for item in options
                       if not _noise(item, jobs[item[1].id], needs, mains, chosen[0][0], wanted)]
            if not options:
                break
        best = max(options, key=lambda item: (item[0] + gain.get(item[1].id, 0.0), -place[item[1].id]))
        chosen.append(best)
        covered.update(jobs[best[1].id])
        mains.update(best[1].primary_stages[:1])
    return chosen


def _preferring(options: list[Scored], chosen: Sequence[Scored], fits: Callable[[Scored], bool]) -> list[Scored]:
    """The options that fit; when none does, all of them while the list is short of MIN_PICKS (a second pick
    still gives a choice), else none (the list stops)."""
    fitting = [item for item in options if fits(item)]
    return fitting or (options if len(chosen) < MIN_PICKS else [])


#: The software side's own jobs, whose tools (Git, a CI server, Docker) a team uses whatever its ML.
SOFTWARE_JOBS = frozenset({Stage.SOURCE_CONTROL, Stage.CI_CD, Stage.CONTAINERS})


def considered(top: int) -> int:
    """How many of the best-ranked tools `select` looks at for `top` picks."""
    return max(40, 10 * top)


def _noise(item: Scored, built: Sequence[Stage], needs: set[Stage], mains: set[Stage], first: float,
           wanted: Wanted) -> bool:
    """Would this further pick (past the second) be noise: it answers no stated need the picks leave open,
    and it serves only what a pain implies beside stated needs, or only another kind of the needs it serves
    than the one asked (a data catalog beside two model-governance picks), or it is clearly weaker than
    the first?"""
    pains_only = bool(needs) and not any(s in needs for s in built)
    served = [s for s in built if s in needs]
    other_kind = bool(served) and all(wanted.weight(item[1], s) < wanted.weights[s] for s in served)
    return not needs & (set(built) - mains) and (pains_only or other_kind or item[0] < first - WEAK_EXTRA)


def _keeping(profile: Profile, catalog: Catalog, wanted: Wanted, top: int) -> list[Scored]:
    """When the tools they use already do every job they asked for, and are built for it, those tools
    are the answer (best first); an alternative is shown beside one of them (`_chosen`), never in its place."""
    asked = {s: t for s, t in wanted.kept.items() if s in (profile.needs or ())}
    if not all(catalog.get(t).built_for(s) for s, t in asked.items()):
        return []  # general infrastructure "doing" a specialist job (Elasticsearch for vectors) is no pick
    return _scored([catalog.get(tool_id) for tool_id in dict.fromkeys(asked.values())], profile, catalog, wanted)[:top]


def _scored(tools: Sequence[Tool], profile: Profile, catalog: Catalog, wanted: Wanted) -> list[Scored]:
    """Tools they run, scored as picks are (they are no candidates: the ranking leaves out what they use)."""
    return sorted(((total(factors(tool, profile, catalog, wanted, explain=False)), tool) for tool in tools),
                  key=lambda item: (-item[0], item[1].id))  # fmt: skip


def _thinnest(options: Sequence[Scored], counted: set[Stage], chosen: Sequence[Tool], wanted: Wanted) -> set[Stage]:
    """The stages that count now that some option does (`Wanted.does`) and the fewest picks do."""
    stages = [s for s in counted if any(wanted.does(o[1], s) for o in options)]
    if not stages:
        return set()
    count = {s: sum(wanted.does(t, s) for t in chosen) for s in stages}
    least = min(count.values())
    return {s for s in stages if count[s] == least}


#: How much more a tool for a stage a pain only implies must score to take a slot from a second option
#: for a stage asked for outright: on the development panels a second option was accepted 83% of the
#: time and a pain's tool beside stated needs 39%, so only a clearly stronger pain's tool wins the slot.
PAIN_MARGIN = 0.3

#: How far below the first pick a further pick may score when it answers no stated need the others
#: leave open (a second option, a pain's tool): any weaker and two picks are the better answer. On the
#: development panels such third picks were accepted far less often than the first two.
WEAK_EXTRA = 0.3

#: How much a further stage of a pain a pick already answers adds, against a stage of a pain none answers.
ANSWERED_PAIN = 0.25

#: Fewer picks than this, and alternatives to tools already in use may fill the list.
MIN_PICKS = 2


def _gain(new: Sequence[Stage], wanted: Wanted) -> float:
    """What a pick adds: the weight of the wanted stages it is built for that no pick covers yet."""
    return 0.8 * sum(wanted.weights[s] for s in new) / wanted.total if new else 0.0


def top_ids(profile: Profile, catalog: Catalog, *, top: int = 3) -> tuple[str, ...]:
    """The ids of the picks, fast (no words): what the interviewer watches."""
    wanted = wanted_of(profile, catalog)
    chosen = select(score_all(profile, catalog, wanted), wanted, top=top, exclude=set())
    return tuple(tool.id for _, tool in chosen)


#: How far behind a pick a runner-up for the same job may score and still be "also good".
ALSO_GOOD_MARGIN = 0.15


def _reasons(found_by_pick: Sequence[Sequence[Factor]]) -> tuple[list[tuple[str, ...]], tuple[str, ...]]:
    """At most three reasons per pick, strongest first, and apart from them what every pick shares
    (a sentence true of every pick sets none apart, so it is said once for all)."""
    texts = [reasons_of(found) for found in found_by_pick]
    shared = set.intersection(*(set(t) for t in texts)) if len(texts) > 1 else set()
    common = tuple(r for r in texts[0] if r in shared) if texts else ()
    return [tuple([r for r in mine if r not in shared and not _said_by_maker(r, mine)][:3]) for mine in texts], common


def _said_by_maker(reason: str, reasons: Sequence[str]) -> bool:
    """Is the reason "works with your X" of a pick whose maker reason names X already ("from Arize AI, who also make
    your Arize AX")? Said once is enough."""
    return reason.startswith(WORKS_WITH) and any(r.endswith(MAKES_THEIRS + reason.removeprefix(WORKS_WITH))
                                                 for r in reasons)


#: A factor this low says a tool does not fit how they work (made for other work or a platform they lack, a second
#: scheduler beside their Kubernetes): such a runner-up is not "also good", however close its score.
MISFIT = -0.35
#: The factors that say how a tool fits their way of working (not how the tool itself stands).
FIT_FACTORS = frozenset({"workloads", "cloud", "platforms", "frameworks", "kubernetes"})


def _also_good(chosen: Sequence[Scored], scored: Sequence[Scored], wanted: Wanted, profile: Profile,
               catalog: Catalog) -> dict[str, str]:  # fmt: skip
    """Per pick, the strongest runner-up built for the same job (the same kind of it, where a stage has
    kinds: a data catalog is no runner-up to a model-governance pick; none in the Hold ring), when it scores close
    behind and nothing about it is a misfit for them (Slurm is no runner-up to Ray for a team on Kubernetes). Not
    beside a tool they already run when they have too many tools: keeping it is the advice, and a second tool for its
    job is the sprawl they want rid of."""
    taken = {tool.id for _, tool in chosen}
    named: set[str] = set()
    found: dict[str, str] = {}
    sprawl = Frustration.TOO_MANY_TOOLS in (profile.frustrations or ())
    theirs = set(profile.current_stack or ()) if sprawl else set()
    for score, pick in chosen:
        if pick.id in theirs:
            continue
        stage = main_stage(pick, wanted)
        for other_score, other in scored:
            if other.id in taken or other.id in named or not other.built_for(stage):
                continue
            if other.effective_ring is Ring.HOLD or not other.adoptable:
                continue  # not one to start anything new with (DataRobot on hold), so no one to name as also good
            if kind_fit(other, stage, wanted.kinds.get(stage)) < 1.0:
                continue
            if any(f.name in FIT_FACTORS and f.points <= MISFIT
                   for f in factors(other, profile, catalog, wanted, explain=False)):
                continue
            if other_score >= score - ALSO_GOOD_MARGIN * max(abs(score), 1.0):
                found[pick.id] = other.name_for()
                named.add(other.id)
            break
    return found


def _pick(tool: Tool, score: float, reasons: tuple[str, ...], profile: Profile, catalog: Catalog,
          wanted: Wanted) -> Pick:  # fmt: skip
    covered = tuple(s for s in wanted.weights if wanted.does(tool, s))
    covered = tuple(s for s in covered if s not in wanted.kept) or covered or tool.primary_stages
    ring = tool.effective_ring
    today = catalog.updated or tool.last_verified
    meaning = RING_MEANING[ring]
    if tool.id in (profile.current_stack or ()) and ring is not Ring.HOLD:
        # the ring says how risky it is to start on a tool; a tool they run is no new start (Hold still warns)
        aside = wanted.aside(tool.id)  # picked for a job it does besides the ones they run it for: that part is new
        meaning = f"{label(ring.value)}: you already run it, so " + (
            f"only its {stages_text(aside)} is new to you" if aside else "there is nothing new to adopt")
    return Pick(
        id=tool.id, name=tool.name, formerly=tool.former_name, url=tool.url, score=score, ring=ring,
        ring_meaning=meaning, quadrant=tool.quadrant, stages=covered,
        reasons=reasons or (tool.summary,),
        caveats=tuple(caveats(tool, profile, today=today, paid=paid_jobs(tool, wanted),
                              hosted=hosted_jobs(tool, wanted))),
        cost=tool.pricing_model,
    )  # fmt: skip


def recommend(
    profile: Profile, catalog: Catalog, *, top: int = 3, critiques: Sequence[Critique] = (),
    leave_out: frozenset[str] = frozenset(),
) -> Recommendation:
    """Two or three picks for a profile, with reasons, caveats, ring, a counterfactual and advice.

    Remembered per process: the picks depend on nothing but these arguments (the catalog never
    changes), a Recommendation is frozen all the way down, and the same picks are asked for again and
    again (showing them, each critique that leaves the profile as it was, the next turn's picks after
    an answer that changes nothing, people with the same answers).

    `leave_out`: tools the person asked to leave out ("remove ClearML"): no pick, no "also good", no counterfactual,
    no advice and no stack card names them, and the next best takes their place."""
    return _remembered(profile, catalog, top, tuple(critiques), leave_out)


@lru_cache(maxsize=2048)
def _remembered(
    profile: Profile, catalog: Catalog, top: int, critiques: tuple[Critique, ...], leave_out: frozenset[str]
) -> Recommendation:
    return compute_recommendation(profile, catalog, top=top, critiques=critiques, leave_out=leave_out)


def compute_recommendation(
    profile: Profile, catalog: Catalog, *, top: int = 3, critiques: Sequence[Critique] = (),
    leave_out: frozenset[str] = frozenset(),
) -> Recommendation:  # fmt: skip
    """`recommend` without remembering: what one ranking costs (the benches measure this)."""
    profile = apply_critiques(profile, critiques)
    wanted = wanted_of(profile, catalog)
    scored = _ranked(profile, catalog, wanted, critiques, leave_out)
    chosen = _choose(profile, catalog, wanted, scored, top, critiques, leave_out)
    tools = [tool for _, tool in chosen]
    reasons, common = _reasons([factors(tool, profile, catalog, wanted, critiques) for tool in tools])
    picks = [
        _pick(tool, score, why, profile, catalog, wanted)
        for (score, tool), why in zip(chosen, reasons, strict=True)
    ]
    whatifs = counterfactuals(profile, catalog, tools, wanted, leave_out=leave_out)
    also = _also_good(chosen, scored, wanted, profile, catalog)
    kept = [catalog.get(tool_id) for tool_id in dict.fromkeys(wanted.kept.values()) if tool_id not in leave_out]
    picks = [
        p.model_copy(update={"counterfactual": whatifs.get(p.id), "also_good": also.get(p.id)})
        for p in picks
    ]
    return Recommendation(
        picks=tuple(picks),
        common=common,
        advice=tuple(build_advice(profile, wanted, tools, kept)),
        keep=tuple(keep_lines(profile, catalog, wanted, frozenset(t.id for t in tools))),
        relaxed=tuple(relax(profile, catalog, wanted, scored)),
        stack=compose_stack(profile, catalog, wanted, chosen, scored, leave_out),
    )


def _ranked(
    profile: Profile, catalog: Catalog, wanted: Wanted, critiques: Sequence[Critique], leave_out: frozenset[str]
) -> list[Scored]:
    """The ranking, without the tools they asked to leave out."""
    return [item for item in score_all(profile, catalog, wanted, critiques) if item[1].id not in leave_out]


def _choose(
    profile: Profile, catalog: Catalog, wanted: Wanted, scored: Sequence[Scored], top: int,
    critiques: Sequence[Critique], leave_out: frozenset[str] = frozenset(),
) -> list[Scored]:  # fmt: skip
    """The picks (what `recommend` shows and `why_not` explains) from a ranking without the tools they asked to
    leave out (`_ranked`); the tools they run, which are no candidates in it, are left out here."""
    chosen = [item for item in _chosen(profile, catalog, wanted, scored, top, critiques) if item[1].id not in leave_out]
    if profile.needs and not critiques:
        # they said what they need: a pick for a job only one of their pains points to (a model server for a
        # "slow hand-off" beside "we need CI/CD") answers a question they did not ask: the blind expert panels
        # accepted one such pick in five (11 of 54 on 2026-12-03), and four in five of the others, so none is shown.
        stack = set(profile.stack())
        answering = [item for item in chosen
                     if item[1].id in stack or any(wanted.does(item[1], stage) for stage in profile.needs)]
        return answering or chosen
    return chosen


def _chosen(
    profile: Profile, catalog: Catalog, wanted: Wanted, scored: Sequence[Scored], top: int,
    critiques: Sequence[Critique],
) -> list[Scored]:  # fmt: skip
    more = any(c.kind is CritiqueKind.SHOW_MORE for c in critiques)  # they asked for more: no trimming
    chosen = select(scored, wanted, top=_limit(top, critiques), exclude=_excluded(critiques), trim=not more)
    scheduler = scheduler_fixes_shortage(profile, wanted)
    if not profile.needs and not critiques and scheduler:
        # short of GPUs on machines they own and must stay on, with a scheduler of theirs: its queue and fair share
        # are where the shortage is fixed, so it is the answer (not an LLM app's first step, which no one asked for)
        return _scored([catalog.get(scheduler)], profile, catalog, wanted)
    if profile.needs and not critiques and all(s in wanted.kept for s in profile.needs):
        # what they asked for, they have: say so, and where a pain says theirs falls short (`falls_short`), the best
        # picks that add to it (a fill for a stage only a pain implies is dropped in `_choose`)
        theirs = _keeping(profile, catalog, wanted, top if wanted.settled else top - 1)
        if theirs:
            fills = [item for item in chosen if any(item[1].built_for(s) for s in wanted.open)]
            # beside the tools they run, where too few picks are left, the best alternative for a job they asked for
            # that their tools do (asking for a job they have a tool for is often looking for another: on development
            # panels 1-59, 2026-12-06, the writers accepted such an alternative 124 times in 141, and the tool they
            # run 132 times in 141), or for one where a pain says theirs falls short
            redo = set(profile.needs or ()) if wanted.settled else wanted.falls_short
            # (never the tool they run under another name: Apache Airflow is no alternative to Astronomer, its managed
            # edition, so neither is shown as the other's)
            instead = [item for item in chosen if item not in fills and any(item[1].built_for(s) for s in redo)
                       and not any(near_duplicate(item[1], tool) for _, tool in theirs)]
            fills += instead[: max(0, MIN_PICKS - len(theirs) - len(fills))]
            return theirs + fills[: top - len(theirs)]
    if wanted.side and not critiques:
        # a need a platform they run does on the side: that platform first (no new tool, no new bill), then the
        # best picks; of those, one specialist for a job the platform does names the alternative if it falls short
        platforms = [catalog.get(t) for t in dict.fromkeys(wanted.side.values())]
        done = set(wanted.side)
        others: list[Scored] = []  # picks for needs the platform does not do
        alternatives: list[Scored] = []  # one specialist per job the platform does, if it falls short
        named: set[Stage] = set()
        asks: set[str] = set()  # the others that fill a need they asked for, not only a stage a pain implies
        for item in chosen:
            jobs = {s for s in wanted.weights if item[1].built_for(s) and wanted.origin[s] != "kept"}
            if jobs - done:
                others.append(item)
                if any(wanted.origin[s] == "need" for s in jobs - done):
                    asks.add(item[1].id)
            elif not jobs or not jobs <= named:
                alternatives.append(item)
            named |= jobs & done
        # a need the platforms leave open comes before what a pain only implies ("governance" before a tracker for
        # "can't reproduce", when Snowflake does their registry and Airflow their pipelines)
        others.sort(key=lambda item: item[1].id not in asks)
        return (_scored(platforms, profile, catalog, wanted) + others + alternatives)[:top]
    if not profile.needs and not critiques and wanted.answering:
        # a pain the platform they run answers (too many tools: consolidating on it): that platform is the first
        # answer, then the best picks
        platform = catalog.get(wanted.answering[0])
        if platform.id not in {t.id for _, t in chosen}:
            # with nothing else asked (too many tools, where they run a platform), a pick beside it is a tool more
            rest = chosen[: top - 1] if wanted.weights else []
            return [*_scored([platform], profile, catalog, wanted), *rest]
    return chosen


def why_not(
    profile: Profile, catalog: Catalog, tool_id: str, *, critiques: Sequence[Critique] = (),
    leave_out: frozenset[str] = frozenset(),
) -> str:
    """Why a catalog tool is (or is not) among the picks, in agreement with rank()."""
    profile = apply_critiques(profile, critiques)
    tool = catalog.get(tool_id)
    if tool_id in leave_out:
        return f"{tool.name}: you asked me to leave it out of the picks."
    # (the proprietary CI their team runs is kept under "open source only": that rule is for the ML tools they adopt)
    broken = [] if tool_id in profile.stack() and team_infrastructure(tool, profile) else violations(tool, profile)
    if broken:
        return f"{tool.name}: " + "; ".join(broken) + "."
    wanted = wanted_of(profile, catalog)
    if not affordable(tool, profile, wanted):
        rule = ("and your budget is free only" if profile.budget is Budget.NONE
                else "which is not open source, and you need open source")
        return f"{tool.name}: {stages_text(paid_jobs(tool, wanted))} is only in its paid edition, {rule}."
    if not runnable(tool, profile, wanted):
        rule = ("and you need self-hosting" if profile.self_hosted else "and I assume a team on-prem self-hosts"
                if profile.must_self_host() else "which is not open source, and you need open source")
        return f"{tool.name}: {stages_text(hosted_jobs(tool, wanted))} is only in its hosted service, {rule}."
    missing = machines_missing(tool, profile, wanted)
    if missing:
        return f"{tool.name}: {missing}."
    scored = _ranked(profile, catalog, wanted, critiques, leave_out)
    chosen = _choose(profile, catalog, wanted, scored, 3, critiques, leave_out)
    if tool_id in profile.stack():
        if tool_id in {t.id for _, t in chosen}:
            return f"{tool.name} is one of my picks: you already use it for what you asked, so keep it."
        return (
            f"{tool.name}: you already use it, so I suggest keeping it rather than adding another."
        )
    if wanted.consolidate_on is not None and not wanted.weights and tool_id not in {t.id for _, t in chosen}:
        # too many tools, where they run a platform and ask for nothing else: no tool is added, however it ranks
        return (f"{tool.name}: with too many tools already, I suggest consolidating on "
                f"{catalog.get(wanted.consolidate_on).name}, which you run, rather than adding another tool.")
    ids = [t.id for _, t in scored]
    if tool_id not in ids:
        return _not_serving(tool, wanted)
    position, count = ids.index(tool_id) + 1, len(ids)
    if tool.effective_ring is Ring.HOLD:
        hold = "it is in the Hold ring (don't start anything new with it), so it is no pick"
        return f"{tool.name}: ranked {position} of {count}, but {hold}."
    if other_media(tool, wanted):
        return f"{tool.name}: ranked {position} of {count}, but {other_media_text(tool, wanted)}, so it is no pick."
    if tool_id in {t.id for _, t in chosen}:
        # beside a tool they run, kept: the ranking is of the tools new to them
        new = " of the tools new to you" if any(t.id in profile.stack() for _, t in chosen) else ""
        return f"{tool.name} is one of my picks (ranked {position} of {count}{new})."
    if tool_id in _excluded(critiques):
        return f"{tool.name}: ranked {position} of {count}, but you asked for tools like it, so I show others."
    also = _also_good(chosen, scored, wanted, profile, catalog)
    beside = next((catalog.get(pick_id) for pick_id, name in also.items() if name == tool.name), None)
    return f"{tool.name}: ranked {position} of {count}; " + _lost_to(
        tool, position, chosen, ids, profile, catalog, wanted, critiques, beside=beside
    )


def _not_serving(tool: Tool, wanted: Wanted) -> str:
    asked = [label_in_text(s.value) for s in wanted.weights]
    needs = or_list(asked)
    which = "which are what you need" if len(asked) > 1 else "which is what you need"
    if tool.category is Category.GENERAL_CLOUD:
        return f"{tool.name}: a whole cloud decides which managed services fit; it is never a pick itself."
    if not tool.primary_stages:
        touches = ", ".join(label_in_text(s.value) for s in tool.stages)
        return f"{tool.name}: it touches {touches}, but it is not built for any of them, so I never pick it."
    does = and_list([label_in_text(s.value) for s in tool.primary_stages])
    return f"{tool.name}: it is built for {does}, not {needs}, {which}."


def _ahead_in(factor: str, tool: Tool, other: Tool, wanted: Wanted) -> str:
    """What the pick does better than the tool asked about, in the factor's words; a coverage lead that comes only
    from the pick's main job being the one asked (Ragas beside Langfuse, both doing LLM evaluation) says so, not
    that it covers more."""
    if factor == "coverage" and {s for s in wanted.weights if tool.built_for(s)} >= \
            {s for s in wanted.weights if other.built_for(s)} and other.primary_stages[0] in wanted.weights:
        return f"is built first for {label_in_text(other.primary_stages[0].value)}"
    return FACTOR_WORDS[factor]


#: The answer each factor weighs, where it has one: unanswered, the factor runs on defaults.
SAID_BY = {"workloads": "workloads", "cloud": "cloud", "team": "team_size", "maturity": "maturity",
           "kubernetes": "kubernetes", "budget": "budget", "scope": "scope_preference", "persona": "persona"}


def _lost_to(tool: Tool, position: int, chosen: Sequence[Scored], ids: list[str], profile: Profile,
             catalog: Catalog, wanted: Wanted, critiques: Sequence[Critique], *, beside: Tool | None = None) -> str:
    """Why a ranked tool is no pick. `beside`: the pick it is shown under as "Also good"."""
    built = [s for s in wanted.weights if tool.built_for(s)]
    kept = [t.name for _, t in chosen if t.id in profile.stack() and any(
        tool.built_for(s) and t.built_for(s) for s in wanted.kept)]  # fmt: skip
    if not kept and beside is None and built and all(
            wanted.origin[s] == "kept" and wanted.kept.get(s) in catalog and s not in wanted.falls_short
            for s in built):  # fmt: skip
        # every job it is built for is one a tool they run keeps (vLLM beside the Ollama they serve with), not one
        # that only a pain points to
        kept = list(dict.fromkeys(catalog.get(wanted.kept[s]).name for s in built))
    if kept:
        return f"you already use {and_list(kept)} for that, so I suggest keeping it."
    if beside is not None:  # shown under a pick as "Also good": say so, and what fits them less, if anything
        # only where it fits them less than that pick does (not "it covers fewer of your needs" beside a pick that
        # covers no more of them)
        pick_points = {f.name: f.points for f in factors(beside, profile, catalog, wanted, critiques)}
        misfits = [f.bad for f in factors(tool, profile, catalog, wanted, critiques)
                   if f.bad and f.points < pick_points.get(f.name, 0.0) - 0.01][:2]  # fmt: skip
        less = f"; what fits you less: {'; '.join(misfits)}" if misfits else ", so either is a sound choice"
        return f"I list it as also good beside {beside.name}, which is built for the same job{less}."
    above = [t for _, t in chosen if t.id in ids and ids.index(t.id) + 1 > position]
    for _, pick in chosen:
        if near_duplicate(tool, pick):
            if edition(tool, pick) or edition(pick, tool):
                # a tool and its managed edition: what does not fit them about this one says more than closeness
                # (Ray schedules on machines they do not have; Anyscale brings its own)
                misfits = [f.bad for f in factors(tool, profile, catalog, wanted, critiques) if f.bad][:2]
                if misfits:
                    return "the picks fit your answers better: " + "; ".join(misfits) + "."
            return f"it is too close to {pick.name}, which ranks higher, so I show one of the two."
    if above:
        asked = [s for s in wanted.weights if wanted.origin[s] == "need"]
        if asked and built and all(wanted.origin[s] not in ("need", "kept", "next step") for s in built):
            # ranked higher for a job only a pain points to, beside picks for the jobs they asked for ("MLflow
            # for 'can't reproduce', beside serving picks for the serving they asked for")
            return (f"it is built for {stages_text(built)}, which only what hurts points to; the picks answer "
                    f"{stages_text(asked)}, which you asked for.")
        verb = "covers" if len(above) == 1 else "cover"
        return f"{and_list([t.name for t in above])} {verb} parts of your needs the other picks miss, so together " \
            "they cover more."
    # compared with the weakest pick for a job it does too (Pinecone with the vector database picked, not with the
    # tracker picked beside it), else with the weakest pick
    rivals = [t for _, t in chosen if any(tool.built_for(s) and t.built_for(s) for s in wanted.weights)]
    weakest = rivals[-1] if rivals else chosen[-1][1]
    mine = {f.name: f for f in factors(tool, profile, catalog, wanted, critiques)}
    theirs = {f.name: f for f in factors(weakest, profile, catalog, wanted, critiques)}
    # a factor weighed from defaults, for an answer they never gave ("your kind of models" with no kind said), is
    # no reason to tell them
    unsaid = {n for n, field in SAID_BY.items() if getattr(profile, field) is None}
    # (unless the factor says so itself: "made for LLM work only, and you haven't said you build with language models")
    gaps = sorted(((theirs[n].points - mine[n].points, n) for n in mine if n not in unsaid or mine[n].bad),
                  reverse=True)  # fmt: skip
    notes = [mine[n].bad or f"{weakest.name} {_ahead_in(n, tool, weakest, wanted)}" for gap, n in gaps
             if gap > 0.01][:2]  # fmt: skip
    return (
        "the picks fit your answers better: " + ("; ".join(notes) or "a closer overall fit") + "."
    )
