"""App Home: the user's profile summary, latest picks, and buttons to start, resume or restart."""

from __future__ import annotations

from slack_sdk.models.blocks import (
    ActionsBlock,
    Block,
    ButtonElement,
    ContextBlock,
    DividerBlock,
    HeaderBlock,
    SectionBlock,
)
from slack_sdk.models.views import View

from bot.slack.ids import Action
from bot.slack.render.message import mrkdwn, section_field
from bot.slack.render.text import escape, link, safe
from core.catalog import Catalog
from core.conversation import Step
from core.ports import StoredRecommendation
from core.profile import Profile
from core.questions import BY_ID
from core.wording import show_answer

MAX_HOME_BLOCKS = 100


def profile_fields(profile: Profile, catalog: Catalog) -> list[tuple[str, str]]:
    """(question, answer) pairs for every known field, in question order: labels and tool names, never ids."""
    data = profile.model_dump(exclude_none=True)
    return [
        (name.replace("_", " ").capitalize(), show_answer(BY_ID[name], value, catalog))
        for name, value in data.items()
        if name in BY_ID
    ]


def profile_blocks(profile: Profile | None, catalog: Catalog) -> list[Block]:
    """The profile as fields (10 per section, Block Kit's limit)."""
    if profile is None or not profile.known():
        return [SectionBlock(text=mrkdwn("You haven't told me anything yet."))]
    fields = [section_field(name, value) for name, value in profile_fields(profile, catalog)]
    return [SectionBlock(fields=fields[i : i + 10]) for i in range(0, len(fields), 10)]


def render_home(
    profile: Profile | None, picks: StoredRecommendation | None, state: Step | None, catalog: Catalog
) -> View:
    """The Home tab view."""
    blocks: list[Block] = [
        HeaderBlock(text="MLOps Waiter"),
        SectionBlock(
            text=mrkdwn(
                "I help you choose MLOps and LLMOps tools: a few questions, then two or three picks with my reasons."
            )
        ),
        ActionsBlock(elements=_buttons(state)),
        DividerBlock(),
        HeaderBlock(text="Your profile"),
        *profile_blocks(profile, catalog),
        DividerBlock(),
        HeaderBlock(text="Your latest picks"),
    ]
    if picks is None or not picks.recommendation.picks:
        blocks.append(SectionBlock(text=mrkdwn("No picks yet. Finish the interview to get some.")))
    else:
        for pick in picks.recommendation.picks[:10]:
            verdict = picks.feedback.get(pick.id)
            note = f"  ·  _{escape(verdict.replace('_', ' '))}_" if verdict else ""
            reason = safe(pick.reasons[0], 500) if pick.reasons else ""
            blocks.append(
                SectionBlock(text=mrkdwn(f"*{link(pick.url, pick.heading)}*{note}\n{reason}"))
            )
        blocks.append(ContextBlock(elements=[mrkdwn(f"Picked on {picks.created_at:%Y-%m-%d}")]))
    return View(type="home", blocks=blocks[:MAX_HOME_BLOCKS])


def _buttons(state: Step | None) -> list[ButtonElement]:
    if state is None:
        first = ButtonElement(
            text="Start", action_id=Action.HOME_OPEN, value="start", style="primary"
        )
    elif state in (Step.RECOMMEND, Step.REFINE, Step.DONE):
        first = ButtonElement(
            text="See my picks", action_id=Action.HOME_OPEN, value="resume", style="primary"
        )
    else:
        first = ButtonElement(
            text="Resume", action_id=Action.HOME_OPEN, value="resume", style="primary"
        )
    buttons = [first]
    if state is not None:
        buttons.append(
            ButtonElement(text="Start over", action_id=Action.HOME_RESTART, value="restart")
        )
    return buttons
