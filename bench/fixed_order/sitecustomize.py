"""Bench-only: hide core.interviewing so the app falls back to FixedOrder (isolates the adapter's cost)."""

from __future__ import annotations

import importlib.abc
import sys


class _Hide(importlib.abc.MetaPathFinder):
    def find_spec(self, name: str, path: object, target: object = None) -> None:
        if name == "core.interviewing":
            raise ImportError("hidden by bench/fixed_order")
        return None


sys.meta_path.insert(0, _Hide())
