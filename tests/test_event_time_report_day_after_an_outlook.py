"""After an outlook a report tells ("The plant will close by December, the
company said on Tuesday"), a past narration goes on from the report's day: "Union leaders
called the decision a betrayal" is Tuesday's.

The last scene a past event may take back is the last past date a past event told. A
sentence whose events are all to come sets a scene ahead (or none, "by June"), and the
day of the report that tells them was no scene: the reactions told next had no time. The
report's day (``TimeCues.report``), when not ahead of the publication date, is now what
a past narration goes on from; what is told ahead still takes the outlook ("The closure
will cost 400 jobs").

Capability table of invented two-sentence stories, published 2026-03-13 (a Friday);
before the rule 11 of the 13 reactions had no time; the 2 kept and the 1 told ahead
passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

PUBLISHED = "2026-03-13"

# (story, the reaction told next, its time)
REACTIONS = [
    (
        "Orban Steel will close its Dunmore plant by December, the company said on "
        "Tuesday. Union leaders called the decision a betrayal.",
        "called",
        "2026-03-10",
    ),
    (
        "The airline will cut 800 jobs by June, it said on Monday. Pilots criticised the plan.",
        "criticised",
        "2026-03-09",
    ),
    (
        "The ministry said on Wednesday the bridge would reopen in May. Drivers welcomed the news.",
        "welcomed",
        "2026-03-11",
    ),
    (
        "Talks will resume next week, mediators said on Thursday. Both sides accepted the "
        "invitation.",
        "accepted",
        "2026-03-12",
    ),
    (
        "The bank expects growth to pick up next year, its governor said on Tuesday. Markets "
        "rallied on the remarks.",
        "rallied",
        "2026-03-10",
    ),
    (
        "The club will build a new stadium by 2030, its owner said on Monday. Fans cheered the "
        "news.",
        "cheered",
        "2026-03-09",
    ),
    (
        "Elections will be held in October, the president said on Sunday. The opposition "
        "rejected the timetable.",
        "rejected",
        "2026-03-08",
    ),
    (
        "The company will close two plants next year, it said on Monday. Workers staged a "
        "protest outside its offices.",
        "protest",
        "2026-03-09",
    ),
    (
        "Fares will rise by 5% in January, the operator said on Friday. Passenger groups "
        "condemned the increase.",
        "condemned",
        "2026-03-13",
    ),
    (
        "The mine will reopen in June, its owner said on Tuesday. Local leaders praised the "
        "decision.",
        "praised",
        "2026-03-10",
    ),
    (
        "The highway will be widened by 2028, the ministry said on Monday. Residents opposed "
        "the project.",
        "opposed",
        "2026-03-09",
    ),
    # as before: a state to its end, a past act told with its day
    (
        "The strike will continue until Friday, union leaders said on Tuesday. Commuters faced "
        "long delays.",
        "faced",
        "2026-03-10",
    ),
    (
        "The plant closed on Tuesday, the company said. Workers protested.",
        "protested",
        "2026-03-10",
    ),
]

# What is told ahead keeps the outlook.
AHEAD = [
    (
        "The plant will close next year, the company said on Tuesday. The closure will cost "
        "400 jobs.",
        "cost",
        "2027",
    ),
]


@pytest.mark.parametrize(("story", "word", "value"), REACTIONS + AHEAD)
def test_a_past_narration_goes_on_from_the_reports_day(story: str, word: str, value: str) -> None:
    assert time_or_none(story, word, PUBLISHED) == value
