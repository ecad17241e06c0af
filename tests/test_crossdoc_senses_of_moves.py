"""A rise or a fall is of what rose or fell (brief, one event from another): "copper prices
rose" and "the death toll rose" are two events, however close their days; so are "shares
fell" and "unemployment fell". The senses of the rise and fall groups (market, toll,
figures; ``models/events/senses.json``) are read from the doer's words; two known senses
that differ never report one event, and a doer with no cue keeps its sense open.
Capability table of invented doers."""

from __future__ import annotations

import pytest

from briefx.crossdoc.identity import event_key
from briefx.crossdoc.senses import sense_of


def sense(verb: str, agent: str) -> str | None:
    found = sense_of(event_key(verb), agent=agent)
    return found.name if found else None


# (verb, its doer, the sense)
TABLE = [
    ("rise", "Copper prices", "market"),
    ("rise", "The death toll", "toll"),
    ("climb", "The number of dead", "toll"),
    ("fall", "Shares in Vantor", "market"),
    ("fall", "Unemployment", "figures"),
    ("jump", "The Nasdaq index", "market"),
    ("rise", "Inflation", "figures"),
    ("drop", "Oil", "market"),
    ("slip", "The dollar", "market"),
    ("gain", "Gold", "market"),
    ("rise", "The number of injured", "toll"),
    ("fall", "Exports", "figures"),
    ("surge", "Bond yields", "market"),
    ("decline", "Quarterly sales", "figures"),
    ("rise", "Casualties", "toll"),
    # No cue: open.
    ("rise", "The river", None),
    ("fall", "The government", None),
]


@pytest.mark.parametrize(("verb", "agent", "expected"), TABLE)
def test_a_move_is_of_what_moved(verb: str, agent: str, expected: str | None) -> None:
    assert sense(verb, agent) == expected
