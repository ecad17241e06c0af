"""A date that names an earlier event ("the 1998 storm") is not the day of the act that
recalls, compares or undoes it (issue 25, event time).

"Residents remembered the 1998 storm" dated the remembering 1998; "The plan revives a
2016 proposal" put a verb told in the present in 2016. A year, month or day told before
an event noun ("the 1998 storm", "a 2016 proposal", "the March crash") or as its
possessive ("Monday's order") names that event's time, and the noun keeps it. The verb
whose object (or phrase) is that noun took it as its own when the parse left it nowhere
else. An act that recalls, compares, cites, revives or undoes an earlier event
(``recalling_verbs`` in models/events/time.json) comes after it; an act that takes part
in it ("won the 2022 final", "hosted the 2012 games") happened then, as before.

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
11 of the 18 acts took the named date; the named events and the 5 acts that take part
passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the act, the named date's value, the named event word or None when the noun is
# no event word: "disaster", "proposal", "affair", "order")
RECALLED = [
    ("Residents remembered the 1998 storm.", "remembered", "1998", "storm"),
    ("Residents recalled the 1998 storm that flattened the harbour.", "recalled", "1998", "storm"),
    ("The report compared the fire with the 2014 disaster.", "compared", "2014", None),
    ("The plan revives a 2016 proposal.", "revives", "2016", None),
    ("Police linked the attack to a 2020 bombing.", "linked", "2020", "bombing"),
    ("Analysts likened the slump to the 2008 crash.", "likened", "2008", "crash"),
    ("The museum commemorates the 1916 rising.", "commemorates", "1916", "rising"),
    ("The film revisits the 1984 strike.", "revisits", "1984", "strike"),
    ("The scandal echoes the 2012 affair.", "echoes", "2012", None),
    ("The verdict overturns a 2019 conviction.", "overturns", "2019", "conviction"),
    ("The vote reverses a 2018 decision.", "reverses", "2018", "decision"),
    ("Critics blamed the 2021 reform for the shortages.", "blamed", "2021", "reform"),
    ("Workers mourned the 2019 explosion.", "mourned", "2019", "explosion"),
    ("The new law replaces the 2010 reform.", "replaces", "2010", "reform"),
    ("The ruling reverses Monday's order.", "reverses", "2025-12-01", None),
    ("The fall dwarfs the 2008 crash.", "dwarfs", "2008", "crash"),
    ("The strike eclipsed the 1984 walkout.", "eclipsed", "1984", "walkout"),
    ("The strike surpassed the 1984 walkout in length.", "surpassed", "1984", "walkout"),
]

# (text, the act, its time): an act that takes part in the named event happened then
TAKES_PART = [
    ("Rovers won the 2022 final.", "won", "2022"),
    ("The party lost the 2019 election.", "lost", "2019"),
    ("The city hosted the 2012 games.", "hosted", "2012"),
    ("The nation boycotted the 1980 games.", "boycotted", "1980"),
    ("Rovers beat Ajax in the 2022 final.", "beat", "2022"),
]


@pytest.mark.parametrize(("text", "act", "value", "event"), RECALLED)
def test_the_act_does_not_take_the_named_date(text, act, value, event):
    frame = frames_of(text, PUBLISHED)[act]
    assert frame.time is None or frame.time.value != value, frame.time


@pytest.mark.parametrize(("text", "act", "value", "event"), [r for r in RECALLED if r[3]])
def test_the_named_event_keeps_its_date(text, act, value, event):
    frame = frames_of(text, PUBLISHED)[event]
    assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "act", "value"), TAKES_PART)
def test_an_act_that_takes_part_happened_then(text, act, value):
    frame = frames_of(text, PUBLISHED)[act]
    assert frame.time is not None and frame.time.value == value, frame.time
