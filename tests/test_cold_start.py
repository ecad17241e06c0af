"""What a start loads (issue 31): the public names on first use, the gazetteer from its index.

No timing here (benchmarks/cold_start.py measures it): these check that the lazy and the
cached paths give the same results as the eager ones.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefx.entities import gazetteer as gz
from briefx.entities.gazetteer import Gazetteer, GazetteerEntry

# Invented names: accents, a shadowed ambiguous reading, an alias, a name with "the".
ENTRIES = [
    GazetteerEntry("Vellmar", "Vellmar", "GPE", True, "city", library=True),
    GazetteerEntry("Vellmar", "Vellmar", "GPE", False, "city"),
    GazetteerEntry("Østerbø", "Østerbø", "GPE", False, "city", library=True),
    GazetteerEntry("Osterbo", "Østerbø", "GPE", False, "city", library=True),
    GazetteerEntry("Quarrel Bay", "Quarrel Bay", "LOC", True, "body_of_water"),
    GazetteerEntry("Northwind Mining", "Northwind Mining Corporation", "ORG", False),
    GazetteerEntry("Northwind Mining Corporation", "Northwind Mining Corporation", "ORG", False),
    GazetteerEntry("Hague Accord Office", "Hague Accord Office", "ORG", True),
    GazetteerEntry("Şarköyü", "Şarköyü", "GPE", True, "region", library=True),
]
LOOKUPS = [
    "Vellmar",
    "vellmar",
    "VELLMAR",
    "Østerbø",
    "osterbo",
    "Quarrel  Bay",
    "the Quarrel Bay",
    "Northwind Mining",
    "northwind mining corporation",
    "The Hague Accord Office",
    "Şarköyü",
    "Nowhere",
    "the",
    "",
]


def _same(a: Gazetteer, b: Gazetteer) -> None:
    assert a.entries == b.entries
    assert a.table == b.table
    assert list(a.unambiguous_surfaces().items()) == list(b.unambiguous_surfaces().items())
    for text in LOOKUPS:
        assert a.lookup(text) == b.lookup(text), text
        assert a.is_surface(text) == b.is_surface(text), text


def test_an_index_reads_back_the_same_gazetteer() -> None:
    built = Gazetteer(ENTRIES)
    index = gz.index_bytes(built)
    assert index is not None
    _same(Gazetteer.from_index(index), built)
    # Looked up first, listed after: the same either way.
    read = Gazetteer.from_index(index)
    assert read.lookup("osterbo") == built.lookup("osterbo")
    _same(read, built)


def test_an_index_of_ascii_names_only_reads_back() -> None:
    built = Gazetteer([e for e in ENTRIES if e.surface.isascii()])
    index = gz.index_bytes(built)
    assert index is not None
    _same(Gazetteer.from_index(index), built)


def test_a_name_holding_a_separator_is_not_indexed() -> None:
    odd = GazetteerEntry("Tab\there", "Tab\there", "GPE", False)
    assert gz.index_bytes(Gazetteer([*ENTRIES, odd])) is None


def test_a_short_index_is_refused() -> None:
    index = gz.index_bytes(Gazetteer(ENTRIES))
    assert index is not None
    with pytest.raises(ValueError):
        Gazetteer.from_index(index.replace(b"vellmar\n", b"", 1))


def test_the_default_gazetteer_is_indexed_once_and_read_back(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("BRIEFX_CACHE_DIR", str(tmp_path))
    gz.load_gazetteer.cache_clear()
    try:
        first = gz.load_gazetteer()  # builds, writes the index
        (index,) = tmp_path.glob("gazetteer-*.txt")
        assert index.name == gz.index_path().name
        gz.load_gazetteer.cache_clear()
        again = gz.load_gazetteer()  # reads it
        assert again._stored is not None and first._stored is None
        built = gz.build_gazetteer()
        for name in ("Toronto", "Walsall", "Kyiv", "Kiev", "the Netherlands", "Nowhereville"):
            assert again.lookup(name) == built.lookup(name), name
        assert again.unambiguous_surfaces() == built.unambiguous_surfaces()
        assert len(again.table) == len(built.table)
    finally:
        gz.load_gazetteer.cache_clear()


def test_the_index_name_changes_with_what_it_is_built_from(tmp_path: Path, monkeypatch) -> None:
    before = gz.index_path()
    models = tmp_path / "models"
    for name in gz._BUILT_FROM:
        (models / name).parent.mkdir(parents=True, exist_ok=True)
        (models / name).write_bytes(gz.models_dir().joinpath(name).read_bytes())
    monkeypatch.setattr(gz, "models_dir", lambda: models)
    assert gz.index_path() == before  # same bytes, same name
    with (models / "entities/places.jsonl").open("a", encoding="utf-8") as fh:
        fh.write('{"name": "Vellmar", "kind": "city"}\n')
    assert gz.index_path() != before


def test_name_beginnings_are_found_by_bisection() -> None:
    from briefx.entities.component import EntityCorrector

    corrector = EntityCorrector.__new__(EntityCorrector)
    names = ["New York", "New York City", "NEW YORK", "Newark", "Kyiv", "Vellmar"]
    corrector._sorted = sorted(names)
    prefixes = {name[:n] for name in names for n in range(1, len(name))}
    pieces = {*prefixes, *names, "New Yorker", "Ky", "Kyiv ", "Z", "Newark Bay", "NEW"}
    for piece in pieces:
        assert corrector._begins_longer(piece) == (piece in prefixes), piece


def _modules_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"{code}\nimport sys\nprint('\\n'.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    )
    return set(out.stdout.split())


def test_the_cli_does_not_import_what_extraction_does_not_need() -> None:
    loaded = _modules_after("import briefx.cli")
    assert "briefx.cli" in loaded
    heavy = {
        "briefx.api",
        "briefx.crossdoc",
        "briefx.store",
        "briefx.views",
        "spacy",
        "trafilatura",
        "lxml",
        "dateparser",
    }
    assert not heavy & loaded


def test_extraction_does_not_import_the_brief_or_the_html_readers() -> None:
    loaded = _modules_after("import briefx.api, briefx.inputs")
    assert "briefx.api" in loaded
    assert not {"briefx.crossdoc", "briefx.store", "trafilatura", "lxml", "dateparser"} & loaded


def test_public_names_are_the_modules_own() -> None:
    import briefx.api
    import briefx.schema
    import briefx.store

    assert briefx.extract is briefx.api.extract
    assert briefx.brief is briefx.api.brief
    assert briefx.Date is briefx.schema.DateMention
    assert briefx.Store is briefx.store.Store
    assert set(briefx.__all__) <= set(dir(briefx))
    assert all(getattr(briefx, name) is not None for name in briefx.__all__)
    assert isinstance(briefx.__version__, str)
    with pytest.raises(AttributeError):
        briefx.no_such_name  # noqa: B018
