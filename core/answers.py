"""Reading answers: a typed reply to a question, and facts volunteered in free text."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from rapidfuzz import fuzz, process, utils

from core.catalog import Catalog
from core.questions import Kind, Question
from core.vocabulary import Cloud, Frustration, Persona, Stage, Workload

MAX_TEXT = 2000  # longer replies are cut before reading; Slack messages can be 40k characters


class NotUnderstood(ValueError):
    """The reply does not fit the question; the message says what would."""


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "a dozen": 12, "dozen": 12,
}  # fmt: skip
_SOLO = re.compile(r"\b(solo|just me|only me|by myself|on my own|alone)\b")
_YES = {"y", "yes", "yep", "yeah", "sure", "true", "1", "ok", "of course", "we can", "must", "yes please"}
_NO = {"n", "no", "nope", "false", "0", "not really", "nah", "no thanks", "we can't", "cannot"}
_NONE = {"none", "nothing", "no tools", "nada", "n/a", "-"}

_CLOUD_WORDS: dict[Cloud, tuple[str, ...]] = {
    Cloud.AWS: ("aws", "amazon web services", "amazon"),
    Cloud.GCP: ("gcp", "google cloud", "gcloud"),
    Cloud.AZURE: ("azure", "microsoft cloud"),
    Cloud.ON_PREM: ("on prem", "on-prem", "onprem", "on premise", "on-premise", "own data cent",
                    "our own servers", "own hardware", "data center", "datacenter"),
    Cloud.NONE: ("laptop only", "no cloud", "just a laptop", "my laptop", "locally only"),
}  # fmt: skip
_PERSONA_WORDS: dict[Persona, tuple[str, ...]] = {
    Persona.RESEARCHER: ("researcher", "data scientist", "phd", "scientist"),
    Persona.SOFTWARE_ENGINEER: ("software engineer", "backend", "swe", "developer"),
    Persona.ML_ENGINEER: ("ml engineer", "machine learning engineer", "mle"),
    Persona.PLATFORM_ENGINEER: ("platform engineer", "mlops engineer", "devops", "sre"),
    Persona.TEAM_LEAD: ("team lead", "manager", "head of", "director", "cto", "lead"),
}
_WORKLOAD_WORDS: dict[Workload, tuple[str, ...]] = {
    Workload.TABULAR: ("tabular", "structured data", "xgboost", "gradient boosting"),
    Workload.COMPUTER_VISION: ("computer vision", "vision", "images", "image", "cv", "video"),
    Workload.NLP: ("nlp", "text classification", "language"),
    Workload.LLM: ("llm", "llms", "rag", "chatbot", "genai", "gen ai", "agents", "gpt"),
    Workload.TIME_SERIES: ("time series", "forecasting", "forecast"),
    Workload.RECOMMENDER: ("recommender", "recommendation", "recsys", "ranking"),
    Workload.SPEECH: ("speech", "audio", "asr", "voice"),
}
_FRUSTRATION_WORDS: dict[Frustration, tuple[str, ...]] = {
    Frustration.STUCK_IN_NOTEBOOKS: ("notebook", "stuck in jupyter"),
    Frustration.CANT_REPRODUCE: ("reproduc", "can't rerun", "which data", "which run"),
    Frustration.SLOW_HANDOFF: ("handoff", "hand-off", "hand off", "deploy", "production takes"),
    Frustration.NO_MONITORING: ("monitor", "drift", "blind in prod"),
    Frustration.DATA_QUALITY: ("data quality", "bad data", "dirty data", "schema"),
    Frustration.MANUAL_RETRAINING: ("retrain", "manual training"),
    Frustration.LABELING_BOTTLENECK: ("label", "annotat"),
    Frustration.LLM_QUALITY_UNKNOWN: ("hallucinat", "llm quality", "eval", "prompt"),
    Frustration.COMPUTE_ACCESS: ("gpu", "compute", "cluster time"),
    Frustration.TOO_MANY_TOOLS: ("too many tools", "tool sprawl", "consolidat"),
}


@lru_cache(maxsize=256)
def _pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![a-z0-9])(?:" + "|".join(re.escape(word) for word in words) + ")")


def _contains(text: str, phrase: str) -> bool:
    return _pattern((phrase,)).search(text) is not None


def _first_match(text: str, table: dict[Any, tuple[str, ...]]) -> Any:
    for value, words in table.items():
        if _pattern(words).search(text):
            return value
    return None


def _all_matches(text: str, table: dict[Any, tuple[str, ...]]) -> list[Any]:
    return [value for value, words in table.items() if _pattern(words).search(text)]


def read_number(text: str) -> int | None:
    """A team size from '5', 'we are 12 people', 'a dozen', 'solo'."""
    lowered = text.lower()
    if _SOLO.search(lowered):
        return 1
    digits = re.search(r"(?<![\d.])(\d{1,6})(?![\d.])", lowered)
    if digits:
        return int(digits.group(1))
    for word, number in _NUMBER_WORDS.items():
        if _contains(lowered, word):
            return number
    return None


def _split(text: str) -> list[str]:
    parts = re.split(r",|;|/|\+|\band\b|\bplus\b|&|\n", text)
    return [part.strip(" .!?'\"") for part in parts if part.strip(" .!?'\"")]


def _option_for(question: Question, piece: str) -> str | None:
    piece_key = utils.default_process(piece)
    if not piece_key:
        return None
    values = question.option_values()
    if piece_key.isdigit():
        index = int(piece_key) - 1
        return values[index] if 0 <= index < len(values) else None
    for option in question.options:
        if piece_key in (utils.default_process(option.value), utils.default_process(option.label)):
            return option.value
    if len(piece_key) < 4:
        return None  # too short to guess at: "no" is not "Notebooks"
    labels = {utils.default_process(o.label): o.value for o in question.options}
    labels.update({utils.default_process(o.value.replace("_", " ")): o.value for o in question.options})
    # whole words of one option only ("serving" -> Model serving; "data" is ambiguous)
    padded = f" {piece_key} "
    words = set(piece_key.split())
    contained = {
        v for name, v in labels.items()
        if f" {piece_key} " in f" {name} " or f" {name} " in padded or (len(words) > 1 and words <= set(name.split()))
    }  # fmt: skip
    if len(contained) == 1:
        return contained.pop()
    if contained:
        return None
    found = process.extractOne(piece_key, list(labels), scorer=fuzz.ratio, score_cutoff=85)  # typos
    return labels[found[0]] if found else None


def _choices_hint(question: Question) -> str:
    if len(question.options) > 6:  # the question comes again with its options: don't list them twice
        return "Please pick from the options (their numbers or names are fine)."
    listed = ", ".join(f"{i}. {o.label}" for i, o in enumerate(question.options, 1))
    return f"Please choose from: {listed}."


def _read_yes_no(text: str) -> bool:
    key = utils.default_process(text)
    if key in _YES or key.startswith(("yes", "yep", "yeah")):
        return True
    if key in _NO or key.startswith(("no ", "nope", "not ")):
        return False
    raise NotUnderstood("Please answer yes or no.")


def _read_tools(text: str, catalog: Catalog) -> tuple[str, ...]:
    if utils.default_process(text) in _NONE:
        return ()
    found, unknown = [], []
    for piece in _split(text):
        tool = catalog.match_name(piece)
        if tool is None:
            unknown.append(piece)
        elif tool.id not in found:
            found.append(tool.id)
    if unknown and not found:
        hints = catalog.suggest(unknown[0])
        hint = f" Did you mean {', '.join(hints)}?" if hints else ""
        raise NotUnderstood(f"I don't know {', '.join(unknown[:3])}.{hint} Or type 'none'.")
    return tuple(found)


def parse_answer(question: Question, text: str, catalog: Catalog) -> Any:
    """The value a typed reply gives the question's field, or NotUnderstood."""
    text = text[:MAX_TEXT].strip()
    if not text:
        raise NotUnderstood("I didn't catch an answer.")
    if question.kind is Kind.NUMBER:
        number = read_number(text)
        if number is None or number < 1:
            raise NotUnderstood("Please give a whole number, e.g. 5.")
        return number
    if question.kind is Kind.YES_NO:
        return _read_yes_no(text)
    if question.kind is Kind.TOOLS:
        return _read_tools(text, catalog)
    if question.kind is Kind.SINGLE:
        value = _option_for(question, text)
        if value is None:
            volunteered = understand(text, catalog).get(question.id)
            if volunteered is not None:
                return volunteered
            raise NotUnderstood(_choices_hint(question))
        return int(value) if question.id == "maturity" else value
    pieces = re.split(r"[\s,]+", text) if re.fullmatch(r"[\d\s,]+", text) else _split(text)
    values = [_option_for(question, piece) for piece in pieces]
    if not values or any(value is None for value in values):
        volunteered = understand(text, catalog).get(question.id)
        if volunteered:
            return tuple(volunteered)
        raise NotUnderstood(_choices_hint(question) + " (several are fine, e.g. 1, 3)")
    return tuple(dict.fromkeys(v for v in values if v is not None))


def _tools_mentioned(text: str, catalog: Catalog) -> list[str]:
    words = re.findall(r"[A-Za-z0-9&.+_-]+", text)
    found: list[str] = []
    i = 0
    while i < len(words):
        for width in (3, 2, 1):
            phrase = " ".join(words[i : i + width])
            if len(phrase) < 3 and width == 1 and phrase.upper() != phrase:
                continue
            tool = catalog.match_name(phrase, cutoff=90)
            if tool is not None and len(phrase) >= 2:
                if tool.id not in found:
                    found.append(tool.id)
                i += width
                break
        else:
            i += 1
    return found


_STOPWORDS = {"we", "are", "and", "the", "on", "in", "using", "use", "people", "team", "our", "of",
              "with", "a", "an", "to", "for", "is", "it", "at", "i", "am", "im", "i'm", "we're", "mostly",
              "some", "also", "run", "runs", "all", "can", "do", "be", "this", "that", "they", "it's"}  # fmt: skip


_PAIN = re.compile(
    r"pain|hurt|problem|struggl|can't|cannot|hard|slow|no |stuck|bottleneck|nobody|no one|drift|fail|broke|"
    r"mess|too many|never|don't know"
)
_USAGE = re.compile(r"\b(use|uses|using|used|run|running|with|have|stack|on top of|rely on|already)\b")
_NEGATED = re.compile(r"\b(no|without|not|don't use|do not use|never used|instead of)\s+[\w&.+-]+", re.I)


def understand(text: str, catalog: Catalog) -> dict[str, Any]:
    """Facts volunteered in free text: team size, cloud, persona, workloads, tools, constraints."""
    text = text[:MAX_TEXT]
    lowered = " " + text.lower() + " "
    facts: dict[str, Any] = {}
    if re.search(r"\b(\d{1,6}|one|two|three|four|five|six|seven|eight|nine|ten|a dozen|twenty)\s+"
                 r"(people|persons|engineers|researchers|of us|scientists|devs|folks|members)\b",
                 lowered) or _SOLO.search(lowered) or re.search(r"team of \w+", lowered):  # fmt: skip
        number = read_number(lowered)
        if number:
            facts["team_size"] = number
    cloud = _first_match(lowered, _CLOUD_WORDS)
    if cloud is not None:
        facts["cloud"] = cloud
    persona = _first_match(lowered, _PERSONA_WORDS)
    if persona is not None:
        facts["persona"] = persona
    workloads = _all_matches(lowered, _WORKLOAD_WORDS)
    if workloads:
        facts["workloads"] = tuple(workloads)
    if re.search(r"\b(no|without|don't have|do not have|can't run|cannot run)\b[^.]{0,20}"
                 r"\b(kubernetes|k8s|cluster)", lowered):  # fmt: skip
        facts["kubernetes"] = False
    elif re.search(r"\b(kubernetes|k8s|eks|gke|aks|openshift)\b", lowered):
        facts["kubernetes"] = True
    if re.search(r"open[- ]source only|only open[- ]source|must be open[- ]source|oss only", lowered):
        facts["open_source_only"] = True
    if re.search(r"self[- ]host|on our own infra|air[- ]gapped|data can't leave|no saas", lowered):
        facts["self_hosted"] = True
    if re.search(r"\b(no budget|free only|only free|zero budget|can't pay|cannot pay)\b", lowered):
        facts["budget"] = "none"
    frustrations = _all_matches(lowered, _FRUSTRATION_WORDS)
    if frustrations and _PAIN.search(lowered):
        facts["frustrations"] = tuple(frustrations)
    affirmed = _NEGATED.sub(" ", text)
    cleaned = " ".join(w for w in re.findall(r"[\w&.+-]+", affirmed) if w.lower() not in _STOPWORDS)
    tools = _tools_mentioned(cleaned, catalog)
    cloud_ids = {"aws", "google-cloud", "microsoft-azure"}
    stack = tuple(tool for tool in tools if tool not in cloud_ids)
    if stack and _USAGE.search(lowered):
        facts["current_stack"] = stack
    return facts


def stage_from_text(text: str) -> Stage | None:
    """A lifecycle stage named in text ('serving', 'experiment tracking')."""
    key = utils.default_process(text)
    names = {utils.default_process(s.value.replace("_", " ")): s for s in Stage}
    found = process.extractOne(key, list(names), scorer=fuzz.WRatio, score_cutoff=80)
    return names[found[0]] if found else None
