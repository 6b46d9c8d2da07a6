"""Ranked catalog search: BM25 over what a tool is and does, plus fuzzy matching of its names.

A person types a tool's name (often misspelled) or the job they need done ("feature store", "llm
eval", "serve llama locally"). Each tool becomes one document: its names and aliases, what it is
built for (weighted above what it merely touches), its category, workloads and summary. BM25
(the bm25s library) ranks the documents; a name that matches the whole query wins outright, and
tools that should not be adopted any more sink below those that should.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import bm25s
from rapidfuzz import fuzz, process, utils

from core.catalog import Tool
from core.vocabulary import Ring, label

_WORD = re.compile(r"[a-z0-9]+")
_SUFFIXES = ("ations", "ation", "ings", "ing", "ers", "er", "ies", "es", "s", "ed")

#: What people type for the words the catalog uses (applied before stemming).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "eval": ("evaluation",), "evals": ("evaluation",), "evaluate": ("evaluation",),
    "db": ("database",), "vectordb": ("vector", "database"), "k8s": ("kubernetes",),
    "obs": ("observability",), "hpo": ("hyperparameter", "tuning"), "hyperparam": ("hyperparameter",),
    "labelling": ("labeling",), "annotate": ("labeling",), "annotation": ("labeling",),
    "annotating": ("labeling",), "monitor": ("monitoring",), "drift": ("drift", "monitoring"),
    "trace": ("tracing", "observability"), "tracing": ("tracing", "observability"),
    "prompt": ("prompt", "prompts"), "llms": ("llm",), "lm": ("llm",), "lms": ("llm",),
    "gpu": ("gpu", "gpus"), "gpus": ("gpu",),
    "serve": ("serving",), "deploy": ("serving", "deployment"), "inference": ("inference", "serving"),
    "experiments": ("experiment",), "track": ("tracking",), "tracker": ("tracking",),
    "pipeline": ("pipelines",), "orchestrator": ("orchestration",), "orchestrate": ("orchestration",),
    "ci": ("ci", "cd"), "cicd": ("ci", "cd"), "embeddings": ("embedding", "vector"),
    "rag": ("rag", "retrieval", "vector"), "registry": ("registry",), "features": ("feature",),
    "versioning": ("versioning", "version"), "notebook": ("notebooks",), "jupyter": ("jupyter", "notebooks"),
}  # fmt: skip
#: Words that say nothing about a tool.
STOP = frozenset(
    "a an and are for i in is it my of on or our the to we with tool tools that can how which best "
    "what need want use using".split()
)


def stem(word: str) -> str:
    """A light English stemmer: enough to meet 'tracking', 'tracker' and 'track' in one place."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("e") and len(word) > 4:
        word = word[:-1]
    return word


def words(text: str) -> list[str]:
    """Stemmed words of a text, synonyms expanded, stop words dropped."""
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        if word in STOP:
            continue
        for expanded in SYNONYMS.get(word, (word,)):
            found.append(stem(expanded))
    return found


def _document(tool: Tool) -> list[str]:
    names = [tool.name, tool.id.replace("-", " "), *tool.aliases]
    built = [label(s.value) for s in tool.primary_stages]
    touches = [label(s.value) for s in tool.stages if s not in tool.primary_stages]
    parts = (
        names * 3 + built * 3 + touches + [label(tool.category.value), tool.vendor]
        + [label(w.value) for w in tool.workloads] + [tool.summary]
    )  # fmt: skip
    return words(" ".join(parts))


#: Words in a query that state a constraint rather than a job: they filter, they don't match text.
CONSTRAINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bself[- ]?host(ed|able)?\b|\bon[- ]?prem(ise)?s?\b|\bair[- ]?gapped\b"), "self_hosted"),
    (re.compile(r"\bopen[- ]?source\b|\boss\b"), "open_source"),
    (re.compile(r"\bfree\b"), "free"),
    (re.compile(r"\bmanaged\b|\bhosted\b|\bsaas\b|\bserverless\b"), "managed"),
    (re.compile(r"\blocal(ly)?\b|\blaptop\b|\bembedded\b|\bin[- ]process\b"), "local"),
    (re.compile(r"\baws\b|\bamazon\b"), "aws"),
    (re.compile(r"\bgcp\b|\bgoogle cloud\b"), "gcp"),
    (re.compile(r"\bazure\b"), "azure"),
)


def _fits(tool: Tool, constraint: str) -> bool:
    deployment = {d.value for d in tool.deployment}
    if constraint == "self_hosted":
        return "self_hosted" in deployment
    if constraint == "open_source":
        return tool.open_source
    if constraint == "managed":
        return bool({"saas", "managed_cloud"} & deployment)
    if constraint == "free":
        return tool.pricing.value in ("free", "freemium")
    if constraint == "local":
        return tool.self_host_needs is not None and len(tool.self_host_needs) <= 1
    return constraint in {c.value for c in tool.clouds}


@dataclass(frozen=True)
class Hit:
    """One search result with its score (for tests and tie-breaking)."""

    tool: Tool
    score: float


class SearchIndex:
    """The catalog's search index: built once per catalog, read-only afterwards."""

    def __init__(self, tools: Iterable[Tool]) -> None:
        self.tools: tuple[Tool, ...] = tuple(tools)
        documents = [_document(tool) for tool in self.tools]
        self._vocabulary = sorted({word for document in documents for word in document})
        self._bm25 = bm25s.BM25()
        self._bm25.index(documents, show_progress=False)
        self._names: dict[str, int] = {}
        for position, tool in enumerate(self.tools):
            for name in tool.names():
                self._names.setdefault(utils.default_process(name), position)
        self._name_keys = list(self._names)
        users: dict[str, int] = {}
        for tool in self.tools:
            for other in tool.integrates_with:
                users[other] = users.get(other, 0) + 1
        #: a small prior for tools many others integrate with: of two equal matches, the one people
        #: build on comes first
        self._prior = [0.15 * min(users.get(tool.id, 0), 8) / 8 for tool in self.tools]

    def _query(self, text: str) -> list[str]:
        """The query's words, each misspelled one mended to the nearest word the index knows."""
        mended = []
        for word in words(text):
            if word in self._vocabulary or len(word) < 4:
                mended.append(word)
                continue
            near = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=80)
            mended.append(near[0] if near else word)
        return mended

    def search(self, text: str, *, limit: int = 10) -> list[Hit]:
        """The best matches for what a person typed, best first (ties by id)."""
        text = text[:200]
        key = utils.default_process(text)
        wanted = [name for pattern, name in CONSTRAINTS if pattern.search(text.lower())]
        query = self._query(text)  # constraint words filter below, and still match text here
        scores = list(self._bm25.get_scores(query)) if query else [0.0] * len(self.tools)
        top = max(scores, default=0.0) or 1.0
        ranked: list[tuple[float, str, Tool]] = []
        name_hits = {
            self._names[choice]: score / 100
            for choice, score, _ in process.extract(key, self._name_keys, scorer=fuzz.ratio, limit=5)
            if score >= 80
        } if key else {}  # fmt: skip
        for position, tool in enumerate(self.tools):
            score = float(scores[position]) / top
            if score <= 0.05 and position not in name_hits:
                continue
            score += 2.0 * name_hits.get(position, 0.0) + self._prior[position]
            for constraint in wanted:
                score *= 1.3 if _fits(tool, constraint) else 0.6
            if tool.clouds and not {"aws", "gcp", "azure"} & set(wanted) and position not in name_hits:
                score *= 0.8  # a cloud's own service comes first only when the query names that cloud
            if not tool.adoptable:
                score *= 0.5
            elif tool.effective_ring is Ring.HOLD:
                score *= 0.7  # adoptable but on hold (gone quiet): found, below what to adopt
            ranked.append((score, tool.id, tool))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        return [Hit(tool, round(score, 4)) for score, _, tool in ranked[:limit]]


def search_ids(index: SearchIndex, text: str, *, limit: int = 3) -> Sequence[str]:
    """The ids of the top results (what the relevance suite scores)."""
    return [hit.tool.id for hit in index.search(text, limit=limit)]
