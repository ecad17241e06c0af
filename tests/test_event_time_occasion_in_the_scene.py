"""An occasion with no date of its own, at which a report was told or an act was done,
happened when the report or the act did (issue 25, rules 2 and 3).

"The port closed on Monday. Its director told a news conference that ...": the conference
was on Monday, the scene of the telling; so was the interview of "In an interview, the
chief executive apologised", whose apology lies in the scene. The occasion is the object
of a verb of telling an audience (``audience_verbs``) or of a phrase of ``occasion_preps``
on the report or the act. An occasion placed before or after the act ("after a meeting")
is not one it lies within, and an act to come lends no day gone by. Capability table of
invented texts, published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, occasion noun, its time's value)
TABLE = [
    # Reports told to an occasion or at one, in the scene the story set.
    (
        "The port authority closed the harbour on Monday. Its director told a news "
        "conference that there had been no choice.",
        "conference",
        "2025-11-17",
    ),
    (
        "Floodwaters rose across the valley on Sunday. The governor told reporters at a "
        "briefing that help was coming.",
        "briefing",
        "2025-11-16",
    ),
    (
        "The striker joined the club on Friday. Speaking in an interview on local radio, "
        "he said it was a dream.",
        "interview",
        "2025-11-14",
    ),
    (
        "Lawmakers rejected the budget on Thursday. The premier told a rally in the capital "
        "that she would try again.",
        "rally",
        "2025-11-13",
    ),
    (
        "The central bank held rates on Thursday. Its governor told a meeting of bankers "
        "that inflation had peaked.",
        "meeting",
        "2025-11-13",
    ),
    (
        "Talks collapsed on Sunday. The envoy told a hearing in the capital that both "
        "sides had walked away.",
        "hearing",
        "2025-11-16",
    ),
    (
        "Rebels seized the town on Saturday. A spokesman told a press conference that the "
        "army would respond.",
        "conference",
        "2025-11-15",
    ),
    (
        "The club sacked its coach on Thursday. The chairman told a meeting of supporters "
        "that the decision had been hard.",
        "meeting",
        "2025-11-13",
    ),
    (
        "The strike ended on Sunday. Union leaders told a meeting of workers that the deal "
        "was fair.",
        "meeting",
        "2025-11-16",
    ),
    # Acts done at an occasion, in the scene.
    (
        "The firm recalled 40,000 heaters on Monday. In an interview, its chief executive "
        "apologised to customers.",
        "interview",
        "2025-11-17",
    ),
    (
        "Voters went to the polls on Sunday. At a rally, the winner thanked his supporters.",
        "rally",
        "2025-11-16",
    ),
    (
        "The premier toured the flooded towns on Monday. At a press conference, she "
        "promised more aid.",
        "conference",
        "2025-11-17",
    ),
    (
        "Two trains collided on Saturday. The rail minister spoke to reporters at a "
        "briefing near the site.",
        "briefing",
        "2025-11-15",
    ),
    (
        "The firm unveiled its new phone on Wednesday. Its founder showed the device at a "
        "ceremony in Orvik.",
        "ceremony",
        "2025-11-12",
    ),
    (
        "The bill passed on Friday. During a debate in the chamber, the opposition leader "
        "called it a disgrace.",
        "debate",
        "2025-11-14",
    ),
    (
        "The mayor resigned on Monday. She announced her decision at a news conference in "
        "city hall.",
        "conference",
        "2025-11-17",
    ),
    # A date of the occasion's own is kept.
    (
        "The port closed on Monday. Its director, on Tuesday, told a press conference "
        "that the harbour would reopen.",
        "conference",
        "2025-11-18",
    ),
    # Controls: placed after the occasion, reacting to it, or to come.
    (
        "The union called off the strike on Sunday. It did so after a meeting with the owners.",
        "meeting",
        None,
    ),
    (
        "The regulator fined the bank on Monday. The bank criticised the hearing.",
        "hearing",
        None,
    ),
    (
        "The firm closed the plant on Monday. Its chief will face a hearing in parliament.",
        "hearing",
        None,
    ),
]


@pytest.mark.parametrize(("text", "noun", "value"), TABLE)
def test_an_occasion_lies_in_the_time_of_what_was_done_at_it(
    text: str, noun: str, value: str | None
) -> None:
    assert time_of(text, noun) == value
