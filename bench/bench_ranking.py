"""Ranking speed: one profile against the shipped catalog and a synthetic 10,000-tool catalog, same run.

Prints milliseconds per recommendation (best of several runs, garbage collector paused) and per tool
at both sizes, and the ratio of the per-tool times (target: at 10,000 tools no worse than 1.5x the
per-tool time at the shipped size).
Run: .venv/bin/python bench/bench_ranking.py
"""

from __future__ import annotations

import gc
import random
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalog import Catalog, parse_catalog  # noqa: E402
from core.matching import compute_recommendation, rank  # noqa: E402
from core.profile import parse_profile  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SYNTHETIC_SIZE = 10_000
ROUNDS = 8
PROFILE = parse_profile(
    {"persona": "ml_engineer", "team_size": 6, "maturity": 1, "cloud": "aws", "kubernetes": False,
     "workloads": ["tabular"], "current_stack": ["git", "mlflow", "apache-airflow"],
     "frustrations": ["slow_handoff", "no_monitoring"], "needs": ["model_serving", "experiment_tracking"],
     "open_source_only": False, "self_hosted": False, "budget": "medium", "scope_preference": "piecemeal"}
)  # fmt: skip


def synthetic(shipped: Catalog, size: int, *, seed: int = 7) -> Catalog:
    """A catalog of `size` tools drawn like the shipped ones: copies with new ids and shuffled links."""
    rng = random.Random(seed)
    originals = list(shipped)
    ids = [f"{tool.id}-{n}" for n in range(size // len(originals) + 1) for tool in originals][:size]
    tools = []
    for number, new_id in enumerate(ids):
        base = originals[number % len(originals)]
        links = tuple(sorted({rng.choice(ids) for _ in base.integrates_with} - {new_id}))
        tools.append(base.model_copy(update={
            "id": new_id, "name": f"{base.name} {number}", "aliases": (), "integrates_with": links,
            "focus": _jitter(rng, base.focus), "scope": _jitter(rng, base.scope),
        }))  # fmt: skip
    return Catalog(tools)


def _jitter(rng: random.Random, value: float) -> float:
    moved = max(-1.0, min(1.0, value + rng.uniform(-0.1, 0.1)))
    return moved if (moved > 0) == (value > 0) and moved != 0 else value


def timed(run: Callable[[], object], *, repeat: int) -> float:
    """Best seconds of one call after a warm-up, with the garbage collector paused (as timeit does)."""
    run()
    samples = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeat):
            start = time.perf_counter()
            run()
            samples.append(time.perf_counter() - start)
    finally:
        gc.enable()
    return min(samples)


def show(name: str, size: int, per_rec: float, per_rank: float) -> float:
    per_tool = per_rec / size
    print(
        f"{name:>10}: {size:>6} tools | recommend {per_rec * 1e3:8.2f} ms "
        f"| rank (all reasons) {per_rank * 1e3:8.2f} ms | {per_tool * 1e6:6.2f} µs per tool"
    )
    return per_tool


def main() -> int:
    today = max(date.today(), date(2026, 12, 31))
    shipped = parse_catalog((ROOT / "catalog.json").read_text(encoding="utf-8"), today=today)
    big = synthetic(shipped, SYNTHETIC_SIZE)
    stack = tuple(f"{tool_id}-0" for tool_id in PROFILE.current_stack or ())
    big_profile = PROFILE.with_answers(current_stack=stack)
    # interleave the two sizes so a burst of load on a shared machine hits both alike
    small_rec, big_rec, small_rank, big_rank = [], [], [], []
    for _ in range(ROUNDS):
        small_rec.append(timed(lambda: compute_recommendation(PROFILE, shipped), repeat=10))
        big_rec.append(timed(lambda: compute_recommendation(big_profile, big), repeat=1))
        small_rank.append(timed(lambda: rank(PROFILE, shipped), repeat=10))
        big_rank.append(timed(lambda: rank(big_profile, big), repeat=1))
    small_tool = show("shipped", len(shipped), min(small_rec), min(small_rank))
    big_tool = show("synthetic", len(big), min(big_rec), min(big_rank))
    ratio = big_tool / small_tool
    verdict = "OK" if ratio <= 1.5 else "OVER TARGET"
    print(f"per-tool time at {len(big)} / at {len(shipped)}: {ratio:.2f}x (target <= 1.5x): {verdict}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
