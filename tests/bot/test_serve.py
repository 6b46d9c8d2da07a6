"""`mlops-waiter serve` in a subprocess: the real gunicorn stack, /healthz, a signed request."""

from __future__ import annotations

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
from tests.bot.slack_driver import sign

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def serve(env: dict[str, str], cwd: Path) -> Iterator[str]:
    """Start `mlops-waiter serve` with exactly `env` (plus PATH), yield its base URL, stop it."""
    port = free_port()
    command = [
        sys.executable,
        "-c",
        "import sys; from bot.entrypoints.cli import main; sys.exit(main())",
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
        command, env=environment, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60  # start-up wait, not an assertion on speed
        while time.monotonic() < deadline and process.poll() is None:
            try:
                with urllib.request.urlopen(base + "/healthz", timeout=1) as ready:
                    ready.read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        if process.poll() is not None:
            output = process.stdout.read().decode() if process.stdout else ""
            if process.stdout:
                process.stdout.close()
            pytest.fail(f"serve exited with {process.returncode}:\n{output[-3000:]}")
        yield base
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
        if process.stdout:
            output = process.stdout.read().decode()
            process.stdout.close()
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
        for base in serve(env, tmp_path):
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
        assert fake.rejected == []
