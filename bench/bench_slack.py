"""DM answers per second and p50/p99 latency through `mlops-waiter serve`, beside a bare Bolt app.

Every app runs on the same gunicorn setup (serve's default: 2 workers of 8 threads; --workers 1 for
one) against the same fake Slack Web API, with requests signed as Slack signs them; once with the
fake answering at once on loopback, once with every call taking a realistic 50 ms (half on the way
there, half on the way back). Latency: from sending the event until the reply that ends the turn
(the next question) reaches the fake Web API; the ack itself is immediate in all. The baseline is a
bare Bolt app making the same two Web API calls as a turn (post the reply, rewrite the message
answered before); the waiter runs a real interview turn (dedupe, store, post the next question,
rewrite the answered one) on SQLite. Two more bare apps give context: one making a single call, one
also doing the turn's storage as cheaply as Python can. The apps take turns, round after round; a
rate is the median of its rounds, and a ratio the median of the rounds' ratios (the apps of a round
run back to back, in the same spell of the host). Targets: a DM answer costs at most 1.5x the bare
two-call app; with realistic latency, the next question is posted within 10% of that app's time.
The cost is also shown as the app process's own CPU per answer (from /proc, gunicorn's workers
included) over the bare app's: the load and the fake run on the same host, so on a small one the
rate ratio also moves with how much CPU they leave each app; the CPU ratio does not.

    .venv/bin/python bench/bench_slack.py [--users 16] [--answers 8] [--rounds 3] [--workers 2]
                                          [--latency-ms 0 50] [--fixed-order]
"""

from __future__ import annotations

import argparse
import json
import math
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
from dataclasses import dataclass
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
    full = {"PATH": os.environ.get("PATH", ""), "PYTHONPATH": str(ROOT), "LOG_LEVEL": "WARNING", **env}
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


def what_to_type(call: Call) -> str | None:
    """After a post that ends the waiter's turn, what a person types next; None for other posts.

    A question: its first option's label (or a number); the picks card: a critique; an error note
    or the bare app's reply: anything. Read from the call itself, so the load costs the same per turn.
    """
    said = str(call.args.get("text"))
    if said.startswith("My picks"):
        return "cheaper"
    for block in call.args.get("blocks") or []:
        if str(block.get("block_id", "")).startswith("question:"):
            first = block["elements"][0]
            return str((first.get("options") or [first])[0]["text"]["text"])
    if said.startswith("Question "):
        return "4"  # a number question has no buttons
    if "ref " in said or said == "ok":
        return "hello"
    return None


class Load:
    def __init__(self, fake: FakeSlack) -> None:
        self.fake = fake
        self.waiting: dict[str, threading.Event] = {}
        self.next_text: dict[str, str] = {}  # channel -> what its person types next
        self.counter = 0
        self.lock = threading.Lock()
        self.last_call = time.perf_counter()
        fake.on_call = self._seen

    def _seen(self, call: Call) -> None:
        self.last_call = time.perf_counter()
        typed = what_to_type(call) if call.method == "chat.postMessage" else None
        if typed is not None:
            channel = str(call.args.get("channel"))
            self.next_text[channel] = typed
            event = self.waiting.get(channel)
            if event is not None:
                event.set()

    def quiet(self, *, for_seconds: float = 0.05) -> float:
        """Wait until the app makes no Web API call for a moment; when its last call arrived."""
        while time.perf_counter() - self.last_call < for_seconds:
            time.sleep(for_seconds / 5)
        return self.last_call

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
        self,
        server: subprocess.Popen[bytes],
        base: str,
        *,
        users: int,
        answers: int,
        prefix: str,
    ) -> Run:
        for u in range(users):  # warm-up: the greeting and first question (not measured)
            self.ask(base, f"{prefix}{u}", "hi")
        self.quiet()
        latencies: list[float] = []

        def person(u: int) -> None:
            user = f"{prefix}{u}"
            for _ in range(answers):
                latencies.append(self.ask(base, user, self.next_text.get(f"D{user}", "hello")))

        threads = [threading.Thread(target=person, args=(u,)) for u in range(users)]
        server_cpu, harness_cpu = tree_cpu(server.pid), time.process_time()
        started = time.perf_counter()
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        finished = self.quiet()  # a turn may still be rewriting the answered question: count that too
        return Run(
            finished - started,
            latencies,
            tree_cpu(server.pid) - server_cpu,
            time.process_time() - harness_cpu,
        )


@dataclass
class Run:
    wall: float
    latencies: list[float]
    server_cpu: float  # seconds of CPU the app under test used
    harness_cpu: float  # seconds of CPU this process used: the load, and the fake Web API

    @property
    def rate(self) -> float:
        return len(self.latencies) / self.wall

    @property
    def cpu(self) -> float:
        """Seconds of the app's own CPU per answer."""
        return self.server_cpu / len(self.latencies)


def tree_cpu(pid: int) -> float:
    """CPU seconds used so far by a process and its children (gunicorn's workers), from /proc."""
    total = 0.0
    try:
        with open(f"/proc/{pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        with open(f"/proc/{pid}/task/{pid}/children") as children:
            kids = [int(kid) for kid in children.read().split()]
    except OSError:
        return float("nan")  # not Linux: the CPU split is left out
    return total + sum(tree_cpu(kid) for kid in kids)


@dataclass
class App:
    name: str
    process: subprocess.Popen[bytes]
    base: str
    runs: list[Run]

    def rate(self) -> float:
        """Answers per second: the median over the rounds (the host's noise moves single runs)."""
        return statistics.median(run.rate for run in self.runs)

    def report(self) -> None:
        ordered = sorted(latency for run in self.runs for latency in run.latencies)
        n = len(ordered)
        p99 = ordered[min(n - 1, int(n * 0.99))]
        p50 = statistics.median(ordered)
        app_cpu = sum(run.server_cpu for run in self.runs) / n
        harness_cpu = sum(run.harness_cpu for run in self.runs) / n
        print(
            f"{self.name:>22}: {self.rate():6.1f} answers/s  p50 {p50 * 1000:6.1f} ms  p99 {p99 * 1000:6.1f} ms"
            f"  CPU/answer: app {app_cpu * 1000:5.2f} ms, load+fake {harness_cpu * 1000:5.2f} ms"
        )


def cost_ratios(cheaper: App, dearer: App) -> list[float]:
    """Per round, how many times the cost per request of `cheaper` `dearer` is. The apps of a round
    run back to back, so a slow spell of the host slows both sides of a ratio (medians of whole
    runs would compare different spells)."""
    return [c.rate / d.rate for c, d in zip(cheaper.runs, dearer.runs, strict=True)]


def cpu_ratios(cheaper: App, dearer: App) -> list[float]:
    """Per round, the app's own CPU per answer of `dearer` over `cheaper`'s: what an answer costs the
    server, apart from the load and the fake Web API, which share the host's cores with it (on a small
    host they move the rate ratio by how much CPU they leave the app, not by what the app spends)."""
    return [d.cpu / c.cpu for c, d in zip(cheaper.runs, dearer.runs, strict=True)]


def p50(app: App) -> float:
    return statistics.median(latency for run in app.runs for latency in run.latencies)


def latency_ratios(cheaper: App, dearer: App) -> list[float]:
    """Per round, the median answer latency of `dearer` over `cheaper`'s (the same spell of the host)."""
    return [statistics.median(d.latencies) / statistics.median(c.latencies)
            for c, d in zip(cheaper.runs, dearer.runs, strict=True)]  # fmt: skip


def measure(args: argparse.Namespace, latency_ms: float) -> tuple[list[App], list[float], list[float]]:
    """Every app, round after round, against a fake Web API whose calls take `latency_ms`."""
    with FakeSlack(tokens={TOKEN: "T1"}, latency=latency_ms / 1000) as fake, tempfile.TemporaryDirectory() as tmp:
        env = {
            "SLACK_BOT_TOKEN": TOKEN,
            "SLACK_SIGNING_SECRET": SECRET,
            "SLACK_API_BASE_URL": fake.url,
            "WEB_CONCURRENCY": str(args.workers),
            "WEB_THREADS": str(args.threads),
        }
        ours_env = {**env, "DATABASE_URL": f"sqlite:///{tmp}/bench.sqlite3"}
        if args.fixed_order:
            ours_env["INTERVIEW_ORDER"] = "fixed"
        bare = [sys.executable, str(ROOT / "bench" / "bare_bolt_app.py")]
        ours = [sys.executable, "-m", "bot.entrypoints.cli", "serve", "--port"]
        setups = [
            ("bare Bolt, 1 call", bare, env, "/nothing-here-but-alive"),
            ("bare Bolt, 2 calls", bare, {**env, "BARE_CALLS": "2"}, "/nothing-here-but-alive"),
            ("bare, 2 calls + storage", bare, {**env, "BARE_DB": f"{tmp}/floor.sqlite3"}, "/nothing-here-but-alive"),
            ("waiter", ours, ours_env, "/healthz"),
        ]
        load = Load(fake)
        apps: list[App] = []
        try:
            for name, command, app_env, health in setups:
                port = free_port()
                process = start([*command, str(port)], app_env, f"http://127.0.0.1:{port}{health}")
                apps.append(App(name, process, f"http://127.0.0.1:{port}", []))
            for round_ in range(args.rounds):
                order = apps[round_ % len(apps) :] + apps[: round_ % len(apps)]  # no app always goes first
                for number, app in enumerate(order):
                    prefix = f"r{round_}a{number}u"  # new people every round: the same mix of questions
                    app.runs.append(load.run(app.process, app.base, users=args.users, answers=args.answers,
                                             prefix=prefix))  # fmt: skip
        finally:
            for app in apps:
                app.process.terminate()
                app.process.wait(30)
    two_calls, waiter = apps[1], apps[3]
    return apps, cost_ratios(two_calls, waiter), latency_ratios(two_calls, waiter)


def report(
    args: argparse.Namespace, latency_ms: float, apps: list[App], cost: list[float], slower: list[float]
) -> None:
    interviewer = "FixedOrder" if args.fixed_order else "the default (adaptive)"
    print(
        f"\n== Web API calls take {latency_ms:g} ms. {args.users} people x {args.answers} DM answers x {args.rounds} "
        f"rounds per app; signed HTTP; gunicorn {args.workers} worker(s) x {args.threads} threads; "
        f"interviewer: {interviewer}"
    )
    for app in apps:
        app.report()
    one_call, two_calls, floor, waiter = apps
    ratio, late = statistics.median(cost), statistics.median(slower)
    print(
        f"cost per answer: {ratio:.2f}x the bare app making the same two calls (target <= 1.5x): "
        f"{'OK' if ratio <= 1.5 else 'OVER'}   (rounds: {' '.join(f'{r:.2f}' for r in cost)})"
    )
    cpu = cpu_ratios(two_calls, waiter)
    if not any(math.isnan(r) for r in cpu):
        print(
            f"  the same by the app's own CPU per answer: {statistics.median(cpu):.2f}x ("
            f"{statistics.median(r.cpu for r in waiter.runs) * 1000:.2f} ms vs "
            f"{statistics.median(r.cpu for r in two_calls.runs) * 1000:.2f} ms; the ratio above also "
            f"counts the load and the fake, which share the host)   (rounds: {' '.join(f'{r:.2f}' for r in cpu)})"
        )
    print(
        f"answer to next question posted, p50: {late:.2f}x the bare app's ({p50(waiter) * 1000:.1f} ms vs "
        f"{p50(two_calls) * 1000:.1f} ms; target within 10% with realistic latency): "
        f"{'OK' if late <= 1.1 else 'OVER'}   (rounds: {' '.join(f'{r:.2f}' for r in slower)})"
    )
    print(
        f"context: vs the bare app making one call {statistics.median(cost_ratios(one_call, waiter)):.2f}x; "
        f"the floor (two calls + a turn's storage in raw sqlite3, no ORM, no logic) costs "
        f"{statistics.median(cost_ratios(two_calls, floor)):.2f}x the two-call app, and the waiter "
        f"{statistics.median(cost_ratios(floor, waiter)):.2f}x that floor"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, default=16, help="people answering at the same time")
    parser.add_argument("--answers", type=int, default=8, help="measured answers per person and round")
    parser.add_argument("--rounds", type=int, default=3, help="rounds; each app runs once per round, in turn")
    parser.add_argument(
        "--workers", type=int, default=2, help="gunicorn workers, the same for every app (serve's default: 2)"
    )
    parser.add_argument("--threads", type=int, default=8, help="threads per worker, the same for every app")
    parser.add_argument(
        "--latency-ms", type=float, nargs="+", default=[0.0, 50.0],
        help="how long each Web API call takes, one run per value (default: loopback, then a realistic 50 ms)",
    )  # fmt: skip
    parser.add_argument(
        "--fixed-order",
        action="store_true",
        help="serve with FixedOrder instead of the adaptive interviewer (adapter cost alone)",
    )
    args = parser.parse_args()
    for latency_ms in args.latency_ms:
        report(args, latency_ms, *measure(args, latency_ms))


if __name__ == "__main__":
    main()
