"""The brief streamed (issue 31): ``briefx brief`` writes each document as it is done and
keeps only what clustering reads; what it writes is the brief made in memory, byte for byte
(a tiny number written with a shorter exponent aside: the same value).

Invented reports of a few events (counts that disagree, dates, one undated report, an
unreadable input) are briefed both ways.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
from typer.testing import CliRunner

import briefx
from briefx.api import brief_results
from briefx.cli import _brief_json, app
from briefx.crossdoc.build import BriefBuilder, build_brief, clustered_form
from briefx.inputs import iter_sources
from briefx.schema import Document, ErrorRecord

EVENTS = [
    "A fire broke out at the Dellmoor textile plant in Harven on Monday.",
    "Twelve workers were injured in the fire at the Dellmoor plant, officials said.",
    "Fourteen workers were hurt in the Dellmoor blaze, the union said.",
    "Mayor Tova Renck visited the Dellmoor site on Tuesday.",
    "The Harven council approved a new bus depot on Wednesday.",
    "The depot will cost 40 million crowns, councillor Aske Lund said.",
    "The depot will cost 45 million crowns, the Harven council said.",
    "Councillor Aske Lund opened the depot on Thursday.",
]


def _reports(count: int, seed: int = 3) -> list[dict[str, str | None]]:
    rng = random.Random(seed)
    out: list[dict[str, str | None]] = []
    for n in range(count):
        lines = rng.sample(EVENTS[:4] if n % 2 else EVENTS[4:], 3)
        published = None if n == 3 else f"2026-02-{10 + n % 3:02d}"
        out.append({"id": f"r{n}", "text": " ".join(lines), "published": published})
    return out


@pytest.fixture(scope="module")
def results() -> list[Document | ErrorRecord]:
    items: list[object] = list(_reports(9))
    items.insert(4, {"id": "broken", "text": None})
    return list(briefx.extract_many(items))


def _streamed(results: list[Document | ErrorRecord]) -> tuple[str, BriefBuilder]:
    builder = BriefBuilder(keep_documents=False)
    return "".join(_brief_json(results, builder)), builder


def _whole(results: list[Document | ErrorRecord]) -> str:
    brief = build_brief(results)
    return json.dumps(brief.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"


def test_the_streamed_json_is_the_brief_made_in_memory(
    results: list[Document | ErrorRecord],
) -> None:
    streamed, builder = _streamed(results)
    whole = _whole(results)
    assert streamed == whole
    parsed = json.loads(streamed)
    assert len(parsed["documents"]) == 9 and len(parsed["errors"]) == 1
    assert parsed["fact_clusters"], "the invented reports share facts"
    assert builder.failed


def test_the_streamed_json_of_no_document_is_the_brief_of_none() -> None:
    error = ErrorRecord(source="gone.txt", error="File not found: gone.txt.", doc_id="gone")
    assert _streamed([error])[0] == _whole([error])
    assert _streamed([])[0] == _whole([])


def test_a_builder_without_documents_gives_the_same_parts(
    results: list[Document | ErrorRecord],
) -> None:
    whole = build_brief(results)
    builder = BriefBuilder(keep_documents=False)
    for result in results:
        builder.add(result)
    slim = builder.finish()
    assert slim.documents == []
    assert slim.model_dump(exclude={"documents"}) == whole.model_dump(exclude={"documents"})


def test_the_clustered_form_keeps_what_clustering_reads(
    results: list[Document | ErrorRecord],
) -> None:
    document = next(r for r in results if isinstance(r, Document))
    kept = clustered_form(document)
    assert kept.text is None and kept.warnings == []
    for field in ("doc_id", "reference_date", "sentences", "entities", "dates", "facts"):
        assert getattr(kept, field) == getattr(document, field)


def test_input_order_holds_for_documents_and_texts_mixed(
    results: list[Document | ErrorRecord],
) -> None:
    """Documents already extracted pass through in their places among inputs to extract."""
    reports = _reports(4, seed=8)
    ready = [r for r in results if isinstance(r, Document)][:3]
    items: list[object] = [ready[0], reports[0], reports[1], ready[1], reports[2], ready[2]]
    out = list(brief_results(items))
    assert [r.doc_id for r in out] == [
        ready[0].doc_id, "r0", "r1", ready[1].doc_id, "r2", ready[2].doc_id
    ]
    assert out[0] is ready[0] and out[3] is ready[1] and out[5] is ready[2]


def test_documents_alone_need_no_model(
    results: list[Document | ErrorRecord], monkeypatch: pytest.MonkeyPatch
) -> None:
    import briefx.api

    def no_model(*args: object, **kwargs: object) -> None:
        raise AssertionError("a model was loaded")

    monkeypatch.setattr(briefx.api, "extract_many", no_model)
    assert list(brief_results(results)) == results


def test_the_cli_writes_the_brief_of_the_library(tmp_path: Path) -> None:
    corpus = tmp_path / "reports.jsonl"
    corpus.write_text(
        "".join(json.dumps(r) + "\n" for r in _reports(6, seed=5)), encoding="utf-8"
    )
    out = tmp_path / "brief.json"
    run = CliRunner().invoke(app, ["brief", str(corpus), "-o", str(out)])
    assert run.exit_code == 0, run.output
    library = briefx.brief(iter_sources([corpus]))
    expected = json.dumps(library.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    assert out.read_text(encoding="utf-8") == expected


def test_documents_of_any_characters_are_written_as_python_writes_them() -> None:
    # The documents are written by pydantic's serializer: accents, dashes, curly quotes,
    # a line separator, a tab, a control character and an emoji come out as json.dumps
    # writes them.
    text = (
        "Zoë Tamsin told Radio Kerewa “we are ready” — the café at Lake Tūrell reopened on "
        "Monday.\u2028Crews\tworked, a bell\x07rang, and 🌋 the ash cloud rose 3.5%."
    )
    document = briefx.extract(text, published="2026-01-05")
    assert _streamed([document])[0] == _whole([document])


def test_a_tiny_number_keeps_its_value_in_the_streamed_json(
    results: list[Document | ErrorRecord],
) -> None:
    # The one difference from json.dumps: a tiny number's exponent ("1e-7", not "1e-07").
    document = next(r for r in results if isinstance(r, Document) and r.quantities)
    tiny = document.quantities[0].model_copy(update={"value": 1e-07})
    changed = document.model_copy(update={"quantities": [tiny, *document.quantities[1:]]})
    streamed, whole = _streamed([changed])[0], _whole([changed])
    assert "1e-7" in streamed and "1e-07" in whole
    assert json.loads(streamed) == json.loads(whole)
