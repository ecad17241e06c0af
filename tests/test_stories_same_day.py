"""Stories: reports of different events told on the same day are different stories.

A day's wire brings many short reports, and most of them say "on Wednesday". Two short
reports that shared only the day they tell (its calendar date's term and the weekday's
word) were one story ("The government unveiled a stimulus package on Wednesday" with
"About 3,000 homes were without power on Wednesday"). A pair of reports that shares
nothing but a day is no story (``_pair_sums``); two reports of one event still share their
names, figures and rare words, and the day weighs with them.

Capability table of invented reports, all published 2026-03-26 (a Thursday), in pairs
that share only the day they tell: before the rule each of the 8 pairs was one story.
"""

from __future__ import annotations

import briefx
from briefx.canonical import merge_entities
from briefx.crossdoc.stories import group_stories

PUBLISHED = "2026-03-26"

# Pairs of reports of different events that share only the day they tell.
PAIRS = [
    (
        "The government unveiled a $5 billion stimulus package on Wednesday.",
        "About 3,000 homes were still without electricity on Wednesday.",
    ),
    (
        "A ferry ran aground off the northern coast on Tuesday.",
        "The parliament approved a leaner budget on Tuesday.",
    ),
    (
        "Striking nurses marched through the capital on Monday.",
        "A rare comet was visible across the southern sky on Monday.",
    ),
    (
        "The museum reopened its west wing on Sunday.",
        "Two climbers stood on the summit of Mount Tarn on Sunday.",
    ),
    (
        "Wheat futures jumped to a six-month high on Friday.",
        "A jury acquitted the former minister on Friday.",
    ),
    (
        "Flooding closed three schools in the valley on Saturday.",
        "The orchestra performed a new symphony on Saturday.",
    ),
    (
        "A cyber attack disrupted hospital systems on Wednesday.",
        "The league suspended a striker for eight matches on Wednesday.",
    ),
    (
        "Lava from the volcano reached the sea on Tuesday.",
        "The mint released a commemorative coin on Tuesday.",
    ),
]

# Reworded reports of one event: one story.
SAME_EVENT = [
    "Lava from the Tarn volcano reached the sea near Orvik on Tuesday.",
    "The Tarn volcano's lava flowed into the sea by Orvik on Tuesday, officials said.",
]


def _stories(texts: list[str]) -> list[int]:
    docs = [briefx.extract(t, published=PUBLISHED, doc_id=f"r{n}") for n, t in enumerate(texts)]
    return group_stories(docs, merge_entities(docs)[1])


def test_reports_of_a_day_are_apart_unless_one_event() -> None:
    texts = [t for pair in PAIRS for t in pair]
    stories = _stories(texts)
    joined = [pair for n, pair in enumerate(PAIRS) if stories[2 * n] == stories[2 * n + 1]]
    assert joined == []
    assert len(set(stories)) == len(texts)


def test_one_event_told_twice_is_one_story() -> None:
    texts = [t for pair in PAIRS for t in pair] + SAME_EVENT
    stories = _stories(texts)
    assert stories[-1] == stories[-2]
