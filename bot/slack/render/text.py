"""Text that is safe to send: Slack's three escapes, and Block Kit's length limits."""

from __future__ import annotations

# Block Kit limits (https://api.slack.com/reference/block-kit): what the renderers clip to.
MAX_BLOCKS = 50  # per message; a Home tab allows 100
SECTION_TEXT = 3000
FIELD_TEXT = 2000
HEADER_TEXT = 150
BUTTON_TEXT = 75
OPTION_TEXT = 75
OPTION_VALUE = 150
CONTEXT_TEXT = 3000
MESSAGE_TEXT = 4000  # the notification fallback: Slack truncates long `text`, keep it short


def escape(text: str) -> str:
    """Escape &, < and > so user text can never become a mention, link or command (<!channel>)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def unescape(text: str) -> str:
    """Slack sends &, < and > typed by a person as entities; core wants the plain text back."""
    return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def clip(text: str, limit: int) -> str:
    """Cut text to a Block Kit limit, with an ellipsis when anything was cut."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def safe(text: str, limit: int = SECTION_TEXT) -> str:
    """Escaped and clipped (clipping after escaping, so the limit holds for what Slack counts)."""
    escaped = escape(text)
    if len(escaped) <= limit:
        return escaped
    cut = escaped[: limit - 1]
    amp = cut.rfind("&")
    if amp != -1 and ";" not in cut[amp:]:  # never cut an entity in half
        cut = cut[:amp]
    return cut.rstrip() + "…"


def link(url: str, label: str) -> str:
    """A mrkdwn link whose label is escaped (URLs come from the catalog, which validates them)."""
    return f"<{url.replace('|', '%7C').replace('>', '%3E')}|{escape(label)}>"
