"""What a vote or a choice decides to do is planned, not done (issue 25, events).

"The council voted on Monday to close the library" gave "close" the modality "actual":
the library was read as closed, where the council only decided to close it. Verbs of
deciding by a vote or a choice ("vote", "opt", "choose", "resolve", "elect") govern a
"to" clause as "decide" does: ``control`` in models/events/words.json gives the clause
"planned", and, as ``intention_acts``, the deciding is an act of its own with its date
("voted on Monday"). A date between them makes the parse read the "to" clause of a
verb of intention as one of purpose ("voted in March to sell the unit"): it is still
what the verb decides.

Capability table of invented sentences, published 2025-12-06; before the rule all 16
failed, 1 after (xfail: the tagger's participle).
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

PUBLISHED = "2025-12-06"

# (text, the deciding verb, what it decides)
DECIDED = [
    ("The council voted on Monday to close the library.", "voted", "close"),
    ("Shareholders voted on Tuesday to accept the offer.", "voted", "accept"),
    ("The board voted in March to sell the unit.", "voted", "sell"),
    ("Lawmakers voted on Wednesday to extend the ban.", "voted", "extend"),
    ("The club opted on Monday to sack its coach.", "opted", "sack"),
    ("The court chose on Thursday to delay the ruling.", "chose", "delay"),
    ("The party resolved in June to field its own candidate.", "resolved", "field"),
    ("The bank elected on Friday to repay the loan early.", "elected", "repay"),
    ("Members voted on Sunday to accept the deal.", "voted", "accept"),
    ("The city opted in May to rebuild the bridge.", "opted", "rebuild"),
    ("The senate voted on Tuesday to approve the budget.", "voted", "approve"),
    ("The family chose to bury him in his home town.", "chose", "bury"),
    ("Residents voted in April to ban cars from the centre.", "voted", "ban"),
    ("The firm opted to keep its plant in Ohio open.", "opted", "keep"),
    ("The union resolved on Friday to fight the cuts.", "resolved", "fight"),
    pytest.param(
        "Investors elected to take cash for their shares.",
        "elected",
        "take",
        marks=pytest.mark.xfail(
            strict=True, reason="the tagger reads 'elected' as a participle: no act of its own"
        ),
    ),
]


@pytest.mark.parametrize(("text", "verb", "act"), DECIDED)
def test_what_is_decided_is_planned(text: str, verb: str, act: str) -> None:
    frames = frames_of(text, PUBLISHED)
    assert verb in frames, sorted(frames)  # the deciding is an act of its own
    assert act in frames, sorted(frames)
    assert frames[act].modality == "planned", frames[act].modality
