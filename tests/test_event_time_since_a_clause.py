"""A present perfect since an event told by a clause runs to now: "Prices have risen
sharply since the war began in 2022" is ongoing, as "has been missing since Sunday" is
(issue 25, ``when``).

A present perfect bounded by "since" and a date ran from that date to now
(``TimeCues.continuing``); bounded by a "since" clause ("since the war began", "since the
mine closed"), with or without a date of its own, it was told as past. The clause's own
event keeps its time ("began": 2022). A present perfect with no bound stays past, as does
a past perfect with one.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change all 16 were past; the 3 controls and the borrowed perfect passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the present perfect)
SINCE_A_CLAUSE = [
    (
        "The carmaker has struggled since demand for its diesel models collapsed in 2023.",
        "struggled",
    ),
    ("Prices have risen sharply since the war began in 2022.", "risen"),
    ("The airline has cut 3,000 jobs since the pandemic struck in 2020.", "cut"),
    ("The town has struggled since the mine closed.", "struggled"),
    ("Tourism has slumped since the volcano erupted in March.", "slumped"),
    ("The party has gained support since its leader resigned.", "gained"),
    ("Crime has fallen since the city hired more police officers.", "fallen"),
    ("The river has risen steadily since the rain began on Sunday.", "risen"),
    ("Exports have grown since the currency weakened last year.", "grown"),
    ("Fans have stayed away since the club was relegated in May.", "stayed"),
    ("The firm has expanded rapidly since it listed its shares in 2019.", "expanded"),
    ("Rescuers have searched the rubble since the building collapsed on Monday.", "searched"),
    ("Traffic has doubled since the bridge reopened in June.", "doubled"),
    ("The coach has rebuilt the team since he arrived in 2021.", "rebuilt"),
    ("Sales have recovered since the recall ended in August.", "recovered"),
    ("Investors have fled the market since the scandal broke.", "fled"),
]

# (sentence, the verb): no bound, or a past perfect: past.
CONTROLS = [
    ("The firm has cut 300 jobs.", "cut"),
    ("The town had struggled since the mine closed.", "struggled"),
    ("Prices had risen sharply since the war began.", "risen"),
]

# (sentence, the verb of a clause that borrows the perfect): not its own span.
BORROWED = [
    ("Opposition leaders have called for him to resign since the audit came out.", "resign"),
]


@pytest.mark.parametrize(("text", "verb"), SINCE_A_CLAUSE)
def test_a_present_perfect_since_a_clause_runs_to_now(text: str, verb: str) -> None:
    assert frames_of(text, PUBLISHED)[verb].when == "ongoing"


@pytest.mark.parametrize(("text", "verb"), CONTROLS)
def test_without_a_bound_or_in_the_past_perfect_it_is_past(text: str, verb: str) -> None:
    assert frames_of(text, PUBLISHED)[verb].when == "past"


@pytest.mark.parametrize(("text", "verb"), BORROWED)
def test_a_verb_that_borrows_the_perfect_does_not_run_to_now(text: str, verb: str) -> None:
    assert frames_of(text, PUBLISHED)[verb].when != "ongoing"
