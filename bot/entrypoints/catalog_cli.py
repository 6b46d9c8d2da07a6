"""`mlops-waiter catalog …`: validate, list, show, search, stats and the JSON Schema."""

from __future__ import annotations

import argparse
import json
import shutil
import textwrap
from collections import Counter
from pathlib import Path

from bot import resources
from bot.bootstrap import read_catalog
from core.catalog import Catalog, Tool, catalog_json_schema
from core.vocabulary import Cloud, Deployment, Stage, label
from core.wording import built_for_text, kubernetes_text, self_host_text

SCHEMA_PATH = resources.schema_path()  # in a checkout, the top-level catalog.schema.json


def run_catalog(args: argparse.Namespace, path: Path) -> int:
    if args.verb == "schema":
        return _schema(check=args.check)
    catalog = read_catalog(path, partial=getattr(args, "partial", False))
    if args.verb == "validate":
        print(f"{path}: {len(catalog)} tools, valid")
        return 0
    if args.verb == "list":
        tools = filtered(catalog, args)
        for tool in tools:
            print(_row(tool.id, f"{tool.name} · {label(tool.effective_ring)} · {tool.status.value}"))
        print(f"{len(tools)} of {len(catalog)} tools")
        return 0
    if args.verb == "show":
        print(describe(catalog.resolve(args.id)))
        return 0
    if args.verb == "search":
        hits = catalog.search(" ".join(args.text))
        for tool in hits:
            print(_row(tool.id, f"{tool.name}: {tool.summary}"))
        if not hits:
            print("no tool matches")
            return 1
        return 0
    if args.verb == "stats":
        print(stats(catalog))
        return 0
    raise AssertionError(args.verb)


def filtered(catalog: Catalog, args: argparse.Namespace) -> list[Tool]:
    """The tools that pass every filter given on the command line."""

    def keep(tool: Tool) -> bool:
        if args.stage and Stage(args.stage) not in tool.primary_stages:
            return False
        if args.open_source is not None and tool.open_source is not args.open_source:
            return False
        if args.self_hostable and Deployment.SELF_HOSTED not in tool.deployment:
            return False
        if args.kubernetes is not None and tool.requires_kubernetes is not args.kubernetes:
            return False
        if args.cloud and tool.clouds and Cloud(args.cloud) not in tool.clouds:
            return False
        return not (args.status and tool.status.value != args.status)

    return [tool for tool in catalog if keep(tool)]


def _width() -> int:
    return max(60, min(shutil.get_terminal_size((100, 24)).columns, 160))


def _row(key: str, text: str, *, key_width: int = 30) -> str:
    """A key column, then text wrapped to the terminal under its own column."""
    indent = " " * (key_width + 1)
    return textwrap.fill(
        text, width=_width(), initial_indent=f"{key:<{key_width}} "[: key_width + 1], subsequent_indent=indent
    ) if len(key) <= key_width else key + "\n" + textwrap.fill(text, width=_width(), initial_indent=indent,
                                                              subsequent_indent=indent)  # fmt: skip


def describe(tool: Tool) -> str:
    """A tool's record, for people."""
    lines = [
        f"{tool.name} ({tool.id}) — {tool.vendor}",
        tool.summary,
        f"url: {tool.url}",
        f"category: {label(tool.category)} · quadrant: {label(tool.quadrant)} · ring: {label(tool.effective_ring)}",
        f"built for: {built_for_text(tool)}",
        f"touches: {', '.join(label(s) for s in tool.stages)}",
        f"licence: {tool.license} ({'open source' if tool.open_source else 'not open source'})",
        f"deployment: {', '.join(d.value for d in tool.deployment)} · pricing: {tool.pricing.value}"
        + f" · needs Kubernetes: {kubernetes_text(tool)}",
        f"pricing model: {tool.pricing_model}",
        "to self-host: " + self_host_text(tool),
        "latest release: "
        + (f"{tool.latest_release.version} ({tool.latest_release.date})" if tool.latest_release else "none published"),
        f"status: {tool.status.value}" + (f" — {tool.status_note}" if tool.status_note else ""),
    ]
    lines += [f"history: {e.date} {e.kind.value}: {e.what}" for e in sorted(tool.events, key=lambda e: e.date)]
    if tool.ring_reason:
        lines.append(f"ring reason: {tool.ring_reason}")
    if tool.successor:
        lines.append(f"successor: {tool.successor}")
    if tool.aliases:
        lines.append(f"also known as: {', '.join(tool.aliases)}")
    lines.append(f"sources (checked {tool.last_verified}):")
    lines += [f"  {url}" for url in tool.sources]
    return "\n".join(_fit(line) for line in lines)


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
    adoptable = [t for t in tools if t.adoptable]
    built = Counter(s.value for t in adoptable for s in t.primary_stages if t.built_for(s))
    lines += _table("adoptable tools built for each stage", built)
    lines += _table("by category", Counter(t.category.value for t in tools))
    lines += _table("by quadrant", Counter(t.quadrant.value for t in tools))
    lines += _table("by ring", Counter(t.effective_ring.value for t in tools))
    lines += _table("by status", Counter(t.status.value for t in tools))
    lines += _table("by licence kind", licence_kind)
    oldest = sorted(tools, key=lambda t: (t.last_verified, t.id))[:5]
    lines.append("oldest last_verified:")
    lines += [f"  {t.last_verified}  {t.id}" for t in oldest]
    return "\n".join(_fit(line) for line in lines)


def _fit(line: str) -> str:
    return textwrap.fill(line, width=_width(), subsequent_indent="    ") if len(line) > _width() else line


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
