"""One outgoing Slack message: the notification text and its blocks, kept within Block Kit's limits."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from slack_sdk.models.blocks import Block, ContextBlock, MarkdownTextObject

from bot.slack.render.text import FIELD_TEXT, MAX_BLOCKS, MESSAGE_TEXT, clip, escape, safe


@dataclass(frozen=True)
class Outgoing:
    """What to post: `text` is the (escaped) fallback for notifications, `blocks` the message."""

    text: str
    blocks: list[Block] = field(default_factory=list)

    def blocks_json(self) -> list[dict[str, Any]]:
        return [block.to_dict() for block in self.blocks]  # to_dict validates Block Kit limits


def fit(text: str, blocks: list[Block], *, limit: int = MAX_BLOCKS) -> Outgoing:
    """A message with at most `limit` blocks; when cut, the last block says so."""
    if len(blocks) > limit:
        note = ContextBlock(elements=[MarkdownTextObject(text="_(shortened to fit one message)_")])
        blocks = [*blocks[: limit - 1], note]
    return Outgoing(text=clip(text, MESSAGE_TEXT), blocks=blocks)


def mrkdwn(text: str) -> MarkdownTextObject:
    return MarkdownTextObject(text=text)


def section_field(name: str, value: str) -> MarkdownTextObject:
    """One of a section's fields: the name in bold over the value, both escaped, within the limit."""
    return mrkdwn(clip(f"*{escape(name)}*\n{safe(value, 1500)}", FIELD_TEXT))
