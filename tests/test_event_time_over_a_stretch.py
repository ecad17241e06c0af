"""An event counted over a stretch of time takes no day from the scene (issue 25, rules
3 and 5).

"The firm reported results on Tuesday. It sold 212,000 cars in the first nine months.":
the sales were dated Tuesday, the day of the report. What is counted "over
the past 12 months", "in the first nine months", "over the last three years" happened
throughout that stretch, not on the scene's day; the stretch is a length (P9M), not a
calendar date, so the event has no time of its own (its words: ``stretch_words`` in
``models/events/time.json``). A length with no such word still lies in the scene ("they
repaired the line in three hours", "he stayed for two days"); one that ends at a date
("in the year to March 31") is left to that date.

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule 13
of the 14 stretches took the scene's day, and the 2 lengths in the scene passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-05"

# (text, the event counted over a stretch)
OVER_A_STRETCH = [
    (
        "The firm reported results on Tuesday. It sold 212,000 cars in the first nine months.",
        "sold",
    ),
    ("The agency published figures on Monday. Exports rose 5% over the past 12 months.", "rose"),
    (
        "The insurer reported on Tuesday. It paid out $40 million over the past nine months.",
        "paid",
    ),
    (
        "The chain gave an update on Wednesday. It opened 40 stores over the last three years.",
        "opened",
    ),
    (
        "The ministry gave figures on Monday. Prices climbed 8% over the previous six months.",
        "climbed",
    ),
    ("The union met on Friday. Its members lost 3,000 jobs in the past two years.", "lost"),
    ("The firm reported on Tuesday. Revenue grew 14% in the first six months.", "grew"),
    ("Officials spoke on Wednesday. More than 300 people died in the past four weeks.", "died"),
    ("The charity reported on Thursday. It fed 50,000 families over the past ten years.", "fed"),
    (
        "The regulator spoke on Monday. It issued fines worth $2 million in the previous 18 "
        "months.",
        "issued",
    ),
    ("Police spoke on Friday. Officers arrested 120 people over the last five days.", "arrested"),
    ("The club reported on Tuesday. It signed nine players in the past three years.", "signed"),
    (
        "The builder reported on Monday. It completed 800 homes in its first ten months.",
        "completed",
    ),
    ("The agency spoke on Wednesday. Sales slumped 20% in the last three months.", "slumped"),
]

# (text, an event of the second sentence, the scene's day): a length, no stretch.
IN_THE_SCENE = [
    ("Crews arrived on Monday. They repaired the line in three hours.", "repaired", "2025-12-01"),
    ("The envoy arrived on Sunday. He stayed for two days.", "stayed", "2025-11-30"),
]


@pytest.mark.parametrize(("text", "word"), OVER_A_STRETCH)
def test_an_event_over_a_stretch_takes_no_day(text: str, word: str) -> None:
    assert time_of(text, word, PUBLISHED) is None


@pytest.mark.parametrize(("text", "word", "value"), IN_THE_SCENE)
def test_a_length_without_a_stretch_stays_in_the_scene(text: str, word: str, value: str) -> None:
    assert time_of(text, word, PUBLISHED) == value
