"""Helpers for tests that run the app as a real process: wait for a condition, stop a process."""

from __future__ import annotations

import signal
import subprocess
import time
from collections.abc import Callable
from typing import Any


def until(done: Callable[[], object], what: str, *, timeout: float = 30) -> None:
    """Poll `done` until it is true, or fail naming `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while not done():
        assert time.monotonic() < deadline, f"timed out after {timeout:.0f} s waiting for {what}"
        time.sleep(0.05)


def stop(process: subprocess.Popen[Any], *, timeout: float = 30) -> None:
    """SIGTERM, and SIGKILL if it has not gone within `timeout` seconds."""
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=timeout)
