"""A new user's first hour (issue 34): the dateline as the reference date, a notice on
stderr when briefx falls back to today, flags shown without a value in --help, one form
of date in the terminal tables, and dependency declarations that pip does not warn about.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tomllib
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import briefx
import briefx.reference as reference
from briefx.cli import app
from briefx.inputs.dateline import find_dateline
from briefx.views.display import render_table

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()

# Capability table: a dateline opens a wire story; (text, (month, day, year) or None).
DATELINES = [
    ("LISBON, March 9 (Reuters) - The port reopened.", (3, 9, None)),
    ("LISBON, March 9, 2023 (Reuters) - The port reopened.", (3, 9, 2023)),
    ("Lisbon, March 9 - The port reopened.", (3, 9, None)),
    ("SAO PAULO, Aug. 14 (AP) -- Farmers blocked a road.", (8, 14, None)),
    ("SAO PAULO, Aug 14 — Farmers blocked a road.", (8, 14, None)),
    ("NEW ORLEANS, Sept. 30 – A levee held.", (9, 30, None)),
    ("SPRINGFIELD, Ill., Jan. 5 (AP) - A judge ruled.", (1, 5, None)),
    ("KENT, Ohio, Oct. 21, 2019 -- Students marched.", (10, 21, 2019)),
    ("CAIRO, Tuesday, Feb. 11 - Prices rose.", (2, 11, None)),
    ("OSLO, DECEMBER 1 (NTB) - Snow closed the airport.", (12, 1, None)),
    ("Storm closes ports\nHAVANA, July 4 (Reuters) - A storm closed ports.", (7, 4, None)),
    ("NAIROBI, May 2nd - Rain fell.", (5, 2, None)),
    # Not datelines.
    ("The port reopened on March 9 after a storm.", None),
    ("LISBON (Reuters) - The port reopened on Monday.", None),
    ("Officials met. LISBON, March 9 - a line that is not the first lines' start.", None),
    ("LISBON, February 31 (Reuters) - No such day.", None),
    ("", None),
    ("One.\nTwo.\nThree.\nROME, June 2 - A dateline after the first three lines.", None),
]


@pytest.mark.parametrize(("text", "expected"), DATELINES)
def test_dateline_capability(text: str, expected: tuple[int, int, int | None] | None) -> None:
    found = find_dateline(text)
    assert (None if found is None else (found.month, found.day, found.year)) == expected


@pytest.mark.parametrize(
    ("today", "dateline", "value"),
    [
        (dt.date(2026, 12, 4), "ROME, June 2 - x", "2026-06-02"),
        (dt.date(2026, 3, 1), "ROME, June 2 - x", "2025-06-02"),  # not after today
        (dt.date(2026, 6, 2), "ROME, June 2 - x", "2026-06-02"),  # today itself
        (dt.date(2026, 12, 4), "ROME, Feb. 29 - x", "2024-02-29"),  # the last leap year
        (dt.date(2026, 12, 4), "ROME, June 2, 2019 - x", "2019-06-02"),  # the year as written
    ],
)
def test_a_dateline_without_year_is_the_latest_such_day_not_after_today(
    monkeypatch: pytest.MonkeyPatch, today: dt.date, dateline: str, value: str
) -> None:
    monkeypatch.setattr(reference, "_today", lambda: today)
    found = find_dateline(dateline)
    assert found is not None
    ref, warnings = reference.dateline_reference(found)
    assert (ref.value, ref.origin) == (value, "dateline")
    assert len(warnings) == 1 and "dateline" in warnings[0] and value in warnings[0]


def test_relative_dates_resolve_against_the_dateline() -> None:
    text = "VALLETTA, March 12, 2024 (AP) - The ferry sank on Sunday, officials said."
    doc = briefx.extract(text)
    assert doc.reference_date.model_dump() == {"value": "2024-03-12", "origin": "dateline"}
    assert any("dateline" in w for w in doc.warnings)
    sunday = next(d for d in doc.dates if d.text == "Sunday")
    assert sunday.value == "2024-03-10"  # the Sunday before the dateline's Tuesday


def test_a_given_or_metadata_date_wins_over_the_dateline() -> None:
    text = "VALLETTA, March 12, 2024 (AP) - The ferry sank on Sunday."
    given = briefx.extract(text, published="2024-03-14")
    assert given.reference_date.origin == "argument"
    [record] = briefx.extract_many([{"id": "a", "text": text, "published": "2024-03-13"}])
    assert record.reference_date.model_dump() == {"value": "2024-03-13", "origin": "metadata"}
    [bad] = briefx.extract_many([{"id": "b", "text": text, "published": "soon"}])
    assert bad.reference_date.origin == "dateline"  # a bad metadata date: the next source
    assert any("ignored the metadata date" in w for w in bad.warnings)


def test_the_cli_says_once_on_stderr_how_many_documents_fell_back_to_today(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("Talks resume on Friday.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The vote is on Monday.", encoding="utf-8")
    (tmp_path / "c.txt").write_text("ROME, June 2 - The vote is on Monday.", encoding="utf-8")
    for command in ("extract", "brief"):
        result = runner.invoke(app, [command, str(tmp_path)])
        assert result.exit_code == 0, result.output
        notes = [line for line in result.stderr.splitlines() if "today" in line]
        assert len(notes) == 1, result.stderr
        assert "2 documents have no publication date" in notes[0]
        json.loads(result.stdout)  # stdout stays JSON
    given = runner.invoke(app, ["extract", str(tmp_path), "--published", "2025-01-02"])
    assert "today" not in given.stderr


def _commands() -> list[tuple[str, object]]:
    group = typer.main.get_command(app)  # typer's own (vendored) click group
    return [("", group), *((name, cmd) for name, cmd in group.commands.items())]


@pytest.mark.parametrize(("name", "command"), _commands(), ids=lambda x: x or "briefx")
def test_help_shows_no_value_after_a_flag(name: str, command) -> None:
    help_text = runner.invoke(app, [*([name] if name else []), "--help"]).stdout
    flags = [
        opt
        for p in command.params
        if getattr(p, "is_flag", False)
        for opt in p.opts
        if opt.startswith("--")
    ]
    flags.append("--help")
    for flag in flags:
        lines = [line for line in help_text.splitlines() if re.search(rf"{flag}\b", line)]
        assert lines, (flag, help_text)
        assert not re.search(rf"{flag}\s+<", lines[0]), lines[0]
    # Options that take a value still say which.
    if name == "extract":
        assert re.search(r"--published\s+<str>", help_text)


def test_table_writes_every_date_as_readers_do() -> None:
    text = (
        "The strike began on June 2, 2026. Unions met the weekend before, and a deal is "
        "expected next week or in July. It lasted three days."
    )
    table = render_table(briefx.extract(text, published="2026-06-10"), use_rich=False)
    facts = table[table.index("Facts") :]
    assert not re.search(r"\d{4}-\d{2}", facts), facts  # no raw TIMEX3 value
    assert "June 2, 2026" in facts
    assert "week 2" not in facts and "W2" not in facts


def test_dependency_declarations_ask_for_no_extra_that_does_not_exist() -> None:
    """pip warned "lxml 6.2.0 does not provide the extra 'html_clean'": that request is
    justext's (trafilatura's dependency), not briefx's; briefx asks for the separate
    package, which is what lxml's extra used to install."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    assert not [d for d in declared if re.match(r"lxml\s*\[", d)]
    assert any(d.startswith("lxml_html_clean") for d in project["optional-dependencies"]["html"])


def test_version_is_the_distributions() -> None:
    from importlib import metadata

    assert briefx.__version__ == metadata.version("briefx")


def test_every_imported_third_party_package_is_declared() -> None:
    """numpy and rich were imported but came only through spaCy and typer."""
    import ast
    import sys

    src = ROOT / "src" / "briefx"
    imported = set()
    for path in src.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for block in ast.walk(tree):  # imports for annotations only do not run
            if isinstance(block, ast.If) and getattr(block.test, "id", "") == "TYPE_CHECKING":
                block.body = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imported.update(a.name.split(".")[0] for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                imported.add(node.module.split(".")[0])
    third_party = {m for m in imported if m not in sys.stdlib_module_names and m != "briefx"}
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = list(project["dependencies"])
    for extra in project["optional-dependencies"].values():
        declared += extra
    names = {re.split(r"[\[<>=!~; ]", d, maxsplit=1)[0].lower().replace("-", "_") for d in declared}
    # Import names that differ from their distribution's name.
    aliases = {"dateutil": "python_dateutil", "charset_normalizer": "charset_normalizer"}
    missing = {m for m in third_party if aliases.get(m, m).lower() not in names}
    assert missing == set(), missing
