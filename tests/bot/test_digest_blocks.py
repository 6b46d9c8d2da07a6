"""The digest message: Block Kit limits hold, text is escaped, small counts are never spelled."""

from __future__ import annotations

import json

from bench.sample_team import sample_digest
from bot.slack.render.digest import digest_blocks, digest_text
from core.catalog import Catalog
from core.digest import Count
from core.team_news import NewsItem, NewsKind


def test_the_digest_message_respects_block_kit_limits(shipped_catalog: Catalog) -> None:
    digest = sample_digest(shipped_catalog)
    long_note = "A very long status note. " * 400
    crowded = digest.model_copy(update={
        "news": tuple(
            NewsItem(tool_id=f"t{n}", tool_name=f"Tool {n}", kind=NewsKind.WINDING_DOWN, users=n,
                     what="has shut down", note=long_note, alternatives=("A", "B", "C"))
            for n in range(40)
        ),
        "changes": tuple(f"Change number {n} " * 20 for n in range(300)),
    })  # fmt: skip
    blocks = [block.to_dict() for block in digest_blocks(crowded)]
    assert len(blocks) <= 50
    for block in blocks:
        if block["type"] == "section":
            assert len(block["text"]["text"]) <= 3000
        if block["type"] == "header":
            assert len(block["text"]["text"]) <= 150
    assert len(digest_text(crowded)) <= 4000


def test_catalog_names_are_escaped_and_small_groups_are_not_counted(
    shipped_catalog: Catalog,
) -> None:
    digest = sample_digest(shipped_catalog).model_copy(update={
        "helpful": (Count(key="x", label="<!channel> & co", count=1),),
        "news": (NewsItem(tool_id="wandb", tool_name="Weights & Biases", kind=NewsKind.ACQUIRED,
                          users=2, what="changed hands", note="Acquired <b>in 2025</b>."),),
    })  # fmt: skip
    text = json.dumps([block.to_dict() for block in digest_blocks(digest)])
    assert "<!channel>" not in text and "&lt;!channel&gt; &amp; co" in text
    assert "Weights &amp; Biases" in text
    assert "Some of you use" in text and "2 of you" not in text
