"""Acks under load: people at once × Slack's latency, through `mlops-waiter serve` (gunicorn).

Each person runs /mlops and then types answers to the questions that reach their DM, all at once,
against the fake Web API answering after the given latency (and optionally rate-limiting
chat.postMessage with Retry-After 30 for the whole run). Prints, per cell, the acks' p50, p99, max
and how many took longer than Slack's 3 seconds (target: none).

    .venv/bin/python bench/bench_acks.py [--people 10 25 50] [--latency-ms 0 250] [--answers 3]
                                         [--workers 2] [--threads 8] [--rate-limited]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_slack import SECRET, TOKEN, free_port, start  # noqa: E402
from tests.bot.ack_load import people  # noqa: E402
from tests.bot.fake_slack import Failure, FakeSlack  # noqa: E402


def cell(count: int, latency: float, args: argparse.Namespace, tmp: Path) -> str:
    with FakeSlack(tokens={TOKEN: "T1"}, latency=latency) as fake:
        if args.rate_limited:
            for _ in range(10_000):
                fake.fail_next("chat.postMessage", Failure(429, {"Retry-After": "30"}))
        port = free_port()
        database = tmp / f"acks-{count}-{latency}.sqlite3"
        env = {"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_BASE_URL": fake.url,
               "DATABASE_URL": f"sqlite:///{database}", "WEB_CONCURRENCY": str(args.workers),
               "WEB_THREADS": str(args.threads)}  # fmt: skip
        command = [sys.executable, "-m", "bot.entrypoints.cli", "serve", "--port", str(port)]
        server = start(command, env, f"http://127.0.0.1:{port}/healthz")
        try:
            deadline = time.monotonic() + args.seconds
            acks = people(f"http://127.0.0.1:{port}", SECRET, fake, count=count, answers=args.answers,
                          deadline=deadline)  # fmt: skip
        finally:
            server.terminate()  # gunicorn stops its workers (after graceful_timeout at most)
            try:
                server.wait(timeout=40)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    return acks.summary()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, nargs="+", default=[10, 25, 50])
    parser.add_argument("--latency-ms", type=int, nargs="+", default=[0, 250])
    parser.add_argument("--answers", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=40, help="each cell stops after this long")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=8)
    parser.add_argument("--rate-limited", action="store_true", help="chat.postMessage answers 429, Retry-After 30")
    args = parser.parse_args()
    print(f"acks through serve ({args.workers} workers x {args.threads} threads), /mlops then {args.answers} "
          f"typed answers per person{', chat.postMessage rate-limited' if args.rate_limited else ''}")  # fmt: skip
    with tempfile.TemporaryDirectory() as tmp:
        for latency in args.latency_ms:
            for count in args.people:
                print(f"{count:>4} people, Slack {latency:>4} ms: {cell(count, latency / 1000, args, Path(tmp))}",
                      flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
