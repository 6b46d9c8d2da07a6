"""Run the evaluation: `python -m eval` (or `.venv/bin/python eval/run.py`) prints the table.

Rows: this engine on the full profile; this engine after the adaptive interview and after the fixed
question order (a simulated user answers from the scenario's profile and skips what it leaves out);
and two baselines (random among stage-matching tools with a fixed seed; popularity only).
A hit is at least one acceptable tool and no forbidden tool in the top three. Violations are checked
against the scenario's full profile by an independent reading of catalog.json, not by the engine.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in (None, ""):  # run as a script: make the repository importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from core.catalog import Catalog, parse_catalog  # noqa: E402
from core.conversation import FixedOrder, Interviewer  # noqa: E402
from core.interviewing import AdaptiveInterviewer  # noqa: E402
from core.matching import rank, recommend  # noqa: E402
from core.profile import Profile, parse_profile  # noqa: E402
from core.questions import OPENING  # noqa: E402
from core.vocabulary import FRUSTRATION_STAGES, Frustration, Ring  # noqa: E402
from eval.claims import counterfactual_false, false_claims, generic_slot, runs_a_cluster, self_hosting  # noqa: E402
from eval.scenarios import SCENARIOS  # noqa: E402
from eval.search import DEV_SUITES, relevance  # noqa: E402
from eval.search import table as search_table  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEED = 20261126


def load_catalog(path: Path = ROOT / "catalog.json") -> tuple[Catalog, list[dict[str, Any]]]:
    text = path.read_text(encoding="utf-8")
    today = max(date.today(), date(2026, 12, 31))
    return parse_catalog(text, today=today), json.loads(text)["tools"]


def hard_breaks(tool: dict[str, Any], profile: dict[str, Any]) -> list[str]:
    """The issue's hard constraints, read straight from the raw catalog entry."""
    broken = []
    if tool.get("status", "active") in ("shut_down", "archived", "deprecated", "maintenance"):
        broken.append("status")
    if tool["category"] == "custom_ml_platform":
        broken.append("in_house")
    if profile.get("open_source_only") and not tool["open_source"]:
        broken.append("open_source_only")
    if self_hosting(profile) and "self_hosted" not in tool["deployment"]:
        broken.append("self_hosted")
    no_cluster = profile.get("kubernetes") is False or (profile.get("kubernetes") is None
                                                        and profile.get("cloud") == "none")  # laptops only
    if no_cluster and runs_a_cluster(tool, profile):
        broken.append("kubernetes")
    if tool.get("clouds") and profile.get("cloud") and profile["cloud"] not in tool["clouds"]:
        broken.append("cloud")
    if profile.get("budget") == "none" and tool["pricing"] not in ("free", "freemium"):
        broken.append("budget")
    elif profile.get("budget") == "none" and self_hosting(profile) and tool.get("self_hosted_pricing") == "paid":
        broken.append("budget")  # the free tier is the vendor's hosted service, not the edition they would run
    return broken


def wanted_stages(profile: dict[str, Any]) -> set[str]:
    stages = set(profile.get("needs", ()))
    for frustration in profile.get("frustrations", ()):
        stages |= {s.value for s in FRUSTRATION_STAGES[Frustration(frustration)]}
    return stages


def stage_matching(raw: list[dict[str, Any]], profile: dict[str, Any]) -> list[dict[str, Any]]:
    wanted = wanted_stages(profile)
    return [t for t in raw if not wanted or wanted & set(t["stages"])]


def random_baseline(raw: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[str]]:
    rng = random.Random(SEED)

    def pick(profile: dict[str, Any]) -> list[str]:
        pool = sorted(t["id"] for t in stage_matching(raw, profile))
        return rng.sample(pool, min(3, len(pool)))

    return pick


def popularity_baseline(raw: list[dict[str, Any]]) -> Callable[[dict[str, Any]], list[str]]:
    users: dict[str, int] = {}
    for tool in raw:
        for other in tool.get("integrates_with", ()):
            users[other] = users.get(other, 0) + 1

    def pick(profile: dict[str, Any]) -> list[str]:
        pool = stage_matching(raw, profile)
        pool.sort(key=lambda t: (-users.get(t["id"], 0), t["first_release_year"], t["id"]))
        return [t["id"] for t in pool[:3]]

    return pick


#: What people say about themselves in an opening sentence (the issue's example gave all of these).
SENTENCE_FIELDS = ("persona", "team_size", "cloud", "kubernetes", "open_source_only", "self_hosted", "budget",
                   "frustrations", "needs")  # fmt: skip


def interview(
    interviewer: Interviewer, truth: dict[str, Any], *, limit: int = 40, sentence: bool = False
) -> tuple[Profile, int]:
    """A simulated user: answers from the scenario's profile, skips what it leaves out.

    At the opening question the user either writes a sentence stating the `SENTENCE_FIELDS` they
    know (`sentence`) or presses their role's button; the opening is not counted as a question.
    """
    profile, done, asked = Profile(), set(), 0
    while asked < limit:
        question = interviewer.next_question(profile, frozenset(done))
        if question is None:
            break
        if question.id == OPENING:
            # as in the product: an opening in words (or skipped) is done; a role button sets its own field
            if sentence or truth.get("persona") is None:
                done.add(OPENING)
            said = SENTENCE_FIELDS if sentence else ("persona",)
            profile = profile.with_answers(**{f: truth[f] for f in said if truth.get(f) is not None})
            continue
        asked += 1
        if truth.get(question.id) is None:
            done.add(question.id)
        else:
            profile = profile.with_answers(**{question.id: truth[question.id]})
    return profile, asked


@dataclass
class Row:
    name: str
    hits: int = 0
    violations: int = 0
    questions: int = 0
    interviewed: bool = False
    shown: int = 0
    accepted: int = 0
    generic: int = 0
    claims: int = 0
    false: list[str] = field(default_factory=list)

    def add(self, scenario: dict[str, Any], picks: Sequence[str], raw: dict[str, dict[str, Any]],
            asked: int = 0) -> bool:  # fmt: skip
        top = list(picks)[:3]
        accept, never = set(scenario["acceptable"]), set(scenario["forbidden"])
        hit = bool(set(top) & accept) and not set(top) & never
        self.hits += hit
        self.violations += sum(bool(hard_breaks(raw[t], scenario["profile"])) for t in top)
        self.questions += asked
        self.shown += len(top)
        self.accepted += sum(t in accept for t in top)
        return hit


def _slot(pick: dict[str, Any]) -> list[str]:
    return list(pick.get("stages", []))


def check_words(row: Row, scenario: dict[str, Any], rec: dict[str, Any], catalog: Catalog,
                raw: dict[str, dict[str, Any]]) -> None:  # fmt: skip
    """Count generic picks and every claim the catalog does not back (reasons, caveats, what-ifs)."""
    profile = scenario["profile"]

    def top3_for(lifted: dict[str, Any], stage: str) -> list[str]:
        ranked = rank(parse_profile(lifted), catalog)
        # among the tools that can be picks: one in the Hold ring never is
        return [t.id for _, t, _ in ranked if stage in raw[t.id].get("primary_stages", [])
                and t.effective_ring is not Ring.HOLD][:3]

    for pick in rec["recommendations"][:3]:
        tool = raw[pick["id"]]
        row.generic += generic_slot(tool, _slot(pick))
        bad = false_claims(pick, raw, profile, rec.get("common", ()))
        row.claims += len(pick["reasons"]) + len(rec.get("common", ())) + len(pick["caveats"])
        row.claims += bool(pick.get("counterfactual"))
        row.false += [f"{scenario['id']} {pick['id']} {kind}: {text}" for kind, text in bad]
        broken = counterfactual_false(pick, raw, profile, hard_breaks, top3_for)
        if broken:
            row.false.append(f"{scenario['id']} {pick['id']} counterfactual: {broken}")


#: The development panels, each written blind by another helper, in the order they were written. Panels 22 and 23
#: were written at the start of one session (2026-12-04), before any tuning: 22 from public guidance (cloud MLOps
#: guides, tool-selection posts, case studies), every stage and persona; 23, kept as a check and never tuned on,
#: from what real teams wrote about their own stacks (engineering blogs, forum threads, GitHub issues).
#: Panel 24 was written blind at the start of the session after (2026-12-04, afternoon), before any tuning on it: advice
#: from public guidance (cloud reference architectures, vendor-neutral guides, projects' "when to use" pages), every
#: stage, persona and cloud, with mixes of constraints and stacks to keep.
#: Panel 26 was written blind at the start of the session after that (2026-12-04, evening), before any tuning on it: the
#: full menu as a reviewer would sample it (every persona, cloud, team size and stage, a quarter keeping a stack, a
#: fifth with pains only), each scenario modelled on one public page; at that session's start: hit 49/50, precision
#: 103/121 = 0.851.
#: Panel 27 was written blind in the session after (2026-12-04, evening), halfway through it, and committed before any
#: tuning on it: people as they arrive at a tool-choice question (students with only a laptop, small startups,
#: regulated enterprises, platform teams, LLM app builders), each scenario modelled on one public page (mostly GitHub
#: issues and forum questions); hit 49/50, precision 101/119 = 0.849 at that session's start (194f2de) and 103/119 =
#: 0.866 when it was committed (b79edbe).
#: Panel 32 was written blind at the start of the session of 2026-12-05 (afternoon) and committed before any tuning on
#: it: people who ask for several things at once (35 with two to four needs from different stages, 15 with two or three
#: pains), each scenario modelled on one public page: hit 50/50, precision 119/136 = 0.875 at that session's start
#: (9749a67) and when committed.
#: Panel 33 was written blind at the start of the session of 2026-12-05 (evening) and committed before any tuning on it:
#: teams on unusual ground (Slurm clusters, edge devices, data-platform shops, smaller and GPU clouds, air-gapped sites,
#: workstations), each scenario modelled on one public page: hit 48/50, precision 99/119 = 0.832 at that session's start
#: (cef57fd), 100/119 = 0.840 when committed.
#: Panel 34 was written blind later that session and committed before any tuning on it: regulated and audited work
#: (banks, insurers, health, pharma, public sector, defence; governance a need in 20 scenarios, the rest other stages
#: under those constraints), each scenario modelled on one public page: hit 47/50, precision 93/127 = 0.732 at that
#: session's start (cef57fd) and when committed.
#: Panel 35 was written blind at the start of the session of 2026-12-05 (night) and committed before any tuning on it:
#: getting models into production and keeping them healthy (serving, CI/CD, orchestration, monitoring and feature
#: stores each a need in at least 5 scenarios; a third LLM or agent work), each scenario modelled on one public page:
#: hit 48/50, precision 87/111 = 0.784 at that session's start (6699091) and when committed.
#: Panel 36 was written blind later that session and committed before any tuning on it: a broad sample of plain
#: questions about one or two stages (every stage a need at least twice, a third with pains only), each scenario
#: modelled on one public page: hit 50/50, precision 94/117 = 0.803 at that session's start (6699091) and when
#: committed.
#: Panels 37 and 38 were written blind at the start of the session of 2026-12-05 (day) and committed before any
#: tuning on them, each scenario modelled on one public page: 37, LLM and agent applications as built in 2025-2026
#: (RAG, agents, evaluation, tracing, guardrails, serving open models; some beside classic ML): hit 45/50, precision
#: 81/126 = 0.643 at that session's start (efca8e7) and when committed; 38, first steps (maturity 0-1: solo
#: researchers, student groups, a startup's first ML hire, small budgets): hit 49/50, precision 110/132 = 0.833.
#: Panel 39 was written blind at the start of the session of 2026-12-05 (late afternoon) and committed before any
#: tuning on it: one gap in a working stack (maturity 1-2, three to seven tools already run, one or two gaps to fill beside them;
#: regulated, air-gapped and one-cloud teams among them), each scenario modelled on one public page: hit 48/50,
#: precision 82/104 = 0.788 at that session's start (401e866) and when committed.
#: Panel 40 was written blind at the start of the session of 2026-12-05 (evening) and committed before any tuning on
#: it: replacing what no longer fits (a tool acquired, relicensed, archived or shut down; a SaaS bill grown too large;
#: a homegrown setup that broke; a cloud migration; a platform left for focused tools or the reverse), the tool being
#: left never in the stack, each scenario modelled on one public page: hit 44/50, precision 101/128 = 0.789 at that
#: session's start (f36169c) and when committed.
#: Panel 41 was written blind at the start of the session of 2026-12-05 (night) and committed before any tuning on it:
#: work that is not a generic classifier (recommenders, forecasting, speech, vision on edge devices and video,
#: genomics and science on HPC, robotics, geospatial imagery, search ranking, fraud in streams, fine-tuning, and
#: mixes), each scenario modelled on one public page: hit 50/50, precision 105/128 = 0.820 at that session's start
#: (5aea9e0) and when committed.
#: Panel 42 was written blind at the start of the session of 2026-12-05 (late night) and committed before any tuning on
#: it: money and the people to run things (startups on cloud credits, labs on free tiers, teams with no platform
#: engineer or one SRE for many, SaaS spend to cut, a managed bill grown too large, budget but no time to operate,
#: per-seat costs for growing teams, GPU cost), each scenario modelled on one public page: hit 50/50, precision
#: 96/113 = 0.850 at that session's start (0988a34) and when committed.
#: Panel 43 was written blind at the start of the session of 2026-12-05 (small hours) and committed before any tuning
#: on it: platform teams and scale (platform teams serving many teams, hundreds of models, multi-tenant and
#: low-latency serving, large GPU clusters, streaming features, LLM fleets with routing and cost control, and a few
#: small teams that only think they need scale), each scenario modelled on one public page: hit 49/50, precision
#: 88/113 = 0.779 at that session's start (9778391) and when committed.
#: Panel 44 was written blind at the start of the session of 2026-12-05 (22:17 UTC) and committed before any tuning on it:
#: research labs, academia and HPC (university labs, shared Slurm clusters without Kubernetes, grant budgets and cloud
#: credits, reproducibility for papers, fine-tuning open-weight models on a few GPUs, data that may not leave the
#: institution, and a few production teams in research clothing), each scenario modelled on one public page: hit
#: 47/50, precision 89/119 = 0.748 at that session's start (286a611) and when committed.
#: Panel 45 was written blind at the start of the session of 2026-12-05 (23:33 UTC) and committed before any tuning on it:
#: startups, agencies and product teams adding AI (a first ML hire, consultancies building for several clients,
#: product engineers asked for an AI feature, teams outgrowing notebooks, enterprise customers asking for security
#: reviews, cloud bills kept low, and a few well-funded teams that only look like startups), each scenario modelled on
#: one public page: hit 48/50, precision 105/130 = 0.808 at that session's start (959684a) and when committed.
#: Panel 46 was written blind at the start of the session of 2026-12-06 (00:47 UTC) and committed before any tuning on it:
#: teams whose data lives in a warehouse or lakehouse (analytics and data engineers on Snowflake, BigQuery, Databricks,
#: Redshift or Postgres with dbt, Airflow or Dagster; SQL-first ML, batch scoring into tables, feature tables, data
#: contracts and quality checks, lineage, dashboards standing in for monitoring, LLM features over warehouse data, and
#: whether the warehouse vendor's own ML features already cover the need), each scenario modelled on one public page:
#: hit 47/50, precision 85/123 = 0.691 at that session's start (35c0771) and when committed.
#: Panel 47 was written blind at the start of the session of 2026-12-06 (02:00 UTC) and committed before any tuning on it:
#: software engineers and product teams shipping ML features inside a software company (a model from a notebook behind
#: an endpoint, shadow, canary and A/B releases, model tests in CI, feature flags, latency and cost budgets, model
#: quality beside the app's own metrics, LLM features owned by product engineers), each scenario modelled on one public
#: page: hit 50/50, precision 107/128 = 0.836 at that session's start (e7a5d2b) and when committed.
#: Panel 48 was written blind at the start of the session of 2026-12-06 (03:10 UTC) and committed before any tuning on it:
#: data-centric teams, the data and compute before the model (annotation of medical images, documents, audio, video
#: and preference data, data validation, dataset versioning, curation and active learning, feature stores, notebooks,
#: distributed training, hyperparameter search, GPU scheduling, fine-tuning open-weight models), each scenario
#: modelled on one public page: hit 48/50, precision 95/109 = 0.872 at that session's start (173638c) and when
#: committed. (Its writer marked Humanloop, SigOpt, WhyLabs and Kubeflow Fairing as shut down from memory, and left
#: Determined, Tecton, Featureform, Feathr and Pachyderm out of the accept lists over their status.)
#: Panels 49 and 50 were written blind at the start of the session of 2026-12-06 (04:25 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 49: LLM agents and LLM features in production
#: (agents with tool calls and MCP servers, copilots, support bots, RAG, extraction; tracing, evaluation and regression
#: tests, prompt management, guardrails and PII redaction, gateways and cost across providers, open-weight models on
#: their own GPUs, vector search, fine-tuning): hit 43/50, precision 101/124 = 0.815. Panel 50: recommendation,
#: search-ranking, ads, fraud and forecasting teams, classic ML at scale (daily and hourly retraining, real-time features
#: and feature stores, streaming, batch and online inference, A/B and shadow releases, registries and approvals, drift
#: on tabular features, orchestration, many model variants, training cost): hit 47/50, precision 92/108 = 0.852. Both
#: at that session's start (d1e949a) and when committed. (Their writers used a `data_scientist` persona the brief
#: named, which the vocabulary files under `researcher`; the twelve such profiles were mapped to it when the panels
#: were copied here. Panel 49's writer left Promptfoo, Helicone, Humanloop, WhyLabs, Galileo, Lunary, Marqo and
#: neptune.ai out over their status; panel 50's writer left Featureform, Feathr, Pachyderm, Determined and whylogs
#: out of the accept lists, and put neptune.ai and TorchServe in never lists.)
#: Panel 51 was written blind later in the same session (from 05:45 UTC) and committed before any tuning on it: research
#: labs and small technical teams with shared machines (Slurm and HPC clusters, fair shares of a few GPUs, bursting to
#: rented GPUs, hundreds of runs for a paper, reproducing results, large datasets, sweeps, checkpoint and LLM benchmark
#: evaluation, containers on HPC, handing a model to engineers), each scenario modelled on one public page: hit 50/50,
#: precision 105/117 = 0.897 when committed (afe4aff). (36 of its 50 scenarios are on-prem, as the theme leans; its
#: writer left Neptune, Polyaxon, Pachyderm, Humanloop, TorchServe, TGI, Kubeflow Fairing, Cortex and Determined out.)
#: Panels 52 and 53 were written blind at the start of the session of 2026-12-06 (07:08 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 52: edge, embedded and robotics teams (field data
#: and point clouds to label and version, model compression and conversion, serving on edge boxes, over-the-air
#: rollout, monitoring devices that are often offline, CI with hardware tests): hit 50/50, precision 115/124 = 0.927.
#: Panel 53: platform teams consolidating tools in mid-size and large companies (one tracker and registry, one
#: orchestrator, a shared feature store, a standard serving path, central monitoring, an LLM gateway, GPU cost,
#: governance; or leaving a platform for open pieces): hit 49/50, precision 93/108 = 0.861. Both at that session's start
#: (e25fe41). (Panel 52's writer left WhyLabs, Alibi Detect, Arize Phoenix, Determined and Superwise out, and ClearML
#: where open source is required; panel 53's writer put LLM gateways under llm_observability, which the vocabulary has
#: no stage of their own for, and left Tecton, Featureform, Feathr, WhyLabs, Humanloop, SigOpt, TorchServe and
#: Pachyderm out of the lists over their status.)
#: Panels 54 and 55 were written blind at the start of the session of 2026-12-06 (09:33 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 54: startups and solo founders choosing their first
#: ML or LLM stack, often on cloud credits or a GPU cloud (tracking, serving an API, a vector database, LLM tracing and
#: evals, a cheap orchestrator, GPUs on demand): hit 48/50, precision 115/133 = 0.865. Panel 55 (52 scenarios): data
#: engineering and analytics teams adding ML next to a warehouse, dbt and their DAGs (tracking, training scheduled
#: next to the DAGs, a feature store over the warehouse, data validation, batch scoring, a registry, drift): hit 52/52,
#: precision 103/132 = 0.780. Both at that session's start (2b6d57d). (Both writers left tools of unconfirmed status
#: out of the accept lists: Determined, Polyaxon, NannyML, Pachyderm, Featureform, Marqo, Tecton, WhyLabs, Aim and
#: others; both count Arize Phoenix or Seldon Core as not open source and put Neptune in never.)
#: Panels 56 and 57 were written blind at the start of the session of 2026-12-06 (12:00 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 56: experienced practitioners asking for the tool
#: for one lifecycle stage with precise constraints (framework, kind of data, scale, where it runs, licence, what it
#: must plug into), every stage at least once: hit 47/50, precision 86/104 = 0.827, one violation. Panel 57: teams that
#: would rather buy than run (managed and hosted services, SSO, SOC 2, data residency, bring-your-own-cloud, a paid offer
#: behind open source): hit 45/50, precision 77/126 = 0.611. Both at that session's start (b7a6f19). (Panel 56's writer
#: counts Seldon Core, Alibi Detect and Arize Phoenix as not open source and left WhyLabs, TGI, Tecton, Featureform,
#: Feathr, Pachyderm, Polyaxon, Determined, Lunary, LangWatch and Marqo out of the accept lists; panel 57's writer put
#: guardrail needs under governance and gateway needs under llm_observability, and left Tecton, Galileo and Helicone's
#: hosted service out of the accept lists over their status.)
#: Panels 58 and 59 were written blind at the start of the session of 2026-12-06 (14:04 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 58: a whole starter stack in one go (two or three
#: needs asked together, every stage a need at least four times, a third of the teams on each scope preference, tools
#: that fit together): hit 50/50, precision 127/136 = 0.934. Panel 59: people who only say what hurts (35 scenarios with
#: no stage named, each frustration at least five times, classic ML and LLM work in equal measure): hit 44/50, precision
#: 90/114 = 0.789. Both at that session's start (96381a4). (Both writers count Arize Phoenix and Seldon Core as not open
#: source, put neptune.ai and TorchServe in never, and left Humanloop, WhyLabs, whylogs, Tecton, Featureform, Feathr,
#: Helicone, Pachyderm, Determined, Polyaxon, NannyML and TGI out of the accept lists over their status; panel 59's
#: writer read a tripled GPU bill as compute_access and left promptfoo out after its purchase by OpenAI.)
#: Panels 60 and 61 were written blind at the start of the session of 2026-12-06 (16:21 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 60: teams moving off a tool (shut down, archived,
#: relicensed, acquired, priced out, outgrown or disliked) who ask for what replaces it, the tool still in their stack
#: (39 scenarios, 11 of them LLM work): hit 24/39, precision 47/71 = 0.662. Panel 61: regulated and locked-down
#: organisations (banks, hospitals, pharma, defence, public bodies; 36 of 50 self-hosted, 24 open source only, every
#: stage a need at least three times): hit 49/50, precision 120/135 = 0.889. Both at that session's start (5cce722).
#: (Panel 60's writer put the tool being left in never when it is shut down or relicensed, but not when it is only
#: disliked or priced out, and left Pachyderm, Tecton, Feathr, Featureform, SigOpt, Helicone, Lunary, Marqo, Galileo,
#: Arthur, Superwise and whylogs out of the accept lists over their status; panel 61's writer left Seldon Core, MLServer,
#: Alibi Detect and Arize Phoenix out of open-source-only accept lists, counted GitLab and Docker as open source, put
#: guardrails under governance and llm_observability, and left promptfoo, Tecton, Helicone, Lakera Guard, WhyLabs,
#: Determined, Pachyderm, Polyaxon, Featureform, Feathr, doccano, Marqo, OpenLLMetry, SigOpt and Hyperopt out over
#: their status.)
#: Panels 62 and 63 were written blind at the start of the session of 2026-12-06 (18:43 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 62: LLM product teams running gateways, guardrails,
#: evaluation and prompt management (50 scenarios, every one LLM work, three mixed with classic ML): hit 45/50,
#: precision 99/127 = 0.780. Panel 63: ML in industries outside software (manufacturing, energy, agriculture, logistics,
#: retail, media; 50 scenarios, every stage a need at least three times): hit 49/50, precision 114/125 = 0.912. Both at
#: that session's start (0f56920). (Panel 62's writer filed an LLM gateway under model_serving, with llm_observability
#: when cost hurts, guardrails and red-teaming under governance, prompt versioning under llm_observability and
#: llm_evaluation, and human review of outputs under data_labeling; accepted governance platforms such as Credo AI only
#: in a regulated scenario; and left Galileo, WhyLabs, Lunary and Marqo out over their status. Panel 63's writer
#: treated Arize Phoenix, Alibi Detect, Seldon Core, W&B, Comet and GitHub as not open source, accepted self-managed
#: editions of SaaS products for self-hosted teams, and put WhyLabs, neptune.ai, Kubeflow Fairing and Cortex in never.)
#: Panels 64 and 65 were written blind at the start of the session of 2026-12-06 (20:53 UTC) and committed before any
#: tuning on them, each scenario modelled on one public page. Panel 64: people on their own (solo researchers,
#: students, indie developers, freelancers, one-person ML teams; team sizes 1-5, budgets mostly none or low): hit 50/50,
#: precision 110/123 = 0.894. Panel 65: companies that run their own compute (own GPU clusters, Slurm or Kubernetes on
#: bare metal, air-gapped and regulated networks, sovereignty rules; 43 of 50 on-prem, 47 self-hosted): hit 50/50,
#: precision 121/132 = 0.917. Both at that session's start (1fa1542). (Panel 64's writer put neptune.ai, Humanloop,
#: WhyLabs and SigOpt in never, treated Arize Phoenix as not open source, and left NannyML, Helicone, Lunary,
#: Featureform, TorchServe, TGI, Determined, Marqo and Tecton out of accept over their status. Panel 65's writer did the
#: same for TGI, Seldon Core, Alibi Detect, promptfoo, Helicone, WhyLabs, Featureform, Polyaxon, Marqo, LangWatch and
#: Lunary, put TorchServe and neptune.ai in never, and left Docker out of accept where Podman or Apptainer fits better.)
#: Panels 66 and 67 were written blind at the start of the session of 2026-12-06 (23:30 UTC) and committed before any
#: tuning on them. Panel 66: data and analytics teams starting on machine learning (warehouse and lakehouse teams on
#: Snowflake, BigQuery, Databricks, dbt and Airflow shipping their first churn, forecasting or pricing models; 43 of 50
#: without Kubernetes): hit 50/50, precision 112/139 = 0.806. Panel 67: teams building LLM agents and assistants
#: (support agents, coding assistants, copilots over documents, voice and research agents): hit 49/50, precision
#: 112/129 = 0.868. Both at that session's start (124690e). (Panel 66's writer put neptune.ai, Humanloop and WhyLabs in
#: never, left Tecton, Featureform, Pachyderm, Determined, Galileo, Superwise, Lunary, Marqo, FeatureByte, whylogs and
#: TorchServe out of accept over their status, and accepted a team's own warehouse where its feature is the natural
#: answer. Panel 67's writer filed guardrails under governance, prompt management under LLM observability and source
#: control and fine-tuning under several stages; put Arize Phoenix, Seldon Core and Alibi Detect in never for
#: open-source-only teams; and left neptune.ai, Humanloop, WhyLabs, Galileo, Tecton, SigOpt, TorchServe, TGI,
#: Pachyderm, Feathr and Superwise out.)
#: Panels 68 and 69 were written blind at the start of the session of 2026-12-07 (02:00 UTC) and committed before any
#: tuning on them. Panel 68: teams in games, media, streaming, music, sports and entertainment (player churn, chat,
#: image and video moderation, catalogue recommendations, voice chat and podcasts, tracking from sports video, LLM
#: NPCs and support bots): hit 49/50, precision 125/129 = 0.969. Panel 69: speech, audio and recommendation teams
#: (speech-to-text and text-to-speech products, call-centre analytics, voice assistants, audio classification;
#: recommender and ranking systems with feature stores, retrieval and embeddings): hit 50/50, precision 124/131 =
#: 0.947. Both at that session's start (91f0752). (Both writers filled accept lists by rule from per-stage lists and
#: the constraints, so they are broad; panel 68's writer left WhyLabs, Galileo, neptune.ai, Determined, Pachyderm,
#: Feathr, Featureform, FeatureByte, Polyaxon, ModelOp, Arthur, Marqo, Lunary, TorchServe, TGI, OpenAI Evals and Luigi
#: out of accept over their status and counted W&B, Comet, Valohai and Union as SaaS; panel 69's writer confirmed
#: only WhyLabs's shutdown by search, counted W&B, Comet, LangSmith and GitHub as self-hostable through their paid
#: editions, and left Seldon Core out as source-available.)
#: Panels 70 and 71 were written blind at the start of the session of 2026-12-07 (04:38 UTC) and committed before any
#: tuning on them. Panel 70: e-commerce, retail, marketplaces and payments (search and ranking, recommendations,
#: pricing, demand forecasting, fraud at checkout, support bots and LLM catalogue enrichment, product photos, A/B tests
#: of rankers, clickstream features): hit 50/50, precision 114/127 = 0.898. Panel 71: software engineers adding a first
#: ML or LLM feature to an existing product (a model behind their API, semantic search or a RAG assistant in their app,
#: a notebook handed over to ship, CI/CD beside the pipelines they run, Postgres, Redis and Elasticsearch they have):
#: hit 50/50, precision 104/118 = 0.881. Both at that session's start (985566e). (Both writers judged accept lists per
#: scenario rather than from per-stage lists; both put WhyLabs and TorchServe in never, panel 70's writer put
#: neptune.ai and Tecton in never as acquired, panel 71's writer put TGI in never as archived; both left promptfoo,
#: Humanloop, whylogs, NannyML, Featureform, Feathr, Pachyderm, SigOpt, Cortex, Lunary, Superwise, Marqo and doccano out
#: of the accept lists over their status, and both treat Seldon Core, MLServer (panel 70 only), Alibi Detect and Arize
#: Phoenix as source-available.)
#: Panels 72 and 73 were written blind at the start of the session of 2026-12-07 (06:46 UTC) and committed before any
#: tuning on them. Panel 72: time series, IoT sensors, industrial and energy (predictive maintenance and anomaly
#: detection on sensor streams, load and price forecasting, fleet telematics, models pushed to edge gateways, vision on
#: factory lines, plants on premises or air-gapped): hit 49/50, precision 115/133 = 0.865. Panel 73: public sector,
#: nonprofits, universities and research institutes (agencies whose data stays in the country, statistics offices,
#: hospitals' research units, charities with one volunteer engineer, HPC centres with Slurm, security reviewers): hit
#: 50/50, precision 111/121 = 0.917. Both at that session's start (a0e5471). (Both writers judged accept lists per
#: scenario and often guessed team size, cloud or Kubernetes where the page was silent; both treat Arize Phoenix, the
#: ClearML server, Seldon Core and Alibi Detect as source-available, put neptune.ai, Humanloop, SigOpt and Kubeflow
#: Fairing in never as shut down, and left WhyLabs, TorchServe, TGI, Tecton, Pachyderm, CML, Luigi and others out of
#: accept over their status; panel 73's writer left 25 tools out so.)
#: Panels 74 and 75 were written blind at the start of the session of 2026-12-07 (09:43 UTC) and committed before any
#: tuning on them. Panel 74: consumer apps, mobile and on-device ML, media, games and creative companies (models inside
#: iOS and Android apps, recommendations for streaming and shopping apps, matchmaking, anti-cheat and churn in games,
#: moderation, transcription and image generation, agencies with one ML person): hit 50/50, precision 123/137 = 0.898.
#: Panel 75: finance, insurance and security-minded teams, and teams building LLM agents (model-risk rules, pricing,
#: real-time fraud scoring, SOC teams, agents with tool calling that need tracing, guardrails, evaluation and an LLM
#: gateway, internal copilots): hit 47/50, precision 113/129 = 0.876. Both at that session's start (e22d078). (Both
#: writers judged accept lists per scenario and modelled team size, cloud or Kubernetes where the page was silent; both
#: treat Arize Phoenix, Seldon Core and Alibi Detect as source-available and put Humanloop, SigOpt, Cortex, TorchServe,
#: WhyLabs and neptune.ai in never as shut down from memory; panel 74's writer also left Determined, Pachyderm, Feathr,
#: Polyaxon, Paperspace, Tecton, Galileo, Superwise, Lunary, Featureform, doccano, TGI and whylogs out of accept, and
#: panel 75's writer mapped an LLM gateway to model serving and guardrails to governance.)
#: Panels 76 and 77 were written blind at the start of the session of 2026-12-07 (12:30 UTC) and committed before any
#: tuning on them. Panel 76: healthcare, clinical, biotech and pharma teams (hospital data that may not leave the
#: hospital, radiology and pathology imaging, clinical NLP, medical-device validation records, drug-discovery and
#: protein GPU jobs, genomics, clinician LLM assistants, small health startups): hit 50/50, precision 121/135 = 0.896.
#: Panel 77: robotics, autonomy, telecom, climate and education (perception models on logged sensor data shipped to
#: edge devices, telecom load forecasting on premises, satellite models on HPC clusters, energy forecasting, LLM tutors,
#: student labs with no budget, public-sector self-hosting): hit 50/50, precision 118/135 = 0.874. Both at that
#: session's start (8d500ca). (Both writers judged accept lists per scenario and chose cloud, Kubernetes or budget where
#: the page was silent; both treat Arize Phoenix as source-available and put neptune.ai, Humanloop, SigOpt, Cortex and
#: Kubeflow Fairing in never, panel 77's writer after confirming neptune.ai's wind-down and the rest from memory; both
#: left Determined, Pachyderm, Featureform, Feathr, whylogs, Lunary, Marqo, TGI and TorchServe out of accept over their
#: status, and panel 76's writer filed guardrails under governance.)
#: Panels 78 and 79 were written blind at the start of the session of 2026-12-07 (15:25 UTC) and committed before any
#: tuning on them. Panel 78: legal, e-commerce, retail marketplaces, logistics and supply chain (contract review and
#: legal search with LLMs under client confidentiality, product search, recommendations and pricing, marketplace fraud,
#: demand forecasts per store and SKU, delivery times, warehouse cameras): hit 47/50, precision 121/132 = 0.917.
#: Panel 79: manufacturing, quality control, government and public statistics, multi-cloud and hybrid enterprises,
#: teams writing English as a second language (visual inspection and predictive maintenance at the plant, statistics
#: offices keeping data in-country, moves between clouds, seed startups, insurers and banks in Europe, Latin America
#: and Asia): hit 49/50, precision 117/130 = 0.900. Both at that session's start (369ea75). (Both writers judged accept
#: lists per scenario and guessed budget, Kubernetes or hosting where the page was silent; both treat Arize Phoenix as
#: source-available; both left neptune.ai, Humanloop, WhyLabs, Determined, TorchServe, TGI, Tecton, Featureform and
#: Pachyderm out of accept over their status, panel 79's writer putting Kubeflow Fairing, Cortex and SigOpt in never
#: from memory, panel 78's writer leaving self-hosted Credo AI, ValidMind and Azure AI Search out as unclear.)
#: dev_panel_80.json and dev_panel_81.json were written blind at the start of the session of 2026-12-07 (18:34 UTC)
#: and committed before any tuning on them. _80 is media, entertainment, gaming, ad tech and insurance claims
#: (streaming home screens, player churn and matchmaking, newsroom LLM tagging, bidders scoring millions of requests,
#: claims photos and documents, content moderation): hit 50/50, precision 119/134 = 0.888. _81 is cybersecurity,
#: scientific research software, nonprofits and NGOs, and HR and recruiting (phishing and malware classifiers, SOC
#: assistants, research software engineers on shared HPC clusters, volunteer-run charities with no budget, CV ranking
#: and bias audits): hit 49/50, precision 118/129 = 0.915. Both at that session's start (9b721d4). (Both writers judged
#: accept lists per scenario and guessed team size, cloud or stack where the page was silent; both treat Arize Phoenix,
#: Alibi Detect and Seldon Core as source-available, _81's writer the ClearML server too; both left Humanloop, WhyLabs,
#: Tecton, Featureform, Pachyderm and Determined out of accept over their status, _80's writer MLServer and LangWatch
#: over their licences, and _81's writer put Cortex, Kubeflow Fairing, Feathr, Superwise and Galileo in never from
#: memory.)
#: dev_panel_82.json and dev_panel_83.json were written blind at the start of the session of 2026-12-07 (21:18 UTC) and
#: committed before any tuning on them. _82 is education and edtech, telecom network operations, automotive and ADAS,
#: and real estate and proptech (adaptive learning and essay grading, churn and network-fault prediction, call-centre
#: LLMs, perception datasets and lidar labelling, on-vehicle models, valuation and listing models, lease-document LLMs):
#: hit 50/50, precision 124/139 = 0.892. _83 is travel and hospitality, energy trading and utilities, legal tech (much
#: of it in German, Spanish, Portuguese or Japanese) and public health (dynamic pricing and booking demand, load and
#: price forecasts, smart-meter anomalies, grid-inspection imagery, contract review and court-document RAG, disease
#: surveillance and clinical text): hit 49/50, precision 124/135 = 0.919. Both at that session's start (e1043af). (Both
#: writers judged accept lists per scenario and invented team size, cloud, budget or stack where the page was silent;
#: both treat Alibi Detect, Seldon Core and LangWatch as source-available and Elasticsearch and Redis as open source,
#: _83's writer Arize Phoenix as source-available too, _82's writer MLServer as not open source; both left Aim, CML,
#: Determined, Helicone, SageMaker Ground Truth, Feathr and FeatureByte out of accept over their status, and neither put
#: a self-hosting team's own cloud's managed services in either list.)
#: dev_panel_84.json and dev_panel_85.json were written blind at the start of the session of 2026-12-07 (23:44 UTC) and
#: committed before any tuning on them. _84 is insurance underwriting and claims, pharmaceutical manufacturing and QA,
#: government tax and benefits agencies, and fashion and retail design (risk pricing and claims fraud, document-intake
#: LLMs, batch monitoring and vial inspection under GxP, fraud and error detection on old on-premises stacks, citizen
#: assistants, trend forecasting and product-image tagging): hit 50/50, precision 130/134 = 0.970. _85 is music and
#: audio, space and satellite operations, ports, shipping and logistics, and construction and BIM (speech and music
#: tagging, podcast search, earth-observation imagery and telemetry anomalies over thin links, ETA forecasts and customs
#: documents, gate cameras, site-safety vision and RAG over drawings): hit 50/50, precision 131/138 = 0.949. Both at that
#: session's start (fd4fe44). (Both writers invented team size, cloud, budget or stack where the page was silent and
#: judged licences from memory: both treat Seldon Core, Alibi Detect and Arize Phoenix as not open source, _84's writer
#: GitLab, Elasticsearch and Redis as open source and Hopsworks as needing Kubernetes, _85's writer DagsHub as hosted
#: only and GitHub as proprietary; both left Aim, CML, Determined, Helicone, Feathr and Polyaxon out of accept over their
#: status, _84's writer Tecton, Superwise and whylogs too.)
#: dev_panel_86.json and dev_panel_87.json were written blind at the start of the session of 2026-12-08 (02:21 UTC) and
#: committed before any tuning on them. _86 is law firms and legal services, automotive and connected vehicles, marine
#: biology and oceanography, and libraries, archives and museums (contract review and e-discovery under strict
#: confidentiality, parts demand, telematics anomalies and driver-assist vision, underwater imagery and acoustic
#: monitoring on grants, OCR and handwriting, metadata enrichment and collection search with tiny IT teams): hit 49/50,
#: precision 124/136 = 0.912. _87 is elections and civic tech, advertising technology and real-time bidding, sports
#: analytics, and veterinary and animal health (voter-roll deduplication and misinformation classifiers on no budget,
#: low-latency click prediction and fresh features, player-tracking video and injury risk, radiograph vision and visit
#: notes): hit 50/50, precision 132/140 = 0.943. Both at that session's start (026ca54). (Both writers judged licences
#: from memory: both treat Arize Phoenix, Alibi Detect and Seldon Core as not open source, _87's writer FeatureByte and
#: LangWatch too and Elasticsearch and Redis as unclear; both left Aim, CML, Determined, Helicone, SageMaker Ground
#: Truth and Feathr out of accept over their status, _86's writer Pachyderm, Featureform, LangWatch and FeatureByte
#: too; _87's writer invented cloud, team size, budget or hosting rules where the page was silent.)
#: dev_panel_88.json and dev_panel_89.json were written blind at the start of the session of 2026-12-08 (04:33 UTC) and
#: committed before any tuning on them. _88 is energy trading and utilities, retail pharmacies, esports and game
#: studios, and defence and public-safety contractors (load and price forecasting on regulated on-prem teams,
#: prescription demand and drug-interaction question answering, toxicity moderation, matchmaking and cheat detection,
#: air-gapped imagery and document search under accreditation): hit 50/50, precision 131/134 = 0.978. _89 is hotels and
#: hospitality, water and wastewater utilities, translation and localisation agencies, and semiconductor fabs
#: (room-price forecasting and review summaries, pipe-failure and SCADA sensor anomalies on tiny budgets,
#: machine-translation fine-tuning and LLM quality evaluation, wafer-defect vision and yield models on on-prem
#: clusters): hit 50/50, precision 131/134 = 0.978. Both at that session's start (7297181). (Both writers built accept
#: lists from a table of tools by stage and constraint, so the lists lean generous; both judged licences from memory:
#: _88's writer treats Alibi Detect, Seldon Core and Arize Phoenix as not open source and W&B and Comet as self-hosted
#: only on paid terms, _89's writer Seldon Core and Pachyderm as not open source and Elasticsearch and Redis as open
#: source; both left Aim, CML, Determined, Helicone and Feathr out of accept over their status, _88's writer whylogs,
#: Lunary, LangWatch and Pachyderm too, _89's writer SageMaker Ground Truth, MLServer, FeatureByte and LangWatch; _89's
#: writer invented cloud, budget, licence and hosting rules where the page was silent.)
DEV_PANELS = ("dev_panel.json", "dev_panel_2.json", "dev_panel_3.json", "dev_panel_4.json", "dev_panel_5.json",
              "dev_panel_6.json", "dev_panel_7.json", "dev_panel_8.json", "dev_panel_9.json",
              "dev_panel_10.json", "dev_panel_11.json", "dev_panel_12.json", "dev_panel_13.json",
              "dev_panel_14.json", "dev_panel_15.json", "dev_panel_16.json", "dev_panel_17.json",
              "dev_panel_18.json", "dev_panel_19.json", "dev_panel_20.json",
              "dev_panel_21.json", "dev_panel_22.json", "dev_panel_23.json", "dev_panel_24.json", "dev_panel_25.json",
              "dev_panel_26.json", "dev_panel_27.json", "dev_panel_28.json", "dev_panel_29.json",
              "dev_panel_30.json", "dev_panel_31.json", "dev_panel_32.json", "dev_panel_33.json",
              "dev_panel_34.json", "dev_panel_35.json", "dev_panel_36.json", "dev_panel_37.json",
              "dev_panel_38.json", "dev_panel_39.json", "dev_panel_40.json", "dev_panel_41.json",
              "dev_panel_42.json", "dev_panel_43.json", "dev_panel_44.json", "dev_panel_45.json",
              "dev_panel_46.json", "dev_panel_47.json", "dev_panel_48.json",
              "dev_panel_49.json", "dev_panel_50.json", "dev_panel_51.json",
              "dev_panel_52.json", "dev_panel_53.json", "dev_panel_54.json", "dev_panel_55.json",
              "dev_panel_56.json", "dev_panel_57.json", "dev_panel_58.json", "dev_panel_59.json",
              "dev_panel_60.json", "dev_panel_61.json", "dev_panel_62.json", "dev_panel_63.json",
              "dev_panel_64.json", "dev_panel_65.json", "dev_panel_66.json", "dev_panel_67.json",
              "dev_panel_68.json", "dev_panel_69.json", "dev_panel_70.json", "dev_panel_71.json",
              "dev_panel_72.json", "dev_panel_73.json", "dev_panel_74.json", "dev_panel_75.json",
              "dev_panel_76.json", "dev_panel_77.json",
              "dev_panel_78.json", "dev_panel_79.json",
              "dev_panel_80.json", "dev_panel_81.json",
              "dev_panel_82.json", "dev_panel_83.json", "dev_panel_84.json", "dev_panel_85.json",
              "dev_panel_86.json", "dev_panel_87.json", "dev_panel_88.json", "dev_panel_89.json")


def dev_panels() -> list[tuple[str, list[dict[str, Any]]]]:
    """Each development panel's file name and scenarios, in the order they were written."""
    return [(name, load_panel(ROOT / "eval" / name)) for name in DEV_PANELS]


def load_panel(path: Path = ROOT / "eval" / "panel.json") -> list[dict[str, Any]]:  # noqa: B008
    """The blind expert panel, in the runner's terms (accept -> acceptable, never -> forbidden)."""
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [
        {**s, "acceptable": s["accept"], "forbidden": s["never"]} for s in data["scenarios"]
    ]


def evaluate(scenarios: Sequence[dict[str, Any]], verbose: bool = False,
             interviews: bool = True) -> list[Row]:  # fmt: skip
    catalog, raw_tools = load_catalog()
    raw = {t["id"]: t for t in raw_tools}
    methods: list[tuple[Row, Callable[[dict[str, Any]], tuple[list[str], int]]]] = []

    def engine(profile: Profile) -> list[str]:
        return [p.id for p in recommend(profile, catalog).picks]

    def via(interviewer: Interviewer, *, sentence: bool = False) -> Callable[[dict[str, Any]], tuple[list[str], int]]:
        def run(truth: dict[str, Any]) -> tuple[list[str], int]:
            profile, asked = interview(interviewer, truth, sentence=sentence)
            return engine(profile), asked

        return run

    full = Row("engine, full profile")
    rand, popular = random_baseline(raw_tools), popularity_baseline(raw_tools)
    methods.append((full, lambda t: (engine(parse_profile(t)), 0)))
    if interviews:
        adaptive = AdaptiveInterviewer(catalog)
        methods.append(
            (Row("engine + adaptive interview, opening sentence", interviewed=True), via(adaptive, sentence=True))
        )
        methods.append((Row("engine + adaptive interview, buttons only", interviewed=True), via(adaptive)))
        methods.append((Row("engine + fixed question order", interviewed=True), via(FixedOrder())))
    methods.append((Row(f"baseline: random stage-matching (seed {SEED})"), lambda t: (rand(t), 0)))
    methods.append((Row("baseline: popularity only"), lambda t: (popular(t), 0)))
    for scenario in scenarios:
        scenario = {**scenario, "acceptable": [t for t in scenario["acceptable"] if t in raw],
                    "forbidden": [t for t in scenario["forbidden"] if t in raw]}  # fmt: skip
        for row, method in methods:
            picks, asked = method(scenario["profile"])
            hit = row.add(scenario, picks, raw, asked)
            if verbose and not hit and not row.name.startswith("baseline"):
                print(f"  miss [{row.name}] {scenario['id']}: {picks}", file=sys.stderr)
        rec = recommend(parse_profile(scenario["profile"]), catalog).to_json_dict()
        check_words(full, scenario, rec, catalog, raw)
        if verbose:
            shown = [p["id"] for p in rec["recommendations"]]
            off = [t for t in shown if t not in scenario["acceptable"]]
            if off:
                print(f"  not accepted {scenario['id']}: {off}", file=sys.stderr)
    if verbose:
        for line in full.false:
            print(f"  false claim {line}", file=sys.stderr)
    return [row for row, _ in methods]


def table(rows: Sequence[Row], scenarios: int, title: str) -> str:
    lines = [
        f"{title}: {scenarios} scenarios",
        "",
        "| method | top-3 hit rate | precision | hard-constraint violations | generic picks in specialist slots | false claims / claims | mean questions asked |",
        "|---|---|---|---|---|---|---|",
    ]
    for row in rows:
        asked = f"{row.questions / scenarios:.2f}" if row.interviewed else "–"
        precision = row.accepted / row.shown if row.shown else 0.0
        claims = f"{len(row.false)} / {row.claims}" if row.claims else "–"
        generic = str(row.generic) if row.claims else "–"
        lines.append(
            f"| {row.name} | {row.hits / scenarios:.2f} | {precision:.2f} | {row.violations} | {generic} | {claims} | {asked} |"
        )
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval", description=__doc__)
    parser.add_argument(
        "--verbose", action="store_true", help="list the scenarios each method misses"
    )
    parser.add_argument("--panel-only", action="store_true", help="only the blind expert panel")
    parser.add_argument("--dev", action="store_true", help="only the development sets (eval/dev_panel*.json, "
                        "eval/dev_search_queries*.json)")
    args = parser.parse_args(argv)
    if args.dev:
        for name, dev in dev_panels():
            print(table(evaluate(dev, verbose=args.verbose), len(dev), f"Development panel (eval/{name})"))
            print()
        if not args.panel_only:
            print()
            for suite in DEV_SUITES:
                print(search_table(relevance(load_catalog()[0], verbose=args.verbose, suite=suite)))
                print()
        return 0
    panel = load_panel()
    if panel:
        print(table(evaluate(panel, verbose=args.verbose), len(panel), "Blind expert panel (eval/panel.json)"))
        print()
    if not args.panel_only:
        rows = evaluate(SCENARIOS, verbose=args.verbose)
        print(table(rows, len(SCENARIOS), "Earlier scenarios from public guidance (eval/scenarios.py)"))
        print()
        print(search_table(relevance(load_catalog()[0], verbose=args.verbose)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
