"""The machine-readable chat (`mlops-waiter chat --jsonl`): one reply per input line, one JSON object per message.

Input lines are either plain text (a typed reply) or a JSON object: {"text": "…"} types a reply,
{"question": "budget", "values": ["low"]} presses a question's option (values are option values),
{"restart": true|false} answers "start over?". After each turn the chat writes {"kind": "ready"};
when the conversation stops or the input ends it writes {"kind": "bye"}. The README documents it.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

from core.errors import WaiterError
from core.services import Waiter
from core.turns import Answered, Ask, Confirm, Message, Say, Show, Turn

WORKSPACE = "local"


def message_json(message: Message) -> dict[str, Any]:
    """One message as a JSON object (ids for machines, labels and names for people)."""
    if isinstance(message, Say):
        return {"kind": "say", "key": message.key, "text": message.text}
    if isinstance(message, Ask):
        question = message.question
        return {
            "kind": "ask", "question": question.id, "input": question.kind.value, "prompt": question.prompt,
            "number": message.number, "total": message.total, "help": question.help,
            "options": [{"number": n, "value": o.value, "label": o.label} for n, o in question.numbered()],
        }  # fmt: skip
    if isinstance(message, Answered):
        return {"kind": "answered", "question": message.question_id, "answer": message.answer}
    if isinstance(message, Show):
        data = message.recommendation.to_json_dict()
        return {"kind": "picks", "recommendation_id": message.recommendation_id, "picks": data["recommendations"],
                **{k: v for k, v in data.items() if k != "recommendations"}}  # fmt: skip
    if isinstance(message, Confirm):
        return {"kind": "confirm", "text": message.text, "options": [{"value": True}, {"value": False}]}
    raise TypeError(f"unknown message {message!r}")


def _turn_of(waiter: Waiter, user: str, line: str) -> Turn:
    if not line.lstrip().startswith("{"):
        return waiter.reply(WORKSPACE, user, line)
    data = json.loads(line)
    if not isinstance(data, dict):
        raise ValueError("expected a JSON object")
    if "restart" in data:
        return waiter.confirm_restart(WORKSPACE, user, yes=bool(data["restart"]))
    if "question" in data:
        values = data.get("values", [])
        if not isinstance(values, list):
            raise ValueError("values must be a list of option values")
        return waiter.choose(WORKSPACE, user, str(data["question"]), [str(v) for v in values])
    if isinstance(data.get("text"), str):
        return waiter.reply(WORKSPACE, user, data["text"])
    raise ValueError('expected {"text": …}, {"question": …, "values": […]} or {"restart": true|false}')


def chat_jsonl(waiter: Waiter, *, user: str, lines: Iterable[str], write: Callable[[str], object]) -> None:
    """Hold the conversation in JSON lines until a `stop` or the end of the input."""

    def send(turn: Turn) -> None:
        for message in turn:
            write(json.dumps(message_json(message), ensure_ascii=False))
        write(json.dumps({"kind": "ready"}))

    send(waiter.open(WORKSPACE, user))
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        try:
            turn = _turn_of(waiter, user, line)
        except (ValueError, WaiterError) as error:  # json.JSONDecodeError is a ValueError
            write(json.dumps({"kind": "error", "text": str(error)}, ensure_ascii=False))
            write(json.dumps({"kind": "ready"}))
            continue
        send(turn)
        if any(isinstance(m, Say) and m.key == "paused" for m in turn):
            break
    write(json.dumps({"kind": "bye"}))
