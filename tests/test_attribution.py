"""Attribution on its own: speaker, reporting verb and outlet of a sentence's speech."""

from __future__ import annotations

import pytest

from briefx.events.attribution import MentionIndex, find_attribution
from briefx.reconcile.document import build_entities
from briefx.reconcile.findings import SentenceIndex
from briefx.text.segment import sentence_spans

# (text, sentence to read, speaker's name or None, speaker text, cue, outlet)
CASES = [
    (
        "Maria Lindqvist said the bridge would reopen.",
        0,
        "Maria Lindqvist",
        "Maria Lindqvist",
        "say",
        None,
    ),
    (
        "The bridge will reopen, Maria Lindqvist told Reuters.",
        0,
        "Maria Lindqvist",
        "Maria Lindqvist",
        "tell",
        "Reuters",
    ),
    (
        "According to Tomas Berg, the talks failed.",
        0,
        "Tomas Berg",
        "Tomas Berg",
        "according to",
        None,
    ),
    ("Tomas Berg arrived in Oslo. He said the talks failed.", 1, "Tomas Berg", "He", "say", None),
    ("The minister announced that fares will rise.", 0, None, "The minister", "announce", None),
    ("The ferry left Bergen at dawn.", 0, None, None, None, None),
    ("Fares rose sharply, Reuters reported.", 0, "Reuters", "Reuters", "report", "Reuters"),
]


@pytest.mark.parametrize(("text", "sid", "speaker", "speaker_text", "cue", "outlet"), CASES)
def test_attribution_of_a_sentence(nlp, text, sid, speaker, speaker_text, cue, outlet) -> None:
    doc = nlp(text)
    spans = sentence_spans(doc)
    entities = build_entities(doc, SentenceIndex(spans), [])
    start, end = spans[sid]
    found = find_attribution(doc, start, end, MentionIndex(entities, doc))
    if cue is None:
        assert found is None
        return
    assert found is not None
    assert (found.cue, found.speaker_text, found.outlet) == (cue, speaker_text, outlet)
    names = {e.id: e.name for e in entities}
    assert (names.get(found.speaker) if found.speaker else None) == speaker


def test_reporting_dates_are_the_verbs_own(nlp) -> None:
    text = "On Monday, Maria Lindqvist said the bridge would reopen in June."
    doc = nlp(text)
    spans = sentence_spans(doc)
    entities = build_entities(doc, SentenceIndex(spans), [])
    monday, june = text.index("Monday"), text.index("June")
    dates = [(0, monday, monday + 6), (1, june, june + 4)]
    found = find_attribution(doc, *spans[0], MentionIndex(entities, doc), dates)
    assert found is not None
    assert found.dates == [0]


def test_a_title_stands_for_the_person_it_introduced(nlp) -> None:
    text = "President Anna Kowalczyk visited Gdansk. The president said the port would grow."
    doc = nlp(text)
    spans = sentence_spans(doc)
    entities = build_entities(doc, SentenceIndex(spans), [])
    found = find_attribution(doc, *spans[1], MentionIndex(entities, doc))
    assert found is not None
    assert {e.id: e.name for e in entities}[found.speaker] == "Anna Kowalczyk"
