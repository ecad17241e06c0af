"""Reconciliation on its own: spans -> sentences -> entities -> facts -> Document."""

from __future__ import annotations

import unicodedata

import pytest

from briefx.reconcile import build_document
from briefx.reconcile.findings import SentenceIndex
from briefx.schema import ReferenceDate
from briefx.text.textmap import OffsetMap

REFERENCE = ReferenceDate(value="2025-03-10", origin="argument")


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 5, (0, 0, 5)),  # inside the first sentence
        (12, 15, (1, 12, 15)),  # inside the second
        (8, 14, (0, 8, 10)),  # crosses: cut at the end of the first
        (10, 12, None),  # only the whitespace between them
        (10, 14, (1, 12, 14)),  # starts in the gap, ends in the second
    ],
)
def test_sentence_index_locates_and_cuts(start, end, expected) -> None:
    assert SentenceIndex([(0, 10), (12, 20)]).locate(start, end) == expected


def _dated(nlp, text: str, dates: list[tuple[str, str]]):
    doc = nlp(text)
    records = []
    for phrase, value in dates:
        s = text.index(phrase)
        records.append(
            {
                "start": s,
                "end": s + len(phrase),
                "text": phrase,
                "type": "DATE",
                "value": value,
                "mod": None,
                "range": [value, value],
                "anchor": "reference_date",
            }
        )
    doc._.briefx_dates = records
    doc._.briefx_quantities = []
    return doc


def test_every_extraction_lies_in_its_sentence(nlp) -> None:
    text = "Lena Park flew to Lisbon on Friday.\n\nThe weather was mild. Nobody complained."
    doc = _dated(nlp, text, [("Friday", "2025-03-07")])
    out = build_document(doc, doc_id="t", source=None, reference=REFERENCE)
    assert [s.text for s in out.sentences] == [
        "Lena Park flew to Lisbon on Friday.",
        "The weather was mild.",
        "Nobody complained.",
    ]
    for entity in out.entities:
        for m in entity.mentions:
            s = out.sentences[m.sentence]
            assert s.start <= m.start < m.end <= s.end and text[m.start : m.end] == m.text
    assert out.dates[0].sentence == 0 and text[out.dates[0].start : out.dates[0].end] == "Friday"
    # Facts: the sentences with an extraction; an event frame is one ("Nobody complained"),
    # a state is not ("The weather was mild").
    assert [f.sentence for f in out.facts] == [0, 2]
    assert [e.lemma for e in out.facts[1].events] == ["complain"]
    assert out.facts[0].dates == [0]
    assert {out.entities[int(e[1:]) - 1].name for e in out.facts[0].entities} == {
        "Lena Park",
        "Lisbon",
    }


def test_a_span_across_sentences_is_cut_with_a_warning(nlp) -> None:
    text = "The vote is on Monday. Tuesday is a holiday."
    doc = _dated(nlp, text, [("Monday. Tuesday", "2025-03-10")])
    out = build_document(doc, doc_id="t", source=None, reference=REFERENCE)
    assert [d.text for d in out.dates] == ["Monday."]
    assert any("crosses a sentence boundary" in w for w in out.warnings)


def test_offsets_map_back_to_the_text_as_given(nlp) -> None:
    given = unicodedata.normalize("NFD", "Ayşe Kılıç spoke in İzmir on Friday.")
    mapping = OffsetMap(given)
    doc = _dated(nlp, mapping.text, [("Friday", "2025-03-07")])
    out = build_document(
        doc, doc_id="t", source=None, reference=REFERENCE, offsets=mapping, original=given
    )
    assert out.text == given
    for entity in out.entities:
        for m in entity.mentions:
            assert given[m.start : m.end] == m.text
    assert given[out.dates[0].start : out.dates[0].end] == "Friday"
    assert out.sentences[0].text == given[: given.index(".") + 1]


def test_warnings_given_come_first_and_ids_follow_the_arguments(nlp) -> None:
    doc = _dated(nlp, "Nothing happened.", [])
    out = build_document(
        doc, doc_id="wire-7", source="x.txt", reference=REFERENCE, warnings=["earlier note"]
    )
    assert (out.doc_id, out.source, out.reference_date) == ("wire-7", "x.txt", REFERENCE)
    assert out.warnings == ["earlier note"]
    assert out.facts == [] and out.entities == []
