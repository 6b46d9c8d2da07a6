"""Work after the ack: every listener is an ack function and its work, the work's errors sent to the one handler.

Every listener is split in two. Its ack function runs in the request's own thread and does only
what the answer to Slack needs (the catalog in memory, or recording a DM answer); its work runs
afterwards in the listener executor, where Web API calls and their retries wait. So an ack never
queues behind another request's Web API calls, and nothing that fails after the ack can change it.

This is what Bolt's lazy listeners do, without their cost: Bolt deep-copies each request for a lazy
function (the body, and the context with its WebClient, ack, say and respond objects) and parses the
body again, because a lazy function may run in another process (FaaS). Here the work always runs in
this process, and the request's thread touches nothing of the request after its listener returns,
so the work is handed the request's own body, client, context and respond. The work is submitted
even when the ack function raised (as Bolt starts lazy functions then), and the ack function's error
still goes to the app's error handler.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.errors import explain


class Work(Protocol):
    def __call__(self, body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None: ...


class Answer(Protocol):
    """An ack function: what Slack hears, from the request's thread."""

    def __call__(self, ack: Ack, body: dict[str, Any], context: BoltContext) -> None: ...


def acknowledge(ack: Ack, body: dict[str, Any], context: BoltContext) -> None:
    """The ack function of a listener whose answer to Slack is empty."""
    ack()


def deferred(work: Work, *, answer: Answer = acknowledge) -> Callable[..., None]:
    """A Bolt listener: `answer` acks in the request's thread, then `work` runs in the listener
    executor; an error in the work goes to `explain`."""

    def run(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        try:
            work(body, client, context, respond)
        except Exception as error:  # noqa: BLE001 (the one error handler decides what the person sees)
            explain(error, body, client, respond)

    def listener(ack: Ack, body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        try:
            answer(ack, body, context)
        finally:
            context.listener_runner.listener_executor.submit(run, body, client, context, respond)

    # Bolt injects arguments by the listener's parameter names and logs it by its name
    listener.__name__ = listener.__qualname__ = getattr(work, "__name__", "work")
    return listener
