"""The command line as a user runs it: piped chat, resume, recommend, catalog checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INTERVIEW = "\n".join([
    "I'm a researcher, we're 5 people on AWS, no Kubernetes, using airflow and ML flow. We can't reproduce "
    "results and need experiment tracking; tight budget.",
    "no", "no", "2", "2", "no",
]) + "\n"  # fmt: skip


def run(args: list[str], *, stdin: str = "", env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "bot.entrypoints.cli", *args], input=stdin, capture_output=True, text=True,
        cwd=ROOT, env=full_env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def sqlite_env(tmp_path: Path) -> dict[str, str]:
    return {"DATABASE_URL": f"sqlite:///{tmp_path / 'chat.sqlite3'}"}


def test_a_piped_interview_ends_with_the_picks(sqlite_env: dict[str, str]) -> None:
    """They asked for experiment tracking and run MLflow: keep it, with the alternative named."""
    result = run(["chat", "--user", "alice"], stdin=INTERVIEW, env=sqlite_env)
    assert result.returncode == 0, result.stderr
    assert "Here's what I'd suggest" in result.stdout
    card = result.stdout.split("Here's what I'd suggest")[1].split("Your stack")[0]
    picks = [line for line in card.splitlines() if line[:3] in ("1. ", "2. ", "3. ") and "[" in line]
    assert 1 <= len(picks) <= 3 and picks[0].startswith("1. MLflow"), result.stdout
    assert "keep it" in card and "Also good" in card
    assert "Everything is saved" in result.stdout


def test_running_the_chat_again_resumes_where_the_user_left_off(sqlite_env: dict[str, str]) -> None:
    first = run(["chat", "--user", "bob", "--fixed-order"], stdin="researcher\n5\n", env=sqlite_env)
    assert first.returncode == 0, first.stderr
    second = run(["chat", "--user", "bob", "--fixed-order"], stdin="", env=sqlite_env)
    assert "Welcome back" in second.stdout
    assert "How do models get trained and shipped today?" in second.stdout
    other = run(["chat", "--user", "carol", "--fixed-order"], stdin="", env=sqlite_env)
    assert "Tell me about your ML work" in other.stdout


def test_recommend_prints_the_design_json_shape(tmp_path: Path) -> None:
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({"persona": "researcher", "cloud": "aws", "kubernetes": False,
                                   "needs": ["experiment_tracking"], "open_source_only": True}))  # fmt: skip
    result = run(["recommend", "--profile", str(profile), "--format", "json", "--top", "3"])
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) >= {"recommendations", "advice"}
    assert 1 <= len(data["recommendations"]) <= 3
    first = data["recommendations"][0]
    assert set(first) >= {"id", "name", "score", "ring", "quadrant", "stages", "reasons", "caveats"}


def test_the_same_profile_gets_the_same_answer_word_for_word_in_every_process(tmp_path: Path) -> None:
    """Two pains, each felt where a tool they run keeps the job: the answer does not depend on the process's
    string-hash seed (it once named the jobs in either order, one run to the next)."""
    profile = tmp_path / "p.json"
    profile.write_text(json.dumps({
        "persona": "ml_engineer", "team_size": 9, "maturity": 1, "cloud": "gcp", "kubernetes": False,
        "workloads": ["llm"], "current_stack": ["langgraph", "langsmith"],
        "frustrations": ["llm_quality_unknown", "no_monitoring"], "needs": ["llm_evaluation", "llm_observability"],
        "budget": "medium", "scope_preference": "piecemeal"}))  # fmt: skip
    answers = {run(["recommend", "--profile", str(profile), "--format", "json"],
                   env={"PYTHONHASHSEED": str(seed)}).stdout for seed in range(1, 7)}  # fmt: skip
    assert len(answers) == 1 and json.loads(answers.pop())["recommendations"]


def test_an_invalid_profile_file_gets_a_clear_message_and_exit_code_2(tmp_path: Path) -> None:
    profile = tmp_path / "bad.json"
    profile.write_text('{"persona": "wizard"}')
    result = run(["recommend", "--profile", str(profile)])
    assert result.returncode == 2
    assert "persona" in result.stderr and "'researcher'" in result.stderr
    missing = run(["recommend", "--profile", str(tmp_path / "nope.json")])
    assert missing.returncode == 2 and "cannot read profile" in missing.stderr


def test_catalog_validate_passes_on_the_shipped_catalog() -> None:
    result = run(["catalog", "validate"])
    assert result.returncode == 0, result.stdout + result.stderr
    assert "valid" in result.stdout


def test_catalog_validate_fails_precisely_on_an_invalid_catalog(tmp_path: Path) -> None:
    data = json.loads((ROOT / "catalog.json").read_text())
    data["tools"][0]["integrates_with"] = ["nonexistent-tool"]
    bad = tmp_path / "catalog.json"
    bad.write_text(json.dumps(data))
    result = run(["catalog", "--path", str(bad), "validate"])
    assert result.returncode == 2
    assert f"{data['tools'][0]['id']}: integrates_with unknown id 'nonexistent-tool'" in result.stderr


def test_catalog_show_finds_a_tool_by_alias_and_unknown_names_get_suggestions() -> None:
    shown = run(["catalog", "show", "wandb"])
    assert shown.returncode == 0 and "Weights & Biases" in shown.stdout
    typo = run(["catalog", "show", "mlfloww"])
    assert typo.returncode == 0 and "MLflow" in typo.stdout
    unknown = run(["catalog", "show", "qwertyuiop"])
    assert unknown.returncode == 2 and "I don't know a tool called" in unknown.stderr


def test_a_search_prints_results_and_no_library_debug_lines() -> None:
    result = run(["catalog", "search", "feature", "store"], env={"LOG_LEVEL": "INFO"})
    assert result.returncode == 0 and "feast" in result.stdout
    assert "DEBUG" not in result.stderr and "Building index" not in result.stderr, result.stderr


def test_catalog_list_filters_by_stage() -> None:
    result = run(["catalog", "list", "--stage", "vector_search"])
    assert result.returncode == 0
    assert "qdrant" in result.stdout and "mlflow" not in result.stdout


def test_serve_without_slack_credentials_says_what_is_missing(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SLACK_")}
    result = subprocess.run(
        [sys.executable, "-m", "bot.entrypoints.cli", "serve", "--port", "1"], capture_output=True, text=True, cwd=ROOT,
        env={**env, "DATABASE_URL": f"sqlite:///{tmp_path / 'x.sqlite3'}"}, timeout=60, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "SLACK_SIGNING_SECRET" in result.stderr and "SLACK_BOT_TOKEN" in result.stderr
    assert "Traceback" not in result.stderr
