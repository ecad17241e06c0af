"""A record that names the act just told is that act: "The central bank raised its rate
on Thursday, the third increase this year" tells one increase, on Thursday (issue 25,
rule 1).

After a comma the record ("the third increase", "its biggest gain", "the heaviest
attack"; an ordinal or a superlative) names again the act of its verb, and its date
("this year", "this month") is the field it ranks within, which holds the act's day: the
noun took that whole year or month as its time. Now it takes its verb's date. A noun
that is no record ("a repeat of the attack last year") keeps its own date.

A record ranked since an event ("their first meeting since talks broke down", "its first
win since the coach was sacked") names its act too: with no date of its own it takes the
verb's, and the "since" clause under it is the field it ranks within, no event it comes
after.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
rule 15 of the 16 records took their field as their time, 4 of the 7 ranked since an
event had no time; the control passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2025-11-20"

# (sentence, the record's event noun, its time)
RECORDS = [
    (
        "The central bank raised its main interest rate on Thursday, the third increase this year.",
        "increase",
        "2025-11-20",
    ),
    (
        "The company cut 500 jobs on Monday, its second round of layoffs this year.",
        "layoffs",
        "2025-11-17",
    ),
    (
        "Rebels shelled the port on Sunday, the heaviest attack on the city this month.",
        "attack",
        "2025-11-16",
    ),
    ("Oil prices jumped 5% on Monday, the biggest gain this year.", "gain", "2025-11-17"),
    (
        "The volcano erupted again on Saturday, its third eruption this month.",
        "eruption",
        "2025-11-15",
    ),
    (
        "Protesters marched through the capital on Sunday, the largest protest this year.",
        "protest",
        "2025-11-16",
    ),
    ("A storm flooded the town on Tuesday, the second flood this month.", "flood", "2025-11-18"),
    (
        "The rebels attacked a convoy on Monday, their deadliest attack this year.",
        "attack",
        "2025-11-17",
    ),
    (
        "The government raised fuel prices on Wednesday, the fifth increase this year.",
        "increase",
        "2025-11-19",
    ),
    ("Shares slumped 8% on Thursday, the steepest fall this year.", "fall", "2025-11-20"),
    ("A quake shook the island on Friday, the strongest tremor this year.", "tremor", "2025-11-14"),
    ("Workers walked out on Tuesday, the third strike this month.", "strike", "2025-11-18"),
    ("The bank cut rates on Wednesday, its fourth cut this year.", "cut", "2025-11-19"),
    ("Police raided the club on Saturday, the second raid this month.", "raid", "2025-11-15"),
    (
        "The court jailed the gang on Monday, the longest sentence this year.",
        "sentence",
        "2025-11-17",
    ),
    (
        "Rescuers pulled a boy from the rubble on Tuesday, the first rescue this week.",
        "rescue",
        "2025-11-18",
    ),
]

# (sentence, the record's event noun, its time): a record ranked since an event names
# the act too, with no date of its own; a "since" clause under it is the field it ranks
# within, no event it is placed after.
RECORDS_SINCE = [
    (
        "Ministers met in Geneva on Monday, their first meeting since talks broke down in June.",
        "meeting",
        "2025-11-17",
    ),
    (
        "Rebels shelled the port on Sunday, the heaviest attack since the ceasefire.",
        "attack",
        "2025-11-16",
    ),
    ("The bank cut rates on Wednesday, its first cut since the crisis.", "cut", "2025-11-19"),
    ("Workers walked out on Tuesday, the first strike since the merger.", "strike", "2025-11-18"),
    (
        "The presidents met on Friday, their first meeting since the war began.",
        "meeting",
        "2025-11-14",
    ),
    ("The team won on Saturday, its first win since the coach was sacked.", "win", "2025-11-15"),
    (
        "The firm raised prices on Monday, its first increase since the plant reopened.",
        "increase",
        "2025-11-17",
    ),
]

# (sentence, the event noun, its time): no record, its own date.
OWN = [
    ("Rebels shelled the port on Sunday, a repeat of the attack last year.", "attack", "2024"),
]


@pytest.mark.parametrize(("text", "noun", "time"), RECORDS)
def test_a_record_after_its_act_takes_the_acts_day(text: str, noun: str, time: str) -> None:
    assert time_or_none(text, noun, PUBLISHED) == time


@pytest.mark.parametrize(("text", "noun", "time"), RECORDS_SINCE)
def test_a_record_since_an_event_takes_the_acts_day(text: str, noun: str, time: str) -> None:
    assert time_or_none(text, noun, PUBLISHED) == time


@pytest.mark.parametrize(("text", "noun", "time"), OWN)
def test_a_noun_that_is_no_record_keeps_its_date(text: str, noun: str, time: str) -> None:
    assert time_or_none(text, noun, PUBLISHED) == time
