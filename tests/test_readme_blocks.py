"""Every code block of the README runs as written, or is checked for what it claims.

- ``python`` blocks are executed, in a fresh folder, with ``text`` bound to a seed article
  (the blocks use ``text`` for "your article") and ``articles/`` holding that article; what
  their comments promise is then checked (``doc._.briefx == briefx.extract(...)``).
- ``bash`` blocks are the Quickstart commands. They are checked for their shape instead of
  being run (they would create a virtual environment and pip install; CI runs command 2 in
  a fresh clone, see ``.ci/run``): every step is one of the known ones, the extra they
  install exists, and the ``briefx extract`` of command 1 is run with this interpreter.
- ``jsonc`` blocks are example outputs: every field is in ``briefx schema``, and every value
  shown is the one ``briefx extract`` gives for that seed (lists are excerpts: each item
  shown is one of the output's; a string ending in ``...`` is a prefix).
- Blocks without a language are the command synopsis (every option shown is an option of
  that command) and the "How it works" diagram (every ``module.name`` it cites exists).
"""

from __future__ import annotations

import importlib
import json
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import briefx
from briefx.cli import app
from briefx.schema import Document
from tests.docs_blocks import MORE, code_blocks, parse_jsonc, unknown_fields

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
SEED = ROOT / "seeds" / "000_e2240c5e00b7e2d5.txt"
BLOCKS = code_blocks(README)
HANDLED = {"python", "bash", "jsonc", ""}


def _blocks(lang: str) -> list[str]:
    return [src for block_lang, src in BLOCKS if block_lang == lang]


def test_every_block_is_of_a_kind_this_file_checks() -> None:
    assert {lang for lang, _ in BLOCKS} <= HANDLED
    assert len(_blocks("python")) == 2 and len(_blocks("bash")) == 1 and len(_blocks("jsonc")) == 1


def _run_python(source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    (tmp_path / "articles").mkdir()
    shutil.copy(SEED, tmp_path / "articles" / SEED.name)
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, Any] = {"text": SEED.read_text("utf-8")}
    exec(compile(source, "README.md", "exec"), namespace)  # the README's own code
    return namespace


def test_python_api_block_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_docs) -> None:
    ns = _run_python(_blocks("python")[0], tmp_path, monkeypatch)
    doc = ns["doc"]
    assert isinstance(doc, Document) and doc.doc_id == "wire-1"
    assert doc.entities[0].name and doc.dates[0].value and doc.quantities[0].event
    # The loop ran over the article in articles/: a Document, not an error record.
    assert isinstance(ns["result"], Document)
    assert ns["result"].model_dump(mode="json")["entities"] == doc.model_dump()["entities"]


def test_python_spacy_block_runs_and_equals_extract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ns = _run_python(_blocks("python")[1], tmp_path, monkeypatch)
    expected = briefx.extract(ns["text"], published="2025-11-18").model_dump(mode="json")
    assert ns["doc"]._.briefx == expected


KNOWN_STEPS = [
    r"python3 -m venv \.venv",
    r'\.venv/bin/pip install -e (\.|"\.\[(?P<extra>\w+)\]")',
    r"\.venv/bin/briefx extract (?P<seed>seeds/\S+\.txt)",
    r"\.venv/bin/ruff check \.",
    r"\.venv/bin/mypy",
    r"\.venv/bin/python -m pytest",
]


def test_quickstart_commands_have_the_known_shape() -> None:
    (block,) = _blocks("bash")
    commands = [line for line in block.splitlines() if line.strip() and not line.startswith("#")]
    assert len(commands) == 2
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]
    extras = extras["optional-dependencies"]
    seeds = []
    for command in commands:
        for step in (s.strip() for s in command.split("&&")):
            match = next((m for p in KNOWN_STEPS if (m := re.fullmatch(p, step))), None)
            assert match is not None, f"unknown Quickstart step: {step}"
            if match.groupdict().get("extra"):
                assert match["extra"] in extras
            if match.groupdict().get("seed"):
                seeds.append(match["seed"])
    # Command 1's extraction, run with this interpreter instead of .venv/bin/briefx.
    (seed,) = seeds
    out = subprocess.run(
        [sys.executable, "-m", "briefx", "extract", seed],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout)["doc_id"] == Path(seed).stem


def _matches(shown: Any, actual: Any) -> bool:
    if isinstance(shown, dict):
        return isinstance(actual, dict) and all(
            k == MORE or (k in actual and _matches(v, actual[k])) for k, v in shown.items()
        )
    if isinstance(shown, list):
        return isinstance(actual, list) and all(any(_matches(s, a) for a in actual) for s in shown)
    if isinstance(shown, str) and shown.endswith("..."):
        return isinstance(actual, str) and actual.startswith(shown[:-3].rstrip())
    return shown == actual


def test_example_output_is_what_extract_prints() -> None:
    (block,) = _blocks("jsonc")
    shown = parse_jsonc(block)
    assert unknown_fields(Document.model_json_schema(), shown) == []
    result = CliRunner().invoke(app, ["extract", str(SEED.relative_to(ROOT))])
    assert result.exit_code == 0, result.output
    actual = json.loads(result.stdout)
    wrong = [k for k, v in shown.items() if k != MORE and not _matches(v, actual.get(k))]
    assert wrong == []


def test_synopsis_options_are_the_commands_options() -> None:
    synopsis = next(src for lang, src in BLOCKS if lang == "" and src.startswith("briefx "))
    commands = re.split(r"^(?=briefx )", synopsis, flags=re.M)
    names = set()
    for text in filter(None, commands):
        name = text.split()[1]
        names.add(name)
        help_text = CliRunner().invoke(app, [name, "--help"]).stdout
        for option in re.findall(r"--[a-z][a-z-]*", text):
            assert option in help_text, f"`briefx {name}` has no {option}"
    assert names == {c.name or c.callback.__name__ for c in app.registered_commands}


def test_diagram_cites_what_exists() -> None:
    diagram = next(src for lang, src in BLOCKS if lang == "" and src.startswith("text -> "))
    cited = re.findall(r"\b([a-z_]+)\.([A-Za-z_]+)\b", diagram)
    assert cited
    for module, name in cited:
        assert hasattr(importlib.import_module(f"briefx.{module}"), name), f"{module}.{name}"


def test_diagram_cites_modules_of_the_tree() -> None:
    """``fast/ruler`` or ``reconcile/findings`` in the diagram names a module that exists."""
    diagram = next(src for lang, src in BLOCKS if lang == "" and src.startswith("text -> "))
    paths = re.findall(r"\b([a-z_]+)/([a-z_]+)\b", diagram)
    packages = re.findall(r"\b([a-z_]+)/(?![a-z_])", diagram)
    assert paths and packages
    for package, module in paths:
        importlib.import_module(f"briefx.{package}.{module}")
    for package in packages:
        importlib.import_module(f"briefx.{package}")
