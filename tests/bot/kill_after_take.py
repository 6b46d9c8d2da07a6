"""Fault injection for test_worker_kill, imported by `serve` before it starts (its workers inherit it).

The work thread of a DM answer is killed with SIGKILL right after it took the answer from the inbox
(accepted and committed, Slack's 200 sent) and before the conversation changes, once: when the
file named by WAITER_TEST_KILL_AFTER_TAKE appears (the test creates it after it got the 200). No
code of the app changes; the inbox's `take` is wrapped in this process only.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import datetime
from pathlib import Path

from bot.storage.inbox import Inbox, Letter

GO = Path(os.environ["WAITER_TEST_KILL_AFTER_TAKE"])
WAIT_SECONDS = 20  # then the answer goes on as usual (the test fails on what it sees)
_take = Inbox.take


def take_then_die(self: Inbox, key: str, *, now: datetime) -> Letter | None:
    letter = _take(self, key, now=now)
    if letter is None:
        return None
    deadline = time.monotonic() + WAIT_SECONDS
    while not GO.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    try:
        GO.rename(GO.with_name(GO.name + ".done"))  # one process wins: the worker dies once
    except FileNotFoundError:
        return letter
    os.kill(os.getpid(), signal.SIGKILL)
    return letter


Inbox.take = take_then_die  # type: ignore[method-assign]
