"""A common noun that opens a sentence or a headline is no name (entities): the small model
read "Wildfire forces thousands from homes" as a person, "Cholera cases rise" and
"Carmaker recalls 310,000 SUVs" as organisations, "Referendum set for March" as a place
(invented reports). A one-word person, organisation or place at the start of a sentence
goes when its word is a noun of the model's lemmatizer tables and the tagger reads it as
a common noun, or the report writes it in lower case elsewhere, or (a person) WordNet
gives the word no person's sense ("Turnout was 67%", tests/test_entities_nobody_nouns.py);
names stay: a known name
(the gazetteer), the surname of a person named in full, a first name read as a person, a
word the report capitalises inside a sentence. Capability table of invented texts."""

from __future__ import annotations

import pytest

from tests.test_fresh_kinds import names

# (text, word, its type or None)
TABLE = [
    (
        "Wildfire forces thousands from homes\n\nA wildfire broke out near Ashby on Sunday.",
        "Wildfire",
        None,
    ),
    ("Cholera cases rise in the north\n\nDoctors reported 40 new cases.", "Cholera", None),
    ("Carmaker recalls 310,000 SUVs\n\nThe recall covers two models.", "Carmaker", None),
    ("Voters chose a new parliament on Sunday. Turnout was 67%.", "Turnout", None),
    (
        "Drivers will strike on Monday. Operators said they would run fewer trains.",
        "Operators",
        None,
    ),
    ("The bank held rates. Sterling dropped half a cent against the dollar.", "Sterling", None),
    (
        "Regulator fines bank over data breach\n\nThe fine was the largest this year.",
        "Regulator",
        None,
    ),
    ("Ceasefire holds in the south\n\nThe truce began on Friday.", "Ceasefire", None),
    ("Referendum set for March\n\nVoters will decide on the new charter.", "Referendum", None),
    ("Sales rose in the quarter. Turnover climbed 4% to $2 billion.", "Turnover", None),
    ("Gunmen attacked a convoy. Militia fighters fled into the hills.", "Militia", None),
    ("Storm cuts power to 40,000 homes\n\nThe storm hit at dawn.", "Storm", None),
    ("Landslide buries village in the hills\n\nA landslide struck at night.", "Landslide", None),
    ("Inquiry finds failings at hospital\n\nThe inquiry heard from 40 witnesses.", "Inquiry", None),
    ("Heatwave grips the south\n\nThe heatwave is expected to last a week.", "Heatwave", None),
    # Names stay names.
    ("Shell said profits rose.", "Shell", "ORG"),
    ("Mayor Tilda Cook spoke first. Cook said the bridge would reopen.", "Cook", "PERSON"),
    ("Shares of Compass rose 3%. Compass said sales rose 5%.", "Compass", "ORG"),
    ("Baker headed home a late winner.", "Baker", "PERSON"),
    ("Alphabet said revenue rose.", "Alphabet", "ORG"),
]


@pytest.mark.parametrize(("text", "word", "expected"), TABLE)
def test_a_common_noun_opening_a_sentence_is_no_name(
    text: str, word: str, expected: str | None
) -> None:
    assert names(text).get(word) == expected
