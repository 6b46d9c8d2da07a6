"""`mlops-waiter serve` in a subprocess: the real gunicorn stack, /healthz, a signed request."""

from __future__ import annotations

import http.client
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.bot.conftest import BOT_TOKEN, SECRET
from tests.bot.fake_slack import FakeSlack
from tests.bot.processes import stop
from tests.bot.slack_driver import sign

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(
    env: dict[str, str], cwd: Path, *, logs: list[str] | None = None, kill: bool = False, preload: str = "sys",
) -> Iterator[str]:  # fmt: skip
    """Start `mlops-waiter serve` with exactly `env` (plus PATH), yield its base URL, stop it (its
    output goes into `logs`); `kill`: at once, with its workers (as a crash would); `preload`: a
    module the server imports first (a test's fault injection, inherited by the workers)."""
    port = free_port()
    command = [
        sys.executable,
        "-c",
        f"import sys, {preload}; from bot.entrypoints.cli import main; sys.exit(main())",
        "serve",
        "--port",
        str(port),
    ]
    environment = {
        "PATH": os.environ.get("PATH", ""),
        "PYTHONPATH": str(ROOT),
        "WEB_CONCURRENCY": "1",
        "HOME": str(cwd),  # the default store (the user's data directory) lands in this test's folder
        "XDG_DATA_HOME": str(cwd / "data"),
        **env,
    }
    process = subprocess.Popen(
        command, env=environment, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: `kill` takes the workers too
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # start-up wait, not an assertion on speed
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=5) as ready:
                    ready.read()
                break
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.1)  # not up yet, or the worker is still importing the app on a slow host
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            if process.stdout:
                process.stdout.close()
            pytest.fail(f"serve exited with {process.returncode}:\n{output[-3000:]}")
        yield base
    finally:
        if kill:
            os.killpg(process.pid, signal.SIGKILL)
        stop(process)
        if process.stdout:
            output = process.stdout.read().decode()
            process.stdout.close()
            if logs is not None:
                logs.append(output)
            assert BOT_TOKEN not in output and SECRET not in output


def test_serve_starts_with_only_the_bot_token_and_signing_secret_and_answers_healthz(
    tmp_path: Path,
) -> None:
    env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET}
    for base in serve(env, tmp_path):
        with urllib.request.urlopen(base + "/healthz", timeout=10) as reply:
            assert reply.status == 200 and reply.read() == b"ok\n"


def test_serve_answers_a_signed_slash_command_and_refuses_an_unsigned_one(tmp_path: Path) -> None:
    with FakeSlack(tokens={BOT_TOKEN: "T1"}) as fake:
        env = {
            "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_BASE_URL": fake.url,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}",
        }  # fmt: skip
        logs: list[str] = []
        for base in serve({**env, "LOG_LEVEL": "DEBUG"}, tmp_path, logs=logs):
            body = urlencode(
                {
                    "command": "/mlops",
                    "text": "help",
                    "user_id": "U1",
                    "team_id": "T1",
                    "channel_id": "C1",
                    "response_url": fake.response_url("x"),
                }
            ).encode()
            stamp = int(time.time())
            signed = urllib.request.Request(base + "/slack/events", data=body, headers={
                "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sign(SECRET, stamp, body),
                "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
            with urllib.request.urlopen(signed, timeout=10) as reply:
                assert reply.status == 200 and "/mlops compare" in reply.read().decode()
            unsigned = urllib.request.Request(base + "/slack/events", data=body)
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(unsigned, timeout=10)
            refused.value.close()
            assert refused.value.code == 401
            assert post_declaring(base, 10 * 1024 * 1024) == 413
            forged = b"x=1\n2026-12-01 00:00:00 ERROR bot: FORGED\n" + b"MARKER" * 20_000
            assert post(base, forged, {"X-Slack-Request-Timestamp": "nan", "Content-Type": "application/json"}) == 401
            assert post(base, b"{bad json MARKER", {"Content-Type": "application/json"}) == 401
            assert post(base, b"\xff\xfeMARKER", {}) == 401
        assert fake.rejected == []
    assert "MARKER" not in logs[0] and "FORGED" not in logs[0] and "Traceback" not in logs[0]


def post(base: str, body: bytes, headers: dict[str, str]) -> int:
    request = urllib.request.Request(base + "/slack/events", data=body, headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=10) as reply:
            return int(reply.status)
    except urllib.error.HTTPError as error:
        error.close()
        return int(error.code)


def post_declaring(base: str, size: int) -> int:
    """Declare a body of `size` bytes, send the first KB of it and read the answer (sent before the rest)."""
    connection = http.client.HTTPConnection(base.removeprefix("http://"), timeout=10)
    try:
        connection.putrequest("POST", "/slack/events")
        connection.putheader("Content-Type", "application/json")
        connection.putheader("Content-Length", str(size))
        connection.endheaders(b"x" * 1024)
        return connection.getresponse().status
    finally:
        connection.close()
