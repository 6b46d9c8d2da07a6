"""The conversation eval: every panel scenario played through the JSON-lines chat by a scripted person.

`python -m eval.conversation [--dev] [--verbose]`. The person opens with one sentence in words (role,
team, where they run, Kubernetes, tools in use, what hurts, what they need) and answers each follow-up
in words (yes/no, the option's label, tool names), or says "skip" when the scenario leaves the field
out. The same `chat_jsonl` that `mlops-waiter chat --jsonl` runs holds the conversation, on a fresh
embedded store. Printed: questions after the opening (mean), loops (a question asked a third time),
top-3 hit rate, precision and hard-constraint violations of the picks it ends with, and how often
those picks are the ones `recommend` gives on the scenario's full profile.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.bootstrap import build_waiter  # noqa: E402
from bot.entrypoints.jsonl import chat_jsonl  # noqa: E402
from bot.storage.migrate import upgrade  # noqa: E402
from bot.storage.unit_of_work import Database  # noqa: E402
from core.catalog import Catalog  # noqa: E402
from core.matching import recommend  # noqa: E402
from core.profile import parse_profile  # noqa: E402
from core.scoring import and_list  # noqa: E402
from core.vocabulary import label, label_in_text  # noqa: E402
from eval.run import ROOT, dev_panels, hard_breaks, load_catalog, load_panel  # noqa: E402

LIMIT = 25  # replies before the scripted person gives up (a conversation that long is a failure)
OPENING_FIELDS = ("persona", "team_size", "cloud", "kubernetes", "current_stack", "frustrations", "needs")
PERSONA_WORDS = {
    "researcher": "I'm an ML researcher", "software_engineer": "I'm a software engineer",
    "ml_engineer": "I'm an ML engineer", "platform_engineer": "I'm an ML platform engineer",
    "team_lead": "I lead the ML team",
}  # fmt: skip
CLOUD_WORDS = {
    "aws": "we run on AWS", "gcp": "we run on Google Cloud", "azure": "we run on Azure",
    "on_prem": "we run on our own servers on-prem", "none": "no cloud, just our laptops",
    "other": "we run on a smaller cloud provider",
}  # fmt: skip
BUDGET_WORDS = {"none": "free only", "low": "a small budget", "medium": "a medium budget", "high": "a big budget"}
SCOPE_WORDS = {
    "piecemeal": "best-of-breed pieces", "all_in_one": "one all-in-one platform", "no_preference": "no preference",
}  # fmt: skip
MATURITY_WORDS = {
    0: "notebooks and scripts we run by hand", 1: "automated training pipelines, manual deploys",
    2: "CI/CD for our pipelines and models",
}


def _labels(values: Sequence[str]) -> str:
    return and_list([label_in_text(v) for v in values])


def words_for(field: str, value: Any, catalog: Catalog) -> str:
    """How a person says one field's value in words."""
    if field == "persona":
        return PERSONA_WORDS[value]
    if field == "team_size":
        return "it's just me" if value == 1 else f"we're {value} people"
    if field == "cloud":
        return CLOUD_WORDS[value]
    if field == "kubernetes":
        return "we run Kubernetes" if value else "we don't have Kubernetes"
    if field == "current_stack":
        names = [catalog.get(t).name for t in value if t in catalog]
        return "we use " + ", ".join(names) if names else "we use nothing yet"
    if field == "frustrations":
        return "what hurts: " + _labels([label(v) for v in value]) if value else "nothing hurts much"
    if field == "needs":
        return "we need help with " + _labels(value) if value else "nothing in particular"
    if field == "workloads":
        return "we build " + _labels(value) + " models"
    if field == "open_source_only":
        return "yes, it must be open source" if value else "no, open source isn't required"
    if field == "self_hosted":
        return "yes, everything must be self-hosted" if value else "no, SaaS is fine"
    if field == "budget":
        return BUDGET_WORDS[value]
    if field == "scope_preference":
        return SCOPE_WORDS[value]
    if field == "maturity":
        return MATURITY_WORDS[value]
    raise KeyError(field)


def opening(truth: dict[str, Any], catalog: Catalog) -> str:
    """The one sentence the person opens with."""
    parts = [words_for(f, truth[f], catalog) for f in OPENING_FIELDS if truth.get(f) not in (None, [], ())]
    return "; ".join(parts) + "." if parts else "Hi, I'd like some advice."


def play(truth: dict[str, Any], catalog: Catalog, database: Database, user: str) -> dict[str, Any]:
    """One scripted conversation: the questions asked, whether one looped, and the picks at the end."""
    waiter = build_waiter(catalog, database.unit_of_work, numbered_options=True)
    out: list[dict[str, Any]] = []
    asked: Counter[str] = Counter()

    def replies() -> Iterator[str]:
        yield opening(truth, catalog)
        seen = 0
        for _ in range(LIMIT):
            asks = [m for m in out if m["kind"] == "ask"]
            if any(m["kind"] == "picks" for m in out) or len(asks) == seen:
                # picks shown, or nothing asked since the last reply: the waiter has said its last word (an answer
                # that nothing fits ends a conversation too; answering its last question again is no loop)
                return
            seen = len(asks)
            question = asks[-1]["question"]
            asked[question] += 1
            if asked[question] > 2:
                return
            value = truth.get(question)
            yield "skip" if value in (None, [], ()) else words_for(question, value, catalog)

    chat_jsonl(waiter, user=user, lines=replies(), write=lambda line: out.append(json.loads(line)))
    shown = [m for m in out if m["kind"] == "picks"]
    questions = sum(asked.values())
    return {
        "questions": questions - asked.get("opening", 0),
        "loop": any(n > 2 for n in asked.values()),
        "picks": [p["id"] for p in shown[-1]["picks"]] if shown else [],
    }


def evaluate(panel: list[dict[str, Any]], *, verbose: bool = False) -> dict[str, Any]:
    catalog, raw_tools = load_catalog()
    raw = {t["id"]: t for t in raw_tools}
    totals: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{Path(folder) / 'conversations.sqlite3'}"
        upgrade(url)
        database = Database(url)
        for n, scenario in enumerate(panel):
            truth = scenario["profile"]
            result = play(truth, catalog, database, user=f"person-{n}")
            top = result["picks"][:3]
            accept = {t for t in scenario["acceptable"] if t in raw}
            never = {t for t in scenario["forbidden"] if t in raw}
            direct = [p.id for p in recommend(parse_profile(truth), catalog).picks]
            totals["questions"] += result["questions"]
            totals["loops"] += result["loop"]
            totals["ended_with_picks"] += bool(top)
            totals["hits"] += bool(set(top) & accept) and not set(top) & never
            totals["shown"] += len(top)
            totals["accepted"] += sum(t in accept for t in top)
            broken = {t: hard_breaks(raw[t], truth) for t in top if hard_breaks(raw[t], truth)}
            totals["violations"] += len(broken)
            if verbose and broken:
                print(f"  {scenario['id']}: violation {broken} (asked {result['questions']})", file=sys.stderr)
            totals["same_as_recommend"] += set(top) == set(direct[:3])
            if verbose and (result["loop"] or set(top) != set(direct[:3])):
                print(f"  {scenario['id']}: chat {top} vs recommend {direct[:3]}"
                      f"{' (loop)' if result['loop'] else ''}", file=sys.stderr)  # fmt: skip
        database.dispose()
    totals["scenarios"] = len(panel)
    return dict(totals)


def table(result: dict[str, Any], title: str) -> str:
    n = result["scenarios"]
    shown = result["shown"] or 1
    return "\n".join([
        f"Conversation eval: {title}, {n} scenarios played through chat --jsonl (opening sentence, then words)",
        "",
        "| questions after the opening (mean) | loops | ended with picks | top-3 hit rate | precision | violations | same picks as recommend |",
        "|---|---|---|---|---|---|---|",
        f"| {result['questions'] / n:.2f} | {result['loops']} | {result['ended_with_picks']}/{n} | "
        f"{result['hits'] / n:.2f} | {result['accepted'] / shown:.2f} | {result['violations']} | "
        f"{result['same_as_recommend']}/{n} |",
    ])  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.conversation", description=__doc__)
    parser.add_argument("--dev", action="store_true", help="the development panels (eval/dev_panel*.json): "
                        "each, then all together")
    parser.add_argument("--verbose", action="store_true", help="list conversations that loop or end elsewhere")
    args = parser.parse_args(argv)
    if not args.dev:
        path = ROOT / "eval" / "panel.json"
        print(table(evaluate(load_panel(path), verbose=args.verbose), f"eval/{path.name}"))
        return 0
    pooled: Counter[str] = Counter()
    for name, panel in dev_panels():
        result = evaluate(panel, verbose=args.verbose)
        pooled.update(result)
        print(table(result, f"eval/{name}") + "\n")
    print(table(dict(pooled), "all development panels"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
