"""Fault injection for test_worker_kill, imported by `serve` before it starts (its workers inherit it).

The work thread of a DM answer is killed with SIGKILL inside the turn's transaction, right after it
claimed the answer in the inbox (accepted and committed, Slack's 200 sent) and before that claim and
the conversation's change commit, once: when the file named by WAITER_TEST_KILL_IN_TURN appears (the
test creates it after it got the 200). No code of the app changes; the inbox's `take_in` is wrapped
in this process only.
"""

from __future__ import annotations

import os
import signal
import time
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection

from bot.storage.inbox import Inbox, Letter

GO = Path(os.environ["WAITER_TEST_KILL_IN_TURN"])
WAIT_SECONDS = 20  # then the answer goes on as usual (the test fails on what it sees)
_take_in = Inbox.take_in


def claim_then_die(self: Inbox, connection: Connection, key: str, *, now: datetime) -> Letter | None:
    letter = _take_in(self, connection, key, now=now)
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


Inbox.take_in = claim_then_die  # type: ignore[method-assign]
