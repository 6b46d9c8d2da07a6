"""The kept-alive transport under slack_sdk's WebClient: reuse, proxies, servers that close."""

from __future__ import annotations

from http.server import BaseHTTPRequestHandler, HTTPServer
from threading import Thread

import pytest
from slack_sdk.errors import SlackApiError

from bot.slack.clients import KeepAliveWebClient
from bot.slack.transport import POOL, _charset
from tests.bot.conftest import BOT_TOKEN
from tests.bot.fake_slack import Failure, FakeSlack


def test_calls_share_one_connection(fake_slack: FakeSlack) -> None:
    client = KeepAliveWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    for n in range(5):
        assert client.chat_postMessage(channel="D1", text=f"hello {n}")["ok"]
    assert fake_slack.connections == 1
    assert [p["text"] for p in fake_slack.posts("D1")] == [f"hello {n}" for n in range(5)]


def test_behind_a_proxy_calls_go_through_urllib(fake_slack: FakeSlack) -> None:
    proxy = fake_slack.url.removesuffix("/api/")  # the fake answers absolute-form requests too
    client = KeepAliveWebClient(token=BOT_TOKEN, base_url="http://slack.invalid/api/", proxy=proxy)
    for _ in range(2):
        assert client.chat_postMessage(channel="D1", text="via the proxy")["ok"]
    assert fake_slack.connections == 2, "urllib opens one connection per call"


def test_slack_errors_still_reach_the_caller_as_slack_api_errors(fake_slack: FakeSlack) -> None:
    fake_slack.fail_next("chat.postMessage", Failure(500, body={"ok": False, "error": "internal_error"}))
    client = KeepAliveWebClient(token=BOT_TOKEN, base_url=fake_slack.url)
    with pytest.raises(SlackApiError) as raised:
        client.chat_postMessage(channel="D1", text="hi")
    assert raised.value.response.status_code == 500
    assert client.chat_postMessage(channel="D1", text="again")["ok"], "the connection is usable afterwards"


def test_a_server_that_closes_after_each_answer_is_not_reused() -> None:
    class OneShot(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        seen = 0

        def do_POST(self) -> None:  # noqa: N802
            OneShot.seen += 1
            self.rfile.read(int(self.headers["Content-Length"]))
            body = b'{"ok": true, "channel": "D1", "ts": "1.1"}'
            self.send_response(200)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    server = HTTPServer(("127.0.0.1", 0), OneShot)
    thread = Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        client = KeepAliveWebClient(token=BOT_TOKEN, base_url=f"http://127.0.0.1:{server.server_address[1]}/api/")
        for _ in range(3):
            assert client.chat_postMessage(channel="D1", text="hi")["ts"] == "1.1"
        assert OneShot.seen == 3
    finally:
        server.shutdown()
        server.server_close()
        POOL.close()


@pytest.mark.parametrize(
    ("params", "charset"),
    [
        (" charset=utf-8", "utf-8"),
        (' charset="ISO-8859-1"', "iso-8859-1"),
        (" charset=klingon", "utf-8"),
        ("", "utf-8"),
    ],
)
def test_the_response_charset_is_read_from_content_type(params: str, charset: str) -> None:
    assert _charset(params) == charset
