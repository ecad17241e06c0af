"""Senses of event words (briefx.crossdoc.senses): capability table, invented cases."""

from __future__ import annotations

import pytest

from briefx.crossdoc.senses import sense_of

# (kind, before, after, patient, agent, expected sense or None, names an event)
CASES = [
    ("exchange", "Shares fell 3% on the Moscow stock ", " on Tuesday", None, None, "market", False),
    ("exchange", "Trading on the RTS ", " was halted", None, None, "market", False),
    ("exchange", "The Tokyo ", " index closed lower", None, None, "market", False),
    ("exchange", "The countries held a prisoner ", " at the border", None, None, "captives", True),
    ("exchange", "The sides agreed to ", " on Friday", "90 captives each", None, "captives", True),
    ("exchange", "Troops traded ", "", None, None, None, True),
    ("exchange", "There was a heated ", " in parliament", None, None, "words", True),
    ("exchange", "An ", " of fire at the checkpoint", "fire", None, "gunfire", True),
    ("strike", "Six people died in an air ", " on the depot", None, None, "attack", True),
    ("strike", "Rail workers began a national ", " on Monday", None, None, "walkout", True),
    ("strike", "They will ", " over pay", None, "the nurses' union", "walkout", True),
    ("strike", "A stunning ", " from 25 metres won it", None, None, "goal", True),
    ("strike", "The ", " hit the barn", None, None, None, True),
    ("release", "The rebels ", " on Friday", "twelve hostages", None, "captives", True),
    ("release", "The company will ", " next month", "its new phone", None, "product", True),
    ("release", "The ministry ", " late on Monday", "a statement", None, "statement", True),
    ("release", "The band's ", " sold well", "the album", None, "product", True),
    ("fire", "The club ", " after the defeat", "its coach", None, "dismissal", True),
    ("fire", "Police ", " into the crowd", "tear gas", "Police", "shooting", True),
    ("fire", "Soldiers ", " at the car", None, "Soldiers", "shooting", True),
    ("fire", "A forest ", " swept the hills", None, None, "blaze", True),
    ("fire", "The ", " destroyed two homes", None, None, "blaze", True),
    ("charge", "Prosecutors ", " with fraud", "a banker", "Prosecutors", "accusation", True),
    ("charge", "The airline will ", " for bags", "passengers", "The airline", "price", True),
    ("charge", "Banks ", " higher rates", "higher rates", "Banks", "price", True),
    ("charge", "He faces a murder ", "", None, None, "accusation", True),
]


@pytest.mark.parametrize(
    ("kind", "before", "after", "patient", "agent", "expected", "event"), CASES
)
def test_sense(kind, before, after, patient, agent, expected, event) -> None:
    found = sense_of(kind, before=before, after=after, patient=patient, agent=agent)
    if expected is None:
        assert found is None
    else:
        assert found is not None
        assert (found.name, found.event) == (expected, event)


def test_kinds_without_senses_stay_open() -> None:
    assert sense_of("visit", before="The president will ", patient="Ankara") is None
