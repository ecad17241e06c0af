"""A noun inside a complex preposition names no event (event coverage, kind "a noun that
is part of a preposition").

"arrested two men on Tuesday in connection with the theft of paintings last month": "in
connection with" works as one preposition, and "connection" is no act anybody did. Since
the dated nouns (8fb4475) took "connection" (an act sense, "the act of connecting"), the
date the parse hung on it made it an event of last month. "in return for" and "in
exchange for" had made "return" and "exchange" events before. The phrases are data,
``complex_prepositions`` of ``models/events/words.json``: a noun between a preposition
and another one there ("in connection with", "in the wake of") is no event, nor a date's
owner; an event noun that is one in its own right stays one ("in protest at the ruling":
the protest).

Capability table of invented sentences, published 2025-11-18 (a Tuesday): before the
change 4 of the 18 nouns had a frame (2 of them since 8fb4475); the act after the phrase
keeps its date.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, time_or_none

# (text, the noun of the complex preposition)
ROWS = [
    (
        "Police arrested two men on Tuesday in connection with the theft of paintings last month.",
        "connection",
    ),
    ("Three guards were questioned in connection with the escape on Sunday.", "connection"),
    ("In addition to the cuts announced in March, the firm will close two plants.", "addition"),
    ("The board acted in accordance with rules adopted in 2019.", "accordance"),
    ("The bank was fined in relation to trades made in 2021.", "relation"),
    ("Prisoners were freed on Sunday in return for the release of two soldiers in May.", "return"),
    ("The plant was shut in compliance with an order issued in April.", "compliance"),
    ("The shares were handed over in exchange for debt owed since 2020.", "exchange"),
    ("Flags flew at half-mast in memory of the miners killed in 1988.", "memory"),
    ("A medal was awarded in recognition of her rescue work on Saturday.", "recognition"),
    ("Rates were cut in line with the forecast made in September.", "line"),
    ("The mayor spoke on behalf of the families on Monday.", "behalf"),
    ("Markets fell in the wake of the vote on Thursday.", "wake"),
    ("He was paid in lieu of notice in July.", "lieu"),
    ("The firm sued in respect of losses suffered in 2022.", "respect"),
    ("The club acted in breach of the rules in August.", "breach"),
    ("The rally went ahead in spite of the ban issued on Friday.", "spite"),
    ("The minister resigned in the light of the report published on Monday.", "light"),
]

# The act after the phrase keeps the date told with it.
AFTER = [
    (ROWS[0][0], "theft", "2025-10"),
    (ROWS[5][0], "release", "2025-05"),
    (ROWS[5][0], "freed", "2025-11-16"),
]

# An event noun in its own right stays one.
EVENTS = [
    ("Shops closed on Monday in protest at the new tax.", "protest"),
    ("Workers walked out in protest at the ruling on Friday.", "protest"),
]


@pytest.mark.parametrize(("text", "noun"), ROWS)
def test_a_noun_of_a_complex_preposition_is_no_event(text: str, noun: str) -> None:
    assert noun not in frames_of(text)


@pytest.mark.parametrize(("text", "event", "value"), AFTER)
def test_the_act_after_the_phrase_keeps_its_date(text: str, event: str, value: str) -> None:
    assert time_or_none(text, event) == value


@pytest.mark.parametrize(("text", "noun"), EVENTS)
def test_an_event_noun_in_its_own_right_stays_an_event(text: str, noun: str) -> None:
    assert noun in frames_of(text)
