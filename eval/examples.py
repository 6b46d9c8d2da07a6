"""The six transcripts in docs/examples, checked against (or rewritten from) what the chat prints now.

Each example's replies are the lines after the `> ` prompt in its transcript; they are piped into
`mlops-waiter chat` on a fresh embedded store, and the output must be the transcript, byte for byte.

    python -m eval.examples           # which transcripts are stale (exit 1 if any)
    python -m eval.examples --write   # rewrite the stale ones (then re-read each note below them)
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "docs" / "examples"
_BLOCK = re.compile(r"```text\n(.*?)\n```", re.S)


def transcripts() -> list[Path]:
    return sorted(EXAMPLES.glob("0*.md"))


def replies(transcript: str) -> list[str]:
    """What the person typed: every line after the chat's `> ` prompt."""
    return [line[2:] for line in transcript.splitlines() if line.startswith("> ")]


def replay(said: Sequence[str]) -> str:
    """The chat's whole output for these replies, on a fresh embedded store."""
    with tempfile.TemporaryDirectory() as folder:
        env = {**os.environ, "DATABASE_URL": f"sqlite:///{Path(folder) / 'chat.sqlite3'}"}
        result = subprocess.run(
            [sys.executable, "-m", "bot.entrypoints.cli", "chat"], input="\n".join(said) + "\n",
            capture_output=True, text=True, cwd=ROOT, env=env, timeout=300, check=True,
        )  # fmt: skip
    return result.stdout.rstrip("\n")


def stale(path: Path) -> tuple[str, str] | None:
    """(transcript, what the chat prints now) when they differ, else None."""
    found = _BLOCK.search(path.read_text(encoding="utf-8"))
    if found is None:
        raise ValueError(f"{path.name} has no ```text transcript")
    now = replay(replies(found.group(1)))
    return None if now == found.group(1) else (found.group(1), now)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.examples", description=__doc__)
    parser.add_argument("--write", action="store_true", help="rewrite stale transcripts")
    args = parser.parse_args(argv)
    out_of_date = 0
    for path in transcripts():
        difference = stale(path)
        print(f"{path.name}: {'stale' if difference else 'current'}")
        if difference and args.write:
            text = path.read_text(encoding="utf-8")
            path.write_text(text.replace(difference[0], difference[1], 1), encoding="utf-8")
        out_of_date += difference is not None and not args.write
    return 1 if out_of_date else 0


if __name__ == "__main__":
    raise SystemExit(main())
