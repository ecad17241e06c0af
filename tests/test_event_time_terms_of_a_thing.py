"""A date that tells a thing's term ("a dividend, payable Jan. 15", "new rules, effective
July 1", "a lease expiring in 2040") is the thing's, not the act's that made it.

"The board declared a special 15-cent dividend, payable Jan. 15" dated the declaring
on Jan. 15; "The city signed a lease expiring in 2040" dated the signing in 2040. A date
below a word of a term (``term_words`` in models/events/time.json: payable, effective,
due, expiring, maturing, valid, backdated, running, lasting ...) that describes a noun
dates the noun when the noun is an event ("a fare increase effective Monday": the
increase), and no act around it. A date of the act's own still dates it ("approved new
rules on Tuesday, effective July 1"), and a term told of its subject by a verb stays the
verb's ("The report is due on Friday").

Capability table of invented sentences, published 2026-03-13 (a Friday); before the rule
7 of the 17 acts took the term's date, and 1 of the 3 acts after a term took it
as its scene; the 5 kept dates passed.
"""

from __future__ import annotations

import pytest

import briefx
from tests.event_times import time_or_none

PUBLISHED = "2026-03-13"

# (text, the act, the text of the term's date)
ACTS = [
    ("The board declared a special 15-cent dividend, payable Jan. 15.", "declared", "Jan. 15"),
    ("The regulator approved new rules, effective July 1.", "approved", "July 1"),
    ("The city signed a lease expiring in 2040.", "signed", "2040"),
    ("The government approved a pay rise for nurses, backdated to January.", "approved", "January"),
    ("The ministry published new tariffs, effective Feb. 1.", "published", "Feb. 1"),
    ("Shareholders approved a stock split, effective March 20.", "approved", "March 20"),
    ("The ministry extended the ban, valid until the end of May.", "extended", "the end of May"),
    ("The council adopted a lower speed limit, effective Jan. 1.", "adopted", "Jan. 1"),
    ("The union accepted a pay offer backdated to October.", "accepted", "October"),
    ("The bank granted the miner a loan maturing in 2029.", "granted", "2029"),
    ("The firm announced a buyback running until December.", "announced", "December"),
    ("The club offered the coach a contract running until June 2028.", "offered", "June 2028"),
    ("The bank sold notes maturing in 2030.", "sold", "2030"),
    ("The company issued bonds due in 2031.", "issued", "2031"),
    ("The airline announced a fare increase effective Monday.", "announced", "Monday"),
    ("Lawmakers passed a budget, valid until December.", "passed", "December"),
    ("The board approved the merger, effective on Monday.", "approved", "Monday"),
]

# (text, the word, its date)
KEPT = [
    ("The regulator approved new rules on Tuesday, effective July 1.", "approved", "2026-03-10"),
    ("On Thursday the board declared a dividend, payable Jan. 15.", "declared", "2026-03-12"),
    ("The airline announced a fare increase effective Monday.", "increase", "2026-03-16"),
    ("The board approved the merger, effective on Monday.", "merger", "2026-03-16"),
    ("The report is due on Friday.", "due", "2026-03-13"),
]


# A term's date sets no scene for the sentences after it.
SCENES = [
    ("The board declared a dividend, payable Jan. 15. Its shares rose 2%.", "rose", "Jan. 15"),
    (
        "The city approved new parking rules, effective July 1. Drivers protested.",
        "protested",
        "July 1",
    ),
    ("The firm sold bonds due in 2031. Pension funds bought most of them.", "bought", "2031"),
]


@pytest.mark.parametrize(("text", "word", "term"), ACTS + SCENES)
def test_a_terms_date_dates_no_act(text: str, word: str, term: str) -> None:
    doc = briefx.extract(text, published=PUBLISHED)
    [date] = [n for n, d in enumerate(doc.dates) if d.text == term]
    [frame] = [e for f in doc.facts for e in f.events if e.text == word]
    assert frame.time is None or frame.time.date != date


@pytest.mark.parametrize(("text", "word", "value"), KEPT)
def test_an_acts_own_date_and_a_things_term_stay(text: str, word: str, value: str) -> None:
    assert time_or_none(text, word, PUBLISHED) == value
