"""The doer of a participle clause is the subject of the verb it hangs on (issue 25, event
frames: who did what to whom).

"A magnitude 6.8 earthquake struck southern Peru on Sunday, killing at least 14 people":
the killing had no doer, so the brief could not say what killed the 14. A clause of an
"-ing" verb with no subject of its own, hung on an active verb, shares that verb's subject
("Police fired tear gas, injuring dozens": the police injured them), and so does a
participle coordinated with it ("toppling trees and leaving homes without power"). Not
under a passive ("two people were killed, bringing the toll to 40"), nor for what the
event did ("three more died, bringing the toll to 40", "met twice, resulting in a swap":
``event_participles`` in ``models/events/words.json``), and a participle with its own
subject keeps it.

Capability table of invented sentences; before the rule 16 of the 20 cases failed (the 4
with no doer passed).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (text, the participle, its doer, or None)
PARTICIPLE_DOERS = [
    (
        "A magnitude 6.8 earthquake struck southern Peru on Sunday, killing at least 14 people.",
        "killing",
        "earthquake",
    ),
    ("Police fired tear gas at the crowd, injuring dozens.", "injuring", "Police"),
    (
        "Gales battered the coast on Thursday, toppling trees and leaving homes without power.",
        "toppling",
        "Gales",
    ),
    (
        "Gales battered the coast on Thursday, toppling trees and leaving homes without power.",
        "leaving",
        "Gales",
    ),
    ("Rebels shelled the town on Monday, destroying a hospital.", "destroying", "Rebels"),
    (
        "The central bank raised rates on Thursday, sending the currency higher.",
        "sending",
        "central bank",
    ),
    ("The carmaker cut its forecast, blaming weak demand in China.", "blaming", "carmaker"),
    ("Floods swept through the valley, forcing thousands from their homes.", "forcing", "Floods"),
    ("The striker scored twice, sending his side top of the league.", "sending", "striker"),
    ("Protesters blocked the main road, stranding hundreds of drivers.", "stranding", "Protesters"),
    (
        "The airline cancelled 200 flights, disrupting travel for 30,000 passengers.",
        "disrupting",
        "airline",
    ),
    ("A bus plunged into a ravine on Friday, killing 12 people.", "killing", "bus"),
    ("Regulators fined the bank $2 billion, closing a four-year inquiry.", "closing", "Regulators"),
    (
        "The union called a strike for Monday, threatening to shut every port.",
        "threatening",
        "union",
    ),
    ("Troops stormed the building at dawn, freeing three hostages.", "freeing", "Troops"),
    (
        "The company bought its rival for $4 billion, creating the largest grocer in the country.",
        "creating",
        "company",
    ),
    # Under a passive, or with a subject of its own: as before.
    ("Two people were killed in the blast, bringing the toll to 40.", "bringing", None),
    ("Three more patients died on Monday, bringing the toll to 40.", "bringing", None),
    ("The sides met twice in Geneva, resulting in a swap of prisoners.", "resulting", None),
    (
        "The ceasefire collapsed, with both sides accusing each other of attacks.",
        "accusing",
        "both sides",
    ),
]


@pytest.mark.parametrize(("text", "word", "doer"), PARTICIPLE_DOERS)
def test_a_participle_clause_shares_its_verbs_subject(
    text: str, word: str, doer: str | None
) -> None:
    frames = frames_of(text)
    assert word in frames, f"no frame {word!r}: {list(frames)}"
    agent = frames[word].agent
    if doer is None:
        assert agent is None, agent
    else:
        assert agent is not None and doer in agent.text, agent
        assert text[agent.start : agent.end] == agent.text
