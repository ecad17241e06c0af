"""A weekday in the possessive of an event that a verb reacts to or looks into lies behind
(issue 25: dates as TIMEX3 values against the publication date).

"Investigators are examining Thursday's crash" told on a Tuesday: the crash was last
Thursday, though the verb is in the present and a bare "Thursday" beside a present reads
as the coming one. A verb of reacting, judging or looking into (``reacting`` in
``models/events/time.json``, the list event time reads too) takes an event that came
before it; a verb that looks ahead ("looking forward to Saturday's final") or takes up what
is to come ("will debate Thursday's motion") does not. Capability table of invented
sentences, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

import briefx

PUBLISHED = "2025-11-18"

# (sentence, the weekday's text, its value)
TABLE = [
    ("Investigators are examining Thursday's crash near the airport.", "Thursday", "2025-11-13"),
    ("Police are investigating Friday's robbery at a jeweller.", "Friday", "2025-11-14"),
    ("Ministers condemn Wednesday's attack on the embassy.", "Wednesday", "2025-11-12"),
    ("The opposition is criticising Thursday's decision to raise taxes.", "Thursday", "2025-11-13"),
    ("Church leaders have condemned Friday's shooting.", "Friday", "2025-11-14"),
    ("Regulators are probing Thursday's outage at the exchange.", "Thursday", "2025-11-13"),
    ("The president praises Sunday's rescue of the miners.", "Sunday", "2025-11-16"),
    ("Neighbours recall Saturday's explosion as deafening.", "Saturday", "2025-11-15"),
    ("Police defend Friday's raid on the camp.", "Friday", "2025-11-14"),
    ("The club regrets Sunday's violence.", "Sunday", "2025-11-16"),
    ("Lawmakers are investigating Wednesday's blackout.", "Wednesday", "2025-11-12"),
    ("The coach blames Saturday's defeat on the referee.", "Saturday", "2025-11-15"),
    ("The mayor welcomes Friday's verdict.", "Friday", "2025-11-14"),
    ("Experts are examining Sunday's landslide.", "Sunday", "2025-11-16"),
    ("The union is protesting Thursday's layoffs.", "Thursday", "2025-11-13"),
    ("Fans are mourning Saturday's defeat.", "Saturday", "2025-11-15"),
    # Controls: looking ahead, or taking up what is to come.
    ("Fans are looking forward to Saturday's final.", "Saturday", "2025-11-22"),
    ("The council will debate Thursday's motion.", "Thursday", "2025-11-20"),
]


@pytest.mark.parametrize(("sentence", "day", "value"), TABLE)
def test_the_day_of_what_is_reacted_to_lies_behind(sentence: str, day: str, value: str) -> None:
    doc = briefx.extract(sentence, published=PUBLISHED)
    values = {d.text: d.value for d in doc.dates}
    assert values.get(day) == value, values
