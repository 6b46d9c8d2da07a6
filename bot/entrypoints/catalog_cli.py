"""`mlops-waiter catalog …`: validate, list, show, search, stats and the JSON Schema."""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from bot import resources
from bot.bootstrap import read_catalog
from core.catalog import Catalog, Tool, catalog_json_schema
from core.vocabulary import Stage, label

SCHEMA_PATH = resources.schema_path()  # in a checkout, the top-level catalog.schema.json


def run_catalog(args: argparse.Namespace, path: Path) -> int:
    if args.verb == "schema":
        return _schema(check=args.check)
    catalog = read_catalog(path, partial=getattr(args, "partial", False))
    if args.verb == "validate":
        print(f"{path}: {len(catalog)} tools, valid")
        return 0
    if args.verb == "list":
        tools = catalog.with_stage(Stage(args.stage)) if args.stage else list(catalog)
        for tool in tools:
            print(f"{tool.id:<32} {tool.name:<36} {label(tool.effective_ring):<7} {tool.status.value}")
        return 0
    if args.verb == "show":
        print(describe(catalog.resolve(args.id)))
        return 0
    if args.verb == "search":
        hits = catalog.search(" ".join(args.text))
        for tool in hits:
            print(f"{tool.id:<32} {tool.summary}")
        if not hits:
            print("no tool matches")
            return 1
        return 0
    if args.verb == "stats":
        print(stats(catalog))
        return 0
    raise AssertionError(args.verb)


def describe(tool: Tool) -> str:
    """A tool's record, for people."""
    lines = [
        f"{tool.name} ({tool.id}) — {tool.vendor}",
        tool.summary,
        f"url: {tool.url}",
        f"category: {label(tool.category)} · quadrant: {label(tool.quadrant)} · ring: {label(tool.effective_ring)}",
        f"stages: {', '.join(label(s) for s in tool.stages)}",
        f"licence: {tool.license} ({'open source' if tool.open_source else 'not open source'})",
        f"deployment: {', '.join(d.value for d in tool.deployment)} · pricing: {tool.pricing.value}"
        + (" · needs Kubernetes" if tool.requires_kubernetes else ""),
        f"status: {tool.status.value}" + (f" — {tool.status_note}" if tool.status_note else ""),
    ]
    if tool.ring_reason:
        lines.append(f"ring reason: {tool.ring_reason}")
    if tool.successor:
        lines.append(f"successor: {tool.successor}")
    if tool.aliases:
        lines.append(f"also known as: {', '.join(tool.aliases)}")
    lines.append(f"sources ({tool.last_verified}): " + " ".join(tool.sources))
    return "\n".join(lines)


def _table(title: str, counts: Counter[str]) -> list[str]:
    rows = [f"{title}:"]
    rows += [f"  {key:<28} {count:>4}" for key, count in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))]
    return rows


def stats(catalog: Catalog) -> str:
    """Counts by stage, category, quadrant, ring, status and licence kind; the oldest checks."""
    tools = list(catalog)
    licence_kind = Counter(
        "open source" if t.open_source else ("proprietary" if t.license == "proprietary" else "source-available")
        for t in tools
    )
    lines = [f"{len(tools)} tools (catalog updated {catalog.updated})", ""]
    lines += _table("by stage", Counter(s.value for t in tools for s in t.stages))
    lines += _table("by category", Counter(t.category.value for t in tools))
    lines += _table("by quadrant", Counter(t.quadrant.value for t in tools))
    lines += _table("by ring", Counter(t.effective_ring.value for t in tools))
    lines += _table("by status", Counter(t.status.value for t in tools))
    lines += _table("by licence kind", licence_kind)
    oldest = sorted(tools, key=lambda t: (t.last_verified, t.id))[:5]
    lines.append("oldest last_verified:")
    lines += [f"  {t.last_verified}  {t.id}" for t in oldest]
    return "\n".join(lines)


def schema_text() -> str:
    return json.dumps(catalog_json_schema(), indent=2, ensure_ascii=False) + "\n"


def _schema(*, check: bool) -> int:
    text = schema_text()
    if check:
        current = SCHEMA_PATH.read_text(encoding="utf-8") if SCHEMA_PATH.exists() else ""
        if current != text:
            print("catalog.schema.json is out of date: run `mlops-waiter catalog schema`")
            return 1
        print("catalog.schema.json is up to date")
        return 0
    SCHEMA_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {SCHEMA_PATH}")
    return 0
