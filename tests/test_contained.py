"""Contained failures (issue 35): a stage failing on one document fails that document alone.

A test-only failure is injected (a rule that raises on a marker word, a test-only spaCy
component); the failing document becomes an error record naming the stage and the
exception, every other document comes out exactly as without the failure, in order,
in ``extract_many`` (in this process and in workers), ``brief()``, the CLI and Dask.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

import briefx
import briefx.api
from briefx.cli import app
from briefx.dates import DatesComponent
from briefx.errors import StageError
from briefx.pipeline import build_pipeline, pipe_contained
from briefx.schema import Document, ErrorRecord

PUBLISHED = "2025-11-18"
MARKER = "Quorvex"  # an invented word: only the test's documents hold it
TEXTS = [
    "The mayor of Lisbon opened the bridge on Monday; 300 people came.",
    f"{MARKER} said on Tuesday that 12 trains were late.",
    "Oslo's council met on Nov. 3 and approved the plan.",
    "Rain closed 40 schools in Porto last week.",
]
ITEMS = [{"id": f"d{i}", "text": t, "published": PUBLISHED} for i, t in enumerate(TEXTS)]


def _dates_fail_on_marker(monkeypatch: pytest.MonkeyPatch) -> None:
    real = DatesComponent.__call__

    def failing(self, doc):  # type: ignore[no-untyped-def]
        if MARKER in doc.text:
            raise ValueError("test-only failure of the dates rules")
        return real(self, doc)

    monkeypatch.setattr(DatesComponent, "__call__", failing)


EXPECTED_ERROR = "dates: ValueError: test-only failure of the dates rules"


@pytest.fixture(scope="module")
def clean(nlp: Language) -> list[Document | ErrorRecord]:
    return list(briefx.extract_many(ITEMS))


def _check(results: list, clean: list, error: str, failing: int = 1) -> None:
    assert [r.doc_id for r in results] == [f"d{i}" for i in range(len(TEXTS))]
    for i, (got, want) in enumerate(zip(results, clean, strict=True)):
        if i == failing:
            assert isinstance(got, ErrorRecord)
            assert got.error == error
        else:
            assert got == want


@pytest.mark.parametrize("batch_size", [1, 2, 16])
def test_a_failing_rule_fails_its_document_alone(monkeypatch, clean, batch_size: int) -> None:
    _dates_fail_on_marker(monkeypatch)
    results = list(briefx.extract_many(ITEMS, batch_size=batch_size))
    _check(results, clean, EXPECTED_ERROR)


def test_a_failing_rule_in_a_worker_fails_its_document_alone(monkeypatch, clean) -> None:
    _dates_fail_on_marker(monkeypatch)  # forked workers inherit the patched class
    results = list(briefx.extract_many(ITEMS, workers=2, batch_size=1))
    _check(results, clean, EXPECTED_ERROR)


@pytest.mark.parametrize(
    ("name", "stage"),
    [("doc_findings", "findings"), ("assemble_document", "document")],
)
def test_failures_after_the_pipeline_name_their_stage(monkeypatch, clean, name, stage) -> None:
    real = getattr(briefx.api, name)

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        first = args[0]
        text = first.text if hasattr(first, "text") else first[0].text
        if MARKER in text:
            raise KeyError("slot")
        return real(*args, **kwargs)

    monkeypatch.setattr(briefx.api, name, failing)
    _check(list(briefx.extract_many(ITEMS)), clean, f"{stage}: KeyError: 'slot'")


@Language.component("briefx_test_explode")
def _explode(doc):  # type: ignore[no-untyped-def]
    if MARKER in doc.text:
        raise RuntimeError("test-only component failure")
    return doc


@pytest.fixture(scope="module")
def exploding(model_name: str) -> Language:
    nlp = build_pipeline(spacy.load(model_name))
    nlp.add_pipe("briefx_test_explode", before="ner")
    return nlp


def test_a_failing_spacy_component_fails_its_document_alone(exploding, clean) -> None:
    results = list(briefx.extract_many(ITEMS, nlp=exploding, batch_size=4))
    _check(results, clean, "briefx_test_explode: RuntimeError: test-only component failure")


def test_pipe_contained_keeps_order_and_contexts(exploding) -> None:
    docs = [(exploding.make_doc(t), n) for n, t in enumerate(TEXTS * 3)]
    out = list(pipe_contained(exploding, docs, batch_size=5))
    assert [n for _, n in out] == list(range(len(docs)))
    failed = [n for d, n in out if isinstance(d, StageError)]
    assert failed == [1, 5, 9]
    assert all(d.has_annotation("DEP") for d, _ in out if not isinstance(d, StageError))


def test_a_long_exception_message_is_cut() -> None:
    error = StageError.of("dates", ValueError("x" * 10_000))
    assert str(error).startswith("dates: ValueError: xxx")
    assert len(str(error)) <= StageError.MAX_CHARS + len("dates: ") + 3


def test_extract_raises_the_stage_error(monkeypatch) -> None:
    _dates_fail_on_marker(monkeypatch)
    with pytest.raises(StageError, match=r"^dates: ValueError"):
        briefx.extract(TEXTS[1], published=PUBLISHED)
    assert briefx.extract(TEXTS[0], published=PUBLISHED).entities


def test_brief_keeps_the_other_documents(monkeypatch, clean) -> None:
    _dates_fail_on_marker(monkeypatch)
    result = briefx.brief(ITEMS)
    assert [d.doc_id for d in result.documents] == ["d0", "d2", "d3"]
    assert [(e.doc_id, e.error) for e in result.errors] == [("d1", EXPECTED_ERROR)]
    assert result.documents == [clean[0], clean[2], clean[3]]


def test_the_cli_goes_on_and_exits_1_without_a_traceback(monkeypatch, tmp_path: Path) -> None:
    _dates_fail_on_marker(monkeypatch)
    for i, text in enumerate(TEXTS):
        (tmp_path / f"d{i}.txt").write_text(text, encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(
        app, ["extract", str(tmp_path), "-f", "jsonl", "-p", PUBLISHED], catch_exceptions=False
    )
    assert result.exit_code == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["doc_id"] for line in lines] == ["d0", "d1", "d2", "d3"]
    assert lines[1]["error"] == EXPECTED_ERROR
    assert "Traceback" not in result.output
    brief = runner.invoke(app, ["brief", str(tmp_path), "-p", PUBLISHED], catch_exceptions=False)
    assert brief.exit_code == 1
    assert [e["error"] for e in json.loads(brief.stdout)["errors"]] == [EXPECTED_ERROR]


def test_dask_partitions_contain_the_failure(monkeypatch, clean) -> None:
    import dask.bag

    import briefx.dask

    _dates_fail_on_marker(monkeypatch)
    bag = dask.bag.from_sequence(ITEMS, npartitions=2)
    out = briefx.dask.extract_bag(bag).compute(scheduler="sync")
    assert [o["doc_id"] for o in out] == ["d0", "d1", "d2", "d3"]
    assert out[1]["error"] == EXPECTED_ERROR
    assert out[0] == clean[0].model_dump(mode="json")
