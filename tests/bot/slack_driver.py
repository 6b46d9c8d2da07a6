"""Drive the app's WSGI stack with requests signed exactly as Slack signs them."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlencode


class TrackingExecutor(ThreadPoolExecutor):
    """Bolt's listener pool, plus drain(): wait for the work started after each ack."""

    def __init__(self) -> None:
        super().__init__(max_workers=4)
        self.futures: list[Future[Any]] = []

    def submit(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> Future[Any]:
        future = super().submit(fn, *args, **kwargs)
        self.futures.append(future)
        return future

    def drain(self) -> None:
        while self.futures:
            self.futures.pop(0).result(timeout=60)


def sign(secret: str, timestamp: int, body: bytes) -> str:
    """Slack's v0 signature: HMAC-SHA256 of "v0:{timestamp}:{body}" with the signing secret."""
    base = b"v0:" + str(timestamp).encode() + b":" + body
    return "v0=" + hmac.new(secret.encode(), base, hashlib.sha256).hexdigest()


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def text(self) -> str:
        return self.body.decode()


class SlackDriver:
    """Sends what Slack would send: slash commands, events, interactivity; signs every POST."""

    def __init__(
        self, wsgi: Any, *, secret: str, executor: TrackingExecutor, team: str = "T1"
    ) -> None:
        self.wsgi = wsgi
        self.secret = secret
        self.executor = executor
        self.team = team
        self.events = 0

    # -- raw HTTP ---------------------------------------------------------------------------

    def request(
        self, method: str, path: str, body: bytes = b"", *, content_type: str = "",
        headers: dict[str, str] | None = None, query: str = "",
    ) -> Reply:  # fmt: skip
        environ: dict[str, Any] = {
            "REQUEST_METHOD": method, "PATH_INFO": path, "QUERY_STRING": query, "SERVER_NAME": "127.0.0.1",
            "SERVER_PORT": "3000", "SERVER_PROTOCOL": "HTTP/1.1", "wsgi.url_scheme": "http",
            "wsgi.input": io.BytesIO(body), "CONTENT_LENGTH": str(len(body)), "CONTENT_TYPE": content_type,
        }  # fmt: skip
        for name, value in (headers or {}).items():
            environ["HTTP_" + name.upper().replace("-", "_")] = value
        captured: dict[str, Any] = {}

        def start_response(status: str, response_headers: list[tuple[str, str]]) -> None:
            captured["status"] = int(status.split()[0])
            captured["headers"] = {k.lower(): v for k, v in response_headers}

        chunks = b"".join(self.wsgi(environ, start_response))
        self.executor.drain()
        return Reply(captured["status"], captured["headers"], chunks)

    def post(
        self,
        body: bytes,
        content_type: str,
        *,
        age: int = 0,
        bad_signature: bool = False,
        headers: dict[str, str] | None = None,
    ) -> Reply:
        timestamp = int(time.time()) - age
        signature = sign("not-the-secret" if bad_signature else self.secret, timestamp, body)
        signed = {
            "X-Slack-Request-Timestamp": str(timestamp),
            "X-Slack-Signature": signature,
            **(headers or {}),
        }
        return self.request(
            "POST", "/slack/events", body, content_type=content_type, headers=signed
        )

    # -- what Slack sends -------------------------------------------------------------------

    def command(self, text: str, *, user: str = "U1", channel: str = "C1", **kwargs: Any) -> Reply:
        form = {
            "token": "legacy", "team_id": self.team, "team_domain": "acme", "channel_id": channel,
            "channel_name": "ml", "user_id": user, "user_name": user.lower(), "command": "/mlops", "text": text,
            "api_app_id": "A1", "response_url": kwargs.pop("response_url", "http://127.0.0.1:9/none"),
            "trigger_id": "1.2.3",
        }  # fmt: skip
        return self.post(urlencode(form).encode(), "application/x-www-form-urlencoded", **kwargs)

    def event(
        self,
        event: dict[str, Any],
        *,
        event_id: str | None = None,
        retry: int | None = None,
        **kwargs: Any,
    ) -> Reply:
        self.events += 1
        body = {
            "token": "legacy", "team_id": self.team, "api_app_id": "A1", "type": "event_callback",
            "event_id": event_id or f"Ev{self.events:06d}", "event_time": int(time.time()), "event": event,
            "authorizations": [{"team_id": self.team, "user_id": "UBOT", "is_bot": True}],
        }  # fmt: skip
        headers = (
            {"X-Slack-Retry-Num": str(retry), "X-Slack-Retry-Reason": "http_timeout"}
            if retry
            else {}
        )
        return self.post(json.dumps(body).encode(), "application/json", headers=headers, **kwargs)

    def dm(self, text: str, *, user: str = "U1", ts: str | None = None, **kwargs: Any) -> Reply:
        self.events += 1
        event = {
            "type": "message", "channel_type": "im", "channel": "D" + user.lstrip("U"), "user": user,
            "text": text, "ts": ts or f"1800000000.{self.events:06d}", "team": self.team,
        }  # fmt: skip
        return self.event(event, **kwargs)

    def interact(self, payload: dict[str, Any], **kwargs: Any) -> Reply:
        payload = {
            "team": {"id": self.team, "domain": "acme"},
            "api_app_id": "A1",
            "token": "legacy",
            **payload,
        }
        body = urlencode({"payload": json.dumps(payload)}).encode()
        return self.post(body, "application/x-www-form-urlencoded", **kwargs)

    def press(
        self, message: dict[str, Any], action_id: str, *, user: str = "U1", value: str | None = None,
        selected: list[str] | None = None,
    ) -> Reply:  # fmt: skip
        """Press an element of a posted message (found by action id), as Slack's block_actions says it."""
        block, element = find_element(message["blocks"], action_id)
        action: dict[str, Any] = {
            "action_id": action_id,
            "block_id": block.get("block_id", "b"),
            "type": element["type"],
            "action_ts": "1.2",
        }
        if element["type"] == "button":
            action["value"] = value if value is not None else element.get("value")
        elif element["type"] == "static_select":
            action["selected_option"] = {
                "value": value,
                "text": {"type": "plain_text", "text": str(value)},
            }
        state: dict[str, Any] = {"values": {}}
        if selected is not None:
            state["values"][block["block_id"]] = {
                "select_many": {
                    "type": "multi_static_select",
                    "selected_options": [{"value": v} for v in selected],
                }
            }
        payload = {
            "type": "block_actions", "user": {"id": user, "team_id": self.team},
            "container": {"type": "message", "channel_id": message["channel"], "message_ts": message["ts"]},
            "channel": {"id": message["channel"]}, "message": {"ts": message["ts"], "blocks": message["blocks"]},
            "actions": [action], "state": state, "trigger_id": "1.2.3",
        }  # fmt: skip
        return self.interact(payload)

    def press_home(self, action_id: str, *, user: str = "U1") -> Reply:
        payload = {
            "type": "block_actions", "user": {"id": user, "team_id": self.team},
            "container": {"type": "view", "view_id": "V1"}, "view": {"id": "V1", "type": "home"},
            "actions": [{"action_id": action_id, "block_id": "home", "type": "button", "value": "x"}],
            "trigger_id": "1.2.3",
        }  # fmt: skip
        return self.interact(payload)


def find_element(
    blocks: list[dict[str, Any]], action_id: str
) -> tuple[dict[str, Any], dict[str, Any]]:
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return block, element
        accessory = block.get("accessory")
        if accessory and accessory.get("action_id") == action_id:
            return block, accessory
    raise AssertionError(f"no element {action_id} in {json.dumps(blocks)[:500]}")
