"""A fake Slack Web API on 127.0.0.1: records every call, rejects unknown methods and missing args.

Which methods exist and what they require comes from tests/bot/slack_methods.json, generated from
the pinned community reference of Slack's Web API (see regenerate_slack_methods.py).
"""

from __future__ import annotations

import base64
import itertools
import json
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlparse

METHODS: dict[str, dict[str, Any]] = json.loads(
    (Path(__file__).with_name("slack_methods.json")).read_text(encoding="utf-8")
)["methods"]
NO_TOKEN = {"oauth.v2.access"}  # authenticated with the client id and secret instead
APP_LEVEL = {"apps.connections.open"}  # only an app-level token (xapp-) may call these, and nothing else


@dataclass
class Call:
    method: str
    args: dict[str, Any]
    token: str | None
    status: int = 200
    result: dict[str, Any] = field(default_factory=dict)


@dataclass
class Failure:
    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: dict[str, Any] = field(default_factory=lambda: {"ok": False, "error": "ratelimited"})


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops connections under a benchmark's burst (1 s SYN retry)


class FakeSlack:
    """Start with `with FakeSlack() as slack:`; point SLACK_API_BASE_URL at `slack.url`."""

    def __init__(self, *, tokens: dict[str, str] | None = None, latency: float = 0.0) -> None:
        self.tokens = dict(tokens or {})  # token -> team id
        #: seconds each Web API call takes, as over a real network: half before Slack sees the call
        #: (and on_call fires), half before the answer is back (benches set it; tests leave it at 0)
        self.latency = latency
        self.calls: list[Call] = []
        self.responses: list[dict[str, Any]] = []  # POSTs to response_url
        self.rejected: list[tuple[str, str]] = []  # (method, why)
        self.failures: dict[str, list[Failure]] = {}
        self.oauth_codes: dict[str, tuple[str, str]] = {}  # code -> (team id, bot token)
        self.on_call: Callable[[Call], None] | None = None  # benches wait on calls with this
        self.socket_url: str | None = None  # what apps.connections.open hands out (a FakeSocketMode's)
        self.connections = 0  # TCP connections accepted so far (keep-alive makes this smaller than calls)
        self._open: set[socket.socket] = set()
        self._ts = itertools.count(1)
        self._lock = threading.Lock()
        self.server = _Server(("127.0.0.1", 0), self._handler())
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/api/"

    def response_url(self, name: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/response/{name}"

    def __enter__(self) -> FakeSlack:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    # -- what tests look at -------------------------------------------------------------------

    def fail_next(self, method: str, failure: Failure) -> None:
        self.failures.setdefault(method, []).append(failure)

    def of(self, method: str) -> list[Call]:
        return [call for call in self.calls if call.method == method and call.status == 200]

    def posts(self, channel: str | None = None) -> list[dict[str, Any]]:
        return [
            c.args
            for c in self.of("chat.postMessage")
            if channel is None or c.args["channel"] == channel
        ]

    def transcript(self, channel: str) -> list[dict[str, Any]]:
        """The channel's messages as a person would see them now: posts, with later updates applied."""
        messages: dict[str, dict[str, Any]] = {}
        for call in self.calls:
            if call.status != 200 or call.args.get("channel") != channel:
                continue
            if call.method == "chat.postMessage":
                messages[call.result["ts"]] = {
                    **call.args,
                    "ts": call.result["ts"],
                    "updated": False,
                }
            elif call.method == "chat.update" and call.args["ts"] in messages:
                messages[call.args["ts"]].update({**call.args, "updated": True})
        return list(messages.values())

    def drop_connections(self) -> None:
        """Close every open connection, as Slack's edge does with idle ones."""
        with self._lock:
            open_now = list(self._open)
        for connection in open_now:
            try:
                connection.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def clear(self) -> None:
        self.calls.clear()
        self.responses.clear()

    # -- the server ---------------------------------------------------------------------------

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive, as slack.com does
            disable_nagle_algorithm = True  # headers and body leave at once (no delayed-ACK stalls)

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

            def setup(self) -> None:
                super().setup()
                with fake._lock:
                    fake.connections += 1
                    fake._open.add(self.connection)

            def finish(self) -> None:
                with fake._lock:
                    fake._open.discard(self.connection)
                super().finish()

            def do_POST(self) -> None:  # noqa: N802
                path = urlparse(self.path).path
                raw = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                if path.startswith("/response/"):
                    fake.responses.append(json.loads(raw))
                    self._send(200, {"ok": True})
                    return
                method = path.removeprefix("/api/")
                if fake.latency:
                    time.sleep(fake.latency / 2)
                status, headers, body = fake.answer(
                    method, _args(self, raw), self.headers.get("Authorization")
                )
                if fake.latency:
                    time.sleep(fake.latency / 2)
                self._send(status, body, headers)

            def _send(
                self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None
            ) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

        return Handler

    def answer(
        self, method: str, args: dict[str, Any], authorization: str | None
    ) -> tuple[int, dict[str, str], dict[str, Any]]:
        with self._lock:
            spec = METHODS.get(method)
            if spec is None:
                self.rejected.append((method, "unknown_method"))
                return 404, {}, {"ok": False, "error": "unknown_method"}
            missing = [arg for arg in spec["required"] if arg not in args]
            missing += ["|".join(g) for g in spec["one_of"] if not any(args.get(a) for a in g)]
            if missing:
                self.rejected.append((method, f"missing {missing}"))
                return 200, {}, {"ok": False, "error": "invalid_arguments", "missing": missing}
            token = _bearer(authorization)
            if method not in NO_TOKEN and token not in self.tokens:
                self.rejected.append((method, "invalid_auth"))
                return 200, {}, {"ok": False, "error": "invalid_auth"}
            if token is not None and (method in APP_LEVEL) != token.startswith("xapp-"):
                self.rejected.append((method, "not_allowed_token_type"))
                return 200, {}, {"ok": False, "error": "not_allowed_token_type"}
            pending = self.failures.get(method)
            if pending:
                failure = pending.pop(0)
                self.calls.append(Call(method, args, token, status=failure.status))
                return failure.status, failure.headers, failure.body
            result = self._result(method, args, token, authorization)
            call = Call(method, args, token, result=result)
            self.calls.append(call)
        if self.on_call is not None:
            self.on_call(call)
        return 200, {}, result

    def _result(
        self, method: str, args: dict[str, Any], token: str | None, authorization: str | None
    ) -> dict[str, Any]:
        team = self.tokens.get(token or "", "T0")
        if method == "auth.test":
            return {
                "ok": True,
                "team_id": team,
                "user_id": "UBOT",
                "bot_id": "BBOT",
                "user": "waiter",
                "url": "https://x.slack.com/",
            }
        if method in ("chat.postMessage", "chat.update"):
            ts = args.get("ts") or f"1700000000.{next(self._ts):06d}"
            return {
                "ok": True,
                "channel": args["channel"],
                "ts": ts,
                "message": {"text": args.get("text")},
            }
        if method == "chat.postEphemeral":
            return {"ok": True, "message_ts": f"1700000000.{next(self._ts):06d}"}
        if method == "conversations.open":
            return {"ok": True, "channel": {"id": "D" + str(args.get("users", "X")).lstrip("U")}}
        if method == "views.publish":
            return {"ok": True, "view": {"id": "V1"}}
        if method == "oauth.v2.access":
            return self._oauth(args, authorization)
        if method == "apps.connections.open":
            if self.socket_url is None:
                return {"ok": False, "error": "socket_mode_not_enabled"}
            return {"ok": True, "url": self.socket_url}
        return {"ok": True}

    def _oauth(self, args: dict[str, Any], authorization: str | None) -> dict[str, Any]:
        if not (authorization or "").startswith("Basic ") and "client_secret" not in args:
            return {"ok": False, "error": "invalid_client"}
        found = self.oauth_codes.get(str(args.get("code")))
        if found is None:
            return {"ok": False, "error": "invalid_code"}
        team, token = found
        self.tokens[token] = team
        return {
            "ok": True, "access_token": token, "token_type": "bot", "scope": "commands,chat:write",
            "bot_user_id": "UBOT", "app_id": "A1", "team": {"id": team, "name": "Acme"},
            "enterprise": None, "is_enterprise_install": False, "authed_user": {"id": "U1"},
        }  # fmt: skip


def _bearer(authorization: str | None) -> str | None:
    if authorization and authorization.startswith("Bearer "):
        return authorization.removeprefix("Bearer ")
    return None


def _args(handler: BaseHTTPRequestHandler, raw: bytes) -> dict[str, Any]:
    args: dict[str, Any] = dict(parse_qsl(urlparse(handler.path).query))
    kind = handler.headers.get("Content-Type", "")
    if "json" in kind and raw:
        args.update(json.loads(raw))
    elif raw:
        args.update(parse_qsl(raw.decode()))
    for name in ("blocks", "view"):
        if isinstance(args.get(name), str):
            args[name] = json.loads(args[name])
    if "token" in args:  # a token in the body counts as the Authorization header
        args.pop("token")
    return args


def basic_auth(client_id: str, secret: str) -> str:
    return "Basic " + base64.b64encode(f"{client_id}:{secret}".encode()).decode()
