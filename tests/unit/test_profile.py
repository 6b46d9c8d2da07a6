from __future__ import annotations

import pytest

from core.errors import InvalidProfile
from core.profile import Profile, parse_profile, profile_from_json


def test_every_field_is_optional() -> None:
    assert parse_profile({}) == Profile()


def test_the_design_example_round_trips_through_json() -> None:
    text = (
        '{"persona": "researcher", "team_size": 4, "maturity": 0, "cloud": "aws", "kubernetes": false,'
        ' "workloads": ["tabular"], "current_stack": ["git", "jupyter"], "frustrations": ["cant_reproduce"],'
        ' "needs": ["experiment_tracking"], "open_source_only": false, "self_hosted": false,'
        ' "budget": "low", "scope_preference": "piecemeal"}'
    )
    profile = profile_from_json(text)
    assert profile.persona == "researcher" and profile.kubernetes is False
    assert parse_profile(profile.to_json_dict()) == profile


def test_a_wrong_value_gets_a_message_listing_the_allowed_ones() -> None:
    with pytest.raises(InvalidProfile) as error:
        parse_profile({"cloud": "ibm"})
    message = str(error.value)
    assert "cloud" in message and "'aws'" in message and "'on_prem'" in message


def test_an_unknown_field_is_named_with_the_allowed_fields() -> None:
    with pytest.raises(InvalidProfile, match="colour: not a profile field .*persona"):
        parse_profile({"colour": "blue"})


def test_a_team_of_zero_is_refused() -> None:
    with pytest.raises(InvalidProfile, match="team_size"):
        parse_profile({"team_size": 0})


def test_broken_json_is_reported_with_its_line() -> None:
    with pytest.raises(InvalidProfile, match="not valid JSON.*line 1"):
        profile_from_json('{"persona": ')


def test_frustrations_imply_lifecycle_stages_after_the_stated_needs() -> None:
    profile = Profile(needs=("model_serving",), frustrations=("cant_reproduce", "no_monitoring"))
    assert profile.wanted_stages() == (
        "model_serving", "experiment_tracking", "data_versioning", "source_control", "model_monitoring",
    )


def test_a_copy_with_answers_validates_only_the_answers_and_equals_the_whole_profile_parsed() -> None:
    copy = Profile(team_size=3).with_answers(cloud="aws", needs=["experiment_tracking"])
    assert copy == parse_profile({"team_size": 3, "cloud": "aws", "needs": ["experiment_tracking"]})
    assert hash(copy) == hash(parse_profile({"team_size": 3, "cloud": "aws", "needs": ["experiment_tracking"]}))
    with pytest.raises(InvalidProfile, match="cloud"):
        Profile().with_answers(cloud="mars")
    with pytest.raises(InvalidProfile, match="not a profile field"):
        Profile().with_answers(colour="red")
