"""A common noun that no person bears, opening a sentence, is no person (issue 25, fresh
news): "Turnout was 57.3%, the highest since 2008" (an invented election report) gave a
person "Turnout"; the tagger reads the word as a proper noun, which kept it. A one-word
person opening a sentence whose word is a noun of the model's lemmatizer and has no
person's sense in WordNet (``models/entities/person_nouns.json``, built by
tools/build_person_nouns.py) is dropped; a word with one can be a surname ("Baker",
"Bush", "Hunter") and stays, as do first names, the surname of a person named in full
and a known name. Capability table of invented texts.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the opening word): no person of that word.
NOBODY = [
    ("Voters went to the polls on Sunday. Turnout was 57.3%, the highest since 2008.", "Turnout"),
    ("Turnout was poor on Sunday.", "Turnout"),
    ("Nurses walked out for a second day. Morale is low, one nurse said.", "Morale"),
    ("Morale was 57.3%, the highest since 2008.", "Morale"),
    ("Morale remained weak.", "Morale"),
    ("Morale was poor on Sunday.", "Morale"),
    ("Turnout is low, one official said.", "Turnout"),
    ("Turnout rose to 12,000 in October.", "Turnout"),
    ("Visibility was poor on Sunday.", "Visibility"),
    ("Attendance rose to 12,000 in October.", "Attendance"),
    ("Inflation remained weak.", "Inflation"),
    ("Rainfall was 57.3%, the highest since 2008.", "Rainfall"),
    ("Unemployment is low, one official said.", "Unemployment"),
    ("Enrolment remained weak.", "Enrolment"),
    ("Demand was poor on Sunday.", "Demand"),
    ("Liquidity rose to 12,000 in October.", "Liquidity"),
]

# (text, the name, its type): names stay.
NAMES = [
    ("Baker headed home a late winner.", "Baker", "PERSON"),
    ("Mayor Tilda Cook spoke first. Cook said the bridge would reopen.", "Cook", "PERSON"),
    ("Bush said the vote had been fair.", "Bush", "PERSON"),
    ("Rose said she would stand again.", "Rose", "PERSON"),
    ("Hunter headed in twice after the break.", "Hunter", "PERSON"),
]


@pytest.mark.parametrize(("text", "word"), NOBODY)
def test_a_noun_no_person_bears_is_no_person(text: str, word: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    read = [(e.name, e.type) for e in doc.entities]
    assert not any(m.text == word for e in doc.entities for m in e.mentions), read


@pytest.mark.parametrize(("text", "word", "kind"), NAMES)
def test_a_word_a_person_can_bear_stays_a_name(text: str, word: str, kind: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    kinds = {e.type for e in doc.entities for m in e.mentions if m.text == word}
    assert kinds == {kind}, [(e.name, e.type) for e in doc.entities]
