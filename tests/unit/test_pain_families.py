"""Each of the ten pains is read in its paraphrase families (what the vocabulary says it is), not in set phrases."""

from __future__ import annotations

import pytest

from core.answers import understand
from core.catalog import Catalog


@pytest.mark.parametrize(
    ("text", "pain"),
    [
        ("our analysts can never get out of the notebooks and into production", "stuck_in_notebooks"),
        ("nobody else could recreate the numbers from last quarter", "cant_reproduce"),
        ("we can't locate the checkpoints or the config behind the model we shipped", "cant_reproduce"),
        ("shipping a model takes about three months here", "slow_handoff"),
        ("every release needs a six-month rewrite by the platform people", "slow_handoff"),
        ("the researchers email notebooks over Teams to the app developers", "slow_handoff"),
        ("we heard about the broken model from an angry customer", "no_monitoring"),
        ("once deployed, models never get checked again", "no_monitoring"),
        ("the partner keeps renaming columns in the feed", "data_quality"),
        ("half our rows have null values in the label", "data_quality"),
        ("retraining happens when I remember, and I do it manually", "manual_retraining"),
        ("each quarter someone reruns the training notebook", "manual_retraining"),
        ("the annotation backlog grows every week", "labeling_bottleneck"),
        ("we hand-label every image ourselves", "labeling_bottleneck"),
        ("no one can say whether the new system prompt is better", "llm_quality_unknown"),
        ("I review chatbot responses by hand every week", "llm_quality_unknown"),
        ("twelve people competing for the same two GPUs", "compute_access"),
        ("going live means a ticket to ops that takes 2-3 weeks", "slow_handoff"),
        ("we pass the notebooks to engineers who rewrite them in Java", "slow_handoff"),
        ("I can't recall what config produced the March model", "cant_reproduce"),
        ("two laptops, same script, and the results never match", "cant_reproduce"),
        ("how would we even know when it stops being accurate?", "no_monitoring"),
        ("supplier files arrive half corrupted every other week", "data_quality"),
        ("a bad upstream feed poisoned the training set", "data_quality"),
        ("annotating the scans is slowing the whole project", "labeling_bottleneck"),
        ("our jobs wait days for a free node", "compute_access"),
        ("experiments sit waiting in the slurm queue", "compute_access"),
        ("every month I'm rerunning the notebooks by hand", "manual_retraining"),
        ("it's a patchwork: a tracker here, a scheduler there, three dashboards", "too_many_tools"),
        ("our quota increase has been stuck in review for a month", "compute_access"),
        ("seven logins and four invoices for one ML workflow", "too_many_tools"),
        ("we need to pare this down to fewer tools", "too_many_tools"),
        # pains told as stories
        ("the whole platform is a heap of notebooks on one VM", "stuck_in_notebooks"),
        ("we couldn't rerun the churn model from January for the audit", "cant_reproduce"),
        ("same commit, different F1 on every rerun", "cant_reproduce"),
        ("the ticket sits in the platform team's Jira queue for a month", "slow_handoff"),
        ("the research group tosses model files over the fence to us", "slow_handoff"),
        ("nobody looks at the model again after launch", "no_monitoring"),
        ("the nightly export came with duplicated rows again", "data_quality"),
        ("model refresh is me with a laptop and a checklist", "manual_retraining"),
        ("only radiologists can annotate the scans", "labeling_bottleneck"),
        ("the assistant confidently makes up refund rules", "llm_quality_unknown"),
        ("our GPU quota is only two cards and raising it takes IT weeks", "compute_access"),
        ("new hires need logins for 6 different tools", "too_many_tools"),
        ("nobody on the data science side noticed for a month; finance caught it", "no_monitoring"),
        ("they asked us to re-create last year's pricing model and we could not", "cant_reproduce"),
        ("we cannot get the same numbers twice", "cant_reproduce"),
        ("each team runs its own registry and deploy scripts", "too_many_tools"),
        ("our training jobs sit in the cluster queue for two days", "compute_access"),
    ],
)
def test_a_pain_is_read_in_other_words(shipped_catalog: Catalog, text: str, pain: str) -> None:
    assert pain in understand(text, shipped_catalog).get("frustrations", ())


@pytest.mark.parametrize(
    "text",
    [
        "we learn a lot from our users",
        "we share a few dashboards with the business",
        "we want GPU quotas for each team on the cluster",
        "please show which prompt version produced a trace",
        "our jobs sit in the queue overnight and run in the morning, which is fine",
        "our experiments are reproducible: every run pins its data and image",
    ],
)
def test_descriptions_are_not_pains(shipped_catalog: Catalog, text: str) -> None:
    assert not understand(text, shipped_catalog).get("frustrations")


def test_a_no_that_belongs_to_one_pain_does_not_deny_the_next(shipped_catalog: Catalog) -> None:
    said = understand("what hurts: no monitoring in production and data quality problems", shipped_catalog)
    assert set(said["frustrations"]) == {"no_monitoring", "data_quality"}
