"""The `clock` process (the Procfile's): ticks the digest scheduler until SIGTERM or SIGINT."""

from __future__ import annotations

import logging
import signal
import threading
from datetime import UTC, datetime

from bot.bootstrap import bootstrap
from bot.entrypoints.server import prepare, require_slack_credentials
from bot.settings import Settings

log = logging.getLogger("mlops_waiter.clock")


def run(settings: Settings, *, interval: float = 30.0) -> None:
    """Tick every `interval` seconds until SIGTERM/SIGINT."""
    require_slack_credentials(settings, signing=False)
    prepare(settings)  # token-redacting logs; the embedded SQLite default migrates itself
    stop = threading.Event()
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    with bootstrap(settings) as runtime:
        clock = runtime.digest_clock()
        log.info("digest clock started (every %.0fs)", interval)
        while not stop.is_set():
            try:
                clock.tick(datetime.now(UTC))
            except Exception:  # a database blip must not kill the scheduler; the next tick retries
                log.exception("digest clock tick failed")
            stop.wait(interval)
