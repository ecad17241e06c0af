"""A noun that names the story's news again, whatever word told it, takes the news's time
(issue 25, event coverage and rule 3): capability table of invented two-sentence
stories, published 2025-11-18 (a Tuesday).

"The central bank raised its key rate on Thursday. Bond yields rose after the
announcement" gave the announcement no time, and so none to the rise it placed: a noun
that points back ("the ruling", "this attack") found only an earlier event of its own
name or kind. "Announcement", "decision", "move", "step", "ruling" (``retelling_nouns``
in models/events/time.json) name whatever act the story led with: with no earlier event
of their name or kind they take the time of the story's lead, its first act told as
done with a date of its sentence (not a look back told after it: "Data on Monday
showed ..."). A move of a price placed after one lies on that day.
"""

from __future__ import annotations

import pytest

from tests.event_times import frames_of

# (story, the noun, its time)
NAMED_AGAIN = [
    (
        "The central bank raised its key rate on Thursday. Bond yields rose after the "
        "announcement.",
        "announcement",
        "2025-11-13",
    ),
    (
        "Norway's central bank kept rates on hold on Thursday. The crown weakened after the "
        "decision.",
        "decision",
        "2025-11-13",
    ),
    (
        "Regulators fined the bank $2 million on Friday. The bank said it would appeal the ruling.",
        "ruling",
        "2025-11-14",
    ),
    (
        "The president dissolved parliament on Sunday. Opposition leaders condemned the move.",
        "move",
        "2025-11-16",
    ),
    (
        "The airline cut its profit forecast on Wednesday. Analysts were surprised by the "
        "announcement.",
        "announcement",
        "2025-11-12",
    ),
    (
        "The league banned the striker on Monday. The club will appeal against the decision.",
        "decision",
        "2025-11-17",
    ),
    (
        "The city closed all schools on Tuesday because of the smog. Parents criticised the step.",
        "step",
        "2025-11-18",
    ),
    (
        "The court struck down the voting law on Friday. Civil rights groups welcomed the ruling.",
        "ruling",
        "2025-11-14",
    ),
    (
        "Dunmore Bank agreed to buy a rival on Monday. Its stock rose 4% after the announcement.",
        "announcement",
        "2025-11-17",
    ),
    (
        "The ministry raised fuel prices by 10% on Monday. Taxi drivers staged a strike in "
        "protest at the decision.",
        "decision",
        "2025-11-17",
    ),
    (
        "The bank halted withdrawals on Friday. Depositors queued outside branches after the "
        "announcement.",
        "announcement",
        "2025-11-14",
    ),
    (
        "The central bank raised rates on Thursday. Data on Monday showed inflation slowed. "
        "The pound rose after the announcement.",
        "announcement",
        "2025-11-13",
    ),
    (
        "The mayor shut the old bridge on Wednesday. Its owners called the move unlawful.",
        "move",
        "2025-11-12",
    ),
    (
        "The regulator blocked the merger on Friday. Both firms said they regretted the decision.",
        "decision",
        "2025-11-14",
    ),
    (
        "Rivers Airways grounded its fleet on Sunday. Its shares sank 9% after the announcement.",
        "announcement",
        "2025-11-16",
    ),
]

# A move of a price after the noun lies on that day: (story, the move, its time)
MOVES = [
    (
        "The central bank raised its key rate on Thursday. Bond yields rose after the "
        "announcement.",
        "rose",
        "2025-11-13",
    ),
    (
        "Norway's central bank kept rates on hold on Thursday. The crown weakened after the "
        "decision.",
        "weakened",
        "2025-11-13",
    ),
    (
        "The central bank raised rates on Thursday. Data on Monday showed inflation slowed. "
        "The pound rose after the announcement.",
        "rose",
        "2025-11-13",
    ),
]

# "A new decision" is another one: (story, the noun, the lead's time it must not take)
ANOTHER = [
    (
        "The central bank raised its key rate on Thursday. A new decision is due next month.",
        "decision",
        "2025-11-13",
    ),
]


@pytest.mark.parametrize(("text", "noun", "value"), NAMED_AGAIN)
def test_the_noun_takes_the_leads_time(text: str, noun: str, value: str) -> None:
    frame = frames_of(text)[noun]
    assert frame.time is not None and frame.time.value == value
    assert frame.when == "past"


@pytest.mark.parametrize(("text", "move", "value"), MOVES)
def test_a_move_after_it_lies_on_that_day(text: str, move: str, value: str) -> None:
    frame = frames_of(text)[move]
    assert frame.time is not None and frame.time.value == value


@pytest.mark.parametrize(("text", "noun", "value"), ANOTHER)
def test_another_one_takes_no_lead(text: str, noun: str, value: str) -> None:
    frame = frames_of(text)[noun]
    assert frame.time is None or frame.time.value != value


def test_no_lead_told_as_done_leaves_none() -> None:
    frame = frames_of("The central bank may raise rates. Markets await the decision.")["decision"]
    assert frame.time is None
