"""A reaction to an event named with its date is not dated by it (issue 25, event time).

"The UN condemned the 2019 attack" dated the condemning 2019; "The mayor condemned
Sunday's attack" dated it Sunday. A verb that reacts to, judges or looks into an event
(``reacting`` in models/events/time.json: condemn, praise, mourn, protest, ...) comes
after it, as one that recalls it does (tests/test_event_time_named_by_its_date.py): the
date that names the event (told before it or as its possessive) is the event's only. A
date of the reaction's own keeps its time ("condemned Sunday's attack on Monday").

Capability table of invented sentences, published 2025-12-05 (a Friday); before the rule
15 of the 16 reactions took the named date; the named events and the 3 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-05"

# (text, the reaction, the named date's value, the named event word)
REACTIONS = [
    ("The UN condemned the 2019 attack.", "condemned", "2019", "attack"),
    ("Leaders praised the 1995 accord.", "praised", "1995", "accord"),
    ("Critics slammed the 2021 reform.", "slammed", "2021", "reform"),
    ("Families protested the 2018 verdict.", "protested", "2018", "verdict"),
    ("The mayor condemned Sunday's attack.", "condemned", "2025-11-30", "attack"),
    ("Fans mourned Saturday's crash.", "mourned", "2025-11-29", "crash"),
    ("Investors welcomed Tuesday's rate cut.", "welcomed", "2025-12-02", "cut"),
    ("The minister defended the 2020 lockdown.", "defended", "2020", None),
    ("Residents criticised the March closure.", "criticised", "2025-03", "closure"),
    ("Rights groups denounced the 2017 crackdown.", "denounced", "2017", None),
    ("Police investigated Monday's robbery.", "investigated", "2025-12-01", "robbery"),
    ("Historians examined the 1929 crash.", "examined", "1929", "crash"),
    ("The party regretted the 2016 vote.", "regretted", "2016", "vote"),
    ("Veterans honoured the 1944 landing.", "honoured", "1944", "landing"),
    ("The coach hailed Sunday's win.", "hailed", "2025-11-30", "win"),
    ("Campaigners decried the 2015 merger.", "decried", "2015", "merger"),
]

# (text, the reaction, its time): a date of its own
OWN = [
    ("The mayor condemned Sunday's attack on Monday.", "condemned", "2025-12-01"),
    ("The UN condemned the 2019 attack in a statement on Tuesday.", "condemned", "2025-12-02"),
    ("Fans mourned Saturday's crash at a vigil on Wednesday.", "mourned", "2025-12-03"),
]


@pytest.mark.parametrize(("text", "act", "value", "event"), REACTIONS)
def test_the_reaction_does_not_take_the_named_date(text, act, value, event):
    frame = frames_of(text, PUBLISHED)[act]
    assert frame.time is None or frame.time.value != value, frame.time


@pytest.mark.parametrize(("text", "act", "value", "event"), [r for r in REACTIONS if r[3]])
def test_the_named_event_keeps_its_date(text, act, value, event):
    frame = frames_of(text, PUBLISHED)[event]
    assert frame.time is not None and frame.time.value == value, frame.time


@pytest.mark.parametrize(("text", "act", "value"), OWN)
def test_a_date_of_the_reaction_keeps_its_time(text, act, value):
    frame = frames_of(text, PUBLISHED)[act]
    assert frame.time is not None and frame.time.value == value, frame.time
