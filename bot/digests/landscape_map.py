"""The landscape map of a team (matplotlib, headless): tools named on focus × scope, no overlaps."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass, replace
from typing import Literal

import matplotlib

matplotlib.use("Agg")  # headless: never open a window, never need a display

from matplotlib.backends.backend_agg import FigureCanvasAgg, RendererAgg  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.text import Text  # noqa: E402
from matplotlib.transforms import Bbox, offset_copy  # noqa: E402

from core.catalog import Catalog  # noqa: E402
from core.digest import Digest  # noqa: E402
from core.vocabulary import Quadrant, label  # noqa: E402

LIMIT = 1.15
LABEL_SIZE = 12
QUADRANT_SIZE = 15
_CURRENT = "#3b6ea5"
_RECOMMENDED = "#e07b00"
_RECOMMENDED_EDGE = "#a35a00"
_WARNING = "#c0392b"
_QUADRANTS = {  # (x sign, y sign) -> quadrant and background colour
    (-1, 1): (Quadrant.CLOUD_PLATFORM, "#eef3fb"),
    (1, 1): (Quadrant.ML_PLATFORM, "#f3eefb"),
    (1, -1): (Quadrant.SPECIALIZED_ML, "#eefbf1"),
    (-1, -1): (Quadrant.STANDARD_SWE, "#fbf6ee"),
}
#: Directions tried around a point, nearest first: right, left, up, down, then the diagonals.
_DIRECTIONS = (0, 180, 90, 270, 30, 150, 330, 210, 60, 120, 300, 240)
_RADII = (15, 22, 32, 48, 68, 92, 120)


@dataclass(frozen=True)
class MapPoint:
    """A tool on the map: where it sits, and whether the team uses it and/or it is recommended."""

    tool_id: str
    name: str
    focus: float
    scope: float
    in_use: bool
    recommended: bool
    warning: str | None = None  # "shut down", "archived"… for a tool that is winding down

    @property
    def caption(self) -> str:
        return f"{self.name} ({self.warning})" if self.warning else self.name


def map_points(digest: Digest, catalog: Catalog, *, max_current: int = 10) -> list[MapPoint]:
    """The recommended stack and the team's most used tools (recommended first, then by use)."""
    stack = [c.tool_id for c in digest.stack if c.tool_id and c.tool_id in catalog]
    used = [c.key for c in digest.team_tools if c.key in catalog][:max_current]
    everyone = {c.key for c in digest.team_tools}
    points = []
    for tool_id in dict.fromkeys([*stack, *used]):
        tool = catalog.get(tool_id)
        warning = None if tool.adoptable else tool.status.value.replace("_", " ")
        points.append(
            MapPoint(
                tool_id=tool.id,
                name=tool.name,
                focus=tool.focus,
                scope=tool.scope,
                in_use=tool_id in everyone,
                recommended=tool_id in stack,
                warning=warning,
            )
        )
    return _spread(points)


def _spread(points: list[MapPoint], *, gap: float = 0.05) -> list[MapPoint]:
    """Tools at the same spot are set around it on a small circle, so every marker shows."""
    groups: dict[tuple[float, float], list[int]] = {}
    for index, point in enumerate(points):
        groups.setdefault((round(point.focus, 2), round(point.scope, 2)), []).append(index)
    spread = list(points)
    for (x, y), members in groups.items():
        if len(members) < 2:
            continue
        for k, index in enumerate(members):
            angle = 2 * math.pi * k / len(members)
            spread[index] = replace(
                points[index], focus=x + gap * math.cos(angle), scope=y + gap * math.sin(angle)
            )
    return spread


def _overlap(a: Bbox, b: Bbox) -> float:
    width = min(a.x1, b.x1) - max(a.x0, b.x0)
    height = min(a.y1, b.y1) - max(a.y0, b.y0)
    return width * height if width > 0 and height > 0 else 0.0


HorizontalAlignment = Literal["left", "center", "right"]
VerticalAlignment = Literal["bottom", "center", "top"]


def _alignment(angle: int) -> tuple[HorizontalAlignment, VerticalAlignment]:
    dx, dy = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    ha: HorizontalAlignment = "left" if dx > 0.3 else "right" if dx < -0.3 else "center"
    va: VerticalAlignment = "bottom" if dy > 0.3 else "top" if dy < -0.3 else "center"
    return ha, va


def _place(
    fig: Figure,
    ax: object,
    renderer: RendererAgg,
    text: Text,
    point: tuple[float, float],
    obstacles: list[Bbox],
    frame: Bbox,
) -> float:
    """Move `text` to the first free spot around `point`; returns the radius used."""
    best: tuple[float, int, int] | None = None
    for radius in _RADII:
        for angle in _DIRECTIONS:
            dx = radius * math.cos(math.radians(angle))
            dy = radius * math.sin(math.radians(angle))
            ha, va = _alignment(angle)
            text.set_transform(offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="dots"))  # type: ignore[attr-defined]
            text.set_horizontalalignment(ha)
            text.set_verticalalignment(va)
            box = text.get_window_extent(renderer).expanded(1.0, 1.0).padded(3)
            outside = box.width * box.height - _overlap(box, frame)
            cost = outside * 10 + sum(_overlap(box, other) for other in obstacles)
            if cost == 0:
                obstacles.append(box)
                return radius
            if best is None or cost < best[0]:
                best = (cost, radius, angle)
    assert best is not None
    _, radius, angle = best
    ha, va = _alignment(angle)
    dx, dy = radius * math.cos(math.radians(angle)), radius * math.sin(math.radians(angle))
    text.set_transform(offset_copy(ax.transData, fig=fig, x=dx, y=dy, units="dots"))  # type: ignore[attr-defined]
    text.set_horizontalalignment(ha)
    text.set_verticalalignment(va)
    obstacles.append(text.get_window_extent(renderer).padded(3))
    return radius


def _background(ax: object) -> list[Text]:
    labels = []
    for (sx, sy), (quadrant, colour) in _QUADRANTS.items():
        ax.fill_between([0, sx * LIMIT], 0, sy * LIMIT, color=colour, zorder=0)  # type: ignore[attr-defined]
        labels.append(
            ax.text(  # type: ignore[attr-defined]
                sx * (LIMIT - 0.04),
                sy * (LIMIT - 0.04),
                label(quadrant.value),
                fontsize=QUADRANT_SIZE,
                fontweight="bold",
                color="#555555",
                ha="left" if sx < 0 else "right",
                va="top" if sy > 0 else "bottom",
                zorder=1,
            )
        )
    ax.axhline(0, color="#999999", linewidth=1, zorder=1)  # type: ignore[attr-defined]
    ax.axvline(0, color="#999999", linewidth=1, zorder=1)  # type: ignore[attr-defined]
    return labels


def draw_map(points: list[MapPoint], *, title: str) -> tuple[Figure, list[Text]]:
    """The figure and its tool labels (no label overlaps another, a marker or a title)."""
    fig = Figure(figsize=(11, 8.5), dpi=110)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0.07, 0.13, 0.9, 0.8))
    ax.set_xlim(-LIMIT, LIMIT)
    ax.set_ylim(-LIMIT, LIMIT)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("← software artifacts          FOCUS          models →", fontsize=13, labelpad=8)
    ax.set_ylabel("← piecemeal          SCOPE          all-in-one →", fontsize=13, labelpad=8)
    ax.set_title(title, fontsize=16, pad=12)
    quadrant_labels = _background(ax)
    for point in points:
        drawn = _marker(point)
        ax.scatter(
            [point.focus], [point.scope], marker=drawn.shape, s=drawn.size, color=drawn.colour,
            edgecolors=drawn.edge, linewidths=drawn.width, zorder=3 if point.recommended else 2.5,
        )  # fmt: skip
    renderer: RendererAgg = canvas.get_renderer()  # type: ignore[no-untyped-call]  # untyped in matplotlib
    frame = ax.get_window_extent(renderer)
    obstacles = [t.get_window_extent(renderer).padded(4) for t in quadrant_labels]
    for point in points:
        x, y = ax.transData.transform((point.focus, point.scope))
        half = 14 if point.recommended else 9  # the star is drawn larger than the dot
        obstacles.append(Bbox.from_extents(x - half, y - half, x + half, y + half))
    texts = []
    for point in points:
        colour = "#7a3f00" if point.recommended else _WARNING if point.warning else "#1d3557"
        text = ax.text(
            point.focus,
            point.scope,
            point.caption,
            fontsize=LABEL_SIZE,
            zorder=4,
            fontweight="bold" if point.recommended else "normal",
            color=colour,
        )
        radius = _place(fig, ax, renderer, text, (point.focus, point.scope), obstacles, frame)
        if radius > _RADII[1]:
            _leader(ax, renderer, text, point)
        texts.append(text)
    fig.legend(handles=_legend(), loc="lower center", ncol=4, fontsize=12, frameon=False)
    return fig, texts


def _leader(ax: object, renderer: RendererAgg, text: Text, point: MapPoint) -> None:
    box = text.get_window_extent(renderer)
    inverse = ax.transData.inverted()  # type: ignore[attr-defined]
    px, py = ax.transData.transform((point.focus, point.scope))  # type: ignore[attr-defined]
    tx = min(max(px, box.x0), box.x1)
    ty = min(max(py, box.y0), box.y1)
    (x0, y0), (x1, y1) = inverse.transform([(px, py), (tx, ty)])
    ax.plot([x0, x1], [y0, y1], color="#888888", linewidth=0.8, zorder=2)  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Marker:
    """How a tool is drawn: a star when recommended, a red cross when winding down, else a dot."""

    shape: str
    size: float
    colour: str
    edge: str
    width: float


def _marker(point: MapPoint) -> Marker:
    if point.recommended:
        return Marker("*", 380, _RECOMMENDED, _CURRENT if point.in_use else _RECOMMENDED_EDGE, 1.8)
    if point.warning:
        return Marker("X", 130, _WARNING, "white", 1)
    return Marker("o", 120, _CURRENT, "white", 1)


def _legend() -> list[Line2D]:
    def handle(marker: str, colour: str, edge: str, size: float, text: str) -> Line2D:
        return Line2D(
            [],
            [],
            marker=marker,
            color="none",
            markerfacecolor=colour,
            markeredgecolor=edge,
            markersize=size,
            markeredgewidth=1.8,
            label=text,
        )

    return [
        handle("o", _CURRENT, "white", 11, "Used in the team"),
        handle("*", _RECOMMENDED, _RECOMMENDED_EDGE, 19, "Recommended stack"),
        handle("*", _RECOMMENDED, _CURRENT, 19, "Used and recommended"),
        handle("X", _WARNING, "white", 12, "Used, but winding down"),
    ]


def map_title(digest: Digest) -> str:
    return f"Your team on the MLOps landscape ({digest.interviewed} members interviewed)"


def render_png(digest: Digest, catalog: Catalog, *, title: str | None = None) -> bytes:
    """The landscape map of a digest as PNG bytes (for files_upload_v2)."""
    fig, _ = draw_map(map_points(digest, catalog), title=title or map_title(digest))
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png")
    return buffer.getvalue()
