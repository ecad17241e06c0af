"""A record's "since" clause dates the clause, not the record's act (issue 25, rule 1).

"Unemployment fell to 3.9%, the lowest since the crisis began in 2008" dated the fall
2008: the fall has no date of its own, and as the sentence's main verb it took the
nearest date the parse hung elsewhere, which is the start of the span the record is
measured over, told by a "since" clause ("its best day since the crisis erupted",
``span_starts``). A date in a clause opened by "since" or "until" is its own verb's
and no other event's: the act the record is of takes the scene's time or none, and a
noun the superlative ranks ("the biggest rise since ...") takes none from it.

Capability table of invented sentences, published 2025-11-24 (a Monday); before the rule
all 16 took the clause's date, 1 after (xfail: a misparse); the 2 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-24"

# (text, the act of the record, the since clause's date)
RECORDS = [
    # the parse joins "became" to "reached"; a clause of its own keeps its date
    (
        "Turnout reached 84%, the highest since voting became compulsory again in 2023.",
        "reached",
        "2023",
    ),
    ("Unemployment fell to 3.9%, the lowest since the crisis began in 2008.", "fell", "2008"),
    (
        "The river rose to 9 metres, its highest level since records started in 1871.",
        "rose",
        "1871",
    ),
    ("Shares closed at $40, the most since the company listed in 2019.", "closed", "2019"),
    ("The pound fell to $1.10, its weakest since the bank cut rates in March.", "fell", "2025-03"),
    ("Inflation hit 7%, the fastest pace since the war ended in 1991.", "hit", "1991"),
    ("Sales jumped 12%, the biggest rise since the plant opened in 2015.", "jumped", "2015"),
    ("Sales jumped 12%, the biggest rise since the plant opened in 2015.", "rise", "2015"),
    ("Exports slumped 9%, the sharpest drop since the pandemic struck in 2020.", "slumped", "2020"),
    (
        "The index gained 4%, its best week since the election was held in June.",
        "gained",
        "2025-06",
    ),
    ("Rents climbed 6%, the steepest increase since the survey began in 1995.", "climbed", "1995"),
    ("The team scored 60 points, its most since the coach arrived in 2021.", "scored", "2021"),
    (
        "Arrivals dropped to 2,000, the fewest since the border reopened in May.",
        "dropped",
        "2025-05",
    ),
    ("Gold rose to $3,000, a record since trading started in 1975.", "rose", "1975"),
    (
        "The yen slid 2%, its worst day since the central bank intervened in April.",
        "slid",
        "2025-04",
    ),
    ("Crime fell 8%, the largest decline since the force was created in 1999.", "fell", "1999"),
]

# (text, the clause's verb, its date): the clause keeps its own date
CLAUSES = [
    ("Unemployment fell to 3.9%, the lowest since the crisis began in 2008.", "began", "2008"),
    (
        "Inflation hit 7% on Monday, the fastest pace since the war ended in 1991.",
        "hit",
        "2025-11-24",
    ),
]


@pytest.mark.parametrize(("text", "word", "start"), RECORDS)
def test_a_record_takes_no_date_of_its_since_clause(text: str, word: str, start: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is None or frame.time.value != start, frame.time


@pytest.mark.parametrize(("text", "word", "value"), CLAUSES)
def test_a_clause_or_an_own_date_stays(text: str, word: str, value: str) -> None:
    frame = frames_of(text, PUBLISHED)[word]
    assert frame.time is not None and frame.time.value == value, frame.time
