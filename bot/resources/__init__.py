"""The files the package ships: the catalog, its JSON Schema, and the Alembic migrations and settings.

They live at the top of the repository (catalog.json, catalog.schema.json, migrations/, alembic.ini);
this package holds links to them, which the wheel turns into copies (package data). Both an installed
wheel and a checkout (editable install, tests) read them through importlib.resources, from here.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def _path(name: str) -> Path:
    resource = files(__name__) / name
    if not isinstance(resource, Path):  # a zipped install: Alembic and the CLI need real files
        raise RuntimeError(f"mlops-waiter must be installed as files, not zipped: cannot reach {name}")
    return resource


def catalog_path() -> Path:
    """The shipped tool catalog (CATALOG_PATH overrides it)."""
    return _path("catalog.json")


def schema_path() -> Path:
    """The catalog's JSON Schema, generated from core's model (`mlops-waiter catalog schema`)."""
    return _path("catalog.schema.json")


def alembic_ini() -> Path:
    """Alembic's settings (logging; the script location is set from migrations_path())."""
    return _path("alembic.ini")


def migrations_path() -> Path:
    """The Alembic environment and revisions."""
    return _path("migrations")
