"""People talking to a running `serve` at once, timing every ack (shared by tests/bot and bench/bench_acks.py).

Each person runs `/mlops`, then answers the questions that reach their DM by typing, as a person
would; every POST's time to its HTTP answer (Slack's 3-second deadline) is recorded. Bounded: a
person stops after `answers` answers or at `deadline`, whichever comes first.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlencode

from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_driver import sign

_event_ids = itertools.count(1)


@dataclass
class Acks:
    """Seconds from sending each request to its HTTP answer, and the statuses."""

    times: list[float] = field(default_factory=list)
    statuses: list[int] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, seconds: float, status: int) -> None:
        with self.lock:
            self.times.append(seconds)
            self.statuses.append(status)

    def over(self, limit: float = 3.0) -> int:
        return sum(1 for t in self.times if t > limit)

    def summary(self) -> str:
        ordered = sorted(self.times)
        if not ordered:
            return "no requests"
        p50, p99 = ordered[len(ordered) // 2], ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
        top = ordered[-1]
        return f"{len(ordered)} acks: p50 {p50:.3f} s, p99 {p99:.3f} s, max {top:.3f} s, {self.over()} over 3 s"


def post(base: str, secret: str, body: bytes, content_type: str, acks: Acks) -> str:
    """POST a signed request; record its time to answer; return the answer's text."""
    stamp = int(time.time())
    request = urllib.request.Request(base + "/slack/events", data=body, headers={
        "Content-Type": content_type, "X-Slack-Request-Timestamp": str(stamp),
        "X-Slack-Signature": sign(secret, stamp, body)})  # fmt: skip
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as reply:
            text, status = reply.read().decode(), int(reply.status)
    except urllib.error.HTTPError as error:
        text, status = error.read().decode(), int(error.code)
        error.close()
    acks.add(time.perf_counter() - started, status)
    return text


def slash(base: str, secret: str, user: str, text: str, acks: Acks, *, response_url: str) -> str:
    form = {"command": "/mlops", "text": text, "user_id": user, "team_id": "T1", "channel_id": "C1",
            "response_url": response_url, "trigger_id": "1.2.3", "api_app_id": "A1"}  # fmt: skip
    return post(base, secret, urlencode(form).encode(), "application/x-www-form-urlencoded", acks)


def dm(base: str, secret: str, user: str, text: str, acks: Acks) -> str:
    n = next(_event_ids)
    event = {"type": "message", "channel_type": "im", "channel": "D" + user.lstrip("U"), "user": user,
             "text": text, "ts": f"1800000000.{n:06d}", "team": "T1"}  # fmt: skip
    envelope = {"type": "event_callback", "team_id": "T1", "api_app_id": "A1", "event_id": f"EvLoad{n:08d}",
                "event": event, "authorizations": [{"team_id": "T1", "user_id": "UBOT", "is_bot": True}]}  # fmt: skip
    return post(base, secret, json.dumps(envelope).encode(), "application/json", acks)


def typed_answer(fake: FakeSlack, channel: str) -> str | None:
    """What a person types to the question last posted in their DM (its first option's label), or None."""
    posts = fake.posts(channel)
    for message in reversed(posts):
        for block in message.get("blocks") or []:
            if str(block.get("block_id", "")).startswith("question:"):
                first = block["elements"][0]
                return str((first.get("options") or [first])[0]["text"]["text"])
        if str(message.get("text", "")).startswith("Question "):
            return "4"
        if str(message.get("text", "")).startswith("My picks"):
            return "cheaper"
    return None


def people(base: str, secret: str, fake: FakeSlack, *, count: int, answers: int, deadline: float) -> Acks:
    """`count` people at once: each runs /mlops, then types up to `answers` answers; all their acks."""
    acks = Acks()

    def person(u: int) -> None:
        user = f"U{9000 + u}"
        slash(base, secret, user, "", acks, response_url=fake.response_url(user))
        seen = 0
        for _ in range(answers):
            while time.monotonic() < deadline and len(fake.posts("D" + user.lstrip("U"))) == seen:
                time.sleep(0.02)  # wait for the next question to reach the DM
            if time.monotonic() >= deadline:
                return
            seen = len(fake.posts("D" + user.lstrip("U")))
            dm(base, secret, user, typed_answer(fake, "D" + user.lstrip("U")) or "hello", acks)

    threads = [threading.Thread(target=person, args=(u,)) for u in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=max(1.0, deadline - time.monotonic() + 35))
    return acks
