"""The CLI behaves the same everywhere: ``--id`` names one document, and empty input is
bad input (exit 2, one line on stderr, nothing on stdout) for ``extract`` and ``brief`` alike.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def _run(*args: str, input: bytes | None = None):
    return runner.invoke(app, list(args), input=input)


def _one_clean_line(result, code: int) -> str:
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("briefx: error: ")
    return lines[0]


def _two_files(tmp_path: Path) -> list[str]:
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(f"Kyiv is calm, report {name} says.", "utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def test_id_with_several_inputs_is_an_error(tmp_path: Path) -> None:
    line = _one_clean_line(_run("extract", *_two_files(tmp_path), "--id", "x"), 2)
    assert "--id" in line


@pytest.mark.parametrize("kind", ["folder", "jsonl"])
def test_id_with_one_input_holding_several_documents_is_an_error(tmp_path: Path, kind) -> None:
    if kind == "folder":
        _two_files(tmp_path)
        target = str(tmp_path)
    else:
        corpus = tmp_path / "c.jsonl"
        records = [{"id": "a", "text": "Kyiv is calm."}, {"id": "b", "text": "Paris is calm."}]
        corpus.write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
        target = str(corpus)
    line = _one_clean_line(_run("extract", target, "--id", "x", "-p", "2025-11-18"), 2)
    assert "--id" in line


def test_id_with_one_document_names_it(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text(json.dumps({"id": "a", "text": "Kyiv is calm."}) + "\n", "utf-8")
    result = _run("extract", str(corpus), "--id", "x", "-p", "2025-11-18")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["doc_id"] == "x"


def _empty_input(tmp_path: Path, kind: str) -> tuple[list[str], bytes | None]:
    """Arguments and stdin bytes for one kind of input that holds no text."""
    folder = tmp_path / "in"
    folder.mkdir()
    if kind == "empty stdin":
        return ["-"], b""
    if kind == "blank stdin":
        return ["-"], b" \n\n\t\n"
    if kind == "empty file":
        (folder / "a.txt").write_bytes(b"")
        return [str(folder / "a.txt")], None
    if kind == "empty folder":
        return [str(folder)], None
    if kind == "folder without input files":
        (folder / "notes.md").write_text("not an input", "utf-8")
        return [str(folder)], None
    if kind == "folder of empty files":
        (folder / "a.txt").write_bytes(b"")
        (folder / "b.txt").write_bytes(b"\n\n")
        return [str(folder)], None
    if kind == "jsonl without records":
        (folder / "c.jsonl").write_text("\n\n", "utf-8")
        return [str(folder / "c.jsonl")], None
    raise AssertionError(kind)


EMPTY_KINDS = [
    "empty stdin",
    "blank stdin",
    "empty file",
    "empty folder",
    "folder without input files",
    "folder of empty files",
    "jsonl without records",
]


@pytest.mark.parametrize("command", ["extract", "brief"])
@pytest.mark.parametrize("kind", EMPTY_KINDS)
def test_empty_input_is_bad_input_for_both_commands(tmp_path: Path, command, kind) -> None:
    args, stdin = _empty_input(tmp_path, kind)
    line = _one_clean_line(_run(command, *args, "-p", "2025-11-18", input=stdin), 2)
    assert "Nothing to extract" in line


def test_jsonl_format_prints_nothing_for_empty_input() -> None:
    _one_clean_line(_run("extract", "-", "-f", "jsonl", input=b""), 2)


@pytest.mark.parametrize("command", ["extract", "brief"])
def test_an_empty_document_among_others_is_kept_with_a_warning(tmp_path: Path, command) -> None:
    (tmp_path / "a.txt").write_text("Kyiv is calm.", "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    result = _run(command, str(tmp_path), "-p", "2025-11-18")
    assert result.exit_code == 0, result.output
    docs = json.loads(result.stdout)["documents"]
    assert [d["doc_id"] for d in docs] == ["a", "b"]
    assert "empty document" in docs[1]["warnings"]


def test_the_readme_states_the_empty_input_rule() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    rule = next(p for p in readme.split("\n\n") if "**Empty input**" in p)
    flat = re.sub(r"\s+", " ", rule)
    assert "`briefx extract`" in flat and "`briefx brief`" in flat and "exit code `2`" in flat


@pytest.mark.parametrize("command", ["extract", "brief"])
def test_unreadable_inputs_are_not_empty_input_they_come_out_as_error_records(
    tmp_path: Path, command
) -> None:
    (tmp_path / "a.jsonl").write_text("{not json\n", "utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b"}\n', "utf-8")  # no text
    result = _run(command, str(tmp_path), "-p", "2025-11-18")
    assert result.exit_code == 1, result.output
    errors = json.loads(result.stdout)["errors"]
    assert len(errors) == 2
