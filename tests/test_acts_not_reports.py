"""A reporting verb with a thing for object is an act, not a report (capability table).

"Employers added 180,000 jobs", "the index added 1.4%", "posted a quarterly loss": the
verb's subject did something; nothing was said, so the sentence has no attribution (its
frame stays). With a clause or a quotation the verb reports ("the mayor added that ...",
'"...," he added'): attribution as before. The verbs: ``acts_on_a_thing`` in
``models/attribution.json``. Sentences invented for this table.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-06"

# (sentence, the attribution's cue, or None for none; the frame expected, or None)
ACTS = [
    ("Employers added 180,000 jobs in May.", None, "added"),
    ("The Brennick index added 1.4% on Tuesday.", None, "added"),
    ("Shares of Corvane Mining added 12 cents to 3.40 dollars.", None, "added"),
    ("Halden United added a second goal after the break.", None, "added"),
    ("The airline added four weekly flights to Porto.", None, "added"),
    ("The central bank added 20 tonnes of gold to its reserves last year.", None, "added"),
    ("Tarsk Motors posted a quarterly loss of 210 million euros.", None, "posted"),
    ("The retailer posted record sales in December.", None, "posted"),
    ("Orvell Bank posted a 12% rise in profit for the third quarter.", None, "posted"),
    ("The goalkeeper posted his tenth clean sheet of the season.", None, "posted"),
    ("Police added two names to the list of suspects on Friday.", None, "added"),
    ("The council added a clause to the contract on Monday.", None, "added"),
    ("The economy added jobs for the 40th straight month.", None, "added"),
    ("The museum posted guards at every door.", None, "posted"),
    ("Kessler added 23 points as the Wolves beat the Hawks.", None, "added"),
    ("The ministry added 300 beds to the field hospital.", None, "added"),
]
REPORTS = [
    ('"We will rebuild," the mayor added.', "add", None),
    ("The minister added that talks would resume on Friday.", "add", None),
    ('She added: "Nobody was hurt."', "add", None),
    ('"It was a long night," he added on Sunday.', "add", None),
    ("The company posted on its website that the plant would close.", "post", None),
    (
        "Officials said the road would reopen, adding that crews were working overnight.",
        "say",
        None,
    ),
    # The jobs were added; the department reported it.
    ("Employers added 250,000 jobs in February, the Labor Department said.", "say", "added"),
]


def _of(text: str) -> tuple[list[str], list[str]]:
    document = briefx.extract(text, published=PUBLISHED)
    cues = [f.attribution.cue for f in document.facts if f.attribution is not None]
    frames = [e.text for f in document.facts for e in f.events]
    return cues, frames


@pytest.mark.parametrize(("text", "cue", "frame"), ACTS + REPORTS)
def test_an_act_or_a_report(text: str, cue: str | None, frame: str | None) -> None:
    cues, frames = _of(text)
    assert cues == ([] if cue is None else [cue])
    if frame is not None:
        assert frame in frames
