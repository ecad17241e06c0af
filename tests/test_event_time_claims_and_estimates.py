"""A claim, a declaration and an estimate are acts of their own, like a warning (event
coverage, kind "speech acts of TimeML's intensional classes").

TimeML's guidelines put "claim", "allege" and "declare" among the intensional actions
(I_ACTION), apart from the REPORTING verbs ("say", "report", "tell", "state"), and
TimeBank's annotators class estimating with the intensional acts and states. briefx read
"claimed on Friday that the deal was illegal" as attribution only, with no frame: the
claim had no time. They join ``speech_acts`` (``models/events/words.json``): a frame with
its time that still attributes what it reports. "said", "announced", "confirmed",
"stated" and "admitted" stay attribution (``tests/test_event_time_speech_acts.py``).
"Indicate" stays out: as often said of a thing ("the data indicate") as of a speaker.

Capability table of invented sentences, published 2025-11-18 (a Tuesday): before the
change 14 of the 16 rows had no frame; the two with a noun for object ("claimed victory",
"declared a mistrial") were acts already.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import time_of

# (text, verb, its time's value)
ROWS = [
    ("The senator claimed on Friday that the deal was illegal.", "claimed", "2025-11-14"),
    ("Rebels claimed on Sunday that they had taken the airport.", "claimed", "2025-11-16"),
    ("The striker claimed on Saturday that the winning goal was his.", "claimed", "2025-11-15"),
    ("In 2023 the firm claimed that its batteries lasted ten years.", "claimed", "2023"),
    ("The general declared on Monday that the war was over.", "declared", "2025-11-17"),
    ("The court declared on Thursday that the election was void.", "declared", "2025-11-13"),
    ("In June the party declared that it would boycott the vote.", "declared", "2025-06"),
    ("The referee declared last week that the match would be replayed.", "declared", "2025-W46"),
    ("The agency estimated on Friday that 3,000 homes were damaged.", "estimated", "2025-11-14"),
    ("Economists estimated last month that the economy grew 2%.", "estimated", "2025-10"),
    ("The council estimated in March that repairs would cost $4 million.", "estimated", "2025-03"),
    (
        "Analysts estimated on Monday that sales fell in the third quarter.",
        "estimated",
        "2025-11-17",
    ),
    ("The party claimed victory on Sunday night.", "claimed", "2025-11-16TNI"),
    ("The judge declared a mistrial on Thursday.", "declared", "2025-11-13"),
    ("The ministry estimated on Wednesday that 40 people had died.", "estimated", "2025-11-12"),
    ("The army claimed in May that it had destroyed the bridge.", "claimed", "2025-05"),
]


@pytest.mark.parametrize(("text", "word", "value"), ROWS)
def test_a_claim_or_an_estimate_is_an_act_with_its_time(text, word, value):
    assert time_of(text, word) == value


def test_a_claim_still_attributes_what_it_reports():
    doc = briefx.extract(
        "The senator claimed on Friday that the deal was illegal.", published="2025-11-18"
    )
    reported = [f for f in doc.facts if f.attribution is not None]
    assert reported
    assert reported[0].attribution.cue == "claim"


def test_a_noun_the_tagger_reads_as_a_speech_verb_is_no_frame():
    """ "profits topped consensus estimates" with "estimates" tagged a verb (as the small
    model may in a long story): a word in a noun's place is no speech act."""
    from spacy.tokens import Doc

    from briefx.events.words import is_event_verb

    nlp = briefx.load_pipeline()
    doc = Doc(
        nlp.vocab,
        words=["Profits", "topped", "consensus", "estimates", "."],
        pos=["NOUN", "VERB", "NOUN", "VERB", "PUNCT"],
        tags=["NNS", "VBD", "NN", "VBZ", "."],
        deps=["nsubj", "ROOT", "compound", "dobj", "punct"],
        heads=[1, 1, 3, 1, 1],
        lemmas=["profit", "top", "consensus", "estimate", "."],
    )
    assert not is_event_verb(doc[3])
    # The same word heading its clause is a speech act.
    said = nlp("Analysts estimated on Monday that sales fell.")
    assert is_event_verb(said[1])


# What a speech act reports, with a subject of its own, keeps its dates, past or to come:
# the act is not dated by them (the parse may hang a subject's date on the clause's verb).
# Before the change 3 of the 4 rows failed ("warned" took the storm's month; the claim
# and the estimate had no frame).
REPORTED_DATES = [
    "The insurer estimated that the storm last month will cost it $10 million.",
    "The insurer warned that the storm last month will cost it $10 million.",
    "The rebels claimed that the raid last week would force a ceasefire.",
    "The agency warned that floods in March could return.",
]


@pytest.mark.parametrize("text", REPORTED_DATES)
def test_a_speech_act_takes_no_date_of_what_it_reports(text):
    verb = next(w for w in ("estimated", "warned", "claimed") if w in text)
    assert time_of(text, verb) is None
