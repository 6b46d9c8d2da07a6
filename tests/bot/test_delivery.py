"""Production safety at Slack's edge: signatures, retried deliveries, bots, escaping, outages, 429s."""

from __future__ import annotations

import io
import json
import logging

import pytest

from bot.bootstrap import Runtime
from bot.slack.logs import RedactTokens, configure_logging
from bot.storage.unit_of_work import Database
from tests.bot.conftest import BOT_TOKEN
from tests.bot.fake_slack import Failure, FakeSlack
from tests.bot.interview import current_question, interview
from tests.bot.slack_driver import SlackDriver


def test_a_request_with_a_bad_signature_is_rejected(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    assert slack.command("", bad_signature=True).status == 401
    assert fake_slack.calls == []


def test_a_request_signed_more_than_five_minutes_ago_is_rejected(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    assert slack.dm("hello", age=6 * 60).status == 401
    assert fake_slack.calls == []


def test_a_request_signed_four_minutes_ago_is_accepted(slack: SlackDriver) -> None:
    assert slack.command("help", age=4 * 60).status == 200


def test_a_retried_delivery_with_the_same_event_id_gets_exactly_one_reply(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.dm("hello", event_id="Ev42", ts="1800000000.000001")
    replies = len(fake_slack.posts("D1"))
    for retry in (1, 2, 3):
        assert slack.dm("hello", event_id="Ev42", ts="1800000000.000001", retry=retry).status == 200
    assert replies > 0 and len(fake_slack.posts("D1")) == replies


def test_the_same_message_delivered_under_a_new_event_id_is_answered_once(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.dm("hello", event_id="EvA", ts="1800000000.000007")
    replies = len(fake_slack.posts("D1"))
    slack.dm("hello", event_id="EvB", ts="1800000000.000007")
    assert len(fake_slack.posts("D1")) == replies


@pytest.mark.parametrize(
    "extra",
    [
        {"bot_id": "BBOT"},
        {"subtype": "message_changed"},
        {"subtype": "channel_join"},
        {"subtype": "bot_message"},
    ],
)
def test_bot_messages_and_message_subtypes_are_ignored(
    slack: SlackDriver, fake_slack: FakeSlack, extra: dict[str, str]
) -> None:
    event = {
        "type": "message",
        "channel_type": "im",
        "channel": "D1",
        "user": "U1",
        "text": "hi",
        "ts": "1.1",
        **extra,
    }
    assert slack.event(event).status == 200
    assert fake_slack.posts() == []


def test_a_channel_mention_in_a_free_answer_is_escaped(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    interview(slack, fake_slack)
    slack.dm(
        "why not <!channel> & <@U2>?"
    )  # a free answer the reply echoes ("I don't know a tool called …")
    sent = str([c.args for c in fake_slack.calls if c.method.startswith("chat.")])
    assert "<!channel>" not in sent and "<@U2>" not in sent
    assert "&lt;!channel&gt;" in sent


def test_a_channel_mention_in_a_slash_command_is_escaped_in_the_reply(slack: SlackDriver) -> None:
    reply = slack.command("tool <!channel>")
    assert "<!channel>" not in reply.text and "&lt;!channel&gt;" in reply.text


def test_a_typed_answer_arrives_unescaped_in_core_and_goes_back_escaped(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.dm("tool &lt;script&gt; &amp; co")  # Slack sends typed <, >, & as entities
    sent = str([c.args for c in fake_slack.calls if c.method == "chat.postMessage"])
    assert "&amp;lt;" not in sent, "entities are not escaped twice"


def test_a_database_outage_gets_a_friendly_try_again(
    slack: SlackDriver, fake_slack: FakeSlack, database: Database
) -> None:
    slack.command("")
    unreachable = Database("sqlite:////nonexistent/dir/waiter.sqlite3")
    database.engine = unreachable.engine  # the database goes away mid-conversation
    slack.dm("researcher")
    last = fake_slack.posts("D1")[-1]["text"]
    assert "try again in a moment" in last and "ref" in last


def test_a_429_is_retried_after_retry_after_and_posts_exactly_once(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    fake_slack.fail_next("chat.postMessage", Failure(429, {"Retry-After": "0"}))
    slack.dm("hello")
    attempts = [c for c in fake_slack.calls if c.method == "chat.postMessage"]
    assert [c.status for c in attempts][:2] == [429, 200]
    greetings = [c for c in attempts if c.status == 200 and c.args["text"].startswith("Hi!")]
    assert len(greetings) == 1


def test_a_server_error_on_post_message_is_not_retried_so_nothing_is_posted_twice(
    slack: SlackDriver, fake_slack: FakeSlack, runtime: Runtime
) -> None:
    fake_slack.fail_next(
        "chat.postMessage", Failure(500, body={"ok": False, "error": "internal_error"})
    )
    slack.dm("hello")
    greetings = [
        c
        for c in fake_slack.calls
        if c.method == "chat.postMessage" and c.args["text"].startswith("Hi!")
    ]
    assert [c.status for c in greetings] == [500]
    assert fake_slack.posts("D1") == [], "no Sorry: the answer itself was applied"
    runtime.clock.advance(seconds=runtime.settings.inbox_lease_seconds + 1)  # type: ignore[attr-defined]
    assert runtime.recover_inbox() == 1 and runtime.recover_inbox() == 0
    assert current_question(fake_slack, "D1") is not None, "after the lease, the reply is shown after all"


def test_a_server_error_on_an_idempotent_call_is_retried(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    fake_slack.fail_next(
        "conversations.open", Failure(503, body={"ok": False, "error": "service_unavailable"})
    )
    slack.command("")
    assert [c.status for c in fake_slack.calls if c.method == "conversations.open"] == [503, 200]


def test_tokens_never_reach_the_logs(slack: SlackDriver) -> None:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactTokens(BOT_TOKEN))
    root = logging.getLogger()
    previous = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        slack.command("")
        slack.dm("researcher")
        logging.getLogger("slack_sdk.web").debug("response body: {'access_token': '%s'}", BOT_TOKEN)
    finally:
        root.removeHandler(handler)
        root.setLevel(previous)
    logged = stream.getvalue()
    assert "Sending a request" in logged
    assert BOT_TOKEN not in logged and "xoxb-" not in logged


def test_the_redacting_filter_knows_every_kind_of_slack_token() -> None:
    redacted = RedactTokens().redact(
        "bot xoxb-1-2-abc user xoxp-9-z app xapp-1-A1-2 refresh xoxe.xoxb-1-abc"
    )
    assert "xox" not in redacted.replace("[redacted]", "") and "xapp-" not in redacted


def test_every_question_message_is_answerable_by_the_fake_without_rejections(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    assert current_question(fake_slack, "D1") is not None
    assert fake_slack.rejected == []


def test_web_api_calls_reuse_connections_instead_of_opening_one_per_call(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    for answer in ("researcher", "4", "AWS"):
        slack.dm(answer)
    calls = [c for c in fake_slack.calls if c.method.startswith(("chat.", "conversations."))]
    assert len(calls) >= 8
    assert fake_slack.connections <= len(calls) // 2, "each call opened its own connection"


def test_a_connection_slack_closed_while_idle_is_not_reused_and_nothing_is_lost(
    slack: SlackDriver, fake_slack: FakeSlack
) -> None:
    slack.command("")
    slack.dm("researcher")
    before = fake_slack.connections
    fake_slack.drop_connections()  # Slack's edge closes idle keep-alive connections
    posted = len(fake_slack.posts("D1"))
    slack.dm("we can't reproduce results")
    assert fake_slack.connections > before, "a fresh connection was opened"
    questions = [p["text"] for p in fake_slack.posts("D1") if p["text"].startswith("Question ")]
    assert len(questions) == len(set(questions)) >= 2, "every question posted exactly once"
    assert len(fake_slack.posts("D1")) > posted, "the answer after the dropped connection got its reply"
    assert fake_slack.of("chat.update"), "the answered question was still rewritten"


def test_debug_logging_still_shows_web_api_requests_when_asked_for(slack: SlackDriver) -> None:
    stream = io.StringIO()
    root = logging.getLogger()
    handlers, level = root.handlers, root.level
    try:
        handler = configure_logging("DEBUG", BOT_TOKEN)
        handler.setStream(stream)
        slack.dm("hello")
    finally:
        root.handlers, root.level = handlers, level
        logging.getLogger("slack_sdk.web.base_client").setLevel(logging.NOTSET)
    logged = stream.getvalue()
    assert "Sending a request" in logged and BOT_TOKEN not in logged


def test_what_one_delivery_does_to_its_blocks_never_reaches_the_next_one(database: Database, catalog) -> None:  # type: ignore[no-untyped-def]
    from typing import Any

    from bot.slack.delivery import Courier, Recipient
    from bot.storage.question_messages import QuestionMessages
    from core.questions import BY_ID
    from core.turns import Answered, Ask

    class Scribbler:
        """A client that keeps what it was sent and then scribbles on it, as careless code might."""

        def __init__(self) -> None:
            self.sent: list[list[dict[str, Any]]] = []

        def chat_postMessage(self, *, channel: str, text: str, blocks: list[dict[str, Any]]) -> dict[str, str]:
            self.sent.append(json.loads(json.dumps(blocks)))
            blocks[0]["text"]["text"] = "scribbled"
            blocks.append({"type": "divider"})
            return {"channel": channel, "ts": f"1.{len(self.sent)}"}

        def chat_update(self, *, channel: str, ts: str, text: str, blocks: list[dict[str, Any]]) -> dict[str, str]:
            return self.chat_postMessage(channel=channel, text=text, blocks=blocks)

    courier = Courier(catalog, QuestionMessages(database.engine))
    client = Scribbler()
    ask = Ask(question=BY_ID["persona"], number=1, note=None)
    answered = Answered(question_id="persona", prompt="Who are you?", answer="A researcher")
    for user in ("U1", "U2"):
        courier.deliver(client, Recipient(workspace="T1", user=user, channel="D" + user), (ask,))  # type: ignore[arg-type]
        courier.deliver(client, Recipient(workspace="T1", user=user, channel="D" + user), (answered,))  # type: ignore[arg-type]
    first_ask, first_answer, second_ask, second_answer = client.sent
    assert second_ask == first_ask and second_answer == first_answer, "the second person sees what the first saw"


def test_a_picks_card_from_the_cache_is_the_card_rendered_afresh_with_its_own_id(database: Database, catalog) -> None:  # type: ignore[no-untyped-def]
    from typing import Any

    from bot.slack.delivery import Courier, Recipient
    from bot.slack.render.picks import render_show
    from bot.storage.question_messages import QuestionMessages
    from core.matching import recommend
    from core.profile import Profile
    from core.turns import Show

    class Keeper:
        def __init__(self) -> None:
            self.sent: list[tuple[str, list[dict[str, Any]]]] = []

        def chat_postMessage(self, *, channel: str, text: str, blocks: list[dict[str, Any]]) -> dict[str, str]:
            self.sent.append((text, json.loads(json.dumps(blocks))))
            for block in blocks:  # scribbled on after sending: the next card must not see it
                for element in block.get("elements", ()):
                    element["value"] = "scribbled"
            return {"channel": channel, "ts": f"1.{len(self.sent)}"}

    courier = Courier(catalog, QuestionMessages(database.engine))
    client = Keeper()
    picks = recommend(Profile(needs=("experiment_tracking",)), catalog)
    shows = [Show(recommendation=picks, recommendation_id=rec_id) for rec_id in (7, 123456789, None, 8)]
    for show in shows:
        courier.deliver(client, Recipient(workspace="T1", user="U1", channel="D1"), (show,))  # type: ignore[arg-type]
    for show, (text, blocks) in zip(shows, client.sent, strict=True):
        fresh = render_show(show)
        assert (text, blocks) == (fresh.text, fresh.blocks_json())
    assert '"r":123456789' in json.dumps(client.sent[1][1]).replace("\\", "")
