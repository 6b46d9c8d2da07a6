"""The waiter's fixed lines, and reading the words people type for commands and critiques."""

from __future__ import annotations

import re

from core.catalog import Catalog
from core.recommendation import Critique, CritiqueKind

GREETING = (
    "Hi! I'm the MLOps Waiter. I'll ask a few quick questions about you and your team, "
    "then suggest two or three tools that fit, with my reasons. "
    "Type 'help' at any time, 'skip' to skip a question, 'back' to undo, 'stop' to pause."
)
COMMANDS_HELP = (
    "You can answer with the buttons or the option numbers, or just type. Commands: "
    "help · back (undo the last answer) · skip · restart · stop (pause; I keep everything) · "
    "why (why I'm asking, or why these picks)."
)
REFINE_HINT = (
    "You can refine: 'cheaper', 'open source only', 'no kubernetes', 'managed instead', 'lighter', "
    "'more like MLflow', 'show more', or ask 'why not X'. Say 'done' when you're happy."
)

_COMMANDS = {
    "help": "help", "?": "help", "h": "help",
    "back": "back", "undo": "back", "go back": "back", "previous": "back",
    "skip": "skip", "pass": "skip", "next": "skip", "don't know": "skip", "dont know": "skip",
    "restart": "restart", "start over": "restart", "reset": "restart",
    "stop": "stop", "pause": "stop", "later": "stop", "quit": "stop", "exit": "stop",
    "why": "why", "why?": "why", "why these": "why",
    "done": "done", "thanks": "done", "thank you": "done", "finish": "done", "that's all": "done",
}  # fmt: skip

_CRITIQUES: tuple[tuple[str, CritiqueKind], ...] = (
    (r"cheap|less expensive|lower cost|free", CritiqueKind.CHEAPER),
    (r"open[- ]?source|oss", CritiqueKind.OPEN_SOURCE_ONLY),
    (r"no (kubernetes|k8s)|without (kubernetes|k8s)", CritiqueKind.NO_KUBERNETES),
    (r"managed|hosted|saas|don't want to run", CritiqueKind.MANAGED),
    (r"light|simpl|smaller|less heavy", CritiqueKind.LIGHTER),
    (r"show more|more options|more picks|others|alternatives", CritiqueKind.SHOW_MORE),
)


def _normal(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip().lower().strip(".!"))


def parse_command(text: str) -> str | None:
    """The global command a message is, if it is one (help, back, skip, restart, stop, why, done)."""
    return _COMMANDS.get(_normal(text))


def parse_why_not(text: str) -> str | None:
    """The tool name in "why not X?", if the message asks that."""
    match = re.match(r"^\s*why (?:not|didn'?t you (?:pick|suggest)|no)\s+(.+?)\s*\??\s*$", text, re.I)
    return match.group(1) if match else None


def parse_critique(text: str, catalog: Catalog) -> Critique | None:
    """A critique typed in words ("cheaper please", "more like MLflow")."""
    lowered = _normal(text)
    like = re.match(r"^(?:more |something )?(?:like|similar to)\s+(.+)$", lowered)
    if like:
        tool = catalog.match_name(like.group(1))
        return Critique(kind=CritiqueKind.MORE_LIKE, tool_id=tool.id) if tool else None
    for pattern, kind in _CRITIQUES:
        if re.search(pattern, lowered):
            return Critique(kind=kind)
    return None
