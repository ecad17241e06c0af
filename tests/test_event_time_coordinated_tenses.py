"""Two coordinated verbs told in different times do not share a date (issue 25, rule 2).

"Halvard cut 1,200 jobs last year and plans to hire engineers" dated the plan last year:
coordination lent the first verb's date to the second. A verb told of now (the present,
a progressive, a present perfect) or of what is to come, coordinated with one told in
the past, tells another time: it takes what it would take told alone (the publication
day for a state or news of now, nothing for a habit), whichever of the two comes first
("employs 300 people and lost money in 2023"). Two verbs told in one time still share
("arrested the man on Sunday and charged him"), and a date in the past verb's clause
stays with what is in it ("makes pumps and had strong sales last year").

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
17 of the 18 that shift time failed (the one that passed: a present perfect); the 6 that
keep one time passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

PUBLISHED = "2025-12-05"

# (text, event word, its time value or None, its source or None, when)
SHIFTS = [
    (
        "Halvard cut 1,200 jobs last year and plans to hire engineers.",
        "plans",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    ("Halvard cut 1,200 jobs last year and plans to hire engineers.", "hire", None, None, "future"),
    (
        "The Orlane site opened in 1987 and employs 2,300 people.",
        "employs",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The bank lost money in 2023 and now expects a profit.",
        "expects",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The club was founded in 1902 and plays its home games at Riverside Park.",
        "plays",
        None,
        None,
        "ongoing",
    ),
    (
        "The firm moved its headquarters to Lisbon in 2019 and has since doubled its staff.",
        "doubled",
        PUBLISHED,
        "publication",
        "past",
    ),
    (
        "The museum reopened in April and is drawing large crowds.",
        "drawing",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The airline grounded its jets on Monday and is checking every engine.",
        "checking",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The school closed in 2020 and remains empty.",
        "remains",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "Police arrested the suspect on Sunday and are questioning him.",
        "questioning",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The singer released her first album in 2012 and lives in Nashville.",
        "lives",
        None,
        None,
        "ongoing",
    ),
    (
        "The government raised taxes last year and wants to cut spending.",
        "cut",
        None,
        None,
        "future",
    ),
    (
        "The storm hit the coast on Tuesday and is moving north.",
        "moving",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The suspect was arrested on Wednesday and is being held in custody.",
        "held",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "The actor died on Sunday and is survived by two sons.",
        "survived",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
    (
        "Troops crossed the border on Monday and have taken three villages.",
        "taken",
        PUBLISHED,
        "publication",
        "past",
    ),
    (
        "The striker signed in July and has scored eight goals.",
        "scored",
        PUBLISHED,
        "publication",
        "past",
    ),
    (
        "The firm employs 300 people and lost money in 2023.",
        "employs",
        PUBLISHED,
        "publication",
        "ongoing",
    ),
]

# Two verbs told in one time: the second takes the first one's date.
SHARED = [
    ("Police arrested the man on Sunday and charged him with theft.", "charged", "2025-11-30"),
    ("The leaders will meet on Monday and sign the deal.", "sign", "2025-12-08"),
    ("Rebels stormed the town on Tuesday and set fire to the market.", "set", "2025-12-02"),
    ("The firm employs 300 people and lost money in 2023.", "lost", "2023"),
    # A date in the past verb's clause stays with what is in it.
    ("The firm makes pumps and had strong sales last year.", "sales", "2024"),
    ("The airline flies to 40 cities and had two crashes in 2019.", "crashes", "2019"),
]


@pytest.mark.parametrize(("text", "word", "value", "source", "when"), SHIFTS)
def test_a_verb_told_in_another_time_takes_no_date(text, word, value, source, when):
    frame = frame_of(text, word, PUBLISHED)
    got = (frame.time.value, frame.time.source) if frame.time else (None, None)
    assert got == (value, source)
    assert frame.when == when


@pytest.mark.parametrize(("text", "word", "value"), SHARED)
def test_verbs_told_in_one_time_share_it(text, word, value):
    frame = frame_of(text, word, PUBLISHED)
    assert frame.time is not None and frame.time.value == value
