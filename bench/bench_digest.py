"""Digest benchmark: a channel of 10,000 members with 10,000 stored profiles (SQLite).

    .venv/bin/python -m bench.bench_digest [--members 10000] [--repeat 3]

Prints the time and tracemalloc peak of composing a digest (profiles and feedback loaded from the
database, then aggregated, with the consensus stack and catalog news), for a channel of 100 members
and one of 10,000, and the ratio of their per-member costs (target: at most 1.5x).
"""

from __future__ import annotations

import argparse
import json
import random
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert

from bot.digests.delivery import compose_digest
from bot.storage.migrate import upgrade
from bot.storage.tables import ProfileRow
from bot.storage.unit_of_work import Database
from core.catalog import Catalog, parse_catalog
from core.vocabulary import Budget, Cloud, Frustration, Persona, Stage

WORKSPACE = "TBENCH"
ROOT = Path(__file__).resolve().parent.parent


def _morning_after(catalog_text: str) -> datetime:
    """9:00 UTC the day after the catalog's newest date: a fixed moment for a given catalog (the run does not depend on
    the clock), and never before a fact in it was checked (the catalog refuses dates in the future)."""
    raw = json.loads(catalog_text)
    newest = max([raw["updated"], *(tool["last_verified"] for tool in raw["tools"])])
    day = date.fromisoformat(newest) + timedelta(days=1)
    return datetime(day.year, day.month, day.day, 9, 0, tzinfo=UTC)


def random_profile(rng: random.Random, tool_ids: list[str]) -> dict[str, object]:
    return {
        "persona": rng.choice(list(Persona)).value,
        "team_size": rng.randint(1, 60),
        "maturity": rng.randint(0, 2),
        "cloud": rng.choice(list(Cloud)).value,
        "kubernetes": rng.choice([True, False, None]),
        "current_stack": rng.sample(tool_ids, rng.randint(0, 6)),
        "frustrations": [f.value for f in rng.sample(list(Frustration), rng.randint(0, 3))],
        "needs": [s.value for s in rng.sample(list(Stage), rng.randint(0, 3))],
        "open_source_only": rng.random() < 0.6,
        "budget": rng.choice(list(Budget)).value,
    }


def seed(database: Database, catalog: Catalog, users: list[str], now: datetime) -> None:
    rng = random.Random(7)
    tool_ids = [tool.id for tool in catalog]
    rows = [
        {
            "workspace": WORKSPACE,
            "user_id": user,
            "profile": random_profile(rng, tool_ids),
            "updated_at": now,
        }
        for user in users
    ]
    with database.engine.begin() as connection:
        for start in range(0, len(rows), 2000):
            connection.execute(insert(ProfileRow), rows[start : start + 2000])


def measure(action: Callable[[], object], repeat: int) -> tuple[float, int]:
    """Best wall time of `repeat` runs, and the tracemalloc peak of one more run."""
    best = float("inf")
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    tracemalloc.start()
    action()
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return best, peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=10_000)
    parser.add_argument("--small", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    catalog_text = (ROOT / "catalog.json").read_text(encoding="utf-8")
    now = _morning_after(catalog_text)
    catalog = parse_catalog(catalog_text, today=now.date())
    users = [f"U{n:06d}" for n in range(args.members)]
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'bench.sqlite3'}"
        upgrade(url)
        database = Database(url)
        seed(database, catalog, users, now)

        def digest_for(members: list[str]) -> Callable[[], object]:
            return lambda: compose_digest(
                database.unit_of_work,
                catalog,
                workspace=WORKSPACE,
                channel="CBENCH",
                members=members,
                now=now,
            )

        digest_for(users[:10])()  # warm-up: imports, catalog caches, first connection
        small_time, small_peak = measure(digest_for(users[: args.small]), args.repeat)
        large_time, large_peak = measure(digest_for(users), args.repeat)
        database.dispose()
    small_each = small_time / args.small
    large_each = large_time / args.members
    for count, took, each, peak in (
        (args.small, small_time, small_each, small_peak),
        (args.members, large_time, large_each, large_peak),
    ):
        print(
            f"{count:>6} members: {took * 1000:8.1f} ms  ({each * 1e6:7.1f} µs/member)"
            f"  peak {peak / 2**20:6.1f} MiB"
        )
    ratio = large_each / small_each
    verdict = "OK" if ratio <= 1.5 else "OVER TARGET"
    print(f"per-member cost at {args.members} / at {args.small}: {ratio:.2f}x (target <= 1.5x)")
    print(verdict)


if __name__ == "__main__":
    main()
