"""A look back far behind the news sets no scene for the next paragraph (issue 25, rule
3): "In 2019, a storm closed the port in February." then, in a new paragraph, "The mayor
said the town had asked the government for funds": the asking is no event of 2019. A
story's background ("Last year, ...", "The bridge was built in 1932.") ends with its
paragraph; the next returns to the news. Capability table of invented stories, published
2025-11-18.

A scene that ended half a year or more before publication holds within its paragraph
only; a recent one holds across paragraphs, as HeidelTime's news strategy has it; a date
of the next paragraph's own is its own.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

# (story, event word, its time)
LOOK_BACK = [
    (
        "In 2019, a storm closed the port in February.\n\nThe mayor said the town had asked "
        "the government for funds.",
        "asked",
        None,
    ),
    (
        "Last year, floods cut the rail line for a month.\n\nEngineers said they had raised "
        "the embankment.",
        "raised",
        None,
    ),
    (
        "The club last won the title in 2010.\n\nThe coach said the players had shown great "
        "spirit.",
        "shown",
        None,
    ),
    (
        "Back in 2015, the firm nearly collapsed.\n\nIts chief executive said the staff had "
        "saved it.",
        "saved",
        None,
    ),
    (
        "The bridge was built in 1932.\n\nInspectors said they had found cracks in its pillars.",
        "found",
        None,
    ),
    (
        "Two years ago, a fire destroyed the market.\n\nTraders said they had rebuilt their "
        "stalls.",
        "rebuilt",
        None,
    ),
    (
        "The dam burst in 2005, killing 40 people.\n\nThe mayor said the town had repaired the "
        "levee.",
        "repaired",
        None,
    ),
    (
        "In 2018 the club was relegated.\n\nFans said the owners had ignored their warnings.",
        "ignored",
        None,
    ),
    (
        "The treaty was signed in 1994.\n\nThe minister said both sides had kept their word.",
        "kept",
        None,
    ),
    (
        "In 2016, voters rejected the plan.\n\nThe council said it had changed the route.",
        "changed",
        None,
    ),
    # Within its paragraph the look back holds; a recent scene holds across paragraphs;
    # the next paragraph's own date is its own.
    (
        "In 2019, a storm closed the port. The mayor said the town had asked the government "
        "for funds.",
        "asked",
        "2019",
    ),
    (
        "A storm closed the port on Sunday.\n\nThe mayor said the town had asked the "
        "government for funds.",
        "asked",
        "2025-11-16",
    ),
    (
        "A storm closed the port in September.\n\nThe mayor said the town had asked the "
        "government for funds.",
        "asked",
        "2025-09",
    ),
    ("In 2019, a storm closed the port.\n\nIn 2020, the town rebuilt the pier.", "rebuilt", "2020"),
    (
        "In 2019, a storm closed the port.\n\nOn Monday the mayor opened a new pier.",
        "opened",
        "2025-11-17",
    ),
    ("The firm was founded in 1990.\n\nIts shares rose on Monday.", "rose", "2025-11-17"),
]


@pytest.mark.parametrize(("story", "word", "value"), LOOK_BACK)
def test_a_look_back_ends_with_its_paragraph(story: str, word: str, value: str | None) -> None:
    assert time_of(story, word) == value
