""" "It said" names the organisation the story told last: "Harrowgate's revenue rose 9%,
it said" is Harrowgate's statement (attribution, kind "speaker").

A "he" or "she" as the speaker is the last person named before it
(``MentionIndex.person_before``); an "it" had no entity, so a brief listed what it said
with no speaker and could not tell two companies' statements apart. "It" as the
speaker (``thing_pronouns`` in ``models/attribution.json``) is the last organisation named
before it.

Capability table of invented reports, published 2026-03-13: before the rule all 15 "it"
speakers had no entity; "he" keeps its person.
"""

from __future__ import annotations

import pytest

import briefx

# (report, the sentence with "it said", the organisation)
REPORTS = [
    ("Profits at Halden Bank rose 9% in the quarter, it said on Tuesday.", 0, "Halden Bank"),
    ("Velm Air cut 200 flights. It said fuel costs had risen.", 1, "Velm Air"),
    ("Norvik Bank posted a loss. It said on Monday it would cut 500 jobs.", 1, "Norvik Bank"),
    ("Tarsk Energy will close its Orvik plant, it said.", 0, "Tarsk Energy"),
    ("Brann Capital bought the hotel chain. It said the price was fair.", 1, "Brann Capital"),
    ("Dunmore Mining halted output on Friday, it said in a statement.", 0, "Dunmore Mining"),
    ("Kessa Telecom raised prices. It said the rise was needed.", 1, "Kessa Telecom"),
    ("Orla Foods recalled 40,000 jars. It said no one had fallen ill.", 1, "Orla Foods"),
    ("Halden Rail cancelled trains on Monday, it said, citing a strike.", 0, "Halden Rail"),
    ("Corrow Gas agreed to the deal. It said talks had been long.", 1, "Corrow Gas"),
    ("Velmont will hire 300 workers in Leeds, it said on Wednesday.", 0, "Velmont"),
    ("Tesk Metals rejected the offer. It said the bid undervalued the firm.", 1, "Tesk Metals"),
    ("Brask Foods shut two mills. It told staff on Friday.", 1, "Brask Foods"),
    ("Velmont Motors raised its forecast, it said on Thursday.", 0, "Velmont Motors"),
    (
        "Skyvale Airlines grounded its fleet. It said checks would take a week.",
        1,
        "Skyvale Airlines",
    ),
]


@pytest.mark.parametrize(("text", "sentence", "org"), REPORTS)
def test_it_said_names_the_organisation_told_last(text, sentence, org):
    doc = briefx.extract(text, published="2026-03-13")
    names = {e.id: e.name for e in doc.entities}
    said = next(f.attribution for f in doc.facts if f.sentence == sentence and f.attribution)
    assert said.speaker_text.lower() == "it"
    assert names.get(said.speaker) == org


def test_he_still_names_a_person():
    doc = briefx.extract(
        "Tom Baker resigned on Monday. He said he was tired.", published="2026-03-13"
    )
    names = {e.id: e.name for e in doc.entities}
    said = next(f.attribution for f in doc.facts if f.attribution)
    assert names.get(said.speaker) == "Tom Baker"
