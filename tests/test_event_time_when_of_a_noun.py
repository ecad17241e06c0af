"""A "when" clause on a dated noun happened at the noun's date (issue 25, rule 1): "the
2008 crisis, when banks stopped lending" tells that the lending stopped in 2008; "last
year's floods, when the river burst its banks" that the river burst them last year. The
date is the noun's own (a modifier, a possessive or a compound: "the 2008 crisis", "last
year's floods", "the March 3 vote") or that of the phrase the noun heads ("the storm of
October 2019, when ..."). A clause with no "when" ("the 2008 crisis, which economists
still study") is not placed by it, and a noun with no date lends none; what the noun did
is ("which cost millions their jobs": tests/test_event_time_what_the_named_event_did.py).
Capability table of invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, event word in the "when" clause, its time's value)
TABLE = [
    ("Lenders tightened rules after the 2008 crisis, when banks stopped lending to each other.",
     "stopped", "2008"),
    ("The town still remembers last year's floods, when the river burst its banks.",
     "burst", "2024"),
    ("Turnout was far lower than in the 2019 election, when 70% of voters cast a ballot.",
     "cast", "2019"),
    ("Fans compared the final with the 1998 tournament, when the hosts won the cup.",
     "won", "1998"),
    ("Memories of the 1987 crash, when investors fled the market, still haunt traders.",
     "fled", "1987"),
    ("The strike recalls the 1984 dispute, when miners walked out for a year.",
     "walked", "1984"),
    ("Shares have not been this low since the March 2020 selloff, when markets plunged.",
     "plunged", "2020-03"),
    ("Analysts pointed to the October 2023 attack, when gunmen seized 40 hostages.",
     "seized", "2023-10"),
    ("The club has not won since the 2015 final, when it beat its rival on penalties.",
     "beat", "2015"),
    ("The plant has been idle since the 2011 quake, when the reactors melted down.",
     "melted", "2011"),
    ("Rates are at their highest since the 2007 peak, when the bank charged 5.75%.",
     "charged", "2007"),
    ("Officials cited the storm of October 2019, when waves flooded the harbour.",
     "flooded", "2019-10"),
    ("The council reversed the 2021 decision, when it closed the library.",
     "closed", "2021"),
    ("Protesters marked the anniversary of the 1989 crackdown, when troops fired on crowds.",
     "fired", "1989"),
    ("Investors recalled the 2000 bubble, when technology stocks soared.",
     "soared", "2000"),
    ("Voters remember last month's blackout, when the grid failed for six hours.",
     "failed", "2025-10"),
    # No "when", or no date on the noun: the clause is not placed by it.
    ("Lenders tightened rules after the 2008 crisis, which economists still study.",
     "study", None),
    ("The town still remembers the floods, when the river burst its banks.", "burst", None),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_when_clause_happened_at_its_nouns_date(
    text: str, word: str, value: str | None
) -> None:
    assert time_of(text, word) == value
