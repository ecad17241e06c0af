"""An event that names those it touched or what it left came before the act of the
sentence (issue 25, rule 2 stops): "the king met flood victims on Monday" does not put
the flood on Monday, nor "police questioned robbery suspects on Thursday" the robbery on
Thursday (``aftermath_nouns`` in ``models/events/time.json``). A date of its own is kept
("victims of the 2019 flood"), and an event noun before an act that shares its time
still takes it ("rescue efforts on Monday"). Capability table of invented sentences
(published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

# (text, the event noun): no time from the sentence's act.
BEFORE = [
    ("The minister paid tribute on Tuesday to bombing victims.", "bombing"),
    ("The king met flood victims in Valencia on Monday.", "flood"),
    ("Doctors treated earthquake survivors on Sunday.", "earthquake"),
    ("The mayor visited fire victims in hospital on Friday.", "fire"),
    ("Crowds attended the funeral of crash victims on Saturday.", "crash"),
    ("The charity housed war refugees in the city last week.", "war"),
    ("Police questioned robbery suspects on Thursday.", "robbery"),
    ("The pope blessed tsunami survivors on Wednesday.", "tsunami"),
    ("The council rehoused storm victims in October.", "storm"),
    ("Volunteers fed hurricane evacuees on Sunday.", "hurricane"),
    ("The court heard from attack survivors on Tuesday.", "attack"),
    ("Officials counted landslide victims on Friday.", "landslide"),
    ("The airline flew crash investigators to the site on Thursday.", "crash"),
    ("Nurses cared for blast victims overnight on Saturday.", "blast"),
    ("Divers searched the collision site on Monday.", "collision"),
]

# (text, event noun, its time): a date of its own, or an act it shares.
KEPT = [
    ("The king met victims of the 2019 flood on Monday.", "flood", "2019"),
    ("Rescue efforts resumed on Monday.", "Rescue", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "word"), BEFORE)
def test_an_event_naming_its_aftermath_came_before(text: str, word: str) -> None:
    assert time_or_none(text, word) is None


@pytest.mark.parametrize(("text", "word", "value"), KEPT)
def test_its_own_date_or_a_shared_act_is_kept(text: str, word: str, value: str) -> None:
    assert time_or_none(text, word) == value
