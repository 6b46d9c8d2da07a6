"""A digest as Block Kit blocks (pure: digest in, blocks out; every text escaped and clipped)."""

from __future__ import annotations

from collections.abc import Sequence

from slack_sdk.models.blocks import (
    Block,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    MarkdownTextObject,
    SectionBlock,
)

from bot.digests.delivery import DigestMessage
from bot.slack.render.text import (
    CONTEXT_TEXT,
    HEADER_TEXT,
    MAX_BLOCKS,
    MESSAGE_TEXT,
    SECTION_TEXT,
    clip,
    escape,
    link,
    safe,
)
from core.digest import MIN_GROUP, Count, Digest
from core.team_news import NewsItem
from core.vocabulary import label

PRIVACY = (
    f"Only totals are shown: no group smaller than {MIN_GROUP} is broken out, and no one's answers "
    "are shown. Not interviewed yet? Type `/mlops`."
)


def _section(title: str, lines: Sequence[str]) -> SectionBlock:
    body = "\n".join(lines)
    text = f"*{escape(title)}*\n{body}"
    return SectionBlock(text=MarkdownTextObject(text=clip(text, SECTION_TEXT)))


def _counts(items: Sequence[Count]) -> str:
    return ", ".join(f"{escape(item.label)} {item.shown()}" for item in items)


def _news_line(item: NewsItem) -> str:
    who = f"{item.users} of you use" if item.users >= MIN_GROUP else "Some of you use"
    line = f"• {who} *{escape(item.tool_name)}*, which {escape(item.what)}"
    if item.alternatives:
        line += "; alternatives: " + ", ".join(escape(name) for name in item.alternatives)
    return line + f".\n   _{safe(clip(item.note, 300), 400)}_"


def digest_text(digest: Digest) -> str:
    """The notification fallback of the digest message."""
    if not digest.ready:
        return "Team digest: a few more interviews needed — type /mlops to take part."
    stack = ", ".join(c.tool_name for c in digest.stack if c.tool_name)
    text = f"Team digest: {digest.interviewed} members interviewed." + (
        f" Consensus stack: {stack}." if stack else ""
    )
    return safe(text, MESSAGE_TEXT)


def digest_message(digest: Digest) -> DigestMessage:
    """The digest as the message the channel gets (what delivery posts)."""
    return DigestMessage(digest_text(digest), [block.to_dict() for block in digest_blocks(digest)])


def digest_blocks(digest: Digest, *, title: str = "Team MLOps digest") -> list[Block]:
    """The digest message (or the invitation, when too few members were interviewed)."""
    blocks: list[Block] = [HeaderBlock(text=clip(title, HEADER_TEXT))]
    if not digest.ready:
        blocks.append(SectionBlock(text=MarkdownTextObject(text=safe(digest.invitation or ""))))
        return blocks
    who = [f"*{digest.interviewed}* of {digest.members} channel members have been interviewed."]
    if digest.personas:
        who.append("Roles: " + _counts(digest.personas))
    if digest.maturity:
        who.append("How automated: " + _counts(digest.maturity))
    blocks.append(_section("Who answered", who))
    pains = []
    if digest.frustrations:
        pains.append("Frustrations: " + _counts(digest.frustrations))
    if digest.needs:
        pains.append("Needs: " + _counts(digest.needs))
    blocks.append(
        _section(
            "What hurts most",
            pains or [f"No frustration or need is shared by {MIN_GROUP} or more of you yet."],
        )
    )
    blocks.extend(_stack_blocks(digest))
    if digest.news:
        blocks.append(
            _section("Catalog news about tools you use", [_news_line(item) for item in digest.news])
        )
    if digest.helpful:
        liked = [
            f"• {escape(c.label)} ({c.shown()} ratings)"
            if c.count >= MIN_GROUP
            else f"• {escape(c.label)}"
            for c in digest.helpful
        ]
        blocks.append(_section("Picks you rated helpful", liked))
    blocks.append(
        _section("Since the last digest", [f"• {escape(line)}" for line in digest.changes])
    )
    blocks.append(DividerBlock())
    blocks.append(ContextBlock(elements=[MarkdownTextObject(text=clip(PRIVACY, CONTEXT_TEXT))]))
    return blocks[:MAX_BLOCKS]


def _stack_blocks(digest: Digest) -> list[Block]:
    if not digest.stack:
        return []
    lines = []
    for choice in digest.stack:
        stage = escape(label(choice.stage.value))
        if choice.tool_id is None or choice.tool_name is None:
            lines.append(f"• {stage}: _{escape(choice.why)}_")
            continue
        name = link(choice.url, choice.tool_name) if choice.url else escape(choice.tool_name)
        lines.append(f"• {stage}: *{name}* — {safe(clip(choice.why, 200), 300)}")
    if digest.constraints:
        lines.append(
            "_Within what most of you need: " + escape(", ".join(digest.constraints)) + "._"
        )
    return [_section("Consensus team stack", lines)]
