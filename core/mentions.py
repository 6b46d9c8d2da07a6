"""Tool names in free text: whole words only, everyday words only with evidence, unknown names kept.

"we train CV models" must not find ClearML (whose old name was Trains), "we aim to ship" must not
find Aim, and "we use fooflow" must be said back ("I don't know fooflow") rather than dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from wordfreq import zipf_frequency

from core.catalog import Catalog
from core.lexicon import LAMBDA_GPUS, NEGATED_AFTER, NEGATED_VERBS, NEGATION, STAGE, phrase_pattern
from core.lexicon import RESETS as NEGATION_RESETS

#: A name is an everyday English word when wordfreq (a frequency list built from subtitles, books, news,
#: Wikipedia and the web) puts it at or above this Zipf value: about once in three million words of English.
#: Rare but real dictionary words sit at or above it ("laminar" 2.50, "snorkel" 2.68, "bento" 2.70, "chroma"
#: 2.75, "credo" 2.77, "quilt" 3.25); coined product names sit below ("mlflow" 0, "jupyter" 1.65, "flyte"
#: 1.78, "dvc" 2.0, "pinecone" 2.07). For a name of several words wordfreq's estimate is bounded by its rarest
#: word, so "label studio" (4.23) and "hugging face" (3.48) count: phrases of ordinary words.
EVERYDAY_ZIPF = 2.5
#: Words so common (about once in ten thousand words and more) that, typed in lower case, they are never a tool's
#: name said back as unknown ("nobody knows"); "kafka" (3.3) or "celery" (3.6) still are.
COMMONPLACE_ZIPF = 4.0
#: Words this common (about once per ten thousand words: "ray" 4.69, "arthur" 4.41, "harbor" 4.15,
#: "phoenix" 4.21) are as often names of people and places as of tools, and capitalised in prose either way:
#: a capital letter alone is no evidence that a tool is meant, a usage cue is.
COMMON_ZIPF = 4.0
#: A word with at least this frequency is a word of English, if a rare one ("marimo" 1.51, "guardrail"
#: 2.45, "vespa" 2.59), not a coined name ("kedro", "dagster": 0): after "a", "my" it is a thing, and typed
#: in lower case ("the pachyderm in the room", "I play ragas") it is a name only with a cue.
RARE_WORD_ZIPF = 1.5
#: After "a", "my", "little" …, a word this common is a thing of this world ("our little braintrust"), where
#: product names (Zipf 0 or nearly) are not.
A_THING_ZIPF = 1.0
#: Aliases not read as a tool in free text at all: cases a frequency list cannot know. Each says why.
NOT_NAMES: dict[str, str] = {
    # Words of ML talk: wordfreq measures general English, where they are rarer than in this domain.
    "trains": "ClearML's name before 2020, and what every model does",
    "actions": "GitHub Actions without 'GitHub'; also RL actions, Slack actions",
    "tune": "hyperparameter tuning, the verb",
    "scale": "'at scale', 'scale up'",
    "gradient": "gradient boosting, gradient descent",
    "elastic": "elastic training and elastic scaling",
    "outlier": "outlier detection; also Scale AI's workforce brand, not the tool",
    "lightning": "names two catalog tools (PyTorch Lightning, Lightning AI)",
    "together": "an adverb that follows usage verbs ('MLflow and DVC used together')",
    "lambda": "AWS Lambda (the aws cloud) as often as Lambda Cloud",
    "agent platform": "what LLM teams say they build",
    "run ai": "'run AI workloads'",
    "human loop": "human-in-the-loop",
    "compute engine": "a Google Cloud service: a cloud hint, read as the cloud",
    "jupyter notebook": "plain Jupyter is read on its own; 'notebook' stays a word for pains and needs",
    # Everyday words in a form wordfreq rates rare: "an alternative we can run ourself"
    "ourself": "'ourselves', as second-language writers often say it",
    # Short abbreviations with other common meanings (wordfreq ranks letters, not meanings).
    "es": "Spanish, ECMAScript", "pl": "Perl, PL/SQL, Poland", "uc": "University of California",
    "aml": "anti-money-laundering models", "srt": "subtitle files", "dsp": "signal processing",
    "hcl": "HashiCorp's config language", "cks": "a Kubernetes certificate", "vh": "a CSS unit",
    "crwv": "a stock ticker", "dss": "'DSs', data scientists counted ('four DSs')",
    # Companies, former names and sibling products: they name something else than the catalog tool.
    "heartex": "Label Studio's former company", "superconductive": "Great Expectations' former company",
    "elementl": "Dagster's former company", "logical clocks": "Hopsworks' former company",
    "remotasks": "Scale AI's workforce marketplace", "marvin": "Prefect's AI library, and a first name",
    "colang": "NeMo Guardrails' language", "langkit": "WhyLabs' text-metrics library",
    "truss": "Baseten's packaging library", "redis stack": "a Redis distribution",
    "mosaic ai": "Databricks' AI brand", "gpt index": "LlamaIndex's name in 2022", "moby": "Docker's upstream",
    "hudson": "Jenkins' predecessor, a different project", "tofu": "OpenTofu's command, and food",
    "foundry": "also Palantir Foundry", "ai foundry": "also Palantir's AI platform",
    "astro": "also the Astro web framework",
}  # fmt: skip
#: Words of ML talk that are names only with evidence, though rare in general English (below EVERYDAY_ZIPF).
DOMAIN_WORDS = frozenset({
    "guardrails",  # LLM guardrails, the practice
    "emr",  # electronic medical records
})  # fmt: skip
#: Words that are frequent in English only as a maker's or a product's name, with no other meaning in talk of
#: ML work: a name holding one ("GitHub Actions", "Apache Airflow", "NVIDIA Triton", "Docker Hub") is spelt as a
#: product however it is typed, where wordfreq, which bounds a phrase by its rarest word, rates it everyday.
BRAND_WORDS = frozenset({"github", "gitlab", "docker", "aws", "nvidia", "apache", "google", "amazon", "microsoft",
                         "hugging", "ml", "lang", "uber", "linkedin", "spotify", "databricks", "gh",
                         # the Argo project's ("Argo CD", "Argo Workflows"); no catalog name is "argo" alone, so an
                         # oceanographer's Argo floats stay words
                         "argo"})
#: Names people type that are not catalog tools and not worth saying back as unknown.
_COMMON = frozenset("""
a about above after again all almost also always am an and any anything are around as at away back be
because been before being best better between big bit both build built but by can cant care cloud code
could currently daily data day days deploy did do does doing done dont each early else enough etc even
ever every everything experiment experiments few find first for from fully get gets getting go going good
got great had half has have having heavy help here how however i if im in instead into is it its just
keep kind large last later least less like lot lots main make many maybe me mine model models more most
mostly much must my need needs new next no none not nothing now of off often ok old on once one only or
other others our ours out over own part people pipeline pipelines plan plus pretty probably production
prod quite rather really right run running same scripts see several should since small so some something
sometimes soon still stuff such team than that the their them then there these they thing things this
budget money k8s kubernetes remove drop delete yes yeah yep nope hmm hm what huh ok okay sure idk dunno
maybe why how thanks please hi hello hey
those though through to today together too tool tools tried try trying under until up us use used uses
using very via want was way we well were what when where which while who why will with within without
work works would yet you your training train trained serving tracking monitoring testing eval evals
notebook notebooks jupyter laptop laptops servers server cluster clusters gpu gpus cpu cpus infra
infrastructure platform platforms stack setup mix bunch custom homegrown home-grown in-house internal
scratch excel spreadsheets spreadsheet sheets slack email emails bash cron shell scripts ssh sql
research researcher researchers researching search searches searching agent agents agentic
vm vms prem premise premises
saas paas iaas api apis vendor vendors service services managed hosted oss
""".split())  # fmt: skip
_CONTEXT = frozenset({"use", "uses", "using", "used", "with", "tried", "adopted", "on", "via", "run", "runs",
                      "running", "like", "love", "prefer", "chose", "picked", "switched", "moved", "onto",
                      "into", "self-host", "host", "deploy", "deployed", "and", "or", ",",
                      # what people say of a tool they used: "moved off airflow", "ditched comet"
                      "off", "ditched", "dropped", "replaced", "replacing", "abandoned", "migrated",
                      "migrating", "inside", "within", "have", "has", "had", "through"})  # fmt: skip
#: What comes before "on X" / "into X" when X is where things run or go: "we're on X", "jobs run on X".
_RUNS_ON = frozenset({"run", "runs", "running", "ran", "built", "build", "building", "hosted", "host", "hosting",
                      "triggered", "deployed", "deploy", "deploying", "live", "lives", "based", "trained", "train",
                      "training", "standardized", "standardised", "everything", "all", "we're", "we", "it's", "stuff",
                      "jobs", "workloads", "models", "served", "serve", "serving", "data", "pipelines", "moved",
                      "moving", "migrated", "migrating", "switched", "went", "go", "going", "only", "mostly", "still",
                      "already", "currently", "now", "self-hosted", "orchestrated", "scheduled", "stored", "store"})
#: Verbs that put things in a tool named next ("we version our prompts in git").
_VERSIONED = frozenset({"version", "versioned", "versioning", "versions", "commit", "committed", "commits", "stored",
                        "store", "tracked"})
_MOVED = frozenset({"switched", "switching", "moved", "moving", "migrated", "migrating", "went", "upgraded"})
#: Verbs that send the team's things to a tool named after "to" a few words on ("we log everything to comet").
_SENT = _MOVED | {"log", "logs", "logged", "logging", "push", "pushes", "pushed", "pushing", "upload", "uploads",
                  "uploaded", "uploading", "publish", "publishes", "published", "ship", "ships", "shipped", "export",
                  "exports", "exported", "stream", "streams", "streamed", "sync", "syncs", "synced", "write", "writes",
                  "written", "wrote", "writing", "loaded", "load", "loads", "saved", "save", "saves"}
#: Verbs that take data out of a source named after "from": "a Prefect flow reading from Snowflake".
_READ_FROM = frozenset({"reading", "reads", "read", "pulling", "pulls", "pull", "pulled", "querying", "queries",
                        "query", "queried", "loading", "loads", "load", "fetching", "fetches", "fetch", "extracts",
                        "extracting", "exported", "exporting"})
#: Verbs of working inside a tool named next ("working in Label Studio", "built in Dagster").
_WORK_IN = frozenset({"working", "work", "works", "worked", "built", "labelled", "labeled", "annotated", "annotating",
                      "labelling", "labeling", "logged", "tracked", "registered", "written", "developed",
                      # "training is scheduled in airflow", "retraining runs on a schedule in prefect"
                      "scheduled", "schedule", "orchestrated", "defined",
                      # "they all train in vertex notebooks", "jobs run in ray"
                      "train", "trains", "trained", "training", "run", "runs"})
#: What a team keeps in a tool, right before "in" it: "recommendation models in colab", "our dags in airflow".
_KEPT_IN = frozenset({"model", "models", "code", "notebooks", "experiments", "prototype", "prototypes", "pipelines",
                      "dags", "runs",
                      # "our weekly retrain DAG in airflow", "nightly retraining in airflow", "prompts in git", "bumps
                      # the model tag in git"
                      "dag", "retrain", "retraining", "prompts", "configs", "manifests", "tag", "tags"})
#: Between what a team keeps and "in" a tool: "code is in git", "the dags live in airflow".
_LIVES = frozenset({"is", "are", "lives", "live", "sits", "sit", "stays", "stay", "resides"})
#: What comes right before "in" a tool when it is one: work done in it, or things kept in it.
_IN_A_TOOL = _WORK_IN | _KEPT_IN
_RESET = NEGATION_RESETS | {"chose", "picked"}
#: Words between "from" and a source's name that say whose or which it is: "from an internal Harbor".
_QUALIFIERS = frozenset({"a", "an", "the", "our", "my", "their", "own", "internal", "private", "local", "self-hosted",
                         "central", "shared", "company", "on-prem"})
#: How a tool is run, said between the verb of use and its name: "we use local jupyter", "run plain airflow".
_HOW_RUN = frozenset({"local", "plain", "vanilla", "self-hosted", "hosted", "managed", "open-source", "stock"})
_LIST_MARKS = ("and", "or", ",", "+", "/", "&")
#: Words before a noun that make an everyday-word name a thing of this world, not the tool: "my Vespa",
#: "a guardrail", "terrible airflow" (unless a part of the tool follows: "a Ray cluster", "my Prefect flows").
_A_THING = frozenset({"a", "an", "my", "his", "her", "terrible", "good", "bad", "poor", "great", "homegrown",
                      "home-grown", "custom", "little", "big", "huge", "tiny"})
#: Names in NOT_NAMES that the words around them settle: "rented GPUs from Lambda", "Lambda H100s" name Lambda's GPU
#: cloud, where "Lambda" alone is as often AWS Lambda. A group of the pattern is the name.
NAMED_BY_CONTEXT: dict[str, re.Pattern[str]] = {
    "lambda-cloud": re.compile(LAMBDA_GPUS, re.IGNORECASE),
    # "we dockerize everything", "docker-compose on one VM": Docker by its verb and its compose tool
    # (not one wished for: "a way to dockerize the models"; nor a word that only has the name inside it: "our
    # dockerised mlflowish setup")
    "docker": re.compile(r"(?<![\w-])(?:we|i|they)(?: \w+)? (dockeri[sz](?:e|es|ed))(?![\w-])|"
                         r"(?<![\w-])(dockeri[sz]ed) (?:demos?|apps?|services?|models?|apis?|jobs?)(?![\w-])|"
                         r"(?<![\w-])(docker)-compose(?![\w-])", re.IGNORECASE),
}
#: "a Jenkins shop", "a Databricks house", "a Comet user": the team's tool after all.
_SHOP = re.compile(r"(?:shop|house|user|users|customer|setup|stack|person|guy|team)\b")
_PUNCTUATION = frozenset({"", ",", ";", "!", "?", "\n", "(", ")", "/", "+"})
_BREAKS = frozenset({".", ";", "!", "?", "\n", "(", ")", "but", "however", "though", "although", "whereas"})
_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9&.+_:'’-]*[A-Za-z0-9+]|[A-Za-z0-9&]|[.;!?,()\n/+]")
#: Where a name is an ordinary word: "Monte Carlo simulations", "a patchwork quilt", "in flux", "airflow
#: modelling", "H2O demand", "an astronomer PI", "the Jenkins brothers", "Mr Jenkins", "my colleague Luigi",
#: "determined to", "we named our GPU server 'Triton'", "a teenage prodigy", "Pinecone Ridge Auto Group".
LOOK_ALIKE = re.compile(
    r"(?<![a-z0-9])(?:airflow (?:model\w*|simulat\w*|sensors?|measure\w*|around|over|through|patterns?|rates?)|"
    r"laminar (?:flows?|boundary|regime)|(?<=snowflake )cortex|bedrock of (?:our|the|my|their|this|it|every\w*)|"
    # a person named after their role, between commas: "our PI, Ray, set up …", "our VP, Dave Jenkins, wants"
    r"(?:pi|vp|cto|ceo|cio|manager|boss|director|professor|advisor|supervisor|lead|head), (?:[a-z]+ )?[a-z]+(?=,)|"
    r"(?:patchwork )?quilt of|patchwork quilt|h2o (?:demand|levels?|quality|usage|consumption|supply)|in flux|"
    r"fireworks (?:aside|display|show)|monte carlo (?:sim\w*|methods?|sampling|estimates?|tree search|"
    r"dropout|runs?|pricing|valuations?|integration|analys[ie]s|paths?|risk|techniques?|draws?|engines?|ensembles?|"
    r"style|sweeps?|experiments?|stud(?:y|ies)|approach|samples?|trials?)|"
    # a young talent, and a business by its name: "our 16yo prodigy's serve", "a teenage prodigy's notebooks",
    # "the website bot for Pinecone Ridge Auto Group"
    r"(?:\d+ ?(?:yo|y/o|-year-old|year[- ]old)|teen(?:age)?|young|child|chess|tennis|golf|musical|maths?|piano|violin|"
    r"football|soccer) prodigy(?:'s)?|"
    r"[a-z]+ (?:[a-z]+ )?(?:auto group|motors|dealerships?|realty|ranch|winery|vineyards?|brewery|bakery)|"
    r"(?<=chain )monte carlo|astronomer (?:pi|professor|colleagues?|friends?)|harbor (?:logistics|company|port|"
    r"master|authority|cranes?)|great expectations (?:we|i|they|of|about)|"
    # (not the tool's own things after it: "we have Great Expectations suites on ingestion")
    r"(?:(?<=\bhad )|(?<=\bhave )|(?<=\bhas ))great expectations(?! (?:suites?|checks?|checkpoints?|validations?|"
    r"tests?|expectations|running|set up|in place|on (?:our|the|ingestion|every|all)))|determined to|"
    # "we have determined that CI is too slow", "chroma key studio", "dvc push over ssh to our ML server"
    r"determined (?:that|whether|how|what|which|if)|(?:(?<=\bhave )|(?<=\bhas )|(?<=\bhad ))determined|"
    r"chroma (?:key\w*|subsampling|channels?|noise)|"
    # an electrical spark, a prefect who governs a region, and COMET the translation metric beside BLEU: "flashover /
    # spark gap defects", "the regional prefect's office", "we use COMET and BLEU scores"
    r"spark (?:gaps?|plugs?|erosion|discharges?|testers?)|(?:regional|local|district|police|city) prefect(?:'s|s|ure)?|"
    r"prefect's office|comet(?=(?: (?:and|&|or)|,|/) ?(?:bleu|chrf|ter|bertscore|metricx)\b)|"
    r"(?<=bleu)(?: (?:and|&|or)|,|/) ?comet|comet(?:-?kiwi| scores?| metric)|"
    r"(?:(?<=\bour )|(?<=\bthe )|(?<=\ban )|(?<=\bone )|(?<=\btwo )|(?<=\ba ))ml servers?(?! (?:by|from) seldon)|"
    r"fifty[- ]one (?:[a-z]+ )?[a-z]+s\b|"
    r"[a-z]+ (?:brothers|sisters|twins|family|cousins)|(?<=\bme, )[a-z]+|"
    r"(?:mr|mrs|ms|dr|prof|professor|uncle|aunt|colleague|co-?worker|boss|friend|teammate|intern)\.? [a-z]+|"
    r"(?:named|called|nicknamed) (?:it |him |her |them |(?:our|the|my|a|an) [a-z]+ (?:[a-z]+ )?)?['\"]?[a-z]+|"
    r"(?:our|the|his|her|its|my|an?) [a-z]+ moment|"
    # a pet's name, and a comparison: "my cat Luigi", "about as real as Nessie"
    r"(?:cat|dog|puppy|kitten|pet|parrot|hamster|goldfish|horse)(?: named| called)? [a-z]+|"
    r"[a-z]+ the (?:cat|dog|puppy|kitten|parrot|hamster|goldfish|horse)|"
    # "my manager Luigi", "our lead Ray": a person named after their role
    r"(?:(?<=my )|(?<=our ))(?:manager|lead|pm|cto|ceo|vp|director|colleague|boss|advisor|supervisor) [a-z]+|"
    # "Arthur, our new lead, wants …": a name, then who they are between commas
    r"[a-z]+(?=, (?:our|my|the|a) (?:new |junior |senior |only |one and only |former |old )?(?:intern|colleague|"
    r"co-?worker|teammate|manager|boss|lead|cto|ceo|pm|dev|developer|data scientist|analyst|engineer|ml engineer|"
    r"student|postdoc|founder|co-?founder|head|vp|director|cat|dog)\b)|"
    # "me and Jenkins (our intern, not the CI server)": a name, then who they are in brackets
    r"[a-z]+(?= \((?:our|my|the|a) (?:new |junior |senior )?(?:intern|colleague|co-?worker|teammate|manager|boss|"
    r"lead|cto|ceo|pm|dev|developer|data scientist|analyst|engineer|student|postdoc|cat|dog)\b)|"
    # "snowflake servers" (hand-configured ones, a DevOps idiom), Galileo the satellite system, "couldn't replicate"
    r"snowflake (?:[a-z]+ )?(?:servers?|boxes|machines|vms?|envs?|environments?|configs?|setups?)|"
    r"galileo (?:\+|and|/) gps|gps (?:\+|and|/) galileo|"
    r"galileo (?:satellites?|signals?|gnss|constellation|positioning|fix(?:es)?|receivers?|navigation|chips?|"
    r"chipsets?)|"
    r"(?:couldn't|can't|cannot|could not|unable to|failed to|able to|try to|trying to) replicate|"
    # a surname with the person's team after it: "Mark Jenkins on our platform team", "Ray from the data team"
    r"(?:jenkins|arthur|ray|luigi|seldon|hamilton|galileo|phoenix)(?= (?:on|from|in) (?:our|the|my|their) "
    r"(?:[a-z]+ )?(?:team|squad|group))|"
    # a person asked, told or thanked by first name and surname: "evals are 'ask Sarah Jenkins to try ten questions'"
    r"(?:(?<=\bask )|(?<=\btell )|(?<=\btold )|(?<=\bping )|(?<=\bemail )|(?<=\bthank ))"
    r"(?!(?:our|the|a|an|my|your|their|it|them|us|him|her|some)\b)"
    r"[a-z]+ (?:jenkins|arthur|hamilton|seldon)|"
    # idioms and names: "with a new VP at the helm", "took the helm", Hari Seldon (Asimov), the Neptune flybys
    r"at the helm|(?:take|takes|took|taking|taken) (?:over )?the helm|hari seldon|"
    # a mountain by its short name: "a field office at the foot of Kili", "camp on the slopes of Kili"
    r"(?:at|near|on|from|up) the (?:foot|summit|slopes?|flanks?) of (?:mount |mt\.? )?[a-z]+|"
    # a place likened to a thing, what it is like when: "the control room is a honeyhive on night shift"
    r"(?:(?<=\bis )|(?<=\bwas )|(?<=\bbecomes )|(?<=\bbecame )|(?<=\bturns into )|(?<=\blike ))(?:a|an) [a-z]+"
    r"(?= (?:on|at|during|every|whenever|when|in the) (?:night|day|morning|evening|weekend|peak|busy|launch|release|"
    r"shift|rush)\w*)|"
    # GitHub's other products, not its code hosting: "a GitHub Copilot subscription"
    r"github (?:copilot|codespaces|models|pages|sponsors)|"
    # a genus and its species in brackets, as biologists write them: "a red kite (Milvus milvus)", "(Vespa crabro)"
    r"(?<=\()[a-z]+ [a-z]+(?:us|um|a|is|ii|ae|i|es)(?=[,;)])|"
    # a bird or an insect by its genus, and a landmark by its name: "milvus kites nesting on the pylons", "the old
    # Triton fountain", "Neptune square"
    r"[a-z]+ (?:kites?|hornets?|wasps?)|(?:triton|neptune|galileo|phoenix|arthur|hamilton|seldon|harbor|ray|luigi|"
    r"jenkins|vespa|comet|iceberg|delta) (?:fountains?|statues?|sculptures?|memorial|square|street|avenue|bridge|"
    r"plaza|pier)|"
    r"(?:neptune|triton|galileo)(?: and (?:neptune|triton|galileo))? (?:flybys?|moons?|orbits?|missions?|probes?)|"
    r"as (?!well\b|much\b|many\b|soon\b|long\b|far\b)[a-z]+ as (?:the |a |an )?[a-z]+)"
    r"(?![a-z0-9])"
)
#: A capitalised word after an initial is a person's name: "R. Giskard", "J. Arthur" (not "e.g. MLflow").
PERSON = re.compile(r"(?<![A-Za-z.])[A-Z]\. [A-Z][a-z]+\b")
_LIST_CUE = re.compile(
    r"(?:^|\s)(?:use|uses|using|used|we have|we've got|have|our stack is|stack is|stack:|tools:|tooling:|"
    r"on top of|rely on|built on|built with|(?:we're|we are|i'm|everything is|it's all|all) on|"
    r"(?:deployed|deploy|deploys|hosted|host) on|running|run|with|tried|adopted|"
    r"currently)\s"
)
_LIST_END = frozenset({"for", "to", "because", "which", "that", "since", "so", "in", "at", "as", "when",
                       "where", "who", "is", "are", "was", "were", "but", "we", "i", "our", "it"})  # fmt: skip


@dataclass(frozen=True)
class Mention:
    """A tool named in the text, and whether the text says it is *not* used."""

    tool_id: str
    negated: bool
    start: int = 0  # where in the text it was named
    end: int = 0


@dataclass(frozen=True)
class Token:
    text: str  # as typed
    key: str  # lower case, straight apostrophe
    start: int = 0


def tokens_of(text: str) -> list[Token]:
    """Words and punctuation; a word keeps inner dots and dashes (neptune.ai, label-studio)."""
    found = []
    for match in _TOKEN.finditer(text):
        word = match.group(0)
        found.append(Token(word, word.lower().replace("’", "'"), match.start()))
    return found


def _squash(words: tuple[str, ...]) -> str:
    return re.sub(r"[^a-z0-9+]", "", "".join(words))


class ToolNames:
    """Every catalog name and alias, by its words."""

    def __init__(self, catalog: Catalog) -> None:
        self.catalog = catalog
        self.exact: dict[tuple[str, ...], str] = {}
        self.squashed: dict[str, str] = {}
        self.everyday: dict[str, float] = {}  # names that are everyday words, with their Zipf frequency
        for tool in catalog:
            own = {tool.id, tool.name.lower()}
            for name in tool.names():
                words = tuple(t.key for t in tokens_of(name) if t.key not in (",", "(", ")"))
                joined = " ".join(words)
                if not words or (joined in NOT_NAMES and name.lower() not in own):
                    continue
                self.exact.setdefault(words, tool.id)
                squashed = _squash(words)
                if len(squashed) >= 5:
                    self.squashed.setdefault(squashed, tool.id)
                # "lm-eval-harness", "alibi-detect": words chained by hyphens are a name, not prose; so is a name
                # with a maker's name in it
                zipf = 0.0 if "-" in joined or BRAND_WORDS.intersection(joined.split()) else _zipf(joined)
                if joined not in self.everyday and (zipf >= EVERYDAY_ZIPF or joined in DOMAIN_WORDS):
                    self.everyday[joined] = max(zipf, EVERYDAY_ZIPF)
        self.single = sorted({words[0] for words in self.exact if len(words) == 1 and len(words[0]) >= 5})
        self.longest = max(len(words) for words in self.exact)

    def lookup(self, words: tuple[str, ...]) -> str | None:
        """The tool these exact words name (spacing and punctuation aside), or None."""
        found = self.exact.get(words)
        if found is None and len(words) > 1 or found is None and len(words[0]) >= 5:
            squashed = _squash(words)
            found = self.squashed.get(squashed) if len(squashed) >= 5 else None
        return found

    def fuzzy(self, word: str) -> str | None:
        """A misspelt single-word name ("kubernets", "dockr", "airflw"); an everyday word is never a misspelling,
        nor is the right spelling of software known to be no ML tool ("Kubespray" is not a misspelt KubeRay)."""
        if len(word) < 5 or word in _COMMON or not word.isascii() or _zipf(word) >= EVERYDAY_ZIPF \
                or word in OTHER_SOFTWARE or word in LIBRARIES:
            return None
        found = process.extractOne(word, self.single, scorer=fuzz.ratio, score_cutoff=87)
        if found is None:  # two letters swapped ("airlfow", "dokcer"): one transposition, same length
            found = process.extractOne(word, self.single, scorer=OSA.normalized_distance, score_cutoff=1.0 / len(word))
            if found is not None and sorted(found[0]) != sorted(word):
                return None  # a letter changed, not two swapped
        if found is None or found[0][0] != word[0] or word in (found[0] + "s", found[0] + "es"):
            return None  # "modals" are dialogs, not Modal: a plural is a word, not a misspelt name
        return self.exact[(found[0],)]


@lru_cache(maxsize=16384)  # words people type are unbounded; their frequencies are not worth keeping all of
def _zipf(word: str) -> float:
    """How common a word (or phrase) is in English, on the Zipf scale (wordfreq, cached per word)."""
    return float(zipf_frequency(word, "en"))


@cache
def names_of(catalog: Catalog) -> ToolNames:
    """The name index of a catalog (built once per catalog)."""
    return ToolNames(catalog)


#: Words between a comma and a name that make a clause of their own, out of reach of a "no" before the comma.
CLAUSE_WORDS = 3


def _negated(tokens: list[Token], start: int, end: int) -> bool:
    before: list[str] = []
    aside = False  # inside a parenthesis, read backwards: "we dropped W&B (too pricey) and Kubeflow"
    for token in reversed(tokens[max(0, start - 14) : start]):
        if token.key == ")" and not aside and before:
            aside = True
            continue
        if aside:
            aside = token.key != "("
            continue
        if token.key in _BREAKS or len(before) == 7:
            break
        before.insert(0, token.key)
    window = " ".join(before)
    cues = list(_TOOL_NEGATION.finditer(window))
    if cues:
        after = window[cues[-1].end() :].split()
        while after and after[0] in NEGATED_VERBS:
            after = after[1:]  # "don't use X", "not allowed to run X": the verbs belong to the negation
        if _LEFT_FOR.search(cues[-1].group(0)) and _FOR_ANOTHER.search(" ".join(after[1:])):
            return False  # "we ditched W&B for MLflow", "replaced Airflow by Dagster": the tool they took instead
        if not any(word in _RESET for word in after):
            # "no Kubernetes, GitLab for everything": a "no" does not reach past a comma to a name in use, nor to
            # one in a clause of its own ("no kubernetes, models retrained weekly by Airflow")
            clause = after[len(after) - after[::-1].index(",") :] if "," in after else []
            return not ("," in after and (len(clause) >= CLAUSE_WORDS or _used_after(tokens, end)))
    following = " ".join(t.key for t in tokens[end : end + 6])
    if _ASKED_IF.search(window) and _TOO_MUCH_AFTER.match(following):
        return False  # "is MLflow overkill for 2 of us?": weighed, asked about, not turned down
    return NEGATED_AFTER.match(following) is not None or _NOT_IN_USE_AFTER.match(following) is not None


#: A tool left for another ("ditched", "dropped", "replaced", "swapped out"), and the word that names the other after
#: it: "we ditched W&B for MLflow", "replaced Airflow by Dagster", "dropped Comet in favour of MLflow".
#: NEGATION, for a tool: a tool swapped out is one left, as a tool dropped is (a model or a step swapped is no negation
#: of a job after it, so the word is not in NEGATION itself).
_TOOL_NEGATION = re.compile(r"(?<![a-z0-9])swapped(?: out)?(?![a-z0-9])|" + NEGATION.pattern)
_LEFT_FOR = re.compile(r"^(?:ditched|dropped|replaced|swapped|got rid of|gave up on|quit using|stopped using)")
_FOR_ANOTHER = re.compile(r"(?:^|\s)(?:for|by|in (?:favou?r) of)$")


#: A question about a tool right after its name is asked ("is MLflow overkill …?", "would Kubeflow be too heavy …?"):
#: what follows weighs it for them, it does not turn it down.
_ASKED_IF = re.compile(r"(?:^|\s)(?:is|isn't|are|would|will|wouldn't)(?:\s(?:the|a|an))?$")
_TOO_MUCH_AFTER = re.compile(r"(?:be |really |just |way |a bit )?(?:overkill|too (?:much|heavy|complex|big|"
                             r"complicated))\b")


#: A tool said to be blocked where they work ("GitHub.com is blocked", "Pinecone got blocked by security"): not one
#: they use (said of a tool only: "deploys are blocked on review" is a pain, and stays one).
_NOT_IN_USE_AFTER = re.compile(
    r"(?:\.\s?com )?(?:is|are|was|were|gets?|got) (?:\w+ )?(?:blocked|blacklisted|disallowed)\b"
    # a list's note on a tool left behind: "H2O Driverless AI (dropped)", "Neptune (prev)"
    r"|\( ?(?:dropped|ditched|abandoned|retired|removed|replaced|deprecated|prev|previous|previously|past|gone|sunset|"
    r"killed|churned|cancell?ed)\b"
    # a person of that name: "our Jenkins (the guy, not the CI server)"
    r"|\( ?(?:the|a|our) (?:guy|person|man|woman|colleague|human)\b"
)


def _used_after(tokens: list[Token], end: int) -> bool:
    """Is the name followed by what shows it in use: its artifacts, its place in the stack, its job?"""
    following = " ".join(t.key for t in tokens[end : end + 8])
    return _USED_AFTER.match(following) is not None or _for_stage().match(following) is not None


#: What follows a name used as a tool: its artifacts ("Jenkins jobs", "the git commit", "Airflow DAGs"),
#: its place in the stack ("Ray is already in our stack", "Flux is our GitOps tool") or its job ("for CI").
_USED_AFTER = re.compile(
    r"(?:(?:batch|training|nightly|etl|streaming|scheduled) )?"  # "a Spark batch job on EMR"
    r"(?:jobs?|dags?|clusters?|charts?|pipelines?|(?:work)?flows?|tasks?|workers?|servers?|ui|dashboards?|commits?|"
    r"registr(?:y|ies)|"
    r"repos?|reports?|packages?|studios?|workbench(?:es)?|"
    r"sdk|cli|api|operators?|images?|containers?|tables?|deployments?|instances?|endpoints?|workspaces?|"
    r"projects?|logs?|configs?|notebooks?|queues?|setups?|installs?|installations?|(?:free|pro|paid) (?:tier|plan)|"
    r"schedules?|schedulers?|(?:online|offline) stores?|"
    # "we push evidently drift scores into postgres"
    r"drift (?:scores?|reports?|metrics|checks|tests?|dashboards?)|"
    # its own commands: "dvc push to our S3 takes 2 hours", "dvc repro on every commit"
    r"push|pull|repro|remotes?)\b"
    # asked after as a project: "is dvc still maintained in 2026?"
    r"|(?:is |are )?still (?:maintained|supported|developed|alive|around)\b"
    r"|(?:is|are|'s) (?:already |also |still )?(?:in|part of) (?:our|the) (?:[\w-]+ )?(?:stack|setup|toolchain|infra)"
    r"|(?:is|'s|as) (?:our|the) (?:[\w/-]+ ){0,2}(?:tool|platform|stack|orchestrator|scheduler|tracker|registry|store|"
    r"database|db|server|engine|warehouse|lakehouse|lake|vcs|ci)\b"
    r"|already\b(?! (?:know|knows|said|told|mentioned|have|had))|in (?:dev|prod|production|staging)\b"
    # where it runs: "Triton in docker on our GPU server", "airflow in k8s"
    r"|in (?:a )?(?:docker|containers?|k8s|kubernetes|compose|docker compose|docker-compose)\b"
    # the name put first: "Airflow we have already", "MLflow we run ourselves"
    r"|(?:we|i) already (?:have|use|run|got)\b"
    r"|(?:we|i) (?:also )?(?:have|use|run|got) (?:already|ourselves|today|now|in (?:prod|production))\b"
    # said to be enough: "we dropped DVC, git-lfs is enough for us"
    r"|(?:is|are|'s) (?:plenty|enough|all we need|good enough|doing the job|does the job)\b|(?:does|do) the job\b"
    r"|for (?:the |our |all )?(?:training|code|images|builds|etl|data processing|experiments|models|everything|"
    r"most things|storage|the warehouse|warehousing|queries|analytics)\b"
)


@cache
def _for_stage() -> re.Pattern[str]:
    """"for CI", "for tracking": a name followed by the lifecycle stage it does."""
    return re.compile(r"for (?:the |our )?" + phrase_pattern(tuple(p for ps in STAGE.values() for p in ps)).pattern)


def _coined(typed: str) -> bool:
    """Spelt as a product: an inner capital (GitHub, MLflow), a dot or "&" (neptune.ai, W&B); a hyphen is English."""
    return re.search(r"[a-z][A-Z]|[A-Za-z][._&][A-Za-z]", typed) is not None


#: Days and months, capitalised in English but no names of tools.
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})


def _name_like(tokens: list[Token], i: int) -> bool:
    """A word typed as a name, known to the catalog or not ("Snowflake + dbt + Python")."""
    if not 0 <= i < len(tokens) or not tokens[i].key[:1].isalnum() or tokens[i].key in _COMMON \
            or tokens[i].key in _CALENDAR:
        return False  # (a day or a month is capitalised too: "the team feast on Friday")
    typed = tokens[i].text
    sentence_start = i == 0 or tokens[i - 1].key in (".", "!", "?", "\n")
    return (_coined(typed) or typed[:1].isupper() and not sentence_start or typed.isupper() and len(typed) > 1
            or typed.isalpha() and _zipf(tokens[i].key) < EVERYDAY_ZIPF)  # fmt: skip


def _typed_as_name(tokens: list[Token], start: int, end: int) -> bool:
    """Capitalised mid-sentence or spelt as a product ("Great Expectations for checks", "GitHub")."""
    typed = [t.text for t in tokens[start:end] if t.text[:1].isalpha()]
    sentence_start = start == 0 or tokens[start - 1].key in (".", "!", "?", "\n")
    return any(_coined(word) for word in typed) or all(word[:1].isupper() for word in typed) and not sentence_start


def _list_item(tokens: list[Token], start: int, end: int, text: str) -> bool:
    """Is the name a whole item of a list ("Databricks, Unity Catalog, Delta", "simple: git and a Makefile"),
    not a word in a sentence ("give or take a delta")?"""
    before = tokens[start - 1].key if start else ""
    if start and ":" in text[tokens[start - 1].start + len(tokens[start - 1].text) : tokens[start].start]:
        before = ":"
    after = tokens[end].key if end < len(tokens) else ""
    return before in ("", ":", "\n", *_LIST_MARKS, *_LIST_OPENERS) \
        or before in _CONTEXT and after in ("", ".", "\n", *_LIST_MARKS)


#: Words that open a reply listing tools ("just jupyter and excel", "mostly mlflow"): the list starts after them.
_LIST_OPENERS = frozenset({"just", "only", "mostly", "mainly", "basically", "currently", "probably", "some", "also"})
#: How well something works, between the verb and where: "works great in colab".
_HOW_WELL = frozenset({"great", "fine", "well", "ok", "okay", "nicely", "perfectly", "smoothly", "reliably"})


def _evidence(
    tokens: list[Token], start: int, end: int, *, listing: bool, strong: set[int], zipf: float = EVERYDAY_ZIPF,
    text: str = "", names: frozenset[int] = frozenset(),
) -> bool:
    """Is an everyday word used as a name here?"""
    if listing and _list_item(tokens, start, end, text):
        return True
    typed = [t.text for t in tokens[start:end]]
    if any(_coined(word) for word in typed) or typed[0].isupper() and len(typed[0]) > 3:
        return True  # "GitHub", "RAY"; not "EMR" or "HF": abbreviations are written in capitals anyway
    sentence_start = start == 0 or tokens[start - 1].key in (".", "!", "?", "\n")
    words = [word for word in typed if word[:1].isalpha()]
    capitalised = all(word[:1].isupper() for word in words) and (not sentence_start or len(words) > 1)
    if capitalised and (zipf < COMMON_ZIPF or len(words) > 1) and _about_ml(tokens, start, end, names):
        return True  # "Phoenix", "Arthur" are people and places too; "Neptune and its moon Triton" are planets
    if len(words) > 1 and words[0][:1].isupper() and not sentence_start and _USED_AFTER.match(tokens[end - 1].key):
        return True  # a name typed with the kind of thing it is, in its alias: "a Harbor registry"
    previous = tokens[start - 1].key if start else ""
    if previous == "/" and start > 1 and tokens[start - 2].key == "w":
        previous = "with"  # "on gcp w/ vertex": "w/" is "with"
    if previous == "the" and len(words) > 1 and start > 1 and tokens[start - 2].key in _CONTEXT - {"and", "or", ","}:
        start, previous = start - 1, tokens[start - 2].key  # "we use the Hugging Face Hub": a name of several words
    if previous in _HOW_RUN and start > 1 and tokens[start - 2].key in _CONTEXT - {"and", "or", ","}:
        start, previous = start - 1, tokens[start - 2].key  # "we use local jupyter", "we run self-hosted mlflow"
    if previous in _HOW_RUN - {"local", "plain", "stock"} and start > 1 and tokens[start - 2].key in ("our", "my"):
        return True  # "8000 tasks in our self-hosted label studio", "our managed airflow"
    if previous in _CONTEXT - {"and", "or", ","}:
        # "on"/"into" say use only after what runs there ("we're on snowflake", "jobs run on ray"), not after
        # any verb ("the detector misfires on fireworks")
        before_it = tokens[start - 2] if start > 1 else None
        return (previous not in ("on", "into", "inside", "within", "through") or before_it is None
                or before_it.key in _RUNS_ON
                or not before_it.key.isalpha() or before_it.text[:1].isupper() or start - 2 in names)  # "Spark on EMR"
    if previous == "to" and start > 1 and tokens[start - 2].key in _MOVED:
        return True  # "switched to ragas", "moved to pachyderm"
    if _now_named(tokens, start) and (end == len(tokens) or tokens[end].key in _NAME_ENDS) \
            and _about_ml(tokens, start, end, names):
        return True  # "we used to run kubeflow, now just airflow", "tracking: currently mlflow"
    if typed[0][:1].isupper() and _named_now(tokens, end) and _about_ml(tokens, start, end, names):
        return True  # "Airflow now, want to move to Dagster", "scheduled with Airflow for now" (typed as a name)
    if previous == "to" and _SENT.intersection(t.key for t in _clause_before(tokens, start - 1, 4)):
        return True  # "we log everything to comet", "we push images to harbor", "moved our serving to dynamo"
    source = start - 1  # "from an internal Harbor", "from our own Snowflake": the source named with its qualifiers
    while source > 0 and tokens[source].key in _QUALIFIERS:
        source -= 1
    if source > 0 and tokens[source].key == "from" \
            and _READ_FROM.intersection(t.key for t in _clause_before(tokens, source, 3)):
        return True  # "a Prefect flow reading from Snowflake", "pulling images only from an internal Harbor"
    if _used_after(tokens, end):
        return True
    if _in_a_form(tokens, start, end, text):
        return True
    if previous in ("my", "our") and _doing_work(" ".join(t.key for t in tokens[end : end + 6])):
        return True  # "my colab keeps disconnecting", "our airflow kicks off the retrains" (not "my aim for …")
    if _does_work(tokens, start, end, zipf, names):
        return True
    if end + 1 < len(tokens) and tokens[end].key in _ATOP and end + 1 in strong:
        return True  # "spark on databricks", "iceberg on S3 with trino": on a tool named next, it is one too
    if previous == "in" and _VERSIONED.intersection(t.key for t in tokens[max(0, start - 5) : start - 1]):
        return True  # "we version our prompts in git", "everything is committed in git"
    if previous == "in" and start > 2 and tokens[start - 2].key in _LIVES and tokens[start - 3].key in _KEPT_IN \
            and not {"no", "none", "not", "nothing", "never"} & {t.key for t in tokens[max(0, start - 7) : start - 3]}:
        return True  # "code is in git already", "the dags live in airflow" (not "none of the code is in git")
    if previous == "in" and start > 1 and tokens[start - 2].key in _IN_A_TOOL:
        return True  # "three annotators working in Label Studio", "the flows are built in Prefect", "our
        # recommendation models in colab"
    if previous == "in" and start > 2 and tokens[start - 3].key in _WORK_IN and tokens[start - 2].key in _HOW_WELL:
        return True  # "the prototype works great in colab", "it runs fine in airflow"
    if previous == "in" and start > 2 and (tokens[start - 3].key in _RUNS_ON or tokens[start - 3].key in _KEPT_IN
                                           or tokens[start - 3].key in _SCORED) and tokens[start - 2].key in _CADENCE:
        return True  # "training pipelines run nightly in prefect", "batch predictions nightly in snowflake"
    if previous == "plus" and start > 1 and tokens[start - 2].key in (",", "and"):
        start, previous = start - 1, tokens[start - 2].key  # "mlflow, wandb and comet, plus airflow": "plus" adds
    if previous == "plus" and start > 1 and start - 2 in strong:
        return True  # "we use mlflow plus airflow": added to the tool before it
    if previous in _LIST_MARKS or (end < len(tokens) and tokens[end].key in _LIST_MARKS):
        marks = {previous, tokens[end].key if end < len(tokens) else ""}
        worded = not marks & {",", "+", "/"}  # "Jupiter and Neptune" may be planets; "Snowflake + dbt" is a stack
        if not worded and _listed_with(tokens, start, end, names):
            return True  # "three trackers (comet, neptune, mlflow)", "mlflow, wandb, a kubeflow install, airflow, …"
        back = start - 2
        while back > 0 and _VERSION.fullmatch(tokens[back].key):
            back -= 1  # "mlflow 2.x and airflow": the version belongs to the name before
        return bool({back, end + 1} & strong) and (not worded or _about_ml(tokens, start, end, names))
    return False


#: Words that say what is in use these days, opening a clause right before a name: "…, now just airflow".
_NOWADAYS = frozenset({"now", "currently", "nowadays", "today"})
_MERELY = frozenset({"just", "only", "mostly", "mainly", "purely"})
#: What may follow such a name: the clause's end, a list, or what it is for ("now airflow for orchestration"), not a
#: noun it qualifies ("now delta patches").
_NAME_ENDS = frozenset({",", ".", ";", ":", "!", "?", "\n", ")", "and", "+", "/", "&", "for", "with", "on", "in"})
#: What a clause opens after: "…, now just airflow", "but now airflow".
_CLAUSE_OPENS = frozenset({",", ".", ";", ":", "!", "?", "\n", "but", "and"})


def _now_named(tokens: list[Token], start: int) -> bool:
    """Does a clause open with "now" (and maybe "just") right before the name at `start`: "…, now just airflow"
    (not "airflow now", nor "what we need now airflow…" inside a clause)?"""
    at = start - 1
    while at >= 0 and tokens[at].key in _MERELY:
        at -= 1
    return at >= 0 and tokens[at].key in _NOWADAYS and (at == 0 or tokens[at - 1].key in _CLAUSE_OPENS)


def _named_now(tokens: list[Token], end: int) -> bool:
    """Is the name followed by "now" or "for now", then the clause's end ("Airflow now, want to move to Dagster")?"""
    at = end + 1 if end < len(tokens) and tokens[end].key == "for" else end
    return at < len(tokens) and tokens[at].key in ("now", "today", "currently") \
        and (at + 1 == len(tokens) or tokens[at + 1].key in (",", ".", ";", "!", "?", "\n", "(", "but"))


#: A version written after a name: "2.x", "v2", "2.12", "3".
_VERSION = re.compile(r"v?\d+(?:\.(?:\d+|x))*")
#: A version that can only be one: dotted or with a "v" ("2.12", "0.4", "v3"), not a bare count ("prefect 2" may be).
_DOTTED = re.compile(r"v\d+(?:\.(?:\d+|x))*|\d+\.(?:\d+|x)(?:\.(?:\d+|x))*")
#: The keys of a pasted form or table whose value is a tool: "orchestration: prefect 2", "| tracking | comet |".
_FORM_KEYS = frozenset({"stack", "tools", "tooling", "orchestration", "orchestrator", "scheduler", "scheduling",
                        "tracking", "tracker", "registry", "serving", "monitoring", "labeling", "labelling",
                        "annotation", "pipelines", "ci", "cd", "ci/cd", "vcs", "notebooks", "features", "validation",
                        "evals", "tracing", "observability", "gateway", "containers", "compute", "infra", "now",
                        "current", "using", "docker", "vector",
                        # what is had or used, in parentheses: "tracking we already have (comet)"
                        "have", "use", "run"})  # fmt: skip
#: What says a tool is in use in a form's line: "docker? yes", "mlflow: true".
_YES = frozenset({"yes", "y", "true", "yep", "yeah"})


def _in_a_form(tokens: list[Token], start: int, end: int, text: str) -> bool:
    """Is an everyday-word name the value of a pasted form's line ("orchestration: prefect 2", "| tracking |
    comet |", "tracking we already have (comet)"), pinned to a version ("prefect==2.14", "dvc 3.30"), or answered yes
    ("docker? yes")? The marks between the words (":", "|", "==") are read from the text, as tokens drop them."""
    if not text:
        return False
    last = tokens[end - 1]
    named_to = last.start + len(last.text)
    after = text[named_to : tokens[end].start] if end < len(tokens) else text[named_to:]
    following = [t.key for t in tokens[end : end + 2]]
    if following and (after.strip() == "==" or not after.strip() and _DOTTED.fullmatch(following[0])):
        return True
    if following and (after.strip() in ("?", ":", "=") and following[0] in _YES
                      or following[0] in ("?", ":") and following[1:] and following[1] in _YES):
        return True
    if start > 1 and tokens[start - 1].key == "(":  # "tracking we already have (comet)"
        return tokens[start - 2].key in _FORM_KEYS
    if start == 0:
        return False
    before = tokens[start - 1]
    between = text[before.start + len(before.text) : tokens[start].start].strip()
    return between in (":", "|", "=") and before.key in _FORM_KEYS


#: What a model's runs produce, before how often and where: "batch predictions nightly in Snowflake".
_SCORED = frozenset({"predictions", "scores", "scoring", "inference", "forecasts", "jobs"})
#: How often something runs, between the run and where: "run nightly in prefect".
_CADENCE = frozenset({"nightly", "daily", "weekly", "hourly", "monthly", "automatically", "everyday"})


#: What separates the items of a pasted list of tools.
_ITEM_MARKS = frozenset({",", "+", "/", "&", "(", ")", "and"})


def _listed_with(tokens: list[Token], start: int, end: int, names: frozenset[int]) -> bool:
    """Is the name an item of a comma list whose other items include a name that is surely a tool (`names`: where
    a catalog name that is no everyday word starts)? Each item is a few words; the list ends at a sentence's end or
    at an item too long to be a name ("…, and some streamlit thing")."""
    before = tokens[start - 1].key if start else ""
    after = tokens[end].key if end < len(tokens) else "."
    if before not in (",", "(", "+", "/", "&") or after not in (",", ")", "+", "/", "&", ".", "and", "\n"):
        return False  # an item of its own, between list marks: not "Arthur, our new lead", "listening to ragas, but"
    for step, edge in ((-1, start - 1), (1, end)):
        i, words = edge, 0
        while 0 <= i < len(tokens) and tokens[i].key not in (".", "!", "?", "\n", ":", ";"):
            if tokens[i].key in _ITEM_MARKS:
                words = 0
            else:
                words += 1
                if words > 4:
                    break
                if i in names:
                    return True
            i += step
    return False


#: What a name opening a clause is said to do when it is the team's tool at work on their things: "flux
#: watches our gitops repo", "prefect runs the retraining", "great expectations validates our raw tables",
#: "weave traces every call", "aim is installed on the shared server", "modal for batch jobs".
_DOES = re.compile(
    r"(?:(?:runs|handles|watches|serves|collects|traces|reconciles|validates|monitors|builds|triggers|schedules|"
    r"orchestrates|stores|tracks|logs|versions|indexes|evaluates|deploys|manages|hosts|powers|checks|alerts on|"
    r"rolls out|does|has (?:been )?(?:run|running|handled|served)) (?:our|the|all|every|each|it|them|everything|most|"
    r"training|retraining|jobs|models?|pipelines|builds|deploys)|"
    r"is installed|is (?:where|what) (?:we|our)|(?P<verbless>(?:locally |mostly |only |just )?(?:for|as))|"
    # "Airflow pulls billing features every night", "Dagster retrains the models weekly"
    r"(?:pulls|pushes|fetches|loads|computes|retrains|trains|refreshes|rebuilds|kicks off|marked|marks) "
    r"(?:[\w-]+ ){0,3}(?:features?|data|models?|jobs?|tables?|pipelines?|datasets?|re-?training|training|re-?trains|"
    r"tasks?)|"
    # "airflow retrains nightly", "prefect runs every morning": on a schedule of its own
    r"(?:retrains|trains|runs|deploys|refreshes|rebuilds|kicks off) (?:them |it |everything )?(?:nightly|weekly|"
    r"daily|hourly|monthly|every (?:night|day|morning|week|hour|month)|on a schedule)|"
    # a tool of theirs failing them: "colab keeps disconnecting mid training", "airflow crashed again"
    r"keeps? (?:crashing|disconnecting|dying|timing out|failing|breaking|hanging|restarting|going down|oom(?:ing)?)|"
    r"(?:crashes|crashed|disconnects|disconnected|times out|timed out|falls over|fell over|keeps? falling over)|"
    # troubleshooting their own install: "Triton refuses to load it", "the agent fails to pull the image"
    r"(?:refuses|refused|fails|failed|won't|can't|cannot|doesn't|does not|didn't|did not) (?:to )?"
    r"(?:load|start|boot|run|pull|connect|schedule|serve|log|pick up|register|materiali[sz]e|spin up))"
    r"(?![a-z])"
)
def _doing_work(following: str) -> bool:
    """Do the words after a name say it does a tool's work with a verb ("keeps disconnecting", "kicks off retraining";
    not a use said without one, "for the first 90 days")?"""
    does = _DOES.match(following)
    return does is not None and does.group("verbless") is None


#: Words after a name that put it on another tool ("spark on databricks").
_ATOP = frozenset({"on", "atop", "over"})
_CLAUSE_START = frozenset({".", "!", "?", "\n", ",", ";", ":", "("})


def _does_work(tokens: list[Token], start: int, end: int, zipf: float, names: frozenset[int]) -> bool:
    """Does a name opening a clause do a tool's work here ("flux watches our gitops repo")? A word as common as
    "Ray" or "Arthur", capitalised, is as often a colleague ("Ray runs our standup"): then only when what it does
    is ML work ("Arthur monitors our credit models"). A use said without a verb ("modal for batch jobs") needs a
    sentence about ML work."""
    if start and tokens[start - 1].key not in _CLAUSE_START:
        return False
    does = _DOES.match(" ".join(t.key for t in tokens[end : end + 6]))
    if does is None:
        return False
    if does.group("verbless"):
        # "modal for batch jobs", "fireworks as fallback": a use said without a verb, in a sentence about ML work
        return _about_ml(tokens, start, end, names)
    # a name of several words, or a rarer word typed in lower case, does the work; "Ray" or "Arthur" does only to
    # things of ML work ("Arthur monitors our credit models", not "Ray runs our weekly standup")
    plain_word = not tokens[start].text[:1].isupper() and zipf < COMMON_ZIPF
    return end - start > 1 or plain_word or any(
        _ML_TALK.fullmatch(t.key) or _USED_AFTER.match(t.key) or t.key in ("etl", "installed")
        for t in tokens[end + 1 : end + 6]
    )


#: Words that put a sentence in ML work: a capitalised everyday name there may be a tool; in a sentence
#: about something else ("reading about Neptune and its moon Triton", "tracks Galileo satellites") it is not.
_ML_TALK = re.compile(
    r"(?:models?|ml|mlops|llms?|ai|training|train|trained|re-?train\w*|inference|pipelines?|deploy\w*|experiments?|"
    r"tracking|"
    r"tracker|registry|serving|features?|datasets?|data|notebooks?|gpus?|clusters?|k8s|kubernetes|stack|tools?|"
    r"platform|vectors?|embeddings?|evals?|monitoring|labell?ing|prod|production|use|uses|using|used|switched|"
    r"migrat\w*|self-hosted?|hosted|open-source|saas|ci|cd|dags?|jobs?|repo|sdk|api|shop|setup|infra|run|runs|"
    r"running|pay|paying|paid|seats|licen[cs]es?|ops|devops|cloud|aws|gcp|azure|everywhere|compose|team|"
    r"annotat\w*|labels?|labell?ers?|labell?ed|rag|retrieval|"
    # data work around a warehouse: "our whole world is dbt on Snowflake", "300 Tableau workbooks on Snowflake"
    r"warehouses?|lakehouses?|dbt|sql|etl|elt|tables?|queries|query|analytics|dashboards?|workbooks?|schemas?|"
    # choosing between tools: "an open source alternative to Weights & Biases that we can host"
    r"alternatives?|replacement|replace|self-host|host|options?|"
    # a product's own life: "Label Studio keeps choking on our video projects", "our MLflow server is slow"
    r"projects?|servers?|instances?|workspaces?|ui|upgrad\w*|versions?)"
)


def _clause_before(tokens: list[Token], end: int, most: int) -> list[Token]:
    """Up to `most` tokens before tokens[end], not across a sentence's or a clause's break."""
    found: list[Token] = []
    for token in reversed(tokens[max(0, end - most) : end]):
        if token.key in _BREAKS or token.key == ",":
            break
        found.append(token)
    return found


def _a_thing(tokens: list[Token], start: int, end: int) -> bool:
    """A name that is also a word, used as a thing of this world: "rode my Vespa", "a homegrown guardrail
    service", "a marimo moss ball"; not "a Ray cluster", "a Jenkins shop", "an MLflow server" or "a DVC remote"."""
    if not start or tokens[start - 1].key not in _A_THING:
        return False
    typed = [t.text for t in tokens[start:end]]
    if any(_coined(word) or word.isupper() for word in typed) or len(typed) > 1:
        return False
    following = " ".join(t.key for t in tokens[end : end + 8])
    if _USED_AFTER.match(following) or _SHOP.match(following) or _doing_work(following):
        return False  # "my colab keeps disconnecting": doing what the tool does
    return _zipf(tokens[start].key) >= A_THING_ZIPF


def _about_ml(tokens: list[Token], start: int, end: int, names: frozenset[int]) -> bool:
    """Does the sentence around tokens[start:end] talk about ML work or name another tool (`names`: where
    the text's other names start)?"""
    first = start
    while first > 0 and tokens[first - 1].key not in (".", "!", "?", "\n"):
        first -= 1
    last = end
    while last < len(tokens) and tokens[last].key not in (".", "!", "?", "\n"):
        last += 1
    around = [t.key for t in tokens[first:start]] + [t.key for t in tokens[end:last]]
    return any(_ML_TALK.fullmatch(word) for word in around) or any(
        first <= i < last and not start <= i < end for i in names
    )


def find_tools(text: str, catalog: Catalog, *, listing: bool = False, every: bool = False) -> list[Mention]:
    """Catalog tools named in the text, in order of first mention, whole words only (`every`: each mention of
    each tool, in order, for a reader that weighs what each one says)."""
    names = names_of(catalog)
    tokens = tokens_of(text)
    spans: list[tuple[int, int, str]] = []
    i = 0
    while i < len(tokens):
        for width in range(min(names.longest, len(tokens) - i), 0, -1):
            words = tuple(t.key.rstrip(".") for t in tokens[i : i + width])
            if any(w in _PUNCTUATION for w in words) or "&" in (words[0], words[-1]):
                continue  # a name never runs across punctuation, nor starts or ends with "&" ("… & github actions")
            tool_id = names.lookup(words)
            if tool_id is None and width == 1:
                tool_id = names.fuzzy(words[0])
            if tool_id is not None:
                spans.append((i, i + width, tool_id))
                i += width
                break
        else:
            i += 1
    by_context: set[int] = set()  # names its context settles: no further evidence is needed
    for tool_id, pattern in NAMED_BY_CONTEXT.items():
        matches = list(pattern.finditer(text)) if tool_id in names.catalog else []
        at = {token.start: i for i, token in enumerate(tokens)} if matches else {}  # only when a name was found
        for match in matches:
            where = at.get(next(match.start(g) for g in range(1, len(match.groups()) + 1) if match.group(g)))
            if where is not None and not any(s <= where < e for s, e, _ in spans):
                spans.append((where, where + 1, tool_id))
                spans.sort()
                by_context.add(where)
    ordinary = [m.span() for m in LOOK_ALIKE.finditer(text.lower())]
    ordinary += [m.span() for m in PERSON.finditer(text)]
    # a look-alike that begins inside a longer name is part of that name ("Slurm Workload Manager, Git" names
    # two tools, not a manager called Git)
    named = [(tokens[start].start, tokens[end - 1].start + len(tokens[end - 1].text)) for start, end, _ in spans]
    ordinary = [(a, b) for a, b in ordinary if not any(lo < a < hi for lo, hi in named)]
    spans = [
        (start, end, tool_id) for start, end, tool_id in spans
        if not any(a < tokens[end - 1].start + len(tokens[end - 1].text) and tokens[start].start < b
                   for a, b in ordinary) or listing and _typed_as_name(tokens, start, end)
    ]  # fmt: skip

    def zipf(start: int, end: int) -> float | None:
        if start in by_context:
            return None
        key = " ".join(t.key for t in tokens[start:end])
        if key in names.everyday:
            return names.everyday[key]
        if "-" in key and tuple(t.key.rstrip(".") for t in tokens[start:end]) in names.exact:
            return None  # a hyphenated name ("gitlab-ci", "lm-eval") is coined, not a rare word typed as a word
        lower = end - start == 1 and tokens[start].text.islower()
        if lower and RARE_WORD_ZIPF <= (rare := _zipf(key)) < EVERYDAY_ZIPF:
            # a rare word typed as a word ("the pachyderm in the room", "pinecone photos"): a name only with a cue
            return rare
        if tuple(t.key.rstrip(".") for t in tokens[start:end]) in names.exact or "-" not in key and end - start == 1:
            return None
        frequency = _zipf(key)  # joined to match ("bit bucket", "data hub", "fifty-one"): words of their own
        return frequency if frequency >= EVERYDAY_ZIPF else None

    strong = {start for start, end, _ in spans
              if zipf(start, end) is None or _zipf(tokens[start].key) < EVERYDAY_ZIPF}  # fmt: skip
    strong |= {i for i in range(len(tokens)) if _name_like(tokens, i) and not any(s <= i < e for s, e, _ in spans)}
    plain = frozenset(start for start, end, _ in spans if zipf(start, end) is None)  # tools, not just any name
    strong |= {start for start, end, _ in spans
               if _evidence(tokens, start, end, listing=listing, strong=set(), zipf=zipf(start, end) or 0,
                         text=text, names=plain)}  # fmt: skip
    found: dict[str, Mention] = {}
    each: list[Mention] = []
    libraries = [m.span() for m in _LIBRARY.finditer(text)]
    others = [m.span() for m in _OTHER.finditer(text)]
    for start, end, tool_id in spans:
        frequency = zipf(start, end)
        if _a_thing(tokens, start, end):
            continue
        named_to = tokens[end - 1].start + len(tokens[end - 1].text)
        if any(a <= tokens[start].start and named_to < b for a, b in libraries):
            continue  # the maker's name in a library's ("HF transformers", "Hugging Face datasets"): the library
        if any(a <= tokens[start].start and named_to <= b and b - a > named_to - tokens[start].start
               for a, b in others):
            continue  # a name inside a longer one of other software: "Open Data Hub" (Red Hat's) holds no DataHub
        if frequency is not None and not _evidence(
            tokens, start, end, listing=listing, strong=strong, zipf=frequency, text=text, names=plain
        ):
            continue
        last = tokens[end - 1]
        mention = Mention(tool_id, _negated(tokens, start, end), tokens[start].start, last.start + len(last.text))
        each.append(mention)
        found.setdefault(tool_id, mention)
    return each if every else list(found.values())


#: Libraries people build models with, named beside their tools ("W&B and Airflow, PyTorch"): not tools the
#: catalog recommends or a stack is made of, but no stranger either, so they are said back as what they are.
LIBRARIES: dict[str, str] = {
    "pytorch": "PyTorch", "torch": "PyTorch", "tensorflow": "TensorFlow", "keras": "Keras",
    "jax": "JAX", "scikit-learn": "scikit-learn", "scikit learn": "scikit-learn", "sklearn": "scikit-learn",
    "xgboost": "XGBoost", "lightgbm": "LightGBM", "catboost": "CatBoost", "pandas": "pandas", "numpy": "NumPy",
    "polars": "Polars", "prophet": "Prophet", "statsmodels": "statsmodels", "spacy": "spaCy",
    "transformers": "Hugging Face Transformers", "hf transformers": "Hugging Face Transformers",
    "hugging face transformers": "Hugging Face Transformers", "huggingface transformers": "Hugging Face Transformers",
    "hugging face datasets": "Hugging Face Datasets", "hf datasets": "Hugging Face Datasets",
    "monai": "MONAI", "detectron2": "Detectron2", "ultralytics": "Ultralytics YOLO", "opencv": "OpenCV",
    "timm": "timm", "sentence-transformers": "sentence-transformers", "sentence transformers": "sentence-transformers",
}


#: Software people name beside their ML tools that is no ML tool (databases, web frameworks, schedulers, office and
#: BI tools, model APIs, hosts): not in the catalog, but no stranger either, so it is said back as what it is rather
#: than as a name not known. Names that are everyday words too ("excel", "slack", "notion") count only capitalised.
OTHER_SOFTWARE: dict[str, str] = {
    "postgresql": "PostgreSQL", "postgres": "PostgreSQL", "mysql": "MySQL", "sqlite": "SQLite",
    "sql server": "SQL Server",
    "mongodb": "MongoDB", "kafka": "Kafka", "hadoop": "Hadoop", "minio": "MinIO",
    "fastapi": "FastAPI", "flask": "Flask", "django": "Django", "streamlit": "Streamlit", "gradio": "Gradio",
    "cron": "cron", "crontab": "cron", "cron jobs": "cron", "celery": "Celery",
    "excel": "Excel", "google sheets": "Google Sheets", "google drive": "Google Drive", "sharepoint": "SharePoint",
    "notion": "Notion", "confluence": "Confluence", "jira": "Jira", "slack": "Slack", "tableau": "Tableau",
    "looker": "Looker", "power bi": "Power BI", "matlab": "MATLAB", "sas": "SAS",
    "openshift": "OpenShift", "k3s": "k3s", "rancher": "Rancher", "vmware": "VMware", "vsphere": "vSphere",
    "kubespray": "Kubespray", "kubeadm": "kubeadm", "microk8s": "MicroK8s",
    "openstack": "OpenStack", "open data hub": "Open Data Hub", "hetzner": "Hetzner", "digitalocean": "DigitalOcean",
    "heroku": "Heroku",
    "vercel": "Vercel", "fly.io": "Fly.io", "render.com": "Render", "artifactory": "Artifactory",
    "datadog": "Datadog", "sentry": "Sentry", "conda": "conda",
    "openai api": "OpenAI API", "openai": "OpenAI API", "anthropic api": "Anthropic API", "claude": "Claude",
    "chatgpt": "ChatGPT", "gemini": "Gemini", "azure openai": "Azure OpenAI",
    # the data stack around a warehouse: ingestion, transformation, query engines, BI and streams
    "dbt": "dbt", "dbt cloud": "dbt Cloud", "dbt core": "dbt Core", "fivetran": "Fivetran", "airbyte": "Airbyte",
    "stitch": "Stitch", "census": "Census", "hightouch": "Hightouch", "segment": "Segment", "trino": "Trino",
    "presto": "Presto", "duckdb": "DuckDB", "motherduck": "MotherDuck", "metabase": "Metabase",
    "superset": "Superset", "apache superset": "Superset", "flink": "Flink", "apache flink": "Flink",
    "kafka streams": "Kafka Streams", "hive": "Hive", "apache hive": "Hive", "delta live tables": "Delta Live Tables",
    "mixpanel": "Mixpanel", "salesforce": "Salesforce", "hubspot": "HubSpot",
}
#: Names above that are everyday words (or a person's name) as well: counted only when typed with a capital.
_OTHER_ORDINARY = frozenset({"excel", "notion", "slack", "jira", "celery", "kafka", "looker", "claude", "gemini",
                             "render.com", "sas", "cron jobs", "stitch", "census", "segment", "presto", "superset",
                             "hive"})
_OTHER = re.compile(r"(?<![\w./-])(?:" + "|".join(sorted(map(re.escape, OTHER_SOFTWARE), key=len, reverse=True))
                    + r")(?![\w-]|\.\w)", re.IGNORECASE)


def others_named(text: str, *, within: Sequence[tuple[int, int]] = ()) -> list[str]:
    """Software that is no ML tool, named in a message ("models behind FastAPI on Postgres"), by its usual name;
    `within`: where catalog tools are named ("Gemini Enterprise Agent Platform" holds no "Gemini" of its own)."""
    found = []
    for match in _OTHER.finditer(text):
        key = match.group(0).lower()
        if key in _OTHER_ORDINARY and not match.group(0)[:1].isupper():
            continue
        if any(start < match.end() and match.start() < end for start, end in within):
            continue
        found.append(OTHER_SOFTWARE[key])
    return list(dict.fromkeys(found))


_LIBRARY = re.compile(r"(?<![\w-])(?:" + "|".join(sorted(map(re.escape, LIBRARIES), key=len, reverse=True))
                      + r")(?![\w-])", re.IGNORECASE)


def libraries_named(text: str) -> list[str]:
    """The libraries a reply names, as typed ("just pytorch and sklearn")."""
    return list(dict.fromkeys(m.group(0) for m in _LIBRARY.finditer(text)))


def libraries_among(names: Sequence[str]) -> tuple[list[str], list[str]]:
    """Names said back as unknown, split into those known as libraries or as software that is no ML tool (by their
    own spelling) and the rest."""
    libraries: list[str] = []
    rest: list[str] = []
    for name in names:
        key = " ".join(name.lower().split())
        known = LIBRARIES.get(key) or OTHER_SOFTWARE.get(key)
        if known is None:
            rest.append(name)
        elif known not in libraries:
            libraries.append(known)
    return libraries, rest


def unknown_names(text: str, catalog: Catalog, *, listing: bool = False, known: re.Pattern[str]) -> list[str]:
    """Names in a list of tools that match nothing in the catalog ("we use fooflow and MLflow")."""
    names = names_of(catalog)
    for mention in find_tools(text, catalog, listing=listing):  # "Weights and Biases" is one name, not two
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    segments = [text] if listing else _usage_lists(text)
    unknown: list[str] = []
    for segment in segments:
        for piece in re.split(r",|;|/|\+|&|\n|\band\b|\bor\b|\bplus\b|\bas well as\b", segment):
            words = tuple(t.key.rstrip(".") for t in tokens_of(piece) if t.key not in ".!?()")
            words = tuple(w for w in words if w not in ("the", "a", "an", "some", "our", "also", "we", "i"))
            if piece.strip().islower():  # "postgres everywhere": the name, without the words that follow it
                while len(words) > 1 and _zipf(words[-1]) >= COMMONPLACE_ZIPF > _zipf(words[0]):
                    words = words[:-1]
            if not words or names.lookup(words) or (len(words) == 1 and names.fuzzy(words[0])):
                continue
            if len(words) > 2 or any(w in _COMMON or any(c.isdigit() for c in w) for w in words):
                if listing:
                    continue
                break  # the list of tools ended: the rest is a sentence
            if " ".join(words) in NOT_NAMES or known.search(" " + " ".join(words) + " "):
                continue  # a vocabulary word ("tabular", "aws"), not a tool name
            if not listing and re.search(r"(?:ed|ing|ly)$", words[-1]) and piece.strip().islower():
                continue  # "hated", "training": words, not names
            if piece.strip().islower() and all(_zipf(w) >= COMMONPLACE_ZIPF for w in words):
                continue  # "… and nobody knows which to use": words of every sentence, not a name
            typed = " ".join(t.text for t in tokens_of(piece) if t.key.rstrip(".") in words)
            if typed and typed not in unknown:
                unknown.append(typed)
    return unknown


def _usage_lists(text: str) -> list[str]:
    lists = []
    for clause in re.split(r"[.;!?\n()]|\bbut\b|\bhowever\b", text):
        lowered = " " + clause.lower() + " "
        for cue in _LIST_CUE.finditer(lowered):
            words = []
            for word in lowered[cue.end() :].split():
                if word.strip(",") in _LIST_END:
                    break
                words.append(word)
            lists.append(" ".join(words))
    return lists


def resolve_tools(names: tuple[str, ...] | list[str], catalog: Catalog) -> tuple[tuple[str, ...], list[str]]:
    """Catalog ids for tool ids or names ("MLflow", "W&B"), and a "did you mean" line for each unknown."""
    index = names_of(catalog)
    ids: list[str] = []
    unknown: list[str] = []
    for name in names:
        words = tuple(t.key.rstrip(".") for t in tokens_of(name) if t.key not in ",()")
        tool_id = name if name in catalog else index.lookup(words) if words else None
        if tool_id is None:
            hints = near_names(name, catalog)
            unknown.append(f"unknown tool '{name}'" + (f" (did you mean {', '.join(hints)}?)" if hints else ""))
        elif tool_id not in ids:
            ids.append(tool_id)
    return tuple(ids), unknown


def near_names(name: str, catalog: Catalog, *, limit: int = 2) -> list[str]:
    """Display names that a mistyped tool name is close to ("mlfow" → MLflow), or that it is the first word of
    ("argo" → Argo Workflows, Argo CD: both, as either may be meant); none for a stranger."""
    key = " ".join(t.key for t in tokens_of(name))
    index = names_of(catalog)
    choices = {" ".join(words): tool_id for words, tool_id in index.exact.items()}
    opened = sorted({catalog.get(tool_id).name for words, tool_id in index.exact.items()
                     if len(words) > 1 and words[0] == key and " " not in key})  # fmt: skip
    if len(opened) > 1:
        return opened[:limit]
    hits = process.extract(key, list(choices), scorer=fuzz.ratio, score_cutoff=75, limit=limit * 3)
    found = [catalog.get(choices[choice]).name for choice, _, _ in hits]
    return list(dict.fromkeys(found))[:limit]


#: Languages whose words, more common there than in English, say a message is mostly not in English.
_OTHER_LANGUAGES = ("es", "de", "fr", "pt", "it", "nl")
_LETTERS = re.compile(r"[^\W\d_]+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def in_another_language(text: str) -> bool:
    """Is a message mostly in a language other than English ("Hola, soy analista de datos …", "你好，我们实验室…"),
    so that what it says may be read only in part? Four or more of its words, and at least two in five, are common
    words of one other language and much rarer in English; or it is written mostly in Chinese, Japanese or Korean."""
    if len(_CJK.findall(text)) >= max(6, len(text) // 4):
        return True
    words = [w for w in _LETTERS.findall(text.lower()) if w.isascii() or not _CJK.search(w)][:80]
    if len(words) < 6:
        return False
    best = max(sum(1 for w in words if _foreign(w, language)) for language in _OTHER_LANGUAGES)
    return best >= 4 and best * 5 >= len(words) * 2


@lru_cache(maxsize=16384)
def _foreign(word: str, language: str) -> bool:
    there = zipf_frequency(word, language)
    return there >= 3.0 and there > zipf_frequency(word, "en") + 1.0
