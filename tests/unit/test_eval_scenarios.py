"""The evaluation scenarios are well formed and the runner's constraint check matches the engine's."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from core.catalog import parse_catalog
from core.constraints import violations
from core.profile import parse_profile
from eval.run import hard_breaks, interview
from eval.scenarios import SCENARIOS

ROOT = Path(__file__).resolve().parents[2]
TEXT = (ROOT / "catalog.json").read_text(encoding="utf-8")
CATALOG = parse_catalog(TEXT, today=date(2026, 12, 31))
RAW = json.loads(TEXT)["tools"]


def test_there_are_at_least_thirty_scenarios_each_with_a_source() -> None:
    assert len(SCENARIOS) >= 30
    assert len({s["id"] for s in SCENARIOS}) == len(SCENARIOS)
    for scenario in SCENARIOS:
        assert scenario["source"].startswith("https://") and scenario["guidance"]
        parse_profile(scenario["profile"])


def test_every_acceptable_and_forbidden_tool_is_in_the_catalog_and_they_never_overlap() -> None:
    for scenario in SCENARIOS:
        assert scenario["acceptable"]
        assert all(
            tool_id in CATALOG for tool_id in [*scenario["acceptable"], *scenario["forbidden"]]
        )
        assert not set(scenario["acceptable"]) & set(scenario["forbidden"]), scenario["id"]


def test_the_runner_reads_hard_constraints_like_the_engine() -> None:
    for scenario in SCENARIOS:
        profile = parse_profile(scenario["profile"])
        for raw in RAW:
            assert bool(hard_breaks(raw, scenario["profile"])) == bool(
                violations(CATALOG.get(raw["id"]), profile)
            )


def test_the_simulated_user_skips_what_the_scenario_leaves_out() -> None:
    class AskPersonaThenStop:
        def __init__(self) -> None:
            self.calls = 0

        def next_question(self, profile, done):  # type: ignore[no-untyped-def]
            from core.questions import BY_ID

            self.calls += 1
            return BY_ID["persona"] if self.calls == 1 else None

    profile, asked = interview(AskPersonaThenStop(), {"needs": ["notebooks"]})
    assert asked == 1 and profile.persona is None
