"""The CLI: same JSON as the API, clean errors, documented commands."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefx.cli import app
from briefx.schema import Brief, Document

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_e2240c5e00b7e2d5.txt"
runner = CliRunner()


def _run(*args: str, input: bytes | str | None = None):
    return runner.invoke(app, list(args), input=input)


def test_extract_json_equals_api(seed_docs) -> None:
    result = _run("extract", str(SEED), "--published", "2025-11-18")
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    expected = seed_docs[SEED.stem].model_dump(mode="json")
    # The API was given source "seeds/<stem>.txt"; the CLI echoes the path as given.
    out["source"] = expected["source"]
    assert out == expected


def test_extract_reads_metadata_date() -> None:
    result = _run("extract", str(SEED))
    out = json.loads(result.stdout)
    assert out["reference_date"] == {"value": "2025-11-18", "origin": "metadata", "time": None}
    assert out["warnings"] == []


def test_extract_defaults_to_today_with_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The minister resigned on Monday.", encoding="utf-8")
    out = json.loads(_run("extract", str(article)).stdout)
    assert out["reference_date"]["origin"] == "default-today"
    assert any("today" in w for w in out["warnings"])


def test_extract_stdin_and_id() -> None:
    result = _run(
        "extract", "-", "--id", "wire-1", "--published", "2025-01-02", input=b"Kiev said no."
    )
    out = json.loads(result.stdout)
    assert out["doc_id"] == "wire-1"
    assert out["source"] == "<stdin>"
    assert out["entities"][0]["name"] == "Kyiv"


def test_extract_jsonl_streams_documents_and_errors(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kyiv is calm.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02binary\x00")
    result = _run(
        "extract",
        str(tmp_path / "a.txt"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "b.txt"),
        "--format",
        "jsonl",
        "--published",
        "2025-11-18",
    )
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(lines) == 3
    assert lines[0]["doc_id"] == "a"
    assert "error" in lines[1] and "missing.txt" in lines[1]["source"]
    assert "error" in lines[2]
    assert result.exit_code == 1


def test_extract_several_inputs_as_json(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Kyiv is calm.", encoding="utf-8")
    result = _run(
        "extract", str(tmp_path / "a.txt"), str(tmp_path / "nope.txt"), "-p", "2025-11-18"
    )
    out = json.loads(result.stdout)
    assert [d["doc_id"] for d in out["documents"]] == ["a"]
    assert len(out["errors"]) == 1
    assert result.exit_code == 1


def test_output_file_is_written(tmp_path: Path) -> None:
    target = tmp_path / "out.json"
    result = _run("extract", str(SEED), "-o", str(target))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert json.loads(target.read_text("utf-8"))["doc_id"] == SEED.stem
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_print_text_shows_the_decoded_text(tmp_path: Path) -> None:
    article = tmp_path / "crlf.txt"
    article.write_bytes("\ufeffLine one.\r\nLine two.\r\n".encode())
    result = _run("extract", str(article), "--print-text")
    assert result.stdout == "Line one.\nLine two.\n"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["extract", "no/such/file.txt"], 2, "no/such/file.txt"),
        (["extract", str(SEED), "--published", "18/11/2025"], 2, "YYYY-MM-DD"),
        (["extract", str(SEED), "--model", "no_such_spacy_model"], 3, "no_such_spacy_model"),
    ],
)
def test_errors_are_one_clean_line(args: list[str], code: int, message: str) -> None:
    result = _run(*args)
    assert result.exit_code == code
    assert result.stdout == ""
    assert message in result.stderr
    assert "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_model_env_variable_is_used(monkeypatch) -> None:
    monkeypatch.setenv("BRIEFX_MODEL", "no_such_spacy_model")
    result = _run("extract", str(SEED))
    assert result.exit_code == 3
    assert "no_such_spacy_model" in result.stderr


def test_schema_commands_print_the_models_schema() -> None:
    assert json.loads(_run("schema").stdout) == Document.model_json_schema()
    assert json.loads(_run("schema", "--brief").stdout) == Brief.model_json_schema()


def test_schema_is_the_golden_one() -> None:
    golden = json.loads((ROOT / "tests" / "golden" / "schema.json").read_text("utf-8"))
    assert Document.model_json_schema() == golden, "the contract changed: update on purpose"


def test_every_command_and_option_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"briefx {name}" in readme
        help_text = _run(name, "--help").stdout
        for option in set(re.findall(r"--[a-z][a-z-]+", help_text)) - {"--help"}:
            assert option in readme, f"{option} of `briefx {name}` is not in the README"


def test_console_script_runs_in_a_fresh_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "briefx", "extract", str(SEED)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["doc_id"] == SEED.stem


@pytest.mark.parametrize("tty", [False, True])
def test_progress_passes_items_through(monkeypatch, tty: bool) -> None:
    from briefx import cli

    monkeypatch.setattr(sys.stderr, "isatty", lambda: tty, raising=False)
    assert list(cli._progress(iter(range(5)), "documents")) == [0, 1, 2, 3, 4]


def test_output_file_is_not_half_written_on_a_crash(tmp_path: Path, monkeypatch) -> None:
    import briefx.api

    target = tmp_path / "out.jsonl"
    target.write_text("previous run\n", encoding="utf-8")
    real = briefx.api.extract_many

    def crash_after_one(*args, **kwargs):
        results = real(*args, **kwargs)
        yield next(results)
        raise KeyboardInterrupt

    monkeypatch.setattr(briefx.api, "extract_many", crash_after_one)
    result = _run("extract", str(SEED), str(SEED), "--format", "jsonl", "-o", str(target))
    assert result.exit_code != 0
    assert target.read_text("utf-8") == "previous run\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_extract_html_page(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    result = _run("extract", str(SEED), "--format", "html", "-o", str(target))
    assert result.exit_code == 0, result.stderr
    html = target.read_text("utf-8")
    assert html.startswith("<!DOCTYPE html>") and html.rstrip().endswith("</html>")
    assert 'data-kind="PERSON"' in html and "Volodymyr Zelensky" in html
    assert "<script" not in html


def test_extract_table_for_terminals() -> None:
    result = _run("extract", str(SEED), "--format", "table")
    assert result.exit_code == 0, result.stderr
    assert "Volodymyr Zelensky" in result.stdout and "2025-11-19" in result.stdout
    assert not result.stdout.lstrip().startswith("{")


@pytest.mark.parametrize("outcome", [None, SystemExit(2), KeyboardInterrupt()])
def test_main_leaves_the_shutdown_collection_out(monkeypatch, outcome) -> None:
    """The entry point freezes what is left (gc.freeze) however the command ends, and the
    command's own exit (code, interrupt) goes through unchanged."""
    import gc

    import briefx.cli

    def command() -> None:
        if outcome is not None:
            raise outcome

    monkeypatch.setattr(briefx.cli, "app", command)
    gc.unfreeze()
    try:
        if outcome is None:
            briefx.cli.main()
        else:
            with pytest.raises(type(outcome)) as caught:
                briefx.cli.main()
            assert caught.value is outcome
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()
