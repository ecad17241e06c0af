"""A look back holds no undated act of a sentence that names a date of the news (issue
25, rule 3).

"The last nurses' strike in the region, in 2019, lasted eleven days. The health minister
urged both sides to resume talks and said she would meet the union on Wednesday.": the
urging took 2019 from the sentence before. A scene that ended half a year or more before
publication (``LOOK_BACK_DAYS``) ends within its paragraph too when a sentence names a
date that does not look back: the story has come back to the news, and what it tells
there in the past with no date of its own takes no day of the background. A look back
that goes on ("Ships waited offshore") keeps it. Capability table of invented texts,
published 2025-11-18 (a Tuesday).
"""

from __future__ import annotations

import pytest

from tests.event_times import time_or_none

# (text, an undated past act, its time's value)
CASES = [
    # The sentence comes back to the news: the act has no day of the background.
    (
        "The last strike, in 2019, lasted eleven days. The minister urged both sides to "
        "talk and said she would meet them on Wednesday.",
        "urged",
        None,
    ),
    (
        "A similar flood in 2012 cost $40 million. Crews cleared the main road and will "
        "reopen the bridge on Friday.",
        "cleared",
        None,
    ),
    (
        "The previous talks collapsed in 2020. The two firms resumed talks and plan to "
        "sign a deal on Dec. 1.",
        "resumed",
        None,
    ),
    (
        "In 2018 the club was relegated. Its fans protested and will march again on Saturday.",
        "protested",
        None,
    ),
    (
        "The plant was built in 1998. Its owner shut it down and said the site would be "
        "sold next year.",
        "shut",
        None,
    ),
    (
        "The bridge last closed in 2015. Engineers inspected it and said it would reopen tomorrow.",
        "inspected",
        None,
    ),
    (
        "The company was founded in 1990. It announced the sale and said it expects to "
        "close the deal in January.",
        "announced",
        None,
    ),
    (
        "In 2017, the river burst its banks. Residents moved their cars, and the council "
        "will hold a meeting on Thursday.",
        "moved",
        None,
    ),
    # The look back goes on.
    ("In 2019, a storm closed the port for a week. Ships waited offshore.", "waited", "2019"),
    (
        "The last strike, in 2019, lasted eleven days. Hospitals cancelled 900 operations.",
        "cancelled",
        "2019",
    ),
    ("In 2019, a storm closed the port. Fishermen lost their catch.", "lost", "2019"),
    ("Last year, a fire destroyed the school. Pupils studied in tents.", "studied", "2024"),
    # An act with a day of its own keeps it.
    (
        "The last strike, in 2019, lasted eleven days. The minister met the union on Monday.",
        "met",
        "2025-11-17",
    ),
    (
        "The last strike was in 2019. Nurses walked out again on Monday and said they would "
        "stay out until Friday.",
        "walked",
        "2025-11-17",
    ),
    # A recent scene is no look back: it holds.
    (
        "Talks broke down on Sunday. The union blamed the board and will meet again on Friday.",
        "blamed",
        "2025-11-16",
    ),
    (
        "The storm hit the coast on Monday. Crews cleared the road and will reopen the "
        "bridge on Friday.",
        "cleared",
        "2025-11-17",
    ),
]


@pytest.mark.parametrize(("text", "word", "expected"), CASES)
def test_a_look_back_holds_no_act_of_a_sentence_of_the_news(
    text: str, word: str, expected: str | None
) -> None:
    assert time_or_none(text, word) == expected
