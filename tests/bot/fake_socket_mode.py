"""Slack's Socket Mode edge on 127.0.0.1: a WebSocket server that says hello, sends envelopes, collects acks.

`apps.connections.open` (on FakeSlack) hands out `url`; the app connects to it, Slack-style: a
`hello` first, then `events_api` / `slash_commands` envelopes, each acked by the app with its
envelope id (and, for a slash command, the response in the ack's payload). `drop()` closes the
connection from Slack's side, as Slack does when it recycles one; the app must open a new one.
"""

from __future__ import annotations

import itertools
import json
import threading
import time
from typing import Any

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve


class FakeSocketMode:
    """Start with `with FakeSocketMode() as edge:` and set `fake_slack.socket_url = edge.url`."""

    def __init__(self) -> None:
        self.connections = 0  # WebSocket connections opened so far
        self.acks: dict[str, dict[str, Any]] = {}  # envelope id -> the app's ack
        self._current: ServerConnection | None = None
        self._ids = itertools.count(1)
        self._changed = threading.Condition()
        self.server: Server = serve(self._session, "127.0.0.1", 0, close_timeout=1, ping_interval=None)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.socket.getsockname()[1]}/link/?ticket=fake&app_id=A1"

    def __enter__(self) -> FakeSocketMode:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.thread.join(timeout=10)

    # -- what tests do ------------------------------------------------------------------------

    def wait_connected(self, count: int = 1, *, timeout: float = 60) -> None:
        """Until `count` connections were opened in all and one is open now."""
        self._wait(lambda: self.connections >= count and self._current is not None, timeout, f"connection {count}")

    def send(self, kind: str, payload: dict[str, Any], *, timeout: float = 20) -> dict[str, Any]:
        """Send one envelope (`events_api`, `slash_commands`, `interactive`) and return the app's ack."""
        envelope_id = f"env-{next(self._ids)}"
        envelope = {
            "envelope_id": envelope_id, "type": kind, "payload": payload,
            "accepts_response_payload": kind != "events_api", "retry_attempt": 0, "retry_reason": "",
        }  # fmt: skip
        with self._changed:
            connection = self._current
        assert connection is not None, "the app holds no Socket Mode connection"
        connection.send(json.dumps(envelope))
        self._wait(lambda: envelope_id in self.acks, timeout, f"the ack of {kind} {envelope_id}")
        return self.acks[envelope_id]

    def drop(self) -> None:
        """Close the open connection from Slack's side (a close frame, then the TCP connection)."""
        with self._changed:
            connection = self._current
        assert connection is not None
        connection.close(code=1001, reason="going away")

    # -- the server ---------------------------------------------------------------------------

    def _session(self, connection: ServerConnection) -> None:
        with self._changed:
            self.connections += 1
            self._current = connection
            self._changed.notify_all()
        connection.send(json.dumps({"type": "hello", "num_connections": 1, "connection_info": {"app_id": "A1"},
                                    "debug_info": {"host": "fake", "approximate_connection_time": 3600}}))  # fmt: skip
        try:
            for message in connection:
                data = json.loads(message)
                if isinstance(data, dict) and "envelope_id" in data:
                    with self._changed:
                        self.acks[str(data["envelope_id"])] = data
                        self._changed.notify_all()
        except ConnectionClosed:
            pass
        finally:
            with self._changed:
                if self._current is connection:
                    self._current = None
                self._changed.notify_all()

    def _wait(self, done: Any, timeout: float, what: str) -> None:
        deadline = time.monotonic() + timeout
        with self._changed:
            while not done():
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")
                self._changed.wait(left)
