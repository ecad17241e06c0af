"""A length up to a date: "grew 0.3% in the three months to September" happened over the
three months, not in September alone (issue 25, rule 1).

Business and statistics news count a figure over a stretch that ends at a date: "the
three months to September", "the 12 months to October", "the year ended June 30", "the
week to Nov. 9". The date names the stretch's end; the event's time keeps that date
(``value`` and ``date``) and its ``range`` runs back the length (the duration found right
before the joiner, ``period_ending`` in ``models/dates/context.json``): from the first day
of the stretch to the date's last day. A period named by itself ("the quarter ended Sept.
30", "the quarter to September") is the event's time as it was. The date is found whole:
"the three months to December" was read as a length alone, and December was lost
(``stretch_end_words`` in ``models/dates/patterns.json``).

Capability table of invented sentences, published 2025-11-18 (a Tuesday); before the
change 16 of the 21 rows failed (the two periods named by themselves and the three dates
that end no length passed).
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (sentence, the event, the time's value, its first day, its last day)
STRETCHES = [
    (
        "Sales rose 4% in the three months to September.",
        "rose",
        "2025-09",
        "2025-07-01",
        "2025-09-30",
    ),
    (
        "The economy grew 0.3% in the three months to October.",
        "grew",
        "2025-10",
        "2025-08-01",
        "2025-10-31",
    ),
    (
        "Prices rose 3.1% in the 12 months to October.",
        "rose",
        "2025-10",
        "2024-11-01",
        "2025-10-31",
    ),
    (
        "House prices fell 1.2% in the year to October.",
        "fell",
        "2025-10",
        "2024-11-01",
        "2025-10-31",
    ),
    ("Cases rose sharply in the week to Nov. 9.", "rose", "2025-11-09", "2025-11-03", "2025-11-09"),
    (
        "Exports fell 2% in the six months to September.",
        "fell",
        "2025-09",
        "2025-04-01",
        "2025-09-30",
    ),
    (
        "Revenue rose 8% in the three months ended Sept. 30.",
        "rose",
        "2025-09-30",
        "2025-07-01",
        "2025-09-30",
    ),
    (
        "Net income slipped 5% in the quarter that ended Sept. 30.",
        "slipped",
        "2025-Q3",
        "2025-07-01",
        "2025-09-30",
    ),
    (
        "The miner lost $12 million in the nine months ended Sept. 30.",
        "lost",
        "2025-09-30",
        "2025-01-01",
        "2025-09-30",
    ),
    (
        "Unemployment rose to 4.8% in the three months to August.",
        "rose",
        "2025-08",
        "2025-06-01",
        "2025-08-31",
    ),
    (
        "Retail sales rose 0.5% in the four weeks to Nov. 1.",
        "rose",
        "2025-11-01",
        "2025-10-05",
        "2025-11-01",
    ),
    (
        "The bank earned $2 billion in the year ended June 30.",
        "earned",
        "2025-06-30",
        "2024-07-01",
        "2025-06-30",
    ),
    (
        "Arrivals rose 9% in the two months to October.",
        "rose",
        "2025-10",
        "2025-09-01",
        "2025-10-31",
    ),
    ("Output fell in the quarter to September.", "fell", "2025-Q3", "2025-07-01", "2025-09-30"),
    (
        "Wages grew 5.2% in the three months to September, the office said.",
        "grew",
        "2025-09",
        "2025-07-01",
        "2025-09-30",
    ),
    (
        "Borrowing jumped in the 12 months ending in March.",
        "jumped",
        "2025-03",
        "2024-04-01",
        "2025-03-31",
    ),
    (
        "Profits doubled in the six months through June.",
        "doubled",
        "2025-06",
        "2025-01-01",
        "2025-06-30",
    ),
]


@pytest.mark.parametrize(("text", "word", "value", "first", "last"), STRETCHES)
def test_an_event_over_a_stretch_to_a_date_spans_the_stretch(text, word, value, first, last):
    time = frame_of(text, word).time
    assert time is not None, f"{word!r} has no time"
    assert (time.value, time.range) == (value, (first, last))
    assert time.source == "sentence"


def test_the_next_sentence_takes_the_stretch_as_its_scene():
    text = "Sales rose 4% in the three months to September. Profits fell 2%."
    time = frame_of(text, "fell").time
    assert time is not None and time.source == "context"
    assert (time.value, time.range) == ("2025-09", ("2025-07-01", "2025-09-30"))


# A date that ends no length keeps its own range.
PLAIN = [
    ("Sales rose 4% in September.", "rose", ("2025-09-01", "2025-09-30")),
    ("The strike lasted from March to June.", "strike", ("2025-03-01", "2025-06-30")),
    ("The talks went on to Friday.", "talks", ("2025-11-14", "2025-11-14")),
]


@pytest.mark.parametrize(("text", "word", "span"), PLAIN)
def test_a_date_that_ends_no_length_keeps_its_range(text, word, span):
    time = frame_of(text, word).time
    assert time is not None and time.range == span
