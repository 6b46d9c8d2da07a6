"""Adaptive interviewing: ask only what can change the advice, weighted by how likely each answer is.

For each open question the interviewer imagines the likely answers (with default priors), ranks
the catalog for each, and measures *regret*: how much worse the current top three would be than
the best top three for that answer (0 when they are still the best, 1 when nothing of them is
left). The expected regret of a question is the prior-weighted sum. The interviewer asks the
question with the highest expected regret and stops when none reaches the threshold, i.e. when no
question is worth the person's time. A hard-constraint question is always asked while some likely
answer would rule out a current pick, so stopping never hides a violation. What they need is always
asked once, right after what hurts: it names the jobs the picks are for, which a pain only implies
(in buttons-only interviews its regret, under priors that assume people want help with what hurts,
often fell below the threshold, and picks went to the wrong jobs). What they build is asked next when
they opened in words and the sentence left it out: it decides between tools for LLM apps and for
classic models, and the score regret undervalues it (the picks for the expected mix of work score
close to the best for each kind, where an expert tells them apart), so conversations that skipped it
ended with other picks than the full profile gives. People who answer with buttons are asked it on
regret alone: theirs is already the longer interview (each field is a question of its own), and
asking it there too took it past five questions.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import lru_cache
from itertools import islice
from typing import Any, NamedTuple

from core.catalog import Catalog, Tool
from core.constraints import ADMISSION_READS, admissible, clear, fits_wanted, violations
from core.matching import considered, score_all, select
from core.profile import Profile
from core.questions import COMMON_STACK, OPENING, Kind, Question, open_questions
from core.scoring import Factor, Wanted, factors, rescored, total, wanted_of, workload_prior
from core.vocabulary import Cloud, Stage

#: Below this expected regret, an answer is not worth the user's time.
THRESHOLD = 0.12
#: Imagined answers rarer than this are left out (their weight is spread over the others).
RARE = 0.08
#: Decisions remembered per process: many people pass through the same early states.
MEMO_SIZE = 4096
HARD = frozenset({"open_source_only", "self_hosted", "kubernetes", "budget", "cloud"})
#: Questions that usually matter most: looked at first, so the others can stop imagining early.
#: Fields whose answer changes which stages are wanted.
_WANTED_FIELDS = frozenset({"needs", "frustrations", "current_stack"})
#: How many of the current best tools an answer that keeps the wanted stages is ranked among.
POOL = 15
_LIKELY = ("needs", "frustrations", "current_stack", "open_source_only", "self_hosted")


def _cost_order(field: str) -> tuple[bool, bool]:
    """When a question is weighed: the likely winners first, and of those the cheap ones to imagine (an
    answer that leaves what they want alone) before those whose answers bring in new stages' tools."""
    return field not in _LIKELY, field in _WANTED_FIELDS


#: Default priors: how likely each answer is for someone we know nothing about.
PRIORS: dict[str, dict[Any, float]] = {
    "persona": {"researcher": 0.3, "ml_engineer": 0.3, "software_engineer": 0.2, "platform_engineer": 0.1,
                "team_lead": 0.1},
    "team_size": {5: 0.5, 25: 0.25, 1: 0.15, 200: 0.1},
    "maturity": {0: 0.5, 1: 0.35, 2: 0.15},
    "cloud": {"aws": 0.35, "gcp": 0.2, "azure": 0.2, "on_prem": 0.12, "none": 0.08, "other": 0.05},
    "kubernetes": {False: 0.55, True: 0.45},
    "open_source_only": {False: 0.7, True: 0.3},
    "self_hosted": {False: 0.7, True: 0.3},
    "budget": {"low": 0.35, "medium": 0.3, "none": 0.2, "high": 0.15},
    "scope_preference": {"piecemeal": 0.4, "no_preference": 0.3, "all_in_one": 0.3},
    "frustrations": {("cant_reproduce",): 0.2, ("slow_handoff",): 0.15, ("stuck_in_notebooks",): 0.12,
                     ("no_monitoring",): 0.12, ("data_quality",): 0.1, ("manual_retraining",): 0.08,
                     ("llm_quality_unknown",): 0.08, ("compute_access",): 0.06, ("labeling_bottleneck",): 0.05},
    "needs": {("experiment_tracking",): 0.16, ("model_serving",): 0.13, ("ml_pipelines",): 0.1,
              ("model_monitoring",): 0.09, ("model_registry",): 0.08, ("workflow_orchestration",): 0.07,
              ("data_versioning",): 0.06, ("ci_cd",): 0.06, ("llm_observability",): 0.05,
              ("llm_evaluation",): 0.05, ("data_labeling",): 0.04, ("feature_store",): 0.04,
              ("vector_search",): 0.04},
}  # fmt: skip


class Base(NamedTuple):
    """The profile as it is, for one decision: what they want, and (filled as they are first needed) each
    tool's factors, whether it can be a pick, and the picks for each ranking an imagined answer leads to."""

    profile: Profile
    wanted: Wanted
    factors: dict[str, list[Factor]]
    admitted: dict[str, bool]
    cleared: dict[str, bool]
    chosen: dict[tuple[tuple[str, float], ...], list[tuple[Wanted, tuple[str, ...]]]]

    def of(self, tool: Tool, catalog: Catalog) -> list[Factor]:
        found = self.factors.get(tool.id)
        if found is None:
            found = self.factors[tool.id] = factors(tool, self.profile, catalog, self.wanted, (), explain=False)
        return found

    def admits(self, tool: Tool) -> bool:
        found = self.admitted.get(tool.id)
        if found is None:
            found = self.admitted[tool.id] = admissible(tool, self.profile, self.wanted)
        return found

    def clears(self, tool: Tool) -> bool:
        """`clear` for the profile as it is: the same for every answer that changes no field it reads."""
        found = self.cleared.get(tool.id)
        if found is None:
            found = self.cleared[tool.id] = clear(tool, self.profile)
        return found


class AdaptiveInterviewer:
    """Asks the question whose likely answers would make the current picks most regrettable."""

    def __init__(self, catalog: Catalog, *, top: int = 3, threshold: float = THRESHOLD) -> None:
        self.catalog = catalog
        self.top = top
        self.threshold = threshold
        self._remembered = lru_cache(maxsize=MEMO_SIZE)(self._decide)
        self._by_stage: dict[Stage, tuple[Tool, ...]] = {}

    def next_question(self, profile: Profile, done: frozenset[str]) -> Question | None:
        return self._remembered(profile, done)[0]

    def remaining(self, profile: Profile, done: frozenset[str]) -> int:
        return self._remembered(profile, done)[1]

    def _decide(self, profile: Profile, done: frozenset[str]) -> tuple[Question | None, int]:
        """The question to ask, and how many questions are now worth asking."""
        remaining = open_questions(profile, done)
        if not remaining:
            return None, 0
        if remaining[0].id == OPENING:
            return remaining[0], 1 + min(4, len(remaining) - 1)
        # nothing to recommend *for* yet: what hurts, or what is needed; and what they need names the jobs
        # the picks are for (a pain only implies them), so it is always worth asking once, right after
        first = ("frustrations", "needs") if not profile.wanted_stages() else ("needs",)
        for question in remaining:
            if question.id in first:
                return question, 1 + min(3, len(remaining) - 1)
        current, scored = self._picks(profile)
        wanted = wanted_of(profile, self.catalog)
        guarded = self._guarded(profile, wanted, current, scored, remaining)
        pool = tuple(self.catalog.get(tool) for tool in list(scored)[:POOL])
        # the pool's factors for the profile as it is: an imagined answer re-scores only what it changes
        base = Base(profile, wanted, {}, {}, {}, {})
        worth: list[tuple[float, int]] = []
        best = 0.0
        # the order questions are weighed in changes no decision (a question stops being imagined only once it
        # can no longer tie the best so far), only how soon that happens: the likely winners that are cheap to
        # imagine come first (an answer that keeps what they want re-scores a few factors of a few tools), so
        # the costly ones (a pain or need imagined brings in every tool for its stages) can stop early
        for order, question in sorted(enumerate(remaining), key=lambda item: _cost_order(item[1].id)):
            regret = self.expected_regret(question, profile, current, beat=best, pool=pool, base=base)
            if regret >= self.threshold or self.rules_out_a_pick(question, profile, guarded, done):
                worth.append((regret, order))
                best = max(best, regret)
        # after an opening in words (a role button sets the opening's own field instead), what they build comes
        # first; the others worth asking still tell how many questions are left
        build = next((n for n, q in enumerate(remaining) if q.id == "workloads"), None) if OPENING in done else None
        if build is not None:
            return remaining[build], 1 + sum(order != build for _, order in worth)
        if not worth:
            return None, 0
        chosen = max(worth, key=lambda item: (item[0], -item[1]))  # an earlier question wins a tie
        return remaining[chosen[1]], len(worth)

    def _guarded(self, profile: Profile, wanted: Wanted, current: tuple[str, ...], scored: dict[str, float],
                 remaining: list[Question]) -> tuple[str, ...]:  # fmt: skip
        """The tools a hard constraint must not rule out unasked: the current picks; what the person will be shown,
        a last pick judged on its own (select's trim), which may hold a tool the untrimmed three leave out; and the
        tools they already use that would be shown as their answer ("keep LangSmith": a hard rule that would drop
        one of those, its self-hosted edition being paid, is as much worth asking; "consolidate on Databricks")."""
        if not any(question.id in HARD for question in remaining):
            return current
        best_few = islice(scored.items(), considered(self.top))
        shown = select([(score, self.catalog.get(tool)) for tool, score in best_few], wanted, top=self.top,
                       exclude=set(), trim=True)  # fmt: skip
        kept = [wanted.kept[s] for s in profile.needs or () if s in wanted.kept]
        # a platform they run that is shown as the answer: to gather their tools on, to answer a pain, or for a need it
        # does on the side ("consolidate on Databricks", which "open source only" would drop)
        return tuple(dict.fromkeys((*current, *(tool.id for _, tool in shown), *kept, *wanted.answering,
                                    *wanted.side.values())))

    def guarding(self, profile: Profile, done: frozenset[str]) -> Question | None:
        """The first hard-constraint question still open whose likely answer would rule out a pick they would be
        shown: what is asked even once the follow-ups an opening in words is owed have all been asked."""
        remaining = open_questions(profile, done)
        hard = [question for question in remaining if question.id in HARD]
        if not hard:
            return None
        current, scored = self._picks(profile)
        guarded = self._guarded(profile, wanted_of(profile, self.catalog), current, scored, remaining)
        return next((question for question in hard if self.rules_out_a_pick(question, profile, guarded, done)), None)

    def _picks(
        self, profile: Profile, pool: tuple[Tool, ...] = (), base: Base | None = None, changed: str = "",
        current: tuple[str, ...] = (),
    ) -> tuple[tuple[str, ...], dict[str, float]]:
        """The picks for this profile and every ranked tool's score. With `current` (the picks now), when those
        are still the best-scored tools the choice is not made again: no choice can score more than the best
        few, so the current picks lose nothing, and `current` itself is returned."""
        wanted = wanted_of(profile, self.catalog)
        if pool:  # only the tools that could be the best: a cheaper ranking with the same scores
            if base is None:
                scored = [(total(factors(t, profile, self.catalog, wanted, (), explain=False)), t)
                          for t in pool if admissible(t, profile, wanted)]  # fmt: skip
            else:
                moved = wanted != base.wanted
                rules = changed not in ADMISSION_READS  # the hard rules read nothing that changed
                admits: Callable[[Tool], bool]
                if rules and not moved:  # the same tools are admissible as before
                    admits = base.admits
                elif rules:  # only what they want moved: each tool's standing with the rules is as before
                    admits = lambda t: fits_wanted(t, profile, wanted) and base.clears(t)  # noqa: E731
                else:
                    admits = lambda t: admissible(t, profile, wanted)  # noqa: E731
                scored = [(self._score(t, profile, wanted, base, changed, moved), t) for t in pool if admits(t)]
            scored.sort(key=lambda item: (-item[0], item[1].id))
        else:
            scored = score_all(profile, self.catalog, wanted)
        # the same choice as the picks the person will see (select looks at the best few dozen); imagined answers
        # often leave the ranking and what they want as they were, and then the choice is too
        ranking = tuple((tool.id, score) for score, tool in scored)
        if len(current) == self.top and len(ranking) >= self.top and ranking[self.top - 1][1] > 0 \
                and {tool for tool, _ in ranking[: self.top]} == set(current):
            return current, dict(ranking)
        earlier = base.chosen.get(ranking) if base is not None else None
        picks = next((ids for before, ids in earlier or () if before == wanted), None)
        if picks is None:
            picks = tuple(tool.id for _, tool in select(scored, wanted, top=self.top, exclude=set()))
            if base is not None:
                base.chosen.setdefault(ranking, []).append((wanted, picks))
        return picks, dict(ranking)

    def _score(self, tool: Tool, profile: Profile, wanted: Wanted, base: Base, changed: str, moved: bool) -> float:
        """The tool's score for `profile`, which differs from `base.profile` only in `changed`: its base factors
        re-scored where they read what changed. A tool the base has not scored yet, when what they want moved
        (one for a newly wanted stage, seldom met again), is scored afresh: fewer factors than both."""
        if moved and tool.id not in base.factors:
            return total(factors(tool, profile, self.catalog, wanted, (), explain=False))
        return total(rescored(base.of(tool, self.catalog), tool, profile, self.catalog, wanted, changed=changed,
                              wanted_changed=moved))

    def expected_regret(
        self, question: Question, profile: Profile, current: tuple[str, ...], *, beat: float = float("inf"),
        pool: tuple[Tool, ...] = (), base: Base | None = None,
    ) -> float:  # fmt: skip
        """The prior-weighted share of value the current picks would lose, over the likely answers.

        Imagining stops early once the answer is known well enough: below the threshold for sure,
        or above it but unable to beat `beat` (the best question so far).
        """
        wanted_now = set(profile.wanted_stages())
        expected, rest = 0.0, 1.0
        for value, weight in self.imagined_answers(question, profile, current):
            imagined = profile.with_answers(**{question.id: value})
            candidates = pool
            if pool and question.id in _WANTED_FIELDS:  # tools for newly wanted stages can come up too
                new = [s for s in imagined.wanted_stages() if s not in wanted_now]
                candidates = tuple(dict.fromkeys([*pool, *(t for s in new for t in self._serving(s))]))
            expected += weight * self.regret(imagined, current, candidates, base, question.id)
            rest -= weight
            if expected + rest < self.threshold or (expected >= self.threshold and expected + rest < beat):
                break
        return expected

    def _serving(self, stage: Stage) -> tuple[Tool, ...]:
        found = self._by_stage.get(stage)
        if found is None:
            found = self._by_stage[stage] = tuple(t for t in self.catalog.with_stage(stage) if t.built_for(stage))
        return found

    def regret(
        self, imagined: Profile, current: tuple[str, ...], pool: tuple[Tool, ...] = (), base: Base | None = None,
        changed: str = "",
    ) -> float:  # fmt: skip
        """How much worse the current picks are than the best picks for this profile (0 … 1). `base`: the
        factors of the profile that `imagined` differs from only in the field `changed`."""
        picks, scores = self._picks(imagined, pool, base, changed, current)
        best = sum(scores[tool] for tool in picks)
        if best <= 0:
            return 0.0
        mine = sum(scores.get(tool, 0.0) for tool in current)
        return max(0.0, min(1.0, (best - mine) / best))

    def rules_out_a_pick(
        self, question: Question, profile: Profile, current: tuple[str, ...], done: frozenset[str] = frozenset()
    ) -> bool:
        """Would a likely answer to this hard-constraint question rule out one of the current picks?"""
        if question.id not in HARD:
            return False
        # Hard constraints act together (self-hosted *and* no Kubernetes rules out a tool that
        # either alone allows), so each likely answer is also imagined beside the likely answers
        # of the other hard questions still open.
        others = [q for q in open_questions(profile, done) if q.id in HARD and q.id != question.id]
        picks = [self.catalog.get(tool) for tool in current]
        for value, _ in self.imagined_answers(question, profile, current):
            imagined = profile.with_answers(**{question.id: value})
            wanted = wanted_of(imagined, self.catalog)
            # a tool they use is kept unless it breaks a hard rule; any other pick must be admissible
            if any(violations(tool, imagined) if tool.id in imagined.stack() else not admissible(tool, imagined, wanted)
                   for tool in picks):
                return True
            if any(self._only_together(picks, profile, imagined, other, current) for other in others):
                return True
        return False

    def _only_together(
        self, picks: list[Tool], profile: Profile, imagined: Profile, other: Question, current: tuple[str, ...]
    ) -> bool:
        """Would a likely answer to `other`, beside the imagined one, rule out a pick it alone allows?"""
        for value, _ in self.imagined_answers(other, imagined, current):
            jointly = [tool for tool in picks if violations(tool, imagined.with_answers(**{other.id: value}))]
            if jointly:
                alone = profile.with_answers(**{other.id: value})
                if any(not violations(tool, alone) for tool in jointly):
                    return True
        return False

    def imagined_answers(
        self, question: Question, profile: Profile, current: tuple[str, ...]
    ) -> list[tuple[Any, float]]:
        """Likely answers with their weights (summing to 1); rare ones are left out."""
        answers = dict(self._priors(question, profile, current))
        likely = {value: p for value, p in answers.items() if p >= RARE} or answers
        mass = sum(likely.values()) or 1.0
        return sorted(((value, p / mass) for value, p in likely.items()), key=lambda item: -item[1])

    def _priors(self, question: Question, profile: Profile, current: tuple[str, ...]) -> Iterator[tuple[Any, float]]:
        if question.id == "kubernetes" and profile.cloud is Cloud.NONE:
            yield False, 1.0
        elif question.id == "needs" and profile.frustrations:
            yield profile.pain_stages(), 0.5  # most people want help with what hurts
            for value, p in PRIORS["needs"].items():
                yield value, p / 2
        elif question.id == "workloads":  # the table scoring weighs an unknown kind of work by
            yield from (((w.value,), p) for w, p in workload_prior(profile).items())
        elif question.id in PRIORS:
            yield from PRIORS[question.id].items()
        elif question.kind is Kind.TOOLS:
            yield (), 0.4  # nothing relevant in use yet
            for tool in current:
                yield (tool,), 0.1  # one of the picks is already in use
            others = [t for t in COMMON_STACK if t in self.catalog and t not in current][:4]
            for tool in others:
                yield (tool,), 0.3 / max(1, len(others))
        else:
            values = question.option_values()
            for value in values:
                yield value, 1 / len(values)

