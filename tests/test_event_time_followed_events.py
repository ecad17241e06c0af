"""What a verb of sequence places before or after another takes no date from it (issue 25,
rules 2 and 5).

"The two sides resumed talks on Monday, ending a freeze that followed a clash in the
mountains": the clash came before the freeze, long before Monday, yet it inherited Monday
through "followed" and the freeze. "Follow" and "precede" do not tell an event of their
own: they place their object before (or after) their subject, so their object inherits
nothing through them, nor the scene's (``sequence_verbs`` in ``models/events/time.json``);
when the verb holds a date, that date is still its object's ("the protest followed the
approval of the dam on Monday", tests/test_event_time_results.py).

Capability table of invented sentences, published 2025-12-05; before the rule 14 of the 16
cases failed.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of, time_of

PUBLISHED = "2025-12-05"

# (text, the event the verb of sequence places)
PLACED = [
    (
        "The two sides resumed talks on Monday, ending a freeze that followed a clash in the "
        "mountains.",
        "clash",
    ),
    (
        "Police made arrests on Monday in riots that followed the shooting of a teenager.",
        "shooting",
    ),
    ("Markets fell on Monday in a sell-off that followed the bank's collapse.", "collapse"),
    ("Fans rioted on Saturday in scenes that followed the club's defeat.", "defeat"),
    ("The minister resigned on Friday amid a scandal that followed the leak of a memo.", "leak"),
    ("Rescuers searched on Sunday for survivors of floods that followed the storm.", "storm"),
    ("The council voted on Thursday to lift a ban that followed the outbreak.", "outbreak"),
    ("Voters went to the polls on Sunday in an election that followed the coup.", "coup"),
    ("Talks broke down on Tuesday in a row that preceded the summit.", "summit"),
    ("The league fined the club on Monday over violence that followed the derby.", "derby"),
    ("Officials met on Friday to discuss shortages that followed the blockade.", "blockade"),
    (
        "The court convicted two men on Tuesday over looting that followed the earthquake.",
        "earthquake",
    ),
    (
        "Investors dumped bonds on Monday in a rout that followed the budget announcement.",
        "announcement",
    ),
    ("The mayor apologised on Wednesday for delays that followed the crash.", "crash"),
    ("Crews worked on Thursday to clear debris that followed the explosion.", "explosion"),
    ("Workers walked out on Friday in a dispute that preceded the merger.", "merger"),
]


@pytest.mark.parametrize(("text", "word"), PLACED)
def test_an_event_a_verb_of_sequence_places_inherits_nothing(text: str, word: str) -> None:
    assert word in frames_of(text, PUBLISHED), f"no frame {word!r}"
    assert time_of(text, word, PUBLISHED) is None


def test_a_participle_still_inherits_its_verbs_date() -> None:
    text = "Rebels attacked the town on Monday, looting shops."
    assert time_of(text, "looting", PUBLISHED) == "2025-12-01"
