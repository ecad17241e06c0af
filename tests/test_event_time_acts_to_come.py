"""When of an act that may or is meant to come (issue 25, 'when' from modality). An act
in a 'to' clause of a threat, a wish or a likelihood borrows no tense from the verb it
hangs on: "has threatened to veto the budget" and "is likely to reject the bill" are to
come (future), not past or ongoing; "is poised to", "keen to", "unlikely to" give their
act its modality (``control`` in ``models/events/words.json``). A modal perfect lies in
the past: "may have attacked the convoy in March" is past and within March (a past that
may have been, ``epistemic_modals`` in ``models/events/time.json``), "would have
collapsed" past and without a time (what did not happen). Capability tables of invented
sentences (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

# (text, event word): an act to come.
TO_COME = [
    ("President Adam Kral has threatened to veto the budget.", "veto"),
    ("Lawmakers are likely to reject the bill.", "reject"),
    ("The government wants to raise fuel taxes.", "raise"),
    ("The union has threatened to strike at the port.", "strike"),
    ("The mayor hopes to reopen the bridge.", "reopen"),
    ("The firm is unlikely to cut its dividend.", "cut"),
    ("Rebels have vowed to retake the town.", "retake"),
    ("The club wants to sign a new striker.", "sign"),
    ("The minister is keen to visit the flooded towns.", "visit"),
    ("Farmers have threatened to block the motorway.", "block"),
    ("The bank is set to raise rates.", "raise"),
    ("Residents fear the river could burst its banks.", "burst"),
    ("The coach hopes to keep his job.", "keep"),
    ("Both sides are eager to sign the deal.", "sign"),
    ("The regulator is poised to fine the airline.", "fine"),
    ("The council has promised to rebuild the school.", "rebuild"),
]

# (text, event word, when, the start of its time's value or None).
MODAL_PERFECTS = [
    ("Rebels may have attacked the convoy in March.", "attacked", "past", "2025-03"),
    (
        "The fire might have started in the kitchen on Sunday night.",
        "started",
        "past",
        "2025-11-16",
    ),
    ("The thieves must have entered through the roof on Friday.", "entered", "past", "2025-11-14"),
    ("The virus may have spread in the camp in October.", "spread", "past", "2025-10"),
    ("Hackers may have stolen the data last month.", "stolen", "past", "2025-10"),
    ("The ship may have sunk in 1943.", "sunk", "past", "1943"),
    ("The suspect may have met the victim in 2019.", "met", "past", "2019"),
    ("The signal might have failed on Tuesday morning.", "failed", "past", "2025-11-18"),
    ("The company may have breached the rules last year.", "breached", "past", "2024"),
    ("Police said the gunman may have fled abroad.", "fled", "past", None),
    ("The dam could have burst if the rain had continued.", "burst", "past", None),
    ("The talks would have collapsed without the envoy.", "collapsed", "past", None),
    ("Ten more people might have died in the storm.", "died", "past", None),
    ("The bank should have raised rates in June.", "raised", "past", None),
]

# (text, event word, when): acts done keep their past.
DONE = [
    ("The army withdrew troops on Monday.", "withdrew", "past"),
    ("The president agreed on Monday to release the prisoners.", "release", "past"),
]


@pytest.mark.parametrize(("text", "word"), TO_COME)
def test_an_act_to_come_is_future(text: str, word: str) -> None:
    frame = frame_of(text, word)
    assert frame.modality != "actual"
    assert frame.when == "future"


@pytest.mark.parametrize(("text", "word", "when", "value"), MODAL_PERFECTS)
def test_a_modal_perfect_lies_in_the_past(
    text: str, word: str, when: str, value: str | None
) -> None:
    frame = frame_of(text, word)
    assert frame.when == when
    if value is None:
        assert frame.time is None
    else:
        assert frame.time is not None and frame.time.value.startswith(value)


@pytest.mark.parametrize(("text", "word", "when"), DONE)
def test_acts_done_keep_their_past(text: str, word: str, when: str) -> None:
    assert frame_of(text, word).when == when
