"""The README tells the truth: its test command is what CI runs."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _quickstart_commands() -> list[str]:
    readme = (ROOT / "README.md").read_text("utf-8")
    block = readme.split("## Quickstart", 1)[1].split("```bash", 1)[1].split("```", 1)[0]
    return [line for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_quickstart_has_two_commands() -> None:
    commands = _quickstart_commands()
    assert len(commands) == 2
    assert "briefx extract seeds/" in commands[0]
    assert "pytest" in commands[1] and "ruff check" in commands[1]


def test_ci_runs_the_readme_test_command() -> None:
    script = (ROOT / ".ci" / "run").read_text("utf-8")
    assert _quickstart_commands()[1] in script.splitlines()


def test_readme_names_every_public_function() -> None:
    import briefx

    readme = (ROOT / "README.md").read_text("utf-8")
    functions = [n for n in briefx.__all__ if callable(getattr(briefx, n)) and n[0].islower()]
    missing = [n for n in functions if not re.search(rf"briefx\.{n}\b", readme)]
    assert missing == []
