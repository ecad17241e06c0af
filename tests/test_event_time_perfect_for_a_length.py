"""A present perfect for a length runs to now: "The rebels have held the town for six
weeks" and "The climber has been missing for three days" are ongoing (issue 25,
``when``).

A present perfect with a length after "for" hung on its verb tells a state or an
activity that began that length ago and still holds (the continuative perfect); it was
told as past. A simple past for a length ("held the town for six weeks") is over, as is
a past perfect; a term a judgment sets ("has been jailed for 10 years": ``judging`` in
``models/events/time.json``) is the act's, done.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change all 16 were past; the 3 controls passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the present perfect)
FOR_A_LENGTH = [
    ("The heatwave that has gripped southern Europe for two weeks is expected to ease.", "gripped"),
    ("The climber has been missing for three days.", "missing"),
    ("Workers have protested outside the plant for a month.", "protested"),
    ("The rebels have held the town for six weeks.", "held"),
    ("The airline has flown the route for 30 years.", "flown"),
    ("Fighting has raged in the region for months.", "raged"),
    ("The two sides have negotiated for almost a year.", "negotiated"),
    ("Residents have lived in tents for weeks.", "lived"),
    ("The president has ruled the country for two decades.", "ruled"),
    ("The painting has hung in the museum for a century.", "hung"),
    ("Doctors have treated the patients for days.", "treated"),
    ("The volcano has rumbled for a week.", "rumbled"),
    ("Shoppers have queued outside the store for two hours.", "queued"),
    ("The strike has crippled the port for ten days.", "crippled"),
    ("The company has operated the mine for 40 years.", "operated"),
    ("Rescuers have dug through the rubble for 48 hours.", "dug"),
]

# (sentence, the verb): a simple past, a past perfect or a judgment's term: past.
CONTROLS = [
    ("The rebels held the town for six weeks.", "held"),
    ("The company had operated the mine for 40 years.", "operated"),
    ("The former mayor has been jailed for ten years.", "jailed"),
]


@pytest.mark.parametrize(("text", "verb"), FOR_A_LENGTH)
def test_a_present_perfect_for_a_length_runs_to_now(text: str, verb: str) -> None:
    assert frames_of(text, PUBLISHED)[verb].when == "ongoing"


@pytest.mark.parametrize(("text", "verb"), CONTROLS)
def test_a_past_or_a_term_for_a_length_is_past(text: str, verb: str) -> None:
    assert frames_of(text, PUBLISHED)[verb].when == "past"
