"""What the command line refuses, and how: a plain message and an exit code, never a traceback.

Files far larger than any real profile or catalog (/dev/zero included) are refused before they are
read whole; JSON nested too deeply, bytes that are not UTF-8, a DATABASE_URL that is not a URL or
names no installed driver, a SQLite file that is not a database, and a reader that has gone away.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEEP_ARRAY = "[" * 100_000 + "]" * 100_000
DEEP_OBJECT = '{"persona": ' * 20_000 + '"researcher"' + "}" * 20_000  # under 1 MiB: read, then refused
SLACK = {"SLACK_BOT_TOKEN": "xoxb-1-never-used", "SLACK_SIGNING_SECRET": "never-used",
         "SLACK_API_BASE_URL": "http://127.0.0.1:9/api/"}  # fmt: skip


def run(
    args: list[str], *, env: dict[str, str] | None = None, stdin: Path | None = None
) -> subprocess.CompletedProcess[str]:
    environment = {k: v for k, v in os.environ.items() if not k.startswith(("SLACK_", "CATALOG_PATH"))}
    with open(stdin or os.devnull, "rb") as source:
        return subprocess.run(
            [sys.executable, "-m", "bot.entrypoints.cli", *args], stdin=source, capture_output=True, text=True,
            cwd=ROOT, env={**environment, **(env or {})}, timeout=60, check=False,
        )  # fmt: skip


def refused(result: subprocess.CompletedProcess[str], code: int, *words: str) -> None:
    assert result.returncode == code, result.stderr
    assert "Traceback" not in result.stderr and result.stderr.startswith("error: "), result.stderr
    for word in words:
        assert word in result.stderr


@pytest.fixture
def sqlite_env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite:///{tmp_path / 'ok.sqlite3'}"}


@pytest.mark.parametrize("text", [DEEP_ARRAY, DEEP_OBJECT])
def test_a_profile_nested_too_deeply_is_refused(tmp_path: Path, text: str) -> None:
    profile = tmp_path / "deep.json"
    profile.write_text(text)
    refused(run(["recommend", "--profile", str(profile)]), 2, "Invalid profile", "nested too deeply")


def test_a_profile_larger_than_any_real_one_is_refused_without_reading_it_all() -> None:
    refused(run(["recommend", "--profile", "/dev/zero"]), 2, "/dev/zero is larger than 1 MiB")
    refused(run(["recommend", "--profile", "-"], stdin=Path("/dev/zero")), 2, "standard input is larger than 1 MiB")


def test_a_catalog_larger_than_any_real_one_is_refused_without_reading_it_all(sqlite_env: dict[str, str]) -> None:
    refused(run(["catalog", "--path", "/dev/zero", "validate"]), 2, "/dev/zero is larger than 10 MiB")
    refused(run(["chat", "--user", "a"], env={**sqlite_env, "CATALOG_PATH": "/dev/zero"}), 2, "larger than 10 MiB")


@pytest.mark.parametrize(
    ("content", "args", "words"),
    [
        (b"\xff\xfe{\"tools\": []}", ["catalog", "list"], ["not UTF-8", "0xff at offset 0"]),
        (b'{"tools": [', ["chat", "--user", "a"], ["not valid JSON"]),
        (DEEP_ARRAY.encode(), ["recommend", "--profile", "-"], ["nested too deeply"]),
    ],
)
def test_a_broken_catalog_path_file_is_refused(
    tmp_path: Path, sqlite_env: dict[str, str], content: bytes, args: list[str], words: list[str]
) -> None:
    catalog = tmp_path / "catalog.json"
    catalog.write_bytes(content)
    profile = tmp_path / "profile.json"
    profile.write_text('{"persona": "researcher"}')
    result = run(args, env={**sqlite_env, "CATALOG_PATH": str(catalog)}, stdin=profile)
    refused(result, 2, "catalog", *words)


@pytest.mark.parametrize(
    ("url", "args", "reason"),
    [
        ("not a url", ["db", "upgrade"], "Could not parse"),
        ("not a url", ["serve", "--port", "1"], "Could not parse"),
        ("nosuchdb://u:s3cret@host/db", ["chat", "--user", "a"], "Can't load plugin"),
        ("postgresql+nosuchdriver://u:s3cret@host/db", ["db", "upgrade"], "Can't load plugin"),
        ("mysql+pymysql://u:s3cret@host/db", ["clock"], "not installed"),
        ("postgresql+nosuchdriver://u:s3cret@host/db", ["digest", "render", "--channel", "C1", "--out", "x.png"],
         "Can't load plugin"),
    ],
)  # fmt: skip
def test_a_database_url_that_names_no_usable_database_is_refused(url: str, args: list[str], reason: str) -> None:
    result = run(args, env={**SLACK, "DATABASE_URL": url})
    refused(result, 3, "DATABASE_URL", reason)
    assert "s3cret" not in result.stderr


@pytest.mark.parametrize("args", [["db", "upgrade"], ["chat", "--user", "a"], ["serve", "--port", "1"]])
def test_a_sqlite_file_that_is_not_a_database_is_refused(tmp_path: Path, args: list[str]) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(bytes(range(256)) * 64)
    result = run(args, env={**SLACK, "DATABASE_URL": f"sqlite:///{garbage}"})
    refused(result, 3, "DATABASE_URL", "file is not a database")


COMMANDS = [
    ["catalog", "list"], ["catalog", "show", "mlflow"], ["catalog", "search", "experiment", "tracking"],
    ["catalog", "stats"], ["catalog", "validate"], ["recommend", "--profile", "-"],
    ["recommend", "--profile", "-", "--format", "json"], ["chat", "--user", "p"], ["chat", "--user", "q", "--jsonl"],
    ["db", "upgrade"], ["--help"],
]  # fmt: skip


def test_every_command_ends_quietly_when_its_reader_has_gone(tmp_path: Path, sqlite_env: dict[str, str]) -> None:
    """`mlops-waiter … | head -1` at its worst: the reader is gone before the first byte is written."""
    profile = tmp_path / "profile.json"
    profile.write_text('{"needs": ["model_serving"]}')
    environment = {**os.environ, **sqlite_env}
    started = []
    for args in COMMANDS:  # at once: each waits only on its own start-up
        reader, writer = os.pipe()
        os.close(reader)
        with profile.open("rb") as stdin:
            started.append((args, subprocess.Popen(
                [sys.executable, "-m", "bot.entrypoints.cli", *args], stdin=stdin, stdout=writer,
                stderr=subprocess.PIPE, cwd=ROOT, env=environment,
            )))  # fmt: skip
        os.close(writer)
    for args, process in started:
        _, stderr = process.communicate(timeout=120)
        assert process.returncode == 0, (args, stderr)
        assert b"Traceback" not in stderr and b"BrokenPipe" not in stderr, (args, stderr)
