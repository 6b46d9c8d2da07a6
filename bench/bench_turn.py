"""One conversation turn through the service layer on the SQLite store, against a bare baseline.

Baseline: a bare read-modify-write of one row through SQLAlchemy (select, change, commit), in the
same process and the same kind of database file. Target: a turn costs at most 3x the baseline.

    .venv/bin/python bench/bench_turn.py [--turns 400] [--fixed-order]
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

from bot.migrate import upgrade  # noqa: E402
from bot.store import Database, make_engine  # noqa: E402
from bot.wiring import build_waiter, load_catalog  # noqa: E402
from bot.settings import ROOT  # noqa: E402


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


def turns(path: Path, n: int, *, fixed_order: bool) -> list[float]:
    url = f"sqlite:///{path}"
    upgrade(url)
    database = Database(url)
    waiter = build_waiter(load_catalog(ROOT / "catalog.json"), database.unit_of_work, fixed_order=fixed_order)
    waiter.open("T", "bench")
    script = ["ml engineer", "back"]  # answer, undo: a steady state of real turns
    samples = []
    for i in range(n):
        start = time.perf_counter()
        waiter.reply("T", "bench", script[i % 2])
        samples.append(time.perf_counter() - start)
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
    parser.add_argument("--fixed-order", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        warm = 30
        base = baseline(Path(tmp) / "base.sqlite3", args.turns + warm)[warm:]
        turn = turns(Path(tmp) / "turn.sqlite3", args.turns + warm, fixed_order=args.fixed_order)[warm:]
    mode = "fixed order" if args.fixed_order else "adaptive"
    print(f"one conversation turn vs a bare read-modify-write ({args.turns} each, SQLite, {mode})")
    b = report("baseline: bare read-modify-write", base)
    t = report("conversation turn (service layer)", turn)
    ratio = t / b
    print(f"ratio (p50 turn / p50 baseline): {ratio:.2f}x   target <= 3x: {'PASS' if ratio <= 3 else 'FAIL'}")


if __name__ == "__main__":
    main()
