"""What one expects or wants another to do has not happened (issue 25, 'when' from
modality; event frames): "The union wants the company to raise wages" told the raising as
actual and ongoing, as if the company were raising them. A verb of expecting or wanting
with an object and a 'to' clause ("expect the bank to cut rates", "wants the council to
rebuild the bridge"; ``object_control`` in ``models/events/words.json``) gives that
clause's act, done by the object, the modality 'possible': it is to come. With no object
("expects to close") the verb is still subject control, a plan. Capability table of
invented sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, the act expected or wanted, its doer)
TABLE = [
    ("Analysts expect the bank to cut rates in March.", "cut", "the bank"),
    ("The union wants the company to raise wages.", "raise", "the company"),
    ("Economists predict prices to fall next year.", "fall", "prices"),
    ("The minister needs parliament to approve the budget.", "approve", "parliament"),
    ("Investors expect the merger to close in January.", "close", "the merger"),
    ("The coach expects the striker to return next month.", "return", "the striker"),
    ("Forecasters expect the storm to reach the coast on Friday.", "reach", "the storm"),
    ("Residents want the council to rebuild the bridge.", "rebuild", "the council"),
    ("The board expects sales to rise by 5% next year.", "rise", "sales"),
    ("Traders expect oil prices to climb in the spring.", "climb", "oil prices"),
    ("The airline expects demand to recover next summer.", "recover", "demand"),
    ("Voters want the government to lower taxes.", "lower", "the government"),
    ("The regulator expects banks to raise capital by June.", "raise", "banks"),
    ("Fans want the club to sign a new goalkeeper.", "sign", "the club"),
    ("Markets expect the central bank to hold rates.", "hold", "the central bank"),
    ("The mayor wants police to patrol the park.", "patrol", "police"),
]


@pytest.mark.parametrize(("text", "act", "doer"), TABLE)
def test_an_act_expected_of_another_is_to_come(text: str, act: str, doer: str) -> None:
    frame = frame_of(text, act)
    assert frame.agent is not None and frame.agent.text == doer
    assert frame.modality == "possible"
    assert frame.when == "future"


def test_with_no_object_the_verb_is_a_plan() -> None:
    frame = frame_of("The company expects to close the plant next year.", "close")
    assert frame.modality == "planned"
    assert frame.when == "future"
