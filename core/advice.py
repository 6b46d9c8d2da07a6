"""Build-vs-buy guidance and the next maturity step, from the essay series (part 3)."""

from __future__ import annotations

from collections.abc import Sequence

from core.catalog import Tool
from core.constraints import hard_constraints, violations
from core.explanations import main_stage
from core.profile import Profile
from core.scoring import Wanted, and_list, is_platform, or_list, stages_text, step_words
from core.vocabulary import Budget, Evaluates, Frustration, Persona, ScopePreference, Stage, Workload, label_in_text

_NEXT_STEP = {
    0: "Next step (level 0 → 1): automate one training pipeline end to end, with tracked experiments, "
    "before adding more tools.",
    1: "Next step (level 1 → 2): put pipelines and models under CI/CD, with tests and a registry gate "
    "before deployment.",
    2: "You're at level 2: invest in monitoring and retraining triggers rather than more platform.",
}


def _names(tools: Sequence[Tool]) -> str:
    return and_list([t.name for t in tools]) if tools else "these tools"


def _jobs(tools: Sequence[Tool], wanted: Wanted) -> list[list[Tool]]:
    """The picks grouped by the job each is picked for, in pick order: picks for one job are one
    piece to start with, never pieces to integrate with each other."""
    groups: dict[Stage, list[Tool]] = {}
    for tool in tools:
        groups.setdefault(main_stage(tool, wanted), []).append(tool)
    return list(groups.values())


def _pieces(groups: Sequence[Sequence[Tool]]) -> str:
    """'MLflow and whichever of Triton or Ray Serve you start with': one piece per job. Picks for one
    job are a choice to start with, whether they replace each other (two model servers) or later
    complement each other (a CI server and a GitOps deployer)."""
    def one(group: Sequence[Tool]) -> str:
        if len(group) == 1:
            return group[0].name
        return f"whichever of {or_list([t.name for t in group])} you start with"

    # single picks first: "Docker and whichever of A or B you start with" reads; the other way does not
    return and_list([one(g) for g in sorted(groups, key=len)])


def _all_do(tools: Sequence[Tool], wanted: Wanted) -> str:
    """'GitLab, Argo CD and Jenkins all do CI/CD' (for picks for one job)."""
    job = label_in_text(main_stage(tools[0], wanted).value)
    return f"{_names(tools)} {'both' if len(tools) == 2 else 'all'} do {job}"


#: What every pick is, for each hard constraint the person set, in the order it is said.
_MET = {
    "open_source_only": "is open source",
    "self_hosted": "runs on your own infrastructure",
    "kubernetes": "needs no Kubernetes",
    "budget": "has a free way in",
}


def _builds_llm_apps(wanted: Wanted) -> bool:
    """Is an LLM app what they want help with: its evaluation or its tracing wanted, and the evaluation not of
    models (a researcher fine-tuning a model, or one who asks only for tracking, has no app to trace)?"""
    app_jobs = {Stage.LLM_EVALUATION, Stage.LLM_OBSERVABILITY} & set(wanted.weights)
    return bool(app_jobs) and wanted.kinds.get(Stage.LLM_EVALUATION) != frozenset({Evaluates.MODELS.value})


def _met(profile: Profile, tools: Sequence[Tool]) -> str:
    """The hard constraints every pick meets, said once for all of them (not as a reason each). Self-hosting
    they never said, taken from being on-prem, is said as what it is: an assumption they can undo. A tool of their
    own team's infrastructure they run already and keep (GitHub Actions for a team that wants only open source) is no
    new pick, so the line speaks of the new ones, and of none when nothing is new."""
    set_now = hard_constraints(profile)
    theirs = set(profile.stack())
    kept = [t for t in tools if t.id in theirs and violations(t, profile)]
    if kept and len(kept) == len(tools):
        return ""
    every = "Every new pick" if kept else "Every pick"
    assumed = "self_hosted" in set_now and profile.self_hosted is None
    said = [words for key, words in _MET.items() if key in set_now and not (assumed and key == "self_hosted")]
    lines = [f"{every} {and_list(said)}, as you require."] if said else []
    if assumed:
        who = "They also run" if said else f"{every} runs"
        lines.append(f"{who} on your own infrastructure, as I assume for a team on-prem (say 'managed instead' if a "
                     "hosted service is fine).")
    if lines and kept:
        names = _names(kept)
        lines.append(f"{names}, which you already run, {'is' if len(kept) == 1 else 'are'} kept as "
                     f"{'it is' if len(kept) == 1 else 'they are'}.")
    return " ".join(lines)


def _count(name: str, pieces: int) -> str:
    """'MLflow 3', 'Trackio none': a pick and how many pieces running it takes."""
    return f"{name} {pieces or 'none'}"


def _build_or_buy(profile: Profile, tools: Sequence[Tool], wanted: Wanted, *, kept: bool = False) -> str:
    """Build-vs-buy advice for this person and these picks, or (`kept`) the tools they already run that
    do all they asked for (never the same line for everyone)."""
    size = profile.team_size
    # what they would newly operate: a tool they run already is operated today (and shows no 'Costs and risks')
    theirs = set(profile.stack())
    operated = [] if kept else list(dict.fromkeys(need for t in tools if t.id not in theirs
                                                  for need in t.self_host_needs or ()))
    groups = _jobs(tools, wanted)
    if profile.persona is Persona.PLATFORM_ENGINEER or (size or 0) > 50:
        glue = "(templates, access, one place to find runs), never a home-grown tracker or model server."
        if len(groups) == 1 and len(tools) > 1:
            return (
                f"At your size a thin internal platform can pay off: {_all_do(tools, wanted)}, so start "
                f"with one and build the glue around it {glue}"
            )
        return f"At your size a thin internal platform can pay off: build the glue around {_pieces(groups)} {glue}"
    if profile.must_self_host() and operated:
        why = "Self-hosting rules out" if profile.self_hosted else "Self-hosting (as I assume on-prem) rules out"
        # alone, there is no one else to give a piece to: start with what takes least to run
        who = ("you will run each yourself, so adopt one at a time" if size == 1
               else "give each an owner before adopting")
        # what each pick they would newly run takes, in pick order (a package with nothing to run takes none)
        pieces = [(len(t.self_host_needs), t.name) for t in tools
                  if t.id not in theirs and t.self_host_needs is not None]  # fmt: skip
        if len(pieces) > 1 and len(groups) == 1:  # the picks are alternatives: one of them will be run, not all
            (fewest, first), *rest = sorted(pieces, key=lambda each: each[0])  # fewest first, ties in pick order
            least = f"{first} needs nothing to run" if fewest == 0 else f"{first} needs the fewest pieces ({fewest})"
            return (
                f"{why} buying a service, so the real cost is operating the one you choose: {least}, "
                f"{and_list([_count(name, n) for n, name in rest])}, listed under 'Costs and risks'. "
                f"{'You will run it yourself' if size == 1 else 'Give it an owner before adopting'}, and build "
                "nothing it already does."
            )
        if len(pieces) > 1 and any(len(group) > 1 for group in groups):
            # some picks are alternatives for one job: they will run some of them, not all, so each is counted
            each = and_list([_count(name, n) for n, name in pieces])
            return (
                f"{why} buying a service, so the real cost is operating the picks you adopt (pieces to run, listed "
                f"under 'Costs and risks': {each}): {who}, and build nothing the picks already do."
            )
        return (
            f"{why} buying a service, so the real cost is operating what the picks need "
            f"({len(operated)} pieces in all, listed under 'Costs and risks'): {who}, and build nothing the picks "
            "already do."
        )
    if profile.budget is Budget.NONE:
        return (
            "With no budget, adopt open source and free tiers; writing your own would cost more of "
            "your time than any of these picks."
        )
    if size is not None and size <= 3:
        return (
            f"At {size} {'person' if size == 1 else 'people'}, build nothing here: every hour on "
            "tooling is an hour not spent on what you build. Start with the lightest pick."
        )
    if kept and len(tools) == 1:
        return f"Build nothing new: {tools[0].name}, which you run, already does this; build only what it lacks."
    if kept:
        return f"Build nothing new: if you build, build the integration between {_pieces(groups)}, which you run."
    if wanted.whole and len(tools) > 1 and all(is_platform(t) for t in tools):
        # they would rather have one platform, and the picks are platforms: alternatives, not pieces to integrate
        asked = wanted.open
        whole = [t for t in tools if asked and all(wanted.does(t, s) for s in asked)]
        covers = (f" {_names(whole)} {'does' if len(whole) == 1 else 'each do'} all you asked for "
                  f"({stages_text(asked)})." if whole else "")
        return ("Adopt rather than build: these are platforms to choose between, not pieces to combine."
                f"{covers} Choose one and build only what it lacks.")
    if len(tools) == 1:  # one pick (others ruled out or left out): nothing to integrate it with
        return f"Adopt rather than build: start with {tools[0].name}; build only what it lacks."
    if len(tools) > 1 and len(groups) == 1:
        # every pick does the same one of the wanted jobs: nothing to integrate between them
        return f"Adopt rather than build: {_all_do(tools, wanted)}, so start with one; build none."
    return f"Adopt rather than build: if you build, build the integration between {_pieces(groups)}, not another tool."


def _scope(profile: Profile, wanted: Wanted, tools: Sequence[Tool]) -> str:
    if Frustration.TOO_MANY_TOOLS in (profile.frustrations or ()):
        return "With too many tools already, retire one for every one you add; prefer tools that cover several stages."
    if profile.scope_preference is ScopePreference.ALL_IN_ONE:
        return (
            "All-in-one platforms save glue work but lock you in: check the exit path (export of runs, "
            "models and metadata) before you commit."
        )
    # the jobs the picks are for: once needs are stated, a stage only a pain implies has no pick (`_choose`)
    fresh = [s for s in wanted.order if s in wanted.weights and wanted.origin[s] != "kept"
             and (not profile.needs or s in profile.needs)]
    # the job to start with is one a pick does: advice that names a job no pick answers contradicts the picks
    covered = [s for s in fresh if any(wanted.does(tool, s) for tool in tools)] if tools else fresh
    if len(fresh) > 1 and covered:
        first = covered[0]
        origin = wanted.origin[first]
        why = {"need": "the first job you named", "next step": step_words(first)}.get(
            origin, f"which helps with '{label_in_text(origin)}'"
        )
        return f"Start with {label_in_text(first.value)}, {why}; add the next tool when the next pain is real."
    if any(tool.scope > 0 for tool in tools):
        return ""  # a platform among the picks: "specialized tools first" would argue against it
    return "Specialized tools first: they are easier to adopt and to replace than a platform."


def build_advice(
    profile: Profile, wanted: Wanted | None = None, tools: Sequence[Tool] = (), kept: Sequence[Tool] = ()
) -> list[str]:
    """Two to four lines of advice a senior colleague would give this profile and these picks.

    `kept`: the tools they use that already do what they asked for; when those cover all of it, the
    glue to build is around them, not around alternatives shown in case one falls short."""
    wanted = wanted or Wanted()
    met = _met(profile, tools) if tools else ""
    lines = [met] if met else []
    # their tools do every job asked: all of it, or every need they stated (a pain's stage gets no pick beside them)
    needs = profile.needs or ()
    asked_kept = bool(needs) and all(s in wanted.kept and s not in wanted.falls_short for s in needs)
    settled = bool(kept) and (wanted.settled or asked_kept)
    lines += [line for line in (_build_or_buy(profile, kept if settled else tools, wanted, kept=settled),
                                _scope(profile, wanted, tools)) if line]  # fmt: skip
    if wanted.settled or settled:
        what = "what you asked for" if profile.needs else "what hurts"
        lines.append(f"Your current tools already cover {what}: keep them and deepen their use.")
    if Workload.LLM in (profile.workloads or ()) and profile.maturity in (None, 0) and _builds_llm_apps(wanted):
        lines.append("For LLM apps, set up evaluation on a fixed test set before tracing production traffic.")
    if profile.maturity is not None:  # unknown, a line about maturity levels would fit anyone
        lines.append(_NEXT_STEP[profile.maturity])
    return lines
