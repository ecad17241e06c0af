"""A consequence told after a relative clause goes with that clause's event (event time,
rule 2): in "rescuers on Monday found a bus that plunged into a ravine on Friday, killing
12" the deaths came with the plunge, but the small parser hangs "killing" on the main
verb, so they took Monday, the finding's day. A participle of consequence (killing,
injuring, leaving, forcing ...: ``consequences`` in ``models/events/time.json``) right
after a relative clause that ends at its comma takes that clause's event's date. Other
participles ("arrested a man who stole a car on Sunday, charging him with theft") and
consequences of the main verb ("the storm hit on Saturday, leaving ...") stay as they
were. Capability table of invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, the participle, its time's value)
TABLE = [
    (
        "Rescuers on Monday found the wreck of a bus that plunged into a ravine on Friday, "
        "killing 12 people.",
        "killing",
        "2025-11-14",
    ),
    (
        "Villagers on Tuesday buried the victims of a landslide that struck on Saturday, "
        "killing 30.",
        "killing",
        "2025-11-15",
    ),
    (
        "Crews on Monday restored power cut by a storm that hit on Saturday, leaving 40,000 "
        "homes dark.",
        "leaving",
        "2025-11-15",
    ),
    (
        "Investigators on Tuesday recovered the recorders of a plane that crashed on Saturday, "
        "killing its crew.",
        "killing",
        "2025-11-15",
    ),
    (
        "Engineers on Monday inspected the dam that burst in March, flooding 20 villages.",
        "flooding",
        "2025-03",
    ),
    (
        "The court on Friday jailed a driver who crashed into a bus stop in May, injuring five.",
        "injuring",
        "2025-05",
    ),
    (
        "Police on Sunday arrested a man who opened fire at a market on Saturday, wounding four.",
        "wounding",
        "2025-11-15",
    ),
    (
        "The town on Monday remembered the flood that swept through it in 2015, destroying "
        "300 homes.",
        "destroying",
        "2015",
    ),
    (
        "Regulators on Thursday fined the bank whose systems failed in June, stranding "
        "customers for days.",
        "stranding",
        "2025-06",
    ),
    (
        "Workers on Wednesday cleared debris from a fire that broke out on Sunday, forcing "
        "200 people from their homes.",
        "forcing",
        "2025-11-16",
    ),
    (
        "The league on Friday banned the fans who stormed the pitch in October, causing the "
        "match to be abandoned.",
        "causing",
        "2025-10",
    ),
    (
        "Divers on Tuesday reached the ferry that sank on Sunday, trapping dozens below deck.",
        "trapping",
        "2025-11-16",
    ),
    # Not after a relative clause, or no consequence: as before.
    (
        "The storm hit the coast on Saturday, leaving 40,000 homes without power.",
        "leaving",
        "2025-11-15",
    ),
    ("A quake struck the region on Sunday, killing at least 14 people.", "killing", "2025-11-16"),
    (
        "Police on Monday arrested a man who stole a car in May, charging him with theft.",
        "charging",
        "2025-11-17",
    ),
    (
        "The minister who took office in March resigned on Monday, leaving the party adrift.",
        "leaving",
        "2025-11-17",
    ),
    ("Troops on Sunday shelled the town, killing six.", "killing", "2025-11-16"),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_a_consequence_goes_with_the_clause_before_it(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
