"""The year of a month a past act with an object names: "Rovers lost the final in May",
told in March 2026, is May 2025 (dates, TIMEX3 value).

A month or a day ahead of the report that hangs on a verb told in the past is last year's
(tests/test_dates_past_month_of_its_verb.py named those with no object). An act with an object is
past too, unless its verb books, moves or awaits what it names ("called an election in
May", "set a vote for April": ``booking_verbs``, ``deadline_verbs``, ``awaiting_verbs`` in
``models/dates/context.json``), or foretells, promises or signals it ("signalled a cut in
April": ``foretelling_verbs``, which gains pledge, promise, propose and signal), or takes
up an event its object names ("sought a hearing in May": ``taking_up`` in
``models/events/time.json``, an event noun of ``models/events``), whose date may be that
occasion's, still to come.

Capability table of invented sentences, published 2026-03-18; before the rule all 16 past
acts were this year's (ahead of the report); the 8 occasions to come passed.
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2026-03-18"

# (sentence, the month, its value)
PAST = [
    ("The mayor, who took office in May, resigned on Friday.", "May", "2025-05"),
    ("Rovers lost the final in May.", "May", "2025-05"),
    ("The firm bought the mine in April.", "April", "2025-04"),
    ("The coach won the league title in May.", "May", "2025-05"),
    ("The council approved the budget in April.", "April", "2025-04"),
    ("Police arrested the suspect in May.", "May", "2025-05"),
    ("The company opened a plant in April.", "April", "2025-04"),
    ("The singer released her album in May.", "May", "2025-05"),
    ("The army captured the town in April.", "April", "2025-04"),
    ("The bank raised rates in May.", "May", "2025-05"),
    ("Voters rejected the plan in April.", "April", "2025-04"),
    ("The club signed the striker in May.", "May", "2025-05"),
    ("Rebels seized the airport in April.", "April", "2025-04"),
    ("The court overturned the verdict in May.", "May", "2025-05"),
    ("The airline ordered 20 jets in April.", "April", "2025-04"),
    ("The minister visited Kessa in May.", "May", "2025-05"),
]

# An occasion booked, moved or awaited: still to come.
AHEAD = [
    ("The union called a strike for May.", "May", "2026-05"),
    ("The council scheduled a hearing in May.", "May", "2026-05"),
    ("The party called an election in May.", "May", "2026-05"),
    ("The board set a vote for April.", "April", "2026-04"),
    ("The court postponed the trial to May.", "May", "2026-05"),
    # what a promise or a signal foretells (``foretelling_verbs``)
    ("The minister promised a referendum in May.", "May", "2026-05"),
    ("The bank signalled a cut in April.", "April", "2026-04"),
    # an event an act takes up (``taking_up`` of models/events/time.json)
    ("The senator sought a hearing in May.", "May", "2026-05"),
]


@pytest.mark.parametrize(("sentence", "text", "value"), PAST + AHEAD)
def test_the_year_of_a_month_a_past_act_names(sentence: str, text: str, value: str) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    assert [d.value for d in doc.dates if d.text == text] == [value]
