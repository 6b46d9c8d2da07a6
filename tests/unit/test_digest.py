"""The channel digest: aggregates only, a consensus stack within shared constraints, changes."""

from __future__ import annotations

from datetime import UTC, datetime

from core.catalog import Catalog
from core.digest import MIN_GROUP, DigestSummary, build_digest, shared_profile
from core.profile import Profile, parse_profile
from core.vocabulary import Stage

NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def people(*answers: dict[str, object]) -> list[Profile]:
    return [parse_profile(a) for a in answers]


def researchers(n: int, **extra: object) -> list[Profile]:
    return people(*({"persona": "researcher", **extra} for _ in range(n)))


def test_fewer_than_three_interviewed_members_get_an_invitation_instead_of_a_digest(
    mini_catalog: Catalog,
) -> None:
    digest = build_digest(
        researchers(2, frustrations=["cant_reproduce"]), mini_catalog, now=NOW, members=40
    )
    assert not digest.ready
    assert "/mlops" in (digest.invitation or "")
    assert "consensus team stack" in (digest.invitation or "")
    assert digest.personas == digest.frustrations == digest.needs == digest.stack == ()
    assert digest.summary == DigestSummary(interviewed=2)


def test_three_interviewed_members_are_enough_for_a_digest(mini_catalog: Catalog) -> None:
    digest = build_digest(researchers(3, frustrations=["cant_reproduce"]), mini_catalog, now=NOW)
    assert digest.ready
    assert digest.interviewed == 3
    assert [c.key for c in digest.frustrations] == ["cant_reproduce"]


def test_a_group_smaller_than_three_is_never_broken_out(mini_catalog: Catalog) -> None:
    team = researchers(3) + people({"persona": "software_engineer"}, {"persona": "team_lead"})
    digest = build_digest(team, mini_catalog, now=NOW)
    assert [(c.key, c.count) for c in digest.personas] == [("researcher", 3)]
    assert all(
        c.count >= MIN_GROUP for c in digest.personas + digest.maturity + digest.frustrations
    )


def test_small_groups_are_pooled_as_other_when_the_pool_reaches_three(
    mini_catalog: Catalog,
) -> None:
    team = researchers(4) + people(
        {"persona": "software_engineer"}, {"persona": "team_lead"}, {"persona": "ml_engineer"}
    )
    digest = build_digest(team, mini_catalog, now=NOW)
    assert [(c.key, c.count) for c in digest.personas] == [("researcher", 4), ("other", 3)]


def test_a_frustration_shared_by_only_two_members_is_not_listed(mini_catalog: Catalog) -> None:
    team = researchers(3, frustrations=["no_monitoring"]) + researchers(
        2, frustrations=["data_quality"]
    )
    digest = build_digest(team, mini_catalog, now=NOW)
    assert [c.key for c in digest.frustrations] == ["no_monitoring"]
    assert [c.key for c in digest.needs] == ["model_monitoring"]


def test_the_consensus_stack_keeps_to_constraints_most_members_share(mini_catalog: Catalog) -> None:
    team = researchers(3, needs=["experiment_tracking"], open_source_only=True) + researchers(
        2, needs=["experiment_tracking"]
    )
    digest = build_digest(team, mini_catalog, now=NOW)
    (choice,) = digest.stack
    assert choice.stage is Stage.EXPERIMENT_TRACKING
    assert choice.tool_id == "mlflow"  # weights-and-biases is proprietary
    assert "open source only" in digest.constraints


def test_a_constraint_held_by_a_minority_does_not_bind_the_team(mini_catalog: Catalog) -> None:
    team = researchers(2, open_source_only=True, kubernetes=False) + researchers(3, kubernetes=True)
    shared = shared_profile(team, [])
    assert shared.open_source_only is None
    assert shared.kubernetes is True


def test_no_kubernetes_shared_by_the_team_rules_out_kubernetes_only_serving(
    mini_catalog: Catalog,
) -> None:
    team = researchers(4, needs=["model_serving"], kubernetes=False, open_source_only=True)
    (choice,) = build_digest(team, mini_catalog, now=NOW).stack
    assert (
        choice.tool_id == "bentoml"
    )  # kserve and kubeflow need a cluster; modal is not open source


def test_the_consensus_stack_prefers_a_tool_already_used_in_the_team(mini_catalog: Catalog) -> None:
    team = researchers(3, needs=["experiment_tracking"]) + researchers(
        1, needs=["experiment_tracking"], current_stack=["weights-and-biases"]
    )
    (choice,) = build_digest(team, mini_catalog, now=NOW).stack
    assert (choice.tool_id, choice.in_use) == ("weights-and-biases", True)


def test_a_used_tool_that_breaks_a_shared_constraint_is_not_kept_in_the_stack(
    mini_catalog: Catalog,
) -> None:
    team = researchers(
        3, needs=["experiment_tracking"], open_source_only=True, current_stack=["neptune-ai"]
    )
    (choice,) = build_digest(team, mini_catalog, now=NOW).stack
    assert choice.tool_id == "mlflow"
    assert not choice.in_use


def test_one_tool_covering_two_top_needs_is_reused_rather_than_adding_another(
    mini_catalog: Catalog,
) -> None:
    team = researchers(3, needs=["data_versioning", "ml_pipelines"], open_source_only=True)
    stack = build_digest(team, mini_catalog, now=NOW).stack
    assert [c.tool_id for c in stack] == ["dvc", "dvc"]


def test_catalog_news_names_a_shut_down_tool_with_alternatives_that_fit_the_team(
    mini_catalog: Catalog,
) -> None:
    team = researchers(3, current_stack=["neptune-ai", "git"], open_source_only=True)
    digest = build_digest(team, mini_catalog, now=NOW)
    (item,) = digest.news
    assert (item.tool_id, item.kind.value, item.users) == ("neptune-ai", "winding_down", 3)
    assert item.alternatives[0] == "MLflow"
    assert (
        "Weights & Biases" not in item.alternatives
    )  # proprietary, and the team needs open source


def test_the_digest_lists_what_changed_since_the_previous_one(mini_catalog: Catalog) -> None:
    first = build_digest(researchers(3, frustrations=["cant_reproduce"]), mini_catalog, now=NOW)
    assert first.changes == ("This is the channel's first digest.",)
    team = researchers(4, frustrations=["no_monitoring"])
    second = build_digest(team, mini_catalog, now=NOW, previous=first.summary)
    assert "Interviewed members: 4, was 3." in second.changes
    assert "New common frustration: No monitoring in production." in second.changes
    assert "No longer a common frustration: Can't reproduce results." in second.changes
    assert any(
        line.startswith("Stack: Evidently added for model monitoring") for line in second.changes
    )
    again = build_digest(team, mini_catalog, now=NOW, previous=second.summary)
    assert again.changes == ("Nothing has changed since the last digest.",)


def test_picks_rated_helpful_come_most_rated_first(mini_catalog: Catalog) -> None:
    digest = build_digest(
        researchers(3),
        mini_catalog,
        now=NOW,
        helpful={"mlflow": 1, "dvc": 4, "evidently": 1, "gone": 9},
    )
    assert [(c.key, c.count) for c in digest.helpful] == [
        ("dvc", 4),
        ("evidently", 1),
        ("mlflow", 1),
    ]
    assert [c.shown() for c in digest.helpful] == ["4", "fewer than 3", "fewer than 3"]


def test_the_digest_does_not_depend_on_the_order_of_members(mini_catalog: Catalog) -> None:
    team = (
        researchers(3, frustrations=["cant_reproduce", "no_monitoring"])
        + people(
            {
                "persona": "ml_engineer",
                "current_stack": ["docker", "mlflow"],
                "frustrations": ["slow_handoff"],
            },
            {"persona": "software_engineer", "current_stack": ["git"], "needs": ["ci_cd"]},
        )
        * 2
    )
    forward = build_digest(team, mini_catalog, now=NOW)
    backward = build_digest(list(reversed(team)), mini_catalog, now=NOW)
    assert forward == backward
