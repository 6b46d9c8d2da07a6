"""What one turn of the conversation says back: plain messages that each surface renders."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

from core.questions import Question
from core.recommendation import Recommendation


class Say(BaseModel):
    """A plain line of text (user text inside is NOT escaped: renderers escape)."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["say"] = "say"
    text: str
    key: str | None = None  # which of core's lines this is (see core/wording.py): surfaces may word it their way


class Ask(BaseModel):
    """A question waiting for an answer."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["ask"] = "ask"
    question: Question
    number: int  # 1-based count of questions asked so far, for "Question 3"
    note: str | None = None
    total: int | None = None  # about how many questions in all, for "question 3 of about 5"


class Answered(BaseModel):
    """An earlier question was answered: surfaces may rewrite that question to show the choice."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["answered"] = "answered"
    question_id: str
    prompt: str
    answer: str


class Show(BaseModel):
    """Recommendations to present, with the id to attach feedback to."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["show"] = "show"
    recommendation: Recommendation
    recommendation_id: int | None = None


class Confirm(BaseModel):
    """A yes/no confirmation (restart)."""

    model_config = ConfigDict(frozen=True)
    kind: Literal["confirm"] = "confirm"
    text: str
    action: Literal["restart"] = "restart"


Message = Say | Ask | Answered | Show | Confirm
Turn = tuple[Message, ...]
