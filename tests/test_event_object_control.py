"""The one asked, told or forced to act is who acts (event frames).

"The president will ask the opposition leader, Karl Brenn, to try to form a cabinet"
gave "form" the president for its doer, and the brief's timeline read "Tomas Ulven will
form a cabinet". With a verb of object control (``object_control``: ask, order, urge,
force, allow, ...), the "to" clause's doer is the verb's object, not its subject; with a
verb of subject control ("wants to visit", "agreed to pay", "promised to cut") it stays
the subject. Capability table of invented sentences, published 2025-11-18; 15 of the
16 of object control failed before.
"""

from __future__ import annotations

import pytest

import briefx

# (text, the event word, its doer)
CONTROLLED = [
    ("The president asked Karl Brenn to form a cabinet.", "form", "Karl Brenn"),
    ("The court ordered the firm to pay $2 million.", "pay", "the firm"),
    ("The union urged workers to strike on Monday.", "strike", "workers"),
    ("Police told residents to leave their homes.", "leave", "residents"),
    ("The mayor invited the minister to visit the dam.", "visit", "the minister"),
    ("The rain forced the organisers to cancel the race.", "cancel", "the organisers"),
    ("She persuaded the council to reopen the library.", "reopen", "the council"),
    ("The coach encouraged his players to attack early.", "attack", "his players"),
    ("The board allowed the chief executive to sell his shares.", "sell", "the chief executive"),
    ("Regulators required the bank to raise more capital.", "raise", "the bank"),
    ("The judge instructed the jury to ignore the remark.", "ignore", "the jury"),
    ("The mayor begged residents to stay indoors.", "stay", "residents"),
    ("The law compels employers to publish pay gaps.", "publish", "employers"),
    # The parse reads this 'to' clause as one of purpose (advcl): the one pressed acts.
    ("The minister pressed the airline to refund passengers.", "refund", "the airline"),
    ("The grant enabled the museum to buy the painting.", "buy", "the museum"),
    ("Officials advised tourists to avoid the area.", "avoid", "tourists"),
    # Subject control: the subject acts.
    ("The minister wants to visit the dam.", "visit", "The minister"),
    ("The firm agreed to pay $2 million.", "pay", "The firm"),
    ("The party promised voters to cut taxes.", "cut", "The party"),
]


@pytest.mark.parametrize(("text", "word", "doer"), CONTROLLED)
def test_the_one_asked_to_act_acts(text: str, word: str, doer: str) -> None:
    doc = briefx.extract(text, published="2025-11-18")
    doers = [
        e.agent.text if e.agent else None for f in doc.facts for e in f.events if e.text == word
    ]
    assert doers == [doer]
