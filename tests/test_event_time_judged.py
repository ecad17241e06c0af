"""When each event happened: the act a judgment is about (issue 25, rules 2 and 5):
capability table of invented sentences (published 2025-11-18, a Tuesday).

"A court on Monday convicted the mayor of taking bribes": the taking came before the
conviction and takes no date from it (``judging`` and ``judged_preps`` in
models/events/time.json); it is still told as past, and a date of its own it keeps.
"""

from __future__ import annotations

import pytest

from tests.event_times import frame_of

PUBLISHED = "2025-11-18"

# (text, the act judged)
JUDGED_ACTS = [
    ("A court on Monday convicted the former mayor of taking bribes.", "taking"),
    ("Prosecutors on Friday charged two officers with beating a prisoner.", "beating"),
    ("The jury on Tuesday found the driver guilty of causing the crash.", "causing"),
    ("Police on Sunday arrested a man suspected of setting the fire.", "setting"),
    ("The league on Monday fined the club for fielding an ineligible player.", "fielding"),
    ("A judge on Thursday acquitted the nurse of poisoning patients.", "poisoning"),
    ("The regulator on Wednesday accused the bank of misleading investors.", "misleading"),
    ("The board on Friday sacked the manager for leaking documents.", "leaking"),
    ("The council on Friday suspended the officer for hitting a protester.", "hitting"),
    ("Officials on Saturday blamed the company for polluting the river.", "polluting"),
    ("The union on Tuesday sued the city for cutting pensions.", "cutting"),
    ("A tribunal on Friday convicted the general of ordering the attack.", "ordering"),
    ("A panel on Monday cleared the coach of hiding the injury.", "hiding"),
    ("Police on Monday detained a teacher accused of stealing exam papers.", "stealing"),
    ("The court on Thursday sentenced the hacker for breaking into bank systems.", "breaking"),
    ("Voters on Sunday punished the party for raising taxes.", "raising"),
]


@pytest.mark.parametrize(("text", "word"), JUDGED_ACTS)
def test_the_act_judged_takes_no_date_from_the_judgment(text: str, word: str) -> None:
    frame = frame_of(text, word)
    assert frame.time is None
    assert frame.when == "past"


# (text, the event noun judged): "detained on Thursday in connection with the stabbing".
JUDGED_EVENTS = [
    (
        "Police detained a man on Thursday in connection with the stabbing of a grocer.",
        "stabbing",
    ),
    ("Prosecutors on Friday charged two men over the attack on a bus driver.", "attack"),
    ("A court on Monday convicted the pilot for the crash of a cargo plane.", "crash"),
    ("Police on Sunday detained three teenagers over the robbery of a jeweller.", "robbery"),
    ("The league on Tuesday fined the club over the riot at its ground.", "riot"),
    ("Officers on Saturday arrested a driver in connection with the collision.", "collision"),
    ("A judge on Wednesday jailed the banker for the theft of client funds.", "theft"),
    ("Police on Monday questioned a neighbour over the fire at the school.", "fire"),
    ("The army on Friday suspended two officers over the shooting of a farmer.", "shooting"),
    ("Prosecutors on Thursday indicted a man for the bombing of a bus.", "bombing"),
    ("The regulator on Monday fined the bank for the leak of customer data.", "leak"),
    ("Police on Sunday arrested a man in connection with the explosion.", "explosion"),
    ("A tribunal on Tuesday sentenced the commander for the massacre of villagers.", "massacre"),
    ("The club on Saturday banned a fan over the assault on a steward.", "assault"),
    ("Police on Friday charged a woman in connection with the theft of a painting.", "theft"),
    ("The court on Monday acquitted the driver over the accident.", "accident"),
]


@pytest.mark.parametrize(("text", "word"), JUDGED_EVENTS)
def test_the_event_judged_takes_no_date_from_the_judgment(text: str, word: str) -> None:
    assert frame_of(text, word).time is None


def test_a_noun_that_holds_an_occasion_is_no_judge() -> None:
    text = "The chairman answered questions over lunch on Tuesday."
    frame = frame_of(text, "lunch")
    assert frame.time is not None and frame.time.value == "2025-11-18"


def test_the_act_judged_keeps_a_date_of_its_own() -> None:
    frame = frame_of("A court on Monday convicted the mayor of taking bribes in 2017.", "taking")
    assert frame.time is not None and frame.time.value == "2017"


def test_the_judgment_keeps_its_date() -> None:
    frame = frame_of(JUDGED_ACTS[0][0], "convicted")
    assert frame.time is not None and frame.time.value == "2025-11-17"
