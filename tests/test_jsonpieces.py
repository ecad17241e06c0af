"""JSON written in pieces is byte for byte what ``json.dumps`` writes whole."""

from __future__ import annotations

import json

import pytest

import briefx
from briefx.errors import ModelError
from briefx.inputs.jsonpieces import joined, json_pieces
from briefx.pipeline import check_model
from briefx.schema import Batch, ErrorRecord
from briefx.workers import run_in_workers

# Invented texts: unicode (accents, curly quotes, an astral character), JSON escapes
# (quotes, backslashes, tabs, control characters) and line breaks inside sentences.
TEXTS = [
    "Mira Ostrander said on Monday that Quell Mining would hire 1,200 workers in Brennick.",
    'Talks in Zürich resumed on 3 March. "We agreed," said Hélène Dupré\\Vasquez.\n\n'
    "\u201cNo deal yet,\u201d Arlen Pellworth told reporters on Tuesday \U0001f642.",
    "A tab\there, a bell \x07 and a form feed \x0c; Nilo Rusk left Dunmore last week.\n",
    "",
]


@pytest.fixture(scope="module")
def documents(nlp) -> list[briefx.Document]:
    return [d for d in briefx.extract_many(TEXTS, published="2025-11-18", nlp=nlp)]


@pytest.mark.parametrize("indent", [2, None])
@pytest.mark.parametrize("depth", [0, 1, 2, 3, 6])
def test_a_document_in_pieces_is_json_dumps(documents, indent, depth) -> None:
    for doc in documents:
        whole = json.dumps(doc.model_dump(mode="json"), ensure_ascii=False, indent=indent)
        assert "".join(json_pieces(doc, indent=indent, depth=depth)) == whole


def test_a_batch_in_pieces_is_json_dumps(documents) -> None:
    batch = Batch(
        documents=documents,
        errors=[ErrorRecord(source="b\u00e4d.txt", error='no "text"\n', doc_id="x")],
    )
    whole = json.dumps(batch.model_dump(mode="json"), ensure_ascii=False, indent=2)
    assert "".join(json_pieces(batch, indent=2, depth=4)) == whole


def test_plain_values_and_empty_containers() -> None:
    value = {"a": [], "b": {}, "c": [1, 2.5, None, True, '\u00e9\\"\n'], "d": [[], [{}]]}
    for indent in (2, None, 4):
        whole = json.dumps(value, ensure_ascii=False, indent=indent)
        assert "".join(json_pieces(value, indent=indent, depth=5)) == whole


def test_joined_keeps_the_text_and_bounds_each_string() -> None:
    pieces = [f"piece {n} " for n in range(5000)]
    out = list(joined(pieces, size=1000))
    assert "".join(out) == "".join(pieces)
    assert all(len(s) < 1000 + 20 for s in out)
    assert len(out) > 10


def test_a_long_text_through_the_cli_writer_is_json_dumps(nlp) -> None:
    # Over CHUNK_CHARS: a Document of many pieces, written the CLI's way.
    paragraph = TEXTS[1] + " " + TEXTS[0]
    text = "\n\n".join(paragraph for _ in range(150))
    doc = briefx.extract_many([text], published="2025-11-18", nlp=nlp)
    document = next(doc)
    whole = json.dumps(document.model_dump(mode="json"), ensure_ascii=False, indent=2) + "\n"
    written = "".join(joined([*json_pieces(document, indent=2), "\n"]))
    assert written == whole
    assert len(document.sentences) > 300


def _big_result(batch: list[int]) -> list[str]:
    return ["\u00e9" * n for n in batch]


def test_a_large_worker_result_comes_back_whole() -> None:
    # 48 MB of text in one answer, in a batch with a small one.
    out = list(run_in_workers([[24_000_000, 3]], _big_result, lambda i, why: why, workers=1))
    assert [len(s) for s in out] == [24_000_000, 3]
    assert out[0] == "\u00e9" * 24_000_000


def test_check_model_names_what_to_do() -> None:
    check_model()  # the installed default
    with pytest.raises(ModelError, match=r"no_such_model.*--model"):
        check_model("no_such_model")
