"""Roles and team sizes in general forms: a lead leads, who runs the machinery is platform, hedged and
abbreviated self-descriptions, number words with '-odd', any kind of team or firm, the one among many."""

from __future__ import annotations

import pytest

from core.answers import understand
from core.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "persona"),
    [
        ("I'm the ML lead at a lender", "team_lead"),
        ("data science lead here, 7 people", "team_lead"),
        ("ML platform lead, 40 researchers", "team_lead"),
        ("I run ML ops for a 25-person DS org", "platform_engineer"),
        ("i'm the one who keeps the GPU clusters running for everyone", "platform_engineer"),
        ("we're sort of a platform team of two", "platform_engineer"),
        ("we r 2 ML eng in a startup", "ml_engineer"),
        ("6 ML engineers (me included), Azure", "ml_engineer"),
        ("Backend eng, 4 on the team", "software_engineer"),
        ("HPC/platform admin here, I support 40 researchers", "platform_engineer"),
        ("I've been here six weeks as the first ML platform person", "platform_engineer"),
        ("as the eng manager I mostly care that we stop paying for overlapping tools", "team_lead"),
        ("3 MLEs, 1 DE and me (lead). we build fraud models", "team_lead"),
        ("two weeks in the slurm queue, and I am doing my PhD on a deadline", "researcher"),
        ("five engineers, I'm one of them, software background", "software_engineer"),
    ],
)
def test_roles_in_other_words(shipped_catalog: Catalog, text: str, persona: str) -> None:
    assert understand(text, shipped_catalog)["persona"].value == persona


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("we support twenty-odd data scientists", 20),
        ("we're a 2-person consultancy", 2),
        ("a 10-person MLE team at a satellite company", 10),
        ("CTO of a tiny startup (4 engs)", 4),
        ("our data scientists (about 30) write pandas", 30),
        ("I'm the only MLE among 9 data scientists", 10),
        # the writer as the only one
        ("I'm the only data person (ML engineer by title)", 1),
        ("I'm the entire 'AI department' at a law firm", 1),
        ("I run a one-woman ML consultancy", 1),
        ("I'm the only data person on a team of 6", 6),
    ],
)
def test_team_sizes_in_other_words(shipped_catalog: Catalog, text: str, size: int) -> None:
    assert understand(text, shipped_catalog)["team_size"] == size
