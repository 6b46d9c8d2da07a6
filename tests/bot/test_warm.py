"""Start-up does the slow first-time work, so the first person does not wait for it."""

from __future__ import annotations

from bot.bootstrap import bootstrap
from bot.settings import Settings
from bot.storage.unit_of_work import Database
from core.answers import _remembered
from core.catalog import Catalog


def test_warming_builds_the_search_index_and_compiles_the_reader(
    settings: Settings, database: Database, shipped_catalog: Catalog
) -> None:
    catalog = Catalog(shipped_catalog.tools)  # a catalog of its own: nothing built yet
    runtime = bootstrap(settings, catalog=catalog, database=database)
    reads = _remembered.cache_info().misses
    assert catalog._index is None
    runtime.warm()
    assert catalog._index is not None, "the search index is built before the first search"
    assert _remembered.cache_info().misses == reads + 1, "the reader ran once, compiling its patterns"
    assert [t.id for t in catalog.search("kubeflw", limit=1)] == ["kubeflow"]
