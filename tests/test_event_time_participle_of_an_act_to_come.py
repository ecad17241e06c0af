"""A participle clause of an act to come or that may be is to come too: in "The company
said on Monday it would close the plant, cutting 1,200 jobs" the cutting is planned and
in the future, as the closing is (issue 25, ``when``; modality).

The clause ("cutting 1,200 jobs", no subject or mark of its own) shares its verb's doer,
and now its modality: planned ("would close", "plans to sell"), possible ("could close",
"may scrap"). Before, it kept "actual", and with no time of its own it was told as past
(the tense of the sentence's "said"). A clause of a done act stays done; one that tells
what a fact means ("reflecting a provision", "marking its first move") keeps its own.

Capability table of invented sentences, published 2025-11-20 (a Thursday); before the
change all 17 clauses to come kept their own modality (actual), 15 of them not told as
future; the 3 done and the 2 that tell what a fact means passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-11-20"

# (sentence, the verb, the participle)
TO_COME = [
    (
        "The company said on Monday it would close the plant, cutting 1,200 jobs.",
        "close",
        "cutting",
    ),
    (
        "The bank said it would buy the insurer, creating the largest lender in the country.",
        "buy",
        "creating",
    ),
    (
        "The minister said the plan would raise taxes, hitting small firms hardest.",
        "raise",
        "hitting",
    ),
    ("The city could close three libraries, saving $2 million a year.", "close", "saving"),
    ("The firm plans to sell the unit, raising $500 million.", "sell", "raising"),
    ("The airline may scrap 30 flights, stranding thousands of travellers.", "scrap", "stranding"),
    (
        "The council will shut the road for a month, forcing drivers onto side streets.",
        "shut",
        "forcing",
    ),
    (
        "The union said its members would strike for a week, shutting three plants.",
        "strike",
        "shutting",
    ),
    ("The regulator said it would fine the bank, closing a two-year inquiry.", "fine", "closing"),
    ("The club hopes to sign the striker, bolstering its attack.", "sign", "bolstering"),
    ("The government intends to merge the two agencies, saving $40 million.", "merge", "saving"),
    ("The mayor said the city would plant 10,000 trees, creating a new park.", "plant", "creating"),
    ("The plan would cut emissions by a third, reaching the target.", "cut", "reaching"),
    ("The firm is set to announce job cuts, closing two stores.", "announce", "closing"),
    (
        "The strike could disrupt flights, affecting thousands of passengers.",
        "disrupt",
        "affecting",
    ),
    ("Officials said the dam might fail, flooding the valley.", "fail", "flooding"),
    ("The storm is expected to hit the coast on Friday, bringing heavy rain.", "hit", "bringing"),
]

# (sentence, the verb, the participle): a clause of a done act.
DONE = [
    ("The quake struck on Sunday, killing 14 people.", "struck", "killing"),
    ("The company closed the plant, cutting 1,200 jobs.", "closed", "cutting"),
    ("Rebels blew up the bridge, cutting off the town.", "blew", "cutting"),
]

# (sentence, the participle): a clause that tells what a fact means keeps its own
# modality (``telling_participles`` in models/events/words.json).
TELLING = [
    (
        "The bank said it plans to restructure after a quarterly loss of $7 million, "
        "reflecting a provision for bad loans.",
        "reflecting",
    ),
    (
        "The group wants to buy a 15% stake in the insurer, marking its first move abroad.",
        "marking",
    ),
]


@pytest.mark.parametrize(("text", "verb", "clause"), TO_COME)
def test_a_participle_of_an_act_to_come_is_to_come(text: str, verb: str, clause: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert frames[verb].when == "future"
    assert frames[clause].modality == frames[verb].modality
    assert frames[clause].when == "future"


@pytest.mark.parametrize(("text", "verb", "clause"), DONE)
def test_a_participle_of_a_done_act_is_done(text: str, verb: str, clause: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert (frames[clause].modality, frames[clause].when) == ("actual", "past")


@pytest.mark.parametrize(("text", "clause"), TELLING)
def test_a_clause_that_tells_what_a_fact_means_keeps_its_modality(text: str, clause: str) -> None:
    assert frames_of(text, PUBLISHED)[clause].modality == "actual"
