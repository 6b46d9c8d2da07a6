"""DM answers per second and p50/p99 latency through `mlops-waiter serve`, beside a bare Bolt app.

Both run on the same gunicorn setup (1 worker, 8 threads) against the same fake Slack Web API on
loopback, with requests signed as Slack signs them. Latency: from sending the event until the reply
that ends the turn reaches the fake Web API (the ack itself is immediate in both). The bare app acks
and posts one message; the waiter runs a real interview turn (dedupe, store, rewrite the answered
question, post the next one) on SQLite. Target: at most 2x the bare app's cost per request.

    .venv/bin/python bench/bench_slack.py [--users 16] [--answers 6]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.bot.fake_slack import Call, FakeSlack  # noqa: E402
from tests.bot.slack_driver import sign  # noqa: E402

TOKEN = "xoxb-1-bench-token"
SECRET = "bench-signing-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def start(command: list[str], env: dict[str, str], health: str) -> subprocess.Popen[bytes]:
    full = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "WEB_CONCURRENCY": "1", "WEB_THREADS": "8",
            "LOG_LEVEL": "WARNING", **env}  # fmt: skip
    process = subprocess.Popen(
        command, env=full, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(health, timeout=1):
                return process
        except urllib.error.HTTPError as answered:  # any HTTP answer means it is up
            answered.close()
            return process
        except OSError:
            if process.poll() is not None:
                raise SystemExit(f"{command} exited with {process.returncode}") from None
            time.sleep(0.1)
    process.kill()
    raise SystemExit(f"{command} did not start")


def send_dm(base: str, user: str, text: str, n: int) -> None:
    event = {"type": "message", "channel_type": "im", "channel": "D" + user, "user": "U" + user, "text": text,
             "ts": f"1800000000.{n:06d}"}  # fmt: skip
    envelope = {"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": f"Ev{n:08d}",
                "event": event, "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
    body = json.dumps(envelope).encode()
    stamp = int(time.time())
    request = urllib.request.Request(base + "/slack/events", data=body, headers={
        "Content-Type": "application/json", "X-Slack-Request-Timestamp": str(stamp),
        "X-Slack-Signature": sign(SECRET, stamp, body)})  # fmt: skip
    with urllib.request.urlopen(request, timeout=30) as reply:
        assert reply.status == 200


def ends_turn(call: Call) -> bool:
    """The waiter's turn ends with a question, a picks card, or an error note."""
    text = json.dumps(call.args.get("blocks") or [])
    said = str(call.args.get("text"))
    return (
        "question:" in text
        or said.startswith("Question ")
        or "My picks" in text
        or "ref " in said
        or said == "ok"
    )


def next_answer(fake: FakeSlack, channel: str) -> str:
    """Type what a person would: the first option's label of the question on screen (or a number)."""
    for message in reversed(fake.transcript(channel)):
        blocks = message.get("blocks") or []
        if "My picks" in json.dumps(blocks):
            return "cheaper"
        for block in blocks:
            if str(block.get("block_id", "")).startswith("question:"):
                first = block["elements"][0]
                return str((first.get("options") or [first])[0]["text"]["text"])
        if any(
            b.get("type") == "section" and "*Question" in b["text"]["text"]
            for b in blocks
            if "text" in b
        ):
            return "4"
    return "hello"


class Load:
    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        self.waiting: dict[str, threading.Event] = {}
        self.counter = 0
        self.lock = threading.Lock()
        fake.on_call = self._seen

    def _seen(self, call: Call) -> None:
        if call.method == "chat.postMessage" and ends_turn(call):
            event = self.waiting.get(str(call.args.get("channel")))
            if event is not None:
                event.set()

    def ask(self, base: str, user: str, text: str) -> float:
        with self.lock:
            self.counter += 1
            n = self.counter
        done = self.waiting[f"D{user}"] = threading.Event()
        started = time.perf_counter()
        send_dm(base, user, text, n)
        if not done.wait(30):
            raise RuntimeError(
                f"no reply for user {user}: {[m.get('text') for m in self.fake.transcript(f'D{user}')]}"
            )
        return time.perf_counter() - started

    def run(
        self, base: str, *, users: int, answers: int, prefix: str, typed: Callable[[str], str]
    ) -> tuple[float, list[float]]:
        for u in range(users):  # warm-up: the greeting and first question (not measured)
            self.ask(base, f"{prefix}{u}", "hi")
        latencies: list[float] = []

        def person(u: int) -> None:
            user = f"{prefix}{u}"
            for _ in range(answers):
                latencies.append(self.ask(base, user, typed(f"D{user}")))

        threads = [threading.Thread(target=person, args=(u,)) for u in range(users)]
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        return time.perf_counter() - started, latencies


def report(name: str, wall: float, latencies: list[float]) -> float:
    ordered = sorted(latencies)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    rate = len(latencies) / wall
    p50 = statistics.median(ordered)
    print(f"{name:>10}: {rate:7.1f} DM answers/s   p50 {p50 * 1000:6.1f} ms   p99 {p99 * 1000:6.1f} ms")
    return rate


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=16)
    parser.add_argument("--answers", type=int, default=6)
    parser.add_argument(
        "--fixed-order",
        action="store_true",
        help="serve with FixedOrder instead of the adaptive interviewer (adapter cost alone)",
    )
    args = parser.parse_args()
    with FakeSlack(tokens={TOKEN: "T1"}) as fake, tempfile.TemporaryDirectory() as tmp:
        env = {
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_BASE_URL": fake.url,
        }
        load = Load(fake)
        bare_port, floor_port, ours_port = free_port(), free_port(), free_port()
        bare_cmd = [sys.executable, str(ROOT / "bench" / "bare_bolt_app.py")]
        bare = start([*bare_cmd, str(bare_port)], env, f"http://127.0.0.1:{bare_port}/nothing-here-but-alive")
        floor = start([*bare_cmd, str(floor_port)], {**env, "BARE_CALLS": "2"},
                      f"http://127.0.0.1:{floor_port}/nothing-here-but-alive")  # fmt: skip
        ours_env = {**env, "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3"}
        if args.fixed_order:
            ours_env["INTERVIEW_ORDER"] = "fixed"
        ours = start([sys.executable, "-c", "import sys; from bot.cli import main; sys.exit(main())", "serve", "--port",
                      str(ours_port)], ours_env, f"http://127.0.0.1:{ours_port}/healthz")  # fmt: skip
        try:
            wall_b, lat_b = load.run(f"http://127.0.0.1:{bare_port}", users=args.users, answers=args.answers,
                                     prefix="1", typed=lambda _: "hello")  # fmt: skip
            wall_f, lat_f = load.run(f"http://127.0.0.1:{floor_port}", users=args.users, answers=args.answers,
                                     prefix="3", typed=lambda _: "hello")  # fmt: skip
            wall_o, lat_o = load.run(f"http://127.0.0.1:{ours_port}", users=args.users, answers=args.answers,
                                     prefix="2", typed=lambda channel: next_answer(fake, channel))  # fmt: skip
        finally:
            for process in (bare, floor, ours):
                process.terminate()
                process.wait(30)
        interviewer = "FixedOrder" if args.fixed_order else "the default (adaptive)"
        print(
            f"{args.users} users x {args.answers} DM answers each, signed HTTP, fake Web API on loopback, "
            f"interviewer: {interviewer}"
        )
        rate_b = report("bare Bolt", wall_b, lat_b)
        rate_f = report("bare x2", wall_f, lat_f)
        rate_o = report("waiter", wall_o, lat_o)
        ratio = rate_b / rate_o
        print(
            f"cost per request: {ratio:.2f}x the bare app (target <= 2x): {'OK' if ratio <= 2 else 'OVER'}"
        )
        print(
            f"context: a bare app making the waiter's two Web API calls per answer (rewrite the answered "
            f"question, post the next) costs {rate_b / rate_f:.2f}x; the waiter costs {rate_f / rate_o:.2f}x that"
        )
        print(f"p50 latency ratio: {statistics.median(lat_o) / statistics.median(lat_b):.2f}x")


if __name__ == "__main__":
    main()
