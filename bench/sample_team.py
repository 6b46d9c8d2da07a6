"""A memorable sample team (for docs/landscape-map.png and the digest benchmark).

Render the committed picture with: .venv/bin/python -m bench.sample_team docs/landscape-map.png
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path

from core.catalog import Catalog, parse_catalog
from core.digest import Digest, build_digest
from core.profile import Profile, parse_profile

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)

_PEOPLE = [
    {
        "persona": "researcher",
        "maturity": 0,
        "cloud": "aws",
        "kubernetes": False,
        "current_stack": ["git", "jupyterlab", "neptune-ai", "github-actions"],
        "frustrations": ["cant_reproduce", "no_monitoring"],
        "needs": ["experiment_tracking"],
        "open_source_only": True,
        "budget": "low",
    },
    {
        "persona": "researcher",
        "maturity": 0,
        "cloud": "aws",
        "kubernetes": False,
        "current_stack": ["git", "jupyterlab", "neptune-ai", "dvc"],
        "frustrations": ["cant_reproduce", "data_quality"],
        "open_source_only": True,
    },
    {
        "persona": "ml_engineer",
        "maturity": 1,
        "cloud": "aws",
        "kubernetes": False,
        "current_stack": ["git", "docker", "apache-airflow", "github-actions", "mlflow"],
        "frustrations": ["slow_handoff", "no_monitoring"],
        "needs": ["model_serving"],
        "open_source_only": True,
    },
    {
        "persona": "ml_engineer",
        "maturity": 1,
        "cloud": "aws",
        "current_stack": ["git", "docker", "torchserve", "github-actions"],
        "frustrations": ["slow_handoff", "no_monitoring", "cant_reproduce"],
        "open_source_only": True,
    },
    {
        "persona": "software_engineer",
        "maturity": 1,
        "cloud": "aws",
        "kubernetes": False,
        "current_stack": ["git", "docker", "github-actions", "terraform"],
        "frustrations": ["no_monitoring", "slow_handoff"],
        "needs": ["model_monitoring"],
    },
    {
        "persona": "researcher",
        "maturity": 0,
        "cloud": "aws",
        "kubernetes": False,
        "current_stack": ["git", "jupyterlab", "neptune-ai"],
        "frustrations": ["cant_reproduce", "data_quality", "no_monitoring"],
        "open_source_only": True,
    },
    {
        "persona": "team_lead",
        "maturity": 0,
        "cloud": "aws",
        "current_stack": ["git", "github-actions"],
        "frustrations": ["data_quality", "too_many_tools"],
    },
]


def sample_profiles() -> list[Profile]:
    """Seven people: mostly researchers and ML engineers on AWS, open source, no Kubernetes."""
    return [parse_profile(person) for person in _PEOPLE]


def shipped_catalog() -> Catalog:
    return parse_catalog(
        (ROOT / "catalog.json").read_text(encoding="utf-8"), today=date(2026, 12, 31)
    )


def sample_digest(catalog: Catalog | None = None) -> Digest:
    catalog = catalog or shipped_catalog()
    return build_digest(
        sample_profiles(), catalog, now=NOW, members=12, helpful={"mlflow": 3, "evidently": 1}
    )


def main(argv: list[str]) -> None:
    from bot.digests.landscape_map import render_png

    catalog = shipped_catalog()
    out = Path(argv[0] if argv else "docs/landscape-map.png")
    out.write_bytes(render_png(sample_digest(catalog), catalog))
    print(f"wrote {out}")


if __name__ == "__main__":
    main(sys.argv[1:])
