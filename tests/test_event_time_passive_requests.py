"""A request told in the passive is an act with its own time, as in the active (issue 25,
event coverage; TimeML's I_ACTION): "residents were urged on Sunday to leave" tells of an
urging on Sunday, as "officials urged residents on Sunday to leave" does (``request_verbs``
in ``models/events/words.json``). Told with what was said ("were told on Sunday that the
water was safe") it stays attribution. Capability table of invented sentences (published
2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, time_of

# (text, request verb, its time's value)
TABLE = [
    ("Residents were urged on Sunday to leave their homes.", "urged", "2025-11-16"),
    ("Foreign nationals have been urged to go home.", "urged", "2025-11-18"),
    ("Staff were told on Monday to stay at home.", "told", "2025-11-17"),
    ("Villagers were warned on Friday to move to higher ground.", "warned", "2025-11-14"),
    ("Drivers were warned last week to avoid the bridge.", "warned", "2025-W46"),
    ("Tourists have been told to stay away from the coast.", "told", "2025-11-18"),
    ("Shoppers were urged in March to cut back.", "urged", "2025-03"),
    ("The players were told by the coach on Thursday to rest.", "told", "2025-11-13"),
    ("Passengers were told at the airport on Monday to rebook.", "told", "2025-11-17"),
    ("Workers were urged by the union on Friday to reject the offer.", "urged", "2025-11-14"),
    ("Pupils were warned by teachers on Wednesday to stay off the ice.", "warned", "2025-11-12"),
    ("Residents are being urged to boil their water.", "urged", "2025-11-18"),
    ("Hikers were warned in June to carry water.", "warned", "2025-06"),
    ("Fans were urged to arrive early for the final.", "urged", None),
    ("Farmers were told in 2019 to cut their herds.", "told", "2019"),
]

# Told with what was said: attribution.
REPORTS = [
    ("Residents were told on Sunday that the water was safe.", "told"),
    ("Investors were told by the bank that prices could fall.", "told"),
]


@pytest.mark.parametrize(("text", "verb", "value"), TABLE)
def test_a_passive_request_is_an_act(text: str, verb: str, value: str | None) -> None:
    assert time_of(text, verb) == value


@pytest.mark.parametrize(("text", "verb"), REPORTS)
def test_a_passive_report_stays_attribution(text: str, verb: str) -> None:
    assert verb not in frames_of(text)


# A passive progressive is news of now, as the active one is (rule 4).
PROGRESSIVE = [
    ("The bridge is being repaired.", "repaired", "2025-11-18"),
    ("Two suspects are being questioned by police.", "questioned", "2025-11-18"),
    ("The suspects were being questioned on Monday.", "questioned", "2025-11-17"),
]


@pytest.mark.parametrize(("text", "verb", "value"), PROGRESSIVE)
def test_a_passive_progressive_is_news_of_now(text: str, verb: str, value: str) -> None:
    assert time_of(text, verb) == value
