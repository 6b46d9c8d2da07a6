"""Work after the ack: Bolt's lazy listeners, with their errors sent to the one error handler.

Every listener is split in two. Its ack function runs in the request's own thread and does only
what the answer to Slack needs (the catalog in memory, or recording a DM answer); its work runs
afterwards in the listener executor, where Web API calls and their retries wait. So an ack never
queues behind another request's Web API calls, and nothing that fails after the ack can change it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from slack_bolt import Ack, BoltContext, Respond
from slack_sdk import WebClient

from bot.slack.errors import explain


class Work(Protocol):
    def __call__(self, body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None: ...


def acknowledge(ack: Ack) -> None:
    """The ack function of a listener whose answer to Slack is empty."""
    ack()


def deferred(work: Work) -> Callable[..., None]:
    """`work` as a lazy listener: Bolt injects its arguments by name; an error goes to `explain`."""

    def run(body: dict[str, Any], client: WebClient, context: BoltContext, respond: Respond) -> None:
        try:
            work(body, client, context, respond)
        except Exception as error:  # noqa: BLE001 (the one error handler decides what the person sees)
            explain(error, body, client, respond)

    # Bolt names a lazy function by its __name__; not functools.wraps: Bolt would unwrap to `work`'s arguments
    run.__name__ = run.__qualname__ = getattr(work, "__name__", "work")
    return run
