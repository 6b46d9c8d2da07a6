"""docs/examples shows real sessions: each transcript is what the chat prints today for its replies."""

from __future__ import annotations

from pathlib import Path

import pytest

from eval.examples import replies, stale, transcripts


def test_there_are_six_examples_each_with_replies() -> None:
    found = transcripts()
    assert len(found) == 6
    assert all(replies(path.read_text(encoding="utf-8")) for path in found)


@pytest.mark.parametrize("path", transcripts(), ids=lambda path: path.stem)
def test_the_transcript_is_what_the_chat_prints_now(path: Path) -> None:
    difference = stale(path)
    assert difference is None, f"{path.name} is stale: run `python -m eval.examples --write` and re-read its note"
