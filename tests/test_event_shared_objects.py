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
    assert _patient(text, verb) == patient


def _patient(text: str, verb: str) -> str | None:
    """The text of ``verb``'s patient in ``text``, or None."""
    frame = frame_of(text, verb)
    return frame.patient.text if frame.patient else None


# A later verb shares the earlier one's object only when the object comes after it ("arrested
# and charged three men"); one already told before it is the earlier verb's alone: "the
# driver hit a wall and died" did not die a wall. (text, later verb, its patient or None)
LATER = [
    ("The governor declared a state of emergency and asked for federal help.", "asked", None),
    ("The company recalled 40,000 cars and apologised.", "apologised", None),
    ("The striker scored two goals and celebrated wildly.", "celebrated", None),
    ("Rebels freed the hostages and withdrew.", "withdrew", None),
    ("The minister signed the accord and left for Paris.", "left", None),
    ("The court fined the bank and warned of tougher penalties.", "warned", None),
    ("Firefighters contained the blaze and returned to base.", "returned", None),
    ("The senator attacked the bill and voted against it.", "voted", None),
    ("The airline cancelled 300 flights and apologised to passengers.", "apologised", None),
    ("The driver hit a wall and died.", "died", None),
    ("Voters backed the plan and celebrated in the streets.", "celebrated", None),
    ("The firm paid the fine and appealed.", "appealed", None),
    ("The mayor opened the bridge and spoke to reporters.", "spoke", None),
    ("The coach lost the final and resigned.", "resigned", None),
    ("The storm flattened homes and moved north.", "moved", None),
    ("The pilot lowered the landing gear and radioed the tower.", "radioed", "the tower"),
    ("Police arrested and charged three men.", "charged", "three men"),
    ("The board approved and signed the merger.", "signed", "the merger"),
    ("Troops surrounded and shelled the town.", "shelled", "the town"),
    ("The firm designed and built the bridge.", "built", "the bridge"),
]


@pytest.mark.parametrize(("text", "verb", "patient"), LATER)
def test_a_later_verb_shares_only_an_object_after_it(
    text: str, verb: str, patient: str | None
) -> None:
    assert _patient(text, verb) == patient
