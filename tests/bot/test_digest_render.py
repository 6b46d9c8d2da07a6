"""The landscape map: every tool named, no label over another label or marker; the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import combinations
from pathlib import Path

import pytest
from matplotlib.transforms import Bbox

from bench.sample_team import sample_digest
from bot.digests.landscape_map import MapPoint, draw_map, map_points, render_png
from bot.entrypoints.digest_map import render_to_file
from bot.settings import Settings
from bot.storage.unit_of_work import Database
from core.catalog import Catalog
from core.profile import parse_profile
from tests.bot.conftest import BOT_TOKEN, TEAM
from tests.bot.fake_slack_digest import DigestFakeSlack

PNG = b"\x89PNG\r\n\x1a\n"
NOW = datetime(2026, 11, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def fake_slack() -> Iterator[DigestFakeSlack]:
    fake = DigestFakeSlack(tokens={BOT_TOKEN: TEAM}, members={"CML": ["U1", "U2", "U3", "U4"]})
    with fake:
        yield fake
        assert not fake.rejected


def crowded() -> list[MapPoint]:
    """Fourteen tools, several almost on top of each other, some with long names."""
    spots = [
        (0.6, -0.3),
        (0.62, -0.32),
        (0.58, -0.28),
        (0.6, -0.26),
        (0.4, -0.6),
        (0.42, -0.58),
        (-0.9, -0.8),
        (-0.9, -0.6),
        (-0.88, -0.62),
        (-0.3, 0.8),
        (-0.28, 0.82),
        (0.3, 0.7),
        (0.5, -0.4),
        (0.52, -0.42),
    ]
    return [
        MapPoint(
            tool_id=f"t{n}",
            name=f"Tool number {n} with a long name" if n % 3 == 0 else f"Tool {n}",
            focus=x,
            scope=y,
            in_use=n % 2 == 0,
            recommended=n % 4 == 0,
        )
        for n, (x, y) in enumerate(spots)
    ]


def test_no_label_overlaps_another_label_or_a_marker_even_when_tools_crowd() -> None:
    points = crowded()
    fig, texts = draw_map(points, title="Crowded team")
    renderer = fig.canvas.get_renderer()  # type: ignore[attr-defined]
    boxes = [text.get_window_extent(renderer) for text in texts]
    assert len(texts) == len(points)
    for a, b in combinations(boxes, 2):
        assert not a.overlaps(b)
    axes = fig.axes[0]
    for point in points:
        x, y = axes.transData.transform((point.focus, point.scope))
        marker = Bbox.from_extents(x - 5, y - 5, x + 5, y + 5)
        assert not any(box.overlaps(marker) for box in boxes)
    frame = Bbox.from_extents(0, 0, fig.bbox.width, fig.bbox.height)
    assert all(frame.contains(box.x0, box.y0) and frame.contains(box.x1, box.y1) for box in boxes)


def test_labels_are_big_enough_to_read() -> None:
    _, texts = draw_map(crowded(), title="Crowded team")
    assert min(text.get_fontsize() for text in texts) >= 11


def test_the_map_shows_the_recommended_stack_and_marks_tools_that_are_winding_down(
    shipped_catalog: Catalog,
) -> None:
    points = {p.tool_id: p for p in map_points(sample_digest(shipped_catalog), shipped_catalog)}
    assert points["evidently"].recommended and not points["evidently"].in_use
    assert points["mlflow"].recommended and points["mlflow"].in_use
    assert points["neptune-ai"].caption == "neptune.ai (shut down)"
    assert render_png(sample_digest(shipped_catalog), shipped_catalog).startswith(PNG)


def test_render_to_file_draws_the_channels_map_from_slack_members_and_stored_profiles(
    settings: Settings, database: Database, tmp_path: Path, fake_slack: DigestFakeSlack
) -> None:
    with database.unit_of_work() as uow:
        for user in ("U1", "U2", "U3"):
            uow.profiles.save(TEAM, user, parse_profile({"needs": ["model_serving"]}), now=NOW)
        uow.commit()
    out = render_to_file(settings, workspace=None, channel="CML", out=tmp_path / "map.png")
    assert out.read_bytes().startswith(PNG)
    assert [c.method for c in fake_slack.calls] == [
        "auth.test",
        "conversations.members",
        "conversations.members",
    ]
