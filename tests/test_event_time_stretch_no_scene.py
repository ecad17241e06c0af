"""A stretch that runs up to now sets no scene (issue 25, rule 3).

"Officials reported 37 cases on Wednesday. Nurses vaccinated 15,000 children over the
past month. A clinic opened in the capital.": "the past month" is read as the last
calendar month (2025-11) and set the scene, so the clinic opened in November. "The past
month", "the last year" (with the article) name the stretch up to the story, not a
scene the next sentences are told in; the scene stays the one told before. "Last month"
(no article) is the calendar month and still sets it. The stretch's words are
``stretch_words`` in ``models/events/time.json``.

Capability table of invented texts, published 2025-12-05 (a Friday); before the rule
16 of the 16 cases failed, and the control passed.
"""

from __future__ import annotations

import pytest

from tests.event_times import time_of

PUBLISHED = "2025-12-05"

# (text, an event of the third sentence, the scene told before the stretch)
STRETCHES = [
    (
        "Officials reported 37 cases on Wednesday. Nurses vaccinated 15,000 children over the "
        "past month. A clinic opened in the capital.",
        "opened",
        "2025-12-03",
    ),
    (
        "The firm cut jobs on Tuesday. Its shares fell 20% over the past year. The chief "
        "executive apologised.",
        "apologised",
        "2025-12-02",
    ),
    (
        "Police raided a warehouse on Monday. Thefts rose sharply in the last month. Officers "
        "seized stolen phones.",
        "seized",
        "2025-12-01",
    ),
    (
        "The storm hit on Thursday. Rainfall doubled over the past week. Rivers burst their banks.",
        "burst",
        "2025-12-04",
    ),
    (
        "The club sacked its coach on Sunday. The team lost six games in the past month. Fans "
        "protested.",
        "protested",
        "2025-11-30",
    ),
    (
        "The bank raised rates on Wednesday. Prices climbed 1% over the past month. Traders "
        "sold bonds.",
        "sold",
        "2025-12-03",
    ),
    (
        "Rebels seized the town on Saturday. Fighting intensified over the past week. Thousands "
        "fled.",
        "fled",
        "2025-11-29",
    ),
    (
        "The minister resigned on Friday. Her ratings slumped during the past year. Her deputy "
        "took over.",
        "took",
        "2025-12-05",
    ),
    (
        "A ferry sank on Tuesday. Storms disrupted sailings throughout the past week. Divers "
        "found the wreck.",
        "found",
        "2025-12-02",
    ),
    (
        "Protesters marched on Sunday. Anger grew over the past month. Police fired tear gas.",
        "fired",
        "2025-11-30",
    ),
    (
        "The airline cancelled flights on Monday. Fuel costs jumped in the past year. "
        "Passengers queued.",
        "queued",
        "2025-12-01",
    ),
    (
        "The court jailed the mayor on Thursday. Support for him waned over the last year. His "
        "supporters wept.",
        "wept",
        "2025-12-04",
    ),
    (
        "The volcano erupted on Wednesday. Tremors increased over the past week. Villagers fled.",
        "fled",
        "2025-12-03",
    ),
    (
        "Shares fell on Tuesday. The index gained 9% over the past year. Investors sold bonds.",
        "sold",
        "2025-12-02",
    ),
    (
        "The strike began on Monday. Talks stalled over the past month. Union leaders met "
        "ministers.",
        "met",
        "2025-12-01",
    ),
    (
        "The factory closed on Friday. Orders dried up in the past year. Workers collected "
        "their pay.",
        "collected",
        "2025-12-05",
    ),
]


@pytest.mark.parametrize(("text", "word", "scene"), STRETCHES)
def test_a_stretch_up_to_now_sets_no_scene(text: str, word: str, scene: str) -> None:
    assert time_of(text, word, PUBLISHED) == scene


def test_last_month_without_the_article_sets_the_scene() -> None:
    text = "The firm cut 300 jobs last month. Its chief resigned."
    assert time_of(text, "resigned", PUBLISHED) == "2025-11"
