"""`/mlops` subcommands: quick answers in the ack, the rest after it; App Home."""

from __future__ import annotations

from tests.bot.fake_slack import FakeSlack
from tests.bot.interview import interview
from tests.bot.slack_driver import SlackDriver


def test_help_lists_every_subcommand(slack: SlackDriver) -> None:
    text = slack.command("help").text
    for word in ("tool", "compare", "search", "profile", "restart", "digest"):
        assert f"/mlops {word}" in text


def test_an_unknown_subcommand_gets_the_help_text(slack: SlackDriver) -> None:
    reply = slack.command("dance")
    assert "I don't know `dance`" in reply.text and "/mlops compare" in reply.text


def test_tool_shows_a_card_with_the_link_and_ring(slack: SlackDriver) -> None:
    reply = slack.command("tool mlflow").json()
    assert reply["blocks"][0]["text"]["text"] == "MLflow"
    assert "<https://" in reply["blocks"][1]["text"]["text"]
    assert "Ring" in str(reply["blocks"])


def test_tool_with_a_typo_suggests_names(slack: SlackDriver) -> None:
    reply = slack.command("tool mlflw").json()
    assert "MLflow" in reply["text"]


def test_tool_card_shows_what_it_is_built_for_its_pricing_and_latest_release(slack: SlackDriver) -> None:
    blocks = str(slack.command("tool mlflow").json()["blocks"])
    for fact in ("Built for", "Pricing", "To self-host", "Latest release"):
        assert fact in blocks


def test_search_ranks_tools_for_a_job_in_the_ack(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    reply = slack.command("search experiment tracking").json()
    assert "Tools matching" in reply["blocks"][0]["text"]["text"]
    assert "MLflow" in reply["blocks"][1]["text"]["text"]
    assert [c.method for c in fake_slack.calls] == ["auth.test"]


def test_search_with_nothing_found_says_so_and_escapes_the_text(slack: SlackDriver) -> None:
    reply = slack.command("search <zzqx> & qqq").json()
    assert "&lt;zzqx&gt; &amp; qqq" in reply["text"] and "No tool" in reply["text"]


def test_compare_puts_two_tools_side_by_side(slack: SlackDriver) -> None:
    reply = slack.command("compare mlflow dvc").json()
    header = reply["blocks"][0]["text"]["text"]
    assert header.startswith("MLflow vs ")
    assert any(len(b.get("fields", [])) == 2 for b in reply["blocks"])


def test_quick_answers_make_no_web_api_calls(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.command("tool mlflow")
    slack.command("compare mlflow dvc")
    assert [c.method for c in fake_slack.calls] == [
        "auth.test"
    ]  # Bolt's one-time, cached token check


def test_profile_is_answered_after_the_ack_through_the_response_url(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    interview(slack, fake_slack)
    reply = slack.command("profile", response_url=fake_slack.response_url("profile"))
    assert reply.status == 200
    sent = fake_slack.responses[-1]
    assert sent["response_type"] == "ephemeral"
    assert len(sent["blocks"][0]["fields"]) >= 2  # what the interview asked, read back as fields


def test_digest_is_routed_to_the_digest_feature_or_says_it_is_not_available(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("digest help", response_url=fake_slack.response_url("digest"))
    assert fake_slack.responses, "the digest command always answers"


def test_app_home_shows_the_profile_latest_picks_and_a_resume_button(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    interview(slack, fake_slack)
    slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    view = fake_slack.of("views.publish")[-1].args
    assert view["user_id"] == "U1"
    blocks = str(view["view"]["blocks"])
    assert "Your profile" in blocks and "Your latest picks" in blocks and "See my picks" in blocks


def test_app_home_and_profile_show_tool_names_never_ids(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.command("")
    slack.dm("I'm an ML engineer, 4 of us on AWS, we use wandb and mlflow")
    slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "home"})
    blocks = str(fake_slack.of("views.publish")[-1].args["view"]["blocks"])
    assert "Weights &amp; Biases" in blocks and "weights-and-biases" not in blocks  # escaped for Slack
    reply = slack.command("profile", response_url=fake_slack.response_url("profile"))
    assert reply.status == 200
    assert "Weights &amp; Biases" in str(fake_slack.responses[-1]["blocks"])


def test_app_home_for_a_new_user_offers_to_start(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.event({"type": "app_home_opened", "user": "U7", "channel": "D7", "tab": "home"})
    blocks = str(fake_slack.of("views.publish")[-1].args["view"]["blocks"])
    assert "Start" in blocks and "haven't told me anything" in blocks


def test_the_messages_tab_publishes_nothing(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.event({"type": "app_home_opened", "user": "U1", "channel": "D1", "tab": "messages"})
    assert fake_slack.of("views.publish") == []


def test_start_on_app_home_opens_the_interview_in_the_dm(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.press_home("home_open", user="U3")
    assert fake_slack.posts("D3")[0]["text"].startswith("Hi!")
    assert fake_slack.of("views.publish"), "the Home tab is refreshed"


def test_mlops_with_a_sentence_starts_the_interview_with_that_sentence_read(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    reply = slack.command("we're 5 people on AWS and can't reproduce anything")
    assert "direct message" in reply.text
    posts = [p["text"] for p in fake_slack.posts("D1")]
    assert posts[0].startswith("Hi!")
    assert any("team of 5" in text and "AWS" in text for text in posts), posts
    assert not any(text.startswith("Question 1") for text in posts), "the opening question is not asked"
