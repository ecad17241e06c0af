"""Coordinated verbs share an object only when the first has none of its own to say
(events, who did what to whom): in "police arrested and charged three men" the men were
arrested too, and so in "arrested on Monday and charged three men"; in "the president flew
to the capital and declared an emergency" he did not fly the emergency: the first verb's own
complement ("to the capital") ends it before the "and". Capability table of invented
sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, first verb, its patient's text or None)
TABLE = [
    ("Police arrested and charged three men.", "arrested", "three men"),
    ("Police arrested on Monday and charged three men.", "arrested", "three men"),
    ("The board approved and signed the merger.", "approved", "the merger"),
    ("Troops surrounded and shelled the town.", "surrounded", "the town"),
    ("The firm designed and built the bridge.", "designed", "the bridge"),
    ("Voters rejected and then reversed the plan.", "rejected", "the plan"),
    ("The president flew to the capital and declared an emergency.", "flew", None),
    ("The minister travelled to Oslo on Monday and signed the accord.", "travelled", None),
    ("The rebels withdrew from the city and freed the hostages.", "withdrew", None),
    ("The premier arrived in Rome and met the pope.", "arrived", None),
    ("The ship sailed into the port and unloaded its cargo.", "sailed", None),
    ("Protesters marched through the city and blocked the bridge.", "marched", None),
    ("The mayor returned from Paris and sacked her deputy.", "returned", None),
    ("The striker ran onto the pitch and scored the winner.", "ran", None),
    ("The envoy went to Cairo and delivered the letter.", "went", None),
]


@pytest.mark.parametrize(("text", "verb", "patient"), TABLE)
def test_a_first_verb_shares_an_object_only_when_it_has_none_to_say(
    text: str, verb: str, patient: str | None
) -> None:
    frame = frame_of(text, verb)
    assert (frame.patient.text if frame.patient else None) == patient
