"""The shared fake Slack Web API, taught what digests need: paged members, timezones, uploads.

files_upload_v2 makes three requests: files.getUploadURLExternal, a POST of the bytes to the URL it
returned, then files.completeUploadExternal; the fake serves all three and keeps the bytes.
"""

from __future__ import annotations

import json
from http.server import BaseHTTPRequestHandler
from typing import Any
from urllib.parse import urlparse

from tests.bot.fake_slack import Call, FakeSlack

__all__ = ["Call", "DigestFakeSlack"]


class DigestFakeSlack(FakeSlack):
    """FakeSlack plus paged channel members, users.info timezones, uploads, removed channels."""

    def __init__(
        self,
        *,
        tokens: dict[str, str],
        members: dict[str, list[str]],
        timezones: dict[str, str] | None = None,
        page_size: int = 2,
    ) -> None:
        super().__init__(tokens=tokens)
        self.members = members
        self.timezones = dict(timezones or {})
        self.page_size = page_size
        self.gone: dict[
            str, str
        ] = {}  # channel -> error: not_in_channel, channel_not_found, is_archived
        self.uploads: list[bytes] = []

    def upload_url(self, file_id: str) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/upload/{file_id}"

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        fake = self
        base = super()._handler()

        class Handler(base):  # type: ignore[valid-type,misc]
            def do_POST(self) -> None:  # noqa: N802
                if not urlparse(self.path).path.startswith("/upload/"):
                    super().do_POST()
                    return
                body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
                fake.uploads.append(body)
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"OK")

        return Handler

    def _result(
        self, method: str, args: dict[str, Any], token: str | None, authorization: str | None
    ) -> dict[str, Any]:
        channel = args.get("channel")
        if channel in self.gone and method in ("conversations.members", "chat.postMessage"):
            return {"ok": False, "error": self.gone[channel]}
        if method == "conversations.members":
            everyone = self.members.get(str(channel), [])
            start = int(args.get("cursor") or 0)
            size = min(int(args.get("limit") or 100), self.page_size)
            following = str(start + size) if start + size < len(everyone) else ""
            return {
                "ok": True,
                "members": everyone[start : start + size],
                "response_metadata": {"next_cursor": following},
            }
        if method == "users.info":
            user = str(args["user"])
            return {"ok": True, "user": {"id": user, "tz": self.timezones.get(user, "UTC")}}
        if method == "files.getUploadURLExternal":
            file_id = f"F{len(self.calls):06d}"
            return {"ok": True, "upload_url": self.upload_url(file_id), "file_id": file_id}
        if method == "files.completeUploadExternal":
            files = args["files"] if isinstance(args["files"], list) else json.loads(args["files"])
            return {"ok": True, "files": [{"id": f["id"]} for f in files]}
        return super()._result(method, args, token, authorization)
