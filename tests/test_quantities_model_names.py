"""A number between a name and a singular noun is a model's name, not a count
(quantities, issue 25's names that hold numbers): "Intel's Gaudi 3 accelerator", "the
Ariane 6 launcher", "Canon's EOS 5 camera" name one thing; three of them would be "3
accelerators". A count keeps its plural ("seized 3 rifles"), and one thing stays one
("found 1 survivor"). Capability table of invented sentences."""

from __future__ import annotations

import pytest

import briefx


def _counts(text: str) -> list[str]:
    return [q.text for q in briefx.extract(text, published="2025-11-18").quantities]


# (text, the quantities it holds): the model number is none of them.
NAMES = [
    ("Intel's Gaudi 3 accelerator will ship in June.", []),
    ("Canon's EOS 5 camera sold out.", []),
    ("Nikon's Z 8 body costs $4,000.", ["$4,000"]),
    ("The Ariane 6 launcher flew again.", []),
    ("The Zephyr 4 drone crashed in a field.", []),
    ("Kestrel Labs shipped its Orbit 7 sensor to buyers.", []),
    ("The Vantage 2 headset goes on sale in May.", []),
    ("Our reviewer tested the Corvex 9 laptop for a week.", []),
    ("The Nimbus 2 satellite reached orbit.", []),
    ("The Gemini 2 model answers in Spanish.", []),
    ("Luma's Arc 5 speaker sold 40,000 units.", ["40,000 units"]),
    ("The Tundra 3 tent survived the storm.", []),
]

# Counts stay counts.
COUNTS = [
    ("Police seized 3 rifles and 2 pistols.", ["3 rifles", "2 pistols"]),
    ("The club signed 2 players on Monday.", ["2 players"]),
    ("Acme sold 5 drones to the army.", ["5 drones"]),
    ("Kestrel Labs hired 40 engineers.", ["40 engineers"]),
    ("Rescuers found 1 survivor in the rubble.", ["1 survivor"]),
]


@pytest.mark.parametrize(("text", "found"), NAMES + COUNTS)
def test_a_number_between_a_name_and_a_singular_noun_is_a_name(text: str, found: list) -> None:
    assert _counts(text) == found
