"""The DM interview, end to end: /mlops, questions, the picks card, feedback and critiques."""

from __future__ import annotations

import json

from bot.settings import Settings
from bot.storage.unit_of_work import Database
from tests.bot.fake_slack import FakeSlack
from tests.bot.interview import button_question, current_question, elements, interview, is_picks
from tests.bot.slack_driver import SlackDriver


def test_mlops_acks_with_a_pointer_and_opens_the_interview_in_a_dm(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    reply = slack.command("")
    assert reply.status == 200
    assert "direct message" in reply.text
    assert fake_slack.of("conversations.open")[0].args["users"] == "U1"
    first = fake_slack.posts("D1")
    assert "MLOps Waiter" in first[0]["text"]
    assert current_question(fake_slack, "D1") is not None


def test_a_whole_interview_ends_with_a_picks_card_and_feedback_is_stored(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    slack.command("")
    card = interview(slack, fake_slack)
    links = [
        b["text"]["text"]
        for b in card["blocks"]
        if b["type"] == "section" and "<http" in b["text"]["text"]
    ]
    assert links, "every pick shows its name as a link"
    feedback = next(
        e
        for e in elements(card)
        if e["action_id"].startswith("feedback:") and '"helpful"' in e["value"]
    )
    slack.press(card, feedback["action_id"])
    thanks = fake_slack.posts("D1")[-1]["text"]
    assert thanks.startswith("Thanks!")
    value = json.loads(feedback["value"])
    with database.unit_of_work() as uow:
        stored = uow.recommendations.get(value["r"])
    assert stored is not None and stored.feedback == {value["t"]: "helpful"}


def test_answered_questions_are_rewritten_to_show_the_choice(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    question = button_question(slack, fake_slack)
    slack.press(question, elements(question)[0]["action_id"])
    rewritten = next(m for m in fake_slack.transcript("D1") if m["ts"] == question["ts"])
    assert rewritten["updated"]
    assert ":white_check_mark:" in rewritten["blocks"][0]["text"]["text"]
    assert not any(b["type"] == "actions" for b in rewritten["blocks"])


def test_a_typed_answer_rewrites_the_question_message_too(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    question = button_question(slack, fake_slack)
    label = elements(question)[0]["text"]["text"]
    slack.dm(label)
    rewritten = next(m for m in fake_slack.transcript("D1") if m["ts"] == question["ts"])
    assert rewritten["updated"], "typing the option's label answers the question like a press"


def test_a_press_on_an_earlier_question_gets_a_short_note_and_the_current_question_again(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    first = button_question(slack, fake_slack)
    slack.press(first, elements(first)[0]["action_id"])
    posted = len(fake_slack.posts("D1"))
    slack.press(first, elements(first)[-1]["action_id"])  # the old buttons, pressed again
    after = fake_slack.posts("D1")[posted:]
    assert "already answered" in after[0]["text"]
    assert current_question(fake_slack, "D1") is not None
    assert current_question(fake_slack, "D1")["ts"] == fake_slack.transcript("D1")[-1]["ts"]


def test_a_critique_button_re_ranks_and_shows_a_new_card(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    card = interview(slack, fake_slack)
    slack.press(card, "critique:1")  # open source only
    posts = fake_slack.posts("D1")
    assert "Open source only" in posts[-2]["text"]
    assert is_picks(posts[-1])


def test_restart_asks_first_and_yes_starts_over(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.command("")
    interview(slack, fake_slack)
    slack.command("restart")
    confirm = fake_slack.transcript("D1")[-1]
    slack.press(confirm, "restart_yes")
    assert fake_slack.transcript("D1")[-3]["updated"] or "Yes" in json.dumps(
        fake_slack.of("chat.update")[-1].args
    )
    assert any("Fresh start" in p["text"] for p in fake_slack.posts("D1"))
    assert current_question(fake_slack, "D1") is not None


def test_typed_words_work_at_any_point(slack: SlackDriver, fake_slack: FakeSlack) -> None:
    slack.command("")
    slack.dm("help")
    assert "Commands" in fake_slack.posts("D1")[-2]["text"]
    slack.dm("stop")
    assert fake_slack.posts("D1")[-1]["text"].startswith("Paused")
    slack.dm("hello again")
    assert "Welcome back" in fake_slack.posts("D1")[-2]["text"]


def test_a_question_about_a_tool_in_the_dm_is_answered_escaped_and_the_question_asked_again(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    asked = current_question(fake_slack, "D1")
    slack.dm("is W&B still around?")
    note = fake_slack.posts("D1")[-2]["text"]
    assert note.startswith("Weights &amp; Biases, by") and "Weights & Biases" not in note
    again = current_question(fake_slack, "D1")
    assert asked is not None and again is not None
    assert again["blocks"][0] == asked["blocks"][0]  # the same question, asked again below the answer


def test_the_app_builds_without_calling_slack(
    settings: Settings, database: Database, fake_slack: FakeSlack
) -> None:
    from bot.bootstrap import bootstrap

    bootstrap(settings, database=database).slack_app()
    assert fake_slack.calls == []
