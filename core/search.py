"""Ranked catalog search: BM25 over what a tool is and does, plus fuzzy matching of its names.

A person types a tool's name (often misspelled) or the job they need done ("feature store", "llm
eval", "serve llama locally"). Each tool becomes one document: its names and aliases, what it is
built for (weighted above what it merely touches), its category, workloads and summary. BM25
(the bm25s library) ranks the documents; a name that matches the whole query (or its first words)
wins outright; a job the query describes, read with the interview's own phrases (core.lexicon), lifts
the tools built for it (most those whose main job it is, a little those that only touch it), and so
does a pain it describes ("nobody can reproduce last month's results") for the tools built for any of
the pain's jobs;
constraint words ("self-hosted", "open source", "no kubernetes") filter instead of matching text;
what is said not to be wanted ("no gpu") is not sought; a tool named as context ("… that works with
Gitea", "on every push to the github repo") brings its partners or its own product for the job, not
itself; "X vs Y vs Z" wants every tool named; a whole cloud is never the answer to a job; and tools
that should not be adopted any more (or have published nothing for a year and a half) sink below those that should.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import bm25s
import Stemmer
from rapidfuzz import fuzz, process, utils
from wordfreq import zipf_frequency

from core import lexicon as lx
from core.catalog import EDITION, EDITION_WORDS, Tool, any_name
from core.mentions import COMMONPLACE_ZIPF, EVERYDAY_ZIPF, LIBRARIES
from core.profile import Profile
from core.scoring import CatalogIndex, kind_fit
from core.vocabulary import (
    FRUSTRATION_STAGES,
    Category,
    Deployment,
    Evaluates,
    Frustration,
    Governs,
    Ring,
    Stage,
    Workload,
    label,
)

_WORD = re.compile(r"[a-z0-9]+")
#: A word long enough to be mended when misspelt (shorter ones are too often acronyms: "tgi", "oss", "k8s").
_SPELT = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{5,}(?![A-Za-z0-9])")
#: Below this, a word is no English word (on wordfreq's Zipf scale) and may be a typo.
MISSPELT_ZIPF = 2.0
#: How near (rapidfuzz ratio) the catalog's word must be to mend a typo into it.
MEND_CUTOFF = 80
#: The Snowball (Porter 2) English stemmer: "tuning", "tune" and "tuned" meet at one stem.
_STEMMER = Stemmer.Stemmer("english")

#: What people type for the words the catalog uses (applied before stemming).
SYNONYMS: dict[str, tuple[str, ...]] = {
    "eval": ("evaluation",), "evals": ("evaluation",),
    "db": ("database",), "vectordb": ("vector", "database"), "k8s": ("kubernetes",),
    "obs": ("observability",), "hpo": ("hyperparameter", "tuning"), "hyperparam": ("hyperparameter",),
    "annotate": ("labeling",), "annotation": ("labeling",), "annotating": ("labeling",),
    "drift": ("drift", "monitoring"), "trace": ("tracing", "observability"),
    "tracing": ("tracing", "observability"), "llms": ("llm",), "lm": ("llm",), "lms": ("llm",),
    "deploy": ("serving", "deployment"), "inference": ("inference", "serving"),
    "tracker": ("tracking",), "orchestrator": ("orchestration",), "ci": ("ci", "cd"), "cicd": ("ci", "cd"),
    "embeddings": ("embedding", "vector"), "rag": ("rag", "retrieval", "vector"),
    "jupyter": ("jupyter", "notebooks"),
    "postgres": ("postgresql",), "pg": ("postgresql",),
    "big": ("large",), "huge": ("large",),
    "hyperparams": ("hyperparameter",), "hparam": ("hyperparameter",), "hparams": ("hyperparameter",),
    "params": ("parameters",), "env": ("environment",),
    "envs": ("environment",), "infra": ("infrastructure",), "config": ("configuration",),
    "iac": ("infrastructure", "code"), "s3": ("s3", "object", "storage"), "gcs": ("gcs", "object", "storage"),
    "parity": ("parity", "fairness"), "disparate": ("disparate", "fairness"),
    # a wrong label is a label error; a box drawn round an object is computer-vision annotation
    "mislabeled": ("label", "errors"), "mislabelled": ("label", "errors"), "mislabels": ("label", "errors"),
    "mislabeling": ("label", "errors"), "mislabelling": ("label", "errors"),
    "bounding": ("bounding", "computer", "vision"),
    "gitops": ("gitops", "continuous", "delivery"),
    # a Mac is where a local model runs on macOS; offline is local
    "macbook": ("macos", "locally"), "mac": ("macos", "locally"), "imac": ("macos", "locally"),
    "offline": ("offline", "locally"),
    "rental": ("renting",), "rentals": ("renting",),
    # reinforcement learning is RL (Ray's RLlib)
    "reinforcement": ("reinforcement", "rl"),
}  # fmt: skip
#: Words that say nothing about a tool.
STOP = frozenset(
    "a an and are for i in is it my of on or our the to we with tool tools that can how which best "
    "what need want use using every each all any some see get just really from about also way "
    "something thing things stuff do does doing me you your they them their this these those there here "
    "when where why who will would should could so be been have has had than then too very much many "
    "one ones im i'm let lets please stop prevent going goes went".split()
)


def stem(word: str) -> str:
    """The word's Snowball stem: 'tracking', 'tracks' and 'track' meet in one place."""
    return str(_STEMMER.stemWord(word))


_FINE_TUNING = re.compile(r"\bfine[- ]?tun(?:e|es|ed|ing)\b")


def words(text: str) -> list[str]:
    """Stemmed words of a text, synonyms expanded, stop words dropped."""
    found: list[str] = []
    # fine-tuning a model is one word of its own, not hyperparameter tuning ("ratings for fine tuning": no Optuna)
    for word in _WORD.findall(_FINE_TUNING.sub("finetuning", text.lower())):
        if word in STOP:
            continue
        for expanded in SYNONYMS.get(word, (word,)):
            found.append(stem(expanded))
    return found


#: A tool's text, one field at a time: its names; the jobs it is built for (with its kind and the
#: work it suits); and what it says of itself (summary, vendor, jobs it merely touches). Each field
#: is ranked on its own and weighted, so a long summary cannot drown a name or a job (BM25F-like).
FIELDS = ("names", "jobs", "text")
WEIGHTS = {"names": 0.3, "jobs": 1.0, "text": 1.5}
#: The shortest one-word name found when typed as two words (not "ml ops" for a name "mlops").
SPLIT_NAME_MIN = 6
#: How much of its likeness to X a tool made for other kinds of work than X keeps (FiftyOne, which checks image
#: datasets, is a lesser alternative to Great Expectations, which checks tables).
OTHER_MEDIA = 0.6
#: How much a library counts as an alternative to a service (one that cannot be self-hosted) doing the same job.
LIBRARY_FOR_SERVICE = 0.8
#: How much doing the same job as the tool named in "an alternative to X" counts, beside the words.
ALTERNATIVE_WEIGHT = 1.0
#: How much the query's words count beside that, in such a query: they mostly ask the question.
ALTERNATIVE_TEXT = 0.5


def _fields(tool: Tool) -> dict[str, list[str]]:
    touches = [label(s.value) for s in tool.stages if s not in tool.primary_stages]
    return {
        "names": words(" ".join([tool.name, tool.id.replace("-", " "), *tool.aliases])),
        "jobs": words(" ".join([*(label(s.value) for s in tool.primary_stages), label(tool.category.value),
                                *(label(w.value) for w in tool.workloads)])),
        "text": words(" ".join([tool.summary, tool.vendor, *touches])),
    }  # fmt: skip


_MANAGED = re.compile(r"\bmanaged\b|(?<!self )(?<!self-)\bhosted\b|\bsaas\b|\bserverless\b")
#: Words in a query that state a constraint rather than a job: they filter, they don't match text.
CONSTRAINTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\bself[- ]?host(ed|able)?\b|\bon[- ]?prem(ise)?s?\b|\bair[- ]?gapped\b|"
                r"(?<!don't )(?<!dont )(?<!not )(?<!never )\b(?:host|run) (?:it |them )?"
                r"(?:ourselves|myself|our own|my own)\b|"
                r"\bon (?:our|my) own (?:servers?|vms?|hardware|machines|box(?:es)?|clusters?|infra\w*)\b"),
     "self_hosted"),
    (re.compile(r"\bopen[- ]?source\b|\boss\b"), "open_source"),
    (re.compile(r"\bfree\b"), "free"),
    (_MANAGED, "managed"),
    # (and the one computer of their own a thing runs on: "run llm on our own computer", "only has old pc")
    (re.compile(r"\blocal(ly)?\b|\blaptops?\b|\bmacbooks?\b|\bembedded\b|\bin[- ]process\b|\blocal[- ]first\b|"
                r"\b(?:our|my) own (?:computers?|pcs?|desktops?|workstations?)\b|"
                r"\b(?:old|one|a|single) (?:pc|desktop)s?\b"),
     "local"),
    # light to run: "lightweight tracking", "lighter than kubeflow", "no server", "zero infrastructure", "pip install
    # and go", "single binary"
    (re.compile(r"\blight[- ]?weight\b|\blighter\b|\bminimal\b|\btiny\b|\b(?:no|without an?|zero)\s+(?:extra\s+)?"
                r"(?:servers?|services?|infra\w*|config\w*|setup)\b|\bpip[- ]install(?:able)?\b|"
                r"\bsingle[- ]binary\b|\bself[- ]contained\b|"
                # the tool named is too much to run: "kubeflow too heavy for a small team", "airflow is overkill"
                r"\btoo\s+(?:heavy|complex|complicated|bloated)\b|\boverkill\b|\bheavyweight\b"), "light"),
    (re.compile(r"\baws\b|\bamazon\b"), "aws"),
    (re.compile(r"\bgcp\b|\bgoogle cloud\b"), "gcp"),
    (re.compile(r"\bazure\b"), "azure"),
    (re.compile(r"\b(?:without|no|not on|not|non|avoid(?:ing)?|don't have|do not have)[- ](?:a )?(?:kubernetes|k8s)\b"),
     "no_kubernetes"),
)


#: How much the words of a query that only tells a pain count, against the job that pain points to.
PAIN_TEXT = 0.5
#: For a query asking for a managed service ("serverless", "zero ops"), how much more a tool that is only a service
#: (no edition to run yourself) is worth than one that also sells hosting of what a team could run itself.
SERVICE_ONLY = 1.15
#: "Serverless", also a word products use of themselves ("serverless GPU functions"): matched as well as filtered on.
_SERVERLESS = re.compile(r"\bserverless\b")
#: "Serverless" means someone else's servers, except on one's own cluster (Knative's scale to zero).
_OWN_CLUSTER = re.compile(r"\b(?:kubernetes|k8s|knative)\b")


def constraints_in(text: str) -> list[str]:
    """The constraints a query states ("self-hosted", "open source", "on aws"), in CONSTRAINTS order."""
    low = text.lower()
    found = [name for pattern, name in CONSTRAINTS if pattern.search(low)]
    if "managed" in found and _OWN_CLUSTER.search(low) and "no_kubernetes" not in found:
        without = re.sub(r"\bserverless\b", " ", low)
        if not _MANAGED.search(without):
            found.remove("managed")
    return found


#: For a query's "locally", "on my laptop": how much a tool they can run themselves, but with more to run than a
#: one-machine setup, is worth (one with such a setup counts 1.3, a service only 0.6): "video annotation tool we can
#: run locally" asks for what runs on their own machines, CVAT's server included.
LOCAL_HEAVY = 0.85
#: A piece of a self-hosted setup its docs call optional ("optionally the feature server", "(optional)").
_OPTIONAL = re.compile(r"\boptional(?:ly)?\b")
#: For a query's "lightweight", "no server": how much a tool with nothing of it to run (a package, or a one-machine
#: setup its docs give) is worth, one with two pieces to run at most (or a service, which says nothing of weight:
#: "serverless" asks for one), and one with more (softer than the other constraints: light is a matter of degree).
LIGHTEST, LIGHT, HEAVY = 1.25, 1.0, 0.8


def lightness(tool: Tool) -> float:
    """How light the tool is to run, for a query that asks for light (LIGHTEST, LIGHT or HEAVY)."""
    if tool.self_host_needs is None:
        return LIGHT
    if tool.self_host_needs == () or tool.local_needs is not None:
        return LIGHTEST
    needs = [n for n in tool.self_host_needs if not _OPTIONAL.search(n)]
    return LIGHT if len(needs) <= 2 else HEAVY


#: For "open source": a tool whose source is published under a licence short of OSI's that still lets anyone run it
#: free (Arize Phoenix's and Soda Core's Elastic License, ClearML server's SSPL, Terraform's BUSL; not Seldon Core's or
#: Alibi Detect's BUSL, whose production use is paid) is what many who type "open source" mean, below the open-source
#: tools for the job but above the closed ones.
SOURCE_AVAILABLE = 0.9


def _free_to_self_host(tool: Tool) -> bool:
    """Is the tool's source published under a licence short of OSI's (a catalog licence is an SPDX id or
    "proprietary") and free to run yourself (not a BUSL licence whose production use is paid)?"""
    return not tool.open_source and tool.license != "proprietary" and tool.pricing.value in ("free", "freemium") \
        and Deployment.SELF_HOSTED in tool.deployment


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
    if constraint == "no_kubernetes":
        return not tool.requires_kubernetes
    if constraint == "local":  # its docs give a one-machine setup, or it has next to nothing to run
        return tool.local_needs is not None or (tool.self_host_needs is not None and len(tool.self_host_needs) <= 1)
    return constraint in {c.value for c in tool.clouds}


#: "an alternative to X", "X alternatives", "instead of X", "switching from X": the person names a
#: tool to get the others that do its job (and not, first of all, that tool itself), tried in order.
_ALTERNATIVE = (
    # what happened to the tool, or what it has become for them, said right after its name (tried first: what
    # follows may name the buyer, "tecton bought by databricks open source alternative"): "torchserve no longer
    # maintained alternative", "neptune shutting down where to migrate runs", "seldon core no longer open source",
    # "docker desktop paid license free alternative", "kubeflow overkill for team of 3", "git lfs too slow for a
    # million images", "airflow way too heavy for 2 people"
    # (the name opens the query or a clause of it: "self hosted git server, gitlab needs too much ram")
    re.compile(r"(?:^|[,;:]\s*)(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:is\s+|are\s+|was\s+|got\s+|getting\s+|"
               r"has\s+been\s+|went\s+)?(?:no longer (?:maintained|open[- ]?source|supported|free)|not maintained|"
               r"unmaintained|deprecated|archived|discontinued|shut(?:ting)?\s*down|in maintenance(?: mode)?|"
               r"maintenance mode|end of life|eol|sunset\w*|paid licen[cs]e|overkill|(?:too|so|way too|painfully|"
               r"really)\s+(?:slow|expensive|heavy|complex|complicated|pricey|costly|bloated)|"
               # "gitlab needs too much ram", "airflow eats too much memory"
               r"(?:needs|uses|takes|eats|wants|requires)\s+(?:way\s+)?too\s+much\s+(?:ram|memory|cpu|resources|"
               r"disk))\b"),
    # bought by another company, and something else asked for ("wandb bought by coreweave neutral alternative"; not
    # "langfuse acquired by clickhouse" alone, a question about the tool)
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:was\s+|got\s+|has\s+been\s+)?(?:bought|acquired)\s+by\s+"
               r".*\b(?:alternativ(?:es?|s)?|replacements?|instead|migrat\w*|what now|switch\w*)\b"),
    re.compile(r"\b(?:alternativ(?:es?|s)?|replacements?|substitutes?|competitors?)\s+(?:to|for|of)\s+(?P<tool>.+)$"),
    re.compile(r"\b(?:instead of|similar to|replace|replacing|switch(?:ing)? (?:away )?from|"
               r"migrat\w* (?:away )?from|mov(?:e|ing) (?:away )?(?:off|from))\s+(?P<tool>.+)$"),
    # "langsmith open source alternative", "wandb self-hosted replacement": the name, then what the other must be
    re.compile(r"^(?:.+\s)?(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:open[- ]?source|oss|self[- ]?hosted|free|cheaper|"
               r"cheap|on[- ]prem)\s+(?:alternativ(?:es?|s)?|replacements?|competitors?)\b"),
    # "weights and biases alternative", "great expectations alternative", then "open source langsmith alternative":
    # a three-word name first, then two words, then one
    *(re.compile(r"^(?:.+\s)?(?P<tool>" + r"\s".join([r"[\w.&+-]+"] * words)
                 + r")\s+(?:alternativ(?:es?|s)?|replacements?|competitors?)\b") for words in (3, 2, 1)),
    # "something like Labelbox but self hosted", "cheaper than W&B", "langsmith but open source"
    re.compile(r"(?:^|\b(?:something|anything|a tool|tools?|one|just)\s+)like\s+(?P<tool>.+)$"),
    re.compile(r"\b(?:cheaper|better|simpler|lighter)\s+than\s+(?P<tool>.+)$"),
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+but\s+(?:open[- ]?source|self[- ]?hosted|free|cheaper|"
               r"on[- ]prem)"),
    # "tgi is in maintenance mode, what to use instead": the tool first, then the question
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:[\w,']+\s+){0,5}what\s+(?:to|should\s+(?:i|we)|do\s+"
               r"(?:i|we)|can\s+(?:i|we))\s+use\s+(?:now|instead)\b"),
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:[\w,']+\s+){0,5}(?:what now|now what)\b"),
    # "seldon went bsl, what open source serving now": the tool, what happened to it, what to use now
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:[\w,']+\s+){0,5}what\s+(?:[\w-]+\s+){1,3}now\b"),
    # "torchserve is in limited maintenance now, what do we move our pytorch models to", "seldon core went BSL, need
    # an apache licensed model serving replacement on k8s": the tool, what happened to it, then where to go
    # "tgi is in maintenance mode, which llm inference server should we migrate to"
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:[\w,']+\s+){0,6}(?:what|which)\s+(?:[\w-]+\s+){0,4}"
               r"(?:do|should|can)\s+(?:i|we)\s+(?:move|switch|migrate|go)\b"),
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:[\w,']+\s+){0,6}(?:need|want|looking for)\s+"
               r"(?:an?\s+)?(?:[\w-]+\s+){0,6}(?:replacement|alternative|successor)s?\b"),
)
#: "the open source version of Arize", "a self-hosted edition of Comet": the same makers' open edition first
_OPEN_EDITION = re.compile(r"\b(?:open[- ]?source|oss|self[- ]?host(?:ed|able)?)\s+(?:version|edition|"
                           r"equivalent|counterpart|flavou?r)\s+of\s+(?P<tool>.+)$")
#: "like git but for sql tables", "like wandb but for llm traces": the tool named says how the sought one works, and
#: what follows "but for" is the job; that maker's own product for it fits (W&B's Weave)
_LIKE_BUT_FOR = re.compile(r"\blike\s+(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+but\s+(?:for|with)\s+\S")
#: A tool named for how the sought one works: "git like branches for our data lake", "branch, diff and merge like a
#: git repo", "git-style commits for tables", "git for data".
_WORKS_LIKE = (re.compile(r"\b(?P<tool>[\w.&+-]+)[- ](?:like|style)\s+(?:branch\w*|commits?|versions?|versioning|"
                          r"diffs?|merges?|semantics|workflows?|history|rollbacks?)\b"),
               re.compile(r"\b(?:branch|diff|merge|commit|version|roll)\w*(?: [\w,]+){0,4} like (?:a |an )?"
                          r"(?P<tool>[\w.&+-]+)(?: repo(?:sitory)?| does)?\s*[.?!]?\s*$"),
               re.compile(r"\b(?P<tool>[\w.&+-]+) for (?:data|datasets|tables|sql|data lakes?)\s*(?:[,.?!]|$)"))
#: "X vs Y", "X versus Y for datasets", "X or Y?", "X vs Y vs Z": tools to compare, all wanted in the
#: top three.
_VERSUS = re.compile(r"\s+(?:vs\.?|versus|or|compared to)\s+")
#: "difference between X and Y", "choosing between X and Y for …": a comparison said the other way round.
_BETWEEN = re.compile(r"\bbetween\s+(?P<one>[\w.&+-]+(?:\s[\w.&+-]+){0,2}?)\s+(?:and|&)\s+(?P<other>.+)$")
#: What a comparison is for ("… for datasets"), said after the last tool.
_COMPARED_FOR = re.compile(r"\s+(?:for|in|on|when)\s+.*$")
#: "is X still maintained", "what happened to X", "X still alive?": a question about one tool, named mid-query.
_STATUS = (
    re.compile(r"^(?:is|are|has|have|did|was|were)\s+(?P<tool>.+?)\s+(?:been\s+|still\s+|really\s+)*"
               r"(?:maintained|alive|dead|active|supported|deprecated|abandoned|discontinued|archived|shut down|"
               r"sunset|going away|acquired|open source|(?:being |actively )?(?:developed|updated|worked on))\b"),
    re.compile(r"^what(?:'s| has)? happen(?:ed|ing) (?:to|with)\s+(?P<tool>.+)$"),
    re.compile(r"^(?P<tool>.+?)\s+(?:still\s+)(?:maintained|alive|active|supported)\b"),
)
#: "what replaced X", "X's successor", "what is X called now": the tool that took X's place.
_SUCCESSOR = (
    re.compile(r"\b(?:what|which)\s+(?:tool\s+)?(?:replaced|succeeded)\s+(?P<tool>.+)$"),
    re.compile(r"\b(?:successor|new name)\s+(?:to|for|of)\s+(?P<tool>.+)$"),
    re.compile(r"\bwhat\s+is\s+(?P<tool>.+?)\s+called\s+now\b"),
    # "singularity container renamed what now", "azure ai studio got renamed": the tool under its new name
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+){0,2}?)\s+(?:[\w-]+\s+)?(?:(?:was|got|has been|been)\s+)?"
               r"(?:renamed|rebranded)\b"),
    re.compile(r"^(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+(?:successor|new name)\b"),
)


#: A small prior for a tool put in the Adopt ring on evidence of wide use (its entry's ring_reason):
#: of two equal matches, the one most teams already run comes first.
ADOPTED = 0.1
#: A tool with no release for this many days has gone quiet for search: a year and a half, longer than the engine's
#: year (QUIET_DAYS), since a mature tool that ships once a year (Git LFS, Katib) is still the answer to its job; on the
#: development suites 540 days found 5 more queries' must-haves (1471 -> 1476 of 1560; 365 days found 2 more at 0.9
#: and 3 fewer at 0.85, 730 days 3 more).
QUIET_DAYS_SEARCH = 540
#: How much a quiet tool's score keeps: found, below the tools that still ship (0.7 found as many at 540 days).
QUIET = 0.85
#: A small prior for a tool other catalog tools integrate with (full at eight of them): of two equal matches,
#: the one people build on comes first.
INTEGRATED = 0.15
#: How much being built for a job the query describes counts, beside the words (on the 0 … 1 scale
#: of the best text match): "trace llm calls" is a job, and tools built for it come before tools
#: that merely mention the words.
JOB_WEIGHT = 0.8


#: A place named after these words is where things live, not the job sought ("… in my git repo").
_WHERE = re.compile(r"(?:\bin|\bfrom|\binto|\binside|\bnext to|\bwithin|\bacross|\bpush(?:es|ed)? to)\s+"
                    r"(?:(?:a|an|my|our|the|their)\s+)?$|"
                    # what they have now, the next tool is added to: "first tool to add after jupyter notebooks"
                    r"\b(?:add|adopt|use|get) (?:\w+ )?after\s+(?:(?:a|an|my|our|the|their)\s+)?(?:\w+\s+)?$")


#: An LLM app talked out of its rules: "people keep talking our support bot into ignoring its instructions", "prompt
#: injection", "users jailbreak the assistant".
_ATTACKED = re.compile(r"\b(?:ignor\w* (?:its|the|their|our|my) (?:system )?(?:instructions|prompt|rules)|"
                       r"prompt[- ]injections?|jailbr[eo]\w*|(?:leak\w*|exfiltrat\w*) (?:\w+ ){0,2}(?:data|info\w*|pii|"
                       r"secrets|system prompts?))")
#: Testing such an app ("red team my llm app for jailbreaks"): what is sought tests it, not guards it.
_PROBED = re.compile(r"\b(?:red[- ]?team\w*|test\w*|evals?|evaluat\w*|scan\w*|probe\w*|audit\w*)\b")
#: "scale to zero", "scale-to-0", "scale idle model endpoints to zero": endpoints that cost nothing while idle.
_TO_ZERO = re.compile(r"\bscal(?:e|es|ing)[- ](?:down[- ])?(?:[\w-]+ ){0,4}?to[- ](?:zero|0)(?![.\d])")
#: Validation of what an LLM answers: "simple llm output validation library", "validate the llm responses against a
#: schema".
_LLM_CHECKED = re.compile(r"\b(?:llm|ai|agent|chat ?bot|gpt)(?:'s)? (?:outputs?|responses?|answers?|replies) "
                          r"(?:validation|validators?|checks?|checking)\b|\bvalidat\w* (?:the |our )?(?:llm|ai|agent|"
                          r"chat ?bot|gpt)(?:'s)? (?:outputs?|responses?|answers?|replies)\b")
#: Big binaries kept in Git: "keep model checkpoints in the git repo without bloating the history", "weights in git",
#: "checkpoints and scanned tiffs in the same code repository", "usd models in the git repo without bloating clones",
#: "textures and fbx files versioned with the code in our git repo without 80gb clones".
_IN_GIT = re.compile(r"\b(?:checkpoints?|weights|large files|big files|binar(?:y|ies)(?: files)?|model files|\.pt|"
                     r"\.bin|textures|fbx(?: files)?|art assets|psds?|audio files) (?:[\w-]+ ){0,5}in (?:the |our "
                     r"|a |my )?(?:same )?(?:code |research |game )?(?:git|github|gitlab|repo|repository)\b|"
                     # "without 80gb clones": the clone is what weighs
                     r"\bwithout (?:\d+ ?[gt]b |huge |giant |massive )clones\b|"
                     r"^(?=.*\b(?:git|repo|repos|repository|clones?)\b)(?=.*\b(?:bloat\w*|clones? (?:\w+ )?(?:taking|"
                     r"take|takes) (?:forever|ages)))")
#: ... unless what weighs on the repository is data (DVC's job: "datasets bloating our git repo").
_DATA_IN_GIT = re.compile(r"^(?!.*\b(?:checkpoints?|weights|model files|safetensors)\b).*"
                          r"\b(?:data|datasets?|parquet|csvs?|images)\b")
#: Output held to a shape: "an open llm that always returns valid json", "json schema output" (structured outputs).
_SHAPED = re.compile(r"\b(?:valid|strict) json\b|\bjson (?:schema|mode)\b|"
                     r"\b(?:returns?|outputs?|emits?) (?:only )?json\b|\bconstrained decoding\b")
#: What an LLM says, stripped of what must not reach people: "strips toxic sentences from llm generated replies".
_STRIPPED = re.compile(r"\b(?:strip|remove|filter|block|redact)\w* (?:out )?(?:any |the )?(?:toxic|harmful|unsafe|"
                       r"offensive|abusive)\b(?: [\w-]+){0,2} from (?:the |our )?(?:llm|model|chat ?bot|bot|ai)\b")
#: The clouds a query may name as where the tool sought must run.
_CLOUDS = frozenset({"aws", "gcp", "azure"})
#: A factory's line: "a pc at the production line", "cameras on the packing line" (not a "product line", Comet's word).
_PLANT_LINE = re.compile(r"\b(?:production|assembly|manufacturing|packing|packaging|bottling|factory|conveyor) "
                         r"lines?\b")
#: Contracts that are not data contracts: a law firm's, a lease's, a vendor's ("review our contracts", "no long
#: contract"). Only "data contracts" are a job a tool does (Soda's checks).
_LEGAL_CONTRACT = re.compile(r"(?<!\bdata )(?<!\bdata-)\bcontracts?\b")
#: A drone that flies: "drone photos", "drone imagery of the fields" (not Drone CI, whose fork Woodpecker's summary
#: names).
_AERIAL = re.compile(r"\bdrones?(?=[- ](?:photos?|images?|imagery|footage|videos?|surveys?|flights?|shots?|pictures?|"
                     r"scans?|maps?|mapping|captures?|frames?)\b)|\bdrone[- ](?:captured|based|mounted)\b")
#: A bot kept to its subject: "keep the shop assistant bot from talking about politics", "stop our chatbot discussing
#: competitors", "the assistant must stay on topic": topical rails, a guardrail's job.
_KEPT_TO_TOPIC = re.compile(r"\b(?:(?:keep|stop|prevent|block)\w* (?:\w+ ){0,4}?(?:from )?(?:talk|talking|discuss\w*|"
                            r"chat\w*|answer\w*) (?:about )?(?:politics|competitors?|religion|anything (?:else|off)|"
                            r"other (?:topics|subjects|things))|stay\w* on[- ]topic|off[- ]topic (?:questions|answers|"
                            r"replies|chat))")
#: Data too big for one machine, said by its size or its chores: "etl on 10 million call records a day", "sessionize
#: billions of clickstream events", "terabytes of ad logs", "way too big for pandas now".
_BIG_DATA = re.compile(r"\b(?:sessioni[sz]\w*|(?:etl (?:on |of |for |over )?)?(?:billions?|trillions?|terabytes?|"
                       r"petabytes?|tbs|\d+ ?(?:tb|pb)|(?<=etl on )[\d.,]+ (?:million|billion)) "
                       r"(?:of )?(?:[\w+&-]+ ){0,3}?(?:rows?|records?|events?|messages?|logs?|readings?|transactions?|"
                       r"data)|too (?:big|large) for (?:pandas|memory|one machine|a single machine)|"
                       r"(?:doesn't|does not|won't|can't|cannot) fit in (?:memory|ram)|"
                       r"(?:one|a single) (?:machine|server|box) runs? out of (?:memory|ram))\b")
#: Spans of text marked for a named-entity model: "tag parties, dates and amounts in loan agreements for ner training",
#: "so editors can tag people and places in news articles": text annotation, not a git tag (Nessie's).
_ENTITIES_TAGGED = re.compile(r"\b(?:tag|tagging|mark|marking|highlight\w*) (?:[\w,]+ ){1,8}?(?:for|to train) "
                              r"(?:an? |our |the )?(?:ner|named[- ]entit\w*|entity)|"
                              r"\btag(?:ging)? (?:the )?(?:people|persons|names|places|parties|entities|"
                              r"organi[sz]ations) (?:and|,|in)\b")
#: People rating and correcting what a model answers, to collect it: "our lawyers rate and correct llm answers for
#: fine tuning", "collect lawyers' ratings and corrections on our q&a model's answers": human feedback annotated.
_ANSWERS_RATED = re.compile(r"\b(?:rate|rates|rating|ratings|correct|corrections|fix|grade|grading)"
                            r"(?: and (?:correct|corrections|fix|edit|rewrite|rank)\w*)? (?:on |of )?"
                            r"(?:the |our |their )?(?:[\w&'-]+ ){0,3}?(?:llm |model |chatbot |bot |assistant |ai )?"
                            r"(?:answers|responses|outputs|completions)\b")
#: Outcomes known only long after the prediction: "when actual labels only come months later", "churn labels show up 90
#: days after", "true labels come back only after months": a model's performance estimated without ground truth.
_LATE_LABELS = re.compile(r"\b(?:labels?|ground[- ]truth|actuals|outcomes?)\b(?: [\w-]+){0,4}? (?:only )?"
                          r"(?:come|comes|came|arrive|arrives|show|shows|land|lands|get|gets|are|is)"
                          r"(?: back| up| in| known| available)?(?: only)? (?:\d+ |many |several |a few )?"
                          r"(?:(?:weeks?|months?|days?|years?|quarters?|much) )?(?:later|after|late|delayed)\b|"
                          r"\b(?:delayed|late|lagging) (?:labels|ground[- ]truth|outcomes|actuals)\b|"
                          r"\bbefore (?:the )?(?:labels|ground[- ]truth|outcomes|actuals) (?:arrive|come|are)")
#: Words of watching running services: their dashboards, alerts and scraped metrics.
_OBSERVED = re.compile(r"\b(?:dashboards?|alert(?:s|ing| rules)?|metrics endpoints?|"
                       r"scrap(?:e|es|ing) (?:[\w/-]+ ){0,4}?(?:metrics|latency|endpoints?))\b|/metrics\b")
#: The things such words watch, named right after "for our", "from the", "of our": what is watched, not a job sought.
_WATCHED_THINGS = frozenset({Stage.MODEL_SERVING, Stage.COMPUTE})
_OF_THEIRS = re.compile(r"\b(?:for|from|of|on|across|in) (?:all )?(?:our|the|my|their) (?:[\w/-]+ ){0,3}$")
#: Inference made faster where it runs: "one inference runtime for jetson and raspberry pi, int8 quantised models",
#: "speed up speech recognition on cpu only servers", "make predictions faster per request": an inference accelerator
#: embedded in the app, not another model server.
_RUN_FASTER = re.compile(r"\b(?:inference runtimes?|runtime for|speed up (?:[\w-]+ ){0,4}?(?:models?|inference|"
                         r"predictions?)|(?:faster|fastest|quicker) (?:[\w-]+ ){0,3}?(?:predictions?|inference)|"
                         r"predictions? faster|int8|cross[- ]platform runtime|"
                         r"export(?:ed|ing)? (?:it |them |the models? )?from (?:pytorch|torch|tensorflow|keras)|"
                         # run from code that is not Python: "inside our c++ bidder", "from a non-python app (elixir)
                         # without pytorch", "inside our android app"
                         r"(?:in|inside|from|into) (?:an? |our |the )?(?:c\+\+|c#|rust|java|go|non[- ]python|android|"
                         r"ios|mobile|kotlin|swift)(?: \.net)? (?:app|apps|application|service|bidder|code ?base|"
                         r"program|binary|backend|game)|"
                         r"without (?:pytorch|tensorflow))")
#: ... unless it is a language model's (llama.cpp's, Ollama's job), as the interview reads LLM work.
_LLM_RUN = lx.phrase_pattern(lx.WORKLOAD[Workload.LLM])
#: Published weights fetched to use: "where do i download a pretrained sentence embedding model", "download esm2
#: protein model weights": the hub models are published on, not a tracker of one's own runs.
_WEIGHTS_FETCHED = re.compile(r"\b(?:download\w*|fetch\w*|pull\w*|get) (?:an? |the |some )?(?:[\w-]+ ){0,4}?"
                              r"(?:(?:pre-?trained|open|public|published) (?:[\w-]+ ){0,3}?)?"
                              r"(?:model weights|weights|checkpoints?|pre-?trained (?:[\w-]+ ){0,3}?models?)\b")
#: Words typed into a search engine people run, not by meaning: "fast full text search with typo tolerance", "make
#: the minutes keyword searchable", "fuzzy search over dirty ocr", "bm25" (Elasticsearch's and OpenSearch's job).
_FULL_TEXT = re.compile(r"\bfull[- ]?text (?:search\w*|index\w*)|\bkeyword[- ](?:search\w*)|\btypo[- ]toleran\w*|"
                        r"\bfuzzy (?:full[- ]?text |text )?search|\bbm25\b|\blexical search")
#: A model's outputs looked at, one by one, against what is true: "browse false negatives of our fish detector",
#: "eyeball false positives like crowd and scoreboard", "predictions vs ground truth visually" (FiftyOne's job).
_EYEBALLED = re.compile(r"\b(?:brows\w*|eyeball\w*|inspect\w*|look(?:ing)? at|view\w*|visuali[sz]\w*|explor\w*) "
                        r"(?:[\w,'-]+ ){0,6}?(?:predictions|detections|false (?:positives|negatives)|failure cases|"
                        r"(?:model|label) (?:mistakes|errors))\b|"
                        r"\b(?:predictions?|detections?) (?:vs\.?|versus|against|overlaid on|over) (?:the )?"
                        r"ground[- ]truth\b(?= (?:\w+ ){0,3}?visual)|\bpull out (?:all )?(?:the )?false (?:positives|"
                        r"negatives)")
#: An open language model run on one machine of their own: "run an open llm on one box in the back office", "run an
#: open model on one on-prem server", "run an open-weight chat model on a laptop", "using a quantized gguf model on one
#: consumer gpu" (Ollama's, llama.cpp's job: no cluster to serve from).
_ON_ONE_BOX = re.compile(r"\b(?:run\w*|host\w*|us(?:e|es|ed|ing)) (?:an? |our )?"
                         r"(?:small |open|local|self-hosted|quanti[sz]ed)[\w-]* "
                         r"(?:(?:source|weights?) )?(?:(?:chat|instruct|gguf) )?(?:llm|model|language model)s? "
                         r"(?:[\w-]+ ){0,3}?on (?:one|a single|a|our|my) (?:on-?prem |local |small |old |gpu |consumer "
                         r"|single )?(?:box|server|machine|pc|laptop|workstation|computer|mac|gpu)\b")
#: Prompts tested in CI: "yaml test cases with assertions that run in ci on each pr" for a system prompt, "test our
#: prompts against sample contracts in ci" (promptfoo's job).
_PROMPTS_IN_CI = re.compile(r"^(?=.*\bprompts?\b)(?=.*\b(?:ci|prs?|pull requests?|github actions)\b)"
                            r"(?=.*\b(?:tests?|test cases|assert\w*)\b)")
#: Python that outgrows one process or machine, kept as it is: "pandas but parallel / out of core", "parallelize my
#: python across hpc nodes without rewriting everything" (Dask's job, which scales the same DataFrames).
_PANDAS_SCALED = re.compile(r"\b(?:pandas|numpy|xarray|netcdf|dataframes?)\b(?: [\w'/,+-]+){0,10}? "
                            r"(?:parallel\w*|out[- ]of[- ]core|bigger than (?:memory|ram)|larger than (?:memory|ram)|"
                            r"(?:doesn't|does not|won't|doesnt|dont|don't) fit in (?:memory|ram))\b|"
                            r"\bparalleli[sz]e (?:my |our |the )?(?:plain )?python\b|"
                            r"\b(?:doesn't|does not|won't|doesnt|dont|don't) fit in (?:memory|ram) (?:with|in|for|"
                            r"using) (?:pandas|numpy)\b")
#: GPUs rented by the call, not by the machine: "serverless gpus, pay only when it runs", "run whisper on gpus without
#: managing servers", "serverless gpu inference" (Modal's GPU functions; RunPod's and Vast's serverless endpoints).
_GPU_FUNCTIONS = re.compile(r"\bserverless (?:gpus?|gpu (?:inference|functions?|jobs?)|inference)\b|"
                            r"\b(?:pay|billed|paying) only (?:when|while) (?:it|they|jobs?|the \w+) "
                            r"(?:runs?|is running|are running)\b|\bwithout managing (?:any )?servers\b")
#: Kubernetes kept in step with a Git repository: "roll out to hundreds of edge clusters from one git repo,
#: declarative, with rollback", "git as the source of truth, auto sync with drift detection" (GitOps: Argo CD, Flux).
_GITOPS = re.compile(r"^(?=.*\b(?:git|repo|repos|repository)\b)(?=.*\b(?:kubernetes|k8s|clusters?)\b)"
                     r"(?=.*\b(?:declarative\w*|auto[- ]?sync\w*|syncs?|synced|source of truth|reconcil\w*)\b)")
#: Texts people mark by hand to train a classifier: "tag free text defect reports with ata chapter", "tag the
#: sentiment of thousands of customer reviews" (a text annotation tool's job).
_TEXTS_TAGGED = re.compile(r"\btag\w* (?:the )?(?:sentiment|topic|intent|category|language)s? of\b|"
                           r"\btag\w* (?:free[- ]text |the |our |incoming )?(?:[\w-]+ ){0,2}(?:reports|documents|"
                           r"tickets|emails|texts|reviews|notes|messages|posts|comments) (?:with|as|by|into)\b")
#: Pipelines thought of as the data they make: "dbt models plus python training steps", "a pipeline tool for dbt users",
#: "data assets instead of tasks", "declare the tables and files I want to exist", "partitioned pipeline with backfills"
#: (Dagster's asset-centric orchestration).
_AS_ASSETS = re.compile(r"^(?=.*\bdbt\b)(?=.*\b(?:schedul\w*|orchestrat\w*|pipelines?|assets?|together|retries)\b)|"
                        r"\b(?:data |software[- ]defined )?assets? (?:instead of|rather than|not) tasks\b|"
                        r"\bdeclare (?:the |our )?(?:tables|datasets|files)\b|\bpartitioned (?:pipelines?|assets?)\b|"
                        r"\bsoftware[- ]defined assets?\b")
#: Tables versioned like code and queried: "metadata tables researchers can diff, branch and query with sql" (Dolt's
#: job: a database whose tables branch and merge).
_SQL_BRANCHED = re.compile(r"^(?=.*\b(?:branch\w*|diff\w*|merg\w*)\b)(?=.*\bsql\b)(?=.*\btables?\b)")
#: Nearest neighbours from a library inside the program, no database: "want a library not a database", "in process ann
#: lib", "python library, no server to run" (FAISS's job).
_INDEX_LIBRARY = re.compile(r"\b(?:library|lib),? not an? (?:database|db|server|service)\b|\bin[- ]process (?:ann|"
                            r"vector|index|similarity|nearest)|\b(?:python |c\+\+ )?(?:library|lib),? (?:with )?no "
                            r"(?:server|database|db)\b")
#: Retrieval kept in the Postgres they already run: "rag chatbot … we already run postgres and dont want another
#: database", "embeddings for search, no separate db, we're on postgres" (pgvector's job: an extension, not a store).
_IN_THEIR_POSTGRES = re.compile(r"^(?=.*\b(?:postgres|postgresql|pg)\b)(?=.*\b(?:rag|embeddings?|vectors?|semantic "
                                r"search|similarity search|retrieval|nearest[- ]neighbou?rs?)\b)"
                                r"(?=.*\b(?:another|second|separate|extra|new|one more) (?:database|db|datastore|"
                                r"store|service)\b|.*\balready (?:run|use|have|on)\w* (?:postgres|postgresql|pg)\b)")
#: Needs said in other words than the catalog's, the words its entries use for them, and what says the need is
#: another one (None: nothing): a bot talked out of its rules wants a guardrail, endpoints idle at no cost want
#: serving that autoscales, big binaries in Git want large-file storage, data too big for one machine a distributed
#: engine, labels known months late a performance estimate without them, retrieval in the Postgres they run an
#: extension to it.
_SAID_OTHERWISE: tuple[tuple[re.Pattern[str], tuple[str, ...], re.Pattern[str] | None], ...] = (
    (_LATE_LABELS, ("estimates", "performance", "without"), None),
    (_WEIGHTS_FETCHED, ("hosted", "repositories", "models", "cards"), None),
    (_RUN_FASTER, ("accelerator", "embedded", "hardware"), _LLM_RUN),
    (_ANSWERS_RATED, ("human", "feedback", "annotation", "datasets"), None),
    (_ENTITIES_TAGGED, ("annotation", "labeling", "text", "ner"), None),
    (_BIG_DATA, ("distributed", "large", "batch", "data", "processing", "engine"), None),
    (_ATTACKED, ("guardrails", "jailbreak", "injection"), _PROBED),
    (_TO_ZERO, ("autoscaling",), None),
    (_IN_GIT, ("large", "files", "repository"), _DATA_IN_GIT),
    (_SHAPED, ("structured", "outputs"), None),
    (_STRIPPED, ("guardrails", "validators"), None),
    (_KEPT_TO_TOPIC, ("guardrails", "topical"), None),
    (_FULL_TEXT, ("analytics", "elasticsearch"), None),
    (_EYEBALLED, ("visualizing", "failure", "modes"), None),
    (_ON_ONE_BOX, ("command", "cpus"), None),
    (_PROMPTS_IN_CI, ("driven", "prompt", "ci"), None),
    (_PANDAS_SCALED, ("scales", "numpy", "dataframes", "laptop"), None),
    (_SQL_BRANCHED, ("branched", "diffed", "mysql"), None),
    (_GPU_FUNCTIONS, ("functions", "python", "second"), None),
    (_GITOPS, ("gitops", "manifests", "sync"), None),
    (_AS_ASSETS, ("asset", "centric", "orchestrator"), None),
    (_TEXTS_TAGGED, ("annotation", "labeling", "text"), None),
    (_INDEX_LIBRARY, ("index", "library", "clustering"), None),
    (_IN_THEIR_POSTGRES, ("postgresql", "extension", "vector", "relational"), None),
)
#: Jobs said in words that name another job, the jobs those words take away and the one they give: clusters kept in
#: step with a repository are continuous delivery, whose "drift" is the clusters' from the repo and whose "rollout" is
#: a sync (not a model's drift or serving); tables branched, diffed and queried with SQL have their data versioned, not
#: code; prompts tested in CI are an LLM evaluation's tests, run by whatever CI the team has; an open model run on one
#: laptop or GPU box of their own is served there, its GPU where it runs, not compute sought.
_JOBS_SAID_OTHERWISE: tuple[tuple[re.Pattern[str], frozenset[Stage], Stage], ...] = (
    (_GITOPS, frozenset({Stage.MODEL_MONITORING, Stage.MODEL_SERVING}), Stage.CI_CD),
    (_SQL_BRANCHED, frozenset({Stage.SOURCE_CONTROL}), Stage.DATA_VERSIONING),
    (_PROMPTS_IN_CI, frozenset({Stage.CI_CD}), Stage.LLM_EVALUATION),
    (_ON_ONE_BOX, frozenset({Stage.COMPUTE}), Stage.MODEL_SERVING),
)
#: Every pattern of the two tables above, once.
_SAID_ANY_WAY = frozenset(said for said, *_ in (*_SAID_OTHERWISE, *_JOBS_SAID_OTHERWISE))
#: Words of one API in front of many LLM providers ("openai, anthropic and local models", "a proxy with fallbacks"):
#: a gateway's job, not serving a model.
_PROVIDER = r"(?:openai|anthropic|claude|gemini|mistral|deepseek|groq|cohere|bedrock|vertex|azure openai|local|other)"
_GATEWAY = re.compile(r"\b(?:gateway|proxy|router|fallbacks?|(?:openai|anthropic|claude|gemini|deepseek|groq|bedrock|"
                      rf"vertex|providers?),? (?:and |or )?{_PROVIDER} ?(?:models?|providers?|and|or|etc|,)|"
                      # "one api key for claude, gemini and deepseek", "a single bill for every model"
                      r"(?:one|single|unified|same) (?:api key|bill|invoice) (?:for|so|to|and)|"
                      rf"in front of (?:several |many |all |our |the )?(?:{_PROVIDER}|(?:llm )?(?:providers|apis))\b|"
                      # "one openai style endpoint for ollama and cloud models"
                      r"(?:one|single|unified|same) (?:openai[- ](?:style|compatible) )?(?:endpoint|api) for|"
                      r"(?:ollama|local|self-?hosted|open) (?:models? )?(?:and|\+|or) (?:cloud|hosted|api|openai) "
                      r"models|"
                      # a provider's rate limits hit: "openai 429 errors keep killing our app", "anthropic rate limits"
                      rf"{_PROVIDER} (?:api )?(?:429s?|rate[- ]limit\w*))")


#: A maker named as an owner: "facebook's", "uber’s" (normalised quotes).
_OWNER = re.compile(r"(?<![\w'])([a-z][a-z0-9]+)'s\b")
#: Words right before a name that make it a tool they already run: "we already run redis", "our existing elasticsearch".
_THEIRS = re.compile(r"(?:(?:already|currently) (?:run|use|have|host)|(?:we|i) (?:run|use|host)|(?:our|my) existing)$")
#: ... unless the job is to be done on top of it: "a pipeline framework that runs on top of our existing airflow".
_ON_THEIRS = re.compile(r"(?:on top of|with|alongside|beside|into|over) (?:our|my) existing$")
#: How much being made by the owner a query names counts, as a share of being named outright.
OWNED = 0.5
#: a tool named mid-query that is built for the job asked: less than a name the query opens with
MENTIONED = 0.75
#: the words before or after a name that make it what they have or what theirs must suit, not the tool sought
#: (an edition word makes it the edition sought: "managed airflow" asks for Astronomer or MWAA, not Airflow)
_CONTEXT_BEFORE = frozenset({"our", "my", "their", "existing", "like", "unlike", "than", "from", "replace", "replacing",
                             "instead", *EDITION})
#: Right after a name, that what is sought is built around it: "kubernetes native …", "airflow friendly …".
_BUILT_AROUND = frozenset({"friendly", "compatible", "native", "based"})
_CONTEXT_AFTER = _BUILT_AROUND - {"based"} | {"too", "is", "was", "costs", "pricing"}


#: Words that say which kind of a stage's job a query means (KIND_FIELDS): benchmarks evaluate models,
#: not an app built on them; tables, columns and lineage govern data, not models; a chatbot's prompts and
#: answers are an LLM app's (guardrails).
_KINDS_SAID: dict[Stage, tuple[tuple[re.Pattern[str], str], ...]] = {
    Stage.LLM_EVALUATION: ((re.compile(r"\b(?:mmlu|hellaswag|gsm8k|benchmarks?|leaderboards?|checkpoints?|"
                                       r"base models?|pre-?train\w*|fine[- ]?tuned? (?:models?|checkpoints?))\b"),
                            Evaluates.MODELS.value),),
    Stage.GOVERNANCE: ((re.compile(r"\b(?:tables?|columns?|lineage|data catalog|datasets?|schemas?)\b"),
                        Governs.DATA.value),
                       (re.compile(r"\b(?:fair\w*|bias\w*|discriminat\w*|(?:age|gender|race|ethnicity) or "
                                   r"(?:age|gender|race|ethnicity)|differently by)\b"), Governs.FAIRNESS.value),
                       (re.compile(r"\b(?:llms?|chat ?bots?|bots?|assistants?|agents?|prompts?|jailbreaks?|"
                                   r"guardrails?|rude|toxic|off[- ]topic)\b"), Governs.LLM_APPS.value)),
}


@lru_cache(maxsize=1024)
def _everyday(word: str) -> bool:
    """Is this an everyday English word (wordfreq, read only when a query opens with such an alias, so building
    the index loads no word list)?"""
    return zipf_frequency(word, "en") >= EVERYDAY_ZIPF


def kinds_named(text: str, stage: Stage) -> frozenset[str]:
    """The kinds of the stage's job a query asks for ("run mmlu on my checkpoint": models); none said, none."""
    low = text.lower()
    return frozenset(kind for pattern, kind in _KINDS_SAID.get(stage, ()) if pattern.search(low))


#: What says a job or a tool is not wanted: "no gpu", "without writing a dockerfile", "avoiding the".
_REFUSING = (r"(?:\bno|\bnot|\bwithout|\bnever|\bdon't need|\bdo not need|\bno need for|\bavoid(?:ing)?)"
             r"\s+(?:[a-z]+ing\s+)?(?:(?:a|an|any|the|our|my)\s+)?")
#: Such words right before a job's phrase ("on cpu, no gpu"): the job is not the one sought.
_NOT = re.compile(_REFUSING + "$")
#: The word said not to be wanted, after such words.
_NOT_WORD = re.compile(_REFUSING + r"(?P<word>[a-z0-9][\w.+-]*)")
#: "… that works with Gitea", "a plugin for Airflow": the tool named is where the one sought must fit in,
#: not the one sought.
_WITH = re.compile(r"\b(?:works? (?:well )?with|integrat\w* with|plugs? into|plugins? for|compatible with|"
                   # "labeling that saves to hugging face hub", "exports to label studio": where its output goes
                   r"(?:saves?|saving|exports?|exporting|pushes|pushing|syncs?|syncing|writes?|writing) (?:in)?to|"
                   r"that talks to|on top of)\s+(?:(?:a|an|the|our|my)\s+)?(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)")
#: "ml pipelines portable across airflow and kubeflow", "runs on both slurm and kubernetes", "same pipeline code on
#: sagemaker and vertex", "a data catalog for snowflake and dbt": the tools named (one of them may be none, but not
#: with a whole cloud alone) are where the one sought must run (not "between X and Y", which weighs them).
_ACROSS = re.compile(r"\b(?:across|on both|with both|on|for)\s+(?:both\s+)?(?P<one>[\w.&+-]+(?:\s[\w.&+-]+)?)\s+"
                     r"(?:and|&|or)\s+(?P<other>[\w.&+-]+(?:\s[\w.&+-]+)?)")
#: "kubernetes native ml orchestration", "bigquery-native feature store": the tool named is what the one sought is
#: built around.
_NATIVE = re.compile(r"\b(?P<tool>[\w.&+]+)[\s-]native\b")
#: "observability for llamaindex apps", "guardrails for langchain chains", "tuning for keras models": what is built
#: with the tool named is what the job is for.
_FOR_ITS = re.compile(r"\bfor\s+(?:(?:my|our|the|a|an)\s+)?(?P<tool>[\w.&+-]+)\s+(?:apps?|applications?|chains?|"
                      r"agents?|models?|projects?|code|pipelines?|workflows?|"
                      # "lineage for airflow dags", "observability for snowflake tables", "a tool for dbt users"
                      r"dags?|tables?|users|shops?|jobs)\b")
#: "llm evals in github actions": a tool named as where the job runs, without an article ("in a git repo" is where
#: things are kept, read apart), is context too.
_IN = re.compile(r"\b(?:in|inside|within)\s+(?P<tool>[\w.&+-]+(?:\s[\w.&+-]+)?)")
#: Words that say when a job happens ("before training", "after the deploy"), before the job.
_AT = r"\b(?:before|after|during|while|until|ahead of)\s+(?:(?:the|a|each|every|our|my)\s+)?"
#: When the job happens, not what it is: "check columns before training", "alerts after deploy".
_WHEN = re.compile(_AT + r"(?:training|train|retraining|deploy\w*|release\w*|serving|inference|merg\w*|shipping)\b")
#: BM25's term saturation and length normalisation. A summary that says more (a platform that does
#: several things) is penalised less than by the library's defaults (k1 1.5, b 0.75): on the development
#: suites b 0.4-0.6 with k1 1.0-1.4 found 3 more queries' must-haves (386 of 440 against 383).
BM25_K1, BM25_B = 1.2, 0.5
#: How much working with the tool a query names ("ci that works with gitea") counts, beside the words.
WITH_WEIGHT = 0.5
#: How much the engine's own first picks for the one job a query names count, beside the words, and how many of
#: them: on the development suites 0.2 found 5 more queries' must-haves in suites 1-19 (1253 -> 1258 of 1350;
#: 0.4 or more found fewer than without it), with 2 more in suite 20 and 1 more of the held-out 99, measured once;
#: the one job of the one pain a query tells, 2 more (1260).
DEFAULT_WEIGHT, DEFAULT_TOP = 0.2, 5


#: When a job happens rather than the job sought, right before its words: "why my model got worse after deploying it".
_AT_THE_TIME = re.compile(_AT + "$")


#: A thing asked about by which of it does what ("so we know which pipelines feed which reports", "which models break
#: when the table changes"): what a lineage graph shows, not a job sought.
_WHICH = re.compile(r"\bwhich\s+$")
_DOES = re.compile(r"\s+(?:feed|feeds|fed|produce|produces|write|writes|populate|populates|read|reads|use|uses|depend|"
                   r"depends|break|breaks|touch|touches)\b")


def _job_spans(text: str) -> list[tuple[int, int, Stage]]:
    """Where each lifecycle job a query describes is named, with the job (see `stages_named`)."""
    low = lx.normal(text)
    found = [(start, end, stage) for start, end, stage in lx.phrase_hits(low, lx.STAGE)
             if not _WHERE.search(low[:start]) and not _NOT.search(low[:start])
             and not (_WHICH.search(low[:start]) and _DOES.match(low, end))
             and not _AT_THE_TIME.search(low[:start]) and not (stage in _GATED and _GATE.search(low[:start]))
             and not lx.nothing_to_run(low[max(0, start - 12) : end], low[end:])]
    # notebooks named inside a pain's own words ("too many jupyter notebooks", "notebook to production takes months")
    # are what the pain is about, not the job sought (a pain's words about other jobs, as in "serving computes the
    # features differently", still name the job that cures it)
    said = lx.phrase_hits(low, lx.FRUSTRATION)
    pains = [(start, end) for start, end, pain in said if Stage.NOTEBOOKS not in FRUSTRATION_STAGES[pain]]
    # a pipeline that ran on bad data is where a data-quality pain happened, not the job sought ("pipeline finished
    # green but half a column was null", "our training pipeline happily trained on garbage"): the checks are
    bad_data = any(pain is Frustration.DATA_QUALITY for _, _, pain in said)
    return [(start, end, stage) for start, end, stage in found
            if (stage is not Stage.NOTEBOOKS or not any(a <= start < b for a, b in pains))
            and not (bad_data and stage in _GATED and _RAN_ON_IT.match(low, end))]


def stages_named(text: str) -> set[Stage]:
    """The lifecycle jobs a query describes, read as the interview reads them ("trace llm calls",
    "detect drift", "tune hyperparameters"); a job only named as the place things live ("keep model
    weights in a git repo", "sync manifests from a git repo"), said not to be wanted ("on cpu, no gpu") or only as
    when something happens ("alerts after deploying") is not the one sought."""
    return _jobs_in(_job_spans(text), lx.normal(text))


def _jobs_in(spans: list[tuple[int, int, Stage]], low: str) -> set[Stage]:
    """The jobs sought among those named at `spans` of the normalised query `low` (see `stages_named`)."""
    jobs = {stage for _, _, stage in spans}
    # machines said as where another job runs ("serve open weights llm on our kubernetes gpus"): no compute sought
    machines = [start for start, _, stage in spans if stage is Stage.COMPUTE]
    if len(jobs) > 1 and machines and all(_ON_THEM.search(low[:start]) for start in machines):
        jobs.discard(Stage.COMPUTE)
    return jobs


#: Right before machines, "on" the team's own: where a job runs ("on our kubernetes gpus", "on the lab's cluster").
_ON_THEM = re.compile(r"\bon\s+(?:(?:a|an|my|our|the|their)\s+)?(?:own\s+)?(?:[\w'-]+\s+)?$")


#: A process a check stops ("fail the pipeline when a batch has nulls", "block the deploy if accuracy drops") is
#: where the check acts, not the job sought: the check is.
_GATE = re.compile(r"\b(?:fail|stop|block|halt|gate|break)(?:s|ed|ing|ping|ped)?\s+(?:(?:a|an|my|our|the)\s+)?"
                   r"(?:[\w-]+\s+)?$")  # "bad rows silently break my pandas pipeline"
_GATED = frozenset({Stage.ML_PIPELINES, Stage.CI_CD, Stage.WORKFLOW_ORCHESTRATION, Stage.MODEL_SERVING})


#: Right after a pipeline, that it ran (on whatever it was given): "pipeline finished green", "pipeline happily
#: trained on garbage".
_RAN_ON_IT = re.compile(r"s?\s+(?:\w+\s+)?(?:finished|ran|trained|passed|succeeded|completed|went green)\b")


#: A pain said as an absence ("no gpu") is, in a search, what the tool must do without ("llm on cpu, no gpu"),
#: unless it is said as what they lack ("we have no gpus").
_WITHOUT = re.compile(r"(?:no|without|zero|not)\s")
_LACK = re.compile(r"(?:have|has|got|there are|there is|there's|we've)\s+$")


def pains_named(text: str) -> list[tuple[Stage, ...]]:
    """The jobs of the pains a query describes, read with the interview's own phrases ("our model got worse
    in production and nobody noticed": monitoring; "we retrain by hand every month": pipelines or an
    orchestrator), each pain's jobs together: any one of them answers it."""
    low = lx.normal(text)
    # (a pain said inside longer words that name the job curing it is that job, asked: "works on my machine, breaks
    # on the server" asks for containers, not for the jobs of results that cannot be reproduced)
    spans = _job_spans(text)
    jobs = _jobs_in(spans, low)
    named = [(a, b) for a, b, stage in spans if stage in jobs]
    said = {pain for start, end, pain in lx.phrase_hits(low, lx.FRUSTRATION)
            if _a_pain(low, start, end) and not any(a <= start and end <= b and b - a > end - start for a, b in named)}
    # the team's work, as the profile reads it: an LLM app's unknown behaviour is for LLM observability
    work = Profile(workloads=workloads_named(text) or None)
    return [work.implied_by(pain) for pain in lx.FRUSTRATION if pain in said and work.implied_by(pain)]


def workloads_named(text: str) -> tuple[Workload, ...]:
    """The kinds of work a query names ("serve llm fast": LLM work; "an sklearn model": classic ML on tables), in a
    fixed order."""
    low = lx.normal(text)
    named = {workload for _, _, workload in lx.phrase_hits(low, lx.WORKLOAD)}
    return tuple(sorted(named | ({Workload.TABULAR} if _CLASSIC_MODEL.search(low) else set())))


#: A model of the classic libraries, in a query: "deploy sklearn model as docker rest api". (Said to the interview,
#: such a model is left to the question about the work: people who name sklearn build more than tables.)
_CLASSIC_MODEL = re.compile(r"\b(?:sklearn|scikit[- ]learn|xgboost|lightgbm|catboost)\b")


def _a_pain(low: str, start: int, end: int) -> bool:
    """Is this pain phrase said as a pain: "we have no gpus" is, "llm on cpu, no gpu" is what the tool must
    do without, and "no gpus to manage" is what they want not to operate."""
    if _WITHOUT.match(low[start:end]):
        return _LACK.search(low[:start]) is not None
    return not _NOT.search(low[:start]) and not lx.nothing_to_run(low[max(0, start - 12) : end], low[end:])


#: How much a job counts that a tool is built for but not as its main one (its first primary stage):
#: of two tools built for a job, the one whose main job it is comes first, as in the engine's scoring
#: (on the development suites 0.5-0.8 found 2 more queries' must-haves than 1.0).
SIDE_JOB = 0.75
#: How much a job counts that a tool only touches (listed in its stages, not built for): a notebook service
#: that also gives GPUs is a fair answer to "free gpu notebook" (on the development suites 0.4-0.5 found
#: 5 more queries' must-haves than 0; never more than a job a tool is built for).
TOUCHED = 0.4


def _fit(tool: Tool, stage: Stage, kinds: frozenset[str]) -> float:
    """How well a tool does a job the query names: 1 when built for it as its main job, less as a side
    job or for another kind of it, and less still when it only touches the job."""
    if not tool.built_for(stage):
        return TOUCHED if stage in tool.stages else 0.0
    return kind_fit(tool, stage, kinds) * (1.0 if tool.primary_stages[0] is stage else SIDE_JOB)


#: First words of foundations' names as the catalog gives them ("Linux Foundation project", "LF AI & Data",
#: "Project Jupyter", "PyTorch Foundation"): they host projects, they do not make them.
_FOUNDATIONS = frozenset({"apache", "linux", "lf", "project", "pytorch", "cncf", "eclipse"})


def _maker(tool: Tool) -> str:
    """The first word of who makes a tool ("Comet ML, Inc." and "Comet" are one maker), lower case; none (an
    empty word) for a foundation, which hosts the projects of many makers."""
    first = re.split(r"[^\w&-]+", tool.vendor.lower().strip())[0]
    return "" if first in _FOUNDATIONS else first


def _edition_of(tool: Tool) -> re.Pattern[str]:
    """How another tool's summary says it is this tool, run for you: "managed Apache Airflow",
    "commercial Airflow platform", "hosted MLflow"."""
    return re.compile(rf"\b{EDITION_WORDS}\s+(?:{any_name(tool)})\b")


def _stand_in_for(tool: Tool) -> re.Pattern[str]:
    """How another tool's summary says it takes this tool's place: "fork of Terraform", "drop-in
    replacement for pip", "an open-source alternative to LangSmith", "forked from Elasticsearch 7.10.2"."""
    return re.compile(rf"\b(?:fork of|forked from|replacement for|alternative to|drop-in for)\s+(?:the\s+)?"
                      rf"(?:{any_name(tool)})\b")


@dataclass(frozen=True)
class Hit:
    """One search result with its score (for tests and tie-breaking)."""

    tool: Tool
    score: float


def _nearest(typed: str, choices: Sequence[str], *, whole: bool = False) -> str | None:
    """The word of `choices` that `typed` is a typo of, if any is near enough. A longer word that begins with the one
    typed is another word, not a typo of it ("column" is not "columnar"); a typo keeps its first letter ("regress" is
    not "progress", "stroe" is "store", not "astro"). Of a stem a prefix may go ("unfair" meets "fair"); a whole word
    (`whole`) keeps all of itself ("mosaicml" is a name, not "mosaic" misspelt)."""
    for found, _, _ in process.extract(typed, choices, scorer=fuzz.ratio, score_cutoff=MEND_CUTOFF, limit=5):
        if _extends(found, typed):
            continue
        if whole and found[0] == typed[0] and not typed.startswith(found):
            return str(found)
        if not whole and (found[0] == typed[0] or typed.endswith(found)):
            return str(found)
    return None


def _extends(candidate: str, typed: str) -> bool:
    """Is the candidate the typed word with two or more letters added at its end?"""
    return candidate.startswith(typed) and len(candidate) - len(typed) >= 2


class SearchIndex:
    """The catalog's search index: built once per catalog, read-only afterwards."""

    def __init__(self, tools: Iterable[Tool], index: CatalogIndex,
                 default_picks: Callable[[Stage, tuple[Workload, ...]], Sequence[str]] | None = None, *,
                 today: date | None = None) -> None:
        """`index`: the scoring's facts about the whole catalog (who integrates with whom, product
        families), computed once per catalog. `default_picks`: the tools built for a job, best first, as the
        engine ranks them for someone who asks for only that job (the catalog's own ranking; none in tests
        of search alone). `today`: the catalog's date, against which a tool's latest release is old (none: no tool
        has gone quiet)."""
        self.tools: tuple[Tool, ...] = tuple(tools)
        documents = [_fields(tool) for tool in self.tools]
        self._vocabulary = sorted({word for document in documents for field in FIELDS for word in document[field]})
        self._known = frozenset(self._vocabulary)
        #: the words of the catalog as they are spelt (names, jobs, kinds, summaries), unstemmed: what a misspelt
        #: word of a query is mended to before the query is read for jobs, pains and constraints
        spelt = {word for tool in self.tools for text in (tool.name, *tool.aliases, tool.summary, tool.vendor)
                 for word in _SPELT.findall(text.lower())}
        spelt |= {word for value in (*Stage, *Category, *Workload)
                  for word in _SPELT.findall(label(value.value).lower())}
        self._spelt = sorted(spelt)
        self._spelt_set = frozenset(spelt)
        self._bm25: dict[str, bm25s.BM25] = {}
        for field in FIELDS:
            self._bm25[field] = bm25s.BM25(k1=BM25_K1, b=BM25_B)
            # bm25s cannot index an empty document: a tool with nothing in a field gets a blank word
            self._bm25[field].index([document[field] or ["_"] for document in documents], show_progress=False)
        self._index = index
        self._default_picks = default_picks
        # each job's default ranking (for the kinds of work a query names), computed when first asked
        self._defaults: dict[tuple[Stage, tuple[Workload, ...]], Sequence[str]] = {}
        self._position = {tool.id: position for position, tool in enumerate(self.tools)}
        self._makers = [_maker(tool) for tool in self.tools]
        self._names: dict[str, int] = {}
        for position, tool in enumerate(self.tools):
            for name in tool.names():
                self._names.setdefault(utils.default_process(name), position)
        self._name_keys = list(self._names)
        #: who makes or names each tool, by the first word of its vendor and of its longer names ("Meta",
        #: "Facebook FBLearner"): "facebook's ml platform" asks for one of theirs
        self._owners: dict[str, set[int]] = {}
        for position, tool in enumerate(self.tools):
            for name in (tool.vendor, *(n for n in tool.names() if " " in n.strip())):
                head = words(name)[:1]
                if head and len(head[0]) >= 3:
                    self._owners.setdefault(head[0], set()).add(position)
        #: a small prior for tools many others integrate with: of two equal matches, the one people
        #: build on comes first
        self._prior = [INTEGRATED * min(index.users.get(tool.id, 0), 8) / 8
                       + (ADOPTED if tool.ring is Ring.ADOPT else 0.0) for tool in self.tools]
        #: a product named by the first word of a longer alias of it that no tool is named ("postgres vector":
        #: "vector search in our existing postgres" asks for pgvector; "OpenShift Pipelines": CI/CD on openshift is
        #: Tekton), for its main job, as an id's first words name a family's product
        self._alias_families: dict[tuple[str, Stage], int] = {}
        for position, tool in enumerate(self.tools):
            if not (tool.adoptable and tool.primary_stages):
                continue
            spelt = {tool.id.replace("-", ""), tool.name.lower().replace(" ", "")}
            for alias in tool.aliases:
                first, *rest = alias.lower().split() or [""]
                if not rest or first + "".join(rest) in spelt:
                    continue  # one word, or the name spelt apart ("Dags Hub" is DagsHub): no family
                first = first.strip(".,()")
                key = (first, tool.primary_stages[0])
                if len(first) >= 4 and first.isalpha() and not _everyday(first) and first not in self._names \
                        and key not in index.dedicated:
                    self._alias_families.setdefault(key, position)
        #: tools with no release for a year and a half
        self._quiet = frozenset(position for position, tool in enumerate(self.tools)
                                if today is not None and tool.latest_release is not None
                                and (today - tool.latest_release.date).days > QUIET_DAYS_SEARCH)

    def _query(self, text: str) -> list[str]:
        """The query's words, each misspelled one mended to the nearest word the index knows."""
        mended = []
        for word in words(text):
            if word in self._known or len(word) < 4:
                mended.append(word)
                continue
            near = _nearest(word, self._vocabulary)
            if near is not None and near in self._names and zipf_frequency(word, "en") >= MISSPELT_ZIPF:
                near = None  # an English word is no typo of a tool's name: "comment" is not "comet"
            mended.append(near or word)
        return mended

    def _mended(self, text: str) -> str:
        """The text with each misspelt word (no English word, none of the catalog's) put right, when one of the
        catalog's words is near enough and keeps its first letter: "feature stroe open sorce" is read as "feature
        store open source", for its jobs and constraints as well as its words."""
        def mend(match: re.Match[str]) -> str:
            word = match.group(0).lower()
            if word in self._spelt_set or zipf_frequency(word, "en") >= MISSPELT_ZIPF:
                return match.group(0)
            return _nearest(word, self._spelt, whole=True) or match.group(0)
        return _SPELT.sub(mend, text)

    def _text_scores(self, query: list[str]) -> list[float]:
        """Each tool's match to the query's words: the fields' BM25 scores, weighted, over the best."""
        combined = [0.0] * len(self.tools)
        if not query:
            return combined
        for field in FIELDS:
            for position, score in enumerate(self._bm25[field].get_scores(query)):
                combined[position] += WEIGHTS[field] * float(score)
        best = max(combined) or 1.0
        return [score / best for score in combined]

    def _named(self, phrase: str) -> int | None:
        """The tool a short phrase names (its name, an alias, or a near miss of one), if any."""
        key = utils.default_process(phrase)
        for size in range(len(key.split()), 0, -1):  # "langsmith for tracing" -> "langsmith"
            head = " ".join(key.split()[:size])
            found = process.extractOne(head, self._name_keys, scorer=fuzz.ratio, score_cutoff=85)
            if found and (found[1] == 100 or zipf_frequency(head, "en") < COMMONPLACE_ZIPF):
                return self._names[found[0]]  # not a near miss that is an everyday word ("serving", for KFServing)
        return None

    def _split_names(self, key: str) -> set[int]:
        """Tools whose one-word name was typed as two words ("sage maker endpoints", "ML flow"): the two words
        joined are exactly a name or alias of at least SPLIT_NAME_MIN letters."""
        parts = key.split()
        joined = (parts[i] + parts[i + 1] for i in range(len(parts) - 1))
        return {self._names[j] for j in joined if len(j) >= SPLIT_NAME_MIN and j in self._names}

    def _alternatives(self, text: str) -> dict[int, float]:
        """For "an alternative to X", how much of X's job each other tool is built for (0 … 1.2), X
        itself -1; for "what replaced X", X's successor (or X itself, when X is a former name) 1."""
        replaced = self._named_in(text, _SUCCESSOR)
        if replaced is not None:
            old = self.tools[replaced]
            heir = next((p for p, t in enumerate(self.tools) if t.id == old.successor), replaced)
            return {heir: 1.0}
        sibling = self._named_in(text, (_OPEN_EDITION,))
        named = self._named_in(text, _ALTERNATIVE) if sibling is None else sibling
        if named is None:
            return {}
        like = self.tools[named]
        jobs = like.primary_stages or like.stages
        best = sum(1.0 / (1 + rank) for rank in range(len(jobs))) or 1.0
        similar = {named: -1.0}  # the tool itself is what they want to move away from
        edition, stand_in = _edition_of(like), _stand_in_for(like)
        for position, tool in enumerate(self.tools):
            summary = tool.summary.lower()
            if position != named and edition.search(summary):
                similar[position] = -1.0  # "managed Airflow" is Airflow again, not an alternative to it
                continue
            if position != named and stand_in.search(summary):
                similar[position] = 1.2  # it says so itself: "a fork of Terraform"
                continue
            shared = sum(1.0 / (1 + rank) for rank, stage in enumerate(jobs) if tool.built_for(stage))
            if shared and position != named and tool.vendor != like.vendor:  # another maker's, not its sibling
                similar[position] = shared / best + (0.2 if tool.category is like.category else 0.0)
                if like.workloads and tool.workloads and not set(like.workloads) & set(tool.workloads):
                    similar[position] *= OTHER_MEDIA  # the same job for other data (images, where X checks tables)
                if like.self_host_needs is None and tool.self_host_needs == ():
                    # a library in place of a service (FAISS for Pinecone): the job, not the same kind of thing
                    similar[position] *= LIBRARY_FOR_SERVICE
            if not like.primary_stages and not tool.primary_stages and position != named \
                    and tool.category is like.category and set(tool.stages) == set(like.stages) \
                    and tool.vendor != like.vendor:
                # built for no job of the lifecycle, touching the same ones the same way: the same kind of thing
                # ("an openrouter alternative": another gateway, LiteLLM; a LangChain alternative: LlamaIndex)
                similar[position] = max(similar.get(position, 0.0), 1.0)
            if tool.id == like.successor:
                similar[position] = max(similar.get(position, 0.0), 1.5)  # the one its makers point to
            if sibling is not None and position != named and self._makers[named] \
                    and self._makers[position] == self._makers[named] \
                    and (tool.open_source or Deployment.SELF_HOSTED in tool.deployment):
                similar[position] = 1.5  # "the open source version of Arize": its makers' own (Phoenix)
        return similar

    def _default_for(self, jobs: set[Stage], kinds: dict[Stage, frozenset[str]],
                     work: tuple[Workload, ...] = ()) -> dict[int, float]:  # fmt: skip
        """For a query about one job (named, or the one job of the pain it tells), the tools the engine picks first
        for someone asking only for it (1, 1/2, … for its top DEFAULT_TOP), for the kinds of work the query names
        (`work`: "serve llm fast" is serving for LLM work): of the tools built for a job, the standard answer comes
        first ("feature store": Feast before the ones whose summaries say it more). Of a kind the query names
        (guardrails for a chatbot), only the picks of that kind."""
        if self._default_picks is None or len(jobs) != 1:
            return {}
        job = next(iter(jobs))
        if (job, work) not in self._defaults:
            self._defaults[job, work] = self._default_picks(job, work)
        said = kinds.get(job, frozenset())
        ranked = [tool_id for tool_id in self._defaults[job, work] if tool_id in self._position
                  and kind_fit(self.tools[self._position[tool_id]], job, said) == 1.0][:DEFAULT_TOP]
        return {self._position[tool_id]: 1.0 / (1 + rank) for rank, tool_id in enumerate(ranked)}

    def _compared(self, text: str) -> dict[int, float]:
        """For "X vs Y" (or "X or Y", "X vs Y vs Z", "between X and Y"), every tool compared, when every side names
        one ("compare X vs Y": a word before the first name is allowed)."""
        low = text.lower().strip(" ?!.")
        between = _BETWEEN.search(low)
        sides = [between.group("one"), between.group("other")] if between else _VERSUS.split(low)
        if len(sides) < 2:
            return {}
        sides[-1] = _COMPARED_FOR.sub("", sides[-1])
        named = [self._named(side) for side in sides]
        if named[0] is None and " " in sides[0]:
            named[0] = self._named(sides[0].split(" ", 1)[1])
        return {position: 1.0 for position in named if position is not None} if None not in named else {}

    def _leading_name(self, key: str) -> dict[int, float]:
        """A tool named exactly by the query's first words ("runai gpu", "langsmith self hosted"): the rest
        says what about it they want to know. Not by an alias that is an everyday word, which opens a query as
        that word ("scale python on a cluster" is no question about Scale AI)."""
        parts = key.split()
        for size in range(len(parts) - 1, 0, -1):
            if parts[size] in _BUILT_AROUND:
                continue  # "kubernetes native orchestration": what the tool sought is built around
            head = " ".join(parts[:size])
            position = self._names.get(head) if len(head) >= 3 else None
            if position is not None and (" " in head or head == utils.default_process(self.tools[position].name)
                                         or not _everyday(head)):  # fmt: skip
                return {position: 1.0}
        return {}

    def _mentioned(self, parts: list[str], named: list[tuple[int, int, int]]) -> set[int]:
        """Tools named anywhere in the query that are built for a job the rest of it asks ("shadow test a new model
        on a sagemaker endpoint", "serve several model versions side by side in triton"): how to do that job in the
        tool named. Not general infrastructure named as where the work runs ("on our kubernetes cluster"), not a name
        that is itself the job's word ("shared jupyter"), nor an alias that is a common word ("ray of light").
        `parts`: the query's words; `named`: the names among them (`_names_at`)."""
        found: set[int] = set()
        for start, size, position in named:
            tool, phrase = self.tools[position], " ".join(parts[start:start + size])
            if tool.category in (Category.COMMON_SWE_STACK, Category.GENERAL_CLOUD) or (
                    " " not in phrase and zipf_frequency(phrase, "en") >= COMMONPLACE_ZIPF):
                continue
            before, after = parts[max(0, start - 1):start], parts[start + size:start + size + 1]
            if set(before) & _CONTEXT_BEFORE or set(after) & _CONTEXT_AFTER:
                continue  # "managed airflow", "our airflow dags", "airflow friendly checks": not the tool sought
            rest = " ".join(parts[:start] + parts[start + size:])
            if any(tool.built_for(job) for job in stages_named(rest)):
                found.add(position)
        return found

    def _names_at(self, parts: list[str]) -> list[tuple[int, int, int]]:
        """The tool names among the query's words, longest first and none inside another found ("vertex ai feature
        store" holds "vertex ai"): (first word, number of words, tool's position) each."""
        named: list[tuple[int, int, int]] = []
        covered: set[int] = set()
        for size in range(min(4, len(parts)), 0, -1):
            for start in range(len(parts) - size + 1):
                phrase = " ".join(parts[start:start + size])
                position = self._names.get(phrase) if len(phrase) >= 3 else None
                if position is None or covered & set(range(start, start + size)):
                    continue
                covered |= set(range(start, start + size))
                named.append((start, size, position))
        return named

    def _theirs_doing(self, parts: list[str], named: list[tuple[int, int, int]], jobs: set[Stage]) -> set[int]:
        """Tools the query says they already run ("we already run redis", "our existing elasticsearch") that do a job
        it asks, if only as a side of what they are for ("… add vector search"): what they have comes first (Redis
        and Elasticsearch search vectors), where the same name as mere context ("our airflow dags") is not sought."""
        found: set[int] = set()
        for start, _, position in named:
            if self.tools[position].category is Category.GENERAL_CLOUD:
                continue
            before = " ".join(parts[max(0, start - 5):start])
            if _THEIRS.search(before) and not _ON_THEIRS.search(before) \
                    and any(job in self.tools[position].stages for job in jobs):
                found.add(position)
        return found

    def _owned(self, text: str) -> set[int]:
        """The tools of a maker named as the owner of what is sought ("uber's ml platform", "google's
        feature store"): said with an apostrophe, so "google cloud" alone is not one."""
        owners = (m.group(1) for m in _OWNER.finditer(lx.normal(text)))
        return {position for owner in owners for position in self._owners.get(stem(owner), ())}

    def _named_in(self, text: str, patterns: Iterable[re.Pattern[str]]) -> int | None:
        """The tool named where the first pattern that names one puts it ("what replaced X", "X alternative",
        "is X still maintained"), or named by the first word of its names ("instead of argo" in a query about
        pipelines: Argo Workflows, not Argo CD)."""
        lowered = text.lower().strip(" ?!.")
        for pattern in patterns:
            found = pattern.search(lowered)
            named = self._named(found.group("tool")) if found else None
            if named is None and found:
                named = self._opened(found.group("tool"), stages_named(text))
            if named is not None:
                return named
        return None

    def _opened(self, phrase: str, jobs: set[Stage]) -> int | None:
        """The one tool whose name the phrase's first word opens ("argo": Argo Workflows, Argo CD), of those built
        for a job the query names when the word opens several; none when that leaves more than one, or none."""
        first = utils.default_process(phrase).split()[:1]
        if not first or len(first[0]) < 4 or zipf_frequency(first[0], "en") >= COMMONPLACE_ZIPF:
            return None
        opened = {self._names[key] for key in self._name_keys if key.startswith(first[0] + " ")}
        if len(opened) > 1:
            opened = {position for position in opened if any(self.tools[position].built_for(j) for j in jobs)}
        return next(iter(opened)) if len(opened) == 1 else None

    def _fits_with(self, text: str) -> tuple[dict[int, float], set[int], tuple[int, int] | None]:
        """For "… that works with X" (or "… in X", "X-native …", "… for X apps", "… portable across X and Y"): the
        tools that work with X (with each of X and Y), X itself (context, not sought), and where "for X dags" says
        what the job is done to (no job of its own, nor a name sought), when that names it."""
        low = text.lower()
        if (across := _ACROSS.search(low)) is not None:
            both = [self._named(across.group(side)) for side in ("one", "other")]
            named_both = {p for p in both if p is not None}
            if None in both and any(self.tools[p].category is Category.GENERAL_CLOUD for p in named_both):
                named_both = set()  # "on aws batch and step functions": a cloud is where, a rule of its own
            if named_both:  # (when one of them is no tool, theirs must work with the one that is)
                each = [self._index.partners.get(self.tools[p].id, frozenset()) for p in named_both]
                return {self._position[t]: 1.0 for t in frozenset.intersection(*each)
                        if t in self._position}, named_both, None  # fmt: skip
        found = _WITH.search(low) or _NATIVE.search(low)
        named = self._named(found.group("tool")) if found else None
        done_to = None
        if named is None and (built_with := _FOR_ITS.search(low)) is not None:
            # a framework the apps are built with, or a tool whose things the job is done to ("lineage for airflow
            # dags"), not a tool named for the job asked ("tracking for mlflow projects")
            named = self._names.get(utils.default_process(built_with.group("tool")))  # (a name typed whole: "for
            # llm apps" names no llm-d)
            rest = low[: built_with.start()] + " " + low[built_with.end() :]  # ("dags" are its things, not a job)
            if named is not None and any(self.tools[named].built_for(s) for s in stages_named(rest)):
                named = None
            done_to = built_with.span() if named is not None else None
        if named is None and (inside := _IN.search(low)) is not None:
            # "llm evals in github actions": where the job asked before it runs; "tracking in mlflow" asks
            # about the tool named, which is built for that job
            named = self._named(inside.group("tool"))
            before = stages_named(low[: inside.start()])
            if named is not None and (not before or any(self.tools[named].built_for(s) for s in before)):
                named = None
        if named is None:
            return {}, set(), None
        partners = self._index.partners.get(self.tools[named].id, frozenset())
        return {self._position[t]: 1.0 for t in partners if t in self._position}, {named}, done_to

    def _family_for(self, key: str, jobs: set[Stage]) -> set[int]:
        """The products of a tool the query names (its whole id or a name of it, as words) made for a job it asks: its
        family's product for that job, as the scoring index knows it (github, CI/CD -> GitHub Actions; "feature store
        on sagemaker" -> SageMaker Feature Store)."""
        typed = f" {key} "
        by_alias = {position for (family, stage), position in self._alias_families.items()
                    if stage in jobs and f" {family} " in typed}
        return by_alias | {self._position[product] for (family, stage), product in self._index.dedicated.items()
                if stage in jobs and (family in self._position or family.replace("-", " ") in self._names
                                      or self._opens_name(family, product))
                and product in self._position
                and self.tools[self._position[product]].built_for(stage) and f" {family.replace('-', ' ')} " in typed}

    @staticmethod
    def _opens_name(family: str, product: str) -> bool:
        """Is the family a library people build models with whose name opens its product's id ("keras": keras-tuner,
        "tensorflow": tensorflow-serving; not "llm": llm-d, nor "great": great-expectations)?"""
        return family in LIBRARIES and product.startswith(family + "-")

    def search(self, text: str, *, limit: int = 10) -> list[Hit]:
        """The best matches for what a person typed, best first (ties by id)."""
        text = self._mended(text[:200])
        key = utils.default_process(text)
        wanted = constraints_in(text)
        words_only = text.lower()
        for pattern, _ in CONSTRAINTS:  # constraint words filter below; they are not the job sought
            words_only = pattern.sub(" ", words_only)
        if _SERVERLESS.search(text.lower()):
            words_only += " serverless"  # a kind of product as well as a rule ("serverless gpus": Modal, RunPod)
        refused = {m.group("word") for m in _NOT_WORD.finditer(words_only)}
        words_only = _NOT_WORD.sub(" ", words_only)  # "no gpu": not a word to match
        words_only = _WHEN.sub(" ", words_only)  # "before training": when the job happens, not the job
        words_only = _PLANT_LINE.sub(" factory ", words_only)  # a factory's line is no product line (Comet's)
        words_only = _LEGAL_CONTRACT.sub(" ", words_only)  # a lawyer's contracts are no data contracts (Soda's)
        words_only = _AERIAL.sub(" aerial ", words_only)  # a drone's photos are aerial images, not Drone CI's
        fits_with, context, done_to = self._fits_with(text)
        if done_to is not None:  # "for airflow dags": what the job is done to, not a job ("dags"), nor a name sought
            text = text[: done_to[0]] + " " * (done_to[1] - done_to[0]) + text[done_to[1] :]
        unwanted = {self._names[n] for n in refused if n in self._names}  # "without docker"
        query = self._query(words_only)
        low, normal, spans = text.lower(), lx.normal(text), _job_spans(text)
        jobs = _jobs_in(spans, normal)  # (stages_named, its spans kept)
        if jobs and jobs <= _WATCHED_THINGS and _OBSERVED.search(low) and any(
                _OF_THEIRS.search(normal[:start]) for start, _, _ in spans):
            # "dashboards + alerts for our inference pods", "scrape p99 latency from our model servers": the servers
            # and machines are what is watched; watching them is the job
            jobs = {Stage.MODEL_MONITORING}
        if not jobs and _LATE_LABELS.search(low):
            jobs = {Stage.MODEL_MONITORING}  # how a live model does before its outcomes are known: monitoring's job
        said_here = {said for said in _SAID_ANY_WAY if said.search(low)}  # (each once: four are in both tables)
        for said, taken, given in _JOBS_SAID_OTHERWISE:
            if said in said_here:
                jobs = (jobs - taken) | {given}
        if Stage.DATA_VALIDATION in jobs and _LLM_CHECKED.search(low):
            # checks on what an LLM answers are its guardrails, not checks on training data
            jobs = (jobs - {Stage.DATA_VALIDATION}) | {Stage.GOVERNANCE}
        # many providers named, and no job but serving or the spend and logs a gateway keeps itself ("per-team budgets
        # and spend tracking"): one API in front of them is sought
        kept_by_gateway = {Stage.MODEL_SERVING, Stage.LLM_OBSERVABILITY}
        gateway = _GATEWAY.search(low) is not None and not jobs - kept_by_gateway
        if gateway:  # what the catalog calls such a thing; it routes calls and serves no model
            query += [stem("gateway"), stem("proxy")]
            jobs -= kept_by_gateway
        for said, words_for_it, unless in _SAID_OTHERWISE:
            if said in said_here and not (unless and unless.search(low)):
                query += [stem(word) for word in words_for_it]
        scores = self._text_scores(query)
        ranked: list[tuple[float, str, Tool]] = []
        typed = set(key.split())
        typed_names = {word for word in typed if word in self._names}  # words of the query that name a tool
        name_hits = {
            self._names[choice]: score / 100
            for choice, score, _ in process.extract(key, self._name_keys, scorer=fuzz.ratio, limit=5)
            # "feature store" is a job, not the name "AWS Feature Store": a name that only adds words to a
            # job they typed is not named; nor is a near miss that swaps in another tool's name ("managed airflow"
            # names Airflow, not the alias "managed metaflow")
            if score >= 80 and not (jobs and typed < set(choice.split()))
            and not (score < 100 and typed_names - set(choice.split()))
        } if key else {}  # fmt: skip
        for position in self._split_names(key):
            name_hits[position] = max(1.0, name_hits.get(position, 0.0))
        for position in self._owned(text):
            name_hits[position] = max(OWNED, name_hits.get(position, 0.0))
        for position, score in self._leading_name(key).items():
            name_hits[position] = max(score, name_hits.get(position, 0.0))
        if not gateway:  # providers behind one gateway are no answer
            parts = key.split()
            named = self._names_at(parts)  # found once, read by both
            for position in self._mentioned(parts, named) | self._theirs_doing(parts, named, jobs):
                name_hits[position] = max(MENTIONED, name_hits.get(position, 0.0))
        asked_about = self._named_in(text, _STATUS)  # "is text generation inference still maintained"
        if asked_about is not None:
            name_hits[asked_about] = 1.0
        # a job named outright is one unit; a pain is another, answered by a tool built for any of its jobs
        units = [(stage,) for stage in jobs] + [p for p in pains_named(text) if not set(p) & jobs]
        if units and not jobs and not name_hits:
            # a pain told as a story ("our churn model got worse and nobody noticed until revenue dropped"): its
            # words say what happened, not what the tool is, so they weigh less than the job the pain points to
            scores = [PAIN_TEXT * score for score in scores]
        kinds = {stage: kinds_named(text, stage) for unit in units for stage in unit}
        reference = self._named_in(text, (_LIKE_BUT_FOR, *_WORKS_LIKE))
        alternatives = self._alternatives(text) if reference is None else {}
        if reference is not None:  # how it works, not a name sought nor a job to replace
            name_hits.pop(reference, None)
            unwanted.add(reference)
            maker = self._makers[reference]
            for position, made_by in enumerate(self._makers):
                if maker and position != reference and made_by == maker:
                    fits_with[position] = max(fits_with.get(position, 0.0), 1.0)
        if alternatives:  # the name typed is the tool to replace, not a name to find
            name_hits = {}
            # the other words mostly ask the question ("… went into maintenance, what do we use now")
            scores = [ALTERNATIVE_TEXT * score for score in scores]
        name_hits.update(self._compared(text))
        for position in unwanted | context:
            name_hits.pop(position, None)
        # a tool named as where the work happens ("on every push to the github repo"): its own product for
        # the job asked (GitHub Actions) fits as "… that works with X" does
        for position in self._family_for(key, jobs):
            fits_with[position] = max(fits_with.get(position, 0.0), 1.0)
        # the one job the query names, or the one job of the one pain it tells ("nobody noticed the model got worse")
        only = {units[0][0]} if len(units) == 1 and len(units[0]) == 1 else jobs
        work = workloads_named(text)
        # (text work is an LLM's too: "text generation inference alternative")
        near_work = set(work) | ({Workload.LLM, Workload.NLP} if {Workload.LLM, Workload.NLP} & set(work) else set())
        default = self._default_for(only, kinds, work) if not alternatives else {}
        clouds_named = {c for c in wanted if c in _CLOUDS}
        several = len(clouds_named) > 1  # weighed together, not one by one
        each = [c for c in wanted if not (several and c in _CLOUDS)]
        for position, tool in enumerate(self.tools):
            score = scores[position] + DEFAULT_WEIGHT * default.get(position, 0.0)
            built = sum(max(_fit(tool, stage, kinds[stage]) for stage in unit) for unit in units) / len(units) \
                if units else 0.0
            if score <= 0.05 and not built and position not in name_hits and position not in alternatives:
                continue
            score += 2.0 * name_hits.get(position, 0.0) + self._prior[position]
            score += JOB_WEIGHT * built
            score += ALTERNATIVE_WEIGHT * alternatives.get(position, 0.0)
            score += WITH_WEIGHT * fits_with.get(position, 0.0)
            if position in unwanted or position in context:
                score *= 0.5  # the tool they said they do without, or the one theirs must work with
            for constraint in each:
                if constraint == "light":
                    score *= lightness(tool)
                elif constraint == "local" and not _fits(tool, constraint) and tool.self_host_needs is not None:
                    score *= LOCAL_HEAVY  # it runs on their own machines, with more than one machine's setup
                elif constraint == "open_source" and _free_to_self_host(tool):
                    score *= SOURCE_AVAILABLE  # its source is open and free to run, under a licence short of OSI's
                else:
                    score *= 1.3 if _fits(tool, constraint) else 0.6
            if several:  # "across aws and azure", "aws, gcp or azure": what runs on every one of them
                score *= 1.3 if not tool.clouds or clouds_named <= {c.value for c in tool.clouds} else 0.6
            if "managed" in wanted and tool.self_host_needs is None and Deployment.SELF_HOSTED not in tool.deployment:
                score *= SERVICE_ONLY  # "zero ops": a service with nothing of it to run comes before an open-source
                # project that also sells hosting
            if tool.clouds and not clouds_named and position not in name_hits:
                score *= 0.8  # a cloud's own service comes first only when the query names that cloud
            if work and tool.workloads and not set(tool.workloads) & near_work and position not in name_hits:
                score *= OTHER_MEDIA  # made for other work than the query names (an LLM server for an sklearn model)
            if tool.category is Category.GENERAL_CLOUD and position not in name_hits:
                score *= 0.3  # a whole cloud is where things run, not the answer to a job ("… on an aws api")
            if not tool.adoptable:
                score *= 0.5
            elif tool.effective_ring is Ring.HOLD:
                score *= 0.7  # adoptable but on hold (gone quiet): found, below what to adopt
            elif position in self._quiet and position not in name_hits:
                score *= QUIET  # no release for a year and a half: found, below the tools still shipping
            ranked.append((score, tool.id, tool))
        ranked.sort(key=lambda item: (-item[0], item[1]))
        return [Hit(tool, round(score, 4)) for score, _, tool in ranked[:limit]]
