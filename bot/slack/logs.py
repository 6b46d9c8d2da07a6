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


#: Bolt's verification middleware logs a rejected request's whole body at INFO.
VERIFICATION_LOGGER = "slack_bolt.RequestVerification"
CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029\x85]")


def escape_controls(text: str) -> str:
    """Newlines and other control characters as visible escapes (\\n, \\x1b): one record, one line."""
    return CONTROL.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)


class OneLine(logging.Formatter):
    """A record is one line, whatever a sender put in it; a traceback follows indented and marked, so
    none of its lines can pass for a record of its own."""

    def format(self, record: logging.LogRecord) -> str:
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        lines = [escape_controls(self.formatMessage(record))]
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        for extra in (record.exc_text, record.stack_info):
            if extra:
                lines += ["    | " + escape_controls(line) for line in extra.splitlines()]
        return "\n".join(lines)


class NoRequestBodies(logging.Filter):
    """Bolt's verification logger writes a rejected request's body: keep the line, never the body."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.getMessage().startswith("Invalid request signature"):
            record.msg, record.args = "Invalid request signature detected (body not logged)", None
        return True


def quiet_request_bodies() -> None:
    """Install NoRequestBodies on Bolt's verification logger (once)."""
    logger = logging.getLogger(VERIFICATION_LOGGER)
    if not any(isinstance(f, NoRequestBodies) for f in logger.filters):
        logger.addFilter(NoRequestBodies())


#: Libraries whose own loggers say too much at INFO and below for anyone running the waiter.
CHATTY = ("transitions", "alembic", "bm25s")


def quiet_libraries() -> None:
    """Chatty libraries' loggers at WARNING. bm25s sets its own logger to DEBUG when it is imported
    (one "Building index" line per field, on every first search), so it is imported before its level is set."""
    import bm25s  # noqa: F401

    for name in CHATTY:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure_logging(level: str, *secrets: str) -> logging.Handler:
    """Root logging to stderr, one line a record, through the redacting filter; returns the handler."""
    handler = logging.StreamHandler()
    handler.setFormatter(OneLine("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    quiet_request_bodies()
    handler.addFilter(RedactTokens(*secrets))
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(level.upper())
    # slack_sdk builds a debug line holding the whole request body on every call unless its
    # logger's own level is set: set it, so that work is skipped when the line would not print
    logging.getLogger("slack_sdk.web.base_client").setLevel(root.level)
    quiet_libraries()
    return handler
