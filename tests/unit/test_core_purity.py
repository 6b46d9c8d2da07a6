"""core/ is pure: it never imports Slack, SQLAlchemy, Alembic or the bot package."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "core"
FORBIDDEN = ("slack_bolt", "slack_sdk", "sqlalchemy", "alembic", "bot", "os", "requests", "psycopg")


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_no_core_module_imports_an_adapter_or_reads_the_environment() -> None:
    offenders = {
        path.name: sorted(imported_modules(path.read_text()) & set(FORBIDDEN)) for path in CORE.glob("**/*.py")
    }
    assert {name: bad for name, bad in offenders.items() if bad} == {}


def test_the_import_check_catches_a_forbidden_import() -> None:
    assert "sqlalchemy" in imported_modules("from sqlalchemy.orm import Session")
    assert "bot" in imported_modules("import bot.storage.unit_of_work")
