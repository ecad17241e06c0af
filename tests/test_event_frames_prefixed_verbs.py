"""A verb written with a hyphenated prefix is one word (event frames, kind "a prefixed
verb").

"The mayor was re-elected on Sunday" gave three frames, "re", "-" and "elected", and
"She co-founded the firm in 2010" made "co" the sentence's root: spaCy's tokenizer splits
a hyphen between letters, and the parser reads the prefix as a verb of its own. A hyphen
after a prefix that makes a verb again or jointly (``verb_prefixes`` of
``models/text/tokens.json``: "re", "co", "pre", "de") no longer splits the word: the
verb is one token, one frame, with its date, and its lemma is the prefix and the lemma of
the rest ("re-elect"; spaCy's rules alone gave "re-electe"). Other hyphenated words split
as before ("mid-March", "Paris-based").

Capability table of invented sentences, published 2025-11-22 (a Saturday): before the
change all 16 had a frame of a prefix or a hyphen.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-22"

# (text, the prefixed verb, its time's value)
ROWS = [
    ("The mayor was re-elected on Sunday.", "re-elected", "2025-11-16"),
    ("She co-founded the firm in 2010.", "co-founded", "2010"),
    ("The plant re-opened on Monday.", "re-opened", "2025-11-17"),
    ("Police pre-empted the protest on Friday.", "pre-empted", "2025-11-21"),
    ("The bank re-entered the bond market in May.", "re-entered", "2025-05"),
    ("Both sides agreed to de-escalate on Tuesday.", "de-escalate", "2025-11-18"),
    ("The court re-opened the case in March.", "re-opened", "2025-03"),
    ("Rebels re-took the town on Wednesday.", "re-took", "2025-11-19"),
    ("The two firms co-authored a report in June.", "co-authored", "2025-06"),
    ("The club re-signed its captain on Thursday.", "re-signed", "2025-11-20"),
    ("Officials re-counted the ballots on Monday.", "re-counted", "2025-11-17"),
    ("The studio co-produced the film in 2019.", "co-produced", "2019"),
    ("Engineers re-routed the pipeline in April.", "re-routed", "2025-04"),
    ("The council re-zoned the land in 2023.", "re-zoned", "2023"),
    ("Voters re-elected the governor in 2022.", "re-elected", "2022"),
    ("The airline re-launched the route on Friday.", "re-launched", "2025-11-21"),
]

_PIECES = {"re", "co", "pre", "de", "-"}


@pytest.mark.parametrize(("text", "verb", "value"), ROWS)
def test_a_prefixed_verb_is_one_frame(text: str, verb: str, value: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert not _PIECES & set(frames)
    assert frames[verb].time is not None
    assert frames[verb].time.value == value


# The lemma of a prefixed verb is the prefix and the lemma of the rest.
LEMMAS = [
    ("The mayor was re-elected on Sunday.", "re-elected", "re-elect"),
    ("She co-founded the firm in 2010.", "co-founded", "co-found"),
    ("Rebels re-took the town on Wednesday.", "re-took", "re-take"),
    ("The club re-signed its captain on Thursday.", "re-signed", "re-sign"),
]


@pytest.mark.parametrize(("text", "verb", "lemma"), LEMMAS)
def test_a_prefixed_verb_has_its_rests_lemma(text: str, verb: str, lemma: str) -> None:
    assert frames_of(text, PUBLISHED)[verb].lemma == lemma


# A noun kept whole with its prefix is the event noun after it ("re-election": an
# election).
NOUNS = [
    ("Her re-election in 2022 surprised nobody.", "re-election", "2022"),
    ("He lost his bid for re-election on Sunday.", "re-election", "2025-11-16"),
]


@pytest.mark.parametrize(("text", "noun", "value"), NOUNS)
def test_a_prefixed_event_noun_is_an_event(text: str, noun: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED).get(noun)
    assert frame is not None
    assert frame.time is not None
    assert frame.time.value == value
