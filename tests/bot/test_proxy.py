"""deploy/nginx.conf as it ships, run on loopback in front of a real `mlops-waiter serve`."""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from urllib.parse import urlencode

import pytest

from bot.settings import Settings
from bot.slack.wsgi import MAX_REQUEST_BYTES
from tests.bot.conftest import BOT_TOKEN, SECRET
from tests.bot.fake_slack import FakeSlack
from tests.bot.processes import stop
from tests.bot.slack_driver import sign
from tests.bot.test_serve import free_port, post_declaring, serve

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin", "/sbin"]))
needs_nginx = pytest.mark.skipif(NGINX is None, reason="no nginx binary on this machine (.ci/run installs nginx-light)")


def site(upstream: int, listen: int) -> str:
    """deploy/nginx.conf with only its two addresses changed."""
    text = CONFIG.read_text(encoding="utf-8")
    text, ups = re.subn(r"server 127\.0\.0\.1:3000;", f"server 127.0.0.1:{upstream};", text)
    text, listens = re.subn(r"listen 80;", f"listen 127.0.0.1:{listen};", text)
    assert ups == listens == 1, "deploy/nginx.conf no longer has the addresses this test replaces"
    return text


@contextmanager
def nginx(upstream: int, folder: Path) -> Iterator[str]:
    """nginx in the foreground with deploy/nginx.conf as its only site; yields its base URL."""
    assert NGINX is not None
    folder.mkdir()
    port = free_port()
    (folder / "site.conf").write_text(site(upstream, port), encoding="utf-8")
    user = "user root;\n" if os.geteuid() == 0 else ""  # workers must reach the temp folders below
    (folder / "nginx.conf").write_text(
        f"{user}worker_processes 1;\npid {folder}/nginx.pid;\nevents {{ worker_connections 256; }}\n"
        f"http {{\n  access_log off;\n  client_body_temp_path {folder}/body;\n  proxy_temp_path {folder}/proxy;\n"
        f"  include {folder}/site.conf;\n}}\n",
        encoding="utf-8",
    )
    command = [NGINX, "-p", str(folder), "-c", str(folder / "nginx.conf"), "-e", str(folder / "error.log"),
               "-g", "daemon off;"]  # fmt: skip
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True, timeout=30, check=False)
    assert checked.returncode == 0, checked.stderr
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None, (folder / "error.log").read_text()
                assert time.monotonic() < deadline, "nginx did not start listening"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop(process, timeout=20)


def slash_command(base: str, fake: FakeSlack) -> tuple[int, str]:
    body = urlencode({"command": "/mlops", "text": "help", "user_id": "U1", "team_id": "T1", "channel_id": "C1",
                      "response_url": fake.response_url("x")}).encode()  # fmt: skip
    stamp = int(time.time())
    signed = urllib.request.Request(base + "/slack/events", data=body, headers={
        "X-Slack-Request-Timestamp": str(stamp), "X-Slack-Signature": sign(SECRET, stamp, body),
        "Content-Type": "application/x-www-form-urlencoded"})  # fmt: skip
    with urllib.request.urlopen(signed, timeout=10) as reply:
        return int(reply.status), reply.read().decode()


def slow_client(base: str) -> socket.socket:
    """A client that sends its headers and a few bytes of its body, then nothing."""
    connection = socket.create_connection(("127.0.0.1", int(base.rsplit(":", 1)[1])), timeout=10)
    connection.sendall(b"POST /slack/events HTTP/1.1\r\nHost: waiter\r\nContent-Type: application/json\r\n"
                       b"Content-Length: 5000\r\n\r\n{\"type\": ")  # fmt: skip
    return connection


def test_the_shipped_proxy_limit_is_serves_limit() -> None:
    size = re.search(r"client_max_body_size (\d+)m;", CONFIG.read_text(encoding="utf-8"))
    assert size is not None and int(size.group(1)) * 1024 * 1024 == MAX_REQUEST_BYTES
    assert Settings(_env_file=None).max_request_bytes == MAX_REQUEST_BYTES  # type: ignore[call-arg]
    assert "proxy_request_buffering on;" in CONFIG.read_text(encoding="utf-8")


@needs_nginx
def test_nginx_passes_signed_requests_refuses_large_bodies_and_holds_slow_clients_away_from_serve(
    tmp_path: Path,
) -> None:
    with FakeSlack(tokens={BOT_TOKEN: "T1"}) as fake:
        env = {"SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_BASE_URL": fake.url,
               "DATABASE_URL": f"sqlite:///{tmp_path / 'serve.sqlite3'}", "BIND_HOST": "127.0.0.1",
               "WEB_THREADS": "2"}  # fmt: skip
        logs: list[str] = []
        for direct in serve(env, tmp_path, logs=logs):
            with nginx(int(direct.rsplit(":", 1)[1]), tmp_path / "nginx") as base:
                status, text = slash_command(base, fake)
                assert status == 200 and "/mlops compare" in text
                with urllib.request.urlopen(base + "/healthz", timeout=10) as health:
                    assert health.read() == b"ok\n"
                assert post_declaring(base, MAX_REQUEST_BYTES + 1) == 413  # nginx's answer: serve never sees it
                with ExitStack() as stack:  # more slow clients than serve has request threads
                    for _ in range(4):
                        stack.callback(slow_client(base).close)
                    status, text = slash_command(base, fake)
                    assert status == 200 and "/mlops compare" in text
        assert fake.rejected == []
    assert "request body too large" not in logs[0]  # refused by nginx, not by serve's gate
    assert "Traceback" not in logs[0]
