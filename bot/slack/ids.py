"""Action and block ids: every interactive element the app renders, in one place."""

from __future__ import annotations

import re
from enum import StrEnum


class Action(StrEnum):
    """Action ids. Buttons that share a kind inside one block get a `:n` suffix (ids must be unique)."""

    CHOOSE = "choose"  # a button that answers the question with its value
    SELECT_ONE = "select_one"  # a static select that answers at once
    SELECT_MANY = "select_many"  # a multi-select: only read when SUBMIT_MANY is pressed
    SUBMIT_MANY = "submit_many"  # "Done" under a multi-select
    RESTART_YES = "restart_yes"
    RESTART_NO = "restart_no"
    FEEDBACK = "feedback"
    CRITIQUE = "critique"
    OPEN_LINK = "open_link"  # link buttons: Slack still sends an action, which we only ack
    HOME_OPEN = "home_open"  # start or resume from App Home
    HOME_RESTART = "home_restart"


def numbered(action: Action, n: int) -> str:
    """The id of the n-th element of one kind inside a block."""
    return f"{action.value}:{n}"


def matcher(action: Action) -> re.Pattern[str]:
    """Matches an action id with or without its `:n` suffix."""
    return re.compile(rf"^{re.escape(action.value)}(:\d+)?$")


QUESTION_BLOCK_PREFIX = "question:"  # block_id of a question's inputs: question:<question id>


def question_block(question_id: str) -> str:
    return f"{QUESTION_BLOCK_PREFIX}{question_id}"


def question_of(block_id: str) -> str | None:
    return (
        block_id.removeprefix(QUESTION_BLOCK_PREFIX)
        if block_id.startswith(QUESTION_BLOCK_PREFIX)
        else None
    )
