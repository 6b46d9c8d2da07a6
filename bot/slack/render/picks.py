"""The recommendation card: per pick its link, ring, reasons and caveats, feedback and critique buttons."""

from __future__ import annotations

import json
from typing import Any

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    SectionBlock,
)

from bot.slack.ids import Action, numbered
from bot.slack.render.message import Outgoing, fit, mrkdwn
from bot.slack.render.text import CONTEXT_TEXT, SECTION_TEXT, clip, link, safe
from core.recommendation import CRITIQUE_LABELS, CritiqueKind, Pick, Recommendation
from core.turns import Show
from core.vocabulary import label

VERDICT_LABELS = {
    "helpful": "Helpful",
    "not_for_us": "Not for us",
    "already_using": "Already using",
}
CRITIQUES = (
    CritiqueKind.CHEAPER, CritiqueKind.OPEN_SOURCE_ONLY, CritiqueKind.NO_KUBERNETES,
    CritiqueKind.MANAGED, CritiqueKind.SHOW_MORE,
)  # fmt: skip
MAX_PICKS = 8  # 4 blocks each, plus header, advice and critiques, stays under 50


def render_show(show: Show) -> Outgoing:
    """The picks as a card; feedback buttons only when the picks were stored (they carry its id)."""
    rec = show.recommendation
    blocks: list[Block] = [HeaderBlock(text="My picks for you")]
    if rec.common:
        common = "All of them: " + "; ".join(safe(line, 300) for line in rec.common_said)
        blocks.append(ContextBlock(elements=[mrkdwn(clip(common, CONTEXT_TEXT))]))
    for n, pick in enumerate(rec.picks[:MAX_PICKS]):
        blocks.extend(_pick(pick, n, show.recommendation_id))
    blocks.extend(_extras(rec))
    blocks.append(
        ActionsBlock(
            elements=[
                ButtonElement(
                    text=CRITIQUE_LABELS[kind],
                    action_id=numbered(Action.CRITIQUE, n),
                    value=kind.value,
                )
                for n, kind in enumerate(CRITIQUES)
            ]
        )
    )
    blocks.append(
        ContextBlock(
            elements=[mrkdwn("Or type: 'lighter', 'more like MLflow', 'why not X', 'done'.")]
        )
    )
    names = ", ".join(pick.name for pick in rec.picks[:MAX_PICKS])
    return fit(safe(f"My picks for you: {names}"), blocks)


def _pick(pick: Pick, n: int, recommendation_id: int | None) -> list[Block]:
    ring = pick.ring_meaning  # "Adopt: proven and low-risk; …"
    reasons = "\n".join(f"• {safe(reason, 500)}" for reason in pick.reasons)
    text = f"*{n + 1}. {link(pick.url, pick.heading)}*  ·  _{safe(ring, 300)}_\n{reasons}"
    blocks: list[Block] = [SectionBlock(text=mrkdwn(clip(text, SECTION_TEXT)))]
    notes = [f":moneybag: {safe(pick.cost, 300)}"] if pick.cost else []
    notes += [f":warning: {safe(caveat, 500)}" for caveat in pick.caveats]
    if pick.also_good:
        notes.append(f"Also good: {safe(pick.also_good, 200)}")
    if pick.counterfactual:
        notes.append(safe(pick.counterfactual, 500))
    if notes:
        blocks.append(ContextBlock(elements=[mrkdwn(clip("\n".join(notes), CONTEXT_TEXT))]))
    if recommendation_id is not None:
        blocks.append(ActionsBlock(elements=_feedback(pick, recommendation_id)))
    blocks.append(DividerBlock())
    return blocks


def _feedback(pick: Pick, recommendation_id: int) -> list[ButtonElement]:
    return [
        ButtonElement(
            text=text,
            action_id=numbered(Action.FEEDBACK, n),
            value=feedback_value(recommendation_id, pick.id, verdict),
        )  # fmt: skip
        for n, (verdict, text) in enumerate(VERDICT_LABELS.items())
    ]


def feedback_value(recommendation_id: int, tool_id: str, verdict: str) -> str:
    """What a feedback button carries: which stored picks, which tool, what the person thought."""
    return json.dumps({"r": recommendation_id, "t": tool_id, "v": verdict}, separators=(",", ":"))


def stamp(blocks: list[dict[str, Any]], recommendation_id: int) -> list[dict[str, Any]]:
    """A card's blocks as JSON (rendered once, with any id) with `recommendation_id` in its feedback
    buttons: the card of the same picks differs only there, so it need not be built and validated again."""
    for block in blocks:
        if block.get("type") != "actions":
            continue
        for element in block.get("elements", ()):
            if str(element.get("action_id", "")).startswith(f"{Action.FEEDBACK.value}:"):
                value = json.loads(element["value"])
                element["value"] = feedback_value(recommendation_id, value["t"], value["v"])
    return blocks


def _extras(rec: Recommendation) -> list[Block]:
    lines: list[str] = []
    if rec.stack:
        lines.append(
            "*Your stack:* "
            + "; ".join(safe(f"{label(i.stage.value)}: {i.tool_name}", 200) for i in rec.stack)
        )
    if rec.keep:
        lines.append("*Keep:* " + safe(", ".join(rec.keep), 500))
    if rec.relaxed:
        lines.append("*Relaxed to find picks:* " + safe(", ".join(rec.relaxed), 500))
    lines.extend(f":bulb: {safe(advice, 600)}" for advice in rec.advice)
    return [SectionBlock(text=mrkdwn(clip("\n".join(lines), SECTION_TEXT)))] if lines else []


