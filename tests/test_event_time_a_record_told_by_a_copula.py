"""A record a copula tells of an event named again ranks it within a field: the field is
no time of the event (event time, kind "a record told by a copula").

"Rebels attacked a convoy on Sunday. The attack was the fifth this month." gave the
attack November, and "The visit was her third this year" the year: the date hung on the
copula was taken for the subject's own. As in "raised its rate on Thursday, the third
increase this year", the date of an ordinal or a superlative the copula says of its
subject ("the fifth", "her third", "its biggest", "the worst") is the field it ranks
within: no time of the subject, which names again the event told before and takes its
day, and no scene (``briefx.events.time._field_of_a_record``). The subject's own date
("Monday's vote was the first since the war") and a date that is the subject
("today is the tenth day of the strike") are no field.

Capability table of invented stories, published 2025-11-24 (a Monday): before the rule
14 of the 16 nouns took the field or nothing; 3 still do, where the noun names no event
told before by its kind or is no frame.
"""

from __future__ import annotations

import pytest

from tests.event_times import times_of

PUBLISHED = "2025-11-24"

NOT_NAMED_AGAIN = "'travelled' and 'trip' are events of different kinds (equivalents.json)"
NO_FRAME = "an -ing or zero-derived noun with no date in its phrase is no event"

# (story, the noun the record is told of, its time's value)
ROWS = [
    (
        "The central bank cut its main rate on Thursday. The cut was its third this year.",
        "cut",
        "2025-11-20",
    ),
    (
        "Rebels attacked a convoy on Sunday. The attack was the fifth this month.",
        "attack",
        "2025-11-23",
    ),
    (
        "The chancellor visited Rome on Thursday. The visit was her third this year.",
        "visit",
        "2025-11-20",
    ),
    (
        "The foreign minister visited Beijing on Tuesday. The visit is his second this year.",
        "visit",
        "2025-11-18",
    ),
    (
        "A quake shook the capital on Friday. The quake was the strongest this year.",
        "quake",
        "2025-11-21",
    ),
    (
        "Workers walked out on Wednesday. The strike was the fourth this year.",
        "strike",
        "2025-11-19",
    ),
    (
        "The airline cancelled 40 flights on Saturday. The cancellations were the most this month.",
        "cancellations",
        "2025-11-22",
    ),
    (
        "Police raided the club on Friday. The raid was the second this week.",
        "raid",
        "2025-11-21",
    ),
    (
        "The index fell 3% on Tuesday. The fall was its biggest this year.",
        "fall",
        "2025-11-18",
    ),
    (
        "Storms flooded the valley on Sunday. The flood was the worst this decade.",
        "flood",
        "2025-11-23",
    ),
    pytest.param(
        "The president travelled to Lima on Sunday. The trip is his first abroad this year.",
        "trip",
        "2025-11-23",
        marks=pytest.mark.xfail(strict=True, reason=NOT_NAMED_AGAIN),
    ),
    pytest.param(
        "The club sacked its coach on Monday. The sacking was the league's third this season.",
        "sacking",
        "2025-11-24",
        marks=pytest.mark.xfail(strict=True, reason=NO_FRAME),
    ),
    (
        "The firm recalled 9,000 cars on Thursday. The recall was its second this year.",
        "recall",
        "2025-11-20",
    ),
    (
        "Protesters marched on parliament on Saturday. The march was the largest this year.",
        "march",
        "2025-11-22",
    ),
    pytest.param(
        "Hackers breached the ministry on Wednesday. The breach was the third this month.",
        "breach",
        "2025-11-19",
        marks=pytest.mark.xfail(strict=True, reason=NO_FRAME),
    ),
    (
        "The government devalued the currency on Friday. The devaluation was the second this year.",
        "devaluation",
        "2025-11-21",
    ),
]


@pytest.mark.parametrize(("text", "noun", "value"), ROWS)
def test_a_record_field_is_no_time_of_the_event(text: str, noun: str, value: str) -> None:
    assert times_of(text, PUBLISHED).get(noun) == value
