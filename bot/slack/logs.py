"""Logging that never shows a token: a filter that redacts Slack tokens and secrets in every record."""

from __future__ import annotations

import logging
import re

TOKEN = re.compile(r"xox[a-z]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|xoxe(\.xox[a-z])?-[A-Za-z0-9-]+")


class RedactTokens(logging.Filter):
    """Rewrites records so Slack tokens never reach a handler (slack_sdk logs response bodies at DEBUG)."""

    def __init__(self, *secrets: str) -> None:
        super().__init__()
        self.secrets = [s for s in secrets if s]

    def redact(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        return TOKEN.sub("[redacted]", text)

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = self.redact(message)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self.redact(record.exc_text)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def configure_logging(level: str, *secrets: str) -> logging.Handler:
    """Root logging to stderr through the redacting filter; returns the handler."""
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactTokens(*secrets))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    # slack_sdk builds a debug line holding the whole request body on every call unless its
    # logger's own level is set: set it, so that work is skipped when the line would not print
    logging.getLogger("slack_sdk.web.base_client").setLevel(root.level)
    return handler
