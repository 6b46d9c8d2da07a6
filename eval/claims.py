"""An independent check of what the waiter says about each pick, against the raw catalog JSON.

Every sentence shown about a tool (reasons, caveats, the cost line, "also good", the counterfactual)
must match a known form and be true of that tool's entry; a sentence of no known form counts as
unverifiable, which is a failure too. Nothing here calls the engine's explanations.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from core.catalog import Tool
from core.profile import parse_profile
from core.vocabulary import Frustration, Ring, label_in_text

Raw = dict[str, Any]
Claim = tuple[str, str]  # (kind, text)

SPECIALIST = {
    "data_labeling", "data_versioning", "data_validation", "feature_store", "experiment_tracking",
    "hyperparameter_tuning", "ml_pipelines", "model_registry", "llm_evaluation", "model_serving",
    "model_monitoring", "llm_observability", "vector_search", "governance", "notebooks",
}  # fmt: skip
GENERIC_CATEGORIES = {"general_cloud", "common_swe_stack"}
#: The kinds of product that are one platform for many jobs of the lifecycle (data platforms are not: their ML jobs
#: come with the data they hold).
ONE_PLATFORM = {"vendor_ai_platform", "high_coverage_saas"}
CLOUD_LABELS = {"aws": "AWS", "gcp": "Google Cloud", "azure": "Azure", "on_prem": "On-prem", "other": "Other", "none": "None"}


def _label(value: str) -> str:
    return label_in_text(value)  # the vocabulary's wording only, none of the engine's logic


def _stage_labels(tool: Raw) -> dict[str, str]:
    return {_label(s): s for s in tool.get("primary_stages", [])}


def _stages_said(text: str) -> list[str]:
    return [part.strip() for part in re.split(r",| and ", text) if part.strip()]


def _fixes(pains: str, stages: list[str], profile: Raw) -> bool:
    """Each pain named is one the person has, and one of these stages is what that pain implies for them
    (the profile's own reading: for an LLM-only team, "no monitoring" points to LLM observability)."""
    person = parse_profile(profile)
    for pain in pains.split(", "):
        said = next((f for f in Frustration if _label(f.value) == pain), None)
        if said is None or said not in (person.frustrations or ()):
            return False
        if not {_label(s.value) for s in person.implied_by(said)} & set(stages):
            return False
    return True


def self_hosting(profile: Raw) -> bool:
    """The person must run their tools themselves: they said so, or they are on-prem and didn't say."""
    if profile.get("self_hosted") is not None:
        return bool(profile["self_hosted"])
    return profile.get("cloud") == "on_prem"


def runs_a_cluster(tool: Raw, profile: Raw) -> bool:
    """Using the tool means running Kubernetes: it needs it, and the person can't use a SaaS edition."""
    return bool(tool.get("requires_kubernetes")) and (self_hosting(profile) or "saas" not in tool["deployment"])


def generic_slot(tool: Raw, stages: Iterable[str]) -> bool:
    """A whole cloud anywhere, or general infrastructure filling a specialist stage."""
    if tool["category"] == "general_cloud":
        return True
    return tool["category"] in GENERIC_CATEGORIES and bool(SPECIALIST & set(stages))


def _kinds_said(text: str) -> set[str]:
    """The kinds of a job a sentence lists ("LLM apps", "fairness and models")."""
    return {k.strip() for k in re.split(r",| and ", text) if k.strip()}


def _kinds_of(tool: Raw) -> set[str]:
    """The kinds of its jobs a tool's entry lists, as sentences say them ("LLM apps", "models")."""
    return {k.replace("llm_", "LLM ").replace("_", " ") for k in tool.get("governs", []) + tool.get("evaluates", [])}


def _reason_ok(text: str, tool: Raw, raw: dict[str, Raw], profile: Raw) -> bool:
    checks: list[tuple[str, Callable[[re.Match[str]], bool]]] = [
        (r"^built for (.+?), (which you asked for|which helps with '.+'|your next maturity step)$",
         lambda m: all(s in _stage_labels(tool) for s in _stages_said(m.group(1)))),
        # the first jobs of an LLM app, for a team whose only work is LLM apps
        (r"^built for (.+?), the first step for an LLM app$",
         lambda m: all(_stage_labels(tool).get(s) in ("llm_evaluation", "llm_observability")
                       for s in _stages_said(m.group(1))) and (profile.get("workloads") or []) == ["llm"]),
        # another kind of the job asked (Fairlearn, fairness, for governance of models): what it covers, said
        (r"^of the (.+) you asked for, it covers (.+) only, not (.+)$",
         lambda m: all(s in _stage_labels(tool) for s in _stages_said(m.group(1)))
         and _kinds_said(m.group(2)) <= _kinds_of(tool) and not _kinds_said(m.group(3)) & _kinds_of(tool)),
        # the wording of earlier versions, checked against every stage the entry lists (generous)
        (r"^covers (.+?), (which you asked for|which helps with '.+'|your next maturity step)$",
         lambda m: all(s in {_label(x) for x in tool["stages"]} for s in _stages_said(m.group(1)))),
        (r"^you already use it for (.+), which is where to fix '(.+)': keep it$",
         lambda m: tool["id"] in (profile.get("current_stack") or ())
         and all(s in _stage_labels(tool) for s in _stages_said(m.group(1)))
         and _fixes(m.group(2), _stages_said(m.group(1)), profile)),
        # too many tools, where they run a platform: consolidating on it
        (r"^you already run it: consolidating on it, not adding tools, is the fix for 'too many tools already'$",
         lambda m: tool["id"] in (profile.get("current_stack") or ())
         and "too_many_tools" in (profile.get("frustrations") or ())
         and (tool["category"] in ("vendor_ai_platform", "big_data_iaas", "high_coverage_saas")
              or tool["scope"] >= 0.7 and tool["category"] != "general_cloud")),
        (r"^you already use it for (.+): keep it$",
         lambda m: tool["id"] in (profile.get("current_stack") or ())
         and all(s in _stage_labels(tool) for s in _stages_said(m.group(1)))),
        (r"^(?:you already use it for other jobs, and it does (.+) too|it also does (.+)): start there$",
         lambda m: tool["id"] in (profile.get("current_stack") or ())
         and all(s in {_label(x) for x in tool["stages"]} for s in _stages_said(m.group(1) or m.group(2)))),
        # a team that would rather have one platform: a platform's other jobs, those its entry lists beside its main
        # ones, that they ask for
        (r"^it does (.+) too, so one platform covers (?:it|them)$",
         lambda m: profile.get("scope_preference") == "all_in_one" and tool["category"] in ONE_PLATFORM
         and all(s in {_label(x) for x in tool["stages"]} - set(_stage_labels(tool)) for s in _stages_said(m.group(1)))),
        (r"^an alternative for (.+), if what you use there falls short$",
         lambda m: all(s in _stage_labels(tool) for s in _stages_said(m.group(1)))),
        (r"^made for (.+) work, like yours$", lambda m: bool(tool.get("workloads"))),
        (r"^made for tabular data, the form your time series take$",
         lambda m: "tabular" in tool.get("workloads", []) and "time_series" in (profile.get("workloads") or [])),
        (r"^native to (.+), where you run$",
         lambda m: any(CLOUD_LABELS.get(c) == m.group(1) for c in tool.get("clouds", []))),
        (r"^works with your (.+), where your jobs run$",
         lambda m: _links(tool, raw, m.group(1)) and "containers" in tool["primary_stages"]
         and any(t["name"] == m.group(1) and "compute" in t["primary_stages"]
                 and t["id"] in (profile.get("current_stack") or ()) for t in raw.values())),
        (r"^works with your (.+)$", lambda m: _links(tool, raw, m.group(1))),
        # made by the makers of a tool they use: the same vendor (its parenthesis aside), in their stack
        (r"^from (.+), who also make your (.+)$",
         lambda m: re.sub(r" \(.*\)$", "", tool["vendor"]) == m.group(1) and not tool.get("clouds")
         and any(t["name"] == m.group(2) and t["vendor"] == tool["vendor"] and t["id"] != tool["id"]
                 and t["id"] in (profile.get("current_stack") or ()) for t in raw.values())),
        (r"^part of the (.+) you already use$",
         lambda m: any(t["name"] == m.group(1) and tool["id"].startswith(t["id"] + "-")
                       and t["id"] in (profile.get("current_stack") or ()) for t in raw.values())),
        (r"^runs on the Kubernetes cluster you have$", lambda m: runs_a_cluster(tool, profile)),
        (r"^runs in your own data centre$", lambda m: "self_hosted" in tool["deployment"]),
        (r"^its job queue shares out the machines you own$",
         lambda m: tool["category"] in GENERIC_CATEGORIES and tool["primary_stages"][:1] == ["compute"]
         and profile.get("cloud") == "on_prem" and not profile.get("kubernetes")
         and "compute_access" in (profile.get("frustrations") or [])),
        (r"^runs on your own machine, with no server to operate$", lambda m: tool.get("self_host_needs") == []),
        (r"^its docs give a setup for one machine, like yours$",
         lambda m: tool.get("local_needs") is not None and profile.get("cloud") == "none"),
        (r"^nothing to operate: it installs as a package, with no server to run$",
         lambda m: tool.get("self_host_needs") == []),
        (r"^hosted for you, so there is nothing to run$", lambda m: "saas" in tool["deployment"]),
        (r"^rents you GPUs without owning hardware$",
         lambda m: "saas" in tool["deployment"] and tool.get("compute_source") == "rented"),
        (r"^gives you free GPU sessions, within quotas, without owning hardware$",
         lambda m: tool.get("compute_source") == "free_quota" and tool["pricing"] in ("free", "freemium")),
        (r"^(free|freemium|paid|usage based), which fits a .+ budget$",
         lambda m: tool["pricing"].replace("_", " ") == m.group(1)),
        (r"^(free|paid) to run yourself, which fits a .+ budget$",
         lambda m: tool.get("self_hosted_pricing") == m.group(1) and self_hosting(profile)
         or m.group(1) == "free" and tool["open_source"] and tool["pricing"] == "freemium"
         and not _hosted_only(tool, profile)),
        (r"^pays off even before pipelines are automated$", lambda m: tool.get("min_maturity", 0) == 0),
        (r"^widely integrated: (\d+) tools in my catalog work with it$",
         lambda m: sum(tool["id"] in t.get("integrates_with", []) for t in raw.values()) == int(m.group(1))),
        (r"^the suggested successor of your (.+), which is being retired$",
         lambda m: any(t["name"] == m.group(1) and t.get("successor") == tool["id"] for t in raw.values())),
        (r"^proven: in use since (\d{4})$", lambda m: tool["first_release_year"] == int(m.group(1))),
        (r"^actively released: (.+) in \w+ \d{4}$",
         lambda m: (tool.get("latest_release") or {}).get("version") == m.group(1)),
        (r"^open source \(([^)]+)\)$",
         lambda m: tool["open_source"] and tool["license"] == m.group(1) and not _hosted_only(tool, profile)),
        (r"^one platform for many stages, as you prefer$",
         lambda m: tool["scope"] > 0 and profile.get("scope_preference") == "all_in_one"),
        (r"^one platform for many stages: fewer tools, for 'too many tools already'$",
         lambda m: tool["scope"] > 0 and "too_many_tools" in (profile.get("frustrations") or [])),
        (r"^does one job well, as you prefer best-of-breed pieces$",
         lambda m: tool["scope"] < 0 and profile.get("scope_preference") == "piecemeal"),
        (r"^(.+), as you require$", lambda m: _requirements(m.group(1), tool, profile)),
    ]  # fmt: skip
    if text == tool["summary"]:
        return True
    for pattern, check in checks:
        found = re.match(pattern, text)
        if found:
            return check(found)
    return False


def _links(tool: Raw, raw: dict[str, Raw], names: str) -> bool:
    by_name = {t["name"]: t for t in raw.values()}
    for name in _stages_said(names):
        other = by_name.get(name)
        if other is None:
            return False
        if other["id"] not in tool.get("integrates_with", []) and tool["id"] not in other.get("integrates_with", []):
            return False
    return True


def _requirements(said: str, tool: Raw, profile: Raw) -> bool:
    ok = True
    licence = re.search(r"open source \(([^)]+)\)", said)
    if licence:
        ok &= tool["open_source"] and tool["license"] == licence.group(1)
    if "runs on your own infrastructure" in said:
        ok &= "self_hosted" in tool["deployment"]
    if "needs no Kubernetes" in said:
        ok &= not runs_a_cluster(tool, profile)
    return bool(ok)


def _their_cluster(need: str, tool: Raw, profile: Raw) -> bool:
    """A need that is only a Kubernetes cluster, which a person on Kubernetes already runs."""
    cluster = re.fullmatch(r"an? (?:CNCF-compliant )?Kubernetes cluster(?: \([^()]*\))?", need)
    return bool(cluster and profile.get("kubernetes") and tool.get("requires_kubernetes"))


def _edition_said(said: str, edition: list[str], profile: Raw) -> bool:
    """A caveat that jobs are only in one edition (paid_stages: the paid edition; hosted_stages: the hosted service)
    names jobs the entry gives that edition, and that the person asked for (with no needs stated, any of them)."""
    named = [s for s in edition if _label(s) in said]
    return bool(named) and said == " and ".join(_label(s) for s in named) \
        and all(s in (profile.get("needs") or edition) for s in named)


def _hosted_only(tool: Raw, profile: Raw) -> bool:
    """Is every job asked of it (with no needs stated, its own jobs) one that only its hosted service does?"""
    hosted = set(tool.get("hosted_stages") or [])
    asked = set(tool["primary_stages"]) & set(profile.get("needs") or tool["primary_stages"])
    return bool(hosted) and bool(asked) and asked <= hosted


#: Google's levels: what the step up to each one is made of.
_STEP_JOBS = {1: {"ml_pipelines", "experiment_tracking"}, 2: {"ci_cd", "model_registry"}}


def _the_step(level: int, called: str, tool: Raw, profile: Raw) -> bool:
    """The tool is one level above them, and built for a job of that step which they asked for ("you asked for") or
    which the pain named points to ("that 'retraining is manual' calls for")."""
    jobs = _STEP_JOBS.get(level, set()) & set(tool.get("primary_stages") or ())
    if called == "you asked for":
        why = set(profile.get("needs") or ())
    else:
        pains = [f for f in Frustration if called == f"that '{label_in_text(f.value)}' calls for"
                 and f.value in (profile.get("frustrations") or ())]
        why = {s.value for pain in pains for s in parse_profile(profile).implied_by(pain)}
    return profile.get("maturity") == level - 1 and tool.get("min_maturity") == level and bool(jobs & why)


def _caveat_ok(text: str, tool: Raw, profile: Raw) -> bool:
    checks: list[tuple[str, Callable[[re.Match[str]], bool]]] = [
        (r"^to run it yourself you operate (.+)$",
         lambda m: bool(tool.get("self_host_needs")) and "self_hosted" in tool["deployment"]
         and all(n in m.group(1) or _their_cluster(n, tool, profile) for n in tool["self_host_needs"])),
        (r"^on your own machine you run (.+)$",
         lambda m: bool(tool.get("local_needs")) and all(n in m.group(1) for n in tool["local_needs"])
         and profile.get("team_size") == 1),
        (r"^needs a Kubernetes cluster, and someone who runs it$", lambda m: runs_a_cluster(tool, profile)),
        (r"^self-hosting it needs Kubernetes, so without a cluster you would use its hosted service$",
         lambda m: bool(tool.get("requires_kubernetes")) and "saas" in tool["deployment"]
         and tool["open_source"] and profile.get("kubernetes") is False),
        (r"^running it yourself takes a paid licence from its vendor$",
         lambda m: tool.get("self_hosted_pricing") == "paid" and "saas" in tool["deployment"]),
        (r"^ties you to (.+)$",
         lambda m: bool(tool.get("clouds")) and all(CLOUD_LABELS[c] in m.group(1) for c in tool["clouds"])),
        (r"^works only with (.+) models$",
         lambda m: bool(tool.get("frameworks")) and m.group(1) == " or ".join(tool["frameworks"])),
        (r"^(.+) is only in its paid edition$", lambda m: _edition_said(m.group(1), tool.get("paid_stages") or [], profile)),
        (r"^(.+) is only in its hosted service$", lambda m: _edition_said(m.group(1), tool.get("hosted_stages") or [], profile)),
        (r"^not open source \(licence: (.+)\)$", lambda m: not tool["open_source"] and tool["license"] == m.group(1)),
        (r"^pays off from maturity level (\d); you are at \d$", lambda m: tool.get("min_maturity") == int(m.group(1))),
        (r"^adopting it (?:moves training out of notebooks into pipelines|puts tests and an automated release in front "
         r"of every model): the step to level (\d) (you asked for|that '.+' calls for)$",
         lambda m: _the_step(int(m.group(1)), m.group(2), tool, profile)),
        (r"^no release since (.+) \(\w+ \d{4}\)$",
         lambda m: (tool.get("latest_release") or {}).get("version") == m.group(1)),
        (r"^(.+) \((\d{4}-\d{2}(?:-\d{2})?)\)$",
         lambda m: any(e["date"] == m.group(2) and e["what"].rstrip(".") == m.group(1) for e in tool.get("events", []))),
    ]  # fmt: skip
    for pattern, check in checks:
        found = re.match(pattern, text)
        if found:
            return check(found)
    return False


def false_claims(pick: Raw, raw: dict[str, Raw], profile: Raw, common: Iterable[str] = ()) -> list[Claim]:
    """The claims about one pick that its catalog entry does not back (`common`: said of every pick)."""
    tool = raw[pick["id"]]
    bad: list[Claim] = []
    bad += [
        ("reason", r) for r in [*pick["reasons"], *common]
        if r != tool["summary"] and not all(_reason_ok(part, tool, raw, profile) for part in r.split("; "))
    ]  # fmt: skip
    bad += [("caveat", c) for c in pick["caveats"] if not _caveat_ok(c, tool, profile)]
    if pick.get("cost") not in (None, tool.get("pricing_model")):
        bad.append(("cost", pick["cost"]))
    if pick.get("also_good"):
        other = _named(raw, pick["also_good"])
        # the job it is picked for: its own main jobs, or, for a platform they run, any job it does
        jobs = set(tool.get("primary_stages", []))
        if tool["id"] in (profile.get("current_stack") or ()):
            jobs |= set(tool["stages"])
        if other is None or not set(other.get("primary_stages", [])) & jobs:
            bad.append(("also_good", pick["also_good"]))
    return bad


def _named(raw: dict[str, Raw], said: str) -> Raw | None:
    """The tool a line names: by its name, or by its name and the one it had before its latest rename ("Gemini
    Enterprise Agent Platform (formerly Vertex AI)"), as its entry's events give it."""
    for tool in raw.values():
        renames = [e for e in tool.get("events", []) if e.get("kind") == "renamed" and e.get("former_name")]
        if said == tool["name"] or renames and said == f"{tool['name']} (formerly {renames[-1]['former_name']})":
            return tool
    return None


#: The counterfactual's lead words and the constraint it lifts.
LEADS = {
    "With a small budget": ("budget", {"budget": "low"}),
    "If Kubernetes were possible": ("kubernetes", {"kubernetes": True}),
    "If a non-open-source licence were fine": ("open_source_only", {"open_source_only": False}),
    "If a managed service were fine": ("self_hosted", {"self_hosted": False}),
}


def counterfactual_false(
    pick: Raw, raw: dict[str, Raw], profile: Raw, hard_breaks: Callable[[Raw, Raw], list[str]],
    top3_for: Callable[[Raw, str], list[str]],
) -> str | None:
    """Why a counterfactual does not hold, or None when it does (or there is none)."""
    text = pick.get("counterfactual")
    if not text:
        return None
    found = re.match(r"^(.+?), I'd suggest (.+) for (.+)\.$", text)
    if not found or found.group(1) not in LEADS:
        return f"unknown form: {text}"
    key, change = LEADS[found.group(1)]
    alt = _named(raw, found.group(2))
    if alt is None:
        return f"unknown tool: {found.group(2)}"
    stage = next((s for s in alt.get("primary_stages", []) if _label(s) == found.group(3)), None)
    if stage is None:
        return f"{alt['name']} is not built for {found.group(3)}"
    if alt["id"] in (profile.get("current_stack") or []) or alt["category"] == "general_cloud":
        return f"{alt['name']} is already used, or a whole cloud"
    if Tool.model_validate(alt).effective_ring is Ring.HOLD:  # the catalog's own reading of its ring
        return f"{alt['name']} is in the Hold ring, so it would be no pick without the constraint either"
    lifted = {**profile, **change}
    if not hard_breaks(alt, profile):
        return f"{alt['name']} is not excluded today, so the constraint is not what keeps it out"
    if hard_breaks(alt, lifted):
        return f"{alt['name']} is still excluded without {key}, by {sorted(hard_breaks(alt, lifted))}"
    if alt["id"] not in top3_for(lifted, stage):
        return f"{alt['name']} would not rank in the top three for {stage} without the constraint"
    if key == "budget" and (alt["pricing"] in ("paid", "usage_based")
                            or _self_hosts(lifted) and alt.get("self_hosted_pricing") == "paid"):
        return f"{alt['name']} is {alt['pricing']}, which a small budget does not buy"
    return None


def _self_hosts(profile: Raw) -> bool:
    """Must they run what they adopt (own infrastructure, or an on-premises site)?"""
    if profile.get("self_hosted") is not None:
        return bool(profile["self_hosted"])
    return profile.get("cloud") == "on_prem"  # an on-premises site runs what it adopts unless it says otherwise
