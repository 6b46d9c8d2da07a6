"""Catalog answers for `/mlops`: a tool card, two tools side by side, unknown names, the help text."""

from __future__ import annotations

from slack_sdk.models.blocks import Block, ContextBlock, DividerBlock, HeaderBlock, SectionBlock

from bot.slack.render.message import Outgoing, fit, mrkdwn, section_field
from bot.slack.render.text import HEADER_TEXT, clip, escape, link, safe
from core.catalog import Tool
from core.errors import UnknownTool
from core.vocabulary import RING_MEANING, label
from core.wording import built_for_text, kubernetes_text, self_host_text

HELP = (
    "*MLOps Waiter* helps you choose MLOps and LLMOps tools.\n"
    "• `/mlops` start or resume the interview (in a DM with me)\n"
    "• `/mlops tool NAME` what I know about a tool\n"
    "• `/mlops compare A B` two tools side by side (use `vs` for names with spaces)\n"
    "• `/mlops search TEXT` find tools by name or by the job they do\n"
    "• `/mlops profile` what you've told me so far\n"
    "• `/mlops restart` start the interview over\n"
    "• `/mlops digest now | weekly | off` a team digest for this channel\n"
    "• `/mlops help` this text"
)


def render_help(*, unknown: str | None = None) -> Outgoing:
    """The help text; when a subcommand was not understood, say so first (escaped)."""
    blocks: list[Block] = []
    if unknown:
        blocks.append(
            SectionBlock(text=mrkdwn(f"I don't know `{safe(unknown, 100)}`. Here's what I can do:"))
        )
    blocks.append(SectionBlock(text=mrkdwn(HELP)))
    return fit("MLOps Waiter help", blocks)


def _release(tool: Tool) -> str:
    release = tool.latest_release
    return f"{release.version} ({release.date:%d %b %Y})" if release else "no versioned releases"


def _facts(tool: Tool) -> list[tuple[str, str]]:
    """The same ten facts for every tool (so two tools line up side by side)."""
    ring = tool.effective_ring
    ring_text = RING_MEANING[ring]  # "Hold: don't start anything new with it"
    if tool.ring_reason:
        ring_text += f" ({tool.ring_reason})"
    touches = [label(s.value) for s in tool.stages if s not in tool.primary_stages]
    status = label(tool.status.value) + (f": {tool.status_note}" if tool.status_note else "")
    return [
        ("Ring", ring_text),
        ("Built for", built_for_text(tool)),
        ("Also touches", ", ".join(touches) or "—"),
        ("Licence", f"{tool.license}" + (" (open source)" if tool.open_source else "")),
        ("Pricing", tool.pricing_model),
        ("To self-host", self_host_text(tool)),
        ("Needs Kubernetes", kubernetes_text(tool)),
        ("Clouds", ", ".join(label(c.value) for c in tool.clouds) or "any"),
        ("Latest release", _release(tool)),
        ("Status", status),
    ]


def _history(tool: Tool) -> str | None:
    if not tool.events:
        return None
    lines = [f"{event.date}: {event.what}" for event in sorted(tool.events, key=lambda e: e.date)]
    return "History: " + " · ".join(lines)


def render_tool(tool: Tool) -> Outgoing:
    """A tool card: link, summary, and its facts as fields."""
    fields = [section_field(name, value) for name, value in _facts(tool)]
    blocks: list[Block] = [
        HeaderBlock(text=clip(tool.name, HEADER_TEXT)),
        SectionBlock(
            text=mrkdwn(
                f"{link(tool.url, tool.name)} by {safe(tool.vendor, 200)}\n{safe(tool.summary, 500)}"
            )
        ),
        SectionBlock(fields=fields[:10]),
    ]
    history = _history(tool)
    if history:
        blocks.append(ContextBlock(elements=[mrkdwn(clip(safe(history, 2900), 2900))]))
    blocks.append(ContextBlock(elements=[mrkdwn(f"Last verified {tool.last_verified.isoformat()}")]))
    return fit(safe(f"{tool.name}: {tool.summary}"), blocks)


def render_compare(left: Tool, right: Tool) -> Outgoing:
    """Two tools side by side: one row of fields per fact."""
    blocks: list[Block] = [
        HeaderBlock(text=clip(f"{left.name} vs {right.name}", HEADER_TEXT)),
        SectionBlock(
            fields=[
                mrkdwn(f"*{link(t.url, t.name)}*\n{safe(t.summary, 500)}") for t in (left, right)
            ]
        ),
        DividerBlock(),
    ]
    for (name, a), (_, b) in zip(_facts(left), _facts(right), strict=False):
        blocks.append(
            SectionBlock(
                text=mrkdwn(f"*{escape(name)}*"),
                fields=[mrkdwn(safe(a, 1000)), mrkdwn(safe(b, 1000))],
            )
        )
    shared = set(left.integrates_with) & set(right.integrates_with)
    if right.id in left.integrates_with or left.id in right.integrates_with:
        blocks.append(ContextBlock(elements=[mrkdwn("They work together out of the box.")]))
    elif shared:
        blocks.append(
            ContextBlock(elements=[mrkdwn(f"Both integrate with {len(shared)} of the same tools.")])
        )
    return fit(safe(f"{left.name} vs {right.name}"), blocks)


def render_search(text: str, tools: list[Tool]) -> Outgoing:
    """Ranked search results: name, what it is built for, one line each."""
    if not tools:
        message = f"No tool in my catalog matches “{safe(text, 100)}”. Try a job, e.g. `/mlops search feature store`."
        return fit(message, [SectionBlock(text=mrkdwn(message))])
    lines = [
        f"*{n}. {link(t.url, t.name)}* — {safe(t.summary, 300)}"
        for n, t in enumerate(tools, start=1)
    ]
    blocks: list[Block] = [
        SectionBlock(text=mrkdwn(f"Tools matching “{safe(text, 100)}”:")),
        SectionBlock(text=mrkdwn(clip("\n".join(lines), 3000))),
        ContextBlock(elements=[mrkdwn("`/mlops tool NAME` shows one in full.")]),
    ]
    return fit(safe(f"Tools matching {text}: " + ", ".join(t.name for t in tools), 3000), blocks)


def render_unknown_tool(error: UnknownTool) -> Outgoing:
    """The name matched nothing: say so (escaped) and offer the nearest names."""
    return fit(safe(str(error)), [SectionBlock(text=mrkdwn(safe(str(error))))])
