"""Adaptive interviewing: ask the question whose answer is most likely to change the top picks.

For each open question the interviewer imagines each plausible answer, re-ranks, and measures how
often the top three would change (an expected-change measure standing in for information gain).
It asks the question with the highest expected change, and stops when no open question reaches the
threshold: the top three are then stable. Hard-constraint questions always clear the threshold when
they matter (one answer in at most four would remove a pick), so stopping never hides a violation.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from core.catalog import Catalog
from core.matching import top_ids
from core.profile import Profile
from core.questions import COMMON_STACK, Kind, Question, open_questions

#: Team sizes imagined for "how many people": solo, small, medium, large.
TEAM_SIZES = (1, 5, 25, 200)
#: Below this expected change, an answer is not worth the user's time.
THRESHOLD = 0.2
#: Decisions remembered per process: many people pass through the same early states.
MEMO_SIZE = 4096


class AdaptiveInterviewer:
    """Chooses the question whose imagined answers move the top three most; None once they are stable."""

    def __init__(self, catalog: Catalog, *, top: int = 3, threshold: float = THRESHOLD) -> None:
        self.catalog = catalog
        self.top = top
        self.threshold = threshold
        self._remembered = lru_cache(maxsize=MEMO_SIZE)(self._choose)

    def next_question(self, profile: Profile, done: frozenset[str]) -> Question | None:
        return self._remembered(profile, done)

    def _choose(self, profile: Profile, done: frozenset[str]) -> Question | None:
        remaining = open_questions(profile, done)
        if not remaining:
            return None
        current = top_ids(profile, self.catalog, top=self.top)
        # Probe the likeliest winner first: a high bar early lets most other questions stop after
        # one or two imagined answers. The result is the same as trying them in bank order.
        probe = self._probe(profile, remaining)
        best: tuple[float, int] | None = None
        if probe is not None:
            change = self.expected_change(remaining[probe], profile, current, beat=self.threshold)
            best = (change, probe) if change is not None else None
        for order, question in enumerate(remaining):
            if order == probe:
                continue
            if best is None:
                change = self.expected_change(question, profile, current, beat=self.threshold)
            else:  # an earlier question wins a tie; a later one must do strictly better
                change = self.expected_change(
                    question, profile, current, beat=best[0], strict=order > best[1]
                )
            if change is not None:
                best = (change, order)
        return remaining[best[1]] if best else None

    @staticmethod
    def _probe(profile: Profile, remaining: list[Question]) -> int | None:
        if profile.wanted_stages():
            return None
        ids = [question.id for question in remaining]
        for candidate in ("frustrations", "needs"):
            if candidate in ids:
                return ids.index(candidate)
        return None

    def expected_change(
        self, question: Question, profile: Profile, current: tuple[str, ...], *,
        beat: float = 0.0, strict: bool = False,
    ) -> float | None:  # fmt: skip
        """The share of imagined answers after which the top three would differ.

        None as soon as it cannot reach `beat` (or exceed it, when `strict`): the caller only wants
        a better question, so the rest of the answers need not be imagined.
        """
        answers = self.imagined_answers(question, current)
        if not answers:
            return None
        now = set(current)
        changed = 0
        for seen, value in enumerate(answers, 1):
            after = top_ids(profile.with_answers(**{question.id: value}), self.catalog, top=self.top)
            changed += set(after) != now
            best_possible = (changed + len(answers) - seen) / len(answers)
            if best_possible < beat or (strict and best_possible <= beat):
                return None
        share = changed / len(answers)
        return share if share > beat or (not strict and share >= beat) else None

    def imagined_answers(self, question: Question, current: tuple[str, ...]) -> list[Any]:
        """Plausible answers, each as likely as the others."""
        if question.kind is Kind.YES_NO:
            return [True, False]
        if question.kind is Kind.NUMBER:
            return list(TEAM_SIZES)
        if question.kind is Kind.SINGLE:
            values = question.option_values()
            return [int(v) for v in values] if question.id == "maturity" else list(values)
        if question.kind is Kind.MULTI:
            return [(value,) for value in question.option_values()]
        # TOOLS: nothing yet, one of the current picks already in use, or a common tool
        tools = dict.fromkeys([*current, *COMMON_STACK])
        return [()] + [(tool_id,) for tool_id in tools if tool_id in self.catalog]
