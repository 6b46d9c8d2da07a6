"""The gate in front of Bolt: what Slack never sends is refused cheaply, with a 4xx and no traceback."""

from __future__ import annotations

import io
import json
import logging
from typing import Any

import pytest

from bot.slack.logs import OneLine, configure_logging
from bot.slack.wsgi import MAX_REQUEST_BYTES
from tests.bot.fake_slack import FakeSlack
from tests.bot.slack_driver import SlackDriver


class Unreadable(io.BytesIO):
    """A request body that fails the test if more than `allowed` bytes of it are read."""

    def __init__(self, size: int, allowed: int) -> None:
        super().__init__(b"x" * size)
        self.allowed = allowed

    def read(self, n: int | None = -1) -> bytes:
        data = super().read(n)
        assert self.tell() <= self.allowed, f"read {self.tell()} bytes of a body that should be refused unread"
        return data


def raw_post(slack: SlackDriver, body: Any, headers: dict[str, str], *, length: str | None) -> tuple[int, str]:
    environ: dict[str, Any] = {
        "REQUEST_METHOD": "POST", "PATH_INFO": "/slack/events", "QUERY_STRING": "", "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "3000", "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http", "wsgi.input": body,
        "CONTENT_TYPE": "application/json",
    }  # fmt: skip
    if length is not None:
        environ["CONTENT_LENGTH"] = length
    for name, value in headers.items():
        environ["HTTP_" + name.upper().replace("-", "_")] = value
    captured: dict[str, Any] = {}

    def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
        captured["status"], captured["headers"] = int(status.split()[0]), dict(response_headers)

    text = b"".join(slack.wsgi(environ, start_response)).decode()
    return captured["status"], text + json.dumps(captured["headers"])


def test_a_ten_megabyte_body_is_refused_with_413_before_it_is_read(slack: SlackDriver) -> None:
    size = 10 * 1024 * 1024
    status, text = raw_post(slack, Unreadable(size, allowed=0), {}, length=str(size))
    assert status == 413 and '"Connection": "close"' in text


def test_a_chunked_body_over_the_limit_is_refused_after_reading_no_more_than_the_limit(slack: SlackDriver) -> None:
    body = Unreadable(10 * 1024 * 1024, allowed=MAX_REQUEST_BYTES + 1)
    assert raw_post(slack, body, {}, length=None)[0] == 413


@pytest.mark.parametrize(
    ("body", "headers"),
    [
        (b'{"type": "event_callback", "event": ', {}),  # JSON content type, bad JSON, unsigned
        (b"\xff\xfe\xfa not utf-8", {}),
        (b"{}", {"X-Slack-Request-Timestamp": "not-a-number", "X-Slack-Signature": "v0=00"}),
        (b"{}", {"X-Slack-Request-Timestamp": "\u0661\u0662", "X-Slack-Signature": "v0=\u00e9"}),
        (b"{}", {"X-Slack-Request-Timestamp": "1" * 400, "X-Slack-Signature": "v0=00"}),
        (b"{}", {"X-Slack-Signature": "v0=00"}),
    ],
)
def test_an_unsigned_or_malformed_request_gets_401_and_no_traceback(
    slack: SlackDriver, fake_slack: FakeSlack, caplog: pytest.LogCaptureFixture, body: bytes, headers: dict[str, str]
) -> None:
    caplog.set_level(logging.DEBUG)
    status, _ = raw_post(slack, io.BytesIO(body), headers, length=str(len(body)))
    assert status == 401
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]
    assert fake_slack.calls == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"type": "event_callback", "event": ', "application/json"),
        (b"\xff\xfe not utf-8", "application/x-www-form-urlencoded"),
        (b"payload=%7Bnot+json", "application/x-www-form-urlencoded"),
        (b"[1, 2, 3]", "application/json"),
    ],
)
def test_a_signed_but_malformed_request_gets_400_and_no_traceback(
    slack: SlackDriver, caplog: pytest.LogCaptureFixture, body: bytes, content_type: str
) -> None:
    caplog.set_level(logging.DEBUG)
    assert slack.post(body, content_type).status == 400
    assert not [r for r in caplog.records if r.exc_info or r.levelno >= logging.ERROR]


def test_a_bad_signature_never_puts_the_body_in_the_log(slack: SlackDriver, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secret_looking = "password=hunter2&text=" + "A" * 5000
    reply = slack.post(secret_looking.encode(), "application/x-www-form-urlencoded", bad_signature=True)
    assert reply.status == 401
    assert "hunter2" not in caplog.text and "AAAA" not in caplog.text


def test_bolts_verification_logger_never_writes_a_body(monkeypatch: pytest.MonkeyPatch) -> None:
    root, bolt = logging.getLogger(), logging.getLogger("slack_bolt.RequestVerification")
    monkeypatch.setattr(root, "handlers", list(root.handlers))
    monkeypatch.setattr(bolt, "level", logging.INFO)
    level = root.level
    stream = io.StringIO()
    try:
        configure_logging("INFO").setStream(stream)
        bolt.info("Invalid request signature detected (signature: v0=1, timestamp: 1, body: secret-body)")
    finally:
        root.setLevel(level)
    assert "secret-body" not in stream.getvalue() and "Invalid request signature" in stream.getvalue()


def test_a_newline_in_a_logged_value_cannot_forge_a_log_line() -> None:
    formatter = OneLine("%(levelname)s %(name)s: %(message)s")
    record = logging.LogRecord("bot", logging.WARNING, __file__, 1, "unknown tool %s", ("x\nINFO bot: forged",), None)
    assert formatter.format(record) == "WARNING bot: unknown tool x\\nINFO bot: forged"
    try:
        raise ValueError("boom\nINFO bot: forged too")
    except ValueError:
        import sys

        record = logging.LogRecord("bot", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    lines = formatter.format(record).splitlines()
    assert lines[0] == "ERROR bot: failed" and all(line.startswith("    | ") for line in lines[1:])
