"""Acts told one after another in a sentence leave the scene at the last (event time, rule
3): after "the workers were handed over late on Sunday and flown to the capital on Monday
morning" (an invented hostage report), "the government thanked the elders" took Sunday,
the first main act's day, though the story had moved on to Monday. The scene of a
sentence is its last main act told in the past with a past date of its own; an act to
come does not move it ("opened on Monday and will close on Friday"). Capability table of
invented texts (published 2025-11-18, a Tuesday)."""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (text, an event of the next sentence, its time's value)
TABLE = [
    (
        "The workers were handed over on Sunday and flown home on Monday morning. The "
        "government thanked the elders.",
        "thanked",
        "2025-11-17TMO",
    ),
    (
        "Rovers lost on Saturday and won on Sunday. Fans cheered the players.",
        "cheered",
        "2025-11-16",
    ),
    (
        "The storm hit the coast on Friday and reached the capital on Saturday. Trees fell on "
        "cars.",
        "fell",
        "2025-11-15",
    ),
    (
        "The senate debated the bill on Monday and passed it on Thursday. The president "
        "praised the vote.",
        "praised",
        "2025-11-13",
    ),
    (
        "The ship left Lisbon on Friday and docked in Porto on Sunday. Passengers went ashore.",
        "went",
        "2025-11-16",
    ),
    (
        "Police arrested the man on Saturday and charged him on Monday. He appeared in court.",
        "appeared",
        "2025-11-17",
    ),
    (
        "The team trained on Thursday and flew to Madrid on Friday. The coach rested two players.",
        "rested",
        "2025-11-14",
    ),
    (
        "The firm announced the deal on Monday and closed it on Wednesday. Shares rose.",
        "rose",
        "2025-11-12",
    ),
    (
        "Rebels seized the town in May and lost it in October. Residents returned.",
        "returned",
        "2025-10",
    ),
    (
        "The plant shut in March and reopened in September. Workers rehired staff.",
        "rehired",
        "2025-09",
    ),
    (
        "The minister flew to Oslo on Sunday and met her counterpart on Monday. They signed a "
        "deal.",
        "signed",
        "2025-11-17",
    ),
    (
        "Voters went to the polls on Sunday and the results came on Monday. The winner "
        "addressed supporters.",
        "addressed",
        "2025-11-17",
    ),
    (
        "Firefighters contained the blaze on Saturday and left the site on Sunday. The owner "
        "surveyed the damage.",
        "surveyed",
        "2025-11-16",
    ),
    (
        "The index fell on Monday and recovered on Tuesday. Traders bought shares.",
        "bought",
        "2025-11-18",
    ),
    (
        "The band played Paris on Friday and Berlin on Saturday. Critics praised the show.",
        "praised",
        "2025-11-14",
    ),
    # An act to come does not move the scene.
    (
        "The fair opened on Monday and will close on Friday. Crowds filled the halls.",
        "filled",
        "2025-11-17",
    ),
]


@pytest.mark.parametrize(("text", "word", "value"), TABLE)
def test_the_scene_is_the_last_act_told(text: str, word: str, value: str) -> None:
    assert time_of(text, word) == value
