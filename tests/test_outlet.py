"""A report's outlet and headline (contract 1.2): read from metadata, carried on the
Document, and used by the brief's views to name who reported what."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import briefx
from briefx.store import Store
from briefx.views.report import brief_html, brief_markdown, brief_text

# Two invented reports of one event, from two outlets, a day apart.
GAZETTE = (
    "Firefighters in Lorvale contained a warehouse blaze on Tuesday after six hours, "
    "the Lorvale fire chief Anna Pettersen said. Twelve workers were evacuated."
)
RADIO = (
    "A warehouse blaze in Lorvale was contained on Tuesday, fire chief Anna Pettersen "
    "said on Wednesday. Twelve workers had been evacuated from the building."
)


def _write(folder: Path, stem: str, text: str, meta: dict) -> None:
    (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
    (folder / f"{stem}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    folder.mkdir()
    _write(
        folder,
        "g1",
        GAZETTE,
        {"published": "2026-03-03", "outlet": "The Lorvale Gazette", "title": "Blaze contained"},
    )
    _write(folder, "r1", RADIO, {"published": "2026-03-04", "outlet": "Coast Radio"})
    (folder / "x1.txt").write_text("Nothing but a town named Lorvale.", encoding="utf-8")
    return folder


def test_metadata_reaches_the_document(inbox: Path, nlp) -> None:
    docs = {d.doc_id: d for d in briefx.extract_many(briefx.iter_sources([str(inbox)]), nlp=nlp)}
    assert (docs["g1"].outlet, docs["g1"].title) == ("The Lorvale Gazette", "Blaze contained")
    assert (docs["r1"].outlet, docs["r1"].title) == ("Coast Radio", None)
    assert (docs["x1"].outlet, docs["x1"].title) == (None, None)
    dumped = docs["g1"].model_dump(mode="json")
    assert dumped["outlet"] == "The Lorvale Gazette" and dumped["title"] == "Blaze contained"


@pytest.mark.parametrize(
    ("given", "outlet"),
    [
        ("Coast Radio", "Coast Radio"),
        ("  Coast \n Radio ", "Coast Radio"),  # spaces as typed are tidied
        ("   ", None),  # nothing in it
        (17, None),  # not a name
        (None, None),
    ],
)
def test_mapping_outlet(given: object, outlet: str | None, nlp) -> None:
    item = {"id": "m", "text": GAZETTE, "published": "2026-03-03", "outlet": given}
    (doc,) = briefx.extract_many([item], nlp=nlp)
    assert doc.outlet == outlet


def test_plain_text_has_no_outlet(nlp) -> None:
    doc = briefx.extract(GAZETTE, published="2026-03-03")
    assert (doc.outlet, doc.title) == (None, None)


def test_views_name_reports_by_outlet(inbox: Path, nlp) -> None:
    brief = briefx.brief(briefx.iter_sources([str(inbox)]))
    md = brief_markdown(brief)
    assert "— *The Lorvale Gazette, March 3, 2026*" in md
    assert "— *Coast Radio, March 4, 2026*" in md
    sources = md[md.index("## Sources") :]
    assert "The Lorvale Gazette: “Blaze contained”" in sources and "— g1" in sources
    assert "Coast Radio" in sources and "— r1" in sources
    # A report without metadata keeps its id, and no empty outlet is printed.
    assert "x1, " in sources and ": “”" not in sources
    assert "The Lorvale Gazette" in brief_html(brief)
    assert "Coast Radio" in brief_text(brief)


def test_cli_json_and_contract(inbox: Path, tmp_path: Path) -> None:
    out = tmp_path / "brief.json"
    subprocess.run(
        [sys.executable, "-m", "briefx", "brief", str(inbox), "-o", str(out)],
        check=True,
        capture_output=True,
    )
    data = json.loads(out.read_text(encoding="utf-8"))
    outlets = {d["doc_id"]: d["outlet"] for d in data["documents"]}
    assert outlets == {"g1": "The Lorvale Gazette", "r1": "Coast Radio", "x1": None}
    check = subprocess.run(
        [sys.executable, "tools/check_contract.py", str(out)],
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert check.returncode == 0, check.stdout + check.stderr


def test_store_sees_a_changed_headline(tmp_path: Path, nlp) -> None:
    item = {"id": "s", "text": GAZETTE, "published": "2026-03-03", "title": "Blaze contained"}
    with Store(tmp_path / "s.db") as store:
        list(store.extract([item]))
        list(store.extract([item]))
        assert store.last_run.unchanged == 1
        retitled = {**item, "title": "Warehouse fire out after six hours"}
        (doc,) = store.extract([retitled])
        assert store.last_run.extracted == 1
        assert doc.title == "Warehouse fire out after six hours"
        assert [d.title for d in store.documents()] == ["Warehouse fire out after six hours"]
