"""One conversation turn through the service layer on the SQLite store, against a bare baseline.

Baseline: a bare read-modify-write of one row through SQLAlchemy (select, change, commit), in the
same process and the same kind of database file. Target: a turn costs at most 3x the baseline.

    .venv/bin/python bench/bench_turn.py [--turns 400]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import Integer, String, select  # noqa: E402
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column  # noqa: E402

from bot import resources  # noqa: E402
from bot.bootstrap import build_waiter, load_catalog  # noqa: E402
from bot.storage.engine import make_engine  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402
from bot.storage.unit_of_work import Database  # noqa: E402


class _Base(DeclarativeBase):
    pass


class Counter(_Base):
    __tablename__ = "counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def baseline(path: Path, n: int) -> list[float]:
    engine = make_engine(f"sqlite:///{path}")
    _Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add(Counter(id=1, value="0"))
        session.commit()
    samples = []
    for i in range(n):
        start = time.perf_counter()
        with Session(engine) as session:
            row = session.scalars(select(Counter).where(Counter.id == 1)).one()
            row.value = str(i)
            session.commit()
        samples.append(time.perf_counter() - start)
    engine.dispose()
    return samples


def turns(path: Path, n: int, *, fixed_order: bool, cold: bool = False) -> list[float]:
    url = f"sqlite:///{path}"
    upgrade(url)
    database = Database(url)
    waiter = build_waiter(load_catalog(resources.catalog_path()), database.unit_of_work, fixed_order=fixed_order)
    waiter.open("T", "bench")
    script = ["ml engineer", "back"]  # answer, undo: a steady state of real turns
    samples = []
    for i in range(n):
        if cold:  # make the adaptive interviewer think afresh, as for a user nobody resembles
            waiter.interviewer._remembered.cache_clear()  # type: ignore[attr-defined]
        start = time.perf_counter()
        waiter.reply("T", "bench", script[i % 2])
        samples.append(time.perf_counter() - start)
    database.dispose()
    return samples


REFINE_ANSWERS = ["researcher", "5", "notebooks", "aws", "no", "git", "tabular", "can't reproduce",
                  "experiment tracking", "no", "no", "low", "piecemeal"]  # fmt: skip


def refinements(path: Path, n: int) -> list[float]:
    """A person who refines their picks `n` times (and reopens them between): each refinement's time."""
    from core.recommendation import Critique, CritiqueKind

    url = f"sqlite:///{path}"
    upgrade(url)
    database = Database(url)
    waiter = build_waiter(load_catalog(resources.catalog_path()), database.unit_of_work, fixed_order=True)
    waiter.open("T", "picky")
    for text in REFINE_ANSWERS:
        waiter.reply("T", "picky", text)
    kinds = [CritiqueKind.CHEAPER, CritiqueKind.OPEN_SOURCE_ONLY, CritiqueKind.LIGHTER, CritiqueKind.MANAGED]
    samples = []
    for i in range(n):
        start = time.perf_counter()
        waiter.refine("T", "picky", Critique(kind=kinds[i % len(kinds)]))
        samples.append(time.perf_counter() - start)
        if i % 2:
            waiter.open("T", "picky")
    database.dispose()
    return samples


def report(name: str, samples: list[float]) -> float:
    p50 = percentile(samples, 0.5) * 1000
    p99 = percentile(samples, 0.99) * 1000
    rate = len(samples) / sum(samples)
    print(f"{name:<34} p50 {p50:7.3f} ms   p99 {p99:7.3f} ms   {rate:8.1f} /s")
    return statistics.median(samples)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--turns", type=int, default=400)
    parser.add_argument("--refinements", type=int, default=1000)
    args = parser.parse_args()
    warm = 30
    with tempfile.TemporaryDirectory() as tmp:
        base = baseline(Path(tmp) / "base.sqlite3", args.turns + warm)[warm:]
        fixed = turns(Path(tmp) / "fixed.sqlite3", args.turns + warm, fixed_order=True)[warm:]
        adaptive = turns(Path(tmp) / "adaptive.sqlite3", args.turns + warm, fixed_order=False)[warm:]
        cold_n = max(20, args.turns // 10)
        cold = turns(Path(tmp) / "cold.sqlite3", cold_n + 4, fixed_order=False, cold=True)[4:]
        refined = refinements(Path(tmp) / "refine.sqlite3", args.refinements)
    print(f"one conversation turn vs a bare read-modify-write of one row (SQLite, {args.turns} turns each)")
    b = report("baseline: bare read-modify-write", base)
    rows = [("turn, fixed question order", fixed, True), ("turn, adaptive (decisions remembered)", adaptive, True),
            ("turn, adaptive (thinking afresh)", cold, False)]  # fmt: skip
    for name, samples, targeted in rows:
        ratio = report(name, samples) / b
        verdict = ("PASS" if ratio <= 3 else "FAIL") if targeted else "reported, see README"
        print(f"    ratio to baseline (p50): {ratio:.2f}x   target <= 3x: {verdict}")
    window = max(10, args.refinements // 20)
    print(f"a refinement after {args.refinements} refinements vs one of the first {window} (stored state is capped)")
    early = report(f"refinements 1-{window}", refined[5 : window + 5])
    late = report(f"refinements {args.refinements - window + 1}-{args.refinements}", refined[-window:])
    verdict = "PASS" if late / early <= 1.2 else "FAIL"
    print(f"    ratio late/early (p50): {late / early:.2f}x   target <= 1.2x: {verdict}")


if __name__ == "__main__":
    main()
