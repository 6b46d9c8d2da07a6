"""Every message the app renders respects Block Kit's limits (slack_sdk validates lengths on to_dict)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from bot.bootstrap import read_catalog
from bot.slack.delivery import render
from bot.slack.render.catalog_cards import render_compare, render_help, render_tool
from bot.slack.render.home import render_home
from bot.slack.render.text import MAX_BLOCKS, escape, safe
from core.catalog import Catalog
from core.matching import recommend
from core.ports import StoredRecommendation
from core.profile import Profile
from core.questions import QUESTIONS
from core.recommendation import Pick, Recommendation
from core.turns import Answered, Ask, Confirm, Say, Show
from core.vocabulary import Quadrant, Ring, Stage

ROOT = Path(__file__).resolve().parents[2]


def _texts(node: Any) -> list[tuple[str, str]]:
    found: list[tuple[str, str]] = []
    if isinstance(node, dict):
        if isinstance(node.get("text"), str) and node.get("type") in ("mrkdwn", "plain_text"):
            found.append((node["type"], node["text"]))
        for value in node.values():
            found.extend(_texts(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_texts(value))
    return found


def _within_limits(blocks: list[dict[str, Any]], *, max_blocks: int = MAX_BLOCKS) -> None:
    assert len(blocks) <= max_blocks
    for block in blocks:
        if block["type"] == "section":
            assert len(block.get("text", {}).get("text", "")) <= 3000
            assert len(block.get("fields", [])) <= 10
            assert all(len(f["text"]) <= 2000 for f in block.get("fields", []))
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
        if block["type"] == "actions":
            assert len(block["elements"]) <= 25
            for element in block["elements"]:
                if element["type"] == "button":
                    assert (
                        len(element["text"]["text"]) <= 75 and len(element.get("value", "")) <= 2000
                    )
                for option in element.get("options", []):
                    assert len(option["text"]["text"]) <= 75 and len(option["value"]) <= 150
                assert len(element.get("options", [])) <= 100
        if block["type"] == "context":
            assert len(block["elements"]) <= 10


def _real_catalog() -> Catalog:
    return read_catalog(ROOT / "catalog.json", today=date(2026, 12, 31))


def test_every_question_renders_within_limits() -> None:
    catalog = _real_catalog()
    for number, question in enumerate(QUESTIONS, start=1):
        _within_limits(render(Ask(question=question, number=number), catalog).blocks_json())


def test_a_huge_recommendation_is_cut_to_fifty_blocks_and_every_text_fits() -> None:
    long = "x" * 5000
    pick = Pick(
        id="mlflow", name="N" * 300, url="https://mlflow.org", score=1.0, ring=Ring.ADOPT, ring_meaning=long,
        quadrant=Quadrant.ML_PLATFORM, stages=(Stage.EXPERIMENT_TRACKING,), reasons=(long,) * 9,
        caveats=(long,) * 9, counterfactual=long,
    )  # fmt: skip
    rec = Recommendation(
        picks=(pick,) * 30, advice=(long,) * 10, keep=("a" * 3000,), relaxed=("b" * 3000,)
    )
    out = render(Show(recommendation=rec, recommendation_id=123456789), _real_catalog())
    _within_limits(out.blocks_json())
    assert len(out.text) <= 4000


def test_real_picks_for_several_profiles_fit() -> None:
    catalog = _real_catalog()
    for profile in (
        Profile(persona="researcher", cloud="gcp"),
        Profile(persona="platform_engineer", team_size=80, kubernetes=True, needs=list(Stage)),
        Profile(open_source_only=True, self_hosted=True, budget="none"),
    ):
        rec = recommend(profile, catalog)
        _within_limits(render(Show(recommendation=rec, recommendation_id=1), catalog).blocks_json())


def test_long_user_text_is_clipped_and_escaped_in_plain_lines_answers_and_confirms() -> None:
    catalog = _real_catalog()
    text = "<!channel> & " * 1000
    for message in (
        Say(text=text),
        Answered(question_id="persona", prompt=text, answer=text),
        Confirm(text=text),
    ):
        blocks = render(message, catalog).blocks_json()
        _within_limits(blocks)
        assert "<!channel>" not in str(blocks)


def test_cards_and_the_home_tab_fit() -> None:
    catalog = _real_catalog()
    for tool in catalog:
        _within_limits(render_tool(tool).blocks_json())
    tools = list(catalog)
    _within_limits(render_compare(tools[0], tools[-1]).blocks_json())
    _within_limits(render_help(unknown="<!here>" * 200).blocks_json())
    profile = Profile(
        persona="researcher", current_stack=[t.id for t in tools][:100], needs=list(Stage)
    )
    rec = recommend(profile, catalog)
    stored = StoredRecommendation(
        id=1,
        workspace="T1",
        user="U1",
        created_at=datetime(2026, 11, 26, tzinfo=UTC),
        recommendation=rec,
    )
    view = render_home(profile, stored, None, catalog).to_dict()
    _within_limits(view["blocks"], max_blocks=100)


def test_escaping_covers_the_three_characters_and_never_cuts_an_entity() -> None:
    assert escape("a & <b> c") == "a &amp; &lt;b&gt; c"
    clipped = safe("&" * 10, 8)
    assert clipped.endswith("…") and "&am…" not in clipped and "&a…" not in clipped
